//! Several changes of one section stated under one number, as German, Polish, Dutch, French
//! and United Kingdom amending acts state them (Polish: see [`Wording::group_pl`]; Dutch: see
//! [`nl`]; French: see [`fr`]; English: see [`en`]). German, after the Handbuch der
//! Rechtsförmlichkeit (Teil F: where several subdivisions of one paragraph are changed, the
//! instruction's number is divided into letters):
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
//! durch …`). Several changes of words in one unit that follow each other are an item of
//! their own, a group inside the group, lettered `aa)`, `bb)`, … (the Handbuch's
//! Doppelbuchstaben):
//!
//! ```text
//!     c) Absatz 1 Nummer 1 Buchstabe a wird wie folgt geändert:
//!         aa) Die Wörter „x“ werden gestrichen.
//!         bb) Nach dem Wort „y“ wird das Wort „z“ eingefügt.
//! ```
//!
//! Where all the changes of a section are in one unit, the group is that unit's (`§ 2 Absatz 1
//! wird wie folgt geändert: a) Das Wort „vierzehn“ wird …`).
//!
//! The reader puts the names back and reads the sentence in full as it reads any other, so
//! both forms have one grammar; an instruction whose item would not read back to its own
//! sentence stays alone. Lines of an item after its first are indented once more than the
//! items.

mod en;
mod fr;
mod nl;

use nom::{Parser, branch::alt};

use super::{
    Form, HeadingPart, INDENT, Res, Wording, cap, de_in, de_words, decap, quoted_then, tg,
};
use crate::redline::HeadingKind;
use crate::redline::instructions::{Address, Instruction, Lang, TextEdit};

/// What ends the heading of a group, after the section's name.
const DE_HEAD: &str = " wird wie folgt geändert:";

/// The letters of a group's items, `a)` to `z)` (and `aa)` to `zz)` inside one): a section
/// changed in more places is changed by more groups than one.
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
    /// The sentence of the instruction after them, where it was worded (and found not to
    /// join), as the sections stand after the group.
    pub next: Option<String>,
}

impl Group {
    /// One instruction stated alone, its sentence `text`.
    fn alone(text: String, next: Option<String>) -> Self {
        Group { text, len: 1, next }
    }
}

/// A lettered item of a group: one change, or the changes of one unit (a group of its own).
struct Entry {
    /// The change, worded in the group.
    item: String,
    /// The unit it changes, as the item names it, and the changes of that unit worded under
    /// it, where it can be nested.
    nest: Option<(String, Vec<String>)>,
}

impl Entry {
    /// Takes in `next`, a change of the same unit, where both can be nested and the unit's
    /// items have a letter left; gives it back where not.
    fn join(&mut self, next: Entry) -> Result<(), Entry> {
        match (&mut self.nest, next.nest) {
            (Some((unit, subs)), Some((next_unit, next_subs)))
                if *unit == next_unit && subs.len() < LETTERS.len() =>
            {
                subs.extend(next_subs);
                Ok(())
            }
            (_, nest) => Err(Entry {
                item: next.item,
                nest,
            }),
        }
    }

    /// The entry's text: the change, or the unit's heading and its lettered changes.
    fn text(&self) -> String {
        match &self.nest {
            Some((unit, subs)) if subs.len() > 1 => {
                format!("{unit}{DE_HEAD}{}", Marks::Letters.list(subs, 1))
            }
            _ => self.item.clone(),
        }
    }
}

/// How the items of a group are marked.
#[derive(Clone, Copy)]
pub(super) enum Marks {
    /// `a)`, and inside an item `aa)` (German, Polish).
    Letters,
    /// `1.`, and inside an item `a.` (Dutch).
    NumbersThenLetters,
    /// `1°`, and inside an item `a)` (French).
    DegreesThenLetters,
    /// `a)`, and inside an item a dash `–` before each (Polish).
    LettersThenDashes,
    /// `(a)`, and inside an item `(i)` (English).
    Parens,
}

impl Marks {
    /// The marker of the `k`-th item (from 0) at `depth`, with the space after it; `None`
    /// past the last one that depth has.
    pub(super) fn of(self, k: usize, depth: usize) -> Option<String> {
        let letter = |repeat: usize| {
            (k < LETTERS.len()).then(|| char::from(LETTERS[k]).to_string().repeat(repeat))
        };
        match (self, depth) {
            (Marks::Letters, _) => letter(depth + 1).map(|l| format!("{l}) ")),
            (Marks::LettersThenDashes, 0) => letter(1).map(|l| format!("{l}) ")),
            (Marks::LettersThenDashes, _) => Some("– ".into()),
            (Marks::NumbersThenLetters, 0) => Some(format!("{}. ", k + 1)),
            (Marks::NumbersThenLetters, 1) => letter(1).map(|l| format!("{l}. ")),
            (Marks::DegreesThenLetters, 0) => Some(format!("{}° ", k + 1)),
            (Marks::DegreesThenLetters, 1) => letter(1).map(|l| format!("{l}) ")),
            (Marks::Parens, 0) => letter(1).map(|l| format!("({l}) ")),
            (Marks::Parens, 1) => (k < LETTERS.len())
                .then(|| crate::redline::roman_numeral(k as i64 + 1))
                .flatten()
                .map(|r| format!("({}) ", r.to_lowercase())),
            (Marks::NumbersThenLetters | Marks::DegreesThenLetters | Marks::Parens, _) => None,
        }
    }

    /// `items` marked at `depth`, each on a line of its own, the lines after an item's first
    /// indented. The callers hold no more items than the depth has markers.
    pub(super) fn list(self, items: &[String], depth: usize) -> String {
        let mut out = String::new();
        for (k, item) in items.iter().enumerate() {
            let item = item.replace('\n', &format!("\n{INDENT}"));
            let mark = self.of(k, depth).expect("no more items than markers");
            out.push_str(&format!("\n{mark}{item}"));
        }
        out
    }
}

/// The unit every change of a group is in, and the changes under it, where the group's
/// entries are one unit's (`§ 2 Absatz 1 wird wie folgt geändert:`, `In section 1(2)—`).
fn only_unit(entries: &[Entry]) -> Option<(&str, &[String])> {
    match entries {
        [
            Entry {
                nest: Some((unit, subs)),
                ..
            },
        ] => Some((unit, subs)),
        _ => None,
    }
}

/// Joins `e` to the last of `entries` where it can be (see [`Entry::join`]); gives it back
/// where not, or where there is no last.
fn join_last(entries: &mut [Entry], e: Entry) -> Option<Entry> {
    match entries.last_mut() {
        Some(last) => last.join(e).err(),
        None => Some(e),
    }
}

/// The head line of a group and the lines of its items, if `body` is one: a line, then items
/// opening with the first marker of `marks`.
fn split_group(body: &str, marks: Marks) -> Option<(&str, &str)> {
    let (head, items) = body.split_once('\n')?;
    let first = marks.of(0, 0)?;
    items.starts_with(first.as_str()).then_some((head, items))
}

/// The entries a group holds (see [`Wording::collect`]).
struct Collected {
    /// The entries, in order.
    entries: Vec<Entry>,
    /// How many instructions of the list they state.
    len: usize,
    /// The sentence of the instruction after them, where it was worded.
    next: Option<String>,
}

impl Wording<'_, '_> {
    /// The entries of the instructions that open `list` and that `belongs` admits, each worded
    /// as the sections stand once those before it are carried out (the first's sentence is
    /// `full`), made by `entry` (`None` where one cannot be an item), and each carried past; no
    /// more than `max` entries. `Err` with the first stated alone where no second joins it.
    fn collect(
        &self,
        list: &[Instruction],
        full: String,
        belongs: impl Fn(&Instruction) -> bool,
        entry: impl Fn(&Instruction, &str) -> Option<Entry>,
        max: usize,
    ) -> Result<Collected, Group> {
        let first = entry(&list[0], &full);
        let _ = self.advance(&list[0]);
        let Some(first) = first else {
            return Err(Group::alone(full, None));
        };
        let mut entries = vec![first];
        let mut len = 1;
        let mut next = None;
        for ins in &list[1..] {
            if !belongs(ins) {
                break;
            }
            let sentence = self.render(ins);
            let Some(e) = entry(ins, &sentence) else {
                next = Some(sentence);
                break;
            };
            if let Some(e) = join_last(&mut entries, e) {
                if entries.len() == max {
                    next = Some(sentence);
                    break;
                }
                entries.push(e);
            }
            let _ = self.advance(ins);
            len += 1;
        }
        match len {
            1 => Err(Group::alone(full, next)),
            _ => Ok(Collected { entries, len, next }),
        }
    }

    /// The numbered section the first of `list` changes something inside of: the section a
    /// Dutch or French group may be of.
    fn numbered_section(&self, list: &[Instruction]) -> Option<usize> {
        let Some(Instruction::Edit { at, .. }) = list.first() else {
            return None;
        };
        self.doc.sections[at.section].number.as_ref()?;
        Some(at.section)
    }

    /// The section the first of `list` changes something inside of, numbered or not: the
    /// section an English or French group may be of (`In the preamble—`, `Le préambule est
    /// ainsi modifié :`).
    fn edited_section(list: &[Instruction]) -> Option<usize> {
        match list.first() {
            Some(Instruction::Edit { at, .. }) => Some(at.section),
            _ => None,
        }
    }

    /// [`Wording::collect`] of the changes of `section` while it keeps the name `name` (in
    /// `form`), with no bound on the entries; `full` is the first's sentence, where already
    /// worded.
    fn collect_named(
        &self,
        list: &[Instruction],
        full: Option<String>,
        (section, form, name): (usize, Form, &str),
        entry: impl Fn(&str) -> Option<Entry>,
    ) -> Result<Collected, Group> {
        let full = full.unwrap_or_else(|| self.render(&list[0]));
        let belongs = |ins: &Instruction| {
            matches!(ins, Instruction::Edit { at, .. } if at.section == section)
                && self.sref(section, form) == name
        };
        self.collect(list, full, belongs, |_, s| entry(s), usize::MAX)
    }
}

impl Wording<'_, '_> {
    /// The name in `form` of what a group opened by `edit`, a change of words in section
    /// `at.section` itself, changes, where they stand in or under a heading: the text under
    /// it (`the text under the heading “…”`, `the text under the heading of Part 2`), or the
    /// heading of a numbered division that holds sections (`the heading of Part 2`, whose
    /// name stays as its words change; a heading cited by its words is renamed by each
    /// change, and its changes are stated alone). `None` for other changes, and for words
    /// across a heading and the text under it.
    fn heading_group_name(&self, at: &Address, edit: &TextEdit, form: Form) -> Option<String> {
        match self.heading_part(at, edit)? {
            HeadingPart::Under => Some(self.text_under(at.section, form)),
            HeadingPart::Heading => self.heading_of(at.section, form),
            HeadingPart::Both => None,
        }
    }

    /// Reads the name a group opens with in `form`: all of `i` a
    /// [`Wording::heading_group_name`], or else a section's name and what follows it (a
    /// unit's labels, where `i` names one). The section, and what follows.
    fn group_section<'x>(&self, i: &'x str, form: Form) -> Res<'x, usize> {
        let whole = |r: Res<'x, usize>| r.ok().filter(|(rest, _)| rest.is_empty());
        match whole(self.parse_text_under(i, form))
            .or_else(|| whole(self.parse_heading_of(i, form)))
        {
            Some(read) => Ok(read),
            None => self.section(form)(i),
        }
    }
}

impl Wording<'_, '_> {
    /// The section `ins` changes and its name after `In`, where `ins` may be one of a group:
    /// a change inside a section, in German, whose name reads alike at the start of a
    /// sentence and after `In` (`§ 11`, `Artikel 3`), or inside the preamble or a heading
    /// without a number, whose names differ (`Die Präambel wird wie folgt geändert:`, its
    /// changes `In der Präambel …`).
    fn group_head(&self, ins: &Instruction) -> Option<(usize, String)> {
        if self.lang != Lang::De {
            return None;
        }
        let Instruction::Edit { at, edit } = ins else {
            return None;
        };
        // Words under a heading without a number (`Der Text unter der Überschrift „…“ wird
        // wie folgt geändert:`, its changes `Im Text unter der Überschrift „…“ …`).
        if self.under_heading(at, edit) {
            return Some((at.section, self.text_under(at.section, Form::To)));
        }
        // Words across the heading and the text under it are stated alone.
        if self.across_heading(at, edit) {
            return None;
        }
        // Words in the heading of a numbered division (`Die Überschrift von Teil 2 wird wie
        // folgt geändert:`, its changes `In der Überschrift von Teil 2 …`).
        if let Some(name) = self.heading_group_name(at, edit, Form::To) {
            return Some((at.section, name));
        }
        let name = self.sref(at.section, Form::To);
        (self.unnumbered(at.section) || name == self.sref(at.section, Form::Cap))
            .then_some((at.section, name))
    }

    /// Whether `section` is the preamble or a heading without a number, named by its words
    /// (`die Präambel`, `die Überschrift „…“`).
    fn unnumbered(&self, section: usize) -> bool {
        let s = &self.doc.sections[section];
        s.kind == HeadingKind::Preamble || s.number.is_none()
    }

    /// The instructions that open `list` and change one section, stated as one group and
    /// each carried past (see [`Wording::advance`]): `None`, and nothing carried past, where
    /// the first cannot be in a group; the first alone, in full, where it cannot be an item
    /// or no second joins it. `full` is the first's sentence, where already worded.
    pub(super) fn group(&self, list: &[Instruction], full: Option<String>) -> Option<Group> {
        match self.lang {
            Lang::Pl => return self.group_pl(list, full),
            Lang::Nl => return self.group_nl(list, full),
            Lang::Fr => return self.group_fr(list, full),
            Lang::En => return self.group_en(list, full),
            Lang::De => {}
        }
        let first = list.first()?;
        let (section, name) = self.group_head(first)?;
        // Headed by the name that opens a sentence (`§ 2`, `Die Präambel`, `Der Text unter
        // der Überschrift „…“`), as the section is named before the group's changes (which
        // may change a heading's words, and so its name).
        let head = if name == self.text_under(section, Form::To) {
            self.text_under(section, Form::Cap)
        } else if self.heading_of(section, Form::To).as_ref() == Some(&name) {
            self.heading_of(section, Form::Cap).unwrap_or(name.clone())
        } else {
            self.sref(section, Form::Cap)
        };
        let full = full.unwrap_or_else(|| self.render(first));
        let belongs = |ins: &Instruction| {
            self.group_head(ins)
                .is_some_and(|(s, n)| s == section && n == name)
        };
        let entry = |ins: &Instruction, sentence: &str| {
            let item = self.group_item(ins, &name, sentence)?;
            Some(self.entry(ins, item))
        };
        let Collected { entries, len, next } =
            match self.collect(list, full, belongs, entry, LETTERS.len()) {
                Ok(collected) => collected,
                Err(alone) => return Some(alone),
            };
        // One unit changed in several places: the group is that unit's (`§ 2 Absatz 1 wird wie
        // folgt geändert:`), where its name reads back as the section's and the unit's.
        if let Some((unit, subs)) = only_unit(&entries).filter(|_| head == name) {
            let head = format!("{name} {unit}");
            if self.section(Form::Cap)(&head) == Ok((&head[name.len()..], section)) {
                return Some(Group {
                    text: format!("{head}{DE_HEAD}{}", Marks::Letters.list(subs, 0)),
                    len,
                    next,
                });
            }
        }
        let items: Vec<String> = entries.iter().map(Entry::text).collect();
        Some(Group {
            text: format!("{head}{DE_HEAD}{}", Marks::Letters.list(&items, 0)),
            len,
            next,
        })
    }

    /// The entry of `item`, the item of `ins` in its group: nested under the unit it changes
    /// where it is a change of words in a unit and reads back as such (`In Absatz 1 Nummer 1
    /// werden die Wörter „a“ …` under `Absatz 1 Nummer 1`: `Die Wörter „a“ werden …`).
    fn entry(&self, ins: &Instruction, item: String) -> Entry {
        let Instruction::Edit {
            edit: TextEdit::Substitute { .. } | TextEdit::Omit { .. } | TextEdit::InsertAfter { .. },
            ..
        } = ins
        else {
            return Entry { item, nest: None };
        };
        let unit = item.strip_prefix("In ").and_then(|r| {
            let end = [" wird ", " werden "]
                .iter()
                .filter_map(|v| r.find(v))
                .min()?;
            Some(&r[..end])
        });
        let nest = unit.and_then(|unit| {
            let sub = self.group_item(ins, unit, &item)?;
            Some((unit.to_string(), vec![sub]))
        });
        Entry { item, nest }
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
        let in_name = de_in(name);
        if let Some(rest) = full
            .strip_prefix(in_name.as_str())
            .and_then(|r| r.strip_prefix(' '))
        {
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
            return format!("{} {rest}", de_in(name));
        }
        let (o, c) = self.quotes();
        for opening in DE_OPENINGS {
            let Some(r) = item.strip_prefix(opening) else {
                continue;
            };
            let verb = |x| alt((tg(" wird "), tg(" werden "))).parse(x);
            if let Ok((rest, (quoted, verb))) = quoted_then(r, o, c, verb) {
                // `Das Wort ` → `das Wort `, `Nach dem Wort ` → `nach dem Wort `.
                let opening = decap(opening);
                return format!("{}{verb}{opening}{o}{quoted}{c} {rest}", de_in(name));
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
        match self.lang {
            Lang::Pl => return self.group_sentences_pl(body, line),
            Lang::Nl => return self.group_sentences_nl(body, line),
            Lang::Fr => return self.group_sentences_fr(body, line),
            Lang::En => return self.group_sentences_en(body, line),
            Lang::De => {}
        }
        let (head, items) = split_group(body, Marks::Letters)?;
        let head = head.strip_suffix(DE_HEAD)?;
        // The section, and perhaps a unit of it (`§ 2 Absatz 1`); or the text under a heading
        // without a number (`Der Text unter der Überschrift „…“`). The preamble and a heading
        // without a number are named otherwise after `In` (`Die Präambel wird …`, `In der
        // Präambel …`).
        let (unit, section, to) = if let Ok(("", section)) = self.parse_text_under(head, Form::Cap)
        {
            ("", section, Some(self.text_under(section, Form::To)))
        } else if let Ok(("", section)) = self.parse_heading_of(head, Form::Cap) {
            ("", section, self.heading_of(section, Form::To))
        } else {
            let (unit, section) = self.section(Form::Cap)(head).ok()?;
            let to = self
                .unnumbered(section)
                .then(|| self.sref(section, Form::To));
            (unit, section, to)
        };
        let mut names = vec![to.as_deref().unwrap_or(&head[..head.len() - unit.len()])];
        if !unit.is_empty() {
            names.push(unit.strip_prefix(' ')?);
        }
        let mut sentences = Vec::new();
        if let Err(e) = self.read_level(items, line + 1, 0, &names, &mut sentences) {
            return Some(Err(e));
        }
        Some(Ok(ReadGroup { section, sentences }))
    }

    /// Reads the items on `lines` (the first on line `first`), lettered at `depth`, into
    /// `sentences` in full; `names` are the section's and those of the units the items are
    /// in (`§ 2`, `Absatz 1`).
    fn read_level(
        &self,
        lines: &str,
        first: usize,
        depth: usize,
        names: &[&str],
        sentences: &mut Vec<Lined>,
    ) -> Result<(), Lined> {
        for (at, item) in read_items(Marks::Letters, lines, first, depth)? {
            match nested(&item) {
                Some((unit, subs)) if depth + 1 < MAX_DEPTH => {
                    let names = [names, &[unit]].concat();
                    self.read_level(subs, at + 1, depth + 1, &names, sentences)?;
                }
                _ => {
                    let full = names
                        .iter()
                        .rev()
                        .fold(item, |sentence, name| self.de_expand(&sentence, name));
                    sentences.push((at, full));
                }
            }
        }
        Ok(())
    }
}

/// Polish groups: the changes inside one section, each of which opens `W {section} `, stated
/// under `W art. 71:` as the Polish amending acts state them (`w art. 4: a) ust. 3 otrzymuje
/// brzmienie: … b) w ust. 5 …`, Dz.U. 2000 nr 91 poz. 1008): each item the sentence without
/// that opening, ending with a comma, the last with the full stop.
impl Wording<'_, '_> {
    /// [`Wording::group`] in Polish (one level, no nesting).
    fn group_pl(&self, list: &[Instruction], full: Option<String>) -> Option<Group> {
        let Some(Instruction::Edit { at, edit }) = list.first() else {
            return None;
        };
        let section = at.section;
        // Words under a heading, or in a numbered division's: the group is the text's under
        // it (`W tekście pod nagłówkiem „…”:`), or the heading's (`W tytule rozdziału 2:`).
        let name = self
            .heading_group_name(at, edit, Form::To)
            .unwrap_or_else(|| self.sref(section, Form::To));
        let full = full.unwrap_or_else(|| self.render(&list[0]));
        let first = match self.across_heading(at, edit) {
            true => None,
            false => pl_item(&full, &name),
        };
        let _ = self.advance(&list[0]);
        let Some(first) = first else {
            return Some(Group::alone(full, None));
        };
        let mut items = vec![first];
        let mut next = None;
        for ins in &list[1..] {
            // Words across a heading and the text under it are stated alone.
            if !matches!(ins, Instruction::Edit { at, edit } if at.section == section && !self.across_heading(at, edit))
            {
                break;
            }
            let sentence = self.render(ins);
            match pl_item(&sentence, &name) {
                Some(item) if items.len() < LETTERS.len() => items.push(item),
                _ => {
                    next = Some(sentence);
                    break;
                }
            }
            let _ = self.advance(ins);
        }
        if items.len() == 1 {
            return Some(Group::alone(full, next));
        }
        let len = items.len();
        // Every change in one unit: the group is that unit's (`W art. 2 w ust. 1:`), where its
        // name reads back as the section's and the unit's.
        if let Some((head, items)) = self.pl_unit_group(section, &name, &items) {
            return Some(Group {
                text: format!(
                    "W {head}:{}",
                    Marks::Letters.list(&pl_closed(&items, true), 0)
                ),
                len,
                next,
            });
        }
        let text = self.pl_nested(section, &name, items);
        Some(Group {
            text: format!("W {name}:{text}"),
            len,
            next,
        })
    }

    /// The lettered items of a group of `section` (named `name`): the changes of one unit
    /// that follow each other stated under it, each after a dash, as the Zasady techniki
    /// prawodawczej divide a letter (`b) w ust. 5:`, then `– w pkt 1 …,`); the others alone.
    fn pl_nested(&self, section: usize, name: &str, items: Vec<String>) -> String {
        let units: Vec<Option<(String, String)>> = items
            .iter()
            .map(|item| self.pl_unit_of(section, name, item))
            .collect();
        // Runs of items of one unit: (first, past the last).
        let mut runs = Vec::new();
        let mut k = 0;
        while k < items.len() {
            let head = units[k].as_ref().map(|(head, _)| head);
            let mut end = k + 1;
            while head.is_some() && end < items.len() && units[end].as_ref().map(|u| &u.0) == head {
                end += 1;
            }
            runs.push((k, end));
            k = end;
        }
        let n = runs.len();
        let entries: Vec<String> = runs
            .into_iter()
            .enumerate()
            .map(|(r, (a, b))| {
                let last = r + 1 == n;
                if b - a == 1 {
                    return pl_closed(&items[a..b], last).remove(0);
                }
                let (head, _) = units[a]
                    .as_ref()
                    .expect("a run of more than one is a unit's");
                let rests: Vec<String> = units[a..b]
                    .iter()
                    .map(|u| u.as_ref().expect("in a unit's run").1.clone())
                    .collect();
                let dashed = Marks::LettersThenDashes.list(&pl_closed(&rests, last), 1);
                format!("{}:{dashed}", &head[name.len() + 1..])
            })
            .collect();
        Marks::LettersThenDashes.list(&entries, 0)
    }

    /// The name of the unit all `items` of a group of `section` (named `name`) change, with
    /// the section's (`art. 2 w ust. 1`), and the items without it, where every item opens
    /// with it (`w ust. 1 `) and reads back under it.
    fn pl_unit_group(
        &self,
        section: usize,
        name: &str,
        items: &[String],
    ) -> Option<(String, Vec<String>)> {
        let mut units = items
            .iter()
            .map(|item| self.pl_unit_of(section, name, item));
        let (head, first) = units.next()??;
        let mut rests = vec![first];
        for unit in units {
            let (h, rest) = unit?;
            if h != head {
                return None;
            }
            rests.push(rest);
        }
        Some((head, rests))
    }

    /// The unit `item` (of a group of `section`, named `name`) changes, named with the
    /// section's (`art. 2 w ust. 1`), and the item without it, where the item opens with it
    /// (`w ust. 1 `) and reads back under it.
    fn pl_unit_of(&self, section: usize, name: &str, item: &str) -> Option<(String, String)> {
        // `w ust. 1 `, `w pkt 3 `, `w § 2 `: the first unit an item names.
        let end = item.match_indices(' ').map(|(k, _)| k).nth(2)?;
        let unit = item[..end].strip_prefix("w ")?;
        // Not one of several units (`w ust. 2–4`, `w ust. 2, 3`; `w ust. 2 i 3` below).
        if unit.contains(['–', '-', ',']) {
            return None;
        }
        let head = format!("{name} w {unit}");
        if self.section(Form::To)(&head) != Ok((&head[name.len()..], section)) {
            return None;
        }
        let rest = &item[end + 1..];
        if ["i ", "oraz ", "lub ", "do "]
            .iter()
            .any(|w| rest.starts_with(w))
        {
            return None;
        }
        let full = pl_read(&format!("{item},"), name)?;
        (pl_read(&format!("{rest},"), &head)? == full).then(|| (head, rest.to_string()))
    }

    /// [`Wording::group_sentences`] in Polish.
    fn group_sentences_pl(&self, body: &str, line: usize) -> Option<Result<ReadGroup, Lined>> {
        let (head, items) = split_group(body, Marks::LettersThenDashes)?;
        // The section, and perhaps a unit of it (`art. 2 w ust. 1`: `w`, a noun, a number).
        let name = head.strip_prefix("W ")?.strip_suffix(':')?;
        let (unit, section) = self.group_section(name, Form::To).ok()?;
        let unit_named = |u: &str| {
            u.strip_prefix(" w ")
                .is_some_and(|u| u.split(' ').count() == 2)
        };
        if !unit.is_empty() && !unit_named(unit) {
            return None;
        }
        let marks = Marks::LettersThenDashes;
        let items = match read_items(marks, items, line + 1, 0) {
            Ok(items) => items,
            Err(e) => return Some(Err(e)),
        };
        let mut sentences = Vec::new();
        for (at, item) in items {
            // A unit's changes after dashes (`w ust. 5:`, then `– w pkt 1 …,`), in a group of
            // the section's.
            let nested = item.split_once('\n').and_then(|(first, subs)| {
                let unit = first.strip_suffix(':')?.strip_prefix("w ")?;
                (unit.split(' ').count() == 2 && subs.starts_with("– "))
                    .then(|| (format!("{name} w {unit}"), subs))
            });
            let read = match nested {
                Some((head, subs)) => match read_items(marks, subs, at + 1, 1) {
                    Ok(subs) => subs
                        .into_iter()
                        .map(|(at, sub)| {
                            pl_read(&sub, &head).map(|full| (at, full)).ok_or((at, sub))
                        })
                        .collect::<Result<Vec<_>, _>>(),
                    Err(e) => Err(e),
                },
                None => pl_read(&item, name)
                    .map(|full| vec![(at, full)])
                    .ok_or((at, item)),
            };
            match read {
                Ok(read) => sentences.extend(read),
                Err(e) => return Some(Err(e)),
            }
        }
        Some(Ok(ReadGroup { section, sentences }))
    }
}

/// The item of `full` (a Polish sentence alone) in a group of the section named `name`,
/// without its closing mark: the sentence without its opening `W {name} ` and its full stop
/// (one that ends with a block has none); `None` where it does not open so, or would not
/// read back.
fn pl_item(full: &str, name: &str) -> Option<String> {
    let rest = full
        .strip_prefix("W ")?
        .strip_prefix(name)?
        .strip_prefix(' ')?;
    let item = match ends_with_block(rest) {
        true => rest,
        false => rest.strip_suffix('.')?,
    };
    (pl_read(&format!("{item},"), name).as_deref() == Some(full)).then(|| item.to_string())
}

/// The Polish sentence in full of an item of a group of the section named `name` (the
/// inverse of [`pl_item`]), its closing comma, semicolon or full stop taken off.
fn pl_read(item: &str, name: &str) -> Option<String> {
    let item = item.strip_suffix([',', ';', '.'])?;
    Some(match ends_with_block(item) {
        true => format!("W {name} {item}"),
        false => format!("W {name} {item}."),
    })
}

/// Items closed: each by `mark` (a Polish comma, an English semicolon), the last by the full
/// stop where `last` (it ends the group), else by `mark` too.
fn closed_by(items: &[String], last: bool, mark: char) -> Vec<String> {
    items
        .iter()
        .enumerate()
        .map(|(k, item)| match last && k + 1 == items.len() {
            true => format!("{item}."),
            false => format!("{item}{mark}"),
        })
        .collect()
}

/// Polish items closed (see [`closed_by`]): by a comma.
fn pl_closed(items: &[String], last: bool) -> Vec<String> {
    closed_by(items, last, ',')
}

/// Whether a sentence ends with a block: its first line ends with a colon, and lines follow.
fn ends_with_block(sentence: &str) -> bool {
    sentence
        .split_once('\n')
        .is_some_and(|(first, _)| first.ends_with(':'))
}

/// How deep a document's groups may nest when read (`a)`, `aa)`, `aaa)`).
const MAX_DEPTH: usize = 3;

/// An item that is a group of its own: the unit it names and the lines of its items.
fn nested(item: &str) -> Option<(&str, &str)> {
    let (head, items) = item.split_once('\n')?;
    Some((head.strip_suffix(DE_HEAD)?, items))
}

/// The items marked at `depth` on `lines`, the first on line `first`: each with the line it
/// starts on and its text, the lines after its first joined with one indent taken off. `Err`
/// with the line, and its text, of the first line that is neither the next item's marker nor
/// indented.
pub(super) fn read_items(
    marks: Marks,
    lines: &str,
    first: usize,
    depth: usize,
) -> Result<Vec<Lined>, Lined> {
    let mut items: Vec<Lined> = Vec::new();
    for (k, text) in lines.split('\n').enumerate() {
        let at = first + k;
        if let Some(more) = text.strip_prefix(INDENT)
            && let Some((_, item)) = items.last_mut()
        {
            item.push('\n');
            item.push_str(more);
            continue;
        }
        let item = marks
            .of(items.len(), depth)
            .and_then(|mark| text.strip_prefix(mark.as_str()));
        match item {
            Some(item) => items.push((at, item.to_string())),
            None => return Err((at, text.to_string())),
        }
    }
    Ok(items)
}
