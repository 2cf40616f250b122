//! Words marked in Markdown as removed (`~~old~~`) or added (`**new**`), written so that a
//! CommonMark reader (GitHub, GitLab, pandoc, markdown-it) reads the marks as marks.
//!
//! CommonMark opens emphasis only at a delimiter run that is *left-flanking* and closes it
//! only at one that is *right-flanking*: `ist**, und**` is no bold text, since its `**` stands
//! between a letter and a comma, and shows its asterisks. Real amendments add and remove such
//! words all the time (a comma and the words after it, a full stop), so where the delimiters
//! would not be read as such the words are marked with the HTML elements `<del>` and `<ins>`,
//! which CommonMark passes through.

use crate::escape::md_emphasised;

/// How a stretch of a line is marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Text of both versions.
    Plain,
    /// Only in the old version: struck through.
    Removed,
    /// Only in the new version: bold.
    Added,
}

/// One line of Markdown from its stretches (no line breaks inside), each escaped and marked.
/// The blanks a marked stretch starts or ends with stay outside its marks (emphasis may not
/// start or end with a blank).
pub fn marked_line<S: AsRef<str>>(stretches: &[(Mark, S)]) -> String {
    let mut out = String::new();
    for (k, (mark, text)) in stretches.iter().enumerate() {
        let (mark, text) = (*mark, text.as_ref());
        let inner = text.trim();
        if mark == Mark::Plain || inner.is_empty() {
            out.push_str(&md_emphasised(text));
            continue;
        }
        let lead = &text[..text.len() - text.trim_start().len()];
        let trail = &text[text.trim_end().len()..];
        out.push_str(lead);
        let before = out.chars().last();
        let after = if trail.is_empty() {
            stretches
                .get(k + 1)
                .and_then(|(m, t)| first_written(*m, t.as_ref()))
        } else {
            Some(' ')
        };
        let inner = md_emphasised(inner);
        let (open, close) = match (mark, delimited(before, &inner, after)) {
            (Mark::Removed, true) => ("~~", "~~"),
            (Mark::Added, true) => ("**", "**"),
            (Mark::Removed, false) => ("<del>", "</del>"),
            _ => ("<ins>", "</ins>"),
        };
        out.push_str(open);
        out.push_str(&inner);
        out.push_str(close);
        out.push_str(trail);
    }
    out
}

/// The lines of a text given as marked stretches, each written by [`marked_line`]: a stretch
/// may hold line breaks (`\n` or `\r\n`), the marks never span one.
pub fn marked_lines<'a>(stretches: impl IntoIterator<Item = (Mark, &'a str)>) -> Vec<String> {
    let mut lines: Vec<Vec<(Mark, String)>> = vec![Vec::new()];
    for (mark, text) in stretches {
        for (k, part) in text.replace("\r\n", "\n").split('\n').enumerate() {
            if k > 0 {
                lines.push(Vec::new());
            }
            let line = lines.last_mut().expect("never empty");
            line.push((mark, part.to_string()));
        }
    }
    lines.iter().map(|l| marked_line(l)).collect()
}

/// The first character a stretch is written with: a blank, a mark's first character (always
/// punctuation), or the first of its escaped text.
fn first_written(mark: Mark, text: &str) -> Option<char> {
    let first = text.chars().next()?;
    if first.is_whitespace() {
        Some(' ')
    } else if mark == Mark::Plain {
        md_emphasised(text).chars().next()
    } else {
        Some('*')
    }
}

/// Whether CommonMark reads delimiters around `inner` (escaped, without blanks at its ends)
/// as opening and closing emphasis, with `before` and `after` either side (`None`: the
/// line's start or end).
fn delimited(before: Option<char>, inner: &str, after: Option<char>) -> bool {
    let (Some(first), Some(last)) = (inner.chars().next(), inner.chars().last()) else {
        return false;
    };
    let open_side = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || punctuation(c));
    let opens = !punctuation(first) || open_side(before);
    let closes = !punctuation(last) || open_side(after);
    opens && closes
}

/// Punctuation as CommonMark's flanking rules see it (Unicode punctuation and symbols): here
/// whatever is neither a letter, a digit nor a blank, which errs towards the HTML elements.
fn punctuation(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Mark::{Added, Plain, Removed};

    #[test]
    fn words_between_letters_keep_the_delimiters() {
        assert_eq!(
            marked_line(&[
                (Plain, "the "),
                (Removed, "old"),
                (Added, "new"),
                (Plain, " rule")
            ]),
            "the ~~old~~**new** rule"
        );
        assert_eq!(
            marked_line(&[(Added, "(1) A new paragraph.")]),
            "**(1) A new paragraph.**"
        );
    }

    #[test]
    fn punctuation_against_a_letter_is_marked_in_html() {
        // Strafgesetzbuch § 5 Nr. 9, 2012 -> 2021: `ist**, und**` shows its asterisks.
        assert_eq!(
            marked_line(&[(Plain, "Deutscher ist"), (Added, ", und"), (Plain, " b)")]),
            "Deutscher ist<ins>, und</ins> b)"
        );
        // Trestní zákoník § 70: a full stop removed before `, nebo`.
        assert_eq!(
            marked_line(&[(Plain, "zanedbatelná"), (Removed, "."), (Added, ", nebo")]),
            "zanedbatelná<del>.</del>**, nebo**"
        );
        // Closing: punctuation last, a letter after.
        assert_eq!(
            marked_line(&[(Plain, "a "), (Added, "(b)"), (Plain, "c")]),
            "a <ins>(b)</ins>c"
        );
    }

    /// What a CommonMark reader (pulldown-cmark, with strike-through) makes of a line: the
    /// text it strikes or emboldens (or sets in `<del>`, `<ins>`), and the text it leaves plain.
    fn read(md: &str) -> (String, String) {
        use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
        let (mut marked, mut plain, mut depth) = (String::new(), String::new(), 0);
        for event in Parser::new_ext(md, Options::ENABLE_STRIKETHROUGH) {
            match event {
                Event::Start(Tag::Strikethrough | Tag::Strong) => depth += 1,
                Event::End(TagEnd::Strikethrough | TagEnd::Strong) => depth -= 1,
                Event::InlineHtml(h) if h.starts_with("</") => depth -= 1,
                Event::InlineHtml(_) => depth += 1,
                Event::Text(t) if depth > 0 => marked.push_str(&t),
                Event::Text(t) => plain.push_str(&t),
                _ => {}
            }
        }
        (marked, plain)
    }

    #[test]
    fn commonmark_reads_every_mark_as_a_mark() {
        // (What a line may start with to be read as a list is for the line's writer.)
        let sides = [
            "", " ", "a", "é", "1", ".", ",", "(", ")", "§", "»", "*", "~",
        ];
        let words = [
            "x", ",", ", und", "(1)", "a.", ".", "§ 5", "x)", "«a»", "1°",
        ];
        for before in sides {
            for after in sides {
                for word in words {
                    for mark in [Removed, Added] {
                        let line = marked_line(&[(Plain, before), (mark, word), (Plain, after)]);
                        let (marked, plain) = read(&line);
                        assert_eq!(marked, word, "{line:?}");
                        // A paragraph's blanks at its ends are no text.
                        assert_eq!(plain.trim(), format!("{before}{after}").trim(), "{line:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn blanks_stay_outside_the_marks() {
        assert_eq!(
            marked_line(&[(Plain, "a"), (Added, " , b "), (Plain, "c")]),
            "a **, b** c"
        );
    }
}
