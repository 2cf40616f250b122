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

/// Two versions of a bill where a section moves and is amended, others are renumbered.
const MOVED_OLD: &str = "Article 1. One\nFirst rule about apples and pears.\n\nArticle 2. Two\nSecond rule about ships and harbours.\n\nArticle 3. Three\nThird rule about roads and bridges.\n\nArticle 4. Four\nFourth rule about rivers.\n";
const MOVED_NEW: &str = "Article 1. One\nFirst rule about apples and pears.\n\nArticle 2. Three\nThird rule about roads and bridges.\n\nArticle 3. Four\nFourth rule about rivers.\n\nArticle 4. Two\nSecond rule about ships and harbours, amended.\n";

/// The parts of a zip package, by name.
fn parts(path: &Path) -> Vec<(String, String)> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).expect("a zip package");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut text = String::new();
            f.read_to_string(&mut text).unwrap();
            (f.name().unwrap().to_string(), text)
        })
        .collect()
}

/// Fails unless `xml` is well-formed (every element closed, in order).
fn well_formed(name: &str, xml: &str) {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut open = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => open.push(e.name().as_ref().to_string()),
            Ok(Event::End(e)) => {
                assert_eq!(open.pop().as_deref(), Some(e.name().as_ref()), "{name}")
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("{name} is not well-formed: {e}"),
        }
    }
    assert!(open.is_empty(), "{name}: unclosed {open:?}");
}

/// Writes the Word redline of `old` → `new` (as files in `dir`) and returns its path.
fn docx_redline(dir: &Path, old: &str, new: &str, extra: &[&str]) -> std::path::PathBuf {
    let (o, n, out) = (
        dir.join("old.txt"),
        dir.join("new.txt"),
        dir.join("redline.docx"),
    );
    std::fs::write(&o, old).unwrap();
    std::fs::write(&n, new).unwrap();
    let mut args = vec![
        "redline",
        o.to_str().unwrap(),
        n.to_str().unwrap(),
        "--format",
        "docx",
        "--output",
        out.to_str().unwrap(),
    ];
    args.extend(extra);
    ok(&args);
    out
}

/// A document always ends with a paragraph: when its last line was tracked, accepting or
/// rejecting leaves one empty paragraph at the end (README: the one difference allowed).
fn trailing(s: &str) -> &str {
    s.trim_start_matches('\u{feff}').trim_end_matches('\n')
}

#[test]
fn word_redline_is_a_package_whose_revisions_rebuild_both_texts() {
    let dir = tempfile::tempdir().unwrap();
    let old = std::fs::read_to_string(OLD).unwrap();
    let new = std::fs::read_to_string(NEW).unwrap();
    for (o, n) in [(old.as_str(), new.as_str()), (MOVED_OLD, MOVED_NEW)] {
        let path = docx_redline(dir.path(), o, n, &["--author", "Drafting Office <A&B>"]);
        let mut names = Vec::new();
        for (name, xml) in parts(&path) {
            well_formed(&name, &xml);
            names.push(name);
        }
        assert!(
            names.contains(&"word/document.xml".to_string()),
            "{names:?}"
        );
        // The document keeps tracking changes: a reviewer's edits are tracked too.
        let settings = parts(&path)
            .into_iter()
            .find(|(n, _)| n == "word/settings.xml");
        assert!(settings.is_some_and(|(_, x)| x.contains("<w:trackRevisions/>")));
        let bytes = std::fs::read(&path).unwrap();
        let accepted =
            lexgap::word::docx_text_with(&bytes, 1 << 24, lexgap::word::Revisions::Accept).unwrap();
        let rejected =
            lexgap::word::docx_text_with(&bytes, 1 << 24, lexgap::word::Revisions::Reject).unwrap();
        assert_eq!(trailing(&accepted), trailing(n));
        assert_eq!(trailing(&rejected), trailing(o));
        let xml = &parts(&path)
            .into_iter()
            .find(|(n, _)| n == "word/document.xml")
            .unwrap()
            .1;
        assert!(
            xml.contains("w:author=\"Drafting Office &lt;A&amp;B&gt;\""),
            "{xml}"
        );
        // The test runner sets SOURCE_DATE_EPOCH=1767225600.
        assert!(xml.contains("w:date=\"2026-01-01T00:00:00Z\""));
    }
    // The example bill ends on an unchanged line: both versions come back byte for byte.
    let path = docx_redline(dir.path(), &old, &new, &[]);
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(lexgap::word::docx_text(&bytes, 1 << 24).unwrap(), new);
    let xml = &parts(&path)
        .into_iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap()
        .1;
    assert!(xml.contains("<w:del ") && xml.contains("<w:ins "));
    assert!(xml.contains("w:author=\"lexgap\""));
    // The moved section is a move, with its range markers.
    let moved = docx_redline(dir.path(), MOVED_OLD, MOVED_NEW, &["--date", "2025-03-01"]);
    let xml = &parts(&moved)
        .into_iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap()
        .1;
    for tag in [
        "<w:moveFromRangeStart ",
        "<w:moveFrom ",
        "<w:moveFromRangeEnd ",
        "<w:moveToRangeStart ",
        "<w:moveTo ",
        "<w:moveToRangeEnd ",
    ] {
        assert!(xml.contains(tag), "{tag} missing: {xml}");
    }
    assert!(xml.contains("w:date=\"2025-03-01T00:00:00Z\""));
}

#[test]
fn word_redline_is_byte_identical_and_needs_an_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let (o, n) = (dir.path().join("old.txt"), dir.path().join("new.txt"));
    std::fs::write(&o, MOVED_OLD).unwrap();
    std::fs::write(&n, MOVED_NEW).unwrap();
    // Without SOURCE_DATE_EPOCH or --date the date is the new text's modification time, not
    // the clock: a second later, the same bytes.
    let once = |out: &Path| {
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_lexgap"))
            .arg("redline")
            .args([o.as_os_str(), n.as_os_str()])
            .args(["--format", "docx", "--output"])
            .arg(out)
            .env_remove("SOURCE_DATE_EPOCH")
            .status()
            .unwrap();
        assert!(status.success());
        std::fs::read(out).unwrap()
    };
    let a = once(&dir.path().join("a.docx"));
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let b = once(&dir.path().join("b.docx"));
    assert_eq!(a, b, "same input, same bytes");
    let (code, stdout, stderr) = run(&["redline", OLD, NEW, "--format", "docx"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty() && stderr.contains("--output"), "{stderr}");
    let x = dir.path().join("x.docx");
    let (code, _, stderr) = run(&[
        "redline",
        OLD,
        NEW,
        "--format",
        "docx",
        "--output",
        x.to_str().unwrap(),
        "--date",
        "March",
    ]);
    assert_eq!(code, 2, "{stderr}");
    assert!(!x.exists(), "no partial output");
}

/// A Word document holding `text` as a drafter would type it: paragraph numbers `(1)` as
/// automatic numbering restarting in each section, and, when given, one word as a tracked
/// replacement (`from` deleted, the text's own word inserted).
fn word_bill(text: &str, tracked: Option<(&str, &str)>) -> Vec<u8> {
    use std::io::Write;
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut body = String::new();
    let mut lists = 0;
    let mut new_list = true;
    for line in text.lines() {
        let run = |s: &str| format!("<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r>", esc(s));
        let content = |s: &str| match tracked {
            Some((from, to)) if s.contains(to) => {
                let (a, b) = s.split_once(to).unwrap();
                format!(
                    "{}<w:del w:id=\"90\" w:author=\"x\"><w:r><w:delText>{from}</w:delText></w:r></w:del><w:ins w:id=\"91\" w:author=\"x\"><w:r><w:t>{to}</w:t></w:r></w:ins>{}",
                    run(a),
                    run(b)
                )
            }
            _ => run(s),
        };
        let numbered = line
            .strip_prefix('(')
            .and_then(|r| r.split_once(") "))
            .filter(|(n, _)| n.chars().all(|c| c.is_ascii_digit()));
        match numbered {
            Some((_, rest)) => {
                if new_list {
                    lists += 1;
                    new_list = false;
                }
                body.push_str(&format!(
                    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"{lists}\"/></w:numPr></w:pPr>{}</w:p>",
                    content(rest)
                ));
            }
            None => {
                if line.starts_with("Section") {
                    new_list = true;
                }
                body.push_str(&format!("<w:p>{}</w:p>", content(line)));
            }
        }
    }
    let mut numbering = String::from(
        "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"(%1)\"/><w:lvlJc w:val=\"left\"/></w:lvl></w:abstractNum>",
    );
    for k in 1..=lists {
        numbering.push_str(&format!(
            "<w:num w:numId=\"{k}\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        ));
    }
    numbering.push_str("</w:numbering>");
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}<w:sectPr/></w:body></w:document>"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, xml) in [
        (
            "[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                .to_string(),
        ),
        ("word/document.xml", document),
        ("word/numbering.xml", numbering),
    ] {
        zip.start_file(name, options).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn word_input_gives_the_redline_of_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let old = std::fs::read_to_string(OLD).unwrap();
    let new = std::fs::read_to_string(NEW).unwrap();
    let (o, n) = (dir.path().join("old.docx"), dir.path().join("new.docx"));
    std::fs::write(&o, word_bill(&old, None)).unwrap();
    // The new version as the old one with the drafter's changes tracked: one of them here.
    std::fs::write(&n, word_bill(&new, Some(("fourteen", "fifteen")))).unwrap();
    assert_eq!(
        lexgap::word::docx_text(&std::fs::read(&n).unwrap(), 1 << 24).unwrap(),
        new,
        "numbering written out, the tracked change accepted"
    );
    let from_text = ok(&["redline", OLD, NEW, "--format", "json"]);
    let from_word = ok(&[
        "redline",
        o.to_str().unwrap(),
        n.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(from_word, from_text);
    // A zip that is not a Word document is refused with the file's name.
    let bad = dir.path().join("bad.docx");
    std::fs::write(&bad, b"PK\x03\x04 not really").unwrap();
    let (code, _, stderr) = run(&["redline", bad.to_str().unwrap(), NEW]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("bad.docx"), "{stderr}");
}

/// The Basic macro LibreOffice runs: open a document hidden, accept or reject every tracked
/// change, save it as UTF-8 text.
const MACRO: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Convert(inPath As String, outPath As String, mode As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(inPath), &quot;_blank&quot;, 0, args())
  dispatcher = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  frame = doc.getCurrentController().getFrame()
  If mode = &quot;accept&quot; Then
    dispatcher.executeDispatch(frame, &quot;.uno:AcceptAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  Else
    dispatcher.executeDispatch(frame, &quot;.uno:RejectAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  End If
  Dim out(1) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;Text (encoded)&quot;
  out(1).Name = &quot;FilterOptions&quot;
  out(1).Value = &quot;UTF8,LF&quot;
  doc.storeToURL(ConvertToURL(outPath), out())
  doc.close(True)
End Sub
</script:module>
"#;

/// LibreOffice with a profile of its own holding [`MACRO`].
struct Office {
    soffice: std::path::PathBuf,
    profile: String,
}

impl Office {
    fn new(dir: &Path) -> Self {
        let soffice = on_path(&["soffice", "libreoffice"])
            .expect("soffice on PATH (apt-get install libreoffice-writer-nogui)");
        let profile = format!("-env:UserInstallation=file://{}", dir.join("lo").display());
        // The first start writes a default profile (and its Basic library) ...
        let status = std::process::Command::new(&soffice)
            .args([
                "--headless",
                "--norestore",
                "--terminate_after_init",
                &profile,
            ])
            .stderr(std::process::Stdio::null())
            .status()
            .expect("soffice runs");
        assert!(status.success());
        // ... whose module the macro then replaces.
        let module = dir.join("lo/user/basic/Standard/Module1.xba");
        assert!(module.exists(), "no Basic library in the new profile");
        std::fs::write(module, MACRO).unwrap();
        Office { soffice, profile }
    }

    /// The document as LibreOffice saves it again (as Word), in `dir`.
    fn resave(&self, docx: &Path, dir: &Path) -> std::path::PathBuf {
        std::fs::create_dir_all(dir).unwrap();
        let status = std::process::Command::new(&self.soffice)
            .args(["--headless", "--norestore", &self.profile])
            .args(["--convert-to", "docx:MS Word 2007 XML", "--outdir"])
            .arg(dir)
            .arg(docx)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .expect("soffice runs");
        assert!(status.success());
        dir.join(docx.file_name().unwrap())
    }

    /// The text of a document with every tracked change accepted (`accept`) or rejected.
    fn text(&self, docx: &Path, mode: &str) -> String {
        let out = docx.with_extension(format!("{mode}.txt"));
        let call = format!(
            "macro:///Standard.Module1.Convert(\"{}\",\"{}\",\"{mode}\")",
            docx.display(),
            out.display()
        );
        let status = std::process::Command::new(&self.soffice)
            .args(["--headless", "--norestore", &self.profile, &call])
            .stderr(std::process::Stdio::null())
            .status()
            .expect("soffice runs");
        assert!(status.success());
        std::fs::read_to_string(&out)
            .unwrap_or_else(|e| panic!("LibreOffice wrote no {}: {e}", out.display()))
    }
}

/// Run by `.ci/run`, which installs LibreOffice.
#[test]
#[ignore = "needs soffice on PATH (apt-get install libreoffice-writer-nogui); .ci/run runs it"]
fn word_redline_accepted_and_rejected_in_libreoffice_gives_both_texts() {
    let dir = tempfile::tempdir().unwrap();
    let office = Office::new(dir.path());
    let old = std::fs::read_to_string(OLD).unwrap();
    let new = std::fs::read_to_string(NEW).unwrap();
    // A point added after the last of a list (§ 205 of the Czech criminal code, 2025 -> 2026):
    // the blank line after the list was lost when LibreOffice rejected every change.
    let read =
        |name: &str| std::fs::read_to_string(format!("tests/fixtures/redline/{name}")).unwrap();
    let (cz_old, cz_new) = (read("cs-tz-205-2025.md"), read("cs-tz-205-2026.md"));
    for (k, (o, n)) in [
        (old.as_str(), new.as_str()),
        (MOVED_OLD, MOVED_NEW),
        (cz_old.as_str(), cz_new.as_str()),
    ]
    .into_iter()
    .enumerate()
    {
        let sub = dir.path().join(format!("pair{k}"));
        std::fs::create_dir(&sub).unwrap();
        let docx = docx_redline(&sub, o, n, &[]);
        // LibreOffice writes a byte-order mark; a tracked last line leaves an empty last
        // paragraph (see `trailing`).
        let (accepted, rejected) = (office.text(&docx, "accept"), office.text(&docx, "reject"));
        assert_eq!(trailing(&accepted), trailing(n), "accept all, pair {k}");
        assert_eq!(trailing(&rejected), trailing(o), "reject all, pair {k}");
        // Saved again by LibreOffice, its tracked changes read as accepted give the new text:
        // LibreOffice writes a deleted paragraph mark `<w:del …></w:del>`, not `<w:del …/>`.
        let resaved = office.resave(&docx, &sub.join("resaved"));
        let new_txt = sub.join("new.txt");
        let json = ok(&[
            "redline",
            new_txt.to_str().unwrap(),
            resaved.to_str().unwrap(),
            "--format",
            "json",
        ]);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let ops = v["ops"].as_array().unwrap();
        // (A tracked last line leaves an empty last paragraph, see `trailing`.)
        let trailing_break = |op: &serde_json::Value| {
            op["op"] == "insert" && op["text"].as_str().unwrap().trim_matches('\n').is_empty()
        };
        let (last, rest) = ops.split_last().unwrap();
        assert!(
            rest.iter().all(|op| op["op"] == "copy")
                && (last["op"] == "copy" || trailing_break(last)),
            "re-saved by LibreOffice, pair {k}: {ops:?}"
        );
        if k == 0 {
            // The example bill ends on an unchanged line: byte for byte, the mark aside.
            assert_eq!(accepted.trim_start_matches('\u{feff}'), n);
            assert_eq!(rejected.trim_start_matches('\u{feff}'), o);
        }
    }
}

/// A Word document with a three-level list (`(1)`, `a)`, `(i)`), counting and restarting.
fn nested_list() -> Vec<u8> {
    use std::io::Write;
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let lvl = |i: u8, fmt: &str, text: &str| {
        format!(
            "<w:lvl w:ilvl=\"{i}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{fmt}\"/><w:lvlText w:val=\"{text}\"/><w:suff w:val=\"space\"/></w:lvl>"
        )
    };
    let numbering = format!(
        "<w:numbering xmlns:w=\"{w}\"><w:abstractNum w:abstractNumId=\"0\">{}{}{}</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>",
        lvl(0, "decimal", "(%1)"),
        lvl(1, "lowerLetter", "%2)"),
        lvl(2, "lowerRoman", "(%3)")
    );
    let para = |ilvl: u8, text: &str| {
        format!(
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
        )
    };
    let mut body = String::from("<w:p><w:r><w:t>Article 1. Scope</w:t></w:r></w:p>");
    for (l, t) in [
        (0, "First"),
        (1, "alpha"),
        (1, "beta"),
        (2, "deep"),
        (2, "deeper"),
        (2, "deepest"),
        (2, "four"),
        (0, "Second"),
        (1, "again"),
    ] {
        body.push_str(&para(l, t));
    }
    let parts = [
        ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/></Types>".to_string()),
        ("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>".to_string()),
        ("word/_rels/document.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/></Relationships>".to_string()),
        ("word/document.xml", format!("<w:document xmlns:w=\"{w}\"><w:body>{body}</w:body></w:document>")),
        ("word/numbering.xml", numbering),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, xml) in parts {
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn nested_list_labels_count_and_restart() {
    let text = lexgap::word::docx_text(&nested_list(), 1 << 20).unwrap();
    assert_eq!(
        text,
        "Article 1. Scope\n(1) First\na) alpha\nb) beta\n(i) deep\n(ii) deeper\n(iii) deepest\n(iv) four\n(2) Second\na) again\n"
    );
}

/// Run by `.ci/run`, which installs LibreOffice.
#[test]
#[ignore = "needs soffice on PATH (apt-get install libreoffice-writer-nogui); .ci/run runs it"]
fn list_labels_read_as_libreoffice_shows_them() {
    let dir = tempfile::tempdir().unwrap();
    let office = Office::new(dir.path());
    let docx = dir.path().join("list.docx");
    let bytes = nested_list();
    std::fs::write(&docx, &bytes).unwrap();
    // LibreOffice's text export writes the labels it shows, indented by level.
    let shown = office.text(&docx, "accept");
    let lines = |s: &str| -> Vec<String> {
        s.trim_start_matches('\u{feff}')
            .lines()
            .map(|l| l.trim().to_string())
            .collect()
    };
    let ours = lexgap::word::docx_text(&bytes, 1 << 20).unwrap();
    assert_eq!(lines(&ours), lines(&shown));
}
