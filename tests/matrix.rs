//! The comparison matrix with reasons (issue 10): every cell that is not full says why, in
//! json, the long csv, md and html; `--gaps` and `--latest` on the shipped examples.

use crate::cli::run;

fn ok(args: &[&str]) -> String {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, 0, "lexgap {args:?}:\n{stderr}");
    stdout
}

#[test]
fn every_cell_that_is_not_full_carries_its_reasons_in_json() {
    let v: serde_json::Value = serde_json::from_str(&ok(&[
        "compare",
        "--dir",
        "jurisdictions",
        "--format",
        "json",
    ]))
    .unwrap();
    let mut checked = 0;
    for b in v["standards"].as_array().unwrap() {
        for r in b["rows"].as_array().unwrap() {
            let cells = r["cells"].as_array().unwrap();
            let reasons = r["reasons"].as_array().unwrap();
            assert_eq!(cells.len(), reasons.len());
            for (c, why) in cells.iter().zip(reasons) {
                if !c.is_null() && c != "full" {
                    assert!(!why.as_array().unwrap().is_empty(), "{} {c}", r["ref"]);
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 50, "{checked} cells checked");
}

#[test]
fn the_long_csv_has_one_row_per_jurisdiction_and_provision_with_reasons() {
    let csv = ok(&[
        "compare",
        "jurisdictions/xa-examplia.toml",
        "jurisdictions/xb-fictonia.toml",
        "--only",
        "lanzarote:23, budapest:9",
        "--format",
        "csv",
        "--long",
    ]);
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let header = rows.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 2 * 7, "2 jurisdictions × 7 provisions");
    for r in &records {
        let status = &r[col("status")];
        if status != "full" && status != "not assessed" {
            assert!(!r[col("reasons")].is_empty(), "{r:?}");
        }
    }
    assert!(
        records
            .iter()
            .any(|r| &r[col("provision")] == "Art. 23" && &r[col("ref")] == "lanzarote:23")
    );
    let (code, _, stderr) = run(&["compare", "--dir", "jurisdictions", "--long"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--format csv"), "{stderr}");
}

#[test]
fn gaps_keeps_only_rows_where_someone_falls_short_and_names_them() {
    let all: serde_json::Value = serde_json::from_str(&ok(&[
        "compare",
        "--dir",
        "jurisdictions",
        "--format",
        "json",
    ]))
    .unwrap();
    let gaps: serde_json::Value = serde_json::from_str(&ok(&[
        "compare",
        "--dir",
        "jurisdictions",
        "--format",
        "json",
        "--gaps",
    ]))
    .unwrap();
    let count = |v: &serde_json::Value| -> usize {
        v["standards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["rows"].as_array().unwrap().len())
            .sum()
    };
    assert!(count(&gaps) < count(&all));
    for b in gaps["standards"].as_array().unwrap() {
        for r in b["rows"].as_array().unwrap() {
            let short = r["short"].as_array().unwrap();
            assert!(!short.is_empty(), "{}", r["ref"]);
            let failing = r["cells"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|c| ["none", "partial", "unknown"].contains(&c.as_str().unwrap_or("")))
                .count();
            assert_eq!(short.len(), failing, "{}", r["ref"]);
        }
    }
    let md = ok(&[
        "compare",
        "--dir",
        "jurisdictions",
        "--format",
        "md",
        "--gaps",
        "--only",
        "lanzarote:23",
    ]);
    insta::assert_snapshot!("compare_gaps_lanzarote_23_md", md);
}

#[test]
fn latest_keeps_the_newest_version_of_each_jurisdiction() {
    let (code, stdout, stderr) = run(&[
        "compare",
        "--dir",
        "jurisdictions",
        "--latest",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let xa: Vec<&serde_json::Value> = v["jurisdictions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|j| j["code"] == "XA")
        .collect();
    assert_eq!(xa.len(), 1, "{xa:?}");
    assert_eq!(xa[0]["as_of"], "2025-03-01");
    assert!(
        stderr.contains("note: --latest leaves out XA as of 2023"),
        "{stderr}"
    );
}

#[test]
fn the_html_matrix_prints_its_reasons_under_the_table() {
    let html = ok(&[
        "compare",
        "jurisdictions/xa-examplia.toml",
        "jurisdictions/xb-fictonia.toml",
        "--only",
        "lanzarote:23",
        "--format",
        "html",
    ]);
    assert!(
        html.contains("<h2>Why: Lanzarote Convention (CETS No. 201)</h2>"),
        "{html}"
    );
    assert!(
        html.contains("The offence requires that the meeting actually takes place."),
        "{html}"
    );
}

#[test]
fn sort_by_score_puts_a_jurisdiction_without_a_score_after_one_at_zero() {
    // Gate Law (tests/gates.rs): XC meets every provision, XB none; XA and XD only signed the
    // treaty, so they have no score at all (n/a), which is not a score of 0 %. They are read
    // in file order, one before and one after XB.
    let s = crate::gates::Scratch::new();
    let dir = s.path("profiles");
    std::fs::create_dir(&dir).unwrap();
    for (code, treaty, status) in [
        ("XA", "status = \"signed\"\nsigned = 2021-01-01", "full"),
        ("XB", "status = \"ratified\"\nratified = 2021-01-01", "none"),
        ("XC", "status = \"ratified\"\nratified = 2021-01-01", "full"),
        ("XD", "status = \"signed\"\nsigned = 2021-01-01", "full"),
    ] {
        let mut toml = format!(
            "[jurisdiction]\ncode = \"{code}\"\nname = \"Land {code}\"\nfictional = true\n\n\
             [treaties.gate-law]\n{treaty}\n\n[parameters]\ncontact_point_24_7 = true\n"
        );
        for r in ["1.1", "1.2", "2", "3", "4"] {
            toml.push_str(&format!(
                "\n[provisions.\"gate-law:{r}\"]\nstatus = \"{status}\"\n"
            ));
        }
        std::fs::write(dir.join(format!("{code}.toml")), toml).unwrap();
    }
    let (code, out, err) = s.run(&[
        "compare",
        "--dir",
        dir.to_str().unwrap(),
        "--sort",
        "score",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let order: Vec<(String, serde_json::Value)> = v["jurisdictions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["code"].as_str().unwrap().to_string(),
                c["mean_score"].clone(),
            )
        })
        .collect();
    assert_eq!(
        order,
        [
            ("XC".to_string(), serde_json::json!(100.0)),
            ("XB".to_string(), serde_json::json!(0.0)),
            ("XA".to_string(), serde_json::Value::Null),
            ("XD".to_string(), serde_json::Value::Null),
        ]
    );
}
