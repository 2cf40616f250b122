//! From a redline to amending instructions, checked one by one: each instruction is read
//! back from its wording and carried out on a working copy of the old text, and only an
//! instruction that gives exactly the new text is kept (else a wider quotation is tried,
//! and at last a note says what could not be stated).

use std::collections::{HashMap, HashSet};

use regex::Regex;
use similar::{Algorithm, DiffTag, capture_diff_slices};

use super::super::align::{dice, hash_bytes, number_value};
use super::super::{HeadingKind, Redline, Section, words};
use super::apply::{apply_edit, blank_line_wanted, place_edit, renumber, trailing_space};
use super::doc::{
    OldDoc, SectionBuf, cite_by_heading, opening_number, opens_like, same_family, shift_number,
};
use super::numbering::{Bearers, UnitState};
use super::units;
use super::wording::Wording;
use super::{Address, Inserted, Instruction, Instructions, Lang, Place, TextEdit};

/// The amending instructions that turn `old` into `new` exactly, per the redline `r` of the
/// two, checked against the wording of `lang`. `unit` is the `--unit` pattern, if any. A
/// change of the files' front matter or of the notes under the title is left out: the
/// instructions give [`super::instructed_text`].
pub fn instructions(
    old: &str,
    new: &str,
    r: &Redline,
    lang: Lang,
    unit: Option<&Regex>,
) -> Instructions {
    instructions_with(old, new, r, lang, unit, Layout::Exact)
}

/// [`instructions`], stating changes of layout alone or not.
pub fn instructions_with(
    old: &str,
    new: &str,
    r: &Redline,
    lang: Lang,
    unit: Option<&Regex>,
    layout: Layout,
) -> Instructions {
    // A file's front matter and the notes under its title are no part of the law: the
    // instructions give the new text with the old ones, from a redline of the two.
    let target = super::instructed_text(old, new);
    if let std::borrow::Cow::Owned(target) = &target {
        let opts = super::super::Options {
            unit: unit.cloned(),
            whole_sections: false,
        };
        let r = super::super::redline_with(old, target, &opts);
        return instructions_of(old, target, &r, lang, unit, layout);
    }
    instructions_of(old, new, r, lang, unit, layout)
}

/// [`instructions_with`] of two texts with the same front matter and title notes.
fn instructions_of(
    old: &str,
    new: &str,
    r: &Redline,
    lang: Lang,
    unit: Option<&Regex>,
    layout: Layout,
) -> Instructions {
    let doc = OldDoc::new(old, unit, lang);
    let w = Wording::new(&doc, lang);
    let cited = |text: &str, sections: &[Section]| {
        let mut sections = sections.to_vec();
        cite_by_heading(text, &mut sections, lang);
        sections
    };
    let (old_sections, new_sections) = (cited(old, &r.old_sections), cited(new, &r.new_sections));
    let generate = |defer: bool, w: &Wording| {
        Gen {
            doc: &doc,
            w,
            new,
            r,
            old_sections: &old_sections,
            new_sections: &new_sections,
            layout,
            out: Vec::new(),
            absorbed: (0, 0),
            weighed: None,
            defer,
            deferred: HashSet::new(),
            waiting: HashSet::new(),
            clashed: false,
        }
        .run()
    };
    // In the order of the text where every omission and replacement can wait for its place;
    // else all of them first, as the numbers in force require.
    generate(true, &w).unwrap_or_else(|| {
        generate(false, &Wording::new(&doc, lang)).expect("nothing is deferred, so nothing fails")
    })
}

/// Whether the instructions state changes of layout alone (line breaks, blank lines, spacing,
/// Markdown heading marks).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    /// Every change, so that the instructions give the new text byte for byte.
    #[default]
    Exact,
    /// Changes of words only: a change that leaves the words of its article as they were
    /// ([`super::super::words`]: Markdown heading marks are layout) is left out, so the
    /// instructions give the new text's words, not its exact layout.
    Words,
}

/// The words of two texts are the same, their layout aside (see [`super::super::words`]) and
/// their Markdown links read as their words ([`unlinked`]).
pub(crate) fn same_words(a: &str, b: &str) -> bool {
    words(&unlinked(a)).eq(words(&unlinked(b)))
}

/// The order of the text of a section's changes (`edits`, carried out from `start` in the
/// order given): each stretch between two renumberings or numberings of the section's units
/// (whose numbers the changes after them cite) sorted by where each change's words stand in
/// the text at the end, a unit omitted where it stood, and a change that rewords words
/// another gave after that other one; and that text. `None` where a change cannot be carried
/// out.
fn text_order(edits: &[(&Address, &TextEdit)], start: &SectionBuf) -> Option<(Vec<usize>, String)> {
    let mut copy = start.clone();
    // Where each change's words stand in the end (`None`: a stretch's end), and, for the
    // stretch under way, in the text as amended so far.
    let mut keys: Vec<Option<usize>> = vec![None; edits.len()];
    // For each change, the earlier changes of its stretch whose words it changes.
    let mut after: Vec<Vec<usize>> = vec![Vec::new(); edits.len()];
    let mut live: Vec<(usize, (usize, usize))> = Vec::new();
    for (k, &(address, edit)) in edits.iter().enumerate() {
        if matches!(
            edit,
            TextEdit::RenumberUnits { .. } | TextEdit::NumberText { .. }
        ) {
            apply_edit(&mut copy, address, edit).ok()?;
            // Later changes keep the stretch's order: only its places are needed.
            for (i, p) in live.drain(..) {
                keys[i] = Some(p.0);
            }
            continue;
        }
        let (a, b, with) = match edit {
            // Units omitted together stand together: one stretch of the text goes.
            TextEdit::OmitUnits { subs } => {
                let (first, last) = (subs.first()?, subs.last()?);
                let (a, b) = (copy.ranges[*first].0, copy.ranges[*last].1);
                let mut trial = copy.clone();
                apply_edit(&mut trial, address, edit).ok()?;
                if trial.text.len() + (b - a) != copy.text.len() {
                    return None;
                }
                (a, b, String::new())
            }
            _ => place_edit(&copy, address, edit).ok()?,
        };
        let end = a + with.len();
        let shift = end as isize - b as isize;
        for (i, p) in &mut live {
            if p.1 > a && p.0 < b {
                // This change rewords words of change `i` (a change of words that quotes the
                // blank lines opening a unit inserted before it): it follows it, and the
                // words of `i` now reach over the whole of both.
                after[k].push(*i);
                *p = (
                    p.0.min(a),
                    if p.1 > b {
                        p.1.checked_add_signed(shift)?
                    } else {
                        end
                    },
                );
                continue;
            }
            // Words inserted where a unit was omitted follow the omission.
            let omitted_here = p.0 == p.1 && p.0 == a && a == b;
            if p.0 >= b && !omitted_here {
                p.0 = p.0.checked_add_signed(shift)?;
                p.1 = p.1.checked_add_signed(shift)?;
            }
        }
        copy.replace(a, b, &with);
        live.push((k, (a, end)));
    }
    for (i, p) in live {
        keys[i] = Some(p.0);
    }
    let mut order = Vec::with_capacity(edits.len());
    let mut from = 0;
    for (k, key) in keys.iter().enumerate() {
        if key.is_none() {
            order.extend(sorted_after(from..k, &keys, &after));
            order.push(k);
            from = k + 1;
        }
    }
    order.extend(sorted_after(from..edits.len(), &keys, &after));
    Some((order, copy.text))
}

/// The changes of one stretch (`stretch`, indices in the order given) by their `keys`, each
/// after the changes it must follow (`after`, all of the same stretch): the change of the
/// smallest key among those free to go, the earliest given on a tie.
fn sorted_after(
    stretch: std::ops::Range<usize>,
    keys: &[Option<usize>],
    after: &[Vec<usize>],
) -> Vec<usize> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    let at = |k: usize| k - stretch.start;
    // For each change, how many it waits for, and those that wait for it.
    let mut waits: Vec<usize> = after[stretch.clone()].iter().map(Vec::len).collect();
    let mut followers: Vec<Vec<usize>> = vec![Vec::new(); stretch.len()];
    for k in stretch.clone() {
        for &i in &after[k] {
            followers[at(i)].push(k);
        }
    }
    let mut free: BinaryHeap<_> = stretch
        .clone()
        .filter(|&k| after[k].is_empty())
        .map(|k| Reverse((keys[k], k)))
        .collect();
    let mut out = Vec::with_capacity(stretch.len());
    while let Some(Reverse((_, k))) = free.pop() {
        out.push(k);
        for &f in &followers[at(k)] {
            waits[at(f)] -= 1;
            if waits[at(f)] == 0 {
                free.push(Reverse((keys[f], f)));
            }
        }
    }
    out
}

/// `text` with each Markdown link read as its words: `[artikel 2](../wet/README.md)` is
/// `artikel 2`. Consolidated exports add and drop links between versions (laws-markdown
/// dropped every link to another regulation from one version of the Regeling opleiding en
/// examen bevoegdverklaringen AML to the next), and no amendment states a link.
fn unlinked(text: &str) -> std::borrow::Cow<'_, str> {
    static LINK: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new(r"\[([^\[\]\n]*)\]\([^()\s]*\)").expect("the link pattern is valid")
    });
    if !text.contains("](") {
        return text.into();
    }
    LINK.replace_all(text, "$1")
}

struct Gen<'g, 'a> {
    doc: &'g OldDoc<'a>,
    w: &'g Wording<'g, 'a>,
    new: &'g str,
    r: &'g Redline,
    /// The redline's sections as the instructions cite them ([`cite_by_heading`]).
    old_sections: &'g [Section],
    new_sections: &'g [Section],
    layout: Layout,
    out: Vec<Instruction>,
    /// What the paragraphs and items restated whole in the article being amended stand
    /// for beyond themselves (see [`Gen::restate_units`]): changes beyond one each, and
    /// their reading length beyond the restatements'.
    absorbed: (usize, usize),
    /// The article being amended, weighed against restating it whole as its changes of words
    /// are stated (see [`Gen::restate_early`]).
    weighed: Option<Weighed>,
    /// Whether sections omitted or replaced whole may be so where the text has them (see
    /// [`Gen::deferrable`]), rather than before every other change.
    defer: bool,
    /// The sections (as the instructions read the old text) omitted or replaced in their place.
    deferred: HashSet<usize>,
    /// Those of them not yet omitted or replaced.
    waiting: HashSet<usize>,
    /// Whether a section waiting came to share its name with another at a step: the order of
    /// the text gives way to the order of the numbers (see [`Gen::run`]).
    clashed: bool,
}

/// An article being amended, against its restatement whole (see [`Gen::restate_early`]).
struct Weighed {
    d: usize,
    /// Where its instructions start in the output, and its paragraphs and items before them.
    from: usize,
    before: UnitState,
    /// Its new text, and how long restating it whole reads.
    target: String,
    whole: usize,
    /// How long its instructions so far read ([`Gen::restate_if_shorter`]'s measure).
    parts: usize,
    /// The restatement was tried; it was made.
    tried: bool,
    restated: bool,
}

/// The changes of words of a section still to state, as [`Gen::restate_early`] counts them.
#[derive(Clone, Copy, Debug, Default)]
struct Remaining {
    count: usize,
    /// The least their instructions can read: set words and the new words of each.
    reading: usize,
}

impl Remaining {
    /// What a change to `with` adds to the least reading: one instruction, its set words and
    /// the new words it quotes (an insertion quotes them trimmed).
    fn of(with: &str) -> Self {
        Remaining {
            count: 1,
            reading: SET_WORDS + with.trim().chars().count(),
        }
    }
}

impl std::ops::AddAssign for Remaining {
    fn add_assign(&mut self, other: Self) {
        self.count += other.count;
        self.reading += other.reading;
    }
}

impl std::ops::SubAssign for Remaining {
    fn sub_assign(&mut self, other: Self) {
        self.count -= other.count;
        self.reading -= other.reading;
    }
}

/// Which changes of a section [`Gen::state_changes`] states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pass {
    /// Only paragraphs and items omitted whole (before the runs renumbered).
    UnitsOmitted,
    /// Every change.
    All,
}

/// A run of sections renumbered alike: each old section and its new number, in order.
struct Run {
    members: Vec<(usize, String)>,
}

impl Run {
    /// Whether section `d` stands between the run's first and last sections.
    fn spans(&self, d: usize) -> bool {
        match (self.members.first(), self.members.last()) {
            (Some(first), Some(last)) => first.0 < d && d < last.0,
            _ => false,
        }
    }
}

/// An old section omitted or replaced whole ([`Gen::wholes`]): old section `i` of the
/// redline, `d` as the instructions read the old text.
#[derive(Clone, Copy)]
enum Whole {
    /// Replaced by new section `j` of the same number.
    Replaced { i: usize, d: usize, j: usize },
    /// Removed, or moved elsewhere; `d` is `None` when the instructions cannot find it.
    Omitted {
        i: usize,
        d: Option<usize>,
        moved: bool,
    },
}

/// A group of consecutive sections to insert.
struct Group {
    start: usize,
    end: usize,
    units: Vec<Inserted>,
    labels: Vec<String>,
}

impl Gen<'_, '_> {
    /// The instructions in the order a reader carries them out, so that each cites the
    /// numbers in force when it is reached and no two sections ever bear the same number
    /// (where neither text has two): first the omissions and replacements that must come
    /// before any renumbering (by the old numbers, nothing renumbered yet), then renumberings
    /// (which may take the numbers of sections omitted), then insertions, changes of words
    /// and the other omissions and replacements in the order of the text (by the new numbers:
    /// every renumbering done, the numbers inserted are free). `None` when an omission or
    /// replacement kept for its place (see [`Gen::deferrable`]) cannot be made there, or
    /// another section comes to bear its name while it waits.
    fn run(mut self) -> Option<Instructions> {
        let doc_of = self.section_map();
        if doc_of.len() != self.old_sections.len() {
            return Some(self.whole_text());
        }
        let removed = self.omit_and_replace(&doc_of);
        let runs = self.runs(&doc_of, &removed);
        if self
            .deferred
            .iter()
            .any(|&d| runs.iter().any(|r| r.spans(d)))
        {
            return None;
        }
        self.renumber_runs(runs);
        let mut anchor: Option<usize> = None;
        let mut group: Option<Group> = None;
        let mut replaced_by: Option<usize> = None;
        for (k, c) in self.r.sections.iter().enumerate() {
            if self.clashed {
                return None;
            }
            if replaced_by.take() == Some(k) {
                continue;
            }
            match (c.old, c.new) {
                (Some(_), None) if self.replacement(k, &doc_of).is_some() => {
                    let (d, j) = self.replacement(k, &doc_of).expect("just checked");
                    self.flush(&mut group, anchor, Some(d));
                    if !self.replace_in_place(d, j) {
                        return None;
                    }
                    replaced_by = Some(k + 1);
                    anchor = Some(d);
                }
                (Some(i), None) => {
                    // An omission kept for its place; the insertions pending are placed by
                    // the sections that last, so they stay pending.
                    let d = doc_of.get(&i).copied();
                    if let Some(d) = d.filter(|d| self.deferred.contains(d)) {
                        if self.w.ambiguous(d)
                            || !self.emit_checked(Instruction::Omit { section: d })
                        {
                            return None;
                        }
                        self.waiting.remove(&d);
                    }
                }
                (old, Some(j)) if old.is_none() || c.moved => {
                    let ns = &self.new_sections[j];
                    let g = group.get_or_insert(Group {
                        start: ns.start,
                        end: ns.end,
                        units: Vec::new(),
                        labels: Vec::new(),
                    });
                    g.end = ns.end;
                    g.units.push(Inserted {
                        kind: ns.kind,
                        keyword: ns.keyword.clone(),
                        number: ns.number.clone(),
                    });
                    g.labels.push(ns.label.clone());
                }
                (Some(_), Some(_)) if self.replaced_whole(k, &doc_of).is_some() => {
                    let (d, j) = self.replaced_whole(k, &doc_of).expect("just checked");
                    self.flush(&mut group, anchor, Some(d));
                    if !self.replace_in_place(d, j) {
                        return None;
                    }
                    anchor = Some(d);
                }
                (Some(i), Some(j)) => {
                    let Some(&d) = doc_of.get(&i) else {
                        self.flush(&mut group, anchor, None);
                        self.note(format!("{} cannot be found in the old text as the instructions read it; its changes are not stated", self.old_sections[i].label));
                        continue;
                    };
                    self.flush(&mut group, anchor, Some(d));
                    self.amend(k, d, j);
                    anchor = Some(d);
                }
                _ => {}
            }
        }
        self.flush(&mut group, anchor, None);
        (!self.clashed && self.waiting.is_empty()).then_some(Instructions { list: self.out })
    }

    /// Replaces section `d` by new section `j` where the text has it, when its replacement
    /// was kept for its place; says whether that could be done (or was done before).
    fn replace_in_place(&mut self, d: usize, j: usize) -> bool {
        if !self.deferred.contains(&d) {
            return true;
        }
        let done = !self.w.ambiguous(d) && self.emit_checked(self.replacement_by(d, j));
        if done {
            self.waiting.remove(&d);
        }
        done
    }

    /// Section `d` (as the instructions read the old text) replaced by new section `j`.
    fn replacement_by(&self, d: usize, j: usize) -> Instruction {
        let ns = &self.new_sections[j];
        Instruction::Replace {
            section: d,
            text: self.new[ns.start..ns.end].to_string(),
        }
    }

    /// The sections omitted or replaced whole: old sections removed or moved away, and those
    /// replaced by a new text of the same number, in the order the redline lists them.
    fn wholes(&self, doc_of: &HashMap<usize, usize>) -> Vec<Whole> {
        let mut out = Vec::new();
        let mut replaced_by: Option<usize> = None;
        for (k, c) in self.r.sections.iter().enumerate() {
            if replaced_by.take() == Some(k) {
                continue;
            }
            let (Some(i), new) = (c.old, c.new) else {
                continue;
            };
            let replacement = match new {
                None => self.replacement(k, doc_of),
                Some(_) => self.replaced_whole(k, doc_of),
            };
            if let Some((d, j)) = replacement {
                out.push(Whole::Replaced { i, d, j });
                if new.is_none() {
                    replaced_by = Some(k + 1);
                }
            } else if new.is_none() || c.moved {
                out.push(Whole::Omitted {
                    i,
                    d: doc_of.get(&i).copied(),
                    moved: new.is_some(),
                });
            }
        }
        out
    }

    /// Of `wholes`, the sections that can be omitted or replaced where the text has them:
    /// no division (omitted, its units would stand in the one above it beside others of
    /// their numbers: the order of the divisions omitted is the order of the numbers), not
    /// moved (its omission makes way for its insertion elsewhere), its label borne by no
    /// other section of the new text (renumbered or inserted into it, so that its number
    /// would be borne twice), and not among sections renumbered in one run (the run's
    /// wording spans it).
    fn deferrable(&self, wholes: &[Whole], doc_of: &HashMap<usize, usize>) -> HashSet<usize> {
        let omitted: HashSet<usize> = wholes
            .iter()
            .filter_map(|w| match w {
                Whole::Omitted { d, .. } => *d,
                Whole::Replaced { .. } => None,
            })
            .collect();
        let runs = self.runs(doc_of, &omitted);
        let mut bearers: HashMap<&str, usize> = HashMap::new();
        for s in self.new_sections {
            *bearers.entry(s.label.as_str()).or_default() += 1;
        }
        let borne_elsewhere = |i: usize, replaced: bool| {
            let n = bearers.get(self.old_sections[i].label.as_str()).copied();
            n.unwrap_or(0) > usize::from(replaced)
        };
        wholes
            .iter()
            .filter_map(|w| match *w {
                Whole::Replaced { i, d, .. } => (!borne_elsewhere(i, true)).then_some(d),
                Whole::Omitted {
                    i,
                    d: Some(d),
                    moved: false,
                } => (!borne_elsewhere(i, false)).then_some(d),
                Whole::Omitted { .. } => None,
            })
            .filter(|&d| {
                self.doc.sections[d].kind != HeadingKind::Division
                    && !runs.iter().any(|r| r.spans(d))
            })
            .collect()
    }

    /// The first instructions: the sections omitted or replaced whole (see [`Gen::wholes`])
    /// but for those kept for their place (see [`Gen::deferrable`]), in the order the
    /// redline lists them. Returns the sections omitted.
    fn omit_and_replace(&mut self, doc_of: &HashMap<usize, usize>) -> HashSet<usize> {
        // The division each old section stands in, for the two orderings below.
        let parents = self.doc.nesting.parents(self.doc.sections.iter());
        let wholes = nested_first(self.wholes(doc_of), &parents);
        if self.defer {
            self.deferred = self.deferrable(&wholes, doc_of);
            for k in emptied(&wholes, &parents) {
                self.deferred.remove(&k);
            }
            self.waiting = self.deferred.clone();
        }
        let mut removed = HashSet::new();
        for w in wholes {
            match w {
                Whole::Replaced { d, .. } if self.deferred.contains(&d) => {}
                Whole::Replaced { i, d, j } => {
                    if !self.emit_checked(self.replacement_by(d, j)) {
                        self.note(format!(
                            "{} is replaced, but the new text cannot be stated exactly",
                            self.old_sections[i].label
                        ));
                    }
                }
                Whole::Omitted { d: Some(d), .. } if self.deferred.contains(&d) => {}
                Whole::Omitted { i, d, moved } => match d {
                    Some(d)
                        if !self.w.ambiguous(d)
                            && self.emit_checked(Instruction::Omit { section: d }) =>
                    {
                        removed.insert(d);
                    }
                    _ => {
                        let what = if moved { "moved" } else { "removed" };
                        self.note(format!(
                            "{} is {what}, but it cannot be named unambiguously in the old text",
                            self.old_sections[i].label
                        ));
                    }
                },
            }
        }
        removed
    }

    /// Emits `ins` when it reads back from its wording at the point reached and can be
    /// carried out there; says whether it did.
    fn emit_checked(&mut self, ins: Instruction) -> bool {
        if !self.reads_back(&ins) {
            return false;
        }
        self.emit(ins)
    }

    /// Emits `ins` and carries the point reached past it; says whether it could.
    fn emit(&mut self, ins: Instruction) -> bool {
        match self.w.advance(&ins) {
            Ok(()) => {
                // What can give a number to a second section: one inserted, replaced or
                // renumbered (a section waiting is no division, whose omission would move
                // the units under it into the one above).
                let numbers = matches!(
                    ins,
                    Instruction::Insert { .. }
                        | Instruction::Replace { .. }
                        | Instruction::Renumber { .. }
                );
                self.out.push(ins);
                if numbers {
                    self.clashed |= self.waiting.iter().any(|&d| self.w.ambiguous(d));
                }
                true
            }
            Err(_) => false,
        }
    }

    /// When entry `k` removes a section and the next entry adds one with the same label in
    /// its place: the old section (as the instructions read it) and the new one.
    fn replacement(&self, k: usize, doc_of: &HashMap<usize, usize>) -> Option<(usize, usize)> {
        let c = &self.r.sections[k];
        let next = self.r.sections.get(k + 1)?;
        let (Some(i), None) = (c.old, c.new) else {
            return None;
        };
        let (None, Some(j)) = (next.old, next.new) else {
            return None;
        };
        let d = *doc_of.get(&i)?;
        let same = self.old_sections[i].label == self.new_sections[j].label
            && self.old_sections[i].number.is_some();
        (same && !self.w.ambiguous(d)).then_some((d, j))
    }

    /// When entry `k` is a section whose text was replaced whole under its number (see
    /// [`crate::redline::SectionChange::replaced`]), in its place: the old section (as the instructions read
    /// it) and the new one. Stated as a replacement, not as a sentence replaced.
    fn replaced_whole(&self, k: usize, doc_of: &HashMap<usize, usize>) -> Option<(usize, usize)> {
        let c = &self.r.sections[k];
        let (Some(i), Some(j)) = (c.old, c.new) else {
            return None;
        };
        let d = *doc_of.get(&i)?;
        let keep = c.replaced && !c.moved && !c.renumbered;
        (keep && !self.w.ambiguous(d)).then_some((d, j))
    }

    /// When the old text read alone splits otherwise than beside the new one (detection
    /// weighs both texts), the alignment cannot be carried over: every section is omitted
    /// and the new text inserted whole.
    fn whole_text(mut self) -> Instructions {
        for s in 0..self.doc.sections.len() {
            if !self.emit_checked(Instruction::Omit { section: s }) {
                let label = self.doc.sections[s].label.clone();
                self.note(format!(
                    "{label} is removed, but it cannot be named unambiguously in the old text"
                ));
            }
        }
        if !self.new.is_empty() {
            let ins = Instruction::Insert {
                place: Place::Start,
                text: self.new.to_string(),
                units: Vec::new(),
            };
            if !self.emit_checked(ins) {
                self.note("the new text cannot be quoted so that it reads back".into());
            }
        }
        Instructions { list: self.out }
    }

    fn note(&mut self, text: String) {
        self.out.push(Instruction::Note {
            text: text.replace('\n', " "),
        });
    }

    /// For each section of the redline's old text, the same section as the instructions
    /// read the old text (same bytes, same paragraphs and items).
    fn section_map(&self) -> HashMap<usize, usize> {
        let by_start: HashMap<usize, usize> = self
            .doc
            .sections
            .iter()
            .enumerate()
            .map(|(k, s)| (s.start, k))
            .collect();
        let mut out = HashMap::new();
        for (i, s) in self.old_sections.iter().enumerate() {
            if let Some(&d) = by_start.get(&s.start) {
                let t = &self.doc.sections[d];
                if t.end == s.end
                    && t.number == s.number
                    && t.subsections.len() == s.subsections.len()
                {
                    out.insert(i, d);
                }
            }
        }
        out
    }

    /// The renumberings, in the order of the text: runs of sections of one kind and
    /// keyword shifted alike, with only sections omitted (`removed`) or of another kind
    /// between them.
    fn runs(&self, doc_of: &HashMap<usize, usize>, removed: &HashSet<usize>) -> Vec<Run> {
        // In-order pairs whose number changed, in order.
        let mut cands: Vec<(usize, String)> = Vec::new();
        for c in &self.r.sections {
            let (Some(i), Some(j), false) = (c.old, c.new, c.moved) else {
                continue;
            };
            let Some(&d) = doc_of.get(&i) else { continue };
            let (Some(on), Some(nn)) = (&self.doc.sections[d].number, &self.new_sections[j].number)
            else {
                continue;
            };
            if on != nn && self.doc.sections[d].number_span.is_some() && !self.w.ambiguous(d) {
                cands.push((d, nn.clone()));
            }
        }
        let mut out = Vec::new();
        let mut k = 0;
        while k < cands.len() {
            let (first, ref nf) = cands[k];
            let mut last = k;
            let old_first = self.doc.sections[first].number.as_deref().unwrap_or("");
            if let (Some(a), Some(b)) = (number_value(old_first), number_value(nf)) {
                let shift = b - a;
                while last + 1 < cands.len() {
                    let (d, ref m) = cands[last + 1];
                    let (prev, _) = cands[last];
                    let fits = same_family(&self.doc.sections[first], &self.doc.sections[d])
                        && shift_number(
                            self.doc.sections[d].number.as_deref().unwrap_or(""),
                            shift,
                        )
                        .as_deref()
                            == Some(m.as_str())
                        && (prev + 1..d).all(|x| {
                            !same_family(&self.doc.sections[first], &self.doc.sections[x])
                                || removed.contains(&x)
                        });
                    if !fits {
                        break;
                    }
                    last += 1;
                }
                if shift_number(old_first, shift).as_deref() != Some(nf.as_str()) {
                    last = k;
                }
            }
            out.push(Run {
                members: cands[k..=last].to_vec(),
            });
            k = last + 1;
        }
        out
    }

    /// Emits the renumberings so that no number is ever borne twice where that can be
    /// helped: a run goes when the numbers it gives are free (sections moving up are
    /// renumbered from the last run, those moving down from the first). A run that does not
    /// read back is stated section by section, in the same spirit.
    fn renumber_runs(&mut self, mut runs: Vec<Run>) {
        // Renumbering moves no section from its division: placed once.
        let divisions = self.w.numbering().divisions(&self.doc.nesting);
        while !runs.is_empty() {
            let bearers = self.w.numbering().bearers();
            let k = (0..runs.len())
                .find(|&k| self.free(&runs[k].members, &bearers, &divisions))
                .unwrap_or(0);
            let run = runs.remove(k);
            let (first, nf) = run.members[0].clone();
            let (last, nl) = run.members[run.members.len() - 1].clone();
            let whole = Instruction::Renumber {
                first,
                last,
                new_first: nf,
                new_last: nl,
            };
            if self.emit_checked(whole) {
                continue;
            }
            let mut singles = run.members;
            if self.shifts_up(&singles) {
                singles.reverse();
            }
            for (d, m) in singles {
                let one = Instruction::Renumber {
                    first: d,
                    last: d,
                    new_first: m.clone(),
                    new_last: m,
                };
                if !self.emit_checked(one) {
                    self.note(format!(
                        "{} is renumbered, but the renumbering cannot be stated so that it reads back",
                        self.doc.sections[d].label
                    ));
                }
            }
        }
    }

    /// Whether no standing section outside `members` bears a number they are given (for a
    /// division: in the division it stands in; looked up in `bearers`: a bill renumbered in long runs asks
    /// this of every run left, for every run stated). A `Titel 2` of another `Abschnitt`
    /// leaves the number free: the ZPO's Titel 1 to 4 of Buch 8 Abschnitt 2, each one up,
    /// were stated from the first, and `Titel 2` was then borne twice there.
    fn free(
        &self,
        members: &[(usize, String)],
        bearers: &Bearers,
        divisions: &HashMap<usize, Option<usize>>,
    ) -> bool {
        let f = &self.doc.sections[members[0].0];
        let renumbered: HashSet<usize> = members.iter().map(|(d, _)| *d).collect();
        members.iter().all(|(d, m)| {
            let key = (f.kind, f.keyword.clone(), m.clone());
            // Divisions number within the division they stand in; articles through the code.
            let division = f.kind == HeadingKind::Division;
            let within = divisions.get(d).copied().flatten().filter(|_| division);
            bearers.get(&key).is_none_or(|v| {
                v.iter().all(|s| match s {
                    Some(s) if renumbered.contains(s) => true,
                    Some(s) => within.is_some() && divisions.get(s).copied().flatten() != within,
                    None => false,
                })
            })
        })
    }

    /// Whether the numbers of a run go up.
    fn shifts_up(&self, members: &[(usize, String)]) -> bool {
        let (d, m) = &members[0];
        let old = self.doc.sections[*d].number.as_deref().unwrap_or("");
        matches!((number_value(old), number_value(m)), (Some(a), Some(b)) if b > a)
    }

    fn reads_back(&self, ins: &Instruction) -> bool {
        let text = self.w.render(ins);
        match (self.w.parse(&text), ins) {
            (
                Some(Instruction::Insert { place, text, .. }),
                Instruction::Insert {
                    place: p, text: t, ..
                },
            ) => place == *p && text == *t,
            (Some(back), _) => back == *ins,
            (None, _) => false,
        }
    }

    /// Emits the pending insertion, placed after the last section kept in order, else
    /// before `next`, else at the beginning.
    fn flush(&mut self, group: &mut Option<Group>, anchor: Option<usize>, next: Option<usize>) {
        let Some(g) = group.take() else { return };
        let place = match (anchor, next) {
            (Some(a), _) => Place::After(a),
            (None, Some(n)) => Place::Before(n),
            (None, None) => Place::Start,
        };
        let text = &self.new[g.start..g.end];
        if text.trim().is_empty() {
            // Nothing to quote: an instruction cannot state blank lines alone.
            self.note(format!(
                "{} inserted: blank lines only, which no instruction states (layout)",
                g.labels.join(", ")
            ));
            return;
        }
        let ins = Instruction::Insert {
            place,
            text: text.to_string(),
            units: g.units,
        };
        if !self.emit_checked(ins) {
            self.note(format!(
                "{} inserted, but the insertion cannot be stated exactly (it does not read back)",
                g.labels.join(", ")
            ));
        }
    }

    /// The instructions that amend old section `d` (as renumbered) into new section `j`,
    /// entry `k` of the redline: paragraphs and items renumbered upwards first (their numbers
    /// make room for those inserted), then the changes of words, then those renumbered
    /// downwards (into the numbers those omitted left).
    fn amend(&mut self, k: usize, d: usize, j: usize) {
        let ns = &self.new_sections[j];
        let target = &self.new[ns.start..ns.end];
        let mut buf = SectionBuf::new(self.doc, d);
        let now = self.w.numbering().view(d).number.clone();
        if let Some(m) = now
            .as_deref()
            .filter(|_| now != self.doc.sections[d].number)
        {
            renumber(self.doc, d, &mut buf, m);
        }
        // The same blanks and line breaks at the end (a section whose end is rewrapped still
        // needs its bytes; one shorter than the other's trailing blanks must not underflow).
        // Carriage returns aside: a text saved with Windows line ends has the same breaks.
        let ends_alike = super::apply::trailing_space(&buf.text)
            .chars()
            .filter(|&c| c != '\r')
            .eq(super::apply::trailing_space(target)
                .chars()
                .filter(|&c| c != '\r'));
        if buf.text == target
            || (self.layout == Layout::Words && ends_alike && same_words(&buf.text, target))
        {
            return;
        }
        if self.w.ambiguous(d) {
            self.note(format!(
                "{} is amended, but it cannot be named unambiguously in the old text",
                self.doc.sections[d].label
            ));
            return;
        }
        let (from, before) = (self.out.len(), self.w.units_of(d));
        let start = buf.clone();
        self.absorbed = (0, 0);
        // As `reading_length` weighs the restatement, without a copy of the section for it.
        let whole = reading(&[target]);
        self.weighed = Some(Weighed {
            d,
            from,
            before: before.clone(),
            target: target.to_string(),
            whole,
            parts: 0,
            tried: false,
            restated: false,
        });
        self.amend_in_parts((k, d, j), &mut buf);
        if self.weighed.take().is_some_and(|w| w.restated) {
            return;
        }
        // A text that becomes numbered paragraphs (or gains its first items) could only be
        // amended by quoting the new numbers inside words (`for “Trestný” substitute
        // “(1)\n\nTrestný”`): it is restated whole, as a drafter gives it, however long.
        let numbered = self.doc.sections[d].subsections.is_empty()
            && !self.new_sections[j].subsections.is_empty()
            && self.out[from..].iter().any(quotes_new_unit);
        self.restate_if_shorter(d, target, from, before.clone(), numbered);
        self.in_text_order(d, from, before, &start);
    }

    /// Puts the changes of section `d` (`self.out[from..]`; `before`, its paragraphs and
    /// items ahead of them; `start`, its text then) in the order of the text, as amending
    /// laws list them (the Handbuch der Rechtsförmlichkeit, Teil F 3, changes § 1 Absatz 1
    /// before it replaces Absatz 4). The paragraphs and items omitted and inserted are found
    /// before the changes of words (which are stated in the text they give), so they came
    /// before the changes of words above them (`(a) after subsection (3) insert— …; (b) in
    /// subsection (1), …`). Within each stretch between two renumberings (whose numbers later
    /// changes cite), each change goes where its words stand in the new text, after any
    /// change whose words it rewords (see [`text_order`]). Kept only where every change still
    /// reads back at its new place and, carried out as the applier does, gives the same text.
    fn in_text_order(&mut self, d: usize, from: usize, before: UnitState, start: &SectionBuf) {
        let edits: Vec<(&Address, &TextEdit)> = self.out[from..]
            .iter()
            .filter_map(|ins| match ins {
                Instruction::Edit { at, edit } if at.section == d => Some((at, edit)),
                _ => None,
            })
            .collect();
        // Only units inserted and omitted are stated ahead of their place.
        let ahead = |e: &TextEdit| {
            matches!(
                e,
                TextEdit::InsertUnitAfter { .. }
                    | TextEdit::InsertUnitBefore { .. }
                    | TextEdit::OmitUnit
                    | TextEdit::OmitUnits { .. }
            )
        };
        if edits.len() != self.out.len() - from
            || edits.len() < 2
            || !edits.iter().any(|(_, e)| ahead(e))
        {
            return;
        }
        let Some((order, given)) = text_order(&edits, start) else {
            return;
        };
        if order.iter().enumerate().all(|(k, &i)| k == i) {
            return;
        }
        let emitted = self.out.split_off(from);
        let moved: Vec<Instruction> = order.iter().map(|&i| emitted[i].clone()).collect();
        let after = self.w.units_of(d);
        self.w.set_units_of(d, before);
        let same_text = || {
            let mut copy = start.clone();
            for ins in &moved {
                let Instruction::Edit { at, edit } = ins else {
                    return false;
                };
                if apply_edit(&mut copy, at, edit).is_err() {
                    return false;
                }
            }
            copy.text == given
        };
        if same_text() && moved.iter().all(|ins| self.emit_checked(ins.clone())) {
            return;
        }
        self.out.truncate(from);
        self.w.set_units_of(d, after);
        self.out.extend(emitted);
    }

    /// Whether the article being amended was restated whole on the way (see
    /// [`Gen::restate_early`]): its remaining changes are not stated.
    fn restated(&self) -> bool {
        self.weighed.as_ref().is_some_and(|w| w.restated)
    }

    /// Restates the article being amended whole as soon as it is known that
    /// [`Gen::restate_if_shorter`] would, once every change is stated: from the first pass
    /// over every change of words, instructions are only added, and each change still to
    /// state (`rest`: how many, and [`Remaining::reading`] of theirs) adds one instruction
    /// that reads at least its set words and its new words; so where what is stated and what
    /// must follow read longer than the restatement and are many, so will the whole. Each
    /// quotation is made unique by a search through its unit: the 2 MB price table of an
    /// Estonian regulation, rewritten in 31,000 places, was amended change by change before it
    /// was restated (21 s), a 6 MB text rewritten throughout took minutes. `added` is the
    /// reading length of the instructions emitted since the last call.
    fn restate_early(&mut self, added: usize, rest: Remaining) {
        let Some(w) = self.weighed.as_mut() else {
            return;
        };
        w.parts += added;
        let count = self.out.len() - w.from + self.absorbed.0 + rest.count;
        let reading = w.parts + self.absorbed.1 + rest.reading;
        if w.tried || count < RESTATED_FROM || reading <= w.whole {
            return;
        }
        w.tried = true;
        let (d, from, before) = (w.d, w.from, w.before.clone());
        let whole = Instruction::Replace {
            section: d,
            text: w.target.clone(),
        };
        self.replace_emitted(from, (d, before), whole);
        let restated = self.out.len() == from + 1
            && matches!(self.out[from], Instruction::Replace { section, .. } if section == d);
        if let Some(w) = self.weighed.as_mut() {
            w.restated = restated;
        }
    }

    /// The instructions that amend section `d` (working copy `buf`) into new section `j`,
    /// entry `k` of the redline: units omitted, runs renumbered, then the changes of words.
    fn amend_in_parts(&mut self, (k, d, j): (usize, usize, usize), buf: &mut SectionBuf) {
        let ns = &self.new_sections[j];
        let target = &self.new[ns.start..ns.end];
        // As for sections: paragraphs and items omitted first, then those renumbered (each
        // run into numbers free by then: downwards from the first run, upwards from the last),
        // then those inserted and the changes of words, by the numbers then in force. A run
        // whose numbers are still borne (by a unit removed with other words, so not omitted
        // whole) waits until those changes are made.
        let runs = units::runs(self.doc, &self.r.units[k], d, ns);
        let (goal, runs) = units::unrenumbered(target, ns, runs);
        // A text without paragraphs numbered as the first of its new ones first.
        self.number_text((k, d, j), buf);
        // Those the redline reports removed first (see [`units::removed_runs`]), then those
        // the changes of words omit whole; omissions of one list stated as one. An article
        // most of whose text goes is rewritten rather than amended (the Code électoral's art.
        // L407: its I to V gave way to alinéas and items): left to the changes of words,
        // which restate it.
        let (from, before) = (self.out.len(), self.w.units_of(d));
        let removed = units::removed_runs(self.doc, &self.r.units[k], d);
        let going: usize = removed
            .iter()
            .map(|run| buf.ranges[run[run.len() - 1]].1 - buf.ranges[run[0]].0)
            .sum();
        let rewritten = 2 * going > buf.text.len();
        for run in removed.iter().filter(|_| !rewritten) {
            let (first, last) = (run[0], run[run.len() - 1]);
            self.omit_units(d, buf, buf.ranges[first].0, buf.ranges[last].1);
        }
        self.state_changes(d, buf, &goal, Pass::UnitsOmitted);
        self.join_omissions(from, (d, before));
        let (mut up, down): (Vec<_>, Vec<_>) = runs.into_iter().partition(|r| r.shift > 0);
        up.reverse();
        let mut waiting = Vec::new();
        for run in down.into_iter().chain(up) {
            if !self.units_free(d, &run) || !self.renumber_run(d, buf, &run) {
                waiting.push(run);
            }
        }
        let (goal, waiting) = units::unrenumbered(target, ns, waiting);
        self.insert_added((k, d, j), buf);
        self.state_changes(d, buf, &goal, Pass::All);
        if self.restated() {
            return;
        }
        for run in &waiting {
            self.renumber_run(d, buf, run);
        }
        // What a run could not state (its wording did not read back) is stated as words.
        if !waiting.is_empty() {
            self.state_changes(d, buf, target, Pass::All);
            if self.restated() {
                return;
            }
        }
        let layout = self.layout;
        let given = |buf: &SectionBuf| match layout {
            Layout::Exact => buf.text == target,
            Layout::Words => same_words(&buf.text, target),
        };
        if !given(buf) {
            self.note(format!(
                "{}: the changes stated do not give the new text exactly",
                self.doc.sections[d].label
            ));
        }
    }

    /// Numbers the own text of section `d` (working copy `buf`, without paragraphs) as the
    /// first paragraph of new section `j` and adds the paragraphs after it in one
    /// instruction, where the redline (entry `k`) pairs the text with that paragraph and
    /// reports the others added ([`units::numbers_text`]): `W art. 5 dotychczasową treść
    /// oznacza się jako ust. 1 i dodaje się ust. 2 w brzmieniu:`, as amending acts word it,
    /// rather than the article restated whole. Changes of words in the text numbered are left
    /// to the changes of words. Only where the instruction reads back and puts the label
    /// where the new text has it.
    fn number_text(&mut self, (k, d, j): (usize, usize, usize), buf: &mut SectionBuf) {
        let ns = &self.new_sections[j];
        if buf.text_at.is_none()
            || ns.subsections.is_empty()
            || !self.doc.sections[d].subsections.is_empty()
            || !units::numbers_text(&self.r.units[k])
        {
            return;
        }
        let target = &self.new[ns.start..ns.end];
        let subs = &ns.subsections;
        let first = &subs[0];
        let label = first.label();
        // The label on its line: after the line's blanks, or after the heading's number
        // (`Art. 11. 1. …`: the words numbered are measured from after the label, not from
        // the `1.` inside `11.`).
        let number_end = ns.number_span.as_ref().map_or(0, |n| n.end - ns.start);
        let line = (first.start - ns.start).max(number_end);
        let Some(p) = target[line..].find(label.as_str()).map(|x| line + x) else {
            return;
        };
        let Some(next) = subs[1..].iter().find(|s| s.level <= first.level) else {
            return;
        };
        let head = p + label.len() + 1;
        if !target[p + label.len()..].starts_with(' ') || next.start - ns.start < head {
            return;
        }
        let at = Address {
            section: d,
            path: Vec::new(),
        };
        let edit = TextEdit::NumberText {
            label,
            then: target[next.start - ns.start..].to_string(),
        };
        let mut copy = buf.clone();
        if apply_edit(&mut copy, &at, &edit).is_err() || copy.text.get(..head) != target.get(..head)
        {
            return;
        }
        // Numbered, not rewritten: a text most of whose words change is restated, as a
        // paragraph is (the StGB's § 278 in 2021: its sentence rewritten as `(1)` and a `(2)`
        // added). The words are compared whether or not the unit tree paired the text with
        // the new paragraph (see `units::numbers_text`).
        let numbered = &target[head..next.start - ns.start];
        let own = buf.text_at.map_or("", |t| &buf.text[t..]);
        if 2 * words_replaced(own, &changes(own, numbered)) > words(own).count() {
            return;
        }
        let ins = Instruction::Edit { at, edit };
        if self.reads_back(&ins) && self.emit(ins) {
            *buf = copy;
        }
    }

    /// Inserts the runs of paragraphs and items the redline reports added to section `d`
    /// (entry `k`, new section `j`; see [`units::added_runs`]) beside the units they follow
    /// or precede, each as units inserted, where no unit standing there bears a number
    /// they take; the others are left to the changes of words.
    fn insert_added(&mut self, (k, d, j): (usize, usize, usize), buf: &mut SectionBuf) {
        let ns = &self.new_sections[j];
        let target = &self.new[ns.start..ns.end];
        for run in units::added_runs(self.doc, &self.r.units[k], d, (self.new, ns)) {
            let (old, after) = run.beside;
            let numbers: Vec<&str> = run
                .news
                .iter()
                .map(|&m| ns.subsections[m].number())
                .collect();
            if self.numbers_borne(d, self.doc.parent(d, old), &[], &numbers) {
                continue;
            }
            let p = if after {
                buf.ranges[old].1
            } else {
                buf.ranges[old].0
            };
            // After a text's last unit, the blank line that sets the run apart is the
            // insertion's (see `blank_line_wanted`).
            let text = &target[run.text.0..run.text.1];
            let with = match after && blank_line_wanted(buf, buf.ranges[old].0, p) {
                true => format!("\n{text}"),
                false => text.to_string(),
            };
            let inserted = self.state(d, buf, p, p, &with).filter(|(ins, _)| {
                matches!(
                    ins,
                    Instruction::Edit {
                        edit: TextEdit::InsertUnitAfter { .. } | TextEdit::InsertUnitBefore { .. },
                        ..
                    }
                )
            });
            if let Some((ins, (x, y, w))) = inserted {
                buf.replace(x, y, &w);
                self.emit_edit(ins);
            }
        }
    }

    /// Puts the instructions amending section `d` (`self.out[from..]`, `before` the point
    /// reached ahead of them) in favour of one restating it whole (`§ 176c wird durch den
    /// folgenden § 176c ersetzt:`) where they are many (see [`RESTATED_FROM`]) and that is
    /// shorter to read: the quotations and set words of each instruction against the new
    /// text once. An article rewritten in thirty places reads better given anew, as drafters
    /// give it; a long article changed in a few words, and a short one changed in one or
    /// two, keep their amendments, which say what changed. With `always`, it is restated
    /// however long.
    fn restate_if_shorter(
        &mut self,
        d: usize,
        target: &str,
        from: usize,
        before: UnitState,
        always: bool,
    ) {
        let whole = Instruction::Replace {
            section: d,
            text: target.to_string(),
        };
        if !always {
            // Paragraphs restated count as the changes they state: the article is weighed as
            // amended change by change.
            let parts =
                self.out[from..].iter().map(reading_length).sum::<usize>() + self.absorbed.1;
            let many = self.out.len() - from + self.absorbed.0 >= RESTATED_FROM
                || self.out[from..]
                    .iter()
                    .any(|ins| self.quotes_heading(d, ins));
            if !many || parts <= reading_length(&whole) {
                return;
            }
        }
        self.replace_emitted(from, (d, before), whole);
    }

    /// Whether `ins` substitutes words of section `d` that take in its heading line: the whole
    /// article quoted, where no change inside it could be quoted alone (`In Artikel 138b, for
    /// “###Artikel 138b … toe te zenden.” substitute …` in the Wetboek van Strafrecht, after
    /// two instructions that had changed words of the same text). Such an article is restated
    /// whole, as one instruction, where that reads shorter, however few its changes.
    fn quotes_heading(&self, d: usize, ins: &Instruction) -> bool {
        let Instruction::Edit {
            at,
            edit: TextEdit::Substitute { old, .. },
        } = ins
        else {
            return false;
        };
        let s = &self.doc.sections[d];
        let heading = self.doc.text[s.start..s.end]
            .lines()
            .next()
            .unwrap_or("")
            .trim();
        at.section == d && at.path.is_empty() && !heading.is_empty() && old.contains(heading)
    }

    /// Puts `ins` in place of the changes of words in section `d` emitted from
    /// `self.out[from]` on, stated from the point reached ahead of them (`before`, its
    /// paragraphs and items as they stood: all those changes alter), where it reads back
    /// and can be carried out there; else leaves them and the point reached as they were.
    fn replace_emitted(&mut self, from: usize, (d, before): (usize, UnitState), ins: Instruction) {
        let after = self.w.units_of(d);
        let emitted = self.out.split_off(from);
        self.w.set_units_of(d, before);
        if !self.emit_checked(ins) {
            self.w.set_units_of(d, after);
            self.out.extend(emitted);
        }
    }

    /// Whether the numbers a run gives are borne by no other paragraph or item standing
    /// beside its members.
    fn units_free(&self, d: usize, run: &units::Run) -> bool {
        let members: Vec<usize> = run.units.iter().map(|u| u.sub).collect();
        let numbers: Vec<&str> = run.units.iter().map(|u| u.new.as_str()).collect();
        !self.numbers_borne(d, run.parent, &members, &numbers)
    }

    /// Whether a paragraph or item standing under `parent` of section `d`, other than
    /// `except`, bears one of `numbers` now.
    fn numbers_borne(
        &self,
        d: usize,
        parent: Option<usize>,
        except: &[usize],
        numbers: &[&str],
    ) -> bool {
        let state = self.w.numbering();
        self.doc
            .children(d, parent)
            .filter(|k| !except.contains(k) && state.sub_live(d, *k))
            .any(|k| numbers.contains(&state.sub(self.doc, d, k).number()))
    }

    /// Renumbers a run of paragraphs or items of section `d` when the instruction reads back
    /// and can be carried out; says whether it did.
    fn renumber_run(&mut self, d: usize, buf: &mut SectionBuf, run: &units::Run) -> bool {
        let at = Address {
            section: d,
            path: run.parent.map_or_else(Vec::new, |p| self.doc.path_to(d, p)),
        };
        if !self.w.addressable(&at) {
            return false;
        }
        let edit = TextEdit::RenumberUnits {
            units: run.units.clone(),
        };
        let mut trial = buf.clone();
        if apply_edit(&mut trial, &at, &edit).is_err() {
            return false;
        }
        let ins = Instruction::Edit { at, edit };
        if !self.reads_back(&ins) || !self.emit(ins) {
            return false;
        }
        *buf = trial;
        true
    }

    /// States the changes of words that turn the working copy of section `d` into `goal`
    /// (with [`Pass::UnitsOmitted`], only the paragraphs and items it omits whole).
    fn state_changes(&mut self, d: usize, buf: &mut SectionBuf, goal: &str, pass: Pass) {
        let mut todo = changes(&buf.text, goal);
        if pass == Pass::All && self.restate_units(d, buf, goal, &todo) {
            todo = changes(&buf.text, goal);
        }
        let weighed = pass == Pass::All && self.weighed.as_ref().is_some_and(|w| w.d == d);
        // Where the layout is left out, a change of layout alone is stated by nothing: only
        // what is stated counts.
        let mut rest = Remaining::default();
        if weighed && self.layout == Layout::Exact {
            for (_, n) in &todo {
                rest += Remaining::of(&goal[n.clone()]);
            }
        }
        if let Some(w) = self.weighed.as_mut().filter(|_| weighed) {
            w.parts = self.out[w.from..].iter().map(reading_length).sum();
        }
        if weighed {
            self.restate_early(0, rest);
            if self.restated() {
                return;
            }
        }
        let mut delta: isize = 0;
        for (o, n) in todo {
            let a = (o.start as isize + delta) as usize;
            let b = (o.end as isize + delta) as usize;
            let with = &goal[n.clone()];
            if pass == Pass::UnitsOmitted {
                if with.is_empty() {
                    delta -= self.omit_units(d, buf, a, b) as isize;
                }
                continue;
            }
            // Layout left out: a change that keeps the words, and keeps the article ending on
            // a line break where it did (the blanks that end it separate it from the next; a
            // change bringing them to an article that ended the text without one is stated, or
            // a section inserted after it runs into its last word: `months.§ 12`). More or
            // fewer blank lines or blanks after a heading are layout (`## Teil -\n\n` →
            // `## Teil - \n\n\n`).
            if self.layout == Layout::Words && layout_only(&buf.text, (a, b), with) {
                continue;
            }
            let before = buf.text.len();
            match self.state(d, buf, a, b, with) {
                // Carried out as the applier will (a wider quotation moves the units it
                // overlaps), so later changes see the same working copy.
                Some((ins, (x, y, w))) => {
                    buf.replace(x, y, &w);
                    self.emit_edit(ins);
                }
                _ => {
                    self.note(format!(
                        "in {}, “{}” becomes “{}”, which no instruction of this style states exactly",
                        self.doc.sections[d].label,
                        buf.text[a..b].replace('\n', " "),
                        with.replace('\n', " ")
                    ));
                    buf.replace(a, b, with);
                }
            }
            debug_assert_eq!(
                buf.text.len() as isize - before as isize,
                with.len() as isize - (b - a) as isize
            );
            delta += with.len() as isize - (b - a) as isize;
            if weighed {
                if self.layout == Layout::Exact {
                    rest -= Remaining::of(with);
                }
                let added = self.out.last().map_or(0, reading_length);
                self.restate_early(added, rest);
                if self.restated() {
                    return;
                }
            }
        }
    }

    /// Restates whole (`§ 66 Absatz 3 wird durch den folgenden Absatz 3 ersetzt:`) each
    /// paragraph or item right under section `d` whose changes on the way to `goal` are many
    /// and read longer than its new text, as [`Gen::restate_if_shorter`] does for articles,
    /// `all` being the changes from the working copy to `goal`; the copy is brought past
    /// them. Says whether any was.
    fn restate_units(
        &mut self,
        d: usize,
        buf: &mut SectionBuf,
        goal: &str,
        all: &[(Span, Span)],
    ) -> bool {
        let growth = |(o, n): &(Span, Span)| n.len() as isize - o.len() as isize;
        // One sweep over the units in order (their ranges follow each other) and the changes
        // in order: those before a unit (an insertion at its start among them) shift where it
        // stands in `goal`; those inside it are weighed; one running over its start or end
        // (or an insertion at its end, which may be a unit of its own) leaves it amended.
        let mut restated = Vec::new();
        let (mut c, mut before) = (0, 0isize);
        for k in self.doc.children(d, None) {
            let (ua, ub) = buf.ranges[k];
            while c < all.len() && all[c].0.end <= ua {
                before += growth(&all[c]);
                c += 1;
            }
            let mut inside = Vec::new();
            let mut straddles = false;
            for ch in all[c..].iter().take_while(|(o, _)| o.start < ub) {
                match ch.0.start >= ua && ch.0.end <= ub {
                    true => inside.push(ch),
                    false => straddles = true,
                }
            }
            if straddles || inside.is_empty() {
                continue;
            }
            let within: isize = inside.iter().map(|ch| growth(ch)).sum();
            let (ga, gb) = (ua as isize + before, ub as isize + before + within);
            let Some(text) = usize::try_from(ga)
                .ok()
                .zip(usize::try_from(gb).ok())
                .and_then(|(ga, gb)| goal.get(ga..gb))
            else {
                continue;
            };
            // A unit whose new text no longer opens with a label of its kind, its words
            // changed too (the Code pénal's art. 224-9: its 3° became `II. - En cas …`), is
            // restated: amending its words would quote its old label as words replaced. One
            // that only lost its label (`die Angabe „(2)“ wird gestrichen`) or had it replaced
            // (`le mot « 5° » est remplacé par le mot « b) »`), or lost all its words, is
            // amended as before.
            let marker = self.doc.sections[d].subsections[k].marker;
            let old_words = || words(&buf.text[ua..ub]).skip(1);
            let label = opening_number(marker, &buf.text[ua..ub]);
            let relabelled = label.is_some()
                && !opens_like(marker, text)
                && words(text).next().is_some()
                && !words(text).eq(old_words())
                && !words(text).skip(1).eq(old_words());
            // A unit most of whose words a few changes replace is restated too, as a drafter
            // gives it (`ust. 2 otrzymuje brzmienie:`, `§ 31 Absatz 2 wird durch den folgenden
            // Absatz 2 ersetzt:` rather than quoting all its words but its label as replaced),
            // where it still opens with its own label and has words after it.
            let replaced = words_replaced(&buf.text, inside.iter().copied());
            let rewritten = 2 * replaced > old_words().count()
                && label.is_some()
                && opening_number(marker, text) == label
                && words(text).nth(1).is_some();
            if !relabelled && !rewritten && inside.len() < RESTATED_FROM {
                continue;
            }
            let parts: usize = inside
                .iter()
                .map(|(o, n)| reading(&[&buf.text[o.clone()], &goal[n.clone()]]))
                .sum();
            let whole = reading(&[text]);
            if relabelled || parts > whole {
                let extra = (inside.len() - 1, parts.saturating_sub(whole));
                restated.push((k, text.to_string(), extra));
            }
        }
        let mut any = false;
        for (k, text, extra) in restated {
            let at = Address {
                section: d,
                path: self.doc.path_to(d, k),
            };
            if !self.w.addressable(&at) {
                continue;
            }
            let edit = TextEdit::ReplaceUnit { text };
            let mut trial = buf.clone();
            if apply_edit(&mut trial, &at, &edit).is_err() {
                continue;
            }
            let ins = Instruction::Edit { at, edit };
            if self.reads_back(&ins) && self.emit(ins) {
                *buf = trial;
                self.absorbed = (self.absorbed.0 + extra.0, self.absorbed.1 + extra.1);
                any = true;
            }
        }
        any
    }

    /// Omits the paragraphs or items that the deletion of `a..b` removes whole: the one it
    /// covers, or those that follow each other from `a` (`8°` and `9°` removed together are
    /// two omissions); returns how many bytes were taken out (none when it is no such units).
    fn omit_units(&mut self, d: usize, buf: &mut SectionBuf, a: usize, b: usize) -> usize {
        let omission = |found: Option<(Instruction, Located)>| {
            found.filter(|(ins, _)| {
                matches!(
                    ins,
                    Instruction::Edit {
                        edit: TextEdit::OmitUnit,
                        ..
                    }
                )
            })
        };
        if unit_candidates(buf, a, b, "").is_empty() {
            // Several units from `a` on, outermost first.
            let (before, from) = (self.w.units_of(d), self.out.len());
            let mut end = b;
            while a < end {
                let Some(e) = buf
                    .ranges
                    .iter()
                    .filter(|r| r.0 == a && a < r.1 && r.1 <= end)
                    .map(|r| r.1)
                    .max()
                else {
                    break;
                };
                let Some((ins, (x, y, w))) = omission(self.state(d, buf, a, e, "")) else {
                    break;
                };
                buf.replace(x, y, &w);
                self.emit_edit(ins);
                end -= e - a;
            }
            self.join_omissions(from, (d, before));
            return b - end;
        }
        match omission(self.state(d, buf, a, b, "")) {
            Some((ins, (x, y, w))) => {
                buf.replace(x, y, &w);
                self.emit_edit(ins);
                b - a
            }
            None => 0,
        }
    }

    /// Turns the omissions emitted from `self.out[from]` on, of two or more paragraphs or
    /// items under one unit, into one (`Les 8° et 9° … sont abrogés.`), where it reads back;
    /// `before` is section `d`'s paragraphs and items as they stood before them.
    fn join_omissions(&mut self, from: usize, before: (usize, UnitState)) {
        let parts: Option<Vec<(usize, &[usize], usize)>> = self.out[from..]
            .iter()
            .map(|ins| match ins {
                Instruction::Edit {
                    at,
                    edit: TextEdit::OmitUnit,
                } => {
                    let (&k, parent) = at.path.split_last()?;
                    Some((at.section, parent, k))
                }
                _ => None,
            })
            .collect();
        let Some(parts) = parts.filter(|p| p.len() >= 2) else {
            return;
        };
        let (section, parent) = (parts[0].0, parts[0].1);
        if parts.iter().any(|p| p.0 != section || p.1 != parent) {
            return;
        }
        let at = Address {
            section,
            path: parent.to_vec(),
        };
        if !self.w.addressable(&at) {
            return;
        }
        let subs = parts.iter().map(|p| p.2).collect();
        let joined = Instruction::Edit {
            at,
            edit: TextEdit::OmitUnits { subs },
        };
        self.replace_emitted(from, before, joined);
    }

    /// Emits a change of words; one that omits a paragraph or item takes it out of the units
    /// standing, so later instructions do not name it.
    fn emit_edit(&mut self, ins: Instruction) {
        let advanced = self.w.advance(&ins);
        debug_assert!(advanced.is_ok(), "a change of words in a standing section");
        self.out.push(ins);
    }

    /// The instruction replacing `a..b` of the working copy with `with`: the deepest unit
    /// that holds the change, the plainest form that reads back and gives exactly the text;
    /// and where it falls in the copy.
    fn state(
        &self,
        d: usize,
        buf: &SectionBuf,
        a: usize,
        b: usize,
        with: &str,
    ) -> Option<(Instruction, Located)> {
        let change = (a, b, with);
        // Whole paragraphs or items omitted or inserted, stated as such.
        let mut units = unit_candidates(buf, a, b, with);
        // A unit of the inserted one's form first (`(2)` goes after a paragraph, not after
        // the last item of one), after one rather than before the next, then the deepest:
        // new items go after the last item, not after its parent.
        let subs = &self.doc.sections[d].subsections;
        units.sort_by_key(|(k, edit)| {
            let (form, before) = match edit {
                TextEdit::InsertUnitAfter { text } => (opens_like(subs[*k].marker, text), false),
                TextEdit::InsertUnitBefore { text } => (opens_like(subs[*k].marker, text), true),
                _ => (true, false),
            };
            (!form, before, std::cmp::Reverse(subs[*k].level))
        });
        for (k, edit) in units {
            let at = Address {
                section: d,
                path: self.doc.path_to(d, k),
            };
            if !self.w.addressable(&at) {
                continue;
            }
            let ins = Instruction::Edit { at, edit };
            if let Instruction::Edit { at, edit } = &ins
                && let Some(located) = gives(buf, at, edit, change)
                && self.reads_back(&ins)
            {
                return Some((ins, located));
            }
        }
        for path in self.units_around(d, buf, (a, b), with) {
            let at = Address { section: d, path };
            let (ua, ub) = buf.range(&at.path);
            let hay = &buf.text[ua..ub];
            let whole = std::iter::once_with(|| whole_unit(hay, a - ua, b - ua, with)).flatten();
            for edit in candidates(hay, a - ua, b - ua, with)
                .into_iter()
                .chain(whole)
            {
                let ins = Instruction::Edit {
                    at: at.clone(),
                    edit,
                };
                if let Instruction::Edit { at, edit } = &ins
                    && let Some(located) = gives(buf, at, edit, change)
                    && self.reads_back(&ins)
                {
                    return Some((ins, located));
                }
            }
        }
        None
    }

    /// Paths of the units of section `d` that hold `a..b` (to be replaced with `with`),
    /// deepest first, then the section.
    fn units_around(
        &self,
        d: usize,
        buf: &SectionBuf,
        (a, b): (usize, usize),
        with: &str,
    ) -> Vec<Vec<usize>> {
        let sec = &self.doc.sections[d];
        let subs = &sec.subsections;
        // Blanks put or taken where a unit starts inside a line (an item opened on its
        // paragraph's line, `(2)(*a*)` → `(2) (*a*)`; a Dutch lid's words after its `1.`) are
        // the parent's: the unit could state them only by quoting itself whole.
        let blanks = buf.text[a..b].trim().is_empty() && with.trim().is_empty();
        let opens_inline = |s: usize| blanks && s == a && s > 0 && !buf.text[..s].ends_with('\n');
        let mut inside: Vec<usize> = (0..subs.len())
            .filter(|&k| {
                let (s, e) = buf.ranges[k];
                s <= a && b <= e && (a < e || a == b) && !opens_inline(s)
            })
            .collect();
        inside.sort_by_key(|&k| std::cmp::Reverse(subs[k].level));
        let mut out: Vec<Vec<usize>> = inside
            .into_iter()
            .map(|k| self.doc.path_to(d, k))
            .filter(|p| {
                self.w.addressable(&Address {
                    section: d,
                    path: p.clone(),
                })
            })
            .collect();
        out.push(Vec::new());
        out
    }
}

/// Where carrying out `edit` in the unit `at` of the working copy falls, when it gives the
/// copy with `a..b` replaced by `with`: compared where the two can differ, so that a long
/// unit is not copied for every quotation tried.
fn gives(
    buf: &SectionBuf,
    at: &Address,
    edit: &TextEdit,
    (a, b, with): (usize, usize, &str),
) -> Option<Located> {
    let t = &buf.text;
    let (x, y, w) = place_edit(buf, at, edit).ok()?;
    if w.len() + b - a != with.len() + y - x {
        return None;
    }
    let (lo, hi) = (x.min(a), y.max(b));
    ([&t[lo..x], w.as_str(), &t[y..hi]].concat() == [&t[lo..a], with, &t[b..hi]].concat())
        .then_some((x, y, w))
}

/// Where a change of words falls in the working copy (`x..y`) and what it puts there.
type Located = (usize, usize, String);

/// Whole units omitted or inserted: the deletion `a..b` (or the insertion of `with` at `a`),
/// slid over the equal characters around it, when it then covers exactly a paragraph or item
/// (or falls right after one, at the start of a line, inserting whole lines).
fn unit_candidates(buf: &SectionBuf, a: usize, b: usize, with: &str) -> Vec<(usize, TextEdit)> {
    let t = &buf.text;
    let mut out = Vec::new();
    if with.is_empty() && b > a {
        let mut spans = vec![(a, b)];
        let (mut x, mut y) = (a, b);
        while let (Some(p), Some(q)) = (t[..x].chars().next_back(), t[..y].chars().next_back()) {
            if p != q || x == 0 {
                break;
            }
            x -= p.len_utf8();
            y -= q.len_utf8();
            spans.push((x, y));
        }
        let (mut x, mut y) = (a, b);
        while let (Some(p), Some(q)) = (t[x..].chars().next(), t[y..].chars().next()) {
            if p != q {
                break;
            }
            x += p.len_utf8();
            y += q.len_utf8();
            spans.push((x, y));
        }
        for (k, r) in buf.ranges.iter().enumerate() {
            if spans.contains(r) {
                out.push((k, TextEdit::OmitUnit));
            }
        }
    }
    if a == b && with.ends_with('\n') {
        let mut places = vec![(a, with.to_string())];
        let (mut p, mut w) = (a, with.to_string());
        while let (Some(c), Some(l)) = (t[..p].chars().next_back(), w.chars().next_back()) {
            if c != l {
                break;
            }
            p -= c.len_utf8();
            w = format!("{c}{}", &w[..w.len() - l.len_utf8()]);
            places.push((p, w.clone()));
        }
        let (mut p, mut w) = (a, with.to_string());
        while let (Some(c), Some(f)) = (t[p..].chars().next(), w.chars().next()) {
            if c != f {
                break;
            }
            p += c.len_utf8();
            w = format!("{}{c}", &w[f.len_utf8()..]);
            places.push((p, w.clone()));
        }
        for (p, w) in places {
            let line_start = p == 0 || t[..p].ends_with('\n');
            if !line_start || !w.ends_with('\n') {
                continue;
            }
            for (k, r) in buf.ranges.iter().enumerate() {
                if r.1 == p {
                    // After a text's last unit, the blank line before the new one is the
                    // insertion's (see `blank_line_wanted`), not the quoted unit's.
                    if let Some(unit) = w.strip_prefix('\n')
                        && unit.starts_with(|c: char| !c.is_whitespace())
                        && blank_line_wanted(buf, r.0, r.1)
                    {
                        let text = unit.to_string();
                        out.push((k, TextEdit::InsertUnitAfter { text }));
                    }
                    out.push((k, TextEdit::InsertUnitAfter { text: w.clone() }));
                }
                // Ahead of a list's first item, no unit ends there.
                if r.0 == p && r.1 > r.0 {
                    out.push((k, TextEdit::InsertUnitBefore { text: w.clone() }));
                }
            }
        }
    }
    out
}

/// Whether putting `with` for `a..b` of `text` changes its layout alone: the same words (see
/// [`same_words`]), and the text ends on a line break, a blank or its last word as before.
/// Read around the change only (the words it can touch run from the blank before `a` to the
/// blank after `b`): a section of megabytes was copied and cut into words for each of its
/// thousands of changes.
fn layout_only(text: &str, (a, b): (usize, usize), with: &str) -> bool {
    let lo = text[..a]
        .trim_end_matches(|c: char| !c.is_whitespace())
        .len();
    let hi = b + text[b..]
        .find(char::is_whitespace)
        .unwrap_or(text.len() - b);
    if !same_words(&[&text[lo..a], with, &text[b..hi]].concat(), &text[lo..hi]) {
        return false;
    }
    // Words remain after the change: the text ends as it did.
    if b < text.trim_end().len() {
        return true;
    }
    let ends = |t: &str| {
        let space = trailing_space(t);
        (space.is_empty(), space.contains('\n'))
    };
    ends(&[&text[..a], with, &text[b..]].concat()) == ends(text)
}

/// From this many instructions amending one article, it is restated whole where that is
/// shorter to read.
const RESTATED_FROM: usize = 6;

/// The words set around an instruction's quotations, about (`In § 5 Absatz 1 werden die
/// Wörter „…“ durch die Wörter „…“ ersetzt.`).
const SET_WORDS: usize = 60;

/// How long an instruction quoting `quoted` is to read, about, in characters.
fn reading(quoted: &[&str]) -> usize {
    SET_WORDS + quoted.iter().map(|q| q.chars().count()).sum::<usize>()
}

/// How long an instruction is to read, about: its set words and what it quotes.
fn reading_length(ins: &Instruction) -> usize {
    match ins {
        Instruction::Edit { edit, .. } => match edit {
            TextEdit::Substitute { old, new } => reading(&[old, new]),
            TextEdit::Omit { text }
            | TextEdit::ReplaceUnit { text }
            | TextEdit::InsertUnitAfter { text }
            | TextEdit::InsertUnitBefore { text } => reading(&[text]),
            TextEdit::InsertAfter { anchor, text } => reading(&[anchor, text]),
            TextEdit::NumberText { label, then } => reading(&[label, then]),
            TextEdit::OmitUnit | TextEdit::OmitUnits { .. } | TextEdit::RenumberUnits { .. } => {
                reading(&[])
            }
        },
        Instruction::Insert { text, .. }
        | Instruction::Replace { text, .. }
        | Instruction::Note { text } => reading(&[text]),
        Instruction::Omit { .. } | Instruction::Renumber { .. } => reading(&[]),
    }
}

/// Tokens: runs of letters and digits, runs of blanks, single other characters.
fn tokens(t: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let class = |c: char| {
        if c.is_alphanumeric() {
            0
        } else if c.is_whitespace() {
            1
        } else {
            2
        }
    };
    let mut prev: Option<u8> = None;
    for (k, c) in t.char_indices() {
        let cl = class(c);
        if let Some(p) = prev
            && (p != cl || cl == 2)
        {
            out.push(&t[start..k]);
            start = k;
        }
        prev = Some(cl);
    }
    if start < t.len() {
        out.push(&t[start..]);
    }
    out
}

type Span = std::ops::Range<usize>;

/// The changed stretches between two texts: lines first (so whole paragraphs added or removed
/// stay whole), then word by word inside changed blocks of lines; changes separated only by
/// blanks or one short word on one line are one change.
fn changes(a: &str, b: &str) -> Vec<(Span, Span)> {
    let (la, lb): (Vec<&str>, Vec<&str>) = (
        a.split_inclusive('\n').collect(),
        b.split_inclusive('\n').collect(),
    );
    let (oa, ob) = (offsets(&la), offsets(&lb));
    let lines = Lines {
        a,
        b,
        la: &la,
        lb: &lb,
        oa: &oa,
        ob: &ob,
    };
    let mut out: Vec<(Span, Span)> = Vec::new();
    for group in changed_groups(&la, &lb) {
        let (first, last) = (&group[0], &group[group.len() - 1]);
        let apart: Vec<(Span, Span)> = group.iter().flat_map(|b| lines.block(b)).collect();
        let best = if group.len() == 1 {
            apart
        } else {
            // Blocks apart only by blank lines are also compared as one block (the blank
            // between paragraphs is no anchor: `(2) … věci,` `- a) …` `- b) …` became
            // `(2) … je` `- a) …` `- b) …` `- c) …`, and a blank matched across made the old
            // `a)` the new `b)`); the reading that changes fewer words, or as many in fewer
            // places, is kept, as in [`Lines::block`].
            let merged = lines.block(&(
                DiffTag::Replace,
                first.1.start..last.1.end,
                first.2.start..last.2.end,
            ));
            // But not where a change would run over the blank between two paragraphs.
            let across = merged.iter().any(|c| spans_blank(a, b, c));
            match !across && better(a, b, &merged, &apart) {
                true => merged,
                false => apart,
            }
        };
        for c in best {
            push_change(&mut out, (a, b), c);
        }
    }
    out
}

/// Whether the changes `x` between `a` and `b` read better than `y`: fewer words changed, or
/// as many in fewer places; but where `y` inserts or removes more paragraphs or items whole,
/// it is kept at up to twice the words of `x`.
fn better(a: &str, b: &str, x: &[(Span, Span)], y: &[(Span, Span)]) -> bool {
    let (wx, wy) = (words_changed(a, b, x), words_changed(a, b, y));
    let units = |c: &[(Span, Span)]| {
        c.iter()
            .filter(|(u, v)| {
                (u.is_empty() && opens_unit(&b[v.clone()]))
                    || (v.is_empty() && opens_unit(&a[u.clone()]))
            })
            .count()
    };
    (wx < wy || (wx == wy && x.len() < y.len())) && !(units(y) > units(x) && wy <= 2 * wx)
}

/// Whether a change of words (not an insertion or removal of its own) runs over a blank line
/// on either side, from one paragraph into the next.
fn spans_blank(a: &str, b: &str, (o, n): &(Span, Span)) -> bool {
    let blank_inside = |t: &str| {
        let mut lines = t.split('\n');
        lines.next();
        let mut inner: Vec<&str> = lines.collect();
        inner.pop();
        inner.iter().any(|l| l.trim().is_empty())
    };
    !o.is_empty() && !n.is_empty() && (blank_inside(&a[o.clone()]) || blank_inside(&b[n.clone()]))
}

/// Two texts cut into lines, with the offsets of the lines.
struct Lines<'t> {
    a: &'t str,
    b: &'t str,
    la: &'t [&'t str],
    lb: &'t [&'t str],
    oa: &'t [usize],
    ob: &'t [usize],
}

impl Lines<'_> {
    /// The changes of one changed block of lines (offsets in the texts).
    fn block(&self, (tag, x, y): &(DiffTag, Span, Span)) -> Vec<(Span, Span)> {
        let (o, n) = (
            self.oa[x.start]..self.oa[x.end],
            self.ob[y.start]..self.ob[y.end],
        );
        if *tag != DiffTag::Replace {
            return vec![(o, n)];
        }
        let (ta, tb) = (&self.a[o.clone()], &self.b[n.clone()]);
        let whole = word_changes(ta, tb);
        let paired = paired_changes(&self.la[x.clone()], &self.lb[y.clone()], ta, tb);
        // Lines paired unless that changes more words, or as many in more places (a
        // rewrapped paragraph keeps its words as one block, and loses them line by line);
        // but paragraphs or items inserted or removed whole are kept whole at up to twice
        // the words (`recel.` → `recel ;` and a new `3°` are two changes; a new `(2^1)` is
        // not run into the changed `(3)` after it, whose words a word diff would partly
        // match).
        let best = match paired {
            Some(p) if !better(ta, tb, &whole, &p) => p,
            _ => whole,
        };
        best.into_iter()
            .map(|(p, q)| {
                (
                    o.start + p.start..o.start + p.end,
                    n.start + q.start..n.start + q.end,
                )
            })
            .collect()
    }
}

/// The changed blocks of the line diff of two texts, in groups of blocks apart only by blank
/// lines. Patience anchors the lines that occur once on each side, so a paragraph removed
/// and one added elsewhere are not paired line by line.
fn changed_groups(la: &[&str], lb: &[&str]) -> Vec<Vec<(DiffTag, Span, Span)>> {
    let blank = |l: &&str| l.trim().is_empty();
    let mut groups: Vec<Vec<(DiffTag, Span, Span)>> = Vec::new();
    // Whether the lines since the last changed block are all blank.
    let mut joined = false;
    for op in capture_diff_slices(Algorithm::Patience, la, lb) {
        let (tag, x, y) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            joined = joined && la[x].iter().all(blank);
            continue;
        }
        match groups.last_mut() {
            Some(g) if joined => g.push((tag, x, y)),
            _ => groups.push(vec![(tag, x, y)]),
        }
        joined = true;
    }
    groups
}

/// Above this many pairs of lines, a changed block is compared word by word whole.
const LINE_PAIRS_LIMIT: usize = 10_000;

/// A line is the same line changed when this share of its words is kept.
const SAME_LINE: f64 = 0.5;

/// A changed block of lines cut into stretches compared apart, in order: where the two sides
/// have not as many lines, each old line goes with the new one most like it, so that a
/// paragraph inserted beside a changed one is inserted whole and not run into the change
/// (`(3) … ten years.` → `(2) A fine.` `(3) … five years.`). Ranges of lines; an empty side
/// is a whole-line insertion or removal.
fn line_pairs(la: &[&str], lb: &[&str]) -> Vec<(Span, Span)> {
    let (n, m) = (la.len(), lb.len());
    if n == m || n * m > LINE_PAIRS_LIMIT {
        return vec![(0..n, 0..m)];
    }
    // Each line's words, hashed and sorted for `dice`.
    let words = |l: &str| {
        let mut w: Vec<u64> = tokens(l)
            .into_iter()
            .filter(|t| t.starts_with(char::is_alphanumeric))
            .map(|t| hash_bytes(0, t.as_bytes()))
            .collect();
        w.sort_unstable();
        w
    };
    let (wa, wb): (Vec<Vec<u64>>, Vec<Vec<u64>>) = (
        la.iter().map(|l| words(l)).collect(),
        lb.iter().map(|l| words(l)).collect(),
    );
    // like[i][j]: how alike old line i and new line j are, once for the table and its walk.
    let like: Vec<Vec<f64>> = (0..n)
        .map(|i| {
            (0..m)
                .map(|j| {
                    if la[i] == lb[j] {
                        1.0
                    } else if wa[i].is_empty() || wb[j].is_empty() {
                        0.0
                    } else {
                        dice(&wa[i], &wb[j])
                    }
                })
                .collect()
        })
        .collect();
    // best[i][j]: the most likeness pairing the first i old lines with the first j new.
    let mut best = vec![vec![0.0f64; m + 1]; n + 1];
    for i in 1..=n {
        for j in 1..=m {
            let s = like[i - 1][j - 1];
            let paired = if s >= SAME_LINE {
                best[i - 1][j - 1] + s
            } else {
                f64::MIN
            };
            best[i][j] = best[i - 1][j].max(best[i][j - 1]).max(paired);
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 && j > 0 {
        let s = like[i - 1][j - 1];
        if s >= SAME_LINE && best[i][j] == best[i - 1][j - 1] + s {
            pairs.push((i - 1, j - 1));
            i -= 1;
            j -= 1;
        } else if best[i][j] == best[i - 1][j] {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    pairs.reverse();
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    for (p, q) in pairs {
        if i < p || j < q {
            out.push((i..p, j..q));
        }
        out.push((p..p + 1, q..q + 1));
        (i, j) = (p + 1, q + 1);
    }
    if i < n || j < m {
        out.push((i..n, j..m));
    }
    out
}

/// The changes of a block of lines compared line by line as [`line_pairs`] pairs them
/// (offsets within the block); `None` when it pairs them as one stretch.
fn paired_changes(la: &[&str], lb: &[&str], a: &str, b: &str) -> Option<Vec<(Span, Span)>> {
    let stretches = line_pairs(la, lb);
    if stretches.len() < 2 {
        return None;
    }
    let (oa, ob) = (offsets(la), offsets(lb));
    let mut out = Vec::new();
    for (x, y) in stretches {
        let (p, q) = (oa[x.start]..oa[x.end], ob[y.start]..ob[y.end]);
        let touches = out
            .last()
            .is_some_and(|(o, _): &(Span, Span)| o.end + 1 >= p.start);
        if p.is_empty()
            && !touches
            && a[..p.start].ends_with('\n')
            && b[..q.start].ends_with('\n')
            && b[q.clone()].ends_with('\n')
        {
            // Lines inserted after a line break are the same lines inserted before it, at the
            // end of the line above, where words can anchor them (as a whole-block diff puts
            // them), unless a change ends that line: the two would run into one.
            out.push((p.start - 1..p.start - 1, q.start - 1..q.end - 1));
            continue;
        }
        if p.is_empty() || q.is_empty() {
            out.push((p, q));
            continue;
        }
        for (u, v) in word_changes(&a[p.clone()], &b[q.clone()]) {
            out.push((
                p.start + u.start..p.start + u.end,
                q.start + v.start..q.start + v.end,
            ));
        }
    }
    Some(out)
}

/// How many words of `a` the changes replace (their old stretches' words, as
/// [`words`] counts them): the measure by which a unit or a text is rewritten rather than
/// amended.
fn words_replaced<'c>(a: &str, changes: impl IntoIterator<Item = &'c (Span, Span)>) -> usize {
    changes
        .into_iter()
        .map(|(o, _)| words(&a[o.clone()]).count())
        .sum()
}

/// How many words (runs of letters and digits) the changes remove and insert.
fn words_changed(a: &str, b: &str, changes: &[(Span, Span)]) -> usize {
    let count = |t: &str| {
        tokens(t)
            .iter()
            .filter(|w| w.starts_with(char::is_alphanumeric))
            .count()
    };
    changes
        .iter()
        .map(|(o, n)| count(&a[o.clone()]) + count(&b[n.clone()]))
        .sum()
}

/// Whether `ins` puts words into a unit that hold a line opening a paragraph or item
/// (`“mohol.\n\n(2)\n\nTrestný čin …”`).
fn quotes_new_unit(ins: &Instruction) -> bool {
    let new = match ins {
        Instruction::Edit {
            edit: TextEdit::Substitute { new, .. },
            ..
        } => new,
        Instruction::Edit {
            edit: TextEdit::InsertAfter { text, .. },
            ..
        } => text,
        _ => return false,
    };
    new.lines().any(|l| opens_unit(l.trim_start()))
}

/// Whether a text opens with the label of a paragraph or item (`(2)`, `3°`, `b)`, `iv.`).
fn opens_unit(text: &str) -> bool {
    use super::super::style::Marker;
    [
        Marker::ParenNumber,
        Marker::DotNumber,
        Marker::NumberParen,
        Marker::ParenLetter,
        Marker::LetterParen,
        Marker::LetterDot,
        Marker::RomanDot,
        Marker::Degree,
    ]
    .into_iter()
    .any(|m| opens_like(m, text))
}

/// Byte offsets of the starts of pieces, and of the end.
fn offsets(ts: &[&str]) -> Vec<usize> {
    let mut v = Vec::with_capacity(ts.len() + 1);
    let mut at = 0;
    v.push(0);
    for t in ts {
        at += t.len();
        v.push(at);
    }
    v
}

/// Adds a change, joining it to the previous one across blanks or one short word on one line.
fn push_change(out: &mut Vec<(Span, Span)>, (a, b): (&str, &str), (o, n): (Span, Span)) {
    if let Some(last) = out.last_mut()
        && last.0.end <= o.start
        && last.1.end <= n.start
    {
        let gap = &a[last.0.end..o.start];
        // One short word between two changes ("of", "the") is quoted with them; not the
        // label of a paragraph or item after another one inserted or removed whole before it
        // (a new `(2^1)` then the changed words of `(3)`: run into one, the new paragraph was
        // quoted as words replacing `(3) Ordinea`).
        let word = gap.trim();
        let small = word.len() <= 4 && !word.contains(char::is_whitespace);
        if !gap.contains('\n')
            && small
            && o.start - last.0.end == n.start - last.1.end
            && !unit_whole_before((a, b), last, gap)
        {
            last.0.end = o.end;
            last.1.end = n.end;
            return;
        }
    }
    out.push((o, n));
}

/// Whether the change `(o, n)` inserts or removes a paragraph or item whole, standing before
/// the one whose label opens `gap` (`(2^1) …` inserted before `(3)`; not a new `2°` before the
/// old `2°`, which reads as that one changed).
fn unit_whole_before((a, b): (&str, &str), (o, n): &(Span, Span), gap: &str) -> bool {
    let whole = match (o.is_empty(), n.is_empty()) {
        (true, false) => &b[n.clone()],
        (false, true) => &a[o.clone()],
        _ => return false,
    };
    let label = |t: &str| t.split_whitespace().next().map(str::to_owned);
    (o.start == 0 || a[..o.start].ends_with('\n'))
        && whole.ends_with('\n')
        && opens_unit(whole)
        && opens_unit(gap)
        && label(whole) != label(gap)
}

/// The changed stretches between two blocks of lines, token by token.
fn word_changes(a: &str, b: &str) -> Vec<(Span, Span)> {
    let (ta, tb) = (tokens(a), tokens(b));
    let (oa, ob) = (offsets(&ta), offsets(&tb));
    let mut out: Vec<(Span, Span)> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &ta, &tb) {
        let (tag, x, y) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            continue;
        }
        let (o, n) = (oa[x.start]..oa[x.end], ob[y.start]..ob[y.end]);
        push_change(&mut out, (a, b), (o, n));
    }
    out
}

/// Start of the word before `at` (blanks before `at` skipped), or `None` at the start. A list
/// marker glued to the word it opens is a word of its own (see [`glued_marker`]).
fn word_left(t: &str, at: usize) -> Option<usize> {
    let before = t[..at].trim_end();
    if before.is_empty() {
        return None;
    }
    let s = before.rfind(char::is_whitespace).map_or(0, |k| {
        k + before[k..].chars().next().map_or(1, char::len_utf8)
    });
    match glued_marker(t, s) {
        Some(m) if s + m < before.len() => Some(s + m),
        _ => Some(s),
    }
}

/// Length of the bracketed list marker that opens the line at `s` glued to its first word
/// (`(a)supporting research`, `(1)ARIA may`, as legislation.gov.uk's pages copy as text): a
/// drafter quotes “supporting”, not “(a)supporting”.
fn glued_marker(t: &str, s: usize) -> Option<usize> {
    let line = t[..s].rfind('\n').map_or(0, |k| k + 1);
    if !t[line..s].trim().is_empty() {
        return None;
    }
    let rest = t[s..].strip_prefix('(')?;
    let close = rest.find(')')?;
    let label = &rest[..close];
    let marker = (1..=4).contains(&label.len()) && label.bytes().all(|b| b.is_ascii_alphanumeric());
    (marker && rest[close + 1..].starts_with(char::is_alphabetic)).then_some(close + 2)
}

/// End of the word after `at` (blanks after `at` skipped), or `None` at the end.
fn word_right(t: &str, at: usize) -> Option<usize> {
    let rest = &t[at..];
    let lead = rest.len() - rest.trim_start().len();
    if lead == rest.len() {
        return None;
    }
    let body = &rest[lead..];
    let e = body.find(char::is_whitespace).unwrap_or(body.len());
    Some(at + lead + e)
}

fn plain(s: &str) -> bool {
    !s.trim().is_empty() && s.trim() == s
}

/// The ways to state `hay[a..b]` → `with`, plainest first, but the whole unit quoted (see
/// [`whole_unit`]); the caller keeps the first that reads back and gives exactly the new
/// text.
fn candidates(hay: &str, a: usize, b: usize, with: &str) -> Vec<TextEdit> {
    let old = &hay[a..b];
    let mut out = Vec::new();
    if plain(old) && plain(with) {
        out.push(TextEdit::Substitute {
            old: old.into(),
            new: with.into(),
        });
    }
    if with.is_empty() && !old.trim().is_empty() {
        out.push(TextEdit::Omit {
            text: old.trim().into(),
        });
    }
    if old.trim().is_empty() && !with.trim().is_empty() {
        // After the word(s) before the insertion point.
        let end = hay[..a].trim_end().len();
        let mut s = end;
        for _ in 0..4 {
            match word_left(hay, s) {
                Some(k) => s = k,
                None => break,
            }
            let anchor = &hay[s..end];
            if plain(anchor) && anchor.contains(char::is_alphanumeric) {
                out.push(TextEdit::InsertAfter {
                    anchor: anchor.into(),
                    text: with.trim().into(),
                });
            }
        }
    }
    // Wider quotations: up to eight words on either side, fewest first, then the whole unit.
    let bounds = |step: &dyn Fn(usize) -> Option<usize>, from: usize| {
        let mut v = vec![from];
        while v.len() < 9 {
            match step(*v.last().expect("not empty")) {
                Some(k) => v.push(k),
                None => break,
            }
        }
        v
    };
    let lefts = bounds(&|x| word_left(hay, x), a);
    let rights = bounds(&|x| word_right(hay, x), b);
    for total in 1..lefts.len() + rights.len() - 1 {
        for j in (0..rights.len()).rev() {
            let Some(i) = total.checked_sub(j).filter(|&i| i < lefts.len()) else {
                continue;
            };
            let (l, r) = (lefts[i], rights[j]);
            let o = &hay[l..r];
            let n = format!("{}{with}{}", &hay[l..a], &hay[b..r]);
            // A quotation may end in blanks only where the unit ends (a changed last line
            // break).
            let ok = |q: &str| {
                plain(q)
                    || (r == hay.len()
                        && !q.trim().is_empty()
                        && !q.starts_with(char::is_whitespace))
            };
            // Whether the quotation occurs once is left to the trial (`gives`): a long unit
            // is scanned once per quotation, not twice.
            if ok(o) && ok(&n) {
                out.push(TextEdit::Substitute {
                    old: o.into(),
                    new: n,
                });
            }
        }
    }
    // Quotations within one line first.
    let one_line =
        |e: &TextEdit| matches!(e, TextEdit::Substitute { old, .. } if old.contains('\n'));
    out.sort_by_key(one_line);
    out
}

/// The last way to state `hay[a..b]` → `with`: the whole unit quoted, old and new (made only
/// when asked for: a unit can be a whole text without headings).
fn whole_unit(hay: &str, a: usize, b: usize, with: &str) -> Option<TextEdit> {
    let n = format!("{}{with}{}", &hay[..a], &hay[b..]);
    (!hay.is_empty() && !n.is_empty()).then(|| TextEdit::Substitute {
        old: hay.into(),
        new: n,
    })
}

/// `wholes` with the sections nested in divisions omitted too first (`parents`: the
/// division each old section stands in), the most deeply nested first, the order otherwise
/// kept: each is named by the divisions it stands in
/// while they all stand (`Omit Part 1 of Schedule 1.`, before `Omit Part 2.` and `Omit
/// Schedule 1.`), where after them it would stand in none, beside the Act's own `Part 1`.
fn nested_first(wholes: Vec<Whole>, parents: &[Option<usize>]) -> Vec<Whole> {
    let omitted: HashSet<usize> = wholes
        .iter()
        .filter_map(|w| match *w {
            Whole::Omitted {
                d: Some(d),
                moved: false,
                ..
            } => Some(d),
            _ => None,
        })
        .collect();
    // How many divisions omitted each stands in.
    let depth = |w: &Whole| match *w {
        Whole::Omitted { d: Some(d), .. } => std::iter::successors(parents[d], |&p| parents[p])
            .filter(|p| omitted.contains(p))
            .count(),
        _ => 0,
    };
    let mut keyed: Vec<(usize, Whole)> = wholes.into_iter().map(|w| (depth(&w), w)).collect();
    keyed.sort_by_key(|(depth, _)| std::cmp::Reverse(*depth));
    keyed.into_iter().map(|(_, w)| w).collect()
}

/// The sections standing in a division that `wholes` omits with every section it holds:
/// they go first, before it (see [`nested_first`]), and it is then omitted whole
/// (`Omit section 1.`, `Omit Chapter 1 of Part 1.`), where omitted with sections still
/// under it, only its heading goes (`Omit the heading of Chapter 1 of Part 1.`).
fn emptied(wholes: &[Whole], parents: &[Option<usize>]) -> HashSet<usize> {
    let omitted: HashSet<usize> = wholes
        .iter()
        .filter_map(|w| match *w {
            Whole::Omitted { d, .. } => d,
            Whole::Replaced { .. } => None,
        })
        .collect();
    let mut held: HashMap<usize, Vec<usize>> = HashMap::new();
    for k in 0..parents.len() {
        for p in std::iter::successors(parents[k], |&p| parents[p]) {
            held.entry(p).or_default().push(k);
        }
    }
    held.into_iter()
        .filter(|(d, under)| omitted.contains(d) && under.iter().all(|k| omitted.contains(k)))
        .flat_map(|(_, under)| under)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// `gives` says what carrying the edit out on a copy and comparing the whole texts
        /// says (it compares only where they can differ), for every way `candidates` offers.
        #[test]
        fn giving_a_change_is_judged_as_on_a_copy(
            words in prop::collection::vec(prop::sample::select(vec!["ten", "years", "a", "(1)", "\n", "of"]), 1..30),
            from in any::<prop::sample::Index>(),
            len in 0..4usize,
            with in prop::sample::select(vec!["", "five", "ten", " of", "a\n"]),
        ) {
            let text = words.join(" ");
            let cuts: Vec<usize> = (0..=text.len()).filter(|&k| text.is_char_boundary(k)).collect();
            let a = cuts[from.index(cuts.len())];
            let b = cuts[(from.index(cuts.len()) + len).min(cuts.len() - 1)];
            let buf = SectionBuf { text: text.clone(), ranges: Vec::new(), text_at: None };
            let at = Address { section: 0, path: Vec::new() };
            let expected = format!("{}{with}{}", &text[..a], &text[b..]);
            let tried = candidates(&text, a, b, with).into_iter().chain(whole_unit(&text, a, b, with));
            for edit in tried {
                let mut copy = buf.clone();
                let on_copy = apply_edit(&mut copy, &at, &edit).is_ok() && copy.text == expected;
                let judged = gives(&buf, &at, &edit, (a, b, with));
                prop_assert_eq!(judged.is_some(), on_copy, "{:?}", edit);
                if let Some((x, y, w)) = judged {
                    let mut by_place = text.clone();
                    by_place.replace_range(x..y, &w);
                    prop_assert_eq!(by_place, expected.clone());
                }
            }
        }
    }

    #[test]
    fn tokens_split_words_blanks_and_marks() {
        assert_eq!(tokens("a  b,(1)"), ["a", "  ", "b", ",", "(", "1", ")"]);
    }

    #[test]
    fn a_line_inserted_beside_a_changed_one_is_inserted_whole() {
        let old = "(1) First.\n(3) A person is liable to imprisonment for 10 years.\n";
        let new = "(1) First.\n(2) A person is liable to a fine.\n(3) A person is liable to imprisonment for 5 years.\n";
        let c = changes(old, new);
        let at = old.find("(3)").unwrap();
        // The new line first, whole, at the start of the old (3); then 10 → 5.
        assert_eq!(c[0].0, at..at);
        assert_eq!(&new[c[0].1.clone()], "(2) A person is liable to a fine.\n");
        assert_eq!(&old[c[1].0.clone()], "10");
        assert_eq!(c.len(), 2);
        // Rewrapped lines keep their words as one block.
        let c = changes("a b c d\n", "a b\nc d\n");
        assert!(
            c.iter()
                .all(|(o, n)| "a b c d\n"[o.clone()].trim().is_empty()
                    && "a b\nc d\n"[n.clone()].trim().is_empty()),
            "{c:?}"
        );
    }

    #[test]
    fn a_change_of_layout_alone_is_read_around_it_as_in_the_whole_text() {
        let whole = |t: &str, (a, b): (usize, usize), w: &str| {
            let changed = [&t[..a], w, &t[b..]].concat();
            let ends = |t: &str| {
                let space = trailing_space(t);
                (space.is_empty(), space.contains('\n'))
            };
            same_words(&changed, t) && ends(&changed) == ends(t)
        };
        let texts = [
            "ab cd\nef  gh\n",
            "ab cd ef",
            "## Teil -\n\nab\n",
            " x  y ",
            "ab\n",
        ];
        let withs = ["", " ", "\n", "  \n", "x", "cd", "# ", "d e"];
        for t in texts {
            for a in 0..=t.len() {
                for b in a..=t.len() {
                    for w in withs {
                        assert_eq!(
                            layout_only(t, (a, b), w),
                            whole(t, (a, b), w),
                            "{t:?} {a}..{b} {w:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn changes_join_across_blanks() {
        let c = changes("for ten years", "for five months");
        assert_eq!(c, vec![(4..13, 4..15)]);
    }
}
