//! Runs of paragraphs and items renumbered inside a section, read from the redline's
//! alignment of its units: `2°` and `3°` become `3°` and `4°` when a new `2°` is inserted.
//! The generator states each run as one instruction (`Les 2° et 3° deviennent les 3° et
//! 4°`) instead of changing the figures one by one as words.

use std::collections::HashMap;

use super::super::{Section, Status, UnitChange};
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
        let (line, label) = (line?, label.as_deref()?);
        s.subsections
            .iter()
            .position(|x| x.line == line && x.label() == label)
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
