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

mod align;
mod heading;
mod ops;

use std::collections::HashSet;
use std::ops::Range;

use serde::{Deserialize, Serialize};

pub use ops::{ApplyError, Op, apply, try_apply};

/// The kind of a heading.
///
/// Ranks (the `level` of sections and subsections): divisions (`Part`, `Chapter`, `Schedule`)
/// 0, article-like headings (`Article`, `Section`, `§`) 1, numbered paragraphs (`12.`) 2,
/// numbered subsections (`(1)`) 3. The text before the first heading is the preamble.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeadingKind {
    /// Text before the first heading.
    Preamble,
    /// `Part 3`.
    Part,
    /// `Chapter II`.
    Chapter,
    /// `Schedule 1`.
    Schedule,
    /// `Article 5`, `Art. 5a`.
    Article,
    /// `Section 12`, `Sec. 12`.
    Section,
    /// `§ 184b` (a "Paragraf" in German-language law).
    Paragraph,
    /// A numbered paragraph `12.` at line start.
    Numbered,
    /// A numbered subsection `(1)`.
    Subsection,
}

impl HeadingKind {
    /// The rank of the kind: 0 division, 1 article-like, 2 numbered paragraph, 3 subsection
    /// (the preamble counts as 0).
    pub fn rank(self) -> u8 {
        match self {
            HeadingKind::Preamble
            | HeadingKind::Part
            | HeadingKind::Chapter
            | HeadingKind::Schedule => 0,
            HeadingKind::Article | HeadingKind::Section | HeadingKind::Paragraph => 1,
            HeadingKind::Numbered => 2,
            HeadingKind::Subsection => 3,
        }
    }

    /// The label of a heading of this kind with number `n`: `Article 5`, `§ 184b`, `12.`,
    /// `(1)`; `preamble` for the preamble.
    pub fn label(self, n: &str) -> String {
        let (before, after) = match self {
            HeadingKind::Preamble => return "preamble".to_string(),
            HeadingKind::Part => ("Part ", ""),
            HeadingKind::Chapter => ("Chapter ", ""),
            HeadingKind::Schedule => ("Schedule ", ""),
            HeadingKind::Article => ("Article ", ""),
            HeadingKind::Section => ("Section ", ""),
            HeadingKind::Paragraph => ("§ ", ""),
            HeadingKind::Numbered => ("", "."),
            HeadingKind::Subsection => ("(", ")"),
        };
        // Built by hand: labels are made for every heading, and `format!` is slow.
        let mut s = String::with_capacity(before.len() + n.len() + after.len());
        s.push_str(before);
        s.push_str(n);
        s.push_str(after);
        s
    }

    /// The plural noun for a run of headings of this kind (`Sections`, `§§`, `paragraphs`).
    pub fn plural(self) -> &'static str {
        match self {
            HeadingKind::Preamble => "preambles",
            HeadingKind::Part => "Parts",
            HeadingKind::Chapter => "Chapters",
            HeadingKind::Schedule => "Schedules",
            HeadingKind::Article => "Articles",
            HeadingKind::Section => "Sections",
            HeadingKind::Paragraph => "§§",
            HeadingKind::Numbered => "paragraphs",
            HeadingKind::Subsection => "subsections",
        }
    }
}

/// A subsection heading inside a section (recognised and reported, not aligned).
///
/// JSON: `{"label": "(1)", "level": 3, "line": 12}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Subheading {
    /// The kind of heading: [`HeadingKind::Numbered`] or [`HeadingKind::Subsection`].
    pub kind: HeadingKind,
    /// Its rank (see [`HeadingKind::rank`]).
    pub level: u8,
    /// Its line, from 1.
    pub line: usize,
    /// The label, stored inline: a bill has tens of thousands of subsections, and a heap
    /// string each costs more than the rest of the split.
    label: [u8; 7],
    label_len: u8,
}

impl Subheading {
    /// A subsection heading; `None` when its label (`(123ab)`, `1234ab.`) would be longer than
    /// 7 bytes, which the grammar never produces.
    pub(crate) fn new(kind: HeadingKind, number: &str, line: usize) -> Option<Self> {
        let (open, close) = match kind {
            HeadingKind::Subsection => ("(", ")"),
            _ => ("", "."),
        };
        let len = open.len() + number.len() + close.len();
        if len > 7 {
            return None;
        }
        let mut label = [0u8; 7];
        let mut at = 0;
        for part in [open, number, close] {
            label[at..at + part.len()].copy_from_slice(part.as_bytes());
            at += part.len();
        }
        Some(Subheading {
            kind,
            level: kind.rank(),
            line,
            label,
            label_len: len as u8,
        })
    }

    /// Its label, `(1)` or `12.`.
    pub fn label(&self) -> &str {
        std::str::from_utf8(&self.label[..usize::from(self.label_len)])
            .expect("built from whole strings")
    }
}

impl Serialize for Subheading {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Subheading", 3)?;
        st.serialize_field("label", self.label())?;
        st.serialize_field("level", &self.level)?;
        st.serialize_field("line", &self.line)?;
        st.end()
    }
}

/// A top-level section of one text: from its heading line to the next top-level heading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Section {
    /// The kind of heading.
    pub kind: HeadingKind,
    /// The number as written (`5a`, `II`); `None` for the preamble.
    pub number: Option<String>,
    /// The label, `Section 12` or `preamble`.
    pub label: String,
    /// The rest of the heading line after the number, trimmed.
    pub title: String,
    /// The rank of the heading (see [`HeadingKind::rank`]).
    pub level: u8,
    /// The heading line, from 1.
    pub line: usize,
    /// First byte of the section in its text.
    pub start: usize,
    /// Byte after the section's last byte (its trailing blank lines included).
    pub end: usize,
    /// Byte range of the number in its text.
    #[serde(skip)]
    pub(crate) number_span: Option<Range<usize>>,
    /// Subsection headings inside the section. Not in the JSON form of the section lists (a
    /// bill has tens of thousands); JSON lists them on the entries of changed, added and
    /// removed sections ([`SectionChange::subsections`]).
    #[serde(skip)]
    pub subsections: Vec<Subheading>,
}

/// What happened to a section.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Same content, blanks and line breaks aside (it may still be moved or renumbered; a
    /// rewrapped section is unchanged, though its operations still rebuild the bytes).
    Unchanged,
    /// Content edited (it may also be moved or renumbered).
    Changed,
    /// Only in the new text.
    Added,
    /// Only in the old text.
    Removed,
}

/// The kind of a fragment of a changed line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FragmentKind {
    /// Text in both versions.
    Equal,
    /// Text only in the old version.
    Removed,
    /// Text only in the new version.
    Added,
}

/// A piece of text in a hunk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fragment {
    /// Equal, removed or added.
    pub kind: FragmentKind,
    /// The text, line breaks included.
    pub text: String,
}

/// A block of changed lines inside a section, word by word.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Hunk {
    /// First line of the block in the old text, from 1.
    pub old_line: usize,
    /// First line of the block in the new text, from 1.
    pub new_line: usize,
    /// The block's text: the changed lines, with their equal, removed and added words.
    pub fragments: Vec<Fragment>,
}

/// One entry of the alignment: a section of the old text, of the new text, or of both.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SectionChange {
    /// What happened to it.
    pub status: Status,
    /// Index in [`Redline::old_sections`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<usize>,
    /// Index in [`Redline::new_sections`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<usize>,
    /// Label in the old text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_label: Option<String>,
    /// Label in the new text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_label: Option<String>,
    /// Out of order relative to the other sections.
    pub moved: bool,
    /// Its label changed.
    pub renumbered: bool,
    /// For sections paired by similarity: the Dice coefficient of their word bigrams.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// Changed lines with word changes (content only; a number change is not a hunk).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hunks: Vec<Hunk>,
    /// The whole text of an added or removed section.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The subsection headings of a changed or added section (new text) or of a removed
    /// section (old text); empty for unchanged ones.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subsections: Vec<Subheading>,
}

/// A run of consecutive in-order sections whose numbers shifted by the same amount.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Renumbering {
    /// The kind of heading.
    pub kind: HeadingKind,
    /// Number of sections in the run.
    pub count: usize,
    /// Old number of the first section.
    pub old_first: String,
    /// Old number of the last section.
    pub old_last: String,
    /// New number of the first section.
    pub new_first: String,
    /// New number of the last section.
    pub new_last: String,
    /// `Sections 13–412 renumbered 14–413`.
    pub description: String,
}

/// Counts of what happened. A section can count as changed, moved and renumbered at once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Sections in the old text.
    pub old_sections: usize,
    /// Sections in the new text.
    pub new_sections: usize,
    /// Paired sections with the same content.
    pub unchanged: usize,
    /// Paired sections with edited content.
    pub changed: usize,
    /// Sections only in the new text.
    pub added: usize,
    /// Sections only in the old text.
    pub removed: usize,
    /// Paired sections out of order.
    pub moved: usize,
    /// Paired sections with a new label.
    pub renumbered: usize,
    /// Runs of renumbered sections (entries of [`Redline::renumberings`]).
    pub renumbering_runs: usize,
}

/// The redline of two texts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Redline {
    /// Counts.
    pub summary: Summary,
    /// The rank of the headings that split the texts into sections (see
    /// [`HeadingKind::rank`]); lower-ranking headings are subsections.
    pub split_level: u8,
    /// Runs of renumbered in-order sections, one entry per run.
    pub renumberings: Vec<Renumbering>,
    /// The alignment in reading order of the new text; removed sections stand where they
    /// were, before what replaced them.
    pub sections: Vec<SectionChange>,
    /// Operations rebuilding the new text from the old one (see [`apply`]).
    pub ops: Vec<Op>,
    /// The sections of the old text.
    pub old_sections: Vec<Section>,
    /// The sections of the new text.
    pub new_sections: Vec<Section>,
}

/// Computes the redline of `old` → `new`.
pub fn redline(old: &str, new: &str) -> Redline {
    let (olds, news, split_level) = heading::split_pair(old, new);
    let al = align::align(old, &olds, new, &news);

    // For each new index, the old index of the next in-order pair at or after it.
    let mut next_anchor = vec![olds.len(); news.len() + 1];
    for j in (0..news.len()).rev() {
        next_anchor[j] = match al.new_to_old[j] {
            Some(i) if al.in_order[j] => i,
            _ => next_anchor[j + 1],
        };
    }

    let mut out = Ops::default();
    let mut sections = Vec::with_capacity(olds.len().max(news.len()));
    let mut next_old = 0;
    let removed = |i: usize, out: &mut Ops, sections: &mut Vec<SectionChange>| {
        out.delete(olds[i].start..olds[i].end);
        sections.push(SectionChange {
            status: Status::Removed,
            old: Some(i),
            new: None,
            old_label: Some(olds[i].label.clone()),
            new_label: None,
            moved: false,
            renumbered: false,
            similarity: None,
            hunks: Vec::new(),
            text: Some(old[olds[i].start..olds[i].end].to_string()),
            subsections: olds[i].subsections.clone(),
        });
    };
    for j in 0..news.len() {
        while next_old < next_anchor[j] {
            if al.old_to_new[next_old].is_none() {
                removed(next_old, &mut out, &mut sections);
            }
            next_old += 1;
        }
        let ns = &news[j];
        match al.new_to_old[j] {
            None => {
                out.insert(&new[ns.start..ns.end]);
                sections.push(SectionChange {
                    status: Status::Added,
                    old: None,
                    new: Some(j),
                    old_label: None,
                    new_label: Some(ns.label.clone()),
                    moved: false,
                    renumbered: false,
                    similarity: None,
                    hunks: Vec::new(),
                    text: Some(new[ns.start..ns.end].to_string()),
                    subsections: ns.subsections.clone(),
                });
            }
            Some(i) => {
                let os = &olds[i];
                if al.in_order[j] {
                    next_old = i + 1;
                }
                let diff = ops::PairDiff::new(old, os, new, ns);
                let hunks = diff.diff(os.start..os.end, ns.start..ns.end, &mut out);
                // Pairs found by equal content need no second look.
                let same = al.similarity[j].is_none()
                    || same_words(align::content(old, os), align::content(new, ns));
                sections.push(SectionChange {
                    status: if same {
                        Status::Unchanged
                    } else {
                        Status::Changed
                    },
                    old: Some(i),
                    new: Some(j),
                    old_label: Some(os.label.clone()),
                    new_label: Some(ns.label.clone()),
                    moved: !al.in_order[j],
                    renumbered: os.label != ns.label
                        && os.kind != HeadingKind::Preamble
                        && ns.kind != HeadingKind::Preamble,
                    similarity: if same {
                        None
                    } else {
                        al.similarity[j].map(|s| (s * 1000.0).round() / 1000.0)
                    },
                    hunks: if same { Vec::new() } else { hunks },
                    text: None,
                    subsections: if same {
                        Vec::new()
                    } else {
                        ns.subsections.clone()
                    },
                });
            }
        }
    }
    while next_old < olds.len() {
        if al.old_to_new[next_old].is_none() {
            removed(next_old, &mut out, &mut sections);
        }
        next_old += 1;
    }

    let renumberings = renumber_runs(&sections, &olds, &news);
    let mut summary = Summary {
        old_sections: olds.len(),
        new_sections: news.len(),
        renumbering_runs: renumberings.len(),
        ..Summary::default()
    };
    for s in &sections {
        match s.status {
            Status::Unchanged => summary.unchanged += 1,
            Status::Changed => summary.changed += 1,
            Status::Added => summary.added += 1,
            Status::Removed => summary.removed += 1,
        }
        summary.moved += usize::from(s.moved);
        summary.renumbered += usize::from(s.renumbered);
    }
    Redline {
        summary,
        split_level,
        renumberings,
        sections,
        ops: out.ops,
        old_sections: olds,
        new_sections: news,
    }
}

use ops::Ops;

/// Equal contents, blanks and line breaks aside (a rewrapped section is unchanged).
fn same_words(a: (&str, &str), b: (&str, &str)) -> bool {
    a == b
        || a.0
            .split_whitespace()
            .chain(a.1.split_whitespace())
            .eq(b.0.split_whitespace().chain(b.1.split_whitespace()))
}

/// Groups renumbered in-order sections into runs with the same kind and shift.
fn renumber_runs(
    changes: &[SectionChange],
    olds: &[Section],
    news: &[Section],
) -> Vec<Renumbering> {
    struct Open {
        kind: HeadingKind,
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
        let shift = match (&os.number, &ns.number) {
            (Some(a), Some(b)) if os.kind == ns.kind => {
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
            && os.kind == ns.kind
            && shift.is_some()
            && r.shift == shift
        {
            r.last = (i, j);
            r.count += 1;
            continue;
        }
        runs.push(Open {
            kind: os.kind,
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
            let description = if r.count == 1 {
                format!(
                    "{} renumbered {}",
                    olds[r.first.0].label, news[r.first.1].label
                )
            } else {
                format!("{} {of}–{ol} renumbered {nf}–{nl}", r.kind.plural())
            };
            Renumbering {
                kind: r.kind,
                count: r.count,
                old_first: of,
                old_last: ol,
                new_first: nf,
                new_last: nl,
                description,
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
