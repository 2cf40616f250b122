//! The wording of amending instructions in each drafting style, and the nom grammar that
//! reads it back. Rendering and parsing sit side by side so that every sentence form has its
//! reader next to it; the generator checks each instruction by reading it back.
//!
//! A document is a list of numbered instructions (`1. …`) separated by empty lines. Text
//! quoted over several lines continues on lines indented by four blanks (an empty line
//! inside a quotation is four blanks), so the end of each instruction is unambiguous whatever
//! the quoted text contains; a block of inserted sections follows its sentence on the next
//! line, between quotation marks. German, Polish, Dutch and French instructions that change
//! one section one after the other are one numbered group, its items lettered (numbered in
//! Dutch and French; see [`grouped`]). Dutch letters the instructions themselves (`A. …`: see
//! [`Lang::label_of`]).

mod grouped;
mod numbered;
mod units;

use rustc_hash::FxHashMap;
use std::collections::HashMap;

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while1},
    combinator::{eof, opt},
};

use super::super::detect::MULTIPLIERS;
use super::super::style::{Marker, NL_ORDINALS, SWISS_GERMAN, english_ordinal};
use super::super::{HeadingKind, Section, Subheading};
use super::doc::{OldDoc, Step, is_letter, is_roman, ordinal_schedule};
use super::numbering::{Numbering, Standing, UnitState, is_schedule, place_in_schedules};
use super::{Address, Inserted, Instruction, Instructions, Lang, Place, TextEdit};

/// The indent of continuation lines.
const INDENT: &str = "    ";

/// How many forms [`Form`] has.
const FORMS: usize = 6;
const _: () = assert!(
    Form::DetCap as usize + 1 == FORMS,
    "DetCap is the last form"
);

/// How a section is named in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Form {
    /// Inside a sentence: `section 2`, `§ 176`, `l'article 5`, `artikel 5`.
    Plain,
    /// At the start of a sentence: `Section 2`, `L'article 5`, `Artikel 5`.
    Cap,
    /// French `à l'article 5` / `au chapitre II`; German dative `der Präambel`.
    To,
    /// French `de l'article 5` / `du chapitre II`.
    Of,
    /// A unit as the subject or object of a sentence: French `le 2° du I de l'article 5`
    /// (elsewhere as [`Form::Plain`]).
    Det,
    /// [`Form::Det`] at the start of a sentence: `Le 2° du I de l'article 5`.
    DetCap,
}

/// How a style words an insertion of sections: [`Wording::sections_inserted`].
struct InsertWords {
    /// The sentence that inserts at the start of the text.
    start: &'static str,
    /// The words before the section after which, or before which, the block goes.
    after: &'static str,
    before: &'static str,
    /// How that section is cited.
    form: Form,
    /// The words right after it.
    then: &'static str,
    /// The words the sentence ends with, after any others (the inserted units named).
    until: Option<&'static str>,
    /// The block starts on the next line.
    line_after: bool,
}

const EN_INSERTS: InsertWords = InsertWords {
    start: "At the beginning insert—",
    after: "After ",
    before: "Before ",
    form: Form::Plain,
    then: " insert—",
    until: None,
    line_after: false,
};

const DE_INSERTS: InsertWords = InsertWords {
    start: "Am Anfang wird Folgendes eingefügt:",
    after: "Nach ",
    before: "Vor ",
    form: Form::To,
    then: " ",
    until: Some(" eingefügt:"),
    line_after: false,
};

const FR_INSERTS: InsertWords = InsertWords {
    start: "Au début, sont insérées des dispositions ainsi rédigées :",
    after: "Après ",
    before: "Avant ",
    form: Form::Plain,
    then: ", ",
    until: Some(" :"),
    line_after: true,
};

const NL_INSERTS: InsertWords = InsertWords {
    start: "Aan het begin wordt ingevoegd, luidende:",
    after: "Na ",
    before: "Voor ",
    form: Form::Plain,
    then: " ",
    until: Some(", luidende:"),
    line_after: false,
};

/// The form a section's own name takes in `form` ([`Form::Det`] names it as
/// [`Form::Plain`] does).
fn plain_form(form: Form) -> Form {
    match form {
        Form::Det => Form::Plain,
        Form::DetCap => Form::Cap,
        f => f,
    }
}

/// Uppercases the first letter.
fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Lowercases the first letter (the inverse of [`cap`]).
fn decap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The section's number, or empty.
fn num(s: &Section) -> &str {
    s.number.as_deref().unwrap_or("")
}

/// The divisions `name` names before `own`, its section's own name (`Buch 2 Abschnitt 8
/// Titel 3` of `Buch 2 Abschnitt 8 Titel 3 Untertitel 4`), if it names any.
fn within_of<'a>(name: &'a str, own: &str) -> Option<&'a str> {
    name.strip_suffix(own)?
        .strip_suffix(' ')
        .filter(|w| !w.is_empty())
}

/// Whether a section's heading is a bare, dotted or plain numbered heading (no keyword).
fn keywordless(s: &Section) -> bool {
    s.keyword.is_empty() && s.number.is_some()
}

/// English: `section 2`, `clause 3`, `Article 5`, `Chapter II`, `§ 176`, `the preamble`.
fn en_ref(s: &Section) -> String {
    if s.kind == HeadingKind::Preamble {
        return "the preamble".into();
    }
    if s.number.is_none() {
        // An Act's only Schedule (`SCHEDULE`).
        if is_schedule(s) {
            return "the Schedule".into();
        }
        return format!("the heading “{}”", s.label);
    }
    let n = num(s);
    if ordinal_schedule(s) {
        return en_schedule_name(n);
    }
    if s.in_schedule {
        // A Schedule's numbered units are its paragraphs, always cited with their Schedule
        // (`paragraph 2 of Schedule 1`, `paragraph 2 of the Schedule`): a paragraph alone
        // would send a reader to the body of the Act.
        return match en_schedule(s) {
            Some(schedule) => format!("paragraph {n} of {schedule}"),
            None => format!("paragraph {n}"),
        };
    }
    match s.keyword.as_str() {
        "Section" | "Sec." => format!("section {n}"),
        "Clause" => format!("clause {n}"),
        "Regulation" => format!("regulation {n}"),
        "Rule" => format!("rule {n}"),
        "Art." => format!("Article {n}"),
        "" if n.contains('.') => format!("clause {n}"),
        "" if s.label.ends_with('.') && !s.cited_as_provision => format!("paragraph {n}"),
        "" if s.label.starts_with('(') => format!("paragraph ({n})"),
        "" => format!("{} {n}", s.instrument.provision()),
        _ => s.label.clone(),
    }
}

/// The English name of the Schedule a Schedule's paragraph stands in (`Schedule 1`, or `the
/// Schedule` for an Act's only one, unnumbered), by the number it bears now (see
/// [`super::numbering::Numbering`]'s views).
fn en_schedule(s: &Section) -> Option<String> {
    let number = s.chapter.as_deref().filter(|_| s.in_schedule)?;
    Some(en_schedule_name(number))
}

/// The English name of a Schedule by its number: `Schedule 1`, `the First Schedule` (numbered
/// by an ordinal word, as Irish Acts number them), `the Schedule` (an Act's only one).
fn en_schedule_name(number: &str) -> String {
    if number.is_empty() {
        return "the Schedule".into();
    }
    if !english_ordinal(number) {
        return format!("Schedule {number}");
    }
    // An English ordinal is ASCII.
    let mut word = number.to_ascii_lowercase();
    word[..1].make_ascii_uppercase();
    format!("the {word} Schedule")
}

/// A Schedule's paragraph's English name cut before its Schedule (`paragraph 2`, ` of
/// Schedule 1`); the whole name and nothing elsewhere.
fn en_schedule_split<'n>(s: &Section, name: &'n str) -> (&'n str, &'n str) {
    match name.find(" of ") {
        Some(k) if s.in_schedule && en_schedule(s).is_some() => name.split_at(k),
        _ => (name, ""),
    }
}

fn en_plural(s: &Section) -> String {
    if s.in_schedule {
        return "Paragraphs".into();
    }
    match s.keyword.as_str() {
        "Section" | "Sec." | "" => "Sections".into(),
        "§" => "§§".into(),
        "Art." | "Article" => "Articles".into(),
        "Annex" => "Annexes".into(),
        k @ ("Clause" | "Regulation" | "Rule" | "Book" | "Part" | "Title" | "Chapter"
        | "Subchapter" | "Division" | "Subdivision" | "Schedule" | "Appendix") => format!("{k}s"),
        k => k.to_string(),
    }
}

/// German: the label as written (`§ 176`, `Artikel 5`, `Abschnitt 2`).
fn de_ref(s: &Section, form: Form) -> String {
    if s.kind == HeadingKind::Preamble {
        return if form == Form::To {
            "der Präambel"
        } else {
            "die Präambel"
        }
        .into();
    }
    if s.number.is_none() {
        let art = if form == Form::To { "der" } else { "die" };
        return format!("{art} Überschrift „{}“", s.label);
    }
    if keywordless(s) {
        return format!("Nummer {}", num(s));
    }
    format!(
        "{} {}",
        if s.keyword == "Art." {
            "Artikel"
        } else {
            &s.keyword
        },
        num(s)
    )
}

fn de_plural(s: &Section) -> String {
    match s.keyword.as_str() {
        "§" => "§§".into(),
        "Art." | "Artikel" | "Art" => "Artikel".into(),
        "Abschnitt" | "Unterabschnitt" | "Teil" => format!("{}e", s.keyword),
        "Buch" => "Bücher".into(),
        "Anlage" => "Anlagen".into(),
        "" => "Nummern".into(),
        k => k.to_string(),
    }
}

/// German grammatical gender of a keyword: 'm', 'f' or 'n'.
fn de_gender(s: &Section) -> char {
    match s.keyword.as_str() {
        "Kapitel" | "Buch" | "Hauptstück" => 'n',
        "Anlage" => 'f',
        "" => 'f',
        _ => 'm',
    }
}

/// French noun phrase without article, and whether it is feminine.
fn fr_noun(s: &Section) -> (String, bool) {
    if s.kind == HeadingKind::Preamble {
        return ("préambule".into(), false);
    }
    if s.number.is_none() {
        return (format!("division « {} »", s.label), true);
    }
    let n = num(s);
    let (noun, fem) = match s.keyword.as_str() {
        "Article" | "Art." | "" => ("article".to_string(), false),
        "Livre" | "Titre" | "Chapitre" | "Paragraphe" => (s.keyword.to_lowercase(), false),
        "Partie" | "Section" | "Sous-section" | "Annexe" => (s.keyword.to_lowercase(), true),
        k => (k.to_string(), false),
    };
    (format!("{noun} {n}"), fem)
}

fn fr_ref(s: &Section, form: Form) -> String {
    let (np, fem) = fr_noun(s);
    let elide = np.starts_with(['a', 'e', 'i', 'o', 'u', 'é', 'h', 'A', 'E', 'I', 'O', 'U']);
    let out = match (form, elide, fem) {
        (Form::Plain | Form::Cap | Form::Det | Form::DetCap, true, _) => format!("l'{np}"),
        (Form::Plain | Form::Cap | Form::Det | Form::DetCap, false, false) => format!("le {np}"),
        (Form::Plain | Form::Cap | Form::Det | Form::DetCap, false, true) => format!("la {np}"),
        (Form::To, true, _) => format!("à l'{np}"),
        (Form::To, false, false) => format!("au {np}"),
        (Form::To, false, true) => format!("à la {np}"),
        (Form::Of, true, _) => format!("de l'{np}"),
        (Form::Of, false, false) => format!("du {np}"),
        (Form::Of, false, true) => format!("de la {np}"),
    };
    if matches!(form, Form::Cap | Form::DetCap) {
        cap(&out)
    } else {
        out
    }
}

fn fr_plural(s: &Section) -> String {
    let (np, _) = fr_noun(s);
    let noun = np.strip_suffix(num(s)).unwrap_or(&np).trim_end();
    if noun == "§" {
        "§§".into()
    } else {
        format!("{noun}s")
    }
}

/// Dutch: `artikel 5`, `hoofdstuk 2`, `de aanhef`.
fn nl_ref(s: &Section, form: Form) -> String {
    let out = if s.kind == HeadingKind::Preamble {
        "de aanhef".to_string()
    } else if s.number.is_none() {
        format!("het opschrift „{}”", s.label)
    } else if keywordless(s) || s.keyword == "Art." {
        format!("artikel {}", num(s))
    } else {
        let k = match s.keyword.as_str() {
            k @ ("Artikel" | "Boek" | "Deel" | "Titel" | "Hoofdstuk" | "Afdeling" | "Paragraaf"
            | "Bijlage") => k.to_lowercase(),
            k => k.to_string(),
        };
        format!("{k} {}", num(s))
    };
    if form == Form::Cap { cap(&out) } else { out }
}

fn nl_plural(s: &Section) -> String {
    match s.keyword.as_str() {
        "Artikel" | "Art." | "" => "artikelen".into(),
        "Hoofdstuk" => "hoofdstukken".into(),
        "Afdeling" => "afdelingen".into(),
        "Titel" => "titels".into(),
        "Boek" => "boeken".into(),
        "Deel" => "delen".into(),
        "Paragraaf" => "paragrafen".into(),
        "Bijlage" => "bijlagen".into(),
        "§" => "§§".into(),
        k => k.to_string(),
    }
}

/// A Polish noun naming a section, in the cases the instructions need: the nominative (a
/// subject, `rozdział 2 otrzymuje brzmienie`), the locative (after `w` and `po`: `w rozdziale
/// 2`), the genitive (a division that qualifies another: `§ 1 załącznika nr 2`), the
/// instrumental (after `przed` and `pod`: `przed rozdziałem 2`), and the nominative plural (a
/// run: `rozdziały 2–4`).
struct PlNoun {
    /// The keyword as the style table spells it (`Rozdział`); empty for those named otherwise.
    keyword: &'static str,
    nom: &'static str,
    loc: &'static str,
    genitive: &'static str,
    ins: &'static str,
    plural: &'static str,
}

const fn pl_noun(
    keyword: &'static str,
    [nom, loc, genitive, ins, plural]: [&'static str; 5],
) -> PlNoun {
    PlNoun {
        keyword,
        nom,
        loc,
        genitive,
        ins,
        plural,
    }
}

/// The Polish divisions (Zasady techniki prawodawczej, § 54–§ 56: księga, tytuł, dział,
/// rozdział, oddział; a część of a code; a załącznik).
const PL_DIVISIONS: [PlNoun; 7] = [
    pl_noun(
        "Rozdział",
        [
            "rozdział",
            "rozdziale",
            "rozdziału",
            "rozdziałem",
            "rozdziały",
        ],
    ),
    pl_noun("Dział", ["dział", "dziale", "działu", "działem", "działy"]),
    pl_noun(
        "Oddział",
        ["oddział", "oddziale", "oddziału", "oddziałem", "oddziały"],
    ),
    pl_noun("Tytuł", ["tytuł", "tytule", "tytułu", "tytułem", "tytuły"]),
    pl_noun(
        "Księga",
        ["księga", "księdze", "księgi", "księgą", "księgi"],
    ),
    pl_noun("Część", ["część", "części", "części", "częścią", "części"]),
    pl_noun(
        "Załącznik",
        [
            "załącznik",
            "załączniku",
            "załącznika",
            "załącznikiem",
            "załączniki",
        ],
    ),
];

/// The preamble (`preambuła`) and a division cited by its heading's words (`nagłówek „…”`).
const PL_PREAMBLE: PlNoun = pl_noun("", ["preambuła", "preambule", "preambuły", "preambułą", ""]);
const PL_HEADING: PlNoun = pl_noun("", ["nagłówek", "nagłówku", "nagłówka", "nagłówkiem", ""]);

/// Every Polish noun a section's name may open with, declined.
fn pl_declined() -> impl Iterator<Item = &'static PlNoun> {
    PL_DIVISIONS.iter().chain([&PL_PREAMBLE, &PL_HEADING])
}

/// Whether a section is cited as a Polish article (`art. 5`): an article by any keyword but
/// `§` (`Art.`, `Artykuł`, a foreign text's `Artikel` or `Section`), or a bare number.
fn pl_article(s: &Section) -> bool {
    keywordless(s) || (s.kind == HeadingKind::Article && s.keyword != "§")
}

/// The Polish noun of a division's keyword, if it is one.
fn pl_division(s: &Section) -> Option<&'static PlNoun> {
    PL_DIVISIONS
        .iter()
        .find(|n| n.keyword.to_lowercase() == s.keyword.to_lowercase())
}

/// Polish: `art. 5`, `§ 2`, `rozdział 2` (in the case `form` asks: [`Form::To`] the locative,
/// [`Form::Of`] the genitive), `załącznik nr 1`, `preambuła`, `nagłówek „…”`. Article
/// abbreviations do not decline.
fn pl_ref(s: &Section, form: Form) -> String {
    let case = |n: &PlNoun| match form {
        Form::To => n.loc,
        Form::Of => n.genitive,
        _ => n.nom,
    };
    let out = if s.kind == HeadingKind::Preamble {
        case(&PL_PREAMBLE).to_string()
    } else if s.number.is_none() {
        format!("{} „{}”", case(&PL_HEADING), s.label)
    } else if pl_article(s) {
        format!("art. {}", num(s))
    } else if s.keyword == "§" {
        format!("§ {}", num(s))
    } else if let Some(noun) = pl_division(s) {
        let nr = if noun.keyword == "Załącznik" {
            "nr "
        } else {
            ""
        };
        format!("{} {nr}{}", case(noun), num(s))
    } else {
        s.label.clone()
    };
    if matches!(form, Form::Cap | Form::DetCap) {
        cap(&out)
    } else {
        out
    }
}

/// A run of Polish sections: `art.`, `§`, `rozdziały` (before the numbers).
fn pl_plural(s: &Section) -> String {
    if pl_article(s) {
        "art.".into()
    } else if s.keyword == "§" {
        "§".into()
    } else if let Some(noun) = pl_division(s) {
        noun.plural.into()
    } else {
        s.keyword.clone()
    }
}

/// A Polish section's name in the locative (`rozdziale 2`, `art. 5`) put in the instrumental
/// (`rozdziałem 2`), as `przed` and `pod` take it.
fn pl_instrumental(locative: &str) -> String {
    let word = locative.split(' ').next().unwrap_or("");
    match pl_declined().find(|n| n.loc == word) {
        Some(n) => format!("{}{}", n.ins, &locative[word.len()..]),
        None => locative.to_string(),
    }
}

/// The Polish nouns for words quoted, each as an object, in the instrumental and in the
/// locative: several words, one word, digits, one sign, several signs.
const PL_WORDS: [[&str; 3]; 5] = [
    ["wyrazy", "wyrazami", "wyrazach"],
    ["wyraz", "wyrazem", "wyrazie"],
    ["liczbę", "liczbą", "liczbie"],
    ["znak", "znakiem", "znaku"],
    ["znaki", "znakami", "znakach"],
];

/// How Polish names the words quoted: as an object (`wyrazy`), after `zastępuje się`
/// (instrumental, `wyrazami`) and after `po` (locative, `wyrazach`). One word is a `wyraz`,
/// digits a `liczba`, other signs `znaki`.
fn pl_words(t: &str) -> &'static [&'static str; 3] {
    let several = t.trim().contains(char::is_whitespace);
    let k = if t.chars().any(char::is_alphabetic) {
        if several { 0 } else { 1 }
    } else if t.chars().any(char::is_numeric) && !several {
        2
    } else if t.trim().chars().count() == 1 {
        3
    } else {
        4
    };
    &PL_WORDS[k]
}

/// The nouns [`pl_unit_noun`] gives.
const PL_UNIT_NOUNS: [&str; 5] = ["ust.", "pkt", "lit.", "tiret", "§"];

/// The Polish noun of a paragraph or item in an address: `§` (a code's paragraphs), `ust.`
/// (the paragraphs elsewhere), `lit.` (letters), `tiret` (dashes), `pkt` (points).
pub(super) fn pl_unit_noun(m: Marker, paragraph: bool) -> &'static str {
    if m == Marker::SectionSign {
        "§"
    } else if paragraph {
        "ust."
    } else if is_letter(m) {
        "lit."
    } else if m == Marker::Dash {
        "tiret"
    } else {
        "pkt"
    }
}

/// The Polish steps of an address after the section, each after `joiner` (` ust. 1 pkt 3`, or
/// ` w ust. 1 w pkt 3` in the locative), as numbers; with `bare`, the first without it
/// (`ust. 2 pod nagłówkiem …`).
fn pl_steps<'x>(mut i: &'x str, bare: bool, joiner: &'static str) -> (&'x str, Vec<&'x str>) {
    let mut numbers = Vec::new();
    loop {
        let r = match bare && numbers.is_empty() {
            true => Some(i),
            false => i.strip_prefix(joiner),
        };
        let Some(r) = r else {
            break;
        };
        let Some(from) = PL_UNIT_NOUNS
            .iter()
            .find_map(|noun| r.strip_prefix(noun)?.strip_prefix(' '))
        else {
            break;
        };
        let Ok((r, n)) = step_number(from) else {
            break;
        };
        numbers.push(n);
        i = r;
    }
    (i, numbers)
}

/// A Polish noun for words quoted, in one of [`pl_words`]' cases, and the blank after it.
fn pl_words_noun<'x>(case: usize) -> impl Fn(&'x str) -> Res<'x, &'x str> {
    move |i: &'x str| {
        PL_WORDS
            .iter()
            .find_map(|n| {
                let r = i.strip_prefix(n[case])?.strip_prefix(' ')?;
                Some((r, &i[..i.len() - r.len()]))
            })
            .map_or_else(|| fail(i), Ok)
    }
}

/// The number `w` at the start of `i` with the multiplier written after it (`6° bis`, an
/// item inserted after 6°) or the number after it (`§ 1er`), and the rest of `i`; `w` alone
/// where none follows.
fn with_multiplier<'x>(i: &'x str, w: &'x str) -> (&'x str, &'x str) {
    let rest = &i[w.len()..];
    // `§ 1er`: the sign and the number (Belgian paragraphs).
    if w == "§"
        && let Some(after) = rest.strip_prefix(' ')
    {
        let n = after
            .find(|c: char| c.is_whitespace() || c == ',')
            .unwrap_or(after.len());
        let len = w.len() + 1 + n;
        return (&i[len..], &i[..len]);
    }
    let Some(after) = rest.strip_prefix(' ') else {
        return (rest, w);
    };
    for m in MULTIPLIERS {
        if let Some(tail) = after.strip_prefix(m)
            && (tail.is_empty() || tail.starts_with([' ', ',']))
        {
            let len = w.len() + 1 + m.len();
            return (&i[len..], &i[..len]);
        }
    }
    (rest, w)
}
const NL_COUNTS: [&str; 11] = [
    "", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
];

/// German `In` before `name`, a name in the dative: `In § 5`, `In der Überschrift „…“`;
/// `in dem` is contracted, as German writes it where the article is not stressed (`Im Text
/// unter der Überschrift „…“`).
pub(super) fn de_in(name: &str) -> String {
    match name.strip_prefix("dem ") {
        Some(rest) => format!("Im {rest}"),
        None => format!("In {name}"),
    }
}

/// How the words quoted are named in German: subject (nominative) and after `nach` (dative),
/// and whether it takes a plural verb.
fn de_words(t: &str) -> (&'static str, &'static str, bool) {
    let alpha = t.chars().any(char::is_alphabetic);
    if alpha && !t.contains(char::is_whitespace) {
        ("das Wort", "dem Wort", false)
    } else if alpha {
        ("die Wörter", "den Wörtern", true)
    } else {
        ("die Angabe", "der Angabe", false)
    }
}

/// How the words quoted are named in French, and whether the verb is plural.
fn fr_words(t: &str) -> (&'static str, bool) {
    let alnum = t.chars().any(char::is_alphanumeric);
    let several = t.contains(char::is_whitespace);
    match (alnum, several) {
        (true, false) => ("le mot", false),
        (true, true) => ("les mots", true),
        (false, false) => ("le signe", false),
        (false, true) => ("les signes", true),
    }
}

/// Where in a division cited by its heading the words a change quotes stand (see
/// [`Wording::heading_part`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HeadingPart {
    /// In the heading's line.
    Heading,
    /// In the text under the heading.
    Under,
    /// From the heading's line into the text under it.
    Both,
}

/// Where `words`, a change's quotation, stand against a heading's `line` that does not hold
/// them whole: running on from its last words into the text under it, or under it.
fn part_of(line: &str, words: &str) -> HeadingPart {
    if line.contains(words) {
        return HeadingPart::Heading;
    }
    match words.split_once('\n') {
        Some((first, _)) if line.ends_with(first) => HeadingPart::Both,
        _ => HeadingPart::Under,
    }
}

/// A heading's `line` after `edit`, which changes words in it (`part` [`HeadingPart::Heading`])
/// or from its last words on into the text under it ([`HeadingPart::Both`]: the line then
/// ends where the new words' first line does). Words put in with a line break end the line
/// there (`###` → `## IV. Hauptstück⏎⏎###` puts a heading's line above the old one).
fn changed_line(line: &str, edit: &TextEdit, part: HeadingPart) -> String {
    if part == HeadingPart::Heading {
        let changed = match super::edit::locate(edit, line) {
            Ok((a, b, with)) => format!("{}{with}{}", &line[..a], &line[b..]),
            Err(_) => line.to_string(),
        };
        return changed.lines().next().unwrap_or("").to_string();
    }
    match edit {
        TextEdit::Substitute { old, new } => {
            let first = old.split('\n').next().unwrap_or("");
            let kept = &line[..line.len() - first.len().min(line.len())];
            let new_first = new.split('\n').next().unwrap_or("");
            format!("{kept}{new_first}")
        }
        _ => line.to_string(),
    }
}

/// States instructions in one drafting style, and reads them back against the old text.
///
/// Instructions are executed in order, each citing sections by the numbers in force when it
/// is reached: the wording holds the [`Numbering`] at the point reached, and
/// [`Wording::advance`] carries it past each instruction.
pub(crate) struct Wording<'d, 'a> {
    doc: &'d OldDoc<'a>,
    lang: Lang,
    /// The sections standing at the point reached.
    state: std::cell::RefCell<Numbering>,
    /// For each form, every standing section's name → the sections so named.
    refs: std::cell::RefCell<HashMap<Form, RefMap>>,
    /// For each form, every section's name at the point reached.
    names: std::cell::RefCell<HashMap<Form, Names>>,
    /// The name of each old section in each form (before ranks), with the number it was
    /// made for: kept while the section keeps its number, so the names of a long text are
    /// not made again after each instruction that omits, inserts or renumbers sections.
    base: std::cell::RefCell<BaseNames>,
    /// The name of each section inserted in each form (before ranks), by its serial: an
    /// inserted section keeps its number, and a code amended by hundreds of instructions asks
    /// for every standing section's name after each that inserts one named like another.
    inserted_base: std::cell::RefCell<InsertedNames>,
    /// The units whose words an instruction before the point reached changed (section and
    /// path): the sentences counted in them may no longer be those of the old text.
    edited: std::cell::RefCell<Vec<(usize, Vec<usize>)>>,
    /// The heading's line of each division cited by its heading that an instruction before
    /// the point reached changed or restated, as it reads now (see
    /// [`Wording::heading_part`], [`Wording::carry_heading`]).
    heading_lines: std::cell::RefCell<FxHashMap<usize, String>>,
}

/// The name of each old section in each form before ranks, with the count of renumberings
/// it was made after ([`Numbering::renumbered`]) and its [`name_hash`]: by form, then by old
/// section. A list, not a map: a code's names are read in the order of its sections after
/// each instruction that names some of them again, and a map's look-ups, scattered over
/// megabytes, cost a cache miss each; the hash tells most names apart without comparing
/// their bytes.
type BaseNames = [Vec<Option<(u32, String, u64)>>; FORMS];

/// The name of each section inserted in each form before ranks, with its [`name_hash`]: by
/// form, then by serial (a list, as [`BaseNames`] is).
type InsertedNames = [Vec<Option<(String, u64)>>; FORMS];

/// The names of sections in one form, told apart by rank where named alike: of each old
/// section (as it stands, or stood before it was omitted), and of each section inserted.
struct Names {
    old: Vec<String>,
    /// Each section inserted: its name before ranks and its name.
    inserted: Vec<(String, String)>,
    /// How many standing sections bear each name before ranks.
    total: FxHashMap<String, usize>,
    /// For each name borne by two or more (and for no other), what told them apart when last
    /// named (see [`Wording::rename`]).
    told: FxHashMap<String, Told>,
}

/// What told apart the sections bearing one name when they were last named.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Told {
    /// A digest of the sections and the divisions they stand in (see [`Placed::digest`]).
    digest: u64,
    /// The old sections among them (the others are sections inserted).
    old: Vec<usize>,
}

/// The sections standing at the point reached, with what tells those named alike apart:
/// the division each stands in and how many numbered divisions bear each keyword and number.
struct Placed<'s> {
    /// The standing sections in order, each with which one it is.
    standing: Vec<(Standing, &'s Section)>,
    /// For each standing section, the index of the division it stands in (see
    /// [`super::super::nesting::Nesting::parents`]); empty when no two sections are named alike.
    parents: &'s [Option<usize>],
    divisions: FxHashMap<(&'s str, &'s str), usize>,
    /// For each standing section, once asked for: a hash of its keyword, number and
    /// loneness, as a division it qualifies others by (see [`Placed::digest`]).
    as_division: Vec<std::cell::OnceCell<u64>>,
    /// For each standing section, once asked for: [`Placed::lone`].
    lone: Vec<std::cell::OnceCell<bool>>,
    /// For each form (by its place in [`Form`]): how many times [`Wording::rerank`] asked for
    /// the sections of one name.
    reranked: [std::cell::Cell<u32>; FORMS],
    /// For each form, from the second time asked: the standing sections by a hash of their
    /// name before ranks in that form, sorted (hash, index), for [`Wording::rerank`] to find
    /// those named alike without naming every standing section again each time.
    by_base: [std::cell::OnceCell<Vec<(u64, usize)>>; FORMS],
}

/// The hash under which [`Placed::by_base`] files a name.
fn name_hash(name: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(name)
}

impl<'s> Placed<'s> {
    /// The sections standing in `state`, placed in their divisions by `nesting` when
    /// `shared` (some sections are named alike; else nothing more is needed).
    fn new(state: &'s Numbering, nesting: &super::super::nesting::Nesting, shared: bool) -> Self {
        let standing: Vec<(Standing, &'s Section)> = state.standing_ids().collect();
        let (mut parents, mut divisions): (&[Option<usize>], _) = (&[], FxHashMap::default());
        if shared {
            let placement = state.placement(nesting);
            parents = &placement.parents;
            for &k in &placement.divisions {
                let sec = standing[k].1;
                if let Some(n) = &sec.number {
                    *divisions
                        .entry((sec.keyword.as_str(), n.as_str()))
                        .or_default() += 1;
                }
            }
        }
        let as_division = vec![std::cell::OnceCell::new(); standing.len()];
        let lone = vec![std::cell::OnceCell::new(); standing.len()];
        Placed {
            standing,
            parents,
            divisions,
            as_division,
            lone,
            reranked: Default::default(),
            by_base: Default::default(),
        }
    }

    /// For each of `members` (indices into the standing sections), the divisions it stands
    /// in, innermost first.
    fn chains(&self, members: &[usize]) -> Vec<Vec<usize>> {
        members.iter().map(|&m| self.chain(m).collect()).collect()
    }

    /// The divisions standing section `m` stands in, innermost first (see
    /// [`Placed::chains`]).
    fn chain(&self, m: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.parents[m], |&p| self.parents[p])
    }

    /// A digest of all that names `members`, sections named alike, apart: which sections
    /// they are, and the keyword, number and loneness of each division they stand in.
    fn digest(&self, members: &[usize]) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = rustc_hash::FxHasher::default();
        // FxHasher keeps its state at zero through words of zero: the count first, so that a
        // section inserted before the others (no old index, no number, no divisions) counts.
        members.len().hash(&mut h);
        for &m in members {
            let (s, sec) = self.standing[m];
            (s.old(), sec.number.is_some(), self.chain(m).count()).hash(&mut h);
            for p in self.chain(m) {
                self.division_hash(p).hash(&mut h);
            }
        }
        h.finish()
    }

    /// Whether `told` was made of `members` in the same divisions (`digest`, their
    /// [`Placed::digest`]), found without listing them (names made again after each
    /// instruction mostly stand).
    fn tells_as(&self, members: &[usize], digest: u64, told: &Told) -> bool {
        let old = members.iter().filter_map(|&m| self.standing[m].0.old());
        told.digest == digest && told.old.iter().copied().eq(old)
    }

    /// Standing section `p` as a division in [`Placed::digest`]: its keyword, number and
    /// loneness, hashed once (a division qualifies every member standing in it).
    fn division_hash(&self, p: usize) -> u64 {
        use std::hash::{Hash, Hasher};
        *self.as_division[p].get_or_init(|| {
            let d = self.standing[p].1;
            let mut h = rustc_hash::FxHasher::default();
            (&d.keyword, &d.number, self.lone(p)).hash(&mut h);
            h.finish()
        })
    }

    /// What tells `members` apart, to be kept with their names.
    fn told(&self, members: &[usize]) -> Told {
        self.told_by(members, self.digest(members))
    }

    /// [`Placed::told`], given the [`Placed::digest`] of `members`.
    fn told_by(&self, members: &[usize], digest: u64) -> Told {
        Told {
            digest,
            old: members
                .iter()
                .filter_map(|&m| self.standing[m].0.old())
                .collect(),
        }
    }

    /// Whether standing section `k` is the only division with its keyword and number (a
    /// reader finds it without the divisions above it).
    fn lone(&self, k: usize) -> bool {
        *self.lone[k].get_or_init(|| {
            let sec = self.standing[k].1;
            sec.number
                .as_deref()
                .is_some_and(|n| self.divisions.get(&(sec.keyword.as_str(), n)) == Some(&1))
        })
    }
}

/// In a [`RefMap`], a section inserted (a name it bears names no old section alone).
const INSERTED: usize = usize::MAX;

/// Names of sections and the sections so named, with the lengths to try (longest first).
struct RefMap {
    by_name: HashMap<String, Vec<usize>>,
    lengths: Vec<usize>,
}

impl RefMap {
    fn new(names: impl Iterator<Item = (String, usize)>) -> Self {
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        for (n, i) in names {
            by_name.entry(n).or_default().push(i);
        }
        let mut lengths: Vec<usize> = by_name.keys().map(String::len).collect();
        lengths.sort_unstable_by(|a, b| b.cmp(a));
        lengths.dedup();
        RefMap { by_name, lengths }
    }

    /// Takes section `s` out of those named `name`.
    fn remove(&mut self, name: &str, s: usize) {
        if let Some(v) = self.by_name.get_mut(name) {
            v.retain(|&x| x != s);
            if v.is_empty() {
                self.by_name.remove(name);
            }
        }
    }

    /// Adds section `s` (or [`INSERTED`]) to those named `name`.
    fn add(&mut self, name: String, s: usize) {
        if let Err(k) = self.lengths.binary_search_by(|l| name.len().cmp(l)) {
            self.lengths.insert(k, name.len());
        }
        self.by_name.entry(name).or_default().push(s);
    }

    /// The longest name at the start of `i` that names exactly one section and is not
    /// followed by a letter or digit.
    fn find<'x>(&self, i: &'x str) -> Option<(&'x str, usize)> {
        for &l in &self.lengths {
            if l > i.len() || !i.is_char_boundary(l) {
                continue;
            }
            if i[l..].starts_with(|c: char| c.is_alphanumeric()) {
                continue;
            }
            if let Some(v) = self.by_name.get(&i[..l])
                && v.len() == 1
                && v[0] != INSERTED
            {
                return Some((&i[l..], v[0]));
            }
        }
        None
    }
}

type Res<'x, T> = IResult<&'x str, T>;

fn fail<'x, T>(i: &'x str) -> Res<'x, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// `open` text `close` then `rest`: the shortest quotation after which `rest` parses (so a
/// quotation may contain the closing mark).
fn quoted_then<'x, T>(
    i: &'x str,
    open: &str,
    close: &str,
    mut rest: impl FnMut(&'x str) -> Res<'x, T>,
) -> Res<'x, (String, T)> {
    let (body, _) = tag(open).parse(i)?;
    for (k, _) in body.match_indices(close) {
        if let Ok((r, t)) = rest(&body[k + close.len()..]) {
            return Ok((r, (body[..k].to_string(), t)));
        }
    }
    fail(i)
}

/// The text of a block that ends the instruction: `\n` open text close, to the end.
fn block<'x>(i: &'x str, open: &str, close: &str, marker: &str) -> Res<'x, (String, bool)> {
    let (i, _) = tg("\n").parse(i)?;
    let (i, _) = tag(open).parse(i)?;
    let (i, marked) = match i.strip_suffix(marker) {
        Some(t) => (t, true),
        None => (i, false),
    };
    match i.strip_suffix(close) {
        Some(t) => Ok(("", (t.to_string(), marked))),
        None => fail(i),
    }
}

/// The German steps of an address, each after a blank (` Absatz 3 Nummer 2`, ` Satz 2
/// Nummer 1`); with `bare`, the first without one (`Absatz 3 unter der Überschrift …`).
fn de_steps<'x>(mut i: &'x str, bare: bool) -> Res<'x, Vec<Step<'x>>> {
    let mut steps: Vec<Step> = Vec::new();
    loop {
        // The first step of a bare address opens it, without a blank.
        let lead = !(bare && steps.is_empty());
        let satz = if lead { " Satz " } else { "Satz " };
        let Ok((r, sentence)) = opt((tg(satz), nom::character::complete::digit1)).parse(i) else {
            return Ok((i, steps));
        };
        let Ok((r, (_, n))) = (de_noun(lead || sentence.is_some()), step_number).parse(r) else {
            return Ok((i, steps));
        };
        let sentence = match sentence {
            Some((_, d)) => d.parse::<u8>().map_err(|_| {
                nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit))
            })?,
            None => 0,
        };
        steps.push((n, sentence));
        i = r;
    }
}

/// A German unit's noun in an address (`Absatz `, `Nummer `, …), after a blank with `lead`.
fn de_noun<'x>(lead: bool) -> impl Fn(&'x str) -> Res<'x, &'x str> {
    move |x| {
        let x = if lead { tg(" ").parse(x)?.0 } else { x };
        alt((
            tg("Absatz "),
            tg("Nummer "),
            tg("Buchstabe "),
            tg("Doppelbuchstabe "),
            tg("Ziffer "),
        ))
        .parse(x)
    }
}

/// A unit's number in an address (German, French, Dutch): up to a blank or a comma.
fn step_number(x: &str) -> Res<'_, &str> {
    tw1(|c: char| !c.is_whitespace() && c != ',')(x)
}

/// The Dutch steps of an address, each after a comma (`, tweede lid, onderdeel a`), as
/// numbers; with `bare`, the first without one (`tweede lid onder het opschrift …`).
fn nl_steps(mut i: &str, bare: bool) -> (&str, Vec<String>) {
    let mut numbers: Vec<String> = Vec::new();
    loop {
        let r = match bare && numbers.is_empty() {
            true => i,
            false => match tg(", ").parse(i) {
                Ok((r, _)) => r,
                Err(_) => break,
            },
        };
        if let Some(k) = NL_ORDINALS
            .iter()
            .position(|o| r.starts_with(&format!("{o} lid")))
        {
            numbers.push((k + 1).to_string());
            i = &r[NL_ORDINALS[k].len() + 4..];
        } else if let Ok((from, _)) =
            alt((tg("lid "), tg("onderdeel "), tg("subonderdeel "), tg("§ "))).parse(r)
            && let Ok((_, n)) = step_number(from)
        {
            let (r, n) = with_multiplier(from, n);
            numbers.push(n.to_string());
            i = r;
        } else {
            break;
        }
    }
    (i, numbers)
}

/// `tag` with the error type fixed.
fn tg<'x>(t: &'static str) -> impl Fn(&'x str) -> Res<'x, &'x str> {
    move |i: &'x str| tag(t).parse(i)
}

/// `take_while1` with the error type fixed.
fn tw1<'x>(p: impl Fn(char) -> bool) -> impl Fn(&'x str) -> Res<'x, &'x str> {
    move |i: &'x str| take_while1(&p).parse(i)
}

/// The inverse of [`Wording::show_block_after`].
fn read_block_after(ws: &str, quoted: String, marked: bool) -> String {
    if marked || quoted.ends_with(char::is_whitespace) || quoted.is_empty() {
        return quoted;
    }
    quoted + ws
}

fn end(i: &str) -> Res<'_, ()> {
    let (i, _) = tg(".").parse(i)?;
    let (i, _) = eof(i)?;
    Ok((i, ()))
}

impl<'d, 'a> Wording<'d, 'a> {
    /// The wording of `lang` over the structure of the old text.
    pub fn new(doc: &'d OldDoc<'a>, lang: Lang) -> Self {
        Wording {
            doc,
            lang,
            state: std::cell::RefCell::new(Numbering::new(doc)),
            refs: Default::default(),
            names: Default::default(),
            base: Default::default(),
            inserted_base: Default::default(),
            edited: Default::default(),
            heading_lines: Default::default(),
        }
    }

    /// Whether the text's numbered items are Ziffern, as Swiss texts name them (see
    /// [`SWISS_GERMAN`]), rather than the Nummern of German federal law.
    fn ziffern(&self) -> bool {
        std::ptr::eq(self.doc.style(), &SWISS_GERMAN)
    }

    /// Carries the point reached past `ins` (its omissions, insertions and renumberings).
    pub fn advance(&self, ins: &Instruction) -> Result<(), String> {
        // The sections a renumbering moves, as they stood: their old names are made from
        // these (a name cached since may already be the new number's).
        let before: Vec<(usize, Section)> = match ins {
            Instruction::Renumber { first, last, .. } => {
                let state = self.state.borrow();
                state
                    .run_members(*first, *last)
                    .map(|j| (j, state.view(j).clone()))
                    .collect()
            }
            _ => Vec::new(),
        };
        // A division cited by its heading whose heading's words change takes the label they
        // give now, and every name is made again (few instructions change such a line).
        if let Some(s) = self.carry_heading(ins) {
            for names in self.base.borrow_mut().iter_mut() {
                if let Some(name) = names.get_mut(s) {
                    *name = None;
                }
            }
            self.names.borrow_mut().clear();
            self.refs.borrow_mut().clear();
        }
        let changed = self.state.borrow_mut().advance(self.doc, ins)?;
        if changed {
            self.update_names(ins, &before);
        }
        if let Instruction::Edit { at, .. } = ins {
            self.edited.borrow_mut().push((at.section, at.path.clone()));
        }
        Ok(())
    }

    /// Brings the names made so far past `ins`, which changed the sections standing. A
    /// section omitted or inserted under a name no other standing section bears changes no
    /// other name, so only its own is taken out or put in (a code amended by hundreds of
    /// instructions would otherwise have every name made again after each); else, and after
    /// a renumbering, the names are made again when next asked for.
    fn update_names(&self, ins: &Instruction, before: &[(usize, Section)]) {
        let mut names = self.names.borrow_mut();
        let mut refs = self.refs.borrow_mut();
        // A Schedule renumbered renames its paragraphs, whose numbers stay (the names cached
        // by number would stand): every name is made again.
        if self.state.borrow().schedules_renumbered(ins) {
            self.base.borrow_mut().iter_mut().for_each(Vec::clear);
            names.clear();
            refs.clear();
            return;
        }
        // The sections an insertion brings, read once for every form.
        let inserted = match ins {
            Instruction::Insert { text, .. } => {
                let mut inserted = self.doc.sections_in(text);
                place_in_schedules(&mut inserted);
                inserted
            }
            _ => Vec::new(),
        };
        // The sections standing, placed in their divisions once for every name made again in
        // every form: an insertion into a code brings tens of sections named like others.
        let state = self.state.borrow();
        let placed = std::cell::OnceCell::new();
        let placed = || placed.get_or_init(|| Placed::new(&state, &self.doc.nesting, true));
        let forms: Vec<Form> = names.keys().copied().collect();
        for form in forms {
            let n = names.get_mut(&form).expect("a key of the map");
            let mut maps: Vec<&mut RefMap> = refs
                .iter_mut()
                .filter(|(f, _)| plain_form(**f) == form)
                .map(|(_, m)| m)
                .collect();
            if !self.patch_names(ins, (&inserted, before), form, n, &mut maps, placed) {
                names.remove(&form);
            }
        }
        refs.retain(|f, _| names.contains_key(&plain_form(*f)));
        #[cfg(debug_assertions)]
        self.check_patched(&names, &refs);
    }

    /// In debug builds: the names and references patched in place are those made anew.
    #[cfg(debug_assertions)]
    fn check_patched(&self, names: &HashMap<Form, Names>, refs: &HashMap<Form, RefMap>) {
        for (form, n) in names.iter() {
            let fresh = self.names_in(*form);
            let sorted = |v: &[(String, String)]| {
                let mut v = v.to_vec();
                v.sort();
                v
            };
            assert_eq!(n.old, fresh.old, "names patched in place");
            assert_eq!(sorted(&n.inserted), sorted(&fresh.inserted));
            assert_eq!(n.total, fresh.total);
            let told = |n: &Names| {
                let mut k: Vec<(String, Told)> =
                    n.told.iter().map(|(b, t)| (b.clone(), t.clone())).collect();
                k.sort_by(|a, b| a.0.cmp(&b.0));
                k
            };
            assert_eq!(told(n), told(&fresh), "the names borne by two or more");
        }
        for (form, m) in refs.iter() {
            let fresh = self.ref_map(&names[&plain_form(*form)]);
            let sorted = |m: &RefMap| {
                let mut v: Vec<(String, Vec<usize>)> = m
                    .by_name
                    .iter()
                    .map(|(k, v)| {
                        let mut v = v.clone();
                        v.sort_unstable();
                        (k.clone(), v)
                    })
                    .collect();
                v.sort();
                v
            };
            assert_eq!(sorted(m), sorted(&fresh), "references patched in place");
        }
    }

    /// [`Wording::update_names`] in one form: whether `n` and `maps` could be brought past
    /// `ins` (which inserts the sections `inserted`, if any) in place. `placed` gives the
    /// standing sections placed in their divisions, made when first asked.
    fn patch_names<'p>(
        &self,
        ins: &Instruction,
        (inserted, before): (&[Section], &[(usize, Section)]),
        form: Form,
        n: &mut Names,
        maps: &mut [&mut RefMap],
        placed: impl Fn() -> &'p Placed<'p> + Copy,
    ) -> bool {
        let state = self.state.borrow();
        let patched = match ins {
            Instruction::Omit { section } => {
                let base = self.base_name(*section, state.view(*section), form);
                for m in maps.iter_mut() {
                    m.remove(&n.old[*section], *section);
                }
                if n.total.get(&base) == Some(&1) {
                    n.total.remove(&base);
                } else {
                    // The others named alike are named again.
                    self.rerank(form, &base, placed(), n, maps);
                }
                // An omitted section keeps its name before ranks, as [`Wording::names_in`]
                // gives it.
                n.old[*section] = base;
                true
            }
            Instruction::Insert { .. } => {
                let bases: Vec<String> = inserted
                    .iter()
                    .map(|sec| self.base_ref_of(sec, form))
                    .collect();
                for (k, base) in bases.iter().enumerate() {
                    if n.total.contains_key(base) || bases[..k].contains(base) {
                        self.rerank(form, base, placed(), n, maps);
                        continue;
                    }
                    n.total.insert(base.clone(), 1);
                    for m in maps.iter_mut() {
                        m.add(base.clone(), INSERTED);
                    }
                    n.inserted.push((base.clone(), base.clone()));
                }
                true
            }
            Instruction::Renumber { .. } => self.patch_renumbered(before, form, placed, n, maps),
            _ => false,
        };
        // Sections told apart by the divisions they stand in are named again when divisions
        // come, go or take other numbers.
        if patched && !n.told.is_empty() && self.moves_divisions(ins, inserted) {
            self.requalify(form, placed(), n, maps);
        }
        patched
    }

    /// Whether `ins` omits, inserts (as `inserted`) or renumbers a division.
    fn moves_divisions(&self, ins: &Instruction, inserted: &[Section]) -> bool {
        let division = |sec: &Section| sec.kind == HeadingKind::Division;
        match ins {
            Instruction::Omit { section } | Instruction::Renumber { first: section, .. } => {
                division(&self.doc.sections[*section])
            }
            Instruction::Insert { .. } => inserted.iter().any(division),
            _ => false,
        }
    }

    /// [`Wording::patch_names`] past a renumbering, whose members stood as `before`: each
    /// section of the run leaves its old name for its new one, and the sections that shared
    /// either are named again (a run whose names no other section bears, before and after,
    /// the common case and a long one in a bill renumbered throughout, needs no more).
    /// `placed` gives the standing sections placed in their divisions, made when first asked.
    fn patch_renumbered<'p>(
        &self,
        before: &[(usize, Section)],
        form: Form,
        placed: impl Fn() -> &'p Placed<'p>,
        n: &mut Names,
        maps: &mut [&mut RefMap],
    ) -> bool {
        let members: Vec<usize> = before.iter().map(|(j, _)| *j).collect();
        let mut touched: Vec<String> = Vec::new();
        for (k, &j) in members.iter().enumerate() {
            for m in maps.iter_mut() {
                m.remove(&n.old[j], j);
            }
            // A name borne alone is its own name before ranks.
            if n.total.get(&n.old[j]) == Some(&1) {
                n.total.remove(&n.old[j]);
                continue;
            }
            // A shared one: its name before ranks, made from the section as it stood.
            let old = self.base_ref_of(&before[k].1, form);
            match n.total.get_mut(&old) {
                Some(c) if *c > 1 => *c -= 1,
                _ => {
                    n.total.remove(&old);
                }
            }
            touched.push(old);
        }
        for &j in &members {
            let base = self.base_name(j, self.state.borrow().view(j), form);
            for m in maps.iter_mut() {
                m.add(base.clone(), j);
            }
            let count = n.total.entry(base.clone()).or_default();
            *count += 1;
            if *count > 1 {
                touched.push(base.clone());
            }
            n.old[j] = base;
        }
        touched.sort_unstable();
        touched.dedup();
        for base in touched {
            self.rerank(form, &base, placed(), n, maps);
        }
        true
    }

    /// Names again the standing sections whose name before ranks is `base`, told apart as
    /// [`Wording::names_in`] tells them.
    fn rerank(
        &self,
        form: Form,
        base: &str,
        placed: &Placed,
        n: &mut Names,
        maps: &mut [&mut RefMap],
    ) {
        let h = name_hash(base);
        let is_base = |k: usize| {
            let (id, sec) = placed.standing[k];
            self.with_standing_base_hashed(id, sec, form, |name, hash| hash == h && name == base)
        };
        // The first name made again in a form looks at every standing section; from the
        // second, they are filed by name once.
        let asked = &placed.reranked[form as usize];
        asked.set(asked.get() + 1);
        let members: Vec<usize> = if asked.get() == 1 {
            (0..placed.standing.len()).filter(|&k| is_base(k)).collect()
        } else {
            let index = placed.by_base[form as usize].get_or_init(|| {
                let mut index: Vec<(u64, usize)> = placed
                    .standing
                    .iter()
                    .enumerate()
                    .map(|(k, &(id, sec))| {
                        let hash = self.with_standing_base_hashed(id, sec, form, |_, h| h);
                        (hash, k)
                    })
                    .collect();
                index.sort_unstable();
                index
            });
            let from = index.partition_point(|&(x, _)| x < h);
            index[from..]
                .iter()
                .take_while(|&&(x, _)| x == h)
                .map(|&(_, k)| k)
                .filter(|&k| is_base(k))
                .collect()
        };
        self.rename(form, base, placed, &members, n, maps);
    }

    /// Names again every standing section that shares its name before ranks with another,
    /// as [`Wording::names_in`] tells them apart.
    fn requalify(&self, form: Form, placed: &Placed, n: &mut Names, maps: &mut [&mut RefMap]) {
        let standing = &placed.standing;
        // The names borne by two or more (those with a digest).
        let mut shared: Vec<String> = n.told.keys().cloned().collect();
        shared.sort_unstable();
        let index: FxHashMap<&str, usize> = shared
            .iter()
            .enumerate()
            .map(|(g, b)| (b.as_str(), g))
            .collect();
        // Where each old section stands; the old members of each name are known, the
        // sections inserted are looked at (a code has thousands of old sections standing).
        let mut at = vec![None; self.doc.sections.len()];
        for (k, &(s, _)) in standing.iter().enumerate() {
            if let Some(s) = s.old() {
                at[s] = Some(k);
            }
        }
        let mut members: Vec<Vec<usize>> = shared
            .iter()
            .map(|b| n.told[b].old.iter().filter_map(|&s| at[s]).collect())
            .collect();
        for (k, &(s, sec)) in standing.iter().enumerate() {
            if s.old().is_none()
                && let Some(&g) = index.get(self.base_ref_of(sec, form).as_str())
            {
                members[g].push(k);
            }
        }
        for m in &mut members {
            m.sort_unstable();
        }
        for (base, members) in shared.iter().zip(members) {
            self.rename(form, base, placed, &members, n, maps);
        }
    }

    /// Gives `members` (indices into the standing sections, which share the name `base`)
    /// their names, in `n` and `maps`.
    fn rename(
        &self,
        form: Form,
        base: &str,
        placed: &Placed,
        members: &[usize],
        n: &mut Names,
        maps: &mut [&mut RefMap],
    ) {
        let chains = if members.len() > 1 {
            // The same sections in the same divisions: their names stand.
            let digest = placed.digest(members);
            if n.told
                .get(base)
                .is_some_and(|told| placed.tells_as(members, digest, told))
            {
                return;
            }
            n.told
                .insert(base.to_string(), placed.told_by(members, digest));
            placed.chains(members)
        } else {
            n.told.remove(base);
            Vec::new()
        };
        n.inserted.retain(|(b, name)| {
            let mine = b == base;
            if mine {
                for m in maps.iter_mut() {
                    m.remove(name, INSERTED);
                }
            }
            !mine
        });
        let names = match members.len() {
            0 => {
                n.total.remove(base);
                Vec::new()
            }
            1 => {
                n.total.insert(base.to_string(), 1);
                vec![base.to_string()]
            }
            c => {
                n.total.insert(base.to_string(), c);
                self.tell_apart(form, base, placed, members, &chains)
            }
        };
        for (&k, name) in members.iter().zip(names) {
            match placed.standing[k].0.old() {
                Some(s) if n.old[s] != name => {
                    for m in maps.iter_mut() {
                        m.remove(&n.old[s], s);
                        m.add(name.clone(), s);
                    }
                    n.old[s] = name;
                }
                Some(_) => {}
                None => {
                    for m in maps.iter_mut() {
                        m.add(name.clone(), INSERTED);
                    }
                    n.inserted.push((base.to_string(), name));
                }
            }
        }
    }

    /// The sections standing at the point reached.
    pub fn numbering(&self) -> std::cell::Ref<'_, Numbering> {
        self.state.borrow()
    }

    /// The paragraphs and items of section `s` renumbered or omitted so far (see
    /// [`Numbering::units_of`]).
    pub(crate) fn units_of(&self, s: usize) -> UnitState {
        self.state.borrow().units_of(s)
    }

    /// Puts the paragraphs and items of section `s` back as `units` took them, for changes
    /// of words in `s` only: the names made are left as they are.
    pub(crate) fn set_units_of(&self, s: usize, units: UnitState) {
        self.state.borrow_mut().set_units_of(s, units);
    }

    /// Old section `s` as it stands at the point reached (its number and label as now).
    fn view(&self, s: usize) -> Section {
        self.state.borrow().view(s).clone()
    }

    /// When `sentence` cites a section by a name that two or more standing sections bear
    /// (without the divisions or the rank that tell them apart), that name.
    pub fn shared_cited(&self, sentence: &str) -> Option<String> {
        for form in [Form::Plain, Form::Cap, Form::To, Form::Of] {
            let names = self.names_in(form);
            let told: Vec<&str> = names
                .old
                .iter()
                .chain(names.inserted.iter().map(|(_, n)| n))
                .map(String::as_str)
                .collect();
            for (name, _) in names.total.iter().filter(|(_, c)| **c > 1) {
                for (k, _) in sentence.match_indices(name.as_str()) {
                    let before = sentence[..k].chars().next_back();
                    let rest = &sentence[k + name.len()..];
                    let within_told = told.iter().any(|t| {
                        t.len() > name.len()
                            && t.match_indices(name.as_str()).any(|(at, _)| {
                                k >= at && sentence.get(k - at..).is_some_and(|r| r.starts_with(t))
                            })
                    });
                    if before.is_none_or(|c| !c.is_alphanumeric())
                        && !rest.starts_with(|c: char| c.is_alphanumeric())
                        && !within_told
                    {
                        return Some(name.clone());
                    }
                }
            }
        }
        None
    }

    fn quotes(&self) -> (&'static str, &'static str) {
        match self.lang {
            Lang::En => ("“", "”"),
            Lang::De => ("„", "“"),
            Lang::Fr => ("« ", " »"),
            Lang::Nl | Lang::Pl => ("„", "”"),
        }
    }

    fn q(&self, t: &str) -> String {
        let (o, c) = self.quotes();
        format!("{o}{t}{c}")
    }

    fn base_ref_of(&self, sec: &Section, form: Form) -> String {
        match self.lang {
            Lang::En if form == Form::Cap => cap(&en_ref(sec)),
            Lang::En => en_ref(sec),
            Lang::De if form == Form::Cap => cap(&de_ref(sec, form)),
            Lang::De => de_ref(sec, form),
            Lang::Fr => fr_ref(sec, form),
            Lang::Nl => nl_ref(sec, form),
            Lang::Pl => pl_ref(sec, form),
        }
    }

    /// How section `s` is named in `form` at the point reached; sections named alike (a
    /// text may have two `§ 57`) are told apart by their rank among the sections standing:
    /// `§ 57 (2. Vorkommen)`.
    fn sref(&self, s: usize, form: Form) -> String {
        let form = plain_form(form);
        let mut names = self.names.borrow_mut();
        let names = names.entry(form).or_insert_with(|| self.names_in(form));
        names.old[s].clone()
    }

    /// The name of old section `s`, standing as `sec`, in `form` (before ranks).
    fn base_name(&self, s: usize, sec: &Section, form: Form) -> String {
        self.with_base_name(s, sec, form, str::to_string)
    }

    /// `f` of [`Wording::base_name`], without copying the name when it is kept.
    fn with_base_name<T>(
        &self,
        s: usize,
        sec: &Section,
        form: Form,
        f: impl FnOnce(&str) -> T,
    ) -> T {
        self.with_base_name_hashed(s, sec, form, |name, _| f(name))
    }

    /// `f` of [`Wording::base_name`] and its [`name_hash`].
    fn with_base_name_hashed<T>(
        &self,
        s: usize,
        sec: &Section,
        form: Form,
        f: impl FnOnce(&str, u64) -> T,
    ) -> T {
        let renumbered = self.state.borrow().renumbered(s);
        debug_assert_eq!(
            sec.number,
            self.state.borrow().view(s).number,
            "as it stands"
        );
        let mut cache = self.base.borrow_mut();
        let cache = &mut cache[form as usize];
        if cache.len() <= s {
            cache.resize(self.doc.sections.len().max(s + 1), None);
        }
        match &cache[s] {
            Some((made_after, name, hash)) if *made_after == renumbered => f(name, *hash),
            _ => {
                let name = self.base_ref_of(sec, form);
                let hash = name_hash(&name);
                let out = f(&name, hash);
                cache[s] = Some((renumbered, name, hash));
                out
            }
        }
    }

    /// `f` of the name before ranks in `form` of the standing section `id`, standing as `sec`
    /// (see [`Wording::with_base_name`]; a section inserted is named once).
    fn with_standing_base<T>(
        &self,
        id: Standing,
        sec: &Section,
        form: Form,
        f: impl FnOnce(&str) -> T,
    ) -> T {
        self.with_standing_base_hashed(id, sec, form, |name, _| f(name))
    }

    /// `f` of the name of [`Wording::with_standing_base`] and its [`name_hash`].
    fn with_standing_base_hashed<T>(
        &self,
        id: Standing,
        sec: &Section,
        form: Form,
        f: impl FnOnce(&str, u64) -> T,
    ) -> T {
        match id {
            Standing::Old(s) => self.with_base_name_hashed(s, sec, form, f),
            Standing::New(serial) => {
                let mut cache = self.inserted_base.borrow_mut();
                let cache = &mut cache[form as usize];
                let serial = serial as usize;
                if cache.len() <= serial {
                    cache.resize(serial + 1, None);
                }
                let (name, hash) = cache[serial].get_or_insert_with(|| {
                    let name = self.base_ref_of(sec, form);
                    let hash = name_hash(&name);
                    (name, hash)
                });
                debug_assert_eq!(*name, self.base_ref_of(sec, form), "inserted sections stay");
                f(name, *hash)
            }
        }
    }

    /// The names of all sections in `form` at the point reached: sections named alike are
    /// told apart by the divisions they stand in (see [`Wording::tell_apart`]).
    fn names_in(&self, form: Form) -> Names {
        let state = self.state.borrow();
        let bases: Vec<String> = state
            .standing_ids()
            .map(|(id, sec)| self.with_standing_base(id, sec, form, str::to_string))
            .collect();
        let mut total: FxHashMap<String, usize> = FxHashMap::default();
        for n in &bases {
            match total.get_mut(n.as_str()) {
                Some(c) => *c += 1,
                None => {
                    total.insert(n.clone(), 1);
                }
            }
        }
        let mut names = bases.clone();
        let mut groups: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for (k, n) in bases.iter().enumerate() {
            if total[n.as_str()] > 1 {
                groups.entry(n.as_str()).or_default().push(k);
            }
        }
        let placed = Placed::new(&state, &self.doc.nesting, !groups.is_empty());
        let mut told = FxHashMap::default();
        for (base, members) in &groups {
            told.insert(base.to_string(), placed.told(members));
            let chains = placed.chains(members);
            let apart = self.tell_apart(form, base, &placed, members, &chains);
            for (&k, name) in members.iter().zip(apart) {
                names[k] = name;
            }
        }
        let mut old: Vec<String> = (0..self.doc.sections.len())
            .map(|s| self.base_name(s, state.view(s), form))
            .collect();
        let mut inserted = Vec::new();
        for (((s, _), base), name) in placed.standing.iter().zip(bases).zip(names) {
            match s.old() {
                Some(s) => old[s] = name,
                None => inserted.push((base, name)),
            }
        }
        Names {
            old,
            inserted,
            total,
            told,
        }
    }

    /// The names of `members` (indices into the standing sections, in order), which share
    /// the name `base`: each named by the divisions it stands in, innermost first, as amending
    /// acts name them ("le paragraphe 1 de la sous-section 2 de la section 3 du chapitre Ier",
    /// "Chapter 1 of Part 2", `Teil 2 Kapitel 1`): as few as tell it from the others, and up
    /// to one that no other division shares its name with, so that a reader finds each
    /// division named from the outermost in. By rank among those the divisions do not tell
    /// apart (`§ 57 (2. Vorkommen)`, a stray line read as a heading in the same chapter).
    fn tell_apart(
        &self,
        form: Form,
        base: &str,
        placed: &Placed,
        members: &[usize],
        chains: &[Vec<usize>],
    ) -> Vec<String> {
        let runs = Runs::of(placed, chains);
        // German names only numbered units so (`Teil 2 Kapitel 1`).
        let qualifies = |m: usize| self.lang != Lang::De || placed.standing[m].1.number.is_some();
        let mut ranks: FxHashMap<u32, usize> = FxHashMap::default();
        let mut out = Vec::with_capacity(members.len());
        let outside = chains.iter().filter(|c| c.is_empty()).count();
        for (i, (chain, path)) in chains.iter().zip(&runs.paths).enumerate() {
            let sharing = |d: usize| runs.members[path[d] as usize];
            // Whether naming the first `d` divisions ends where a reader can start.
            let ends_well = |d: usize| d == 0 || d == chain.len() || placed.lone(chain[d - 1]);
            let member = placed.standing[members[i]].1;
            let named = |d: usize| {
                // A Schedule's paragraph names its Schedule already: the divisions inside it
                // go between (`paragraph 2 of Part 1 of Schedule 1`).
                let (own, schedule) = match self.lang {
                    Lang::En => en_schedule_split(member, base),
                    _ => (base, ""),
                };
                let names: Vec<String> = chain[..d]
                    .iter()
                    .filter(|&&p| schedule.is_empty() || !is_schedule(placed.standing[p].1))
                    .map(|&p| self.parent_name(placed, p))
                    .collect();
                self.qualified(form, own, &names) + schedule
            };
            // The one member in no division at all is named alone: the others are named by
            // the divisions they stand in (`Part 2`, the Act's, beside `Part 2 of Schedule
            // 1`), as amending acts cite them.
            let depth = match chain.is_empty() && outside == 1 {
                true => Some(0),
                false => (1..=chain.len()).find(|&d| sharing(d) == 1 && ends_well(d)),
            };
            match depth {
                Some(d) if qualifies(members[i]) => out.push(named(d)),
                _ => {
                    // Ranked among the members in all the same divisions, named by as few
                    // divisions as set those apart from the rest.
                    let full = if qualifies(members[i]) {
                        chain.len()
                    } else {
                        0
                    };
                    let alike = sharing(full);
                    let d = (0..=full)
                        .find(|&d| sharing(d) == alike && ends_well(d))
                        .unwrap_or(full);
                    let rank = ranks.entry(path[full]).or_default();
                    *rank += 1;
                    out.push(format!("{} ({})", named(d), self.rank(*rank)));
                }
            }
        }
        out
    }

    /// How a division is named where it qualifies another: French `du chapitre III`,
    /// elsewhere as in a sentence (`Part 2`, `hoofdstuk 3`, `Kapitel 1`).
    fn parent_name(&self, placed: &Placed, p: usize) -> String {
        let form = match self.lang {
            Lang::Fr | Lang::Pl => Form::Of,
            _ => Form::Plain,
        };
        let (id, sec) = placed.standing[p];
        self.with_standing_base(id, sec, form, str::to_string)
    }

    /// `base` named in the divisions `chain` (innermost first).
    fn qualified(&self, form: Form, base: &str, chain: &[String]) -> String {
        if chain.is_empty() {
            return base.to_string();
        }
        match self.lang {
            Lang::En => format!("{base} of {}", chain.join(" of ")),
            Lang::Fr | Lang::Pl => format!("{base} {}", chain.join(" ")),
            Lang::Nl => format!("{base} van {}", chain.join(" van ")),
            Lang::De => {
                let outer: Vec<&str> = chain.iter().rev().map(String::as_str).collect();
                let name = format!("{} {base}", outer.join(" "));
                if form == Form::Cap { cap(&name) } else { name }
            }
        }
    }

    /// The rank of a section among sections named alike.
    fn rank(&self, r: usize) -> String {
        match self.lang {
            Lang::En => format!("occurrence {r}"),
            Lang::De => format!("{r}. Vorkommen"),
            // `1re`: occurrence is feminine.
            Lang::Fr if r == 1 => "1re occurrence".to_string(),
            Lang::Fr => format!("{r}e occurrence"),
            Lang::Nl => format!("{r}e vermelding"),
            Lang::Pl => format!("{r}. wystąpienie"),
        }
    }

    /// Whether every section's name in every form names it alone (so that addresses read
    /// back); the sections named alike otherwise.
    pub fn ambiguous(&self, s: usize) -> bool {
        [Form::Plain, Form::Cap, Form::To, Form::Of]
            .into_iter()
            .any(|f| {
                self.with_refs(f, |m| {
                    m.by_name.get(&self.sref(s, f)).is_none_or(|v| v.len() != 1)
                })
            })
    }

    fn with_refs<T>(&self, form: Form, f: impl FnOnce(&RefMap) -> T) -> T {
        let mut refs = self.refs.borrow_mut();
        let map = refs.entry(form).or_insert_with(|| {
            let plain = plain_form(form);
            let mut names = self.names.borrow_mut();
            let n = names.entry(plain).or_insert_with(|| self.names_in(plain));
            self.ref_map(n)
        });
        f(map)
    }

    /// The references of the standing sections named `n`, and of the sections inserted.
    fn ref_map(&self, n: &Names) -> RefMap {
        let state = self.state.borrow();
        let live = (0..self.doc.sections.len()).filter(|&s| state.live(s));
        let pairs = live.map(|s| (n.old[s].clone(), s));
        RefMap::new(pairs.chain(n.inserted.iter().map(|(_, i)| (i.clone(), INSERTED))))
    }

    /// A section named in `form` at the start of `i`.
    fn section<'x>(&self, form: Form) -> impl Fn(&'x str) -> Res<'x, usize> + '_ {
        move |i: &'x str| match self.with_refs(form, |m| m.find(i)) {
            Some((r, s)) => Ok((r, s)),
            None => fail(i),
        }
    }

    // ---- blocks ----

    /// The blanks that end the section a block stands next to ("" at the beginning).
    fn anchor_space(&self, anchor: Option<usize>) -> &'a str {
        anchor.map_or("", |s| {
            super::apply::trailing_space(self.doc.section_text(s))
        })
    }

    /// Said after a block that ends without a line break where the section it stands next to
    /// ends with one.
    fn marker(&self) -> &'static str {
        match self.lang {
            Lang::En => " (with no line break after it)",
            Lang::De => " (ohne Zeilenumbruch danach)",
            Lang::Fr => " (sans saut de ligne après)",
            Lang::Nl => " (zonder regeleinde erna)",
            Lang::Pl => " (bez podziału wiersza po nim)",
        }
    }

    /// A block of text inserted next to `anchor`, quoted: without its closing blank lines
    /// when they are those of the anchor (as usual), else exactly.
    fn show_block(&self, anchor: Option<usize>, text: &str) -> String {
        self.show_block_after(self.anchor_space(anchor), text)
    }

    /// The blanks that end a paragraph or item of the old text.
    fn unit_space(&self, at: &Address) -> String {
        let buf = super::doc::SectionBuf::new(self.doc, at.section);
        let (a, b) = buf.range(&at.path);
        super::apply::trailing_space(&buf.text[a..b]).to_string()
    }

    /// [`Wording::show_block`] after a unit ending with the blanks `ws`.
    fn show_block_after(&self, ws: &str, text: &str) -> String {
        let trimmed = text.trim_end();
        if !ws.is_empty() && trimmed.len() + ws.len() == text.len() && text.ends_with(ws) {
            self.q(trimmed)
        } else if ws.is_empty() || text.ends_with(char::is_whitespace) || text.is_empty() {
            self.q(text)
        } else {
            format!("{}{}", self.q(text), self.marker())
        }
    }

    /// The inverse of [`Wording::show_block`].
    fn read_block(&self, anchor: Option<usize>, quoted: String, marked: bool) -> String {
        read_block_after(self.anchor_space(anchor), quoted, marked)
    }

    fn place_anchor(place: &Place) -> Option<usize> {
        match place {
            Place::After(s) | Place::Before(s) => Some(*s),
            Place::Start => None,
        }
    }

    // ---- addresses ----

    /// The address of a unit: `section 2(1)(a)`, `§ 176 Absatz 1 Nummer 3`,
    /// `au 2° du I de l'article 5`, `artikel 240b, eerste lid, onderdeel a`.
    fn address(&self, at: &Address, form: Form) -> String {
        // The paragraphs and items by the numbers they bear now.
        let subs: Vec<Subheading> = {
            let state = self.state.borrow();
            at.path
                .iter()
                .map(|&k| state.sub(self.doc, at.section, k))
                .collect()
        };
        let steps: Vec<(Marker, u8, &str)> = subs
            .iter()
            .map(|s| (s.marker, s.level, s.number()))
            .collect();
        // `2°`, `2ª` (a feminine ordinal), `6° bis`: the ordinal's own label.
        let ordinal = |k: usize| subs[k].label();
        // Numbers written after a heading read as the heading's own: a unit under a division
        // cited by its heading is cited under it (`paragraph (3) under the heading “…”`).
        let under = !steps.is_empty() && self.cited_by_heading(at.section);
        match self.lang {
            Lang::En if under => {
                let numbers: String = steps.iter().map(|(_, _, n)| format!("({n})")).collect();
                let noun = match form {
                    Form::Cap | Form::DetCap => "Paragraph",
                    _ => "paragraph",
                };
                format!(
                    "{noun} {numbers} under {}",
                    self.sref(at.section, Form::Plain)
                )
            }
            Lang::En => {
                // The numbers follow the section's own name, before the divisions that tell it
                // apart: `paragraph 2(1) of Schedule 1`, as `paragraph 2 of Schedule 1(1)`
                // would read a number of the Schedule.
                let full = self.sref(at.section, form);
                let (own, qualifier) = self.en_own_name(at.section, form, &full);
                let mut out = own.to_string();
                for (_, _, n) in steps {
                    out.push_str(&format!("({n})"));
                }
                out.push_str(qualifier);
                out
            }
            Lang::De => {
                // `Absatz 3 unter der Überschrift „K § 6 zákona“`.
                let mut out = match under {
                    true => String::new(),
                    false => self.sref(at.section, Form::To),
                };
                let mut above = None;
                let sentences = self.de_sentences(at);
                for (k, (m, level, n)) in steps.into_iter().enumerate() {
                    if sentences[k] > 0 {
                        out.push_str(&format!(" Satz {}", sentences[k]));
                    }
                    // A French item `2°` is a Nummer wherever it stands, never an Absatz.
                    let noun = if k == 0 && level == 2 && m != Marker::Degree {
                        "Absatz"
                    } else if is_letter(m) && above.is_some_and(is_letter) {
                        "Doppelbuchstabe"
                    } else if is_letter(m) {
                        "Buchstabe"
                    } else if is_roman(m) || self.ziffern() {
                        "Ziffer"
                    } else {
                        "Nummer"
                    };
                    out.push_str(&format!(" {noun} {n}"));
                    above = Some(m);
                }
                if under {
                    out = format!("{} unter {}", &out[1..], self.sref(at.section, Form::To));
                }
                out
            }
            Lang::Fr => {
                if steps.is_empty() {
                    return self.sref(at.section, form);
                }
                let label = |(k, (m, _, n)): (usize, &(Marker, u8, &str))| match m {
                    Marker::Degree => ordinal(k),
                    // Belgian paragraphs: `au § 1er de l'article 10`.
                    Marker::SectionSign => format!("§ {n}"),
                    _ => n.to_string(),
                };
                let inner: Vec<String> = steps.iter().enumerate().rev().map(label).collect();
                let lead = match form {
                    Form::Cap => "Au",
                    Form::Det => "le",
                    Form::DetCap => "Le",
                    _ => "au",
                };
                format!(
                    "{lead} {} {}",
                    inner.join(" du "),
                    self.sref(at.section, Form::Of)
                )
            }
            Lang::Nl => {
                // `het tweede lid onder het opschrift „…”`.
                let mut out = match under {
                    true => String::new(),
                    false => self.sref(at.section, form),
                };
                for (k, (m, level, n)) in steps.into_iter().enumerate() {
                    let step = match n.parse::<usize>() {
                        // Belgian paragraphs: `artikel 10, § 1`.
                        _ if m == Marker::SectionSign => {
                            format!("§ {}", n.strip_suffix("er").unwrap_or(n))
                        }
                        // A French or Belgian item `2°` at the top of its article is no lid.
                        _ if k == 0 && m == Marker::Degree => format!("onderdeel {}", ordinal(k)),
                        Ok(v) if k == 0 && level == 2 && (1..=20).contains(&v) => {
                            format!("{} lid", NL_ORDINALS[v - 1])
                        }
                        _ if k == 0 && level == 2 => format!("lid {n}"),
                        _ if m == Marker::Degree => format!("subonderdeel {}", ordinal(k)),
                        _ => format!("onderdeel {n}"),
                    };
                    out.push_str(", ");
                    out.push_str(&step);
                }
                if under {
                    let steps = &out[2..];
                    // An ordinal lid takes its article, as a lid cited alone does.
                    let article = match steps.split(',').next().is_some_and(|s| s.ends_with(" lid"))
                    {
                        true => "het ",
                        false => "",
                    };
                    let heading = self.sref(at.section, Form::Plain);
                    // `het eerste lid, onderdeel d, onder …`: the steps' apposition closed.
                    let close = if steps.contains(',') { "," } else { "" };
                    out = format!("{article}{steps}{close} onder {heading}");
                    if form == Form::Cap {
                        out = cap(&out);
                    }
                }
                out
            }
            Lang::Pl => {
                // `art. 5 ust. 1 pkt 3`; in the locative, after `w`, each step after its own
                // `w` (`art. 5 w ust. 1 w pkt 3`); under a heading, `ust. 2 pod nagłówkiem „…”`.
                let joiner = if form == Form::To { " w " } else { " " };
                let parts: Vec<String> = steps
                    .iter()
                    .enumerate()
                    .map(|(k, (m, level, n))| {
                        let paragraph = k == 0 && *level == 2 && *m != Marker::Degree;
                        format!("{} {n}", pl_unit_noun(*m, paragraph))
                    })
                    .collect();
                if under {
                    let heading = pl_instrumental(&self.sref(at.section, Form::To));
                    let out = format!("{} pod {heading}", parts.join(joiner));
                    return if form == Form::Cap { cap(&out) } else { out };
                }
                let mut out = self.sref(at.section, form);
                for part in parts {
                    out.push_str(joiner);
                    out.push_str(&part);
                }
                out
            }
        }
    }

    /// Whether old section `s`, as it stands now, is named by its heading's words (`the
    /// heading “K § 6 zákona”`): it has no number, and is neither the preamble nor an Act's
    /// only Schedule (`the Schedule`, in English).
    fn cited_by_heading(&self, s: usize) -> bool {
        let state = self.state.borrow();
        let sec = state.view(s);
        sec.number.is_none()
            && sec.kind != HeadingKind::Preamble
            && !(self.lang == Lang::En && is_schedule(sec))
    }

    /// Where the words `edit` changes in section `at` itself stand, in a division cited by
    /// its heading (see [`Wording::cited_by_heading`]): in the heading's line, under it (the
    /// ingress under a law's title, the notes under `Fussnoten`), or across both (a quotation
    /// that runs from the heading's last words into the text). `None` for other changes,
    /// sections and units. The words are found in the old text; words an instruction before
    /// this one put in are taken as the heading's.
    fn heading_part(&self, at: &Address, edit: &TextEdit) -> Option<HeadingPart> {
        let words = match edit {
            TextEdit::Substitute { old: w, .. }
            | TextEdit::Omit { text: w }
            | TextEdit::InsertAfter { anchor: w, .. } => w,
            _ => return None,
        };
        if !at.path.is_empty()
            || !(self.cited_by_heading(at.section) || self.holds_sections(at.section))
        {
            return None;
        }
        // The heading's line as it reads now: words in it, or running on from its last words,
        // are its own; others stand under it.
        if let Some(line) = self.heading_lines.borrow().get(&at.section) {
            return Some(part_of(line, words));
        }
        let (text, heading_end) = self.old_text_of(at.section);
        Some(
            match memchr::memmem::find(text.as_bytes(), words.as_bytes()) {
                Some(k) if k > heading_end => HeadingPart::Under,
                Some(k) if k + words.len() > heading_end => HeadingPart::Both,
                Some(_) => HeadingPart::Heading,
                // Words an instruction before this one put in under the heading.
                None => part_of(&text[..heading_end], words),
            },
        )
    }

    /// Carries the heading's line of the division cited by its heading that `ins` changes or
    /// restates past it, and the division's label with it: after `In the heading “Lisa: Töö ja
    /// ettevõtlus”, omit “ja ettevõtlus”.` the division is `the heading “Lisa: Töö”`. The
    /// division, where its label changed.
    fn carry_heading(&self, ins: &Instruction) -> Option<usize> {
        let (s, line) = match ins {
            Instruction::Edit { at, edit } if self.cited_by_heading(at.section) => {
                let Some(part @ (HeadingPart::Heading | HeadingPart::Both)) =
                    self.heading_part(at, edit)
                else {
                    return None;
                };
                let line = self.heading_line(at.section);
                (at.section, changed_line(&line, edit, part))
            }
            Instruction::Replace { section, text } if self.cited_by_heading(*section) => {
                let line = text.lines().next().unwrap_or("").to_string();
                (*section, line)
            }
            _ => return None,
        };
        let label = self.doc.heading_label(&line);
        self.heading_lines.borrow_mut().insert(s, line);
        let mut state = self.state.borrow_mut();
        match label {
            Some(label) if label != state.view(s).label => {
                state.relabel(s, label);
                Some(s)
            }
            _ => None,
        }
    }

    /// The heading's line of section `s` as it reads now.
    fn heading_line(&self, s: usize) -> String {
        if let Some(line) = self.heading_lines.borrow().get(&s) {
            return line.clone();
        }
        let (text, heading_end) = self.old_text_of(s);
        text[..heading_end].to_string()
    }

    /// Section `s`'s text in the old text, and where its heading's line ends in it.
    fn old_text_of(&self, s: usize) -> (&'a str, usize) {
        let sec = &self.doc.sections[s];
        let text = &self.doc.text[sec.start..sec.end];
        (text, text.find('\n').unwrap_or(text.len()))
    }

    /// Whether `edit` changes words under the heading of a division cited by it, not in
    /// the heading's line (see [`Wording::heading_part`]).
    fn under_heading(&self, at: &Address, edit: &TextEdit) -> bool {
        self.heading_part(at, edit) == Some(HeadingPart::Under)
    }

    /// Whether `edit` changes words across the heading's line of a division cited by it and
    /// the text under it (see [`Wording::heading_part`]).
    fn across_heading(&self, at: &Address, edit: &TextEdit) -> bool {
        self.heading_part(at, edit) == Some(HeadingPart::Both)
    }

    /// What follows the name of a division cited by its heading, in the case an address
    /// takes after `In` (`W`), for words across the heading and the text under it: ` and the
    /// text under it`, ` und dem Text darunter`; empty in French (see
    /// [`Wording::with_text_tail`]).
    fn across_tail(&self) -> &'static str {
        match self.lang {
            Lang::De => " und dem Text darunter",
            Lang::Fr => " et au texte placé sous cet intitulé",
            _ => self.with_text_tail(),
        }
    }

    /// The words under the heading of section `s`, a division cited by its heading, in
    /// `form`: `the text under the heading “…”`, `dem Text unter der Überschrift „…“`, `de
    /// tekst onder het opschrift „…”`, `tekście pod nagłówkiem „…”`. French names the
    /// division, heading and words (`la division « … »`).
    fn text_under(&self, s: usize, form: Form) -> String {
        let heading = |form| self.heading_name(s, form);
        let out = match (self.lang, form) {
            (Lang::Fr, _) if self.holds_sections(s) => {
                let lead = if form == Form::To { "au" } else { "le" };
                format!("{lead} texte placé sous {}", heading(Form::Plain))
            }
            (Lang::Pl, _) if self.holds_sections(s) => {
                let lead = if form == Form::To {
                    "tekście"
                } else {
                    "tekst"
                };
                format!("{lead} pod tytułem {}", self.sref(s, Form::Of))
            }
            (Lang::En, _) => format!("the text under {}", heading(Form::Plain)),
            (Lang::De, Form::To) => format!("dem Text unter {}", heading(Form::To)),
            (Lang::De, _) => format!("der Text unter {}", heading(Form::To)),
            (Lang::Nl, _) => format!("de tekst onder {}", heading(Form::Plain)),
            (Lang::Pl, Form::To) => {
                format!("tekście pod {}", pl_instrumental(&self.sref(s, Form::To)))
            }
            (Lang::Pl, _) => format!("tekst pod {}", pl_instrumental(&self.sref(s, Form::To))),
            (Lang::Fr, _) => return self.sref(s, form),
        };
        if matches!(form, Form::Cap | Form::DetCap) {
            cap(&out)
        } else {
            out
        }
    }

    /// The name of section `s` by its heading in `form`: a division cited by its heading is
    /// so named already (`the heading “Fussnoten”`); a numbered division that holds sections
    /// standing is named by its heading (see [`Wording::heading_of`]).
    fn heading_name(&self, s: usize, form: Form) -> String {
        self.heading_of(s, form)
            .unwrap_or_else(|| self.sref(s, form))
    }

    /// Whether section `s` is cited by its heading and has words under the heading's line in
    /// the old text: such a division, omitted or substituted whole, is named with them (`Omit
    /// the heading “…” and the text under it.`), where `the heading “…”` alone reads as the
    /// heading's line; and sections inserted after it follow its text, not its heading.
    fn heading_with_text(&self, s: usize) -> bool {
        self.lang != Lang::Fr && self.cited_by_heading(s) && self.text_under_heading(s)
    }

    /// What follows the name of a division cited by its heading to take in the text under
    /// the heading (see [`Wording::heading_with_text`]); empty in French, whose `division
    /// « … »` is heading and text.
    fn with_text_tail(&self) -> &'static str {
        match self.lang {
            Lang::En => " and the text under it",
            Lang::De => " und der Text darunter",
            Lang::Nl => " en de tekst daaronder",
            Lang::Pl => " wraz z tekstem pod nim",
            Lang::Fr => "",
        }
    }

    /// Section `s` named in `form` as a whole, heading and text (see
    /// [`Wording::heading_with_text`]), and whether the name is of two things (German and
    /// Dutch verbs then agree in the plural: `werden aufgehoben`, `vervallen`).
    fn whole_name(&self, s: usize, form: Form) -> (String, bool) {
        if let Some(heading) = self.heading_of(s, form) {
            return match self.text_under_heading(s) {
                true => (format!("{heading}{}", self.heading_of_tail()), true),
                false => (heading, false),
            };
        }
        let name = self.sref(s, form);
        match self.heading_with_text(s) {
            true => (format!("{name}{}", self.with_text_tail()), true),
            false => (name, false),
        }
    }

    /// Whether section `s`, a numbered division, still holds sections standing: omitted or
    /// replaced, it goes without them (they then stand in the division before it), so an
    /// instruction names its heading, not the division (`Omit Part 2.` repeals the Part and
    /// every section in it).
    fn holds_sections(&self, s: usize) -> bool {
        let state = self.state.borrow();
        let sec = state.view(s);
        if sec.kind != HeadingKind::Division || sec.number.is_none() || !state.live(s) {
            return false;
        }
        let Some(at) = state.standing_ids().position(|(id, _)| id.old() == Some(s)) else {
            return false;
        };
        let placement = state.placement(&self.doc.nesting);
        placement.parents.contains(&Some(at))
    }

    /// The heading of section `s` in `form`, where it is a numbered division that holds
    /// sections standing (see [`Wording::holds_sections`]): `the heading of Part 2`, `Die
    /// Überschrift von Teil 2`, `L'intitulé du chapitre III`, `Het opschrift van hoofdstuk 2`,
    /// `tytuł rozdziału 2`.
    fn heading_of(&self, s: usize, form: Form) -> Option<String> {
        if !self.holds_sections(s) {
            return None;
        }
        let (lead, inner) = self.heading_of_lead(form);
        Some(format!("{lead}{}", self.sref(s, inner)))
    }

    /// What opens [`Wording::heading_of`] in `form`, and the form of the division's name
    /// after it.
    fn heading_of_lead(&self, form: Form) -> (&'static str, Form) {
        let cap = matches!(form, Form::Cap | Form::DetCap);
        match (self.lang, cap) {
            // After `Nach`, `Po`: the dative, the locative.
            (Lang::De, false) if form == Form::To => ("der Überschrift von ", Form::To),
            (Lang::Pl, false) if form == Form::To => ("tytule ", Form::Of),
            (Lang::Fr, false) if form == Form::To => ("à l'intitulé ", Form::Of),
            (Lang::En, false) => ("the heading of ", Form::Plain),
            (Lang::En, true) => ("The heading of ", Form::Plain),
            (Lang::De, false) => ("die Überschrift von ", Form::To),
            (Lang::De, true) => ("Die Überschrift von ", Form::To),
            (Lang::Fr, false) => ("l'intitulé ", Form::Of),
            (Lang::Fr, true) => ("L'intitulé ", Form::Of),
            (Lang::Nl, false) => ("het opschrift van ", Form::Plain),
            (Lang::Nl, true) => ("Het opschrift van ", Form::Plain),
            (Lang::Pl, false) => ("tytuł ", Form::Of),
            (Lang::Pl, true) => ("Tytuł ", Form::Of),
        }
    }

    /// Where sections inserted after section `s`, a numbered division that holds sections
    /// standing, go, in `form`: after its heading (`After the heading of Part 2 insert—`),
    /// or after the words under it (`After the text under the heading of Part 2`); `After
    /// Part 2` would place them after every section in it.
    fn after_heading_of(&self, s: usize, form: Form) -> Option<String> {
        let heading = self.heading_of(s, form)?;
        if !self.text_under_heading(s) {
            return Some(heading);
        }
        let (lead, inner) = self.under_heading_of_lead(form);
        Some(format!("{lead}{}", self.sref(s, inner)))
    }

    /// What opens the text under a numbered division's heading in `form` (see
    /// [`Wording::after_heading_of`]), and the form of the division's name after it.
    fn under_heading_of_lead(&self, form: Form) -> (&'static str, Form) {
        match self.lang {
            Lang::En => ("the text under the heading of ", Form::Plain),
            Lang::De if form == Form::To => ("dem Text unter der Überschrift von ", Form::To),
            Lang::De => ("den Text unter der Überschrift von ", Form::To),
            Lang::Fr => ("le texte placé sous l'intitulé ", Form::Of),
            Lang::Nl => ("de tekst onder het opschrift van ", Form::Plain),
            Lang::Pl => ("tekście pod tytułem ", Form::Of),
        }
    }

    /// Reads [`Wording::after_heading_of`] in `form`: the section.
    fn parse_after_heading_of<'x>(&self, i: &'x str, form: Form) -> Res<'x, usize> {
        let (lead, inner) = self.under_heading_of_lead(form);
        let under = (tg(lead), self.section(inner)).parse(i);
        if let Ok((r, (_, s))) = under
            && self.holds_sections(s)
            && self.text_under_heading(s)
        {
            return Ok((r, s));
        }
        let (r, s) = self.parse_heading_of(i, form)?;
        match self.text_under_heading(s) {
            true => fail(i),
            false => Ok((r, s)),
        }
    }

    /// Reads [`Wording::heading_of`] in `form`: the section.
    fn parse_heading_of<'x>(&self, i: &'x str, form: Form) -> Res<'x, usize> {
        let (lead, inner) = self.heading_of_lead(form);
        let (r, _) = tg(lead).parse(i)?;
        let (r, s) = self.section(inner)(r)?;
        match self.holds_sections(s) {
            true => Ok((r, s)),
            false => fail(i),
        }
    }

    /// Whether section `s` has words under its heading's line, in the old text.
    fn text_under_heading(&self, s: usize) -> bool {
        let (text, heading_end) = self.old_text_of(s);
        !text[heading_end..].trim().is_empty()
    }

    /// What follows [`Wording::heading_of`] to take in the text under the heading.
    fn heading_of_tail(&self) -> &'static str {
        match self.lang {
            Lang::Fr => " et le texte placé sous cet intitulé",
            _ => self.with_text_tail(),
        }
    }

    /// Section `s` named in `form` as the place after which sections are inserted: the text
    /// under its heading, where it is a division cited by its heading with words under it
    /// (see [`Wording::heading_with_text`]).
    fn after_name(&self, s: usize, form: Form) -> String {
        if let Some(name) = self.after_heading_of(s, form) {
            return name;
        }
        match self.heading_with_text(s) {
            true => self.text_under(s, form),
            false => self.sref(s, form),
        }
    }

    /// Reads [`Wording::whole_name`] in `form`: the section.
    fn whole_section<'x>(&self, form: Form) -> impl Fn(&'x str) -> Res<'x, usize> + '_ {
        move |i| {
            if let Ok((r, s)) = self.parse_heading_of(i, form) {
                return match self.text_under_heading(s) {
                    true => match r.strip_prefix(self.heading_of_tail()) {
                        Some(after) => Ok((after, s)),
                        None => fail(i),
                    },
                    false => Ok((r, s)),
                };
            }
            let (r, s) = self.section(form)(i)?;
            let tail = self.with_text_tail();
            match r.strip_prefix(tail) {
                Some(after) if !tail.is_empty() && self.cited_by_heading(s) => Ok((after, s)),
                _ => Ok((r, s)),
            }
        }
    }

    /// Reads [`Wording::after_name`] in `form`: the section.
    fn after_section<'x>(&self, form: Form) -> impl Fn(&'x str) -> Res<'x, usize> + '_ {
        move |i| {
            self.parse_after_heading_of(i, form)
                .or_else(|_| self.parse_text_under(i, form))
                .or_else(|_| self.section(form)(i))
        }
    }

    /// The address of the words `edit` changes in unit `at`, in `form`: [`Wording::address`],
    /// or [`Wording::text_under`] for words under the heading of a division cited by it, or
    /// the heading and that text for words across both (see [`Wording::heading_part`]).
    fn words_address(&self, at: &Address, edit: &TextEdit, form: Form) -> String {
        match self.heading_part(at, edit) {
            Some(HeadingPart::Under) => self.text_under(at.section, form),
            Some(HeadingPart::Both) => {
                format!(
                    "{}{}",
                    self.heading_name(at.section, form),
                    self.across_tail()
                )
            }
            Some(HeadingPart::Heading) => self.heading_name(at.section, form),
            None => self.address(at, form),
        }
    }

    /// Reads [`Wording::text_under`] in `form`: the section.
    fn parse_text_under<'x>(&self, i: &'x str, form: Form) -> Res<'x, usize> {
        let (lead, inner) = match (self.lang, form) {
            (Lang::En, Form::Cap | Form::DetCap) => ("The text under ", Form::Plain),
            (Lang::En, _) => ("the text under ", Form::Plain),
            (Lang::De, Form::To) => ("dem Text unter ", Form::To),
            (Lang::De, Form::Cap | Form::DetCap) => ("Der Text unter ", Form::To),
            (Lang::De, _) => ("der Text unter ", Form::To),
            (Lang::Nl, Form::Cap | Form::DetCap) => ("De tekst onder ", Form::Plain),
            (Lang::Nl, _) => ("de tekst onder ", Form::Plain),
            (Lang::Pl, Form::To) => ("tekście pod ", Form::To),
            (Lang::Pl, Form::Cap | Form::DetCap) => ("Tekst pod ", Form::To),
            (Lang::Pl, _) => ("tekst pod ", Form::To),
            (Lang::Fr, Form::To) => ("au texte placé sous ", Form::Plain),
            (Lang::Fr, Form::Cap | Form::DetCap) => ("Le texte placé sous ", Form::Plain),
            (Lang::Fr, _) => ("le texte placé sous ", Form::Plain),
        };
        let (r, _) = tg(lead).parse(i)?;
        let numbered = match self.lang {
            Lang::Pl => (tg("tytułem "), self.section(Form::Of))
                .parse(r)
                .ok()
                .map(|(r, (_, s))| (r, s))
                .filter(|&(_, s)| self.holds_sections(s)),
            _ => self.parse_heading_of(r, inner).ok(),
        };
        if let Some(read) = numbered {
            return Ok(read);
        }
        if self.lang == Lang::Fr {
            return fail(i);
        }
        let (r, s) = match self.lang {
            Lang::Pl => self.pl_section_instrumental(r)?,
            _ => self.section(inner)(r)?,
        };
        if !self.cited_by_heading(s) {
            return fail(i);
        }
        Ok((r, s))
    }

    /// Reads German `In` and an address in the dative ([`de_in`]): `In § 5 Absatz 1`, or
    /// `Im Text unter der Überschrift „…“` for the words under the heading of a division
    /// cited by it.
    fn parse_de_in<'x>(&self, i: &'x str) -> Res<'x, Address> {
        if let Ok((r, _)) = tg("Im Text unter ").parse(i) {
            let (r, section) = match self.parse_heading_of(r, Form::To) {
                Ok(numbered) => numbered,
                Err(_) => self.section(Form::To)(r)?,
            };
            if !(self.cited_by_heading(section) || self.holds_sections(section)) {
                return fail(i);
            }
            let path = Vec::new();
            return Ok((self.after_sentence(r), Address { section, path }));
        }
        let (r, _) = tg("In ").parse(i)?;
        self.parse_address(r, Form::To)
    }

    /// `full`, the English name of section `s` in `form`, cut after the section's own name
    /// where divisions that tell it apart follow (` of Schedule 1`); whole, with nothing
    /// after it, elsewhere.
    fn en_own_name<'n>(&self, s: usize, form: Form, full: &'n str) -> (&'n str, &'n str) {
        let state = self.state.borrow();
        let sec = state.view(s);
        // A Schedule's paragraph's own name stops before its Schedule.
        let base = self.with_base_name(s, sec, plain_form(form), |b| {
            en_schedule_split(sec, b).0.to_string()
        });
        let base = if form == Form::Cap { cap(&base) } else { base };
        match full.strip_prefix(base.as_str()) {
            Some(rest) if rest.starts_with(" of ") => full.split_at(base.len()),
            _ => (full, ""),
        }
    }

    /// An English address whose numbers stand inside the section's name, after its own name
    /// and before the divisions that tell it apart (see [`Wording::en_own_name`]): the
    /// section, the numbers, and what follows the name.
    fn en_numbers_inside<'x>(
        &self,
        i: &'x str,
        form: Form,
        numbers: impl Fn(&'x str) -> (&'x str, Vec<&'x str>),
    ) -> Option<(&'x str, usize, Vec<&'x str>)> {
        let line = &i[..i.find(['\n', '“']).unwrap_or(i.len())];
        line.match_indices('(').find_map(|(k, _)| {
            let (after, n) = numbers(&i[k..]);
            let tail = after.starts_with(" of ").then_some(after)?;
            if n.is_empty() {
                return None;
            }
            let name = [&i[..k], tail].concat();
            let (r, s) = self.section(form)(&name).ok()?;
            // The name must go on past the numbers, into the divisions after them.
            let used = name.len() - r.len();
            (used > k).then(|| (&tail[used - k..], s, n))
        })
    }

    /// Whether an address resolves back to itself by the numbers in force now.
    pub fn addressable(&self, at: &Address) -> bool {
        let sentences = match self.lang {
            Lang::De => self.de_sentences(at),
            _ => Vec::new(),
        };
        self.doc.addressable(at, &self.state.borrow(), &sentences)
    }

    /// For each step of `at`'s path, the sentence of the unit above it that holds its list,
    /// as German law cites a list in a unit of more than one sentence (`§ 68b Absatz 1 Satz
    /// 3 Nummer 1`, `§ 6 Absatz 1 Nummer 4 Satz 2 Nummer 3`); 0 where none is cited, and
    /// where an instruction before this one changed the words of that unit or of one above
    /// it (its sentences may no longer be the old text's).
    fn de_sentences(&self, at: &Address) -> Vec<u8> {
        (0..at.path.len())
            .map(
                |k| match self.edited_at_or_above(at.section, &at.path[..k]) {
                    true => 0,
                    false => self.doc.sentence_of(at.section, at.path[k]),
                },
            )
            .collect()
    }

    /// Whether an instruction before this one changed the words of the unit at `path` of
    /// section `s`, or of one above it.
    fn edited_at_or_above(&self, s: usize, path: &[usize]) -> bool {
        self.edited
            .borrow()
            .iter()
            .any(|(e, p)| *e == s && path.starts_with(p))
    }

    /// ` Satz n` where the words an instruction quotes stand in sentence n of a unit of
    /// more than one, as German law cites them (`In § 68b Absatz 1 Satz 2 wird …`); empty
    /// elsewhere, and where an instruction before this one changed the words of that unit or
    /// of one above it (its sentences may no longer be the old text's). The applier finds
    /// the words in the whole unit, where they occur once.
    fn de_sentence_of_words(&self, at: &Address, words: &str) -> String {
        if self.edited_at_or_above(at.section, &at.path) {
            return String::new();
        }
        match self.doc.sentence_holding(at.section, &at.path, words) {
            0 => String::new(),
            n => format!(" Satz {n}"),
        }
    }

    /// `i` past the sentence a German address names for the quoted words (` Satz 2`, see
    /// [`Wording::de_sentence_of_words`]), where it names one.
    fn after_sentence<'x>(&self, i: &'x str) -> &'x str {
        match (tg(" Satz "), nom::character::complete::digit1).parse(i) {
            Ok((r, _)) if self.lang == Lang::De => r,
            _ => i,
        }
    }

    /// Reads an address written in `form`.
    fn parse_address<'x>(&self, i: &'x str, form: Form) -> Res<'x, Address> {
        // A division cited by its heading, by the text under it or with it (see
        // `words_address`).
        let tail = self.across_tail();
        let own = self
            .parse_text_under(i, form)
            .ok()
            .or_else(|| {
                // A numbered division's heading, alone or with the text under it.
                let (r, section) = self.parse_heading_of(i, form).ok()?;
                let r = r
                    .strip_prefix(tail)
                    .filter(|_| !tail.is_empty())
                    .unwrap_or(r);
                Some((r, section))
            })
            .or_else(|| {
                let (r, section) = self.section(form)(i).ok()?;
                let r = r.strip_prefix(tail).filter(|_| !tail.is_empty())?;
                self.cited_by_heading(section).then_some((r, section))
            });
        if let Some((r, section)) = own {
            let path = Vec::new();
            return Ok((self.after_sentence(r), Address { section, path }));
        }
        let (i, section, numbers) = match self.lang {
            Lang::En => {
                let numbers = |mut i: &'x str| {
                    let mut numbers = Vec::new();
                    while let Ok((r, (_, n, _))) =
                        (tg("("), tw1(|c: char| c != ')' && c != '('), tg(")")).parse(i)
                    {
                        numbers.push(n);
                        i = r;
                    }
                    (i, numbers)
                };
                let under = |i: &'x str| -> Res<'x, (usize, Vec<&'x str>)> {
                    let (i, _) = alt((tg("paragraph "), tg("Paragraph "))).parse(i)?;
                    let (r, n) = numbers(i);
                    let (r, _) = tg(" under ").parse(r)?;
                    let (r, s) = self.section(Form::Plain)(r)?;
                    Ok((r, (s, n)))
                };
                match under(i) {
                    Ok((r, (s, n))) if !n.is_empty() => (r, s, n),
                    _ => match self.section(form)(i) {
                        Ok((r, s)) => {
                            let (r, n) = numbers(r);
                            (r, s, n)
                        }
                        Err(e) => self.en_numbers_inside(i, form, numbers).ok_or(e)?,
                    },
                }
            }
            Lang::De => {
                // `Absatz 3 unter der Überschrift „…“` (see `address`), else the section first.
                let under = |i: &'x str| -> Res<'x, (usize, Vec<Step<'x>>)> {
                    let (r, steps) = de_steps(i, true)?;
                    if steps.is_empty() {
                        return fail(i);
                    }
                    let (r, _) = tg(" unter ").parse(r)?;
                    let (r, s) = self.section(Form::To)(r)?;
                    Ok((r, (s, steps)))
                };
                let (mut i, s, steps) = match under(i) {
                    Ok((r, (s, steps))) => (r, s, steps),
                    Err(_) => {
                        let (r, s) = self.section(Form::To)(i)?;
                        let (r, steps) = de_steps(r, false)?;
                        (r, s, steps)
                    }
                };
                i = self.after_sentence(i);
                let path = self.path_steps(s, &steps, i)?;
                return Ok((i, Address { section: s, path }));
            }
            Lang::Fr => match self.section(form)(i) {
                Ok((r, s)) => (r, s, Vec::new()),
                Err(_) => {
                    let lead = match form {
                        Form::Cap => "Au ",
                        Form::Det => "le ",
                        Form::DetCap => "Le ",
                        _ => "au ",
                    };
                    let (mut i, _) = tg(lead).parse(i)?;
                    let (_, first) = step_number(i)?;
                    let (r, first) = with_multiplier(i, first);
                    i = r;
                    let mut inner = vec![first];
                    let s = loop {
                        if let Ok((r, s)) = (tg(" "), self.section(Form::Of)).parse(i) {
                            i = r;
                            break s.1;
                        }
                        let (from, _) = tg(" du ").parse(i)?;
                        let (_, n) = step_number(from)?;
                        let (r, n) = with_multiplier(from, n);
                        inner.push(n);
                        i = r;
                    };
                    inner.reverse();
                    (i, s, inner)
                }
            },
            Lang::Nl => {
                // `het tweede lid onder het opschrift „…”` (see `address`), else the section
                // first.
                let under = |i: &'x str| -> Res<'x, (usize, Vec<String>)> {
                    let (i, _) = opt(alt((tg("het "), tg("Het ")))).parse(i)?;
                    let (r, numbers) = nl_steps(i, true);
                    if numbers.is_empty() {
                        return fail(i);
                    }
                    let (r, _) = (opt(tg(",")), tg(" onder ")).parse(r)?;
                    let (r, s) = self.section(Form::Plain)(r)?;
                    Ok((r, (s, numbers)))
                };
                let (i, s, numbers) = match under(i) {
                    Ok((r, (s, numbers))) => (r, s, numbers),
                    Err(_) => {
                        let (r, s) = self.section(form)(i)?;
                        let (r, numbers) = nl_steps(r, false);
                        (r, s, numbers)
                    }
                };
                let path = self.path(
                    s,
                    &numbers.iter().map(String::as_str).collect::<Vec<_>>(),
                    i,
                )?;
                return Ok((i, Address { section: s, path }));
            }
            Lang::Pl => {
                // `ust. 2 pod nagłówkiem „…”` (see `address`), else the section first.
                let joiner = if form == Form::To { " w " } else { " " };
                let under = |i: &'x str| -> Res<'x, (usize, Vec<&'x str>)> {
                    let (r, numbers) = pl_steps(i, true, joiner);
                    if numbers.is_empty() {
                        return fail(i);
                    }
                    let (r, _) = tg(" pod ").parse(r)?;
                    let (r, s) = self.pl_section_instrumental(r)?;
                    Ok((r, (s, numbers)))
                };
                match under(i) {
                    Ok((r, (s, numbers))) => (r, s, numbers),
                    Err(_) => {
                        let (r, s) = self.section(form)(i)?;
                        let (r, numbers) = pl_steps(r, false, joiner);
                        (r, s, numbers)
                    }
                }
            }
        };
        let path = self.path(section, &numbers, i)?;
        Ok((i, Address { section, path }))
    }

    fn path<'x>(
        &self,
        s: usize,
        numbers: &[&str],
        i: &'x str,
    ) -> Result<Vec<usize>, nom::Err<nom::error::Error<&'x str>>> {
        let steps: Vec<Step> = numbers.iter().map(|&n| (n, 0)).collect();
        self.path_steps(s, &steps, i)
    }

    /// [`Wording::path`] by steps that may name sentences (see [`OldDoc::resolve_steps`]).
    fn path_steps<'x>(
        &self,
        s: usize,
        steps: &[Step],
        i: &'x str,
    ) -> Result<Vec<usize>, nom::Err<nom::error::Error<&'x str>>> {
        let state = self.state.borrow();
        self.doc.resolve_steps(s, steps, &state).ok_or_else(|| {
            nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify))
        })
    }

    // ---- sentences ----

    /// One instruction as a sentence (with its block, for insertions); continuation lines
    /// are not yet indented.
    pub fn render(&self, ins: &Instruction) -> String {
        match self.lang {
            Lang::En => self.render_en(ins),
            Lang::De => self.render_de(ins),
            Lang::Fr => self.render_fr(ins),
            Lang::Nl => self.render_nl(ins),
            Lang::Pl => self.render_pl(ins),
        }
    }

    /// Reads one instruction back (the inverse of [`Wording::render`]).
    pub fn parse(&self, s: &str) -> Option<Instruction> {
        // No quotation: a renumbering of paragraphs or items names them by their labels.
        if !s.contains(self.quotes().0)
            && let Some(ins) = self
                .parse_unit_run(s)
                .or_else(|| self.parse_units_omitted(s))
        {
            return Some(ins);
        }
        if let Some(ins) = self.parse_numbered(s) {
            return Some(ins);
        }
        let r = match self.lang {
            Lang::En => self.parse_en(s),
            Lang::De => self.parse_de(s),
            Lang::Fr => self.parse_fr(s),
            Lang::Nl => self.parse_nl(s),
            Lang::Pl => self.parse_pl(s),
        };
        r.ok().map(|(_, i)| i)
    }

    fn note_word(&self) -> &'static str {
        match self.lang {
            Lang::En => "Note: ",
            Lang::De => "Hinweis: ",
            Lang::Fr => "Note : ",
            Lang::Nl => "Opmerking: ",
            Lang::Pl => "Uwaga: ",
        }
    }

    fn none_word(&self) -> &'static str {
        match self.lang {
            Lang::En => "No amendments.",
            Lang::De => "Keine Änderungen.",
            Lang::Fr => "Aucune modification.",
            Lang::Nl => "Geen wijzigingen.",
            Lang::Pl => "Bez zmian.",
        }
    }

    /// Numbers of the first and last section of a run, and the words between them: `and`
    /// for a run of two, `to` for more (see [`Wording::run_sep`]).
    fn run_numbers(&self, first: usize, last: usize) -> (String, String, &'static str) {
        let members = self.state.borrow().run_members(first, last).count();
        (
            num(&self.view(first)).to_string(),
            num(&self.view(last)).to_string(),
            self.run_sep(members),
        )
    }

    /// The standing section after `first` with the same keyword and number `n` now.
    fn run_end(&self, first: usize, n: &str) -> Option<usize> {
        let state = self.state.borrow();
        let f = state.view(first);
        (first..self.doc.sections.len()).find(|&j| {
            let s = state.view(j);
            state.live(j) && super::doc::same_family(f, s) && num(s) == n
        })
    }

    /// Reads `PLURAL N1 SEP N2` at the start of `i` (a run of sections; SEP is this style's
    /// `to`, or its `and` for a run of two), up to `upto`: the run and its SEP.
    fn parse_run_head<'x>(
        &self,
        i: &'x str,
        plural: impl Fn(&Section) -> String,
        upto: &str,
    ) -> Res<'x, (usize, usize, &'static str)> {
        // As [`RefMap::find`] reads names, without making every section's: a plural is made
        // once per keyword, and only the sections whose name starts `i` are kept.
        let state = self.state.borrow();
        let mut plurals: Vec<(HeadingKind, &str, String)> = Vec::new();
        let mut found: Vec<(usize, usize)> = Vec::new();
        for (s, sec) in state.standing().filter(|(_, sec)| sec.number.is_some()) {
            let k = match plurals
                .iter()
                .position(|(kind, kw, _)| *kind == sec.kind && *kw == sec.keyword)
            {
                Some(k) => k,
                None => {
                    plurals.push((sec.kind, &sec.keyword, plural(sec)));
                    plurals.len() - 1
                }
            };
            let p = plurals[k].2.as_str();
            let n = num(sec);
            let named = i
                .strip_prefix(p)
                .and_then(|r| r.strip_prefix(' '))
                .and_then(|r| r.strip_prefix(n))
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()));
            if named {
                found.push((p.len() + 1 + n.len(), s.unwrap_or(INSERTED)));
            }
        }
        drop(state);
        found.sort_unstable_by_key(|f| std::cmp::Reverse(f.0));
        let first = found
            .chunk_by(|a, b| a.0 == b.0)
            .find_map(|same| match same {
                [(l, s)] if *s != INSERTED => Some((*l, *s)),
                _ => None,
            });
        let Some((length, first)) = first else {
            return fail(i);
        };
        let r = &i[length..];
        let (and, to) = self.run_seps();
        let (r, sep) = match (r.strip_prefix(to), r.strip_prefix(and)) {
            (Some(r), _) => (r, to),
            (None, Some(r)) => (r, and),
            (None, None) => return fail(r),
        };
        let Some(k) = r.find(upto) else {
            return fail(r);
        };
        let last = match self.run_end(first, &r[..k]) {
            Some(l) => l,
            None => return fail(r),
        };
        // Two named with `and` are a run of those two alone.
        if sep == and && self.state.borrow().run_members(first, last).count() != 2 {
            return fail(r);
        }
        Ok((&r[k..], (first, last, sep)))
    }

    /// A sentence renumbering section `s` alone: its name now, `verb`, and its name with the
    /// new number (`L'article 13 devient l'article 14.`, `Art. 13 oznacza się jako art. 14.`).
    fn renumbered_alone(&self, s: usize, verb: &str, new: &str) -> String {
        let old = self.sref(s, Form::Plain);
        let prefix = old.strip_suffix(num(&self.view(s))).unwrap_or("");
        format!("{}{verb}{prefix}{new}.", cap(&old))
    }

    /// The end of a sentence renumbering section `s` alone: its new name, as its name now
    /// reads with the new number (`l'article 14.`, `§ 14.`, `artikel 14.`).
    fn renumbered_to<'x>(&self, s: usize, old: &str, r: &'x str) -> Res<'x, Instruction> {
        let sec = &self.view(s);
        let prefix = old.strip_suffix(num(sec)).unwrap_or("");
        let verify = |x| nom::Err::Error(nom::error::Error::new(x, nom::error::ErrorKind::Verify));
        let r = r.strip_prefix(prefix).ok_or_else(|| verify(r))?;
        let n = r.strip_suffix('.').ok_or_else(|| verify(r))?;
        Ok((
            "",
            Instruction::Renumber {
                first: s,
                last: s,
                new_first: n.into(),
                new_last: n.into(),
            },
        ))
    }

    /// An insertion of sections, as `words` state it: at the start of the text, or after or
    /// before a section, then the quoted block.
    fn sections_inserted<'x>(&self, i: &'x str, words: &InsertWords) -> Res<'x, Instruction> {
        let place = if let Ok((r, _)) = tg(words.start).parse(i) {
            (r, Place::Start)
        } else {
            let (r, w) = alt((tg(words.after), tg(words.before))).parse(i)?;
            let (r, s) = match w == words.after {
                true => self.after_section(words.form)(r)?,
                false => self.section(words.form)(r)?,
            };
            let (r, _) = tg(words.then).parse(r)?;
            let r = match words.until {
                Some(until) => Self::split_until(r, until)?.0,
                None => r,
            };
            if words.line_after && !r.starts_with('\n') {
                return fail(r);
            }
            let at = if w == words.after {
                Place::After(s)
            } else {
                Place::Before(s)
            };
            (r, at)
        };
        let (r, place) = place;
        let (o, c) = self.quotes();
        let (r, (quoted, marked)) = block(r, o, c, self.marker())?;
        let text = self.read_block(Self::place_anchor(&place), quoted, marked);
        Ok((
            r,
            Instruction::Insert {
                place,
                text,
                units: Vec::new(),
            },
        ))
    }

    fn split_until<'x>(i: &'x str, sep: &str) -> Res<'x, &'x str> {
        match i.find(sep) {
            Some(k) => Ok((&i[k + sep.len()..], &i[..k])),
            None => fail(i),
        }
    }

    fn render_en(&self, ins: &Instruction) -> String {
        match ins {
            Instruction::Edit { at, edit } => {
                let a = self.words_address(at, edit, Form::Plain);
                match edit {
                    TextEdit::Substitute { old, new } => {
                        format!("In {a}, for {} substitute {}.", self.q(old), self.q(new))
                    }
                    TextEdit::Omit { text } => format!("In {a}, omit {}.", self.q(text)),
                    TextEdit::InsertAfter { anchor, text } => {
                        format!("In {a}, after {} insert {}.", self.q(anchor), self.q(text))
                    }
                    TextEdit::OmitUnit => format!("Omit {a}."),
                    TextEdit::ReplaceUnit { text } => format!(
                        "For {a} substitute—\n{}",
                        self.show_block_after(&self.unit_space(at), text)
                    ),
                    TextEdit::RenumberUnits { units } => self.render_unit_run(at, units),
                    TextEdit::NumberText { label, then } => self.render_numbered(at, label, then),
                    TextEdit::OmitUnits { subs } => self.render_units_omitted(at, subs),
                    TextEdit::InsertUnitAfter { text } => {
                        format!(
                            "After {a} insert—\n{}",
                            self.show_block_after(&self.unit_space(at), text)
                        )
                    }
                    TextEdit::InsertUnitBefore { text } => {
                        format!(
                            "Before {a} insert—\n{}",
                            self.show_block_after(&self.unit_space(at), text)
                        )
                    }
                }
            }
            Instruction::Omit { section } => {
                format!("Omit {}.", self.whole_name(*section, Form::Plain).0)
            }
            Instruction::Replace { section, text } => format!(
                "For {} substitute—\n{}",
                self.whole_name(*section, Form::Plain).0,
                self.show_block(Some(*section), text)
            ),
            Instruction::Insert { place, text, .. } => {
                let head = match place {
                    Place::After(s) => {
                        format!("After {} insert—", self.after_name(*s, Form::Plain))
                    }
                    Place::Before(s) => format!("Before {} insert—", self.sref(*s, Form::Plain)),
                    Place::Start => "At the beginning insert—".into(),
                };
                format!(
                    "{head}\n{}",
                    self.show_block(Self::place_anchor(place), text)
                )
            }
            Instruction::Renumber {
                first,
                last,
                new_first,
                new_last,
            } if first == last => {
                format!(
                    "{} is renumbered {new_first}.",
                    self.sref(*first, Form::Cap)
                )
            }
            Instruction::Renumber {
                first,
                last,
                new_first,
                new_last,
            } => {
                let (a, b, sep) = self.run_numbers(*first, *last);
                format!(
                    "{} {a}{sep}{b} are renumbered {new_first}{sep}{new_last}.",
                    en_plural(&self.view(*first))
                )
            }
            Instruction::Note { text } => format!("{}{text}", self.note_word()),
        }
    }

    /// `LEAD address TAIL.`: the unit addressed omitted (`Omit section 2(1).`, `§ 2 Absatz 1
    /// wird aufgehoben.`); `None` when the sentence is not of this shape.
    fn unit_omitted<'x>(
        &self,
        i: &'x str,
        lead: &'static str,
        form: Form,
        tail: &'static str,
    ) -> Option<Res<'x, Instruction>> {
        let (r, (_, at, _, _)) = (tg(lead), |x| self.parse_address(x, form), tg(tail), end)
            .parse(i)
            .ok()?;
        let edit = TextEdit::OmitUnit;
        (!at.path.is_empty()).then_some(Ok((r, Instruction::Edit { at, edit })))
    }

    /// `LEAD address SEP words END` and a quoted block on the next lines, about a paragraph
    /// or item: its address and the block read as text, made into an edit of it by `edit`.
    /// The words name what the block is and are not checked (the block says it); with no
    /// `END` there must be none. `None` when the sentence is not of this shape.
    fn unit_block<'x>(
        &self,
        i: &'x str,
        (lead, form, sep, end): (&'static str, Form, &'static str, &'static str),
        edit: impl FnOnce(String) -> TextEdit,
    ) -> Option<Res<'x, Instruction>> {
        let (r, (_, at, _)) = (tg(lead), |x| self.parse_address(x, form), tg(sep))
            .parse(i)
            .ok()?;
        if at.path.is_empty() {
            return None;
        }
        let line = r.find('\n').unwrap_or(r.len());
        let words = r[..line].strip_suffix(end)?;
        if end.is_empty() && !words.is_empty() {
            return None;
        }
        let r = &r[line..];
        let (o, c) = self.quotes();
        Some(block(r, o, c, self.marker()).map(|(r, (quoted, marked))| {
            let text = read_block_after(&self.unit_space(&at), quoted, marked);
            let edit = edit(text);
            (r, Instruction::Edit { at, edit })
        }))
    }

    /// A unit inserted after the one addressed (`After section 2(1) insert—`, `Nach § 1
    /// Absatz 1 wird folgender Absatz 2 eingefügt:`), or before it with `before` (see
    /// [`Wording::inserted_words`] for the words naming it; none in English).
    fn unit_inserted<'x>(
        &self,
        i: &'x str,
        shape: (&'static str, Form, &'static str, &'static str),
        before: bool,
    ) -> Option<Res<'x, Instruction>> {
        self.unit_block(i, shape, |text| match before {
            true => TextEdit::InsertUnitBefore { text },
            false => TextEdit::InsertUnitAfter { text },
        })
    }

    /// A paragraph or item restated whole (`For section 66(3) substitute—`, `§ 66 Absatz 3
    /// wird durch den folgenden Absatz 3 ersetzt:`, or the older `wird wie folgt gefasst:`).
    fn unit_replaced<'x>(
        &self,
        i: &'x str,
        shape: (&'static str, Form, &'static str, &'static str),
    ) -> Option<Res<'x, Instruction>> {
        self.unit_block(i, shape, |text| TextEdit::ReplaceUnit { text })
    }

    fn parse_en<'x>(&self, i: &'x str) -> Res<'x, Instruction> {
        let (o, c) = self.quotes();
        if let Ok((r, at)) = (tg("In "), |x| self.parse_address(x, Form::Plain), tg(", "))
            .parse(i)
            .map(|(r, (_, a, _))| (r, a))
        {
            if let Ok((r, _)) = tg("for ").parse(r) {
                let (r, (old, (_, (new, _)))) = quoted_then(r, o, c, |x| {
                    (tg(" substitute "), |y| quoted_then(y, o, c, end)).parse(x)
                })?;
                return Ok((
                    r,
                    Instruction::Edit {
                        at,
                        edit: TextEdit::Substitute { old, new },
                    },
                ));
            }
            if let Ok((r, _)) = tg("omit ").parse(r) {
                let (r, (text, _)) = quoted_then(r, o, c, end)?;
                return Ok((
                    r,
                    Instruction::Edit {
                        at,
                        edit: TextEdit::Omit { text },
                    },
                ));
            }
            let (r, _) = tg("after ").parse(r)?;
            let (r, (anchor, (_, (text, _)))) = quoted_then(r, o, c, |x| {
                (tg(" insert "), |y| quoted_then(y, o, c, end)).parse(x)
            })?;
            return Ok((
                r,
                Instruction::Edit {
                    at,
                    edit: TextEdit::InsertAfter { anchor, text },
                },
            ));
        }
        if let Ok((r, (_, section, _))) = (
            tg("For "),
            self.whole_section(Form::Plain),
            tg(" substitute—"),
        )
            .parse(i)
        {
            let (r, (quoted, marked)) = block(r, o, c, self.marker())?;
            let text = self.read_block(Some(section), quoted, marked);
            return Ok((r, Instruction::Replace { section, text }));
        }
        if let Some(parsed) = self.unit_omitted(i, "Omit ", Form::Plain, "") {
            return parsed;
        }
        if let Some(parsed) = self.unit_replaced(i, ("For ", Form::Plain, " substitute—", "")) {
            return parsed;
        }
        for (lead, before) in [("After ", false), ("Before ", true)] {
            if let Some(parsed) = self.unit_inserted(i, (lead, Form::Plain, " insert—", ""), before)
            {
                return parsed;
            }
        }
        if let Ok((r, _)) = tg("Omit ").parse(i) {
            let (r, s) = self.whole_section(Form::Plain)(r)?;
            let (r, _) = end(r)?;
            return Ok((r, Instruction::Omit { section: s }));
        }
        if let Ok(parsed) = self.sections_inserted(i, &EN_INSERTS) {
            return Ok(parsed);
        }
        if let Ok((r, s)) = self.section(Form::Cap)(i)
            && let Ok((r, _)) = tg(" is renumbered ").parse(r)
        {
            let n = r.strip_suffix('.').ok_or_else(|| {
                nom::Err::Error(nom::error::Error::new(r, nom::error::ErrorKind::Verify))
            })?;
            return Ok((
                "",
                Instruction::Renumber {
                    first: s,
                    last: s,
                    new_first: n.into(),
                    new_last: n.into(),
                },
            ));
        }
        if let Some(t) = i.strip_prefix(self.note_word()) {
            return Ok(("", Instruction::Note { text: t.into() }));
        }
        let (r, (first, last, sep)) = self.parse_run_head(i, en_plural, " are renumbered ")?;
        let (r, _) = tg(" are renumbered ").parse(r)?;
        let (r, a) = Self::split_until(r, sep)?;
        let b = r.strip_suffix('.').ok_or_else(|| {
            nom::Err::Error(nom::error::Error::new(r, nom::error::ErrorKind::Verify))
        })?;
        Ok((
            "",
            Instruction::Renumber {
                first,
                last,
                new_first: a.into(),
                new_last: b.into(),
            },
        ))
    }

    /// German: `In § 5 Absatz 1 wird das Wort „zehn“ durch das Wort „fünf“ ersetzt.`
    fn render_de(&self, ins: &Instruction) -> String {
        match ins {
            Instruction::Edit { at, edit } => {
                let mut a = self.words_address(at, edit, Form::To);
                if let TextEdit::Substitute { old: w, .. }
                | TextEdit::Omit { text: w }
                | TextEdit::InsertAfter { anchor: w, .. } = edit
                {
                    a.push_str(&self.de_sentence_of_words(at, w));
                }
                match edit {
                    TextEdit::Substitute { old, new } => {
                        let (o, _, pl) = de_words(old);
                        let (n, _, _) = de_words(new);
                        let v = if pl { "werden" } else { "wird" };
                        format!(
                            "{} {v} {o} {} durch {n} {} ersetzt.",
                            de_in(&a),
                            self.q(old),
                            self.q(new)
                        )
                    }
                    TextEdit::Omit { text } => {
                        let (o, _, pl) = de_words(text);
                        let v = if pl { "werden" } else { "wird" };
                        format!("{} {v} {o} {} gestrichen.", de_in(&a), self.q(text))
                    }
                    TextEdit::InsertAfter { anchor, text } => {
                        let (_, d, _) = de_words(anchor);
                        let (t, _, pl) = de_words(text);
                        let v = if pl { "werden" } else { "wird" };
                        format!(
                            "{} {v} nach {d} {} {t} {} eingefügt.",
                            de_in(&a),
                            self.q(anchor),
                            self.q(text)
                        )
                    }
                    TextEdit::OmitUnit => format!("{a} wird aufgehoben."),
                    TextEdit::ReplaceUnit { text } => format!(
                        "{a} wird durch {} ersetzt:\n{}",
                        self.replacing_words(at, text),
                        self.show_block_after(&self.unit_space(at), text)
                    ),
                    TextEdit::RenumberUnits { units } => self.render_unit_run(at, units),
                    TextEdit::NumberText { label, then } => self.render_numbered(at, label, then),
                    TextEdit::OmitUnits { subs } => self.render_units_omitted(at, subs),
                    TextEdit::InsertUnitAfter { text } => {
                        format!(
                            "Nach {a} {} eingefügt:\n{}",
                            self.inserted_words(at, text),
                            self.show_block_after(&self.unit_space(at), text)
                        )
                    }
                    TextEdit::InsertUnitBefore { text } => {
                        format!(
                            "Vor {a} {} eingefügt:\n{}",
                            self.inserted_words(at, text),
                            self.show_block_after(&self.unit_space(at), text)
                        )
                    }
                }
            }
            Instruction::Omit { section } => {
                let (name, two) = self.whole_name(*section, Form::Cap);
                let v = if two { "werden" } else { "wird" };
                format!("{name} {v} aufgehoben.")
            }
            Instruction::Replace { section, text } => {
                let sec = &self.view(*section);
                let by = match sec.keyword.as_str() {
                    "§" | "Artikel" | "Art." => {
                        format!("den folgenden {}", self.sref(*section, Form::Plain))
                    }
                    _ => "Folgendes".into(),
                };
                let (name, two) = self.whole_name(*section, Form::Cap);
                let v = if two { "werden" } else { "wird" };
                format!(
                    "{name} {v} durch {by} ersetzt:\n{}",
                    self.show_block(Some(*section), text)
                )
            }
            Instruction::Insert { place, text, units } => {
                let what = de_inserted(units);
                let head = match place {
                    Place::After(s) => {
                        format!("Nach {} {what} eingefügt:", self.after_name(*s, Form::To))
                    }
                    Place::Before(s) => {
                        format!("Vor {} {what} eingefügt:", self.sref(*s, Form::To))
                    }
                    Place::Start => "Am Anfang wird Folgendes eingefügt:".into(),
                };
                format!(
                    "{head}\n{}",
                    self.show_block(Self::place_anchor(place), text)
                )
            }
            Instruction::Renumber {
                first,
                last,
                new_first,
                new_last,
            } => {
                let s = &self.view(*first);
                if first == last {
                    let art = match de_gender(s) {
                        'f' => "Die bisherige",
                        'n' => "Das bisherige",
                        _ => "Der bisherige",
                    };
                    let old = self.sref(*first, Form::Plain);
                    let own = self.base_name(*first, s, Form::Plain);
                    // A division named with those it stands in: the article is its own, so
                    // they follow it (`Der bisherige Untertitel 4 in Buch 2 Abschnitt 8 Titel
                    // 3 wird Untertitel 5.`).
                    match within_of(&old, &own) {
                        Some(within) => {
                            let prefix = own.strip_suffix(num(s)).unwrap_or("");
                            format!("{art} {own} in {within} wird {prefix}{new_first}.")
                        }
                        None => {
                            let prefix = old.strip_suffix(num(s)).unwrap_or("");
                            format!("{art} {old} wird {prefix}{new_first}.")
                        }
                    }
                } else {
                    let (a, b, sep) = self.run_numbers(*first, *last);
                    let p = de_plural(s);
                    format!(
                        "Die bisherigen {p} {a}{sep}{b} werden die {p} {new_first}{sep}{new_last}."
                    )
                }
            }
            Instruction::Note { text } => format!("{}{text}", self.note_word()),
        }
    }

    fn parse_de<'x>(&self, i: &'x str) -> Res<'x, Instruction> {
        let (o, c) = self.quotes();
        let words = || alt((tg("das Wort "), tg("die Wörter "), tg("die Angabe ")));
        let verb = || alt((tg(" wird "), tg(" werden ")));
        if let Ok((r, (at, _))) = (|x| self.parse_de_in(x), verb()).parse(i) {
            if let Ok((r, _)) = tg("nach ").parse(r) {
                let (r, _) =
                    alt((tg("dem Wort "), tg("den Wörtern "), tg("der Angabe "))).parse(r)?;
                let (r, (anchor, (_, _, (text, _)))) = quoted_then(r, o, c, |x| {
                    (tg(" "), words(), |y| {
                        quoted_then(y, o, c, |z| (tg(" eingefügt"), end).parse(z))
                    })
                        .parse(x)
                })?;
                return Ok((
                    r,
                    Instruction::Edit {
                        at,
                        edit: TextEdit::InsertAfter { anchor, text },
                    },
                ));
            }
            let (r, _) = words().parse(r)?;
            let sub = quoted_then(r, o, c, |x| {
                (tg(" durch "), words(), |y| {
                    quoted_then(y, o, c, |z| (tg(" ersetzt"), end).parse(z))
                })
                    .parse(x)
            });
            if let Ok((r, (old, (_, _, (new, _))))) = sub {
                return Ok((
                    r,
                    Instruction::Edit {
                        at,
                        edit: TextEdit::Substitute { old, new },
                    },
                ));
            }
            let (r, (text, _)) = quoted_then(r, o, c, |x| (tg(" gestrichen"), end).parse(x))?;
            return Ok((
                r,
                Instruction::Edit {
                    at,
                    edit: TextEdit::Omit { text },
                },
            ));
        }
        if let Some(parsed) = self.unit_omitted(i, "", Form::To, " wird aufgehoben") {
            return parsed;
        }
        for shape in [
            ("", Form::To, " wird durch ", " ersetzt:"),
            ("", Form::To, " wird wie folgt gefasst:", ""),
        ] {
            if let Some(parsed) = self.unit_replaced(i, shape) {
                return parsed;
            }
        }
        for (lead, before) in [("Nach ", false), ("Vor ", true)] {
            let shape = (lead, Form::To, " ", " eingefügt:");
            if let Some(parsed) = self.unit_inserted(i, shape, before) {
                return parsed;
            }
        }
        let replace = |x: &'x str| -> Res<'x, usize> {
            if let Ok((r, (s, _))) =
                (self.section(Form::Cap), tg(" wird wie folgt gefasst:")).parse(x)
            {
                return Ok((r, s));
            }
            let verb = alt((tg(" wird durch "), tg(" werden durch ")));
            let (r, (s, _)) = (self.whole_section(Form::Cap), verb).parse(x)?;
            let (r, _) = Self::split_until(r, " ersetzt:")?;
            Ok((r, s))
        };
        if let Ok((r, section)) = replace(i) {
            let (r, (quoted, marked)) = block(r, o, c, self.marker())?;
            let text = self.read_block(Some(section), quoted, marked);
            return Ok((r, Instruction::Replace { section, text }));
        }
        let omitted = alt((tg(" wird aufgehoben"), tg(" werden aufgehoben")));
        if let Ok((r, (s, _, _))) = (self.whole_section(Form::Cap), omitted, end).parse(i) {
            return Ok((r, Instruction::Omit { section: s }));
        }
        if let Ok(parsed) = self.sections_inserted(i, &DE_INSERTS) {
            return Ok(parsed);
        }
        if let Some(t) = i.strip_prefix(self.note_word()) {
            return Ok(("", Instruction::Note { text: t.into() }));
        }
        if let Ok((r, _)) = alt((
            tg("Der bisherige "),
            tg("Die bisherige "),
            tg("Das bisherige "),
        ))
        .parse(i)
        {
            if let Ok((r, s)) = self.section(Form::Plain)(r)
                && let Ok((r, _)) = tg(" wird ").parse(r)
            {
                let old = self.sref(s, Form::Plain);
                return self.renumbered_to(s, &old, r);
            }
            // `Untertitel 4 in Buch 2 Abschnitt 8 Titel 3 wird …`: the name in full is the
            // divisions', then its own.
            let (r, own) = Self::split_until(r, " in ")?;
            let (r, within) = Self::split_until(r, " wird ")?;
            let full = [within, " ", own].concat();
            let s = match self.section(Form::Plain)(&full) {
                Ok(("", s)) => s,
                _ => return fail(i),
            };
            let own_name = self.base_name(s, &self.view(s), Form::Plain);
            if own_name != own {
                return fail(i);
            }
            return self.renumbered_to(s, own, r);
        }
        let (r, _) = tg("Die bisherigen ").parse(i)?;
        let (r, (first, last, sep)) = self.parse_run_head(r, de_plural, " werden die ")?;
        let (r, _) = tg(" werden die ").parse(r)?;
        let p = de_plural(&self.view(first));
        let (r, _) = (tag(p.as_str()), tg(" ")).parse(r)?;
        let (r, a) = Self::split_until(r, sep)?;
        let b = r.strip_suffix('.').ok_or_else(|| {
            nom::Err::Error(nom::error::Error::new(r, nom::error::ErrorKind::Verify))
        })?;
        Ok((
            "",
            Instruction::Renumber {
                first,
                last,
                new_first: a.into(),
                new_last: b.into(),
            },
        ))
    }

    /// French: `À l'article 5, le mot : « dix » est remplacé par le mot : « cinq ».`
    fn render_fr(&self, ins: &Instruction) -> String {
        match ins {
            Instruction::Edit { at, edit } => {
                // `heading_part` asks for the section's own words already.
                let heading =
                    self.holds_sections(at.section) && self.heading_part(at, edit).is_some();
                let a = cap(&if heading {
                    self.words_address(at, edit, Form::To)
                } else if at.path.is_empty() {
                    self.sref(at.section, Form::To)
                } else {
                    self.address(at, Form::Plain)
                });
                match edit {
                    TextEdit::Substitute { old, new } => {
                        let (o, pl) = fr_words(old);
                        let (n, _) = fr_words(new);
                        let v = if pl {
                            "sont remplacés"
                        } else {
                            "est remplacé"
                        };
                        format!("{a}, {o} : {} {v} par {n} : {}.", self.q(old), self.q(new))
                    }
                    TextEdit::Omit { text } => {
                        let (o, pl) = fr_words(text);
                        let v = if pl {
                            "sont supprimés"
                        } else {
                            "est supprimé"
                        };
                        format!("{a}, {o} : {} {v}.", self.q(text))
                    }
                    TextEdit::InsertAfter { anchor, text } => {
                        let (o, _) = fr_words(anchor);
                        let (t, pl) = fr_words(text);
                        let v = if pl { "sont insérés" } else { "est inséré" };
                        format!(
                            "{a}, après {o} : {}, {v} {t} : {}.",
                            self.q(anchor),
                            self.q(text)
                        )
                    }
                    TextEdit::OmitUnit => {
                        format!("{} est abrogé.", self.address(at, Form::DetCap))
                    }
                    TextEdit::ReplaceUnit { text } => format!(
                        "{} est ainsi rédigé :\n{}",
                        self.address(at, Form::DetCap),
                        self.show_block_after(&self.unit_space(at), text)
                    ),
                    TextEdit::RenumberUnits { units } => self.render_unit_run(at, units),
                    TextEdit::NumberText { label, then } => self.render_numbered(at, label, then),
                    TextEdit::OmitUnits { subs } => self.render_units_omitted(at, subs),
                    TextEdit::InsertUnitAfter { text } => format!(
                        "Après {}, {} :\n{}",
                        self.address(at, Form::Det),
                        self.inserted_words(at, text),
                        self.show_block_after(&self.unit_space(at), text)
                    ),
                    TextEdit::InsertUnitBefore { text } => format!(
                        "Avant {}, {} :\n{}",
                        self.address(at, Form::Det),
                        self.inserted_words(at, text),
                        self.show_block_after(&self.unit_space(at), text)
                    ),
                }
            }
            Instruction::Omit { section } => match self.holds_sections(*section) {
                true => match self.whole_name(*section, Form::Cap) {
                    (name, true) => format!("{name} sont abrogés."),
                    (name, false) => format!("{name} est abrogé."),
                },
                false => {
                    let fem = fr_noun(&self.view(*section)).1;
                    format!(
                        "{} est {}.",
                        self.sref(*section, Form::Cap),
                        if fem { "abrogée" } else { "abrogé" }
                    )
                }
            },
            Instruction::Replace { section, text } => {
                let (name, verb) = match self.holds_sections(*section) {
                    true => match self.whole_name(*section, Form::Cap) {
                        (name, true) => (name, "sont ainsi rédigés"),
                        (name, false) => (name, "est ainsi rédigé"),
                    },
                    false => {
                        let fem = fr_noun(&self.view(*section)).1;
                        let verb = if fem {
                            "est ainsi rédigée"
                        } else {
                            "est ainsi rédigé"
                        };
                        (self.sref(*section, Form::Cap), verb)
                    }
                };
                format!("{name} {verb} :\n{}", self.show_block(Some(*section), text))
            }
            Instruction::Insert { place, text, units } => {
                let what = fr_inserted(units);
                let head = match place {
                    Place::After(s) => {
                        format!("Après {}, {what}", self.after_name(*s, Form::Plain))
                    }
                    Place::Before(s) => format!("Avant {}, {what}", self.sref(*s, Form::Plain)),
                    Place::Start => {
                        "Au début, sont insérées des dispositions ainsi rédigées :".into()
                    }
                };
                format!(
                    "{head}\n{}",
                    self.show_block(Self::place_anchor(place), text)
                )
            }
            Instruction::Renumber {
                first,
                last,
                new_first,
                new_last,
            } => {
                let s = &self.view(*first);
                if first == last {
                    self.renumbered_alone(*first, " devient ", new_first)
                } else {
                    let (a, b, sep) = self.run_numbers(*first, *last);
                    let p = fr_plural(s);
                    format!("Les {p} {a}{sep}{b} deviennent les {p} {new_first}{sep}{new_last}.")
                }
            }
            Instruction::Note { text } => format!("{}{text}", self.note_word()),
        }
    }

    fn parse_fr<'x>(&self, i: &'x str) -> Res<'x, Instruction> {
        let (o, c) = self.quotes();
        let words = || {
            alt((
                tg("le mot : "),
                tg("les mots : "),
                tg("le signe : "),
                tg("les signes : "),
            ))
        };
        let addr = |x: &'x str| -> Res<'x, Address> {
            if let Ok((r, s)) = (|y| self.section(Form::To)(y)).parse(x.get(..1).map_or(x, |_| x)) {
                return Ok((
                    r,
                    Address {
                        section: s,
                        path: Vec::new(),
                    },
                ));
            }
            // Sentence start: `À l'article`, `Au chapitre`, `Au 2° du …`.
            let lowered = if let Some(r) = x.strip_prefix('À') {
                format!("à{r}")
            } else if let Some(r) = x.strip_prefix("Au ") {
                format!("au {r}")
            } else {
                return fail(x);
            };
            // A division's heading, or the words under it (`À l'intitulé du chapitre II`).
            let heading = ["à l'intitulé ", "au texte placé sous "]
                .iter()
                .any(|lead| lowered.starts_with(lead));
            if heading && let Ok((r, a)) = self.parse_address(&lowered, Form::To) {
                return Ok((&x[x.len() - r.len()..], a));
            }
            let parsed = match self.section(Form::To)(&lowered) {
                Ok((r, s)) => Some((
                    r.len(),
                    Address {
                        section: s,
                        path: Vec::new(),
                    },
                )),
                Err(_) => self
                    .parse_address(&lowered, Form::Plain)
                    .ok()
                    .map(|(r, a)| (r.len(), a)),
            };
            match parsed {
                Some((left, a)) => Ok((&x[x.len() - left..], a)),
                None => fail(x),
            }
        };
        if let Some(parsed) = self.unit_omitted(i, "", Form::DetCap, " est abrogé") {
            return parsed;
        }
        if let Some(parsed) = self.unit_replaced(i, ("", Form::DetCap, " est ainsi rédigé :", ""))
        {
            return parsed;
        }
        for (lead, before) in [("Après ", false), ("Avant ", true)] {
            let shape = (lead, Form::Det, ", ", " :");
            if let Some(parsed) = self.unit_inserted(i, shape, before) {
                return parsed;
            }
        }
        if let Ok((r, (at, _))) = (addr, tg(", ")).parse(i) {
            if let Ok((r, _)) = tg("après ").parse(r) {
                let (r, _) = words().parse(r)?;
                let (r, (anchor, (_, _, (text, _)))) = quoted_then(r, o, c, |x| {
                    (
                        alt((tg(", est inséré "), tg(", sont insérés "))),
                        words(),
                        |y| quoted_then(y, o, c, end),
                    )
                        .parse(x)
                })?;
                return Ok((
                    r,
                    Instruction::Edit {
                        at,
                        edit: TextEdit::InsertAfter { anchor, text },
                    },
                ));
            }
            let (r, _) = words().parse(r)?;
            let sub = quoted_then(r, o, c, |x| {
                (
                    alt((tg(" est remplacé par "), tg(" sont remplacés par "))),
                    words(),
                    |y| quoted_then(y, o, c, end),
                )
                    .parse(x)
            });
            if let Ok((r, (old, (_, _, (new, _))))) = sub {
                return Ok((
                    r,
                    Instruction::Edit {
                        at,
                        edit: TextEdit::Substitute { old, new },
                    },
                ));
            }
            let (r, (text, _)) = quoted_then(r, o, c, |x| {
                (alt((tg(" est supprimé"), tg(" sont supprimés"))), end).parse(x)
            })?;
            return Ok((
                r,
                Instruction::Edit {
                    at,
                    edit: TextEdit::Omit { text },
                },
            ));
        }
        if let Ok((r, (section, _))) = (
            self.whole_section(Form::Cap),
            alt((
                tg(" est ainsi rédigée :"),
                tg(" est ainsi rédigé :"),
                tg(" sont ainsi rédigés :"),
            )),
        )
            .parse(i)
        {
            let (r, (quoted, marked)) = block(r, o, c, self.marker())?;
            let text = self.read_block(Some(section), quoted, marked);
            return Ok((r, Instruction::Replace { section, text }));
        }
        if let Ok((r, (s, _, _))) = (
            self.whole_section(Form::Cap),
            alt((tg(" est abrogée"), tg(" est abrogé"), tg(" sont abrogés"))),
            end,
        )
            .parse(i)
        {
            return Ok((r, Instruction::Omit { section: s }));
        }
        if let Ok(parsed) = self.sections_inserted(i, &FR_INSERTS) {
            return Ok(parsed);
        }
        if let Some(t) = i.strip_prefix(self.note_word()) {
            return Ok(("", Instruction::Note { text: t.into() }));
        }
        if let Ok((r, s)) = self.section(Form::Cap)(i)
            && let Ok((r, _)) = tg(" devient ").parse(r)
        {
            return self.renumbered_to(s, &self.sref(s, Form::Plain), r);
        }
        let (r, _) = tg("Les ").parse(i)?;
        let (r, (first, last, sep)) = self.parse_run_head(r, fr_plural, " deviennent les ")?;
        let (r, _) = tg(" deviennent les ").parse(r)?;
        let p = fr_plural(&self.view(first));
        let (r, _) = (tag(p.as_str()), tg(" ")).parse(r)?;
        let (r, a) = Self::split_until(r, sep)?;
        let b = r.strip_suffix('.').ok_or_else(|| {
            nom::Err::Error(nom::error::Error::new(r, nom::error::ErrorKind::Verify))
        })?;
        Ok((
            "",
            Instruction::Renumber {
                first,
                last,
                new_first: a.into(),
                new_last: b.into(),
            },
        ))
    }

    /// Dutch: `In artikel 240b, eerste lid, wordt „tien” vervangen door „vijf”.`
    fn render_nl(&self, ins: &Instruction) -> String {
        match ins {
            Instruction::Edit { at, edit } => {
                let a = self.words_address(at, edit, Form::Plain);
                let sep = if at.path.is_empty() { "" } else { "," };
                match edit {
                    TextEdit::Substitute { old, new } => format!(
                        "In {a}{sep} wordt {} vervangen door {}.",
                        self.q(old),
                        self.q(new)
                    ),
                    TextEdit::Omit { text } => format!("In {a}{sep} vervalt {}.", self.q(text)),
                    TextEdit::InsertAfter { anchor, text } => format!(
                        "In {a}{sep} wordt na {} ingevoegd {}.",
                        self.q(anchor),
                        self.q(text)
                    ),
                    TextEdit::OmitUnit => format!("{}, vervalt.", self.address(at, Form::Cap)),
                    TextEdit::ReplaceUnit { text } => format!(
                        "{}, komt te luiden:\n{}",
                        self.address(at, Form::Cap),
                        self.show_block_after(&self.unit_space(at), text)
                    ),
                    TextEdit::RenumberUnits { units } => self.render_unit_run(at, units),
                    TextEdit::NumberText { label, then } => self.render_numbered(at, label, then),
                    TextEdit::OmitUnits { subs } => self.render_units_omitted(at, subs),
                    TextEdit::InsertUnitAfter { text } => {
                        format!(
                            "Na {a}, {}, luidende:\n{}",
                            self.inserted_words(at, text),
                            self.show_block_after(&self.unit_space(at), text)
                        )
                    }
                    TextEdit::InsertUnitBefore { text } => {
                        format!(
                            "Voor {a}, {}, luidende:\n{}",
                            self.inserted_words(at, text),
                            self.show_block_after(&self.unit_space(at), text)
                        )
                    }
                }
            }
            Instruction::Omit { section } => {
                let (name, two) = self.whole_name(*section, Form::Cap);
                let v = if two { "vervallen" } else { "vervalt" };
                format!("{name} {v}.")
            }
            Instruction::Replace { section, text } => {
                let (name, two) = self.whole_name(*section, Form::Cap);
                let v = if two { "komen" } else { "komt" };
                format!(
                    "{name} {v} te luiden:\n{}",
                    self.show_block(Some(*section), text)
                )
            }
            Instruction::Insert { place, text, units } => {
                let what = nl_inserted(units);
                let head = match place {
                    Place::After(s) => {
                        format!("Na {} {what}, luidende:", self.after_name(*s, Form::Plain))
                    }
                    Place::Before(s) => {
                        format!("Voor {} {what}, luidende:", self.sref(*s, Form::Plain))
                    }
                    Place::Start => "Aan het begin wordt ingevoegd, luidende:".into(),
                };
                format!(
                    "{head}\n{}",
                    self.show_block(Self::place_anchor(place), text)
                )
            }
            Instruction::Renumber {
                first,
                last,
                new_first,
                new_last,
            } => {
                let s = &self.view(*first);
                if first == last {
                    self.renumbered_alone(*first, " wordt vernummerd tot ", new_first)
                } else {
                    let (a, b, sep) = self.run_numbers(*first, *last);
                    format!(
                        "De {} {a}{sep}{b} worden vernummerd tot {new_first}{sep}{new_last}.",
                        nl_plural(s)
                    )
                }
            }
            Instruction::Note { text } => format!("{}{text}", self.note_word()),
        }
    }

    fn parse_nl<'x>(&self, i: &'x str) -> Res<'x, Instruction> {
        let (o, c) = self.quotes();
        if let Some(parsed) = self.unit_omitted(i, "", Form::Cap, ", vervalt") {
            return parsed;
        }
        if let Some(parsed) = self.unit_replaced(i, ("", Form::Cap, ", komt te luiden:", "")) {
            return parsed;
        }
        for (lead, before) in [("Na ", false), ("Voor ", true)] {
            let shape = (lead, Form::Plain, ", ", ", luidende:");
            if let Some(parsed) = self.unit_inserted(i, shape, before) {
                return parsed;
            }
        }
        if let Ok((r, (_, at, _, _))) = (
            tg("In "),
            |x| self.parse_address(x, Form::Plain),
            opt(tg(",")),
            tg(" "),
        )
            .parse(i)
        {
            if let Ok((r, _)) = tg("vervalt ").parse(r) {
                let (r, (text, _)) = quoted_then(r, o, c, end)?;
                return Ok((
                    r,
                    Instruction::Edit {
                        at,
                        edit: TextEdit::Omit { text },
                    },
                ));
            }
            let (r, _) = tg("wordt ").parse(r)?;
            if let Ok((r, _)) = tg("na ").parse(r) {
                let (r, (anchor, (_, (text, _)))) = quoted_then(r, o, c, |x| {
                    (tg(" ingevoegd "), |y| quoted_then(y, o, c, end)).parse(x)
                })?;
                return Ok((
                    r,
                    Instruction::Edit {
                        at,
                        edit: TextEdit::InsertAfter { anchor, text },
                    },
                ));
            }
            let (r, (old, (_, (new, _)))) = quoted_then(r, o, c, |x| {
                (tg(" vervangen door "), |y| quoted_then(y, o, c, end)).parse(x)
            })?;
            return Ok((
                r,
                Instruction::Edit {
                    at,
                    edit: TextEdit::Substitute { old, new },
                },
            ));
        }
        let replaced = alt((tg(" komt te luiden:"), tg(" komen te luiden:")));
        if let Ok((r, (section, _))) = (self.whole_section(Form::Cap), replaced).parse(i) {
            let (r, (quoted, marked)) = block(r, o, c, self.marker())?;
            let text = self.read_block(Some(section), quoted, marked);
            return Ok((r, Instruction::Replace { section, text }));
        }
        let omitted = alt((tg(" vervalt"), tg(" vervallen")));
        if let Ok((r, (s, _, _))) = (self.whole_section(Form::Cap), omitted, end).parse(i) {
            return Ok((r, Instruction::Omit { section: s }));
        }
        if let Ok(parsed) = self.sections_inserted(i, &NL_INSERTS) {
            return Ok(parsed);
        }
        if let Some(t) = i.strip_prefix(self.note_word()) {
            return Ok(("", Instruction::Note { text: t.into() }));
        }
        if let Ok((r, s)) = self.section(Form::Cap)(i)
            && let Ok((r, _)) = tg(" wordt vernummerd tot ").parse(r)
        {
            return self.renumbered_to(s, &self.sref(s, Form::Plain), r);
        }
        let (r, _) = tg("De ").parse(i)?;
        let (r, (first, last, sep)) =
            self.parse_run_head(r, nl_plural, " worden vernummerd tot ")?;
        let (r, _) = tg(" worden vernummerd tot ").parse(r)?;
        let (r, a) = Self::split_until(r, sep)?;
        let b = r.strip_suffix('.').ok_or_else(|| {
            nom::Err::Error(nom::error::Error::new(r, nom::error::ErrorKind::Verify))
        })?;
        Ok((
            "",
            Instruction::Renumber {
                first,
                last,
                new_first: a.into(),
                new_last: b.into(),
            },
        ))
    }

    /// Polish (Zasady techniki prawodawczej, § 85 ff.): `W art. 5 w ust. 1 wyrazy „dziesięciu
    /// lat” zastępuje się wyrazami „pięciu lat”.`, `W art. 5 uchyla się ust. 3.`, `W art. 5 po
    /// ust. 3 dodaje się ust. 3a w brzmieniu:`, `Art. 7 otrzymuje brzmienie:`.
    fn render_pl(&self, ins: &Instruction) -> String {
        match ins {
            Instruction::Edit { at, edit } => self.render_pl_edit(at, edit),
            Instruction::Omit { section } => {
                format!("Uchyla się {}.", self.whole_name(*section, Form::Plain).0)
            }
            Instruction::Replace { section, text } => format!(
                "{} otrzymuje brzmienie:\n{}",
                self.whole_name(*section, Form::Cap).0,
                self.show_block(Some(*section), text)
            ),
            Instruction::Insert { place, text, units } => {
                let what = pl_inserted(units);
                let head = match place {
                    Place::After(s) => {
                        format!(
                            "Po {} dodaje się {what} w brzmieniu:",
                            self.after_name(*s, Form::To)
                        )
                    }
                    Place::Before(s) => format!(
                        "Przed {} dodaje się {what} w brzmieniu:",
                        pl_instrumental(&self.sref(*s, Form::To))
                    ),
                    Place::Start => PL_START.into(),
                };
                format!(
                    "{head}\n{}",
                    self.show_block(Self::place_anchor(place), text)
                )
            }
            Instruction::Renumber {
                first,
                last,
                new_first,
                new_last,
            } => {
                let s = &self.view(*first);
                if first == last {
                    self.renumbered_alone(*first, " oznacza się jako ", new_first)
                } else {
                    let (a, b, sep) = self.run_numbers(*first, *last);
                    let plural = pl_plural(s);
                    format!(
                        "{} {a}{sep}{b} oznacza się jako {plural} {new_first}{sep}{new_last}.",
                        cap(&plural)
                    )
                }
            }
            Instruction::Note { text } => format!("{}{text}", self.note_word()),
        }
    }

    /// [`Wording::render_pl`] of a change inside a section.
    fn render_pl_edit(&self, at: &Address, edit: &TextEdit) -> String {
        let a = self.words_address(at, edit, Form::To);
        match edit {
            TextEdit::Substitute { old, new } => format!(
                "W {a} {} {} zastępuje się {} {}.",
                pl_words(old)[0],
                self.q(old),
                pl_words(new)[1],
                self.q(new)
            ),
            TextEdit::Omit { text } => {
                format!("W {a} skreśla się {} {}.", pl_words(text)[0], self.q(text))
            }
            TextEdit::InsertAfter { anchor, text } => format!(
                "W {a} po {} {} dodaje się {} {}.",
                pl_words(anchor)[2],
                self.q(anchor),
                pl_words(text)[0],
                self.q(text)
            ),
            TextEdit::RenumberUnits { units } => self.render_unit_run(at, units),
            TextEdit::NumberText { label, then } => self.render_numbered(at, label, then),
            TextEdit::OmitUnits { subs } => self.render_units_omitted(at, subs),
            TextEdit::OmitUnit => {
                let (parent, own) = self.pl_own(at);
                format!("{}uchyla się {own}.", self.pl_parent(&parent))
            }
            TextEdit::ReplaceUnit { text } => {
                let (parent, own) = self.pl_own(at);
                format!(
                    "{}{own} otrzymuje brzmienie:\n{}",
                    self.pl_parent(&parent),
                    self.show_block_after(&self.unit_space(at), text)
                )
            }
            TextEdit::InsertUnitAfter { text } | TextEdit::InsertUnitBefore { text } => {
                let (parent, own) = self.pl_own(at);
                let lead = match edit {
                    TextEdit::InsertUnitBefore { .. } => "przed",
                    _ => "po",
                };
                format!(
                    "{}{lead} {own} {} w brzmieniu:\n{}",
                    self.pl_parent(&parent),
                    self.inserted_words(at, text),
                    self.show_block_after(&self.unit_space(at), text)
                )
            }
        }
    }

    /// The unit above paragraph or item `at` (its section, for one right under it), and `at`
    /// named by its own noun and number (`ust. 3`).
    fn pl_own(&self, at: &Address) -> (Address, String) {
        let depth = at.path.len().saturating_sub(1);
        let parent = Address {
            section: at.section,
            path: at.path[..depth].to_vec(),
        };
        let Some(&k) = at.path.last() else {
            return (parent, String::new());
        };
        let sub = self.state.borrow().sub(self.doc, at.section, k);
        let noun = self.unit_noun(at, depth, &sub).one;
        (parent, format!("{noun} {}", sub.number()))
    }

    /// How a Polish sentence about the units inside `at` opens: `W art. 5 w ust. 1 `, or
    /// `Pod nagłówkiem „…” ` for a division cited by its heading (`W nagłówku` would put
    /// them in the heading's words).
    fn pl_parent(&self, at: &Address) -> String {
        if at.path.is_empty() && self.cited_by_heading(at.section) {
            let heading = pl_instrumental(&self.sref(at.section, Form::To));
            format!("Pod {heading} ")
        } else {
            format!("W {} ", self.address(at, Form::To))
        }
    }

    /// Reads the opening of [`Wording::pl_parent`]: the unit, and what follows.
    fn pl_parse_parent<'x>(&self, i: &'x str) -> Option<(Address, &'x str)> {
        if let Some(r) = i.strip_prefix("Pod ") {
            let (r, section) = self.pl_section_instrumental(r).ok()?;
            let at = Address {
                section,
                path: Vec::new(),
            };
            return Some((at, r.strip_prefix(' ')?));
        }
        let (r, at) = self.parse_address(i.strip_prefix("W ")?, Form::To).ok()?;
        Some((at, r.strip_prefix(' ')?))
    }

    /// The paragraph or item inside `parent` that `named` names (`ust. 3`, `pkt 2a`).
    fn pl_named_child(&self, parent: &Address, named: &str) -> Option<Address> {
        let (noun, n) = named.split_once(' ')?;
        if !PL_UNIT_NOUNS.contains(&noun) || n.contains(' ') {
            return None;
        }
        let (_, child) = self.members(parent, (n, n))?;
        let mut path = parent.path.clone();
        path.extend(child);
        Some(Address {
            section: parent.section,
            path,
        })
    }

    /// A section named in the instrumental (`rozdziałem 2`, `art. 5`, `nagłówkiem „…”`): read
    /// as its locative name with the noun put back.
    fn pl_section_instrumental<'x>(&self, i: &'x str) -> Res<'x, usize> {
        let word = i.split(' ').next().unwrap_or("");
        let Some(noun) = pl_declined().find(|n| n.ins == word) else {
            return self.section(Form::To)(i);
        };
        let locative = format!("{}{}", noun.loc, &i[word.len()..]);
        let Ok((rest, s)) = self.section(Form::To)(&locative) else {
            return fail(i);
        };
        let used = locative.len() - rest.len() - noun.loc.len() + word.len();
        Ok((&i[used..], s))
    }

    /// The Polish sentences about a paragraph or item inside `parent` (after its opening, see
    /// [`Wording::pl_parent`]): omitted, restated, inserted after or before it. `None` when
    /// `r` is none of them.
    fn pl_unit_sentence<'x>(&self, parent: &Address, r: &'x str) -> Option<Res<'x, Instruction>> {
        let line = &r[..r.find('\n').unwrap_or(r.len())];
        let rest = &r[line.len()..];
        let (o, c) = self.quotes();
        let with_block = |at: Address, edit: fn(String) -> TextEdit| {
            block(rest, o, c, self.marker()).map(|(r, (quoted, marked))| {
                let text = read_block_after(&self.unit_space(&at), quoted, marked);
                let edit = edit(text);
                (r, Instruction::Edit { at, edit })
            })
        };
        if let Some(named) = line.strip_prefix("uchyla się ") {
            let at = self.pl_named_child(parent, named.strip_suffix('.')?)?;
            let edit = TextEdit::OmitUnit;
            return (rest.is_empty()).then_some(Ok(("", Instruction::Edit { at, edit })));
        }
        if let Some(named) = line.strip_suffix(" otrzymuje brzmienie:") {
            let at = self.pl_named_child(parent, named)?;
            return Some(with_block(at, |text| TextEdit::ReplaceUnit { text }));
        }
        let (lead, inserted): (&str, fn(String) -> TextEdit) = if line.starts_with("po ") {
            ("po ", |text| TextEdit::InsertUnitAfter { text })
        } else {
            ("przed ", |text| TextEdit::InsertUnitBefore { text })
        };
        let (named, _) = line
            .strip_prefix(lead)?
            .strip_suffix(" w brzmieniu:")?
            .split_once(" dodaje się ")?;
        let at = self.pl_named_child(parent, named)?;
        Some(with_block(at, inserted))
    }

    fn parse_pl<'x>(&self, i: &'x str) -> Res<'x, Instruction> {
        let (o, c) = self.quotes();
        if let Some((at, r)) = self.pl_parse_parent(i) {
            if let Some(parsed) = self.pl_unit_sentence(&at, r) {
                return parsed;
            }
            let edit = |r, edit| {
                Ok((
                    r,
                    Instruction::Edit {
                        at: at.clone(),
                        edit,
                    },
                ))
            };
            if let Ok((r, _)) = (tg("skreśla się "), pl_words_noun(0)).parse(r) {
                let (r, (text, _)) = quoted_then(r, o, c, end)?;
                return edit(r, TextEdit::Omit { text });
            }
            if let Ok((r, _)) = (tg("po "), pl_words_noun(2)).parse(r) {
                let (r, (anchor, (_, (text, _)))) = quoted_then(r, o, c, |x| {
                    let words = (tg(" dodaje się "), pl_words_noun(0));
                    (words, |y| quoted_then(y, o, c, end)).parse(x)
                })?;
                return edit(r, TextEdit::InsertAfter { anchor, text });
            }
            let (r, _) = pl_words_noun(0)(r)?;
            let (r, (old, (_, (new, _)))) = quoted_then(r, o, c, |x| {
                let words = (tg(" zastępuje się "), pl_words_noun(1));
                (words, |y| quoted_then(y, o, c, end)).parse(x)
            })?;
            return edit(r, TextEdit::Substitute { old, new });
        }
        if let Ok((r, (_, s, _))) =
            (tg("Uchyla się "), self.whole_section(Form::Plain), end).parse(i)
        {
            return Ok((r, Instruction::Omit { section: s }));
        }
        if let Ok((r, (section, _))) =
            (self.whole_section(Form::Cap), tg(" otrzymuje brzmienie:")).parse(i)
        {
            let (r, (quoted, marked)) = block(r, o, c, self.marker())?;
            let text = self.read_block(Some(section), quoted, marked);
            return Ok((r, Instruction::Replace { section, text }));
        }
        if let Ok(parsed) = self.pl_sections_inserted(i) {
            return Ok(parsed);
        }
        if let Some(t) = i.strip_prefix(self.note_word()) {
            return Ok(("", Instruction::Note { text: t.into() }));
        }
        if let Ok((r, s)) = self.section(Form::Cap)(i)
            && let Ok((r, _)) = tg(" oznacza się jako ").parse(r)
        {
            return self.renumbered_to(s, &self.sref(s, Form::Plain), r);
        }
        let plural_cap = |s: &Section| cap(&pl_plural(s));
        let (r, (first, last, sep)) = self.parse_run_head(i, plural_cap, " oznacza się jako ")?;
        let (r, _) = tg(" oznacza się jako ").parse(r)?;
        let plural = pl_plural(&self.view(first));
        let Some(r) = r
            .strip_prefix(plural.as_str())
            .and_then(|r| r.strip_prefix(' '))
        else {
            return fail(r);
        };
        let (r, a) = Self::split_until(r, sep)?;
        let Some(b) = r.strip_suffix('.') else {
            return fail(r);
        };
        Ok((
            "",
            Instruction::Renumber {
                first,
                last,
                new_first: a.into(),
                new_last: b.into(),
            },
        ))
    }

    /// Sections inserted, in Polish: `Po art. 13 dodaje się art. 13a w brzmieniu:`, `Przed
    /// rozdziałem 1 dodaje się …`, or at the start, then the quoted block.
    fn pl_sections_inserted<'x>(&self, i: &'x str) -> Res<'x, Instruction> {
        let (r, place) = if let Ok((r, _)) = tg(PL_START).parse(i) {
            (r, Place::Start)
        } else if let Ok((r, _)) = tg("Po ").parse(i) {
            let (r, (s, _)) = (self.after_section(Form::To), tg(" dodaje się ")).parse(r)?;
            (Self::split_until(r, " w brzmieniu:")?.0, Place::After(s))
        } else {
            let (r, _) = tg("Przed ").parse(i)?;
            let (r, (s, _)) = (|x| self.pl_section_instrumental(x), tg(" dodaje się ")).parse(r)?;
            (Self::split_until(r, " w brzmieniu:")?.0, Place::Before(s))
        };
        let (o, c) = self.quotes();
        let (r, (quoted, marked)) = block(r, o, c, self.marker())?;
        let text = self.read_block(Self::place_anchor(&place), quoted, marked);
        Ok((
            r,
            Instruction::Insert {
                place,
                text,
                units: Vec::new(),
            },
        ))
    }
}

/// `wird der folgende § 14e`, `werden die folgenden §§ 14e bis 14g`, `wird Folgendes`
/// (Handbuch der Rechtsförmlichkeit, 4th edition).
fn de_inserted(units: &[Inserted]) -> String {
    let numbers: Vec<&str> = units.iter().filter_map(|u| u.number.as_deref()).collect();
    let same = |k: &str| {
        !units.is_empty()
            && numbers.len() == units.len()
            && units
                .iter()
                .all(|u| u.kind == HeadingKind::Article && u.keyword == k)
    };
    let list = |sep: &str| match numbers.as_slice() {
        [a, b] => format!("{a} und {b}"),
        [a, .., b] => format!("{a}{sep}{b}"),
        [a] => a.to_string(),
        [] => String::new(),
    };
    if same("§") {
        if units.len() == 1 {
            format!("wird der folgende § {}", numbers[0])
        } else {
            format!("werden die folgenden §§ {}", list(" bis "))
        }
    } else if same("Artikel") || same("Art.") {
        if units.len() == 1 {
            format!("wird der folgende Artikel {}", numbers[0])
        } else {
            format!("werden die folgenden Artikel {}", list(" bis "))
        }
    } else {
        "wird Folgendes".into()
    }
}

/// `il est inséré un article 14-1 ainsi rédigé :`, `sont insérés des articles … ainsi rédigés :`.
fn fr_inserted(units: &[Inserted]) -> String {
    let numbers: Vec<&str> = units.iter().filter_map(|u| u.number.as_deref()).collect();
    let articles = !units.is_empty()
        && numbers.len() == units.len()
        && units.iter().all(|u| {
            u.kind == HeadingKind::Article && matches!(u.keyword.as_str(), "Article" | "Art." | "")
        });
    match (articles, numbers.as_slice()) {
        (true, [a]) => format!("il est inséré un article {a} ainsi rédigé :"),
        (true, [a, b]) => format!("sont insérés des articles {a} et {b} ainsi rédigés :"),
        (true, [a, .., b]) => format!("sont insérés des articles {a} à {b} ainsi rédigés :"),
        _ => "sont insérées des dispositions ainsi rédigées :".into(),
    }
}

/// `wordt een artikel ingevoegd`, `worden twee artikelen ingevoegd`, `wordt ingevoegd`.
fn nl_inserted(units: &[Inserted]) -> String {
    let articles = !units.is_empty()
        && units
            .iter()
            .all(|u| u.kind == HeadingKind::Article && u.number.is_some());
    match units.len() {
        1 if articles => "wordt een artikel ingevoegd".into(),
        n if articles && n < NL_COUNTS.len() => {
            format!("worden {} artikelen ingevoegd", NL_COUNTS[n])
        }
        n if articles => format!("worden {n} artikelen ingevoegd"),
        _ => "wordt ingevoegd".into(),
    }
}

/// The Polish sentence that inserts at the start of the text.
const PL_START: &str = "Na początku dodaje się przepisy w brzmieniu:";

/// `art. 13a`, `art. 13a i 13b`, `art. 13a–13c` (or `§ …`), `przepisy` for anything else.
fn pl_inserted(units: &[Inserted]) -> String {
    let numbers: Vec<&str> = units.iter().filter_map(|u| u.number.as_deref()).collect();
    let all = |f: &dyn Fn(&Inserted) -> bool| {
        !units.is_empty() && numbers.len() == units.len() && units.iter().all(f)
    };
    let noun = if all(&|u| u.kind == HeadingKind::Article && u.keyword != "§") {
        "art."
    } else if all(&|u| u.keyword == "§") {
        "§"
    } else {
        return "przepisy".into();
    };
    match numbers.as_slice() {
        [a] => format!("{noun} {a}"),
        [a, b] => format!("{noun} {a} i {b}"),
        [a, .., b] => format!("{noun} {a}–{b}"),
        [] => "przepisy".into(),
    }
}

/// The text of instructions as a document: numbered, separated by empty lines, quotations
/// over several lines continued on indented lines.
pub fn render_document(
    old: &str,
    list: &Instructions,
    lang: Lang,
    unit: Option<&regex::Regex>,
) -> String {
    let doc = OldDoc::new(old, unit, lang);
    let w = Wording::new(&doc, lang);
    render_with(&w, list)
}

pub(crate) fn render_with(w: &Wording, list: &Instructions) -> String {
    if list.list.is_empty() {
        return format!("{}\n", w.none_word());
    }
    let indented = |text: &str| text.replace('\n', &format!("\n{INDENT}"));
    let mut out = String::new();
    let mut n = 0;
    let mut k = 0;
    // The next instruction's sentence, where a group worded it.
    let mut next = None;
    while let Some(ins) = list.list.get(k) {
        if !out.is_empty() {
            out.push('\n');
        }
        let sentence = next.take();
        if let Some(group) = w.group(&list.list[k..], sentence.clone()) {
            n += 1;
            out.push_str(&format!(
                "{}. {}\n",
                w.lang.label_of(n),
                indented(&group.text)
            ));
            k += group.len;
            next = group.next;
            continue;
        }
        let text = indented(&sentence.unwrap_or_else(|| w.render(ins)));
        // An instruction that cannot be carried out leaves the numbering as it was; the
        // generator emits none such.
        let _ = w.advance(ins);
        if matches!(ins, Instruction::Note { .. }) {
            out.push_str(&text);
        } else {
            n += 1;
            out.push_str(&format!("{}. {text}", w.lang.label_of(n)));
        }
        out.push('\n');
        k += 1;
    }
    out
}

/// A sentence of a document that could not be read, or not carried out on the sections as
/// they stand when it is reached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// Line of the document where the sentence starts, from 1.
    pub line: usize,
    /// Its number among the instructions, from 1 (notes not counted).
    pub number: usize,
    /// The sentence.
    pub text: String,
    /// Why, when the sentence reads but cannot be carried out at that point (it cites a
    /// number two sections bear, or renumbers sections that are not there).
    pub why: Option<String>,
}

/// Reads a document of instructions written in `lang` against the old text's structure.
pub fn parse_document(
    old: &str,
    text: &str,
    lang: Lang,
    unit: Option<&regex::Regex>,
) -> Result<Instructions, Unreadable> {
    let doc = OldDoc::new(old, unit, lang);
    let w = Wording::new(&doc, lang);
    parse_with(&w, text)
}

/// Each sentence is read against the sections as they stand when it is reached: after a
/// renumbering, `§ 4` names the section that now bears 4.
pub(crate) fn parse_with(w: &Wording, text: &str) -> Result<Instructions, Unreadable> {
    parse_numbered(w, text).map(|(list, _)| list)
}

/// [`parse_with`], and for each instruction the number it bears in the document (the items
/// of a group bear the group's).
pub(crate) fn parse_numbered(
    w: &Wording,
    text: &str,
) -> Result<(Instructions, Vec<usize>), Unreadable> {
    let mut read = Read::default();
    let mut current: Option<(usize, String)> = None;
    for (k, line) in text.split('\n').enumerate() {
        if let Some(rest) = line.strip_prefix(INDENT)
            && let Some((_, s)) = &mut current
        {
            s.push('\n');
            s.push_str(rest);
        } else {
            if let Some((at, s)) = current.take() {
                read.paragraph(w, at, &s)?;
            }
            if !line.is_empty() {
                current = Some((k + 1, line.to_string()));
            }
        }
    }
    if let Some((at, s)) = current.take() {
        read.paragraph(w, at, &s)?;
    }
    Ok((Instructions { list: read.list }, read.numbers))
}

/// The instructions of a document read so far.
#[derive(Default)]
struct Read {
    list: Vec<Instruction>,
    /// For each of `list`, its number in the document.
    numbers: Vec<usize>,
    /// How many numbered paragraphs were read.
    numbered: usize,
}

impl Read {
    /// Reads the paragraph `s` that starts on line `line`: an instruction, a note, or a
    /// group of instructions (see [`grouped`]).
    fn paragraph(&mut self, w: &Wording, line: usize, s: &str) -> Result<(), Unreadable> {
        if s == w.none_word() {
            return Ok(());
        }
        let number = self.numbered + 1;
        let fail = |line: usize, text: &str, why: Option<String>| Unreadable {
            line,
            number,
            text: text.to_string(),
            why,
        };
        let body = strip_number(w.lang, s);
        let (section, sentences) = match w.group_sentences(body, line) {
            None => (None, vec![(line, body.to_string())]),
            Some(Ok(group)) => (Some(group.section), group.sentences),
            Some(Err((at, text))) => return Err(fail(at, &text, None)),
        };
        // A sentence alone is quoted whole, with its number.
        let quoted = |sentence: &'_ str| match section {
            Some(_) => sentence.to_string(),
            None => s.to_string(),
        };
        for (at, sentence) in &sentences {
            let Some(i) = w.parse(sentence) else {
                let why = w.shared_cited(sentence).map(|n| {
                    format!("“{n}” names more than one section at this point; instructions are carried out in order, each citing the numbers in force when it is reached")
                });
                return Err(fail(*at, &quoted(sentence), why));
            };
            if let Some(s) = section
                && !matches!(&i, Instruction::Edit { at, .. } if at.section == s)
            {
                return Err(fail(
                    *at,
                    &quoted(sentence),
                    Some(
                        "an item of a group changes the section the group names, and no other"
                            .into(),
                    ),
                ));
            }
            w.advance(&i)
                .map_err(|e| fail(*at, &quoted(sentence), Some(e)))?;
            if !matches!(i, Instruction::Note { .. }) {
                self.numbered = number;
            }
            self.list.push(i);
            self.numbers.push(number);
        }
        Ok(())
    }
}

/// `12. In …` → `In …`; in Dutch `B. In …` and `AA. In …` too (see [`Lang::label_of`]).
fn strip_number(lang: Lang, s: &str) -> &str {
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let capitals = match (lang, s.as_bytes().first()) {
        (Lang::Nl, Some(&first)) if first.is_ascii_uppercase() => {
            s.len() - s.trim_start_matches(char::from(first)).len()
        }
        _ => 0,
    };
    let label = digits.max(capitals);
    if label > 0
        && let Some(r) = s[label..].strip_prefix(". ")
    {
        return r;
    }
    s
}

/// The runs of divisions that members sharing a name stand in (see [`Wording::tell_apart`]):
/// the divisions each stands in, outermost first, are named by keyword and number, and every
/// run of them from the outermost is a node of a trie, so that how many members stand in the
/// same run is looked up by number rather than by hashing the names again (a code amended by
/// thousands of instructions tells hundreds of `Chapitre unique` apart after each).
struct Runs {
    /// For each member, the node of each run of its divisions by length (0: none).
    paths: Vec<Vec<u32>>,
    /// For each node, how many members stand in its run.
    members: Vec<usize>,
}

impl Runs {
    fn of(placed: &Placed, chains: &[Vec<usize>]) -> Runs {
        let mut names: FxHashMap<(&str, &str), u32> = FxHashMap::default();
        let mut children: FxHashMap<(u32, u32), u32> = FxHashMap::default();
        let mut members = vec![0];
        let paths = chains
            .iter()
            .map(|chain| {
                let mut node = 0;
                members[0] += 1;
                let mut path = Vec::with_capacity(chain.len() + 1);
                path.push(0);
                for &p in chain {
                    let sec = placed.standing[p].1;
                    let next_name = names.len() as u32;
                    let key = (sec.keyword.as_str(), sec.number.as_deref().unwrap_or(""));
                    let name = *names.entry(key).or_insert(next_name);
                    let next_node = members.len() as u32;
                    node = *children.entry((node, name)).or_insert(next_node);
                    if node == next_node {
                        members.push(0);
                    }
                    members[node as usize] += 1;
                    path.push(node);
                }
                path
            })
            .collect();
        Runs { paths, members }
    }
}
