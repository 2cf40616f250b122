//! Reading a profile's TOML into the raw types part by part (the jurisdiction, each treaty, each
//! law, each provision entry), so that every malformed part is reported, not only the first.

use std::ops::Range;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::raw::{RawEntry, RawJurisdiction, RawLaw, RawProfile, RawTreaty, Salvaged};
use crate::diagnostic::{Diagnostic, FileId};
use crate::suggest::did_you_mean;

/// The top-level tables of a profile.
const SECTIONS: [&str; 7] = [
    "jurisdiction",
    "scope",
    "treaties",
    "parameters",
    "laws",
    "provisions",
    "recommendations",
];

const FORMAT_HINT: &str =
    "`lexgap schema` prints the profile format; `lexgap init` writes a valid skeleton";

/// Parses a profile. Syntax errors stop the file (its tree may be incomplete); shape and type
/// errors are collected part by part, and the parts that could be read are returned.
pub(crate) fn parse(file: FileId, text: &str) -> (Option<RawProfile>, Vec<Diagnostic>) {
    let (doc, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        return (None, errors.iter().map(|e| syntax_error(file, e)).collect());
    }
    let mut p = Parser {
        file,
        diagnostics: Vec::new(),
        salvaged: Salvaged::default(),
    };
    let raw = p.document(doc);
    (Some(raw), p.diagnostics)
}

/// Whether a text is a lexgap profile at all: TOML with a `[jurisdiction]` table. Used before
/// showing any line of a file that `extends` names, so that a diagnostic never prints another
/// kind of file.
pub(crate) fn is_profile(text: &str) -> bool {
    let (doc, _) = DeTable::parse_recoverable(text);
    doc.get_ref()
        .iter()
        .any(|(k, v)| k.get_ref() == "jurisdiction" && v.get_ref().is_table())
}

fn syntax_error(file: FileId, e: &toml::de::Error) -> Diagnostic {
    Diagnostic::error(
        "bad-toml",
        format!("not valid TOML: {}", e.message().trim_end()),
    )
    .at(file, e.span().unwrap_or(0..0), "here")
    .hint(FORMAT_HINT)
}

struct Parser {
    file: FileId,
    diagnostics: Vec<Diagnostic>,
    salvaged: Salvaged,
}

type Key<'i> = Spanned<toml::de::DeString<'i>>;
type Value<'i> = Spanned<DeValue<'i>>;

impl Parser {
    fn document(&mut self, doc: Spanned<DeTable<'_>>) -> RawProfile {
        let doc_span = doc.span();
        let mut raw = RawProfile::empty(Spanned::new(0..0, RawJurisdiction::default()));
        let mut jurisdiction = None;
        for (key, value) in doc.into_inner() {
            match key.get_ref().as_ref() {
                "jurisdiction" => jurisdiction = Some(value),
                "scope" => raw.scope = self.part(value),
                "treaties" => raw.treaties = self.table_of::<RawTreaty>(&key, value),
                "parameters" => raw.parameters = self.table_of(&key, value),
                "provisions" => raw.provisions = self.table_of::<RawEntry>(&key, value),
                "laws" => raw.laws = self.laws(&key, value),
                "recommendations" => {
                    raw.recommendations =
                        self.list_of(&key, value, "[[recommendations]]", |_| None).0
                }
                _ => self.unknown_section(&key),
            }
        }
        raw.jurisdiction = match jurisdiction {
            Some(v) => {
                let span = v.span();
                self.part(v).unwrap_or_else(|| {
                    self.salvaged.jurisdiction = true;
                    Spanned::new(span, RawJurisdiction::default())
                })
            }
            None => {
                self.diagnostics.push(
                    Diagnostic::error(
                        "missing-jurisdiction",
                        "the profile has no [jurisdiction] table",
                    )
                    .at(
                        self.file,
                        doc_span.start..doc_span.start,
                        "expected [jurisdiction] here",
                    )
                    .hint(
                        "start the profile with [jurisdiction], code = \"XA\" and name = \"...\"",
                    ),
                );
                self.salvaged.jurisdiction = true;
                Spanned::new(0..0, RawJurisdiction::default())
            }
        };
        raw.salvaged = std::mem::take(&mut self.salvaged);
        raw
    }

    /// Deserialises one part; a failure is reported and gives `None`.
    fn part<T: DeserializeOwned>(&mut self, value: Value<'_>) -> Option<Spanned<T>> {
        let span = value.span();
        match Spanned::<T>::deserialize(ValueDeserializer::from(value)) {
            Ok(v) => Some(v),
            Err(e) => {
                self.diagnostics.push(shape_error(self.file, &e, span));
                None
            }
        }
    }

    /// A table whose every entry is read on its own (`[treaties.X]`, `[provisions."REF"]`).
    fn table_of<T: DeserializeOwned>(
        &mut self,
        key: &Key<'_>,
        value: Value<'_>,
    ) -> std::collections::BTreeMap<Spanned<String>, Spanned<T>> {
        let mut out = std::collections::BTreeMap::new();
        let span = value.span();
        let DeValue::Table(table) = value.into_inner() else {
            self.not_a(
                key,
                span,
                "a table",
                "[treaties.lanzarote] or [provisions.\"lanzarote:23\"]",
            );
            return out;
        };
        for (k, v) in table {
            let name = Spanned::new(k.span(), k.get_ref().to_string());
            match self.part::<T>(v) {
                Some(parsed) => {
                    out.insert(name, parsed);
                }
                None => {
                    // A treaty that could not be read still counts as declared, so its entries
                    // do not each report a missing treaty.
                    if key.get_ref() == "treaties" {
                        self.salvaged.treaties.push(name.get_ref().clone());
                    }
                }
            }
        }
        out
    }

    fn laws(&mut self, key: &Key<'_>, value: Value<'_>) -> Vec<Spanned<RawLaw>> {
        // A law that cannot be read keeps its id, so citations of it are not reported too.
        let (laws, unreadable) = self.list_of(key, value, "[[laws]]", law_id);
        self.salvaged.law_ids.extend(unreadable);
        laws
    }

    /// An array of tables whose every item is read on its own; for each item that cannot be
    /// read, what `salvage` finds in it (its id) is returned beside the items read.
    fn list_of<T: DeserializeOwned>(
        &mut self,
        key: &Key<'_>,
        value: Value<'_>,
        example: &str,
        salvage: impl Fn(&Value<'_>) -> Option<String>,
    ) -> (Vec<Spanned<T>>, Vec<String>) {
        let span = value.span();
        let DeValue::Array(items) = value.into_inner() else {
            self.not_a(key, span, "a list of tables", &format!("{example} tables"));
            return (Vec::new(), Vec::new());
        };
        let (mut read, mut unreadable) = (Vec::new(), Vec::new());
        for item in items {
            let found = salvage(&item);
            match self.part::<T>(item) {
                Some(parsed) => read.push(parsed),
                None => unreadable.extend(found),
            }
        }
        (read, unreadable)
    }

    fn unknown_section(&mut self, key: &Key<'_>) {
        let name = key.get_ref().as_ref();
        let hint = did_you_mean(name, SECTIONS.iter().copied())
            .unwrap_or_else(|| format!("a profile has these tables: {}", SECTIONS.join(", ")));
        self.diagnostics.push(
            Diagnostic::error("unknown-key", format!("unknown table or key `{name}`"))
                .at(self.file, key.span(), "not part of a profile")
                .hint(hint),
        );
    }

    fn not_a(&mut self, key: &Key<'_>, span: Range<usize>, want: &str, example: &str) {
        self.diagnostics.push(
            Diagnostic::error(
                "wrong-type",
                format!("`{}` must be {want}", key.get_ref().as_ref()),
            )
            .at(self.file, span, "wrong type")
            .hint(format!("write it as {example}")),
        );
    }
}

fn law_id(item: &Value<'_>) -> Option<String> {
    item.get_ref()
        .get("id")
        .and_then(|v| v.get_ref().as_str())
        .map(str::to_string)
}

/// A type or shape error inside one part, worded for people who do not know serde.
fn shape_error(file: FileId, e: &toml::de::Error, part: Range<usize>) -> Diagnostic {
    let message = crate::diagnostic::plain_words(e.message().trim_end());
    let code = if message.starts_with("unknown key") {
        "unknown-key"
    } else {
        "wrong-type"
    };
    Diagnostic::error(code, message)
        .at(file, e.span().unwrap_or(part), "here")
        .hint(FORMAT_HINT)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<(String, String)> {
        let (_, d) = parse(0, text);
        d.into_iter()
            .map(|d| (d.code.to_string(), d.message))
            .collect()
    }

    #[test]
    fn every_bad_entry_is_reported_not_only_the_first() {
        let text = r#"
[jurisdiction]
code = "XA"
[treaties.lanzarote]
status = "ratifed"
[provisions."lanzarote:23"]
status = "ful"
[provisions."lanzarote:22"]
status = "full"
by = "cc:1"
[[laws]]
id = "cc"
titel = "Code"
"#;
        let p = problems(text);
        assert_eq!(p.len(), 4, "{p:?}");
        assert!(p.iter().any(|x| x.1.contains("`ratifed`")), "{p:?}");
        assert!(p.iter().any(|x| x.1.contains("`ful`")), "{p:?}");
        assert!(
            p.iter()
                .any(|x| x.1 == "expected a list [..], not string \"cc:1\""),
            "{p:?}"
        );
        assert!(
            p.iter().any(|x| x.1.starts_with("unknown key `titel`")),
            "{p:?}"
        );
        for (_, m) in &p {
            assert!(!m.contains("Raw"), "internal type name in {m}");
        }
    }

    #[test]
    fn a_broken_law_keeps_its_id() {
        let (raw, _) = parse(0, "[jurisdiction]\n[[laws]]\nid = \"cc\"\ntitle = 5\n");
        assert_eq!(raw.unwrap().salvaged.law_ids, vec!["cc".to_string()]);
    }

    #[test]
    fn unknown_sections_are_named_with_a_suggestion() {
        let (_, d) = parse(
            0,
            "[jurisdiction]\n[provision.\"lanzarote:23\"]\nstatus = \"full\"\n",
        );
        assert_eq!(d.len(), 1);
        assert!(d[0].hints[0].contains("provisions"), "{:?}", d[0]);
    }

    #[test]
    fn tells_profiles_from_other_files() {
        assert!(is_profile("[jurisdiction]\ncode = \"XA\"\n"));
        assert!(!is_profile("API_KEY=secret\n"));
        assert!(!is_profile("root:x:0:0:root:/root:/bin/bash\n"));
        assert!(!is_profile("[package]\nname = \"x\"\n"));
    }
}

/// Fuzz-style properties of the profile parser: any text gives a profile or diagnostics that
/// point inside it, never a panic. `PROPTEST_CASES=100000 cargo test --release parse::fuzz`.
#[cfg(test)]
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    /// TOML-shaped text from the profile's own vocabulary, so the parser gets past the syntax.
    fn profile_like() -> impl Strategy<Value = String> {
        let line = prop_oneof![
            Just("[jurisdiction]".to_string()),
            Just("[treaties.lanzarote]".to_string()),
            Just("[provisions.\"lanzarote:23\"]".to_string()),
            Just("[[laws]]".to_string()),
            Just("[[recommendations]]".to_string()),
            Just("[parameters]".to_string()),
            "(code|name|status|by|id|title|extends|note|as_of|csam_age_limit) = (\"[A-Za-z:0-9 ]{0,6}\"|[0-9]{1,4}|true|\\[\\]|\\[\"cc:1\"\\]|2025-01-01)",
            "\\PC{0,20}",
        ];
        prop::collection::vec(line, 0..16).prop_map(|l| l.join("\n"))
    }

    proptest! {
        #[test]
        fn any_text_is_read_or_pointed_at(text in prop_oneof![profile_like(), "\\PC{0,200}"]) {
            let (_, diagnostics) = parse(0, &text);
            for d in diagnostics {
                if let Some((_, span)) = &d.location {
                    prop_assert!(span.start <= text.len() && span.end <= text.len(), "{d:?}");
                }
            }
        }
    }
}
