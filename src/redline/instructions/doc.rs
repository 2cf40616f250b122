//! The old text as the instructions see it: its sections (as detection splits them), the
//! paragraphs and items inside each, and a working copy of a section that edits change.

use regex::Regex;

use super::super::detect::{Scheme, Split, split_like, split_pair};
use super::super::style::Style;
use super::super::{HeadingKind, Section};
use super::Address;
use super::nesting::Nesting;

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
    /// How the text nests its divisions.
    pub nesting: Nesting,
}

impl<'a> OldDoc<'a> {
    /// The structure of `text` alone, as the applier sees it.
    pub fn new(text: &'a str, unit: Option<&Regex>) -> Self {
        let split = split_pair(text, text, unit);
        Self::from_split(text, split, unit)
    }

    fn from_split(text: &'a str, split: Split, unit: Option<&Regex>) -> Self {
        let parents = split.old.iter().map(parents).collect();
        OldDoc {
            nesting: Nesting::of(&split.old),
            text,
            sections: split.old,
            parents,
            scheme: split.scheme,
            unit: unit.cloned(),
        }
    }

    /// The sections of a quoted block of text (an insertion) as this text's headings are
    /// read; the preamble, text before the first heading, is left out.
    pub fn sections_in(&self, block: &str) -> Vec<Section> {
        split_like(block, self.unit.as_ref(), &self.scheme)
            .into_iter()
            .filter(|s| s.kind != HeadingKind::Preamble)
            .collect()
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

    /// The subsection reached from section `s` by the numbers in `numbers`, when each step is
    /// the only child with its number.
    pub fn resolve_path(&self, s: usize, numbers: &[&str]) -> Option<Vec<usize>> {
        let mut parent = None;
        let mut path = Vec::new();
        for n in numbers {
            // `2°`, `2ª`, `6° bis` (stored `6 bis`), `§ 1er` (Dutch `§ 1`).
            let n = n.replace(['°', 'ª'], "");
            let n = n.strip_prefix("§ ").unwrap_or(&n);
            let mut found = self.children(s, parent).filter(|&k| {
                let number = self.sections[s].subsections[k].number();
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

    /// Whether an address resolves back to itself by its numbers.
    pub fn addressable(&self, at: &Address) -> bool {
        let subs = &self.sections[at.section].subsections;
        let numbers: Vec<&str> = at.path.iter().map(|&k| subs[k].number()).collect();
        self.resolve_path(at.section, &numbers).as_deref() == Some(&at.path[..])
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

/// A section being amended: its text and where each of its subsections now lies in it.
#[derive(Clone, Debug)]
pub(crate) struct SectionBuf {
    /// The text as amended so far.
    pub text: String,
    /// For each subsection, its byte range in `text`.
    pub ranges: Vec<(usize, usize)>,
}

impl SectionBuf {
    /// The section `s` of the old text, unamended.
    pub fn new(doc: &OldDoc, s: usize) -> Self {
        let sec = &doc.sections[s];
        let text = doc.section_text(s).to_string();
        let subs = &sec.subsections;
        let ranges = (0..subs.len())
            .map(|k| {
                let start = subs[k].start - sec.start;
                let end = subs[k + 1..]
                    .iter()
                    .find(|x| x.level <= subs[k].level)
                    .map_or(text.len(), |x| x.start - sec.start);
                (start, end)
            })
            .collect();
        SectionBuf { text, ranges }
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
    }
}

/// The number of a section with its leading digits, Roman numeral or capital letter moved by
/// `shift`: `13` → `14`, `184b` → `185b`, `IV` → `V`; `None` when it has none of these.
pub(crate) fn shift_number(n: &str, shift: i64) -> Option<String> {
    let digits = n.len() - n.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 {
        let v: i64 = n[..digits].parse().ok()?;
        let w = v + shift;
        return (w > 0).then(|| format!("{w}{}", &n[digits..]));
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
    fn replacing_moves_later_units_and_grows_the_one_it_ends() {
        let mut b = SectionBuf {
            text: "(1) ab\n(2) cd\n".into(),
            ranges: vec![(0, 7), (7, 14)],
        };
        b.replace(6, 6, " x");
        assert_eq!(b.text, "(1) ab x\n(2) cd\n");
        assert_eq!(b.ranges, vec![(0, 9), (9, 16)]);
        b.replace(7, 7, "y");
        assert_eq!(b.ranges, vec![(0, 10), (10, 17)]);
    }
}
