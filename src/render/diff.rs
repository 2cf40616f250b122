//! `lexgap diff` as terminal text, Markdown and HTML (JSON is the serde form).

use std::fmt::Write;

use crate::escape::html_text as esc;

use super::emphasis::{Mark, marked_line};
use super::text::{Style, md_cell, table};
use crate::diff::{Direction, Piece, ProfileDiff};

fn version(j: &crate::profile::Jurisdiction) -> String {
    let mut s = format!("{} ({})", j.name, j.code);
    if let Some(d) = &j.as_of {
        let _ = write!(s, " as of {d}");
    }
    if let Some(v) = &j.version {
        let _ = write!(s, ", {v}");
    }
    s
}

fn status(s: Option<crate::assess::Status>) -> &'static str {
    s.map_or("not assessed", |s| s.as_str())
}

fn score(s: Option<f64>) -> String {
    s.map_or("n/a".into(), |x| format!("{x:.1}%"))
}

fn delta(old: Option<f64>, new: Option<f64>) -> String {
    match (old, new) {
        (Some(a), Some(b)) => format!("{:+.1}", b - a),
        _ => String::new(),
    }
}

fn direction(d: Direction) -> &'static str {
    match d {
        Direction::Improved => "improved",
        Direction::Regressed => "regressed",
        Direction::Unchanged => "unchanged",
    }
}

/// A redline in plain text: `[-deleted-]{+inserted+}`, or ANSI colours.
pub fn pieces_text(pieces: &[Piece], color: bool) -> String {
    pieces
        .iter()
        .map(|p| match (p.op, color) {
            ("delete", false) => format!("[-{}-]", p.text),
            ("insert", false) => format!("{{+{}+}}", p.text),
            ("delete", true) => format!("\x1b[31;9m{}\x1b[0m", p.text),
            ("insert", true) => format!("\x1b[32;4m{}\x1b[0m", p.text),
            _ => p.text.clone(),
        })
        .collect()
}

/// A redline in Markdown, on one line: deleted words struck through, inserted words in bold
/// (see [`emphasis`](super::emphasis)).
fn pieces_md(pieces: &[Piece]) -> String {
    let stretches: Vec<(Mark, String)> = pieces
        .iter()
        .map(|p| {
            let mark = match p.op {
                "delete" => Mark::Removed,
                "insert" => Mark::Added,
                _ => Mark::Plain,
            };
            (mark, p.text.trim_end_matches('\n').replace('\n', " "))
        })
        .collect();
    marked_line(&stretches)
}

fn pieces_html(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p.op {
            "delete" => format!("<del>{}</del>", esc(&p.text)),
            "insert" => format!("<ins>{}</ins>", esc(&p.text)),
            _ => esc(&p.text).into_owned(),
        })
        .collect()
}

fn treaty_lines(d: &ProfileDiff) -> Vec<String> {
    d.treaties
        .iter()
        .flat_map(|t| {
            t.changes
                .iter()
                .map(move |c| format!("{}: {c}", t.standard))
        })
        .collect()
}

fn parameter_lines(d: &ProfileDiff) -> Vec<String> {
    d.parameters
        .iter()
        .map(|p| {
            let v = |x: Option<crate::standard::ParamValue>| {
                x.map_or("not stated".into(), |v| v.to_string())
            };
            let mut line = format!("{}: {} → {}", p.parameter, v(p.old), v(p.new));
            if !p.checks_now_met.is_empty() {
                let _ = write!(line, "; check now met by {}", p.checks_now_met.join(", "));
            }
            if !p.checks_now_failed.is_empty() {
                let _ = write!(
                    line,
                    "; check now failed by {}",
                    p.checks_now_failed.join(", ")
                );
            }
            line
        })
        .collect()
}

fn entry_lines(e: &crate::diff::EntryChange) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some((a, b)) = &e.note {
        lines.push(format!(
            "note changed: “{}” → “{}”",
            a.as_deref().unwrap_or("no note"),
            b.as_deref().unwrap_or("no note")
        ));
    }
    if let Some((a, b)) = &e.declared {
        lines.push(format!(
            "declared status {} → {}",
            a.as_deref().unwrap_or("none given"),
            b.as_deref().unwrap_or("none given")
        ));
    }
    for (label, list) in [
        ("elements added", &e.elements_added),
        ("elements removed", &e.elements_removed),
        ("citations added", &e.by_added),
        ("citations removed", &e.by_removed),
    ] {
        if !list.is_empty() {
            lines.push(format!("{label}: {}", list.join(", ")));
        }
    }
    lines
}

/// The diff as terminal text.
pub fn diff_table(d: &ProfileDiff, style: &Style) -> String {
    let mut out = format!(
        "Changes from {}\n          to {}\n{}\n",
        version(&d.old),
        version(&d.new),
        scope_line(d)
    );
    let s = &d.summary;
    let _ = writeln!(
        out,
        "{} improved, {} regressed, {} unchanged",
        s.improved, s.regressed, s.unchanged
    );
    let mut t = table(
        style,
        &["standard", "score before", "score after", "change"],
    );
    for c in &d.scores {
        t.add_row(vec![
            c.standard.clone(),
            score(c.old),
            score(c.new),
            delta(c.old, c.new),
        ]);
    }
    let _ = writeln!(out, "{t}");
    if !d.statuses.is_empty() {
        let mut t = table(
            style,
            &[
                "provision",
                "before",
                "after",
                "change",
                "why before",
                "why now",
            ],
        );
        for c in &d.statuses {
            let optional = if c.mandatory { "" } else { " (optional)" };
            t.add_row(vec![
                format!("{}{optional}", c.label),
                status(c.old).into(),
                status(c.new).into(),
                direction(c.direction).into(),
                c.why_before.join("\n"),
                c.why_now.join("\n"),
            ]);
        }
        let _ = writeln!(out, "\nStatus changes\n{t}");
    }
    for (title, lines) in [
        ("Treaties", treaty_lines(d)),
        ("Parameters", parameter_lines(d)),
    ] {
        if !lines.is_empty() {
            let _ = writeln!(out, "\n{title}");
            for l in lines {
                let _ = writeln!(out, "  - {l}");
            }
        }
    }
    if !d.entries.is_empty() {
        out.push_str("\nProvisions in the profile\n");
        for e in &d.entries {
            let _ = writeln!(out, "  {}", e.reference);
            for l in entry_lines(e) {
                let _ = writeln!(out, "    - {l}");
            }
            if let Some(p) = &e.text {
                let _ = writeln!(
                    out,
                    "    text: {}",
                    pieces_text(p, style.color)
                        .trim_end()
                        .replace('\n', "\n          ")
                );
            }
        }
    }
    out
}

/// The scope in words.
fn scope_line(d: &ProfileDiff) -> String {
    super::text::scope_statement(&d.scope)
}

/// The diff as Markdown.
pub fn diff_md(d: &ProfileDiff) -> String {
    let mut out = format!(
        "# Changes\n\n- from: {}\n- to: {}\n\n{}\n\n",
        md_cell(&version(&d.old)),
        md_cell(&version(&d.new)),
        md_cell(&scope_line(d))
    );
    let s = &d.summary;
    let _ = writeln!(
        out,
        "{} improved, {} regressed, {} unchanged.\n",
        s.improved, s.regressed, s.unchanged
    );
    out.push_str("| standard | score before | score after | change |\n|---|---:|---:|---:|\n");
    for c in &d.scores {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            c.standard,
            score(c.old),
            score(c.new),
            delta(c.old, c.new)
        );
    }
    if !d.statuses.is_empty() {
        out.push_str("\n## Status changes\n\n| provision | before | after | change | why before | why now |\n|---|---|---|---|---|---|\n");
        for c in &d.statuses {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                md_cell(&c.label),
                status(c.old),
                status(c.new),
                direction(c.direction),
                md_cell(&c.why_before.join("; ")),
                md_cell(&c.why_now.join("; "))
            );
        }
    }
    for (title, lines) in [
        ("Treaties", treaty_lines(d)),
        ("Parameters", parameter_lines(d)),
    ] {
        if !lines.is_empty() {
            let _ = writeln!(out, "\n## {title}\n");
            for l in lines {
                let _ = writeln!(out, "- {}", md_cell(&l));
            }
        }
    }
    if !d.entries.is_empty() {
        out.push_str("\n## Provisions in the profile\n");
        for e in &d.entries {
            let _ = writeln!(out, "\n### {}\n", e.reference);
            for l in entry_lines(e) {
                let _ = writeln!(out, "- {}", md_cell(&l));
            }
            if let Some(p) = &e.text {
                let _ = writeln!(out, "- text: {}", pieces_md(p).trim());
            }
        }
    }
    out
}

const CSS: &str = "body{font-family:system-ui,sans-serif;margin:2rem;max-width:75rem;color:#111}\
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}\
th{background:#eee}.improved{background:#d4eed4}.regressed{background:#f8d0d0}\
del{background:#f8d0d0;text-decoration:line-through}ins{background:#d4eed4;text-decoration:underline}\
.text{white-space:pre-wrap;border-left:3px solid #999;padding-left:.6rem}";

/// The diff as one self-contained HTML page.
pub fn diff_html(d: &ProfileDiff) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>lexgap diff</title>\n<style>{CSS}</style>\n</head>\n<body>\n<h1>Changes</h1>\n<p>From {}<br>to {}</p>\n<p>{}</p>\n",
        esc(&version(&d.old)),
        esc(&version(&d.new)),
        esc(&scope_line(d))
    );
    let s = &d.summary;
    let _ = writeln!(
        out,
        "<p>{} improved, {} regressed, {} unchanged.</p>",
        s.improved, s.regressed, s.unchanged
    );
    out.push_str("<table><tr><th>Standard</th><th>Score before</th><th>Score after</th><th>Change</th></tr>\n");
    for c in &d.scores {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&c.standard),
            score(c.old),
            score(c.new),
            delta(c.old, c.new)
        );
    }
    out.push_str("</table>\n");
    if !d.statuses.is_empty() {
        out.push_str("<h2>Status changes</h2>\n<table><tr><th>Provision</th><th>Before</th><th>After</th><th>Change</th><th>Why before</th><th>Why now</th></tr>\n");
        for c in &d.statuses {
            let lines = |list: &[String]| -> String {
                list.iter().map(|r| format!("{}<br>", esc(r))).collect()
            };
            let (before, why) = (lines(&c.why_before), lines(&c.why_now));
            let _ = writeln!(
                out,
                "<tr class=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{before}</td><td>{why}</td></tr>",
                direction(c.direction),
                esc(&c.label),
                status(c.old),
                status(c.new),
                direction(c.direction)
            );
        }
        out.push_str("</table>\n");
    }
    for (title, lines) in [
        ("Treaties", treaty_lines(d)),
        ("Parameters", parameter_lines(d)),
    ] {
        if !lines.is_empty() {
            let _ = writeln!(out, "<h2>{title}</h2>\n<ul>");
            for l in lines {
                let _ = writeln!(out, "<li>{}</li>", esc(&l));
            }
            out.push_str("</ul>\n");
        }
    }
    if !d.entries.is_empty() {
        out.push_str("<h2>Provisions in the profile</h2>\n");
        for e in &d.entries {
            let _ = writeln!(out, "<h3>{}</h3>\n<ul>", esc(&e.reference));
            for l in entry_lines(e) {
                let _ = writeln!(out, "<li>{}</li>", esc(&l));
            }
            out.push_str("</ul>\n");
            if let Some(p) = &e.text {
                let _ = writeln!(out, "<div class=\"text\">{}</div>", pieces_html(p));
            }
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}
