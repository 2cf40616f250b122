//! French groups: the changes of one article under `L'article 2 est ainsi modifié :`, each
//! item numbered `1°`, `2°`, … and closed by a semicolon, the last by the full stop, as French
//! amending acts state them (loi n° 2021-478 du 21 avril 2021, art. 4: `La section 5 … est
//! ainsi modifiée : 1° Au début, … ; 2° Après l'article 227-21, il est inséré … ; … 5° Au 1°
//! de l'article 227-26, les mots : « … » sont remplacés par les mots : « … » ;`; loi n°
//! 92-1336 du 16 décembre 1992, art. 1er: `L'article 2-1 du code de procédure pénale est
//! ainsi modifié : I. - Les mots : « … » sont remplacés par les mots : « … ».`). Several
//! changes of one unit among them are an item of their own, lettered `a)`, `b)`, … under
//! `Le I est ainsi modifié :`:
//!
//! ```text
//! 1. L'article 2 est ainsi modifié :
//!     1° Le I est ainsi modifié :
//!         a) Le mot : « deux » est remplacé par le mot : « trois » ;
//!         b) Le mot : « 30 » est remplacé par le mot : « 45 » ;
//!     2° Au II, le mot : « cinq » est remplacé par le mot : « sept ».
//! ```
//!
//! An item is the sentence alone with the article's name taken out (`Au 3° du I de l'article
//! 2, …` → `Au 3° du I, …`; `Le 2 du § 1 est ainsi rédigé :` → `Le 2 est ainsi rédigé :`), or,
//! for words of the article (or unit) itself, the words first (`À l'article 4, le mot : …` →
//! `Le mot : …`). Where every change is in one unit, the group is that unit's (`Le I de
//! l'article 2 est ainsi modifié :`). An item that ends with a block of text has no closing
//! mark. As in German, the reader puts the names back and reads each sentence in full, and an
//! item that would not read back to its sentence is not grouped.

use super::super::{Form, Wording, cap, decap, fr_noun};
use super::{
    Collected, Entry, Group, Lined, Marks, ReadGroup, ends_with_block, only_unit, read_items,
    split_group,
};
use crate::redline::instructions::Instruction;

/// How an item that changes the words of its article (or unit) itself opens.
const OPENINGS: [&str; 8] = [
    "Le mot : ",
    "Les mots : ",
    "Le signe : ",
    "Les signes : ",
    "Après le mot : ",
    "Après les mots : ",
    "Après le signe : ",
    "Après les signes : ",
];

/// Where the address of a unit ends in an item that names one: before the comma, or before
/// the verb of a sentence whose subject it is.
const ADDRESS_ENDS: [&str; 5] = [", ", " est ", " sont ", " devient ", " deviennent "];

/// What a group is the group of, as its items name it: `À l'article 2` (its own words), and
/// `de l'article 2` (after a unit inside it); for a unit, `Au I` and `du I`.
struct Base {
    to: String,
    of: String,
}

impl Base {
    /// A unit inside the group's article, by its label (`I`, `3°`, `a`).
    fn unit(label: &str) -> Self {
        Base {
            to: format!("Au {label}"),
            of: format!("du {label}"),
        }
    }

    /// `full` (a sentence, or an item of a wider group) without this base's name; `None` where
    /// it names none of it.
    fn relative(&self, full: &str) -> Option<String> {
        if let Some(rest) = full.strip_prefix(self.to.as_str()) {
            let item = cap(rest.strip_prefix(", ")?);
            return OPENINGS.iter().any(|o| item.starts_with(o)).then_some(item);
        }
        let at = full.find(&format!(" {}", self.of))?;
        let after = &full[at + 1 + self.of.len()..];
        if !after.starts_with([',', ' ']) {
            return None;
        }
        Some(format!("{}{after}", &full[..at]))
    }

    /// The sentence (or the item of the wider group) `item` states, in this base (the inverse
    /// of [`Base::relative`]).
    fn expand(&self, item: &str) -> Option<String> {
        if OPENINGS.iter().any(|o| item.starts_with(o)) {
            return Some(format!("{}, {}", self.to, decap(item)));
        }
        let at = ADDRESS_ENDS.iter().filter_map(|e| item.find(e)).min()?;
        Some(format!("{} {}{}", &item[..at], self.of, &item[at..]))
    }
}

/// The label of the outermost unit an item of an article's group names, where the item
/// opens with its address (`Au 3° du I, …`: `I`).
fn outermost(item: &str) -> Option<&str> {
    let chain = &item.strip_prefix("Au ")?[..item.find(", ")? - "Au ".len()];
    let top = chain.rsplit(" du ").next()?;
    (!top.is_empty() && !top.contains(' ')).then_some(top)
}

/// `full` (a sentence alone) without its closing full stop; as it is where it ends with a
/// block.
fn body(full: &str) -> Option<&str> {
    match ends_with_block(full) {
        true => Some(full),
        false => full.strip_suffix('.'),
    }
}

/// The sentence an item states, its closing mark (a semicolon, or the full stop) taken off
/// and the full stop put back.
fn closed(item: &str) -> Option<String> {
    if ends_with_block(item) {
        return Some(item.to_string());
    }
    let open = item.strip_suffix(" ;").or_else(|| item.strip_suffix('.'))?;
    Some(format!("{open}."))
}

/// The entry of a change whose sentence alone is `full` in a group based on `base`: its item
/// (without its closing mark), and where it is a change inside one unit, that unit's label
/// and the item under it; `None` where it would not read back.
fn entry(full: &str, base: &Base) -> Option<Entry> {
    let item = base.relative(full)?;
    if base.expand(&item).as_deref() != Some(full) {
        return None;
    }
    let nest = outermost(&item).and_then(|top| {
        let unit = Base::unit(top);
        let sub = unit.relative(&item)?;
        (unit.expand(&sub).as_deref() == Some(item.as_str())).then(|| {
            let sub = body(&sub)?.to_string();
            Some((top.to_string(), vec![sub]))
        })?
    });
    let item = body(&item)?.to_string();
    Some(Entry { item, nest })
}

/// `items` closed as a French enumeration: each by ` ;`, the last by ` ;` too where more
/// follow (`last` false), else by the full stop; an item ending with a block by nothing.
fn close_all(items: &[String], last: bool) -> Vec<String> {
    items
        .iter()
        .enumerate()
        .map(|(k, item)| match ends_with_block(item) {
            true => item.clone(),
            false if last && k + 1 == items.len() => format!("{item}."),
            false => format!("{item} ;"),
        })
        .collect()
}

/// The heading of a group of the section or unit named `name` (`L'article 2`, `Le I`), in
/// its gender.
fn head(name: &str, feminine: bool) -> String {
    let e = if feminine { "e" } else { "" };
    format!("{name} est ainsi modifié{e} :")
}

impl Wording<'_, '_> {
    /// The base of a group of section `s`, its name heading the group, and its gender.
    fn fr_base(&self, s: usize) -> (Base, String, bool) {
        let base = Base {
            to: cap(&self.sref(s, Form::To)),
            of: self.sref(s, Form::Of),
        };
        let feminine = fr_noun(&self.doc.sections[s]).1;
        (base, self.sref(s, Form::DetCap), feminine)
    }

    /// [`Wording::group`] in French.
    pub(super) fn group_fr(&self, list: &[Instruction], full: Option<String>) -> Option<Group> {
        let section = Self::edited_section(list)?;
        let (base, name, feminine) = self.fr_base(section);
        let named = (section, Form::DetCap, name.as_str());
        let Collected { entries, len, next } =
            match self.collect_named(list, full, named, |s| entry(s, &base)) {
                Ok(collected) => collected,
                Err(alone) => return Some(alone),
            };
        let marks = Marks::DegreesThenLetters;
        let text = match only_unit(&entries) {
            // Every change in one unit: the group is that unit's.
            Some((unit, subs)) => format!(
                "{}{}",
                head(&format!("Le {unit} {}", base.of), false),
                marks.list(&close_all(subs, true), 0)
            ),
            _ => {
                let n = entries.len();
                let items: Vec<String> = entries
                    .iter()
                    .enumerate()
                    .map(|(k, e)| match &e.nest {
                        Some((unit, subs)) if subs.len() > 1 => format!(
                            "{}{}",
                            head(&format!("Le {unit}"), false),
                            marks.list(&close_all(subs, k + 1 == n), 1)
                        ),
                        _ => close_all(std::slice::from_ref(&e.item), k + 1 == n).remove(0),
                    })
                    .collect();
                format!("{}{}", head(&name, feminine), marks.list(&items, 0))
            }
        };
        Some(Group { text, len, next })
    }

    /// [`Wording::group_sentences`] in French.
    pub(super) fn group_sentences_fr(
        &self,
        body: &str,
        line: usize,
    ) -> Option<Result<ReadGroup, Lined>> {
        let (first, items) = split_group(body, Marks::DegreesThenLetters)?;
        let name = first
            .strip_suffix(" est ainsi modifié :")
            .or_else(|| first.strip_suffix(" est ainsi modifiée :"))?;
        // The article (`L'article 2`), or a unit of it (`Le I de l'article 2`).
        let (section, unit) = match self.section(Form::DetCap)(name) {
            Ok(("", s)) => (s, None),
            _ => {
                let (label, of) = name.strip_prefix("Le ")?.split_once(' ')?;
                match self.section(Form::Of)(of) {
                    Ok(("", s)) => (s, Some(Base::unit(label))),
                    _ => return None,
                }
            }
        };
        let (base, _, _) = self.fr_base(section);
        let mut sentences = Vec::new();
        let read = read_items(Marks::DegreesThenLetters, items, line + 1, 0);
        let items = match read {
            Ok(items) => items,
            Err(e) => return Some(Err(e)),
        };
        let bases: Vec<&Base> = unit.iter().chain([&base]).collect();
        for (at, item) in items {
            if let Err(e) = read_item(&item, at, &bases, &mut sentences) {
                return Some(Err(e));
            }
        }
        Some(Ok(ReadGroup { section, sentences }))
    }
}

/// Reads `item` (on line `at`) of a group based on `bases` (innermost first) into
/// `sentences` in full: a change, or a unit's changes lettered under it.
fn read_item(
    item: &str,
    at: usize,
    bases: &[&Base],
    sentences: &mut Vec<Lined>,
) -> Result<(), Lined> {
    let fail = || (at, item.to_string());
    if let Some((first, subs)) = item.split_once('\n')
        && let Some(label) = first
            .strip_prefix("Le ")
            .and_then(|r| r.strip_suffix(" est ainsi modifié :"))
        && subs.starts_with("a) ")
        && bases.len() == 1
    {
        let unit = Base::unit(label);
        let bases = [&unit, bases[0]];
        for (at, sub) in read_items(Marks::DegreesThenLetters, subs, at + 1, 1)? {
            read_item(&sub, at, &bases, sentences)?;
        }
        return Ok(());
    }
    let mut sentence = closed(item).ok_or_else(fail)?;
    for base in bases {
        sentence = base.expand(&sentence).ok_or_else(fail)?;
    }
    sentences.push((at, sentence));
    Ok(())
}
