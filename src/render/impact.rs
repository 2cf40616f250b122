//! The treaty provisions a bill revision touches, appended to a redline.

use std::fmt::Write;

use crate::escape::html_text as esc;

use super::text::md_cell;
use crate::impact::Affected;

fn heading(list: &[Affected]) -> String {
    match list.len() {
        0 => "No treaty provision in the profile cites a section this revision touches.".into(),
        n => format!(
            "{n} citation{} in the profile point at sections this revision touches:",
            if n == 1 { "" } else { "s" }
        ),
    }
}

/// As terminal text (nothing when no profile was given).
pub fn impact_text(list: Option<&[Affected]>) -> String {
    let Some(list) = list else {
        return String::new();
    };
    let mut out = format!("\nTreaty provisions affected\n{}\n", heading(list));
    for a in list {
        let _ = writeln!(
            out,
            "  {} — {} (section {}): {}",
            a.reference, a.citation, a.section, a.change
        );
    }
    out
}

/// As Markdown (nothing when no profile was given).
pub fn impact_md(list: Option<&[Affected]>) -> String {
    let Some(list) = list else {
        return String::new();
    };
    let mut out = format!("\n## Treaty provisions affected\n\n{}\n\n", heading(list));
    for a in list {
        let _ = writeln!(
            out,
            "- {} — `{}` (section {}): {}",
            a.reference,
            md_cell(&a.citation),
            a.section,
            md_cell(&a.change)
        );
    }
    out
}

/// Inserts the list before the end of an HTML page (unchanged when no profile was given).
pub fn with_impact_html(page: String, list: Option<&[Affected]>) -> String {
    let Some(list) = list else { return page };
    let mut block = format!(
        "<h2>Treaty provisions affected</h2>\n<p>{}</p>\n<ul>\n",
        esc(&heading(list))
    );
    for a in list {
        let _ = writeln!(
            block,
            "<li>{} — <code>{}</code> (section {}): {}</li>",
            esc(&a.reference),
            esc(&a.citation),
            esc(&a.section),
            esc(&a.change)
        );
    }
    block.push_str("</ul>\n");
    match page.rfind("</body>") {
        Some(i) => format!("{}{block}{}", &page[..i], &page[i..]),
        None => page + &block,
    }
}
