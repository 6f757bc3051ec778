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
        // v2 (§12.1): the full-width full stop separates a number like `.` (`23．7度`).
        '\u{FF0E}' => Class::Is,
        // v2 (§12.6): CLREQ lists « as no-end and » as no-start, like “ and ”.
        '\u{00AB}' => Class::Op,
        '\u{00BB}' => Class::Cl,
        _ => match break_property(c as u32) {
            BreakClass::Ambiguous => ambiguous_class(c),
            b => resolve(b),
        },
    }
}

/// Resolution of UAX #14 class AI (v2, §12.2): marks and bullets (geometric shapes, the
/// Miscellaneous Symbols block with ★ ☆, ※) break like ideographs; everything else ambiguous —
/// letters, digits, superscripts and subscripts (² ³ ₀), the math signs × ÷ — is alphabetic, so
/// `m²`, `46,600m²` and `1280×720` stay whole.
fn ambiguous_class(c: char) -> Class {
    match c {
        '\u{25A0}'..='\u{25FF}' | '\u{2600}'..='\u{26FF}' | '\u{203B}' => Class::Id,
        _ => Class::Al,
    }
}

/// ASCII or full-width decimal digit.
#[inline]
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{FF10}'..='\u{FF19}')
}

/// Full-width decimal digit.
#[inline]
fn is_full_width_digit(c: char) -> bool {
    matches!(c, '\u{FF10}'..='\u{FF19}')
}

/// Full-width plus and minus, which are part of a number when they touch a digit (§12.1:
/// `－9℃`, `＋5`, `3－5`).
#[inline]
fn is_full_width_sign(c: char) -> bool {
    matches!(c, '\u{FF0B}' | '\u{FF0D}')
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
    // R6: inside a Western word or number; v2 (§12.3, LB24/LB25): a word or number also keeps
    // a following prefix sign (`20+10`, `T+5`, `C++`).
    if prev.western() && (next.western() || next == Pr) {
        return false;
    }
    // v2 (§12.1): full-width signs and separators inside numbers (`－9℃`, `１，２５０`).
    if (is_full_width_sign(b.next.first) && is_digit(b.prev.first))
        || (is_full_width_sign(b.prev.first) && is_digit(b.next.first))
    {
        return false;
    }
    if b.prev.first == '\u{FF0C}'
        && b.before_prev.is_some_and(|u| is_full_width_digit(u.first))
        && is_full_width_digit(b.next.first)
    {
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
    /// The last (up to eight) chars when they are ASCII, lower-cased, one per byte: enough to
    /// see `https://` end.
    tail: u64,
    /// Inside a URL after its `http://`, `https://` or `www.` (§12.4).
    in_url: bool,
}

/// What ends a URL (§12.4): a space, a CJK (wide) char, a Chinese quotation mark, a line end.
fn ends_url(u: Unit) -> bool {
    matches!(u.class, Class::Sp | Class::Bk)
        || is_east_asian_wide(u.first)
        || matches!(u.first, '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{2019}')
}

/// `tail` ends with the bytes of `pat` (at most eight).
fn tail_ends_with(tail: u64, pat: &[u8]) -> bool {
    let want = pat.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
    let mask = if pat.len() >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * pat.len())) - 1
    };
    tail & mask == want
}

impl Context {
    /// Feeds the next cluster; says whether a break is allowed just before it. A mandatory break
    /// starts a new paragraph, so indentation after it is again kept (R2).
    #[inline]
    pub fn push(&mut self, next: Unit) -> bool {
        // Ideograph after ideograph, the bulk of Chinese text: no rule before R10 can apply
        // (neither is a space, glue, joiner, prohibited, quote, Western or `’`), and no URL
        // runs through an ideograph.
        if let Some(prev) = self.prev {
            if prev.class == Class::Id && next.class == Class::Id && !self.in_url {
                self.tail = 0;
                self.last_non_space = Some(Class::Id);
                self.before_prev = self.prev;
                self.prev = Some(next);
                return true;
            }
        }
        self.push_slow(next)
    }

    /// [`Self::push`] for every boundary but ideograph–ideograph.
    fn push_slow(&mut self, next: Unit) -> bool {
        if self.in_url && ends_url(next) {
            self.in_url = false;
        }
        let allowed = match self.prev {
            None => false,
            // A URL is one unit (§12.4): no break inside it.
            Some(_) if self.in_url => false,
            Some(prev) => may_break(&Boundary {
                before_prev: self.before_prev,
                prev,
                next,
                before_spaces: self.last_non_space,
            }),
        };
        self.track_url(next.first);
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

    /// Whether the cluster last pushed lies inside a URL, after its scheme or `www.`.
    pub fn in_url(&self) -> bool {
        self.in_url
    }

    /// Follows the ASCII tail of the text and enters URL mode after `http://`, `https://` or
    /// `www.` (matched ASCII-case-insensitively). Every boundary inside those prefixes is
    /// already unbreakable (letters, `:` and `/` glue), so starting the unit after them loses
    /// nothing.
    #[inline]
    fn track_url(&mut self, c: char) {
        if !c.is_ascii() {
            self.tail = 0;
            return;
        }
        self.tail = (self.tail << 8) | u64::from(c.to_ascii_lowercase() as u8);
        if !self.in_url
            && matches!(c, '/' | '.')
            && (tail_ends_with(self.tail, b"http://")
                || tail_ends_with(self.tail, b"https://")
                || tail_ends_with(self.tail, b"www."))
        {
            self.in_url = true;
        }
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
    fn v2_full_width_numbers_stay_whole() {
        assert_eq!(char_class('．'), Class::Is);
        assert_eq!(marked("气温23．7度"), "气|温|23．7|度");
        assert_eq!(marked("低温－9℃／0℃"), "低|温|－9℃／0℃");
        assert_eq!(marked("相差３－５个"), "相|差|３－５|个");
        assert_eq!(marked("共１，２５０家"), "共|１，２５０|家");
        // Outside numbers the full-width comma still ends a clause.
        assert_eq!(marked("好，走"), "好，|走");
    }

    #[test]
    fn v2_ambiguous_letters_and_signs_join_words() {
        assert_eq!(char_class('²'), Class::Al);
        assert_eq!(char_class('×'), Class::Al);
        assert_eq!(char_class('※'), Class::Id);
        assert_eq!(char_class('★'), Class::Id);
        assert_eq!(char_class('●'), Class::Id);
        assert_eq!(marked("达46,600m²的"), "达|46,600m²|的");
        assert_eq!(marked("为1280×720像素"), "为|1280×720|像|素");
        assert_eq!(marked("误差±5%内"), "误|差|±5%|内");
    }

    #[test]
    fn v2_plus_beside_numbers_and_letters() {
        assert_eq!(marked("用C++写"), "用|C++写", "a prefix never ends a line");
        assert_eq!(marked("T+5到账"), "T+5|到|账");
        assert_eq!(marked("比分20+10"), "比|分|20+10");
    }

    #[test]
    fn v2_urls_are_one_unit() {
        assert_eq!(
            marked("见https://a.cn/x?id=1&p=2-3 再"),
            "见|https://a.cn/x?id=1&p=2-3 |再"
        );
        assert_eq!(marked("登录www.a.cn/b?c查询"), "登|录|www.a.cn/b?c|查|询");
        // Without the URL prefix `?` is a break opportunity as before.
        assert_eq!(marked("a.cn/b?c"), "a.cn/b?|c");
    }

    #[test]
    fn v2_guillemets_pair() {
        assert_eq!(marked("说«你好»再"), "说|«你|好»|再");
    }

    #[test]
    fn mandatory_break_restarts_the_paragraph() {
        // After LF, the next cluster may break (prev == Bk) and indentation is kept again.
        assert_eq!(marked("中\n　文"), "中\n|　文");
    }
}
