//! Selections for `--only`: comma lists and ranges of references (`lanzarote:18-24,budapest:9`).

use nom::Parser;
use nom::character::complete::{char, multispace0};
use nom::combinator::{cut, opt};
use nom::sequence::preceded;

use super::grammar::{GrammarError, PResult, designator, dotted_path};
use super::{Locator, ReferenceSyntaxError};

/// One item of a selection: a standard, a ref, or a range of refs within one standard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelectionItem {
    /// The designator as written; items without one inherit the previous item's.
    pub designator: String,
    /// The start of the item (the whole standard when `Locator::Standard`).
    pub from: Locator,
    /// The inclusive end of a range, as a path in the same standard.
    pub to: Option<Vec<String>>,
}

fn range_end(i: &str) -> PResult<'_, Vec<String>> {
    preceded((multispace0, char('-'), multispace0), cut(dotted_path)).parse(i)
}

fn path_item(i: &str) -> PResult<'_, (Locator, Option<Vec<String>>)> {
    let (rest, from) = dotted_path(i)?;
    let (rest, to) = opt(range_end).parse(rest)?;
    Ok((rest, (Locator::Path(from), to)))
}

fn item(
    previous: Option<String>,
) -> impl FnMut(&str) -> PResult<'_, (String, Locator, Option<Vec<String>>)> {
    move |i: &str| {
        if let (Some(prev), Ok((rest, (from, to)))) = (&previous, path_item(i)) {
            return Ok((rest, (prev.clone(), from, to)));
        }
        let (rest, d) = designator(i)?;
        let (rest, located) = opt(preceded(
            (multispace0, char(':'), multispace0),
            cut(path_item),
        ))
        .parse(rest)?;
        let (from, to) = located.unwrap_or((Locator::Standard, None));
        Ok((rest, (d.to_string(), from, to)))
    }
}

/// Parses `lanzarote:18-24,budapest:9,13`; an item without a treaty inherits the previous one's.
pub fn parse_selection(input: &str) -> Result<Vec<SelectionItem>, ReferenceSyntaxError> {
    let mut items: Vec<SelectionItem> = Vec::new();
    let mut rest = input;
    loop {
        let (after_ws, _) = multispace0::<_, GrammarError>(rest).expect("multispace0 cannot fail");
        let previous = items.last().map(|i| i.designator.clone());
        match item(previous).parse(after_ws) {
            Ok((next, (designator, from, to))) => {
                items.push(SelectionItem {
                    designator,
                    from,
                    to,
                });
                let next = next.trim_start();
                match next.strip_prefix(',') {
                    Some(more) => rest = more,
                    None if next.is_empty() => return Ok(items),
                    None => {
                        return Err(error(input, next, Some("`,` or the end of the selection")));
                    }
                }
            }
            Err(nom::Err::Error(e) | nom::Err::Failure(e)) => {
                return Err(error(input, e.rest, e.expected));
            }
            Err(nom::Err::Incomplete(_)) => return Err(error(input, "", None)),
        }
    }
}

fn error(input: &str, rest: &str, expected: Option<&'static str>) -> ReferenceSyntaxError {
    ReferenceSyntaxError {
        input: input.to_string(),
        offset: input.len() - rest.len(),
        expected: expected.unwrap_or("a reference such as `lanzarote:18-24`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &[&str]) -> Vec<String> {
        s.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn lists_and_ranges() {
        let items = parse_selection("lanzarote:18-24,budapest:9").unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].designator, "lanzarote");
        assert_eq!(items[0].from, Locator::Path(p(&["18"])));
        assert_eq!(items[0].to, Some(p(&["24"])));
        assert_eq!(items[1].from, Locator::Path(p(&["9"])));
        assert_eq!(items[1].to, None);
    }

    #[test]
    fn items_inherit_the_previous_treaty() {
        let items = parse_selection("budapest:2-11, 13").unwrap();
        assert_eq!(items[1].designator, "budapest");
        assert_eq!(items[1].from, Locator::Path(p(&["13"])));
    }

    #[test]
    fn whole_standards_and_aliases() {
        let items = parse_selection("lanzarote,ets185:9.1.a-9.1.c").unwrap();
        assert_eq!(items[0].from, Locator::Standard);
        assert_eq!(items[1].designator, "ets185");
        assert_eq!(items[1].to, Some(p(&["9", "1", "c"])));
    }

    #[test]
    fn errors_point_at_the_offending_character() {
        let e = parse_selection("lanzarote:18-").unwrap_err();
        assert_eq!(e.offset, 13);
        let e = parse_selection("lanzarote:18;20").unwrap_err();
        assert_eq!(e.offset, 12);
        let e = parse_selection("13").unwrap_err();
        assert_eq!(e.offset, 0);
    }
}
