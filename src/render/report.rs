//! The gap report in every format: terminal table, Markdown, CSV, HTML (JSON is the serde form).

use std::fmt::Write;

use crate::escape::html_text as esc;
use comfy_table::{Cell, Color};

use super::text::{Style, csv_record, list_table, md_cell, table};
use crate::assess::{Assessment, ProvisionResult, StandardAssessment, Status};

/// Which results a report lists.
#[derive(Clone, Copy, Debug, Default)]
pub struct Listing {
    /// Also list provisions that are fully implemented.
    pub all: bool,
    /// Add the crosswalk suggestions.
    pub suggest: bool,
}

/// Crosswalk suggestions of a standard, as (ref, suggestion).
fn suggestions(s: &StandardAssessment) -> Vec<(&str, &str)> {
    s.provisions
        .iter()
        .flat_map(|r| {
            r.suggestions
                .iter()
                .map(move |x| (r.reference.as_str(), x.as_str()))
        })
        .collect()
}

/// The results to list, gaps first, then partial, unknown, reserved (and full with `--all`).
pub fn ordered(s: &StandardAssessment, listing: Listing) -> Vec<&ProvisionResult> {
    let mut rows: Vec<(usize, &ProvisionResult)> = s
        .provisions
        .iter()
        .enumerate()
        .filter(|(_, r)| listing.all || r.status != Status::Full)
        .collect();
    rows.sort_by_key(|(i, r)| (r.status, *i));
    rows.into_iter().map(|(_, r)| r).collect()
}

/// Score, coverage and counts of a standard, in the order of the summary columns.
fn summary_cells(s: &StandardAssessment) -> [String; 8] {
    let c = &s.counts;
    [
        score_text(s),
        coverage_text(s),
        c.full.to_string(),
        c.partial.to_string(),
        c.none.to_string(),
        c.unknown.to_string(),
        c.reserved.to_string(),
        c.optional.to_string(),
    ]
}

fn score_text(s: &StandardAssessment) -> String {
    match s.score {
        Some(x) => format!("{x:.1}%"),
        None if !s.treaty_status.binds() => format!("n/a ({})", s.treaty_status.as_str()),
        None => "n/a".to_string(),
    }
}

/// `assessed of in scope (percent)`.
pub(crate) fn coverage_text(s: &StandardAssessment) -> String {
    let c = &s.counts;
    match s.coverage {
        Some(pct) => format!("{} of {} ({pct:.1}%)", c.assessed, c.in_scope),
        None => "0 of 0".to_string(),
    }
}

/// The scope in words: the filters applied, or that there were none.
pub(crate) fn scope_lines(a: &Assessment) -> Vec<String> {
    if a.scope.is_empty() {
        vec!["Scope: every provision of the treaties in the profile.".to_string()]
    } else {
        a.scope.clone()
    }
}

/// How the score and coverage are computed, for the foot of human-facing formats.
pub(crate) const SCORE_NOTE: &str = "Score = (full + ½ × partial) ÷ (mandatory provisions in scope − reserved); unknown counts as not implemented. Coverage = provisions the profile gives a status for ÷ mandatory provisions in scope. A treaty the Party has not ratified, acceded to or applied provisionally scores n/a and is never averaged.";

fn title(a: &Assessment) -> String {
    let j = &a.jurisdiction;
    let mut t = format!("Gap report: {} ({})", j.name, j.code);
    if let Some(d) = &j.as_of {
        let _ = write!(t, ", law as of {d}");
    }
    t
}

fn subtitle(a: &Assessment) -> Vec<String> {
    let j = &a.jurisdiction;
    let mut lines = Vec::new();
    if let Some(v) = &j.version {
        lines.push(v.clone());
    }
    if j.fictional {
        lines.push("Fictional example jurisdiction: invented for demonstration, describes no real country.".into());
    }
    lines
}

fn status_color(s: Status) -> Color {
    match s {
        Status::None => Color::Red,
        Status::Partial => Color::Yellow,
        Status::Unknown => Color::Magenta,
        Status::Reserved => Color::Blue,
        Status::Full => Color::Green,
    }
}

fn mark(r: &ProvisionResult) -> String {
    let mut s = r.status.as_str().to_string();
    if !r.mandatory {
        s.push_str(" (optional)");
    }
    s
}

/// The report as terminal text: summary first, then the listed provisions per standard.
pub fn report_table(a: &Assessment, listing: Listing, style: &Style) -> String {
    let mut out = format!("{}\n", title(a));
    for l in subtitle(a).into_iter().chain(scope_lines(a)) {
        let _ = writeln!(out, "{l}");
    }
    let mut summary = list_table(
        style,
        &[
            "standard", "treaty", "score", "coverage", "full", "partial", "none", "unknown",
            "reserved", "optional",
        ],
    );
    for s in &a.standards {
        let mut row = vec![
            s.id.clone(),
            format!("{} ({})", s.number, s.treaty_status.as_str()),
        ];
        row.extend(summary_cells(s));
        summary.add_row(row);
    }
    let _ = writeln!(out, "{summary}\n{SCORE_NOTE}");
    for s in &a.standards {
        let rows = ordered(s, listing);
        let _ = writeln!(
            out,
            "\n{} ({}) — score {}",
            s.title,
            s.number,
            score_text(s)
        );
        if rows.is_empty() {
            out.push_str("Nothing to list: every provision in scope is fully implemented.\n");
            continue;
        }
        let mut t = table(style, &["ref", "status", "article", "why", "evidence"]);
        for r in rows {
            let mut status = Cell::new(mark(r));
            if style.color {
                status = status.fg(status_color(r.status));
            }
            t.add_row(vec![
                Cell::new(&r.reference),
                status,
                Cell::new(&r.article_heading),
                Cell::new(r.reasons.join("\n")),
                Cell::new(r.by.join("\n")),
            ]);
        }
        let _ = writeln!(out, "{t}");
        if listing.suggest {
            let list = suggestions(s);
            let _ = writeln!(
                out,
                "Suggestions from linked provisions of other treaties: {}",
                if list.is_empty() { "none" } else { "" }
            );
            for (r, x) in list {
                let _ = writeln!(out, "  - {r}: {x}");
            }
        }
    }
    out
}

/// The report as Markdown.
pub fn report_md(a: &Assessment, listing: Listing) -> String {
    let mut out = format!("# {}\n\n", md_cell(&title(a)));
    for l in subtitle(a).into_iter().chain(scope_lines(a)) {
        let _ = writeln!(out, "{}  ", md_cell(&l));
    }
    out.push_str("\n| standard | score | coverage | full | partial | none | unknown | reserved | optional |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for s in &a.standards {
        let _ = writeln!(
            out,
            "| {} ({}) | {} |",
            md_cell(&s.title),
            md_cell(&s.number),
            summary_cells(s).join(" | ")
        );
    }
    let _ = writeln!(out, "\n{}", md_cell(SCORE_NOTE));
    for s in &a.standards {
        let _ = writeln!(
            out,
            "\n## {} ({}) — score {}\n",
            md_cell(&s.title),
            md_cell(&s.number),
            score_text(s)
        );
        let rows = ordered(s, listing);
        if rows.is_empty() {
            out.push_str("Every provision in scope is fully implemented.\n");
            continue;
        }
        out.push_str("| ref | status | provision | why | evidence |\n|---|---|---|---|---|\n");
        for r in rows {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                r.reference,
                mark(r),
                md_cell(&format!("{}: {}", r.article_heading, r.summary)),
                md_cell(&r.reasons.join("; ")),
                md_cell(&r.by.join(", "))
            );
        }
        if listing.suggest {
            out.push_str("\n### Suggestions from linked provisions of other treaties\n\n");
            let list = suggestions(s);
            if list.is_empty() {
                out.push_str("None.\n");
            }
            for (r, x) in list {
                let _ = writeln!(out, "- {}: {}", md_cell(r), md_cell(x));
            }
        }
    }
    out
}

/// The report as CSV: one row per provision (all of them), for spreadsheets.
pub fn report_csv(a: &Assessment) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = [
        "jurisdiction",
        "standard",
        "ref",
        "status",
        "declared",
        "mandatory",
        "missing_elements",
        "failed_checks",
        "unknown_checks",
        "by",
        "reasons",
        "scope",
    ];
    let scope = scope_lines(a).join(" ");
    csv_record(&mut w, header);
    for s in &a.standards {
        for r in &s.provisions {
            let declared = r.declared.map(|d| d.as_str()).unwrap_or_default();
            csv_record(
                &mut w,
                [
                    a.jurisdiction.code.as_str(),
                    s.id.as_str(),
                    r.reference.as_str(),
                    r.status.as_str(),
                    declared,
                    if r.mandatory { "yes" } else { "no" },
                    r.missing_elements.join(" ").as_str(),
                    r.failed_checks.join(" ").as_str(),
                    r.unknown_checks.join(" ").as_str(),
                    r.by.join(" ").as_str(),
                    r.reasons.join("; ").as_str(),
                    scope.as_str(),
                ],
            );
        }
    }
    String::from_utf8(w.into_inner().expect("flushing memory"))
        .expect("CSV of UTF-8 strings is UTF-8")
}

const CSS: &str = "body{font-family:system-ui,sans-serif;margin:2rem;color:#111;max-width:75rem}\
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #999}\
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}\
th{background:#eee}td.num{text-align:right}.st{font-weight:bold;white-space:nowrap}\
.none{background:#f8d0d0}.partial{background:#fbe9b7}.unknown{background:#e6dcf2}.reserved{background:#d6e4f5}.full{background:#d4eed4}\
.fictional{border:2px dashed #555;padding:.5rem}ul{margin:0;padding-left:1.1rem}\
@media print{body{margin:0}h2{break-after:avoid}tr{break-inside:avoid}}";

/// The report as one self-contained, printable HTML page (no scripts, no network).
pub fn report_html(a: &Assessment, listing: Listing) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        esc(&title(a)),
        esc(&title(a))
    );
    for l in subtitle(a) {
        let class = if l.starts_with("Fictional") {
            " class=\"fictional\""
        } else {
            ""
        };
        let _ = writeln!(out, "<p{class}>{}</p>", esc(&l));
    }
    for l in scope_lines(a) {
        let _ = writeln!(out, "<p class=\"scope\">{}</p>", esc(&l));
    }
    out.push_str("<table>\n<tr><th>Standard</th><th>Score</th><th>Coverage</th><th>Full</th><th>Partial</th><th>None</th><th>Unknown</th><th>Reserved</th><th>Optional</th></tr>\n");
    for s in &a.standards {
        let cells: String = summary_cells(s)
            .iter()
            .map(|c| format!("<td class=\"num\">{}</td>", esc(c)))
            .collect();
        let _ = writeln!(
            out,
            "<tr><td>{} ({})</td>{cells}</tr>",
            esc(&s.title),
            esc(&s.number)
        );
    }
    let _ = writeln!(out, "</table>\n<p><small>{}</small></p>", esc(SCORE_NOTE));
    for s in &a.standards {
        let _ = writeln!(
            out,
            "<h2>{} ({}) — score {}</h2>",
            esc(&s.title),
            esc(&s.number),
            esc(&score_text(s))
        );
        let rows = ordered(s, listing);
        if rows.is_empty() {
            out.push_str("<p>Every provision in scope is fully implemented.</p>\n");
            continue;
        }
        out.push_str("<table>\n<tr><th>Ref</th><th>Status</th><th>Provision</th><th>Why</th><th>Evidence</th></tr>\n");
        for r in rows {
            let reasons: String = r
                .reasons
                .iter()
                .map(|x| format!("<li>{}</li>", esc(x)))
                .collect();
            let by: String =
                r.by.iter()
                    .map(|x| format!("<li>{}</li>", esc(x)))
                    .collect();
            let _ = writeln!(
                out,
                "<tr class=\"{}\"><td>{}</td><td class=\"st\">{}</td><td><b>{}</b>: {}</td><td><ul>{reasons}</ul></td><td><ul>{by}</ul></td></tr>",
                r.status.as_str(),
                esc(&r.reference),
                esc(&mark(r)),
                esc(&r.article_heading),
                esc(&r.summary)
            );
        }
        out.push_str("</table>\n");
        if listing.suggest {
            let list = suggestions(s);
            out.push_str("<h3>Suggestions from linked provisions of other treaties</h3>\n<ul>\n");
            if list.is_empty() {
                out.push_str("<li>None.</li>\n");
            }
            for (r, x) in list {
                let _ = writeln!(out, "<li>{}: {}</li>", esc(r), esc(x));
            }
            out.push_str("</ul>\n");
        }
    }
    out.push_str("<p><small>Made by lexgap. Summaries are lexgap's own words, not treaty text.</small></p>\n</body>\n</html>\n");
    out
}
