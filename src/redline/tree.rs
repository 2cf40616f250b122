//! The tree of aligned units (articles, then the paragraphs and items inside each aligned
//! pair) and the addresses of changes in the text's own citation style.

use std::collections::HashMap;

use super::align::longest_chain;
use super::detect::Split;
use super::style::{Style, cite};
use super::{
    FragmentKind, HeadingKind, Hunk, Section, SectionChange, Status, Subheading, UnitChange,
};

/// How an article is cited: `s. 2` for `Section 2` (and for bare numbers), `cl. 3`,
/// otherwise its label (`Artikel 240b`, `§ 176`, `Article L. 227-23`).
pub(crate) fn article_cite(style: &Style, s: &Section) -> String {
    let number = s.number.as_deref().unwrap_or("");
    if let Some((_, abbr)) = style.abbreviations.iter().find(|(k, _)| *k == s.keyword) {
        return format!("{abbr} {number}");
    }
    let bare = s.keyword.is_empty()
        && s.kind == HeadingKind::Article
        && number.starts_with(|c: char| c.is_ascii_digit())
        && !number.contains('.')
        && !s.label.ends_with(['.', ')']);
    if bare {
        return format!("s. {number}");
    }
    s.label.clone()
}

/// The citation of one paragraph or item after its parent's: `, lid 1`, ` Abs. 1`, `(a)`.
fn cite_sub(style: &Style, sub: &Subheading) -> String {
    cite(style, sub.marker).replace("{}", sub.number())
}

/// The paragraphs and items of `s` that contain `line`, outermost first.
fn path_at(s: &Section, line: usize) -> Vec<&Subheading> {
    let mut stack: Vec<&Subheading> = Vec::new();
    for sub in s.subsections.iter().take_while(|sub| sub.line <= line) {
        while stack.last().is_some_and(|top| top.level >= sub.level) {
            stack.pop();
        }
        stack.push(sub);
    }
    stack
}

/// The address of a change starting at `line` of section `s`.
fn address_at(style: &Style, s: &Section, line: usize) -> String {
    let mut out = article_cite(style, s);
    for sub in path_at(s, line) {
        out.push_str(&cite_sub(style, sub));
    }
    out
}

/// The address of a hunk: where its first change lies, in the new text (the old one for a
/// block that only removes text).
pub(crate) fn hunk_address(style: &Style, os: &Section, ns: &Section, h: &Hunk) -> String {
    let removes_only = h.fragments.iter().all(|f| f.kind != FragmentKind::Added);
    let (changed, other, section, first) = if removes_only {
        (FragmentKind::Removed, FragmentKind::Added, os, h.old_line)
    } else {
        (FragmentKind::Added, FragmentKind::Removed, ns, h.new_line)
    };
    // Lines of this side before the first change, and the blank lines it starts with.
    let mut lines = 0;
    for f in &h.fragments {
        if f.kind == changed && !f.text.trim().is_empty() {
            let lead = f.text.len() - f.text.trim_start().len();
            lines += f.text[..lead].matches('\n').count();
            break;
        }
        if f.kind != other {
            lines += f.text.matches('\n').count();
        }
    }
    address_at(style, section, first + lines)
}

/// A paragraph or item with the units inside it.
struct Node {
    /// Index in the section's subsections.
    sub: usize,
    /// Byte range of the unit in its text.
    start: usize,
    end: usize,
    children: Vec<Node>,
}

/// The subsections of a section as a forest of nodes.
fn forest(s: &Section) -> Vec<Node> {
    let mut k = 0;
    nest(&s.subsections, &mut k, 0, s.end)
}

/// The nodes from `subs[*k]` on, while they are deeper than `parent_level`; the last one
/// ends at `end` or where the next unit at the parent's level or above begins.
fn nest(subs: &[Subheading], k: &mut usize, parent_level: u8, end: usize) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    while *k < subs.len() && subs[*k].level > parent_level {
        let me = *k;
        *k += 1;
        let children = nest(subs, k, subs[me].level, end);
        out.push(Node {
            sub: me,
            start: subs[me].start,
            end,
            children,
        });
    }
    for w in 1..out.len() {
        out[w - 1].end = out[w].start;
    }
    if let Some(last) = out.last_mut() {
        last.end = subs.get(*k).map_or(end, |s| s.start);
    }
    out
}

/// One side of a pair of sections, for aligning their paragraphs and items.
struct Side<'a> {
    text: &'a str,
    section: &'a Section,
}

impl Side<'_> {
    fn sub(&self, n: &Node) -> &Subheading {
        &self.section.subsections[n.sub]
    }

    /// The words of a unit after its marker.
    fn words(&self, n: &Node) -> Vec<&str> {
        let mut w: Vec<&str> = self.text[n.start..n.end].split_whitespace().collect();
        if !w.is_empty() {
            w.remove(0);
        }
        w
    }
}

/// The words of a unit after its marker, without allocating.
fn after_marker<'a>(side: &Side<'a>, n: &Node) -> impl Iterator<Item = &'a str> {
    side.text[n.start..n.end].split_whitespace().skip(1)
}

/// Dice coefficient of two sorted, deduplicated word sets.
fn similarity(a: &[&str], b: &[&str]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let common = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// A hash of a word list (equal lists, equal hashes).
fn words_hash(words: &[&str]) -> u64 {
    words
        .iter()
        .fold(0, |h, w| super::align::hash_bytes(h, w.as_bytes()))
}

/// The sorted, deduplicated set of a word list.
fn word_set<'a>(words: &[&'a str]) -> Vec<&'a str> {
    let mut set = words.to_vec();
    set.sort_unstable();
    set.dedup();
    set
}

/// Pairs sibling units: equal words first, then similar words, then equal numbers with some
/// words in common.
fn pair_siblings(old: &Side, on: &[Node], new: &Side, nn: &[Node]) -> Vec<Option<usize>> {
    let ow: Vec<Vec<&str>> = on.iter().map(|n| old.words(n)).collect();
    let nw: Vec<Vec<&str>> = nn.iter().map(|n| new.words(n)).collect();
    let mut new_to_old: Vec<Option<usize>> = vec![None; nn.len()];
    let mut used = vec![false; on.len()];
    let mut by_words: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, w) in ow.iter().enumerate().rev() {
        by_words.entry(words_hash(w)).or_default().push(i);
    }
    for (j, w) in nw.iter().enumerate() {
        let Some(list) = by_words.get_mut(&words_hash(w)) else {
            continue;
        };
        if let Some(k) = list.iter().rposition(|&i| ow[i] == *w) {
            let i = list.remove(k);
            new_to_old[j] = Some(i);
            used[i] = true;
        }
    }
    pair_similar(&ow, &nw, &mut new_to_old, &mut used);
    pair_same_number(old, on, &ow, new, nn, &nw, &mut new_to_old, &mut used);
    new_to_old
}

/// Pairs what is left with the same number when their words are similar enough (Dice at
/// least 0.25): `(e)` is not paired with another text that took its letter.
#[allow(clippy::too_many_arguments)]
fn pair_same_number(
    old: &Side,
    on: &[Node],
    ow: &[Vec<&str>],
    new: &Side,
    nn: &[Node],
    nw: &[Vec<&str>],
    new_to_old: &mut [Option<usize>],
    used: &mut [bool],
) {
    let key = |side: &Side, n: &Node| {
        let sub = side.sub(n);
        (sub.marker, sub.number().to_string())
    };
    for j in 0..nn.len() {
        if new_to_old[j].is_some() {
            continue;
        }
        let k = key(new, &nn[j]);
        let found = (0..on.len()).find(|&i| {
            !used[i]
                && key(old, &on[i]) == k
                && similarity(&word_set(&ow[i]), &word_set(&nw[j])) >= 0.25
        });
        if let Some(i) = found {
            new_to_old[j] = Some(i);
            used[i] = true;
        }
    }
}

/// Pairs what is left by word similarity (Dice at least 0.5), best first.
fn pair_similar(
    ow: &[Vec<&str>],
    nw: &[Vec<&str>],
    new_to_old: &mut [Option<usize>],
    used: &mut [bool],
) {
    let olds: Vec<usize> = (0..ow.len()).filter(|&i| !used[i]).collect();
    let news: Vec<usize> = (0..nw.len()).filter(|&j| new_to_old[j].is_none()).collect();
    if olds.is_empty() || news.is_empty() {
        return;
    }
    let osets: HashMap<usize, Vec<&str>> = olds.iter().map(|&i| (i, word_set(&ow[i]))).collect();
    let mut cands = Vec::new();
    for &j in &news {
        let nset = word_set(&nw[j]);
        for &i in &olds {
            let sim = similarity(&osets[&i], &nset);
            if sim >= 0.5 {
                cands.push((sim, i, j));
            }
        }
    }
    cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (_, i, j) in cands {
        if !used[i] && new_to_old[j].is_none() {
            new_to_old[j] = Some(i);
            used[i] = true;
        }
    }
}

/// Aligns two lists of sibling units, recursively; `parent` is the parent's address.
fn align_nodes(
    style: &Style,
    old: &Side,
    on: &[Node],
    new: &Side,
    nn: &[Node],
    parent: &str,
) -> Vec<UnitChange> {
    let new_to_old = pair_siblings(old, on, new, nn);
    let pairs: Vec<(usize, usize)> = new_to_old
        .iter()
        .enumerate()
        .filter_map(|(j, i)| i.map(|i| (j, i)))
        .collect();
    let chain = longest_chain(&pairs);
    let mut in_order = vec![false; nn.len()];
    for (&(j, _), k) in pairs.iter().zip(chain) {
        in_order[j] = k;
    }
    let mut paired_old = vec![false; on.len()];
    for &(_, i) in &pairs {
        paired_old[i] = true;
    }
    // For each new unit, the old index of the next in-order pair at or after it: removed
    // units stand where they were, before what replaced them.
    let mut next_anchor = vec![on.len(); nn.len() + 1];
    for j in (0..nn.len()).rev() {
        next_anchor[j] = match new_to_old[j] {
            Some(i) if in_order[j] => i,
            _ => next_anchor[j + 1],
        };
    }
    let mut out = Vec::new();
    let mut next_old = 0;
    for (j, n) in nn.iter().enumerate() {
        while next_old < next_anchor[j] {
            if !paired_old[next_old] {
                out.push(one_side(style, old, &on[next_old], parent, Status::Removed));
            }
            next_old += 1;
        }
        if let Some(i) = new_to_old[j].filter(|_| in_order[j]) {
            next_old = next_old.max(i + 1);
        }
        out.push(match new_to_old[j] {
            None => one_side(style, new, n, parent, Status::Added),
            Some(i) => pair(style, old, &on[i], new, n, parent, !in_order[j]),
        });
    }
    for k in next_old..on.len() {
        if !paired_old[k] {
            out.push(one_side(style, old, &on[k], parent, Status::Removed));
        }
    }
    out
}

fn pair(
    style: &Style,
    old: &Side,
    o: &Node,
    new: &Side,
    n: &Node,
    parent: &str,
    moved: bool,
) -> UnitChange {
    let (os, ns) = (old.sub(o), new.sub(n));
    let address = format!("{parent}{}", cite_sub(style, ns));
    let same = after_marker(old, o).eq(after_marker(new, n));
    UnitChange {
        level: ns.level,
        status: if same {
            Status::Unchanged
        } else {
            Status::Changed
        },
        old_label: Some(os.label()),
        new_label: Some(ns.label()),
        old_line: Some(os.line),
        new_line: Some(ns.line),
        moved,
        renumbered: os.label() != ns.label(),
        children: align_nodes(style, old, &o.children, new, &n.children, &address),
        address,
        akn_type: None,
    }
}

/// Whether two sections have the same paragraphs and items (labels and depths).
fn same_shape(o: &Side, n: &Side) -> bool {
    let (a, b) = (&o.section.subsections, &n.section.subsections);
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x.level == y.level && x.number() == y.number() && x.marker == y.marker)
}

/// The units of two sections with equal content, paired one to one (no alignment needed).
fn zip_nodes(
    style: &Style,
    old: &Side,
    on: &[Node],
    new: &Side,
    nn: &[Node],
    parent: &str,
) -> Vec<UnitChange> {
    on.iter()
        .zip(nn)
        .map(|(o, n)| {
            let (os, ns) = (old.sub(o), new.sub(n));
            let address = format!("{parent}{}", cite_sub(style, ns));
            UnitChange {
                level: ns.level,
                status: Status::Unchanged,
                old_label: Some(os.label()),
                new_label: Some(ns.label()),
                old_line: Some(os.line),
                new_line: Some(ns.line),
                moved: false,
                renumbered: false,
                children: zip_nodes(style, old, &o.children, new, &n.children, &address),
                address,
                akn_type: None,
            }
        })
        .collect()
}

/// A unit only in one text (and everything inside it).
fn one_side(style: &Style, side: &Side, n: &Node, parent: &str, status: Status) -> UnitChange {
    let sub = side.sub(n);
    let address = format!("{parent}{}", cite_sub(style, sub));
    let label = Some(sub.label());
    let line = Some(sub.line);
    let is_old = status == Status::Removed;
    UnitChange {
        level: sub.level,
        status,
        old_label: if is_old { label.clone() } else { None },
        new_label: if is_old { None } else { label },
        old_line: if is_old { line } else { None },
        new_line: if is_old { None } else { line },
        moved: false,
        renumbered: false,
        children: n
            .children
            .iter()
            .map(|c| one_side(style, side, c, &address, status))
            .collect(),
        address,
        akn_type: None,
    }
}

/// Every aligned unit at every level, in the order of the section entries.
pub(crate) fn units(
    old: &str,
    new: &str,
    split: &Split,
    changes: &[SectionChange],
) -> Vec<UnitChange> {
    let style = split.style;
    changes
        .iter()
        .map(|c| {
            let os = c.old.map(|i| &split.old[i]);
            let ns = c.new.map(|j| &split.new[j]);
            let main = ns.or(os).expect("an entry has a side");
            let address = article_cite(style, main);
            let osd = os.map(|s| Side {
                text: old,
                section: s,
            });
            let nsd = ns.map(|s| Side {
                text: new,
                section: s,
            });
            let children = match (&osd, &nsd) {
                (Some(o), Some(n)) if c.status == Status::Unchanged && same_shape(o, n) => {
                    zip_nodes(
                        style,
                        o,
                        &forest(o.section),
                        n,
                        &forest(n.section),
                        &address,
                    )
                }
                (Some(o), Some(n)) => align_nodes(
                    style,
                    o,
                    &forest(o.section),
                    n,
                    &forest(n.section),
                    &address,
                ),
                (Some(o), None) => forest(o.section)
                    .iter()
                    .map(|x| one_side(style, o, x, &address, Status::Removed))
                    .collect(),
                (None, Some(n)) => forest(n.section)
                    .iter()
                    .map(|x| one_side(style, n, x, &address, Status::Added))
                    .collect(),
                (None, None) => Vec::new(),
            };
            UnitChange {
                level: main.level,
                status: c.status,
                old_label: c.old_label.clone(),
                new_label: c.new_label.clone(),
                address,
                old_line: os.map(|s| s.line),
                new_line: ns.map(|s| s.line),
                moved: c.moved,
                renumbered: c.renumbered,
                children,
                akn_type: None,
            }
        })
        .collect()
}
