//! The applier: reads a document of instructions and carries it out on the old text, through
//! the old text's own structure (sections, paragraphs and items as detection splits the old
//! text alone), never through the redline's byte operations.

use std::collections::{HashMap, HashSet};

use regex::Regex;

use super::doc::{OldDoc, SectionBuf, number_span};
use super::edit::{EditError, locate};
use super::numbering::Numbering;
use super::wording::{Wording, parse_numbered};
use super::{Address, Instruction, Instructions, Lang, Place, TextEdit, UnitNumber};

/// The result of applying instructions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied {
    /// The old text as amended.
    pub text: String,
    /// The notes of the document: changes it says it could not state (not applied).
    pub notes: Vec<String>,
    /// Each point at which an instruction left two sections bearing the same number that
    /// did not before (none, for instructions that read well executed in order).
    pub clashes: Vec<Clash>,
}

/// An instruction after which two standing sections bear the same number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clash {
    /// The instruction's number, from 1.
    pub after: usize,
    /// The label the two sections bear (`§ 3`, `Section 213`).
    pub label: String,
}

/// Why a document of instructions could not be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApplyError {
    /// A sentence is not an instruction of the language, or names a unit the old text lacks.
    Unreadable {
        /// Line in the document, from 1.
        line: usize,
        /// The sentence.
        text: String,
    },
    /// An instruction cannot be carried out on the old text.
    Failed {
        /// Its position in the list, from 1 (notes not counted).
        number: usize,
        /// The label the document gives it (`2`; in Dutch `B`: see [`Lang::label_of`]).
        label: String,
        /// Why.
        reason: String,
    },
}

impl std::fmt::Display for ApplyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApplyError::Unreadable { line, text } => {
                let first = text.lines().next().unwrap_or("");
                write!(
                    f,
                    "line {line}: not an instruction this reader knows, or it names a unit the old text does not have: {first}"
                )
            }
            ApplyError::Failed { label, reason, .. } => write!(f, "instruction {label}: {reason}"),
        }
    }
}

impl std::error::Error for ApplyError {}

/// Reads `instructions` (written in `lang`) and applies them to `old`. `unit` is the heading
/// pattern the instructions were made with (`--unit`), if any.
pub fn apply_instructions(
    old: &str,
    instructions: &str,
    lang: Lang,
    unit: Option<&Regex>,
) -> Result<Applied, ApplyError> {
    let doc = OldDoc::new(old, unit, lang);
    let w = Wording::new(&doc, lang);
    let (list, numbers) = parse_numbered(&w, instructions).map_err(|u| match u.why {
        Some(reason) => ApplyError::Failed {
            number: u.number,
            label: lang.label_of(u.number),
            reason: format!("{reason} (line {})", u.line),
        },
        None => ApplyError::Unreadable {
            line: u.line,
            text: u.text,
        },
    })?;
    apply_list(&doc, &list, &numbers, lang)
}

/// Renumbers section `s` in its working copy.
pub(crate) fn renumber(doc: &OldDoc, s: usize, buf: &mut SectionBuf, number: &str) {
    let sec = &doc.sections[s];
    if let Some(span) = &sec.number_span {
        buf.replace(span.start - sec.start, span.end - sec.start, number);
    }
}

/// Carries out one change of words on a working copy of its section.
pub(crate) fn apply_edit(
    buf: &mut SectionBuf,
    at: &Address,
    edit: &TextEdit,
) -> Result<(), EditError> {
    match edit {
        TextEdit::RenumberUnits { units } => return renumber_units(buf, units),
        TextEdit::NumberText { label, then } => return number_text(buf, label, then),
        TextEdit::OmitUnits { subs } => {
            // Each as `OmitUnit` takes it, the last first.
            for &k in subs.iter().rev() {
                let (a, b) = buf.ranges[k];
                buf.replace(a, b, "");
            }
            return Ok(());
        }
        _ => {}
    }
    let (a, b, with) = place_edit(buf, at, edit)?;
    buf.replace(a, b, &with);
    Ok(())
}

/// Numbers the own text of the section in `buf` `label` and adds `then` at its end (see
/// [`TextEdit::NumberText`]). Added after a text's last line, which ends with one line break,
/// the new paragraphs are set apart by a blank line where the text is set apart from its
/// heading by one.
fn number_text(buf: &mut SectionBuf, label: &str, then: &str) -> Result<(), EditError> {
    let at = buf
        .text_at
        .ok_or_else(|| EditError::NoOwnText(label.to_string()))?;
    let apart = buf.text[..at].ends_with("\n\n") || buf.text[..at].ends_with("\n\r\n");
    buf.replace(at, at, &format!("{label} "));
    let end = buf.text.len();
    let breaks = trailing_space(&buf.text).matches('\n').count();
    let with = match then.starts_with(|c: char| !c.is_whitespace()) && breaks == 1 && apart {
        true => format!("\n{then}"),
        false => then.to_string(),
    };
    buf.replace(end, end, &with);
    Ok(())
}

/// The bytes `a..b` of the section's text that `edit` of the unit at `at` replaces, and what
/// it puts there ([`locate`] in the unit; a unit inserted after the last one is set apart
/// by a blank line where the section's units are, see [`blank_line_wanted`]).
pub(crate) fn place_edit(
    buf: &SectionBuf,
    at: &Address,
    edit: &TextEdit,
) -> Result<(usize, usize, String), EditError> {
    let (ua, ub) = buf.range(&at.path);
    let (a, b, mut with) = locate(edit, &buf.text[ua..ub])?;
    // A text that opens on blanks of its own brings its own spacing.
    let opens_on_words = with.starts_with(|c: char| !c.is_whitespace());
    if matches!(edit, TextEdit::InsertUnitAfter { .. })
        && opens_on_words
        && blank_line_wanted(buf, ua, ub)
    {
        with.insert(0, '\n');
    }
    Ok((ua + a, ua + b, with))
}

/// Whether a unit inserted after the unit at `ua..ub` of a section goes after a blank line
/// the unit does not end with: it is the section's last unit, ending with one line break
/// (the text's last line), and a unit before it ends with a blank line, as the section's
/// units are set apart. Inserted so, `(3)` after the last `(2)` of a text came out glued to
/// it, and an instruction more put the blank line back. (A unit alone in its section tells
/// nothing: the blank line above it is its heading's.)
pub(crate) fn blank_line_wanted(buf: &SectionBuf, ua: usize, ub: usize) -> bool {
    let breaks = |t: &str| trailing_space(t).matches('\n').count();
    let text = &buf.text;
    ub == text.len()
        && ua < ub
        && breaks(&text[ua..ub]) == 1
        && buf
            .ranges
            .iter()
            .any(|&(a, b)| b == ua && a < b && breaks(&text[a..b]) >= 2)
}

/// Writes the new numbers of paragraphs or items over their old ones, on their first lines.
fn renumber_units(buf: &mut SectionBuf, units: &[UnitNumber]) -> Result<(), EditError> {
    for u in units {
        let start = buf.ranges[u.sub].0;
        let (a, b) = number_span(&buf.text[start..], &u.old)
            .ok_or_else(|| EditError::Unnumbered(u.old.clone()))?;
        let head = u.new.split(' ').next().unwrap_or(&u.new);
        buf.replace(start + a, start + b, head);
    }
    Ok(())
}

/// The blanks and line breaks that end a text.
pub(crate) fn trailing_space(t: &str) -> &str {
    &t[t.trim_end().len()..]
}

/// Applies parsed instructions, in order: each one's sections are those standing when it
/// is reached, numbered as the renumberings before it left them. `numbers` gives each
/// instruction's number in its document, for the messages, which name it as `lang` labels it.
pub(crate) fn apply_list(
    doc: &OldDoc,
    list: &Instructions,
    numbers: &[usize],
    lang: Lang,
) -> Result<Applied, ApplyError> {
    let mut notes = Vec::new();
    let mut clashes = Vec::new();
    let mut state = Numbering::new(doc);
    let mut omitted: HashSet<usize> = HashSet::new();
    let mut replaced: HashMap<usize, String> = HashMap::new();
    let mut edits: HashMap<usize, Vec<(usize, &Address, &TextEdit)>> = HashMap::new();
    let mut before: HashMap<usize, Vec<String>> = HashMap::new();
    let mut after: HashMap<usize, Vec<String>> = HashMap::new();
    let mut start: Vec<String> = Vec::new();
    for (ins, &n) in list.list.iter().zip(numbers) {
        let failed = |reason: String| ApplyError::Failed {
            number: n,
            label: lang.label_of(n),
            reason,
        };
        let shared = state.shared(&doc.nesting);
        if state.advance(doc, ins).map_err(failed)? {
            for label in state.shared(&doc.nesting) {
                if !shared.contains(&label) {
                    clashes.push(Clash {
                        after: n,
                        label: label.clone(),
                    });
                }
            }
        }
        match ins {
            Instruction::Note { text } => notes.push(text.clone()),
            Instruction::Omit { section } => {
                omitted.insert(*section);
            }
            Instruction::Replace { section, text } => {
                replaced.insert(*section, text.clone());
            }
            Instruction::Edit { at, edit } => {
                edits.entry(at.section).or_default().push((n, at, edit))
            }
            Instruction::Insert { place, text, .. } => {
                let t = text.clone();
                match place {
                    Place::After(s) => after.entry(*s).or_default().push(t),
                    Place::Before(s) => before.entry(*s).or_default().push(t),
                    Place::Start => start.push(t),
                }
            }
            Instruction::Renumber { .. } => {}
        }
    }
    let mut out = start.concat();
    for s in 0..doc.sections.len() {
        for t in before.get(&s).into_iter().flatten() {
            out.push_str(t);
        }
        if let Some(t) = replaced.get(&s) {
            out.push_str(t);
        } else if !omitted.contains(&s) {
            let mut buf = SectionBuf::new(doc, s);
            let now = &state.view(s).number;
            if let Some(m) = now.as_deref().filter(|_| *now != doc.sections[s].number) {
                renumber(doc, s, &mut buf, m);
            }
            for (k, at, edit) in edits.get(&s).into_iter().flatten() {
                apply_edit(&mut buf, at, edit).map_err(|e| ApplyError::Failed {
                    number: *k,
                    label: lang.label_of(*k),
                    reason: e.to_string(),
                })?;
            }
            out.push_str(&buf.text);
        }
        for t in after.get(&s).into_iter().flatten() {
            out.push_str(t);
        }
    }
    Ok(Applied {
        text: out,
        notes,
        clashes,
    })
}
