//! Monitoring end to end: rounds, round-scoped reports and comparisons, recommendations.

use crate::cli::run;

fn ok(args: &[&str]) -> String {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, 0, "lexgap {args:?} failed:\n{stderr}");
    stdout
}

#[test]
fn rounds_are_listed_with_their_sources() {
    insta::assert_snapshot!("rounds_table", ok(&["rounds"]));
    insta::assert_snapshot!("rounds_md", ok(&["rounds", "--format", "md"]));
    let json: serde_json::Value =
        serde_json::from_str(&ok(&["rounds", "--format", "json"])).unwrap();
    let ids: Vec<&str> = json["rounds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    for id in [
        "greta-1",
        "greta-2",
        "greta-3",
        "greta-4",
        "lanzarote-1",
        "lanzarote-2",
        "tcy-preservation",
        "tcy-mla",
        "tcy-article-13",
    ] {
        assert!(ids.contains(&id), "{id} missing");
    }
    assert!(
        json["rounds"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| !r["source"].as_str().unwrap().is_empty())
    );
}

#[test]
fn a_report_scoped_to_a_round_says_so_with_its_coverage() {
    let text = ok(&[
        "report",
        "jurisdictions/xa-examplia.toml",
        "--round",
        "greta-3",
        "--all",
    ]);
    assert!(text.starts_with("Scoped to GRETA evaluation round 3 (greta-3"));
    assert!(text.contains("trafficking:15.3"));
    assert!(!text.contains("trafficking:5.1 "));
    assert!(!text.contains("lanzarote:"));
    insta::assert_snapshot!("report_round_greta_3", text);
    let json: serde_json::Value = serde_json::from_str(&ok(&[
        "report",
        "jurisdictions/xa-examplia.toml",
        "--round",
        "greta-3",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json["round"]["id"], "greta-3");
    assert_eq!(
        json["round"]["coverage"][0]["jurisdiction"],
        "XA (law as of 2025-03-01)"
    );
    let html = ok(&[
        "report",
        "jurisdictions/xa-examplia.toml",
        "--round",
        "greta-3",
        "--format",
        "html",
    ]);
    assert!(html.contains("<p class=\"round\"><b>Scoped to GRETA evaluation round 3"));
}

#[test]
fn compare_scoped_to_a_round() {
    let text = ok(&[
        "compare",
        "--dir",
        "jurisdictions",
        "--round",
        "tcy-preservation",
        "--ascii",
    ]);
    assert!(text.starts_with("Scoped to T-CY assessment 1 (tcy-preservation"));
    insta::assert_snapshot!("compare_round_tcy_preservation", text);
}

#[test]
fn unknown_or_empty_rounds_are_usage_errors() {
    let (code, _, stderr) = run(&[
        "report",
        "jurisdictions/xa-examplia.toml",
        "--round",
        "greta3",
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("did you mean `greta-3`"), "{stderr}");
    let (code, _, stderr) = run(&[
        "report",
        "jurisdictions/xa-examplia.toml",
        "--round",
        "greta-2",
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no questionnaire sections recorded"),
        "{stderr}"
    );
}
