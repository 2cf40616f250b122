//! The catalog: every standard in play (embedded and loaded), the vocabularies, and reference
//! resolution against them.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};

use rust_embed::RustEmbed;

use super::build::build;
use super::model::{Origin, Standard};
use super::raw::{RawFile, RawParameters, RawTopics};
use super::standards::Standards;
use super::vocabulary::{Parameter, Topic, Vocabulary};
use crate::citation::{
    Locator, ParsedReference, ProvisionRef, ReferenceSyntaxError, normalize_designator,
    parse_reference, parse_selection,
};
use crate::diagnostic::{Diagnostic, Sources, toml_error_span};
use crate::suggest::{did_you_mean, nearest};

#[derive(RustEmbed)]
#[folder = "standards/"]
#[include = "*.toml"]
struct Embedded;

/// The embedded standards, in the order lexgap lists them.
/// Treaties first, then interpretive texts and model laws (alphabetically).
const EMBEDDED_ORDER: [&str; 6] = [
    "lanzarote",
    "budapest",
    "budapest-p1",
    "budapest-p2",
    "trafficking",
    "istanbul",
];
/// Embedded files that are not standards: the vocabularies and the monitoring rounds.
const VOCABULARY_FILES: [&str; 3] = ["parameters.toml", "topics.toml", ROUNDS_FILE];
/// The embedded file of monitoring bodies and rounds.
const ROUNDS_FILE: &str = "rounds.toml";

/// Standards files that could not be loaded: every problem, with the sources to render them.
pub struct LoadError {
    /// The texts the diagnostics point into.
    pub sources: Sources,
    /// Every problem found.
    pub diagnostics: Vec<Diagnostic>,
}

/// What a reference resolved to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A whole standard (index into [`Catalog::standards`]).
    Standard(usize),
    /// A chapter of a standard.
    Chapter(usize, usize),
    /// An article of a standard.
    Article(usize, usize),
    /// A provision of a standard.
    Provision(usize, usize),
}

impl Target {
    /// The standard the target belongs to.
    pub fn standard(self) -> usize {
        match self {
            Target::Standard(s)
            | Target::Chapter(s, _)
            | Target::Article(s, _)
            | Target::Provision(s, _) => s,
        }
    }
}

/// A reference that is unreadable or names nothing that exists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReferenceError {
    /// The text is not a reference.
    Syntax(ReferenceSyntaxError),
    /// The reference is well formed but names nothing.
    Unknown {
        /// The input as given.
        input: String,
        /// The part of the input that is wrong.
        span: Range<usize>,
        /// What is wrong.
        message: String,
        /// Existing references near the one asked for.
        suggestions: Vec<String>,
    },
}

impl std::fmt::Display for ReferenceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReferenceError::Syntax(e) => e.fmt(f),
            ReferenceError::Unknown {
                input,
                span,
                message,
                suggestions,
            } => {
                writeln!(f, "{message}")?;
                writeln!(f, "  {input}")?;
                let pad = input[..span.start].chars().count();
                let width = input[span.clone()].chars().count().max(1);
                write!(f, "  {}{}", " ".repeat(pad), "^".repeat(width))?;
                if !suggestions.is_empty() {
                    write!(
                        f,
                        "\nhint: existing references nearby: {}",
                        suggestions.join(", ")
                    )?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ReferenceError {}

/// A set of provisions chosen with `--only`, as (standard, provision) indices.
pub type ProvisionSet = BTreeSet<(usize, usize)>;

/// Every standard in play, with the vocabularies and the sources they were read from.
pub struct Catalog {
    /// Standards: embedded ones first, in lexgap's order, then loaded ones.
    pub standards: Standards,
    /// Parameters and topics.
    pub vocabulary: Vocabulary,
    /// Source texts, for diagnostics.
    pub sources: Sources,
    /// Warnings from loading (errors make loading fail).
    pub warnings: Vec<Diagnostic>,
    /// Monitoring bodies and rounds (standards/rounds.toml).
    pub monitoring: super::rounds::Monitoring,
    aliases: HashMap<String, usize>,
    /// Reverse crosswalk: for each (standard, provision), the provisions whose `see` names it.
    backlinks: Backlinks,
    /// Short title and article headings of each standard.
    outlines: Vec<Outline>,
}

/// Reverse crosswalk: for each (standard, provision), the (standard, provision ref) of the
/// provisions whose `see` names it. The ref is kept so that naming a linking provision needs
/// no decoding of its standard.
type Backlinks = HashMap<(usize, usize), Vec<(usize, String)>>;

/// What citing a standard from another one needs, kept apart so that `show` of one provision
/// does not decode every standard its crosswalk names: id, short title and article headings.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Outline {
    id: String,
    short_title: String,
    /// Article number → heading.
    headings: HashMap<String, String>,
}

impl Outline {
    fn of(std: &Standard) -> Outline {
        Outline {
            id: std.meta.id.clone(),
            short_title: std.meta.short_title.clone(),
            headings: std
                .articles
                .iter()
                .map(|a| (a.number.clone(), a.heading.clone()))
                .collect(),
        }
    }
}

/// A packed standard, written as one byte string (read back borrowed, without a copy).
struct Packed(Vec<u8>);

impl serde::Serialize for Packed {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

/// What the build script embeds: the checked standards (each packed on its own, so that a run
/// decodes only those it uses) and their indexes.
#[derive(serde::Deserialize)]
struct Prebuilt<'a> {
    #[serde(borrow)]
    standards: Vec<&'a [u8]>,
    monitoring: super::rounds::Monitoring,
    vocabulary: Vocabulary,
    aliases: HashMap<String, usize>,
    backlinks: Backlinks,
    outlines: Vec<Outline>,
    files: Vec<PathBuf>,
}

/// [`Prebuilt`], borrowed for writing.
#[derive(serde::Serialize)]
struct PrebuiltRef<'a> {
    standards: Vec<Packed>,
    monitoring: &'a super::rounds::Monitoring,
    vocabulary: &'a Vocabulary,
    aliases: &'a HashMap<String, usize>,
    backlinks: &'a Backlinks,
    outlines: &'a [Outline],
    files: Vec<PathBuf>,
}

/// The embedded standards: the form the build script checked and embedded.
#[cfg(lexgap_prebuilt)]
fn embedded_catalog() -> Result<Catalog, LoadError> {
    const BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.postcard"));
    Ok(Catalog::from_prebuilt(BYTES).expect("the build script wrote a readable catalog"))
}

/// The embedded standards, parsed and checked now (in the build script itself).
#[cfg(not(lexgap_prebuilt))]
fn embedded_catalog() -> Result<Catalog, LoadError> {
    Catalog::parse_embedded()
}

fn embedded_text(name: &str) -> String {
    Embedded::get(name)
        .map(|f| String::from_utf8_lossy(&f.data).into_owned())
        .unwrap_or_default()
}

fn parse_toml<T: serde::de::DeserializeOwned>(
    sources: &Sources,
    file: usize,
    what: &str,
) -> Result<T, Diagnostic> {
    toml::from_str(sources.text(file)).map_err(|e| {
        let message = crate::diagnostic::plain_words(e.message().trim_end());
        Diagnostic::error("bad-toml", format!("{what}: {message}"))
            .at(file, toml_error_span(&e), "here")
            .hint("see standards/FORMAT.md for the file format")
    })
}

impl Catalog {
    /// The embedded standards only.
    pub fn embedded() -> Result<Catalog, LoadError> {
        Self::load(None)
    }

    /// The embedded standards plus every `*.toml` in `extra` (if given), all checked.
    pub fn load(extra: Option<&Path>) -> Result<Catalog, LoadError> {
        Self::load_with_limit(extra, crate::input::DEFAULT_MAX_INPUT_BYTES)
    }

    /// Like [`Catalog::load`], reading no standards file larger than `max_bytes`.
    pub fn load_with_limit(extra: Option<&Path>, max_bytes: u64) -> Result<Catalog, LoadError> {
        let mut catalog = embedded_catalog()?;
        let Some(dir) = extra else {
            return Ok(catalog);
        };
        let (files, mut diagnostics) = loaded_files(dir, max_bytes, &mut catalog.sources);
        for (path, text, origin) in files {
            let file = catalog.sources.add(&path, text);
            match parse_toml::<RawFile>(&catalog.sources, file, "not a valid standards file") {
                Ok(raw) => {
                    let (standard, mut found) = build(raw, file, origin, &catalog.vocabulary);
                    diagnostics.append(&mut found);
                    catalog.standards.extend(standard);
                }
                Err(d) => diagnostics.push(d),
            }
        }
        catalog.link(diagnostics)
    }

    /// Parses and checks the embedded standards files. The build script runs this once and
    /// embeds the result (see [`Catalog::to_prebuilt`]); without it, every run does.
    pub fn parse_embedded() -> Result<Catalog, LoadError> {
        let mut sources = Sources::new();
        let mut diagnostics = Vec::new();
        let vocabulary = load_vocabulary(&mut sources, &mut diagnostics);
        let mut standards = Vec::new();
        for (path, text, origin) in embedded_files() {
            let file = sources.add(&path, text);
            match parse_toml::<RawFile>(&sources, file, "not a valid standards file") {
                Ok(raw) => {
                    let (standard, mut found) = build(raw, file, origin, &vocabulary);
                    diagnostics.append(&mut found);
                    standards.extend(standard);
                }
                Err(d) => diagnostics.push(d),
            }
        }
        let catalog = Catalog {
            standards: {
                let mut all = Standards::default();
                all.extend(standards);
                all
            },
            vocabulary,
            sources,
            warnings: Vec::new(),
            monitoring: Default::default(),
            aliases: HashMap::new(),
            backlinks: HashMap::new(),
            outlines: Vec::new(),
        };
        let mut catalog = catalog.link(diagnostics)?;
        let problems = catalog.load_rounds();
        if problems.iter().any(Diagnostic::is_error) {
            return Err(LoadError {
                sources: catalog.sources,
                diagnostics: problems,
            });
        }
        catalog.warnings.extend(problems);
        Ok(catalog)
    }

    /// Reads and validates the embedded rounds file (standards/rounds.toml), which names
    /// provisions of the standards already loaded; returns the problems found.
    fn load_rounds(&mut self) -> Vec<Diagnostic> {
        let file = self.sources.add(
            Path::new("standards/rounds.toml"),
            embedded_text(ROUNDS_FILE),
        );
        let raw: super::rounds::RawRounds = match toml::from_str(self.sources.text(file)) {
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
        let (monitoring, diagnostics) = super::rounds::build(raw, file, self);
        self.monitoring = monitoring;
        diagnostics
    }

    /// Builds the name table and the reverse crosswalk over every standard, then checks the
    /// crosswalk, the interpretive links and the monitoring rounds (which name provisions);
    /// errors among `diagnostics` or found here make loading fail.
    fn link(mut self, mut diagnostics: Vec<Diagnostic>) -> Result<Catalog, LoadError> {
        self.aliases = alias_table(&self.standards, &mut diagnostics);
        self.backlinks = self.reverse_crosswalk();
        self.outlines = self.standards.iter().map(Outline::of).collect();
        diagnostics.extend(self.check_crosswalk());
        diagnostics.extend(super::interpretive::check(&self));
        if diagnostics.iter().any(Diagnostic::is_error) {
            return Err(LoadError {
                sources: self.sources,
                diagnostics,
            });
        }
        self.warnings = diagnostics;
        Ok(self)
    }

    /// The checked catalog in the compact form embedded at build time (postcard: no field names,
    /// no type markers). Model types must therefore not skip fields when serialising
    /// (`skip_serializing_if`) nor rely on untagged forms in binary formats: the round-trip test
    /// below catches either.
    pub fn to_prebuilt(&self) -> Vec<u8> {
        let prebuilt = PrebuiltRef {
            standards: self.standards.pack().into_iter().map(Packed).collect(),
            monitoring: &self.monitoring,
            vocabulary: &self.vocabulary,
            aliases: &self.aliases,
            backlinks: &self.backlinks,
            outlines: &self.outlines,
            files: (0..self.sources.len())
                .map(|i| self.sources.path(i).to_path_buf())
                .collect(),
        };
        postcard::to_allocvec(&prebuilt).expect("a catalog serialises")
    }

    /// A catalog from its prebuilt form. The source texts are not kept: the embedded files
    /// were checked when lexgap was built, so no diagnostic can point into them.
    pub fn from_prebuilt(bytes: &'static [u8]) -> Result<Catalog, String> {
        let p: Prebuilt = postcard::from_bytes(bytes).map_err(|e| e.to_string())?;
        let mut sources = Sources::new();
        for path in &p.files {
            sources.add(path, String::new());
        }
        Ok(Catalog {
            standards: Standards::packed(p.standards),
            monitoring: p.monitoring,
            vocabulary: p.vocabulary,
            sources,
            warnings: Vec::new(),
            aliases: p.aliases,
            backlinks: p.backlinks,
            outlines: p.outlines,
        })
    }

    /// The standard with this id or alias.
    pub fn standard_by_name(&self, name: &str) -> Option<usize> {
        self.aliases.get(&normalize_designator(name)).copied()
    }

    /// The standard with this index.
    pub fn standard(&self, idx: usize) -> &Standard {
        &self.standards[idx]
    }

    /// Parameter definitions.
    pub fn parameters(&self) -> &[Parameter] {
        &self.vocabulary.parameters
    }

    /// Topic definitions.
    pub fn topics(&self) -> &[Topic] {
        &self.vocabulary.topics
    }

    /// Every provision with any of these topics (its own or inherited).
    pub fn tagged_any(&self, tags: &[String]) -> ProvisionSet {
        self.standards
            .iter()
            .enumerate()
            .flat_map(|(s, std)| {
                (0..std.provisions.len())
                    .filter(move |&p| std.tags_of(p).iter().any(|t| tags.iter().any(|x| x == t)))
                    .map(move |p| (s, p))
            })
            .collect()
    }

    /// The provision a canonical ref names, if it exists.
    pub fn provision(&self, r: &ProvisionRef) -> Option<(usize, usize)> {
        let s = self.standard_by_name(&r.standard)?;
        Some((s, self.standards[s].provision_idx(&r.path)?))
    }

    /// Resolves a reference in any accepted form.
    pub fn resolve(&self, input: &str) -> Result<Target, ReferenceError> {
        let parsed = parse_reference(input).map_err(ReferenceError::Syntax)?;
        self.resolve_parsed(input, &parsed)
    }

    /// Resolves a parsed reference; `input` is the text it was parsed from.
    pub fn resolve_parsed(
        &self,
        input: &str,
        parsed: &ParsedReference,
    ) -> Result<Target, ReferenceError> {
        let s =
            self.resolve_designator(input, &parsed.designator, parsed.designator_span.clone())?;
        match &parsed.locator {
            Locator::Standard => Ok(Target::Standard(s)),
            Locator::Chapter(n) => self.resolve_chapter(input, s, n, parsed.locator_span.clone()),
            Locator::Path(segs) => self.resolve_path(input, s, segs, parsed.locator_span.clone()),
        }
    }

    fn resolve_designator(
        &self,
        input: &str,
        name: &str,
        span: Range<usize>,
    ) -> Result<usize, ReferenceError> {
        self.standard_by_name(name).ok_or_else(|| {
            let ids: Vec<&str> = self.standards.iter().map(|s| s.meta.id.as_str()).collect();
            let mut suggestions: Vec<String> = nearest(name, ids.iter().copied(), 3)
                .into_iter()
                .map(String::from)
                .collect();
            if suggestions.is_empty() {
                suggestions = ids.iter().map(|s| s.to_string()).collect();
            }
            ReferenceError::Unknown {
                input: input.to_string(),
                span,
                message: format!("no standard called `{name}`"),
                suggestions,
            }
        })
    }

    fn resolve_chapter(
        &self,
        input: &str,
        s: usize,
        number: &str,
        span: Range<usize>,
    ) -> Result<Target, ReferenceError> {
        let std = &self.standards[s];
        if let Some(i) = std
            .chapters
            .iter()
            .position(|c| c.number.eq_ignore_ascii_case(number))
        {
            return Ok(Target::Chapter(s, i));
        }
        Err(ReferenceError::Unknown {
            input: input.to_string(),
            span,
            message: format!(
                "the {} has no chapter {}",
                std.meta.short_title,
                number.to_ascii_uppercase()
            ),
            suggestions: std
                .chapters
                .iter()
                .map(|c| format!("{}:chapter-{}", std.meta.id, c.number.to_ascii_lowercase()))
                .collect(),
        })
    }

    fn resolve_path(
        &self,
        input: &str,
        s: usize,
        segs: &[String],
        span: Range<usize>,
    ) -> Result<Target, ReferenceError> {
        let std = &self.standards[s];
        let rel = segs.join(".");
        if let (1, Some(a)) = (segs.len(), std.article_idx(&rel)) {
            return Ok(Target::Article(s, a));
        }
        if let Some(p) = std.provision_idx(&rel) {
            return Ok(Target::Provision(s, p));
        }
        if let Some(p) = sole_paragraph_item(std, segs) {
            return Ok(Target::Provision(s, p));
        }
        Err(ReferenceError::Unknown {
            input: input.to_string(),
            span,
            message: format!("{}:{rel} does not exist", std.meta.id),
            suggestions: self.nearby(s, segs),
        })
    }

    /// Existing refs near a missing one: the children of its deepest existing ancestor, then
    /// the closest spellings.
    fn nearby(&self, s: usize, segs: &[String]) -> Vec<String> {
        let std = &self.standards[s];
        let id = &std.meta.id;
        let mut out: Vec<String> = Vec::new();
        for depth in (1..segs.len()).rev() {
            let prefix = segs[..depth].join(".");
            if let Some(p) = std.provision_idx(&prefix) {
                out.extend(
                    std.provisions[p]
                        .children
                        .iter()
                        .map(|&c| format!("{id}:{}", std.provisions[c].rel)),
                );
                break;
            }
            if let Some(a) = std.article_idx(&prefix) {
                out.extend(
                    std.articles[a]
                        .provisions
                        .iter()
                        .filter(|&&p| std.provisions[p].parent.is_none())
                        .map(|&p| format!("{id}:{}", std.provisions[p].rel)),
                );
                break;
            }
        }
        if out.is_empty() {
            let wanted = segs.join(".");
            let rels: Vec<&str> = std
                .provisions
                .iter()
                .map(|p| p.rel.as_str())
                .chain(std.articles.iter().map(|a| a.number.as_str()))
                .collect();
            out.extend(
                nearest(&wanted, rels, 5)
                    .into_iter()
                    .map(|r| format!("{id}:{r}")),
            );
        }
        out.dedup();
        out
    }

    /// The provisions a `--only` selection names.
    pub fn select(&self, input: &str) -> Result<ProvisionSet, ReferenceError> {
        let items = parse_selection(input).map_err(ReferenceError::Syntax)?;
        let mut set = ProvisionSet::new();
        for item in items {
            let span = 0..input.len();
            let s = self.resolve_designator(input, &item.designator, span.clone())?;
            let std = &self.standards[s];
            let (first, last) = match &item.from {
                Locator::Standard => (0, std.provisions.len().saturating_sub(1)),
                Locator::Chapter(n) => {
                    let Target::Chapter(_, c) = self.resolve_chapter(input, s, n, span.clone())?
                    else {
                        unreachable!()
                    };
                    let ch = &std.chapters[c];
                    (first_provision(std, ch.first), last_provision(std, ch.last))
                }
                Locator::Path(segs) => self.node_bounds(input, s, segs, span.clone())?,
            };
            let last = match &item.to {
                Some(to) => {
                    let (to_first, to_last) = self.node_bounds(input, s, to, span.clone())?;
                    if to_first < first {
                        return Err(backwards(input, &item.from, to, span));
                    }
                    to_last
                }
                None => last,
            };
            set.extend(
                (first..=last)
                    .filter(|_| !std.provisions.is_empty())
                    .map(|p| (s, p)),
            );
        }
        Ok(set)
    }

    /// The first and last provision index of the node a path names (an article or provision).
    fn node_bounds(
        &self,
        input: &str,
        s: usize,
        segs: &[String],
        span: Range<usize>,
    ) -> Result<(usize, usize), ReferenceError> {
        let std = &self.standards[s];
        match self.resolve_path(input, s, segs, span)? {
            Target::Article(_, a) => Ok((first_provision(std, a), last_provision(std, a))),
            Target::Provision(_, p) => Ok((p, *std.subtree(p).last().unwrap_or(&p))),
            _ => unreachable!("paths resolve to articles or provisions"),
        }
    }

    /// Every `see` link must name an existing provision or article.
    fn check_crosswalk(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for std in &self.standards {
            for p in &std.provisions {
                for (link, span) in p.see.iter().zip(&p.see_spans) {
                    let exists = self.standard_by_name(&link.standard).is_some_and(|s| {
                        let t = &self.standards[s];
                        t.provision_idx(&link.path).is_some() || t.article_idx(&link.path).is_some()
                    });
                    if !exists {
                        let hint = self
                            .standard_by_name(&link.standard)
                            .and_then(|s| {
                                let t = &self.standards[s];
                                did_you_mean(
                                    &link.path,
                                    t.provisions.iter().map(|p| p.rel.as_str()),
                                )
                            })
                            .unwrap_or_else(|| {
                                "link to a provision that exists in a loaded standard".into()
                            });
                        out.push(
                            Diagnostic::error(
                                "unknown-see-target",
                                format!("crosswalk link to `{link}`, which does not exist"),
                            )
                            .at(std.file, span.clone(), "no such provision")
                            .hint(hint),
                        );
                    }
                }
            }
        }
        out
    }

    /// Provisions that link to this one with `see` (the reverse of the crosswalk), in catalog order.
    pub fn linked_from(&self, s: usize, p: usize) -> Vec<ProvisionRef> {
        self.backlinks
            .get(&(s, p))
            .map(|from| {
                from.iter()
                    .map(|(si, rel)| ProvisionRef::new(self.standard_id(*si), rel))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Builds the reverse crosswalk once; a link to an article counts for its top-level provisions.
    fn reverse_crosswalk(&self) -> Backlinks {
        let mut index: HashMap<(usize, usize), Vec<(usize, usize)>> = HashMap::new();
        for (si, std) in self.standards.iter().enumerate() {
            for (pi, prov) in std.provisions.iter().enumerate() {
                for link in &prov.see {
                    let Some(ts) = self.standard_by_name(&link.standard) else {
                        continue;
                    };
                    let target = &self.standards[ts];
                    let targets: Vec<usize> = match (
                        target.provision_idx(&link.path),
                        target.article_idx(&link.path),
                    ) {
                        (Some(tp), _) => vec![tp],
                        (None, Some(a)) => target.articles[a]
                            .provisions
                            .iter()
                            .copied()
                            .filter(|&q| target.provisions[q].parent.is_none())
                            .collect(),
                        (None, None) => Vec::new(),
                    };
                    for tp in targets.into_iter().filter(|&tp| (ts, tp) != (si, pi)) {
                        let from = index.entry((ts, tp)).or_default();
                        if !from.contains(&(si, pi)) {
                            from.push((si, pi));
                        }
                    }
                }
            }
        }
        index
            .into_iter()
            .map(|(to, mut from)| {
                from.sort_unstable();
                let refs = from
                    .into_iter()
                    .map(|(si, pi)| (si, self.standards[si].provisions[pi].rel.clone()))
                    .collect();
                (to, refs)
            })
            .collect()
    }

    /// The id of standard `s` (`lanzarote`), without decoding it.
    fn standard_id(&self, s: usize) -> &str {
        &self.outlines[s].id
    }

    /// The short title of standard `s` (`Lanzarote Convention`), without decoding it.
    pub fn short_title(&self, s: usize) -> &str {
        &self.outlines[s].short_title
    }

    /// The heading of article `number` of standard `s`, without decoding it.
    pub fn article_heading(&self, s: usize, number: &str) -> Option<&str> {
        self.outlines[s].headings.get(number).map(String::as_str)
    }
}

/// `Art. 50(a)` where the model, following a print, numbers the article's only paragraph:
/// people cite the item without the paragraph, so `50.a` is read as `50.1.a` when the article
/// has paragraph 1 and no paragraph 2.
fn sole_paragraph_item(std: &Standard, segs: &[String]) -> Option<usize> {
    let [article, item, rest @ ..] = segs else {
        return None;
    };
    if !item.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    std.provision_idx(&format!("{article}.1"))?;
    if std.provision_idx(&format!("{article}.2")).is_some() {
        return None;
    }
    let mut path = vec![article.as_str(), "1", item.as_str()];
    path.extend(rest.iter().map(String::as_str));
    std.provision_idx(&path.join("."))
}

/// A range whose end comes before its start (`lanzarote:24-18`) selects nothing: say so.
fn backwards(input: &str, from: &Locator, to: &[String], span: Range<usize>) -> ReferenceError {
    let from = match from {
        Locator::Path(p) => p.join("."),
        _ => String::new(),
    };
    let to = to.join(".");
    ReferenceError::Unknown {
        input: input.to_string(),
        span,
        message: format!("the range `{from}-{to}` runs backwards and selects nothing"),
        suggestions: vec![format!("{to}-{from}")],
    }
}

fn first_provision(std: &Standard, article: usize) -> usize {
    std.articles[article]
        .provisions
        .first()
        .copied()
        .unwrap_or(0)
}

fn last_provision(std: &Standard, article: usize) -> usize {
    std.articles[article]
        .provisions
        .last()
        .copied()
        .unwrap_or(0)
}

fn embedded_files() -> Vec<(PathBuf, String, Origin)> {
    let mut names: Vec<String> = Embedded::iter()
        .map(|n| n.into_owned())
        .filter(|n| !VOCABULARY_FILES.contains(&n.as_str()))
        .collect();
    let rank = |n: &str| {
        EMBEDDED_ORDER
            .iter()
            .position(|o| format!("{o}.toml") == n)
            .unwrap_or(usize::MAX)
    };
    names.sort_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| a.cmp(b)));
    names
        .into_iter()
        .map(|n| {
            (
                PathBuf::from(format!("standards/{n}")),
                embedded_text(&n),
                Origin::Embedded,
            )
        })
        .collect()
}

/// The standards files of `--standards-dir`; a file that cannot be read is reported and skipped.
fn loaded_files(
    dir: &Path,
    max_bytes: u64,
    sources: &mut Sources,
) -> (Vec<(PathBuf, String, Origin)>, Vec<Diagnostic>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            let d = Diagnostic::error(
                "standards-dir",
                format!(
                    "cannot read the standards folder {}: {}",
                    dir.display(),
                    crate::input::os_reason(&e)
                ),
            )
            .hint("pass a folder that holds standards files (*.toml)");
            return (Vec::new(), vec![d]);
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for p in paths {
        let bytes = match crate::input::read_bytes(&p, max_bytes) {
            Ok(b) => b,
            Err(e) => {
                problems.push(
                    Diagnostic::error("standards-dir", format!("cannot read {}: {e}", p.display()))
                        .hint(e.hint()),
                );
                continue;
            }
        };
        match crate::input::decode(bytes) {
            Ok(text) => files.push((p, text, Origin::Loaded)),
            Err(bad) => problems.push(bad.diagnostic(&p, sources)),
        }
    }
    (files, problems)
}

fn load_vocabulary(sources: &mut Sources, diagnostics: &mut Vec<Diagnostic>) -> Vocabulary {
    let pf = sources.add(
        Path::new("standards/parameters.toml"),
        embedded_text("parameters.toml"),
    );
    let tf = sources.add(
        Path::new("standards/topics.toml"),
        embedded_text("topics.toml"),
    );
    let mut vocab = Vocabulary::default();
    match parse_toml::<RawParameters>(sources, pf, "not a valid parameters file") {
        Ok(raw) => {
            vocab.parameters = raw
                .parameters
                .into_iter()
                .map(|p| Parameter {
                    id: p.id,
                    kind: p.kind,
                    unit: p.unit,
                    summary: p.summary,
                })
                .collect()
        }
        Err(d) => diagnostics.push(d),
    }
    match parse_toml::<RawTopics>(sources, tf, "not a valid topics file") {
        Ok(raw) => {
            vocab.topics = raw
                .topics
                .into_iter()
                .map(|t| Topic {
                    id: t.id,
                    summary: t.summary,
                })
                .collect()
        }
        Err(d) => diagnostics.push(d),
    }
    vocab
}

/// Maps every normalised id and alias to its standard; two standards may not share a name.
fn alias_table(standards: &Standards, diagnostics: &mut Vec<Diagnostic>) -> HashMap<String, usize> {
    let mut table: HashMap<String, usize> = HashMap::new();
    for (i, s) in standards.iter().enumerate() {
        let mut names = vec![s.meta.id.clone(), s.meta.short_title.clone()];
        names.extend(s.meta.aliases.iter().cloned());
        for name in names {
            let key = normalize_designator(&name);
            if key.is_empty() {
                continue;
            }
            match table.get(&key) {
                Some(&j) if j != i => diagnostics.push(
                    Diagnostic::error(
                        "duplicate-standard",
                        format!(
                            "`{name}` names both `{}` and `{}`",
                            standards[j].meta.id, s.meta.id
                        ),
                    )
                    .at(s.file, 0..0, "in this file")
                    .hint("give each standard its own id and aliases"),
                ),
                _ => {
                    table.insert(key, i);
                }
            }
        }
    }
    table
}

#[cfg(test)]
mod prebuilt_tests {
    use super::*;

    #[test]
    fn the_prebuilt_catalog_is_the_parsed_one() {
        let parsed = Catalog::parse_embedded()
            .unwrap_or_else(|e| panic!("{}", e.sources.render(&e.diagnostics, false)));
        let bytes = Box::leak(parsed.to_prebuilt().into_boxed_slice());
        let back = Catalog::from_prebuilt(bytes).unwrap();
        // Every field, not only those the JSON output shows (serde(skip) would lose one).
        assert!(
            parsed.standards == back.standards,
            "standards differ after the round trip"
        );
        assert!(parsed.vocabulary == back.vocabulary);
        assert!(parsed.monitoring == back.monitoring);
        assert_eq!(parsed.aliases, back.aliases);
        assert_eq!(parsed.backlinks, back.backlinks);
        assert_eq!(parsed.outlines, back.outlines);
        assert_eq!(parsed.sources.len(), back.sources.len());
        assert!(back.standard_by_name("ETS No. 185").is_some());
    }

    #[test]
    fn crosswalk_links_are_named_without_decoding_the_linking_standards() {
        let parsed = Catalog::parse_embedded()
            .unwrap_or_else(|e| panic!("{}", e.sources.render(&e.diagnostics, false)));
        let (&(s, p), from) = parsed
            .backlinks
            .iter()
            .find(|(key, from)| from.iter().any(|(si, _)| *si != key.0))
            .expect("some provision is linked from another standard");
        let expected = parsed.linked_from(s, p);
        let bytes = Box::leak(parsed.to_prebuilt().into_boxed_slice());
        let lazy = Catalog::from_prebuilt(bytes).unwrap();
        assert_eq!(lazy.standards.decoded(), 0);
        assert_eq!(lazy.linked_from(s, p), expected);
        let (other, _) = from.iter().find(|(si, _)| *si != s).unwrap();
        let number = &parsed.standards[*other].articles[0].number;
        assert_eq!(
            lazy.article_heading(*other, number),
            Some(parsed.standards[*other].articles[0].heading.as_str())
        );
        assert_eq!(
            lazy.short_title(*other),
            parsed.standards[*other].meta.short_title
        );
        assert_eq!(
            lazy.standards.decoded(),
            0,
            "nothing decoded to name the links"
        );
    }

    #[test]
    fn a_corrupt_prebuilt_catalog_is_an_error_not_a_panic() {
        assert!(Catalog::from_prebuilt(b"\xff\x00not a catalog").is_err());
    }
}
