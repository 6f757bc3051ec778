//! Where Chinese news text may break: UAX #14 line-break classes with the tailorings of
//! `docs/line-breaking.md` §4, and the rules R0–R10 of §5.
//!
//! Kept apart from the line filler (`wrap.rs`) because the rules are the contested part of the
//! spec: they are pure functions of two neighbouring clusters (plus a little context), so each
//! rule can be tested on its own and changed without touching the filling.

use unicode_linebreak::{break_property, BreakClass};
use unicode_width::UnicodeWidthChar;

/// Line-break class of one grapheme cluster, after the spec's tailorings and resolutions
/// (AI→ID, CJ→NS, B2→NS, SA/XX/SG→AL, Hangul/emoji→ID, …). Only the classes the rules tell
/// apart are kept; everything that breaks like an ideograph is [`Class::Id`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Breakable space: U+0020, U+3000, U+0009.
    Sp,
    /// Opening punctuation, including “ ‘ (tailoring).
    Op,
    /// Closing punctuation, including ” ’ and ，。、 .
    Cl,
    /// Closing ASCII parenthesis/bracket `)` `]`.
    Cp,
    /// ！？ ! ?
    Ex,
    /// Infix numeric separator `.` `,` `:` `;`.
    Is,
    /// Non-starter: ：；· — ～ and friends.
    Ns,
    /// Inseparable: … ‥.
    In,
    /// Solidus `/` `／`: may neither start nor end a line.
    Sy,
    /// Numeric postfix: % ％ ‰ ° ℃.
    Po,
    /// Numeric prefix: $ ¥ ￥ £ € +.
    Pr,
    /// Hyphen-minus.
    Hy,
    /// Break-after (e.g. soft hyphen, some dashes).
    Ba,
    /// Ambiguous quotation marks left unresolved (ASCII `"` `'`).
    Qu,
    /// Non-breaking glue (NBSP, U+202F).
    Gl,
    /// Word joiner.
    Wj,
    /// Zero-width space: an explicit break opportunity.
    Zw,
    /// Ideographs and everything that breaks like them.
    Id,
    /// Alphabetic (including full-width Latin/digits by tailoring).
    Al,
    /// Hebrew letter.
    Hl,
    /// Digits.
    Nu,
    /// Mandatory break (LF, CR, CRLF, NEL, LS, PS).
    Bk,
    /// Break-before (BB): no rule of the spec treats it specially.
    Bb,
}

impl Class {
    /// 行首禁则: may not start a line.
    pub fn no_start(self) -> bool {
        matches!(
            self,
            Class::Cl
                | Class::Cp
                | Class::Ex
                | Class::Is
                | Class::Ns
                | Class::In
                | Class::Sy
                | Class::Po
                | Class::Hy
                | Class::Ba
        )
    }

    /// 行尾禁则: may not end a line.
    pub fn no_end(self) -> bool {
        matches!(self, Class::Op | Class::Pr | Class::Sy)
    }

    /// Part of a Western word or number, which never breaks inside.
    pub fn western(self) -> bool {
        matches!(self, Class::Al | Class::Hl | Class::Nu)
    }
}

/// Class of a single code point: the spec's tailoring table (§4) first, then UAX #14 resolved.
pub fn char_class(c: char) -> Class {
    match c {
        // Every code point of the CJK Unified Ideographs block is ID (LineBreak.txt defaults
        // even its unassigned ones to ID); the bulk of the text skips the lookup.
        '\u{4E00}'..='\u{9FFF}' => Class::Id,
        ' ' | '\u{3000}' | '\t' => Class::Sp,
        '\u{201C}' | '\u{2018}' | '\u{301D}' => Class::Op,
        '\u{201D}' | '\u{2019}' | '\u{301E}' | '\u{301F}' => Class::Cl,
        '\u{00B7}' | '\u{2027}' | '\u{30FB}' | '\u{2014}' | '\u{2013}' | '\u{2E3A}'
        | '\u{2E3B}' | '\u{FF5E}' | '\u{2010}' | '\u{301C}' => Class::Ns,
        '/' | '\u{FF0F}' => Class::Sy,
        '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => Class::Al,
        _ => resolve(break_property(c as u32)),
    }
}

/// UAX #14 class → the classes our rules use (spec §4 "Then resolve"). Combining marks and ZWJ
/// only reach here when they start a cluster (paragraph start), where LB10 treats them as AL.
fn resolve(b: BreakClass) -> Class {
    use BreakClass as B;
    match b {
        B::Mandatory | B::CarriageReturn | B::LineFeed | B::NextLine => Class::Bk,
        B::Space => Class::Sp,
        B::WordJoiner => Class::Wj,
        B::ZeroWidthSpace => Class::Zw,
        B::NonBreakingGlue => Class::Gl,
        B::OpenPunctuation => Class::Op,
        B::ClosePunctuation => Class::Cl,
        B::CloseParenthesis => Class::Cp,
        B::Exclamation => Class::Ex,
        B::Inseparable => Class::In,
        B::NonStarter | B::ConditionalJapaneseStarter | B::BeforeAndAfter => Class::Ns,
        B::Quotation => Class::Qu,
        B::InfixSeparator => Class::Is,
        B::Numeric => Class::Nu,
        B::Postfix => Class::Po,
        B::Prefix => Class::Pr,
        B::Symbol => Class::Sy,
        B::Hyphen => Class::Hy,
        B::After => Class::Ba,
        B::Before => Class::Bb,
        B::HebrewLetter => Class::Hl,
        B::Ambiguous
        | B::Ideographic
        | B::Contingent
        | B::EmojiBase
        | B::EmojiModifier
        | B::HangulLvSyllable
        | B::HangulLvtSyllable
        | B::HangulLJamo
        | B::HangulVJamo
        | B::HangulTJamo
        | B::RegionalIndicator => Class::Id,
        B::Alphabetic
        | B::ComplexContext
        | B::Unknown
        | B::Surrogate
        | B::CombiningMark
        | B::ZeroWidthJoiner => Class::Al,
    }
}

/// Class of a grapheme cluster: that of its first code point (UAX #14 LB9), except that a space
/// carrying combining marks is a letter (LB10) — dropping it at a break would lose the marks.
pub fn cluster_class(cluster: &str) -> Class {
    let mut chars = cluster.chars();
    let Some(first) = chars.next() else {
        return Class::Al;
    };
    match char_class(first) {
        Class::Sp if chars.next().is_some() => Class::Al,
        class => class,
    }
}

/// One side of a boundary: the class plus the first code point, which R8 (apostrophe) and R9
/// (East-Asian-width of an opening mark) look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub class: Class,
    pub first: char,
}

/// What a rule may see around the boundary between `prev` and `next`.
#[derive(Debug, Clone, Copy)]
pub struct Boundary {
    /// The cluster before `prev`, if any in this paragraph (R8).
    pub before_prev: Option<Unit>,
    pub prev: Unit,
    pub next: Unit,
    /// When `prev` is a space: the last non-space cluster before the run of spaces, `None` when
    /// the run is the paragraph's indentation (R2).
    pub before_spaces: Option<Class>,
}

/// Whether a line may break at this boundary: rules R1–R10 of spec §5, first match wins.
/// (R0 — no break at paragraph start or inside a cluster — holds by construction: callers only
/// ask about boundaries between two clusters of one paragraph.)
pub fn may_break(b: &Boundary) -> bool {
    use Class::*;
    let (prev, next) = (b.prev.class, b.next.class);
    // Mandatory breaks: not part of §5, which sees one paragraph; keep the total function sane.
    if prev == Bk {
        return true;
    }
    if next == Bk {
        return false;
    }
    // R1: spaces, joiners, glue, zero-width space.
    if next == Sp || next == Wj || prev == Wj || prev == Gl {
        return false;
    }
    if next == Gl && !matches!(prev, Sp | Ba | Hy) {
        return false;
    }
    if next == Zw {
        return false;
    }
    if prev == Zw {
        return true;
    }
    // R2: after a run of spaces.
    if prev == Sp {
        return match b.before_spaces {
            None => false,
            Some(_) if next.no_start() => false,
            Some(Op) => false,
            Some(_) => true,
        };
    }
    // R3, R4: 禁则.
    if next.no_start() || prev.no_end() {
        return false;
    }
    // R5: unresolved (ASCII) quotes glue both ways.
    if prev == Qu || next == Qu {
        return false;
    }
    // R6: inside a Western word or number.
    if prev.western() && next.western() {
        return false;
    }
    // R7: 28.29, 1,233, 0-2, Type-C, 5%x.
    if matches!(prev, Is | Hy | Po) && next.western() {
        return false;
    }
    // R8: apostrophe inside a word (don’t).
    if b.prev.first == '\u{2019}'
        && b.before_prev.is_some_and(|u| u.class.western())
        && next.western()
    {
        return false;
    }
    // R9: f(x) — a word glues to a following non-East-Asian opening mark; `)` to a following word.
    if prev.western() && next == Op && !is_east_asian_wide(b.next.first) {
        return false;
    }
    if prev == Cp && next.western() {
        return false;
    }
    // R10: everything else may break (ID÷ID, ID÷W, W÷ID, CL÷OP …).
    true
}

/// East_Asian_Width ∈ {F, W, H}, which unicode-width does not expose directly: F and W are exactly
/// the code points of (narrow) width 2; H is the halfwidth block U+FF61–FFDC, U+FFE8–FFEE.
fn is_east_asian_wide(c: char) -> bool {
    c.width() == Some(2) || matches!(c, '\u{FF61}'..='\u{FFDC}' | '\u{FFE8}'..='\u{FFEE}')
}

/// Char offsets (into `paragraph`) of every allowed break: the start of a line that may follow.
/// Neither 0 nor the paragraph's end is listed. Exposed so tests can check the filler against
/// the rules, and for callers that want to place their own breaks.
pub fn break_opportunities(paragraph: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut ctx = Context::default();
    let mut offset = 0;
    for g in super::graphemes::clusters(paragraph) {
        let unit = Unit {
            class: cluster_class(g.text),
            first: g.first,
        };
        if ctx.push(unit) {
            out.push(offset);
        }
        offset += g.text.chars().count();
    }
    out
}

/// Running state for evaluating boundaries left to right in one pass.
#[derive(Debug, Default, Clone)]
pub struct Context {
    prev: Option<Unit>,
    before_prev: Option<Unit>,
    /// Last non-space cluster seen in the current paragraph.
    last_non_space: Option<Class>,
}

impl Context {
    /// Feeds the next cluster; says whether a break is allowed just before it. A mandatory break
    /// starts a new paragraph, so indentation after it is again kept (R2).
    #[inline]
    pub fn push(&mut self, next: Unit) -> bool {
        let allowed = match self.prev {
            None => false,
            // Ideograph after ideograph, the bulk of Chinese text: no rule before R10 can
            // apply (neither is a space, glue, joiner, prohibited, quote, Western or `’`).
            Some(prev) if prev.class == Class::Id && next.class == Class::Id => true,
            Some(prev) => may_break(&Boundary {
                before_prev: self.before_prev,
                prev,
                next,
                before_spaces: self.last_non_space,
            }),
        };
        if next.class == Class::Bk {
            *self = Context::default();
            // Keep `prev` so that the cluster after the break sees `prev == Bk`.
            self.prev = Some(next);
            return allowed;
        }
        if self.prev.is_some_and(|p| p.class == Class::Bk) {
            self.prev = None;
        }
        if let Some(p) = self.prev {
            if p.class != Class::Sp {
                self.last_non_space = Some(p.class);
            }
        }
        self.before_prev = self.prev;
        self.prev = Some(next);
        allowed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Char offsets where `s` may break, as a string with `|` inserted, for readable asserts.
    fn marked(s: &str) -> String {
        let breaks = break_opportunities(s);
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if breaks.contains(&i) {
                out.push('|');
            }
            out.push(c);
        }
        out
    }

    #[test]
    fn tailored_classes() {
        assert_eq!(char_class('“'), Class::Op);
        assert_eq!(char_class('”'), Class::Cl);
        assert_eq!(char_class('·'), Class::Ns);
        assert_eq!(char_class('—'), Class::Ns);
        assert_eq!(char_class('／'), Class::Sy);
        assert_eq!(char_class('５'), Class::Al);
        assert_eq!(char_class('■'), Class::Id);
        assert_eq!(char_class('\u{3000}'), Class::Sp);
        assert_eq!(char_class('…'), Class::In);
        assert_eq!(char_class('，'), Class::Cl);
        assert_eq!(char_class('：'), Class::Ns);
        assert_eq!(char_class('％'), Class::Po);
        assert_eq!(char_class('￥'), Class::Pr);
        assert_eq!(char_class('\u{a0}'), Class::Gl);
    }

    #[test]
    fn han_fast_path_agrees_with_the_table() {
        for c in ('\u{4E00}'..='\u{9FFF}').step_by(7) {
            assert_eq!(resolve(break_property(c as u32)), Class::Id, "{c:?}");
        }
    }

    #[test]
    fn space_with_combining_mark_is_a_letter() {
        assert_eq!(cluster_class(" \u{301}"), Class::Al);
        assert_eq!(cluster_class(" "), Class::Sp);
    }

    #[test]
    fn han_breaks_everywhere_but_before_closing_marks() {
        assert_eq!(marked("两点半，开会。"), "两|点|半，|开|会。");
    }

    #[test]
    fn quotes_are_paired_not_ambiguous() {
        assert_eq!(marked("说“你好”“再见”"), "说|“你|好”|“再|见”");
    }

    #[test]
    fn numbers_and_words_stay_whole() {
        assert_eq!(marked("达28.29平方"), "达|28.29|平|方");
        assert_eq!(marked("A356.2合金"), "A356.2|合|金");
        assert_eq!(marked("比分0-2落后"), "比|分|0-2|落|后");
        assert_eq!(marked("Type-C接口"), "Type-C|接|口");
        assert_eq!(marked("增长5.3%，"), "增|长|5.3%，");
        assert_eq!(marked("售价¥5元"), "售|价|¥5|元");
    }

    #[test]
    fn dashes_and_ellipses_never_split_nor_start() {
        assert_eq!(marked("代——记者"), "代——|记|者");
        assert_eq!(marked("法……应"), "法……|应");
        assert_eq!(marked("谢·谢"), "谢·|谢");
    }

    #[test]
    fn spaces_break_after_not_before() {
        assert_eq!(marked("　　总投资 1233 万元"), "　　总|投|资 |1233 |万|元");
        assert_eq!(marked("（ 中）"), "（ 中）");
        assert_eq!(marked("中 ，"), "中 ，");
    }

    #[test]
    fn apostrophe_and_parentheses_in_latin() {
        assert_eq!(marked("don’t f(x)y"), "don’t |f(x)y");
    }

    #[test]
    fn mandatory_break_restarts_the_paragraph() {
        // After LF, the next cluster may break (prev == Bk) and indentation is kept again.
        assert_eq!(marked("中\n　文"), "中\n|　文");
    }
}
