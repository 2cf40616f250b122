//! The nom grammar for treaty references (design §2).
//!
//! The grammar only reads structure: a standard designator and a locator (a chapter, or a path of
//! segments such as `20`, `1`, `a`). Whether a segment is a paragraph, a letter or a roman numeral
//! is decided later, against the standard's own tree, which keeps `i` (letter or numeral) unambiguous.

use std::ops::Range;

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while, take_while1};
use nom::character::complete::{alpha0, char, digit1, multispace0, multispace1};
use nom::combinator::{cut, opt, recognize};
use nom::error::{ContextError, ErrorKind, ParseError, context};
use nom::multi::many0;
use nom::sequence::{delimited, pair, preceded, terminated};
use nom::{IResult, Parser};

/// What a reference points at inside a standard, before it is checked against the tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Locator {
    /// The whole standard (`lanzarote`).
    Standard,
    /// A chapter, by its number as printed (`VI`), lower-cased.
    Chapter(String),
    /// An article and the segments under it, lower-cased (`["20", "1", "a"]`).
    Path(Vec<String>),
}

/// A reference as written, split into the standard designator and the locator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedReference {
    /// The designator as written (`CETS 201`, `lanzarote`), for alias lookup.
    pub designator: String,
    /// Byte range of the designator in the input.
    pub designator_span: Range<usize>,
    /// What the reference points at.
    pub locator: Locator,
    /// Byte range of the locator in the input (empty at the end for a whole standard).
    pub locator_span: Range<usize>,
}

/// A reference that could not be read, with the byte offset of the offending character.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReferenceSyntaxError {
    /// The text that was parsed.
    pub input: String,
    /// Byte offset of the first character that could not be read.
    pub offset: usize,
    /// What was expected there, in words.
    pub expected: &'static str,
}

impl std::fmt::Display for ReferenceSyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let column = crate::escape::terminal(&self.input[..self.offset])
            .chars()
            .count();
        let found = match self.input[self.offset..].chars().next() {
            Some(c) => crate::escape::describe_char(c),
            None => "the end of the reference".to_string(),
        };
        let shown = crate::escape::terminal(&self.input);
        writeln!(f, "cannot read the reference `{shown}`")?;
        writeln!(f, "  {shown}")?;
        writeln!(
            f,
            "  {}^ expected {}, found {found}",
            " ".repeat(column),
            self.expected
        )?;
        write!(
            f,
            "hint: write `lanzarote:20.1.a`, `Lanzarote Art. 20(1)(a)` or `Article 20 paragraph 1 letter a of CETS 201`"
        )
    }
}

impl std::error::Error for ReferenceSyntaxError {}

/// Parser error that remembers the furthest position reached and what was expected there.
#[derive(Debug)]
pub(crate) struct GrammarError<'a> {
    pub(crate) rest: &'a str,
    pub(crate) expected: Option<&'static str>,
}

impl<'a> ParseError<&'a str> for GrammarError<'a> {
    fn from_error_kind(rest: &'a str, _kind: ErrorKind) -> Self {
        GrammarError {
            rest,
            expected: None,
        }
    }
    fn append(_rest: &'a str, _kind: ErrorKind, other: Self) -> Self {
        other
    }
    fn or(self, other: Self) -> Self {
        // Keep the alternative that read furthest: its complaint is the most precise.
        if other.rest.len() < self.rest.len()
            || (other.rest.len() == self.rest.len() && self.expected.is_none())
        {
            other
        } else {
            self
        }
    }
}

impl<'a> ContextError<&'a str> for GrammarError<'a> {
    fn add_context(rest: &'a str, ctx: &'static str, mut other: Self) -> Self {
        if other.expected.is_none() || other.rest.len() == rest.len() {
            other.expected = Some(ctx);
        }
        other
    }
}

pub(crate) type PResult<'a, T> = IResult<&'a str, T, GrammarError<'a>>;

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// `CETS No. 201`, `ETS 185`, `cets201`: a treaty-series designator.
fn series_designator(i: &str) -> PResult<'_, &str> {
    recognize((
        alt((tag_no_case("cets"), tag_no_case("ets"))),
        multispace0,
        opt(terminated(
            alt((tag_no_case("no."), tag_no_case("no"))),
            multispace0,
        )),
        digit1,
    ))
    .parse(i)
}

/// `lanzarote`, `budapest-p1`, optionally followed by `Convention` or `Protocol`.
fn word_designator(i: &str) -> PResult<'_, &str> {
    let (rest, word) = recognize(pair(
        take_while1(|c: char| c.is_ascii_alphabetic()),
        take_while(is_word_char),
    ))
    .parse(i)?;
    if is_keyword(word) {
        return Err(nom::Err::Error(GrammarError {
            rest: i,
            expected: None,
        }));
    }
    let (rest, _) = opt(preceded(
        multispace1,
        alt((tag_no_case("convention"), tag_no_case("protocol"))),
    ))
    .parse(rest)?;
    Ok((rest, word))
}

fn is_keyword(word: &str) -> bool {
    ["art", "article", "chapter", "of", "the"]
        .iter()
        .any(|k| word.eq_ignore_ascii_case(k))
}

pub(crate) fn designator(i: &str) -> PResult<'_, &str> {
    context(
        "a treaty name such as `lanzarote`, `budapest` or `CETS 201`",
        alt((series_designator, word_designator)),
    )
    .parse(i)
}

/// A word and a number (`ML 1`), for user-defined aliases; `with_tail` says what must follow
/// so that `budapest 9.1` still reads as a treaty and a path.
fn numbered_designator<'a>(
    mut with_tail: impl Parser<&'a str, Output = (), Error = GrammarError<'a>>,
) -> impl FnMut(&'a str) -> PResult<'a, &'a str> {
    move |i: &'a str| {
        let (rest, _) = (word_designator, multispace1, digit1).parse(i)?;
        let consumed = &i[..i.len() - rest.len()];
        let (_, ()) = with_tail.parse(rest)?;
        Ok((rest, consumed))
    }
}

fn colon_or_article_follows(i: &str) -> PResult<'_, ()> {
    alt((
        (multispace0, char(':')).map(|_| ()),
        (multispace1, article_word).map(|_| ()),
        (multispace1, chapter_word).map(|_| ()),
    ))
    .parse(i)
}

fn end_follows(i: &str) -> PResult<'_, ()> {
    if i.is_empty() {
        Ok((i, ()))
    } else {
        Err(nom::Err::Error(GrammarError {
            rest: i,
            expected: None,
        }))
    }
}

/// An article number: digits with an optional suffix (`5bis`).
fn article_number(i: &str) -> PResult<'_, String> {
    // Hand-rolled: nom 8's `recognize` over `pair(digit1, alpha0)` drops the suffix.
    let (rest, digits) = context("an article number", digit1).parse(i)?;
    let (rest, suffix) = alpha0(rest)?;
    Ok((rest, format!("{digits}{suffix}").to_ascii_lowercase()))
}

fn segment(i: &str) -> PResult<'_, String> {
    context(
        "a paragraph number, a letter or a roman numeral",
        take_while1(|c: char| c.is_ascii_alphanumeric()).map(|s: &str| s.to_ascii_lowercase()),
    )
    .parse(i)
}

/// `20.1.a`: an article number and dotted segments.
pub(crate) fn dotted_path(i: &str) -> PResult<'_, Vec<String>> {
    let (rest, first) = article_number(i)?;
    let (rest, more) = many0(preceded(char('.'), cut(segment))).parse(rest)?;
    Ok((rest, std::iter::once(first).chain(more).collect()))
}

fn chapter_word(i: &str) -> PResult<'_, &str> {
    alt((
        tag_no_case("chapter"),
        tag_no_case("chap."),
        tag_no_case("ch."),
        tag_no_case("ch"),
    ))
    .parse(i)
}

/// `chapter-vi`, `ch VI`, `Chapter 6`.
fn chapter_locator(i: &str) -> PResult<'_, Locator> {
    let (rest, _) = chapter_word(i)?;
    let (rest, _) = opt(alt((tag("-"), multispace1))).parse(rest)?;
    context(
        "a chapter number such as `VI`",
        take_while1(|c: char| c.is_ascii_alphanumeric()),
    )
    .map(|s: &str| Locator::Chapter(s.to_ascii_lowercase()))
    .parse(rest)
}

fn article_word(i: &str) -> PResult<'_, &str> {
    alt((
        tag_no_case("articles"),
        tag_no_case("article"),
        tag_no_case("arts."),
        tag_no_case("art."),
        tag_no_case("art"),
    ))
    .parse(i)
}

/// Words that introduce a segment in prose: `paragraph 1`, `letter a`, `sub-paragraph ii`.
fn segment_word(i: &str) -> PResult<'_, &str> {
    alt((
        tag_no_case("paragraph"),
        tag_no_case("para."),
        tag_no_case("para"),
        tag_no_case("par."),
        tag_no_case("sub-paragraph"),
        tag_no_case("subparagraph"),
        tag_no_case("sub-item"),
        tag_no_case("letter"),
        tag_no_case("item"),
        tag_no_case("point"),
        tag_no_case("lit."),
        tag_no_case("indent"),
    ))
    .parse(i)
}

/// `, second indent`: the treaties' unlettered indents, addressed as roman sub-items
/// (Lanzarote Art. 25.5 names "Article 18, paragraph 1.b, second and third indents").
fn indent(i: &str) -> PResult<'_, String> {
    let ordinal = alt((
        tag_no_case("first").map(|_| "i"),
        tag_no_case("second").map(|_| "ii"),
        tag_no_case("third").map(|_| "iii"),
        tag_no_case("fourth").map(|_| "iv"),
        tag_no_case("fifth").map(|_| "v"),
    ));
    preceded(
        (opt(char(',')), multispace1),
        terminated(ordinal, (multispace1, tag_no_case("indent"))),
    )
    .map(String::from)
    .parse(i)
}

/// One segment after the article number, in any of the written styles.
fn tail_segment(i: &str) -> PResult<'_, String> {
    alt((
        indent,
        delimited(
            (multispace0, char('(')),
            cut(segment),
            cut(context("a closing `)`", char(')'))),
        ),
        preceded(char('.'), cut(segment)),
        preceded(
            (opt(char(',')), multispace1, segment_word, multispace0),
            segment,
        ),
    ))
    .parse(i)
}

/// `Art. 20(1)(a)`, `Article 20 paragraph 1 letter a`, `art 9.3`.
fn article_expression(i: &str) -> PResult<'_, Vec<String>> {
    let (rest, _) = article_word(i)?;
    let (rest, _) = multispace0(rest)?;
    let (rest, first) = article_number(rest)?;
    let (rest, more) = many0(tail_segment).parse(rest)?;
    Ok((rest, std::iter::once(first).chain(more).collect()))
}

struct Spanned<T> {
    value: T,
    span: Range<usize>,
}

/// Runs `parser` and records the byte range it consumed, relative to `origin`.
fn spanned<'a, T>(
    origin: &'a str,
    mut parser: impl Parser<&'a str, Output = T, Error = GrammarError<'a>>,
) -> impl FnMut(&'a str) -> PResult<'a, Spanned<T>> {
    move |i: &'a str| {
        let start = origin.len() - i.len();
        let (rest, value) = parser.parse(i)?;
        let end = origin.len() - rest.len();
        Ok((
            rest,
            Spanned {
                value,
                span: start..end,
            },
        ))
    }
}

fn build(designator: Spanned<&str>, locator: Spanned<Locator>) -> ParsedReference {
    ParsedReference {
        designator: designator.value.to_string(),
        designator_span: designator.span,
        locator: locator.value,
        locator_span: locator.span,
    }
}

fn path_locator(i: &str) -> PResult<'_, Locator> {
    dotted_path.map(Locator::Path).parse(i)
}

/// `lanzarote:20.1.a`, `lanzarote:chapter-vi`, `budapest 9.1.d`, `Lanzarote Art. 20(1)(a)`,
/// `Lanzarote Chapter VI`, or just `lanzarote`.
fn designator_first<'a>(origin: &'a str) -> impl FnMut(&'a str) -> PResult<'a, ParsedReference> {
    move |i: &'a str| {
        let (rest, d) = spanned(
            origin,
            alt((numbered_designator(colon_or_article_follows), designator)),
        )
        .parse(i)?;
        let locator = alt((
            preceded(
                (multispace0, char(':'), multispace0),
                cut(alt((chapter_locator, path_locator))),
            ),
            preceded(
                (opt(char(',')), multispace1),
                alt((
                    chapter_locator,
                    article_expression.map(Locator::Path),
                    path_locator,
                )),
            ),
        ));
        let (rest, l) = opt(spanned(origin, locator)).parse(rest)?;
        let end = origin.len() - rest.len();
        let mut l = l.unwrap_or(Spanned {
            value: Locator::Standard,
            span: end..end,
        });
        // The span covers the separator too; point at the locator itself.
        let skipped = origin[l.span.clone()].len()
            - origin[l.span.clone()]
                .trim_start_matches([' ', '\t', ':', ','])
                .len();
        l.span.start += skipped;
        Ok((rest, build(d, l)))
    }
}

/// ` of the `: fails as a whole at the start of the word, so the caret lands on it.
fn of_clause(i: &str) -> PResult<'_, ()> {
    let (word, _) = pair(opt(char(',')), multispace1).parse(i)?;
    let mut words = (
        tag_no_case("of"),
        multispace1,
        opt(pair(tag_no_case("the"), multispace1)),
    );
    let parsed: PResult<'_, _> = words.parse(word);
    match parsed {
        Ok((rest, _)) => Ok((rest, ())),
        Err(_) => Err(nom::Err::Error(GrammarError {
            rest: word,
            expected: None,
        })),
    }
}

/// `Article 20 paragraph 1 letter a of CETS 201`, `Chapter VI of the Lanzarote Convention`.
fn designator_last<'a>(origin: &'a str) -> impl FnMut(&'a str) -> PResult<'a, ParsedReference> {
    move |i: &'a str| {
        let locator = alt((chapter_locator, article_expression.map(Locator::Path)));
        let (rest, l) = spanned(origin, locator).parse(i)?;
        let (rest, _) = context(
            "`of` and the treaty, as in `Article 23 of CETS 201`",
            of_clause,
        )
        .parse(rest)?;
        let (rest, d) =
            spanned(origin, alt((numbered_designator(end_follows), designator))).parse(rest)?;
        Ok((rest, build(d, l)))
    }
}

/// Parses a reference in any accepted form. The whole input must be consumed.
pub fn parse_reference(input: &str) -> Result<ParsedReference, ReferenceSyntaxError> {
    // Offsets are relative to `origin`, which starts where the input does.
    let origin = input.trim_end();
    let start = origin.trim_start();
    let result = alt((designator_last(origin), designator_first(origin))).parse(start);
    let fail = |rest: &str, expected: Option<&'static str>| ReferenceSyntaxError {
        input: input.to_string(),
        offset: origin.len() - rest.len(),
        expected: expected.unwrap_or("a reference such as `lanzarote:20.1.a`"),
    };
    match result {
        Ok(("", parsed)) => Ok(parsed),
        Ok((rest, _)) => Err(fail(rest, Some("the end of the reference"))),
        Err(nom::Err::Error(e) | nom::Err::Failure(e)) => Err(fail(e.rest, e.expected)),
        Err(nom::Err::Incomplete(_)) => Err(fail("", None)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(input: &str) -> (String, Vec<String>) {
        let parsed = parse_reference(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        match parsed.locator {
            Locator::Path(p) => (parsed.designator, p),
            other => panic!("{input}: expected a path, got {other:?}"),
        }
    }

    fn segs(s: &[&str]) -> Vec<String> {
        s.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn canonical_forms() {
        assert_eq!(
            path("lanzarote:20.1.a"),
            ("lanzarote".into(), segs(&["20", "1", "a"]))
        );
        assert_eq!(
            path("budapest:1.c.ii"),
            ("budapest".into(), segs(&["1", "c", "ii"]))
        );
        assert_eq!(
            path("trafficking:4.a"),
            ("trafficking".into(), segs(&["4", "a"]))
        );
        assert_eq!(path("lanzarote:23"), ("lanzarote".into(), segs(&["23"])));
        assert_eq!(
            path("budapest-p2:5bis"),
            ("budapest-p2".into(), segs(&["5bis"]))
        );
    }

    #[test]
    fn human_forms() {
        assert_eq!(
            path("Lanzarote Art. 20(1)(a)"),
            ("Lanzarote".into(), segs(&["20", "1", "a"]))
        );
        assert_eq!(
            path("Article 20 paragraph 1 letter a of CETS 201"),
            ("CETS 201".into(), segs(&["20", "1", "a"]))
        );
        assert_eq!(
            path("ETS 185 art 9(3)"),
            ("ETS 185".into(), segs(&["9", "3"]))
        );
        assert_eq!(
            path("budapest 9.1.d"),
            ("budapest".into(), segs(&["9", "1", "d"]))
        );
        assert_eq!(
            path("Article 23 of CETS 201"),
            ("CETS 201".into(), segs(&["23"]))
        );
        assert_eq!(
            path("ETS No. 185, Art. 9(1)(e)"),
            ("ETS No. 185".into(), segs(&["9", "1", "e"]))
        );
        assert_eq!(
            path("Art. 18, para. 1, lit. b of the Lanzarote Convention"),
            ("Lanzarote".into(), segs(&["18", "1", "b"]))
        );
        assert_eq!(
            path("  cets201:3.a "),
            ("cets201".into(), segs(&["3", "a"]))
        );
        assert_eq!(path("ML 1 art 1(1)"), ("ML 1".into(), segs(&["1", "1"])));
        assert_eq!(
            path("Lanzarote Art. 18(1)(b), second indent"),
            ("Lanzarote".into(), segs(&["18", "1", "b", "ii"]))
        );
        assert_eq!(
            path("Article 18 paragraph 1 letter b third indent of CETS 201"),
            ("CETS 201".into(), segs(&["18", "1", "b", "iii"]))
        );
        assert_eq!(path("ML 1:2"), ("ML 1".into(), segs(&["2"])));
        assert_eq!(path("Article 2 of ML 1"), ("ML 1".into(), segs(&["2"])));
        assert!(
            parse_reference("budapest 9 art").is_err(),
            "a number then an unfinished article"
        );
        assert_eq!(
            path("ARTICLE 9 (3) OF ETS 185"),
            ("ETS 185".into(), segs(&["9", "3"]))
        );
    }

    #[test]
    fn standards_and_chapters() {
        let p = parse_reference("lanzarote").unwrap();
        assert_eq!(p.locator, Locator::Standard);
        assert_eq!(p.designator_span, 0..9);
        let p = parse_reference("lanzarote:chapter-vi").unwrap();
        assert_eq!(p.locator, Locator::Chapter("vi".into()));
        let p = parse_reference("Chapter VI of CETS 201").unwrap();
        assert_eq!(p.locator, Locator::Chapter("vi".into()));
        assert_eq!(p.designator, "CETS 201");
        let p = parse_reference("Lanzarote Convention").unwrap();
        assert_eq!(p.locator, Locator::Standard);
    }

    #[test]
    fn spans_point_into_the_input() {
        let p = parse_reference("Lanzarote Art. 20(1)(a)").unwrap();
        assert_eq!(
            &"Lanzarote Art. 20(1)(a)"[p.locator_span.clone()],
            "Art. 20(1)(a)"
        );
    }

    #[test]
    fn errors_point_at_the_offending_character() {
        let e = parse_reference("lanzarote:20.1.").unwrap_err();
        assert_eq!(e.offset, 15);
        let e = parse_reference("Lanzarote Art. 20((1)").unwrap_err();
        assert_eq!(e.offset, 18, "{e}");
        let e = parse_reference("lanzarote:x1").unwrap_err();
        assert_eq!(e.offset, 10);
        assert_eq!(e.expected, "an article number");
        let e = parse_reference("Article 23 off CETS 201").unwrap_err();
        assert_eq!(e.offset, 11, "{e}");
        // The misspelt word is past the space the `of` clause starts with: it still says what
        // belongs there, not the generic "a reference such as".
        assert!(e.expected.contains("`of`"), "{e}");
        let e = parse_reference("lanzarote:20(1").unwrap_err();
        assert_eq!(e.offset, 12);
        let e = parse_reference("").unwrap_err();
        assert_eq!(e.offset, 0);
        // Only blanks: once a panic (slicing past the trimmed text), found by a property test.
        let e = parse_reference("  ").unwrap_err();
        assert_eq!(e.offset, 0);
        let e = parse_reference("Art. 20(1)").unwrap_err();
        assert_eq!(e.offset, 10);
        assert!(e.expected.contains("`of`"), "{e}");
    }

    #[test]
    fn error_message_has_a_caret_under_the_column() {
        let e = parse_reference("lanzarote:20.1.").unwrap_err();
        let text = e.to_string();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[1], "  lanzarote:20.1.");
        assert_eq!(lines[2].find('^'), Some(2 + 15), "{text}");
        assert!(lines[3].starts_with("hint:"));
    }
}
