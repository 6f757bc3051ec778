//! A test archive: pages laid out by date in the ways archives are (`2025/12/24/03.txt`,
//! `2025-12-24/03.txt`, `科学导报_20251224_03.txt`, `20251224-03.txt`, loose files), some with a
//! page header or footer and some without, their text taken from tests/pages and the sample.
//! Each page comes with the edition fields a correct reader finds.

use std::path::Path;

/// What a generated page is.
#[derive(Debug, Clone, PartialEq)]
pub struct Expected {
    /// Path under the archive root, `/`-separated.
    pub rel: String,
    pub paper: Option<String>,
    pub date: Option<String>,
    pub page_no: Option<u32>,
    pub section: Option<String>,
    pub header: bool,
}

/// Days since 1970-01-01 → (year, month, day) (Howard Hinnant's civil_from_days).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The page texts the archive is made of, without their own header and footer lines.
fn bodies() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = vec![std::fs::read_to_string(root.join("assets/sample.txt")).unwrap()];
    let mut pages: Vec<_> = std::fs::read_dir(root.join("tests/pages"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    pages.sort();
    for p in pages {
        texts.push(std::fs::read_to_string(p).unwrap());
    }
    texts
        .into_iter()
        .map(|t| {
            t.lines()
                // No line that states an edition (a header, an export's labelled field).
                .filter(|l| dubao::ingest::edition::from_header(l) == Default::default())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

const SECTIONS: &[&str] = &["要闻", "园区经济", "开发区", "科技创新"];
const WEEKDAYS: &[&str] = &["四", "五", "六", "日", "一", "二", "三"];

/// Writes `n` pages under `dir` and says what each is.
pub fn write(dir: &Path, n: usize) -> Vec<Expected> {
    let bodies = bodies();
    let start = 20_040; // 2024-11-14
    let mut out = Vec::new();
    for k in 0..n {
        let days = start + (k as i64) * 9;
        let (y, m, d) = civil(days);
        let weekday = WEEKDAYS[days.rem_euclid(7) as usize];
        let date = format!("{y:04}-{m:02}-{d:02}");
        let page_no = 1 + (k % 8) as u32;
        let section = SECTIONS[k % SECTIONS.len()];
        let layout = k % 5;
        let mut paper = if k % 7 == 3 && layout != 2 {
            "山西经济日报"
        } else {
            "科学导报"
        };
        let (mut rel, path_paper, path_page) = match layout {
            0 => (format!("{y:04}/{m:02}/{d:02}/{page_no:02}.txt"), None, true),
            1 => (format!("{date}/{page_no:02}.txt"), None, true),
            2 => (
                format!("科学导报_{y:04}{m:02}{d:02}_{page_no:02}.txt"),
                Some("科学导报"),
                true,
            ),
            3 => (format!("{y:04}{m:02}{d:02}-{page_no:02}.txt"), None, true),
            _ => (format!("misc/page-{k:02}.txt"), None, false),
        };
        let header_kind = if layout == 4 { 0 } else { k % 4 };
        let with_header = if layout == 4 { k % 10 == 4 } else { k % 3 != 2 };
        let mut page_no_out = Some(page_no);
        // The last page shares the previous one's edition under another paper's name.
        if k + 1 == n && n > 1 {
            if let Some(prev) = out.last().cloned() {
                let prev: Expected = prev;
                rel = format!("other/{}", prev.rel);
                paper = "山西日报";
                let body = &bodies[k % bodies.len()];
                let (py, pm, pd) = {
                    let p = prev.date.clone().unwrap();
                    (p[..4].to_owned(), p[5..7].to_owned(), p[8..].to_owned())
                };
                let pn = prev.page_no.unwrap();
                let text = format!(
                    "山西日报　{py}年{}月{}日　星期一　第 {pn} 版　{section}\n\n{body}\n",
                    pm.trim_start_matches('0'),
                    pd.trim_start_matches('0')
                );
                let path = dir.join(&rel);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, text).unwrap();
                out.push(Expected {
                    rel,
                    paper: Some(paper.into()),
                    date: prev.date.clone(),
                    page_no: prev.page_no,
                    section: Some(section.into()),
                    header: true,
                });
                continue;
            }
        }
        let body = &bodies[k % bodies.len()];
        let (text, exp_paper, exp_section) = if with_header {
            let (mo, da) = (m, d);
            match header_kind {
                0 => (
                    format!("{paper}　{y}年{mo}月{da}日　星期{weekday}　第 {page_no} 版　{section}\n\n{body}\n"),
                    Some(paper),
                    Some(section),
                ),
                1 => (
                    format!("{y}年{mo}月{da}日 星期{weekday} {page_no} {section}\n\n{body}\n"),
                    path_paper,
                    Some(section),
                ),
                2 => (
                    format!("{paper} {y} 年 {mo} 月 {da} 日 {page_no} 版\n\n{body}\n"),
                    Some(paper),
                    None,
                ),
                _ => (
                    format!("{body}\n\n{date} | 第{page_no:02}版：{section} | {paper}\n"),
                    Some(paper),
                    Some(section),
                ),
            }
        } else {
            page_no_out = path_page.then_some(page_no);
            (format!("{body}\n"), path_paper, None)
        };
        let path = dir.join(&rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        let dated = with_header || layout != 4;
        out.push(Expected {
            rel,
            paper: exp_paper.map(Into::into),
            date: dated.then(|| date.clone()),
            page_no: page_no_out,
            section: exp_section.map(Into::into),
            header: with_header,
        });
    }
    out
}
