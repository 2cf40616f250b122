//! Alignment cases, the rebuild property and the operation invariants.

use proptest::prelude::*;

use super::*;

const WORDS: &[&str] = &[
    "person",
    "offence",
    "child",
    "computer",
    "system",
    "data",
    "provider",
    "authority",
    "court",
    "order",
    "period",
    "measure",
    "victim",
    "evidence",
    "search",
    "seizure",
    "traffic",
    "content",
    "shall",
    "may",
    "ensure",
    "fine",
    "years",
    "months",
    "national",
    "request",
    "assistance",
];

/// A deterministic body for section `k` (distinct per `k`).
fn body(k: usize) -> String {
    let mut out = String::new();
    for sub in 1..=3 {
        out.push_str(&format!("({sub}) "));
        for w in 0..12 {
            let x = (k * 7919 + sub * 104_729 + w * 31) % 1_000_003;
            out.push_str(WORDS[(x ^ (x >> 3)) % WORDS.len()]);
            out.push(if w == 11 { '.' } else { ' ' });
        }
        out.push('\n');
    }
    out
}

/// Renders `Section N. Title k` with body `k` for each k, numbered 1, 2, …
fn bill(ks: &[usize]) -> String {
    ks.iter()
        .enumerate()
        .map(|(n, &k)| format!("Section {}. Title {k}\n{}\n", n + 1, body(k)))
        .collect()
}

/// Redline plus the invariants every redline must satisfy.
fn check(old: &str, new: &str) -> Redline {
    let r = redline(old, new);
    assert_eq!(apply(old, &r.ops), new, "ops do not rebuild the new text");
    // The stream of tracked changes (Word output) gives back both texts, moves included.
    let stream = crate::redline::tracked(&r, old, new);
    assert_eq!(
        crate::redline::rebuild(&stream, old, new, true),
        old,
        "tracked: old text"
    );
    assert_eq!(
        crate::redline::rebuild(&stream, old, new, false),
        new,
        "tracked: new text"
    );
    // Copy and delete ranges cover the old text exactly once.
    let mut ranges: Vec<(usize, usize)> = r
        .ops
        .iter()
        .filter_map(|op| match op {
            Op::Copy { start, end } | Op::Delete { start, end } => Some((*start, *end)),
            Op::Insert { .. } => None,
        })
        .collect();
    ranges.sort();
    let mut at = 0;
    for (s, e) in ranges {
        assert_eq!(s, at, "gap or overlap in the old text at {at}");
        assert!(e > s, "empty range");
        at = e;
    }
    assert_eq!(at, old.len(), "old text not covered");
    // Sections tile their texts.
    for (text, secs) in [(old, &r.old_sections), (new, &r.new_sections)] {
        let mut at = 0;
        for s in secs.iter() {
            assert_eq!(s.start, at);
            at = s.end;
        }
        assert_eq!(at, text.len());
    }
    // Every section appears once in the alignment.
    let olds: Vec<usize> = r.sections.iter().filter_map(|c| c.old).collect();
    let news: Vec<usize> = r.sections.iter().filter_map(|c| c.new).collect();
    assert_eq!(olds.len(), r.old_sections.len());
    assert_eq!(news, (0..r.new_sections.len()).collect::<Vec<_>>());
    r
}

/// The numbers of the sections that have one, in order.
fn section_numbers(sections: &[Section]) -> Vec<&str> {
    sections
        .iter()
        .filter_map(|s| s.number.as_deref())
        .collect()
}

fn descriptions(r: &Redline) -> Vec<&str> {
    r.renumberings
        .iter()
        .map(|x| x.description.as_str())
        .collect()
}

fn fragments(c: &SectionChange, kind: FragmentKind) -> Vec<&str> {
    c.hunks
        .iter()
        .flat_map(|h| &h.fragments)
        .filter(|f| f.kind == kind)
        .map(|f| f.text.as_str())
        .collect()
}

#[test]
fn identical_texts_have_no_changes() {
    let old = bill(&[1, 2, 3]);
    let r = check(&old, &old);
    assert_eq!(r.summary.unchanged, 3);
    assert_eq!(
        r.ops,
        [Op::Copy {
            start: 0,
            end: old.len()
        }]
    );
    assert!(changed_sections(&r).is_empty());
}

#[test]
fn word_edit_is_a_changed_section_with_word_changes() {
    let old = bill(&[1, 2, 3]);
    let second = body(2);
    let first_word = second[4..].split(' ').next().unwrap().to_string();
    let new = old.replacen(&second, &second.replacen(&first_word, "tribunal", 1), 1);
    let r = check(&old, &new);
    assert_eq!(
        (r.summary.changed, r.summary.unchanged, r.summary.added),
        (1, 2, 0)
    );
    let c = &r.sections[1];
    assert_eq!(c.status, Status::Changed);
    assert_eq!(fragments(c, FragmentKind::Removed), [first_word.as_str()]);
    assert_eq!(fragments(c, FragmentKind::Added), ["tribunal"]);
    assert_eq!(c.hunks[0].old_line, 7);
    assert!(c.similarity.unwrap() > 0.8);
    assert_eq!(changed_sections(&r), ["2"]);
}

#[test]
fn insertion_gives_one_renumbering_run() {
    let ks: Vec<usize> = (1..=20).collect();
    let old = bill(&ks);
    let mut nks = ks.clone();
    nks.insert(4, 100);
    let new = bill(&nks);
    let r = check(&old, &new);
    assert_eq!(r.summary.added, 1);
    assert_eq!(r.summary.removed, 0);
    assert_eq!(r.summary.changed, 0);
    assert_eq!(r.summary.moved, 0);
    assert_eq!(r.summary.renumbered, 16);
    assert_eq!(descriptions(&r), ["Section 5–20 renumbered 6–21"]);
    assert_eq!(r.sections[4].status, Status::Added);
    assert_eq!(r.sections[4].new_label.as_deref(), Some("Section 5"));
    // A renumbered section has no hunks: the number change is reported by the run.
    assert!(r.sections[10].hunks.is_empty() && r.sections[10].renumbered);
}

#[test]
fn deletion_gives_one_renumbering_run() {
    let ks: Vec<usize> = (1..=20).collect();
    let old = bill(&ks);
    let mut nks = ks.clone();
    nks.remove(4);
    let new = bill(&nks);
    let r = check(&old, &new);
    assert_eq!((r.summary.added, r.summary.removed), (0, 1));
    assert_eq!(descriptions(&r), ["Section 6–20 renumbered 5–19"]);
    assert_eq!(r.sections[4].status, Status::Removed);
    assert_eq!(r.sections[4].old_label.as_deref(), Some("Section 5"));
}

#[test]
fn insertion_and_deletion_give_runs_with_their_shifts() {
    let ks: Vec<usize> = (1..=30).collect();
    let old = bill(&ks);
    let mut nks = ks.clone();
    nks.insert(5, 100);
    nks.insert(6, 101);
    nks.remove(22); // old section 21
    let new = bill(&nks);
    let r = check(&old, &new);
    assert_eq!(
        descriptions(&r),
        [
            "Section 6–20 renumbered 8–22",
            "Section 22–30 renumbered 23–31"
        ]
    );
}

#[test]
fn edited_and_renumbered_section_stays_in_its_run() {
    let ks: Vec<usize> = (1..=12).collect();
    let old = bill(&ks);
    let mut nks = ks.clone();
    nks.insert(2, 100);
    let mut new = bill(&nks);
    let b = body(8);
    new = new.replacen(&b, &b.replacen("(2) ", "(2) Notwithstanding ", 1), 1);
    let r = check(&old, &new);
    assert_eq!(descriptions(&r), ["Section 3–12 renumbered 4–13"]);
    let c = r
        .sections
        .iter()
        .find(|c| c.old_label.as_deref() == Some("Section 8"))
        .unwrap();
    assert_eq!(c.status, Status::Changed);
    assert!(c.renumbered && !c.moved);
    assert_eq!(c.new_label.as_deref(), Some("Section 9"));
    assert_eq!(fragments(c, FragmentKind::Added), ["Notwithstanding "]);
}

#[test]
fn moved_section_is_moved_not_removed_and_added() {
    let ks: Vec<usize> = (1..=15).collect();
    let old = bill(&ks);
    let mut nks = ks.clone();
    let k = nks.remove(2);
    nks.insert(12, k);
    let new = bill(&nks);
    let r = check(&old, &new);
    assert_eq!((r.summary.added, r.summary.removed), (0, 0));
    assert_eq!(r.summary.moved, 1);
    let c = r.sections.iter().find(|c| c.moved).unwrap();
    assert_eq!(c.old_label.as_deref(), Some("Section 3"));
    assert_eq!(c.new_label.as_deref(), Some("Section 13"));
    assert_eq!(c.status, Status::Unchanged);
    assert_eq!(descriptions(&r), ["Section 4–13 renumbered 3–12"]);
}

#[test]
fn moved_and_edited_section_is_found() {
    let ks: Vec<usize> = (1..=15).collect();
    let old = bill(&ks);
    let mut nks = ks.clone();
    let k = nks.remove(12);
    nks.insert(1, k);
    let b = body(13);
    let new = bill(&nks).replacen(&b, &b.replacen("(3) ", "(3) Moreover ", 1), 1);
    let r = check(&old, &new);
    assert_eq!((r.summary.added, r.summary.removed), (0, 0));
    let c = r.sections.iter().find(|c| c.moved).unwrap();
    assert_eq!(c.status, Status::Changed);
    assert_eq!(c.old_label.as_deref(), Some("Section 13"));
}

#[test]
fn renumbered_articles_keep_their_numbers_in_ops() {
    let old = "Article 1 – Scope\nText one here.\n\nArticle 2 – Use\nText two here.\n";
    let new = "Article 1 – Scope\nText one here.\n\nArticle 2 – New\nNew text.\n\nArticle 3 – Use\nText two here.\n";
    let r = check(old, new);
    assert_eq!(r.summary.added, 1);
    assert_eq!(descriptions(&r), ["Article 2 renumbered Article 3"]);
    assert!(r.ops.contains(&Op::Insert { text: "3".into() }));
}

#[test]
fn crlf_texts_rebuild_exactly() {
    let old = bill(&[1, 2, 3, 4]).replace('\n', "\r\n");
    let new = bill(&[1, 3, 4, 9]).replace('\n', "\r\n");
    let r = check(&old, &new);
    assert_eq!((r.summary.added, r.summary.removed), (1, 1));
    assert_eq!(r.old_sections[1].title, "Title 2");
    // Turning CRLF into LF is a change of every section, and still rebuilds exactly.
    check(&old, &old.replace("\r\n", "\n"));
}

#[test]
fn empty_texts() {
    let r = check("", "");
    assert!(r.sections.is_empty() && r.ops.is_empty());
    let r = check("", "Section 1. A\n");
    assert_eq!(r.summary.added, 1);
    let r = check("Section 1. A\n", "");
    assert_eq!(r.summary.removed, 1);
    check("\n", "");
    check("", "\n\n");
}

#[test]
fn trailing_newline_changes_rebuild_exactly() {
    let old = bill(&[1, 2]);
    let new = old.trim_end().to_string();
    let r = check(&old, &new);
    assert_eq!(
        r.summary.unchanged, 2,
        "trailing blank lines are not content"
    );
    check(&new, &old);
    check("Section 1. A", "Section 1. A\n");
}

#[test]
fn text_without_headings_is_one_preamble_diffed_by_words() {
    let old = "The quick brown fox\njumps over the lazy dog.\nEnd.\n";
    let new = "The quick red fox\njumps over the lazy dog.\nEnd.\n";
    let r = check(old, new);
    assert_eq!(r.sections.len(), 1);
    let c = &r.sections[0];
    assert_eq!(c.old_label.as_deref(), Some("preamble"));
    assert_eq!(c.status, Status::Changed);
    assert_eq!(fragments(c, FragmentKind::Removed), ["brown"]);
    assert_eq!(fragments(c, FragmentKind::Added), ["red"]);
    assert!(
        changed_sections(&r).is_empty(),
        "the preamble has no number"
    );
}

#[test]
fn adjacent_word_changes_read_as_one() {
    let old = "Section 1. A\nthe big old house stands\n";
    let new = "Section 1. A\nthe small new house stands\n";
    let r = check(old, new);
    let c = &r.sections[0];
    assert_eq!(fragments(c, FragmentKind::Removed), ["big old"]);
    assert_eq!(fragments(c, FragmentKind::Added), ["small new"]);
}

#[test]
fn duplicate_contents_pair_in_order() {
    let old = "Section 1. A\nx y z\n\nSection 2. [Repealed]\n\nSection 3. [Repealed]\n\nSection 4. B\np q r\n";
    let new = "Section 1. A\nx y z\n\nSection 2. New\nn e w\n\nSection 3. [Repealed]\n\nSection 4. [Repealed]\n\nSection 5. B\np q r\n";
    let r = check(old, new);
    assert_eq!(r.summary.moved, 0);
    assert_eq!(r.summary.added, 1);
    assert_eq!(descriptions(&r), ["Section 2–4 renumbered 3–5"]);
}

#[test]
fn heading_title_change_and_subsections_are_reported() {
    let old = "Part 1\nArticle 1 – Old title\n(1) First.\n(2) Second.\n";
    let new = "Part 1\nArticle 1 – New title\n(1) First.\n(2) Second.\n(3) Third.\n";
    let r = check(old, new);
    assert_eq!(r.structure.new.articles, 1);
    let c = &r.sections[1];
    assert_eq!(c.status, Status::Changed);
    assert_eq!(fragments(c, FragmentKind::Removed), ["Old"]);
    assert_eq!(fragments(c, FragmentKind::Added), ["New", "(3) Third.\n"]);
    let subs: Vec<_> = r.new_sections[1]
        .subsections
        .iter()
        .map(|s| (s.label(), s.level))
        .collect();
    assert_eq!(
        subs,
        [("(1)".to_string(), 2), ("(2)".into(), 2), ("(3)".into(), 2)]
    );
    assert_eq!(r.new_sections[0].level, 0);
}

#[test]
fn replaced_section_with_same_number_is_changed_when_similar_enough() {
    let old = "§ 1 Scope\nThis law applies to data held by providers.\n\n§ 2 Other\nUnrelated words entirely here.\n";
    let new = "§ 1 Scope\nThis law applies to data held by service providers.\n\n§ 2 Other\nUnrelated words entirely here.\n";
    let r = check(old, new);
    assert_eq!(r.sections[0].status, Status::Changed);
    assert_eq!(changed_sections(&r), ["1"]);
}

#[test]
fn unicode_edits_rebuild_exactly() {
    let old = "§ 1 Geltung\nDie Straße ist groß.\n";
    let new = "§ 1 Geltung\nDie Straße ist größer – sehr.\n";
    let r = check(old, new);
    assert_eq!(
        fragments(&r.sections[0], FragmentKind::Added),
        ["größer – sehr"]
    );
}

#[test]
fn redline_is_deterministic_and_serialises() {
    let ks: Vec<usize> = (1..=40).collect();
    let mut nks = ks.clone();
    nks.insert(10, 77);
    nks.swap(3, 30);
    let (old, new) = (bill(&ks), bill(&nks));
    let a = serde_json::to_string(&redline(&old, &new)).unwrap();
    let b = serde_json::to_string(&redline(&old, &new)).unwrap();
    assert_eq!(a, b);
    let v: serde_json::Value = serde_json::from_str(&a).unwrap();
    assert!(v["ops"].is_array() && v["summary"]["added"] == 1);
    let ops: Vec<Op> = serde_json::from_value(v["ops"].clone()).unwrap();
    assert_eq!(apply(&old, &ops), new);
}

#[test]
fn rewrapped_section_is_unchanged_but_rebuilt() {
    let old =
        "Section 1. A\nThe quick brown fox jumps\nover the lazy dog.\n\nSection 2. B\nOther.\n";
    let new =
        "Section 1. A\nThe quick brown\nfox jumps over the lazy\ndog.\n\nSection 2. B\nOther.\n";
    let r = check(old, new);
    assert_eq!(r.summary.unchanged, 2);
    assert!(r.sections[0].hunks.is_empty());
    assert!(changed_sections(&r).is_empty());
}

#[test]
fn long_run_of_edited_sections_pairs_in_a_large_gap() {
    let ks: Vec<usize> = (1..=100).collect();
    let old = bill(&ks);
    let mut new = String::new();
    for (n, &k) in ks.iter().enumerate() {
        let mut b = body(k);
        if (10..80).contains(&n) {
            b = b.replacen("(2) ", "(2) Amended ", 1);
        }
        new.push_str(&format!("Section {}. Title {k}\n{b}\n", n + 1));
    }
    let r = check(&old, &new);
    assert_eq!(r.summary.changed, 70);
    assert_eq!(
        (r.summary.added, r.summary.removed, r.summary.moved),
        (0, 0, 0)
    );
    assert!(r.sections.iter().all(|c| c.old_label == c.new_label));
}

#[test]
fn chapters_with_roman_numbers_renumber_as_a_run() {
    let chapter = |n: &str, t: &str| format!("Chapter {n} – {t}\nArticle body of {t} here.\n\n");
    let old = [
        chapter("I", "One"),
        chapter("II", "Two"),
        chapter("III", "Three"),
    ]
    .concat();
    let new = [
        chapter("I", "One"),
        chapter("II", "Inserted"),
        chapter("III", "Two"),
        chapter("IV", "Three"),
    ]
    .concat();
    let r = check(&old, &new);
    assert_eq!(
        r.structure.new.articles, 0,
        "no article-like headings: divisions only"
    );
    assert_eq!(descriptions(&r), ["Chapter II–III renumbered III–IV"]);
    assert_eq!(r.summary.added, 1);
    assert_eq!(changed_sections(&r), ["II", "III", "IV"]);
}

/// Revisions as drafters make them, on generated bills.
#[derive(Clone, Debug)]
pub(super) enum Edit {
    Word {
        section: usize,
        word: usize,
        to: usize,
    },
    Insert {
        at: usize,
        k: usize,
    },
    Delete {
        at: usize,
    },
    Move {
        from: usize,
        to: usize,
    },
    Title {
        section: usize,
    },
}

pub(super) fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<usize>(), 0..WORDS.len())
            .prop_map(|(section, word, to)| Edit::Word { section, word, to }),
        (any::<usize>(), 200..400usize).prop_map(|(at, k)| Edit::Insert { at, k }),
        any::<usize>().prop_map(|at| Edit::Delete { at }),
        (any::<usize>(), any::<usize>()).prop_map(|(from, to)| Edit::Move { from, to }),
        any::<usize>().prop_map(|section| Edit::Title { section }),
    ]
}

fn render(secs: &[(String, String)], style: usize, crlf: bool, trailing: bool) -> String {
    let mut out = String::new();
    for (n, (title, body)) in secs.iter().enumerate() {
        let head = match style {
            0 => format!("Section {}. {title}", n + 1),
            1 => format!("Article {} – {title}", n + 1),
            2 => format!("§ {} {title}", n + 1),
            _ => format!("{}. {title}", n + 1),
        };
        out.push_str(&head);
        out.push('\n');
        out.push_str(body);
        out.push('\n');
    }
    if !trailing {
        while out.ends_with('\n') {
            out.pop();
        }
    }
    if crlf { out.replace('\n', "\r\n") } else { out }
}

/// Two versions of a generated bill of `n` sections: as generated, and after `edits` (also
/// used by the amending-instruction tests).
pub(super) fn revise(
    n: usize,
    edits: Vec<Edit>,
    style: usize,
    crlf: bool,
    trailing: (bool, bool),
    preamble: bool,
) -> (String, String) {
    let mut secs: Vec<(String, String)> = (0..n).map(|k| (format!("Title {k}"), body(k))).collect();
    let old_secs = secs.clone();
    for e in edits {
        let len = secs.len();
        match e {
            Edit::Word { section, word, to } if len > 0 => {
                let b = &mut secs[section % len].1;
                let words: Vec<&str> = b.split(' ').collect();
                let w = word % words.len();
                let mut ws: Vec<String> = words.iter().map(|s| s.to_string()).collect();
                ws[w] = WORDS[to].to_string();
                *b = ws.join(" ");
            }
            Edit::Insert { at, k } => secs.insert(at % (len + 1), (format!("New {k}"), body(k))),
            Edit::Delete { at } if len > 0 => {
                secs.remove(at % len);
            }
            Edit::Move { from, to } if len > 0 => {
                let s = secs.remove(from % len);
                secs.insert(to % len, s);
            }
            Edit::Title { section } if len > 0 => secs[section % len].0.push_str(" amended"),
            _ => {}
        }
    }
    let mut old = render(&old_secs, style, crlf, trailing.0);
    let mut new = render(&secs, style, crlf, trailing.1);
    if preamble {
        old.insert_str(0, "An Act to amend the law.\n\n");
        new.insert_str(0, "An Act to amend the law, as revised.\n\n");
    }
    (old, new)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn ops_rebuild_generated_revisions(
        n in 0..25usize,
        edits in prop::collection::vec(edit(), 0..12),
        style in 0..4usize,
        crlf in any::<bool>(),
        trailing in (any::<bool>(), any::<bool>()),
        preamble in any::<bool>(),
    ) {
        let (old, new) = revise(n, edits, style, crlf, trailing, preamble);
        let r = check(&old, &new);
        prop_assert_eq!(r.old_sections.len(), n + usize::from(preamble));
    }

    #[test]
    fn ops_rebuild_mutated_texts(
        old in prop::collection::vec(piece(), 0..60),
        edits in prop::collection::vec((any::<usize>(), 0..3u8, piece()), 0..10),
    ) {
        let mut new = old.clone();
        for (at, kind, p) in edits {
            let len = new.len();
            match kind {
                0 => new.insert(at % (len + 1), p),
                1 if len > 0 => { new.remove(at % len); }
                _ if len > 0 => new[at % len] = p,
                _ => {}
            }
        }
        check(&old.concat(), &new.concat());
    }

    #[test]
    fn ops_rebuild_arbitrary_texts(
        old in prop::collection::vec(piece(), 0..40),
        new in prop::collection::vec(piece(), 0..40),
    ) {
        check(&old.concat(), &new.concat());
    }
}

/// Pieces of text that form headings, lines and words in many combinations.
pub(super) fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Section 1. ".to_string()),
        Just("Art. 2a ".to_string()),
        Just("§ 3 ".to_string()),
        Just("Chapter II\n".to_string()),
        Just("12. ".to_string()),
        Just("(1) ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("  ".to_string()),
        Just("é".to_string()),
        Just("–".to_string()),
        "[A-Za-z]{1,6}",
        "[0-9]{1,3}",
        "[ .,;()]{1,3}",
    ]
}

// Regressions from trials on real and realistic legislation (issue 9).

/// Every fragment of a given kind in the whole redline.
fn all_fragments(r: &Redline, kind: FragmentKind) -> Vec<String> {
    r.sections
        .iter()
        .flat_map(|c| fragments(c, kind))
        .map(str::to_string)
        .collect()
}

fn uk_clause(n: usize, title: &str, offence: &str, years: usize) -> String {
    format!(
        "{n} {title}\n(1) A person aged 18 or over commits an offence if the person {offence}.\n(2) A person guilty of an offence under this section is liable on conviction on indictment to imprisonment for a term not exceeding {years} years.\n\n"
    )
}

#[test]
fn uk_bare_clause_numbers_with_a_clause_inserted_before_clause_3() {
    let head = "Online Safety (Children) Bill\n\nBE IT ENACTED as follows:\n\n";
    let c = [
        (
            "Sexual communication with a child",
            "intentionally communicates with a child for a sexual purpose",
            2,
        ),
        (
            "Meeting a child following grooming",
            "meets a child after communicating with the child",
            10,
        ),
        (
            "Possession of a paedophile manual",
            "possesses advice about abusing children sexually",
            3,
        ),
    ];
    let old = format!(
        "{head}{}{}{}4 Commencement\nThis Act comes into force on the day on which it is passed.\n",
        uk_clause(1, c[0].0, c[0].1, c[0].2),
        uk_clause(2, c[1].0, c[1].1, c[1].2),
        uk_clause(3, c[2].0, c[2].1, c[2].2),
    );
    let new = format!(
        "{head}{}{}{}{}5 Commencement\nThis Act comes into force on the day on which it is passed.\n",
        uk_clause(1, c[0].0, c[0].1, c[0].2),
        uk_clause(2, c[1].0, c[1].1, c[1].2),
        uk_clause(
            3,
            "Live-streaming of child sexual abuse",
            "arranges the live-streaming of sexual abuse of a child",
            5
        ),
        uk_clause(4, c[2].0, c[2].1, c[2].2),
    );
    let r = check(&old, &new);
    assert_eq!(r.structure.articles_marked_by, "bare numbers (1 Title)");
    assert_eq!(r.structure.old.articles, 4);
    // A capitalised reference at the start of a wrapped line does not change that.
    let wrapped = new.replace(
        "BE IT ENACTED",
        "Section 1. Of the 2003 Act is repealed.\nBE IT ENACTED",
    );
    assert_eq!(
        check(&old, &wrapped).structure.articles_marked_by,
        "bare numbers (1 Title)"
    );
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    // No penalty cut that never happened.
    assert!(
        !all_fragments(&r, FragmentKind::Removed)
            .iter()
            .any(|f| f.contains("10"))
    );
    assert_eq!(
        (r.summary.added, r.summary.removed, r.summary.changed),
        (1, 0, 0)
    );
    let added = r
        .sections
        .iter()
        .find(|c| c.status == Status::Added)
        .unwrap();
    assert_eq!(added.new_label.as_deref(), Some("3"));
    assert_eq!(descriptions(&r), ["3–4 renumbered 4–5"]);
    assert_eq!(r.units[3].address, "s. 3");
    assert_eq!(r.units[3].children[1].address, "s. 3(2)");
}

#[test]
fn markdown_article_headings_and_a_swap_reported_as_a_move() {
    let art = |n: usize, body: &str| format!("### Article {n}\n\n{body}\n\n");
    let bodies = [
        "Each Party shall criminalise sexual abuse of children.",
        "Each Party shall criminalise child prostitution in the following forms.",
        "Each Party shall ensure that the solicitation of children is an offence.",
        "Each Party shall provide for corporate liability of legal persons.",
    ];
    let old: String = (0..4).map(|k| art(k + 1, bodies[k])).collect();
    let new = [
        art(1, bodies[0]),
        art(2, bodies[1]),
        art(4, bodies[3]),
        art(3, bodies[2]),
    ]
    .concat();
    let r = check(&old, &new);
    assert_eq!(r.structure.old.articles, 4);
    assert_eq!(r.summary.moved, 1, "{:?}", r.summary);
    assert_eq!(
        (r.summary.changed, r.summary.added, r.summary.removed),
        (0, 0, 0)
    );
    assert_eq!(r.summary.unchanged, 4);
    assert!(r.units.iter().filter(|u| u.moved).count() == 1);
}

#[test]
fn dutch_articles_with_numbered_leden_are_addressed_by_lid_and_item() {
    let art = |n: &str, a: &str| {
        format!(
            "### Artikel {n}\n\n1. Met gevangenisstraf van ten hoogste vier jaren wordt gestraft:\na. {a}\nb. hij die een afbeelding verspreidt.\n2. Niet strafbaar is hij die handelt in het kader van onderzoek.\n\n"
        )
    };
    let old = [
        art("240a", "hij die een kind verleidt;"),
        art("240b", "hij die een afbeelding maakt;"),
    ]
    .concat();
    let new = [
        art("240a", "hij die een kind verleidt;"),
        art("240b", "hij die een afbeelding vervaardigt;"),
    ]
    .concat();
    let r = check(&old, &new);
    assert_eq!(r.structure.style_id, "nl");
    assert_eq!(
        (
            r.structure.old.articles,
            r.structure.old.paragraphs,
            r.structure.old.items
        ),
        (2, 4, 4)
    );
    assert!(r.renumberings.is_empty(), "{:?}", r.renumberings);
    assert_eq!(r.summary.changed, 1);
    let c = r
        .sections
        .iter()
        .find(|c| c.status == Status::Changed)
        .unwrap();
    assert_eq!(c.hunks[0].address, "Artikel 240b, lid 1, onder a");
    let u = &r.units[1];
    assert_eq!(u.status, Status::Changed);
    assert_eq!(u.children.len(), 2);
    assert_eq!(u.children[0].status, Status::Changed);
    assert_eq!(
        u.children[0].children[0].address,
        "Artikel 240b, lid 1, onder a"
    );
    assert_eq!(u.children[1].status, Status::Unchanged);
}

/// The Wetboek van Strafvordering of 2015 (Boek 5, Titel 3), the Burgerlijk Wetboek and the
/// Awb number their articles by book and title: `Artikel 5:3:2` was read as `Artikel 5`
/// titled `3:2`, an inserted 5:3:2 renumbering the next two was reported as two changed
/// headings, and a change in lid 2 of 5:3:2 was cited `Artikel 5, lid 2` (another article).
#[test]
fn dutch_articles_numbered_by_book_and_title_keep_their_colons() {
    let art = |n: &str, body: &str| format!("### Artikel  {n}  \n\n{body}\n\n");
    let first = "1.  Toezichtbeslissingen genomen in een andere lidstaat worden erkend.   \n2.  In Nederland genomen toezichtbeslissingen kunnen worden gezonden aan een andere lidstaat.  ";
    let second = "1.  Vatbaar voor erkenning zijn toezichtbeslissingen waarbij een toezichtmaatregel is opgelegd.";
    let old = [
        art(
            "5:3:1",
            "In deze titel wordt verstaan onder toezichtmaatregel: een verplichting.",
        ),
        art("5:3:2", first),
        art("5:3:3", second),
    ]
    .concat();
    let new = [
        art(
            "5:3:1",
            "In deze titel wordt verstaan onder toezichtmaatregel: een verplichting.",
        ),
        art(
            "5:3:2",
            "De officier van justitie beslist binnen veertig dagen.",
        ),
        art("5:3:3", first),
        art("5:3:4", second),
    ]
    .concat();
    let r = check(&old, &new);
    let numbers = section_numbers(&r.new_sections);
    assert_eq!(numbers, ["5:3:1", "5:3:2", "5:3:3", "5:3:4"]);
    assert_eq!(
        (r.summary.added, r.summary.changed, r.summary.renumbered),
        (1, 0, 2)
    );
    let run = &r.renumberings[0];
    assert_eq!(
        [&run.old_first, &run.old_last, &run.new_first, &run.new_last],
        ["5:3:2", "5:3:3", "5:3:3", "5:3:4"]
    );

    let amended = old.replace(
        "andere lidstaat.",
        "andere lidstaat met het oog op de tenuitvoerlegging.",
    );
    let r = check(&old, &amended);
    let c = r
        .sections
        .iter()
        .find(|c| c.status == Status::Changed)
        .unwrap();
    assert_eq!(c.hunks[0].address, "Artikel 5:3:2, lid 2");
}

/// An article inserted after 9 is `9-1 straipsnis` in the plain text of the Lithuanian
/// Register of Legal Acts (9¹ as printed): it was no heading, so its words were reported as
/// new paragraphs of article 9 (`9 straipsnis, 1 dalis`).
#[test]
fn a_lithuanian_article_inserted_with_a_dash_is_an_article() {
    let nine = "9 straipsnis. Komandiruojamų darbuotojų darbo santykiams taikytina teisė\n\n1. Lietuvos Respublikos darbo teisės normos taikomos tiek, kiek jų nereglamentuoja užsienio valstybės nuostatos.\n\n2. Atsiųstam darbuotojui taikytina teisė taikoma tiek, kiek jo darbo nereglamentuoja Lietuvos Respublikos normos.\n\n";
    let inserted = "9-1 straipsnis. Į Lietuvos Respublikos teritoriją komandiruotų darbuotojų darbo sąlygos\n\n1. Komandiruotiems darbuotojams taikomos normos dėl darbo laiko ir poilsio laiko.\n\n2. Šio straipsnio 1 dalyje nurodytos normos netaikomos, jeigu komandiruotės trukmė neviršija aštuonių dienų.\n\n";
    let ten = "10 straipsnis. Darbo santykių reglamentavimas diplomatinėse atstovybėse\n\n1. Darbo santykius su atstovybe reglamentuoja šalių pasirinkta teisė.\n";
    let r = check(&[nine, ten].concat(), &[nine, inserted, ten].concat());
    assert_eq!(
        (r.summary.added, r.summary.changed, r.summary.unchanged),
        (1, 0, 2)
    );
    let added = r
        .sections
        .iter()
        .find(|c| c.status == Status::Added)
        .unwrap();
    assert_eq!(added.new_label.as_deref(), Some("9-1 straipsnis"));
}

/// The codice di procedura penale as Normattiva's Markdown prints it (legalize-dev/legalize-it):
/// commi written tight (`1.Se …`), a comma inserted whole inside the mark of amended words
/// (`((1-bis. Se …))`), words an amendment gave a comma opening it (`2.((In tutti …`), and the
/// divisions as list entries (`- Sezione IV Competenza per connessione`). The changes in
/// comma 1-bis and comma 2 were cited `Art. 10, comma 1`, the repeal of comma 3 of Art. 9
/// `Art. 9, comma 2`, and an article added at the end of a Sezione made the one before it
/// changed (the division's line was its last paragraph, then the new article's).
#[test]
fn normattiva_commi_and_divisions_are_read_as_written() {
    let art9 = |third: &str| {
        format!(
            "##### Art. 9\n\n#### Regole suppletive\n\n1.Se la competenza non puo' essere determinata a norma dell'articolo 8, e' competente il giudice dell'ultimo luogo.\n\n2.Se non e' noto il luogo indicato nel comma 1, la competenza appartiene al giudice della residenza.\n\n3.{third}\n\n"
        )
    };
    let art10 = |city: &str, register: &str| {
        format!(
            "##### Art. 10\n\n#### Competenza per reati commessi all'estero\n\n1.Se il reato e' stato commesso interamente all'estero, la competenza e' determinata dal luogo della residenza.\n\n((1-bis. Se il reato e' stato commesso a danno del cittadino, la competenza e' del tribunale di {city} quando non e' possibile determinarla nei modi indicati nel comma 1.))\n\n((235))\n\n2.((In tutti gli altri casi, se)) non e' possibile determinare nei modi indicati ((nei commi 1 e 1-bis)) la competenza, questa appartiene al giudice del luogo previsto dall'articolo {register}. ((235))\n\n"
        )
    };
    let art11 = "##### Art. 11\n\n(( (Competenza per i procedimenti riguardanti i magistrati).\n\n1.I procedimenti in cui un magistrato assume la qualita' di persona sottoposta ad indagini sono di competenza del giudice del distretto)). ((98))\n\n";
    let art11_bis = "##### Art. 11-bis\n\n(( (Competenza per i procedimenti riguardanti i magistrati della Direzione nazionale antimafia).\n\n1.I procedimenti in cui un magistrato addetto alla Direzione nazionale antimafia assume la qualita' di imputato sono di competenza del giudice determinato ai sensi dell'articolo 11)).\n\n";
    let tail = "- Sezione IV Competenza per connessione\n\n##### Art. 13\n\n#### Connessione di procedimenti\n\n1.Se alcuni dei procedimenti connessi appartengono alla competenza della Corte costituzionale, e' competente per tutti quest'ultima.\n";
    let old = [
        art9("Se nemmeno in tale modo e' possibile determinare la competenza, questa appartiene al giudice del luogo in cui ha sede l'ufficio del pubblico ministero."),
        art10("Roma", "335"),
        art11.to_string(),
        tail.to_string(),
    ]
    .concat();
    let new = [
        art9("((COMMA ABROGATO DAL D.LGS. 10 OTTOBRE 2022, N. 150))."),
        art10("Perugia", "335-bis"),
        art11.to_string(),
        art11_bis.to_string(),
        tail.to_string(),
    ]
    .concat();
    let r = check(&old, &new);
    assert_eq!(r.structure.style_id, "it");
    assert_eq!(r.structure.new.divisions, 1);
    assert_eq!(
        (r.summary.added, r.summary.changed, r.summary.unchanged),
        (1, 2, 3),
        "{:?}",
        r.sections
            .iter()
            .map(|c| (&c.new_label, c.status))
            .collect::<Vec<_>>()
    );
    let addresses: Vec<&str> = r
        .sections
        .iter()
        .flat_map(|c| &c.hunks)
        .map(|h| h.address.as_str())
        .collect();
    assert_eq!(
        addresses,
        [
            "Art. 9, comma 3",
            "Art. 10, comma 1-bis",
            "Art. 10, comma 2"
        ]
    );
}

/// A paragraph repealed in place keeps its number and leaves a stub (`2. (uchylony)` in
/// Polish consolidated acts, `2 - (Revogado.)` in Portuguese ones): the unit tree reported the
/// old ust. 2 removed and a new one added, as their words have nothing in common.
#[test]
fn a_paragraph_repealed_in_place_is_changed_not_removed_and_added() {
    let art = |second: &str| {
        format!(
            "##### Art. 8.\n\n1. Wnioski w sprawach uregulowanych w ustawie sporządza się w języku polskim.\n\n2. {second}\n\n3. Dokumenty składa się wraz z ich tłumaczeniem na język polski.\n"
        )
    };
    let old = art("W protokołach przesłuchania cudzoziemców podaje się imię i nazwisko tłumacza.");
    let r = check(&old, &art("(uchylony)"));
    let statuses: Vec<_> = r.units[0]
        .children
        .iter()
        .map(|u| (u.address.as_str(), u.status))
        .collect();
    assert_eq!(
        statuses,
        [
            ("Art. 8 ust. 1", Status::Unchanged),
            ("Art. 8 ust. 2", Status::Changed),
            ("Art. 8 ust. 3", Status::Unchanged)
        ]
    );
}

/// The Andorran Codi de procediment penal, text of 2006 and of 2008 (legalize-dev/legalize-ad):
/// the decree's `Disposició final` gained the law's preamble, and the 2008 text has a second
/// `Disposició final` (the law's). A heading named by its words alone was paired only when
/// the whole text had it once: the decree's was reported removed and both added.
#[test]
fn a_titled_heading_once_in_its_place_pairs_though_the_text_has_it_twice() {
    let single = "##### Article únic\n\nS'ordena la publicació al Butlletí Oficial del Principat d'Andorra del text refós del Codi de procediment penal.\n\n";
    let decree = |tail: &str| {
        format!(
            "#### Disposició final\n\nAquest Decret entra en vigor el mateix dia de ser publicat al Butlletí Oficial del Principat d'Andorra.\n\nAndorra la Vella, {tail}\n\n"
        )
    };
    let first = "## Títol preliminar. L'administració de la Justícia\n\n##### Article 1\n\nLa facultat d'administrar justícia en matèria criminal correspon exclusivament al Tribunal Superior de Justícia.\n\n";
    let old = [
        single,
        &decree(
            "8 de febrer del 2006 Albert Pintat Santolària Cap de Govern Codi de procediment penal",
        ),
        first,
    ]
    .concat();
    let preamble = "Codi de procediment penal Exposició de motius La promulgació de la Constitució andorrana com a norma suprema de l'ordenament jurídic era motiu suficient per empènyer el poder legislatiu a realitzar, entre altres textos normatius, la reforma del Codi de procediment penal.\n\nNo tan sols era necessària la ratificació per part dels representants del poble andorrà d'un text preconstitucional que, per tenir aquest caràcter, no provenia de la sobirania popular, sinó que també calia sotmetre, de manera clara i expressa, la llei processal penal als límits derivats del reconeixement constitucional dels drets i les llibertats inviolables dels ciutadans.\n\nS'afegia a aquestes raons fonamentals la necessitat peremptòria de modificar alguns aspectes de l'actual text procedimental per tal d'adequar-lo als recents tractats internacionals, i de millorar certs articles, que s'havia fet palesa al llarg de l'aplicació del Codi de 1989.\n\nAixí, són objecte de la present modificació, en allò que afecta el dret de defensa, la regulació de la intervenció lletrada i d'assistència al detingut i la regulació dels terminis pel secret sumarial; en allò que afecta els drets a la llibertat i la intimitat, la regulació dels motius i els terminis de privació de llibertat, dels registres domiciliaris, de la intervenció de la correspondència i de les comunicacions. Es recullen, també, el reconeixement del dret a la presumpció d'innocència, el principi de judici formal i de jutge competent, el principi de la bona fe i d'interdicció de l'abús de dret, el principi de contradicció, especialment per a la validesa de les proves, el d'interdicció del bis in ídem i l'obligació dels jutges de dictar sempre resolució sobre les qüestions que es plantegin, que, a més a més, ha de ser motivada i, especialment en la fase instructora, ha de cercar la veritat dels fets i no solament els elements inculpatoris.";
    let new = [
        single,
        &decree(&format!(
            "17 de desembre del 2008 Albert Pintat Santolària Cap de Govern {preamble}"
        )),
        first,
        "#### Disposició final\n\n1. Es revoca el Decret del Recurs de Suplicació, de 13 de juliol de 1990.\n",
    ]
    .concat();
    let r = check(&old, &new);
    assert_eq!(
        (r.summary.added, r.summary.removed, r.summary.changed),
        (1, 0, 1),
        "{:?}",
        r.sections
    );
    let changed = r
        .sections
        .iter()
        .find(|c| c.status == Status::Changed)
        .unwrap();
    assert_eq!(changed.new_label.as_deref(), Some("Disposició final"));
    assert_eq!(changed.new, Some(1));
}

/// Andorra's laws are written in Catalan: `Article 8` with apartats `1.`, `2.` and lletres
/// `a)`, divided into `Títol`, `Capítol`, `Secció`. They were read in the French style
/// (`Article 8, al. 2`) and their Capítols were no divisions.
#[test]
fn andorran_laws_are_read_and_cited_in_catalan() {
    let text = |term: &str| {
        format!(
            "## Capítol primer. Disposicions generals\n\n##### Article 8\n\n1. La detenció preventiva no pot durar més del temps estrictament necessari per a la realització de les indagacions.\n\n2. El detingut ha de ser posat a disposició del batlle en el termini màxim de {term} hores, amb els informes dels agents.\n\n##### Article 9\n\nAquesta Llei entra en vigor el dia següent de ser publicada al Butlletí Oficial del Principat d'Andorra.\n"
        )
    };
    let r = check(&text("quaranta-vuit"), &text("setanta-dues"));
    assert_eq!(r.structure.style_id, "ca");
    assert_eq!(r.structure.old.divisions, 1);
    let c = r
        .sections
        .iter()
        .find(|c| c.status == Status::Changed)
        .unwrap();
    assert_eq!(c.hunks[0].address, "Article 8, apartat 2");
}

/// A short article as Normattiva prints it (`1.Se il reato e' stato …`: `e'` for `è`) has as
/// many French words as Italian ones (`la competenza`): it was read in the French style, its
/// commi no paragraphs, a change cited `Art. 10, al. 2`.
#[test]
fn a_short_normattiva_article_is_italian() {
    let art = |city: &str| {
        format!(
            "##### Art. 10\n\n#### Competenza per reati commessi all'estero\n\n1.Se il reato e' stato commesso interamente all'estero, la competenza e' determinata dal luogo della residenza.\n\n2.Se non e' possibile determinare la competenza, questa appartiene al giudice di {city}.\n\n3.Se il reato e' stato commesso in parte all'estero, la competenza e' determinata a norma degli articoli 8 e 9.\n"
        )
    };
    let r = check(&art("Roma"), &art("Perugia"));
    assert_eq!(r.structure.style_id, "it");
    assert_eq!(r.sections[0].hunks[0].address, "Art. 10, comma 2");
}

#[test]
fn dotted_numbering_aligns_clauses_and_renumbers() {
    let old = "7. PAYMENT\n7.1 Fees are due within 30 days.\n7.2 Late fees accrue at 2% a month.\n8. TERM\n8.1 This agreement runs for one year.\n";
    let new = "7. PAYMENT\n7.1 Fees are due within 30 days.\n7.2 Invoices are sent by email.\n7.3 Late fees accrue at 2% a month.\n8. TERM\n8.1 This agreement runs for two years.\n";
    let r = check(old, new);
    assert_eq!(r.structure.articles_marked_by, "dotted numbers (7.1)");
    assert_eq!(r.summary.added, 1);
    assert_eq!(descriptions(&r), ["7.2 renumbered 7.3"]);
    let c = r
        .sections
        .iter()
        .find(|c| c.status == Status::Changed)
        .unwrap();
    assert_eq!(c.new_label.as_deref(), Some("8.1"));
    assert_eq!(fragments(c, FragmentKind::Added), ["two years"]);
}

#[test]
fn a_sub_clause_holds_the_items_below_it_and_is_cited_by_its_own_number() {
    // Dotted sub-clauses ranked below every other marker: the items of `1.1.1` were the
    // clause's own, `1.1.2` fell inside item `(b)`, and a change in `(b)` was cited `1.1(b)`.
    let old = "1. Supply\n\n1.1 The Supplier shall deliver.\n\n1.1.1 The Supplier shall:\n\n(a) deliver the goods;\n\n(b) install them.\n\n1.1.2 The Buyer shall pay.\n\n1.2 Other terms apply.\n\n2. Price\n\n2.1 The price is fixed.\n\n2.2 The price is final.\n";
    let r = check(old, &old.replace("install them", "install and test them"));
    assert_eq!(r.structure.articles_marked_by, "dotted numbers (7.1)");
    assert_eq!(hunk_addresses(&r), ["1.1.1(b)"]);
    let clause = r.units.iter().find(|u| u.address == "1.1").unwrap();
    let inside: Vec<(&str, usize)> = clause
        .children
        .iter()
        .map(|u| (u.address.as_str(), u.children.len()))
        .collect();
    assert_eq!(inside, [("1.1.1", 2), ("1.1.2", 0)]);
    // The same below a keyword article's numbered paragraph (a German training ordinance's
    // `Nr. 1` with its `1.1`, `1.2`): cited `Nr. 1.1`, not `Nr. 1 1.1`.
    let de = "§ 4 Ausbildungsberufsbild\n\n(1) Gegenstand der Berufsausbildung sind:\n\n1. Berufsbildung:\n\n1.1 Rechte und Pflichten aus dem Ausbildungsvertrag,\n\n1.2 Aufbau des Betriebes;\n\n2. Sicherheit und Gesundheitsschutz bei der Arbeit.\n\n§ 5 Prüfung\n\n(1) Eine Prüfung ist durchzuführen.\n";
    let r = check(de, &de.replace("des Betriebes", "des Ausbildungsbetriebes"));
    assert_eq!(hunk_addresses(&r), ["§ 4 Abs. 1 Nr. 1.2"]);
}

#[test]
fn sub_paragraphs_stand_between_the_paragraphs_that_hold_them_and_the_lists_they_hold() {
    // SOLAS as the Dutch treaty database prints it: paragraphs `1.` hold sub-paragraphs
    // `1.1`, which hold lists `(1)` that the English style ranks above `1.`. Moving each
    // marker above the first one it holds put `1.1` above `1.` (`reg. 21 1.1`), or kept it
    // below the `(1)` it holds.
    let old = "Regulation 21 Survival craft\n\n1. Survival craft\n\n1.1 Passenger ships shall carry:\n\n(1) lifeboats on each side;\n\n(2) liferafts in addition.\n\n1.2 Cargo ships shall carry lifeboats.\n\n2. Rescue boats\n\n2.1 Passenger ships shall carry:\n\n(1) one rescue boat on each side;\n\n(2) a second boat where required.\n\n2.2 Cargo ships shall carry one rescue boat.\n\nRegulation 22 Stowage\n\n1. Boats shall be stowed near the deck.\n";
    let r = check(
        old,
        &old.replace("liferafts in addition", "liferafts in any case"),
    );
    assert_eq!(hunk_addresses(&r), ["reg. 21(1) 1.1(2)"]);
    let regulation = r.units.iter().find(|u| u.address == "reg. 21").unwrap();
    let paragraph = &regulation.children[0];
    assert_eq!(paragraph.address, "reg. 21(1)");
    let inside: Vec<(&str, usize)> = paragraph
        .children
        .iter()
        .map(|u| (u.address.as_str(), u.children.len()))
        .collect();
    assert_eq!(inside, [("reg. 21(1) 1.1", 2), ("reg. 21(1) 1.2", 0)]);
}

#[test]
fn an_amount_whose_thousands_are_set_apart_by_dots_is_no_sub_clause() {
    // A Luxembourg budget law's table (`2.994.778 45`, francs and centimes) and a treaty's
    // ceilings (`1.153 gevechtstanks;`): read as dotted sub-clauses, an amount was cited
    // `Art. 2 2.994.778`, or an article `Article 30.000.000`.
    let old = "Art. 1er.\n\nLe budget est arrêté.\n\nArt. 2.\n\nLes recettes sont évaluées comme suit:\n\nImpositions communales\n\n2.994.778 45\n\nFonds des dépenses communales\n\n1.153.000 00\n\nArt. 3.\n\nLa présente loi entre en vigueur le 1er janvier.\n";
    let r = check(old, &old.replace("1.153.000 00", "1.253.000 00"));
    assert_eq!(r.structure.new.articles, 3);
    assert_eq!(r.structure.new.items + r.structure.new.paragraphs, 0);
    assert_eq!(changed_labels(&r), ["Art. 2"]);
    assert!(
        hunk_addresses(&r).iter().all(|a| !a.contains("153")),
        "{:?}",
        hunk_addresses(&r)
    );
}

#[test]
fn a_byte_order_mark_in_one_text_changes_nothing() {
    let old = bill(&[1, 2, 3]);
    let new = format!("\u{feff}{old}");
    let r = check(&old, &new);
    assert_eq!(r.summary.unchanged, 3, "{:?}", r.summary);
    let r = check(&new, &old);
    assert_eq!(r.summary.unchanged, 3);
    let r = check(&new, &new);
    assert_eq!(r.summary.unchanged, 3);
}

#[test]
fn text_without_headings_warns_and_does_not_match_lines_across_provisions() {
    let old = "A person who communicates with a child commits an offence.\nThe penalty is imprisonment not exceeding 10 years.\nA person who meets a child commits an offence.\nThe penalty is imprisonment not exceeding 2 years.\n";
    let new = "A person who streams abuse commits an offence.\nThe penalty is imprisonment not exceeding 5 years.\nA person who meets a child commits an offence.\nThe penalty is imprisonment not exceeding 2 years.\n";
    let r = check(old, new);
    assert_eq!(r.structure.articles_marked_by, "none");
    assert!(
        r.warnings[0].contains("no article or section headings"),
        "{:?}",
        r.warnings
    );
    let removed = all_fragments(&r, FragmentKind::Removed);
    assert!(
        removed.iter().all(|f| f.contains("10 years")),
        "whole lines: {removed:?}"
    );
    assert!(!removed.contains(&"10".to_string()));
}

#[test]
fn word_diff_above_the_limit_says_so() {
    let words = |every: usize| {
        let w = |k: usize| {
            if every > 0 && k.is_multiple_of(every) {
                format!("b{k}")
            } else {
                format!("a{k}")
            }
        };
        (0..12_000).map(w).collect::<Vec<_>>().join(" ")
    };
    let old = format!("Section 1. Big\n{}\n", words(0));
    let new = format!("Section 1. Big\n{}\n", words(3));
    let r = check(&old, &new);
    let warning = r
        .warnings
        .iter()
        .find(|w| w.contains("not word by word"))
        .unwrap_or_else(|| panic!("{:?}", r.warnings));
    // The count it states is above the limit it states (it once said 10719 above 20000).
    let numbers: Vec<usize> = warning
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    assert_eq!(numbers.len(), 3, "{warning}");
    assert!(numbers[1] > numbers[2], "{warning}");
}

#[test]
fn a_long_paragraph_with_a_few_words_inserted_gets_a_word_diff() {
    // Romanian fiscal code, art. 142: one line of about 4,500 words, a note inserted.
    let line: Vec<String> = (0..4500).map(|k| format!("w{},", k % 977)).collect();
    let mut edited = line.clone();
    edited.insert(2000, "nota inserata aici".to_string());
    let old = format!("Articolul 142\n\n{}\n", line.join(" "));
    let new = format!("Articolul 142\n\n{}\n", edited.join(" "));
    let r = check(&old, &new);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let added: Vec<&str> = r.sections[0].hunks[0]
        .fragments
        .iter()
        .filter(|f| f.kind == FragmentKind::Added)
        .map(|f| f.text.trim())
        .collect();
    assert_eq!(added, ["nota inserata aici"]);
}

#[test]
fn whole_sections_show_unchanged_lines_too() {
    let old = "Section 1. A\nfirst line\nsecond line\nthird line\n";
    let new = "Section 1. A\nfirst line\nsecond word\nthird line\n";
    let opts = Options {
        whole_sections: true,
        ..Options::default()
    };
    let r = redline_with(old, new, &opts);
    assert_eq!(apply(old, &r.ops), new);
    let c = &r.sections[0];
    assert_eq!(c.hunks.len(), 1);
    let text: String = c.hunks[0]
        .fragments
        .iter()
        .filter(|f| f.kind != FragmentKind::Removed)
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(text, new);
    // With paragraphs, whose alignment cuts the diff into stretches: the unchanged ones and
    // the renumbered heading are shown too.
    let old = "Section 1. A\n\n(1) First paragraph stays.\n\n(2) Second paragraph goes.\n";
    let new = "Section 2. A\n\n(1) First paragraph stays.\n\n(2) Second paragraph changes.\n";
    let r = redline_with(old, new, &opts);
    assert_eq!(apply(old, &r.ops), new);
    let hunks = &r.sections[0].hunks;
    assert_eq!(hunks.len(), 1);
    let text: String = hunks[0]
        .fragments
        .iter()
        .filter(|f| f.kind != FragmentKind::Removed)
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(text, new);
}

#[test]
fn german_change_is_addressed_by_abs_and_nr() {
    let p = |t: &str| {
        format!(
            "§ 176\nSexueller Missbrauch von Kindern\n(1) Mit Freiheitsstrafe wird bestraft, wer\n1. sexuelle Handlungen an einer Person vornimmt,\n2. ein Kind bestimmt,\n3. {t}\n(2) Ebenso wird bestraft.\n\n§ 176a\nSchwerer sexueller Missbrauch\n(1) Text.\n"
        )
    };
    let r = check(&p("ein Kind dazu bringt."), &p("ein Kind veranlasst."));
    assert_eq!(r.structure.style_id, "de");
    let c = r
        .sections
        .iter()
        .find(|c| c.status == Status::Changed)
        .unwrap();
    assert_eq!(c.hunks[0].address, "§ 176 Abs. 1 Nr. 3");
    assert_eq!(r.new_sections[0].title, "Sexueller Missbrauch von Kindern");
}

/// The address of the first hunk of the first changed section.
fn first_address(r: &Redline) -> &str {
    let c = r
        .sections
        .iter()
        .find(|c| c.status == Status::Changed)
        .expect("a changed section");
    &c.hunks[0].address
}

#[test]
fn romanian_change_is_addressed_by_art_alin_in_brackets_and_lit() {
    let p = |t: &str| {
        format!(
            "Articolul 1\nDefiniții\n(1) Prezentul cod se aplică.\n\nArticolul 2\nImpozitele și taxele\n(1) Impozitele și taxele sunt următoarele:\na) impozitul pe profit;\nb) impozitul pe {t};\n(2) Contribuțiile sociale sunt prevăzute la art. 2 alin. (1).\n"
        )
    };
    let r = check(&p("venit"), &p("venitul persoanelor"));
    assert_eq!(r.structure.style_id, "ro");
    assert_eq!(first_address(&r), "art. 2 alin. (1) lit. b)");
}

#[test]
fn slovak_changes_are_cited_by_ods_and_czech_by_odst() {
    let sk = |t: &str| {
        format!(
            "§ 212\nKrádež\n(1)\nKto si prisvojí cudziu vec tým, že sa jej zmocní, a\na)\nspôsobí tak malú škodu,\nb)\nčin spácha {t},\n(2)\nOdňatím slobody sa páchateľ potrestá, ak spácha čin uvedený v odseku 1 alebo podľa odseku 2.\n"
        )
    };
    let r = check(&sk("vlámaním"), &sk("vlámaním alebo násilím"));
    assert_eq!(r.structure.style_id, "sk");
    assert_eq!(first_address(&r), "§ 212 ods. 1 písm. b)");
    let cs = |t: &str| {
        format!(
            "§ 205\nKrádež\n(1) Kdo si přisvojí cizí věc tím, že se jí zmocní, a\na) způsobí tak {t},\nb) čin spáchá vloupáním,\n(2) Odnětím svobody bude pachatel potrestán, spáchá-li čin uvedený v odstavci 1 nebo který je uveden podle odstavce 2.\n"
        )
    };
    let r = check(&cs("škodu"), &cs("škodu nikoli nepatrnou"));
    assert_eq!(r.structure.style_id, "cs");
    assert_eq!(first_address(&r), "§ 205 odst. 1 písm. a)");
}

#[test]
fn estonian_change_is_addressed_by_lg_and_p() {
    let p = |t: &str| {
        format!(
            "##### § 400. Konkurentsi kahjustav kokkulepe\n\n(1) Kokkuleppe või kooskõlastatud tegevuse eest –\n\nkaristatakse rahalise karistusega.\n\n(2) Konkurentidevahelise kokkuleppe eest, kui sellega:\n\n1) määratakse kindlaks hind;\n\n2) piiratakse {t} või\n\n3) jagatakse kaubaturgu –\n\nkaristatakse vangistusega.\n\n##### § 401. Koondumine\n\n(1) Koondumise eest, mis kahjustab konkurentsi –\n\nkaristatakse rahalise karistusega.\n"
        )
    };
    let r = check(&p("tootmist"), &p("tootmist, teenindamist"));
    assert_eq!(r.structure.style_id, "et");
    assert_eq!(first_address(&r), "§ 400 lg 2 p 2");
}

#[test]
fn latvian_changes_are_addressed_by_article_paragraph_and_item() {
    let p = |t: &str, u: &str| {
        format!(
            "##### 61.pants. Nosacīta atbrīvošana\n\n(1) Personu var atbrīvot no soda.\n\n(2) Atbrīvošanu var noteikt, ja:\n\n1) notiesātais ir sasniedzis rezultātu;\n\n2) notiesātais ir atlīdzinājis {t} kaitējumu;\n\n##### 61.1 pants. Elektroniskā uzraudzība\n\n(1) Uzraudzība ir kontroles pasākumi.\n\n(2) Tiesa nosaka uzraudzību uz {u} mēnešiem.\n"
        )
    };
    let r = check(&p("radīto", "divpadsmit"), &p("nodarīto", "astoņpadsmit"));
    assert_eq!(r.structure.style_id, "lv");
    let addresses: Vec<&str> = hunk_addresses(&r);
    assert_eq!(addresses, ["61. pants, (2), 2)", "61.1 pants, (2)"]);
}

#[test]
fn lithuanian_changes_are_addressed_by_article_part_and_point() {
    let p = |t: &str, u: &str| {
        format!(
            "2703 straipsnis. Jūros teršimas iš laivų\n\n1. Tas, kas teršė iš laivų atvirą jūrą,\n\nbaudžiamas bauda arba areštu.\n\n2. Šio straipsnio 1 dalyje numatyta veika yra nusikalstama, kai ji padaryta:\n\n1) dėl neatsargumo;\n\n2) {u}.\n\n3062 straipsnis. Transporto priemonės ridos suklastojimas\n\n1. Tas, kas suklastojo transporto priemonės ridą,\n\nbaudžiamas bauda arba areštu, arba laisvės atėmimu iki {t} metų.\n\n2. Už šiame straipsnyje numatytą veiką atsako ir juridinis asmuo.\n"
        )
    };
    let r = check(&p("dvejų", "tyčia"), &p("trejų", "tyčia arba iš anksto"));
    assert_eq!(r.structure.style_id, "lt");
    let addresses: Vec<&str> = hunk_addresses(&r);
    assert_eq!(
        addresses,
        [
            "2703 straipsnis, 2 dalis, 2 punktas",
            "3062 straipsnis, 1 dalis"
        ]
    );
}

#[test]
fn french_code_articles_keep_their_numbers() {
    let t = |x: &str| {
        format!(
            "Section 1 : Des mineurs\nArticle L. 227-22\nLe fait de favoriser la corruption.\nArticle L. 227-22-1\nLe fait pour un majeur de faire des propositions {x}.\nArticle L. 227-23\nLe fait de diffuser.\n"
        )
    };
    let r = check(&t("sexuelles"), &t("sexuelles à un mineur"));
    assert_eq!(r.structure.style_id, "fr");
    let c = r
        .sections
        .iter()
        .find(|c| c.status == Status::Changed)
        .unwrap();
    assert_eq!(c.hunks[0].address, "Article L. 227-22-1");
    assert_eq!(r.structure.old.divisions, 1);
}

#[test]
fn a_markdown_division_named_by_words_changes_but_is_not_renumbered() {
    let old = "## Fünfter Titel - Verfall\n\n### § 73\nText.\n";
    let new = "## Fünfter Titel - Einziehung\n\n### § 73\nText.\n";
    let r = check(old, new);
    assert!(r.renumberings.is_empty(), "{:?}", r.renumberings);
    assert_eq!(r.sections[0].status, Status::Changed);
    assert!(!r.sections[0].renumbered);
}

#[test]
fn an_item_inserted_before_others_is_added_and_the_others_renumbered() {
    let old = "Section 7. Payment\n(1) The Customer shall pay.\n(a) Invoices are issued monthly in arrears.\n(b) Each invoice itemises the Services delivered.\n";
    let new = "Section 7. Payment\n(1) The Customer shall pay.\n(a) Invoices are issued monthly in arrears.\n(b) Each party shall keep records of the steps it takes.\n(c) Each invoice itemises the Services delivered.\n";
    let r = check(old, new);
    let items = &r.units[0].children[0].children;
    let got: Vec<(Status, Option<&str>, Option<&str>, bool)> = items
        .iter()
        .map(|u| {
            (
                u.status,
                u.old_label.as_deref(),
                u.new_label.as_deref(),
                u.renumbered,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (Status::Unchanged, Some("(a)"), Some("(a)"), false),
            (Status::Added, None, Some("(b)"), false),
            (Status::Unchanged, Some("(b)"), Some("(c)"), true),
        ]
    );
    assert_eq!(items[2].address, "s. 7(1)(c)");
}

#[test]
fn an_item_replaced_by_unrelated_text_is_removed_and_added_not_changed() {
    let old = "Section 7. Payment\n(1) The Customer shall pay.\n(a) Invoices are issued monthly in arrears.\n(b) A queried line is set aside until the query is resolved.\n";
    let new = "Section 7. Payment\n(1) The Customer shall pay.\n(a) Invoices are issued monthly in arrears.\n(b) Payment is made by bank transfer in pounds sterling.\n";
    let r = check(old, new);
    let items = &r.units[0].children[0].children;
    let got: Vec<(Status, Option<&str>, Option<&str>)> = items
        .iter()
        .map(|u| (u.status, u.old_label.as_deref(), u.new_label.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (Status::Unchanged, Some("(a)"), Some("(a)")),
            (Status::Removed, Some("(b)"), None),
            (Status::Added, None, Some("(b)")),
        ]
    );
}

/// Status, old line, new line, moved and address of a unit.
type UnitRow<'a> = (Status, Option<usize>, Option<usize>, bool, &'a str);

/// The [`UnitRow`] of each unit in `units`.
fn unit_rows(units: &[UnitChange]) -> Vec<UnitRow<'_>> {
    units
        .iter()
        .map(|u| {
            (
                u.status,
                u.old_line,
                u.new_line,
                u.moved,
                u.address.as_str(),
            )
        })
        .collect()
}

#[test]
fn unnumbered_paragraphs_are_units_of_their_section() {
    let old = "Section 1. Payment\nThe Client pays each invoice within thirty days.\n\nThe Supplier issues invoices monthly in arrears.\n\nInvoices are sent by email to the address of the Client.\n";
    let new = "Section 1. Payment\nThe Client pays each invoice within thirty days.\n\nThe Supplier issues invoices weekly in arrears.\n\nA late invoice may be queried by the Client at any time.\n\nInvoices are sent by email to the address of the Client.\n";
    let r = check(old, new);
    assert_eq!(r.units.len(), 1);
    assert_eq!(
        unit_rows(&r.units[0].children),
        [
            (Status::Changed, Some(4), Some(4), false, "s. 1, ¶ 2"),
            (Status::Added, None, Some(6), false, "s. 1, ¶ 3"),
            (Status::Unchanged, Some(6), Some(8), false, "s. 1, ¶ 4"),
        ]
    );
    assert!(
        r.units[0]
            .children
            .iter()
            .all(|u| u.old_label.is_none() && u.new_label.is_none())
    );
}

#[test]
fn a_title_above_the_heading_is_no_paragraph_of_the_article() {
    // Krivični zakonik čl. 388-389 as Službeni glasnik prints them (sweep E, rs-1, shortened):
    // the title above `Član 388` was counted as its first paragraph, so the new stav 2 was
    // `¶ 3 added` and every stav one too high.
    let old = "Trgovina ljudima\n\nČlan 388\n\nKo silom ili pretnjom vrbuje, prevozi ili skriva drugo lice radi eksploatacije, kazniće se zatvorom od tri do dvanaest godina.\n\nZa delo iz stava 1. ovog člana učinjeno prema maloletnom licu učinilac će se kazniti kaznom propisanom za to delo.\n\nTrgovina maloletnim licima radi usvojenja\n\nČlan 389\n\nKo oduzme lice koje nije navršilo šesnaest godina života radi usvojenja, kazniće se zatvorom od jedne do pet godina.\n";
    let new = old.replace(
        "\n\nZa delo",
        "\n\nKo organizuje vršenje dela iz stava 1. ovog člana, kazniće se zatvorom najmanje pet godina.\n\nZa delo",
    );
    let r = check(old, &new);
    let article = r.units.iter().find(|u| u.address == "Član 388");
    let rows = article.map(|u| unit_rows(&u.children)).unwrap_or_default();
    assert_eq!(
        rows,
        [
            (
                Status::Unchanged,
                Some(5),
                Some(5),
                false,
                "Član 388, stav 1"
            ),
            (Status::Added, None, Some(7), false, "Član 388, stav 2"),
            (
                Status::Unchanged,
                Some(7),
                Some(9),
                false,
                "Član 388, stav 3"
            ),
        ]
    );
    // Serbian stavovi are unnumbered and cited by their place, in the hunks too (they said
    // only `Član 388`).
    assert_eq!(hunk_addresses(&r), ["Član 388, stav 2"]);
}

#[test]
fn repeated_paragraphs_without_headings_pair_in_place() {
    let p = "The Buyer shall pay the sum of five thousand dollars to the Seller on the first business day of each month.";
    let old = [p; 6].join("\n\n") + "\n";
    let mut paras = vec![p.to_string(); 6];
    paras[2] = p.replace("five", "seven");
    let new = paras.join("\n\n") + "\n";
    let r = check(&old, &new);
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("no article or section headings")),
        "{:?}",
        r.warnings
    );
    let rows = unit_rows(&r.units[0].children);
    let expected: Vec<_> = (2..=6)
        .map(|k| {
            let status = if k == 3 {
                Status::Changed
            } else {
                Status::Unchanged
            };
            let line = Some(2 * k - 1);
            (status, line, line, false, format!("preamble, ¶ {k}"))
        })
        .collect();
    let got: Vec<_> = rows
        .into_iter()
        .map(|(s, o, n, m, a)| (s, o, n, m, a.to_string()))
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn an_item_moved_to_another_paragraph_is_moved_not_removed_and_added() {
    let old = "Section 7. Payment\n(1) The Customer shall pay each invoice.\n(a) Invoices are issued monthly in arrears.\n(b) Each invoice itemises the Services delivered.\n(2) Disputed invoices are handled as follows.\n(i) The Customer notifies the Supplier within five days.\n(ii) The parties meet within ten days of that notice.\n";
    let new = "Section 7. Payment\n(1) The Customer shall pay each invoice.\n(a) Invoices are issued monthly in arrears.\n(b) Each invoice itemises the Services delivered.\n(c) The parties meet within ten days of that notice.\n(2) Disputed invoices are handled as follows.\n(i) The Customer notifies the Supplier within five days.\n";
    let r = check(old, new);
    let first = &r.units[0].children[0].children;
    let moved = first
        .iter()
        .find(|u| u.new_label.as_deref() == Some("(c)"))
        .expect("(c) is a unit of (1)");
    assert_eq!(
        (
            moved.status,
            moved.old_label.as_deref(),
            moved.old_line,
            moved.moved,
            moved.renumbered
        ),
        (Status::Unchanged, Some("(ii)"), Some(7), true, true)
    );
    let second = &r.units[0].children[1].children;
    assert!(
        second.iter().all(|u| u.status != Status::Removed),
        "{second:?}"
    );
}

/// The units of `r` that are not unchanged, depth first: status, address, moved.
fn changed_units(r: &Redline) -> Vec<(Status, String, bool)> {
    moves(&r.units)
        .into_iter()
        .filter(|u| u.0 != Status::Unchanged)
        .map(|u| (u.0, u.1, u.4))
        .collect()
}

/// The section entries of `r` changed, moved or renumbered: status, old and new label, moved.
fn entries_not_in_place(r: &Redline) -> Vec<(Status, Option<&str>, Option<&str>, bool)> {
    r.sections
        .iter()
        .filter(|c| c.status != Status::Unchanged || c.moved || c.renumbered)
        .map(|c| {
            let (o, n) = (c.old_label.as_deref(), c.new_label.as_deref());
            (c.status, o, n, c.moved)
        })
        .collect()
}

/// The section entries of `r` that are not unchanged: status, old and new label, moved.
fn changed_entries(r: &Redline) -> Vec<(Status, Option<&str>, Option<&str>, bool)> {
    r.sections
        .iter()
        .filter(|c| c.status != Status::Unchanged)
        .map(|c| {
            let (o, n) = (c.old_label.as_deref(), c.new_label.as_deref());
            (c.status, o, n, c.moved)
        })
        .collect()
}

/// A unit's status, address, old label, old line and whether it moved.
type MoveRow = (Status, String, Option<String>, Option<usize>, bool);

/// Each unit of `units` and below, depth first (see [`MoveRow`]).
fn moves(units: &[UnitChange]) -> Vec<MoveRow> {
    let mut out = Vec::new();
    for u in units {
        let (label, line) = (u.old_label.clone(), u.old_line);
        out.push((u.status, u.address.clone(), label, line, u.moved));
        out.extend(moves(&u.children));
    }
    out
}

#[test]
fn items_moved_into_a_new_paragraph_are_moved_not_removed_and_added() {
    // Code pénal art. 431-7, 2010 and 2026 texts: the old 2° and 3° became the items of a new
    // II (the penalties made mandatory), the 3° re-punctuated. The items of a paragraph added
    // whole were passed over when looking for moves: II, 1° and 2° added, the old 2° and 3°
    // removed.
    let old = "Article 431-7\n\nLes personnes physiques coupables de l'une des infractions prévues par les articles 431-5 et 431-6 encourent également les peines complémentaires suivantes :\n\n1° L'interdiction des droits civiques, civils et de famille, suivant les modalités prévues par l'article 131-26 ;\n\n2° L'interdiction de détenir ou de porter, pour une durée de cinq ans au plus, une arme soumise à autorisation ;\n\n3° La confiscation d'une ou de plusieurs armes dont le condamné est propriétaire ou dont il a la libre disposition ;\n\n4° L'interdiction de séjour, suivant les modalités prévues par l'article 131-31.\n";
    let new = "Article 431-7\n\nI. - Les personnes physiques coupables de l'une des infractions prévues par les articles 431-5 et 431-6 encourent également les peines complémentaires suivantes :\n\n1° L'interdiction des droits civiques, civils et de famille, suivant les modalités prévues par l'article 131-26 ;\n\n2° et 3° (Abrogés) ;\n\n4° L'interdiction de séjour, suivant les modalités prévues par l'article 131-31.\n\nII. - En cas de condamnation pour l'une des infractions prévues par les articles 431-5 et 431-6, le prononcé des peines complémentaires suivantes est obligatoire :\n\n1° L'interdiction de détenir ou de porter, pour une durée de cinq ans au plus, une arme soumise à autorisation ;\n\n2° La confiscation d'une ou de plusieurs armes dont le condamné est propriétaire ou dont il a la libre disposition.\n\nToutefois, la juridiction peut, par une décision spécialement motivée, décider de ne pas prononcer ces peines, en considération des circonstances de l'infraction et de la personnalité de son auteur.\n";
    let r = check(old, new);
    let rows = moves(&r.units[0].children);
    let row = |address: &str| {
        rows.iter()
            .find(|u| u.1 == address)
            .map(|u| (u.0, u.2.as_deref(), u.3, u.4))
            .unwrap_or_else(|| panic!("no unit {address}: {rows:?}"))
    };
    assert_eq!(
        row("Article 431-7, II, 1°"),
        (Status::Unchanged, Some("2°"), Some(7), true)
    );
    assert_eq!(
        row("Article 431-7, II, 2°"),
        (Status::Changed, Some("3°"), Some(9), true)
    );
    assert!(
        rows.iter()
            .all(|u| u.0 != Status::Removed || u.2.as_deref() != Some("2°")),
        "{rows:?}"
    );
}

#[test]
fn an_item_is_not_the_new_paragraph_that_holds_it_among_its_items() {
    // Code pénal art. 224-9, 2010 and 2026 texts: the opening alinéa became `I. -` over the
    // old 1° and 2°, and the old 3° a mandatory penalty in a new II. The old 2° was paired
    // with the new I (its words are much of I's, inside I's 2°): "I changed from 2°", the
    // opening alinéa removed and I's 2° added.
    let old = "Article 224-9\n\nLes personnes physiques coupables des infractions prévues au présent chapitre encourent les peines complémentaires suivantes :\n\n1° L'interdiction, suivant les modalités prévues par l'article 131-26, des droits civiques, civils et de famille ;\n\n2° L'interdiction, suivant les modalités prévues par l'article 131-27, soit d'exercer une fonction publique ou d'exercer l'activité professionnelle ou sociale dans l'exercice ou à l'occasion de l'exercice de laquelle l'infraction a été commise, soit, pour les crimes prévus par le premier alinéa de l'article 224-1, l'article 224-2, le premier alinéa des articles 224-3 et 224-4 et les articles 224-5, 224-5-2, 224-6 et 224-7, d'exercer une profession commerciale ou industrielle, de diriger, d'administrer, de gérer ou de contrôler à un titre quelconque, directement ou indirectement, pour son propre compte ou pour le compte d'autrui, une entreprise commerciale ou industrielle ou une société commerciale. Ces interdictions d'exercice peuvent être prononcées cumulativement ;\n\n3° L'interdiction, pour une durée de cinq ans au plus, de détenir ou de porter une arme soumise à autorisation ;\n\n";
    let new = "Article 224-9\n\nI. - Les personnes physiques coupables des infractions prévues au présent chapitre encourent les peines complémentaires suivantes :\n\n1° L'interdiction, suivant les modalités prévues par l'article 131-26, des droits civiques, civils et de famille ;\n\n2° L'interdiction, suivant les modalités prévues par l'article 131-27, soit d'exercer une fonction publique ou d'exercer l'activité professionnelle ou sociale dans l'exercice ou à l'occasion de l'exercice de laquelle l'infraction a été commise, soit, pour les crimes prévus par le premier alinéa de l'article 224-1, l'article 224-2, le premier alinéa des articles 224-3 et 224-4 et les articles 224-5, 224-5-2, 224-6 et 224-7, d'exercer une profession commerciale ou industrielle, de diriger, d'administrer, de gérer ou de contrôler à un titre quelconque, directement ou indirectement, pour son propre compte ou pour le compte d'autrui, une entreprise commerciale ou industrielle ou une société commerciale. Ces interdictions d'exercice peuvent être prononcées cumulativement.\n\nII. - En cas de condamnation pour les infractions prévues au présent chapitre, le prononcé de la peine complémentaire d'interdiction de détenir ou de porter, pour une durée de dix ans au plus, une arme soumise à autorisation est obligatoire.\n\nToutefois, la juridiction peut, par une décision spécialement motivée lorsque la condamnation est prononcée par une juridiction correctionnelle, décider de ne pas prononcer cette peine, en considération des circonstances de l'infraction et de la personnalité de son auteur.\n\n";
    let r = check(old, new);
    let rows: Vec<(Status, &str, Option<&str>)> = r.units[0]
        .children
        .iter()
        .flat_map(|u| std::iter::once(u).chain(&u.children))
        .map(|u| (u.status, u.address.as_str(), u.old_label.as_deref()))
        .collect();
    assert_eq!(
        rows,
        [
            (Status::Removed, "Article 224-9, 3°", Some("3°")),
            (Status::Changed, "Article 224-9, I", None),
            (Status::Unchanged, "Article 224-9, I, 1°", Some("1°")),
            (Status::Changed, "Article 224-9, I, 2°", Some("2°")),
            (Status::Added, "Article 224-9, II", None),
            (Status::Added, "Article 224-9, II, al. 2", None),
        ]
    );
}

#[test]
fn units_nested_under_a_new_level_in_text_order_are_not_moved() {
    // Code pénal art. 224-9 (shortened): the opening alinéa became `I. -`, its items 1° and 2°
    // the items of that I, in the same order. They changed parent, not place, and were
    // reported moved, I "moved" from the opening alinéa.
    let old = "Article 224-9\n\nLes personnes physiques coupables des infractions prévues au présent chapitre encourent les peines complémentaires suivantes :\n\n1° L'interdiction, suivant les modalités prévues par l'article 131-26, des droits civiques, civils et de famille ;\n\n2° L'interdiction, suivant les modalités prévues par l'article 131-27, d'exercer une fonction publique ;\n\n3° L'interdiction, pour une durée de cinq ans au plus, de détenir ou de porter une arme soumise à autorisation.\n";
    let new = "Article 224-9\n\nI. - Les personnes physiques coupables des infractions prévues au présent chapitre encourent les peines complémentaires suivantes :\n\n1° L'interdiction, suivant les modalités prévues par l'article 131-26, des droits civiques, civils et de famille ;\n\n2° L'interdiction, suivant les modalités prévues par l'article 131-27, d'exercer une fonction publique.\n\nII. - En cas de condamnation pour les infractions prévues au présent chapitre, le prononcé de la peine complémentaire d'interdiction de détenir une arme est obligatoire.\n";
    let r = check(old, new);
    let rows: Vec<(Status, String, Option<String>, bool)> = moves(&r.units[0].children)
        .into_iter()
        .map(|u| (u.0, u.1, u.2, u.4))
        .collect();
    let row =
        |s: Status, a: &str, l: Option<&str>, m: bool| (s, a.to_string(), l.map(String::from), m);
    assert_eq!(
        rows,
        [
            row(Status::Changed, "Article 224-9, I", None, false),
            row(Status::Unchanged, "Article 224-9, I, 1°", Some("1°"), false),
            row(Status::Changed, "Article 224-9, I, 2°", Some("2°"), false),
            row(Status::Removed, "Article 224-9, 3°", Some("3°"), false),
            row(Status::Added, "Article 224-9, II", None, false),
        ]
    );
}

#[test]
fn a_stock_phrase_added_in_one_article_is_not_moved_from_another() {
    // StGB 2012 → 2021 (shortened): `Der Versuch ist strafbar.` left § 179 (repealed) and a
    // § 177 Abs. 3 reads the same, as do paragraphs of many other articles; a penalty line of
    // § 184a was "moved" to § 263a the same way. Words found elsewhere in the text say nothing
    // of where a unit came from: added and removed, not moved.
    let old = "§ 176\n\n(1) Wer sexuelle Handlungen an einem Kind vornimmt, wird bestraft.\n\n(2) Der Versuch ist strafbar.\n\n§ 177\n\n(1) Wer gegen den erkennbaren Willen einer Person sexuelle Handlungen vornimmt, wird bestraft.\n\n§ 179\n\n(1) Wer eine widerstandsunfähige Person missbraucht, wird bestraft.\n\n(2) Der Versuch ist strafbar.\n";
    let new = "§ 176\n\n(1) Wer sexuelle Handlungen an einem Kind vornimmt, wird bestraft.\n\n(2) Der Versuch ist strafbar.\n\n§ 177\n\n(1) Wer gegen den erkennbaren Willen einer Person sexuelle Handlungen vornimmt, wird bestraft.\n\n(2) Der Versuch ist strafbar.\n\n§ 179\n\n(1) Wer eine widerstandsunfähige Person missbraucht, wird bestraft.\n";
    let r = check(old, new);
    assert_eq!(
        changed_units(&r),
        [
            (Status::Changed, "§ 177".to_string(), false),
            (Status::Added, "§ 177 Abs. 2".to_string(), false),
            (Status::Changed, "§ 179".to_string(), false),
            (Status::Removed, "§ 179 Abs. 2".to_string(), false),
        ]
    );
}

#[test]
fn an_item_whose_words_stay_in_its_article_is_not_moved_to_another() {
    // Trestní zákoník 2024 → 2025 (cs-tz): § 312e odst. 4 písm. a) became the words of a new
    // odst. 4 of § 312e (a penalty of its own), and § 181 odst. 3 gained a písm. d) in the same
    // words but its cited odstavec. The item was reported moved to § 181: its words never
    // left § 312e.
    let media = "tiskem, filmem, rozhlasem, televizí, veřejně přístupnou počítačovou sítí nebo jiným obdobně účinným způsobem";
    let old = format!(
        "##### § 181\n\n(1) Kdo jinému způsobí vážnou újmu na právech, bude potrestán.\n\n(2) Odnětím svobody až na tři léta bude pachatel potrestán,\n\n- a) způsobí-li činem uvedeným v odstavci 1 značnou újmu,\n\n- b) získá-li takovým činem značný prospěch.\n\n##### § 312e\n\n(1) Kdo podporuje teroristickou skupinu, bude potrestán.\n\n(2) Odnětím svobody na pět až patnáct let bude pachatel potrestán,\n\n- a) spáchá-li čin uvedený v odstavci 1 {media},\n\n- b) spáchá-li čin uvedený v odstavci 1 jako člen organizované skupiny.\n"
    );
    let new = format!(
        "##### § 181\n\n(1) Kdo jinému způsobí vážnou újmu na právech, bude potrestán.\n\n(2) Odnětím svobody až na tři léta bude pachatel potrestán,\n\n- a) způsobí-li činem uvedeným v odstavci 1 značnou újmu,\n\n- b) získá-li takovým činem značný prospěch, nebo\n\n- c) spáchá-li čin uvedený v odstavci 2 {media}.\n\n##### § 312e\n\n(1) Kdo podporuje teroristickou skupinu, bude potrestán.\n\n(2) Odnětím svobody na tři léta až dvanáct let bude pachatel potrestán, spáchá-li čin uvedený v odstavci 1 {media}.\n\n(3) Odnětím svobody na pět až patnáct let bude pachatel potrestán,\n\n- a) spáchá-li čin uvedený v odstavci 1 jako člen organizované skupiny, nebo\n\n- b) spáchá-li čin uvedený v odstavci 1 vůči dítěti.\n"
    );
    let r = check(&old, &new);
    let units = all_units(&r);
    let unit = |address: &str| {
        units
            .iter()
            .find(|u| u.address == address)
            .unwrap_or_else(|| panic!("{address} in {:?}", changed_units(&r)))
    };
    assert_eq!(unit("§ 181 odst. 2 písm. c)").status, Status::Added);
    assert_eq!(moved_addresses(&units), Vec::<&str>::new());
    assert_eq!(unit("§ 312e odst. 2 písm. a)").status, Status::Removed);
}

#[test]
fn a_stock_phrase_under_a_label_of_its_own_line_is_not_moved_either() {
    // The Slovak Trestný poriadok (legalize-sk, 2015 → 2026) writes a paragraph's number on a
    // line of its own: the first line after the label was empty, so every such paragraph read
    // as unique, and § 462 ods. 3 (`Proti uzneseniu podľa odseku 2 je prípustná sťažnosť,
    // ktorá má odkladný účinok.`, twice in the old text) was "moved" from § 227 ods. 4.
    let stock = "Proti uzneseniu podľa odseku 2 je prípustná sťažnosť, ktorá má odkladný účinok.";
    let old = format!(
        "##### § 227\n\n(1)\n\nSúd rozhodne o návrhu na podmienečné zastavenie.\n\n(2)\n\n{stock}\n\n##### § 300\n\n(1)\n\nSúd rozhodne o väzbe.\n\n(2)\n\n{stock}\n\n##### § 462\n\n(1)\n\nPred skončením výkonu trestu rozhodne súd.\n"
    );
    let new = format!(
        "##### § 227\n\n(1)\n\nSúd rozhodne o návrhu na podmienečné zastavenie.\n\n##### § 300\n\n(1)\n\nSúd rozhodne o väzbe.\n\n(2)\n\n{stock}\n\n##### § 462\n\n(1)\n\nPred skončením výkonu trestu rozhodne súd.\n\n(2)\n\n{stock}\n"
    );
    let r = check(&old, &new);
    assert_eq!(
        changed_units(&r),
        [
            (Status::Changed, "§ 227".to_string(), false),
            (Status::Removed, "§ 227 ods. 2".to_string(), false),
            (Status::Changed, "§ 462".to_string(), false),
            (Status::Added, "§ 462 ods. 2".to_string(), false),
        ]
    );
}

#[test]
fn an_article_whose_number_lives_on_is_not_moved_for_a_stock_clause() {
    // Code de procédure pénale 2007 → 2010 (legalize-fr): art. 712-22, a decree clause, was
    // given new words under its number, and a new art. 706-140 closes its title with a decree
    // clause of its own. The two clauses are alike (0.55) and 712-22 was reported moved and
    // renumbered 706-140, the new 712-22 added; the Code électoral's LO151 "moved" to LO495
    // (the same rule for another office) alike.
    let old = "Article 706-139\n\nLa personne est déclarée pénalement irresponsable par la chambre de l'instruction.\n\nArticle 712-21\n\nLes juridictions de l'application des peines statuent par décision motivée.\n\nArticle 712-22\n\nUn décret précise les conditions d'application des dispositions du présent chapitre.\n";
    let new = "Article 706-139\n\nLa personne est déclarée pénalement irresponsable par la chambre de l'instruction.\n\nArticle 706-140\n\nUn décret précise les modalités d'application du présent titre.\n\nArticle 712-21\n\nLes juridictions de l'application des peines statuent par décision motivée.\n\nArticle 712-22\n\nLorsqu'elles se prononcent sur l'octroi d'une mesure, les juridictions de l'application des peines peuvent relever le condamné d'une interdiction.\n";
    let r = check(old, new);
    assert_eq!(
        changed_entries(&r),
        [
            (Status::Added, None, Some("Article 706-140"), false),
            (
                Status::Changed,
                Some("Article 712-22"),
                Some("Article 712-22"),
                false
            ),
        ]
    );
}

#[test]
fn an_item_moved_inside_its_article_is_not_taken_from_another() {
    // Code pénal art. 322-15 (shortened): its items went under a new I, the 3° unchanged. The
    // same words (a stock penalty) had been removed from art. 311-14 above, and the first
    // removed unit with those words was taken: `I, 3°` was reported moved from art. 311-14.
    let stock = "L'interdiction de détenir ou de porter, pour une durée de cinq ans au plus, une arme soumise à autorisation ;";
    let intro = "Les personnes physiques coupables de l'une des infractions prévues au présent chapitre encourent également les peines complémentaires suivantes :";
    let items = format!(
        "1° L'interdiction des droits civiques, civils et de famille, suivant les modalités prévues par l'article 131-26 ;\n\n2° L'interdiction, suivant les modalités prévues par l'article 131-27, d'exercer une fonction publique ;\n\n3° {stock}\n\n4° L'interdiction de séjour, suivant les modalités prévues par l'article 131-31."
    );
    let old = format!(
        "Article 311-14\n\nLes personnes physiques encourent les peines suivantes :\n\n1° {stock}\n\n2° L'interdiction de séjour.\n\nArticle 322-15\n\n{intro}\n\n{items}\n"
    );
    let new = format!(
        "Article 311-14\n\nLes personnes physiques encourent les peines suivantes :\n\n1° L'interdiction de séjour.\n\nArticle 322-15\n\nI.-{intro}\n\n{items}\n\nII.-En cas de condamnation, le prononcé de la peine est obligatoire.\n"
    );
    let r = check(&old, &new);
    let article = r
        .units
        .iter()
        .find(|u| u.address == "Article 322-15")
        .expect("the article is a unit");
    let rows = moves(std::slice::from_ref(article));
    let item = rows
        .iter()
        .find(|u| u.1 == "Article 322-15, I, 3°")
        .unwrap_or_else(|| panic!("{rows:?}"));
    assert_eq!((item.0, item.3), (Status::Unchanged, Some(17)), "{rows:?}");
}

#[test]
fn items_moved_inside_a_long_code_are_found_by_similar_words() {
    // In a code with many units removed and added (the Code pénal 2010 → 2026: thousands of
    // each), only equal words were looked for across the text, and the items moved under a
    // new I and reworded in the same article were removed and added. Inside one article they
    // are compared by their words. In text order still, they changed parent, not place: not
    // moved.
    let filler: String = (1..=120)
        .map(|k| format!("Article {k}\n\nLa règle {k} s'applique :\n\n1° Au premier cas de la règle {k} visé par le présent article.\n\n"))
        .collect();
    let reworded: String = (1..=120)
        .map(|k| format!("Article {k}\n\nLa règle {k} s'applique :\n\na) Aux nouvelles dispositions {k} sans rapport avec les anciennes.\n\n"))
        .collect();
    let items = "1° La propriété ou la détention du chien est illicite en application de dispositions législatives ou réglementaires ;\n\n2° Le propriétaire ou le détenteur du chien se trouvait en état d'ivresse manifeste ;\n\n3° Le propriétaire ou le détenteur du chien n'était pas titulaire du permis de détention prévu à l'article L. 211-14 du code rural ;\n\n4° Le propriétaire ou le détenteur du chien ne justifie pas d'une vaccination antirabique de son animal ;\n\n5° Il s'agissait d'un chien ayant fait l'objet de mauvais traitements de la part de son propriétaire.\n";
    let tail_old = format!(
        "Article 999\n\nLes peines sont portées à cinq ans d'emprisonnement lorsque :\n\n{items}"
    );
    let tail_new = format!(
        "Article 999\n\nI.-Les peines sont portées à cinq ans d'emprisonnement lorsque :\n\n{}\nII.-La présomption ne s'applique pas au détenteur qui s'est conformé aux mesures prescrites.\n",
        items.replace("du code rural ;", "du code rural et de la pêche maritime ;")
    );
    let r = check(&(filler + &tail_old), &(reworded + &tail_new));
    let article = r.units.last().expect("units");
    let rows = moves(std::slice::from_ref(article));
    let item = rows
        .iter()
        .find(|u| u.1 == "Article 999, I, 3°")
        .unwrap_or_else(|| panic!("{rows:?}"));
    assert_eq!(
        (item.0, item.2.as_deref(), item.4),
        (Status::Changed, Some("3°"), false),
        "{rows:?}"
    );
}

#[test]
fn markdown_table_rows_and_cells_are_units() {
    let old = "## 1. Deliverables\n\nThe Supplier delivers the items below.\n\n| Item | Due |\n| --- | --- |\n| Plan | Week 2 |\n| Report | Week 8 |\n";
    let new = "## 1. Deliverables\n\nThe Supplier delivers the items below.\n\n| Item | Due |\n| --- | --- |\n| Plan | Week 2 |\n| Report | Week 9 |\n";
    let r = check(old, new);
    let paras = &r.units[0].children;
    let rows: Vec<_> = unit_rows(paras)
        .into_iter()
        .map(|(s, o, n, _, a)| (s, o, n, a.to_string()))
        .collect();
    assert_eq!(
        rows,
        [
            (Status::Unchanged, Some(3), Some(3), "1., ¶ 1".to_string()),
            (Status::Unchanged, Some(5), Some(5), "1., ¶ 2".to_string()),
            (Status::Unchanged, Some(7), Some(7), "1., ¶ 3".to_string()),
            (Status::Changed, Some(8), Some(8), "1., ¶ 4".to_string()),
        ]
    );
    let cells: Vec<_> = unit_rows(&paras[3].children)
        .into_iter()
        .map(|(s, _, n, _, a)| (s, n, a.to_string()))
        .collect();
    assert_eq!(
        cells,
        [
            (Status::Unchanged, Some(8), "1., ¶ 4, col. 1".to_string()),
            (Status::Changed, Some(8), "1., ¶ 4, col. 2".to_string()),
        ]
    );
}

#[test]
fn markdown_headings_named_by_words_pair_by_title_when_paragraphs_move() {
    let long = "Moves and renumbering fall out of the alignment passes: a move is an unmatched delete that matches an unmatched insert, a renumbering is matched content with another label.";
    let old = format!(
        "# Record\n\n## Context\n\nFour kinds of change matter.\n\n{long}\n\n## Alternatives\n\nAll four at once was rejected.\n"
    );
    let new = format!(
        "# Record\n\n## Context\n\nFour kinds of change matter.\n\n## Alternatives\n\n{long}\n\nAll four at once was rejected.\n"
    );
    let r = check(&old, &new);
    let pairs: Vec<_> = r
        .sections
        .iter()
        .map(|c| (c.status, c.old_label.as_deref(), c.new_label.as_deref()))
        .collect();
    assert_eq!(
        pairs,
        [
            (Status::Unchanged, Some("Record"), Some("Record")),
            (Status::Changed, Some("Context"), Some("Context")),
            (Status::Changed, Some("Alternatives"), Some("Alternatives")),
        ]
    );
    let moved = &r.units[2].children[0];
    assert_eq!(
        (moved.status, moved.old_line, moved.new_line, moved.moved),
        (Status::Unchanged, Some(7), Some(9), true)
    );
}

#[test]
fn an_item_made_a_clause_of_its_own_is_moved_not_removed_and_added() {
    let old = "1. Definitions\n\n1.1 \"Agreement\" means this document.\n\n2. Payment\n\n2.1 The Client may withhold payment of a disputed invoice where:\n\n(a) The Client tells the Supplier of the dispute within ten days.\n\n(b) The notice states the amount in dispute and the reason for it.\n";
    let new = "1. Definitions\n\n1.1 \"Agreement\" means this document.\n\n1.2 The notice states the amount in dispute and the reason for it.\n\n2. Payment\n\n2.1 The Client may withhold payment of a disputed invoice where:\n\n(a) The Client tells the Supplier of the dispute within ten days.\n";
    let r = check(old, new);
    let moved = r
        .units
        .iter()
        .find(|u| u.new_label.as_deref() == Some("1.2"))
        .expect("1.2 is a unit");
    assert_eq!(
        (
            moved.status,
            moved.old_label.as_deref(),
            moved.old_line,
            moved.moved
        ),
        (Status::Unchanged, Some("(b)"), Some(11), true)
    );
    let payment = r
        .units
        .iter()
        .find(|u| u.new_label.as_deref() == Some("2.1"))
        .expect("2.1 is a unit");
    assert!(
        payment.children.iter().all(|u| u.status != Status::Removed),
        "{:?}",
        payment.children
    );
}

#[test]
fn the_items_of_a_removed_section_go_with_it() {
    let old = "Section 1. Payment\n(1) The Customer shall pay each invoice within thirty days.\n\nSection 2. Repealed scheme\nThe old scheme applied as follows.\n(1) The Supplier shall keep insurance in force throughout the Term.\n\nSection 3. Notices\n(1) Notices are given in writing.\n";
    let new = "Section 1. Payment\n(1) The Customer shall pay each invoice within thirty days.\n(2) The Supplier shall keep insurance in force throughout the Term.\n\nSection 2. Notices\n(1) Notices are given in writing.\n";
    let r = check(old, new);
    let removed = r
        .units
        .iter()
        .find(|u| u.status == Status::Removed)
        .expect("section 2 is removed");
    assert_eq!(removed.children.len(), 1);
    let added = &r.units[0].children[1];
    assert_eq!(
        (added.status, added.moved, added.new_label.as_deref()),
        (Status::Added, false, Some("(2)"))
    );
}

/// The new labels of the section entries with `status`, in order.
fn labels(r: &Redline, status: Status) -> Vec<Option<&str>> {
    r.sections
        .iter()
        .filter(|s| s.status == status)
        .map(|s| s.new_label.as_deref())
        .collect()
}

/// The address of every hunk, section by section.
fn hunk_addresses(r: &Redline) -> Vec<&str> {
    r.sections
        .iter()
        .flat_map(|s| s.hunks.iter().map(|h| h.address.as_str()))
        .collect()
}

/// The new labels of the sections reported changed, in order.
fn changed_labels(r: &Redline) -> Vec<&str> {
    r.sections
        .iter()
        .filter(|c| c.status == Status::Changed)
        .filter_map(|c| c.new_label.as_deref())
        .collect()
}

/// The addresses of every unit, depth first, with their status.
fn addresses(units: &[UnitChange]) -> Vec<(Status, String)> {
    let mut out = Vec::new();
    for u in units {
        out.push((u.status, u.address.clone()));
        out.extend(addresses(&u.children));
    }
    out
}

/// [`addresses`] of the units not unchanged.
fn changed_addresses(units: &[UnitChange]) -> Vec<(Status, String)> {
    let mut out = addresses(units);
    out.retain(|(status, _)| *status != Status::Unchanged);
    out
}

#[test]
fn a_markdown_title_under_an_untitled_article_is_its_title_not_a_division() {
    // Czech criminal code as its official Markdown edition prints it (excerpt, § 74c new).
    let old = "##### § 74b\n\n#### Výkon trestu\n\n(1) Trest vykoná soud.\n\n##### § 75\n\n#### Zákaz pobytu\n\n(1) Soud může uložit trest.\n\n(2) Trest může být uložen jako samostatný trest.\n";
    let new = "##### § 74b\n\n#### Výkon trestu\n\n(1) Trest vykoná soud.\n\n##### § 74c\n\n#### Zákaz dotací\n\n(1) Soud může uložit zákaz dotací.\n\n##### § 75\n\n#### Zákaz pobytu\n\n(1) Soud může uložit trest.\n\n(2) Trest může být uložen jako samostatný nebo vedlejší trest.\n";
    let r = check(old, new);
    assert_eq!(
        (r.structure.new.divisions, r.structure.new.articles),
        (0, 3)
    );
    assert!(r.renumberings.is_empty(), "{:?}", r.renumberings);
    let labels: Vec<_> = r
        .sections
        .iter()
        .map(|s| (s.status, s.new_label.clone()))
        .collect();
    assert_eq!(
        labels,
        [
            (Status::Unchanged, Some("§ 74b".to_string())),
            (Status::Added, Some("§ 74c".to_string())),
            (Status::Changed, Some("§ 75".to_string())),
        ]
    );
    assert_eq!(r.new_sections[2].title, "Zákaz pobytu");
    let changed = r.sections[2]
        .hunks
        .iter()
        .map(|h| h.address.as_str())
        .collect::<Vec<_>>();
    assert_eq!(changed, ["§ 75 odst. 2"]);
}

#[test]
fn words_heading_a_division_after_an_empty_article_stay_a_division() {
    let old =
        "Artikel 1\n\nText one.\n\nArtikel 2\n\n## General part\n\nArtikel 3\n\nText three.\n";
    let r = check(old, old);
    assert_eq!(
        (r.structure.old.divisions, r.structure.old.articles),
        (1, 3)
    );
    assert_eq!(r.old_sections[2].title, "");
}

#[test]
fn paragraphs_under_a_heading_alone_count_from_one() {
    // Polish electoral code, art. 4, heading on its own line; the second paragraph changed.
    let old = "Art. 4.\n\nWybory odbywają się w dniu wolnym od pracy.\n\nOrgan może postanowić o dwóch dniach.\n\nTermin określa się na dzień wolny.\n";
    let new = "Art. 4.\n\nWybory odbywają się w dniu wolnym od pracy.\n\nOrgan może postanowić o głosowaniu w ciągu dwóch dni.\n\nTermin określa się na dzień wolny.\n";
    let r = check(old, new);
    assert_eq!(
        addresses(&r.units),
        [
            (Status::Changed, "Art. 4".to_string()),
            (Status::Unchanged, "Art. 4, ¶ 1".to_string()),
            (Status::Changed, "Art. 4, ¶ 2".to_string()),
            (Status::Unchanged, "Art. 4, ¶ 3".to_string()),
        ]
    );
    // A heading that carries the first paragraph: the next one is the second.
    let old = "Art. 4. Wybory odbywają się w dniu wolnym od pracy.\n\nOrgan może postanowić o dwóch dniach.\n";
    let new = "Art. 4. Wybory odbywają się w dniu wolnym od pracy.\n\nOrgan może postanowić o dwóch dniach głosowania.\n";
    let r = check(old, new);
    assert_eq!(
        addresses(&r.units[0].children),
        [(Status::Changed, "Art. 4, ¶ 2".to_string())]
    );
}

#[test]
fn a_marker_alone_on_its_line_owns_the_paragraph_below_it() {
    // Slovak criminal code: `(1)` on its own line, its text after a blank line.
    let old = "##### § 249\n\n##### Poškodzovanie dedičstva\n\n(1)\n\nKto vykope nález, potrestá sa až na dva roky.\n\n(2)\n\nOdňatím slobody na jeden rok.\n";
    let new = old.replace("dva roky", "tri roky");
    let r = check(old, &new);
    assert_eq!(
        addresses(&r.units),
        [
            (Status::Changed, "§ 249".to_string()),
            (Status::Changed, "§ 249 ods. 1".to_string()),
            (Status::Unchanged, "§ 249 ods. 2".to_string()),
        ]
    );
}

#[test]
fn a_rewritten_article_keeps_its_number_when_a_new_one_takes_its_old_words() {
    // Estonian penal code, 2018 -> 2026: § 93¹ reworded, § 93² added with words close to the
    // old § 93¹. The amending act rewords § 93¹ and adds § 93²; no renumbering.
    let old = "##### § 93. Keelatud relvad\n\n(1) Keemiarelva käitlemise eest –\n\nkaristatakse vangistusega.\n\n##### § 93<sup>1</sup>. Rahvusvahelise sanktsiooni rakendamata jätmine\n\n(1) Teadvalt rahvusvahelise sanktsiooni rakendamata jätmise eest –\n\nkaristatakse rahalise karistuse või kuni viieaastase vangistusega.\n\n##### § 94. Sõjasüüteo mõiste\n\n(1) Sõjasüüteona käsitatakse tegu.\n";
    let new = "##### § 93. Keelatud relvad\n\n(1) Keemiarelva käitlemise eest –\n\nkaristatakse vangistusega.\n\n##### § 93<sup>1</sup>. Rahvusvahelise sanktsiooni ja Vabariigi Valitsuse sanktsiooni rikkumine\n\n(1) Sanktsiooni kehtestavas õigusaktis sätestatud keelu rikkumise eest –\n\nkaristatakse rahalise karistuse või kuni viieaastase vangistusega.\n\n##### § 93<sup>2</sup>. Rahvusvahelise sanktsiooni rakendamata jätmine ettevaatamatusest\n\n(1) Rahvusvahelise sanktsiooni rakendamata jätmise eest ettevaatamatusest –\n\nkaristatakse rahalise karistuse või kuni kolmeaastase vangistusega.\n\n##### § 94. Sõjasüüteo mõiste\n\n(1) Sõjasüüteona käsitatakse tegu.\n";
    let r = check(old, new);
    let rows: Vec<_> = r
        .sections
        .iter()
        .map(|s| {
            (
                s.status,
                s.old_label.clone(),
                s.new_label.clone(),
                s.renumbered,
            )
        })
        .collect();
    let l = |s: &str| Some(s.to_string());
    assert_eq!(
        rows,
        [
            (Status::Unchanged, l("§ 93"), l("§ 93"), false),
            (Status::Changed, l("§ 93¹"), l("§ 93¹"), false),
            (Status::Added, None, l("§ 93²"), false),
            (Status::Unchanged, l("§ 94"), l("§ 94"), false),
        ]
    );
}

#[test]
fn a_long_text_with_one_heading_and_no_article_gets_a_warning() {
    let body = |n: usize| {
        (1..=n)
            .map(|k| format!("{k} straipsniai teksto eilutė numeris {k}."))
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    let long = format!("# Konstitucija\n\n{}\n", body(45));
    let r = check(&long, &long.replace("numeris 7.", "numeris 7, pakeista."));
    assert!(
        r.warnings.iter().any(|w| w
            .starts_with("only one heading and no article recognised in the old text (46 lines)")),
        "{:?}",
        r.warnings
    );
    let short = format!("# Konstitucija\n\n{}\n", body(30));
    assert!(check(&short, &short).warnings.is_empty());
}

#[test]
fn an_article_whose_text_is_struck_out_is_changed_not_removed_and_added() {
    // Estonian penal code, 2018 -> 2026: § 400 keeps its heading, its text is struck out;
    // German criminal code: § 179 repealed, its heading left as `(weggefallen)`.
    let old = "##### § 399. Turgu valitseva seisundi kuritarvitamine\n\n##### § 400. Konkurentsi kahjustav kokkulepe\n\n(1) Konkurentsi kahjustava kokkuleppe eest –\n\nkaristatakse rahalise karistusega.\n\n##### § 401. Koondumise jõustamine\n";
    let new = "##### § 399. Turgu valitseva seisundi kuritarvitamine\n\n##### § 400. Konkurentsi kahjustav kokkulepe\n\n##### § 401. Koondumise jõustamine\n";
    let r = check(old, new);
    assert_eq!(
        (r.summary.changed, r.summary.added, r.summary.removed),
        (1, 0, 0)
    );
    let old = "§ 178 Vergewaltigung\n\nWer eine andere Person mit Gewalt nötigt, wird bestraft.\n\n§ 179 Sexueller Mißbrauch widerstandsunfähiger Personen\n\n(1) Wer eine andere Person, die widerstandsunfähig ist, mißbraucht, wird bestraft.\n\n§ 180 Förderung\n\nWer Handlungen fördert, wird bestraft.\n";
    let new = old.replace(
        "§ 179 Sexueller Mißbrauch widerstandsunfähiger Personen\n\n(1) Wer eine andere Person, die widerstandsunfähig ist, mißbraucht, wird bestraft.",
        "§ 179 (weggefallen)",
    );
    let r = check(old, &new);
    let rows: Vec<_> = r
        .sections
        .iter()
        .map(|s| (s.status, s.new_label.clone()))
        .collect();
    assert_eq!(
        rows[1],
        (Status::Changed, Some("§ 179".to_string())),
        "{rows:?}"
    );
}

#[test]
fn a_division_title_below_a_blank_line_is_its_title_but_an_article_text_is_not() {
    let text = "XXXI SKYRIUS\n\nNUSIKALTIMAI EKONOMIKAI IR VERSLO TVARKAI\n\n2703 straipsnis\n\nTas, kas teršė jūrą, baudžiamas bauda.\n\nXXXII SKYRIUS\n\nŠis skyrius taikomas visiems asmenims, kurie pažeidžia tvarką.\n\n2704 straipsnis. Ridos klastojimas\n\nTas, kas suklastojo ridą, baudžiamas bauda.\n";
    let r = check(text, text);
    let titles: Vec<(&str, &str)> = r
        .new_sections
        .iter()
        .map(|s| (s.label.as_str(), s.title.as_str()))
        .collect();
    assert_eq!(
        titles,
        [
            ("XXXI skyrius", "NUSIKALTIMAI EKONOMIKAI IR VERSLO TVARKAI"),
            ("2703 straipsnis", ""),
            ("XXXII skyrius", ""),
            ("2704 straipsnis", "Ridos klastojimas"),
        ]
    );
}

#[test]
fn portuguese_numeros_with_a_dash_are_paragraphs_and_dashed_clause_numbers_stay_clauses() {
    // Código do Trabalho as the Diário da República prints it: `3 - …` is n.º 3.
    let old = "Artigo 24.º — Direito à igualdade\n\n1 - O trabalhador tem direito a igualdade.\n\n2 - O direito abrange:\n\na) Critérios de seleção;\n\nb) Acesso a formação;\n\n3 - O disposto no número anterior aplica-se a todos.\n\nArtigo 25.º — Proibição\n\n1 - O empregador não pode discriminar.\n";
    let new = old.replace("aplica-se a todos", "aplica-se a todos os trabalhadores");
    let r = check(old, &new);
    let hunks: Vec<&str> = r.sections[0]
        .hunks
        .iter()
        .map(|h| h.address.as_str())
        .collect();
    assert_eq!(hunks, ["Artigo 24.º, n.º 3"]);
    // An English text whose clauses are numbered `1 – Title`: clauses, not paragraphs.
    let old = "1 – Scope\nThis Act applies to providers.\n\n2 – Duties\nA provider must act.\n\n3 – Penalty\nA fine of level 3.\n";
    let new = old.replace("level 3", "level 5");
    let r = check(old, &new);
    assert_eq!(
        (r.structure.new.articles, r.structure.new.paragraphs),
        (3, 0)
    );
}

#[test]
fn sections_numbered_anew_in_each_chapter_are_addressed_with_their_chapter() {
    // Brottsbalken: every chapter counts its sections from 1 §.
    let old = "## 1 kap. Om brotten\n\n1 § Brott är en gärning som är beskriven i denna balk.\n\n2 § Om inte annat är särskilt föreskrivet ska en gärning anses som brott.\n\n## 2 kap. Om tillämpligheten\n\n1 § För brott som begåtts här i riket döms efter svensk lag.\n\n2 § För brott som begåtts utom riket döms efter svensk lag.\n";
    let new = old.replace(
        "döms efter svensk lag.\n\n2 §",
        "döms efter svensk lag och vid svensk domstol.\n\n2 §",
    );
    let r = check(old, &new);
    let hunks: Vec<&str> = hunk_addresses(&r);
    assert_eq!(hunks, ["2 kap. 1 §"]);
    // Numbered once through the text: no chapter in the address.
    let old = "## 1 kap. Om brotten\n\n1 § Brott är en gärning.\n\n## 2 kap. Om tillämpligheten\n\n2 § För brott döms efter svensk lag.\n";
    let new = old.replace("svensk lag", "svensk lag och rätt");
    let r = check(old, &new);
    let hunks: Vec<&str> = hunk_addresses(&r);
    assert_eq!(hunks, ["2 §"]);
}

#[test]
fn polish_paragraphs_marked_with_the_section_sign_are_paragraphs() {
    // Kodeks karny: `Art. 148. § 1. …`, then `§ 2.` and its points.
    let old = "Rozdział XIX\n\nPrzestępstwa przeciwko życiu i zdrowiu\n\nArt. 148. § 1. Kto zabija człowieka, podlega karze.\n\n§ 2. Kto zabija człowieka:\n\n1) ze szczególnym okrucieństwem,\n\n2) w związku z wzięciem zakładnika,\n\npodlega karze pozbawienia wolności.\n\nArt. 149. Matka, która zabija dziecko w okresie porodu, podlega karze.\n";
    let new = old.replace(
        "ze szczególnym okrucieństwem",
        "ze szczególnym okrucieństwem lub udręczeniem",
    );
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "pl");
    assert_eq!(r.structure.new.articles, 2);
    let hunks: Vec<&str> = hunk_addresses(&r);
    assert_eq!(hunks, ["Art. 148 § 2 pkt 1"]);
}

#[test]
fn polish_regulations_are_divided_into_paragraphs_signed_with_section_signs() {
    // Rozporządzenie of 11 May 2018 (Dz.U. 2018 poz. 1019): its units are `§ 1.`, cited
    // `§ 2 pkt 2 lit. b`; read as Austrian (`§ 2 Abs. 2 lit. b`) before Polish had them.
    let old = "##### § 1.\n\nRozporządzenie określa zakres kwartalnej informacji o stanie i wykorzystaniu środków Turystycznego Funduszu Gwarancyjnego.\n\n##### § 2.\n\nKwartalna informacja, o której mowa w § 1, obejmuje następujące dane:\n\n1) informacje o wpływie środków na Turystyczny Fundusz Gwarancyjny, w tym:\n\na) wpłaty składek od przedsiębiorców turystycznych,\n\nb) inne wpływy;\n\n2) informacje o wysokości wydatków poniesionych na realizację zadań, w tym:\n\na) realizacji wypłat z Turystycznego Funduszu Gwarancyjnego,\n\nb) odsetek od uzyskanych kredytów i pożyczek.\n\n##### § 3.\n\n1. Rozporządzenie wchodzi w życie z dniem następującym po dniu ogłoszenia.\n\n2. Traci moc rozporządzenie z dnia 1 lipca 2016 r.\n";
    let new = old
        .replace("odsetek od uzyskanych", "odsetek od zaciągniętych")
        .replace("1 lipca 2016", "2 lipca 2016");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "pl-par");
    assert_eq!(r.structure.new.articles, 3);
    assert_eq!(hunk_addresses(&r), ["§ 2 pkt 2 lit. b", "§ 3 ust. 2"]);
}

#[test]
fn a_polish_law_is_cited_in_polish_though_it_writes_do_as_portuguese_does() {
    // Ustawa of 15 September 2000 (Dz.U. 2000 poz. 1009), its first articles: `do` (to) is as
    // common in Polish as in Portuguese, and the law was cited `Art. 4, n.º 1`.
    let old = LAW_OF_2000_1009;
    let new = old.replace("bezwzględną większością", "większością");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "pl");
    assert_eq!(hunk_addresses(&r), ["Art. 4 ust. 1"]);
}

/// Articles 1 to 4 of the Polish Ustawa of 15 September 2000 (Dz.U. 2000 poz. 1009) as
/// legalize-dev/legalize-pl prints them.
const LAW_OF_2000_1009: &str = "# Ustawa z dnia 15 września 2000 r. o zasadach przystępowania jednostek samorządu terytorialnego do międzynarodowych zrzeszeń społeczności lokalnych i regionalnych\n\n##### Art. 1.\n\n1. Ustawa określa zasady, na jakich jednostki samorządu terytorialnego mogą przystępować do międzynarodowych zrzeszeń społeczności lokalnych i regionalnych, zwanych dalej „zrzeszeniami”.\n\n2. Przez zrzeszenia, o których mowa w ust. 1, rozumie się organizacje, związki i stowarzyszenia powoływane przez społeczności lokalne co najmniej dwóch państw zgodnie z ich prawem wewnętrznym.\n\n##### Art. 2.\n\n1. Jednostki samorządu terytorialnego mogą przystępować do zrzeszeń i uczestniczyć w nich w granicach swoich zadań i kompetencji, działając zgodnie z polskim prawem wewnętrznym, polityką zagraniczną państwa i jego międzynarodowymi zobowiązaniami.\n\n2. Województwa przystępują do zrzeszeń zgodnie z „Priorytetami współpracy zagranicznej województwa”, uchwalonymi w trybie określonym w przepisach o samorządzie województwa.\n\n##### Art. 3.\n\nPrzystąpienie do zrzeszenia nie może łączyć się z przekazaniem na jego rzecz lub na rzecz któregokolwiek ze zrzeszonych w nim członków wykonywania zadań publicznych przystępującej jednostki samorządu terytorialnego ani też nieruchomości lub majątkowych praw na dobrach niematerialnych przysługujących tej jednostce.\n\n##### Art. 4.\n\n1. Organ stanowiący jednostki samorządu terytorialnego podejmuje uchwałę o przystąpieniu do zrzeszenia bezwzględną większością głosów ustawowego składu.\n\n2. Uchwała, o której mowa w ust. 1, wchodzi w życie po uzyskaniu zgody ministra właściwego do spraw zagranicznych.\n\n3. Jednostka samorządu terytorialnego przekazuje uchwałę ministrowi właściwemu do spraw zagranicznych za pośrednictwem wojewody, dołączającego swoją opinię.\n\n4. Organ stanowiący jednostki samorządu terytorialnego wraz z uchwałą, o której mowa w ust. 1, przekazuje statut zrzeszenia, do którego zamierza wstąpić, lub inny dokument ustalający zasady działania tego zrzeszenia, listę jego członków oraz urzędowe tłumaczenie tych dokumentów na język polski. Sejmik województwa przedstawia także „Priorytety współpracy zagranicznej województwa”.\n\n5. Minister właściwy do spraw zagranicznych wyraża zgodę na przystąpienie do zrzeszenia lub odmawia takiej zgody w drodze decyzji administracyjnej.\n\n##### Art. 5.\n\nCzynność prawna naruszająca przepis art. 3 lub podjęta z naruszeniem przepisu art. 4 jest nieważna z mocy prawa.\n\n";

#[test]
fn a_portuguese_amending_law_quotes_the_articles_it_restates() {
    // Lei n.º 83/2021 as legalize-pt prints it: `«Artigo 165.º` opens the quotation of the
    // Código do Trabalho's articles, whose headings after the first are written as the law's
    // own; the `»` after the last closes it. The quoted articles were the law's units, and a
    // change in one was cited `Artigo 166.º, n.º 1`, an article the law does not have.
    let old = "###### Artigo 1.º — Objeto\n\nA presente lei altera o regime de teletrabalho previsto no Código do Trabalho.\n\n###### Artigo 2.º — Alteração ao Código do Trabalho\n\nOs artigos 165.º e 166.º do Código do Trabalho passam a ter a seguinte redação:\n\n«Artigo 165.º\n\n[...]\n\n1 - Considera-se teletrabalho a prestação de trabalho em regime de subordinação jurídica do trabalhador a um empregador.\n\n2 - [...]\n\n###### Artigo 166.º — Acordo para prestação de teletrabalho\n\n1 - A implementação do regime de teletrabalho depende sempre de acordo escrito.\n\n2 - O acordo de teletrabalho define o regime de permanência ou de alternância de períodos de trabalho à distância.»\n\n###### Artigo 3.º — Entrada em vigor\n\nA presente lei entra em vigor no primeiro dia do mês seguinte ao da sua publicação.\n";
    let new = old.replace("depende sempre de acordo", "depende de acordo");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "pt");
    assert_eq!(r.structure.old.articles, 3);
    assert_eq!(hunk_addresses(&r), ["Artigo 2.º"]);
}

#[test]
fn belgian_articles_inserted_after_another_are_numbered_with_a_slash() {
    // The Loi relative aux droits du patient: `Article 8/1` and `8/2` after article 8. The
    // second was no unit (its line a title of the article above) and the change was cited
    // `Article 8`.
    let old = "##### Article 8. Le patient a le droit de consentir librement à toute intervention du praticien professionnel.\n\n##### Article 8/1. Le praticien professionnel informe le patient s il dispose ou non d une couverture d assurance.\n\n##### Article 8/2. Le praticien professionnel informe le patient de son statut d autorisation à exercer.\n\n##### Article 9. Le patient a droit à un dossier de patient soigneusement tenu à jour.\n";
    let new = old.replace("de son statut", "de son statut et de son visa");
    let r = check(old, &new);
    assert_eq!(r.structure.old.articles, 4);
    assert_eq!(hunk_addresses(&r), ["Article 8/2"]);
}

#[test]
fn a_belgian_law_whose_paragraphs_outnumber_its_articles_stays_french() {
    // Its `§ 2.` paragraphs outnumber its `Article 1.` headings, and French `des` counted as
    // German: the law was Austrian, its paragraphs sections `§ 2`.
    let article = |n: u32| {
        format!(
            "##### Article {n}. § 1er. Le patient a droit, de la part des praticiens professionnels, à des informations qui le concernent.\n\n§ 2. La communication des informations se déroule dans une langue claire.\n\n§ 3. Les informations des dossiers ne sont pas fournies si le patient en formule la demande.\n\n§ 4. Le praticien professionnel peut ne pas divulguer des informations.\n"
        )
    };
    let old = format!(
        "### CHAPITRE I. - Droits du patient.\n\n{}",
        (1..=4).map(article).collect::<Vec<_>>().join("\n")
    );
    let new = old.replacen("langue claire", "langue claire et simple", 1);
    let r = check(&old, &new);
    assert_eq!(r.structure.style_id, "fr");
    assert_eq!(hunk_addresses(&r), ["Article 1, § 2"]);
}

#[test]
fn spanish_articles_numbered_by_words_are_articles() {
    // The Ley Orgánica 3/1981 del Defensor del Pueblo as legalize-es prints it: `Artículo
    // noveno.`, then cardinals, `Artículo diez.`, `Artículo treinta y siete.`. The words were
    // no number, and every article was a division named by its heading.
    let old = "## TÍTULO SEGUNDO. Del procedimiento\n\n###### Artículo noveno.\n\nUno. El Defensor del Pueblo podrá iniciar y proseguir de oficio o a petición de parte cualquier investigación.\n\n###### Artículo diez.\n\nUno. Podrá dirigirse al Defensor del Pueblo toda persona natural o jurídica que invoque un interés legítimo.\n\n###### Artículo veintiuno.\n\nLa persona que impida la investigación del Defensor del Pueblo podrá ser objeto de un informe especial.\n\n###### Artículo treinta y siete.\n\nLas dotaciones económicas necesarias figurarán en una partida de los Presupuestos de las Cortes Generales.\n";
    let new = old.replace("un interés legítimo", "un interés legítimo y directo");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "es");
    assert_eq!(r.structure.old.articles, 4);
    assert_eq!(hunk_addresses(&r), ["Artículo diez, apartado Uno"]);
    let labels: Vec<&str> = r.old_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(
        labels[3..],
        ["Artículo veintiuno", "Artículo treinta y siete"]
    );
}

#[test]
fn a_spanish_amending_law_quotes_the_chapter_it_restates() {
    // The Ley Orgánica 2/2015 as legalize-es prints it: the quotation opens in a Markdown
    // heading (`### «CAPÍTULO VII.`) and closes after the last quoted article. The quoted
    // chapter and articles were the law's own, and the change was cited `Artículo 572,
    // apartado 2`, an article of the Código Penal.
    let old = "###### Artículo único. Modificación de la Ley Orgánica 10/1995, de 23 de noviembre, del Código Penal.\n\nSe modifica el Capítulo VII del Título XXII del Libro II, que queda redactado como sigue:\n\n### «CAPÍTULO VII. De las organizaciones y grupos terroristas y de los delitos de terrorismo\n\nArtículo 571.\n\nSon organizaciones o grupos terroristas aquellas agrupaciones que tengan por finalidad la comisión de delitos de terrorismo.\n\nArtículo 572.\n\n1. Quienes promovieren o dirigieren una organización terrorista serán castigados con la pena de prisión de ocho a quince años.\n\n2. Quienes participaren activamente en la organización serán castigados con la pena de prisión de seis a doce años.»\n\n###### Disposición final primera. Carácter de ley ordinaria.\n\nLa presente Ley Orgánica tiene carácter de ley ordinaria en su disposición final segunda.\n";
    let new = old.replace("de seis a doce años", "de seis a catorce años");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "es");
    assert_eq!(r.structure.old.articles, 2);
    assert_eq!(hunk_addresses(&r), ["Artículo único"]);
}

#[test]
fn a_schedule_titled_after_a_dash_is_the_schedule() {
    // A statutory instrument as legalize-uk prints it (The Courts and Tribunals (Judiciary and
    // Functions of Staff) Act 2018 (Consequential, Transitional and Saving Provision)
    // Regulations 2020): `## SCHEDULE — CONSEQUENTIAL PROVISION` was no Schedule, so its
    // paragraphs, more than the regulations, were taken for them, the regulations lost, and a
    // change in paragraph 2 cited `s. 2`.
    let old = "# The Example (Consequential Provision) Regulations 2020\n\n#### Citation and commencement\n\n###### 1\n\nThese Regulations may be cited as the Example (Consequential Provision) Regulations 2020.\n\n#### Consequential provision\n\n###### 2\n\nThe Schedule contains consequential provision.\n\n## SCHEDULE — CONSEQUENTIAL PROVISION\n\n#### Amendment of the Magistrates’ Courts Rules 1981\n\n###### 1\n\nIn rule 4 of the Magistrates’ Courts Rules 1981, for “justices’ clerk” substitute “justices’ legal adviser”.\n\n#### Amendment of the Costs in Criminal Cases (General) Regulations 1986\n\n###### 2\n\nIn regulation 3 of the Costs in Criminal Cases (General) Regulations 1986, omit “or the clerk”.\n\n#### Amendment of the Civil Procedure Rules 1998\n\n###### 3\n\nIn rule 2.5 of the Civil Procedure Rules 1998, omit paragraph (2).\n";
    let new = old.replace("omit “or the clerk”", "omit “or the justices’ clerk”");
    let r = check(old, &new);
    assert_eq!(r.structure.old.articles, 5);
    assert_eq!(hunk_addresses(&r), ["Sch. para. 2"]);
}

#[test]
fn an_irish_schedule_and_its_paragraphs_are_cited_as_a_schedule() {
    // The Irish Statute Book's Markdown (legalize-ie/053, the Public Service Management
    // (Recruitment and Appointments) Act 2004): sections are headings (`##### 2.`), the only
    // Schedule `## SCHEDULE Bodies to which …` with its title on the line, its paragraphs
    // plain `1.`, `2.`. The `odies` of `Bodies` was read as a Latin ordinal (`sexies`), so the
    // Schedule was numbered `Bodies`; a Schedule titled in other words was no Schedule at all,
    // and a paragraph of a numbered one was cited `Sch. 2(2)`.
    let body = "# Example Act 2004\n\n##### 1. Short title.\n\nThis Act may be cited.\n\n##### 2. Application.\n\nThe Schedule has effect.\n\n";
    let schedule = "\n\n1. The Central Bank.\n\n2. The Courts Service.\n";
    let cases = [
        (
            "## SCHEDULE Bodies to which this Act does not apply",
            "Sch. para. 2",
            "Bodies to which this Act does not apply",
        ),
        (
            "## SCHEDULE *Amendments to Central Bank Act 1942*",
            "Sch. para. 2",
            "Amendments to Central Bank Act 1942",
        ),
        ("## SCHEDULE 2 Bodies", "Sch. 2 para. 2", "Bodies"),
    ];
    for (heading, address, title) in cases {
        let old = format!("{body}{heading}{schedule}");
        let r = check(
            &old,
            &old.replace("Courts Service", "Courts Service of Ireland"),
        );
        assert_eq!(hunk_addresses(&r), [address], "{heading}");
        let last = r.old_sections.last().expect("sections");
        let schedule = (r.old_sections.iter())
            .find(|s| s.kind == HeadingKind::Division && s.keyword == "Schedule")
            .unwrap_or(last);
        assert_eq!(schedule.title, title, "{heading}");
    }
    // A keyword not in capitals, then words, is a heading of words; Latin ordinals in `-ies`
    // still number (`Art. 41novies`, Liechtenstein).
    let old = format!("{body}## Schedule Bodies{schedule}");
    let r = check(&old, &old);
    assert!(r.old_sections.iter().all(|s| s.keyword != "Schedule"));
    let old = "# Gesetz\n\n### Art. 41octies\n\nText a.\n\n### Art. 41novies\n\nText b.\n\n### Art. 41decies\n\nText c.\n";
    let r = check(old, &old.replace("Text b.", "Text d."));
    assert_eq!(hunk_addresses(&r), ["Art. 41novies"]);
}

/// A statutory instrument as legalize-uk prints one (The Health Protection (Coronavirus,
/// Restrictions) (England) (Amendment) (No. 2) Regulations 2020), its citation provision
/// naming it `instrument` (`These Regulations`).
fn statutory_instrument(instrument: &str) -> String {
    format!(
        "# The Example Instrument 2020\n\n#### Citation and commencement\n\n###### 1\n\n{instrument} may be cited as the Example Instrument 2020.\n\n#### Amendment\n\n###### 2\n\n- (1) The Principal Regulations 2019 are amended as follows.\n\n- (2) In regulation 6—\n\n- (a) in paragraph (2), after sub-paragraph (aa), insert “or a shop”;\n\n- (b) in paragraph (3), omit “travel”.\n\n###### 3\n\nRegulation 9 continues to have effect in relation to any offence committed before {} came into force.\n",
        instrument.to_lowercase()
    )
}

#[test]
fn statutory_instruments_cite_their_provisions_as_their_citation_provision_names_them() {
    // Regulations were cited as an Act's sections (`s. 2(2)(b)`): a drafter writes `reg.
    // 2(2)(b)`, and `art.` in an Order, `r.` in Rules.
    for (instrument, address) in [
        ("These Regulations", "reg. 2(2)(b)"),
        ("This Order", "art. 2(2)(b)"),
        ("These Rules", "r. 2(2)(b)"),
        ("This Act", "s. 2(2)(b)"),
    ] {
        let old = statutory_instrument(instrument);
        let new = old.replace("omit “travel”", "omit “travel or work”");
        let r = check(&old, &new);
        assert_eq!(hunk_addresses(&r), [address], "{instrument}");
    }
    // An Act that quotes the citation provision of the Regulations it amends is an Act.
    let old = statutory_instrument("This Act").replace(
        "insert “or a shop”",
        "insert—\n\n“These Regulations may be cited as the Principal Regulations 2019.”",
    );
    let new = old.replace("omit “travel”", "omit “travel or work”");
    assert_eq!(hunk_addresses(&check(&old, &new)), ["s. 2(2)(b)"]);
}

#[test]
fn an_item_v_after_iv_is_roman_and_after_u_a_letter() {
    // The (No. 2) Regulations 2020, regulation 2(3)(a): its sub-paragraphs `(i)` to `(v)`;
    // `(v)` was read as a letter after `(a)`, and a change in it cited `s. 2(3)(v)`.
    let old = "###### 1\n\nThis Act may be cited as the Example Act 2020.\n\n###### 2\n\n- (3) In regulation 6—\n\n- (a) in paragraph (2)—\n\n- (i) after sub-paragraph (aa), insert “or”;\n\n- (ii) for sub-paragraph (b), substitute “to exercise”;\n\n- (iii) after sub-paragraph (b), insert “alone”;\n\n- (iv) in sub-paragraph (f), omit “travel”;\n\n- (v) for sub-paragraph (l), substitute “to move home”;\n\n- (b) after paragraph (4), insert “(5) Public open space.”\n";
    let new = old.replace("to move home", "to move house");
    assert_eq!(hunk_addresses(&check(old, &new)), ["s. 2(3)(a)(v)"]);
    // After `(u)`, `(v)` is the next letter, whatever Roman numerals stood under `(t)`.
    let letters: String = ('a'..='u')
        .map(|c| {
            let romans = if c == 't' {
                "- (i) one;\n\n- (ii) two;\n\n- (iii) three;\n\n- (iv) four;\n\n"
            } else {
                ""
            };
            format!("- ({c}) item {c};\n\n{romans}")
        })
        .collect();
    let old = format!(
        "###### 1\n\nThis Act may be cited as the Example Act 2020.\n\n###### 2\n\n- (1) The following are listed—\n\n{letters}- (v) item v;\n"
    );
    let new = old.replace("item v;", "item v, amended;");
    assert_eq!(hunk_addresses(&check(&old, &new)), ["s. 2(1)(v)"]);
    // The Building Control Act 1990, s. 6(2)(h): `(i)` after `(h)` is Roman where `(ii)`
    // follows it; a change in its `(v)` was cited `s. 6(2)(i)(v)` (here `s. 2(2)(i)(v)`).
    let letters: String = ('a'..='h')
        .map(|c| format!("({c}) item {c};\n\n"))
        .collect();
    let romans: String = ["i", "ii", "iii", "iv", "v"]
        .map(|r| format!("({r}) head {r};\n\n"))
        .concat();
    let old = format!(
        "###### 1\n\nThis Act may be cited as the Example Act 2020.\n\n###### 2\n\n(2) Regulations may provide for—\n\n{letters}{romans}(j) other matters.\n"
    );
    let new = old.replace("head v;", "head v, amended;");
    assert_eq!(hunk_addresses(&check(&old, &new)), ["s. 2(2)(h)(v)"]);
}

#[test]
fn latvian_articles_headed_by_their_number_alone_are_panti() {
    // Latvia's Satversme as legalize-lv prints it: `###### 10. Saeimu ievēlē …`, no `pants`.
    // A change in article 10 was cited `s. 10`, as if an English section.
    let old = "# Latvijas Republikas Satversme\n\n### I nodaļa. Vispārējie noteikumi\n\n###### 1. Latvija ir neatkarīga demokrātiska republika.\n\n###### 2. Latvijas valsts suverēnā vara pieder Latvijas tautai.\n\n### II nodaļa. Saeima\n\n###### 5. Saeima sastāv no simts tautas priekšstāvjiem.\n\n###### 10. Saeimu ievēlē uz četriem gadiem.\n\n###### 11. Saeimas vēlēšanas izdarāmas oktobra mēneša pirmajā sestdienā.\n";
    let new = old.replace("uz četriem gadiem", "uz pieciem gadiem");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "lv");
    assert_eq!(hunk_addresses(&r), ["10. pants"]);
    // Hungarian writes both `1. §` and `1. cikk`: a number alone names neither.
    let hu = crate::redline::style::STYLES.iter().find(|s| s.id == "hu");
    assert_eq!(
        hu.and_then(|s| crate::redline::style::article_after_number(s, "1")),
        None
    );
}

#[test]
fn headings_the_new_text_prints_unmarked_twice_are_both_read_as_the_old_marks_them() {
    // The legilux Code pénal marks a title `##### Du vol` in one version and prints it as text
    // in the next, here twice: the second line's heading was placed by the first line's words
    // (an offset out of its line, an overflow where arithmetic is checked).
    let old = "##### Art. 1.\n\nTexte un.\n\n##### Du vol\n\nTexte deux.\n\n##### Art. 2.\n\nTexte trois.\n\n##### Du vol\n\nTexte quatre.\n";
    let new = old
        .replace("##### Du vol", "Du vol")
        .replace("Texte quatre", "Texte cinq");
    let r = check(old, &new);
    assert_eq!(r.summary.added + r.summary.removed, 0);
    assert_eq!(r.summary.changed, 1);
}

#[test]
fn an_item_opened_on_its_paragraphs_line_heads_the_items_under_it() {
    // The Personal Insolvency Act 2012, s. 82, as the Irish Statute Book prints it: `(11) (*a*)
    // Where …`, then `(i)`, `(ii)` under (a). The (a) was no unit, and a change in its (ii)
    // was cited `s. 82(11)(ii)`.
    let old = "##### 81. **Obligations of debtor**\n\n(1) A debtor shall act in good faith.\n\n(2) A debtor shall make full disclosure.\n\n##### 82. **Variation of Debt Settlement Arrangement**\n\n(1) Subject to this section, a Debt Settlement Arrangement may be varied.\n\n(2) A creditor may object where—\n\n(*a*) the variation is material, or\n\n(*b*) the debtor has not disclosed an asset.\n\n(3) (*a*) Where *subsection (2)* applies, the creditor shall notify the practitioner within—\n\n(i) 14 days of the notice, or\n\n(ii) if later, 7 days of the date on which the notice is first given.\n\n(*b*) A proposal referred to in paragraph (a) shall lapse.\n\n(4) This section applies to every arrangement.\n";
    let new = old.replace("if later, 7 days", "if later, 10 days");
    assert_eq!(hunk_addresses(&check(old, &new)), ["s. 82(3)(a)(ii)"]);
    let new = old.replace("shall lapse", "shall be void");
    assert_eq!(hunk_addresses(&check(old, &new)), ["s. 82(3)(b)"]);
}

/// A law as legalize-li prints Liechtenstein's: divisions `### I.` above articles `#####
/// Art. 1`, paragraphs `1)`, and the notes as Markdown footnotes after the last article.
const LIECHTENSTEIN: &str = "# Gesetz über die Stiftung\n\n### I. Allgemeines\n\n##### Art. 1[^1]\n\n**Rechtsform**\n\n1) Die Stiftung ist eine selbständige Stiftung des öffentlichen Rechts.\n\n2) Sofern dieses Gesetz nichts anderes bestimmt, findet das Gesetz über die Steuerung öffentlicher Unternehmen Anwendung.\n\n##### Art. 2\n\n**Begriffe**\n\nSoweit in diesem Gesetz nichts anderes bestimmt ist, gelten die Bezeichnungen für alle.\n\n### II. Die Geschäftsleitung[^2]\n\n##### Art. 3[^3]\n\n**Zusammensetzung**\n\n1) Die Geschäftsleitung besteht aus dem Geschäftsführer.\n\n2) Der Geschäftsführer wird vom Stiftungsrat gewählt.\n\n##### Art. 4\n\n**Aufgaben**\n\n1) Die Geschäftsleitung führt die Geschäfte.\n\n2) Sie vertritt die Stiftung nach aussen.\n\n[^1]: Art. 1 abgeändert durch LGBl. 2012 Nr. 213.\n\n[^2]: Überschrift vor Art. 3 abgeändert durch LGBl. 2012 Nr. 213.\n\n[^3]: Art. 3 abgeändert durch LGBl. 2013 Nr. 237.\n";

#[test]
fn the_rules_of_a_treatys_regulations_are_articles() {
    // The Common Regulations under the Hague Agreement as legalize-li prints them: `#####
    // Regel 1` under `## Kapitel 1`. `Regel` was no keyword: the rules were divisions, the
    // text had no articles, and the instructions named `the heading “Regel 3”(2)`.
    let old = "# Ausführungsordnung\n\n## Kapitel 1\n\n### Allgemeine Bestimmungen\n\n##### Regel 1\n\n**Abkürzungen**\n\nIm Sinne dieser Ausführungsordnung bedeutet:\n\n- i) \"Fassung\" die Fassung des Abkommens;\n\n- ii) \"Regel\" eine Regel dieser Ausführungsordnung.\n\n##### Regel 2\n\n**Verkehr mit dem Internationalen Büro**\n\n1) Mitteilungen an das Internationale Büro sind schriftlich einzureichen.\n\n2) Die Mitteilungen sind in einer Arbeitssprache abzufassen.\n\n##### Regel 3\n\n**Vertretung**\n\n1) Der Anmelder kann einen Vertreter bestellen.\n\n2) Die Bestellung ist dem Internationalen Büro mitzuteilen.\n";
    let new = old.replace("in einer Arbeitssprache", "in einer der Arbeitssprachen");
    let r = check(old, &new);
    assert_eq!(r.structure.old.articles, 3);
    assert_eq!(hunk_addresses(&r), ["Regel 2 Abs. 2"]);
}

#[test]
fn roman_markdown_headings_above_the_articles_are_divisions() {
    // legalize-li: `### II. Die Geschäftsleitung` over `##### Art. 3`. Read as a unit of the
    // article before it, a change in its title was cited `Art. 2, II`.
    let new = LIECHTENSTEIN.replace("II. Die Geschäftsleitung", "II. Die Leitung");
    let r = check(LIECHTENSTEIN, &new);
    assert_eq!(r.structure.old.divisions, 3);
    assert_eq!(changed_labels(&r), ["II."]);
    assert_eq!(hunk_addresses(&r), ["II."]);
    // A stray Markdown mark on a paragraph (`## (1)`) is no division.
    let stray = LIECHTENSTEIN.replace(
        "\n1) Die Geschäftsleitung führt",
        "\n## 1) Die Geschäftsleitung führt",
    );
    assert_eq!(
        check(&stray, &stray.replace("führt die", "leitet die"))
            .structure
            .old
            .divisions,
        3
    );
}

#[test]
fn a_footnote_added_is_cited_by_its_label_not_the_paragraph_before_it() {
    // legalize-li prints the notes after the last article: a note added was cited `Art. 4
    // Abs. 2`, then `Art. 4, [^4]`, as if art. 4 had it. And notes that cite articles (`[^1]: Art. 1 abgeändert …`) are no headings run
    // into lines: they gave a warning that the text's articles run into its lines.
    let new = LIECHTENSTEIN.replace("##### Art. 4\n", "##### Art. 4[^4]\n")
        + "\n[^4]: Art. 4 abgeändert durch LGBl. 2018 Nr. 161.\n";
    let r = check(LIECHTENSTEIN, &new);
    assert_eq!(hunk_addresses(&r), ["Art. 4", "footnote [^4]"]);
    assert!(
        changed_addresses(&r.units).contains(&(Status::Added, "footnote [^4]".into())),
        "{:?}",
        changed_addresses(&r.units)
    );
    // Notes under a heading of their own (`###### Fussnoten`, as Swiss exports print them)
    // are cited by it.
    let headed = |t: &str| t.replace("\n\n[^1]:", "\n\n###### Fussnoten\n\n[^1]:");
    let r = check(&headed(LIECHTENSTEIN), &headed(&new));
    assert_eq!(hunk_addresses(&r), ["Art. 4", "Fussnoten, [^4]"]);
    // A note defined inside the text, an article after it, is cited in its section.
    let inside = new.replace(
        "2) Sie vertritt die Stiftung nach aussen.\n",
        "2) Sie vertritt die Stiftung nach aussen.\n\n[^9]: Eingefügt 2010.\n\n##### Art. 5\n\nNeu.\n",
    );
    let changed = inside.replace("Eingefügt 2010", "Eingefügt 2011");
    assert_eq!(hunk_addresses(&check(&inside, &changed)), ["Art. 4, [^9]"]);
    let notes: String = (1..=30)
        .map(|k| format!("[^{k}]: Art. {k} Abs. 1 abgeändert durch LGBl. 2012 Nr. {k}.\n\n"))
        .collect();
    let many = [LIECHTENSTEIN, "\n", notes.as_str()].concat();
    assert!(
        check(&many, &many.replace("Sie vertritt", "Sie vertrat"))
            .warnings
            .is_empty()
    );
}

#[test]
fn a_section_number_echoed_in_bold_without_its_full_stop_opens_its_first_subsection() {
    // The Wildlife (Amendment) Act 2010 as the Irish Statute Book prints it: `**9**.— (1) …`,
    // the full stop after the bold. Only `**9.**—(1)` was read, and a change in (1) was cited
    // `s. 9`.
    let old = "##### 8. **Amendment of section 5**\n\n**8**.— Section 5 of the Principal Act is amended by the substitution of “10” for “5”.\n\n##### 9. **Short title**\n\n**9**.— (1) This Act may be cited as the Wildlife (Amendment) Act 2010.\n\n(2) The Principal Act and this Act may be cited together as the Wildlife Acts 1976 to 2010.\n";
    let new = old.replace("Amendment) Act 2010", "Amendment) Act 2011");
    let r = check(old, &new);
    assert_eq!(r.structure.old.paragraphs, 2);
    assert_eq!(hunk_addresses(&r), ["s. 9(1)"]);
}

#[test]
fn a_paragraph_glued_to_its_first_item_is_read_as_both() {
    // The Health Act 1970, s. 32, as the Irish Statute Book's text prints it: `(2)(a)Where—`.
    // The (2) was no paragraph, and a change in its (a)(ii) was cited `s. 1(1)(ii)`.
    let old = "##### 1. **Scope**\n\n(1) This Act applies.\n\n(2)(a)Where a thing is done—\n\n(i)the first case, or\n\n(ii)the second case,\n\n(b)Nothing applies.\n\n(3) End.\n\n##### 2. **Other**\n\n(1) Text.\n";
    let new = old.replace("second case", "third case");
    let r = check(old, &new);
    assert_eq!(r.structure.old.paragraphs, 4);
    assert_eq!(hunk_addresses(&r), ["s. 1(2)(a)(ii)"]);
    let new = old.replace("Nothing applies", "Nothing at all");
    assert_eq!(hunk_addresses(&check(old, &new)), ["s. 1(2)(b)"]);
}

#[test]
fn a_paragraph_inserted_before_one_opening_its_item_on_its_line_is_shown_whole() {
    // The Criminal Justice Act 1951, s. 13, in two versions of the Irish Statute Book: a new
    // (2A) before `(3) (*a*) On conviction …`, which the new version glues (`(3)(a)On`). The
    // (2A) was diffed against the (3) and its (a) (`(~~3) (*a*) On conviction …~~`), all of it
    // cited `s. 13(2A)`.
    let old = "##### 12. **Interpretation**\n\n(1) In this Act “court” means the District Court.\n\n##### 13. **Offences**\n\n(1) An offence under this section may be tried summarily by the District Court, and the accused shall be liable on conviction to the penalties provided for in this Act.\n\n(2) Subject to *subsection (1)*, the court may send the accused forward.\n\n(3) (*a*) On conviction the accused shall be liable to a fine.\n\n(*b*) This paragraph applies to every offence.\n\n(4) The court shall enter a plea.\n";
    let new = old.replace(
        "(3) (*a*) ",
        "(2A) The accused shall not be sent forward without consent.\n\n(3)(a)",
    );
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["s. 13(2A)", "s. 13(3)(a)"]);
    let first = &r
        .sections
        .iter()
        .flat_map(|s| &s.hunks)
        .next()
        .expect("a hunk");
    let kinds: Vec<_> = first.fragments.iter().map(|f| f.kind).collect();
    assert_eq!(kinds, [FragmentKind::Added]);
    assert!(first.fragments[0].text.starts_with("(2A) The accused"));
}

#[test]
fn spanish_apartados_numbered_by_words_are_paragraphs() {
    // The Ley 42/2010 as legalize-es prints it: its `Artículo único` makes numbered changes,
    // `Uno.` to `Veintisiete.`, each quoting new text. A change in one was cited by the article
    // alone.
    let old = "###### Artículo único. Modificación de la Ley 28/2005, de 26 de diciembre.\n\nLa Ley 28/2005, de 26 de diciembre, queda modificada como sigue:\n\nUno. El apartado 1 del artículo 5 queda redactado como sigue:\n\n«1. Se prohíbe la venta de productos del tabaco en lugares distintos de la red de expendedurías.»\n\nDos. Se suprime el apartado 3 del artículo 6.\n\nVeintisiete. Se añade una disposición adicional decimosexta, que queda redactada como sigue:\n\n«Disposición adicional decimosexta. Régimen de las labores del tabaco.»\n\n###### Disposición final primera. Entrada en vigor.\n\nLa presente Ley entrará en vigor el 2 de enero de 2011.\n";
    let new = old.replace("Se suprime el apartado 3", "Se suprime el apartado 4");
    let r = check(old, &new);
    assert_eq!(r.structure.old.paragraphs, 3);
    assert_eq!(hunk_addresses(&r), ["Artículo único, apartado Dos"]);
}

#[test]
fn italian_commi_without_a_blank_after_the_number_are_paragraphs_only_in_italian() {
    // DPR 445/2000 as Normattiva prints it: `2.I cittadini …`.
    let old = "##### Articolo 3\n\n1.Le disposizioni si applicano ai cittadini italiani.\n\n2.I cittadini di Stati terzi possono utilizzare le dichiarazioni.\n\n##### Articolo 4\n\n1.Il dichiarante firma davanti al pubblico ufficiale.\n";
    let new = old.replace("Stati terzi", "Stati non appartenenti all'Unione europea");
    let r = check(old, &new);
    let hunks: Vec<&str> = hunk_addresses(&r);
    assert_eq!(hunks, ["Articolo 3, comma 2"]);
    // A German date at the start of a line is no paragraph.
    let old = "§ 1 Geltung\n\n(1) Das Gesetz gilt ab dem\n12.Mai 2020 für alle.\n\n(2) Es gilt im Inland.\n";
    let new = old.replace("für alle", "für alle Personen");
    let r = check(old, &new);
    assert_eq!((r.structure.new.paragraphs, r.structure.new.items), (2, 0));
}

#[test]
fn the_words_after_a_list_belong_to_the_unit_the_list_is_in() {
    // StGB § 81: the penalty follows the Nummern, at the margin after a blank line; a
    // Nummer's own further text is indented.
    let old = "##### § 81 Hochverrat gegen den Bund\n\n(1) Wer es unternimmt, mit Gewalt\n\n1.  den Bestand der Bundesrepublik zu beeinträchtigen oder\n\n    auch nur zu gefährden, oder\n\n2.  die verfassungsmäßige Ordnung zu ändern,\n\nwird mit Freiheitsstrafe nicht unter zehn Jahren bestraft.\n\n(2) In minder schweren Fällen ist die Strafe geringer.\n";
    let new = old
        .replace("nicht unter zehn Jahren", "nicht unter fünf Jahren")
        .replace("auch nur zu gefährden", "auch nur ernstlich zu gefährden");
    let r = check(old, &new);
    let hunks: Vec<&str> = r.sections[0]
        .hunks
        .iter()
        .map(|h| h.address.as_str())
        .collect();
    assert_eq!(hunks, ["§ 81 Abs. 1 Nr. 1", "§ 81 Abs. 1"]);
    let units = addresses(&r.units);
    assert!(
        units.contains(&(Status::Changed, "§ 81 Abs. 1, ¶ 2".to_string())),
        "{units:?}"
    );
    assert!(
        units.contains(&(Status::Changed, "§ 81 Abs. 1 Nr. 1, ¶ 2".to_string())),
        "{units:?}"
    );
}

#[test]
fn dutch_sub_items_written_with_a_degree_and_a_dot_are_items() {
    let old = "Artikel 14c\n\n1. Bij toepassing van artikel 14a wordt als algemene voorwaarde gesteld dat:\n\nb. de veroordeelde medewerking verleent:\n\n1°. aan het nemen van vingerafdrukken;\n\n2°. aan het reclasseringstoezicht.\n";
    let new = old.replace("vingerafdrukken", "een of meer vingerafdrukken");
    let r = check(old, &new);
    let hunks: Vec<&str> = r.sections[0]
        .hunks
        .iter()
        .map(|h| h.address.as_str())
        .collect();
    assert_eq!(hunks, ["Artikel 14c, lid 1, onder b, onder 1°"]);
}

#[test]
fn a_paragraph_after_a_list_of_points_at_the_first_level_belongs_to_the_article() {
    // Kodeks wyborczy Art. 11: points with no ust. above them, then paragraphs of the article;
    // the 2022 text adds one (officially § 4).
    let old = "##### Art. 11.\n\nNie ma prawa wybieralności w wyborach osoba:\n\n1) skazana prawomocnym wyrokiem;\n\n2) wobec której wydano prawomocne orzeczenie.\n\nPrawa wybieralności nie ma obywatel Unii Europejskiej niebędący obywatelem polskim.\n";
    let new = format!(
        "{old}\nNie ma prawa wybieralności w wyborach wójta osoba, która została dwukrotnie wybrana.\n"
    );
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["Art. 11"]);
    let units = addresses(&r.units);
    assert!(
        units.contains(&(Status::Unchanged, "Art. 11, ¶ 2".to_string()))
            && units.contains(&(Status::Added, "Art. 11, ¶ 3".to_string())),
        "{units:?}"
    );
    // Numbered paragraphs are no list: the text after the last one is still its own.
    let old = "Artikel 5\n\n1. De rechter beslist.\n\n2. Hij hoort de partijen.\n\nDit geldt ook in hoger beroep.\n";
    let new = old.replace("hoger beroep", "hoger beroep en cassatie");
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["Artikel 5, lid 2"]);
}

#[test]
fn paragraphs_inserted_before_others_are_insertions_not_rewrites_of_the_ones_that_moved_down() {
    // Slovak Constitution Art. 41 (2025): new ods. 2; the old ods. 2 and 3 become 3 and 4, and
    // their last words change. Each marker stands alone on its line, its text below.
    let old = "##### Čl. 41\n\n(1)\n\nManželstvo je jedinečný zväzok medzi mužom a ženou.\n\n(2)\n\nŽene v tehotenstve sa zaručuje osobitná starostlivosť.\n\n(3)\n\nDeti narodené v manželstve i mimo neho majú rovnaké práva.\n\n(4)\n\nPodrobnosti o právach podľa odsekov 1 až 3 ustanoví zákon.\n";
    let new = "##### Čl. 41\n\n(1)\n\nManželstvo je jedinečný zväzok medzi mužom a ženou.\n\n(2)\n\nRodičmi dieťaťa sú matka a otec.\n\n(3)\n\nŽene v tehotenstve sa zaručuje osobitná starostlivosť.\n\n(4)\n\nDeti narodené v manželstve i mimo neho majú rovnaké práva.\n\n(5)\n\nPodrobnosti o právach podľa odsekov 1 až 4 ustanoví zákon.\n";
    let r = check(old, new);
    let shown: Vec<(String, String)> = r.sections[0]
        .hunks
        .iter()
        .map(|h| {
            let changed: Vec<String> = h
                .fragments
                .iter()
                .filter(|f| f.kind != FragmentKind::Equal && !f.text.trim().is_empty())
                .map(|f| format!("{:?} {}", f.kind, f.text.trim()))
                .collect();
            (h.address.clone(), changed.join(" | "))
        })
        .collect();
    let expected = [
        (
            "Čl. 41 ods. 2",
            "Added (2)\n\nRodičmi dieťaťa sú matka a otec.",
        ),
        ("Čl. 41 ods. 3", "Removed 2 | Added 3"),
        ("Čl. 41 ods. 4", "Removed 3 | Added 4"),
        ("Čl. 41 ods. 5", "Removed 4 | Added 5"),
        ("Čl. 41 ods. 5", "Removed 3 | Added 4"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(shown, expected);
}

#[test]
fn a_number_wrapped_to_the_start_of_a_line_is_no_paragraph() {
    // Code civil Art. 2500 rewrapped: `… aux articles 2501 et` / `2502.`; StGB § 52 (4):
    // `(§ 11 Absatz 1 Nummer` / `8) muss …`.
    let old = "Article 2500\n\nLes articles 516 à 710 sont applicables à Mayotte sous réserve des articles 2501 et 2502.\n\nLes dispositions ne s'appliquent que sous réserve du titre IV.\n";
    let new = "Article 2500\n\nLes articles 515-14 à 710 sont applicables à Mayotte sous réserve des articles 2501 et\n2502.\n\nLes dispositions ne s'appliquent que sous réserve du titre IV.\n";
    let r = check(old, new);
    assert_eq!(r.structure.new.paragraphs, 0, "{:?}", r.structure.new);
    assert_eq!(hunk_addresses(&r), ["Article 2500, al. 1"]);
    let old = "§ 52 Tateinheit\n\n(3) Geldstrafe kann das Gericht verhängen.\n\n(4) Auf Nebenstrafen (§ 11 Absatz 1 Nummer\n8) muss erkannt werden.\n";
    let r = check(old, &old.replace("muss", "muss oder kann"));
    assert_eq!((r.structure.new.paragraphs, r.structure.new.items), (2, 0));
    // A list that starts right below its opening words, with no blank line, is still a list.
    let old = "§ 81 Hochverrat\n\n(1) Wer es unternimmt, mit Gewalt\n1. den Bestand zu beeinträchtigen oder\n2. die Ordnung zu ändern,\nwird bestraft.\n";
    let r = check(old, &old.replace("Ordnung", "verfassungsmäßige Ordnung"));
    assert_eq!(r.structure.new.items, 2);
    assert_eq!(hunk_addresses(&r), ["§ 81 Abs. 1 Nr. 2"]);
}

#[test]
fn a_setext_underline_is_no_title() {
    // The Code civil in Markdown: `Article 11` underlined with `----`.
    let old = "Article 11\n----\nL'étranger jouit en France des mêmes droits civils.\n\n\nArticle 12\n----\nLes droits sont acquis.\n";
    let new = old.replace("sont acquis", "sont acquis de plein droit");
    let r = check(old, &new);
    let labels: Vec<&str> = r.new_sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(labels, ["", ""]);
}

#[test]
fn portuguese_paragraphs_written_with_the_section_sign_and_an_ordinal_are_paragraphs() {
    // RGEU (Decreto-Lei n.º 38382), art. 8.º to 10.º: more `§ 1.º` paragraphs than articles.
    let old = "###### Artigo 8.º\n\nA utilização de qualquer edificação nova carece de licença municipal.\n\n§ 1.º As câmaras municipais só poderão conceder as licenças depois de vistoria.\n\n§ 2.º A licença de utilização só pode ser concedida depois do prazo fixado.\n\n§ 3.º O disposto neste artigo é aplicável às edificações existentes.\n\n###### Artigo 9.º\n\nAs edificações existentes deverão ser reparadas uma vez em cada período de oito anos.\n\n###### Artigo 10.º\n\nAs câmaras municipais poderão determinar a execução de obras.\n\n§ 1.º Às câmaras municipais compete ordenar a demolição das construções que ameacem ruína.\n\n§ 2.º As deliberações serão notificadas ao proprietário no prazo de três dias.\n";
    let new = old.replace(
        "que ameacem ruína.",
        "que ameacem ruína ou ofereçam perigo para a saúde pública.",
    );
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "pt");
    assert_eq!(
        (r.structure.new.articles, r.structure.new.paragraphs),
        (3, 5)
    );
    assert_eq!(hunk_addresses(&r), ["Artigo 10.º, § 1.º"]);
}

#[test]
fn sections_numbered_anew_in_each_chapter_are_labelled_and_paired_with_their_chapter() {
    // Brottsbalk: `1 §` in every chapter. A chapter inserted in front renumbers the chapters.
    let chapter = |k: u32, title: &str, body: &str| {
        format!(
            "## {k} kap. {title}\n\n##### 1 §\n\n{body}\n\n##### 2 §\n\nStraff för försök döms ut enligt {k} kap.\n\n"
        )
    };
    let old = [
        chapter(
            1,
            "Om brott",
            "Brott är en gärning som är beskriven i denna balk.",
        ),
        chapter(
            2,
            "Om domstols behörighet",
            "Svensk domstol är behörig att döma över brott i Sverige.",
        ),
    ]
    .concat();
    let new = [
        chapter(
            1,
            "Inledande bestämmelser",
            "Denna balk innehåller bestämmelser om brott och påföljder.",
        ),
        chapter(
            2,
            "Om brott",
            "Brott är en gärning som är beskriven i denna balk.",
        ),
        chapter(
            3,
            "Om domstols behörighet",
            "Svensk domstol är behörig att döma över brott i Sverige.",
        ),
    ]
    .concat();
    let r = check(&old, &new);
    let entry = |label: &str| {
        r.sections
            .iter()
            .find(|s| s.new_label.as_deref() == Some(label))
            .unwrap_or_else(|| panic!("{label}"))
    };
    let first = entry("2 kap. 1 §");
    assert_eq!(first.old_label.as_deref(), Some("1 kap. 1 §"));
    assert!(first.renumbered);
    assert_eq!(entry("1 kap. 1 §").status, Status::Added);
    assert_eq!(entry("3 kap. 1 §").old_label.as_deref(), Some("2 kap. 1 §"));
}

#[test]
fn an_article_number_repeated_once_is_no_numbering_by_chapter() {
    // Romanian Law 31/1990 as consolidated: `Articolul 270^2` repeated; articles are numbered
    // through the whole law, so addresses name no chapter.
    let old = "##### Titlul I\n\n##### Secţiunea 1\n\n##### Articolul 1\n\n(1) Societăţile se constituie.\n\n##### Articolul 2\n\nSocietatea se constituie.\n\n##### Titlul II\n\n##### Articolul 270^2\n\nAbrogat.\n\n##### Articolul 270^2\n\nAbrogat.\n";
    let new = old.replace(
        "Societăţile se constituie",
        "Societăţile se constituie în România",
    );
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["art. 1 alin. (1)"]);
}

#[test]
fn a_change_of_markdown_heading_level_alone_leaves_a_section_unchanged() {
    // Tuloverolaki as two Markdown exports: `#####` became `######`, the words are the same.
    let old = "### 1 luku. Lain soveltamisala\n\n##### 8 § Ulkomainen yhteisö\n\nUlkomaisella yhteisöllä tarkoitetaan ulkomaista yhteisöä.\n\n##### 9 § Yleinen verovelvollisuus\n\nVerovelvollinen on suomalainen yhteisö.\n";
    let new = old.replace("##### ", "###### ");
    let r = check(old, &new);
    assert_eq!((r.summary.changed, r.summary.unchanged), (0, 3));
    // The words still count: a changed title is a change.
    let r = check(old, &new.replace("Yleinen", "Rajoitettu"));
    assert_eq!(r.summary.changed, 1);
}

#[test]
fn bulgarian_articles_with_their_first_paragraph_on_the_heading_line() {
    // Наказателен кодекс, чл. 80–82 as legalize-bg prints them (`**Чл. 80.** (1) …`),
    // shortened; the new text adds ал. 4 of чл. 80 and чл. 81а and changes т. 5 of чл. 82.
    let old = "**Чл. 80.** (1) Наказателното преследване се изключва по давност:\n\n1. двадесет години;\n\n2. петнадесет години.\n\n(3) Давността започва от довършването на престъплението.\n\n**Чл. 82.** (1) Наложеното наказание не се изпълнява, когато са изтекли:\n\n4. пет години;\n\n5. две години за всички останали случаи.\n";
    let new = old
        .replace(
            "престъплението.\n",
            "престъплението.\n\n(4) Давността не тече за деяния срещу малолетни.\n\n**Чл. 81а.** (Нов - ДВ, бр. 99 от 2026 г.) Давността не тече, докато деецът се укрива.\n",
        )
        .replace("две години", "три години");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "bg");
    assert_eq!(hunk_addresses(&r), ["чл. 80, ал. 4", "чл. 82, ал. 1, т. 5"]);
    let added = labels(&r, Status::Added);
    assert_eq!(added, [Some("Чл. 81а")]);
    // The words after the number are the first paragraph's, not a title.
    assert_eq!(r.new_sections[0].title, "");
}

#[test]
fn items_lettered_in_cyrillic_or_greek_are_items() {
    // УК РФ ст. 127.1, ч. 2 (п. «ж» changed), and a Greek law's `α)` περίπτωση.
    let old = "Статья 127.1. Торговля людьми\n\n1. Торговля людьми -\n\nнаказывается лишением свободы на срок до пяти лет.\n\n2. То же деяние, совершенное:\n\nе) с применением насилия;\n\nж) в целях изъятия у потерпевшего органов или тканей, -\n\nнаказывается лишением свободы на срок от трех до десяти лет.\n";
    let new = old.replace("органов или тканей", "органов или тканей потерпевшего");
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["Статья 127.1, ч. 2, п. «ж»"]);
    let old = "##### Άρθρο 4\n\n1. Οι αρχές εφαρμόζουν τα μέτρα.\n\n2. Τα μέτρα λήγουν:\n\nα) πέντε έτη μετά την έγκριση,\n\nβ) όταν το Συμβούλιο αποφασίσει.\n";
    let new = old.replace("πέντε έτη", "έξι έτη");
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["Άρθρο 4 παρ. 2 περ. α)"]);
}

#[test]
fn a_hungarian_paragraph_opened_on_the_section_line_after_a_footnote_mark() {
    // 1994. évi XXXIV. törvény 3/B. § as net.jogtar.hu exports it.
    let old = "3/B. § [\\*](#lbj30id6e0f)  (1) A hozzáférhetetlenné tételt a rendőrség megszünteti, ha\n\na) az elrendelés oka megszűnt,\n\nb) a rendelkezés végrehajtása kétséges lehet.\n\n(2) A rendőrség a megszüntetésről értesíti a szolgáltatót.\n";
    let new = old.replace(
        "oka megszűnt",
        "oka megszűnt vagy a határozat visszavonásra került",
    );
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["3/B. § (1) bekezdés a) pont"]);
}

#[test]
fn hungarian_points_set_in_from_the_margin_and_their_subpoints() {
    // The layout of the plain-text Btk (2012. évi C. törvény, 459. §): points 15 blanks in,
    // their wrapped lines and letters hung under their first word; the letters under a point
    // are its alpont. The last paragraph wraps a citation onto a line of its own
    // (`3. Cikkében`), which opens no list.
    let old = "458. §    E törvény a kihirdetését követő napon lép hatályba.\n\
               \n\
               459. §    (1)  E törvény alkalmazásában\n\
               \x20              1.   bűnszervezet: legalább három személyből álló, hosszabb időre,\n\
               \x20                   hierarchikusan szervezett csoport;\n\
               \x20              2.   fegyveresen követi el a bűncselekményt, aki\n\
               \x20                   a)   lőfegyvert,\n\
               \x20                   b)   robbanóanyagot\n\
               \x20                   tart magánál;\n\
               \x20              3.   hatóság a bíróság és az ügyészség is.\n\
               \x20         (2)  Ahol e törvény háborút említ, azon az egyezmények közös 2. és\n\
               \x20              3. Cikkében meghatározott helyzetet kell érteni.\n\
               \n\
               460. §    Nem lép hatályba a 458. § és az 459. § vagy a rendelet.\n";
    let new = old
        .replace("robbanóanyagot", "robbanóanyagot vagy robbantószert")
        .replace(
            "ügyészség is.",
            "ügyészség is;\n               3a.  hivatalos személy az alkotmánybíró.",
        )
        .replace("közös 2. és", "közös 2. vagy");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "hu");
    assert_eq!(
        hunk_addresses(&r),
        [
            "459. § (1) bekezdés 2. pont b) alpont",
            "459. § (1) bekezdés 3. pont",
            "459. § (1) bekezdés 3a. pont",
            "459. § (2) bekezdés",
        ]
    );
    assert_eq!(
        changed_addresses(&r.units),
        [
            (Status::Changed, "459. §".to_string()),
            (Status::Changed, "459. § (1) bekezdés".to_string()),
            (Status::Changed, "459. § (1) bekezdés 2. pont".to_string()),
            (
                Status::Changed,
                "459. § (1) bekezdés 2. pont b) alpont".to_string()
            ),
            (Status::Changed, "459. § (1) bekezdés 3. pont".to_string()),
            (Status::Added, "459. § (1) bekezdés 3a. pont".to_string()),
            (Status::Changed, "459. § (2) bekezdés".to_string()),
        ]
    );
}

/// § 4d EStG as the bundestag export sets it: doubled letters under `b)`, closing words of
/// `b)` after them, and (in an Anlage) letters that run past `z)` on to `aa)`.
const ESTG_DOUBLED: &str = "## § 4d Zuwendungen an Unterstützungskassen\n\n\
    (1) Zuwendungen an eine Unterstützungskasse dürfen abgezogen werden:\n\n\
    1.  bei Unterstützungskassen, die lebenslänglich laufende Leistungen gewähren:\n\n\
    \x20   a)  das Deckungskapital für die laufenden Leistungen,\n\n\
    \x20   b)  in jedem Wirtschaftsjahr für jeden Leistungsanwärter,\n\n\
    \x20       aa) wenn die Kasse Altersversorgung gewährt, 6 Prozent,\n\n\
    \x20       bb) wenn die Kasse nur Invaliditätsversorgung gewährt, 25 Prozent\n\n\
    \x20       des Durchschnittsbetrags der jährlichen Versorgungsleistungen;\n\n\
    \x20   c)  den Betrag des Beitrags, den die Kasse an einen Versicherer zahlt.\n\n\
    ## § 4e Beiträge an Pensionsfonds\n\n\
    (1) Beiträge an einen Pensionsfonds dürfen abgezogen werden, bei Gesellschaften\n\n\
    \x20   y)  slowenischen Rechts mit der Bezeichnung „delniška družba“,\n\n\
    \x20   z)  spanischen Rechts mit der Bezeichnung „sociedad anónima“,\n\n\
    \x20   aa) schwedischen Rechts mit der Bezeichnung „aktiebolag“,\n\n\
    \x20   bb) nach dem Recht des Vereinigten Königreichs gegründet.\n";

#[test]
fn german_doubled_letters_under_a_letter_are_its_doppelbuchstaben() {
    let new = ESTG_DOUBLED
        .replace("gewährt, 25 Prozent", "gewährt, 20 Prozent")
        .replace("jährlichen Versorgungsleistungen", "Versorgungsleistungen")
        .replace("„aktiebolag“", "„aktiebolag“ oder „sparbanker“");
    let r = check(ESTG_DOUBLED, &new);
    assert_eq!(r.structure.style_id, "de");
    assert_eq!(
        hunk_addresses(&r),
        [
            "§ 4d Abs. 1 Nr. 1 Buchst. b Doppelbuchst. bb",
            // The closing words after the doubled letters are the letter's.
            "§ 4d Abs. 1 Nr. 1 Buchst. b",
            // Past `z)` the alphabet goes on: `aa)` is a letter of the list.
            "§ 4e Abs. 1 Buchst. aa",
        ]
    );
}

/// The Strafgesetzbuch's § 68b Absatz 1 (shortened) as bundestag/gesetze prints it: a list of
/// Nummern in its first sentence and another in its third, as the law itself cites them
/// (`Eine Weisung nach Satz 1 Nummer 12`).
const STGB_68B: &str = "##### § 68a Aufsichtsstelle\n\n\
(1) Die verurteilte Person untersteht einer Aufsichtsstelle.\n\n\
##### § 68b Weisungen\n\n\
(1) Das Gericht kann die verurteilte Person für die Dauer der\n\
Führungsaufsicht anweisen,\n\n\
1.  den Wohn- oder Aufenthaltsort nicht ohne Erlaubnis der\n\
    Aufsichtsstelle zu verlassen,\n\n\n\
2.  die für eine elektronische Überwachung ihres Aufenthaltsortes\n\
    erforderlichen technischen Mittel bei sich zu führen.\n\n\n\n\
Das Gericht hat in seiner Weisung das verbotene oder verlangte\n\
Verhalten genau zu bestimmen. Eine Weisung nach Satz 1 Nummer 2 ist,\n\
unbeschadet des Satzes 5, nur zulässig, wenn\n\n\
1.  die Führungsaufsicht auf Grund der vollständigen Vollstreckung einer\n\
    Freiheitsstrafe von mindestens drei Jahren eingetreten ist und\n\n\n\
2.  die Weisung erforderlich erscheint.\n\n\n\n\
Abweichend von Satz 3 Nummer 1 genügt eine Freiheitsstrafe von\n\
zwei Jahren.\n\n\
(2) Das Gericht kann weitere Weisungen erteilen. § 56c Abs. 3 gilt\n\
entsprechend.\n";

/// § 10b Abs. 1 of the Einkommensteuergesetz as bundestag/gesetze prints it, with its
/// sentences numbered: the sentences read from the stops once the numbers are gone start
/// where the numbers stood.
pub(crate) const ESTG_10B: &str = "(1)\n\
1             Zuwendungen (Spenden und Mitgliedsbeiträge) zur\n\
Förderung steuerbegünstigter Zwecke im Sinne der §§ 52 bis 54 der\n\
Abgabenordnung können insgesamt bis zu\n\
\n\
1.  20 Prozent des Gesamtbetrags der Einkünfte oder\n\
\n\
\n\
2.  4 Promille der Summe der gesamten Umsätze und der im Kalenderjahr\n\
    aufgewendeten Löhne und Gehälter\n\
\n\
\n\
\n\
als Sonderausgaben abgezogen werden.\n\
2             Voraussetzung für den Abzug ist, dass diese Zuwendungen\n\
\n\
1.  an eine juristische Person des öffentlichen Rechts oder an eine\n\
    öffentliche Dienststelle, die in einem Mitgliedstaat der Europäischen\n\
    Union oder in einem Staat belegen ist, auf den das Abkommen über den\n\
    Europäischen Wirtschaftsraum (EWR-Abkommen) Anwendung findet, oder\n\
\n\
\n\
2.  an eine nach § 5 Absatz 1 Nummer 9 des Körperschaftsteuergesetzes\n\
    steuerbefreite Körperschaft, Personenvereinigung oder Vermögensmasse\n\
    oder\n\
\n\
\n\
3.  an eine Körperschaft, Personenvereinigung oder Vermögensmasse, die in\n\
    einem Mitgliedstaat der Europäischen Union oder in einem Staat belegen\n\
    ist, auf den das Abkommen über den Europäischen Wirtschaftsraum (EWR-\n\
    Abkommen) Anwendung findet, und die nach § 5 Absatz 1 Nummer 9 des\n\
    Körperschaftsteuergesetzes in Verbindung mit § 5 Absatz 2 Nummer 2\n\
    zweiter Halbsatz des Körperschaftsteuergesetzes steuerbefreit wäre,\n\
    wenn sie inländische Einkünfte erzielen würde,\n\
\n\
\n\
\n\
geleistet werden.\n\
3             Für nicht im Inland ansässige Zuwendungsempfänger nach\n\
Satz 2 ist weitere Voraussetzung, dass durch diese Staaten Amtshilfe\n\
und Unterstützung bei der Beitreibung geleistet werden.\n\
4             Amtshilfe ist der Auskunftsaustausch im Sinne oder\n\
entsprechend der Amtshilferichtlinie gemäß § 2 Absatz 2 des EU-\n\
Amtshilfegesetzes.\n\
5             Beitreibung ist die gegenseitige Unterstützung bei der\n\
Beitreibung von Forderungen im Sinne oder entsprechend der\n\
Beitreibungsrichtlinie einschließlich der in diesem Zusammenhang\n\
anzuwendenden Durchführungsbestimmungen in den für den jeweiligen\n\
Veranlagungszeitraum geltenden Fassungen oder eines entsprechenden\n\
Nachfolgerechtsaktes.\n\
6             Werden die steuerbegünstigten Zwecke des\n\
Zuwendungsempfängers im Sinne von Satz 2 Nummer 1 nur im Ausland\n\
verwirklicht, ist für den Sonderausgabenabzug Voraussetzung, dass\n\
natürliche Personen, die ihren Wohnsitz oder ihren gewöhnlichen\n\
Aufenthalt im Geltungsbereich dieses Gesetzes haben, gefördert werden\n\
oder dass die Tätigkeit dieses Zuwendungsempfängers neben der\n\
Verwirklichung der steuerbegünstigten Zwecke auch zum Ansehen der\n\
Bundesrepublik Deutschland beitragen kann.";

#[test]
fn german_sentences_numbered_in_print_are_cited_by_their_numbers() {
    let old = ["#### § 10b Steuerbegünstigte Zwecke\n\n", ESTG_10B, "\n\n#### § 10c Sonderausgaben-Pauschbetrag\n\n(1) Für Sonderausgaben wird ein Pauschbetrag abgezogen.\n"].concat();
    let new = old
        .replace("steuerbefreite Körperschaft", "steuerbefreite Stiftung")
        .replace("gegenseitige Unterstützung", "gegenseitige Hilfe");
    let r = check(&old, &new);
    assert_eq!(r.structure.style_id, "de");
    assert_eq!(
        hunk_addresses(&r),
        ["§ 10b Abs. 1 Satz 2 Nr. 2", "§ 10b Abs. 1 Satz 5"]
    );
}

#[test]
fn german_entries_of_more_than_one_sentence_cite_their_sentences() {
    // The Einkommensteuergesetz's § 3 Nr. 70 (shortened): a list of letters in each of its
    // sentences, which the law cites `Satz 1 Buchstabe a`.
    let old = "#### § 3\n\n\
               Steuerfrei sind\n\n\
               69. die Leistungen der Stiftung;\n\n\n\
               70. die Hälfte\n\n\
               \x20   a)  der Einnahmen aus der Veräußerung von Grund und Boden,\n\n\n\
               \x20   b)  der Betriebsvermögensmehrungen aus der Eintragung.\n\n\n\n\
               \x20   2                   Satz 1 ist nicht anzuwenden,\n\n\
               \x20   a)  wenn der Steuerpflichtige den Betrieb veräußert,\n\n\n\
               \x20   b)  soweit der Steuerpflichtige von § 6b Gebrauch macht.\n\n\n\n\
               71. die Zuschüsse für den Erwerb.\n\n\
               #### § 3a Sanierungserträge\n\n\
               (1) Betriebsvermögensmehrungen sind steuerfrei.\n";
    let new = old
        .replace("Betrieb veräußert", "Betrieb aufgibt")
        .replace("Satz 1 ist nicht", "Satz 1 ist insoweit nicht");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "de");
    // Both were `§ 3 Nr. 70`, the first `… Buchst. a` of the first list's address.
    assert_eq!(
        hunk_addresses(&r),
        ["§ 3 Nr. 70 Satz 2", "§ 3 Nr. 70 Satz 2 Buchst. a"]
    );
}

#[test]
fn german_lists_are_cited_by_the_sentence_that_holds_them() {
    let new = STGB_68B
        .replace("Wohn- oder Aufenthaltsort", "Wohnort")
        .replace("vollständigen Vollstreckung", "teilweisen Vollstreckung");
    let r = check(STGB_68B, &new);
    assert_eq!(r.structure.style_id, "de");
    // Both were `§ 68b Abs. 1 Nr. 1`.
    assert_eq!(
        hunk_addresses(&r),
        ["§ 68b Abs. 1 Satz 1 Nr. 1", "§ 68b Abs. 1 Satz 3 Nr. 1"]
    );
    let units = addresses(&r.units);
    for unit in [
        "§ 68b Abs. 1 Satz 1 Nr. 2",
        "§ 68b Abs. 1 Satz 3 Nr. 2",
        // A paragraph of one sentence cites its list without one.
        "§ 68a Abs. 1",
    ] {
        assert!(units.iter().any(|(_, a)| a == unit), "{unit}: {units:?}");
    }
}

#[test]
fn the_sentences_between_two_lists_are_the_paragraphs_not_the_last_items() {
    // The second sentence followed the first list's last Nummer: a change in it was cited
    // `§ 68b Abs. 1 Nr. 2`.
    let new = STGB_68B.replace("Verhalten genau", "Verhalten hinreichend genau");
    let r = check(STGB_68B, &new);
    assert_eq!(hunk_addresses(&r), ["§ 68b Abs. 1 Satz 2"]);
}

#[test]
fn german_changes_in_a_paragraphs_words_are_cited_by_their_sentence() {
    let new = STGB_68B
        .replace("untersteht einer", "untersteht der")
        .replace("zwei Jahren", "achtzehn Monaten")
        .replace("§ 56c Abs. 3 gilt", "§ 56c Abs. 3 und 4 gilt");
    let r = check(STGB_68B, &new);
    assert_eq!(
        hunk_addresses(&r),
        [
            // One sentence: cited by its paragraph alone.
            "§ 68a Abs. 1",
            // The sentence after the second list, the fourth (`Abweichend von Satz 3 …`).
            "§ 68b Abs. 1 Satz 4",
            // `§` opens a sentence as a capital does.
            "§ 68b Abs. 2 Satz 2",
        ]
    );
}

#[test]
fn a_list_entry_citing_a_section_is_an_entry() {
    // The Urheberrechtsgesetz's § 95b: `1.  § 45 (…)` read as a section `1. §` of a style
    // that numbers so (Hungarian, Nordic) and, in German, as no unit at all.
    let old = "##### § 95a Schutz technischer Maßnahmen\n\n\
               (1) Wirksame technische Maßnahmen dürfen ohne Zustimmung nicht umgangen werden.\n\n\
               ##### § 95b Durchsetzung von Schrankenbestimmungen\n\n\
               (1) Der Rechtsinhaber ist verpflichtet, den Begünstigten der folgenden\n\
               Bestimmungen die notwendigen Mittel zur Verfügung zu stellen:\n\n\
               1.  § 45 (Rechtspflege und öffentliche Sicherheit),\n\n\n\
               2.  § 45a (Behinderte Menschen),\n\n\n\
               3.  § 47 (Schulfunksendungen).\n\n\
               (2) Die Rechte der Inhaber bleiben unberührt.\n";
    let new = old.replace("Behinderte Menschen", "Menschen mit Behinderungen");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "de");
    assert_eq!(hunk_addresses(&r), ["§ 95b Abs. 1 Nr. 2"]);
}

#[test]
fn hungarian_doubled_letters_under_a_point_are_its_alpont() {
    // 2012. évi C. törvény 417. § (4) as the plain-text Btk sets it (as its (2) here).
    let old = "416. §    E törvény alkalmazásában nem minősül a vagy az, aki nem.\n\n\
               417. §    (1)  Aki termékbemutatón árkedvezményt ígér, vétség miatt büntetendő.\n\
               \x20         (2)  E § alkalmazásában\n\
               \x20              a)   az áru lényeges tulajdonsága:\n\
               \x20                   aa)  az áru összetétele és műszaki jellemzői,\n\
               \x20                   ab)  az áru eredete és előállításának módja;\n\
               \x20              b)   szervezett termékbemutató: a rendezvény vagy utazás.\n";
    let new = old.replace("eredete és", "eredete, származási helye és");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "hu");
    assert_eq!(
        hunk_addresses(&r),
        ["417. § (2) bekezdés a) pont ab) alpont"]
    );
}

#[test]
fn a_range_of_repealed_articles_is_labelled_with_its_range() {
    // The Luxembourg Code pénal of 2023 enacts a new `Art. 80.` above the placeholder `Art. 80
    // à 85.` its consolidation keeps for the articles repealed in 1994: both were `Art. 80`,
    // and the range's title read `à 85.`.
    let old = "##### Art. 79.\n\nL'appréciation des circonstances atténuantes est réservée aux cours.\n\n\
               ##### Art. 80 à 85.\n\nAbrogés (L. 13 juin 1994).\n\n\
               ##### Art. 86.\n\nLes peines s'éteignent par la mort du condamné.\n";
    let new = old.replace(
        "##### Art. 80 à 85.",
        "##### Art. 80.\n\nQuiconque aura commis un crime pourra être condamné au double.\n\n##### Art. 80 à 85.",
    );
    let r = check(old, &new);
    let new_labels: Vec<&str> = r.new_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(
        new_labels,
        ["Art. 79", "Art. 80", "Art. 80 à 85", "Art. 86"]
    );
    assert_eq!(r.new_sections[2].title, "");
    assert_eq!(r.new_sections[2].number.as_deref(), Some("80"));
    assert_eq!(labels(&r, Status::Added), [Some("Art. 80")]);
    assert_eq!(r.summary.unchanged, 3);
}

#[test]
fn a_repealed_number_given_new_text_leaves_the_other_repealed_article_in_place() {
    // УК РФ: ст. 129 and ст. 130 both read "Утратила силу"; ст. 129 gets a text again.
    let old = "Статья 128. Незаконная госпитализация\n\n1. Незаконная госпитализация лица -\n\nнаказывается лишением свободы на срок до трех лет.\n\nСтатья 129. Утратила силу. - Федеральный закон от 07.12.2011 N 420-ФЗ.\n\nСтатья 130. Утратила силу. - Федеральный закон от 07.12.2011 N 420-ФЗ.\n\nСтатья 131. Изнасилование\n\n1. Изнасилование -\n\nнаказывается лишением свободы на срок от трех до шести лет.\n";
    let new = old.replacen(
        "Статья 129. Утратила силу. - Федеральный закон от 07.12.2011 N 420-ФЗ.",
        "Статья 129. Клевета\n\n1. Клевета, то есть распространение заведомо ложных сведений, -\n\nнаказывается штрафом.",
        1,
    );
    let r = check(old, &new);
    assert_eq!(r.summary.renumbered, 0);
    let unchanged: Vec<_> = labels(&r, Status::Unchanged)
        .into_iter()
        .map(|l| l.unwrap_or(""))
        .collect();
    assert_eq!(unchanged, ["Статья 128", "Статья 130", "Статья 131"]);
}

#[test]
fn numbers_escaped_by_markdown_exports_are_read() {
    // 1994. évi XXXIV. törvény as net.jogtar.hu exports it: `3\. §`, and items `2\.`.
    let old = "### Elektronikus adat hozzáférhetetlenné tétele [\\*](#lbj27id6e0f) \n\n3\\. § [\\*](#lbj28id6e0f)  (1) A rendőrség határozatban elrendeli a hozzáférhetetlenné tételt.\n\n(2) A határozat azonnal végrehajtható.\n\n(3) A hirdetményt 3 napig kell közzétenni:\n\n1\\. a rendőrség honlapján,\n\n2\\. a hivatalos lapban.\n\n3/A. § [\\*](#lbj29id6e0f)  (1) A döntés kötelezettje valamennyi szolgáltató.\n";
    let new = old.replace(
        "hivatalos lapban",
        "hivatalos lapban és a kormányzati portálon",
    );
    let r = check(old, &new);
    assert_eq!(r.structure.new.articles, 2);
    assert_eq!(r.new_sections[1].label, "3. §");
    assert_eq!(hunk_addresses(&r), ["3. § (3) bekezdés 2. pont"]);
}

#[test]
fn a_croatian_article_inserted_as_81_a_is_its_own_number() {
    // Kazneni zakon (NN 125/2011): `### Članak 81.a` after `### Članak 81.`.
    let old = "### Članak 81.\n\n(1) Kazneni progon zastarijeva nakon 6 godina.\n\n### Članak 82.\n\n(1) Zastara počinje teći danom počinjenja.\n";
    let new = old.replace(
        "### Članak 82.",
        "### Članak 81.a\n\n(1) Zastara ne teče za vrijeme trajanja postupka.\n\n### Članak 82.",
    );
    let r = check(old, &new);
    let added = labels(&r, Status::Added);
    assert_eq!(added, [Some("Članak 81.a")]);
    assert_eq!(r.new_sections[1].number.as_deref(), Some("81.a"));
}

#[test]
fn danish_sections_with_a_letter_apart_and_their_stykker() {
    // Straffeloven § 262 a in its Danish layout (wording shortened).
    let old = "§ 262 a. Den, der rekrutterer, huser eller modtager en person med henblik på udnyttelse af personen til kønslig usædelighed, straffes for menneskehandel.\n\nStk. 2. På samme måde straffes den, der\n\n1) rekrutterer en person under 18 år til udnyttelse og\n\n2) modtager betaling for en person under 18 år.\n\n§ 263. Med bøde straffes den, der uberettiget åbner et brev til en anden.\n";
    let new = old.replace("betaling for", "betaling eller anden ydelse for");
    let r = check(old, &new);
    assert_eq!(r.structure.new.articles, 2);
    assert_eq!(hunk_addresses(&r), ["§ 262 a, stk. 2, nr. 2"]);
}

#[test]
fn belgian_paragraphs_marked_with_the_section_sign_are_in_addresses() {
    // A Justel-style article: `Art. 10. § 1er. …`, `§ 2. …` and its `1°` items.
    let old = "Art. 10. § 1er. Le chômeur complet doit être disponible pour le marché de l'emploi.\n\n§ 2. Le Roi peut déterminer :\n1° les catégories concernées ;\n2° les conditions.\n\nArt. 11. Le présent arrêté entre en vigueur le 1er janvier.\n";
    let new = old.replace("les conditions", "les conditions et les modalités");
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["Art. 10, § 2, 2°"]);
}

#[test]
fn a_text_indented_throughout_is_read_from_its_margin() {
    // Кримінальний кодекс України, ст. 149, as a plain-text export indents every line by five.
    let old = "     Стаття 149. Торгівля людьми\n\n     1. Торгівля людьми, вчинені з метою експлуатації, -\n\n     караються позбавленням волі на строк від трьох до восьми років.\n\n     2. Ті самі дії, вчинені щодо неповнолітнього, -\n\n     караються позбавленням волі на строк від п'яти до дванадцяти років.\n";
    let new = old.replace("від п'яти", "від семи");
    let r = check(old, &new);
    assert_eq!(r.structure.new.paragraphs, 2);
    assert_eq!(hunk_addresses(&r), ["Стаття 149, ч. 2"]);
}

#[test]
fn serbian_bosnian_and_slovenian_items_are_cited_in_their_own_words() {
    let cases = [
        // Serbian in Cyrillic, Bosnian (and Serbian) in Latin script, Slovenian.
        (
            "Члан 2.\n\n(1) Овај закон уређује права детета.\n\n(2) Дете има право:\n\n1) на живот;\n\n2) на образовање које је бесплатно.\n",
            "бесплатно",
            "Члан 2, став 2, тачка 2)",
        ),
        (
            "Član 2.\n\n(1) Ovaj zakon uređuje prava djeteta.\n\n(2) Dijete ima pravo:\n\n1) na život;\n\n2) na obrazovanje koje je besplatno.\n",
            "besplatno",
            "Član 2, stav 2, tačka 2)",
        ),
        (
            "2. člen\n\n(1) Ta zakon ureja pravice otrok.\n\n(2) Otrok ima pravico:\n\n1. do življenja;\n\n2. do izobraževanja, ki je brezplačno.\n",
            "brezplačno",
            "2. člen, odstavek 2, točka 2",
        ),
    ];
    for (old, word, address) in cases {
        let new = old.replace(word, &format!("{word} i obavezno"));
        let r = check(old, &new);
        assert_eq!(hunk_addresses(&r), [address], "{old}");
    }
}

#[test]
fn a_title_written_above_its_article_belongs_to_that_article() {
    // Kazneni zakon (NN 125/2011): each title on its own line above `### Članak N.`.
    let old = "Javno objavljivanje presude\n\n### Članak 80.\n\n(1) Sud može odrediti da se presuda javno objavi.\n\nZastara kaznenog progona\n\n### Članak 81.\n\n(1) Kazneni progon zastarijeva nakon 6 godina.\n\nTijek zastare kaznenog progona\n\n### Članak 82.\n\n(1) Zastara počinje teći danom počinjenja kaznenog djela.\n";
    let new = old.replace("Tijek zastare", "Početak zastare");
    let r = check(old, &new);
    let changed = labels(&r, Status::Changed);
    assert_eq!(changed, [Some("Članak 82")]);
    assert_eq!(r.new_sections[2].title, "Početak zastare kaznenog progona");
    assert_eq!(apply(old, &r.ops), new);
}

#[test]
fn a_french_text_whose_paragraphs_outnumber_its_articles_stays_french() {
    // Belgian layout: more `§ N.` lines than `Art.` headings; German has § articles, but the
    // text does not speak German.
    let old = "Art. 10. § 1er. Le chômeur complet doit être disponible pour le marché de l'emploi.\n\n§ 2. Le Roi peut déterminer :\n1° les catégories concernées ;\n2° les conditions.\n\n§ 3. Le ministre fixe les modalités de la demande et les délais de la procédure.\n\n§ 4. Les données sont conservées pendant la durée de la procédure.\n\nArt. 11. Le présent arrêté entre en vigueur le premier jour du mois.\n";
    let new = old.replace("les conditions", "les conditions et les modalités");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "fr");
    assert_eq!(r.structure.new.articles, 2);
    assert_eq!(hunk_addresses(&r), ["Art. 10, § 2, 2°"]);
}

#[test]
fn croatian_alineje_led_by_a_dash_are_items_numbered_by_their_place() {
    // Kazneni zakon čl. 81 (1): the limitation periods as alineje.
    let old = "### Članak 81.\n\n(1) Kazneni progon zastarijeva nakon:\n\n– 40 godina za kaznena djela kažnjiva dugotrajnim zatvorom,\n\n– 10 godina za kaznena djela kažnjiva zatvorom dužim od jedne godine i\n\n– 6 godina za ostala kaznena djela.\n\n(2) Kazneni progon ne zastarijeva za genocid.\n";
    let new = old.replace("– 6 godina", "– 7 godina");
    let r = check(old, &new);
    assert_eq!(r.structure.new.items, 3);
    assert_eq!(hunk_addresses(&r), ["Članak 81, stavak 1, alineja 3"]);
    // Elsewhere a dash at a line's start is text.
    let old = "§ 1 Geltung\n\n(1) Das Gesetz gilt\n\n– im Inland und\n\n– auf Schiffen.\n";
    let r = check(old, &old.replace("Schiffen", "deutschen Schiffen"));
    assert_eq!(r.structure.new.items, 0);
}

#[test]
fn titles_above_headings_in_austrian_and_turkish_layouts() {
    // StGB (Austria) as RIS prints it: the title, a blank, `§ 104a. (1) …`. A titled § inserted
    // after § 104a leaves § 104a unchanged.
    let old = "Menschenhandel\n\n§ 104a. (1) Wer eine volljährige Person ausbeutet, ist zu bestrafen.\n(2) Unlautere Mittel sind Gewalt und Täuschung.\n\nSchwere Nötigung\n\n§ 106. (1) Wer eine Nötigung begeht, ist zu bestrafen.\n";
    let new = old.replace(
        "Schwere Nötigung",
        "Grenzüberschreitender Prostitutionshandel\n\n§ 104b. (1) Wer eine Person der Prostitution zuführt, ist zu bestrafen.\n\nSchwere Nötigung",
    );
    let r = check(old, &new);
    let verdicts: Vec<_> = r
        .sections
        .iter()
        .map(|s| (s.new_label.as_deref().unwrap_or(""), s.status))
        .collect();
    assert_eq!(
        verdicts,
        [
            ("§ 104a", Status::Unchanged),
            ("§ 104b", Status::Added),
            ("§ 106", Status::Unchanged)
        ]
    );
    // Türk Ceza Kanunu: the title right above `Madde 80- (1) …`, no blank between.
    let old = "İnsan ticareti\nMadde 80- (1) Kişileri ülkeye sokan kimseye hapis cezası verilir.\n(2) Mağdurun rızası geçersizdir.\n\nKişiyi hürriyetinden yoksun kılma\nMadde 109- (1) Bir kimseyi hürriyetinden yoksun bırakan kişiye hapis cezası verilir.\n";
    let new = old.replace("İnsan ticareti", "İnsan ticareti ve sömürü");
    let r = check(old, &new);
    let changed = labels(&r, Status::Changed);
    assert_eq!(changed, [Some("Madde 80")]);
}

#[test]
fn turkish_inserted_added_and_transitional_articles_are_articles() {
    // Türk Ceza Kanunu layout: `Madde 80/A-` inserted after 80, `EK MADDE`, `GEÇİCİ MADDE`,
    // each with an amendment note before its first fıkra.
    let old = "İnsan ticareti\nMadde 80- (1) Kişileri ülkeye sokan kimseye hapis cezası verilir.\n\nKişiyi hürriyetinden yoksun kılma\nMadde 109- (1) Bir kimseyi hürriyetinden yoksun bırakan kişiye hapis cezası verilir.\n";
    let new = old
        .replace(
            "\nKişiyi",
            "\nİnsan ticaretinin mağdurlarının korunması\nMadde 80/A- (Ek: 1/1/2027 – 9999/2 md.) (1) İnsan ticareti mağduruna koruma tedbirleri uygulanır.\n\nKişiyi",
        )
        + "\nGeçiş hükmü\nGEÇİCİ MADDE 1- (Ek: 1/1/2027 – 9999/3 md.) (1) Bu Kanunun 80 inci maddesi altı ay sonra uygulanır.\n";
    let r = check(old, &new);
    let added = labels(&r, Status::Added);
    assert_eq!(added, [Some("Madde 80/A"), Some("Geçici Madde 1")]);
    assert_eq!(r.summary.changed, 0);
}

#[test]
fn irish_sections_with_their_first_subsection_on_the_number_line() {
    // Criminal Law (Human Trafficking) Act 2008 as the statute book prints it: `4.—(1) …`;
    // the 2022 text inserts s. 4A.
    let old = "4.—(1) A person who trafficks another person shall be guilty of an offence if the trafficker—\n\n(a) coerced the trafficked person,\n\n(b) deceived the trafficked person.\n\n(2) A person guilty of an offence is liable to imprisonment.\n\n5.—(1) A person who solicits another person shall be guilty of an offence.\n\n(2) A person who accepts a payment shall be guilty of an offence.\n";
    let new = old.replace(
        "5.—(1)",
        "4A.—(1) The fact that the offence was committed by a public official shall be an aggravating factor.\n\n(2) The sentence shall not be greater than the maximum.\n\n5.—(1)",
    ).replace("accepts a payment", "accepts or agrees to accept a payment");
    let r = check(old, &new);
    assert_eq!(r.structure.new.articles, 3);
    assert_eq!(r.summary.renumbered, 0);
    let added = labels(&r, Status::Added);
    assert_eq!(added, [Some("4A")]);
    assert_eq!(hunk_addresses(&r), ["s. 5(2)"]);
}

#[test]
fn emphasis_around_a_suffix_or_an_item_letter_is_layout() {
    // Code pénal (Luxembourg) as legilux prints it: `Art. 409*quater*.`; an Irish item `(*b*)`.
    let old =
        "Art. 409.\n\nLe texte de l'article 409.\n\nArt. 410.\n\nLe texte de l'article 410.\n";
    let new = old.replace(
        "Art. 410.",
        "Art. 409*quater*. ([L. 24 juillet 2025](/eli/etat/leg/loi/2025/07/24/a345/jo))\n\nLe texte nouveau.\n\nArt. 410.",
    );
    let r = check(old, &new);
    let added = labels(&r, Status::Added);
    assert_eq!(added, [Some("Art. 409quater")]);
    assert_eq!(r.summary.removed, 0);
    let old = "Section 4. Trafficking\n\n(1) A person shall be guilty of an offence if the trafficker—\n\n(*a*) coerced the trafficked person,\n\n(*b*) deceived the trafficked person.\n";
    let r = check(old, &old.replace("deceived", "deceived or defrauded"));
    assert_eq!(hunk_addresses(&r), ["s. 4(1)(b)"]);
}

#[test]
fn a_bold_article_number_inside_a_markdown_heading_is_read() {
    // Swiss Fedlex Markdown: `##### **Art. 12** Title`.
    let old = "##### **Art. 12** Gleichzeitig vollziehbare Sanktionen\n\nTreffen gemeinnützige Arbeiten mit Freiheitsstrafen zusammen, so vollzieht die Behörde zuerst die dringlichste Strafe.\n\n##### **Art. 13** Vollzugsort\n\nDie Arbeit wird in der Schweiz geleistet.\n";
    let r = check(
        old,
        &old.replace("in der Schweiz", "in der Regel in der Schweiz"),
    );
    assert_eq!(r.structure.new.articles, 2);
    assert_eq!(hunk_addresses(&r), ["Art. 13"]);
}

#[test]
fn a_swiss_article_letter_outside_the_bold_is_its_number() {
    // StGB as legalize-ch prints it (sweep G, ch-bold-suffix): `##### **Art. 28** a`. The
    // letter was dropped: Art. 28a was cited as Art. 28.
    let old = "##### **Art. 28**\n\n<sup>1</sup> Wird eine strafbare Handlung durch Veröffentlichung begangen, so ist der Autor allein strafbar.\n\n##### **Art. 28** a\n\n<sup>1</sup> Verweigern Personen das Zeugnis, so dürfen keine Strafen verhängt werden.\n\n<sup>2</sup> Absatz 1 gilt nicht für schwere Verbrechen.\n\n##### **Art. 29**\n\nEine besondere Pflicht obliegt der juristischen Person.\n";
    let r = check(old, &old.replace("schwere Verbrechen", "Verbrechen"));
    assert_eq!(r.structure.new.articles, 3);
    assert_eq!(hunk_addresses(&r), ["Art. 28a Abs. 2"]);
}

#[test]
fn a_short_german_excerpt_is_read_in_the_german_style() {
    // Two Swiss articles with none of der, die, und, wird, oder, des: the tie between the
    // styles that have `Art.` went to English (the first), and Abs. 2 was not cited. German,
    // and Swiss by its raised Absätze.
    let old = "##### Art. 28\n\n<sup>1</sup> Wer eine Tat begeht, ist strafbar.\n\n##### Art. 28a\n\n<sup>1</sup> Verweigern Personen das Zeugnis, so dürfen keine Strafen verhängt werden.\n\n<sup>2</sup> Absatz 1 gilt für schwere Verbrechen.\n";
    let r = check(old, &old.replace("gilt für", "gilt nicht für"));
    assert_eq!(r.structure.style_id, "de-ch");
    assert_eq!(hunk_addresses(&r), ["Art. 28a Abs. 2"]);
}

#[test]
fn an_irish_inserted_subsection_inside_its_annotation_is_its_own() {
    // Criminal Law (Human Trafficking) Act 2008 s. 5, revised: `F5[(2A) …]` inserted by the
    // 2017 amendment.
    let old = "4.—(1) A person who trafficks another person shall be guilty of an offence.\n\n(2) A person guilty of an offence is liable to imprisonment.\n\n5.—(1) A person who solicits another person shall be guilty of an offence.\n\n(2) A person who accepts a payment shall be guilty of an offence.\n\n(3) A person guilty of an offence is liable to a fine.\n";
    let new = old.replace(
        "\n(3)",
        "\nF5[(2A) A person who pays a person for the purposes of prostitution shall be guilty of an offence.]\n\n(3)",
    );
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["s. 5(2A)"]);
}

#[test]
fn a_new_law_against_an_empty_file_is_read_in_its_own_language() {
    // Zákon č. 225/1996 Z. z. (Slovak), compared with an empty file as a first draft is: its
    // `Čl. I` and `§ 3` tie the Slovak and Nordic rows, and its words, counted against two
    // texts, were too few to count; the same act against itself was Slovak.
    let new = "# Zákon Národnej rady Slovenskej republiky, ktorým sa mení a dopĺňa zákon Národnej rady Slovenskej republiky č. 212/1995 Z. z. o koncesionárskych poplatkoch a o zmene zákona č. 468/1991 Zb. o prevádzkovaní rozhlasového a televízneho vysielania v znení neskorších predpisov\n\n# ZÁKON\n\n## NÁRODNEJ RADY SLOVENSKEJ REPUBLIKY\n\nzo 4. júla 1996,\n\nNárodná rada Slovenskej republiky sa uzniesla na tomto zákone:\n\n##### Čl. I\n\nZákon Národnej rady Slovenskej republiky č. [212/1995 Z. z.](../../../../SK/ZZ/1995/212/) o koncesionárskych poplatkoch a o zmene zákona č. 468/1991 Zb. o prevádzkovaní rozhlasového a televízneho vysielania v znení neskorších predpisov sa mení a dopĺňa takto:\n\n1.\n\nV § 3 ods. 3 sa za slová „právnická osoba“ vkladajú slová „alebo samostatne zárobkovo činná fyzická osoba“.\n\n2.\n\nV § 6 ods. 1 písm. a) sa za slovo „osoba“ vkladá čiarka a slová „ak nejde o fyzickú osobu podľa § 3 ods. 3,“.\n\n3.\n\nV § 6 ods. 1 sa vypúšťa písmeno c).\n\nDoterajšie písmená d) až f) sa označujú ako písmená c) až e).\n\n4.\n\nV § 6 ods. 1 písm. e) znie:\n\n„e) poberatelia dôchodkov,^1a) ak výška ich dôchodku nepresahuje minimálnu mzdu zamestnanca odmeňovaného mesačnou mzdou^1b) a ak poberatelia dôchodkov nežijú v spoločnej domácnosti^1c) s inou osobou s pravidelným príjmom.“.\n\n\n5.\n\nV § 9 sa za odsek 2 vkladá nový odsek 3, ktorý znie:\n\n„(3) Ak platiteľ poplatku nezaplatí poplatok z omeškania ani do jedného mesiaca po doručení výzvy na jeho zaplatenie (odsek 2), vyberateľ poplatkov môže uplatniť svoj nárok na súde.“.\n\n##### Čl. II\n\nTento zákon nadobúda účinnosť 1. septembra 1996.\n\nMichal Kováč v. r. Ivan Gašparovič v. r. Vladimír Mečiar v. r.\n";
    let r = check("", new);
    assert_eq!(r.structure.style_id, "sk");
    assert_eq!(check(new, new).structure.style_id, "sk");
}

#[test]
fn a_slovak_amendment_in_section_is_no_roman_numbered_section() {
    // Zákon č. 534/2003 Z. z. as legalize-sk prints it (2013): its Čl. III amends another law
    // point by point, `V § 23 ods. 1 …` (in § 23(1) …). Each such line was a Nordic section
    // `V §`: the act was read as Nordic, with eleven sections more than it has, and its
    // changes cited `§ 2, stk. 2`.
    let old = "---\ntitle: \"Zákon o organizácii štátnej správy na úseku cestnej dopravy a pozemných komunikácií\"\nidentifier: \"ZZ-2003-534\"\ncountry: \"sk\"\nrank: \"law\"\n---\n# ZÁKON\n\nz 5. novembra 2003\n\nNárodná rada Slovenskej republiky sa uzniesla na tomto zákone:\n\n##### Čl. I\n\n##### § 1\n\n##### Predmet úpravy\n\nTento zákon upravuje zriadenie a postavenie orgánov štátnej správy na úseku cestnej dopravy a pozemných komunikácií.\n\n##### § 2\n\n##### Orgány štátnej správy\n\n(1)\n\nOrgány štátnej správy na úseku cestnej dopravy a pozemných komunikácií sú ministerstvo a obvodné úrady dopravy.\n\n(2)\n\nŠtátnu správu na úseku cestnej dopravy a pozemných komunikácií vykonávajú obce a samosprávne kraje v rozsahu ustanovenom osobitnými predpismi.\n\n##### Čl. III\n\nZákon Slovenskej národnej rady č. 372/1990 Zb. o priestupkoch v znení neskorších predpisov sa mení takto:\n\n1.\n\nV nadpise pod § 23 sa vypúšťajú slová „a priestupky na úseku cestného hospodárstva“.\n\n2.\n\nV § 23 ods. 1 písm. c) sa vypúšťajú slová „alebo pozemnej komunikácie“.\n\n3.\n\nV § 52 písmeno b) znie:\n\n„b) orgány Železničnej polície,“.\n\n4.\n\nV § 58 ods. 3 písmeno b) znie:\n\n„b) orgány Železničnej polície,“.\n\n##### Čl. IV\n\nTento zákon nadobúda účinnosť 1. januára 2004.\n";
    let new = old.replace("obce a samosprávne kraje", "obce");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "sk");
    assert_eq!(r.structure.old.articles, 5);
    assert_eq!(hunk_addresses(&r), ["§ 2 ods. 2"]);
}

#[test]
fn a_catalan_decree_is_catalan_though_it_writes_la_and_les_as_french_does() {
    // Andorran decrees (legalize-ad) say `la` and `les` as often as French does, and the
    // French row counted them: 68 of 112 decrees in Catalan were read as French.
    let old = "# Decret pel qual s'aprova el reglament de la formació contínua\n\n##### Article 1\n\nLa formació contínua de les persones que treballen a l'Administració és un dret i un deure.\n\n##### Article 2\n\n1. La direcció de recursos humans elabora cada any la proposta de les accions de formació per a la seva aprovació.\n\n2. La proposta recull les necessitats de les unitats i la previsió de la despesa.\n\n##### Article 3\n\nLes accions de formació es duen a terme dins la jornada laboral.\n";
    let new = old.replace("i la previsió", "i la previsió detallada");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "ca");
    assert_eq!(hunk_addresses(&r), ["Article 2, apartat 2"]);
}

#[test]
fn a_short_czech_decree_is_czech_without_the_words_of_long_acts() {
    // Vyhláška č. 9/2000 Sb. (legalize-cz): four sections under `§` that every §-style reads,
    // and none of `nebo`, `který`, `jsou`, `podle`: it tied with German, and German, the first
    // style, took it (as it took three more short decrees of the Czech collection).
    let old = "# Vyhláška Ministerstva financí, kterou se stanoví způsob úhrady nákladů spojených s převodem některých státních zemědělských a lesních pozemků z vlastnictví státu na jiné osoby\n\n#### Způsob úhrady nákladů na převod zemědělských a lesních pozemků\n\n##### § 1\n\nNáklady na převod zemědělských a lesních pozemků hradí stát ze státního rozpočtu z rozpočtové kapitoly Všeobecná pokladní správa prostřednictvím Pozemkového fondu České republiky.\n\n##### § 2\n\nFinanční prostředky na úhradu výdajů se poskytují Pozemkovému fondu zálohově. Pozemkový fond je čtvrtletně vyúčtovává. Další zálohy se poskytují po vyúčtování předchozí zálohy.\n\n##### § 3\n\nNespotřebované finanční prostředky v běžném roce se vracejí do státního rozpočtu vždy do 31. ledna následujícího roku.\n";
    let r = check(old, &old.replace("31. ledna", "28. února"));
    assert_eq!(r.structure.style_id, "cs");
    assert_eq!(r.structure.style, "Czech (§, Článek, odst.)");
}

#[test]
fn norwegian_laws_of_before_the_spelling_reforms_are_cited_in_norwegian() {
    // As lovdata prints them (legalize-no): vekselloven 1932 heads its chapters `Kapitel I.`
    // under `Første avdeling.`, domstolloven 1915 `1ste kapitel.`; the Nordic row (Danish)
    // had those words and the Norwegian one did not, so such laws were cited `§ 2, stk. 2`.
    // A footnote's number before the sections it cites (`1 §§ 1 og 2 trer i kraft …`) was
    // a Nordic section `1 §` too.
    let veksel = "# Lov om veksler\n\n## Første avdeling. Om den trukne veksel.\n\n### Kapitel I. Om vekslens utstedelse og form.\n\n#### § 1.\n\nEn veksel skal inneholde benevnelsen veksel og en ubetinget anmodning om å betale en bestemt pengesum.\n\n#### § 2.\n\nEt dokument hvori nogen av de i foregående paragraf nevnte anførsler mangler, gjelder ikke som veksel.\n\nEn veksel hvis forfallstid ikke er angitt, anses som betalbar ved sikt.\n\n### Kapitel II. Om overdragelse.\n\n#### § 3.\n\nEn veksel kan utstedes til trassentens egen ordre.\n";
    let r = check(veksel, &veksel.replace("ved sikt", "ved forevisning"));
    assert_eq!(r.structure.style_id, "no");
    assert_eq!(hunk_addresses(&r), ["§ 2 annet ledd"]);
    let domstol = "# Lov om domstolene\n\n## 1ste kapitel. Domstolene.\n\n### § 1.\n\nDe alminnelige domstoler er Høyesterett, lagmannsrettene og tingrettene.\n\nForliksrådene er meklingsinstitusjoner med begrenset domsmyndighet.\n\n## 2det kapitel. Almindelige bestemmelser om rettens domsmyndighet.\n\n### § 2.\n\nSærdomstoler er jordskifterettene og de overordentlige domstoler, som nedsettes etter § 29.\n\n1 §§ 1 og 2 trer i kraft 1 januar 1916.\n";
    let r = check(domstol, &domstol.replace("begrenset", "avgrenset"));
    assert_eq!(r.structure.style_id, "no");
    assert_eq!(hunk_addresses(&r), ["§ 1 annet ledd"]);
}

#[test]
fn a_norwegian_law_is_norwegian_though_its_notes_abbreviate_december_des() {
    // særavgiftsloven 1933 (legalize-no): sections only, which every §-style reads, and notes
    // `Endret ved lover 18 des 1970 …` whose `des` the German and French rows counted as
    // theirs: it was Austrian (`§ 5 Abs. 2`).
    let old = "# Lov om særavgifter\n\n## § 1.\n\nNår Stortinget vedtar særavgifter til statskassen, fastsetter departementet nærmere bestemmelser om beregning og kontroll.\n\n> Endret ved lover 18 des 1970 nr. 97, 10 des 2004 nr. 77, 9 des 2005 nr. 115.\n\n## § 2.(Opphevet)\n\n> Endret ved lover 16 mai 1947 nr. 2, 10 des 2004 nr. 77, opphevet ved lov 27 mai 2016 nr. 14.\n\n## § 3.(Opphevet)\n\n> Tilføyd ved lov 26 juni 1992 nr. 73, endret ved lover 15 des 2006 nr. 70, 11 des 2009 nr. 113, opphevet ved lov 27 mai 2016 nr. 14.\n\n## § 5.\n\nAvgiften svares etter de regler som gjelder på det tidspunkt avgiftsplikten oppstår.\n\nEr det inngått kontrakt om leveranse, plikter mottageren å betale et tillegg.\n\n> Endret ved lover 13 apr 1951 nr. 2, 17 des 2004 nr. 86.\n";
    let r = check(
        old,
        &old.replace("et tillegg", "et tillegg tilsvarende avgiften"),
    );
    assert_eq!(r.structure.style_id, "no");
    assert_eq!(hunk_addresses(&r), ["§ 5 annet ledd"]);
}

#[test]
fn a_treaty_in_norwegian_with_roman_articles_is_norwegian() {
    // The Norwegian-British convention of 1961 on judgments (legalize-no): `Art I.`,
    // `Art II.`, a keyword only the German rows had, so it was Austrian.
    let old = "# Overenskomst mellom Norge og Storbritannia om gjensidig anerkjennelse og fullbyrdelse av dommer i sivile saker\n\n## Generelle bestemmelser.\n\n### Art I.\n\nI denne overenskomst betyr ordene «territoriet til en av de kontraherende parter» når det gjelder Kongeriket Norge, Norge.\n\n### Art II.\n\nNærværende overenskomst skal gjelde for dommer i sivile saker, og for dommer i straffesaker som gjelder betaling av en pengesum.\n\nDenne overenskomst kommer ikke til anvendelse på dommer i familierettslige saker.\n\n### Art III.\n\nDommer som er avsagt i den ene parts territorium, skal anerkjennes i den annen parts territorium.\n";
    let r = check(
        old,
        &old.replace(
            "familierettslige saker",
            "familierettslige saker eller arvesaker",
        ),
    );
    assert_eq!(r.structure.style_id, "no");
    assert_eq!(hunk_addresses(&r), ["Art II annet ledd"]);
}

#[test]
fn an_estonian_regulation_is_cited_in_estonian_whatever_its_commonest_word() {
    // A rural municipality's regulation (Riigi Teataja IV): `§ 1.` headings tie the Estonian
    // and Nordic rows, and `ja`, Finnish too, is its commonest word: it was cited in Danish,
    // `§ 1, stk. 1, nr. 7`.
    let old = "# Antsla Vallavalitsusele ülesannete delegeerimine\n\nMäärus kehtestatakse kohaliku omavalitsuse korralduse seaduse § 22 lõike 2 alusel\n\n##### § 1. Antsla Vallavalitsusele ülesannete delegeerimine\n\n(1) Delegeerida Antsla Vallavalitsusele järgmiste seadustega kohaliku omavalitsuse, valla ja lasteasutuse pidaja pädevusse antud küsimuste otsustamine ja ülesannete täitmine:\n\n1) ehitusseadustik;\n\n2) ehitusseadustiku ja planeerimisseaduse rakendamise seaduse § 27 lõigetes 1 ja 4 sätestatud ülesanded;\n\n3) lastekaitseseadus ja liiklusseadus.\n\n(2) Vallavalitsus ja vallavanem täidavad ülesandeid.\n\n##### § 2. Määruse jõustumine\n\nMäärus jõustub ja seda rakendatakse 1. jaanuaril.\n";
    let new = old.replace(
        "lastekaitseseadus ja",
        "lastekaitseseadus, toote nõuetele vastavuse seadus ja",
    );
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "et");
    assert_eq!(hunk_addresses(&r), ["§ 1 lg 1 p 3"]);
    // Finnish, which writes `ja` as often, stays Finnish.
    let fi = "### 1 luku. Yleiset säännökset\n\n##### 1 § Soveltamisala\n\nTätä lakia sovelletaan, jos yhteisö on kotimainen ja sen toiminta on verovelvollista tai sekä verovelvollista että vapaata.\n\n##### 2 § Määritelmät\n\nTässä laissa tarkoitetaan yhteisöllä, joka harjoittaa toimintaa, sekä säätiötä ja yhdistystä.\n";
    let r = check(fi, &fi.replace("yhdistystä", "osuuskuntaa"));
    assert_eq!(r.structure.style_id, "fi");
}

#[test]
fn finnish_momentit_and_kohdat_are_cited_as_finnish_acts_cite_them() {
    // Laki henkilötietojen käsittelystä rikosasioissa (1054/2018), 42 §: a list of kohdat in
    // its first momentti and another in its second. Read as Nordic, both were `42 §, nr. 1` …
    let old = "### 6 luku. Henkilötietojen siirrot\n\n##### 41 § Siirtojen yleiset edellytykset\n\nHenkilötietoja saa siirtää kolmanteen maahan tai kansainväliselle järjestölle vain, jos siirto on tarpeen.\n\n##### 42 § Siirto asianmukaisten suojatoimien perusteella\n\nJos komissio ei ole tehnyt 41 §:n 1 momentin 3 kohdassa tarkoitettua päätöstä, henkilötietoja voidaan siirtää kolmanteen maahan tai kansainväliselle järjestölle, jos muut 41 §:ssä säädetyt edellytykset täyttyvät, ja:\n\n1) oikeudellisesti sitovassa asiakirjassa määrätään asianmukaisista henkilötietojen suojatoimista; tai\n\n2) rekisterinpitäjä kaikkia henkilötietojen siirtämiseen liittyviä seikkoja arvioituaan katsoo, että suojatoimet ovat olemassa.\n\nRekisterinpitäjän on ilmoitettava tietosuojavaltuutetulle 1 momentin 2 kohdan perusteella tehtyjen siirtojen sarjat. Siirroista on säilytettävä seuraavat tiedot ja ne on asetettava pyynnöstä tietosuojavaltuutetun saataville:\n\n1) siirtojen päivämäärät ja ajankohdat;\n\n2) vastaanottava toimivaltainen viranomainen;\n\n3) siirtojen perusteet; ja\n\n4) siirretyt henkilötiedot.\n";
    let new = old
        .replace(
            "vastaanottava toimivaltainen",
            "vastaanottava toimivaltainen tai muu",
        )
        .replace("vain, jos siirto", "vain, jos se");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "fi");
    assert_eq!(hunk_addresses(&r), ["41 §", "42 §:n 2 momentin 2 kohta"]);
    let units: Vec<String> = all_units(&r).iter().map(|u| u.address.clone()).collect();
    for a in [
        "42 §:n 1 momentin 2 kohta",
        "42 §:n 2 momentti",
        "42 §:n 2 momentin 4 kohta",
    ] {
        assert!(units.contains(&a.to_string()), "{a}: {units:?}");
    }
    let mut seen = std::collections::HashSet::new();
    assert!(
        units.iter().all(|a| seen.insert(a)),
        "an address given twice: {units:?}"
    );
    // The kohdat are items: the momentit are not numbered.
    assert_eq!((r.structure.new.paragraphs, r.structure.new.items), (0, 6));
}

#[test]
fn the_rows_of_a_table_in_a_momentti_are_told_apart_by_their_place() {
    // Valtioneuvoston asetus luonnonhaittakorvauksesta (legalize-fi): 15 § sets its rates in a
    // table under its second momentti. Every row was `15 §:n 2 momentti`, and so every cell of
    // a column: a changed rate could not be told from the others.
    let old = "##### 14 § Soveltamisala\n\nKorvausta ei myönnetä metsämaasta.\n\n##### 15 § Luonnonhaittakorvauksen määrä\n\nKorvaus määräytyy tukialueittain.\n\nLuonnonhaittakorvausta voidaan myöntää tukialueittain seuraava euromäärä hehtaarilta:\n\n|  | euroa ha |\n| --- | --- |\n| tukialue AB | 92 |\n| tukialue C | 117 |\n\n##### 16 § Maatilan koko\n\nKorvaus porrastetaan maatilan koon mukaan.\n";
    let new = old.replace("| tukialue C | 117 |", "| tukialue C | 121 |");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "fi");
    // The table is the momentti its lead-in announces, as a list so announced would be.
    assert_eq!(hunk_addresses(&r), ["15 §:n 2 momentti"]);
    let units = all_units(&r);
    let changed: Vec<&str> = units
        .iter()
        .filter(|u| u.status == Status::Changed)
        .map(|u| u.address.as_str())
        .collect();
    assert_eq!(
        changed,
        [
            "15 §",
            "15 §:n 2 momentti, row 3",
            "15 §:n 2 momentti, row 3, col. 2"
        ]
    );
    let addresses: Vec<&str> = units.iter().map(|u| u.address.as_str()).collect();
    let mut seen = std::collections::HashSet::new();
    assert!(
        addresses.iter().all(|a| seen.insert(a)),
        "an address given twice: {addresses:?}"
    );
}

#[test]
fn kohdat_at_a_section_top_keep_their_momentti_whatever_level_the_text_gives_them() {
    // Säteilylaki (859/2018) 41 § and an excerpt of its fee annex, whose `1.` entries hold
    // notes `1)`: the text's markers then put every `1)` at level 3, and the kohdat of 41 §,
    // with no paragraph above them, lost their momentti (`41 §:n 1 kohta` for both lists).
    let old = "##### 40 § Säteilyturvallisuusasiantuntijan hyväksynnän peruuttaminen ja toiminnan kieltäminen\n\nSäteilyturvakeskus voi peruuttaa säteilyturvallisuusasiantuntijan hyväksynnän tai kieltää häntä toimimasta säteilyturvallisuusasiantuntijana, jos säteilyturvallisuusasiantuntija ei täytä 37 §:ssä tarkoitettuja kelpoisuusvaatimuksia tai hänen antamansa neuvonta toiminnanharjoittajalle on ollut olennaisesti virheellistä eikä hän ole kehotuksesta huolimatta kohtuullisessa ajassa korjannut puutteita.\n\n##### 41 § Säteilyturvallisuusvastaavan kelpoisuus\n\nSäteilyturvallisuusvastaavalla on oltava terveydenhuollon ja eläinlääketieteen säteilytoiminnassa toiminnan luonteen ja siihen liittyvien riskien mukaan yliopistolaissa tarkoitettu ylempi korkeakoulututkinto soveltuvalta matemaattis-luonnontieteelliseltä, teknilliseltä, lääketieteen, hammaslääketieteen tai eläinlääketieteen alalta.\n\nSen lisäksi, mitä 1 momentissa säädetään:\n\n1) henkilö, jolla on oikeus harjoittaa röntgenhoitajan ammattia terveydenhuollon ammattihenkilöistä annetussa laissa tarkoitettuna laillistettuna ammattihenkilönä, saa toimia säteilyturvallisuusvastaavana terveydenhuoltolaissa \n                                        [(1326/2010)](/akn/fi/act/statute-consolidated/2010/1326)\n                                         tarkoitetun perusterveydenhuollon ja yksityisestä terveydenhuollosta annetussa laissa \n                                        [(152/1990)](/akn/fi/act/statute-consolidated/1990/152)\n                                         tarkoitetun palvelujen tuottajan muussa natiiviröntgentoiminnassa kuin tietokonetomografiatoiminnassa sekä eläinröntgentoiminnassa;\n\n2) terveydenhuollon säteilylaitteiden ja -lähteiden asennus-, huolto- ja korjaustoiminnassa säteilyturvallisuusvastaavana saa toimia henkilö, jolla on soveltuva korkeakoulututkinto.\n\nSäteilyturvallisuusvastaavalla on oltava yliopistolaissa tarkoitettu ylempi korkeakoulututkinto soveltuvalta matemaattis-luonnontieteelliseltä tai teknilliseltä alalta:\n\n1) tutkimukseen ja isotooppituotantoon käytettävän kiihdyttimen käytössä;\n\n2) avolähteiden käytössä lukuun ottamatta vähäisen riskin toimintaa;\n\n3) ydinenergian käytössä.\n\n\n### Liite\n\n1. Säteilylähteen valvontamaksu\n\nMaksu määräytyy lähteen mukaan.\n\n1)\n                             Potilaalle yhdestä tutkimuksesta aiheutuva annos.\n\n2)\n                            Kerroin k määräytyy käsittelytavasta.\n\n2. Luonnonsäteilylle altistavan toiminnan valvontamaksu\n\nMaksu peritään vain, jos toiminta edellyttää lupaa.\n\n3. Ionisoimattoman säteilyn käytön valvontamaksu\n\nMaksu peritään toiminnasta.\n";
    let new = old.replace("voi peruuttaa", "voi myös peruuttaa");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "fi");
    let units: Vec<String> = all_units(&r).iter().map(|u| u.address.clone()).collect();
    for a in ["41 §:n 2 momentin 1 kohta", "41 §:n 3 momentin 1 kohta"] {
        assert!(units.contains(&a.to_string()), "{a}: {units:?}");
    }
}

#[test]
fn swedish_stycken_are_cited_by_their_place_from_the_heading_line() {
    // Brottsbalken 9 kap. 3 c § as the Riksdag's text prints it: the first stycke starts on
    // the heading's line and holds a list and its closing words; the third holds another list.
    // Both lists were `3 c §, 1` …: two units of one address, one of them the wrong one.
    let old = "9 kap. Om bedrägeri och annan oredlighet\n\n3 c § Den som\n\n1. olovligen införskaffar ett betalningsverktyg,\n\n2. för bedräglig användning förvanskar ett betalningsverktyg \neller framställer ett falskt betalningsverktyg, eller\n\n3. använder ett olovligen införskaffat eller förvanskat eller \nfalskt betalningsverktyg eller på annat sätt tar befattning \nmed ett sådant betalningsverktyg\n\ndöms för olovlig befattning med betalningsverktyg till böter \neller fängelse i högst två år.\n\nMed betalningsverktyg avses skyddade verktyg, handlingar eller \nuppgifter som ger möjlighet att överföra pengar eller ett \npenningvärde.\n\nOm ett brott som avses i första stycket är grovt, döms för \ngrov olovlig befattning med betalningsverktyg till fängelse i \nlägst sex månader och högst sex år. Vid bedömningen av om \nbrottet är grovt ska det särskilt beaktas om\n\n1. gärningsmannen på ett hänsynslöst sätt har utnyttjat \noffrets skyddslösa eller utsatta ställning,\n\n2. gärningen har avsett betydande värde eller kunnat medföra \nsynnerligen kännbar skada,\n\n3. gärningen har ingått i en brottslighet som utövats i \norganiserad form eller systematiskt, eller\n\n4. gärningen annars har varit av särskilt farlig art.\n\nDet ska inte dömas till ansvar enligt denna paragraf om \ngärningen är belagd med samma eller strängare straff enligt \nnågon annan bestämmelse i denna balk. Lag (2025:586).\n\nIdentitetsintrång\n\n4 § Den som i annat fall än som avses i 3 c § olovligen använder \n\n1. en annans identitetsuppgifter, eller\n\n2. en juridisk persons identitetsuppgifter\n\ndöms till böter.\n";
    let new = old
        .replace("ett sådant betalningsverktyg\n", "ett sådant verktyg\n")
        .replace("högst två år", "högst tre år")
        .replace("avsett betydande", "avsett ett betydande")
        .replace("en annans", "en annan persons");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "sv");
    // Stycken are not numbered: the numbered units are points, counted as items.
    assert_eq!((r.structure.new.paragraphs, r.structure.new.items), (0, 9));
    assert_eq!(
        hunk_addresses(&r),
        [
            "3 c § första stycket 3",
            "3 c § första stycket",
            "3 c § tredje stycket 2",
            // A section of one stycke is cited without it (`10 § 8`).
            "4 § 1",
        ]
    );
    let units: Vec<String> = all_units(&r).iter().map(|u| u.address.clone()).collect();
    let first_list = units
        .iter()
        .filter(|a| a.starts_with("3 c § första stycket "))
        .count();
    let third_list = units
        .iter()
        .filter(|a| a.starts_with("3 c § tredje stycket "))
        .count();
    assert_eq!((first_list, third_list), (3, 4), "{units:?}");
    assert!(
        units.contains(&"3 c § andra stycket".to_string()),
        "{units:?}"
    );
    assert!(
        units.contains(&"3 c § fjärde stycket".to_string()),
        "{units:?}"
    );
    // The heading above a section is its title, no fifth stycke of the one before.
    assert!(!units.iter().any(|a| a.contains("femte")), "{units:?}");
    let titles: Vec<&str> = r.new_sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Om bedrägeri och annan oredlighet", "", "Identitetsintrång"]
    );
}

#[test]
fn norwegian_ledd_and_bokstaver_are_cited_as_lovdata_does() {
    // Straffeloven § 257 (lovdata layout: unnumbered ledd, bokstaver on their own lines).
    let old = "§ 257. Menneskehandel\n\nDen som ved vold, trusler, misbruk av sårbar situasjon eller annen utilbørlig atferd tvinger, utnytter eller forleder en person til\n\na) prostitusjon eller andre seksuelle ytelser,\nb) tvangsarbeid eller tvangstjenester, herunder tigging,\nc) krigstjeneste i fremmed land, eller\nd) å samtykke i fjerning av et av vedkommendes indre organer,\n\nstraffes for menneskehandel med fengsel inntil 6 år.\n\nPå samme måte straffes den som\n\na) legger forholdene til rette for slik tvang, utnyttelse eller forledelse som nevnt i første ledd,\nb) på annen måte medvirker til tvangen, utnyttelsen eller forledelsen, eller\nc) gir betaling eller annen fordel for å få samtykke til en slik handlemåte.\n\n§ 258. Grov menneskehandel\n\nGrov menneskehandel straffes med fengsel inntil 10 år.\n";
    let new = old.replace("fremmed land,", "fremmed land eller annen væpnet tjeneste,");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "no");
    assert_eq!(hunk_addresses(&r), ["§ 257 første ledd bokstav c"]);
    let new = old.replace("gir betaling", "gir eller mottar betaling");
    assert_eq!(
        hunk_addresses(&check(old, &new)),
        ["§ 257 annet ledd bokstav c"]
    );
    // Kjøpsloven § 7 as the lovdata export runs its numbered ledd together on one line.
    let old = "### § 6.Hentekjøp.\n(1) Tingen skal holdes klar for henting på det sted der selgeren hadde sitt forretningssted.(2) Tingen er levert når den er overtatt av kjøperen.\n### § 7.Plasskjøp og sendekjøp.\n(1) Skal tingen bringes til kjøperen på samme sted (plasskjøp), skjer levering når tingen mottas der.(2) Skal tingen ellers sendes til kjøperen (sendekjøp), skjer levering ved at tingen blir overgitt til fraktføreren.(3) Er tingen solgt «fritt» med angivelse av et bestemt sted, anses den ikke levert før den er kommet fram til dette sted.\n";
    let new = old.replace("kommet fram", "mottatt");
    assert_eq!(hunk_addresses(&check(old, &new)), ["§ 7 tredje ledd"]);
}

#[test]
fn austrian_ziffern_are_cited_z_and_german_nummern_nr() {
    // StGB (AT) § 106 in the RIS layout: title above, `§ 106. (1) …`, Ziffern `1.`.
    let old = "Schwere Nötigung\n\n§ 106. (1) Wer eine Nötigung begeht, indem er\n1. mit dem Tod, mit einer erheblichen Verstümmelung oder mit der Vernichtung der wirtschaftlichen Existenz droht,\n2. die genötigte Person durch diese Mittel über einen längeren Zeitraum in einen qualvollen Zustand versetzt oder\n3. die genötigte Person zur Prostitution veranlaßt,\nist mit Freiheitsstrafe von sechs Monaten bis zu fünf Jahren zu bestrafen.\n(2) Hat die Tat jedoch den Selbstmord der genötigten Person zur Folge, so ist der Täter mit Freiheitsstrafe von einem bis zu zehn Jahren zu bestrafen.\n\nDauernde Sachentziehung\n\n§ 135. (1) Wer einen anderen dadurch schädigt, daß er eine fremde bewegliche Sache aus dessen Gewahrsam dauernd entzieht, ist mit Freiheitsstrafe bis zu sechs Monaten zu bestrafen.\n";
    let new = old.replace("längeren Zeitraum", "längeren Zeitraum oder wiederholt");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "at");
    assert_eq!(hunk_addresses(&r), ["§ 106 Abs. 1 Z 2"]);
    // StGB (DE) § 232: the same layout of Nummern, `§ 232` without a full stop.
    let old = "§ 232 Menschenhandel\n\n(1) Wer eine andere Person unter Ausnutzung ihrer persönlichen oder wirtschaftlichen Zwangslage anwirbt, wenn diese Person ausgebeutet werden soll\n1. bei der Ausübung der Prostitution,\n2. durch eine Beschäftigung,\n3. bei der Ausübung der Bettelei,\nwird mit Freiheitsstrafe von sechs Monaten bis zu fünf Jahren bestraft.\n\n§ 233 Ausbeutung der Arbeitskraft\n\n(1) Wer eine andere Person ausbeutet, wird mit Freiheitsstrafe bis zu drei Jahren bestraft.\n";
    let new = old.replace(
        "durch eine Beschäftigung",
        "durch eine ausbeuterische Beschäftigung",
    );
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "de");
    assert_eq!(hunk_addresses(&r), ["§ 232 Abs. 1 Nr. 2"]);
}

#[test]
fn swiss_raised_absatz_numbers_are_paragraphs_and_footnote_calls_are_not() {
    // V-StGB-MStG Art. 12–13 as the Fedlex Markdown prints them: Absätze `<sup>1</sup> …`,
    // a footnote below with its call raised too.
    let old = "##### **Art. 12** Gleichzeitig vollziehbare Sanktionen\n\n<sup>1</sup> Treffen gemeinnützige Arbeiten mit Freiheitsstrafen im Vollzug zusammen, so vollzieht die zuständige Behörde zuerst die dringlichste oder zweckmässigste Strafe.\n\n<sup>2</sup> Treffen gemeinnützige Arbeiten mit stationären Massnahmen zusammen, so geht der Vollzug der Massnahmen dem Vollzug der Strafen voraus.\n\n<sup>4</sup> Eingefügt durch Ziff. I der V vom 2. März 2016, in Kraft seit 1. März 2017.\n\n##### **Art. 13** Verständigung der beteiligten Kantone\n\n<sup>1</sup> Die Behörde, die den Vollzug anordnet, teilt dies den Behörden der beteiligten Kantone mit.\n\n<sup>2</sup> Sie teilt ihnen insbesondere mit:\n\n- a. den Beginn des Vollzugs;\n- b. die Art der Sanktion.\n";
    for old in [
        old.to_string(),
        old.replace("<sup>1</sup>", "¹")
            .replace("<sup>2</sup>", "²"),
    ] {
        let new = old.replace("die Art der", "die Art und die Dauer der");
        let r = check(&old, &new);
        assert_eq!(r.structure.new.paragraphs, 4, "{old}");
        assert_eq!(hunk_addresses(&r), ["Art. 13 Abs. 2 Bst. b"]);
    }
}

#[test]
fn swiss_ziffern_are_cited_ziff_and_german_nummern_nr() {
    // Art. 2 of the Swiss Verordnung über die Kontrolle des grenzüberschreitenden
    // Barmittelverkehrs (legalize-ch cc-2009-118), letters before their Ziffern as Fedlex
    // prints them: a Swiss list's numbers are Ziffern (Gesetzestechnische Richtlinien des
    // Bundes, Rz. 83), cited `Ziff.` (`Art. 72 Ziff. 2 Abs. 1` in BGE 75 IV 55), where German
    // federal law cites its Nummern `Nr.` (`§ 232 Abs. 1 Nr. 2` above).
    let markdown = "##### **Art. 2** Begriffsbestimmungen\n\nIm Sinne dieser Verordnung bedeuten:\n\n- a. *auskunftspflichtige Person*: anmeldepflichtige Person nach Artikel 26 ZG;\n- b. *Barmittel*:\n  - 1. Bargeld (schweizerische und ausländische Banknoten und Münzen, die als Zahlungsmittel im Umlauf sind),\n  - 2. übertragbare Inhaberpapiere, Aktien, Obligationen, Schecks und ähnliche Wertpapiere.\n\n##### **Art. 3** Auskunftspflicht\n\n<sup>1</sup> Die auskunftspflichtige Person hat Auskunft zu erteilen.\n\n<sup>2</sup> Sie hat die Barmittel vorzuweisen.\n";
    // The same copied from Fedlex as plain text: raised Absatz numbers flattened, no list marks.
    let plain = "Art. 2 Begriffsbestimmungen\n\nIm Sinne dieser Verordnung bedeuten:\n\na. auskunftspflichtige Person: anmeldepflichtige Person nach Artikel 26 ZG;\nb. Barmittel:\n1. Bargeld (schweizerische und ausländische Banknoten und Münzen, die als Zahlungsmittel im Umlauf sind),\n2. übertragbare Inhaberpapiere, Aktien, Obligationen, Schecks und ähnliche Wertpapiere.\n\nArt. 3 Auskunftspflicht\n\n1 Die auskunftspflichtige Person hat Auskunft zu erteilen.\n\n2 Sie hat die Barmittel vorzuweisen.\n";
    for old in [markdown, plain] {
        let new = old.replace("Schecks und", "Schecks, Wechsel und");
        let r = check(old, &new);
        assert_eq!(r.structure.style_id, "de-ch", "{old}");
        assert_eq!(hunk_addresses(&r), ["Art. 2 Bst. b Ziff. 2"], "{old}");
    }
    // A treaty of the Systematic Compilation numbers its paragraphs as Ziffern that hold
    // letters (the European Convention on Extradition, SR 0.353.1, Art. 6: `Buchstabe a
    // dieser Ziffer`), the letter run into the Ziffer's line as legalize-ch prints it, or not.
    let treaty = "##### **Art. 6** Auslieferung eigener Staatsangehöriger\n\n1. a. Jede Vertragspartei ist berechtigt, die Auslieferung ihrer Staatsangehörigen abzulehnen.\n- b. Jede Vertragspartei kann durch eine Erklärung den Begriff «Staatsangehörige» bestimmen.\n\n2. Liefert der ersuchte Staat seinen Staatsangehörigen nicht aus, so unterbreitet er die Angelegenheit den zuständigen Behörden.\n\n##### **Art. 7** Begehungsort\n\n<sup>1</sup> Der ersuchte Staat kann die Auslieferung ablehnen.\n\n<sup>2</sup> Die Auslieferung kann nur abgelehnt werden, wenn die Rechtsvorschriften es zulassen.\n";
    let apart = treaty.replace("1. a. Jede", "1.\n- a. Jede");
    for old in [treaty, apart.as_str()] {
        let new = old.replace(
            "durch eine Erklärung",
            "bei der Unterzeichnung durch eine Erklärung",
        );
        let r = check(old, &new);
        assert_eq!(r.structure.style_id, "de-ch", "{old}");
        assert_eq!(hunk_addresses(&r), ["Art. 6 Ziff. 1 Bst. b"], "{old}");
    }
}

#[test]
fn swiss_french_letters_and_chiffres_are_cited_let_and_ch() {
    // A Swiss ordinance in French as Fedlex prints it (alinéas raised, letters `a.` holding
    // chiffres `1.`): cited `let.` and `ch.`, separated by commas (Directives de la
    // Confédération sur la technique législative, ch. 83 and 98). It read as France's style:
    // the letters were `Art. 2(b)` and the chiffre beside them, `Art. 2, 2`.
    let old = "##### **Art. 2** Définitions\n\nAu sens de la présente ordonnance, on entend par:\n\n- a. *personne soumise à l'obligation de renseigner*: la personne soumise à l'obligation de déclarer;\n- b. *argent liquide*:\n  - 1. les espèces suisses et étrangères qui sont en circulation comme moyens de paiement,\n  - 2. les titres au porteur, les actions, les obligations, les chèques et les papiers-valeurs similaires.\n\n##### **Art. 3** Obligation de renseigner\n\n<sup>1</sup> La personne soumise à l'obligation de renseigner doit fournir des renseignements.\n\n<sup>2</sup> Elle doit présenter l'argent liquide.\n";
    let new = old.replace("les chèques et", "les chèques, les lettres de change et");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "fr-ch");
    assert_eq!(hunk_addresses(&r), ["Art. 2, let. b, ch. 2"]);
    let new = old.replace("Elle doit", "Elle doit sans délai");
    assert_eq!(hunk_addresses(&check(old, &new)), ["Art. 3, al. 2"]);
}

#[test]
fn swiss_italian_letters_and_numbers_are_cited_lett_and_n() {
    // A Swiss ordinance in Italian as Fedlex prints it (capoversi raised, letters `a.` holding
    // numbers `1.`): cited `cpv.`, `lett.` and `n.` with no commas between them, as the
    // Confederation's Direttive di tecnica legislativa cite them (n. marg. 98: `art. 23 cpv. 4
    // lett. c–e`; the Raccolta's notes: `Abrogato dal n. I della LF`, where the German reads
    // `Ziff. I`). It read as Italy's style: the number under a letter was `Art. 2, comma 2`.
    let old = "Il Consiglio federale svizzero, visto l'articolo 9 della legge del 18 marzo 2005 sulle dogane, ordina:\n\n##### **Art. 2** Definizioni\n\nAi sensi della presente ordinanza s'intende per:\n\n- a. *persona tenuta a informare*: la persona tenuta a dichiarare;\n- b. *denaro contante*:\n  - 1. il denaro svizzero ed estero in circolazione come mezzo di pagamento,\n  - 2. i titoli al portatore, le azioni, le obbligazioni, gli assegni e i titoli analoghi.\n\n##### **Art. 3** Obbligo di informare\n\n<sup>1</sup> La persona tenuta a informare deve fornire le informazioni.\n\n<sup>2</sup> Essa deve presentare il denaro contante.\n";
    let new = old.replace("gli assegni e", "gli assegni, le cambiali e");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "it-ch");
    assert_eq!(hunk_addresses(&r), ["Art. 2 lett. b n. 2"]);
    let new = old.replace("Essa deve", "Essa deve senza indugio");
    assert_eq!(hunk_addresses(&check(old, &new)), ["Art. 3 cpv. 2"]);
    // Copied from Fedlex as plain text, the capoversi flattened to `1 `, `2 `.
    let flat = "Art. 13 Comunicazione ai Cantoni interessati\n\n1 L'autorità che ordina l'esecuzione ne informa le autorità dei Cantoni interessati.\n\n2 Essa comunica loro segnatamente:\n\na. l'inizio dell'esecuzione;\nb. il genere della sanzione.\n";
    let r = check(
        flat,
        &flat.replace("il genere della", "il genere e la durata della"),
    );
    assert_eq!(r.structure.style_id, "it-ch");
    assert_eq!(hunk_addresses(&r), ["Art. 13 cpv. 2 lett. b"]);
}

#[test]
fn swiss_letters_whose_footnote_calls_were_flattened_are_letters() {
    // Copied from Fedlex as plain text, a list sets each letter on a line of its own, and a
    // letter an amendment inserted or reworded keeps the call of its note, its raised number
    // flattened (`a.3`, `abis.4`). They were no letters: the change in the Ziffer under
    // `abis` was cited `Art. 2 Nr. 2`, in Germany's style, the text no longer read as Swiss.
    let old = "Art. 2 Begriffe\n\nIn dieser Verordnung bedeuten:\n\na.3\nPrivathaushalt: alle Personen, die in derselben Wohnung leben;\nabis.4\nKollektivhaushalt:\n1.\nAlters- und Pflegeheime,\n2.\nWohn- und Erziehungsheime für Kinder und Jugendliche;\nb.\nSedex: die Informatik- und Kommunikationsplattform des Bundes.\n\nArt. 3 Zweck\n\n1 Diese Verordnung regelt die Register.\n\n2 Sie gilt für alle Kantone.\n";
    let r = check(
        old,
        &old.replace("Erziehungsheime", "Erziehungs- und Bildungsheime"),
    );
    assert_eq!(r.structure.style_id, "de-ch");
    assert_eq!(r.structure.new.items, 5);
    assert_eq!(hunk_addresses(&r), ["Art. 2 Bst. abis Ziff. 2"]);
    let labels: Vec<_> = r.units[0]
        .children
        .iter()
        .filter_map(|u| u.new_label.as_deref())
        .collect();
    assert_eq!(labels, ["a.", "abis.", "b."]);
    // A letter followed by words, or by more digits than a note's number, is read as before.
    let r = check(
        "Art. 1 Zweck\n\na.1234\nText.\n",
        "Art. 1 Zweck\n\na.1234\nNeuer Text.\n",
    );
    assert_eq!(r.structure.new.items, 0);
}

#[test]
fn a_short_italian_law_whose_catalan_words_outnumber_its_italian_ones_is_italian() {
    // Normattiva's text of a short law: `la` and `per` (Catalan words as well as Italian) more
    // often than the Italian words the style listed. It read as Catalan, and its commi, numbered
    // `1.La …` with no blank (read so in the Italian style only), were no units.
    let old = "# LEGGE 3 marzo 2000, n. 50\n\nLa Camera dei deputati ed il Senato della Repubblica hanno approvato;\n\nIL PRESIDENTE DELLA REPUBBLICA\n\nPromulga la seguente legge:\n\n##### Art. 1\n\n#### (Finalità)\n\n1.La presente legge promuove e disciplina, al fine di garantire la parità di trattamento, l'accesso ai mezzi di informazione per la comunicazione politica.\n\n2.La presente legge disciplina altresì l'accesso ai mezzi di informazione durante le campagne per le elezioni e per ogni referendum.\n";
    let r = check(
        old,
        &old.replace("ogni referendum", "ogni referendum popolare"),
    );
    assert_eq!(r.structure.style_id, "it");
    assert_eq!(r.structure.new.paragraphs, 2);
    assert_eq!(hunk_addresses(&r), ["Art. 1, comma 2"]);
}

#[test]
fn an_article_whose_note_call_was_flattened_into_its_number_keeps_its_number() {
    // A Swiss law copied from Fedlex as plain text: the repealed article 38 carries the call
    // of the note that repeals it, raised, and the copy runs it into the number (`Art.
    // 3863`). It was reported as article 38 removed and an article 3863 added.
    let old = "Art. 37 Zweck\n\n1 Dieses Gesetz regelt die Register.\n\nArt. 38 Meldung\n\n1 Die Gemeinden melden die Daten.\n\nArt. 39 Vollzug\n\n1 Die Kantone vollziehen dieses Gesetz.\n";
    let new = "Art. 37 Zweck\n\n1 Dieses Gesetz regelt die Register.\n\nArt. 3863\n\nArt. 3964\n\nArt. 40 Vollzug\n\n1 Die Kantone vollziehen dieses Gesetz.\n\n63 Aufgehoben durch Ziff. I des BG vom 30. Sept. 2016.\n\n64 Aufgehoben durch Ziff. I des BG vom 30. Sept. 2016.\n";
    let r = check(old, new);
    let labels: Vec<&str> = r.new_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["Art. 37", "Art. 38", "Art. 39", "Art. 40"]);
    let art38 = r
        .sections
        .iter()
        .find(|c| c.new_label.as_deref() == Some("Art. 38"));
    assert_eq!(art38.map(|c| c.status), Some(Status::Changed));
    assert_eq!(r.summary.removed, 0);
    // A number out of sequence that a note's call cannot explain is read as written: one with
    // a leading zero after the expected number, or the last article of the text.
    let odd =
        "Art. 9 A\n\nText.\n\nArt. 100 B\n\nText.\n\nArt. 11 C\n\nText.\n\nArt. 1263 D\n\nText.\n";
    let r = check(odd, odd);
    let labels: Vec<&str> = r.new_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["Art. 9", "Art. 100", "Art. 11", "Art. 1263"]);
}

#[test]
fn swiss_letters_run_into_their_note_calls_are_letters_in_swiss_texts_only() {
    // Copied from Fedlex as plain text with each letter's text on its line, an amended letter
    // runs into the call of its note (`d.2 la remise en état …`). Those letters were no units:
    // the change in `d` was cited as one of `c`.
    let old = "Art. 14\n\n1 Des contributions sont allouées pour:\na.1 les remaniements parcellaires;\nb. les dessertes telles que les chemins;\nc. les mesures destinées au régime hydrique du sol;\nd.2 la remise en état suite à des dégâts naturels;\ne.3 les mesures de reconstitution.\n\n2 Les contributions sont allouées par le canton.\n";
    let r = check(
        old,
        &old.replace("dégâts naturels", "dégâts naturels graves"),
    );
    assert_eq!(r.structure.style_id, "fr-ch");
    assert_eq!(r.structure.new.items, 5);
    assert_eq!(hunk_addresses(&r), ["Art. 14, al. 1, let. d"]);
    // As Markdown list entries (lines both texts share are read once for both).
    let bulleted = old
        .replace("\na.1 ", "\n- a.1 ")
        .replace("\nb. ", "\n- b. ");
    let bulleted = bulleted
        .replace("\nc. ", "\n- c. ")
        .replace("\nd.2 ", "\n- d.2 ");
    let bulleted = bulleted.replace("\ne.3 ", "\n- e.3 ");
    let r = check(
        &bulleted,
        &bulleted.replace("reconstitution", "reconstitution du sol"),
    );
    assert_eq!(r.structure.new.items, 5);
    assert_eq!(hunk_addresses(&r), ["Art. 14, al. 1, let. e"]);
    // The same shape elsewhere is no letter: a competence code of a Liechtenstein text, a
    // Dutch letter run into a number.
    let li = "Art. 3\n\n1) Die Lernenden erwerben:\n\na) folgende Kompetenzen:\n- b.3 elektrische Bauelemente messen;\n- s.4 elektrische Steuerungen bauen;\n\nb) weitere Kompetenzen.\n";
    let r = check(
        li,
        &li.replace("Steuerungen bauen", "Steuerungen bauen und prüfen"),
    );
    // As before: the list under `a)` is no list of letters.
    assert_eq!(r.structure.new.items, 1);
    assert_eq!(hunk_addresses(&r), ["Art. 3 Buchst. a"]);
    let nl = "Artikel 3\n\n1. De emissiegrenswaarde bedraagt:\n\na.100 mg/m3 indien vergunning is verleend;\n\nb.30 mg/m3 in andere gevallen.\n\n2. Dit artikel geldt voor installaties.\n";
    let r = check(nl, &nl.replace("andere gevallen", "alle andere gevallen"));
    assert_eq!(r.structure.new.items, 0);
}

#[test]
fn swiss_german_letters_run_into_their_note_calls_are_letters_whatever_their_first_word() {
    // German letters open with a noun as often as not (`b.2 Wohnungen für …`): only letters
    // whose words start in lower case were read, so the text below had one letter in Art. 14
    // and the change in `b` was cited as one of Abs. 1.
    let old = "Art. 14\n\n1 Beiträge werden gewährt für:\na.1 Güterzusammenlegungen;\nb.2 Wohnungen für landwirtschaftliche Angestellte;\nc. Massnahmen zur Verbesserung des Bodenwasserhaushalts;\nd.3 Wiederherstellungen nach Naturereignissen.\n\n2 Die Beiträge werden durch den Kanton ausgerichtet.\n\nArt. 15\n\n1 Der Bund gewährt Investitionskredite für:\na. Gebäude;\nb. Anlagen.\n";
    let r = check(
        old,
        &old.replace("Angestellte;", "Angestellte und Betriebsleiter;"),
    );
    assert_eq!(r.structure.style_id, "de-ch");
    assert_eq!(r.structure.new.items, 6);
    assert_eq!(hunk_addresses(&r), ["Art. 14 Abs. 1 Bst. b"]);
    // Outside Swiss texts the shape is no letter: an English contract's sub-clauses.
    let en = "Section 1. Supply\n\n(1) The parties agree:\na.1 The Supplier shall deliver the goods.\na.2 The Buyer shall pay the price.\n\n(2) This section applies to every order.\n";
    let r = check(en, &en.replace("the price", "the agreed price"));
    assert_eq!(r.structure.new.items, 0);
    assert_eq!(hunk_addresses(&r), ["s. 1(1)"]);
}

#[test]
fn dutch_paragraphs_and_letters_written_tight_are_units_in_dutch_texts_only() {
    // The BWB export writes many lists with the text right after the dot (`1.De …`,
    // `a.Koelinstallaties …`): those paragraphs and letters were no units, and a change in
    // one was cited as one of the whole lid or article.
    let old = "Artikel 4.15\n\nKoelinstallaties\n\n1. Koelinstallaties zijn zo ontworpen dat met de veiligheid rekening wordt gehouden.\n\n3. \n\na.Koelinstallaties zijn beschermd tegen trillen en schokken.\n\nb.Koelinstallaties met giftige koelmiddelen hebben een afvoer naar buiten.\n\nArtikel 4.16\n\nAlarm\n\n1.De koelruimte heeft een alarm.\n\n2.Het alarm staat in verbinding met de brug.\n";
    let r = check(old, &old.replace("een afvoer", "een veilige afvoer"));
    assert_eq!(r.structure.style_id, "nl");
    assert_eq!(r.structure.new.paragraphs, 4);
    assert_eq!(r.structure.new.items, 2);
    assert_eq!(hunk_addresses(&r), ["Artikel 4.15, lid 3, onder b"]);
    let r = check(old, &old.replace("met de brug", "met de stuurhut"));
    assert_eq!(hunk_addresses(&r), ["Artikel 4.16, lid 2"]);
    // Dotted numbers too, in an annex (`1.1Besluit …`): cited by their own numbers.
    let annex = [
        old,
        "Bijlage 1\n\n1.Wet luchtvaart\n\n1.1Besluit bewijzen van bevoegdheid\n\n1.1.1Regeling bijzondere bevoegdverklaringen\n\n1.2Besluit luchtvaartuigen\n\n2.Overige regels\n",
    ]
    .concat();
    let r = check(
        &annex,
        &annex.replace("bijzondere bevoegdverklaringen", "bevoegdverklaringen"),
    );
    assert_eq!(hunk_addresses(&r), ["Bijlage 1, lid 1.1.1"]);
    // In a German text the same shapes are a date and an abbreviation's run-on: no units.
    let de = "§ 3 Geltung\n\n(1) Diese Verordnung tritt in Kraft am\n1.Januar 2020 für alle Betriebe.\n\n(2) Sie gilt\nb.Bedarf auch für Vereine.\n\n§ 4 Schluss\n\n(1) Ende.\n";
    let r = check(de, &de.replace("Vereine", "Verbände"));
    assert_eq!(r.structure.new.items, 0);
    assert_eq!(r.structure.new.paragraphs, 3);
    assert_eq!(hunk_addresses(&r), ["§ 3 Abs. 2"]);
}

#[test]
fn english_treaties_written_tight_are_read_like_the_dutch_texts_beside_them() {
    // The Dutch treaty database prints its English treaties as it prints Dutch law: SOLAS's
    // `3.4.5.The Administration may …`. Those numbers were no units in English texts, and a
    // change in 3.4.5 was cited as one in 3.3.
    let old = "Regulation 19 Emergency training and drills\n\n3. Drills\n\n3.1 Drills shall be conducted as if there were an actual emergency.\n\n3.3 Crew members shall participate in an enclosed space drill.\n\n3.4.Abandon ship drill\n\n3.4.1.Each abandon ship drill shall include the summoning of passengers.\n\n3.4.2.Different lifeboats shall be lowered in turn.\n\n4. Records\n\n4.1 The date of each drill shall be recorded.\n\nRegulation 20 Operational readiness\n\n1. Before the ship leaves port, all appliances shall be ready.\n";
    let r = check(
        old,
        &old.replace("lowered in turn", "lowered in turn at each drill"),
    );
    assert_eq!(r.structure.style_id, "en");
    assert_eq!(hunk_addresses(&r), ["reg. 19(3) 3.4.2"]);
}

#[test]
fn swiss_absatz_numbers_flattened_to_plain_digits_are_paragraphs() {
    // The same articles copied from Fedlex as plain text: the raised Absatz numbers become
    // `1 `, `2 ` (French and Italian copies alike: `1 Le juge …`, `1 Il giudice …`).
    let old = "Art. 12 Gleichzeitig vollziehbare Sanktionen\n\n1 Treffen gemeinnützige Arbeiten mit Freiheitsstrafen im Vollzug zusammen, so vollzieht die zuständige Behörde zuerst die dringlichste Strafe.\n\n2 Treffen gemeinnützige Arbeiten mit stationären Massnahmen zusammen, so geht der Vollzug der Massnahmen vor.\n\nArt. 13 Verständigung der beteiligten Kantone\n\n1 Die Behörde, die den Vollzug anordnet, teilt dies den Behörden der beteiligten Kantone mit.\n\n2 Sie teilt ihnen insbesondere mit:\n\na. den Beginn des Vollzugs;\nb. die Art der Sanktion.\n";
    let new = old.replace("die Art der", "die Art und die Dauer der");
    let r = check(old, &new);
    assert_eq!(r.structure.new.paragraphs, 4);
    assert_eq!(r.structure.new.items, 2);
    assert_eq!(hunk_addresses(&r), ["Art. 13 Abs. 2 Bst. b"]);
    // Labelled as written.
    let art13 = &r.units[1];
    let labels: Vec<_> = art13
        .children
        .iter()
        .map(|u| u.new_label.as_deref())
        .collect();
    assert_eq!(labels, [Some("1"), Some("2")]);
    let fr = "Art. 13 Communication\n\n1 L’autorité qui ordonne l’exécution en informe les cantons.\n\n2 Elle leur communique notamment:\n\na. le début de l’exécution;\nb. le genre de sanction.\n";
    let r = check(
        fr,
        &fr.replace("en informe les", "en informe sans délai les"),
    );
    assert_eq!(hunk_addresses(&r), ["Art. 13, al. 1"]);
}

#[test]
fn bare_numbers_are_no_paragraphs_where_the_text_numbers_them_in_brackets() {
    // A German code numbers its Absätze `(1)`: a line opening with a number in its text is
    // text, even when one such line says 1 and a later one 2.
    let old = "§ 1 Zweck\n\n(1) Dieses Gesetz regelt die Strafen.\n\n(2) Es gilt für alle Taten.\n\n1 Jahr genügt nicht.\n\n2 Jahre genügen.\n\n§ 2 Geltung\n\n(1) Das Gesetz gilt ab heute.\n";
    let r = check(old, &old.replace("ab heute", "ab morgen"));
    assert_eq!(r.structure.new.paragraphs, 3);
    assert_eq!(hunk_addresses(&r), ["§ 2 Abs. 1"]);
}

#[test]
fn a_list_running_past_9999_goes_on_and_a_line_opening_with_a_long_number_is_text() {
    // A tariff list: entries 10000 and up were not read as entries, and a change in them was
    // cited at entry 9999.
    let entries: String = (9997..=10002)
        .map(|n| format!("{n}. Entry number {n}.\n"))
        .collect();
    let old = format!(
        "Article 1 Tariff\n\n{entries}\nArticle 2 Other\n\n1. First.\n\n12345. An amount opens this line.\n"
    );
    let new = old.replace("Entry number 10001.", "Entry number 10001, amended.");
    let r = check(&old, &new);
    assert_eq!(hunk_addresses(&r), ["Article 1(10001)"]);
    assert_eq!(r.structure.old.paragraphs, 7);
    // The amount does not continue Article 2's list: it stays text, in entry 1.
    let new = old.replace("An amount opens", "A sum opens");
    assert_eq!(hunk_addresses(&check(&old, &new)), ["Article 2(1)"]);
}

#[test]
fn irish_marginal_notes_with_a_full_stop_are_the_titles_of_the_sections_below() {
    // Criminal Law (Human Trafficking) Act 2008 ss. 4–5 in the statute-book layout: the
    // marginal note on its own line above `4.—(1) …`, ending with a full stop.
    let old = "Trafficking of persons other than children.\n\n4.—(1) A person who trafficks another person for the purposes of the exploitation of the trafficked person shall be guilty of an offence.\n\n(2) A person guilty of an offence under this section shall be liable to imprisonment for life.\n\nSoliciting or importuning for purposes of prostitution of trafficked person.\n\n5.—(1) A person who solicits or importunes a trafficked person for the purposes of prostitution shall be guilty of an offence.\n\n(2) A person guilty of an offence under this section shall be liable to a fine.\n\nProsecution of offences.\n\n6.—(1) Proceedings for an offence under this Act may be taken by the Director of Public Prosecutions.\n";
    let r = check(
        old,
        &old.replace("importuning for purposes", "importuning for the purposes"),
    );
    let changed = labels(&r, Status::Changed);
    assert_eq!(changed, [Some("5")]);
    assert_eq!(
        r.new_sections[1].title,
        "Soliciting or importuning for the purposes of prostitution of trafficked person."
    );
    // A one-sentence paragraph above a section is no note: it reads as a sentence.
    let plain = old.replace(
        "Prosecution of offences.",
        "This section is in addition to section 7 of the Act of 1993.",
    );
    let r = check(&plain, &plain);
    assert!(
        r.new_sections
            .iter()
            .all(|s| !s.title.starts_with("This section"))
    );
}

#[test]
fn bulgarian_titles_run_into_the_heading_line_are_read() {
    // Семеен кодекс, Глава втора, as legalize-bg stores it in two layouts: the title runs
    // into `Чл. N.` on one line; paragraphs inline in one, on their own lines in the other.
    let old = "Граждански брак Чл. 4. (1) Само гражданският брак, сключен във формата, предписана от този кодекс, поражда последиците, които законите свързват с брака. (2) Религиозният обред няма правно действие.\n\nСъгласие на встъпващите в брак Чл. 5. Бракът се сключва по взаимно, свободно и изрично съгласие на мъж и жена, дадено лично и едновременно пред длъжностното лице по гражданското състояние.\n\nВъзраст за встъпване в брак Чл. 6. (1) Брак може да сключи лице, навършило осемнадесет години.\n";
    let new = old.replace(" (2) Религиозният", "\n\n(2) Религиозният");
    let r = check(old, &new);
    assert_eq!((r.structure.old.articles, r.structure.new.articles), (3, 3));
    assert_eq!(r.summary.changed + r.summary.added + r.summary.removed, 0);
    let r = check(&new, &new.replace("осемнадесет", "шестнадесет"));
    assert_eq!(hunk_addresses(&r), ["чл. 6, ал. 1"]);
    // Some numbers keep the end of an HTML tag (`Чл. 8./span>.`): article 8 was lost, its
    // paragraphs taken for article 7's, and a change in art. 8(2) cited `чл. 7, ал. 2`.
    let old = "Пречки за сключване на брак Чл. 7. (1) Не може да сключи брак лице, което е свързано с друг брак.\n\n(2) Не могат да сключат брак помежду си роднини по права линия.\n\nМясто на сключването на брака Чл. 8./span>. (1) Встъпващите в брак избират свободно общината, в която да сключат брак.\n\n(2) Бракът се сключва публично на място, определено от кмета на общината.\n";
    let r = check(old, &old.replace("от кмета", "от секретаря"));
    assert_eq!(r.structure.old.articles, 2);
    assert_eq!(hunk_addresses(&r), ["чл. 8, ал. 2"]);
}

#[test]
fn a_sentence_marked_as_a_markdown_heading_is_text() {
    // Code pénal (Luxembourg) Art. 376–377 as two legilux exports print them: the same words,
    // but the export marks body sentences `######` or `####` at random, differently in each.
    let old = "Art. 376.\n\nLe meurtre commis pour faciliter le viol ou pour en assurer l’impunité sera puni de la réclusion à vie.\n\n###### La peine portée par l’alinéa précédent sera appliquée, lors même que la consommation du viol aura été empêchée par des circonstances indépendantes de la volonté du coupable.\n\nArt. 377.\n\nLe minimum des peines portées par les articles 372 à 376 sera élevé conformément à l’article 266 et le maximum pourra être doublé :\n\n1. dans les cas prévus aux articles 372 et 375 ;\n";
    let new = "###### Art. 376.\n\n###### Le meurtre commis pour faciliter le viol ou pour en assurer l’impunité sera puni de la réclusion à vie.\n\nLa peine portée par l’alinéa précédent sera appliquée, lors même que la consommation du viol aura été empêchée par des circonstances indépendantes de la volonté du coupable.\n\nArt. 377.\n\n#### Le minimum des peines portées par les articles 372 à 376 sera élevé conformément à l’article 266 et le maximum pourra être doublé :\n\n1. dans les cas prévus aux articles 372 et 375 ;\n";
    let r = check(old, new);
    assert_eq!(
        (r.structure.old.divisions, r.structure.new.divisions),
        (0, 0)
    );
    assert_eq!(
        (r.summary.added, r.summary.removed, r.summary.changed),
        (0, 0, 0)
    );
    // A short Markdown heading in words stays a division, full stop or not.
    assert!(matches!(
        crate::redline::heading::parse_heading("## Dispositions générales."),
        Some(h) if h.form == crate::redline::heading::Form::Markdown
    ));
}

#[test]
fn an_irish_section_with_no_subsections_is_a_section() {
    // Criminal Law (Human Trafficking) Act 2008 ss. 1 and 4 in the statute-book layout: s. 1
    // has no subsections, its text follows the dash (`1.— In this Act—`).
    let old = "Interpretation.\n\n1.— In this Act—\n\n“Act of 2001” means the Sex Offenders Act 2001;\n\n“child” means a person under the age of 18 years;\n\nTrafficking of persons other than children.\n\n4.—(1) A person (in this section referred to as the “trafficker”) who trafficks another person shall be guilty of an offence.\n\n(2) A person guilty of an offence under this section shall be liable to imprisonment for life.\n";
    // The statute book prints the dash with no blank after it too.
    for old in [old.to_string(), old.replace(".— In", ".—In")] {
        let new = old.replace("age of 18 years", "age of 18 years or less");
        let r = check(&old, &new);
        assert_eq!(r.structure.old.articles, 2, "{old}");
        assert_eq!(labels(&r, Status::Changed), [Some("1")]);
        assert_eq!(hunk_addresses(&r), ["s. 1"]);
        // The words after the dash are the section's text; its title is the note above.
        assert_eq!(r.new_sections[0].title, "Interpretation.");
    }
}

#[test]
fn a_uk_section_numbered_alone_under_its_title_is_a_section() {
    // Modern Slavery Act 2015 ss. 4-5 as the legislation.gov.uk export prints them: the title
    // is a heading of its own, the section's number alone on the next one. The 2022 text
    // replaced "12 months" in s. 5(1)(b); it was reported at `(1)(b)`, of no section.
    let old = "### Offences\n\n#### Committing offence with intent to commit offence under section 2\n\n##### 4\n\nA person commits an offence under this section if the person commits any offence with the intention of committing an offence under section 2.\n\n### Penalties and sentencing\n\n#### Penalties\n\n##### 5\n\n- (1) A person guilty of an offence under section 1 or 2 is liable—\n\n- (a) on conviction on indictment, to imprisonment for life;\n\n- (b) on summary conviction, to imprisonment for a term not exceeding 12 months or a fine or both.\n\n- (2) A person guilty of an offence under section 4 is liable—\n\n- (a) on conviction on indictment, to imprisonment for a term not exceeding 10 years;\n";
    let new = old.replacen("12 months", "the general limit in a magistrates’ court", 1);
    let r = check(old, &new);
    assert_eq!(r.structure.old.articles, 2);
    assert_eq!(labels(&r, Status::Changed), [Some("5")]);
    assert_eq!(hunk_addresses(&r), ["s. 5(1)(b)"]);
}

#[test]
fn a_uk_schedule_numbers_its_paragraphs_anew_under_cross_headings() {
    // Modern Slavery Act 2015 ss. 1-2 and Sch. 4 paras 5-7 in a plain layout. The Schedule's
    // paragraphs, numbered from 1 again, made ss. 1-2 text of Part 1 (a change in s. 2(2) was
    // cited `Part 1(2)`); the cross-heading above para 7 was read as para 6's text, so the
    // unchanged para 6 came out added and the new 6A as `6 renumbered 6A`.
    let old = "PART 1\nOffences\n\n1 Slavery, servitude and forced or compulsory labour\n(1) A person commits an offence if the person holds another person in slavery or servitude.\n\n2 Human trafficking\n(1) A person commits an offence if the person arranges or facilitates the travel of another person with a view to V being exploited.\n(2) It is irrelevant whether V consents to the travel.\n\nSCHEDULE 4\nOffences to which defence in section 45 does not apply\n\nCommon law offences\n1 False imprisonment.\n2 Kidnapping.\n5 Perverting the course of justice.\n6 Piracy.\n\nOffences against the Person Act 1861 (c. 100)\n7 An offence under any of the following provisions of the Offences Against the Person Act 1861—\nsection 4 (soliciting murder)\n";
    let new = old
        .replace("whether V consents", "whether or not V consents")
        .replace("6 Piracy.\n", "6 Piracy.\n6A Hijacking.\n")
        .replace(
            "(soliciting murder)\n",
            "(soliciting murder)\nsection 18 (wounding with intent)\n",
        );
    let r = check(old, &new);
    assert_eq!(r.structure.old.articles, 7);
    assert_eq!(labels(&r, Status::Added), [Some("Sch. 4 para. 6A")]);
    assert_eq!(r.summary.renumbered, 0);
    assert_eq!(hunk_addresses(&r), ["s. 2(2)", "Sch. 4 para. 7"]);
    // The cross-heading opens para 7, in both texts.
    let seven = r
        .old_sections
        .iter()
        .find(|s| s.number.as_deref() == Some("7"));
    assert_eq!(
        seven.map(|s| &old[s.start..s.start + 14]),
        Some("Offences again")
    );
}

#[test]
fn a_title_below_an_untitled_section_is_no_cross_heading_of_the_next() {
    let old = "Section 5\nPenalties\n\nSection 6\nMeaning of exploitation\n\n(1) A person is exploited.\n";
    let r = check(old, &old.replace("exploited.", "exploited only."));
    let titles: Vec<(&str, usize)> = r
        .old_sections
        .iter()
        .map(|s| (s.title.as_str(), s.start))
        .collect();
    assert_eq!(titles, [("Penalties", 0), ("Meaning of exploitation", 21)]);
}

#[test]
fn articles_rewritten_under_their_numbers_are_changed_not_renumbered() {
    // Código Penal arts. 248-250 before and after LO 14/2022 (shortened): the law rewrote 248
    // and 249, putting the words of 249 into 248. It was read as 249 renumbered 248, with 248
    // removed and 249 added.
    let old = "##### Artículo 248.\n\n1. Cometen estafa los que, con ánimo de lucro, utilizaren engaño bastante para producir error en otro, induciéndolo a realizar un acto de disposición en perjuicio propio o ajeno.\n\n2. También se consideran reos de estafa:\n\na) Los que, con ánimo de lucro y valiéndose de alguna manipulación informática o artificio semejante, consigan una transferencia no consentida de cualquier activo patrimonial en perjuicio de otro.\n\nb) Los que fabricaren, introdujeren, poseyeren o facilitaren programas informáticos específicamente destinados a la comisión de las estafas previstas en este artículo.\n\n##### Artículo 249.\n\nLos reos de estafa serán castigados con la pena de prisión de seis meses a tres años. Para la fijación de la pena se tendrá en cuenta el importe de lo defraudado.\n\n##### Artículo 250.\n\nEl delito de estafa será castigado con las penas de prisión de uno a seis años.\n";
    let new = "##### Artículo 248.\n\nCometen estafa los que, con ánimo de lucro, utilizaren engaño bastante para producir error en otro, induciéndolo a realizar un acto de disposición en perjuicio propio o ajeno.\n\nLos reos de estafa serán castigados con la pena de prisión de seis meses a tres años. Para la fijación de la pena se tendrá en cuenta el importe de lo defraudado.\n\n##### Artículo 249.\n\nTambién se consideran reos de estafa y serán castigados con la pena de prisión de seis meses a tres años los que obstaculicen el funcionamiento de un sistema de información.\n\n##### Artículo 250.\n\nEl delito de estafa será castigado con las penas de prisión de uno a seis años.\n";
    let r = check(old, new);
    assert_eq!(r.summary.renumbered, 0);
    assert_eq!(
        labels(&r, Status::Changed),
        [Some("Artículo 248"), Some("Artículo 249")]
    );
    assert_eq!((r.summary.added, r.summary.removed), (0, 0));
}

#[test]
fn a_suppressed_article_keeps_its_number_and_a_rewritten_one_is_changed() {
    // Arts. 557-558 before and after LO 14/2022 (shortened): 557 and 557 bis rewritten, the
    // words of 557 ter now in 557 bis, and 557 ter suppressed. It was read as 557 ter
    // renumbered 557 bis, 557 bis removed and the suppressed 557 ter added.
    let old = "##### Artículo 557.\n\n1. Quienes actuando en grupo alteraren la paz pública ejecutando actos de violencia sobre las personas serán castigados con una pena de seis meses a tres años de prisión.\n\n##### Artículo 557 bis.\n\nLos hechos descritos en el artículo anterior serán castigados con una pena de uno a seis años de prisión cuando alguno de los partícipes portare un arma.\n\n##### Artículo 557 ter.\n\nLos que, actuando en grupo o individualmente pero amparados en él, invadan u ocupen, contra la voluntad de su titular, el domicilio de una persona jurídica pública o privada, serán castigados con la pena de prisión de tres a seis meses.\n\n##### Artículo 558.\n\nSerán castigados los que perturben gravemente el orden en la audiencia de un tribunal.\n";
    let new = "##### Artículo 557.\n\nSerán castigados con la pena de prisión de seis meses a tres años los que, actuando en grupo y con el fin de atentar contra la paz pública, ejecuten actos de violencia o intimidación.\n\n##### Artículo 557 bis.\n\nLos que, actuando en grupo, invadan u ocupen, contra la voluntad de su titular, el domicilio de una persona jurídica pública o privada, serán castigados con la pena de multa de tres a seis meses.\n\n##### Artículo 557 ter.\n\n**(Suprimido)**\n\n##### Artículo 558.\n\nSerán castigados los que perturben gravemente el orden en la audiencia de un tribunal.\n";
    let r = check(old, new);
    assert_eq!(r.summary.renumbered, 0);
    assert_eq!(
        labels(&r, Status::Changed),
        [
            Some("Artículo 557"),
            Some("Artículo 557 bis"),
            Some("Artículo 557 ter")
        ]
    );
    // 557 bis took the words of the old 557 ter: its own text was replaced whole. The
    // suppressed 557 ter is a bare heading now, changed (not replaced).
    let replaced: Vec<bool> = r.sections.iter().map(|c| c.replaced).collect();
    assert_eq!(replaced, [false, true, false, false]);
}

#[test]
fn articles_inserted_with_a_letter_are_articles_in_maltese_macedonian_and_icelandic() {
    // Laws of Malta layout (Criminal Code arts. 248A-248B, wording approximate): the new
    // 248BA was a hunk inside 248A(2), and nothing was reported added.
    let old = "248A. (1) Whosoever recruits or transports a person with intent to exploit that person shall be liable to imprisonment.\n\n(2) The means referred to in subarticle (1) are the following:\n\n(a) violence or threats;\n\n248B. Whosoever recruits a person with intent to exploit that person in the removal of any organ shall be liable to imprisonment.\n";
    let new = old.replace(
        "248B.",
        "248BA. Whosoever knowingly makes use of the services of a victim of trafficking shall be liable to imprisonment.\n\n248B.",
    );
    let r = check(old, &new);
    assert_eq!(labels(&r, Status::Added), [Some("248BA.")]);
    // Кривичен законик чл. 418-а (wording approximate): a Cyrillic letter after the hyphen.
    let old = "Член 418-а\n\nТрговија со луѓе\n\n(1) Тој што ќе врбува лица заради експлоатација, ќе се казни со затвор од најмалку четири години.\n\nЧлен 418-б\n\nКриумчарење мигранти\n\n(1) Тој што ќе криумчари мигранти, ќе се казни со затвор.\n";
    let new = [
        old,
        "\nЧлен 418-в\n\nТрговија со дете\n\n(1) Тој што ќе врбува дете заради експлоатација, ќе се казни со затвор од најмалку осум години.\n",
    ]
    .concat();
    let r = check(old, &new);
    assert_eq!(labels(&r, Status::Added), [Some("Член 418-в")]);
    assert_eq!(r.summary.changed, 0);
    // Almenn hegningarlög (wording approximate): Icelandic writes the letter after `gr.`; a
    // change in 227. gr. a was cited `227. gr.`, and a new 227. gr. b was a hunk of art. 227.
    let old = "227. gr.\n\nHver sem sviptir annan mann frelsi sínu skal sæta fangelsi allt að 16 árum.\n\n227. gr. a\n\nHver sem gerist sekur um mansal skal sæta fangelsi allt að 12 árum.\n";
    let new = [
        &old.replace("12 árum", "14 árum"),
        "\n227. gr. b\n\nHver sem notfærir sér þjónustu þolanda mansals skal sæta fangelsi allt að 6 árum.\n",
    ]
    .concat();
    let r = check(old, &new);
    assert_eq!(labels(&r, Status::Added), [Some("227. gr. b")]);
    assert_eq!(hunk_addresses(&r), ["227. gr. a"]);
}

#[test]
fn georgian_and_armenian_articles_are_articles() {
    // Sweep E's ge-1 and am-1 (wording approximate): the numbered parts were taken as the
    // articles, with no warning; a new article came out as `+ 1. …`.
    for (old, new, added, address) in [
        (
            "მუხლი 143¹. ადამიანით ვაჭრობა (ტრეფიკინგი)\n\n1. ადამიანის ყიდვა ან გაყიდვა ექსპლუატაციის მიზნით, – ისჯება თავისუფლების აღკვეთით ვადით რვიდან თორმეტ წლამდე.\n\n2. იგივე ქმედება, ჩადენილი: ა) ორი ან მეტი პირის მიმართ; ბ) ჯგუფურად, – ისჯება თავისუფლების აღკვეთით ვადით თორმეტიდან თხუთმეტ წლამდე.\n\nმუხლი 143². არასრულწლოვნით ვაჭრობა (ტრეფიკინგი)\n\n1. არასრულწლოვნის ყიდვა ან გაყიდვა, – ისჯება თავისუფლების აღკვეთით ვადით ცხრიდან თორმეტ წლამდე.\n\nმუხლი 144. მძევლად ხელში ჩაგდება\n\n1. ადამიანის მძევლად ხელში ჩაგდება, – ისჯება თავისუფლების აღკვეთით ვადით შვიდიდან ათ წლამდე.\n",
            "მუხლი 143¹. ადამიანით ვაჭრობა (ტრეფიკინგი)\n\n1. ადამიანის ყიდვა ან გაყიდვა ექსპლუატაციის მიზნით, – ისჯება თავისუფლების აღკვეთით ვადით ცხრიდან თორმეტ წლამდე.\n\n2. იგივე ქმედება, ჩადენილი: ა) ორი ან მეტი პირის მიმართ; ბ) ჯგუფურად, – ისჯება თავისუფლების აღკვეთით ვადით თორმეტიდან თხუთმეტ წლამდე.\n\nმუხლი 143². არასრულწლოვნით ვაჭრობა (ტრეფიკინგი)\n\n1. არასრულწლოვნის ყიდვა ან გაყიდვა, – ისჯება თავისუფლების აღკვეთით ვადით ცხრიდან თორმეტ წლამდე.\n\nმუხლი 143³. ტრეფიკინგის მსხვერპლის მომსახურებით სარგებლობა\n\n1. მომსახურებით სარგებლობა, – ისჯება თავისუფლების აღკვეთით ვადით შვიდიდან თხუთმეტ წლამდე.\n\nმუხლი 144. მძევლად ხელში ჩაგდება\n\n1. ადამიანის მძევლად ხელში ჩაგდება, – ისჯება თავისუფლების აღკვეთით ვადით შვიდიდან ათ წლამდე.\n",
            "მუხლი 143³",
            "მუხლი 143¹, 1",
        ),
        (
            "Հոդված 132. Մարդու թրաֆիքինգը\n\n1. Մարդու հավաքագրումը, տեղափոխումը, հանձնումը, թաքցնելը կամ ստանալը շահագործման նպատակով պատժվում է ազատազրկմամբ՝ հինգից ութ տարի ժամկետով։\n\n2. Նույն արարքը, որը կատարվել է խմբով, պատժվում է ազատազրկմամբ՝ յոթից տասներկու տարի ժամկետով։\n\nՀոդված 132.1. Մարդուն շահագործելը\n\n1. Մարդուն շահագործելը պատժվում է ազատազրկմամբ՝ երկուսից վեց տարի ժամկետով։\n\nՀոդված 133. Ստրկությունը\n\n1. Մարդուն ստրկության մեջ պահելը պատժվում է ազատազրկմամբ՝ հինգից տասը տարի ժամկետով։\n",
            "Հոդված 132. Մարդու թրաֆիքինգը\n\n1. Մարդու հավաքագրումը, տեղափոխումը, հանձնումը, թաքցնելը կամ ստանալը շահագործման նպատակով պատժվում է ազատազրկմամբ՝ վեցից ութ տարի ժամկետով։\n\n2. Նույն արարքը, որը կատարվել է խմբով, պատժվում է ազատազրկմամբ՝ յոթից տասներկու տարի ժամկետով։\n\nՀոդված 132.1. Մարդուն շահագործելը\n\n1. Մարդուն շահագործելը պատժվում է ազատազրկմամբ՝ երկուսից վեց տարի ժամկետով։\n\nՀոդված 132.2. Թրաֆիքինգի զոհի ծառայություններից օգտվելը\n\n1. Թրաֆիքինգի զոհի ծառայություններից օգտվելը պատժվում է ազատազրկմամբ՝ մեկից երեք տարի ժամկետով։\n\nՀոդված 133. Ստրկությունը\n\n1. Մարդուն ստրկության մեջ պահելը պատժվում է ազատազրկմամբ՝ հինգից տասը տարի ժամկետով։\n",
            "Հոդված 132.2",
            "հոդ. 132 մ. 1",
        ),
    ] {
        let r = check(old, new);
        assert_eq!(r.structure.articles_marked_by, "keywords");
        assert_eq!(labels(&r, Status::Added), [Some(added)]);
        assert_eq!(hunk_addresses(&r), [address]);
    }
}

#[test]
fn spanish_ordinals_are_items_and_letras_nest_under_them_as_written() {
    // Código Penal art. 311 before and after LO 14/2022 (shortened): a new 2.º, the old
    // 2.º-4.º renumbered 3.º-5.º, letras under 3.º. The BOE's `1.º` was no item (the changes
    // were all at `Artículo 311`); read as items in the style's order, the letras came first
    // and the old 3.º was cited `Artículo 311, letra c), 4.º`.
    let old = "##### Artículo 311.\n\nSerán castigados con las penas de prisión de seis meses a seis años:\n\n1.º Los que, mediante engaño, impongan a los trabajadores condiciones laborales que perjudiquen sus derechos.\n\n2.º Los que den ocupación simultáneamente a una pluralidad de trabajadores sin comunicar su alta en el régimen de la Seguridad Social que corresponda en, al menos, el siguiente número de trabajadores:\n\na) el veinticinco por ciento, en las empresas que ocupen a más de cien trabajadores,\n\nb) el cincuenta por ciento, en las empresas que ocupen a más de diez trabajadores.\n\n3.º Los que mantengan las condiciones impuestas por otro en el supuesto de transmisión de empresas.\n";
    let new = old
        .replace("3.º Los que", "4.º Los que")
        .replace("2.º Los que", "3.º Los que")
        .replace(
            "\n\n3.º Los que den",
            "\n\n2.º Los que impongan condiciones ilegales a sus trabajadores mediante su contratación bajo fórmulas ajenas al contrato de trabajo.\n\n3.º Los que den",
        );
    let r = check(old, &new);
    assert_eq!((r.structure.old.paragraphs, r.structure.old.items), (3, 2));
    let article = &r.units[0];
    let rows: Vec<(Status, &str)> = article
        .children
        .iter()
        .map(|u| (u.status, u.address.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            (Status::Unchanged, "Artículo 311, ¶ 1"),
            (Status::Unchanged, "Artículo 311, 1.º"),
            (Status::Added, "Artículo 311, 2.º"),
            (Status::Unchanged, "Artículo 311, 3.º"),
            (Status::Unchanged, "Artículo 311, 4.º"),
        ]
    );
    assert_eq!(
        article.children[3].children[1].address,
        "Artículo 311, 3.º, letra b)"
    );
}

#[test]
fn spanish_provisions_after_the_articles_are_articles_of_their_own() {
    // A law as the BOE prints it in plain text (shortened, wording invented): the provisions
    // after the articles are headed `Disposición adicional primera.` and so on. They were
    // no units: their changes were cited as the last article's paragraph (`Artículo 2,
    // apartado 2`), and the provision added was a change there, not an added unit.
    let old = "Artículo 1. Objeto.\n\nLa presente ley regula la protección de los menores en el entorno digital.\n\nArtículo 2. Definiciones.\n\n1. Se entiende por menor toda persona menor de dieciocho años.\n\n2. Se entiende por entorno digital el conjunto de servicios en línea.\n\nDisposición adicional primera. Evaluación.\n\n1. El Gobierno evaluará la aplicación de esta ley.\n\n2. La evaluación se hará en el plazo de dos años.\n\nDisposición adicional segunda. Datos.\n\nLos datos se tratarán conforme a la normativa vigente.\n\nDisposición derogatoria única. Derogación normativa.\n\nQuedan derogadas cuantas disposiciones se opongan a lo establecido en esta ley.\n\nDisposición final vigésima primera. Entrada en vigor.\n\nLa presente ley entrará en vigor a los veinte días de su publicación.\n";
    let new = old
        .replace("plazo de dos años", "plazo de tres años")
        .replace("a los veinte días", "al día siguiente")
        .replace(
            "\n\nDisposición derogatoria",
            "\n\nDisposición adicional tercera. Informe.\n\nEl Gobierno remitirá un informe anual a las Cortes Generales.\n\nDisposición derogatoria",
        );
    let r = check(old, &new);
    assert_eq!((r.structure.old.articles, r.structure.new.articles), (6, 7));
    assert_eq!(
        hunk_addresses(&r),
        [
            "Disposición adicional primera, apartado 2",
            "Disposición final vigésima primera"
        ]
    );
    let added: Vec<&str> = r
        .sections
        .iter()
        .filter(|s| s.status == Status::Added)
        .map(|s| s.new_label.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(added, ["Disposición adicional tercera"]);
}

#[test]
fn provisions_numbered_by_an_ordinal_alone_are_named_after_their_group() {
    // A law as Peru's official gazette prints it (shortened, wording invented): the
    // provisions after the articles are numbered `PRIMERA.`, `SEGUNDA.` under the heading of
    // their group. They were no units: a change in the second was cited `Artículo 2`.
    let old = "Artículo 1. Objeto de la Ley La presente ley promueve el empleo juvenil.\nArtículo 2. Convenios Se autoriza al Ministerio a suscribir convenios.\nDISPOSICIONES COMPLEMENTARIAS FINALES\nPRIMERA. Verificación de identidad El Registro habilita otros medios de verificación.\nSEGUNDA. Reglamentación El Poder Ejecutivo dicta el reglamento en un plazo de sesenta días.\n";
    let new = old.replace("sesenta días", "noventa días");
    let r = check(old, &new);
    assert_eq!(
        (r.structure.new.articles, r.structure.new.divisions),
        (4, 1)
    );
    assert_eq!(
        hunk_addresses(&r),
        ["Disposición complementaria final segunda"]
    );
}

#[test]
fn two_groups_of_provisions_number_them_apart() {
    // The Peruvian Constitution's two groups of provisions each open with `Primera.` (wording
    // invented): the change in the second group's first provision is its own, not the
    // first group's, and the group's heading is a division named by its words.
    let old = "Artículo 206. Reforma Toda reforma constitucional debe ser aprobada por el Congreso.\n\nDISPOSICIONES FINALES Y TRANSITORIAS\n\nPrimera. [Regímenes pensionarios] Declárase cerrado el régimen pensionario.\n\nSegunda. [Pago de pensiones] El Estado garantiza el pago oportuno.\n\nDISPOSICIONES TRANSITORIAS ESPECIALES*\n\nPrimera. [Mandato vigente] El mandato concluye el 28 de julio de 2001.\n";
    let new = old.replace("28 de julio de 2001", "28 de julio de 2006");
    let r = check(old, &new);
    assert_eq!(r.structure.new.articles, 4);
    assert_eq!(
        hunk_addresses(&r),
        ["Disposición transitoria especial primera"]
    );
    let divisions: Vec<&str> = r
        .new_sections
        .iter()
        .filter(|s| s.kind == HeadingKind::Division)
        .map(|s| s.label.as_str())
        .collect();
    assert_eq!(
        divisions,
        [
            "DISPOSICIONES FINALES Y TRANSITORIAS",
            "DISPOSICIONES TRANSITORIAS ESPECIALES"
        ]
    );
}

#[test]
fn an_ordinal_alone_outside_a_group_opens_no_provision() {
    // `Primera.` opening a line inside an article is a list of the article's own (wording
    // invented), and the words of a group's kind under a chapter's heading are the chapter's
    // title: no group holds a provision here.
    let old = "CAPÍTULO V\nDISPOSICIONES FINALES\n\nArtículo 90. Condiciones Se exigen dos condiciones:\nPrimera. Ser mayor de edad.\nSegunda. Residir en el país.\n\nArtículo 91. Vigencia La ley rige desde su publicación.\n";
    let new = old.replace("Residir en el país", "Residir en el país desde hace un año");
    let r = check(old, &new);
    assert_eq!(r.structure.new.articles, 2);
    assert_eq!(hunk_addresses(&r), ["Artículo 90"]);
    assert_eq!(r.new_sections[0].label, "Capítulo V");
    assert_eq!(r.new_sections[0].title, "DISPOSICIONES FINALES");
}

#[test]
fn a_provisions_ordinal_under_its_unnumbered_heading_is_its_title() {
    // Andorra's Markdown (wording invented): the only transitional provision is headed `###
    // Disposició transitòria`, its ordinal below as a heading of its own (`##### Única`);
    // the provisions of a group stand under it, their ordinals alone on their lines.
    let old = "### Article 1\n\nAquesta llei regula el Fòrum.\n\n### Disposicions addicionals\n\n##### Primera\n\nEl Govern dota el Fòrum de recursos.\n\n##### Segona\n\nEl Fòrum presenta una memòria anual.\n\n### Disposició transitòria\n\n##### Única\n\nEls estatuts s’aproven en sis mesos.\n";
    let new = old
        .replace("memòria anual", "memòria semestral")
        .replace("sis mesos", "tres mesos");
    let r = check(old, &new);
    assert_eq!(r.structure.new.articles, 4);
    assert_eq!(
        hunk_addresses(&r),
        ["Disposició addicional segona", "Disposició transitòria"]
    );
    let transitional = r.new_sections.last().expect("sections");
    assert_eq!(transitional.title, "Única");
}

#[test]
fn the_one_provision_of_its_kind_is_a_unit_without_a_number() {
    // A law whose repealing and final provisions are the only ones of their kind, headed
    // without a number as older laws and Andorra's (`Disposició final`) write them (wording
    // invented): the final provision's change was cited as the last article's. A keyword
    // outside ASCII that ends its line (`DISPOSICIÓN DEROGATORIA`) had no place in the line
    // to number it from.
    let old = "Artículo 1. Objeto.\n\nLa presente ley regula el registro.\n\nDISPOSICIÓN DEROGATORIA\n\nQueda derogada la Ley 5/1990.\n\nDisposición final. Entrada en vigor.\n\nLa presente ley entrará en vigor al día siguiente.\n";
    let new = old.replace("al día siguiente", "a los veinte días");
    let r = check(old, &new);
    assert_eq!(r.structure.new.articles, 3);
    assert_eq!(hunk_addresses(&r), ["Disposición final"]);
}

#[test]
fn provisions_of_one_number_and_another_kind_are_other_units() {
    // An additional provision dropped and a final provision of the same ordinal enacted: both
    // are `primera`, and were paired by that number alone, "Disposición adicional primera
    // renumbered Disposición final primera", their texts shown as rewritten.
    let old = "Artículo 1. Objeto.\n\nLa presente ley regula el registro.\n\nDisposición adicional primera. Informe.\n\nEl Gobierno presentará un informe sobre el registro cada año ante las Cortes.\n\nDisposición final única. Entrada en vigor.\n\nLa presente ley entrará en vigor al día siguiente.\n";
    let new = "Artículo 1. Objeto.\n\nLa presente ley regula el registro.\n\nDisposición final primera. Modificación del Código Civil.\n\nSe modifica el artículo 9 del Código Civil en materia de nacionalidad.\n\nDisposición final segunda. Entrada en vigor.\n\nLa presente ley entrará en vigor al día siguiente.\n";
    let r = check(old, new);
    fn label(l: &Option<String>) -> &str {
        l.as_deref().unwrap_or("")
    }
    let rows: Vec<(Status, &str, &str)> = r
        .sections
        .iter()
        .filter(|s| !matches!(s.status, Status::Unchanged | Status::Changed))
        .map(|s| (s.status, label(&s.old_label), label(&s.new_label)))
        .collect();
    assert_eq!(
        rows,
        [
            (Status::Removed, "Disposición adicional primera", ""),
            (Status::Added, "", "Disposición final primera"),
        ]
    );
    assert_eq!(
        descriptions(&r),
        ["Disposición final única renumbered Disposición final segunda"]
    );
}

#[test]
fn provisions_of_amending_acts_are_told_apart_by_their_act() {
    // Andorra's consolidated texts (legalize-ad) append each amending act's provisions after
    // the law's own, the act in brackets: three `Disposició final primera` shared one
    // address, and a change in the third was cited `Disposició final primera`.
    let old = "### Article 1. Objecte\n\nAquesta llei regula el registre.\n\n### Disposició final primera. Entrada en vigor\n\nAquesta llei entra en vigor el dia següent de ser publicada.\n\n### Disposició final primera (Llei 16/2013)\n\nEs modifica l'article 1 de la Llei del registre.\n\n### Disposició final primera. Publicació (Llei 14/2016)\n\nEs modifica l'article 2 de la Llei del registre.\n\n### Disposició final primera (Llei 10/2012, del 11 de juliol)\n\nEs modifica l'article 4 de la Llei del registre.\n\n### Disposició final segona (derogada)\n\nSense contingut.\n";
    let new = old.replace("article 2 de la", "article 3 de la");
    let r = check(old, &new);
    assert_eq!(
        hunk_addresses(&r),
        ["Disposició final primera (Llei 14/2016)"]
    );
    let titles: Vec<(&str, &str)> = r
        .new_sections
        .iter()
        .map(|s| (s.label.as_str(), s.title.as_str()))
        .collect();
    assert_eq!(
        titles[1..],
        [
            ("Disposició final primera", "Entrada en vigor"),
            ("Disposició final primera (Llei 16/2013)", ""),
            ("Disposició final primera (Llei 14/2016)", "Publicació"),
            ("Disposició final primera (Llei 10/2012)", ""),
            // A note on the provision, no act.
            ("Disposició final segona", "(derogada)"),
        ]
    );
}

#[test]
fn luxembourg_articles_without_the_abbreviations_dot_are_french() {
    // legilux writes some règlements grand-ducaux' articles `### Art 2.` (shortened, wording
    // invented): only the German table had `Art` without its dot, and the text was read as
    // Austrian law. A later version that writes `Art. 2.` keeps the article's number: it was
    // reported "Art 2 renumbered Art. 2".
    let old = "# Règlement grand-ducal du 15 octobre 1992 concernant les élections\n\n### Art 1<sup>er</sup>.\n\nLes représentants des agents sont élus par les agents de l'entreprise.\n\n### Art 2.\n\nLe mandat des représentants est de cinq ans et il est renouvelable une fois.\n\n### Art 3.\n\nLes élections ont lieu au mois de mars de la dernière année du mandat.\n";
    let new = old
        .replace("### Art 2.", "### Art. 2.")
        .replace("cinq ans", "six ans");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "fr");
    // The heading's spelling and the words below it.
    assert_eq!(hunk_addresses(&r), ["Art. 2", "Art. 2"]);
    assert!(r.renumberings.is_empty(), "{:?}", descriptions(&r));
    assert!(r.sections.iter().all(|s| !s.renumbered));
}

#[test]
fn a_change_in_the_files_front_matter_is_cited_as_such() {
    // legalize's Markdown editions open with the file's metadata in YAML; its dates change
    // with every version. The change was cited `preamble, al. 6`, as if the law's preamble
    // had changed.
    let text = |updated: &str, fee: &str| {
        format!(
            "---\ntitle: \"Règlement grand-ducal du 28 mai 2009\"\ncountry: \"lu\"\nlast_updated: \"{updated}\"\n---\n# Règlement grand-ducal du 28 mai 2009\n\nNous Henri, Grand-Duc de Luxembourg;\n\nArrêtons:\n\n### Art. 1er.\n\nLa taxe est de {fee} euros.\n"
        )
    };
    let old = text("2009-05-28", "10");
    let new = text("2014-09-04", "12");
    let r = check(&old, &new);
    assert_eq!(hunk_addresses(&r), ["front matter", "Art. 1er"]);
    let preamble = &r.units[0];
    assert_eq!(preamble.address, "preamble");
    assert!(
        preamble
            .children
            .iter()
            .all(|u| u.address == "front matter"),
        "{:?}",
        preamble
            .children
            .iter()
            .map(|u| &u.address)
            .collect::<Vec<_>>()
    );
}

#[test]
fn an_article_an_amending_article_quotes_after_its_colon_is_its_text() {
    // Loi communale (Luxembourg) art. 176 (shortened) in two legilux versions: it inserts an
    // article 7bis into another law and quotes it, in bold in one version and as a Markdown
    // heading in guillemets in the next. Read as the law's own article, the quoted one took
    // art. 176's words: `Art. 176 renumbered Art. 7bis`, and `Art. 176` added.
    let old = "### Chapitre 3. *Disposition spéciale*\n\n##### Art. 176.\n\nLa loi du 24 juillet 1972 concernant l'action sociale en faveur des immigrants est complétée par un article 7bis de la teneur suivante:\n\n**Art. 7bis.**\n\n**Dans les communes dont la population comprend plus de 20% d'étrangers, le conseil communal constituera une commission consultative spéciale.**\n\n**L'organisation de ces commissions est fixée par règlement grand-ducal.**\n\n##### Art. 177.\n\nLa présente loi entre en vigueur le 1er janvier 1989.\n";
    let new = "### **Chapitre 3**. **Disposition spéciale**\n\n##### Art. 176.\n\nLa loi du 24 juillet 1972 concernant l’action sociale en faveur des immigrants est complétée par un article 7*bis* de la teneur suivante:\n\n###### «Art. 7*bis*.\n\nDans les communes dont la population comprend plus de 20% d’étrangers, le conseil communal constituera une commission consultative spéciale.\n\nL’organisation de ces commissions est fixée par règlement grand-ducal.»\n\n##### Art. 177.\n\nLa présente loi entre en vigueur le 1er janvier 1989.\n";
    let r = check(old, new);
    let labels: Vec<&str> = r.new_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["Chapitre 3", "Art. 176", "Art. 177"]);
    assert!(r.renumberings.is_empty(), "{:?}", descriptions(&r));
    assert_eq!((r.summary.added, r.summary.removed), (0, 0));
}

#[test]
fn the_articles_and_divisions_an_amending_article_quotes_are_its_text() {
    // Loi du 7 août 2023 relative à la préservation des entreprises (Luxembourg), art. 75
    // (shortened) in two legilux versions: it amends the Code de commerce and quotes the
    // new title of its book III and its new art. 438, as Markdown headings in the older
    // version and in bold in the newer one, which writes the law's own articles as headings
    // where the older writes some plainly. The quotes were the law's articles and divisions:
    // a change in the quoted art. 438 was cited `Art. 438`, and art. 76 stood under `Livre
    // III`.
    let text = |quote: &str, own: &str, penalty: &str| {
        format!(
            "## TITRE 3 Dispositions modificatives\n\n#### Art. 74.\n\nLes réductions de valeur sont acceptées pour l’impôt.\n\n#### Art. 75.\n\nLe Code de commerce est modifié comme suit :\n\n1. L’intitulé du livre III est modifié comme suit :\n\n{quote}LIVRE III.\n\nDes faillites et de la réhabilitation\n2. L’article 438 est modifié comme suit :\n\n{quote}**Art. 438.**\n\nLa faillite est qualifiée banqueroute simple ou frauduleuse, {penalty}.\n3. L’article 439 est abrogé.\n\n{own}Art. 76.\n\nIl est inséré un paragraphe 3 à l’article 31 de la loi du 8 juin 1999.\n"
        )
    };
    let old = text("#### ", "", "punies correctionnellement");
    let new = text("", "#### ", "punies de peines correctionnelles");
    let r = check(&old, &new);
    for sections in [&r.old_sections, &r.new_sections] {
        let labels: Vec<&str> = sections.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["Titre 3", "Art. 74", "Art. 75", "Art. 76"]);
    }
    assert_eq!(changed_labels(&r), ["Art. 75"]);
    // The quotes' marks changed, and the quoted article's words.
    assert_eq!(
        hunk_addresses(&r),
        ["Art. 75, 1", "Art. 75, 2", "Art. 75, 2"]
    );
    assert_eq!((r.summary.added, r.summary.removed), (0, 0));
}

#[test]
fn an_article_an_amending_article_quotes_is_no_article_added() {
    // Stammzellenforschungsgesetz (Switzerland), art. 27 (shortened) in two versions of the
    // consolidation: the newer one sets the Patentgesetz's art. 2, which art. 27 amends, as
    // a heading like the act's own. It was reported as `Art. 2` added.
    let text = |quoted: &str| {
        format!(
            "##### **Art. 26** Zuständigkeit\n\n<sup>1</sup> Die Verfolgung strafbarer Handlungen ist Sache der Kantone.\n\n#### 6. Abschnitt: Schlussbestimmungen\n\n##### **Art. 27** Änderung bisherigen Rechts\n\nDas Patentgesetz vom 25. Juni 1954 wird wie folgt geändert:\n\n{quoted}...\n\n##### **Art. 28** Übergangsbestimmung\n\nWer ein Forschungsprojekt bereits aufgenommen hat, meldet dies dem Bundesamt.\n"
        )
    };
    let r = check(&text(""), &text("##### **Art. 2**\n\n"));
    let labels: Vec<&str> = r.new_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["Art. 26", "6. Abschnitt", "Art. 27", "Art. 28"]);
    assert_eq!(changed_labels(&r), ["Art. 27"]);
    assert_eq!((r.summary.added, r.summary.removed), (0, 0));
}

#[test]
fn articles_numbered_anew_after_a_colon_are_no_quote() {
    // A collection of decisions numbers each one's articles anew (legalize-li's
    // LGBl. 1995 Nr. 71, shortened): a decision's first article after a line ending in a
    // colon breaks the run of the one before, and is no quote of another law.
    let text = |days: &str| {
        format!(
            "### Anlage 1\n\n##### Art. 1\n\nDer Ausschuss tritt zusammen.\n\n##### Art. 2\n\nDie Beschlüsse lauten wie folgt:\n\n### Anlage 2\n\n##### Art. 1\n\nDer Beschluss gilt ab dem {days}.\n\n##### Art. 2\n\nDer Beschluss wird veröffentlicht.\n\n##### Art. 3\n\nEr tritt in Kraft.\n"
        )
    };
    let r = check(&text("1. Januar"), &text("2. Januar"));
    let labels: Vec<&str> = r.new_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Anlage 1", "Art. 1", "Art. 2", "Anlage 2", "Art. 1", "Art. 2", "Art. 3"
        ]
    );
}

#[test]
fn luxembourg_texts_are_cited_as_luxembourg_laws_cite_them() {
    // A legilux law's units (shortened, after the loi du 7 août 2023): paragraphs `(1)`,
    // points `1°`, letters `a)`. Its amending laws cite them `l’article 7, paragraphe 4`,
    // `paragraphe 2, point 6°`, `point 1°, lettre a)`, `article 3, point d)`, `paragraphe 3,
    // alinéa 2`; they were cited as France's codes are, `Art. 3, (2), 1°, a)`.
    let text = |delay: &str, fee: &str, days: &str| {
        format!(
            "### Art. 3.\n\n(1) Le débiteur peut demander un sursis.\n\n(2) La requête contient :\n\n1° l’exposé des difficultés, à savoir :\n\na) la situation de trésorerie dans un délai de {delay} ;\n\nb) les dettes échues ;\n\n2° la liste des créanciers.\n\n(3) Le greffe en accuse réception.\n\n### Art. 4.\n\nLe tribunal statue sur :\n\na) la recevabilité ;\n\nb) le montant de {fee}.\n\n### Art. 5.\n\nLe jugement est notifié.\n\nIl est publié dans les {days} jours.\n"
        )
    };
    let r = check(
        &text("trois mois", "la provision", "huit"),
        &text("six mois", "l’avance", "quinze"),
    );
    assert_eq!(r.structure.style_id, "fr-lu");
    assert_eq!(
        hunk_addresses(&r),
        [
            "Art. 3, paragraphe 2, point 1°, lettre a)",
            "Art. 4, point b)",
            "Art. 5, alinéa 2"
        ]
    );
    // France's codes keep their own citations.
    let code = |days: &str| {
        format!(
            "Article L. 611-1\n\nLe débiteur peut demander une conciliation.\n\nArticle L. 611-2\n\nLe président statue dans les {days} jours.\n"
        )
    };
    assert_eq!(
        check(&code("huit"), &code("quinze")).structure.style_id,
        "fr"
    );
}

#[test]
fn a_list_of_annexes_in_an_article_is_its_text_not_divisions() {
    // legilux's règlements grand-ducaux list their annexes in an article (Règl. g.-d. du 8
    // novembre 2002, plafonds d'émission, shortened): `Annexe I:` and its title, each entry on
    // its own lines, or as a Markdown list (`- Annexe I: Demande de réception`). Each entry was
    // a division: the article ended at its colon, a change to an annex's title was cited
    // `Annexe II`, and the articles after the list stood under `Annexe III`.
    let text = |title: &str, bullets: bool| {
        let list = if bullets {
            format!("- Annexe I: Demande de réception\n- Annexe II: {title}\n")
        } else {
            format!("Annexe I:\n\nDemande de réception\n\nAnnexe II:\n\n{title}\n")
        };
        format!(
            "# Règlement grand-ducal du 8 novembre 2002\n\n### Art. 3. **Annexes**\n\nFont partie intégrante du présent règlement les annexes suivantes:\n\n{list}\n### Art. 4. **Fuites**\n\nLes fuites de fluides réfrigérants ne doivent pas dépasser 5% de la charge.\n"
        )
    };
    for bullets in [false, true] {
        let old = text("Procès-verbal de réception", bullets);
        let new = text(
            "Procès-verbal de réception et du contrôle d’étanchéité",
            bullets,
        )
        .replace("5%", "3%");
        let r = check(&old, &new);
        assert_eq!(r.structure.style_id, "fr");
        let labels: Vec<&str> = r.new_sections.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Règlement grand-ducal du 8 novembre 2002",
                "Art. 3",
                "Art. 4"
            ]
        );
        // Every line the article starts is an alinéa, a list entry too (see
        // `french_list_entries_are_alineas_blank_line_or_not`).
        let listed = if bullets {
            "Art. 3, al. 3"
        } else {
            "Art. 3, al. 5"
        };
        assert_eq!(hunk_addresses(&r), [listed, "Art. 4"], "bullets: {bullets}");
    }
}

#[test]
fn spanish_feminine_ordinals_are_cited_as_written() {
    // Código Penal art. 22 (circunstancias agravantes, shortened, wording approximate): the
    // items are feminine ordinals, `1.ª`, `2.ª`. The sign was dropped with the marker, and a
    // change in the second item was cited `Artículo 22, 2.º`.
    let old = "##### Artículo 22.\n\nSon circunstancias agravantes:\n\n1.ª Ejecutar el hecho con alevosía.\n\n2.ª Ejecutar el hecho mediante disfraz, con abuso de superioridad o aprovechando las circunstancias de lugar.\n\n3.ª Ejecutar el hecho mediante precio, recompensa o promesa.\n";
    let new = old.replace("de lugar.", "de lugar, tiempo o auxilio de otras personas.");
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["Artículo 22, 2.ª"]);
    let labels: Vec<Option<&str>> = r.units[0]
        .children
        .iter()
        .map(|u| u.new_label.as_deref())
        .collect();
    assert_eq!(labels, [None, Some("1ª"), Some("2ª"), Some("3ª")]);
}

#[test]
fn french_alineas_are_counted_as_the_circulaire_counts_them() {
    // Code civil art. 524 (shortened): every line the article starts is an alinéa, the
    // unnumbered list included (circulaire of 20 October 2000). The changes were cited
    // `Article 524`, with no alinéa.
    let old = "Article 524\n----\nLes animaux et les objets que le propriétaire d'un fonds y a placés pour le service et l'exploitation de ce fonds sont immeubles par destination.\n\nAinsi, sont immeubles par destination, quand ils ont été placés par le propriétaire pour le service et l'exploitation du fonds :\n\nLes animaux attachés à la culture ;\n\nLes ustensiles aratoires ;\n\nLes pigeons des colombiers ;\n\nLes pailles et engrais.\n\nSont aussi immeubles par destination tous effets mobiliers que le propriétaire a attachés au fonds à perpétuelle demeure.\n\nArticle 525\n----\nLe propriétaire est censé avoir attaché à son fonds des effets mobiliers à perpétuelle demeure, quand ils y sont scellés en plâtre ou à chaux ou à ciment.\n";
    let new = old
        .replace("colombiers ;", "colombiers et des volières ;")
        .replace("tous effets", "tous les effets");
    let r = check(old, &new);
    assert_eq!(
        hunk_addresses(&r),
        ["Article 524, al. 5", "Article 524, al. 7"]
    );
}

#[test]
fn french_list_entries_are_alineas_blank_line_or_not() {
    // A legilux regulation's article (Règl. g.-d. of 2014 on the teachers' traineeship,
    // shortened): a Markdown list with no blank lines between its entries, then two alinéas.
    // Every line an alinéa starts counts (circulaire of 20 October 2000), a list entry's too;
    // the entries were one alinéa with the words above them, and the third entry was cited
    // `al. 3`, the last alinéa `al. 5`.
    let old = "#### Art. 2.\n\nUne commission décide de l'admission au stage.\n\nLe recrutement se fait sur base d'un dossier comprenant:\n\n- un curriculum vitae;\n- une lettre de motivation;\n- la copie du diplôme de fin d'études secondaires;\n- un extrait récent du casier judiciaire.\n\nLe cas échéant les candidats complètent leur dossier.\n\nLes candidats retenus reçoivent l'autorisation d'effectuer un stage.\n\n#### Art. 3.\n\nLe stage a une durée de quatre semaines.\n";
    let new = old
        .replace(
            "secondaires;",
            "secondaires ou d'un diplôme reconnu équivalent;",
        )
        .replace(
            "d'effectuer un stage",
            "d'effectuer un stage de quatre semaines",
        );
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["Art. 2, al. 5", "Art. 2, al. 8"]);
    // Numbered items the export prints with no blank lines between them count alike
    // (Code des relations entre le public et l'administration, art. D141-2, shortened).
    let old = "Article D141-2\n\nLe dossier de demande d'approbation comprend :\n1° La demande d'approbation ;\n2° L'original de l'accord signé ;\n3° Une note explicative.\n\nLes demandes d'approbation des avenants sont présentées dans les mêmes formes.\n";
    let new = old.replace("mêmes formes", "mêmes formes et délais");
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["Article D141-2, al. 5"]);
}

#[test]
fn words_below_a_list_closed_by_its_full_stop_are_its_parents_blank_line_or_not() {
    // Code général de la fonction publique, art. D132-30 (shortened), as Légifrance's export
    // prints it: no blank lines in the article. The list's entries end in semicolons, its
    // last in a full stop; the sentence below it is the article's fourth alinéa, and was
    // cited as the last item's (`2°`).
    let old = "Article D132-30\n\nSont pris en compte dans les effectifs :\n1° Les ouvriers d'Etat ;\n2° Les agents contractuels sur emploi permanent.\nLes agents mis à disposition sont comptabilisés.\n\nArticle D132-31\n\nLes services qui :\n1° Sont fournis par des tuteurs ;\n2° Ont pour objet :\na) L'achat de programmes ;\nb) La production de programmes.\nAu sens du présent 2°, la notion de programme inclut le matériel.\n";
    let new = old
        .replace("sont comptabilisés", "sont toujours comptabilisés")
        .replace("inclut le matériel", "inclut tout le matériel");
    let r = check(old, &new);
    // Below a list inside an entry (`2° Ont pour objet :`), the sentence may be the entry's
    // or the article's; it is read as the entry's (Code de la commande publique, art.
    // L3212-4: `Au sens du présent 8°, …` was cited `8°, b)`).
    assert_eq!(
        hunk_addresses(&r),
        ["Article D132-30, al. 4", "Article D132-31, 2°"]
    );
}

#[test]
fn french_items_are_alineas_cited_by_their_number() {
    // Code civil art. 515-11 (shortened): the numbered items count as alinéas, and a change in
    // one is cited by its number alone; the alinéa after them is the fourth.
    let old = "Article 515-11\n----\nL'ordonnance de protection est délivrée par le juge aux affaires familiales. A l'occasion de sa délivrance, le juge est compétent pour :\n\n1° Interdire à la partie défenderesse de recevoir ou de rencontrer certaines personnes ;\n\n2° Statuer sur la résidence séparée des époux ;\n\nLe cas échéant, le juge présente à la partie demanderesse une liste des personnes morales qualifiées.\n";
    let new = old
        .replace("séparée des époux", "séparée des époux ou des partenaires")
        .replace(
            "Le cas échéant, le juge",
            "Le cas échéant, le juge aux affaires familiales",
        );
    let r = check(old, &new);
    assert_eq!(
        hunk_addresses(&r),
        ["Article 515-11, 2°", "Article 515-11, al. 4"]
    );
    let rows: Vec<&str> = r.units[0]
        .children
        .iter()
        .map(|u| u.address.as_str())
        .collect();
    assert_eq!(
        rows,
        [
            "Article 515-11, 1°",
            "Article 515-11, 2°",
            "Article 515-11, al. 4"
        ]
    );
}

#[test]
fn french_alineas_count_anew_inside_each_roman_division() {
    // Code de procédure pénale art. 706-2 (shortened; sweep G, fr-roman-alinea): the first
    // and second alinéas of II were both cited `Article 706-2, II`.
    let old = "Article 706-2\n\nI. - La compétence territoriale d'un tribunal peut être étendue pour les infractions suivantes :\n\n1° Atteintes à la personne humaine ;\n\n2° Infractions prévues par le code de la santé publique.\n\nII. - Peuvent exercer des fonctions d'assistant spécialisé les fonctionnaires de catégorie A.\n\nLe présent II est applicable à Mayotte.\n";
    let new = old
        .replace("santé publique", "santé publique et par le code rural")
        .replace("catégorie A", "catégorie A ou B")
        .replace("Mayotte", "Wallis-et-Futuna");
    let r = check(old, &new);
    assert_eq!(
        hunk_addresses(&r),
        [
            "Article 706-2, I, 2°",
            "Article 706-2, II, al. 1",
            "Article 706-2, II, al. 2"
        ]
    );
    let units = addresses(&r.units);
    assert!(units.contains(&(Status::Changed, "Article 706-2, II, al. 2".to_string())));
    // `L.` opening a line (an article number wrapped) is no division `L.`: the alinéa after
    // the 1° stays in it, as before.
    let old = "Article 2374\n\nLes créanciers privilégiés sur les immeubles sont :\n\n1° Le vendeur, sur l'immeuble vendu ;\n\nS'il y a plusieurs ventes successives, le premier vendeur est préféré ;\n\n2° L'Etat, pour la garantie des créances nées des articles L. 129-4,\n\nL. 511-4 et L. 521-3-2 de ce code.\n";
    let r = check(
        old,
        &old.replace("successives,", "successives dont le prix soit dû,"),
    );
    assert_eq!(hunk_addresses(&r), ["Article 2374, 1°"]);
}

#[test]
fn an_item_inserted_as_bis_keeps_its_multiplier() {
    // Code civil art. 515-11 (shortened), as the law of 9 July 2010 wrote it and a later law
    // amended it: a `6° bis` inserted after 6°. It was read as a second 6°.
    let old = "Article 515-11\n----\nA l'occasion de la délivrance de l'ordonnance, le juge est compétent pour :\n\n5° Se prononcer sur les modalités d'exercice de l'autorité parentale ;\n\n6° Autoriser la partie demanderesse à dissimuler son domicile ;\n\n7° Prononcer l'admission provisoire à l'aide juridictionnelle.\n";
    let new = old.replace(
        "\n\n7°",
        "\n\n6° bis Autoriser la partie demanderesse à dissimuler son domicile pour les besoins de la vie courante ;\n\n7°",
    );
    let r = check(old, &new);
    // Dutch `3°. ter gelegenheid …` (Wetboek van Strafrecht art. 341): a preposition.
    let nl = "Artikel 341\n\n1°. zijn staat van baten en lasten niet heeft aangegeven;\n\n2°. goederen aan de boedel heeft onttrokken;\n\n3°. ter gelegenheid van zijn faillissement een van zijn schuldeisers bevoordeeld heeft;\n";
    let labels: Vec<String> = detect::split_pair(nl, nl, None).new[0]
        .subsections
        .iter()
        .map(Subheading::label)
        .collect();
    assert_eq!(labels, ["1°", "2°", "3°"]);
    let rows: Vec<(Status, &str, Option<&str>)> = r.units[0]
        .children
        .iter()
        .map(|u| (u.status, u.address.as_str(), u.new_label.as_deref()))
        .collect();
    assert_eq!(
        rows,
        [
            (Status::Unchanged, "Article 515-11, 5°", Some("5°")),
            (Status::Unchanged, "Article 515-11, 6°", Some("6°")),
            (Status::Added, "Article 515-11, 6° bis", Some("6° bis")),
            (Status::Unchanged, "Article 515-11, 7°", Some("7°")),
        ]
    );
}

#[test]
fn an_item_split_into_a_bis_before_a_quote_keeps_its_number() {
    // Code électoral art. L386 (shortened): the old 2° named two words to read in place of
    // others; the new text keeps the first in 2° and gives the second a `2° bis` that opens on
    // a quote. The multiplier was not read there: two items labelled 2°, the old 2° paired
    // with the new 2° bis (more of its words) and the new 2° reported added.
    let old = "Article L386\n\nPour l'application du présent code, il y a lieu de lire :\n\n1° \"Polynésie française\" au lieu de : \"département\" ;\n\n2° \"haut-commissaire\" au lieu de : \"préfet\" et de : \"Institut national de la statistique et des études économiques\" ;\n\n3° \"services du haut-commissaire\" au lieu de : \"préfecture\" ;\n";
    let new = old.replace(
        " et de : \"Institut national de la statistique et des études économiques\" ;",
        " ;\n\n2° bis \"Institut de la statistique de la Polynésie française\" au lieu de : \"Institut national de la statistique et des études économiques\" ;",
    );
    let r = check(old, &new);
    // The address names the new unit; the old label says which old unit it was paired with.
    let rows: Vec<(Status, &str, Option<&str>)> = r.units[0]
        .children
        .iter()
        .map(|u| (u.status, u.address.as_str(), u.old_label.as_deref()))
        .collect();
    assert_eq!(
        rows,
        [
            (Status::Unchanged, "Article L386, al. 1", None),
            (Status::Unchanged, "Article L386, 1°", Some("1°")),
            (Status::Changed, "Article L386, 2°", Some("2°")),
            (Status::Added, "Article L386, 2° bis", None),
            (Status::Unchanged, "Article L386, 3°", Some("3°")),
        ]
    );
}

#[test]
fn french_articles_numbered_against_their_code_letter_are_articles() {
    // Code pénal as Légifrance prints it today (sweep G, fr-rart): `Article R131-1`,
    // `Article L131-3`. They were not headings, their text ran into Article 131-35, and both
    // changes were cited `Article 131-35, al. 5` and `al. 7`.
    let old = "Article 131-35\n\nLa peine d'affichage est exécutée aux frais du condamné.\n\nArticle R131-1\n\nLa juridiction fixe les conditions de la suspension.\n\nArticle R131-2\n\nLe certificat vaut justification au regard des articles R221-1 à R221-3.\n\nArticle L131-3\n\nLe greffe transmet la décision.\n";
    let new = old
        .replace("articles R221-1 à R221-3", "articles R. 221-1 à R. 221-3")
        .replace("transmet la", "transmet sans délai la");
    let r = check(old, &new);
    assert_eq!(r.structure.old.articles, 4);
    assert_eq!(hunk_addresses(&r), ["Article R131-2", "Article L131-3"]);
}

#[test]
fn french_divisions_written_against_their_dash_and_numbered_ier_are_read() {
    // Code pénal art. 131-26-2 as printed in 2026 (sweep G): `I.-`, `II.-` with no blank. They
    // were no paragraphs, and a change in the 2° of II was cited `Article 131-26-2, 2°`, which
    // the I has too.
    let old = "Article 131-26-2\n\nI.-La peine d'inéligibilité est obligatoire à l'encontre :\n\n1° Des personnes coupables d'un crime ;\n\n2° Des personnes coupables d'un délit mentionné au II.\n\nII.-Les délits mentionnés au 2° du I sont les suivants :\n\n1° Les délits prévus aux articles 222-9 et 222-11 ;\n\n2° Les délits prévus à l'article 225-1.\n";
    let new = old.replace("225-1.", "225-1 et 225-2.");
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["Article 131-26-2, II, 2°"]);
    // `Chapitre Ier` was no division: a change to its title was the preamble's.
    let old = "Livre Ier : Dispositions générales\n\nTitre Ier : De la loi pénale\n\nChapitre Ier : Des principes\n\nArticle 111-1\n\nTexte un.\n\nChapitre II : De l'application\n\nArticle 112-1\n\nTexte deux.\n";
    let new = old.replace("Des principes", "Des principes généraux");
    let r = check(old, &new);
    assert_eq!(r.structure.old.divisions, 4);
    assert_eq!(labels(&r, Status::Changed), [Some("Chapitre Ier")]);
}

#[test]
fn a_list_extended_keeps_its_last_item() {
    // Code pénal art. 131-4 (shortened; sweep G): the last item re-punctuated (`.` to ` ;`) and
    // an item added after it. The old 3° was paired with the new 4° (`Six` to `Deux`), and the
    // new 3° reported added.
    let old = "Article 131-4\n\nL'échelle des peines d'emprisonnement est la suivante :\n\n1° Dix ans au plus ;\n\n2° Sept ans au plus ;\n\n3° Six mois au plus.\n";
    let new = old.replace(
        "3° Six mois au plus.",
        "3° Six mois au plus ;\n\n4° Deux mois au plus.",
    );
    let r = check(old, &new);
    let rows: Vec<(Status, &str)> = r.units[0]
        .children
        .iter()
        .map(|u| (u.status, u.address.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            (Status::Unchanged, "Article 131-4, al. 1"),
            (Status::Unchanged, "Article 131-4, 1°"),
            (Status::Unchanged, "Article 131-4, 2°"),
            (Status::Changed, "Article 131-4, 3°"),
            (Status::Added, "Article 131-4, 4°"),
        ]
    );
}

#[test]
fn an_item_split_into_bis_and_ter_is_the_item_changed() {
    // Code pénal art. 222-12, 2002 -> 2004 (shortened; sweep G, fr-item-split): the 4° split
    // into 4°, 4° bis and 4° ter. The old 4° was paired with the 4° ter (more of its words
    // went there): 4° reported added and renumbered to 4° ter.
    let old = "Article 222-12\n\nL'infraction est punie de cinq ans d'emprisonnement lorsqu'elle est commise :\n\n3° Sur un ascendant ;\n\n4° Sur un magistrat, un juré, un avocat, un militaire de la gendarmerie, un agent d'un exploitant de réseau de transport public de voyageurs ou toute autre personne chargée d'une mission de service public ;\n\n5° Sur un témoin.\n";
    let new = old.replace(
        "gendarmerie, un agent",
        "gendarmerie nationale ou toute autre personne dépositaire de l'autorité publique ;\n\n4° bis Sur le conjoint des personnes mentionnées au 4° ;\n\n4° ter Sur un agent",
    );
    let r = check(old, &new);
    let rows = changed_addresses(&r.units);
    assert_eq!(
        rows,
        [
            (Status::Changed, "Article 222-12".to_string()),
            (Status::Changed, "Article 222-12, 4°".to_string()),
            (Status::Added, "Article 222-12, 4° bis".to_string()),
            (Status::Added, "Article 222-12, 4° ter".to_string())
        ]
    );
}

#[test]
fn items_inserted_together_are_addressed_each_to_its_own() {
    // Sweep G (fr-cp 222-12, 221-4): a hunk inserting 4° bis and 4° ter was addressed
    // `…, 4° bis` alone. A paragraph inserted with its items stays one hunk.
    let old = "Article 222-12\n\nL'infraction est commise :\n\n4° Sur un magistrat ;\n\n5° Sur un témoin.\n";
    let new = old.replace(
        "magistrat ;\n\n",
        "magistrat ;\n\n4° bis Sur le conjoint ;\n\n4° ter Sur un agent ;\n\n",
    );
    let r = check(old, &new);
    assert_eq!(
        hunk_addresses(&r),
        ["Article 222-12, 4° bis", "Article 222-12, 4° ter"]
    );
    let old = "§ 5 Titel\n\n(1) Wer einen anderen täuscht, wird bestraft.\n\n(2) Der Versuch ist strafbar.\n";
    let new = old.replace(
        "strafbar.\n",
        "strafbar.\n\n(3) Ebenso wird bestraft, wer\n\n1. droht oder\n\n2. zwingt.\n",
    );
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["§ 5 Abs. 3"]);
    let r = check(&new, old);
    assert_eq!(hunk_addresses(&r), ["§ 5 Abs. 3"]);
}

#[test]
fn a_swiss_letter_inserted_as_bis_is_an_item() {
    // Swiss style (sweep G, ch-abis): `abis.` inserted after `a.`. It was read as text of
    // Bst. a, reported changed.
    let old = "Art. 5 Voraussetzungen\n\n1 Die Bewilligung wird erteilt.\n\n2 Sie wird verweigert, wenn:\n\na. der Gesuchsteller vorbestraft ist;\n\nb. die Voraussetzungen nach Absatz 1 nicht erfüllt sind;\n\nc. andere Gründe vorliegen.\n\n3 Der Bundesrat regelt die Einzelheiten.\n";
    let new = old.replace(
        "ist;\n\nb.",
        "ist;\n\nabis. der Gesuchsteller verschuldet ist;\n\nb.",
    );
    let r = check(old, &new);
    let rows = changed_addresses(&r.units);
    assert_eq!(
        rows,
        [
            (Status::Changed, "Art. 5".to_string()),
            (Status::Changed, "Art. 5 Abs. 2".to_string()),
            (Status::Added, "Art. 5 Abs. 2 Bst. abis".to_string())
        ]
    );
}

#[test]
fn an_article_quoted_by_an_amending_article_is_its_text() {
    // Code pénal art. 716-1 (shortened; sweep G, fr-quoted-art): the article it rewrites is
    // quoted under "est ainsi rédigé :". The quotation was an article of its own, and a change
    // in it was instructed "À l'article 511-3", another article of the code.
    let old = "Article 716-1\n\nL'article 511-3 est ainsi rédigé :\n\nArt. 511-3. - Le fait de prélever un organe sur une personne vivante est puni de sept ans d'emprisonnement.\n\nEn cas d'urgence, le consentement est recueilli par tout moyen.\n\nArticle 716-2\n\nLe présent livre est applicable à Mayotte.\n";
    let new = old.replace("sept ans", "dix ans");
    let r = check(old, &new);
    assert_eq!(r.structure.old.articles, 2);
    assert_eq!(hunk_addresses(&r), ["Article 716-1, al. 2"]);
}

#[test]
fn bosnian_lettered_items_are_cited_as_points() {
    // Krivični zakon BiH čl. 186 (wording approximate; sweep E, ba-1): the letters were cited
    // `alineja c)`, a dash item's name; Službeni glasnik BiH cites them `tačka`.
    let old = "Član 186.\n(Trgovina ljudima)\n\n(1) Ko vrbuje, preveze ili primi lice u svrhu iskorištavanja, kaznit će se kaznom zatvora najmanje pet godina.\n\n(2) Ako je krivično djelo iz stava (1) ovog člana učinjeno:\na) od službene osobe u vršenju službene dužnosti,\nb) od organizirane grupe,\nučinitelj će se kazniti kaznom zatvora najmanje deset godina.\n";
    let new = old.replace(
        "b) od organizirane",
        "b) prema trudnici,\nc) od organizirane",
    );
    let r = check(old, &new);
    assert_eq!(
        hunk_addresses(&r),
        ["Član 186, stav 2, tačka b)", "Član 186, stav 2, tačka c)"]
    );
}

#[test]
fn a_reference_wrapped_to_the_start_of_a_line_is_no_article() {
    // StGB § 129 as gesetze-im-internet prints it, hard-wrapped: a reference to § 129b fell at
    // the start of a line and was read as an article, `+ § 129b Absatz 1. (added)`.
    let old = "##### § 129 Bildung krimineller Vereinigungen\n\n(1) Mit Freiheitsstrafe bis zu fünf Jahren wird bestraft, wer eine Vereinigung gründet,\nderen Zweck auf die Begehung von Straftaten gerichtet ist; dies gilt auch in Verbindung mit\n§ 129b Absatz 1.\n\n(2) Der Versuch ist strafbar.\n\n##### § 130 Volksverhetzung\n\n(1) Wer zum Hass aufstachelt, wird bestraft.\n";
    let r = check(old, &old.replace("fünf Jahren", "zehn Jahren"));
    assert_eq!(r.structure.old.articles, 2);
    assert_eq!(hunk_addresses(&r), ["§ 129 Abs. 1"]);
}

#[test]
fn an_acts_only_schedule_headed_without_a_number_holds_its_paragraphs() {
    // The Charities (Regulation and Administration) (Scotland) Act 2023 (shortened): its one
    // Schedule is headed `SCHEDULE`, with no number. It was no heading: its paragraphs 1, 2,
    // ... were no sections either (not next after s. 22), and every change in the Schedule
    // was cited as s. 22's (`s. 22(1)` stood for 21 sub-paragraphs).
    let old = "21 Commencement\n(1) This section comes into force on the day after Royal Assent.\n(2) The other provisions come into force on such day as the Scottish Ministers may appoint.\n22 Short title\nThe short title of this Act is the Charities Act 2023.\nSCHEDULE\nFurther modification of the 2005 Act\n(introduced by section 19)\n1 Annual reports by OSCR\n(1) Section 2 of the 2005 Act is modified as follows.\n(2) After subsection (1), insert a report.\n2 Duty to review Register\n(1) Section 3 of the 2005 Act is modified as follows.\n(2) In subsection (6), the word \"must\" is repealed.\n";
    let r = check(old, &old.replace("\"must\"", "\"may\""));
    assert_eq!(r.structure.style_id, "en");
    assert_eq!(r.structure.old.divisions, 1);
    assert_eq!(r.structure.old.articles, 4);
    assert_eq!(hunk_addresses(&r), ["Sch. para. 2(2)"]);
    let labels: Vec<&str> = r.old_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["21", "22", "Schedule", "1", "2"]);
    // A line that only starts with the word is no heading.
    let prose = old.replace("SCHEDULE\n", "Schedule of fees\n");
    assert_eq!(check(&prose, &prose).structure.old.divisions, 0);
}

#[test]
fn the_parts_of_a_schedule_are_named_with_it() {
    // The Police (Northern Ireland) Act 2000 (shortened): Parts I-II of the Act, then
    // Schedule 1 with Parts I-II of its own. Nothing told which held which (`Part II` then
    // `Schedule 1` came as often as `Schedule 1` then `Part I`), so the Schedule's Parts were
    // addressed `Part I`, `Part II`, as the Act's are.
    let old = "PART I\nName of the Police\n1 Name of the police\nThe police shall be styled the Police Service.\nPART II\nThe Policing Board\n2 The Board\n(1) There shall be a Board.\n(2) Schedule 1 shall have effect.\n3 Functions\nThe Board shall secure an effective police service.\nSCHEDULE 1\nThe Policing Board\nPART I\nStatus and membership\n1 The Board shall be a body corporate.\n2 The Board shall consist of 19 members.\nPART II\nStaff and funding\n3 The Board may appoint staff.\n4 The Board shall keep accounts.\n";
    let r = check(old, &old.replace("Staff and funding", "Staff"));
    assert_eq!(hunk_addresses(&r), ["Sch. 1 Part II"]);
    let r = check(
        old,
        &old.replace("Name of the Police\n", "Name of the Service\n"),
    );
    assert_eq!(hunk_addresses(&r), ["Part I"]);
    // A Schedule a section of Part I inserts elsewhere, printed without quotation marks (the
    // Health and Social Care (Wales) Act 2025 as revised), ends where Part II goes on.
    let quoted = old.replace(
        "The police shall be styled the Police Service.\n",
        "The police shall be styled the Police Service.\n(2) For Schedule A1 to the 1998 Act substitute—\nSCHEDULE A1\nDirect payments\n1 Regulations may allow payments.\n",
    );
    let r = check(
        &quoted,
        &quoted.replace("The Policing Board\n2", "The Board\n2"),
    );
    assert_eq!(hunk_addresses(&r), ["Part II"]);
    // But a Schedule's own Parts go on past the number that would continue the Act's
    // (Schedule 7 to the Coronavirus Act 2020: Parts 1-5, the Act's Parts 1-2).
    let third = [
        old,
        "PART III\nProcedure\n5 The Board may regulate its procedure.\n",
        "SCHEDULE 2\nThe Ombudsman\nPART III\nReports\n1 The Ombudsman shall report yearly.\n",
    ]
    .concat();
    let r = check(&third, &third.replace("Procedure\n", "Proceedings\n"));
    assert_eq!(hunk_addresses(&r), ["Sch. 1 Part III"]);
}

#[test]
fn a_schedule_numbered_by_an_ordinal_word_is_a_schedule() {
    // Irish Acts number their Schedules by ordinal words (the Universities Act 1997's `FIRST
    // SCHEDULE Enactments Repealed` with a `PART I` and `PART II` of its own). Read as a
    // heading of words, its title was its label and its Parts were addressed `Part II`, as
    // the Act's own are.
    let old = "# Universities Act 1997\n\n## PART I Preliminary\n\n### 1. Short title\n\nThis Act may be cited.\n\n## PART II Universities\n\n### 2. Universities\n\nThe universities are established.\n\n## FIRST SCHEDULE Enactments Repealed\n\nPART I\n\nThe Act of 1990.\n\nPART II\n\nThe Act of 1991.\n\n## SECOND SCHEDULE Election\n\n1. The election is held yearly.\n\n2. A candidate is a member.\n";
    let r = check(old, &old.replace("Act of 1991", "Act of 1992"));
    assert_eq!(hunk_addresses(&r), ["FIRST SCHEDULE Part II"]);
    let first = (r.old_sections.iter())
        .find(|s| s.label == "FIRST SCHEDULE")
        .expect("a Schedule");
    assert_eq!(
        (first.kind, first.title.as_str()),
        (HeadingKind::Division, "Enactments Repealed")
    );
    // Ordinal words before other words are prose.
    let prose = old.replace("## SECOND SCHEDULE Election", "First schedules were kept.");
    assert_eq!(
        check(&prose, &prose).structure.old.divisions,
        r.structure.old.divisions - 1
    );
    // Where the Act's sections are numbered paragraphs, the Schedule's are its paragraphs.
    let old = "1. Short title.\n\nThis Act may be cited.\n\nSECOND SCHEDULE\nElection\n\n1. The election is held yearly.\n\n2. A candidate is a member.\n";
    let r = check(old, &old.replace("a member", "a member of staff"));
    assert_eq!(hunk_addresses(&r), ["SECOND SCHEDULE para. 2"]);
}

#[test]
fn a_long_title_line_above_the_next_section_is_its_title() {
    // An Irish Act as the Irish Statute Book prints it (the Automatic Enrolment Retirement
    // Savings System Act 2024, s. 13-15, shortened): s. 14's title, eight words and no stop,
    // was read as a sentence wrapped onto the heading's line; 14 joined s. 13, and 15, not
    // next after 13, was lost with it (22 of the Act's 141 sections).
    let old = "Conditions of membership of Board\n13. (1) A member of the Board shall hold office on such terms as the Minister determines.\n(2) A member may resign by notice in writing to the Minister.\nMembership of either House of Oireachtas, European Parliament or local authority\n14. A person is disqualified for membership of the Board while a member of a local authority.\nIneligibility to become member of Board\n15. (1) A person is not eligible for appointment as a member of the Board if he or she is convicted of an offence.\n(2) A member who is adjudicated bankrupt shall cease to be a member.\nChapter 3\nStaff of the Authority and their terms and conditions of employment\nStaff of Authority and their remuneration and allowances\n16. The Authority may appoint such persons to be members of its staff as it may determine.\n";
    let r = check(
        old,
        &old.replace("a local authority.", "a regional authority."),
    );
    assert_eq!(r.structure.old.articles, 4);
    assert_eq!(hunk_addresses(&r), ["s. 14"]);
}

#[test]
fn a_sentence_opening_with_a_citation_is_no_article_in_a_markdown_code() {
    // StGB §§ 58-59a as the Markdown export prints them (sweep F, de-f1, shortened): the line
    // closing § 59 Abs. 1 reads as an article `§ 56`, and the change in § 59 Abs. 2 was
    // reported as `~ § 56 Abs. 1 Satz 2 gilt entsprechend.` at `§ 56 Abs. 2`.
    let old = "##### § 58 Gesamtstrafe und Strafaussetzung\n\n(1) Hat jemand mehrere Straftaten begangen, so ist für die Strafaussetzung die Höhe der Gesamtstrafe maßgebend.\n\n##### § 59 Voraussetzungen der Verwarnung mit Strafvorbehalt\n\n(1) Hat jemand Geldstrafe bis zu einhundertachtzig Tagessätzen verwirkt, so kann das Gericht ihn neben dem Schuldspruch verwarnen, wenn\n\n1. zu erwarten ist, dass der Täter künftig keine Straftaten mehr begehen wird, und\n\n2. die Verteidigung der Rechtsordnung die Verurteilung nicht gebietet.\n\n§ 56 Abs. 1 Satz 2 gilt entsprechend.\n\n(2) Neben der Verwarnung kann auf Verfall, Einziehung oder Unbrauchbarmachung erkannt werden.\n\n##### § 59a Bewährungszeit\n\n(1) Das Gericht bestimmt die Dauer der Bewährungszeit.\n";
    let r = check(
        old,
        &old.replace("auf Verfall, Einziehung", "auf Einziehung"),
    );
    assert_eq!(r.structure.old.articles, 3);
    assert_eq!(hunk_addresses(&r), ["§ 59 Abs. 2"]);
}

#[test]
fn bare_headings_are_paired_by_number_not_by_their_equal_emptiness() {
    // Karistusseadustik as the Riigi Teataja export prints it (sweep F, ee-f2, shortened):
    // the repealed § 287 is a bare heading in the new text, and so is the old block
    // `§ 387-388.`; their equal (empty) contents paired them: `§ 387-388 → § 287 (moved,
    // renumbered)` and `§ 287 (removed)`.
    let old = "##### § 287. Arhivaali kasutamiskõlbmatuks muutmine ettevaatamatusest\n\n(1) Arhivaali säilitusnõuete rikkumise eest ettevaatamatusest karistatakse rahalise karistusega.\n\n##### § 288. Ametiisiku mõiste\n\n(1) Ametiisik on füüsiline isik, kellel on ametikoht.\n\n##### § 387-388.\n\n##### § 389. Maksusumma kinni pidamata jätmine\n\nMaksusumma kinni pidamata jätmise eest karistatakse rahalise karistusega.\n";
    let new = old
        .replace(
            "##### § 287. Arhivaali kasutamiskõlbmatuks muutmine ettevaatamatusest\n\n(1) Arhivaali säilitusnõuete rikkumise eest ettevaatamatusest karistatakse rahalise karistusega.\n",
            "##### § 287.\n",
        )
        .replace(
            "##### § 387-388.\n",
            "##### § 387. Maksustatava tulu väärarvutus\n\n##### § 388. Maksustatava käibe väärarvutus\n",
        );
    let r = check(old, &new);
    assert_eq!(r.summary.renumbered, 0);
    assert_eq!(labels(&r, Status::Changed), [Some("§ 287")]);
    assert_eq!(labels(&r, Status::Added), [Some("§ 387"), Some("§ 388")]);
}

#[test]
fn divisions_of_other_kinds_are_not_paired_by_their_number() {
    // Code civil before and after the 2016 contract-law reform (sweep F, shortened): a
    // Paragraphe and a Sous-section with the same number were paired by the number alone,
    // `Paragraphe 4 renumbered Sous-section 4`, 18 of the pair's 27 renumbering runs.
    let old = "Section 1 : Dispositions générales\n\nParagraphe 4 : De l'obligation de donner\n\nArticle 1136\n\nL'obligation de donner emporte celle de livrer la chose et de la conserver jusqu'à la livraison.\n";
    let new = "Section 1 : Dispositions générales\n\nSous-section 4 : Le contenu du contrat\n\nArticle 1136\n\nL'obligation de donner emporte celle de livrer la chose et de la conserver jusqu'à la livraison.\n";
    let r = check(old, new);
    assert_eq!(r.summary.renumbered, 0);
    assert_eq!(labels(&r, Status::Added), [Some("Sous-section 4")]);
    assert_eq!(r.summary.removed, 1);
}

#[test]
fn an_article_whose_title_stays_keeps_its_number_over_a_boilerplate_match() {
    // Karistusseadustik §§ 207-208 and 300-300² of two real versions (sweep F, ee-f1): the old
    // § 208 was paired with the new § 300¹ on their penalty boilerplate (similarity 0.51),
    // and the new § 208, whose title keeps the old one's words, was reported added.
    let old = "##### § 207. Arvutivõrgu ühenduse kahjustamine\n\n(1) Arvutivõrgu või arvutisüsteemi ühenduse rikkumise või tõkestamise eest - karistatakse rahalise karistusega.\n\n##### § 208. Arvutiviiruse levitamine\n\n(1) Arvutiviiruse levitamise eest - karistatakse rahalise karistuse või kuni üheaastase vangistusega.\n\n(2) Sama teo eest, kui see on toime pandud:\n\n1) vähemalt teist korda või\n\n2) olulise kahju tekitamisega, -\n\nkaristatakse rahalise karistuse või kuni kolmeaastase vangistusega.\n\n#### 2. jagu Süüteod vara vastu tervikuna\n\n#### 1. jaotis Kelmus\n\n\n##### § 300. Riigihangete teostamise nõuete rikkumine\n\n(1) Ametiisiku poolt riigihangete konkursil ühele osalejatest põhjendamatute soodustingimuste või eeliste loomise või muul viisil riigihangete teostamise nõuete rikkumise eest, kui sellega on tekitatud oluline kahju teise isiku õigustele või huvidele või avalikele huvidele - karistatakse rahalise karistuse või kuni üheaastase vangistusega.\n\n##### § 301. Konfiskeerimise kohaldamine\n\n(1) Kohus võib kohaldada käesoleva seadustiku §-des 293 kuni 299 sätestatud süüteo toimepanemise vahetuks objektiks olnud eseme konfiskeerimist vastavalt käesoleva seadustiku §-s 83 sätestatule.\n\n### 18. peatükk ÕIGUSEMÕISTMISEVASTASED SÜÜTEOD\n\n#### 1. jagu Õigusemõistmise takistamine\n\n";
    let new = "##### § 207. Arvutisüsteemi toimimise takistamine\n\n(1) Arvutisüsteemi toimimise ebaseadusliku häirimise või takistamise eest andmete sisestamise, edastamise, kustutamise, rikkumise, muutmise või sulustamise teel –\n\nkaristatakse rahalise karistuse või kuni kolmeaastase vangistusega.\n\n(2) Sama teo eest, kui:\n\n1) see on toime pandud paljude arvutisüsteemide vastu ja kui selle toimepanemisel kasutati käesoleva seadustiku §-s 216<sup>1</sup> nimetatud seadet või arvutiprogrammi;\n\n2) see on toime pandud grupi poolt;\n\n3) sellega häiritakse või takistatakse elutähtsa valdkonna arvutisüsteemi toimimist või avalike teenuste osutamist või\n\n4) kui sellega on tekitatud oluline kahju, –\n\nkaristatakse rahalise karistuse või kuni viieaastase vangistusega.\n\n(3) Käesoleva paragrahvi lõikes 1 või 2 sätestatud teo eest, kui selle on toime pannud juriidiline isik, –\n\nkaristatakse rahalise karistusega.\n\n(4) Kohus võib kohaldada käesoleva paragrahvi lõikes 2 sätestatud kuriteo eest kuriteoga saadud vara laiendatud konfiskeerimist vastavalt käesoleva seadustiku §-s 83<sup>2</sup> sätestatule.\n\n##### § 208. Nuhkvara, pahavara ja arvutiviiruse levitamine\n\n#### 2. jagu Süüteod vara vastu tervikuna\n\n#### 1. jaotis Kelmus\n\n\n##### § 300. Riigihangete teostamise nõuete rikkumine\n\n(1) Riigihanke menetluse nõuete rikkumise eest menetluses osalejale eelise andmise eesmärgil, samuti seaduse kohaselt nõutavat riigihanke menetlust korraldamata hankelepingu sõlmimise eest eelise andmise eesmärgil –\n\nkaristatakse rahalise karistuse või kuni üheaastase vangistusega.\n\n(2) Sama teo eest, kui riigihanke maksumus või sõlmitud hankelepingu maksumus on eriti suur, –\n\nkaristatakse rahalise karistuse või kuni viieaastase vangistusega.\n\n(3) Käesoleva paragrahvi lõikes 1 või 2 sätestatud teo eest, kui selle on toime pannud juriidiline isik, –\n\nkaristatakse rahalise karistusega.\n\n##### § 300<sup>1</sup>. Toimingupiirangu rikkumine\n\n(1) Korruptsioonivastases seaduses kehtestatud toimingupiirangu teadva rikkumise eest suures ulatuses –\n\nkaristatakse rahalise karistuse või kuni üheaastase vangistusega.\n\n(2) Sama teo eest, kui see on toime pandud eriti suures ulatuses, –\n\nkaristatakse rahalise karistuse või kuni kolmeaastase vangistusega.\n\n##### § 300<sup>2</sup>. Notari poolt teadvalt ebaseadusliku ametitoimingu tegemine\n\n##### § 301. Konfiskeerimise kohaldamine\n\n(1) Kohus võib kohaldada käesoleva seadustiku §-des 293 kuni 299 sätestatud süüteo toimepanemise vahetuks objektiks olnud eseme konfiskeerimist vastavalt käesoleva seadustiku §-s 83 sätestatule.\n\n### 18. peatükk ÕIGUSEMÕISTMISEVASTASED SÜÜTEOD\n\n#### 1. jagu Õigusemõistmise takistamine\n\n";
    let r = check(old, new);
    assert_eq!(r.summary.renumbered, 0);
    assert_eq!(labels(&r, Status::Added), [Some("§ 300¹"), Some("§ 300²")]);
}

#[test]
fn two_articles_that_swap_numbers_are_both_renumbered() {
    // StGB §§ 74e and 75 before and after the 2017 reform (shortened; sweep F): § 75 became
    // § 74e word for word and § 74e, rewritten, became § 75 under the same title. The second
    // half of the swap was reported as § 74e removed and § 75 added.
    let old = "##### § 74e Wirkung der Einziehung\n\n(1) Wird ein Gegenstand eingezogen, so geht das Eigentum an der Sache mit der Rechtskraft der Entscheidung auf den Staat über.\n\n##### § 75 Sondervorschrift für Organe und Vertreter\n\nHat jemand als vertretungsberechtigtes Organ einer juristischen Person gehandelt, so wird ihm die Handlung zugerechnet.\n";
    let new = "##### § 74e Sondervorschrift für Organe und Vertreter\n\nHat jemand als vertretungsberechtigtes Organ einer juristischen Person gehandelt, so wird ihm die Handlung zugerechnet.\n\n##### § 75 Wirkung der Einziehung\n\n(1) Wird die Einziehung eines Gegenstandes angeordnet, so bleiben Rechte Dritter bestehen, bis das Gericht anders bestimmt.\n";
    let r = check(old, new);
    assert_eq!((r.summary.added, r.summary.removed), (0, 0));
    assert_eq!(r.summary.renumbered, 2);
    assert_eq!(labels(&r, Status::Changed), [Some("§ 75")]);
}

#[test]
fn an_article_reworded_inside_a_new_division_keeps_its_number() {
    // Código Penal arts. 251-256 before and after LO 1/2015 (sweep F, es-f1, real text): art.
    // 252 was reworded inside a new Sección 2.ª (the old one became 2.ª bis) and was reported
    // removed and added, its number in another gap of the alignment.
    let old = "##### Artículo 251.\n\nSerá castigado con la pena de prisión de uno a cuatro años:\n\n1.º Quien, atribuyéndose falsamente sobre una cosa mueble o inmueble facultad de disposición de la que carece, bien por no haberla tenido nunca, bien por haberla ya ejercitado, la enajenare, gravare o arrendare a otro, en perjuicio de éste o de tercero.\n\n2.º El que dispusiere de una cosa mueble o inmueble ocultando la existencia de cualquier carga sobre la misma, o el que, habiéndola enajenado como libre, la gravare o enajenare nuevamente antes de la definitiva transmisión al adquirente, en perjuicio de éste, o de un tercero.\n\n3.º El que otorgare en perjuicio de otro un contrato simulado.\n\n##### Artículo 251 bis.\n\nCuando de acuerdo con lo establecido en el artículo 31 bis una persona jurídica sea responsable de los delitos comprendidos en esta Sección, se le impondrán las siguientes penas:\n\na) Multa del triple al quíntuple de la cantidad defraudada, si el delito cometido por la persona física tiene prevista una pena de prisión de más de cinco años.\n\nb) Multa del doble al cuádruple de la cantidad defraudada, en el resto de los casos.\n\nAtendidas las reglas establecidas en el artículo 66 bis, los jueces y tribunales podrán asimismo imponer las penas recogidas en las letras b) a g) del apartado 7 del artículo 33.\n\n#### Sección 2.ª De la apropiación indebida\n\n##### Artículo 252.\n\nSerán castigados con las penas del artículo 249 ó 250, en su caso, los que en perjuicio de otro se apropiaren o distrajeren dinero, efectos, valores o cualquier otra cosa mueble o activo patrimonial que hayan recibido en depósito, comisión o administración, o por otro título que produzca obligación de entregarlos o devolverlos, o negaren haberlos recibido, cuando la cuantía de lo apropiado exceda de cuatrocientos euros. Dicha pena se impondrá en su mitad superior en el caso de depósito necesario o miserable.\n\n##### Artículo 253.\n\nSerán castigados con la pena de multa de tres a seis meses los que, con ánimo de lucro, se apropiaren de cosa perdida o de dueño desconocido, siempre que en ambos casos el valor de lo apropiado exceda de 400 euros. Si se tratara de cosas de valor artístico, histórico, cultural o científico, la pena será de prisión de seis meses a dos años.\n\n##### Artículo 254.\n\nSerá castigado con la pena de multa de tres a seis meses el que, habiendo recibido indebidamente, por error del transmitente, dinero o alguna otra cosa mueble, niegue haberla recibido o, comprobado el error, no proceda a su devolución, siempre que la cuantía de lo recibido exceda de 400 euros.\n\n#### Sección 3.ª De las defraudaciones de fluido eléctrico y análogas\n\n##### Artículo 255.\n\nSerá castigado con la pena de multa de tres a 12 meses el que cometiere defraudación por valor superior a 400 euros, utilizando energía eléctrica, gas, agua, telecomunicaciones u otro elemento, energía o fluido ajenos, por alguno de los medios siguientes:\n\n1.º Valiéndose de mecanismos instalados para realizar la defraudación.\n\n2.º Alterando maliciosamente las indicaciones o aparatos contadores.\n\n3.º Empleando cualesquiera otros medios clandestinos.\n\n##### Artículo 256.\n\nEl que hiciere uso de cualquier equipo terminal de telecomunicación, sin consentimiento de su titular, ocasionando a éste un perjuicio superior a 400 euros, será castigado con la pena de multa de tres a 12 meses.\n\n";
    let new = "##### Artículo 251.\n\nSerá castigado con la pena de prisión de uno a cuatro años:\n\n1.º Quien, atribuyéndose falsamente sobre una cosa mueble o inmueble facultad de disposición de la que carece, bien por no haberla tenido nunca, bien por haberla ya ejercitado, la enajenare, gravare o arrendare a otro, en perjuicio de éste o de tercero.\n\n2.º El que dispusiere de una cosa mueble o inmueble ocultando la existencia de cualquier carga sobre la misma, o el que, habiéndola enajenado como libre, la gravare o enajenare nuevamente antes de la definitiva transmisión al adquirente, en perjuicio de éste, o de un tercero.\n\n3.º El que otorgare en perjuicio de otro un contrato simulado.\n\n##### Artículo 251 bis.\n\nCuando de acuerdo con lo establecido en el artículo 31 bis una persona jurídica sea responsable de los delitos comprendidos en esta Sección, se le impondrán las siguientes penas:\n\na) Multa del triple al quíntuple de la cantidad defraudada, si el delito cometido por la persona física tiene prevista una pena de prisión de más de cinco años.\n\nb) Multa del doble al cuádruple de la cantidad defraudada, en el resto de los casos.\n\nAtendidas las reglas establecidas en el artículo 66 bis, los jueces y tribunales podrán asimismo imponer las penas recogidas en las letras b) a g) del apartado 7 del artículo 33.\n\n#### Sección 2.ª De la administración desleal\n\n##### Artículo 252.\n\n1. Serán punibles con las penas del artículo 249 o, en su caso, con las del artículo 250, los que teniendo facultades para administrar un patrimonio ajeno, emanadas de la ley, encomendadas por la autoridad o asumidas mediante un negocio jurídico, las infrinjan excediéndose en el ejercicio de las mismas y, de esa manera, causen un perjuicio al patrimonio administrado.\n\n2. Si la cuantía del perjuicio patrimonial no excediere de 400 euros, se impondrá una pena de multa de uno a tres meses.\n\n#### Sección 2.ª bis De la apropiación indebida\n\n##### Artículo 253.\n\n1. Serán castigados con las penas del artículo 249 o, en su caso, del artículo 250, salvo que ya estuvieran castigados con una pena más grave en otro precepto de este Código, los que, en perjuicio de otro, se apropiaren para sí o para un tercero, de dinero, efectos, valores o cualquier otra cosa mueble, que hubieran recibido en depósito, comisión, o custodia, o que les hubieran sido confiados en virtud de cualquier otro título que produzca la obligación de entregarlos o devolverlos, o negaren haberlos recibido.\n\n2. Si la cuantía de lo apropiado no excediere de 400 euros, se impondrá una pena de multa de uno a tres meses.\n\n##### Artículo 254.\n\n1. Quien, fuera de los supuestos del artículo anterior, se apropiare de una cosa mueble ajena, será castigado con una pena de multa de tres a seis meses. Si se tratara de cosas de valor artístico, histórico, cultural o científico, la pena será de prisión de seis meses a dos años.\n\n2. Si la cuantía de lo apropiado no excediere de 400 euros, se impondrá una pena de multa de uno a dos meses.\n\n#### Sección 3.ª De las defraudaciones de fluido eléctrico y análogas\n\n##### Artículo 255.\n\n1. Será castigado con la pena de multa de tres a doce meses el que cometiere defraudación utilizando energía eléctrica, gas, agua, telecomunicaciones u otro elemento, energía o fluido ajenos, por alguno de los medios siguientes:\n\n1.º Valiéndose de mecanismos instalados para realizar la defraudación.\n\n2.º Alterando maliciosamente las indicaciones o aparatos contadores.\n\n3.º Empleando cualesquiera otros medios clandestinos.\n\n2. Si la cuantía de lo defraudado no excediere de 400 euros, se impondrá una pena de multa de uno a tres meses.\n\n##### Artículo 256.\n\n1. El que hiciere uso de cualquier equipo terminal de telecomunicación, sin consentimiento de su titular, y causando a éste un perjuicio económico, será castigado con la pena de multa de tres a doce meses.\n\n2. Si la cuantía del perjuicio causado no excediere de 400 euros, se impondrá una pena de multa de uno a tres meses.\n\n";
    let r = check(old, new);
    assert_eq!(r.summary.removed, 0);
    assert_eq!(labels(&r, Status::Added), [Some("Sección 2.ª")]);
    assert!(
        r.sections
            .iter()
            .any(|c| c.new_label.as_deref() == Some("Artículo 252") && c.status == Status::Changed)
    );
}

#[test]
fn a_bulgarian_title_run_into_the_heading_line_is_the_articles_title() {
    // Семеен кодекс чл. 4–6 as legalize-bg stores them: the title, then `Чл. N.` on one line.
    let old = "### Глава втора.СКЛЮЧВАНЕ НА БРАК\n\nГраждански брак Чл. 4. (1) Само гражданският брак, сключен във формата, предписана от този кодекс, поражда последиците, които законите свързват с брака. (2) Религиозният обред няма правно действие.\n\nСъгласие на встъпващите в брак Чл. 5. Бракът се сключва по взаимно, свободно и изрично съгласие на мъж и жена, дадено лично и едновременно пред длъжностното лице по гражданското състояние.\n\nВъзраст за встъпване в брак Чл. 6. (1) Брак може да сключи лице, навършило осемнадесет години.\n";
    let r = check(
        old,
        &old.replace("Съгласие на встъпващите", "Съгласие на лицата"),
    );
    let titles: Vec<&str> = r.old_sections[1..]
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "Граждански брак",
            "Съгласие на встъпващите в брак",
            "Възраст за встъпване в брак"
        ]
    );
    // A changed title is its article's change.
    assert_eq!(labels(&r, Status::Changed), [Some("Чл. 5")]);
    assert_eq!(r.new_sections[2].title, "Съгласие на лицата в брак");
}

#[test]
fn the_unit_tree_names_norwegian_unnumbered_ledd_as_the_hunks_do() {
    // Straffeloven § 257 (lovdata layout): two unnumbered ledd, each with a list a)–c).
    let old = "§ 257. Menneskehandel\n\nDen som ved vold, trusler, misbruk av sårbar situasjon eller annen utilbørlig atferd tvinger, utnytter eller forleder en person til\n\na) prostitusjon eller andre seksuelle ytelser,\nb) tvangsarbeid eller tvangstjenester, herunder tigging,\nc) krigstjeneste i fremmed land, eller\nd) å samtykke i fjerning av et av vedkommendes indre organer,\n\nstraffes for menneskehandel med fengsel inntil 6 år.\n\nPå samme måte straffes den som\n\na) legger forholdene til rette for slik tvang, utnyttelse eller forledelse som nevnt i første ledd,\nb) på annen måte medvirker til tvangen, utnyttelsen eller forledelsen, eller\nc) gir betaling eller annen fordel for å få samtykke til en slik handlemåte.\n\n§ 258. Grov menneskehandel\n\nGrov menneskehandel straffes med fengsel inntil 10 år.\n";
    let r = check(
        old,
        &old.replace("gir betaling", "gir eller mottar betaling"),
    );
    assert_eq!(hunk_addresses(&r), ["§ 257 annet ledd bokstav c"]);
    let units = addresses(&r.units);
    // The two c) are told apart, as in the hunk's address.
    assert!(units.contains(&(Status::Changed, "§ 257 annet ledd bokstav c".to_string())));
    assert!(units.contains(&(Status::Unchanged, "§ 257 første ledd bokstav c".to_string())));
    assert!(units.contains(&(Status::Unchanged, "§ 257 første ledd".to_string())));
    // A section of one ledd names none (as its hunks would not).
    assert!(units.contains(&(Status::Unchanged, "§ 258, ¶ 1".to_string())));
}

#[test]
fn words_after_a_norwegian_list_belong_to_the_ledd_not_its_last_bokstav() {
    // Straffeloven § 257 (lovdata layout): `straffes …` closes første ledd after its list
    // a)–d), which no colon announces; `På samme måte …` opens annet ledd.
    let old = "§ 257. Menneskehandel\n\nDen som ved vold, trusler, misbruk av sårbar situasjon eller annen utilbørlig atferd tvinger, utnytter eller forleder en person til\n\na) prostitusjon eller andre seksuelle ytelser,\nb) tvangsarbeid eller tvangstjenester, herunder tigging,\nc) krigstjeneste i fremmed land, eller\nd) å samtykke i fjerning av et av vedkommendes indre organer,\n\nstraffes for menneskehandel med fengsel inntil 6 år.\n\nPå samme måte straffes den som\n\na) legger forholdene til rette for slik tvang, utnyttelse eller forledelse som nevnt i første ledd,\nb) på annen måte medvirker til tvangen, utnyttelsen eller forledelsen, eller\nc) gir betaling eller annen fordel for å få samtykke til en slik handlemåte.\n";
    let new = old
        .replace("inntil 6 år", "inntil 10 år")
        .replace("På samme måte straffes", "Likt straffes");
    let r = check(old, &new);
    assert_eq!(
        hunk_addresses(&r),
        ["§ 257 første ledd", "§ 257 annet ledd"]
    );
    let changed: Vec<String> = addresses(&r.units)
        .into_iter()
        .filter(|(s, _)| *s == Status::Changed)
        .map(|(_, a)| a)
        .collect();
    assert_eq!(changed, ["§ 257", "§ 257 første ledd", "§ 257 annet ledd"]);
}

/// A cell is where its column is: one edited in place is changed, not moved (hostile sweep:
/// the cell's words were its whole row's, so the removed and added cell matched as a move).
#[test]
fn a_table_cell_edited_in_place_is_changed_not_moved() {
    let old = "Article 1 Penalties\n\nThe penalties are:\n\n| Offence | Penalty | Court |\n|---|---|---|\n| Theft of goods | fine | district court |\n| Fraud against persons | two years | regional court |\n| Assault with weapon | three years | regional court |\n";
    let new = old.replace("two years", "lifelong imprisonment");
    let r = check(old, &new);
    let row = &r.units[0].children[3];
    let cells: Vec<_> = unit_rows(&row.children)
        .into_iter()
        .map(|(s, o, n, m, a)| (s, o, n, m, a.to_string()))
        .collect();
    assert_eq!(
        cells,
        [
            (
                Status::Unchanged,
                Some(8),
                Some(8),
                false,
                "Article 1, ¶ 4, col. 1".to_string()
            ),
            (
                Status::Changed,
                Some(8),
                Some(8),
                false,
                "Article 1, ¶ 4, col. 2".to_string()
            ),
            (
                Status::Unchanged,
                Some(8),
                Some(8),
                false,
                "Article 1, ¶ 4, col. 3".to_string()
            ),
        ],
        "{row:#?}"
    );
}

/// Cells of a row pair by column even when the same numbers stand in other columns.
#[test]
fn numeric_table_cells_pair_by_column() {
    let old =
        "Article 1 Rates\n\n| A | B | C | D | E |\n|---|---|---|---|---|\n| 2 | 1 | 3 | 0 | 0 |\n";
    let new =
        "Article 1 Rates\n\n| A | B | C | D | E |\n|---|---|---|---|---|\n| 2 | 1 | 0 | 3 | 1 |\n";
    let r = check(old, new);
    let row = r.units[0].children.last().expect("a row");
    let cells: Vec<_> = unit_rows(&row.children)
        .into_iter()
        .map(|(s, _, _, m, a)| (s, m, a.to_string()))
        .collect();
    let want: Vec<_> = [
        Status::Unchanged,
        Status::Unchanged,
        Status::Changed,
        Status::Changed,
        Status::Changed,
    ]
    .into_iter()
    .enumerate()
    .map(|(k, s)| (s, false, format!("{}, col. {}", row.address, k + 1)))
    .collect();
    assert_eq!(cells, want, "{row:#?}");
}

/// A pattern ending in `$` names the headings of a text with Windows line endings as it does
/// those of the same text with Unix ones (hostile sweep: an LF text against its CRLF copy was
/// reported as every unit removed and one added).
#[test]
fn a_unit_pattern_reads_windows_line_endings() {
    let lf = "Rule 1 Scope\nThis applies.\n\nRule 2 Terms\nWords mean things.\n";
    let crlf = lf.replace('\n', "\r\n");
    let opts = Options {
        unit: Some(Regex::new(r"^Rule (\d+) \w+$").expect("a pattern")),
        ..Options::default()
    };
    for (old, new) in [(lf, crlf.as_str()), (crlf.as_str(), crlf.as_str())] {
        let r = redline_with(old, new, &opts);
        assert_eq!((r.summary.old_sections, r.summary.new_sections), (2, 2));
        assert_eq!(r.summary.unchanged, 2, "{:?}", r.summary);
        assert!(r.warnings.is_empty(), "{:?}", r.warnings);
        assert_eq!(apply(old, &r.ops), new);
    }
}

/// A text whose lines end with a lone carriage return is one line to the redline: it says so
/// (hostile sweep: only the generic unit-count warning was given).
#[test]
fn lines_ended_by_a_lone_carriage_return_are_named_in_a_warning() {
    let lf = "Article 1\nFirst.\n\nArticle 2\nSecond.\n";
    let cr = lf.replace('\n', "\r");
    let r = redline(lf, &cr);
    assert!(
        r.warnings[0].starts_with("the new text ends its lines with a carriage return alone"),
        "{:?}",
        r.warnings
    );
    assert_eq!(apply(lf, &r.ops), cr);
    assert!(redline(lf, lf).warnings.is_empty());
    assert!(redline("one line\r", "one line\r").warnings.is_empty());
}

#[test]
fn divisions_numbered_by_ordinal_words_are_units_with_numbers() {
    // As the Strafgesetzbuch names its divisions. Before, `Erster Abschnitt` was no heading
    // in plain text (its articles ran into the one above) and, in Markdown, a division named
    // only by its words, with no number to cite or to renumber.
    let old = "Erster Abschnitt - Allgemeines\n\n§ 1 Geltung\n\nText eins.\n\n\
               Zweiter Abschnitt - Strafen\n\n§ 2 Strafen\n\nText zwei.\n";
    let new = "Erster Abschnitt - Allgemeines\n\n§ 1 Geltung\n\nText eins.\n\n\
               Zweiter Abschnitt - Begriffe\n\n§ 1a Begriffe\n\nNeuer Text.\n\n\
               Dritter Abschnitt - Strafen\n\n§ 2 Strafen\n\nText zwei.\n";
    let r = check(old, new);
    let divisions: Vec<(&str, Option<&str>, &str)> = r
        .new_sections
        .iter()
        .filter(|s| s.kind == HeadingKind::Division)
        .map(|s| (s.label.as_str(), s.number.as_deref(), s.title.as_str()))
        .collect();
    assert_eq!(
        divisions,
        [
            ("Erster Abschnitt", Some("Erster"), "Allgemeines"),
            ("Zweiter Abschnitt", Some("Zweiter"), "Begriffe"),
            ("Dritter Abschnitt", Some("Dritter"), "Strafen"),
        ]
    );
    assert_eq!(r.structure.new.divisions, 3);
    let strafen = r
        .sections
        .iter()
        .find(|c| c.new_label.as_deref() == Some("Dritter Abschnitt"))
        .expect("the division of penalties");
    assert_eq!(strafen.old_label.as_deref(), Some("Zweiter Abschnitt"));
    assert!(strafen.renumbered && strafen.status == Status::Unchanged);
    assert_eq!(r.summary.added, 2, "the new division and § 1a");
}

#[test]
fn dutch_divisions_in_the_old_spelling_are_divisions_with_their_titles() {
    // The Wetboek van Strafvordering as laws-markdown prints it (2011 and 2015): `Tweede
    // afdeeling`, spelt as before 1947, was a heading of words with no number, and the title
    // below it a second division of words (58 of them in the 2015 text).
    let text = "### Titel  I  \n\n####Strafvordering in het algemeen \n\n### Eerste  afdeeling  \n\n####Inleidende bepaling \n\n### Artikel  1  \n\nStrafvordering heeft alleen plaats op de wijze bij de wet voorzien.  \n\n### Tweede  afdeeling  \n\n#### Relatieve bevoegdheid van de rechtbanken \n\n### Artikel  2  \n\n1.  Van de rechtbanken is bevoegd die binnen welker rechtsgebied het feit is begaan;\n";
    let split = detect::split_pair(text, text, None);
    let divisions: Vec<(&str, Option<&str>, &str)> = split
        .new
        .iter()
        .filter(|s| s.kind == HeadingKind::Division)
        .map(|s| (s.keyword.as_str(), s.number.as_deref(), s.title.as_str()))
        .collect();
    assert_eq!(
        divisions,
        [
            ("Titel", Some("I"), "Strafvordering in het algemeen"),
            ("Afdeeling", Some("Eerste"), "Inleidende bepaling"),
            (
                "Afdeeling",
                Some("Tweede"),
                "Relatieve bevoegdheid van de rechtbanken"
            ),
        ]
    );
}

#[test]
fn an_annex_quoting_articles_of_another_act_does_not_number_the_text_by_chapter() {
    // The Jugendgerichtsgesetz (bundestag/gesetze) of 2012 ends with an annex quoting the
    // Einigungsvertrag's own `§ 1`, `§ 2` under `Abschnitt III`. With `Erster Teil` read as a
    // numbered division, a `§ 1` under two numbered divisions made the whole text numbered by
    // chapter: `Erster Abschnitt § 3`; against the 2018 text, without the annex, 128 sections
    // were "renumbered" (`Erster Abschnitt § 3` → `§ 3`).
    let sections: String = (3..=30)
        .map(|n| format!("#### § {n} Vorschrift {n}\n\nText {n}.\n\n"))
        .collect();
    let body = format!(
        "### Erster Teil - Anwendungsbereich\n\n#### § 1 Anwendungsbereich\n\nText eins.\n\n#### § 2 Ziel\n\nText zwei.\n\n### Zweiter Teil - Jugendliche\n\n#### Erster Abschnitt - Verfehlungen\n\n{sections}"
    );
    let old = format!(
        "{body}\n### Anhang EV\n\n#### Abschnitt III\n\n#### § 1 Zeitlicher Geltungsbereich\n\nText A.\n\n#### § 2 Überleitung\n\nText B.\n"
    );
    let r = check(&old, &body);
    assert_eq!(r.summary.renumbered, 0, "{:?}", r.renumberings);
    assert!(r.old_sections.iter().all(|s| s.chapter.is_none()));
}

#[test]
fn a_sentence_opening_with_a_citation_of_a_paragraph_is_no_article() {
    // The Jugendgerichtsgesetz of 2012, § 106 (3): `§ 66a Absatz 3 des Strafgesetzbuches gilt
    // entsprechend.` on a line of its own was an article § 66a, which took § 106 (4) and
    // paired with the new § 106 ("renumbered"), the old § 106 reported removed.
    let text = "§ 105 Anwendung\n\nText.\n\n§ 106 Milderung\n\n(1) Ist das allgemeine Strafrecht anzuwenden, so kann das Gericht mildern.\n\n§ 66a Absatz 3 des Strafgesetzbuches gilt entsprechend.\n\n(4) Wird die Anordnung vorbehalten, so ordnet das Gericht an.\n\n§ 107 Gerichtsverfassung\n\nText.\n";
    let split = detect::split_pair(text, text, None);
    let labels: Vec<&str> = split.old.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["§ 105", "§ 106", "§ 107"]);
}

#[test]
fn a_repealed_stub_is_not_moved_to_another_stub() {
    // The ZPO 2009 → 2018 (bundestag/gesetze): `Buch 6 - (weggefallen)` took new words
    // (Musterfeststellungsverfahren) and the new text prints a `Buch 9 - (weggefallen)` the
    // old one left out. The two stubs, each once in its text, anchored the alignment:
    // "Buch 6 moved and renumbered Buch 9", the new Buch 6 added.
    let old = "## Buch 5 - Urkundenprozess\n\n#### § 592 Zulässigkeit\n\nText.\n\n## Buch 6 - (weggefallen)\n\n## Buch 7 - Mahnverfahren\n\n#### § 688 Zulässigkeit\n\nText.\n\n## Buch 10 - Schiedsverfahren\n\n#### § 1025 Anwendungsbereich\n\nText.\n";
    let new = old
        .replace(
            "## Buch 6 - (weggefallen)\n",
            "## Buch 6 - Musterfeststellungsverfahren\n\n#### § 606 Musterfeststellungsklage\n\nNeuer Text.\n",
        )
        .replace(
            "## Buch 10 -",
            "## Buch 9 - (weggefallen)\n\n## Buch 10 -",
        );
    let r = check(old, &new);
    assert_eq!(
        changed_entries(&r),
        [
            (Status::Changed, Some("Buch 6"), Some("Buch 6"), false),
            (Status::Added, None, Some("§ 606"), false),
            (Status::Added, None, Some("Buch 9"), false),
        ]
    );
}

#[test]
fn a_repealed_stub_whose_number_went_is_not_moved_to_another() {
    // Repealed stubs of other numbers, in other places: § 2's number left the text and a § 5
    // printed as repealed came. The anchors around them leave no gap to pair them in, and the
    // pass over the whole text paired their equal words: "§ 2 moved and renumbered § 5".
    let old = "#### § 1 Geltungsbereich\n\nDieses Gesetz gilt für alle Verträge.\n\n#### § 2 (weggefallen)\n\n#### § 3 Form\n\nDer Vertrag bedarf der Schriftform.\n\n#### § 4 Frist\n\nDie Frist beträgt einen Monat.\n";
    let new = "#### § 1 Geltungsbereich\n\nDieses Gesetz gilt für alle Verträge.\n\n#### § 3 Form\n\nDer Vertrag bedarf der Schriftform.\n\n#### § 4 Frist\n\nDie Frist beträgt einen Monat.\n\n#### § 5 (weggefallen)\n";
    let r = check(old, new);
    assert_eq!(
        entries_not_in_place(&r),
        [
            (Status::Removed, Some("§ 2"), None, false),
            (Status::Added, None, Some("§ 5"), false),
        ]
    );
}

#[test]
fn headings_that_gained_markdown_marks_still_anchor_the_alignment() {
    // The Code pénal 2010 → 2026 (legalize-fr): the old export writes `Section 1 : Du recel`,
    // the new `#### Section 1 : Du recel`. No section had equal content, so none anchored the
    // alignment; in one long gap each division was compared with the first of its number
    // only, and 105 were paired with another of other words, moved ("Section 2 De la grâce
    // moved to Section 2 Du chantage").
    let chapter = |mark: &str, k: usize| {
        format!(
            "{mark}Chapitre {k} : Des infractions de la sorte {k}\n\n{mark}Section 1 : Des cas simples {k}\n\n{mark}Article {k}-1\n\nLe fait de commettre l'infraction {k} est puni de {k} ans.\n\n{mark}Section 2 : Des cas aggravés {k}\n\n{mark}Article {k}-2\n\nLa peine de l'infraction {k} est portée au double.\n\n"
        )
    };
    let old: String = (1..=40).map(|k| chapter("", k)).collect();
    let added: String = (1..=30)
        .map(|k| format!("#### Article P-{k}\n\nLa disposition nouvelle {k} s'applique.\n\n"))
        .collect();
    let new = format!(
        "#### Chapitre préliminaire : Dispositions nouvelles\n\n{added}{}",
        (1..=40).map(|k| chapter("#### ", k)).collect::<String>()
    );
    let r = check(&old, &new);
    assert_eq!(
        (
            r.summary.changed,
            r.summary.moved,
            r.summary.added,
            r.summary.unchanged
        ),
        (0, 0, 31, 200)
    );
}

#[test]
fn a_division_named_like_others_pairs_with_the_one_over_its_partner() {
    // Code électoral (legalize-fr, shortened from its 2026 text): chapters of the same words
    // recur under each election's title, and the new text inserts titles with more of them.
    // Equal headings were paired in text order: the old `Chapitre IV` with the first new one,
    // which stands before the `Chapitre III` paired with the old one: "Chapitre IV moved".
    // A division pairs with the one of its words over the partner of the unit it heads.
    let old = "Chapitre III : Conditions d'éligibilité et inéligibilités\nChapitre IV : Incompatibilités\nChapitre V : Déclarations de candidatures\n";
    let new = "#### Chapitre IV : Incompatibilités\n#### Chapitre III : Conditions d'éligibilité et inéligibilités\n#### Chapitre III : Conditions d'éligibilité et inéligibilités\n#### Chapitre IV : Incompatibilités\n#### Chapitre V : Déclarations de candidatures\n";
    let r = check(old, new);
    let entries: Vec<_> = r
        .sections
        .iter()
        .map(|c| (c.status, c.old.is_some(), c.new, c.moved))
        .collect();
    assert_eq!(
        entries,
        [
            (Status::Added, false, Some(0), false),
            (Status::Added, false, Some(1), false),
            (Status::Unchanged, true, Some(2), false),
            (Status::Unchanged, true, Some(3), false),
            (Status::Unchanged, true, Some(4), false),
        ]
    );
}

#[test]
fn an_article_is_not_paired_with_a_division_of_its_words() {
    // Code pénal 2010 → 2026 (legalize-fr): art. 132-16-6 went, and a new `Sous-section 6`
    // takes its words for a title; the article was reported moved there and changed into it.
    let old = "Article 132-16-5\n\nLa récidive est appréciée selon les règles de la présente sous-section.\n\nArticle 132-16-6\n\nLes condamnations prononcées par les juridictions pénales d'un Etat membre de l'Union européenne sont prises en compte au titre de la récidive.\n\nArticle 132-17\n\nAucune peine ne peut être appliquée si la juridiction ne l'a expressément prononcée.\n";
    let new = "Article 132-16-5\n\nLa récidive est appréciée selon les règles de la présente sous-section.\n\nArticle 132-17\n\nAucune peine ne peut être appliquée si la juridiction ne l'a expressément prononcée.\n\n#### Sous-section 6 : Des effets des condamnations prononcées par les juridictions pénales d'un Etat membre de l'Union européenne\n\nArticle 132-23-1\n\nLes condamnations étrangères produisent les mêmes effets juridiques.\n";
    let r = check(old, new);
    assert_eq!(
        entries_not_in_place(&r),
        [
            (Status::Removed, Some("Article 132-16-6"), None, false),
            (Status::Added, None, Some("Sous-section 6"), false),
            (Status::Added, None, Some("Article 132-23-1"), false),
        ]
    );
}

#[test]
fn a_stock_clause_of_a_repealed_article_is_not_moved_to_a_new_one() {
    // Code pénal 2010 → 2026 (legalize-fr, shortened): art. 311-15, repealed, words the
    // penalty of art. 222-48 for other offences; the new art. 131-30-3 words it again. 311-15
    // was reported moved and renumbered 131-30-3 (Dice 0.55), though 222-48, paired in
    // place, is as like either of them.
    let old = "Article 131-30\n\nLa peine d'interdiction du territoire français peut être prononcée, lorsqu'elle est prévue par la loi, à l'encontre de tout étranger coupable d'un crime ou d'un délit.\n\nArticle 222-48\n\nL'interdiction du territoire français peut être prononcée dans les conditions prévues par l'article 131-30, soit à titre définitif, soit pour une durée de dix ans au plus, à l'encontre de tout étranger coupable de l'une des infractions définies aux articles 222-34 à 222-38.\n\nArticle 311-15\n\nL'interdiction du territoire français peut être prononcée dans les conditions prévues par l'article 131-30, soit à titre définitif, soit pour une durée de dix ans au plus, à l'encontre de tout étranger coupable de l'une des infractions définies aux articles 311-6 à 311-10.\n";
    let new = "Article 131-30\n\nLa peine d'interdiction du territoire français peut être prononcée, lorsqu'elle est prévue par la loi, à l'encontre de tout étranger coupable d'un crime ou d'un délit.\n\nArticle 131-30-3\n\nSans préjudice de l'article 131-30-2, l'interdiction du territoire français est prononcée par la juridiction de jugement dans les conditions prévues à l'article 131-30, soit à titre définitif, soit pour une durée de dix ans au plus, à l'encontre de tout étranger coupable de l'une des infractions définies aux articles 222-34 à 222-38.\n\nArticle 222-48\n\nL'interdiction du territoire français peut être prononcée dans les conditions prévues par l'article 131-30, soit à titre définitif, soit pour une durée de dix ans au plus, à l'encontre de tout étranger coupable de l'une des infractions définies aux articles 222-34 à 222-38.\n";
    let r = check(old, new);
    assert_eq!(
        entries_not_in_place(&r),
        [
            (Status::Added, None, Some("Article 131-30-3"), false),
            (Status::Removed, Some("Article 311-15"), None, false),
        ]
    );
}

#[test]
fn a_clause_moved_from_a_sub_number_to_a_number_of_its_own_is_moved() {
    // Dotted numbering: `1.` heads a division, `1.1` a clause. A clause moved out of part 1
    // into a schedule as its item `3.` changes level, not identity; the rule that keeps
    // articles from divisions named by a keyword had it removed and added (the redlines
    // benchmark's schedule-restart and twin-text pairs lost a move and a renumbering).
    let old = "1. SUPPLY\n\n1.1 The Seller shall deliver the Goods listed in Schedule 1 to the Buyer's premises.\n\n1.2 Delivery takes place on Business Days.\n\n2. PRICE\n\n2.1 The Price is set out in Schedule 2.\n\nSCHEDULE 1\n\nGoods\n\n1. Office chairs of the model agreed in writing.\n\n2. Desks of the model agreed in writing.\n";
    let new = "1. SUPPLY\n\n1.1 Delivery takes place on Business Days.\n\n2. PRICE\n\n2.1 The Price is set out in Schedule 2.\n\nSCHEDULE 1\n\nGoods\n\n1. Office chairs of the model agreed in writing.\n\n2. Desks of the model agreed in writing.\n\n3. The Seller shall deliver the Goods listed in Schedule 1 to the Buyer's premises.\n";
    let r = check(old, new);
    let entries = entries_not_in_place(&r);
    assert!(
        entries
            .iter()
            .any(|e| (e.1, e.2, e.3) == (Some("1.1"), Some("3."), true)),
        "{entries:?}"
    );
}

#[test]
fn an_ordinal_spelt_otherwise_is_no_renumbering() {
    // The StPO 2006 → 2021 (bundestag/gesetze): `Siebenter Abschnitt` is written `Siebter
    // Abschnitt` today, and both of its divisions so named were reported renumbered.
    let old = "### Sechster Abschnitt - Zeugen\n\n#### § 48 Ladung\n\nText eins.\n\n\
               ### Siebenter Abschnitt - Sachverständige und Augenschein\n\n#### § 72 Anwendung\n\nText zwei.\n";
    let new = old.replace("Siebenter", "Siebter");
    let r = check(old, &new);
    let seventh = r
        .sections
        .iter()
        .find(|c| c.new_label.as_deref() == Some("Siebter Abschnitt"))
        .expect("the seventh division");
    assert_eq!(seventh.old_label.as_deref(), Some("Siebenter Abschnitt"));
    assert!(!seventh.renumbered, "{seventh:?}");
    assert_eq!(r.summary.renumbered, 0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Comparing two sections' words from the last blank of the bytes their bodies start
    /// with (a shortcut) answers as comparing all their words does.
    #[test]
    fn same_words_answers_as_comparing_every_word(
        head in prop::sample::select(vec!["", "§ ", "## Article "]),
        other_head in prop::sample::select(vec!["", "§ ", "## Article "]),
        old in prop::collection::vec(
            prop::sample::select(vec!["a", "ab", "é", " ", "  ", "\n", "\u{a0}", "#", "##"]),
            0..12,
        ),
        edits in prop::collection::vec((any::<usize>(), prop::sample::select(vec!["a", " ", "\n", "#", "b"])), 0..3),
    ) {
        let mut new = old.clone();
        for (at, piece) in edits {
            let at = at % (new.len() + 1);
            if at < new.len() && piece == "b" {
                new.remove(at);
            } else {
                new.insert(at, piece);
            }
        }
        let (old, new) = (old.concat(), new.concat());
        let (a, b) = ((head, old.as_str()), (other_head, new.as_str()));
        let plain = words(a.0).chain(words(a.1)).eq(words(b.0).chain(words(b.1)));
        prop_assert_eq!(same_words(a, b), plain, "{:?} {:?}", a, b);
    }
}

#[test]
fn a_placeholder_for_items_repealed_together_is_labelled_with_both() {
    // The Code pénal's art. 221-4 in 2026 (shortened): `6° et 7° (abrogés)` stands where the
    // 6° and 7° were. It was labelled and addressed `6°`, as if a new 6° had been added.
    let old = "Article 221-4\n\nLe meurtre est puni lorsqu'il est commis :\n\n5° Sur un témoin ;\n\n6° A raison de l'appartenance de la victime à une ethnie ;\n\n7° A raison de l'orientation sexuelle de la victime ;\n\n8° Par plusieurs personnes.\n";
    let new = "Article 221-4\n\nLe meurtre est puni lorsqu'il est commis :\n\n5° Sur un témoin ;\n\n6° et 7° (abrogés)\n\n8° Par plusieurs personnes.\n";
    let r = redline(old, new);
    let kids = &r.units[0].children;
    let placeholder = kids
        .iter()
        .find(|u| u.new_line == Some(7))
        .expect("the placeholder is a unit");
    assert_eq!(placeholder.new_label.as_deref(), Some("6° et 7°"));
    assert_eq!(placeholder.address, "Article 221-4, 6° et 7°");
    // A range to ten, and an item whose words merely start with `et`, alike.
    let labels_with = |placeholder: &str| -> Vec<Option<String>> {
        let r = redline(old, &new.replace("6° et 7° (abrogés)", placeholder));
        r.units[0]
            .children
            .iter()
            .map(|u| u.new_label.clone())
            .collect()
    };
    let labels = labels_with("6° à 10° (dispositions abrogées)");
    assert!(labels.contains(&Some("6° à 10°".into())), "{labels:?}");
    let labels = labels_with("6° et surtout 7 victimes ;");
    assert!(labels.contains(&Some("6°".into())), "{labels:?}");
}

#[test]
fn greek_articles_printed_in_capitals_are_the_same_articles() {
    // The EU–Georgia Association Agreement as the Government Gazette prints it (ΦΕΚ Α΄
    // 156/2015: `ΑΡΘΡΟ 75`), against the same articles written `Άρθρο`: Greek drops the
    // accent in capitals, so they are the same articles, not renumbered ones (they read
    // `Αρθρο 75 renumbered Άρθρο 75`).
    let article = |keyword: &str, n: usize, text: &str| format!("{keyword} {n} {text}\n\n");
    let texts = [
        "Προσέγγιση της τελωνειακής νομοθεσίας Η σταδιακή προσέγγιση προς το τελωνειακό δίκαιο της Ένωσης πραγματοποιείται σύμφωνα με το παράρτημα XIII της παρούσας συμφωνίας.",
        "Στόχος, πεδίο εφαρμογής και κάλυψη Τα μέρη ορίζουν τις αναγκαίες ρυθμίσεις για τη σταδιακή αμοιβαία ελευθέρωση της εγκατάστασης.",
    ];
    let old: String = (0..2).map(|k| article("ΑΡΘΡΟ", 75 + k, texts[k])).collect();
    let new = (0..2)
        .map(|k| article("Άρθρο", 75 + k, texts[k]))
        .collect::<String>()
        .replace("σταδιακή αμοιβαία", "αμοιβαία");
    let r = check(&old, &new);
    assert_eq!(r.summary.renumbered, 0);
    // Changed: the heading words of both, and the text of 76.
    assert_eq!(
        labels(&r, Status::Changed),
        [Some("Άρθρο 75"), Some("Άρθρο 76")]
    );
    assert_eq!(r.structure.old.articles, 2);
}

#[test]
fn greek_chapters_numbered_by_letters_renumber_as_chapters() {
    // ΠΔ 1/2008 (ΦΕΚ Α΄ 1/2008) printed without Markdown: `ΚΕΦΑΛΑΙΟ Α΄`, `ΚΕΦΑΛΑΙΟ Β΄`
    // were no headings (their articles fell into the preamble's division). A chapter
    // inserted as the new Β΄ makes the old Β΄ the Γ΄, and a keraia printed as `’` is the
    // same sign: Α΄ stands.
    let art1 = "Άρθρο 1\n\nΑποστολή του Ε.Κ.Δ.Δ.Α. Αποστολή του Εθνικού Κέντρου Δημόσιας Διοίκησης και Αυτοδιοίκησης (Ε.Κ.Δ.Δ.Α.), το οποίο είναι νομικό πρόσωπο δημοσίου δικαίου.\n\n";
    let art2 = "Άρθρο 2\n\nΌργανα Διοίκησης Το Ε.Κ.Δ.Δ.Α. διοικείται από το Διοικητικό Συμβούλιο και τον Γενικό Γραμματέα του Ε.Κ.Δ.Δ.Α.\n\n";
    let art4 = "Άρθρο 4\n\nΔιεύθυνση Προγραμματισμού και Ανάπτυξης Η Διεύθυνση Προγραμματισμού και Ανάπτυξης είναι αρμόδια για τον προγραμματισμό του έργου του Κέντρου.\n\n";
    let art3a = "Άρθρο 3Α\n\nΣυμβούλιο Εκπαίδευσης Στο Ε.Κ.Δ.Δ.Α. συνιστάται Συμβούλιο Εκπαίδευσης, το οποίο γνωμοδοτεί για τα προγράμματα επιμόρφωσης.\n\n";
    let old = [
        "ΚΕΦΑΛΑΙΟ Α΄\n\n",
        art1,
        art2,
        "ΚΕΦΑΛΑΙΟ Β΄\n\nΑΡΜΟΔΙΟΤΗΤΕΣ\n\n",
        art4,
    ]
    .concat();
    let new = [
        "ΚΕΦΑΛΑΙΟ Α’\n\n",
        art1,
        art2,
        "ΚΕΦΑΛΑΙΟ Β΄\n\nΣΥΜΒΟΥΛΙΟ ΕΚΠΑΙΔΕΥΣΗΣ\n\n",
        art3a,
        "ΚΕΦΑΛΑΙΟ Γ΄\n\nΑΡΜΟΔΙΟΤΗΤΕΣ\n\n",
        art4,
    ]
    .concat();
    let r = check(&old, &new);
    assert_eq!(r.structure.old.divisions, 2);
    assert_eq!(descriptions(&r), ["Κεφάλαιο Β΄ renumbered Κεφάλαιο Γ΄"]);
    assert_eq!(
        labels(&r, Status::Added),
        [Some("Κεφάλαιο Β΄"), Some("Άρθρο 3Α")]
    );
    // The Γ΄ is the old Β΄ renumbered, its words the same; the Α΄ stands, unchanged.
    assert_eq!((r.summary.renumbered, r.summary.changed), (1, 0));
}

#[test]
fn a_law_numbered_throughout_with_an_annexed_regulation_is_not_numbered_by_chapter() {
    // The Norwegian markedsføringsloven (LOV-2009-01-09-2, as legalize-no prints it): its
    // `§ 1`–`§ 48` run through ten chapters, and the EU regulation it annexes numbers its
    // `Artikkel 1`… again under `Kapittel I`. Two chapters opening with a 1 made the whole law
    // read as numbered anew in each chapter: its sections were cited `Kapittel 2 § 6`.
    let section = |n: &str, text: &str| format!("##### § {n}\n\n{text}\n\n");
    let old = [
        "## Kapittel 1. Alminnelige bestemmelser\n\n".to_string(),
        section("1. Hva loven gjelder", "Når ikke annet er bestemt, gjelder loven kontroll med markedsføring, handelspraksis og avtalevilkår i forbrukerforhold."),
        section("2. God markedsføringsskikk mv.", "Markedsføring må ikke stride mot god markedsføringsskikk."),
        "## Kapittel 2. Handelspraksis overfor forbrukere\n\n".to_string(),
        section("6. Urimelig handelspraksis", "Urimelig handelspraksis er forbudt."),
        "## Kapittel 3. Særlige former for markedsføring mv.\n\n".to_string(),
        section("11. Krav om betaling for varer", "Det er forbudt å kreve betaling for varer som er levert uten at forbrukeren har bestilt dem."),
        "## Kapittel 4. Særlig om beskyttelse av barn\n\n".to_string(),
        section("19. Alminnelig bestemmelse", "Ved vurderingen av om en handelspraksis er urimelig, skal det tas hensyn til om den er rettet mot barn."),
        "## Europaparlaments- og rådsforordning (EU) 2017/2394\n\n#### Kapittel I Innledende bestemmelser\n\n##### Artikkel 1. Formål\n\nDenne forordning fastsetter på hvilke vilkår vedkommende myndigheter skal samarbeide.\n\n##### Artikkel 2. Virkeområde\n\nDenne forordning får anvendelse på overtredelser innenfor Unionen.\n\n#### Kapittel II Vedkommende myndigheter\n\n##### Artikkel 6. Samarbeid\n\nVedkommende myndigheter skal samarbeide.\n\n".to_string(),
    ]
    .concat();
    let new = old.replace(
        "Urimelig handelspraksis er forbudt.",
        "Urimelig handelspraksis er forbudt overfor forbrukere.",
    );
    let r = check(&old, &new);
    assert_eq!(labels(&r, Status::Changed), [Some("§ 6")]);
    assert_eq!(hunk_addresses(&r), ["§ 6"]);
}

#[test]
fn a_latin_suffix_printed_on_the_line_below_its_number_is_part_of_it() {
    // The Luxembourg Code pénal, art. 372 and 372bis (L. 7 août 2023), as legilux exported it
    // before and after 2025: the later export breaks the heading at the italic suffix. Art.
    // 372bis was read as a second `Art. 372` ("Art. 372bis renumbered Art. 372").
    let article = |heading: &str, text: &str| format!("###### {heading}\n\n{text}\n\n");
    let texts = [
        "L’atteinte à l’intégrité sexuelle, de quelque nature qu’elle soit, commise avec violence ou menace sur une personne est punie de la réclusion de cinq à dix ans.",
        "Toute atteinte à l’intégrité sexuelle, de quelque nature qu’elle soit, commise sur un mineur de moins de seize ans est punie de la réclusion de cinq à dix ans.",
        "Sera puni de la réclusion de dix à quinze ans le viol commis sur un mineur.",
    ];
    let old = [
        article("Art. 372.", texts[0]),
        article(
            "Art. 372*bis*. ([L. 7 août 2023](/eli/etat/leg/loi/2023/08/07/a520/jo))",
            texts[1],
        ),
        article("Art. 373.", texts[2]),
    ]
    .concat();
    let new = [
        article("Art. 372.", texts[0]),
        article(
            "Art. 372\n*bis*\n. (\n[L. 7 août 2023](/eli/etat/leg/loi/2023/08/07/a520/jo)\n)",
            texts[1],
        ),
        article(
            "Art. 373.",
            &texts[2].replace("dix à quinze", "quinze à vingt"),
        ),
    ]
    .concat();
    let r = check(&old, &new);
    let labels: Vec<&str> = r.new_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["Art. 372", "Art. 372bis", "Art. 373"]);
    assert_eq!(r.summary.renumbered, 0);
    assert_eq!(hunk_addresses(&r).last(), Some(&"Art. 373"));
}

#[test]
fn a_bracket_marked_as_a_heading_is_the_text_of_its_article() {
    // The Luxembourg Code pénal, art. 60, as legilux exported it before and after 2025: the
    // later export marks the bracket before an amending law's link as a heading (`##### (`),
    // and each such bracket was reported as an added division, its article as changed.
    let sentence =
        "En cas de concours de plusieurs délits, la peine la plus forte sera seule prononcée.";
    let note = "Toutefois, les peines de substitution seront prononcées cumulativement.";
    let link = "[L. 13 juin 1994](/eli/etat/leg/loi/1994/06/13/n2/jo)";
    let next = "Art. 61.\n\nLorsqu'un crime concourt avec un délit, la peine la plus forte sera seule prononcée.\n";
    let old = format!("##### Art. 60.\n\n{sentence}\n\n({link}) {note}\n\n##### {next}");
    let new = format!("Art. 60.\n\n{sentence}\n\n##### (\n{link}\n) {note}\n\n{next}");
    let r = check(&old, &new);
    assert_eq!(r.structure.new.divisions, 0);
    assert_eq!(r.summary.added, 0);
    let labels: Vec<&str> = r.new_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["Art. 60", "Art. 61"]);
}

#[test]
fn a_code_letter_written_against_its_number_is_the_same_number() {
    // The Luxembourg Code du travail, art. L. 143-1, printed `Art. L.143-1.` in one version of
    // the legilux export and `Art. L. 143-1.` in the next: thirteen articles were reported
    // renumbered to themselves.
    let text = "(1)\n\nPour faire valoir leurs droits aux conditions de travail et d’emploi garantis par le présent Titre, les détachés peuvent intenter une action en justice.\n\n";
    let old = format!("Art. L.143-1.\n\n{text}Art. L.143-2.\n\n{text}");
    let new = format!(
        "Art. L. 143-1.\n\n{text}Art. L. 143-2.\n\n{}",
        text.replace("une action", "une action judiciaire")
    );
    let r = check(&old, &new);
    assert_eq!(r.summary.renumbered, 0);
    assert_eq!(labels(&r, Status::Changed), [Some("Art. L. 143-2")]);
}

#[test]
fn a_section_heading_in_italics_is_a_heading_with_or_without_its_marks() {
    // The Luxembourg Code du travail as legilux exported it in two versions: `##### *Section
    // 2.* *Forme du contrat à durée déterminée*`, then the same line unmarked. The first was a
    // division named by its words, the second no heading: 197 divisions were "removed".
    let body = "Art. L. 122-2.\n\n(1)\n\nSans préjudice des dispositions de l’article L. 121-4, le contrat de travail conclu pour une durée déterminée doit comporter les indications ci-après:\n\n1. lorsqu’il est conclu pour une durée précise, la date d’échéance du terme;\n2. la durée de la période d’essai éventuellement prévue.\n\n";
    let section = "*Section 2.* *Forme du contrat à durée déterminée*";
    let old = format!("##### {section}\n\n###### {body}");
    let new = format!("{section}\n\n{body}");
    let r = check(&old, &new);
    assert_eq!((r.summary.added, r.summary.removed), (0, 0));
    let labels: Vec<(&str, &str)> = r
        .new_sections
        .iter()
        .map(|s| (s.label.as_str(), s.title.as_str()))
        .collect();
    assert_eq!(
        labels,
        [
            ("Section 2", "Forme du contrat à durée déterminée"),
            ("Art. L. 122-2", "")
        ]
    );
}

#[test]
fn of_two_crossing_articles_the_renumbered_one_moved() {
    // The Czech trestní zákon 140/1961 (legalize-cz): § 251a (concealing the origin of
    // proceeds) was re-enacted after § 252 as § 252a, and § 252 gained the negligent form.
    // One of the two crossing pairs is out of order; § 252, which kept its number, was the
    // one reported moved.
    let s251 = "##### § 251\n\nKdo ukryje věc, která byla získána trestným činem spáchaným jinou osobou, bude potrestán odnětím svobody až na dvě léta.\n\n";
    let s251a = |n: &str| {
        format!(
            "##### § {n}\n\n(1) Kdo jinému umožní zastřít původ nebo zjištění původu věci získané trestnou činností, bude potrestán odnětím svobody až na dvě léta nebo peněžitým trestem.\n\n(2) Odnětím svobody na jeden rok až pět let bude pachatel potrestán, spáchá-li čin uvedený v odstavci 1 jako člen organizované skupiny.\n\n"
        )
    };
    let s252 = "##### § 252\n\nKdo ukryje anebo na sebe nebo jiného převede z nedbalosti věc větší hodnoty, která byla získána trestným činem spáchaným jinou osobou, bude potrestán odnětím svobody až na šest měsíců.\n\n";
    let old = [s251, &s251a("251a"), s252].concat();
    let new = [
        s251,
        s252,
        "Stejně bude potrestán, kdo jinému z nedbalosti umožní zastřít původ věci.\n\n",
        &s251a("252a"),
    ]
    .concat();
    let r = check(&old, &new);
    let moved: Vec<(Option<&str>, Option<&str>)> = r
        .sections
        .iter()
        .filter(|c| c.moved)
        .map(|c| (c.old_label.as_deref(), c.new_label.as_deref()))
        .collect();
    assert_eq!(moved, [(Some("§ 251a"), Some("§ 252a"))]);
}

#[test]
fn irish_sections_under_numbered_markdown_headings_are_sections() {
    // The Gambling Regulation Act 2024 (No. 35 of 2024), Part 1, as legalize-ie prints it:
    // `##### 1. **Short title and commencement**`, the number again in bold where the text
    // starts, and a Schedule that quotes `Section 2`. The sections were read as paragraphs of
    // their Part (`Part 1(2)`), the Schedule's lines as the only "articles".
    let titles = [
        "Short title and commencement",
        "Interpretation",
        "Reference to providing betting activity",
        "Reference to providing game",
        "Reference to providing lottery",
        "Unenforceability of contracts: bookmakers",
        "Expenses",
        "Service of documents",
        "Regulations",
        "Repeals and revocations",
    ];
    let section = |n: usize, title: &str| {
        format!(
            "##### {n}. **{title}**\n\n**{n}.** (1) This section applies for the purposes of {title}.\n\n(2) The Minister may make regulations for the purposes of this section.\n\n"
        )
    };
    let sections: String = (1..=10).map(|n| section(n, titles[n - 1])).collect();
    let old = format!(
        "## **PART 1** **Preliminary and General**\n\n{sections}## **SCHEDULE 1** **Relevant Offence**\n\nSection 2\n\nAn offence under section 3 of the Criminal Justice (Theft and Fraud Offences) Act 2001.\n"
    );
    let new = old.replace(
        "purposes of Reference to providing betting activity",
        "purposes of Reference to providing or facilitating betting activity",
    );
    let r = check(&old, &new);
    assert_eq!(r.structure.old.articles, 10);
    assert_eq!(hunk_addresses(&r), ["s. 3(1)"]);
    let labels: Vec<&str> = r.new_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels[..4], ["Part 1", "1", "2", "3"]);
    assert_eq!(labels.last(), Some(&"Schedule 1"));
}

#[test]
fn an_irish_act_in_its_original_layout_pairs_with_its_consolidated_one() {
    // The Gas Act 1976 as legalize-ie keeps it: the original `##### 1 Short title and
    // commencement.` / `**1.**—(1) …` against the consolidated `##### 1. **Short title and
    // commencement.**` / `**1.** (1) …`, with a treaty-like Schedule numbering `Article 1`…
    // (the Diplomatic Relations and Immunities Act 1967 schedules the Vienna Convention).
    // Either layout alone had its sections; together, the keyword articles of the Schedule
    // made every section of one version "removed".
    let titles = [
        "Short title and commencement.",
        "Interpretation.",
        "Establishment day.",
        "Regulations.",
        "Service of notices, etc.",
        "Expenses.",
        "Establishment of Bord Gáis Éireann.",
        "General duty of Board.",
        "Powers of Board.",
        "Conferral of additional functions on Board.",
    ];
    let schedule = "## FIRST SCHEDULE VIENNA CONVENTION ON DIPLOMATIC RELATIONS\n\nArticle 1\n\nFor the purpose of the present Convention, the following expressions shall have the meanings hereunder assigned to them.\n\nArticle 2\n\nThe establishment of diplomatic relations between States takes place by mutual consent.\n";
    let original: String = titles
        .iter()
        .enumerate()
        .map(|(k, t)| format!("##### {} {t}\n\n**{}.**—(1) The provisions on {t}\n\n(2) The Minister may by order provide for {t}\n\n", k + 1, k + 1))
        .collect();
    let consolidated: String = titles
        .iter()
        .enumerate()
        .map(|(k, t)| format!("##### {}. **{t}**\n\n**{}.** (1) The provisions on {t}\n\n(2) The Minister may by order provide for {t}\n\n", k + 1, k + 1))
        .collect::<String>()
        .replace("(2) The Minister may by order provide for Expenses.", "(2) The Minister for Finance may by order provide for Expenses.");
    let old = format!("## PART I Preliminary and General\n\n{original}{schedule}");
    let new = format!("## PART I Preliminary and General\n\n{consolidated}{schedule}");
    let r = check(&old, &new);
    assert_eq!(
        (r.structure.old.articles, r.structure.new.articles),
        (10, 10)
    );
    assert_eq!((r.summary.added, r.summary.removed), (0, 0));
    assert!(
        hunk_addresses(&r).contains(&"s. 6(2)"),
        "{:?}",
        hunk_addresses(&r)
    );
}

#[test]
fn an_irish_act_in_its_original_layout_alone_is_read_as_beside_its_consolidation() {
    // The amending instructions read the old text alone, and must split it as the redline
    // split it beside the new one, or they restate the whole Act ("Omit the preamble … At the
    // beginning insert—": 23 of 40 original/consolidated pairs of legalize-ie). The original
    // layout `##### 1 Short title.` alone was read as bare numbers, beside `##### 1. **Short
    // title.**` as numbered Markdown headings; both are now numbered Markdown headings.
    let old: String = [
        "Short title and commencement.",
        "Interpretation.",
        "Establishment day.",
        "Regulations.",
    ]
    .iter()
    .enumerate()
    .map(|(k, t)| format!("##### {} {t}\n\n**{}.**—(1) The provisions on {t}\n\n(2) The Minister may by order provide for {t}\n\n", k + 1, k + 1))
    .collect();
    let r = check(&old, &old);
    assert_eq!(
        r.structure.articles_marked_by,
        "numbered Markdown headings (##### 1. Title)"
    );
    assert_eq!(r.structure.old.articles, 4);
}

#[test]
fn an_irish_consolidated_section_opens_its_subsection_one_after_its_number_again() {
    // The Gas Act 1976 as consolidated on legalize-ie: `2. — F1[(1)] In this Act—`, the
    // section's number printed again, an amendment's mark, then subsection (1), and `(2)This
    // …` glued to its sentence. The definitions under (1) were cited `s. 2(2)`, the number line
    // was an item `1.`, and `(2)This` no subsection.
    let titles = [
        "Short title and commencement.",
        "Interpretation.",
        "Establishment day.",
    ];
    let texts = [
        "1. — (1)This Act may be cited as the Gas Act, 1976.\n\n(2)This Act shall come into force on the establishment day.\n\n",
        "2. — F1[(1)] In this Act—\n\n“the Board” means the body established by section 7;\n\n(2)A reference to the Board includes its successors.\n\n",
        "3. — The Minister shall by order appoint the establishment day.\n\n",
    ];
    let old: String = (0..3)
        .map(|k| format!("##### {}. **{}**\n\n{}", k + 1, titles[k], texts[k]))
        .collect();
    let new = old.replace(
        "established by section 7",
        "established by section 7 of this Act",
    );
    let r = check(&old, &new);
    assert_eq!(hunk_addresses(&r), ["s. 2(1)"]);
    let units: Vec<String> = r.units[0]
        .children
        .iter()
        .map(|u| u.address.clone())
        .collect();
    assert_eq!(units, ["s. 1(1)", "s. 1(2)"]);
}

#[test]
fn an_irish_section_inserted_by_amendment_keeps_its_title_without_the_mark() {
    // The Gas Act 1976 as consolidated on legalize-ie: `##### 7A. **F20[Definitions.**`, a
    // section inserted by an amending Act, its title opened by the amendment's mark.
    let sections = (1..=3)
        .map(|n| format!("##### {n}. **Expenses {n}.**\n\n{n}. — (1) The expenses under section {n} shall be paid.\n\n"))
        .collect::<String>();
    let inserted = "##### 3A. **F20[Definitions.**\n\n3A. — In this section “capital stock” means stock created under section 7B.]\n\n";
    let old = sections.clone();
    let new = [sections.as_str(), inserted].concat();
    let r = check(&old, &new);
    let added: Vec<(&str, &str)> = r
        .new_sections
        .iter()
        .filter(|s| s.label == "3A")
        .map(|s| (s.label.as_str(), s.title.as_str()))
        .collect();
    assert_eq!(added, [("3A", "Definitions.")]);
}

#[test]
fn lines_marked_as_headings_in_one_version_only_are_read_as_the_old_text_reads_them() {
    // The Luxembourg Code pénal, arts. 58 to 60, as legilux exported it in 2024 and 2025: the
    // later export marks the last sentence of art. 58 as a heading (`##### Tout individu …`)
    // and leaves the section title `##### Du concours d'infractions` unmarked. Read as marked,
    // the sentence was an added division and the title a removed one (42 and 18 on the whole
    // code), though no word changed.
    let sentence =
        "Tout individu convaincu de plusieurs contraventions encourra la peine de chacune d'elles.";
    let title = "Du concours d'infractions";
    let art59 = "Art. 59.\n\nEn cas de concours d'un ou de plusieurs délits avec une ou plusieurs contraventions, toutes les amendes seront cumulées.\n\n";
    let art60 = "Art. 60.\n\nEn cas de concours de plusieurs délits, la peine la plus forte sera seule prononcée.\n";
    let old = format!(
        "##### Art. 58.\n\nLes peines de police sont cumulées.\n\n{sentence}\n\n##### {title}\n\n##### {art59}##### {art60}"
    );
    let new = format!(
        "Art. 58.\n\nLes peines de police sont cumulées.\n\n##### {sentence}\n\n{title}\n\n{art59}{art60}"
    );
    let r = check(&old, &new);
    assert_eq!((r.summary.added, r.summary.removed), (0, 0));
    let labels: Vec<&str> = r.new_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["Art. 58", title, "Art. 59", "Art. 60"]);
}

#[test]
fn a_line_broken_after_words_marked_as_a_heading_is_text_of_the_old_line() {
    // The Luxembourg Code pénal, art. 391bis, 2025: one line of the 2024 text broken before
    // its link, the first part marked as a heading.
    let words = "Pour l'application du présent article, sont assimilées aux condamnations au paiement d'aliments les stipulations prévues par l'article 230 du";
    let link = "[Code civil](/eli/etat/leg/code/civil)";
    let next = "##### Art. 392.\n\nSera puni d'une amende de 251 euros à 2.000 euros celui qui aura abandonné un enfant.\n";
    // And words short of a sentence: the Code de la consommation, 2024, `##### L’alinéa 1` with
    // `<sup>er</sup>` on the line below.
    let short = "ne s’applique pas aux fournisseurs de moteurs de recherche en ligne.";
    let old = format!(
        "##### Art. 391bis.\n\nL'abandon de famille est puni.\n\n{words} {link}.\n\nL’alinéa 1<sup>er</sup> {short}\n\n{next}"
    );
    let new = format!(
        "##### Art. 391bis.\n\nL'abandon de famille est puni.\n\n###### {words}\n{link}\n.\n\n##### L’alinéa 1\n<sup>er</sup>\n{short}\n\n{next}"
    );
    let r = check(&old, &new);
    assert_eq!((r.summary.added, r.summary.removed), (0, 0));
    assert_eq!(r.structure.new.divisions, 0);
}

#[test]
fn a_sentence_broken_at_a_superscript_or_a_link_is_no_heading_in_either_text() {
    // The legilux Code du travail of 2023 breaks lines at `<sup>` and links and marks some of
    // the first parts as headings; the 2024 export joins them. The old text's headings were
    // reported as 34 divisions removed where no word changed.
    let art = "##### Art. L. 141-1.\n\n(1)\n\n";
    let next = "\n\n##### Art. L. 141-2.\n\nLe ministre statue.\n";
    let parts = [
        (
            "Par exception à l’article 1",
            "<sup>er</sup>",
            "de la loi, le postulant doit obtenir une autorisation.",
        ),
        (
            "Toutefois, les documents visés à l’alinéa 1<sup>er</sup>",
            "ne sont pas",
            "obligatoires en cas de modification.",
        ),
        (
            "Sans préjudice des dispositions de l’article 309 du",
            "[Code pénal](/eli/etat/leg/code/penal)",
            ", le salarié est puni.",
        ),
        (
            "Les arrêts sont susceptibles d’un recours conformément à l’article 455",
            "[Code de la sécurité sociale](/eli/etat/leg/code/securite_sociale).",
            "Un règlement adapte la procédure.",
        ),
    ];
    let old: String = parts
        .iter()
        .map(|(a, b, c)| format!("{art}###### {a}\n{b}\n{c}{next}"))
        .collect();
    let new: String = parts
        .iter()
        .map(|(a, b, c)| format!("{art}{a} {b} {c}{next}"))
        .collect();
    let r = check(&old, &new);
    assert_eq!(r.structure.old.divisions, 0);
    assert_eq!((r.summary.added, r.summary.removed), (0, 0));
    // A title above a link stays a heading.
    let annex = "## Dispositions finales\n[Tableau](/eli/etat/leg/annexe.pdf)\n\nTexte.\n";
    assert_eq!(check(annex, annex).structure.old.divisions, 1);
}

#[test]
fn the_raised_ordinal_of_article_1_on_its_own_line_is_part_of_its_number() {
    // The legilux Nouveau Code de procédure civile, 2024 → 2025: `###### Art. 1<sup>er</sup>.`
    // printed on three lines; the article was reported removed (read as a division) and an
    // `Art. 1` added.
    let body = "\n\nEn matière civile, le juge de paix connaît de toutes les affaires.\n\n###### Art. 2.\n\nIl statue.\n";
    let old =
        format!("##### Chapitre I<sup>er</sup>\n. Compétence\n\n###### Art. 1<sup>er</sup>.{body}");
    let new = format!(
        "##### Chapitre I\n<sup>er</sup>\n. Compétence\n\n###### Art. 1\n<sup>er</sup>\n.{body}"
    );
    let r = check(&old, &new);
    assert_eq!((r.summary.added, r.summary.removed), (0, 0));
    assert_eq!(r.summary.renumbered, 0);
    let labels = |s: &[super::Section]| s.iter().map(|s| s.label.clone()).collect::<Vec<_>>();
    assert_eq!(
        labels(&r.old_sections),
        ["Chapitre Ier", "Art. 1er", "Art. 2"]
    );
    assert_eq!(labels(&r.new_sections), labels(&r.old_sections));
}

#[test]
fn a_section_whose_text_the_other_holds_whole_keeps_its_number() {
    // The Czech občanský zákoník 40/1964, 1994 → 1995: a new § 879b inserted between the last
    // article and the signatures and footnotes, which the old § 879a's section held; the old
    // § 879a was reported renumbered § 879b and the unchanged § 879a added.
    let own = "##### § 879a\n\nPodrobnější předpisy k provedení občanského zákoníku vydají příslušná ministerstva a ostatní ústřední orgány.\n\n";
    let tail: String = ["**Novotný v. r.**", "**Fierlinger v. r.**", "**Lenárt v. r.**"]
        .iter()
        .map(|s| format!("{s}\n\n"))
        .chain((1..=8).map(|k| {
            format!("^{k}) Zákon č. {k}65/1992 Sb., o zápisech vlastnických a jiných věcných práv k nemovitostem.\n\n")
        }))
        .collect();
    let old = format!("{own}{tail}");
    let new = format!(
        "{own}### HLAVA SEDMÁ\n\n##### § 879b\n\n(1) Smlouvy o nájmu bytů uzavřené platně i v jiné než písemné formě jsou platné i nadále.\n\n{tail}"
    );
    let r = check(&old, &new);
    assert_eq!(r.summary.renumbered, 0);
    let added: Vec<&str> = r
        .sections
        .iter()
        .filter(|s| s.status == Status::Added)
        .filter_map(|s| s.new.map(|j| r.new_sections[j].label.as_str()))
        .collect();
    assert_eq!(added, ["HLAVA SEDMÁ", "§ 879b"]);
}

#[test]
fn a_division_numbered_alike_in_other_numerals_is_not_renumbered() {
    // legilux's Code pénal, 2016 → 2017: `Chapitre 1er` became `Chapitre Ier`, `Titre premier`
    // `Titre Ier`; both were reported renumbered.
    let body = "\n\n##### Art. 1er.\n\nLes infractions sont punies.\n\n##### Chapitre II\n\n##### Art. 2.\n\nLa peine est fixée.\n";
    let r = check(
        &format!("#### Titre premier\n\n#### Chapitre 1er{body}"),
        &format!("#### Titre Ier\n\n#### Chapitre Ier{body}"),
    );
    assert_eq!(r.summary.renumbered, 0);
    assert_eq!((r.summary.added, r.summary.removed), (0, 0));
    // A number of another value, or with another letter, is another number.
    let r = check(
        &format!("#### Chapitre 2{body}"),
        &format!("#### Chapitre 2a{body}"),
    );
    assert_eq!(r.summary.renumbered, 1);
}

#[test]
fn both_versions_decide_together_whether_plain_article_lines_are_sentences() {
    // The Code de la consommation, 2020 → 2021: the new version marks more articles as
    // Markdown headings, which tipped its own count, and the plain lines of its sanctions
    // catalogue, articles in the old version, became text: 15 articles reported removed.
    let arts = |n: u32| -> String {
        (1..=n)
            .map(|k| {
                format!("##### Art. L. {k}.\n\nLe professionnel informe le consommateur ({k}).\n\n")
            })
            .collect()
    };
    let catalogue = "**Catalogue des avertissements taxés**\n\nArt. L. 112-2 (1)\n\nLes prix ne sont pas indiqués.\n\n250 €\n\nArt. L. 112-3\n\nLe prix n’est pas affiché.\n\n250 €\n";
    let (old, new) = (
        format!("{}{catalogue}", arts(19)),
        format!("{}{catalogue}", arts(40)),
    );
    let r = check(&old, &new);
    assert_eq!(r.summary.removed, 0);
    assert_eq!(
        (r.structure.old.articles, r.structure.new.articles),
        (19 + 2, 40 + 2)
    );
    // An annex of plain articles added (an agreement the law ratifies): each version is read
    // alone, and the annex's articles are articles added, under the annex's heading (a
    // division of capitals in bold over an article).
    let annex: String = (1..=6)
        .map(|k| format!("Article {k}\n\nLes parties coopèrent ({k}).\n\n"))
        .collect();
    let (old, new) = (arts(100), format!("{}**ANNEXE**\n\n{annex}", arts(100)));
    let r = check(&old, &new);
    assert_eq!(r.structure.new.articles, 106);
    assert_eq!(r.structure.new.divisions, 1);
    assert_eq!(r.summary.added, 7);
}

#[test]
fn a_heading_of_words_over_a_list_of_clauses_in_lower_case_is_a_sentence() {
    // The Luxembourg Code pénal of 2023, art. 328: the sentence that opens the list was a
    // division added, and took the article's list with it.
    let art =
        "###### Art. 328.\n\nQuiconque aura diffusé des substances dangereuses sera puni.\n\n";
    let list = "1. d’un député ou d’un magistrat;\n2. d’un agent dépositaire de l’autorité publique.\n\n###### Art. 329.\n\nLa peine est doublée.\n";
    let old = format!("{art}{list}");
    let new = format!("{art}###### Lorsque les faits sont commis à l’égard\n\n{list}");
    let r = check(&old, &new);
    assert_eq!(r.structure.new.divisions, 0);
    assert_eq!((r.summary.added, r.summary.changed), (0, 1));
    // With the first item marked as a heading too (the Code du travail of 2024).
    let marked = format!("{art}##### Il en est de même du salarié\n\n###### {list}");
    assert_eq!(check(&marked, &marked).structure.old.divisions, 0);
    // A unit marked below a title is no item (an Estonian part, `1. osa`).
    let part = "### Karistusseadustik\n\n## 1. osa ÜLDSÄTTED\n\n##### § 1. Kohaldamisala\n\nSeadus kehtib.\n";
    assert_eq!(check(part, part).structure.old.divisions, 2);
    // A title over a list of capitalised entries stays a title.
    let titled = "## Définitions\n\n1. Consommateur: toute personne physique.\n";
    assert_eq!(check(titled, titled).structure.old.divisions, 1);
}

#[test]
fn a_heading_of_words_between_two_paragraphs_of_an_article_is_a_sentence() {
    // The Code de la consommation of 2025 (art. L. 521-2, new): a sentence between the
    // article's paragraphs (1) and (2), marked as a heading, was a division added, and cut
    // paragraph (2) off from its article.
    let old = "###### Art. L. 521-2.\n\n(1)\n\nLe tribunal statue par un seul jugement.\n\n(2)\n\nLe jugement est notifié.\n\n###### Art. L. 521-3.\n\nLe greffe informe les parties.\n";
    let new = "###### Art. L. 521-2.\n\n(1)\n\nLe tribunal statue par un seul jugement.\n\n##### Le tribunal statue sur la recevabilité de l’action.\n\n(2)\n\nLe jugement est notifié.\n\n###### Art. L. 521-3.\n\nLe greffe informe les parties.\n";
    let r = check(old, new);
    assert_eq!(r.structure.new.divisions, 0);
    assert_eq!((r.summary.added, r.summary.changed), (0, 1));
    assert_eq!(r.structure.new.paragraphs, 2);
    // Between two articles, a heading of words is a division.
    let between_articles = "###### Art. L. 521-2.\n\n(1)\n\nLe tribunal statue.\n\n#### Dispositions communes\n\n###### Art. L. 521-3.\n\n(1)\n\nLe greffe informe les parties.\n";
    assert_eq!(
        check(between_articles, between_articles)
            .structure
            .old
            .divisions,
        1
    );
    // Nor between two sections of an Irish Act, numbered `8.`, `9.` as a list is.
    let irish = "##### 8. **Supply of immovable goods.**\n\n**8**.—(1) A person supplies goods.\n\n### Chapter\n\n##### 9. **Intra-Community acquisitions.**\n\n**9**.—(1) Where a person acquires goods.\n";
    assert_eq!(check(irish, irish).structure.old.divisions, 1);
}

#[test]
fn a_new_heading_of_words_is_a_division_where_the_old_text_marks_no_heading() {
    // The Code électoral as Légifrance exported it in 2000 (every line plain, `Annexes` a line
    // of text) and in 2026 (`## Annexes`): the old text marks nothing, so its plain line does
    // not make the new heading text.
    let art = |n: u32| {
        format!(
            "Article R{n}\n\nLes dispositions de l'article R. {n}0 sont applicables à l'élection des conseillers.\n\n"
        )
    };
    let old = format!(
        "{}{}Annexes\n\nTableau des circonscriptions\n",
        art(199),
        art(200)
    );
    let new = format!(
        "##### {}##### {}## Annexes\n\n### Tableau des circonscriptions\n",
        art(199),
        art(200)
    );
    let r = check(&old, &new);
    let added: Vec<&str> = r
        .new_sections
        .iter()
        .filter(|s| s.kind == HeadingKind::Division)
        .map(|s| s.label.as_str())
        .collect();
    assert_eq!(added, ["Annexes", "Tableau des circonscriptions"]);
}

#[test]
fn wrapped_citations_of_chapters_and_sections_head_nothing() {
    // The Swedish Brottsbalk's plain text wraps its lines wherever they fill, and its citations
    // (`23 kap.`, `28 kap. 3 §`) start lines as often as its headings do. Each was a chapter or
    // a section: the changes after `34 kap. 4 §, …` were reported in "34 kap." and a section
    // was cut in two at `5 §. Lag …`.
    let text = |word: &str| {
        format!(
            "1 kap. Om brott\n\n\
             1 § Brott är en gärning som är beskriven i denna balk och för vilken straff\n\
             föreskrivs. För förberedelse döms det också till ansvar enligt\n\
             23 kap. Detsamma gäller för försök till sådant brott.\n\n\
             2 § Om förverkande av egendom gäller vad som föreskrivs i\n\
             6 kap. 1, 2,\n\
             4-6 §§ och om inskränkning framgår dock av 20 kap.\n\
             5 §. Lag (2017:442).\n\n\
             2 kap. Om påföljder\n\n\
             1 § Har en skyddstillsyn förenats med fängelse enligt 28 kap.\n\
             3 §, ska fängelsepåföljden anses som verkställd enligt\n\
             34 kap. 4 §, förverkande av villkorligt medgiven frihet eller\n\
             bestämmelserna i 1-\n\
             4 §§ på motsvarande sätt.\n\n\
             2 § Påföljden bestäms efter {word} brottets straffvärde.\n"
        )
    };
    let r = check(&text("det"), &text("hela"));
    assert_eq!(
        (r.structure.old.divisions, r.structure.old.articles),
        (2, 4),
        "{:?}",
        r.old_sections.iter().map(|s| &s.label).collect::<Vec<_>>()
    );
    assert_eq!(labels(&r, Status::Changed), [Some("2 kap. 2 §")]);
}

#[test]
fn a_change_in_an_editors_note_is_cited_as_the_note() {
    // The pasient- og brukerrettighetsloven as the Norwegian official Markdown edition prints
    // it: the amendment notes follow each section as quotations. A new in-force date in a
    // note was cited `§ 1-1 annet ledd`, as if the second ledd had changed.
    let old = "### § 1-1.Formål\n\n\
               Lovens formål er å bidra til å sikre befolkningen lik tilgang på tjenester.\n\n\
               Lovens bestemmelser skal bidra til å fremme tillitsforholdet mellom pasient og bruker.\n\n\
               > Endret ved lov 24 juni 2011 nr. 30 (i kraft fra den tid Kongen bestemmer).\n\n\
               ### § 1-2.Virkeområde\n\n\
               Loven gjelder for alle som oppholder seg i riket.\n\n\
               Kongen kan i forskrift gjøre unntak fra lovens kapittel 2.\n\n\
               ### § 1-3.Definisjoner\n\n\
               I denne lov menes med pasient en person som henvender seg til helsetjenesten.\n";
    let new = old
        .replace("fra den tid Kongen bestemmer", "1 jan 2012")
        .replace("kapittel 2.", "kapittel 2 og 3.");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "no");
    assert_eq!(hunk_addresses(&r), ["§ 1-1, note", "§ 1-2 annet ledd"]);
    let units = addresses(&r.units);
    assert!(
        units.contains(&(Status::Changed, "§ 1-1, note".to_string())),
        "{units:?}"
    );
    assert!(
        units.contains(&(Status::Unchanged, "§ 1-1 annet ledd".to_string())),
        "{units:?}"
    );
}

#[test]
fn a_swedish_repeal_note_heads_its_section() {
    // `7 § har upphävts genom lag (1988:942).`: a title in lower case, which outside Markdown
    // marks a wrapped sentence, except for the note a repealed section keeps. Read as text,
    // the 19 repealed sections of the Brottsbalk were parts of the sections before them.
    let old = "1 kap. Om brott\n\n6 § Brott är en gärning.\n\n\
               7 § har upphävts genom lag (1988:942).\n\n\
               8 § har upphört att gälla enligt lag (1975:667).\n\n9 § Annat.\n";
    let new = "1 kap. Om brott\n\n6 § Brott är en gärning.\n\n\
               7 § Den som begår brott döms.\n\n\
               8 § har upphört att gälla enligt lag (1975:667).\n\n9 § Annat.\n";
    let r = check(old, new);
    assert_eq!(r.structure.old.articles, 4);
    assert_eq!(labels(&r, Status::Changed), [Some("7 §")]);
}

#[test]
fn a_citation_starting_a_wrapped_or_indented_line_is_no_article() {
    // The Hungarian Btk's plain text starts its articles at the margin and indents the lines
    // that go on: `197. § (2)–(4) bekezdés, …` (a list of cited offences, 25 blanks in) and
    // `352/B. §), valamint …` were articles `197. §` and `352/B. §`.
    let mut old = String::new();
    for k in 1..=24 {
        old.push_str(&format!("{k}. §      (1)  Az elkövető büntetendő.\n\n"));
        if k == 5 {
            old.push_str(
                "                    a) a hadviselés szabályai [160. § (2) bekezdés,\n\
                 \x20                        197. § (2)–(4) bekezdés, 322. § (2) bekezdés]\n\
                 \x20                   miatt szabtak ki.\n\n",
            );
        }
        if k == 9 {
            old.push_str("(2) Ha a bűncselekményt tiltott határátlépés (\n352/B. §), valamint a határzár megrongálása.\n\n");
        }
    }
    let new = old.replace("24. §      (1)  Az elkövető", "24. §      (1)  A tettes");
    let r = check(&old, &new);
    assert_eq!(r.structure.old.articles, 24);
    assert_eq!(r.summary.changed, 1);
}

#[test]
fn a_footnote_call_is_no_part_of_a_heading() {
    // Liechtenstein's consolidated PGR numbers its footnotes through the code: a note added
    // before `###### Offenlegung[^2057]` made it `Offenlegung[^2095]`, and the division was
    // reported removed and added; labels read `Art. 8 [^20]`.
    let text = |n: u32| {
        format!(
            "##### Art. 7\n\n1) Die Kassen führen eine Rechnung.[^{}]\n\n\
             ###### Offenlegung[^{}]\n\n##### Art. 8 [^{}]\n\n1) Aufgehoben\n",
            n,
            n + 1,
            n + 2
        )
    };
    let r = check(&text(17), &text(19));
    assert_eq!((r.summary.added, r.summary.removed), (0, 0));
    let labels: Vec<&str> = r.new_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["Art. 7", "Offenlegung", "Art. 8"]);
    assert!(r.new_sections.iter().all(|s| s.title.is_empty()));
}

#[test]
fn a_footnote_call_glued_to_an_articles_number_leaves_it_an_article() {
    // Liechtenstein's Gasmarktgesetz (LGBl. 2003 Nr. 218) printed `##### Art. 2 [^3]` in one
    // version and `##### Art. 2[^3]` in the next: 33 of its 48 articles became divisions of
    // words, reported removed and added.
    let old = "### I. Allgemeine Bestimmungen\n\n##### Art. 1\n\nDieses Gesetz regelt den Erdgasmarkt.\n\n\
               ##### Art. 2 [^3]\n\nEs gilt für alle Netze.\n\n##### Art. 2a [^13]\n\nAufgehoben\n";
    let new = old
        .replace(" [^", "[^")
        .replace("alle Netze", "alle Erdgasnetze");
    let r = check(old, &new);
    let articles: Vec<&str> = r
        .new_sections
        .iter()
        .filter(|s| s.kind == HeadingKind::Article)
        .map(|s| s.label.as_str())
        .collect();
    assert_eq!(articles, ["Art. 1", "Art. 2", "Art. 2a"]);
    assert_eq!((r.summary.added, r.summary.removed), (0, 0));
}

#[test]
fn blanks_that_split_a_word_are_shown() {
    // The Luxembourg Code pénal's art. 22 read `… jugée.Ce délai …` in 2021 and `… jugée.`, 44
    // blanks, `Ce délai …` in 2023: a section changed (its words differ) with nothing shown.
    // Blanks that only rewrap the words stay hidden.
    let old = "Art. 1.\n\nLe délai court du jour où la décision est passée en force de chose jugée.Ce délai est de trois ans.\n\nArt. 2.\n\nLe juge statue sur la demande du condamné.\n";
    let new = old
        .replace("jugée.Ce", &format!("jugée.{}Ce", " ".repeat(44)))
        .replace("statue sur", "statue\nsur");
    let r = check(old, &new);
    let shown: Vec<(String, Vec<&str>)> = r
        .sections
        .iter()
        .filter(|c| !c.hunks.is_empty())
        .map(|c| {
            (
                c.new_label.clone().unwrap_or_default(),
                fragments(c, FragmentKind::Added),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [("Art. 1".to_string(), vec![" ".repeat(44).as_str()])]
    );
}

#[test]
fn italian_unnumbered_commi_are_cited_by_their_place() {
    // The Constitution leaves its commi unnumbered; its art. 57 gained two in 2016, and each
    // change was located at `Art. 57` alone.
    let old = "Art. 56.\n\nLa Camera dei deputati è eletta a suffragio universale.\n\n\
               Art. 57.\n\nIl Senato è eletto a base regionale.\n\n\
               Il numero dei senatori elettivi è di trecentoquindici.\n\n\
               Nessuna Regione può avere un numero di senatori inferiore a sette.\n\n\
               Art. 58.\n\n1. I senatori sono eletti dagli elettori.\n\n2. Sono eleggibili gli elettori.\n";
    let new = old.replace("di trecentoquindici", "di cento").replace(
        "2. Sono eleggibili gli elettori",
        "2. Sono eleggibili i cittadini",
    );
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["Art. 57, comma 2", "Art. 58, comma 2"]);
}

#[test]
fn an_inserted_unit_numbered_on_from_another_keeps_its_whole_number() {
    // The legilux Code pénal of 2023: `Art. 509-5`, blanks and `*bis.*`, and `Chapitre
    // VII-1.` were read as a second `Art. 509-5` and a second `Chapitre VII`, both "added"
    // beside the units they follow.
    let old = "#### **Chapitre VII.** **Des atteintes**\n\n###### Art. 509-5.\n\nTexte.\n\n\
               #### **Chapitre VIII.** **Des vols**\n\n###### Art. 510.\n\nTexte.\n";
    let new = old
        .replace(
            "#### **Chapitre VIII.**",
            "#### **Chapitre VII-1.** **Des mariages forcés**\n\n###### Art. 510-1.\n\nAutre.\n\n#### **Chapitre VIII.**",
        )
        .replace(
            "Texte.\n\n#### **Chapitre VII-1.**",
            &format!("Texte.\n\n###### Art. 509-5{}*bis.*\n\nNouveau.\n\n#### **Chapitre VII-1.**", " ".repeat(36)),
        );
    let r = check(old, &new);
    assert_eq!(
        labels(&r, Status::Added),
        [
            Some("Art. 509-5bis"),
            Some("Chapitre VII-1"),
            Some("Art. 510-1")
        ]
    );
    assert_eq!(r.summary.changed, 0);
}

#[test]
fn a_number_after_a_section_sign_at_the_end_of_the_line_above_is_no_item() {
    // The StGB's § 63 wraps `(§` / `20) oder der verminderten Schuldfähigkeit (§ 21)`: `20)`
    // was an item of the article, and its change was located at `§ 63, 20)`.
    let text = |word: &str| {
        format!(
            "###### § 63 Unterbringung\n\nHat jemand eine Tat im Zustand der Schuldunfähigkeit (§\n\
             20) oder der verminderten Schuldfähigkeit (§ 21) begangen, so ordnet das Gericht\n\
             die Unterbringung {word} an.\n\n###### § 64 Entziehungsanstalt\n\nText.\n"
        )
    };
    let r = check(&text("in einem Krankenhaus"), &text("in einer Klinik"));
    assert_eq!(r.structure.old.items, 0);
    assert_eq!(hunk_addresses(&r), ["§ 63"]);
}

#[test]
fn the_wrapped_first_sentence_of_a_section_is_no_title() {
    // The Brottsbalk starts each section's text on its heading's line and wraps it: `3 § Med
    // påföljd för brott förstås i denna balk straffen böter` was the title of 3 §, printed
    // with every change of it. A title stands alone on its line; in Swedish, above the section
    // (`Krav på åtalsförordnande` / `2 § Åtal för brott …`): a section's one-line text (`4 §
    // Fängelse är ett svårare straff.`) is its first stycke, no title.
    let old = "1 kap. Om brott\n\n3 § Med påföljd för brott förstås i denna balk straffen böter\n\
               och fängelse samt villkorlig dom.\n\n4 § Fängelse är ett svårare straff.\n";
    let new = old.replace("villkorlig dom", "villkorlig dom och skyddstillsyn");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "sv");
    let titles: Vec<&str> = r.new_sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Om brott", "", ""]);
}

#[test]
fn paragraphs_over_items_nest_as_the_text_writes_them_past_other_markers() {
    // Liechtenstein's KVV numbers its Absätze `1)` over items `a)`, and prints `I.` divisions
    // elsewhere: in the German order `I.` stands between `a)` and `1)`, which kept the texts'
    // own nesting from lifting `1)` above `a)`; `3)` was read as part of item d
    // (`Art. 7 Buchst. d, 3)`).
    let text = |word: &str| {
        format!(
            "##### Art. 6\n\nI. Allgemeines\n\nText.\n\nII. Besonderes\n\nText.\n\n\
             ##### Art. 7\n\n1) Die Kassen führen eine Rechnung für:\n\n\
             - a) die Krankenpflegeversicherung;\n\n- b) Aufgehoben\n\n\
             - c) die Krankengeldversicherung;\n\n- d) die freiwilligen Versicherungen.\n\n\
             2) Kassen richten ihr Rechnungswesen ein.\n\n\
             3) Die Kassen weisen die {word} aus.\n\n\
             ##### Art. 8\n\n1) Die Kassen melden:\n\n- a) die Zahl;\n\n- b) die Kosten.\n\n\
             2) Das Amt prüft.\n"
        )
    };
    let r = check(&text("Ergebnisse"), &text("Betriebsergebnisse"));
    // At the top of their articles, and in a style that lists no `1)`, they are its Absätze.
    assert_eq!(hunk_addresses(&r), ["Art. 7 Abs. 3"]);
    let units = addresses(&r.units);
    assert!(
        units.iter().any(|(_, a)| a == "Art. 8 Abs. 1 Buchst. b"),
        "{units:?}"
    );
    // Under a paragraph `(2)`, a German `66b)` (a citation wrapped to the line's start) keeps
    // its own form.
    let stgb = |word: &str| {
        format!(
            "###### § 66c Ausgestaltung

(1) Die Unterbringung erfolgt in Einrichtungen.

             (2) Hat das Gericht die Unterbringung vorbehalten (§ 66a Absatz 3, § 66b
             66b) oder angeordnet, so ist dem Täter {word} anzubieten.
"
        )
    };
    let r = check(&stgb("eine Betreuung"), &stgb("eine Behandlung"));
    assert!(
        hunk_addresses(&r).iter().all(|a| !a.contains("Abs. 66b")),
        "{:?}",
        hunk_addresses(&r)
    );
}

#[test]
fn a_roman_division_that_opens_a_list_in_lower_case_is_a_division() {
    // § 155 of the GVG divides itself into `I.  in bürgerlichen Rechtsstreitigkeiten:` and
    // `II. in Strafsachen:`, each over its own items: read as wrapped sentences (a title in
    // lower case), a change in the second list was located at `§ 155` alone.
    let text = |word: &str| {
        format!(
            "### § 155\n\nDer Gerichtsvollzieher ist ausgeschlossen:\n\n\
             I.  in bürgerlichen Rechtsstreitigkeiten:\n\n    1.  wenn er selbst Partei ist;\n\n\
             \x20   2.  wenn sein Ehegatte Partei ist;\n\n\
             II. in Strafsachen:\n\n    1.  wenn er selbst verletzt ist;\n\n\
             \x20   2.  wenn er der {word} des Beschuldigten ist.\n\n### § 156\n\nText.\n"
        )
    };
    let r = check(&text("Ehegatte"), &text("Lebenspartner"));
    let addresses = hunk_addresses(&r);
    assert_eq!(addresses.len(), 1);
    assert!(addresses[0].starts_with("§ 155, II"), "{addresses:?}");
}

#[test]
fn divisions_numbered_within_others_are_cited_with_them() {
    // The BGB numbers its Titel within each Abschnitt and its Abschnitte within each Buch: a
    // change in the second book's `Titel 1` was cited `Titel 1`, as was every other.
    let text = |renamed: &str| {
        format!(
            "# Gesetz (G)\n\n## Buch 1 - Allgemeiner Teil\n\n### Abschnitt 1 - Personen\n\n\
             #### Titel 1 - Natürliche Personen\n\n##### § 1 Beginn\n\nDie Rechtsfähigkeit beginnt.\n\n\
             #### Titel 2 - Juristische Personen\n\n##### § 2 Verein\n\nEin Verein ist rechtsfähig.\n\n\
             ## Buch 2 - Schuldrecht\n\n### Abschnitt 1 - Inhalt\n\n\
             #### Titel 1 - {renamed}\n\n##### § 3 Leistung\n\nDer Gläubiger fordert.\n\n\
             ### Abschnitt 2 - Verträge\n\n#### Titel 1 - Begründung\n\n##### § 4 Vertrag\n\nEin Vertrag.\n"
        )
    };
    let r = check(&text("Verpflichtung"), &text("Verpflichtung zur Leistung"));
    assert_eq!(hunk_addresses(&r), ["Buch 2 Abschnitt 1 Titel 1"]);
    let units = addresses(&r.units);
    for (status, address) in [
        (Status::Unchanged, "Buch 1 Abschnitt 1"),
        (Status::Unchanged, "Buch 1 Abschnitt 1 Titel 1"),
        // Named once in the text: no more is needed.
        (Status::Unchanged, "Abschnitt 2 Titel 1"),
        (Status::Unchanged, "Titel 2"),
        (Status::Unchanged, "Buch 2"),
        (Status::Unchanged, "§ 3"),
    ] {
        assert!(
            units.contains(&(status, address.to_string())),
            "{address}: {units:?}"
        );
    }
    // Labels stay as the text writes them.
    let labels: Vec<_> = r
        .sections
        .iter()
        .filter_map(|s| s.new_label.clone())
        .collect();
    assert_eq!(labels.iter().filter(|l| *l == "Titel 1").count(), 3);
}

#[test]
fn an_article_quoted_again_further_on_is_cited_with_its_division() {
    // The Jugendgerichtsgesetz ends with sections of another act quoted under `Abschnitt III`:
    // its own `§ 1` is `§ 1`, the quoted one `Abschnitt III § 1`.
    let own: String = (2..=8)
        .map(|n| format!("##### § {n} Regel {n}\n\n(1) Die Regel {n} gilt.\n\n"))
        .collect();
    let old = format!(
        "## Erster Teil - Anwendungsbereich\n\n##### § 1 Geltung\n\n(1) Dieses Gesetz gilt.\n\n\
         {own}## Abschnitt III - Maßgaben\n\n##### § 1 Anwendung\n\n(1) Das Gesetz gilt mit Maßgaben.\n"
    );
    let new = old.replace("mit Maßgaben", "mit diesen Maßgaben");
    let r = check(&old, &new);
    assert_eq!(hunk_addresses(&r), ["Abschnitt III § 1 Abs. 1"]);
    let units = addresses(&r.units);
    assert!(
        units.contains(&(Status::Unchanged, "§ 1".to_string())),
        "{units:?}"
    );
}

#[test]
fn divisions_are_not_named_where_the_text_lost_its_nesting() {
    // legalize-ro prints a law's divisions as a list before its articles: each `Capitolul`
    // series there stands under the last `Titlul`, which cannot hold them all, and a
    // `Secţiunea` was cited `Titlul II Capitolul I Secţiunea 1`, in a Titlul that holds no
    // such chapter.
    let text = |word: &str| {
        format!(
            "## Titlul I Dispoziții generale\n\n## Titlul II Constituirea\n\n\
             ### Capitolul I Actul constitutiv\n\n#### Secţiunea 1 Despre acțiuni {word}\n\n\
             ### Capitolul II Formalități\n\n### Capitolul I Dispoziții comune\n\n\
             ### Capitolul III Societățile\n\n#### Secţiunea 1 Domeniul\n\n\
             ##### Articolul 1\n\n(1) Societățile se constituie.\n\n\
             ##### Articolul 2\n\n(1) Societățile au sediul.\n"
        )
    };
    let r = check(&text("și obligațiuni"), &text("și alte titluri"));
    assert_eq!(hunk_addresses(&r), ["Secţiunea 1"]);
    // Where the nesting holds, the divisions are named.
    let units = addresses(&r.units);
    assert!(
        units.contains(&(Status::Unchanged, "Capitolul III Secţiunea 1".to_string())),
        "{units:?}"
    );
}

#[test]
fn a_division_cited_at_the_start_of_a_wrapped_line_is_text() {
    // The AufenthG as bundestag/gesetze prints it: its divisions are Markdown headings, and a
    // sentence wraps before `Kapitel 2 Abschnitt 3 und 4 nicht erteilt werden, …`, which was
    // read as a second `Kapitel 2`.
    // Sentences that open with a citation, as the AufenthG has: its articles are not all
    // Markdown headings as far as lines tell.
    let sections: String = (1..=4)
        .map(|n| {
            format!(
                "##### § {n} Regel\n\n(1) Die Regel {n} gilt.\n\n\
                 (2) Sie gilt auch\n§ 4{n} Abs. 1 gilt entsprechend.\n\n"
            )
        })
        .collect();
    let old = format!(
        "## Kapitel 1 - Allgemeines\n\n{sections}## Kapitel 2 - Einreise\n\n\
         ##### § 5 Verordnung\n\n(1) Die Bundesregierung bestimmt Staaten, an deren\n\
         Staatsangehörige Aufenthaltstitel nach\n\
         Kapitel 2 Abschnitt 3 und 4 nicht erteilt werden, wenn bei diesen\n\
         Staatsangehörigen die Zahl der Anträge steigt.\n\n\
         ## Kapitel 3 - Aufenthalt\n\n##### § 6 Aufenthalt\n\n(1) Der Aufenthalt ist erlaubt.\n"
    );
    let new = old.replace("die Zahl der Anträge", "die Zahl der abgelehnten Anträge");
    let r = check(&old, &new);
    assert_eq!(r.structure.new.divisions, 3, "{:?}", r.structure);
    assert_eq!(hunk_addresses(&r), ["§ 5 Abs. 1"]);
}

#[test]
fn a_markdown_division_with_an_empty_title_after_its_dash_is_labelled_without_it() {
    // bundestag/gesetze prints the StGB's parts `## Allgemeiner Teil - `: the dash opened a
    // title the heading does not have, and the label was `Allgemeiner Teil -`.
    let old = "## Allgemeiner Teil - \n\n### § 1 Keine Strafe ohne Gesetz\n\nEine Tat kann nur bestraft werden.\n\n\
               ## Besonderer Teil - \n\n### § 80 Vorbereitung\n\nWer vorbereitet, wird bestraft.\n";
    let new = old.replace("Wer vorbereitet", "Wer es vorbereitet");
    let r = check(old, &new);
    let labels: Vec<_> = r
        .sections
        .iter()
        .filter_map(|s| s.new_label.clone())
        .collect();
    assert_eq!(
        labels,
        ["Allgemeiner Teil", "§ 1", "Besonderer Teil", "§ 80"]
    );
}

#[test]
fn divisions_in_unnumbered_parts_and_subtitles_are_cited_with_them() {
    // The StGB's two parts carry no number (`## Allgemeiner Teil - `), and each has an
    // `Erster Abschnitt`; the BGB prints Kapitel and Unterkapitel at one depth (Markdown has
    // six), inserts `Kapitel 1a`, and numbers its `Untertitel` within each Titel.
    let old = "## Allgemeiner Teil - \n\n### Erster Abschnitt - Das Strafgesetz\n\n\
               ##### § 1 Keine Strafe ohne Gesetz\n\nEine Tat kann nur bestraft werden.\n\n\
               ## Besonderer Teil - \n\n### Erster Abschnitt - Friedensverrat\n\n\
               ##### § 80 Vorbereitung\n\nWer vorbereitet, wird bestraft.\n\n\
               #### Titel 5 - Mietvertrag\n\n##### Untertitel 1 - Allgemeines\n\n\
               ###### § 535 Inhalt\n\nDer Vermieter gewährt den Gebrauch.\n\n\
               ##### Untertitel 2 - Wohnraum\n\n###### Kapitel 1 - Allgemeine Vorschriften\n\n\
               ###### § 549 Mietverhältnisse\n\nFür Wohnraum gilt dies.\n\n\
               ###### Kapitel 1a - Erhaltung\n\n###### § 555a Erhaltung\n\nDer Mieter duldet.\n\n\
               ###### Kapitel 2 - Die Miete\n\n###### Unterkapitel 1 - Vereinbarungen\n\n\
               ###### § 556 Betriebskosten\n\nDie Parteien vereinbaren Kosten.\n\n\
               ###### Kapitel 3 - Pfandrecht\n\n###### § 562 Pfandrecht\n\nDer Vermieter hat ein Pfandrecht.\n\n\
               #### Titel 7 - Scheidung\n\n##### Untertitel 2 - Unterhalt\n\n\
               ###### Kapitel 1 - Grundsatz\n\n###### § 1569 Eigenverantwortung\n\nJeder sorgt für sich.\n\n\
               ###### Kapitel 2 - Unterhaltsberechtigung\n\n###### § 1570 Betreuung\n\nDer Ehegatte betreut.\n";
    let new = old
        .replace(
            "Erster Abschnitt - Friedensverrat",
            "Erster Abschnitt - Friedensverrat und Hochverrat",
        )
        .replace(
            "Kapitel 2 - Die Miete",
            "Kapitel 2 - Die Miete und ihre Höhe",
        );
    let r = check(old, &new);
    assert_eq!(
        hunk_addresses(&r),
        [
            "Besonderer Teil Erster Abschnitt",
            "Titel 5 Untertitel 2 Kapitel 2"
        ]
    );
    let units = addresses(&r.units);
    for address in [
        "Allgemeiner Teil Erster Abschnitt",
        "Titel 5 Untertitel 2 Kapitel 1",
        "Titel 7 Untertitel 2 Kapitel 1",
        "Titel 7 Untertitel 2 Kapitel 2",
        "Kapitel 3",
    ] {
        assert!(
            units.contains(&(Status::Unchanged, address.to_string())),
            "{address}: {units:?}"
        );
    }
}

#[test]
fn a_renumbered_division_numbered_within_another_is_named_with_it() {
    // Two Abschnitte each with Titel 1 and 2; a Titel inserted first in the second Abschnitt
    // renumbers its Titel 1 and 2, which the summary called `Titel 1 renumbered Titel 2`, as
    // if the first Abschnitt's had been.
    let titel = |k: usize, title: &str, p: usize| {
        format!("#### Titel {k} - {title}\n\n##### § {p} Regel\n\nDie Regel {p} gilt für alle.\n\n")
    };
    let head = [
        "## Buch 1 - B\n\n### Abschnitt 1 - A\n\n",
        &titel(1, "Eins", 11),
        &titel(2, "Zwei", 12),
    ]
    .concat();
    let old = [
        &head,
        "### Abschnitt 2 - B\n\n",
        &titel(1, "Drei", 21),
        &titel(2, "Vier", 22),
    ]
    .concat();
    let new = [
        &head,
        "### Abschnitt 2 - B\n\n",
        &titel(1, "Neu", 20),
        &titel(2, "Drei", 21),
        &titel(3, "Vier", 22),
    ]
    .concat();
    let r = check(&old, &new);
    let described: Vec<_> = r
        .renumberings
        .iter()
        .map(|x| x.description.as_str())
        .collect();
    assert_eq!(
        described,
        [
            "Abschnitt 2 Titel 1 renumbered Titel 2",
            "Abschnitt 2 Titel 2 renumbered Titel 3"
        ],
        "{:?}",
        r.summary
    );
}

/// § 6 Abs. 1 Nr. 4 EStG (bundestag/gesetze, shortened): the Nummer's Satz 2 holds a list
/// `1.` to `3.` set in to the Nummer's text, its entries with letters.
pub(super) const SET_IN_LIST: &str = "## § 6 Bewertung\n\n(1) Für die Bewertung gilt:\n\n\
           4.  Entnahmen sind mit dem Teilwert anzusetzen.\n    \
           2                   Bei Elektrofahrzeugen ist der Listenpreis\n\n    \
           1.  soweit Nummer 2 nicht anzuwenden ist zu mindern, oder\n\n\n    \
           2.  nur zur Hälfte anzusetzen, wenn das Kraftfahrzeug\n\n        \
           a)  höchstens 50 Gramm ausstößt oder\n\n\n        \
           b)  mindestens 60 Kilometer weit fährt, oder\n\n\n    \
           3.  nur zur Hälfte anzusetzen, wenn das Kraftfahrzeug\n\n        \
           a)  höchstens 50 Gramm ausstößt oder\n\n\n        \
           b)  mindestens 80 Kilometer weit fährt,\n\n\n    \
           die Emission ist der Bescheinigung zu entnehmen.\n\n\
           5.  Einlagen sind mit dem Teilwert anzusetzen.\n\n\
           (2) Weiteres gilt.\n\n## § 7 Absetzung\n\n(1) Text.\n";

#[test]
fn a_numbered_list_set_in_under_a_numbered_item_is_cited_below_it() {
    // § 6 Abs. 1 Nr. 4 EStG (bundestag/gesetze): the Nummer's Satz 2 holds a list `1.` to
    // `5.` set in to the Nummer's text, its items with letters. The letters of Nr. 2 and
    // Nr. 3 of that list were both `§ 6 Abs. 1 Nr. 4 Satz 2 Buchst. b`.
    let old = SET_IN_LIST;
    let new = old.replace("mindestens 80 Kilometer", "mindestens 100 Kilometer");
    let r = check(old, &new);
    assert_eq!(
        hunk_addresses(&r),
        ["§ 6 Abs. 1 Nr. 4 Satz 2 Nr. 3 Buchst. b"]
    );
    let units = addresses(&r.units);
    for address in [
        "§ 6 Abs. 1 Nr. 4 Satz 2 Nr. 1",
        "§ 6 Abs. 1 Nr. 4 Satz 2 Nr. 2 Buchst. a",
        "§ 6 Abs. 1 Nr. 4 Satz 2 Nr. 3 Buchst. b",
        "§ 6 Abs. 1 Nr. 5",
    ] {
        assert_eq!(
            units.iter().filter(|(_, a)| a == address).count(),
            1,
            "{address} in {units:?}"
        );
    }
}

#[test]
fn markdown_divisions_numbered_without_a_keyword_are_divisions() {
    // bundestag/gesetze heads the divisions of the Grundgesetz and the Einkommensteuergesetz
    // with a number and a dash (`## I. - Die Grundrechte`, `### 1. - Sachliche …`): they were
    // read as items of the article before them (`Präambel, I`, `§ 34d Nr. 2`).
    let old = "# Einkommensteuergesetz (EStG)\n\n## I. - Steuerpflicht\n\n#### § 1 Steuerpflicht\n\n\
               (1) Text eins.\n\n## II. - Einkommen\n\n### 1. - Sachliche Voraussetzungen\n\n\
               #### § 2 Umfang\n\n(1) Text zwei.\n\n### 2. - Steuerfreie Einnahmen\n\n\
               #### § 3 Steuerfrei\n\n(1) Text drei.\n\n## V. - Steuerermäßigungen\n\n\
               ### 1. - Ausländische Einkünfte\n\n#### § 34c Anrechnung\n\n(1) Text vier.\n\n\
               ### 2. - Land- und Forstwirtschaft\n\n#### § 34e (weggefallen)\n";
    let new = old.replace(
        "- Land- und Forstwirtschaft",
        "- Land- und Forstwirtschaft und Fischerei",
    );
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["V. 2."]);
    let divisions: Vec<(String, String)> = r
        .new_sections
        .iter()
        .filter(|s| s.kind == HeadingKind::Division)
        .map(|s| (s.label.clone(), s.title.clone()))
        .collect();
    assert_eq!(
        divisions[1..4],
        [
            ("I.".to_string(), "Steuerpflicht".to_string()),
            ("II.".to_string(), "Einkommen".to_string()),
            ("1.".to_string(), "Sachliche Voraussetzungen".to_string()),
        ]
    );
    assert_eq!(r.structure.new.divisions, 8);
    assert_eq!(r.structure.new.items, 0);
}

/// The units of a redline's tree, depth first.
fn all_units(r: &Redline) -> Vec<&UnitChange> {
    fn walk<'a>(us: &'a [UnitChange], out: &mut Vec<&'a UnitChange>) {
        for u in us {
            out.push(u);
            walk(&u.children, out);
        }
    }
    let mut out = Vec::new();
    walk(&r.units, &mut out);
    out
}

/// The addresses of the units reported moved.
fn moved_addresses<'a>(units: &[&'a UnitChange]) -> Vec<&'a str> {
    units
        .iter()
        .filter(|u| u.moved)
        .map(|u| u.address.as_str())
        .collect()
}

#[test]
fn a_repeated_paragraph_added_to_a_long_list_moves_no_other() {
    // 300 paragraphs, every tenth `(weggefallen)`: too many to align each with each. One
    // more `(weggefallen)` near the top was paired with the first old one, the next with
    // the second …: every repetition but the last "moved" across the paragraphs between.
    let para = |k: usize| {
        if k.is_multiple_of(10) {
            "(weggefallen)\n\n".to_string()
        } else {
            format!("Text {k} about the {}.\n\n", WORDS[k % WORDS.len()])
        }
    };
    let old = format!("Article 1\n\n{}", (1..=300).map(para).collect::<String>());
    // The first and the last paragraph edited too: the list is aligned whole.
    let new = old
        .replacen("Text 5 ", "(weggefallen)\n\nText 5 ", 1)
        .replacen("Text 1 about", "Text 1 now about", 1)
        .replacen("Text 299 about", "Text 299 now about", 1);
    let r = check(&old, &new);
    let units = all_units(&r);
    let moved = moved_addresses(&units);
    assert!(moved.is_empty(), "{moved:?}");
    let added: Vec<Option<usize>> = units
        .iter()
        .filter(|u| u.status == Status::Added)
        .map(|u| u.new_line)
        .collect();
    assert_eq!(added, [Some(11)]);
    let changed: Vec<Option<usize>> = units
        .iter()
        .filter(|u| u.level == 2 && u.status != Status::Unchanged && u.status != Status::Added)
        .map(|u| u.old_line)
        .collect();
    assert_eq!(changed, [Some(3), Some(599)]);
}

#[test]
fn a_footnote_call_makes_no_two_paragraphs_alike() {
    // A Liechtenstein export (PGR art. 180a): the footnotes are renumbered, and the old
    // `5) Aufgehoben[^246]` has the words of the new 4), not its place.
    let old = "##### Art. 180a\n\n1) Text eins.\n\n2) Text zwei.\n\n3) Text drei.\n\n\
               4) Aufgehoben[^245]\n\n5) Aufgehoben[^246]\n\n[^245]: Abs. 4 aufgehoben.\n\n\
               [^246]: Abs. 5 aufgehoben.\n";
    let new = "##### Art. 180a\n\n1) Text eins, neu.\n\n2) Text zwei.\n\n3) Text drei.\n\n\
               4) Aufgehoben[^246]\n\n5) Aufgehoben[^247]\n\n[^246]: Abs. 4 aufgehoben.\n\n\
               [^247]: Abs. 5 aufgehoben.\n";
    let r = check(old, new);
    let pairs: Vec<(Option<&str>, Option<&str>, bool)> = all_units(&r)
        .iter()
        .filter(|u| u.level == 2)
        .filter(|u| {
            u.old_label
                .as_deref()
                .is_some_and(|l| l.starts_with(['4', '5']))
        })
        .map(|u| (u.old_label.as_deref(), u.new_label.as_deref(), u.moved))
        .collect();
    assert_eq!(
        pairs,
        [
            (Some("4)"), Some("4)"), false),
            (Some("5)"), Some("5)"), false)
        ]
    );
}

#[test]
fn a_long_list_changed_throughout_pairs_in_order() {
    // 300 footnotes, each renumbered by one after a footnote added before them (a
    // consolidation of the Liechtenstein PGR): no two are equal, so no unit anchors the
    // alignment; each pairs with its own, none with a neighbour whose law it shares.
    let note = |k: usize, n: usize| {
        format!(
            "[^{n}]: Art. {k} Abs. {} abgeändert durch LGBl. {} Nr. {}.\n\n",
            k % 3 + 1,
            1990 + k % 7,
            k % 5 + 1
        )
    };
    let old = format!(
        "Article 1\n\n{}",
        (1..=300).map(|k| note(k, k)).collect::<String>()
    );
    let new = format!(
        "Article 1\n\n{}{}",
        note(0, 1),
        (1..=300).map(|k| note(k, k + 1)).collect::<String>()
    );
    let r = check(&old, &new);
    let units = all_units(&r);
    let moved = moved_addresses(&units);
    assert!(moved.is_empty(), "{moved:?}");
    let paired: Vec<(usize, usize)> = units
        .iter()
        .filter(|u| u.level == 2)
        .filter_map(|u| Some((u.old_line?, u.new_line?)))
        .collect();
    assert_eq!(
        paired,
        (1..=300)
            .map(|k| (1 + 2 * k, 3 + 2 * k))
            .collect::<Vec<_>>()
    );
}

/// StGB § 174 (2012 → 2018, trimmed): a new Abs. 2 is inserted, old Abs. 2 becomes Abs. 3.
const STGB_174_OLD: &str = "#### § 174 Sexueller Mißbrauch von Schutzbefohlenen\n\n(1) Wer sexuelle Handlungen an einer Person unter sechzehn Jahren, die\nihm zur Erziehung anvertraut ist, vornimmt, wird mit Freiheitsstrafe\nvon drei Monaten bis zu fünf Jahren bestraft.\n\n(2) Wer unter den Voraussetzungen des Absatzes 1\n\n1.  sexuelle Handlungen vor dem Schutzbefohlenen vornimmt oder\n\n2.  den Schutzbefohlenen dazu bestimmt, daß er sexuelle Handlungen vor ihm\n    vornimmt,\n\num sich oder den Schutzbefohlenen hierdurch sexuell zu erregen, wird\nmit Freiheitsstrafe bis zu drei Jahren oder mit Geldstrafe bestraft.\n\n(3) Der Versuch ist strafbar.\n";
const STGB_174_NEW: &str = "#### § 174 Sexueller Missbrauch von Schutzbefohlenen\n\n(1) Wer sexuelle Handlungen an einer Person unter sechzehn Jahren, die\nihm zur Erziehung anvertraut ist, vornimmt, wird mit Freiheitsstrafe\nvon drei Monaten bis zu fünf Jahren bestraft.\n\n(2) Mit Freiheitsstrafe von drei Monaten bis zu fünf Jahren wird eine\nPerson bestraft, der in einer dazu bestimmten Einrichtung die\nErziehung einer Person unter achtzehn Jahren anvertraut ist.\n\n(3) Wer unter den Voraussetzungen des Absatzes 1 oder 2\n\n1.  sexuelle Handlungen vor dem Schutzbefohlenen vornimmt, um sich oder\n    den Schutzbefohlenen hierdurch sexuell zu erregen, oder\n\n2.  den Schutzbefohlenen dazu bestimmt, dass er sexuelle Handlungen vor ihm\n    vornimmt,\n\nwird mit Freiheitsstrafe bis zu drei Jahren oder mit Geldstrafe bestraft.\n\n(4) Der Versuch ist strafbar.\n";

#[test]
fn words_removed_from_a_renumbered_paragraph_are_cited_by_its_new_number() {
    let r = check(STGB_174_OLD, STGB_174_NEW);
    let c = &r.sections[0];
    let removal = c
        .hunks
        .iter()
        .find(|h| h.fragments.iter().all(|f| f.kind != FragmentKind::Added))
        .expect("the words removed from the closing words");
    assert!(removal.fragments[0].text.starts_with("um sich"));
    // Old Abs. 2 is new Abs. 3: one numbering for every hunk of the section.
    assert_eq!(removal.address, "§ 174 Abs. 3");
}

#[test]
fn words_added_to_a_paragraph_after_one_inserted_before_it_are_addressed_to_it() {
    let r = check(STGB_174_OLD, STGB_174_NEW);
    let hunks = &r.sections[0].hunks;
    let with = |words: &str| {
        hunks
            .iter()
            .find(|h| h.fragments.iter().any(|f| f.text.contains(words)))
            .map(|h| h.address.as_str())
    };
    assert_eq!(with("dazu bestimmten Einrichtung"), Some("§ 174 Abs. 2"));
    assert_eq!(with("oder 2"), Some("§ 174 Abs. 3"));
    assert_eq!(
        hunk_addresses(&r),
        [
            "§ 174",
            "§ 174 Abs. 2",
            "§ 174 Abs. 3",
            "§ 174 Abs. 3 Nr. 1",
            "§ 174 Abs. 3 Nr. 2",
            "§ 174 Abs. 3",
            "§ 174 Abs. 4"
        ]
    );
}

#[test]
fn a_removed_unit_is_cited_by_its_own_number_inside_a_renumbered_one() {
    // Old Abs. 2 becomes Abs. 3 (a paragraph is inserted before it); its Nr. 2 is repealed.
    let old = "§ 5 Titel\n\n(1) Erster Absatz mit eigenen Worten.\n\n(2) Wer unter diesen Umständen\n\n1.  eine Handlung vornimmt,\n\n2.  eine andere Handlung vornimmt oder\n\n3.  eine dritte Handlung vornimmt,\n\nwird bestraft.\n";
    let new = "§ 5 Titel\n\n(1) Erster Absatz mit eigenen Worten.\n\n(2) Ein ganz neuer Absatz über etwas anderes.\n\n(3) Wer unter diesen Umständen\n\n1.  eine Handlung vornimmt,\n\n3.  eine dritte Handlung vornimmt,\n\nwird bestraft.\n";
    let r = check(old, new);
    let removal = r.sections[0]
        .hunks
        .iter()
        .find(|h| {
            h.fragments
                .iter()
                .any(|f| f.text.contains("andere Handlung"))
        })
        .expect("the item removed");
    assert_eq!(removal.address, "§ 5 Abs. 3 Nr. 2");
}

#[test]
fn words_removed_from_a_renumbered_section_are_cited_by_its_new_number() {
    let old = "§ 74b\nVorbehalt\n(1) Das Gericht behält die Einziehung vor.\n(2) Wird die Anweisung befolgt, so wird der Vorbehalt aufgehoben.\n\n§ 75\nWirkung\n(1) Text der Wirkung.\n";
    let new = "§ 74f\nVorbehalt\n(1) Das Gericht behält die Einziehung vor.\n(2) Wird die Anweisung befolgt, wird der Vorbehalt aufgehoben.\n\n§ 75\nWirkung\n(1) Text der Wirkung.\n";
    let r = check(old, new);
    assert_eq!(hunk_addresses(&r), ["§ 74f Abs. 2"]);
}

#[test]
fn a_new_title_before_an_inserted_first_paragraph_is_the_articles_change() {
    // StGB § 233 (2012 → 2018, trimmed): the heading's words change and a new Abs. 1 follows.
    let old = "#### § 233 Menschenhandel zum Zweck der Ausbeutung der Arbeitskraft\n\n(1) Wer eine andere Person ausbeutet, wird bestraft.\n\n(2) Der Versuch ist strafbar.\n";
    let new = "#### § 233 Ausbeutung der Arbeitskraft\n\n(1) Mit Freiheitsstrafe bis zu drei Jahren wird bestraft, wer eine Person ausbeutet.\n\n(2) Wer eine andere Person ausbeutet, wird bestraft.\n\n(3) Der Versuch ist strafbar.\n";
    let r = check(old, new);
    assert_eq!(
        hunk_addresses(&r),
        ["§ 233", "§ 233 Abs. 1", "§ 233 Abs. 2", "§ 233 Abs. 3"]
    );
}

#[test]
fn items_added_in_a_block_of_changed_words_are_addressed_each_to_its_own() {
    // § 60 BBesG (2011 → 2019, trimmed): a sentence is rewritten and ends in two new items.
    let old = "### § 60 Anwärterbezüge nach Ablegung der Laufbahnprüfung\n\nHat der Anwärter die Laufbahnprüfung bestanden, so erhält er die Bezüge bis zum Ende des Monats.\n";
    let new = "### § 60 Anwärterbezüge nach Ablegung der Zwischenprüfung oder der Laufbahnprüfung\n\nNach Ablegung der Zwischenprüfung oder der Laufbahnprüfung endet der Vorbereitungsdienst\n\n1.  mit dem endgültigen Nichtbestehen der Zwischenprüfung,\n\n2.  mit dem Bestehen der Laufbahnprüfung.\n";
    let r = check(old, new);
    let addresses = hunk_addresses(&r);
    assert!(addresses.contains(&"§ 60 Nr. 1"), "{addresses:?}");
    assert!(addresses.contains(&"§ 60 Nr. 2"), "{addresses:?}");
}

#[test]
fn articles_quoted_by_a_final_provision_are_its_text_not_units() {
    // The Andorran Codi penal, text refós 2014 → 2015 (two final provisions): the articles
    // they substitute in other laws, printed as headings in 2015 and in the running text in
    // 2014, were units added (`“Article 54`), and one was paired with the provision after it.
    let old = "##### Article 515\n\nEl tribunal pot acordar el comís.\n\n#### Disposició final primera (Llei 9/2005)\n\nEs modifiquen els articles 47 i 54 de la Llei transitòria de procediments judicials, que queden redactats com segueix:\n\n“Article 47 En absència de tractat internacional, les sentències estrangeres dictades per tribunals penals no són en cap cas executòries a Andorra.\n\n“Article 54 La menció que fa l’article 45 de la Llei qualificada de la justícia a la contravenció penal és sense perjudici que els fets puguin ser constitutius de delicte.”\n\n#### Disposició final segona (Llei 9/2005, amb redacció dels articles 35 i 38 encara no modificada per la Llei 28/2008)\n\nEs modifiquen els articles 35 i 54 de la Llei de cooperació internacional, que queden redactats com segueix:\n\n“Article 35 Si un document escrit comporta elements que entren en l’àmbit dels secrets, el batlle pot ordenar-ne la supressió.” “Article 54 La composició de la Unitat de Prevenció del Blanqueig és la següent: un batlle i dues persones nomenades pel ministre titular de finances.\n\nEls membres de la Unitat de Prevenció del Blanqueig estan sotmesos al secret professional sota les penes previstes al Codi penal.”\n\n#### Disposició final tercera (Llei 9/2005)\n\nAquesta Llei entra en vigor als sis mesos de ser publicada.\n";
    let new = "##### Article 515\n\nEl tribunal pot acordar el comís.\n\n### Disposició final primera (Llei 9/2005)\n\nEs modifiquen els articles 47 i 54 de la Llei transitòria de procediments judicials, que queden redactats com segueix:\n\n##### “Article 47\n\nEn absència de tractat internacional les sentències estrangeres dictades per tribunals penals no són en cap cas executòries a Andorra.\n\n##### “Article 54\n\nLa menció que fa l’article 45 de la Llei qualificada de la justícia a la contravenció penal és sense perjudici que els fets puguin ser constitutius de delicte.”\n\n### Disposició final segona (Llei 9/2005)\n\nEs modifiquen els articles 35 i 54 de la Llei de cooperació internacional, que queden redactats com segueix:\n\n##### “Article 35\n\nSi un document escrit comporta elements que entren en l’àmbit dels secrets, el batlle pot ordenar-ne la supressió.”\n\n##### “Article 54\n\nLa composició de la Unitat de Prevenció del Blanqueig és la següent: un batlle i dues persones nomenades pel ministre titular de finances.\n\nEls membres de la Unitat de Prevenció del Blanqueig estan sotmesos al secret professional sota les penes previstes al Codi penal.”\n\n### Disposició final tercera (Llei 9/2005)\n\nAquesta Llei entra en vigor als sis mesos de ser publicada.\n";
    let r = check(old, new);
    assert_eq!(r.summary.added, 0);
    assert_eq!(r.new_sections.len(), r.old_sections.len());
    assert!(r.new_sections.iter().all(|s| !s.label.starts_with('“')));
}

#[test]
fn a_repealed_article_given_a_text_under_a_new_division_before_it_is_not_moved() {
    // StPO §§ 31-33, 2012 → 2018 (trimmed): `§ 32 (weggefallen)` gets a text under a new
    // fourth Abschnitt inserted before it; the old fourth Abschnitt is now `Abschnitt 4a`. The
    // two fourth Abschnitte paired by their number crossed § 32, which was reported moved.
    let old = "### Dritter Abschnitt - Ausschließung und Ablehnung der Gerichtspersonen\n\n#### § 31\n\n(1) Die Vorschriften dieses Abschnitts gelten für Schöffen sowie für\nUrkundsbeamte der Geschäftsstelle entsprechend.\n\n(2) Die Entscheidung trifft der Vorsitzende.\n\n#### § 32\n\n(weggefallen)\n\n### Vierter Abschnitt - Gerichtliche Entscheidungen und Kommunikation zwischen den Beteiligten\n\n#### § 33\n\n(1) Eine Entscheidung des Gerichts, die im Laufe einer\nHauptverhandlung ergeht, wird nach Anhörung der Beteiligten erlassen.\n";
    let new = "### Dritter Abschnitt - Ausschließung und Ablehnung der Gerichtspersonen\n\n#### § 31\n\n(1) Die Vorschriften dieses Abschnitts gelten für Schöffen sowie für\nUrkundsbeamte der Geschäftsstelle entsprechend.\n\n(2) Die Entscheidung trifft der Vorsitzende.\n\n### Vierter Abschnitt - Aktenführung und Kommunikation im Verfahren\n\n#### § 32 Elektronische Aktenführung; Verordnungsermächtigungen\n\n(1) Die Akten können elektronisch geführt werden.\n\n#### Abschnitt 4a - Gerichtliche Entscheidungen\n\n#### § 33 Erlass von Entscheidungen\n\n(1) Eine Entscheidung des Gerichts, die im Laufe einer\nHauptverhandlung ergeht, wird nach Anhörung der Beteiligten erlassen.\n";
    let r = check(old, new);
    assert_eq!(r.summary.moved, 0);
    let s32 = r
        .sections
        .iter()
        .find(|c| c.old_label.as_deref() == Some("§ 32"))
        .expect("§ 32 paired");
    assert_eq!(s32.status, Status::Changed);
    // The fourth Abschnitte share their number and nothing else, out of order: not one
    // heading moved. The old one heads § 33 as `Abschnitt 4a` does: it was renumbered.
    assert!(r.sections.iter().all(|c| !c.moved));
    assert_eq!((r.summary.added, r.summary.removed), (1, 0));
    let fourth = r
        .sections
        .iter()
        .find(|c| c.old_label.as_deref() == Some("Vierter Abschnitt"))
        .expect("the old fourth Abschnitt paired");
    assert_eq!(fourth.new_label.as_deref(), Some("Abschnitt 4a"));
    assert!(fourth.renumbered);
}

#[test]
fn an_article_of_the_same_number_replaced_across_renumbered_ones_is_removed_and_added() {
    // The StPO's §§ 421-439 rewritten in 2017 (tests/fixtures/redline): old §§ 432, 433 are
    // new §§ 426, 427; the new § 431 shares its number with the old one and nothing else, and
    // stands after them. It was the old one moved (similarity 0.05).
    let fixture = |name: &str| {
        let path = format!(
            "{}/tests/fixtures/redline/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read_to_string(path).expect("fixture")
    };
    let r = check(
        &fixture("stpo-430-433-2012.md"),
        &fixture("stpo-421-433-2018.md"),
    );
    assert_eq!(r.summary.moved, 0);
    let status = |label: &str| {
        r.sections
            .iter()
            .filter(|c| {
                c.old_label.as_deref() == Some(label) || c.new_label.as_deref() == Some(label)
            })
            .map(|c| c.status)
            .collect::<Vec<_>>()
    };
    assert_eq!(status("§ 431"), [Status::Removed, Status::Added]);
}

#[test]
fn a_label_printed_before_every_article_is_no_change_of_the_article_before_it() {
    // The Austrian RIS export of the Staatsgrundgesetz (StGG), 1867 → 1982: `Abkürzung` and
    // `StGG` stand before every article, so each article but the last ends with them;
    // appending Artikel 20 made Artikel 19 "changed".
    let article = |n: u32, text: &str| format!("Abkürzung\n\nStGG\n\nArtikel {n}. {text}\n\n");
    let old = [
        article(16, "Den Angehörigen einer gesetzlich nicht anerkannten Religion ist die häusliche Religionsübung gestattet."),
        article(17, "Die Wissenschaft und ihre Lehre ist frei."),
        article(18, "Es steht Jedermann frei, seinen Beruf zu wählen und sich für denselben auszubilden, wie und wo er will."),
        article(19, "Alle Volksstämme des Staates sind gleichberechtigt."),
    ]
    .concat();
    let new = [
        old.clone(),
        article(20, "*(Anm.: aufgehoben durch Art. 149 Abs. 2 B-VG)*"),
    ]
    .concat();
    let r = check(&old, &new);
    assert_eq!((r.summary.added, r.summary.changed), (1, 0));
}

#[test]
fn a_removal_on_a_line_the_new_text_wraps_elsewhere_does_not_panic() {
    // Found by `ops_rebuild_arbitrary_texts`: the column of a removal is counted in its
    // fragments, whose equal words carry the new text's line breaks; the old line `12. § 3
    // é(1)` (`12.` and `§ 3` on lines of their own in the new text) put it inside the `§`, and
    // citing the change sliced the text there.
    let r = check(
        "12. \nArt. 2a Chapter II\n\n12. § 3 é(1) \nSection 1. ",
        "Art. 2a 12. \n§ 3 (1) ",
    );
    assert!(hunk_addresses(&r).iter().all(|a| !a.is_empty()));
}

#[test]
fn swiss_inserted_articles_and_paragraphs_written_apart_keep_their_suffix() {
    // legalize-ch prints the Swiss Criminal Code's `Art. 260ter` as `**Art. 260** ter` and
    // its paragraph 2bis as `<sup>2</sup> bis`: the three articles were all `Art. 260`, and
    // the inserted paragraph was a change of Abs. 2. (Federal acts are free of copyright,
    // Art. 5 URG.)
    let old = "##### **Art. 260** Landfriedensbruch\n\n<sup>1</sup> Wer an einer öffentlichen Zusammenrottung teilnimmt, wird bestraft.\n\n##### **Art. 260** bis Strafbare Vorbereitungshandlungen\n\n<sup>1</sup> Mit Freiheitsstrafe bis zu fünf Jahren wird bestraft, wer Vorkehrungen trifft.\n\n##### **Art. 260** ter Kriminelle Organisation\n\n<sup>1</sup> Wer sich an einer Organisation beteiligt, wird mit Freiheitsstrafe bis zu fünf Jahren bestraft.\n\n<sup>2</sup> Das Gericht kann die Strafe mildern.\n";
    let new = old
        .replace(
            "bis zu fünf Jahren bestraft.",
            "bis zu zehn Jahren bestraft.",
        )
        .replace(
            "<sup>2</sup> Das Gericht kann die Strafe mildern.\n",
            "<sup>2</sup> Das Gericht kann die Strafe mildern.\n\n<sup>2</sup> bis Ebenso wird bestraft, wer eine solche Organisation finanziert.\n",
        );
    let r = check(old, &new);
    let labels: Vec<&str> = r.new_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["Art. 260", "Art. 260bis", "Art. 260ter"]);
    assert_eq!(
        hunk_addresses(&r),
        ["Art. 260ter Abs. 1", "Art. 260ter Abs. 2bis"]
    );
}

#[test]
fn numbered_swiss_and_german_divisions_are_divisions() {
    // `## 2. Titel: …` and `#### 6. Abschnitt: …` (the Swiss Federal Constitution and the
    // RVOV in legalize-ch), `## 1. Abschnitt - …` (bundestag/gesetze): only `N. Kapitel` was a
    // division, and a change of the others was a change of the article before them.
    let old = "## 1. Titel: Allgemeine Bestimmungen\n\n##### **Art. 6** Verantwortung\n\nJede Person nimmt Verantwortung für sich selber wahr.\n\n## 2. Titel: Grundrechte, Bürgerrechte und Sozialziele\n\n##### **Art. 7** Menschenwürde\n\nDie Würde des Menschen ist zu achten und zu schützen.\n\n#### 6. Abschnitt: Administrativuntersuchung\n\n##### **Art. 28** Zweck\n\nDie Administrativuntersuchung ist ein Verfahren der Kontrolle.\n";
    let new = old
        .replace(
            "Grundrechte, Bürgerrechte und Sozialziele",
            "Grundrechte und Bürgerrechte",
        )
        .replace(
            "Administrativuntersuchung\n",
            "Administrativuntersuchung und Disziplinarverfahren\n",
        );
    let r = check(old, &new);
    assert_eq!(changed_labels(&r), ["2. Titel", "6. Abschnitt"]);
}

#[test]
fn a_finlex_repeal_note_repeating_its_heading_is_no_unit() {
    // Finlex keeps a repealed section as `##### 42 §` with the text `42 § on kumottu L:lla …`
    // (a chapter: `### 6 luku`, `*6 luku on kumottu …*`): each note was a second `42 §` (or `6
    // luku`), reported added where the section was repealed. (Finnish statutes are free of
    // copyright, § 9 of the Copyright Act.)
    let old = "# Tuloverolaki\n\n##### 41 § Elinkeinoyhtymän osakkaan pääomatulo-osuus\n\nJos yhtymän varoihin kuuluu asunto, asunnon arvo vähennetään.\n\n##### 42 § Luonnollisen henkilön osuus\n\nVerovelvollisen osuus yhtymän tulosta jaetaan ansiotuloon ja pääomatuloon.\n\n### 6 luku. Työtuomioistuin\n\n##### 1 § Työtuomioistuimen tehtävät\n\nTyötuomioistuin toimii erityistuomioistuimena.\n";
    let new = "# Tuloverolaki\n\n##### 41 § Elinkeinoyhtymän osakkaan pääomatulo-osuus\n\nJos yhtymän varoihin kuuluu asunto, asunnon arvo vähennetään.\n\n##### 42 §\n\n42 § on kumottu L:lla \n                                    [30.7.2004/716](#entryIntoForce_20040716).\n\n### 6 luku\n\n*6 luku on kumottu L:lla 21.4.2023/752.*\n";
    let r = check(old, new);
    assert_eq!(r.new_sections.len(), 4, "{:?}", r.new_sections);
    assert_eq!(r.summary.added, 0);
    assert_eq!((r.summary.changed, r.summary.removed), (2, 1));
}

#[test]
fn a_finnish_annex_title_citing_a_section_is_no_section() {
    // An annex of fi/2020-1266 is headed `10 §:N 2 MOMENTISSA TARKOITETUT TUOTTEET` (the
    // products of 10 § subsection 2): it was a second `10 §`, and a change in the annex was
    // reported as one of 10 §.
    let old = "##### 10 § Tuotteet\n\nTuotteista säädetään tässä pykälässä.\n\n### Liite 4\n\n10 §:N 2 MOMENTISSA TARKOITETUT TUOTTEET\n\n– kaikki lisäaineet\n";
    let new = old.replace(
        "kaikki lisäaineet",
        "kaikki lisäaineet paitsi monensiininatrium",
    );
    let r = check(old, &new);
    assert_eq!(r.new_sections.len(), 2, "{:?}", r.new_sections);
    assert_eq!(changed_labels(&r), ["Liite 4"]);
}

#[test]
fn a_short_finnish_decree_is_cited_in_finnish() {
    // A two-section decree (fi/2023-166) has too few headings to tell Finnish from the other
    // Nordic styles, and too few of the words listed then: it was cited `1 §, nr. 7`.
    let old = "# Valtioneuvoston asetus rautatiematkustajien oikeuksia koskevista poikkeuksista\n\nValtioneuvoston päätöksen mukaisesti säädetään rautatiekuljetuslain 8 a §:n 3 momentin nojalla:\n\n##### 1 §\n\nPoikkeuksen piiriin kuuluvat lähijunaliikenteen yhteysvälit ovat:\n\n1) Helsinki–Siuntio;\n\n2) Lahti–Kouvola;\n\n3) Kouvola–Kotka.\n\n##### 2 §\n\nTämä asetus tulee voimaan 7 päivänä kesäkuuta 2023.\n";
    let new = old.replace("Kouvola–Kotka.", "Kouvola–Kotka–Hamina.");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "fi");
    assert_eq!(hunk_addresses(&r), ["1 §:n 3 kohta"]);
}

#[test]
fn a_swedish_section_headed_alone_counts_its_stycken_from_the_text_below() {
    // `##### 3 §` alone on its line, its text below: the sign after the number was taken for
    // text run in on the heading line, which made the first stycke the second.
    let old = "# Förordning om kemikalier\n\n##### 1 §\n\nDenna förordning gäller kemikalier.\n\n##### 3 §\n\nKemikalier får säljas endast till användare.\n\nAndra stycket gäller import.\n";
    let r = check(old, &old.replace("endast", "bara"));
    assert_eq!(r.structure.style_id, "sv");
    assert_eq!(hunk_addresses(&r), ["3 § första stycket"]);
}

#[test]
fn greek_chapters_numbered_by_word_or_numeral_and_articles_inserted_apart() {
    // legalize-gr: `ΚΕΦΑΛΑΙΟ ΠΕΜΠΤΟ` printed `ΚΕΦΑΛΑΙΟ Ε΄` in the new text is the same fifth
    // chapter (it was renumbered), and the Penal Code's `Άρθρο 187 Β` is no second Άρθρο 187
    // (its change was cited `Άρθρο 187 παρ. 4`).
    let old = "#### ΚΕΦΑΛΑΙΟ ΠΕΜΠΤΟ\n\n##### Άρθρο 187\n\n1. Όποιος συγκροτεί εγκληματική οργάνωση τιμωρείται.\n\n##### Άρθρο 187 Β\n\n1. Όποιος τελεί τρομοκρατική πράξη τιμωρείται.\n\n4. Η ποινή μειώνεται.\n\n#### ΚΕΦΑΛΑΙΟ ΕΚΤΟ\n\n##### Άρθρο 188\n\n1. Κείμενο.\n";
    let new = old
        .replace("ΚΕΦΑΛΑΙΟ ΠΕΜΠΤΟ", "ΚΕΦΑΛΑΙΟ Ε΄")
        .replace("ΚΕΦΑΛΑΙΟ ΕΚΤΟ", "ΚΕΦΑΛΑΙΟ ΣΤ΄")
        .replace("Η ποινή μειώνεται.", "Η ποινή μειώνεται ή παραλείπεται.");
    let r = check(old, &new);
    assert_eq!(r.summary.renumbered, 0);
    let addresses: Vec<&str> = hunk_addresses(&r)
        .into_iter()
        .filter(|a| a.starts_with("Άρθρο"))
        .collect();
    assert_eq!(addresses, ["Άρθρο 187Β παρ. 4"]);
}

/// A Greek law of five articles, with a table of contents (`ΠΙΝΑΚΑΣ ΠΕΡΙΕΧΟΜΕΝΩΝ`) or not.
fn greek_law(contents: bool, fifth: &str) -> String {
    let titles = [
        "Σκοπός",
        "Ορισμοί",
        "Πεδίο εφαρμογής",
        "Αρμόδιες αρχές",
        "Κυρώσεις",
    ];
    let mut text = String::from("# ΝΟΜΟΣ ΥΠ’ ΑΡΙΘΜ. 5000\n\nΕκδίδομε τον ακόλουθο νόμο:\n\n");
    if contents {
        text.push_str("ΠΙΝΑΚΑΣ ΠΕΡΙΕΧΟΜΕΝΩΝ\n\n### ΚΕΦΑΛΑΙΟ Α΄ ΓΕΝΙΚΕΣ ΔΙΑΤΑΞΕΙΣ\n\n");
        for (k, t) in titles.iter().enumerate() {
            text.push_str(&format!("##### Άρθρο {} {t}\n\n", k + 1));
        }
    }
    text.push_str("### ΚΕΦΑΛΑΙΟ Α΄ ΓΕΝΙΚΕΣ ΔΙΑΤΑΞΕΙΣ\n\n");
    for (k, t) in titles.iter().enumerate() {
        let body = match k {
            4 => fifth.to_string(),
            _ => format!("1. Το άρθρο {} ορίζει {t} του παρόντος νόμου.", k + 1),
        };
        text.push_str(&format!("##### Άρθρο {} {t}\n\n{body}\n\n", k + 1));
    }
    text
}

#[test]
fn annexes_numbering_their_short_articles_from_one_are_no_table_of_contents() {
    // A Liechtenstein gazette (LGBl. 2020 Nr. 251, legalize-li) publishes EEA Joint Committee
    // decisions one per `Anhang`, each with four one-line articles `Art. 1`… `Art. 4`. Each
    // article heads the text again in the next annex, so the runs of them were taken for a
    // table of contents and folded away: 45 of the gazette's 56 articles were found.
    let annex = |n: usize, date: &str| {
        format!(
            "### Anhang {n}\n\n##### Art. 1\n\nAnhang XX des EWR-Abkommens wird unter Nummer {n} geändert.\n\n##### Art. 2\n\nDer Wortlaut des Beschlusses in isländischer und norwegischer Sprache ist verbindlich.\n\n##### Art. 3\n\nDieser Beschluss tritt am {date} in Kraft.\n\n##### Art. 4\n\nDieser Beschluss wird im EWR-Abschnitt des Amtsblattes veröffentlicht.\n\n"
        )
    };
    let text = |second: &str| {
        let mut t =
            String::from("# Kundmachung der Beschlüsse des Gemeinsamen EWR-Ausschusses\n\n");
        for n in 1..=5 {
            t.push_str(&annex(n, if n == 2 { second } else { "9. Februar 2019" }));
        }
        t
    };
    let r = check(&text("9. Februar 2019"), &text("1. März 2019"));
    assert_eq!(r.structure.old.articles, 20);
    assert_eq!(hunk_addresses(&r), ["Anhang 2 Art. 3"]);
}

#[test]
fn a_table_of_contents_is_text_not_a_second_set_of_articles() {
    // legalize-gr: Greek laws since about 2019 open with a table of contents that repeats
    // every `Άρθρο N Title` heading (Andorran decrees too). Read as articles, the old law's
    // articles were paired with their empty entries (reported changed, and moved) and the
    // articles themselves reported added.
    let old = greek_law(false, "1. Η παράβαση τιμωρείται με πρόστιμο.");
    let new = greek_law(true, "1. Η παράβαση τιμωρείται με πρόστιμο ή φυλάκιση.");
    let r = check(&old, &new);
    assert_eq!(r.structure.new.articles, 5);
    assert_eq!(
        (r.summary.added, r.summary.removed, r.summary.moved),
        (0, 0, 0)
    );
    // The contents are new text before the first chapter.
    assert_eq!(
        hunk_addresses(&r),
        ["ΝΟΜΟΣ ΥΠ’ ΑΡΙΘΜ. 5000", "Άρθρο 5 παρ. 1"]
    );
}

#[test]
fn articles_printed_without_their_text_are_no_table_of_contents() {
    // legalize-se SFS 1949:105 and SFS 1993:100 keep the repealed sections of a chapter as
    // one-line stubs (`7 a § Har upphävts genom förordning (2010:1064).`), and Lovdata prints
    // the convention a Norwegian act sets out with most articles a heading alone. Five or more
    // such stubs in a row, each numbered as a section of a later chapter, were folded away as
    // a table of contents: their lines became text of the section before them, and a change
    // in one was cited there (`1 kap. 2 §`). A run whose numbers the next article goes on
    // with (`8 §` after `7 §`) is no contents.
    let section = |k: usize| {
        format!(
            "{k} § Denna paragraf gäller för alla.\n\nVar och en har rätt att yttra sig.\n\nLag (2018:1801).\n\n"
        )
    };
    let mut first = String::from("## 1 kap. Allmänt\n\n");
    first.push_str(&(section(1) + &section(2)));
    for k in 3..=7 {
        first.push_str(&format!("{k} § Har upphävts genom lag (2010:1064).\n\n"));
    }
    first.push_str(
        "8 § Den som bryter mot lagen döms till böter.\n\nFörsök är straffbart.\n\nLag (2018:1801).\n\n",
    );
    let second: String = (1..=8).map(section).collect();
    let old = first.clone() + "## 2 kap. Särskilt\n\n" + &second;
    let new = first.replace(
        "7 § Har upphävts genom lag (2010:1064)",
        "7 § Har upphävts genom lag (2011:99)",
    ) + "## 2 kap. Särskilt\n\n"
        + &second;
    let r = check(&old, &new);
    assert_eq!(r.structure.old.articles, 16);
    assert_eq!(hunk_addresses(&r), ["1 kap. 7 §"]);
}

#[test]
fn numbered_recitals_of_two_decrees_are_no_table_of_contents() {
    // legalize-gr FEK-A-195-2008: two decrees in one issue, each opening with `Έχοντας
    // υπόψη:` and one-line recitals `1.`…`6.`; the first decree's recitals are no contents
    // of the second's.
    let decree = |n: usize| {
        let recitals: String = (1..=6)
            .map(|k| format!("{k}. Τις διατάξεις του άρθρου {k} του ν. 2539/1997.\n\n"))
            .collect();
        format!(
            "# ΠΡΟΕΔΡΙΚΟ ΔΙΑΤΑΓΜΑ ΥΠ’ ΑΡΙΘΜ. {n}\n\nΈχοντας υπόψη:\n\n{recitals}αποφασίζουμε: μετονομάζεται ο Δήμος.\n\n"
        )
    };
    let text = decree(139) + &decree(140);
    let r = check(&text, &text);
    assert_eq!(r.structure.old.articles, 12);
}

#[test]
fn a_greek_article_suffix_typed_in_latin_is_the_same_article() {
    // legalize-gr: Greek official texts type Latin capitals for the Greek letters they look
    // like (`TMHMA`, `NOMOΣ`); `Άρθρο 9A` in one version for `Άρθρο 9Α` was reported
    // renumbered.
    let old = "# ΝΟΜΟΣ\n\n##### Άρθρο 9\n\n1. Κείμενο ένα.\n\n##### Άρθρο 9Α\n\n1. Κείμενο δύο.\n\n##### Άρθρο 10\n\n1. Κείμενο τρία.\n";
    let new = old.replace("9Α", "9A").replace("δύο.", "δύο και τρία.");
    let r = check(old, &new);
    assert_eq!(r.summary.renumbered, 0);
    assert_eq!(hunk_addresses(&r), ["Άρθρο 9Α παρ. 1"]);
}

#[test]
fn greek_sub_items_nest_under_their_item_and_sixteen_is_an_item() {
    // legalize-gr, the Code of Tax Procedure: `αα)`, `αβ)` are sub-items of `α)` (cited `περ.
    // α) υποπερ. αβ)`; they were items beside it, addressed `περ. αβ)`), `ια)` after `ι)` is
    // the eleventh item, and `ιστ)` (16) is an item (its text was `ιε)`'s).
    let old = "##### Άρθρο 3\n\nΓια την εφαρμογή του Κώδικα:\n\n- α) ως «φορολογούμενος» νοείται:\n\n- αα) κάθε πρόσωπο που υποχρεούται να καταβάλλει φόρο,\n\n- αβ) κάθε πρόσωπο που υποχρεούται να παρακρατεί φόρους,\n\n- β) ως «φόρος» νοείται κάθε φόρος.\n\n##### Άρθρο 54\n\n1. Διαδικαστική παράβαση υφίσταται όταν ο φορολογούμενος:\n\n- θ) δεν υποβάλλει δήλωση,\n\n- ι) δεν τηρεί αρχεία,\n\n- ια) δεν εκδίδει στοιχεία,\n\n- ιε) δεν εκδίδει λογιστικά αρχεία,\n\n- ιστ) διακινεί αγαθά χωρίς την ύπαρξη παραστατικών στοιχείων,\n\n- ιζ) δεν συμμορφώνεται με τις υποχρεώσεις του.\n";
    let new = old
        .replace(
            "παρακρατεί φόρους,",
            "παρακρατεί φόρους και να τους αποδίδει,",
        )
        .replace(
            "δεν εκδίδει στοιχεία,",
            "δεν εκδίδει ή δεν λαμβάνει στοιχεία,",
        )
        .replace(
            "παραστατικών στοιχείων,",
            "παραστατικών στοιχείων διακίνησης,",
        );
    let r = check(old, &new);
    assert_eq!(
        hunk_addresses(&r),
        [
            "Άρθρο 3 περ. α) υποπερ. αβ)",
            "Άρθρο 54 παρ. 1 περ. ια)",
            "Άρθρο 54 παρ. 1 περ. ιστ)"
        ]
    );
}

#[test]
fn a_greek_roman_numeral_typed_with_chi_and_iota_is_a_division_number() {
    // legalize-gr, ν. 4987/2022: `ΤΜΗΜΑ ΧΙΙ`, `ΤΜΗΜΑ ΧΙΙΙ` typed with a Greek chi and iota had
    // no number (unnumbered headings named by their whole line), so their table of contents
    // entries were no twins of them; another version types them in Latin.
    let old = "### ΤΜΗΜΑ ΧΙ ΔΙΑΔΙΚΑΣΙΕΣ\n\n##### Άρθρο 63\n\n1. Κείμενο ένα.\n\n### ΤΜΗΜΑ ΧΙΙ ΕΓΚΛΗΜΑΤΑ\n\n##### Άρθρο 66\n\n1. Κείμενο δύο.\n\n### ΤΜΗΜΑ ΧΙΙΙ ΜΕΤΑΒΑΤΙΚΕΣ ΔΙΑΤΑΞΕΙΣ\n\n##### Άρθρο 70\n\n1. Κείμενο τρία.\n";
    let new = old
        .replace("ΤΜΗΜΑ ΧΙΙ ", "ΤΜΗΜΑ XII ")
        .replace("ΤΜΗΜΑ ΧΙΙΙ", "ΤΜΗΜΑ XIII")
        .replace("τρία.", "τρία και τέσσερα.");
    let r = check(old, &new);
    let divisions: Vec<&str> = r
        .old_sections
        .iter()
        .filter(|s| s.kind == HeadingKind::Division)
        .map(|s| s.label.as_str())
        .collect();
    assert_eq!(divisions, ["Τμήμα XI", "Τμήμα XII", "Τμήμα XIII"]);
    assert_eq!(r.summary.renumbered, 0);
    assert_eq!(hunk_addresses(&r), ["Άρθρο 70 παρ. 1"]);
}

#[test]
fn a_finnish_annex_numbering_its_sections_anew_is_cited_with_them() {
    // legalize-fi (sweep fi, repro-4): a decree's annex (`### Liite`) numbers its sections
    // from `1 §.` again, each with its title in emphasis below; a change there was cited as
    // the decree's own `1 §:n 2 momentti` (no annex, and the title counted as a momentti).
    let old = "# Valtioneuvoston asetus sähkötyöstä\n\n##### 1 § Soveltamisala\n\nTätä asetusta sovelletaan sähkötyöhön.\n\n##### 2 § Voimaantulo\n\nTämä asetus tulee voimaan 1 päivänä tammikuuta 2017.\n\n### Liite\n\nOLENNAISET TURVALLISUUSVAATIMUKSET\n\n1 §. \n                            *Työskentelyn yleiset vaatimukset*\n\nTyöt on suoritettava huolellisesti.\n\nTyöt on suunniteltava.\n\n2 §. \n                            *Ohjeet ja opastus*\n\nSähkötyötä tekevällä on oltava riittävät ohjeet.\n";
    let new = old.replace("suunniteltava.", "suunniteltava etukäteen.");
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["liitteen 1 §:n 2 momentti"]);
}

#[test]
fn greek_headings_typed_with_latin_look_alikes_are_headings() {
    // legalize-gr: some 100 of 6,800 texts type Latin capitals (and a small `o`) for the
    // Greek letters they look like in their headings: `KEΦAΛAIO ΔEYTEPO`, `TMHMA A΄`,
    // `MEPOΣ ΠPΩTO`, `APΘPO 9`, `Άρθρo 5`. None was a heading: the articles ran together,
    // a change in one was cited by the article before it, and another version typed in
    // Greek had every division and article added and removed.
    let old = "## MEPOΣ ΠPΩTO ΟΡΓΑΝΩΣΗ\n\n### TMHMA A΄ ΓΕΝΙΚΑ\n\n#### KEΦAΛAIO ΠPΩTO ΣΚΟΠΟΣ\n\nAPΘPO 1 ΣΚΟΠΟΣ\n\nΟ σκοπός του νόμου.\n\nΆρθρo 2 Διάρθρωση Υπηρεσίας\n\nΟι υπηρεσίες διαρθρώνονται σε μία Διεύθυνση.\n\n#### KEΦAΛAIO ΔEYTEPO ΠΡΟΣΩΠΙΚΟ\n\nAPΘPO 3 ΘΕΣΕΙΣ\n\nΣυνιστώνται δέκα θέσεις.\n\n### TMHMA B΄ ΤΕΛΙΚΕΣ ΔΙΑΤΑΞΕΙΣ\n\n#### KEΦAΛAIO TPITO ΕΝΑΡΞΗ\n\nAPΘPO 4 ΕΝΑΡΞΗ ΙΣΧΥΟΣ\n\nΗ ισχύς αρχίζει από τη δημοσίευση.\n";
    let r = check(old, old);
    let labels: Vec<&str> = r.old_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "ΜΕΡΟΣ ΠΡΩΤΟ",
            "Τμήμα Α΄",
            "ΚΕΦΑΛΑΙΟ ΠΡΩΤΟ",
            "Άρθρο 1",
            "Άρθρο 2",
            "ΚΕΦΑΛΑΙΟ ΔΕΥΤΕΡΟ",
            "Άρθρο 3",
            "Τμήμα Β΄",
            "ΚΕΦΑΛΑΙΟ ΤΡΙΤΟ",
            "Άρθρο 4"
        ]
    );
    let new = old
        .replace("MEPOΣ ΠPΩTO", "ΜΕΡΟΣ ΠΡΩΤΟ")
        .replace("TMHMA A΄", "ΤΜΗΜΑ Α΄")
        .replace("KEΦAΛAIO ΔEYTEPO", "ΚΕΦΑΛΑΙΟ ΔΕΥΤΕΡΟ")
        .replace("APΘPO 3", "ΑΡΘΡΟ 3")
        .replace("Άρθρo 2", "Άρθρο 2")
        .replace("δέκα θέσεις", "δώδεκα θέσεις");
    let r = check(old, &new);
    // Each section is paired with its retyped self; the retyped headings are changed text.
    let s = &r.summary;
    assert_eq!((s.added, s.removed, s.moved, s.renumbered), (0, 0, 0, 0));
    assert_eq!(
        changed_labels(&r),
        [
            "ΜΕΡΟΣ ΠΡΩΤΟ",
            "Τμήμα Α΄",
            "Άρθρο 2",
            "ΚΕΦΑΛΑΙΟ ΔΕΥΤΕΡΟ",
            "Άρθρο 3"
        ]
    );
}

#[test]
fn a_section_split_in_two_is_the_same_section_read_either_way() {
    // legalize-cz, zákon 40/2009 Sb. (trestní zákoník), 2017: § 255 `Zneužití informace a
    // postavení v obchodním styku` became § 255 (information, reworded) and § 255a
    // (position, the old paragraph 2 nearly word for word). Read from the new version back to
    // the old, § 255 was removed and § 255a renumbered § 255: the new § 255a's words are a
    // little closer to the old § 255 than the new § 255's are (0.70 against 0.54). Either
    // way round, § 255 is changed under its number, its title says so.
    let split = "##### § 255\n\n#### Zneužití informace v obchodním styku\n\n(1) Kdo neoprávněně zveřejní, zpřístupní nebo sdělí třetí osobě informaci dosud nikoli veřejně přístupnou, jejíž zveřejnění je způsobilé podstatně ovlivnit rozhodování v obchodním styku, a způsobí tím větší škodu nebo jiný závažný následek nebo tím opatří sobě nebo jinému větší prospěch, bude potrestán odnětím svobody až na dvě léta nebo zákazem činnosti.\n\n(2) Kdo neoprávněně užije informaci dosud nikoli veřejně přístupnou, kterou získal při výkonu svého zaměstnání, povolání, postavení, funkce nebo jinak a jejíž zveřejnění je způsobilé podstatně ovlivnit rozhodování v obchodním styku, tím, že uskuteční nebo dá podnět k uskutečnění smlouvy nebo operace na regulovaném trhu nebo v mnohostranném obchodním systému nebo na organizovaném trhu se zbožím, a způsobí tím větší škodu nebo jiný závažný následek nebo tím opatří sobě nebo jinému větší prospěch, bude potrestán odnětím svobody až na čtyři léta nebo zákazem činnosti.\n\n(3) Odnětím svobody na dvě léta až osm let bude pachatel potrestán,\n\n- a) způsobí-li činem uvedeným v odstavci 1 nebo 2 značnou škodu, nebo\n\n- b) získá-li takovým činem pro sebe nebo pro jiného značný prospěch.\n\n(4) Odnětím svobody na pět až deset let bude pachatel potrestán,\n\n- a) způsobí-li činem uvedeným v odstavci 1 nebo 2 škodu velkého rozsahu, nebo\n\n- b) získá-li takovým činem pro sebe nebo pro jiného prospěch velkého rozsahu.\n\n##### § 255a\n\n#### Zneužití postavení v obchodním styku\n\n(1) Kdo jako podnikatel, společník, člen orgánu, zaměstnanec nebo účastník na podnikání dvou nebo více podnikatelů se stejným nebo podobným předmětem činnosti v úmyslu opatřit sobě nebo jinému výhodu nebo prospěch uzavře nebo dá popud k uzavření smlouvy na úkor jednoho nebo více podnikatelů nebo jejich podniků, bude potrestán odnětím svobody až na čtyři léta nebo zákazem činnosti.\n\n(2) Odnětím svobody na dvě léta až osm let bude pachatel potrestán, získá-li činem uvedeným v odstavci 1 pro sebe nebo pro jiného značný prospěch.\n\n(3) Odnětím svobody na pět až deset let bude pachatel potrestán, získá-li činem uvedeným v odstavci 1 pro sebe nebo pro jiného prospěch velkého rozsahu.\n\n";
    let whole = "##### § 255\n\n#### Zneužití informace a postavení v obchodním styku\n\n(1) Kdo v úmyslu opatřit sobě nebo jinému výhodu nebo prospěch neoprávněně užije informace dosud nikoli veřejně přístupné, kterou získal při výkonu svého zaměstnání, povolání, postavení nebo své funkce a jejíž zveřejnění podstatně ovlivňuje rozhodování v obchodním styku, a uskuteční nebo dá podnět k uskutečnění smlouvy nebo operace na regulovaném trhu s investičními nástroji nebo na organizovaném trhu se zbožím, bude potrestán odnětím svobody až na tři léta nebo zákazem činnosti.\n\n(2) Stejně bude potrestán, kdo jako podnikatel, společník, člen orgánu, zaměstnanec nebo účastník na podnikání dvou nebo více podnikatelů se stejným nebo podobným předmětem činnosti v úmyslu uvedeném v odstavci 1 uzavře nebo dá popud k uzavření smlouvy na úkor jednoho nebo více podnikatelů nebo jejich podniků.\n\n(3) Odnětím svobody na dvě léta až osm let bude pachatel potrestán, získá-li činem uvedeným v odstavci 1 nebo 2 pro sebe nebo pro jiného značný prospěch.\n\n(4) Odnětím svobody na pět až deset let bude pachatel potrestán, získá-li činem uvedeným v odstavci 1 nebo 2 pro sebe nebo pro jiného prospěch velkého rozsahu.\n\n";
    let forward = check(whole, split);
    let s = &forward.summary;
    assert_eq!((s.added, s.removed, s.renumbered), (1, 0, 0));
    assert_eq!(changed_labels(&forward), ["§ 255"]);
    let back = check(split, whole);
    let s = &back.summary;
    assert_eq!((s.added, s.removed, s.renumbered), (0, 1, 0));
    assert_eq!(changed_labels(&back), ["§ 255"]);
}

#[test]
fn stubs_restored_between_stubs_are_added_not_renumbering_the_rest() {
    // A code whose later version prints again the stubs of articles it had left out (every
    // seventh of 70 `Repealed.`): read forward, ten stubs were removed; read backwards, ten
    // were added and 46 reported renumbered, each new stub paired with the next free old one
    // of equal words before its own number came up.
    let all: String = (1..=70)
        .map(|k| format!("Article {k}\nRepealed.\n\n"))
        .collect();
    let some: String = (1..=70)
        .filter(|k| k % 7 != 0)
        .map(|k| format!("Article {k}\nRepealed.\n\n"))
        .collect();
    let forward = check(&all, &some);
    let s = &forward.summary;
    assert_eq!((s.added, s.removed, s.renumbered), (0, 10, 0));
    let back = check(&some, &all);
    let s = &back.summary;
    assert_eq!((s.added, s.removed, s.renumbered), (10, 0, 0));
}

#[test]
fn a_spanish_text_with_one_slovenian_looking_line_is_not_slovenian() {
    // crafter-research/legalize-pe: nine of 150 regional ordinances, OCR'd from scans, were
    // read as Slovenian, their changes cited `točka` and `odstavek`: the only headings found
    // were letterhead lines such as `IBLICA DEL` (REPÚBLICA DEL PERÚ) and `L DEL o CONSEJO
    // REGIONAL.`, a Slovenian division `del` after a word or a Roman numeral in capitals,
    // and no style was there to outvote it, while every line is Spanish.
    let old = "# Acuerdo Regional N.° 157-2025-GRLL-CR\n\nGOBIERNO REGIONAL DE LA LIBERTAD\n\nEL CONSEJO REGIONAL DEL GOBIERNO REGIONAL DE LA LIBERTAD, en Sesión Ordinaria de la fecha, y de conformidad con lo dispuesto por la Ley Orgánica de Gobiernos Regionales y su Reglamento Interno;\n\nCONSIDERANDO:\n\nQue, mediante el informe de la comisión de la fecha, se propone declarar de interés regional la obra de la carretera del valle;\n\nQue, el Consejo Regional es el órgano normativo y fiscalizador del Gobierno Regional, y le corresponde aprobar los acuerdos de su competencia;\n\nACUERDA:\n\nDECLARAR de interés regional la obra de la carretera del valle.\n\nIBLICA DEL\n\nRegístrese, comuníquese y cúmplase.\n";
    let new = old.replace(
        "la obra de la carretera del valle.",
        "la obra de la carretera y del puente del valle.",
    );
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "numbers");
    assert!(
        hunk_addresses(&r)
            .iter()
            .all(|a| !a.contains("točka") && !a.contains("odstavek")),
        "{:?}",
        hunk_addresses(&r)
    );
}

#[test]
fn greek_subchapters_and_units_are_divisions() {
    // legalize-gr, ν. 4808/2021 and others: `ΥΠΟΚΕΦΑΛΑΙΟ Α’ …` (subchapter), `ΥΠΟΤΜΗΜΑ 3 …`
    // (subsection) and `ΕΝΟΤΗΤΑ Δ’ …` (unit) stand between articles, unmarked. They were text
    // of the article before them: a subchapter added was a change of that article.
    let old = "#### ΚΕΦΑΛΑΙΟ Δ΄\n\nΥΠΟΚΕΦΑΛΑΙΟ Α’ ΕΡΓΑΖΟΜΕΝΟΙ ΣΤΟΝ ΙΔΙΩΤΙΚΟ ΤΟΜΕΑ\n\n##### Άρθρο 94 Σκοπός\n\nΣκοπός του παρόντος είναι η προστασία των εργαζομένων.\n\nΥΠΟΚΕΦΑΛΑΙΟ Β’ ΕΡΓΑΖΟΜΕΝΟΙ ΣΤΟΝ ΔΗΜΟΣΙΟ ΤΟΜΕΑ\n\n##### Άρθρο 103 Σκοπός\n\nΣκοπός του παρόντος είναι η προστασία των υπαλλήλων.\n\n#### ΚΕΦΑΛΑΙΟ Ε΄\n\nΥΠΟΤΜΗΜΑ 3 ΔΙΑΔΙΚΑΣΙΕΣ\n\n##### Άρθρο 110 Διαδικασία\n\nΗ διαδικασία ορίζεται με απόφαση.\n\nΕΝΟΤΗΤΑ Δ’ ΛΟΙΠΕΣ ΔΙΑΤΑΞΕΙΣ\n\n##### Άρθρο 111 Έναρξη ισχύος\n\nΗ ισχύς αρχίζει από τη δημοσίευση.\n";
    let new = old.replace(
        "#### ΚΕΦΑΛΑΙΟ Ε΄",
        "ΥΠΟΚΕΦΑΛΑΙΟ Γ’ ΕΡΓΑΖΟΜΕΝΟΙ ΜΕ ΕΝΤΟΛΗ\n\n##### Άρθρο 104 Σκοπός\n\nΣκοπός του παρόντος είναι η προστασία των εντολοδόχων.\n\n#### ΚΕΦΑΛΑΙΟ Ε΄",
    );
    let r = check(old, &new);
    let divisions: Vec<&str> = r
        .old_sections
        .iter()
        .filter(|s| s.kind == HeadingKind::Division)
        .map(|s| s.label.as_str())
        .collect();
    assert_eq!(
        divisions,
        [
            "Κεφάλαιο Δ΄",
            "Υποκεφάλαιο Α΄",
            "Υποκεφάλαιο Β΄",
            "Κεφάλαιο Ε΄",
            "Υποτμήμα 3",
            "Ενότητα Δ΄"
        ]
    );
    let s = &r.summary;
    assert_eq!((s.added, s.removed, s.changed), (2, 0, 0));
}

#[test]
fn an_article_rewritten_with_the_words_of_one_repealed_keeps_its_number_read_either_way() {
    // legalize-fr, Code de la recherche (two consolidations): art. L531-3 was repealed and art. L531-14
    // rewritten with its words (0.5 to 0.8 alike). Read forward, the new L531-14 took the
    // old L531-3 as "moved and renumbered" and the old L531-14 was "removed"; read backwards,
    // L531-14 was changed under its number. An article whose number the other text's unpaired
    // article holds now keeps it, whichever text that is, unless the words clearly went.
    let old = "Article L531-3\n\nL'autorisation est accordée par l'autorité dont relève le fonctionnaire après avis de la commission prévue par l'article 87 de la loi n° 93-122 du 29 janvier 1993 relative à la prévention de la corruption et à la transparence de la vie économique et des procédures publiques, pour une période de temps limitée fixée par voie réglementaire.\n\nL'autorisation est refusée :\n\na) Si elle est préjudiciable au fonctionnement normal du service public ; ou\n\nb) Si, par nature ou par ses conditions et modalités et eu égard aux fonctions précédemment exercées par le fonctionnaire, la participation de ce dernier porte atteinte à la dignité desdites fonctions ou risque de compromettre ou mettre en cause l'indépendance ou la neutralité du service ; ou\n\nc) Si la prise d'intérêts dans l'entreprise est de nature à porter atteinte aux intérêts matériels ou moraux du service public de la recherche ou à remettre en cause les conditions d'exercice de la mission d'expertise qu'il exerce auprès des pouvoirs publics.\n\nSection 3 : Participation des personnels de la recherche au conseil d'administration ou au conseil de surveillance d'une société anonyme\n\nArticle L531-14\n\nL'autorisation est accordée par l'autorité dont relève le fonctionnaire après avis de la commission mentionnée au premier alinéa de l'article L. 531-3, dans les conditions prévues à ce même article. Le renouvellement intervient après avis de la même commission si les conditions établies au moment de la délivrance de l'autorisation ont évolué depuis la date de l'autorisation. L'autorisation est retirée ou non renouvelée si les conditions qui avaient permis sa délivrance ne sont plus réunies ou si le fonctionnaire méconnaît les dispositions de la présente section. En cas de retrait ou de non-renouvellement de l'autorisation, le fonctionnaire dispose d'un délai de trois mois pour céder ses droits sociaux. Il ne peut poursuivre son activité au sein de l'entreprise que dans les conditions prévues au dernier alinéa à l'article L. 531-7.\n\n";
    let new = "#### Section 3 : Participation des personnels de la recherche au conseil d'administration ou au conseil de surveillance d'une société anonyme\n\n##### Article L531-14\n\nLes autorisations mentionnées aux articles L. 531-1, L. 531-6, L. 531-8, L. 531-12 et L. 531-13 ainsi que leur renouvellement sont accordés par l'autorité dont relève le fonctionnaire dans les conditions prévues à la présente section, pour une période maximale fixée par voie réglementaire.\n\n\n\nL'autorisation est refusée :\n\n\n\n1° Si elle est préjudiciable au fonctionnement normal du service public ;\n\n\n\n2° Si, par sa nature ou par ses conditions et modalités et eu égard aux fonctions précédemment exercées par le fonctionnaire, la participation de ce dernier porte atteinte à la dignité de ces fonctions ou risque de compromettre ou mettre en cause l'indépendance ou la neutralité du service ;\n\n\n\n3° Si la prise d'intérêts dans l'entreprise est de nature à porter atteinte aux intérêts matériels et moraux du service public de la recherche ou à remettre en cause les conditions d'exercice de la mission d'expertise que le fonctionnaire exerce auprès des pouvoirs publics ou de la mission de direction qu'il assure.\n\n\n\nDans les cas prévus aux articles L. 531-6, L. 531-8, L. 531-12 et L. 531-13 le fonctionnaire peut être autorisé à détenir une participation au capital social de l'entreprise, sous réserve qu'au cours des trois années précédentes, il n'ait pas, en qualité de fonctionnaire ou d'agent public, exercé un contrôle sur cette entreprise ou participé à l'élaboration ou à la passation de contrats et conventions conclus entre l'entreprise et le service public de la recherche.\n\n\n\nL'autorité peut, préalablement à sa décision, demander l'avis de la Haute Autorité pour la transparence de la vie publique mentionnée à l'article 25 octies de la loi n° 83-634 du 13 juillet 1983 portant droits et obligations des fonctionnaires.\n\n\n\nLa mise à disposition prévue aux articles L. 531-4 et L. 531-8 du présent code donne lieu à remboursement par l'entreprise dans les conditions prévues par voie réglementaire.\n\n";
    for (r, removed, added) in [(check(old, new), 1, 0), (check(new, old), 0, 1)] {
        let s = &r.summary;
        assert_eq!(
            (s.added, s.removed, s.moved, s.renumbered),
            (added, removed, 0, 0)
        );
        assert!(changed_labels(&r).contains(&"Article L531-14"));
    }
}

#[test]
fn a_short_french_reglement_is_french_though_it_says_de_as_dutch_does() {
    // legalize-lu, Règlement grand-ducal du 8 juin 1979: two `Art.` headings, which French,
    // German, Austrian, Dutch and Catalan all use, and the tie went to Dutch, whose common
    // words counted `de` (and `en`): 62 against French's 48. Its changes were cited `, lid 1`.
    let old = "# Règlement grand-ducal du 8 juin 1979 portant à un milliard de francs la dotation de l'Etat à la Société Nationale de Crédit et d'Investissement\n\nNous JEAN, par la grâce de Dieu, Grand-Duc de Luxembourg, Duc de Nassau,\n\nVu la loi du 2 août 1977 portant création d'une Société Nationale de Crédit et d'Investissement et notamment son article 11;\n\nNotre Conseil d'Etat entendu;\n\nDe l'assentiment de la Chambre des Députés par l'organe de sa commission de travail;\n\nSur le rapport de Notre Ministre des Finances et de Notre Ministre de l'Economie Nationale et après délibération du Gouvernement en conseil;\n\nArrêtons:\n\n### Art. 1<sup>er</sup>.\n\nLa dotation de l'Etat à la Société Nationale de Crédit et d'Investissement prévue à l'alinéa (1) de l'article 11 de la loi du 2 août 1977 portant création d'une Société Nationale de Crédit et d'Investissement est portée à un milliard de francs.\n\n### Art. 2.\n\nNotre Ministre des Finances et Notre Ministre de l'Economie Nationale sont chargés de l'exécution du présent règlement qui sera publié au Mémorial.\n\n**Le Ministre des Finances,Jacques F. PoosLe Ministre de l'Economie Nationale,Gaston Thorn**\n\n**Palais de Luxembourg, le 8 juin 1979.Jean**\n";
    let new = old.replace("un milliard de francs.", "deux milliards de francs.");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "fr");
    assert_eq!(hunk_addresses(&r), ["Art. 1er"]);
}

#[test]
fn a_treaty_in_a_swedish_act_is_swedish() {
    // nab-collab/legalize-se, SFS 1929:404 (the Swedish-Norwegian water rights convention):
    // the act prints the convention's articles `Art. 1.`, `Art 8.`, which the Swedish row
    // did not have and the Norwegian one did, so the Swedish text was read as Norwegian
    // (before Norwegian had them, as German).
    let old = "# Lag (1929:404) om giltighet här i riket av svensk-norska vattenrättskonventionen av den 11 maj 1929\n\n**SFS-nummer:** 1929:404  \n**Typ:** Lag  \n**Myndighet/Departement:** Klimat- och näringslivsdepartementet  \n**Ikraftträdande:** okänd  \n\n---\n\n## Författningstext\n\n\"Konventionens omfattning.\n\nArt. 1.\n\n1. Denna konvention avser anläggning, arbete eller annan åtgärd i\nvattendrag inom det ena riket av beskaffenhet att därigenom vållas\nmärkbar förändring i vattendrag inom det andra riket med avseende å\ndjup, läge, riktning, vattenstånd eller vattenmängd eller förorsakas\nhinder för fiskens gång till skada för fisket inom detta rike.\n\n2. Konventionen avser ock samfärdsel och flottning i vattendrag, som\nutgöra gräns mellan rikena eller som eljest sträcka sig genom båda\nrikenas områden eller som hava avlopp till sådana vattendrag.\n\n3. Till vattendrag hänföras i denna konvention jämväl sjöar och andra\nvattensamlingar. Anläggning, arbete eller åtgärd, som avses i mom. 1,\nkallas i denna konvention företag.\n\nArt. 2.\n\nInnefattar ett företag överföring av vatten från ett nederbördsområde\ntill ett annat, må vartdera riket påfordra, att frågan göres till\nföremål för särskilda förhandlingar mellan rikena, därvid dessa icke\näro bundna av bestämmelserna i denna konvention. Såsom ett\nnederbördsområde anses hela det område, från vilket vattnet har\ngemensamt avlopp till havet.\n\nLagtillämpning.\n\nHuvudregler.\n\n";
    let new = old.replace("jämväl sjöar och andra", "jämväl sjöar, dammar och andra");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "sv");
    assert_eq!(r.structure.old.articles, 2);
}

#[test]
fn a_uk_schedules_note_of_the_provision_it_serves_is_no_article() {
    // The Police (Northern Ireland) Act 2000 as legislation.gov.uk's XML reads: each Schedule's
    // heading, its title, then `Section 2.`, the section giving it effect. The notes outvoted
    // the Act's 81 sections, and a change in section 2(2) was cited in no section.
    let old = "1 Short title\n\nThis Act may be cited as the Example Act.\n\n2 The Board\n\n(1) There shall be a Board.\n\n(2) The Board shall have 19 members.\n\n3 Functions\n\n(1) The Board shall secure an effective police service.\n\n4 Extent\n\nThis Act extends to Northern Ireland.\n\nSCHEDULE 1\nThe Board\nSection 2.\n1 The Board shall be a body corporate.\n\n2 The Board may appoint staff.\n\n3 The Board shall keep accounts.\n\nSCHEDULE 2\nFunctions\nSection 3.\n1 The Board may make reports.\n";
    let new = old.replace("19 members", "21 members");
    let r = check(old, &new);
    assert_eq!(r.structure.articles_marked_by, "bare numbers (1 Title)");
    assert_eq!(hunk_addresses(&r), ["s. 2(2)"]);
    // legislation.gov.uk's pages print the note above the heading.
    let above = old
        .replace(
            "SCHEDULE 1\nThe Board\nSection 2.\n",
            "Section 2\nSCHEDULE 1\nThe Board\n",
        )
        .replace(
            "SCHEDULE 2\nFunctions\nSection 3.\n",
            "Section 3\nSCHEDULE 2\nFunctions\n",
        );
    let r = check(&above, &above.replace("19 members", "21 members"));
    assert_eq!(hunk_addresses(&r), ["s. 2(2)"]);
    // A Schedule that sets out a treaty opens on its first article, which stays one.
    let treaty = "1 Short title\n\nThis Act may be cited as the Example Act.\n\n2 Convention\n\nThe Convention in the Schedule has the force of law.\n\nSCHEDULE\n\nArticle 1\n\nFor the purposes of this Convention, a child is a person under 18.\n\nArticle 2\n\nEach Party shall take measures.\n";
    let r = check(treaty, &treaty.replace("under 18", "below the age of 18"));
    assert_eq!(hunk_addresses(&r), ["Article 1"]);
    // In a numbered Schedule too its articles are the treaty's, not the Schedule's
    // paragraphs (they were cited `Sch. 1 para. 1`).
    let numbered = treaty.replace("SCHEDULE\n", "SCHEDULE 1\n");
    let r = check(
        &numbered,
        &numbered.replace("under 18", "below the age of 18"),
    );
    assert_eq!(hunk_addresses(&r), ["Sch. 1 Article 1"]);
}

#[test]
fn a_treaty_article_set_out_alone_in_an_orders_schedule_is_an_article() {
    // The Double Taxation Relief (Air Transport) (Hong Kong) Order 1998: the Order's articles
    // are bare numbers, its Schedule sets out the agreement's `ARTICLE 14`. The article was
    // taken for a note of the provision the Schedule serves, and a change in its paragraph
    // (1)(b) was cited `Sch.(1)(b)`.
    let old = "1 This Order may be cited as the Example Order 1998.\n2 It is hereby declared that the arrangements in the Schedule have been made.\nSCHEDULE\nRELIEF FROM DOUBLE TAXATION\nARTICLE 14\n(1) The existing taxes to which this Article shall apply are:\n(a) the profits tax; and\n(b) the income tax.\n(2) This Article shall also apply to any identical taxes.\n";
    let new = old.replace(
        "(b) the income tax.",
        "(b) the income tax and the corporation tax.",
    );
    let r = check(old, &new);
    assert_eq!(r.structure.articles_marked_by, "bare numbers (1 Title)");
    assert_eq!(r.structure.old.articles, 3);
    assert_eq!(hunk_addresses(&r), ["Article 14(1)(b)"]);
    // A note of the provision served, written as the text cites it, stays no article.
    let noted = old.replace("ARTICLE 14", "Article 2");
    let r = check(
        &noted,
        &noted.replace("the income tax.", "the income tax and more."),
    );
    assert_eq!(r.structure.old.articles, 2);
    assert_eq!(hunk_addresses(&r), ["Sch.(1)(b)"]);
}

#[test]
fn a_part_named_in_bold_capitals_over_articles_is_a_division() {
    // The Hungarian Fundamental Law as petergerner/alaptorveny keeps it: its parts are lines of
    // capitals in bold, its articles in quote blocks. The part heading was the last words of
    // the article before it, so an article inserted there took the heading with it (`B) cikk`
    // changed, and instructions substituted the heading away and inserted it again).
    let old = "**ALAPVETÉS**  \n\n> *A) cikk*  \n\nHAZÁNK neve Magyarország.  \n\n> *B) cikk*  \n\n(1) Magyarország független, demokratikus jogállam.  \n\n**SZABADSÁG ÉS FELELŐSSÉG**  \n\n**Az emberi méltóság**  \n\n> *I. cikk*  \n\n(1) AZ EMBER sérthetetlen jogait tiszteletben kell tartani.  \n";
    let new = old.replace(
        "jogállam.  \n\n",
        "jogállam.  \n\n> *C) cikk*  \n\nMagyarország hivatalos nyelve a magyar.  \n\n",
    );
    let r = check(old, &new);
    assert_eq!(r.structure.old.divisions, 2);
    let status = |label: &str| {
        r.sections
            .iter()
            .find(|s| s.new_label.as_deref() == Some(label))
            .map(|s| s.status)
    };
    assert_eq!(status("B) cikk"), Some(Status::Unchanged));
    assert_eq!(status("C) cikk"), Some(Status::Added));
    assert_eq!(status("SZABADSÁG ÉS FELELŐSSÉG"), Some(Status::Unchanged));
    // A Greek Government Gazette's masthead and its President's formula, in bold capitals over
    // the recitals, are text.
    let gazette = "**ΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ**\n\n**Ο ΠΡΟΕΔΡΟΣ**\n\nΈχοντας υπόψη τις διατάξεις.\n\nΆρθρο 1\n\n1. Κείμενο.\n\nΆρθρο 2\n\n1. Άλλο κείμενο.\n\n**Ο ΠΡΟΕΔΡΟΣ ΤΗΣ ΔΗΜΟΚΡΑΤΙΑΣ**\n";
    let r = check(gazette, &gazette.replace("Άλλο", "Νέο"));
    assert_eq!(r.structure.old.divisions, 0);
}

#[test]
fn a_schedule_an_act_inserts_in_quotation_marks_holds_no_division_of_the_act() {
    // The Coronavirus Act 2020 inserts a Schedule 3A into another Act, quoted whole over many
    // lines: its `PART 1` was a Part of the Act, and its paragraphs `1`, `2` the Act's sections
    // (`Part 1` and `s. 1(1)` each twice). A change in the quoted paragraph was cited as the
    // Act's own section.
    let old = "PART 1\nMain provisions\n\n1 Live links\n\n(1) Schedule 1 has effect.\n\n2 Extent\n\n(1) This Act extends to England and Wales.\n\nSCHEDULE 1\nLive links\n\n1 After Schedule 3 to the Criminal Justice Act insert—\n“SCHEDULE 3A\nProhibitions on use of live links\nPART 1\nPreliminary hearings\n1 (1) This Part applies to preliminary hearings.\n(2) The accused may not take part through a live audio link.\n2 (1) The court may give a direction.”\n\n2 In section 51 of that Act, omit subsection (3).\n";
    let new = old.replace("live audio link", "live audio or video link");
    let r = check(old, &new);
    assert_eq!(r.structure.old.divisions, 2, "PART 1 and SCHEDULE 1 only");
    assert_eq!(hunk_addresses(&r), ["Sch. 1 para. 1"]);
    // A quotation that loses its closing mark (the Irish Finance Act 2024's, over a table its
    // text leaves out) does not run on over the Act's own sections.
    let open = "50. Section 12 is amended.\n\n51. Section 13 is amended.\n\n52. Section 835YA is amended by the substitution of the following:\n“(1) In this section, ‘listed territory’ means—\n\n53. Section 46 is repealed.\n\n54. (1) Relief is given.\n(2) The following section is inserted:\n“600B. (1) A quoted section.\n(2) Its second subsection.”\n\n55. Section 599 is amended.\n";
    let r = check(open, &open.replace("Relief is given", "Relief is granted"));
    let labels: Vec<&str> = r.old_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["50.", "51.", "52.", "53.", "54.", "55."]);
}

#[test]
fn a_schedule_under_the_table_that_ends_the_schedule_before_it_is_a_schedule() {
    // The Road Vehicles (Authorisation of Special Types) (General) Order 2003: Schedule 2 ends
    // on a table whose rows run on without a stop, and `SCHEDULE 3` under its last row was
    // taken for the rest of a sentence: Schedule 3's Parts and paragraphs were Schedule 2's,
    // and a change in its paragraph 1 was cited as Schedule 2's. A row numbered like a
    // section under another row is still the table's.
    let old = "1 Citation\nThis Order may be cited.\n\n2 Interpretation\nWords have meanings.\n\nSCHEDULE 2\nMOBILE CRANES\nPART 1\nDEFINED TERMS\n1 In this Schedule cranes are defined.\n2 The following provisions apply:\nRegulation | Subject matter\n17 | Vacuum or pressure brake warning devices\n18(1A) to (9) | Maintenance and efficiency of brakes\n82 | Restrictions on use of vehicles carrying wide or long loads\nSCHEDULE 3\nENGINEERING PLANT\nPART 1\nDEFINED TERMS\n1 In this Schedule plant is defined.\n";
    let new = old.replace("plant is defined", "engineering plant is defined");
    let r = check(old, &new);
    assert_eq!(r.structure.old.divisions, 4);
    assert_eq!(r.structure.old.articles, 5);
    assert_eq!(hunk_addresses(&r), ["Sch. 3 para. 1"]);
}

#[test]
fn keyword_lines_far_outnumbered_by_numbered_sections_do_not_decide_the_units() {
    // A Scottish SI's 77 regulations `1 Citation …` and, under its one `SCHEDULE` (a heading
    // of no number, so no Schedule for the grammar), the note `Regulation 21`: counted in
    // both texts, two keyword articles made the SI keyword-numbered, one article, 208
    // paragraphs. And an Order's explanatory note after its articles (`Article 3 and the
    // Schedule insert …`).
    let regs: String = (1..=12)
        .map(|k| format!("{k} Amendment of regulation {k}A\n\n(1) Regulation {k}A is amended as follows.\n\n(2) In paragraph (1), omit \"the scheme\".\n\n"))
        .collect();
    let old = format!(
        "The Example Regulations 2010\n\n{regs}SCHEDULE\nAMENDMENTS\nRegulation 21\nIn the following provisions omit \"scheme\".\n"
    );
    let new = old.replace("{7}", "").replace(
        "7 Amendment of regulation 7A\n\n(1) Regulation 7A is amended as follows.\n\n(2) In paragraph (1), omit \"the scheme\".",
        "7 Amendment of regulation 7A\n\n(1) Regulation 7A is amended as follows.\n\n(2) In paragraph (1), omit \"the section\".",
    );
    let r = check(&old, &new);
    assert_eq!(r.structure.articles_marked_by, "bare numbers (1 Title)");
    assert_eq!(r.structure.new.articles, 12);
    assert_eq!(hunk_addresses(&r), ["s. 7(2)"]);
    let note = format!(
        "{regs}EXPLANATORY NOTE\n(This note is not part of the Order)\nArticle 3 and the Schedule insert new articles.\nArticle 6 inserts new articles 11A and 11B.\n"
    );
    let r = check(&note, &note.replace("11A and 11B", "11A to 11C"));
    assert_eq!(r.structure.articles_marked_by, "bare numbers (1 Title)");
}

#[test]
fn legislation_gov_uk_text_copied_from_its_pages_is_read_as_the_act_is_numbered() {
    // The Advanced Research and Invention Agency Act 2022 as its web page copies to text: the
    // numbers run into the titles and words (`1Establishment of ARIA`, `(1)A body …`,
    // `(a)conduct …`, `SCHEDULE 1The Advanced …`, `1(1)ARIA is not …`), and the Schedule's
    // note stands above its heading. No section was a unit: the subsections were the
    // articles (`(2)`), or the notes (`Section 1`).
    let old = "Advanced Research and Invention Agency Act 2022\n2022 CHAPTER 4\n\nPART 1Establishment\n1Establishment of ARIA\n(1)A body corporate called the Advanced Research and Invention Agency is established.\n(2)Schedule 1 contains further provision about ARIA.\n2ARIA’s functions\n(1)ARIA may do any of the following—\n(a)conduct scientific research;\n(b)develop and exploit scientific knowledge.\n(2)ARIA may give financial support.\nFinal provisions on the citation of this Act and its extent\n3Short title\nThis Act may be cited as the Advanced Research and Invention Agency Act 2022.\nSCHEDULES\n\nSection 1\nSCHEDULE 1The Advanced Research and Invention Agency\nStatus\n1(1)ARIA is not to be regarded as the servant or agent of the Crown.\n(2)ARIA’s property is not to be regarded as property of the Crown.\n2(1)ARIA is to consist of a chair and a chief executive.\n(2)The chair is appointed by the Secretary of State.\n";
    let new = old.replace("develop and exploit", "develop, exploit and share");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "en");
    assert_eq!(r.structure.articles_marked_by, "bare numbers (1 Title)");
    assert_eq!(hunk_addresses(&r), ["s. 2(1)(b)"]);
    // A long cross-heading above a section is no sentence the section's number goes on
    // (section 3 was a wrapped line of it).
    assert_eq!(
        labels(&r, Status::Unchanged),
        [
            Some("preamble"),
            Some("Part 1"),
            Some("1"),
            Some("3"),
            Some("Schedule 1"),
            Some("Sch. 1 para. 1"),
            Some("Sch. 1 para. 2")
        ]
    );
    let new = old.replace("chair and a chief", "chair, a chief");
    assert_eq!(hunk_addresses(&check(old, &new)), ["Sch. 1 para. 2(1)"]);
    // A bill's print spaces them: a Schedule's paragraph `2 (1) Section 7 is amended …`
    // was no paragraph, its sub-paragraphs paragraph 1's.
    let bill = "1 Offence\n\n(1) A person commits an offence.\n\n2 Amendments\n\nThe Schedule contains amendments.\n\nSCHEDULE 1\nAmendments\n\n1 The Police Act is amended as follows.\n\n2 (1) Section 7 is amended as follows.\n\n(2) In subsection (4), omit \"the officer\".\n";
    let r = check(bill, &bill.replace("the officer", "the constable"));
    assert_eq!(hunk_addresses(&r), ["Sch. 1 para. 2(2)"]);
    // A title run into a keyword's number is a title in any language (Luxembourg's
    // reservations to a Council of Europe convention, `Article 2Le Gouvernement …`: the
    // article was `Article 2Le`).
    let fr = "I. Réserves\n\nArticle 2Le Gouvernement se réserve la faculté de refuser.\n\nArticle 11Le Gouvernement n'accordera le transfèrement que sous condition.\n";
    let r = check(fr, &fr.replace("sous condition", "sous conditions"));
    assert_eq!(hunk_addresses(&r), ["Article 11"]);
}

#[test]
fn items_glued_to_their_words_are_items_where_the_style_writes_markers_tight() {
    // `(a)employment needs …`: legislation.gov.uk's and the Dutch treaty database's English
    // texts glue an item's letter to its first word; `(1)shall apply`, a number so glued, is
    // a citation broken over a line, and a glued letter is read so in English (and Dutch,
    // Italian) texts only.
    let old = "Article 1\n\n1. Each Member shall take into account—\n\n(a)employment needs, opportunities and problems;\n\n(b)the stage of economic development.\n\nArticle 2\n\nThe measures shall be reviewed.\n";
    let new = old.replace("the stage of", "the level of");
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["Article 1(1)(b)"]);
    let de = "Artikel 1\n\n(1) Jeder Staat berücksichtigt\n\n(a)bcd und efg;\n\n(b)xyz und uvw.\n\nArtikel 2\n\nDie Massnahmen werden geprüft.\n";
    let r = check(de, &de.replace("xyz und", "xyz oder"));
    assert_eq!(r.structure.old.items, 0);
}

#[test]
fn hungarian_civil_code_sections_numbered_by_book_are_sections() {
    // The Polgári Törvénykönyv numbers each section by its book (`1:2. §`, `6:519. §`): its
    // 1,587 sections were no units, their paragraphs `(1)` the articles.
    let old = "ELSŐ KÖNYV\nBEVEZETŐ RENDELKEZÉSEK\n\n1:1. §         [A törvény hatálya]\n               E törvény szabályozza a személyek viszonyait.\n\n1:2. §         [Értelmezési alapelv]\n          (1)  E törvény rendelkezéseit az alkotmányos renddel összhangban kell értelmezni.\n          (2)  A jogszabályokat e törvénnyel összhangban kell értelmezni.\n\nMÁSODIK KÖNYV\nAZ EMBER MINT JOGALANY\n\n2:1. §         [A jogképesség]\n          (1)  Minden ember jogképes.\n          (2)  A jogképességet korlátozó jognyilatkozat semmis.\n";
    let new = old.replace("korlátozó jognyilatkozat", "korlátozó szerződés");
    let r = check(old, &new);
    assert_eq!(r.structure.new.articles, 3);
    assert_eq!(hunk_addresses(&r), ["2:1. § (2) bekezdés"]);
}

#[test]
fn numbers_of_a_schedules_methods_do_not_outvote_the_regulations_before_it() {
    // The Fertilisers (Sampling and Analysis) Regulations 1996: 7 regulations `1 Title`, then
    // Schedules of methods numbered `1.`, `1.1` … (some 900): the methods were the articles,
    // and a change in regulation 2 was cited in none.
    let methods: String = (1..=6)
        .map(|k| format!("{k}. Method {k}\n\n{k}.1 Weigh the sample.\n\n{k}.2 Dry the sample.\n\n{k}.3 Record the mass.\n\n"))
        .collect();
    let old = format!(
        "1 Citation and commencement\n\nThese Regulations may be cited as the Example Regulations 1996.\n\n2 Sampling\n\n(1) A sample shall be taken by an inspector.\n\n(2) The sample shall be divided into three parts.\n\n3 Analysis\n\nThe analyst shall use the methods in Schedule 1.\n\nSCHEDULE 1\nMethods of analysis\n\n{methods}"
    );
    let new = old.replace("three parts", "four parts");
    let r = check(&old, &new);
    assert_eq!(r.structure.articles_marked_by, "bare numbers (1 Title)");
    assert_eq!(hunk_addresses(&r), ["reg. 2(2)"]);
}

#[test]
fn a_uk_regulation_without_paragraphs_beside_dashed_ones_is_a_regulation() {
    // A UK statutory instrument as the Queen's Printer prints it: `1. These Regulations …`
    // (no paragraphs) beside `2.—(1) In these Regulations—`. The undashed ones were numbered
    // paragraphs, the only articles, and a change in regulation 3(2) was cited `1.(2)`. An
    // instrument's regulations are cited `reg.`.
    let old = "The Example Regulations 2025\n\n1. These Regulations may be cited as the Example Regulations 2025.\n\n2.—(1) In these Regulations “child” means a person under 18.\n\n(2) A reference to a device includes any computer.\n\n3.—(1) A provider must remove the content.\n\n(2) The provider must keep a record for 6 months.\n\n4. Regulation 3 does not apply to a public authority.\n";
    let new = old.replace("for 6 months", "for 12 months");
    let r = check(old, &new);
    assert_eq!(r.structure.new.articles, 4);
    assert_eq!(hunk_addresses(&r), ["reg. 3(2)"]);
}

#[test]
fn a_text_of_no_known_style_that_glues_its_items_has_them_read() {
    // A UK Act with no Part, copied from legislation.gov.uk's pages: no keyword tells its
    // language, and its items `(a)conduct …`, glued to their words on every line, were no
    // units (a change in item (b) was cited `s. 2(1)`). A text whose items are mostly spaced
    // from their words keeps a glued one as words (`(a)shall`: a citation broken over a line).
    let old = "Example Agency Act 2022\n\n1Establishment\n\n(1)There is to be a body corporate called the Example Agency.\n\n2Functions\n\n(1)The Agency may—\n(a)conduct scientific research,\n(b)develop and exploit technologies, and\n(c)give financial support.\n\n(2)The Agency must have regard to the desirability of—\n(a)supporting research, and\n(b)exploiting outcomes.\n";
    let new = old.replace("develop and exploit", "develop and deploy");
    let r = check(old, &new);
    assert_eq!(r.structure.style_id, "numbers");
    assert_eq!(r.structure.new.items, 5);
    assert_eq!(hunk_addresses(&r), ["s. 2(1)(b)"]);
    let spaced = "1 Establishment\n\n(1) There is a body.\n\n(2) The body is a corporation.\n\n2 Functions\n\n(1) The body may—\n(a) conduct research,\n(b) give the support mentioned in section 4(1)\n(a)of the Enterprise Act 2002, and\n(c) keep accounts.\n";
    let r = check(spaced, &spaced.replace("Enterprise Act", "Industry Act"));
    assert_eq!(r.structure.new.items, 3);
    assert_eq!(hunk_addresses(&r), ["s. 2(1)(b)"]);
}

#[test]
fn one_section_copied_alone_is_a_section_with_its_subsections() {
    // A drafter compares the one section a bill amends, copied alone (section 19 of the
    // Transport Act 2000, under its Part and Chapter): a run of one bare number was no run,
    // the subsections `(1)`, `(2)` were the articles and a change in subsection (1) was cited
    // `(1)`, the section unnamed.
    let old = "Part I\nAir traffic\nChapter I\nAir traffic services\n19 Modification by order under other enactments.\n(1) Where the relevant authority makes a relevant order, the order may also provide for the modification of the conditions of a licence.\n(2) In subsection (1) above “relevant order” means—\n(a) an order under section 75 of the 2002 Act; or\n(b) an order under section 160 of that Act.\n(5) The 2002 Act is the Enterprise Act 2002.\n";
    let new = old.replace("conditions of a licence", "licence conditions");
    let r = check(old, &new);
    assert_eq!(r.structure.articles_marked_by, "bare numbers (1 Title)");
    assert_eq!(r.structure.new.articles, 1);
    assert_eq!(hunk_addresses(&r), ["s. 19(1)"]);
    // The form of Irish sections and UK statutory instruments, the subsection (1) on the
    // section's line.
    let dashed = "Part 2\nOffences\n19.—(1) A person who sends a child a sexual message commits an offence.\n(2) A person guilty of an offence under this section is liable to imprisonment for a term not exceeding 10 years.\n";
    let r = check(dashed, &dashed.replace("10 years", "5 years"));
    assert_eq!(hunk_addresses(&r), ["s. 19(2)"]);
    // A number opening a wrapped line after the subsections is no section.
    let wrapped = "(1) The order must be made within the period of\n28 days after the relevant date.\n(2) The order may be varied.\n";
    let r = check(wrapped, &wrapped.replace("varied", "revoked"));
    assert_eq!(r.structure.articles_marked_by, "bracketed numbers ((1))");
}

#[test]
fn ukrainian_articles_inserted_after_another_are_numbered_with_their_index() {
    // zakon.rada.gov.ua raises the index of an article inserted after another (96³), and its
    // Markdown copies write it `Стаття 96 - 3 .`: the Criminal Code's 99 such articles were
    // each a second `Стаття 96`, `Стаття 111`, and a change in article 96-3 was cited
    // `Стаття 96`. Divisions are numbered so too (`Розділ XIII - 1 .`, `Глава 20 - 1\`).
    let old = "Розділ XIII - 1 .  \nОБМЕЖУВАЛЬНІ ЗАХОДИ\n\nСтаття 96. Примусове лікування\n\n1\\. Примусове лікування може бути застосоване судом.\n\nСтаття 96 - 1 . Спеціальна конфіскація\n\n1\\. Спеціальна конфіскація полягає у примусовому вилученні майна.\n\nСтаття 96 - 3 . Підстави для застосування заходів\n\n1\\. Підставами для застосування заходів є:\n\n1) вчинення правопорушення;\n\n2) незабезпечення виконання обов'язків.\n\nГлава 20 - 1\\\nПРИЙОМНА СІМ'Я\n\nСтаття 97. Звільнення від відповідальності\n\n1\\. Особа звільняється від відповідальності.\n";
    let new = old.replace("незабезпечення виконання", "невиконання");
    let r = check(old, &new);
    let numbers = section_numbers(&r.old_sections);
    assert_eq!(
        numbers,
        ["XIII - 1", "96", "96 - 1", "96 - 3", "20 - 1", "97"]
    );
    assert_eq!(hunk_addresses(&r), ["Стаття 96 - 3, ч. 1, п. 2"]);
    let chapter = r.old_sections.iter().find(|s| s.label == "Глава 20 - 1");
    assert_eq!(chapter.map(|s| s.title.as_str()), Some("ПРИЙОМНА СІМ'Я"));
    // A date after an article's dash is its text (a Turkish transitional article).
    let tr = "Madde 2 - Bu Kanun yayımı tarihinde yürürlüğe girer.\n\nMadde 3 - 1.1.2005 tarihinden önce tebliğ edilen tutanaklara eski hüküm uygulanır.\n";
    let r = check(tr, &tr.replace("eski", "önceki"));
    let numbers = section_numbers(&r.new_sections);
    assert_eq!(numbers, ["2", "3"]);
}

#[test]
fn uk_revised_text_marks_amendments_before_the_numbers_of_units_they_insert() {
    // legislation.gov.uk's revised texts, copied or scraped, open an inserted unit with its
    // amendment's bracket and note number, run into the unit's number: `[F161ADuty to supply
    // …` is section 61A inserted by amendment F1, `[F1(1A)Subsection …` subsection (1A). Both
    // were words: a change in section 61A(2)(b) was cited `s. 61(2)(b)`, another section's.
    let old = "60 Form and content of agreements.U.K.(1)The Secretary of State shall make regulations.\n(2)Regulations may make different provision.\n\n61 Signing of agreement.U.K.(1)A regulated agreement is not properly executed unless—\n(a)a document in the prescribed form is signed, and\n(b)the document embodies all the terms.\n(2)In addition, the agreement must be sent.\n\n[F161ADuty to supply copy of executed agreementU.K.(1)Where a regulated agreement has been made, the creditor must give a copy.\n(2)Subsection (1) does not apply if—\n(a)a copy has already been given, and\n(b)the terms are identical.]\nTextual AmendmentsF1S. 61A inserted (31.5.2011) by The Consumer Credit (EU Directive) Regulations 2010.\n\n62 Duty to supply copy of unexecuted agreement.U.K.(1)If the unexecuted agreement is presented personally, a copy must be delivered.\n[F1(1A)Subsection (1) does not apply to an agreement secured on land.]\n(2)A copy must be sent by post.\n";
    let new = old
        .replace("the terms are identical", "the terms are the same")
        .replace("secured on land", "secured on a dwelling");
    let r = check(old, &new);
    let numbers = section_numbers(&r.new_sections);
    assert_eq!(numbers, ["60", "61", "61A", "62"]);
    assert_eq!(hunk_addresses(&r), ["s. 61A(2)(b)", "s. 62(1A)"]);
    // Numbered by the whole Act (`F235`), the note's digits are told from the section's by
    // the sections around it.
    let act = old.replace("[F161A", "[F23561A");
    let r = check(&act, &act.replace("identical", "the same"));
    let numbers = section_numbers(&r.new_sections);
    assert_eq!(numbers, ["60", "61", "61A", "62"]);
    // A code opening a line is no note before a section 0.
    let coded = "F10 Fire Safety Rules\n\n1 Scope\n\nThese rules apply to buildings.\n\n2 Extent\n\nThese rules extend to England.\n";
    let r = check(coded, &coded.replace("England", "Wales"));
    let numbers = section_numbers(&r.new_sections);
    assert_eq!(numbers, ["1", "2"]);
}

#[test]
fn a_section_cited_s_dot_and_its_number_is_no_lettered_item() {
    // A UK commencement order's table cites sections `s.98`, `s.100`: each line was item
    // `(s)` of article 3, read as Fedlex's letter alone on its line with a flattened note
    // call (`a.3`); a change in the table was cited `s. 3(s)`. An Order's articles are cited
    // `art.`.
    let old = "1 Citation\n\nThis Order may be cited as the Example Order 1994.\n\n2 Commencement\n\nThe following provisions come into force—\n\nsection 132, and\n\nsection 184.\n\n3 Transitional provisions\n\nAnything done before continues.\n\nProvision | Date of Commencement | S.I. No.\nS.26(9) | 2nd September 1993 | 1993/2134 (C.41)\nss. 75, 88, 91, 99 and 108 (partially)\ns.98\ns.100\ns.187(1) in so far as it relates to paragraphs 4, 7 and 27 of Sch. 21\ns.187(2) (partially)\nss. 141 to 145 | 27th September 1993 | 1993/2163 (C.42)\ns.148\nss.154 to 157\n";
    let r = check(old, &old.replace("s.100", "s.101"));
    assert_eq!(r.structure.new.paragraphs + r.structure.new.items, 0);
    assert_eq!(hunk_addresses(&r), ["art. 3"]);
}

#[test]
fn irish_sections_opening_on_their_first_subsection_are_cited_as_sections() {
    // The Irish Statute Book prints a section's number and its first subsection on one line
    // (`2. (1) In this Act …`): read as numbered paragraphs, its sections were cited `2.(1)`,
    // not as Irish drafters cite them, `s. 2(1)` (as `2.—(1)`, the UK form, was).
    let old = "Part 1\nPreliminary\n\n1. (1) This Act may be cited as the Example Act 2024.\n(2) This Act comes into operation on 1 January 2025.\n\n2. (1) In this Act “child” means a person under 18.\n(2) A reference to a device includes any computer.\n\n3. The Minister may make regulations.\n";
    let r = check(old, &old.replace("under 18", "under 17"));
    assert_eq!(hunk_addresses(&r), ["s. 2(1)"]);
    // A section of the same text without subsections is a section too.
    let r = check(old, &old.replace("may make", "shall make"));
    assert_eq!(hunk_addresses(&r), ["s. 3"]);
    // A text whose numbered articles open on no subsection keeps its numbers (`1. Definitions`).
    let clauses = "1. Definitions\n\nIn this Agreement the Supplier is the seller.\n\n2. Term\n\nThis Agreement lasts two years.\n";
    let r = check(clauses, &clauses.replace("two years", "three years"));
    assert_eq!(hunk_addresses(&r), ["2."]);
}

#[test]
fn markdown_escapes_are_no_part_of_a_title() {
    // Markdown exports escape punctuation (`skivol/ukrainian-laws-in-time` writes the
    // apostrophe of `сім'я` as `\'`): titles kept the backslash, and reports and instructions
    // printed `Сім\'я`. The text keeps it, so the operations still rebuild it.
    let old = "Глава 1\nСІМ\\'Я. РЕГУЛЮВАННЯ СІМЕЙНИХ ВІДНОСИН\n\nСтаття 3. Сім\\'я\n\n1\\. Сім\\'я є первинним осередком суспільства.\n\nСтаття 4. Право особи на сім\\'ю \\[змінено\\]\n\n1\\. Кожна особа має право на сім\\'ю.\n";
    let new = old.replace("первинним", "первинним та основним");
    let r = check(old, &new);
    let titles: Vec<&str> = r.new_sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "СІМ'Я. РЕГУЛЮВАННЯ СІМЕЙНИХ ВІДНОСИН",
            "Сім'я",
            "Право особи на сім'ю [змінено]"
        ]
    );
    // A backslash before a letter is no escape.
    let r = check(
        "Article 1 C:\\dir\n\nText.\n",
        "Article 1 C:\\dir\n\nTexts.\n",
    );
    assert_eq!(r.new_sections[0].title, "C:\\dir");
}

#[test]
fn hungarian_fundamental_law_articles_in_quote_blocks_are_articles() {
    // petergerner/alaptorveny prints the Fundamental Law's articles in quote blocks, lettered
    // in the Foundation (`> *B) cikk*`), then Roman and Arabic. None was a unit: the Fourth
    // Amendment's new Article U was "23 added, 2 removed" and `I. cikk` rewritten as `U)
    // cikk`; a change in B) cikk (2) was cited by the law's title.
    let old = "# Magyarország Alaptörvénye\n\n**ALAPVETÉS**  \n\n> *A) cikk*  \n\nHAZÁNK neve Magyarország.  \n\n> *B) cikk*  \n\n(1) Magyarország független, demokratikus jogállam.  \n(2) Magyarország államformája köztársaság.  \n\n> *T) cikk*  \n\n(1) Általánosan kötelező magatartási szabályt jogszabály állapíthat meg.  \n\n**SZABADSÁG ÉS FELELŐSSÉG**  \n\n> *I. cikk*  \n\n(1) Az EMBER sérthetetlen és elidegeníthetetlen alapvető jogait tiszteletben kell tartani.  \n\n> *1. cikk*  \n\n(1) Magyarország legfőbb népképviseleti szerve az Országgyűlés.  \n";
    let new = old
        .replace("államformája köztársaság", "államformája a köztársaság")
        .replace(
            "**SZABADSÁG ÉS FELELŐSSÉG**",
            "> *U) cikk*  \n\n(1) A nemzetiszocialista és a kommunista diktatúra bűnei nem évülnek el.  \n\n**SZABADSÁG ÉS FELELŐSSÉG**",
        );
    let r = check(old, &new);
    let labels: Vec<&str> = r.new_sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Magyarország Alaptörvénye",
            "ALAPVETÉS",
            "A) cikk",
            "B) cikk",
            "T) cikk",
            "U) cikk",
            "SZABADSÁG ÉS FELELŐSSÉG",
            "I. cikk",
            "1. cikk"
        ]
    );
    assert_eq!(r.summary.added, 1);
    assert_eq!(r.summary.removed, 0);
    assert_eq!(r.summary.renumbered, 0);
    assert!(hunk_addresses(&r).contains(&"B) cikk (2) bekezdés"));
    // Two headings quoted among a text's own articles are a quotation, not articles.
    let act = "Artikel 1\n\nDe wet wordt als volgt gewijzigd:\n\n> Artikel 5\n>\n> De termijn is een jaar.\n\nArtikel 2\n\nArtikel 7 komt te luiden:\n\n> Artikel 7\n>\n> Het college beslist.\n\nArtikel 3\n\nDeze wet treedt in werking.\n";
    let r = check(act, &act.replace("een jaar", "twee jaar"));
    let numbers = section_numbers(&r.new_sections);
    assert_eq!(numbers, ["1", "2", "3"]);
}

#[test]
fn uk_revised_sections_inserted_under_two_notes_are_sections() {
    // The Consumer Credit Act 1974 as legislation.gov.uk revises it: sections 86C and 86D
    // were inserted by two amendments at once, their notes opened one inside the other
    // (`[F1[F286C…`). They were words of section 86B: a change in s. 86D(1) was cited 86B's.
    let old = "86BNotice of sums in arrears under fixed-sum credit agreements etc.U.K.(1)This section applies where the debtor is required to have made payments.\n(2)The creditor shall give the debtor a notice.\n\n[F1[F286CNotice of sums in arrears under running-account credit agreementsU.K.(1)This section applies where the following conditions are satisfied—\n(a)the debtor is required to make payments;\n(b)the last two payments have not been made.]]\n\n[F1[F286DFailure to give notice of sums in arrearsU.K.(1)This section applies where the creditor fails to give a notice—\n(a)he shall not be entitled to enforce the agreement;\n(b)the debtor shall have no liability to pay interest.]]\n\n87Need for default noticeU.K.(1)Service of a notice is necessary before the creditor can terminate the agreement.\n";
    let new = old.replace(
        "no liability to pay interest",
        "no liability to pay any interest",
    );
    let r = check(old, &new);
    let numbers = section_numbers(&r.new_sections);
    assert_eq!(numbers, ["86B", "86C", "86D", "87"]);
    assert_eq!(hunk_addresses(&r), ["s. 86D(1)(b)"]);
}

#[test]
fn uk_revised_section_whose_title_opens_on_a_note_is_a_section() {
    // Section 86A of the Consumer Credit Act 1974 as legislation.gov.uk revises it: inserted
    // by F2, its title opens with F1's substituted words and its (1) carries F1's call
    // (`[F286A[F1FCA] to prepare …U.K.F1(1)The …`). Its subsections were cited as section
    // 86's, which has subsections (2) to (6) of its own.
    let old = "86 Death of debtor or hirer under multiple agreementsU.K.(1)If the debtor dies, the creditor is not entitled to act.\n(2)This section does not apply to agreements made before death.\n\n[F286A[F1FCA] to prepare information sheets on arrears and defaultU.K.F1(1)The [F3FCA shall prepare and issue] an arrears information sheet.\n(2)The arrears information sheet shall include information to help debtors.\n(3)The default information sheet shall include information to help hirers.]\n\n87 Need for default noticeU.K.(1)Service of a notice is necessary before the creditor can act.\n";
    let new = old.replace("to help hirers", "to help debtors and hirers");
    let r = check(old, &new);
    let numbers = section_numbers(&r.new_sections);
    assert_eq!(numbers, ["86", "86A", "87"]);
    assert_eq!(hunk_addresses(&r), ["s. 86A(3)"]);
    let s86a = &r.new_sections[1];
    assert_eq!(
        s86a.subsections.first().map(|s| s.label()),
        Some("(1)".into())
    );
    assert_eq!(
        s86a.title,
        "FCA to prepare information sheets on arrears and default"
    );
}

#[test]
fn subsections_quoted_by_an_amending_clause_are_the_clauses_text() {
    // A bill's clause substitutes a section and quotes its new subsections, each on its line.
    // Their markers were the clause's own: its subsection (3) came twice, and the penalty
    // raised in the quoted (3) was cited `s. 1(3)`, the clause's own subsection about
    // section 16, a change no one made.
    let old = "1 Sexual communication with a child\n(1) The Sexual Offences Act 2003 is amended as follows.\n(2) For section 15A substitute—\n“15A Sexual communication with a child\n(1) A person aged 18 or over commits an offence if—\n(a) for a sexual purpose, A communicates with another person, and\n(b) the communication is sexual.\n(2) In this section “sexual” has its meaning in section 78.\n(3) A person guilty of an offence under this section is liable to imprisonment for a term not exceeding 2 years.”\n(3) In section 16, for “18” substitute “16”.\n\n2 Extent\n(1) This Act extends to England and Wales.\n";
    let new = old.replace("not exceeding 2 years", "not exceeding 5 years");
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["s. 1(2)"]);
    let clause = &r.old_sections[0];
    let labels: Vec<String> = clause.subsections.iter().map(|s| s.label()).collect();
    assert_eq!(labels, ["(1)", "(2)", "(3)"]);
    // Marks inside a line are left alone: a quotation the text leaves open (`the “register
    // are`, as a Welsh Act prints it) hides no subsection after it.
    let open = "1 Registers\n(1) In this Act references to the “register are to the register kept under section 38.\n(2) The register must be published.\n(3) It must be kept up to date.\n";
    let r = check(open, &open.replace("kept up to date", "kept current"));
    assert_eq!(hunk_addresses(&r), ["s. 1(3)"]);
}

#[test]
fn an_irish_act_copied_with_its_contents_is_read_from_its_sections() {
    // The Irish Statute Book's text of an Act opens with its contents: every section's
    // number and title, then the Schedules. Read as headings, the entries were empty
    // articles and the contents' last Schedule held the whole Act: a change in section
    // 2(1)(a) was cited `Sch. 2 para. 2(1)(a)`.
    let old = "Number 43 of 2024\nFINANCE ACT 2024\nCONTENTS\nPART 1\nIncome Tax\nSection\n1. Interpretation (Part 1)\n2. Amendment of section 531AN of Principal Act (rate of charge)\n3. Rate of charge\nSCHEDULE 1\nE-Liquid Products Tax\nSCHEDULE 2\nMiscellaneous Technical Amendments\nActs Referred to\nTaxes Consolidation Act 1997 (No. 39)\nNumber 43 of 2024\nFINANCE ACT 2024\nBe it enacted by the Oireachtas as follows:\nPART 1\nIncome Tax\nInterpretation (Part 1)\n1. In this Part, “Principal Act” means the Taxes Consolidation Act 1997.\nAmendment of section 531AN of Principal Act (rate of charge)\n2. (1) Section 531AN of the Principal Act is amended—\n(a) in subsection (3), by the substitution of “€27,382” for “€25,760”, and\n(b) in subsection (4), by the deletion of “2024”.\n(2) This section comes into operation on 1 January 2025.\nRate of charge\n3. The rate of charge is 20 per cent.\nSCHEDULE 1\nE-Liquid Products Tax\n1. The tax is charged on e-liquid products.\nSCHEDULE 2\nMiscellaneous Technical Amendments\n1. Section 5 of the Principal Act is amended.\n";
    let new = old.replace("€27,382", "€27,383");
    let r = check(old, &new);
    assert_eq!(hunk_addresses(&r), ["s. 2(1)(a)"]);
    let articles = r.new_sections.iter().filter(|s| s.level == 1).count();
    assert_eq!(articles, 5);
}

/// A division named by words longer than a label (a Finnish decree's title as a Markdown
/// heading) is labelled by its words cut after a whole word and marked, not inside a word:
/// the label was `… tehtävien ho`, and instructions quoted the heading so.
#[test]
fn a_long_worded_division_is_labelled_up_to_a_whole_word() {
    let title = "## Tasavallan presidentin asetus eräiden työttömyysturvalain mukaisten \
                 tehtävien hoitamisesta\n\n";
    let article = |n: u32, w: &str| format!("### 1 §\n\nTätä asetusta sovelletaan {w} {n}.\n\n");
    let old = [title.to_string(), article(1, "vuonna")].concat();
    let new = [title.to_string(), article(2, "vuonna")].concat();
    let r = check(&old, &new);
    let label = &r.old_sections[0].label;
    assert_eq!(
        label,
        "Tasavallan presidentin asetus eräiden työttömyysturvalain mukaisten tehtävien …"
    );
    assert_eq!(&r.new_sections[0].label, label);
    assert_eq!(r.summary.changed, 1, "{:?}", r.sections);
}

/// A Markdown heading whose bold closes after the keyword and opens again before the number
/// (`##### **Art. ****2** Geltungsbereich`, as a Fedlex version prints its articles) heads
/// article 2: the articles were read as divisions named by those words, and a version
/// printing `**Art. 2**` had thirteen articles removed and thirteen added (ch-070).
#[test]
fn an_article_number_in_bold_of_its_own_is_the_articles() {
    let text = |heading: &dyn Fn(u32) -> String| -> String {
        (1..=3)
            .map(|n| format!("{}\n\n<sup>1</sup> Text {n}.\n\n", heading(n)))
            .collect()
    };
    // The bold may close before the blank or after it.
    let old = text(&|n| match n {
        2 => format!("##### **Art.**** {n}** Titel {n}"),
        _ => format!("##### **Art. ****{n}** Titel {n}"),
    });
    let new = text(&|n| format!("##### **Art. {n}** Titel {n}"));
    let r = check(&old, &new);
    assert_eq!(r.structure.old.articles, 3, "{:?}", r.structure);
    assert_eq!(r.structure.old.divisions, 0, "{:?}", r.structure);
    assert_eq!(section_numbers(&r.old_sections), ["1", "2", "3"]);
    assert_eq!(
        (r.summary.added, r.summary.removed),
        (0, 0),
        "{:?}",
        r.summary
    );
}

/// Fedlex's Markdown prints an article an amendment gave a note as a plain line opened by the
/// note's call (`<sup>9</sup> Art. 3`): it heads Art. 3, where it was Art. 2's paragraph 9
/// (the Ordonnance of ch-007 had 25 of its 65 articles read). A raised number that goes on
/// from its article's paragraphs stays a paragraph, and a version whose other lacks the
/// article keeps it a paragraph, so that no article is reported removed for a heading the
/// other version garbled.
#[test]
fn an_article_opened_by_a_notes_call_is_the_article() {
    let text = |three: &str, word: &str| {
        format!(
            "##### **Art. 1** Zweck\n\n<sup>1</sup> Eins.\n\n<sup>2</sup> Art. 5 Anwendung findet sinngemäss.\n\n\
             ##### **Art. 2** Begriffe\n\n<sup>1</sup> Zwei.\n\n{three}\n\n<sup>1</sup> Die {word} gilt.\n\n\
             ##### **Art. 4** Ende\n\n<sup>1</sup> Vier.\n"
        )
    };
    let r = check(
        &text("<sup>9</sup> Art. 3 Geltung", "Regel"),
        &text("<sup>11</sup> Art. 3 Geltung", "Ordnung"),
    );
    assert_eq!(section_numbers(&r.old_sections), ["1", "2", "3", "4"]);
    // The call's number changed too: on the article's heading line.
    assert_eq!(hunk_addresses(&r), ["Art. 3", "Art. 3 Abs. 1"]);
    // The new version garbles its heading: the old one's stays a paragraph, not a removed
    // article.
    let r = check(
        &text("<sup>9</sup> Art. 3 Geltung", "Regel"),
        &text("<sup>11</sup> Stimmabgabe Art. 3", "Regel"),
    );
    assert_eq!(section_numbers(&r.old_sections), ["1", "2", "4"]);
    assert_eq!(
        (r.summary.added, r.summary.removed),
        (0, 0),
        "{:?}",
        r.summary
    );
}

/// Most Fedlex versions print the letter or Latin ordinal of an inserted article in italics
/// right after the bold of its number (`##### **Art. 15***a*[^23] Title`), some raise it
/// (`**Art. 21**<sup>bis</sup>`), and a note's call may be raised after it: the letter was
/// read as the title's first word, so Art. 15a was a second `Art. 15` (ch-023 had nine
/// articles reported removed), and a raised call made the heading a division of its words.
/// Titles no longer open with the number's note calls either. A number whose bold closes
/// and opens again inside it (`**Art. 2****3**`) is Art. 23, not a second Art. 2 titled `3`.
#[test]
fn an_inserted_articles_letter_after_its_bold_number_is_the_numbers() {
    let text = "##### **Art. 15**[^22] Grundsatz\n\n<sup>1</sup> Eins.\n\n\
                ##### **Art. 15***a*[^23] Internationale Tiertransporte\n\n<sup>1</sup> Zwei.\n\n\
                ##### **Art. 16***bis* Gebühren\n\n<sup>1</sup> Drei.\n\n\
                ##### **Art. 20***a*<sup>[^24]</sup> Information der Öffentlichkeit\n\n<sup>1</sup> Vier.\n\n\
                ##### **Art. 21**<sup>bis</sup> Aufsicht\n\n<sup>1</sup> Fünf.\n\n\
                ##### **Art. 22***a*\n\n<sup>1</sup> Sechs.\n\n\
                ##### **Art. 2****3**\n\n<sup>1</sup> Sieben.\n";
    let r = check(text, text);
    let read: Vec<(&str, &str)> = r
        .old_sections
        .iter()
        .map(|s| (s.label.as_str(), s.title.as_str()))
        .collect();
    assert_eq!(
        read,
        [
            ("Art. 15", "Grundsatz"),
            ("Art. 15a", "Internationale Tiertransporte"),
            ("Art. 16bis", "Gebühren"),
            ("Art. 20a", "Information der Öffentlichkeit"),
            ("Art. 21bis", "Aufsicht"),
            ("Art. 22a", ""),
            ("Art. 23", ""),
        ]
    );
}

/// Where a Fedlex version runs an inserted article's heading into one line with a note's
/// call, its letter stands apart (`<sup>23</sup> Art. 15 a Internationale Tiertransporte`) and
/// is the number's, as in the version that prints `**Art. 15***a*`; and where the article's
/// title stands before its keyword (`<sup>32</sup> Postkommission Art. 14`) the line heads
/// that article when the other version titles it so. Both were paragraphs of the article
/// above, and the articles were reported removed (ch-067: seven).
#[test]
fn an_article_heading_run_into_a_notes_call_is_read_with_its_letter_and_title() {
    let text = |a: &str, b: &str| {
        format!(
            "##### **Art. 14** Grundsatz\n\n<sup>1</sup> Eins gilt.\n\n<sup>2</sup> Zwei gilt.\n\n\
             {a}\n\n<sup>1</sup> Die Transporte sind zu melden.\n\n\
             {b}\n\n<sup>1</sup> Die Kommission wacht.\n\n\
             ##### **Art. 17** Schluss\n\n<sup>1</sup> Ende.\n"
        )
    };
    let old = text(
        "##### **Art. 15***a*[^23] Internationale Tiertransporte",
        "##### **Art. 16**[^33] Postkommission",
    );
    let new = text(
        "<sup>23</sup> Art. 15 a Internationale Tiertransporte",
        "<sup>32</sup> Postkommission Art. 16",
    );
    let r = check(&old, &new);
    assert_eq!(section_numbers(&r.new_sections), ["14", "15a", "16", "17"]);
    assert_eq!(
        (r.summary.added, r.summary.removed),
        (0, 0),
        "{:?}",
        r.sections
    );
    assert_eq!(r.new_sections[2].title, "Postkommission");
    // Words before an article's number that the other version does not title it by are a
    // paragraph's.
    let new = text(
        "<sup>23</sup> Art. 15 a Internationale Tiertransporte",
        "<sup>32</sup> Ausnahmen regelt Art. 16",
    );
    let r = check(&old, &new);
    assert_eq!(section_numbers(&r.new_sections), ["14", "15a", "17"]);
}

/// Under a Fedlex document's title no article has opened, so a raised number there is a
/// note's call (the preamble's `<sup>1</sup> 2000 , verordnet:`), and the article heading
/// after the next call (`<sup>2</sup> Art. 1 Die Zollverwaltung erhält 7 Prozent …`) is no
/// paragraph 2 of the title: Art. 1 was reported removed where its 5 became 7 (ch-001). A
/// call before another keyword is a citation's (`<sup>2</sup> Artikel 41 Absatz 1 des …`).
#[test]
fn a_call_under_the_title_opens_no_run_of_paragraphs() {
    let old = "# Verordnung über die Abgabe\n\ngestützt auf Artikel 45 der Verordnung vom 6. März\n\
               2000[^1],\n\nverordnet:\n\n##### **Art. 1**[^2]\n\nDie Verwaltung erhält 5 Prozent.\n\n\
               ##### **Art. 2**\n\nDiese Verordnung tritt in Kraft.\n";
    let new = "# Verordnung über die Abgabe\n\ngestützt auf Artikel 45 der Verordnung vom 6. März\n\n\
               <sup>1</sup> 2000 , verordnet:\n\n<sup>2</sup> Art. 1 Die Verwaltung erhält 7 Prozent.\n\n\
               ##### **Art. 2**\n\nDiese Verordnung tritt in Kraft.\n";
    let r = check(old, new);
    assert_eq!(section_numbers(&r.new_sections), ["1", "2"]);
    assert_eq!(
        (r.summary.added, r.summary.removed),
        (0, 0),
        "{:?}",
        r.sections
    );
    let preamble = "# Verordnung über die Ausbildung\n\n<sup>1</sup> gestützt auf Artikel 2 des Gesetzes ,\n\n\
                    <sup>2</sup> Artikel 41 Absatz 1 des Lebensmittelgesetzes , verordnet:\n\n\
                    ##### **Art. 1** Gegenstand\n\nDiese Verordnung regelt die Ausbildung.\n\n\
                    ##### **Art. 41** Ende\n\nSie tritt in Kraft.\n";
    let r = check(preamble, preamble);
    assert_eq!(section_numbers(&r.new_sections), ["1", "41"]);
    assert_eq!(r.structure.new.paragraphs, 2, "{:?}", r.structure);
}

/// An Irish section inserted after `15AA.` is numbered `15AAA.` (the Competition Act 2002,
/// Part 2H): the third capital made the number a Markdown heading of words, labelled `15`
/// five times over.
#[test]
fn a_section_numbered_with_three_capitals_keeps_them() {
    let text = "# Competition Act 2002\n\n\
                ##### 15AA. **Administrative financial sanctions**\n\n**15AA.**—(1) An officer may.\n\n\
                ##### 15AAA. **F91[Judicial review**\n\n**15AAA.**—(1) A decision may be reviewed.\n\n\
                ##### 15AAB. **F92[Appeals to the Court of Appeal**\n\n**15AAB.**—(1) An appeal lies.\n\n\
                ##### 16. **Other**\n\n**16.**—(1) Text.\n";
    let r = check(text, text);
    assert_eq!(
        section_numbers(&r.new_sections),
        ["15AA", "15AAA", "15AAB", "16"]
    );
}

/// A consolidated Act's section keeps its number and title when its words are repealed under
/// them (section 25 of the Competition Act 2002, `25.— F125[…]`): it is that section changed,
/// where it was reported removed and another section 25 added. A bare number is no section's
/// identity by itself (a bill renumbers its clauses), so a section 25 titled otherwise is
/// still another section.
#[test]
fn a_bare_numbered_section_keeping_its_title_is_paired_whatever_its_words() {
    let text = |title: &str, body: &str| {
        format!(
            "# Act\n\n##### 24 Orders.\n\n**24.**—(1) The Minister may make orders under this Part.\n\n\
             ##### 25 {title}\n\n**25.**—{body}\n\n\
             ##### 26 Enforcement of certain commitments.\n\n**26.**—(1) In this section a commitment is a promise.\n"
        )
    };
    let old = text(
        "Laying of order under *section 23(4)* before Houses of the Oireachtas.",
        "(1) An order under *section 23(4)* shall be laid before each House of the Oireachtas as \
         soon as may be after it is made and, if a resolution annulling the order is passed by \
         either such House within the next 21 days on which that House has sat after the order \
         is laid before it, the order shall be annulled accordingly.\n\n(2) If an order under \
         *section 23(4)* is annulled pursuant to *subsection (1)* the determination made by the \
         Authority under *section 22(3)* in relation to the media merger concerned shall, \
         notwithstanding anything in this Part, be deemed to be a determination that the merger \
         may be put into effect.",
    );
    let new = text(
        "Laying of order under section 23(4) before Houses of the Oireachtas.",
        " F125[…]",
    );
    let r = check(&old, &new);
    assert_eq!(
        (r.summary.added, r.summary.removed, r.summary.changed),
        (0, 0, 1),
        "{:?}",
        r.sections
    );
    let new = text("Fees.", " F125[…]");
    let r = check(&old, &new);
    assert_eq!(
        (r.summary.added, r.summary.removed),
        (1, 1),
        "{:?}",
        r.sections
    );
}
