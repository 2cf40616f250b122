//! The redline as a synopsis (German *Synopse*, French *tableau comparatif*): one row per unit,
//! the old text and the new text side by side with the words that changed marked in each, and
//! the change in words; runs of units whose text did not change are one row with a count.
//! HTML (prints on A4 landscape) and Markdown.

use std::fmt::Write;
use std::ops::Range;

use crate::escape::{html_text as esc, md_emphasised};
use crate::redline::{
    FragmentKind, HeadingKind, Hunk, PieceKind, Redline, Section, SectionChange, Status,
    UnitChange, pieces,
};

use super::emphasis::{Mark, marked_lines};
use super::redline::View;

/// A row of the synopsis.
enum Row<'a> {
    /// A unit shown whole: its index in the redline's sections.
    Unit(usize),
    /// Consecutive units in place with the same text (perhaps all renumbered the same way).
    Run {
        first: &'a SectionChange,
        last: &'a SectionChange,
        count: usize,
        renumbered: bool,
    },
}

/// A row as the renderers write it: a collapsed run's sentence, or a unit with its heading and
/// the changes listed under it.
enum Shown<'a> {
    Run(String),
    Unit {
        c: &'a SectionChange,
        heading: String,
        lines: Vec<String>,
    },
}

fn shown_rows(r: &Redline) -> impl Iterator<Item = Shown<'_>> {
    rows(r).into_iter().map(move |row| match row {
        Row::Run {
            first,
            last,
            count,
            renumbered,
        } => Shown::Run(run_sentence(r, first, last, count, renumbered)),
        Row::Unit(k) => {
            let c = &r.sections[k];
            Shown::Unit {
                c,
                heading: heading(r, c),
                lines: change_lines(r, k),
            }
        }
    })
}

fn is_preamble(r: &Redline, c: &SectionChange) -> bool {
    new_of(r, c)
        .or(old_of(r, c))
        .is_some_and(|s| s.kind == HeadingKind::Preamble)
}

/// Whether a unit is left out, in a run: same text, in place.
fn quiet(c: &SectionChange) -> bool {
    c.status == Status::Unchanged && !c.moved
}

fn rows(r: &Redline) -> Vec<Row<'_>> {
    let mut out: Vec<Row> = Vec::new();
    for (k, c) in r.sections.iter().enumerate() {
        if !quiet(c) {
            out.push(Row::Unit(k));
            continue;
        }
        if let Some(Row::Run {
            last,
            count,
            renumbered,
            first,
            ..
        }) = out.last_mut()
            && *renumbered == c.renumbered
            && !is_preamble(r, first)
            && !is_preamble(r, c)
        {
            *last = c;
            *count += 1;
            continue;
        }
        out.push(Row::Run {
            first: c,
            last: c,
            count: 1,
            renumbered: c.renumbered,
        });
    }
    out
}

/// The words of each text that changed: deleted byte ranges of the old text and inserted
/// byte ranges of the new, sorted, blanks-only changes left out (rewrapping is no change).
struct Marks {
    deleted: Vec<Range<usize>>,
    inserted: Vec<Range<usize>>,
}

impl Marks {
    fn of(r: &Redline, old: &str, new: &str) -> Self {
        let mut deleted = Vec::new();
        let mut inserted = Vec::new();
        for p in pieces(r) {
            match (p.kind, p.old, p.new) {
                (PieceKind::Deleted, Some(o), _) if !old[o.clone()].trim().is_empty() => {
                    deleted.push(o)
                }
                (PieceKind::Inserted, _, Some(n)) if !new[n.clone()].trim().is_empty() => {
                    inserted.push(n)
                }
                _ => {}
            }
        }
        deleted.sort_by_key(|x| x.start);
        inserted.sort_by_key(|x| x.start);
        Marks { deleted, inserted }
    }
}

/// The text of `span` cut into plain and marked stretches.
fn stretches<'t>(
    text: &'t str,
    span: Range<usize>,
    marks: &[Range<usize>],
) -> Vec<(bool, &'t str)> {
    let mut out = Vec::new();
    let mut at = span.start;
    let first = marks.partition_point(|m| m.end <= span.start);
    for m in &marks[first..] {
        if m.start >= span.end {
            break;
        }
        let (s, e) = (m.start.max(span.start), m.end.min(span.end));
        if s > at {
            out.push((false, &text[at..s]));
        }
        if e > s {
            out.push((true, &text[s..e]));
        }
        at = at.max(e);
    }
    if at < span.end {
        out.push((false, &text[at..span.end]));
    }
    out
}

/// A section's bytes without the blank lines after it.
fn body(text: &str, s: &Section) -> Range<usize> {
    let t = text[s.start..s.end].trim_end();
    s.start..s.start + t.len()
}

/// What to call a unit in the change column: `Section`, `Article`, `Chapter`, `Preamble`.
fn noun(s: &Section) -> String {
    match s.kind {
        HeadingKind::Preamble => "Preamble".into(),
        _ if s.keyword.chars().next().is_some_and(char::is_alphabetic) => s.keyword.clone(),
        HeadingKind::Article => "Article".into(),
        HeadingKind::Division => "Division".into(),
    }
}

/// English keywords that take a plural `s` (`Sections 5 to 12`).
const ENGLISH: &[&str] = &[
    "Article",
    "Section",
    "Clause",
    "Regulation",
    "Rule",
    "Chapter",
    "Part",
    "Title",
    "Schedule",
    "Annex",
    "Book",
    "Division",
    "Subdivision",
];

/// A unit's name in a sentence: its label, `Article 3` for a bare number, `Preamble`.
fn named(s: &Section) -> String {
    match (&s.number, s.keyword.is_empty()) {
        _ if s.kind == HeadingKind::Preamble => "Preamble".into(),
        (Some(n), true) => format!("{} {n}", noun(s)),
        _ => s.label.clone(),
    }
}

/// `Sections 5 to 12`, `§§ 5 to 12`, `Artikel 5 to Artikel 12`, or one name.
fn span_label(a: &Section, b: &Section) -> String {
    if a.label == b.label {
        return named(a);
    }
    match (&a.number, &b.number) {
        (Some(x), Some(y)) if a.keyword == b.keyword && a.kind == b.kind => {
            let word = if a.keyword.is_empty() {
                noun(a)
            } else {
                a.keyword.clone()
            };
            if word == "§" {
                return format!("§§ {x} to {y}");
            }
            if ENGLISH.contains(&word.as_str()) {
                return format!("{word}s {x} to {y}");
            }
            format!("{} to {}", named(a), named(b))
        }
        _ => format!("{} to {}", named(a), named(b)),
    }
}

fn old_of<'a>(r: &'a Redline, c: &SectionChange) -> Option<&'a Section> {
    c.old.map(|i| &r.old_sections[i])
}

fn new_of<'a>(r: &'a Redline, c: &SectionChange) -> Option<&'a Section> {
    c.new.map(|j| &r.new_sections[j])
}

/// The sentence of a collapsed run: `Sections 5 to 12 unchanged (8)`.
fn run_sentence(
    r: &Redline,
    first: &SectionChange,
    last: &SectionChange,
    count: usize,
    renumbered: bool,
) -> String {
    let (Some(of), Some(ol), Some(nf), Some(nl)) = (
        old_of(r, first),
        old_of(r, last),
        new_of(r, first),
        new_of(r, last),
    ) else {
        return String::new();
    };
    let counted = if count > 1 {
        format!(" ({count})")
    } else {
        String::new()
    };
    if !renumbered {
        return format!("{} unchanged{counted}", span_label(nf, nl));
    }
    let num = |s: &Section| s.number.clone().unwrap_or_default();
    let to = if count > 1 {
        format!("{} to {}", num(nf), num(nl))
    } else {
        num(nf)
    };
    format!(
        "{} renumbered {to}, text unchanged{counted}",
        span_label(of, ol)
    )
}

/// At most this many characters of a quoted passage in the change column.
const QUOTE: usize = 80;

/// `“five”`, long passages cut with `…`, blanks made single spaces.
fn quote(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let flat = words.join(" ");
    if flat.chars().count() <= QUOTE {
        return format!("“{flat}”");
    }
    let cut: String = flat.chars().take(QUOTE).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(a, _)| a)
        .to_string();
    format!("“{cut} …”")
}

/// The last word before a point, for `inserted after “…”`.
fn last_word(s: &str) -> Option<&str> {
    s.split_whitespace().last()
}

/// A word change in a hunk, with the line where it starts.
struct WordChange {
    /// `“ten” replaced by “five”`.
    words: String,
    /// Its first line (of the new text, or of the old for a deletion).
    line: usize,
    /// Whether `line` is a line of the old text.
    old: bool,
}

/// The line of the first visible character of `text`, which starts on `line`.
fn first_line(text: &str, line: usize) -> usize {
    line + text[..text.len() - text.trim_start().len()]
        .matches('\n')
        .count()
}

/// The word changes of a hunk: `“ten” replaced by “five”`, `“or” deleted`, `“x” inserted
/// after “y”`, each with its line.
fn word_changes(h: &Hunk) -> Vec<WordChange> {
    let mut out = Vec::new();
    let frags = &h.fragments;
    let (mut ol, mut nl) = (h.old_line, h.new_line);
    let lines = |t: &str| t.matches('\n').count();
    let mut k = 0;
    let mut before: Option<&str> = None;
    while k < frags.len() {
        let f = &frags[k];
        match f.kind {
            FragmentKind::Equal => {
                if let Some(w) = last_word(&f.text) {
                    before = Some(w);
                }
                (ol, nl) = (ol + lines(&f.text), nl + lines(&f.text));
                k += 1;
            }
            FragmentKind::Removed => {
                let next = frags.get(k + 1).filter(|n| n.kind == FragmentKind::Added);
                let gone = f.text.trim();
                match next {
                    Some(n) if !n.text.trim().is_empty() && !gone.is_empty() => {
                        out.push(WordChange {
                            words: format!("{} replaced by {}", quote(gone), quote(&n.text)),
                            line: first_line(&n.text, nl),
                            old: false,
                        });
                        nl += lines(&n.text);
                        k += 2;
                    }
                    _ => {
                        if !gone.is_empty() {
                            out.push(WordChange {
                                words: format!("{} deleted", quote(gone)),
                                line: first_line(&f.text, ol),
                                old: true,
                            });
                        }
                        k += 1;
                    }
                }
                ol += lines(&f.text);
                if let Some(w) = last_word(&f.text) {
                    before = Some(w);
                }
            }
            FragmentKind::Added => {
                if !f.text.trim().is_empty() {
                    let words = match before {
                        Some(w) => format!("{} inserted after {}", quote(&f.text), quote(w)),
                        None => format!("{} inserted at the start", quote(&f.text)),
                    };
                    out.push(WordChange {
                        words,
                        line: first_line(&f.text, nl),
                        old: false,
                    });
                }
                nl += lines(&f.text);
                k += 1;
            }
        }
    }
    out
}

/// The address of the innermost unit of `u` (paragraph, item) that holds `line` of the new
/// text (or of the old): `s. 212(1)`, `Artikel 240b, lid 1, onder a`.
fn address_in(u: &UnitChange, line: usize, old: bool) -> &str {
    let start = |x: &UnitChange| if old { x.old_line } else { x.new_line };
    let mut at = u;
    while let Some(inner) = at
        .children
        .iter()
        .rfind(|c| start(c).is_some_and(|l| l <= line))
    {
        at = inner;
    }
    &at.address
}

/// The change in words, one line per kind of change; word changes one line per paragraph or
/// item they fall in.
fn change_lines(r: &Redline, k: usize) -> Vec<String> {
    let c = &r.sections[k];
    let (os, ns) = (old_of(r, c), new_of(r, c));
    let mut out = Vec::new();
    match (c.status, os, ns) {
        (Status::Added, _, Some(n)) => out.push(format!("{} inserted", noun(n))),
        (Status::Removed, Some(o), _) => out.push(format!("{} deleted", noun(o))),
        _ => {}
    }
    if c.moved {
        out.push(match c.old.and_then(|i| i.checked_sub(1)) {
            Some(p) => format!(
                "Moved (in the old text after {})",
                named(&r.old_sections[p])
            ),
            None => "Moved (first in the old text)".into(),
        });
    }
    if c.renumbered
        && let (Some(o), Some(n)) = (os, ns)
    {
        let num = |s: &Section| s.number.clone().unwrap_or_else(|| s.label.clone());
        out.push(format!("Renumbered from {} to {}", num(o), num(n)));
    }
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for h in &c.hunks {
        for w in word_changes(h) {
            let address = match r.units.get(k) {
                Some(u) => address_in(u, w.line, w.old).to_string(),
                None => h.address.clone(),
            };
            match groups.last_mut() {
                Some((a, list)) if *a == address => list.push(w.words),
                _ => groups.push((address, vec![w.words])),
            }
        }
    }
    for (address, list) in groups {
        let words = list.join("; ");
        out.push(if address.is_empty() {
            words
        } else {
            format!("{address}: {words}")
        });
    }
    if c.status == Status::Changed && c.hunks.is_empty() {
        out.push("Wording changed".into());
    }
    out
}

/// The unit's name in the change column: `Section 213 Solicitation of children`.
fn heading(r: &Redline, c: &SectionChange) -> String {
    let s = new_of(r, c).or(old_of(r, c));
    match s {
        Some(s) if s.title.is_empty() => s.label.clone(),
        Some(s) => format!("{} {}", s.label, s.title),
        None => String::new(),
    }
}

fn names(view: &View) -> (String, String) {
    (
        view.old_name.clone().unwrap_or_else(|| "Old text".into()),
        view.new_name.clone().unwrap_or_else(|| "New text".into()),
    )
}

fn counts_line(r: &Redline) -> String {
    let s = &r.summary;
    format!(
        "{} units in the old text, {} in the new: {} changed, {} inserted, {} deleted, {} moved, {} renumbered, {} unchanged.",
        s.old_sections,
        s.new_sections,
        s.changed,
        s.added,
        s.removed,
        s.moved,
        s.renumbered,
        s.unchanged
    )
}

const CSS: &str = "@page{size:A4 landscape;margin:12mm 10mm}\
*{box-sizing:border-box}\
body{font-family:'DejaVu Serif',Georgia,serif;font-size:10pt;color:#111;margin:1.5rem}\
h1{font-size:15pt;margin:0 0 .3rem}p.meta{margin:.15rem 0;color:#333;font-size:9.5pt}\
table{border-collapse:collapse;width:100%;table-layout:fixed;margin-top:.6rem}\
col.text{width:38%}col.change{width:24%}\
thead{display:table-header-group}\
th{background:#e8e8e8;text-align:left;font-size:9.5pt;padding:.3rem .4rem;border:1px solid #888}\
td{vertical-align:top;border:1px solid #aaa;padding:.3rem .4rem}\
td.text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:9.5pt;line-height:1.3}\
td.change{font-family:system-ui,sans-serif;font-size:8.5pt}\
td.change b{display:block;margin-bottom:.2rem}td.change ul{margin:0;padding-left:1rem}\
tr{break-inside:avoid;page-break-inside:avoid}\
tr.run td{background:#f5f5f5;color:#555;font-style:italic;font-family:system-ui,sans-serif;font-size:8.5pt;text-align:center}\
del{color:#a00;background:#fde4e4}ins{color:#064;background:#dff3df;text-decoration:underline}\
td.gone{background:repeating-linear-gradient(135deg,#fff,#fff 6px,#f3f3f3 6px,#f3f3f3 12px)}\
@media print{body{margin:0}del{text-decoration:line-through}}";

/// The synopsis as one self-contained HTML page, A4 landscape in print.
pub fn synopsis_html(r: &Redline, old: &str, new: &str, view: &View) -> String {
    let (on, nn) = names(view);
    let marks = Marks::of(r, old, new);
    let mut out =
        String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    let _ = writeln!(
        out,
        "<title>Synopsis: {} → {}</title>\n<style>{CSS}</style>\n</head>\n<body>",
        esc(&on),
        esc(&nn)
    );
    out.push_str("<h1>Synopsis</h1>\n");
    let _ = writeln!(
        out,
        "<p class=\"meta\">Old version: <strong>{}</strong> · New version: <strong>{}</strong></p>",
        esc(&on),
        esc(&nn)
    );
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", esc(&counts_line(r)));
    for w in &r.warnings {
        let _ = writeln!(
            out,
            "<p class=\"meta\"><strong>Warning:</strong> {}</p>",
            esc(w)
        );
    }
    let _ = writeln!(
        out,
        "<table>\n<colgroup><col class=\"text\"><col class=\"text\"><col class=\"change\"></colgroup>\n<thead><tr><th>Old version: {}</th><th>New version: {}</th><th>Change</th></tr></thead>\n<tbody>",
        esc(&on),
        esc(&nn)
    );
    for row in shown_rows(r) {
        match row {
            Shown::Run(sentence) => {
                let _ = writeln!(
                    out,
                    "<tr class=\"run\"><td colspan=\"3\">{}</td></tr>",
                    esc(&sentence)
                );
            }
            Shown::Unit { c, heading, lines } => {
                out.push_str("<tr>");
                html_cell(&mut out, old, old_of(r, c), &marks.deleted, "del");
                html_cell(&mut out, new, new_of(r, c), &marks.inserted, "ins");
                let _ = write!(out, "<td class=\"change\"><b>{}</b><ul>", esc(&heading));
                for l in lines {
                    let _ = write!(out, "<li>{}</li>", esc(&l));
                }
                out.push_str("</ul></td></tr>\n");
            }
        }
    }
    out.push_str("</tbody>\n</table>\n</body>\n</html>\n");
    out
}

fn html_cell(out: &mut String, text: &str, s: Option<&Section>, marks: &[Range<usize>], tag: &str) {
    let Some(s) = s else {
        out.push_str("<td class=\"text gone\"></td>");
        return;
    };
    out.push_str("<td class=\"text\">");
    for (marked, part) in stretches(text, body(text, s), marks) {
        let part = part.replace("\r\n", "\n");
        if marked {
            let _ = write!(out, "<{tag}>{}</{tag}>", esc(&part));
        } else {
            out.push_str(&esc(&part));
        }
    }
    out.push_str("</td>");
}

/// The synopsis as a Markdown table: deleted words struck through (`~~old~~`) in the old
/// column, inserted words in bold in the new column, lines kept with `<br>`.
pub fn synopsis_md(r: &Redline, old: &str, new: &str, view: &View) -> String {
    let (on, nn) = names(view);
    let marks = Marks::of(r, old, new);
    let mut out = String::from("# Synopsis\n\n");
    let _ = writeln!(
        out,
        "Old version: **{}** · New version: **{}**\n",
        md_emphasised(&on),
        md_emphasised(&nn)
    );
    let _ = writeln!(out, "{}\n", md_emphasised(&counts_line(r)));
    for w in &r.warnings {
        let _ = writeln!(out, "> **Warning:** {}\n", md_emphasised(w));
    }
    let _ = writeln!(
        out,
        "| Old version: {} | New version: {} | Change |\n|---|---|---|",
        md_emphasised(&on),
        md_emphasised(&nn)
    );
    for row in shown_rows(r) {
        match row {
            Shown::Run(sentence) => {
                let _ = writeln!(out, "| *{}* | | |", md_emphasised(&sentence));
            }
            Shown::Unit { c, heading, lines } => {
                let o = md_cell(old, old_of(r, c), &marks.deleted, Mark::Removed);
                let n = md_cell(new, new_of(r, c), &marks.inserted, Mark::Added);
                let mut change = format!("**{}**", md_emphasised(&heading));
                for l in lines {
                    let _ = write!(change, "<br>• {}", md_emphasised(&l));
                }
                let _ = writeln!(out, "| {o} | {n} | {change} |");
            }
        }
    }
    out
}

fn md_cell(text: &str, s: Option<&Section>, marks: &[Range<usize>], mark: Mark) -> String {
    let Some(s) = s else {
        return "—".into();
    };
    let plain_or = |marked: bool| if marked { mark } else { Mark::Plain };
    marked_lines(
        stretches(text, body(text, s), marks)
            .into_iter()
            .map(|(marked, part)| (plain_or(marked), part)),
    )
    .join("<br>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redline::redline;

    const OLD: &str = "Section 1. Scope\n(1) It lasts ten days <b>.\n\nSection 2. Kept\n(1) Same.\n\nSection 3. Kept too\n(1) Same again.\n\nSection 4. Gone\n(1) Removed text.\n";
    const NEW: &str = "Section 1. Scope\n(1) It lasts five days <b>.\n\nSection 2. Kept\n(1) Same.\n\nSection 3. Kept too\n(1) Same again.\n\nSection 4. Fresh\n(1) A new rule on solicitation.\n\nSection 5. Gone\n(1) Removed text.\n";

    fn view() -> View {
        View {
            old_name: Some("v1.txt".into()),
            new_name: Some("v2.txt".into()),
        }
    }

    #[test]
    fn html_marks_words_in_each_column_and_collapses_runs() {
        let r = redline(OLD, NEW);
        let h = synopsis_html(&r, OLD, NEW, &view());
        assert!(h.contains("It lasts <del>ten</del> days &lt;b&gt;."), "{h}");
        assert!(
            h.contains("It lasts <ins>five</ins> days &lt;b&gt;."),
            "{h}"
        );
        assert!(h.contains("“ten” replaced by “five”"), "{h}");
        assert!(h.contains("Sections 2 to 3 unchanged (2)"), "{h}");
        assert!(h.contains("Section inserted"), "{h}");
        assert!(h.contains("Section 4 renumbered 5, text unchanged"), "{h}");
        assert!(h.contains("@page{size:A4 landscape"), "{h}");
        assert!(h.contains("<th>Old version: v1.txt</th><th>New version: v2.txt</th>"));
        assert!(!h.contains("<b>."));
    }

    #[test]
    fn markdown_rows_keep_lines_and_escape_pipes() {
        let old = "Section 1. A\n(1) a | b ten\n(2) kept\n";
        let new = "Section 1. A\n(1) a | b five\n(2) kept\n";
        let r = redline(old, new);
        let m = synopsis_md(&r, old, new, &view());
        assert!(
            m.contains("| Section 1. A<br>(1) a \\| b ~~ten~~<br>(2) kept | Section 1. A<br>(1) a \\| b **five**<br>(2) kept |"),
            "{m}"
        );
    }

    #[test]
    fn markdown_cells_mark_punctuation_after_a_word_so_that_commonmark_reads_them() {
        let old = "Section 1. A\n(1) Es gilt hier. Sonst nicht.\n";
        let new = "Section 1. A\n(1) Es gilt hier: Sonst nicht.\n";
        let r = redline(old, new);
        let m = synopsis_md(&r, old, new, &view());
        assert!(
            m.contains("| Section 1. A<br>(1) Es gilt hier<del>.</del> Sonst nicht. | Section 1. A<br>(1) Es gilt hier<ins>:</ins> Sonst nicht. |"),
            "{m}"
        );
    }

    #[test]
    fn runs_name_bare_numbers_and_leave_the_preamble_alone() {
        let old = "A BILL\nTo make provision.\n\n1 Scope\n(1) Text one.\n\n2 Terms\n(1) Text two.\n\n3 End\n(1) Text three.\n";
        let new = "A BILL\nTo make provision.\n\n1 Scope\n(1) Text one.\n\n2 Terms\n(1) Text two.\n\n3 End\n(1) Text four.\n";
        let r = redline(old, new);
        let m = synopsis_md(&r, old, new, &view());
        assert!(m.contains("| *Preamble unchanged* |"), "{m}");
        assert!(m.contains("| *Articles 1 to 2 unchanged (2)* |"), "{m}");
    }

    #[test]
    fn each_word_change_is_addressed_to_its_own_paragraph() {
        let old = "Section 1. A\n(1) It lasts ten days.\n(2) It costs five euros.\n(3) Kept.\n(4) Gone words here.\n";
        let new = "Section 1. A\n(1) It lasts five days.\n(2) It costs six euros.\n(3) Kept.\n(4) Gone here.\n";
        let r = redline(old, new);
        let lines = change_lines(&r, 0);
        assert_eq!(
            lines,
            [
                "s. 1(1): “ten” replaced by “five”",
                "s. 1(2): “five” replaced by “six”",
                "s. 1(4): “words” deleted"
            ]
        );
    }

    #[test]
    fn a_moved_unit_says_where_it_stood() {
        let old = "Article 1. One\nFirst rule about apples and pears.\n\nArticle 2. Two\nSecond rule about ships and harbours.\n\nArticle 3. Three\nThird rule about roads and bridges.\n\nArticle 4. Four\nFourth rule about rivers.\n";
        let new = "Article 1. One\nFirst rule about apples and pears.\n\nArticle 2. Three\nThird rule about roads and bridges.\n\nArticle 3. Four\nFourth rule about rivers.\n\nArticle 4. Two\nSecond rule about ships and harbours.\n";
        let r = redline(old, new);
        let k = r.sections.iter().position(|c| c.moved).expect("a move");
        assert_eq!(
            change_lines(&r, k),
            [
                "Moved (in the old text after Article 1)",
                "Renumbered from 2 to 4"
            ]
        );
        let h = synopsis_html(&r, old, new, &view());
        assert!(h.contains("Moved (in the old text after Article 1)"), "{h}");
    }

    #[test]
    fn word_changes_name_replacements_deletions_and_insertions() {
        let r = redline(
            "Article 1. A\n(1) one two three four.\n",
            "Article 1. A\n(1) one zwei three four and more.\n",
        );
        let lines = change_lines(&r, 0);
        assert!(
            lines.iter().any(|l| l.contains("“two” replaced by “zwei”")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.contains("“and more” inserted after “four”")),
            "{lines:?}"
        );
    }
}
