//! Scope and coverage (issue 10): a profile's `[scope]`, the filters stated in every format,
//! the score recomputed by the README's formula, and n/a for treaties that do not bind.

use crate::cli::run;

const REPLY: &str = "tests/fixtures/valid/monitoring-reply-27.toml";

fn ok(args: &[&str]) -> String {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, 0, "lexgap {args:?}:\n{stderr}");
    stdout
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&ok(args)).expect("JSON")
}

/// The README formula: (full + 0.5 × partial) / (full + partial + none + unknown) × 100,
/// rounded to one decimal, over the mandatory provisions listed.
fn readme_score(provisions: &[serde_json::Value]) -> (f64, usize, usize) {
    let mandatory: Vec<&serde_json::Value> = provisions
        .iter()
        .filter(|p| p["mandatory"] == true)
        .collect();
    let n = |s: &str| mandatory.iter().filter(|p| p["status"] == s).count() as f64;
    let score =
        (n("full") + 0.5 * n("partial")) / (n("full") + n("partial") + n("none") + n("unknown"));
    let assessed = mandatory
        .iter()
        .filter(|p| !p["declared"].is_null() || p["status"] == "reserved")
        .count();
    ((score * 1000.0).round() / 10.0, assessed, mandatory.len())
}

#[test]
fn a_27_provision_reply_is_scored_over_its_scope_by_the_readme_formula() {
    let v = json(&["report", REPLY, "--format", "json"]);
    let mut in_scope = 0;
    for s in v["standards"].as_array().unwrap() {
        let (score, assessed, mandatory) = readme_score(s["provisions"].as_array().unwrap());
        assert_eq!(s["score"].as_f64(), Some(score), "{}", s["id"]);
        assert_eq!(s["counts"]["assessed"], assessed);
        assert_eq!(s["counts"]["in_scope"], mandatory);
        let coverage = (assessed as f64 / mandatory as f64 * 1000.0).round() / 10.0;
        assert_eq!(s["coverage"].as_f64(), Some(coverage));
        in_scope += mandatory;
    }
    assert_eq!(
        in_scope, 27,
        "Lanzarote 18-24 (20) and Budapest 9 and 11 (7)"
    );
    // The worked example of the README.
    assert_eq!(v["standards"][0]["score"].as_f64(), Some(52.5));
    assert_eq!(v["standards"][0]["coverage"].as_f64(), Some(75.0));
    assert!(
        v["scope"][0]
            .as_str()
            .unwrap()
            .starts_with("Scope declared in the profile: only lanzarote:18-24"),
        "{}",
        v["scope"]
    );
}

#[test]
fn the_declared_scope_and_the_filters_are_stated_in_every_format() {
    for format in ["table", "md", "json", "csv", "html"] {
        let text = ok(&[
            "report",
            REPLY,
            "--format",
            format,
            "--only",
            "lanzarote:23",
        ]);
        assert!(text.contains("Scope declared in the profile"), "{format}");
        assert!(
            text.contains("Command-line filters: --only lanzarote:23."),
            "{format}:\n{text}"
        );
        let whole = ok(&[
            "report",
            "jurisdictions/xb-fictonia.toml",
            "--format",
            format,
        ]);
        if format == "json" {
            assert!(whole.contains("\"scope\": []"), "no filter: {whole}");
        } else {
            assert!(
                whole.contains("every provision of the treaties in the profile"),
                "{format}"
            );
        }
    }
    insta::assert_snapshot!(
        "report_reply_27_md",
        ok(&["report", REPLY, "--format", "md"])
    );
}

#[test]
fn command_line_filters_narrow_the_declared_scope() {
    let v = json(&[
        "report",
        REPLY,
        "--format",
        "json",
        "--standard",
        "budapest",
    ]);
    let refs: Vec<&str> = v["standards"][0]["provisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["ref"].as_str().unwrap())
        .collect();
    assert_eq!(v["standards"].as_array().unwrap().len(), 1);
    assert!(
        refs.iter()
            .all(|r| r.starts_with("budapest:9") || r.starts_with("budapest:11")),
        "{refs:?}"
    );
}

#[test]
fn a_signed_only_treaty_scores_n_a_and_is_never_averaged() {
    let p = "jurisdictions/xa-examplia.toml";
    let v = json(&["report", p, "--format", "json"]);
    let p2 = v["standards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "budapest-p2")
        .expect("XA has signed the Second Protocol");
    assert_eq!(p2["treaty_status"], "signed");
    assert!(p2["score"].is_null(), "{}", p2["score"]);
    assert!(ok(&["report", p, "--format", "md"]).contains("n/a (signed)"));
    let m = json(&["compare", p, "--format", "json"]);
    let scored: Vec<f64> = v["standards"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["score"].as_f64())
        .collect();
    let mean = (scored.iter().sum::<f64>() / scored.len() as f64 * 10.0).round() / 10.0;
    assert_eq!(m["jurisdictions"][0]["mean_score"].as_f64(), Some(mean));
}

#[test]
fn a_bad_scope_is_reported_with_its_place_and_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad-scope.toml");
    std::fs::write(
        &path,
        "[jurisdiction]\ncode = \"XA\"\nname = \"X\"\n[scope]\nonly = \"lanzarote:18-\"\ntags = [\"itc\"]\nround = \"greta-9\"\n[treaties.lanzarote]\nstatus = \"ratified\"\n",
    )
    .unwrap();
    let (code, _, stderr) = run(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("unknown topic `itc`"), "{stderr}");
    assert!(stderr.contains("ict"), "did you mean: {stderr}");
    assert!(stderr.contains("unknown round `greta-9`"), "{stderr}");
    assert!(stderr.contains(":5:"), "line of `only`: {stderr}");
}

#[test]
fn compare_ignores_declared_scopes_and_says_so() {
    let (code, stdout, stderr) = run(&[
        "compare",
        REPLY,
        "jurisdictions/xb-fictonia.toml",
        "--only",
        "lanzarote:23",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("note: XA declares a [scope]"), "{stderr}");
    assert!(
        stdout.contains("Command-line filters: --only lanzarote:23."),
        "{stdout}"
    );
}

#[test]
fn check_warns_when_a_full_provision_depends_on_an_unstated_parameter() {
    let (code, stdout, stderr) = run(&["check", REPLY]);
    assert_eq!(code, 0, "a warning, not an error: {stderr}");
    assert!(stdout.starts_with("ok: "), "{stdout}");
    assert!(
        stderr.contains("warning[unstated-parameter]: lanzarote:18 is declared full, but the profile does not state `child_age_limit`"),
        "{stderr}"
    );
    for shipped in std::fs::read_dir("jurisdictions").unwrap() {
        let path = shipped.unwrap().path();
        if path.extension().is_some_and(|x| x == "toml") {
            let (_, _, stderr) = run(&["check", path.to_str().unwrap()]);
            assert!(!stderr.contains("unstated-parameter"), "{path:?}: {stderr}");
        }
    }
}

#[test]
fn no_unstated_parameter_warning_for_a_provision_a_nearer_entry_decides() {
    // The article is declared full, but the one provision whose check needs the ages has an entry
    // of its own (partial): that entry decides it, so the missing ages change no result.
    let dir = tempfile::tempdir().unwrap();
    let article = "[jurisdiction]\ncode = \"XA\"\nname = \"X\"\nfictional = true\n[treaties.lanzarote]\nstatus = \"ratified\"\n[provisions.\"lanzarote:18\"]\nstatus = \"full\"\n";
    let alone = dir.path().join("article.toml");
    std::fs::write(&alone, article).unwrap();
    let (code, _, stderr) = run(&["check", alone.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("warning[unstated-parameter]: lanzarote:18"),
        "{stderr}"
    );

    let nearer = dir.path().join("nearer.toml");
    std::fs::write(
        &nearer,
        format!("{article}[provisions.\"lanzarote:18.1.a\"]\nstatus = \"partial\"\n"),
    )
    .unwrap();
    let (code, _, stderr) = run(&["check", nearer.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("unstated-parameter"), "{stderr}");
}

#[test]
fn init_takes_a_selection_and_writes_it_as_the_scope() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.toml");
    let (code, _, stderr) = run(&[
        "init",
        "--only",
        "lanzarote:18-24, budapest:9",
        "--code",
        "XA",
        "--name",
        "Examplia",
        "--output",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("[scope]\nonly = \"lanzarote:18-24, budapest:9\"\n"),
        "{text}"
    );
    for line in [
        "# as_of = YYYY-MM-DD",
        "# version = ",
        "# signed = YYYY-MM-DD",
        "# ratified = YYYY-MM-DD",
    ] {
        assert!(text.contains(line), "{line}");
    }
    assert_eq!(
        text.matches("[provisions.").count(),
        26,
        "Lanzarote 18-24 (20) and Budapest 9 (6): only the selection"
    );
    assert!(
        !text.contains("preservation_period_days"),
        "only the parameters the selection uses"
    );
    let (code, stdout, stderr) = run(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("ok: "));
    let (code, stdout, _) = run(&[
        "init",
        "--tag",
        "ict",
        "--standard",
        "budapest",
        "--code",
        "XA",
        "--name",
        "X",
    ]);
    assert_eq!(code, 0);
    assert!(stdout.contains("tags = [\"ict\"]"));
    assert!(!stdout.contains("[treaties.lanzarote]"));
}
