//! Gap reports of the shipped examples in every format, exit codes of `--fail-on`, escaping.

use crate::cli::run;

fn ok(args: &[&str]) -> String {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, 0, "lexgap {args:?}:\n{stderr}");
    stdout
}

#[test]
fn report_of_the_complete_example_in_every_format() {
    let p = "jurisdictions/xa-examplia.toml";
    insta::assert_snapshot!("report_xa_table", ok(&["report", p]));
    insta::assert_snapshot!("report_xa_md", ok(&["report", p, "--format", "md"]));
    insta::assert_snapshot!("report_xa_json", ok(&["report", p, "--format", "json"]));
    insta::assert_snapshot!("report_xa_csv", ok(&["report", p, "--format", "csv"]));
    insta::assert_snapshot!("report_xa_html", ok(&["report", p, "--format", "html"]));
}

#[test]
fn report_with_reservations_and_declarations() {
    insta::assert_snapshot!(
        "report_xb_md",
        ok(&["report", "jurisdictions/xb-fictonia.toml", "--format", "md"])
    );
}

#[test]
fn report_of_a_state_that_extends_its_federation() {
    let text = ok(&[
        "report",
        "jurisdictions/xc-no-north.toml",
        "--format",
        "json",
        "--only",
        "lanzarote:11-14",
    ]);
    insta::assert_snapshot!("report_xc_no_only_json", text);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let files = v["jurisdiction"]["files"].as_array().unwrap();
    assert_eq!(
        files.len(),
        2,
        "the state file and the federal file it extends"
    );
}

#[test]
fn json_follows_the_documented_shape() {
    let v: serde_json::Value = serde_json::from_str(&ok(&[
        "report",
        "jurisdictions/xa-examplia.toml",
        "--format",
        "json",
    ]))
    .unwrap();
    assert!(v["jurisdiction"].is_object());
    for s in v["standards"].as_array().unwrap() {
        for key in ["id", "score", "counts", "provisions"] {
            assert!(s.get(key).is_some(), "standard lacks {key}");
        }
        for key in ["full", "partial", "none", "unknown", "reserved"] {
            assert!(s["counts"][key].is_u64(), "counts lack {key}");
        }
        for p in s["provisions"].as_array().unwrap() {
            for key in [
                "ref",
                "status",
                "declared",
                "mandatory",
                "reasons",
                "missing_elements",
                "failed_checks",
                "by",
            ] {
                assert!(p.get(key).is_some(), "provision lacks {key}: {p}");
            }
        }
    }
}

#[test]
fn fail_on_gap_exits_1_with_a_gap_and_0_without() {
    let (code, _, _) = run(&[
        "report",
        "jurisdictions/xa-examplia.toml",
        "--fail-on",
        "gap",
    ]);
    assert_eq!(code, 1, "Examplia has gaps (lanzarote:7)");
    let (code, _, stderr) = run(&[
        "report",
        "jurisdictions/xc-no-north.toml",
        "--fail-on",
        "gap",
    ]);
    assert_eq!(code, 0, "Demonstria North has no gap: {stderr}");
    let (code, _, _) = run(&[
        "report",
        "jurisdictions/xc-no-north.toml",
        "--fail-on",
        "unknown",
    ]);
    assert_eq!(code, 1, "but it has unknown provisions");
}

#[test]
fn filters_narrow_the_report() {
    let v: serde_json::Value = serde_json::from_str(&ok(&[
        "report",
        "jurisdictions/xa-examplia.toml",
        "--format",
        "json",
        "--standard",
        "ets185",
        "--only",
        "budapest:9",
        "--tag",
        "csam",
    ]))
    .unwrap();
    let standards = v["standards"].as_array().unwrap();
    assert_eq!(standards.len(), 1);
    let refs: Vec<&str> = standards[0]["provisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["ref"].as_str().unwrap())
        .collect();
    assert!(
        !refs.is_empty() && refs.iter().all(|r| r.starts_with("budapest:9.")),
        "{refs:?}"
    );
    let (code, _, stderr) = run(&[
        "report",
        "jurisdictions/xa-examplia.toml",
        "--standard",
        "budapset",
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("did you mean `budapest`"), "{stderr}");
}

#[test]
fn html_escapes_every_user_string_and_needs_no_network() {
    let html = ok(&[
        "report",
        "tests/fixtures/valid/html-escape.toml",
        "--format",
        "html",
        "--all",
    ]);
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;"));
    assert!(html.contains(", &lt;i&gt;301&lt;/i&gt;"), "{html}");
    assert!(
        !html.contains("http://") && !html.contains("https://") && !html.contains("<link"),
        "self-contained"
    );
}

#[test]
fn reports_are_byte_identical_across_runs() {
    for format in ["table", "md", "json", "csv", "html"] {
        let a = ok(&[
            "report",
            "jurisdictions/xb-fictonia.toml",
            "--format",
            format,
        ]);
        let b = ok(&[
            "report",
            "jurisdictions/xb-fictonia.toml",
            "--format",
            format,
        ]);
        assert_eq!(a, b, "{format}");
    }
}

#[test]
fn output_file_is_written_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("xa.html");
    let (code, stdout, _) = run(&[
        "report",
        "jurisdictions/xa-examplia.toml",
        "--format",
        "html",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    assert!(stdout.is_empty());
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .ends_with("</html>\n")
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn topics_and_topic_slices_across_standards() {
    insta::assert_snapshot!("topics_table", ok(&["topics"]));
    let json: serde_json::Value =
        serde_json::from_str(&ok(&["topics", "--format", "json"])).unwrap();
    let online = json
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "online-trafficking")
        .unwrap();
    let standards: Vec<&str> = online["standards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["standard"].as_str().unwrap())
        .collect();
    for s in ["budapest", "budapest-p2", "trafficking"] {
        assert!(
            standards.contains(&s),
            "online-trafficking in {s}: {standards:?}"
        );
    }
    let text = ok(&[
        "report",
        "jurisdictions/xa-examplia.toml",
        "--tag",
        "online-trafficking",
        "--format",
        "md",
        "--all",
    ]);
    insta::assert_snapshot!("report_xa_online_trafficking_md", text);
    for s in [
        "Budapest Convention",
        "Second Additional Protocol",
        "Anti-Trafficking Convention",
    ] {
        assert!(text.contains(s), "{s} in the slice");
    }
    assert!(
        !text.contains("## Lanzarote"),
        "Lanzarote has no online-trafficking provisions"
    );
    let grooming = ok(&["show", "--tag", "grooming", "--format", "md"]);
    assert!(
        grooming.contains("lanzarote:23") && grooming.contains("budapest:14.2.b"),
        "{grooming}"
    );
    insta::assert_snapshot!("show_tag_grooming_md", grooming);
}

#[test]
fn suggest_points_at_evidence_given_for_linked_provisions() {
    let text = ok(&[
        "report",
        "jurisdictions/xc-federal.toml",
        "--suggest",
        "--format",
        "md",
        "--standard",
        "budapest",
    ]);
    assert!(
        text.contains("Suggestions from linked provisions"),
        "{text}"
    );
    assert!(
        text.contains(
            "budapest:11.1: the evidence given for the linked lanzarote:24.1 (fcc:26, fcc:27)"
        ),
        "{text}"
    );
}

#[test]
fn trafficking_show_names_its_links() {
    let text = ok(&["show", "trafficking:18", "--format", "md"]);
    insta::assert_snapshot!("show_trafficking_18_md", text);
    assert!(text.contains("Palermo"), "{text}");
    let text = ok(&["show", "trafficking:13.1", "--format", "md"]);
    assert!(
        text.contains("recovery_reflection_period_days at least 30 days"),
        "{text}"
    );
}

#[test]
fn compare_renders_as_table_csv_md_json_and_html() {
    insta::assert_snapshot!(
        "compare_by_article_table",
        ok(&[
            "compare",
            "--dir",
            "jurisdictions",
            "--by",
            "article",
            "--standard",
            "budapest"
        ])
    );
    insta::assert_snapshot!(
        "compare_ascii_sorted_by_score",
        ok(&[
            "compare",
            "--dir",
            "jurisdictions",
            "--by",
            "article",
            "--only",
            "lanzarote:18-24",
            "--ascii",
            "--sort",
            "score"
        ])
    );
    insta::assert_snapshot!(
        "compare_csv",
        ok(&[
            "compare",
            "--dir",
            "jurisdictions",
            "--format",
            "csv",
            "--only",
            "budapest:9"
        ])
    );
    insta::assert_snapshot!(
        "compare_md",
        ok(&[
            "compare",
            "jurisdictions/xa-examplia.toml",
            "jurisdictions/xb-fictonia.toml",
            "--format",
            "md",
            "--tag",
            "csam"
        ])
    );
    let html = ok(&["compare", "--dir", "jurisdictions", "--format", "html"]);
    insta::assert_snapshot!("compare_html", html);
    assert!(
        html.contains("class=\"legend\"") && !html.contains("<script"),
        "legend, no scripts"
    );
    let v: serde_json::Value = serde_json::from_str(&ok(&[
        "compare",
        "--dir",
        "jurisdictions",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(v["jurisdictions"].as_array().unwrap().len(), 6);
    let labels: Vec<&str> = v["jurisdictions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["label"].as_str().unwrap())
        .collect();
    assert!(
        labels.contains(&"XA 2023-01-01") && labels.contains(&"XA 2025-03-01"),
        "two versions are told apart: {labels:?}"
    );
}

#[test]
fn compare_with_200_jurisdictions_stays_one_table() {
    let dir = tempfile::tempdir().unwrap();
    let base = std::fs::read_to_string("jurisdictions/xb-fictonia.toml").unwrap();
    for i in 0..200 {
        let code = format!("X{}", (b'A' + (i % 26) as u8) as char);
        let text = base
            .replace("code = \"XB\"", &format!("code = \"{code}\""))
            .replace("name = \"Fictonia\"", &format!("name = \"Fictonia {i}\""));
        std::fs::write(dir.path().join(format!("p{i:03}.toml")), text).unwrap();
    }
    let html = ok(&[
        "compare",
        "--dir",
        dir.path().to_str().unwrap(),
        "--format",
        "html",
        "--by",
        "article",
    ]);
    assert_eq!(html.matches("<th class=\"j\"").count(), 200);
    assert_eq!(html.matches("<table>").count(), 1);
}

#[test]
fn diff_of_the_two_dated_versions() {
    let (old, new) = (
        "jurisdictions/xa-examplia-2023.toml",
        "jurisdictions/xa-examplia.toml",
    );
    insta::assert_snapshot!("diff_xa_table", ok(&["diff", old, new]));
    insta::assert_snapshot!("diff_xa_md", ok(&["diff", old, new, "--format", "md"]));
    insta::assert_snapshot!("diff_xa_html", ok(&["diff", old, new, "--format", "html"]));
    let v: serde_json::Value =
        serde_json::from_str(&ok(&["diff", old, new, "--format", "json"])).unwrap();
    let directions: Vec<&str> = v["statuses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["direction"].as_str().unwrap())
        .collect();
    assert!(directions.contains(&"improved") && directions.contains(&"regressed"));
    let params = v["parameters"].as_array().unwrap();
    let mla = params
        .iter()
        .find(|p| p["parameter"] == "mla_preservation_period_days")
        .unwrap();
    assert_eq!(mla["checks_now_met"], serde_json::json!(["budapest:29.7"]));
    let text = v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["ref"] == "lanzarote:18")
        .unwrap();
    let pieces = text["text"].as_array().unwrap();
    assert!(
        pieces
            .iter()
            .any(|p| p["op"] == "delete" && p["text"] == "fourteen")
    );
    assert!(
        pieces
            .iter()
            .any(|p| p["op"] == "insert" && p["text"] == "fifteen")
    );
}

#[test]
fn diff_fail_on_regression_gates_a_drafting_repository() {
    let (code, _, _) = run(&[
        "diff",
        "jurisdictions/xa-examplia-2023.toml",
        "jurisdictions/xa-examplia.toml",
        "--fail-on",
        "regression",
    ]);
    assert_eq!(code, 1, "budapest:34 regressed");
    let (code, _, _) = run(&[
        "diff",
        "jurisdictions/xa-examplia.toml",
        "jurisdictions/xa-examplia.toml",
        "--fail-on",
        "regression",
    ]);
    assert_eq!(code, 0);
    let (code, _, _) = run(&[
        "diff",
        "jurisdictions/xa-examplia-2023.toml",
        "jurisdictions/xa-examplia.toml",
        "--only",
        "lanzarote:18-24",
        "--fail-on",
        "regression",
    ]);
    assert_eq!(code, 0, "no regression among the offences");
}

/// The first of `names` found on `PATH`.
pub fn on_path(names: &[&str]) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// Run by `.ci/run`, which installs chromium; `cargo test -- --ignored` runs it by hand.
#[test]
#[ignore = "needs chromium on PATH (apt-get install chromium); .ci/run runs it"]
fn compare_html_renders_in_headless_chromium() {
    let chromium = on_path(&["chromium", "chromium-browser"])
        .expect("chromium or chromium-browser on PATH (apt-get install chromium)");
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("matrix.html");
    let shot = dir.path().join("matrix.png");
    let (code, _, _) = run(&[
        "compare",
        "--dir",
        "jurisdictions",
        "--by",
        "article",
        "--format",
        "html",
        "--output",
        page.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    let status = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1200,900",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .stderr(std::process::Stdio::null())
        .status()
        .expect("chromium runs");
    assert!(status.success());
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 20_000,
        "a real picture, not a blank page ({} bytes)",
        png.len()
    );
}

#[test]
fn redline_of_the_example_bill_names_the_affected_treaty_provisions() {
    let (old, new) = (
        "jurisdictions/texts/xa-criminal-code-2023.txt",
        "jurisdictions/texts/xa-criminal-code-2025.txt",
    );
    insta::assert_snapshot!(
        "redline_xa_table",
        ok(&[
            "redline",
            old,
            new,
            "--profile",
            "jurisdictions/xa-examplia-2023.toml",
            "--law",
            "cc"
        ])
    );
    insta::assert_snapshot!(
        "redline_xa_md",
        ok(&["redline", old, new, "--format", "md"])
    );
    let html = ok(&[
        "redline",
        old,
        new,
        "--format",
        "html",
        "--profile",
        "jurisdictions/xa-examplia-2023.toml",
        "--law",
        "cc",
    ]);
    assert!(
        html.contains("<ins>")
            && html.contains("<del>")
            && html.contains("Treaty provisions affected")
    );
    let v: serde_json::Value = serde_json::from_str(&ok(&[
        "redline",
        old,
        new,
        "--format",
        "json",
        "--profile",
        "jurisdictions/xa-examplia-2023.toml",
        "--law",
        "cc",
    ]))
    .unwrap();
    let affected: Vec<&str> = v["affected_provisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["ref"].as_str().unwrap())
        .collect();
    assert!(
        affected.contains(&"lanzarote:18") && affected.contains(&"lanzarote:21"),
        "{affected:?}"
    );
    // The operations rebuild the new text from the old one.
    let ops: Vec<lexgap::redline::Op> = serde_json::from_value(v["ops"].clone()).unwrap();
    let (a, b) = (
        std::fs::read_to_string(old).unwrap(),
        std::fs::read_to_string(new).unwrap(),
    );
    assert_eq!(lexgap::redline::apply(&a, &ops), b);
}

#[test]
fn redline_usage_errors_exit_2() {
    let old = "jurisdictions/texts/xa-criminal-code-2023.txt";
    let (code, _, stderr) = run(&[
        "redline",
        old,
        old,
        "--profile",
        "jurisdictions/xa-examplia.toml",
        "--law",
        "penal",
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("declares no law `penal`"), "{stderr}");
    let (code, _, _) = run(&["redline", old, old, "--law", "cc"]);
    assert_eq!(code, 2, "--law needs --profile");
    let (code, _, stderr) = run(&["redline", old, "no-such-file.txt"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot read no-such-file.txt"), "{stderr}");
}

#[test]
fn diff_of_two_countries_warns() {
    let (code, _, stderr) = run(&[
        "diff",
        "jurisdictions/xa-examplia.toml",
        "jurisdictions/xb-fictonia.toml",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    assert!(
        stderr.contains("different jurisdictions (XA and XB)"),
        "{stderr}"
    );
}

#[test]
fn colour_only_when_asked() {
    let plain = ok(&["report", "jurisdictions/xb-fictonia.toml"]);
    assert!(
        !plain.contains('\x1b'),
        "NO_COLOR and a pipe: no escape codes"
    );
    let coloured = ok(&[
        "report",
        "jurisdictions/xb-fictonia.toml",
        "--color",
        "always",
    ]);
    assert!(
        coloured.contains("\x1b["),
        "--color always colours even through a pipe"
    );
}

#[test]
fn cyberviolence_topics_span_treaties_and_say_on_whose_reading() {
    for tag in ["online-stalking", "cyberbullying"] {
        let json = ok(&["show", "--tag", tag, "--format", "json"]);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let mut treaties: Vec<&str> = v["provisions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["ref"].as_str().unwrap().split(':').next().unwrap())
            .collect();
        treaties.dedup();
        assert!(treaties.len() >= 2, "{tag}: {treaties:?}");
        let notes = v["notes"].as_array().unwrap();
        for p in v["provisions"].as_array().unwrap() {
            let r = p["ref"].as_str().unwrap();
            let note = notes
                .iter()
                .find(|n| n[0] == r)
                .unwrap_or_else(|| panic!("{tag}: {r} has no note"));
            let text = note[1].as_str().unwrap();
            assert!(
                text.contains("GREVIO")
                    || text.contains("T-CY")
                    || text.contains("lexgap's reading"),
                "{tag}: {r} names no source: {text}"
            );
        }
    }
    insta::assert_snapshot!(
        "show_tag_online_stalking_md",
        ok(&["show", "--tag", "online-stalking", "--format", "md"])
    );
}

#[test]
fn a_lapsed_reservation_is_still_warned_about_when_another_treaty_follows() {
    // Distantia with a second treaty after the Istanbul Convention: reading that treaty must not
    // lose where the Istanbul reservations were written.
    let dir = tempfile::tempdir().unwrap();
    let mut toml = std::fs::read_to_string("jurisdictions/xf-distantia.toml").unwrap();
    toml.push_str("\n[treaties.lanzarote]\nstatus = \"signed\"\nsigned = 2015-01-01\n");
    let p = dir.path().join("xf-two-treaties.toml");
    std::fs::write(&p, toml).unwrap();
    let (code, _, stderr) = run(&["check", p.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("the reservation under istanbul:44.3 lapsed on 2021-11-01"),
        "{stderr}"
    );
}

#[test]
fn check_and_report_say_which_reservations_lapsed_and_which_expire_soon() {
    let p = "jurisdictions/xf-distantia.toml";
    let (code, stdout, stderr) = run(&["check", p]);
    assert_eq!(code, 0, "warnings do not fail check:\n{stderr}");
    insta::assert_snapshot!("check_xf", format!("{stdout}{stderr}"));
    let md = ok(&["report", p, "--only", "istanbul:33-44", "--format", "md"]);
    assert!(md.contains("lapsed on 2021-11-01"), "{md}");
    insta::assert_snapshot!("report_xf_istanbul_33_44_md", md);
    let json = ok(&["report", p, "--only", "istanbul:34", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let r = &v["standards"][0]["provisions"][0];
    assert_eq!(r["status"], "full", "{json}");
    assert!(
        r["reasons"].as_array().unwrap().iter().any(|x| x
            .as_str()
            .unwrap()
            .contains("non-criminal-sanction meets criminal-offence")),
        "{json}"
    );
}

#[test]
fn diff_says_when_a_reservation_lapsed_or_was_renewed_between_versions() {
    let now = std::fs::read_to_string("jurisdictions/xf-distantia.toml").unwrap();
    // The same Party six years earlier, before either reservation expired or was renewed.
    let then = now
        .replace("as_of = 2025-09-01", "as_of = 2019-09-01")
        .replace("renewed = [2021-02-15]\n", "");
    assert_ne!(then, now);
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("xd-2019.toml");
    std::fs::write(&old, then).unwrap();
    let text = ok(&[
        "diff",
        old.to_str().unwrap(),
        "jurisdictions/xf-distantia.toml",
        "--format",
        "md",
    ]);
    assert!(
        text.contains("reservation under istanbul:44.3 lapsed on 2021-11-01"),
        "{text}"
    );
    assert!(
        text.contains("reservation under istanbul:78.3 renewed on 2021-02-15"),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.contains("istanbul:44.3") && l.contains("reserved") && l.contains("none")),
        "{text}"
    );
}
