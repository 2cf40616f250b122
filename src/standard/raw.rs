//! The standards file format as serde reads it, keeping spans for diagnostics (standards/FORMAT.md).

use serde::Deserialize;
use toml::Spanned;

use super::model::{Extent, Kind, Modality, ParamValue};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFile {
    pub standard: RawMeta,
    #[serde(default)]
    pub chapters: Vec<RawDivision>,
    #[serde(default)]
    pub articles: Vec<RawArticle>,
    #[serde(default)]
    pub reservations: Vec<RawClause>,
    #[serde(default)]
    pub declarations: Vec<RawClause>,
    pub reservation_rules: Option<RawRules>,
    pub declaration_rules: Option<RawRules>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMeta {
    pub id: Spanned<String>,
    pub number: String,
    pub title: String,
    pub short_title: String,
    #[serde(default)]
    pub aliases: Vec<Spanned<String>>,
    pub opened: Option<toml::value::Datetime>,
    pub opened_at: Option<String>,
    pub in_force: Option<toml::value::Datetime>,
    pub monitoring_body: Option<String>,
    pub source_url: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default = "yes")]
    pub verified: bool,
    #[serde(default)]
    pub kind: super::interpretive::StandardKind,
    pub interprets: Option<Spanned<String>>,
    pub adopted: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDivision {
    pub number: String,
    pub heading: String,
    pub articles: Spanned<String>,
    #[serde(default)]
    pub sections: Vec<RawDivision>,
    #[serde(default)]
    pub titles: Vec<RawDivision>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawArticle {
    pub number: Spanned<String>,
    pub heading: String,
    #[serde(default)]
    pub tags: Vec<Spanned<String>>,
    #[serde(default)]
    pub provisions: Vec<RawProvision>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawProvision {
    #[serde(rename = "ref")]
    pub reference: Spanned<String>,
    pub summary: String,
    pub modality: Modality,
    pub kind: Kind,
    pub assessable: bool,
    #[serde(default = "yes")]
    pub official: bool,
    #[serde(default = "yes")]
    pub verified: bool,
    #[serde(default)]
    pub alternatives: bool,
    #[serde(default)]
    pub elements: Vec<RawElement>,
    #[serde(default)]
    pub additional_elements: Vec<RawAdditionalElement>,
    #[serde(default)]
    pub requires: Vec<Spanned<RawCheck>>,
    #[serde(default)]
    pub tags: Vec<Spanned<String>>,
    #[serde(default)]
    pub see: Vec<Spanned<String>>,
    #[serde(default)]
    pub external: Vec<String>,
    pub note: Option<String>,
    #[serde(default)]
    pub relations: Vec<Spanned<RawRelation>>,
    #[serde(default)]
    pub derived_from: Vec<Spanned<String>>,
}

/// `{ parameter = "a", at_least = "b", why = "..." }`: one comparison with another parameter.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRelation {
    pub parameter: Spanned<String>,
    pub at_least: Option<Spanned<String>>,
    pub at_most: Option<Spanned<String>>,
    pub below: Option<Spanned<String>>,
    pub why: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawElement {
    pub id: Spanned<String>,
    pub text: String,
    #[serde(default)]
    pub instead: Vec<RawAdditionalElement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAdditionalElement {
    pub id: Spanned<String>,
    pub text: String,
    pub allowed_by: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCheck {
    pub parameter: Spanned<String>,
    pub at_least: Option<i64>,
    pub at_most: Option<i64>,
    pub equals: Option<ParamValue>,
    #[serde(default)]
    pub relaxed: Vec<RawRelaxation>,
    pub why: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRelaxation {
    pub by: Spanned<String>,
    pub at_least: Option<i64>,
    pub at_most: Option<i64>,
    pub equals: Option<ParamValue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawClause {
    #[serde(rename = "ref")]
    pub reference: Spanned<String>,
    pub summary: String,
    pub affects: Vec<RawAffect>,
    pub validity: Option<Spanned<RawValidity>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawValidity {
    pub years: u32,
    #[serde(default)]
    pub grace_months: u32,
    pub by: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAffect {
    #[serde(rename = "ref")]
    pub reference: Spanned<String>,
    pub extent: Extent,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRules {
    pub closed_by: Spanned<String>,
}

/// The parameter vocabulary file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawParameters {
    pub parameters: Vec<RawParameter>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawParameter {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: super::vocabulary::ParamType,
    pub unit: String,
    pub summary: String,
}

/// The topic vocabulary file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTopics {
    pub topics: Vec<RawTopic>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTopic {
    pub id: String,
    pub summary: String,
}
