//! The export prompt: formats by extension, `Tab` through them, and asking before overwriting.

use super::*;

#[test]
fn export_asks_before_overwriting() {
    let mut a = app();
    a.update(Action::Cmd(Command::Export));
    a.update(Action::Input(Input::Clear));
    typed(&mut a, "out.txt.bad");
    let e = a.update(Action::Input(Input::Enter));
    assert!(e.is_empty(), "unknown extension is refused");
    a.update(Action::Input(Input::Tab));
    assert!(matches!(&a.mode, Mode::Export(p) if p.path == "out.txt.csv"));
    let e = a.update(Action::Input(Input::Enter));
    assert!(
        matches!(&e[..], [Effect::Export { overwrite: false, entries, .. }] if entries.len() == 3)
    );
    a.update(Action::Exported {
        message: "wrote".into(),
        failed: false,
    });
    a.update(Action::Cmd(Command::Export));
    a.update(Action::Input(Input::Clear));
    typed(&mut a, "out.txt.csv");
    let e = a.update(Action::Input(Input::Enter));
    assert!(
        matches!(&e[..], [Effect::Export { overwrite: false, entries, .. }] if entries.len() == 3)
    );
    a.update(Action::ExportExists("out.txt.csv".into()));
    let e = a.update(Action::Input(Input::Enter));
    assert!(matches!(
        &e[..],
        [Effect::Export {
            overwrite: true,
            ..
        }]
    ));
    a.update(Action::Exported {
        message: "wrote".into(),
        failed: false,
    });
    assert_eq!(a.mode, Mode::Normal);
}

#[test]
fn export_tab_cycles_all_four_formats_and_an_unknown_one_is_named() {
    let mut a = app();
    a.update(Action::Cmd(Command::Export));
    a.update(Action::Input(Input::Clear));
    typed(&mut a, "facts.txt");
    assert!(a.update(Action::Input(Input::Enter)).is_empty());
    let notice = a.notice.clone().map(|n| n.text).unwrap_or_default();
    assert!(notice.starts_with("facts.txt: 未知格式"), "{notice}");
    a.lang = crate::tui::i18n::Lang::En;
    a.update(Action::Input(Input::Enter));
    let notice = a.notice.clone().map(|n| n.text).unwrap_or_default();
    assert!(notice.starts_with("facts.txt: unknown format"), "{notice}");
    assert!(matches!(&a.mode, Mode::Export(_)), "the prompt stays open");
    let mut seen = Vec::new();
    for _ in 0..4 {
        a.update(Action::Input(Input::Tab));
        if let Mode::Export(p) = &a.mode {
            seen.push(p.path.clone());
        }
    }
    assert_eq!(seen, ["facts.csv", "facts.json", "facts.md", "facts.tsv"]);
}
