//! Comparison matrices (design §8): provisions (or articles) × jurisdictions, with a score row
//! per standard, for evaluators comparing countries.

use serde::Serialize;

use crate::assess::{Assessment, Status};
use crate::standard::Catalog;

/// How rows are grouped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Granularity {
    /// One row per assessed provision.
    #[default]
    Provision,
    /// One row per article, summarising its provisions.
    Article,
}

/// How columns are ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortBy {
    /// By jurisdiction code.
    #[default]
    Code,
    /// By mean score, best first (ties by code).
    Score,
}

/// A column of the matrix.
#[derive(Clone, Debug, Serialize)]
pub struct Column {
    /// Jurisdiction code.
    pub code: String,
    /// Column label: the code, with the date when two columns share a code (two versions).
    pub label: String,
    /// Jurisdiction name.
    pub name: String,
    /// Date of the legal situation.
    pub as_of: Option<String>,
    /// Invented example.
    pub fictional: bool,
    /// Mean of the standard scores, if any.
    pub mean_score: Option<f64>,
}

/// One row: a provision or an article, with a cell per jurisdiction.
#[derive(Clone, Debug, Serialize)]
pub struct Row {
    /// Canonical ref of the provision or article.
    #[serde(rename = "ref")]
    pub reference: String,
    /// Article number (rows are grouped by it).
    pub article: String,
    /// Article heading.
    pub heading: String,
    /// Whether it binds the Parties (article rows: any of its provisions does).
    pub mandatory: bool,
    /// The result per jurisdiction; `None` where the profile does not cover the treaty.
    pub cells: Vec<Option<Status>>,
    /// Why, per jurisdiction (parallel to `cells`): the profile's note and the shortfalls of
    /// every cell that is not full; empty for full and not-assessed cells.
    pub reasons: Vec<Vec<String>>,
    /// The labels of the jurisdictions that fall short here (none, partial or unknown).
    pub short: Vec<String>,
    /// The reference as readers write it (`Art. 18(1)(b), third indent`).
    pub label: String,
}

/// Options of a comparison.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Rows per provision or per article.
    pub granularity: Granularity,
    /// Column order.
    pub sort: SortBy,
    /// Keep only rows where some jurisdiction falls short.
    pub gaps: bool,
}

/// Whether a status falls short of what the treaty asks (a gap, partial or not known).
pub fn falls_short(status: Status) -> bool {
    matches!(status, Status::None | Status::Partial | Status::Unknown)
}

/// One standard's part of the matrix.
#[derive(Clone, Debug, Serialize)]
pub struct StandardBlock {
    /// Standard id.
    pub id: String,
    /// Short title.
    pub title: String,
    /// Treaty number.
    pub number: String,
    /// Score per jurisdiction (same order as the columns); `None` is n/a (not covered, not
    /// binding, or nothing counted).
    pub scores: Vec<Option<f64>>,
    /// Coverage per jurisdiction: assessed / mandatory provisions in scope, in percent.
    pub coverage: Vec<Option<f64>>,
    /// Rows in treaty order.
    pub rows: Vec<Row>,
}

/// The comparison matrix.
#[derive(Clone, Debug, Serialize)]
pub struct Matrix {
    /// Provision or article rows.
    pub granularity: &'static str,
    /// Only rows where some jurisdiction falls short (`--gaps`).
    pub gaps_only: bool,
    /// The filters applied, in words (empty: every provision of the treaties in the profiles).
    pub scope: Vec<String>,
    /// Jurisdictions, in display order.
    pub jurisdictions: Vec<Column>,
    /// Per standard.
    pub standards: Vec<StandardBlock>,
}

fn mean(scores: &[f64]) -> Option<f64> {
    (!scores.is_empty())
        .then(|| (scores.iter().sum::<f64>() / scores.len() as f64 * 10.0).round() / 10.0)
}

/// Builds the matrix from assessments of several profiles (made with the same scope).
pub fn compare(catalog: &Catalog, assessments: &[Assessment], options: Options) -> Matrix {
    let (granularity, sort) = (options.granularity, options.sort);
    let mut order: Vec<usize> = (0..assessments.len()).collect();
    let means: Vec<Option<f64>> = assessments
        .iter()
        .map(|a| {
            mean(
                &a.standards
                    .iter()
                    .filter_map(|s| s.score)
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    let code = |i: usize| assessments[i].jurisdiction.code.clone();
    match sort {
        SortBy::Code => {
            order.sort_by_key(|&i| (code(i), assessments[i].jurisdiction.as_of.clone(), i))
        }
        SortBy::Score => order.sort_by(|&a, &b| {
            let (x, y) = (means[a].unwrap_or(-1.0), means[b].unwrap_or(-1.0));
            y.total_cmp(&x).then_with(|| code(a).cmp(&code(b)))
        }),
    }
    let jurisdictions: Vec<Column> = order
        .iter()
        .map(|&i| {
            let j = &assessments[i].jurisdiction;
            let shared = assessments
                .iter()
                .filter(|a| a.jurisdiction.code == j.code)
                .count()
                > 1;
            let label = match (&j.as_of, shared) {
                (Some(d), true) => format!("{} {d}", j.code),
                _ => j.code.clone(),
            };
            Column {
                code: j.code.clone(),
                label,
                name: j.name.clone(),
                as_of: j.as_of.clone(),
                fictional: j.fictional,
                mean_score: means[i],
            }
        })
        .collect();
    let mut standards: Vec<StandardBlock> = catalog
        .standards
        .iter()
        .filter_map(|std| block(std, assessments, &order, granularity))
        .collect();
    let labels: Vec<String> = jurisdictions
        .iter()
        .map(|c: &Column| c.label.clone())
        .collect();
    for b in &mut standards {
        for r in &mut b.rows {
            r.short = r
                .cells
                .iter()
                .zip(&labels)
                .filter(|(c, _)| c.is_some_and(falls_short))
                .map(|(_, l)| l.clone())
                .collect();
        }
        if options.gaps {
            b.rows.retain(|r| !r.short.is_empty());
        }
    }
    Matrix {
        granularity: match granularity {
            Granularity::Provision => "provision",
            Granularity::Article => "article",
        },
        gaps_only: options.gaps,
        scope: assessments
            .first()
            .map(|a| a.scope.clone())
            .unwrap_or_default(),
        jurisdictions,
        standards,
    }
}

fn block(
    std: &crate::standard::Standard,
    assessments: &[Assessment],
    order: &[usize],
    granularity: Granularity,
) -> Option<StandardBlock> {
    let per: Vec<Option<&crate::assess::StandardAssessment>> = order
        .iter()
        .map(|&i| {
            assessments[i]
                .standards
                .iter()
                .find(|s| s.id == std.meta.id)
        })
        .collect();
    if per.iter().all(Option::is_none) {
        return None;
    }
    let mut rows: Vec<Row> = Vec::new();
    for (p, prov) in std.provisions.iter().enumerate() {
        let reference = std.reference(p).to_string();
        let results: Vec<Option<&crate::assess::ProvisionResult>> = per
            .iter()
            .map(|s| s.and_then(|s| s.provisions.iter().find(|r| r.reference == reference)))
            .collect();
        let cells: Vec<Option<Status>> = results.iter().map(|r| r.map(|r| r.status)).collect();
        let reasons: Vec<Vec<String>> = results
            .iter()
            .map(|r| match r {
                Some(r) if r.status != Status::Full => cell_reasons(r),
                _ => Vec::new(),
            })
            .collect();
        let assessed_somewhere = per
            .iter()
            .flatten()
            .any(|s| s.provisions.iter().any(|r| r.reference == reference));
        if !assessed_somewhere {
            continue;
        }
        let article = &std.articles[prov.article];
        let mandatory = per
            .iter()
            .flatten()
            .flat_map(|s| &s.provisions)
            .find(|r| r.reference == reference)
            .is_some_and(|r| r.mandatory);
        rows.push(Row {
            reference,
            article: article.number.clone(),
            heading: article.heading.clone(),
            mandatory,
            cells,
            reasons,
            short: Vec::new(),
            label: std.human_reference(p),
        });
    }
    if granularity == Granularity::Article {
        rows = by_article(&std.meta.id, rows, order.len());
    }
    Some(StandardBlock {
        id: std.meta.id.clone(),
        title: std.meta.kind.label(&std.meta.short_title),
        number: std.meta.number.clone(),
        scores: per.iter().map(|s| s.and_then(|s| s.score)).collect(),
        coverage: per.iter().map(|s| s.and_then(|s| s.coverage)).collect(),
        rows,
    })
}

/// Why a cell is not full: the findings, or the status the profile declared when it says
/// nothing more.
fn cell_reasons(r: &crate::assess::ProvisionResult) -> Vec<String> {
    if !r.findings.is_empty() {
        return r.findings.clone();
    }
    match r.declared {
        Some(d) => vec![format!(
            "status {} declared in the profile, without a note",
            d.as_str()
        )],
        None => Vec::new(),
    }
}

/// Summarises provision rows per article (see [`summarise`]).
fn by_article(id: &str, rows: Vec<Row>, columns: usize) -> Vec<Row> {
    let mut out: Vec<Row> = Vec::new();
    let mut start = 0;
    while start < rows.len() {
        let end = rows[start..]
            .iter()
            .position(|r| r.article != rows[start].article)
            .map_or(rows.len(), |n| start + n);
        let group = &rows[start..end];
        let counted: Vec<&Row> = if group.iter().any(|r| r.mandatory) {
            group.iter().filter(|r| r.mandatory).collect()
        } else {
            group.iter().collect()
        };
        let cells = (0..columns)
            .map(|c| {
                let statuses: Vec<Status> = counted.iter().filter_map(|r| r.cells[c]).collect();
                (!statuses.is_empty()).then(|| summarise(&statuses))
            })
            .collect();
        // An article's reasons: those of its provisions, each named.
        let reasons = (0..columns)
            .map(|c| {
                counted
                    .iter()
                    .flat_map(|r| {
                        r.reasons[c]
                            .iter()
                            .map(move |x| format!("{}: {x}", r.label))
                    })
                    .collect()
            })
            .collect();
        out.push(Row {
            reference: format!("{id}:{}", group[0].article),
            article: group[0].article.clone(),
            heading: group[0].heading.clone(),
            mandatory: group.iter().any(|r| r.mandatory),
            cells,
            reasons,
            short: Vec::new(),
            label: format!("Art. {}", group[0].article),
        });
        start = end;
    }
    out
}

/// One status for several provisions: uniform results stay as they are; where some are
/// implemented (fully or in part) and others not, the article is partial; gaps with nothing
/// implemented make it a gap; otherwise unknown.
pub fn summarise(statuses: &[Status]) -> Status {
    let relevant: Vec<Status> = statuses
        .iter()
        .copied()
        .filter(|s| *s != Status::Reserved)
        .collect();
    if relevant.is_empty() {
        return Status::Reserved;
    }
    if relevant.iter().all(|s| *s == relevant[0]) {
        return relevant[0];
    }
    if relevant
        .iter()
        .any(|s| matches!(s, Status::Full | Status::Partial))
    {
        Status::Partial
    } else if relevant.contains(&Status::None) {
        Status::None
    } else {
        Status::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status::*;

    #[test]
    fn article_summary() {
        assert_eq!(summarise(&[Full, Full]), Full);
        assert_eq!(summarise(&[Full, Reserved]), Full);
        assert_eq!(summarise(&[Reserved, Reserved]), Reserved);
        assert_eq!(summarise(&[Full, None]), Partial);
        assert_eq!(summarise(&[Unknown, Partial]), Partial);
        assert_eq!(summarise(&[None, Unknown]), None);
        assert_eq!(summarise(&[Unknown, Unknown]), Unknown);
    }
}
