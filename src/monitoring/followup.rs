//! What a Party did about its recommendations: the review in a report (open first, by urgency,
//! overdue flagged, disagreements with the provision statuses pointed out), the changes between
//! two versions of a profile, and the recommendation × jurisdiction matrix.

use std::collections::BTreeMap;

use serde::Serialize;

use super::recommendations::{FollowUpStatus, Recommendation};
use crate::assess::{Assessment, Status};
use crate::profile::Profile;

/// One recommendation as a report lists it.
#[derive(Clone, Debug, Serialize)]
pub struct ReviewItem {
    /// The body's number for it.
    pub id: String,
    /// Body id.
    pub body: String,
    /// The body's short name.
    pub body_name: String,
    /// Round id.
    pub round: Option<String>,
    /// The verb as written.
    pub verb: String,
    /// 1 = most urgent.
    pub urgency: usize,
    /// Steps on the body's scale.
    pub scale: usize,
    /// Provisions concerned.
    pub provisions: Vec<String>,
    /// ISO date of issue.
    pub issued: String,
    /// ISO due date.
    pub due: Option<String>,
    /// What it asks.
    pub text: Option<String>,
    /// Latest follow-up status; `None` when nothing has been recorded yet.
    pub status: Option<FollowUpStatus>,
    /// Date of the latest follow-up.
    pub status_date: Option<String>,
    /// Evidence of the latest follow-up.
    pub evidence: Vec<String>,
    /// Open until found implemented.
    pub open: bool,
    /// Open and past its due date at the profile's `as_of`.
    pub overdue: bool,
}

/// Which way a recommendation and a provision status disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Disagreement {
    /// Every provision concerned is assessed full, yet the recommendation is still open.
    FullButOpen,
    /// The recommendation is recorded as implemented, yet a provision concerned has a gap.
    ImplementedButGap,
}

/// A point for the evaluator to check.
#[derive(Clone, Debug, Serialize)]
pub struct Conflict {
    /// Recommendation id.
    pub recommendation: String,
    /// Body id.
    pub body: String,
    /// The provision reference concerned.
    pub reference: String,
    /// The kind of disagreement.
    pub kind: Disagreement,
    /// In words.
    pub message: String,
}

/// The recommendations section of a report.
#[derive(Clone, Debug, Serialize)]
pub struct Review {
    /// The date overdue is judged at (the profile's `as_of`).
    pub as_of: Option<String>,
    /// Open ones first (most urgent first), then the implemented ones.
    pub items: Vec<ReviewItem>,
    /// Provision statuses that disagree with the follow-up.
    pub conflicts: Vec<Conflict>,
    /// How many are open.
    pub open: usize,
    /// How many are overdue.
    pub overdue: usize,
}

fn item(r: &Recommendation, as_of: Option<&str>) -> ReviewItem {
    let latest = r.latest();
    ReviewItem {
        id: r.id.clone(),
        body: r.body.clone(),
        body_name: r.body_name.clone(),
        round: r.round.clone(),
        verb: r.verb.clone(),
        urgency: r.urgency,
        scale: r.scale,
        provisions: r.provisions.clone(),
        issued: r.issued.clone(),
        due: r.due.clone(),
        text: r.text.clone(),
        status: latest.map(|f| f.status),
        status_date: latest.map(|f| f.date.clone()),
        evidence: latest.map(|f| f.evidence.clone()).unwrap_or_default(),
        open: r.is_open(),
        overdue: r.is_overdue(as_of),
    }
}

/// Whether an assessed reference falls under a recommendation's reference.
fn under(assessed: &str, reference: &str) -> bool {
    assessed == reference
        || assessed.strip_prefix(reference).is_some_and(|rest| {
            rest.starts_with('.') || (rest.starts_with(':') && !reference.contains(':'))
        })
}

/// The statuses of the assessed provisions a reference covers.
fn statuses<'a>(a: &'a Assessment, reference: &'a str) -> impl Iterator<Item = Status> + 'a {
    a.standards
        .iter()
        .flat_map(|s| &s.provisions)
        .filter(move |r| under(&r.reference, reference))
        .map(|r| r.status)
}

fn conflicts(r: &Recommendation, a: &Assessment) -> Vec<Conflict> {
    let mut out = Vec::new();
    for reference in &r.provisions {
        let found: Vec<Status> = statuses(a, reference).collect();
        if found.is_empty() {
            continue;
        }
        let latest = r
            .latest()
            .map(|f| format!("{} on {}", f.status.words(), f.date))
            .unwrap_or_else(|| "no follow-up recorded".into());
        if r.is_open() && found.iter().all(|s| *s == Status::Full) {
            out.push(Conflict {
                recommendation: r.id.clone(),
                body: r.body.clone(),
                reference: reference.clone(),
                kind: Disagreement::FullButOpen,
                message: format!(
                    "{reference} is assessed full, but {} recommendation {} ({}) on it is still open ({latest}): record its follow-up, or revisit the status",
                    r.body_name, r.id, r.verb
                ),
            });
        } else if !r.is_open()
            && let Some(gap) = found
                .iter()
                .find(|s| matches!(s, Status::None | Status::Partial))
        {
            out.push(Conflict {
                recommendation: r.id.clone(),
                body: r.body.clone(),
                reference: reference.clone(),
                kind: Disagreement::ImplementedButGap,
                message: format!(
                    "{} recommendation {} is recorded as implemented ({latest}), but {reference} is still assessed {}",
                    r.body_name,
                    r.id,
                    gap.as_str()
                ),
            });
        }
    }
    out
}

/// Whether a recommendation belongs in a report of this assessment: one of its provisions was
/// assessed, or it names none and its treaty was.
fn in_scope(r: &Recommendation, a: &Assessment) -> bool {
    if r.provisions.is_empty() {
        return a.standards.iter().any(|s| s.id == r.treaty);
    }
    r.provisions.iter().any(|p| statuses(a, p).next().is_some())
}

/// The recommendations section for a report of `profile`; `None` when it holds none in scope.
pub fn review(profile: &Profile, a: &Assessment) -> Option<Review> {
    let as_of = profile.jurisdiction.as_of.as_deref();
    let recs: Vec<&Recommendation> = profile
        .recommendations
        .iter()
        .filter(|r| in_scope(r, a))
        .collect();
    if recs.is_empty() {
        return None;
    }
    let mut items: Vec<ReviewItem> = recs.iter().map(|r| item(r, as_of)).collect();
    items.sort_by(|x, y| {
        (!x.open, x.urgency, !x.overdue, &x.issued, &x.body, &x.id)
            .cmp(&(!y.open, y.urgency, !y.overdue, &y.issued, &y.body, &y.id))
    });
    Some(Review {
        as_of: as_of.map(String::from),
        open: items.iter().filter(|i| i.open).count(),
        overdue: items.iter().filter(|i| i.overdue).count(),
        conflicts: recs.iter().flat_map(|r| conflicts(r, a)).collect(),
        items,
    })
}

/// How a recommendation's follow-up changed between two versions of a profile.
#[derive(Clone, Debug, Serialize)]
pub struct FollowUpChange {
    /// The body's number for it.
    pub id: String,
    /// Body id.
    pub body: String,
    /// The body's short name.
    pub body_name: String,
    /// Latest status in the old version (`None`: none recorded, or not in the old version).
    pub from: Option<FollowUpStatus>,
    /// Latest status in the new version.
    pub to: Option<FollowUpStatus>,
    /// Whether the recommendation is new, dropped or changed.
    pub change: ChangeKind,
    /// Follow-up entries the new version adds, as `date: status`.
    pub new_entries: Vec<String>,
}

/// What happened to a recommendation between versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
    /// In both; its latest status changed.
    StatusChanged,
    /// In both; new follow-up entries, same status.
    FollowedUp,
}

/// The follow-up changes from `old` to `new`, in the new version's order (dropped ones last).
pub fn changes(old: &Profile, new: &Profile) -> Vec<FollowUpChange> {
    let status = |r: &Recommendation| r.latest().map(|f| f.status);
    let mut out = Vec::new();
    for n in &new.recommendations {
        let o = old.recommendations.iter().find(|o| o.key() == n.key());
        let new_entries: Vec<String> = n
            .follow_up
            .iter()
            .filter(|f| o.is_none_or(|o| !o.follow_up.contains(f)))
            .map(|f| format!("{}: {}", f.date, f.status.words()))
            .collect();
        let change = match o {
            None => ChangeKind::Added,
            Some(o) if status(o) != status(n) => ChangeKind::StatusChanged,
            Some(_) if !new_entries.is_empty() => ChangeKind::FollowedUp,
            Some(_) => continue,
        };
        out.push(FollowUpChange {
            id: n.id.clone(),
            body: n.body.clone(),
            body_name: n.body_name.clone(),
            from: o.and_then(status),
            to: status(n),
            change,
            new_entries,
        });
    }
    for o in &old.recommendations {
        if !new.recommendations.iter().any(|n| n.key() == o.key()) {
            out.push(FollowUpChange {
                id: o.id.clone(),
                body: o.body.clone(),
                body_name: o.body_name.clone(),
                from: status(o),
                to: None,
                change: ChangeKind::Removed,
                new_entries: Vec::new(),
            });
        }
    }
    out
}

/// A column of the recommendation matrix: one profile.
#[derive(Clone, Debug, Serialize)]
pub struct MatrixColumn {
    /// Jurisdiction code.
    pub code: String,
    /// Date of the legal situation.
    pub as_of: Option<String>,
    /// Shown as the column heading.
    pub label: String,
}

/// A cell: where one jurisdiction stands with one recommendation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum Cell {
    /// The recommendation is not addressed to this jurisdiction.
    NotAddressed,
    /// Addressed, no follow-up recorded yet.
    NoFollowUp {
        /// Past due at the profile's `as_of`.
        overdue: bool,
    },
    /// The latest follow-up.
    Status {
        /// Its status.
        status: FollowUpStatus,
        /// Its date.
        date: String,
        /// Open and past due at the profile's `as_of`.
        overdue: bool,
    },
}

/// A row: one recommendation (same body and id across profiles).
#[derive(Clone, Debug, Serialize)]
pub struct MatrixRow {
    /// Body id.
    pub body: String,
    /// The body's short name.
    pub body_name: String,
    /// The body's number for it.
    pub id: String,
    /// Round id.
    pub round: Option<String>,
    /// The verb, as the first profile that holds it writes it.
    pub verb: String,
    /// Provisions concerned.
    pub provisions: Vec<String>,
    /// One cell per column.
    pub cells: Vec<Cell>,
}

/// The recommendation × jurisdiction follow-up matrix.
#[derive(Clone, Debug, Serialize)]
pub struct FollowUpMatrix {
    /// Profiles, in the order given.
    pub columns: Vec<MatrixColumn>,
    /// Recommendations, by body then id.
    pub rows: Vec<MatrixRow>,
    /// True when any profile is a fictional example.
    pub fictional: bool,
}

/// Builds the matrix over several profiles; with `round`, only that round's recommendations.
pub fn matrix(profiles: &[Profile], round: Option<&str>) -> FollowUpMatrix {
    let columns = profiles
        .iter()
        .map(|p| {
            let j = &p.jurisdiction;
            let duplicate = profiles
                .iter()
                .filter(|q| q.jurisdiction.code == j.code)
                .count()
                > 1;
            MatrixColumn {
                code: j.code.clone(),
                as_of: j.as_of.clone(),
                label: match (&j.as_of, duplicate) {
                    (Some(d), true) => format!("{} {d}", j.code),
                    _ => j.code.clone(),
                },
            }
        })
        .collect();
    let mut rows: BTreeMap<(String, String), MatrixRow> = BTreeMap::new();
    for (col, p) in profiles.iter().enumerate() {
        let as_of = p.jurisdiction.as_of.as_deref();
        for r in p
            .recommendations
            .iter()
            .filter(|r| round.is_none_or(|id| r.round.as_deref() == Some(id)))
        {
            let row = rows.entry(r.key()).or_insert_with(|| MatrixRow {
                body: r.body.clone(),
                body_name: r.body_name.clone(),
                id: r.id.clone(),
                round: r.round.clone(),
                verb: r.verb.clone(),
                provisions: r.provisions.clone(),
                cells: vec![Cell::NotAddressed; profiles.len()],
            });
            row.cells[col] = match r.latest() {
                None => Cell::NoFollowUp {
                    overdue: r.is_overdue(as_of),
                },
                Some(f) => Cell::Status {
                    status: f.status,
                    date: f.date.clone(),
                    overdue: r.is_overdue(as_of),
                },
            };
        }
    }
    FollowUpMatrix {
        columns,
        rows: rows.into_values().collect(),
        fictional: profiles.iter().any(|p| p.jurisdiction.fictional),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::monitoring::FollowUp;

    fn rec(id: &str, follow: &[(&str, FollowUpStatus)]) -> Recommendation {
        Recommendation {
            id: id.into(),
            body: "greta".into(),
            body_name: "GRETA".into(),
            round: Some("greta-3".into()),
            treaty: "trafficking".into(),
            verb: "urges".into(),
            urgency: 1,
            scale: 3,
            provisions: vec!["trafficking:26".into()],
            issued: "2020-01-01".into(),
            due: Some("2021-01-01".into()),
            text: None,
            follow_up: follow
                .iter()
                .map(|(d, s)| FollowUp {
                    date: d.to_string(),
                    status: *s,
                    evidence: vec![],
                    note: None,
                })
                .collect(),
        }
    }

    fn profile(code: &str, as_of: &str, recs: Vec<Recommendation>) -> Profile {
        Profile {
            jurisdiction: crate::profile::Jurisdiction {
                code: code.into(),
                as_of: Some(as_of.into()),
                ..Default::default()
            },
            scope: None,
            treaties: Default::default(),
            parameters: Default::default(),
            laws: vec![],
            entries: Default::default(),
            recommendations: recs,
        }
    }

    #[test]
    fn changes_name_what_moved_was_added_and_was_dropped() {
        use FollowUpStatus::*;
        let old = profile(
            "XD",
            "2022-01-01",
            vec![rec("R1", &[("2021-06-01", NotImplemented)]), rec("R2", &[])],
        );
        let new = profile(
            "XD",
            "2024-01-01",
            vec![
                rec(
                    "R1",
                    &[
                        ("2021-06-01", NotImplemented),
                        ("2023-06-01", PartiallyImplemented),
                    ],
                ),
                rec("R3", &[]),
            ],
        );
        let c = changes(&old, &new);
        let summary: Vec<(
            &str,
            ChangeKind,
            Option<FollowUpStatus>,
            Option<FollowUpStatus>,
        )> = c
            .iter()
            .map(|x| (x.id.as_str(), x.change, x.from, x.to))
            .collect();
        assert_eq!(
            summary,
            vec![
                (
                    "R1",
                    ChangeKind::StatusChanged,
                    Some(NotImplemented),
                    Some(PartiallyImplemented)
                ),
                ("R3", ChangeKind::Added, None, None),
                ("R2", ChangeKind::Removed, None, None),
            ]
        );
        assert_eq!(c[0].new_entries, vec!["2023-06-01: partially implemented"]);
        assert!(changes(&new, &new).is_empty());
    }

    #[test]
    fn the_matrix_has_a_cell_per_profile_and_flags_overdue_at_each_as_of() {
        use FollowUpStatus::*;
        let a = profile("XD", "2020-06-01", vec![rec("R1", &[])]);
        let b = profile(
            "XE",
            "2024-01-01",
            vec![rec("R1", &[("2022-01-01", NotImplemented)])],
        );
        let c = profile("XF", "2024-01-01", vec![]);
        let m = matrix(&[a, b, c], None);
        assert_eq!(m.rows.len(), 1);
        assert_eq!(
            m.rows[0].cells,
            vec![
                Cell::NoFollowUp { overdue: false },
                Cell::Status {
                    status: NotImplemented,
                    date: "2022-01-01".into(),
                    overdue: true
                },
                Cell::NotAddressed,
            ]
        );
        assert!(
            matrix(
                &[profile("XD", "2020-06-01", vec![rec("R1", &[])])],
                Some("greta-2")
            )
            .rows
            .is_empty()
        );
    }

    #[test]
    fn references_cover_their_subtrees_only() {
        assert!(under("trafficking:15.3", "trafficking:15"));
        assert!(under("trafficking:15", "trafficking:15"));
        assert!(!under("trafficking:151", "trafficking:15"));
        assert!(under("trafficking:5.1", "trafficking"));
        assert!(!under("trafficking-x:5.1", "trafficking"));
    }
}
