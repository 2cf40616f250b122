//! Excel workbooks (rust_xlsxwriter) of the gap report and of the comparison matrix: an
//! "About" sheet with the scope, summary and legend, then one sheet per standard with a frozen
//! header row, filters, status colours plus symbols and a notes column.

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
    XlsxError,
};

use crate::assess::{Assessment, Status};
use crate::compare::Matrix;

use super::compare::symbol;
use super::report::{
    Listing, SCORE_NOTE, coverage_text, domestic, generated_line, mark, ordered, scope_lines,
    score_text, subtitle, summary_paragraph, title, treaty_line, why,
};

/// Fill colour of a status, the same light hues as the HTML report.
fn fill(status: Option<Status>) -> Color {
    Color::RGB(match status {
        Some(Status::None) => 0xF8D0D0,
        Some(Status::Partial) => 0xFBE9B7,
        Some(Status::Unknown) => 0xE6DCF2,
        Some(Status::Reserved) => 0xD6E4F5,
        Some(Status::Full) => 0xD4EED4,
        None => 0xDDDDDD,
    })
}

fn status_format(status: Option<Status>) -> Format {
    Format::new()
        .set_background_color(fill(status))
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Top)
}

fn wrap() -> Format {
    Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin)
}

fn bold() -> Format {
    Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xE6E6E6))
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
}

/// Writes user text as a string cell (never a formula), with control, bidirectional and
/// invisible characters shown as `\u{…}` as on a terminal.
fn put(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    text: impl AsRef<str>,
    format: &Format,
) -> Result<(), XlsxError> {
    ws.write_string_with_format(row, col, crate::escape::sheet_text(text.as_ref()), format)?;
    Ok(())
}

/// A status as symbol and word (`✘ none`), so it reads without colour.
fn status_text(status: Option<Status>) -> String {
    match status {
        Some(s) => format!("{} {}", symbol(Some(s), false), s.as_str()),
        None => format!("{} not assessed", symbol(None, false)),
    }
}

/// A new workbook whose creation time is fixed, so the same input gives the same bytes.
fn workbook(generated: Option<&str>) -> Result<Workbook, XlsxError> {
    let mut wb = Workbook::new();
    let date = generated
        .and_then(|d| {
            let mut it = d.splitn(3, '-').map(|p| p.parse::<u16>().ok());
            Some((it.next()??, it.next()?? as u8, it.next()?? as u8))
        })
        .unwrap_or((2000, 1, 1));
    let created = ExcelDateTime::from_ymd(date.0, date.1, date.2)?;
    wb.set_properties(
        &DocProperties::new()
            .set_title("lexgap")
            .set_creation_datetime(&created),
    );
    Ok(wb)
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(id: &str) -> String {
    id.chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .take(31)
        .collect()
}

/// Writes lines of text down column A from `row`; returns the next free row.
fn lines(ws: &mut Worksheet, mut row: u32, texts: &[String]) -> Result<u32, XlsxError> {
    for t in texts {
        put(ws, row, 0, t, &Format::new().set_text_wrap())?;
        row += 1;
    }
    Ok(row)
}

/// A header row at the top with frozen panes, filters and column widths.
fn header(ws: &mut Worksheet, cells: &[(&str, f64)], rows: u32) -> Result<(), XlsxError> {
    for (c, (text, width)) in cells.iter().enumerate() {
        let c = c as u16;
        put(ws, 0, c, *text, &bold())?;
        ws.set_column_width(c, *width)?;
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, rows, cells.len() as u16 - 1)?;
    ws.set_landscape();
    ws.set_repeat_rows(0, 0)?;
    Ok(())
}

/// The gap report as the bytes of an `.xlsx` workbook.
pub fn report_xlsx(a: &Assessment, listing: Listing) -> Result<Vec<u8>, XlsxError> {
    let mut wb = workbook(a.generated.as_deref())?;
    let about = wb.add_worksheet();
    about.set_name("About")?;
    about.set_column_width(0, 120)?;
    let mut text = vec![title(a)];
    text.extend(subtitle(a));
    text.extend(scope_lines(a));
    text.extend(generated_line(a));
    text.push(summary_paragraph(a));
    text.push(SCORE_NOTE.to_string());
    let mut row = lines(about, 0, &text)? + 1;
    for (c, h) in ["Standard", "Treaty", "Score", "Coverage"]
        .iter()
        .enumerate()
    {
        put(about, row, c as u16, *h, &bold())?;
    }
    for s in &a.standards {
        row += 1;
        put(
            about,
            row,
            0,
            format!("{} ({})", s.title, s.number),
            &Format::new(),
        )?;
        put(
            about,
            row,
            1,
            treaty_line(s).unwrap_or_default(),
            &Format::new(),
        )?;
        put(about, row, 2, score_text(s), &Format::new())?;
        put(about, row, 3, coverage_text(s), &Format::new())?;
    }
    for s in &a.standards {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(&s.id))?;
        let rows = ordered(s, listing);
        header(
            ws,
            &[
                ("Provision", 16.0),
                ("Ref", 18.0),
                ("Status", 13.0),
                ("What it requires", 50.0),
                ("Notes", 60.0),
                ("Domestic law", 40.0),
            ],
            rows.len() as u32,
        )?;
        let mut shown = Vec::new();
        for (i, r) in rows.into_iter().enumerate() {
            let row = i as u32 + 1;
            put(ws, row, 0, &r.label, &wrap())?;
            put(ws, row, 1, &r.reference, &wrap())?;
            let status = format!("{} {}", symbol(Some(r.status), false), mark(r));
            put(ws, row, 2, status, &status_format(Some(r.status)))?;
            let requires = format!("{}: {}", r.article_heading, r.summary);
            put(ws, row, 3, requires, &wrap())?;
            put(ws, row, 4, why(r, &mut shown).join("\n"), &wrap())?;
            put(ws, row, 5, domestic(r).join("\n"), &wrap())?;
        }
    }
    wb.save_to_buffer()
}

/// The comparison matrix as the bytes of an `.xlsx` workbook.
pub fn compare_xlsx(m: &Matrix, generated: Option<&str>) -> Result<Vec<u8>, XlsxError> {
    let mut wb = workbook(generated)?;
    let about = wb.add_worksheet();
    about.set_name("About")?;
    about.set_column_width(0, 120)?;
    let mut text = vec![format!(
        "Comparison of {} jurisdictions by {}",
        m.jurisdictions.len(),
        m.granularity
    )];
    text.push(super::text::scope_statement(&m.scope));
    text.extend(generated.map(|d| format!("Generated {d} by lexgap.")));
    text.push(format!(
        "Cells: {}",
        [
            Status::Full,
            Status::Partial,
            Status::None,
            Status::Reserved,
            Status::Unknown
        ]
        .iter()
        .map(|&s| status_text(Some(s)))
        .chain(std::iter::once(status_text(None)))
        .collect::<Vec<_>>()
        .join(", ")
    ));
    text.push(SCORE_NOTE.to_string());
    for j in &m.jurisdictions {
        text.push(format!(
            "{}: {}{}",
            j.label,
            j.name,
            if j.fictional {
                " (fictional example)"
            } else {
                ""
            }
        ));
    }
    lines(about, 0, &text)?;
    for b in &m.standards {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(&b.id))?;
        let mut cols: Vec<(&str, f64)> =
            vec![("Provision", 16.0), ("Ref", 18.0), ("Article", 30.0)];
        cols.extend(m.jurisdictions.iter().map(|j| (j.label.as_str(), 11.0)));
        cols.push(("Falls short", 16.0));
        cols.push(("Notes", 70.0));
        header(ws, &cols, b.rows.len() as u32)?;
        let first = 3u16;
        let n = m.jurisdictions.len() as u16;
        for (i, r) in b.rows.iter().enumerate() {
            let row = i as u32 + 1;
            put(ws, row, 0, &r.label, &wrap())?;
            put(ws, row, 1, &r.reference, &wrap())?;
            put(ws, row, 2, &r.heading, &wrap())?;
            for (c, cell) in r.cells.iter().enumerate() {
                put(
                    ws,
                    row,
                    first + c as u16,
                    status_text(*cell),
                    &status_format(*cell),
                )?;
            }
            put(ws, row, first + n, r.short.join(", "), &wrap())?;
            let notes: Vec<String> = r
                .reasons
                .iter()
                .zip(&m.jurisdictions)
                .filter(|(why, _)| !why.is_empty())
                .map(|(why, j)| format!("{}: {}", j.label, why.join("; ")))
                .collect();
            put(ws, row, first + n + 1, notes.join("\n"), &wrap())?;
        }
        let score_row = b.rows.len() as u32 + 1;
        put(ws, score_row, 0, "score", &bold())?;
        put(ws, score_row + 1, 0, "coverage", &bold())?;
        for (c, (s, cov)) in b.scores.iter().zip(&b.coverage).enumerate() {
            let col = first + c as u16;
            match s {
                Some(x) => {
                    ws.write_number_with_format(score_row, col, *x, &bold())?;
                }
                None => put(ws, score_row, col, "n/a", &bold())?,
            };
            match cov {
                Some(x) => {
                    ws.write_number_with_format(score_row + 1, col, *x, &bold())?;
                }
                None => put(ws, score_row + 1, col, "n/a", &bold())?,
            };
        }
    }
    wb.save_to_buffer()
}
