use super::*;

/// `text` as UTF-16LE with its byte-order mark.
fn utf16le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    bytes
}

fn ok(bytes: &[u8]) -> Decoded {
    match decode(bytes) {
        Ok(d) => d,
        Err(e) => panic!("refused: {e}"),
    }
}

/// The byte reading of [`looks_like_text`] judges as a char-by-char reading does.
#[test]
fn text_is_judged_by_bytes_as_by_chars() {
    fn by_chars(text: &str) -> bool {
        let (mut total, mut odd, mut replaced) = (0usize, 0usize, 0usize);
        for c in text.chars() {
            total += 1;
            if c == '\u{fffd}' {
                replaced += 1;
            } else if (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}' | '\u{1b}'))
                || ('\u{e000}'..='\u{f8ff}').contains(&c)
            {
                odd += 1;
            }
        }
        total == 0
            || ((odd + replaced) * 10 <= total || (odd * 10 <= total && replaced * 4 <= total))
    }
    let odd_chars: Vec<char> = (0..0x100)
        .chain(0xe000..0xe010)
        .chain(0xef00..0xf900)
        .chain(0xfff0..=0xffff)
        .filter_map(char::from_u32)
        .collect();
    for (k, &odd) in odd_chars.iter().enumerate() {
        for body in ["中文，标点。", "ab", "“引号”…"] {
            for n in [1, 3, 9, 30] {
                let text = format!("{}{odd}{}", body.repeat(n), odd_chars[k / 2]);
                assert_eq!(looks_like_text(&text), by_chars(&text), "{text:?}");
                assert_eq!(
                    by_chars(&odd.to_string()),
                    looks_like_text(&odd.to_string())
                );
            }
        }
    }
}

#[test]
fn utf8_with_bom_and_crlf() {
    let d = ok("\u{feff}第一行\r\n第二行\r\n".as_bytes());
    assert_eq!(d.text, "第一行\n第二行\n");
    assert_eq!((d.encoding, d.bad_bytes), (SourceEncoding::Utf8, 0));
}

#[test]
fn gb18030_round_trip() {
    let (bytes, _, _) = GB18030.encode("运城经济技术开发区 12 月 22 日");
    let d = ok(&bytes);
    assert_eq!(d.text, "运城经济技术开发区 12 月 22 日");
    assert_eq!(d.encoding, SourceEncoding::Gb18030);
}

#[test]
fn utf16le_with_bom() {
    let d = ok(&utf16le("開發區\n"));
    assert_eq!(d.text, "開發區\n");
    assert_eq!(d.encoding, SourceEncoding::Utf16Le);
}

#[test]
fn damaged_utf8_stays_utf8() {
    let mut bytes = "运城经济技术开发区召开调度会，会议强调要抓好项目建设。"
        .as_bytes()
        .to_vec();
    bytes.truncate(bytes.len() - 1); // cut the last character in half
    let d = ok(&bytes);
    assert_eq!((d.encoding, d.bad_bytes), (SourceEncoding::Utf8, 2));
    assert!(d.text.starts_with("运城经济技术开发区"));
}

#[test]
fn short_damaged_utf8_is_not_gb18030_mojibake() {
    let d = ok(b"\xe8\xbf\x90\xe5\x9f\x8e\xe7\xbb\x8f\xe5\xbc\x80\xe5\x8c\xba\xe5\x8f\xac\xe5\xbc\x80\xe4\xbc\x9a\xe8\xae\xae\xe3\x80\n");
    assert_eq!(d.text, "运城经开区召开会议\u{fffd}\n");
    assert_eq!((d.encoding, d.bad_bytes), (SourceEncoding::Utf8, 2));
    let d = ok(b"Total: 100 \xc0\xaf units\n");
    assert_eq!(d.text, "Total: 100 \u{fffd}\u{fffd} units\n");
    assert_eq!((d.encoding, d.bad_bytes), (SourceEncoding::Utf8, 2));
}

#[test]
fn one_bad_byte_does_not_refuse_a_gb18030_page() {
    let page = "山西中润 4 万吨铸造合金项目在兴县投产，总投资 1233 万元。项目建成后，年产铸造合金 4 万吨。";
    let (gb, _, _) = GB18030.encode(page);
    let mut bytes = gb.to_vec();
    bytes.insert(15, 0xFF); // after “山西中润 4 万吨”
    let d = ok(&bytes);
    assert_eq!((d.encoding, d.bad_bytes), (SourceEncoding::Gb18030, 1));
    assert!(d.text.starts_with("山西中润 4 万吨"));
    assert!(d.text.ends_with("年产铸造合金 4 万吨。"));
}

#[test]
fn a_lone_surrogate_does_not_refuse_a_utf16_page() {
    let mut bytes = vec![0xFF, 0xFE];
    for u in "開發區".encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    bytes.extend_from_slice(&0xD800u16.to_le_bytes());
    for u in "招商引資\n".encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let d = ok(&bytes);
    assert_eq!(d.text, "開發區\u{fffd}招商引資\n");
    assert_eq!(d.bad_bytes, 2);
}

#[test]
fn a_bom_and_one_bad_byte_load_like_the_same_bytes_without_it() {
    let mut bytes = "\u{feff}运城经济技术开发区召开调度会。".as_bytes().to_vec();
    bytes.insert(12, 0xFF);
    let with = ok(&bytes);
    let without = ok(&bytes[3..]);
    assert_eq!(with, without);
    assert_eq!(with.bad_bytes, 1);
}

#[test]
fn gbk_text_is_not_mistaken_for_damaged_utf8() {
    let (bytes, _, _) = GB18030.encode("山西中润 4 万吨铸造合金项目在兴县投产，总投资 1233 万元。");
    assert_eq!(ok(&bytes).encoding, SourceEncoding::Gb18030);
    let (bytes, _, _) = GB18030.encode("会议");
    assert_eq!(ok(&bytes).text, "会议");
}

#[test]
fn big5_is_named_long_or_short() {
    let page = "晉城經濟技術開發區與浙江一家汽車零部件企業簽約，項目總投資十五億元，建成後年產電機殼體三十萬套。該區相關負責人表示，將全力做好項目服務保障，推動項目早日投產達效，為地方經濟發展注入新動能。";
    for text in [page, "晉城經濟技術開發區簽約。", "項目總投資十五億元"] {
        let (bytes, _, _) = BIG5.encode(text);
        assert!(matches!(decode(&bytes), Err(LoadProblem::Big5)), "{text}");
        let (gb, _, _) = GB18030.encode(text);
        assert_eq!(ok(&gb).text, text);
    }
}

#[test]
fn bomless_utf16_is_named() {
    let bytes: Vec<u8> = "科学导报讯 12 月 22 日，运城\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert!(matches!(decode(&bytes), Err(LoadProblem::Unsupported(_))));
}

/// A page of Chinese has few ASCII chars, so few zero bytes in UTF-16: it is still named.
#[test]
fn bomless_utf16_of_a_chinese_page_is_named_in_either_byte_order() {
    let page = "科学导报讯　运城经济技术开发区召开年度经济运行分析暨招商引资项目建设调度会，\
                会议总结了全年的工作，安排部署明年的重点任务。开发区管委会主任出席会议并讲话。\n";
    let le: Vec<u8> = page.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = page.encode_utf16().flat_map(u16::to_be_bytes).collect();
    for bytes in [le, be] {
        assert!(matches!(decode(&bytes), Err(LoadProblem::Unsupported(_))));
    }
}

#[test]
fn binary_is_refused() {
    let png = [
        0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D,
    ];
    assert!(matches!(decode(&png), Err(LoadProblem::Binary)));
    assert!(matches!(decode(b"\0"), Err(LoadProblem::Binary)));
    let noise: Vec<u8> = (0..2048u32).map(|i| (i * 7919 % 251) as u8).collect();
    assert!(decode(&noise).is_err());
}

#[test]
fn every_common_char_is_in_the_bitmap() {
    assert!(COMMON.chars().all(|c| COMMON_BLOCK.contains(&(c as u32))));
    assert!(COMMON.chars().all(is_common));
    assert_eq!(
        ('\0'..='\u{10ffff}').filter(|&c| is_common(c)).count(),
        COMMON
            .chars()
            .collect::<std::collections::HashSet<_>>()
            .len()
    );
}

/// What [`han_and_common`] relies on: folding changes no common char, and keeps Han chars
/// Han and others not.
#[test]
fn folding_keeps_common_and_han_chars() {
    assert!(!COMMON.chars().any(crate::text::fold::may_fold));
    for c in ('\u{3000}'..='\u{ffef}').filter(|&c| crate::text::fold::may_fold(c)) {
        let f = crate::text::fold::fold(&format!("{c}a"))
            .chars()
            .next()
            .unwrap_or(c);
        assert_eq!(
            crate::lexicon::names::is_han(f),
            crate::lexicon::names::is_han(c),
            "{c} {f}"
        );
    }
}

/// The one-decode answer for clean GB18030 is the full guess's answer; what is not clean or
/// not Chinese enough (Big5, damaged UTF-8, short text) is left to the full guess.
#[test]
fn clean_gb18030_agrees_with_the_full_guess() {
    let page = std::str::from_utf8(crate::ingest::SAMPLE).unwrap();
    let (gb, _, _) = GB18030.encode(page);
    let fast = clean_gb18030(&gb).expect("the sample in GB18030 is clean");
    assert_eq!(Some(fast), guess_whole(&gb).ok());
    let big5 = "晉城經濟技術開發區與浙江一家汽車零部件企業簽約，項目總投資十五億元，建成後年產電機殼體三十萬套。該區相關負責人表示，將全力做好項目服務保障，推動項目早日投產達效，為地方經濟發展注入新動能。".repeat(40);
    let (bytes, _, _) = BIG5.encode(&big5);
    assert!(clean_gb18030(&bytes).is_none());
    assert!(matches!(decode(&bytes), Err(LoadProblem::Big5)));
    let mut damaged = page.as_bytes().to_vec();
    damaged.insert(100, 0xFF);
    assert!(clean_gb18030(&damaged).is_none());
    assert_eq!(ok(&damaged).encoding, SourceEncoding::Utf8);
    let (short, _, _) = GB18030.encode("会议");
    assert!(clean_gb18030(&short).is_none());
}

#[test]
fn long_pages_are_guessed_from_a_sample_and_checked_whole() {
    let page = "山西中润 4 万吨铸造合金项目在兴县投产，总投资 1233 万元。\n".repeat(200);
    let (gb, _, _) = GB18030.encode(&page);
    assert!(gb.len() > 2 * GUESS_SAMPLE);
    let d = decode(&gb).unwrap();
    assert_eq!(
        (d.text.as_str(), d.encoding),
        (page.as_str(), SourceEncoding::Gb18030)
    );
    // An ASCII sample says nothing: the page's GB18030 after it still decides.
    let mut late = "x".repeat(GUESS_SAMPLE * 2).into_bytes();
    late.push(b'\n');
    late.extend_from_slice(&gb);
    let d = decode(&late).unwrap();
    assert_eq!(d.encoding, SourceEncoding::Gb18030);
    assert!(d.text.ends_with(&page));
}

/// The byte count of Han and common chars is the char test's, for every char alone and
/// between others, and for the sample.
#[test]
fn han_and_common_count_as_the_char_tests_say() {
    let by_chars = |text: &str| {
        text.chars().fold((0, 0), |(han, hits), c| {
            (
                han + usize::from(crate::lexicon::names::is_han(c)),
                hits + usize::from(is_common(c)),
            )
        })
    };
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let text = format!("a{c}的é{c}");
        assert_eq!(count_han_and_common(&text), by_chars(&text), "{c:?}");
    }
    let page = std::str::from_utf8(crate::ingest::SAMPLE).unwrap();
    assert_eq!(count_han_and_common(page), by_chars(page));
}

proptest::proptest! {
    /// One pass from CR to CR gives what the two replacements gave.
    #[test]
    fn newlines_normalise_as_the_replacements_did(text in "[a\r\n中]{0,60}") {
        let want = text.replace("\r\n", "\n").replace('\r', "\n");
        proptest::prop_assert_eq!(normalise_newlines(text), want);
    }
}

/// A long GB18030 page is told by its start, or by the whole page when its start holds too
/// little Chinese to judge (an English preamble); the start is cut on a char boundary.
#[test]
fn long_gb18030_pages_are_told_by_their_start_or_whole() {
    let chinese = "山西中润 4 万吨铸造合金项目在兴县投产，总投资 1233 万元。\n".repeat(200);
    for page in [
        chinese.clone(),
        format!(
            "{}\n{chinese}",
            "Page 4 of the Shanxi edition. ".repeat(200)
        ),
        format!("a{chinese}"),
    ] {
        let (bytes, _, _) = GB18030.encode(&page);
        assert!(bytes.len() > GUESS_SAMPLE);
        let d = ok(&bytes);
        assert_eq!(d.encoding, SourceEncoding::Gb18030);
        assert_eq!(d.text, page);
    }
    let text = "ab运城经开区";
    for max in 0..=text.len() + 2 {
        let head = head_of(text, max);
        assert!(text.starts_with(head) && head.len() <= max);
        assert!(head.len() + 2 >= max.min(text.len()), "{max}: {head}");
    }
}

proptest::proptest! {
    /// The decoder's one pass says what [`surely_plain`] says, and when it finds the windows
    /// safe the sanitiser's own scan of the normalised text finds them safe too: a text it
    /// would change is never taken as clean.
    #[test]
    fn one_pass_tells_plain_and_safe_as_two_do(
        s in "[\\x00-\\x{9f}\\x{200e}\\x{202e}\\x{2066}\\x{61c}\\x{feff}\\x{fffd}\\x{e000}\\x{201c}\\x{ff0c}中a\r\n]{0,40}"
    ) {
        let (plain, safe) = plain_and_safe(s.as_bytes());
        proptest::prop_assert_eq!(plain, surely_plain(s.as_bytes()));
        let normalised = normalise_newlines(s.clone());
        if safe {
            proptest::prop_assert!(crate::text::sanitize::surely_safe(normalised.as_bytes()), "{:?}", s);
        }
        proptest::prop_assert_eq!(
            crate::text::sanitize::sanitize_cow_scanned(&normalised, safe),
            crate::text::sanitize::sanitize(&normalised)
        );
    }
}

/// A clean page, with CRLF line ends or without, is found plain and safe in the one pass.
#[test]
fn a_clean_page_is_plain_and_safe() {
    for page in [
        "科学导报讯　“数字政府 2.0 版”上线…\n第二行",
        "甲\r\n乙\r\n",
        "ab",
    ] {
        assert_eq!(plain_and_safe(page.as_bytes()), (true, true), "{page:?}");
    }
    for dirty in ["a\tb\n中文", "甲\u{202e}乙丙", "\u{feff}头一二"] {
        assert!(!plain_and_safe(dirty.as_bytes()).1, "{dirty:?}");
    }
}

/// A UTF-16 byte-order mark before UTF-8 text is a slip, not UTF-16: the text is read as what
/// it is, and the mark it named is kept for the notice.
#[test]
fn a_utf16_mark_before_utf8_text_is_read_as_utf8() {
    for mark in [[0xFF, 0xFE], [0xFE, 0xFF]] {
        let mut bytes = mark.to_vec();
        bytes.extend_from_slice("garbage 经开区招商\n".as_bytes());
        let d = ok(&bytes);
        assert_eq!(d.text, "garbage 经开区招商\n");
        assert_eq!(d.encoding, SourceEncoding::Utf8);
        assert!(d.false_bom.is_some());
    }
}

/// The same slip before GB18030 text: the text is guessed as it would be without the mark.
#[test]
fn a_utf16_mark_before_gb18030_text_is_read_as_gb18030() {
    let (gb, _, _) = GB18030.encode("山西中润 4 万吨铸造合金项目在兴县投产，总投资 1233 万元。");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend_from_slice(&gb);
    let d = ok(&bytes);
    assert_eq!(d.encoding, SourceEncoding::Gb18030);
    assert_eq!(d.false_bom, Some(SourceEncoding::Utf16Le));
    assert!(d.text.starts_with("山西中润"));
}

/// Real UTF-16 keeps its mark: Han text with no ASCII (no NUL byte) in it reads like Chinese,
/// and Latin text, read unmarked, has NUL bytes that are refused.
#[test]
fn utf16_keeps_its_mark() {
    for text in ["运城经济技术开发区召开调度会", "Economic zone report\n"] {
        let d = ok(&utf16le(text));
        assert_eq!(d.text, text);
        assert_eq!((d.encoding, d.false_bom), (SourceEncoding::Utf16Le, None));
    }
}

/// A mark, a NUL and ASCII with an escape sequence (a hostile file): not UTF-16 either.
#[test]
fn a_utf16_mark_before_ascii_with_a_nul_is_not_utf16() {
    let d = ok(b"\xff\xfe\x00garbage\x1b[31mred");
    assert_eq!(d.encoding, SourceEncoding::Utf8);
    assert_eq!(d.false_bom, Some(SourceEncoding::Utf16Le));
    assert!(d.text.contains("garbage"));
}
