//! Element names that mean the same conduct in different treaties. The treaties' models name
//! some elements differently (`intent` in the Budapest protocols, `intentional` elsewhere; one
//! `offering-or-making-available` in Budapest 9.1.b, `offering` and `making-available` apart
//! elsewhere). A profile may use either name: it is read as the name the provision uses, so
//! existing profiles keep working and a drafter need not remember which treaty says which.

/// Groups of names for the same elements: a profile listing every name of one side meets every
/// name of the other side, where the provision uses the other side.
pub const ELEMENT_ALIASES: &[(&[&str], &[&str])] = &[
    (&["intent"], &["intentional"]),
    (
        &["offering-or-making-available"],
        &["offering", "making-available"],
    ),
];

/// The elements listed, with aliases replaced by the names the provision knows (`known`);
/// names that are neither known nor aliases are kept (and reported by the caller).
pub fn canonical(listed: &[String], known: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = listed.to_vec();
    for (a, b) in ELEMENT_ALIASES {
        for (from, to) in [(a, b), (b, a)] {
            let all_listed = from.iter().all(|f| out.iter().any(|x| x == f));
            let all_unknown = from.iter().all(|f| !known.contains(f));
            let all_known = to.iter().all(|t| known.contains(t));
            if all_listed && all_unknown && all_known {
                out.retain(|x| !from.contains(&x.as_str()));
                out.extend(to.iter().map(|t| t.to_string()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn either_name_reads_as_the_provisions_own() {
        let known = ["intentional", "offering", "making-available"];
        assert_eq!(
            canonical(&names(&["intent", "offering-or-making-available"]), &known),
            ["intentional", "offering", "making-available"]
        );
        let known = ["intent", "offering-or-making-available"];
        assert_eq!(
            canonical(
                &names(&["intentional", "offering", "making-available"]),
                &known
            ),
            ["intent", "offering-or-making-available"]
        );
    }

    #[test]
    fn half_of_a_combined_element_does_not_meet_it() {
        let known = ["offering-or-making-available"];
        assert_eq!(canonical(&names(&["offering"]), &known), ["offering"]);
        // Nor with other elements beside it.
        let known = ["offering-or-making-available", "intentional"];
        assert_eq!(
            canonical(&names(&["intentional", "offering"]), &known),
            ["intentional", "offering"]
        );
    }

    #[test]
    fn names_the_provision_knows_are_left_alone() {
        let known = ["intent", "intentional"];
        assert_eq!(canonical(&names(&["intent"]), &known), ["intent"]);
    }
}
