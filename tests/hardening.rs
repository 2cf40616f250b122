//! Hostile and careless input (issue "Hardening"): each case below failed before it was fixed.
//! Output to devices, pipes and standard streams; unbounded and special inputs; `extends` that
//! reaches outside its folder; selections that select nothing; encodings; implausible values.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::cli::run;

fn lexgap() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_lexgap"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1767225600");
    c
}

/// Runs lexgap in `dir`; returns (exit code, stdout, stderr).
fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = lexgap()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("lexgap runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const XA: &str = "jurisdictions/xa-examplia.toml";

fn minimal(extends: Option<&str>) -> String {
    let mut s = String::from("[jurisdiction]\ncode = \"XA\"\nname = \"Test\"\n");
    if let Some(e) = extends {
        s.push_str(&format!("extends = \"{e}\"\n"));
    }
    s
}

// 1. --output writes through to what the user named.

/// Tests that name the system's own devices (/dev/stdout, /dev/full) do not run under
/// cargo-mutants: a mutant of src/output.rs that renames over its target would replace the
/// device for the whole machine (it replaced /dev/null once). `INSIDE_CARGO_MUTANTS` is set by
/// cargo-mutants only.
fn under_mutation_testing() -> bool {
    std::env::var_os("INSIDE_CARGO_MUTANTS").is_some()
}

#[test]
fn output_to_dev_stdout_reaches_the_pipe() {
    if under_mutation_testing() {
        return;
    }
    let (_, direct, _) = run(&["report", XA]);
    let out = lexgap()
        .args(["report", XA, "-o", "/dev/stdout"])
        .stdout(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        out.stdout.len(),
        direct.len(),
        "every byte reaches the pipe"
    );
    assert!(Path::new("/dev/stdout").exists());
}

#[cfg(target_os = "linux")]
#[test]
fn output_to_a_full_device_is_an_error_with_the_reason_and_the_device_survives() {
    if under_mutation_testing() {
        return;
    }
    let (code, _, stderr) = run(&["report", XA, "-o", "/dev/full"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("cannot write /dev/full: No space left on device"),
        "{stderr}"
    );
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::metadata("/dev/full")
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

/// A run whose standard output was a full device: exit 2, and the reason on standard error.
#[cfg(target_os = "linux")]
fn assert_full_device_said(out: &std::process::Output) {
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cannot write to standard output: No space left on device"),
        "{stderr}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn standard_output_that_cannot_be_written_is_said_not_silent() {
    let out = lexgap()
        .args(["report", XA])
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_full_device_said(&out);
}

#[cfg(target_os = "linux")]
#[test]
fn a_redline_streamed_to_a_full_device_is_said_not_silent() {
    // The JSON redline is written as it is produced: a failed write is still an error.
    let fixtures = "tests/fixtures/redline";
    let out = lexgap()
        .args([
            "redline",
            &format!("{fixtures}/uk-bill-old.txt"),
            &format!("{fixtures}/uk-bill-new.txt"),
            "--format",
            "json",
        ])
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_full_device_said(&out);
}

#[test]
fn a_failed_run_leaves_an_existing_output_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.md");
    std::fs::write(&out, "the previous report").unwrap();
    let (code, _, _) = run(&[
        "report",
        "tests/fixtures/invalid/syntax-error.toml",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "the previous report"
    );
}

// 3. Unbounded and special inputs end at once.

fn finishes_fast(args: &[&str], dir: &Path) -> (i32, String) {
    let start = Instant::now();
    let mut child = lexgap()
        .current_dir(dir)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut stderr = String::new();
            use std::io::Read;
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut stderr)
                .unwrap();
            return (status.code().unwrap_or(-1), stderr);
        }
        if start.elapsed() > Duration::from_secs(5) {
            child.kill().unwrap();
            panic!("lexgap {args:?} still running after 5 s");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[cfg(unix)]
#[test]
fn check_of_a_device_or_a_fifo_ends_at_once_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stderr) = finishes_fast(&["check", "/dev/zero"], dir.path());
    assert_eq!(code, 2);
    assert!(
        stderr.contains("character device, not a regular file"),
        "{stderr}"
    );

    assert!(
        Command::new("mkfifo")
            .arg(dir.path().join("pipe.toml"))
            .status()
            .unwrap()
            .success()
    );
    std::fs::write(dir.path().join("a.toml"), minimal(Some("pipe.toml"))).unwrap();
    let (code, stderr) = finishes_fast(&["check", "a.toml"], dir.path());
    assert_eq!(code, 2);
    assert!(stderr.contains("named pipe (FIFO)"), "{stderr}");
    assert!(stderr.contains("a.toml:4:11"), "{stderr}");

    std::fs::write(dir.path().join("z.toml"), minimal(Some("/dev/zero"))).unwrap();
    let (code, _) = finishes_fast(&["check", "z.toml"], dir.path());
    assert_eq!(code, 2);
}

#[test]
fn a_file_above_the_size_limit_is_refused_naming_the_limit_and_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    let big = format!("{}# {}\n", minimal(None), "x".repeat(2000));
    std::fs::write(dir.path().join("big.toml"), big).unwrap();
    let (code, _, stderr) = run_in(dir.path(), &["--max-input-size", "1K", "check", "big.toml"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("larger than the limit of 1 KiB"),
        "{stderr}"
    );
    assert!(stderr.contains("--max-input-size"), "{stderr}");
    let (code, _, stderr) = run_in(dir.path(), &["check", "big.toml"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn sixteen_thousand_bad_law_ids_give_bounded_output_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let ids: Vec<String> = (0..16_000).map(|i| format!("\"x{i}:1\"")).collect();
    let text = format!(
        "{}[treaties.lanzarote]\nstatus = \"ratified\"\n[provisions.\"lanzarote:23\"]\nstatus = \"full\"\nby = [{}]\n",
        minimal(None),
        ids.join(", ")
    );
    std::fs::write(dir.path().join("many.toml"), text).unwrap();
    let start = Instant::now();
    let (code, _, stderr) = run_in(dir.path(), &["check", "many.toml"]);
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(code, 2);
    assert!(
        stderr.len() < 20_000,
        "{} bytes of diagnostics",
        stderr.len()
    );
    assert!(
        stderr.contains("15980 more `undeclared-law` problems"),
        "{stderr}"
    );
    assert!(stderr.contains("16000 errors"), "{stderr}");
}

#[test]
fn a_deep_extends_chain_is_read_and_a_too_deep_one_refused() {
    let dir = tempfile::tempdir().unwrap();
    for depth in 0..70 {
        let next = format!("p{}.toml", depth + 1);
        let text = if depth == 69 {
            minimal(None)
        } else {
            minimal(Some(&next))
        };
        std::fs::write(dir.path().join(format!("p{depth}.toml")), text).unwrap();
    }
    let (code, _, stderr) = run_in(dir.path(), &["check", "p10.toml"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = run_in(dir.path(), &["check", "p0.toml"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("chains more than 64 profiles"), "{stderr}");
}

// 4. `extends` stays in the profile's folder and never shows another file.

#[test]
fn extends_to_a_secret_or_a_system_file_shows_none_of_it() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("repo/profiles");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(root.path().join("repo/.env"), "API_KEY=s3cr3t-value\n").unwrap();
    std::fs::write(
        root.path().join("repo/secret.toml"),
        "API_KEY = \"s3cr3t-value\"\n",
    )
    .unwrap();
    std::fs::write(dir.join("inside.toml"), "API_KEY = \"s3cr3t-value\"\n").unwrap();
    for target in [
        "../.env",
        "../../../../../../etc/passwd",
        "../secret.toml",
        "inside.toml",
    ] {
        std::fs::write(dir.join("evil.toml"), minimal(Some(target))).unwrap();
        for args in [
            vec!["check", "evil.toml"],
            vec!["check", "--json", "evil.toml"],
        ] {
            let (code, stdout, stderr) = run_in(&dir, &args);
            assert_eq!(code, 2, "extends = {target}");
            for leak in ["s3cr3t", "root:x:0"] {
                assert!(
                    !stdout.contains(leak) && !stderr.contains(leak),
                    "extends = {target} leaked the file:\n{stdout}{stderr}"
                );
            }
        }
    }
    std::fs::write(dir.join("evil.toml"), minimal(Some("../secret.toml"))).unwrap();
    let (_, _, stderr) = run_in(&dir, &["check", "evil.toml"]);
    assert!(stderr.contains("leads outside the folder"), "{stderr}");
    assert!(stderr.contains("--extends-root"), "{stderr}");
}

#[test]
fn extends_root_allows_a_parent_folder_on_request() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("states");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(root.path().join("federal.toml"), minimal(None)).unwrap();
    std::fs::write(dir.join("north.toml"), minimal(Some("../federal.toml"))).unwrap();
    let (code, _, _) = run_in(&dir, &["check", "north.toml"]);
    assert_eq!(code, 2);
    let (code, _, stderr) = run_in(&dir, &["--extends-root", "..", "check", "north.toml"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn a_careless_jurisdiction_table_gets_one_precise_error() {
    let dir = tempfile::tempdir().unwrap();
    let check = |toml: &str| {
        std::fs::write(dir.path().join("p.toml"), toml).unwrap();
        let (code, _, stderr) = run_in(dir.path(), &["check", "p.toml"]);
        assert_eq!(code, 2, "{toml}\n{stderr}");
        stderr
    };
    // A code of the wrong type is that error alone, not also "no code".
    let e = check("[jurisdiction]\ncode = 5\nname = \"A\"\n");
    assert!(e.contains("expected a string"), "{e}");
    assert!(e.contains("stopped: 1 error in the input"), "{e}");
    // A time of day is not a date.
    let e = check("[jurisdiction]\ncode = \"XA\"\nname = \"A\"\nas_of = 10:00:00\n");
    assert!(e.contains("`10:00:00` is not a plain date"), "{e}");
    // A subdivision is up to three capital letters or digits (ISO 3166-2).
    for code in ["XA-NORTH", "XA-no"] {
        let e = check(&format!(
            "[jurisdiction]\ncode = \"{code}\"\nname = \"A\"\n"
        ));
        assert!(e.contains("error[bad-code]"), "{code}: {e}");
    }
    for code in ["XA-NO", "XA-N1"] {
        std::fs::write(
            dir.path().join("p.toml"),
            format!("[jurisdiction]\ncode = \"{code}\"\nname = \"A\"\n"),
        )
        .unwrap();
        let (_, _, stderr) = run_in(dir.path(), &["check", "p.toml"]);
        assert!(!stderr.contains("bad-code"), "{code}: {stderr}");
    }
}

#[test]
fn an_unreadable_treaty_is_one_error_not_one_more_per_entry() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("p.toml"),
        "[jurisdiction]\ncode = \"XA\"\nname = \"A\"\n\n[treaties.lanzarote]\nstatus = 5\n\n\
         [provisions.\"lanzarote:23\"]\nstatus = \"full\"\n",
    )
    .unwrap();
    let (code, _, stderr) = run_in(dir.path(), &["check", "p.toml"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("stopped: 1 error in the input"), "{stderr}");
}

#[test]
fn treaties_or_laws_of_the_wrong_shape_are_errors_not_ignored() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("p.toml"),
        "treaties = 5\nlaws = 3\n[jurisdiction]\ncode = \"XA\"\nname = \"A\"\n",
    )
    .unwrap();
    let (code, _, stderr) = run_in(dir.path(), &["check", "p.toml"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("`treaties` must be a table"), "{stderr}");
    assert!(
        stderr.contains("`laws` must be a list of tables"),
        "{stderr}"
    );
}

#[test]
fn a_missing_profile_is_not_blamed_on_extends() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, stderr) = run_in(dir.path(), &["check", "missing.toml"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("cannot read the profile missing.toml"),
        "{stderr}"
    );
    assert!(stderr.contains("check the path"), "{stderr}");
    assert!(!stderr.contains("`extends`"), "{stderr}");
}

#[test]
fn an_extended_file_that_is_not_utf8_is_named_at_the_extends_line_and_not_shown() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), minimal(Some("bad.toml"))).unwrap();
    std::fs::write(
        dir.path().join("bad.toml"),
        b"API_KEY = \"s3cr3t\"\n\xff\xfe not text\n",
    )
    .unwrap();
    let (code, stdout, stderr) = run_in(dir.path(), &["check", "a.toml"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("cannot read the profile this one extends, bad.toml"),
        "{stderr}"
    );
    assert!(
        stderr.contains("a.toml:4"),
        "points at the extends line: {stderr}"
    );
    assert!(
        !stdout.contains("s3cr3t") && !stderr.contains("s3cr3t"),
        "{stderr}"
    );
}

#[test]
fn extends_stays_in_the_profiles_folder_when_run_from_the_folder_above() {
    // The root is the folder of the profile named, not the folder lexgap runs in.
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("states");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(root.path().join("federal.toml"), minimal(None)).unwrap();
    std::fs::write(dir.join("north.toml"), minimal(Some("../federal.toml"))).unwrap();
    let (code, _, stderr) = run_in(root.path(), &["check", "states/north.toml"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("leads outside the folder"), "{stderr}");
}

// 5. A gate never passes on nothing.

#[test]
fn a_reversed_range_is_an_error_not_an_empty_pass() {
    let (code, _, stderr) = run(&[
        "report",
        XA,
        "--only",
        "lanzarote:24-18",
        "--fail-on",
        "partial",
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("runs backwards"), "{stderr}");
    assert!(stderr.contains("18-24"), "{stderr}");
    let (code, _, _) = run(&[
        "report",
        XA,
        "--only",
        "lanzarote:18-24",
        "--fail-on",
        "partial",
    ]);
    assert_eq!(
        code, 1,
        "the same range the right way round finds the partial provisions"
    );
}

#[test]
fn filters_that_share_nothing_are_an_error_naming_them() {
    for cmd in [
        vec!["report", XA],
        vec!["compare", XA, "jurisdictions/xb-fictonia.toml"],
        vec!["diff", "jurisdictions/xa-examplia-2023.toml", XA],
    ] {
        let mut args = cmd.clone();
        args.extend(["--only", "lanzarote:23", "--standard", "budapest"]);
        let (code, stdout, stderr) = run(&args);
        assert_eq!(code, 2, "{args:?}: {stdout}");
        assert!(stderr.contains("nothing to assess"), "{stderr}");
        assert!(stderr.contains("--only lanzarote:23"), "{stderr}");
    }
}

// 6. Encodings, every type error, codes, values, characters that are not what they seem.

#[test]
fn invalid_utf8_is_located_and_utf16_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = minimal(None).into_bytes();
    bytes.extend(b"note = \"caf\xE9\"\n");
    std::fs::write(dir.path().join("latin1.toml"), bytes).unwrap();
    let (code, stdout, _) = run_in(dir.path(), &["check", "--json", "latin1.toml"]);
    assert_eq!(code, 2);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let d = &v["diagnostics"][0];
    assert_eq!(d["code"], "encoding");
    assert_eq!(d["file"], "latin1.toml");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(4), Some(12))
    );
    assert!(d["message"].as_str().unwrap().contains("0xE9"), "{d}");

    let utf16: Vec<u8> = "\u{feff}[jurisdiction]\ncode = \"XA\"\n"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    std::fs::write(dir.path().join("utf16.toml"), utf16).unwrap();
    let (code, _, stderr) = run_in(dir.path(), &["check", "utf16.toml"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("UTF-16 (little-endian)"), "{stderr}");
    assert!(!stderr.contains("check the path"), "{stderr}");
}

#[test]
fn every_type_error_of_a_file_is_reported_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "{}[treaties.lanzarote]\nstatus = \"ratifed\"\n[provisions.\"lanzarote:23\"]\nstatus = \"ful\"\n[provisions.\"lanzarote:22\"]\nstatus = 3\n[provisions.\"lanzarote:21\"]\nstatus = \"full\"\nby = \"cc:1\"\n",
        minimal(None)
    );
    std::fs::write(dir.path().join("types.toml"), text).unwrap();
    let (code, stdout, _) = run_in(dir.path(), &["check", "--json", "types.toml"]);
    assert_eq!(code, 2);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let lines: Vec<u64> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, vec![5, 7, 9, 12], "{stdout}");
    for d in v["diagnostics"].as_array().unwrap() {
        let m = d["message"].as_str().unwrap();
        assert!(
            !m.contains("Raw") && !m.contains("sequence"),
            "internal words: {m}"
        );
    }
}

#[test]
fn init_refuses_a_code_that_check_would_refuse() {
    let (code, stdout, stderr) = run(&[
        "init",
        "--standard",
        "lanzarote",
        "--code",
        "xa",
        "--name",
        "X",
    ]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("did you mean `XA`"), "{stderr}");
}

#[test]
fn implausible_values_and_contradictory_dates_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let text = "[jurisdiction]\ncode = \"XA\"\nname = \"V\"\nas_of = 2999-01-01\n\n[treaties.lanzarote]\nstatus = \"signed\"\nsigned = 2008-10-25\nratified = 2012-06-20\n\n[treaties.budapest]\nstatus = \"ratified\"\nratified = 2999-01-01\n\n[parameters]\ncsam_age_limit = -1\nage_of_sexual_consent = 0\npreservation_period_days = 9000\n";
    std::fs::write(dir.path().join("v.toml"), text).unwrap();
    let (code, stdout, _) = run_in(dir.path(), &["check", "--json", "v.toml"]);
    assert_eq!(code, 2);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let found: Vec<(String, u64)> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let want: Vec<(String, u64)> = [
        ("implausible-date", 4),
        ("status-date", 9),
        ("implausible-date", 13),
        ("implausible-value", 16),
        ("implausible-value", 17),
        ("unusual-value", 18),
    ]
    .iter()
    .map(|(c, l)| (c.to_string(), *l))
    .collect();
    assert_eq!(found, want, "{stdout}");
}

#[test]
fn invisible_and_look_alike_characters_in_references_are_named_by_code_point() {
    let (code, _, stderr) = run(&["show", "lanzarote:2\u{200B}3"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("U+200B (an invisible"), "{stderr}");
    assert!(!stderr.contains('\u{200B}'), "echoed raw: {stderr}");
    let (code, _, stderr) = run(&["show", "lanzarote:2\u{0417}"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("U+0417"), "{stderr}");
    let (code, _, stderr) = run(&["show", "lanzarote:2\u{202E}3"]);
    assert_eq!(code, 2);
    assert!(
        !stderr.contains('\u{202E}'),
        "bidi override echoed raw: {stderr}"
    );
}

#[test]
fn an_item_of_an_only_paragraph_is_found_as_people_cite_it() {
    let (code, stdout, stderr) = run(&["show", "Lanzarote Art. 50(a)", "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("\"lanzarote:50.1.a\""), "{stdout}");
    let (code, _, _) = run(&["show", "Lanzarote Art. 20(a)"]);
    assert_eq!(
        code, 2,
        "Art. 20 has several paragraphs: (a) alone is ambiguous"
    );
}

/// `check` (with `extra` arguments) of a profile body written after a `[jurisdiction]` table:
/// exit code, standard output and standard error.
fn check_body(body: &str, extra: &[&str]) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("[jurisdiction]\ncode = \"XA\"\nname = \"X\"\nfictional = true\n{body}");
    std::fs::write(dir.path().join("p.toml"), text).unwrap();
    let mut args = vec!["check"];
    args.extend(extra);
    args.push("p.toml");
    run_in(dir.path(), &args)
}

/// Codes of the diagnostics `check --json` gives for a profile body (after a `[jurisdiction]`).
fn diagnostic_codes(body: &str) -> Vec<String> {
    let (_, stdout, stderr) = check_body(body, &["--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!("{e}: {stdout}{stderr}");
    });
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn dates_and_values_on_their_limits_are_accepted_and_one_past_them_are_not() {
    // Each limit is allowed itself: a year up to 2100, ratification on the day of signature,
    // entry into force on the day of ratification or of the treaty's own entry into force
    // (Lanzarote: 1 July 2010), the smallest and the largest usual number of years and days.
    let on_the_limits = [
        "[treaties.lanzarote]\nstatus = \"signed\"\nsigned = 2100-01-01\n",
        "[treaties.lanzarote]\nstatus = \"ratified\"\nsigned = 2010-03-01\nratified = 2010-03-01\n",
        "[treaties.lanzarote]\nstatus = \"ratified\"\nratified = 2010-09-01\nin_force = 2010-09-01\n",
        "[treaties.lanzarote]\nstatus = \"ratified\"\nratified = 2009-09-01\nin_force = 2010-07-01\n",
        "[parameters]\ncsam_age_limit = 1\npreservation_period_days = 3650\n",
        "[parameters]\ncsam_age_limit = 25\npreservation_period_days = 1\n",
    ];
    for body in on_the_limits {
        assert_eq!(diagnostic_codes(body), Vec::<String>::new(), "{body}");
    }
    let past_them = [
        (
            "[treaties.lanzarote]\nstatus = \"signed\"\nsigned = 2101-01-01\n",
            "implausible-date",
        ),
        (
            "[treaties.lanzarote]\nstatus = \"ratified\"\nsigned = 2010-03-02\nratified = 2010-03-01\n",
            "impossible-date",
        ),
        (
            "[treaties.lanzarote]\nstatus = \"ratified\"\nratified = 2010-09-01\nin_force = 2010-08-31\n",
            "impossible-date",
        ),
        (
            "[treaties.lanzarote]\nstatus = \"ratified\"\nratified = 2009-09-01\nin_force = 2010-06-30\n",
            "impossible-date",
        ),
        ("[parameters]\ncsam_age_limit = 0\n", "implausible-value"),
        ("[parameters]\ncsam_age_limit = 26\n", "unusual-value"),
        (
            "[parameters]\npreservation_period_days = 0\n",
            "implausible-value",
        ),
        (
            "[parameters]\npreservation_period_days = 3651\n",
            "unusual-value",
        ),
    ];
    for (body, code) in past_them {
        assert_eq!(diagnostic_codes(body), vec![code.to_string()], "{body}");
    }
}

#[test]
fn a_citation_needs_both_a_law_and_a_section_and_law_ids_may_use_dashes_and_underscores() {
    let body = |by: &str| {
        format!(
            "[treaties.lanzarote]\nstatus = \"ratified\"\n[[laws]]\nid = \"crim-code_2\"\ntitle = \"Criminal Code\"\n[provisions.\"lanzarote:18\"]\nstatus = \"partial\"\nby = [{by}]\n"
        )
    };
    assert_eq!(
        diagnostic_codes(&body("\"crim-code_2:5\"")),
        Vec::<String>::new()
    );
    for bad in [
        "\"crim-code_2:\"",
        "\"crim-code_2:  \"",
        "\":7\"",
        "\"crim-code_2\"",
    ] {
        assert_eq!(
            diagnostic_codes(&body(bad)),
            vec!["bad-citation".to_string()],
            "{bad}"
        );
    }
}

#[test]
fn an_undeclared_law_is_matched_against_the_laws_of_the_same_file() {
    let (code, _, stderr) = check_body(
        "[treaties.lanzarote]\nstatus = \"ratified\"\n[[laws]]\nid = \"crim-code\"\ntitle = \"Criminal Code\"\n[provisions.\"lanzarote:18\"]\nstatus = \"partial\"\nby = [\"crim-cod:5\"]\n",
        &[],
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("error[undeclared-law]"), "{stderr}");
    assert!(stderr.contains("did you mean `crim-code`?"), "{stderr}");
}

#[test]
fn an_undated_time_limited_reservation_asks_for_the_date_that_is_missing() {
    let istanbul = "[treaties.istanbul]\nstatus = \"ratified\"\nreservations = [\"44.3\"]\n";
    let cases = [
        // No date of entry into force: that is what the hint asks for.
        (
            format!("as_of = 2025-01-01\n{istanbul}"),
            "add in_force = YYYY-MM-DD (entry into force for the Party) under [treaties.istanbul]",
        ),
        // Entry into force known, but not the date the profile speaks for.
        (
            format!("{istanbul}in_force = 2016-05-01\n"),
            "add as_of = YYYY-MM-DD under [jurisdiction]",
        ),
    ];
    for (body, hint) in cases {
        let (code, _, stderr) = check_body(&body, &[]);
        assert_eq!(code, 0, "{stderr}");
        assert!(stderr.contains("warning[reservation-undated]"), "{stderr}");
        assert!(
            stderr.contains(&format!("hint: {hint}")),
            "{body}\n{stderr}"
        );
    }
}

#[test]
fn an_unknown_element_is_answered_with_each_element_of_the_provision_once() {
    // Article 18 has two offences with elements in common: the hint names each element once.
    let (code, _, stderr) = check_body(
        "[treaties.lanzarote]\nstatus = \"ratified\"\n[provisions.\"lanzarote:18\"]\nstatus = \"partial\"\nelements = [\"qqqqzzzz\"]\n",
        &[],
    );
    assert_eq!(code, 2, "{stderr}");
    let hint = stderr
        .lines()
        .find_map(|l| l.trim().strip_prefix("= hint: elements of lanzarote:18: "))
        .unwrap_or_else(|| panic!("{stderr}"));
    let names: Vec<&str> = hint.split(", ").collect();
    assert_eq!(names.first(), Some(&"intentional"), "{hint}");
    assert!(names.contains(&"victim-child"), "{hint}");
    let mut once = names.clone();
    once.sort_unstable();
    once.dedup();
    assert_eq!(once.len(), names.len(), "an element named twice: {hint}");
}
