//! The README's promises, one test each, written so that removing the behaviour fails them:
//! atomic output, `--standards-dir` integrity checks, `diff` of treaty and element changes,
//! refused formats, Markdown listings, colour, the keys of `check --json`, profiles of a loaded
//! standard, `stage` and the treaty statuses.

use std::path::Path;
use std::process::Command;

use crate::cli::run;
use crate::gates::Scratch;

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}:\n{text}"))
}

// Atomic output.

#[test]
fn output_into_a_missing_folder_is_refused_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("no-such-folder/report.md");
    let (code, _, stderr) = run(&[
        "report",
        "jurisdictions/xa-examplia.toml",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("no-such-folder/report.md"), "{stderr}");
    assert!(stderr.contains("create it first"), "{stderr}");
    assert!(!dir.path().join("no-such-folder").exists());
}

/// Runs lexgap with a file-size limit of `blocks` × 512 bytes, SIGXFSZ ignored, so a write past
/// the limit fails part-way (EFBIG) as on a full disk.
fn run_with_file_size_limit(blocks: u32, args: &[&str]) -> (i32, String) {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f {blocks} && exec \"$0\" \"$@\""
        ))
        .arg(env!("CARGO_BIN_EXE_lexgap"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("sh runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_write_that_fails_part_way_leaves_the_old_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    std::fs::write(&out, "the previous report\n").unwrap();
    // The HTML report is far larger than 8 × 512 bytes: the write starts, then fails.
    let (code, stderr) = run_with_file_size_limit(
        8,
        &[
            "report",
            "jurisdictions/xa-examplia.toml",
            "--format",
            "html",
            "--output",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("cannot write"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "the previous report\n"
    );
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["report.html"], "no temporary file left behind");
    // The same limit with a small output: the write succeeds (the limit is not the failure).
    let small = dir.path().join("small.md");
    let (code, stderr) = run_with_file_size_limit(
        8,
        &[
            "standards",
            "--format",
            "md",
            "--output",
            small.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        std::fs::read_to_string(&small)
            .unwrap()
            .contains("| lanzarote |")
    );
}

/// Runs lexgap in `dir` with its standard output and error sent to the given files.
fn run_with_streams(dir: &Path, args: &[&str], out: std::fs::File, err: std::fs::File) -> i32 {
    Command::new(env!("CARGO_BIN_EXE_lexgap"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdout(out)
        .stderr(err)
        .status()
        .expect("lexgap runs")
        .code()
        .unwrap_or(-1)
}

#[test]
fn output_dash_is_standard_output_not_a_file_named_dash() {
    let dir = tempfile::tempdir().unwrap();
    let captured = dir.path().join("captured");
    let code = run_with_streams(
        dir.path(),
        &["standards", "--format", "md", "--output", "-"],
        std::fs::File::create(&captured).unwrap(),
        std::fs::File::create(dir.path().join("err")).unwrap(),
    );
    assert_eq!(code, 0);
    assert!(
        !dir.path().join("-").exists(),
        "a file named `-` was written"
    );
    assert!(
        std::fs::read_to_string(&captured)
            .unwrap()
            .contains("| lanzarote |")
    );
}

/// A file opened for appending, with a first line already in it.
fn appending(path: &Path) -> std::fs::File {
    std::fs::write(path, "previous line\n").unwrap();
    std::fs::OpenOptions::new().append(true).open(path).unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn output_to_dev_stdout_or_dev_stderr_appends_as_the_shell_asked() {
    let dir = tempfile::tempdir().unwrap();
    let (out, err) = (dir.path().join("out"), dir.path().join("err"));
    for (name, path) in [("/dev/stdout", &out), ("/dev/stderr", &err)] {
        let code = run_with_streams(
            dir.path(),
            &["standards", "--format", "md", "--output", name],
            appending(&out),
            appending(&err),
        );
        assert_eq!(code, 0);
        let text = std::fs::read_to_string(path).unwrap();
        assert!(text.starts_with("previous line\n| id |"), "{name}: {text}");
    }
    // A link of the user's own to the stream: the same stream, not a file to replace.
    for (i, stream) in ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]
        .iter()
        .enumerate()
    {
        let link = dir.path().join(format!("link{i}"));
        std::os::unix::fs::symlink(stream, &link).unwrap();
        let code = run_with_streams(
            dir.path(),
            &[
                "standards",
                "--format",
                "md",
                "--output",
                link.to_str().unwrap(),
            ],
            appending(&out),
            appending(&err),
        );
        assert_eq!(code, 0, "{}", std::fs::read_to_string(&err).unwrap());
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(
            text.starts_with("previous line\n| id |"),
            "{stream}: {text}"
        );
    }
}

#[cfg(target_os = "linux")]
#[test]
fn output_on_another_file_system_is_written_there_whole() {
    // The temporary file goes beside the output: a rename cannot cross file systems.
    let Ok(dir) = tempfile::tempdir_in("/dev/shm") else {
        panic!("/dev/shm (a tmpfs on every Linux) is needed for this test");
    };
    for name in ["report.md", "sub/report.md"] {
        std::fs::create_dir_all(dir.path().join("sub")).unwrap();
        let out = dir.path().join(name);
        let (code, _, stderr) = run(&[
            "standards",
            "--format",
            "md",
            "--output",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{name}: {stderr}");
        assert!(
            std::fs::read_to_string(&out)
                .unwrap()
                .contains("| lanzarote |")
        );
    }
    // A bare file name: the temporary file goes into the current folder.
    let code = run_with_streams(
        dir.path(),
        &["standards", "--format", "md", "--output", "bare.md"],
        std::fs::File::create(dir.path().join("stdout")).unwrap(),
        std::fs::File::create(dir.path().join("stderr")).unwrap(),
    );
    assert_eq!(code, 0);
    assert!(dir.path().join("bare.md").exists());
}

#[cfg(target_os = "linux")]
#[test]
fn output_where_writing_is_not_permitted_says_how_to_fix_it() {
    // Creating files under /sys is refused even to root.
    let (code, _, stderr) = run(&["standards", "--output", "/sys/lexgap-test.md"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("cannot write /sys/lexgap-test.md"),
        "{stderr}"
    );
    assert!(
        stderr.contains("choose a folder you can write to"),
        "{stderr}"
    );
}

// `--standards-dir` integrity checks.

const MODEL_LAW: &str = include_str!("fixtures/standards/valid/model-law.toml");

/// Loads `text` (one standard file) with `standards`; returns (exit code, stderr).
fn load_standard(text: &str) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("law.toml"), text).unwrap();
    let (code, _, stderr) = run(&["standards", "--standards-dir", dir.path().to_str().unwrap()]);
    (code, stderr)
}

fn edited(from: &str, to: &str) -> String {
    assert!(MODEL_LAW.contains(from), "the fixture has {from:?}");
    MODEL_LAW.replacen(from, to, 1)
}

#[test]
fn the_unedited_model_law_loads() {
    let (code, stderr) = load_standard(MODEL_LAW);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn loaded_standards_must_have_unique_refs() {
    let (code, stderr) = load_standard(&edited("ref = \"1.2\"", "ref = \"1.1\""));
    assert_eq!(code, 2);
    assert!(stderr.contains("error[duplicate-ref]"), "{stderr}");
    assert!(
        stderr.contains("law.toml:"),
        "file, line and column: {stderr}"
    );
}

#[test]
fn loaded_crosswalk_reservation_and_declaration_targets_must_exist() {
    let (code, stderr) = load_standard(&edited(
        "see = [\"lanzarote:23\"]",
        "see = [\"lanzarote:23.9\"]",
    ));
    assert_eq!(code, 2);
    assert!(stderr.contains("error[unknown-see-target]"), "{stderr}");
    let (code, stderr) = load_standard(&edited(
        "[[reservations]]\nref = \"1.2\"",
        "[[reservations]]\nref = \"1.7\"",
    ));
    assert_eq!(code, 2);
    assert!(stderr.contains("`1.7`"), "{stderr}");
    let declaration = format!(
        "{MODEL_LAW}\n[[declarations]]\nref = \"2.5\"\nsummary = \"A declaration under a paragraph that does not exist.\"\naffects = [{{ ref = \"1.1\", extent = \"part\" }}]\n"
    );
    let (code, stderr) = load_standard(&declaration);
    assert_eq!(code, 2);
    assert!(stderr.contains("`2.5`"), "{stderr}");
}

#[test]
fn loaded_chapters_must_cover_every_article_once() {
    // Article 2 in two chapters.
    let (code, stderr) = load_standard(&edited("articles = \"3\"", "articles = \"2-3\""));
    assert_eq!(code, 2);
    assert!(stderr.contains("error[division-coverage]"), "{stderr}");
    // Article 3 in none.
    let (code, stderr) = load_standard(&edited(
        "[[chapters]]\nnumber = \"II\"\nheading = \"Final provisions\"\narticles = \"3\"\n",
        "",
    ));
    assert_eq!(code, 2);
    assert!(stderr.contains("division-coverage"), "{stderr}");
    assert!(stderr.contains("do not cover every article"), "{stderr}");
}

// `diff` of treaty and element changes.

#[test]
fn diff_reports_ratification_reservation_declaration_and_element_changes() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, treaty: &str, elements: &str| {
        let p = dir.path().join(name);
        std::fs::write(
            &p,
            format!(
                "[jurisdiction]\ncode = \"XA\"\nname = \"Examplia\"\nfictional = true\n\n\
                 [treaties.budapest]\n{treaty}\n\n\
                 [[laws]]\nid = \"cc\"\ntitle = \"Criminal Code\"\n\n\
                 [provisions.\"budapest:9.1.a\"]\nstatus = \"partial\"\nby = [\"cc:201\"]\n\
                 elements = [{elements}]\n"
            ),
        )
        .unwrap();
        p.to_str().unwrap().to_string()
    };
    let old = write(
        "old.toml",
        "status = \"signed\"\nsigned = 2019-05-01\nreservations = [\"9.4\"]",
        "\"intent\"",
    );
    let new = write(
        "new.toml",
        "status = \"ratified\"\nsigned = 2019-05-01\nratified = 2024-02-01\ndeclarations = [\"9.3\"]",
        "\"intent\", \"without-right\"",
    );
    let (code, out, stderr) = run(&["diff", &old, &new, "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let d = json(&out);
    let changes: Vec<&str> = d["treaties"][0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(d["treaties"][0]["standard"], "budapest");
    assert_eq!(
        changes,
        [
            "status signed → ratified",
            "ratified: none → 2024-02-01",
            "reservation under budapest:9.4 withdrawn",
            "declaration under budapest:9.3 made",
        ]
    );
    let entry = &d["entries"][0];
    assert_eq!(entry["ref"], "budapest:9.1.a");
    assert_eq!(
        entry["elements_added"],
        serde_json::json!(["without-right"])
    );
    assert_eq!(entry["elements_removed"], serde_json::json!([]));
    // The terminal table says the same.
    let (code, table, _) = run(&["diff", &old, &new]);
    assert_eq!(code, 0);
    for text in [
        "status signed → ratified",
        "reservation under budapest:9.4 withdrawn",
        "declaration under budapest:9.3 made",
        "without-right",
    ] {
        assert!(table.contains(text), "{text} missing:\n{table}");
    }
}

// Formats.

#[test]
fn formats_a_command_cannot_write_are_refused_before_any_output() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["standards", "--format", "csv"],
        vec!["topics", "--format", "html"],
        vec!["show", "lanzarote:23", "--format", "csv"],
        vec![
            "diff",
            "jurisdictions/xa-examplia-2023.toml",
            "jurisdictions/xa-examplia.toml",
            "--format",
            "csv",
        ],
    ] {
        let out = dir.path().join("out");
        let mut all = args.clone();
        all.extend(["--output", out.to_str().unwrap()]);
        let (code, stdout, stderr) = run(&all);
        assert_eq!(code, 2, "{args:?}");
        let format = args.last().unwrap();
        assert!(
            stderr.contains(&format!("cannot write {format}; choose one of:")),
            "{args:?}: {stderr}"
        );
        assert!(stdout.is_empty() && !out.exists(), "{args:?} wrote output");
    }
}

/// The rows of a Markdown table (lines starting with `|`), split into trimmed cells.
fn md_rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .filter(|l| l.starts_with('|'))
        .map(|l| {
            l.trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn standards_and_topics_in_markdown_say_what_the_json_says() {
    let (code, md, _) = run(&["standards", "--format", "md"]);
    assert_eq!(code, 0);
    let rows = md_rows(&md);
    let (_, js, _) = run(&["standards", "--format", "json"]);
    let standards = json(&js);
    let standards = standards.as_array().unwrap();
    assert!(standards.len() >= 5);
    assert_eq!(rows[0][..3], ["id", "treaty", "title"], "{md}");
    assert!(
        rows[1]
            .iter()
            .all(|c| c.chars().all(|ch| "-:".contains(ch))),
        "{md}"
    );
    assert_eq!(rows.len(), 2 + standards.len(), "{md}");
    for (row, s) in rows[2..].iter().zip(standards) {
        assert_eq!(row[0], s["id"].as_str().unwrap());
        assert_eq!(row[3], s["chapters"].to_string(), "{row:?}");
        assert_eq!(row[4], s["articles"].to_string(), "{row:?}");
        assert_eq!(row[5], s["provisions"].to_string(), "{row:?}");
    }
    let (code, md, _) = run(&["topics", "--format", "md"]);
    assert_eq!(code, 0);
    assert!(md.starts_with("# Topics\n"), "{md}");
    let (_, js, _) = run(&["topics", "--format", "json"]);
    let headings: Vec<&str> = md.lines().filter_map(|l| l.strip_prefix("## ")).collect();
    let ids: Vec<String> = json(&js)
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(headings, ids);
    assert!(md.contains("- **lanzarote** (1): lanzarote:23\n"), "{md}");
}

// Colour.

/// Runs lexgap under a pseudo-terminal (util-linux `script`), as a person at a terminal would.
fn at_terminal(args: &str, no_color: bool) -> String {
    let mut c = Command::new("script");
    c.args(["-qec"])
        .arg(format!("{} {args}", env!("CARGO_BIN_EXE_lexgap")))
        .arg("/dev/null")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env("TERM", "xterm");
    if no_color {
        c.env("NO_COLOR", "1");
    }
    let out = c
        .output()
        .expect("`script` (util-linux, in every Debian) runs lexgap under a terminal");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn colour_at_a_terminal_unless_no_color_or_color_never() {
    let report = "report jurisdictions/xa-examplia.toml";
    assert!(
        at_terminal(report, false).contains("\x1b["),
        "coloured by default"
    );
    assert!(!at_terminal(report, true).contains("\x1b["), "NO_COLOR");
    assert!(
        !at_terminal(&format!("{report} --color never"), false).contains("\x1b["),
        "--color never"
    );
    let (_, piped, _) = run(&[
        "report",
        "jurisdictions/xa-examplia.toml",
        "--color",
        "always",
    ]);
    assert!(piped.contains("\x1b["), "--color always, also into a pipe");
}

// `check --json`.

fn keys(v: &serde_json::Value) -> Vec<&str> {
    let mut k: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    k.sort();
    k
}

#[test]
fn check_json_has_the_documented_keys_when_valid_and_when_not() {
    let (code, out, _) = run(&[
        "check",
        "--json",
        "tests/fixtures/valid/not-assessed-warning.toml",
    ]);
    assert_eq!(code, 0);
    let ok = json(&out);
    assert_eq!(keys(&ok), ["diagnostics", "profiles", "valid"]);
    assert_eq!(ok["valid"], true);
    assert_eq!(ok["profiles"], 1);
    let (code, out, _) = run(&[
        "check",
        "--json",
        "tests/fixtures/invalid/misspelt-ref.toml",
        "jurisdictions/xa-examplia.toml",
    ]);
    assert_eq!(code, 2);
    let bad = json(&out);
    assert_eq!(keys(&bad), ["diagnostics", "profiles", "valid"]);
    assert_eq!(bad["valid"], false);
    assert_eq!(bad["profiles"], 2);
    let d = &bad["diagnostics"][0];
    assert_eq!(
        keys(d),
        [
            "code", "column", "file", "hints", "line", "message", "severity"
        ]
    );
    assert_eq!(d["severity"], "error");
    assert!(d["file"].as_str().unwrap().ends_with("misspelt-ref.toml"));
    assert!(d["line"].as_u64().unwrap() > 0 && d["column"].as_u64().unwrap() > 0);
    assert!(d["hints"].is_array());
    for w in ok["diagnostics"].as_array().unwrap() {
        assert_eq!(w["severity"], "warning");
    }
}

// A profile of a loaded standard.

#[test]
fn a_profile_may_use_a_standard_loaded_with_standards_dir() {
    let s = Scratch::new();
    let p = s.profile("p.toml", &[("1.1", "full"), ("2", "partial")], "");
    let (code, _, stderr) = s.run(&["check", &p]);
    assert_eq!(code, 0, "{stderr}");
    let (code, out, stderr) = s.run(&["report", &p, "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let r = json(&out);
    assert_eq!(r["standards"][0]["id"], "gate-law");
    // Without the folder, the standard and so the profile are unknown.
    let (code, _, stderr) = run(&["check", &p]);
    assert_eq!(code, 2);
    assert!(stderr.contains("gate-law"), "{stderr}");
}

// `stage` and treaty statuses.

fn profile_with(dir: &Path, name: &str, jurisdiction: &str, treaty: &str) -> String {
    let p = dir.join(name);
    std::fs::write(
        &p,
        format!(
            "[jurisdiction]\ncode = \"XA\"\nname = \"Examplia\"\nfictional = true\n{jurisdiction}\n\
             [treaties.lanzarote]\n{treaty}\n\n\
             [provisions.\"lanzarote:23\"]\nstatus = \"full\"\n"
        ),
    )
    .unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn stage_bill_and_draft_are_read_and_reported_and_others_refused() {
    let dir = tempfile::tempdir().unwrap();
    let treaty = "status = \"ratified\"\nratified = 2015-01-01";
    for stage in ["in-force", "bill", "draft"] {
        let p = profile_with(
            dir.path(),
            "p.toml",
            &format!("stage = \"{stage}\""),
            treaty,
        );
        let (code, out, stderr) = run(&["report", &p, "--format", "json"]);
        assert_eq!(code, 0, "{stage}: {stderr}");
        assert_eq!(json(&out)["jurisdiction"]["stage"], stage);
    }
    let p = profile_with(dir.path(), "p.toml", "stage = \"enacted\"", treaty);
    let (code, _, stderr) = run(&["check", &p]);
    assert_eq!(code, 2);
    assert!(stderr.contains("enacted"), "{stderr}");
    assert!(
        stderr.contains("bill") && stderr.contains("draft"),
        "{stderr}"
    );
}

#[test]
fn acceded_and_not_signed_are_treaty_statuses_with_their_own_dates() {
    let dir = tempfile::tempdir().unwrap();
    for (status, dates) in [("acceded", "acceded = 2016-03-01"), ("not-signed", "")] {
        let p = profile_with(
            dir.path(),
            "p.toml",
            "",
            &format!("status = \"{status}\"\n{dates}"),
        );
        let (code, out, stderr) = run(&["report", &p, "--format", "json"]);
        assert_eq!(code, 0, "{status}: {stderr}");
        let r = json(&out);
        assert_eq!(r["standards"][0]["treaty_status"], status);
    }
    // A date the status contradicts.
    let p = profile_with(
        dir.path(),
        "p.toml",
        "",
        "status = \"not-signed\"\nacceded = 2016-03-01",
    );
    let (code, _, stderr) = run(&["check", &p]);
    assert_eq!(code, 2);
    assert!(stderr.contains("error[status-date]"), "{stderr}");
    assert!(stderr.contains("not-signed"), "{stderr}");
}
