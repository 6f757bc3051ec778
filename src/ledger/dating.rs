//! When a stage event happened: the date a sentence gives for it. A same-day word (`当天`,
//! `当日`, `同日`) dates it too: it means the day an earlier sentence of the article named
//! (`6月18日，贵安新区举行…签约仪式。此外，贵阳高新区当天也签下一批项目`: the 18th), not the
//! edition's day, which the caller falls back to only when the text gives no date at all.
//! A relative day (`今天`, `昨日`) counts from the dateline's day (`本报济南3月11日讯`), the day
//! the reporter wrote it, not from the edition's ([`date_value`]).

use super::attach::Located;
use super::mentions::{ArticleText, Span};
use crate::facts::dates::calendar::{from_days, iso, to_days};
use crate::facts::dates::relative::day_offset;
use crate::facts::dates::scan;
use crate::model::{Article, Fact, FactKind, FactValue};
use crate::text::fold::fold;

/// Words that refer back to the day last named.
const SAME_DAY: &[&str] = &["当天", "当日", "同日"];

/// Phrases holding a same-day word that say nothing of a day (`不可同日而语`).
const NOT_SAME_DAY: &[&str] = &["同日而语"];

/// The date a sentence gives for what is said at char `pos`: the nearest date before it (ranges
/// like `十五五` are no date), a same-day word counting as the day it refers back to. A date
/// after `pos` counts only within its own clause (callers ask again with the clause): in
/// `…进入设备安装阶段，计划今年12月底试生产` the later date is another event's.
pub(super) fn first_date(
    at: &ArticleText,
    facts: &[Located<'_>],
    sentence: &Span,
    pos: usize,
) -> Option<String> {
    let dates = dated_spans(facts);
    let before: Vec<&(Span, &str)> = dates
        .iter()
        .filter(|(s, _)| sentence.contains(s) && s.start < pos)
        .collect();
    let written = before
        .iter()
        .max_by_key(|(s, _)| s.start)
        .map(|nearest| finer_before(&before, nearest));
    let same_day = same_day_words(at, sentence)
        .into_iter()
        .filter(|s| s.start < pos)
        .max_by_key(|s| s.start);
    match (written, same_day) {
        (Some((w, v)), Some(s)) if s.start > w.start => {
            day_before(&dates, &s).or_else(|| Some((*v).to_owned()))
        }
        (Some((_, v)), _) => Some((*v).to_owned()),
        (None, Some(s)) => day_before(&dates, &s),
        (None, None) => None,
    }
}

/// The date to read for the nearest date before an event: a year or month (`2026年一季度…签约`)
/// is the finer day written before it in the sentence when it lies in it (`3月11日，…2026年
/// 一季度招商引资项目集中签约活动举行`: 2026-03-11, not 2026): the coarse one names the
/// period the batch belongs to, the day when the event took place.
fn finer_before<'a>(
    before: &[&'a (Span, &'a str)],
    nearest: &'a (Span, &'a str),
) -> &'a (Span, &'a str) {
    let within = |v: &str| {
        v.len() > nearest.1.len()
            && v.starts_with(nearest.1)
            && v.as_bytes().get(nearest.1.len()) == Some(&b'-')
    };
    before
        .iter()
        .filter(|(_, v)| within(v))
        .max_by_key(|(s, _)| s.start)
        .copied()
        .unwrap_or(nearest)
}

/// Every place a date fact is written, with its value; ranges (`2025-01/2025-06`) left out.
fn dated_spans<'a>(facts: &'a [Located<'_>]) -> Vec<(Span, &'a str)> {
    facts
        .iter()
        .filter_map(|l| match &l.date {
            Some(v) if !v.contains('/') => Some((l, v.as_str())),
            _ => None,
        })
        .flat_map(|(l, v)| l.spans.iter().map(move |s| (*s, v)))
        .collect()
}

/// The date a date fact names for the ledger: its value, except that a relative day (`今天`,
/// `昨日`) counts from the dateline's day when the dateline names one (`本报济南3月11日讯…
/// 今天上午…集中开工` on the 12th's page: the 11th), since the reporter wrote it that day; the
/// extractor reads it against the edition's date, which stays when the dateline names no day.
pub(super) fn date_value(
    fact: &Fact,
    dateline: Option<&str>,
    edition: Option<&str>,
) -> Option<String> {
    if fact.kind != FactKind::Date {
        return None;
    }
    let Some(FactValue::Text(v)) = &fact.value else {
        return None;
    };
    let relative = fact.flags.iter().any(|f| f == "relative");
    let offset = relative
        .then(|| day_offset(&fold(fact.text.trim())))
        .flatten();
    let shifted = match (offset, dateline) {
        (Some(d), Some(day)) if edition.is_some_and(|e| e != day) => add_days(day, d),
        _ => None,
    };
    Some(shifted.unwrap_or_else(|| v.clone()))
}

/// The day an article's dateline names (`本报济南3月11日讯`), in the edition's year, or the
/// year before when that would put it after the edition (a dateline of 12月31日 on a 1 January
/// page).
pub(super) fn dateline_day(article: &Article) -> Option<String> {
    let dateline: Vec<char> = fold(article.dateline.as_deref()?).chars().collect();
    let edition = article.date.as_deref().filter(|d| is_day(d))?;
    let year: i32 = edition.get(..4)?.parse().ok()?;
    let day_in = |y: i32| {
        scan(&dateline, Some(y))
            .into_iter()
            .filter(|h| h.names_a_day())
            .map(|h| h.value)
            .find(|v| is_day(v))
    };
    let day = day_in(year)?;
    if day.as_str() > edition {
        return day_in(year.checked_sub(1)?);
    }
    Some(day)
}

/// `YYYY-MM-DD` moved by `delta` days.
fn add_days(day: &str, delta: i64) -> Option<String> {
    let y: i32 = day.get(..4)?.parse().ok()?;
    let m: u32 = day.get(5..7)?.parse().ok()?;
    let d: u32 = day.get(8..10)?.parse().ok()?;
    let (y, m, d) = from_days(to_days(y, m, d).checked_add(delta)?)?;
    Some(iso(y, m, d))
}

/// The same-day words of a sentence, in its chars.
fn same_day_words(at: &ArticleText, sentence: &Span) -> Vec<Span> {
    let chars = at.folded(sentence);
    let mut out = Vec::new();
    for i in 0..chars.len() {
        let starts = |w: &str| crate::facts::at(chars, i, w);
        if let Some(w) = SAME_DAY.iter().find(|w| starts(w)) {
            if !NOT_SAME_DAY.iter().any(|n| starts(n)) {
                out.push(Span {
                    text: sentence.text,
                    start: sentence.start + i,
                    end: sentence.start + i + w.chars().count(),
                });
            }
        }
    }
    out
}

/// The day a same-day word refers back to: the nearest day (`YYYY-MM-DD`) written before it in
/// its paragraph, else in the texts before (reading order). A month or a year is no day to refer
/// to, and a date after the word is never its day.
fn day_before(dates: &[(Span, &str)], word: &Span) -> Option<String> {
    dates
        .iter()
        .filter(|(s, _)| (s.text, s.start) < (word.text, word.start))
        .filter(|(_, v)| is_day(v))
        .max_by_key(|(s, _)| (s.text, s.start))
        .map(|(_, v)| (*v).to_owned())
}

/// Whether a date's value names one day (`2026-06-18`), not a month or a year.
fn is_day(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_whole_day_is_referred_back_to() {
        assert!(is_day("2026-06-18"));
        assert!(!is_day("2026-06"));
        assert!(!is_day("2026"));
        assert!(!is_day("2026-06-18/2026-06-19"));
    }

    #[test]
    fn a_day_before_the_word_in_reading_order() {
        let at = |text, start| Span {
            text,
            start,
            end: start + 5,
        };
        let dates = [
            (at(1, 0), "2026-06-18"),
            (at(1, 20), "2026-06"),
            (at(2, 30), "2026-06-25"),
        ];
        // The month between is skipped; a day after the word is not its day.
        assert_eq!(
            day_before(&dates, &at(2, 10)).as_deref(),
            Some("2026-06-18")
        );
        assert_eq!(
            day_before(&dates, &at(2, 40)).as_deref(),
            Some("2026-06-25")
        );
        assert_eq!(day_before(&dates, &at(0, 3)), None);
    }
}
