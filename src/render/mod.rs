//! Rendering: turns views and results into text (table, Markdown, JSON, CSV, HTML).
//! Renderers decide nothing; they only lay out what the engine computed.

pub mod compare;
pub mod diff;
pub mod docx;
mod emphasis;
pub mod impact;
pub mod instructions;
pub mod monitoring;
pub mod redline;
pub mod redline_docx;
pub mod report;
pub mod show;
pub mod synopsis;
mod text;
pub mod xlsx;

pub use text::{Style, list_table, table};

use serde::Serialize;

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    /// A terminal table.
    Table,
    /// Markdown.
    Md,
    /// JSON, stable keys (design §9).
    Json,
    /// Comma-separated values.
    Csv,
    /// One self-contained HTML page.
    Html,
    /// A Word document (needs `--output`).
    Docx,
    /// An Excel workbook (needs `--output`).
    Xlsx,
    /// A redline as a synopsis in HTML: old | new | change, per unit.
    SynopsisHtml,
    /// A redline as a synopsis in Markdown.
    SynopsisMd,
    /// Amending instructions (redline).
    Instructions,
}

impl Format {
    /// The keyword used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Md => "md",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Xlsx => "xlsx",
            Format::SynopsisHtml => "synopsis-html",
            Format::SynopsisMd => "synopsis-md",
            Format::Instructions => "instructions",
        }
    }

    /// Whether the format is a binary file that only `--output` can take.
    pub fn is_binary(self) -> bool {
        matches!(self, Format::Docx | Format::Xlsx)
    }
}

/// Pretty JSON with a trailing newline.
pub fn json<T: Serialize>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("views serialise to JSON");
    text.push('\n');
    text
}
