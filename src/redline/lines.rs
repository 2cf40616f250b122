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
