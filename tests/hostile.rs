//! Hostile text in every string a user controls (profile names, notes, law titles, citations,
//! domestic text, standards loaded with --standards-dir, bill texts) goes through every command
//! in every format: the HTML is parsed with a real HTML parser and has no script, event handler
//! or injected element; the Markdown gains no heading, HTML or link; terminal text carries no
//! control or bidirectional character; CSV cells start no formula; JSON stays JSON.

use std::path::Path;

use crate::cli::run;

/// Everything at once: attribute break-out, script, a newline that would start a heading or a
/// table row, bidi override, terminal escape, zero-width space, a spreadsheet formula, a link.
const HOSTILE: &str = "Evil\" autofocus onfocus=\"alert(1)\" x='<script>alert(2)</script>\n# Injected heading\n| a | b |\u{202E}\u{1b}[2J\u{200B}=HYPERLINK(\"http://x.invalid\")[link](javascript:alert(3))<img src=x onerror=alert(4)>";

/// The string as a TOML basic string literal.
fn toml_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() || !c.is_ascii() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn profile(code: &str, status: &str, text_suffix: &str) -> String {
    let h = toml_str(HOSTILE);
    let text = toml_str(&format!("{HOSTILE} {text_suffix}"));
    format!(
        r#"[jurisdiction]
code = "{code}"
name = {h}
version = {h}
note = {h}
fictional = true

[scope]
only = "lanzarote:20-23"
note = {h}

[treaties.lanzarote]
status = "ratified"
note = {h}

[[laws]]
id = "cc"
title = {h}
citation = {h}
url = {h}

[provisions."lanzarote:23"]
status = "{status}"
by = [{cite}]
text = {text}
note = {h}

[provisions."lanzarote:20"]
status = "partial"
note = {h}
"#,
        cite = toml_str(&format!("cc:1{HOSTILE}")),
    )
}

/// A standards folder whose one standard has hostile summaries and headings.
fn hostile_standard(dir: &Path) {
    let src = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/standards/valid/model-law.toml"),
    )
    .unwrap();
    let h = toml_str(HOSTILE);
    let text: String = src
        .lines()
        .map(|l| {
            if l.starts_with("summary = ") {
                format!("summary = {h}")
            } else if l.starts_with("heading = ") {
                format!("heading = {h}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(dir.join("model-law.toml"), text).unwrap();
}

struct Case {
    args: Vec<String>,
    format: &'static str,
}

fn cases(dir: &Path) -> Vec<Case> {
    let p = |n: &str| dir.join(n).display().to_string();
    let (a, b) = (p("xa.toml"), p("xb.toml"));
    let (old, new) = (p("old.txt"), p("new.txt"));
    let std_dir = p("standards");
    let mut out = Vec::new();
    let mut add = |args: Vec<String>, formats: &[&'static str]| {
        for f in formats {
            let mut v = args.clone();
            v.extend(["--format".to_string(), f.to_string()]);
            out.push(Case { args: v, format: f });
        }
    };
    let all = ["table", "md", "json", "csv", "html"];
    let docs = ["table", "md", "json", "html"];
    let lists = ["table", "md", "json"];
    add(vec!["report".into(), a.clone(), "--all".into()], &all);
    add(vec!["compare".into(), a.clone(), b.clone()], &all);
    add(
        vec!["compare".into(), a.clone(), b.clone(), "--gaps".into()],
        &all,
    );
    add(
        vec!["compare".into(), a.clone(), b.clone(), "--long".into()],
        &["csv"],
    );
    add(vec!["diff".into(), a.clone(), b.clone()], &docs);
    add(vec!["redline".into(), old, new], &all);
    for cmd in [
        vec!["show".into(), "model-law".into()],
        vec!["show".into(), "model-law:1".into()],
        vec!["standards".into()],
        vec!["topics".into()],
    ] {
        let mut v = vec!["--standards-dir".to_string(), std_dir.clone()];
        v.extend(cmd);
        add(v, &lists);
    }
    out.push(Case {
        args: vec!["check".into(), a.clone(), b],
        format: "table",
    });
    out.push(Case {
        args: vec!["check".into(), "--json".into(), a],
        format: "json",
    });
    out
}

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("xa.toml"), profile("XA", "partial", "one")).unwrap();
    std::fs::write(dir.path().join("xb.toml"), profile("XB", "full", "two")).unwrap();
    let bill = |n: &str| {
        format!(
            "Section 1 {HOSTILE}\n\nA person {HOSTILE} commits {n}.\n\nSection 2 Penalty\n\nNot exceeding {n} years {HOSTILE}.\n"
        )
    };
    std::fs::write(dir.path().join("old.txt"), bill("5")).unwrap();
    std::fs::write(dir.path().join("new.txt"), bill("10")).unwrap();
    std::fs::create_dir(dir.path().join("standards")).unwrap();
    hostile_standard(&dir.path().join("standards"));
    dir
}

#[test]
fn hostile_text_is_shown_never_obeyed_in_every_command_and_format() {
    let dir = setup();
    let cases = cases(dir.path());
    assert!(cases.len() >= 33, "{} cases", cases.len());
    for case in cases {
        let args: Vec<&str> = case.args.iter().map(String::as_str).collect();
        let (code, stdout, stderr) = run(&args);
        assert!(code == 0 || code == 1, "lexgap {args:?} failed:\n{stderr}");
        // The commands that print user text must print it (or the test proves nothing).
        // The wide compare CSV holds statuses only (its reasons are in the long form); the
        // redline's CSV lists addresses and changed words, not the unchanged text.
        let wide_csv =
            args.contains(&"compare") && case.format == "csv" && !args.contains(&"--long");
        let redline_csv = args.contains(&"redline") && case.format == "csv";
        let shows_text = !wide_csv
            && !redline_csv
            && ["report", "compare", "diff", "redline", "show"]
                .iter()
                .any(|c| args.contains(c));
        assert!(
            !shows_text || stdout.contains("Evil"),
            "lexgap {args:?} did not show the hostile text at all:\n{stdout}"
        );
        let what = format!("lexgap {}", args.join(" "));
        terminal_safe(&stderr, &what);
        match case.format {
            "html" => html_safe(&stdout, &what),
            "md" => md_safe(&stdout, &what),
            "csv" => csv_safe(&stdout, &what),
            "json" => {
                serde_json::from_str::<serde_json::Value>(&stdout)
                    .unwrap_or_else(|e| panic!("{what}: not JSON ({e})"));
            }
            _ => terminal_safe(&stdout, &what),
        }
    }
}

fn terminal_safe(text: &str, what: &str) {
    for bad in ['\u{1b}', '\u{202E}', '\u{200B}'] {
        assert!(
            !text.contains(bad),
            "{what}: raw U+{:04X} on the terminal:\n{text}",
            bad as u32
        );
    }
}

fn html_safe(page: &str, what: &str) {
    let doc = scraper::Html::parse_document(page);
    let all = scraper::Selector::parse("*").unwrap();
    for el in doc.select(&all) {
        let e = el.value();
        assert!(
            !matches!(e.name(), "script" | "img" | "iframe" | "object" | "a"),
            "{what}: an injected <{}> element",
            e.name()
        );
        for (name, value) in e.attrs() {
            assert!(
                !name.starts_with("on") && name != "autofocus" && name != "x",
                "{what}: an injected attribute {name}={value:?} on <{}>",
                e.name()
            );
            assert!(
                !value.contains("javascript:") || name == "title",
                "{what}: {name}={value}"
            );
        }
    }
    // Not executable, but they hide or reorder text a reader relies on.
    terminal_safe(page, what);
}

fn md_safe(text: &str, what: &str) {
    for line in text.lines() {
        assert!(
            !line.trim_start().starts_with("# Injected"),
            "{what}: the hostile newline made a heading:\n{text}"
        );
        assert!(
            !line.starts_with("| a | b |"),
            "{what}: the hostile newline made a table row:\n{text}"
        );
    }
    for raw in ["<script", "<img"] {
        assert!(
            !text.contains(raw),
            "{what}: raw `{raw}` in Markdown:\n{text}"
        );
    }
    for (i, _) in text.match_indices("](javascript:") {
        assert!(
            text[..i].ends_with('\\'),
            "{what}: a live javascript: link in Markdown:\n{text}"
        );
    }
    terminal_safe(text, what);
}

fn csv_safe(text: &str, what: &str) {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    for rec in r.records() {
        let rec = rec.unwrap_or_else(|e| panic!("{what}: not CSV ({e})"));
        for cell in rec.iter() {
            assert!(
                !cell.starts_with(['=', '+', '@']),
                "{what}: a cell a spreadsheet would run as a formula: {cell:?}"
            );
        }
    }
}

#[test]
fn init_quotes_a_hostile_name_so_the_skeleton_still_checks() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("new.toml");
    let (code, _, stderr) = run(&[
        "init",
        "--standard",
        "lanzarote",
        "--code",
        "XA",
        "--name",
        HOSTILE,
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let (code, stdout, stderr) = run(&["check", "--json", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let text = std::fs::read_to_string(&out).unwrap();
    let value: toml::Table = toml::from_str(&text).unwrap();
    assert_eq!(value["jurisdiction"]["name"].as_str(), Some(HOSTILE));
}

/// Word and Excel files take `--output`, so they are checked here rather than through stdout:
/// the Word main part is well-formed with the hostile text as text, and the workbooks re-open
/// with it as strings (never formulas).
#[test]
fn hostile_text_in_word_and_excel_files_stays_text() {
    use calamine::Reader;
    use std::io::Read;
    let dir = setup();
    let p = |n: &str| dir.path().join(n).display().to_string();
    let (a, b) = (p("xa.toml"), p("xb.toml"));
    let cases: [(Vec<&str>, &str); 4] = [
        (vec!["report", &a, "--all", "--format", "docx"], "r.docx"),
        (vec!["report", &a, "--all", "--format", "xlsx"], "r.xlsx"),
        (vec!["compare", &a, &b, "--format", "xlsx"], "c.xlsx"),
        (
            vec!["compare", &a, &b, "--gaps", "--format", "xlsx"],
            "g.xlsx",
        ),
    ];
    for (args, name) in cases {
        let out = p(name);
        let mut all = args.clone();
        all.extend(["--output", out.as_str()]);
        let (code, stdout, stderr) = run(&all);
        assert!(code == 0 || code == 1, "lexgap {all:?}: {stderr}");
        assert!(stdout.is_empty(), "binary formats never print");
        terminal_safe(&stderr, name);
        if name.ends_with("docx") {
            let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
            let mut xml = String::new();
            zip.by_name("word/document.xml")
                .unwrap()
                .read_to_string(&mut xml)
                .unwrap();
            assert!(
                xml.contains("Evil\" autofocus"),
                "{name}: the text is shown"
            );
            assert!(!xml.contains("<script>") && !xml.contains("<img"), "{name}");
            assert!(
                !xml.contains('\u{1b}') && !xml.contains('\u{202E}'),
                "{name}"
            );
            continue;
        }
        let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&out).unwrap();
        let mut seen = false;
        for sheet in wb.sheet_names() {
            let range = wb.worksheet_range(&sheet).unwrap();
            seen |= range
                .used_cells()
                .any(|(_, _, c)| c.to_string().contains("Evil"));
            for (_, _, c) in range.used_cells() {
                let text = c.to_string();
                assert!(
                    !text.contains(['\u{1b}', '\u{202E}', '\u{200B}']),
                    "{name}: raw control or bidi character in {text:?}"
                );
            }
            let formulas = wb.worksheet_formula(&sheet).unwrap();
            assert!(
                formulas.used_cells().all(|(_, _, f)| f.is_empty()),
                "{name}: no formula in any cell"
            );
        }
        assert!(seen, "{name}: the hostile text is shown");
    }
}
