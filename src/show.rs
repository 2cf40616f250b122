//! What `lexgap standards` and `lexgap show` present: plain data views of the treaty model,
//! which the renderers turn into tables, Markdown or JSON.

use serde::Serialize;

use crate::standard::{
    Bound, Catalog, ClauseKind, Division, Extent, Origin, Standard, StandardMeta, Target,
};

/// One row of `lexgap standards`.
#[derive(Clone, Debug, Serialize)]
pub struct StandardSummary {
    /// Id used in references.
    pub id: String,
    /// Treaty number.
    pub number: String,
    /// Short title.
    pub short_title: String,
    /// Treaty, interpretive opinion, guidance note or model law.
    #[serde(skip_serializing_if = "crate::standard::StandardKind::is_treaty")]
    pub kind: crate::standard::StandardKind,
    /// Number of chapters.
    pub chapters: usize,
    /// Number of articles.
    pub articles: usize,
    /// Number of provisions.
    pub provisions: usize,
    /// Provisions domestic law is assessed against.
    pub assessable: usize,
    /// Reservation clauses the treaty permits.
    pub reservation_clauses: usize,
    /// Declaration clauses the treaty permits.
    pub declaration_clauses: usize,
    /// `embedded` or `loaded`.
    pub origin: &'static str,
    /// False when not checked against the official text.
    pub verified: bool,
    /// Provisions marked as not verified.
    pub unverified_provisions: usize,
}

/// The rows of `lexgap standards`.
pub fn standards(catalog: &Catalog) -> Vec<StandardSummary> {
    catalog.standards.iter().map(summary).collect()
}

fn summary(s: &Standard) -> StandardSummary {
    StandardSummary {
        id: s.meta.id.clone(),
        number: s.meta.number.clone(),
        short_title: s.meta.short_title.clone(),
        kind: s.meta.kind,
        chapters: s.chapters.len(),
        articles: s.articles.len(),
        provisions: s.provisions.len(),
        assessable: s.assessable_count(),
        reservation_clauses: s.reservations.len(),
        declaration_clauses: s.declarations.len(),
        origin: match s.origin {
            Origin::Embedded => "embedded",
            Origin::Loaded => "loaded",
        },
        verified: s.meta.verified,
        unverified_provisions: s.provisions.iter().filter(|p| !p.verified).count(),
    }
}

/// A chapter, section or title heading.
#[derive(Clone, Debug, Serialize)]
pub struct DivisionView {
    /// `chapter`, `section` or `title`.
    pub level: &'static str,
    /// Number as printed.
    pub number: String,
    /// Official heading.
    pub heading: String,
}

/// A provision in a list: enough to recognise it.
#[derive(Clone, Debug, Serialize)]
pub struct ProvisionBrief {
    /// Canonical ref.
    #[serde(rename = "ref")]
    pub reference: String,
    /// Heading of its article.
    pub article_heading: String,
    /// Summary in our words.
    pub summary: String,
    /// Modality keyword.
    pub modality: &'static str,
    /// Kind keyword.
    pub kind: &'static str,
    /// Whether domestic law is assessed against it.
    pub assessable: bool,
    /// False when not checked against the official text.
    pub verified: bool,
    /// Topics, own and inherited.
    pub tags: Vec<String>,
}

/// An element, with the provision that states it.
#[derive(Clone, Debug, Serialize)]
pub struct ElementView {
    /// Element id.
    pub id: String,
    /// Description.
    pub text: String,
    /// Canonical ref of the provision that lists it (itself or an enclosing one).
    pub from: String,
    /// Elements that meet it instead, each only under a clause.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub instead: Vec<AdditionalElementView>,
}

/// A narrowing element a Party may add under a clause.
#[derive(Clone, Debug, Serialize)]
pub struct AdditionalElementView {
    /// Element id.
    pub id: String,
    /// Description.
    pub text: String,
    /// Canonical ref of the clause that allows it.
    pub allowed_by: String,
    /// Whether that clause is a reservation or a declaration.
    pub clause_kind: Option<ClauseKind>,
}

/// A bound that applies when a clause was invoked.
#[derive(Clone, Debug, Serialize)]
pub struct RelaxationView {
    /// Canonical ref of the clause.
    pub by: String,
    /// Reservation or declaration.
    pub clause_kind: Option<ClauseKind>,
    /// The bound that applies instead.
    pub bound: Bound,
}

/// A relational check: one parameter compared with another.
#[derive(Clone, Debug, Serialize)]
pub struct RelationView {
    /// `age_of_sexual_consent at most child_age_limit`.
    pub relation: String,
    /// Where it comes from.
    pub why: Option<String>,
    /// Canonical ref of the provision that states it.
    pub from: String,
}

/// A parameter check.
#[derive(Clone, Debug, Serialize)]
pub struct CheckView {
    /// Parameter id.
    pub parameter: String,
    /// Unit of the parameter.
    pub unit: String,
    /// Default bound.
    pub bound: Bound,
    /// Bounds that apply under clauses.
    pub relaxed: Vec<RelaxationView>,
    /// Where the bound comes from.
    pub why: Option<String>,
    /// Canonical ref of the provision that states the check.
    pub from: String,
}

/// A reservation or declaration clause that touches a provision.
#[derive(Clone, Debug, Serialize)]
pub struct ClauseView {
    /// Reservation or declaration.
    pub kind: ClauseKind,
    /// Canonical ref of the clause.
    #[serde(rename = "ref")]
    pub reference: String,
    /// How much of the provision it affects.
    pub extent: Extent,
    /// What it lets a Party do.
    pub summary: String,
    /// Canonical ref of the article that lists the permitted clauses.
    pub permitted_by: Option<String>,
    /// How long a reservation under it stays valid, where the treaty limits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validity: Option<ValidityView>,
}

/// The time limit on reservations under a clause.
#[derive(Clone, Debug, Serialize)]
pub struct ValidityView {
    /// Length of each period.
    pub years: u32,
    /// How long an unrenewed reservation runs on before it lapses.
    pub grace_months: u32,
    /// Canonical ref of the provision that sets the limit.
    pub by: String,
}

fn validity_view(std: &Standard, clause: &crate::standard::Clause) -> Option<ValidityView> {
    clause.validity.map(|v| ValidityView {
        years: v.years,
        grace_months: v.grace_months,
        by: std.reference(v.by).to_string(),
    })
}

/// A crosswalk link.
#[derive(Clone, Debug, Serialize)]
pub struct LinkView {
    /// Canonical ref.
    #[serde(rename = "ref")]
    pub reference: String,
    /// Short title of its standard.
    pub standard: String,
    /// Heading of its article.
    pub article_heading: String,
}

/// Everything `show` says about one provision.
#[derive(Clone, Debug, Serialize)]
pub struct ProvisionView {
    /// Canonical ref.
    #[serde(rename = "ref")]
    pub reference: String,
    /// The standard's header.
    pub standard: StandardMeta,
    /// Article number.
    pub article: String,
    /// Article heading.
    pub article_heading: String,
    /// Chapter, section, title.
    pub divisions: Vec<DivisionView>,
    /// Summary in our words.
    pub summary: String,
    /// Modality keyword.
    pub modality: &'static str,
    /// Kind keyword.
    pub kind: &'static str,
    /// Whether domestic law is assessed against it.
    pub assessable: bool,
    /// Whether it binds the Party.
    pub mandatory: bool,
    /// False for synthetic refs.
    pub official: bool,
    /// False when not checked against the official text.
    pub verified: bool,
    /// Its items are alternatives.
    pub alternatives: bool,
    /// Required elements, inherited first.
    pub elements: Vec<ElementView>,
    /// Narrowing elements allowed under clauses.
    pub additional_elements: Vec<AdditionalElementView>,
    /// Parameter checks, inherited first.
    pub checks: Vec<CheckView>,
    /// Relational checks (parameters compared with each other), inherited first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<RelationView>,
    /// Treaty provisions its result is derived from when a profile says nothing about it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub derived_from: Vec<String>,
    /// Reservation and declaration clauses that touch it.
    pub clauses: Vec<ClauseView>,
    /// If it is itself a reservation or declaration clause: what it affects.
    pub clause_of: Option<ClauseView>,
    /// Crosswalk links from it.
    pub see: Vec<LinkView>,
    /// Provisions that link to it.
    pub linked_from: Vec<LinkView>,
    /// Links to instruments not modelled.
    pub external: Vec<String>,
    /// Topics, own and inherited.
    pub tags: Vec<String>,
    /// A remark.
    pub note: Option<String>,
    /// Provisions directly under it.
    pub children: Vec<ProvisionBrief>,
}

/// An article with its provisions.
#[derive(Clone, Debug, Serialize)]
pub struct ArticleView {
    /// Canonical ref.
    #[serde(rename = "ref")]
    pub reference: String,
    /// Short title of its standard.
    pub standard: String,
    /// Article number.
    pub number: String,
    /// Official heading.
    pub heading: String,
    /// Chapter, section, title.
    pub divisions: Vec<DivisionView>,
    /// Its provisions in full.
    pub provisions: Vec<ProvisionView>,
}

/// An article in a list.
#[derive(Clone, Debug, Serialize)]
pub struct ArticleBrief {
    /// Canonical ref.
    #[serde(rename = "ref")]
    pub reference: String,
    /// Official heading.
    pub heading: String,
    /// Number of provisions.
    pub provisions: usize,
    /// Number of assessable provisions.
    pub assessable: usize,
}

/// A chapter with its articles.
#[derive(Clone, Debug, Serialize)]
pub struct ChapterView {
    /// Canonical ref (`lanzarote:chapter-vi`).
    #[serde(rename = "ref")]
    pub reference: String,
    /// Short title of its standard.
    pub standard: String,
    /// Chapter number and heading.
    pub chapter: DivisionView,
    /// Sections and titles inside it.
    pub parts: Vec<DivisionView>,
    /// Its articles.
    pub articles: Vec<ArticleBrief>,
}

/// A whole standard.
#[derive(Clone, Debug, Serialize)]
pub struct StandardView {
    /// The header.
    pub meta: StandardMeta,
    /// Counts.
    pub summary: StandardSummary,
    /// Chapters with their articles.
    pub chapters: Vec<ChapterView>,
    /// Reservation clauses the treaty permits.
    pub reservations: Vec<ClauseListing>,
    /// Declaration clauses the treaty permits.
    pub declarations: Vec<ClauseListing>,
    /// The article that closes the list of reservations.
    pub reservations_closed_by: Option<String>,
    /// The article that closes the list of declarations.
    pub declarations_closed_by: Option<String>,
}

/// A permitted clause and what it affects.
#[derive(Clone, Debug, Serialize)]
pub struct ClauseListing {
    /// Canonical ref of the clause.
    #[serde(rename = "ref")]
    pub reference: String,
    /// What it lets a Party do.
    pub summary: String,
    /// Canonical refs it affects, with extent.
    pub affects: Vec<(String, Extent)>,
}

/// Provisions carrying a topic, across the selected standards.
#[derive(Clone, Debug, Serialize)]
pub struct TaggedView {
    /// The topic.
    pub tag: String,
    /// Its description.
    pub description: String,
    /// What was searched (a standard, article, ... or everything).
    pub scope: String,
    /// Matching provisions, in catalog order.
    pub provisions: Vec<ProvisionBrief>,
    /// Notes of the provisions that carry the tag, saying on whose reading: (ref, note).
    pub notes: Vec<(String, String)>,
}

/// What `show` displays for a target.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum View {
    /// A standard.
    Standard(Box<StandardView>),
    /// A chapter.
    Chapter(ChapterView),
    /// An article.
    Article(ArticleView),
    /// A provision.
    Provision(Box<ProvisionView>),
    /// A topic filter.
    Tagged(TaggedView),
}

/// Builds the view of a target; with a tag, the provisions under it that carry the tag.
pub fn view(catalog: &Catalog, target: Target, tag: Option<&str>, scope: &str) -> View {
    if let Some(tag) = tag {
        return View::Tagged(tagged(
            catalog,
            &provisions_under(catalog, target),
            tag,
            scope,
        ));
    }
    match target {
        Target::Standard(s) => View::Standard(Box::new(standard_view(catalog, s))),
        Target::Chapter(s, c) => View::Chapter(chapter_view(catalog, s, c)),
        Target::Article(s, a) => match single_provision(catalog.standard(s), a) {
            Some(p) => View::Provision(Box::new(provision_view(catalog, s, p))),
            None => View::Article(article_view(catalog, s, a)),
        },
        Target::Provision(s, p) => View::Provision(Box::new(provision_view(catalog, s, p))),
    }
}

/// An article that is one block of text is shown as its single provision.
fn single_provision(std: &Standard, a: usize) -> Option<usize> {
    match std.articles[a].provisions.as_slice() {
        [p] if std.provisions[*p].rel == std.articles[a].number => Some(*p),
        _ => None,
    }
}

/// The provisions a target covers, as (standard, provision) pairs.
pub fn provisions_under(catalog: &Catalog, target: Target) -> Vec<(usize, usize)> {
    let s = target.standard();
    let std = catalog.standard(s);
    let list: Vec<usize> = match target {
        Target::Standard(_) => (0..std.provisions.len()).collect(),
        Target::Chapter(_, c) => {
            let ch = &std.chapters[c];
            (ch.first..=ch.last)
                .flat_map(|a| std.articles[a].provisions.iter().copied())
                .collect()
        }
        Target::Article(_, a) => std.articles[a].provisions.clone(),
        Target::Provision(_, p) => std.subtree(p),
    };
    list.into_iter().map(|p| (s, p)).collect()
}

/// Provisions among `pool` that carry `tag`.
pub fn tagged(catalog: &Catalog, pool: &[(usize, usize)], tag: &str, scope: &str) -> TaggedView {
    let provisions = pool
        .iter()
        .filter(|&&(s, p)| catalog.standard(s).tags_of(p).contains(&tag))
        .map(|&(s, p)| brief(catalog.standard(s), p))
        .collect();
    let mut notes: Vec<(String, String)> = Vec::new();
    for &(s, p) in pool {
        let std = catalog.standard(s);
        // The note of the provision that sets the tag, itself or the nearest ancestor.
        let setter = std
            .lineage(p)
            .into_iter()
            .rev()
            .find(|&q| std.provisions[q].tags.iter().any(|t| t == tag));
        if let Some((q, note)) = setter.and_then(|q| Some((q, std.provisions[q].note.clone()?))) {
            let entry = (std.reference(q).to_string(), note);
            if !notes.contains(&entry) {
                notes.push(entry);
            }
        }
    }
    TaggedView {
        notes,
        tag: tag.to_string(),
        description: catalog
            .vocabulary
            .topic(tag)
            .map(|t| t.summary.clone())
            .unwrap_or_default(),
        scope: scope.to_string(),
        provisions,
    }
}

/// A provision in a list.
pub fn brief(std: &Standard, p: usize) -> ProvisionBrief {
    let prov = &std.provisions[p];
    ProvisionBrief {
        reference: std.reference(p).to_string(),
        article_heading: std.articles[prov.article].heading.clone(),
        summary: prov.summary.clone(),
        modality: prov.modality.as_str(),
        kind: prov.kind.as_str(),
        assessable: prov.assessable,
        verified: prov.verified,
        tags: std.tags_of(p).into_iter().map(String::from).collect(),
    }
}

fn divisions(std: &Standard, article: usize) -> Vec<DivisionView> {
    const LEVELS: [&str; 3] = ["chapter", "section", "title"];
    std.divisions_of(article)
        .into_iter()
        .zip(LEVELS)
        .map(|(d, level)| DivisionView {
            level,
            number: d.number.clone(),
            heading: d.heading.clone(),
        })
        .collect()
}

fn clause_kind_of(std: &Standard, rel: &str) -> Option<ClauseKind> {
    [ClauseKind::Reservation, ClauseKind::Declaration]
        .into_iter()
        .find(|&k| std.clause(k, rel).is_some())
}

fn closing_article(std: &Standard, kind: ClauseKind) -> Option<String> {
    let closed = match kind {
        ClauseKind::Reservation => &std.reservations_closed_by,
        ClauseKind::Declaration => &std.declarations_closed_by,
    };
    closed.as_ref().map(|a| format!("{}:{a}", std.meta.id))
}

fn link(catalog: &Catalog, r: &crate::citation::ProvisionRef) -> LinkView {
    let (standard, article_heading) = match catalog.standard_by_name(&r.standard) {
        Some(s) => {
            let heading = catalog.article_heading(s, r.article()).unwrap_or_default();
            (catalog.short_title(s).to_string(), heading.to_string())
        }
        None => (r.standard.clone(), String::new()),
    };
    LinkView {
        reference: r.to_string(),
        standard,
        article_heading,
    }
}

fn provision_view(catalog: &Catalog, s: usize, p: usize) -> ProvisionView {
    let std = catalog.standard(s);
    let prov = &std.provisions[p];
    let id = &std.meta.id;
    let canonical = |rel: &str| format!("{id}:{rel}");
    let elements = std
        .elements_of(p)
        .into_iter()
        .map(|(e, from)| ElementView {
            id: e.id.clone(),
            text: e.text.clone(),
            from: std.reference(from).to_string(),
            instead: e
                .instead
                .iter()
                .map(|x| AdditionalElementView {
                    id: x.id.clone(),
                    text: x.text.clone(),
                    allowed_by: canonical(&x.allowed_by),
                    clause_kind: clause_kind_of(std, &x.allowed_by),
                })
                .collect(),
        })
        .collect();
    let additional_elements = std
        .additional_elements_of(p)
        .into_iter()
        .map(|e| AdditionalElementView {
            id: e.id.clone(),
            text: e.text.clone(),
            allowed_by: canonical(&e.allowed_by),
            clause_kind: clause_kind_of(std, &e.allowed_by),
        })
        .collect();
    let checks = std
        .checks_of(p)
        .into_iter()
        .map(|(c, from)| CheckView {
            parameter: c.parameter.clone(),
            unit: catalog
                .vocabulary
                .parameter(&c.parameter)
                .map(|x| x.unit.clone())
                .unwrap_or_default(),
            bound: c.bound,
            relaxed: c
                .relaxed
                .iter()
                .map(|r| RelaxationView {
                    by: canonical(&r.by),
                    clause_kind: clause_kind_of(std, &r.by),
                    bound: r.bound,
                })
                .collect(),
            why: c.why.clone(),
            from: std.reference(from).to_string(),
        })
        .collect();
    let clauses = std
        .clauses_affecting(p)
        .into_iter()
        .map(|(kind, clause, extent)| ClauseView {
            kind,
            reference: canonical(&clause.rel),
            extent,
            summary: clause.summary.clone(),
            permitted_by: closing_article(std, kind),
            validity: validity_view(std, clause),
        })
        .collect();
    let clause_of = clause_kind_of(std, &prov.rel).and_then(|kind| {
        let clause = std.clause(kind, &prov.rel)?;
        let targets: Vec<String> = clause
            .affects
            .iter()
            .map(|(t, e)| format!("{} ({})", canonical(t), e.as_str()))
            .collect();
        Some(ClauseView {
            kind,
            reference: canonical(&clause.rel),
            extent: clause.affects.first().map_or(Extent::WholeOrPart, |a| a.1),
            summary: format!("{} Affects: {}.", clause.summary, targets.join(", ")),
            permitted_by: closing_article(std, kind),
            validity: validity_view(std, clause),
        })
    });
    ProvisionView {
        reference: canonical(&prov.rel),
        standard: std.meta.clone(),
        article: std.articles[prov.article].number.clone(),
        article_heading: std.articles[prov.article].heading.clone(),
        divisions: divisions(std, prov.article),
        summary: prov.summary.clone(),
        modality: prov.modality.as_str(),
        kind: prov.kind.as_str(),
        assessable: prov.assessable,
        mandatory: prov.is_mandatory(),
        official: prov.official,
        verified: prov.verified && std.meta.verified,
        alternatives: prov.alternatives,
        elements,
        additional_elements,
        checks,
        relations: std
            .lineage(p)
            .into_iter()
            .flat_map(|i| {
                std.provisions[i]
                    .relations
                    .iter()
                    .map(move |r| RelationView {
                        relation: r.to_string(),
                        why: r.why.clone(),
                        from: std.reference(i).to_string(),
                    })
            })
            .collect(),
        derived_from: prov.derived_from.iter().map(ToString::to_string).collect(),
        clauses,
        clause_of,
        see: prov.see.iter().map(|r| link(catalog, r)).collect(),
        linked_from: catalog
            .linked_from(s, p)
            .iter()
            .map(|r| link(catalog, r))
            .collect(),
        external: prov.external.clone(),
        tags: std.tags_of(p).into_iter().map(String::from).collect(),
        note: prov.note.clone(),
        children: prov.children.iter().map(|&c| brief(std, c)).collect(),
    }
}

fn article_view(catalog: &Catalog, s: usize, a: usize) -> ArticleView {
    let std = catalog.standard(s);
    let art = &std.articles[a];
    ArticleView {
        reference: format!("{}:{}", std.meta.id, art.number),
        standard: std.meta.short_title.clone(),
        number: art.number.clone(),
        heading: art.heading.clone(),
        divisions: divisions(std, a),
        provisions: art
            .provisions
            .iter()
            .map(|&p| provision_view(catalog, s, p))
            .collect(),
    }
}

fn article_brief(std: &Standard, a: usize) -> ArticleBrief {
    let art = &std.articles[a];
    ArticleBrief {
        reference: format!("{}:{}", std.meta.id, art.number),
        heading: art.heading.clone(),
        provisions: art.provisions.len(),
        assessable: art
            .provisions
            .iter()
            .filter(|&&p| std.provisions[p].assessable)
            .count(),
    }
}

fn flatten_parts(parts: &[Division], level: usize, out: &mut Vec<DivisionView>) {
    const LEVELS: [&str; 3] = ["chapter", "section", "title"];
    for d in parts {
        out.push(DivisionView {
            level: LEVELS[level.min(2)],
            number: d.number.clone(),
            heading: d.heading.clone(),
        });
        flatten_parts(&d.parts, level + 1, out);
    }
}

fn chapter_view(catalog: &Catalog, s: usize, c: usize) -> ChapterView {
    let std = catalog.standard(s);
    let ch = &std.chapters[c];
    let mut parts = Vec::new();
    flatten_parts(&ch.parts, 1, &mut parts);
    ChapterView {
        reference: format!("{}:chapter-{}", std.meta.id, ch.number.to_ascii_lowercase()),
        standard: std.meta.short_title.clone(),
        chapter: DivisionView {
            level: "chapter",
            number: ch.number.clone(),
            heading: ch.heading.clone(),
        },
        parts,
        articles: (ch.first..=ch.last)
            .map(|a| article_brief(std, a))
            .collect(),
    }
}

fn listing(std: &Standard, kind: ClauseKind) -> Vec<ClauseListing> {
    let list = match kind {
        ClauseKind::Reservation => &std.reservations,
        ClauseKind::Declaration => &std.declarations,
    };
    list.iter()
        .map(|c| ClauseListing {
            reference: format!("{}:{}", std.meta.id, c.rel),
            summary: c.summary.clone(),
            affects: c
                .affects
                .iter()
                .map(|(t, e)| (format!("{}:{t}", std.meta.id), *e))
                .collect(),
        })
        .collect()
}

fn standard_view(catalog: &Catalog, s: usize) -> StandardView {
    let std = catalog.standard(s);
    StandardView {
        meta: std.meta.clone(),
        summary: summary(std),
        chapters: (0..std.chapters.len())
            .map(|c| chapter_view(catalog, s, c))
            .collect(),
        reservations: listing(std, ClauseKind::Reservation),
        declarations: listing(std, ClauseKind::Declaration),
        reservations_closed_by: closing_article(std, ClauseKind::Reservation),
        declarations_closed_by: closing_article(std, ClauseKind::Declaration),
    }
}

/// One standard's provisions on a topic.
#[derive(Clone, Debug, Serialize)]
pub struct TopicInStandard {
    /// Standard id.
    pub standard: String,
    /// Article numbers, in order.
    pub articles: Vec<String>,
    /// Canonical refs of the provisions.
    pub provisions: Vec<String>,
}

/// A topic with its provisions per standard (`lexgap topics`).
#[derive(Clone, Debug, Serialize)]
pub struct TopicView {
    /// Topic id.
    pub id: String,
    /// One-line description.
    pub summary: String,
    /// Standards that have provisions on it.
    pub standards: Vec<TopicInStandard>,
}

/// Every topic with its provisions per standard.
pub fn topics(catalog: &Catalog) -> Vec<TopicView> {
    catalog
        .topics()
        .iter()
        .map(|t| TopicView {
            id: t.id.clone(),
            summary: t.summary.clone(),
            standards: catalog
                .standards
                .iter()
                .filter_map(|std| {
                    let hits: Vec<usize> = (0..std.provisions.len())
                        .filter(|&p| std.tags_of(p).contains(&t.id.as_str()))
                        .collect();
                    if hits.is_empty() {
                        return None;
                    }
                    let mut articles: Vec<String> = Vec::new();
                    for &p in &hits {
                        let n = &std.articles[std.provisions[p].article].number;
                        if articles.last() != Some(n) {
                            articles.push(n.clone());
                        }
                    }
                    Some(TopicInStandard {
                        standard: std.meta.id.clone(),
                        articles,
                        provisions: hits.iter().map(|&p| std.reference(p).to_string()).collect(),
                    })
                })
                .collect(),
        })
        .collect()
}
