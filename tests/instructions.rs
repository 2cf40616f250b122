//! `redline --format instructions`: amending instructions for small texts in the styles of
//! German, French, Dutch and UK legislation, each read back and applied to the old text by
//! the library's applier, which must give the new text byte for byte.

use lexgap::redline::instructions::{Lang, apply_instructions};

use crate::cli::run;

const FX: &str = "tests/fixtures/instructions";

const LANGS: [(&str, Lang); 5] = [
    ("en", Lang::En),
    ("de", Lang::De),
    ("fr", Lang::Fr),
    ("nl", Lang::Nl),
    ("pl", Lang::Pl),
];

/// The instructions for a fixture pair in `lang`, checked by applying them; returns them.
fn checked(pair: &str, ext: &str, lang: (&str, Lang)) -> String {
    let old = format!("{FX}/{pair}-old.{ext}");
    let new = format!("{FX}/{pair}-new.{ext}");
    let (code, doc, stderr) = run(&[
        "redline",
        &old,
        &new,
        "--format",
        "instructions",
        "--lang",
        lang.0,
    ]);
    assert_eq!(code, 0, "{stderr}");
    let (a, b) = (
        std::fs::read_to_string(&old).unwrap(),
        std::fs::read_to_string(&new).unwrap(),
    );
    let applied =
        apply_instructions(&a, &doc, lang.1, None).unwrap_or_else(|e| panic!("{e}\n{doc}"));
    assert!(applied.notes.is_empty(), "{:?}\n{doc}", applied.notes);
    assert_eq!(applied.text, b, "{pair} in {}:\n{doc}", lang.0);
    assert!(
        applied.clashes.is_empty(),
        "{pair} in {}: {:?}\n{doc}",
        lang.0,
        applied.clashes
    );
    doc
}

/// Executed in order, the German pair's instructions repeal § 4 and make the former § 3 the
/// new § 4 before inserting the new § 3, so that no two sections bear one number at any
/// step, and the change in the former § 3 cites it as § 4.
#[test]
fn german_instructions_renumber_before_inserting_and_cite_numbers_in_force() {
    let doc = checked("de", "md", ("de", Lang::De));
    let at = |s: &str| doc.find(s).unwrap_or_else(|| panic!("{s}\n{doc}"));
    let repealed = at("§ 4 wird aufgehoben.");
    let renumbered = at("Der bisherige § 3 wird § 4.");
    let inserted = at("Nach § 2 wird der folgende § 3 eingefügt:");
    let amended = at("In § 4 wird das Wort „drei“ durch das Wort „fünf“ ersetzt.");
    assert!(
        repealed < renumbered && renumbered < inserted && inserted < amended,
        "{doc}"
    );
}

/// `redline OLD NEW --format instructions`, with `--lang LANG` when given: (exit code,
/// instructions, standard error).
fn instructions_in(old: &str, new: &str, lang: Option<&str>) -> (i32, String, String) {
    let mut args = vec!["redline", old, new, "--format", "instructions"];
    args.extend(lang.map(|l| ["--lang", l]).into_iter().flatten());
    run(&args)
}

/// Without `--lang`, instructions are worded in the language of the texts where lexgap has
/// its drafting style: German, French, Dutch and Polish texts get German, French, Dutch and
/// Polish ones.
#[test]
fn instructions_default_to_the_language_of_the_texts() {
    for (pair, ext, lang) in [
        ("de", "md", "de"),
        ("fr", "md", "fr"),
        ("nl", "md", "nl"),
        ("pl", "md", "pl"),
    ] {
        let (old, new) = (
            format!("{FX}/{pair}-old.{ext}"),
            format!("{FX}/{pair}-new.{ext}"),
        );
        let (code, doc, stderr) = instructions_in(&old, &new, None);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(stderr, "", "{pair}");
        assert_eq!(doc, instructions_in(&old, &new, Some(lang)).1, "{pair}");
    }
}

/// A text in a language lexgap has no drafting style for (Czech) gets instructions in
/// English, and standard error says so and how to choose.
#[test]
fn instructions_for_a_language_without_a_drafting_style_are_english_and_say_so() {
    let (old, new) = (
        "tests/fixtures/redline/cs-tz-205-2025.md",
        "tests/fixtures/redline/cs-tz-205-2026.md",
    );
    let (code, doc, stderr) = instructions_in(old, new, None);
    assert_eq!(code, 0, "{stderr}");
    let (_, english, chosen) = instructions_in(old, new, Some("en"));
    assert_eq!(doc, english);
    assert!(
        stderr.contains("the texts read as Czech")
            && stderr.contains("hint: --lang en, de, fr, nl or pl"),
        "{stderr}"
    );
    assert!(!chosen.contains("note:"), "{chosen}");
}

/// Every pair in every language applies exactly; each pair's own language is snapshotted.
#[test]
fn instructions_for_real_style_texts_apply_exactly() {
    for (pair, ext, own) in [
        ("de", "md", 1),
        ("fr", "md", 2),
        ("nl", "md", 3),
        ("pl", "md", 4),
        ("en", "txt", 0),
    ] {
        for (k, lang) in LANGS.into_iter().enumerate() {
            let doc = checked(pair, ext, lang);
            if k == own {
                insta::assert_snapshot!(format!("instructions_{pair}"), doc);
            }
        }
    }
}

/// The example bills: the worked example of the README.
#[test]
fn instructions_for_the_example_bills() {
    let (old, new) = (
        "jurisdictions/texts/xa-criminal-code-2023.txt",
        "jurisdictions/texts/xa-criminal-code-2025.txt",
    );
    let (code, doc, stderr) = run(&["redline", old, new, "--format", "instructions"]);
    assert_eq!(code, 0, "{stderr}");
    let applied =
        apply_instructions(&std::fs::read_to_string(old).unwrap(), &doc, Lang::En, None).unwrap();
    assert_eq!(applied.text, std::fs::read_to_string(new).unwrap());
    insta::assert_snapshot!("instructions_example_bills", doc);
}

#[test]
fn lang_without_the_instructions_format_is_refused_with_a_hint() {
    let (code, _, stderr) = run(&[
        "redline",
        "jurisdictions/texts/xa-criminal-code-2023.txt",
        "jurisdictions/texts/xa-criminal-code-2025.txt",
        "--lang",
        "fr",
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("hint: add --format instructions"),
        "{stderr}"
    );
}

#[test]
fn ignore_layout_needs_the_instructions_format_and_keeps_the_words() {
    let (old, new) = (format!("{FX}/fr-old.md"), format!("{FX}/fr-new.md"));
    let (code, _, stderr) = run(&["redline", &old, &new, "--ignore-layout"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--ignore-layout") && stderr.contains("hint: add --format instructions"),
        "{stderr}"
    );
    let (code, doc, stderr) = run(&[
        "redline",
        &old,
        &new,
        "--format",
        "instructions",
        "--lang",
        "fr",
        "--ignore-layout",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let (a, b) = (
        std::fs::read_to_string(&old).unwrap(),
        std::fs::read_to_string(&new).unwrap(),
    );
    let applied = apply_instructions(&a, &doc, Lang::Fr, None).unwrap();
    assert!(
        applied.text.split_whitespace().eq(b.split_whitespace()),
        "{doc}"
    );
}

/// Items inserted mid-list and omitted: the items after them renumbered by one instruction,
/// the new item inserted and named, the omission before the renumbering (French snapshot).
#[test]
fn items_are_renumbered_and_inserted_as_amending_acts_do() {
    for lang in LANGS {
        let doc = checked("items", "md", lang);
        if lang.1 == Lang::Fr {
            insta::assert_snapshot!("instructions_items_fr", doc);
        }
    }
}

/// An article rewritten in many places is restated whole, a paragraph rewritten in many
/// places inside a long article is restated alone, and a one-word change stays an amendment
/// (German snapshot; every language read back and applied).
#[test]
fn articles_and_paragraphs_rewritten_in_many_places_are_restated() {
    for lang in LANGS {
        let doc = checked("restated", "md", lang);
        if lang.1 == Lang::De {
            insta::assert_snapshot!("instructions_restated_de", doc);
        }
    }
}

/// The instructions leave a change of the files' front matter and of the notes under the
/// title out, and say so on standard error with the keys and terms that changed.
#[test]
fn a_change_of_front_matter_or_title_notes_is_left_out_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, updated: &str, fee: &str| {
        let path = dir.path().join(name);
        let text = format!(
            "---\ntitle: \"Loi\"\nlast_updated: \"{updated}\"\n---\n# Loi\n\nModifié par\n:   Loi du {updated}\n\n### Art. 1er.\n\nLa taxe est de {fee} euros.\n"
        );
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_string()
    };
    let (old, new) = (
        write("old.md", "2020-01-01", "5"),
        write("new.md", "2025-06-30", "7"),
    );
    let (code, doc, stderr) = run(&["redline", &old, &new, "--format", "instructions"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!doc.contains("2025") && doc.contains("7"), "{doc}");
    insta::assert_snapshot!(stderr, @r"
    note: the files' front matter (their metadata, not the law's text) differs in `last_updated`: no amending act changes it, so the instructions keep the old file's as it was
    note: the notes under the title (the record of the text's publication and amendments, not the law's text) differ in `Modifié par`: no amending act changes them, so the instructions keep the old text's as they were
    ");
}

/// Exact instructions state changes of layout alone, which the redline reports unchanged:
/// standard error says which sections and names `--ignore-layout`, which leaves them out.
#[test]
fn changes_of_layout_alone_are_named_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let old = "### Artikel 1\n\nWijzigt de Wet luchtvaart.   \n\n### Artikel 2\n\nDe boete is tien euro.\n\n### Artikel 3\n\nWijzigt de Luchtvaartwet.\n";
    let new = old
        .replace("luchtvaart.   \n", "luchtvaart.  \n")
        .replace("tien", "twintig")
        .replace("Wijzigt de Luchtvaartwet.", "Wijzigt de\nLuchtvaartwet.");
    std::fs::write(path("old.md"), old).unwrap();
    std::fs::write(path("new.md"), new).unwrap();
    let args = [
        "redline",
        &path("old.md"),
        &path("new.md"),
        "--format",
        "instructions",
    ];
    let (code, doc, stderr) = run(&args);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        doc.contains("Artikel 1") && doc.contains("twintig"),
        "{doc}"
    );
    insta::assert_snapshot!(stderr, @r"
    note: 2 sections (Artikel 1 and Artikel 3) differ in layout alone (blanks, line breaks, Markdown heading marks), which the redline reports as unchanged: the instructions state those changes so as to give the new text byte for byte
    hint: --ignore-layout leaves changes of layout alone out
    ");
    let (code, doc, stderr) = run(&[&args[..], &["--ignore-layout"]].concat());
    assert_eq!(code, 0, "{stderr}");
    assert!(
        !doc.contains("Artikel 1") && doc.contains("twintig"),
        "{doc}"
    );
    assert_eq!(stderr, "");
}
