//! English groups, as United Kingdom Acts and instruments state several amendments of one
//! provision: the provision once, under `In section 82—` (or `In the preamble—`, the lines
//! before the first heading; `In the text under the heading “…”—`, the words under a heading;
//! `In the heading of Part 2—`, the words of a numbered division's heading), then the
//! amendments lettered `(a)`, `(b)`, …, each closed by a semicolon and the
//! last by the full stop; several amendments inside one subsection among them under `in
//! subsection (2)—`, numbered `(i)`, `(ii)`, …
//! (Deregulation Act 2015, section 1(2) and (5); S.I. 1997/2705, regulation 9):
//!
//! ```text
//! 3. In section 82—
//!     (a) in subsection (3)(b), for “x” substitute “y”;
//!     (b) for “z” substitute “w”;
//!     (c) in subsection (4)—
//!         (i) after “a” insert “b”;
//!         (ii) omit paragraph (c).
//! ```
//!
//! Each item is the sentence the amendment has alone, with the provision's name taken out and
//! its first letter in lower case: `In section 82(3)(b), for …` → `in subsection (3)(b), for
//! …`; `In section 82, for …` → `for …`; `Omit section 82(5).` → `omit subsection (5)`; `After
//! section 82(3A) insert—` → `after subsection (3A) insert—`. A unit is named by its own noun
//! (`en_units`: a section's `(2)` is a subsection, a regulation's a paragraph). Where every
//! amendment is inside one unit, the group is that unit's (`In section 1(2)—`, as the
//! Deregulation Act heads `In subsection (2) …—`), and the amendments of one unit inside it are
//! under that unit in turn (`in paragraph (a)—`, then `(i)`, `(ii)`). An item that inserts or
//! substitutes a unit (the Deregulation Act's `(b) after subsection (3A) insert—`) ends with
//! its block of text, and its semicolon or full stop follows the closing quotation mark (`“(3B)
//! …”;`); renumberings are stated alone. As in German, the reader puts the names back and reads
//! each sentence in full, and an item that would not read back to its sentence is not grouped.

use std::cell::RefCell;

use super::super::{Form, Wording};
use super::{
    Collected, Entry, Group, LETTERS, Lined, Marks, ReadGroup, closed_by, join_last, only_unit,
    read_items, split_group,
};
use crate::redline::instructions::{Address, Instruction, TextEdit};

/// What ends the heading of an English group, after the provision's name.
const EN_HEAD: &str = "—";

/// The nouns an English item names a unit by (see `en_units`).
const NOUNS: [&str; 3] = ["subsection ", "sub-paragraph ", "paragraph "];

/// The length of the labels `(3)(b)` at the start of `s`: one bracketed label or more, with
/// nothing between them.
fn labels_len(s: &str) -> Option<usize> {
    let mut len = 0;
    while let Some(rest) = s[len..].strip_prefix('(') {
        let close = rest.find(')')?;
        let label = &rest[..close];
        if label.is_empty() || !label.chars().all(char::is_alphanumeric) {
            return None;
        }
        len += close + 2;
    }
    (len > 0).then_some(len)
}

/// The length of the first label of `labels` (`(3)` of `(3)(b)`).
fn first_label_len(labels: &str) -> usize {
    labels.find(')').map_or(labels.len(), |k| k + 1)
}

/// `item` with its closing semicolon or full stop taken off, where it has one.
fn unclosed(item: &str) -> &str {
    item.strip_suffix([';', '.']).unwrap_or(item)
}

/// The sentence in full of `item` (its closing mark taken off) in a group headed by `name`
/// (`section 82`, or a unit of it, `section 82(4)`): the inverse of the items
/// [`Wording::en_entry`] makes.
fn expand(item: &str, name: &str) -> String {
    for noun in NOUNS {
        if let Some(rest) = item.strip_prefix("in ").and_then(|r| r.strip_prefix(noun))
            && let Some(len) = labels_len(rest)
            && let Some(tail) = rest[len..].strip_prefix(", ")
        {
            return format!("In {name}{}, {tail}.", &rest[..len]);
        }
        if let Some(rest) = item
            .strip_prefix("omit ")
            .and_then(|r| r.strip_prefix(noun))
            && labels_len(rest) == Some(rest.len())
        {
            return format!("Omit {name}{rest}.");
        }
        for (lead, sentence_lead) in BLOCK_LEADS {
            if let Some(rest) = item.strip_prefix(lead).and_then(|r| r.strip_prefix(noun))
                && let Some(len) = labels_len(rest)
                && opens_block(&rest[len..])
            {
                return format!("{sentence_lead}{name}{rest}");
            }
        }
    }
    format!("In {name}, {item}.")
}

/// How an item that inserts or substitutes a unit opens, and how its sentence alone does.
const BLOCK_LEADS: [(&str, &str); 3] = [
    ("after ", "After "),
    ("before ", "Before "),
    ("for ", "For "),
];

/// Whether `tail`, after a unit's address, is the verb that a block of text follows on the
/// next line (` insert—`, ` substitute—`).
fn opens_block(tail: &str) -> bool {
    [" insert—", " substitute—"].iter().any(|verb| {
        tail.strip_prefix(verb)
            .is_some_and(|r| r.is_empty() || r.starts_with('\n'))
    })
}

/// Items closed (see [`closed_by`]): by a semicolon.
fn closed(items: &[String], last: bool) -> Vec<String> {
    closed_by(items, last, ';')
}

/// An item that is a group of its own: the unit it names (`subsection (4)`) and the lines of
/// its items.
fn nested(item: &str) -> Option<(&str, &str)> {
    let (head, items) = item.split_once('\n')?;
    let unit = head.strip_prefix("in ")?.strip_suffix(EN_HEAD)?;
    let labels = NOUNS.iter().find_map(|n| unit.strip_prefix(n))?;
    (labels_len(labels) == Some(labels.len()) && items.starts_with("(i) ")).then_some((unit, items))
}

/// `entries` with those of one unit that follow each other joined (see [`Entry::join`]).
fn joined(entries: Vec<Entry>) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::with_capacity(entries.len());
    for e in entries {
        if let Some(e) = join_last(&mut out, e) {
            out.push(e);
        }
    }
    out
}

/// The items of a group's `entries`, lettered, each closed, and the changes of one unit among
/// them under it, numbered (`in subsection (2)—`, then `(i)`, `(ii)`, …).
fn items_text(entries: Vec<Entry>) -> String {
    let n = entries.len();
    let items: Vec<String> = entries
        .into_iter()
        .enumerate()
        .map(|(k, e)| {
            let last = k + 1 == n;
            match e.nest {
                Some((unit, subs)) if subs.len() > 1 => format!(
                    "in {unit}{EN_HEAD}{}",
                    Marks::Parens.list(&closed(&subs, last), 1)
                ),
                _ => closed(&[e.item], last).remove(0),
            }
        })
        .collect();
    Marks::Parens.list(&items, 0)
}

/// What an item of a group does to the unit it names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Change {
    /// Changes words of it (`for “x” substitute “y”`).
    Words,
    /// Omits it.
    Omit,
    /// Inserts a block of text after or before it, or substitutes one for it: how the
    /// sentence alone opens (`After `) and how the item does (`after `).
    Block(&'static str, &'static str),
}

/// The bracketed labels of a unit named `subsection (4)`: `(4)`.
fn unit_labels(unit: &str) -> &str {
    unit.rsplit_once(' ').map_or(unit, |(_, labels)| labels)
}

impl Wording<'_, '_> {
    /// The noun of the unit `at.path[depth]` names (`subsection`, `paragraph`).
    fn en_noun(&self, at: &Address, depth: usize) -> &'static str {
        let sub = self.sub_now(at.section, at.path[depth]);
        self.unit_noun(at, depth, &sub).one
    }

    /// The entry of `ins`, whose sentence alone is `full`, in a group named `name`: the
    /// section's (`from` 0), or a unit's that the first `from` labels of the change's address
    /// name (`section 2(1)`). The entry is its item, and where it is inside a unit below
    /// the group's, that unit and the item under it; `None` where it is no amendment of words
    /// or omission of a unit, or its item would not read back.
    fn en_entry(&self, ins: &Instruction, full: &str, name: &str, from: usize) -> Option<Entry> {
        let Instruction::Edit { at, edit } = ins else {
            return None;
        };
        let change = match edit {
            TextEdit::Substitute { .. } | TextEdit::Omit { .. } | TextEdit::InsertAfter { .. } => {
                Change::Words
            }
            TextEdit::OmitUnit => Change::Omit,
            TextEdit::InsertUnitAfter { .. } => Change::Block("After ", "after "),
            TextEdit::InsertUnitBefore { .. } => Change::Block("Before ", "before "),
            TextEdit::ReplaceUnit { .. } => Change::Block("For ", "for "),
            _ => return None,
        };
        let reads_back = |item: &str, name: &str| expand(item, name) == full;
        if at.path.len() <= from {
            if change != Change::Words {
                return None;
            }
            // Words of the group's own unit: the item is what follows its name.
            let item = full
                .strip_prefix("In ")?
                .strip_prefix(name)?
                .strip_prefix(", ")?
                .strip_suffix('.')?;
            return reads_back(item, name).then(|| Entry {
                item: item.to_string(),
                nest: None,
            });
        }
        let labels = self
            .address(at, Form::Plain)
            .strip_prefix(name)?
            .to_string();
        if labels_len(&labels) != Some(labels.len()) {
            return None;
        }
        let noun = self.en_noun(at, from);
        // What follows the unit's address: in a change of its words `for “x” substitute “y”`,
        // in an insertion ` insert—` and the block.
        let rest = match change {
            Change::Omit => "",
            Change::Words => full
                .strip_prefix("In ")?
                .strip_prefix(name)?
                .strip_prefix(labels.as_str())?
                .strip_prefix(", ")?
                .strip_suffix('.')?,
            Change::Block(lead, _) => full
                .strip_prefix(lead)?
                .strip_prefix(name)?
                .strip_prefix(labels.as_str())?,
        };
        // `in subsection (1)(b), for …`, `omit subsection (3)`, `after subsection (2) insert—`.
        let named = |noun: &str, labels: &str| match change {
            Change::Words => format!("in {noun} {labels}, {rest}"),
            Change::Omit => format!("omit {noun} {labels}"),
            Change::Block(_, lead) => format!("{lead}{noun} {labels}{rest}"),
        };
        let item = named(noun, &labels);
        if !reads_back(&item, name) {
            return None;
        }
        // Under the first unit it names, the item names what is inside it: the rest of its
        // labels, or nothing (the unit's own words); a unit omitted, inserted after or before,
        // or substituted is no item under itself.
        let (unit, inner) = labels.split_at(first_label_len(&labels));
        let sub = match (inner.is_empty(), change) {
            (true, Change::Words) => Some(rest.to_string()),
            (true, _) => None,
            (false, _) => Some(named(self.en_noun(at, from + 1), inner)),
        };
        let within = format!("{name}{unit}");
        let nest = sub
            .filter(|sub| reads_back(sub, &within))
            .map(|sub| (format!("{noun} {unit}"), vec![sub]));
        Some(Entry { item, nest })
    }

    /// [`Wording::group`] in English.
    pub(super) fn group_en(&self, list: &[Instruction], full: Option<String>) -> Option<Group> {
        let section = Self::edited_section(list)?;
        let base = self.sref(section, Form::Plain);
        // Words under a heading, or in a numbered division's: the group is the text's under
        // it, or the heading's.
        let name = match &list[0] {
            Instruction::Edit { at, edit } => self.heading_group_name(at, edit, Form::Plain),
            _ => None,
        }
        .unwrap_or_else(|| base.clone());
        let full = full.unwrap_or_else(|| self.render(&list[0]));
        let belongs = |ins: &Instruction| {
            matches!(ins, Instruction::Edit { at, .. } if at.section == section)
                && self.sref(section, Form::Plain) == base
        };
        // Each entry also as it stands in a group of the unit it is inside, worded here as the
        // sections stand when it is reached: the group may turn out to be that unit's.
        let in_unit: RefCell<Vec<Option<Entry>>> = RefCell::default();
        let entry = |ins: &Instruction, sentence: &str| {
            let e = self.en_entry(ins, sentence, &name, 0)?;
            let under = e.nest.as_ref().and_then(|(unit, _)| {
                let within = format!("{name}{}", unit_labels(unit));
                self.en_entry(ins, sentence, &within, 1)
            });
            in_unit.borrow_mut().push(under);
            Some(e)
        };
        let Collected { entries, len, next } =
            match self.collect(list, full, belongs, entry, LETTERS.len()) {
                Ok(collected) => collected,
                Err(alone) => return Some(alone),
            };
        // Every amendment inside one unit: the group is that unit's (`In section 1(2)—`),
        // where its name reads back as the section's and the unit's.
        if let Some((unit, _)) = only_unit(&entries) {
            let labels = unit_labels(unit);
            let head = format!("{name}{labels}");
            let under: Option<Vec<Entry>> = in_unit.into_inner().into_iter().take(len).collect();
            if let Some(under) = under
                && self.section(Form::Plain)(&head) == Ok((labels, section))
            {
                return Some(Group {
                    text: format!("In {head}{EN_HEAD}{}", items_text(joined(under))),
                    len,
                    next,
                });
            }
        }
        Some(Group {
            text: format!("In {name}{EN_HEAD}{}", items_text(entries)),
            len,
            next,
        })
    }

    /// [`Wording::group_sentences`] in English.
    pub(super) fn group_sentences_en(
        &self,
        body: &str,
        line: usize,
    ) -> Option<Result<ReadGroup, Lined>> {
        let (head, items) = split_group(body, Marks::Parens)?;
        let name = head.strip_prefix("In ")?.strip_suffix(EN_HEAD)?;
        // The section, and perhaps a unit of it (`section 1(2)`), or the text under a heading.
        let (unit, section) = self.group_section(name, Form::Plain).ok()?;
        if !unit.is_empty() && labels_len(unit) != Some(unit.len()) {
            return None;
        }
        let mut sentences = Vec::new();
        let read = read_items(Marks::Parens, items, line + 1, 0).and_then(|items| {
            for (at, item) in items {
                match nested(&item) {
                    Some((unit, subs)) => {
                        let within = format!("{name}{}", unit_labels(unit));
                        for (at, sub) in read_items(Marks::Parens, subs, at + 1, 1)? {
                            sentences.push((at, expand(unclosed(&sub), &within)));
                        }
                    }
                    None => sentences.push((at, expand(unclosed(&item), name))),
                }
            }
            Ok(())
        });
        match read {
            Ok(()) => Some(Ok(ReadGroup { section, sentences })),
            Err(e) => Some(Err(e)),
        }
    }
}
