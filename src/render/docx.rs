//! The gap report as a Word document (Office Open XML, `.docx`) a ministry can edit and send:
//! headings, the summary, one page-wide table per standard, the reasons as readable text.
//! Written by hand on the `zip` crate: four small XML parts, no template, byte-identical for
//! the same input (fixed file times).

use std::fmt::Write as _;
use std::io::Write as _;

use crate::assess::{Assessment, Status};
use crate::escape::xml_text as x;

use super::report::{
    Listing, SCORE_NOTE, coverage_text, domestic, generated_line, mark, ordered, scope_lines,
    score_text, subtitle, summary_paragraph, title, treaty_line, why,
};

/// The report as the bytes of a `.docx` file.
pub fn report_docx(a: &Assessment, listing: Listing) -> Vec<u8> {
    let mut body = String::new();
    para(&mut body, Some("Title"), &title(a));
    for l in subtitle(a)
        .into_iter()
        .chain(scope_lines(a))
        .chain(generated_line(a))
    {
        para(&mut body, None, &l);
    }
    para(&mut body, Some("Heading1"), "Summary");
    para(&mut body, None, &summary_paragraph(a));
    summary_table(&mut body, a);
    para(&mut body, Some("Small"), SCORE_NOTE);
    for s in &a.standards {
        para(
            &mut body,
            Some("Heading1"),
            &format!("{} ({}) — score {}", s.title, s.number, score_text(s)),
        );
        if let Some(l) = treaty_line(s) {
            para(&mut body, None, &l);
        }
        let rows = ordered(s, listing);
        if rows.is_empty() {
            para(
                &mut body,
                None,
                "Every provision in scope is fully implemented.",
            );
            continue;
        }
        let mut t = Table::new(&[14, 9, 27, 32, 18]);
        t.header(&[
            "Provision",
            "Status",
            "What it requires",
            "Why",
            "Domestic law",
        ]);
        let mut shown = Vec::new();
        for r in rows {
            t.row(
                &[
                    vec![r.label.clone()],
                    vec![mark(r)],
                    vec![format!("{}: {}", r.article_heading, r.summary)],
                    why(r, &mut shown),
                    domestic(r),
                ],
                Some(r.status),
            );
        }
        body.push_str(&t.finish());
    }
    para(
        &mut body,
        Some("Small"),
        "Made by lexgap. Summaries are lexgap's own words, not treaty text.",
    );
    package(&document(&body))
}

fn summary_table(body: &mut String, a: &Assessment) {
    let mut t = Table::new(&[34, 11, 16, 7, 7, 7, 9, 9]);
    t.header(&[
        "Standard", "Score", "Coverage", "Full", "Partial", "None", "Unknown", "Reserved",
    ]);
    for s in &a.standards {
        let c = &s.counts;
        let cells: Vec<Vec<String>> = [
            format!("{} ({})", s.title, s.number),
            score_text(s),
            coverage_text(s),
            c.full.to_string(),
            c.partial.to_string(),
            c.none.to_string(),
            c.unknown.to_string(),
            c.reserved.to_string(),
        ]
        .into_iter()
        .map(|t| vec![t])
        .collect();
        t.row(&cells, None);
    }
    body.push_str(&t.finish());
}

/// A paragraph; `text` may hold line breaks.
fn para(out: &mut String, style: Option<&str>, text: &str) {
    out.push_str("<w:p>");
    if let Some(s) = style {
        let _ = write!(out, "<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>");
    }
    runs(out, text);
    out.push_str("</w:p>");
}

/// Runs of text with `<w:br/>` for line breaks.
fn runs(out: &mut String, text: &str) {
    for (i, line) in text.split('\n').enumerate() {
        out.push_str("<w:r>");
        if i > 0 {
            out.push_str("<w:br/>");
        }
        let _ = write!(out, "<w:t xml:space=\"preserve\">{}</w:t></w:r>", x(line));
    }
}

/// Shading of a status cell: light fills that print legibly in greyscale, with the word.
fn fill(status: Status) -> &'static str {
    match status {
        Status::None => "F8D0D0",
        Status::Partial => "FBE9B7",
        Status::Unknown => "E6DCF2",
        Status::Reserved => "D6E4F5",
        Status::Full => "D4EED4",
    }
}

/// A page-wide table with a repeated header row; widths in percent of the text width.
struct Table {
    widths: Vec<u32>,
    xml: String,
}

impl Table {
    fn new(widths: &[u32]) -> Self {
        let mut xml = String::from(
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"Grid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>",
        );
        // Twentieths of a point, for A4 landscape with 2 cm margins (about 25.7 cm of text).
        for w in widths {
            let _ = write!(xml, "<w:gridCol w:w=\"{}\"/>", 14570 * w / 100);
        }
        xml.push_str("</w:tblGrid>");
        Table {
            widths: widths.to_vec(),
            xml,
        }
    }

    fn header(&mut self, cells: &[&str]) {
        self.xml
            .push_str("<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
        for (text, w) in cells.iter().zip(&self.widths) {
            let _ = write!(
                self.xml,
                "<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"pct\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E6E6E6\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"Cell\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p></w:tc>",
                w * 50,
                x(text)
            );
        }
        self.xml.push_str("</w:tr>");
    }

    /// A row; each cell is a list of paragraphs. The status column (the second) is shaded.
    fn row(&mut self, cells: &[Vec<String>], status: Option<Status>) {
        self.xml.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (i, (paras, w)) in cells.iter().zip(&self.widths).enumerate() {
            let shade = match status {
                Some(s) if i == 1 => format!(
                    "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{}\"/>",
                    fill(s)
                ),
                _ => String::new(),
            };
            let _ = write!(
                self.xml,
                "<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"pct\"/>{shade}</w:tcPr>",
                w * 50
            );
            if paras.is_empty() {
                self.xml
                    .push_str("<w:p><w:pPr><w:pStyle w:val=\"Cell\"/></w:pPr></w:p>");
            }
            for p in paras {
                para(&mut self.xml, Some("Cell"), p);
            }
            self.xml.push_str("</w:tc>");
        }
        self.xml.push_str("</w:tr>");
    }

    fn finish(mut self) -> String {
        self.xml.push_str("</w:tbl><w:p/>");
        self.xml
    }
}

const NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

fn document(body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document {NS}><w:body>{body}<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    )
}

const STYLES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\"/><w:sz w:val=\"21\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>",
    "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\"/></w:pPr></w:pPrDefault></w:docDefaults>",
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"200\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:keepNext/><w:spacing w:before=\"280\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Cell\"><w:name w:val=\"Table Cell\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"40\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Small\"><w:name w:val=\"Small\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:sz w:val=\"16\"/></w:rPr></w:style>",
    "<w:style w:type=\"table\" w:styleId=\"Grid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>",
    "<w:top w:val=\"single\" w:sz=\"4\" w:color=\"999999\"/><w:left w:val=\"single\" w:sz=\"4\" w:color=\"999999\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:color=\"999999\"/><w:right w:val=\"single\" w:sz=\"4\" w:color=\"999999\"/>",
    "<w:insideH w:val=\"single\" w:sz=\"4\" w:color=\"999999\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:color=\"999999\"/></w:tblBorders>",
    "<w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>",
    "</w:styles>"
);

const CONTENT_TYPES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>",
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>",
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>",
    "</Types>"
);

const RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>",
    "</Relationships>"
);

const DOCUMENT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>",
    "</Relationships>"
);

/// The zip package, with a fixed file time so that the same report gives the same bytes.
pub(super) fn package(document: &str) -> Vec<u8> {
    zip_parts(&[
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", STYLES),
        ("word/document.xml", document),
    ])
}

/// The package of a document under review: as [`package`], with settings that keep tracking
/// changes, so that a reviewer's own edits are tracked too.
pub(super) fn package_tracking(document: &str) -> Vec<u8> {
    let types = CONTENT_TYPES.replace(
        "</Types>",
        "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/></Types>",
    );
    let rels = DOCUMENT_RELS.replace(
        "</Relationships>",
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/></Relationships>",
    );
    zip_parts(&[
        ("[Content_Types].xml", &types),
        ("_rels/.rels", RELS),
        ("word/_rels/document.xml.rels", &rels),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS_TRACKING),
        ("word/document.xml", document),
    ])
}

const SETTINGS_TRACKING: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:trackRevisions/></w:settings>"
);

/// Zips parts in the order given, deflated, with a fixed file time.
fn zip_parts(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for &(name, text) in parts {
        zip.start_file(name, options)
            .expect("writing to memory cannot fail");
        zip.write_all(text.as_bytes())
            .expect("writing to memory cannot fail");
    }
    zip.finish()
        .expect("writing to memory cannot fail")
        .into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_line_breaks_become_breaks() {
        let mut out = String::new();
        para(&mut out, None, "a <b> & c\nd");
        assert_eq!(
            out,
            "<w:p><w:r><w:t xml:space=\"preserve\">a &lt;b&gt; &amp; c</w:t></w:r><w:r><w:br/><w:t xml:space=\"preserve\">d</w:t></w:r></w:p>"
        );
    }
}
