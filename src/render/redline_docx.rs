//! The redline as a Word document with tracked changes: the new text, with the words the
//! revision deleted and inserted as Word's own revisions (`w:del`, `w:ins`) and moved sections
//! as moves (`w:moveFrom`, `w:moveTo` with their range markers), so that a drafter can review
//! them in Word or LibreOffice and accept or reject them there. Accepting every change gives
//! the new text, rejecting every change the old one: one paragraph per line of the text. The
//! document keeps tracking changes, so a reviewer's own edits are tracked too.

use std::fmt::Write as _;

use crate::escape::{html_attr, xml_text as x};
use crate::redline::{PieceKind, Redline, tracked};

use super::docx::package_tracking;

/// Who made the changes and when, as the revisions record it.
#[derive(Clone, Debug)]
pub struct Tracking {
    /// The author of every revision (`lexgap` unless `--author` says otherwise).
    pub author: String,
    /// The date of every revision, `YYYY-MM-DDThh:mm:ssZ`.
    pub date: String,
}

/// The redline as the bytes of a `.docx` file with tracked changes.
pub fn redline_docx(r: &Redline, old: &str, new: &str, t: &Tracking) -> Vec<u8> {
    let mut w = Writer::new(t);
    for p in tracked(r, old, new) {
        let text = match p.kind {
            PieceKind::Equal | PieceKind::Inserted | PieceKind::MovedTo => {
                &new[p.new.clone().expect("a piece of the new text")]
            }
            PieceKind::Deleted | PieceKind::MovedFrom => {
                &old[p.old.clone().expect("a piece of the old text")]
            }
        };
        w.piece(p.kind, p.move_id, text);
    }
    package_tracking(&w.finish())
}

/// Builds the body paragraph by paragraph; a paragraph's mark (its line break) is tracked as
/// the piece holding it was.
struct Writer {
    attrs: String,
    body: String,
    /// The content of the open paragraph.
    para: String,
    /// Whether the open paragraph holds anything.
    open: bool,
    /// The last paragraph mark written and its kind, to know whether the text ended on one.
    last_mark: Option<PieceKind>,
    next_id: usize,
}

impl Writer {
    fn new(t: &Tracking) -> Self {
        Writer {
            attrs: format!(
                "w:author=\"{}\" w:date=\"{}\"",
                html_attr(&t.author),
                html_attr(&t.date)
            ),
            body: String::new(),
            para: String::new(),
            open: false,
            last_mark: None,
            next_id: 1,
        }
    }

    fn id(&mut self) -> usize {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Adds a piece of text of the stream.
    fn piece(&mut self, kind: PieceKind, move_id: Option<usize>, text: &str) {
        // A byte-order mark is no text a reader sees; line ends are paragraph marks.
        let text = text.replace(['\r', '\u{feff}'], "");
        if text.is_empty() {
            return;
        }
        let name = move_id.map(|k| format!("move{}", k + 1));
        let range = match kind {
            PieceKind::MovedFrom => Some("moveFrom"),
            PieceKind::MovedTo => Some("moveTo"),
            _ => None,
        };
        // A move's range marks open before its first words and close after its last.
        let range_id = range.map(|_| self.id());
        if let (Some(tag), Some(id), Some(name)) = (range, range_id, &name) {
            let _ = write!(
                self.para,
                "<w:{tag}RangeStart w:id=\"{id}\" w:name=\"{name}\" {}/>",
                self.attrs
            );
            self.open = true;
        }
        let lines: Vec<&str> = text.split('\n').collect();
        for (k, line) in lines.iter().enumerate() {
            if k > 0 {
                self.mark(kind);
            }
            self.run(kind, line);
        }
        if let (Some(tag), Some(id)) = (range, range_id) {
            let _ = write!(self.para, "<w:{tag}RangeEnd w:id=\"{id}\"/>");
            self.open = true;
        }
    }

    /// A run of one line's text (tabs as `w:tab`), inside its revision.
    fn run(&mut self, kind: PieceKind, line: &str) {
        if line.is_empty() {
            return;
        }
        let t = if kind == PieceKind::Deleted {
            "delText"
        } else {
            "t"
        };
        let mut r = String::from("<w:r>");
        for (k, part) in line.split('\t').enumerate() {
            if k > 0 {
                r.push_str("<w:tab/>");
            }
            if !part.is_empty() {
                let _ = write!(r, "<w:{t} xml:space=\"preserve\">{}</w:{t}>", x(part));
            }
        }
        r.push_str("</w:r>");
        match revision(kind) {
            None => self.para.push_str(&r),
            Some(tag) => {
                let id = self.id();
                let _ = write!(
                    self.para,
                    "<w:{tag} w:id=\"{id}\" {}>{r}</w:{tag}>",
                    self.attrs
                );
            }
        }
        self.open = true;
    }

    /// Closes the open paragraph with a mark of the given kind. The mark of a paragraph
    /// inside a move is a deletion or an insertion: Word reads that as well, and LibreOffice
    /// (7.4) does not apply a move to a paragraph mark, so accepting would leave the moved
    /// paragraphs behind as empty ones.
    fn mark(&mut self, kind: PieceKind) {
        self.body.push_str("<w:p>");
        let kind = match kind {
            PieceKind::MovedFrom => PieceKind::Deleted,
            PieceKind::MovedTo => PieceKind::Inserted,
            other => other,
        };
        if let Some(tag) = revision(kind) {
            let id = self.id();
            let _ = write!(
                self.body,
                "<w:pPr><w:rPr><w:{tag} w:id=\"{id}\" {}/></w:rPr></w:pPr>",
                self.attrs
            );
        }
        self.body.push_str(&self.para);
        self.body.push_str("</w:p>");
        self.para.clear();
        self.open = false;
        self.last_mark = Some(kind);
    }

    /// The document: a last paragraph for text after the last line break, or after a tracked
    /// last line break (so that it can be accepted or rejected).
    fn finish(mut self) -> String {
        if self.open || self.last_mark.is_none_or(|k| k != PieceKind::Equal) {
            self.body.push_str("<w:p>");
            self.body.push_str(&self.para);
            self.body.push_str("</w:p>");
        }
        document(&self.body)
    }
}

/// The revision element of a kind of piece; none for equal text.
fn revision(kind: PieceKind) -> Option<&'static str> {
    match kind {
        PieceKind::Equal => None,
        PieceKind::Deleted => Some("del"),
        PieceKind::Inserted => Some("ins"),
        PieceKind::MovedFrom => Some("moveFrom"),
        PieceKind::MovedTo => Some("moveTo"),
    }
}

/// The main part: A4 portrait, 2.5 cm margins.
fn document(body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1418\" w:right=\"1418\" w:bottom=\"1418\" w:left=\"1418\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redline::redline;

    fn xml(old: &str, new: &str) -> String {
        let r = redline(old, new);
        let t = Tracking {
            author: "a\"b".into(),
            date: "2025-03-01T00:00:00Z".into(),
        };
        let mut w = Writer::new(&t);
        for p in tracked(&r, old, new) {
            let text = match p.kind {
                PieceKind::Equal | PieceKind::Inserted | PieceKind::MovedTo => &new[p.new.unwrap()],
                _ => &old[p.old.unwrap()],
            };
            w.piece(p.kind, p.move_id, text);
        }
        w.finish()
    }

    #[test]
    fn markup_in_the_text_is_text_and_deleted_lines_lose_their_mark() {
        let x = xml(
            "\u{feff}Article 1. A\r\n(1) <b> & ten\u{1}\r\n(2) gone\r\n",
            "Article 1. A\r\n(1) <b> & five\u{1}\r\n",
        );
        assert!(x.contains("(1) &lt;b&gt; &amp; </w:t>"), "{x}");
        assert!(
            !x.contains('\u{1}') && !x.contains('\r') && !x.contains('\u{feff}'),
            "{x}"
        );
        assert!(x.contains("w:author=\"a&quot;b\""), "{x}");
        // The line `(2) gone` is deleted with its paragraph mark.
        assert!(
            x.contains("<w:p><w:pPr><w:rPr><w:del w:id=")
                && x.contains("<w:delText xml:space=\"preserve\">(2) gone</w:delText>"),
            "{x}"
        );
    }
}
