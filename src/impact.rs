//! Which treaty provisions a bill revision touches: the profile's evidence (`by = ["cc:212"]`)
//! matched against the sections a redline found changed, removed, moved or renumbered.

use serde::Serialize;

use crate::profile::Profile;
use crate::redline::{Redline, Status};

/// A treaty provision whose evidence cites a section the revision touches.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Affected {
    /// Canonical ref of the profile entry (article or provision).
    #[serde(rename = "ref")]
    pub reference: String,
    /// The citation in the profile (`cc:212(1)`).
    pub citation: String,
    /// The section number it names (`212`).
    pub section: String,
    /// What happened to that section, in words.
    pub change: String,
}

/// The section number a citation names: `212(1)` → `212`, `184b` → `184b`, `12 para 3` → `12`.
fn section_of(citation_section: &str) -> String {
    citation_section
        .trim()
        .trim_start_matches(['§', 's', 'S', '.', ' '])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// What happened to the section numbered `number`, if anything: read as a number of the old
/// text first (changed, removed, moved, renumbered), then of the new one (added).
fn change_of(r: &Redline, number: &str) -> Option<String> {
    let matches = |n: &Option<String>| n.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(number));
    let old = change_of_old(r, number);
    let added = r.sections.iter().any(|c| {
        c.status == Status::Added && c.new.is_some_and(|j| matches(&r.new_sections[j].number))
    });
    match (old, added) {
        (Some(o), true) => Some(format!(
            "{o}; in the new text, section {number} is a new section"
        )),
        (Some(o), false) => Some(o),
        (None, true) => Some(format!("section {number} is new in the new text")),
        (None, false) => None,
    }
}

fn change_of_old(r: &Redline, number: &str) -> Option<String> {
    let matches = |n: &Option<String>| n.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(number));
    for c in &r.sections {
        let Some(old) = c.old.map(|i| &r.old_sections[i]) else {
            continue;
        };
        if !matches(&old.number) {
            continue;
        }
        let new_number = c.new.and_then(|j| r.new_sections[j].number.clone());
        let mut words: Vec<String> = Vec::new();
        match c.status {
            Status::Removed => words.push("removed".into()),
            Status::Changed => words.push("text changed".into()),
            _ => {}
        }
        if c.renumbered {
            words.push(format!(
                "renumbered {}: update the citation",
                new_number
                    .as_deref()
                    .map_or("(no number)".to_string(), |n| format!("to {n}"))
            ));
        }
        if c.moved {
            words.push("moved".into());
        }
        return (!words.is_empty()).then(|| words.join("; "));
    }
    None
}

/// Provisions of `profile` whose citations of law `law` point at sections the revision touches.
pub fn affected(profile: &Profile, law: &str, r: &Redline) -> Vec<Affected> {
    let mut out = Vec::new();
    for entry in profile.entries.values() {
        for citation in &entry.by {
            let Some((id, rest)) = citation.split_once(':') else {
                continue;
            };
            if id != law {
                continue;
            }
            let section = section_of(rest);
            if let Some(change) = change_of(r, &section) {
                out.push(Affected {
                    reference: entry.reference.to_string(),
                    citation: citation.clone(),
                    section,
                    change,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_numbers_are_read_from_citations() {
        assert_eq!(section_of("212(1)"), "212");
        assert_eq!(section_of("184b"), "184b");
        assert_eq!(section_of("§ 176a"), "176a");
        assert_eq!(section_of("12 para 3"), "12");
    }

    #[test]
    fn changed_removed_and_renumbered_sections_are_named() {
        let old = "Section 1. A\n(1) one.\n\nSection 2. B\n(1) two.\n\nSection 3. C\n(1) three.\n";
        let new = "Section 1. A\n(1) one, amended.\n\nSection 2. New\n(1) inserted.\n\nSection 3. B\n(1) two.\n\nSection 4. C\n(1) three.\n";
        let r = crate::redline::redline(old, new);
        assert_eq!(change_of(&r, "1").as_deref(), Some("text changed"));
        assert!(
            change_of(&r, "2").unwrap().contains("renumbered to 3"),
            "{:?}",
            change_of(&r, "2")
        );
        assert_eq!(change_of(&r, "9"), None);
    }
}
