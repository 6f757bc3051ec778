//! A weather box's lines (`济南：晴转多云　3℃～15℃　南风3级`) and its issuer
//! (`（山东省气象台3月11日17时发布）`). Short and unpunctuated, they had read as a title group:
//! the box's first city as a kicker, the next as the title, the issuer as a subtitle, and the
//! paper's address line under them as the article's only paragraph.

use crate::ingest::shape::{in_round_brackets, trim_pad};

/// The longest line read as a forecast: a city, the sky, a range of temperatures and the wind.
const WEATHER_LINE_MAX_CHARS: usize = 40;

/// Chars that name the sky in a forecast (`晴`, `多云`, `小雨`, `阴转雪`, `雾`, `霾`).
const SKY: &[char] = &['晴', '阴', '陰', '云', '雲', '雨', '雪', '雾', '霧', '霾'];

/// Whether a line is a weather box's line: a forecast (a range of temperatures, `3℃～15℃` or
/// `3～15℃`, and a word for the sky) or the forecast's issuer in brackets (`（…气象台…发布）`).
/// A headline about the weather names one temperature (`最低气温降至-5℃`), not a range and a sky.
pub(super) fn is_weather_line(text: &str, chars: usize) -> bool {
    if chars > WEATHER_LINE_MAX_CHARS {
        return false;
    }
    let t = trim_pad(text);
    is_forecast(t) || is_issuer(t)
}

/// A range of temperatures and a word for the sky.
fn is_forecast(t: &str) -> bool {
    t.contains('℃') && has_temperature_range(t) && t.contains(SKY)
}

/// Two numbers joined by a range mark before a `℃`: `3℃～15℃`, `-2～8℃`, `3至15℃`.
fn has_temperature_range(t: &str) -> bool {
    let is_range = |c: char| matches!(c, '～' | '~' | '〜' | '至' | '－' | '-' | '—');
    let chars: Vec<char> = t.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        is_range(c)
            && i > 0
            && chars
                .get(i - 1)
                .is_some_and(|p| p.is_ascii_digit() || *p == '℃')
            && chars.get(i + 1..).is_some_and(|rest| {
                let rest = rest
                    .iter()
                    .skip_while(|c| matches!(c, '-' | '－'))
                    .collect::<String>();
                let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
                digits > 0 && rest.chars().nth(digits) == Some('℃')
            })
    })
}

/// `（山东省气象台3月11日17时发布）`: a forecast's issuer and time in brackets.
fn is_issuer(t: &str) -> bool {
    in_round_brackets(t).is_some_and(|inner| {
        ["气象台", "气象局", "气象中心", "氣象台", "氣象局"]
            .iter()
            .any(|w| inner.contains(w))
            && inner.ends_with("发布")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weather(t: &str) -> bool {
        is_weather_line(t, t.chars().count())
    }

    #[test]
    fn forecasts_and_their_issuer() {
        for line in [
            "　　济南：晴转多云　3℃～15℃　南风3级",
            "青岛：多云　5℃～11℃　东南风3～4级",
            "太原 小雨 -2～8℃",
            "（山东省气象台3月11日17时发布）",
        ] {
            assert!(weather(line), "{line}");
        }
    }

    #[test]
    fn headlines_about_the_weather_are_not_forecasts() {
        for line in [
            "寒潮来袭　最低气温降至-5℃",
            "园区投资3～5亿元项目12个",
            "今年雨水偏多　开发区加强防汛",
            "（记者　王川）",
        ] {
            assert!(!weather(line), "{line}");
        }
    }
}
