//! Scoping a report or comparison to a round: the round's provisions, and how much of them a
//! profile answers (the coverage), so the reader knows what "as GRETA's 3rd round would" means.

use serde::Serialize;

use crate::assess::{Assessment, Scope, Status};
use crate::error::Error;
use crate::standard::Catalog;
use crate::suggest::did_you_mean;

/// The round a report is scoped to, with its coverage in one jurisdiction.
#[derive(Clone, Debug, Serialize)]
pub struct RoundScope {
    /// Round id.
    pub id: String,
    /// `GRETA evaluation round 3`.
    pub label: String,
    /// Theme, in words.
    pub theme: String,
    /// When it began.
    pub launched: Option<String>,
    /// Questionnaire sections recorded.
    pub sections: usize,
    /// False when any fact of the round or its sections is unverified.
    pub verified: bool,
    /// Coverage per jurisdiction, in the order assessed.
    pub coverage: Vec<Coverage>,
}

/// How much of a round's scope a profile answers.
#[derive(Clone, Debug, Serialize)]
pub struct Coverage {
    /// Jurisdiction code.
    pub jurisdiction: String,
    /// Provisions of the round that were assessed.
    pub assessed: usize,
    /// Of those, how many have a known status (not `unknown`).
    pub known: usize,
}

/// Narrows `scope` to the round's provisions (intersecting any `--only` and `--standard`).
pub fn apply(catalog: &Catalog, id: &str, scope: &mut Scope) -> Result<RoundScope, Error> {
    let m = &catalog.monitoring;
    let round = m.round(id).ok_or_else(|| {
        let ids = m.round_ids();
        let hint = did_you_mean(id, ids.iter().copied())
            .unwrap_or_else(|| format!("rounds: {}", ids.join(", ")));
        Error::Usage(format!(
            "unknown round `{id}`\nhint: {hint} (`lexgap rounds` lists them)"
        ))
    })?;
    let label = round.label(&m.bodies);
    if round.sections.is_empty() {
        return Err(Error::Usage(format!(
            "{label} ({id}) has no questionnaire sections recorded in lexgap, so there is nothing to scope to\nhint: `lexgap rounds` shows which rounds list their provisions and the source of each"
        )));
    }
    let treaty = catalog
        .standard_by_name(&round.treaty)
        .expect("rounds are validated against the catalog");
    if !scope.standards.is_empty() && !scope.standards.contains(&treaty) {
        return Err(Error::Usage(format!(
            "{label} monitors `{}`, which the --standard filter leaves out",
            round.treaty
        )));
    }
    scope.standards = vec![treaty];
    let provisions = round.provisions(catalog);
    scope.only = Some(match scope.only.take() {
        Some(only) => only.intersection(&provisions).copied().collect(),
        None => provisions,
    });
    Ok(RoundScope {
        id: round.id.clone(),
        label,
        theme: round.theme.clone(),
        launched: round.launched.clone(),
        sections: round.sections.len(),
        verified: round.verified && round.sections.iter().all(|s| s.verified),
        coverage: Vec::new(),
    })
}

impl RoundScope {
    /// Records the coverage of one assessment.
    pub fn add_coverage(&mut self, a: &Assessment) {
        let results = a.standards.iter().flat_map(|s| &s.provisions);
        let (assessed, known) = results.fold((0, 0), |(n, k), r| {
            (n + 1, k + usize::from(r.status != Status::Unknown))
        });
        let j = &a.jurisdiction;
        self.coverage.push(Coverage {
            jurisdiction: match &j.as_of {
                Some(d) => format!("{} (law as of {d})", j.code),
                None => j.code.clone(),
            },
            assessed,
            known,
        });
    }

    /// The statement printed above a scoped report, in words.
    pub fn statement(&self) -> String {
        let launched = self
            .launched
            .as_ref()
            .map(|d| format!(", launched {d}"))
            .unwrap_or_default();
        let mut s = format!(
            "Scoped to {} ({}{launched}): {}. {} questionnaire section{} recorded.",
            self.label,
            self.id,
            self.theme,
            self.sections,
            if self.sections == 1 { "" } else { "s" }
        );
        for c in &self.coverage {
            let pct = if c.assessed == 0 {
                String::new()
            } else {
                format!(" ({:.0}%)", 100.0 * c.known as f64 / c.assessed as f64)
            };
            s.push_str(&format!(
                "\nCoverage {}: {} of {} provisions in scope have a known status{pct}.",
                c.jurisdiction, c.known, c.assessed
            ));
        }
        if !self.verified {
            s.push_str("\nSome of the round's provisions are not verified against a source (`lexgap rounds` shows which).");
        }
        s
    }
}
