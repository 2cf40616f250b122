//! The Akoma Ntoso textual modification type of each change (`textualMod/@type`), so that
//! legal XML systems can take the redline's JSON as it is.

use super::{AknType, FragmentKind, Hunk, Redline, Status, UnitChange};

/// The type of a unit's change: by its status, and renumbering for a unit whose content is the
/// same but whose number changed. A unit only moved has none (Akoma Ntoso states a move as a
/// repeal and an insertion).
fn of_unit(status: Status, renumbered: bool) -> Option<AknType> {
    match status {
        Status::Added => Some(AknType::Insertion),
        Status::Removed => Some(AknType::Repeal),
        Status::Changed => Some(AknType::Substitution),
        Status::Unchanged if renumbered => Some(AknType::Renumbering),
        Status::Unchanged => None,
    }
}

/// The type of a hunk: words added only, removed only, or both.
fn of_hunk(h: &Hunk) -> Option<AknType> {
    let has = |k| {
        h.fragments
            .iter()
            .any(|f| f.kind == k && !f.text.trim().is_empty())
    };
    match (has(FragmentKind::Added), has(FragmentKind::Removed)) {
        (true, false) => Some(AknType::Insertion),
        (false, true) => Some(AknType::Repeal),
        (true, true) => Some(AknType::Substitution),
        (false, false) => None,
    }
}

fn units(list: &mut [UnitChange]) {
    for u in list {
        u.akn_type = of_unit(u.status, u.renumbered);
        units(&mut u.children);
    }
}

/// Sets the type of every section, unit and hunk of a redline.
pub(crate) fn annotate(r: &mut Redline) {
    for c in &mut r.sections {
        c.akn_type = of_unit(c.status, c.renumbered);
        for h in &mut c.hunks {
            h.akn_type = of_hunk(h);
        }
    }
    units(&mut r.units);
}

#[cfg(test)]
mod tests {
    use super::super::redline;
    use super::*;

    #[test]
    fn every_change_carries_its_akoma_ntoso_type() {
        let old = "Section 1. A\n(1) ten years.\n\nSection 2. B\nText b.\n\nSection 3. C\nText c.\n\nSection 4. D\nGone.\n";
        let new = "Section 1. A\n(1) five years.\n(2) New.\n\nSection 2. New\nNew text here entirely.\n\nSection 3. B\nText b.\n\nSection 4. C\nText c.\n";
        let r = redline(old, new);
        let by_label = |l: &str| {
            r.sections
                .iter()
                .find(|c| {
                    c.new_label.as_deref() == Some(l)
                        || (c.new_label.is_none() && c.old_label.as_deref() == Some(l))
                })
                .unwrap()
        };
        assert_eq!(by_label("Section 1").akn_type, Some(AknType::Substitution));
        assert_eq!(
            by_label("Section 1").hunks[0].akn_type,
            Some(AknType::Substitution)
        );
        assert_eq!(by_label("Section 3").akn_type, Some(AknType::Renumbering));
        let removed = r
            .sections
            .iter()
            .find(|c| c.status == Status::Removed)
            .unwrap();
        assert_eq!(removed.akn_type, Some(AknType::Repeal));
        let added = r
            .sections
            .iter()
            .find(|c| c.status == Status::Added)
            .unwrap();
        assert_eq!(added.akn_type, Some(AknType::Insertion));
        assert!(
            r.renumberings
                .iter()
                .all(|x| x.akn_type == AknType::Renumbering)
        );
        let sub = &r.units[0].children;
        assert_eq!(
            sub.iter().map(|u| u.akn_type).collect::<Vec<_>>(),
            [Some(AknType::Substitution), Some(AknType::Insertion)]
        );
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["sections"][0]["akn_type"], "substitution");
        assert_eq!(json["sections"][0]["hunks"][0]["akn_type"], "substitution");
    }
}
