//! The table of legal styles: how the legal orders of Council of Europe member states and
//! common-law bills name and number their units. Data only: the grammar (`heading.rs`) reads
//! every style with one parser, and detection (`detect.rs`) picks the style that recognises
//! most of a text. Adding a language is adding a row (and a test), not code.

/// A level of the hierarchy of a legal text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// Book, part, title, chapter, division, schedule, annex.
    Division,
    /// Article, section, clause, `§`: the unit of alignment.
    Article,
}

/// How a style that writes its article keyword only after the number names an article
/// headed by its number alone (Latvia's Satversme, `###### 66. …`): `66. pants`, as its own
/// texts cite one; `None` where the style has a keyword before the number, or more than one
/// after it (the keyword is then no certainty: Hungarian `1. §`, and the Fundamental Law's
/// `1. cikk`).
pub fn article_after_number(style: &Style, number: &str) -> Option<(&'static str, String)> {
    if style
        .before
        .iter()
        .any(|(_, level)| *level == Level::Article)
    {
        return None;
    }
    let mut after = style.after.iter().filter(|(_, l)| *l == Level::Article);
    let (Some((keyword, _)), None) = (after.next(), after.next()) else {
        return None;
    };
    // Lithuanian writes no stop after the number (`1 straipsnis`).
    let stop = if *keyword == "straipsnis" { "" } else { "." };
    Some((keyword, [number, stop, " ", keyword].concat()))
}

/// The form of a paragraph or item marker at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Marker {
    /// `(1)`, `(2a)`.
    ParenNumber,
    /// `1.`, `2a.`.
    DotNumber,
    /// `1)`.
    NumberParen,
    /// `(a)`.
    ParenLetter,
    /// `a)`, `aa)`.
    LetterParen,
    /// `a.`.
    LetterDot,
    /// `(i)`, `(iv)`.
    ParenRoman,
    /// `I.`, `IV.` (upper case).
    RomanDot,
    /// `1°`, `2º`.
    Degree,
    /// `1 -`, `2 –` (Portuguese números as the Diário da República prints them).
    NumberDash,
    /// `Uno.`, `Veintisiete.`: a Spanish cardinal word and a full stop (the apartados of laws of
    /// the first years of the Constitution, and the numbered changes of an amending law's
    /// `Artículo único`).
    WordDot,
    /// `§ 2.` inside an article (Polish codes: `Art. 148. § 1.`), where `§` is no article.
    SectionSign,
    /// `2.I cittadini`: a number and a dot with the text right after them, no blank (Italian
    /// commi as Normattiva prints them).
    DotTight,
    /// `7.1.2` below a dotted article `7.1`.
    Dotted,
    /// `Stk. 2.` (Danish paragraphs, the stykker).
    Stk,
    /// `– 40 godina …`: an item led by a dash, numbered by its place in its list (the alineje
    /// of Croatian, Serbian and Slovenian law).
    Dash,
    /// `<sup>1</sup> Treffen …`, `¹ Treffen …`: a raised number opening a line (Swiss
    /// Absätze, alinéas and capoversi as Fedlex prints them).
    Raised,
    /// `1 Treffen …`: the same number flattened to a plain one, as a copy of a Fedlex text
    /// prints it (only where an article's bare numbers run `1`, `2`: `Scheme::flat_raised`).
    FlatRaised,
}

impl Style {
    /// Whether the style's texts write list markers tight, the text right after the dot
    /// (`2.In tutti …`, `a.Koelinstallaties …`): it lists [`Marker::DotTight`]. Letters so
    /// written are read in such texts only (`heading::OnlyIn::Tight`).
    pub fn writes_tight(&self) -> bool {
        self.markers.iter().any(|(m, _)| *m == Marker::DotTight)
    }
}

/// How a style cites the paragraphs of an article that carry no number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ByPlace {
    /// Not by their place (by ordinal words where the style has them).
    No,
    /// By their place among the article's unnumbered paragraphs, with the template of `(n)`
    /// paragraphs; a numbered item is part of the paragraph above it (Serbian `Član 388, stav
    /// 2, tačka 3)`, as the Službeni glasnik prints stavovi without numbers).
    AmongParagraphs,
    /// By their place among all the lines the article starts, numbered items included, with
    /// this template; a change in an item is cited by the item alone (French alinéas, counted
    /// as the circulaire of 20 October 2000 counts them: `Article 524, al. 5`, `Article 515-11,
    /// 3°`). Only in an article whose numbered units are all items (`1°`, `a)`, dashes).
    Alineas(&'static str),
}

/// One way a style addresses a paragraph or item: the marker and how it is cited after the
/// article (`{}` stands for the number without brackets: `, lid {}`, ` Abs. {}`, `({})`).
pub type Cite = (Marker, &'static str);

/// A legal style: one language or drafting tradition.
#[derive(Debug)]
pub struct Style {
    /// Short identifier (`de`, `nl`, `uk`).
    pub id: &'static str,
    /// Name shown to users.
    pub name: &'static str,
    /// Keywords written before the number (`Artikel 5`, `§ 176b`), with their level. Matched
    /// without regard to case; an entry ending in `.` or `§` needs no blank after it.
    pub before: &'static [(&'static str, Level)],
    /// Keywords written after the number (`1 §`, `1. člen`, `2 kap.`).
    pub after: &'static [(&'static str, Level)],
    /// Paragraph and item markers in order of depth, with how each is cited.
    pub markers: &'static [Cite],
    /// Abbreviations used when citing an article (`Section` → `s.`).
    pub abbreviations: &'static [(&'static str, &'static str)],
    /// Common words of the language, in lower case: they break ties between styles that
    /// share keywords (`Artikel` is Dutch, German and Danish).
    pub words: &'static [&'static str],
    /// Ordinal words from the first on, for citations that name a paragraph by its place
    /// (`{.}` in a template: Norwegian `første ledd`); empty where the number is cited.
    pub ordinals: &'static [&'static str],
    /// Whether and how unnumbered paragraphs are cited by their place (a style with
    /// [`Style::ordinals`] cites them so too, in words).
    pub paragraphs_by_place: ByPlace,
    /// Its article numbers end in a full stop (Austrian `§ 104a. (1) …`, where German writes
    /// `§ 104a`): of two styles that tie on keywords and words, the one whose form the texts'
    /// headings have is chosen.
    pub dotted_numbers: bool,
    /// Divisions that number their own paragraphs from 1 (common-law Schedules), by keyword
    /// as [`Style::before`] spells it: their paragraphs are cited by the division and `para.`
    /// (`Sch. 4 para. 7`), and a run of numbers starts again in each.
    pub schedules: &'static [&'static str],
    /// Sections are grouped under cross-headings: a short line of words standing apart right
    /// above a section (`Offences against the Person Act 1861 (c. 100)`) heads the section
    /// below, not the text of the one above, wherever it stands (UK and Irish Acts print
    /// them above some sections only).
    pub cross_headings: bool,
    /// Numbered points set in from the margin are points of the paragraph above them when
    /// their wrapped lines hang under their first word (the plain-text exports of Hungarian
    /// law print `               1.   bűnszervezet: …` so). Elsewhere a number deep in its line
    /// is no marker: German exports indent the lists under each sentence of an Absatz, which
    /// one `Nr.` could not tell apart.
    pub hanging_points: bool,
    /// How the markers of a point set under another point are cited (Hungarian `3. pont a)
    /// alpont`, `a) pont aa) alpont`, German `Buchst. b Doppelbuchst. aa`); empty where they
    /// are cited as any other. A style that lists the letter item here reads doubled letters
    /// (`aa)`, `bb)`) right under a letter as a list of their own, not as more letters.
    pub subpoints: &'static [Cite],
    /// How the sentences of a paragraph are told apart and cited, where a list is cited by the
    /// sentence that holds it when its paragraph has more than one (German `§ 68b Abs. 1 Satz 3
    /// Nr. 1`); `None` where a list is cited by its paragraph alone.
    pub sentences: Option<&'static Sentences>,
    /// Markdown quotations (`> Endret ved lov …`) are the editors' notes on an article, not
    /// its text: a change in one is cited `§ 3-2, note` (the Norwegian and Romanian official
    /// Markdown editions print their amendment notes so).
    pub blockquote_notes: bool,
    /// An article's first paragraph starts on its heading's line, after the number, and no
    /// title stands there (Swedish `3 c § Den som`, then the list of its first stycke): the
    /// heading line opens the first of the paragraphs cited by their place, however short.
    pub run_in_paragraph: bool,
    /// The genitives of the unit words of a citation, for a language that puts every unit
    /// but the last in the genitive (Finnish `2 luvun 3 §:n 2 momentin 1 kohta`, whose parts
    /// are `luku`, `§`, `momentti`, `kohta`): see [`inflect`].
    pub genitives: &'static [(&'static str, &'static str)],
}

use super::sentence::{self, Sentences};
use Level::{Article as A, Division as D};

/// The heading words of German and Austrian law (`§ 176b`, `Art. 5a`, `Abschnitt 2`), which the
/// two styles share; they differ in how they cite paragraphs and items.
const GERMAN_HEADINGS: &[(&str, Level)] = &[
    ("§", A),
    ("Artikel", A),
    ("Art.", A),
    ("Art", A),
    // The rules of a treaty's regulations (`Regel 1`: the Common Regulations under the
    // Hague Agreement, as Liechtenstein and Switzerland publish them).
    ("Regel", A),
    ("Buch", D),
    ("Teil", D),
    ("Titel", D),
    ("Kapitel", D),
    ("Abschnitt", D),
    ("Unterabschnitt", D),
    ("Untertitel", D),
    ("Unterkapitel", D),
    ("Hauptstück", D),
    ("Anlage", D),
    ("Anhang", D),
];

/// The Swedish ordinals from the first to the twentieth (`FÖRSTA AVDELNINGEN`, `tredje
/// stycket`).
const SWEDISH_ORDINALS: &[&str] = &[
    "första",
    "andra",
    "tredje",
    "fjärde",
    "femte",
    "sjätte",
    "sjunde",
    "åttonde",
    "nionde",
    "tionde",
    "elfte",
    "tolfte",
    "trettonde",
    "fjortonde",
    "femtonde",
    "sextonde",
    "sjuttonde",
    "artonde",
    "nittonde",
    "tjugonde",
];

/// German division keywords written after their number: Swiss and Liechtenstein acts number
/// their divisions `1. Titel: Allgemeine Bestimmungen`, `1. Kapitel: …`, `6. Abschnitt: …`,
/// the federal German laws of bundestag/gesetze `## 1. Abschnitt - Allgemeine Vorschriften`,
/// `### 2. Unterabschnitt - …`.
const GERMAN_AFTER: &[(&str, Level)] = &[
    ("Teil", D),
    ("Titel", D),
    ("Kapitel", D),
    ("Abschnitt", D),
    ("Unterabschnitt", D),
];

/// Of [`GERMAN_AFTER`], the words that open list entries too (`2.  Titel II van het derde Boek
/// is van overeenkomstige toepassing` in a Dutch lid): a heading only where a colon, a dash or
/// the line's end follows them (`6. Abschnitt: …`, `1. Abschnitt - …`).
pub const SET_APART_AFTER: &[&str] = &["Teil", "Titel", "Abschnitt", "Unterabschnitt"];
use Marker::*;

/// Citation forms of common-law drafting: `s. 2(1)(a)(i)`.
const BRACKETS: &[Cite] = &[
    (ParenNumber, "({})"),
    (DotNumber, "({})"),
    (ParenLetter, "({})"),
    (LetterDot, "({})"),
    (LetterParen, "({})"),
    (ParenRoman, "({})"),
    (Degree, "({}°)"),
    (Dotted, " {}"),
];

/// [`BRACKETS`] as English texts use them, with numbers written tight (`1.The Members agree
/// …`, `1.2.Cargo ships shall …`: the English treaties of the Dutch treaty database, as its
/// BWB export prints them, read like the Dutch texts beside them).
const ENGLISH: &[Cite] = &[
    (ParenNumber, "({})"),
    (DotNumber, "({})"),
    (DotTight, "({})"),
    (ParenLetter, "({})"),
    (LetterDot, "({})"),
    (LetterParen, "({})"),
    (ParenRoman, "({})"),
    (Degree, "({}°)"),
    (Dotted, " {}"),
];

/// Citation forms of continental drafting without a style of its own: `Article 5, 1, a`.
const COMMAS: &[Cite] = &[
    (RomanDot, ", {}"),
    (DotNumber, ", {}"),
    (ParenNumber, ", ({})"),
    (NumberParen, ", {})"),
    (LetterParen, ", {})"),
    (LetterDot, ", {}."),
    (ParenLetter, ", ({})"),
    (Degree, ", {}°"),
    (ParenRoman, ", ({})"),
    (Dotted, ", {}"),
];

const DIVISIONS_EN: &[(&str, Level)] = &[
    ("Book", D),
    ("Part", D),
    ("Title", D),
    ("Chapter", D),
    ("Subchapter", D),
    ("Division", D),
    ("Subdivision", D),
    ("Schedule", D),
    ("Annex", D),
    ("Appendix", D),
];

/// Keywords of units numbered by their place, renumbered as others come and go: a bill's
/// clauses, renumbered at each print. Other keyword units (`Article`, `§`, `Section` of an
/// Act) keep their numbers.
pub const POSITIONAL: &[&str] = &["Clause"];

/// Polish acts as the Sejm's ISAP prints them: articles `Art. 148.`, their paragraphs `§ 1.` in
/// codes and `1.` (ustępy) elsewhere, points `1)` and letters `a)` (the `pl` row of [`STYLES`]).
const POLISH: Style = Style {
    id: "pl",
    name: "Polish (Art., Artykuł)",
    before: &[
        ("Artykuł", A),
        ("Art.", A),
        ("Księga", D),
        ("Część", D),
        ("Tytuł", D),
        ("Dział", D),
        ("Rozdział", D),
        ("Oddział", D),
        ("Załącznik", D),
    ],
    after: &[],
    markers: &[
        (SectionSign, " § {}"),
        (ParenNumber, " ust. {}"),
        (DotNumber, " ust. {}"),
        (NumberParen, " pkt {}"),
        (LetterParen, " lit. {}"),
    ],
    abbreviations: &[],
    // `w`, `przez` and the abbreviations `ust.` and `pkt` tell Polish from Portuguese, whose
    // `do` Polish also writes (`do spraw`).
    words: &[
        "się", "lub", "nie", "jest", "albo", "oraz", "w", "przez", "ust", "pkt",
    ],
    ordinals: &[],
    paragraphs_by_place: ByPlace::No,
    dotted_numbers: false,
    schedules: &[],
    cross_headings: false,
    hanging_points: false,
    subpoints: &[],
    sentences: None,
    blockquote_notes: false,
    run_in_paragraph: false,
    genitives: &[],
};

/// Polish regulations (rozporządzenia) and other acts below a statute, divided into paragraphs
/// `§ 1.` where statutes have articles, each of ustępy `1.`, points `1)` and letters `a)`, cited
/// `§ 2 ust. 1 pkt 6 lit. c` (the `pl-par` row of [`STYLES`]). Where Polish texts have articles,
/// their `§` are the articles' paragraphs and [`POLISH`] reads them (see `detect::best_style`).
const POLISH_REGULATIONS: Style = Style {
    id: "pl-par",
    name: "Polish (§, ust., pkt)",
    before: &[
        ("§", A),
        ("Rozdział", D),
        ("Oddział", D),
        ("Dział", D),
        ("Załącznik", D),
    ],
    markers: &[
        (ParenNumber, " ust. {}"),
        (DotNumber, " ust. {}"),
        (NumberParen, " pkt {}"),
        (LetterParen, " lit. {}"),
    ],
    ..POLISH
};

/// German and Austrian texts that number articles `§ 1` or `Art. 1` (the `de` row of [`STYLES`]).
const GERMAN: Style = Style {
    id: "de",
    name: "German/Austrian (§, Art.)",
    before: GERMAN_HEADINGS,
    after: GERMAN_AFTER,
    markers: &[
        (ParenNumber, " Abs. {}"),
        // Swiss: `Art. 13 Abs. 2 lit. b`.
        (Raised, " Abs. {}"),
        (FlatRaised, " Abs. {}"),
        (DotNumber, " Nr. {}"),
        (LetterParen, " Buchst. {}"),
        (ParenLetter, " lit. {}"),
        // Swiss letters `a.`, cited `Art. 23 Abs. 4 Bst. c` (the Federal Chancellery's
        // Gesetzestechnische Richtlinien, Rz. 98).
        (LetterDot, " Bst. {}"),
    ],
    abbreviations: &[],
    // Not `des`, as common in French: a Belgian law's `§ 2.` paragraphs, outnumbering its
    // `Article 7.` headings, made it Austrian where its `des` counted as German.
    words: &[
        "der", "die", "und", "wird", "oder", "das", "ist", "nicht", "für",
    ],
    ordinals: &[],
    paragraphs_by_place: ByPlace::No,
    dotted_numbers: false,
    schedules: &[],
    cross_headings: false,
    hanging_points: false,
    // `§ 10 Abs. 1 Nr. 2 Buchst. b Doppelbuchst. aa` (the doubled letters under a letter).
    subpoints: &[(LetterParen, " Doppelbuchst. {}")],
    sentences: Some(&sentence::GERMAN),
    blockquote_notes: false,
    run_in_paragraph: false,
    genitives: &[],
};

/// French texts: France's codes (`Article L. 227-22-1`), Belgian and Luxembourg ones (the
/// `fr` row of [`STYLES`]).
const FRENCH: Style = Style {
    id: "fr",
    name: "French (Article, Article L.)",
    before: &[
        ("Article", A),
        ("Art.", A),
        // Some of legilux's texts write the abbreviation without its dot (`### Art 2.`, a
        // hundred of Luxembourg's règlements grand-ducaux): only German had it, and they were
        // read as Austrian law.
        ("Art", A),
        ("Livre", D),
        ("Partie", D),
        ("Titre", D),
        ("Chapitre", D),
        ("Section", D),
        ("Sous-section", D),
        ("Paragraphe", D),
        ("Annexe", D),
    ],
    after: &[],
    markers: &[
        // Belgian and Luxembourg codes: `Art. 10. § 1er. …`, `§ 2. …`.
        (SectionSign, ", § {}"),
        // Swiss: `art. 13, al. 2`.
        (Raised, ", al. {}"),
        (FlatRaised, ", al. {}"),
        (RomanDot, ", {}"),
        (DotNumber, ", {}"),
        (Degree, ", {}°"),
        (LetterParen, ", {})"),
        (ParenNumber, ", ({})"),
    ],
    abbreviations: &[],
    words: &["le", "la", "les", "des", "est", "du"],
    ordinals: &[],
    paragraphs_by_place: ByPlace::Alineas(", al. {}"),
    dotted_numbers: false,
    schedules: &[],
    cross_headings: false,
    hanging_points: false,
    subpoints: &[],
    sentences: None,
    blockquote_notes: false,
    run_in_paragraph: false,
    genitives: &[],
};

/// Swiss federal texts in French: as [`FRENCH`], but a list's letters `a.` are cited `let.`
/// and its numbers, the chiffres, `ch.`, separated by commas (`art. 41, al. 1, let. c`; `al. 2,
/// let. c, ch. 3`: the Federal Chancellery's Directives sur la technique législative, ch. 98),
/// the chiffres under the letters (ch. 83) unless the texts nest them the other way (see
/// `detect::swiss`). Picked in French's place as [`SWISS_GERMAN`] is.
pub static SWISS_FRENCH: Style = Style {
    id: "fr-ch",
    name: "Swiss French (art., al., let., ch.)",
    markers: &[
        (SectionSign, ", § {}"),
        (Raised, ", al. {}"),
        (FlatRaised, ", al. {}"),
        (RomanDot, ", {}"),
        (LetterDot, ", let. {}"),
        (DotNumber, ", ch. {}"),
        (Degree, ", {}°"),
        (LetterParen, ", {})"),
        (ParenNumber, ", ({})"),
    ],
    ..FRENCH
};

/// Luxembourg's texts (legilux): as [`FRENCH`], but cited as Luxembourg's laws cite their own
/// units, in full: an article's paragraphs `(2)` are `paragraphe 2`, its points `1.` and `6°`
/// are `point 1` and `point 6°`, its letters `a)` are `point a)` and, under a point, `lettre
/// a)`, its unnumbered paragraphs `alinéa 2` (`l’article 7, paragraphe 4`, `paragraphe 2,
/// point 6°`, `article 16, point 8`, `article 3, point d)`, `point 1°, lettre a)`,
/// `paragraphe 3, alinéa 2`, as the amending laws of the legilux collection write them). The
/// markers stand in [`FRENCH`]'s order, so that the texts' units nest alike. Not a row of
/// [`STYLES`]: detection picks it in French's place where the texts number their paragraphs
/// `(1)` under articles headed `Art.` (see `detect::luxembourg`).
pub static LUXEMBOURG_FRENCH: Style = Style {
    id: "fr-lu",
    name: "Luxembourg French (Art., paragraphe, point)",
    markers: &[
        (SectionSign, ", § {}"),
        (Raised, ", alinéa {}"),
        (FlatRaised, ", alinéa {}"),
        (RomanDot, ", point {}"),
        (DotNumber, ", point {}"),
        (Degree, ", point {}°"),
        (LetterParen, ", point {})"),
        (ParenNumber, ", paragraphe {}"),
    ],
    paragraphs_by_place: ByPlace::Alineas(", alinéa {}"),
    // A letter under a point is its `lettre` (see `tree::subpoint_template`).
    subpoints: &[
        (DotNumber, ", point {}"),
        (Degree, ", point {}°"),
        (LetterParen, ", lettre {})"),
    ],
    ..FRENCH
};

/// Swiss federal texts in German (Fedlex: raised Absätze, letters `a.`): as [`GERMAN`], but a
/// list's numbers are Ziffern, cited `Ziff.` (`Art. 23 Abs. 4 Bst. c Ziff. 3`: the Federal
/// Chancellery's Gesetzestechnische Richtlinien, Rz. 98; `Art. 72 Ziff. 2 Abs. 1` in BGE 75 IV
/// 55), and its letters hold its Ziffern (Rz. 83) unless the texts nest them the other way, as
/// the treaties of the Systematic Compilation and older acts do (`Art. 6 Ziff. 1 Bst. a` of the
/// European Convention on Extradition: `Buchstabe a dieser Ziffer`). Not a row of [`STYLES`]:
/// its headings are German's, and detection picks it in German's place where the texts write
/// their units as Fedlex does (see `detect::swiss`).
pub static SWISS_GERMAN: Style = Style {
    id: "de-ch",
    name: "Swiss German (Art., Abs., Bst., Ziff.)",
    markers: &[
        (ParenNumber, " Abs. {}"),
        (Raised, " Abs. {}"),
        (FlatRaised, " Abs. {}"),
        (LetterDot, " Bst. {}"),
        (DotNumber, " Ziff. {}"),
        (LetterParen, " Buchst. {}"),
        (ParenLetter, " lit. {}"),
    ],
    ..GERMAN
};

/// Italian texts: Italy's codes and laws as Normattiva prints them (the `it` row of [`STYLES`]).
const ITALIAN: Style = Style {
    id: "it",
    name: "Italian (Articolo)",
    before: &[
        ("Articolo", A),
        ("Art.", A),
        ("Libro", D),
        ("Parte", D),
        ("Titolo", D),
        ("Capo", D),
        ("Sezione", D),
        ("Allegato", D),
    ],
    after: &[],
    markers: &[
        // Swiss: `art. 13 cpv. 2`.
        (Raised, " cpv. {}"),
        (FlatRaised, " cpv. {}"),
        (DotNumber, ", comma {}"),
        (DotTight, ", comma {}"),
        (LetterParen, ", lettera {})"),
        (ParenNumber, ", comma {}"),
    ],
    abbreviations: &[],
    // Normattiva writes `e'` for `è`: words of its own besides (`degli`, `delle`, `dal`).
    // `di`, `dei`, `gli`, `nel` are Italian's alone; `per` is Catalan's too, and without it a
    // short Italian law (`… per l'elezione al Parlamento europeo, per le elezioni …`), its
    // `la` and `per` Catalan words, read as Catalan and lost its commi `1.La presente legge`.
    words: &[
        "il", "della", "che", "è", "sono", "del", "degli", "delle", "dal", "nella", "di", "dei",
        "gli", "nel", "per",
    ],
    ordinals: &[],
    // The Constitution and most codes leave their commi unnumbered: `art. 57, comma 2`.
    paragraphs_by_place: ByPlace::AmongParagraphs,
    dotted_numbers: false,
    schedules: &[],
    cross_headings: false,
    hanging_points: false,
    subpoints: &[],
    sentences: None,
    blockquote_notes: false,
    run_in_paragraph: false,
    genitives: &[],
};

/// Swiss federal texts in Italian: as [`ITALIAN`], but capoversi are cited `cpv.`, a list's
/// letters `a.` `lett.` and its numbers `n.`, with no commas between them (`art. 23 cpv. 4 lett.
/// c–e`: the Federal Chancellery's Direttive di tecnica legislativa, n. marg. 98; the
/// Raccolta's notes write `Abrogato dal n. I` where the German reads `Ziff. I`), the numbers
/// under the letters (n. marg. 83) unless the texts nest them the other way (see
/// `detect::swiss`). Picked in Italian's place as [`SWISS_GERMAN`] is.
pub static SWISS_ITALIAN: Style = Style {
    id: "it-ch",
    name: "Swiss Italian (art., cpv., lett., n.)",
    markers: &[
        (ParenNumber, " cpv. {}"),
        (Raised, " cpv. {}"),
        (FlatRaised, " cpv. {}"),
        (LetterDot, " lett. {}"),
        (DotNumber, " n. {}"),
        (LetterParen, " lett. {}"),
    ],
    ..ITALIAN
};

/// The styles, most specific first (ties in detection go to the earlier row).
pub static STYLES: &[Style] = &[
    Style {
        id: "en",
        name: "English (Article, Section, Clause)",
        before: &[
            ("Article", A),
            ("Art.", A),
            ("Section", A),
            ("Sec.", A),
            ("Clause", A),
            ("Regulation", A),
            ("Rule", A),
            ("Book", D),
            ("Part", D),
            ("Title", D),
            ("Chapter", D),
            ("Subchapter", D),
            ("Division", D),
            ("Subdivision", D),
            ("Schedule", D),
            ("Annex", D),
            ("Appendix", D),
        ],
        after: &[],
        markers: ENGLISH,
        abbreviations: &[
            ("Section", "s."),
            ("Clause", "cl."),
            ("Regulation", "reg."),
            ("Schedule", "Sch."),
        ],
        words: &["the", "of", "and", "shall", "to", "or"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &["Schedule"],
        cross_headings: true,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    FRENCH,
    GERMAN,
    Style {
        id: "at",
        name: "Austrian (§ 1., Abs., Z, lit.)",
        before: GERMAN_HEADINGS,
        after: GERMAN_AFTER,
        // Cited as the RIS and Austrian drafters do: `§ 106 Abs. 1 Z 2 lit. a`.
        markers: &[
            (ParenNumber, " Abs. {}"),
            (DotNumber, " Z {}"),
            (LetterParen, " lit. {}"),
            (ParenLetter, " lit. {}"),
            (LetterDot, " lit. {}"),
        ],
        abbreviations: &[],
        // German's, and `lit`, which Austrian texts cite by and German ones do not.
        words: &[
            "der", "die", "und", "wird", "oder", "das", "ist", "nicht", "für", "lit",
        ],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: true,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "nl",
        name: "Dutch (Artikel, lid)",
        before: &[
            ("Artikel", A),
            ("Art.", A),
            ("Boek", D),
            ("Deel", D),
            ("Titel", D),
            ("Hoofdstuk", D),
            ("Afdeling", D),
            // The spelling before 1947, kept by the Wetboek van Strafvordering of 1921 in its
            // consolidations (`Eerste  afdeeling`).
            ("Afdeeling", D),
            ("Paragraaf", D),
            ("Bijlage", D),
        ],
        after: &[],
        markers: &[
            (DotNumber, ", lid {}"),
            // The BWB export writes many lists tight (`1.De ambtenaar …`, `a.Koelinstallaties
            // …`): the same paragraphs and letters.
            (DotTight, ", lid {}"),
            (ParenNumber, ", lid {}"),
            (LetterDot, ", onder {}"),
            (LetterParen, ", onder {}"),
            (Degree, ", onder {}°"),
        ],
        abbreviations: &[],
        // Not `de`, the commonest word of French, Spanish, Catalan and Portuguese as well: a
        // short Luxembourg règlement tied on its `Art.` headings was Dutch by it.
        words: &["het", "van", "een", "wordt", "en", "zijn"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    ITALIAN,
    // Andorra's laws (Butlletí Oficial del Principat d'Andorra): `article 5, apartat 2,
    // lletra a)`.
    Style {
        id: "ca",
        name: "Catalan (Article)",
        before: &[
            ("Article", A),
            ("Art.", A),
            ("Llibre", D),
            ("Part", D),
            ("Títol", D),
            ("Capítol", D),
            ("Secció", D),
            ("Annex", D),
            // As in Spanish: `Disposició final primera` ([`WORDED_ARTICLES`]).
            ("Disposició addicional", A),
            ("Disposició transitòria", A),
            ("Disposició derogatòria", A),
            ("Disposició final", A),
            // A group of provisions numbered by ordinal words alone ([`PROVISION_GROUPS`]).
            ("Disposicions", D),
        ],
        after: &[],
        markers: &[(DotNumber, ", apartat {}"), (LetterParen, ", lletra {})")],
        abbreviations: &[],
        // `la` and `les` are as common in Catalan as in French, whose row counts them: without
        // them here, Andorran decrees in Catalan were French by the count of those two.
        words: &[
            "els", "amb", "dels", "aquest", "aquesta", "és", "la", "les", "per",
        ],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "es",
        name: "Spanish (Artículo)",
        before: &[
            ("Artículo", A),
            ("Art.", A),
            // The provisions after the articles, numbered by ordinal words
            // ([`WORDED_ARTICLES`]): `Disposición adicional primera`, `Disposición final
            // única`, as the BOE prints them.
            ("Disposición adicional", A),
            ("Disposición transitoria", A),
            ("Disposición derogatoria", A),
            ("Disposición final", A),
            // A group of provisions numbered by ordinal words alone ([`PROVISION_GROUPS`]).
            ("Disposiciones", D),
            ("Libro", D),
            ("Parte", D),
            ("Título", D),
            ("Capítulo", D),
            ("Sección", D),
            ("Anexo", D),
        ],
        after: &[],
        markers: &[
            (WordDot, ", apartado {}"),
            (DotNumber, ", apartado {}"),
            (LetterParen, ", letra {})"),
            (Degree, ", {}.º"),
        ],
        abbreviations: &[],
        words: &["el", "los", "del", "que", "las", "será"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "pt",
        name: "Portuguese (Artigo)",
        before: &[
            ("Artigo", A),
            ("Art.", A),
            ("Livro", D),
            ("Parte", D),
            ("Título", D),
            ("Capítulo", D),
            ("Secção", D),
            ("Seção", D),
            ("Anexo", D),
        ],
        after: &[],
        markers: &[
            (DotNumber, ", n.º {}"),
            (NumberDash, ", n.º {}"),
            (SectionSign, ", § {}"),
            (LetterParen, ", alínea {})"),
            (ParenNumber, ", n.º {}"),
        ],
        abbreviations: &[],
        words: &["os", "da", "do", "que", "ou", "são"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "nordic",
        name: "Nordic (1 §, § 1, Artikel)",
        before: &[
            ("§", A),
            ("Artikel", A),
            ("Artikkel", A),
            ("Artikla", A),
            ("Kapitel", D),
            ("Kapittel", D),
            ("Del", D),
            ("Avsnitt", D),
            ("Afsnit", D),
            // Swedish parts: `FÖRSTA AVDELNINGEN` (Brottsbalken), `Avdelning I Fartyg`.
            ("Avdelningen", D),
            ("Avdelning", D),
            ("Bilaga", D),
            ("Bilag", D),
        ],
        after: &[
            ("§", A),
            ("gr.", A),
            ("kap.", D),
            ("kapitel", D),
            ("kapittel", D),
            ("luku", D),
            ("osa", D),
        ],
        markers: &[
            (Stk, ", stk. {}"),
            (ParenNumber, ", stk. {}"),
            (DotNumber, ", {}"),
            (NumberParen, ", nr. {}"),
            (LetterParen, " {})"),
        ],
        abbreviations: &[],
        // Danish, and the words Swedish and Norwegian share with it (Swedish and Finnish texts
        // go to their own rows by their own words).
        words: &["som", "eller", "og", "af", "til"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "no",
        name: "Norwegian (§ 1, ledd, bokstav)",
        before: &[
            ("§", A),
            ("Artikkel", A),
            // Treaties as lovdata prints them (`Art I.`, `Art. 3`).
            ("Art.", A),
            ("Art", A),
            ("Kapittel", D),
            // Before the spelling reforms: `Kapitel I.`, `Første avdeling.` (vekselloven 1932).
            ("Kapitel", D),
            ("Avdeling", D),
            // `Kap 1. Lovens virkekrets mv.` (straffeprosessloven, as lovdata prints it).
            ("Kap", D),
            ("Kap.", D),
            ("Del", D),
            ("Avsnitt", D),
            ("Bilag", D),
            ("Vedlegg", D),
        ],
        // Laws from before the spelling reforms number their chapters `1ste Kapitel.`, `2det
        // kapitel.` (domstolloven 1915, militær straffelov 1902, as lovdata prints them).
        after: &[("kapittel", D), ("kapitel", D), ("Kapitel", D)],
        // Cited as lovdata and the courts do: `§ 257 første ledd bokstav c`, `§ 5 annet ledd
        // nr. 2`; a ledd is named by its place whether it is printed `(1)` or not.
        markers: &[
            (ParenNumber, " {.} ledd"),
            (DotNumber, " nr. {}"),
            (NumberParen, " nr. {}"),
            (LetterParen, " bokstav {}"),
            (LetterDot, " bokstav {}"),
        ],
        abbreviations: &[],
        // The Nordic row's words that Norwegian shares (`og`, `til`, `som`, `eller`), so that
        // they cancel out, and words no Danish text uses (`av`, not `af`; `etter`, `gjelder`,
        // `annen`, `uten`…). Swedish `av`, `som`, `eller` are outweighed by the Swedish row's
        // own words (`och`, `att`, `för`, `inte`).
        // And the words of lovdata's notes under a section (`Endret ved lover 18 des 1970 …`,
        // whose `des`, December, the German and French rows count as theirs).
        words: &[
            "og", "til", "som", "eller", "av", "etter", "gjelder", "noen", "annen", "annet",
            "slik", "enn", "dersom", "fengsel", "uten", "mellom", "endret", "opphevet", "tilføyd",
        ],
        ordinals: &[
            "første", "annet", "tredje", "fjerde", "femte", "sjette", "sjuende", "åttende",
            "niende", "tiende", "ellevte", "tolvte",
        ],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: true,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "sv",
        name: "Swedish (1 §, stycke, punkt)",
        before: &[
            ("§", A),
            ("Artikel", A),
            // Treaties as the Riksdag prints them in the acts that bring them into force
            // (`Art. 1.`, `Art 8.`, SFS 1929:404).
            ("Art.", A),
            ("Art", A),
            ("Kapitel", D),
            ("Avdelningen", D),
            ("Avdelning", D),
            ("Avsnitt", D),
            ("Bilaga", D),
        ],
        after: &[("§", A), ("kap.", D), ("kapitel", D)],
        // Cited as the Riksdag's acts and the courts cite: `12 kap. 45 § första stycket 1`,
        // and `10 § 8` in a section of one stycke. Stycken are not numbered; they are named by
        // their place (see `run_in_paragraph`).
        markers: &[
            (ParenNumber, " {.} stycket"),
            (DotNumber, " {}"),
            (NumberParen, " {}"),
            (LetterParen, " {})"),
        ],
        abbreviations: &[],
        words: &[
            "och", "att", "som", "eller", "till", "för", "inte", "av", "ska", "skall", "döms",
            "enligt", "denna", "får",
        ],
        // Stycken by their place up to the twelfth, as the Norwegian row's ledd.
        ordinals: SWEDISH_ORDINALS.split_at(12).0,
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: true,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: true,
        genitives: &[],
    },
    Style {
        id: "fi",
        name: "Finnish (1 §, momentti, kohta)",
        before: &[("§", A), ("Artikla", A), ("Liite", D)],
        after: &[("§", A), ("luku", D), ("osa", D)],
        // Cited as Finnish acts cite themselves (`muutetaan 4 §:n 2 momentin 1 kohta`, `2
        // luvun 3 §`): a momentti by its place whether numbered or not, each unit but the last
        // in the genitive (see `genitives`).
        markers: &[
            (ParenNumber, " {} momentti"),
            (NumberParen, " {} kohta"),
            (LetterParen, " {} alakohta"),
        ],
        abbreviations: &[],
        // Finnish only: `ja`, which Estonian shares, and words no Estonian text uses; among
        // them the words of a short decree's enacting and final clauses (`säädetään … nojalla`,
        // `Tämä asetus tulee voimaan … päivänä`), which a two-section decree may have alone.
        words: &[
            "ja",
            "tai",
            "sekä",
            "jos",
            "joka",
            "tässä",
            "tämän",
            "mukaan",
            "lain",
            "tämä",
            "asetus",
            "säädetään",
            "nojalla",
            "tulee",
            "voimaan",
            "päivänä",
            "että",
            "ovat",
        ],
        ordinals: &[],
        paragraphs_by_place: ByPlace::AmongParagraphs,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[
            ("luku", "luvun"),
            ("osa", "osan"),
            // An annex (`### Liite`) whose sections number anew: `liitteen 1 §`.
            ("Liite", "liitteen"),
            ("liite", "liitteen"),
            ("§", "§:n"),
            ("momentti", "momentin"),
            ("kohta", "kohdan"),
            ("alakohta", "alakohdan"),
        ],
    },
    Style {
        id: "et",
        name: "Estonian (§ 1, lg, p)",
        before: &[("§", A)],
        after: &[
            ("osa", D),
            ("peatükk", D),
            ("jagu", D),
            ("jaotis", D),
            ("alljaotis", D),
        ],
        markers: &[(ParenNumber, " lg {}"), (NumberParen, " p {}")],
        abbreviations: &[],
        // `ja` too, which Finnish shares, and the words of Estonian legal drafting (`seaduse`,
        // `sätestatud`, `alusel`): an Estonian regulation's `§ 1.` headings tie the Nordic
        // row's, and `ja`, its commonest word, took it there (cited `§ 1, stk. 1, nr. 7`).
        words: &[
            "või",
            "ning",
            "kui",
            "eest",
            "kes",
            "mis",
            "ja",
            "seaduse",
            "sätestatud",
            "alusel",
        ],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "lt",
        name: "Lithuanian (1 straipsnis, dalis)",
        before: &[],
        after: &[
            ("straipsnis", A),
            ("knyga", D),
            ("dalis", D),
            ("skyrius", D),
            ("skirsnis", D),
            ("poskyris", D),
            ("priedas", D),
        ],
        // `47 straipsnis, 2 dalis, 1 punktas`: the national form puts the article and part in
        // the genitive (`47 straipsnio 2 dalies 1 punktas`).
        markers: &[(DotNumber, ", {} dalis"), (NumberParen, ", {} punktas")],
        abbreviations: &[],
        words: &["ir", "arba", "kad", "yra", "kuris", "jeigu"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "lv",
        name: "Latvian (1. pants)",
        before: &[],
        after: &[
            ("pants", A),
            ("daļa", D),
            ("nodaļa", D),
            ("apakšnodaļa", D),
            ("sadaļa", D),
            ("pielikums", D),
        ],
        // `62. pants, (1), 2)`: the national form names the paragraph and item by ordinal
        // words (`62. panta pirmās daļas 2. punkts`).
        markers: &[(ParenNumber, ", ({})"), (NumberParen, ", {})")],
        abbreviations: &[],
        words: &["un", "vai", "kas", "ar", "par", "tiek"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    POLISH,
    POLISH_REGULATIONS,
    Style {
        id: "cs",
        name: "Czech (§, Článek, odst.)",
        before: &[
            ("§", A),
            ("Článek", A),
            ("Čl.", A),
            ("Část", D),
            ("Hlava", D),
            ("Díl", D),
            ("Oddíl", D),
            ("Příloha", D),
        ],
        after: &[],
        markers: &[
            (ParenNumber, " odst. {}"),
            (LetterParen, " písm. {})"),
            (DotNumber, " bod {}"),
        ],
        abbreviations: &[],
        // `se`, `pro`, `jako`: a short decree may have none of the others (Slovak says `sa`,
        // `pre`, `ako`).
        words: &[
            "nebo", "který", "která", "které", "jsou", "podle", "se", "pro", "jako",
        ],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "sk",
        name: "Slovak (§, Článok, ods.)",
        before: &[
            ("§", A),
            ("Článok", A),
            ("Čl.", A),
            ("Časť", D),
            ("Hlava", D),
            ("Diel", D),
            ("Oddiel", D),
            ("Príloha", D),
        ],
        after: &[],
        markers: &[
            (ParenNumber, " ods. {}"),
            (LetterParen, " písm. {})"),
            (DotNumber, " bod {}"),
        ],
        abbreviations: &[],
        words: &[
            "alebo", "ktorý", "ktorá", "ktoré", "sa", "podľa", "pre", "ako",
        ],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "sl",
        name: "Slovenian (1. člen)",
        before: &[("Del", D), ("Poglavje", D), ("Oddelek", D), ("Priloga", D)],
        after: &[("člen", A), ("poglavje", D), ("del", D)],
        markers: &[
            (ParenNumber, ", odstavek {}"),
            (DotNumber, ", točka {}"),
            (NumberParen, ", točka {})"),
            (LetterParen, ", točka {})"),
            (Dash, ", alineja {}"),
        ],
        abbreviations: &[],
        words: &["ali", "je", "ki", "se", "kdor", "za"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "hr",
        name: "Croatian (Članak)",
        before: &[
            ("Članak", A),
            ("Dio", D),
            ("Glava", D),
            ("Poglavlje", D),
            ("Odjeljak", D),
            ("Prilog", D),
        ],
        after: &[("članak", A), ("glava", D)],
        markers: &[
            (ParenNumber, ", stavak {}"),
            (NumberParen, ", točka {})"),
            (LetterParen, ", alineja {})"),
            (Dash, ", alineja {}"),
        ],
        abbreviations: &[],
        words: &["ili", "je", "koji", "se", "tko", "što"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "sr-bs",
        name: "Serbian/Bosnian, Latin (Član)",
        before: &[
            ("Član", A),
            ("Deo", D),
            ("Dio", D),
            ("Glava", D),
            ("Poglavlje", D),
            ("Odeljak", D),
            ("Odjeljak", D),
            ("Prilog", D),
        ],
        after: &[("član", A), ("glava", D)],
        markers: &[
            (ParenNumber, ", stav {}"),
            (NumberParen, ", tačka {})"),
            // Službeni glasnik BiH cites lettered items as points: `član 8. stav (2) tačka e)`.
            (LetterParen, ", tačka {})"),
            (Dash, ", alineja {}"),
        ],
        abbreviations: &[],
        words: &["ili", "je", "koji", "se", "ko", "šta"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::AmongParagraphs,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "sr",
        name: "Serbian, Cyrillic (Члан)",
        before: &[
            ("Члан", A),
            ("Чланак", A),
            ("Део", D),
            ("Глава", D),
            ("Поглавље", D),
            ("Одељак", D),
            ("Прилог", D),
        ],
        after: &[("члан", A)],
        markers: &[
            (ParenNumber, ", став {}"),
            (NumberParen, ", тачка {})"),
            (LetterParen, ", алинеја {})"),
            (Dash, ", алинеја {}"),
        ],
        abbreviations: &[],
        words: &["или", "је", "који", "се", "ко", "што"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::AmongParagraphs,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "ro",
        name: "Romanian (Articolul)",
        before: &[
            ("Articolul", A),
            ("Art.", A),
            ("Cartea", D),
            ("Partea", D),
            ("Titlul", D),
            ("Capitolul", D),
            ("Secțiunea", D),
            ("Secţiunea", D),
            ("Anexa", D),
        ],
        after: &[],
        // Cited as the codes cite themselves: `art. 2 alin. (1) lit. b)`.
        markers: &[
            (ParenNumber, " alin. ({})"),
            (LetterParen, " lit. {})"),
            (DotNumber, " pct. {}"),
        ],
        abbreviations: &[("Articolul", "art."), ("Art.", "art.")],
        words: &["și", "sau", "care", "este", "cu", "pe"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: true,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "hu",
        name: "Hungarian (1. §, cikk)",
        before: &[("Melléklet", D)],
        after: &[
            ("§", A),
            ("cikk", A),
            ("Fejezet", D),
            ("fejezet", D),
            ("Rész", D),
            ("rész", D),
            ("Cím", D),
            ("melléklet", D),
        ],
        markers: &[
            (ParenNumber, " ({}) bekezdés"),
            (DotNumber, " {}. pont"),
            (LetterParen, " {}) pont"),
        ],
        abbreviations: &[],
        words: &["az", "és", "vagy", "hogy", "aki", "nem"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: true,
        // `459. § (1) bekezdés 11. pont k) alpont`, `1. § (2) bekezdés a) pont aa) alpont`.
        subpoints: &[(DotNumber, " {}. alpont"), (LetterParen, " {}) alpont")],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "el",
        name: "Greek (Άρθρο)",
        before: &[
            // `ΑΡΘΡΟ`, `ΚΕΦΑΛΑΙΟ` in capitals, without accents, are these (see
            // `heading::greek_base`).
            ("Άρθρο", A),
            ("Άρθρον", A),
            ("Βιβλίο", D),
            ("Μέρος", D),
            ("Τίτλος", D),
            ("Κεφάλαιο", D),
            ("Τμήμα", D),
            ("Παράρτημα", D),
            // Subchapters, subsections and units between articles, unmarked in the Εθνικό
            // Τυπογραφείο's texts (`ΥΠΟΚΕΦΑΛΑΙΟ Α’ …`, `ΥΠΟΤΜΗΜΑ 3 …`, `ΕΝΟΤΗΤΑ Δ’ …`).
            ("Υποκεφάλαιο", D),
            ("Υποτμήμα", D),
            ("Ενότητα", D),
            ("Υποενότητα", D),
        ],
        after: &[],
        markers: &[
            (DotNumber, " παρ. {}"),
            (ParenNumber, " παρ. {}"),
            (LetterParen, " περ. {})"),
        ],
        abbreviations: &[],
        words: &["και", "του", "της", "ή", "να", "το"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[(LetterParen, " υποπερ. {})")],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "tr",
        name: "Turkish (Madde)",
        before: &[
            ("Madde", A),
            // Articles added to a code (`EK MADDE 1-`), transitional ones (`GEÇİCİ MADDE 1-`)
            // and repeated numbers (`Mükerrer Madde 80-`).
            ("Ek Madde", A),
            ("Geçici Madde", A),
            ("Mükerrer Madde", A),
            ("Kitap", D),
            ("Kısım", D),
            ("Bölüm", D),
            ("Ek", D),
        ],
        after: &[("Kitap", D), ("Kısım", D), ("Bölüm", D)],
        markers: &[(ParenNumber, ", fıkra {}"), (LetterParen, ", bent {})")],
        abbreviations: &[],
        words: &["ve", "veya", "bir", "ile", "olan", "göre"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "bg",
        name: "Bulgarian (Чл., Член)",
        before: &[
            ("Чл.", A),
            ("Член", A),
            ("Част", D),
            ("Дял", D),
            ("Глава", D),
            ("Раздел", D),
            ("Приложение", D),
        ],
        after: &[],
        markers: &[
            (ParenNumber, ", ал. {}"),
            (DotNumber, ", т. {}"),
            (LetterParen, ", б. „{}“"),
        ],
        abbreviations: &[("Чл.", "чл."), ("Член", "чл.")],
        words: &["на", "от", "се", "за", "които", "или"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    // Georgian (matsne.gov.ge): `მუხლი 143¹. …`, inserted articles raised; parts numbered
    // `1.`, items lettered `ა)`. Only the article word is in the table: the headings of the
    // higher units were not seen in the official text. Cited plainly, with commas.
    Style {
        id: "ka",
        name: "Georgian (მუხლი)",
        before: &[("მუხლი", A)],
        after: &[],
        markers: &[(DotNumber, ", {}"), (LetterParen, ", {})")],
        abbreviations: &[],
        words: &["და", "ან", "რომ", "ამ", "მიერ", "არის"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    // Armenian (arlis.am, parliament.am): `Հոդված 132.1.` (inserted articles dotted), `ԳԼՈՒԽ
    // 1`; parts numbered `1.` and cited `մ.` (`հոդ. 64 մ. 1`, as the irtek.am register
    // cites them), points `1)`.
    Style {
        id: "hy",
        name: "Armenian (Հոդված)",
        before: &[("Հոդված", A), ("Գլուխ", D)],
        after: &[],
        markers: &[(DotNumber, " մ. {}"), (NumberParen, ", {})")],
        abbreviations: &[("Հոդված", "հոդ.")],
        words: &["և", "է", "կամ", "որ", "են", "հետ"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
    Style {
        id: "uk-ru",
        name: "Ukrainian/Russian (Стаття, Статья)",
        before: &[
            ("Стаття", A),
            ("Статья", A),
            ("Ст.", A),
            ("Книга", D),
            ("Розділ", D),
            ("Раздел", D),
            ("Глава", D),
            ("Частина", D),
            ("Часть", D),
            ("Параграф", D),
            ("Додаток", D),
            ("Приложение", D),
        ],
        after: &[],
        markers: &[
            (DotNumber, ", ч. {}"),
            (NumberParen, ", п. {}"),
            (LetterParen, ", п. «{}»"),
        ],
        abbreviations: &[],
        words: &["або", "що", "і", "и", "или", "что"],
        ordinals: &[],
        paragraphs_by_place: ByPlace::No,
        dotted_numbers: false,
        schedules: &[],
        cross_headings: false,
        hanging_points: false,
        subpoints: &[],
        sentences: None,
        blockquote_notes: false,
        run_in_paragraph: false,
        genitives: &[],
    },
];

/// The Dutch ordinals from the first to the twentieth (`eerste`, `tweede`): leden are cited by
/// them (`tweede lid`) and divisions numbered (`Eerste afdeling`).
pub const NL_ORDINALS: [&str; 20] = [
    "eerste",
    "tweede",
    "derde",
    "vierde",
    "vijfde",
    "zesde",
    "zevende",
    "achtste",
    "negende",
    "tiende",
    "elfde",
    "twaalfde",
    "dertiende",
    "veertiende",
    "vijftiende",
    "zestiende",
    "zeventiende",
    "achttiende",
    "negentiende",
    "twintigste",
];

/// The English ordinals from the first to the twentieth, as Irish and older UK Acts number
/// their schedules (`FIRST SCHEDULE`, `Second Schedule`).
const EN_ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// Whether `word` is, in any case, one of [`EN_ORDINALS`] (`FIRST`, `Second`).
pub(crate) fn english_ordinal(word: &str) -> bool {
    EN_ORDINALS.iter().any(|o| o.eq_ignore_ascii_case(word))
}

/// The English ordinals ([`EN_ORDINALS`]) before the division keywords of `style`.
const fn english_ordinals(style: &'static str) -> DivisionOrdinals {
    DivisionOrdinals {
        style,
        stems: EN_ORDINALS,
        tens: &[],
        units: &[],
        endings: &[],
        alternates: &[],
        ten_first: false,
    }
}

/// How a language writes the ordinal words that number its divisions: `Erster Abschnitt`,
/// `Eerste afdeling`, `PRVÁ HLAVA` (the word before the keyword) and `ČÁST PRVNÍ` (after it).
/// Matched without regard to case, as a whole word: a stem, or a unit and a ten; then an
/// ending.
#[derive(Debug)]
pub struct DivisionOrdinals {
    /// The style whose division keywords ([`Style::before`]) an ordinal word may stand before.
    pub style: &'static str,
    /// Stems of the ordinals from the first on (`erst`, `zweit`, `siebent` and `siebt`).
    pub stems: &'static [&'static str],
    /// Stems of the tens from the twentieth on (`zwanzigst`), alone or after a unit.
    pub tens: &'static [&'static str],
    /// Units joined before a ten (`einund` + `zwanzigst` + `er`: the twenty-first).
    pub units: &'static [&'static str],
    /// Endings of the stems in the nominative, of every gender (`er`, `es`, `e`); the stems
    /// are whole words where this is empty.
    pub endings: &'static [&'static str],
    /// Stems that are another spelling of the stem before them (`siebt` of `siebent`: the
    /// StPO's `Siebenter Abschnitt` is its `Siebter Abschnitt` of today).
    pub alternates: &'static [&'static str],
    /// A ten comes before its unit, as a word apart or joined to it by `o` (Spanish `vigésima
    /// primera`, `vigesimoprimera`: the twenty-first), where [`DivisionOrdinals::units`]
    /// come before the ten.
    pub ten_first: bool,
}

impl DivisionOrdinals {
    /// The value of `word` (in lower case) if it is one of these ordinals.
    fn value(&self, word: &str) -> Option<u32> {
        let ending = |end: &str| match self.endings {
            [] => end.is_empty(),
            endings => endings.contains(&end),
        };
        // Every ordinal of a language with endings ends in one (most words asked are not
        // ordinals, and are turned away here before the stems are tried).
        if !self.endings.is_empty() && !self.endings.iter().any(|e| word.ends_with(e)) {
            return None;
        }
        // The value counts the stems up to the one found, but for the other spellings (looked
        // up only once one is found: most words asked are no ordinals).
        if let Some(k) = (self.stems.iter()).position(|s| word.strip_prefix(s).is_some_and(ending))
        {
            let own = self.stems[..=k]
                .iter()
                .filter(|s| !self.alternates.contains(s));
            return Some(own.count() as u32);
        }
        let ten = |w: &str| {
            (self.tens.iter().zip((20..).step_by(10)))
                .find_map(|(t, v)| w.strip_prefix(t).filter(|e| ending(e)).map(|_| v))
        };
        if self.ten_first {
            return ten(word).or_else(|| self.ten_then_unit(word));
        }
        ten(word).or_else(|| {
            (self.units.iter().zip(1..))
                .find_map(|(u, v)| word.strip_prefix(u).and_then(ten).map(|t| t + v))
        })
    }

    /// The value of a ten and a unit after it (see [`DivisionOrdinals::ten_first`]): apart
    /// (`vigésima primera`, `vigésimo segunda`) or joined by the ten's `o`, unaccented as the
    /// RAE writes it (`vigesimoprimera`).
    fn ten_then_unit(&self, word: &str) -> Option<u32> {
        let unit = |w: &str| match self.value(w) {
            Some(v @ 1..=9) if !w.starts_with('ú') => Some(v),
            _ => None,
        };
        (self.tens.iter().zip((20..).step_by(10))).find_map(|(t, v)| {
            let apart = word
                .strip_prefix(t)
                .and_then(|r| r.split_once(' '))
                .filter(|(e, _)| self.endings.contains(e))
                .and_then(|(_, u)| unit(u));
            let joined = || {
                strip_unaccented(word, t)
                    .and_then(|r| r.strip_prefix('o'))
                    .and_then(unit)
            };
            apart.or_else(joined).map(|u| v + u)
        })
    }
}

/// `word` after `prefix` written without the acute accent on its `é` (`vigesim` for
/// `vigésim`), if it starts so.
fn strip_unaccented<'a>(word: &'a str, prefix: &str) -> Option<&'a str> {
    let mut rest = word.chars();
    for p in prefix.chars() {
        let plain = if p == 'é' { 'e' } else { p };
        if rest.next()? != plain {
            return None;
        }
    }
    Some(rest.as_str())
}

/// The value of an ordinal word of [`DIVISION_ORDINALS`], in any case (`Siebenter` and
/// `Siebter` → 7, `Achtundzwanzigster` → 28, `ČÁST PRVNÍ`'s `PRVNÍ` → 1).
pub fn ordinal_value(word: &str) -> Option<u32> {
    listed_ordinal_value(word).or_else(|| {
        // A Greek ordinal typed with the Latin capitals its letters look like (`ΔEYTEPO`,
        // `TPITO`), as some Greek official texts type them.
        super::heading::greek_typed(word).and_then(|greek| listed_ordinal_value(&greek))
    })
}

/// [`ordinal_value`] of a word as written.
fn listed_ordinal_value(word: &str) -> Option<u32> {
    let mut word = word.to_lowercase();
    if !word.is_ascii() {
        // Greek ordinals are listed without accents (`ΠΡΩΤΟ` and `Πρώτο` are one word).
        word = word.chars().map(super::heading::greek_unaccented).collect();
    }
    DIVISION_ORDINALS.iter().find_map(|o| o.value(&word))
}

/// The Spanish units in words, from one.
const SPANISH_UNITS: [&str; 9] = [
    "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
];

/// The Spanish tens in words from thirty, the first word of a number of more words than one
/// below a hundred (`treinta y dos`).
pub(crate) const SPANISH_TENS: [&str; 7] = [
    "treinta",
    "cuarenta",
    "cincuenta",
    "sesenta",
    "setenta",
    "ochenta",
    "noventa",
];

/// The Spanish cardinal words from ten (`diez`) to a hundred and ninety-nine (`ciento noventa
/// y nueve`) as one number's words, by value: laws of the first years of the Constitution
/// number their articles `Artículo primero` to `Artículo noveno`, then `Artículo diez`,
/// `Artículo cuarenta y dos` (the Ley Orgánica 3/1981 del Defensor del Pueblo, the Ley
/// Orgánica 2/1979 del Tribunal Constitucional). `None` for any other words, and for the units
/// alone, which such laws write as ordinals.
pub fn spanish_cardinal_value(words: &str) -> Option<u32> {
    const TEENS: [&str; 10] = [
        "diez",
        "once",
        "doce",
        "trece",
        "catorce",
        "quince",
        "dieciséis",
        "diecisiete",
        "dieciocho",
        "diecinueve",
    ];
    const TWENTIES: [&str; 10] = [
        "veinte",
        "veintiuno",
        "veintidós",
        "veintitrés",
        "veinticuatro",
        "veinticinco",
        "veintiséis",
        "veintisiete",
        "veintiocho",
        "veintinueve",
    ];
    let lower = words.to_lowercase();
    let (hundred, rest) = match lower.as_str() {
        "cien" => return Some(100),
        w => match w.strip_prefix("ciento ") {
            Some(rest) => (100, rest),
            None => (0, w),
        },
    };
    let at = |list: &[&str], w: &str| list.iter().position(|x| *x == w);
    let below_hundred = if let Some(k) = at(&TEENS, rest) {
        10 + k
    } else if let Some(k) = at(&TWENTIES, rest) {
        20 + k
    } else if let Some(k) = at(&SPANISH_TENS, rest) {
        30 + 10 * k
    } else if let Some((ten, unit)) = rest.split_once(" y ") {
        30 + 10 * at(&SPANISH_TENS, ten)? + 1 + at(&SPANISH_UNITS, unit)?
    } else if hundred > 0 {
        1 + at(&SPANISH_UNITS, rest)?
    } else {
        return None;
    };
    u32::try_from(hundred + below_hundred).ok()
}

/// The value of a Spanish number in words from one (`uno`) to 199: the units, and
/// [`spanish_cardinal_value`] above them.
pub fn spanish_number_value(words: &str) -> Option<u32> {
    let lower = words.to_lowercase();
    match SPANISH_UNITS.iter().position(|u| *u == lower) {
        Some(k) => u32::try_from(k + 1).ok(),
        None => spanish_cardinal_value(&lower),
    }
}

/// Keywords of one family (`Art.`, `Article`, `Artikel`; Turkish `Madde`, `Ek Madde`,
/// `Geçici Madde`, by their last word) count together.
pub(crate) fn keyword_family(word: &str) -> &str {
    let word = word.rfind(' ').map_or(word, |k| &word[k + 1..]);
    let end = word.char_indices().nth(3).map_or(word.len(), |(at, _)| at);
    &word[..end]
}

/// Article keywords of [`Style::before`] numbered by ordinal words of [`DIVISION_ORDINALS`],
/// not by numbers: the Spanish and Catalan provisions after the articles (`Disposición
/// adicional primera`, `Disposición transitoria única`, `Disposición final vigésima segunda`,
/// `Disposició final segona`).
pub static WORDED_ARTICLES: &[&str] = &[
    "Disposición adicional",
    "Disposición transitoria",
    "Disposición derogatoria",
    "Disposición final",
    "Disposició addicional",
    "Disposició transitòria",
    "Disposició derogatòria",
    "Disposició final",
];

/// Division keywords heading a group of provisions after the articles that are numbered by
/// an ordinal word alone, the group naming their kind: Peru's laws and Constitution write
/// `DISPOSICIONES COMPLEMENTARIAS FINALES`, then `PRIMERA. Verificación de identidad`,
/// `SEGUNDA. Reglamentación` (cited `Primera Disposición Complementaria Final`); older Spanish
/// and Catalan texts `DISPOSICIONES TRANSITORIAS`, then `Primera.-`. Each with the word for
/// one of its provisions, which names them (`Disposición complementaria final primera`).
pub static PROVISION_GROUPS: &[(&str, &str)] = &[
    ("Disposiciones", "Disposición"),
    ("Disposicions", "Disposició"),
];

/// The word for one provision of a group headed by `keyword`, if it is one of
/// [`PROVISION_GROUPS`].
pub(crate) fn provision_of_group(keyword: &str) -> Option<&'static str> {
    PROVISION_GROUPS
        .iter()
        .find(|(group, _)| *group == keyword)
        .map(|(_, one)| *one)
}

/// The words that open the kind of a group of [`PROVISION_GROUPS`], in lower case:
/// `Disposiciones generales`, a chapter's title, is no such group.
pub static GROUP_KINDS: &[&str] = &[
    "adicionales",
    "transitorias",
    "derogatorias",
    "finales",
    "complementarias",
    "modificatorias",
    "addicionals",
    "transitòries",
    "derogatòries",
    "finals",
];

/// Whether an article's keyword numbers it by ordinal words ([`WORDED_ARTICLES`]), or names
/// the group of a provision numbered by an ordinal word alone (`Disposición complementaria
/// final`, see [`PROVISION_GROUPS`]).
pub(crate) fn worded_keyword(keyword: &str) -> bool {
    WORDED_ARTICLES.contains(&keyword)
        || PROVISION_GROUPS.iter().any(|(_, one)| {
            keyword
                .strip_prefix(one)
                .is_some_and(|kind| kind.starts_with(' '))
        })
}

/// The division ordinals of the languages whose codes name divisions by them (the German
/// Strafgesetzbuch `Achtundzwanzigster Abschnitt`, the Dutch Wetboek van Strafrecht `Eerste
/// afdeling`, the Czech trestní zákoník `ČÁST PRVNÍ`, the Slovak Trestný zákon `Piaty diel`,
/// the Spanish Constitution `CAPÍTULO SEGUNDO` and Argentine codes `LIBRO PRIMERO`, `PRIMERA
/// PARTE`, the Italian Codice penale `LIBRO PRIMO`, the Croatian Kazneni zakon `GLAVA PRVA
/// (I.)` as zakon.hr prints it, Polish codes `KSIĘGA PIERWSZA`, the Swedish Brottsbalken
/// `FÖRSTA AVDELNINGEN` as riksdagen.se prints it, Norwegian Acts `Første del. Alminnelige
/// bestemmelser`, Greek laws `ΜΕΡΟΣ ΠΡΩΤΟ`). Nominative endings only: `im Siebenten
/// Abschnitt` is a sentence, not a heading.
#[rustfmt::skip]
pub static DIVISION_ORDINALS: &[DivisionOrdinals] = &[
    DivisionOrdinals {
        style: "de",
        stems: &[
            "erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebent", "siebt", "acht",
            "neunt", "zehnt", "elft", "zwölft", "dreizehnt", "vierzehnt", "fünfzehnt",
            "sechzehnt", "siebzehnt", "achtzehnt", "neunzehnt",
        ],
        tens: &["zwanzigst", "dreißigst", "vierzigst", "fünfzigst"],
        units: &[
            "einund", "zweiund", "dreiund", "vierund", "fünfund", "sechsund", "siebenund",
            "achtund", "neunund",
        ],
        endings: &["er", "es", "e"],
        alternates: &["siebt"],
        ten_first: false,
    },
    DivisionOrdinals {
        style: "nl",
        stems: &NL_ORDINALS,
        tens: &["twintigste", "dertigste", "veertigste", "vijftigste"],
        units: &[
            "eenen", "tweeën", "drieën", "vieren", "vijfen", "zesen", "zevenen", "achten",
            "negenen",
        ],
        endings: &[],
        alternates: &[],
        ten_first: false,
    },
    DivisionOrdinals {
        style: "cs",
        stems: &[
            "prvn", "druh", "třet", "čtvrt", "pát", "šest", "sedm", "osm", "devát", "desát",
            "jedenáct", "dvanáct", "třináct", "čtrnáct", "patnáct", "šestnáct", "sedmnáct",
            "osmnáct", "devatenáct", "dvacát",
        ],
        tens: &[],
        units: &[],
        endings: &["í", "á", "ý", "é"],
        alternates: &[],
        ten_first: false,
    },
    DivisionOrdinals {
        style: "sk",
        stems: &[
            "prv", "druh", "tret", "štvrt", "piat", "šiest", "siedm", "ôsm", "deviat", "desiat",
            "jedenást", "dvanást", "trinást", "štrnást", "pätnást", "šestnást", "sedemnást",
            "osemnást", "devätnást", "dvadsiat",
        ],
        tens: &[],
        units: &[],
        // Short after a long syllable (`piaty`, `piata`), `-í`/`-ia`/`-ie` for the third.
        endings: &["ý", "á", "é", "y", "a", "e", "í", "ia", "ie"],
        alternates: &[],
        ten_first: false,
    },
    DivisionOrdinals {
        style: "es",
        // `único`, `única` (the one provision of its kind) counts as the first;
        // `decimoprimera`, `decimosegunda` are the other spelling of the eleventh and twelfth.
        stems: &[
            "primer", "únic", "segund", "tercer", "cuart", "quint", "sext", "séptim", "octav",
            "noven", "décim", "undécim", "decimoprimer", "duodécim", "decimosegund",
            "decimotercer", "decimocuart", "decimoquint", "decimosext", "decimoséptim",
            "decimoctav", "decimonoven", "vigésim",
        ],
        // From the twentieth on, a ten then a unit, apart or joined (`vigésima primera`,
        // `vigesimoprimera`, `trigésima`): see `DivisionOrdinals::ten_then_unit`.
        tens: &[
            "vigésim", "trigésim", "cuadragésim", "quincuagésim", "sexagésim", "septuagésim",
            "octogésim", "nonagésim",
        ],
        units: &[],
        endings: &["o", "a"],
        alternates: &["únic", "decimoprimer", "decimosegund"],
        ten_first: true,
    },
    // Catalan, as Andorra's laws write them (`Capítol primer`, `Secció segona`, `Disposició
    // final tercera`): whole words, the feminine after the masculine; `únic`, `única` count as
    // the first. From the twenty-first on (`vint-i-unena`) they are not read.
    DivisionOrdinals {
        style: "ca",
        stems: &[
            "primer", "primera", "únic", "única", "segon", "segona", "tercer", "tercera",
            "quart", "quarta", "cinquè", "cinquena", "sisè", "sisena", "setè", "setena",
            "vuitè", "vuitena", "novè", "novena", "desè", "desena", "onzè", "onzena", "dotzè",
            "dotzena", "tretzè", "tretzena", "catorzè", "catorzena", "quinzè", "quinzena",
            "setzè", "setzena", "dissetè", "dissetena", "divuitè", "divuitena", "dinovè",
            "dinovena", "vintè", "vintena",
        ],
        tens: &[],
        units: &[],
        endings: &[],
        alternates: &[
            "primera", "únic", "única", "segona", "tercera", "quarta", "cinquena", "sisena",
            "setena", "vuitena", "novena", "desena", "onzena", "dotzena", "tretzena",
            "catorzena", "quinzena", "setzena", "dissetena", "divuitena", "dinovena", "vintena",
        ],
        ten_first: false,
    },
    DivisionOrdinals {
        style: "hr",
        stems: &[
            "prv", "drug", "treć", "četvrt", "pet", "šest", "sedm", "osm", "devet", "deset",
            "jedanaest", "dvanaest", "trinaest", "četrnaest", "petnaest", "šesnaest",
            "sedamnaest", "osamnaest", "devetnaest", "dvadeset",
        ],
        tens: &[],
        units: &[],
        endings: &["i", "a", "o", "e"],
        alternates: &[],
        ten_first: false,
    },
    DivisionOrdinals {
        style: "pl",
        stems: &[
            "pierwsz", "drug", "trzec", "czwart", "piąt", "szóst", "siódm", "ósm", "dziewiąt",
            "dziesiąt", "jedenast", "dwunast", "trzynast", "czternast", "piętnast", "szesnast",
            "siedemnast", "osiemnast", "dziewiętnast", "dwudziest",
        ],
        tens: &[],
        units: &[],
        // `-i`, `-ia`, `-ie` after a soft stem (`drugi`, `trzecia`, `trzecie`).
        endings: &["y", "a", "e", "i", "ia", "ie"],
        alternates: &[],
        ten_first: false,
    },
    DivisionOrdinals {
        style: "nordic",
        stems: SWEDISH_ORDINALS,
        tens: &[],
        units: &[],
        endings: &[],
        alternates: &[],
        ten_first: false,
    },
    DivisionOrdinals {
        style: "sv",
        stems: SWEDISH_ORDINALS,
        tens: &[],
        units: &[],
        endings: &[],
        alternates: &[],
        ten_first: false,
    },
    DivisionOrdinals {
        style: "no",
        stems: &[
            "første", "annen", "andre", "tredje", "fjerde", "femte", "sjette", "sjuende",
            "syvende", "åttende", "niende", "tiende", "ellevte", "tolvte",
        ],
        tens: &[],
        units: &[],
        endings: &[],
        alternates: &["andre", "syvende"],
        ten_first: false,
    },
    DivisionOrdinals {
        style: "el",
        // Without accents (see `ordinal_value`): `ΜΕΡΟΣ ΠΡΩΤΟ`, `ΚΕΦΑΛΑΙΟ ΔΕΥΤΕΡΟ`, `ΤΙΤΛΟΣ
        // ΤΡΙΤΟΣ`, `ΕΝΟΤΗΤΑ ΤΕΤΑΡΤΗ`. From the thirteenth on Greek writes two words (`δέκατο
        // τρίτο`).
        stems: &[
            "πρωτ", "δευτερ", "τριτ", "τεταρτ", "πεμπτ", "εκτ", "εβδομ", "ογδο", "ενατ",
            "δεκατ", "ενδεκατ", "δωδεκατ",
        ],
        tens: &[],
        units: &[],
        endings: &["ο", "ος", "η"],
        alternates: &[],
        ten_first: false,
    },
    english_ordinals("en"),
    // The same for texts whose sections are bare numbers (Irish Acts as the eISB prints them).
    english_ordinals("numbers"),
    DivisionOrdinals {
        style: "it",
        stems: &[
            "prim", "second", "terz", "quart", "quint", "sest", "settim", "ottav", "non", "decim",
            "undicesim", "dodicesim", "tredicesim", "quattordicesim", "quindicesim", "sedicesim",
            "diciassettesim", "diciottesim", "diciannovesim", "ventesim",
        ],
        tens: &[],
        units: &[],
        endings: &["o", "a"],
        alternates: &[],
        ten_first: false,
    },
];

/// The style of texts whose articles are bare numbers or dotted numbers (UK and Irish
/// bills printed as `1 Title`, contracts numbered `7.1`), and of texts without headings.
pub static PLAIN: Style = Style {
    id: "numbers",
    name: "numbered headings",
    before: DIVISIONS_EN,
    after: &[],
    markers: BRACKETS,
    abbreviations: &[],
    words: &[],
    ordinals: &[],
    paragraphs_by_place: ByPlace::No,
    dotted_numbers: false,
    schedules: &[],
    cross_headings: false,
    hanging_points: false,
    subpoints: &[],
    sentences: None,
    blockquote_notes: false,
    run_in_paragraph: false,
    genitives: &[],
};

/// `number` in a citation template: its place in words where the template has `{.}` and
/// the style an ordinal for it (`første`), else as written.
pub fn fill(style: &Style, template: &str, number: &str) -> String {
    let mut out = String::with_capacity(template.len() + number.len() + 8);
    fill_into(&mut out, style, template, number);
    out
}

/// Puts every unit word of `address` but the last in the genitive, in a style that has
/// [`Style::genitives`] (`2 luku 3 § 2 momentti 1 kohta` → `2 luvun 3 §:n 2 momentin 1
/// kohta`); a word already in the genitive stays. Words are told apart by blanks; what
/// follows a comma (`, row 2`, `, col. 3`, `, ¶ 2`: places lexgap adds to a citation) is no
/// part of the citation.
pub fn inflect(style: &Style, address: &mut String) {
    if style.genitives.is_empty() {
        return;
    }
    let cited = address.find(", ").unwrap_or(address.len());
    // Each unit word's offset, the word and its genitive.
    let mut at = 0;
    let units: Vec<(usize, &str, &str)> = address[..cited]
        .split(' ')
        .filter_map(|w| {
            let start = at;
            at += w.len() + 1;
            let (_, genitive) = style.genitives.iter().find(|(n, _)| *n == w)?;
            Some((start, w, *genitive))
        })
        .collect();
    let Some((_, inner)) = units.split_last() else {
        return;
    };
    let mut out = String::with_capacity(address.len() + 2 * inner.len());
    let mut from = 0;
    for &(at, word, genitive) in inner {
        out.push_str(&address[from..at]);
        out.push_str(genitive);
        from = at + word.len();
    }
    out.push_str(&address[from..]);
    *address = out;
}

/// [`fill`], appended to `out` (an address is its parent's address and this, in one string).
pub fn fill_into(out: &mut String, style: &Style, template: &str, number: &str) {
    // Only a style with ordinal words has `{.}` templates (most units of a code pass here).
    if !style.ordinals.is_empty()
        && let Some((before, after)) = split_at_placeholder(template, "{.}")
    {
        let ordinal = number
            .parse::<usize>()
            .ok()
            .and_then(|n| style.ordinals.get(n.checked_sub(1)?));
        out.push_str(before);
        match ordinal {
            Some(word) => out.push_str(word),
            // Past the words, the ordinal as a numeral (`21. ledd`, as Norwegian writes it).
            None => {
                out.push_str(number);
                out.push('.');
            }
        }
        out.push_str(after);
        return;
    }
    match split_at_placeholder(template, "{}") {
        Some((before, after)) => {
            out.push_str(before);
            out.push_str(number);
            out.push_str(after);
        }
        None => out.push_str(template),
    }
}

/// `template` around its first `placeholder` (`{}` or `{.}`). Found from the first `{` by a
/// byte search: a search for the whole placeholder was most of an address's cost.
fn split_at_placeholder<'t>(template: &'t str, placeholder: &str) -> Option<(&'t str, &'t str)> {
    let at = memchr::memchr(b'{', template.as_bytes())?;
    let after = template[at..].strip_prefix(placeholder)?;
    Some((&template[..at], after))
}

/// Citation of `marker` in `style`: the style's own form, else the common-law bracket form,
/// else the comma form.
pub fn cite(style: &Style, marker: Marker) -> &'static str {
    let find = |list: &'static [Cite]| list.iter().find(|(m, _)| *m == marker).map(|c| c.1);
    find(style.markers)
        .or_else(|| find(BRACKETS))
        .or_else(|| find(COMMAS))
        .unwrap_or(" {}")
}

/// The depth order of markers in `style`: its own list, then the rest in a fixed order.
pub fn marker_order(style: &Style) -> Vec<Marker> {
    let mut out: Vec<Marker> = style.markers.iter().map(|c| c.0).collect();
    for m in [
        RomanDot,
        ParenNumber,
        DotNumber,
        NumberParen,
        ParenLetter,
        LetterDot,
        LetterParen,
        ParenRoman,
        Degree,
        Dotted,
    ] {
        if !out.contains(&m) {
            out.push(m);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_cardinals_are_read_from_ten() {
        let value = spanish_cardinal_value;
        assert_eq!(value("diez"), Some(10));
        assert_eq!(value("diecinueve"), Some(19));
        assert_eq!(value("veintidós"), Some(22));
        assert_eq!(value("Cuarenta y dos"), Some(42));
        assert_eq!(value("cien"), Some(100));
        assert_eq!(value("ciento uno"), Some(101));
        assert_eq!(value("ciento treinta y nueve"), Some(139));
        assert_eq!(value("tres"), None);
        assert_eq!(value("treinta y"), None);
        assert_eq!(value("de la Ley"), None);
        assert_eq!(spanish_number_value("Uno"), Some(1));
        assert_eq!(spanish_number_value("Veintisiete"), Some(27));
        assert_eq!(spanish_number_value("Una"), None);
    }

    #[test]
    fn every_unit_word_but_the_last_is_in_the_genitive() {
        let fi = STYLES
            .iter()
            .find(|s| s.id == "fi")
            .expect("a Finnish style");
        let inflected = |a: &str| {
            let mut a = a.to_string();
            inflect(fi, &mut a);
            a
        };
        assert_eq!(inflected("2 luku 3 §"), "2 luvun 3 §");
        assert_eq!(
            inflected("2 luku 3 § 2 momentti 1 kohta"),
            "2 luvun 3 §:n 2 momentin 1 kohta"
        );
        // A parent's address, already inflected, and a unit more.
        assert_eq!(
            inflected("42 §:n 2 momentti 1 kohta"),
            "42 §:n 2 momentin 1 kohta"
        );
        assert_eq!(inflected("42 §"), "42 §");
        // The places lexgap adds after a comma are no part of the citation.
        assert_eq!(
            inflected("15 § 2 momentti, row 3, col. 2"),
            "15 §:n 2 momentti, row 3, col. 2"
        );
        let de = STYLES
            .iter()
            .find(|s| s.id == "de")
            .expect("a German style");
        let mut a = "§ 5 Abs. 1".to_string();
        inflect(de, &mut a);
        assert_eq!(a, "§ 5 Abs. 1");
    }

    #[test]
    fn ledd_are_cited_by_ordinal_words_then_numerals() {
        let no = STYLES
            .iter()
            .find(|s| s.id == "no")
            .expect("a Norwegian style");
        let ledd = cite(no, Marker::ParenNumber);
        assert_eq!(fill(no, ledd, "3"), " tredje ledd");
        assert_eq!(fill(no, ledd, "12"), " tolvte ledd");
        // Past the words: `21. ledd`, not `(21) ledd` (hostile sweep).
        assert_eq!(fill(no, ledd, "21"), " 21. ledd");
    }

    #[test]
    fn every_style_has_article_keywords_and_unique_ids() {
        let mut ids: Vec<&str> = STYLES.iter().map(|s| s.id).collect();
        for s in STYLES {
            assert!(
                s.before
                    .iter()
                    .chain(s.after)
                    .any(|k| k.1 == Level::Article),
                "{} has no article keyword",
                s.id
            );
            // A keyword is a word, or words one blank apart (Turkish `Geçici Madde`).
            for (w, _) in s.before.iter().chain(s.after) {
                assert!(
                    !w.is_empty() && w.trim() == *w && !w.contains("  "),
                    "{}: {w:?}",
                    s.id
                );
            }
            for (_, c) in s.markers.iter().chain(BRACKETS).chain(COMMAS) {
                let places = c.matches("{}").count() + c.matches("{.}").count();
                assert_eq!(places, 1, "{}: {c:?}", s.id);
                assert!(
                    !c.contains("{.}") || !s.ordinals.is_empty(),
                    "{}: {c:?}",
                    s.id
                );
            }
        }
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), STYLES.len());
    }

    #[test]
    fn citations_fall_back_to_brackets() {
        let de = STYLES.iter().find(|s| s.id == "de").unwrap();
        assert_eq!(cite(de, ParenNumber), " Abs. {}");
        assert_eq!(cite(de, ParenRoman), "({})");
        assert_eq!(marker_order(de)[0], ParenNumber);
        assert_eq!(marker_order(de).len(), 12);
    }
}
