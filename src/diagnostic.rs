//! Diagnostics: problems found in an input file, with a stable code, a span and a hint.
//!
//! Every loader collects `Diagnostic`s instead of stopping at the first problem; rendering them
//! (with the source line and a caret) is done by codespan-reporting.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, Config, Styles, StylesWriter, termcolor};
use serde::Serialize;

use crate::escape;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Reported, but the input is still usable.
    Warning,
    /// The input cannot be used.
    Error,
}

/// Identifies a source file registered in [`Sources`].
pub type FileId = usize;

/// One problem in one input, pointing at a byte range of a source file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable identifier of the kind of problem (`unknown-ref`), for scripts and tests.
    pub code: &'static str,
    /// One line saying what is wrong.
    pub message: String,
    /// Where, if the problem has a place in a file.
    pub location: Option<(FileId, Range<usize>)>,
    /// A short label under the caret.
    pub label: String,
    /// What to do about it.
    pub hints: Vec<String>,
}

impl Diagnostic {
    /// An error with a stable code and a message.
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            location: None,
            label: String::new(),
            hints: Vec::new(),
        }
    }

    /// A warning with a stable code and a message.
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    /// Points the diagnostic at a byte range of a file, with a label under the caret.
    pub fn at(mut self, file: FileId, span: Range<usize>, label: impl Into<String>) -> Self {
        self.location = Some((file, span));
        self.label = label.into();
        self
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// The same diagnostic with its file id moved by `shift` (after [`Sources::absorb`]).
    pub fn shifted(mut self, shift: FileId) -> Self {
        if let Some((file, _)) = &mut self.location {
            *file += shift;
        }
        self
    }

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The source texts that diagnostics point into.
#[derive(Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

struct SourceFile {
    path: PathBuf,
    text: String,
    /// Byte offset of the start of every line, for line and column look-ups.
    line_starts: Vec<usize>,
}

/// How many diagnostics of one code are shown in full before the rest are counted.
const SHOWN_PER_CODE: usize = 20;

/// How many characters of a long source line are shown around the place of a problem.
const WINDOW_CHARS: usize = 120;

impl Sources {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers a source text under a display name and returns its id.
    pub fn add(&mut self, path: &Path, text: String) -> FileId {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        self.files.push(SourceFile {
            path: path.to_path_buf(),
            text,
            line_starts,
        });
        self.files.len() - 1
    }

    /// Moves every file of `other` into this store; returns how far their ids moved.
    pub fn absorb(&mut self, other: Sources) -> FileId {
        let shift = self.files.len();
        self.files.extend(other.files);
        shift
    }

    /// How many files are registered.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether no file is registered.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The text of a registered file.
    pub fn text(&self, id: FileId) -> &str {
        self.files.get(id).map_or("", |f| f.text.as_str())
    }

    /// The path a file was registered under.
    pub fn path(&self, id: FileId) -> &Path {
        &self.files[id].path
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, id: FileId, offset: usize) -> (usize, usize) {
        let Some(f) = self.files.get(id) else {
            return (1, 1);
        };
        let offset = floor_char_boundary(&f.text, offset.min(f.text.len()));
        let line = f.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = f.line_starts[line - 1];
        (line, f.text[start..offset].chars().count() + 1)
    }

    /// Renders diagnostics for people: file:line:col, the line (a window of it when it is
    /// long), a caret and the hints. After 20 problems of one kind the rest are counted.
    pub fn render(&self, diagnostics: &[Diagnostic], color: bool) -> String {
        let config = Config::default();
        let styles = Styles::default();
        let mut buffer = if color {
            termcolor::Buffer::ansi()
        } else {
            termcolor::Buffer::no_color()
        };
        let mut shown: HashMap<&str, usize> = HashMap::new();
        let mut omitted: BTreeMap<&str, usize> = BTreeMap::new();
        for d in diagnostics {
            let n = shown.entry(d.code).or_default();
            if *n >= SHOWN_PER_CODE {
                *omitted.entry(d.code).or_default() += 1;
                continue;
            }
            *n += 1;
            let excerpt = d
                .location
                .as_ref()
                .map(|(id, span)| self.excerpt(*id, span));
            let mut writer = StylesWriter::new(&mut buffer, &styles);
            let cs = to_codespan(d, excerpt.as_ref().map(|e| e.span.clone()));
            let files = ExcerptFiles(excerpt);
            // Rendering into memory fails only if a span is outside its file: fall back to text.
            if term::emit_to_write_style(&mut writer, &config, &files, &cs).is_err() {
                buffer_push(
                    &mut buffer,
                    &format!("error: {}\n", escape::terminal(&d.message)),
                );
            }
        }
        for (code, n) in omitted {
            buffer_push(
                &mut buffer,
                &format!(
                    "… and {n} more `{code}` problem{} like the {SHOWN_PER_CODE} above (`lexgap check --json` lists them all)\n\n",
                    if n == 1 { "" } else { "s" }
                ),
            );
        }
        String::from_utf8_lossy(buffer.as_slice()).into_owned()
    }

    /// The line of a span, cut to a window around it when long, with hidden characters shown.
    fn excerpt(&self, id: FileId, span: &Range<usize>) -> Excerpt {
        let f = &self.files[id];
        let (line, column) = self.line_column(id, span.start);
        let start = floor_char_boundary(&f.text, span.start.min(f.text.len()));
        let line_start = f.line_starts[line - 1];
        let line_end = f.text[line_start..]
            .find('\n')
            .map_or(f.text.len(), |i| line_start + i);
        let end = floor_char_boundary(&f.text, span.end.clamp(start, line_end));
        let (from, to) = window(
            &f.text[line_start..line_end],
            start - line_start,
            end - line_start,
        );
        let (from, to) = (line_start + from, line_start + to);
        let mut text = String::new();
        if from > line_start {
            text.push('…');
        }
        let caret_start = text.len() + escape::terminal(&f.text[from..start]).len();
        let caret_end = caret_start + escape::terminal(&f.text[start..end]).len();
        text.push_str(&escape::terminal(&f.text[from..to]));
        if to < line_end {
            text.push('…');
        }
        let shown_before = text[..caret_start].chars().count();
        Excerpt {
            name: f.path.display().to_string(),
            text,
            line,
            column_shift: column as isize - 1 - shown_before as isize,
            span: caret_start..caret_end,
        }
    }

    /// Diagnostics as JSON values (file, line, column, code, message, hints), for scripts.
    pub fn to_json(&self, diagnostics: &[Diagnostic]) -> serde_json::Value {
        let items: Vec<serde_json::Value> = diagnostics
            .iter()
            .map(|d| {
                let (file, line, column) = match &d.location {
                    Some((id, span)) => {
                        let (l, c) = self.line_column(*id, span.start);
                        (Some(self.path(*id).display().to_string()), Some(l), Some(c))
                    }
                    None => (None, None, None),
                };
                serde_json::json!({
                    "severity": d.severity,
                    "code": d.code,
                    "message": d.message,
                    "file": file,
                    "line": line,
                    "column": column,
                    "hints": d.hints,
                })
            })
            .collect();
        serde_json::Value::Array(items)
    }
}

/// The byte range of a line to show around `start..end`: the whole line when short, else
/// about [`WINDOW_CHARS`] characters starting a little before the problem.
fn window(line: &str, start: usize, end: usize) -> (usize, usize) {
    if line.chars().count() <= WINDOW_CHARS {
        return (0, line.len());
    }
    let before = line[..start].char_indices().rev().nth(WINDOW_CHARS / 4);
    let from = before.map_or(0, |(i, _)| i);
    let after_end = line[end..].char_indices().nth(WINDOW_CHARS / 2);
    let to = after_end.map_or(line.len(), |(i, _)| end + i);
    let to = line[from..]
        .char_indices()
        .nth(WINDOW_CHARS)
        .map_or(to, |(i, _)| to.min(from + i).max(end));
    (from, to)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One line of a source (or a window of it) standing in for the file when a diagnostic is
/// drawn; line and column numbers are those of the whole file.
struct Excerpt {
    name: String,
    text: String,
    line: usize,
    /// Characters of the real line not shown before the window, less the `…` added.
    column_shift: isize,
    /// The span in `text`.
    span: Range<usize>,
}

/// The one excerpt a diagnostic is drawn from, as codespan's file store.
struct ExcerptFiles(Option<Excerpt>);

impl ExcerptFiles {
    fn get(&self) -> Result<&Excerpt, FilesError> {
        self.0.as_ref().ok_or(FilesError::FileMissing)
    }
}

impl<'a> Files<'a> for ExcerptFiles {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, _: FileId) -> Result<&'a str, FilesError> {
        Ok(&self.get()?.name)
    }

    fn source(&'a self, _: FileId) -> Result<&'a str, FilesError> {
        Ok(&self.get()?.text)
    }

    fn line_index(&'a self, _: FileId, _: usize) -> Result<usize, FilesError> {
        Ok(0)
    }

    fn line_number(&'a self, _: FileId, _: usize) -> Result<usize, FilesError> {
        Ok(self.get()?.line)
    }

    fn column_number(&'a self, _: FileId, _: usize, byte: usize) -> Result<usize, FilesError> {
        let e = self.get()?;
        let shown = e.text[..floor_char_boundary(&e.text, byte.min(e.text.len()))]
            .chars()
            .count();
        Ok((shown as isize + e.column_shift).max(0) as usize + 1)
    }

    fn line_range(&'a self, _: FileId, _: usize) -> Result<Range<usize>, FilesError> {
        Ok(0..self.get()?.text.len())
    }
}

fn to_codespan(d: &Diagnostic, span: Option<Range<usize>>) -> CsDiagnostic<FileId> {
    let severity = match d.severity {
        Severity::Error => CsSeverity::Error,
        Severity::Warning => CsSeverity::Warning,
    };
    let mut out = CsDiagnostic::new(severity)
        .with_code(d.code)
        .with_message(escape::terminal(&d.message))
        .with_notes(
            d.hints
                .iter()
                .map(|h| format!("hint: {}", escape::terminal(h)))
                .collect(),
        );
    if let Some(span) = span {
        out = out.with_labels(vec![
            Label::primary(0, span).with_message(escape::terminal(&d.label)),
        ]);
    }
    out
}

fn buffer_push(buffer: &mut termcolor::Buffer, text: &str) {
    use std::io::Write;
    let _ = buffer.write_all(text.as_bytes());
}

/// Rewrites serde's vocabulary (`sequence`, `map`, `struct RawEntry`) in the words of TOML.
pub fn plain_words(message: &str) -> String {
    let mut out = match message
        .strip_prefix("invalid type: ")
        .and_then(|m| m.split_once(", expected "))
    {
        Some((found, expected)) => format!("expected {expected}, not {found}"),
        None => message.to_string(),
    };
    for (from, to) in [
        ("a sequence", "a list [..]"),
        ("sequence", "list"),
        ("a map", "a table"),
        ("struct Raw", "table "),
        ("expected a borrowed string", "expected a string"),
        ("unknown variant", "unknown value"),
        ("i64", "a whole number"),
        ("a boolean", "true or false"),
    ] {
        out = out.replace(from, to);
    }
    if let Some(rest) = out.strip_prefix("unknown field `") {
        out = format!("unknown key `{rest}");
        out = out.replace(", expected one of", "; the keys here are");
        out = out.replace(", expected", "; the key here is");
    }
    if let Some(rest) = out.strip_prefix("missing field `") {
        out = format!("missing key `{rest}");
    }
    // Any remaining `RawSomething`: the names of the raw structs profiles and standards are
    // read into.
    while let Some(i) = out
        .match_indices("Raw")
        .map(|(i, _)| i)
        .find(|&i| out[i + 3..].starts_with(|c: char| c.is_ascii_uppercase()))
    {
        let end = out[i..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .map_or(out.len(), |e| i + e);
        out.replace_range(i..end, "table");
    }
    out
}

/// Byte span of a TOML deserialisation error, falling back to the start of the file.
pub fn toml_error_span(error: &toml::de::Error) -> Range<usize> {
    error.span().unwrap_or(0..0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_file_line_column_caret_and_hint() {
        let mut sources = Sources::new();
        let id = sources.add(Path::new("x.toml"), "a = 1\nb = oops\n".to_string());
        let d = Diagnostic::error("bad-value", "b is not a value")
            .at(id, 10..14, "here")
            .hint("quote strings");
        let text = sources.render(&[d], false);
        assert!(text.contains("x.toml:2:5"), "{text}");
        assert!(text.contains("^^^^ here"), "{text}");
        assert!(text.contains("hint: quote strings"), "{text}");
        assert_eq!(sources.line_column(id, 10), (2, 5));
    }

    #[test]
    fn a_long_line_is_shown_as_a_window_with_the_true_column() {
        let mut sources = Sources::new();
        let line = format!("by = [{}\"bad\"]", "\"cc:1\", ".repeat(2000));
        let start = line.find("\"bad\"").unwrap();
        let id = sources.add(Path::new("x.toml"), format!("a = 1\n{line}\n"));
        let offset = 6 + start;
        let d = Diagnostic::error("undeclared-law", "no").at(id, offset..offset + 5, "here");
        let text = sources.render(&[d], false);
        assert!(text.len() < 1000, "{} bytes: {text}", text.len());
        assert!(text.contains(&format!("x.toml:2:{}", start + 1)), "{text}");
        assert!(text.contains('…'), "{text}");
        let source_line = text.lines().find(|l| l.contains("\"bad\"")).unwrap();
        let caret_line = text.lines().find(|l| l.contains("^^^^^")).unwrap();
        let col =
            |l: &str, pat: &str| l.chars().count() - l[l.find(pat).unwrap()..].chars().count();
        assert_eq!(
            col(source_line, "\"bad\""),
            col(caret_line, "^^^^^"),
            "{text}"
        );
    }

    #[test]
    fn serde_words_become_toml_words() {
        assert_eq!(
            plain_words("invalid type: string \"x\", expected a sequence"),
            "expected a list [..], not string \"x\""
        );
        assert_eq!(
            plain_words("missing field `heading` in RawArticle"),
            "missing key `heading` in table"
        );
        assert_eq!(
            plain_words("unknown field `stauts`, expected one of `status`, `by`"),
            "unknown key `stauts`; the keys here are `status`, `by`"
        );
    }

    #[test]
    fn many_problems_of_one_kind_are_counted_after_twenty() {
        let mut sources = Sources::new();
        let id = sources.add(Path::new("x.toml"), "a\n".repeat(100));
        let ds: Vec<Diagnostic> = (0..100)
            .map(|i| Diagnostic::error("same", "again").at(id, i * 2..i * 2 + 1, "x"))
            .collect();
        let text = sources.render(&ds, false);
        assert_eq!(text.matches("error[same]").count(), 20);
        assert!(text.contains("… and 80 more `same` problems"), "{text}");
    }

    #[test]
    fn control_and_bidi_characters_in_a_source_line_are_shown_as_code_points() {
        let mut sources = Sources::new();
        let id = sources.add(
            Path::new("x.toml"),
            "name = \"a\u{202E}b\u{1b}[2J\"\n".into(),
        );
        let d = Diagnostic::error("x", "bad \u{202E}").at(id, 7..9, "here");
        let text = sources.render(&[d], false);
        assert!(
            !text.contains('\u{202E}') && !text.contains('\u{1b}'),
            "{text}"
        );
        assert!(text.contains("\\u{202E}"), "{text}");
    }
}
