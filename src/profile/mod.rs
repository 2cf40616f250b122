//! Jurisdiction profiles (design §4): what a country ratified, its laws, and how they
//! implement each treaty provision. Loading follows `extends` chains and validates everything,
//! collecting every problem with its file, line and column.

pub mod aliases;
mod load;
mod parse;
mod raw;

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;

pub use load::{load, valid_code};
pub use raw::{Declared, Stage, TreatyStatus};

use crate::citation::ProvisionRef;
use crate::reservation::Standing;
use crate::standard::ParamValue;

/// Limits and permissions for reading profiles.
#[derive(Clone, Debug)]
pub struct LoadOptions {
    /// The largest profile file read, in bytes.
    pub max_input_bytes: u64,
    /// The folder `extends` may reach into; `None`: the folder of the profile being loaded.
    pub extends_root: Option<PathBuf>,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_input_bytes: crate::input::DEFAULT_MAX_INPUT_BYTES,
            extends_root: None,
        }
    }
}

/// The JSON Schema of the profile format, derived from the types serde reads.
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(raw::RawProfile)).expect("a schema is JSON")
}

/// Who a profile describes and when.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Jurisdiction {
    /// ISO or user-assigned code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Date of the legal situation described (ISO date).
    pub as_of: Option<String>,
    /// Which version of the law.
    pub version: Option<String>,
    /// in-force, bill or draft.
    pub stage: Option<Stage>,
    /// True for invented example jurisdictions.
    pub fictional: bool,
    /// A remark.
    pub note: Option<String>,
    /// The profile files read, the given one first, then what it extends.
    pub files: Vec<PathBuf>,
}

/// Where a Party stands with one treaty.
#[derive(Clone, Debug, Serialize)]
pub struct Treaty {
    /// The standard's id.
    pub standard: String,
    /// Signature, ratification ...
    pub status: TreatyStatus,
    /// Date of signature.
    pub signed: Option<String>,
    /// Date of ratification.
    pub ratified: Option<String>,
    /// Date of accession.
    pub acceded: Option<String>,
    /// Date of denunciation.
    pub denounced: Option<String>,
    /// Date the treaty entered into force for the Party.
    pub in_force: Option<String>,
    /// Reservation clauses invoked (relative refs).
    pub reservations: Vec<String>,
    /// When reservations were made and renewed, by clause.
    pub reservation_dates: BTreeMap<String, ReservationDates>,
    /// Where each time-limited reservation stands at `as_of`, by clause.
    pub standing: BTreeMap<String, Standing>,
    /// Declaration clauses made (relative refs).
    pub declarations: Vec<String>,
    /// A remark.
    pub note: Option<String>,
}

/// When a reservation was made and renewed.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ReservationDates {
    /// Date it was made.
    pub made: Option<String>,
    /// Dates it was renewed, in order.
    pub renewed: Vec<String>,
}

impl Treaty {
    /// Whether a reservation the Party made has lapsed at the profile's date.
    pub fn lapsed(&self, clause: &str) -> bool {
        self.standing.get(clause).is_some_and(Standing::is_lapsed)
    }
}

/// A domestic law cited as evidence.
#[derive(Clone, Debug, Serialize)]
pub struct Law {
    /// Short id used in citations.
    pub id: String,
    /// Title.
    pub title: String,
    /// Official citation.
    pub citation: Option<String>,
    /// Where to read it.
    pub url: Option<String>,
}

/// What a profile says about one article or provision.
#[derive(Clone, Debug, Serialize)]
pub struct Entry {
    /// The canonical ref the entry is for (an article or a provision).
    #[serde(rename = "ref")]
    pub reference: ProvisionRef,
    /// The declared status.
    pub status: Declared,
    /// Citations `LAW-ID:section`.
    pub by: Vec<String>,
    /// Elements covered, when stated.
    pub elements: Option<Vec<String>>,
    /// Narrowing elements domestic law adds.
    pub narrowing: Vec<String>,
    /// Text of the domestic provision.
    pub text: Option<String>,
    /// A remark.
    pub note: Option<String>,
}

/// Where an entry applies in a standard's tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntryTarget {
    /// An article with several provisions: applies to all of them.
    Article(usize, usize),
    /// A provision (and everything under it).
    Provision(usize, usize),
}

/// The scope a profile declares (`[scope]`): every part given narrows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DeclaredScope {
    /// A selection, as for `--only`.
    pub only: Option<String>,
    /// Topics: provisions with any of them.
    pub tags: Vec<String>,
    /// A monitoring round id.
    pub round: Option<String>,
    /// Why this scope.
    pub note: Option<String>,
}

/// A validated profile.
#[derive(Clone, Debug, Serialize)]
pub struct Profile {
    /// Who and when.
    pub jurisdiction: Jurisdiction,
    /// The scope the profile declares, if any (the nearest file in an `extends` chain wins).
    pub scope: Option<DeclaredScope>,
    /// Treaties by standard index in the catalog.
    #[serde(skip)]
    pub treaties: BTreeMap<usize, Treaty>,
    /// Parameter values.
    pub parameters: BTreeMap<String, ParamValue>,
    /// Laws cited.
    pub laws: Vec<Law>,
    /// Entries by where they apply.
    #[serde(skip)]
    pub entries: BTreeMap<EntryTarget, Entry>,
    /// Recommendations addressed to the jurisdiction, with their follow-up.
    pub recommendations: Vec<crate::monitoring::Recommendation>,
}

impl Profile {
    /// The entry that decides a provision: its own, or the nearest enclosing one.
    pub fn entry_for(&self, s: usize, lineage: &[usize], article: usize) -> Option<&Entry> {
        lineage
            .iter()
            .rev()
            .find_map(|&p| self.entries.get(&EntryTarget::Provision(s, p)))
            .or_else(|| self.entries.get(&EntryTarget::Article(s, article)))
    }

    /// Every entry on the provision's lineage and article, nearest first.
    pub fn entries_on(&self, s: usize, lineage: &[usize], article: usize) -> Vec<&Entry> {
        lineage
            .iter()
            .rev()
            .filter_map(|&p| self.entries.get(&EntryTarget::Provision(s, p)))
            .chain(self.entries.get(&EntryTarget::Article(s, article)))
            .collect()
    }

    /// Whether the Party invoked a clause (reservation or declaration) of a standard and it
    /// still holds: a lapsed reservation counts as not invoked.
    pub fn invoked(&self, s: usize, clause: &str) -> bool {
        self.treaties.get(&s).is_some_and(|t| {
            t.reservations
                .iter()
                .chain(&t.declarations)
                .any(|c| c == clause)
                && !t.lapsed(clause)
        })
    }
}
