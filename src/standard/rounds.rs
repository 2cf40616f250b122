//! Monitoring bodies and their rounds (standards/rounds.toml): who monitors which treaty, the
//! verbs their recommendations use, and the provisions each round's questionnaire addresses.
//! Loaded and validated with the catalog, with the same span-accurate diagnostics.

use std::collections::HashSet;
use std::ops::Range;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::diagnostic::{Diagnostic, FileId};
use crate::standard::{Catalog, ProvisionSet};
use crate::suggest::did_you_mean;

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRounds {
    #[serde(default)]
    bodies: Vec<RawBody>,
    #[serde(default)]
    rounds: Vec<RawRound>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBody {
    id: Spanned<String>,
    name: String,
    treaty: Spanned<String>,
    verbs: Spanned<Vec<String>>,
    source: String,
    #[serde(default = "yes")]
    verified: bool,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRound {
    id: Spanned<String>,
    body: Spanned<String>,
    number: u32,
    kind: RoundKind,
    theme: String,
    launched: Option<Spanned<String>>,
    source: String,
    #[serde(default = "yes")]
    verified: bool,
    note: Option<String>,
    #[serde(default)]
    reports: Vec<RawReport>,
    #[serde(default)]
    sections: Vec<RawSection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReport {
    title: String,
    adopted: Spanned<String>,
    source: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    title: String,
    provisions: Vec<Spanned<String>>,
    source: Option<String>,
    #[serde(default = "yes")]
    verified: bool,
    note: Option<String>,
}

/// What sort of exercise a round is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoundKind {
    /// A country-by-country evaluation round (GRETA).
    EvaluationRound,
    /// A thematic round covering all Parties at once (Lanzarote Committee).
    MonitoringRound,
    /// A single-topic assessment (T-CY).
    Assessment,
}

impl RoundKind {
    /// The keyword as written in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            RoundKind::EvaluationRound => "evaluation-round",
            RoundKind::MonitoringRound => "monitoring-round",
            RoundKind::Assessment => "assessment",
        }
    }
}

/// A monitoring body and the verbs its recommendations use.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Body {
    /// Id used in rounds and profiles (`greta`).
    pub id: String,
    /// Full name.
    pub name: String,
    /// Id of the standard it monitors.
    pub treaty: String,
    /// Recommendation verbs, most urgent first (`urge`, `consider`, `invite`).
    pub verbs: Vec<String>,
    /// Where the scale comes from.
    pub source: String,
    /// False when the scale was not checked against a source.
    pub verified: bool,
    /// A remark.
    pub note: Option<String>,
}

impl Body {
    /// The urgency of a verb as written (`urges` → 1 for GRETA), if it is on the scale.
    pub fn urgency(&self, written: &str) -> Option<usize> {
        let stem = verb_stem(written);
        self.verbs.iter().position(|v| *v == stem).map(|i| i + 1)
    }
}

/// The verb's base form: lower case, a third-person `-s` dropped (`Urges` → `urge`).
pub fn verb_stem(written: &str) -> String {
    let w = written.trim().to_lowercase();
    match w.strip_suffix('s') {
        Some(stem) if !stem.is_empty() && !stem.ends_with('s') => stem.to_string(),
        _ => w,
    }
}

/// A report adopted in a round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Title, in words.
    pub title: String,
    /// Date of adoption: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source.
    pub adopted: String,
    /// Where this fact comes from, when not the round's source.
    pub source: Option<String>,
    /// A remark.
    pub note: Option<String>,
}

/// A questionnaire section and the provisions it addresses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Title, in words.
    pub title: String,
    /// Canonical references (standards, articles or provisions).
    pub provisions: Vec<String>,
    /// Where this fact comes from, when not the round's source.
    pub source: Option<String>,
    /// False when the section's provisions were not checked against a source.
    pub verified: bool,
    /// A remark.
    pub note: Option<String>,
}

/// A monitoring round or assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Round {
    /// Id used on the command line and in profiles (`greta-3`).
    pub id: String,
    /// Id of the body.
    pub body: String,
    /// Id of the standard it monitors.
    pub treaty: String,
    /// Number of the round within its body.
    pub number: u32,
    /// Evaluation round, monitoring round or assessment.
    pub kind: RoundKind,
    /// Theme, in words.
    pub theme: String,
    /// When it began: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub launched: Option<String>,
    /// Where the facts come from.
    pub source: String,
    /// False when the round's facts were not checked against the source.
    pub verified: bool,
    /// A remark.
    pub note: Option<String>,
    /// Reports adopted.
    pub reports: Vec<Report>,
    /// Questionnaire sections.
    pub sections: Vec<Section>,
}

impl Round {
    /// A one-line name: `GRETA evaluation round 3`.
    pub fn label(&self, bodies: &[Body]) -> String {
        let body = bodies
            .iter()
            .find(|b| b.id == self.body)
            .map(|b| short_name(&b.name))
            .unwrap_or(&self.body);
        let kind = match self.kind {
            RoundKind::EvaluationRound => "evaluation round",
            RoundKind::MonitoringRound => "monitoring round",
            RoundKind::Assessment => "assessment",
        };
        format!("{body} {kind} {}", self.number)
    }

    /// Every provision the round's sections address (subtrees included), in catalog order.
    pub fn provisions(&self, catalog: &Catalog) -> ProvisionSet {
        self.sections
            .iter()
            .flat_map(|s| &s.provisions)
            .filter_map(|r| catalog.select(r).ok())
            .flatten()
            .collect()
    }
}

/// The name before any parenthesis: `GRETA (Group of …)` → `GRETA`.
pub(crate) fn short_name(name: &str) -> &str {
    name.split(" (").next().unwrap_or(name).trim()
}

/// Every body and round, validated.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Monitoring {
    /// Monitoring bodies.
    pub bodies: Vec<Body>,
    /// Rounds and assessments, in file order.
    pub rounds: Vec<Round>,
}

impl Monitoring {
    /// The body with this id.
    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|b| b.id == id)
    }

    /// The round with this id.
    pub fn round(&self, id: &str) -> Option<&Round> {
        self.rounds.iter().find(|r| r.id == id)
    }

    /// Round ids, for hints.
    pub fn round_ids(&self) -> Vec<&str> {
        self.rounds.iter().map(|r| r.id.as_str()).collect()
    }
}

/// Whether a text is a date as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn is_partial_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.chars().all(|c| c.is_ascii_digit());
    let in_range = |p: &str, max: u32| p.parse::<u32>().is_ok_and(|v| (1..=max).contains(&v));
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && in_range(m, 12),
        [y, m, d] => {
            digits(y, 4) && digits(m, 2) && digits(d, 2) && in_range(m, 12) && in_range(d, 31)
        }
        _ => false,
    }
}

fn is_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

struct Checker<'c> {
    file: FileId,
    catalog: &'c Catalog,
    diagnostics: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn error(
        &mut self,
        code: &'static str,
        message: String,
        span: Range<usize>,
        label: &str,
        hint: String,
    ) {
        self.diagnostics.push(
            Diagnostic::error(code, message)
                .at(self.file, span, label)
                .hint(hint),
        );
    }

    fn id(&mut self, id: &Spanned<String>, seen: &mut HashSet<String>, what: &str) {
        if !is_id(id.get_ref()) {
            self.error(
                "bad-id",
                format!("`{}` is not a valid {what} id", id.get_ref()),
                id.span(),
                "not a valid id",
                "use lower-case letters, digits and `-`, starting with a letter, e.g. `greta-3`"
                    .into(),
            );
        }
        if !seen.insert(id.get_ref().clone()) {
            self.error(
                "duplicate-id",
                format!("the {what} id `{}` appears twice", id.get_ref()),
                id.span(),
                "second definition",
                format!("give every {what} its own id"),
            );
        }
    }

    fn date(&mut self, d: &Spanned<String>) -> String {
        if !is_partial_date(d.get_ref()) {
            self.error(
                "bad-date",
                format!("`{}` is not a date", d.get_ref()),
                d.span(),
                "expected YYYY, YYYY-MM or YYYY-MM-DD",
                "write the date as precisely as the source gives it, e.g. \"2018-11-20\" or \"2010-02\"".into(),
            );
        }
        d.get_ref().clone()
    }

    fn body(&mut self, raw: &RawBody) -> Body {
        if self
            .catalog
            .standard_by_name(raw.treaty.get_ref())
            .is_none()
        {
            let ids: Vec<&str> = self
                .catalog
                .standards
                .iter()
                .map(|s| s.meta.id.as_str())
                .collect();
            let hint = did_you_mean(raw.treaty.get_ref(), ids.iter().copied())
                .unwrap_or_else(|| format!("standards: {}", ids.join(", ")));
            self.error(
                "unknown-treaty",
                format!("no standard called `{}`", raw.treaty.get_ref()),
                raw.treaty.span(),
                "not a standard",
                hint,
            );
        }
        if raw.verbs.get_ref().is_empty() {
            self.error(
                "no-verbs",
                format!("body `{}` lists no recommendation verbs", raw.id.get_ref()),
                raw.verbs.span(),
                "empty",
                "list the verbs its recommendations use, most urgent first, e.g. [\"urge\", \"consider\", \"invite\"]".into(),
            );
        }
        Body {
            id: raw.id.get_ref().clone(),
            name: raw.name.clone(),
            treaty: raw.treaty.get_ref().clone(),
            verbs: raw.verbs.get_ref().iter().map(|v| verb_stem(v)).collect(),
            source: raw.source.clone(),
            verified: raw.verified,
            note: raw.note.clone(),
        }
    }

    fn round(&mut self, raw: &RawRound, bodies: &[Body]) -> Option<Round> {
        let Some(body) = bodies.iter().find(|b| b.id == *raw.body.get_ref()) else {
            let hint = did_you_mean(raw.body.get_ref(), bodies.iter().map(|b| b.id.as_str()))
                .unwrap_or_else(|| "bodies are listed under [[bodies]]".into());
            self.error(
                "unknown-body",
                format!("no monitoring body called `{}`", raw.body.get_ref()),
                raw.body.span(),
                "not a body",
                hint,
            );
            return None;
        };
        let treaty = self.catalog.standard_by_name(&body.treaty);
        let sections = raw
            .sections
            .iter()
            .map(|s| {
                for p in &s.provisions {
                    self.section_ref(p, treaty);
                }
                Section {
                    title: s.title.clone(),
                    provisions: s.provisions.iter().map(|p| p.get_ref().clone()).collect(),
                    source: s.source.clone(),
                    verified: s.verified,
                    note: s.note.clone(),
                }
            })
            .collect();
        let reports = raw
            .reports
            .iter()
            .map(|r| Report {
                title: r.title.clone(),
                adopted: self.date(&r.adopted),
                source: r.source.clone(),
                note: r.note.clone(),
            })
            .collect();
        Some(Round {
            id: raw.id.get_ref().clone(),
            body: body.id.clone(),
            treaty: body.treaty.clone(),
            number: raw.number,
            kind: raw.kind,
            theme: raw.theme.clone(),
            launched: raw.launched.as_ref().map(|d| self.date(d)),
            source: raw.source.clone(),
            verified: raw.verified,
            note: raw.note.clone(),
            reports,
            sections,
        })
    }

    /// A section's reference must exist and belong to the body's treaty.
    fn section_ref(&mut self, raw: &Spanned<String>, treaty: Option<usize>) {
        match self.catalog.resolve(raw.get_ref()) {
            Ok(target) if Some(target.standard()) == treaty || treaty.is_none() => {}
            Ok(target) => {
                let expected = treaty
                    .map(|t| self.catalog.standard(t).meta.id.clone())
                    .unwrap_or_default();
                self.error(
                    "wrong-treaty",
                    format!(
                        "`{}` is in the {}, but this body monitors `{expected}`",
                        raw.get_ref(),
                        self.catalog.standard(target.standard()).meta.short_title
                    ),
                    raw.span(),
                    "another treaty",
                    format!("name provisions of `{expected}`"),
                );
            }
            Err(e) => {
                let hint = match &e {
                    crate::standard::ReferenceError::Unknown { suggestions, .. }
                        if !suggestions.is_empty() =>
                    {
                        format!("existing references nearby: {}", suggestions.join(", "))
                    }
                    _ => "write canonical references, e.g. `trafficking:15` or `budapest:16.1`"
                        .into(),
                };
                let message = e.to_string();
                let first = message
                    .lines()
                    .next()
                    .unwrap_or("unknown reference")
                    .to_string();
                self.error("unknown-ref", first, raw.span(), "no such provision", hint);
            }
        }
    }
}

/// Validates the rounds file (already registered as `file` in the catalog's sources).
pub(crate) fn build(
    raw: RawRounds,
    file: FileId,
    catalog: &Catalog,
) -> (Monitoring, Vec<Diagnostic>) {
    let mut c = Checker {
        file,
        catalog,
        diagnostics: Vec::new(),
    };
    let mut seen = HashSet::new();
    let mut bodies = Vec::new();
    for b in &raw.bodies {
        c.id(&b.id, &mut seen, "body");
        bodies.push(c.body(b));
    }
    let mut seen = HashSet::new();
    let mut rounds = Vec::new();
    for r in &raw.rounds {
        c.id(&r.id, &mut seen, "round");
        rounds.extend(c.round(r, &bodies));
    }
    (Monitoring { bodies, rounds }, c.diagnostics)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_are_as_precise_as_their_source() {
        assert!(is_partial_date("2010"));
        assert!(is_partial_date("2010-02"));
        assert!(is_partial_date("2018-11-20"));
        assert!(!is_partial_date("2018-13"));
        assert!(!is_partial_date("18-11-20"));
        assert!(!is_partial_date("November 2018"));
    }

    #[test]
    fn verbs_are_normalised_to_their_base_form() {
        assert_eq!(verb_stem("Urges"), "urge");
        assert_eq!(verb_stem("invites"), "invite");
        assert_eq!(verb_stem("consider"), "consider");
        assert_eq!(verb_stem("access"), "access");
    }

    /// Problems in a rounds file, as (code, line, column).
    fn problems(text: &str) -> Vec<(&'static str, usize, usize)> {
        let mut catalog = Catalog::embedded()
            .unwrap_or_else(|e| panic!("{}", e.sources.render(&e.diagnostics, false)));
        let file = catalog
            .sources
            .add(std::path::Path::new("rounds.toml"), text.to_string());
        let raw: RawRounds = toml::from_str(text).expect("valid TOML");
        let (_, diagnostics) = build(raw, file, &catalog);
        diagnostics
            .iter()
            .map(|d| {
                let (f, span) = d.location.clone().expect("located");
                let (line, col) = catalog.sources.line_column(f, span.start);
                (d.code, line, col)
            })
            .collect()
    }

    #[test]
    fn typos_in_a_rounds_file_are_reported_where_they_are() {
        let text = r#"[[bodies]]
id = "greta"
name = "GRETA"
treaty = "trafficking"
verbs = ["urge"]
source = "test"

[[rounds]]
id = "greta-3"
body = "greta"
number = 3
kind = "evaluation-round"
theme = "t"
launched = "2018-20-11"
source = "test"

[[rounds.sections]]
title = "s"
provisions = ["trafficking:15", "trafficking:99", "lanzarote:23"]

[[rounds]]
id = "greta-3"
body = "gretta"
number = 4
kind = "evaluation-round"
theme = "t"
source = "test"
"#;
        assert_eq!(
            problems(text),
            vec![
                ("unknown-ref", 19, 33),
                ("wrong-treaty", 19, 51),
                ("bad-date", 14, 12),
                ("duplicate-id", 22, 6),
                ("unknown-body", 23, 8),
            ]
        );
    }

    #[test]
    fn embedded_rounds_load_and_scope_to_their_provisions() {
        let catalog = Catalog::embedded()
            .unwrap_or_else(|e| panic!("{}", e.sources.render(&e.diagnostics, false)));
        let m = &catalog.monitoring;
        let greta3 = m.round("greta-3").expect("GRETA round 3 is listed");
        assert_eq!(greta3.label(&m.bodies), "GRETA evaluation round 3");
        let set = greta3.provisions(&catalog);
        let s = catalog.standard_by_name("trafficking").unwrap();
        let refs: Vec<String> = set
            .iter()
            .map(|&(si, p)| {
                assert_eq!(si, s);
                catalog.standard(si).provisions[p].rel.clone()
            })
            .collect();
        assert!(refs.contains(&"15.3".to_string()));
        assert!(refs.contains(&"26".to_string()));
        assert!(!refs.contains(&"5.1".to_string()));
        let greta = m.body("greta").unwrap();
        assert_eq!(greta.urgency("urges"), Some(1));
        assert_eq!(greta.urgency("invites"), Some(3));
        assert_eq!(greta.urgency("demands"), None);
    }
}
