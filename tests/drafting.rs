//! What drafters exchange (issue 12): the synopsis of two versions (old | new | change per
//! unit) and the redline as a Word document with tracked changes.

use std::path::Path;

use crate::cli::run;
use crate::reports::on_path;

const OLD: &str = "jurisdictions/texts/xa-criminal-code-2023.txt";
const NEW: &str = "jurisdictions/texts/xa-criminal-code-2025.txt";

fn ok(args: &[&str]) -> String {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, 0, "lexgap {args:?}:\n{stderr}");
    stdout
}

#[test]
fn synopsis_of_the_example_bill_in_markdown() {
    insta::assert_snapshot!(
        "synopsis_xa_md",
        ok(&["redline", OLD, NEW, "--format", "synopsis-md"])
    );
    let labelled = ok(&[
        "redline",
        OLD,
        NEW,
        "--format",
        "synopsis-md",
        "--old-label",
        "Act 2/2022",
        "--new-label",
        "Bill 7/2025",
    ]);
    assert!(
        labelled.contains("| Old version: Act 2/2022 | New version: Bill 7/2025 | Change |"),
        "{labelled}"
    );
}

#[test]
fn synopsis_html_marks_both_columns_and_escapes() {
    let html = ok(&["redline", OLD, NEW, "--format", "synopsis-html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("under <del>fourteen</del> years"), "{html}");
    assert!(html.contains("under <ins>fifteen</ins> years"), "{html}");
    assert!(html.contains("Section 211 unchanged"));
    assert!(html.contains("Section 213 renumbered 214, text unchanged"));
    assert!(html.contains("Renumbered from 214 to 215"));
    assert!(!html.contains("http"), "self-contained: no links out");
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.txt");
    let new = dir.path().join("new.txt");
    std::fs::write(&old, "Article 1. <script>\nText a & b.\n").unwrap();
    std::fs::write(&new, "Article 1. <script>\nText a & c.\n").unwrap();
    let html = ok(&[
        "redline",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--format",
        "synopsis-html",
        "--new-label",
        "<img src=x>",
    ]);
    assert!(
        !html.contains("<script>") && !html.contains("<img"),
        "{html}"
    );
    assert!(html.contains("Text a &amp; <ins>c</ins>."), "{html}");
}

/// The number of a PDF's pages and the size of each, from its `/MediaBox` entries.
fn media_boxes(pdf: &[u8]) -> Vec<(f64, f64)> {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/MediaBox [")
        .filter_map(|(at, m)| {
            let rest = &text[at + m.len()..];
            let nums: Vec<f64> = rest[..rest.find(']')?]
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect();
            (nums.len() == 4).then(|| (nums[2] - nums[0], nums[3] - nums[1]))
        })
        .collect()
}

fn chromium_pdf(page: &Path, pdf: &Path, dir: &Path) {
    let chromium = on_path(&["chromium", "chromium-browser"])
        .expect("chromium or chromium-browser on PATH (apt-get install chromium)");
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
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .stderr(std::process::Stdio::null())
        .status()
        .expect("chromium runs");
    assert!(status.success());
}

/// Run by `.ci/run`, which installs chromium and poppler-utils.
#[test]
#[ignore = "needs chromium and pdftotext on PATH (apt-get install chromium poppler-utils); .ci/run runs it"]
fn synopsis_prints_on_a4_landscape_in_headless_chromium() {
    let pdftotext =
        on_path(&["pdftotext"]).expect("pdftotext on PATH (apt-get install poppler-utils)");
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("synopsis.html");
    let pdf = dir.path().join("synopsis.pdf");
    ok(&[
        "redline",
        OLD,
        NEW,
        "--format",
        "synopsis-html",
        "--output",
        page.to_str().unwrap(),
    ]);
    chromium_pdf(&page, &pdf, dir.path());
    let bytes = std::fs::read(&pdf).expect("a PDF");
    let pages = media_boxes(&bytes);
    assert!(!pages.is_empty(), "no /MediaBox in the PDF");
    for (w, h) in &pages {
        // A4 landscape: 842 × 595 points.
        assert!(
            (w - 842.0).abs() < 2.0 && (h - 595.0).abs() < 2.0,
            "page {w} × {h} points is not A4 landscape"
        );
    }
    let out = std::process::Command::new(pdftotext)
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in [
        "Synopsis",
        "Old version: xa-criminal-code-2023.txt",
        "Section 213. Solicitation of children",
        "“fourteen” replaced by “fifteen”",
        "Section 211 unchanged",
    ] {
        assert!(flat.contains(needle), "{needle:?} not in the PDF:\n{text}");
    }
}
