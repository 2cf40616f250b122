//! `redline --format instructions`: the amending instructions of a redline as a document.
//!
//! The wording and the layout (numbered sentences, quotations continued on indented lines)
//! are the library's (`redline::instructions`), because the applier reads that very text
//! back; this module only asks for it.

use regex::Regex;

use crate::redline::Redline;
use crate::redline::instructions::{Lang, Layout, instructions_with, render_document};

/// The instructions turning `old` into `new` (per the redline `r`), worded in `lang`.
pub fn instructions_text(
    old: &str,
    new: &str,
    r: &Redline,
    lang: Lang,
    unit: Option<&Regex>,
    layout: Layout,
) -> String {
    let list = instructions_with(old, new, r, lang, unit, layout);
    render_document(old, &list, lang, unit)
}
