//! Checks amending instructions on a pair of texts: generates them in one language, reads the
//! printed text back and applies it to the old text, and says whether that gives the new text
//! byte for byte (with the old file's front matter and title notes, which instructions leave
//! alone: `instructed_text`), and at how many steps an instruction left two sections bearing
//! one number (executed in order, each citing the numbers then in force). Used by
//! `bench/instructions.sh` on the real legislation pairs.
//!
//! usage: cargo run --example check_instructions -- OLD NEW LANG [OUT] [--ignore-layout]
//! (LANG: en, de, fr, nl or pl; OUT: where to write the instructions; the environment variable
//! CHECK_APPLIED names a file to write the text the instructions give). Exit 1 when not exact (with
//! --ignore-layout: when the words differ).

use lexgap::redline::instructions::{
    Lang, Layout, apply_instructions, instructed_text, instructions_with, render_document,
};
use lexgap::redline::redline;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let words = args.iter().any(|a| a == "--ignore-layout");
    args.retain(|a| a != "--ignore-layout");
    let layout = if words { Layout::Words } else { Layout::Exact };
    if args.len() < 3 {
        eprintln!("usage: check_instructions OLD NEW LANG [OUT]");
        std::process::exit(2);
    }
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"));
    let (old, new) = (read(&args[0]), read(&args[1]));
    let lang = match args[2].as_str() {
        "en" => Lang::En,
        "de" => Lang::De,
        "fr" => Lang::Fr,
        "nl" => Lang::Nl,
        "pl" => Lang::Pl,
        other => {
            eprintln!("unknown language {other}: en, de, fr, nl or pl");
            std::process::exit(2);
        }
    };
    let r = redline(&old, &new);
    let list = instructions_with(&old, &new, &r, lang, None, layout);
    let text = render_document(&old, &list, lang, None);
    if let Some(out) = args.get(3) {
        std::fs::write(out, &text).unwrap_or_else(|e| panic!("{out}: {e}"));
    }
    match apply_instructions(&old, &text, lang, None) {
        Ok(applied) => {
            if let Ok(path) = std::env::var("CHECK_APPLIED") {
                std::fs::write(&path, &applied.text).unwrap_or_else(|e| panic!("{path}: {e}"));
            }
            let target = instructed_text(&old, &new);
            let exact = applied.text == *target;
            let same_words =
                lexgap::redline::words(&applied.text).eq(lexgap::redline::words(&target));
            println!(
                "{} instructions, {} notes, {} numbers shared at a step, {}",
                list.list.len(),
                applied.notes.len(),
                applied.clashes.len(),
                match (exact, same_words) {
                    (true, _) => "exact",
                    (false, true) => "same words, layout differs",
                    (false, false) => "NOT the new text",
                }
            );
            for c in &applied.clashes {
                eprintln!(
                    "after instruction {}: two sections bear {}",
                    c.after, c.label
                );
            }
            let ok = if words { same_words } else { exact };
            if !ok || !applied.notes.is_empty() {
                std::process::exit(1);
            }
        }
        Err(e) => {
            println!("{} instructions, not applicable: {e}", list.list.len());
            std::process::exit(1);
        }
    }
}
