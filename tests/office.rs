//! Word and Excel files (issue 10): the xlsx re-opens with its values (calamine), the docx holds
//! the report and converts with LibreOffice, both are byte-identical for the same input, and
//! they never go to a terminal.

use std::io::Read;
use std::path::Path;

use calamine::{Reader, Xlsx, open_workbook};

use crate::cli::run;

const XA: &str = "jurisdictions/xa-examplia.toml";

fn write(args: &[&str], out: &Path) {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--output", out.to_str().unwrap()]);
    let (code, _, stderr) = run(&all);
    assert_eq!(code, 0, "lexgap {all:?}:\n{stderr}");
}

fn sheet(path: &Path, name: &str) -> Vec<Vec<String>> {
    let mut wb: Xlsx<_> = open_workbook(path).expect("a workbook Excel can open");
    let range = wb.worksheet_range(name).expect("the sheet");
    range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

fn document_xml(path: &Path) -> String {
    let file = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(file).expect("a zip package");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("the main part")
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn the_report_workbook_reopens_with_its_values() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("xa.xlsx");
    write(
        &[
            "report",
            XA,
            "--format",
            "xlsx",
            "--only",
            "lanzarote:18-24",
        ],
        &path,
    );
    let wb: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(wb.sheet_names(), ["About", "lanzarote"]);
    let about = sheet(&path, "About");
    let text: Vec<&str> = about.iter().map(|r| r[0].as_str()).collect();
    assert!(
        text.contains(&"Command-line filters: --only lanzarote:18-24."),
        "{text:?}"
    );
    let rows = sheet(&path, "lanzarote");
    assert_eq!(
        rows[0],
        [
            "Provision",
            "Ref",
            "Status",
            "What it requires",
            "Notes",
            "Domestic law"
        ]
    );
    let art23 = rows
        .iter()
        .find(|r| r[1] == "lanzarote:23")
        .expect("Art. 23");
    assert_eq!(art23[0], "Art. 23");
    assert_eq!(art23[2], "◐ partial");
    assert!(
        art23[4].starts_with("profile note: The offence requires"),
        "{art23:?}"
    );
    assert!(
        art23[5].starts_with("Criminal Code (Act 12/1998), 213"),
        "{art23:?}"
    );
}

#[test]
fn the_compare_workbook_has_a_sheet_per_standard_with_notes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cmp.xlsx");
    write(
        &[
            "compare",
            "--dir",
            "jurisdictions",
            "--latest",
            "--standard",
            "lanzarote",
            "--format",
            "xlsx",
        ],
        &path,
    );
    let rows = sheet(&path, "lanzarote");
    let header = &rows[0];
    assert_eq!(&header[..3], ["Provision", "Ref", "Article"]);
    assert_eq!(header.last().unwrap(), "Notes");
    let xa = header
        .iter()
        .position(|h| h == "XA")
        .expect("one XA column");
    let art23 = rows.iter().find(|r| r[1] == "lanzarote:23").unwrap();
    assert_eq!(art23[xa], "◐ partial");
    assert!(
        art23
            .last()
            .unwrap()
            .contains("XA: profile note: The offence requires"),
        "{art23:?}"
    );
    let score = rows.iter().find(|r| r[0] == "score").expect("a score row");
    assert!(score[xa].parse::<f64>().is_ok(), "{score:?}");
}

#[test]
fn the_word_report_holds_the_summary_tables_and_the_domestic_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("xa.docx");
    write(
        &["report", XA, "--format", "docx", "--only", "lanzarote:23"],
        &path,
    );
    let xml = document_xml(&path);
    for needle in [
        "Gap report: Examplia (XA)",
        "Command-line filters: --only lanzarote:23.",
        "mandatory provision in scope",
        "Art. 23",
        "Criminal Code (Act 12/1998), 213",
        "proposes to meet a child",
        "<w:tblHeader/>",
        "w:orient=\"landscape\"",
    ] {
        assert!(xml.contains(needle), "{needle} missing");
    }
}

#[test]
fn office_files_are_byte_identical_for_the_same_input_and_need_an_output_file() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["docx", "xlsx"] {
        let (a, b) = (
            dir.path().join(format!("a.{format}")),
            dir.path().join(format!("b.{format}")),
        );
        write(&["report", XA, "--format", format], &a);
        write(&["report", XA, "--format", format], &b);
        assert_eq!(
            std::fs::read(&a).unwrap(),
            std::fs::read(&b).unwrap(),
            "{format}"
        );
        let (code, stdout, stderr) = run(&["report", XA, "--format", format]);
        assert_eq!(code, 2);
        assert!(stdout.is_empty());
        assert!(stderr.contains("--output FILE."), "{stderr}");
    }
    let (code, _, stderr) = run(&["compare", XA, "--format", "docx", "--output", "x.docx"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("choose one of"), "{stderr}");
}

#[test]
fn hostile_text_in_office_files_is_text() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("evil.toml");
    std::fs::write(
        &profile,
        "[jurisdiction]\ncode = \"XA\"\nname = \"<script>alert(1)</script>\\u001b[2J\"\nfictional = true\n[treaties.lanzarote]\nstatus = \"ratified\"\n[provisions.\"lanzarote:23\"]\nstatus = \"partial\"\nnote = \"=HYPERLINK(\\\"http://x.invalid\\\") </w:t><w:t>\"\n",
    )
    .unwrap();
    let docx = dir.path().join("evil.docx");
    write(
        &["report", profile.to_str().unwrap(), "--format", "docx"],
        &docx,
    );
    let xml = document_xml(&docx);
    assert!(!xml.contains("<script>") && xml.contains("&lt;script&gt;"));
    assert!(!xml.contains('\u{1b}'), "no raw escape character");
    assert!(
        xml.contains("&lt;/w:t&gt;&lt;w:t&gt;"),
        "markup in a note stays text"
    );
    let xlsx = dir.path().join("evil.xlsx");
    write(
        &["report", profile.to_str().unwrap(), "--format", "xlsx"],
        &xlsx,
    );
    let rows = sheet(&xlsx, "lanzarote");
    let note = &rows.iter().find(|r| r[1] == "lanzarote:23").unwrap()[4];
    assert!(
        note.starts_with("profile note: =HYPERLINK"),
        "a string, not a formula: {note}"
    );
}

/// Converts a report with LibreOffice and reads the text back. Run with
/// `cargo test -- --ignored` where `soffice` is installed (Debian: libreoffice-writer-nogui).
#[test]
#[ignore = "needs LibreOffice (soffice on PATH)"]
fn the_word_report_converts_with_libreoffice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("xa.docx");
    write(&["report", XA, "--format", "docx"], &path);
    let status = std::process::Command::new("soffice")
        .args(["--headless", "--convert-to", "txt:Text", "--outdir"])
        .arg(dir.path())
        .arg(&path)
        .env("HOME", dir.path())
        .status()
        .expect("LibreOffice (soffice) must be on PATH for this test");
    assert!(status.success(), "soffice failed");
    let text = std::fs::read_to_string(dir.path().join("xa.txt")).expect("the converted text");
    for needle in [
        "Gap report: Examplia (XA), law as of 2025-03-01",
        "mandatory provisions in scope",
        "Criminal Code (Act 12/1998), 213",
        "Art. 25(2)",
        "Signed 2008-10-25; ratified 2012-06-20",
    ] {
        assert!(text.contains(needle), "{needle} missing from:\n{text}");
    }
}
