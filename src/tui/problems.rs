//! What a load met, as the reader shows it: the files it could not read or skipped, and the
//! notes — pages it read all the same (damaged bytes replaced, a false byte-order mark read
//! past) and the cache's notices. A page in the list is never counted as skipped.

use super::i18n::{problems, Lang};
use crate::cache::Notice;
use crate::error::LoadError;
use crate::text::sanitize::for_terminal;

/// The reader's two lists of load messages, each a line sanitised for the terminal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    /// Files not read (`path: reason`), or skipped (a FIFO, a link loop).
    pub skipped: Vec<String>,
    /// Pages read with a note, then the cache's notices.
    pub notes: Vec<String>,
}

impl Problems {
    /// Sorts `errors` into skipped files and notes on pages read anyway; `notices` (the
    /// cache's) are notes. Each is said in `lang`.
    pub fn of<'a>(
        errors: impl IntoIterator<Item = &'a LoadError>,
        notices: Vec<Notice>,
        lang: Lang,
    ) -> Problems {
        let mut p = Problems::default();
        for e in errors {
            let line = for_terminal(&problems::load_error(e, lang));
            if e.problem.page_loaded() {
                p.notes.push(line);
            } else {
                p.skipped.push(line);
            }
        }
        p.notes.extend(
            notices
                .iter()
                .map(|n| for_terminal(&problems::cache_notice(n, lang))),
        );
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::LoadProblem;

    fn err(path: &str, problem: LoadProblem) -> LoadError {
        LoadError {
            path: path.to_owned(),
            problem,
        }
    }

    #[test]
    fn a_page_read_with_a_note_is_not_skipped() {
        let errors = [
            err("a.bin", LoadProblem::Binary),
            err(
                "b.txt",
                LoadProblem::Damaged {
                    encoding: "UTF-8",
                    bad: 2,
                },
            ),
            err("fifo", LoadProblem::NotRegular("a FIFO")),
            err(
                "c\u{1b}[2J.txt",
                LoadProblem::FalseBom {
                    bom: "UTF-16LE",
                    encoding: "UTF-8",
                    bad: 0,
                },
            ),
        ];
        let catalog = || vec![Notice::Catalog(crate::cache::notice::Why::Damaged)];
        let p = Problems::of(&errors, catalog(), Lang::En);
        assert_eq!(p.skipped.len(), 2, "{p:?}");
        assert!(p.skipped[0].starts_with("a.bin"));
        assert!(p.skipped[1].starts_with("fifo"));
        assert_eq!(p.notes.len(), 3, "{p:?}");
        assert!(p.notes[0].starts_with("b.txt: read as UTF-8"));
        assert!(!p.notes[1].contains('\u{1b}'), "{p:?}");
        assert!(p.notes[2].starts_with("cache catalog"));
        // The Chinese reader says the same in Chinese.
        let p = Problems::of(&errors, catalog(), Lang::Zh);
        assert_eq!(p.skipped[0], "a.bin: 二进制文件，不是文本版面");
        assert_eq!(p.skipped[1], "fifo: 命名管道，不是普通文件：已跳过");
        assert!(p.notes[0].starts_with("b.txt: 按 UTF-8 读取"));
        assert!(!p.notes[1].contains('\u{1b}'), "{p:?}");
        assert_eq!(p.notes[2], "缓存目录表已损坏：已忽略并重建");
    }
}
