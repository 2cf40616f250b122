//! Monitoring as the treaty bodies do it: rounds and their questionnaires
//! (standards/rounds.toml), recommendations addressed to a Party and their follow-up.

pub mod followup;
pub mod recommendations;
pub mod rounds;
pub mod scope;

use std::path::Path;

use rust_embed::RustEmbed;

pub use recommendations::{FollowUp, FollowUpStatus, Recommendation};
pub use rounds::{Body, Monitoring, Round, RoundKind, Section};

use crate::diagnostic::{Diagnostic, toml_error_span};
use crate::standard::Catalog;

#[derive(RustEmbed)]
#[folder = "standards/"]
#[include = "rounds.toml"]
struct Embedded;

/// The embedded rounds file's name inside `standards/`.
pub const ROUNDS_FILE: &str = "rounds.toml";

/// Reads and validates the embedded rounds file into the catalog; returns the problems found.
pub(crate) fn load_into(catalog: &mut Catalog) -> Vec<Diagnostic> {
    let text = Embedded::get(ROUNDS_FILE)
        .map(|f| String::from_utf8_lossy(&f.data).into_owned())
        .unwrap_or_default();
    let file = catalog
        .sources
        .add(Path::new("standards/rounds.toml"), text);
    let raw: rounds::RawRounds = match toml::from_str(catalog.sources.text(file)) {
        Ok(raw) => raw,
        Err(e) => {
            return vec![
                Diagnostic::error(
                    "bad-toml",
                    format!("not a valid rounds file: {}", e.message().trim_end()),
                )
                .at(file, toml_error_span(&e), "here")
                .hint("see standards/FORMAT.md, \"Monitoring rounds\""),
            ];
        }
    };
    let (monitoring, diagnostics) = rounds::build(raw, file, catalog);
    catalog.monitoring = monitoring;
    diagnostics
}
