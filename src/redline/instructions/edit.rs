//! What a change of words does to the text of a unit: the one meaning that both the
//! generator (when it checks an instruction) and the applier give to it.

use super::TextEdit;

/// Why a change of words cannot be carried out in a unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// The quoted words are not in the unit.
    NotFound(String),
    /// The quoted words occur more than once in the unit.
    NotUnique(String),
    /// A paragraph or item renumbered does not bear the number the instruction gives it, or
    /// its number cannot be found on its first line.
    Unnumbered(String),
    /// A text to be numbered (with this label) has paragraphs or items already, or no words
    /// after its heading.
    NoOwnText(String),
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditError::NotFound(w) => write!(f, "the words “{w}” are not in the unit"),
            EditError::NotUnique(w) => {
                write!(f, "the words “{w}” occur more than once in the unit")
            }
            EditError::NoOwnText(l) => write!(
                f,
                "the text to number {l} has paragraphs or items already, or no words after its heading"
            ),
            EditError::Unnumbered(n) => {
                write!(
                    f,
                    "no paragraph or item numbered {n} stands where it is renumbered"
                )
            }
        }
    }
}

/// The byte offset of the one occurrence of `needle` in `hay`.
pub(crate) fn unique(hay: &str, needle: &str) -> Result<usize, EditError> {
    if needle.is_empty() {
        return Err(EditError::NotFound(String::new()));
    }
    // memchr's SIMD searcher: a long unit is scanned to its end for every quotation tried.
    let finder = memchr::memmem::Finder::new(needle.as_bytes());
    let first = finder
        .find(hay.as_bytes())
        .ok_or_else(|| EditError::NotFound(needle.to_string()))?;
    let next = hay[first..]
        .char_indices()
        .nth(1)
        .map_or(hay.len(), |(k, _)| first + k);
    if finder.find(&hay.as_bytes()[next..]).is_some() {
        return Err(EditError::NotUnique(needle.to_string()));
    }
    Ok(first)
}

/// Punctuation that follows a word without a blank.
fn closing(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | ')' | ']' | '!' | '?')
}

/// The bytes `a..b` of `hay` the edit replaces, and what it puts there.
pub(crate) fn locate(edit: &TextEdit, hay: &str) -> Result<(usize, usize, String), EditError> {
    match edit {
        TextEdit::Substitute { old, new } => {
            let a = unique(hay, old)?;
            Ok((a, a + old.len(), new.clone()))
        }
        TextEdit::Omit { text } => {
            let (mut a, mut b) = (unique(hay, text)?, 0);
            b += a + text.len();
            let after = hay[b..].chars().next();
            if hay[..a].ends_with(' ') && after.is_none_or(|c| c.is_whitespace() || closing(c)) {
                a -= 1;
            } else if after == Some(' ') {
                b += 1;
            }
            Ok((a, b, String::new()))
        }
        TextEdit::OmitUnit => Ok((0, hay.len(), String::new())),
        TextEdit::ReplaceUnit { text } => Ok((0, hay.len(), text.clone())),
        // Not one stretch of the unit: see `apply::apply_edit`.
        TextEdit::RenumberUnits { units } => Err(EditError::Unnumbered(
            units.first().map_or(String::new(), |u| u.old.clone()),
        )),
        TextEdit::OmitUnits { .. } => Err(EditError::NotFound(String::new())),
        TextEdit::NumberText { label, .. } => Err(EditError::NoOwnText(label.clone())),
        TextEdit::InsertUnitAfter { text } => Ok((hay.len(), hay.len(), text.clone())),
        TextEdit::InsertUnitBefore { text } => Ok((0, 0, text.clone())),
        TextEdit::InsertAfter { anchor, text } => {
            let p = unique(hay, anchor)? + anchor.len();
            let with = if text.starts_with(closing) {
                text.clone()
            } else {
                format!(" {text}")
            };
            Ok((p, p, with))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(edit: TextEdit, hay: &str) -> Result<String, EditError> {
        let (a, b, w) = locate(&edit, hay)?;
        Ok(format!("{}{w}{}", &hay[..a], &hay[b..]))
    }

    #[test]
    fn omitting_a_word_takes_one_blank_with_it() {
        let omit = |t: &str| TextEdit::Omit { text: t.into() };
        assert_eq!(run(omit("ten"), "for ten years.").unwrap(), "for years.");
        assert_eq!(run(omit("years"), "for ten years.").unwrap(), "for ten.");
        assert_eq!(run(omit("for"), "for ten years.").unwrap(), "ten years.");
    }

    #[test]
    fn inserting_adds_a_blank_unless_punctuation_follows() {
        let ins = |a: &str, t: &str| TextEdit::InsertAfter {
            anchor: a.into(),
            text: t.into(),
        };
        assert_eq!(
            run(ins("child", "or young person"), "a child under ten").unwrap(),
            "a child or young person under ten"
        );
        assert_eq!(
            run(ins("child", ", or young person,"), "a child under").unwrap(),
            "a child, or young person, under"
        );
    }

    #[test]
    fn quoted_words_must_occur_once() {
        let sub = TextEdit::Substitute {
            old: "ten".into(),
            new: "five".into(),
        };
        assert_eq!(
            run(sub.clone(), "ten or ten"),
            Err(EditError::NotUnique("ten".into()))
        );
        assert_eq!(run(sub, "nine"), Err(EditError::NotFound("ten".into())));
        // Overlapping occurrences count too.
        assert!(unique("aaa", "aa").is_err());
    }
}
