//! The gap report in every format: terminal table, Markdown, CSV, HTML (JSON is the serde form).

use std::fmt::Write;

use crate::escape::html_text as esc;
use comfy_table::{Cell, Color};

use super::text::{Style, cell_lines, csv_record, list_table, md_cell, table};
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
pub(crate) fn summary_cells(s: &StandardAssessment) -> [String; 8] {
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

pub(crate) fn score_text(s: &StandardAssessment) -> String {
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

/// At most this many provisions are named per kind in the summary paragraph.
const NAMED: usize = 8;

fn named(list: &[String]) -> String {
    let mut text = list
        .iter()
        .take(NAMED)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if list.len() > NAMED {
        let _ = write!(text, " and {} more", list.len() - NAMED);
    }
    text
}

/// The paragraph that opens a report: how many gaps, partial and unknown, the most serious
/// first, then reservations that could be withdrawn and treaties not scored.
pub(crate) fn summary_paragraph(a: &Assessment) -> String {
    let s = &a.summary;
    let mut parts = vec![format!("{} fully implemented", s.full)];
    let mut kinds = vec![
        ("gap", "gaps", &s.gaps),
        ("partly implemented", "partly implemented", &s.partial),
        ("not known", "not known", &s.unknown),
    ];
    kinds.retain(|(_, _, l)| !l.is_empty());
    for (one, many, list) in kinds {
        let word = if list.len() == 1 { one } else { many };
        parts.insert(
            parts.len() - 1,
            format!("{} {word} ({})", list.len(), named(list)),
        );
    }
    if s.reserved > 0 {
        parts.push(format!("{} reserved", s.reserved));
    }
    let mut text = format!(
        "{} mandatory provision{} in scope: {}.",
        s.in_scope,
        if s.in_scope == 1 { "" } else { "s" },
        parts.join("; ")
    );
    if !s.withdrawable.is_empty() {
        let _ = write!(
            text,
            " Domestic law fully covers {} reserved provision{}, so the reservation could be withdrawn: {}.",
            s.withdrawable.len(),
            if s.withdrawable.len() == 1 { "" } else { "s" },
            named(&s.withdrawable)
        );
    }
    if !s.not_binding.is_empty() {
        let _ = write!(
            text,
            " Not scored, as not binding on the Party: {}.",
            s.not_binding.join(", ")
        );
    }
    text
}

/// The Party's standing with a treaty: dates, reservations and declarations.
pub(crate) fn treaty_line(s: &StandardAssessment) -> Option<String> {
    let t = s.treaty.as_ref()?;
    let mut parts = Vec::new();
    let dated = [
        ("signed", &t.signed),
        ("ratified", &t.ratified),
        ("acceded", &t.acceded),
        ("in force for the Party", &t.in_force),
        ("denounced", &t.denounced),
    ];
    for (what, date) in dated {
        if let Some(d) = date {
            parts.push(format!("{what} {d}"));
        }
    }
    let status = t.status.as_str();
    if !parts.iter().any(|p| p.starts_with(status)) {
        parts.insert(0, status.to_string());
    }
    let refs = |list: &[String]| {
        list.iter()
            .map(|c| crate::citation::human_path(c, false))
            .collect::<Vec<_>>()
            .join(", ")
    };
    parts.push(if t.reservations.is_empty() {
        "no reservations".to_string()
    } else {
        format!("reservations: {}", refs(&t.reservations))
    });
    parts.push(if t.declarations.is_empty() {
        "no declarations".to_string()
    } else {
        format!("declarations: {}", refs(&t.declarations))
    });
    Some(format!("{}.", capitalised(&parts.join("; "))))
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// The domestic law cited, with the text quoted where the profile gives it.
pub(crate) fn domestic(r: &ProvisionResult) -> Vec<String> {
    let mut out: Vec<String> = r.evidence.iter().map(evidence_text).collect();
    out.extend(r.text.as_ref().map(|t| format!("“{}”", t.trim())));
    out
}

/// The line saying when the report was made.
pub(crate) fn generated_line(a: &Assessment) -> Option<String> {
    a.generated
        .as_ref()
        .map(|d| format!("Generated {d} by lexgap."))
}

/// A citation as readers write it: `Criminal Code (Act 12/1998), 201(1)`.
pub(crate) fn evidence_text(e: &crate::assess::Evidence) -> String {
    match (&e.law, &e.citation) {
        (Some(law), Some(c)) if e.section.is_empty() => format!("{law} ({c})"),
        (Some(law), Some(c)) => format!("{law} ({c}), {}", e.section),
        (Some(law), None) if e.section.is_empty() => law.clone(),
        (Some(law), None) => format!("{law}, {}", e.section),
        (None, _) => e.cite.clone(),
    }
}

/// Why, for the reader: the findings, preceded by the status given for a whole article or
/// paragraph the first time a row inherits it (`shown` remembers which were said).
pub(crate) fn why(r: &ProvisionResult, shown: &mut Vec<String>) -> Vec<String> {
    let mut out = Vec::new();
    if let (Some(at), Some(d)) = (&r.declared_at, r.declared) {
        if !shown.contains(at) {
            shown.push(at.clone());
            let path = at.split_once(':').map_or(at.as_str(), |(_, p)| p);
            out.push(format!(
                "status {} given for {} as a whole",
                d.as_str(),
                crate::citation::human_path(path, false)
            ));
        } else if r.findings.iter().all(|f| f.starts_with("profile note:")) {
            let path = at.split_once(':').map_or(at.as_str(), |(_, p)| p);
            return vec![format!(
                "status {} given for {} as a whole (see above)",
                d.as_str(),
                crate::citation::human_path(path, false)
            )];
        }
    }
    out.extend(r.findings.iter().cloned());
    if out.is_empty()
        && let Some(d) = r.declared
        && r.status != Status::Full
    {
        out.push(format!(
            "status {} declared in the profile, without a note",
            d.as_str()
        ));
    }
    out
}

pub(crate) fn title(a: &Assessment) -> String {
    let j = &a.jurisdiction;
    let mut t = format!("Gap report: {} ({})", j.name, j.code);
    if let Some(d) = &j.as_of {
        let _ = write!(t, ", law as of {d}");
    }
    t
}

pub(crate) fn subtitle(a: &Assessment) -> Vec<String> {
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

pub(crate) fn mark(r: &ProvisionResult) -> String {
    let mut s = r.status.as_str().to_string();
    if !r.mandatory {
        s.push_str(" (optional)");
    }
    s
}

/// The report as terminal text: summary first, then the listed provisions per standard.
pub fn report_table(a: &Assessment, listing: Listing, style: &Style) -> String {
    let mut out = format!("{}\n", title(a));
    for l in subtitle(a)
        .into_iter()
        .chain(scope_lines(a))
        .chain(generated_line(a))
    {
        let _ = writeln!(out, "{l}");
    }
    let _ = writeln!(out, "\n{}\n", summary_paragraph(a));
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
        if let Some(l) = treaty_line(s) {
            let _ = writeln!(out, "{l}");
        }
        if rows.is_empty() {
            out.push_str("Nothing to list: every provision in scope is fully implemented.\n");
            continue;
        }
        let mut t = table(
            style,
            &["provision", "status", "article", "why", "domestic law"],
        );
        let mut shown = Vec::new();
        for r in rows {
            let mut status = Cell::new(mark(r));
            if style.color {
                status = status.fg(status_color(r.status));
            }
            t.add_row(vec![
                Cell::new(&r.label),
                status,
                Cell::new(&r.article_heading),
                Cell::new(cell_lines(&why(r, &mut shown))),
                Cell::new(cell_lines(&domestic(r))),
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
    for l in subtitle(a)
        .into_iter()
        .chain(scope_lines(a))
        .chain(generated_line(a))
    {
        let _ = writeln!(out, "{}  ", md_cell(&l));
    }
    let _ = writeln!(out, "\n{}", md_cell(&summary_paragraph(a)));
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
        if let Some(l) = treaty_line(s) {
            let _ = writeln!(out, "{}\n", md_cell(&l));
        }
        let rows = ordered(s, listing);
        if rows.is_empty() {
            out.push_str("Every provision in scope is fully implemented.\n");
            continue;
        }
        out.push_str("| provision | status | what it requires | why | domestic law |\n|---|---|---|---|---|\n");
        let mut shown = Vec::new();
        for r in rows {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                md_cell(&r.label),
                mark(r),
                md_cell(&format!("{}: {}", r.article_heading, r.summary)),
                md_cell(&why(r, &mut shown).join("; ")),
                md_cell(&domestic(r).join("; "))
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
        "provision",
        "status",
        "declared",
        "mandatory",
        "missing_elements",
        "failed_checks",
        "unknown_checks",
        "by",
        "domestic_law",
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
                    r.label.as_str(),
                    r.status.as_str(),
                    declared,
                    if r.mandatory { "yes" } else { "no" },
                    r.missing_elements.join(" ").as_str(),
                    r.failed_checks.join(" ").as_str(),
                    r.unknown_checks.join(" ").as_str(),
                    r.by.join(" ").as_str(),
                    r.evidence
                        .iter()
                        .map(evidence_text)
                        .collect::<Vec<_>>()
                        .join("; ")
                        .as_str(),
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
.fictional{border:2px dashed #555;padding:.5rem}.summary{font-size:1.05rem;border-left:4px solid #555;padding-left:.6rem}\
blockquote{margin:.3rem 0;padding-left:.5rem;border-left:3px solid #999;font-style:italic}ul{margin:0;padding-left:1.1rem}\
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
    for l in scope_lines(a).into_iter().chain(generated_line(a)) {
        let _ = writeln!(out, "<p class=\"scope\">{}</p>", esc(&l));
    }
    let _ = writeln!(
        out,
        "<p class=\"summary\">{}</p>",
        esc(&summary_paragraph(a))
    );
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
        if let Some(l) = treaty_line(s) {
            let _ = writeln!(out, "<p>{}</p>", esc(&l));
        }
        let rows = ordered(s, listing);
        if rows.is_empty() {
            out.push_str("<p>Every provision in scope is fully implemented.</p>\n");
            continue;
        }
        out.push_str("<table>\n<tr><th>Provision</th><th>Status</th><th>What it requires</th><th>Why</th><th>Domestic law</th></tr>\n");
        let mut shown = Vec::new();
        for r in rows {
            let reasons: String = why(r, &mut shown)
                .iter()
                .map(|x| format!("<li>{}</li>", esc(x)))
                .collect();
            let mut by: String = r
                .evidence
                .iter()
                .map(|x| format!("<li>{}</li>", esc(&evidence_text(x))))
                .collect();
            if let Some(t) = &r.text {
                let _ = write!(by, "</ul><blockquote>{}</blockquote><ul>", esc(t.trim()));
            }
            let _ = writeln!(
                out,
                "<tr class=\"{}\"><td>{}</td><td class=\"st\">{}</td><td><b>{}</b>: {}</td><td><ul>{reasons}</ul></td><td><ul>{by}</ul></td></tr>",
                r.status.as_str(),
                esc(&r.label),
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
