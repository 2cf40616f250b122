//! What weight a standard carries (a treaty, or a text interpreting or benchmarking one), and
//! relational checks: parameters compared with each other rather than with a fixed number.

use serde::{Deserialize, Serialize};

/// The kind of text a standard models, so a reader never mistakes an opinion for an obligation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StandardKind {
    /// A treaty: binding on the Parties.
    #[default]
    Treaty,
    /// An interpretive opinion of a treaty's committee of the Parties.
    InterpretiveOpinion,
    /// A guidance note of a treaty's committee: the Parties' common understanding.
    GuidanceNote,
    /// Model legislation by another organisation: a benchmark, not an obligation.
    ModelLaw,
}

impl StandardKind {
    /// True for treaties (JSON leaves the kind out for them, as before kinds existed).
    pub fn is_treaty(&self) -> bool {
        *self == StandardKind::Treaty
    }

    /// The keyword as written in standards files.
    pub fn as_str(self) -> &'static str {
        match self {
            StandardKind::Treaty => "treaty",
            StandardKind::InterpretiveOpinion => "interpretive-opinion",
            StandardKind::GuidanceNote => "guidance-note",
            StandardKind::ModelLaw => "model-law",
        }
    }

    /// A title followed by the kind when the text is not a treaty: `… [interpretive opinion, …]`.
    pub fn label(self, title: &str) -> String {
        match self {
            StandardKind::Treaty => title.to_string(),
            k => format!("{title} [{}]", k.weight()),
        }
    }

    /// In words, for headings: what the reader must know about its weight.
    pub fn weight(self) -> &'static str {
        match self {
            StandardKind::Treaty => "treaty",
            StandardKind::InterpretiveOpinion => "interpretive opinion, not a treaty obligation",
            StandardKind::GuidanceNote => "guidance note, not a treaty obligation",
            StandardKind::ModelLaw => "model law, a benchmark, not a treaty obligation",
        }
    }
}

/// How one parameter must compare with another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Comparison {
    /// `parameter >= other`.
    AtLeast,
    /// `parameter <= other`.
    AtMost,
    /// `parameter < other`.
    Below,
}

impl Comparison {
    /// Whether `a` compares with `b` as required.
    pub fn holds(self, a: i64, b: i64) -> bool {
        match self {
            Comparison::AtLeast => a >= b,
            Comparison::AtMost => a <= b,
            Comparison::Below => a < b,
        }
    }

    /// In words: `at least`, `at most`, `below`.
    pub fn words(self) -> &'static str {
        match self {
            Comparison::AtLeast => "at least",
            Comparison::AtMost => "at most",
            Comparison::Below => "below",
        }
    }
}

/// A relational check: one parameter compared with another (`age_of_sexual_consent` at most
/// `child_age_limit`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relation {
    /// The parameter checked.
    pub parameter: String,
    /// How it must compare.
    pub comparison: Comparison,
    /// The parameter it is compared with.
    pub other: String,
    /// Where the relation comes from, in words.
    pub why: Option<String>,
}

impl std::fmt::Display for Relation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {} {}",
            self.parameter,
            self.comparison.words(),
            self.other
        )
    }
}

/// Cross-standard checks of interpretive texts: `derived_from` must name provisions of treaties
/// (no chains of derivation), and `interprets` must name a loaded standard.
pub(crate) fn check(catalog: &super::Catalog) -> Vec<crate::diagnostic::Diagnostic> {
    use crate::diagnostic::Diagnostic;
    let mut out = Vec::new();
    for std in &catalog.standards {
        if let Some(i) = &std.meta.interprets
            && catalog.standard_by_name(i).is_none()
        {
            out.push(
                Diagnostic::error(
                    "unknown-treaty",
                    format!("`interprets` names `{i}`, which is not a loaded standard"),
                )
                .at(std.file, 0..0, "in this file")
                .hint("name the id of the treaty the text interprets, e.g. `lanzarote`"),
            );
        }
        for p in &std.provisions {
            for (link, span) in p.derived_from.iter().zip(&p.derived_spans) {
                let target = catalog.standard_by_name(&link.standard);
                let message = match target {
                    None => Some(format!("`{link}` names no loaded standard")),
                    Some(t) if catalog.standard(t).meta.kind != StandardKind::Treaty => Some(
                        format!("`{link}` is not in a treaty: derive only from treaty provisions"),
                    ),
                    Some(t) => {
                        let t = catalog.standard(t);
                        (t.provision_idx(&link.path).is_none()
                            && t.article_idx(&link.path).is_none())
                        .then(|| format!("`{link}` does not exist"))
                    }
                };
                if let Some(m) = message {
                    out.push(
                        Diagnostic::error("bad-derivation", m)
                            .at(std.file, span.clone(), "cannot derive from this")
                            .hint("name an existing treaty provision, e.g. `lanzarote:20.1.e`"),
                    );
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparisons_hold_as_named() {
        assert!(Comparison::AtLeast.holds(18, 18));
        assert!(!Comparison::AtLeast.holds(17, 18));
        assert!(Comparison::AtMost.holds(16, 18));
        assert!(!Comparison::Below.holds(18, 18));
        assert!(Comparison::Below.holds(15, 18));
    }
}
