//! Dutch groups, after the Aanwijzingen voor de regelgeving (aanwijzing 6.15, third paragraph,
//! and its example): the changes inside one article under `Artikel 8 wordt als volgt
//! gewijzigd:`, numbered `1.`, `2.`, …; several changes inside one lid or onderdeel among them
//! under `Het zesde lid wordt als volgt gewijzigd:`, lettered `a.`, `b.`, …:
//!
//! ```text
//! 3. Artikel 8 wordt als volgt gewijzigd:
//!     1. In het derde lid wordt „x” vervangen door „y”.
//!     2. Het vijfde lid vervalt.
//!     3. Het zesde lid wordt als volgt gewijzigd:
//!         a. In onderdeel a wordt „x” vervangen door „y”.
//!         b. Onderdeel k komt te luiden:
//! ```
//!
//! Each item is the sentence the change has alone, with the article's name taken out and the
//! units it names read from the group's: `In artikel 8, derde lid, wordt …` → `In het derde
//! lid wordt …`; `Artikel 8, vijfde lid, vervalt.` → `Het vijfde lid vervalt.`. Where every
//! change is inside one unit, the group is that unit's (`Artikel 8, zesde lid, wordt als volgt
//! gewijzigd:`, as a nota van wijziging heads `Artikel I, onderdeel A, wordt als volgt
//! gewijzigd:`). A change of the article's own words names no unit to open its item with, and
//! is stated alone. As in German, the reader puts the names back and reads each sentence in
//! full, and an item that would not read back to its sentence is not grouped.

use super::super::{Form, Wording, cap, decap};
use super::{Collected, Entry, Group, Lined, Marks, ReadGroup, only_unit, read_items, split_group};
use crate::redline::instructions::Instruction;
use crate::redline::style::NL_ORDINALS;

/// What ends the heading of a Dutch group, after the article's (or unit's) name.
const NL_HEAD: &str = " wordt als volgt gewijzigd:";

/// What opens a Dutch sentence before the address of the unit it changes.
const LEADS: [&str; 4] = ["In ", "Na ", "Voor ", ""];

/// The nouns of the units inside an article that a Dutch address names by a number after
/// them (`onderdeel a`, `lid 21`, `§ 2`); an ordinal lid (`eerste lid`) is named before.
const NOUNS: [&str; 4] = ["subonderdeel ", "onderdeel ", "lid ", "§ "];

/// A Dutch sentence read as a change of a unit inside an article: what opens it, the steps
/// from the article down to the unit (`eerste lid`, `onderdeel a`), and the rest (`wordt „x”
/// vervangen door „y”.`).
struct Addressed {
    lead: &'static str,
    steps: Vec<String>,
    rest: String,
}

impl Addressed {
    /// `full`, a sentence alone, read as a change inside the article named `name`
    /// (`In artikel 8, derde lid, wordt …`).
    fn of_sentence(full: &str, name: &str) -> Option<Self> {
        LEADS.iter().find_map(|&lead| {
            let named = if lead.is_empty() {
                cap(name)
            } else {
                name.to_string()
            };
            let mut r = full
                .strip_prefix(lead)?
                .strip_prefix(named.as_str())?
                .strip_prefix(", ")?;
            let mut steps = Vec::new();
            while let Some((step, rest)) = r.split_once(", ") {
                if step_len(step) != Some(step.len()) {
                    break;
                }
                steps.push(step.to_string());
                r = rest;
            }
            (!steps.is_empty()).then(|| Addressed {
                lead,
                steps,
                rest: r.to_string(),
            })
        })
    }

    /// `item`, an item of a group, read: `In het derde lid wordt …`, `Het vijfde lid
    /// vervalt.`, `In het eerste lid, onderdeel a, wordt …` (several steps are set off by
    /// commas, one is not).
    fn of_item(item: &str) -> Option<Self> {
        let (lead, r) = LEADS
            .iter()
            .find_map(|&lead| item.strip_prefix(lead).map(|r| (lead, r)))?;
        let r = match lead {
            // `Het vijfde lid`, `Onderdeel k`: the capital of the sentence's start.
            "" => uncapitalised(r)?,
            _ => r.to_string(),
        };
        let mut r = r.strip_prefix("het ").unwrap_or(&r);
        let mut steps = Vec::new();
        loop {
            let len = step_len(r)?;
            steps.push(r[..len].to_string());
            r = &r[len..];
            match r.strip_prefix(", ") {
                Some(next) if step_len(next).is_some() => r = next,
                _ => break,
            }
        }
        let rest = match steps.len() {
            1 => r.strip_prefix(' ')?,
            _ => r.strip_prefix(", ")?,
        };
        Some(Addressed {
            lead,
            steps,
            rest: rest.to_string(),
        })
    }

    /// The sentence in full, in the article named `name`, the units of the group (`outer`)
    /// before the item's own.
    fn sentence(&self, name: &str, outer: &[String]) -> String {
        let named = match self.lead {
            "" => cap(name),
            _ => name.to_string(),
        };
        let steps = [outer, &self.steps].concat().join(", ");
        format!("{}{named}, {steps}, {}", self.lead, self.rest)
    }

    /// The item of the change in a group of the units its first `from` steps name (0: the
    /// article's); `None` where it names no unit below them.
    fn item(&self, from: usize) -> Option<String> {
        let steps = self.steps.get(from..).filter(|s| !s.is_empty())?;
        let close = if steps.len() > 1 { "," } else { "" };
        let item = format!(
            "{}{}{close} {}",
            self.lead,
            with_article(&steps.join(", ")),
            self.rest
        );
        Some(match self.lead {
            "" => cap(&item),
            _ => item,
        })
    }
}

/// A unit's steps as a sentence names them: an ordinal lid with its article (`het derde
/// lid`), others as they are (`onderdeel a`).
fn with_article(steps: &str) -> String {
    match ordinal_lid(steps) {
        Some(_) => format!("het {steps}"),
        None => steps.to_string(),
    }
}

/// The length of `eerste lid`, … at the start of `s`.
fn ordinal_lid(s: &str) -> Option<usize> {
    NL_ORDINALS.iter().find_map(|o| {
        s.strip_prefix(o)?
            .strip_prefix(" lid")
            .filter(|r| !r.starts_with(char::is_alphanumeric))
            .map(|_| o.len() + " lid".len())
    })
}

/// The length of the step at the start of `s` (`eerste lid`, `onderdeel a`, `§ 2`): to the
/// first blank or comma after a noun's number.
fn step_len(s: &str) -> Option<usize> {
    if let Some(len) = ordinal_lid(s) {
        return Some(len);
    }
    let noun = NOUNS.iter().find(|n| s.starts_with(*n))?;
    let number = &s[noun.len()..];
    let end = number.find([' ', ',']).unwrap_or(number.len());
    (end > 0).then_some(noun.len() + end)
}

/// `s` with its first letter in lower case, where it is a capital.
fn uncapitalised(s: &str) -> Option<String> {
    s.starts_with(char::is_uppercase).then(|| decap(s))
}

/// The entry of a change whose sentence alone is `full`, in a group of the article named
/// `name`: its item, and where it names a unit inside a lid or onderdeel, that unit and the
/// item under it; `None` where it is no change inside a unit of the article, or its item
/// would not read back.
fn entry(full: &str, name: &str) -> Option<Entry> {
    let read = Addressed::of_sentence(full, name)?;
    let reads_back = |item: &str, outer: &[String]| {
        Addressed::of_item(item).is_some_and(|a| a.sentence(name, outer) == full)
    };
    let item = read.item(0).filter(|item| reads_back(item, &[]))?;
    let unit = &read.steps[..1];
    let nest = read
        .item(1)
        .filter(|sub| reads_back(sub, unit))
        .map(|sub| (unit[0].clone(), vec![sub]));
    Some(Entry { item, nest })
}

/// The text of an entry: its change, or the heading of the unit it names and its changes
/// lettered under it.
fn entry_text(e: &Entry) -> String {
    match &e.nest {
        Some((unit, subs)) if subs.len() > 1 => format!(
            "{}{NL_HEAD}{}",
            cap(&with_article(unit)),
            Marks::NumbersThenLetters.list(subs, 1)
        ),
        _ => e.item.clone(),
    }
}

impl Wording<'_, '_> {
    /// [`Wording::group`] in Dutch.
    pub(super) fn group_nl(&self, list: &[Instruction], full: Option<String>) -> Option<Group> {
        let section = self.numbered_section(list)?;
        let name = self.sref(section, Form::Plain);
        let named = (section, Form::Plain, name.as_str());
        let Collected { entries, len, next } =
            match self.collect_named(list, full, named, |s| entry(s, &name)) {
                Ok(collected) => collected,
                Err(alone) => return Some(alone),
            };
        let text = match only_unit(&entries) {
            // Every change inside one unit: the group is that unit's.
            Some((unit, subs)) => format!(
                "{}, {unit},{NL_HEAD}{}",
                cap(&name),
                Marks::NumbersThenLetters.list(subs, 0)
            ),
            _ => {
                let items: Vec<String> = entries.iter().map(entry_text).collect();
                format!(
                    "{}{NL_HEAD}{}",
                    cap(&name),
                    Marks::NumbersThenLetters.list(&items, 0)
                )
            }
        };
        Some(Group { text, len, next })
    }

    /// [`Wording::group_sentences`] in Dutch.
    pub(super) fn group_sentences_nl(
        &self,
        body: &str,
        line: usize,
    ) -> Option<Result<ReadGroup, Lined>> {
        let (head, items) = split_group(body, Marks::NumbersThenLetters)?;
        let head = head.strip_suffix(NL_HEAD)?;
        // The article, and perhaps a unit of it (`Artikel 8, zesde lid,`).
        let (unit, section) = self.section(Form::Cap)(head).ok()?;
        let outer = match unit {
            "" => Vec::new(),
            _ => {
                let steps = unit.strip_prefix(", ")?.strip_suffix(',')?;
                let steps: Vec<String> = steps.split(", ").map(str::to_string).collect();
                if !steps.iter().all(|s| step_len(s) == Some(s.len())) {
                    return None;
                }
                steps
            }
        };
        let name = self.sref(section, Form::Plain);
        let mut sentences = Vec::new();
        if let Err(e) = read_level(items, line + 1, 0, &name, &outer, &mut sentences) {
            return Some(Err(e));
        }
        Some(Ok(ReadGroup { section, sentences }))
    }
}

/// Reads the items on `lines` (the first on line `first`), marked at `depth`, into
/// `sentences` in full; `name` is the article's, `outer` the steps to the unit the items are
/// in.
fn read_level(
    lines: &str,
    first: usize,
    depth: usize,
    name: &str,
    outer: &[String],
    sentences: &mut Vec<Lined>,
) -> Result<(), Lined> {
    for (at, item) in read_items(Marks::NumbersThenLetters, lines, first, depth)? {
        if let Some((unit, subs)) = nested(&item).filter(|_| depth == 0) {
            let outer = [outer, &[unit]].concat();
            read_level(subs, at + 1, depth + 1, name, &outer, sentences)?;
            continue;
        }
        match Addressed::of_item(&item) {
            Some(read) => sentences.push((at, read.sentence(name, outer))),
            None => return Err((at, item)),
        }
    }
    Ok(())
}

/// An item that is a group of its own: the unit it names (`zesde lid`) and the lines of its
/// items.
fn nested(item: &str) -> Option<(String, &str)> {
    let (head, items) = item.split_once('\n')?;
    let unit = uncapitalised(head.strip_suffix(NL_HEAD)?)?;
    let unit = unit.strip_prefix("het ").unwrap_or(&unit);
    (step_len(unit) == Some(unit.len())).then(|| (unit.to_string(), items))
}
