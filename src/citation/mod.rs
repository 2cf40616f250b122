//! References to treaty provisions: the canonical form, the human forms people write, and
//! selections of several references (design §2).

mod grammar;
mod selection;

pub use grammar::{Locator, ParsedReference, ReferenceSyntaxError, parse_reference};
pub use selection::{SelectionItem, parse_selection};

use std::fmt;

/// A canonical reference to a provision: `lanzarote:20.1.a`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ProvisionRef {
    /// The standard's id (`lanzarote`).
    pub standard: String,
    /// The provision's ref relative to the standard (`20.1.a`).
    pub path: String,
}

impl ProvisionRef {
    /// A reference from a standard id and a relative ref.
    pub fn new(standard: impl Into<String>, path: impl Into<String>) -> Self {
        ProvisionRef {
            standard: standard.into(),
            path: path.into(),
        }
    }

    /// The article number: the first segment of the path.
    pub fn article(&self) -> &str {
        self.path.split('.').next().unwrap_or_default()
    }
}

impl serde::Serialize for ProvisionRef {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for ProvisionRef {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        match text.split_once(':') {
            Some((standard, path)) => Ok(ProvisionRef::new(standard, path)),
            None => Err(serde::de::Error::custom(format!(
                "`{text}` is not a canonical reference"
            ))),
        }
    }
}

/// A relative ref as readers write it: `18.1.b` → `Art. 18(1)(b)`; with `last_is_indent`, the
/// last (roman) segment is an unlettered indent: `18.1.b.iii` → `Art. 18(1)(b), third indent`.
pub fn human_path(path: &str, last_is_indent: bool) -> String {
    let mut parts: Vec<&str> = path.split('.').collect();
    let indent = if last_is_indent && parts.len() > 1 {
        parts.pop().and_then(roman_value).map(ordinal)
    } else {
        None
    };
    let mut out = format!("Art. {}", parts[0]);
    for p in &parts[1..] {
        out.push('(');
        out.push_str(p);
        out.push(')');
    }
    if let Some(n) = indent {
        out.push_str(&format!(", {n} indent"));
    }
    out
}

fn roman_value(s: &str) -> Option<usize> {
    const ROMANS: [&str; 12] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ];
    ROMANS.iter().position(|r| *r == s).map(|i| i + 1)
}

fn ordinal(n: usize) -> String {
    const WORDS: [&str; 12] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth",
    ];
    WORDS
        .get(n - 1)
        .map_or_else(|| format!("{n}th"), |w| w.to_string())
}

impl fmt::Display for ProvisionRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.standard, self.path)
    }
}

/// Normalises a treaty designator for alias lookup: `ETS No. 185` → `ets185`, `Lanzarote
/// Convention` → `lanzarote`.
pub fn normalize_designator(name: &str) -> String {
    let mut key: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    for prefix in ["cetsno", "etsno"] {
        if key.starts_with(prefix) && key[prefix.len()..].starts_with(|c: char| c.is_ascii_digit())
        {
            key = format!("{}{}", &prefix[..prefix.len() - 2], &key[prefix.len()..]);
        }
    }
    for suffix in ["convention", "protocol"] {
        if key.len() > suffix.len() && key.ends_with(suffix) {
            key.truncate(key.len() - suffix.len());
        }
    }
    key
}

/// Parses the relative part of a canonical ref (`20.1.a`) into lower-cased segments.
pub fn parse_relative(path: &str) -> Option<Vec<String>> {
    match grammar::dotted_path(path) {
        Ok(("", segments)) => Some(segments),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_paths_read_as_treaties_are_cited() {
        assert_eq!(human_path("23", false), "Art. 23");
        assert_eq!(human_path("20.1.a", false), "Art. 20(1)(a)");
        assert_eq!(
            human_path("18.1.b.iii", true),
            "Art. 18(1)(b), third indent"
        );
        assert_eq!(human_path("9.1.a.ii", false), "Art. 9(1)(a)(ii)");
    }

    #[test]
    fn a_bare_article_has_no_indent_to_take_off() {
        // An article with no paragraph keeps its number even when the caller asks for an indent.
        assert_eq!(human_path("23", true), "Art. 23");
        assert_eq!(human_path("iii", true), "Art. iii");
    }

    #[test]
    fn designators_normalise() {
        assert_eq!(normalize_designator("ETS No. 185"), "ets185");
        assert_eq!(normalize_designator("CETS 201"), "cets201");
        assert_eq!(normalize_designator("cets201"), "cets201");
        assert_eq!(normalize_designator("Lanzarote Convention"), "lanzarote");
        assert_eq!(normalize_designator("budapest-p1"), "budapest-p1");
        // A bare "Convention" or "Protocol" names no treaty: it is kept, not cut to nothing.
        assert_eq!(normalize_designator("Convention"), "convention");
        assert_eq!(normalize_designator("Protocol"), "protocol");
    }

    #[test]
    fn relative_paths() {
        assert_eq!(
            parse_relative("20.1.a"),
            Some(vec!["20".into(), "1".into(), "a".into()])
        );
        assert_eq!(parse_relative("5bis"), Some(vec!["5bis".into()]));
        assert_eq!(parse_relative("20..a"), None);
        assert_eq!(parse_relative("a.1"), None);
        assert_eq!(parse_relative(""), None);
    }

    #[test]
    fn canonical_form_round_trips_through_serde() {
        let r = ProvisionRef::new("budapest", "9.3");
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(json, "\"budapest:9.3\"");
        assert_eq!(serde_json::from_str::<ProvisionRef>(&json).unwrap(), r);
        assert!(serde_json::from_str::<ProvisionRef>("\"budapest\"").is_err());
    }

    #[test]
    fn display_is_canonical() {
        assert_eq!(
            ProvisionRef::new("budapest", "9.3").to_string(),
            "budapest:9.3"
        );
        assert_eq!(ProvisionRef::new("budapest", "9.3").article(), "9");
    }
}

#[cfg(test)]
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any text gives a reference or an error pointing inside it; never a panic.
        #[test]
        fn any_text_is_parsed_or_pointed_at(input in "\\PC{0,40}") {
            if let Err(e) = parse_reference(&input) {
                prop_assert!(e.offset <= input.len());
                prop_assert!(input.is_char_boundary(e.offset));
                let _ = e.to_string();
            }
            if let Err(e) = parse_selection(&input) {
                prop_assert!(e.offset <= input.len());
                prop_assert!(input.is_char_boundary(e.offset));
            }
        }

        /// A canonical reference and its human form (`Art. 20(1)(a)`) read as the same path,
        /// with the designator's span on the designator.
        #[test]
        fn canonical_and_human_forms_read_the_same(
            designator in "(lanzarote|budapest|trafficking)",
            article in "[1-9][0-9]{0,1}",
            rest in proptest::collection::vec("[1-9]|[a-h]", 0..3),
        ) {
            let mut path = vec![article.clone()];
            path.extend(rest.iter().cloned());
            let canonical = format!("{designator}:{}", path.join("."));
            let human = format!(
                "{designator} Art. {article}{}",
                rest.iter().map(|s| format!("({s})")).collect::<String>()
            );
            for text in [&canonical, &human] {
                let p = parse_reference(text).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(&p.locator, &Locator::Path(path.clone()), "{}", text);
                prop_assert_eq!(&text[p.designator_span.clone()], designator.as_str());
            }
        }
    }
}
