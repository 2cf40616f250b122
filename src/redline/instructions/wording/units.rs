//! Paragraphs and items named by their labels in each drafting style, and the readers of
//! those sentences: runs renumbered (`In section 5, subsections (2) and (3) are renumbered
//! (3) and (4).`, `In § 5 werden die bisherigen Absätze 2 und 3 die Absätze 3 und 4.`, `Les
//! 2° et 3° de l'article 1 deviennent les 3° et 4°.`, `In artikel 1 worden de onderdelen 2°
//! en 3° vernummerd tot 3° en 4°.`, `W art. 1 pkt 2 i 3 oznacza się jako pkt 3 i 4.`), runs
//! omitted (`Les 8° et 9° de l'article 1 sont abrogés.`, `W art. 1 uchyla się pkt 8 i 9.`),
//! and the words naming units inserted or restated (`wird folgender Absatz 2`, `durch den
//! folgenden Absatz 3`, `dodaje się ust. 3a`). Two members are joined by `and`, more by `to`: the reader
//! takes every paragraph or item standing between the two named.

use super::super::super::style::Marker;
use super::super::super::{Instrument, Section, Subheading, tree};
use super::super::doc::{
    bare_number, is_letter, is_roman, opening_number, renumberable, shift_unit_number, unit_value,
};
use super::super::{Address, Instruction, Lang, TextEdit, UnitNumber};
use super::{Form, NL_COUNTS, Wording, pl_unit_noun};

/// How a style names a paragraph or item: singular, plural, and (German) whether the
/// singular is feminine.
pub(super) struct Noun {
    pub(super) one: &'static str,
    many: &'static str,
    feminine: bool,
}

impl Noun {
    const fn new(one: &'static str, many: &'static str, feminine: bool) -> Self {
        Noun {
            one,
            many,
            feminine,
        }
    }
}

const SUBSECTION: Noun = Noun::new("subsection", "subsections", false);
const PARAGRAPH: Noun = Noun::new("paragraph", "paragraphs", false);
const SUB_PARAGRAPH: Noun = Noun::new("sub-paragraph", "sub-paragraphs", false);

/// How English names the units of `section`, outermost first (the units under it, its
/// lettered items, its Roman ones): an Act's section holds subsections, then paragraphs,
/// then sub-paragraphs; a Schedule's paragraph holds sub-paragraphs, then paragraphs, then
/// sub-paragraphs (`paragraph 1(2)(a)(i) of Schedule 1`); a statutory instrument's
/// regulation holds paragraphs, then sub-paragraphs, then paragraphs again (`regulation
/// 2(3)(a)(i)`).
pub(super) fn en_units(section: &Section) -> [Noun; 3] {
    if section.in_schedule {
        [SUB_PARAGRAPH, PARAGRAPH, SUB_PARAGRAPH]
    } else if section.instrument != Instrument::Act {
        [PARAGRAPH, SUB_PARAGRAPH, PARAGRAPH]
    } else {
        [SUBSECTION, PARAGRAPH, SUB_PARAGRAPH]
    }
}

impl Wording<'_, '_> {
    /// How this style joins the first and last members named of a run: for two (`and`), for
    /// more (`to`).
    pub(super) fn run_seps(&self) -> (&'static str, &'static str) {
        match self.lang {
            Lang::En => (" and ", " to "),
            Lang::De => (" und ", " bis "),
            Lang::Fr => (" et ", " à "),
            Lang::Nl => (" en ", " tot en met "),
            Lang::Pl => (" i ", "–"),
        }
    }

    /// The separator this style puts between the first and last of `n` members.
    pub(super) fn run_sep(&self, n: usize) -> &'static str {
        let (and, to) = self.run_seps();
        if n == 2 { and } else { to }
    }

    /// A run named by its first and last members (`(2) to (4)`): the two labels; `(A, A)`
    /// for a `single` one.
    fn run_ends<'x>(&self, s: &'x str, single: bool) -> Option<(&'x str, &'x str)> {
        if single {
            return Some((s, s));
        }
        let (and, to) = self.run_seps();
        // `to` first: Dutch `tot en met` holds `en`.
        s.split_once(to).or_else(|| s.split_once(and))
    }

    /// The paragraph or item `k` of section `s` as it stands now.
    pub(super) fn sub_now(&self, s: usize, k: usize) -> Subheading {
        self.state.borrow().sub(self.doc, s, k)
    }

    /// How the members of a run at depth `depth` (0: right under the section) are named,
    /// under the units of `at.path[..depth]`.
    pub(super) fn unit_noun(&self, at: &Address, depth: usize, sub: &Subheading) -> Noun {
        let (m, level) = (sub.marker, sub.level);
        let paragraph = depth == 0 && level == 2 && m != Marker::Degree;
        // A letter under a letter: German `Doppelbuchstabe aa` (see `Style::subpoints`).
        let doubled = is_letter(m)
            && at.path[..depth.min(at.path.len())]
                .last()
                .is_some_and(|&k| is_letter(self.sub_now(at.section, k).marker));
        match self.lang {
            Lang::En => {
                let [first, letters, romans] = en_units(&self.doc.sections[at.section]);
                // A bracketed number right under the section is its subsection (a
                // regulation's paragraph) at whatever level the text's scheme put it (an
                // Irish Act printed `**3.**(1) In this Act …` has its subsections a level down).
                if paragraph || (depth == 0 && m == Marker::ParenNumber) {
                    first
                } else if is_roman(m) {
                    romans
                } else {
                    letters
                }
            }
            Lang::De if paragraph => Noun::new("Absatz", "Absätze", false),
            Lang::De if doubled => Noun::new("Doppelbuchstabe", "Doppelbuchstaben", false),
            Lang::De if is_letter(m) => Noun::new("Buchstabe", "Buchstaben", false),
            Lang::De if is_roman(m) || self.ziffern() => Noun::new("Ziffer", "Ziffern", true),
            Lang::De => Noun::new("Nummer", "Nummern", true),
            Lang::Nl if m == Marker::SectionSign => Noun::new("paragraaf", "paragrafen", false),
            Lang::Nl if paragraph => Noun::new("lid", "leden", false),
            Lang::Nl if depth > 0 && m == Marker::Degree => {
                Noun::new("subonderdeel", "subonderdelen", false)
            }
            Lang::Nl => Noun::new("onderdeel", "onderdelen", false),
            // French names them by their labels alone (`les 2° et 3°`).
            Lang::Fr => Noun::new("", "", false),
            // Polish abbreviations stand for the singular and the plural (`ust. 3 i 4`).
            Lang::Pl => {
                let noun = pl_unit_noun(m, paragraph);
                Noun::new(noun, noun, false)
            }
        }
    }

    /// A member's label in the sentence: `(2)` in English, the ordinal `2°` where it is one,
    /// `§ 2` in French, else the number.
    fn run_label(&self, sub: &Subheading) -> String {
        match (self.lang, sub.marker) {
            (Lang::En, _) => format!("({})", sub.number()),
            (Lang::Fr, Marker::SectionSign) => format!("§ {}", sub.number()),
            (Lang::Fr | Lang::Nl, Marker::Degree) => sub.label(),
            _ => sub.number().to_string(),
        }
    }

    /// The sentence renumbering `units` inside the unit `at`.
    pub(super) fn render_unit_run(&self, at: &Address, units: &[UnitNumber]) -> String {
        let (Some(f), Some(l)) = (units.first(), units.last()) else {
            return String::new();
        };
        let (s1, s2) = (
            self.sub_now(at.section, f.sub),
            self.sub_now(at.section, l.sub),
        );
        let new_label = |s: &Subheading, n: &str| {
            s.renumbered(n)
                .map_or_else(|| n.to_string(), |r| self.run_label(&r))
        };
        let (a, b) = (self.run_label(&s1), self.run_label(&s2));
        let (c, d) = (new_label(&s1, &f.new), new_label(&s2, &l.new));
        let noun = self.unit_noun(at, at.path.len(), &s1);
        let one = units.len() == 1;
        let sep = self.run_sep(units.len());
        match self.lang {
            Lang::En => {
                let parent = self.address(at, Form::Plain);
                if one {
                    format!("In {parent}, {} {a} is renumbered {c}.", noun.one)
                } else {
                    format!(
                        "In {parent}, {} {a}{sep}{b} are renumbered {c}{sep}{d}.",
                        noun.many
                    )
                }
            }
            Lang::De => {
                let parent = self.address(at, Form::To);
                if one {
                    let article = if noun.feminine {
                        "die bisherige"
                    } else {
                        "der bisherige"
                    };
                    format!(
                        "In {parent} wird {article} {} {a} {} {c}.",
                        noun.one, noun.one
                    )
                } else {
                    format!(
                        "In {parent} werden die bisherigen {} {a}{sep}{b} die {} {c}{sep}{d}.",
                        noun.many, noun.many
                    )
                }
            }
            Lang::Fr => {
                let of = self.of_unit(at);
                if one {
                    format!("Le {a} {of} devient le {c}.")
                } else {
                    format!("Les {a}{sep}{b} {of} deviennent les {c}{sep}{d}.")
                }
            }
            Lang::Nl => {
                let parent = self.address(at, Form::Plain);
                let comma = if at.path.is_empty() { "" } else { "," };
                let verb = if is_letter(s1.marker) {
                    "verletterd"
                } else {
                    "vernummerd"
                };
                if one {
                    format!(
                        "In {parent}{comma} wordt {} {a} {verb} tot {} {c}.",
                        noun.one, noun.one
                    )
                } else {
                    format!(
                        "In {parent}{comma} worden de {} {a}{sep}{b} {verb} tot {} {c}{sep}{d}.",
                        noun.many, noun.many
                    )
                }
            }
            // `W art. 5 ust. 4 i 5 oznacza się jako ust. 3 i 4.`
            Lang::Pl => {
                let parent = self.pl_parent(at);
                let noun = noun.one;
                if one {
                    format!("{parent}{noun} {a} oznacza się jako {noun} {c}.")
                } else {
                    format!("{parent}{noun} {a}{sep}{b} oznacza się jako {noun} {c}{sep}{d}.")
                }
            }
        }
    }

    /// The paragraphs or items that a block inserted next to unit `at` consists of: `at` as
    /// it stands, and their numbers, when every line of the block at its first line's
    /// indentation that opens with a label of `at`'s form is one, the first line is, and
    /// they follow each other (`(2) …`, `(3) …`); `None` otherwise.
    fn inserted_units(&self, at: &Address, text: &str) -> Option<(Subheading, Vec<String>)> {
        let sub = self.sub_now(at.section, *at.path.last()?);
        let m = sub.marker;
        let indent = |l: &str| l.len() - l.trim_start().len();
        let first = text.lines().find(|l| !l.trim().is_empty())?;
        opening_number(m, first)?;
        let lines: Vec<&str> = text
            .lines()
            .filter(|l| indent(l) == indent(first))
            .collect();
        // A consolidation's placeholder for units repealed (`6° et 7° (abrogés)`) names two
        // units and is none: the general words are used.
        if lines.iter().any(|l| opens_range(m, l)) {
            return None;
        }
        let numbers: Vec<String> = lines.iter().filter_map(|l| opening_number(m, l)).collect();
        let values: Vec<i64> = numbers
            .iter()
            .map(|n| unit_value(m, n))
            .collect::<Option<_>>()?;
        let in_order = values.windows(2).all(|w| w[1] == w[0] + 1);
        // French names a run opening with an inserted number by its labels (`des 18° bis à
        // 20°`); the other styles' nouns take plain numbers only.
        let plain =
            numbers.len() == 1 || self.lang == Lang::Fr || numbers.iter().all(|n| !n.contains(' '));
        (in_order && plain).then_some((sub, numbers))
    }

    /// The words that say what a block inserted next to unit `at` is, between the address
    /// and the block: `wird folgende Nummer 2` (German, before `eingefügt:`), `il est inséré
    /// un 2° ainsi rédigé` (French, before ` :`), `wordt een onderdeel ingevoegd` (Dutch,
    /// before `, luidende:`), `dodaje się ust. 3a` (Polish, before ` w brzmieniu:`); the
    /// general words where the block is not paragraphs or items of that unit's form. English
    /// names none (`After section 1(1) insert—`).
    pub(super) fn inserted_words(&self, at: &Address, text: &str) -> String {
        let named = self.inserted_units(at, text);
        let depth = at.path.len().saturating_sub(1);
        match (self.lang, named) {
            (Lang::En, _) => String::new(),
            (Lang::De, Some((sub, ns))) => {
                let noun = self.unit_noun(at, depth, &sub);
                match ns.as_slice() {
                    [n] if noun.feminine => format!("wird folgende {} {n}", noun.one),
                    [n] => format!("wird folgender {} {n}", noun.one),
                    [a, .., b] => format!(
                        "werden die folgenden {} {a}{}{b}",
                        noun.many,
                        self.run_sep(ns.len())
                    ),
                    [] => "wird Folgendes".into(),
                }
            }
            (Lang::De, None) => "wird Folgendes".into(),
            (Lang::Fr, Some((sub, ns))) => {
                let label = |n: &str| {
                    sub.renumbered(n)
                        .map_or_else(|| n.to_string(), |r| self.run_label(&r))
                };
                match ns.as_slice() {
                    [n] => format!("il est inséré un {} ainsi rédigé", label(n)),
                    [a, .., b] => format!(
                        "sont insérés des {}{}{} ainsi rédigés",
                        label(a),
                        self.run_sep(ns.len()),
                        label(b)
                    ),
                    [] => "sont insérées des dispositions ainsi rédigées".into(),
                }
            }
            (Lang::Fr, None) => "sont insérées des dispositions ainsi rédigées".into(),
            (Lang::Nl, Some((sub, ns))) => {
                let noun = self.unit_noun(at, depth, &sub);
                match ns.len() {
                    1 => format!("wordt een {} ingevoegd", noun.one),
                    n if n < NL_COUNTS.len() => {
                        format!("worden {} {} ingevoegd", NL_COUNTS[n], noun.many)
                    }
                    n => format!("worden {n} {} ingevoegd", noun.many),
                }
            }
            (Lang::Nl, None) => "wordt ingevoegd".into(),
            (Lang::Pl, Some((sub, ns))) => {
                let noun = self.unit_noun(at, depth, &sub).one;
                match ns.as_slice() {
                    [a, .., b] => format!("dodaje się {noun} {a}{}{b}", self.run_sep(ns.len())),
                    [n] => format!("dodaje się {noun} {n}"),
                    [] => "dodaje się przepisy".into(),
                }
            }
            (Lang::Pl, None) => "dodaje się przepisy".into(),
        }
    }

    /// The sentence omitting `subs` (two or more, following each other) inside the unit
    /// `at`: `In section 5, subsections (2) and (3) are omitted.`, `In § 5 werden die Absätze
    /// 2 und 3 aufgehoben.`, `Les 8° et 9° de l'article 1 sont abrogés.`, `In artikel 1
    /// vervallen de onderdelen 8° en 9°.`, `W art. 1 uchyla się pkt 8 i 9.`
    pub(super) fn render_units_omitted(&self, at: &Address, subs: &[usize]) -> String {
        let (Some(&f), Some(&l)) = (subs.first(), subs.last()) else {
            return String::new();
        };
        let (s1, s2) = (self.sub_now(at.section, f), self.sub_now(at.section, l));
        let (a, b) = (self.run_label(&s1), self.run_label(&s2));
        let many = self.unit_noun(at, at.path.len(), &s1).many;
        let sep = self.run_sep(subs.len());
        match self.lang {
            Lang::En => {
                let parent = self.address(at, Form::Plain);
                format!("In {parent}, {many} {a}{sep}{b} are omitted.")
            }
            Lang::De => {
                let parent = self.address(at, Form::To);
                format!("In {parent} werden die {many} {a}{sep}{b} aufgehoben.")
            }
            Lang::Fr => format!("Les {a}{sep}{b} {} sont abrogés.", self.of_unit(at)),
            Lang::Nl => {
                let parent = self.address(at, Form::Plain);
                let comma = if at.path.is_empty() { "" } else { "," };
                format!("In {parent}{comma} vervallen de {many} {a}{sep}{b}.")
            }
            Lang::Pl => format!("{}uchyla się {many} {a}{sep}{b}.", self.pl_parent(at)),
        }
    }

    /// Reads a sentence of [`Wording::render_units_omitted`]; `None` when it is not one.
    pub(super) fn parse_units_omitted(&self, i: &str) -> Option<Instruction> {
        let i = i.trim_end();
        let (at, labels): (Address, &str) = match self.lang {
            Lang::En => {
                let rest = i.strip_prefix("In ")?;
                let (at, rest) = self.unit_then(rest, Form::Plain, ", ")?;
                let (_, labels) = rest.strip_suffix(" are omitted.")?.split_once(' ')?;
                (at, labels)
            }
            Lang::De => {
                let rest = i.strip_prefix("In ")?;
                let (at, rest) = self.unit_then(rest, Form::To, " werden die ")?;
                let (_, labels) = rest.strip_suffix(" aufgehoben.")?.split_once(' ')?;
                (at, labels)
            }
            Lang::Fr => {
                let head = i.strip_prefix("Les ")?.strip_suffix(" sont abrogés.")?;
                let (labels, of) = [" du ", " de ", " d'", " des "]
                    .iter()
                    .filter_map(|p| head.find(p).map(|k| (k, *p)))
                    .min_by_key(|(k, _)| *k)
                    .map(|(k, _)| (&head[..k], &head[k + 1..]))?;
                (self.of_parsed(of)?, labels)
            }
            Lang::Nl => {
                let rest = i.strip_prefix("In ")?;
                let (at, rest) = self
                    .unit_then(rest, Form::Plain, ", vervallen de ")
                    .or_else(|| self.unit_then(rest, Form::Plain, " vervallen de "))?;
                let (_, labels) = rest.strip_suffix('.')?.split_once(' ')?;
                (at, labels)
            }
            Lang::Pl => {
                let (at, rest) = self.pl_parse_parent(i)?;
                let (_, labels) = rest
                    .strip_prefix("uchyla się ")?
                    .strip_suffix('.')?
                    .split_once(' ')?;
                (at, labels)
            }
        };
        let (a, b) = self.run_ends(labels, false)?;
        let (first, subs) = self.members(&at, (a, b))?;
        let state = self.state.borrow();
        let alike = subs
            .iter()
            .all(|&k| state.sub(self.doc, at.section, k).marker == first.marker);
        drop(state);
        // Only the sentence this style writes for them (its nouns, `and` for two, `to` for
        // more) reads back.
        let ok = subs.len() >= 2 && alike && self.render_units_omitted(&at, &subs) == i;
        ok.then_some(Instruction::Edit {
            at,
            edit: TextEdit::OmitUnits { subs },
        })
    }

    /// German: what restates the unit `at` with `text` (`den folgenden Absatz 3`, `die
    /// folgende Nummer 2`, `den folgenden Buchstaben c`), in the accusative, numbered as
    /// `text` opens.
    pub(super) fn replacing_words(&self, at: &Address, text: &str) -> String {
        let Some(&k) = at.path.last() else {
            return "Folgendes".into();
        };
        let sub = self.sub_now(at.section, k);
        let noun = self.unit_noun(at, at.path.len() - 1, &sub);
        let n = opening_number(sub.marker, text).unwrap_or_else(|| sub.number().to_string());
        match (noun.feminine, noun.one) {
            (true, one) => format!("die folgende {one} {n}"),
            (false, "Buchstabe") => format!("den folgenden Buchstaben {n}"),
            (false, "Doppelbuchstabe") => format!("den folgenden Doppelbuchstaben {n}"),
            (false, one) => format!("den folgenden {one} {n}"),
        }
    }

    /// French `de l'article 1` (the section) or `du 2° de l'article 1` (a unit in it).
    fn of_unit(&self, at: &Address) -> String {
        if at.path.is_empty() {
            return self.sref(at.section, Form::Of);
        }
        let det = self.address(at, Form::Det);
        format!("du {}", det.strip_prefix("le ").unwrap_or(&det))
    }

    /// Reads a sentence of [`Wording::render_unit_run`]; `None` when it is not one.
    pub(super) fn parse_unit_run(&self, i: &str) -> Option<Instruction> {
        let i = i.trim_end();
        match self.lang {
            Lang::En => {
                let rest = i.strip_prefix("In ")?;
                let (at, rest) = self.unit_then(rest, Form::Plain, ", ")?;
                let (words, one) = match rest.split_once(" is renumbered ") {
                    Some(x) => (x, true),
                    None => (rest.split_once(" are renumbered ")?, false),
                };
                let (noun, olds) = words.0.split_once(' ')?;
                let (a, b) = self.run_ends(olds, one)?;
                let (c, d) = self.run_ends(words.1.strip_suffix('.')?, one)?;
                self.unit_run(at, (a, b), (c, d), one, |n| [n.one, n.many].contains(&noun))
            }
            Lang::De => {
                let rest = i.strip_prefix("In ")?;
                for (verb, one) in [(" wird ", true), (" werden ", false)] {
                    let Some((at, rest)) = self.unit_then(rest, Form::To, verb) else {
                        continue;
                    };
                    let (article, rest) = ["der bisherige ", "die bisherige ", "die bisherigen "]
                        .iter()
                        .find_map(|p| rest.strip_prefix(p).map(|r| (*p, r)))?;
                    let (noun, rest) = rest.split_once(' ')?;
                    let (olds, news) = match one {
                        true => rest.split_once(&format!(" {noun} "))?,
                        false => rest.split_once(&format!(" die {noun} "))?,
                    };
                    let (a, b) = self.run_ends(olds, one)?;
                    let (c, d) = self.run_ends(news.strip_suffix('.')?, one)?;
                    return self.unit_run(at, (a, b), (c, d), one, |n| match one {
                        true => n.one == noun && (article == "die bisherige ") == n.feminine,
                        false => n.many == noun && article == "die bisherigen ",
                    });
                }
                None
            }
            Lang::Fr => {
                let (one, rest, verb) = match i.strip_prefix("Les ") {
                    Some(r) => (false, r, " deviennent les "),
                    None => (true, i.strip_prefix("Le ")?, " devient le "),
                };
                let (head, news) = rest.split_once(verb)?;
                // The labels, then `de l'article 1` or `du 2° de l'article 1`.
                let (olds, of) = [" du ", " de ", " d'", " des "]
                    .iter()
                    .filter_map(|p| head.find(p).map(|k| (k, *p)))
                    .min_by_key(|(k, _)| *k)
                    .map(|(k, _)| (&head[..k], &head[k + 1..]))?;
                let at = self.of_parsed(of)?;
                let (a, b) = self.run_ends(olds, one)?;
                let (c, d) = self.run_ends(news.strip_suffix('.')?, one)?;
                self.unit_run(at, (a, b), (c, d), one, |_| true)
            }
            Lang::Nl => {
                let rest = i.strip_prefix("In ")?;
                for (verb, one) in [(" wordt ", true), (" worden de ", false)] {
                    let Some((at, rest)) = self
                        .unit_then(rest, Form::Plain, &format!(",{verb}"))
                        .or_else(|| self.unit_then(rest, Form::Plain, verb))
                    else {
                        continue;
                    };
                    let (noun, rest) = rest.split_once(' ')?;
                    let (olds, news) = [" vernummerd tot ", " verletterd tot "]
                        .iter()
                        .find_map(|v| rest.split_once(v))?;
                    let news = news.strip_prefix(noun)?.strip_prefix(' ')?;
                    let (a, b) = self.run_ends(olds, one)?;
                    let (c, d) = self.run_ends(news.strip_suffix('.')?, one)?;
                    return self.unit_run(at, (a, b), (c, d), one, |n| {
                        (if one { n.one } else { n.many }) == noun
                    });
                }
                None
            }
            Lang::Pl => {
                let (at, rest) = self.pl_parse_parent(i)?;
                let (noun, rest) = rest.split_once(' ')?;
                let (olds, news) = rest.split_once(" oznacza się jako ")?;
                let news = news
                    .strip_prefix(noun)?
                    .strip_prefix(' ')?
                    .strip_suffix('.')?;
                let (and, to) = self.run_seps();
                let one = !olds.contains(and) && !olds.contains(to);
                let (a, b) = self.run_ends(olds, one)?;
                let (c, d) = self.run_ends(news, one)?;
                self.unit_run(at, (a, b), (c, d), one, |n| n.one == noun)
            }
        }
    }

    /// An address written in `form` followed by `then`: the unit and what follows.
    fn unit_then<'x>(&self, i: &'x str, form: Form, then: &str) -> Option<(Address, &'x str)> {
        let (rest, at) = self.parse_address(i, form).ok()?;
        Some((at, rest.strip_prefix(then)?))
    }

    /// The unit of a French `de l'article 1` or `du 2° de l'article 1` (all of `of`).
    fn of_parsed(&self, of: &str) -> Option<Address> {
        if let Ok((rest, s)) = self.section(Form::Of)(of) {
            return rest.is_empty().then_some(Address {
                section: s,
                path: Vec::new(),
            });
        }
        let det = format!("le {}", of.strip_prefix("du ")?);
        let (rest, at) = self.parse_address(&det, Form::Det).ok()?;
        rest.is_empty().then_some(at)
    }

    /// The paragraphs or items standing directly inside unit `at` from the one labelled
    /// `labels.0` to the one labelled `labels.1` (each the only one so numbered there), and
    /// the first as it stands.
    pub(super) fn members(
        &self,
        at: &Address,
        labels: (&str, &str),
    ) -> Option<(Subheading, Vec<usize>)> {
        let s = at.section;
        let state = self.state.borrow();
        let live: Vec<usize> = self
            .doc
            .children(s, at.path.last().copied())
            .filter(|&k| state.sub_live(s, k))
            .collect();
        let find = |label: &str| {
            let n = bare_number(label);
            let mut it = live
                .iter()
                .copied()
                .filter(|&k| state.sub(self.doc, s, k).number() == n);
            let k = it.next()?;
            it.next().is_none().then_some(k)
        };
        let (k1, k2) = (find(labels.0)?, find(labels.1)?);
        let members: Vec<usize> = live
            .iter()
            .copied()
            .filter(|&k| k1 <= k && k <= k2)
            .collect();
        (!members.is_empty()).then(|| (state.sub(self.doc, s, k1), members))
    }

    /// The renumbering of the run named by its first and last labels now (`olds`) and after
    /// (`news`) inside unit `at`: every paragraph or item standing between the two, of the
    /// first one's marker, shifted alike; `noun_ok` checks the noun the sentence used.
    fn unit_run(
        &self,
        at: Address,
        olds: (&str, &str),
        news: (&str, &str),
        one: bool,
        noun_ok: impl Fn(&Noun) -> bool,
    ) -> Option<Instruction> {
        let s = at.section;
        let (first, members) = self.members(&at, olds)?;
        let state = self.state.borrow();
        let m = first.marker;
        if !renumberable(m)
            || one != (members.len() == 1)
            || !noun_ok(&self.unit_noun(&at, at.path.len(), &first))
        {
            return None;
        }
        let shift = unit_value(m, &bare_number(news.0))? - unit_value(m, first.number())?;
        if shift == 0 {
            return None;
        }
        let mut units = Vec::with_capacity(members.len());
        for k in members {
            let sub = state.sub(self.doc, s, k);
            if sub.marker != m {
                return None;
            }
            let new = shift_unit_number(m, sub.number(), shift)?;
            units.push(UnitNumber {
                sub: k,
                old: sub.number().to_string(),
                new,
            });
        }
        drop(state);
        let units_ok = units.first().is_some_and(|u| bare_number(news.0) == u.new)
            && units.last().is_some_and(|u| bare_number(news.1) == u.new);
        // The labels as this style writes them, so that only its own sentence reads back.
        let ins = Instruction::Edit {
            at,
            edit: TextEdit::RenumberUnits { units },
        };
        units_ok.then_some(ins)
    }
}

/// Whether `line` opens with a range of items of form `m` (`6° et 7° (abrogés)`, see
/// [`tree::range_tail_in`]): the placeholder a consolidated text prints for units repealed.
fn opens_range(m: Marker, line: &str) -> bool {
    m == Marker::Degree
        && opening_number(m, line).is_some_and(|n| tree::range_tail_in(line, &n).is_some())
}
