//! The config's problems in the interface language: `config.toml：第 3 行：未知设置 "colour"` /
//! `config.toml: line 3: unknown setting "colour"`. TOML's own syntax messages and the
//! system's reasons stay as their libraries word them.

use super::Lang;
use crate::tui::config::{Expected, Warning, What};

/// One config problem, as the status line shows it.
pub fn warning(w: &Warning, lang: Lang) -> String {
    match lang {
        Lang::En => w.to_string(),
        Lang::Zh => {
            let place = match (&w.file, w.line) {
                (Some(file), Some(n)) => format!("{file}：第 {n} 行"),
                (Some(file), None) => file.clone(),
                (None, Some(n)) => format!("配置第 {n} 行"),
                (None, None) => "配置".to_owned(),
            };
            format!("{place}：{}", what_zh(&w.what))
        }
    }
}

/// Every problem of the config, joined for one status line.
pub fn warnings(ws: &[Warning], lang: Lang) -> String {
    let sep = match lang {
        Lang::Zh => "；",
        Lang::En => "; ",
    };
    ws.iter()
        .map(|w| warning(w, lang))
        .collect::<Vec<_>>()
        .join(sep)
}

fn what_zh(what: &What) -> String {
    match what {
        What::NotFound => "找不到配置文件".to_owned(),
        What::Unreadable(e) => format!("无法读取配置：{e}"),
        What::Syntax(message) => format!("无法解析：{message}"),
        What::MustBe { key, expected } => format!("{key} 须为{}", expected_zh(*expected)),
        What::UnknownSetting(name) => format!("未知设置 {name:?}"),
        What::KeysNotTable => "keys 须为表：[keys]".to_owned(),
        What::KeysNotList(command) => format!("{command} 的按键须为一个键或键的列表"),
        What::UnknownCommand(name) => format!("[keys] 中有未知命令 {name:?}"),
        What::CtrlCAlwaysQuits(command) => format!("Ctrl-c 总是退出，不绑定到 {command}"),
        What::UnreadableKey { key, command } => format!("无法识别 {command} 的按键 {key:?}"),
        What::KeyMoved { key, from, to } => format!("{key} 原是 {from} 的键，现归 {to}"),
        What::NoQuitKey => "[keys] 没给 quit 留键；Ctrl-c 仍可退出".to_owned(),
    }
}

fn expected_zh(e: Expected) -> &'static str {
    match e {
        Expected::Theme => " \"dark\"、\"light\" 或 \"mono\"",
        Expected::OneOrTwo => " 1 或 2",
        Expected::Lang => " \"zh\" 或 \"en\"",
        Expected::Size => "大小（如 \"64M\"）或字节数",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_problem_reads_in_either_language_with_its_file_and_line() {
        let w = Warning::at(Some(3), What::UnknownSetting("colour".into())).in_file("c.toml");
        assert_eq!(
            warning(&w, Lang::En),
            "c.toml: line 3: unknown setting \"colour\""
        );
        assert_eq!(
            warning(&w, Lang::Zh),
            "c.toml：第 3 行：未知设置 \"colour\""
        );
        let keys = Warning::at(
            Some(7),
            What::KeyMoved {
                key: "n".into(),
                from: "next_hit".into(),
                to: "search".into(),
            },
        );
        assert_eq!(
            warnings(&[keys, Warning::at(None, What::NoQuitKey)], Lang::Zh),
            "配置第 7 行：n 原是 next_hit 的键，现归 search；配置：[keys] 没给 quit 留键；Ctrl-c 仍可退出"
        );
        let size = Warning::at(
            Some(1),
            What::MustBe {
                key: "max_page_size".into(),
                expected: Expected::Size,
            },
        );
        assert_eq!(
            warning(&size, Lang::Zh),
            "配置第 1 行：max_page_size 须为大小（如 \"64M\"）或字节数"
        );
    }
}
