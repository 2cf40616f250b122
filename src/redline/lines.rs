//! Lines of a text, found by a vectorised search for line breaks (memchr): the redline reads
//! every line of both texts several times (headings, paragraphs, line diffs, line numbers).

/// The lines of `text`, each with its line break, as `text.split_inclusive('\n')` gives them.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut breaks = memchr::memchr_iter(b'\n', text.as_bytes());
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = breaks.next().map_or(text.len(), |k| k + 1);
        let line = &text[start..end];
        start = end;
        Some(line)
    })
}

/// The label of the Markdown footnote that `line` defines (`[^2]` of `[^2]: Art. 5 abgeändert
/// durch …`; no blank or bracket inside the label), if it defines one.
pub(crate) fn footnote_label(line: &str) -> Option<&str> {
    let close = line.strip_prefix("[^")?.find("]:")? + 2;
    (!line[2..close].contains([']', ' ', '\n'])).then_some(&line[..=close])
}

/// Where the Markdown footnote definitions that end `text` start (`[^1]: Art. 1 aufgehoben
/// …` and the rest, as legalize-li prints a law's notes after its last article): the first
/// definition of the run of definitions, their indented lines and blank lines that closes
/// the text. `None` where the text does not end with one. Read backwards, by memrchr.
pub(crate) fn closing_notes_start(text: &str) -> Option<usize> {
    let mut first = None;
    let mut end = text.len();
    while end > 0 {
        let from = memchr::memrchr(b'\n', &text.as_bytes()[..end - 1]).map_or(0, |k| k + 1);
        let line = &text[from..end];
        if footnote_label(line).is_some() {
            first = Some(from);
        } else if !(line.trim().is_empty() || line.starts_with([' ', '\t'])) {
            break;
        }
        end = from;
    }
    first
}

/// The last line of `text` before byte `start` (a line's start) that is not blank, without
/// its line break, found backwards by memrchr.
pub(crate) fn line_above(text: &str, start: usize) -> Option<&str> {
    let mut end = start.min(text.len());
    loop {
        let before = text[..end].strip_suffix('\n')?;
        let from = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |k| k + 1);
        let line = &before[from..];
        if !line.trim().is_empty() {
            return Some(line);
        }
        end = from;
    }
}

/// The length of the byte-order mark `text` opens with (0 without one).
pub(crate) fn bom_len(text: &str) -> usize {
    if text.starts_with('\u{feff}') { 3 } else { 0 }
}

/// Lines a front matter may take (see [`front_matter_end`]).
const FRONT_MATTER_LINES: usize = 200;

/// The byte after the YAML front matter `text` opens with, if it opens with one: a `---`
/// line, `key: value` lines (and their indented or listed continuations), and a closing `---`
/// or `...` line, as legalize's Markdown editions and static-site generators write a file's
/// metadata (`title:`, `last_updated:`, `source:`). That is the file's, not the law's text.
pub(crate) fn front_matter_end(text: &str) -> Option<usize> {
    let start = bom_len(text);
    let mut rest = lines(&text[start..]);
    let first = rest.next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let mut at = start + first.len();
    let mut keys = 0;
    for line in rest.take(FRONT_MATTER_LINES) {
        at += line.len();
        let line = line.trim_end();
        if line == "---" || line == "..." {
            return (keys > 0).then_some(at);
        }
        if line.is_empty() || line.starts_with([' ', '\t', '-', '#']) {
            continue;
        }
        let key = line.split_once(':').map_or("", |(k, _)| k);
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        {
            return None;
        }
        keys += 1;
    }
    None
}

/// The entries of the YAML front matter `text` opens with (see [`front_matter_end`]), in
/// order: each key with its whole entry (its line and the indented or listed lines after it).
pub(crate) fn front_matter_entries(text: &str) -> Vec<(&str, &str)> {
    let Some(end) = front_matter_end(text) else {
        return Vec::new();
    };
    let mut entries: Vec<(&str, &str)> = Vec::new();
    let mut at = bom_len(text);
    // The opening `---` line, then the entries up to the closing one.
    let mut rest = lines(&text[at..end]);
    at += rest.next().map_or(0, str::len);
    let mut open: Option<(&str, usize)> = None;
    for line in rest {
        let bare = line.trim_end();
        let continues = bare.is_empty() || line.starts_with([' ', '\t', '-', '#']);
        if !continues || bare == "---" || bare == "..." {
            if let Some((key, from)) = open.take() {
                entries.push((key, &text[from..at]));
            }
            if let Some((key, _)) = bare.split_once(':').filter(|_| !continues) {
                open = Some((key, at));
            }
        }
        at += line.len();
    }
    entries
}

/// The notes a consolidated text's export prints as a definition list right under its
/// title (bundestag/gesetze: `Ausfertigungsdatum` then `:   1871-05-15`, `Fundstelle`,
/// `Zuletzt geändert durch`, `Änderung durch`): the record of its publication and
/// amendments, not the law's text. Each entry is a term and the byte range from its line to
/// the end of its last definition; a line without a definition among them (juris's `Stand:
/// zuletzt geändert …`) is an entry of its own when a term with one follows. Found where the
/// text's first line after any front matter and blank lines is a level-one Markdown heading,
/// and the lines after it (blank lines aside) are such entries, up to the next heading or
/// the first line of prose.
pub(crate) fn title_notes(text: &str) -> Vec<(&str, std::ops::Range<usize>)> {
    let start = bom_len(text);
    let mut at = front_matter_end(text).unwrap_or(start);
    let mut rest = lines(&text[at..]);
    let title = loop {
        match rest.next() {
            Some(line) if line.trim().is_empty() => at += line.len(),
            other => break other,
        }
    };
    match title {
        Some(title) if title.starts_with("# ") => at += title.len(),
        _ => return Vec::new(),
    }
    let mut entries = Vec::new();
    // Lines without a definition yet, kept once a term with one follows them.
    let mut lone: Vec<(&str, std::ops::Range<usize>)> = Vec::new();
    // The entry being read: its term, its start, the end of its last definition.
    let mut open: Option<(&str, usize, Option<usize>)> = None;
    for line in rest {
        let bare = line.trim_end();
        let end = at + line.len();
        match open.as_mut() {
            _ if bare.is_empty() => {}
            Some((_, _, defined)) if bare.starts_with(":   ") => {
                if defined.is_none() {
                    entries.append(&mut lone);
                }
                *defined = Some(end);
            }
            Some((_, _, defined)) if line.starts_with([' ', '\t']) && *defined == Some(at) => {
                *defined = Some(end);
            }
            _ if line.starts_with(['#', ':', ' ', '\t']) => break,
            _ => {
                match open.take() {
                    Some((term, from, Some(to))) => entries.push((term, from..to)),
                    Some((term, from, None)) => lone.push((term, from..at)),
                    None => {}
                }
                open = Some((bare, at, None));
            }
        }
        at = end;
    }
    if let Some((term, from, Some(to))) = open {
        entries.push((term, from..to));
    }
    entries
}

/// How many bytes `a` and `b` start with alike, compared a block at a time.
pub(crate) fn equal_start(a: &[u8], b: &[u8]) -> usize {
    const BLOCK: usize = 32;
    let mut k = 0;
    let n = a.len().min(b.len());
    while k + BLOCK <= n && a[k..k + BLOCK] == b[k..k + BLOCK] {
        k += BLOCK;
    }
    k + a[k..n]
        .iter()
        .zip(&b[k..n])
        .take_while(|(x, y)| x == y)
        .count()
}

/// How many bytes `a` and `b` end with alike, compared a block at a time.
pub(crate) fn equal_end(a: &[u8], b: &[u8]) -> usize {
    const BLOCK: usize = 32;
    let (mut i, mut j) = (a.len(), b.len());
    while i >= BLOCK && j >= BLOCK && a[i - BLOCK..i] == b[j - BLOCK..j] {
        (i, j) = (i - BLOCK, j - BLOCK);
    }
    a.len() - i
        + a[..i]
            .iter()
            .rev()
            .zip(b[..j].iter().rev())
            .take_while(|(x, y)| x == y)
            .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_those_of_split_inclusive() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\nb",
            "a\r\nb\r\n",
            "\n\nx\n\n",
            "Ärger § 1\nnächste Zeile ohne Ende",
        ] {
            let want: Vec<&str> = text.split_inclusive('\n').collect();
            assert_eq!(lines(text).collect::<Vec<_>>(), want, "{text:?}");
        }
    }

    #[test]
    fn front_matter_entries_are_its_keys_with_their_lines() {
        let yaml = "---\ntitle: \"Loi\"\ntags:\n  - code\n  - civil\n\nlast_updated: \"2025-01-01\"\n---\n# Loi\nkey: no\n";
        assert_eq!(
            front_matter_entries(yaml),
            vec![
                ("title", "title: \"Loi\"\n"),
                ("tags", "tags:\n  - code\n  - civil\n\n"),
                ("last_updated", "last_updated: \"2025-01-01\"\n"),
            ]
        );
        assert_eq!(front_matter_entries("# Loi\ntitle: x\n"), Vec::new());
        let with_bom = format!("\u{feff}{yaml}");
        assert_eq!(front_matter_entries(&with_bom).len(), 3);
    }

    #[test]
    fn title_notes_are_the_definition_list_under_the_title() {
        let text = "---\nTitle: StGB\n---\n\n# Strafgesetzbuch (StGB)\n\nAusfertigungsdatum\n:   1871-05-15\n\nZuletzt geändert durch\n:   Art. 1 G v. 30.3.2021 I 441,\n    dieser geändert durch Art. 15\n\n\n## Allgemeiner Teil\n\nFundstelle\n:   not a note\n";
        let notes = title_notes(text);
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(
            notes,
            vec![
                ("Ausfertigungsdatum", at("Ausf")..at("\nZuletzt")),
                ("Zuletzt geändert durch", at("Zuletzt")..at("\n\n\n##") + 1),
            ]
        );
        // A term with no definition is prose: what stands before it is kept.
        let prose = "# Act\n\nDate\n:   2020\n\nThe Act applies.\nTo all.\n";
        assert_eq!(title_notes(prose), vec![("Date", 7..21)]);
        // Unless a term with one follows it (juris's `Stand:` line).
        let stand = "# MPG\n\nFundstelle\n:   BGBl I\n\nStand: zuletzt geändert\n§§ 1 bis 32a aufgeh. durch\n:   Art. 17\n\nDieses Gesetz dient\n\n-   der Richtlinie\n";
        let at = |s: &str| stand.find(s).unwrap();
        assert_eq!(
            title_notes(stand),
            vec![
                ("Fundstelle", at("Fund")..at("\nStand")),
                ("Stand: zuletzt geändert", at("Stand")..at("§§")),
                ("§§ 1 bis 32a aufgeh. durch", at("§§")..at("\nDieses")),
            ]
        );
        // No title first, or prose first under it: none.
        assert_eq!(title_notes("Intro\n# Act\n\nDate\n:   2020\n"), Vec::new());
        assert_eq!(title_notes("# Act\n\nThe Act applies.\nNow.\n"), Vec::new());
        assert_eq!(title_notes("## Act\n\nDate\n:   2020\n"), Vec::new());
    }

    #[test]
    fn closing_notes_are_the_footnotes_that_end_the_text() {
        let text = "Art. 1[^1]\n\n[^9]: inside\n\nArt. 2\n\n[^1]: first\n    more\n\n[^2]: second";
        assert_eq!(closing_notes_start(text), Some(text.find("[^1]:").unwrap()));
        assert_eq!(
            closing_notes_start("Art. 1\n\n[^1]: note\n\nArt. 2\n"),
            None
        );
        assert_eq!(closing_notes_start(""), None);
        assert_eq!(closing_notes_start("[^1]: only\n"), Some(0));
    }

    #[test]
    fn the_line_above_is_the_last_that_is_not_blank() {
        let text = "first\n\n  \nsecond\r\n\nthird\n";
        let at = |line: &str| text.find(line).unwrap();
        assert_eq!(line_above(text, at("third")), Some("second\r"));
        assert_eq!(line_above(text, at("second")), Some("first"));
        assert_eq!(line_above(text, 0), None);
        assert_eq!(line_above("\n\nx", 2), None);
    }

    #[test]
    fn front_matter_is_a_yaml_block_the_text_opens_with() {
        let yaml = "---\ntitle: \"Loi du 8 avril 2011\"\nlast_updated: \"2025-01-01\"\ntags:\n  - code\n---\n# Loi\n";
        assert_eq!(front_matter_end(yaml), Some(yaml.find("# Loi").unwrap()));
        let with_bom = ["\u{feff}", yaml].concat();
        assert_eq!(
            front_matter_end(&with_bom),
            Some(with_bom.find("# Loi").unwrap())
        );
        // A rule at the top of a text, its words no keys, or no closing line: no front matter.
        for text in [
            "---\nThe Act as amended.\n---\nSection 1\n",
            "---\n---\ntext\n",
            "---\ntitle: Loi\n# Loi\n",
            "Article 1\n---\ntitle: x\n---\n",
            "",
        ] {
            assert_eq!(front_matter_end(text), None, "{text:?}");
        }
    }

    #[test]
    fn equal_start_and_end_count_the_bytes_both_start_and_end_with() {
        let long = "x".repeat(70);
        for (a, b, n) in [
            ("", "", 0),
            ("abc", "abd", 2),
            ("abc", "ab", 2),
            (long.as_str(), long.as_str(), 70),
        ] {
            assert_eq!(equal_start(a.as_bytes(), b.as_bytes()), n);
        }
        let mut other = long.clone().into_bytes();
        other[65] = b'y';
        assert_eq!(equal_start(long.as_bytes(), &other), 65);
        for (a, b, n) in [("", "", 0), ("abc", "xbc", 2), ("bc", "abc", 2)] {
            assert_eq!(equal_end(a.as_bytes(), b.as_bytes()), n);
        }
        assert_eq!(equal_end(long.as_bytes(), &other), 4);
        assert_eq!(equal_end(long.as_bytes(), &other[1..]), 4);
    }

    #[test]
    fn a_footnote_definition_gives_its_label() {
        assert_eq!(footnote_label("[^2]: Art. 5 abgeändert."), Some("[^2]"));
        assert_eq!(
            footnote_label("[^F775309_02_BJNR]: \n"),
            Some("[^F775309_02_BJNR]")
        );
        for line in [
            "[^2] Art. 5",
            "[2]: Art. 5",
            "[^a b]: x",
            "Art. 5[^2]: x",
            "[^]x]: y",
        ] {
            assert_eq!(footnote_label(line), None, "{line}");
        }
    }
}
