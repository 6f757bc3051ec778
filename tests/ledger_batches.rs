//! What the ledger must not take for one project: a zone's batch of projects (stop 49).

use dubao::facts::{self, Extractor};
use dubao::ledger;

/// The names of the ledger of a page written from its text.
fn names(text: &str) -> Vec<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("page.txt"), text).expect("write");
    let (mut corpus, errors) = dubao::ingest::load_paths(&[dir.path().to_path_buf()]);
    assert!(errors.is_empty(), "{errors:?}");
    facts::fill(&mut corpus, &Extractor::new());
    ledger::build(&corpus).into_iter().map(|r| r.name).collect()
}

/// A zone's name with generic words and a period (`贵安新区招商引资项目`, `贵安新区项目`,
/// `贵安新区2026年第二季度招商引资项目`) is the zone's batch of 38 projects, not one of them; the
/// projects the batch lists stay.
#[test]
fn a_zones_batch_of_projects_is_no_project() {
    let got = names(
        "贵州日报　2026年6月19日　星期五　第3版　要闻\n\n贵安新区项目集中签约\n\n\
         \u{3000}\u{3000}6月18日，贵安新区招商引资项目集中签约仪式举行，38个项目现场签约。\
         贵安新区2026年第二季度招商引资项目签约额463亿元。\n\n\
         \u{3000}\u{3000}贵阳经开区签约项目6个，签约额31亿元，包括年产5000吨锂电池隔膜项目等。\n",
    );
    assert_eq!(got, ["年产5000吨锂电池隔膜项目"]);
}
