//! Shared helpers for terminal and Markdown text.

use comfy_table::{ContentArrangement, Table, presets};

/// How terminal output looks.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    /// Use ANSI colours.
    pub color: bool,
    /// Width to wrap tables to.
    pub width: u16,
    /// Use ASCII instead of box-drawing characters and symbols.
    pub ascii: bool,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: 100,
            ascii: false,
        }
    }
}

/// A table with lexgap's look, wrapped to the style's width.
pub fn table(style: &Style, header: &[&str]) -> Table {
    let mut t = Table::new();
    if style.ascii {
        t.load_style(presets::ASCII_FULL_CONDENSED);
    } else {
        t.load_style(presets::UTF8_FULL_CONDENSED.with_rounded_corners());
    }
    t.set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width);
    if style.color {
        // Colour was asked for (or the output is a terminal): style even through a pipe.
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    if !header.is_empty() {
        t.set_header(header.to_vec());
    }
    t
}

/// A table that is never wrapped: for lists whose columns are short.
pub fn list_table(style: &Style, header: &[&str]) -> Table {
    let mut t = table(style, header);
    t.set_content_arrangement(ContentArrangement::Disabled);
    t
}

/// How many lines a terminal table cell shows before counting the rest: a table is for
/// reading, and comfy-table lays out every line it is given.
const CELL_LINES: usize = 20;

/// The lines of a terminal table cell, at most [`CELL_LINES`] of them; the rest are counted
/// (every line stays in the json, csv, md and html formats).
pub fn cell_lines(lines: &[String]) -> String {
    if lines.len() <= CELL_LINES {
        return lines.join("\n");
    }
    let mut out = lines[..CELL_LINES].join("\n");
    out.push_str(&format!(
        "\n… and {} more (all in --format json, csv or md)",
        lines.len() - CELL_LINES
    ));
    out
}

/// The scope of a command with several profiles in one line: the filters applied, or that
/// there were none.
pub(crate) fn scope_statement(scope: &[String]) -> String {
    if scope.is_empty() {
        "Scope: every provision of the treaties in the profiles.".to_string()
    } else {
        scope.join(" ")
    }
}

/// Escapes text for a Markdown table cell, list item or heading (one line, markup shown).
pub fn md_cell(text: &str) -> String {
    crate::escape::md_inline(text)
}

/// Writes one CSV record, each cell defused against spreadsheet formulas.
pub fn csv_record<I, S>(w: &mut csv::Writer<Vec<u8>>, cells: I)
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let cells: Vec<String> = cells
        .into_iter()
        .map(|c| crate::escape::csv_cell(c.as_ref()).into_owned())
        .collect();
    w.write_record(&cells).expect("writing to memory");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_cell_shows_twenty_lines_and_counts_the_rest() {
        let lines: Vec<String> = (0..1000).map(|i| format!("cc:{i}")).collect();
        let cell = cell_lines(&lines);
        assert_eq!(cell.lines().count(), 21);
        assert!(cell.ends_with("… and 980 more (all in --format json, csv or md)"));
        assert_eq!(cell_lines(&lines[..20]).lines().count(), 20);
    }
}
