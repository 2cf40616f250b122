//! Assessing against interpretive standards: relational parameter checks, and provisions of a
//! model law or opinion derived from the same profile's evidence for the treaties they map to.
//! Called by [`crate::assess`]; decides, never formats output.

use crate::assess::{Assessment, ProvisionResult, Scope, Status};
use crate::profile::Profile;
use crate::standard::{Catalog, ParamValue, Standard, StandardKind};

/// Applies the relational checks of a provision and its ancestors. A relation that fails caps
/// the result at partial; one that cannot be decided for want of a value makes a full result
/// unknown. A relation that holds adds nothing (the report stays as short as before).
pub(crate) fn relations(std: &Standard, p: usize, profile: &Profile, r: &mut ProvisionResult) {
    for i in std.lineage(p) {
        for rel in &std.provisions[i].relations {
            let why = rel
                .why
                .clone()
                .unwrap_or_else(|| format!("{} requires it", std.reference(i)));
            let value = |name: &str| match profile.parameters.get(name) {
                Some(ParamValue::Int(n)) => Some(*n),
                _ => None,
            };
            match (value(&rel.parameter), value(&rel.other)) {
                (Some(a), Some(b)) if rel.comparison.holds(a, b) => {}
                (Some(a), Some(b)) => {
                    r.failed_checks.push(rel.parameter.clone());
                    if r.status == Status::Full {
                        r.status = Status::Partial;
                    }
                    r.finding(format!(
                        "{} is {a}, {} is {b}: {rel} does not hold; {why}",
                        rel.parameter, rel.other
                    ));
                }
                _ => {
                    r.unknown_checks.push(rel.parameter.clone());
                    if r.status == Status::Full {
                        r.status = Status::Unknown;
                    }
                    r.finding(format!(
                        "{rel} cannot be checked: state both {} and {}; {why}",
                        rel.parameter, rel.other
                    ));
                }
            }
        }
    }
}

/// How good a status is, for taking the best of several sources.
fn rank(s: Status) -> u8 {
    match s {
        Status::None => 0,
        Status::Unknown => 1,
        Status::Partial => 2,
        Status::Reserved => 3,
        Status::Full => 4,
    }
}

/// Fills provisions the profile says nothing about from the treaty provisions they are
/// `derived_from`: the best of those results, with the reasons.
pub(crate) fn derive(catalog: &Catalog, profile: &Profile, a: &mut Assessment) {
    let needs: Vec<usize> = a
        .standards
        .iter()
        .flat_map(|s| &s.provisions)
        .filter(|r| r.declared.is_none())
        .flat_map(|r| {
            let (si, pi) = r.at;
            catalog.standard(si).provisions[pi]
                .derived_from
                .iter()
                .filter_map(|l| catalog.standard_by_name(&l.standard))
                .collect::<Vec<_>>()
        })
        .filter(|s| profile.treaties.contains_key(s))
        .collect();
    if needs.is_empty() {
        return;
    }
    let mut standards = needs;
    standards.sort_unstable();
    standards.dedup();
    let sources = crate::assess::assess(
        catalog,
        profile,
        &Scope {
            standards,
            ..Scope::default()
        },
    );
    let find = |reference: &str| -> Vec<&ProvisionResult> {
        sources
            .standards
            .iter()
            .flat_map(|s| &s.provisions)
            .filter(|r| {
                r.reference == reference
                    || r.reference
                        .strip_prefix(reference)
                        .is_some_and(|rest| rest.starts_with('.'))
            })
            .collect()
    };
    for s in &mut a.standards {
        for r in &mut s.provisions {
            let (si, pi) = r.at;
            let links = &catalog.standard(si).provisions[pi].derived_from;
            if r.declared.is_some() || links.is_empty() {
                continue;
            }
            let mut best: Option<(Status, String)> = None;
            let mut seen = Vec::new();
            for link in links {
                let found = find(&link.to_string());
                if found.is_empty() {
                    seen.push(format!(
                        "{link}: not assessed (the profile has no such treaty)"
                    ));
                    continue;
                }
                // A link to a paragraph stands for its items: it is met as well as its worst item,
                // leaving aside items a reservation sets aside (unless all of them are).
                let statuses: Vec<Status> = found.iter().map(|x| x.status).collect();
                let kept: Vec<Status> = statuses
                    .iter()
                    .copied()
                    .filter(|s| *s != Status::Reserved)
                    .collect();
                let status = if kept.is_empty() { &statuses } else { &kept }
                    .iter()
                    .copied()
                    .min_by_key(|s| rank(*s))
                    .unwrap_or(Status::Unknown);
                seen.push(format!("{link}: {}", status.as_str()));
                // A reservation excuses a Party under the treaty, not under another text:
                // what it sets aside is simply not in domestic law.
                let status = match status {
                    Status::Reserved => Status::None,
                    other => other,
                };
                if best.as_ref().is_none_or(|(b, _)| rank(status) > rank(*b)) {
                    best = Some((status, link.to_string()));
                }
            }
            r.reasons
                .retain(|x| x != "the profile says nothing about this provision");
            match best {
                Some((status, from)) => {
                    r.status = match status {
                        // The provision's own relational checks still apply.
                        Status::Full if !r.failed_checks.is_empty() => Status::Partial,
                        Status::Full if !r.unknown_checks.is_empty() => Status::Unknown,
                        other => other,
                    };
                    r.finding(format!(
                        "derived from the profile's treaty evidence: {} through {from} (best of {})",
                        status.as_str(),
                        seen.join("; ")
                    ));
                    r.by = find(&from).iter().flat_map(|x| x.by.clone()).collect();
                    r.by.dedup();
                }
                None => r.finding(format!(
                    "nothing to derive from: {}; state it in the profile directly",
                    seen.join("; ")
                )),
            }
        }
        s.counts = crate::assess::count(&s.provisions);
        s.score = crate::assess::score(&s.counts).filter(|_| s.treaty_status.binds());
        s.coverage = s.counts.coverage();
    }
}

/// The standards in scope that are not treaties and need no `[treaties.ID]` in a profile.
pub(crate) fn benchmarks(catalog: &Catalog, profile: &Profile, scope: &Scope) -> Vec<usize> {
    scope
        .standards
        .iter()
        .copied()
        .filter(|&s| {
            catalog.standard(s).meta.kind != StandardKind::Treaty
                && !profile.treaties.contains_key(&s)
        })
        .collect()
}
