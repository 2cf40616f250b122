//! Turns a raw standards file into the typed model, collecting every problem with its span.
//!
//! Checks that need only the file itself happen here; checks across standards (crosswalk
//! targets) happen in [`super::catalog`].

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use toml::Spanned;

use super::interpretive::{Comparison, Relation};
use super::model::*;
use super::raw::*;
use super::vocabulary::{ParamType, Vocabulary};
use crate::citation::{Locator, ProvisionRef, parse_reference, parse_relative};
use crate::diagnostic::{Diagnostic, FileId};
use crate::suggest::did_you_mean;

struct Builder<'v> {
    file: FileId,
    vocab: &'v Vocabulary,
    diagnostics: Vec<Diagnostic>,
}

/// Builds a standard from its raw form; returns it (when usable) and every problem found.
pub(crate) fn build(
    raw: RawFile,
    file: FileId,
    origin: Origin,
    vocab: &Vocabulary,
) -> (Option<Standard>, Vec<Diagnostic>) {
    let mut b = Builder {
        file,
        vocab,
        diagnostics: Vec::new(),
    };
    let meta = b.meta(&raw.standard);
    let (articles, article_index) = b.articles(&raw.articles);
    let (mut provisions, provision_index) = b.provisions(&raw.articles, &article_index);
    link_children(&mut provisions);
    let mut articles = articles;
    for (i, p) in provisions.iter().enumerate() {
        articles[p.article].provisions.push(i);
    }
    let chapters = b.divisions(&raw.chapters, &article_index, 0..articles.len(), "chapter");
    let reservations = b.clauses(
        &raw.reservations,
        &provision_index,
        &article_index,
        ClauseKind::Reservation,
    );
    let declarations = b.clauses(
        &raw.declarations,
        &provision_index,
        &article_index,
        ClauseKind::Declaration,
    );
    let reservations_closed_by = b.rules(raw.reservation_rules.as_ref(), &article_index);
    let declarations_closed_by = b.rules(raw.declaration_rules.as_ref(), &article_index);
    let standard = Standard {
        meta,
        chapters,
        articles,
        provisions,
        reservations,
        declarations,
        reservations_closed_by,
        declarations_closed_by,
        origin,
        file,
        provision_index,
        article_index,
    };
    b.check_clause_uses(&raw.articles, &standard);
    b.check_elements(&standard);
    let usable = !b.diagnostics.iter().any(Diagnostic::is_error);
    (usable.then_some(standard), b.diagnostics)
}

fn link_children(provisions: &mut [Provision]) {
    for i in 0..provisions.len() {
        if let Some(p) = provisions[i].parent {
            provisions[p].children.push(i);
        }
    }
}

fn date(d: &Option<toml::value::Datetime>) -> Option<String> {
    d.as_ref().map(ToString::to_string)
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl Builder<'_> {
    fn error(
        &mut self,
        code: &'static str,
        message: String,
        span: Range<usize>,
        label: &str,
        hint: Option<String>,
    ) {
        let mut d = Diagnostic::error(code, message).at(self.file, span, label);
        if let Some(h) = hint {
            d = d.hint(h);
        }
        self.diagnostics.push(d);
    }

    fn meta(&mut self, raw: &RawMeta) -> StandardMeta {
        if !is_id(raw.id.get_ref()) {
            self.error(
                "bad-standard-id",
                format!("`{}` is not a valid standard id", raw.id.get_ref()),
                raw.id.span(),
                "not a valid id",
                Some("use lower-case letters, digits and `-`, starting with a letter, e.g. `eu-2011-93`".into()),
            );
        }
        StandardMeta {
            id: raw.id.get_ref().clone(),
            number: raw.number.clone(),
            title: raw.title.clone(),
            short_title: raw.short_title.clone(),
            aliases: raw.aliases.iter().map(|a| a.get_ref().clone()).collect(),
            opened: date(&raw.opened),
            opened_at: raw.opened_at.clone(),
            in_force: date(&raw.in_force),
            monitoring_body: raw.monitoring_body.clone(),
            source_url: raw.source_url.clone(),
            sources: raw.sources.clone(),
            verified: raw.verified,
            kind: raw.kind,
            interprets: raw.interprets.as_ref().map(|i| i.get_ref().clone()),
            adopted: raw.adopted.clone(),
        }
    }

    fn articles(&mut self, raw: &[RawArticle]) -> (Vec<Article>, HashMap<String, usize>) {
        let mut index = HashMap::new();
        let mut articles = Vec::new();
        for a in raw {
            let number = a.number.get_ref().to_ascii_lowercase();
            match parse_relative(&number) {
                Some(segs) if segs.len() == 1 => {}
                _ => self.error(
                    "bad-article-number",
                    format!("`{}` is not an article number", a.number.get_ref()),
                    a.number.span(),
                    "expected digits, optionally followed by a suffix such as `bis`",
                    None,
                ),
            }
            if index.insert(number.clone(), articles.len()).is_some() {
                self.error(
                    "duplicate-article",
                    format!("Article {number} appears twice"),
                    a.number.span(),
                    "second definition",
                    Some("each article number must appear once".into()),
                );
            }
            articles.push(Article {
                number,
                heading: a.heading.clone(),
                chapter: 0,
                provisions: Vec::new(),
            });
        }
        (articles, index)
    }

    fn provisions(
        &mut self,
        raw: &[RawArticle],
        article_index: &HashMap<String, usize>,
    ) -> (Vec<Provision>, HashMap<String, usize>) {
        let mut provisions: Vec<Provision> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for a in raw {
            let number = a.number.get_ref().to_ascii_lowercase();
            let Some(&article) = article_index.get(&number) else {
                continue;
            };
            let article_tags = self.tags(&a.tags);
            for p in &a.provisions {
                let Some(rel) = self.provision_ref(&p.reference, &number) else {
                    continue;
                };
                if index.contains_key(&rel) {
                    self.error(
                        "duplicate-ref",
                        format!("the ref `{rel}` appears twice"),
                        p.reference.span(),
                        "second definition",
                        Some("every provision needs its own ref".into()),
                    );
                    continue;
                }
                let parent = self.parent(&rel, &number, &index, &p.reference);
                let mut tags = article_tags.clone();
                tags.extend(self.tags(&p.tags));
                tags.sort();
                tags.dedup();
                let (see, see_spans) = self.see(&p.see);
                let (derived_from, derived_spans) = self.see(&p.derived_from);
                let relations = p
                    .relations
                    .iter()
                    .filter_map(|r| self.relation(r))
                    .collect();
                index.insert(rel.clone(), provisions.len());
                provisions.push(Provision {
                    rel,
                    article,
                    parent,
                    children: Vec::new(),
                    summary: p.summary.clone(),
                    modality: p.modality,
                    kind: p.kind,
                    assessable: p.assessable,
                    official: p.official,
                    verified: p.verified,
                    alternatives: p.alternatives,
                    elements: self.elements(&p.elements),
                    additional_elements: p
                        .additional_elements
                        .iter()
                        .map(|e| AdditionalElement {
                            id: e.id.get_ref().clone(),
                            text: e.text.clone(),
                            allowed_by: e.allowed_by.get_ref().clone(),
                        })
                        .collect(),
                    requires: p.requires.iter().filter_map(|c| self.check(c)).collect(),
                    tags,
                    see,
                    external: p.external.clone(),
                    note: p.note.clone(),
                    span: p.reference.span(),
                    see_spans,
                    relations,
                    derived_from,
                    derived_spans,
                });
            }
        }
        (provisions, index)
    }

    fn provision_ref(&mut self, raw: &Spanned<String>, article: &str) -> Option<String> {
        let Some(segs) = parse_relative(raw.get_ref()) else {
            self.error(
                "bad-ref",
                format!("`{}` is not a provision ref", raw.get_ref()),
                raw.span(),
                "cannot read this ref",
                Some("write ARTICLE[.PARAGRAPH][.ITEM][.SUBITEM], e.g. `20.1.a`".into()),
            );
            return None;
        };
        if segs[0] != article {
            self.error(
                "ref-outside-article",
                format!("`{}` is listed under Article {article}", raw.get_ref()),
                raw.span(),
                "belongs to another article",
                Some(format!(
                    "refs under Article {article} start with `{article}`"
                )),
            );
            return None;
        }
        Some(segs.join("."))
    }

    fn parent(
        &mut self,
        rel: &str,
        article: &str,
        index: &HashMap<String, usize>,
        raw: &Spanned<String>,
    ) -> Option<usize> {
        let (parent_rel, _) = rel.rsplit_once('.')?;
        if let Some(&i) = index.get(parent_rel) {
            return Some(i);
        }
        if parent_rel != article {
            self.error(
                "missing-parent",
                format!("`{rel}` has no enclosing provision `{parent_rel}`"),
                raw.span(),
                "parent not defined above",
                Some(format!("define `{parent_rel}` before `{rel}`")),
            );
        }
        None
    }

    fn tags(&mut self, raw: &[Spanned<String>]) -> Vec<String> {
        let mut out = Vec::new();
        for t in raw {
            if self.vocab.topic(t.get_ref()).is_none() {
                let hint =
                    did_you_mean(t.get_ref(), self.vocab.topics.iter().map(|t| t.id.as_str()))
                        .unwrap_or_else(|| "topics are listed in standards/topics.toml".into());
                self.error(
                    "unknown-topic",
                    format!("unknown topic `{}`", t.get_ref()),
                    t.span(),
                    "not a topic",
                    Some(hint),
                );
            }
            out.push(t.get_ref().clone());
        }
        out
    }

    fn see(&mut self, raw: &[Spanned<String>]) -> (Vec<ProvisionRef>, Vec<Range<usize>>) {
        let mut refs = Vec::new();
        let mut spans = Vec::new();
        for s in raw {
            match parse_reference(s.get_ref()) {
                Ok(parsed) => match parsed.locator {
                    Locator::Path(segs) => {
                        refs.push(ProvisionRef::new(
                            parsed.designator.to_ascii_lowercase(),
                            segs.join("."),
                        ));
                        spans.push(s.span());
                    }
                    _ => self.error(
                        "bad-see",
                        format!("`{}` does not name an article or provision", s.get_ref()),
                        s.span(),
                        "not a provision",
                        Some("link to a provision, e.g. `budapest:9.1.a`".into()),
                    ),
                },
                Err(e) => self.error(
                    "bad-see",
                    format!("cannot read the crosswalk ref `{}`", s.get_ref()),
                    s.span(),
                    &format!("expected {}", e.expected),
                    Some("write canonical refs, e.g. `budapest:9.1.a`".into()),
                ),
            }
        }
        (refs, spans)
    }

    fn elements(&mut self, raw: &[RawElement]) -> Vec<Element> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for e in raw {
            if !is_id(e.id.get_ref()) {
                self.error(
                    "bad-element-id",
                    format!("`{}` is not a valid element id", e.id.get_ref()),
                    e.id.span(),
                    "not kebab-case",
                    Some("use lower-case words joined by `-`".into()),
                );
            }
            if !seen.insert(e.id.get_ref().clone()) {
                self.error(
                    "duplicate-element",
                    format!("element `{}` is listed twice", e.id.get_ref()),
                    e.id.span(),
                    "second time",
                    None,
                );
            }
            out.push(Element {
                id: e.id.get_ref().clone(),
                text: e.text.clone(),
                instead: e
                    .instead
                    .iter()
                    .map(|x| AdditionalElement {
                        id: x.id.get_ref().clone(),
                        text: x.text.clone(),
                        allowed_by: x.allowed_by.get_ref().clone(),
                    })
                    .collect(),
            });
        }
        out
    }

    fn bound(
        &mut self,
        at_least: Option<i64>,
        at_most: Option<i64>,
        equals: Option<ParamValue>,
        span: Range<usize>,
    ) -> Option<Bound> {
        let bounds: Vec<Bound> = [
            at_least.map(Bound::AtLeast),
            at_most.map(Bound::AtMost),
            equals.map(Bound::Equals),
        ]
        .into_iter()
        .flatten()
        .collect();
        match bounds.as_slice() {
            [] => Some(Bound::Stated),
            [b] => Some(*b),
            _ => {
                self.error(
                    "several-bounds",
                    "a check has more than one bound".into(),
                    span,
                    "here",
                    Some("use one of at_least, at_most or equals per check".into()),
                );
                None
            }
        }
    }

    fn check(&mut self, raw: &Spanned<RawCheck>) -> Option<Check> {
        let c = raw.get_ref();
        let name = c.parameter.get_ref();
        let bound = self.bound(c.at_least, c.at_most, c.equals, raw.span())?;
        let Some(param) = self.vocab.parameter(name) else {
            let hint = did_you_mean(name, self.vocab.parameters.iter().map(|p| p.id.as_str()))
                .unwrap_or_else(|| "parameters are listed in standards/parameters.toml".into());
            self.error(
                "unknown-parameter",
                format!("unknown parameter `{name}`"),
                c.parameter.span(),
                "not a parameter",
                Some(hint),
            );
            return None;
        };
        let kind = param.kind;
        let mut relaxed = Vec::new();
        for r in &c.relaxed {
            let b = self.bound(r.at_least, r.at_most, r.equals, r.by.span())?;
            relaxed.push(Relaxation {
                by: r.by.get_ref().clone(),
                bound: b,
            });
        }
        for b in std::iter::once(bound).chain(relaxed.iter().map(|r| r.bound)) {
            let fits = matches!(
                (kind, b),
                (_, Bound::Stated)
                    | (ParamType::Boolean, Bound::Equals(ParamValue::Bool(_)))
                    | (
                        ParamType::Integer,
                        Bound::Equals(ParamValue::Int(_)) | Bound::AtLeast(_) | Bound::AtMost(_)
                    )
            );
            if !fits {
                self.error(
                    "check-type",
                    format!(
                        "`{name}` is {}, but the check compares it with `{b}`",
                        type_words(kind)
                    ),
                    raw.span(),
                    "wrong kind of bound",
                    Some(match kind {
                        ParamType::Boolean => "use `equals = true` or `equals = false`".into(),
                        ParamType::Integer => "use a whole number".into(),
                    }),
                );
            }
        }
        Some(Check {
            parameter: name.clone(),
            bound,
            relaxed,
            why: c.why.clone(),
        })
    }

    /// A relational check: both parameters must exist and be numbers; exactly one comparison.
    fn relation(&mut self, raw: &Spanned<RawRelation>) -> Option<Relation> {
        let r = raw.get_ref();
        let comparisons: Vec<(Comparison, &Spanned<String>)> = [
            (Comparison::AtLeast, &r.at_least),
            (Comparison::AtMost, &r.at_most),
            (Comparison::Below, &r.below),
        ]
        .into_iter()
        .filter_map(|(c, o)| o.as_ref().map(|o| (c, o)))
        .collect();
        let [(comparison, other)] = comparisons.as_slice() else {
            self.error(
                "relation-comparison",
                "a relation needs exactly one comparison".into(),
                raw.span(),
                "here",
                Some("use one of at_least, at_most or below, naming another parameter".into()),
            );
            return None;
        };
        let mut ok = true;
        for name in [&r.parameter, *other] {
            match self.vocab.parameter(name.get_ref()) {
                Some(p) if p.kind == ParamType::Integer => {}
                Some(_) => {
                    ok = false;
                    self.error(
                        "relation-type",
                        format!(
                            "`{}` is yes or no, so it cannot be compared",
                            name.get_ref()
                        ),
                        name.span(),
                        "not a number",
                        Some("relations compare numeric parameters".into()),
                    );
                }
                None => {
                    ok = false;
                    let hint = did_you_mean(
                        name.get_ref(),
                        self.vocab.parameters.iter().map(|p| p.id.as_str()),
                    )
                    .unwrap_or_else(|| "parameters are listed in standards/parameters.toml".into());
                    self.error(
                        "unknown-parameter",
                        format!("unknown parameter `{}`", name.get_ref()),
                        name.span(),
                        "not a parameter",
                        Some(hint),
                    );
                }
            }
        }
        if r.parameter.get_ref() == other.get_ref() {
            ok = false;
            self.error(
                "relation-self",
                format!("`{}` is compared with itself", other.get_ref()),
                other.span(),
                "same parameter",
                Some("compare two different parameters".into()),
            );
        }
        ok.then(|| Relation {
            parameter: r.parameter.get_ref().clone(),
            comparison: *comparison,
            other: other.get_ref().clone(),
            why: r.why.clone(),
        })
    }

    fn divisions(
        &mut self,
        raw: &[RawDivision],
        articles: &HashMap<String, usize>,
        within: Range<usize>,
        level: &str,
    ) -> Vec<Division> {
        let mut out: Vec<Division> = Vec::new();
        let mut next = within.start;
        for d in raw {
            let Some((first, last)) = self.article_range(&d.articles, articles) else {
                continue;
            };
            if first != next || last < first || last >= within.end {
                let expected = articles
                    .iter()
                    .find(|(_, i)| **i == next)
                    .map(|(n, _)| n.clone())
                    .unwrap_or_default();
                self.error(
                    "division-coverage",
                    format!(
                        "{level} {} does not continue where the previous one ended",
                        d.number
                    ),
                    d.articles.span(),
                    &format!("expected a range starting at Article {expected}"),
                    Some(format!(
                        "every article belongs to exactly one {level}, in order"
                    )),
                );
            }
            next = last + 1;
            let sub_level = if level == "chapter" {
                "section"
            } else {
                "title"
            };
            let sub = if d.sections.is_empty() {
                &d.titles
            } else {
                &d.sections
            };
            let parts = if sub.is_empty() {
                Vec::new()
            } else {
                self.divisions(sub, articles, first..last + 1, sub_level)
            };
            out.push(Division {
                number: d.number.clone(),
                heading: d.heading.clone(),
                first,
                last,
                parts,
            });
        }
        if level == "chapter" && next != within.end && !raw.is_empty() {
            let span = raw.last().map(|d| d.articles.span()).unwrap_or(0..0);
            self.error(
                "division-coverage",
                "the chapters do not cover every article".into(),
                span,
                "the last chapter ends here",
                Some("extend the chapter ranges to the last article".into()),
            );
        }
        out
    }

    fn article_range(
        &mut self,
        raw: &Spanned<String>,
        articles: &HashMap<String, usize>,
    ) -> Option<(usize, usize)> {
        let text = raw.get_ref().to_ascii_lowercase();
        let (a, b) = text.split_once('-').unwrap_or((&text, &text));
        match (articles.get(a.trim()), articles.get(b.trim())) {
            (Some(&x), Some(&y)) => Some((x, y)),
            _ => {
                self.error(
                    "bad-article-range",
                    format!(
                        "`{}` is not a range of articles of this standard",
                        raw.get_ref()
                    ),
                    raw.span(),
                    "unknown article",
                    Some(
                        "write FIRST-LAST with article numbers defined in the file, e.g. `18-29`"
                            .into(),
                    ),
                );
                None
            }
        }
    }

    fn clauses(
        &mut self,
        raw: &[RawClause],
        provisions: &HashMap<String, usize>,
        articles: &HashMap<String, usize>,
        kind: ClauseKind,
    ) -> Vec<Clause> {
        let mut out: Vec<Clause> = Vec::new();
        for c in raw {
            let rel = self.existing_ref(&c.reference, provisions, articles);
            let mut affects = Vec::new();
            for a in &c.affects {
                if let Some(t) = self.existing_ref(&a.reference, provisions, articles) {
                    affects.push((t, a.extent));
                }
            }
            let validity = c
                .validity
                .as_ref()
                .and_then(|v| self.validity(v, provisions));
            let Some(rel) = rel else { continue };
            if out.iter().any(|o| o.rel == rel) {
                self.error(
                    "duplicate-clause",
                    format!("the {} clause `{rel}` is listed twice", kind.as_str()),
                    c.reference.span(),
                    "second time",
                    None,
                );
                continue;
            }
            out.push(Clause {
                rel,
                summary: c.summary.clone(),
                affects,
                validity,
            });
        }
        out
    }

    /// A reservation time limit: at least one year, set by a provision of the standard.
    fn validity(
        &mut self,
        raw: &Spanned<RawValidity>,
        provisions: &HashMap<String, usize>,
    ) -> Option<Validity> {
        let v = raw.get_ref();
        if v.years == 0 {
            self.error(
                "bad-validity",
                "a reservation cannot be valid for 0 years".into(),
                raw.span(),
                "years = 0",
                Some("give the length of one period, e.g. `years = 5`".into()),
            );
        }
        let by = parse_relative(v.by.get_ref())
            .map(|s| s.join("."))
            .and_then(|r| provisions.get(&r).copied());
        if by.is_none() {
            let hint = did_you_mean(v.by.get_ref(), provisions.keys().map(String::as_str));
            self.error(
                "unknown-ref",
                format!("`{}` is not a provision of this standard", v.by.get_ref()),
                v.by.span(),
                "no such provision",
                hint,
            );
        }
        (v.years > 0).then_some(Validity {
            years: v.years,
            grace_months: v.grace_months,
            by: by?,
        })
    }

    fn existing_ref(
        &mut self,
        raw: &Spanned<String>,
        provisions: &HashMap<String, usize>,
        articles: &HashMap<String, usize>,
    ) -> Option<String> {
        let rel = parse_relative(raw.get_ref()).map(|s| s.join("."));
        match rel {
            Some(r) if provisions.contains_key(&r) || articles.contains_key(&r) => Some(r),
            _ => {
                let hint = did_you_mean(raw.get_ref(), provisions.keys().map(String::as_str));
                self.error(
                    "unknown-ref",
                    format!("`{}` is not a provision of this standard", raw.get_ref()),
                    raw.span(),
                    "no such provision",
                    hint,
                );
                None
            }
        }
    }

    fn rules(
        &mut self,
        raw: Option<&RawRules>,
        articles: &HashMap<String, usize>,
    ) -> Option<String> {
        let r = raw?;
        let n = r.closed_by.get_ref().to_ascii_lowercase();
        if !articles.contains_key(&n) {
            self.error(
                "unknown-ref",
                format!("`closed_by` names Article {n}, which is not in this standard"),
                r.closed_by.span(),
                "no such article",
                None,
            );
            return None;
        }
        Some(n)
    }

    /// `allowed_by` and `relaxed.by` must name a clause of the standard.
    fn check_clause_uses(&mut self, raw: &[RawArticle], s: &Standard) {
        let known: Vec<&str> = s
            .reservations
            .iter()
            .chain(&s.declarations)
            .map(|c| c.rel.as_str())
            .collect();
        for p in raw.iter().flat_map(|a| &a.provisions) {
            let uses = p
                .additional_elements
                .iter()
                .chain(p.elements.iter().flat_map(|e| &e.instead))
                .map(|e| &e.allowed_by)
                .chain(
                    p.requires
                        .iter()
                        .flat_map(|c| c.get_ref().relaxed.iter().map(|r| &r.by)),
                );
            for clause in uses {
                if !known.contains(&clause.get_ref().as_str()) {
                    let hint = did_you_mean(clause.get_ref(), known.iter().copied())
                        .unwrap_or_else(|| {
                            "list the clause under [[reservations]] or [[declarations]]".into()
                        });
                    self.diagnostics.push(
                        Diagnostic::error(
                            "unknown-clause",
                            format!(
                                "`{}` is not a reservation or declaration clause of this standard",
                                clause.get_ref()
                            ),
                        )
                        .at(self.file, clause.span(), "no such clause")
                        .hint(hint),
                    );
                }
            }
        }
    }

    /// Every assessable criminalisation provision needs elements; alternatives need children.
    fn check_elements(&mut self, s: &Standard) {
        for (i, p) in s.provisions.iter().enumerate() {
            let span = p.span.clone();
            if p.assessable && p.kind == Kind::Criminalisation && s.elements_of(i).is_empty() {
                self.error(
                    "missing-elements",
                    format!("criminalisation provision `{}` has no elements", p.rel),
                    span.clone(),
                    "assessable, but nothing to assess against",
                    Some("list the constituent elements under `elements`, here or on an enclosing paragraph".into()),
                );
            }
            if p.alternatives && p.children.is_empty() {
                self.error(
                    "alternatives-without-items",
                    format!(
                        "`{}` says its items are alternatives but has no items",
                        p.rel
                    ),
                    span,
                    "no items",
                    None,
                );
            }
        }
    }
}

fn type_words(kind: ParamType) -> &'static str {
    match kind {
        ParamType::Integer => "a number",
        ParamType::Boolean => "yes or no (true/false)",
    }
}
