//! Builds a realistic newspaper archive for benchmarks: `YYYY/MM/DD/NN.txt`, eight pages a day.
//!
//! `cargo run --release --example make_archive -- DIR N [SEED]`
//!
//! Pages are assembled from the articles of the sample page and of `tests/pages/`, in a different
//! order and mix on every page, with their numbers, people and places varied and the page header
//! dated to the edition, so no two pages are alike (an index or cache cannot cheat on repeats).
//! Encodings are mixed as real archives are: 60 % UTF-8, 20 % UTF-8 with a BOM (some with CRLF),
//! 20 % GB18030. Deterministic for a given seed.

use std::path::{Path, PathBuf};

const SAMPLE: &str = include_str!("../assets/sample.txt");
/// Pages a day: a small daily paper.
const PER_DAY: usize = 8;
const PAPERS: [&str; 3] = ["科学导报", "山西经济日报", "太原晚报"];
const SECTIONS: [&str; 6] = ["要闻", "园区经济", "综合", "产业", "县域", "视点"];
const SURNAMES: &str = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
const GIVEN: &str =
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国文斌晓东海峰宇浩然子轩雨欣";
const PLACES: [&str; 16] = [
    "运城", "河津", "襄垣", "尧都", "沁源", "上党", "晋城", "长治", "大同", "朔州", "忻州", "吕梁",
    "晋中", "阳泉", "临汾", "清徐",
];

/// A small deterministic generator (SplitMix64): the archive must be the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Articles (blocks separated by two or more blank lines) of the sample and the test pages,
/// without their page headers and footers, which every generated page gets anew.
fn article_pool(pages_dir: &Path) -> Vec<String> {
    let mut texts = vec![SAMPLE.to_owned()];
    if let Ok(entries) = std::fs::read_dir(pages_dir) {
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        {
            if let Ok(t) = std::fs::read_to_string(p) {
                texts.push(t);
            }
        }
    }
    let mut pool = Vec::new();
    for text in texts {
        let text = text.replace("\r\n", "\n");
        for block in text.split("\n\n\n") {
            let kept: Vec<&str> = block.lines().filter(|l| !is_header_or_footer(l)).collect();
            let block = kept.join("\n");
            if block.trim().chars().count() > 40 {
                pool.push(block.trim_matches('\n').to_owned());
            }
        }
    }
    pool
}

/// Page headers (`山西经济日报　2026年1月8日　星期四　第 3 版`) and `责任编辑` footers.
fn is_header_or_footer(line: &str) -> bool {
    line.contains("星期") || line.starts_with("责任编辑")
}

/// Replaces ASCII digit runs (except four-digit years) with other numbers of the same length.
fn vary_numbers(text: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String, rng: &mut Rng| {
        if run.len() == 4 || run.is_empty() {
            out.push_str(run);
        } else {
            for (i, _) in run.chars().enumerate() {
                let d = if i == 0 {
                    1 + rng.below(9)
                } else {
                    rng.below(10)
                };
                out.push(char::from(b'0' + d as u8));
            }
        }
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            flush(&mut run, &mut out, rng);
            out.push(c);
        }
    }
    flush(&mut run, &mut out, rng);
    out
}

/// A two- or three-character personal name.
fn name(rng: &mut Rng) -> String {
    let s: Vec<char> = SURNAMES.chars().collect();
    let g: Vec<char> = GIVEN.chars().collect();
    let mut n = String::new();
    n.push(*rng.pick(&s));
    for _ in 0..1 + rng.below(2) {
        n.push(*rng.pick(&g));
    }
    n
}

/// One page: a dated header, four to six varied articles, an editor footer.
fn page(pool: &[String], rng: &mut Rng, date: (i32, u32, u32), no: usize) -> String {
    let (y, m, d) = date;
    let paper = *rng.pick(&PAPERS);
    let section = *rng.pick(&SECTIONS);
    let weekday = ["一", "二", "三", "四", "五", "六", "日"][rng.below(7)];
    let mut text = format!("{paper}　{y}年{m}月{d}日　星期{weekday}　第 {no} 版　{section}\n\n");
    let count = 4 + rng.below(3);
    let place_from = *rng.pick(&PLACES);
    let place_to = *rng.pick(&PLACES);
    for _ in 0..count {
        let source = rng.below(pool.len());
        let mut article = vary_numbers(&pool[source], rng);
        article = article.replace(place_from, place_to);
        for old in [
            "刘少伟",
            "刘记明",
            "刘静",
            "郭晓丽",
            "王晓",
            "李国栋",
            "赵文斌",
        ] {
            if article.contains(old) {
                article = article.replace(old, &name(rng));
            }
        }
        text.push_str(&article);
        text.push_str("\n\n\n");
    }
    text.push_str(&format!("责任编辑：{}　校对：{}\n", name(rng), name(rng)));
    text
}

/// The page's bytes in one of the archive's encodings.
fn encode(text: &str, rng: &mut Rng) -> Vec<u8> {
    match rng.below(10) {
        0..=5 => text.as_bytes().to_vec(),
        6 => {
            let mut b = vec![0xEF, 0xBB, 0xBF];
            b.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
            b
        }
        7 => {
            let mut b = vec![0xEF, 0xBB, 0xBF];
            b.extend_from_slice(text.as_bytes());
            b
        }
        _ => encoding_rs::GB18030.encode(text).0.into_owned(),
    }
}

/// The day after `date` (proleptic Gregorian).
fn next_day((y, m, d): (i32, u32, u32)) -> (i32, u32, u32) {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if d < days[(m - 1) as usize] {
        (y, m, d + 1)
    } else if m < 12 {
        (y, m + 1, 1)
    } else {
        (y + 1, 1, 1)
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(n)) = (args.first(), args.get(1)) else {
        return Err("usage: make_archive DIR N [SEED]".into());
    };
    let n: usize = n.parse()?;
    let seed: u64 = args.get(2).map(|s| s.parse()).transpose()?.unwrap_or(2025);
    let pool = article_pool(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages"));
    let mut rng = Rng(seed);
    let mut date = (2016, 1, 1);
    let mut bytes = 0usize;
    for i in 0..n {
        if i > 0 && i % PER_DAY == 0 {
            date = next_day(date);
        }
        let no = i % PER_DAY + 1;
        let folder = Path::new(dir).join(format!("{:04}/{:02}/{:02}", date.0, date.1, date.2));
        std::fs::create_dir_all(&folder)?;
        let data = encode(&page(&pool, &mut rng, date, no), &mut rng);
        bytes += data.len();
        std::fs::write(folder.join(format!("{no:02}.txt")), data)?;
    }
    eprintln!("{n} pages, {bytes} bytes in {dir}");
    Ok(())
}
