//! A section's text numbered as its first paragraph, and paragraphs added after it
//! ([`TextEdit::NumberText`]), in each drafting style, and the reader of those sentences:
//!
//! - English: `The existing text of section 5 becomes subsection (1), and after it insert—`;
//! - German: `In § 5 wird der bisherige Wortlaut Absatz 1, und folgender Absatz 2 wird
//!   angefügt:` (the Handbuch der Rechtsförmlichkeit's `Der bisherige Wortlaut wird Absatz 1`);
//! - French: `Au début de l'article 5, est ajoutée la mention « (1) » et, à la fin, il est
//!   ajouté un (2) ainsi rédigé :`;
//! - Dutch: `Onder plaatsing van de aanduiding „1.” voor de tekst van artikel 5 wordt een lid
//!   toegevoegd, luidende:` (and `In artikel 5 wordt voor de tekst de aanduiding „1.”
//!   geplaatst.` alone);
//! - Polish: `W art. 5 dotychczasową treść oznacza się jako ust. 1 i dodaje się ust. 2 w
//!   brzmieniu:`.
//!
//! English, German and Polish name the new paragraph by its noun and number, and the reader
//! gives it the label that noun takes (`subsection (1)`: `(1)`, `Absatz 1`: `(1)`, `ust. 1`:
//! `1.`); French and Dutch quote the label. The words naming the paragraphs added are not
//! read back: the block says what they are.

use nom::Parser;

use super::super::{Address, Instruction, Lang, TextEdit};
use super::units::en_units;
use super::{Form, NL_COUNTS, Res, Wording, block, end, fail, quoted_then, read_block_after, tg};

impl Wording<'_, '_> {
    /// The sentence numbering the text of section `at` `label` and adding `then` after it.
    pub(super) fn render_numbered(&self, at: &Address, label: &str, then: &str) -> String {
        let ws = self.unit_space(at);
        let block = || self.show_block_after(&ws, then);
        let added = added_numbers(label, then);
        let number = bare(label);
        match self.lang {
            Lang::En => {
                let a = self.address(at, Form::Plain);
                let noun = en_units(&self.doc.sections[at.section])[0].one;
                let head = format!("The existing text of {a} becomes {noun} {label}");
                match then.is_empty() {
                    true => format!("{head}."),
                    false => format!("{head}, and after it insert—\n{}", block()),
                }
            }
            Lang::De => {
                let a = self.address(at, Form::To);
                let head = format!("In {a} wird der bisherige Wortlaut Absatz {number}");
                if then.is_empty() {
                    return format!("{head}.");
                }
                let what = match (self.named_run(&added), added.len()) {
                    (Some(n), 1) => format!("folgender Absatz {n} wird"),
                    (Some(run), _) => format!("die folgenden Absätze {run} werden"),
                    (None, _) => "Folgendes wird".into(),
                };
                format!("{head}, und {what} angefügt:\n{}", block())
            }
            Lang::Fr => {
                let a = self.sref(at.section, Form::Of);
                let head = format!("Au début {a}, est ajoutée la mention {}", self.q(label));
                if then.is_empty() {
                    return format!("{head}.");
                }
                let labels = added_labels(label, &added);
                let what = match (self.named_run(&labels), labels.len()) {
                    (Some(l), 1) => format!("il est ajouté un {l} ainsi rédigé"),
                    (Some(run), _) => format!("sont ajoutés des {run} ainsi rédigés"),
                    (None, _) => "sont ajoutées des dispositions ainsi rédigées".into(),
                };
                format!("{head} et, à la fin, {what} :\n{}", block())
            }
            Lang::Nl => {
                let a = self.address(at, Form::Plain);
                let q = self.q(label);
                if then.is_empty() {
                    return format!("In {a} wordt voor de tekst de aanduiding {q} geplaatst.");
                }
                let what = match added.len() {
                    0 => "wordt het volgende".to_string(),
                    1 => "wordt een lid".to_string(),
                    n if n < NL_COUNTS.len() => format!("worden {} leden", NL_COUNTS[n]),
                    n => format!("worden {n} leden"),
                };
                format!(
                    "Onder plaatsing van de aanduiding {q} voor de tekst van {a} {what} \
                     toegevoegd, luidende:\n{}",
                    block()
                )
            }
            Lang::Pl => {
                let a = self.address(at, Form::To);
                let head = format!("W {a} dotychczasową treść oznacza się jako ust. {number}");
                if then.is_empty() {
                    return format!("{head}.");
                }
                let what = self
                    .named_run(&added)
                    .map_or_else(|| "przepisy".to_string(), |run| format!("ust. {run}"));
                format!("{head} i dodaje się {what} w brzmieniu:\n{}", block())
            }
        }
    }

    /// Paragraphs named by their numbers or labels: the one alone, two joined by this
    /// style's `and`, more by its `to` (`2`, `2 und 3`, `2–4`); `None` for none.
    fn named_run(&self, items: &[String]) -> Option<String> {
        match items {
            [] => None,
            [one] => Some(one.clone()),
            [a, .., b] => Some(format!("{a}{}{b}", self.run_sep(items.len()))),
        }
    }

    /// Reads a sentence of [`Wording::render_numbered`] back; `None` when `s` is none.
    pub(super) fn parse_numbered(&self, s: &str) -> Option<Instruction> {
        let (at, label, rest) = match self.lang {
            Lang::En => {
                let (r, (_, at, _)) = (
                    tg("The existing text of "),
                    |x| self.parse_address(x, Form::Plain),
                    tg(" becomes "),
                )
                    .parse(s)
                    .ok()?;
                let line = r.find('\n').unwrap_or(r.len());
                let (named, rest) = match r[..line].strip_suffix(", and after it insert—") {
                    Some(named) => (named, Some(&r[line..])),
                    None => (r.strip_suffix('.')?, None),
                };
                // English cites paragraphs by bracketed numbers (`section 5(1)`): a text
                // labelled otherwise is restated.
                let (_, label) = named.rsplit_once(' ')?;
                (label.starts_with('(') && label.ends_with(')')).then_some(())?;
                (at, label.to_string(), rest)
            }
            Lang::De => {
                let (r, (_, at, _)) = (
                    tg("In "),
                    |x| self.parse_address(x, Form::To),
                    tg(" wird der bisherige Wortlaut Absatz "),
                )
                    .parse(s)
                    .ok()?;
                let (number, rest) = numbered_then(r, ", und ", " angefügt:")?;
                (at, format!("({number})"), rest)
            }
            Lang::Fr => {
                let (r, (_, at, _)) = (
                    tg("Au début "),
                    |x| self.parse_address(x, Form::Of),
                    tg(", est ajoutée la mention "),
                )
                    .parse(s)
                    .ok()?;
                let (o, c) = self.quotes();
                let (_, (label, rest)) = quoted_then(r, o, c, fr_after_mention).ok()?;
                (at, label, rest)
            }
            Lang::Nl => self.parse_numbered_nl(s)?,
            Lang::Pl => {
                let (r, (_, at, _)) = (
                    tg("W "),
                    |x| self.parse_address(x, Form::To),
                    tg(" dotychczasową treść oznacza się jako ust. "),
                )
                    .parse(s)
                    .ok()?;
                let (number, rest) = numbered_then(r, " i dodaje się ", " w brzmieniu:")?;
                (at, format!("{number}."), rest)
            }
        };
        if !at.path.is_empty() || label.is_empty() {
            return None;
        }
        let then = match rest {
            None => String::new(),
            Some(r) => {
                let (o, c) = self.quotes();
                let (_, (quoted, marked)) = block(r, o, c, self.marker()).ok()?;
                read_block_after(&self.unit_space(&at), quoted, marked)
            }
        };
        let edit = TextEdit::NumberText { label, then };
        Some(Instruction::Edit { at, edit })
    }

    /// The Dutch sentences: the label placed alone, or with paragraphs added.
    fn parse_numbered_nl<'x>(&self, s: &'x str) -> Option<(Address, String, Option<&'x str>)> {
        let (o, c) = self.quotes();
        if let Ok((r, (_, at, _))) = (
            tg("In "),
            |x| self.parse_address(x, Form::Plain),
            tg(" wordt voor de tekst de aanduiding "),
        )
            .parse(s)
        {
            let (_, (label, _)) = quoted_then(r, o, c, |x| {
                let (x, _) = tg(" geplaatst").parse(x)?;
                end(x)
            })
            .ok()?;
            return Some((at, label, None));
        }
        let r = s.strip_prefix("Onder plaatsing van de aanduiding ")?;
        let (r, (label, at)) = quoted_then(r, o, c, |x| {
            let (x, _) = tg(" voor de tekst van ").parse(x)?;
            self.parse_address(x, Form::Plain)
        })
        .ok()?;
        let line = r.find('\n').unwrap_or(r.len());
        r[..line]
            .ends_with(" toegevoegd, luidende:")
            .then_some(())?;
        Some((at, label, Some(&r[line..])))
    }
}

/// What follows the French mention: the end of the sentence, or the paragraphs added (`et,
/// à la fin, il est ajouté un (2) ainsi rédigé :`) and the block on the next lines.
fn fr_after_mention(x: &str) -> Res<'_, Option<&str>> {
    if end(x).is_ok() {
        return Ok(("", None));
    }
    let line = x.find('\n').unwrap_or(x.len());
    match x[..line].starts_with(" et, à la fin, ") && x[..line].ends_with(" :") {
        true => Ok(("", Some(&x[line..]))),
        false => fail(x),
    }
}

/// The number after a noun (`1` of `Absatz 1`), then either the end of the sentence or
/// `join` … `tail` and the block on the next lines.
fn numbered_then<'x>(r: &'x str, join: &str, tail: &str) -> Option<(&'x str, Option<&'x str>)> {
    let line = r.find('\n').unwrap_or(r.len());
    let head = &r[..line];
    match head.split_once(join) {
        Some((number, words)) if words.ends_with(tail) => Some((number, Some(&r[line..]))),
        _ if line == r.len() => Some((head.strip_suffix('.')?, None)),
        _ => None,
    }
    .filter(|(n, _)| !n.is_empty() && !n.contains(' '))
}

/// `label` without its brackets and dot: `(1)` → `1`, `1.` → `1`.
fn bare(label: &str) -> &str {
    label
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .unwrap_or_else(|| label.strip_suffix('.').unwrap_or(label))
}

/// The numbers of the paragraphs `then` adds after the one labelled `label`, where each
/// opens a line at the first one's indentation with a label of the same form and they follow
/// it in order (`(2)`, `(3)`); none otherwise, and the general words name them.
fn added_numbers(label: &str, then: &str) -> Vec<String> {
    let Ok(first) = bare(label).parse::<u64>() else {
        return Vec::new();
    };
    let (open, close) = match (label.starts_with('('), label.ends_with(')')) {
        (true, true) => ("(", ")"),
        _ if label.ends_with('.') => ("", "."),
        _ => return Vec::new(),
    };
    let indent = |l: &str| l.len() - l.trim_start().len();
    let Some(lead) = then.lines().find(|l| !l.trim().is_empty()) else {
        return Vec::new();
    };
    let mut numbers = Vec::new();
    for line in then.lines().filter(|l| indent(l) == indent(lead)) {
        let body = line.trim_start();
        let Some(rest) = body.strip_prefix(open) else {
            continue;
        };
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let after = &rest[digits..];
        if digits == 0 || !after.starts_with(close) {
            continue;
        }
        if !after[close.len()..].is_empty() && !after[close.len()..].starts_with(' ') {
            continue;
        }
        numbers.push(rest[..digits].to_string());
    }
    let in_order = numbers
        .iter()
        .zip(first + 1..)
        .all(|(n, want)| n.parse::<u64>().ok() == Some(want));
    let opens = lead.trim_start().starts_with(open) && !numbers.is_empty();
    match in_order && opens {
        true => numbers,
        false => Vec::new(),
    }
}

/// The labels of `added` in the form of `label` as French names them (`(2)`; `2` for `2.`).
fn added_labels(label: &str, added: &[String]) -> Vec<String> {
    added
        .iter()
        .map(|n| match label.starts_with('(') {
            true => format!("({n})"),
            false => n.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_paragraphs_added_are_numbered_from_the_label_on() {
        assert_eq!(
            added_numbers("(1)", "(2) Es gilt.\n\n(3) Nicht.\n"),
            ["2", "3"]
        );
        assert_eq!(added_numbers("1.", "2. Treść.\n"), ["2"]);
        // Out of order, or not opening on a label: named by the general words.
        assert!(added_numbers("(1)", "(3) Es gilt.\n").is_empty());
        assert!(added_numbers("(1)", "Es gilt (2) nicht.\n").is_empty());
        assert!(added_numbers("a)", "b) x\n").is_empty());
        // A wrapped line of a paragraph is no paragraph.
        assert_eq!(added_numbers("(1)", "(2) Es gilt\nnicht.\n"), ["2"]);
    }

    #[test]
    fn labels_lose_their_brackets_and_dot() {
        assert_eq!(bare("(1)"), "1");
        assert_eq!(bare("12."), "12");
        assert_eq!(bare("§ 1"), "§ 1");
    }
}
