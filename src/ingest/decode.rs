//! Bytes → text. Pages arrive as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK,
//! with CRLF or LF line ends; anything else is refused rather than shown as mojibake.

use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE};

use crate::error::LoadProblem;

/// The encoding a page was decoded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Gb18030,
}

/// Decodes a page and normalises line ends to `\n`.
///
/// Detection order: a BOM decides; valid UTF-8 is UTF-8 (ASCII included); otherwise GB18030 when
/// it decodes without errors *and* reads like text. A NUL byte without a UTF-16 BOM means binary.
pub fn decode(bytes: &[u8]) -> Result<(String, SourceEncoding), LoadProblem> {
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Err(LoadProblem::Unsupported("UTF-32"));
    }
    let (text, enc) = if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        let text = encoding
            .decode_without_bom_handling_and_without_replacement(body)
            .ok_or(LoadProblem::Undecodable)?
            .into_owned();
        let enc = if encoding == UTF_16LE {
            SourceEncoding::Utf16Le
        } else if encoding == UTF_16BE {
            SourceEncoding::Utf16Be
        } else {
            SourceEncoding::Utf8
        };
        (text, enc)
    } else if bytes.contains(&0) {
        return Err(if looks_like_utf16(bytes) {
            LoadProblem::Unsupported("UTF-16 without a byte-order mark")
        } else {
            LoadProblem::Binary
        });
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        (s.to_owned(), SourceEncoding::Utf8)
    } else if mostly_utf8(bytes) {
        // A UTF-8 page with a few damaged bytes: GB18030 would "decode" it as mojibake.
        (
            String::from_utf8_lossy(bytes).into_owned(),
            SourceEncoding::Utf8,
        )
    } else {
        let text = GB18030
            .decode_without_bom_handling_and_without_replacement(bytes)
            .ok_or_else(|| guess_failure(bytes))?
            .into_owned();
        if !reads_like_chinese(&text) {
            // Big5, Shift-JIS and friends often "decode" as GB18030, into nonsense.
            return Err(LoadProblem::Undecodable);
        }
        (text, SourceEncoding::Gb18030)
    };
    if !looks_like_text(&text) {
        return Err(LoadProblem::Binary);
    }
    Ok((normalise_newlines(&text), enc))
}

/// BOM-less UTF-16: NUL bytes on one side of most pairs (ASCII, digits, spaces and newlines).
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let pairs = bytes.len() / 2;
    let zeros_at = |parity: usize| {
        bytes
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    pairs >= 8 && (even.max(odd) * 5 >= pairs) && even.min(odd) * 20 <= pairs
}

/// UTF-8 with rare damage: valid multi-byte characters outnumber broken sequences tenfold.
/// GB18030 text forms a valid UTF-8 sequence only by chance, about as often as a broken one.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut multibyte = 0usize;
    let mut broken = 0usize;
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            broken += 1;
        }
    }
    multibyte >= 10 * broken.max(1)
}

/// The 500 most frequent characters of modern Chinese (Simplified; Traditional text is folded
/// first). They make up about three quarters of any news text, and a small share of mojibake.
const COMMON: &str = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";

/// Whether decoded text reads like Chinese: enough of its Han characters are common ones.
fn reads_like_chinese(text: &str) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static SET: OnceLock<HashSet<char>> = OnceLock::new();
    let common = SET.get_or_init(|| COMMON.chars().collect());
    let folded = crate::text::fold::fold(text);
    let han = folded
        .chars()
        .filter(|&c| crate::lexicon::names::is_han(c))
        .count();
    let hits = folded.chars().filter(|c| common.contains(c)).count();
    han < 40 || hits * 100 >= han * 35
}

/// Refusing GB18030 can mean binary data or simply another encoding; say which is likelier.
fn guess_failure(bytes: &[u8]) -> LoadProblem {
    let controls = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if controls * 20 > bytes.len() {
        LoadProblem::Binary
    } else {
        LoadProblem::Undecodable
    }
}

/// Text files have few control characters and no private-use noise; binary decoded by luck has many.
fn looks_like_text(text: &str) -> bool {
    let mut total = 0usize;
    let mut odd = 0usize;
    for c in text.chars() {
        total += 1;
        let is_odd = (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}' | '\u{1b}'))
            || ('\u{e000}'..='\u{f8ff}').contains(&c)
            || c == '\u{fffd}';
        if is_odd {
            odd += 1;
        }
    }
    total == 0 || odd * 10 <= total
}

/// CRLF and lone CR become LF.
fn normalise_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_and_crlf() {
        let (t, e) = decode("\u{feff}第一行\r\n第二行\r\n".as_bytes()).unwrap();
        assert_eq!(t, "第一行\n第二行\n");
        assert_eq!(e, SourceEncoding::Utf8);
    }

    #[test]
    fn gb18030_round_trip() {
        let (bytes, _, _) = GB18030.encode("运城经济技术开发区 12 月 22 日");
        let (t, e) = decode(&bytes).unwrap();
        assert_eq!(t, "运城经济技术开发区 12 月 22 日");
        assert_eq!(e, SourceEncoding::Gb18030);
    }

    #[test]
    fn utf16le_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "開發區\n".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let (t, e) = decode(&bytes).unwrap();
        assert_eq!(t, "開發區\n");
        assert_eq!(e, SourceEncoding::Utf16Le);
    }

    #[test]
    fn damaged_utf8_stays_utf8() {
        let mut bytes = "运城经济技术开发区召开调度会，会议强调要抓好项目建设。"
            .as_bytes()
            .to_vec();
        bytes.truncate(bytes.len() - 1); // cut the last character in half
        let (t, e) = decode(&bytes).unwrap();
        assert_eq!(e, SourceEncoding::Utf8);
        assert!(t.starts_with("运城经济技术开发区"));
    }

    #[test]
    fn gbk_text_is_not_mistaken_for_damaged_utf8() {
        let (bytes, _, _) =
            GB18030.encode("山西中润 4 万吨铸造合金项目在兴县投产，总投资 1233 万元。");
        assert_eq!(decode(&bytes).unwrap().1, SourceEncoding::Gb18030);
    }

    #[test]
    fn big5_is_not_read_as_gb18030_mojibake() {
        let page = "晉城經濟技術開發區與浙江一家汽車零部件企業簽約，項目總投資十五億元，建成後年產電機殼體三十萬套。該區相關負責人表示，將全力做好項目服務保障，推動項目早日投產達效，為地方經濟發展注入新動能。";
        let (bytes, _, _) = encoding_rs::BIG5.encode(page);
        assert!(matches!(decode(&bytes), Err(LoadProblem::Undecodable)));
        let (gb, _, _) = GB18030.encode(page);
        assert_eq!(decode(&gb).unwrap().0, page);
    }

    #[test]
    fn bomless_utf16_is_named() {
        let bytes: Vec<u8> = "科学导报讯 12 月 22 日，运城\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert!(matches!(decode(&bytes), Err(LoadProblem::Unsupported(_))));
    }

    #[test]
    fn binary_is_refused() {
        let png = [
            0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D,
        ];
        assert!(matches!(decode(&png), Err(LoadProblem::Binary)));
        let noise: Vec<u8> = (0..2048u32).map(|i| (i * 7919 % 251) as u8).collect();
        assert!(decode(&noise).is_err());
    }
}
