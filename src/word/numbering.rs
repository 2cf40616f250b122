//! Automatic numbering of Word paragraphs (`word/numbering.xml`): the labels a reader sees,
//! `(1)`, `a)`, `iv.`, `§ 3`, computed from each list level's format, start and text pattern.

use std::collections::HashMap;

use quick_xml::events::Event;

use super::{WordError, attr};

/// One level of a list: `w:lvl`.
#[derive(Clone, Debug, Default)]
struct Level {
    start: i64,
    format: String,
    text: String,
    /// What follows the label: `tab` (the default), `space` or `nothing`.
    suffix: String,
}

/// The lists of a document and the counters of the paragraphs read so far.
#[derive(Debug, Default)]
pub struct Numbering {
    /// `w:abstractNum` levels by abstract id.
    abstracts: HashMap<String, Vec<Level>>,
    /// `w:num`: numbering id → (abstract id, start overrides by level).
    nums: HashMap<String, (String, HashMap<usize, i64>)>,
    /// Counters by abstract id, one per level (`None`: not started or restarted).
    counters: HashMap<String, [Option<i64>; 9]>,
    /// Numbering ids whose start overrides were applied.
    started: std::collections::HashSet<String>,
}

impl Numbering {
    /// Reads `word/numbering.xml`.
    pub fn parse(xml: &str) -> Result<Self, WordError> {
        let mut n = Numbering::default();
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut abs: Option<String> = None;
        let mut lvl: Option<(usize, Level)> = None;
        let mut num: Option<String> = None;
        let mut override_lvl: Option<usize> = None;
        loop {
            let ev = reader.read_event().map_err(WordError::xml("numbering"))?;
            let (e, empty) = match &ev {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(e) => {
                    match e.local_name().as_ref() {
                        "abstractNum" => abs = None,
                        "lvl" => {
                            if let (Some(a), Some((i, l))) = (&abs, lvl.take()) {
                                let levels = n.abstracts.entry(a.clone()).or_default();
                                if levels.len() <= i {
                                    levels.resize(i + 1, Level::default());
                                }
                                levels[i] = l;
                            }
                        }
                        "num" => num = None,
                        "lvlOverride" => override_lvl = None,
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let val = || attr(e, "val");
            match e.local_name().as_ref() {
                "abstractNum" if !empty => abs = attr(e, "abstractNumId"),
                "lvl" if !empty && abs.is_some() => {
                    let i = attr(e, "ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                    lvl = (i < 9).then(|| {
                        (
                            i,
                            Level {
                                start: 1,
                                format: "decimal".into(),
                                text: String::new(),
                                suffix: "tab".into(),
                            },
                        )
                    });
                }
                "start" if override_lvl.is_none() => {
                    if let (Some((_, l)), Some(v)) = (&mut lvl, val()) {
                        l.start = v.parse().unwrap_or(1);
                    }
                }
                "numFmt" => set(&mut lvl, val(), |l, v| l.format = v),
                "lvlText" => set(&mut lvl, val(), |l, v| l.text = v),
                "suff" => set(&mut lvl, val(), |l, v| l.suffix = v),
                "num" if !empty => {
                    num = attr(e, "numId");
                    if let Some(id) = &num {
                        n.nums.insert(id.clone(), (String::new(), HashMap::new()));
                    }
                }
                "abstractNumId" => {
                    if let (Some(id), Some(v)) = (&num, val()) {
                        n.nums.entry(id.clone()).or_default().0 = v;
                    }
                }
                "lvlOverride" if !empty => {
                    override_lvl = attr(e, "ilvl").and_then(|v| v.parse().ok());
                }
                "startOverride" => {
                    if let (Some(id), Some(i), Some(v)) = (&num, override_lvl, val()) {
                        let v = v.parse().unwrap_or(1);
                        n.nums.entry(id.clone()).or_default().1.insert(i, v);
                    }
                }
                _ => {}
            }
        }
        Ok(n)
    }

    /// The label of the next paragraph of list `num_id` at level `ilvl`, with what follows it
    /// (a space for a tab or a space, nothing for `nothing`); `None` when the list is unknown
    /// or numbering is switched off (`numId` 0).
    pub fn next_label(&mut self, num_id: &str, ilvl: usize) -> Option<String> {
        let (abs, overrides) = self.nums.get(num_id)?.clone();
        let levels = self.abstracts.get(&abs)?.clone();
        let level = levels.get(ilvl)?;
        let counters = self.counters.entry(abs.clone()).or_insert([None; 9]);
        if self.started.insert(num_id.to_string()) {
            for (&i, &v) in &overrides {
                if i < 9 {
                    counters[i] = Some(v - 1);
                }
            }
        }
        counters[ilvl] = Some(counters[ilvl].map_or(level.start, |c| c.saturating_add(1)));
        for c in counters.iter_mut().skip(ilvl + 1) {
            *c = None;
        }
        let counters = *counters;
        let mut label = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                ('%', Some(d)) if (1..=9).contains(&d) => {
                    chars.next();
                    let k = d as usize - 1;
                    let lv = levels.get(k).cloned().unwrap_or_default();
                    let value = counters[k].unwrap_or(lv.start);
                    label.push_str(&format_number(value, &lv.format));
                }
                _ => label.push(bullet(c)),
            }
        }
        match level.suffix.as_str() {
            "nothing" => {}
            _ if label.is_empty() => {}
            _ => label.push(' '),
        }
        Some(label)
    }
}

fn set(lvl: &mut Option<(usize, Level)>, v: Option<String>, f: impl FnOnce(&mut Level, String)) {
    if let (Some((_, l)), Some(v)) = (lvl, v) {
        f(l, v);
    }
}

/// Bullets drawn from symbol fonts (private-use code points) as the bullet a reader sees.
fn bullet(c: char) -> char {
    if ('\u{f000}'..='\u{f0ff}').contains(&c) {
        '•'
    } else {
        c
    }
}

/// A counter in a list format: `decimal` 3, `lowerLetter` c, `upperRoman` III, …; formats
/// lexgap does not know are written as decimal numbers.
pub fn format_number(n: i64, format: &str) -> String {
    match format {
        "none" | "bullet" => String::new(),
        "lowerLetter" => letters(n, b'a'),
        "upperLetter" => letters(n, b'A'),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" if (0..10).contains(&n) => format!("0{n}"),
        "ordinal" => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
        _ => n.to_string(),
    }
}

/// Word's letters: a … z, then aa … zz, aaa … (the letter repeated); past 260 (ten letters)
/// the number, so that a hostile start value cannot make a label of millions of letters.
fn letters(n: i64, base: u8) -> String {
    if !(1..=260).contains(&n) {
        return n.to_string();
    }
    let k = (n - 1) as usize;
    let c = char::from(base + (k % 26) as u8);
    std::iter::repeat_n(c, k / 26 + 1).collect()
}

/// A list label in Roman numerals, as Word shows it (the number itself outside 1 to 3999).
fn roman(n: i64) -> String {
    crate::redline::roman_numeral(n).unwrap_or_else(|| n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_word_writes_them() {
        assert_eq!(format_number(4, "lowerRoman"), "iv");
        assert_eq!(format_number(14, "upperRoman"), "XIV");
        assert_eq!(format_number(28, "lowerLetter"), "bb");
        assert_eq!(format_number(3, "upperLetter"), "C");
        assert_eq!(format_number(7, "decimalZero"), "07");
        assert_eq!(format_number(22, "ordinal"), "22nd");
        assert_eq!(format_number(12, "ordinal"), "12th");
        assert_eq!(format_number(5, "chineseCounting"), "5");
        // Hostile values stay short and do not overflow.
        assert_eq!(format_number(2_000_000_000, "lowerLetter"), "2000000000");
        assert_eq!(format_number(i64::MAX, "upperRoman"), i64::MAX.to_string());
    }

    const XML: &str = r#"<w:numbering xmlns:w="w">
<w:abstractNum w:abstractNumId="7">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/><w:suff w:val="space"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1.%2.%3"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>"#;

    #[test]
    fn labels_count_restart_below_and_restart_with_an_override() {
        let mut n = Numbering::parse(XML).unwrap();
        let mut next = |id: &str, l: usize| n.next_label(id, l).unwrap();
        assert_eq!(next("1", 0), "(1) ");
        assert_eq!(next("1", 1), "a) ");
        assert_eq!(next("1", 1), "b) ");
        assert_eq!(next("1", 2), "1.b.i");
        assert_eq!(next("1", 0), "(2) ");
        assert_eq!(next("1", 1), "a) ");
        // Another list instance of the same abstract list with a start override restarts.
        assert_eq!(next("2", 0), "(1) ");
        assert_eq!(next("2", 0), "(2) ");
        assert!(n.next_label("9", 0).is_none());
        assert!(
            n.next_label("1", 40).is_none(),
            "levels beyond the ninth do not exist"
        );
        let huge = XML.replace(
            "<w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>",
            &format!(
                "<w:start w:val=\"{}\"/><w:numFmt w:val=\"decimal\"/>",
                i64::MAX
            ),
        );
        let mut n = Numbering::parse(&huge).unwrap();
        n.next_label("1", 0);
        assert_eq!(n.next_label("1", 0).unwrap(), format!("({}) ", i64::MAX));
    }
}
