//! Monitoring output: the rounds listing, the round-scope statement, recommendations and their
//! follow-up. Every piece of profile text is escaped for HTML and Markdown.

use std::fmt::Write;

use comfy_table::{ColumnConstraint, Width};
use html_escape::encode_text as esc;

use super::Format;
use super::text::{Style, list_table, md_cell, table};
use crate::monitoring::followup::{
    Cell, ChangeKind, FollowUpChange, FollowUpMatrix, MatrixRow, Review, ReviewItem,
};
use crate::monitoring::scope::RoundScope;
use crate::monitoring::{FollowUpStatus, Monitoring};

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

fn reports_text(r: &crate::monitoring::Round) -> String {
    if r.reports.is_empty() {
        return "—".into();
    }
    r.reports
        .iter()
        .map(|x| x.adopted.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn provisions_text(r: &crate::monitoring::Round) -> String {
    let mut refs: Vec<&str> = r
        .sections
        .iter()
        .flat_map(|s| s.provisions.iter().map(String::as_str))
        .collect();
    refs.dedup();
    let mut seen = Vec::new();
    for x in refs {
        if !seen.contains(&x) {
            seen.push(x);
        }
    }
    if seen.is_empty() {
        "(not recorded)".into()
    } else {
        seen.join(", ")
    }
}

fn verified_text(r: &crate::monitoring::Round) -> String {
    let unverified = r.sections.iter().filter(|s| !s.verified).count();
    match (r.verified, unverified) {
        (true, 0) => "yes".into(),
        (true, n) => format!("round yes; {n} section{} no", if n == 1 { "" } else { "s" }),
        (false, _) => "no".into(),
    }
}

/// The rounds as a terminal table, then each round's theme, sections and source.
pub fn rounds_table(m: &Monitoring, style: &Style) -> String {
    let mut t = list_table(
        style,
        &[
            "round",
            "body",
            "treaty",
            "launched",
            "reports adopted",
            "sections",
            "verified",
        ],
    );
    for r in &m.rounds {
        t.add_row(vec![
            r.id.clone(),
            r.label(&m.bodies),
            r.treaty.clone(),
            r.launched.clone().unwrap_or_else(|| "—".into()),
            reports_text(r),
            r.sections.len().to_string(),
            verified_text(r),
        ]);
    }
    let mut out = format!("{t}\n");
    for r in &m.rounds {
        let _ = writeln!(out, "\n{} — {}\n  {}", r.id, r.label(&m.bodies), r.theme);
        for s in &r.sections {
            let mark = if s.verified { "" } else { " [unverified]" };
            let _ = writeln!(out, "  • {}: {}{mark}", s.title, s.provisions.join(", "));
        }
        if r.sections.is_empty() {
            out.push_str("  • no questionnaire sections recorded\n");
        }
        let _ = writeln!(out, "  source: {}", r.source);
    }
    out.push_str("\nRecommendation verbs, most urgent first:\n");
    for b in &m.bodies {
        let _ = writeln!(
            out,
            "  {}: {} (verified: {}; source: {})",
            b.id,
            b.verbs.join(" > "),
            yes_no(b.verified),
            b.source
        );
    }
    out
}

/// The rounds as Markdown.
pub fn rounds_md(m: &Monitoring) -> String {
    let mut out = String::from(
        "# Monitoring rounds and assessments\n\n| Round | Body | Treaty | Theme | Launched | Reports | Provisions | Verified | Source |\n|---|---|---|---|---|---|---|---|---|\n",
    );
    for r in &m.rounds {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            md_cell(&r.id),
            md_cell(&r.label(&m.bodies)),
            md_cell(&r.treaty),
            md_cell(&r.theme),
            md_cell(r.launched.as_deref().unwrap_or("—")),
            md_cell(&reports_text(r)),
            md_cell(&provisions_text(r)),
            md_cell(&verified_text(r)),
            md_cell(&r.source)
        );
    }
    out.push_str("\n## Recommendation verbs, most urgent first\n\n");
    for b in &m.bodies {
        let _ = writeln!(
            out,
            "- **{}**: {} (verified: {}; source: {})",
            md_cell(&b.name),
            b.verbs
                .iter()
                .map(|v| md_cell(v))
                .collect::<Vec<_>>()
                .join(" > "),
            yes_no(b.verified),
            md_cell(&b.source)
        );
    }
    out
}

/// Adds the round-scope statement to a rendered report or comparison: above the text, after the
/// HTML heading, or as a `round` key in JSON. CSV stays a plain table.
pub fn decorate(text: String, format: Format, round: Option<&RoundScope>) -> String {
    let Some(r) = round else { return text };
    match format {
        Format::Table | Format::Md => format!("{}\n\n{text}", r.statement()),
        Format::Html => insert_after_h1(&text, &statement_html(&r.statement())),
        Format::Json => json_with(&text, "round", serde_json::to_value(r).expect("JSON")),
        Format::Csv
        | Format::Docx
        | Format::Xlsx
        | Format::SynopsisHtml
        | Format::SynopsisMd
        | Format::Instructions => text,
    }
}

/// Puts an HTML fragment right after the page's first heading (or at the top of the body).
pub fn insert_after_h1(html: &str, fragment: &str) -> String {
    let at = html
        .find("</h1>\n")
        .map(|i| i + "</h1>\n".len())
        .or_else(|| html.find("<body>\n").map(|i| i + "<body>\n".len()))
        .unwrap_or(0);
    format!("{}{fragment}{}", &html[..at], &html[at..])
}

/// Puts an HTML fragment before lexgap's footer line (or before `</body>`).
pub fn insert_before_footer(html: &str, fragment: &str) -> String {
    let at = html
        .find("<p><small>Made by lexgap")
        .or_else(|| html.find("</body>"))
        .unwrap_or(html.len());
    format!("{}{fragment}{}", &html[..at], &html[at..])
}

/// The round-scope statement as an HTML paragraph.
pub fn statement_html(statement: &str) -> String {
    let lines: Vec<String> = statement.lines().map(|l| esc(l).into_owned()).collect();
    format!("<p class=\"round\"><b>{}</b></p>\n", lines.join("<br>"))
}

/// Adds a key to a JSON object document (pretty, newline-terminated), keeping the rest.
pub fn json_with(doc: &str, key: &str, value: serde_json::Value) -> String {
    let mut v: serde_json::Value = serde_json::from_str(doc).expect("lexgap wrote this JSON");
    if let Some(obj) = v.as_object_mut() {
        obj.insert(key.to_string(), value);
    }
    super::json(&v)
}

fn status_text(status: Option<FollowUpStatus>, date: Option<&str>) -> String {
    match (status, date) {
        (Some(s), Some(d)) => format!("{} ({d})", s.words()),
        (Some(s), None) => s.words().to_string(),
        _ => "no follow-up yet".into(),
    }
}

fn verb_text(i: &ReviewItem) -> String {
    format!("{} ({}/{})", i.verb, i.urgency, i.scale)
}

fn flags(i: &ReviewItem) -> String {
    match (i.open, i.overdue) {
        (true, true) => "OPEN, OVERDUE".into(),
        (true, false) => "open".into(),
        _ => "closed".into(),
    }
}

fn review_heading(r: &Review) -> String {
    let at = r.as_of.as_ref().map_or_else(
        || " (the profile gives no as_of date, so none can be judged overdue)".to_string(),
        |d| format!(" at {d}"),
    );
    format!(
        "Recommendations: {} open of {}, {} overdue{at} (urgency 1 = the body's most urgent verb)",
        r.open,
        r.items.len(),
        r.overdue
    )
}

/// The recommendations section as terminal text: the table, what each asks, points to check.
pub fn review_table(r: &Review, style: &Style) -> String {
    let mut t = table(
        style,
        &[
            "recommendation",
            "verb (urgency)",
            "provisions",
            "issued / due",
            "latest follow-up, state",
        ],
    );
    for i in &r.items {
        let name = match &i.round {
            Some(round) => format!("{} {}\n{round}", i.body_name, i.id),
            None => format!("{} {}", i.body_name, i.id),
        };
        let latest = match (i.status, &i.status_date) {
            (Some(s), Some(d)) => format!("{} ({d})", s.words()),
            _ => "no follow-up yet".into(),
        };
        t.add_row(vec![
            name,
            verb_text(i),
            i.provisions.join("\n"),
            format!(
                "{}\n{}",
                i.issued,
                i.due.as_deref().unwrap_or("no due date")
            ),
            format!("{latest}\n{}", flags(i)),
        ]);
    }
    // Keep references, verbs and states on one line; the recommendation name wraps instead.
    for (col, width) in [(1, 13), (2, 18), (3, 12), (4, 30)] {
        if let Some(c) = t.column_mut(col) {
            c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(width)));
        }
    }
    let mut out = format!("\n{}\n{t}\n", review_heading(r));
    if r.items.iter().any(|i| i.text.is_some()) {
        out.push_str("What they ask:\n");
        for i in &r.items {
            if let Some(text) = &i.text {
                let _ = writeln!(out, "  • {} {}: {text}", i.body_name, i.id);
            }
        }
    }
    if !r.conflicts.is_empty() {
        out.push_str("Points to check:\n");
        for c in &r.conflicts {
            let _ = writeln!(out, "  • {}", c.message);
        }
    }
    out
}

/// The recommendations section as Markdown.
pub fn review_md(r: &Review) -> String {
    let mut out = format!(
        "\n## {}\n\n| Recommendation | Verb (urgency) | Provisions | Issued | Due | Latest follow-up | State |\n|---|---|---|---|---|---|---|\n",
        md_cell(&review_heading(r))
    );
    for i in &r.items {
        let name = match &i.text {
            Some(t) => format!("{} {}: {t}", i.body_name, i.id),
            None => format!("{} {}", i.body_name, i.id),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            md_cell(&name),
            md_cell(&verb_text(i)),
            md_cell(&i.provisions.join(", ")),
            md_cell(&i.issued),
            md_cell(i.due.as_deref().unwrap_or("—")),
            md_cell(&status_text(i.status, i.status_date.as_deref())),
            md_cell(&flags(i))
        );
    }
    if !r.conflicts.is_empty() {
        out.push_str("\n**Points to check**\n\n");
        for c in &r.conflicts {
            let _ = writeln!(out, "- {}", md_cell(&c.message));
        }
    }
    out
}

/// The recommendations section as HTML.
pub fn review_html(r: &Review) -> String {
    let mut out = format!(
        "<h2>{}</h2>\n<table>\n<tr><th>Recommendation</th><th>Verb (urgency)</th><th>Provisions</th><th>Issued</th><th>Due</th><th>Latest follow-up</th><th>State</th></tr>\n",
        esc(&review_heading(r))
    );
    for i in &r.items {
        let class = if i.overdue {
            "none"
        } else if i.open {
            "partial"
        } else {
            "full"
        };
        let text = i
            .text
            .as_ref()
            .map(|t| format!("<br>{}", esc(t)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<tr class=\"{class}\"><td>{} {}{text}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"st\">{}</td></tr>",
            esc(&i.body_name),
            esc(&i.id),
            esc(&verb_text(i)),
            esc(&i.provisions.join(", ")),
            esc(&i.issued),
            esc(i.due.as_deref().unwrap_or("—")),
            esc(&status_text(i.status, i.status_date.as_deref())),
            esc(&flags(i))
        );
    }
    out.push_str("</table>\n");
    if !r.conflicts.is_empty() {
        out.push_str("<h3>Points to check</h3>\n<ul>\n");
        for c in &r.conflicts {
            let _ = writeln!(out, "<li>{}</li>", esc(&c.message));
        }
        out.push_str("</ul>\n");
    }
    out
}

/// Adds the recommendations section to a rendered report (CSV stays the provision table).
pub fn with_review(text: String, format: Format, review: Option<&Review>, style: &Style) -> String {
    let Some(r) = review else { return text };
    match format {
        Format::Table => format!("{text}{}", review_table(r, style)),
        Format::Md => format!("{text}{}", review_md(r)),
        Format::Html => insert_before_footer(&text, &review_html(r)),
        Format::Json => json_with(
            &text,
            "recommendations",
            serde_json::to_value(r).expect("JSON"),
        ),
        Format::Csv
        | Format::Docx
        | Format::Xlsx
        | Format::SynopsisHtml
        | Format::SynopsisMd
        | Format::Instructions => text,
    }
}

fn change_line(c: &FollowUpChange) -> String {
    let s = |x: Option<FollowUpStatus>| x.map_or("no follow-up", FollowUpStatus::words);
    let what = match c.change {
        ChangeKind::Added => format!("new, {}", s(c.to)),
        ChangeKind::Removed => format!("no longer listed (was {})", s(c.from)),
        ChangeKind::StatusChanged => format!("{} → {}", s(c.from), s(c.to)),
        ChangeKind::FollowedUp => format!("still {}", s(c.to)),
    };
    let entries = if c.new_entries.is_empty() {
        String::new()
    } else {
        format!(" [new follow-up: {}]", c.new_entries.join("; "))
    };
    format!("{} {}: {what}{entries}", c.body_name, c.id)
}

/// Adds the follow-up changes to a rendered diff.
pub fn with_changes(text: String, format: Format, changes: &[FollowUpChange]) -> String {
    if changes.is_empty() {
        return text;
    }
    let lines: Vec<String> = changes.iter().map(change_line).collect();
    match format {
        Format::Table => {
            let mut out = format!("{text}\nRecommendations: follow-up changes\n");
            for l in &lines {
                let _ = writeln!(out, "  • {l}");
            }
            out
        }
        Format::Md => {
            let mut out = format!("{text}\n## Recommendations: follow-up changes\n\n");
            for l in &lines {
                let _ = writeln!(out, "- {}", md_cell(l));
            }
            out
        }
        Format::Html => {
            let items: String = lines
                .iter()
                .map(|l| format!("<li>{}</li>\n", esc(l)))
                .collect();
            insert_before_footer(
                &text,
                &format!("<h2>Recommendations: follow-up changes</h2>\n<ul>\n{items}</ul>\n"),
            )
        }
        Format::Json => json_with(
            &text,
            "recommendations",
            serde_json::to_value(changes).expect("JSON"),
        ),
        Format::Csv
        | Format::Docx
        | Format::Xlsx
        | Format::SynopsisHtml
        | Format::SynopsisMd
        | Format::Instructions => text,
    }
}

/// A matrix cell in words (`ascii` for a plain-ASCII terminal).
pub fn cell_text(c: &Cell) -> String {
    let late = |o: bool| if o { ", overdue" } else { "" };
    match c {
        Cell::NotAddressed => "—".into(),
        Cell::NoFollowUp { overdue } => format!("no follow-up{}", late(*overdue)),
        Cell::Status {
            status,
            date,
            overdue,
        } => format!("{} ({date}){}", status.words(), late(*overdue)),
    }
}

fn row_name(r: &MatrixRow) -> String {
    format!("{} {} ({})", r.body_name, r.id, r.verb)
}

const FICTIONAL: &str =
    "Fictional example jurisdictions: invented for demonstration, they describe no real country.";

/// The follow-up matrix as a terminal table (`-` instead of `—` with `--ascii`).
pub fn matrix_table(m: &FollowUpMatrix, style: &Style) -> String {
    let dash = if style.ascii { "-" } else { "—" };
    let mut header: Vec<&str> = vec!["recommendation", "provisions"];
    header.extend(m.columns.iter().map(|c| c.label.as_str()));
    let mut t = table(style, &header);
    for r in &m.rows {
        let mut row = vec![row_name(r), r.provisions.join("\n")];
        row.extend(r.cells.iter().map(|c| cell_text(c).replace('—', dash)));
        t.add_row(row);
    }
    let mut out =
        format!("Follow-up of recommendations by jurisdiction ({dash} not addressed to it)\n");
    if m.fictional {
        let _ = writeln!(out, "{FICTIONAL}");
    }
    let _ = writeln!(out, "{t}");
    out
}

/// The follow-up matrix as Markdown.
pub fn matrix_md(m: &FollowUpMatrix) -> String {
    let mut out = String::from("# Follow-up of recommendations by jurisdiction\n\n");
    if m.fictional {
        let _ = writeln!(out, "{FICTIONAL}\n");
    }
    out.push_str("| Recommendation | Provisions |");
    for c in &m.columns {
        let _ = write!(out, " {} |", md_cell(&c.label));
    }
    out.push_str("\n|---|---|");
    out.push_str(&"---|".repeat(m.columns.len()));
    out.push('\n');
    for r in &m.rows {
        let _ = write!(
            out,
            "| {} | {} |",
            md_cell(&row_name(r)),
            md_cell(&r.provisions.join(", "))
        );
        for c in &r.cells {
            let _ = write!(out, " {} |", md_cell(&cell_text(c)));
        }
        out.push('\n');
    }
    out
}

/// The follow-up matrix as CSV: one row per recommendation, one column per profile.
pub fn matrix_csv(m: &FollowUpMatrix) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "body".to_string(),
        "id".into(),
        "round".into(),
        "verb".into(),
        "provisions".into(),
    ];
    header.extend(m.columns.iter().map(|c| c.label.clone()));
    w.write_record(&header).expect("CSV to memory");
    for r in &m.rows {
        let mut rec = vec![
            r.body.clone(),
            r.id.clone(),
            r.round.clone().unwrap_or_default(),
            r.verb.clone(),
            r.provisions.join(" "),
        ];
        rec.extend(r.cells.iter().map(|c| match c {
            Cell::NotAddressed => String::new(),
            Cell::NoFollowUp { overdue } => {
                format!("no-follow-up{}", if *overdue { ";overdue" } else { "" })
            }
            Cell::Status {
                status, overdue, ..
            } => format!(
                "{}{}",
                status.as_str(),
                if *overdue { ";overdue" } else { "" }
            ),
        }));
        w.write_record(&rec).expect("CSV to memory");
    }
    String::from_utf8(w.into_inner().expect("CSV to memory")).expect("UTF-8 CSV")
}

/// The follow-up matrix as one self-contained HTML page.
pub fn matrix_html(m: &FollowUpMatrix) -> String {
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>lexgap follow-up of recommendations</title>\n<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#111}table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#eee}.implemented{background:#d4eed4}.partially-implemented{background:#fbe9b7}.not-implemented{background:#f8d0d0}.no-information,.no-follow-up{background:#e6dcf2}.fictional{border:2px dashed #555;padding:.5rem}</style>\n</head>\n<body>\n<h1>Follow-up of recommendations by jurisdiction</h1>\n",
    );
    if m.fictional {
        let _ = writeln!(out, "<p class=\"fictional\">{}</p>", esc(FICTIONAL));
    }
    out.push_str("<table>\n<tr><th>Recommendation</th><th>Provisions</th>");
    for c in &m.columns {
        let _ = write!(out, "<th>{}</th>", esc(&c.label));
    }
    out.push_str("</tr>\n");
    for r in &m.rows {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td>",
            esc(&row_name(r)),
            esc(&r.provisions.join(", "))
        );
        for c in &r.cells {
            let class = match c {
                Cell::NotAddressed => "",
                Cell::NoFollowUp { .. } => "no-follow-up",
                Cell::Status { status, .. } => status.as_str(),
            };
            let _ = write!(out, "<td class=\"{class}\">{}</td>", esc(&cell_text(c)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n<p><small>Made by lexgap.</small></p>\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_go_after_the_heading_and_before_the_footer() {
        let page = "<body>\n<h1>T</h1>\n<p>x</p>\n<p><small>Made by lexgap.</small></p>\n</body>";
        let a = insert_after_h1(page, "<p>A</p>\n");
        assert!(a.contains("<h1>T</h1>\n<p>A</p>\n<p>x</p>"));
        let b = insert_before_footer(page, "<h2>R</h2>\n");
        assert!(b.contains("<p>x</p>\n<h2>R</h2>\n<p><small>Made"));
    }

    #[test]
    fn statements_are_escaped_in_html() {
        assert_eq!(
            statement_html("a <b> & c"),
            "<p class=\"round\"><b>a &lt;b&gt; &amp; c</b></p>\n"
        );
    }
}
