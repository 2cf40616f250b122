//! The assessment engine (design §7): for each assessable provision in scope, a status with
//! its reasons in plain words, and a score per standard. It decides; it never formats output.

use serde::Serialize;

use crate::profile::{Declared, Entry, Profile};
use crate::standard::{Bound, Catalog, Check, Extent, ParamValue, Standard};

/// The result for one provision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// No implementation: a gap.
    None,
    /// Implemented in part.
    Partial,
    /// Not known.
    Unknown,
    /// Set aside by a reservation the treaty permits.
    Reserved,
    /// Fully implemented.
    Full,
}

impl Status {
    /// The keyword used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::None => "none",
            Status::Partial => "partial",
            Status::Unknown => "unknown",
            Status::Reserved => "reserved",
            Status::Full => "full",
        }
    }

    fn from_declared(d: Declared) -> Self {
        match d {
            Declared::Full => Status::Full,
            Declared::Partial => Status::Partial,
            Declared::None => Status::None,
            Declared::Unknown => Status::Unknown,
        }
    }
}

/// Which provisions to assess.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    /// Only these standards (catalog indices); empty = every treaty in the profile.
    pub standards: Vec<usize>,
    /// Only these provisions; `None` = all.
    pub only: Option<crate::standard::ProvisionSet>,
    /// Only provisions with this topic.
    pub tag: Option<String>,
}

/// The assessment of one provision.
#[derive(Clone, Debug, Serialize)]
pub struct ProvisionResult {
    /// Canonical ref.
    #[serde(rename = "ref")]
    pub reference: String,
    /// The result.
    pub status: Status,
    /// The status the profile declared (own or inherited), if any.
    pub declared: Option<Declared>,
    /// Where the declared status was given, if not on the provision itself.
    pub declared_at: Option<String>,
    /// Whether it binds the Party (counted in the score).
    pub mandatory: bool,
    /// Why, in plain words.
    pub reasons: Vec<String>,
    /// Required elements the profile does not cover.
    pub missing_elements: Vec<String>,
    /// Parameter checks that failed, as `parameter`.
    pub failed_checks: Vec<String>,
    /// Parameter checks that could not be decided for want of a value.
    pub unknown_checks: Vec<String>,
    /// Domestic citations.
    pub by: Vec<String>,
    /// Heading of the article.
    pub article_heading: String,
    /// Summary of the provision.
    pub summary: String,
    /// False when the provision's model is not verified against the official text.
    pub verified: bool,
}

/// Counts of results among mandatory provisions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Fully implemented.
    pub full: usize,
    /// Partly implemented.
    pub partial: usize,
    /// Gaps.
    pub none: usize,
    /// Not known.
    pub unknown: usize,
    /// Reserved.
    pub reserved: usize,
    /// Optional (`may`) provisions assessed but not counted above.
    pub optional: usize,
}

/// The assessment of one standard.
#[derive(Clone, Debug, Serialize)]
pub struct StandardAssessment {
    /// Standard id.
    pub id: String,
    /// Short title.
    pub title: String,
    /// Treaty number.
    pub number: String,
    /// The Party's status with the treaty.
    pub treaty_status: crate::profile::TreatyStatus,
    /// Score in percent, if anything is counted.
    pub score: Option<f64>,
    /// Counts of results.
    pub counts: Counts,
    /// Results, in treaty order.
    pub provisions: Vec<ProvisionResult>,
}

/// A whole assessment.
#[derive(Clone, Debug, Serialize)]
pub struct Assessment {
    /// Who and when.
    pub jurisdiction: crate::profile::Jurisdiction,
    /// Per standard.
    pub standards: Vec<StandardAssessment>,
}

/// Assesses a profile.
pub fn assess(catalog: &Catalog, profile: &Profile, scope: &Scope) -> Assessment {
    let standards = profile
        .treaties
        .iter()
        .filter(|(s, _)| scope.standards.is_empty() || scope.standards.contains(s))
        .map(|(&s, treaty)| {
            let std = catalog.standard(s);
            let provisions: Vec<ProvisionResult> = (0..std.provisions.len())
                .filter(|&p| in_scope(std, s, p, scope))
                .map(|p| assess_provision(catalog, profile, s, p))
                .collect();
            let counts = count(&provisions);
            StandardAssessment {
                id: std.meta.id.clone(),
                title: std.meta.short_title.clone(),
                number: std.meta.number.clone(),
                treaty_status: treaty.status,
                score: score(&counts),
                counts,
                provisions,
            }
        })
        .collect();
    Assessment {
        jurisdiction: profile.jurisdiction.clone(),
        standards,
    }
}

fn in_scope(std: &Standard, s: usize, p: usize, scope: &Scope) -> bool {
    std.provisions[p].assessable
        && scope.only.as_ref().is_none_or(|set| set.contains(&(s, p)))
        && scope
            .tag
            .as_deref()
            .is_none_or(|t| std.tags_of(p).contains(&t))
}

fn count(results: &[ProvisionResult]) -> Counts {
    let mut c = Counts::default();
    for r in results {
        if !r.mandatory {
            c.optional += 1;
            continue;
        }
        match r.status {
            Status::Full => c.full += 1,
            Status::Partial => c.partial += 1,
            Status::None => c.none += 1,
            Status::Unknown => c.unknown += 1,
            Status::Reserved => c.reserved += 1,
        }
    }
    c
}

/// (full + 0.5 × partial) / (mandatory assessable − reserved), in percent.
fn score(c: &Counts) -> Option<f64> {
    let denominator = c.full + c.partial + c.none + c.unknown;
    (denominator > 0).then(|| {
        let raw = (c.full as f64 + 0.5 * c.partial as f64) / denominator as f64 * 100.0;
        (raw * 10.0).round() / 10.0
    })
}

fn assess_provision(catalog: &Catalog, profile: &Profile, s: usize, p: usize) -> ProvisionResult {
    let std = catalog.standard(s);
    let prov = &std.provisions[p];
    let lineage = std.lineage(p);
    let entry = profile.entry_for(s, &lineage, prov.article);
    let mut r = ProvisionResult {
        reference: std.reference(p).to_string(),
        status: Status::Unknown,
        declared: entry.map(|e| e.status),
        declared_at: entry
            .map(|e| e.reference.to_string())
            .filter(|at| *at != std.reference(p).to_string()),
        mandatory: prov.is_mandatory(),
        reasons: Vec::new(),
        missing_elements: Vec::new(),
        failed_checks: Vec::new(),
        unknown_checks: Vec::new(),
        by: entry.map(|e| e.by.clone()).unwrap_or_default(),
        article_heading: std.articles[prov.article].heading.clone(),
        summary: prov.summary.clone(),
        verified: prov.verified && std.meta.verified,
    };
    if !prov.is_mandatory() {
        r.reasons.push(format!(
            "optional ({}): reported, never counted as a gap",
            prov.modality.as_str()
        ));
    }
    r.status = match entry {
        Some(e) => {
            if let Some(at) = &r.declared_at {
                r.reasons.push(format!(
                    "status {} declared for {at} as a whole",
                    e.status.as_str()
                ));
            }
            Status::from_declared(e.status)
        }
        None => {
            r.reasons
                .push("the profile says nothing about this provision".into());
            Status::Unknown
        }
    };
    let entries = profile.entries_on(s, &lineage, prov.article);
    elements(std, p, &entries, profile, s, &mut r);
    checks(catalog, std, p, profile, s, &mut r);
    reservations(std, p, profile, s, &mut r);
    if !r.verified {
        r.reasons.push(
            "caution: lexgap's model of this provision is not verified against the official text"
                .into(),
        );
    }
    r
}

/// Caps a status at partial: full becomes partial; none and unknown stay as they are.
fn cap_partial(status: Status) -> Status {
    if status == Status::Full {
        Status::Partial
    } else {
        status
    }
}

fn elements(
    std: &Standard,
    p: usize,
    entries: &[&Entry],
    profile: &Profile,
    s: usize,
    r: &mut ProvisionResult,
) {
    let listed: Vec<&String> = entries
        .iter()
        .filter_map(|e| e.elements.as_ref())
        .flatten()
        .collect();
    if entries.iter().any(|e| e.elements.is_some()) {
        r.missing_elements = std
            .elements_of(p)
            .into_iter()
            .map(|(e, _)| e.id.clone())
            .filter(|id| !listed.contains(&id))
            .collect();
        if !r.missing_elements.is_empty() {
            r.status = cap_partial(r.status);
            r.reasons.push(format!(
                "domestic law does not cover: {}",
                r.missing_elements.join(", ")
            ));
        }
    }
    let narrowing: Vec<&String> = entries.iter().flat_map(|e| &e.narrowing).collect();
    for extra in std
        .additional_elements_of(p)
        .into_iter()
        .filter(|x| narrowing.contains(&&x.id))
    {
        if profile.invoked(s, &extra.allowed_by) {
            r.reasons.push(format!(
                "domestic law also requires {}, which {}:{} lets the Party require, and the Party invoked it",
                extra.id, std.meta.id, extra.allowed_by
            ));
        } else {
            r.status = cap_partial(r.status);
            r.reasons.push(format!(
                "domestic law also requires {}, which is allowed only with {}:{}, not invoked by the Party",
                extra.id, std.meta.id, extra.allowed_by
            ));
        }
    }
}

fn checks(
    catalog: &Catalog,
    std: &Standard,
    p: usize,
    profile: &Profile,
    s: usize,
    r: &mut ProvisionResult,
) {
    for (check, from) in std.checks_of(p) {
        let (bound, relaxed_by) = effective_bound(check, profile, s);
        let unit = catalog
            .vocabulary
            .parameter(&check.parameter)
            .map(|x| x.unit.as_str())
            .unwrap_or("");
        let source = check
            .why
            .clone()
            .unwrap_or_else(|| format!("{} requires it", std.reference(from)));
        match profile.parameters.get(&check.parameter) {
            None => {
                r.unknown_checks.push(check.parameter.clone());
                if r.status == Status::Full {
                    r.status = Status::Unknown;
                }
                r.reasons.push(format!(
                    "{} is not stated, so the check ({bound}) cannot be decided; {source}",
                    check.parameter
                ));
            }
            Some(&value) if bound.accepts(value) => {
                if bound != Bound::Stated {
                    let relaxed = relaxed_by
                        .map(|c| format!(" under the Party's {}:{c}", std.meta.id))
                        .unwrap_or_default();
                    r.reasons.push(format!(
                        "{} is {}{}: meets {bound}{relaxed}",
                        check.parameter,
                        value,
                        with_unit(value, unit)
                    ));
                }
            }
            Some(&value) => {
                r.failed_checks.push(check.parameter.clone());
                r.status = cap_partial(r.status);
                r.reasons.push(format!(
                    "{} is {}{}; {source} ({bound} required)",
                    check.parameter,
                    value,
                    with_unit(value, unit)
                ));
            }
        }
    }
}

fn with_unit(value: ParamValue, unit: &str) -> String {
    match value {
        ParamValue::Int(_) if !unit.is_empty() => format!(" {unit}"),
        _ => String::new(),
    }
}

/// The bound that applies: relaxed if the Party invoked a relaxing clause.
fn effective_bound(check: &Check, profile: &Profile, s: usize) -> (Bound, Option<String>) {
    check
        .relaxed
        .iter()
        .find(|rel| profile.invoked(s, &rel.by))
        .map(|rel| (rel.bound, Some(rel.by.clone())))
        .unwrap_or((check.bound, None))
}

fn reservations(std: &Standard, p: usize, profile: &Profile, s: usize, r: &mut ProvisionResult) {
    let Some(treaty) = profile.treaties.get(&s) else {
        return;
    };
    let id = &std.meta.id;
    for (kind, clause, extent) in std.clauses_affecting(p) {
        if kind != crate::standard::ClauseKind::Reservation
            || !treaty.reservations.contains(&clause.rel)
        {
            continue;
        }
        if extent != Extent::Part {
            r.status = Status::Reserved;
            r.reasons.push(format!(
                "reserved: the Party invoked {id}:{} ({}), which the treaty permits",
                clause.rel,
                extent.as_str()
            ));
            return;
        }
        // A reservation on part of a provision does not excuse whatever else is missing.
        if r.status == Status::Full {
            r.reasons.push(format!("the Party's reservation under {id}:{} covers part of it, but domestic law implements it fully", clause.rel));
        } else {
            r.reasons.push(format!(
                "the Party's reservation under {id}:{} sets part of it aside: check whether the shortfall lies within that part ({})",
                clause.rel, clause.summary
            ));
        }
    }
}
