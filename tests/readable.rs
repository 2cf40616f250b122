//! Reports a minister can read (issue 10): human references, law titles, the domestic text,
//! reasons that lead with the note and the shortfalls, a summary paragraph, treaty status.

use crate::cli::run;

fn ok(args: &[&str]) -> String {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, 0, "lexgap {args:?}:\n{stderr}");
    stdout
}

const XA: &str = "jurisdictions/xa-examplia.toml";

#[test]
fn md_and_html_name_the_laws_quote_the_text_and_cite_as_treaties_do() {
    let table = ok(&["report", XA]);
    assert!(table.contains("Generated 2026-01-01 by lexgap."), "{table}");
    for format in ["md", "html"] {
        let text = ok(&["report", XA, "--format", format]);
        assert!(
            text.contains("Criminal Code (Act 12/1998), 213"),
            "{format}"
        );
        assert!(
            text.contains("proposes to meet a child"),
            "the domestic text, {format}"
        );
        assert!(text.contains("Art. 25(2)"), "{format}");
        assert!(!text.contains("| lanzarote:25.2 |"), "{format}");
        assert!(
            text.contains("Signed 2008-10-25; ratified 2012-06-20"),
            "{format}"
        );
        assert!(text.contains("Generated 2026-01-01 by lexgap."), "{format}");
    }
    let all = ok(&[
        "report",
        "tests/fixtures/valid/monitoring-reply-27.toml",
        "--all",
        "--format",
        "md",
    ]);
    assert!(all.contains("| Art. 18(1)(b), third indent |"), "{all}");
}

#[test]
fn json_and_csv_keep_the_canonical_ref_beside_the_readable_one() {
    let v: serde_json::Value =
        serde_json::from_str(&ok(&["report", XA, "--format", "json"])).unwrap();
    let r = &v["standards"][0]["provisions"][0];
    assert!(r["ref"].as_str().unwrap().starts_with("lanzarote:"));
    assert!(r["label"].as_str().unwrap().starts_with("Art. "));
    let csv = ok(&["report", XA, "--format", "csv"]);
    assert!(
        csv.starts_with("jurisdiction,standard,ref,provision,status,"),
        "{csv}"
    );
    assert!(csv.contains("lanzarote:23,Art. 23,partial"), "{csv}");
}

#[test]
fn the_reasons_shown_lead_with_the_note_and_never_list_passing_checks() {
    let v: serde_json::Value =
        serde_json::from_str(&ok(&["report", XA, "--format", "json"])).unwrap();
    let results: Vec<&serde_json::Value> = v["standards"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["provisions"].as_array().unwrap())
        .collect();
    let passing = results
        .iter()
        .find(|r| {
            r["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x.as_str().unwrap().contains(": meets"))
        })
        .expect("XA passes some parameter check");
    assert!(
        passing["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| !x.as_str().unwrap().contains(": meets")),
        "{passing}"
    );
    for r in &results {
        let findings = r["findings"].as_array().unwrap();
        if let Some(i) = findings
            .iter()
            .position(|x| x.as_str().unwrap().starts_with("profile note:"))
        {
            assert_eq!(i, 0, "the note leads: {r}");
        }
        assert!(
            findings
                .iter()
                .all(|x| !x.as_str().unwrap().starts_with("status ")),
            "no bookkeeping: {r}"
        );
    }
    let md = ok(&["report", XA, "--format", "md"]);
    assert_eq!(
        md.matches("status partial given for Art. 5 as a whole;")
            .count(),
        1,
        "an inherited status is said once per article"
    );
}

#[test]
fn the_summary_comes_first_and_names_the_gaps_before_the_rest() {
    let md = ok(&["report", XA, "--format", "md"]);
    let summary = md
        .lines()
        .find(|l| l.contains("mandatory provisions in scope:"))
        .expect("a summary paragraph");
    let (gaps, partial) = (
        summary.find("gaps").unwrap(),
        summary.find("partly implemented").unwrap(),
    );
    assert!(gaps < partial, "{summary}");
    assert!(summary.contains("Lanzarote Convention Art. 7"), "{summary}");
    assert!(
        summary.contains("Not scored, as not binding on the Party: Second Additional Protocol"),
        "{summary}"
    );
    assert!(md.find(summary).unwrap() < md.find("| standard |").unwrap());
}

#[test]
fn a_reservation_on_a_provision_the_law_covers_could_be_withdrawn() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reserved.toml");
    std::fs::write(
        &path,
        "[jurisdiction]\ncode = \"XA\"\nname = \"X\"\nfictional = true\n[treaties.budapest]\nstatus = \"ratified\"\nreservations = [\"9.4\"]\n[parameters]\ncsam_age_limit = 18\n[provisions.\"budapest:9\"]\nstatus = \"full\"\n",
    )
    .unwrap();
    let md = ok(&[
        "report",
        path.to_str().unwrap(),
        "--only",
        "budapest:9",
        "--format",
        "md",
    ]);
    assert!(
        md.contains("the reservation under budapest:9.4 could be withdrawn"),
        "{md}"
    );
    assert!(
        md.contains("so the reservation could be withdrawn: Budapest Convention Art. 9(1)(d)"),
        "{md}"
    );
    insta::assert_snapshot!("report_reservation_could_be_withdrawn_md", md);
}

#[test]
fn a_reservation_is_not_called_withdrawable_when_the_law_falls_short_of_a_declared_full() {
    // Declared full, but the elements listed leave the offence partly uncovered: withdrawing the
    // reservation would leave a gap, so the report must not suggest it.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reserved-partial.toml");
    std::fs::write(
        &path,
        "[jurisdiction]\ncode = \"XA\"\nname = \"X\"\nfictional = true\n[treaties.budapest]\nstatus = \"ratified\"\nreservations = [\"9.4\"]\n[parameters]\ncsam_age_limit = 18\n[provisions.\"budapest:9.1.d\"]\nstatus = \"full\"\nelements = [\"intentional\"]\n",
    )
    .unwrap();
    let p = path.to_str().unwrap();
    let md = ok(&["report", p, "--only", "budapest:9.1.d", "--format", "md"]);
    assert!(
        md.contains("reserved: the Party invoked budapest:9.4"),
        "{md}"
    );
    assert!(!md.contains("could be withdrawn"), "{md}");
    let v: serde_json::Value = serde_json::from_str(&ok(&[
        "report",
        p,
        "--only",
        "budapest:9.1.d",
        "--format",
        "json",
    ]))
    .unwrap();
    let r = &v["standards"][0]["provisions"][0];
    assert_eq!(r["status"], "reserved", "{r}");
    assert_eq!(r["declared"], "full", "{r}");
    assert_eq!(r["withdrawable"], false, "{r}");
}

#[test]
fn the_date_generated_comes_from_the_flag() {
    let md = ok(&["report", XA, "--format", "md", "--date", "2025-04-01"]);
    assert!(md.contains("Generated 2025-04-01 by lexgap."));
    let (code, _, stderr) = run(&["report", XA, "--date", "April"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("YYYY-MM-DD"), "{stderr}");
}

#[test]
fn element_names_of_other_treaties_are_read_as_the_provisions_own() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("aliases.toml");
    std::fs::write(
        &path,
        "[jurisdiction]\ncode = \"XA\"\nname = \"X\"\nfictional = true\n[treaties.budapest]\nstatus = \"ratified\"\n[parameters]\ncsam_age_limit = 18\n\
         [provisions.\"budapest:9.1.b\"]\nstatus = \"full\"\nelements = [\"intentional\", \"without-right\", \"child-pornography\", \"offering\", \"making-available\", \"through-a-computer-system\"]\n",
    )
    .unwrap();
    let p = path.to_str().unwrap();
    let (code, _, stderr) = run(&["check", p]);
    assert_eq!(code, 0, "{stderr}");
    let v: serde_json::Value = serde_json::from_str(&ok(&[
        "report",
        p,
        "--only",
        "budapest:9.1.b",
        "--format",
        "json",
    ]))
    .unwrap();
    let r = &v["standards"][0]["provisions"][0];
    assert_eq!(r["status"], "full", "{r}");
    assert_eq!(r["missing_elements"], serde_json::json!([]));
    // Half of a combined element is not the whole of it.
    std::fs::write(
        &path,
        "[jurisdiction]\ncode = \"XA\"\nname = \"X\"\n[treaties.budapest]\nstatus = \"ratified\"\n[provisions.\"budapest:9.1.b\"]\nstatus = \"full\"\nelements = [\"offering\"]\n",
    )
    .unwrap();
    let (code, _, stderr) = run(&["check", p]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("budapest:9.1.b has no element `offering`"),
        "{stderr}"
    );
}
