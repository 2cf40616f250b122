//! Where the sentences of a unit end, for the styles that cite a list by the sentence that
//! holds it: an Absatz of German law may hold a list in its first sentence and another in its
//! third, and the law itself cites them `Satz 1 Nummer 12` and `Satz 3 Nummer 1`.

use std::ops::Range;

use super::style::Marker;

/// How a style tells the end of a sentence from a full stop that abbreviates, and how it
/// cites a sentence.
#[derive(Debug)]
pub struct Sentences {
    /// How a sentence is cited after its unit (`{}` stands for its number: ` Satz {}`).
    pub cite: &'static str,
    /// The markers of the lists cited by their sentence (`Nr.`, `Buchst.`); paragraphs are
    /// not.
    pub lists: &'static [Marker],
    /// Words whose full stop abbreviates them (`Abs.`, `bzw.`), without the stop: a capital
    /// after them (German nouns have one) starts no sentence.
    pub abbreviations: &'static [&'static str],
    /// Words that cite by number (`Absatz`, `Nr.`, `§`): a number with a full stop among the
    /// few words after one closes a citation and may end a sentence (`… nach den Absätzen 1
    /// bis 3. Sie …`); elsewhere it is an ordinal (`des 14. Lebensjahres`, `im 20. Jahr`),
    /// unless it has four digits (a year, `im Jahr 2020. Die …`).
    pub citing: &'static [&'static str],
    /// Words that follow an ordinal number (`1. Januar`).
    pub after_ordinals: &'static [&'static str],
}

/// German: `§ 68b Abs. 1 Satz 3 Nr. 1`. The abbreviations are those of the federal law's
/// consolidated texts (`Abs.`, `Nr.`, `Buchst.`, `BGBl.`) and of common prose (`bzw.`,
/// `vgl.`); single letters (`z. B.`, `d. h.`, `i. V. m.`) abbreviate whatever they are.
pub const GERMAN: Sentences = Sentences {
    cite: " Satz {}",
    lists: &[
        Marker::DotNumber,
        Marker::LetterParen,
        Marker::ParenLetter,
        Marker::LetterDot,
    ],
    abbreviations: &[
        "Abs",
        "Nr",
        "Nrn",
        "Art",
        "Artt",
        "Buchst",
        "Doppelbuchst",
        "Ziff",
        "lit",
        "Anh",
        "Anl",
        "Abschn",
        "Kap",
        "Bd",
        "Hs",
        "Halbs",
        "Alt",
        "Var",
        "bzw",
        "ggf",
        "vgl",
        "usw",
        "sog",
        "evtl",
        "inkl",
        "einschl",
        "zzgl",
        "abzgl",
        "gem",
        "bspw",
        "insb",
        "ca",
        "Dr",
        "Prof",
        "St",
        "geb",
        "Tz",
        "Rn",
        "Rdnr",
        "Anm",
        "Bek",
        "Verf",
        "ff",
        "Mio",
        "Mrd",
        "Tsd",
        "Std",
        "BGBl",
        "GBl",
        "RGBl",
        "BStBl",
        "ABI",
        "GVBl",
        "BAnz",
        "ABl",
        "UAbs",
        "Unterabs",
        "Aufl",
        "Hrsg",
        "lfd",
        "Pos",
        "allg",
        "amtl",
        "entspr",
        "Ges",
        "jew",
        "Tab",
        "Abb",
        "Zf",
    ],
    citing: &[
        "Absatz",
        "Absatzes",
        "Absätze",
        "Absätzen",
        "Abs",
        "Satz",
        "Satzes",
        "Sätze",
        "Sätzen",
        "Nummer",
        "Nummern",
        "Nr",
        "Nrn",
        "Buchstabe",
        "Buchstaben",
        "Buchst",
        "Halbsatz",
        "Halbsatzes",
        "Doppelbuchstabe",
        "Artikel",
        "Artikels",
        "Art",
        "Paragraph",
        "Anlage",
        "Anlagen",
        "Anhang",
        "Teil",
        "Teils",
        "Kapitel",
        "Abschnitt",
        "Abschnitts",
        "Unterabschnitt",
        "Unterabsatz",
        "Unterabsatzes",
        "Ziffer",
        "Ziff",
        "Seite",
        "S",
        "Randnummer",
        "Rn",
        "Tz",
        "Gruppe",
        "Kennzahl",
    ],
    after_ordinals: &[
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
        "Lebensjahr",
        "Lebensjahres",
        "Lebensjahrs",
        "Halbsatz",
        "Halbsatzes",
        "Alternative",
    ],
};

impl Sentences {
    /// How many sentences end in `text` with another one after them in it: a `.`, `?` or `!`
    /// followed by blanks and what opens a sentence (a capital, `§`, a printed sentence
    /// number: `… zu bestimmen. Eine Weisung …`, `… verbunden sind. § 56c gilt …`), unless
    /// the stop abbreviates (see [`Sentences::abbreviates`]).
    #[cfg(test)]
    pub fn boundaries(&self, text: &str) -> usize {
        self.starts(text, 0..text.len()).count()
    }

    /// Where the sentences after the first start in `text[range]` (as the tests'
    /// `Sentences::boundaries` counts them): the byte after each stop that ends one.
    pub fn starts<'a>(
        &'a self,
        text: &'a str,
        range: Range<usize>,
    ) -> impl Iterator<Item = usize> + 'a {
        let part = &text[..range.end];
        memchr::memchr3_iter(b'.', b'?', b'!', &part.as_bytes()[range.start..])
            .map(move |k| range.start + k)
            .filter(move |&k| self.ends_sentence(part, k))
            .map(|k| k + 1)
    }

    /// Whether the `.`, `?` or `!` at byte `at` of `text` ends a sentence that another
    /// follows in `text`.
    pub fn ends_sentence(&self, text: &str, at: usize) -> bool {
        let after = &text[at + 1..];
        let next = after.trim_start();
        if next.len() == after.len() || !starts_sentence(next) {
            return false;
        }
        text.as_bytes()[at] != b'.' || !self.abbreviates(&text[..at], next)
    }

    /// Whether a full stop after `before` abbreviates the word it ends, `next` being the text
    /// after it: a listed abbreviation, a single letter not cited (`z. B.`, not `Buchstabe
    /// a.`), a list entry's number opening its line, or an ordinal (a number before a word
    /// such as `Januar`, or one that closes no citation and is no year or amount).
    fn abbreviates(&self, before: &str, next: &str) -> bool {
        // Markdown escapes a number's stop at the start of a line (`31\. Januar`).
        let before = before.strip_suffix('\\').unwrap_or(before);
        let word_start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric())
            .last()
            .map_or(before.len(), |(k, _)| k);
        let word = &before[word_start..];
        if word.is_empty() {
            return false;
        }
        let previous = before[..word_start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        // A single letter abbreviates (`z. B.`), unless it is cited (`Buchstabe a.`).
        if word.chars().count() == 1 && !word.starts_with(|c: char| c.is_ascii_digit()) {
            return !self.citing.contains(&previous);
        }
        // A number opening its line is a list entry's (`3.  § 47 …`, `8a. Renten …`). Only
        // the marks before it are read back, not the line (a line may be megabytes long).
        let indent = before[..word_start].trim_end_matches([' ', '\t', '-', '*']);
        if word.starts_with(|c: char| c.is_ascii_digit())
            && (indent.is_empty() || indent.ends_with('\n'))
        {
            return true;
        }
        if word.bytes().all(|b| b.is_ascii_digit()) {
            let next_word = next
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            if self.after_ordinals.contains(&next_word) {
                return true;
            }
            // An amount (`17 602,28.`) is no ordinal.
            if before[..word_start].ends_with([',', ' '])
                && previous.bytes().all(|b| b.is_ascii_digit())
                && !previous.is_empty()
            {
                return false;
            }
            let cites = before[..word_start]
                .split(|c: char| !(c.is_alphanumeric() || c == '§'))
                .rev()
                .filter(|w| !w.is_empty())
                .take(4)
                .any(|w| w.starts_with('§') || self.citing.contains(&w));
            return word.len() != 4 && !cites;
        }
        self.abbreviations.contains(&word)
    }
}

/// Whether `text` opens as a sentence does: a capital letter, `§`, or the number a text
/// prints before each sentence, set apart by blanks (the Einkommensteuergesetz's
/// `2             Sie sind …`).
fn starts_sentence(text: &str) -> bool {
    // A footnote's call after the stop (`[^3]`, a label of a few dozen bytes at most: the
    // search for its end stops there) and an opening quote (`„Y“ ist …`) come first.
    let call = text.strip_prefix("[^").and_then(|t| {
        let end = t.as_bytes().iter().take(64).position(|&b| b == b']')?;
        Some(t[end + 1..].trim_start())
    });
    let text = call.unwrap_or(text);
    let text = text.trim_start_matches(['„', '"', '»', '«', '‚']);
    if text.starts_with(|c: char| c.is_uppercase() || c == '§') {
        return true;
    }
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (1..=2).contains(&digits) && text[digits..].starts_with("   ")
}

#[cfg(test)]
mod tests {
    use super::GERMAN;
    use crate::redline::tests::ESTG_10B;

    #[test]
    fn sentences_end_at_stops_before_a_capital() {
        assert_eq!(GERMAN.boundaries("Eins ist gut. Zwei auch. Drei."), 2);
        assert_eq!(
            GERMAN.boundaries("Das Gericht bestimmt. § 56c Abs. 3 gilt entsprechend."),
            1
        );
        assert_eq!(GERMAN.boundaries("Es gilt (§ 11 Absatz 3). Der Rest."), 1);
        assert_eq!(GERMAN.boundaries("Ist das so? Ja."), 1);
        // No blank after the stop: a date or a number.
        assert_eq!(GERMAN.boundaries("Art. 1 G v. 5.12.2012 I 2425"), 0);
    }

    #[test]
    fn abbreviations_and_ordinals_end_no_sentence() {
        for text in [
            "nach § 56c Abs. Drei gilt",
            "die Anordnung bzw. Weisung des Gerichts",
            "zum Beispiel z. B. Wohnungen und d. h. Orte",
            "vor Vollendung des 14. Lebensjahres",
            "bis zum 31. Dezember 2025",
            "bis zum\n31\\. Januar 2022",
            "bei Vollendung seines 16. Lebensjahres",
            "veröffentlicht im BGBl. I S. 3322",
        ] {
            assert_eq!(GERMAN.boundaries(text), 0, "{text}");
        }
        // A number that closes a citation ends the sentence.
        assert_eq!(
            GERMAN.boundaries("auch in Verbindung mit § 129b Absatz 1. Die Voraussetzungen"),
            1
        );
        // A list entry's number, unread as one.
        assert_eq!(
            GERMAN.boundaries("zu geben:\n\n1.  § 45 (Rechtspflege),\n"),
            0
        );
        // A footnote's call before the next sentence.
        assert_eq!(
            GERMAN.boundaries("behandelt werden.\n[^F798754_01]\nDie Sätze"),
            1
        );
        assert_eq!(
            GERMAN.boundaries("behandelt werden. [^ohne Ende und mehr"),
            0
        );
        // The numbers the Einkommensteuergesetz prints before its sentences.
        assert_eq!(
            GERMAN.boundaries("(1)\n1             Eins ist.\n2             zwei sind."),
            1
        );
        assert_eq!(GERMAN.boundaries("nach den Absätzen 1 bis 3. Sie haben"), 1);
        // The last stop has no sentence after it.
        assert_eq!(GERMAN.boundaries("Er ist verpflichtet.\n\n"), 0);
    }

    #[test]
    fn the_stops_read_end_the_sentences_a_text_numbers() {
        let mut text = String::new();
        let mut numbered = Vec::new();
        for line in ESTG_10B.split_inclusive('\n') {
            let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits > 0 && line[digits..].starts_with("   ") {
                if &line[..digits] != "1" {
                    numbered.push(text.len());
                }
                text.push_str(line[digits..].trim_start());
            } else {
                text.push_str(line);
            }
        }
        let starts: Vec<usize> = GERMAN
            .starts(&text, 0..text.len())
            .map(|k| k + text[k..].len() - text[k..].trim_start().len())
            .collect();
        assert_eq!(numbered.len(), 5);
        assert_eq!(starts, numbered);
        // With its numbers, the same stops.
        assert_eq!(GERMAN.boundaries(ESTG_10B), 5);
    }
}
