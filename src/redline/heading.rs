//! The heading grammar (nom 8, complete parsers only) and the split of a text into sections.
//!
//! A heading is recognised at the start of a line:
//!
//! | style                        | kind          | rank |
//! |------------------------------|---------------|------|
//! | `Part 3`, `Chapter II`, `Schedule 1` | division | 0 |
//! | `Article 5`, `Art. 5a`, `Section 12`, `Sec. 12`, `§ 184b` | article-like | 1 |
//! | `12.` (numbered paragraph)   | numbered      | 2    |
//! | `(1)` (numbered subsection)  | subsection    | 3    |
//!
//! Keywords are matched without regard to case. A heading is rejected when the word after the
//! number starts with a lower-case letter (`Section 6 states terms …` is a sentence that was
//! wrapped onto a new line, not a heading), and bare numbers (`12.`) may be indented by at most
//! three spaces (deeper indentation is a wrapped line such as `    7.  This requirement …`).

use std::ops::Range;

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_while, take_while_m_n},
    character::complete::{char, digit1, space0, space1},
    combinator::{peek, verify},
    multi::many0,
    sequence::preceded,
};

use super::{HeadingKind, Section, Subheading};

/// A heading found on one line; offsets are relative to the line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawHeading<'a> {
    /// The kind of heading.
    pub kind: HeadingKind,
    /// The number as written (`5a`, `II`, `184b`).
    pub number: &'a str,
    /// Byte range of the number in the line.
    pub number_at: Range<usize>,
    /// The rest of the line after the number, separators and spaces trimmed.
    pub title: &'a str,
}

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

fn is_roman(c: char) -> bool {
    matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M')
}

/// `5`, `5a`, `184b`, `12.3`: digits, at most four letters, then optional `.digits…` parts.
fn arabic(i: &str) -> IResult<&str, ()> {
    let (i, _) = digit1(i)?;
    let (i, _) = take_while_m_n(0, 4, |c: char| c.is_ascii_alphabetic())(i)?;
    let (i, _) = many0(preceded(
        char('.'),
        (
            digit1,
            take_while_m_n(0, 4, |c: char| c.is_ascii_alphabetic()),
        ),
    ))
    .parse(i)?;
    Ok((i, ()))
}

/// `II`, `XIV` (upper case) or a single capital letter (`Part A`).
fn roman_or_letter(i: &str) -> IResult<&str, ()> {
    let (i, _) = alt((
        take_while_m_n(1, 8, is_roman),
        take_while_m_n(1, 1, |c: char| c.is_ascii_uppercase()),
    ))
    .parse(i)?;
    Ok((i, ()))
}

/// The number after a keyword, ending at a word boundary. Returns the number's text.
///
/// The consumed text is sliced by offsets rather than with `recognize`, which misbehaved on
/// `pair(digit1, alpha0)` in nom 8 here.
fn number(i: &str) -> IResult<&str, &str> {
    let (rest, _) = alt((arabic, roman_or_letter)).parse(i)?;
    let (rest, _) = boundary(rest)?;
    Ok((rest, &i[..i.len() - rest.len()]))
}

/// Succeeds, consuming nothing, when the next character is not alphanumeric (or at the end).
fn boundary(i: &str) -> IResult<&str, ()> {
    match i.chars().next() {
        Some(c) if c.is_alphanumeric() => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::AlphaNumeric,
        ))),
        _ => Ok((i, ())),
    }
}

/// A keyword with its kind, capitalised (`Section`, `SECTION`, not `section`: a lower-case
/// keyword at line start is a wrapped sentence). Word keywords need a space after them;
/// abbreviations and `§` do not.
fn keyword(i: &str) -> IResult<&str, HeadingKind> {
    let capital =
        |w: &'static str| verify(tag_no_case(w), |t: &str| t.starts_with(char::is_uppercase));
    let word = move |w: &'static str, k: HeadingKind| (capital(w), space1).map(move |_| k);
    let abbr = move |w: &'static str, k: HeadingKind| (capital(w), space0).map(move |_| k);
    alt((
        word("Article", HeadingKind::Article),
        abbr("Art.", HeadingKind::Article),
        word("Section", HeadingKind::Section),
        abbr("Sec.", HeadingKind::Section),
        (tag("§"), space0).map(|_| HeadingKind::Paragraph),
        word("Chapter", HeadingKind::Chapter),
        word("Part", HeadingKind::Part),
        word("Schedule", HeadingKind::Schedule),
    ))
    .parse(i)
}

/// `Article 5 …`, `§ 184b …`, `Chapter II …`: any indentation, keyword, number.
fn keyword_heading(i: &str) -> IResult<&str, (HeadingKind, &str)> {
    let (i, _) = take_while(is_blank)(i)?;
    let (i, kind) = keyword(i)?;
    let (i, n) = number(i)?;
    // `Section 13, concerning …` is a sentence.
    if i.chars().next().is_some_and(|c| !may_follow_number(c)) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((i, (kind, n)))
}

/// `12.` at line start (indented by at most three blanks), followed by a blank or the line end.
fn numbered_paragraph(i: &str) -> IResult<&str, (HeadingKind, &str)> {
    let (i, _) = take_while_m_n(0, 3, is_blank)(i)?;
    let start = i;
    let (i, _) = verify(digit1, |d: &str| d.len() <= 4).parse(i)?;
    let (i, _) = take_while_m_n(0, 2, |c: char| c.is_ascii_lowercase())(i)?;
    let n = &start[..start.len() - i.len()];
    let (i, _) = tag(".")(i)?;
    let (i, _) = alt((space1, end_of_line)).parse(i)?;
    Ok((i, (HeadingKind::Numbered, n)))
}

/// `(1)`, `(2a)` after any indentation, followed by a blank or the line end.
fn subsection(i: &str) -> IResult<&str, (HeadingKind, &str)> {
    let (i, _) = take_while(is_blank)(i)?;
    let (i, _) = char('(')(i)?;
    let start = i;
    let (i, _) = verify(digit1, |d: &str| d.len() <= 3).parse(i)?;
    let (i, _) = take_while_m_n(0, 2, |c: char| c.is_ascii_lowercase())(i)?;
    let n = &start[..start.len() - i.len()];
    let (i, _) = char(')')(i)?;
    let (i, _) = alt((space1, end_of_line)).parse(i)?;
    Ok((i, (HeadingKind::Subsection, n)))
}

fn end_of_line(i: &str) -> IResult<&str, &str> {
    peek(verify(take_while(|_| true), |s: &str| s.is_empty())).parse(i)
}

/// Characters that may follow a number directly (besides the line end).
fn may_follow_number(c: char) -> bool {
    matches!(c, '.' | ':' | '–' | '—' | '-' | ')' | ' ' | '\t')
}

/// Separators allowed between the number and the title.
fn is_separator(c: char) -> bool {
    matches!(c, '.' | ':' | '–' | '—' | '-' | ' ' | '\t')
}

/// Parses a heading from one line (without its line break). `None` when the line is text.
pub(crate) fn parse_heading(line: &str) -> Option<RawHeading<'_>> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    // Dispatch on the first character after blanks: most lines are not headings and each
    // style starts differently.
    let first = line.trim_start_matches(is_blank).chars().next()?;
    let parsed = if first == '(' {
        subsection(line)
    } else if first.is_ascii_digit() {
        numbered_paragraph(line)
    } else if first == '§' || "ASCP".contains(first) {
        keyword_heading(line)
    } else {
        return None;
    };
    let (rest, (kind, number)) = parsed.ok()?;
    let title = rest.trim_start_matches(is_separator).trim_end();
    // Also skip an opening bracket or quote before judging the case of the next word.
    let first = title
        .trim_start_matches(['(', '[', '"', '\''])
        .chars()
        .next();
    if first.is_some_and(char::is_lowercase) {
        return None;
    }
    let at = number.as_ptr() as usize - line.as_ptr() as usize;
    Some(RawHeading {
        kind,
        number,
        number_at: at..at + number.len(),
        title,
    })
}

/// One heading with its place in the text.
struct Found<'a> {
    start: usize,
    line: usize,
    heading: RawHeading<'a>,
}

fn headings(text: &str) -> Vec<Found<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let body = line.strip_suffix('\n').unwrap_or(line);
        if let Some(h) = parse_heading(body) {
            out.push(Found {
                start,
                line: n + 1,
                heading: h,
            });
        }
        start += line.len();
    }
    out
}

/// The rank that splits sections for this pair of texts: the highest-ranking of article-like
/// (1), numbered paragraph (2) and subsection (3) headings found in either text. Divisions
/// (rank 0) always split.
fn split_rank(a: &[Found], b: &[Found]) -> u8 {
    a.iter()
        .chain(b)
        .map(|f| f.heading.kind.rank())
        .filter(|&r| r >= 1)
        .min()
        .unwrap_or(3)
}

fn build(text: &str, found: Vec<Found>, rank: u8) -> Vec<Section> {
    // Sized up front: a bill has thousands of sections and tens of thousands of subsections.
    let splits = found
        .iter()
        .filter(|f| f.heading.kind.rank() <= rank)
        .count();
    let mut sections: Vec<Section> = Vec::with_capacity(splits + 1);
    let mut subs_after = vec![0usize; found.len() + 1];
    for k in (0..found.len()).rev() {
        subs_after[k] = if found[k].heading.kind.rank() <= rank {
            0
        } else {
            subs_after[k + 1] + 1
        };
    }
    let first_split = found
        .iter()
        .find(|f| f.heading.kind.rank() <= rank)
        .map_or(text.len(), |f| f.start);
    if first_split > 0 {
        sections.push(Section {
            kind: HeadingKind::Preamble,
            number: None,
            label: "preamble".to_string(),
            title: String::new(),
            level: 0,
            line: 1,
            start: 0,
            end: first_split,
            number_span: None,
            subsections: Vec::new(),
        });
    }
    for (k, f) in found.into_iter().enumerate() {
        let h = &f.heading;
        if h.kind.rank() <= rank {
            if let Some(last) = sections.last_mut() {
                last.end = f.start;
            }
            sections.push(Section {
                kind: h.kind,
                number: Some(h.number.to_string()),
                label: h.kind.label(h.number),
                title: h.title.to_string(),
                level: h.kind.rank(),
                line: f.line,
                start: f.start,
                end: text.len(),
                number_span: Some(f.start + h.number_at.start..f.start + h.number_at.end),
                subsections: Vec::with_capacity(subs_after[k + 1]),
            });
        } else if let Some(last) = sections.last_mut()
            && let Some(sub) = Subheading::new(h.kind, h.number, f.line)
        {
            last.subsections.push(sub);
        }
    }
    if let Some(last) = sections.last_mut() {
        last.end = text.len();
    }
    sections
}

/// Splits both texts into sections at the same heading rank (see [`split_rank`]).
pub(crate) fn split_pair(old: &str, new: &str) -> (Vec<Section>, Vec<Section>, u8) {
    let a = headings(old);
    let b = headings(new);
    let rank = split_rank(&a, &b);
    (build(old, a, rank), build(new, b, rank), rank)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(line: &str) -> Option<(HeadingKind, String, String)> {
        parse_heading(line).map(|h| {
            assert_eq!(
                &line[h.number_at.clone()],
                h.number,
                "number span of {line:?}"
            );
            (h.kind, h.number.to_string(), h.title.to_string())
        })
    }

    fn some(kind: HeadingKind, n: &str, title: &str) -> Option<(HeadingKind, String, String)> {
        Some((kind, n.to_string(), title.to_string()))
    }

    #[test]
    fn article_styles() {
        use HeadingKind::*;
        assert_eq!(h("Article 5"), some(Article, "5", ""));
        assert_eq!(
            h("Article 5 – Illegal access"),
            some(Article, "5", "Illegal access")
        );
        assert_eq!(h("ARTICLE 12"), some(Article, "12", ""));
        assert_eq!(h("Art. 5a"), some(Article, "5a", ""));
        assert_eq!(h("Art.5a Scope"), some(Article, "5a", "Scope"));
        assert_eq!(h("   Article 7"), some(Article, "7", ""));
        assert_eq!(h("Article 5bis"), some(Article, "5bis", ""));
    }

    #[test]
    fn section_styles() {
        use HeadingKind::*;
        assert_eq!(h("Section 12. Offences"), some(Section, "12", "Offences"));
        assert_eq!(h("Sec. 12"), some(Section, "12", ""));
        assert_eq!(h("Section 12.3 Scope"), some(Section, "12.3", "Scope"));
        assert_eq!(h("Section 12\r"), some(Section, "12", ""));
        assert_eq!(h("§ 184b"), some(Paragraph, "184b", ""));
        assert_eq!(
            h("§184b Verbreitung"),
            some(Paragraph, "184b", "Verbreitung")
        );
    }

    #[test]
    fn division_styles() {
        use HeadingKind::*;
        assert_eq!(h("Chapter II"), some(Chapter, "II", ""));
        assert_eq!(
            h("CHAPTER IV – Final clauses"),
            some(Chapter, "IV", "Final clauses")
        );
        assert_eq!(h("Part 3"), some(Part, "3", ""));
        assert_eq!(h("Part A"), some(Part, "A", ""));
        assert_eq!(h("Schedule 1"), some(Schedule, "1", ""));
    }

    #[test]
    fn numbered_paragraphs_and_subsections() {
        use HeadingKind::*;
        assert_eq!(h("12."), some(Numbered, "12", ""));
        assert_eq!(h("11. RELICENSING"), some(Numbered, "11", "RELICENSING"));
        assert_eq!(
            h("  0. This License applies"),
            some(Numbered, "0", "This License applies")
        );
        assert_eq!(h("12a. Scope"), some(Numbered, "12a", "Scope"));
        assert_eq!(h("(1)"), some(Subsection, "1", ""));
        assert_eq!(h("(1) A person"), some(Subsection, "1", "A person"));
        assert_eq!(h("  (2a) Where"), some(Subsection, "2a", "Where"));
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
            "(1) shall apply",
            "(a) The court",
            "Section",
            "Section five",
            "Sectional 5",
            "",
            "12345. Too long",
            "Articled 5",
            "section 13, concerning interaction",
            "Section 13, concerning interaction",
            "part a textbook of mathematics",
            "article 5",
        ] {
            assert_eq!(h(line), None, "{line:?}");
        }
    }

    #[test]
    fn split_uses_the_highest_rank() {
        let text = "Intro\nSection 1. A\n(1) X\n(2) Y\n\nSection 2. B\n1. Para\n";
        let (s, _, rank) = split_pair(text, text);
        assert_eq!(rank, 1);
        let labels: Vec<_> = s.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["preamble", "Section 1", "Section 2"]);
        assert_eq!(s[1].subsections.len(), 2);
        assert_eq!(s[1].subsections[1].label(), "(2)");
        assert_eq!(s[1].subsections[1].level, 3);
        assert_eq!(s[2].subsections[0].label(), "1.");
        assert_eq!(
            &text[s[1].start..s[1].end],
            "Section 1. A\n(1) X\n(2) Y\n\n"
        );
        assert_eq!(s[2].end, text.len());
        assert_eq!(s[1].line, 2);
    }

    #[test]
    fn numbered_paragraphs_split_when_no_articles() {
        let text = "0. PREAMBLE\ntext\n1. APPLICABILITY\nmore\n";
        let (s, _, rank) = split_pair(text, text);
        assert_eq!(rank, 2);
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].label, "1.");
    }

    #[test]
    fn divisions_always_split() {
        let text = "Chapter I\nArticle 1\nx\nArticle 2\ny\nChapter II\nArticle 3\n";
        let (s, _, _) = split_pair(text, text);
        let labels: Vec<_> = s.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Chapter I",
                "Article 1",
                "Article 2",
                "Chapter II",
                "Article 3"
            ]
        );
        assert_eq!(s[0].level, 0);
    }

    #[test]
    fn no_headings_is_one_preamble_and_empty_is_nothing() {
        let (s, _, _) = split_pair("just text\n", "");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].kind, HeadingKind::Preamble);
        let (s, t, _) = split_pair("", "");
        assert!(s.is_empty() && t.is_empty());
    }
}
