//! The comparison matrix as terminal table, Markdown, CSV and an HTML heatmap.

use std::fmt::Write;

use crate::escape::{html_attr as attr, html_text as esc};

use super::text::{Style, csv_record, list_table, md_cell};
use crate::assess::Status;
use crate::compare::{Matrix, StandardBlock};

/// The cell mark: `✔ ◐ ✘ R ?`, or `Y P N R ?` with `ascii`; `—`/`-` where not assessed.
pub fn symbol(status: Option<Status>, ascii: bool) -> &'static str {
    match (status, ascii) {
        (Some(Status::Full), false) => "✔",
        (Some(Status::Partial), false) => "◐",
        (Some(Status::None), false) => "✘",
        (Some(Status::Full), true) => "Y",
        (Some(Status::Partial), true) => "P",
        (Some(Status::None), true) => "N",
        (Some(Status::Reserved), _) => "R",
        (Some(Status::Unknown), _) => "?",
        (None, false) => "—",
        (None, true) => "-",
    }
}

fn score(s: Option<f64>) -> String {
    s.map_or("n/a".into(), |x| format!("{x:.1}%"))
}

fn legend(ascii: bool) -> String {
    let parts: Vec<String> = [
        Status::Full,
        Status::Partial,
        Status::None,
        Status::Reserved,
        Status::Unknown,
    ]
    .iter()
    .map(|&s| format!("{} {}", symbol(Some(s), ascii), s.as_str()))
    .chain(std::iter::once(format!(
        "{} not assessed",
        symbol(None, ascii)
    )))
    .collect();
    parts.join("  ")
}

/// The scope in words: the filters applied, or that there were none.
fn scope_line(m: &Matrix) -> String {
    super::text::scope_statement(&m.scope)
}

fn coverage(c: Option<f64>) -> String {
    c.map_or("n/a".into(), |x| format!("{x:.0}%"))
}

fn fictional_note(m: &Matrix) -> Option<String> {
    let mut codes: Vec<&str> = m
        .jurisdictions
        .iter()
        .filter(|j| j.fictional)
        .map(|j| j.code.as_str())
        .collect();
    codes.dedup();
    (!codes.is_empty()).then(|| {
        format!(
            "Fictional example jurisdictions (invented, no real country): {}",
            codes.join(", ")
        )
    })
}

/// The matrix as terminal tables, one per standard.
pub fn compare_table(m: &Matrix, style: &Style) -> String {
    let mut out = format!(
        "Comparison by {} — {}\n",
        m.granularity,
        legend(style.ascii)
    );
    let _ = writeln!(out, "{}", scope_line(m));
    if let Some(n) = fictional_note(m) {
        let _ = writeln!(out, "{n}");
    }
    for b in &m.standards {
        let _ = writeln!(out, "\n{} ({})", b.title, b.number);
        let mut header = vec!["ref".to_string()];
        header.extend(m.jurisdictions.iter().map(|j| j.label.clone()));
        if m.gaps_only {
            header.push("falls short".into());
        }
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let mut t = list_table(style, &header);
        for r in &b.rows {
            let mut row = vec![if r.mandatory {
                r.reference.clone()
            } else {
                format!("{} (optional)", r.reference)
            }];
            row.extend(r.cells.iter().map(|c| symbol(*c, style.ascii).to_string()));
            if m.gaps_only {
                row.push(r.short.join(", "));
            }
            t.add_row(row);
        }
        let mut scores = vec!["score".to_string()];
        scores.extend(b.scores.iter().map(|s| score(*s)));
        t.add_row(scores);
        let mut cov = vec!["coverage".to_string()];
        cov.extend(b.coverage.iter().map(|c| coverage(*c)));
        t.add_row(cov);
        let _ = writeln!(out, "{t}");
        let list = notes(m, b);
        if !list.is_empty() {
            out.push_str("Why each cell is not full:\n");
            for (r, j, s, why) in list {
                let _ = writeln!(
                    out,
                    "  {} {}, {}: {}",
                    r.label,
                    j,
                    s.as_str(),
                    why.join("; ").replace('\n', " ")
                );
            }
        }
    }
    out
}

/// The matrix as Markdown tables.
pub fn compare_md(m: &Matrix) -> String {
    let mut out = format!(
        "# Comparison by {}\n\n{}\n\n{}\n",
        m.granularity,
        legend(false),
        md_cell(&scope_line(m))
    );
    if let Some(n) = fictional_note(m) {
        let _ = writeln!(out, "\n{n}");
    }
    for b in &m.standards {
        let _ = writeln!(out, "\n## {} ({})\n", md_cell(&b.title), md_cell(&b.number));
        let codes: Vec<String> = m.jurisdictions.iter().map(|j| md_cell(&j.label)).collect();
        let short = if m.gaps_only { " falls short |" } else { "" };
        let _ = writeln!(
            out,
            "| provision | article | {} |{short}",
            codes.join(" | ")
        );
        let _ = writeln!(
            out,
            "|---|---|{}{}",
            "---|".repeat(codes.len()),
            if m.gaps_only { "---|" } else { "" }
        );
        for r in &b.rows {
            let cells: Vec<&str> = r.cells.iter().map(|c| symbol(*c, false)).collect();
            let short = if m.gaps_only {
                format!(" {} |", md_cell(&r.short.join(", ")))
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} |{short}",
                md_cell(&r.label),
                md_cell(&r.heading),
                cells.join(" | ")
            );
        }
        let scores: Vec<String> = b.scores.iter().map(|s| score(*s)).collect();
        let _ = writeln!(out, "| **score** | | {} |", scores.join(" | "));
        let cov: Vec<String> = b.coverage.iter().map(|c| coverage(*c)).collect();
        let _ = writeln!(out, "| **coverage** | | {} |", cov.join(" | "));
        let list = notes(m, b);
        if !list.is_empty() {
            out.push_str("\nWhy each cell is not full:\n\n");
            for (r, j, s, why) in list {
                let _ = writeln!(
                    out,
                    "- {} {}, {}: {}",
                    md_cell(&r.label),
                    md_cell(j),
                    s.as_str(),
                    md_cell(&why.join("; "))
                );
            }
        }
    }
    out
}

/// The non-full cells of a block with their reasons: (row, column label, status, reasons).
fn notes<'m>(
    m: &'m Matrix,
    b: &'m StandardBlock,
) -> Vec<(&'m crate::compare::Row, &'m str, Status, &'m [String])> {
    b.rows
        .iter()
        .flat_map(|r| {
            r.cells
                .iter()
                .zip(&r.reasons)
                .zip(&m.jurisdictions)
                .filter_map(move |((c, why), j)| match c {
                    Some(s) if *s != Status::Full => {
                        Some((r, j.label.as_str(), *s, why.as_slice()))
                    }
                    _ => None,
                })
        })
        .collect()
}

/// The matrix as long CSV, for pivot tables: one row per jurisdiction × provision (or article),
/// with the readable reference, the status and, for every cell that is not full, the reasons.
pub fn compare_csv_long(m: &Matrix) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    csv_record(
        &mut w,
        [
            "jurisdiction",
            "name",
            "as_of",
            "standard",
            "ref",
            "provision",
            "heading",
            "mandatory",
            "status",
            "reasons",
            "scope",
        ],
    );
    let scope = scope_line(m);
    for b in &m.standards {
        for r in &b.rows {
            for ((c, why), j) in r.cells.iter().zip(&r.reasons).zip(&m.jurisdictions) {
                csv_record(
                    &mut w,
                    [
                        j.label.as_str(),
                        j.name.as_str(),
                        j.as_of.as_deref().unwrap_or(""),
                        b.id.as_str(),
                        r.reference.as_str(),
                        r.label.as_str(),
                        r.heading.as_str(),
                        if r.mandatory { "yes" } else { "no" },
                        c.map_or("not assessed", Status::as_str),
                        why.join("; ").as_str(),
                        scope.as_str(),
                    ],
                );
            }
        }
    }
    String::from_utf8(w.into_inner().expect("flushing memory")).expect("UTF-8")
}

/// The matrix as CSV: one row per provision (or article) and standard, a column per jurisdiction.
pub fn compare_csv(m: &Matrix) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "standard".to_string(),
        "ref".into(),
        "article".into(),
        "heading".into(),
        "mandatory".into(),
    ];
    header.extend(m.jurisdictions.iter().map(|j| j.label.clone()));
    csv_record(&mut w, &header);
    for b in &m.standards {
        for r in &b.rows {
            let mut rec = vec![
                b.id.clone(),
                r.reference.clone(),
                r.article.clone(),
                r.heading.clone(),
                if r.mandatory { "yes" } else { "no" }.into(),
            ];
            rec.extend(
                r.cells
                    .iter()
                    .map(|c| c.map_or(String::new(), |s| s.as_str().to_string())),
            );
            csv_record(&mut w, &rec);
        }
        let mut rec = vec![
            b.id.clone(),
            "score".into(),
            String::new(),
            String::new(),
            String::new(),
        ];
        rec.extend(
            b.scores
                .iter()
                .map(|s| s.map_or(String::new(), |x| format!("{x:.1}"))),
        );
        csv_record(&mut w, &rec);
        let mut rec = vec![
            b.id.clone(),
            "coverage".into(),
            String::new(),
            scope_line(m),
            String::new(),
        ];
        rec.extend(
            b.coverage
                .iter()
                .map(|s| s.map_or(String::new(), |x| format!("{x:.1}"))),
        );
        csv_record(&mut w, &rec);
    }
    String::from_utf8(w.into_inner().expect("flushing memory")).expect("UTF-8")
}

const CSS: &str = "body{font-family:system-ui,sans-serif;margin:1.5rem;color:#111}\
h1{font-size:1.3rem}.legend{display:flex;flex-wrap:wrap;gap:.8rem;margin:.6rem 0;font-size:.9rem}\
.legend span{display:inline-flex;align-items:center;gap:.3rem}.legend i{display:inline-block;width:1.4em;height:1.4em;line-height:1.4em;text-align:center;font-style:normal;border:1px solid #666}\
.wrap{overflow:auto;max-height:85vh;border:1px solid #999}\
table{border-collapse:collapse;font-size:.8rem}\
th,td{border:1px solid #bbb;padding:0}\
td{width:1.6em;min-width:1.6em;height:1.5em;text-align:center}\
thead th{position:sticky;top:0;background:#fff;z-index:2}\
thead th.j{height:9em;vertical-align:bottom;white-space:nowrap}\
thead th.j span{writing-mode:vertical-rl;transform:rotate(180deg);padding:.3em 0;font-weight:normal}\
th.ref{position:sticky;left:0;background:#fff;z-index:1;text-align:left;padding:0 .5em;white-space:nowrap;font-weight:normal}\
thead th.ref{z-index:3}\
tr.std th{background:#333;color:#fff;text-align:left;padding:.3em .5em;font-size:.95rem}\
tr.art th{background:#eee;text-align:left;padding:.2em .5em;font-weight:bold}\
tr.score th,tr.score td{font-weight:bold;background:#f4f4f4;font-size:.7rem}\
.full{background:#b7e4b0;color:#000}.partial{background:#e69500;color:#000}.none{background:#7a0000;color:#fff}\
.reserved{background:repeating-linear-gradient(45deg,#9ec5f0 0 3px,#fff 3px 6px);color:#000}\
.unknown{background:#fff;color:#000}.na{background:#ddd;color:#555}\
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}\
table.notes{margin-top:.5rem;font-size:.8rem}table.notes td,table.notes th{text-align:left;padding:.2em .4em;width:auto;height:auto;vertical-align:top}\
table.notes ul{margin:0;padding-left:1rem}table.notes td:nth-child(3),table.notes td:first-child{white-space:nowrap}h2{font-size:1.05rem;margin-top:1.2rem}\
@media print{.wrap{overflow:visible;max-height:none;border:0}body{margin:0}table.notes tr{break-inside:avoid}}";

fn class(status: Option<Status>) -> &'static str {
    status.map_or("na", Status::as_str)
}

fn html_block(out: &mut String, m: &Matrix, b: &StandardBlock) {
    let span = m.jurisdictions.len() + 1;
    let _ = writeln!(
        out,
        "<tr class=\"std\"><th colspan=\"{span}\">{} ({})</th></tr>",
        esc(&b.title),
        esc(&b.number)
    );
    let mut article = "";
    for r in &b.rows {
        if r.article != article && m.granularity == "provision" {
            article = &r.article;
            let _ = writeln!(
                out,
                "<tr class=\"art\"><th colspan=\"{span}\">Art. {} — {}</th></tr>",
                esc(&r.article),
                esc(&r.heading)
            );
        }
        let label = if m.granularity == "article" {
            format!("{} {}", r.label, r.heading)
        } else {
            r.label.clone()
        };
        let optional = if r.mandatory { "" } else { " (optional)" };
        let _ = write!(out, "<tr><th class=\"ref\">{}{optional}</th>", esc(&label));
        for ((c, j), why) in r.cells.iter().zip(&m.jurisdictions).zip(&r.reasons) {
            let word = c.map_or("not assessed", Status::as_str);
            let title = if why.is_empty() {
                word.to_string()
            } else {
                format!("{word}: {}", why.join("; "))
            };
            let _ = write!(
                out,
                "<td class=\"{}\" title=\"{}: {} — {}\">{}</td>",
                class(*c),
                attr(&j.label),
                attr(&r.reference),
                attr(&title),
                symbol(*c, false)
            );
        }
        out.push_str("</tr>\n");
    }
    let _ = write!(out, "<tr class=\"score\"><th class=\"ref\">score</th>");
    for s in &b.scores {
        let _ = write!(
            out,
            "<td>{}</td>",
            s.map_or("–".into(), |x| format!("{x:.0}"))
        );
    }
    out.push_str("</tr>\n");
    let _ = write!(out, "<tr class=\"score\"><th class=\"ref\">coverage</th>");
    for c in &b.coverage {
        let _ = write!(
            out,
            "<td>{}</td>",
            c.map_or("–".into(), |x| format!("{x:.0}"))
        );
    }
    out.push_str("</tr>\n");
}

/// The reasons of every cell that is not full, as tables under the matrix: visible on screen,
/// on paper and when pasted, unlike a hover.
fn html_notes(out: &mut String, m: &Matrix) {
    for b in &m.standards {
        let list = notes(m, b);
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "<h2>Why: {} ({})</h2>\n<table class=\"notes\">\n<tr><th>Provision</th><th>Jurisdiction</th><th>Status</th><th>Reasons</th></tr>",
            esc(&b.title),
            esc(&b.number)
        );
        for (r, j, s, why) in list {
            let items: String = why.iter().map(|x| format!("<li>{}</li>", esc(x))).collect();
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td class=\"{}\">{} {}</td><td><ul>{items}</ul></td></tr>",
                esc(&r.label),
                esc(j),
                s.as_str(),
                symbol(Some(s), false),
                s.as_str()
            );
        }
        out.push_str("</table>\n");
    }
}

/// The matrix as a self-contained HTML heatmap (no scripts, no network), readable in greyscale:
/// every cell carries its symbol, and the colours differ in lightness.
pub fn compare_html(m: &Matrix) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>lexgap comparison</title>\n<style>{CSS}</style>\n</head>\n<body>\n<h1>Comparison of {} jurisdictions by {}</h1>\n",
        m.jurisdictions.len(),
        m.granularity
    );
    out.push_str("<div class=\"legend\">");
    for s in [
        Status::Full,
        Status::Partial,
        Status::None,
        Status::Reserved,
        Status::Unknown,
    ] {
        let _ = write!(
            out,
            "<span><i class=\"{}\">{}</i>{}</span>",
            s.as_str(),
            symbol(Some(s), false),
            s.as_str()
        );
    }
    let _ = write!(
        out,
        "<span><i class=\"na\">{}</i>not assessed</span>",
        symbol(None, false)
    );
    out.push_str("<span>score: (full + ½ partial) ÷ (mandatory in scope − reserved), %; coverage: assessed ÷ mandatory in scope, %</span></div>\n");
    let _ = writeln!(out, "<p class=\"scope\">{}</p>", esc(&scope_line(m)));
    if let Some(n) = fictional_note(m) {
        let _ = writeln!(out, "<p>{}</p>", esc(&n));
    }
    out.push_str("<div class=\"wrap\"><table>\n<thead><tr><th class=\"ref\">provision</th>");
    for j in &m.jurisdictions {
        let _ = write!(
            out,
            "<th class=\"j\" title=\"{}\"><span>{} {}</span></th>",
            attr(&j.name),
            esc(&j.label),
            esc(&j.name)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for b in &m.standards {
        html_block(&mut out, m, b);
    }
    out.push_str("</tbody></table></div>\n");
    html_notes(&mut out, m);
    out.push_str("<p><small>Made by lexgap. Cells show each profile's assessment; the notes below the matrix give the reasons of every cell that is not full.</small></p>\n</body>\n</html>\n");
    out
}
