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
    assert!(stderr.contains("unknown variant `implemnted`"), "{stderr}");
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
            "trafficking:23 is assessed full, but greta recommendation 2nd round, para. 77"
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
        "greta 2nd round, para. 41: not implemented → partially implemented [new follow-up: 2024-09-01: partially implemented]"
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
