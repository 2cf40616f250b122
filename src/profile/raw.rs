//! The profile file format as serde reads it, keeping spans (design §4). The same types derive
//! the JSON Schema that `lexgap schema` prints.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

/// A jurisdiction profile: what a country ratified, its laws, and how they implement each
/// treaty provision.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "lexgap jurisdiction profile")]
pub(crate) struct RawProfile {
    /// Who the profile describes and when.
    #[schemars(with = "RawJurisdiction")]
    pub jurisdiction: Spanned<RawJurisdiction>,
    /// What the profile answers: the provisions of a monitoring reply, say. Reports of the
    /// profile are scoped to it and say so.
    #[schemars(with = "Option<RawScope>")]
    pub scope: Option<Spanned<RawScope>>,
    /// Treaties by standard id (`lanzarote`, `budapest`, ...).
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, RawTreaty>")]
    pub treaties: BTreeMap<Spanned<String>, Spanned<RawTreaty>>,
    /// Facts about the law that treaties constrain (`csam_age_limit = 18`).
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, ParameterValueSchema>")]
    pub parameters: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    /// The domestic laws cited as evidence.
    #[serde(default)]
    #[schemars(with = "Vec<RawLaw>")]
    pub laws: Vec<Spanned<RawLaw>>,
    /// How domestic law implements each provision, keyed by reference (`"lanzarote:20.1.a"`).
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, RawEntry>")]
    pub provisions: BTreeMap<Spanned<String>, Spanned<RawEntry>>,
    /// Recommendations a monitoring body addressed to the jurisdiction, with their follow-up.
    #[serde(default)]
    #[schemars(with = "Vec<crate::monitoring::recommendations::RawRecommendation>")]
    pub recommendations: Vec<Spanned<crate::monitoring::recommendations::RawRecommendation>>,
    /// What is known of the parts that could not be read, to avoid follow-on errors.
    #[serde(skip)]
    #[schemars(skip)]
    pub salvaged: Salvaged,
}

impl RawProfile {
    /// A profile with only a jurisdiction table, to fill in part by part.
    pub(crate) fn empty(jurisdiction: Spanned<RawJurisdiction>) -> Self {
        RawProfile {
            jurisdiction,
            scope: None,
            treaties: BTreeMap::new(),
            parameters: BTreeMap::new(),
            laws: Vec::new(),
            provisions: BTreeMap::new(),
            recommendations: Vec::new(),
            salvaged: Salvaged::default(),
        }
    }
}

/// Names found in parts of a profile that could not be read (already reported), so that the
/// checks that follow do not report them a second time.
#[derive(Debug, Default)]
pub(crate) struct Salvaged {
    /// The `[jurisdiction]` table could not be read (or is missing).
    pub jurisdiction: bool,
    /// Keys of `[treaties.X]` tables that could not be read.
    pub treaties: Vec<String>,
    /// Ids of `[[laws]]` that could not be read.
    pub law_ids: Vec<String>,
}

/// A parameter's value: a whole number or true/false.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub(crate) enum ParameterValueSchema {
    /// A number (years, days).
    Integer(i64),
    /// Yes or no.
    Boolean(bool),
}

/// The `[jurisdiction]` table.
#[derive(Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawJurisdiction {
    /// ISO 3166-1 alpha-2 code, ISO 3166-2 for a sub-national unit, or a user-assigned code (XA ... XZ).
    #[schemars(with = "Option<String>")]
    pub code: Option<Spanned<String>>,
    /// Name of the jurisdiction.
    pub name: Option<String>,
    /// Date of the legal situation described.
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub as_of: Option<Spanned<toml::value::Datetime>>,
    /// Which version of the law this describes.
    pub version: Option<String>,
    /// `in-force`, `bill` or `draft`.
    pub stage: Option<Stage>,
    /// Another profile to inherit from (path relative to this file).
    #[schemars(with = "Option<String>")]
    pub extends: Option<Spanned<String>>,
    /// True for invented example jurisdictions.
    #[serde(default)]
    pub fictional: bool,
    /// A remark.
    pub note: Option<String>,
}

/// The `[scope]` table: the provisions the profile answers. Every part given narrows it.
#[derive(Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawScope {
    /// A selection, as for `--only` (`"lanzarote:18-24, budapest:9"`).
    #[schemars(with = "Option<String>")]
    pub only: Option<Spanned<String>>,
    /// Topics: provisions with any of them (`["ict"]`).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Spanned<String>>,
    /// A monitoring round (`"lanzarote-2"`), as for `--round`.
    #[schemars(with = "Option<String>")]
    pub round: Option<Spanned<String>>,
    /// Why this scope, in words (shown with it).
    pub note: Option<String>,
}

/// The stage of the law a profile describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// Law in force.
    InForce,
    /// A bill before parliament.
    Bill,
    /// A draft.
    Draft,
}

/// Where a Party stands with a treaty.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TreatyStatus {
    /// Not signed.
    NotSigned,
    /// Signed, not ratified.
    Signed,
    /// Ratified.
    Ratified,
    /// Acceded.
    Acceded,
    /// Applied provisionally, before entry into force (where the treaty allows it).
    ProvisionallyApplied,
    /// Denounced.
    Denounced,
    /// Not a treaty (an opinion, guidance note or model law assessed alongside): never written
    /// in a profile.
    #[serde(skip_deserializing)]
    #[schemars(skip)]
    NotATreaty,
}

impl TreatyStatus {
    /// The keyword as written in profiles.
    pub fn as_str(self) -> &'static str {
        match self {
            TreatyStatus::NotSigned => "not-signed",
            TreatyStatus::Signed => "signed",
            TreatyStatus::Ratified => "ratified",
            TreatyStatus::Acceded => "acceded",
            TreatyStatus::ProvisionallyApplied => "provisionally-applied",
            TreatyStatus::Denounced => "denounced",
            TreatyStatus::NotATreaty => "not a treaty",
        }
    }

    /// Whether the treaty binds the Party, so that a score means something: ratified, acceded
    /// or provisionally applied (and benchmarks that are not treaties, scored as such).
    pub fn binds(self) -> bool {
        matches!(
            self,
            TreatyStatus::Ratified
                | TreatyStatus::Acceded
                | TreatyStatus::ProvisionallyApplied
                | TreatyStatus::NotATreaty
        )
    }
}

/// A `[treaties.ID]` table.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTreaty {
    /// not-signed, signed, ratified, acceded or denounced.
    pub status: TreatyStatus,
    /// Date of signature.
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub signed: Option<Spanned<toml::value::Datetime>>,
    /// Date of ratification.
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub ratified: Option<Spanned<toml::value::Datetime>>,
    /// Date of accession.
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub acceded: Option<Spanned<toml::value::Datetime>>,
    /// Date of denunciation.
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub denounced: Option<Spanned<toml::value::Datetime>>,
    /// Date the treaty entered into force for the Party; time-limited reservations run from it.
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub in_force: Option<Spanned<toml::value::Datetime>>,
    /// Refs of the reservation clauses invoked (`"20.3"`).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub reservations: Vec<Spanned<String>>,
    /// When each reservation was made and renewed, by clause ref (`"78.3"`); lexgap judges from
    /// them whether a time-limited reservation has lapsed at `as_of`.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, RawReservationDates>")]
    pub reservation_dates: BTreeMap<Spanned<String>, RawReservationDates>,
    /// Refs of the declaration clauses made (`"9.3"`).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub declarations: Vec<Spanned<String>>,
    /// A remark.
    pub note: Option<String>,
}

/// A `[treaties.ID.reservation_dates."REF"]` table.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawReservationDates {
    /// Date the reservation was made (at signature or on depositing the instrument).
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub made: Option<Spanned<toml::value::Datetime>>,
    /// Dates the Party notified that it upholds the reservation, one for each renewal.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub renewed: Vec<Spanned<toml::value::Datetime>>,
}

/// A `[[laws]]` entry.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLaw {
    /// Short id used in `by` citations (`cc`).
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Title.
    pub title: String,
    /// Official citation.
    pub citation: Option<String>,
    /// Where to read it.
    pub url: Option<String>,
}

/// How the compliance of domestic law with a provision stands.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Declared {
    /// Fully implemented.
    Full,
    /// Partly implemented.
    Partial,
    /// Not implemented.
    None,
    /// Not known.
    Unknown,
}

impl Declared {
    /// The keyword as written in profiles.
    pub fn as_str(self) -> &'static str {
        match self {
            Declared::Full => "full",
            Declared::Partial => "partial",
            Declared::None => "none",
            Declared::Unknown => "unknown",
        }
    }
}

/// A `[provisions."REF"]` table.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawEntry {
    /// full, partial, none or unknown.
    pub status: Declared,
    /// Citations `LAW-ID:section` of the domestic provisions that implement it.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub by: Vec<Spanned<String>>,
    /// Element ids the domestic law covers; missing required ones are reported.
    #[schemars(with = "Option<Vec<String>>")]
    pub elements: Option<Vec<Spanned<String>>>,
    /// Extra conditions domestic law adds that the treaty allows only under a clause.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub narrowing: Vec<Spanned<String>>,
    /// Text of the domestic provision, for redlines between versions.
    pub text: Option<String>,
    /// A remark.
    pub note: Option<String>,
}
