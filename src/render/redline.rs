//! The redline of two texts in every format: terminal text, Markdown, HTML, JSON.
//!
//! Every format shows the summary, the runs of renumbered sections, and each section that was
//! added, removed, changed or moved (sections only renumbered are covered by their run). The
//! JSON form is the serde form of [`Redline`], operations included.

use std::fmt::Write;

use super::emphasis::{self, Mark};
use super::text::csv_record;
use crate::escape::html_text as esc;

use crate::redline::{FragmentKind, Hunk, LevelCounts, Redline, SectionChange, Status};

/// How to present a redline: the names of the two texts compared.
#[derive(Clone, Debug, Default)]
pub struct View {
    /// Name of the old text (a file name or `--old-label`).
    pub old_name: Option<String>,
    /// Name of the new text.
    pub new_name: Option<String>,
}

impl View {
    /// `old.txt → new.txt`, when both names are known.
    fn compared(&self) -> Option<String> {
        match (&self.old_name, &self.new_name) {
            (Some(a), Some(b)) => Some(format!("{a} → {b}")),
            _ => None,
        }
    }
}

fn counts(c: &LevelCounts) -> String {
    format!(
        "{} divisions, {} articles, {} paragraphs, {} items",
        c.divisions, c.articles, c.paragraphs, c.items
    )
}

/// `Recognised: Dutch (Artikel, lid), articles marked by keywords; old: …; new: …`.
fn structure_line(r: &Redline) -> String {
    let s = &r.structure;
    if s.articles_marked_by == "none" {
        return format!(
            "Recognised: no article headings; old: {}; new: {}",
            counts(&s.old),
            counts(&s.new)
        );
    }
    format!(
        "Recognised: {} style, articles marked by {}; old: {}; new: {}",
        s.style,
        s.articles_marked_by,
        counts(&s.old),
        counts(&s.new)
    )
}

/// Where a hunk lies: `Artikel 240b, lid 1 (line 12 → 13)`.
fn hunk_at(h: &Hunk) -> String {
    if h.address.is_empty() {
        format!("line {} → {}", h.old_line, h.new_line)
    } else {
        format!("{} (line {} → {})", h.address, h.old_line, h.new_line)
    }
}

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// The entries worth showing: everything but unchanged in-order sections.
fn shown(r: &Redline) -> impl Iterator<Item = &SectionChange> {
    r.sections
        .iter()
        .filter(|c| c.status != Status::Unchanged || c.moved)
}

fn summary_line(r: &Redline) -> String {
    let s = &r.summary;
    format!(
        "{} added, {} removed, {} changed, {} moved, {} renumbered ({} run{}), {} unchanged",
        s.added,
        s.removed,
        s.changed,
        s.moved,
        s.renumbered,
        s.renumbering_runs,
        if s.renumbering_runs == 1 { "" } else { "s" },
        s.unchanged
    )
}

/// `Section 5 → Section 6`, or one label when it did not change.
fn labels(c: &SectionChange) -> String {
    match (&c.old_label, &c.new_label) {
        (Some(a), Some(b)) if a != b => format!("{a} → {b}"),
        (Some(a), _) | (None, Some(a)) => a.clone(),
        (None, None) => String::new(),
    }
}

fn title<'a>(r: &'a Redline, c: &SectionChange) -> &'a str {
    c.new
        .map(|j| r.new_sections[j].title.as_str())
        .or_else(|| c.old.map(|i| r.old_sections[i].title.as_str()))
        .unwrap_or("")
}

/// `changed, moved, renumbered` (`replaced` for a change that replaced the text whole).
fn states(c: &SectionChange) -> String {
    let mut v = vec![match c.status {
        Status::Unchanged => "unchanged",
        Status::Changed if c.replaced => "replaced",
        Status::Changed => "changed",
        Status::Added => "added",
        Status::Removed => "removed",
    }];
    if c.moved {
        v.push("moved");
    }
    if c.renumbered {
        v.push("renumbered");
    }
    v.join(", ")
}

/// The whole text of an added or removed section.
fn section_text(c: &SectionChange) -> &str {
    c.text.as_deref().unwrap_or("")
}

/// The redline's warnings (no headings recognised, blocks too large to diff word by word) as
/// lines for standard error, for the formats whose body has no place for them (a CSV of
/// changes, amending instructions, a Word document): a redline is never silently wrong. A
/// warning can quote the texts (a section's label), so control characters are shown as `�`.
pub fn redline_warnings(r: &Redline) -> String {
    r.warnings
        .iter()
        .map(|w| format!("warning: {}\n", clean(w)))
        .collect()
}

/// Control characters (other than tab) shown as `�`, so texts cannot drive the terminal.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\t' && c != '\n' {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

/// Lays out fragments as lines, wrapping each line's part of a removed or added fragment in
/// the given markers (so markers never span a line break).
fn marked_lines(hunk: &Hunk, mark: &dyn Fn(FragmentKind, &str) -> String) -> Vec<String> {
    let mut lines = vec![String::new()];
    for f in &hunk.fragments {
        let text = f.text.replace("\r\n", "\n");
        for (k, part) in text.split('\n').enumerate() {
            if k > 0 {
                lines.push(String::new());
            }
            if !part.is_empty() {
                let line = lines.last_mut().expect("never empty");
                line.push_str(&mark(f.kind, part));
            }
        }
    }
    if lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    text.trim_end_matches(['\n', '\r'])
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
}

/// The redline as terminal text. With `color`, removed words are red and added words green
/// (ANSI); without, they are marked `[-removed-]{+added+}` as `wdiff` does.
pub fn redline_table(r: &Redline, color: bool) -> String {
    redline_table_view(r, color, &View::default())
}

/// [`redline_table`] naming the two texts.
pub fn redline_table_view(r: &Redline, color: bool, view: &View) -> String {
    let paint = |code: &str, s: &str| {
        if color {
            format!("{code}{s}{RESET}")
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        paint(
            BOLD,
            &format!(
                "Redline: {} → {} sections",
                r.summary.old_sections, r.summary.new_sections
            )
        )
    );
    if let Some(c) = view.compared() {
        let _ = writeln!(out, "Compared: {}", clean(&c));
    }
    let _ = writeln!(out, "{}", summary_line(r));
    let _ = writeln!(out, "{}", structure_line(r));
    for w in &r.warnings {
        let _ = writeln!(out, "{}", paint(BOLD, &format!("warning: {}", clean(w))));
    }
    if !r.renumberings.is_empty() {
        let _ = writeln!(out, "\n{}", paint(BOLD, "Renumbered"));
        for n in &r.renumberings {
            let _ = writeln!(out, "  {}", n.description);
        }
    }
    let mark = |kind: FragmentKind, s: &str| -> String {
        let s = clean(s);
        match (kind, color) {
            (FragmentKind::Equal, _) => s,
            (FragmentKind::Removed, true) => format!("{RED}{s}{RESET}"),
            (FragmentKind::Added, true) => format!("{GREEN}{s}{RESET}"),
            (FragmentKind::Removed, false) => format!("[-{s}-]"),
            (FragmentKind::Added, false) => format!("{{+{s}+}}"),
        }
    };
    let mut first = true;
    for c in shown(r) {
        if first {
            let _ = writeln!(out, "\n{}", paint(BOLD, "Changes"));
            first = false;
        }
        let sign = match c.status {
            Status::Added => "+",
            Status::Removed => "-",
            _ if c.moved => ">",
            _ => "~",
        };
        let t = title(r, c);
        let head = if t.is_empty() {
            format!("{sign} {}", labels(c))
        } else {
            format!("{sign} {} {}", labels(c), clean(t))
        };
        let _ = writeln!(out, "\n{} ({})", paint(BOLD, &head), states(c));
        match c.status {
            Status::Added | Status::Removed => {
                let (p, code) = if c.status == Status::Added {
                    ("+", GREEN)
                } else {
                    ("-", RED)
                };
                for line in lines_of(section_text(c)) {
                    let _ = writeln!(out, "    {}", paint(code, &format!("{p} {}", clean(line))));
                }
            }
            _ => {
                for h in &c.hunks {
                    let at = format!("@ {}", hunk_at(h));
                    let _ = writeln!(out, "    {}", paint(DIM, &at));
                    for line in marked_lines(h, &mark) {
                        let _ = writeln!(out, "    {line}");
                    }
                }
            }
        }
    }
    out
}

/// Escapes a line of bill text for Markdown (see [`crate::escape::md_emphasised`]).
fn md_escape(text: &str) -> String {
    crate::escape::md_emphasised(text)
}

/// Escapes a line start that Markdown would read as a list item (`12.`, `-`, `+`).
fn md_line_start(line: &str) -> String {
    let trimmed = line.trim_start();
    let digits = trimmed.len()
        - trimmed
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    let rest = &trimmed[digits..];
    if digits > 0 && (rest.starts_with('.') || rest.starts_with(')')) {
        format!("{}\\{}", &trimmed[..digits], rest)
    } else if trimmed.starts_with('-') || trimmed.starts_with('+') {
        format!("\\{trimmed}")
    } else {
        trimmed.to_string()
    }
}

/// The lines of a hunk in Markdown, removed words struck through and added words in bold
/// (see [`super::emphasis`]).
fn md_marked_lines(hunk: &Hunk) -> Vec<String> {
    let mark = |kind| match kind {
        FragmentKind::Equal => Mark::Plain,
        FragmentKind::Removed => Mark::Removed,
        FragmentKind::Added => Mark::Added,
    };
    let mut lines = emphasis::marked_lines(
        hunk.fragments
            .iter()
            .map(|f| (mark(f.kind), f.text.as_str())),
    );
    // A hunk's last line break ends its last line; it opens no line of its own.
    if lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// Writes lines as a block quote, with hard line breaks (`\` at the end) inside paragraphs so
/// that the text keeps its lines.
fn md_quote(out: &mut String, lines: &[String]) {
    for (k, line) in lines.iter().enumerate() {
        let next_blank = lines.get(k + 1).is_none_or(|l| l.trim().is_empty());
        let brk = if line.trim().is_empty() || next_blank {
            ""
        } else {
            "\\"
        };
        let _ = writeln!(out, "> {line}{brk}");
    }
}

/// The redline as Markdown: removed words struck through (`~~old~~`), added words in bold.
pub fn redline_md(r: &Redline) -> String {
    redline_md_view(r, &View::default())
}

/// [`redline_md`] naming the two texts.
pub fn redline_md_view(r: &Redline, view: &View) -> String {
    let s = &r.summary;
    let mut out = String::from("# Redline\n\n");
    if let Some(c) = view.compared() {
        let _ = writeln!(out, "Compared: {}\n", md_escape(&c));
    }
    let _ = writeln!(out, "{}\n", md_escape(&structure_line(r)));
    for w in &r.warnings {
        let _ = writeln!(out, "> **Warning:** {}\n", md_escape(&w.replace('\n', " ")));
    }
    let _ = writeln!(
        out,
        "| Sections | Old | New | Added | Removed | Changed | Moved | Renumbered | Unchanged |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|\n\
         | count | {} | {} | {} | {} | {} | {} | {} | {} |",
        s.old_sections,
        s.new_sections,
        s.added,
        s.removed,
        s.changed,
        s.moved,
        s.renumbered,
        s.unchanged
    );
    if !r.renumberings.is_empty() {
        out.push_str("\n## Renumbered\n\n");
        for n in &r.renumberings {
            let _ = writeln!(out, "- {}", md_escape(&n.description));
        }
    }
    let mut first = true;
    for c in shown(r) {
        if first {
            out.push_str("\n## Changes\n");
            first = false;
        }
        let t = title(r, c);
        let head = if t.is_empty() {
            labels(c)
        } else {
            format!("{} {t}", labels(c))
        };
        if !out.ends_with("\n\n") {
            out.push('\n');
        }
        let _ = writeln!(out, "### {} ({})\n", md_escape(&head), states(c));
        match c.status {
            Status::Added | Status::Removed => {
                let lines: Vec<String> = lines_of(section_text(c))
                    .map(|l| md_line_start(&md_escape(l)))
                    .collect();
                md_quote(&mut out, &lines);
            }
            _ => {
                for h in &c.hunks {
                    let _ = writeln!(out, "{}:\n", md_escape(&hunk_at(h)));
                    let lines: Vec<String> = md_marked_lines(h)
                        .iter()
                        .map(|l| md_line_start(l))
                        .collect();
                    md_quote(&mut out, &lines);
                    out.push('\n');
                }
            }
        }
    }
    out
}

const CSS: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}\
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:right}\
th{background:#f4f4f4}pre{white-space:pre-wrap;background:#fafafa;border:1px solid #eee;padding:.5rem;margin:.3rem 0}\
del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none}\
.added pre{background:#efe}.removed pre{background:#fee}.at{color:#777;font-size:.85rem}\
h3 small{color:#666;font-weight:normal}.warning{background:#fff4d6;border:1px solid #e0b84c;padding:.4rem .6rem}\
.structure,.files{color:#555}";

/// The redline as one self-contained HTML page, with `<del>` and `<ins>`.
pub fn redline_html(r: &Redline) -> String {
    redline_html_view(r, &View::default())
}

/// [`redline_html`] naming the two texts.
pub fn redline_html_view(r: &Redline, view: &View) -> String {
    let s = &r.summary;
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>Redline</title>\n<style>",
    );
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n<body>\n<h1>Redline</h1>\n");
    if let Some(c) = view.compared() {
        let _ = writeln!(out, "<p class=\"files\">Compared: {}</p>", esc(&c));
    }
    let _ = writeln!(
        out,
        "<p class=\"structure\">{}</p>",
        esc(&structure_line(r))
    );
    for w in &r.warnings {
        let _ = writeln!(
            out,
            "<p class=\"warning\"><strong>Warning:</strong> {}</p>",
            esc(w)
        );
    }
    out.push_str("<table>\n<tr>");
    for h in [
        "Old",
        "New",
        "Added",
        "Removed",
        "Changed",
        "Moved",
        "Renumbered",
        "Unchanged",
    ] {
        let _ = write!(out, "<th>{h}</th>");
    }
    out.push_str("</tr>\n<tr>");
    for n in [
        s.old_sections,
        s.new_sections,
        s.added,
        s.removed,
        s.changed,
        s.moved,
        s.renumbered,
        s.unchanged,
    ] {
        let _ = write!(out, "<td>{n}</td>");
    }
    out.push_str("</tr>\n</table>\n");
    if !r.renumberings.is_empty() {
        out.push_str("<h2>Renumbered</h2>\n<ul>\n");
        for n in &r.renumberings {
            let _ = writeln!(out, "<li>{}</li>", esc(&n.description));
        }
        out.push_str("</ul>\n");
    }
    let mut first = true;
    for c in shown(r) {
        if first {
            out.push_str("<h2>Changes</h2>\n");
            first = false;
        }
        let class = match c.status {
            Status::Added => "added",
            Status::Removed => "removed",
            Status::Changed => "changed",
            Status::Unchanged => "moved",
        };
        let t = title(r, c);
        let head = if t.is_empty() {
            labels(c)
        } else {
            format!("{} {t}", labels(c))
        };
        let _ = writeln!(
            out,
            "<section class=\"{class}\">\n<h3>{} <small>({})</small></h3>",
            esc(&head),
            esc(&states(c))
        );
        match c.status {
            Status::Added | Status::Removed => {
                let tag = if c.status == Status::Added {
                    "ins"
                } else {
                    "del"
                };
                let _ = writeln!(
                    out,
                    "<pre><{tag}>{}</{tag}></pre>",
                    esc(section_text(c).trim_end())
                );
            }
            _ => {
                for h in &c.hunks {
                    let _ = write!(out, "<div class=\"at\">{}</div>\n<pre>", esc(&hunk_at(h)));
                    for f in &h.fragments {
                        let text = esc(&f.text);
                        match f.kind {
                            FragmentKind::Equal => out.push_str(&text),
                            FragmentKind::Removed => {
                                let _ = write!(out, "<del>{text}</del>");
                            }
                            FragmentKind::Added => {
                                let _ = write!(out, "<ins>{text}</ins>");
                            }
                        }
                    }
                    out.push_str("</pre>\n");
                }
            }
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// The redline as CSV, one row per change: per block of changed lines in a changed section,
/// per added or removed section, per section only moved. Columns: old label, new label,
/// status, moved, renumbered, address, old line, new line, removed text, added text.
pub fn redline_csv(r: &Redline) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    csv_record(
        &mut w,
        [
            "old_label",
            "new_label",
            "status",
            "moved",
            "renumbered",
            "address",
            "old_line",
            "new_line",
            "removed",
            "added",
        ],
    );
    for c in shown(r) {
        let status = states(c);
        let labels = [
            c.old_label.clone().unwrap_or_default(),
            c.new_label.clone().unwrap_or_default(),
        ];
        let flags = [c.moved.to_string(), c.renumbered.to_string()];
        let line = |side: Option<usize>, old: bool| {
            side.map(|k| {
                let s = if old {
                    &r.old_sections[k]
                } else {
                    &r.new_sections[k]
                };
                s.line.to_string()
            })
            .unwrap_or_default()
        };
        if c.hunks.is_empty() {
            let text = section_text(c).trim_end().to_string();
            let (removed, added) = match c.status {
                Status::Removed => (text, String::new()),
                Status::Added => (String::new(), text),
                _ => (String::new(), String::new()),
            };
            let address = c
                .new_label
                .clone()
                .or(c.old_label.clone())
                .unwrap_or_default();
            csv_record(
                &mut w,
                [
                    &labels[0],
                    &labels[1],
                    &status,
                    &flags[0],
                    &flags[1],
                    &address,
                    &line(c.old, true),
                    &line(c.new, false),
                    &removed,
                    &added,
                ],
            );
            continue;
        }
        for h in &c.hunks {
            let pick = |kind: FragmentKind| {
                h.fragments
                    .iter()
                    .filter(|f| f.kind == kind)
                    .map(|f| f.text.trim())
                    .collect::<Vec<_>>()
                    .join(" … ")
            };
            csv_record(
                &mut w,
                [
                    &labels[0],
                    &labels[1],
                    &status,
                    &flags[0],
                    &flags[1],
                    &h.address,
                    &h.old_line.to_string(),
                    &h.new_line.to_string(),
                    &pick(FragmentKind::Removed),
                    &pick(FragmentKind::Added),
                ],
            );
        }
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The redline as JSON (the serde form of [`Redline`]), compact, with a trailing newline: the
/// redline of a whole code runs to megabytes, and indentation would double it.
pub fn redline_json(r: &Redline) -> String {
    let mut bytes = Vec::new();
    write_redline_json(r, &mut bytes).expect("a redline serialises to JSON in memory");
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

/// [`redline_json`] written to `out` as it is produced (give it a buffered writer: the JSON is
/// written in many small pieces).
pub fn write_redline_json(r: &Redline, mut out: impl std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer(&mut out, r)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redline::redline;

    const OLD: &str = "Section 1. Scope\n(1) The old rule <b> applies.\n\nSection 2. Gone\n(1) Removed text.\n\nSection 3. Kept\n(1) Same.\n";
    const NEW: &str = "Section 1. Scope\n(1) The new rule <b> applies.\n\nSection 2. Kept\n(1) Same.\n\nSection 3. Fresh\n(1) Added text.\n";

    #[test]
    fn table_without_colour_marks_words() {
        let r = redline(OLD, NEW);
        let t = redline_table(&r, false);
        assert!(
            t.contains("(1) The [-old-]{+new+} rule <b> applies."),
            "{t}"
        );
        assert!(t.contains("- Section 2 Gone (removed)"), "{t}");
        assert!(t.contains("+ Section 3 Fresh (added)"), "{t}");
        assert!(t.contains("Section 3 renumbered Section 2"), "{t}");
        assert!(!t.contains('\x1b'));
        let c = redline_table(&r, true);
        assert!(c.contains("\x1b[31mold\x1b[0m") && c.contains("\x1b[32mnew\x1b[0m"));
    }

    #[test]
    fn markdown_marks_punctuation_after_a_word_so_that_commonmark_reads_them() {
        // Strafgesetzbuch § 5, 2012 -> 2021: `Deutscher**, und**` showed its asterisks in
        // every CommonMark reader; a full stop struck after a word showed its tildes.
        let old =
            "Section 1. A\n(1) Der Täter ist Deutscher und b.\n(2) Es gilt hier. Sonst nicht.\n";
        let new =
            "Section 1. A\n(1) Der Täter ist Deutscher, und b.\n(2) Es gilt hier: Sonst nicht.\n";
        let m = redline_md(&redline(old, new));
        assert!(
            m.contains("> (1) Der Täter ist Deutscher<ins>,</ins> und b."),
            "{m}"
        );
        assert!(
            m.contains("> (2) Es gilt hier<del>.</del>**:** Sonst nicht."),
            "{m}"
        );
    }

    #[test]
    fn markdown_strikes_and_bolds() {
        let r = redline(OLD, NEW);
        let m = redline_md(&r);
        assert!(
            m.contains("> (1) The ~~old~~**new** rule &lt;b&gt; applies."),
            "{m}"
        );
        assert!(!m.contains("\n\n\n"), "{m}");
        assert!(m.contains("### Section 2 Gone (removed)"), "{m}");
        // Hard line breaks keep the lines of the text.
        assert!(
            m.contains("> Section 2. Gone\\\n> (1) Removed text.\n"),
            "{m}"
        );
    }

    #[test]
    fn html_escapes_everything() {
        let r = redline(OLD, NEW);
        let h = redline_html(&r);
        assert!(h.starts_with("<!DOCTYPE html>"));
        assert!(
            h.contains("The <del>old</del><ins>new</ins> rule &lt;b&gt; applies."),
            "{h}"
        );
        assert!(!h.contains("<b>"));
    }

    #[test]
    fn json_round_trips_ops() {
        let r = redline(OLD, NEW);
        let j = redline_json(&r);
        let v: serde_json::Value = serde_json::from_str(&j).unwrap();
        let ops: Vec<crate::redline::Op> = serde_json::from_value(v["ops"].clone()).unwrap();
        assert_eq!(crate::redline::apply(OLD, &ops), NEW);
        assert!(j.ends_with("}\n"));
    }
}
