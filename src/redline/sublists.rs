//! Lists numbered `1.`, `2.` set in under an item that is itself numbered `4.`: German
//! federal law as bundestag/gesetze prints it (§ 6 Abs. 1 Nr. 4 Satz 2 of the
//! Einkommensteuergesetz holds a list `1.` to `5.`, each with its letters `a)`, `b)`).
//!
//! The heading grammar reads a number marker set in from the margin as text (an indented
//! line opening with `31.` is a date wrapped onto it far more often than an item), and a
//! scheme gives every marker one depth, so an inner `1.` would stand beside the `4.` it
//! belongs to. This pass finds such lists after the split, by where they stand: their
//! markers in the column where the outer item's text starts, each after a blank line,
//! numbered from 1 without a gap, two at least. Their items go one level below the outer
//! item, and the units set in further than their markers (the inner items' letters) one
//! level deeper than before.

use super::model::Subheading;
use super::style::Marker;
use super::tree::{indent, line_rest};

/// Adds to `subs`, the subsections of the section at `start..end` of `text` whose first
/// line is line `line`, the items of the lists set in under its `1.`-numbered items (see the
/// module).
pub(crate) fn nest_inner_lists(
    text: &str,
    (start, end, line): (usize, usize, usize),
    subs: &mut Vec<Subheading>,
) {
    if !subs.iter().any(|s| s.marker == Marker::DotNumber) {
        return;
    }
    let mut added: Vec<Subheading> = Vec::new();
    let mut k = 0;
    while k < subs.len() {
        let outer = subs[k];
        let region_end = subs[k + 1..]
            .iter()
            .find(|s| s.level <= outer.level)
            .map_or(end, |s| s.start);
        if outer.marker == Marker::DotNumber
            && let Some(column) = text_column(text, outer.start)
        {
            let items = inner_items(text, outer.start..region_end, column);
            if items.len() >= 2 {
                let first = items[0].0;
                for s in subs[k + 1..]
                    .iter_mut()
                    .take_while(|s| s.start < region_end)
                    .filter(|s| s.start > first && indent(line_rest(text, s.start)) > column)
                {
                    s.level += 1;
                }
                for (at, number) in items {
                    let line = line + count_lines(&text[start..at]);
                    if let Some(sub) =
                        Subheading::new(Marker::DotNumber, outer.level + 1, number, line, at)
                    {
                        added.push(sub);
                    }
                }
            }
        }
        k += 1;
    }
    if !added.is_empty() {
        subs.extend(added);
        subs.sort_by_key(|s| s.start);
    }
}

/// The column where the text of the item whose line starts at `at` begins, after its
/// marker (`4.  Entnahmen …`: 4); `None` for a marker with nothing after it on its line.
fn text_column(text: &str, at: usize) -> Option<usize> {
    let line = line_rest(text, at);
    let lead = indent(line);
    let rest = &line[lead..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest[digits..].strip_prefix('.')?;
    let blanks = after.len() - after.trim_start_matches(' ').len();
    (blanks > 0 && blanks < after.len()).then_some(lead + digits + 1 + blanks)
}

/// The items (line start, number) of the lists set in at `column` within `range` of `text`:
/// lines opening with `n.` and a blank at that column, each below a blank line, each list
/// numbered 1, 2, … without a gap and two items long at least (an item may hold more than one
/// list: § 6 Abs. 1 Nr. 4 EStG has one in its Satz 2 and another in its Satz 3).
fn inner_items(text: &str, range: std::ops::Range<usize>, column: usize) -> Vec<(usize, &str)> {
    let mut lists: Vec<Vec<(usize, &str)>> = Vec::new();
    let mut blank_above = false;
    let mut at = range.start;
    // The outer item's own line is no inner item.
    let mut first = true;
    while at < range.end {
        let line = line_rest(text, at);
        let next = at + line.len() + 1;
        let blank = line.trim().is_empty();
        if !first
            && blank_above
            && !blank
            && indent(line) == column
            && let Some(number) = item_number(&line[column..])
        {
            let value = number.parse::<usize>().ok();
            match lists.last_mut() {
                _ if value == Some(1) => lists.push(vec![(at, number)]),
                Some(list) if value == Some(list.len() + 1) => list.push((at, number)),
                _ => {}
            }
        }
        first = false;
        blank_above = blank;
        at = next;
    }
    lists
        .into_iter()
        .filter(|l| l.len() >= 2)
        .flatten()
        .collect()
}

/// The number of a line opening with `n.` and a blank before words (`1.  soweit …`).
fn item_number(line: &str) -> Option<&str> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let after = line[digits..].strip_prefix('.')?;
    let words = after.trim_start_matches(' ');
    (words.len() < after.len() && !words.is_empty()).then_some(&line[..digits])
}

fn count_lines(s: &str) -> usize {
    memchr::memchr_iter(b'\n', s.as_bytes()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sub(marker: Marker, level: u8, number: &str, text: &str, needle: &str) -> Subheading {
        let at = text.find(needle).expect("in the text");
        let line = 1 + count_lines(&text[..at]);
        Subheading::new(marker, level, number, line, at).expect("short")
    }

    const NR4: &str = "(1) Es gilt:\n\n4.  Entnahmen sind anzusetzen.\n    2        Der Listenpreis ist\n\n    1.  soweit anzusetzen, oder\n\n    2.  zur Hälfte, wenn\n\n        a)  erstens oder\n\n        b)  zweitens,\n\n    die Emission ist zu entnehmen.\n\n5.  Einlagen.\n";

    fn outer(text: &str) -> Vec<Subheading> {
        vec![
            sub(Marker::ParenNumber, 2, "1", text, "(1)"),
            sub(Marker::DotNumber, 3, "4", text, "4."),
            sub(Marker::LetterParen, 4, "a", text, "        a)"),
            sub(Marker::LetterParen, 4, "b", text, "        b)"),
            sub(Marker::DotNumber, 3, "5", text, "5."),
        ]
    }

    fn shape(subs: &[Subheading]) -> Vec<(u8, String, usize)> {
        subs.iter().map(|s| (s.level, s.label(), s.line)).collect()
    }

    #[test]
    fn a_list_set_in_under_an_item_goes_below_it_with_its_letters() {
        let mut subs = outer(NR4);
        nest_inner_lists(NR4, (0, NR4.len(), 1), &mut subs);
        assert_eq!(
            shape(&subs),
            [
                (2, "(1)".to_string(), 1),
                (3, "4.".to_string(), 3),
                (4, "1.".to_string(), 6),
                (4, "2.".to_string(), 8),
                (5, "a)".to_string(), 10),
                (5, "b)".to_string(), 12),
                (3, "5.".to_string(), 16),
            ]
        );
    }

    #[test]
    fn an_item_may_hold_a_list_in_each_of_its_sentences() {
        let text = NR4.replace(
            "    die Emission ist zu entnehmen.\n",
            "    die Emission ist zu entnehmen.\n    3        Die Nutzung ist\n\n    1.  erstens oder\n\n    2.  zweitens anzusetzen.\n",
        );
        let mut subs = outer(&text);
        nest_inner_lists(&text, (0, text.len(), 1), &mut subs);
        let inner: Vec<_> = shape(&subs)
            .into_iter()
            .filter(|s| s.0 == 4)
            .map(|s| (s.1, s.2))
            .collect();
        assert_eq!(
            inner,
            [
                ("1.".to_string(), 6),
                ("2.".to_string(), 8),
                ("1.".to_string(), 17),
                ("2.".to_string(), 19),
            ]
        );
    }

    #[test]
    fn a_text_with_windows_line_ends_is_read_line_by_line_alike() {
        // Each line's `\r` was left out of the step to the next line, so every line read as
        // one below a blank line, and a number wrapped onto a line opened a list.
        for text in [
            NR4.to_string(),
            NR4.replace("oder\n\n    2.", "oder\n    2."),
        ] {
            let crlf = text.replace('\n', "\r\n");
            let (mut lf, mut cr) = (outer(&text), outer(&crlf));
            nest_inner_lists(&text, (0, text.len(), 1), &mut lf);
            nest_inner_lists(&crlf, (0, crlf.len(), 1), &mut cr);
            assert_eq!(shape(&cr), shape(&lf), "{crlf}");
        }
    }

    #[test]
    fn a_single_number_or_a_list_not_from_one_is_text() {
        for text in [
            NR4.replace("    2.  zur", "    zur"),
            NR4.replace("    1.  soweit", "    3.  soweit")
                .replace("    2.  zur", "    4.  zur"),
            NR4.replace("    2.  zur", "    3.  zur"),
            // Not under a blank line: a date wrapped onto its line.
            NR4.replace("oder\n\n    2.", "oder\n    2."),
            // Not in the outer item's text column.
            NR4.replace("    1.  soweit", "  1.  soweit")
                .replace("    2.  zur", "  2.  zur"),
        ] {
            let mut subs = outer(&text);
            let before = shape(&subs);
            nest_inner_lists(&text, (0, text.len(), 1), &mut subs);
            assert_eq!(shape(&subs), before, "{text}");
        }
    }
}
