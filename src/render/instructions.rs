//! `redline --format instructions`: the amending instructions of a redline as a document.
//!
//! The wording and the layout (numbered sentences, quotations continued on indented lines)
//! are the library's (`redline::instructions`), because the applier reads that very text
//! back; this module only asks for it.

use regex::Regex;

use crate::redline::Redline;
use crate::redline::instructions::{
    FrontMatterChange, Lang, Layout, TitleNotesChange, instructions_with, render_document,
};

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

/// The note for standard error that the instructions leave a change of the files' front
/// matter out, naming the keys that changed.
pub fn front_matter_note(c: &FrontMatterChange) -> String {
    const WHAT: &str = "(its metadata, not the law's text)";
    let what = match (c.old, c.new) {
        (true, false) => format!(
            "the old file opens with front matter {WHAT} and the new one does not: no amending act removes it, so the instructions keep the old file's"
        ),
        (false, _) => format!(
            "the new file opens with front matter {WHAT} and the old one does not: no amending act adds it, so the instructions leave it out"
        ),
        (true, true) => {
            let keys: Vec<String> = c.keys.iter().map(|k| format!("`{k}`")).collect();
            let differs = match keys.is_empty() {
                true => "differs in its layout".to_string(),
                false => format!("differs in {}", list(&keys)),
            };
            format!(
                "the files' front matter (their metadata, not the law's text) {differs}: no amending act changes it, so the instructions keep the old file's as it was"
            )
        }
    };
    format!("note: {what}\n")
}

/// The note for standard error that the instructions leave a change of the notes under the
/// texts' titles out, naming the terms whose entries changed.
pub fn title_notes_note(c: &TitleNotesChange) -> String {
    let terms: Vec<String> = c.terms.iter().map(|t| format!("`{t}`")).collect();
    format!(
        "note: the notes under the title (the record of the text's publication and amendments, not the law's text) differ in {}: no amending act changes them, so the instructions keep the old text's as they were\n",
        list(&terms)
    )
}

/// The note for standard error that exact instructions state changes of layout alone in
/// the sections `labels` (see [`crate::redline::instructions::layout_only_changes`]).
pub fn layout_note(labels: &[&str]) -> String {
    let named: Vec<String> = labels.iter().map(|l| l.to_string()).collect();
    let (count, verb) = match labels.len() {
        1 => ("1 section".to_string(), "differs"),
        n => (format!("{n} sections"), "differ"),
    };
    format!(
        "note: {count} ({}) {verb} in layout alone (blanks, line breaks, Markdown heading marks), which the redline reports as unchanged: the instructions state those changes so as to give the new text byte for byte\nhint: --ignore-layout leaves changes of layout alone out\n",
        list(&named)
    )
}

/// `a`, `a and b`, `a, b and c`; past six, the first five and how many more.
fn list(items: &[String]) -> String {
    const SHOWN: usize = 5;
    match items {
        [] => String::new(),
        [one] => one.clone(),
        _ if items.len() > SHOWN + 1 => format!(
            "{} and {} more",
            items[..SHOWN].join(", "),
            items.len() - SHOWN
        ),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_front_matter_note_says_what_the_instructions_do_with_it() {
        let note = |old, new, keys: &[&str]| {
            front_matter_note(&FrontMatterChange {
                old,
                new,
                keys: keys.iter().map(|k| k.to_string()).collect(),
            })
        };
        assert!(
            note(false, true, &["title"])
                .contains("no amending act adds it, so the instructions leave it out")
        );
        assert!(
            note(true, false, &["title"])
                .contains("no amending act removes it, so the instructions keep the old file's\n")
        );
        assert!(
            note(true, true, &[]).contains("differs in its layout: no amending act changes it")
        );
        let many = note(true, true, &["a", "b", "c", "d", "e", "f", "g"]);
        assert!(
            many.contains("differs in `a`, `b`, `c`, `d`, `e` and 2 more:"),
            "{many}"
        );
        assert!(note(true, true, &["a", "b"]).contains("differs in `a` and `b`:"));
    }
}
