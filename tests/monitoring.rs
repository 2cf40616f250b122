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
    assert!(text.contains("Art. 15(3)"));
    assert!(!text.contains("Art. 5(1)"));
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
    let (code, csv, stderr) = run(&[
        "report",
        "jurisdictions/xa-examplia.toml",
        "--round",
        "greta-3",
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0);
    assert!(!csv.contains("Scoped"));
    assert!(
        stderr.starts_with("note: Scoped to GRETA evaluation round 3"),
        "{stderr}"
    );
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

const XD_2022: &str = "jurisdictions/evaluated/xd-evaluatia-2022.toml";
const XD: &str = "jurisdictions/evaluated/xd-evaluatia.toml";

#[test]
fn evaluated_examples_validate_without_warnings() {
    let (code, stdout, stderr) = run(&[
        "check",
        XD_2022,
        XD,
        "jurisdictions/evaluated/xe-monitoria.toml",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.lines().count(), 3);
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn typos_in_a_recommendation_are_reported_with_line_and_column() {
    let (code, stdout, stderr) = run(&[
        "check",
        "tests/fixtures/monitoring/recommendation-typos.toml",
    ]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    insta::assert_snapshot!("recommendation_typos", stderr);
    let (code, _, stderr) = run(&[
        "check",
        "tests/fixtures/monitoring/follow-up-status-typo.toml",
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("follow-up-status-typo.toml:18:10"),
        "{stderr}"
    );
    assert!(stderr.contains("unknown value `implemnted`"), "{stderr}");
}

#[test]
fn the_report_lists_open_recommendations_by_urgency_and_flags_overdue_ones() {
    let text = ok(&["report", XD]);
    let section = &text[text
        .find("Recommendations:")
        .expect("a recommendations section")..];
    insta::assert_snapshot!("report_recommendations_xd", section);
    // Open first, most urgent first; the implemented one last.
    let order: Vec<usize> = ["para. 41", "para. 62", "para. 77", "para. 90"]
        .iter()
        .map(|id| section.find(id).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{section}");
    assert!(section.contains("2 overdue at 2024-09-30"));
    assert!(
        section.contains(
            "trafficking:23 is assessed full, but GRETA recommendation 2nd round, para. 77"
        )
    );
    let json: serde_json::Value =
        serde_json::from_str(&ok(&["report", XD, "--format", "json"])).unwrap();
    let items = json["recommendations"]["items"].as_array().unwrap();
    assert_eq!(items[0]["overdue"], true);
    assert_eq!(items[3]["open"], false);
    assert_eq!(
        json["recommendations"]["conflicts"][0]["kind"],
        "full-but-open"
    );
    insta::assert_snapshot!("report_recommendations_xd_md", {
        let md = ok(&["report", XD, "--format", "md"]);
        md[md.find("## Recommendations").unwrap()..].to_string()
    });
}

#[test]
fn diff_shows_follow_up_moving_from_not_implemented_to_partially_implemented() {
    let text = ok(&["diff", XD_2022, XD]);
    let section = &text[text.find("Recommendations: follow-up changes").unwrap()..];
    assert!(section.contains(
        "GRETA 2nd round, para. 41: not implemented → partially implemented [new follow-up: 2024-09-01: partially implemented]"
    ));
    insta::assert_snapshot!("diff_follow_up_xd", section);
    let json: serde_json::Value =
        serde_json::from_str(&ok(&["diff", XD_2022, XD, "--format", "json"])).unwrap();
    let first = &json["recommendations"][0];
    assert_eq!(first["from"], "not-implemented");
    assert_eq!(first["to"], "partially-implemented");
    assert!(
        ok(&["diff", XD_2022, XD, "--format", "html"])
            .contains("<h2>Recommendations: follow-up changes</h2>")
    );
}

#[test]
fn compare_recommendations_renders_in_every_format() {
    let args = |f: &'static str| {
        [
            "compare",
            "--dir",
            "jurisdictions/evaluated",
            "--recommendations",
            "--format",
            f,
        ]
    };
    insta::assert_snapshot!("follow_up_matrix_table", ok(&args("table")));
    insta::assert_snapshot!("follow_up_matrix_csv", ok(&args("csv")));
    insta::assert_snapshot!("follow_up_matrix_md", ok(&args("md")));
    insta::assert_snapshot!("follow_up_matrix_html", ok(&args("html")));
    let json: serde_json::Value = serde_json::from_str(&ok(&args("json"))).unwrap();
    assert_eq!(json["columns"].as_array().unwrap().len(), 3);
    let shared = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "2nd round, para. 41")
        .unwrap();
    assert_eq!(shared["cells"][0]["status"], "not-implemented");
    let round = ok(&[
        "compare",
        "--dir",
        "jurisdictions/evaluated",
        "--recommendations",
        "--round",
        "greta-3",
        "--ascii",
    ]);
    assert!(
        round.contains("trafficking:15.4") && !round.contains("trafficking:26"),
        "{round}"
    );
    assert!(!round.contains('—'), "{round}");
    assert_eq!(shared["cells"][1]["status"], "partially-implemented");
    assert_eq!(shared["cells"][2]["status"], "partially-implemented");
}

#[test]
fn profile_text_is_escaped_in_html_and_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    std::fs::write(
        &path,
        r#"[jurisdiction]
code = "XD"
name = "Escape test"
fictional = true

[treaties.trafficking]
status = "ratified"

[[recommendations]]
id = "<script>x</script>"
body = "greta"
verb = "urges"
provisions = ["trafficking:26"]
issued = 2021-11-05
text = "a | b <b>bold</b>"
"#,
    )
    .unwrap();
    let p = path.to_str().unwrap();
    let html = ok(&["report", p, "--format", "html"]);
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;x&lt;/script&gt;"));
    assert!(html.contains("a | b &lt;b&gt;bold&lt;/b&gt;"));
    let md = ok(&["report", p, "--format", "md"]);
    assert!(md.contains("a \\| b"));
    let matrix = ok(&["compare", p, "--recommendations", "--format", "html"]);
    assert!(!matrix.contains("<script>"));
}

/// TOML as JSON, dates as strings (what editors validating against the schema see).
fn json_of(v: toml::Value) -> serde_json::Value {
    match v {
        toml::Value::Datetime(d) => d.to_string().into(),
        toml::Value::Array(a) => a.into_iter().map(json_of).collect(),
        toml::Value::Table(t) => t
            .into_iter()
            .map(|(k, v)| (k, json_of(v)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
        other => serde_json::to_value(other).unwrap(),
    }
}

#[test]
fn evaluated_examples_validate_against_the_schema() {
    let (_, schema, _) = run(&["schema"]);
    let schema: serde_json::Value = serde_json::from_str(&schema).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    for name in ["xd-evaluatia-2022", "xd-evaluatia", "xe-monitoria"] {
        let text = std::fs::read_to_string(format!("jurisdictions/evaluated/{name}.toml")).unwrap();
        let value = json_of(toml::from_str(&text).unwrap());
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
    let recs = &schema["$defs"]["RawRecommendation"]["properties"];
    assert!(
        recs["verb"].is_object() && recs["follow_up"].is_object(),
        "{recs}"
    );
}

#[test]
fn standards_files_with_bad_relations_or_derivations_are_refused_with_places() {
    let (code, _, stderr) = run(&[
        "--standards-dir",
        "tests/fixtures/monitoring/bad-standards",
        "standards",
    ]);
    assert_eq!(code, 2);
    insta::assert_snapshot!("bad_relations", stderr);
    let (code, _, stderr) = run(&[
        "--standards-dir",
        "tests/fixtures/monitoring/bad-derivations",
        "standards",
    ]);
    assert_eq!(code, 2);
    insta::assert_snapshot!("bad_derivations", stderr);
}

#[test]
fn interpretive_standards_show_their_kind() {
    let show = ok(&["show", "lanzarote-op33:2"]);
    assert!(show.contains("[interpretive opinion, not a treaty obligation]"));
    assert!(show.contains("limitation_expires_at_age at least age_of_majority"));
    insta::assert_snapshot!("show_lanzarote_op33_2", show);
    assert!(ok(&["show", "tcy-gn1:1"]).contains("[guidance note, not a treaty obligation]"));
    assert!(ok(&["show", "icmec"]).contains("[model law, a benchmark, not a treaty obligation]"));
    let standards = ok(&["standards", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&standards).unwrap();
    let kinds: Vec<(&str, &str)> = json
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| Some((s["id"].as_str()?, s["kind"].as_str()?)))
        .collect();
    assert!(kinds.contains(&("icmec", "model-law")));
    assert!(kinds.contains(&("lanzarote-op23", "interpretive-opinion")));
    assert!(kinds.contains(&("tcy-gn1", "guidance-note")));
}

#[test]
fn icmec_criteria_are_derived_from_the_profiles_lanzarote_and_budapest_evidence() {
    let text = ok(&[
        "report",
        "jurisdictions/xa-examplia.toml",
        "--standard",
        "icmec",
        "--all",
    ]);
    assert!(text.contains("[model law, a benchmark, not a treaty obligation]"));
    insta::assert_snapshot!("report_icmec_xa", text);
}

fn temp_profile(body: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    let text = format!(
        "[jurisdiction]\ncode = \"XF\"\nname = \"Test\"\nfictional = true\n\n[[laws]]\nid = \"cc\"\ntitle = \"Code\"\n\n{body}"
    );
    std::fs::write(&path, text).unwrap();
    let p = path.to_str().unwrap().to_string();
    (dir, p)
}

fn result<'a>(json: &'a serde_json::Value, reference: &str) -> &'a serde_json::Value {
    json["standards"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["provisions"].as_array().unwrap())
        .find(|r| r["ref"] == reference)
        .unwrap_or_else(|| panic!("{reference} not in the report"))
}

#[test]
fn derivation_takes_the_best_source_and_a_direct_statement_wins() {
    let (_d, p) = temp_profile(
        r#"[treaties.lanzarote]
status = "ratified"
[treaties.budapest]
status = "ratified"
[provisions."lanzarote:20.1.e"]
status = "none"
[provisions."budapest:9.1.e"]
status = "partial"
by = ["cc:5"]
[provisions."icmec:1"]
status = "none"
note = "Stated directly."
"#,
    );
    let json: serde_json::Value = serde_json::from_str(&ok(&[
        "report",
        &p,
        "--standard",
        "icmec",
        "--format",
        "json",
    ]))
    .unwrap();
    let four = result(&json, "icmec:4");
    assert_eq!(four["status"], "partial");
    assert_eq!(four["by"][0], "cc:5");
    assert!(
        four["reasons"][0]
            .as_str()
            .unwrap()
            .contains("partial through budapest:9.1.e (best of lanzarote:20.1.e: none; budapest:9.1.e: partial)"),
        "{four}"
    );
    assert_eq!(result(&json, "icmec:1")["status"], "none");
    assert_eq!(result(&json, "icmec:5")["status"], "unknown");
    assert_eq!(json["standards"][0]["kind"], "model-law");
    assert_eq!(json["standards"][0]["treaty_status"], "not-a-treaty");
}

#[test]
fn relational_checks_compare_parameters_with_each_other() {
    let base = r#"[treaties.lanzarote]
status = "ratified"
[provisions."lanzarote:33"]
status = "full"
by = ["cc:9"]
"#;
    let (_d, p) = temp_profile(&format!(
        "{base}[parameters]\nlimitation_runs_from_majority = true\nage_of_majority = 18\nlimitation_expires_at_age = 16\nlimitation_years_circle_of_trust = 10\nlimitation_years_other_offenders = 10\n"
    ));
    let json: serde_json::Value = serde_json::from_str(&ok(&[
        "report",
        &p,
        "--standard",
        "lanzarote-op33",
        "--format",
        "json",
    ]))
    .unwrap();
    let two = result(&json, "lanzarote-op33:2");
    assert_eq!(two["status"], "partial", "{two}");
    assert!(two["reasons"].to_string().contains(
        "limitation_expires_at_age is 16, age_of_majority is 18: limitation_expires_at_age at least age_of_majority does not hold"
    ));
    assert_eq!(result(&json, "lanzarote-op33:3")["status"], "full");
    // Without the values the relation cannot be decided: a derived full becomes unknown.
    let (_d2, p2) = temp_profile(&format!(
        "{base}[parameters]\nlimitation_runs_from_majority = true\n"
    ));
    let json: serde_json::Value = serde_json::from_str(&ok(&[
        "report",
        &p2,
        "--standard",
        "lanzarote-op33",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(result(&json, "lanzarote-op33:2")["status"], "unknown");
    // A relation in the treaty model itself: age of consent above the child age limit.
    let (_d3, p3) = temp_profile(
        "[treaties.lanzarote]\nstatus = \"ratified\"\n[provisions.\"lanzarote:18.1.a\"]\nstatus = \"full\"\n[parameters]\nage_of_sexual_consent = 19\nchild_age_limit = 18\n",
    );
    let json: serde_json::Value = serde_json::from_str(&ok(&[
        "report",
        &p3,
        "--only",
        "lanzarote:18.1.a",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(result(&json, "lanzarote:18.1.a")["status"], "partial");
}

#[test]
fn a_treaty_reservation_does_not_excuse_a_benchmark() {
    // Fictonia reserved Budapest 9.1.e: under ICMEC's criteria that is simply not in its law.
    let json: serde_json::Value = serde_json::from_str(&ok(&[
        "report",
        "jurisdictions/xb-fictonia.toml",
        "--standard",
        "icmec",
        "--format",
        "json",
    ]))
    .unwrap();
    let four = result(&json, "icmec:4");
    assert_eq!(four["status"], "partial", "{four}");
    assert!(
        four["reasons"]
            .to_string()
            .contains("budapest:9.1.e: reserved")
    );
    let statuses: Vec<&str> = json["standards"][0]["provisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert!(!statuses.contains(&"reserved"), "{statuses:?}");
}
