//! The `lexgap` binary end to end: snapshots of what people see, exit codes, output files.

use std::path::Path;
use std::process::Command;

/// Runs lexgap from the crate root; returns (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_lexgap"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        // Reports say when they were made: a fixed date keeps the snapshots stable.
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .output()
        .expect("lexgap runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    )
}

fn ok(args: &[&str]) -> String {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, 0, "lexgap {args:?} failed:\n{stderr}");
    stdout
}

#[test]
fn standards_table_and_json() {
    insta::assert_snapshot!("standards_table", ok(&["standards"]));
    insta::assert_snapshot!("standards_json", ok(&["standards", "--format", "json"]));
}

#[test]
fn show_provisions_in_every_format() {
    for (name, r) in [
        ("lanzarote_23", "lanzarote:23"),
        ("budapest_9_3", "budapest:9.3"),
        ("lanzarote_18_1_b_ii", "lanzarote:18.1.b.ii"),
        ("budapest_2", "budapest:2"),
        ("istanbul_34", "istanbul:34"),
    ] {
        insta::assert_snapshot!(format!("show_{name}_table"), ok(&["show", r]));
        insta::assert_snapshot!(
            format!("show_{name}_md"),
            ok(&["show", r, "--format", "md"])
        );
        insta::assert_snapshot!(
            format!("show_{name}_json"),
            ok(&["show", r, "--format", "json"])
        );
    }
}

#[test]
fn show_articles_chapters_standards_and_topics() {
    insta::assert_snapshot!("show_budapest_9", ok(&["show", "budapest:9"]));
    insta::assert_snapshot!(
        "show_lanzarote_chapter_vi_md",
        ok(&["show", "Chapter VI of CETS 201", "--format", "md"])
    );
    insta::assert_snapshot!(
        "show_budapest_md",
        ok(&["show", "budapest", "--format", "md"])
    );
    insta::assert_snapshot!(
        "show_lanzarote_grooming",
        ok(&["show", "lanzarote", "--tag", "grooming"])
    );
}

#[test]
fn show_lanzarote_23_json_lists_elements_tags_and_links() {
    let v: serde_json::Value =
        serde_json::from_str(&ok(&["show", "lanzarote:23", "--format", "json"])).unwrap();
    assert_eq!(v["type"], "provision");
    let p = &v;
    assert_eq!(p["ref"], "lanzarote:23");
    assert!(p["elements"].as_array().unwrap().len() >= 5, "{p}");
    let tags: Vec<&str> = p["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert!(
        tags.contains(&"grooming") && tags.contains(&"ict"),
        "{tags:?}"
    );
    // The model's own links, the links made to it, and the outside instrument.
    let refs = |key: &str| -> Vec<String> {
        p[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["ref"].as_str().unwrap().to_string())
            .collect()
    };
    let see = refs("see");
    assert!(see.contains(&"lanzarote:20.1.a".to_string()), "{see:?}");
    assert!(!see.contains(&"budapest:14.2.b".to_string()), "{see:?}");
    let back = refs("linked_from");
    assert!(back.contains(&"budapest:14.2.b".to_string()), "{back:?}");
    assert_eq!(p["external"][0], "Directive 2011/93/EU, Art. 6(1)");
}

#[test]
fn human_reference_resolves_and_shows_the_check_and_the_declaration() {
    let text = ok(&["show", "ETS 185 art 9(3)", "--format", "md"]);
    assert!(text.starts_with("# budapest:9.3 "), "{text}");
    assert!(text.contains("csam_age_limit at least 18 years; at least 16 years where the Party made the declaration under budapest:9.3"), "{text}");
    assert!(text.contains("Permitted by budapest:40"), "{text}");
}

#[test]
fn unknown_reference_exits_2_and_suggests_refs_under_the_article() {
    let (code, stdout, stderr) = run(&["show", "budapest:9.9"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    insta::assert_snapshot!("show_unknown_ref", stderr);
    assert!(
        stderr.contains("budapest:9.1") && stderr.contains("budapest:9.4"),
        "{stderr}"
    );
}

#[test]
fn unreadable_reference_points_at_the_character() {
    let (code, _, stderr) = run(&["show", "Lanzarote Art. 20((1)"]);
    assert_eq!(code, 2);
    insta::assert_snapshot!("show_syntax_error", stderr);
}

#[test]
fn unknown_topic_suggests_the_nearest() {
    let (code, _, stderr) = run(&["show", "lanzarote", "--tag", "groming"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("did you mean `grooming`"), "{stderr}");
}

#[test]
fn malformed_loaded_standard_is_reported_with_file_line_and_column() {
    let (code, stdout, stderr) = run(&[
        "standards",
        "--standards-dir",
        "tests/fixtures/standards/invalid",
    ]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    insta::assert_snapshot!("standards_dir_invalid", stderr);
}

#[test]
fn loaded_standard_is_listed_and_shown() {
    let text = ok(&[
        "standards",
        "--standards-dir",
        "tests/fixtures/standards/valid",
    ]);
    assert!(
        text.contains("model-law") && text.contains("loaded"),
        "{text}"
    );
    let text = ok(&[
        "show",
        "ML 1 art 1(1)",
        "--standards-dir",
        "tests/fixtures/standards/valid",
    ]);
    assert!(text.contains("model-law:1.1"), "{text}");
}

#[test]
fn output_file_is_written_whole_and_not_on_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("show.md");
    let out_s = out.to_str().unwrap();
    ok(&["show", "lanzarote:23", "--format", "md", "--output", out_s]);
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("# lanzarote:23")
    );
    let missing = dir.path().join("bad.md");
    let (code, _, _) = run(&[
        "show",
        "lanzarote:99",
        "--output",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(!Path::new(&missing).exists(), "no output file on error");
}

#[test]
fn output_is_deterministic() {
    assert_eq!(
        ok(&["show", "budapest", "--format", "json"]),
        ok(&["show", "budapest", "--format", "json"])
    );
}

#[test]
fn completions_and_man_page_cover_every_command() {
    let commands = [
        "standards",
        "topics",
        "show",
        "check",
        "report",
        "compare",
        "diff",
        "redline",
        "init",
        "schema",
    ];
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let text = ok(&["completions", shell]);
        for c in commands {
            assert!(text.contains(c), "{shell} completions lack `{c}`");
        }
        assert!(
            text.contains("max-input-size"),
            "{shell}: global flags completed"
        );
    }
    let man = ok(&["man"]);
    assert!(
        man.starts_with(".ie") || man.contains(".TH lexgap 1"),
        "{man}"
    );
    for c in commands {
        assert!(
            man.contains(&format!("lexgap\\-{c}")),
            "man page lacks `{c}`"
        );
    }
}
