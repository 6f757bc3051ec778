//! What a load met, in the interface language: why a file was skipped or read with a note, and
//! the cache's and the search index's notices. The CLI prints the library's English lines; the
//! reader says them in Chinese too, naming the file as given (sanitised by the caller).

use super::ledger::pick;
use super::Lang;
use crate::cache::notice::{Notice, Why};
use crate::error::{human_size, LoadError, LoadProblem};
use crate::index::store::IndexNotice;

/// `path: why`, the line the reader's list of skipped files splits at its first `: `.
pub fn load_error(e: &LoadError, lang: Lang) -> String {
    match lang {
        Lang::En => e.to_string(),
        Lang::Zh => format!("{}: {}", e.path, problem_zh(&e.problem)),
    }
}

/// Why a file did not load (or loaded with a note), in Chinese.
fn problem_zh(p: &LoadProblem) -> String {
    match p {
        LoadProblem::Io(e) => format!("无法读取：{e}"),
        LoadProblem::Binary => "二进制文件，不是文本版面".to_owned(),
        LoadProblem::Undecodable => "不是有效的 UTF-8、UTF-16 或 GB18030 文本".to_owned(),
        LoadProblem::Unsupported(what) => format!("不支持的编码（{}）", encoding_zh(what)),
        LoadProblem::NotFound => "没有这个文件或目录".to_owned(),
        LoadProblem::Big5 => {
            "不支持 Big5 编码（请先转为 UTF-8，例如 `iconv -f BIG5 -t UTF-8`）".to_owned()
        }
        LoadProblem::TooLarge(limit) => {
            format!("超过版面大小上限 {}（--max-page-size）", human_size(*limit))
        }
        LoadProblem::Loop(to) => format!("符号链接循环回到 {to}：未跟随"),
        LoadProblem::BrokenLink => "符号链接已失效：已跳过".to_owned(),
        LoadProblem::NoPages => "其中没有 *.txt 版面：未载入任何内容".to_owned(),
        LoadProblem::NotRegular(kind) => format!("{}，不是普通文件：已跳过", special_zh(kind)),
        LoadProblem::Damaged { encoding, bad } => {
            format!("按 {encoding} 读取{}", damaged_zh(*bad))
        }
        LoadProblem::Windows1252 { count } => {
            format!("按 UTF-8 读取，其中 {count} 个 Windows-1252 标点字节按原意读作“ ” ‘ ’ – —")
        }
        LoadProblem::Empty => "空版面：其中没有文本".to_owned(),
        LoadProblem::FalseBom { bom, encoding, bad } => format!(
            "字节序标记为 {bom}，但文本不是：按 {encoding} 读取{}",
            damaged_zh(*bad)
        ),
    }
}

/// `，2 个损坏字节已替换为 U+FFFD`, or nothing when none was.
fn damaged_zh(bad: usize) -> String {
    if bad == 0 {
        String::new()
    } else {
        format!("，{bad} 个损坏字节已替换为 U+FFFD")
    }
}

/// The encodings the decoder names when it refuses one.
fn encoding_zh(what: &str) -> &str {
    match what {
        "UTF-16 without a byte-order mark" => "无字节序标记的 UTF-16",
        other => other,
    }
}

/// The kinds of special file the walk names.
fn special_zh(kind: &str) -> &str {
    match kind {
        "a FIFO" => "命名管道",
        "a socket" => "套接字",
        "a character device" => "字符设备",
        "a block device" => "块设备",
        "a special file" => "特殊文件",
        other => other,
    }
}

/// A notice of the page cache.
pub fn cache_notice(n: &Notice, lang: Lang) -> String {
    match lang {
        Lang::En => n.to_string(),
        Lang::Zh => match n {
            Notice::NoDirectory => "此系统没有缓存目录：逐页读取".to_owned(),
            Notice::Unavailable { reason } => format!("{reason}：不用缓存，逐页读取"),
            Notice::OlderLayout => "缓存由旧版 dubao 写入：已重建".to_owned(),
            Notice::Catalog(why) => format!("缓存目录表{}：已忽略并重建", why_zh(*why)),
            Notice::Summary(why) => format!("缓存中的版面摘要{}：已忽略并重建", why_zh(*why)),
            Notice::DamagedEntries { count } => {
                format!("{count} 个缓存条目已损坏：已忽略并重建")
            }
        },
    }
}

fn why_zh(why: Why) -> &'static str {
    match why {
        Why::Damaged => "已损坏",
        Why::OtherVersion => "由其他版本的 dubao 写入",
        Why::OtherBuild => "由其他构建的 dubao 写入",
    }
}

/// A notice of the kept search index.
pub fn index_notice(n: &IndexNotice, lang: Lang) -> String {
    let en = n.to_string();
    pick(
        lang,
        match n {
            IndexNotice::Damaged { dir } => format!("搜索索引 {dir} 已损坏：已重建"),
            IndexNotice::OtherVersion { dir } => {
                format!("搜索索引 {dir} 由其他版本的 dubao 生成：已重建")
            }
            IndexNotice::Busy { dir } => {
                format!("搜索索引 {dir} 正由另一个 dubao 使用：在内存中建立索引")
            }
            IndexNotice::Unusable { dir, why } => {
                format!("搜索索引 {dir}：{why}：在内存中建立索引")
            }
            IndexNotice::NoIndex { why } => format!("搜索索引：{why}：不用索引搜索"),
        },
        en,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(problem: LoadProblem) -> LoadError {
        LoadError {
            path: "a/b.txt".to_owned(),
            problem,
        }
    }

    #[test]
    fn a_skipped_file_is_named_with_its_reason_in_either_language() {
        let e = err(LoadProblem::Binary);
        assert_eq!(
            load_error(&e, Lang::En),
            "a/b.txt: binary file, not a text page"
        );
        assert_eq!(
            load_error(&e, Lang::Zh),
            "a/b.txt: 二进制文件，不是文本版面"
        );
        let e = err(LoadProblem::Damaged {
            encoding: "UTF-8",
            bad: 2,
        });
        assert_eq!(
            load_error(&e, Lang::Zh),
            "a/b.txt: 按 UTF-8 读取，2 个损坏字节已替换为 U+FFFD"
        );
        let e = err(LoadProblem::Unsupported("UTF-16 without a byte-order mark"));
        assert_eq!(
            load_error(&e, Lang::Zh),
            "a/b.txt: 不支持的编码（无字节序标记的 UTF-16）"
        );
    }

    /// Every reason has its Chinese: none falls back to the English line.
    #[test]
    fn no_reason_is_left_in_english() {
        let all = [
            LoadProblem::Io(std::io::Error::other("x")),
            LoadProblem::Binary,
            LoadProblem::Undecodable,
            LoadProblem::Unsupported("UTF-32"),
            LoadProblem::NotFound,
            LoadProblem::Big5,
            LoadProblem::TooLarge(1 << 20),
            LoadProblem::Loop("d".to_owned()),
            LoadProblem::BrokenLink,
            LoadProblem::NoPages,
            LoadProblem::NotRegular("a FIFO"),
            LoadProblem::Damaged {
                encoding: "GB18030",
                bad: 1,
            },
            LoadProblem::Windows1252 { count: 2 },
            LoadProblem::Empty,
            LoadProblem::FalseBom {
                bom: "UTF-16LE",
                encoding: "UTF-8",
                bad: 0,
            },
        ];
        for p in all {
            let zh = problem_zh(&p);
            assert_ne!(zh, p.to_string());
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{zh}"
            );
        }
    }

    #[test]
    fn notices_in_either_language() {
        let n = Notice::Catalog(Why::Damaged);
        assert_eq!(cache_notice(&n, Lang::En), n.to_string());
        assert_eq!(cache_notice(&n, Lang::Zh), "缓存目录表已损坏：已忽略并重建");
        let n = IndexNotice::OtherVersion {
            dir: "/c/index".to_owned(),
        };
        assert_eq!(
            index_notice(&n, Lang::En),
            "search index /c/index was made by another version of dubao: rebuilt"
        );
        assert_eq!(
            index_notice(&n, Lang::Zh),
            "搜索索引 /c/index 由其他版本的 dubao 生成：已重建"
        );
    }
}
