//! Word documents (`.docx`) as input: the text a person sees, one line per paragraph, with the
//! labels of automatic numbering written out (`(1) `, `a) `) as they appear on the page.
//!
//! Tracked changes are read as the document stands with every change accepted (what the
//! drafter proposes), or, on request, with every change rejected. Hidden text, deleted text,
//! field codes, text boxes and the old properties kept by tracked formatting changes are left
//! out; a line break inside a paragraph is a line break; a tab is a tab; what follows a
//! numbering label (a tab or a space in Word) is one space.

mod numbering;

use std::collections::HashMap;
use std::fmt;
use std::io::Read;

use quick_xml::events::{BytesStart, Event};

use numbering::Numbering;

/// Which version of a document with tracked changes to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Revisions {
    /// Every change accepted: insertions kept, deletions dropped, moves at their new place.
    Accept,
    /// Every change rejected: the text before the changes.
    Reject,
}

/// Why a file could not be read as a Word document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordError {
    /// What went wrong, in a reader's words.
    pub message: String,
}

impl fmt::Display for WordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WordError {}

impl WordError {
    fn new(message: impl Into<String>) -> Self {
        WordError {
            message: message.into(),
        }
    }

    /// Maps an XML error in a part to a message naming the part.
    fn xml(part: &'static str) -> impl Fn(quick_xml::Error) -> WordError {
        move |e| {
            WordError::new(format!(
                "the document's {part} part is not well-formed XML: {e}"
            ))
        }
    }
}

/// Whether bytes are a zip package (a `.docx` is one), by their first four bytes.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The text of a Word document with its tracked changes accepted; no part may unpack to more
/// than `limit` bytes.
pub fn docx_text(bytes: &[u8], limit: u64) -> Result<String, WordError> {
    docx_text_with(bytes, limit, Revisions::Accept)
}

/// The text of a Word document with its tracked changes accepted or rejected.
pub fn docx_text_with(bytes: &[u8], limit: u64, revisions: Revisions) -> Result<String, WordError> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| WordError::new(format!("not a Word document (.docx): {e}")))?;
    let document = part(&mut zip, "word/document.xml", limit)?.ok_or_else(|| {
        WordError::new("a zip file without word/document.xml: not a Word document (.docx)")
    })?;
    let numbering = match part(&mut zip, "word/numbering.xml", limit)? {
        Some(xml) => Numbering::parse(&xml)?,
        None => Numbering::default(),
    };
    let styles = match part(&mut zip, "word/styles.xml", limit)? {
        Some(xml) => Styles::parse(&xml)?,
        None => Styles::default(),
    };
    Body {
        numbering,
        styles,
        revisions,
    }
    .read(&document)
}

/// A part of the package as text; `None` when absent.
fn part<R: std::io::Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
    limit: u64,
) -> Result<Option<String>, WordError> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(WordError::new(format!("cannot read {name}: {e}"))),
    };
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| WordError::new(format!("cannot unpack {name}: {e}")))?;
    if bytes.len() as u64 > limit {
        return Err(WordError::new(format!(
            "{name} unpacks to more than {} (the input limit)",
            crate::input::human_size(limit)
        )));
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| WordError::new(format!("{name} is not UTF-8 text")))
}

/// The value of an attribute by its local name (`w:val` → `val`).
pub(crate) fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == name)
            .then(|| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .ok()
                    .map(|v| v.into_owned())
            })
            .flatten()
    })
}

/// Whether an on/off property (`w:vanish`, `w:vanish w:val="0"`) is on.
fn on(e: &BytesStart) -> bool {
    !matches!(attr(e, "val").as_deref(), Some("0" | "false" | "off"))
}

/// The numbering that paragraph styles carry (`w:style/w:pPr/w:numPr`), by style id.
#[derive(Debug, Default)]
struct Styles {
    styles: HashMap<String, StyleNum>,
    default: Option<String>,
}

#[derive(Clone, Debug, Default)]
struct StyleNum {
    based_on: Option<String>,
    num_id: Option<String>,
    ilvl: Option<usize>,
}

impl Styles {
    fn parse(xml: &str) -> Result<Self, WordError> {
        let mut s = Styles::default();
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut current: Option<(String, StyleNum)> = None;
        loop {
            match reader.read_event().map_err(WordError::xml("styles"))? {
                Event::Start(e) if e.local_name().as_ref() == "style" => {
                    let id = attr(&e, "styleId").unwrap_or_default();
                    if attr(&e, "default").as_deref() == Some("1")
                        && attr(&e, "type").as_deref() == Some("paragraph")
                    {
                        s.default = Some(id.clone());
                    }
                    current = Some((id, StyleNum::default()));
                }
                Event::Start(e) | Event::Empty(e) => {
                    if let Some((_, st)) = &mut current {
                        match e.local_name().as_ref() {
                            "basedOn" => st.based_on = attr(&e, "val"),
                            "numId" => st.num_id = attr(&e, "val"),
                            "ilvl" => st.ilvl = attr(&e, "val").and_then(|v| v.parse().ok()),
                            _ => {}
                        }
                    }
                }
                Event::End(e) if e.local_name().as_ref() == "style" => {
                    if let Some((id, st)) = current.take() {
                        s.styles.insert(id, st);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(s)
    }

    /// The list and level a style gives its paragraphs, through its `basedOn` chain.
    fn numbering(&self, style: Option<&str>) -> (Option<String>, Option<usize>) {
        let mut id = style.map(str::to_string).or_else(|| self.default.clone());
        let (mut num, mut lvl) = (None, None);
        for _ in 0..16 {
            let Some(st) = id.as_ref().and_then(|i| self.styles.get(i)) else {
                break;
            };
            num = num.or_else(|| st.num_id.clone());
            lvl = lvl.or(st.ilvl);
            id = st.based_on.clone();
        }
        (num, lvl)
    }
}

/// A paragraph being read.
#[derive(Default)]
struct Para {
    text: String,
    num_id: Option<String>,
    ilvl: Option<usize>,
    style: Option<String>,
    /// Its mark (the break after it) is gone in the version read: it joins the next one.
    joined: bool,
}

/// Where the reader stands: in a paragraph's properties, in its mark's run properties, in a
/// run, in a run's properties.
#[derive(Clone, Copy, Default)]
struct Place {
    in_ppr: bool,
    in_mark: bool,
    in_run: bool,
    in_rpr: bool,
}

/// Reads an element that holds no text of its own (a mark's revision, numbering, a style,
/// hidden text, a tab, a break), written empty or not.
fn leaf(
    e: &BytesStart,
    at: Place,
    dropped: &[&str],
    para: &mut Option<Para>,
    run: &mut String,
    hidden: &mut bool,
) {
    let name = e.local_name();
    match name.as_ref() {
        n if at.in_mark && dropped.contains(&n) => {
            if let Some(p) = para {
                p.joined = true;
            }
        }
        "numId" if at.in_ppr && !at.in_mark => {
            if let Some(p) = para {
                p.num_id = attr(e, "val");
            }
        }
        "ilvl" if at.in_ppr && !at.in_mark => {
            if let Some(p) = para {
                p.ilvl = attr(e, "val").and_then(|v| v.parse().ok());
            }
        }
        "pStyle" if at.in_ppr => {
            if let Some(p) = para {
                p.style = attr(e, "val");
            }
        }
        "vanish" if at.in_rpr => *hidden = on(e),
        "tab" if at.in_run && !at.in_rpr => run.push('\t'),
        "br" if at.in_run && !matches!(attr(e, "type").as_deref(), Some("page" | "column")) => {
            run.push('\n')
        }
        "cr" if at.in_run => run.push('\n'),
        "noBreakHyphen" if at.in_run => run.push('-'),
        _ => {}
    }
}

/// Reads `word/document.xml`.
struct Body {
    numbering: Numbering,
    styles: Styles,
    revisions: Revisions,
}

/// Elements whose content a reader never sees: field codes, text boxes (read where they are
/// anchored, they would interrupt the sentence), the alternative of alternate content, and the
/// old properties kept by tracked formatting changes.
const UNSEEN: &[&str] = &[
    "instrText",
    "delInstrText",
    "txbxContent",
    "Fallback",
    "pPrChange",
    "rPrChange",
    "numberingChange",
    "sectPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
];

impl Body {
    fn read(mut self, xml: &str) -> Result<String, WordError> {
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut out = String::new();
        // Text of paragraphs whose mark is gone, waiting for the paragraph they join.
        let mut pending = String::new();
        let mut para: Option<Para> = None;
        let mut skip = 0usize;
        let mut at = Place::default();
        let mut in_t = false;
        let mut run = String::new();
        let mut hidden = false;
        let dropped: &[&str] = match self.revisions {
            Revisions::Accept => &["del", "moveFrom"],
            Revisions::Reject => &["ins", "moveTo"],
        };
        loop {
            let ev = reader.read_event().map_err(WordError::xml("document"))?;
            if skip > 0 {
                match ev {
                    Event::Start(_) => skip += 1,
                    Event::End(_) => skip -= 1,
                    Event::Eof => break,
                    _ => {}
                }
                continue;
            }
            match ev {
                Event::Start(e) => {
                    let name = e.local_name();
                    let name = name.as_ref();
                    if UNSEEN.contains(&name) || (!at.in_mark && dropped.contains(&name)) {
                        skip = 1;
                        continue;
                    }
                    match name {
                        "p" => para = Some(Para::default()),
                        "pPr" => at.in_ppr = true,
                        "rPr" if at.in_ppr => at.in_mark = true,
                        "r" => {
                            at.in_run = true;
                            hidden = false;
                            run.clear();
                        }
                        "rPr" if at.in_run => at.in_rpr = true,
                        "t" | "delText" if at.in_run => in_t = true,
                        // Writers may close an element of no content either way:
                        // LibreOffice writes a deleted paragraph mark `<w:del …></w:del>`.
                        _ => leaf(&e, at, dropped, &mut para, &mut run, &mut hidden),
                    }
                }
                Event::Empty(e) => {
                    if e.local_name().as_ref() == "p" {
                        self.finish(Para::default(), &mut pending, &mut out);
                    } else {
                        leaf(&e, at, dropped, &mut para, &mut run, &mut hidden);
                    }
                }
                Event::Text(t) if in_t => run.push_str(&t.xml10_content()),
                Event::GeneralRef(r) if in_t => {
                    if let Ok(Some(c)) = r.resolve_char_ref() {
                        run.push(c);
                    } else if let Some(s) =
                        quick_xml::escape::resolve_predefined_entity(&r.xml10_content())
                    {
                        run.push_str(s);
                    }
                }
                Event::End(e) => match e.local_name().as_ref() {
                    "t" | "delText" => in_t = false,
                    "rPr" if at.in_rpr => at.in_rpr = false,
                    "rPr" if at.in_mark => at.in_mark = false,
                    "pPr" => at.in_ppr = false,
                    "r" => {
                        at.in_run = false;
                        if !hidden && let Some(p) = &mut para {
                            p.text.push_str(&run);
                        }
                        run.clear();
                    }
                    "p" => {
                        if let Some(p) = para.take() {
                            self.finish(p, &mut pending, &mut out);
                        }
                    }
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        out.push_str(&pending);
        Ok(out)
    }

    /// Writes a paragraph as a line: its numbering label, then its text.
    fn finish(&mut self, p: Para, pending: &mut String, out: &mut String) {
        if p.joined {
            pending.push_str(&p.text);
            return;
        }
        let (style_num, style_lvl) = self.styles.numbering(p.style.as_deref());
        let num = p.num_id.or(style_num).filter(|n| n != "0");
        let label = num.and_then(|n| {
            self.numbering
                .next_label(&n, p.ilvl.or(style_lvl).unwrap_or(0))
        });
        out.push_str(label.as_deref().unwrap_or(""));
        out.push_str(pending);
        out.push_str(&p.text);
        out.push('\n');
        pending.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(xml: &str, rev: Revisions) -> String {
        Body {
            numbering: Numbering::default(),
            styles: Styles::default(),
            revisions: rev,
        }
        .read(&format!(
            r#"<w:document xmlns:w="w"><w:body>{xml}</w:body></w:document>"#
        ))
        .unwrap()
    }

    #[test]
    fn tracked_changes_are_accepted_or_rejected() {
        let xml = r#"<w:p><w:r><w:t xml:space="preserve">under </w:t></w:r><w:del w:id="1"><w:r><w:delText>fourteen</w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>fifteen</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> years &amp; more</w:t></w:r></w:p>"#;
        assert_eq!(body(xml, Revisions::Accept), "under fifteen years & more\n");
        assert_eq!(
            body(xml, Revisions::Reject),
            "under fourteen years & more\n"
        );
    }

    #[test]
    fn a_deleted_paragraph_mark_joins_the_paragraphs() {
        let xml = r#"<w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr><w:r><w:t>one</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve"> two</w:t></w:r></w:p>"#;
        assert_eq!(body(xml, Revisions::Accept), "one two\n");
        assert_eq!(body(xml, Revisions::Reject), "one\n two\n");
    }

    #[test]
    fn elements_written_with_an_end_tag_read_as_empty_ones() {
        // LibreOffice 7.4 saves a deleted paragraph mark as `<w:del …></w:del>`: a Word
        // redline of the Strafgesetzbuch re-saved in LibreOffice read with 1,181 false changes.
        let xml = r#"<w:p><w:pPr><w:pStyle w:val="Normal"></w:pStyle><w:rPr><w:del w:id="64" w:author="a"></w:del></w:rPr></w:pPr><w:r><w:rPr><w:vanish></w:vanish></w:rPr><w:t>hidden</w:t></w:r><w:r><w:rPr></w:rPr><w:t>one</w:t><w:tab></w:tab><w:t>1</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve"> two</w:t><w:br></w:br><w:t>three</w:t></w:r></w:p>"#;
        assert_eq!(body(xml, Revisions::Accept), "one\t1 two\nthree\n");
        assert_eq!(body(xml, Revisions::Reject), "one\t1\n two\nthree\n");
    }

    #[test]
    fn hidden_text_field_codes_and_tab_stops_are_not_text() {
        let xml = r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:rPr><w:vanish/></w:rPr><w:t>secret</w:t></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p><w:p/>"#;
        assert_eq!(body(xml, Revisions::Accept), "a\tb\nc\n\n");
    }

    #[test]
    fn not_a_docx() {
        assert!(docx_text(b"plain text", 1000).is_err());
        assert!(!is_zip(b"plain"));
    }
}
