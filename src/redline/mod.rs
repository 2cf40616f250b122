//! Redline of two versions of a legal text (design §10).
//!
//! [`redline`] splits both texts into sections at their headings (see [`HeadingKind`]), aligns
//! old and new sections by number and by content (so a renumbered or moved section is reported
//! as such, not as a removal plus an addition), then diffs aligned sections line by line and
//! changed lines word by word. The result lists the sections with their alignment and word
//! changes, runs of renumbered sections, a summary, and operations ([`Op`]) from which
//! [`apply`] rebuilds the new text from the old one byte for byte.
//!
//! Coarse to fine keeps it fast: equal sections are found by hashing and never diffed; only
//! the lines of changed sections are diffed, and only changed lines word by word. No step uses
//! a clock or deadline, so the output depends only on the two texts.

mod akn;
mod align;
mod detect;
mod heading;
pub mod instructions;
pub(crate) mod lines;
mod model;
pub(crate) mod nesting;
mod ops;
mod sentence;
mod style;
mod sublists;
mod tracked;
mod tree;

use std::collections::HashSet;

pub use model::*;
pub use ops::{ApplyError, apply, try_apply};
pub use regex::Regex;
pub use style::Marker;
pub use tracked::{Piece, PieceKind, pieces, rebuild, tracked};

/// Options of a redline.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// A pattern naming the article headings of an unusual text; its first group (or the
    /// whole match) is the number. Lines matching it split the texts into units.
    pub unit: Option<Regex>,
    /// Show each changed section whole, its unchanged lines included (`--context section`).
    pub whole_sections: bool,
}

/// Computes the redline of `old` → `new`.
pub fn redline(old: &str, new: &str) -> Redline {
    redline_with(old, new, &Options::default())
}

/// The byte-order mark, which some editors put at the start of a file.
const BOM: &str = "\u{feff}";

/// Computes the redline of `old` → `new` with options. A byte-order mark at the start of
/// either text is set aside (so a mark in only one text changes nothing) and restored by the
/// operations.
pub fn redline_with(old: &str, new: &str, opts: &Options) -> Redline {
    let (ob, nb) = (lines::bom_len(old), lines::bom_len(new));
    let mut r = redline_bodies(&old[ob..], &new[nb..], opts);
    if ob + nb > 0 {
        restore_bom(&mut r, ob, nb);
    }
    r
}

/// Shifts offsets past the byte-order marks and adds the operations that drop or add them.
fn restore_bom(r: &mut Redline, ob: usize, nb: usize) {
    for (sections, by) in [(&mut r.old_sections, ob), (&mut r.new_sections, nb)] {
        for s in sections.iter_mut() {
            s.start += by;
            s.end += by;
            if let Some(n) = &mut s.number_span {
                *n = n.start + by..n.end + by;
            }
            for sub in &mut s.subsections {
                sub.start += by;
            }
        }
        if let Some(first) = sections.first_mut() {
            first.start = 0;
        }
    }
    let mut ops = Vec::with_capacity(r.ops.len() + 2);
    if ob > 0 {
        ops.push(Op::Delete { start: 0, end: ob });
    }
    if nb > 0 {
        ops.push(Op::Insert { text: BOM.into() });
    }
    for op in r.ops.drain(..) {
        ops.push(match op {
            Op::Copy { start, end } => Op::Copy {
                start: start + ob,
                end: end + ob,
            },
            Op::Delete { start, end } => Op::Delete {
                start: start + ob,
                end: end + ob,
            },
            insert => insert,
        });
    }
    r.ops = ops;
}

/// The redline of two texts without byte-order marks.
fn redline_bodies(old: &str, new: &str, opts: &Options) -> Redline {
    let split = detect::split_pair(old, new, opts.unit.as_ref());
    let al = align::align(old, &split.old, new, &split.new);
    let mut walk = Walk {
        old,
        new,
        whole: opts.whole_sections,
        split: &split,
        out: Ops::default(),
        sections: Vec::with_capacity(split.old.len().max(split.new.len())),
        aligned: Vec::with_capacity(split.old.len().max(split.new.len())),
        warnings: split.warnings.clone(),
        prelude: std::cell::OnceCell::new(),
    };
    walk.run(&al);
    let Walk {
        out,
        sections,
        mut aligned,
        warnings,
        ..
    } = walk;
    let (olds, news) = (&split.old, &split.new);
    let renumberings = renumber_runs(&sections, olds, news);
    let summary = summarise(&sections, olds.len(), news.len(), renumberings.len());
    let mut units = tree::units(old, new, &split, &sections, &mut aligned);
    tree::pair_moved_across((old, olds), (new, news), &mut units);
    let mut r = Redline {
        structure: split.structure,
        warnings,
        summary,
        renumberings,
        sections,
        units,
        ops: out.ops,
        old_sections: split.old,
        new_sections: split.new,
    };
    akn::annotate(&mut r);
    r
}

fn summarise(sections: &[SectionChange], old: usize, new: usize, runs: usize) -> Summary {
    let mut summary = Summary {
        old_sections: old,
        new_sections: new,
        renumbering_runs: runs,
        ..Summary::default()
    };
    for s in sections {
        match s.status {
            Status::Unchanged => summary.unchanged += 1,
            Status::Changed => summary.changed += 1,
            Status::Added => summary.added += 1,
            Status::Removed => summary.removed += 1,
        }
        summary.moved += usize::from(s.moved);
        summary.renumbered += usize::from(s.renumbered);
    }
    summary
}

/// Walks the alignment in the order of the new text, emitting operations and entries.
struct Walk<'a> {
    old: &'a str,
    new: &'a str,
    whole: bool,
    split: &'a detect::Split,
    out: Ops,
    sections: Vec<SectionChange>,
    /// For each entry of `sections`, the units of a pair already aligned.
    aligned: Vec<Option<Vec<UnitChange>>>,
    warnings: Vec<String>,
    /// The lines before each heading of either text that are no words of the section they
    /// end (see [`prelude`]), read when a pair first needs them.
    prelude: std::cell::OnceCell<Option<Vec<&'a str>>>,
}

impl<'a> Walk<'a> {
    /// [`prelude`] of the old text, else of the new one.
    fn prelude(&self) -> Option<&[&'a str]> {
        let (old, new, split) = (self.old, self.new, self.split);
        self.prelude
            .get_or_init(|| prelude(old, &split.old).or_else(|| prelude(new, &split.new)))
            .as_deref()
    }

    fn run(&mut self, al: &align::Alignment) {
        let (olds, news) = (&self.split.old, &self.split.new);
        // For each new index, the old index of the next in-order pair at or after it.
        let mut next_anchor = vec![olds.len(); news.len() + 1];
        for j in (0..news.len()).rev() {
            next_anchor[j] = match al.new_to_old[j] {
                Some(i) if al.in_order[j] => i,
                _ => next_anchor[j + 1],
            };
        }
        let mut next_old = 0;
        for (j, &anchor) in next_anchor.iter().enumerate().take(news.len()) {
            while next_old < anchor {
                if al.old_to_new[next_old].is_none() {
                    self.removed(next_old);
                }
                next_old += 1;
            }
            match al.new_to_old[j] {
                None => self.added(j),
                Some(i) => {
                    if al.in_order[j] {
                        next_old = i + 1;
                    }
                    self.paired(i, j, al);
                }
            }
        }
        while next_old < olds.len() {
            if al.old_to_new[next_old].is_none() {
                self.removed(next_old);
            }
            next_old += 1;
        }
    }

    fn entry(status: Status, old: Option<&Section>, new: Option<&Section>) -> SectionChange {
        SectionChange {
            status,
            old: None,
            new: None,
            old_label: old.map(Section::full_label),
            new_label: new.map(Section::full_label),
            moved: false,
            renumbered: false,
            replaced: false,
            similarity: None,
            hunks: Vec::new(),
            text: None,
            subsections: Vec::new(),
            akn_type: None,
        }
    }

    fn removed(&mut self, i: usize) {
        let os = &self.split.old[i];
        self.out.delete(os.start..os.end);
        self.aligned.push(None);
        self.sections.push(SectionChange {
            old: Some(i),
            text: Some(self.old[os.start..os.end].to_string()),
            subsections: os.subsections.clone(),
            ..Self::entry(Status::Removed, Some(os), None)
        });
    }

    fn added(&mut self, j: usize) {
        let ns = &self.split.new[j];
        self.out.insert(&self.new[ns.start..ns.end]);
        self.aligned.push(None);
        self.sections.push(SectionChange {
            new: Some(j),
            text: Some(self.new[ns.start..ns.end].to_string()),
            subsections: ns.subsections.clone(),
            ..Self::entry(Status::Added, None, Some(ns))
        });
    }

    fn paired(&mut self, i: usize, j: usize, al: &align::Alignment) {
        let (os, ns) = (&self.split.old[i], &self.split.new[j]);
        let mut diff = ops::PairDiff::new(self.old, os, self.new, ns, self.split.unreliable);
        diff.whole = self.whole;
        let (or, nr) = (os.start..os.end, ns.start..ns.end);
        // The paragraphs and items, aligned first, guide the line diff.
        let (units, cuts, subs) = if diff.needs_lines(or.clone(), nr.clone()) {
            let address = tree::article_cite(self.split.style, ns);
            let a = tree::align_section(self.split.style, (self.old, os), (self.new, ns), &address);
            (Some(a.units), a.cuts, a.subs)
        } else {
            (None, Vec::new(), Default::default())
        };
        self.aligned.push(units);
        let mut hunks = diff.diff(or, nr, &cuts, &mut self.out);
        if let Some(words) = diff.gave_up() {
            self.warnings.push(format!(
                "{}: a changed block of {words} words (old and new together) is shown as removed and added lines, not word by word (above the limit of {} words)",
                ns.label,
                ops::WORD_DIFF_LIMIT
            ));
        }
        // Pairs found by equal content need no second look.
        let (a, b) = (align::content(self.old, os), align::content(self.new, ns));
        let same = al.similarity[j].is_none()
            || same_words(a, b)
            || self.prelude().is_some_and(|p| {
                same_words(
                    (a.0, without_prelude(a.1, p)),
                    (b.0, without_prelude(b.1, p)),
                )
            });
        let mut addresses =
            tree::HunkAddresses::new(self.split.style, (self.old, os), (self.new, ns), &subs);
        for h in &mut hunks {
            h.address = addresses.address(h);
        }
        self.sections.push(SectionChange {
            old: Some(i),
            new: Some(j),
            moved: !al.in_order[j],
            // Headings named only by their words (Markdown) change, they are not renumbered.
            renumbered: !os.same_full_label(ns) && os.number.is_some() && ns.number.is_some(),
            replaced: al.replaced[j] && !same,
            similarity: if same {
                None
            } else {
                al.similarity[j].map(|s| (s * 1000.0).round() / 1000.0)
            },
            hunks: if same { Vec::new() } else { hunks },
            subsections: if same {
                Vec::new()
            } else {
                ns.subsections.clone()
            },
            ..Self::entry(
                if same {
                    Status::Unchanged
                } else {
                    Status::Changed
                },
                Some(os),
                Some(ns),
            )
        });
    }
}

use ops::Ops;
use rustc_hash::FxHashMap;

/// The lines that end most sections of a text alike, right before the next heading: the
/// label an export prints before every article (the Austrian RIS's `Abkürzung` / `StGG`),
/// which a section ends with only because another follows it. At most three lines, ending at
/// least three sections and half of those followed by another; blank lines aside.
fn prelude<'t>(text: &'t str, sections: &[Section]) -> Option<Vec<&'t str>> {
    let followed = sections.len().checked_sub(1)?;
    // The last `n` lines of a section that are not blank, trimmed, last first.
    let last_lines = |s: &Section, n: usize| {
        let mut lines = Vec::with_capacity(n);
        let mut rest = &text[s.start..s.end];
        while lines.len() < n && !rest.is_empty() {
            // Read backwards by a vectorised search for line breaks.
            let start = memchr::memrchr(b'\n', rest.as_bytes()).map_or(0, |k| k + 1);
            let line = rest[start..].trim();
            if !line.is_empty() {
                lines.push(line);
            }
            rest = &rest[..start.saturating_sub(1)];
        }
        lines
    };
    let enough = |n: usize| n >= 3 && 2 * n >= followed;
    // No run of lines ends enough sections unless its last line does: most texts have no
    // prelude, told by one line a section.
    let mut last: FxHashMap<&str, usize> = FxHashMap::default();
    for s in &sections[..followed] {
        if let Some(&line) = last_lines(s, 1).first() {
            *last.entry(line).or_default() += 1;
        }
    }
    if !last.values().any(|&n| enough(n)) {
        return None;
    }
    let ends: Vec<Vec<&str>> = sections[..followed]
        .iter()
        .map(|s| last_lines(s, 3))
        .collect();
    let mut counts: FxHashMap<&[&str], usize> = FxHashMap::default();
    for end in &ends {
        for k in 1..=end.len() {
            *counts.entry(&end[..k]).or_default() += 1;
        }
    }
    let best = counts
        .iter()
        .filter(|&(_, &n)| enough(n))
        .max_by_key(|&(lines, &n)| (lines.len(), n, *lines))?;
    let mut lines = best.0.to_vec();
    lines.reverse();
    Some(lines)
}

/// `body` without the `prelude` lines it ends with, if it ends with them.
fn without_prelude<'b>(body: &'b str, prelude: &[&str]) -> &'b str {
    let mut rest = body.trim_end();
    for line in prelude.iter().rev() {
        let Some(k) = rest.rfind('\n') else {
            return if rest.trim() == *line { "" } else { body };
        };
        if rest[k + 1..].trim() != *line {
            return body;
        }
        rest = rest[..k].trim_end();
    }
    rest
}

/// Equal contents, blanks, line breaks and Markdown heading marks aside (a rewrapped section
/// is unchanged): see [`words`].
fn same_words(a: (&str, &str), b: (&str, &str)) -> bool {
    if a == b {
        return true;
    }
    if a.0 == b.0 {
        // The words before the last blank of the bytes both bodies start with are the same.
        let equal = lines::equal_start(a.1.as_bytes(), b.1.as_bytes());
        let cut = a.1.as_bytes()[..equal]
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .map_or(0, |k| k + 1);
        return words(&a.1[cut..]).eq(words(&b.1[cut..]));
    }
    words(a.0)
        .chain(words(a.1))
        .eq(words(b.0).chain(words(b.1)))
}

/// The words of a text with its layout set aside, as the redline tells a changed section from
/// an unchanged one and `--ignore-layout` compares texts: cut at blanks and line breaks, and
/// without the marks of Markdown headings, whose number gives a level (a code whose sections
/// went from `#####` to `######`, or from `Article 5` to `##### Article 5`, is not amended).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .filter(|w| !w.bytes().all(|b| b == b'#'))
}

/// Groups renumbered in-order sections into runs with the same kind and shift.
fn renumber_runs(
    changes: &[SectionChange],
    olds: &[Section],
    news: &[Section],
) -> Vec<Renumbering> {
    struct Open<'s> {
        kind: HeadingKind,
        keyword: &'s str,
        shift: Option<i64>,
        first: (usize, usize),
        last: (usize, usize),
        count: usize,
    }
    let mut runs: Vec<Open> = Vec::new();
    // Whether the previous in-order pair ended a run (so the next cannot join it).
    let mut joinable = false;
    for c in changes {
        let (Some(i), Some(j)) = (c.old, c.new) else {
            continue;
        };
        if c.moved {
            continue;
        }
        if !c.renumbered {
            joinable = false;
            continue;
        }
        let (os, ns) = (&olds[i], &news[j]);
        let same_kind = os.kind == ns.kind && os.keyword == ns.keyword;
        let shift = match (&os.number, &ns.number) {
            (Some(a), Some(b)) if same_kind => {
                match (align::number_value(a), align::number_value(b)) {
                    (Some(x), Some(y)) => Some(y - x),
                    _ => None,
                }
            }
            _ => None,
        };
        if joinable
            && let Some(r) = runs.last_mut()
            && r.kind == os.kind
            && r.keyword == os.keyword
            && same_kind
            && shift.is_some()
            && r.shift == shift
        {
            r.last = (i, j);
            r.count += 1;
            continue;
        }
        runs.push(Open {
            kind: os.kind,
            keyword: &os.keyword,
            shift,
            first: (i, j),
            last: (i, j),
            count: 1,
        });
        joinable = true;
    }
    runs.into_iter()
        .map(|r| {
            let num = |s: &Section| s.number.clone().unwrap_or_default();
            let (of, nf) = (num(&olds[r.first.0]), num(&news[r.first.1]));
            let (ol, nl) = (num(&olds[r.last.0]), num(&news[r.last.1]));
            // Named as its address names it, with the divisions that tell it apart (`Buch 2
            // Abschnitt 8 Titel 3–5 renumbered 4–6`: the BGB has a `Titel 3` in most Abschnitte).
            let first = &olds[r.first.0];
            let old = match &first.within {
                Some(within) => [within, " ", &first.label].concat(),
                None => first.full_label(),
            };
            let description = if r.count == 1 {
                format!("{old} renumbered {}", news[r.first.1].full_label())
            } else {
                format!("{old}–{ol} renumbered {nf}–{nl}")
            };
            Renumbering {
                kind: r.kind,
                count: r.count,
                old_first: of,
                old_last: ol,
                new_first: nf,
                new_last: nl,
                description,
                akn_type: AknType::Renumbering,
            }
        })
        .collect()
}

/// Numbers of the sections that a citation may no longer point at correctly: sections added,
/// removed or changed, and both the old and the new number of moved or renumbered sections.
/// Old numbers and new numbers are mixed, in reading order, without duplicates; the preamble
/// has no number and is never listed.
///
/// Meant for naming treaty provisions whose evidence (`by = ["cc:212"]`) cites a changed
/// section.
pub fn changed_sections(r: &Redline) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for c in &r.sections {
        if c.status == Status::Unchanged && !c.moved && !c.renumbered {
            continue;
        }
        let numbers = [
            c.old.and_then(|i| r.old_sections[i].number.as_ref()),
            c.new.and_then(|j| r.new_sections[j].number.as_ref()),
        ];
        for n in numbers.into_iter().flatten() {
            if seen.insert(n.as_str()) {
                out.push(n.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;

/// A Roman numeral (upper case) for 1 to 3999; `None` outside. Used to renumber units and to
/// write Word's list labels.
pub(crate) fn roman_numeral(mut v: i64) -> Option<String> {
    if !(1..4000).contains(&v) {
        return None;
    }
    const TABLE: [(i64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (n, s) in TABLE {
        while v >= n {
            out.push_str(s);
            v -= n;
        }
    }
    Some(out)
}
