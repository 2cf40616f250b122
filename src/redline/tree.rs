//! The tree of aligned units (articles, then the paragraphs and items inside each aligned
//! pair) and the addresses of changes in the text's own citation style.

use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::OnceCell;
use std::ops::Range;

use super::align::{heaviest_chain, longest_chain};
use super::detect::{MULTIPLIERS, Split, split_multiplier};
use super::sentence::Sentences;
use super::style::{ByPlace, Marker, Style, cite, fill, fill_into, inflect};
use super::{
    FragmentKind, HeadingKind, Hunk, Section, SectionChange, Status, Subheading, UnitChange,
};

/// How an article is cited: `s. 2` for `Section 2` (and for bare numbers), `cl. 3`,
/// otherwise its label (`Artikel 240b`, `§ 176`, `Article L. 227-23`).
pub(crate) fn article_cite(style: &Style, s: &Section) -> String {
    let cite = own_cite(style, s);
    let mut out = match s.chapter.as_ref().or(s.within.as_ref()) {
        Some(outer) => [outer, " ", &cite].concat(),
        None => cite,
    };
    inflect(style, &mut out);
    out
}

/// [`article_cite`] without the chapter or the divisions it stands in.
pub(crate) fn own_cite(style: &Style, s: &Section) -> String {
    let number = s.number.as_deref().unwrap_or("");
    // A division numbered by an ordinal word is cited as written (`FIRST SCHEDULE`, not
    // `Sch. FIRST`), as `Erster Abschnitt` is.
    let by_ordinal =
        number.starts_with(char::is_alphabetic) && super::heading::ordinal_word(number);
    let abbreviation = style.abbreviations.iter().find(|(k, _)| *k == s.keyword);
    if let Some((_, abbr)) = abbreviation.filter(|_| !by_ordinal) {
        // An Act's only Schedule, unnumbered: `Sch. para. 1`.
        if number.is_empty() {
            return abbr.to_string();
        }
        return [abbr, " ", number].concat();
    }
    let bare = s.keyword.is_empty()
        && s.kind == HeadingKind::Article
        && number.starts_with(|c: char| c.is_ascii_digit())
        && !number.contains('.')
        && (!s.label.ends_with(['.', ')']) || s.cited_as_provision);
    if s.in_schedule {
        return ["para. ", number].concat();
    }
    if bare {
        return [s.instrument.abbreviation(), " ", number].concat();
    }
    s.label.clone()
}

/// A place in one section, moved forward from one hunk's first line to the next: the byte
/// offset of a line and the paragraphs and items that contain it. Hunks come in text order,
/// so a section's lines and units are read once for all its hunks, not once per hunk.
struct Place<'a> {
    text: &'a str,
    s: &'a Section,
    /// A line of the section (from 1) and the byte offset where it starts.
    line: usize,
    at: usize,
    /// Subsections before `next` start on or before `line`; `path` indexes those that
    /// contain it, outermost first.
    next: usize,
    path: Vec<usize>,
    /// The readers of closing words of the list items asked about (see [`ClosingWords`]).
    closing: Vec<ClosingWords<'a>>,
    /// Where the section's unnumbered ledd start (see [`ledd_starts`]), once asked for.
    ledd: Option<Vec<usize>>,
    /// The readers of paragraphs run into the line of the paragraphs asked about (see
    /// [`InlineSuccessor`]).
    inline: Vec<InlineSuccessor>,
    /// The sentences of the section's paragraphs (see [`sentence_map`]), once asked for.
    sentences: Option<SentenceMap>,
    /// The numbering the units found are cited in, when it is the other text's.
    cited_in: Option<Numbering<'a>>,
    /// Where the footnotes that end the text start, once asked for (see [`closing_note`]).
    closing_notes: std::cell::OnceCell<Option<usize>>,
}

/// The numbering of the other text of a pair, for citing a place of one text by the units
/// that hold it in the other: the other's section, and for each subsection of this one
/// paired with one of the other's, that one's index among the other's subsections.
#[derive(Clone, Copy)]
struct Numbering<'a> {
    section: &'a Section,
    subs: &'a FxHashMap<usize, usize>,
}

impl<'a> Numbering<'a> {
    /// The unit that subsection `k` of this side is, and its section, in the other text.
    fn of(&self, k: usize) -> Option<(&'a Subheading, &'a Section)> {
        let j = *self.subs.get(&k)?;
        Some((&self.section.subsections[j], self.section))
    }
}

impl<'a> Place<'a> {
    fn new(text: &'a str, s: &'a Section) -> Self {
        Place {
            text,
            s,
            line: s.line,
            at: s.start,
            next: 0,
            path: Vec::new(),
            closing: Vec::new(),
            ledd: None,
            inline: Vec::new(),
            sentences: None,
            cited_in: None,
            closing_notes: std::cell::OnceCell::new(),
        }
    }

    /// The sentences of the section's paragraphs, read once.
    fn sentences(&mut self, style: &Style) -> &SentenceMap {
        let (text, s) = (self.text, self.s);
        self.sentences
            .get_or_insert_with(|| sentence_map(style, text, s, Read::Words))
    }

    /// [`InlineSuccessor::at`] in paragraph `sub`, read on from where the hunk before left it.
    fn inline_successor(&mut self, sub: &Subheading, change: usize) -> Option<u64> {
        let reader = remembered(
            &mut self.inline,
            |r| r.start == sub.start,
            || InlineSuccessor::new(sub),
        )?;
        reader.at(self.text, change)
    }

    /// [`ClosingWords::at`] in the item whose marker line starts at `start`, read on from
    /// where the hunk before left it.
    fn closing_words(&mut self, start: usize, at: usize) -> bool {
        let text = self.text;
        remembered(
            &mut self.closing,
            |r| r.start == start,
            || Some(ClosingWords::new(text, start)),
        )
        .is_some_and(|reader| reader.at(at))
    }

    /// Moves to `line` (from the section's start when it lies behind). Past the text's end
    /// the offset is the text's length.
    fn seek(&mut self, line: usize) {
        if line < self.line {
            *self = Place {
                cited_in: self.cited_in,
                ..Place::new(self.text, self.s)
            };
        }
        self.at = line_offset(self.text, self.at, self.line, line);
        self.line = line;
        let subs = &self.s.subsections;
        while self.next < subs.len() && subs[self.next].line <= line {
            let level = subs[self.next].level;
            while self.path.last().is_some_and(|&t| subs[t].level >= level) {
                self.path.pop();
            }
            self.path.push(self.next);
            self.next += 1;
        }
    }

    /// The address of a change starting at byte `col` of `line` of the section.
    fn address(&mut self, style: &Style, line: usize, col: usize) -> String {
        let mut out = self.uninflected_address(style, line, col);
        inflect(style, &mut out);
        out
    }

    /// [`Place::address`] with every unit word in the nominative.
    fn uninflected_address(&mut self, style: &Style, line: usize, col: usize) -> String {
        self.seek(line);
        let (text, s, at) = (self.text, self.s, self.at);
        let cited = self.cited_in.map_or(s, |c| c.section);
        if note_at(style, text, at) {
            return note_of(style, cited);
        }
        if in_front_matter(text, s, at) {
            return FRONT_MATTER.to_string();
        }
        // A change in a Markdown footnote is cited by its label, not by the paragraph before
        // it: in the notes that end the text, alone (`footnote [^2]`: legalize-li prints a
        // law's notes after its last article, and `Art. 25, [^2]` read as a note of art. 25);
        // elsewhere after the section it stands in (`Art. 5, [^2]`).
        if let Some(label) = text.get(at..).and_then(super::lines::footnote_label) {
            if let Some(note) = closing_note(text, s, at, &self.closing_notes) {
                return note;
            }
            return [article_cite(style, cited).as_str(), ", ", label].concat();
        }
        let change = change_at(text, at, col).min(s.end.max(at));
        // A unit opened on its parent's line after the change (`(6)(*a*)`, the change in
        // `(6)`) does not hold it.
        let mut depth = self.path.len();
        while depth > 0 && s.subsections[self.path[depth - 1]].start > change {
            depth -= 1;
        }
        // Closing words after a list (`wird … bestraft` after the last Nummer) are its parent's.
        while let Some(&top) = depth.checked_sub(1).map(|d| &self.path[d]) {
            let start = s.subsections[top].start;
            let ends_list = ends_list(style, text, s, top);
            if !(ends_list && self.closing_words(start, at)) {
                break;
            }
            depth -= 1;
        }
        let path = &self.path[..depth];
        let mut out = article_cite(style, cited);
        // An alinéa is cited alone (a change in an item is cited by the item), after the
        // division `I.` that holds it.
        let alinea = alineas(style, s).is_some();
        let (ledd_first, ledd_last) = match alinea {
            true => (
                path.is_empty(),
                path.len() == 1 && roman_division(s, &s.subsections[path[0]]),
            ),
            false => (
                path.first()
                    .is_none_or(|&p| s.subsections[p].marker != Marker::ParenNumber),
                false,
            ),
        };
        let ledd = (ledd_first || ledd_last)
            .then(|| {
                let starts = self.ledd.get_or_insert_with(|| ledd_starts(style, text, s));
                ledd_place(style, s, starts, change)
            })
            .flatten();
        if let Some(ledd) = ledd.as_deref().filter(|_| ledd_first) {
            fill_into(&mut out, style, ledd_template(style, s), ledd);
        }
        for d in 0..depth {
            let k = self.path[d];
            let sub = &s.subsections[k];
            if let Some(n) = self.inline_successor(sub, change) {
                // `(1) … .(2) …` on one line: the change lies in a later paragraph of the line,
                // whose items (if any) are not those of the first.
                cite_sub_into(&mut out, style, sub, &n.to_string(), s);
                break;
            }
            if let Some(rules) = style.sentences {
                let sentence = self.sentences(style).of_sub(k);
                cite_sentence_into(&mut out, style, rules, usize::from(sentence));
            }
            // A change that starts at a unit's own number (the unit removed, or its number)
            // shows that number: the unit is cited by it.
            let at_number =
                d + 1 == depth && text[sub.start..change.max(sub.start)].trim().is_empty();
            let other = self.cited_in.filter(|_| !at_number).and_then(|c| c.of(k));
            let (sub, s) = other.unwrap_or((sub, s));
            cite_sub_into(&mut out, style, sub, sub.number(), s);
        }
        // A change in a unit's own words: the sentence that holds it (`§ 30 Abs. 1 Satz 2`,
        // `§ 9 Abs. 1 Satz 3 Nr. 1 Satz 2`).
        let innermost = depth.checked_sub(1).map(|d| self.path[d]);
        if let Some(rules) = style.sentences
            && let Some(sentence) = self.sentences(style).at(innermost, change)
        {
            cite_sentence_into(&mut out, style, rules, sentence);
        }
        if let Some(ledd) = ledd.as_deref().filter(|_| ledd_last) {
            fill_into(&mut out, style, ledd_template(style, s), ledd);
        }
        out
    }
}

/// Whether the line starting at byte `line` of `text` is an editors' note, in a style that
/// prints them as Markdown quotations (see [`Style::blockquote_notes`]).
fn note_at(style: &Style, text: &str, line: usize) -> bool {
    style.blockquote_notes && text.get(line..).is_some_and(|l| l.starts_with('>'))
}

/// The address of a change in a file's front matter (see [`super::lines::front_matter_end`]).
const FRONT_MATTER: &str = "front matter";

/// Whether byte `at` of `text`, in section `s`, lies in the front matter the text opens
/// with: the file's metadata (`last_updated: "2014-09-04"`), cited so and not as an alinéa
/// of the preamble.
fn in_front_matter(text: &str, s: &Section, at: usize) -> bool {
    s.kind == HeadingKind::Preamble
        && super::lines::front_matter_end(text).is_some_and(|end| at < end)
}

/// What the address of a footnote in the notes that end a text starts with (see
/// [`closing_note`]).
const FOOTNOTE: &str = "footnote ";

/// The address of the Markdown footnote defined at byte `at` of `text`, in section `s`,
/// where it stands in the notes that end the text (see
/// [`super::lines::closing_notes_start`], found once in `closing`) after words of the
/// section's own: `footnote [^2]`. legalize-li prints a law's notes after its last article,
/// which does not hold them; a section of the notes alone (`###### Fussnoten`) cites them.
fn closing_note(
    text: &str,
    s: &Section,
    at: usize,
    closing: &std::cell::OnceCell<Option<usize>>,
) -> Option<String> {
    let label = text.get(at..).and_then(super::lines::footnote_label)?;
    let start = (*closing.get_or_init(|| super::lines::closing_notes_start(text)))?;
    if at < start || start <= s.start {
        return None;
    }
    let heading_end =
        memchr::memchr(b'\n', &text.as_bytes()[s.start..start]).map_or(start, |k| s.start + k);
    let own_words = !text[heading_end..start].trim().is_empty();
    own_words.then(|| [FOOTNOTE, label].concat())
}

/// The address of the editors' notes on article `s`: `§ 3-2, note`.
fn note_of(style: &Style, s: &Section) -> String {
    [article_cite(style, s).as_str(), ", note"].concat()
}

/// The template that cites `sub`, a unit of article `s`: its marker's in `style`; a paragraph
/// numbered `1)` at the top of its article (no unit of the article above its level), in a style
/// that lists no such marker but cites paragraphs `(1)`, is cited so (Liechtenstein's `1) Die
/// Kassen führen …` is `Art. 7 Abs. 1`; a German `66b)` under `Abs. 2`, a wrapped citation, keeps
/// its own form).
fn sub_template(style: &Style, sub: &Subheading, s: &Section) -> &'static str {
    let listed = |marker: Marker| style.markers.iter().any(|(m, _)| *m == marker);
    let top = || s.subsections.iter().all(|x| x.level >= sub.level);
    // A paragraph's number is small (`4a)`, inserted after `4)`): `348a)` at the top of the
    // ZPO's § 350 is a citation.
    let small = |n: &str| {
        let digits = n.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits)
            && n.len() - digits <= 2
            && n[digits..].bytes().all(|b| b.is_ascii_lowercase())
    };
    if let Some(template) = subpoint_template(style, sub, s) {
        template
    } else if schedule_paragraph(style, sub, s) && top() {
        " para. {}"
    } else if sub.marker == Marker::NumberParen
        && !listed(Marker::NumberParen)
        && listed(Marker::ParenNumber)
        && small(sub.number())
        && top()
    {
        cite(style, Marker::ParenNumber)
    } else {
        cite(style, sub.marker)
    }
}

/// Whether `sub` is a numbered paragraph (`2.`) of a Schedule (see [`Style::schedules`]),
/// cited `para. 2` after it (`Sch. 2 para. 2`), as a Schedule's paragraphs read as articles
/// are: the Irish Statute Book marks an Act's sections by headings (`##### 2.`) and its
/// Schedules' paragraphs by plain numbers, which were cited `Sch. 2(2)`.
fn schedule_paragraph(style: &Style, sub: &Subheading, s: &Section) -> bool {
    matches!(sub.marker, Marker::DotNumber | Marker::DotTight) && super::detect::schedule(style, s)
}

/// The template of `sub` in a style that cites points under points apart
/// ([`Style::subpoints`]): where the unit `sub` lies in is a point, its own marker's subpoint
/// form.
fn subpoint_template(style: &Style, sub: &Subheading, s: &Section) -> Option<&'static str> {
    let form = |m: Marker| style.subpoints.iter().find(|(x, _)| *x == m).map(|c| c.1);
    let template = form(sub.marker)?;
    // Subheadings stand in text order: the parent is the last one above it of a lower level.
    let k = s.subsections.partition_point(|x| x.start < sub.start);
    let parent = s.subsections[..k]
        .iter()
        .rev()
        .find(|x| x.level < sub.level)?;
    form(parent.marker).map(|_| template)
}

/// How `style` cites the subheading `sub` with `number`, appended to `out`: [`cite`] of its
/// marker, with the sign of a feminine ordinal (`, 2.ª` where the masculine is `, 2.º`) and a
/// multiplier after the sign (`, 6° bis`).
fn cite_sub_into(out: &mut String, style: &Style, sub: &Subheading, number: &str, s: &Section) {
    if sub.marker == Marker::Dotted && extend_dotted(out, number) {
        return;
    }
    let template = sub_template(style, sub, s);
    let (n, multiplier) = split_multiplier(number);
    let sign = sub.ordinal_sign();
    if sub.marker != Marker::Degree
        || (sign == '°' && multiplier.is_none())
        || !template.contains(['°', 'º'])
    {
        return fill_into(out, style, template, number);
    }
    let mut mark = sign.to_string();
    if let Some(m) = multiplier {
        mark.push(' ');
        mark.push_str(m);
    }
    fill_into(out, style, &template.replace(['°', 'º'], &mark), n);
}

/// Puts a sub-clause `number` (`1.1.1`) in the place of the number it extends at the end of
/// the address `out` (`1.1` → `1.1.1`, `s. 1` → `s. 1.1`, `lid 1` → `lid 1.1.1`): a sub-clause
/// is cited by its own number, which holds its parent's (`1.1 1.1.1(b)` read as two places).
/// False, `out` as it was, where the address does not end with such a number standing alone
/// (`reg. 21(1)` stays `reg. 21(1) 1.3`).
fn extend_dotted(out: &mut String, number: &str) -> bool {
    let extended = number
        .match_indices('.')
        .rev()
        .map(|(at, _)| &number[..at])
        .find_map(|parent| {
            out.strip_suffix(parent)
                .filter(|before| before.is_empty() || before.ends_with(char::is_whitespace))
                .map(str::len)
        });
    let Some(keep) = extended else {
        return false;
    };
    out.truncate(keep);
    out.push_str(number);
    true
}

/// ` Satz 3` for the third sentence of a paragraph (see [`sentence_map`]); nothing for 0.
fn cite_sentence_into(out: &mut String, style: &Style, rules: &Sentences, sentence: usize) {
    if sentence > 0 {
        fill_into(out, style, rules.cite, &sentence.to_string());
    }
}

/// The reader in `readers` that `is_it`, else a new one from `make` (the last few readers asked
/// for are kept: hunks come in text order, so the unit asked about changes seldom).
fn remembered<T>(
    readers: &mut Vec<T>,
    is_it: impl Fn(&T) -> bool,
    make: impl FnOnce() -> Option<T>,
) -> Option<&mut T> {
    let k = match readers.iter().position(is_it) {
        Some(k) => k,
        None => {
            if readers.len() == 8 {
                readers.remove(0);
            }
            readers.push(make()?);
            readers.len() - 1
        }
    };
    Some(&mut readers[k])
}

/// Reads the paragraphs run into the line(s) of one `(1)` paragraph (see
/// [`InlineSuccessor::at`]), asked about offsets in increasing order: the paragraph is read
/// once for all of them.
struct InlineSuccessor {
    /// Where the paragraph starts, and its number.
    start: usize,
    number: u64,
    /// The last number found, where the search goes on, and the offset asked about last.
    found: Option<u64>,
    from: usize,
    asked: usize,
}

impl InlineSuccessor {
    fn new(sub: &Subheading) -> Option<Self> {
        if sub.marker != Marker::ParenNumber {
            return None;
        }
        let number = sub.number().parse().ok()?;
        Some(InlineSuccessor {
            start: sub.start,
            number,
            found: None,
            from: sub.start,
            asked: sub.start,
        })
    }

    /// The number of the last paragraph opened inside the paragraph's line(s) before byte
    /// `change`: run-together exports (lovdata's `….(2) Tingen …`) print a whole article's
    /// paragraphs on one line. Only the numbers that follow the paragraph's own in order, each
    /// right after a full stop and before a blank, count; `None` when there is none.
    fn at(&mut self, text: &str, change: usize) -> Option<u64> {
        if change <= self.start || !text.is_char_boundary(change) {
            return None;
        }
        if change < self.asked {
            (self.found, self.from) = (None, self.start);
        }
        self.asked = change;
        loop {
            let next = format!(".({}) ", self.found.unwrap_or(self.number) + 1);
            let window = &text.as_bytes()[self.from..change];
            match memchr::memmem::find(window, next.as_bytes()) {
                Some(k) => {
                    self.found = Some(self.found.unwrap_or(self.number) + 1);
                    self.from += k + next.len();
                }
                None => {
                    // No match starts before the last few bytes, which a later, longer
                    // window may complete.
                    self.from = self.from.max(change.saturating_sub(next.len() - 1));
                    return self.found;
                }
            }
        }
    }
}

/// The place (from 1) of the ledd that holds byte `at`, given where each ledd starts; `None`
/// before the first or when there are fewer than two.
fn ledd_at(starts: &[usize], at: usize) -> Option<String> {
    let k = starts.partition_point(|&x| x <= at);
    (starts.len() >= 2 && k > 0).then(|| k.to_string())
}

/// Whether `style` cites unnumbered paragraphs by their place (in words or in numbers).
fn by_place(style: &Style) -> bool {
    !style.ordinals.is_empty() || style.paragraphs_by_place != ByPlace::No
}

/// Whether section `s` has unnumbered ledd cited by their place: its style names paragraphs
/// so (Norwegian) and it numbers none as the style numbers paragraphs (`(1)`, and Italian
/// `1.` too: `comma 1`); for alinéas, it numbers only items. Its items then hold no text after
/// a blank line at their margin: that is the closing words of their list or the next ledd.
fn cites_ledd(style: &Style, s: &Section) -> bool {
    match style.paragraphs_by_place {
        ByPlace::Alineas(_) => alineas(style, s).is_some(),
        _ => {
            // A division's text (a title block, a preamble) is cited by its paragraphs'
            // places (`¶ 2`), not as an article's stycken or ledd are.
            let paragraph = cite(style, Marker::ParenNumber);
            by_place(style)
                && s.kind == HeadingKind::Article
                && !s
                    .subsections
                    .iter()
                    .any(|x| x.marker == Marker::ParenNumber || cite(style, x.marker) == paragraph)
        }
    }
}

/// The template that cites the alinéas of section `s` (see [`ByPlace::Alineas`]), when its
/// style counts them and its numbered units are all items (`1°`, `a)`, dashes) or divisions
/// `I.`, `II.` at its top, inside each of which alinéas count anew (see [`alinea_scope`]).
fn alineas(style: &Style, s: &Section) -> Option<&'static str> {
    let ByPlace::Alineas(template) = style.paragraphs_by_place else {
        return None;
    };
    s.subsections
        .iter()
        .all(|x| {
            matches!(
                x.marker,
                Marker::Degree | Marker::LetterParen | Marker::ParenLetter | Marker::Dash
            ) || roman_division(s, x)
        })
        .then_some(template)
}

/// Whether `sub` is a division `I.`, `II.` at the top of article `s`, which opens with `I.`:
/// in an article so divided, alinéas are counted inside each division (`au second alinéa du
/// II`). A stray `L.` (`L. 511-4` wrapped to the start of a line) is no division.
fn roman_division(s: &Section, sub: &Subheading) -> bool {
    let top = |x: &Subheading| x.marker == Marker::RomanDot && x.level == s.level + 1;
    top(sub)
        && s.subsections
            .first()
            .is_some_and(|first| top(first) && first.number() == "I")
}

/// The bytes of section `s` among which the alinéa at `at` is counted: the division `I.`,
/// `II.` that holds it (see [`roman_division`]), the text before the first division, or the
/// whole section; with whether it is a division.
fn alinea_scope(s: &Section, at: usize) -> (Range<usize>, bool) {
    let tops = || s.subsections.iter().filter(|x| x.level == s.level + 1);
    let Some(first) = tops().find(|x| roman_division(s, x)) else {
        return (s.start..s.end, false);
    };
    if at < first.start {
        return (s.start..first.start, false);
    }
    let Some(div) = tops().take_while(|x| x.start <= at).last() else {
        return (s.start..s.end, false);
    };
    let end = tops()
        .find(|x| x.start > div.start)
        .map_or(s.end, |x| x.start);
    (div.start..end, roman_division(s, div))
}

/// The place (from 1) of the ledd of section `s` that holds byte `at`, given where each
/// starts ([`ledd_starts`]): an alinéa counted inside its scope (see [`alinea_scope`]), other
/// ledd in the whole section; `None` before the first or when there are fewer than two.
fn ledd_place(style: &Style, s: &Section, starts: &[usize], at: usize) -> Option<String> {
    if alineas(style, s).is_none() {
        return ledd_at(starts, at);
    }
    let (scope, _) = alinea_scope(s, at);
    let lo = starts.partition_point(|&x| x < scope.start);
    let hi = starts.partition_point(|&x| x < scope.end);
    ledd_at(&starts[lo..hi], at)
}

/// The template that cites a ledd of section `s` by its place.
fn ledd_template(style: &Style, s: &Section) -> &'static str {
    alineas(style, s).unwrap_or_else(|| cite(style, Marker::ParenNumber))
}

/// Where each unnumbered paragraph (ledd) of section `s` starts, in a style that names
/// paragraphs by their place; empty in other styles and where the section numbers its ledd.
/// A ledd starts after a blank line, or on each line where the section has no blank lines; a
/// line that is a marker's (`a)`), a heading's or a note's (`#`, `>`), or goes on with a
/// sentence in lower case (`straffes …` after a list), starts none.
fn ledd_starts(style: &Style, text: &str, s: &Section) -> Vec<usize> {
    let mut starts = Vec::new();
    if !cites_ledd(style, s) {
        return starts;
    }
    // From the heading's line: a title written above it is no ledd.
    let (from, _) = heading_line(text, s);
    let heading = line_rest(text, from);
    // The body from the line below the heading's, past its line break.
    let body_start = from + heading.len();
    let body_start = body_start + usize::from(body_start < s.end);
    let Some(body) = text.get(body_start..s.end) else {
        return starts;
    };
    let trimmed = body.trim().as_bytes();
    let blanks = memchr::memmem::find(trimmed, b"\n\n").is_some()
        || memchr::memmem::find(trimmed, b"\n\r\n").is_some();
    // `§ 1. Straffelovens alminnelige del gjelder …`: the heading line holds the first ledd
    // (a title is a few words: `§ 7.Plasskjøp og sendekjøp.`).
    let rest = s
        .number_span
        .as_ref()
        .map_or("", |n| line_rest(text, n.end));
    // A keyword written after the number (`##### 3 §`) is no text of the ledd.
    let rest = rest.trim();
    let rest = rest
        .strip_prefix(s.keyword.as_str())
        .filter(|_| !s.keyword.is_empty())
        .unwrap_or(rest)
        .trim()
        .trim_end_matches(['*', '#']);
    let on_heading_line = (style.run_in_paragraph && !rest.is_empty())
        || rest.chars().nth(100).is_some()
        || (rest.split_whitespace().count() >= 6 && rest.ends_with(['.', ':']));
    if on_heading_line {
        starts.push(from);
    }
    // The lines right below a heading line that opens the first ledd go on with it (the
    // Riksdag's texts wrap theirs: `1 a § De EU-rättsliga grundförordningar som zoonoslagen`
    // / `(1999:658) helt eller delvis …`).
    let mut after_blank = !on_heading_line;
    // A title in emphasis right below the heading line is the heading's.
    let mut title_below = !on_heading_line && emphasised_title_below(text, from);
    // Whether the last line of text announced what follows (ended with a colon), or was a
    // row of a table so announced.
    let mut announced = false;
    let mut at = body_start;
    // Every line an alinéa starts counts, an item's or one in lower case too.
    let alineas = alineas(style, s).is_some();
    // Subsections start in text order: the next one to pass is looked at, not all.
    let mut subs = s.subsections.iter().map(|x| x.start).peekable();
    for l in super::lines::lines(body) {
        let line = l.trim();
        if line.is_empty() {
            after_blank = true;
        } else if alineas && line.bytes().all(|b| b == b'-' || b == b'=') {
            // The underline of the heading (`Article 515-11`, `----`), or a rule.
        } else if title_below {
            title_below = false;
        } else {
            while subs.next_if(|&x| x < at).is_some() {}
            let marker = subs.peek() == Some(&at);
            // A table announced by the words above it (`… seuraava euromäärä hehtaarilta:`)
            // is part of their ledd, as a list so announced is.
            let announced_table = !alineas && line.starts_with('|') && announced;
            // An item (`2°`, `- `) starts an alinéa of its own, blank line or not above it.
            let entry = alineas && (marker || super::heading::bulleted(line).is_some());
            let opens = (alineas || !marker)
                && (after_blank || !blanks || entry)
                && !announced_table
                && !line.starts_with(['#', '>'])
                && (alineas || !line.starts_with(char::is_lowercase));
            if opens {
                starts.push(at);
            }
            announced = line.ends_with(':') || announced_table;
            after_blank = false;
        }
        at += l.len();
    }
    starts
}

/// The byte offset in `text` of `line` (from 1), counted from line `from`, which starts at
/// byte `start`; the text's length past its end.
fn line_offset(text: &str, start: usize, from: usize, line: usize) -> usize {
    let mut at = start;
    for _ in from..line {
        match memchr::memchr(b'\n', &text.as_bytes()[at..]) {
            Some(k) => at += k + 1,
            None => return text.len(),
        }
    }
    at
}

/// Byte `col` of the line starting at `at`, kept on its line and on a character boundary.
/// A hunk's column is counted in the text of its fragments, whose equal words carry the new
/// text's spacing: where the old text wrapped a line elsewhere (`12. § 3 é` against `12.` and
/// `§ 3` on lines of their own), the column of a removal is not one of the old line.
fn change_at(text: &str, at: usize, col: usize) -> usize {
    let line_end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |k| at + k);
    text.floor_char_boundary((at + col).min(line_end))
}

/// Whether subsection `k` of `s` is the last entry of a list of items: no sibling follows it before its
/// parent ends. Items below a paragraph (level 3 and deeper) always form such a list; entries
/// of the first level (Polish `pkt` with no `ust.`) only when the words before the list
/// announce it (see [`announces_list`]), since numbered paragraphs are not a list.
fn is_last_item(text: &str, s: &Section, k: usize) -> bool {
    let sub = &s.subsections[k];
    // No sibling after it first: that look is short, while the one back to the list's first
    // entry is as long as the list (and most units asked about are not a list's last).
    let last = s.subsections[k + 1..]
        .iter()
        .find(|x| x.level <= sub.level)
        .is_none_or(|x| x.level < sub.level || starts_list_again(x));
    if !last {
        return false;
    }
    let first_sibling = s.subsections[..k]
        .iter()
        .rev()
        .take_while(|x| x.level >= sub.level)
        .filter(|x| x.level == sub.level)
        .last();
    first_sibling.is_some_and(|first| sub.level >= 3 || announces_list(text, first.start))
}

/// Whether subsection `k` of `s` (in `text`, the text `s` was read from) ends a list, so that
/// the closing words after it (see [`ClosingWords::at`]) are its parent's.
fn ends_list(style: &Style, text: &str, s: &Section, k: usize) -> bool {
    let sub = &s.subsections[k];
    is_last_item(text, s, k)
        || (cites_ledd(style, s) && sub.level == s.level + 1 && !roman_division(s, sub))
}

/// Whether a sibling numbers from the start again (`1.`, `a)`, `aa)`): it opens a second list of
/// its unit, and the entry before it ends the first (`§ 68b Abs. 1` of the StGB lists
/// `Nummern` 1 to 12 in its first sentence and 1 to 4 in its third).
fn starts_list_again(sibling: &Subheading) -> bool {
    matches!(sibling.number(), "1" | "a" | "aa")
}

/// What [`sentence_map`] is asked for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Read {
    /// The sentences of lists' entries only (the unit tree cites units, not words).
    Lists,
    /// Also where each sentence of a paragraph's own words starts (a change's address).
    Words,
}

/// Where the sentences of a section's paragraphs start, in a style that cites sentences (see
/// [`sentence_map`]).
#[derive(Debug)]
pub(crate) struct SentenceMap {
    /// For each subsection, the sentence of its paragraph that holds its list, from 1; 0
    /// where none is cited.
    of_sub: Vec<u8>,
    /// Each paragraph or entry of more than one sentence (its subsection; `None` for a `§`
    /// without paragraphs): where its words start, and where its second, third … sentences do.
    units: Vec<(Option<usize>, usize, Vec<usize>)>,
}

impl SentenceMap {
    /// The sentence of its paragraph that holds the list of subsection `k` (0: none cited).
    pub(crate) fn of_sub(&self, k: usize) -> u8 {
        self.of_sub.get(k).copied().unwrap_or(0)
    }

    /// The sentence of paragraph `unit` (`None`: the article) whose own words hold byte `at`,
    /// from 1; `None` where the paragraph has one sentence or `at` lies before its words.
    pub(crate) fn at(&self, unit: Option<usize>, at: usize) -> Option<usize> {
        // Units are read in text order, the article (`None`) first.
        let k = self.units.binary_search_by_key(&unit, |u| u.0).ok()?;
        let (_, start, starts) = &self.units[k];
        (at >= *start).then(|| 1 + starts.partition_point(|&s| s <= at))
    }
}

/// The sentences of the paragraphs of `s` (in `text`) and of its lists' entries, where
/// `style` cites sentences (`§ 68b Abs. 1 Satz 3 Nr. 1`, `§ 30 Abs. 1 Satz 2`) and a paragraph
/// (or a `§` without paragraphs) has more than one. Only a paragraph's own words are read: a
/// list is part of the sentence it continues, and ends it unless closing words follow (see
/// [`ClosingWords::at`]). With [`Read::Lists`], paragraphs without a list are not read.
pub(crate) fn sentence_map(style: &Style, text: &str, s: &Section, read: Read) -> SentenceMap {
    let subs = &s.subsections;
    let mut map = SentenceMap {
        of_sub: vec![0; subs.len()],
        units: Vec::new(),
    };
    let Some(rules) = style.sentences else {
        return map;
    };
    let paragraph = |x: &Subheading| x.marker == Marker::ParenNumber;
    let paragraphs = subs.iter().any(paragraph);
    // The lists of a `§` without Absätze (`§ 5 Nr. 1`); an `Art.` without them is Swiss or
    // Liechtenstein law's, whose lists are cited by their paragraph or article alone.
    if !paragraphs && s.keyword != "§" {
        return map;
    }
    let inside = |k: usize| {
        let next = subs[k + 1..]
            .iter()
            .position(|y| y.level <= subs[k].level)
            .map_or(subs.len(), |d| k + 1 + d);
        (k + 1..next, subs.get(next).map_or(s.end, |y| y.start))
    };
    if !paragraphs {
        let body = (s.start + line_rest(text, s.start).len()).min(s.end);
        let unit = (None, 0..subs.len(), body..s.end);
        number_sentences(rules, text, s, unit, read, &mut map);
    }
    for (p, x) in subs.iter().enumerate() {
        // An entry of a list has sentences of its own, and lists in them (`§ 3 Nr. 70 Satz 2
        // Buchst. a`), as a paragraph has.
        let entry = rules.lists.contains(&x.marker);
        if !(entry || paragraph(x)) {
            continue;
        }
        let (units, mut end) = inside(p);
        if units.is_empty() && read == Read::Lists {
            continue;
        }
        // The words closing an entry's list are not its own.
        if entry
            && is_last_item(text, s, p)
            && let Some(closing) = ClosingWords::new(text, x.start).start_before(end)
        {
            end = closing;
        }
        let unit = (Some(p), units, x.start..end);
        number_sentences(rules, text, s, unit, read, &mut map);
    }
    map
}

/// [`sentence_map`] of one paragraph: its subsection (`None`: the article), the subsections
/// inside it and its text.
fn number_sentences(
    rules: &Sentences,
    text: &str,
    s: &Section,
    (unit, inside, span): (Option<usize>, Range<usize>, Range<usize>),
    read: Read,
    map: &mut SentenceMap,
) {
    let subs = &s.subsections;
    if inside.is_empty() && read == Read::Lists {
        return;
    }
    let level = subs[inside.clone()].iter().map(|x| x.level).min();
    let entries: Vec<usize> = inside.filter(|&k| Some(subs[k].level) == level).collect();
    if !entries
        .iter()
        .all(|&k| rules.lists.contains(&subs[k].marker))
    {
        return;
    }
    // A unit may open on its heading's line (`§ 3 1. …`): its words before the list start
    // there.
    let first = entries.first().map_or(span.end, |&k| subs[k].start);
    let mut starts: Vec<usize> = rules.starts(text, span.start.min(first)..first).collect();
    for (i, &k) in entries.iter().enumerate() {
        map.of_sub[k] = u8::try_from(starts.len() + 1).unwrap_or(u8::MAX);
        let next = entries.get(i + 1).map(|&n| &subs[n]);
        if next.is_some_and(|n| !starts_list_again(n)) {
            continue;
        }
        let end = next.map_or(span.end, |n| n.start).max(subs[k].start);
        let Some(closing) = ClosingWords::new(text, subs[k].start).start_before(end) else {
            continue;
        };
        // The stop that ends the list's last entry ends its sentence if another follows.
        let entry = text[subs[k].start..closing].trim_end();
        let stop = subs[k].start + entry.len();
        if entry.ends_with(['.', '?', '!']) && rules.ends_sentence(&text[..end], stop - 1) {
            starts.push(stop);
        }
        starts.extend(rules.starts(text, closing..end));
    }
    if starts.is_empty() {
        for &k in &entries {
            map.of_sub[k] = 0;
        }
        return;
    }
    map.units.push((unit, span.start, starts));
}

/// Whether the words before byte `start`, where a list's first entry begins, end as a
/// sentence that a list continues: with a colon (`osoba:`) or a dash (`if—`).
fn announces_list(text: &str, start: usize) -> bool {
    text[..start].trim_end().ends_with([':', '\u{2014}'])
}

/// Reads the closing words of a list (see [`ClosingWords::at`]) in one list's last item, asked
/// about offsets in increasing order: the item's lines are read once for all of them (an item
/// may run on for thousands of lines).
struct ClosingWords<'a> {
    text: &'a str,
    start: usize,
    marker_indent: usize,
    /// The start of the next line to read (`None` past the text's end).
    next: Option<usize>,
    /// The offset asked about last.
    asked: usize,
    /// A blank line was read.
    blank_seen: bool,
    /// The indent of the first line of the run of lines read last, if a blank line came
    /// before it.
    run_first: Option<usize>,
    /// The item opened a list of its own (a line of it ends in a colon: `2° Ont pour objet
    /// :`): the full stop of that list's last entry closes no more than the item.
    opens_list: bool,
    /// Whether the entry before the item ends in a semicolon (the list marks its entries'
    /// ends, and its last entry ends in a full stop), once looked at.
    semicolon_above: Option<bool>,
    /// The last line read that is not blank ends in a full stop.
    stop: bool,
}

impl<'a> ClosingWords<'a> {
    fn new(text: &'a str, start: usize) -> Self {
        let next = memchr::memchr(b'\n', &text.as_bytes()[start.min(text.len())..]);
        let marker_line = line_rest(text, start);
        ClosingWords {
            text,
            start,
            marker_indent: indent(marker_line),
            next: next.map(|k| start + k + 1),
            asked: start,
            blank_seen: false,
            run_first: None,
            opens_list: marker_line.trim_end().ends_with(':'),
            semicolon_above: None,
            stop: ends_in_stop(marker_line),
        }
    }

    /// Whether the entry before the item ends in a semicolon.
    fn semicolon_above(&mut self) -> bool {
        let (text, start) = (self.text, self.start);
        *self.semicolon_above.get_or_insert_with(|| {
            super::lines::line_above(text, start).is_some_and(|l| l.trim_end().ends_with(';'))
        })
    }

    /// Whether the text at byte `at`, inside the last item of a list whose marker line starts
    /// at `self.start`, lies after the list: in a run of lines after a blank line, starting at
    /// the margin of the marker line or left of it, or, in a list whose entries end in
    /// semicolons, in the lines from the first at the margin after its last entry's full stop.
    /// Those are the closing words of the sentence the list interrupts (`wird … bestraft`,
    /// `podlega karze`, `karistatakse`) or a further sentence of the unit above (`In den Fällen
    /// des Satzes 1 …`); an item's own further text is indented.
    fn at(&mut self, at: usize) -> bool {
        if at <= self.start || at > self.text.len() {
            return false;
        }
        if at < self.asked {
            *self = ClosingWords::new(self.text, self.start);
        }
        self.asked = at;
        while let Some(line_start) = self.next.filter(|&l| l <= at) {
            let rest = &self.text[line_start..];
            let (line, next) = match memchr::memchr(b'\n', rest.as_bytes()) {
                Some(k) => (&rest[..k], Some(line_start + k + 1)),
                None => (rest, None),
            };
            if line.trim().is_empty() {
                self.blank_seen = true;
                self.run_first = None;
            } else {
                // A list whose entries end in semicolons ends at its last entry's full stop:
                // a sentence at the margin below it is the list's parent's, blank line or not
                // between (Légifrance prints some articles with none: `d) Les agents
                // contractuels sur emploi non permanents.` / `Les agents mis à disposition
                // sont comptabilisés …`).
                // Not where the entry opened a list of its own (`2° Ont pour objet :`): the
                // full stop of its last entry may close the entry or the list above, and the
                // sentence below it (`Au sens du présent 2°, …`) is the entry's.
                if self.run_first.is_none()
                    && (self.blank_seen
                        || (!self.opens_list
                            && self.stop
                            && line.trim_start().starts_with(char::is_uppercase)
                            && self.semicolon_above()))
                {
                    self.run_first = Some(indent(line));
                }
                self.stop = ends_in_stop(line);
                self.opens_list |= line.trim_end().ends_with(':');
            }
            self.next = next;
        }
        self.run_first.is_some_and(|i| i <= self.marker_indent)
    }

    /// The first line before byte `end` that starts the closing words, if one does.
    fn start_before(&mut self, end: usize) -> Option<usize> {
        while let Some(line) = self.next.filter(|&l| l < end) {
            if self.at(line) {
                return Some(line);
            }
        }
        None
    }
}

/// Whether a line ends in a full stop, the blanks after it aside.
fn ends_in_stop(line: &str) -> bool {
    line.trim_end().ends_with('.')
}

/// The blanks a line starts with, in bytes.
pub(crate) fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// Addresses the hunks of one pair of sections (see [`HunkAddresses::address`]).
pub(crate) struct HunkAddresses<'a> {
    style: &'a Style,
    old: Place<'a>,
    new: Place<'a>,
}

impl<'a> HunkAddresses<'a> {
    /// For the hunks of old section `os` of `old` against `ns` of `new`, whose paired units
    /// are `subs` (see [`AlignedSection::subs`]).
    pub fn new(
        style: &'a Style,
        (old, os): (&'a str, &'a Section),
        (new, ns): (&'a str, &'a Section),
        subs: &'a FxHashMap<usize, usize>,
    ) -> Self {
        let in_new = Numbering { section: ns, subs };
        HunkAddresses {
            style,
            old: Place {
                cited_in: Some(in_new),
                ..Place::new(old, os)
            },
            new: Place::new(new, ns),
        }
    }

    /// The address of a hunk: where its first change lies, in the new text (the old one for
    /// a block that only removes text, its units cited by the numbers they have in the new
    /// text where they are in it: one numbering for all the hunks of a section). Cheapest for
    /// hunks taken in text order.
    pub fn address(&mut self, h: &Hunk) -> String {
        let removes_only = h.fragments.iter().all(|f| f.kind != FragmentKind::Added);
        let (changed, other, place, first, column) = if removes_only {
            (
                FragmentKind::Removed,
                FragmentKind::Added,
                &mut self.old,
                h.old_line,
                h.old_column,
            )
        } else {
            (
                FragmentKind::Added,
                FragmentKind::Removed,
                &mut self.new,
                h.new_line,
                h.new_column,
            )
        };
        // Lines of this side before the first change, and the blank lines it starts with; the
        // bytes of its line before it.
        let (mut lines, mut col) = (0, column);
        let mut step = |t: &str| match t.rfind('\n') {
            Some(k) => {
                lines += t.matches('\n').count();
                col = t.len() - k - 1;
            }
            None => col += t.len(),
        };
        for f in &h.fragments {
            if f.kind == changed && !f.text.trim().is_empty() {
                let lead = f.text.len() - f.text.trim_start().len();
                step(&f.text[..lead]);
                break;
            }
            if f.kind != other {
                step(&f.text);
            }
        }
        place.address(self.style, first + lines, col)
    }
}

/// Whether unit `n`'s first child opens on `n`'s own first line (an item after its
/// paragraph's marker: `(3) (*a*) On …`).
fn opens_on_its_line(n: &Node) -> bool {
    n.children
        .first()
        .is_some_and(|c| !c.cell && c.line == n.line && c.start > n.start)
}

/// A paragraph or item with the units inside it.
struct Node {
    /// Index in the section's subsections; `None` for an unnumbered paragraph.
    sub: Option<usize>,
    /// Depth, as [`UnitChange::level`].
    level: u8,
    /// First line, from 1.
    line: usize,
    /// For an unnumbered paragraph, its place among the paragraphs of its unit (the unit's
    /// own first paragraph, its heading, is 1).
    ordinal: usize,
    /// A cell of a table row (its ordinal is its column).
    cell: bool,
    /// Byte range of the unit in its text.
    start: usize,
    end: usize,
    children: Vec<Node>,
}

/// For each paragraph and item of section `s` (of `text`), the byte after its last one as the
/// units of the redline stand: a list's last item ends where the words closing the list begin
/// (see [`ClosingWords::at`]), which are the unit's above.
pub(crate) fn unit_ends(style: &Style, text: &str, s: &Section) -> Vec<usize> {
    fn walk(nodes: &[Node], ends: &mut [usize]) {
        for n in nodes {
            if let Some(k) = n.sub {
                ends[k] = n.end;
            }
            walk(&n.children, ends);
        }
    }
    let mut ends = vec![s.end; s.subsections.len()];
    walk(&forest(style, text, s), &mut ends);
    ends
}

/// The paragraphs and items of a section as a forest of nodes, with the unnumbered paragraphs
/// of each unit (an alinéa, a paragraph of a text without headings) before its numbered ones.
fn forest(style: &Style, text: &str, s: &Section) -> Vec<Node> {
    let mut k = 0;
    let mut nodes = nest(&s.subsections, &mut k, 0, s.end);
    let own_end = nodes.first().map_or(s.end, |n| n.start);
    let (from, line) = heading_line(text, s);
    let head = match (s.kind, &s.number_span) {
        (super::HeadingKind::Preamble, _) => Head::WithText,
        _ if !blank_below(text, from) => Head::WithText,
        (_, Some(n)) => head_of(line_rest(text, n.end), false),
        (_, None) => head_of("", false),
    };
    let mut out = paragraphs(text, from..own_end, line, s.level + 1, head);
    // Where a style cites sentences, a list that numbers from the start again ends the one
    // before it (see `sentence_map`); elsewhere it may be a list inside the entry before it
    // printed at the same margin (the Peruvian Constitution's art. 2 inciso 5).
    let restarts = style.sentences.is_some();
    for n in &mut nodes {
        add_paragraphs(text, &s.subsections, n, restarts);
    }
    out.append(&mut nodes);
    if cites_ledd(style, s) {
        let base = if head == Head::Alone { 1 } else { 2 };
        lift_ledd(text, s, &mut out, base);
    }
    pull_closing_words(text, &s.subsections, &mut out, (s.level + 1, restarts));
    out
}

/// The start and line number of a section's heading line: past a title written above it
/// (Serbian `Trgovina ljudima`, blank, `Član 388`), which is no paragraph of its text.
fn heading_line(text: &str, s: &Section) -> (usize, usize) {
    let Some(n) = &s.number_span else {
        return (s.start, s.line);
    };
    let at = text[..n.start].rfind('\n').map_or(0, |k| k + 1);
    if at <= s.start {
        return (s.start, s.line);
    }
    (at, s.line + text[s.start..at].matches('\n').count())
}

/// Moves the paragraphs after a blank line at an item's margin (see [`cites_ledd`]) out of
/// each item of article `s`, `children` at its top, to stand right after it, and counts the
/// article's unnumbered paragraphs again from `base`. A division `I.`, `II.` keeps its own.
fn lift_ledd(text: &str, s: &Section, children: &mut Vec<Node>, base: usize) {
    let level = s.level + 1;
    let mut out = Vec::with_capacity(children.len());
    for mut c in children.drain(..) {
        let mut closing = ClosingWords::new(text, c.start);
        let from = c
            .children
            .iter()
            .position(|p| p.sub.is_none() && !p.cell && closing.at(p.start));
        // Only a run of plain paragraphs to the item's end moves.
        let from = from.filter(|&k| {
            c.children[k..]
                .iter()
                .all(|p| p.sub.is_none() && p.children.is_empty())
        });
        let lifted: Vec<Node> = match from {
            Some(k) if c.sub.is_some_and(|x| !roman_division(s, &s.subsections[x])) => {
                c.children.drain(k..).collect()
            }
            _ => Vec::new(),
        };
        if let Some(first) = lifted.first() {
            c.end = first.start;
        }
        out.push(c);
        out.extend(lifted.into_iter().map(|p| Node { level, ..p }));
    }
    for (ordinal, c) in (base..).zip(out.iter_mut().filter(|c| c.sub.is_none())) {
        c.ordinal = ordinal;
    }
    *children = out;
}

/// Puts the unnumbered paragraphs of `n`'s own text (before its first paragraph or item)
/// first among its children, and does the same inside them.
fn add_paragraphs(text: &str, subs: &[Subheading], n: &mut Node, restarts: bool) {
    let own_end = n.children.first().map_or(n.end, |c| c.start);
    let head = match n.sub.map(|k| &subs[k]) {
        Some(sub) if blank_below(text, n.start) => {
            let line = line_rest(text, n.start).trim_start();
            let line = super::heading::bulleted(line).unwrap_or(line);
            let rest = line.strip_prefix(sub.label().as_str()).unwrap_or(line);
            head_of(rest, true)
        }
        _ => Head::WithText,
    };
    let mut kids = paragraphs(text, n.start..own_end, n.line, n.level + 1, head);
    for c in &mut n.children {
        add_paragraphs(text, subs, c, restarts);
    }
    kids.append(&mut n.children);
    n.children = kids;
    pull_closing_words(text, subs, &mut n.children, (n.level + 1, restarts));
}

/// Moves the text after a list (see [`ClosingWords::at`]) from its last item, where the item's
/// range put it, to the unit the list is part of, whose children are `children` at `level`:
/// after the last child, and, with `restarts`, after an entry followed by one that numbers
/// from the start again (the words between the StGB's two lists of § 68b Abs. 1 are its Satz
/// 2, not Nummer 12's).
fn pull_closing_words(
    text: &str,
    subs: &[Subheading],
    children: &mut Vec<Node>,
    (level, restarts): (u8, bool),
) {
    let mut next_ordinal = children
        .iter()
        .filter(|c| c.sub.is_none())
        .map(|c| c.ordinal + 1)
        .max()
        .unwrap_or(2);
    let Some(first) = children.iter().position(|c| c.sub.is_some()) else {
        return;
    };
    let mut k = first;
    while restarts && k + 1 < children.len() {
        let again = children[k + 1]
            .sub
            .is_some_and(|n| starts_list_again(&subs[n]));
        if children[k].sub.is_some() && again {
            let opens = (first..k)
                .rev()
                .find(|&j| children[j].sub.is_some_and(|n| starts_list_again(&subs[n])))
                .unwrap_or(first);
            let items = children[opens..=k]
                .iter()
                .filter(|c| c.sub.is_some())
                .count();
            let moved = cut_closing_words(text, subs, children, (opens, k), items);
            let n = moved.len();
            for (j, mut m) in moved.into_iter().enumerate() {
                m.level = level;
                m.ordinal = next_ordinal;
                next_ordinal += 1;
                children.insert(k + 1 + j, m);
            }
            k += n;
        }
        k += 1;
    }
    let items = children.iter().filter(|c| c.sub.is_some()).count();
    let last = children.len() - 1;
    let moved = cut_closing_words(text, subs, children, (first, last), items);
    for mut m in moved {
        m.level = level;
        m.ordinal = next_ordinal;
        next_ordinal += 1;
        children.push(m);
    }
}

/// The closing words cut from the end of `children[last]`, a list's last item (the list opening
/// at `children[opens]`, `items` entries long); none where the list is no list of items.
fn cut_closing_words(
    text: &str,
    subs: &[Subheading],
    children: &mut [Node],
    (opens, last): (usize, usize),
    items: usize,
) -> Vec<Node> {
    let first = children[opens].start;
    let node = &mut children[last];
    let is_list = node
        .sub
        .is_some_and(|k| subs[k].level >= 3 || announces_list(text, first));
    if items < 2 || !is_list {
        return Vec::new();
    }
    // Only among the paragraphs after the item's own items (or all of them, for a leaf).
    let from = node
        .children
        .iter()
        .rposition(|c| c.sub.is_some())
        .map_or(0, |k| k + 1);
    let mut closing = ClosingWords::new(text, node.start);
    let Some(cut) = node.children[from..]
        .iter()
        .position(|c| !c.cell && closing.at(c.start))
        .map(|k| from + k)
    else {
        return Vec::new();
    };
    let moved: Vec<Node> = node.children.drain(cut..).collect();
    node.end = moved[0].start;
    moved
}

/// How a unit's first line stands, which decides how its unnumbered paragraphs count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Head {
    /// The line carries the unit's first paragraph, or text follows it without a blank line:
    /// that is the unit's own text, and the paragraphs after it are ¶ 2, ¶ 3…
    WithText,
    /// A heading (number, title) alone above a blank line: the paragraphs below are ¶ 1, ¶ 2…,
    /// and a Markdown title line right under it belongs to the heading.
    Alone,
    /// A paragraph or item marker alone on its line (`(1)`, its text below a blank line): the
    /// first paragraph below is the unit's own text, the next ones ¶ 2, ¶ 3…
    MarkerOnly,
}

/// The rest of the line of `text` from byte `from` (its line break left out).
pub(crate) fn line_rest(text: &str, from: usize) -> &str {
    let rest = &text[from..];
    memchr::memchr(b'\n', rest.as_bytes()).map_or(rest, |k| &rest[..k])
}

/// Whether the line after the one starting at `start` is blank (or there is none).
fn blank_below(text: &str, start: usize) -> bool {
    let end = start + line_rest(text, start).len();
    let below = text.get(end + 1..).unwrap_or("");
    below
        .bytes()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\r'))
        .is_none_or(|b| b == b'\n')
}

/// Whether the line after the one starting at `start` is a title set in emphasis alone
/// (`*Työskentelyn yleiset vaatimukset*`, under a Finlex annex's `1 §.`), a blank line
/// after it: the heading's title, no ledd (it made the text below `2 momentti`).
fn emphasised_title_below(text: &str, start: usize) -> bool {
    let end = start + line_rest(text, start).len();
    let Some(below) = text.get(end + 1..) else {
        return false;
    };
    let title = line_rest(below, 0).trim();
    let emphasised = ['*', '_'].iter().any(|&m| {
        title.len() > 2 && title.starts_with(m) && title.ends_with(m) && !title[1..].starts_with(m)
    });
    let words = title.trim_matches(['*', '_']);
    emphasised
        && words.chars().count() <= 120
        && !words.ends_with(['.', ';', ':', ','])
        && blank_below(below, 0)
}

/// How a unit whose first line stands above a blank line stands, given what follows its
/// number or marker on that line (`rest`). A title is short and does not end like a sentence.
fn head_of(rest: &str, marker: bool) -> Head {
    let words = rest
        .trim_start_matches(|c: char| c.is_whitespace() || ".:–—-#*_".contains(c))
        .trim_end_matches(|c: char| c.is_whitespace() || "#*_".contains(c));
    let sentence = words.ends_with(['.', ';', ':', ',']) || words.chars().nth(120).is_some();
    match (marker, words.is_empty()) {
        (true, true) => Head::MarkerOnly,
        (true, false) => Head::WithText,
        (false, _) if sentence => Head::WithText,
        (false, _) => Head::Alone,
    }
}

/// The unnumbered paragraphs of a unit's own text `range`, which starts on `line`: the runs
/// of non-blank lines after the first one (the unit's heading or first paragraph; see
/// [`Head`] for how they count).
fn paragraphs(text: &str, range: Range<usize>, line: usize, level: u8, head: Head) -> Vec<Node> {
    let mut out = Vec::new();
    let (mut at, mut ln) = (range.start, line);
    let (mut started, mut first) = (false, true);
    let mut absorb = head == Head::MarkerOnly;
    let base = if head == Head::Alone { 1 } else { 2 };
    let mut open: Option<(usize, usize)> = None;
    let close = |open: &mut Option<(usize, usize)>, end: usize, out: &mut Vec<Node>| {
        if let Some((start, line)) = open.take() {
            let ordinal = out.len() + base;
            out.push(Node {
                sub: None,
                level,
                line,
                ordinal,
                cell: false,
                start,
                end,
                children: Vec::new(),
            });
        }
    };
    for l in super::lines::lines(&text[range.clone()]) {
        let body = l.trim_start();
        if body.is_empty() {
            close(&mut open, at, &mut out);
            first &= !started;
        } else if !first && body.starts_with('|') {
            close(&mut open, at, &mut out);
            if let Some(row) = table_row(l, at, ln, level, out.len() + base) {
                out.push(row);
            }
        } else if first {
            started = true;
        } else if open.is_none() {
            if out.is_empty() && head != Head::WithText && body.starts_with('#') {
                // A title line under the heading: part of it.
            } else if absorb {
                absorb = false;
                first = true;
            } else {
                open = Some((at, ln));
            }
        }
        at += l.len();
        ln += 1;
    }
    close(&mut open, range.end, &mut out);
    out
}

/// Whether a table line is the line of dashes under a Markdown table's header (no row).
fn header_rule(line: &str) -> bool {
    line.chars()
        .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// A row of a Markdown table (a line starting with `|`) as a paragraph whose units are its
/// cells; `None` for the line of dashes under the header.
fn table_row(l: &str, at: usize, line: usize, level: u8, ordinal: usize) -> Option<Node> {
    let body = l.trim_end();
    if header_rule(body) {
        return None;
    }
    let lead = body.len() - body.trim_start().len();
    let inner = &body[lead + 1..];
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut children = Vec::new();
    let mut from = at + lead + 1;
    for (k, cell) in inner.split('|').enumerate() {
        children.push(Node {
            sub: None,
            level: level + 1,
            line,
            ordinal: k + 1,
            cell: true,
            start: from,
            end: from + cell.len(),
            children: Vec::new(),
        });
        from += cell.len() + 1;
    }
    Some(Node {
        sub: None,
        level,
        line,
        ordinal,
        cell: false,
        start: at,
        end: at + body.len(),
        children,
    })
}

/// The nodes from `subs[*k]` on, while they are deeper than `parent_level`; the last one
/// ends at `end` or where the next unit at the parent's level or above begins.
fn nest(subs: &[Subheading], k: &mut usize, parent_level: u8, end: usize) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    while *k < subs.len() && subs[*k].level > parent_level {
        let me = *k;
        *k += 1;
        let children = nest(subs, k, subs[me].level, end);
        out.push(Node {
            sub: Some(me),
            level: subs[me].level,
            line: subs[me].line,
            ordinal: 0,
            cell: false,
            start: subs[me].start,
            end,
            children,
        });
    }
    for w in 1..out.len() {
        out[w - 1].end = out[w].start;
    }
    if let Some(last) = out.last_mut() {
        last.end = subs.get(*k).map_or(end, |s| s.start);
    }
    out
}

/// One side of a pair of sections, for aligning their paragraphs and items.
struct Side<'a> {
    text: &'a str,
    section: &'a Section,
    /// Where the section's unnumbered ledd start (see [`ledd_starts`]), read once.
    ledd: std::cell::OnceCell<Vec<usize>>,
    /// The sentences of the section's paragraphs (see [`sentence_map`]), read once.
    sentences: std::cell::OnceCell<SentenceMap>,
    /// The level of the section's outermost numbered units (see [`Side::outermost`]), read once.
    outermost: std::cell::OnceCell<u8>,
    /// Where units start inside a word (see [`section_words`]).
    cuts: Vec<usize>,
    /// Where the footnotes that end the text start, once asked for (see [`closing_note`]).
    closing_notes: std::cell::OnceCell<Option<usize>>,
}

/// A word of a section (a run of non-blanks; on a table row, `|` stands apart) and its hash.
#[derive(Clone, Copy, Debug)]
struct Word {
    start: usize,
    end: usize,
    hash: u64,
    /// The hash of the word without the punctuation after it (`plus.` and `plus` are one
    /// word to compare units by: a list's last item re-punctuated when an item is added after
    /// it is the same item); 0 for a word of punctuation alone (`;`).
    stem: u64,
}

impl<'a> Side<'a> {
    fn new(text: &'a str, section: &'a Section) -> Self {
        Side {
            text,
            section,
            ledd: std::cell::OnceCell::new(),
            sentences: std::cell::OnceCell::new(),
            outermost: std::cell::OnceCell::new(),
            cuts: word_cuts(text, section),
            closing_notes: std::cell::OnceCell::new(),
        }
    }

    /// The level of the section's outermost numbered units. A marker's level is the text's:
    /// where an annex numbers its entries `1.`, a Finnish section's kohdat `1)` sit at level 3
    /// with no paragraph above them, and are still the units at its top.
    fn outermost(&self) -> u8 {
        *self.outermost.get_or_init(|| {
            let levels = self.section.subsections.iter().map(|x| x.level);
            levels.min().unwrap_or(self.section.level + 1)
        })
    }

    /// [`cite_sentence_into`] for subsection `k`.
    fn cite_sentence_into(&self, out: &mut String, style: &Style, k: usize) {
        if let Some(rules) = style.sentences {
            let sentences = self
                .sentences
                .get_or_init(|| sentence_map(style, self.text, self.section, Read::Lists));
            cite_sentence_into(out, style, rules, usize::from(sentences.of_sub(k)));
        }
    }

    /// The citation of the unnumbered ledd that holds byte `at` (` første ledd`), in a style
    /// that names paragraphs by their place; `None` elsewhere (see [`ledd_starts`]).
    fn ledd(&self, style: &Style, at: usize) -> Option<String> {
        if !by_place(style) {
            return None;
        }
        let place = ledd_place(style, self.section, self.ledd_starts(style), at)?;
        Some(fill(style, ledd_template(style, self.section), &place))
    }

    /// Where the section's ledd start ([`ledd_starts`]), found once.
    fn ledd_starts(&self, style: &Style) -> &[usize] {
        self.ledd
            .get_or_init(|| ledd_starts(style, self.text, self.section))
    }

    /// The place (from 1) of the table row starting at byte `at` among the rows before it in
    /// its ledd (the line of dashes under a header is no row).
    fn row_in_ledd(&self, style: &Style, at: usize) -> usize {
        let starts = self.ledd_starts(style);
        let from = starts[..starts.partition_point(|&x| x <= at)]
            .last()
            .copied()
            .unwrap_or(self.section.start);
        let rows = super::lines::lines(&self.text[from.min(at)..at])
            .map(str::trim)
            .filter(|l| l.starts_with('|') && !header_rule(l))
            .count();
        rows + 1
    }

    /// The heading of a numbered paragraph or item; `None` for an unnumbered paragraph.
    fn sub(&self, n: &Node) -> Option<&Subheading> {
        n.sub.map(|k| &self.section.subsections[k])
    }

    /// The words of a unit after its marker (all of them for an unnumbered paragraph). Cut
    /// for each unit asked for (only the units that differ from the other text's are), or
    /// taken from `within`, the words of a unit that holds it: no word straddles two units
    /// (see [`section_words`]), so a unit's words are a run of its parent's.
    fn words(&self, n: &Node, within: Option<&[Word]>) -> Vec<Word> {
        let mut words = match within {
            Some(all) => {
                let from = all.partition_point(|w| w.start < n.start);
                let to = from + all[from..].partition_point(|w| w.end <= n.end);
                all[from..to].to_vec()
            }
            None => section_words(self.text, n.start..n.end, &self.cuts),
        };
        debug_assert!(
            within.is_none()
                || words.iter().map(|w| (w.start, w.end)).eq(section_words(
                    self.text,
                    n.start..n.end,
                    &self.cuts
                )
                .iter()
                .map(|w| (w.start, w.end))),
            "a unit's words are a run of its parent's"
        );
        if n.sub.is_some() && !words.is_empty() {
            words.remove(0);
        }
        words
    }

    /// Whether two word lists of this side and `other` are the same words.
    fn same_words(&self, a: &[Word], other: &Side, b: &[Word]) -> bool {
        a.len() == b.len()
            && a.iter().zip(b).all(|(x, y)| {
                x.hash == y.hash && self.text[x.start..x.end] == other.text[y.start..y.end]
            })
    }
}

/// Where the units of `section` start inside a word of its text: an item glued to its
/// paragraph's marker (`(2)(a)Where`). Sorted.
fn word_cuts(text: &str, section: &Section) -> Vec<usize> {
    let bytes = text.as_bytes();
    section
        .subsections
        .iter()
        .map(|s| s.start)
        .filter(|&at| at > 0 && !bytes[at - 1].is_ascii_whitespace() && bytes[at - 1] != b'|')
        .collect()
}

/// The words of `range` of `text` (as `split_whitespace` cuts them, and cut at each of
/// `cuts`, the units that start inside a word: see [`word_cuts`]). Units begin at line starts,
/// at cuts, and table cells between `|` marks (split apart on table rows), so no word
/// straddles two units.
fn section_words(text: &str, range: std::ops::Range<usize>, cuts: &[usize]) -> Vec<Word> {
    let bytes = text.as_bytes();
    let end = range.end;
    let mut out = Vec::with_capacity(range.len() / 6);
    // A table cell starts inside its row's line.
    let line_start = memchr::memrchr(b'\n', &bytes[..range.start]).map_or(0, |k| k + 1);
    let mut row = table_row_at(text, line_start);
    let mut k = range.start;
    loop {
        // Blanks; after a line break, whether the next line is a table row.
        while k < end {
            let (blank, len) = blank_at(text, k);
            if !blank {
                break;
            }
            if bytes[k] == b'\n' {
                row = table_row_at(text, k + 1);
            }
            k += len;
        }
        if k >= end {
            return out;
        }
        if row && bytes[k] == b'|' {
            out.push(word(text, k, k + 1));
            k += 1;
            continue;
        }
        let start = k;
        let stop = match cuts.iter().find(|&&c| c > start) {
            Some(&c) => c.min(end),
            None => end,
        };
        while k < stop {
            let b = bytes[k];
            if !MAY_END_WORD[usize::from(b)] {
                k += 1;
            } else if b < 0x80 {
                if b == b'|' && !row {
                    k += 1;
                } else {
                    break;
                }
            } else {
                let (blank, len) = blank_at(text, k);
                if blank {
                    break;
                }
                k += len;
            }
        }
        out.push(word(text, start, k));
    }
}

/// The bytes that may end a word (see [`section_words`]): ASCII blanks, `|` (a cell mark on
/// table rows) and the first bytes of the multi-byte blanks (see [`blank_at`]). A table, so
/// that the inner loop over a word's bytes is one look-up each.
static MAY_END_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let u = b as u8;
        t[b] = u.is_ascii_whitespace() || matches!(u, 0x0b | b'|' | 0xc2 | 0xe1 | 0xe2 | 0xe3);
        b += 1;
    }
    t
};

/// Whether the character at byte `k` of `text` is a blank (as `char::is_whitespace`), and its
/// length in bytes. Only the multi-byte characters that can be blanks are decoded: U+0085,
/// U+00A0, U+1680, U+2000–U+205F and U+3000 begin with C2, E1, E2 or E3.
fn blank_at(text: &str, k: usize) -> (bool, usize) {
    let b = text.as_bytes()[k];
    if b < 0x80 {
        (b.is_ascii_whitespace() || b == 0x0b, 1)
    } else if matches!(b, 0xc2 | 0xe1 | 0xe2 | 0xe3) {
        let c = text[k..].chars().next().expect("a character starts here");
        (c.is_whitespace(), c.len_utf8())
    } else {
        (false, 1)
    }
}

/// Whether the line starting at `at` is a table row (its first non-blank is `|`).
fn table_row_at(text: &str, at: usize) -> bool {
    text.get(at..)
        .is_some_and(|rest| rest.chars().find(|&c| c == '\n' || !c.is_whitespace()) == Some('|'))
}

#[inline(always)]
fn word(text: &str, start: usize, end: usize) -> Word {
    let bytes = &text.as_bytes()[start..end];
    let bare = bytes
        .iter()
        .rposition(|b| !matches!(b, b'.' | b',' | b';' | b':' | b'!' | b'?'))
        .map_or(0, |k| k + 1);
    // One pass: the whole word's hash goes on from its stem's over the punctuation (equal
    // words, equal hashes), so a word is read once.
    let stem_hash = super::align::hash_bytes(0, &bytes[..bare]);
    let hash = if bare == bytes.len() {
        stem_hash
    } else {
        super::align::hash_bytes(stem_hash, &bytes[bare..])
    };
    let stem = match (bare > 0 && bytes[bare - 1] == b']')
        .then(|| footnote_call_at(&bytes[..bare]))
        .flatten()
    {
        // A Markdown footnote's call or label (`[^12]`, `eingefügt[^9]`) is the publisher's,
        // renumbered in each consolidation: no word of the law, it makes no two units alike.
        Some(0) => 0,
        Some(k) => super::align::hash_bytes(0, &bytes[..k]),
        None if bare == 0 => 0,
        None => stem_hash,
    };
    Word {
        start,
        end,
        hash,
        stem,
    }
}

/// Where a Markdown footnote call (`[^12]`, `[^a]`) that ends `word` starts, if one does.
#[cold]
fn footnote_call_at(word: &[u8]) -> Option<usize> {
    let inner = word.strip_suffix(b"]")?;
    let open = memchr::memrchr(b'[', inner)?;
    let label = inner[open + 1..].strip_prefix(b"^")?;
    (!label.is_empty() && !label.contains(&b'[')).then_some(open)
}

/// The label of a unit (`None` for an unnumbered paragraph).
fn label(side: &Side, n: &Node) -> Option<String> {
    let sub = side.sub(n)?;
    let mut label = sub.label();
    if let Some(tail) = range_tail(side.text, sub) {
        label.push_str(tail);
    }
    Some(label)
}

/// The rest of a label naming a range of items, on the line of item `sub` of `text` (see
/// [`range_tail_in`]).
fn range_tail<'a>(text: &'a str, sub: &Subheading) -> Option<&'a str> {
    if sub.marker != Marker::Degree {
        return None;
    }
    range_tail_in(line_rest(text, sub.start), sub.number())
}

/// The rest of a label naming a range of items on `line`, which opens with item `number`
/// (`6`, `6 bis`): ` et 7°` in `6° et 7° (abrogés)`, ` à 10°` in `6° à 10° (dispositions
/// abrogées)`, the placeholder a French consolidation prints for items repealed together.
pub(crate) fn range_tail_in<'a>(line: &'a str, number: &str) -> Option<&'a str> {
    let line = line.trim_start();
    // After the label's sign, and its multiplier (`6° bis et 7°`).
    let sign_end = line
        .char_indices()
        .take(12)
        .find(|&(_, c)| c == '°' || c == 'º')
        .map(|(k, c)| k + c.len_utf8())?;
    let mut rest = &line[sign_end..];
    if let (_, Some(m)) = split_multiplier(number) {
        rest = rest.strip_prefix(' ')?.strip_prefix(m)?;
    }
    let after = rest
        .strip_prefix(" et ")
        .or_else(|| rest.strip_prefix(" à "))?;
    let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let sign = after[digits..]
        .chars()
        .next()
        .filter(|c| "°º".contains(*c))?;
    (digits > 0).then(|| &rest[..rest.len() - after.len() + digits + sign.len_utf8()])
}

/// The address of a unit inside `parent`: `s. 7(1)(c)`, `s. 7(1), ¶ 2` for its second
/// paragraph when that paragraph has no number, `…, ¶ 3, col. 2` for a table cell. Where
/// paragraphs are cited by their place, an article's unnumbered ledd is named as in the
/// hunks' addresses: `§ 257 annet ledd`, `§ 257 første ledd bokstav c`.
fn address(style: &Style, side: &Side, n: &Node, parent: &str) -> String {
    let mut out = uninflected_address(style, side, n, parent);
    inflect(style, &mut out);
    out
}

/// [`address`] with every unit word in the nominative.
fn uninflected_address(style: &Style, side: &Side, n: &Node, parent: &str) -> String {
    if n.sub.is_none() && note_at(style, side.text, n.start) {
        return note_of(style, side.section);
    }
    if in_front_matter(side.text, side.section, n.start) {
        return FRONT_MATTER.to_string();
    }
    if let Some(note) = closing_note(side.text, side.section, n.start, &side.closing_notes) {
        return note;
    }
    // An item among alinéas is cited by the item alone.
    let alineas = alineas(style, side.section).is_some();
    let alinea_item = n.sub.is_some() && alineas;
    // An alinéa of a division `I.`, `II.` is counted inside it.
    let in_division = alineas && n.sub.is_none() && alinea_scope(side.section, n.start).1;
    let top = n.level == side.section.level + 1
        || (n.sub.is_some() && n.level == side.outermost())
        || (in_division && n.level == side.section.level + 2);
    let ledd = (top && !n.cell && !alinea_item)
        .then(|| side.ledd(style, n.start))
        .flatten();
    match (side.sub(n), ledd) {
        (Some(sub), ledd) => {
            let mut out = String::with_capacity(parent.len() + 24);
            out.push_str(parent);
            out.push_str(ledd.as_deref().unwrap_or(""));
            side.cite_sentence_into(&mut out, style, n.sub.expect("a numbered unit"));
            cite_sub_into(&mut out, style, sub, sub.number(), side.section);
            out.push_str(range_tail(side.text, sub).unwrap_or(""));
            out
        }
        (None, _) if n.cell => format!("{parent}, col. {}", n.ordinal),
        // The rows of a table in a ledd are told apart by their place in it (the Finnish
        // luonnonhaittakorvaus decree's 15 § has its rates in a table of its 2 momentti:
        // every row was `15 §:n 2 momentti`).
        (None, Some(ledd)) if n.children.first().is_some_and(|c| c.cell) => {
            let row = side.row_in_ledd(style, n.start);
            format!("{parent}{ledd}, row {row}")
        }
        (None, Some(ledd)) => [parent, &ledd].concat(),
        (None, None) => format!("{parent}, ¶ {}", n.ordinal),
    }
}

/// Dice coefficient of two word sets (see [`word_set`]).
fn similarity(a: &[u64], b: &[u64]) -> f64 {
    super::align::dice(a, b)
}

/// A hash of a word list (equal lists, equal hashes).
fn words_hash(words: &[Word]) -> u64 {
    words
        .iter()
        .fold(0, |h, w| super::align::hash_bytes(h, &w.hash.to_le_bytes()))
}

/// A hash of a word list's stems (see [`word`]): equal for lists that differ only in the
/// punctuation after words and in footnote calls.
fn stems_hash(words: &[Word]) -> u64 {
    words
        .iter()
        .filter(|w| w.stem != 0)
        .fold(0, |h, w| super::align::hash_bytes(h, &w.stem.to_le_bytes()))
}

/// The set of a word list, as sorted, deduplicated hashes of its words without the
/// punctuation after them (comparing two sets is then a merge of integers).
fn word_set(words: &[Word]) -> Vec<u64> {
    hash_set(words.iter().map(|w| w.stem).filter(|&h| h != 0))
}

/// [`word_set`] of words given as strings.
fn str_set(words: &[&str]) -> Vec<u64> {
    hash_set(
        words
            .iter()
            .map(|w| super::align::hash_bytes(0, w.as_bytes())),
    )
}

/// The sorted, deduplicated `hashes`.
fn hash_set(hashes: impl Iterator<Item = u64>) -> Vec<u64> {
    // Sized for all the hashes at once: a filter's iterator gives no lower bound, and
    // `collect` grew the vector by doubling.
    let mut set: Vec<u64> = Vec::with_capacity(hashes.size_hint().1.unwrap_or(0));
    set.extend(hashes);
    set.sort_unstable();
    set.dedup();
    set
}

/// Above this many candidate pairs, siblings are paired by equal words and then by
/// similarity instead of by the best in-order alignment.
const IN_ORDER_LIMIT: usize = 40_000;

/// Pairs sibling units: those with the same bytes at both ends of the lists as they stand,
/// then, between them, the best in-order alignment (equal words, or similar ones), similar
/// words anywhere (moved units), and equal numbers with some words in common. Most changed
/// articles change one paragraph of several: the others need no words compared. `within`
/// holds the words of the two parents, when cut (see [`Side::words`]).
fn pair_siblings(old: &Side, on: &[Node], new: &Side, nn: &[Node], within: Within) -> Pairing {
    if on.len() == nn.len() && on.iter().chain(nn).all(|n| n.cell) {
        return pair_by_column(old, on, new, nn, within);
    }
    let same = |i: usize, j: usize| same_bytes(old, &on[i], new, &nn[j]);
    let mut head = 0;
    while head < on.len() && head < nn.len() && same(head, head) {
        head += 1;
    }
    let mut tail = 0;
    while tail < on.len() - head
        && tail < nn.len() - head
        && same(on.len() - 1 - tail, nn.len() - 1 - tail)
    {
        tail += 1;
    }
    let mut new_to_old: Vec<Option<usize>> = (0..nn.len())
        .map(|j| match j {
            _ if j < head => Some(j),
            _ if j >= nn.len() - tail => Some(j + on.len() - nn.len()),
            _ => None,
        })
        .collect();
    let mut same_words = vec![true; nn.len()];
    let middle = pair_between(
        old,
        &on[head..on.len() - tail],
        new,
        &nn[head..nn.len() - tail],
        within,
    );
    for (j, (i, same)) in middle
        .new_to_old
        .into_iter()
        .zip(middle.same_words)
        .enumerate()
    {
        new_to_old[head + j] = i.map(|i| head + i);
        same_words[head + j] = same;
    }
    // The words cut for the units between the equal ends, in their places.
    let mut old_words = vec![None; on.len()];
    let mut new_words = vec![None; nn.len()];
    old_words.splice(head..on.len() - tail, middle.old_words);
    new_words.splice(head..nn.len() - tail, middle.new_words);
    Pairing {
        new_to_old,
        same_words,
        old_words,
        new_words,
    }
}

/// The words of the parents of two lists of siblings (old, new), where they were cut.
type Within<'w> = (Option<&'w [Word]>, Option<&'w [Word]>);

/// How sibling units pair: for each new one, its old partner, and whether their words are
/// the same; and the words of each unit, where they were cut (for its own units to share).
struct Pairing {
    new_to_old: Vec<Option<usize>>,
    same_words: Vec<bool>,
    old_words: Vec<Option<Vec<Word>>>,
    new_words: Vec<Option<Vec<Word>>>,
}

/// Whether two units are the same bytes (marker, words and blanks).
/// The cells of two rows with as many columns, paired by column: in a table a cell's column
/// is its identity (a rate that changes from 3 to 0 is not the 0 of the next column moved).
fn pair_by_column(old: &Side, on: &[Node], new: &Side, nn: &[Node], within: Within) -> Pairing {
    let mut old_words = vec![None; on.len()];
    let mut new_words = vec![None; nn.len()];
    let same_words = (0..nn.len())
        .map(|k| {
            if same_bytes(old, &on[k], new, &nn[k]) {
                return true;
            }
            let (ow, nw) = (old.words(&on[k], within.0), new.words(&nn[k], within.1));
            let same = old.same_words(&ow, new, &nw);
            (old_words[k], new_words[k]) = (Some(ow), Some(nw));
            same
        })
        .collect();
    Pairing {
        new_to_old: (0..nn.len()).map(Some).collect(),
        same_words,
        old_words,
        new_words,
    }
}

/// Whether a new unit's number is an old one's with an insertion's mark after it, of the
/// same marker: `4°` → `4° ter`, `4` → `4a`, `a` → `abis`.
fn numbered_after(old: &Option<(Marker, String)>, new: &Option<(Marker, String)>) -> bool {
    let (Some((om, on)), Some((nm, nn))) = (old, new) else {
        return false;
    };
    let Some(rest) = nn.strip_prefix(on.as_str()).filter(|_| om == nm) else {
        return false;
    };
    let mark = rest.trim_start_matches(' ');
    MULTIPLIERS.contains(&mark)
        || (on.ends_with(|c: char| c.is_ascii_digit())
            && (1..=2).contains(&mark.len())
            && rest.len() == mark.len()
            && mark.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Whether two units are of other kinds, so that only equal words make them one unit: an
/// item and a paragraph with units inside it, numbered with other markers. The words of an
/// item moved into a new paragraph's items are much of that paragraph's words: the Code
/// pénal's old 2° of art. 312-13 was paired with the new `I.` that holds it among its items.
fn other_kind(old: &Side, o: &Node, new: &Side, n: &Node) -> bool {
    let (Some(a), Some(b)) = (old.sub(o), new.sub(n)) else {
        return false;
    };
    a.marker != b.marker && o.children.is_empty() != n.children.is_empty()
}

fn same_bytes(old: &Side, o: &Node, new: &Side, n: &Node) -> bool {
    old.text[o.start..o.end] == new.text[n.start..n.end]
}

/// [`pair_siblings`] between the units equal at both ends.
fn pair_between(old: &Side, on: &[Node], new: &Side, nn: &[Node], within: Within) -> Pairing {
    let owned: (Vec<Vec<Word>>, Vec<Vec<Word>>) = (
        on.iter().map(|n| old.words(n, within.0)).collect(),
        nn.iter().map(|n| new.words(n, within.1)).collect(),
    );
    let ow: Vec<&[Word]> = owned.0.iter().map(Vec::as_slice).collect();
    let nw: Vec<&[Word]> = owned.1.iter().map(Vec::as_slice).collect();
    let mut new_to_old: Vec<Option<usize>> = vec![None; nn.len()];
    let mut used = vec![false; on.len()];
    let unlike = |i: usize, j: usize| other_kind(old, &on[i], new, &nn[j]);
    let key = |side: &Side, n: &Node| {
        side.sub(n)
            .map(|sub| (sub.marker, sub.number().to_string()))
    };
    let ok: Vec<_> = on.iter().map(|n| key(old, n)).collect();
    let nk: Vec<_> = nn.iter().map(|n| key(new, n)).collect();
    let new_keys: FxHashSet<&(Marker, String)> = nk.iter().flatten().collect();
    let equal = |i: usize, j: usize| old.same_words(ow[i], new, nw[j]);
    let stands: Vec<bool> = ok
        .iter()
        .map(|k| k.as_ref().is_some_and(|k| new_keys.contains(k)))
        .collect();
    let same_number = |i: usize, j: usize| ok[i].is_some() && ok[i] == nk[j];
    let split_off =
        |i: usize, j: usize| (stands[i] && numbered_after(&ok[i], &nk[j])) || unlike(i, j);
    let long = on.len() * nn.len() > IN_ORDER_LIMIT;
    let sets = WordSets::new(&ow, &nw);
    let in_order =
        |o: &[usize], n: &[usize]| pair_in_order(&sets, (o, n), equal, same_number, split_off);
    let pairs = if long {
        let band = |o: &[usize], n: &[usize]| pair_in_band(&sets, (o, n), same_number, split_off);
        pair_long(&ow, &nw, equal, in_order, band)
    } else {
        in_order(
            &(0..on.len()).collect::<Vec<_>>(),
            &(0..nn.len()).collect::<Vec<_>>(),
        )
    };
    for (i, j) in pairs {
        new_to_old[j] = Some(i);
        used[i] = true;
    }
    if long {
        pair_equal(&ow, &nw, equal, &mut new_to_old, &mut used);
    }
    pair_similar(&sets, unlike, &mut new_to_old, &mut used);
    pair_same_number(old, on, &ow, new, nn, &nw, &mut new_to_old, &mut used);
    let same_words = (0..nn.len())
        .map(|j| new_to_old[j].is_some_and(|i| old.same_words(ow[i], new, nw[j])))
        .collect();
    Pairing {
        new_to_old,
        same_words,
        old_words: owned.0.into_iter().map(Some).collect(),
        new_words: owned.1.into_iter().map(Some).collect(),
    }
}

/// The pairs of two lists of siblings too long to align whole in order (see
/// [`IN_ORDER_LIMIT`]): the units with the same words (but for the punctuation after them
/// and footnote calls: a consolidation renumbers its footnotes) that a diff of the two lists
/// keeps in order are anchors; a unit whose words no other unpaired unit of either list has
/// is paired with its equal wherever it stands (moved); the units left between two anchors
/// are aligned by `in_order` where they are few enough, by `band` (along their diagonal)
/// where not. A repeated unit added in one place then pairs no later repetition crosswise,
/// and a unit moved is not taken for a similar one in its old place.
fn pair_long(
    ow: &[&[Word]],
    nw: &[&[Word]],
    equal: impl Fn(usize, usize) -> bool,
    in_order: impl Fn(&[usize], &[usize]) -> Vec<(usize, usize)>,
    band: impl Fn(&[usize], &[usize]) -> Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    let stems = |w: &[&[Word]]| w.iter().map(|w| stems_hash(w)).collect::<Vec<u64>>();
    let anchors = super::ops::equal_pairs(&stems(ow), &stems(nw));
    let hashes = |w: &[&[Word]]| w.iter().map(|w| words_hash(w)).collect::<Vec<u64>>();
    let (oh, nh) = (hashes(ow), hashes(nw));
    let mut paired = (vec![false; ow.len()], vec![false; nw.len()]);
    for &(i, j) in &anchors {
        (paired.0[i], paired.1[j]) = (true, true);
    }
    // For each word hash of the unpaired units: how many on each side, and the last of each.
    let mut once: FxHashMap<u64, (usize, usize, usize, usize)> = FxHashMap::default();
    for i in (0..ow.len()).filter(|&i| !paired.0[i]) {
        let e = once.entry(oh[i]).or_default();
        (e.0, e.2) = (e.0 + 1, i);
    }
    for j in (0..nw.len()).filter(|&j| !paired.1[j]) {
        let e = once.entry(nh[j]).or_default();
        (e.1, e.3) = (e.1 + 1, j);
    }
    let mut moved: Vec<(usize, usize)> = once
        .into_values()
        .filter(|&(a, b, i, j)| a == 1 && b == 1 && equal(i, j))
        .map(|(_, _, i, j)| (i, j))
        .collect();
    moved.sort_unstable();
    for &(i, j) in &moved {
        (paired.0[i], paired.1[j]) = (true, true);
    }
    let mut pairs = anchors.clone();
    pairs.extend(moved);
    let mut from = (0, 0);
    for &(i, j) in anchors.iter().chain([(ow.len(), nw.len())].iter()) {
        let o: Vec<usize> = (from.0..i).filter(|&x| !paired.0[x]).collect();
        let n: Vec<usize> = (from.1..j).filter(|&y| !paired.1[y]).collect();
        if !o.is_empty() && !n.is_empty() {
            pairs.extend(if o.len() * n.len() <= GAP_IN_ORDER_LIMIT {
                in_order(&o, &n)
            } else {
                band(&o, &n)
            });
        }
        from = (i + 1, j + 1);
    }
    pairs
}

/// Pairs units with equal words, each new one not yet paired with the first unused old one.
fn pair_equal(
    ow: &[&[Word]],
    nw: &[&[Word]],
    equal: impl Fn(usize, usize) -> bool,
    new_to_old: &mut [Option<usize>],
    used: &mut [bool],
) {
    let mut by_words: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for (i, w) in ow.iter().enumerate().rev().filter(|&(i, _)| !used[i]) {
        by_words.entry(words_hash(w)).or_default().push(i);
    }
    for (j, w) in nw.iter().enumerate() {
        if new_to_old[j].is_some() {
            continue;
        }
        let Some(list) = by_words.get_mut(&words_hash(w)) else {
            continue;
        };
        if let Some(k) = list.iter().rposition(|&i| equal(i, j)) {
            let i = list.remove(k);
            new_to_old[j] = Some(i);
            used[i] = true;
        }
    }
}

/// The similarity of two units' word sets where it is enough to pair them in order: 0.5, or
/// 0.25 for two units with the same number.
fn similar_enough(a: &[u64], b: &[u64], same_number: bool) -> Option<f64> {
    let needed = if same_number { 0.25 } else { 0.5 };
    // Dice is at most 2·min/(sum) of the set sizes.
    let (x, y) = (a.len(), b.len());
    if x + y > 0 && (2 * x.min(y)) as f64 / ((x + y) as f64) < needed {
        return None;
    }
    let sim = similarity(a, b);
    (sim >= needed).then_some(sim)
}

/// Above this many candidate pairs between two anchors of long lists, the units there are
/// aligned along their diagonal (see [`pair_long`]); below, in order as short lists are.
/// Smaller than [`IN_ORDER_LIMIT`]: a long list has many such stretches.
const GAP_IN_ORDER_LIMIT: usize = 4096;

/// Half-width of the band along the diagonal of a stretch of two long lists in which
/// [`pair_in_band`] compares units, beyond the difference of their lengths.
const IN_ORDER_BAND: usize = 8;
/// Comparisons [`pair_in_band`] makes at most (but for [`IN_ORDER_BAND`] per unit): the band
/// widens with the lengths' difference (units added in one place put the units after them
/// that far off the diagonal) only so far.
const IN_ORDER_BAND_BUDGET: usize = 1 << 17;

/// [`pair_in_order`] for units `o`, `n` (indices, increasing) of two long lists, too many to
/// compare each with each: the units compared are those near the diagonal (see
/// [`IN_ORDER_BAND`]), and the pairs kept the heaviest chain in order of the similar ones.
fn pair_in_band(
    sets: &WordSets,
    (o, n): (&[usize], &[usize]),
    same_number: impl Fn(usize, usize) -> bool,
    split_off: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    // (place in `n`, place in `o`, similarity)
    let mut cands: Vec<(usize, usize, f64)> = Vec::new();
    let band = (IN_ORDER_BAND + o.len().abs_diff(n.len()))
        .min(IN_ORDER_BAND.max(IN_ORDER_BAND_BUDGET / (2 * n.len())));
    for (y, &j) in n.iter().enumerate() {
        let mid = y * o.len() / n.len();
        let (lo, hi) = (mid.saturating_sub(band), (mid + band + 1).min(o.len()));
        // Old units in decreasing order: two candidates of one new unit never chain.
        for x in (lo..hi).rev().filter(|&x| !split_off(o[x], j)) {
            if let Some(sim) =
                similar_enough(sets.of_old(o[x]), sets.of_new(j), same_number(o[x], j))
            {
                cands.push((y, x, sim));
            }
        }
    }
    let places: Vec<(usize, usize)> = cands.iter().map(|&(y, x, _)| (y, x)).collect();
    // Similarity in millionths: the chain's weight is a sum of integers.
    let keep = heaviest_chain(&places, |k| (cands[k].2 * 1e6) as u128);
    places
        .into_iter()
        .zip(keep)
        .filter(|&(_, kept)| kept)
        .map(|((y, x), _)| (o[x], n[y]))
        .collect()
}

/// The in-order pairs `(old, new)` of units `o` and `n` (indices, increasing) of two lists of
/// siblings (their words in `sets`) whose total similarity is highest: equal words count 1, similar words their Dice coefficient when it reaches 0.5
/// (0.25 for two units with the same number, `same_number(old, new)`). Among equally good
/// alignments the one pairing earliest wins, so repeated paragraphs pair in order and an
/// edited one stays with its own place. A new unit numbered as inserted after an old one
/// whose own number stands (`split_off(old, new)`: 4° → 4° ter while a 4° stands) is not
/// that unit unless its words are the same: a number with `bis`, `ter` or a letter is given
/// to an inserted unit, so the old 4° split into 4°, 4° bis and 4° ter is the 4° changed.
fn pair_in_order(
    sets: &WordSets,
    (o, nu): (&[usize], &[usize]),
    equal: impl Fn(usize, usize) -> bool,
    same_number: impl Fn(usize, usize) -> bool,
    split_off: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    let (n, m) = (o.len(), nu.len());
    let oh: Vec<u64> = o.iter().map(|&i| words_hash(sets.words.0[i])).collect();
    let nh: Vec<u64> = nu.iter().map(|&j| words_hash(sets.words.1[j])).collect();
    let score = |i: usize, j: usize| -> Option<f64> {
        let (gi, gj) = (o[i], nu[j]);
        if oh[i] == nh[j] && equal(gi, gj) {
            return Some(1.0);
        }
        if split_off(gi, gj) {
            return None;
        }
        similar_enough(sets.of_old(gi), sets.of_new(gj), same_number(gi, gj))
    };
    let at = |i: usize, j: usize| i * (m + 1) + j;
    let mut best = vec![0.0f64; (n + 1) * (m + 1)];
    let mut pair_score = vec![None; n * m];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let mut b = best[at(i + 1, j)].max(best[at(i, j + 1)]);
            let s = score(i, j);
            if let Some(s) = s {
                b = b.max(s + best[at(i + 1, j + 1)]);
            }
            pair_score[i * m + j] = s;
            best[at(i, j)] = b;
        }
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        let here = best[at(i, j)];
        match pair_score[i * m + j] {
            Some(s) if (s + best[at(i + 1, j + 1)] - here).abs() < 1e-9 => {
                out.push((o[i], nu[j]));
                i += 1;
                j += 1;
            }
            _ if (best[at(i + 1, j)] - here).abs() < 1e-9 => i += 1,
            _ => j += 1,
        }
    }
    out
}

/// Pairs what is left with the same number when their words are similar enough (Dice at
/// least 0.25): `(e)` is not paired with another text that took its letter. A unit repealed
/// in place, or given a text again, pairs with its number whatever its words: one side is
/// the stub a consolidation leaves (`2. (uchylony)`, `2 - (Revogado.)`, `3.((COMMA
/// ABROGATO …))`), which shares no word with the text it stands for.
#[allow(clippy::too_many_arguments)]
fn pair_same_number(
    old: &Side,
    on: &[Node],
    ow: &[&[Word]],
    new: &Side,
    nn: &[Node],
    nw: &[&[Word]],
    new_to_old: &mut [Option<usize>],
    used: &mut [bool],
) {
    // The old units by marker and number, in order.
    let mut by_key: FxHashMap<(Marker, &str), Vec<usize>> = FxHashMap::default();
    for (i, n) in on.iter().enumerate() {
        if let Some(sub) = old.sub(n) {
            by_key
                .entry((sub.marker, sub.number()))
                .or_default()
                .push(i);
        }
    }
    for j in 0..nn.len() {
        if new_to_old[j].is_some() {
            continue;
        }
        let Some(list) = new
            .sub(&nn[j])
            .and_then(|sub| by_key.get(&(sub.marker, sub.number())))
        else {
            continue;
        };
        let nset = word_set(nw[j]);
        let found = list.iter().copied().find(|&i| {
            !used[i]
                && (similarity(&word_set(ow[i]), &nset) >= 0.25
                    || repeal_stub(old.text, ow[i])
                    || repeal_stub(new.text, nw[j]))
        });
        if let Some(i) = found {
            new_to_old[j] = Some(i);
            used[i] = true;
        }
    }
}

/// Whether a unit's words (after its marker) are the stub a consolidated text leaves where it
/// was repealed: a few words in brackets (`(uchylony)`, `(weggefallen)`, `((COMMA ABROGATO
/// DAL D.LGS. 10 OTTOBRE 2022, N. 150)).`, `[Repealed by s. 4]`), or a sentence of one or two
/// words (`Repealed.`, `Aufgehoben.`); not an item's few words (`a) verbreitet,`).
fn repeal_stub(text: &str, words: &[Word]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let all = &text[first.start..last.end];
    let inner = all.trim_end_matches(['.', ';', ',']);
    let bracketed = (inner.starts_with('(') && inner.ends_with(')'))
        || (inner.starts_with('[') && inner.ends_with(']'));
    let sentence = all.starts_with(char::is_uppercase) && all.ends_with('.');
    (bracketed && words.len() <= 12) || (sentence && words.len() <= 2)
}

/// The word sets of two lists of siblings (see [`word_set`]), each cut when first asked for.
struct WordSets<'w> {
    words: (&'w [&'w [Word]], &'w [&'w [Word]]),
    old: Vec<OnceCell<Vec<u64>>>,
    new: Vec<OnceCell<Vec<u64>>>,
}

impl<'w> WordSets<'w> {
    fn new(ow: &'w [&'w [Word]], nw: &'w [&'w [Word]]) -> Self {
        WordSets {
            words: (ow, nw),
            old: vec![OnceCell::new(); ow.len()],
            new: vec![OnceCell::new(); nw.len()],
        }
    }

    /// The word set of old unit `i`.
    fn of_old(&self, i: usize) -> &[u64] {
        self.old[i].get_or_init(|| word_set(self.words.0[i]))
    }

    /// The word set of new unit `j`.
    fn of_new(&self, j: usize) -> &[u64] {
        self.new[j].get_or_init(|| word_set(self.words.1[j]))
    }
}

/// Above this many candidate pairs of leftover siblings, only a band along the diagonal is
/// compared for similarity.
const SIMILAR_ALL_PAIRS_LIMIT: usize = 250_000;
/// Half-width of that band.
const SIMILAR_BAND: usize = 8;

/// Pairs what is left by word similarity (Dice at least 0.5), best first.
fn pair_similar(
    sets: &WordSets,
    unlike: impl Fn(usize, usize) -> bool,
    new_to_old: &mut [Option<usize>],
    used: &mut [bool],
) {
    let olds: Vec<usize> = (0..used.len()).filter(|&i| !used[i]).collect();
    let news: Vec<usize> = (0..new_to_old.len())
        .filter(|&j| new_to_old[j].is_none())
        .collect();
    if olds.is_empty() || news.is_empty() {
        return;
    }
    // Many leftovers (a long text without headings rewritten throughout): only the pairs
    // near the diagonal of the leftovers are compared, as for sections.
    let all = olds.len() * news.len() <= SIMILAR_ALL_PAIRS_LIMIT;
    let mut cands = Vec::new();
    for (nj, &j) in news.iter().enumerate() {
        let nset = sets.of_new(j);
        let mid = nj * olds.len() / news.len();
        let (lo, hi) = if all {
            (0, olds.len())
        } else {
            (
                mid.saturating_sub(SIMILAR_BAND),
                (mid + SIMILAR_BAND + 1).min(olds.len()),
            )
        };
        for &i in olds[lo..hi].iter().filter(|&&i| !unlike(i, j)) {
            let sim = similarity(sets.of_old(i), nset);
            if sim >= 0.5 {
                cands.push((sim, i, j));
            }
        }
    }
    cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (_, i, j) in cands {
        if !used[i] && new_to_old[j].is_none() {
            new_to_old[j] = Some(i);
            used[i] = true;
        }
    }
}

/// Aligns the units of two sections, and records where aligned units meet (see [`Cuts`]).
struct Aligner<'s> {
    style: &'s Style,
    old: &'s Side<'s>,
    new: &'s Side<'s>,
    cuts: Cuts,
    /// Old subsection index → new one, for each pair of numbered units.
    subs: FxHashMap<usize, usize>,
}

/// Points where the two texts of a pair of sections correspond: byte offsets `(old, new)`
/// where a pair of units, aligned in order, starts or ends. They increase on both sides, so
/// the text between two cuts of the old side is what became the text between the same cuts
/// of the new side: the line diff runs between them, and cannot pair a paragraph with
/// another one that took its number.
pub(crate) type Cuts = Vec<(usize, usize)>;

impl Aligner<'_> {
    /// Aligns two lists of sibling units, recursively; `parent` is the parent's address,
    /// `within` the parents' words where they were cut.
    fn align_nodes(
        &mut self,
        on: &[Node],
        nn: &[Node],
        parent: &str,
        within: Within,
    ) -> Vec<UnitChange> {
        let (style, old, new) = (self.style, self.old, self.new);
        let Pairing {
            new_to_old,
            same_words,
            old_words,
            new_words,
        } = pair_siblings(old, on, new, nn, within);
        let pairs: Vec<(usize, usize)> = new_to_old
            .iter()
            .enumerate()
            .filter_map(|(j, i)| i.map(|i| (j, i)))
            .collect();
        let chain = longest_chain(&pairs);
        let mut in_order = vec![false; nn.len()];
        for (&(j, _), k) in pairs.iter().zip(chain) {
            in_order[j] = k;
        }
        let mut paired_old = vec![false; on.len()];
        for &(_, i) in &pairs {
            paired_old[i] = true;
        }
        // For each new unit, the old index of the next in-order pair at or after it: removed
        // units stand where they were, before what replaced them.
        let mut next_anchor = vec![on.len(); nn.len() + 1];
        for j in (0..nn.len()).rev() {
            next_anchor[j] = match new_to_old[j] {
                Some(i) if in_order[j] => i,
                _ => next_anchor[j + 1],
            };
        }
        let mut out = Vec::new();
        let mut next_old = 0;
        for (j, n) in nn.iter().enumerate() {
            while next_old < next_anchor[j] {
                if !paired_old[next_old] {
                    out.push(one_side(style, old, &on[next_old], parent, Status::Removed));
                }
                next_old += 1;
            }
            if let Some(i) = new_to_old[j].filter(|_| in_order[j]) {
                next_old = next_old.max(i + 1);
            }
            out.push(match new_to_old[j] {
                None => one_side(style, new, n, parent, Status::Added),
                Some(i) => {
                    let words = (old_words[i].as_deref(), new_words[j].as_deref());
                    self.pair((&on[i], n), parent, !in_order[j], same_words[j], words)
                }
            });
        }
        for k in next_old..on.len() {
            if !paired_old[k] {
                out.push(one_side(style, old, &on[k], parent, Status::Removed));
            }
        }
        out
    }

    /// The change of two paired units, `same` when their words are; `words` are theirs,
    /// where they were cut.
    fn pair(
        &mut self,
        (o, n): (&Node, &Node),
        parent: &str,
        moved: bool,
        same: bool,
        words: Within,
    ) -> UnitChange {
        let (old, new) = (self.old, self.new);
        let address = address(self.style, new, n, parent);
        let (old_label, new_label) = (label(old, o), label(new, n));
        // A pair bounds the line diff when its texts surely correspond: the same words, or
        // two similar units with nothing inside (a changed unit with paragraphs or items may
        // have lost them to, or gained them from, its neighbours).
        let cut = !moved && (same || (o.children.is_empty() && n.children.is_empty()));
        if let (Some(i), Some(j), false) = (o.sub, n.sub, moved) {
            self.subs.insert(i, j);
        }
        // Two units whose first item opens on their line (`(3) (*a*) On …`, `(3)(a)On …`)
        // start where their markers do: a paragraph inserted before one is not diffed
        // against its marker.
        if cut || (!moved && opens_on_its_line(o) && opens_on_its_line(n)) {
            self.cuts.push((o.start, n.start));
        }
        let children = self.align_nodes(&o.children, &n.children, &address, words);
        if cut {
            self.cuts.push((o.end, n.end));
        }
        UnitChange {
            level: n.level,
            status: if same {
                Status::Unchanged
            } else {
                Status::Changed
            },
            renumbered: old_label != new_label,
            old_label,
            new_label,
            old_line: Some(o.line),
            new_line: Some(n.line),
            moved,
            children,
            address,
            akn_type: None,
            cell: n.cell,
            renested: false,
        }
    }
}

/// Two paired sections' paragraphs and items aligned (see [`align_section`]).
pub(crate) struct AlignedSection {
    /// The units, as the tree of the redline shows them.
    pub units: Vec<UnitChange>,
    /// Where the texts correspond (see [`Cuts`]).
    pub cuts: Cuts,
    /// For each numbered unit of the old section paired in order with one of the new (not
    /// moved), the new one's index among the new section's subsections (by the old one's).
    pub subs: FxHashMap<usize, usize>,
}

/// The paragraphs and items of two paired sections aligned, and the [`Cuts`] of their texts
/// (see [`AlignedSection`]).
pub(crate) fn align_section(
    style: &Style,
    (old, os): (&str, &Section),
    (new, ns): (&str, &Section),
    parent: &str,
) -> AlignedSection {
    let (o, n) = (Side::new(old, os), Side::new(new, ns));
    let mut aligner = Aligner {
        style,
        old: &o,
        new: &n,
        cuts: Vec::new(),
        subs: FxHashMap::default(),
    };
    let (of, nf) = (forest(style, old, os), forest(style, new, ns));
    let units = aligner.align_nodes(&of, &nf, parent, (None, None));
    AlignedSection {
        units,
        cuts: monotone(aligner.cuts),
        subs: aligner.subs,
    }
}

/// The cuts that keep both offsets increasing, in order (a unit's range can end past the
/// next one's start, where a list's closing words were given to its parent).
fn monotone(cuts: Cuts) -> Cuts {
    let mut out: Cuts = Vec::with_capacity(cuts.len());
    for c in cuts {
        match out.last() {
            Some(&(a, b)) if c.0 < a || c.1 < b => {}
            Some(&last) if last == c => {}
            _ => out.push(c),
        }
    }
    out
}

/// Whether two sections have the same paragraphs and items (labels and depths).
fn same_shape(o: &Side, n: &Side) -> bool {
    let (a, b) = (&o.section.subsections, &n.section.subsections);
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x.level == y.level && x.number() == y.number() && x.marker == y.marker)
}

/// Whether two sections are the same text with their paragraphs and items at the same places
/// in it (their forests are then the same, moved).
fn same_text(o: &Side, n: &Side) -> bool {
    let (a, b) = (o.section, n.section);
    a.level == b.level
        && o.text[a.start..a.end] == n.text[b.start..b.end]
        && a.subsections.len() == b.subsections.len()
        && a.subsections.iter().zip(&b.subsections).all(|(x, y)| {
            x.start - a.start == y.start - b.start && x.line - a.line == y.line - b.line
        })
}

/// The forest of section `from` moved to where section `to` stands (see [`same_text`]).
fn shifted(nodes: &[Node], from: &Section, to: &Section) -> Vec<Node> {
    nodes
        .iter()
        .map(|n| Node {
            sub: n.sub,
            level: n.level,
            line: n.line - from.line + to.line,
            ordinal: n.ordinal,
            cell: n.cell,
            start: n.start - from.start + to.start,
            end: n.end - from.start + to.start,
            children: shifted(&n.children, from, to),
        })
        .collect()
}

/// The units of two sections with equal content, paired one to one (no alignment needed).
fn zip_nodes(
    style: &Style,
    old: &Side,
    on: &[Node],
    new: &Side,
    nn: &[Node],
    parent: &str,
) -> Vec<UnitChange> {
    // Equal words can still be cut into paragraphs at other blank lines.
    let same_cut = on.len() == nn.len()
        && on
            .iter()
            .zip(nn)
            .all(|(o, n)| o.sub.is_some() == n.sub.is_some());
    if !same_cut {
        let mut aligner = Aligner {
            style,
            old,
            new,
            cuts: Vec::new(),
            subs: FxHashMap::default(),
        };
        return aligner.align_nodes(on, nn, parent, (None, None));
    }
    on.iter()
        .zip(nn)
        .map(|(o, n)| {
            let address = address(style, new, n, parent);
            UnitChange {
                level: n.level,
                status: Status::Unchanged,
                old_label: label(old, o),
                new_label: label(new, n),
                old_line: Some(o.line),
                new_line: Some(n.line),
                moved: false,
                renumbered: false,
                children: zip_nodes(style, old, &o.children, new, &n.children, &address),
                address,
                akn_type: None,
                cell: n.cell,
                renested: false,
            }
        })
        .collect()
}

/// A unit only in one text (and everything inside it).
fn one_side(style: &Style, side: &Side, n: &Node, parent: &str, status: Status) -> UnitChange {
    let address = address(style, side, n, parent);
    let label = label(side, n);
    let line = Some(n.line);
    let is_old = status == Status::Removed;
    UnitChange {
        level: n.level,
        status,
        old_label: if is_old { label.clone() } else { None },
        new_label: if is_old { None } else { label },
        old_line: if is_old { line } else { None },
        new_line: if is_old { None } else { line },
        moved: false,
        renumbered: false,
        children: n
            .children
            .iter()
            .map(|c| one_side(style, side, c, &address, status))
            .collect(),
        address,
        akn_type: None,
        cell: n.cell,
        renested: false,
    }
}

/// Every aligned unit at every level, in the order of the section entries; `aligned` holds,
/// for each entry, the units of a pair already aligned by [`align_section`] (taken from it).
pub(crate) fn units(
    old: &str,
    new: &str,
    split: &Split,
    changes: &[SectionChange],
    aligned: &mut [Option<Vec<UnitChange>>],
) -> Vec<UnitChange> {
    let style = split.style;
    changes
        .iter()
        .zip(aligned)
        .map(|(c, aligned)| {
            let os = c.old.map(|i| &split.old[i]);
            let ns = c.new.map(|j| &split.new[j]);
            let main = ns.or(os).expect("an entry has a side");
            let address = article_cite(style, main);
            let osd = os.map(|s| Side::new(old, s));
            let nsd = ns.map(|s| Side::new(new, s));
            let children = match (&osd, &nsd) {
                (Some(o), Some(n)) if c.status == Status::Unchanged && same_shape(o, n) => {
                    let of = forest(style, old, o.section);
                    let nf = match same_text(o, n) {
                        true => shifted(&of, o.section, n.section),
                        false => forest(style, new, n.section),
                    };
                    zip_nodes(style, o, &of, n, &nf, &address)
                }
                (Some(o), Some(n)) => match aligned.take() {
                    Some(units) => units,
                    None => {
                        align_section(style, (old, o.section), (new, n.section), &address).units
                    }
                },
                (Some(o), None) => forest(style, old, o.section)
                    .iter()
                    .map(|x| one_side(style, o, x, &address, Status::Removed))
                    .collect(),
                (None, Some(n)) => forest(style, new, n.section)
                    .iter()
                    .map(|x| one_side(style, n, x, &address, Status::Added))
                    .collect(),
                (None, None) => Vec::new(),
            };
            UnitChange {
                level: main.level,
                status: c.status,
                old_label: c.old_label.clone(),
                new_label: c.new_label.clone(),
                address,
                old_line: os.map(|s| s.line),
                new_line: ns.map(|s| s.line),
                moved: c.moved,
                renumbered: c.renumbered,
                children,
                akn_type: None,
                cell: false,
                renested: false,
            }
        })
        .collect()
}

/// Fewest words a unit needs to be paired with one in another place of the text.
const MOVE_MIN_WORDS: usize = 3;
/// Similarity (Dice of word sets) a unit moved to another place and edited needs.
const MOVE_THRESHOLD: f64 = 0.6;
/// Similarity of the words of a unit moved inside its article, compared there alone (see
/// [`MOVE_PAIRS_LIMIT`]).
const MOVE_IN_ARTICLE_THRESHOLD: f64 = 0.7;
/// Above this many candidate pairs (in the text, then in an article), units moved to another
/// place are paired by similar words only inside their article (then only when their words are
/// equal).
const MOVE_PAIRS_LIMIT: usize = 10_000;
/// Units moved to another article whose words are looked for elsewhere in the texts (see
/// [`Lines::recurs`]); beyond, none is taken for moved across articles.
const UNIQUE_LOOKUPS: usize = 512;

/// One side of the unit tree, for finding the words of its units again.
struct Lines<'a> {
    text: &'a str,
    /// The side's sections: where each starts, by byte and by line.
    sections: &'a [Section],
    /// First lines of every unit of this side, sorted.
    unit_lines: Vec<usize>,
    /// The line looked up last and its offset.
    last: std::cell::Cell<(usize, usize)>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str, sections: &'a [Section], units: &[UnitChange], old: bool) -> Self {
        let mut unit_lines = Vec::new();
        fn collect(units: &[UnitChange], old: bool, out: &mut Vec<usize>) {
            for u in units {
                out.extend(if old { u.old_line } else { u.new_line });
                collect(&u.children, old, out);
            }
        }
        collect(units, old, &mut unit_lines);
        unit_lines.sort_unstable();
        unit_lines.dedup();
        Lines {
            text,
            sections,
            unit_lines,
            last: std::cell::Cell::new((1, 0)),
        }
    }

    /// The byte offset of the start of `line` (from 1), or the text's length past its end.
    /// Counted from the start of the section the line is in, or from the line looked up last
    /// when that lies between (units are looked up in text order, so a section with many is
    /// read once); the line starts of the whole text are never listed.
    fn start_of(&self, line: usize) -> usize {
        let k = self.sections.partition_point(|s| s.line <= line);
        let (mut from, mut at) = match k.checked_sub(1).map(|k| &self.sections[k]) {
            Some(s) => (s.line, s.start),
            None => (1, 0),
        };
        let (last, last_at) = self.last.get();
        if (from..=line).contains(&last) {
            (from, at) = (last, last_at);
        }
        let found = line_offset(self.text, at, from, line);
        self.last.set((line, found));
        found
    }

    /// Whether the text of the unit starting on `line`, after its label, is found twice in
    /// the text: a stock phrase (`Der Versuch ist strafbar.`, a penalty clause, `La décision
    /// n'est pas susceptible d'opposition.`) says nothing of where a unit came from. (Written
    /// with other line breaks elsewhere, a recurring text goes unseen, and the move stands.)
    fn recurs(&self, line: usize, label: Option<&str>) -> bool {
        let own = self.own(line);
        let body = own.trim_start().trim_start_matches('#').trim_start();
        let phrase = match label {
            None => body,
            Some(label) => after_label(body, label).unwrap_or_else(|| {
                body.split_once(char::is_whitespace)
                    .map_or("", |(_, after)| after)
            }),
        }
        .trim();
        !phrase.is_empty() && super::align::occurs_twice(self.text, phrase)
    }

    /// Whether `words` run, in this order, through the section whose heading is on `line` (an
    /// article of this side), whatever the line breaks and the punctuation after each word
    /// (an item's closing comma is a paragraph's full stop).
    fn article_holds(&self, line: usize, words: &[&str]) -> bool {
        let Ok(k) = self.sections.binary_search_by_key(&line, |s| s.line) else {
            return false;
        };
        let s = &self.sections[k];
        fn bare(w: &str) -> &str {
            w.trim_end_matches(['.', ',', ';', ':'])
        }
        let words: Vec<&str> = words.iter().map(|w| bare(w)).collect();
        let article: Vec<&str> = self.text[s.start..s.end]
            .split_whitespace()
            .map(bare)
            .collect();
        !words.is_empty() && article.windows(words.len()).any(|w| w == words)
    }

    /// The text of the unit starting on `line`, up to the next unit.
    fn own(&self, line: usize) -> &'a str {
        let next = self.unit_lines.partition_point(|&l| l <= line);
        // The start first: looked up in text order, each line is counted on from the last.
        let start = self.start_of(line);
        let end = self
            .unit_lines
            .get(next)
            .map_or(self.text.len(), |&l| self.start_of(l));
        &self.text[start..end]
    }

    /// The words of the unit starting on `line`, up to the next unit, after its label.
    fn words(&self, line: usize, label: Option<&str>) -> Vec<&'a str> {
        let own = self.own(line);
        let Some(label) = label else {
            return own.split_whitespace().collect();
        };
        // The label as written (`Section 2`, `2.4`, `(b)`), after any Markdown heading marks.
        let body = own.trim_start().trim_start_matches('#').trim_start();
        match after_label(body, label) {
            Some(rest) => rest.split_whitespace().collect(),
            None => own.split_whitespace().skip(1).collect(),
        }
    }
}

/// `body`, a unit's line after its Markdown heading marks, after the unit's `label`; `None`
/// when it does not start with it. A division's label cut short (see
/// [`super::heading::worded_label`]) stands for all the words of its line.
fn after_label<'b>(body: &'b str, label: &str) -> Option<&'b str> {
    match label.strip_suffix(super::heading::WORDED_LABEL_CUT) {
        Some(kept) if body.starts_with(kept) => Some(""),
        _ => body.strip_prefix(label),
    }
}

/// Indices in text order, and how many at the front are known to be taken.
#[derive(Default)]
struct Queue {
    items: Vec<usize>,
    taken: usize,
}

impl Queue {
    /// The first index not `used` (those before it are passed over for good).
    fn first_free(&mut self, used: &[bool]) -> Option<usize> {
        while self.items.get(self.taken).is_some_and(|&k| used[k]) {
            self.taken += 1;
        }
        self.items.get(self.taken).copied()
    }
}

/// A unit added or removed (see [`leaves`]): its path (child indices from the top), and
/// whether it pairs only in its own article: it came or went inside a paragraph or item with
/// the same status, or is such a paragraph.
struct Leaf {
    path: Vec<usize>,
    in_article_only: bool,
}

/// The units with `status` and no units inside them, leaving out those inside an article with
/// the same status (they went or came with it). A paragraph or item added or removed whole is
/// looked into: the Code pénal's art. 431-7 gained a paragraph II whose items are its old 2°
/// and 3°, moved.
fn leaves(units: &[UnitChange], status: Status, inside: bool, path: &mut Vec<usize>) -> Vec<Leaf> {
    let mut out = Vec::new();
    for (k, u) in units.iter().enumerate().filter(|(_, u)| !u.cell) {
        path.push(k);
        if u.children.is_empty() {
            if u.status == status {
                out.push(Leaf {
                    path: path.clone(),
                    in_article_only: inside,
                });
            }
        } else if u.status != status || path.len() > 1 {
            // A paragraph added whole may be an old one's words given units of its own (the
            // Code pénal's opening alinéa made `I.-` over the old items); it is a candidate in
            // its article. A removed one is not: its units would go with it.
            if u.status == status && status == Status::Added && path.len() > 1 {
                out.push(Leaf {
                    path: path.clone(),
                    in_article_only: true,
                });
            }
            out.extend(leaves(
                &u.children,
                status,
                inside || u.status == status,
                path,
            ));
        }
        path.pop();
    }
    out
}

/// The lists of removed and added units (still unpaired) to compare for similar words:
/// all of them where `few`, else those of each article, where an article has few.
fn similar_groups(
    removed: &[Leaf],
    added: &[Leaf],
    r_used: &[bool],
    a_used: &[bool],
    few: bool,
) -> Vec<(Vec<usize>, Vec<usize>)> {
    if few {
        return vec![((0..removed.len()).collect(), (0..added.len()).collect())];
    }
    let mut by_article: FxHashMap<usize, (Vec<usize>, Vec<usize>)> = FxHashMap::default();
    for (r, l) in removed.iter().enumerate().filter(|(r, _)| !r_used[*r]) {
        by_article.entry(l.path[0]).or_default().0.push(r);
    }
    for (a, l) in added.iter().enumerate().filter(|(a, _)| !a_used[*a]) {
        by_article.entry(l.path[0]).or_default().1.push(a);
    }
    by_article
        .into_values()
        .filter(|(rs, as_)| !as_.is_empty() && rs.len() * as_.len() <= MOVE_PAIRS_LIMIT)
        .collect()
}

/// A pair of [`pair_moved_across`] inside one article: its index, new line, old line, and
/// whether it kept its label.
type Placed = (usize, usize, usize, bool);

/// Which of the pairs of [`pair_moved_across`] keep their place in the text: inside one
/// article, between the same units kept in order on both sides, and in the same order as the
/// others so placed. Such a unit changed its parent, not its place: the Code pénal's art. 224-9
/// made its opening alinéa `I. -` and its items 1° and 2° the items of that I, in order.
fn kept_in_place(
    units: &[UnitChange],
    pairs: &[(usize, usize)],
    removed: &[Leaf],
    added: &[Leaf],
) -> Vec<bool> {
    let mut in_place = vec![false; pairs.len()];
    // The pairs inside one article, by article: (pair, new line, old line, same label).
    let mut by_article: FxHashMap<usize, Vec<Placed>> = FxHashMap::default();
    for (k, &(r, a)) in pairs.iter().enumerate() {
        let (from, to) = (get(units, &removed[r].path), get(units, &added[a].path));
        if let (true, Some(o), Some(n)) = (
            removed[r].path[0] == added[a].path[0],
            from.old_line,
            to.new_line,
        ) {
            let same_label = from.old_label.is_some() && from.old_label == to.new_label;
            by_article
                .entry(added[a].path[0])
                .or_default()
                .push((k, n, o, same_label));
        }
    }
    for (article, mut moves) in by_article {
        // The units kept in order: paired by the sibling alignment, not moved there.
        let mut kept = Vec::new();
        lines_kept(&units[article], &mut kept);
        kept.sort_unstable();
        let chain: Vec<(usize, usize)> = kept
            .iter()
            .zip(longest_chain(&kept))
            .filter_map(|(&p, k)| k.then_some(p))
            .collect();
        // Between which of them each unit stands, on each side.
        let same_gap = |n: usize, o: usize| {
            let before_new = chain.partition_point(|&(cn, _)| cn < n);
            let before_old = chain.partition_point(|&(_, co)| co < o);
            before_new == before_old
        };
        // Those between the same kept units on both sides, and in order among themselves
        // (units in other gaps are in order with them by their gaps). Those that kept their
        // label keep their place first: art. 431-7 left `2° et 3° (Abrogés)` before its 4°
        // and made the old 2° and 3° the items of a new II after it; the 2° and 3° moved,
        // though moving the 4° alone would put the same words in the same order.
        moves.sort_unstable_by_key(|&(_, n, _, _)| n);
        moves.retain(|&(_, n, o, _)| same_gap(n, o));
        let lines: Vec<(usize, usize)> = moves.iter().map(|&(_, n, o, _)| (n, o)).collect();
        let heavy = moves.len() as u128 + 1;
        let weight = |m: usize| if moves[m].3 { heavy } else { 1 };
        for (&(k, ..), ordered) in moves.iter().zip(heaviest_chain(&lines, weight)) {
            in_place[k] = ordered;
        }
    }
    in_place
}

/// The (new line, old line) of `u` and of the units inside it that are paired in place.
fn lines_kept(u: &UnitChange, out: &mut Vec<(usize, usize)>) {
    if let (Some(n), Some(o), false) = (u.new_line, u.old_line, u.moved) {
        out.push((n, o));
    }
    for c in &u.children {
        lines_kept(c, out);
    }
}

fn at_path<'u>(units: &'u mut [UnitChange], path: &[usize]) -> &'u mut UnitChange {
    let (first, rest) = path.split_first().expect("a path has a first step");
    let u = &mut units[*first];
    if rest.is_empty() {
        u
    } else {
        at_path(&mut u.children, rest)
    }
}

fn get<'u>(units: &'u [UnitChange], path: &[usize]) -> &'u UnitChange {
    let (first, rest) = path.split_first().expect("a path has a first step");
    let u = &units[*first];
    if rest.is_empty() {
        u
    } else {
        get(&u.children, rest)
    }
}

/// Pairs a paragraph or item removed in one place with one added in another (moved to
/// another paragraph or article, or made an article of its own, edited or not): equal words
/// first, then similar ones, best first. The added entry becomes the pair, marked moved; the
/// removed entry goes. A removed article is left as the section alignment reported it.
pub(crate) fn pair_moved_across(
    (old, olds): (&str, &[Section]),
    (new, news): (&str, &[Section]),
    units: &mut [UnitChange],
) {
    let removed = leaves(units, Status::Removed, false, &mut Vec::new());
    let added = leaves(units, Status::Added, false, &mut Vec::new());
    if removed.is_empty() || added.is_empty() {
        return;
    }
    let (ol, nl) = (
        Lines::new(old, olds, units, true),
        Lines::new(new, news, units, false),
    );
    fn words<'a>(lines: &Lines<'a>, u: &UnitChange, old: bool) -> Vec<&'a str> {
        let (line, label) = if old {
            (u.old_line, &u.old_label)
        } else {
            (u.new_line, &u.new_label)
        };
        line.map(|l| lines.words(l, label.as_deref()))
            .unwrap_or_default()
    }
    let rw: Vec<Vec<&str>> = removed
        .iter()
        .map(|r| words(&ol, get(units, &r.path), true))
        .collect();
    let aw: Vec<Vec<&str>> = added
        .iter()
        .map(|a| words(&nl, get(units, &a.path), false))
        .collect();
    // A unit moved to another article is known by words found nowhere else (either side).
    // Each look-up reads the text: past a bound (a hostile text moving thousands of units
    // between articles), units are not taken for moved across articles.
    let looked_up = std::cell::Cell::new(0usize);
    let unique = |r: usize, a: usize| {
        looked_up.set(looked_up.get() + 1);
        if looked_up.get() > UNIQUE_LOOKUPS {
            return false;
        }
        let (from, to) = (get(units, &removed[r].path), get(units, &added[a].path));
        let recurs = |lines: &Lines, line: Option<usize>, label: &Option<String>| {
            line.is_some_and(|l| lines.recurs(l, label.as_deref()))
        };
        // Words that are still in their own article did not go to another: the Czech
        // trestní zákoník's § 312e odst. 4 písm. a) became the words of a new odst. 4 of the
        // same section, and an item added to § 181 in the same words but one was no move.
        let holds = |lines: &Lines, article: Option<usize>, words: &[&str], label: &Option<_>| {
            // The unit's words without its bullet and label (`- a) …`).
            let skip = words
                .iter()
                .take_while(|w| ["-", "*", "+"].contains(w) || label.as_deref() == Some(**w))
                .count();
            article.is_some_and(|l| lines.article_holds(l, &words[skip..]))
        };
        let (home, dest) = (&units[removed[r].path[0]], &units[added[a].path[0]]);
        !recurs(&ol, from.old_line, &from.old_label)
            && !recurs(&nl, to.new_line, &to.new_label)
            && !holds(&nl, home.new_line, &rw[r], &from.old_label)
            && !holds(&ol, dest.old_line, &aw[a], &to.new_label)
    };
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let (mut r_used, mut a_used) = (vec![false; removed.len()], vec![false; added.len()]);
    // Articles are the section alignment's to pair: the removed unit is inside one (so that
    // the tree keeps one entry per section entry), the added one may be an article. A unit
    // that went or came inside a paragraph or item of its own pairs only in its article:
    // whole lists are rewritten around the same stock phrases (the StGB's `einer Person unter
    // achtzehn Jahren anbietet, überlässt oder zugänglich macht oder` in §§ 130 and 131).
    let nested = |r: usize| removed[r].path.len() > 1;
    let may_pair = |r: usize, a: usize| {
        nested(r)
            && (!(removed[r].in_article_only || added[a].in_article_only)
                || removed[r].path[0] == added[a].path[0])
    };
    // Removed units by their words, in order: each added one takes the first in its article,
    // else the first elsewhere that may move (the stock items of penalties, `3° L'interdiction
    // de détenir ou de porter … une arme`, recur in article after article of a code).
    let mut in_article: FxHashMap<(&[&str], usize), Queue> = FxHashMap::default();
    let mut anywhere: FxHashMap<&[&str], Queue> = FxHashMap::default();
    for (r, w) in rw.iter().enumerate().filter(|&(r, _)| nested(r)) {
        let article = removed[r].path[0];
        in_article.entry((w, article)).or_default().items.push(r);
        if !removed[r].in_article_only {
            anywhere.entry(w).or_default().items.push(r);
        }
    }
    for (a, w) in aw.iter().enumerate() {
        if w.len() < MOVE_MIN_WORDS {
            continue;
        }
        let article = added[a].path[0];
        let mut found = in_article
            .get_mut(&(w.as_slice(), article))
            .and_then(|q| q.first_free(&r_used));
        if found.is_none() && !added[a].in_article_only {
            found = anywhere
                .get_mut(w.as_slice())
                .and_then(|q| q.first_free(&r_used))
                .filter(|&r| removed[r].path[0] == added[a].path[0] || unique(r, a));
        }
        if let Some(r) = found {
            debug_assert!(may_pair(r, a));
            r_used[r] = true;
            a_used[a] = true;
            pairs.push((r, a));
        }
    }
    // Similar words: every pair where there are few, else the pairs inside each article.
    let few = removed.len() * added.len() <= MOVE_PAIRS_LIMIT;
    // Inside an article of a long code, stock phrases make short items look alike (the StGB's
    // § 5: `in den Fällen des § 174 …, wenn der Täter … Deutsche sind und ihre
    // Lebensgrundlage im Inland haben` against `in den übrigen Fällen des § 218, wenn der
    // Täter … Deutscher ist und seine Lebensgrundlage im Inland hat`, 0.61): only a unit
    // edited lightly is taken for moved there.
    let threshold = if few {
        MOVE_THRESHOLD
    } else {
        MOVE_IN_ARTICLE_THRESHOLD
    };
    let groups = similar_groups(&removed, &added, &r_used, &a_used, few);
    let (mut rsets, mut asets) = (vec![None; removed.len()], vec![None; added.len()]);
    let mut cands = Vec::new();
    for (rs, as_) in &groups {
        for &r in rs {
            for &a in as_ {
                if r_used[r]
                    || a_used[a]
                    || !may_pair(r, a)
                    || rw[r].len() < MOVE_MIN_WORDS
                    || aw[a].len() < MOVE_MIN_WORDS
                {
                    continue;
                }
                let rset: &Vec<u64> = rsets[r].get_or_insert_with(|| str_set(&rw[r]));
                let aset: &Vec<u64> = asets[a].get_or_insert_with(|| str_set(&aw[a]));
                // Dice is at most 2·min/(sum) of the set sizes: skip what cannot reach it.
                let (x, y) = (rset.len(), aset.len());
                if 2 * x.min(y) < ((x + y) as f64 * threshold).ceil() as usize {
                    continue;
                }
                let sim = similarity(rset, aset);
                let elsewhere = removed[r].path[0] != added[a].path[0];
                if sim >= threshold && (!elsewhere || unique(r, a)) {
                    cands.push((sim, elsewhere, r, a));
                }
            }
        }
    }
    // Best first; at equal similarity, the pair inside one article.
    cands.sort_by(|x, y| {
        (y.0.total_cmp(&x.0))
            .then(x.1.cmp(&y.1))
            .then(x.2.cmp(&y.2))
            .then(x.3.cmp(&y.3))
    });
    for (_, _, r, a) in cands {
        if !r_used[r] && !a_used[a] {
            r_used[r] = true;
            a_used[a] = true;
            pairs.push((r, a));
        }
    }
    let in_place = kept_in_place(units, &pairs, &removed, &added);
    let mut gone = Vec::new();
    for ((r, a), in_place) in pairs.into_iter().zip(in_place) {
        let from = get(units, &removed[r].path).clone();
        let to = at_path(units, &added[a].path);
        to.status = if rw[r] == aw[a] && to.children.is_empty() {
            Status::Unchanged
        } else {
            Status::Changed
        };
        to.renumbered = from.old_label != to.new_label;
        to.old_label = from.old_label;
        to.old_line = from.old_line;
        to.moved = !in_place;
        to.renested = in_place;
        gone.push(removed[r].path.clone());
    }
    // Later siblings first, so that the paths still to remove stay valid; a run of siblings
    // goes in one pass over their parent's list.
    gone.sort_unstable_by(|x, y| y.cmp(x));
    for run in gone.chunk_by(|x, y| x[..x.len() - 1] == y[..y.len() - 1]) {
        let parent = &run[0][..run[0].len() - 1];
        let drop: FxHashSet<usize> = run.iter().map(|p| p[p.len() - 1]).collect();
        let mut k = 0;
        at_path(units, parent).children.retain(|_| {
            k += 1;
            !drop.contains(&(k - 1))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A node's fields: subheading, level, line, ordinal, cell, start, end.
    type Fields = (Option<usize>, u8, usize, usize, bool, usize, usize);

    /// Every field of every node, depth first.
    fn flat(nodes: &[Node], out: &mut Vec<Fields>) {
        for n in nodes {
            out.push((n.sub, n.level, n.line, n.ordinal, n.cell, n.start, n.end));
            flat(&n.children, out);
        }
    }

    #[test]
    fn a_place_gives_the_same_address_however_it_is_reached() {
        let text = "Section 1. Scope\n(1) First.\n(a) one\n(b) two\n(2) Second.\n(a) three\n\nSection 2. More\n(1) Last.\n";
        let split = super::super::detect::split_pair(text, text, None);
        let s = split
            .old
            .iter()
            .find(|s| s.label.starts_with("Section 1"))
            .expect("s. 1");
        let lines = s.line..s.line + 8;
        // Each line afresh, as the addresses were found before there was a place to keep.
        let fresh: Vec<String> = lines
            .clone()
            .map(|l| Place::new(text, s).address(split.style, l, 0))
            .collect();
        assert_eq!(fresh[2], "s. 1(1)(a)");
        assert_eq!(fresh[5], "s. 1(2)(a)");
        // Forward, backward (a reset to the section's start) and past the text's end.
        let mut place = Place::new(text, s);
        let forward: Vec<String> = lines
            .clone()
            .map(|l| place.address(split.style, l, 0))
            .collect();
        assert_eq!(forward, fresh);
        let backward: Vec<String> = lines
            .rev()
            .map(|l| place.address(split.style, l, 0))
            .collect();
        assert_eq!(backward.into_iter().rev().collect::<Vec<_>>(), fresh);
        assert_eq!(place.address(split.style, 40, 0), "s. 1(2)(a)");
        assert_eq!(place.at, text.len());
    }

    /// Addresses at each `(line, column)` of the first section of `text`: each afresh, then
    /// all from one place forward, then backward; the three must agree.
    fn addresses_every_way(text: &str, at: &[(usize, usize)]) -> Vec<String> {
        let split = super::super::detect::split_pair(text, text, None);
        let s = split
            .old
            .iter()
            .find(|s| s.number.is_some())
            .expect("a section");
        let fresh: Vec<String> = at
            .iter()
            .map(|&(l, c)| Place::new(text, s).address(split.style, s.line + l, c))
            .collect();
        let mut place = Place::new(text, s);
        let forward: Vec<String> = at
            .iter()
            .map(|&(l, c)| place.address(split.style, s.line + l, c))
            .collect();
        assert_eq!(forward, fresh, "forward");
        let mut backward: Vec<String> = at
            .iter()
            .rev()
            .map(|&(l, c)| place.address(split.style, s.line + l, c))
            .collect();
        backward.reverse();
        assert_eq!(backward, fresh, "backward");
        fresh
    }

    #[test]
    fn closing_words_and_run_in_paragraphs_are_read_on_from_hunk_to_hunk() {
        // The closing words of a list are the paragraph's, read from one hunk to the next.
        let text = "Section 1. Scope\n(1) The rules apply to:\n(a) one;\n(b) two,\n    still two\n\nunless stated otherwise.\n\nAnd more.\n(2) Next.\n";
        let got = addresses_every_way(text, &[(2, 0), (3, 0), (4, 0), (6, 0), (8, 0), (9, 0)]);
        assert_eq!(
            got,
            [
                "s. 1(1)(a)",
                "s. 1(1)(b)",
                "s. 1(1)(b)",
                "s. 1(1)",
                "s. 1(1)",
                "s. 1(2)"
            ]
        );
        // Paragraphs run into one line (`… .(2) …`), at columns along it.
        let text = "Section 1. Scope\n(1) First rule here.(2) Second rule here.(3) Third rule.\n(4) Last.\n";
        let got = addresses_every_way(text, &[(1, 4), (1, 25), (1, 30), (1, 50), (1, 60), (2, 0)]);
        assert_eq!(
            got,
            [
                "s. 1(1)", "s. 1(2)", "s. 1(2)", "s. 1(3)", "s. 1(3)", "s. 1(4)"
            ]
        );
    }

    #[test]
    fn a_line_starts_where_the_text_says_before_in_and_past_every_section() {
        for text in [
            "Preamble line\n\nArtikel 1\n\nFirst.\n\nArtikel 2\n1. Text\n\n2. More\nlast line",
            "Artikel 1\nText.\n\nArtikel 2\nMore.\n",
            "no headings at all\nsecond line\n",
        ] {
            let split = super::super::detect::split_pair(text, text, None);
            let lines = Lines::new(text, &split.old, &[], true);
            let starts: Vec<usize> = std::iter::once(0)
                .chain(text.match_indices('\n').map(|(k, _)| k + 1))
                .collect();
            for line in 1..starts.len() + 3 {
                let want = starts.get(line - 1).copied().unwrap_or(text.len());
                assert_eq!(lines.start_of(line), want, "line {line} of {text:?}");
            }
        }
    }

    #[test]
    fn an_unchanged_section_elsewhere_has_the_forest_of_the_old_one_moved() {
        let article = "Artikel 2\n\nIntro.\n\n1. Text\na) item\n\nMore text.\n\n| a | b |\n|---|---|\n| c | d |\n\n2. Other\n";
        let old = format!("Artikel 1\n\nFirst.\n\n{article}");
        let new = format!("Artikel 1\n\nFirst, now longer\nand on two lines.\n\n{article}");
        let split = super::super::detect::split_pair(&old, &new, None);
        let (os, ns) = (&split.old[1], &split.new[1]);
        assert_eq!(
            (os.label.as_str(), ns.label.as_str()),
            ("Artikel 2", "Artikel 2")
        );
        assert!(ns.start > os.start && ns.line > os.line && !os.subsections.is_empty());
        let (o, n) = (Side::new(&old, os), Side::new(&new, ns));
        assert!(same_text(&o, &n));
        let (mut want, mut got) = (Vec::new(), Vec::new());
        flat(&forest(split.style, &new, ns), &mut want);
        flat(&shifted(&forest(split.style, &old, os), os, ns), &mut got);
        assert!(want.len() > 5, "{want:?}");
        assert_eq!(got, want);
        // Another text, or the same text cut otherwise, is not taken for the same.
        let (a, b) = (&split.old[0], &split.new[0]);
        assert!(!same_text(&Side::new(&old, a), &Side::new(&new, b)));
    }

    #[test]
    fn section_words_cut_where_split_whitespace_does_and_table_rows_at_bars() {
        let text = "Straße\u{a0}für\u{2003}Kinder\u{3000}und ärger\u{85}x\tzeilen\r\nÜber ∑ ok\n";
        let words: Vec<&str> = section_words(text, 0..text.len(), &[])
            .iter()
            .map(|w| &text[w.start..w.end])
            .collect();
        assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
        let table = "Intro a|b\n  | x | y|z |\n";
        let words: Vec<&str> = section_words(table, 0..table.len(), &[])
            .iter()
            .map(|w| &table[w.start..w.end])
            .collect();
        assert_eq!(words, ["Intro", "a|b", "|", "x", "|", "y", "|", "z", "|"]);
        // Equal words, equal hashes.
        let again = section_words("für Kinder", 0.."für Kinder".len(), &[]);
        let first = section_words(text, 0..text.len(), &[]);
        assert_eq!(again[1].hash, first[2].hash);
    }
}
