//! Monitoring output: the rounds listing, the round-scope statement, recommendations and their
//! follow-up. Every piece of profile text is escaped for HTML and Markdown.

use std::fmt::Write;

use html_escape::encode_text as esc;

use super::Format;
use super::text::{Style, list_table, md_cell};
use crate::monitoring::Monitoring;
use crate::monitoring::scope::RoundScope;

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
            md_cell(&b.verbs.join(" > ")),
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
        Format::Csv => text,
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
