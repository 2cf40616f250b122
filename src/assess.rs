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
    /// The filters that made this scope, in words, for every output to state (empty: every
    /// provision of the treaties in the profile).
    pub statement: Vec<String>,
}

/// The assessment of one provision.
#[derive(Clone, Debug, Serialize)]
pub struct ProvisionResult {
    /// Where the provision sits in the catalog (standard, provision).
    #[serde(skip)]
    pub at: (usize, usize),
    /// Canonical ref.
    #[serde(rename = "ref")]
    pub reference: String,
    /// The reference as readers write it (`Art. 18(1)(b), third indent`).
    pub label: String,
    /// The result.
    pub status: Status,
    /// The status the profile declared (own or inherited), if any.
    pub declared: Option<Declared>,
    /// Where the declared status was given, if not on the provision itself.
    pub declared_at: Option<String>,
    /// Whether it binds the Party (counted in the score).
    pub mandatory: bool,
    /// Why, in plain words: every step of the assessment.
    pub reasons: Vec<String>,
    /// Why, for the reader: the profile's note first, then what falls short; never passing
    /// checks or bookkeeping.
    pub findings: Vec<String>,
    /// Required elements the profile does not cover.
    pub missing_elements: Vec<String>,
    /// Parameter checks that failed, as `parameter`.
    pub failed_checks: Vec<String>,
    /// Parameter checks that could not be decided for want of a value.
    pub unknown_checks: Vec<String>,
    /// Domestic citations.
    pub by: Vec<String>,
    /// The citations with the titles of the laws they cite.
    pub evidence: Vec<Evidence>,
    /// The domestic text the profile quotes, if any.
    pub text: Option<String>,
    /// Evidence given for linked provisions of other treaties that may answer this one.
    pub suggestions: Vec<String>,
    /// Reserved, yet domestic law covers it fully: the reservation could be withdrawn.
    pub withdrawable: bool,
    /// Heading of the article.
    pub article_heading: String,
    /// Summary of the provision.
    pub summary: String,
    /// False when the provision's model is not verified against the official text.
    pub verified: bool,
}

/// A domestic citation with the law it cites.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// As written in the profile (`cc:201(1)`).
    pub cite: String,
    /// Title of the law (`Criminal Code`), when declared.
    pub law: Option<String>,
    /// Official citation of the law (`Act 12/1998`).
    pub citation: Option<String>,
    /// The part after the law id (`201(1)`).
    pub section: String,
}

impl ProvisionResult {
    /// Records a reason the reader must see (also kept among all the reasons).
    pub(crate) fn finding(&mut self, text: String) {
        self.findings.push(text.clone());
        self.reasons.push(text);
    }
}

fn evidence(profile: &Profile, by: &[String]) -> Vec<Evidence> {
    by.iter()
        .map(|cite| {
            let (id, section) = cite.split_once(':').unwrap_or((cite.as_str(), ""));
            let law = profile.laws.iter().find(|l| l.id == id);
            Evidence {
                cite: cite.clone(),
                law: law.map(|l| l.title.clone()),
                citation: law.and_then(|l| l.citation.clone()),
                section: section.to_string(),
            }
        })
        .collect()
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
    /// Mandatory provisions in scope (full + partial + none + unknown + reserved).
    pub in_scope: usize,
    /// Of those, how many the profile gives a status for (own, inherited or by reservation):
    /// the rest are `unknown` because the profile says nothing.
    pub assessed: usize,
}

impl Counts {
    /// Coverage in percent: assessed / in scope (`None` when nothing is in scope).
    pub fn coverage(&self) -> Option<f64> {
        (self.in_scope > 0).then(|| round1(self.assessed as f64 / self.in_scope as f64 * 100.0))
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The assessment of one standard.
#[derive(Clone, Debug, Serialize)]
pub struct StandardAssessment {
    /// Standard id.
    pub id: String,
    /// Short title.
    pub title: String,
    /// Treaty, interpretive opinion, guidance note or model law.
    #[serde(skip_serializing_if = "crate::standard::StandardKind::is_treaty")]
    pub kind: crate::standard::StandardKind,
    /// Treaty number.
    pub number: String,
    /// The Party's status with the treaty.
    pub treaty_status: crate::profile::TreatyStatus,
    /// The Party's dates, reservations and declarations, as the profile gives them.
    pub treaty: Option<crate::profile::Treaty>,
    /// Score in percent; `None` (n/a) when nothing is counted or the treaty does not bind the
    /// Party (signed only, not signed, denounced).
    pub score: Option<f64>,
    /// Assessed provisions / mandatory provisions in scope, in percent.
    pub coverage: Option<f64>,
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
    /// The filters applied, in words (empty: every provision of the treaties in the profile).
    pub scope: Vec<String>,
    /// The date the report was made (`--date`, `SOURCE_DATE_EPOCH` or today), set by the caller.
    pub generated: Option<String>,
    /// The findings in brief, most serious first.
    pub summary: Summary,
    /// Per standard.
    pub standards: Vec<StandardAssessment>,
}

/// Assesses a profile.
pub fn assess(catalog: &Catalog, profile: &Profile, scope: &Scope) -> Assessment {
    // Opinions, guidance notes and model laws asked for need no [treaties.ID] in the profile.
    let benchmarks = crate::interpretive::benchmarks(catalog, profile, scope);
    let standards = profile
        .treaties
        .iter()
        .filter(|(s, _)| scope.standards.is_empty() || scope.standards.contains(s))
        .map(|(&s, treaty)| (s, treaty.status))
        .chain(
            benchmarks
                .into_iter()
                .map(|s| (s, crate::profile::TreatyStatus::NotATreaty)),
        )
        .map(|(s, treaty_status)| {
            let std = catalog.standard(s);
            let provisions: Vec<ProvisionResult> = (0..std.provisions.len())
                .filter(|&p| in_scope(std, s, p, scope))
                .map(|p| assess_with_alternatives(catalog, profile, s, p))
                .collect();
            let counts = count(&provisions);
            StandardAssessment {
                id: std.meta.id.clone(),
                title: std.meta.kind.label(&std.meta.short_title),
                kind: std.meta.kind,
                number: std.meta.number.clone(),
                treaty_status,
                treaty: profile.treaties.get(&s).cloned(),
                score: score(&counts).filter(|_| treaty_status.binds()),
                coverage: counts.coverage(),
                counts,
                provisions,
            }
        })
        // A topic or selection that leaves a treaty with nothing to assess leaves it out.
        .filter(|s| !s.provisions.is_empty() || (scope.tag.is_none() && scope.only.is_none()))
        .collect();
    let mut assessment = Assessment {
        jurisdiction: profile.jurisdiction.clone(),
        scope: scope.statement.clone(),
        generated: None,
        summary: Summary::default(),
        standards,
    };
    crosswalk(catalog, profile, &mut assessment);
    crate::interpretive::derive(catalog, profile, &mut assessment);
    assessment.summary = summarise(&assessment.standards);
    assessment
}

/// The findings of a whole assessment in brief, for the paragraph that opens a report.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Summary {
    /// Mandatory provisions in scope, over every standard.
    pub in_scope: usize,
    /// Of those, fully implemented.
    pub full: usize,
    /// Reserved.
    pub reserved: usize,
    /// Gaps, as `Lanzarote Convention Art. 23`, in treaty order.
    pub gaps: Vec<String>,
    /// Partly implemented, likewise.
    pub partial: Vec<String>,
    /// Not known, likewise.
    pub unknown: Vec<String>,
    /// Reserved provisions domestic law covers fully: the reservation could be withdrawn.
    pub withdrawable: Vec<String>,
    /// Treaties scored n/a because they do not bind the Party, as `Title (signed)`.
    pub not_binding: Vec<String>,
}

fn summarise(standards: &[StandardAssessment]) -> Summary {
    let mut out = Summary::default();
    for s in standards {
        if !s.treaty_status.binds() {
            out.not_binding
                .push(format!("{} ({})", s.title, s.treaty_status.as_str()));
            continue;
        }
        out.in_scope += s.counts.in_scope;
        out.full += s.counts.full;
        out.reserved += s.counts.reserved;
        for r in s.provisions.iter().filter(|r| r.mandatory) {
            let name = format!("{} {}", s.title, r.label);
            match r.status {
                Status::None => out.gaps.push(name),
                Status::Partial => out.partial.push(name),
                Status::Unknown => out.unknown.push(name),
                Status::Reserved if r.withdrawable => out.withdrawable.push(name),
                _ => {}
            }
        }
    }
    out
}

/// How good a result is, for choosing the best of alternatives.
fn rank(status: Status) -> u8 {
    match status {
        Status::None => 0,
        Status::Unknown => 1,
        Status::Partial => 2,
        Status::Reserved => 3,
        Status::Full => 4,
    }
}

/// Assesses a provision; where its items are alternatives, it is met as well as its best item,
/// and the items themselves are not counted on their own.
fn assess_with_alternatives(
    catalog: &Catalog,
    profile: &Profile,
    s: usize,
    p: usize,
) -> ProvisionResult {
    let std = catalog.standard(s);
    let prov = &std.provisions[p];
    let mut r = assess_provision(catalog, profile, s, p);
    if let Some(parent) = prov
        .parent
        .filter(|&q| std.provisions[q].alternatives && std.provisions[q].assessable)
    {
        r.mandatory = false;
        r.reasons.push(format!(
            "one of the alternatives of {}: counted through it",
            std.reference(parent)
        ));
    }
    if prov.alternatives {
        let best = prov
            .children
            .iter()
            .map(|&c| (c, assess_provision(catalog, profile, s, c).status))
            .max_by_key(|&(c, st)| (rank(st), std::cmp::Reverse(c)));
        let names: Vec<String> = prov
            .children
            .iter()
            .map(|&c| std.reference(c).to_string())
            .collect();
        r.reasons.push(format!(
            "met by implementing any one of {}",
            names.join(", ")
        ));
        if let Some((c, st)) = best.filter(|&(_, st)| rank(st) > rank(r.status)) {
            r.status = st;
            r.finding(format!(
                "{} through {}",
                st.as_str(),
                std.human_reference(c)
            ));
        }
    }
    r
}

/// Linked provisions of other treaties: say where the same domestic provision is cited for
/// both, and suggest evidence where one side has none.
fn crosswalk(catalog: &Catalog, profile: &Profile, a: &mut Assessment) {
    for s in &mut a.standards {
        for r in &mut s.provisions {
            let (si, pi) = r.at;
            let std = catalog.standard(si);
            let mut linked: Vec<crate::citation::ProvisionRef> = std.provisions[pi].see.clone();
            linked.extend(catalog.linked_from(si, pi));
            linked.sort();
            linked.dedup();
            for other in linked {
                let Some((so, po)) = catalog
                    .provision(&other)
                    .filter(|&(so, _)| so != si && profile.treaties.contains_key(&so))
                else {
                    continue;
                };
                let theirs = catalog.standard(so);
                let Some(entry) =
                    profile.entry_for(so, &theirs.lineage(po), theirs.provisions[po].article)
                else {
                    continue;
                };
                let shared: Vec<&str> =
                    r.by.iter()
                        .filter(|b| entry.by.contains(b))
                        .map(String::as_str)
                        .collect();
                if !shared.is_empty() {
                    r.reasons.push(format!(
                        "the same domestic provision ({}) is cited for the linked {other}",
                        shared.join(", ")
                    ));
                } else if r.by.is_empty()
                    && !entry.by.is_empty()
                    && r.declared.is_none()
                    && theirs.provisions[po].kind == std.provisions[pi].kind
                {
                    r.suggestions.push(format!(
                        "the evidence given for the linked {other} ({}) may answer this provision too",
                        entry.by.join(", ")
                    ));
                }
            }
        }
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

pub(crate) fn count(results: &[ProvisionResult]) -> Counts {
    let mut c = Counts::default();
    for r in results {
        if !r.mandatory {
            c.optional += 1;
            continue;
        }
        c.in_scope += 1;
        if r.declared.is_some() || r.status == Status::Reserved {
            c.assessed += 1;
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

/// (full + 0.5 × partial) / (mandatory in scope − reserved), in percent, rounded to one
/// decimal (README "How the score is computed").
pub(crate) fn score(c: &Counts) -> Option<f64> {
    let denominator = c.full + c.partial + c.none + c.unknown;
    (denominator > 0)
        .then(|| round1((c.full as f64 + 0.5 * c.partial as f64) / denominator as f64 * 100.0))
}

fn assess_provision(catalog: &Catalog, profile: &Profile, s: usize, p: usize) -> ProvisionResult {
    let std = catalog.standard(s);
    let prov = &std.provisions[p];
    let lineage = std.lineage(p);
    let entry = profile.entry_for(s, &lineage, prov.article);
    let mut r = ProvisionResult {
        at: (s, p),
        reference: std.reference(p).to_string(),
        label: std.human_reference(p),
        status: Status::Unknown,
        declared: entry.map(|e| e.status),
        declared_at: entry
            .map(|e| e.reference.to_string())
            .filter(|at| *at != std.reference(p).to_string()),
        mandatory: prov.is_mandatory(),
        reasons: Vec::new(),
        findings: Vec::new(),
        missing_elements: Vec::new(),
        failed_checks: Vec::new(),
        unknown_checks: Vec::new(),
        by: entry.map(|e| e.by.clone()).unwrap_or_default(),
        evidence: entry.map(|e| evidence(profile, &e.by)).unwrap_or_default(),
        text: entry.and_then(|e| e.text.clone()),
        suggestions: Vec::new(),
        withdrawable: false,
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
            match &r.declared_at {
                Some(at) => r.reasons.push(format!(
                    "status {} declared for {at} as a whole",
                    e.status.as_str()
                )),
                None => r.reasons.push(format!(
                    "status {} declared in the profile",
                    e.status.as_str()
                )),
            }
            if let Some(note) = &e.note {
                r.finding(format!("profile note: {}", note.trim()));
            }
            Status::from_declared(e.status)
        }
        None => {
            r.finding("the profile says nothing about this provision".into());
            Status::Unknown
        }
    };
    let entries = profile.entries_on(s, &lineage, prov.article);
    elements(std, p, &entries, profile, s, &mut r);
    checks(catalog, std, p, profile, s, &mut r);
    crate::interpretive::relations(std, p, profile, &mut r);
    reservations(std, p, profile, s, &mut r);
    if !r.verified {
        r.finding(
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
            .filter(|(e, _)| !listed.contains(&&e.id))
            .filter(|(e, _)| !met_instead(std, e, &listed, profile, s, r))
            .map(|(e, _)| e.id.clone())
            .collect();
        if !r.missing_elements.is_empty() {
            r.status = cap_partial(r.status);
            let described: Vec<String> = std
                .elements_of(p)
                .into_iter()
                .filter(|(e, _)| r.missing_elements.contains(&e.id))
                .map(|(e, _)| format!("{} ({})", e.text.trim_end_matches('.'), e.id))
                .collect();
            r.finding(format!(
                "domestic law does not cover: {}",
                described.join("; ")
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
            r.finding(format!(
                "domestic law also requires {}, which is allowed only with {}:{}, not invoked by the Party",
                extra.id, std.meta.id, extra.allowed_by
            ));
        }
    }
}

/// Whether a missing element is met by a substitute the profile lists, under a clause the Party
/// invoked and that still holds; says why either way when a substitute is listed.
fn met_instead(
    std: &Standard,
    element: &crate::standard::Element,
    listed: &[&String],
    profile: &Profile,
    s: usize,
    r: &mut ProvisionResult,
) -> bool {
    let id = &std.meta.id;
    for alt in element.instead.iter().filter(|x| listed.contains(&&x.id)) {
        if profile.invoked(s, &alt.allowed_by) {
            r.reasons.push(format!(
                "{} meets {} in its place under the Party's reservation {id}:{}",
                alt.id, element.id, alt.allowed_by
            ));
            return true;
        }
        r.finding(format!(
            "{} would meet {} only under a reservation {id}:{} in force for the Party, and there is none",
            alt.id, element.id, alt.allowed_by
        ));
    }
    false
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
                r.finding(format!(
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
                r.finding(format!(
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
        if let Some(reason) = treaty
            .standing
            .get(&clause.rel)
            .and_then(|st| standing_reason(std, clause, st))
        {
            r.finding(reason);
        }
        if treaty.lapsed(&clause.rel) {
            continue;
        }
        if extent != Extent::Part {
            let covered = r.status == Status::Full && r.declared == Some(Declared::Full);
            r.status = Status::Reserved;
            // Said nothing is no shortfall once a reservation sets the provision aside.
            r.findings
                .retain(|f| !f.starts_with("the profile says nothing"));
            r.finding(format!(
                "reserved: the Party invoked {id}:{} ({}), which the treaty permits",
                clause.rel,
                extent.as_str()
            ));
            if covered {
                r.withdrawable = true;
                r.finding(format!(
                    "domestic law covers it fully: the reservation under {id}:{} could be withdrawn",
                    clause.rel
                ));
            }
            return;
        }
        // A reservation on part of a provision does not excuse whatever else is missing.
        if r.status == Status::Full {
            r.reasons.push(format!("the Party's reservation under {id}:{} covers part of it, but domestic law implements it fully", clause.rel));
        } else {
            r.finding(format!(
                "the Party's reservation under {id}:{} sets part of it aside: check whether the shortfall lies within that part ({})",
                clause.rel, clause.summary
            ));
        }
    }
}

/// What a time-limited reservation's standing means for the provision, in words.
fn standing_reason(
    std: &Standard,
    clause: &crate::standard::Clause,
    standing: &crate::reservation::Standing,
) -> Option<String> {
    use crate::reservation::Standing as S;
    let name = format!("{}:{}", std.meta.id, clause.rel);
    let by = clause
        .validity
        .map(|v| format!("{}:{}", std.meta.id, std.provisions[v.by].rel))?;
    Some(match standing {
        S::Lapsed { on } => format!(
            "the Party's reservation under {name} lapsed on {on}, not renewed in time ({by}): assessed as if not reserved"
        ),
        S::ExpiresSoon { expires, lapses } => format!(
            "the Party's reservation under {name} expires on {expires} and lapses on {lapses} unless renewed ({by})"
        ),
        S::RunningOn { expired, lapses } => format!(
            "the Party's reservation under {name} expired on {expired} unrenewed and lapses on {lapses} ({by})"
        ),
        S::Unknown { missing } => format!(
            "the Party's reservation under {name} is time-limited ({by}); without `{missing}` in the profile lexgap cannot tell whether it still holds"
        ),
        S::Valid { expires } => format!(
            "the Party's reservation under {name} holds until {expires}, when it must be renewed ({by})"
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Sources;

    fn assess_toml(body: &str) -> Assessment {
        let catalog = Catalog::embedded()
            .unwrap_or_else(|e| panic!("{}", e.sources.render(&e.diagnostics, false)));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.toml");
        let text = format!("[jurisdiction]\ncode = \"XA\"\nname = \"Test\"\n\n{body}");
        std::fs::write(&path, text).unwrap();
        let mut sources = Sources::new();
        let (profile, _) = crate::profile::load(&path, &catalog, &mut sources, &Default::default())
            .unwrap_or_else(|d| panic!("{}", sources.render(&d, false)));
        assess(&catalog, &profile, &Scope::default())
    }

    fn result<'a>(a: &'a Assessment, r: &str) -> &'a ProvisionResult {
        a.standards
            .iter()
            .flat_map(|s| &s.provisions)
            .find(|p| p.reference == r)
            .unwrap_or_else(|| panic!("{r} not assessed"))
    }

    const BUDAPEST: &str = "[treaties.budapest]\nstatus = \"ratified\"\n";
    const LANZAROTE: &str = "[treaties.lanzarote]\nstatus = \"ratified\"\n";

    #[test]
    fn coverage_is_none_with_nothing_in_scope_and_a_rounded_share_otherwise() {
        assert_eq!(Counts::default().coverage(), None);
        let c = Counts {
            in_scope: 3,
            assessed: 1,
            ..Counts::default()
        };
        assert_eq!(c.coverage(), Some(33.3));
    }

    #[test]
    fn an_article_status_applies_to_every_provision_under_it() {
        let a = assess_toml(&format!(
            "{BUDAPEST}[provisions.\"budapest:9\"]\nstatus = \"partial\"\n[parameters]\ncsam_age_limit = 18\n"
        ));
        assert_eq!(result(&a, "budapest:9.1.c").status, Status::Partial);
        assert_eq!(
            result(&a, "budapest:9.1.c").declared_at.as_deref(),
            Some("budapest:9")
        );
        assert_eq!(
            result(&a, "budapest:8.a").status,
            Status::Unknown,
            "nothing said means unknown"
        );
    }

    #[test]
    fn the_nearest_entry_wins() {
        let a = assess_toml(&format!(
            "{BUDAPEST}[parameters]\ncsam_age_limit = 18\n[provisions.\"budapest:9\"]\nstatus = \"full\"\n[provisions.\"budapest:9.1.e\"]\nstatus = \"none\"\n"
        ));
        assert_eq!(result(&a, "budapest:9.1.d").status, Status::Full);
        assert_eq!(result(&a, "budapest:9.1.e").status, Status::None);
    }

    #[test]
    fn a_whole_reservation_marks_the_provision_reserved() {
        let a =
            assess_toml("[treaties.budapest]\nstatus = \"ratified\"\nreservations = [\"9.4\"]\n");
        let r = result(&a, "budapest:9.1.e");
        assert_eq!(r.status, Status::Reserved);
        assert!(
            r.reasons.iter().any(|x| x.contains("budapest:9.4")),
            "{:?}",
            r.reasons
        );
        assert_eq!(a.standards[0].counts.reserved, 2, "9.1.d and 9.1.e");
    }

    #[test]
    fn a_partial_reservation_does_not_excuse_other_shortfalls() {
        let a = assess_toml(
            "[treaties.lanzarote]\nstatus = \"ratified\"\nreservations = [\"20.3\"]\n[parameters]\ncsam_age_limit = 16\nage_of_sexual_consent = 16\n[provisions.\"lanzarote:20\"]\nstatus = \"full\"\n",
        );
        let r = result(&a, "lanzarote:20.1.e");
        assert_eq!(r.status, Status::Partial, "{:?}", r.reasons);
        assert!(
            r.reasons
                .iter()
                .any(|x| x.contains("lanzarote:20.3 sets part of it aside")),
            "{:?}",
            r.reasons
        );
    }

    #[test]
    fn the_same_age_limit_passes_budapest_9_3_with_the_declaration_and_fails_lanzarote_20() {
        let a = assess_toml(
            "[treaties.budapest]\nstatus = \"ratified\"\ndeclarations = [\"9.3\"]\n[treaties.lanzarote]\nstatus = \"ratified\"\n\
             [parameters]\ncsam_age_limit = 16\n[provisions.\"budapest:9\"]\nstatus = \"full\"\n[provisions.\"lanzarote:20\"]\nstatus = \"full\"\n",
        );
        let b = result(&a, "budapest:9.3");
        assert_eq!(b.status, Status::Full, "{:?}", b.reasons);
        assert_eq!(result(&a, "budapest:9.1.a").status, Status::Full);
        let l = result(&a, "lanzarote:20.1.a");
        assert_eq!(l.status, Status::Partial);
        assert_eq!(l.failed_checks, ["csam_age_limit"]);
        assert!(
            l.reasons
                .iter()
                .any(|x| x.starts_with("csam_age_limit is 16 years; ") && x.contains("under 18")),
            "{:?}",
            l.reasons
        );
    }

    #[test]
    fn without_the_declaration_an_age_limit_of_16_fails_budapest_too() {
        let a = assess_toml(&format!(
            "{BUDAPEST}[parameters]\ncsam_age_limit = 16\n[provisions.\"budapest:9\"]\nstatus = \"full\"\n"
        ));
        assert_eq!(result(&a, "budapest:9.1.a").status, Status::Partial);
    }

    #[test]
    fn a_missing_parameter_makes_the_check_unknown_never_a_pass() {
        let a = assess_toml(&format!(
            "{BUDAPEST}[provisions.\"budapest:9\"]\nstatus = \"full\"\n"
        ));
        let r = result(&a, "budapest:9.1.a");
        assert_eq!(r.status, Status::Unknown);
        assert_eq!(r.unknown_checks, ["csam_age_limit"]);
        assert!(
            r.reasons
                .iter()
                .any(|x| x.contains("csam_age_limit is not stated")),
            "{:?}",
            r.reasons
        );
    }

    #[test]
    fn missing_elements_cap_the_status_at_partial() {
        let a = assess_toml(&format!(
            "{BUDAPEST}[parameters]\ncsam_age_limit = 18\n[provisions.\"budapest:9.1.a\"]\nstatus = \"full\"\nelements = [\"producing\"]\n"
        ));
        let r = result(&a, "budapest:9.1.a");
        assert_eq!(r.status, Status::Partial);
        assert!(
            r.missing_elements
                .contains(&"purpose-of-distribution".to_string()),
            "{:?}",
            r.missing_elements
        );
    }

    #[test]
    fn a_narrowing_element_needs_the_declaration_that_allows_it() {
        let body = "[provisions.\"budapest:2\"]\nstatus = \"full\"\nnarrowing = [\"infringing-security-measures\"]\n";
        let without = assess_toml(&format!("{BUDAPEST}{body}"));
        assert_eq!(result(&without, "budapest:2").status, Status::Partial);
        let with = assess_toml(&format!(
            "[treaties.budapest]\nstatus = \"ratified\"\ndeclarations = [\"2\"]\n{body}"
        ));
        assert_eq!(result(&with, "budapest:2").status, Status::Full);
    }

    #[test]
    fn optional_provisions_are_reported_but_never_counted() {
        let a = assess_toml(&format!(
            "{BUDAPEST}[provisions.\"budapest:32\"]\nstatus = \"none\"\n"
        ));
        let r = result(&a, "budapest:32.a");
        assert_eq!(r.status, Status::None);
        assert!(!r.mandatory);
        assert_eq!(a.standards[0].counts.none, 0);
        assert!(a.standards[0].counts.optional >= 2);
    }

    #[test]
    fn alternatives_are_met_by_any_one_item_and_not_counted_alone() {
        let a = assess_toml(
            "[treaties.trafficking]\nstatus = \"ratified\"\n[provisions.\"trafficking:14.1.a\"]\nstatus = \"full\"\n[provisions.\"trafficking:14.1.b\"]\nstatus = \"none\"\n",
        );
        let parent = result(&a, "trafficking:14.1");
        assert_eq!(parent.status, Status::Full, "{:?}", parent.reasons);
        assert!(
            parent
                .reasons
                .iter()
                .any(|x| x.contains("any one of trafficking:14.1.a, trafficking:14.1.b"))
        );
        let b = result(&a, "trafficking:14.1.b");
        assert_eq!(b.status, Status::None);
        assert!(!b.mandatory, "an unused alternative is not a gap");
    }

    #[test]
    fn a_short_reflection_period_makes_13_1_partial_with_the_reason() {
        let a = assess_toml(
            "[treaties.trafficking]\nstatus = \"ratified\"\n[parameters]\nrecovery_reflection_period_days = 20\n[provisions.\"trafficking:13.1\"]\nstatus = \"full\"\n",
        );
        let r = result(&a, "trafficking:13.1");
        assert_eq!(r.status, Status::Partial);
        assert!(
            r.reasons.iter().any(
                |x| x.starts_with("recovery_reflection_period_days is 20 days")
                    && x.contains("at least 30")
            ),
            "{:?}",
            r.reasons
        );
    }

    #[test]
    fn shared_evidence_for_linked_provisions_is_named_and_missing_evidence_suggested() {
        let a = assess_toml(
            "[treaties.budapest]\nstatus = \"ratified\"\n[treaties.lanzarote]\nstatus = \"ratified\"\n[parameters]\ncsam_age_limit = 18\n\
             [[laws]]\nid = \"cc\"\ntitle = \"Criminal Code\"\n\
             [provisions.\"budapest:9.1.a\"]\nstatus = \"full\"\nby = [\"cc:212\"]\n[provisions.\"lanzarote:20.1.a\"]\nstatus = \"full\"\nby = [\"cc:212\"]\n\
             [provisions.\"lanzarote:20.1.b\"]\nstatus = \"full\"\nby = [\"cc:213\"]\n",
        );
        let r = result(&a, "budapest:9.1.a");
        assert!(
            r.reasons
                .iter()
                .any(|x| x.contains("same domestic provision (cc:212)")
                    && x.contains("lanzarote:20.1.a")),
            "{:?}",
            r.reasons
        );
        let b = result(&a, "budapest:9.1.b");
        assert!(
            b.suggestions
                .iter()
                .any(|x| x.contains("lanzarote:20.1.b") && x.contains("cc:213")),
            "{:?}",
            b.suggestions
        );
    }

    #[test]
    fn score_is_full_plus_half_partial_over_mandatory_not_reserved() {
        let c = Counts {
            full: 3,
            partial: 2,
            none: 4,
            unknown: 1,
            reserved: 5,
            optional: 7,
            in_scope: 15,
            assessed: 15,
        };
        assert_eq!(score(&c), Some(40.0));
        assert_eq!(score(&Counts::default()), None);
        let a = assess_toml(LANZAROTE);
        assert_eq!(a.standards[0].score, Some(0.0), "all unknown");
    }

    /// Istanbul ratified with entry into force on 1 May 2015, the law as of 1 June 2024, and
    /// the reservation `clause` made on 20 January 2015, renewed on `renewed` if given.
    fn istanbul(clause: &str, renewed: Option<&str>, rest: &str) -> Assessment {
        let renewal = renewed
            .map(|d| format!("renewed = [{d}]\n"))
            .unwrap_or_default();
        assess_toml(&format!(
            "as_of = 2024-06-01\n[treaties.istanbul]\nstatus = \"ratified\"\nin_force = 2015-05-01\nreservations = [\"{clause}\"]\n[treaties.istanbul.reservation_dates.\"{clause}\"]\nmade = 2015-01-20\n{renewal}{rest}"
        ))
    }

    #[test]
    fn a_lapsed_reservation_stops_excusing_and_a_renewed_one_still_does() {
        // Five years from 2015-05-01, six months' grace: lapsed on 2020-11-01.
        let lapsed = istanbul("44.3", None, "");
        let r = result(&lapsed, "istanbul:44.3");
        assert_eq!(r.status, Status::Unknown, "{:?}", r.reasons);
        assert!(
            r.reasons
                .iter()
                .any(|x| x.contains("lapsed on 2020-11-01") && x.contains("as if not reserved")),
            "{:?}",
            r.reasons
        );
        // Renewed on 2020-03-01, before it expired: valid until 2025-05-01.
        let renewed = istanbul("44.3", Some("2020-03-01"), "");
        let r = result(&renewed, "istanbul:44.3");
        assert_eq!(r.status, Status::Reserved, "{:?}", r.reasons);
        assert!(
            r.reasons
                .iter()
                .any(|x| x.contains("expires on 2025-05-01")),
            "within a year of 2024-06-01: {:?}",
            r.reasons
        );
    }

    const STALKING_NON_CRIMINAL: &str = "[provisions.\"istanbul:34\"]\nstatus = \"full\"\nelements = [\"intentional\", \"repeated\", \"threatening-conduct\", \"causing-fear\", \"non-criminal-sanction\"]\n";

    #[test]
    fn non_criminal_sanctions_for_stalking_pass_only_under_a_valid_78_3_reservation() {
        let with = istanbul("78.3", Some("2020-03-01"), STALKING_NON_CRIMINAL);
        let r = result(&with, "istanbul:34");
        assert_eq!(r.status, Status::Full, "{:?}", r.reasons);
        assert!(r.missing_elements.is_empty());
        assert!(
            r.reasons.iter().any(|x| x
                == "non-criminal-sanction meets criminal-offence in its place under the Party's reservation istanbul:78.3"),
            "{:?}",
            r.reasons
        );
        let lapsed = istanbul("78.3", None, STALKING_NON_CRIMINAL);
        let r = result(&lapsed, "istanbul:34");
        assert_eq!(r.status, Status::Partial, "{:?}", r.reasons);
        assert_eq!(r.missing_elements, ["criminal-offence"]);
        let without = assess_toml(&format!(
            "[treaties.istanbul]\nstatus = \"ratified\"\n{STALKING_NON_CRIMINAL}"
        ));
        let r = result(&without, "istanbul:34");
        assert_eq!(r.status, Status::Partial, "{:?}", r.reasons);
        assert_eq!(r.missing_elements, ["criminal-offence"]);
    }

    #[test]
    fn a_plain_list_of_reservations_still_works_and_is_flagged_undated() {
        let a =
            assess_toml("[treaties.istanbul]\nstatus = \"ratified\"\nreservations = [\"44.3\"]\n");
        let r = result(&a, "istanbul:44.3");
        assert_eq!(r.status, Status::Reserved);
        assert!(
            r.reasons.iter().any(|x| x.contains("without `in_force`")),
            "{:?}",
            r.reasons
        );
    }

    #[test]
    fn a_valid_time_limited_reservation_says_until_when() {
        let a = assess_toml(
            "as_of = 2023-06-01\n[treaties.istanbul]\nstatus = \"ratified\"\nin_force = 2020-01-01\nreservations = [\"59\"]\n",
        );
        let r = result(&a, "istanbul:59.1");
        assert_eq!(r.status, Status::Reserved, "{:?}", r.reasons);
        assert!(
            r.reasons.iter().any(|x| x
                == "the Party's reservation under istanbul:59 holds until 2025-01-01, when it must be renewed (istanbul:79.1)"),
            "{:?}",
            r.reasons
        );
    }
}
