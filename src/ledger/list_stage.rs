//! The stage a list's projects share: the one its title reports (`集中签约 12 个重点项目`) or a
//! paragraph's count of the batch (`本次集中开工项目11个…其中，…`).

use super::attach::Located;
use super::dating::first_date;
use super::mentions::{ArticleText, Part, Span};
use super::stage::{stage_in_clause, Stage};
use super::StageEvent;
use crate::model::Article;

/// A project named in an article whose title reports a stage (`集中签约 12 个重点项目`,
/// `一季度 11 个项目集中开工`), with no stage of its own in its clause, is at that stage: it is in
/// the list the title sums up. Dated by the first paragraph sentence that reports the stage,
/// else the article's date.
pub fn title_stage(
    article: &Article,
    at: &ArticleText,
    facts: &[Located<'_>],
) -> Option<StageEvent> {
    let stage = at
        .texts
        .iter()
        .filter(|t| matches!(t.part, super::mentions::Part::Title(_)))
        .filter_map(|t| stage_in_clause(&t.folded, 0..0).map(|(s, _)| s))
        .max()?;
    let sentence = at
        .texts
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(t.part, super::mentions::Part::Para(_)))
        .find_map(|(i, t)| {
            let (_, pos) = stage_in_clause(&t.folded, 0..0).filter(|(s, _)| *s == stage)?;
            Some(at.sentence(&Span {
                text: i,
                start: pos,
                end: pos + 1,
            }))
        });
    let undated = match sentence {
        Some(sent) => {
            let sections = super::section::sections(&article.paragraphs);
            super::section::undated(
                &super::section::of(&sections, at, &sent),
                article.date.as_deref(),
            )
        }
        None => article.date.clone(),
    };
    let date = sentence
        .and_then(|sent| first_date(at, facts, &sent, usize::MAX))
        .or(undated);
    Some(StageEvent {
        stage,
        date,
        article: article.id.clone(),
    })
}

/// The stage a paragraph's count of a batch reports (`本次集中开工项目11个，总投资136亿元。
/// 其中，…甲项目…；…乙项目…`): the projects named after it with no stage of their own are in
/// the batch, as under a title that reports it ([`title_stage`]). With the sentence, after
/// which it holds; dated by the nearest date before it in its paragraph, else as a title's
/// stage. Until stop 53 only a title's `集中开工` gave the list its stage.
pub fn batch_stage(
    article: &Article,
    at: &ArticleText,
    facts: &[Located<'_>],
) -> Option<(StageEvent, Span)> {
    let (i, t) = at
        .texts
        .iter()
        .enumerate()
        .find(|(_, t)| matches!(t.part, Part::Para(_)) && batch_word(&t.folded).is_some())?;
    let (stage, pos) = batch_word(&t.folded)?;
    let sentence = at.sentence(&Span {
        text: i,
        start: pos,
        end: pos + 1,
    });
    let upto = Span {
        start: 0,
        ..sentence
    };
    let sections = super::section::sections(&article.paragraphs);
    let undated = super::section::undated(
        &super::section::of(&sections, at, &sentence),
        article.date.as_deref(),
    );
    let date = first_date(at, facts, &upto, pos).or(undated);
    let event = StageEvent {
        stage,
        date,
        article: article.id.clone(),
    };
    Some((event, sentence))
}

/// A batch's stage in a text: `集中` right before a stage word whose sentence counts projects
/// (`本次集中开工项目11个`), with the stage word's offset.
fn batch_word(text: &[char]) -> Option<(Stage, usize)> {
    let mut from = 0;
    while let Some(k) = text.get(from..)?.windows(2).position(|w| w == ['集', '中']) {
        let word = from + k + 2;
        let sentence_end = text[word..]
            .iter()
            .position(|c| matches!(c, '。' | '！' | '？' | '；'))
            .map_or(text.len(), |e| word + e);
        let sentence = &text[word..sentence_end];
        let head = &sentence[..sentence.len().min(STAGE_WORD_MAX_CHARS)];
        if let Some((stage, 0)) = stage_in_clause(head, 0..0) {
            if super::batch::counts_projects(sentence) {
                return Some((stage, word));
            }
        }
        from = word;
    }
    None
}

/// Longest stage word, in chars (`投入使用`).
const STAGE_WORD_MAX_CHARS: usize = 4;
