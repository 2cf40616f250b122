//! Recommendations a monitoring body addressed to a Party, and their dated follow-up, as a
//! profile holds them (`[[recommendations]]`). Validated with spans like every profile field.

use std::collections::HashSet;
use std::ops::Range;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::diagnostic::{Diagnostic, FileId};
use crate::standard::{Catalog, ReferenceError, Target};
use crate::suggest::did_you_mean;

/// A `[[recommendations]]` entry of a profile.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRecommendation {
    /// The recommendation's number as the body gives it (`GRETA(2019)12 §34`).
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// The body that made it (`greta`, `lanzarote-committee`, `t-cy`; `lexgap rounds` lists them).
    #[schemars(with = "String")]
    pub body: Spanned<String>,
    /// The round it was made in (`greta-3`).
    #[schemars(with = "Option<String>")]
    pub round: Option<Spanned<String>>,
    /// The verb as written (`urges`, `considers`, `invites`): it gives the urgency.
    #[schemars(with = "String")]
    pub verb: Spanned<String>,
    /// The provisions concerned, as references (`trafficking:15.3`).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub provisions: Vec<Spanned<String>>,
    /// Date of the report that made it.
    #[schemars(with = "String", extend("format" = "date"))]
    pub issued: Spanned<toml::value::Datetime>,
    /// Date by which the body asked for it to be implemented.
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub due: Option<Spanned<toml::value::Datetime>>,
    /// What it asks, in a few words.
    pub text: Option<String>,
    /// Dated follow-up entries.
    #[serde(default)]
    pub follow_up: Vec<RawFollowUp>,
}

/// A `[[recommendations.follow_up]]` entry.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFollowUp {
    /// When this was assessed.
    #[schemars(with = "String", extend("format" = "date"))]
    pub date: Spanned<toml::value::Datetime>,
    /// implemented, partially-implemented, not-implemented or no-information.
    pub status: FollowUpStatus,
    /// What shows it: laws, reports, replies to the body.
    #[serde(default)]
    pub evidence: Vec<String>,
    /// A remark.
    pub note: Option<String>,
}

/// Where a recommendation stands at a follow-up.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum FollowUpStatus {
    /// Not implemented.
    NotImplemented,
    /// Partially implemented.
    PartiallyImplemented,
    /// No information given.
    NoInformation,
    /// Implemented.
    Implemented,
}

impl FollowUpStatus {
    /// The keyword as written in profiles.
    pub fn as_str(self) -> &'static str {
        match self {
            FollowUpStatus::NotImplemented => "not-implemented",
            FollowUpStatus::PartiallyImplemented => "partially-implemented",
            FollowUpStatus::NoInformation => "no-information",
            FollowUpStatus::Implemented => "implemented",
        }
    }

    /// In words, for reports.
    pub fn words(self) -> &'static str {
        match self {
            FollowUpStatus::NotImplemented => "not implemented",
            FollowUpStatus::PartiallyImplemented => "partially implemented",
            FollowUpStatus::NoInformation => "no information",
            FollowUpStatus::Implemented => "implemented",
        }
    }
}

/// One dated follow-up entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FollowUp {
    /// ISO date.
    pub date: String,
    /// Where the recommendation stood.
    pub status: FollowUpStatus,
    /// What shows it.
    pub evidence: Vec<String>,
    /// A remark.
    pub note: Option<String>,
}

/// A validated recommendation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Recommendation {
    /// The body's number for it.
    pub id: String,
    /// Body id.
    pub body: String,
    /// The body's short name, for people (`GRETA`).
    pub body_name: String,
    /// Round id, if given.
    pub round: Option<String>,
    /// The standard the body monitors.
    pub treaty: String,
    /// The verb as written.
    pub verb: String,
    /// 1 = the body's most urgent verb.
    pub urgency: usize,
    /// How many steps the body's scale has.
    pub scale: usize,
    /// Canonical references of the provisions concerned.
    pub provisions: Vec<String>,
    /// ISO date of issue.
    pub issued: String,
    /// ISO due date.
    pub due: Option<String>,
    /// What it asks.
    pub text: Option<String>,
    /// Follow-up entries, oldest first.
    pub follow_up: Vec<FollowUp>,
}

impl Recommendation {
    /// The latest follow-up entry.
    pub fn latest(&self) -> Option<&FollowUp> {
        self.follow_up.last()
    }

    /// Open until a follow-up finds it implemented.
    pub fn is_open(&self) -> bool {
        self.latest()
            .is_none_or(|f| f.status != FollowUpStatus::Implemented)
    }

    /// Open and past its due date on `as_of` (ISO dates compare as text).
    pub fn is_overdue(&self, as_of: Option<&str>) -> bool {
        match (self.is_open(), &self.due, as_of) {
            (true, Some(due), Some(day)) => due.as_str() < day,
            _ => false,
        }
    }

    /// `body id` names a recommendation across profiles.
    pub fn key(&self) -> (String, String) {
        (self.body.clone(), self.id.clone())
    }
}

fn plain_date(d: &Spanned<toml::value::Datetime>) -> (String, Range<usize>, bool) {
    let v = d.get_ref();
    (
        v.to_string(),
        d.span(),
        v.date.is_some() && v.time.is_none() && v.offset.is_none(),
    )
}

struct Checker<'a> {
    file: FileId,
    catalog: &'a Catalog,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl Checker<'_> {
    fn error(
        &mut self,
        code: &'static str,
        span: Range<usize>,
        message: String,
        label: &str,
        hint: String,
    ) {
        self.diagnostics.push(
            Diagnostic::error(code, message)
                .at(self.file, span, label)
                .hint(hint),
        );
    }

    fn date(&mut self, d: &Spanned<toml::value::Datetime>) -> String {
        let (value, span, ok) = plain_date(d);
        if !ok {
            self.error(
                "bad-date",
                span,
                format!("`{value}` is not a plain date"),
                "expected YYYY-MM-DD",
                "write dates as 2025-03-01".into(),
            );
        }
        value
    }

    fn recommendation(&mut self, raw: &RawRecommendation) -> Option<Recommendation> {
        let m = &self.catalog.monitoring;
        let Some(body) = m.body(raw.body.get_ref()) else {
            let hint = did_you_mean(raw.body.get_ref(), m.bodies.iter().map(|b| b.id.as_str()))
                .unwrap_or_else(|| {
                    let ids: Vec<&str> = m.bodies.iter().map(|b| b.id.as_str()).collect();
                    format!("bodies: {}", ids.join(", "))
                });
            self.error(
                "unknown-body",
                raw.body.span(),
                format!("no monitoring body called `{}`", raw.body.get_ref()),
                "not a body",
                hint,
            );
            return None;
        };
        let round = raw.round.as_ref().and_then(|r| self.round(r, &body.id));
        let urgency = body.urgency(raw.verb.get_ref());
        if urgency.is_none() {
            let hint = did_you_mean(
                &super::rounds::verb_stem(raw.verb.get_ref()),
                body.verbs.iter().map(String::as_str),
            )
            .map(|h| format!("{h} ({}: {})", body.id, body.verbs.join(" > ")))
            .unwrap_or_else(|| format!("{} uses: {}", body.id, body.verbs.join(" > ")));
            self.error(
                "unknown-verb",
                raw.verb.span(),
                format!(
                    "`{}` is not a verb {} uses in its recommendations",
                    raw.verb.get_ref(),
                    super::rounds::short_name(&body.name)
                ),
                "not on the body's scale",
                hint,
            );
        }
        let treaty = self.catalog.standard_by_name(&body.treaty);
        let provisions = raw
            .provisions
            .iter()
            .filter_map(|p| self.provision(p, treaty))
            .collect();
        let issued = self.date(&raw.issued);
        let due = raw.due.as_ref().map(|d| {
            let value = self.date(d);
            if value < issued {
                self.error(
                    "impossible-date",
                    d.span(),
                    format!("due on {value}, before it was issued on {issued}"),
                    "before the issue date",
                    "check the date".into(),
                );
            }
            value
        });
        let mut follow_up: Vec<FollowUp> = raw
            .follow_up
            .iter()
            .map(|f| {
                let date = self.date(&f.date);
                if date < issued {
                    self.error(
                        "impossible-date",
                        f.date.span(),
                        format!(
                            "follow-up on {date}, before the recommendation was issued on {issued}"
                        ),
                        "before the issue date",
                        "check the date".into(),
                    );
                }
                FollowUp {
                    date,
                    status: f.status,
                    evidence: f.evidence.clone(),
                    note: f.note.clone(),
                }
            })
            .collect();
        follow_up.sort_by(|a, b| a.date.cmp(&b.date));
        Some(Recommendation {
            id: raw.id.get_ref().clone(),
            body: body.id.clone(),
            body_name: super::rounds::short_name(&body.name).to_string(),
            round,
            treaty: body.treaty.clone(),
            verb: raw.verb.get_ref().clone(),
            urgency: urgency.unwrap_or(body.verbs.len()),
            scale: body.verbs.len(),
            provisions,
            issued,
            due,
            text: raw.text.clone(),
            follow_up,
        })
    }

    fn round(&mut self, raw: &Spanned<String>, body: &str) -> Option<String> {
        let m = &self.catalog.monitoring;
        match m.round(raw.get_ref()) {
            Some(r) if r.body == body => Some(r.id.clone()),
            Some(r) => {
                let label = r.label(&m.bodies);
                self.error(
                    "wrong-round",
                    raw.span(),
                    format!(
                        "`{}` is a round of `{}`, not of `{body}`",
                        raw.get_ref(),
                        r.body
                    ),
                    "another body's round",
                    format!("{label} belongs to {}; check `body` or `round`", r.body),
                );
                None
            }
            None => {
                let ids: Vec<&str> = m
                    .rounds
                    .iter()
                    .filter(|r| r.body == body)
                    .map(|r| r.id.as_str())
                    .collect();
                let hint = did_you_mean(raw.get_ref(), ids.iter().copied())
                    .unwrap_or_else(|| format!("rounds of {body}: {}", ids.join(", ")));
                self.error(
                    "unknown-round",
                    raw.span(),
                    format!("no round called `{}`", raw.get_ref()),
                    "not a round",
                    hint,
                );
                None
            }
        }
    }

    fn provision(&mut self, raw: &Spanned<String>, treaty: Option<usize>) -> Option<String> {
        let target = match self.catalog.resolve(raw.get_ref()) {
            Ok(t) => t,
            Err(e) => {
                let hint = match &e {
                    ReferenceError::Unknown { suggestions, .. } if !suggestions.is_empty() => {
                        format!("existing references nearby: {}", suggestions.join(", "))
                    }
                    _ => "write references such as `trafficking:15.3` or `lanzarote:23`".into(),
                };
                let message = e.to_string();
                let first = message
                    .lines()
                    .next()
                    .unwrap_or("unknown reference")
                    .to_string();
                self.error("unknown-ref", raw.span(), first, "no such provision", hint);
                return None;
            }
        };
        if treaty.is_some_and(|t| t != target.standard()) {
            let expected = treaty
                .map(|t| self.catalog.standard(t).meta.id.clone())
                .unwrap_or_default();
            self.error(
                "wrong-treaty",
                raw.span(),
                format!(
                    "`{}` is not in `{expected}`, the treaty this body monitors",
                    raw.get_ref()
                ),
                "another treaty",
                format!("name provisions of `{expected}`"),
            );
            return None;
        }
        Some(canonical(self.catalog, target))
    }
}

/// The canonical text of a resolved reference.
fn canonical(catalog: &Catalog, target: Target) -> String {
    let std = catalog.standard(target.standard());
    match target {
        Target::Standard(_) => std.meta.id.clone(),
        Target::Chapter(_, c) => format!(
            "{}:chapter-{}",
            std.meta.id,
            std.chapters[c].number.to_ascii_lowercase()
        ),
        Target::Article(_, a) => format!("{}:{}", std.meta.id, std.articles[a].number),
        Target::Provision(_, p) => std.reference(p).to_string(),
    }
}

/// Validates one profile file's recommendations, pushing every problem into `diagnostics`.
pub(crate) fn validate(
    raw: &[Spanned<RawRecommendation>],
    file: FileId,
    catalog: &Catalog,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Recommendation> {
    let mut c = Checker {
        file,
        catalog,
        diagnostics,
    };
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for r in raw {
        let rec = r.get_ref();
        if !seen.insert((rec.body.get_ref().clone(), rec.id.get_ref().clone())) {
            c.error(
                "duplicate-recommendation",
                rec.id.span(),
                format!(
                    "recommendation `{}` of `{}` is listed twice",
                    rec.id.get_ref(),
                    rec.body.get_ref()
                ),
                "second time",
                "list each recommendation once, with all its follow-up entries".into(),
            );
            continue;
        }
        out.extend(c.recommendation(rec));
    }
    out
}

/// Merges a profile's recommendations over those of the profile it extends (same body and id:
/// the nearer profile's version replaces the other).
pub(crate) fn merge(base: &mut Vec<Recommendation>, nearer: Vec<Recommendation>) {
    for r in nearer {
        match base.iter_mut().find(|b| b.key() == r.key()) {
            Some(slot) => *slot = r,
            None => base.push(r),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(due: Option<&str>, follow: &[(&str, FollowUpStatus)]) -> Recommendation {
        Recommendation {
            id: "R1".into(),
            body: "greta".into(),
            body_name: "GRETA".into(),
            round: None,
            treaty: "trafficking".into(),
            verb: "urges".into(),
            urgency: 1,
            scale: 3,
            provisions: vec![],
            issued: "2020-01-01".into(),
            due: due.map(String::from),
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

    #[test]
    fn open_until_implemented_and_overdue_only_when_open_and_late() {
        let r = rec(
            Some("2022-01-01"),
            &[("2021-01-01", FollowUpStatus::PartiallyImplemented)],
        );
        assert!(r.is_open());
        assert!(r.is_overdue(Some("2022-01-02")));
        assert!(!r.is_overdue(Some("2022-01-01")));
        assert!(!r.is_overdue(None));
        let done = rec(
            Some("2022-01-01"),
            &[("2023-01-01", FollowUpStatus::Implemented)],
        );
        assert!(!done.is_open());
        assert!(!done.is_overdue(Some("2024-01-01")));
        assert!(rec(None, &[]).is_open());
    }

    #[test]
    fn the_nearer_profile_replaces_a_recommendation_it_repeats() {
        let mut base = vec![rec(None, &[])];
        let mut newer = rec(None, &[("2024-01-01", FollowUpStatus::Implemented)]);
        newer.text = Some("updated".into());
        let mut other = rec(None, &[]);
        other.id = "R2".into();
        merge(&mut base, vec![newer.clone(), other]);
        assert_eq!(base.len(), 2);
        assert_eq!(base[0], newer);
    }
}
