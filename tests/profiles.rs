//! Profiles: every kind of malformed input is reported with its place and a hint, exit code 2,
//! and no output file; the shipped examples validate, also against the JSON Schema.

use crate::cli::run;

/// (fixture, stable code, line, column, words the message must contain).
const INVALID: &[(&str, &str, usize, usize, &str)] = &[
    ("syntax-error", "bad-toml", 11, 22, "invalid boolean"),
    ("duplicate-key", "bad-toml", 11, 1, "duplicate key"),
    (
        "unknown-field",
        "unknown-key",
        10,
        1,
        "unknown key `stauts`",
    ),
    ("bad-status", "wrong-type", 10, 10, "unknown value `done`"),
    (
        "date-wrong-type",
        "wrong-type",
        8,
        12,
        "expected a TOML datetime",
    ),
    (
        "bad-code",
        "bad-code",
        2,
        8,
        "`Examplia` is not a jurisdiction code",
    ),
    ("bad-date", "bad-date", 4, 9, "not a plain date"),
    ("missing-code", "missing-code", 1, 1, "no jurisdiction code"),
    (
        "unknown-treaty",
        "unknown-treaty",
        6,
        11,
        "unknown treaty `budapets`",
    ),
    (
        "ratified-before-signed",
        "impossible-date",
        9,
        12,
        "before it was signed",
    ),
    (
        "signed-before-opening",
        "impossible-date",
        8,
        10,
        "before the Lanzarote Convention was opened",
    ),
    (
        "denounced-date-without-status",
        "status-date",
        8,
        13,
        "not `denounced`",
    ),
    (
        "reservation-not-permitted",
        "reservation-not-permitted",
        8,
        17,
        "permits no reservation under 23 (Art. 42)",
    ),
    (
        "reservation-on-trafficking-18",
        "reservation-not-permitted",
        8,
        17,
        "permits no reservation under 18 (Art. 45)",
    ),
    (
        "declaration-not-permitted",
        "declaration-not-permitted",
        8,
        17,
        "permits no declaration under 8 (Art. 40)",
    ),
    (
        "unknown-parameter",
        "unknown-parameter",
        10,
        1,
        "unknown parameter `csam_age_limt`",
    ),
    (
        "parameter-type",
        "parameter-type",
        10,
        18,
        "must be a whole number of years",
    ),
    ("bad-law-id", "bad-law-id", 10, 6, "not a usable law id"),
    ("duplicate-law", "duplicate-law", 14, 6, "declared twice"),
    (
        "misspelt-ref",
        "unknown-ref",
        9,
        13,
        "lanzarote:23.1 does not exist",
    ),
    (
        "unknown-standard-in-ref",
        "unknown-ref",
        9,
        13,
        "no standard called `budapets`",
    ),
    (
        "unreadable-ref",
        "bad-ref",
        9,
        13,
        "cannot read the reference",
    ),
    (
        "whole-standard-entry",
        "not-a-provision",
        9,
        13,
        "whole standard",
    ),
    (
        "duplicate-provision",
        "duplicate-provision",
        9,
        13,
        "same provision",
    ),
    (
        "dates-without-reservation",
        "dates-without-reservation",
        11,
        38,
        "does not list",
    ),
    (
        "in-force-before-ratified",
        "impossible-date",
        9,
        12,
        "before it ratified or acceded on 2016-01-12",
    ),
    (
        "renewed-before-made",
        "impossible-date",
        13,
        12,
        "not after the reservation was made",
    ),
    (
        "unknown-element",
        "unknown-element",
        11,
        26,
        "no element `distrbution`",
    ),
    (
        "unknown-narrowing",
        "unknown-narrowing",
        11,
        14,
        "no element `serious-harm`",
    ),
    ("bad-citation", "bad-citation", 15, 7, "not a citation"),
    (
        "undeclared-law",
        "undeclared-law",
        15,
        7,
        "law `ccc` is not declared",
    ),
    (
        "treaty-missing",
        "treaty-missing",
        6,
        13,
        "no [treaties.budapest]",
    ),
    (
        "extends-missing",
        "extends-missing",
        4,
        11,
        "no-such-parent.toml",
    ),
    (
        "extends-cycle-a",
        "extends-cycle",
        4,
        11,
        "extends-cycle-a.toml → tests/fixtures/invalid/extends-cycle-b.toml → tests/fixtures/invalid/extends-cycle-a.toml",
    ),
];

#[test]
fn every_malformed_fixture_is_reported_with_place_hint_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    for (name, code, line, column, words) in INVALID {
        let path = format!("tests/fixtures/invalid/{name}.toml");
        let (status, stdout, stderr) = run(&["check", &path]);
        assert_eq!(status, 2, "{name}: exit code\n{stderr}");
        assert!(stdout.is_empty(), "{name}: nothing on stdout");
        assert!(
            stderr.contains(&format!("error[{code}]")),
            "{name}: code {code}\n{stderr}"
        );
        assert!(
            stderr.contains(words),
            "{name}: message should say {words:?}\n{stderr}"
        );
        assert!(
            stderr.contains(&format!(".toml:{line}:{column}")),
            "{name}: place {line}:{column}\n{stderr}"
        );
        assert!(stderr.contains("hint:"), "{name}: a hint\n{stderr}");
        assert!(
            stderr.contains(" ^"),
            "{name}: a caret under the source line\n{stderr}"
        );
        // The report command must not write (or truncate) its output file either.
        let out = dir.path().join(format!("{name}.html"));
        std::fs::write(&out, "previous report").unwrap();
        let (status, _, _) = run(&[
            "report",
            &path,
            "--format",
            "html",
            "--output",
            out.to_str().unwrap(),
        ]);
        assert_eq!(status, 2, "{name}: report exit code");
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            "previous report",
            "{name}: output file untouched"
        );
        let fresh = dir.path().join(format!("{name}-new.html"));
        run(&["report", &path, "--output", fresh.to_str().unwrap()]);
        assert!(!fresh.exists(), "{name}: no output file created");
    }
}

#[test]
fn all_errors_of_a_file_are_reported_in_file_order() {
    let (status, _, stderr) = run(&["check", "tests/fixtures/invalid/several-errors.toml"]);
    assert_eq!(status, 2);
    insta::assert_snapshot!("check_several_errors", stderr);
    let order: Vec<usize> = [
        "reservation-not-permitted",
        "unknown-parameter",
        "unknown-ref",
        "undeclared-law",
    ]
    .iter()
    .map(|c| {
        stderr
            .find(&format!("error[{c}]"))
            .unwrap_or_else(|| panic!("{c} missing\n{stderr}"))
    })
    .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "file order: {order:?}"
    );
}

#[test]
fn misspelt_ref_suggests_the_nearest() {
    let (_, _, stderr) = run(&["check", "tests/fixtures/invalid/misspelt-ref.toml"]);
    assert!(stderr.contains("did you mean `lanzarote:23`"), "{stderr}");
    let (_, _, stderr) = run(&["check", "tests/fixtures/invalid/unknown-parameter.toml"]);
    assert!(stderr.contains("did you mean `csam_age_limit`"), "{stderr}");
}

#[test]
fn reference_to_a_definition_is_a_warning_not_an_error() {
    let (status, stdout, stderr) =
        run(&["check", "tests/fixtures/valid/not-assessed-warning.toml"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(stdout.starts_with("ok: "));
    assert!(stderr.contains("warning[not-assessable]"), "{stderr}");
}

#[test]
fn shipped_examples_validate() {
    let files: Vec<String> = std::fs::read_dir("jurisdictions")
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".toml"))
        .collect();
    assert!(files.len() >= 5);
    let mut args = vec!["check"];
    args.extend(files.iter().map(String::as_str));
    let (status, stdout, stderr) = run(&args);
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(stdout.lines().count(), files.len());
    // The only warnings are the ones xf-distantia.toml exists to show: a lapsed reservation and
    // one that expires within a year (Istanbul Art. 79).
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("warning["))
        .collect();
    assert_eq!(
        warnings.len(),
        2,
        "no other warnings on the examples:\n{stderr}"
    );
    assert!(
        warnings[0].starts_with("warning[reservation-lapsed]"),
        "{stderr}"
    );
    assert!(
        warnings[1].starts_with("warning[reservation-expiring]"),
        "{stderr}"
    );
    assert!(
        stderr
            .lines()
            .filter(|l| l.contains(".toml:"))
            .all(|l| l.contains("xf-distantia.toml")),
        "{stderr}"
    );
}

fn toml_to_json(v: toml::Value) -> serde_json::Value {
    match v {
        toml::Value::String(s) => s.into(),
        toml::Value::Integer(i) => i.into(),
        toml::Value::Float(f) => f.into(),
        toml::Value::Boolean(b) => b.into(),
        toml::Value::Datetime(d) => d.to_string().into(),
        toml::Value::Array(a) => a.into_iter().map(toml_to_json).collect(),
        toml::Value::Table(t) => t
            .into_iter()
            .map(|(k, v)| (k, toml_to_json(v)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    }
}

#[test]
fn shipped_examples_and_init_skeletons_validate_against_the_schema() {
    let (status, schema, _) = run(&["schema"]);
    assert_eq!(status, 0);
    let schema: serde_json::Value = serde_json::from_str(&schema).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let (_, skeleton, _) = run(&[
        "init",
        "--standard",
        "lanzarote",
        "--standard",
        "budapest",
        "--code",
        "XZ",
        "--name",
        "Nowhere",
    ]);
    let mut docs: Vec<(String, String)> = vec![("init".into(), skeleton)];
    for e in std::fs::read_dir("jurisdictions").unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        docs.push((
            p.display().to_string(),
            std::fs::read_to_string(&p).unwrap(),
        ));
    }
    for (name, text) in docs {
        let value = toml_to_json(toml::from_str(&text).unwrap());
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
    // The schema rejects what lexgap rejects at the type level.
    let bad = toml_to_json(
        toml::from_str(
            "[jurisdiction]\ncode = \"XA\"\n[provisions.\"budapest:2\"]\nstatus = \"done\"\n",
        )
        .unwrap(),
    );
    assert!(!validator.is_valid(&bad));
}

#[test]
fn init_writes_a_questionnaire_that_check_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("xz.toml");
    let (status, _, stderr) = run(&[
        "init",
        "--standard",
        "lanzarote",
        "--standard",
        "ets185",
        "--code",
        "XZ",
        "--name",
        "Nowhere",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(status, 0, "{stderr}");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.contains("[provisions.\"lanzarote:23\"]\nstatus = \"unknown\""),
        "{text}"
    );
    assert!(
        text.contains("# Art. 23 Solicitation of children for sexual purposes"),
        "{text}"
    );
    let (status, _, stderr) = run(&["check", out.to_str().unwrap()]);
    assert_eq!(status, 0, "{stderr}");
    let entries = text.matches("status = \"unknown\"").count();
    let (_, json, _) = run(&["standards", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let assessed: u64 = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["id"] == "lanzarote" || s["id"] == "budapest")
        .map(|s| s["assessable"].as_u64().unwrap())
        .sum();
    assert_eq!(
        entries as u64, assessed,
        "one question per assessable provision"
    );
}

#[test]
fn check_json_reports_problems_for_scripts() {
    let (code, stdout, _) = run(&[
        "check",
        "--json",
        "tests/fixtures/invalid/several-errors.toml",
    ]);
    assert_eq!(code, 2);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["valid"], false);
    let first = &v["diagnostics"][0];
    assert_eq!(first["code"], "reservation-not-permitted");
    assert_eq!(
        (first["line"].as_u64(), first["column"].as_u64()),
        (Some(7), Some(17))
    );
    let (code, stdout, _) = run(&["check", "--json", "jurisdictions/xa-examplia.toml"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["valid"], true);
}

mod malformed_profiles_never_panic {
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn catalog() -> &'static lexgap::standard::Catalog {
        static CATALOG: OnceLock<lexgap::standard::Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| {
            lexgap::standard::Catalog::embedded()
                .ok()
                .expect("embedded standards load")
        })
    }

    fn base() -> &'static str {
        static TEXT: OnceLock<String> = OnceLock::new();
        TEXT.get_or_init(|| std::fs::read_to_string("jurisdictions/xb-fictonia.toml").unwrap())
    }

    proptest! {
        // 128 cases (each writes a file), or PROPTEST_CASES for a long run.
        #![proptest_config(ProptestConfig::with_cases(
            std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(128)
        ))]
        /// No panic (the only property): cutting a piece out of a valid profile and pasting
        /// junk in gives a profile, or at least one diagnostic.
        #[test]
        fn no_panic_on_an_edited_profile(cut in 0usize..4000, len in 0usize..60, junk in "[a-z0-9 =\\[\\]\"\\.:,\\n#{}-]{0,20}") {
            let text = base();
            let mut start = cut.min(text.len());
            while !text.is_char_boundary(start) { start -= 1; }
            let mut end = (start + len).min(text.len());
            while !text.is_char_boundary(end) { end -= 1; }
            let edited = format!("{}{}{}", &text[..start], junk, &text[end..]);
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("p.toml");
            std::fs::write(&path, &edited).unwrap();
            let mut sources = lexgap::diagnostic::Sources::new();
            match lexgap::profile::load(&path, catalog(), &mut sources, &Default::default()) {
                Ok((profile, warnings)) => {
                    let _ = sources.render(&warnings, false);
                    let _ = lexgap::assess::assess(catalog(), &profile, &lexgap::assess::Scope::default());
                }
                Err(diagnostics) => {
                    prop_assert!(!diagnostics.is_empty());
                    prop_assert!(!sources.render(&diagnostics, false).is_empty());
                }
            }
        }
    }
}

#[test]
fn init_shows_where_time_limited_reservations_are_dated_and_the_dates_load() {
    let (status, text, stderr) = run(&[
        "init",
        "--standard",
        "cets210",
        "--code",
        "XZ",
        "--name",
        "Nowhere",
    ]);
    assert_eq!(status, 0, "{stderr}");
    assert!(text.contains("# in_force = YYYY-MM-DD"), "{text}");
    // Fill the commented lines in as a drafter would; check accepts them, and judges the dates.
    let filled = text
        .replace("status = \"not-signed\"", "status = \"ratified\"")
        .replace("# in_force = YYYY-MM-DD", "in_force = 2016-05-01")
        .replace("# reservations = [", "reservations = [")
        .replace(
            "# [treaties.istanbul.reservation_dates",
            "[treaties.istanbul.reservation_dates",
        )
        .replace("# made = YYYY-MM-DD", "made = 2016-01-12")
        .replace("# renewed = [YYYY-MM-DD]", "renewed = [2021-02-15]")
        .replace(
            "stage = \"in-force\"",
            "stage = \"in-force\"\nas_of = 2022-01-01",
        );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("xz.toml");
    std::fs::write(&path, filled).unwrap();
    let (status, _, stderr) = run(&["check", path.to_str().unwrap()]);
    assert_eq!(status, 0, "{stderr}");
    assert!(
        stderr.is_empty(),
        "renewed in time, valid until 2026: {stderr}"
    );
}
