//! Escaping text for each output context, one function per context. Every renderer passes text
//! that came from a profile, a standards file or a bill through the function of its context, so
//! a name such as `Evil" onfocus="…` or `<script>` is shown, never obeyed.

use std::borrow::Cow;
use std::fmt::Write;

/// Text inside an HTML element: `&`, `<` and `>` escaped, and control, bidirectional and
/// invisible characters shown as `\u{…}`. Never use it inside an attribute: that is
/// [`html_attr`]'s job.
pub fn html_text(s: &str) -> Cow<'_, str> {
    match visible(s) {
        Cow::Borrowed(b) => html_escape::encode_text(b),
        Cow::Owned(o) => Cow::Owned(html_escape::encode_text(&o).into_owned()),
    }
}

/// Text inside an element of an Office Open XML document (Word): as [`html_text`], whose three
/// entities (`&amp;`, `&lt;`, `&gt;`) XML predefines; the control characters XML 1.0 forbids
/// are shown as `\u{…}`.
pub fn xml_text(s: &str) -> Cow<'_, str> {
    html_text(s)
}

/// Text in a spreadsheet cell written as a string (so never run as a formula): control,
/// bidirectional and invisible characters shown as `\u{…}`, as on a terminal.
pub fn sheet_text(s: &str) -> Cow<'_, str> {
    terminal(s)
}

/// Text inside a double- or single-quoted HTML attribute value (quotes escaped too).
pub fn html_attr(s: &str) -> Cow<'_, str> {
    match visible(s) {
        Cow::Borrowed(b) => html_escape::encode_quoted_attribute(b),
        Cow::Owned(o) => Cow::Owned(html_escape::encode_quoted_attribute(&o).into_owned()),
    }
}

/// Control (other than line breaks and tabs), bidirectional and invisible characters as
/// `\u{…}`, so that a reader sees them instead of being misled by them.
fn visible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| is_hidden(c) && c != '\r') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_hidden(c) && c != '\r' {
            push_code_point(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text inside a Markdown paragraph, list item, heading or table cell: one line, with the
/// characters that would start markup (links, HTML, code, table cells) shown literally (HTML's
/// as entities, the others with a backslash), and a
/// first character that would start a heading, list or quote escaped.
pub fn md_inline(s: &str) -> String {
    md_escape(s, false)
}

/// Like [`md_inline`], and the emphasis characters (`*`, `_`, `~`, `#`) escaped everywhere: for
/// text set inside `**…**` or `~~…~~`, where an inner `~~` would end the strike-through.
pub fn md_emphasised(s: &str) -> String {
    md_escape(s, true)
}

fn md_escape(s: &str, emphasis: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            // Entities, not backslashes, for HTML's characters: the raw text then holds no tag.
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '[' | ']' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '*' | '_' | '~' | '#' if emphasis => {
                out.push('\\');
                out.push(c);
            }
            '#' | '*' | '+' | '-' | '=' | '_' | '~' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            c if is_hidden(c) => push_code_point(&mut out, c),
            c => out.push(c),
        }
    }
    out
}

/// A CSV cell's content: a text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
/// carriage return first) gets a leading apostrophe, as OWASP advises; quoting is the CSV
/// writer's job.
pub fn csv_cell(s: &str) -> Cow<'_, str> {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') if !looks_numeric(s) => {
            Cow::Owned(format!("'{s}"))
        }
        _ => Cow::Borrowed(s),
    }
}

fn looks_numeric(s: &str) -> bool {
    s.parse::<f64>().is_ok()
}

/// Text for a terminal: control characters (other than newline and tab), bidirectional
/// controls and invisible characters are shown as `\u{…}`, so they cannot move the cursor,
/// reorder the line or hide text.
pub fn terminal(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_terminal_escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if needs_terminal_escape(c) {
            push_code_point(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A whole terminal output: like [`terminal`], except that with `colour` the SGR colour
/// sequences lexgap and its table library write (`ESC[…m` with colour, bold, underline,
/// strike-through and reset codes) are kept. Any other escape sequence is shown, so text from
/// a profile can neither clear the screen nor conceal a line.
pub fn terminal_output(s: &str, colour: bool) -> Cow<'_, str> {
    if !s.chars().any(needs_terminal_escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c == '\u{1b}'
            && colour
            && let Some(len) = sgr_len(rest)
        {
            out.push_str(&rest[..len]);
            rest = &rest[len..];
            continue;
        }
        if needs_terminal_escape(c) {
            push_code_point(&mut out, c);
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// The length of a harmless SGR sequence at the start of `s` (colours and plain styles).
fn sgr_len(s: &str) -> Option<usize> {
    let body = s.strip_prefix("\u{1b}[")?;
    let end = body.find('m')?;
    let params = &body[..end];
    let harmless = params.split(';').all(|p| {
        matches!(
            p.parse::<u16>(),
            Ok(0..=4 | 9 | 21..=24 | 29 | 30..=39 | 40..=49 | 90..=97 | 100..=107) | Err(_)
        ) && p.chars().all(|c| c.is_ascii_digit())
    });
    (harmless && end <= 24).then_some(2 + end + 1)
}

fn needs_terminal_escape(c: char) -> bool {
    c != '\n' && c != '\t' && (c.is_control() || is_hidden(c))
}

/// Characters that change how text around them is shown, or show nothing: bidirectional
/// controls, zero-width characters, the soft hyphen and the byte-order mark.
pub fn is_hidden(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
    ) || (c.is_control() && c != '\n' && c != '\t' && c != '\r')
}

fn push_code_point(out: &mut String, c: char) {
    let _ = write!(out, "\\u{{{:04X}}}", c as u32);
}

/// A character named for people: `U+200B (an invisible character)`, `U+0417 (З, not a Latin
/// letter)`. Used where a reference or id contains something that is not what it looks like.
pub fn describe_char(c: char) -> String {
    let code = format!("U+{:04X}", c as u32);
    if is_hidden(c) {
        format!("{code} (an invisible or direction-changing character)")
    } else if c.is_alphabetic() && !c.is_ascii() {
        format!("{code} ({c}, not a Latin letter: it may look like one)")
    } else if !c.is_ascii() {
        format!("{code} ({c})")
    } else {
        format!("`{c}`")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_markup_and_both_quotes() {
        let evil = r#"Evil" autofocus onfocus="alert(1)" x='<script>&"#;
        let t = html_attr(evil);
        assert!(
            !t.contains('"') && !t.contains('<') && !t.contains('\''),
            "{t}"
        );
        assert_eq!(html_text("a<b>&"), "a&lt;b&gt;&amp;");
    }

    #[test]
    fn markdown_inline_keeps_one_line_and_shows_markup() {
        let m = md_inline("Name\n# Heading <script>alert(1)</script> | [x](javascript:y)");
        assert!(!m.contains('\n'));
        assert!(!m.contains("<script>"), "{m}");
        assert_eq!(md_inline("# Heading"), "\\# Heading");
        assert_eq!(md_inline("csam_age_limit"), "csam_age_limit");
        assert!(m.contains("\\|"), "{m}");
        assert!(m.contains("\\[x\\]"), "{m}");
    }

    #[test]
    fn csv_defuses_formulas_but_not_numbers() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("-5"), "-5");
        assert_eq!(csv_cell("plain"), "plain");
    }

    #[test]
    fn terminal_shows_controls_and_bidi_as_code_points() {
        assert_eq!(terminal("a\u{1b}[31mb"), "a\\u{001B}[31mb");
        assert_eq!(terminal("x\u{202E}y\u{200B}"), "x\\u{202E}y\\u{200B}");
        assert_eq!(terminal("line\nnext\ttab"), "line\nnext\ttab");
    }

    #[test]
    fn terminal_output_keeps_colours_only_when_asked_and_never_other_sequences() {
        let text = "\u{1b}[31;9mgone\u{1b}[0m \u{1b}[8mhidden\u{1b}[2J";
        assert_eq!(
            terminal_output(text, true),
            "\u{1b}[31;9mgone\u{1b}[0m \\u{001B}[8mhidden\\u{001B}[2J"
        );
        assert!(!terminal_output(text, false).contains('\u{1b}'));
    }

    #[test]
    fn describes_confusable_and_invisible_characters() {
        assert!(describe_char('\u{200B}').starts_with("U+200B (an invisible"));
        assert!(describe_char('З').contains("not a Latin letter"));
        assert_eq!(describe_char('x'), "`x`");
    }
}

/// Fuzz-style properties: any text, hostile or not, comes out inert in every context.
/// `PROPTEST_CASES=100000 cargo test --release escape::fuzz` runs them long.
#[cfg(test)]
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    /// Text built from the characters that matter to some context, plus anything else.
    fn hostile() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                Just("<script>".to_string()),
                Just("\" onfocus=\"x".to_string()),
                Just("\n# ".to_string()),
                Just("|".to_string()),
                Just("[a](javascript:b)".to_string()),
                Just("=cmd".to_string()),
                Just("\u{1b}[2J".to_string()),
                Just("\u{202E}".to_string()),
                Just("\u{200B}".to_string()),
                "\\PC{0,8}",
                any::<char>().prop_map(String::from),
            ],
            0..12,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #[test]
        fn html_never_carries_markup_or_a_quote(s in hostile()) {
            let text = html_text(&s);
            prop_assert!(!text.contains('<') && !text.contains('>'));
            let attr = html_attr(&s);
            prop_assert!(!attr.contains('<') && !attr.contains('"') && !attr.contains('\''));
            prop_assert!(!attr.chars().any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r'));
        }

        #[test]
        fn markdown_stays_one_line_without_tags(s in hostile()) {
            let md = md_inline(&s);
            prop_assert!(!md.contains('\n') && !md.contains('\r'));
            prop_assert!(!md.contains('<') && !md.contains('>'));
            prop_assert!(!md.starts_with('#') && !md.starts_with('-') && !md.starts_with('='));
            for (i, _) in md.match_indices('|') {
                prop_assert!(md[..i].ends_with('\\'), "an unescaped | in {md:?}");
            }
        }

        #[test]
        fn csv_cells_start_no_formula(s in hostile()) {
            let cell = csv_cell(&s);
            let starts_formula = cell.starts_with(['=', '+', '@', '\t', '\r'])
                || (cell.starts_with('-') && cell.parse::<f64>().is_err());
            prop_assert!(!starts_formula, "{cell:?}");
        }

        #[test]
        fn terminal_text_has_no_control_or_hidden_character(s in hostile(), colour in any::<bool>()) {
            let t = terminal(&s);
            let bad = t.chars().any(|c| c != '\n' && c != '\t' && (c.is_control() || is_hidden(c)));
            prop_assert!(!bad, "{:?}", t);
            let out = terminal_output(&s, colour);
            if !colour {
                let escape = out.contains('\u{1b}');
                prop_assert!(!escape, "{:?}", out);
            }
            let hidden = out.contains('\u{202E}') || out.contains('\u{200B}');
            prop_assert!(!hidden, "{:?}", out);
        }
    }
}
