//! The zone filter: the `--zone` option and the zone picker (narrowing by alias, no zone,
//! every zone of a kind).

use super::*;

#[test]
fn zone_option_starts_filtered_by_alias() {
    let settings = Settings {
        zone: Some("上党".into()),
        ..Settings::default()
    };
    let a = App::new(corpus(), vec![], settings);
    assert_eq!(a.visible, vec![1]);
}

#[test]
fn picker_narrows_by_alias_and_enter_applies() {
    let mut a = app();
    a.update(Action::Cmd(Command::ZoneFilter));
    assert!(matches!(a.mode, Mode::Picker(_)));
    // all, two zones, no zone
    assert_eq!(a.picker_items("").len(), 4);
    typed(&mut a, "上党");
    let items = a.picker_items("上党");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].label, "上党经济技术开发区");
    a.update(Action::Input(Input::Enter));
    assert_eq!(a.mode, Mode::Normal);
    assert_eq!(a.visible, vec![1]);
    assert_eq!(a.filter, ZoneFilter::Query("上党经济技术开发区".into()));
}

#[test]
fn picker_offers_no_zone_and_esc_only_closes() {
    let mut a = app();
    a.update(Action::Cmd(Command::ZoneFilter));
    // The interface speaks Chinese by default: the item is 无园区.
    typed(&mut a, "无园区");
    a.update(Action::Input(Input::Enter));
    assert_eq!(a.visible, vec![0]);
    a.update(Action::Cmd(Command::ZoneFilter));
    a.update(Action::Input(Input::Esc));
    assert_eq!(a.mode, Mode::Normal);
    assert_eq!(
        a.visible,
        vec![0],
        "Esc closes the picker and keeps the filter"
    );
    assert_eq!(a.filter, ZoneFilter::NoZone);
}

#[test]
fn picker_lists_every_zone_of_a_kind() {
    let a = app();
    let labels =
        |q: &str| -> Vec<String> { a.picker_items(q).into_iter().map(|it| it.label).collect() };
    assert_eq!(
        labels("经开区"),
        ["上党经济技术开发区", "运城经济技术开发区"]
    );
    assert!(labels("高新区").is_empty());
}
