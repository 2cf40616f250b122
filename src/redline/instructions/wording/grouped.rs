//! Several changes of one section stated under one number, as German amending acts state
//! them (Handbuch der Rechtsförmlichkeit, Teil F: where several subdivisions of one paragraph
//! are changed, the instruction's number is divided into letters):
//!
//! ```text
//! 39. § 11 wird wie folgt geändert:
//!     a) In Absatz 1 Nummer 1 Buchstabe a werden die Wörter „x“ durch die Wörter „y“ ersetzt.
//!     b) Die Wörter „z“ werden gestrichen.
//! ```
//!
//! Each item is the sentence the instruction has alone, with the section's name taken out
//! (`In § 11 Absatz 1 …` → `In Absatz 1 …`), or, for words of the section itself, turned
//! round so that the words open it (`In § 20 wird das Wort „a“ durch …` → `Das Wort „a“ wird
//! durch …`). The reader puts the name back and reads the sentence in full as it reads any
//! other, so both forms have one grammar; an instruction whose item would not read back to
//! its own sentence stays alone. Lines of an item after its first are indented once more
//! than the items.

use nom::{Parser, branch::alt};

use super::{Form, INDENT, Wording, cap, de_words, quoted_then, tg};
use crate::redline::instructions::{Instruction, Lang, TextEdit};

/// What ends the heading of a group, after the section's name.
const DE_HEAD: &str = " wird wie folgt geändert:";

/// The letters of a group's items, `a)` to `z)`: a section changed in more places is changed
/// by more groups than one.
const LETTERS: &[u8; 26] = b"abcdefghijklmnopqrstuvwxyz";

/// How the words that open an item of changed words are named: subject, and after `nach`.
const DE_OPENINGS: [&str; 6] = [
    "Das Wort ",
    "Die Wörter ",
    "Die Angabe ",
    "Nach dem Wort ",
    "Nach den Wörtern ",
    "Nach der Angabe ",
];

/// A line of a document (from 1) and the text that starts on it.
pub(super) type Lined = (usize, String);

/// A group read back: the section it changes, and its items' sentences in full, each with the
/// line it starts on.
pub(super) struct ReadGroup {
    /// The section.
    pub section: usize,
    /// The sentences.
    pub sentences: Vec<Lined>,
}

/// A group of instructions, rendered.
pub(super) struct Group {
    /// The group's text without its number: the heading, then the items on lines of their own.
    pub text: String,
    /// How many instructions of the list it states.
    pub len: usize,
}

impl Wording<'_, '_> {
    /// The section `ins` changes and its name heading a group, where `ins` may be one of a
    /// group: a change inside a section, in German, whose name reads alike at the start of a
    /// sentence and after `In` (`§ 11`, `Artikel 3`; not `Die Überschrift „…“`).
    fn group_head(&self, ins: &Instruction) -> Option<(usize, String)> {
        if self.lang != Lang::De {
            return None;
        }
        let Instruction::Edit { at, .. } = ins else {
            return None;
        };
        let name = self.sref(at.section, Form::Cap);
        (name == self.sref(at.section, Form::To)).then_some((at.section, name))
    }

    /// The instructions that open `list` and change one section, stated as one group and
    /// each carried past (see [`Wording::advance`]): `None`, and nothing carried past, where
    /// the first cannot be an item of a group; the first alone, in full, where no second
    /// joins it.
    pub(super) fn group(&self, list: &[Instruction]) -> Option<Group> {
        let first = list.first()?;
        let (section, name) = self.group_head(first)?;
        let full = self.render(first);
        let mut items = vec![self.group_item(first, &name, &full)?];
        let _ = self.advance(first);
        // Each worded as the sections stand once those before it are carried out.
        for ins in list.iter().skip(1).take(LETTERS.len() - 1) {
            if self
                .group_head(ins)
                .is_none_or(|(s, n)| s != section || n != name)
            {
                break;
            }
            let Some(item) = self.group_item(ins, &name, &self.render(ins)) else {
                break;
            };
            items.push(item);
            let _ = self.advance(ins);
        }
        if items.len() == 1 {
            return Some(Group { text: full, len: 1 });
        }
        let mut text = format!("{name}{DE_HEAD}");
        for (letter, item) in LETTERS.iter().zip(&items) {
            let item = item.replace('\n', &format!("\n{INDENT}"));
            text.push_str(&format!("\n{}) {item}", char::from(*letter)));
        }
        Some(Group {
            text,
            len: items.len(),
        })
    }

    /// The item stating `ins` (whose sentence alone is `full`) in a group headed by `name`,
    /// if it reads back to that sentence.
    fn group_item(&self, ins: &Instruction, name: &str, full: &str) -> Option<String> {
        let item = self.de_relative(ins, name, full)?;
        (self.de_expand(&item, name) == full).then_some(item)
    }

    /// `full` without the section's `name` (see the module's documentation).
    fn de_relative(&self, ins: &Instruction, name: &str, full: &str) -> Option<String> {
        let Instruction::Edit { edit, .. } = ins else {
            return None;
        };
        let after = |lead: &str| {
            full.strip_prefix(lead)
                .and_then(|r| r.strip_prefix(name))
                .and_then(|r| r.strip_prefix(' '))
        };
        if let Some(rest) = after("In ") {
            let Some((verb, r)) = ["wird ", "werden "]
                .iter()
                .find_map(|v| rest.strip_prefix(v).map(|r| (v, r)))
            else {
                return Some(format!("In {rest}"));
            };
            // Words of the section itself: they open the item.
            let opening = match edit {
                TextEdit::Substitute { old: w, .. } | TextEdit::Omit { text: w } => {
                    format!("{} {}", de_words(w).0, self.q(w))
                }
                TextEdit::InsertAfter { anchor, .. } => {
                    format!("nach {} {}", de_words(anchor).1, self.q(anchor))
                }
                _ => return None,
            };
            let r = r.strip_prefix(opening.as_str())?.strip_prefix(' ')?;
            return Some(format!("{} {verb}{r}", cap(&opening)));
        }
        for lead in ["Nach ", "Vor "] {
            if let Some(rest) = after(lead) {
                return rest
                    .starts_with(char::is_uppercase)
                    .then(|| format!("{lead}{rest}"));
            }
        }
        let rest = full.strip_prefix(name)?.strip_prefix(' ')?;
        rest.starts_with(char::is_uppercase)
            .then(|| rest.to_string())
    }

    /// The sentence in full of `item` in a group headed by `name` (the inverse of
    /// [`Wording::de_relative`]).
    fn de_expand(&self, item: &str, name: &str) -> String {
        if let Some(rest) = item.strip_prefix("In ") {
            return format!("In {name} {rest}");
        }
        let (o, c) = self.quotes();
        for opening in DE_OPENINGS {
            let Some(r) = item.strip_prefix(opening) else {
                continue;
            };
            let verb = |x| alt((tg(" wird "), tg(" werden "))).parse(x);
            if let Ok((rest, (quoted, verb))) = quoted_then(r, o, c, verb) {
                // `Das Wort ` → `das Wort `, `Nach dem Wort ` → `nach dem Wort `.
                let opening = [&opening[..1].to_lowercase(), &opening[1..]].concat();
                return format!("In {name}{verb}{opening}{o}{quoted}{c} {rest}");
            }
        }
        for lead in ["Nach ", "Vor "] {
            if let Some(rest) = item.strip_prefix(lead) {
                return format!("{lead}{name} {rest}");
            }
        }
        format!("{name} {item}")
    }

    /// The sentences in full of a group's items, each with the line it starts on, if `body`
    /// (read from line `line`, its number taken off) is a group; `None` if it is not one.
    /// `Err` with the line, and its text, of the first item that is not lettered as it
    /// should be.
    pub(super) fn group_sentences(
        &self,
        body: &str,
        line: usize,
    ) -> Option<Result<ReadGroup, Lined>> {
        if self.lang != Lang::De {
            return None;
        }
        let (head, items) = body.split_once('\n')?;
        let name = head.strip_suffix(DE_HEAD)?;
        let section = match self.section(Form::Cap)(name) {
            Ok(("", s)) => s,
            _ => return None,
        };
        let mut sentences: Vec<Lined> = Vec::new();
        for (k, text) in items.split('\n').enumerate() {
            let at = line + 1 + k;
            if let Some(more) = text.strip_prefix(INDENT)
                && let Some((_, item)) = sentences.last_mut()
            {
                item.push('\n');
                item.push_str(more);
                continue;
            }
            let Some(&letter) = LETTERS.get(sentences.len()) else {
                return Some(Err((at, text.to_string())));
            };
            match text
                .strip_prefix(char::from(letter))
                .and_then(|t| t.strip_prefix(") "))
            {
                Some(item) => sentences.push((at, item.to_string())),
                None => return Some(Err((at, text.to_string()))),
            }
        }
        let full = sentences
            .into_iter()
            .map(|(at, item)| (at, self.de_expand(&item, name)))
            .collect();
        Some(Ok(ReadGroup {
            section,
            sentences: full,
        }))
    }
}
