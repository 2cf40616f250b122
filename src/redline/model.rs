//! The data of a redline: the units of a text, the alignment, the changes, the summary.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::detect::marker_label;
pub use super::ops::Op;
use super::style::Marker;

/// The kind of a top-level unit of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeadingKind {
    /// Text before the first heading.
    Preamble,
    /// A book, part, title, chapter, schedule or annex (level 0).
    Division,
    /// An article, section, clause or `§` (level 1): the unit of alignment.
    Article,
}

/// A paragraph or item heading inside a section (`(1)`, `1.`, `a)`, `1°`).
///
/// JSON: `{"label": "(1)", "level": 2, "line": 12}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Subheading {
    /// The form of its marker.
    pub marker: Marker,
    /// Its depth: 2 for paragraphs, 3 for items, 4 and more for sub-items.
    pub level: u8,
    /// Its line, from 1.
    pub line: usize,
    /// First byte of its line in the text.
    pub start: usize,
    /// The number without brackets or dots (`1`, `a`, `iv`), stored inline: a bill has tens
    /// of thousands of subsections, and a heap string each costs more than the rest of the
    /// split.
    number: [u8; 15],
    number_len: u8,
    /// A feminine ordinal (`2.ª`, `3ª`), of the `Degree` marker only.
    feminine: bool,
}

impl Subheading {
    /// A subheading; `None` when its number is longer than 15 bytes (the grammar never
    /// produces one).
    pub(crate) fn new(
        marker: Marker,
        level: u8,
        number: &str,
        line: usize,
        start: usize,
    ) -> Option<Self> {
        let len = number.len();
        if len > 15 {
            return None;
        }
        let mut buf = [0u8; 15];
        buf[..len].copy_from_slice(number.as_bytes());
        Some(Subheading {
            marker,
            level,
            line,
            start,
            number: buf,
            number_len: len as u8,
            feminine: false,
        })
    }

    /// The same subheading, a feminine ordinal (`2.ª`) when `feminine` and its marker is
    /// `Degree`.
    pub(crate) fn feminine(mut self, feminine: bool) -> Self {
        self.feminine = feminine && self.marker == Marker::Degree;
        self
    }

    /// The same subheading bearing number `number`; `None` when it is longer than 15 bytes.
    pub(crate) fn renumbered(&self, number: &str) -> Option<Self> {
        Subheading::new(self.marker, self.level, number, self.line, self.start)
            .map(|s| s.feminine(self.feminine))
    }

    /// The sign of its ordinal: `ª` for a feminine one (`2.ª`), else `°`.
    pub fn ordinal_sign(&self) -> char {
        if self.feminine { 'ª' } else { '°' }
    }

    /// Its number without brackets or dots: `1`, `a`, `iv`.
    pub fn number(&self) -> &str {
        let bytes = &self.number[..usize::from(self.number_len)];
        // SAFETY: `new` copies a whole `&str` (it refuses one longer than the buffer rather
        // than cut it), and the private fields are never written afterwards. A check here was
        // 2 % of a redline's instructions on a long list: every label and address asks.
        unsafe { std::str::from_utf8_unchecked(bytes) }
    }

    /// Its label as written: `(1)`, `1.`, `a)`, `1°`.
    pub fn label(&self) -> String {
        if self.feminine {
            return match self.number().split_once(' ') {
                Some((n, suffix)) => [n, "ª ", suffix].concat(),
                None => [self.number(), "ª"].concat(),
            };
        }
        marker_label(self.marker, self.number())
    }
}

impl Serialize for Subheading {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Subheading", 3)?;
        st.serialize_field("label", &self.label())?;
        st.serialize_field("level", &self.level)?;
        st.serialize_field("line", &self.line)?;
        st.end()
    }
}

/// A top-level section of one text: from its heading line to the next top-level heading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Section {
    /// Preamble, division or article.
    pub kind: HeadingKind,
    /// The keyword as the style table spells it (`Artikel`, `§`, `Section`); empty for bare
    /// and dotted numbers and the preamble.
    pub keyword: String,
    /// The number as written (`5a`, `II`); `None` for the preamble and for a division headed
    /// without one (an Act's only `SCHEDULE`).
    pub number: Option<String>,
    /// The label in the text's own words: `Artikel 240b`, `§ 176b`, `1 §`, `7.1`, `preamble`.
    pub label: String,
    /// The rest of the heading line after the number, trimmed (or the next line, for a
    /// heading that stands alone with its title below).
    pub title: String,
    /// 0 for the preamble and divisions, 1 for articles.
    pub level: u8,
    /// The heading line, from 1.
    pub line: usize,
    /// First byte of the section in its text.
    pub start: usize,
    /// Byte after the section's last byte (its trailing blank lines included).
    pub end: usize,
    /// Byte range of the number in its text.
    #[serde(skip)]
    pub(crate) number_span: Option<Range<usize>>,
    /// Paragraph and item headings inside the section. Not in the JSON form of the section lists (a
    /// bill has tens of thousands); JSON lists them on the entries of changed, added and
    /// removed sections ([`SectionChange::subsections`]).
    #[serde(skip)]
    pub subsections: Vec<Subheading>,
    /// The chapter an article's number is counted in (`2 kap.`), in a text that numbers its
    /// articles anew in each chapter (Swedish, Finnish codes); `None` elsewhere. Addresses
    /// name it: `2 kap. 1 §`.
    #[serde(skip)]
    pub chapter: Option<String>,
    /// A paragraph of a Schedule (see the style's `schedules`): its chapter is the
    /// Schedule, and it is cited `para.` (`Sch. 4 para. 7`), not as a section.
    #[serde(skip)]
    pub in_schedule: bool,
    /// The divisions that tell this section apart from another of the text cited alike
    /// (`Buch 1 Abschnitt 3` for one of the BGB's sixteen `Titel 2`), outermost first; `None`
    /// where its citation is the text's only one, or where [`Section::chapter`] tells it apart.
    /// Addresses name them; labels do not.
    #[serde(skip)]
    pub within: Option<String>,
    /// A numbered article (`2.`) cited as a provision of its instrument (`s. 2`, `reg. 2`):
    /// in texts of the English style whose numbered articles open on their first subsection
    /// (`2. (1) In this Act …`), as the Irish Statute Book prints sections, and in statutory
    /// instruments (see [`Section::instrument`]).
    #[serde(skip)]
    pub cited_as_provision: bool,
    /// The kind of instrument the text is, which names its articles numbered without a
    /// keyword (`s. 2` of an Act, `reg. 2` of Regulations): English texts only;
    /// [`Instrument::Act`] elsewhere.
    #[serde(skip)]
    pub instrument: Instrument,
}

/// The kind of an English instrument, as its own citation provision names it (`These
/// Regulations may be cited as …`), which tells what its numbered provisions are called: an
/// Act's (or a bill's) sections, the regulations of Regulations, the articles of an Order,
/// the rules of Rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Instrument {
    /// An Act or a bill: `s. 2`, `section 2`.
    #[default]
    Act,
    /// `reg. 2`, `regulation 2`.
    Regulations,
    /// `art. 2`, `article 2`.
    Order,
    /// `r. 2`, `rule 2`.
    Rules,
}

impl Instrument {
    /// The abbreviation a citation puts before a provision's number: `s.`, `reg.`, `art.`,
    /// `r.`.
    pub fn abbreviation(self) -> &'static str {
        match self {
            Instrument::Act => "s.",
            Instrument::Regulations => "reg.",
            Instrument::Order => "art.",
            Instrument::Rules => "r.",
        }
    }

    /// The word a sentence names a provision by: `section`, `regulation`, `article`, `rule`.
    pub fn provision(self) -> &'static str {
        match self {
            Instrument::Act => "section",
            Instrument::Regulations => "regulation",
            Instrument::Order => "article",
            Instrument::Rules => "rule",
        }
    }
}

impl Section {
    /// Whether `other` has the same [`Section::full_label`] (compared without building it:
    /// every aligned pair of a code is compared).
    pub fn same_full_label(&self, other: &Section) -> bool {
        self.chapter == other.chapter
            && self.in_schedule == other.in_schedule
            && match (&self.chapter, self.in_schedule) {
                (Some(_), true) => self.number == other.number,
                _ => {
                    self.label == other.label
                        || self.same_ordinal(other)
                        || self.same_article_spelt_otherwise(other)
                }
            }
    }

    /// Whether both are articles of one number whose keywords are spellings of one word
    /// (`Art. 10` and `Art 10` in two versions of a Luxembourg law; `Article 5`, `Art. 5`).
    fn same_article_spelt_otherwise(&self, other: &Section) -> bool {
        self.kind == HeadingKind::Article
            && other.kind == HeadingKind::Article
            && self.number.is_some()
            && self.number == other.number
            && !self.keyword.is_empty()
            && super::style::keyword_family(&self.keyword).to_lowercase()
                == super::style::keyword_family(&other.keyword).to_lowercase()
    }

    /// Whether both are divisions of one keyword numbered by ordinal words of one value,
    /// spelt otherwise (the StPO's `Siebenter Abschnitt`, `Siebter Abschnitt` today), or by
    /// numbers of one value in other numerals (legilux's Code pénal: `Chapitre 1er` in 2016,
    /// `Chapitre Ier` in 2017; `Titre premier`, `Titre Ier`).
    fn same_ordinal(&self, other: &Section) -> bool {
        let value = |s: &Section| {
            (s.kind == HeadingKind::Division)
                .then_some(s.number.as_deref())
                .flatten()
                .and_then(|n| super::style::ordinal_value(n).or_else(|| numeral_value(n)))
        };
        self.keyword.to_lowercase() == other.keyword.to_lowercase()
            && value(self).is_some_and(|v| value(other) == Some(v))
    }

    /// Its label with the chapter its number is counted in, where the text numbers its
    /// articles anew in each chapter (`2 kap. 1 §`; a Schedule's paragraph: `Sch. 4 para.
    /// 7`); its label elsewhere.
    pub fn full_label(&self) -> String {
        match &self.chapter {
            Some(chapter) if self.in_schedule => {
                [chapter, " para. ", self.number.as_deref().unwrap_or("")].concat()
            }
            Some(chapter) => [chapter, " ", &self.label].concat(),
            None => self.label.clone(),
        }
    }
}

/// What happened to a section.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Same content, blanks and line breaks aside (it may still be moved or renumbered; a
    /// rewrapped section is unchanged, though its operations still rebuild the bytes).
    Unchanged,
    /// Content edited (it may also be moved or renumbered).
    Changed,
    /// Only in the new text.
    Added,
    /// Only in the old text.
    Removed,
}

/// The kind of a fragment of a changed line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FragmentKind {
    /// Text in both versions.
    Equal,
    /// Text only in the old version.
    Removed,
    /// Text only in the new version.
    Added,
}

/// A piece of text in a hunk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fragment {
    /// Equal, removed or added.
    pub kind: FragmentKind,
    /// The text, line breaks included.
    pub text: String,
}

/// The Akoma Ntoso textual modification type of a change (`textualMod/@type`, OASIS
/// LegalDocML Akoma Ntoso 1.0, simple type `TextualMods`). lexgap produces the first four:
/// it does not detect a unit split in two or two joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AknType {
    /// Text or a unit replaced by another.
    Substitution,
    /// Text or a unit added.
    Insertion,
    /// Text or a unit removed.
    Repeal,
    /// A unit given another number.
    Renumbering,
    /// A unit split into several.
    Split,
    /// Units joined into one.
    Join,
}

/// A block of changed lines inside a section, word by word.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Hunk {
    /// Where the block starts, in the text's own citation style: `Artikel 240b, lid 1, onder
    /// a`, `s. 2(1)(a)`, `§ 176 Abs. 1 Nr. 3`.
    pub address: String,
    /// First line of the block in the old text, from 1.
    pub old_line: usize,
    /// First line of the block in the new text, from 1.
    pub new_line: usize,
    /// Bytes of its first line in the old text before the block (0 but where the block
    /// starts with a unit opened on its parent's line, `(*a*)` of `(6)(*a*) The …`).
    #[serde(skip)]
    pub old_column: usize,
    /// The same in the new text.
    #[serde(skip)]
    pub new_column: usize,
    /// The block's text: the changed lines, with their equal, removed and added words.
    pub fragments: Vec<Fragment>,
    /// Its Akoma Ntoso type: insertion (words added only), repeal (removed only) or
    /// substitution.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub akn_type: Option<AknType>,
}

/// One entry of the alignment: a section of the old text, of the new text, or of both.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SectionChange {
    /// What happened to it.
    pub status: Status,
    /// Index in [`Redline::old_sections`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<usize>,
    /// Index in [`Redline::new_sections`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<usize>,
    /// Label in the old text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_label: Option<String>,
    /// Label in the new text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_label: Option<String>,
    /// Out of order relative to the other sections.
    pub moved: bool,
    /// Its label changed.
    pub renumbered: bool,
    /// Changed, its text replaced whole under its number: paired with the old unit of the
    /// same number (an article of a code keeps its number), though their words are too unlike
    /// to pair them and neither is a bare heading.
    #[serde(skip_serializing_if = "is_false")]
    pub replaced: bool,
    /// For sections paired by similarity: the Dice coefficient of their word bigrams.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// Changed lines with word changes (content only; a number change is not a hunk).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hunks: Vec<Hunk>,
    /// The whole text of an added or removed section.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The subsection headings of a changed or added section (new text) or of a removed
    /// section (old text); empty for unchanged ones.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subsections: Vec<Subheading>,
    /// Its Akoma Ntoso type: insertion (added), repeal (removed), substitution (changed),
    /// renumbering (same content, new number); none for a unit unchanged, or only moved (a
    /// move has no type of its own: Akoma Ntoso states it as a repeal and an insertion).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub akn_type: Option<AknType>,
}

/// A run of consecutive in-order sections whose numbers shifted by the same amount.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Renumbering {
    /// Division or article.
    pub kind: HeadingKind,
    /// Number of sections in the run.
    pub count: usize,
    /// Old number of the first section.
    pub old_first: String,
    /// Old number of the last section.
    pub old_last: String,
    /// New number of the first section.
    pub new_first: String,
    /// New number of the last section.
    pub new_last: String,
    /// `Section 13–412 renumbered 14–413`.
    pub description: String,
    /// Its Akoma Ntoso type: always renumbering.
    pub akn_type: AknType,
}

/// Counts of what happened. A section can count as changed, moved and renumbered at once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Sections in the old text.
    pub old_sections: usize,
    /// Sections in the new text.
    pub new_sections: usize,
    /// Paired sections with the same content.
    pub unchanged: usize,
    /// Paired sections with edited content.
    pub changed: usize,
    /// Sections only in the new text.
    pub added: usize,
    /// Sections only in the old text.
    pub removed: usize,
    /// Paired sections out of order.
    pub moved: usize,
    /// Paired sections with a new label.
    pub renumbered: usize,
    /// Runs of renumbered sections (entries of [`Redline::renumberings`]).
    pub renumbering_runs: usize,
}

/// The redline of two texts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Redline {
    /// What was recognised in the two texts.
    pub structure: Structure,
    /// Warnings: too few headings recognised, word diffs given up on large blocks.
    pub warnings: Vec<String>,
    /// Counts.
    pub summary: Summary,
    /// Runs of renumbered in-order sections, one entry per run.
    pub renumberings: Vec<Renumbering>,
    /// The alignment in reading order of the new text; removed sections stand where they
    /// were, before what replaced them.
    pub sections: Vec<SectionChange>,
    /// Every aligned unit at every level (division, article, paragraph, item), as a tree in
    /// the order of [`Redline::sections`].
    pub units: Vec<UnitChange>,
    /// Operations rebuilding the new text from the old one (see [`super::ops::apply`]).
    pub ops: Vec<Op>,
    /// The sections of the old text.
    pub old_sections: Vec<Section>,
    /// The sections of the new text.
    pub new_sections: Vec<Section>,
}

/// Units recognised in one text, per level.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LevelCounts {
    /// Books, parts, titles, chapters, schedules.
    pub divisions: usize,
    /// Articles, sections, clauses, `§`.
    pub articles: usize,
    /// Paragraphs (first level inside an article; where a style names paragraphs by their
    /// place, as Swedish and Norwegian do, only those numbered as paragraphs: a Swedish
    /// section's numbered points are items).
    pub paragraphs: usize,
    /// Items and sub-items.
    pub items: usize,
}

/// What detection recognised in the two texts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Structure {
    /// The legal style detected (`Dutch (Artikel, lid)`).
    pub style: String,
    /// Its short identifier (`nl`).
    pub style_id: String,
    /// How the articles are marked: `keywords`, `bare numbers (1 Title)`, `dotted numbers
    /// (7.1)`, `numbered paragraphs (1.)`, `numbered Markdown headings (##### 1. Title)`,
    /// `bracketed numbers ((1))`, `the --unit pattern`, or `none`.
    pub articles_marked_by: String,
    /// Counts in the old text.
    pub old: LevelCounts,
    /// Counts in the new text.
    pub new: LevelCounts,
}

/// One aligned unit at any level, with the units inside it. A unit's unnumbered paragraphs
/// (and the rows of a Markdown table, and their cells) are units too, with no label.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UnitChange {
    /// 0 division (or preamble), 1 article, 2 paragraph, 3 and more items; an unnumbered
    /// paragraph is one level below its unit.
    pub level: u8,
    /// What happened to it.
    pub status: Status,
    /// Label in the old text (none for an unnumbered paragraph).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_label: Option<String>,
    /// Label in the new text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_label: Option<String>,
    /// Its address in the text's own style (new text, or old for removed units).
    pub address: String,
    /// First line in the old text, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_line: Option<usize>,
    /// First line in the new text, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_line: Option<usize>,
    /// Out of order among its siblings, or moved to another place in the text: another
    /// article, or another paragraph or item out of text order (left out of the JSON when
    /// false). A unit kept in text order under a new parent (the items of an opening alinéa
    /// made `I.`) is not moved; its address says where it now stands.
    #[serde(skip_serializing_if = "is_false")]
    pub moved: bool,
    /// Its label changed (left out of the JSON when false).
    #[serde(skip_serializing_if = "is_false")]
    pub renumbered: bool,
    /// The units inside it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<UnitChange>,
    /// Its Akoma Ntoso type, as for [`SectionChange::akn_type`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub akn_type: Option<AknType>,
    /// A cell of a table row (its address ends `col. N`): its column is what it is, so it is
    /// paired by column and never as moved. Not in the JSON, whose address says so.
    #[serde(skip)]
    pub cell: bool,
    /// Kept in text order but under another parent than before (see `moved`): its new number
    /// counts in another list, so it is no member of a renumbering run. Not in the JSON.
    #[serde(skip)]
    pub renested: bool,
}

/// For serde: leaves false flags out of the JSON of the unit tree (a code has tens of
/// thousands of units, nearly all in place).
fn is_false(b: &bool) -> bool {
    !*b
}

/// The value of a division's number in Arabic or Roman numerals, with the French ordinal
/// ending of the first (`1er`, `Ier`, `1re`, `Ire`) or named so (`premier`, `première`):
/// `None` for a number with any other letter (`2a` is not `2`).
fn numeral_value(n: &str) -> Option<u32> {
    if ["premier", "première"].contains(&n.to_lowercase().as_str()) {
        return Some(1);
    }
    let bare = n.strip_suffix("er").or_else(|| n.strip_suffix("re"));
    let (digits, first) = match bare {
        Some(b) => (b, true),
        None => (n, false),
    };
    // All Arabic digits, all Roman ones or a Greek numeral with its keraia (`Ε΄`), which
    // `number_value` reads.
    let numeral = !digits.is_empty()
        && (digits.bytes().all(|b| b.is_ascii_digit())
            || digits.chars().all(|c| "IVXLCDM".contains(c))
            || (!first && digits.ends_with(super::heading::KERAIA)));
    numeral
        .then(|| super::align::number_value(digits))
        .flatten()
        .and_then(|v| u32::try_from(v).ok())
        .filter(|&v| !first || v == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subheading_keeps_its_whole_number_or_none() {
        // Letters of other scripts take two bytes each: the number is kept whole, never cut.
        let ab = Subheading::new(Marker::LetterParen, 3, "аб", 7, 0).unwrap();
        assert_eq!((ab.number(), ab.label()), ("аб", "аб)".to_string()));
        // `12 quinquies`, the longest number with a multiplier.
        let longest = Subheading::new(Marker::Degree, 2, "12 quinquies", 1, 0).unwrap();
        assert_eq!(longest.label(), "12° quinquies");
        assert_eq!(
            Subheading::new(Marker::DotNumber, 2, "123456789012345", 1, 0)
                .unwrap()
                .number(),
            "123456789012345"
        );
        assert!(Subheading::new(Marker::DotNumber, 2, "жжжжжжжж", 1, 0).is_none());
    }
}
