//! A table row's name and the prose's name of one project in one article: a table lists a
//! project by its full name without `项目` (`宁德时代贵州…生产制造基地二期`) where the text says
//! `生产制造基地二期项目`. Neither is a form of the other (the suffix differs), so until stop 54
//! the article reported them as two projects.

use super::cluster::Identity;
use super::mentions::key;
use super::Record;

/// Suffixes the prose writes after a project's name.
const SUFFIXES: &[&str] = &["项目", "工程"];

/// Fewest chars the prose's name keeps without its suffix to name the row's project: a bare
/// kind (`二期项目`) ends many names.
const MIN_SHARED_CHARS: usize = 4;

/// Gives each report whose name has no suffix (a table's cell) the prose name of the same
/// project as a form, when exactly one other report's name, without its suffix, ends it:
/// clustering then joins the two (their owners and zones still have to agree).
pub fn join_row_names(reports: &mut [(Record, Identity)]) {
    let stems: Vec<Option<String>> = reports
        .iter()
        .map(|(r, _)| {
            let k = key(&r.name);
            SUFFIXES
                .iter()
                .find_map(|s| k.strip_suffix(s))
                .filter(|stem| stem.chars().count() >= MIN_SHARED_CHARS)
                .map(str::to_owned)
        })
        .collect();
    for i in 0..reports.len() {
        let name = key(&reports[i].0.name);
        if SUFFIXES.iter().any(|s| name.ends_with(s)) {
            continue;
        }
        let mut prose = (0..reports.len()).filter(|&j| {
            j != i
                && stems[j]
                    .as_deref()
                    .is_some_and(|stem| name.ends_with(stem) && name != stem)
        });
        if let (Some(j), None) = (prose.next(), prose.next()) {
            let form = key(&reports[j].0.name);
            let forms = &mut reports[i].1.forms;
            if !forms.contains(&form) {
                forms.push(form);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(name: &str) -> (Record, Identity) {
        let record = Record {
            name: name.to_owned(),
            aliases: Vec::new(),
            zone: None,
            place: None,
            owners: Vec::new(),
            investment: None,
            measures: Vec::new(),
            stage: None,
            stages: Vec::new(),
            articles: Vec::new(),
            sources: Vec::new(),
            spots: Vec::new(),
        };
        let identity = Identity {
            names: vec![key(name)],
            forms: vec![key(name)],
            ..Identity::default()
        };
        (record, identity)
    }

    #[test]
    fn a_row_name_takes_the_prose_name_it_ends_with() {
        let mut r = vec![report("甲基地二期项目"), report("乙公司丙省甲基地二期")];
        join_row_names(&mut r);
        assert!(r[1].1.forms.contains(&key("甲基地二期项目")));
        assert_eq!(r[0].1.forms, vec![key("甲基地二期项目")]);
    }

    #[test]
    fn a_bare_kind_or_two_candidates_join_nothing() {
        let mut r = vec![report("二期项目"), report("乙公司甲基地二期")];
        join_row_names(&mut r);
        assert_eq!(r[1].1.forms, vec![key("乙公司甲基地二期")]);
        let mut r = vec![
            report("甲基地二期项目"),
            report("丙甲基地二期工程"),
            report("乙公司丙甲基地二期"),
        ];
        join_row_names(&mut r);
        assert_eq!(r[2].1.forms, vec![key("乙公司丙甲基地二期")]);
    }
}
