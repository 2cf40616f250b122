//! Runs of paragraphs and items renumbered inside a section, read from the redline's
//! alignment of its units: `2°` and `3°` become `3°` and `4°` when a new `2°` is inserted.
//! The generator states each run as one instruction (`Les 2° et 3° deviennent les 3° et
//! 4°`) instead of changing the figures one by one as words.

use std::collections::HashMap;

use super::super::{Section, Status, UnitChange, tree};
use super::UnitNumber;
use super::doc::{OldDoc, number_span, renumberable, shift_unit_number, unit_value};

/// A run of paragraphs or items under one parent, consecutive and shifted alike.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Run {
    /// The parent in the section's subsections (`None`: the section itself).
    pub parent: Option<usize>,
    /// The members, in order, with their numbers before and after.
    pub units: Vec<UnitNumber>,
    /// Each member's subsection in the new section, in the same order.
    pub news: Vec<usize>,
    /// How far the numbers move (positive: upwards).
    pub shift: i64,
}

/// A member found in the redline: old and new subsection and numbers.
struct Member {
    old: usize,
    new: usize,
    old_number: String,
    new_number: String,
    shift: i64,
}

/// The runs of old section `d` amended into new section `ns`, per the redline's units of
/// the pair (`unit`): paragraphs and items kept in place under a new number, grouped where
/// they follow each other under one parent, of one marker and shifted alike.
pub(crate) fn runs(doc: &OldDoc, unit: &UnitChange, d: usize, ns: &Section) -> Vec<Run> {
    let os = &doc.sections[d];
    let mut members: HashMap<usize, Member> = HashMap::new();
    let mut stack: Vec<&UnitChange> = unit.children.iter().collect();
    while let Some(u) = stack.pop() {
        stack.extend(u.children.iter());
        if let Some(m) = member(os, ns, u) {
            members.insert(m.old, m);
        }
    }
    let mut parents: Vec<Option<usize>> = members.keys().map(|&k| doc.parent(d, k)).collect();
    parents.sort_unstable();
    parents.dedup();
    let mut out = Vec::new();
    for parent in parents {
        let mut run: Option<Run> = None;
        for k in doc.children(d, parent) {
            let m = members.get(&k);
            let joins = match (&run, m) {
                (Some(r), Some(m)) => {
                    let last = r.units.last().expect("a run has a member").sub;
                    r.shift == m.shift && os.subsections[last].marker == os.subsections[k].marker
                }
                _ => false,
            };
            if !joins && let Some(r) = run.take() {
                out.push(r);
            }
            if let Some(m) = m {
                let r = run.get_or_insert_with(|| Run {
                    parent,
                    units: Vec::new(),
                    news: Vec::new(),
                    shift: m.shift,
                });
                r.units.push(UnitNumber {
                    sub: m.old,
                    old: m.old_number.clone(),
                    new: m.new_number.clone(),
                });
                r.news.push(m.new);
            }
        }
        out.extend(run);
    }
    out.sort_by_key(|r| r.units[0].sub);
    out
}

/// A unit of the redline kept in place, in its list, under a new number that its marker
/// counts to (`2°` → `3°`, `(b)` → `(c)`), found in both sections.
fn member(os: &Section, ns: &Section, u: &UnitChange) -> Option<Member> {
    if !u.renumbered
        || u.moved
        || u.renested
        || !matches!(u.status, Status::Unchanged | Status::Changed)
    {
        return None;
    }
    let find = |s: &Section, line: Option<usize>, label: &Option<String>| {
        sub_at(s, line, Some(label.as_deref()?))
    };
    let old = find(os, u.old_line, &u.old_label)?;
    let new = find(ns, u.new_line, &u.new_label)?;
    let (a, b) = (&os.subsections[old], &ns.subsections[new]);
    let m = a.marker;
    if m != b.marker || a.level != b.level || !renumberable(m) {
        return None;
    }
    let shift = unit_value(m, b.number())? - unit_value(m, a.number())?;
    (shift != 0 && shift_unit_number(m, a.number(), shift).as_deref() == Some(b.number())).then(
        || Member {
            old,
            new,
            old_number: a.number().to_string(),
            new_number: b.number().to_string(),
            shift,
        },
    )
}

/// The new section's text `target` with the members of `runs` bearing their old numbers
/// again: what the changes of words are to give before the runs are renumbered; and the runs
/// so undone (one whose numbers are not all found on their units' first lines is left as it
/// is, for the changes of words to state).
pub(crate) fn unrenumbered(target: &str, ns: &Section, runs: Vec<Run>) -> (String, Vec<Run>) {
    let mut spans: Vec<(usize, usize, String)> = Vec::new();
    let mut undone = Vec::new();
    for run in runs {
        let found: Option<Vec<(usize, usize, String)>> = run
            .units
            .iter()
            .zip(&run.news)
            .map(|(u, &k)| {
                let at = ns.subsections[k].start - ns.start;
                let (a, b) = number_span(&target[at..], &u.new)?;
                let head = u.old.split(' ').next().unwrap_or(&u.old);
                Some((at + a, at + b, head.to_string()))
            })
            .collect();
        if let Some(found) = found {
            spans.extend(found);
            undone.push(run);
        }
    }
    spans.sort_unstable_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = target.to_string();
    for (a, b, head) in spans {
        out.replace_range(a..b, &head);
    }
    (out, undone)
}

/// The runs of paragraphs and items of old section `d` that the redline's units of the pair
/// (`unit`) report removed whole (the unit and all it holds), each run consecutive under one
/// parent, outermost units only, in order. The changes of words would otherwise read the
/// section's text afresh and may carry a removed item's words into its neighbours (the Code
/// pénal's art. 221-4, whose 6° and 7° were repealed, read `Au 7°, les mots « 7° A raison
/// de … » sont remplacés par les mots « 9° Par le conjoint … »`). A single unit whose place a
/// unit added takes is left to the changes of words: it is restated (`Le 3° est ainsi
/// rédigé`), as drafters give a unit rewritten; so are units replaced by new ones of the
/// same numbers, and the units of one emptied of all.
pub(crate) fn removed_runs(doc: &OldDoc, unit: &UnitChange, d: usize) -> Vec<Vec<usize>> {
    let os = &doc.sections[d];
    let sub_of = |u: &UnitChange| sub_at(os, u.old_line, u.old_label.as_deref());
    let mut runs = Vec::new();
    for (kids, run) in sibling_runs(unit, all_removed) {
        // A unit emptied of all it held (`§ 103 (weggefallen)`) is amended as a whole.
        let emptied = kids
            .iter()
            .all(|u| matches!(u.status, Status::Removed | Status::Added));
        let added_beside = [run.start.checked_sub(1), Some(run.end)]
            .into_iter()
            .flatten()
            .any(|k| kids.get(k).is_some_and(|u| u.status == Status::Added));
        if emptied || (run.len() == 1 && added_beside) || renewed(kids, run.clone()) {
            continue;
        }
        let subs: Vec<usize> = kids[run].iter().filter_map(sub_of).collect();
        if !subs.is_empty() {
            runs.push(subs);
        }
    }
    runs.sort_unstable();
    runs
}

/// Whether the removed units `kids[run]` stand beside as many added ones bearing the
/// same labels: the same units rewritten (the Code de procédure pénale's art. 704, `10°
/// Abrogé` → `10° (Abrogé)`), which the changes of words amend or restate.
fn renewed(kids: &[UnitChange], run: std::ops::Range<usize>) -> bool {
    let (start, end) = (run.start, run.end);
    let removed: Vec<Option<&str>> = kids[start..end]
        .iter()
        .map(|u| u.old_label.as_deref())
        .collect();
    fn labels(run: &[UnitChange]) -> Vec<Option<&str>> {
        run.iter().map(|u| u.new_label.as_deref()).collect()
    }
    let is_added = |u: &UnitChange| u.status == Status::Added;
    let after = kids[end..].iter().take_while(|u| is_added(u)).count();
    let before = kids[..start]
        .iter()
        .rev()
        .take_while(|u| is_added(u))
        .count();
    labels(&kids[end..end + after]) == removed || labels(&kids[start - before..start]) == removed
}

/// The maximal runs of consecutive siblings under `unit` (at any depth) for which `whole`
/// holds, each with the list of siblings it is part of; the units of a run are not looked
/// into.
fn sibling_runs(
    unit: &UnitChange,
    whole: fn(&UnitChange) -> bool,
) -> Vec<(&[UnitChange], std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut stack = vec![unit];
    while let Some(parent) = stack.pop() {
        let kids = &parent.children;
        let mut i = 0;
        while i < kids.len() {
            if !whole(&kids[i]) {
                stack.push(&kids[i]);
                i += 1;
                continue;
            }
            let start = i;
            while i < kids.len() && whole(&kids[i]) {
                i += 1;
            }
            out.push((kids.as_slice(), start..i));
        }
    }
    out
}

/// The subsection of `s` whose heading is on `line` with `label` (any label when `None`: an
/// unnumbered paragraph has none, and is no subsection).
fn sub_at(s: &Section, line: Option<usize>, label: Option<&str>) -> Option<usize> {
    let line = line?;
    s.subsections
        .iter()
        .position(|x| x.line == line && label.is_none_or(|l| x.label() == l))
}

/// Whether a unit and every unit under it are reported removed.
fn all_removed(u: &UnitChange) -> bool {
    u.status == Status::Removed && u.children.iter().all(all_removed)
}

/// A run of paragraphs or items the redline reports added whole, consecutive under one
/// parent: where it goes in the old section and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct AddedRun {
    /// After (`true`) or before (`false`) this old subsection: the one paired in place with
    /// the run's new neighbour.
    pub beside: (usize, bool),
    /// The members' subsections in the new section.
    pub news: Vec<usize>,
    /// Their text in the new section (from the first one's marker to where the last one
    /// ends, closing words of a list left out), relative to the section's start.
    pub text: (usize, usize),
}

/// The runs of paragraphs and items of new section `ns` (of `new`) that the redline's units
/// of the pair (`unit`) report added whole, placed beside the old unit paired in place with
/// their new neighbour. A run next to a unit removed (the two are one rewritten), or with no
/// neighbour so paired, is left to the changes of words. Stated as units, they are not run
/// into the words of the unit before them (the Strafgesetzbuch's § 327 Absatz 2: a new
/// Nummer 4 read as the words of Nummer 3 replaced).
pub(crate) fn added_runs(
    doc: &OldDoc,
    unit: &UnitChange,
    d: usize,
    (new, ns): (&str, &Section),
) -> Vec<AddedRun> {
    let os = &doc.sections[d];
    let in_place = |u: &UnitChange| {
        (!u.moved && !u.renested && matches!(u.status, Status::Unchanged | Status::Changed))
            .then(|| sub_at(os, u.old_line, u.old_label.as_deref()))
            .flatten()
    };
    let mut ends: Option<Vec<usize>> = None;
    let mut runs = Vec::new();
    for (kids, run) in sibling_runs(unit, all_added) {
        let before = run.start.checked_sub(1).map(|k| &kids[k]);
        let after = kids.get(run.end);
        if [before, after]
            .into_iter()
            .flatten()
            .any(|u| u.status == Status::Removed)
        {
            continue;
        }
        let beside = match (before.and_then(in_place), after.and_then(in_place)) {
            (Some(k), _) => (k, true),
            (None, Some(k)) => (k, false),
            _ => continue,
        };
        let news: Option<Vec<usize>> = kids[run]
            .iter()
            .map(|u| sub_at(ns, u.new_line, u.new_label.as_deref()))
            .collect();
        let Some(news) = news else {
            continue;
        };
        let ends = ends.get_or_insert_with(|| tree::unit_ends(doc.style(), new, ns));
        let (first, last) = (news[0], news[news.len() - 1]);
        runs.push(AddedRun {
            beside,
            text: (
                ns.subsections[first].start - ns.start,
                ends[last] - ns.start,
            ),
            news,
        });
    }
    runs.sort_unstable_by_key(|r| r.text);
    runs
}

/// Whether a unit and every unit under it are reported added.
fn all_added(u: &UnitChange) -> bool {
    u.status == Status::Added && u.children.iter().all(all_added)
}

/// Whether the own text of a section that had no paragraphs may have been numbered as the
/// first paragraph of its new version (`unit`, the section's entry in the unit tree), and
/// paragraphs added after it (see [`super::TextEdit::NumberText`]): that first paragraph
/// paired with the text, renumbered, or added (a text on its heading's line is the heading's
/// title to the tree, `Art. 5. Minister …` → `Art. 5. 1. Minister …`, and one right below
/// its heading, with no blank line between, is of the heading's run of lines), and the
/// paragraphs after it all added. The generator compares the words.
pub(crate) fn numbers_text(unit: &UnitChange) -> bool {
    let Some(level) = unit.children.iter().map(|c| c.level).min() else {
        return false;
    };
    let mut top = unit.children.iter().filter(|c| c.level == level);
    let Some(first) = top.next() else {
        return false;
    };
    let paired = matches!(first.status, Status::Unchanged | Status::Changed) && first.renumbered;
    (paired || first.status == Status::Added)
        && !first.moved
        && first.old_label.is_none()
        && first.new_label.is_some()
        && unit.children.iter().all(|c| c.old_label.is_none())
        && top.all(|c| c.status == Status::Added)
}
