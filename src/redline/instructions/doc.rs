//! The old text as the instructions see it: its sections (as detection splits them), the
//! paragraphs and items inside each, and a working copy of a section that edits change.

use std::cell::OnceCell;

use regex::Regex;

use super::super::detect::{Scheme, Split, split_like, split_pair};
use super::super::detect::{marker_label, ordinal_suffix};
use super::super::heading::{
    Form as HeadingForm, bulleted, heading_words, parse_heading, worded_label,
};
use super::super::nesting::Nesting;
use super::super::style::Marker;
use super::super::style::{Style, english_ordinal};
use super::super::{HeadingKind, Section, Subheading, tree};
use super::numbering::Numbering;
use super::{Address, Lang};

/// One step of a path of units: the number, and the sentence of the unit above that holds
/// its list (0: not named).
pub(crate) type Step<'x> = (&'x str, u8);

/// The old text, split into sections with their paragraphs and items.
pub(crate) struct OldDoc<'a> {
    /// The text.
    pub text: &'a str,
    /// Its sections.
    pub sections: Vec<Section>,
    /// For each section, the parent of each subsection (`None`: the section itself).
    parents: Vec<Vec<Option<usize>>>,
    /// How the text was split, to split quoted insertions alike.
    scheme: Scheme,
    /// The `--unit` pattern, if any.
    unit: Option<Regex>,
    /// The language of the instructions, which tells which divisions are cited by their
    /// heading (see [`cite_by_heading`]).
    lang: Lang,
    /// How the text nests its divisions.
    pub nesting: Nesting,
    /// For each section, the sentences that hold its lists, read when first asked for.
    sentences: Vec<OnceCell<tree::SentenceMap>>,
    /// For each section, where the sentences of its units' own words start, read when first
    /// asked for.
    word_sentences: Vec<OnceCell<tree::SentenceMap>>,
}

impl<'a> OldDoc<'a> {
    /// The structure of `text` alone, as the applier of instructions in `lang` sees it.
    pub fn new(text: &'a str, unit: Option<&Regex>, lang: Lang) -> Self {
        let split = split_pair(text, text, unit);
        Self::from_split(text, split, unit, lang)
    }

    fn from_split(text: &'a str, mut split: Split, unit: Option<&Regex>, lang: Lang) -> Self {
        cite_by_heading(text, &mut split.old, lang);
        let parents = split.old.iter().map(parents).collect();
        let sentences = split.old.iter().map(|_| OnceCell::new()).collect();
        let word_sentences = split.old.iter().map(|_| OnceCell::new()).collect();
        OldDoc {
            sentences,
            word_sentences,
            nesting: Nesting::of(&split.old),
            text,
            sections: split.old,
            parents,
            scheme: split.scheme,
            unit: unit.cloned(),
            lang,
        }
    }

    /// The sections of a quoted block of text (an insertion) as this text's headings are
    /// read; the preamble, text before the first heading, is left out.
    pub fn sections_in(&self, block: &str) -> Vec<Section> {
        let mut sections = split_like(block, self.unit.as_ref(), &self.scheme);
        cite_by_heading(block, &mut sections, self.lang);
        sections.retain(|s| s.kind != HeadingKind::Preamble);
        sections
    }

    /// The label a heading's line gives a division cited by its heading (see
    /// [`cite_by_heading`]), read as this text's headings are; `None` where the line is no
    /// heading alone. A line whose words now give the division a number (`Zweiter
    /// Abschnitt - …` made `Abschnitt 2 - …`) still labels it by those words: the division
    /// is cited by its heading as it stood, and its number may be another division's too.
    pub fn heading_label(&self, line: &str) -> Option<String> {
        match self.sections_in(line).as_slice() {
            [s] if s.number.is_none() => Some(s.label.clone()),
            [_] => Some(worded_label(heading_words(line.trim_end_matches('\n')))),
            _ => None,
        }
    }

    /// The subsections directly under `parent` (`None`: the section) of section `s`.
    pub fn children(&self, s: usize, parent: Option<usize>) -> impl Iterator<Item = usize> + '_ {
        self.parents[s]
            .iter()
            .enumerate()
            .filter(move |(_, p)| **p == parent)
            .map(|(k, _)| k)
    }

    /// The path (outermost first) from the section down to subsection `k`.
    pub fn path_to(&self, s: usize, k: usize) -> Vec<usize> {
        let mut path = vec![k];
        let mut at = k;
        while let Some(p) = self.parents[s][at] {
            path.push(p);
            at = p;
        }
        path.reverse();
        path
    }

    /// The subsection reached from section `s` by `steps`, as their numbers stand at the
    /// point `state` of the instructions (renumbered, omitted units skipped), when each step
    /// is the only child with its number. A step may name the sentence of the unit above that
    /// holds its unit's list (`Nummer 4 Satz 2 Nummer 3`: 3 in the list of Nummer 4's Satz 2;
    /// 0 for none named).
    pub fn resolve_steps(&self, s: usize, steps: &[Step], state: &Numbering) -> Option<Vec<usize>> {
        let mut parent = None;
        let mut path = Vec::new();
        for &(n, sentence) in steps {
            // `2°`, `2ª`, `6° bis` (stored `6 bis`), `§ 1er` (Dutch `§ 1`).
            let n = bare_number(n);
            let n = n.as_str();
            let mut found = self
                .children(s, parent)
                .filter(|&k| state.sub_live(s, k))
                .filter(|&k| sentence == 0 || self.sentence_of(s, k) == sentence)
                .filter(|&k| {
                    let sub = state.sub(self, s, k);
                    let number = sub.number();
                    number == n || number.strip_suffix("er") == Some(n)
                });
            let k = found.next()?;
            if found.next().is_some() {
                return None;
            }
            path.push(k);
            parent = Some(k);
        }
        Some(path)
    }

    /// The sentence of the unit above subsection `k` of section `s` that holds `k`'s list,
    /// from 1, where the style cites sentences and that unit has more than one (the German
    /// `§ 68b Absatz 1 Satz 3 Nummer 1`); 0 elsewhere.
    pub fn sentence_of(&self, s: usize, k: usize) -> u8 {
        self.sentences[s]
            .get_or_init(|| {
                tree::sentence_map(
                    self.style(),
                    self.text,
                    &self.sections[s],
                    tree::Read::Lists,
                )
            })
            .of_sub(k)
    }

    /// The sentence of the unit at `path` of section `s` that holds `words`, from 1, where
    /// the style cites sentences, the unit has more than one and `words` occur once in its
    /// old text, all in one sentence (`In § 68b Absatz 1 Satz 2 wird …`); 0 elsewhere. A
    /// list counts in the sentence it continues.
    pub fn sentence_holding(&self, s: usize, path: &[usize], words: &str) -> u8 {
        let sec = &self.sections[s];
        let (start, end) = match path.last() {
            Some(&k) => (sec.subsections[k].start, subsection_end(sec, k)),
            None => (sec.start, sec.end),
        };
        let Ok(at) = super::edit::unique(&self.text[start..end], words) else {
            return 0;
        };
        let map = self.word_sentences[s]
            .get_or_init(|| tree::sentence_map(self.style(), self.text, sec, tree::Read::Words));
        let unit = path.last().copied();
        let (first, last) = (start + at, start + at + words.len() - 1);
        match (map.at(unit, first), map.at(unit, last)) {
            (Some(a), Some(b)) if a == b => u8::try_from(a).unwrap_or(0),
            _ => 0,
        }
    }

    /// Whether an address resolves back to itself by the numbers in force at `state`, each
    /// step naming the sentence `sentences` gives it (0: none; an empty slice names none).
    pub fn addressable(&self, at: &Address, state: &Numbering, sentences: &[u8]) -> bool {
        let subs: Vec<Subheading> = at
            .path
            .iter()
            .map(|&k| state.sub(self, at.section, k))
            .collect();
        let steps: Vec<Step> = subs
            .iter()
            .enumerate()
            .map(|(k, sub)| (sub.number(), sentences.get(k).copied().unwrap_or(0)))
            .collect();
        self.resolve_steps(at.section, &steps, state).as_deref() == Some(&at.path[..])
    }

    /// The parent of subsection `k` of section `s` (`None`: the section itself).
    pub fn parent(&self, s: usize, k: usize) -> Option<usize> {
        self.parents[s][k]
    }

    /// The style the text was read in.
    pub fn style(&self) -> &'static Style {
        self.scheme.style()
    }

    /// The text of section `s`.
    pub fn section_text(&self, s: usize) -> &'a str {
        let sec = &self.sections[s];
        &self.text[sec.start..sec.end]
    }
}

/// The parent of each subsection of a section, by depth.
fn parents(s: &Section) -> Vec<Option<usize>> {
    let mut stack: Vec<usize> = Vec::new();
    let mut out = Vec::with_capacity(s.subsections.len());
    for (k, sub) in s.subsections.iter().enumerate() {
        while stack
            .last()
            .is_some_and(|&t| s.subsections[t].level >= sub.level)
        {
            stack.pop();
        }
        out.push(stack.last().copied());
        stack.push(k);
    }
    out
}

/// Where subsection `k` of `sec` ends, its own subsections included: at the next one of its
/// level or above, or at the section's end.
fn subsection_end(sec: &Section, k: usize) -> usize {
    let subs = &sec.subsections;
    subs[k + 1..]
        .iter()
        .find(|x| x.level <= subs[k].level)
        .map_or(sec.end, |x| x.start)
}

/// A section being amended: its text and where each of its subsections now lies in it.
#[derive(Clone, Debug)]
pub(crate) struct SectionBuf {
    /// The text as amended so far.
    pub text: String,
    /// For each subsection, its byte range in `text`.
    pub ranges: Vec<(usize, usize)>,
    /// Where the section's own text starts, after its heading (see [`own_text_start`]), in a
    /// section without paragraphs or items; `None` in one with them, or with no text.
    pub text_at: Option<usize>,
}

impl SectionBuf {
    /// The section `s` of the old text, unamended. The last item of a list ends where the
    /// list's closing words begin (`wird … bestraft`, or the alinéa after the list): they
    /// are its parent's, so that an item inserted after it goes before them and one omitted
    /// leaves them standing.
    pub fn new(doc: &OldDoc, s: usize) -> Self {
        let sec = &doc.sections[s];
        let text = doc.section_text(s).to_string();
        let subs = &sec.subsections;
        let ends = tree::unit_ends(doc.style(), doc.text, sec);
        let ranges = (0..subs.len())
            .map(|k| {
                let start = subs[k].start - sec.start;
                let end = subsection_end(sec, k) - sec.start;
                (start, end.min(ends[k] - sec.start).max(start))
            })
            .collect();
        let text_at = own_text_start(doc.text, sec).map(|at| at - sec.start);
        SectionBuf {
            text,
            ranges,
            text_at,
        }
    }

    /// The byte range of the unit at the end of `path` (the whole section when empty).
    pub fn range(&self, path: &[usize]) -> (usize, usize) {
        match path.last() {
            Some(&k) => self.ranges[k],
            None => (0, self.text.len()),
        }
    }

    /// Replaces `a..b` with `with`, moving the units after it. A unit that ends at `b`
    /// grows; one that starts at `b` (or inside the replaced bytes) moves after the new text.
    pub fn replace(&mut self, a: usize, b: usize, with: &str) {
        self.text.replace_range(a..b, with);
        let end = a + with.len();
        let moved = |x: usize| {
            if x >= b {
                x + with.len() - (b - a)
            } else if x > a {
                end
            } else {
                x
            }
        };
        for r in &mut self.ranges {
            let s = if r.0 >= b || r.0 > a { moved(r.0) } else { r.0 };
            let e = moved(r.1).max(s);
            *r = (s, e);
        }
        if let Some(t) = &mut self.text_at {
            *t = if *t >= b || *t > a { moved(*t) } else { *t };
        }
    }
}

/// Where the own text of `sec`, a section without paragraphs or items, starts in `text`: the
/// first word after its heading: on the first line after it that is not blank and not the
/// title standing below the heading, else on the heading's line (`Art. 1. Ustawa określa …`,
/// a text on its heading's line alone, or after a heading without a title). `None` for a
/// section with paragraphs or items, without a number, or without words after its heading.
pub(crate) fn own_text_start(text: &str, sec: &Section) -> Option<usize> {
    if !sec.subsections.is_empty() {
        return None;
    }
    let number = sec.number_span.as_ref()?;
    let end = sec.start + text[sec.start..sec.end].trim_end().len();
    if number.end >= end {
        return None;
    }
    let line_end =
        memchr::memchr(b'\n', &text.as_bytes()[number.end..end]).map_or(end, |k| number.end + k);
    let rest = &text[number.end..line_end];
    let words = rest.trim_start_matches(['.', ':', ' ', '\t', '*', '_']);
    if sec.title.is_empty() && !words.trim().is_empty() && !words.starts_with(['-', '–', '—']) {
        return Some(line_end - words.len());
    }
    // The title on the line below a heading that has none on its own line.
    let mut title_below = !sec.title.is_empty() && !rest.contains(sec.title.as_str());
    let mut at = line_end;
    while at < end {
        let from = at + 1;
        let to = memchr::memchr(b'\n', &text.as_bytes()[from..end]).map_or(end, |k| from + k);
        let line = &text[from..to];
        let body = line.trim_start();
        if !body.is_empty() {
            if title_below {
                title_below = false;
            } else {
                return Some(to - body.len());
            }
        }
        at = to;
    }
    // Nothing below the heading: the words on its line are the text (`Art. 5. Minister …`,
    // read as the heading's title).
    (!words.trim().is_empty()).then(|| line_end - words.len())
}

/// The number of a section with its leading digits, Roman numeral or capital letter moved by
/// `shift`: `13` → `14`, `184b` → `185b`, `IV` → `V`; `None` when it has none of these.
pub(crate) fn shift_number(n: &str, shift: i64) -> Option<String> {
    if n.starts_with(|c: char| c.is_ascii_digit()) {
        return shift_digits(n, shift);
    }
    if !n.is_empty() && n.chars().all(|c| "IVXLCDM".contains(c)) {
        let v = super::super::align::number_value(n)?;
        return super::super::roman_numeral(v + shift);
    }
    let mut cs = n.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) if c.is_ascii_uppercase() => {
            let w = i64::from(c as u8) + shift;
            (i64::from(b'A')..=i64::from(b'Z'))
                .contains(&w)
                .then(|| char::from(w as u8).to_string())
        }
        _ => None,
    }
}

/// Whether two sections are of the same kind and keyword (a renumbering run keeps to one).
pub(crate) fn same_family(a: &Section, b: &Section) -> bool {
    a.kind == b.kind && a.keyword == b.keyword && a.kind != HeadingKind::Preamble
}

/// Whether the paragraphs or items of a marker can be renumbered in the text: their number
/// is written out (not a place in a list, a raised figure or a dotted path).
pub(crate) fn renumberable(m: Marker) -> bool {
    !matches!(
        m,
        Marker::Dash | Marker::Raised | Marker::FlatRaised | Marker::Dotted
    )
}

/// Whether a marker numbers by letters (`(a)`, `a)`, `a.`).
pub(crate) fn is_letter(m: Marker) -> bool {
    matches!(
        m,
        Marker::ParenLetter | Marker::LetterDot | Marker::LetterParen
    )
}

/// Whether a marker numbers by Roman numerals (`(iv)`, `IV.`).
pub(crate) fn is_roman(m: Marker) -> bool {
    matches!(m, Marker::ParenRoman | Marker::RomanDot)
}

/// The number of a paragraph or item moved by `shift`, as its marker counts: letters
/// (`b` → `c`), Roman numerals in their case (`iv` → `v`), else leading digits (`2` → `3`,
/// `6 bis` → `7 bis`); `None` when it cannot be counted so.
pub(crate) fn shift_unit_number(m: Marker, n: &str, shift: i64) -> Option<String> {
    if is_letter(m) {
        let mut cs = n.chars();
        let (Some(c), None) = (cs.next(), cs.next()) else {
            return None;
        };
        let base = if c.is_ascii_lowercase() { b'a' } else { b'A' };
        let w = i64::from(c as u8) - i64::from(base) + shift;
        return (c.is_ascii_alphabetic() && (0..26).contains(&w))
            .then(|| char::from(base + w as u8).to_string());
    }
    if is_roman(m) {
        let upper = n.to_ascii_uppercase();
        let v = super::super::align::number_value(&upper)?;
        let w = super::super::roman_numeral(v + shift)?;
        return Some(if n.chars().all(|c| c.is_ascii_lowercase()) {
            w.to_ascii_lowercase()
        } else {
            w
        });
    }
    shift_digits(n, shift)
}

/// The value of a paragraph's or item's number as [`shift_unit_number`] counts it.
pub(crate) fn unit_value(m: Marker, n: &str) -> Option<i64> {
    if is_letter(m) {
        let mut cs = n.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_ascii_alphabetic() => {
                Some(i64::from(c.to_ascii_lowercase() as u8 - b'a'))
            }
            _ => None,
        };
    }
    if is_roman(m) {
        return super::super::align::number_value(&n.to_ascii_uppercase());
    }
    let digits = n.len() - n.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    n[..digits].parse().ok()
}

/// Where the number `number` of a paragraph or item is written on its first line: the first
/// occurrence of its leading word (`6` of `6 bis`) standing alone, not inside a longer word
/// or number.
pub(crate) fn number_span(line: &str, number: &str) -> Option<(usize, usize)> {
    let head = number.split(' ').next().filter(|h| !h.is_empty())?;
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    line.match_indices(head)
        .map(|(a, _)| (a, a + head.len()))
        .find(|&(a, b)| {
            !line[..a].ends_with(char::is_alphanumeric)
                && !line[b..].starts_with(char::is_alphanumeric)
        })
}

/// Whether `text` opens (its first words) with the label of a paragraph or item of marker
/// `m`: `(2) …` for `(1)`, `b) …` for `a)`.
pub(crate) fn opens_like(m: Marker, text: &str) -> bool {
    opening_number(m, text).is_some()
}

/// The number of the label of marker `m` that `text` opens with (`(2) …` → `2`, `2° bis …` →
/// `2 bis`), as [`Subheading::number`] stores it: the first line with text read by the
/// heading grammar. A Roman `(i)` and a letter `(i)` are one form.
pub(crate) fn opening_number(m: Marker, text: &str) -> Option<String> {
    let line = text.lines().find(|l| !l.trim().is_empty())?;
    let h = parse_heading(line)?;
    let found = match h.form {
        HeadingForm::Marker(found) => found,
        // `§ 3.` inside an article (a Polish code's paragraphs) reads as the keyword `§`.
        HeadingForm::Keyword(k) if m == Marker::SectionSign && k.word == "§" => m,
        _ => return None,
    };
    let parens = [Marker::ParenLetter, Marker::ParenRoman];
    if found != m && !(parens.contains(&found) && parens.contains(&m)) {
        return None;
    }
    // The label first on the line, or after a Markdown bullet (`- a)`, as Czech codes are
    // published), not inside its words.
    let label = marker_label(found, h.number);
    let start = line.trim_start();
    let start = bulleted(start).unwrap_or(start);
    if !start.starts_with(label.split(' ').next().unwrap_or("")) {
        return None;
    }
    Some(match ordinal_suffix(line, h.number) {
        Some(x) if m == Marker::Degree => format!("{} {x}", h.number),
        _ => h.number.to_string(),
    })
}

/// The number a label names as [`Subheading::number`] stores it: `(2)` → `2`, `2°` → `2`,
/// `6° bis` → `6 bis`, `§ 2` → `2`.
pub(crate) fn bare_number(label: &str) -> String {
    let l = label.strip_prefix("§ ").unwrap_or(label);
    let l = l
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(l);
    l.replace(['°', 'ª'], "")
}

/// `n` with its leading digits moved by `shift` (`13` → `14`, `6 bis` → `7 bis`); `None`
/// without leading digits or below 1.
fn shift_digits(n: &str, shift: i64) -> Option<String> {
    let digits = n.len() - n.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let w = n[..digits].parse::<i64>().ok()? + shift;
    (w > 0).then(|| format!("{w}{}", &n[digits..]))
}

/// Divisions numbered by a word written before their keyword (`Fünfter Titel`, `PRVÁ HLAVA`,
/// `BENDROJI DALIS`) are cited by their heading, as divisions without a number are: every
/// language's wording puts the keyword before the number (`Titel 5`), and an ordinal word
/// would have to be declined (`im Fünften Titel`). So are divisions numbered by a marker alone
/// (`III.`, see [`numbered_without_keyword`]). Their label becomes the heading's words. In
/// English, a Schedule numbered by an ordinal word keeps its number (see [`ordinal_schedule`]).
pub(crate) fn cite_by_heading(text: &str, sections: &mut [Section], lang: Lang) {
    for s in sections {
        let by_heading = |s: &Section| {
            (numbered_by_word_before_keyword(s) && !(lang == Lang::En && ordinal_schedule(s)))
                || numbered_without_keyword(s)
        };
        let Some(span) = s.number_span.clone().filter(|_| by_heading(s)) else {
            continue;
        };
        let start = text[..span.start].rfind('\n').map_or(0, |k| k + 1);
        let end = text[span.start..]
            .find('\n')
            .map_or(text.len(), |k| span.start + k);
        s.label = worded_label(heading_words(&text[start..end]));
        s.keyword.clear();
        s.number = None;
        s.number_span = None;
        s.title.clear();
    }
}

/// Whether a section is a Schedule numbered by an ordinal word (`FIRST SCHEDULE`, as Irish
/// Acts number them): English, which needs no declension, cites it by its number (`the First
/// Schedule`, `paragraph 2 of the First Schedule`); the other languages by its heading.
pub(crate) fn ordinal_schedule(s: &Section) -> bool {
    super::numbering::is_schedule(s) && s.number.as_deref().is_some_and(english_ordinal)
}

/// Whether a division is numbered by a marker alone (`### III. Die Geschäftsleitung`,
/// `## A. ARMES PROHIBEES`): no keyword names it, and `paragraph III` named a unit of an
/// article (see [`cite_by_heading`]).
fn numbered_without_keyword(s: &Section) -> bool {
    s.kind == HeadingKind::Division && s.keyword.is_empty() && s.number.is_some()
}

/// Whether a division's number is a word written before its keyword (see
/// [`cite_by_heading`]).
fn numbered_by_word_before_keyword(s: &Section) -> bool {
    s.kind == HeadingKind::Division
        && !s.keyword.is_empty()
        && s.number
            .as_deref()
            .is_some_and(|n| n.chars().all(char::is_alphabetic) && s.label.starts_with(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_shift_by_digits_roman_or_letter() {
        assert_eq!(shift_number("13", 1).as_deref(), Some("14"));
        assert_eq!(shift_number("184b", -1).as_deref(), Some("183b"));
        assert_eq!(shift_number("IV", 1).as_deref(), Some("V"));
        assert_eq!(shift_number("B", 1).as_deref(), Some("C"));
        assert_eq!(shift_number("L. 227-23", 1), None);
        assert_eq!(shift_number("1", -1), None);
    }

    #[test]
    fn unit_numbers_count_as_their_marker_does() {
        use Marker::*;
        assert_eq!(shift_unit_number(Degree, "2", 1).as_deref(), Some("3"));
        assert_eq!(
            shift_unit_number(Degree, "6 bis", 1).as_deref(),
            Some("7 bis")
        );
        assert_eq!(shift_unit_number(LetterParen, "b", 1).as_deref(), Some("c"));
        assert_eq!(shift_unit_number(ParenLetter, "z", 1), None);
        assert_eq!(shift_unit_number(ParenRoman, "iv", 1).as_deref(), Some("v"));
        assert_eq!(shift_unit_number(RomanDot, "IX", 1).as_deref(), Some("X"));
        assert_eq!(unit_value(ParenRoman, "i"), Some(1));
        assert_eq!(unit_value(ParenLetter, "i"), Some(8));
        assert_eq!(shift_unit_number(ParenNumber, "1", -1), None);
    }

    #[test]
    fn a_number_is_found_standing_alone_on_its_line() {
        assert_eq!(number_span("- 12° Le vol ;\n2° x", "2"), None);
        assert_eq!(number_span("(2) Das 2. Mal", "2"), Some((1, 2)));
        assert_eq!(number_span("6° bis Le vol", "6 bis"), Some((0, 1)));
        assert_eq!(number_span("   b) aa b", "b"), Some((3, 4)));
    }

    #[test]
    fn an_inserted_unit_opens_with_its_marker() {
        assert!(opens_like(Marker::ParenNumber, "(2) Neu."));
        assert!(opens_like(Marker::ParenNumber, "(3a) Neu."));
        assert!(!opens_like(Marker::LetterParen, "(2) Neu."));
        assert!(opens_like(Marker::LetterParen, "b) neu"));
        assert!(opens_like(Marker::Degree, "2° Le chantage ;"));
        assert!(!opens_like(Marker::Degree, "Le chantage ;"));
        assert!(!opens_like(Marker::LetterDot, "eighteen."));
        assert!(!opens_like(Marker::RomanDot, "civil."));
        assert!(opens_like(Marker::RomanDot, "IV. Les autres."));
        assert_eq!(
            opening_number(Marker::LetterParen, "- b) nový").as_deref(),
            Some("b")
        );
        assert!(!opens_like(Marker::LetterParen, "- nový b) x"));
        assert_eq!(
            opening_number(Marker::ParenNumber, "(2^1) Consiliul").as_deref(),
            Some("2^1")
        );
    }

    #[test]
    fn replacing_moves_later_units_and_grows_the_one_it_ends() {
        let mut b = SectionBuf {
            text: "(1) ab\n(2) cd\n".into(),
            ranges: vec![(0, 7), (7, 14)],
            text_at: None,
        };
        b.replace(6, 6, " x");
        assert_eq!(b.text, "(1) ab x\n(2) cd\n");
        assert_eq!(b.ranges, vec![(0, 9), (9, 16)]);
        b.replace(7, 7, "y");
        assert_eq!(b.ranges, vec![(0, 10), (10, 17)]);
    }
}
