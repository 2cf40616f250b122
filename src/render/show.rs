//! Text forms of `lexgap standards` and `lexgap show`.

use std::fmt::Write;

use super::text::{Style, list_table, md_cell, table};
use crate::show::*;
use crate::standard::{Bound, ClauseKind, StandardKind};

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// `lexgap standards` as a table.
pub fn standards_table(rows: &[StandardSummary], style: &Style) -> String {
    let mut t = list_table(
        style,
        &[
            "id",
            "treaty",
            "title",
            "chapters",
            "articles",
            "provisions",
            "assessed",
            "reservations",
            "declarations",
            "source",
        ],
    );
    for r in rows {
        let mut source = r.origin.to_string();
        if !r.verified {
            source.push_str(", not verified");
        } else if r.unverified_provisions > 0 {
            source.push_str(&format!(", {} unverified", r.unverified_provisions));
        }
        t.add_row(vec![
            r.id.clone(),
            r.number.clone(),
            titled(&r.short_title, r.kind),
            r.chapters.to_string(),
            r.articles.to_string(),
            r.provisions.to_string(),
            r.assessable.to_string(),
            r.reservation_clauses.to_string(),
            r.declaration_clauses.to_string(),
            source,
        ]);
    }
    format!("{t}\n")
}

/// `lexgap standards` as Markdown.
pub fn standards_md(rows: &[StandardSummary]) -> String {
    let mut out = String::from(
        "| id | treaty | title | chapters | articles | provisions | assessable | reservations | declarations | source |\n|---|---|---|---:|---:|---:|---:|---:|---:|---|\n",
    );
    for r in rows {
        let verified = if r.verified { "" } else { ", not verified" };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {}{verified} |",
            r.id,
            md_cell(&r.number),
            md_cell(&titled(&r.short_title, r.kind)),
            r.chapters,
            r.articles,
            r.provisions,
            r.assessable,
            r.reservation_clauses,
            r.declaration_clauses,
            r.origin
        );
    }
    out
}

fn bound_words(bound: &Bound, unit: &str) -> String {
    match bound {
        Bound::Stated => "must be stated".to_string(),
        Bound::Equals(v) => format!("must be {v}"),
        other if unit.is_empty() => other.to_string(),
        other => format!("{other} {unit}"),
    }
}

fn check_line(c: &CheckView) -> String {
    let mut line = format!("{} {}", c.parameter, bound_words(&c.bound, &c.unit));
    for r in &c.relaxed {
        let kind = r.clause_kind.map_or("clause", ClauseKind::as_str);
        let _ = write!(
            line,
            "; {} where the Party made the {kind} under {}",
            bound_words(&r.bound, &c.unit),
            r.by
        );
    }
    if let Some(why) = &c.why {
        let _ = write!(line, " ({why})");
    }
    line
}

fn clause_line(c: &ClauseView) -> String {
    let mut line = format!("{} ({}): {}", c.reference, c.extent.as_str(), c.summary);
    if let Some(by) = &c.permitted_by {
        let _ = write!(line, " Permitted by {by}.");
    }
    if let Some(v) = &c.validity {
        line.push_str(&validity_words(v));
    }
    line
}

fn validity_words(v: &crate::show::ValidityView) -> String {
    format!(
        " Valid for {} years from the treaty's entry into force for the Party, renewable; unrenewed, it lapses {} months after it expires ({}).",
        v.years, v.grace_months, v.by
    )
}

fn link_line(l: &LinkView) -> String {
    if l.article_heading.is_empty() {
        format!("{} ({})", l.reference, l.standard)
    } else {
        format!("{} ({}, {})", l.reference, l.standard, l.article_heading)
    }
}

fn division_line(divisions: &[DivisionView]) -> String {
    divisions
        .iter()
        .map(|d| format!("{} {} {}", capitalise(d.level), d.number, d.heading))
        .collect::<Vec<_>>()
        .join(" › ")
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The labelled facts of a provision, shared by the table and Markdown forms.
fn provision_fields(v: &ProvisionView) -> Vec<(&'static str, Vec<String>)> {
    let mut status = vec![v.modality.to_string()];
    if !v.mandatory {
        status.push("not counted as a gap".into());
    }
    let mut fields: Vec<(&'static str, Vec<String>)> = vec![
        ("Summary", vec![v.summary.clone()]),
        ("Modality", vec![status.join(", ")]),
        ("Kind", vec![v.kind.to_string()]),
        ("Assessed", vec![yes_no(v.assessable).to_string()]),
    ];
    let mut caveats = Vec::new();
    if !v.official {
        caveats.push("synthetic ref: the treaty does not number this part".to_string());
    }
    if !v.verified {
        caveats.push("NOT VERIFIED against the official text".to_string());
    }
    if v.alternatives {
        caveats
            .push("its items are alternatives: implementing any one of them meets it".to_string());
    }
    let lists: [(&'static str, Vec<String>); 9] = [
        ("Caveats", caveats),
        (
            "Elements",
            v.elements
                .iter()
                .map(|e| {
                    let mut line =
                        format!("{}: {}{}", e.id, e.text, inherited(&e.from, &v.reference));
                    for x in &e.instead {
                        let _ = write!(
                            line,
                            "; or instead, only with the {} under {}, {}: {}",
                            x.clause_kind.map_or("clause", ClauseKind::as_str),
                            x.allowed_by,
                            x.id,
                            x.text
                        );
                    }
                    line
                })
                .collect(),
        ),
        (
            "May add",
            v.additional_elements
                .iter()
                .map(|e| {
                    format!(
                        "{}: {} (only with the {} under {})",
                        e.id,
                        e.text,
                        e.clause_kind.map_or("clause", ClauseKind::as_str),
                        e.allowed_by
                    )
                })
                .collect(),
        ),
        ("Checks", v.checks.iter().map(check_line).collect()),
        ("Reservations", clause_lines(v, ClauseKind::Reservation)),
        ("Declarations", clause_lines(v, ClauseKind::Declaration)),
        (
            "Crosswalk",
            v.see
                .iter()
                .map(link_line)
                .chain(v.external.iter().cloned())
                .collect(),
        ),
        ("Linked from", v.linked_from.iter().map(link_line).collect()),
        (
            "Tags",
            if v.tags.is_empty() {
                vec![]
            } else {
                vec![v.tags.join(", ")]
            },
        ),
    ];
    fields.extend(lists.into_iter().filter(|(_, l)| !l.is_empty()));
    let relations: Vec<String> = v
        .relations
        .iter()
        .map(|r| {
            let why = r
                .why
                .as_deref()
                .map(|w| format!(": {w}"))
                .unwrap_or_default();
            format!("{}{why}{}", r.relation, inherited(&r.from, &v.reference))
        })
        .collect();
    if !relations.is_empty() {
        fields.push(("Relations", relations));
    }
    if !v.derived_from.is_empty() {
        fields.push((
            "Derived from",
            vec![format!(
                "when the profile says nothing: the best result of {}",
                v.derived_from.join(", ")
            )],
        ));
    }
    if let Some(c) = &v.clause_of {
        fields.push((
            "Clause",
            vec![format!(
                "a {} clause. {}{}",
                c.kind.as_str(),
                c.summary,
                c.validity.as_ref().map(validity_words).unwrap_or_default()
            )],
        ));
    }
    if let Some(note) = &v.note {
        fields.push(("Note", vec![note.clone()]));
    }
    if !v.children.is_empty() {
        fields.push((
            "Items",
            v.children
                .iter()
                .map(|c| format!("{}: {}", c.reference, c.summary))
                .collect(),
        ));
    }
    fields
}

fn inherited(from: &str, me: &str) -> String {
    if from == me {
        String::new()
    } else {
        format!(" (from {from})")
    }
}

fn clause_lines(v: &ProvisionView, kind: ClauseKind) -> Vec<String> {
    v.clauses
        .iter()
        .filter(|c| c.kind == kind)
        .map(clause_line)
        .collect()
}

/// A title with the kind of text when it is not a treaty: `… [interpretive opinion, …]`.
fn titled(title: &str, kind: StandardKind) -> String {
    kind.label(title)
}

/// ` · Chapter …` after the standard's name, or nothing for a standard without chapters.
fn divisions_suffix(divisions: &[DivisionView]) -> String {
    if divisions.is_empty() {
        String::new()
    } else {
        format!(" · {}", division_line(divisions))
    }
}

fn provision_header(v: &ProvisionView) -> String {
    format!(
        "{} — Art. {} {}\n{} ({}){}\n",
        v.reference,
        v.article,
        v.article_heading,
        titled(&v.standard.short_title, v.standard.kind),
        v.standard.number,
        divisions_suffix(&v.divisions)
    )
}

fn provision_table(v: &ProvisionView, style: &Style) -> String {
    let mut t = table(style, &[]);
    for (label, lines) in provision_fields(v) {
        t.add_row(vec![label.to_string(), lines.join("\n")]);
    }
    format!("{}\n{t}\n", provision_header(v))
}

fn provision_md(v: &ProvisionView, level: &str) -> String {
    let mut out = format!(
        "{level} {} — Art. {} {}\n\n",
        v.reference,
        md_cell(&v.article),
        md_cell(&v.article_heading)
    );
    let _ = writeln!(
        out,
        "{} ({}){}\n",
        md_cell(&titled(&v.standard.short_title, v.standard.kind)),
        md_cell(&v.standard.number),
        md_cell(&divisions_suffix(&v.divisions))
    );
    for (label, lines) in provision_fields(v) {
        if lines.len() == 1 {
            let _ = writeln!(out, "- **{label}:** {}", md_cell(&lines[0]));
        } else {
            let _ = writeln!(out, "- **{label}:**");
            for l in lines {
                let _ = writeln!(out, "  - {}", md_cell(&l));
            }
        }
    }
    out.push('\n');
    out
}

fn briefs_table(rows: &[ProvisionBrief], style: &Style) -> String {
    let mut t = table(style, &["ref", "article", "modality", "summary"]);
    for b in rows {
        let mut summary = b.summary.clone();
        if !b.verified {
            summary.push_str(" [not verified]");
        }
        let modality = if b.assessable {
            b.modality.to_string()
        } else {
            format!("{} (not assessed)", b.modality)
        };
        t.add_row(vec![
            b.reference.clone(),
            b.article_heading.clone(),
            modality,
            summary,
        ]);
    }
    format!("{t}\n")
}

fn briefs_md(rows: &[ProvisionBrief]) -> String {
    let mut out = String::from(
        "| ref | article | modality | kind | assessed | summary |\n|---|---|---|---|---|---|\n",
    );
    for b in rows {
        let flag = if b.verified { "" } else { " [not verified]" };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {}{flag} |",
            b.reference,
            md_cell(&b.article_heading),
            b.modality,
            b.kind,
            yes_no(b.assessable),
            md_cell(&b.summary)
        );
    }
    out
}

fn articles_table(rows: &[ArticleBrief], style: &Style) -> String {
    let mut t = table(style, &["ref", "heading", "provisions", "assessable"]);
    for a in rows {
        t.add_row(vec![
            a.reference.clone(),
            a.heading.clone(),
            a.provisions.to_string(),
            a.assessable.to_string(),
        ]);
    }
    format!("{t}\n")
}

fn articles_md(rows: &[ArticleBrief]) -> String {
    let mut out =
        String::from("| ref | heading | provisions | assessable |\n|---|---|---:|---:|\n");
    for a in rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            a.reference,
            md_cell(&a.heading),
            a.provisions,
            a.assessable
        );
    }
    out
}

fn standard_header(v: &StandardView) -> String {
    let m = &v.meta;
    let mut out = format!(
        "{} ({}) — {}\n{}\n",
        titled(&m.short_title, m.kind),
        m.number,
        m.id,
        m.title
    );
    let mut facts = Vec::new();
    if let Some(d) = &m.opened {
        let at = m
            .opened_at
            .as_deref()
            .map(|p| format!(" at {p}"))
            .unwrap_or_default();
        facts.push(format!("opened for signature {d}{at}"));
    }
    if let Some(d) = &m.in_force {
        facts.push(format!("in force {d}"));
    }
    if let Some(d) = &m.adopted {
        facts.push(format!("adopted {d}"));
    }
    if let Some(i) = &m.interprets {
        facts.push(format!("interprets `{i}`"));
    }
    if let Some(b) = &m.monitoring_body {
        facts.push(format!("monitoring: {b}"));
    }
    if !facts.is_empty() {
        let _ = writeln!(out, "{}", facts.join("; "));
    }
    if let Some(u) = &m.source_url {
        let _ = writeln!(out, "source: {u}");
    }
    if !m.verified {
        out.push_str("NOT VERIFIED: this model has not been checked against the official text.\n");
    }
    let s = &v.summary;
    let _ = writeln!(
        out,
        "{} chapters, {} articles, {} provisions ({} assessed)",
        s.chapters, s.articles, s.provisions, s.assessable
    );
    out
}

fn clause_listing_lines(
    list: &[ClauseListing],
    closed_by: &Option<String>,
    kind: &str,
) -> Vec<String> {
    let mut lines: Vec<String> = list
        .iter()
        .map(|c| {
            let targets: Vec<String> = c
                .affects
                .iter()
                .map(|(r, e)| format!("{r} ({})", e.as_str()))
                .collect();
            format!(
                "{}: {} Affects {}.",
                c.reference,
                c.summary,
                targets.join(", ")
            )
        })
        .collect();
    if let Some(by) = closed_by {
        lines.push(format!("No other {kind} is permitted ({by})."));
    }
    lines
}

/// The permitted reservations and declarations of a standard, as (title, lines), non-empty only.
fn permitted_clauses(v: &StandardView) -> Vec<(&'static str, Vec<String>)> {
    [
        (
            "Reservations permitted",
            &v.reservations,
            &v.reservations_closed_by,
            "reservation",
        ),
        (
            "Declarations permitted",
            &v.declarations,
            &v.declarations_closed_by,
            "declaration",
        ),
    ]
    .into_iter()
    .filter(|(_, list, _, _)| !list.is_empty())
    .map(|(title, list, closed, kind)| (title, clause_listing_lines(list, closed, kind)))
    .collect()
}

/// `lexgap show` as terminal text.
pub fn view_table(view: &View, style: &Style) -> String {
    match view {
        View::Provision(v) => provision_table(v, style),
        View::Article(a) => {
            let mut out = format!(
                "{} — {}\n{} · {}\n",
                a.reference,
                a.heading,
                a.standard,
                division_line(&a.divisions)
            );
            for p in &a.provisions {
                out.push('\n');
                out.push_str(&provision_table(p, style));
            }
            out
        }
        View::Chapter(c) => {
            let mut out = format!(
                "{} — Chapter {} {}\n{}\n",
                c.reference, c.chapter.number, c.chapter.heading, c.standard
            );
            for p in &c.parts {
                let indent = if p.level == "title" { "    " } else { "  " };
                let _ = writeln!(
                    out,
                    "{indent}{} {} {}",
                    capitalise(p.level),
                    md_cell(&p.number),
                    md_cell(&p.heading)
                );
            }
            out.push_str(&articles_table(&c.articles, style));
            out
        }
        View::Standard(v) => {
            let mut out = standard_header(v);
            for c in &v.chapters {
                let _ = writeln!(
                    out,
                    "\nChapter {} — {}",
                    c.chapter.number, c.chapter.heading
                );
                out.push_str(&articles_table(&c.articles, style));
            }
            for (title, lines) in permitted_clauses(v) {
                let _ = writeln!(out, "\n{title}:");
                for l in lines {
                    let _ = writeln!(out, "  - {l}");
                }
            }
            out
        }
        View::Tagged(t) => {
            let mut out = format!(
                "Topic `{}` in {}: {} provisions\n{}\n",
                t.tag,
                t.scope,
                t.provisions.len(),
                t.description
            );
            out.push_str(&briefs_table(&t.provisions, style));
            if !t.notes.is_empty() {
                out.push_str("\nSources and readings:\n");
                for (r, note) in &t.notes {
                    let _ = writeln!(out, "  - {r}: {note}");
                }
            }
            out
        }
    }
}

/// `lexgap show` as Markdown.
pub fn view_md(view: &View) -> String {
    match view {
        View::Provision(v) => provision_md(v, "#"),
        View::Article(a) => {
            let mut out = format!(
                "# {} — {}\n\n{} · {}\n\n",
                a.reference,
                md_cell(&a.heading),
                md_cell(&a.standard),
                md_cell(&division_line(&a.divisions))
            );
            for p in &a.provisions {
                out.push_str(&provision_md(p, "##"));
            }
            out
        }
        View::Chapter(c) => {
            let mut out = format!(
                "# {} — Chapter {} {}\n\n{}\n\n",
                c.reference,
                md_cell(&c.chapter.number),
                md_cell(&c.chapter.heading),
                md_cell(&c.standard)
            );
            for p in &c.parts {
                let indent = if p.level == "title" { "  " } else { "" };
                let _ = writeln!(
                    out,
                    "{indent}- {} {} {}",
                    capitalise(p.level),
                    md_cell(&p.number),
                    md_cell(&p.heading)
                );
            }
            if !c.parts.is_empty() {
                out.push('\n');
            }
            out.push_str(&articles_md(&c.articles));
            out
        }
        View::Standard(v) => {
            let mut out = format!("# {}\n\n", md_cell(&v.meta.short_title));
            for line in standard_header(v).lines().skip(1) {
                let _ = writeln!(out, "{}  ", md_cell(line));
            }
            for c in &v.chapters {
                let _ = writeln!(
                    out,
                    "\n## Chapter {} — {}\n",
                    md_cell(&c.chapter.number),
                    md_cell(&c.chapter.heading)
                );
                out.push_str(&articles_md(&c.articles));
            }
            for (title, lines) in permitted_clauses(v) {
                let _ = writeln!(out, "\n## {title}\n");
                for l in lines {
                    let _ = writeln!(out, "- {}", md_cell(&l));
                }
            }
            out
        }
        View::Tagged(t) => {
            let mut out = format!(
                "# Topic `{}` in {}\n\n{}\n\n",
                t.tag,
                md_cell(&t.scope),
                md_cell(&t.description)
            );
            out.push_str(&briefs_md(&t.provisions));
            if !t.notes.is_empty() {
                out.push_str("\n## Sources and readings\n\n");
                for (r, note) in &t.notes {
                    let _ = writeln!(out, "- **{r}**: {note}");
                }
            }
            out
        }
    }
}

fn topic_line(s: &TopicInStandard) -> String {
    let n = s.provisions.len();
    format!(
        "{}: Art. {} ({n} provision{})",
        s.standard,
        s.articles.join(", "),
        if n == 1 { "" } else { "s" }
    )
}

/// `lexgap topics` as a table.
pub fn topics_table(rows: &[TopicView], style: &Style) -> String {
    let mut t = table(
        style,
        &["topic", "what it covers", "provisions per standard"],
    );
    for r in rows {
        let lines: Vec<String> = r.standards.iter().map(topic_line).collect();
        t.add_row(vec![
            r.id.clone(),
            r.summary.clone(),
            if lines.is_empty() {
                "none".into()
            } else {
                lines.join("\n")
            },
        ]);
    }
    format!("{t}\n")
}

/// `lexgap topics` as Markdown.
pub fn topics_md(rows: &[TopicView]) -> String {
    let mut out = String::from("# Topics\n");
    for r in rows {
        let _ = writeln!(out, "\n## {}\n\n{}\n", r.id, md_cell(&r.summary));
        if r.standards.is_empty() {
            out.push_str("No provisions.\n");
        }
        for s in &r.standards {
            let _ = writeln!(
                out,
                "- **{}** ({}): {}",
                s.standard,
                s.provisions.len(),
                s.provisions.join(", ")
            );
        }
    }
    out
}
