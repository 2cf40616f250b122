//! Differences between two versions of a profile (design §8): status changes classified as
//! improved, regressed or unchanged; score changes; element, parameter, citation, ratification,
//! reservation and declaration changes; and a word-level redline of each provision's `text`.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use crate::assess::{Assessment, ProvisionResult, Status};
use crate::profile::{Entry, EntryTarget, Profile};
use crate::standard::{Catalog, ParamValue};

/// Whether a change made compliance better or worse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Worse than before.
    Regressed,
    /// Better than before.
    Improved,
    /// The same result.
    Unchanged,
}

/// How good a status is, for deciding the direction of a change.
fn rank(s: Option<Status>) -> u8 {
    match s {
        None | Some(Status::None) => 0,
        Some(Status::Unknown) => 1,
        Some(Status::Partial) => 2,
        Some(Status::Reserved) => 3,
        Some(Status::Full) => 4,
    }
}

/// The change of one provision's result.
#[derive(Clone, Debug, Serialize)]
pub struct StatusChange {
    /// Canonical ref.
    #[serde(rename = "ref")]
    pub reference: String,
    /// Result before (absent if not assessed).
    pub old: Option<Status>,
    /// Result after.
    pub new: Option<Status>,
    /// Better, worse or the same.
    pub direction: Direction,
    /// Whether it binds the Party.
    pub mandatory: bool,
    /// Why it is what it is now.
    pub reasons: Vec<String>,
    /// The reference as readers write it (`Art. 5(1)`, or `Art. 5` with `--by article`).
    pub label: String,
    /// How many provisions the row stands for (more than one with `--by article`).
    pub provisions: usize,
    /// Why it was what it was before, for the reader (the note and the shortfalls).
    pub why_before: Vec<String>,
    /// Why it is what it is now, for the reader.
    pub why_now: Vec<String>,
}

/// A score change of one standard.
#[derive(Clone, Debug, Serialize)]
pub struct ScoreChange {
    /// Standard id.
    pub standard: String,
    /// Score before.
    pub old: Option<f64>,
    /// Score after.
    pub new: Option<f64>,
}

/// A parameter change and the checks it flips.
#[derive(Clone, Debug, Serialize)]
pub struct ParameterChange {
    /// Parameter id.
    pub parameter: String,
    /// Value before.
    pub old: Option<ParamValue>,
    /// Value after.
    pub new: Option<ParamValue>,
    /// Provisions whose check on this parameter now passes.
    pub checks_now_met: Vec<String>,
    /// Provisions whose check on this parameter now fails.
    pub checks_now_failed: Vec<String>,
}

/// One word-level piece of a redline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Piece {
    /// `equal`, `delete` or `insert`.
    pub op: &'static str,
    /// The words (with their spacing).
    pub text: String,
}

/// What changed in one profile entry (besides its status).
#[derive(Clone, Debug, Serialize)]
pub struct EntryChange {
    /// Canonical ref of the entry.
    #[serde(rename = "ref")]
    pub reference: String,
    /// Declared status before and after, when it changed.
    pub declared: Option<(Option<String>, Option<String>)>,
    /// Elements listed now but not before.
    pub elements_added: Vec<String>,
    /// Elements listed before but not now.
    pub elements_removed: Vec<String>,
    /// Citations added.
    pub by_added: Vec<String>,
    /// Citations removed.
    pub by_removed: Vec<String>,
    /// Word-level redline of `text`, when it changed.
    pub text: Option<Vec<Piece>>,
    /// The profile's note before and after, when it changed.
    pub note: Option<(Option<String>, Option<String>)>,
}

/// A change in where the Party stands with a treaty.
#[derive(Clone, Debug, Serialize)]
pub struct TreatyChange {
    /// Standard id.
    pub standard: String,
    /// Plain-words descriptions of the changes.
    pub changes: Vec<String>,
}

/// Counts of status changes.
#[derive(Clone, Debug, Default, Serialize)]
pub struct DiffSummary {
    /// Provisions whose result improved.
    pub improved: usize,
    /// Provisions whose result regressed.
    pub regressed: usize,
    /// Provisions whose result stayed the same.
    pub unchanged: usize,
}

/// The difference between two versions of a profile.
#[derive(Clone, Debug, Serialize)]
pub struct ProfileDiff {
    /// The old version.
    pub old: crate::profile::Jurisdiction,
    /// The new version.
    pub new: crate::profile::Jurisdiction,
    /// The filters applied, in words (empty: every provision of the treaties in the profiles).
    pub scope: Vec<String>,
    /// Counts.
    pub summary: DiffSummary,
    /// Scores per standard.
    pub scores: Vec<ScoreChange>,
    /// Provisions whose result changed (regressed first, then improved; each in treaty order).
    pub statuses: Vec<StatusChange>,
    /// Treaty status, dates, reservations and declarations.
    pub treaties: Vec<TreatyChange>,
    /// Parameter values and the checks they flip.
    pub parameters: Vec<ParameterChange>,
    /// Entries whose elements, citations or text changed.
    pub entries: Vec<EntryChange>,
}

impl ProfileDiff {
    /// Whether any mandatory provision regressed.
    pub fn has_regression(&self) -> bool {
        self.statuses
            .iter()
            .any(|c| c.direction == Direction::Regressed && c.mandatory)
    }
}

/// Compares two versions of a profile and their assessments (made with the same scope), per
/// provision or per article: an article-level change is then one row, not one per paragraph.
pub fn diff(
    catalog: &Catalog,
    old: (&Profile, &Assessment),
    new: (&Profile, &Assessment),
    granularity: crate::compare::Granularity,
) -> ProfileDiff {
    let results = |a: &Assessment| -> BTreeMap<String, ProvisionResult> {
        a.standards
            .iter()
            .flat_map(|s| {
                s.provisions
                    .iter()
                    .map(|r| (r.reference.clone(), r.clone()))
            })
            .collect()
    };
    let (before, after) = (results(old.1), results(new.1));
    let mut summary = DiffSummary::default();
    let mut statuses = Vec::new();
    for reference in ordered_refs(catalog, before.keys().chain(after.keys())) {
        let (o, n) = (before.get(&reference), after.get(&reference));
        let (os, ns) = (o.map(|r| r.status), n.map(|r| r.status));
        let direction = match rank(ns).cmp(&rank(os)) {
            std::cmp::Ordering::Greater => Direction::Improved,
            std::cmp::Ordering::Less => Direction::Regressed,
            std::cmp::Ordering::Equal => Direction::Unchanged,
        };
        match direction {
            Direction::Improved => summary.improved += 1,
            Direction::Regressed => summary.regressed += 1,
            Direction::Unchanged => summary.unchanged += 1,
        }
        if os != ns {
            let now = n.or(o).expect("the ref comes from one of the two");
            statuses.push(StatusChange {
                reference,
                old: os,
                new: ns,
                direction,
                mandatory: now.mandatory,
                reasons: now.reasons.clone(),
                label: now.label.clone(),
                provisions: 1,
                why_before: o.map(|r| r.findings.clone()).unwrap_or_default(),
                why_now: n.map(|r| r.findings.clone()).unwrap_or_default(),
            });
        }
    }
    if granularity == crate::compare::Granularity::Article {
        let articles = |m: &BTreeMap<String, ProvisionResult>| -> BTreeSet<String> {
            m.keys().map(|r| article_of(r)).collect()
        };
        let all = articles(&before).union(&articles(&after)).count();
        statuses = by_article(statuses);
        let changed: BTreeSet<String> = statuses.iter().map(|c| c.reference.clone()).collect();
        summary = DiffSummary {
            improved: count(&statuses, Direction::Improved),
            regressed: count(&statuses, Direction::Regressed),
            unchanged: all - changed.len(),
        };
    }
    for c in &mut statuses {
        let id = c.reference.split(':').next().unwrap_or_default();
        if let Some(s) = catalog.standard_by_name(id) {
            c.label = format!("{} {}", catalog.standard(s).meta.short_title, c.label);
        }
    }
    statuses.sort_by_key(|c| c.direction);
    ProfileDiff {
        old: old.0.jurisdiction.clone(),
        new: new.0.jurisdiction.clone(),
        scope: new.1.scope.clone(),
        summary,
        scores: scores(old.1, new.1),
        statuses,
        treaties: treaties(catalog, old.0, new.0),
        parameters: parameters(catalog, old, new),
        entries: entries(catalog, old.0, new.0),
    }
}

/// `lanzarote:5.1.a` → `lanzarote:5`.
fn article_of(reference: &str) -> String {
    match reference.split_once(':') {
        Some((s, p)) => format!("{s}:{}", p.split('.').next().unwrap_or(p)),
        None => reference.to_string(),
    }
}

fn count(changes: &[StatusChange], d: Direction) -> usize {
    changes.iter().filter(|c| c.direction == d).count()
}

/// Merges the changes of one article with the same before and after into one row (changes
/// arrive in treaty order, so an article's provisions are adjacent).
fn by_article(changes: Vec<StatusChange>) -> Vec<StatusChange> {
    let mut out: Vec<StatusChange> = Vec::new();
    for c in changes {
        let article = article_of(&c.reference);
        let same = out.iter_mut().rev().find(|o| {
            o.reference == article && (o.old, o.new, o.mandatory) == (c.old, c.new, c.mandatory)
        });
        match same {
            Some(o) => {
                o.provisions += 1;
                for (mine, theirs) in [
                    (&mut o.why_before, &c.why_before),
                    (&mut o.why_now, &c.why_now),
                ] {
                    for x in theirs {
                        if !mine.contains(x) {
                            mine.push(x.clone());
                        }
                    }
                }
            }
            None => {
                let path = article.split_once(':').map_or("", |(_, p)| p);
                out.push(StatusChange {
                    label: crate::citation::human_path(path, false),
                    reference: article,
                    ..c
                });
            }
        }
    }
    for o in &mut out {
        if o.provisions > 1 {
            o.label = format!("{} ({} provisions)", o.label, o.provisions);
        }
    }
    out
}

/// Refs in catalog order (standard, then document order), without repeats.
fn ordered_refs<'a>(catalog: &Catalog, refs: impl Iterator<Item = &'a String>) -> Vec<String> {
    let mut keyed: Vec<((usize, usize), String)> = refs
        .collect::<BTreeSet<_>>()
        .into_iter()
        .map(|r| {
            let (s, p) = r.split_once(':').unwrap_or((r, ""));
            let key = catalog
                .provision(&crate::citation::ProvisionRef::new(s, p))
                .unwrap_or((usize::MAX, 0));
            (key, r.clone())
        })
        .collect();
    keyed.sort();
    keyed.into_iter().map(|(_, r)| r).collect()
}

fn scores(old: &Assessment, new: &Assessment) -> Vec<ScoreChange> {
    let ids: BTreeSet<&String> = old
        .standards
        .iter()
        .chain(&new.standards)
        .map(|s| &s.id)
        .collect();
    let find = |a: &Assessment, id: &str| {
        a.standards
            .iter()
            .find(|s| s.id == id)
            .and_then(|s| s.score)
    };
    let mut out: Vec<ScoreChange> = ids
        .into_iter()
        .map(|id| ScoreChange {
            standard: id.clone(),
            old: find(old, id),
            new: find(new, id),
        })
        .collect();
    let position = |id: &str| {
        old.standards
            .iter()
            .chain(&new.standards)
            .position(|s| s.id == id)
    };
    out.sort_by_key(|c| position(&c.standard));
    out
}

fn list_change(before: &[String], after: &[String]) -> (Vec<String>, Vec<String>) {
    let added = after
        .iter()
        .filter(|x| !before.contains(x))
        .cloned()
        .collect();
    let removed = before
        .iter()
        .filter(|x| !after.contains(x))
        .cloned()
        .collect();
    (added, removed)
}

fn treaties(catalog: &Catalog, old: &Profile, new: &Profile) -> Vec<TreatyChange> {
    let keys: BTreeSet<usize> = old
        .treaties
        .keys()
        .chain(new.treaties.keys())
        .copied()
        .collect();
    let mut out = Vec::new();
    for s in keys {
        let id = catalog.standard(s).meta.id.clone();
        let mut changes = Vec::new();
        match (old.treaties.get(&s), new.treaties.get(&s)) {
            (None, Some(t)) => {
                changes.push(format!("added to the profile ({})", t.status.as_str()))
            }
            (Some(_), None) => changes.push("removed from the profile".into()),
            (Some(a), Some(b)) => {
                if a.status != b.status {
                    changes.push(format!(
                        "status {} → {}",
                        a.status.as_str(),
                        b.status.as_str()
                    ));
                }
                for (label, x, y) in [
                    ("signed", &a.signed, &b.signed),
                    ("ratified", &a.ratified, &b.ratified),
                    ("acceded", &a.acceded, &b.acceded),
                    ("denounced", &a.denounced, &b.denounced),
                    ("in force for the Party", &a.in_force, &b.in_force),
                ] {
                    if x != y {
                        changes.push(format!(
                            "{label}: {} → {}",
                            x.as_deref().unwrap_or("none"),
                            y.as_deref().unwrap_or("none")
                        ));
                    }
                }
                for (kind, x, y) in [
                    ("reservation", &a.reservations, &b.reservations),
                    ("declaration", &a.declarations, &b.declarations),
                ] {
                    let (added, removed) = list_change(x, y);
                    changes.extend(added.iter().map(|c| format!("{kind} under {id}:{c} made")));
                    changes.extend(
                        removed
                            .iter()
                            .map(|c| format!("{kind} under {id}:{c} withdrawn")),
                    );
                }
                changes.extend(reservation_time_changes(&id, a, b));
            }
            (None, None) => {}
        }
        if !changes.is_empty() {
            out.push(TreatyChange {
                standard: id,
                changes,
            });
        }
    }
    out
}

/// Renewals recorded, and reservations that lapsed, between two versions of a treaty entry.
fn reservation_time_changes(
    id: &str,
    a: &crate::profile::Treaty,
    b: &crate::profile::Treaty,
) -> Vec<String> {
    let mut out = Vec::new();
    for c in b.reservations.iter().filter(|c| a.reservations.contains(c)) {
        let renewed = |t: &crate::profile::Treaty| {
            t.reservation_dates
                .get(c)
                .map(|d| d.renewed.clone())
                .unwrap_or_default()
        };
        let before = renewed(a);
        for d in renewed(b).iter().filter(|d| !before.contains(d)) {
            out.push(format!("reservation under {id}:{c} renewed on {d}"));
        }
        if let (false, Some(crate::reservation::Standing::Lapsed { on })) =
            (a.lapsed(c), b.standing.get(c))
        {
            out.push(format!("reservation under {id}:{c} lapsed on {on}"));
        }
    }
    out
}

fn parameters(
    catalog: &Catalog,
    old: (&Profile, &Assessment),
    new: (&Profile, &Assessment),
) -> Vec<ParameterChange> {
    let names: BTreeSet<&String> = old
        .0
        .parameters
        .keys()
        .chain(new.0.parameters.keys())
        .collect();
    let failed = |a: &Assessment, param: &str| -> BTreeSet<String> {
        a.standards
            .iter()
            .flat_map(|s| &s.provisions)
            .filter(|r| r.failed_checks.iter().any(|c| c == param))
            .map(|r| r.reference.clone())
            .collect()
    };
    // Decided and passed: neither failed nor undecided (a parameter removed is not a check met).
    let met = |a: &Assessment, param: &str| -> BTreeSet<String> {
        a.standards
            .iter()
            .flat_map(|s| &s.provisions)
            .filter(|r| {
                !r.failed_checks
                    .iter()
                    .chain(&r.unknown_checks)
                    .any(|c| c == param)
                    && r.reasons
                        .iter()
                        .any(|x| x.starts_with(&format!("{param} is ")))
            })
            .map(|r| r.reference.clone())
            .collect()
    };
    names
        .into_iter()
        .filter(|n| old.0.parameters.get(*n) != new.0.parameters.get(*n))
        .map(|n| {
            let (fo, fn_) = (failed(old.1, n), failed(new.1, n));
            let now_met = met(new.1, n);
            ParameterChange {
                parameter: n.clone(),
                old: old.0.parameters.get(n).copied(),
                new: new.0.parameters.get(n).copied(),
                checks_now_met: ordered_refs(
                    catalog,
                    fo.difference(&fn_).filter(|r| now_met.contains(*r)),
                ),
                checks_now_failed: ordered_refs(catalog, fn_.difference(&fo)),
            }
        })
        .collect()
}

fn entries(catalog: &Catalog, old: &Profile, new: &Profile) -> Vec<EntryChange> {
    let keys: BTreeSet<&EntryTarget> = old.entries.keys().chain(new.entries.keys()).collect();
    let mut out: Vec<((usize, usize), EntryChange)> = Vec::new();
    for key in keys {
        let (a, b) = (old.entries.get(key), new.entries.get(key));
        let reference = a.or(b).map(|e| e.reference.to_string()).unwrap_or_default();
        let change = entry_change(reference, a, b);
        let empty = change.declared.is_none()
            && change.elements_added.is_empty()
            && change.elements_removed.is_empty()
            && change.by_added.is_empty()
            && change.by_removed.is_empty()
            && change.text.is_none()
            && change.note.is_none();
        if !empty {
            let order = match key {
                EntryTarget::Provision(s, p) => (*s, *p),
                EntryTarget::Article(s, art) => (
                    *s,
                    catalog.standard(*s).articles[*art]
                        .provisions
                        .first()
                        .copied()
                        .unwrap_or(0),
                ),
            };
            out.push((order, change));
        }
    }
    out.sort_by_key(|(k, _)| *k);
    out.into_iter().map(|(_, c)| c).collect()
}

fn entry_change(reference: String, a: Option<&Entry>, b: Option<&Entry>) -> EntryChange {
    let status = |e: Option<&Entry>| e.map(|e| e.status.as_str().to_string());
    let elements = |e: Option<&Entry>| e.and_then(|e| e.elements.clone()).unwrap_or_default();
    let by = |e: Option<&Entry>| e.map(|e| e.by.clone()).unwrap_or_default();
    let text = |e: Option<&Entry>| e.and_then(|e| e.text.clone()).unwrap_or_default();
    let (elements_added, elements_removed) = list_change(&elements(a), &elements(b));
    let (by_added, by_removed) = list_change(&by(a), &by(b));
    let (ta, tb) = (text(a), text(b));
    let note = |e: Option<&Entry>| e.and_then(|e| e.note.as_ref().map(|n| n.trim().to_string()));
    EntryChange {
        reference,
        declared: (status(a) != status(b)).then(|| (status(a), status(b))),
        elements_added,
        elements_removed,
        by_added,
        by_removed,
        text: (ta != tb).then(|| redline_words(&ta, &tb)),
        note: (note(a) != note(b)).then(|| (note(a), note(b))),
    }
}

/// Word-level redline of two texts (deterministic: no time limit on the diff).
pub fn redline_words(old: &str, new: &str) -> Vec<Piece> {
    // The default configuration has no deadline, so the result never depends on machine load.
    let diff = TextDiff::configure().diff_words(old, new);
    let mut out: Vec<Piece> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => "equal",
            ChangeTag::Delete => "delete",
            ChangeTag::Insert => "insert",
        };
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(change.value()),
            _ => out.push(Piece {
                op,
                text: change.value().to_string(),
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rebuild(pieces: &[Piece], side: &str) -> String {
        pieces
            .iter()
            .filter(|p| p.op == "equal" || p.op == side)
            .map(|p| p.text.as_str())
            .collect()
    }

    #[test]
    fn word_redline_rebuilds_both_sides() {
        let (a, b) = (
            "child under fourteen years of age",
            "child under fifteen years of age\n",
        );
        let pieces = redline_words(a, b);
        assert_eq!(rebuild(&pieces, "delete"), a);
        assert_eq!(rebuild(&pieces, "insert"), b);
        assert!(
            pieces
                .iter()
                .any(|p| p.op == "delete" && p.text.contains("fourteen"))
        );
        assert!(
            pieces
                .iter()
                .any(|p| p.op == "insert" && p.text.contains("fifteen"))
        );
    }
}
