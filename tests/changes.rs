//! diff for readers (issue 10): `--by article` counts an article-level change once, changed
//! notes are reported, and the reasons before and after stand side by side.

use crate::cli::run;

const OLD: &str = "jurisdictions/xa-examplia-2023.toml";
const NEW: &str = "jurisdictions/xa-examplia.toml";

fn ok(args: &[&str]) -> String {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, 0, "lexgap {args:?}:\n{stderr}");
    stdout
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&ok(args)).unwrap()
}

#[test]
fn by_article_counts_an_article_level_change_once() {
    let per = json(&["diff", OLD, NEW, "--format", "json"]);
    let by = json(&["diff", OLD, NEW, "--format", "json", "--by", "article"]);
    let rows = by["statuses"].as_array().unwrap();
    let improved = rows.iter().filter(|c| c["direction"] == "improved").count();
    assert_eq!(by["summary"]["improved"], improved);
    assert!(
        by["summary"]["improved"].as_u64() < per["summary"]["improved"].as_u64(),
        "{} vs {}",
        by["summary"],
        per["summary"]
    );
    let art5 = rows
        .iter()
        .find(|c| c["ref"] == "lanzarote:5")
        .expect("Lanzarote Art. 5 as one row");
    assert_eq!(art5["provisions"], 3);
    assert_eq!(art5["label"], "Lanzarote Convention Art. 5 (3 provisions)");
    insta::assert_snapshot!(
        "diff_xa_by_article_md",
        ok(&["diff", OLD, NEW, "--format", "md", "--by", "article"])
    );
}

#[test]
fn changed_notes_are_reported_and_reasons_stand_side_by_side() {
    let md = ok(&["diff", OLD, NEW, "--format", "md"]);
    assert!(
        md.contains("note changed: “Grooming is not an offence of its own.” → “The offence requires that the meeting actually takes place.”"),
        "{md}"
    );
    assert!(
        md.contains("| Lanzarote Convention Art. 23 | none | partial | improved | profile note: Grooming is not an offence of its own. | profile note: The offence requires that the meeting actually takes place. |"),
        "{md}"
    );
    let v = json(&["diff", OLD, NEW, "--format", "json"]);
    let c = v["statuses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["ref"] == "lanzarote:23")
        .unwrap();
    assert_eq!(
        c["why_before"][0],
        "profile note: Grooming is not an offence of its own."
    );
}

#[test]
fn diff_states_its_scope_in_every_format() {
    for format in ["table", "md", "json", "html"] {
        let text = ok(&[
            "diff",
            OLD,
            NEW,
            "--only",
            "lanzarote:23",
            "--format",
            format,
        ]);
        assert!(
            text.contains("Command-line filters: --only lanzarote:23."),
            "{format}: {text}"
        );
    }
}
