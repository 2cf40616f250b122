//! The exit-code gates a drafting team puts in its CI: `report --fail-on gap|partial|unknown` and
//! `diff --fail-on regression` count mandatory provisions only. Everything runs against "Gate
//! Law", a fictional standard written here and loaded with `--standards-dir`, so each provision's
//! modality is known: 1.1 `shall`, 1.2 `may`, 2 `shall-consider`, 3 `shall-endeavour`, 4 `shall`
//! with a true/false check.

use std::path::PathBuf;

use crate::cli::run;

/// A fictional standard with one provision of each modality (and a boolean check).
pub const GATE_LAW: &str = r#"# A fictional standard, made up for lexgap's tests. It models no real instrument.
[standard]
id = "gate-law"
number = "GL 1"
title = "Fictional Gate Law (test fixture)"
short_title = "Gate Law"
opened = 2020-01-01
sources = ["invented for lexgap's tests"]

[[chapters]]
number = "I"
heading = "Duties"
articles = "1-4"

[[articles]]
number = "1"
heading = "Duties of result"

[[articles.provisions]]
ref = "1.1"
summary = "Set up a prevention programme."
modality = "shall"
kind = "prevention"
assessable = true

[[articles.provisions]]
ref = "1.2"
summary = "A Party may extend the programme to adults."
modality = "may"
kind = "prevention"
assessable = true

[[articles]]
number = "2"
heading = "Awareness"

[[articles.provisions]]
ref = "2"
summary = "Consider awareness campaigns."
modality = "shall-consider"
kind = "prevention"
assessable = true

[[articles]]
number = "3"
heading = "Research"

[[articles.provisions]]
ref = "3"
summary = "Endeavour to support research."
modality = "shall-endeavour"
kind = "prevention"
assessable = true

[[articles]]
number = "4"
heading = "Contact point"

[[articles.provisions]]
ref = "4"
summary = "Keep a contact point open around the clock."
modality = "shall"
kind = "co-operation"
assessable = true
requires = [{ parameter = "contact_point_24_7", equals = true }]
"#;

/// A folder with Gate Law under `standards/` and room for profiles.
pub struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("standards")).unwrap();
        std::fs::write(dir.path().join("standards/gate-law.toml"), GATE_LAW).unwrap();
        Scratch { dir }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn standards(&self) -> String {
        self.path("standards").to_str().unwrap().to_string()
    }

    /// Writes a Gate Law profile with these statuses (`[(ref, status)]`) and extra TOML.
    pub fn profile(&self, name: &str, statuses: &[(&str, &str)], extra: &str) -> String {
        let mut s = String::from(
            "[jurisdiction]\ncode = \"XA\"\nname = \"Gatia\"\nfictional = true\n\n\
             [treaties.gate-law]\nstatus = \"ratified\"\nratified = 2021-01-01\n\n",
        );
        s.push_str(extra);
        for (r, status) in statuses {
            s.push_str(&format!(
                "\n[provisions.\"gate-law:{r}\"]\nstatus = \"{status}\"\n"
            ));
        }
        let path = self.path(name);
        std::fs::write(&path, s).unwrap();
        path.to_str().unwrap().to_string()
    }

    /// `lexgap ARGS --standards-dir <Gate Law>`.
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let mut all: Vec<&str> = args.to_vec();
        let standards = self.standards();
        all.extend(["--standards-dir", &standards]);
        run(&all)
    }

    /// The exit code of `report PROFILE --fail-on LEVEL`, insisting on a clean run otherwise.
    pub fn report_exit(&self, profile: &str, level: &str) -> i32 {
        let (code, _, stderr) = self.run(&["report", profile, "--fail-on", level]);
        assert!(code == 0 || code == 1, "report failed:\n{stderr}");
        code
    }
}

const CONTACT: &str = "[parameters]\ncontact_point_24_7 = true\n";

/// Every mandatory provision full, with `rest` overriding some.
fn all_full<'a>(rest: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut v: Vec<(&str, &str)> = ["1.1", "1.2", "2", "3", "4"]
        .iter()
        .map(|r| (*r, "full"))
        .collect();
    for (r, s) in rest {
        v.iter_mut().find(|(x, _)| x == r).unwrap().1 = s;
    }
    v
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}:\n{text}"))
}

#[test]
fn fail_on_gap_ignores_a_gap_in_an_optional_provision() {
    let s = Scratch::new();
    let optional_gap = s.profile("a.toml", &all_full(&[("1.2", "none")]), CONTACT);
    for level in ["gap", "partial", "unknown"] {
        assert_eq!(s.report_exit(&optional_gap, level), 0, "--fail-on {level}");
    }
    let mandatory_gap = s.profile("b.toml", &all_full(&[("1.1", "none")]), CONTACT);
    for level in ["gap", "partial", "unknown"] {
        assert_eq!(s.report_exit(&mandatory_gap, level), 1, "--fail-on {level}");
    }
    let all_met = s.profile("c.toml", &all_full(&[]), CONTACT);
    assert_eq!(s.report_exit(&all_met, "unknown"), 0);
}

#[test]
fn fail_on_partial_fails_on_partial_and_gaps_but_not_on_unknown() {
    let s = Scratch::new();
    let partial = s.profile("p.toml", &all_full(&[("1.1", "partial")]), CONTACT);
    assert_eq!(s.report_exit(&partial, "gap"), 0);
    assert_eq!(s.report_exit(&partial, "partial"), 1);
    assert_eq!(s.report_exit(&partial, "unknown"), 1);
    let unknown = s.profile("u.toml", &all_full(&[("1.1", "unknown")]), CONTACT);
    assert_eq!(s.report_exit(&unknown, "partial"), 0);
    assert_eq!(s.report_exit(&unknown, "unknown"), 1);
    let optional = s.profile("o.toml", &all_full(&[("1.2", "partial")]), CONTACT);
    assert_eq!(s.report_exit(&optional, "partial"), 0);
}

#[test]
fn shall_consider_and_shall_endeavour_count_as_mandatory() {
    let s = Scratch::new();
    for r in ["2", "3"] {
        let p = s.profile(&format!("{r}.toml"), &all_full(&[(r, "none")]), CONTACT);
        assert_eq!(s.report_exit(&p, "gap"), 1, "a gap under {r}");
    }
    // 1.1 full, 1.2 (may) none, 2 none, 3 full, 4 full: 3 of the 4 mandatory ones.
    let p = s.profile(
        "score.toml",
        &all_full(&[("1.2", "none"), ("2", "none")]),
        CONTACT,
    );
    let (code, out, err) = s.run(&["report", &p, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let std = &json(&out)["standards"][0];
    assert_eq!(std["id"], "gate-law");
    assert_eq!(std["score"], 75.0);
    assert_eq!(std["counts"]["optional"], 1);
    assert_eq!(std["counts"]["none"], 1, "the optional gap is not a gap");
    let mandatory: Vec<(String, bool)> = std["provisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["ref"].as_str().unwrap().to_string(),
                p["mandatory"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        mandatory,
        [
            ("gate-law:1.1".to_string(), true),
            ("gate-law:1.2".to_string(), false),
            ("gate-law:2".to_string(), true),
            ("gate-law:3".to_string(), true),
            ("gate-law:4".to_string(), true),
        ]
    );
}

fn provision<'a>(report: &'a serde_json::Value, r: &str) -> &'a serde_json::Value {
    report["standards"][0]["provisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["ref"] == r)
        .unwrap_or_else(|| panic!("no {r} in the report"))
}

#[test]
fn a_false_boolean_parameter_fails_its_check_and_a_missing_one_is_unknown() {
    let s = Scratch::new();
    let report = |name: &str, extra: &str| {
        let p = s.profile(name, &all_full(&[]), extra);
        let (code, out, err) = s.run(&["report", &p, "--format", "json"]);
        assert_eq!(code, 0, "{err}");
        json(&out)
    };
    let met = report("t.toml", CONTACT);
    assert_eq!(provision(&met, "gate-law:4")["status"], "full");
    let failed = report("f.toml", "[parameters]\ncontact_point_24_7 = false\n");
    let four = provision(&failed, "gate-law:4");
    assert_eq!(four["status"], "partial");
    assert_eq!(four["failed_checks"].as_array().unwrap().len(), 1, "{four}");
    assert!(
        four["failed_checks"][0]
            .to_string()
            .contains("contact_point_24_7")
    );
    let p = s.profile(
        "f2.toml",
        &all_full(&[]),
        "[parameters]\ncontact_point_24_7 = false\n",
    );
    assert_eq!(s.report_exit(&p, "partial"), 1);
    let missing = report("m.toml", "");
    assert_eq!(provision(&missing, "gate-law:4")["status"], "unknown");
}

/// `diff OLD NEW --fail-on regression` exit code, and the JSON diff.
fn diff(s: &Scratch, old: &str, new: &str) -> (i32, serde_json::Value) {
    let (code, _, err) = s.run(&["diff", old, new, "--fail-on", "regression"]);
    assert!(code == 0 || code == 1, "{err}");
    let (c, out, err) = s.run(&["diff", old, new, "--format", "json"]);
    assert_eq!(c, 0, "{err}");
    (code, json(&out))
}

#[test]
fn fail_on_regression_counts_mandatory_provisions_only() {
    let s = Scratch::new();
    let old = s.profile("old.toml", &all_full(&[("1.1", "partial")]), CONTACT);
    // The optional 1.2 got worse, the mandatory 1.1 better: no regression.
    let better = s.profile("better.toml", &all_full(&[("1.2", "none")]), CONTACT);
    let (code, d) = diff(&s, &old, &better);
    assert_eq!(code, 0);
    let changes: Vec<(String, String, bool)> = d["statuses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["ref"].as_str().unwrap().to_string(),
                c["direction"].as_str().unwrap().to_string(),
                c["mandatory"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        changes,
        [
            ("gate-law:1.2".to_string(), "regressed".to_string(), false),
            ("gate-law:1.1".to_string(), "improved".to_string(), true),
        ],
        "regressions first"
    );
    assert_eq!(d["summary"]["improved"], 1);
    assert_eq!(d["summary"]["regressed"], 1);
    // A mandatory provision from partial to none, and from full to unknown: regressions.
    for (r, from, to) in [("1.1", "partial", "none"), ("3", "full", "unknown")] {
        let worse = s.profile(
            "worse.toml",
            &all_full(&[("1.1", "partial"), (r, to)]),
            CONTACT,
        );
        let (code, d) = diff(&s, &old, &worse);
        assert_eq!(code, 1, "{r}: {from} → {to}");
        assert_eq!(d["statuses"][0]["direction"], "regressed");
    }
    let (code, _) = diff(&s, &old, &old);
    assert_eq!(code, 0, "no change, no regression");
}

#[test]
fn diff_says_which_checks_a_parameter_change_decides() {
    let s = Scratch::new();
    let failed = s.profile(
        "f.toml",
        &all_full(&[]),
        "[parameters]\ncontact_point_24_7 = false\n",
    );
    let met = s.profile("t.toml", &all_full(&[]), CONTACT);
    let removed = s.profile("r.toml", &all_full(&[]), "");
    let change = |old: &str, new: &str| {
        let (_, d) = diff(&s, old, new);
        let p = &d["parameters"][0];
        assert_eq!(p["parameter"], "contact_point_24_7");
        (p["checks_now_met"].clone(), p["checks_now_failed"].clone())
    };
    let four = serde_json::json!(["gate-law:4"]);
    let none = serde_json::json!([]);
    assert_eq!(change(&failed, &met), (four.clone(), none.clone()));
    assert_eq!(change(&met, &failed), (none.clone(), four));
    // Removing the parameter leaves the check undecided: met by no one.
    assert_eq!(change(&failed, &removed), (none.clone(), none));
}
