//! Diagnostics: problems found in an input file, with a stable code, a span and a hint.
//!
//! Every loader collects `Diagnostic`s instead of stopping at the first problem; rendering them
//! (with the source line and a caret) is done by codespan-reporting.

use std::ops::Range;
use std::path::{Path, PathBuf};

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config, Styles, StylesWriter, termcolor};
use serde::Serialize;

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

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The source texts that diagnostics point into.
#[derive(Default)]
pub struct Sources {
    files: SimpleFiles<String, String>,
    paths: Vec<PathBuf>,
}

impl Sources {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers a source text under a display name and returns its id.
    pub fn add(&mut self, path: &Path, text: String) -> FileId {
        self.paths.push(path.to_path_buf());
        self.files.add(path.display().to_string(), text)
    }

    /// The text of a registered file.
    pub fn text(&self, id: FileId) -> &str {
        self.files
            .get(id)
            .map(|f| f.source().as_str())
            .unwrap_or_default()
    }

    /// The path a file was registered under.
    pub fn path(&self, id: FileId) -> &Path {
        &self.paths[id]
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, id: FileId, offset: usize) -> (usize, usize) {
        let text = self.text(id);
        let offset = offset.min(text.len());
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, text[line_start..offset].chars().count() + 1)
    }

    /// Renders diagnostics for people: file:line:col, the source line, a caret and the hints.
    pub fn render(&self, diagnostics: &[Diagnostic], color: bool) -> String {
        let config = Config::default();
        let styles = Styles::default();
        let mut buffer = if color {
            termcolor::Buffer::ansi()
        } else {
            termcolor::Buffer::no_color()
        };
        for d in diagnostics {
            let mut writer = StylesWriter::new(&mut buffer, &styles);
            // Rendering into memory fails only if a span is outside its file: fall back to text.
            if term::emit_to_write_style(&mut writer, &config, &self.files, &self.to_codespan(d))
                .is_err()
            {
                buffer_push(&mut buffer, &format!("error: {}\n", d.message));
            }
        }
        String::from_utf8_lossy(buffer.as_slice()).into_owned()
    }

    fn to_codespan(&self, d: &Diagnostic) -> CsDiagnostic<FileId> {
        let severity = match d.severity {
            Severity::Error => CsSeverity::Error,
            Severity::Warning => CsSeverity::Warning,
        };
        let mut out = CsDiagnostic::new(severity)
            .with_code(d.code)
            .with_message(&d.message)
            .with_notes(d.hints.iter().map(|h| format!("hint: {h}")).collect());
        if let Some((file, span)) = &d.location {
            out = out.with_labels(vec![
                Label::primary(*file, span.clone()).with_message(&d.label),
            ]);
        }
        out
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

fn buffer_push(buffer: &mut termcolor::Buffer, text: &str) {
    use std::io::Write;
    let _ = buffer.write_all(text.as_bytes());
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
}
