//! Instructions read back and applied give the new text, in every language.

use super::super::redline;
use super::*;

const LANGS: [Lang; 4] = [Lang::En, Lang::De, Lang::Fr, Lang::Nl];

/// Generates, renders, parses and applies the instructions for `old` → `new` in `lang`;
/// returns the document.
fn round_trip(old: &str, new: &str, lang: Lang) -> String {
    let r = redline(old, new);
    let list = instructions(old, new, &r, lang, None);
    let text = render_document(old, &list, lang, None);
    let applied = apply_instructions(old, &text, lang, None)
        .unwrap_or_else(|e| panic!("{e}\n--- instructions ---\n{text}"));
    assert!(
        applied.notes.is_empty(),
        "notes: {:?}\n{text}",
        applied.notes
    );
    assert_eq!(applied.text, new, "--- instructions ---\n{text}");
    text
}

#[test]
fn a_word_substituted_in_a_subsection() {
    let old = "Section 1. Offences\n(1) A person who does it commits an offence.\n(2) The penalty is ten years.\n\nSection 2. Other\nText.\n";
    let new = "Section 1. Offences\n(1) A person who does it commits an offence.\n(2) The penalty is five years.\n\nSection 2. Other\nText.\n";
    let t = round_trip(old, new, Lang::En);
    assert_eq!(t, "1. In section 1(2), for “ten” substitute “five”.\n");
    for lang in LANGS {
        round_trip(old, new, lang);
    }
}

/// The example bills shipped with lexgap, in every language.
#[test]
fn example_bills_rebuild_exactly_in_every_language() {
    let old = include_str!("../../../jurisdictions/texts/xa-criminal-code-2023.txt");
    let new = include_str!("../../../jurisdictions/texts/xa-criminal-code-2025.txt");
    for lang in LANGS {
        let t = round_trip(old, new, lang);
        eprintln!("{t}");
    }
}

/// Real version pairs (bench/legislation.sh): run with `--ignored` after extracting them.
#[test]
#[ignore]
fn real_pairs_rebuild_exactly() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/bench/corpus/legislation");
    for (name, lang) in [
        ("de-stgb", Lang::De),
        ("nl-sr", Lang::Nl),
        ("fr-code-civil", Lang::Fr),
        ("es-pe-const", Lang::En),
    ] {
        let dir = format!("{root}/{name}");
        let (Ok(old), Ok(new)) = (
            std::fs::read_to_string(format!("{dir}/old.md")),
            std::fs::read_to_string(format!("{dir}/new.md")),
        ) else {
            eprintln!("{name}: not extracted (run bench/legislation.sh)");
            continue;
        };
        let r = redline(&old, &new);
        let list = instructions(&old, &new, &r, lang, None);
        let text = render_document(&old, &list, lang, None);
        std::fs::write(format!("{dir}/instructions-{}.txt", lang.code()), &text).unwrap();
        let applied =
            apply_instructions(&old, &text, lang, None).unwrap_or_else(|e| panic!("{name}: {e}"));
        let n = list.list.len();
        eprintln!(
            "{name}: {n} instructions, {} notes, exact: {}",
            applied.notes.len(),
            applied.text == new
        );
        for note in applied.notes.iter().take(5) {
            eprintln!("  note: {note}");
        }
        assert!(applied.notes.is_empty(), "{name}: notes");
        assert_eq!(applied.text, new, "{name}");
    }
}

use proptest::prelude::*;

use super::super::tests::{edit, piece, revise};

/// Instructions read back and applied give `new`, or say (in a note) what they could not
/// state; returns whether they were exact without notes.
fn applies(old: &str, new: &str, lang: Lang) -> Result<(), TestCaseError> {
    let r = redline(old, new);
    let list = instructions(old, new, &r, lang, None);
    let text = render_document(old, &list, lang, None);
    let applied = apply_instructions(old, &text, lang, None)
        .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
    prop_assert!(
        applied.notes.is_empty(),
        "notes {:?}\n{}",
        applied.notes,
        text
    );
    prop_assert_eq!(&applied.text, new, "{}", text);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Generated bills (the redline's own generator: word changes, sections inserted,
    /// removed, moved and retitled, four heading styles, CRLF, final line breaks, preamble).
    #[test]
    fn instructions_rebuild_generated_revisions(
        n in 0..25usize,
        edits in prop::collection::vec(edit(), 0..12),
        style in 0..4usize,
        crlf in any::<bool>(),
        trailing in (any::<bool>(), any::<bool>()),
        preamble in any::<bool>(),
        lang in 0..4usize,
    ) {
        let (old, new) = revise(n, edits, style, crlf, trailing, preamble);
        applies(&old, &new, LANGS[lang])?;
    }

    /// Texts mutated piece by piece (headings, markers, line breaks, quotes of all styles).
    #[test]
    fn instructions_rebuild_mutated_texts(
        old in prop::collection::vec(prop_oneof![piece(), Just("“".to_string()), Just("„".to_string()), Just(" »".to_string())], 0..60),
        edits in prop::collection::vec((any::<usize>(), 0..3u8, piece()), 0..10),
        lang in 0..4usize,
    ) {
        let mut new = old.clone();
        for (at, kind, p) in edits {
            let len = new.len();
            match kind {
                0 => new.insert(at % (len + 1), p),
                1 if len > 0 => { new.remove(at % len); }
                _ if len > 0 => new[at % len] = p,
                _ => {}
            }
        }
        applies(&old.concat(), &new.concat(), LANGS[lang])?;
    }
}
