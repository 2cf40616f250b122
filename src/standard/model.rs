//! The typed model of a standard: a treaty's chapters, articles and provisions.

use std::collections::HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::citation::ProvisionRef;
use crate::diagnostic::FileId;

/// What a provision obliges or permits (design §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Modality {
    /// An obligation.
    Shall,
    /// An option a Party may take up.
    May,
    /// An obligation to consider a measure.
    ShallConsider,
    /// An obligation to try.
    ShallEndeavour,
    /// A definition or scope clause.
    Definition,
    /// A final clause (entry into force, amendments, ...).
    Final,
}

impl Modality {
    /// Whether the provision binds the Party (and so counts in the score).
    pub fn is_mandatory(self) -> bool {
        matches!(
            self,
            Modality::Shall | Modality::ShallConsider | Modality::ShallEndeavour
        )
    }

    /// The keyword as written in the files.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Shall => "shall",
            Modality::May => "may",
            Modality::ShallConsider => "shall-consider",
            Modality::ShallEndeavour => "shall-endeavour",
            Modality::Definition => "definition",
            Modality::Final => "final",
        }
    }
}

/// What sort of rule a provision is (design §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Defines a term.
    Definition,
    /// Requires conduct to be made a criminal offence.
    Criminalisation,
    /// Sanctions and measures.
    Sanction,
    /// Jurisdiction over offences.
    Jurisdiction,
    /// Investigative powers.
    ProceduralPower,
    /// Conditions and safeguards.
    Safeguard,
    /// Preventive measures.
    Prevention,
    /// Protection of victims and witnesses.
    Protection,
    /// Assistance to victims.
    Assistance,
    /// Co-operation between authorities, Parties or sectors.
    CoOperation,
    /// Bodies and institutions a Party must set up.
    Institutional,
    /// The treaty's monitoring machinery.
    Monitoring,
    /// Final clauses.
    FinalClause,
}

impl Kind {
    /// The keyword as written in the files.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Definition => "definition",
            Kind::Criminalisation => "criminalisation",
            Kind::Sanction => "sanction",
            Kind::Jurisdiction => "jurisdiction",
            Kind::ProceduralPower => "procedural-power",
            Kind::Safeguard => "safeguard",
            Kind::Prevention => "prevention",
            Kind::Protection => "protection",
            Kind::Assistance => "assistance",
            Kind::CoOperation => "co-operation",
            Kind::Institutional => "institutional",
            Kind::Monitoring => "monitoring",
            Kind::FinalClause => "final-clause",
        }
    }
}

/// How much of a provision a reservation or declaration lets a Party set aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Extent {
    /// The whole provision.
    Whole,
    /// Part of it.
    Part,
    /// Wholly or partly, at the Party's choice.
    WholeOrPart,
}

impl Extent {
    /// The keyword as written in the files.
    pub fn as_str(self) -> &'static str {
        match self {
            Extent::Whole => "whole",
            Extent::Part => "part",
            Extent::WholeOrPart => "whole-or-part",
        }
    }
}

/// A constituent element that domestic law must contain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Element {
    /// Stable id (`producing`).
    pub id: String,
    /// One line describing it.
    pub text: String,
    /// Elements that meet it instead, each only under the clause that allows it.
    pub instead: Vec<AdditionalElement>,
}

/// A narrowing element a Party may add only under a clause it invoked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdditionalElement {
    /// Stable id (`infringing-security-measures`).
    pub id: String,
    /// One line describing it.
    pub text: String,
    /// The reservation or declaration clause that allows it (relative ref).
    pub allowed_by: String,
}

/// A value a parameter can take. In JSON and TOML it is the bare value (`18`, `true`); in the
/// binary form the build script embeds it is a plain enum, which a non-self-describing format
/// can read back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamValue {
    /// A yes/no fact.
    Bool(bool),
    /// A number (years, days).
    Int(i64),
}

/// [`ParamValue`] as people read it: untagged.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum ParamValueText {
    Bool(bool),
    Int(i64),
}

/// [`ParamValue`] in the embedded binary form.
#[derive(Serialize, Deserialize)]
enum ParamValueBin {
    Bool(bool),
    Int(i64),
}

impl Serialize for ParamValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match (*self, s.is_human_readable()) {
            (ParamValue::Bool(b), true) => ParamValueText::Bool(b).serialize(s),
            (ParamValue::Int(n), true) => ParamValueText::Int(n).serialize(s),
            (ParamValue::Bool(b), false) => ParamValueBin::Bool(b).serialize(s),
            (ParamValue::Int(n), false) => ParamValueBin::Int(n).serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ParamValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(if d.is_human_readable() {
            match ParamValueText::deserialize(d)? {
                ParamValueText::Bool(b) => ParamValue::Bool(b),
                ParamValueText::Int(n) => ParamValue::Int(n),
            }
        } else {
            match ParamValueBin::deserialize(d)? {
                ParamValueBin::Bool(b) => ParamValue::Bool(b),
                ParamValueBin::Int(n) => ParamValue::Int(n),
            }
        })
    }
}

impl std::fmt::Display for ParamValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParamValue::Bool(b) => write!(f, "{b}"),
            ParamValue::Int(n) => write!(f, "{n}"),
        }
    }
}

/// The bound a parameter check imposes. In JSON it reads `{"op": "at_least", "value": 18}`;
/// in the embedded binary form it is a plain enum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// The value must be at least this.
    AtLeast(i64),
    /// The value must be at most this.
    AtMost(i64),
    /// The value must equal this.
    Equals(ParamValue),
    /// The value must be stated; it is not judged.
    Stated,
}

/// [`Bound`] as people read it: the operation and its value.
#[derive(Serialize, Deserialize)]
#[serde(tag = "op", content = "value", rename_all = "snake_case")]
enum BoundText {
    AtLeast(i64),
    AtMost(i64),
    Equals(ParamValue),
    Stated,
}

/// [`Bound`] in the embedded binary form.
#[derive(Serialize, Deserialize)]
enum BoundBin {
    AtLeast(i64),
    AtMost(i64),
    Equals(ParamValue),
    Stated,
}

macro_rules! convert_bound {
    ($from:ident => $to:ident, $x:expr) => {
        match $x {
            $from::AtLeast(n) => $to::AtLeast(n),
            $from::AtMost(n) => $to::AtMost(n),
            $from::Equals(v) => $to::Equals(v),
            $from::Stated => $to::Stated,
        }
    };
}

impl Serialize for Bound {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            convert_bound!(Bound => BoundText, *self).serialize(s)
        } else {
            convert_bound!(Bound => BoundBin, *self).serialize(s)
        }
    }
}

impl<'de> Deserialize<'de> for Bound {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(if d.is_human_readable() {
            convert_bound!(BoundText => Bound, BoundText::deserialize(d)?)
        } else {
            convert_bound!(BoundBin => Bound, BoundBin::deserialize(d)?)
        })
    }
}

impl Bound {
    /// Whether `value` satisfies the bound.
    pub fn accepts(self, value: ParamValue) -> bool {
        match (self, value) {
            (Bound::AtLeast(n), ParamValue::Int(v)) => v >= n,
            (Bound::AtMost(n), ParamValue::Int(v)) => v <= n,
            (Bound::Equals(e), v) => e == v,
            (Bound::Stated, _) => true,
            _ => false,
        }
    }
}

impl std::fmt::Display for Bound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Bound::AtLeast(n) => write!(f, "at least {n}"),
            Bound::AtMost(n) => write!(f, "at most {n}"),
            Bound::Equals(v) => write!(f, "equal to {v}"),
            Bound::Stated => write!(f, "stated"),
        }
    }
}

/// A clause that, when invoked, replaces a check's bound.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relaxation {
    /// The reservation or declaration clause (relative ref).
    pub by: String,
    /// The bound that applies instead.
    pub bound: Bound,
}

/// A parameter check (design §5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    /// The parameter id.
    pub parameter: String,
    /// The bound that applies by default.
    pub bound: Bound,
    /// Clauses that relax the bound.
    pub relaxed: Vec<Relaxation>,
    /// Where the bound comes from, in words.
    pub why: Option<String>,
}

/// One paragraph, item or sub-item of a treaty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Provision {
    /// Relative ref (`20.1.a`).
    pub rel: String,
    /// Index of its article in [`Standard::articles`].
    pub article: usize,
    /// Index of the enclosing provision, if any.
    pub parent: Option<usize>,
    /// Indices of the provisions directly under it.
    pub children: Vec<usize>,
    /// One sentence in our own words.
    pub summary: String,
    /// Obligation, option, definition ...
    pub modality: Modality,
    /// What sort of rule it is.
    pub kind: Kind,
    /// Whether domestic law is assessed against it.
    pub assessable: bool,
    /// False for synthetic refs (unlettered indents).
    pub official: bool,
    /// False when not checked against the official text.
    pub verified: bool,
    /// Its sub-provisions are alternatives: meeting any one meets it.
    pub alternatives: bool,
    /// Its own elements (see [`Standard::elements_of`] for inherited ones).
    pub elements: Vec<Element>,
    /// Narrowing elements a Party may add under a clause.
    pub additional_elements: Vec<AdditionalElement>,
    /// Its own parameter checks.
    pub requires: Vec<Check>,
    /// Its own topics and its article's.
    pub tags: Vec<String>,
    /// Crosswalk links.
    pub see: Vec<ProvisionRef>,
    /// Links to instruments not modelled, in words.
    pub external: Vec<String>,
    /// A remark.
    pub note: Option<String>,
    /// Byte span of the `ref` in the source file.
    pub span: Range<usize>,
    /// Byte spans of the `see` entries, parallel to `see`.
    pub see_spans: Vec<Range<usize>>,
    /// Relational checks: parameters compared with each other.
    pub relations: Vec<super::Relation>,
    /// Treaty provisions whose assessment answers this one when the profile says nothing
    /// about it (met as well as the best of them).
    pub derived_from: Vec<ProvisionRef>,
    /// Byte spans of `derived_from`, parallel to it.
    pub derived_spans: Vec<Range<usize>>,
}

impl Provision {
    /// Whether the provision binds the Party.
    pub fn is_mandatory(&self) -> bool {
        self.modality.is_mandatory()
    }
}

/// An article: number, official heading and its provisions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Number as printed (`20`, `5bis`).
    pub number: String,
    /// Official heading.
    pub heading: String,
    /// Index of its chapter in [`Standard::chapters`].
    pub chapter: usize,
    /// Indices of its provisions, in document order.
    pub provisions: Vec<usize>,
}

/// A chapter, section or title: a heading over a run of articles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Division {
    /// Number as printed (`VI`, `1`).
    pub number: String,
    /// Official heading.
    pub heading: String,
    /// Index of its first article.
    pub first: usize,
    /// Index of its last article (inclusive).
    pub last: usize,
    /// Sections (in a chapter) or titles (in a section).
    pub parts: Vec<Division>,
}

/// A reservation or declaration clause.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Clause {
    /// The clause's own ref (`20.3`).
    pub rel: String,
    /// What it lets a Party do, in our words.
    pub summary: String,
    /// The provisions it affects and how far.
    pub affects: Vec<(String, Extent)>,
    /// How long a reservation under it stays valid, where the treaty limits it.
    pub validity: Option<Validity>,
}

/// A time limit on reservations (CETS 210 Art. 79): valid for `years` from the treaty's entry
/// into force for the Party, renewable for as long again; unrenewed, it runs on for
/// `grace_months` and then lapses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validity {
    /// Length of each period.
    pub years: u32,
    /// How long an unrenewed reservation runs on after a period ends before it lapses.
    pub grace_months: u32,
    /// Index of the provision that sets the limit.
    pub by: usize,
}

/// Whether a clause is a reservation or a declaration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClauseKind {
    /// A reservation.
    Reservation,
    /// A declaration.
    Declaration,
}

impl ClauseKind {
    /// "reservation" or "declaration".
    pub fn as_str(self) -> &'static str {
        match self {
            ClauseKind::Reservation => "reservation",
            ClauseKind::Declaration => "declaration",
        }
    }
}

/// Facts about the treaty as a whole.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StandardMeta {
    /// The id used in references.
    pub id: String,
    /// Treaty number (`CETS No. 201`).
    pub number: String,
    /// Full title.
    pub title: String,
    /// Short title.
    pub short_title: String,
    /// Other names accepted in references.
    pub aliases: Vec<String>,
    /// Opened for signature (ISO date).
    pub opened: Option<String>,
    /// Where it was opened for signature.
    pub opened_at: Option<String>,
    /// Entry into force (ISO date).
    pub in_force: Option<String>,
    /// Who monitors it.
    pub monitoring_body: Option<String>,
    /// Official source.
    pub source_url: Option<String>,
    /// What the model was checked against.
    pub sources: Vec<String>,
    /// False when the model was not checked against the official text.
    pub verified: bool,
    /// Treaty, interpretive opinion, guidance note or model law.
    pub kind: super::StandardKind,
    /// The standard an interpretive text interprets (its id).
    pub interprets: Option<String>,
    /// When the text was adopted (for texts not opened for signature).
    pub adopted: Option<String>,
}

/// Where a standard came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Origin {
    /// Compiled into lexgap.
    Embedded,
    /// Loaded with `--standards-dir`.
    Loaded,
}

/// A treaty model (design §3).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Standard {
    /// The header.
    pub meta: StandardMeta,
    /// Chapters, with sections and titles.
    pub chapters: Vec<Division>,
    /// Articles in document order.
    pub articles: Vec<Article>,
    /// Provisions in document order.
    pub provisions: Vec<Provision>,
    /// Reservation clauses the treaty permits.
    pub reservations: Vec<Clause>,
    /// Declaration clauses the treaty permits.
    pub declarations: Vec<Clause>,
    /// The article that closes the list of reservations.
    pub reservations_closed_by: Option<String>,
    /// The article that closes the list of declarations.
    pub declarations_closed_by: Option<String>,
    /// Embedded or loaded.
    pub origin: Origin,
    /// The source file in the catalog's [`crate::diagnostic::Sources`].
    pub file: FileId,
    pub(crate) provision_index: HashMap<String, usize>,
    pub(crate) article_index: HashMap<String, usize>,
}

impl Standard {
    /// The provision with this relative ref.
    pub fn provision(&self, rel: &str) -> Option<&Provision> {
        self.provision_index.get(rel).map(|&i| &self.provisions[i])
    }

    /// Index of the provision with this relative ref.
    pub fn provision_idx(&self, rel: &str) -> Option<usize> {
        self.provision_index.get(rel).copied()
    }

    /// Index of the article with this number.
    pub fn article_idx(&self, number: &str) -> Option<usize> {
        self.article_index.get(number).copied()
    }

    /// The canonical reference of a provision.
    pub fn reference(&self, idx: usize) -> ProvisionRef {
        ProvisionRef::new(&self.meta.id, &self.provisions[idx].rel)
    }

    /// The reference as readers write it: `Art. 18(1)(b), third indent` (an indent the treaty
    /// does not number is named as such).
    pub fn human_reference(&self, idx: usize) -> String {
        let prov = &self.provisions[idx];
        crate::citation::human_path(&prov.rel, !prov.official)
    }

    /// The provision and its ancestors, outermost first.
    pub fn lineage(&self, idx: usize) -> Vec<usize> {
        let mut chain = vec![idx];
        let mut cur = idx;
        while let Some(p) = self.provisions[cur].parent {
            chain.push(p);
            cur = p;
        }
        chain.reverse();
        chain
    }

    /// Required elements: the provision's own and its ancestors', outermost first.
    pub fn elements_of(&self, idx: usize) -> Vec<(&Element, usize)> {
        self.lineage(idx)
            .into_iter()
            .flat_map(|i| self.provisions[i].elements.iter().map(move |e| (e, i)))
            .collect()
    }

    /// Narrowing elements that may be added, own and inherited.
    pub fn additional_elements_of(&self, idx: usize) -> Vec<&AdditionalElement> {
        self.lineage(idx)
            .into_iter()
            .flat_map(|i| self.provisions[i].additional_elements.iter())
            .collect()
    }

    /// Parameter checks, own and inherited, with the provision that states each.
    pub fn checks_of(&self, idx: usize) -> Vec<(&Check, usize)> {
        self.lineage(idx)
            .into_iter()
            .flat_map(|i| self.provisions[i].requires.iter().map(move |c| (c, i)))
            .collect()
    }

    /// Topics, own and inherited, sorted and unique.
    pub fn tags_of(&self, idx: usize) -> Vec<&str> {
        let mut tags: Vec<&str> = self
            .lineage(idx)
            .into_iter()
            .flat_map(|i| self.provisions[i].tags.iter().map(String::as_str))
            .collect();
        tags.sort_unstable();
        tags.dedup();
        tags
    }

    /// Every provision under (and including) `idx`, in document order.
    pub fn subtree(&self, idx: usize) -> Vec<usize> {
        let mut out = vec![idx];
        let mut i = 0;
        while i < out.len() {
            out.extend(self.provisions[out[i]].children.iter().copied());
            i += 1;
        }
        out.sort_unstable();
        out
    }

    /// Reservation and declaration clauses that affect the provision or one of its ancestors.
    pub fn clauses_affecting(&self, idx: usize) -> Vec<(ClauseKind, &Clause, Extent)> {
        let lineage: Vec<&str> = self
            .lineage(idx)
            .into_iter()
            .map(|i| self.provisions[i].rel.as_str())
            .collect();
        let article = &self.articles[self.provisions[idx].article].number;
        let mut out = Vec::new();
        for (kind, list) in [
            (ClauseKind::Reservation, &self.reservations),
            (ClauseKind::Declaration, &self.declarations),
        ] {
            for clause in list {
                for (target, extent) in &clause.affects {
                    if lineage.contains(&target.as_str()) || target == article {
                        out.push((kind, clause, *extent));
                        break;
                    }
                }
            }
        }
        out
    }

    /// The clause with this ref, of either kind.
    pub fn clause(&self, kind: ClauseKind, rel: &str) -> Option<&Clause> {
        let list = match kind {
            ClauseKind::Reservation => &self.reservations,
            ClauseKind::Declaration => &self.declarations,
        };
        list.iter().find(|c| c.rel == rel)
    }

    /// The chapter (and section and title, where the treaty has them) of an article.
    pub fn divisions_of(&self, article: usize) -> Vec<&Division> {
        let mut out = Vec::new();
        let mut level = &self.chapters;
        while let Some(d) = level
            .iter()
            .find(|d| d.first <= article && article <= d.last)
        {
            out.push(d);
            level = &d.parts;
        }
        out
    }

    /// Number of provisions that domestic law is assessed against.
    pub fn assessable_count(&self) -> usize {
        self.provisions.iter().filter(|p| p.assessable).count()
    }
}
