//! The case table `tests/data/wrap_cases.tsv` (format of `docs/line-breaking.md` §10:
//! `W<TAB>input<TAB>expected`, where the two characters `\n` separate paragraphs in the input and
//! lines in the expected output) run through the library and through the real `dubao wrap`.
//!
//! What each line of the table exercises (spec rule, width):
//!   1  W=10  R1 never break before a space
//!   2  W=12  R2 break after spaces; v2 §12.7 `12 月` kept together
//!   3  W=7   R2 bylines
//!   4  W=6   R1 NBSP glues both sides
//!   5  W=10  R2 NB after a space still prohibited
//!   6  W=20  R3 comma drags previous char
//!   7  W=32  R3 full stop drags previous char
//!   8  W=10  R3 enumeration comma
//!   9  W=17  R3 closing chain 。”
//!  10  W=12  R3 closing chain ）。; §12.7 unit glue only when the run with its marks fits
//!  11  W=12  R3 colon semicolon exclamation
//!  12  W=11  R3 question marks
//!  13  W=12  R3 middle dot never starts a line
//!  14  W=5   R3 double dash unsplit, never starts
//!  15  W=6   R3 double dash may end a line
//!  16  W=16  R3 ellipsis unsplit, never starts
//!  17  W=12  R3 single em dash never starts
//!  18  W=9   R4 opening quote never ends a line
//!  19  W=20  R4 opening bracket and quote chain
//!  20  W=12  R4 book title marks pushed, R10 》《
//!  21  W=13  R4 currency prefix glues to number
//!  22  W=12  R5 ASCII quotes glue both sides
//!  23  W=10  R6 alloy grade whole
//!  24  W=13  R6 Latin+digits word, breaks W|ID
//!  25  W=18  R6 Latin acronym
//!  26  W=12  R7 decimal number whole
//!  27  W=12  R7 thousands separator; §12.7 `1,233万元`
//!  28  W=18  R7 hyphen in score
//!  29  W=20  R7 hyphenated Latin compound
//!  30  W=15  R7 time with colon
//!  31  W=14  R7 COVID-19
//!  32  W=14  R8 apostrophe inside a Latin word
//!  33  W=16  R9 word glues to ASCII parenthesis
//!  34  W=8   R9 closing parenthesis glues to a word
//!  35  W=10  R10 break between quotations
//!  36  W=8   §12.7 (replaces R10/§11.3) `2025年` kept together
//!  37  W=11  §12.7 `8.64亿元` kept together
//!  38  W=12  S3 ideographic indentation kept
//!  39  W=6   S3 indentation on first line only
//!  40  W=10  S3 internal spaces verbatim
//!  41  W=10  S3 empty paragraph
//!  42  W=10  S3 whitespace-only paragraph
//!  43  W=12  S7 Latin words break only at spaces
//!  44  W=8   S6 long Latin word emergency split
//!  45  W=8   S6 unit moves to new line first
//!  46  W=14  S6 URL split
//!  47  W=16  S7 postfix degree
//!  48  W=12  S7 percent signs
//!  49  W=12  S7 full-width letters and digits whole
//!  50  W=12  S7 solidus inside a unit
//!  51  W=1   W=1
//!  52  W=1   W=1 Latin
//!  53  W=0   W=0 behaves as 1
//!  54  W=2   W=2
//!  55  W=2   W=2 ratatui panic case
//!  56  W=3   W=3 emergency ignores prohibitions
//!  57  W=6   Traditional corner brackets
//!  58  W=12  Traditional text
//!  59  W=20  sample
//!  60  W=30  sample
//!  61  W=40  sample
//!  62  W=16  sample
//!  63  W=16  v2 §12.1 full-width full stop inside a number
//!  64  W=10  v2 §12.1 full-width minus glued to its digit
//!  65  W=12  v2 §12.1 full-width comma between full-width digits
//!  66  W=11  v2 §12.2 superscript stays with its word
//!  67  W=11  v2 §12.2 multiplication sign inside a number
//!  68  W=9   v2 §12.3 `C++`
//!  69  W=6   v2 §12.3 `20+10`
//!  70  W=40  v2 §12.4 URL is one unit (no break after `?`)
//!  71  W=16  v2 §12.4 long URL splits after a `/`
//!  72  W=6   v2 §12.6 « no-end, » no-start
//!  73  W=10  v2 §12.7 `4 万吨`
//!  74  W=14  v2 §12.7 `28.29 平方公里`
//!  75  W=16  v2 §12.7 `585万千瓦`
//!  76  W=10  v2 §12.7 `34 亿美元`
//!  77  W=12  v2 §12.7 Traditional `1.3億元`
//!  78  W=12  v2 §12.7 `1.3亿元`
//!  79  W=5   v2 §12.7 a run wider than the line breaks as in v1

use assert_cmd::Command;
use dubao::text::{wrap, AmbiguousWidth};

const CASES: &str = include_str!("data/wrap_cases.tsv");

/// One row of the table.
struct Case {
    line: usize,
    width: usize,
    input: String,
    expected: Vec<String>,
}

/// Parses the table; a malformed row fails the test with its line number.
fn cases() -> Vec<Case> {
    CASES
        .lines()
        .enumerate()
        .filter(|(_, row)| !row.is_empty())
        .map(|(i, row)| {
            let mut cols = row.splitn(3, '\t');
            let (Some(w), Some(input), Some(expected)) = (cols.next(), cols.next(), cols.next())
            else {
                panic!("line {}: expected three tab-separated columns", i + 1);
            };
            Case {
                line: i + 1,
                width: w
                    .parse()
                    .unwrap_or_else(|_| panic!("line {}: bad width {w:?}", i + 1)),
                input: input.replace("\\n", "\n"),
                expected: expected.split("\\n").map(str::to_owned).collect(),
            }
        })
        .collect()
}

#[test]
fn table_is_big_enough() {
    assert!(cases().len() >= 40, "the issue asks for 40+ cases");
}

#[test]
fn library_matches_every_case() {
    let mut failures = Vec::new();
    for case in cases() {
        let got: Vec<String> = case
            .input
            .lines()
            .flat_map(|p| wrap(p, case.width, AmbiguousWidth::Narrow))
            .map(|l| l.text)
            .collect();
        if got != case.expected {
            failures.push(format!(
                "line {} (W={}): {:?}\n   expected {:?}\n        got {:?}",
                case.line, case.width, case.input, case.expected, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn binary_matches_every_case() {
    let mut failures = Vec::new();
    for case in cases() {
        let output = Command::cargo_bin("dubao")
            .expect("dubao binary")
            .args(["wrap", "--width", &case.width.to_string()])
            .write_stdin(case.input.clone())
            .output()
            .expect("run dubao wrap");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let expected = case
            .expected
            .iter()
            .map(|l| format!("{l}\n"))
            .collect::<String>();
        if !output.status.success() || stdout != expected {
            failures.push(format!(
                "line {} (W={}): {:?}\n   expected {:?}\n        got {:?} (status {}, stderr {:?})",
                case.line,
                case.width,
                case.input,
                expected,
                stdout,
                output.status,
                String::from_utf8_lossy(&output.stderr)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
