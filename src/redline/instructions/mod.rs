//! Amending instructions: a redline stated as an amending act states it ("In section 2(1)(a),
//! for “ten” substitute “five”.", "§ 5 wird aufgehoben."), and an applier that reads such
//! instructions back and carries them out on the old text.
//!
//! The flow: `generate` turns a [`Redline`](super::Redline) into [`Instruction`]s addressed
//! by legal address in the old text; `wording` states each one in the drafting style of a
//! [`Lang`] and reads it back (a nom grammar per language); `apply` parses a document of
//! instructions and applies it to the old text through the old text's own structure (its
//! sections, paragraphs and items as detection splits them), never through the redline's
//! byte operations. The generator checks every instruction it emits by reading it back and
//! applying it, so what it prints is what the applier does.
//!
//! Instructions are carried out in order, as amending acts are, and each cites sections by the
//! numbers in force when it is reached (the numbering module tracks them): repeals and
//! replacements first, then renumberings, then insertions and changes of words.

mod apply;
mod doc;
mod edit;
mod generate;
mod numbering;
mod units;
mod wording;

pub use apply::{Applied, ApplyError, Clash, apply_instructions};
pub use generate::{Layout, instructions, instructions_with};
pub use wording::{Unreadable, parse_document, render_document};

use super::HeadingKind;

/// The language and drafting style of the instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, in the style of the UK Office of the Parliamentary Counsel ("for … substitute …").
    #[default]
    En,
    /// German Änderungsbefehle, after the Handbuch der Rechtsförmlichkeit ("… wird … ersetzt").
    De,
    /// French, after the Guide de légistique ("… est remplacé par …").
    Fr,
    /// Dutch, after the Aanwijzingen voor de regelgeving ("… wordt vervangen door …").
    Nl,
    /// Polish, after the Zasady techniki prawodawczej ("… zastępuje się …").
    Pl,
}

impl Lang {
    /// The drafting style of instructions for texts of a detected style (its
    /// [`Structure::style_id`](super::Structure::style_id)): German, Austrian and Swiss German
    /// texts are amended in German, French, Swiss French and Luxembourg ones in French, Dutch ones in
    /// Dutch, Polish statutes and regulations in Polish, English ones and texts of bare numbers
    /// in English. `None` for a language lexgap has no drafting style for (Czech, Italian, ...).
    pub fn of_style(style_id: &str) -> Option<Lang> {
        match style_id {
            "en" | "numbers" => Some(Lang::En),
            "de" | "at" | "de-ch" => Some(Lang::De),
            "fr" | "fr-ch" | "fr-lu" => Some(Lang::Fr),
            "nl" => Some(Lang::Nl),
            "pl" | "pl-par" => Some(Lang::Pl),
            _ => None,
        }
    }

    /// The label of the `n`-th instruction of a document (from 1), as this style numbers an
    /// amending act's changes: `1`, `2`, …; in Dutch the capitals `A` to `Z`, then `AA`, `BB`,
    /// …, `AAA`, … (Aanwijzing 6.15, second paragraph, and its explanation).
    pub fn label_of(self, n: usize) -> String {
        match self {
            Lang::Nl if n > 0 => {
                let letter = char::from(b'A' + ((n - 1) % 26) as u8);
                letter.to_string().repeat((n - 1) / 26 + 1)
            }
            _ => n.to_string(),
        }
    }

    /// The code used on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::Pl => "pl",
        }
    }
}

/// A unit of the old text: a section, or a paragraph or item inside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    /// Index of the section in the old text's sections.
    pub section: usize,
    /// Indices in the section's subsections, outermost first (empty: the section itself).
    pub path: Vec<usize>,
}

/// A change of words inside a unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextEdit {
    /// Replace the one occurrence of `old` in the unit with `new`.
    Substitute {
        /// The words replaced, as they stand in the unit.
        old: String,
        /// The words put in their place.
        new: String,
    },
    /// Remove the one occurrence of `text` in the unit, with one blank beside it.
    Omit {
        /// The words removed.
        text: String,
    },
    /// Insert `text` after the one occurrence of `anchor` in the unit, after a blank unless
    /// it starts with a punctuation mark.
    InsertAfter {
        /// The words after which the text goes.
        anchor: String,
        /// The words inserted.
        text: String,
    },
    /// Omit the whole unit (a paragraph or item, with what it contains).
    OmitUnit,
    /// Insert `text`, exactly, right after the whole unit (new paragraphs or items).
    InsertUnitAfter {
        /// The text inserted.
        text: String,
    },
    /// Insert `text`, exactly, right before the whole unit (new paragraphs or items ahead of
    /// the first of a list).
    InsertUnitBefore {
        /// The text inserted.
        text: String,
    },
    /// Replace the whole unit (a paragraph or item, with what it contains) with `text`,
    /// exactly (`§ 66 Absatz 3 wird durch den folgenden Absatz 3 ersetzt:`).
    ReplaceUnit {
        /// The unit's new text, its label included.
        text: String,
    },
    /// Omit two or more paragraphs or items directly inside the unit that follow each other,
    /// with what they contain (`Les 8° et 9° de l'article 1 sont abrogés`).
    OmitUnits {
        /// Their indices in the section's subsections, in order: every paragraph or item
        /// still standing from the first to the last, of one marker, under the unit.
        subs: Vec<usize>,
    },
    /// Number the text of a section that has no paragraphs as its first paragraph, `label`
    /// put with one blank before its first word after the heading, and add `then` (further
    /// paragraphs, exactly; may be empty) at the section's end (`The existing text of section
    /// 5 becomes subsection (1), and after it insert—`, `W art. 5 dotychczasową treść oznacza
    /// się jako ust. 1 i dodaje się ust. 2 w brzmieniu:`). Addressed to the section itself.
    NumberText {
        /// The label the text takes, as written (`(1)`, `1.`).
        label: String,
        /// The paragraphs added after it, exactly as they stand in the new text.
        then: String,
    },
    /// Renumber a run of the paragraphs or items directly inside the unit (`Les 2° et 3°
    /// deviennent les 3° et 4°`), shifted alike; the unit's own number and what stands
    /// inside the run's members are left as they are.
    RenumberUnits {
        /// The members, in order: every paragraph or item still standing from the first to
        /// the last, of one marker, under the unit.
        units: Vec<UnitNumber>,
    },
}

/// A paragraph or item given a new number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitNumber {
    /// Index in the section's subsections.
    pub sub: usize,
    /// Its number before (as [`crate::redline::Subheading::number`] gives it).
    pub old: String,
    /// Its number after.
    pub new: String,
}

/// Where inserted sections go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// After this old section (as it stands at the end, with what was inserted after it
    /// before).
    After(usize),
    /// Before this old section.
    Before(usize),
    /// At the beginning of a text that has no section left to stand next to.
    Start,
}

/// A section named in an insertion, for the wording ("folgender § 14e").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inserted {
    /// Division or article.
    pub kind: HeadingKind,
    /// The keyword as written (`§`, `Artikel`, `Section`); empty for bare numbers.
    pub keyword: String,
    /// The number as written, if any.
    pub number: Option<String>,
}

/// One amending instruction. Addresses name units of the old text by their place in it; the
/// wording cites them as a reader executing the instructions in order finds them, by the
/// numbers in force when the instruction is reached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Instruction {
    /// A change of words inside a unit.
    Edit {
        /// The unit.
        at: Address,
        /// The change.
        edit: TextEdit,
    },
    /// Omit (repeal) a whole section.
    Omit {
        /// Index of the old section.
        section: usize,
    },
    /// Insert sections, given whole.
    Insert {
        /// Where.
        place: Place,
        /// The text inserted, exactly (the wording leaves out closing blank lines that are
        /// those of the section it stands next to).
        text: String,
        /// The sections it contains, for the wording only (the applier does not need them).
        units: Vec<Inserted>,
    },
    /// Replace a whole section with a new text of the same number, where it stands.
    Replace {
        /// Index of the old section.
        section: usize,
        /// The new text, exactly, as for [`Instruction::Insert`].
        text: String,
    },
    /// Renumber a run of sections (`first` to `last` of the old text, same keyword, every
    /// one still standing between them) by a constant shift, or one section to a given
    /// number.
    Renumber {
        /// First old section of the run.
        first: usize,
        /// Last old section of the run.
        last: usize,
        /// New number of the first.
        new_first: String,
        /// New number of the last.
        new_last: String,
    },
    /// A change the instructions cannot state; said, never dropped. Not applied.
    Note {
        /// What the change is and why it is not stated as an instruction.
        text: String,
    },
}

impl Instruction {
    /// The Akoma Ntoso textual modification type of the instruction (`textualMod/@type`), or
    /// `None` for a note.
    pub fn akn_type(&self) -> Option<&'static str> {
        match self {
            Instruction::Edit { edit, .. } => Some(match edit {
                TextEdit::Substitute { .. } | TextEdit::ReplaceUnit { .. } => "substitution",
                TextEdit::Omit { .. } => "repeal",
                TextEdit::InsertAfter { .. } => "insertion",
                TextEdit::OmitUnit | TextEdit::OmitUnits { .. } => "repeal",
                TextEdit::InsertUnitAfter { .. } | TextEdit::InsertUnitBefore { .. } => "insertion",
                TextEdit::RenumberUnits { .. } | TextEdit::NumberText { .. } => "renumbering",
            }),
            Instruction::Omit { .. } => Some("repeal"),
            Instruction::Insert { .. } => Some("insertion"),
            Instruction::Replace { .. } => Some("substitution"),
            Instruction::Renumber { .. } => Some("renumbering"),
            Instruction::Note { .. } => None,
        }
    }
}

/// The instructions of a redline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instructions {
    /// In the order they are carried out: omissions and replacements (cited by the old
    /// numbers), then renumberings, then insertions and changes of words in the order of
    /// the new text (cited by the new numbers).
    pub list: Vec<Instruction>,
}

/// How the front matter of two texts differs: the YAML block of metadata a file may open
/// with (`---`, `title: …`, `last_updated: …`, `---`, as legalize's Markdown editions write
/// it). It is the file's, not the law's, so no amending act changes it: the instructions
/// leave the old text's as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrontMatterChange {
    /// Whether the old text opens with front matter.
    pub old: bool,
    /// Whether the new text opens with front matter.
    pub new: bool,
    /// The keys whose entries differ (changed, added or removed), those of the new text first,
    /// in their order, then those only the old text has.
    pub keys: Vec<String>,
}

/// How the front matter of `old` and `new` differs, if it does.
pub fn front_matter_change(old: &str, new: &str) -> Option<FrontMatterChange> {
    use crate::redline::lines::front_matter_entries;
    let (a, b) = (front_matter(old), front_matter(new));
    if a == b {
        return None;
    }
    Some(FrontMatterChange {
        old: a.is_some(),
        new: b.is_some(),
        keys: differing(&front_matter_entries(old), &front_matter_entries(new)),
    })
}

/// How the notes under two texts' titles differ: the record of a consolidated text's
/// publication and amendments that an export prints as a definition list right under its
/// title (bundestag/gesetze: `Ausfertigungsdatum`, `Fundstelle`, `Zuletzt geändert durch`,
/// `Änderung durch`). Like front matter it is not the law's text, and the instructions leave
/// the old text's as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitleNotesChange {
    /// The terms whose entries differ (changed, added or removed), those of the new text
    /// first, in their order, then those only the old text has.
    pub terms: Vec<String>,
}

/// How the notes under the titles of `old` and `new` differ, where both have them and they
/// differ.
pub fn title_notes_change(old: &str, new: &str) -> Option<TitleNotesChange> {
    use crate::redline::lines::title_notes;
    let entries = |t: &'_ str| -> Vec<(String, String)> {
        title_notes(t)
            .into_iter()
            .map(|(term, range)| (term.to_string(), t[range].to_string()))
            .collect()
    };
    let (a, b) = (entries(old), entries(new));
    if a.is_empty() || b.is_empty() || a == b {
        return None;
    }
    Some(TitleNotesChange {
        terms: differing(&a, &b),
    })
}

/// The keys of the entries of `b` not in `a`, then those of `a` not in `b`, each once.
fn differing<K: AsRef<str> + PartialEq, E: PartialEq>(a: &[(K, E)], b: &[(K, E)]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    let missing = |x: &[(K, E)], y: &[(K, E)]| {
        x.iter()
            .filter(|e| !y.contains(e))
            .map(|(k, _)| k.as_ref().to_string())
            .collect::<Vec<_>>()
    };
    for k in missing(b, a).into_iter().chain(missing(a, b)) {
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    keys
}

/// The text the amending instructions of `old` → `new` give: `new`, with the old text's
/// front matter (or none, where the old text has none) in place of its own (see
/// [`FrontMatterChange`]) and the old notes under its title in place of its own (see
/// [`TitleNotesChange`]). `new` itself where neither differs.
pub fn instructed_text<'a>(old: &str, new: &'a str) -> std::borrow::Cow<'a, str> {
    use crate::redline::lines::{bom_len, front_matter_end, title_notes};
    let mut text = std::borrow::Cow::Borrowed(new);
    if front_matter(old) != front_matter(new) {
        let body = front_matter_end(new).unwrap_or(bom_len(new));
        let kept = front_matter(old).unwrap_or_default();
        text = std::borrow::Cow::Owned(format!("{}{kept}{}", &new[..bom_len(new)], &new[body..]));
    }
    let (a, b) = (title_notes(old), title_notes(&text));
    let words = |t: &str, notes: &[(&str, std::ops::Range<usize>)]| -> Vec<String> {
        notes
            .iter()
            .map(|(_, r)| t[r.clone()].to_string())
            .collect()
    };
    if !a.is_empty() && !b.is_empty() && words(old, &a) != words(&text, &b) {
        let span = |n: &[(&str, std::ops::Range<usize>)]| n[0].1.start..n[n.len() - 1].1.end;
        let (kept, replaced) = (span(&a), span(&b));
        text = std::borrow::Cow::Owned(format!(
            "{}{}{}",
            &text[..replaced.start],
            &old[kept],
            &text[replaced.end..]
        ));
    }
    text
}

/// The labels of the new text's sections whose words are their old partner's but whose
/// bytes are not: a change of layout alone (blanks, line breaks, Markdown heading marks; see
/// [`crate::redline::words`]), which the redline reports unchanged and exact instructions
/// still state ([`Layout::Exact`]).
pub fn layout_only_changes<'r>(old: &str, new: &str, r: &'r super::Redline) -> Vec<&'r str> {
    r.sections
        .iter()
        .filter(|c| c.status == super::Status::Unchanged)
        .filter_map(|c| {
            let (os, ns) = (&r.old_sections[c.old?], &r.new_sections[c.new?]);
            (old.get(os.start..os.end) != new.get(ns.start..ns.end)).then_some(ns.label.as_str())
        })
        .collect()
}

/// The front matter `text` opens with, after any byte-order mark.
fn front_matter(text: &str) -> Option<&str> {
    crate::redline::lines::front_matter_end(text)
        .map(|end| &text[crate::redline::lines::bom_len(text)..end])
}

#[cfg(test)]
mod tests;
