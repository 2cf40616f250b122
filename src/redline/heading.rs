//! The heading grammar (nom 8, complete parsers only): one generic parser over the table of
//! legal styles ([`super::style::STYLES`]).
//!
//! A heading line is: blanks, an optional Markdown marker (`#`–`######`) or bold `**`, then
//! one of
//!
//! | form | examples |
//! |------|----------|
//! | keyword + number | `Article 5`, `Art. 5a`, `§ 176b`, `Artikel 240b`, `Article L. 227-22-1`, `Chapter II`, `Статья 5` |
//! | number + keyword | `1 §`, `1. §`, `1. člen`, `2 kap.` |
//! | dotted number | `7.1 Title`, `7.1.2` |
//! | bare number + title | `1 Sexual communication with a child` (UK and Irish bills) |
//! | marker | `(1)`, `1.`, `1)`, `(a)`, `a)`, `a.`, `(i)`, `I.`, `1°` |
//!
//! then separators and the title. Which of these are headings of a given text, and at which
//! level, is decided by detection (`detect.rs`), not here. Keywords are matched without regard
//! to case; outside Markdown headings a keyword must be capitalised and the title must not
//! start with a lower-case letter (`Section 6 states terms …` is a wrapped sentence).

use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::OnceLock;

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while, take_while_m_n, take_while1},
    character::complete::{char, digit1, one_of, satisfy, space0},
    combinator::{eof, map_opt, not, opt, peek, verify},
    multi::{many0_count, many1, many1_count},
    sequence::{preceded, terminated},
};

use super::style::{
    DIVISION_ORDINALS, GROUP_KINDS, Level, Marker, SET_APART_AFTER, STYLES, WORDED_ARTICLES,
    provision_of_group,
};

/// A keyword of the style table, with every style and level it has there.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Keyword {
    /// The keyword as the table spells it (`Artikel`, `§`, `kap.`).
    pub word: &'static str,
    /// Written after the number (`1 §`).
    pub after: bool,
    /// Written after an ordinal word (`Erster Abschnitt`, `PRVÁ HLAVA`): a division keyword of
    /// a style with [`DIVISION_ORDINALS`], reached only through [`ordinal_first`].
    pub ordinal: bool,
    /// (index in [`STYLES`], level) for each style that has it.
    pub uses: Vec<(usize, Level)>,
    /// A division that numbers its paragraphs anew in a style that has it (see
    /// [`super::style::Style::schedules`]).
    pub schedule: bool,
    /// An article numbered by ordinal words ([`super::style::WORDED_ARTICLES`]), or by an
    /// ordinal word alone under its group's heading ([`grouped_keyword`]).
    pub worded: bool,
    /// The heading of a group of provisions numbered by ordinal words alone
    /// ([`super::style::PROVISION_GROUPS`]: `DISPOSICIONES COMPLEMENTARIAS FINALES`).
    pub group: bool,
    /// A provision numbered by an ordinal word alone (`PRIMERA.`), of the group whose heading
    /// is above it: [`grouped_keyword`].
    pub grouped: bool,
    /// The word folded for a quick comparison, when it is ASCII and short.
    fold: Option<AsciiFold>,
    /// Whether every use is a division's (see [`Keyword::names_division`]), set once its
    /// uses are known: asked of each heading by several passes.
    division: bool,
}

/// An ASCII keyword of at most 16 bytes as one number, to compare with a line's first bytes
/// in any case at once: every line of a text is compared with a few keywords.
#[derive(Debug, PartialEq, Eq)]
struct AsciiFold {
    /// The word's bytes in lower case.
    lower: u128,
    /// The case bit of each letter of the word (0x20), set on the line's bytes: a byte so
    /// raised equals a small letter only if it is that letter in either case.
    case: u128,
    /// All bits of the word's bytes.
    keep: u128,
    len: usize,
}

impl AsciiFold {
    fn of(word: &str) -> Option<AsciiFold> {
        if !word.is_ascii() || word.len() > 16 {
            return None;
        }
        let (mut lower, mut case, mut keep) = ([0u8; 16], [0u8; 16], [0u8; 16]);
        for (k, b) in word.bytes().enumerate() {
            lower[k] = b.to_ascii_lowercase();
            case[k] = if b.is_ascii_alphabetic() { 0x20 } else { 0 };
            keep[k] = 0xff;
        }
        Some(AsciiFold {
            lower: u128::from_le_bytes(lower),
            case: u128::from_le_bytes(case),
            keep: u128::from_le_bytes(keep),
            len: word.len(),
        })
    }

    /// `i` after the word, if it starts with it in any case (as [`strip_word`]).
    fn strip<'a>(&self, i: &'a str) -> Option<&'a str> {
        let b = i.as_bytes();
        let head = match b.first_chunk::<16>() {
            Some(chunk) => u128::from_le_bytes(*chunk),
            None if b.len() >= self.len => {
                let mut chunk = [0u8; 16];
                chunk[..b.len()].copy_from_slice(b);
                u128::from_le_bytes(chunk)
            }
            None => return None,
        };
        // The matched bytes are ASCII, so the word ends on a character boundary.
        ((head & self.keep) | self.case == self.lower).then(|| &i[self.len..])
    }
}

impl Keyword {
    /// `i` after this keyword, if it starts with it in any case (see [`strip_word`]).
    fn strip<'a>(&self, i: &'a str) -> Option<&'a str> {
        match &self.fold {
            Some(fold) => fold.strip(i),
            None => strip_word(i, self.word),
        }
    }

    /// Whether it names a division in every style that has it (`Hlava`, `Abschnitt`, `DALIS`).
    pub fn names_division(&self) -> bool {
        self.division
    }
}

/// The form of a heading found on a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// A keyword of the style table.
    Keyword(&'static Keyword),
    /// A bare number followed by a capitalised title: `1 Title`.
    Bare,
    /// A dotted number `7.1`, with its number of parts.
    Dotted(u8),
    /// A paragraph or item marker.
    Marker(Marker),
    /// A Markdown heading that is none of the above (a division named only by its words).
    Markdown,
    /// A line matching the user's pattern (`--unit`).
    Custom,
}

/// A heading found on one line; offsets are relative to the line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawHeading<'a> {
    /// What the heading looks like.
    pub form: Form,
    /// The number as written (`5a`, `II`, `L. 227-22-1`, `a`, `1`), or the heading's words
    /// for [`Form::Markdown`].
    pub number: &'a str,
    /// Byte range of the number in the line.
    pub number_at: Range<usize>,
    /// The rest of the line after the number, separators and spaces trimmed.
    pub title: &'a str,
    /// The texts in which this line is a heading at all (detection drops it from the others).
    pub only_in: OnlyIn,
}

/// The texts in which a line of an uncertain shape is a heading ([`RawHeading::only_in`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OnlyIn {
    /// Every text.
    #[default]
    Any,
    /// Swiss texts: a letter whose dot runs straight into a note's call and then its text
    /// (`d.2 la remise en état …`, see [`inline_note_call`]).
    Swiss,
    /// Texts whose style writes its markers tight ([`super::style::Style::writes_tight`]): a letter or a
    /// dotted number with its words right after it (`a.Koelinstallaties zijn …`, `8.1Periodieke
    /// inspecties`, see [`tight_letter`]).
    Tight,
}

/// The keywords of every style, grouped by their first two characters in lower case (a keyword
/// of one character under its first and `None`), longest first.
///
/// Two characters, not one: a line of prose starting with `L` would otherwise be tried against
/// every keyword of every language starting with `l`, and most lines of a code are prose.
struct Lexicon {
    /// The groups, sorted by key (searched by halving for keys outside ASCII).
    groups: Vec<(LexKey, Vec<Keyword>)>,
    /// For keys of two ASCII characters `(a, b)`, at `a * 128 + b`, and of one ASCII character
    /// `(a, None)`, at `128 * 128 + a`: the index of the group plus one (0 for none). Every
    /// line of a text is looked up here, so it is one read, not a search.
    ascii: Vec<u16>,
    /// The first letters of the ordinal words of [`DIVISION_ORDINALS`] (in lower case, Greek
    /// without accents): a line's first word that starts otherwise is no ordinal. ASCII ones
    /// as bits of one number, the others sorted.
    ordinal_ascii: u128,
    ordinal_other: Vec<char>,
    /// For two Latin capitals that look like Greek ones, at `(a - 'A') * 26 + (b - 'A')`: the
    /// index plus one of the group of the Greek letters they look like (`TM` → `τμ`, for
    /// `TMHMA` typed for `ΤΜΗΜΑ`).
    look_alike: Vec<u16>,
}

impl Lexicon {
    /// The keywords filed under `key`.
    fn filed(&'static self, key: LexKey) -> &'static [Keyword] {
        let at = match ascii_slot(key) {
            Some(slot) => usize::from(self.ascii[slot]).checked_sub(1),
            None => self.groups.binary_search_by_key(&key, |(k, _)| *k).ok(),
        };
        at.map_or(&[], |at| &self.groups[at].1)
    }

    /// Whether `word` may be an ordinal word (see [`Lexicon::ordinal_ascii`]).
    fn may_be_ordinal(&self, word: &str) -> bool {
        match word.as_bytes().first() {
            None => false,
            Some(&b) if b.is_ascii() => self.ordinal_ascii >> b.to_ascii_lowercase() & 1 == 1,
            // The first letter of the word in lower case is the first of its lower case (a
            // final sigma is never first).
            Some(_) => word
                .chars()
                .next()
                .and_then(|c| c.to_lowercase().next())
                .is_some_and(|c| {
                    self.ordinal_other
                        .binary_search(&greek_unaccented(c))
                        .is_ok()
                }),
        }
    }
}

/// Where a key of ASCII characters is in [`Lexicon::ascii`].
fn ascii_slot(key: LexKey) -> Option<usize> {
    let (a, b) = key;
    if !a.is_ascii() {
        return None;
    }
    match b {
        None => Some(128 * 128 + a as usize),
        Some(b) if b.is_ascii() => Some(a as usize * 128 + b as usize),
        Some(_) => None,
    }
}

/// The keyword of a provision numbered by an ordinal word alone under the heading of its
/// group (`DISPOSICIONES COMPLEMENTARIAS FINALES`, then `PRIMERA. Verificación de
/// identidad`, as Peru's laws and its Constitution number them): an article of the styles that
/// have [`super::style::PROVISION_GROUPS`]. Detection keeps such a line only under its group's
/// heading, and names the provision after the group (`Disposición complementaria final
/// primera`); the word here is what it is called when no group is found.
pub(crate) fn grouped_keyword() -> &'static Keyword {
    static GROUPED: OnceLock<Keyword> = OnceLock::new();
    GROUPED.get_or_init(|| Keyword {
        word: super::style::PROVISION_GROUPS[0].1,
        after: false,
        ordinal: false,
        uses: STYLES
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                s.before
                    .iter()
                    .any(|(w, _)| provision_of_group(w).is_some())
            })
            .map(|(k, _)| (k, Level::Article))
            .collect(),
        schedule: false,
        worded: true,
        group: false,
        grouped: true,
        fold: None,
        division: false,
    })
}

/// The lexicon of every style's keywords, built on first use.
fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut by_word: Vec<Keyword> = Vec::new();
        // Built at the start of every redline: each word found by hashing, not by a scan of
        // the hundreds before it (that scan was a third of a small redline's instructions).
        let mut index: FxHashMap<(&str, bool, bool), usize> =
            FxHashMap::with_capacity_and_hasher(1024, Default::default());
        for (s, style) in STYLES.iter().enumerate() {
            // A style whose divisions are named by ordinal words has each division keyword
            // twice: after a number (its own list) and after an ordinal word.
            let ordinals = DIVISION_ORDINALS.iter().any(|o| o.style == style.id);
            let lists = [
                (style.before, false, false),
                (style.after, true, false),
                (if ordinals { style.before } else { &[] }, true, true),
            ];
            for (list, after, ordinal) in lists {
                for &(word, level) in list {
                    if ordinal && level != Level::Division {
                        continue;
                    }
                    let k = *index.entry((word, after, ordinal)).or_insert_with(|| {
                        by_word.push(Keyword {
                            word,
                            after,
                            ordinal,
                            uses: Vec::with_capacity(2),
                            schedule: false,
                            worded: WORDED_ARTICLES.contains(&word),
                            group: provision_of_group(word).is_some(),
                            grouped: false,
                            fold: AsciiFold::of(word),
                            division: false,
                        });
                        by_word.len() - 1
                    });
                    by_word[k].uses.push((s, level));
                    by_word[k].schedule |=
                        level == Level::Division && style.schedules.contains(&word);
                }
            }
        }
        let mut map: FxHashMap<LexKey, Vec<Keyword>> =
            FxHashMap::with_capacity_and_hasher(by_word.len(), Default::default());
        for mut k in by_word {
            k.division = k.uses.iter().all(|u| u.1 == Level::Division);
            if let Some(key) = first_two_lower(k.word) {
                map.entry(key).or_default().push(k);
            }
        }
        for list in map.values_mut() {
            list.sort_by(|a, b| b.word.len().cmp(&a.word.len()).then(a.word.cmp(b.word)));
        }
        let mut groups: Vec<(LexKey, Vec<Keyword>)> = map.into_iter().collect();
        groups.sort_by_key(|(key, _)| *key);
        let mut ascii = vec![0u16; 128 * 128 + 128];
        for (at, (key, _)) in groups.iter().enumerate() {
            if let Some(slot) = ascii_slot(*key) {
                ascii[slot] = u16::try_from(at + 1).expect("fewer than 65,535 keyword groups");
            }
        }
        let starts = DIVISION_ORDINALS
            .iter()
            .flat_map(|o| [o.stems, o.tens, o.units])
            .flatten()
            .filter_map(|w| w.chars().next());
        let (mut ordinal_ascii, mut ordinal_other) = (0u128, Vec::new());
        for c in starts {
            match c.is_ascii() {
                true => ordinal_ascii |= 1 << c as u32,
                false => ordinal_other.push(c),
            }
        }
        ordinal_other.sort_unstable();
        ordinal_other.dedup();
        let look_alike = look_alike_slots(&groups);
        Lexicon {
            groups,
            ascii,
            ordinal_ascii,
            ordinal_other,
            look_alike,
        }
    })
}

/// [`Lexicon::look_alike`] for the sorted `groups`.
fn look_alike_slots(groups: &[(LexKey, Vec<Keyword>)]) -> Vec<u16> {
    let mut slots = vec![0u16; 26 * 26];
    for a in b'A'..=b'Z' {
        for b in b'A'..=b'Z' {
            let greek = |c: u8| greek_letter(char::from(c));
            let (Some(x), Some(y)) = (greek(a), greek(b)) else {
                continue;
            };
            let key = (lower_greek(x), Some(lower_greek(y)));
            if let Ok(at) = groups.binary_search_by_key(&key, |(k, _)| *k) {
                let slot = usize::from(a - b'A') * 26 + usize::from(b - b'A');
                slots[slot] = u16::try_from(at + 1).expect("fewer than 65,535 keyword groups");
            }
        }
    }
    slots
}

/// A Greek capital in lower case.
fn lower_greek(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// The first two characters of a keyword in lower case.
type LexKey = (char, Option<char>);

/// The keywords `i` may start with, longest first: those sharing its first two characters
/// (in lower case), then those of one character that is its first.
fn keywords_for(i: &str) -> impl Iterator<Item = &'static Keyword> {
    let lex = lexicon();
    let (two, one): (&[Keyword], &[Keyword]) = match first_two_lower(i) {
        Some((c, second)) => (
            second.map_or(&[], |d| lex.filed((c, Some(d)))),
            lex.filed((c, None)),
        ),
        None => (&[], &[]),
    };
    // Two slices chained, not two options flattened: asked of most lines of a text.
    two.iter().chain(one).chain(look_alike_keywords(i))
}

/// The Greek keywords a line starting with two Latin capitals may be, read as the Greek
/// capitals they look like (`TMHMA A΄`, `MEPOΣ`): Greek official texts type one for the other.
fn look_alike_keywords(i: &str) -> &'static [Keyword] {
    match i.as_bytes() {
        [a, b, ..] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => {
            let lex = lexicon();
            let slot = usize::from(a - b'A') * 26 + usize::from(b - b'A');
            match usize::from(lex.look_alike[slot]).checked_sub(1) {
                Some(at) => &lex.groups[at].1,
                None => &[],
            }
        }
        _ => &[],
    }
}

/// The first two characters of `s` in lower case (the second `None` when there is one), as
/// [`strip_word`] compares them.
fn first_two_lower(s: &str) -> Option<LexKey> {
    // Most lines start with two ASCII bytes: lower-case them without the Unicode tables.
    if let [a, b, ..] = s.as_bytes()
        && a.is_ascii()
    {
        let a = char::from(a.to_ascii_lowercase());
        if b.is_ascii() {
            return Some((a, Some(char::from(b.to_ascii_lowercase()))));
        }
        // An ASCII letter lowers to one letter: the second is the next character's first.
        let second = s[1..].chars().next().and_then(|c| c.to_lowercase().next());
        let second = second.map(greek_base);
        // A Latin capital typed for the Greek one it looks like before a Greek letter
        // (`KΕΦΑΛΑΙΟ`).
        let first = match second {
            Some(g) if is_greek(g) => {
                greek_letter(char::from(s.as_bytes()[0])).map_or(a, lower_greek)
            }
            _ => a,
        };
        return Some((first, second));
    }
    first_two_lowered(s)
}

/// [`first_two_lower`] read through the Unicode tables, whatever `s` starts with.
fn first_two_lowered(s: &str) -> Option<LexKey> {
    let mut chars = s.chars();
    let first = chars.next()?;
    let mut lower = first.to_lowercase().map(greek_base);
    let low = lower.next()?;
    let second = match lower.next() {
        Some(c) => Some(c),
        None => chars.next().map(|c| match is_greek(low) {
            // A Latin letter typed for the Greek one it looks like after a Greek letter
            // (`ΠAPAPTHMA`, `Άρθρo`).
            true => greek_look_alike(c).map_or(c, lower_greek),
            false => c,
        }),
    };
    let second = second.and_then(|c| c.to_lowercase().next()).map(greek_base);
    // A Latin capital typed for the Greek one it looks like before a Greek letter
    // (`KΕΦΑΛΑΙΟ`).
    let low = match second {
        Some(g) if first.is_ascii() && is_greek(g) => greek_letter(first).map_or(low, lower_greek),
        _ => low,
    };
    Some((low, second))
}

/// Whether `c` is a letter of the Greek block.
pub(crate) fn is_greek(c: char) -> bool {
    ('\u{370}'..='\u{3ff}').contains(&c)
}

/// `word` with each Latin letter read as the Greek one it looks like ([`greek_look_alike`]),
/// if it has one and every Latin letter of it has a Greek look-alike (`ΔEYTEPO`, `TPITO` →
/// `ΔΕΥΤΕΡΟ`, `ΤΡΙΤΟ`); `None` otherwise.
pub(crate) fn greek_typed(word: &str) -> Option<String> {
    let mut latin = false;
    let typed = word
        .chars()
        .map(|c| match c.is_ascii_alphabetic() {
            true => {
                latin = true;
                greek_look_alike(c)
            }
            false => Some(c),
        })
        .collect::<Option<String>>()?;
    latin.then_some(typed)
}

/// The Greek letter a Latin one typed for it in a Greek word looks like: a capital of
/// [`greek_letter`], or a small `o` or `v` (`Άρθρo`, `Κεvτρικής`, as some official texts
/// type them); `None` for any other.
fn greek_look_alike(c: char) -> Option<char> {
    match c {
        'o' => Some('ο'),
        'v' => Some('ν'),
        _ => greek_letter(c),
    }
}

/// A small Greek letter without its accent (`ά` → `α`, `ϊ` → `ι`) and `ς` as `σ`; any other
/// character as it is. Greek drops the accents in capitals, so `ΑΡΘΡΟ`, `ΚΕΦΑΛΑΙΟ` are the
/// keywords `Άρθρο`, `Κεφάλαιο`, and a keyword ends in `ς` where its capitals end in `Σ`.
fn greek_base(c: char) -> char {
    if !('\u{390}'..='\u{3ce}').contains(&c) {
        return c;
    }
    match c {
        'ς' => 'σ',
        _ => greek_unaccented(c),
    }
}

/// A small Greek letter without its accent (`ά` → `α`, `ϊ` → `ι`); any other character as
/// it is.
pub(crate) fn greek_unaccented(c: char) -> char {
    match c {
        'ά' => 'α',
        'έ' => 'ε',
        'ή' => 'η',
        'ί' | 'ϊ' | 'ΐ' => 'ι',
        'ό' => 'ο',
        'ύ' | 'ϋ' | 'ΰ' => 'υ',
        'ώ' => 'ω',
        _ => c,
    }
}

/// Whether two letters are the same in any case (and, for Greek, with or without accents).
fn same_letter(c: char, w: char) -> bool {
    if c == w {
        return true;
    }
    if c.is_ascii() && w.is_ascii() {
        return c.eq_ignore_ascii_case(&w);
    }
    // Turkish capital dotted İ is the capital of i (`GEÇİCİ` for `Geçici`).
    (c == 'İ' && w == 'i')
        || c.to_lowercase()
            .map(greek_base)
            .eq(w.to_lowercase().map(greek_base))
        // A Latin letter typed for the Greek one of a keyword it looks like (`KEΦAΛAIO`).
        || (c.is_ascii()
            && greek_look_alike(c).is_some_and(|g| same_letter(g, w)))
}

/// A blank inside a heading line: a space, a tab, or a Unicode space of typesetting (no-break,
/// thin, narrow no-break, figure: Finlex prints `1\u{2009}§ Soveltamisala` with a thin space,
/// and no article of such a decree was found).
fn is_blank(c: char) -> bool {
    c == ' '
        || c == '\t'
        || c == '\u{a0}'
        || (c >= '\u{2000}'
            && matches!(
                c,
                '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
            ))
}

fn blanks1(i: &str) -> IResult<&str, &str> {
    take_while1(is_blank)(i)
}

fn blanks0(i: &str) -> IResult<&str, &str> {
    take_while(is_blank)(i)
}

pub(crate) fn is_roman(c: char) -> bool {
    matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M')
}

fn fail<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// The text consumed between `start` and `rest`.
fn taken<'a>(start: &'a str, rest: &'a str) -> &'a str {
    &start[..start.len() - rest.len()]
}

/// `i` without the keyword `word` at its start (compared without regard to case, and to
/// the accents of Greek letters: see [`greek_base`]).
fn strip_word<'a>(i: &'a str, word: &str) -> Option<&'a str> {
    if word.is_ascii() {
        let head = i.as_bytes().get(..word.len())?;
        return head
            .eq_ignore_ascii_case(word.as_bytes())
            .then(|| &i[word.len()..]);
    }
    // Most lines part from a keyword in its ASCII letters: compared as bytes first (a
    // non-ASCII letter of the line is left to `same_letter`, which knows `İ` is an `i`).
    let differs = i
        .bytes()
        .zip(word.bytes())
        .take_while(|(c, w)| c.is_ascii() && w.is_ascii())
        .any(|(c, w)| !c.eq_ignore_ascii_case(&w));
    if differs {
        return None;
    }
    let mut rest = i.char_indices();
    for w in word.chars() {
        let (_, c) = rest.next()?;
        if !same_letter(c, w) {
            return None;
        }
    }
    // At the line's end, the end of `i` itself: offsets are taken from what is returned.
    Some(rest.next().map_or(&i[i.len()..], |(at, _)| &i[at..]))
}

/// Letters after the digits of a number: `5a`, `1er`, `5bis`, `348Α`.
fn suffix(i: &str) -> IResult<&str, &str> {
    let mut end = 0;
    for (k, c) in i.char_indices().take(4) {
        // A capital that opens a word is a title written tight (`SCHEDULE 1The …`).
        if !c.is_alphabetic() || tight_letter(&i[k..]) {
            break;
        }
        end = k + c.len_utf8();
    }
    Ok((&i[end..], &i[..end]))
}

/// The French ordinal ending of the first, raised after `1` (`1<sup>er</sup>`, `1<sup>re</sup>`).
pub(crate) fn first_ordinal(i: &str) -> IResult<&str, &str> {
    alt((tag("er"), tag("re"))).parse(i)
}

/// Whether `word` is a Latin ordinal as [`latin`] reads one (`bis`, `quater`, `undecies`).
pub(crate) fn latin_ordinal(word: &str) -> bool {
    latin(word).is_ok_and(|(rest, _)| rest.is_empty())
}

/// A Latin ordinal after a number: `bis`, `ter`, `quater`, `undecies`.
fn latin(i: &str) -> IResult<&str, &str> {
    let (rest, w) = take_while_m_n(3, 16, |c: char| c.is_ascii_lowercase())(i)?;
    // The ordinals from the fifth are adverbs in `-ies` (`quinquies`, `undecies`,
    // `sexiesdecies`, `undevicies`), not every word in `-ies`: the `odies` of an Irish
    // `SCHEDULE Bodies to which …` made `Bodies` the Schedule's number.
    let known = matches!(
        w,
        "bis"
            | "ter"
            | "quater"
            | "quinquies"
            | "sexies"
            | "septies"
            | "octies"
            | "novies"
            | "nonies"
    ) || ["decies", "vicies", "tricies"]
        .iter()
        .any(|e| w.ends_with(e));
    if known { Ok((rest, w)) } else { fail(i) }
}

/// `5`, `5a`, `184b`, `12.3`, `227-22-1`, `81.a`, `1.º`: digits, letters, then `.` or `-`
/// parts.
fn arabic(i: &str) -> IResult<&str, ()> {
    let (i, _) = digit1(i)?;
    // A number alone at the end of its line (`Article 1173`) has nothing more to read.
    if i.is_empty() {
        return Ok((i, ()));
    }
    let (i, _) = digits_suffix(i)?;
    let (i, _) = opt(superscript).parse(i)?;
    // Turkish `80/A` (an article inserted after 80).
    let (i, _) = opt(preceded(
        char('/'),
        (
            take_while_m_n(1, 1, |c: char| c.is_ascii_uppercase()),
            boundary,
        ),
    ))
    .parse(i)?;
    // Belgian laws number an article inserted after another by a slash: the Loi relative aux
    // droits du patient of 22 August 2002 has `Article 8/1` and `Article 8/2` after article 8.
    let (i, _) = many0_count(preceded(char('/'), (digit1, digits_suffix))).parse(i)?;
    // Dutch codes number their articles by book and title (`Artikel 5:3:2`, `6:162` of the
    // Burgerlijk Wetboek, `8:1` of the Awb): a colon between digits is part of the number.
    let (i, _) = many0_count(preceded(char(':'), (digit1, digits_suffix))).parse(i)?;
    let (i, _) = many0_count(preceded(
        alt((char('.'), char('-'))),
        alt((
            (digit1, digits_suffix).map(|_| ()),
            latin.map(|_| ()),
            // `81.A`, Croatian `81.a` and Macedonian `418-а` (an article inserted after 81,
            // 418; a letter of any script).
            (take_while_m_n(1, 1, char::is_alphabetic), boundary).map(|_| ()),
        )),
    ))
    .parse(i)?;
    let (i, _) = opt(alt((tag(".º"), tag("º"), tag("°")))).parse(i)?;
    let (i, _) = opt(alt((
        // The legilux Code pénal of 2023 sets an inserted article's ordinal apart in italics
        // (`Art. 509-5` and blanks and `*bis.*`): it was a second `Art. 509-5`.
        preceded(
            take_while1(is_blank),
            alt((
                (char('*'), latin, opt(char('.')), char('*')).map(|_| ()),
                (char('_'), latin, opt(char('.')), char('_')).map(|_| ()),
            )),
        ),
        preceded(
            take_while_m_n(1, 1, is_blank),
            alt((
                terminated(latin, not(range_on)).map(|_| ()),
                // Danish `§ 262 a.`: a letter apart, then the heading's dot or the line's end.
                (
                    take_while_m_n(1, 1, |c: char| c.is_ascii_lowercase()),
                    peek(alt((tag("."), eof))),
                )
                    .map(|_| ()),
                // Greek `Άρθρο 187 Β` (the Penal Code's article inserted after 187), alone at
                // the line's end: before words, a capital opens the text (`Άρθρο 5 Ο νόμος`).
                (
                    take_while_m_n(1, 1, |c: char| ('Α'..='Ω').contains(&c)),
                    peek((space0, eof)),
                )
                    .map(|_| ()),
            )),
        ),
        // Swiss Fedlex Markdown `**Art. 28** a`, `**Art. 8** o Entschädigung …`, `**Art.
        // 260** ter Kriminelle Organisation`: the letter or Latin ordinal of an inserted
        // article stands outside the bold, alone at the line's end or before a title, which
        // starts with a capital (the emphasis is dropped from the label).
        (
            alt((tag("**"), tag("__"))),
            take_while_m_n(1, 1, is_blank),
            alt((
                terminated(latin, not(satisfy(char::is_alphanumeric))),
                take_while_m_n(1, 1, |c: char| c.is_ascii_lowercase()),
            )),
            peek(alt((
                (space0, eof).map(|_| ()),
                (take_while1(is_blank), satisfy(char::is_uppercase)).map(|_| ()),
            ))),
        )
            .map(|_| ()),
        fedlex_suffix,
    )))
    .parse(i)?;
    Ok((i, ()))
}

/// The letter or Latin ordinal of an inserted Swiss article right after the bold of its
/// number, as most Fedlex versions print it: in italics (`**Art. 15***a*`, `**Art. 16***bis*`),
/// perhaps raised again (`**Art. 49***a*<sup>bis</sup>`), or raised alone (`**Art.
/// 21**<sup>bis</sup>`). Read as the title, the letter gave Art. 15a the label `Art. 15`. And
/// the rest of a number whose bold closes and opens again inside it (`**Art. 2****2**`, Art.
/// 22 of Fedlex's vocational training ordinances, read as a second Art. 2 titled `2`).
fn fedlex_suffix(i: &str) -> IResult<&str, ()> {
    let letters = |i| {
        alt((
            latin,
            take_while_m_n(1, 2, |c: char| c.is_ascii_lowercase()),
        ))
        .parse(i)
    };
    let raised = |i| (tag("<sup>"), latin, tag("</sup>")).map(|_| ()).parse(i);
    let (i, _) = tag("**")(i)?;
    let (i, _) = alt((
        (char('*'), letters, char('*'), opt(raised)).map(|_| ()),
        raised,
        (tag("**"), digit1).map(|_| ()),
    ))
    .parse(i)?;
    Ok((i, ()))
}

/// The capitals of an article the Code général des impôts inserts after a number or its
/// Latin ordinal, apart, alone to the line's end (`1649 A`, `39 AA`, `49 septies F`, `302 bis
/// ZA`, `46 quater-0 ZZ bis`, `200-0 A`: 106 articles of its third annex from `49 septies F`
/// to `49 septies ZZ` were all `Article 49 septies`). `after` past them; only after the French
/// `Article` (a Swiss article's marginal note is lettered, `Art. 11 A`), and capitals before
/// words open a title (`Article 5 A compter du …`).
fn french_capitals<'a>(k: &Keyword, after: &'a str) -> Option<&'a str> {
    if k.word != "Article" {
        return None;
    }
    capitals_tail(after).ok().map(|(end, _)| end)
}

/// See [`french_capitals`]: parts apart, capitals (with their own `-1` parts: `80 B-6-1`),
/// Latin ordinals and digits, or `-0`, as deep as the code nests its insertions (`46 AZA
/// octies-0 AA`, `46 quater-0 ZZ bis A`, `406 A 12`, `50 terdecies-0`), one of them capitals
/// or all of them dashed digits, to the line's end.
fn capitals_tail(i: &str) -> IResult<&str, ()> {
    #[derive(Clone, Copy, PartialEq)]
    enum Part {
        Dashed,
        Capitals,
        Other,
    }
    let blank = || take_while_m_n(1, 1, is_blank);
    let dashed = || (char('-'), digit1);
    let (i, parts) = many1(alt((
        dashed().map(|_| Part::Dashed),
        preceded(
            blank(),
            alt((
                (
                    take_while_m_n(1, 3, |c: char| c.is_ascii_uppercase()),
                    many0_count(dashed()),
                    boundary,
                )
                    .map(|_| Part::Capitals),
                terminated(latin, boundary).map(|_| Part::Other),
                terminated(digit1, boundary).map(|_| Part::Other),
            )),
        ),
    )))
    .parse(i)?;
    let capitals = parts.contains(&Part::Capitals);
    if !capitals && parts.iter().any(|&p| p != Part::Dashed) {
        return fail(i);
    }
    let (i, _) = line_end(i)?;
    Ok((i, ()))
}

/// The letters after a number's digits: a Latin ordinal, in italics as the Luxembourg official
/// site prints it (`409*quater*`, and after a part, `135-2*bis*`, `442-1*ter*`: each was read
/// as `135-2`, `442-1`), or letters ([`suffix`]).
fn digits_suffix(i: &str) -> IResult<&str, &str> {
    alt((
        (char('*'), latin, char('*')).map(|_| ""),
        (char('_'), latin, char('_')).map(|_| ""),
        latin,
        suffix,
    ))
    .parse(i)
}

/// A number inserted between two others, written raised: `12¹`, `12<sup>1</sup>` (Estonian
/// and other consolidated texts in HTML or Markdown), `8^1` (Romanian plain text); and the
/// raised French ordinal of the first (`1<sup>er</sup>`, read as `1er`).
fn superscript(i: &str) -> IResult<&str, ()> {
    let (i, _) = alt((
        take_while_m_n(1, 3, is_superscript_digit).map(|_| ()),
        (tag("<sup>"), digit1, tag("</sup>")).map(|_| ()),
        (tag("<sup>"), first_ordinal, tag("</sup>")).map(|_| ()),
        (char('^'), digit1).map(|_| ()),
    ))
    .parse(i)?;
    Ok((i, ()))
}

/// The code letter of a French code article: `L. `, `R.`, `D. `, `LO. `, or written against
/// the number as Légifrance prints it today (`R131-1`, `LO630`), with the star of a decree
/// taken in the Conseil des ministres (`R*49-21`).
fn code_letter(i: &str) -> IResult<&str, ()> {
    let (i, _) = alt((tag("LO"), tag("L"), tag("R"), tag("D"), tag("A"))).parse(i)?;
    let (i, star) = opt(char('*')).parse(i)?;
    match char::<_, nom::error::Error<&str>>('.').parse(i) {
        Ok((i, _)) => Ok((space0(i)?.0, ())),
        // The Livre des procédures fiscales sets the number apart after the star (`R* 71-1`,
        // `R* 107 A-1`: eleven articles were all `Article R`).
        Err(_) if star.is_some() => Ok((space0(i)?.0, ())),
        Err(_) => Ok((i, ())),
    }
}

/// The Greek capital iota, which Greek texts type for the Roman I.
pub(crate) const GREEK_IOTA: char = 'Ι';

/// The Greek capital chi, typed for the X of a Roman numeral (`ΤΜΗΜΑ ΧΙΙ`).
pub(crate) const GREEK_CHI: char = 'Χ';

/// `II`, `XIV` (upper case), French `Ier` and `Ire` (premier, première: `Livre Ier`, `Section
/// Ire`) or a single capital letter (`Part A`).
fn roman_or_letter(i: &str) -> IResult<&str, ()> {
    let capital = |c: char| c.is_ascii_uppercase();
    let (i, _) = alt((
        tag("Ier"),
        // Feminine: `Section Ire`, `Sous-section Ire` (the Luxembourg Code pénal).
        tag("Ire"),
        // `Titel IIA`, `Titel XXXA`: the Dutch Wetboek van Strafrecht's titles inserted after
        // II and XXX; `Titel IIIb` in the Wetboek van Strafvordering of 2015.
        (
            // Greek texts type the I and X of a Roman numeral as a capital iota and chi
            // (`ΠΑΡΑΡΤΗΜΑ ΙΙ`, `ΚΕΦΑΛΑΙΟ ΙV`, `ΤΜΗΜΑ ΧΙΙ`).
            take_while_m_n(1, 8, |c: char| {
                is_roman(c) || c == GREEK_IOTA || c == GREEK_CHI
            }),
            opt(alt((
                terminated(
                    take_while_m_n(1, 1, |c: char| c.is_ascii_alphabetic()),
                    boundary,
                ),
                // `Titel  VIII A  `, the title inserted after VIII as the Wetboek van
                // Strafrecht's Markdown edition prints it: a capital alone at the line's end.
                preceded(
                    char(' '),
                    terminated(take_while_m_n(1, 1, capital), line_end),
                ),
            ))),
        )
            .map(|_| ""),
        take_while_m_n(1, 1, capital),
    ))
    .parse(i)?;
    let (i, _) = opt(superscript).parse(i)?;
    // A division inserted after another, numbered on from it: the legilux Code pénal's
    // `Chapitre VII-1.`, `Chapitre IV-1*bis*.`, `Chapitre VI-II.` (each was `Chapitre VII`,
    // `IV`, `VI`: an existing chapter "added").
    let (i, _) = opt(preceded(
        char('-'),
        alt((
            (digit1, digits_suffix).map(|_| ()),
            (take_while_m_n(1, 8, is_roman), boundary).map(|_| ()),
        )),
    ))
    .parse(i)?;
    // `Livre IV bis` (the Code pénal's book on war crimes, inserted after Livre IV), `TITRE
    // VIbis.` (the Luxembourg Nouveau Code de procédure civile).
    let (i, _) = opt(preceded(
        opt(take_while_m_n(1, 1, is_blank)),
        terminated(latin, not(range_on)),
    ))
    .parse(i)?;
    Ok((i, ()))
}

/// The other end of a range after a word that would otherwise be a Latin ordinal: German
/// `bis` is "to" before a number (`Art. 553 bis 570`, `Art. 994 bis Art. 1010d` in the
/// Liechtenstein PGR, whose `Art. 1a bis` is the article after 1a).
fn range_on(i: &str) -> IResult<&str, ()> {
    let (i, _) = take_while_m_n(1, 1, is_blank)(i)?;
    let (i, _) = opt((tag("Art."), space0)).parse(i)?;
    let (i, _) = digit1(i)?;
    Ok((i, ()))
}

/// The signs that mark Greek letters as a numeral (`Α΄`, `ΙΒ’`): the keraia and the marks
/// printed for it (tonos, apostrophes, acute accent).
pub(crate) const KERAIA: [char; 5] = ['ʹ', '΄', '’', '\'', '´'];

/// A Greek numeral: capital letters and a keraia (`ΚΕΦΑΛΑΙΟ Α΄`, `ΜΕΡΟΣ ΙΒ’`), or one or two
/// letters alone.
fn greek_numeral(i: &str) -> IResult<&str, ()> {
    alt((
        // Latin capitals typed for the Greek ones they look like (`ΚΕΦΑΛΑΙΟ B’`).
        (
            take_while_m_n(1, 4, |c| greek_letter(c).is_some()),
            one_of(&KERAIA[..]),
        )
            .map(|_| ()),
        // Without the keraia, one or two letters alone (`ΚΕΦΑΛΑΙΟ Β`, `ΜΕΡΟΣ ΣΤ`).
        (take_while_m_n(1, 2, greek_capital), boundary).map(|_| ()),
    ))
    .parse(i)
}

/// A Greek capital letter, the archaic numeral letters (stigma, koppa, sampi) among them.
fn greek_capital(c: char) -> bool {
    ('Α'..='Ω').contains(&c) || matches!(c, 'Ϛ' | 'Ϙ' | 'Ϡ')
}

/// The Greek capital a numeral's letter stands for: itself, or the Greek capital a Latin one
/// looks like (`B` for `Β`), as typed in some texts; `None` for any other character.
pub(crate) fn greek_letter(c: char) -> Option<char> {
    const LOOKALIKES: [(char, char); 14] = [
        ('A', 'Α'),
        ('B', 'Β'),
        ('E', 'Ε'),
        ('Z', 'Ζ'),
        ('H', 'Η'),
        ('I', 'Ι'),
        ('K', 'Κ'),
        ('M', 'Μ'),
        ('N', 'Ν'),
        ('O', 'Ο'),
        ('P', 'Ρ'),
        ('T', 'Τ'),
        ('X', 'Χ'),
        ('Y', 'Υ'),
    ];
    if greek_capital(c) {
        return Some(c);
    }
    LOOKALIKES.iter().find(|(l, _)| *l == c).map(|&(_, g)| g)
}

/// The number after a keyword, ending at a word boundary.
fn number(i: &str) -> IResult<&str, &str> {
    let (rest, _) = alt((
        (code_letter, arabic).map(|_| ()),
        arabic,
        // Articles named, not numbered: the Code de procédure pénale's `Article préliminaire`,
        // `Article premier` of a law (`Titre Premier`, `Chapitre Premier.` in the legilux
        // export), the one article of a law (`Article unique`, `único`); the two parts of a
        // French code (`Partie législative`, `Partie réglementaire`). Before the numerals in
        // letters, which would read the `P` of `Premier` as a Greek rho.
        alt((
            tag("préliminaire"),
            tag("premier"),
            tag("Premier"),
            tag("unique"),
            tag("único"),
            tag("législative"),
            tag("réglementaire"),
        ))
        .map(|_| ()),
        // Before the Roman numerals, which take a Greek iota for an I (`ΙΑ΄` is 11).
        greek_numeral,
        roman_or_letter,
    ))
    .parse(i)?;
    // A title written tight (`PART 1Main provisions`, legislation.gov.uk's text copied).
    let (rest, _) = match tight_letter(rest) {
        true => (rest, ()),
        false => boundary(rest)?,
    };
    Ok((rest, taken(i, rest)))
}

/// Succeeds, consuming nothing, when only blanks follow to the end of the line.
fn line_end(i: &str) -> IResult<&str, ()> {
    let rest = i.trim_start_matches([' ', '\t']);
    match rest.is_empty() || rest.starts_with(['\n', '\r']) {
        true => Ok((i, ())),
        false => fail(i),
    }
}

/// Succeeds, consuming nothing, when the next character is not alphanumeric (or at the end).
fn boundary(i: &str) -> IResult<&str, ()> {
    match i.chars().next() {
        Some(c) if c.is_alphanumeric() => fail(i),
        _ => Ok((i, ())),
    }
}

/// Characters that may follow a number directly (besides the line end).
fn may_follow_number(c: char) -> bool {
    matches!(c, '.' | ':' | '–' | '—' | '-' | ')' | '*') || is_blank(c)
}

/// Separators allowed between the number and the title.
fn is_separator(c: char) -> bool {
    matches!(c, '.' | ':' | '–' | '—' | '-' | '*' | '_') || is_blank(c)
}

/// Succeeds at a blank or the end of the line.
fn blank_or_end(i: &str) -> IResult<&str, ()> {
    match i.chars().next() {
        None => Ok((i, ())),
        Some(c) if is_blank(c) => Ok((i, ())),
        _ => fail(i),
    }
}

/// `Article 5`, `§ 184b`, `Chapter II`: a keyword of the table, then a number.
fn keyword_first(i: &str, markdown: bool) -> IResult<&str, (Form, &str)> {
    // Outside Markdown headings a keyword is capitalised (Georgian has no capitals in
    // running text).
    if !markdown && i.starts_with(lower_case) {
        return fail(i);
    }
    for k in keywords_for(i).filter(|k| !k.after) {
        let Some(rest) = k.strip(i) else {
            continue;
        };
        if k.group {
            match group_kind(rest) {
                Some(kind) => return Ok((&kind[kind.len()..], (Form::Keyword(k), kind))),
                None => continue,
            }
        }
        // An Act's only Schedule is headed `SCHEDULE`, without a number, and perhaps its title
        // after a dash (`SCHEDULE — CONSEQUENTIAL PROVISION` in a statutory instrument as
        // legalize-uk prints it).
        if k.schedule && (rest.trim_end().is_empty() || dash_title(rest)) {
            return Ok((rest, (Form::Keyword(k), &rest[..0])));
        }
        // The one provision of its kind may go unnumbered (`Disposició final`, `Disposición
        // derogatoria.`, `Disposició final (Llei 9/2012)`); words after it are a sentence
        // (`Disposición final de la Ley 40/2015`).
        if k.worded && unnumbered(rest) {
            return Ok((rest, (Form::Keyword(k), &rest[..0])));
        }
        let spaced = blanks1(rest);
        let rest = match spaced {
            Ok((r, _)) => r,
            Err(_) if k.word.ends_with('.') || k.word == "§" => rest,
            Err(_) => continue,
        };
        // The bold of a Markdown heading closed after the keyword and opened again before the
        // number (`##### **Art. ****2** Geltungsbereich`, as some Fedlex versions print every
        // article): the number is the article's.
        let rest = match markdown {
            true => emphasis_between(rest),
            false => rest,
        };
        // Greek laws number their own articles by words where the articles of a code or a
        // treaty they ratify follow (`Άρθρο πρώτο`, `Άρθρο δεύτερο`).
        let by_words = k.names_division() || k.word.starts_with("Άρθρ") || k.worded;
        // Spanish laws of the first years of the Constitution number their articles by words
        // (`Artículo primero.`, `Artículo diecinueve.`, `Artículo cuarenta y dos.`).
        let spanish = k.word == "Artículo";
        let Ok((after, n)) = number(rest).or_else(|e| match (by_words, spanish) {
            (true, _) => ordinal_after_keyword(rest),
            (false, true) => ordinal_after_keyword(rest).or_else(|_| spanish_cardinal(rest)),
            (false, false) => Err(e),
        }) else {
            if markdown && k.schedule && titled_schedule(i, k, rest) {
                return Ok((rest, (Form::Keyword(k), &rest[..0])));
            }
            continue;
        };
        let tail = division_letter(k, n, after)
            .or_else(|| dashed_index(after))
            .or_else(|| french_capitals(k, after));
        let (after, n) = match tail {
            Some(end) => (end, taken(rest, end)),
            None => (after, n),
        };
        // A footnote call may be glued to the number (`##### Art. 2[^3]`, Liechtenstein),
        // raised or not (`##### **Art. 20***a*<sup>[^24]</sup>`, Fedlex).
        if after.chars().next().is_some_and(|c| !may_follow_number(c))
            && leading_footnote_call(after).is_none()
            && !tight_letter(after)
            && after != MARKDOWN_BREAK
        {
            continue;
        }
        return Ok((after, (Form::Keyword(k), n)));
    }
    fail(i)
}

/// `rest` after the marks of emphasis closed and opened again between a heading's keyword and
/// its number, and the blanks after them (`****2**` → `2**`, `**** 150**` → `150**`); `rest`
/// itself where no letter or digit follows them.
fn emphasis_between(rest: &str) -> &str {
    let after = rest
        .trim_start_matches(['*', '_'])
        .trim_start_matches(is_blank);
    if rest.starts_with(['*', '_']) && after.starts_with(char::is_alphanumeric) {
        after
    } else {
        rest
    }
}

/// Whether a Markdown heading is an Act's only Schedule, unnumbered, with its title on the
/// line: the keyword in capitals, then words opening with a capital (`## SCHEDULE Amendments
/// to Central Bank Act 1942`, `## SCHEDULE *Bodies to which …*`, as the Irish Statute Book's
/// Markdown prints them). `rest` is what follows the keyword and its blanks.
fn titled_schedule(line: &str, k: &Keyword, rest: &str) -> bool {
    let title = rest.trim_start_matches(['*', '_']);
    (line.get(..k.word.len())).is_some_and(|w| w.bytes().all(|b| b.is_ascii_uppercase()))
        && title.starts_with(|c: char| c.is_uppercase())
}

/// Whether `rest`, after a heading's keyword, is a dash between blanks and then words (`—
/// CONSEQUENTIAL PROVISION`).
fn dash_title(rest: &str) -> bool {
    rest.strip_prefix(' ')
        .and_then(|r| r.strip_prefix(['—', '–', '-']))
        .and_then(|r| r.strip_prefix(' '))
        .is_some_and(|title| title.starts_with(char::is_alphabetic))
}

/// The kind of provisions a group's heading names, after its keyword: one to five words of
/// letters alone on the line, the first of [`GROUP_KINDS`] (`COMPLEMENTARIAS FINALES`, `finales
/// y transitorias`, `TRANSITORIAS ESPECIALES*` with the call of a note). A chapter's title
/// (`Disposiciones generales`) names no such group.
fn group_kind(rest: &str) -> Option<&str> {
    let words = rest.strip_prefix(' ')?.trim_end();
    // The bold of `**DISPOSICIONES FINALES**` closes after the words.
    let words = words.strip_suffix("**").unwrap_or(words);
    let words = words
        .strip_suffix('*')
        .unwrap_or(words)
        .trim_end_matches([' ', ':']);
    let first = words.split(' ').next()?.trim_end_matches(',');
    let count = words.split(' ').count();
    let letters = words
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == ',');
    let kind = GROUP_KINDS
        .iter()
        .any(|w| first.len() == w.len() && first.to_lowercase() == *w);
    (kind && letters && count <= 5).then_some(words)
}

/// `PRIMERA.`, `Segunda.-`, `VIGÉSIMA PRIMERA:`, `Única.`, `Primera`: a provision numbered by
/// a feminine ordinal word alone, then a full stop or a colon (and perhaps a dash) and its
/// title, or the end of the line. Such a line is a heading only under its group's heading (see
/// [`grouped_keyword`]); detection drops it elsewhere.
fn ordinal_alone(i: &str) -> IResult<&str, (Form, &str)> {
    // Most capitalised lines of prose go on after their first word (or second, after a ten:
    // `Vigésima primera.`), and most of their first words end otherwise: turned away before
    // the words are looked up.
    let line = i.trim_end();
    // Letters by their bytes: ASCII ones, and every byte of a character beyond ASCII (an
    // ordinal's accented letters); the words are checked when looked up.
    let word_end = |from: usize| {
        let bytes = &line.as_bytes()[from..];
        let len = bytes
            .iter()
            .position(|&b| !(b.is_ascii_alphabetic() || b >= 0x80));
        from + len.unwrap_or(bytes.len())
    };
    let closes = |at: usize| matches!(line.as_bytes().get(at), None | Some(b'.' | b':'));
    let end = word_end(0);
    let first = &line.as_bytes()[..end];
    let numbered =
        closes(end) || (line.as_bytes().get(end) == Some(&b' ') && closes(word_end(end + 1)));
    if !numbered || !matches!(first.last(), Some(b'a' | b'A')) || first.len() < 4 {
        return fail(i);
    }
    let (rest, n) = ordinal_after_keyword(i)?;
    // Alone on its line, its words below (Andorra's `Primera`, `##### Segona`).
    if rest.trim_end().is_empty() {
        return Ok((rest, (Form::Keyword(grouped_keyword()), n)));
    }
    let (rest, _) = alt((tag("."), tag(":"))).parse(rest)?;
    let (rest, _) = opt(alt((tag("-"), tag("–"), tag("—")))).parse(rest)?;
    // `**SEGUNDA.-** Las empresas …`: the bold closes after the number.
    let (rest, _) = opt(tag("**")).parse(rest)?;
    let (rest, _) = blank_or_end(rest)?;
    Ok((rest, (Form::Keyword(grouped_keyword()), n)))
}

/// Whether what follows a keyword leaves it unnumbered: nothing, a full stop and a title, or
/// an act in brackets.
fn unnumbered(rest: &str) -> bool {
    let rest = rest.trim_end();
    let after = rest.trim_start_matches([' ', '\t']);
    rest.is_empty()
        || rest == "."
        || rest.starts_with(". ")
        || (after.len() < rest.len() && after.starts_with('('))
}

/// `Kapittel 4 A.`: a capital set apart after a division's number, then the heading's dot: a
/// division inserted after 4, as Norwegian Acts number it (`Kapittel 4 A. Helsehjelp til
/// pasienter uten samtykkekompetanse …` was a second `Kapittel 4`). `after` past the letter;
/// only for divisions (a Swiss article's marginal note is lettered: `Art. 11 A.
/// Persönlichkeit`), and not at the line's end (`Titel 1 A` may be titled `A`).
fn division_letter<'a>(k: &Keyword, number: &str, after: &'a str) -> Option<&'a str> {
    let b = after.as_bytes();
    let letter = k.names_division()
        && number.ends_with(|c: char| c.is_ascii_digit())
        && b.len() >= 2
        && b[0] == b' '
        && b[1].is_ascii_uppercase()
        && b.get(2) == Some(&b'.');
    letter.then(|| &after[2..])
}

/// A Markdown line break: a backslash ending the line.
const MARKDOWN_BREAK: &str = "\\";

/// `Стаття 96 - 3 . Підстави …`: the raised index of a unit inserted after another (96³),
/// as the Markdown copies of zakon.rada.gov.ua write it, before the heading's dot, its line's
/// end or a Markdown line break (`Глава 20 - 1\`). `after` past the index, which is part of
/// the number; a title after a dash (`Art. 5 - Scope`) does not open on a number and its dot
/// and a blank.
fn dashed_index(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(" - ")?;
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let tail = &rest[digits..];
    // Not a date after a dash (Turkish `Madde 3 - 1.1.2005 tarihinden …`).
    let dot = tail
        .trim_start_matches(' ')
        .strip_prefix('.')
        .is_some_and(|t| t.is_empty() || t.starts_with(char::is_whitespace));
    let closed = dot || tail.trim_end().is_empty() || tail == MARKDOWN_BREAK;
    closed.then_some(tail)
}

/// The ordinal numbering a division after its keyword: a word of [`DIVISION_ORDINALS`]
/// (Czech `ČÁST PRVNÍ`, `HLAVA DRUHÁ`) or a Romanian ordinal, feminine `a II-a` or masculine
/// `al II-lea`, in Roman or Arabic numerals (`Secţiunea a II-a`, `Titlul al III-lea`).
fn ordinal_after_keyword(i: &str) -> IResult<&str, &str> {
    let romanian = (
        alt((tag("al "), tag("a "))),
        alt((digit1, roman_numeral)),
        alt((tag("-lea"), tag("-a"))),
    );
    let word = || take_while1(char::is_alphabetic);
    let (rest, value) = alt((
        romanian.map(|_| None),
        map_opt(word(), |w: &str| super::style::ordinal_value(w).map(Some)),
    ))
    .parse(i)?;
    let (rest, _) = boundary(rest)?;
    // A ten, then its unit apart (`vigésima primera`).
    let (rest, _) = match value.is_some_and(|v| v >= 20 && v % 10 == 0) {
        true => opt(verify((char(' '), word()), |(_, unit): &(char, &str)| {
            let ten = i.len() - rest.len();
            ordinal_word(&i[..ten + 1 + unit.len()])
        }))
        .parse(rest)?,
        false => (rest, None),
    };
    // A provision inserted after another (`Disposición adicional decimonovena bis`).
    let (rest, _) = opt((char(' '), latin, boundary)).parse(rest)?;
    Ok((rest, taken(i, rest)))
}

/// `Uno.`, `Veintisiete.`, `Treinta y dos.`: a Spanish number in words, capitalised, and a full
/// stop, then a blank or the line's end ([`Marker::WordDot`]); a heading only in the styles
/// that list it.
fn word_marker(i: &str) -> IResult<&str, (Form, &str)> {
    // Most capitalised lines of prose go on after their first word without a full stop.
    let first = i.find(|c: char| !c.is_alphabetic()).unwrap_or(i.len());
    if first < 3 || !matches!(i.as_bytes().get(first), Some(b'.' | b' ')) {
        return fail(i);
    }
    // Numbers of more words than one open with a ten or a hundred (`Treinta y dos.`, `Ciento
    // uno.`): other lines go no further, unread.
    let (rest, n) = if i.as_bytes()[first] == b'.' {
        let n = &i[..first];
        if super::style::spanish_number_value(n).is_none() {
            return fail(i);
        }
        (&i[first..], n)
    } else if super::style::SPANISH_TENS
        .iter()
        .chain(&["ciento"])
        .any(|w| w.eq_ignore_ascii_case(&i[..first]))
    {
        // Read and valued whole by the cardinals' parser.
        spanish_cardinal(i)?
    } else {
        return fail(i);
    };
    let (rest, _) = char('.').parse(rest)?;
    let (rest, _) = blank_or_end(rest)?;
    Ok((rest, (Form::Marker(Marker::WordDot), n)))
}

/// `diez`, `cuarenta y dos`, `ciento uno`: a Spanish cardinal of one to four words (see
/// [`super::style::spanish_cardinal_value`]), the longest that is one.
fn spanish_cardinal(i: &str) -> IResult<&str, &str> {
    let mut ends = Vec::with_capacity(4);
    let mut at = 0;
    while ends.len() < 4 {
        let word = i[at..]
            .find(|c: char| !c.is_alphabetic())
            .map_or(i.len(), |k| at + k);
        if word == at {
            break;
        }
        ends.push(word);
        match i[word..].strip_prefix(' ') {
            Some(_) => at = word + 1,
            None => break,
        }
    }
    for &end in ends.iter().rev() {
        if super::style::spanish_cardinal_value(&i[..end]).is_some() {
            return Ok((&i[end..], &i[..end]));
        }
    }
    fail(i)
}

/// `Erster Abschnitt`, `Eerste afdeling`, `PRVÁ HLAVA`, `Piaty diel`: a division numbered by
/// an ordinal word of [`DIVISION_ORDINALS`] written before its keyword; the word is the
/// number.
fn ordinal_first(i: &str) -> IResult<&str, (Form, &str)> {
    // Most lines of prose fail at the first letter of their first word, before the keyword
    // is looked up and before the word's letters are checked.
    // The longest ordinal is some twenty bytes (`achtundzwanzigster`).
    let head = &i.as_bytes()[..i.len().min(32)];
    // A plain loop: the word ends within a few bytes, sooner than a vector search is set up.
    let Some(end) = head.iter().position(|&b| b == b' ' || b == b'\t') else {
        return fail(i);
    };
    let (word, rest) = i.split_at(end);
    if !lexicon().may_be_ordinal(word) {
        return fail(i);
    }
    let (rest, _) = blanks1(rest)?;
    for k in keywords_for(rest).filter(|k| k.ordinal) {
        if let Some(after) = k.strip(rest)
            && boundary(after).is_ok()
            && ordinal_word(word)
        {
            return Ok((after, (Form::Keyword(k), word)));
        }
    }
    fail(i)
}

/// Whether `word` is, in any case, an ordinal word of [`DIVISION_ORDINALS`]: a stem, or a
/// unit and a ten, then an ending.
pub(crate) fn ordinal_word(word: &str) -> bool {
    super::style::ordinal_value(word).is_some()
}

/// `1 §`, `1. člen`, `2 kap.`, `8 a §`, `60.pants`, `IV SKIRSNIS`, `BENDROJI DALIS`: a number
/// (or an ordinal word in capitals), then a keyword written after it.
fn keyword_after(i: &str) -> IResult<&str, (Form, &str)> {
    // Most lines are prose: turned away before the parsers below.
    let mut chars = i.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return fail(i);
    };
    if first.is_ascii_digit() {
        let (rest, _) = number_before_keyword(i)?;
        // Lithuanian `9-1 straipsnis`, as the Register of Legal Acts writes an article inserted
        // after 9 (9¹) in plain text; not before `§`, where `1-3 §` is a range of the Nordic
        // styles.
        let dashes: IResult<&str, usize> = many1_count(preceded(char('-'), digit1)).parse(rest);
        if let Ok((dashed, _)) = dashes {
            return keyword_following(i, dashed, |k| k.word != "§");
        }
        return keyword_following(i, rest, |_| true);
    }
    // The articles of the Hungarian Fundamental Law's Foundation, lettered `A) cikk` to `U)
    // cikk`: the letter and its parenthesis before an article's keyword (not `§`).
    if first.is_ascii_uppercase() && second == Some(')') {
        let (rest, (form, _)) =
            keyword_following(&i[2..], &i[2..], |k| k.word != "§" && !k.names_division())?;
        return Ok((rest, (form, &i[..1])));
    }
    // Not before `§`, which no style numbers in Roman: Czech and Slovak amendments open with
    // `V § 23 ods. 1 …` (in § 23(1)), whose `V` is a preposition.
    if is_roman(first)
        && let Ok((rest, _)) = roman_numeral(i)
        && let Ok(found) = keyword_following(i, rest, |k| k.word != "§")
    {
        return Ok(found);
    }
    if !(first.is_uppercase() && second.is_some_and(char::is_uppercase)) {
        return fail(i);
    }
    // `BENDROJI DALIS`, `VISPĀRĪGĀ DAĻA`, `YLEINEN OSA`: a division named by an ordinal word,
    // both in capitals and alone on the line (a line of capitals in an article's text, such as
    // a signature, goes on after the keyword).
    let (rest, _) = take_while_m_n(3, 16, char::is_uppercase)(i)?;
    let (rest, found) = keyword_following(i, rest, Keyword::names_division)?;
    let alone = rest.trim_end_matches(['*', '_', '#', ' ', '\t']).is_empty();
    if !alone || taken(i, rest).chars().any(char::is_lowercase) {
        return fail(i);
    }
    Ok((rest, found))
}

/// The number before a keyword written after it: `8`, `8a`, `8 a` (a letter apart, as Finnish
/// and Swedish number inserted sections), `61.1` and `61.¹` (Latvian articles inserted after
/// 61, the second as printed, the first as converters flatten it).
fn number_before_keyword(i: &str) -> IResult<&str, ()> {
    let (i, _) = (digit1, suffix).parse(i)?;
    // The Hungarian Civil Code numbers its sections by book (`6:519. §`, section 519 of Book
    // Six): its 1,587 sections were no units, and their `(1)` the articles.
    let (i, _) = opt(preceded(char(':'), (digit1, suffix))).parse(i)?;
    // Hungarian `12/A. §` and Slovenian `6.a člen`: sections inserted after 12 and 6.
    let (i, _) = opt(alt((
        preceded(
            char('/'),
            take_while_m_n(1, 1, |c: char| c.is_ascii_uppercase()),
        ),
        preceded(
            char('.'),
            terminated(
                take_while_m_n(1, 2, |c: char| c.is_ascii_lowercase()),
                boundary,
            ),
        ),
    )))
    .parse(i)?;
    let (i, _) = many0_count(preceded(char('.'), digit1)).parse(i)?;
    // `2<sup>1</sup>. jagu`, as Riigi Teataja's Markdown prints a division inserted after 2.
    let (i, _) = opt(preceded(opt(char('.')), superscript)).parse(i)?;
    let (i, _) = opt((
        blanks1,
        take_while_m_n(1, 2, |c: char| c.is_ascii_lowercase()),
        blank_or_end,
    ))
    .parse(i)?;
    Ok((i, ()))
}

fn is_superscript_digit(c: char) -> bool {
    matches!(c, '⁰' | '¹' | '²' | '³' | '⁴'..='⁹')
}

/// `II`, `XIV` (upper case).
fn roman_numeral(i: &str) -> IResult<&str, &str> {
    take_while_m_n(1, 8, is_roman)(i)
}

/// Whether a keyword written after its number is written as the language writes it, or in
/// capitals (`1. del`, `PRVI DEL`, `3 luku`, `1. Kapitel`): the first word of a list entry
/// after its number is capitalised (`2. Del Fiscal de la Nación.` in a Spanish list was the
/// Slovenian division `2. del`, and cut its article in two).
fn written_as(written: &str, word: &str) -> bool {
    written == word || !written.chars().any(char::is_lowercase)
}

/// A keyword written after the number `taken(i, rest)`, accepted by `accept`.
fn keyword_following<'a>(
    i: &'a str,
    rest: &'a str,
    accept: impl Fn(&Keyword) -> bool,
) -> IResult<&'a str, (Form, &'a str)> {
    let n = taken(i, rest);
    // `3\. §`: Markdown exports escape a dot after a number at the start of a line.
    let (rest, dot) = opt(alt((tag("\\."), tag(".")))).parse(rest)?;
    // A typesetting space (thin, no-break) counts before the section sign (Finlex prints
    // `1\u{2009}§ Soveltamisala`); before a word, a list entry's first word (`1.\u{a0}Del
    // juez.` in a Spanish list) is no keyword.
    let (rest, _) = space0(rest)?;
    let rest = match rest.as_bytes().first() {
        Some(&b) if b >= 0x80 => {
            let (set, _) = blanks0(rest)?;
            if set.starts_with('§') { set } else { rest }
        }
        _ => rest,
    };
    for k in keywords_for(rest).filter(|k| k.after && !k.ordinal && accept(k)) {
        if let Some(after) = k.strip(rest)
            && written_as(taken(rest, after), k.word)
            && (k.word == "§" || k.word.ends_with('.') || boundary(after).is_ok())
            && (!SET_APART_AFTER.contains(&k.word) || set_apart(after))
            // Finnish `10 §:n 2 momentissa tarkoitetut tuotteet` (the products of 10 §(2), an
            // annex's title in capitals): the sign inflected is a citation, no heading.
            && !(k.word == "§" && inflected(after))
            // `1 §§ 1, 2, 4 og 20 trer i kraft …`: a footnote's number, then the sections it
            // cites; `§§` heads no section.
            && !(k.word == "§" && after.starts_with('§'))
            // `1.  § 45 (Rechtspflege …),`: a list entry citing § 45 (the sign stands before
            // the number it cites), not a section `1. §`. Without the dot it is one: Swedish
            // `4 § 1:o. Upplåtelse …`, Finnish `13 § 3 luvun soveltamisala`.
            && !(dot.is_some()
                && k.word == "§"
                && after.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        {
            // Icelandic `227. gr. a`: an article inserted after 227, its letter after the
            // keyword; the number runs to it.
            if let Ok((end, _)) = inserted_letter(after) {
                return Ok((end, (Form::Keyword(k), taken(i, end))));
            }
            return Ok((after, (Form::Keyword(k), n)));
        }
    }
    fail(i)
}

/// Whether a keyword is inflected with a case ending after a colon, as Finnish cites (`§:n`,
/// `§:ssä`, `§:ään`).
fn inflected(after: &str) -> bool {
    after
        .strip_prefix(':')
        .is_some_and(|r| r.starts_with(char::is_alphabetic))
}

/// Whether the words after a heading's keyword are set apart from it: by a colon or a dash,
/// or there are none.
fn set_apart(after: &str) -> bool {
    after
        .trim_start_matches(is_blank)
        .chars()
        .next()
        .is_none_or(|c| matches!(c, ':' | '-' | '–' | '—'))
}

/// A letter standing alone after a keyword written after the number (`227. gr. a`), then a
/// blank, a full stop or the line's end.
fn inserted_letter(i: &str) -> IResult<&str, ()> {
    let (rest, _) = (
        blanks1,
        take_while_m_n(1, 1, |c: char| c.is_ascii_lowercase()),
    )
        .parse(i)?;
    match rest.chars().next() {
        None | Some('.') => Ok((rest, ())),
        Some(c) if is_blank(c) => Ok((rest, ())),
        _ => fail(i),
    }
}

/// `7.1`, `7.1.2` (two parts or more), then a blank or the end.
fn dotted(i: &str) -> IResult<&str, (Form, &str)> {
    let (rest, parts) = (
        verify(digit1, |d: &str| d.len() <= 3),
        many0_count(preceded(char('.'), verify(digit1, |d: &str| d.len() <= 3))),
    )
        .parse(i)?;
    let depth = parts.1 + 1;
    if depth < 2 {
        return fail(i);
    }
    let n = taken(i, rest);
    // `2.994.778 45`, `1.153 gevechtstanks;`: an amount with its thousands set apart by dots
    // (a Luxembourg budget law's table, a treaty's ceilings), no sub-clause: sub-clauses are not
    // numbered past 99 below a number.
    if n.split('.').skip(1).all(|group| group.len() == 3) {
        return fail(i);
    }
    let (rest, _) = opt(char('.')).parse(rest)?;
    // `8.1Periodieke inspecties`, `1.2.Cargo ships …`: the text right after the number, as the
    // BWB export writes it; `parse_heading` marks it for tight styles only.
    let (rest, _) = match tight_letter(rest) {
        true => (rest, ()),
        false => blank_or_end(rest)?,
    };
    Ok((rest, (Form::Dotted(depth.min(9) as u8), n)))
}

/// `1 Title`: a bare number (at most four digits, an optional capital letter), a blank. In a
/// Markdown heading (`markdown`) the number may stand alone, as legislation.gov.uk's exports
/// print a section's number under its title (`#### Penalties`, then `##### 5`).
fn bare(i: &str, markdown: bool) -> IResult<&str, (Form, &str)> {
    let (digits, _) = verify(digit1, |d: &str| d.len() <= 4).parse(i)?;
    if let Some(rest) = bare_tight(digits) {
        return Ok((rest, (Form::Bare, taken(i, rest))));
    }
    let (rest, _) = take_while_m_n(0, 2, |c: char| c.is_ascii_uppercase()).parse(digits)?;
    let n = taken(i, rest);
    // A Schedule's paragraph with its first sub-paragraph on its line (`2 (1) Section 7 is
    // amended …`; tight, `1(1)ARIA is not …`, as legislation.gov.uk's text prints it).
    let inline = rest.trim_start_matches([' ', '\t']);
    if inline.starts_with('(') && paren_marker(inline).is_ok() {
        return Ok((inline, (Form::Bare, n)));
    }
    // Irish Acts: `4.—(1) A person …`, the section's number, a dot and a dash, its first
    // subsection on the same line, or its text where it has no subsections (`1.— In this
    // Act—`, `8.—Proceedings …`).
    if let Some(after) = rest
        .strip_prefix(".—")
        .or_else(|| rest.strip_prefix(".–"))
        .map(str::trim_start)
        .filter(|a| a.starts_with(|c: char| c == '(' || c.is_uppercase()))
    {
        return Ok((after, (Form::Bare, n)));
    }
    if markdown && rest.trim_end_matches(['#', '*', '_', ' ', '\t']).is_empty() {
        return Ok((rest, (Form::Bare, n)));
    }
    // A title that opens on an amendment's note, as legislation.gov.uk's revised texts print
    // it (`86A[F1FCA] to prepare information sheets …`: the words F1 substituted).
    if let Some((len, true)) = note_call(rest)
        && rest[len..].starts_with(char::is_uppercase)
    {
        return Ok((rest, (Form::Bare, n)));
    }
    let (rest, _) = blanks1(rest)?;
    if !rest.starts_with(char::is_uppercase) {
        return fail(i);
    }
    Ok((rest, (Form::Bare, n)))
}

/// The title after a bare number's digits where legislation.gov.uk's text runs it into them
/// (`1Meaning of “coronavirus”`, `4AMeaning …`, `12ZAInterpretation`, `2ARIA’s functions`):
/// capitals before a capital that opens a word are the number's letters (at most two); three
/// capitals or more with no small letter after them are the title's.
fn bare_tight(after_digits: &str) -> Option<&str> {
    let run = after_digits
        .bytes()
        .take_while(u8::is_ascii_uppercase)
        .count();
    let word = after_digits[run..].starts_with(char::is_lowercase);
    let letters = match (run, word) {
        (1..=3, true) => run - 1,
        (3.., false) => 0,
        _ => return None,
    };
    Some(&after_digits[letters..])
}

/// `– text`: an item led by a dash (its number, its place, is given when the text is split).
fn dash_marker(i: &str) -> IResult<&str, (Form, &str)> {
    let (rest, _) = alt((char('–'), char('—'))).parse(i)?;
    let (rest, _) = blanks1(rest)?;
    Ok((rest, (Form::Marker(Marker::Dash), &rest[..0])))
}

/// `(1)`, `(a)`, `(iv)`, `(*b*)`.
fn paren_marker(i: &str) -> IResult<&str, (Form, &str)> {
    let (i, _) = char('(')(i)?;
    // `(*b*)`: the Irish statute book prints item letters in italics.
    let (i, emphasis) = opt(alt((char('*'), char('_')))).parse(i)?;
    let start = i;
    let (rest, marker) = alt((
        (
            verify(digit1, |d: &str| d.len() <= 3),
            // `(2a)`, and Irish `(2A)` (inserted after (2)).
            alt((
                take_while_m_n(1, 1, |c: char| c.is_ascii_uppercase()),
                take_while_m_n(0, 2, |c: char| c.is_ascii_lowercase()),
            )),
            opt(superscript),
        )
            .map(|_| Marker::ParenNumber),
        take_while_m_n(2, 6, |c: char| matches!(c, 'i' | 'v' | 'x')).map(|_| Marker::ParenRoman),
        take_while_m_n(1, 2, |c: char| c.is_ascii_lowercase()).map(|t: &str| {
            if t == "i" {
                Marker::ParenRoman
            } else {
                Marker::ParenLetter
            }
        }),
    ))
    .parse(i)?;
    let n = taken(start, rest);
    let rest = match emphasis {
        Some(mark) => char(mark)(rest)?.0,
        None => rest,
    };
    let (rest, _) = char(')')(rest)?;
    // Irish consolidated Acts glue the marker to its sentence (`(2)This Act shall …`) or
    // close an amendment's mark after it (`F1[(1)] In this Act`); legislation.gov.uk's text
    // copied glues items too (`(a)conduct scientific research;`), read in the styles that
    // write their markers tight only (see `parse_heading`).
    // A paragraph glued to its first item (`(2)(a)Where—`, the Irish Statute Book's text of
    // the Health Act 1970, s. 32) opens both (see `detect::opening_item`).
    let glued = rest.starts_with(|c: char| c.is_uppercase() || c == ']')
        || (marker != Marker::ParenNumber && rest.starts_with(char::is_lowercase))
        || (marker == Marker::ParenNumber
            && ["(a)", "(*a*)", "(_a_)"]
                .iter()
                .any(|a| rest.starts_with(a)));
    let (rest, _) = if glued {
        (rest, ())
    } else {
        blank_or_end(rest)?
    };
    Ok((rest, (Form::Marker(marker), n)))
}

/// `<sup>1</sup> `, `<sup>2bis</sup> `, `¹ `: a raised number, then a blank.
fn raised_marker(i: &str) -> IResult<&str, (Form, &str)> {
    let number = |i| {
        let (rest, _) = (
            verify(digit1, |d: &str| d.len() <= 3),
            take_while_m_n(0, 6, |c: char| c.is_ascii_lowercase()),
        )
            .parse(i)?;
        Ok((rest, taken(i, rest)))
    };
    let (rest, n) = alt((
        (tag("<sup>"), number, tag("</sup>")).map(|t| t.1),
        take_while_m_n(1, 3, is_superscript_digit),
    ))
    .parse(i)?;
    let (rest, _) = blanks1(rest)?;
    Ok((rest, (Form::Marker(Marker::Raised), n)))
}

/// `1.`, `1)`, `1°` (indented by at most three blanks: deeper is a wrapped line).
fn number_marker(i: &str) -> IResult<&str, (Form, &str)> {
    // Up to six digits: a long list (a tariff, a schedule) runs past 9999. A number of five
    // or six digits is a marker only where it continues its list (`detect::long_number`).
    // Letters after the digits: `2a.`, and Maltese `248A.`, `248BA.` (articles inserted after
    // 248), in one case; three capitals for an Irish section inserted after `15AA.` (`15AAA.`,
    // `15AAB.`: read as a heading of words, they were five sections numbered 15).
    let (rest, _) = (
        verify(digit1, |d: &str| d.len() <= 6),
        verify(
            take_while_m_n(0, 3, |c: char| c.is_ascii_alphabetic()),
            |l: &str| {
                (l.len() <= 2 && l.bytes().all(|b| b.is_ascii_lowercase()))
                    || l.bytes().all(|b| b.is_ascii_uppercase())
            },
        ),
        // Italian `1-bis.`: a comma inserted after comma 1.
        opt(preceded(char('-'), latin)),
    )
        .parse(i)?;
    let n = taken(i, rest);
    // `2.I cittadini`: a capital right after the dot (a date such as `12.Mai` reads so too, so
    // only the styles that list this form take it as a paragraph); Normattiva opens the words
    // an amendment gave a comma with `((` (`2.((In tutti gli altri casi, se))`).
    if let Some(text) = rest.strip_prefix('.')
        && text
            .strip_prefix("((")
            .unwrap_or(text)
            .starts_with(|c: char| c.is_uppercase())
    {
        return Ok((text, (Form::Marker(Marker::DotTight), n)));
    }
    let (rest, marker) = alt((
        // `2\.`, `2\)`: escaped by Markdown exports, lest the line read as a list; `2..`, the
        // dot doubled by legalize-ie's export of some consolidated Irish Acts.
        terminated(alt((tag(".."), tag("."), tag("\\."))), not(one_of("ºª")))
            .map(|_| Marker::DotNumber),
        // Spanish ordinals as the BOE prints them: `1.º`, `2.ª`.
        (alt((tag("."), tag("\\."))), one_of("ºª")).map(|_| Marker::Degree),
        alt((tag(")"), tag("\\)"))).map(|_| Marker::NumberParen),
        (alt((char('°'), char('º'), char('ª'))), opt(char('.'))).map(|_| Marker::Degree),
        (blanks1, alt((char('-'), char('–')))).map(|_| Marker::NumberDash),
    ))
    .parse(rest)?;
    let (rest, _) = blank_or_end(rest)?;
    Ok((rest, (Form::Marker(marker), n)))
}

/// `Stk. 2.`: a Danish paragraph (stykke) by its word.
fn stk_marker(i: &str) -> IResult<&str, (Form, &str)> {
    let (rest, _) = (tag("Stk."), blanks1).parse(i)?;
    let (after, _) = (verify(digit1, |d: &str| d.len() <= 3), suffix).parse(rest)?;
    let n = taken(rest, after);
    let (after, _) = char('.')(after)?;
    let (after, _) = blank_or_end(after)?;
    Ok((after, (Form::Marker(Marker::Stk), n)))
}

/// `a)`, `aa)`, `a.`, `I.`, `IV.`.
fn letter_marker(i: &str) -> IResult<&str, (Form, &str)> {
    if let Some(found) = other_script_letter(i) {
        return Ok(found);
    }
    // Every marker below is one to six ASCII letters, then `)` or `.`: most lines of prose are
    // turned away here, before the parsers.
    let bytes = i.as_bytes();
    let letters = bytes
        .iter()
        .take(7)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    if !(1..=6).contains(&letters) || !matches!(bytes.get(letters), Some(b')' | b'.')) {
        return fail(i);
    }
    let (rest, marker) = alt((
        (
            take_while_m_n(1, 2, |c: char| c.is_ascii_lowercase()),
            char(')'),
        )
            .map(|_| Marker::LetterParen),
        (
            take_while_m_n(1, 1, |c: char| c.is_ascii_lowercase()),
            char('.'),
        )
            .map(|_| Marker::LetterDot),
        // Swiss letters inserted after another: `abis.`, `cter.`.
        (
            verify(take_while1(|c: char| c.is_ascii_lowercase()), |l: &str| {
                super::detect::letter_multiplier(l).is_some()
            }),
            char('.'),
        )
            .map(|_| Marker::LetterDot),
        (take_while_m_n(1, 6, is_roman), char('.')).map(|_| Marker::RomanDot),
    ))
    .parse(i)?;
    let n = &taken(i, rest)[..taken(i, rest).len() - 1];
    // `I.-La peine …`: the current Code pénal sets the dash against the numeral.
    let dash = marker == Marker::RomanDot && rest.starts_with(['-', '–', '—', '−']);
    let (rest, _) = if dash {
        (rest, ())
    } else if marker == Marker::LetterDot
        && n != "s"
        && let Some(end) = flattened_footnote_call(rest)
    {
        // Not `s.98`: the section an English text cites (a UK order's commencement table).
        (end, ())
    } else if marker == Marker::LetterDot
        && (inline_note_call(rest).is_some() || (n.len() == 1 && tight_letter(rest)))
    {
        // A note's call and the text, or the text written tight, stay the rest:
        // `parse_heading` marks the letter for Swiss or tight texts only.
        (rest, ())
    } else {
        blank_or_end(rest)?
    };
    if marker == Marker::LetterDot && abbreviation_rest(rest) {
        return fail(i);
    }
    Ok((rest, (Form::Marker(marker), n)))
}

/// The end of a line that holds nothing after a letter's dot but a footnote call whose raised
/// number was flattened in copying: Fedlex lays its lists out with the letter alone on its
/// line and its text on the next, and a letter inserted or reworded by an amendment carries
/// the call of the note that says so (`a.3`, `abis.4` above `Collettività:`, as a copy of
/// the Swiss Ordinanza sull'armonizzazione dei registri reads). One to three digits, then
/// only blanks: a letter followed by words is read as before.
fn flattened_footnote_call(rest: &str) -> Option<&str> {
    after_call(rest).filter(|after| after.trim_start_matches(is_blank).is_empty())
}

/// What follows the one to three digits a note's call is, at the start of `rest`.
fn after_call(rest: &str) -> Option<&str> {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits).then(|| &rest[digits..])
}

/// The text after a note's call that a letter's dot runs straight into, then a blank, then
/// the letter's words: `d.2 la remise en état …`, `i.7 l'approvisionnement …`, `b.2 Wohnungen
/// für …` (Swiss law copied from Fedlex as plain text, with the letter's text on its line: the
/// loisuisse.ch edition of the Ordonnance sur les améliorations structurelles, art. 14; German
/// letters open with a capital as often as not). The same shape is a competence code in a
/// Liechtenstein text (`s.4 elektrische Steuerungen`), a letter run into a number in the Dutch
/// BWB export (`a.100 mg/m³ …`) and a sub-clause of an English contract (`a.1 The Supplier
/// …`): detection keeps such letters in Swiss texts only.
fn inline_note_call(rest: &str) -> Option<&str> {
    let after = after_call(rest).filter(|_| !rest.starts_with('0'))?;
    let words = after.strip_prefix(' ')?;
    words.starts_with(char::is_alphabetic).then_some(words)
}

/// Whether the text right after a letter's dot, with no blank, is a word that opens with a
/// capital (`a.Koelinstallaties zijn …`, `b.Het aanwijsbereik …`): the Dutch BWB export writes
/// the letters of many lists so (3,600 lines in the laws-markdown collection). Not an
/// abbreviation (`i.V.m.`, `e.V.`: a capital, then a dot) nor a date (`a.D.`).
fn tight_letter(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(
        (chars.next(), chars.next()),
        (Some(c), Some(d)) if c.is_uppercase() && d.is_lowercase()
    )
}

/// Whether `form` is a bracketed letter or Roman numeral (`(a)`, `(iv)`).
fn is_paren_item(form: Form) -> bool {
    matches!(form, Form::Marker(Marker::ParenLetter | Marker::ParenRoman))
}

/// Whether the words after a bare number open with a bracketed marker (see [`bare`]): a
/// layout read only in the styles that write their markers tight. Not after an Irish
/// section's dash (`4.—(1) …`), read in every text.
fn opens_bracketed(after_number: &str) -> bool {
    after_number
        .trim_start_matches([' ', '\t'])
        .starts_with('(')
}

/// Whether the words after a letter and its dot go on as a two-letter abbreviation (`z. B.`,
/// `d. h.`, `u. a.` at a line's start in German, the dot after the second letter): no item
/// `z.` (the GGAV's list of wastes cut `z. B. bestimmte Öle` as item `lit. z`).
fn abbreviation_rest(rest: &str) -> bool {
    let mut chars = rest.trim_start_matches([' ', '\t']).chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(c), Some('.'), None | Some(' ' | ',' | '\n' | '\r' | ')'))
            if c.is_alphabetic()
    )
}

/// An item lettered in Cyrillic or Greek (`а)`, `ж)`, `α)`, `αα)`, `ιστ)`): one or two
/// lower-case letters of one script (three for a Greek 16 or 26), then `)`.
fn other_script_letter(i: &str) -> Option<(&str, (Form, &str))> {
    // Lower-case Cyrillic letters start with D0 or D1 in UTF-8, Greek ones with CE or CF,
    // Armenian ones with D5 or D6, Georgian ones with E1.
    if !matches!(i.as_bytes().first(), Some(0xce..=0xd1 | 0xd5 | 0xd6 | 0xe1)) {
        return None;
    }
    let letter = |c: char| {
        matches!(c, 'а'..='я' | 'ё' | 'є' | 'і' | 'ї' | 'ґ' | 'α'..='ω' | 'ա'..='ֆ')
            || is_georgian(c)
    };
    let letters = i.chars().take_while(|&c| letter(c)).count();
    // Greek six is `στ`, so 16 and 26 are `ιστ)` and `κστ)`.
    let greek_six = letters == 3 && i.starts_with(['ι', 'κ', 'λ']) && i[2..].starts_with("στ");
    if !(1..=2).contains(&letters) && !greek_six {
        return None;
    }
    let end = i.char_indices().nth(letters).map(|(k, _)| k)?;
    let rest = i[end..].strip_prefix(')')?;
    let (rest, _) = blank_or_end(rest).ok()?;
    Some((rest, (Form::Marker(Marker::LetterParen), &i[..end])))
}

/// How a line is marked as a heading before its words.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// No mark.
    None,
    /// `### ` (with a blank): a heading whatever its words.
    Hashes,
    /// `###Artikel` (no blank, as some converters write): a heading only if a unit follows.
    Tight,
    /// `**` or `__`.
    Bold,
}

/// The Markdown marker (`#`–`######`, a blank or not) or bold `**` at the start of `i`.
fn markdown(i: &str) -> IResult<&str, Mark> {
    if !i.starts_with(['#', '*', '_']) {
        return Ok((i, Mark::None));
    }
    let (rest, hashes) = take_while(|c| c == '#')(i)?;
    if (1..=6).contains(&hashes.len()) {
        return Ok(match blanks1(rest) {
            // `##### **Art. 12** …` (Swiss Fedlex Markdown): the bold inside goes too.
            Ok((rest, _)) => (unemphasised(rest), Mark::Hashes),
            Err(_) => (rest, Mark::Tight),
        });
    }
    let (rest, bold) = opt(alt((tag("**"), tag("__")))).parse(i)?;
    if bold.is_some() {
        return Ok((rest, Mark::Bold));
    }
    // An italic line reads as a plain one, capitals and all: legilux's Code du travail prints
    // its sections `*Section 2.* *Forme du contrat*`, and marks them as headings (`##### *Section
    // 2.* …`) in some versions only.
    Ok((italic(i).unwrap_or(i), Mark::None))
}

/// `i` after the bold (`**`, `__`) or italic mark that opens it, if any.
fn unemphasised(i: &str) -> &str {
    i.strip_prefix("**")
        .or_else(|| i.strip_prefix("__"))
        .or_else(|| italic(i))
        .unwrap_or(i)
}

/// `i` after the single `*` or `_` that opens an italic run (not a list's bullet: a blank
/// follows that).
fn italic(i: &str) -> Option<&str> {
    let rest = i.strip_prefix(['*', '_'])?;
    rest.starts_with(|c: char| !c.is_whitespace() && c != '*' && c != '_')
        .then_some(rest)
}

/// Parses a heading from one line (without its line break). `None` when the line is text.
pub(crate) fn parse_heading(line: &str) -> Option<RawHeading<'_>> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let line_start = line.strip_prefix('\u{feff}').unwrap_or(line);
    let body = line_start.trim_start_matches(is_blank);
    let indent = line_start.len() - body.len();
    let (body, mark) = markdown(body).ok()?;
    let noted = body;
    let body = match mark {
        Mark::Hashes => after_note(body),
        _ => body,
    };
    let body = annotated(body);
    let (body, after_quote) = match mark {
        Mark::Hashes => unquoted(body),
        _ => (body, None),
    };
    let md = mark != Mark::None;
    // A Markdown list entry (`- a) text`, as official Markdown editions of Czech codes print
    // items) is a heading only by a paragraph or item marker.
    let item = bulleted(body).filter(|_| !md);
    let body = item.unwrap_or(body);
    let first = body.chars().next()?;
    // Dispatch on the first character: most lines are not headings and each form starts
    // differently.
    let parsed = if item.is_some() {
        match first {
            '(' => paren_marker(body),
            '0'..='9' => number_marker(body),
            // Normattiva's Markdown lists its divisions (`- Capo II COMPETENZA Sezione I
            // Disposizione generale`, `- Sezione IV Competenza per connessione`).
            c if c.is_uppercase() => letter_marker(body).or_else(|_| bulleted_division(body)),
            _ => letter_marker(body),
        }
    } else if first == '(' {
        paren_marker(body)
    } else if first == '<' || is_superscript_digit(first) {
        raised_marker(body)
    } else if first == '–' || first == '—' {
        dash_marker(body)
    } else if first.is_ascii_digit() {
        keyword_after(body)
            .or_else(|_| dotted(body))
            .or_else(|_| match indent <= 3 || md {
                true => number_marker(body).or_else(|_| bare(body, md)),
                false => fail(body),
            })
    } else if first.is_ascii_lowercase() && !md {
        // Not a keyword: outside Markdown headings keywords are capitalised.
        letter_marker(body)
    } else {
        keyword_first(body, md)
            .or_else(|_| keyword_after(body))
            .or_else(|_| ordinal_first(body))
            .or_else(|_| stk_marker(body))
            .or_else(|_| letter_marker(body))
            .or_else(|_| ordinal_alone(body))
            .or_else(|_| word_marker(body))
    };
    let (rest, (form, number)) = match parsed {
        Ok(p) => p,
        Err(_) if mark == Mark::Hashes => return markdown_heading(line, body, noted),
        Err(_) if mark == Mark::Bold => return bold_capitals(line, body),
        Err(_) if mark == Mark::None && item.is_none() => return titled_inline(line, body),
        Err(_) => return None,
    };
    // A quoted unit's title may follow the closing quote (`*«Section 7.»* *Temps de repos*`).
    let rest = match after_quote {
        Some(after) if rest.trim_start_matches(is_separator).is_empty() => after,
        _ => rest,
    };
    let at = number.as_ptr() as usize - line.as_ptr() as usize;
    let letter = form == Form::Marker(Marker::LetterDot);
    let only_in = if letter && rest.starts_with(|c: char| c.is_ascii_digit()) {
        OnlyIn::Swiss
    } else if (letter || matches!(form, Form::Dotted(_))) && tight_letter(rest) {
        OnlyIn::Tight
    } else if is_paren_item(form) && rest.starts_with(lower_case) {
        // `(a)conduct scientific research;`: an item glued to its words.
        OnlyIn::Tight
    } else if form == Form::Bare && opens_bracketed(&line[at + number.len()..]) {
        // `1(1)ARIA is …`, `2 (1) Section 7 …`. A keyword's or a bare number's title run
        // into it (`PART 1Main provisions`, `1Meaning of …`) is read in every text: HTML
        // copied as text writes it so in any language.
        OnlyIn::Tight
    } else {
        OnlyIn::Any
    };
    let rest = match only_in {
        OnlyIn::Swiss => inline_note_call(rest).unwrap_or(rest),
        _ => rest,
    };
    // A Markdown line break ending the line (`Глава 1\`, its title on the next) is no title.
    let title = without_footnote_calls(
        without_leading_footnote_calls(rest.trim_start_matches(is_separator))
            .trim_end()
            .trim_end_matches(MARKDOWN_BREAK)
            .trim_end()
            .trim_end_matches(['*', '_']),
    );
    if !md && matches!(form, Form::Keyword(_)) && continues_citation(rest) {
        return None;
    }
    if !md
        && needs_capital(form)
        && starts_lowercase(title)
        && !bracketed(title)
        && !range_end(title)
        && !repeal_note(title)
        && !roman_lead_in(form, title)
    {
        return None;
    }
    let title = if amendment_note(title) { "" } else { title };
    Some(RawHeading {
        form,
        number,
        number_at: at..at + number.len(),
        title,
        only_in,
    })
}

/// A Markdown heading's words after the note of the law that amended it, which the legilux
/// export prints before them in some versions only (`### ([L. 12 juillet 2019](/eli/…))
/// **Titre Premier** **La formation professionnelle**`, `##### *([L. 1<sup>er</sup> août
/// 2018](/eli/…))* *Section 13.* …`): read as words, the heading was a division named by the
/// note, and the same title without it another, one removed and the other added.
fn after_note(body: &str) -> &str {
    let note = |b: &str| -> Option<usize> {
        let inner = b.strip_prefix("([")?;
        let target = inner.find("](")? + 2;
        let close = inner[target..].find(')')? + target + 1;
        inner[close..].starts_with(')').then_some(2 + close + 1)
    };
    let Some(end) = note(body) else {
        return body;
    };
    let rest = unemphasised(body[end..].trim_start_matches(['*', '_']).trim_start());
    if rest.is_empty() { body } else { rest }
}

/// A Markdown heading's words inside the guillemets that open them, and what follows the
/// closing one (`None`: no quote): consolidations print a unit inserted by an amending law
/// in that law's quotes (`###### «Art. L. 211-16.»`, `##### *«Section 7.»* *Temps de repos*`,
/// `###### «Art. L. 426-12».`), and the next version without them; read with the quotes, the
/// unit was no article, removed and added again. Only behind `#` marks: a bill quotes the
/// articles it inserts (`« Art. 5. – …`), which are text of its own article.
fn unquoted(body: &str) -> (&str, Option<&str>) {
    let Some(rest) = body.strip_prefix('«') else {
        return (body, None);
    };
    let inside = unemphasised(rest.trim_start_matches(|c| is_blank(c) || c == '\u{202f}'));
    match inside.find('»') {
        Some(k) => (&inside[..k], Some(&inside[k + '»'.len_utf8()..])),
        None => (inside, Some("")),
    }
}

/// A letter of the Georgian alphabet (Mkhedruli), which has no capitals in running text.
fn is_georgian(c: char) -> bool {
    matches!(c, 'ა'..='ჰ')
}

/// A lower-case letter of a script that writes capitals (Unicode counts Georgian letters as
/// lower case, but Georgian headings and titles are written in them).
fn lower_case(c: char) -> bool {
    c.is_lowercase() && !is_georgian(c)
}

/// A Bulgarian article whose title runs into its heading on one line, as one of the stored
/// layouts of the Семеен кодекс prints them: `Възраст за встъпване в брак Чл. 6. (1) …`. The
/// title is a few words with no digit or stop, and the heading `Чл. N.` (capitalised, with
/// the full stop after its number, unlike a reference: `по чл. 6`) follows it.
fn titled_inline<'a>(line: &'a str, body: &'a str) -> Option<RawHeading<'a>> {
    let (_, heading, h) = split_titled_inline(body)?;
    let shift = heading.as_ptr() as usize - line.as_ptr() as usize;
    Some(RawHeading {
        number_at: h.number_at.start + shift..h.number_at.end + shift,
        ..h
    })
}

/// The title run into heading `h` on its `line` (`Възраст за встъпване в брак` of `Възраст за
/// встъпване в брак Чл. 6. (1) …`), if the line was read as such a heading (see
/// [`titled_inline`]): `h`'s number comes after the title.
pub(crate) fn run_in_title<'a>(line: &'a str, h: &RawHeading) -> Option<&'a str> {
    let body = line.trim_start_matches(is_blank);
    let (title, _, _) = split_titled_inline(body)?;
    let title_end = title.as_ptr() as usize - line.as_ptr() as usize + title.len();
    (h.number_at.start > title_end).then_some(title)
}

/// A line's body split into the title run into its heading, the heading's words and the
/// heading they parse as (its number placed in those words).
fn split_titled_inline(body: &str) -> Option<(&str, &str, RawHeading<'_>)> {
    // Lines that do not start with a Cyrillic capital are turned away at one byte.
    if !matches!(body.as_bytes(), [0xd0, 0x80..=0xaf, ..]) {
        return None;
    }
    let at = body.find(" Чл. ").or_else(|| body.find(" Член "))?;
    let title = &body[..at];
    let title_like = title.split_whitespace().count() <= 12
        && !title.contains(|c: char| c.is_ascii_digit() || ".;:,()«»\"„“".contains(c));
    if !title_like {
        return None;
    }
    let heading = &body[at + 1..];
    let h = parse_heading(heading)?;
    let after = &heading[h.number_at.end..];
    // legalize-bg keeps the end of an HTML tag after some numbers (`Чл. 8./span>. (1) …`).
    let after = after.strip_prefix("./span>").unwrap_or(after);
    if !matches!(h.form, Form::Keyword(_)) || !after.starts_with(". ") {
        return None;
    }
    Some((title, heading, h))
}

/// `body` after the opening of an annotation of the Irish revised Acts (`F5[(2A) …]`: the text
/// that amendment F5 inserted), of the UK's (`[F1(1A)Subsection …`, as legislation.gov.uk's
/// revised texts copy), or of Normattiva's mark of the words an amendment gave (`((1-bis. Se
/// il reato …))`, a comma inserted whole), which hides a unit's marker.
fn annotated(body: &str) -> &str {
    if let Some(rest) = body.strip_prefix("((")
        && rest.starts_with(|c: char| c.is_ascii_digit())
    {
        return rest;
    }
    // The note's number: after its bracket (UK), or before the bracket of the text (Irish).
    let Some((len, uk)) = note_call(body) else {
        return body;
    };
    let after = &body[len..];
    match uk {
        true if after.starts_with('(') => after,
        false => after.strip_prefix('[').unwrap_or(body),
        _ => body,
    }
}

/// The length of the amendment note's call that opens `text`, and whether its bracket opens
/// it: `[F12` as legislation.gov.uk's revised texts print it (the bracket opens the words the
/// amendment gave), `F12` as the Irish Statute Book does (its bracket follows: `F12[`). `None`
/// where `text` opens with no call.
pub(crate) fn note_call(text: &str) -> Option<(usize, bool)> {
    let (bracket, rest) = match text.strip_prefix("[F") {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('F')?),
    };
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (digits > 0).then_some((text.len() - rest.len() + digits, bracket))
}

/// A division heading written as a Markdown list entry (`body` after its bullet): a keyword
/// that names only divisions, its number, and a title (checked by the caller: in capitals).
fn bulleted_division(body: &str) -> IResult<&str, (Form, &str)> {
    match keyword_first(body, false)? {
        found @ (_, (Form::Keyword(k), _)) if k.names_division() => Ok(found),
        _ => fail(body),
    }
}

/// The rest of a Markdown list entry (`- `, `* `, `+ ` and a blank), if `body` is one.
pub(crate) fn bulleted(body: &str) -> Option<&str> {
    let rest = body.strip_prefix(['-', '*', '+'])?;
    let item = rest.trim_start_matches(is_blank);
    (item.len() < rest.len()).then_some(item)
}

/// Forms whose title must not start in lower case (else the line is a wrapped sentence).
fn needs_capital(form: Form) -> bool {
    matches!(form, Form::Keyword(_) | Form::Dotted(_) | Form::Bare)
        || form == Form::Marker(Marker::RomanDot)
}

/// Whether a heading's title is only the end of a range its number opens: ` à 85.` in `Art. 80
/// à 85.`, ` et 98.` in `Art. 97 et 98.`, the placeholder a consolidated text keeps for
/// articles repealed together (legilux prints it as a heading in some versions only).
pub(crate) fn range_end(title: &str) -> bool {
    let rest = RANGE_WORDS
        .iter()
        .find_map(|w| title.strip_prefix(w)?.strip_prefix(' '));
    rest.map(|r| {
        r.strip_prefix("Art. ")
            .unwrap_or(r)
            .trim_end_matches(['.', ' '])
    })
    .is_some_and(|r| {
        r.starts_with(|c: char| c.is_ascii_digit()) && !r.contains(char::is_whitespace)
    })
}

/// Whether what follows a keyword and its number goes on with the sentence that cites them: a
/// comma, semicolon or closing bracket (`3 §, ska den utdömda …` and `352/B. §), valamint …`,
/// lines that a wrapped Swedish or Hungarian text starts with a citation). No heading's title
/// starts so; a comma before another number joins a list of units (`§§ 12, 13 (weggefallen)`).
fn continues_citation(rest: &str) -> bool {
    let rest = rest.trim_start_matches(is_blank);
    match rest.strip_prefix([',', ';']) {
        Some(after) => !after
            .trim_start_matches(is_blank)
            .starts_with(|c: char| c.is_ascii_digit()),
        None => rest.starts_with(')'),
    }
}

/// Whether a Roman division of an article opens a list in lower case (`I.  in bürgerlichen
/// Rechtsstreitigkeiten:`, then `II. in Strafsachen:`, each over its own items, in § 155 of the
/// GVG): a division of the article, not a wrapped sentence.
fn roman_lead_in(form: Form, title: &str) -> bool {
    form == Form::Marker(Marker::RomanDot) && title.ends_with(':')
}

/// Whether a title in lower case is the note a consolidated text leaves on a repealed unit, as
/// Swedish statutes print it (`7 § har upphävts genom lag (1988:942).`, `17 § har upphört att
/// gälla enligt lag (1975:667).`) and the other Nordic ones word it: the unit's stub, not a
/// sentence that cites it.
pub(crate) fn repeal_note(title: &str) -> bool {
    const NOTES: [&str; 8] = [
        "har upphävts",
        "har upphört att gälla",
        "er ophævet",
        "ophævet",
        "er opphevet",
        "opphevet",
        "on kumottu",
        "kumottu",
    ];
    NOTES.iter().any(|n| {
        title
            .strip_prefix(n)
            .is_some_and(|r| r.is_empty() || r.starts_with([' ', '.', ',']))
    })
}

/// Words joining the two ends of a range of numbers (`80 à 85`, `97 et 98`, `5 to 7`, `5 tot
/// en met 7`), longest first where one begins another. `bis` only before a number (see
/// [`range_on`]): `5 bis` is a number.
const RANGE_WORDS: &[&str] = &[
    "à",
    "bis",
    "et",
    "to",
    "and",
    "und",
    "tot en met",
    "t/m",
    "en",
    "a",
    "e",
    "y",
    "i",
    "og",
    "och",
    "ja",
    "až",
    "do",
    "és",
    "și",
];

/// Whether a heading's title is only the note of the law that last amended the unit, as the
/// Luxembourg Legilux export prints it: `Art. 409quater. ([L. 24 juillet 2025](/eli/…))`, or
/// `Art. 377. (` with the link on the lines below. A note, not a title.
fn amendment_note(title: &str) -> bool {
    let Some(inner) = title.strip_prefix('(') else {
        return false;
    };
    let inner = inner.strip_suffix(')').unwrap_or(inner).trim();
    let link = inner
        .strip_prefix('[')
        .and_then(|rest| rest.split_once("]("))
        .is_some_and(|(text, target)| {
            !text.contains('[')
                && target.ends_with(')')
                && !target[..target.len() - 1].contains(')')
        });
    inner.is_empty() || link
}

/// A title that is all in brackets: the note a consolidated text leaves where a unit was
/// repealed (`§ 179 (weggefallen)`, `Article 12 [repealed]`, `§ 220. [Kehtetu]`).
fn bracketed(title: &str) -> bool {
    let t = title.trim_end_matches('.');
    let inner = match t.chars().next() {
        Some('(') => t[1..].strip_suffix(')'),
        Some('[') => t[1..].strip_suffix(']'),
        _ => None,
    };
    inner.is_some_and(|w| !w.is_empty() && !w.contains(['(', ')', '[', ']']))
}

fn starts_lowercase(title: &str) -> bool {
    title
        .trim_start_matches(['(', '[', '"', '\'', '„', '“'])
        .chars()
        .next()
        .is_some_and(lower_case)
}

/// A Markdown heading with words only (`## Preliminary provisions`): a division. A full
/// sentence is text whatever its marks: legilux exports mark body sentences `####` or
/// `######` at random, differently from one version to the next. `noted` is `body` with the
/// note of an amending law that may stand before it ([`after_note`]).
fn markdown_heading<'a>(line: &'a str, body: &'a str, noted: &str) -> Option<RawHeading<'a>> {
    let words = words_after_marks(body);
    // A sentence with the note of its amending law before it is a sentence (`######
    // ([L. 27 août 2024](/eli/…)) L’amende prévue au présent paragraphe est de nature
    // correctionnelle.`), as the same line without the heading's marks is.
    if sentence(words_after_marks(noted)) {
        return None;
    }
    // A document's title (`# …`) is its title whatever its words: bundestag/gesetze prints the
    // AufenthG's as `# und die Integration von Ausländern im Bundesgebiet (AufenthG 2004)`.
    let title = line.trim_start_matches(is_blank).starts_with("# ");
    if words.is_empty() || sentence(words) || (!title && text_marked(words)) || opens_quote(words) {
        return None;
    }
    Some(named_by_words(line, words))
}

/// The heading of Markdown heading `line` (its line break aside) read by its words alone
/// ([`Form::Markdown`]), as a Markdown line without a keyword is read; `None` for a line that
/// is not a Markdown heading or is a sentence.
pub(crate) fn markdown_words(line: &str) -> Option<RawHeading<'_>> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let (body, mark) = markdown(line.trim_start_matches(is_blank)).ok()?;
    (mark == Mark::Hashes)
        .then(|| markdown_heading(line, body, body))
        .flatten()
}

/// A division named by `words`, a slice of `line` ([`Form::Markdown`]).
fn named_by_words<'a>(line: &'a str, words: &'a str) -> RawHeading<'a> {
    let at = words.as_ptr() as usize - line.as_ptr() as usize;
    RawHeading {
        form: Form::Markdown,
        number: words,
        number_at: at..at + words.len(),
        title: "",
        only_in: OnlyIn::Any,
    }
}

/// A line of words in capitals set in bold alone, a division named by its words as a Markdown
/// heading is (`**AZ ÁLLAM**`, `**ALAPVETÉS**`: the parts of the Hungarian Fundamental Law,
/// whose articles stand under them in quote blocks). `body` is the line after its opening
/// `**`; the bold must close at the line's end, and no letter may be in lower case.
fn bold_capitals<'a>(line: &'a str, body: &'a str) -> Option<RawHeading<'a>> {
    let words = body.trim_end().strip_suffix("**")?.trim();
    let letters = words.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = letters >= 2
        && words
            .chars()
            .all(|c| (c.is_alphabetic() && c.is_uppercase()) || c == ' ' || c == '-' || c == ',');
    capitals.then(|| named_by_words(line, words))
}

/// Whether a heading's words open a quotation they do not close: the first line of another
/// law's article quoted by an amending provision (`##### “Article 54`, its closing quote at
/// the end of the quoted text, in the Andorran Codi penal of 2015), which is text of the
/// provision, not a heading of this law. (A unit set in its amending law's guillemets closes
/// them on its line, and is read without them: see [`unquoted`].)
fn opens_quote(words: &str) -> bool {
    let mut chars = words.chars();
    chars
        .next()
        .is_some_and(|c| matches!(c, '“' | '„' | '"' | '‘' | '‚' | '‹' | '«'))
        && !chars.as_str().contains(['”', '“', '"', '’', '‘', '›', '»'])
}

/// The words of a heading line, its Markdown marks and emphasis aside, as a Markdown heading
/// named only by words ([`Form::Markdown`]) is read.
pub(crate) fn heading_words(line: &str) -> &str {
    let body = line.trim_start_matches(is_blank);
    words_after_marks(markdown(body).map_or(body, |(rest, _)| rest))
}

/// The most characters of a heading's words that label a division named by them.
const WORDED_LABEL_CHARS: usize = 80;

/// The label of a division named by its words (see [`Form::Markdown`]): the words whole when
/// they are [`WORDED_LABEL_CHARS`] characters or fewer, else cut after the last whole word
/// that fits and marked ` …`, so that a label never ends inside a word (`… des tâches de
/// l'acte ho` read as if the heading ended there, and instructions quoted it so).
pub(crate) fn worded_label(words: &str) -> String {
    // Room for the mark: the words kept are at most `WORDED_LABEL_CHARS - 2` characters and
    // end before a blank (which may be the character right after them).
    let mut chars = words.char_indices().skip(WORDED_LABEL_CHARS - 2);
    let Some((room, _)) = chars.next().filter(|_| chars.nth(1).is_some()) else {
        return words.to_string();
    };
    let next = words[room..].chars().next().map_or(0, char::len_utf8);
    let kept = match words[..room + next].rfind(char::is_whitespace) {
        Some(blank) => words[..blank].trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—')
        }),
        None => "",
    };
    // A first word longer than the label is cut where the label ends.
    let kept = if kept.is_empty() {
        &words[..room]
    } else {
        kept
    };
    [kept, WORDED_LABEL_CUT].concat()
}

/// The mark ending a [`worded_label`] cut short.
pub(crate) const WORDED_LABEL_CUT: &str = " …";

/// The words of a heading after its opening marks, closing marks and emphasis aside.
fn words_after_marks(body: &str) -> &str {
    without_footnote_calls(body.trim().trim_end_matches(['#', '*', '_', ' ']))
}

/// `text` without the calls of Markdown footnotes at its end (`Offenlegung[^2057]`, `Art. 8
/// [^20]`). A consolidated text numbers its footnotes through, so a note added early
/// renumbers every call after it: the Liechtenstein PGR's `###### Offenlegung[^2057]` became
/// `Offenlegung[^2095]`, and the division was reported removed and added.
pub(crate) fn without_footnote_calls(mut text: &str) -> &str {
    loop {
        let trimmed = text.trim_end_matches(is_blank);
        let call = trimmed.strip_suffix(']').and_then(|t| {
            let at = t.rfind("[^")?;
            footnote_label(&t[at + 2..]).then_some(&t[..at])
        });
        match call {
            Some(rest) => text = rest,
            None => return trimmed,
        }
    }
}

/// Whether `label` can name a Markdown footnote (`2057`, `a`): some characters, none a blank
/// or a bracket.
fn footnote_label(label: &str) -> bool {
    !label.is_empty() && !label.contains(|c: char| c.is_whitespace() || "[]".contains(c))
}

/// An article heading whose letter is set apart from its number and followed by a capitalised
/// title (`Art. 44 a Erweiterter antizyklischer Puffer`): Fedlex prints so the heading of an
/// article inserted after 44 where it runs the heading into one line with a note's call
/// (`<sup>32</sup> Art. 44 a …`). Read by [`parse_heading`], the letter opened the title in
/// lower case, so the line was no heading. The number is the digits and the letter, which
/// [`super::detect`] joins (`44a`).
pub(crate) fn lettered_apart(words: &str) -> Option<RawHeading<'_>> {
    let digits = words.find(|c: char| c.is_ascii_digit())?;
    let end = words[digits..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(words.len(), |k| digits + k);
    let letter = match words.as_bytes()[end..] {
        [b' ', l, b' ', ..] if l.is_ascii_lowercase() => end + 2,
        _ => return None,
    };
    let title = words[letter..].trim();
    if !title.starts_with(char::is_uppercase) {
        return None;
    }
    let mut h = parse_heading(&words[..letter])?;
    let Form::Keyword(k) = h.form else {
        return None;
    };
    if k.word != "Art." || h.number_at.end != letter {
        return None;
    }
    h.title = without_footnote_calls(title);
    Some(h)
}

/// `text` after the footnote call it opens with (`[^23]`, `<sup>[^24]</sup>`), if it does.
fn leading_footnote_call(text: &str) -> Option<&str> {
    let (raised, inner) = match text.strip_prefix("<sup>") {
        Some(inner) => (true, inner),
        None => (false, text),
    };
    let label = inner.strip_prefix("[^")?;
    let end = label.find(']')?;
    if !footnote_label(&label[..end]) {
        return None;
    }
    let after = &label[end + 1..];
    match raised {
        true => after.strip_prefix("</sup>"),
        false => Some(after),
    }
}

/// `text` without the footnote calls it opens with and the separators after them: a title
/// after its number's calls (`**Art. 15**[^23] Internationale Tiertransporte`).
fn without_leading_footnote_calls(mut text: &str) -> &str {
    while let Some(after) = leading_footnote_call(text) {
        text = after.trim_start_matches(is_separator);
    }
    text
}

/// Words too long for a title that end as a sentence does (`.`, or `:` before a list).
fn sentence(words: &str) -> bool {
    words.ends_with(['.', ':']) && words.chars().count() > 100
}

/// Words no title is: a bracket or a dash alone, words that start in lower case or after a
/// dash (the rest of a sentence, an indent of a list), that end as a clause of a list does
/// (`;`, `,`, `:`), or that stop at an opening bracket or an elided article (`… au titre de
/// l’`, the line cut before a link). From 2025 the legilux export of the Luxembourg Code pénal
/// marks such lines as headings (`##### (`, `##### - la personne avait …`, `### Abrogé (`):
/// each was reported as an added division.
fn text_marked(words: &str) -> bool {
    let Some(first) = words.chars().next() else {
        return false;
    };
    if !words.chars().any(char::is_alphanumeric) || lower_case(first) {
        return true;
    }
    if let Some(rest) = words.strip_prefix(['-', '–', '—'])
        && rest.starts_with(' ')
        && starts_lowercase(rest.trim_start())
    {
        return true;
    }
    let elided = words
        .strip_suffix(['’', '\''])
        .and_then(|w| w.chars().next_back())
        .is_some_and(lower_case);
    // A clause of a list (`… seront punies de la réclusion à vie;`, `Soit par supposition de
    // personnes,`) or the words that open one (`… sont visées les infractions prévues:`).
    words.ends_with(['(', ';', ',', ':']) || elided
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A division's words longer than a label are cut after a whole word and marked, never
    /// inside a word; words that fit are kept whole.
    #[test]
    fn worded_labels_end_on_a_whole_word() {
        let finnish = "Tasavallan presidentin asetus eräiden työttömyysturvalain mukaisten \
                       tehtävien hoitamisesta";
        assert_eq!(
            worded_label(finnish),
            "Tasavallan presidentin asetus eräiden työttömyysturvalain mukaisten tehtävien …"
        );
        // The blank right after the room left for the mark still ends a whole word.
        let exact = format!("{} {}", "a".repeat(78), "b".repeat(10));
        assert_eq!(worded_label(&exact), format!("{} …", "a".repeat(78)));
        // Punctuation before the cut goes with it.
        let listed = format!("{}, {}", "Aa ".repeat(25).trim_end(), "ccc ".repeat(10));
        assert!(
            worded_label(&listed).ends_with("Aa …"),
            "{}",
            worded_label(&listed)
        );
        // One word longer than a label is cut where the label ends.
        let long = "x".repeat(100);
        assert_eq!(worded_label(&long), format!("{} …", "x".repeat(78)));
        let fits = "é".repeat(80);
        assert_eq!(worded_label(&fits), fits);
        for words in [finnish, &exact, &listed, &long, &"é ".repeat(60)] {
            assert!(worded_label(words).chars().count() <= WORDED_LABEL_CHARS);
        }
    }

    /// (form name, number, title) of a line.
    fn h(line: &str) -> Option<(String, String, String)> {
        parse_heading(line).map(|h| {
            assert_eq!(&line[h.number_at.clone()], h.number, "span of {line:?}");
            let form = match h.form {
                Form::Keyword(k) => k.word.to_string(),
                Form::Bare => "bare".into(),
                Form::Dotted(d) => format!("dotted{d}"),
                Form::Marker(m) => format!("{m:?}"),
                Form::Markdown => "md".into(),
                Form::Custom => "custom".into(),
            };
            (form, h.number.to_string(), h.title.to_string())
        })
    }

    fn some(form: &str, n: &str, title: &str) -> Option<(String, String, String)> {
        Some((form.into(), n.into(), title.into()))
    }

    #[test]
    fn french_tax_code_articles_keep_their_capitals() {
        // The Code général des impôts and its annexes number inserted articles with capitals
        // after the number or its Latin ordinal (legalize-fr, LEGITEXT000006069574): 106
        // articles from `49 septies F` to `49 septies ZZ` were all `Article 49 septies`.
        for n in [
            "49 septies F",
            "49 septies I bis",
            "1649 A",
            "39 AA",
            "302 bis ZA",
            "46 quater-0 ZZ bis",
            "200-0 A",
            "46 AZA octies-0 AA",
            "46 quater-0 ZZ bis A",
            "406 A 12",
            "R*80 B-6-1",
            "67 D-1",
            "50 terdecies-0",
            "R* 107 A-1",
        ] {
            assert_eq!(
                h(&format!("##### Article {n}")),
                some("Article", n, ""),
                "{n}"
            );
            assert_eq!(h(&format!("Article {n}")), some("Article", n, ""), "{n}");
        }
        assert_eq!(h("##### Article R* 71-1"), some("Article", "R* 71-1", ""));
        // Capitals that open a title are the title's.
        assert_eq!(
            h("Article 5 A compter du 1er janvier"),
            some("Article", "5", "A compter du 1er janvier")
        );
        assert_eq!(
            h("Article 5 bis A compter"),
            some("Article", "5 bis", "A compter")
        );
    }

    #[test]
    fn article_keywords_in_many_languages() {
        assert_eq!(
            h("Article 5 – Illegal access"),
            some("Article", "5", "Illegal access")
        );
        assert_eq!(h("ARTICLE 12"), some("Article", "12", ""));
        assert_eq!(h("Art. 5a"), some("Art.", "5a", ""));
        assert_eq!(h("Art.5a Scope"), some("Art.", "5a", "Scope"));
        assert_eq!(h("Article 5bis"), some("Article", "5bis", ""));
        assert_eq!(h("Section 12. Offences"), some("Section", "12", "Offences"));
        assert_eq!(h("Clause 3"), some("Clause", "3", ""));
        assert_eq!(h("§ 176b"), some("§", "176b", ""));
        // Macedonian: an article inserted after 418, its letter Cyrillic.
        assert_eq!(h("Член 418-а"), some("Член", "418-а", ""));
        // Georgian (no capitals) and Armenian.
        assert_eq!(
            h("მუხლი 143¹. ადამიანით ვაჭრობა"),
            some("მუხლი", "143¹", "ადამიანით ვაჭრობა")
        );
        assert_eq!(
            h("ა) ორი ან მეტი პირის მიმართ"),
            some("LetterParen", "ა", "ორი ან მეტი პირის მიმართ")
        );
        assert_eq!(
            h("Հոդված 132.1. Մարդուն շահագործելը"),
            some("Հոդված", "132.1", "Մարդուն շահագործելը")
        );
        assert_eq!(h("ԳԼՈՒԽ 1"), some("Գլուխ", "1", ""));
        // Icelandic: an article inserted after 227, its letter after the keyword.
        assert_eq!(h("227. gr. a"), some("gr.", "227. gr. a", ""));
        assert_eq!(h("227. gr. a. Mansal"), some("gr.", "227. gr. a", "Mansal"));
        assert_eq!(h("227. gr."), some("gr.", "227", ""));
        assert_eq!(h("§184b Verbreitung"), some("§", "184b", "Verbreitung"));
        assert_eq!(h("Artikel 240b"), some("Artikel", "240b", ""));
        assert_eq!(h("Article L. 227-22-1"), some("Article", "L. 227-22-1", ""));
        assert_eq!(h("Article R. 5"), some("Article", "R. 5", ""));
        // As Légifrance prints them today (sweep G: 160 of the Code pénal's 1006 articles and
        // half the Code de procédure pénale's were run into the article before).
        assert_eq!(h("Article R131-1"), some("Article", "R131-1", ""));
        assert_eq!(h("Article LO630"), some("Article", "LO630", ""));
        assert_eq!(h("Article A44"), some("Article", "A44", ""));
        assert_eq!(h("Article R*49-21"), some("Article", "R*49-21", ""));
        assert_eq!(
            h("Article préliminaire"),
            some("Article", "préliminaire", "")
        );
        assert_eq!(h("Article unique"), some("Article", "unique", ""));
        assert_eq!(h("Artículo único"), some("Artículo", "único", ""));
        assert_eq!(
            h("Articolo 609-undecies"),
            some("Articolo", "609-undecies", "")
        );
        assert_eq!(h("Articolo 609"), some("Articolo", "609", ""));
        assert_eq!(h("Artículo 183 bis"), some("Artículo", "183 bis", ""));
        // An article inserted after 176.º is a number of its own (it read as 176.º, titled A).
        assert_eq!(h("Artigo 176.º-A"), some("Artigo", "176.º-A", ""));
        assert_eq!(h("Artykuł 200"), some("Artykuł", "200", ""));
        assert_eq!(h("Art. 200. § 1."), some("Art.", "200", "§ 1."));
        assert_eq!(h("Článek 3"), some("Článek", "3", ""));
        assert_eq!(h("Článok 3"), some("Článok", "3", ""));
        assert_eq!(h("Članak 158."), some("Članak", "158", ""));
        assert_eq!(h("Član 12"), some("Član", "12", ""));
        assert_eq!(h("Articolul 222"), some("Articolul", "222", ""));
        assert_eq!(h("Άρθρο 348Α"), some("Άρθρο", "348Α", ""));
        assert_eq!(h("Άρθρο 348"), some("Άρθρο", "348", ""));
        assert_eq!(h("MADDE 103- (1)"), some("Madde", "103", "(1)"));
        assert_eq!(h("Стаття 156"), some("Стаття", "156", ""));
        assert_eq!(
            h("Статья 135. Развратные действия"),
            some("Статья", "135", "Развратные действия")
        );
    }

    #[test]
    fn greek_headings_in_capitals_and_greek_numerals() {
        // Greek drops the accents in capitals: `ΑΡΘΡΟ` is `Άρθρο`, `ΚΕΦΑΛΑΙΟ` `Κεφάλαιο`,
        // `ΜΕΡΟΣ` (final sigma in the keyword) `Μέρος`, as the Government Gazette prints them.
        assert_eq!(h("ΑΡΘΡΟ 75"), some("Άρθρο", "75", ""));
        assert_eq!(h("ΚΕΦΑΛΑΙΟ Α΄"), some("Κεφάλαιο", "Α΄", ""));
        assert_eq!(
            h("ΚΕΦΑΛΑΙΟ ΙΒ’: Τελικές διατάξεις"),
            some("Κεφάλαιο", "ΙΒ’", "Τελικές διατάξεις")
        );
        assert_eq!(h("ΜΕΡΟΣ ΣΤ'"), some("Μέρος", "ΣΤ'", ""));
        assert_eq!(h("ΤΜΗΜΑ 1"), some("Τμήμα", "1", ""));
        assert_eq!(h("ΜΕΡΟΣ ΠΡΩΤΟ"), some("Μέρος", "ΠΡΩΤΟ", ""));
        assert_eq!(h("ΤΙΤΛΟΣ ΔΕΥΤΕΡΟΣ"), some("Τίτλος", "ΔΕΥΤΕΡΟΣ", ""));
        // Latin capitals typed for Greek ones, and letters without their keraia.
        assert_eq!(h("ΚΕΦΑΛΑΙΟ B’"), some("Κεφάλαιο", "B’", ""));
        assert_eq!(h("ΚΕΦΑΛΑΙΟ Β"), some("Κεφάλαιο", "Β", ""));
        assert_eq!(
            h("ΜΕΡΟΣ ΣΤ: Τελικές διατάξεις"),
            some("Μέρος", "ΣΤ", "Τελικές διατάξεις")
        );
        // A Roman numeral typed with Greek iotas.
        assert_eq!(h("ΠΑΡΑΡΤΗΜΑ ΙΙ"), some("Παράρτημα", "ΙΙ", ""));
        assert_eq!(h("ΚΕΦΑΛΑΙΟ ΙV"), some("Κεφάλαιο", "ΙV", ""));
        // Three letters or more without a keraia are a word, not a numeral.
        assert_eq!(h("ΚΕΦΑΛΑΙΟ ΑΒΓ"), None);
        // The Penal Code's `Άρθρο 187 Β`, inserted after 187, was 187 with the title `Β`; a
        // capital before words opens the text.
        assert_eq!(h("##### Άρθρο 187 Β"), some("Άρθρο", "187 Β", ""));
        assert_eq!(
            h("Άρθρο 5 Ο νόμος ισχύει"),
            some("Άρθρο", "5", "Ο νόμος ισχύει")
        );
        // A ratification law's own articles, numbered by words.
        assert_eq!(h("##### Άρθρο πρώτο"), some("Άρθρο", "πρώτο", ""));
        assert_eq!(h("Άρθρο δεύτερο"), some("Άρθρο", "δεύτερο", ""));
    }

    #[test]
    fn keywords_after_the_number() {
        assert_eq!(h("1 §"), some("§", "1", ""));
        assert_eq!(h("1. §"), some("§", "1", ""));
        assert_eq!(h("1. člen"), some("člen", "1", ""));
        assert_eq!(
            h("6 kap. Om sexualbrott"),
            some("kap.", "6", "Om sexualbrott")
        );
        assert_eq!(h("20 luku"), some("luku", "20", ""));
        assert_eq!(h("II. Fejezet"), some("Fejezet", "II", ""));
        // A number may open the words after the sign: Swedish `4 § 1:o.`, Finnish `13 § 3
        // luvun soveltamisala` (the scope of chapter 3).
        assert_eq!(h("4 § 1:o. Upplåtelse"), some("§", "4", "1:o. Upplåtelse"));
        assert_eq!(
            h("##### 13 § 3 luvun soveltamisala"),
            some("§", "13", "3 luvun soveltamisala")
        );
        // With a dot after the number, the sign before a number cites a section: a German
        // list entry (`1.  § 45 (Rechtspflege …),`) is no section `1. §`.
        assert_eq!(
            h("1.  § 45 (Rechtspflege)"),
            some("DotNumber", "1", "§ 45 (Rechtspflege)")
        );
        // A footnote's number before the sections it cites (lovdata): no section `1 §`.
        let footnote = h("1 §§ 1, 2, 4 og 20 trer i kraft 15 juni 2018");
        assert!(footnote.is_none_or(|(form, _, _)| form != "§"));
        // A Czech or Slovak amendment (`In § 23(1) …`): `V` is a preposition, not a Roman 5.
        for line in [
            "V § 23 ods. 1 sa vypúšťajú slová",
            "V § 67 odst. 6 se slova",
        ] {
            assert!(h(line).is_none_or(|(form, _, _)| form != "§"), "{line}");
        }
    }

    #[test]
    fn estonian_divisions_number_first_with_a_dot() {
        assert_eq!(
            h("### 8. peatükk SÜÜTEOD INIMSUSE VASTU"),
            some("peatükk", "8", "SÜÜTEOD INIMSUSE VASTU")
        );
        assert_eq!(
            h("#### 4. jagu Sõjasüüteod"),
            some("jagu", "4", "Sõjasüüteod")
        );
        assert_eq!(h("1. jaotis Üldsätted"), some("jaotis", "1", "Üldsätted"));
        assert_eq!(h("2. osa ERIOSA"), some("osa", "2", "ERIOSA"));
        assert_eq!(
            h("##### § 93. Rahvusvahelise sanktsiooni rikkumine"),
            some("§", "93", "Rahvusvahelise sanktsiooni rikkumine")
        );
    }

    #[test]
    fn latvian_articles_and_chapters() {
        assert_eq!(
            h("##### 60.pants. Soda samazināšana"),
            some("pants", "60", "Soda samazināšana")
        );
        assert_eq!(
            h("62. pants. Notiesājoša sprieduma noilgums"),
            some("pants", "62", "Notiesājoša sprieduma noilgums")
        );
        assert_eq!(
            h("##### 61.1 pants. Elektroniskā uzraudzība"),
            some("pants", "61.1", "Elektroniskā uzraudzība")
        );
        assert_eq!(h("61.¹ pants"), some("pants", "61.¹", ""));
        assert_eq!(
            h("### VII nodaļa Nepilngadīgā kriminālatbildība"),
            some("nodaļa", "VII", "Nepilngadīgā kriminālatbildība")
        );
        assert_eq!(h("7.1 Payment"), some("dotted2", "7.1", "Payment"));
    }

    #[test]
    fn provisions_are_numbered_by_an_ordinal_alone_under_their_groups_heading() {
        // As Peru's gazette, its Constitution and Andorra's Markdown write them (detection
        // keeps them only together: `drop_ungrouped_provisions`).
        assert_eq!(
            h("DISPOSICIONES COMPLEMENTARIAS FINALES"),
            some("Disposiciones", "COMPLEMENTARIAS FINALES", "")
        );
        assert_eq!(
            h("DISPOSICIONES TRANSITORIAS ESPECIALES*"),
            some("Disposiciones", "TRANSITORIAS ESPECIALES", "")
        );
        assert_eq!(
            h("**DISPOSICIONES TRANSITORIAS, COMPLEMENTARIAS Y FINALES**"),
            some(
                "Disposiciones",
                "TRANSITORIAS, COMPLEMENTARIAS Y FINALES",
                ""
            )
        );
        assert_eq!(
            h("### Disposicions addicionals"),
            some("Disposicions", "addicionals", "")
        );
        let grouped = grouped_keyword().word;
        assert_eq!(
            h("PRIMERA. Verificación de identidad"),
            some(grouped, "PRIMERA", "Verificación de identidad")
        );
        assert_eq!(
            h("**SEGUNDA.-** Las empresas del Estado"),
            some(grouped, "SEGUNDA", "Las empresas del Estado")
        );
        assert_eq!(
            h("Vigésima primera: [Plazo]"),
            some(grouped, "Vigésima primera", "[Plazo]")
        );
        assert_eq!(h("##### Única"), some(grouped, "Única", ""));
        // A chapter's title, and prose opening on an ordinal.
        assert_eq!(h("Disposiciones generales"), None);
        assert_eq!(h("Primera vez que se aplica la ley."), None);
        assert_eq!(h("Primera Vicepresidenta del Congreso"), None);
    }

    #[test]
    fn spanish_provisions_after_the_articles_are_numbered_by_ordinal_words() {
        // As the BOE prints them, in plain text and as Markdown headings (legalize-es).
        assert_eq!(
            h("Disposición adicional primera. Evaluación."),
            some("Disposición adicional", "primera", "Evaluación.")
        );
        assert_eq!(
            h("###### Disposición final única."),
            some("Disposición final", "única", "")
        );
        assert_eq!(
            h("DISPOSICIÓN TRANSITORIA SEGUNDA"),
            some("Disposición transitoria", "SEGUNDA", "")
        );
        assert_eq!(
            h("Disposición derogatoria única. Derogación normativa."),
            some("Disposición derogatoria", "única", "Derogación normativa.")
        );
        // From the twentieth on, the ten and the unit apart or joined; an inserted one.
        assert_eq!(
            h("Disposición adicional vigésima primera. Informe anual."),
            some(
                "Disposición adicional",
                "vigésima primera",
                "Informe anual."
            )
        );
        assert_eq!(
            h("Disposición final vigesimoprimera. Entrada en vigor."),
            some("Disposición final", "vigesimoprimera", "Entrada en vigor.")
        );
        assert_eq!(
            h("Disposición adicional decimonovena bis. Datos."),
            some("Disposición adicional", "decimonovena bis", "Datos.")
        );
        assert_eq!(
            h("Disposición adicional trigésima. Plazos."),
            some("Disposición adicional", "trigésima", "Plazos.")
        );
        // A ten then a word that is no ordinal: the ten alone.
        assert_eq!(
            h("Disposición adicional vigésima Plazos"),
            some("Disposición adicional", "vigésima", "Plazos")
        );
        // The one provision of its kind, unnumbered: a full stop and a title, or an act in
        // brackets, may follow, as may nothing.
        assert_eq!(
            h("Disposición final. Entrada en vigor."),
            some("Disposición final", "", "Entrada en vigor.")
        );
        assert_eq!(
            h("DISPOSICIÓN DEROGATORIA"),
            some("Disposición derogatoria", "", "")
        );
        assert_eq!(
            h("### Disposició final (Llei 9/2012)"),
            some("Disposició final", "", "(Llei 9/2012)")
        );
        // Prose that names one is no heading.
        assert_eq!(h("Disposición final de la Ley 40/2015"), None);
        assert_eq!(h("disposición adicional primera de la Ley 40/2015"), None);
        assert_eq!(
            h("Disposición final primera de la Ley 40/2015, de 1 de octubre"),
            None
        );
        // Quoted by an amending law, it is the quotation's.
        assert!(h("«Disposición adicional quinta. Informe.»").is_none());
        assert_eq!(h("Disposición adicional de la Ley 40/2015"), None);
        let value = super::super::style::ordinal_value;
        let values = [
            "única",
            "ÚNICA",
            "decimoprimera",
            "undécima",
            "vigésima primera",
            "vigésimo segunda",
            "vigesimotercera",
            "trigésima",
            "nonagésima novena",
        ]
        .map(value);
        assert_eq!(values, [1, 1, 11, 11, 21, 22, 23, 30, 99].map(Some));
        assert_eq!(value("vigésima única"), None);
        assert_eq!(value("vigésima décima"), None);
    }

    #[test]
    fn catalan_divisions_and_provisions_are_numbered_by_ordinal_words() {
        // As Andorra's laws print them (legalize-ad): the chapters and sections were
        // unnumbered divisions, and the provisions after the articles no units in plain text.
        assert_eq!(
            h("### Capítol primer. Disposicions generals"),
            some("Capítol", "primer", "Disposicions generals")
        );
        assert_eq!(h("Secció segona"), some("Secció", "segona", ""));
        assert_eq!(h("#### Capítol vintè"), some("Capítol", "vintè", ""));
        assert_eq!(
            h("Disposició final tercera. Entrada en vigor"),
            some("Disposició final", "tercera", "Entrada en vigor")
        );
        assert_eq!(
            h("### Disposició transitòria única"),
            some("Disposició transitòria", "única", "")
        );
        assert_eq!(
            h("Disposició addicional dotzena"),
            some("Disposició addicional", "dotzena", "")
        );
        let value = super::super::style::ordinal_value;
        let values = ["primer", "segona", "cinquè", "sisena", "dinovena", "vintè"].map(value);
        assert_eq!(values, [1, 2, 5, 6, 19, 20].map(Some));
        // A cardinal is no ordinal.
        assert_eq!(value("set"), None);
        assert_eq!(h("Disposició final de la Llei 9/2005"), None);
    }

    #[test]
    fn divisions_numbered_by_ordinal_words() {
        // The German Strafgesetzbuch, the Dutch Wetboek van Strafrecht, the Slovak Trestný
        // zákon and the Czech trestní zákoník as their Markdown editions print them: each
        // line was an unnumbered division before.
        assert_eq!(
            h("### Erster Abschnitt - Das Strafgesetz"),
            some("Abschnitt", "Erster", "Das Strafgesetz")
        );
        assert_eq!(
            h("#### Siebenter Titel - Einziehung"),
            some("Titel", "Siebenter", "Einziehung")
        );
        assert_eq!(
            h("Achtundzwanzigster Abschnitt - Gemeingefährliche Straftaten"),
            some(
                "Abschnitt",
                "Achtundzwanzigster",
                "Gemeingefährliche Straftaten"
            )
        );
        assert_eq!(h("Erstes Buch"), some("Buch", "Erstes", ""));
        assert_eq!(h("### Eerste  afdeling  "), some("Afdeling", "Eerste", ""));
        // The spelling before 1947 (Wetboek van Strafvordering, laws-markdown 2011 and 2015).
        assert_eq!(
            h("### Tweede  afdeeling  "),
            some("Afdeeling", "Tweede", "")
        );
        assert_eq!(
            h("Tweeëntwintigste Titel"),
            some("Titel", "Tweeëntwintigste", "")
        );
        assert_eq!(h("## PRVÁ HLAVA"), some("Hlava", "PRVÁ", ""));
        assert_eq!(h("#### Piaty diel"), some("Diel", "Piaty", ""));
        assert_eq!(h("TRETIA ČASŤ"), some("Časť", "TRETIA", ""));
        assert_eq!(h("### PRVÝ ODDIEL"), some("Oddiel", "PRVÝ", ""));
        assert_eq!(h("## ČÁST PRVNÍ"), some("Část", "PRVNÍ", ""));
        // Their values, whatever the spelling or case.
        let value = super::super::style::ordinal_value;
        let values = [
            "Siebenter",
            "Siebter",
            "Achtundzwanzigster",
            "Tweeëntwintigste",
            "PRVNÍ",
            "Piaty",
            "decimotercero",
            "andre",
            "annen",
            "syvende",
            "tolvte",
        ]
        .map(value);
        let want = [7, 7, 28, 22, 1, 5, 13, 2, 2, 7, 12].map(Some);
        assert_eq!(values, want);
        assert_eq!(value("Abschnitt"), None);
        assert_eq!(h("HLAVA DRUHÁ"), some("Hlava", "DRUHÁ", ""));
        // Spanish and Italian: the Spanish Constitution's chapters, Argentine codes as
        // InfoLEG prints them, the Codice penale's books.
        assert_eq!(
            h("CAPÍTULO SEGUNDO. Derechos y libertades"),
            some("Capítulo", "SEGUNDO", "Derechos y libertades")
        );
        assert_eq!(h("LIBRO PRIMERO"), some("Libro", "PRIMERO", ""));
        assert_eq!(h("CAPÍTULO ÚNICO"), some("Capítulo", "ÚNICO", ""));
        // Croatian, as zakon.hr prints the Kazneni zakon's chapters.
        assert_eq!(
            h("GLAVA PRVA (I.) TEMELJNE ODREDBE"),
            some("Glava", "PRVA", "(I.) TEMELJNE ODREDBE")
        );
        assert_eq!(h("DIO DRUGI"), some("Dio", "DRUGI", ""));
        assert_eq!(
            h("KSIĘGA PIERWSZA CZĘŚĆ OGÓLNA"),
            some("Księga", "PIERWSZA", "CZĘŚĆ OGÓLNA")
        );
        assert_eq!(h("Księga trzecia"), some("Księga", "trzecia", ""));
        // Swedish parts, as riksdagen.se prints the Brottsbalken.
        assert_eq!(h("FÖRSTA AVDELNINGEN"), some("Avdelningen", "FÖRSTA", ""));
        assert_eq!(h("Avdelning I Fartyg"), some("Avdelning", "I", "Fartyg"));
        assert_eq!(
            h("Første del. Alminnelige bestemmelser"),
            some("Del", "Første", "Alminnelige bestemmelser")
        );
        assert_eq!(h("PRIMERA PARTE"), some("Parte", "PRIMERA", ""));
        assert_eq!(
            h("LIBRO PRIMO - DEI REATI IN GENERALE"),
            some("Libro", "PRIMO", "DEI REATI IN GENERALE")
        );
        // Romanian ordinals after the keyword, feminine and masculine.
        assert_eq!(
            h("#### Secţiunea a II-a Despre adunările generale"),
            some("Secţiunea", "a II-a", "Despre adunările generale")
        );
        assert_eq!(h("Titlul al III-lea"), some("Titlul", "al III-lea", ""));
        assert_eq!(h("Capitolul a 2-a"), some("Capitolul", "a 2-a", ""));
        // Inserted divisions: a raised number before the keyword, a capital after a Roman
        // numeral.
        assert_eq!(
            h("#### 2<sup>1</sup>. jagu Vangistuse asendamine"),
            some("jagu", "2<sup>1</sup>", "Vangistuse asendamine")
        );
        assert_eq!(h("### Titel  IIA  "), some("Titel", "IIA", ""));
        assert_eq!(h("### Titel  IIIb  "), some("Titel", "IIIb", ""));
        assert_eq!(h("### Titel  VIII A  "), some("Titel", "VIII A", ""));
        assert_eq!(h("Titel VIII Algemeen"), some("Titel", "VIII", "Algemeen"));
        assert_eq!(h("Part I A new start"), some("Part", "I", "A new start"));
        for line in [
            // Sentences: an ordinal in another case, a title in lower case, no keyword.
            "Siebenten Abschnitt des Besonderen Teils",
            "Erster Abschnitt des Gesetzes gilt",
            "Erster Versuch",
            "Allgemeiner Teil",
            "Prvý krok",
            "Eerste keer",
            "Capítulo segundo de este título",
            "Primera vez",
            "Titel IIAB",
        ] {
            assert_eq!(h(line), None, "{line:?}");
        }
    }

    #[test]
    fn lithuanian_articles_and_divisions() {
        assert_eq!(h("47 straipsnis"), some("straipsnis", "47", ""));
        assert_eq!(
            h("2703 straipsnis. Jūros teršimas iš laivų"),
            some("straipsnis", "2703", "Jūros teršimas iš laivų")
        );
        // An article inserted after 9 (9¹), as the Register of Legal Acts writes it in plain
        // text; a dash before `§` stays no number (a Nordic range).
        assert_eq!(
            h("9-1 straipsnis. Komandiruotų darbuotojų darbo sąlygos"),
            some("straipsnis", "9-1", "Komandiruotų darbuotojų darbo sąlygos")
        );
        assert_eq!(h("1-3 § Kumotaan."), None);
        assert_eq!(h("IV SKIRSNIS"), some("skirsnis", "IV", ""));
        assert_eq!(h("XXXI SKYRIUS"), some("skyrius", "XXXI", ""));
        // Divisions named by an ordinal word in capitals, alone on their line.
        assert_eq!(h("BENDROJI DALIS"), some("dalis", "BENDROJI", ""));
        assert_eq!(h("### VISPĀRĪGĀ DAĻA"), some("daļa", "VISPĀRĪGĀ", ""));
        assert_eq!(h("YLEINEN OSA"), some("osa", "YLEINEN", ""));
        for line in [
            "Bendroji dalis",
            "BENDROJI dalis",
            "PRESIDENTE DEL GOBIERNO",
            "RESPUBLIKOS PREZIDENTAS",
            "NATO §",
            "47 straipsnio 2 dalis",
        ] {
            assert_eq!(h(line), None, "{line:?}");
        }
    }

    #[test]
    fn a_section_sign_after_a_typesetting_space_is_a_keyword() {
        // Finlex: `1\u{2009}§ Soveltamisala` (thin space); no § of that decree was found.
        assert_eq!(
            h("##### 1\u{2009}§ Soveltamisala"),
            some("§", "1", "Soveltamisala")
        );
        assert_eq!(h("12\u{a0}§ Voimaantulo"), some("§", "12", "Voimaantulo"));
        assert_eq!(h("3\u{202f}§"), some("§", "3", ""));
    }

    #[test]
    fn a_keyword_after_a_number_is_written_as_its_language_writes_it() {
        // A Spanish list entry's first word is no Slovenian division `del`, after a blank or a
        // no-break space.
        for line in [
            "2. Del Fiscal de la Nación.",
            "2.\u{a0}Del Fiscal de la Nación.",
        ] {
            assert_eq!(
                h(line).map(|x| x.0),
                Some("DotNumber".to_string()),
                "{line:?}"
            );
        }
        assert_eq!(
            h("1. del SPLOŠNE DOLOČBE"),
            some("del", "1", "SPLOŠNE DOLOČBE")
        );
        assert_eq!(h("2. DEL"), some("del", "2", ""));
        // Swiss and Liechtenstein chapters, and Swedish ones, each as written.
        assert_eq!(
            h("### 1. Kapitel: Gegenstand"),
            some("Kapitel", "1", "Gegenstand")
        );
        // Their Titel and Abschnitte too, and the federal German laws' Abschnitte of
        // bundestag/gesetze, set apart by a colon or a dash or alone on their line; a Dutch lid
        // opening with another law's Titel is no division.
        assert_eq!(
            h("## 2. Titel: Grundrechte, Bürgerrechte und Sozialziele"),
            some("Titel", "2", "Grundrechte, Bürgerrechte und Sozialziele")
        );
        assert_eq!(
            h("#### 6. Abschnitt: Administrativuntersuchung"),
            some("Abschnitt", "6", "Administrativuntersuchung")
        );
        assert_eq!(
            h("## 1. Abschnitt - Allgemeine Vorschriften"),
            some("Abschnitt", "1", "Allgemeine Vorschriften")
        );
        assert_eq!(h("### 2. Unterabschnitt"), some("Unterabschnitt", "2", ""));
        assert_eq!(
            h("2.  Titel II van het derde Boek is van overeenkomstige toepassing").map(|x| x.0),
            Some("DotNumber".to_string())
        );
        assert_eq!(
            h("6 kap. Om sexualbrott"),
            some("kap.", "6", "Om sexualbrott")
        );
    }

    #[test]
    fn nordic_sections_with_a_letter_written_apart() {
        assert_eq!(
            h("8 a § Eurooppayhtiö ja eurooppaosuuskunta"),
            some("§", "8 a", "Eurooppayhtiö ja eurooppaosuuskunta")
        );
        assert_eq!(h("##### 2 a §"), some("§", "2 a", ""));
        assert_eq!(h("6 b kap. Om brott"), some("kap.", "6 b", "Om brott"));
        // Prose that starts with a number and a short word is not a heading.
        assert_eq!(h("1 ja 2 § koskevat"), None);
        assert_eq!(h("3 a kohdassa"), None);
    }

    #[test]
    fn divisions_numbers_and_markers() {
        assert_eq!(h("Chapter II"), some("Chapter", "II", ""));
        assert_eq!(
            h("CHAPTER IV – Final clauses"),
            some("Chapter", "IV", "Final clauses")
        );
        assert_eq!(h("Part A"), some("Part", "A", ""));
        assert_eq!(h("Schedule 1"), some("Schedule", "1", ""));
        assert_eq!(h("Hoofdstuk 2"), some("Hoofdstuk", "2", ""));
        assert_eq!(
            h("1 Sexual communication with a child"),
            some("bare", "1", "Sexual communication with a child")
        );
        // legislation.gov.uk's exports: the number alone, its title on the heading above.
        assert_eq!(h("##### 5"), some("bare", "5", ""));
        assert_eq!(h("##### 3A"), some("bare", "3A", ""));
        assert_eq!(h("5"), None);
        assert_eq!(h("##### 2025 figures"), some("md", "2025 figures", ""));
        assert_eq!(h("7.1 Payment"), some("dotted2", "7.1", "Payment"));
        assert_eq!(
            h("7.1.2. Late payment"),
            some("dotted3", "7.1.2", "Late payment")
        );
        assert_eq!(h("12."), some("DotNumber", "12", ""));
        assert_eq!(h("1. eine Person"), some("DotNumber", "1", "eine Person"));
        // Maltese articles inserted after 248, numbered as paragraphs are.
        assert_eq!(
            h("248A. (1) Whosoever"),
            some("DotNumber", "248A", "(1) Whosoever")
        );
        assert_eq!(
            h("248BA. Whosoever"),
            some("DotNumber", "248BA", "Whosoever")
        );
        assert_eq!(h("2aB. text"), None);
        assert_eq!(h("(1) A person"), some("ParenNumber", "1", "A person"));
        assert_eq!(h("  (2a) Where"), some("ParenNumber", "2a", "Where"));
        assert_eq!(h("(a) the court"), some("ParenLetter", "a", "the court"));
        assert_eq!(h("(iv) a child"), some("ParenRoman", "iv", "a child"));
        assert_eq!(h("(i) a child"), some("ParenRoman", "i", "a child"));
        assert_eq!(h("a) wer"), some("LetterParen", "a", "wer"));
        assert_eq!(h("b. een kind"), some("LetterDot", "b", "een kind"));
        // German abbreviations opening a line (the GGAV's `z. B. bestimmte Öle`) are text.
        assert_eq!(h("z. B. bestimmte Öle und Fette"), None);
        assert_eq!(h("d. h. die Güter"), None);
        assert_eq!(h("1° le fait"), some("Degree", "1", "le fait"));
        assert_eq!(h("1.º Los que"), some("Degree", "1", "Los que"));
        assert_eq!(h("2.ª Cuando"), some("Degree", "2", "Cuando"));
        assert_eq!(h("3ª Cuando"), some("Degree", "3", "Cuando"));
        assert_eq!(h("2) pkt"), some("NumberParen", "2", "pkt"));
        assert_eq!(h("II. – Le fait"), some("RomanDot", "II", "Le fait"));
        assert_eq!(h("II.-Les délits"), some("RomanDot", "II", "Les délits"));
        assert_eq!(
            h("abis. der Gesuchsteller"),
            some("LetterDot", "abis", "der Gesuchsteller")
        );
        assert_eq!(h("I.–La peine"), some("RomanDot", "I", "La peine"));
        assert_eq!(
            h("Chapitre Ier : Des principes"),
            some("Chapitre", "Ier", "Des principes")
        );
        assert_eq!(h("Livre Ier"), some("Livre", "Ier", ""));
        // The Luxembourg Code pénal's sections (were divisions named by their words alone).
        assert_eq!(
            h("#### Section Ire. Des peines criminelles"),
            some("Section", "Ire", "Des peines criminelles")
        );
        // Sweep of the Code pénal: both were read as text of the headings before them.
        assert_eq!(
            h("Livre IV bis : Des crimes et des délits de guerre"),
            some("Livre", "IV bis", "Des crimes et des délits de guerre")
        );
        assert_eq!(
            h("Partie réglementaire - Décrets en Conseil d'Etat"),
            some("Partie", "réglementaire", "Décrets en Conseil d'Etat")
        );
        assert_eq!(h("Partie législative"), some("Partie", "législative", ""));
    }

    #[test]
    fn markdown_and_bold_headings() {
        assert_eq!(h("### Article 3"), some("Article", "3", ""));
        assert_eq!(
            h("##### § 176b Sexueller Missbrauch"),
            some("§", "176b", "Sexueller Missbrauch")
        );
        assert_eq!(
            h("## Artikel 5 – **Toepassing**"),
            some("Artikel", "5", "Toepassing")
        );
        assert_eq!(h("**Artikel 5**"), some("Artikel", "5", ""));
        // Fedlex: the letter of an inserted article outside the bold.
        assert_eq!(h("##### **Art. 28** a"), some("Art.", "28** a", ""));
        // Before a title too (the letter is no word of a title, which starts with a capital),
        // and a Latin ordinal likewise.
        assert_eq!(
            h("##### **Art. 8** o Entschädigung der Mitglieder"),
            some("Art.", "8** o", "Entschädigung der Mitglieder")
        );
        assert_eq!(
            h("##### **Art. 260** ter Kriminelle Organisation"),
            some("Art.", "260** ter", "Kriminelle Organisation")
        );
        assert_eq!(h("##### **Art. 260** bis"), some("Art.", "260** bis", ""));
        assert_eq!(
            h("##### **Art. 28** a titel"),
            some("Art.", "28", "a titel")
        );
        assert_eq!(
            h("##### **Art. 28** bisher Geltendes"),
            some("Art.", "28", "bisher Geltendes")
        );
        assert_eq!(
            h("## Preliminary provisions"),
            some("md", "Preliminary provisions", "")
        );
        assert_eq!(h("\u{feff}Article 1"), some("Article", "1", ""));
        assert_eq!(h("###Artikel 15 "), some("Artikel", "15", ""));
        assert_eq!(
            h("### Artikel  80quinquies  "),
            some("Artikel", "80quinquies", "")
        );
        assert_eq!(
            h("Artículo 14-A. [Acceso a internet libre]*"),
            some("Artículo", "14-A", "[Acceso a internet libre]")
        );
    }

    #[test]
    fn every_keyword_group_is_found_by_its_key_ascii_or_not() {
        let lex = lexicon();
        assert!(lex.groups.iter().any(|(k, _)| ascii_slot(*k).is_none()));
        for (key, group) in &lex.groups {
            assert_eq!(lex.filed(*key).as_ptr(), group.as_ptr(), "{key:?}");
        }
        assert!(lex.filed(('q', Some('q'))).is_empty());
        let words: Vec<&str> = keywords_for("Artikel 5").map(|k| k.word).collect();
        assert!(
            words.contains(&"Artikel") && words.contains(&"Art."),
            "{words:?}"
        );
        let words: Vec<&str> = keywords_for("§ 5").map(|k| k.word).collect();
        assert!(words.contains(&"§"), "{words:?}");
    }

    /// The folded comparison of an ASCII keyword answers as the comparison it stands in for,
    /// in any case, at any length of line, before a non-ASCII byte and on every keyword.
    #[test]
    fn a_folded_keyword_strips_as_strip_word() {
        let lines = [
            "Article 1173",
            "ARTICLE 5",
            "article",
            "Articl",
            "Art. 5",
            "ART.5",
            "Art 5",
            "Artículo 3",
            "Artikel 240b",
            "§ 5",
            "Kap. 2",
            "kap.",
            "Ärtikel",
            "@rticle",
            "[rticle",
            "Section 12 of the Act",
            "İlave",
            "",
            "A",
            "Stk. 2",
        ];
        let lex = lexicon();
        let mut folded = 0;
        for (_, group) in &lex.groups {
            for k in group.iter() {
                folded += usize::from(k.fold.is_some());
                let own = [
                    format!("{} 5", k.word),
                    k.word.to_uppercase(),
                    k.word.to_lowercase(),
                    k.word
                        .char_indices()
                        .last()
                        .map_or("", |(at, _)| &k.word[..at])
                        .to_string(),
                ];
                for line in lines.iter().copied().chain(own.iter().map(String::as_str)) {
                    assert_eq!(
                        k.strip(line),
                        strip_word(line, k.word),
                        "{} on {line:?}",
                        k.word
                    );
                }
            }
        }
        assert!(folded > 100, "{folded} keywords folded");
    }

    /// Lines whose first byte is ASCII take a short cut to their first two letters in lower
    /// case: the same two as the general reading.
    #[test]
    fn first_two_lower_reads_an_ascii_start_as_the_general_reading() {
        for s in [
            "Le", "Lé", "sé", "SÉ", "AΡ", "Aİ", "a", "Ab", "A§", "ZΆ", "KΕ", "aΡ", "Πo", "ΠA",
        ] {
            assert_eq!(first_two_lower(s), first_two_lowered(s), "{s:?}");
        }
    }

    /// A division inserted after another with a capital set apart (the Norwegian pasient- og
    /// brukerrettighetsloven's `Kapittel 4 A.`) is numbered with its letter; an article's
    /// lettered marginal note (Swiss `Art. 11 A. Persönlichkeit`) stays its title.
    #[test]
    fn a_capital_apart_after_a_division_number_is_part_of_it() {
        fn read(line: &str) -> (&str, &str) {
            let h = parse_heading(line).expect("a heading");
            (h.number, h.title)
        }
        assert_eq!(
            read("## Kapittel 4 A. Helsehjelp til pasienter uten samtykkekompetanse"),
            ("4 A", "Helsehjelp til pasienter uten samtykkekompetanse")
        );
        assert_eq!(read("## Kapittel 4 A"), ("4", "A"));
        assert_eq!(
            read("## Kapittel 4. Samtykke til helsehjelp"),
            ("4", "Samtykke til helsehjelp")
        );
        assert_eq!(
            read("Art. 11 A. Persönlichkeit im Allgemeinen"),
            ("11", "A. Persönlichkeit im Allgemeinen")
        );
    }

    /// Legilux prints the law that last amended an article where its title would stand
    /// (sweep D: `Art. 377 (` and `Art. 409quater ([L. 24 juillet 2025](…))` as titles).
    #[test]
    fn an_amendment_note_is_no_title() {
        for line in [
            "Art. 409*quater*. ([L. 24 juillet 2025](/eli/etat/leg/loi/2025/07/24/a345/jo))",
            "Art. 377. (",
        ] {
            let h = parse_heading(line).expect("a heading");
            assert_eq!(h.title, "", "{line}");
        }
        // The italic suffix after a part of the number is the number's.
        assert_eq!(h("Art. 135-2*bis*."), some("Art.", "135-2*bis*", ""));
        assert_eq!(
            h("###### Art. 442-1*quater*."),
            some("Art.", "442-1*quater*", "")
        );
        let titled = parse_heading("Art. 5. (Abrogé)").expect("a heading");
        assert_eq!(titled.title, "(Abrogé)");
        let titled = parse_heading("Article 2 ([Annex](annex.md) Rates)").expect("a heading");
        assert_eq!(titled.title, "([Annex](annex.md) Rates)");
    }

    #[test]
    fn a_capitalised_premier_is_the_first() {
        // `Titre Premier`, `Chapitre Premier.` as legilux prints them: the `P` was read as a
        // Greek rho and the heading was a division named by its words.
        assert_eq!(
            h("### Titre Premier La formation professionnelle"),
            some("Titre", "Premier", "La formation professionnelle")
        );
        assert_eq!(h("Chapitre Premier.").map(|t| t.1), Some("Premier".into()));
    }

    #[test]
    fn german_bis_before_a_number_joins_a_range_and_footnote_calls_are_dropped() {
        // The Liechtenstein PGR: `Art. 553 bis 570 [^1169]` (articles 553 to 570, repealed)
        // was article `553 bis` titled `570 [^1169]`; its `Art. 1a bis` is one article.
        assert_eq!(
            h("##### Art. 553 bis 570 [^1169]"),
            some("Art.", "553", "bis 570")
        );
        assert_eq!(
            h("##### Art. 994 bis Art. 1010d [^1779]"),
            some("Art.", "994", "bis Art. 1010d")
        );
        assert_eq!(h("Art. 40a bis 40e").map(|t| t.1), Some("40a".into()));
        assert_eq!(h("##### Art. 1a bis [^6]"), some("Art.", "1a bis", ""));
        assert_eq!(h("Article 5 bis").map(|t| t.1), Some("5 bis".into()));
        assert_eq!(without_footnote_calls("Offenlegung[^2057]"), "Offenlegung");
        assert_eq!(without_footnote_calls("Titel [^a][^b] "), "Titel");
        assert_eq!(without_footnote_calls("Note [^ 1]"), "Note [^ 1]");
    }

    #[test]
    fn a_raised_ordinal_and_a_latin_one_after_a_roman_number_belong_to_the_number() {
        // The legilux Nouveau Code de procédure civile: `Art. 1<sup>er</sup>.` and `TITRE
        // VIbis.` were divisions named by their words.
        assert_eq!(
            h("###### Art. 1<sup>er</sup>."),
            some("Art.", "1<sup>er</sup>", "")
        );
        assert_eq!(
            h("#### TITRE VIbis. De la procédure"),
            some("Titre", "VIbis", "De la procédure")
        );
        assert_eq!(h("TITRE VIIbis.").map(|t| t.1), Some("VIIbis".into()));
    }

    #[test]
    fn a_unit_in_the_quotes_of_its_amending_law_is_that_unit() {
        // The legilux Code du travail, 2019: units inserted by a law printed in its quotes,
        // read as divisions of words and reported removed when the next version dropped them.
        assert_eq!(h("###### «Art. L. 211-16.»"), h("###### Art. L. 211-16."));
        assert_eq!(h("###### «Art. L. 426-12»."), h("###### Art. L. 426-12."));
        assert_eq!(
            h("##### *«Section 7.»* *Temps de repos*"),
            some("Section", "7", "Temps de repos")
        );
        assert_eq!(
            h("### **«Titre V** **Emploi et stages des élèves et étudiants»**"),
            some("Titre", "V", "Emploi et stages des élèves et étudiants")
        );
        // A bill's quoted insertion is text of the article that inserts it.
        assert_eq!(h("« Art. 5. – Le juge peut ordonner la mesure. »"), None);
    }

    #[test]
    fn a_heading_that_opens_a_quotation_it_does_not_close_is_text() {
        // The Andorran Codi penal, text refós 2015: a final provision quotes the articles it
        // substitutes in another law, each printed as a heading; they were divisions of their
        // own, reported added, and one was paired with the provision that quotes it.
        assert_eq!(h("##### “Article 54"), None);
        assert_eq!(h("### „Artikel 3"), None);
        assert_eq!(h("## \"Part 2"), None);
        // Closed on the line, the quotes are a heading's own (a division named so).
        assert!(h("### “Preliminary provisions”").is_some());
    }

    #[test]
    fn a_note_of_the_amending_law_before_a_heading_is_no_part_of_it() {
        // The legilux Code du travail, 2020: the note opens the heading in one version and is
        // gone in the next; the heading was a division named by the note.
        let titre = "**Titre Premier** **La formation professionnelle**";
        assert_eq!(
            h(&format!(
                "### ([L. 12 juillet 2019](/eli/etat/leg/loi/2019/07/12/a497/jo)) {titre}"
            )),
            h(&format!("### {titre}"))
        );
        assert_eq!(
            h(
                "##### *([L. 1<sup>er</sup> août 2018](/eli/etat/leg/loi/2018/08/01/a855/jo))* *Section 13.* *Congé de représentation des parents*"
            ),
            h("*Section 13.* *Congé de représentation des parents*")
        );
        // A sentence with its note is a sentence, as it is without the heading's marks.
        assert_eq!(
            h(
                "###### ([L. 27 août 2024](/eli/etat/leg/loi/2024/08/27/a393/jo)) L’amende prévue au présent paragraphe est de nature correctionnelle."
            ),
            None
        );
        // On a line of text the note stays: the line is text.
        assert_eq!(h("([L. 12 juillet 2019](/eli/x)) Titre Premier"), None);
    }

    #[test]
    fn articles_repealed_together_are_headings_without_marks() {
        // The legilux Code pénal prints `##### Art. 80 à 85.` in 2024 and `Art. 80 à 85.` in
        // 2025: the plain line's lower-case "title" made it text, and arts. 80, 88, 97, 316
        // and 502 were reported removed.
        assert_eq!(h("Art. 80 à 85."), some("Art.", "80", "à 85."));
        assert_eq!(h("Art. 97 et 98."), some("Art.", "97", "et 98."));
        assert_eq!(h("§ 12 und 13"), some("§", "12", "und 13"));
        // Words after the range make the line a sentence that cites articles.
        assert_eq!(h("Art. 80 à 85 du présent code sont applicables."), None);
        assert_eq!(h("Art. 80 et suivants."), None);
    }

    #[test]
    fn lines_of_text_marked_as_headings_are_text() {
        // The legilux export of the Luxembourg Code pénal (2025): a link's bracket, a list's
        // indent, a repeal note and a sentence cut before a link, each marked as a heading.
        for line in [
            "##### (",
            "##### - la personne avait l’obligation légale d’obéir aux ordres du gouvernement",
            "### Abrogé (",
            "##### Lorsqu’une personne morale, ayant été condamnée à une peine criminelle au titre de l’",
            "##### les atteintes à la vie et à l’intégrité corporelle",
            "###### Les infractions prévues par les articles 118, 119, 120 et 120bis seront punies de la réclusion à vie;",
            "###### Soit par supposition de personnes,",
            "###### Sont visées à l’alinéa (1) du présent article les infractions prévues:",
        ] {
            assert_eq!(h(line), None, "{line:?}");
        }
        assert_eq!(
            h("## Dispositions générales"),
            some("md", "Dispositions générales", "")
        );
        let title = "und die Integration von Ausländern im Bundesgebiet (AufenthG 2004)";
        assert_eq!(h(&format!("# {title}")), some("md", title, ""));
        assert_eq!(
            h("### De la concussion"),
            some("md", "De la concussion", "")
        );
        // A doubled dot (legalize-ie's Social Welfare and Pensions Act 2009, consolidated).
        assert_eq!(
            h("##### 1.. **Short title and construction.**"),
            some("DotNumber", "1", "Short title and construction.")
        );
        // Norwegian `Kap 1.` (straffeprosessloven): a chapter, not a heading of words.
        assert_eq!(
            h("## Kap 9 a. Bistandsadvokaten."),
            some("Kap", "9 a", "Bistandsadvokaten.")
        );
    }

    #[test]
    fn sentences_are_not_headings() {
        for line in [
            "Sections 1 and 2 above provided that",
            "Section 6 states terms for distribution",
            "Article 5 of the Convention applies",
            "Articles 5 and 6",
            "Partial 5",
            "Part Ivy",
            "    7.  This requirement modifies the requirement",
            "12.5 percent",
            "2007",
            "12 months",
            "(1)shall apply",
            "Section",
            "Section five",
            "Sectional 5",
            "",
            "1234567. Too long",
            "Articled 5",
            "section 13, concerning interaction",
            "Section 13, concerning interaction",
            "part a textbook of mathematics",
            "article 5",
            "e.g. this",
            "#hashtag",
        ] {
            assert_eq!(h(line), None, "{line:?}");
        }
    }

    #[test]
    fn markers_written_as_list_entries_are_markers() {
        assert_eq!(
            h("- a) třicet let,"),
            some("LetterParen", "a", "třicet let,")
        );
        assert_eq!(h("* (2) Text"), some("ParenNumber", "2", "Text"));
        assert_eq!(h("+ 3. Text"), some("DotNumber", "3", "Text"));
        for line in [
            "- Item without a marker",
            "-a) no blank",
            "- Section 5 Title",
            "- ",
        ] {
            assert_eq!(h(line), None, "{line:?}");
        }
    }

    #[test]
    fn raised_numbers_of_inserted_units_are_part_of_the_number() {
        assert_eq!(
            h("##### § 12<sup>1</sup>. Süüteoga tekitatud kahju"),
            some("§", "12<sup>1</sup>", "Süüteoga tekitatud kahju")
        );
        assert_eq!(h("§ 12¹. Kahju"), some("§", "12¹", "Kahju"));
        assert_eq!(h("Articolul 8^1"), some("Articolul", "8^1", ""));
        assert_eq!(
            h("Capitolul III^1 Dispoziții"),
            some("Capitolul", "III^1", "Dispoziții")
        );
        assert_eq!(h("Articolul 8^"), None);
    }

    #[test]
    fn a_repealed_unit_keeps_its_heading() {
        assert_eq!(h("§ 179 (weggefallen)"), some("§", "179", "(weggefallen)"));
        assert_eq!(
            h("Article 12 [repealed]"),
            some("Article", "12", "[repealed]")
        );
        assert_eq!(h("Article 5 (of the Convention) applies"), None);
        assert_eq!(h("Section 4 (a) and (b)"), None);
    }

    #[test]
    fn inserted_sections_of_hungarian_and_slovenian_law_and_raised_paragraphs() {
        assert_eq!(
            h("12/A. § A törvény hatálya"),
            some("§", "12/A", "A törvény hatálya")
        );
        assert_eq!(h("6.a člen"), some("člen", "6.a", ""));
        assert_eq!(
            h("(2¹) Tiesa var noteikt"),
            some("ParenNumber", "2¹", "Tiesa var noteikt")
        );
        assert_eq!(
            h("(1¹) Kohus võib"),
            some("ParenNumber", "1¹", "Kohus võib")
        );
        assert_eq!(h("1.a pont szerint"), None);
    }
}
