//! The redline on real revisions: Debian's copies of the GNU licences
//! (`/usr/share/common-licenses`, from the `base-files` package every Debian system has). A test
//! fails, naming the file, when they are absent: it never passes without running.

use std::path::Path;

use lexgap::redline::{Redline, Status, apply, changed_sections, redline};
use lexgap::render::redline::{redline_html, redline_json, redline_md, redline_table};

const DIR: &str = "/usr/share/common-licenses";

fn read_pair(old: &str, new: &str) -> (String, String) {
    let read = |name: &str| {
        let path = Path::new(DIR).join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; this test needs Debian's licence texts (apt-get install base-files)",
                path.display()
            )
        })
    };
    (read(old), read(new))
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

/// Checks that hold for any redline of real texts.
fn sane(old: &str, new: &str) -> Redline {
    let r = redline(old, new);
    assert_eq!(apply(old, &r.ops), new, "ops must rebuild the new text");
    for c in &r.sections {
        let o = c.old.map(|i| &r.old_sections[i]);
        let n = c.new.map(|j| &r.new_sections[j]);
        if let (Some(o), Some(n)) = (o, n) {
            let (ot, nt) = (&old[o.start..o.end], &new[n.start..n.end]);
            match c.status {
                // Nothing unchanged is reported as changed.
                Status::Changed if o.label == n.label => {
                    assert_ne!(words(ot), words(nt), "{} reported changed", o.label);
                    assert!(!c.hunks.is_empty(), "{} changed without hunks", o.label);
                }
                Status::Unchanged if o.label == n.label => {
                    assert_eq!(words(ot), words(nt), "{} reported unchanged", o.label);
                }
                _ => {}
            }
        }
    }
    // A section whose text is in both versions under the same label is paired, unchanged.
    for (j, n) in r.new_sections.iter().enumerate() {
        let nt = words(&new[n.start..n.end]);
        if let Some(i) = r
            .old_sections
            .iter()
            .position(|o| o.label == n.label && words(&old[o.start..o.end]) == nt)
        {
            let c = r.sections.iter().find(|c| c.new == Some(j)).unwrap();
            assert_eq!(c.old, Some(i), "{} not paired with its twin", n.label);
            assert_eq!(c.status, Status::Unchanged, "{}", n.label);
        }
    }
    // Every renderer shows every added section's heading; the JSON carries every operation.
    for text in [
        redline_table(&r, false),
        redline_table(&r, true),
        redline_md(&r),
        redline_html(&r),
    ] {
        for c in r.sections.iter().filter(|c| c.status == Status::Added) {
            let title = &r.new_sections[c.new.unwrap()].title;
            assert!(text.contains(title.as_str()), "{title} not shown");
        }
    }
    let json: serde_json::Value = serde_json::from_str(&redline_json(&r)).unwrap();
    assert_eq!(json["ops"].as_array().unwrap().len(), r.ops.len());
    r
}

fn status_of<'a>(r: &'a Redline, new_label: &str) -> &'a lexgap::redline::SectionChange {
    r.sections
        .iter()
        .find(|c| c.new_label.as_deref() == Some(new_label))
        .unwrap_or_else(|| panic!("no new section {new_label}"))
}

#[test]
fn redline_gfdl_1_2_to_1_3_adds_relicensing() {
    let (old, new) = read_pair("GFDL-1.2", "GFDL-1.3");
    let r = sane(&old, &new);
    // Sections "0. PREAMBLE" to "10. FUTURE REVISIONS OF THIS LICENSE", then the new 11.
    assert_eq!(r.structure.articles_marked_by, "numbered paragraphs (1.)");
    let relicensing = status_of(&r, "11.");
    assert_eq!(relicensing.status, Status::Added);
    assert_eq!(
        r.new_sections[relicensing.new.unwrap()].title,
        "RELICENSING"
    );
    assert_eq!(r.summary.added, 1);
    assert_eq!(r.summary.removed, 0);
    assert_eq!(r.summary.moved, 0);
    assert!(r.renumberings.is_empty());
    // Rewrapped but otherwise equal sections (2. VERBATIM COPYING) are unchanged.
    assert_eq!(status_of(&r, "2.").status, Status::Unchanged);
    // TERMINATION was rewritten in 1.3.
    assert_eq!(status_of(&r, "9.").status, Status::Changed);
    let changed = changed_sections(&r);
    assert!(changed.contains(&"11".to_string()) && changed.contains(&"9".to_string()));
    assert!(!changed.contains(&"2".to_string()));
}

#[test]
fn redline_lgpl_2_to_2_1_pairs_every_section_by_number() {
    let (old, new) = read_pair("LGPL-2", "LGPL-2.1");
    let r = sane(&old, &new);
    assert_eq!(r.old_sections.len(), r.new_sections.len());
    assert_eq!(
        (r.summary.added, r.summary.removed, r.summary.moved),
        (0, 0, 0)
    );
    assert!(r.renumberings.is_empty());
    for c in &r.sections {
        assert_eq!(c.old_label, c.new_label);
    }
    assert!(r.summary.unchanged >= 10, "{:?}", r.summary);
}

#[test]
fn redline_gpl_2_to_3_survives_a_rewrite() {
    let (old, new) = read_pair("GPL-2", "GPL-3");
    let r = sane(&old, &new);
    assert_eq!(r.structure.articles_marked_by, "numbered paragraphs (1.)");
    // "0." to "12." against "0." to "17."; GPL-3's "section 13, concerning …" and LGPL's
    // "Section 6 states …" lines are sentences, not headings.
    assert_eq!(r.old_sections.len(), 14);
    assert_eq!(r.new_sections.len(), 19);
    // The wholly new sections are added, e.g. "0. Definitions."
    assert!(
        r.sections
            .iter()
            .any(|c| c.status == Status::Added && c.new_label.as_deref() == Some("0."))
    );
}

// The redline command on small fictional texts in the styles of real legislation.

use crate::cli::run;

const FX: &str = "tests/fixtures/redline";

fn cli(args: &[&str]) -> String {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, 0, "lexgap {args:?}:\n{stderr}");
    stdout
}

fn fx(name: &str) -> String {
    format!("{FX}/{name}")
}

#[test]
fn redline_cli_uk_bill_with_bare_clause_numbers() {
    let (old, new) = (fx("uk-bill-old.txt"), fx("uk-bill-new.txt"));
    let table = cli(&["redline", &old, &new]);
    assert!(!table.contains("[-10-]"), "{table}");
    insta::assert_snapshot!("redline_uk_bill_table", table);
    let json = cli(&["redline", &old, &new, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let ops: Vec<lexgap::redline::Op> = serde_json::from_value(v["ops"].clone()).unwrap();
    let (a, b) = (
        std::fs::read_to_string(&old).unwrap(),
        std::fs::read_to_string(&new).unwrap(),
    );
    assert_eq!(lexgap::redline::apply(&a, &ops), b);
    let units = v["units"].as_array().unwrap();
    let added = units.iter().find(|u| u["status"] == "added").unwrap();
    assert_eq!(added["new_label"], "3");
    assert_eq!(added["new_line"], 13);
    assert_eq!(added["children"][1]["address"], "s. 3(2)");
    assert_eq!(
        v["structure"]["articles_marked_by"],
        "bare numbers (1 Title)"
    );
}

#[test]
fn redline_cli_dutch_articles_in_markdown_with_labels() {
    let (old, new) = (fx("nl-artikelen-old.md"), fx("nl-artikelen-new.md"));
    let md = cli(&[
        "redline",
        &old,
        &new,
        "--format",
        "md",
        "--old-label",
        "Sr 2023",
        "--new-label",
        "Sr 2025",
    ]);
    assert!(md.contains("Compared: Sr 2023 → Sr 2025"), "{md}");
    insta::assert_snapshot!("redline_nl_md", md);
    let html = cli(&["redline", &old, &new, "--format", "html"]);
    assert!(html.contains("Compared: nl-artikelen-old.md → nl-artikelen-new.md"));
    assert!(html.contains("Artikel 240b, lid 1, onder a"));
}

#[test]
fn redline_cli_dotted_numbering_as_csv_and_whole_sections() {
    let (old, new) = (fx("dotted-old.txt"), fx("dotted-new.txt"));
    insta::assert_snapshot!(
        "redline_dotted_csv",
        cli(&["redline", &old, &new, "--format", "csv"])
    );
    let whole = cli(&["redline", &old, &new, "--context", "section"]);
    assert!(
        whole.contains("8.1 This agreement runs for [-one year-]{+two years+}."),
        "{whole}"
    );
}

#[test]
fn redline_cli_unit_pattern_and_its_errors() {
    let (old, new) = (fx("dotted-old.txt"), fx("dotted-new.txt"));
    let out = cli(&["redline", &old, &new, "--unit", r"^(\d+)\. [A-Z]+"]);
    assert!(
        out.contains("articles marked by the --unit pattern"),
        "{out}"
    );
    let (code, _, stderr) = run(&["redline", &old, &new, "--unit", "(unclosed"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--unit \"(unclosed\" is not a valid pattern"),
        "{stderr}"
    );
}

#[test]
fn redline_cli_text_without_headings_warns() {
    let (old, new) = (fx("no-headings-old.txt"), fx("no-headings-new.txt"));
    let table = cli(&["redline", &old, &new]);
    assert!(!table.contains("[-10-]"), "{table}");
    insta::assert_snapshot!("redline_no_headings_table", table);
    let md = cli(&["redline", &old, &new, "--format", "md"]);
    assert!(
        md.contains("**Warning:** no article or section headings"),
        "{md}"
    );
    // A CSV of changes and amending instructions have no place for it: standard error has it,
    // and the data stays as it is.
    for format in ["csv", "instructions"] {
        let (code, stdout, stderr) = run(&["redline", &old, &new, "--format", format]);
        assert_eq!(code, 0, "{stderr}");
        assert!(
            stderr.starts_with("warning: no article or section headings recognised"),
            "{format}: {stderr}"
        );
        assert!(!stdout.contains("warning"), "{format}: {stdout}");
    }
}

#[test]
fn json_on_standard_output_is_the_json_written_to_a_file_and_to_the_library() {
    // On standard output the JSON is written as it is produced; to a file it is built first.
    let (old, new) = (fx("nl-artikelen-old.md"), fx("nl-artikelen-new.md"));
    let streamed = cli(&["redline", &old, &new, "--format", "json"]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.json");
    cli(&[
        "redline",
        &old,
        &new,
        "--format",
        "json",
        "--output",
        path.to_str().unwrap(),
    ]);
    assert_eq!(streamed, std::fs::read_to_string(&path).unwrap());
    let (a, b) = (
        std::fs::read_to_string(&old).unwrap(),
        std::fs::read_to_string(&new).unwrap(),
    );
    assert_eq!(streamed, redline_json(&redline(&a, &b)));
    assert!(streamed.ends_with("}\n"), "{streamed}");
}
