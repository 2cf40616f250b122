//! Alignment of old and new sections, coarse to fine:
//!
//! 1. sections whose content (the text with the heading number cut out) occurs exactly once on
//!    each side are paired, and so are headings named only by words (Markdown) whose title
//!    occurs once on each side; the longest in-order chain of those pairs forms the anchors;
//! 2. between two anchors, sections with equal content are paired in order, then the rest by
//!    similarity (Dice coefficient of word-bigram sets), where a section with the same number
//!    needs less similarity than one with another number, and is preferred to it unless the
//!    other is clearly more similar (a reworded article keeps its number even when a new
//!    article takes up its old words);
//! 3. what is left is paired across the whole text (equal content, then similarity found
//!    through an index of bigrams), which finds moved sections, edited or not;
//!    Divisions of the same words (a chapter's name recurring under each title) are then
//!    re-paired by the unit they head: each with the one over its first unit's partner;
//! 4. the longest in-order chain of all pairs is "in order"; the other pairs are moved.
//!
//! Everything is deterministic: no clocks, ties broken by position.

use std::collections::VecDeque;

use rustc_hash::{FxHashMap, FxHashSet};

use super::{HeadingKind, Section};

/// Similarity a section with the same number (and in the same gap) needs to be paired.
const SAME_NUMBER_THRESHOLD: f64 = 0.25;
/// Similarity a section with the same number is given over one with another number when
/// both could be paired.
const SAME_NUMBER_BONUS: f64 = 0.15;
/// Word pairs (bigrams) of a section that is no more than a bare heading.
const STUB_BIGRAMS: usize = 2;
/// Words a section may have and still be a stub (with its word pairs repeated, as in
/// `weggefallen weggefallen`); beyond, it is none.
const STUB_WORDS: usize = 8;
/// Similarity a section with another number needs to be paired.
const OTHER_THRESHOLD: f64 = 0.5;
/// Above this many candidate pairs in one gap, only same-number pairs and a band along the
/// gap's diagonal are compared.
const ALL_PAIRS_LIMIT: usize = 4096;
/// Half-width of the diagonal band compared in large gaps.
const BAND: usize = 8;
/// Share of the smaller section's word pairs that the larger must hold for two sections of
/// the same number to be one whatever their similarity (see [`Matcher::absorbed`]).
const ABSORBED_SHARE: f64 = 0.9;
/// Word pairs the smaller section must have for that (fewer: a stub, see
/// [`Matcher::same_heading`]).
const ABSORBED_MIN_BIGRAMS: usize = 8;

/// A pair of sections that could be paired: its rank among the others (its similarity, or
/// more), its similarity, and whether the two have the same number.
struct Candidate {
    rank: f64,
    sim: f64,
    same_key: bool,
    i: usize,
    j: usize,
}
/// Similarity an old article needs to be paired with a new section of another number
/// anywhere in the text while its own number, which lasts, is still held by an unpaired new
/// section.
const MOVED_OFF_THRESHOLD: f64 = 0.8;
/// Bigrams shared by more sections than this are ignored when looking for moved sections.
const POSTING_LIMIT: usize = 32;
/// Candidates per section scored when looking for moved sections.
const TOP_CANDIDATES: usize = 8;

/// A fast, deterministic 64-bit hash of bytes, continued from `h` (rustc-hash's FxHasher).
pub(crate) fn hash_bytes(h: u64, bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::with_seed(h as usize);
    hasher.write(bytes);
    hasher.finish()
}

/// The content of a section: the text before and after the heading number, the marks of a
/// Markdown heading before it and trailing whitespace ignored. Two exports of a code differ
/// in those marks alone (the Code pénal's `Article 224-9` and `##### Article 224-9`), and the
/// heading's level is no part of its words (see [`super::words`]).
pub(crate) fn content<'a>(text: &'a str, s: &Section) -> (&'a str, &'a str) {
    let body = text[s.start..s.end].trim_end();
    let end = s.start + body.len();
    let (a, b) = match &s.number_span {
        Some(n) if n.end <= end => (&text[s.start..n.start], &text[n.end..end]),
        _ => (body, ""),
    };
    let marks = a.trim_start_matches('#');
    if marks.len() < a.len() {
        (marks.trim_start_matches([' ', '\t']), b)
    } else {
        (a, b)
    }
}

/// A section's body without the Markdown heading marks at the start of its lines, where it
/// has any (`None` where it has none): an export that marks a line of an article as a
/// heading in one version and not in the next (the Luxembourg Code pénal's `#### Abrogé
/// implicitement (` under art. 554 in 2025, under art. 558 in 2026) changes no words, and
/// the two repealed articles were paired crosswise by their marks ("Art. 558 renumbered Art.
/// 554").
fn unmarked(body: &str) -> Option<String> {
    let bytes = body.as_bytes();
    // Lines that start with `#` (a byte search: a substring searcher built per section cost
    // more than the scan).
    let starts = memchr::memchr_iter(b'#', bytes).filter(|&k| k == 0 || bytes[k - 1] == b'\n');
    let mut out: Option<String> = None;
    let mut from = 0;
    for line in starts {
        let hashes = bytes[line..].iter().take_while(|&&b| b == b'#').count();
        let words = line + hashes;
        let blanks = bytes[words..]
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        if (1..=6).contains(&hashes) && blanks > 0 {
            let out = out.get_or_insert_with(|| String::with_capacity(body.len()));
            out.push_str(&body[from..line]);
            from = words + blanks;
        }
    }
    let mut out = out?;
    out.push_str(&body[from..]);
    Some(out)
}

/// Whether two section contents are the same, Markdown heading marks at their lines' starts
/// aside (see [`unmarked`]).
fn same_marked(a: (&str, &str), b: (&str, &str)) -> bool {
    if a == b {
        return true;
    }
    if a.0 != b.0 {
        return false;
    }
    let (x, y) = (unmarked(a.1), unmarked(b.1));
    (x.is_some() || y.is_some()) && x.as_deref().unwrap_or(a.1) == y.as_deref().unwrap_or(b.1)
}

/// A section's kind, chapter, number and, for a division, its keyword (see [`Side::key`]).
type Key<'a> = (HeadingKind, Option<&'a str>, Option<&'a str>, &'a str);

struct Side<'a> {
    text: &'a str,
    sections: &'a [Section],
    hashes: Vec<u64>,
    shingles: Vec<Option<Vec<u64>>>,
}

impl<'a> Side<'a> {
    fn new(text: &'a str, sections: &'a [Section]) -> Self {
        let hashes = sections
            .iter()
            .map(|s| {
                let (a, b) = content(text, s);
                let plain = unmarked(b);
                let b = plain.as_deref().unwrap_or(b);
                hash_bytes(hash_bytes(0, a.as_bytes()), b.as_bytes())
            })
            .collect();
        Side {
            text,
            sections,
            hashes,
            shingles: vec![None; sections.len()],
        }
    }

    fn content(&self, i: usize) -> (&'a str, &'a str) {
        content(self.text, &self.sections[i])
    }

    /// The text of section `i` after its heading number.
    fn body(&self, i: usize) -> &'a str {
        self.content(i).1
    }

    /// What makes two sections the same unit by number: kind, chapter (where numbers start
    /// anew in each) and number, and a division's keyword: `Paragraphe 4` is no `Sous-section
    /// 4` (the French Code civil's 2016 pair paired divisions of other kinds by number alone).
    /// An article's keyword may change with the layout (`Art. 5`, `Article 5`), but not one
    /// numbered by ordinal words: `Disposición adicional primera` is no `Disposición final
    /// primera`.
    fn key(&self, i: usize) -> Key<'a> {
        let s = &self.sections[i];
        let worded = super::style::worded_keyword(&s.keyword);
        let keyword = match s.kind {
            HeadingKind::Division => s.keyword.as_str(),
            _ if worded => s.keyword.as_str(),
            _ => "",
        };
        (s.kind, s.chapter.as_deref(), s.number.as_deref(), keyword)
    }

    /// Whether section `i`'s number is its identity, kept while its text changes: an article
    /// of a code named by a keyword (`Artículo 557`, `§ 73a`). Numbered paragraphs and bare or
    /// dotted numbers (`1.`, `4.2`, a bill's `5 Title`) and bill clauses are places in a list,
    /// renumbered as units come and go, and so are matched by their words.
    fn lasting(&self, i: usize) -> bool {
        let s = &self.sections[i];
        s.number.is_some()
            && !s.keyword.is_empty()
            && !super::style::POSITIONAL.contains(&s.keyword.as_str())
    }

    /// Whether section `i` is no more than a bare heading (a repealed unit's placeholder): at
    /// most [`STUB_BIGRAMS`] word pairs. Its words are counted first: one of more than
    /// [`STUB_WORDS`] words is no stub, and most sections are told so without hashing their
    /// words (a bill renumbered throughout asked this of every section).
    fn is_stub(&mut self, i: usize) -> bool {
        if let Some(s) = &self.shingles[i] {
            return s.len() <= STUB_BIGRAMS;
        }
        let (a, b) = self.content(i);
        words_up_to(a, b, STUB_WORDS + 1) <= STUB_WORDS && self.shingles(i).len() <= STUB_BIGRAMS
    }

    fn shingles(&mut self, i: usize) -> &[u64] {
        if self.shingles[i].is_none() {
            let (a, b) = self.content(i);
            self.shingles[i] = Some(shingles(a, b));
        }
        self.shingles[i].as_deref().expect("just computed")
    }
}

/// Whether two sections of the same bare number have titles alike (see [`TITLE_ALIKE`]): a
/// consolidated Act's section keeps its number and title where its words are repealed or
/// substituted whole (section 25 of the Irish Competition Act 2002, `25.— F125[…]`, was
/// removed and added), where a bill's clause under a number another clause had is titled
/// otherwise.
fn titled_alike(old: &Section, new: &Section) -> bool {
    !old.title.is_empty()
        && !new.title.is_empty()
        && title_likeness(&old.title, &new.title) >= TITLE_ALIKE
}

/// Likeness of their titles' words ([`title_likeness`]) at which two sections of the same
/// bare number are the same section whatever their text.
const TITLE_ALIKE: f64 = 0.6;

/// Dice coefficient of the sets of words (in lower case) of two titles.
fn title_likeness(a: &str, b: &str) -> f64 {
    let words = |t: &str| -> FxHashSet<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(&b).count() as f64 / (a.len() + b.len()) as f64
}

/// Whether a section's content holds a letter or digit.
fn has_words((a, b): (&str, &str)) -> bool {
    a.chars().chain(b.chars()).any(char::is_alphanumeric)
}

/// Sorted, deduplicated hashes of the word bigrams (or single words, for texts of one word).
/// Words are runs of ASCII letters and digits and of non-ASCII bytes (which keeps letters of
/// other scripts together without decoding).
fn shingles(a: &str, b: &str) -> Vec<u64> {
    let in_word = |c: u8| IN_WORD[usize::from(c)];
    let mut words: Vec<u64> = Vec::with_capacity((a.len() + b.len()) / 6);
    for t in [a, b] {
        let bytes = t.as_bytes();
        let mut k = 0;
        loop {
            while k < bytes.len() && !in_word(bytes[k]) {
                k += 1;
            }
            if k == bytes.len() {
                break;
            }
            let start = k;
            while k < bytes.len() && in_word(bytes[k]) {
                k += 1;
            }
            // A word is hashed whole, eight bytes at a step.
            words.push(hash_bytes(0, &bytes[start..k]));
        }
    }
    // The bigrams take the words' place (one list, no second allocation).
    if words.len() >= 2 {
        for k in 0..words.len() - 1 {
            words[k] = words[k].rotate_left(17) ^ words[k + 1].wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
        words.pop();
    }
    words.sort_unstable();
    words.dedup();
    words
}

/// How many words (as [`shingles`] cuts them) `a` and `b` hold, counted up to `limit`.
fn words_up_to(a: &str, b: &str, limit: usize) -> usize {
    let mut n = 0;
    for t in [a, b] {
        let mut in_word = false;
        for &c in t.as_bytes() {
            let w = IN_WORD[usize::from(c)];
            if w && !in_word {
                n += 1;
                if n >= limit {
                    return n;
                }
            }
            in_word = w;
        }
    }
    n
}

/// The bytes of words (see [`shingles`]): ASCII letters and digits, and every byte beyond
/// ASCII. A table, so that the scan over a section's bytes is one look-up each.
pub(crate) static IN_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let u = b as u8;
        t[b] = u.is_ascii_alphanumeric() || u >= 0x80;
        b += 1;
    }
    t
};

/// How many elements two sorted sets share.
fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common
}

/// Dice coefficient of two sorted sets.
pub(crate) fn dice(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    2.0 * shared(a, b) as f64 / (a.len() + b.len()) as f64
}

/// The moves to another number checked for stock clauses (see [`StockCheck`]); past these,
/// moves are taken as found (a hostile text).
const STOCK_CHECKS: usize = 256;
/// Above this many word pairs, two sections are not searched for their longest shared run.
const STOCK_RUN_LIMIT: usize = 1 << 18;

/// Whether a move to another number across the text is a stock clause: the Code pénal's art.
/// 311-15 (`L'interdiction du territoire français peut être prononcée … à l'encontre de tout
/// étranger coupable de l'une des infractions définies aux articles 311-6 à 311-10`, repealed)
/// was "moved" to the new art. 131-30-3, which words the same penalty for other offences
/// (Dice 0.55), as do a dozen articles left in place. The longest run of words the two share
/// is looked for in both texts: found again elsewhere, it says nothing of where the new
/// section came from.
#[derive(Default)]
struct StockCheck {
    checked: usize,
}

impl StockCheck {
    fn explains(&mut self, m: &Matcher, i: usize, j: usize) -> bool {
        self.checked += 1;
        if self.checked > STOCK_CHECKS {
            return false;
        }
        let (old_run, new_run) = match longest_shared_run(m.old.body(i), m.new.body(j)) {
            Some(runs) => runs,
            None => return false,
        };
        occurs_twice(m.old.text, old_run) || occurs_twice(m.new.text, new_run)
    }
}

/// The longest run of words two texts share, as it stands in each (`None` when they share
/// no word, or are too long to compare).
fn longest_shared_run<'a>(a: &'a str, b: &'a str) -> Option<(&'a str, &'a str)> {
    // Each word: its offset, length and hash (runs are compared by hash, then checked).
    let words = |t: &'a str| -> Vec<(usize, usize, u64)> {
        t.split_whitespace()
            .map(|w| {
                let at = w.as_ptr() as usize - t.as_ptr() as usize;
                (at, w.len(), hash_bytes(0, w.as_bytes()))
            })
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() || wa.len() * wb.len() > STOCK_RUN_LIMIT {
        return None;
    }
    // Lengths of the common runs ending at each word of `b`, for the previous word of `a`.
    let mut prev = vec![0u32; wb.len() + 1];
    let mut cur = vec![0u32; wb.len() + 1];
    let (mut best, mut end_a, mut end_b) = (0u32, 0, 0);
    for (x, &(_, _, u)) in wa.iter().enumerate() {
        for (y, &(_, _, v)) in wb.iter().enumerate() {
            cur[y + 1] = if u == v { prev[y] + 1 } else { 0 };
            if cur[y + 1] > best {
                (best, end_a, end_b) = (cur[y + 1], x, y);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    if best == 0 {
        return None;
    }
    let span = |t: &'a str, w: &[(usize, usize, u64)], end: usize| {
        let first = w[end + 1 - best as usize].0;
        let (last, len, _) = w[end];
        &t[first..last + len]
    };
    let runs = (span(a, &wa, end_a), span(b, &wb, end_b));
    // Equal hashes of other words would make runs of other words.
    super::words(runs.0)
        .eq(super::words(runs.1))
        .then_some(runs)
}

/// Whether `run` occurs twice or more in `text` (a stock phrase, for the moves of sections
/// here and of paragraphs in [`super::tree`]).
pub(crate) fn occurs_twice(text: &str, run: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), run.as_bytes())
        .nth(1)
        .is_some()
}

/// Where equal contents are paired (see [`Matcher::pair_equal`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// Between two anchors; `by_number` where the numbers around the gap are kept.
    Gap { by_number: bool },
    /// Anywhere in the text (moved sections).
    Text,
}

/// The result of aligning two lists of sections.
pub(crate) struct Alignment {
    /// For each new section, its old partner.
    pub new_to_old: Vec<Option<usize>>,
    /// For each old section, its new partner.
    pub old_to_new: Vec<Option<usize>>,
    /// For each new section: paired and part of the longest in-order chain.
    pub in_order: Vec<bool>,
    /// For each new section paired by similarity (not equal content): the similarity.
    pub similarity: Vec<Option<f64>>,
    /// For each new section: paired with the old one of its lasting number alone, their
    /// words too unlike to pair them and neither a bare heading: its text was replaced whole
    /// (see [`Matcher::pair_same_numbers`]).
    pub replaced: Vec<bool>,
}

struct Matcher<'a> {
    old: Side<'a>,
    new: Side<'a>,
    new_to_old: Vec<Option<usize>>,
    old_to_new: Vec<Option<usize>>,
    similarity: Vec<Option<f64>>,
    replaced: Vec<bool>,
}

impl<'a> Matcher<'a> {
    fn pair(&mut self, i: usize, j: usize, sim: Option<f64>) {
        debug_assert!(self.old_to_new[i].is_none() && self.new_to_old[j].is_none());
        self.old_to_new[i] = Some(j);
        self.new_to_old[j] = Some(i);
        self.similarity[j] = sim;
    }

    /// Whether old `i` and new `j` have the same content, and some words in it: two bare
    /// headings (`##### § 287.` repealed, `##### § 387-388.`) are the same text, which says
    /// nothing of which article is which; they are paired by number.
    fn same_content(&self, i: usize, j: usize) -> bool {
        if self.old.hashes[i] != self.new.hashes[j] {
            return false;
        }
        let content = self.old.content(i);
        same_marked(content, self.new.content(j)) && has_words(content)
    }

    /// Whether old `i` and new `j` are stubs (a repealed unit's placeholder: `## Buch 6 -
    /// (weggefallen)`) of other numbers. Their text, the same, says nothing of which is which:
    /// the ZPO's `Buch 6 - (weggefallen)` of 2009 was "moved" to its `Buch 9 - (weggefallen)`
    /// of 2018 while Buch 6 took new words.
    fn stubs_of_other_numbers(&mut self, i: usize, j: usize) -> bool {
        self.old.key(i) != self.new.key(j) && self.old.is_stub(i) && self.new.is_stub(j)
    }

    /// Whether old `i` and new `j` are article stubs of other numbers (see
    /// [`Self::stubs_of_other_numbers`]): across the text, nothing tells a repealed article's
    /// stub from another's. A division's heading is all its text, and two with the same short
    /// title (`Chapitre IV : Du blanchiment`) may well be one chapter renumbered.
    fn article_stubs_of_other_numbers(&mut self, i: usize, j: usize) -> bool {
        self.new.sections[j].kind == HeadingKind::Article && self.stubs_of_other_numbers(i, j)
    }

    /// Pairs equal contents among the given unpaired sections, in order. In a gap whose
    /// numbers around are kept, equal sections of the same number are paired first (two
    /// articles both reading `Repealed.`): a repealed number given a new text leaves the
    /// other stub where it was, and a stub printed again leaves the others in place. Across
    /// the text, an article stub pairs only with the stub of its own number (see
    /// [`Matcher::article_stubs_of_other_numbers`]).
    fn pair_equal(&mut self, olds: &[usize], news: &[usize], scope: Scope) {
        let by_number = scope == Scope::Gap { by_number: true };
        // Queues of old sections in text order, by content hash and by hash and key. A
        // section paired through one queue stays in the other until it reaches the front,
        // where it is dropped: each look-up costs little however many equal stubs a text has.
        let mut by_hash: FxHashMap<u64, VecDeque<usize>> = FxHashMap::default();
        let mut by_key: FxHashMap<(u64, Key), VecDeque<usize>> = FxHashMap::default();
        for &i in olds {
            let h = self.old.hashes[i];
            by_hash.entry(h).or_default().push_back(i);
            if scope != (Scope::Gap { by_number: false }) {
                by_key.entry((h, self.old.key(i))).or_default().push_back(i);
            }
        }
        // Same numbers first, all of them: taken in text order with the others, a new
        // section whose number the old text lacks (a stub printed again) took the next
        // equal old one, whose own new section then took the next, to the gap's end.
        if by_number {
            for &j in news {
                let key = (self.new.hashes[j], self.new.key(j));
                if let Some(i) = by_key.get_mut(&key).and_then(|q| self.take_equal(q, j)) {
                    self.pair(i, j, None);
                }
            }
        }
        for &j in news {
            if self.new_to_old[j].is_some() {
                continue;
            }
            let h = self.new.hashes[j];
            // Equal contents: where the new one is an article stub, so is the old one.
            let stub = scope == Scope::Text
                && self.new.sections[j].kind == HeadingKind::Article
                && self.new.is_stub(j);
            // Same numbers in a gap were all paired above.
            let same_key = stub
                .then(|| by_key.get_mut(&(h, self.new.key(j))))
                .flatten();
            let found = same_key.and_then(|q| self.take_equal(q, j)).or_else(|| {
                (!stub)
                    .then(|| by_hash.get_mut(&h))
                    .flatten()
                    .and_then(|q| self.take_equal(q, j))
            });
            if let Some(i) = found {
                self.pair(i, j, None);
            }
        }
    }

    /// The first section of `queue` still unpaired whose content equals new section `j`'s,
    /// taken out of the queue (paired sections at its front are dropped).
    fn take_equal(&self, queue: &mut VecDeque<usize>, j: usize) -> Option<usize> {
        while queue.front().is_some_and(|&i| self.old_to_new[i].is_some()) {
            queue.pop_front();
        }
        let pos = queue
            .iter()
            .position(|&i| self.old_to_new[i].is_none() && self.same_content(i, j))?;
        queue.remove(pos)
    }

    /// Whether old `i` and new `j` may be one unit: an article is never paired with a
    /// division named by a keyword or by words alone, by likeness of words (the Code pénal's art. 132-16-6,
    /// repealed, with the new `Sous-section 6` whose title reuses its words; the Code
    /// électoral's art. R200 with the heading of an annex's table). A division numbered alone
    /// (`4.` over the `4.1` of a contract) holds text as an article does, and a clause moved
    /// from one level to the other is the same clause.
    fn same_kind(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.old.sections[i], &self.new.sections[j]);
        let named = |s: &Section| {
            s.kind == HeadingKind::Division && (!s.keyword.is_empty() || s.number.is_none())
        };
        a.kind == b.kind || !(named(a) || named(b))
    }

    fn threshold(&self, i: usize, j: usize) -> f64 {
        let (ok, on) = (self.old.key(i), self.new.key(j));
        if ok.0 == HeadingKind::Preamble && on.0 == HeadingKind::Preamble {
            0.0
        } else if ok == on {
            SAME_NUMBER_THRESHOLD
        } else {
            OTHER_THRESHOLD
        }
    }

    /// The similarity of `i` and `j` where they could be paired, and whether one holds the
    /// other (see [`Matcher::absorbed`]).
    fn score(&mut self, i: usize, j: usize) -> Option<(f64, bool)> {
        if !self.same_kind(i, j) {
            return None;
        }
        let t = self.threshold(i, j);
        let sim = dice(self.old.shingles(i), self.new.shingles(j));
        let absorbed = self.absorbed(i, j);
        (sim >= t || self.same_heading(i, j) || absorbed).then_some((sim, absorbed))
    }

    /// Whether two sections of the same number are one, the text of one holding the other's
    /// almost whole: the other version cut it short or ran the sections after it into it (the
    /// Code de la consommation of 2022 turned the headings of its sanctions catalogue into
    /// items of the article before it, `Art. R. 411-1.`; that article was paired with the
    /// catalogue's last old heading, `Art. L. 112-8`, whose section held the same lines).
    fn absorbed(&mut self, i: usize, j: usize) -> bool {
        if self.old.key(i) != self.new.key(j) || self.old.key(i).0 == HeadingKind::Preamble {
            return false;
        }
        let (a, b) = (self.old.shingles(i), self.new.shingles(j));
        let smaller = a.len().min(b.len());
        smaller >= ABSORBED_MIN_BIGRAMS && shared(a, b) as f64 >= ABSORBED_SHARE * smaller as f64
    }

    /// Whether two sections with the same number are the same unit whatever their text: the
    /// same title, or one side a bare heading (a repealed article's stub, or its text all
    /// struck out): similarity cannot tell, and a drafter reads the article as changed.
    fn same_heading(&mut self, i: usize, j: usize) -> bool {
        let (ok, on) = (self.old.key(i), self.new.key(j));
        if ok != on || ok.0 == HeadingKind::Preamble || ok.2.is_none() {
            return false;
        }
        let (ot, nt) = (&self.old.sections[i].title, &self.new.sections[j].title);
        (!ot.is_empty() && ot == nt)
            || self.old.shingles(i).len() <= STUB_BIGRAMS
            || self.new.shingles(j).len() <= STUB_BIGRAMS
    }

    /// Pairs greedily, best rank first (same number before other numbers on ties).
    fn pair_greedy(&mut self, mut cands: Vec<Candidate>) {
        let rank = |c: &Candidate| c.rank + if c.same_key { SAME_NUMBER_BONUS } else { 0.0 };
        cands.sort_by(|a, b| {
            rank(b)
                .total_cmp(&rank(a))
                .then(b.same_key.cmp(&a.same_key))
                .then(a.i.cmp(&b.i))
                .then(a.j.cmp(&b.j))
        });
        for c in cands {
            if self.old_to_new[c.i].is_none() && self.new_to_old[c.j].is_none() {
                self.pair(c.i, c.j, Some(c.sim));
            }
        }
    }

    /// Pairs the unpaired sections between two anchors by similarity; a section of the same
    /// number that the other holds almost whole (see [`Matcher::absorbed`]) first.
    fn pair_similar_in_gap(&mut self, olds: &[usize], news: &[usize]) {
        let mut cands = Vec::new();
        let mut consider = |m: &mut Self, oi: usize, nj: usize| {
            let (i, j) = (olds[oi], news[nj]);
            if let Some((sim, absorbed)) = m.score(i, j) {
                let same_key = m.old.key(i) == m.new.key(j);
                // Above every pair that is only similar; among such pairs, the most similar.
                let rank = if absorbed { 1.0 + sim } else { sim };
                cands.push(Candidate {
                    rank,
                    sim,
                    same_key,
                    i,
                    j,
                });
            }
        };
        if olds.len() * news.len() <= ALL_PAIRS_LIMIT {
            for oi in 0..olds.len() {
                for nj in 0..news.len() {
                    consider(self, oi, nj);
                }
            }
        } else {
            let mut by_key: FxHashMap<Key, usize> = FxHashMap::default();
            for (nj, &j) in news.iter().enumerate() {
                by_key.entry(self.new.key(j)).or_insert(nj);
            }
            let mut seen = FxHashSet::default();
            for (oi, &i) in olds.iter().enumerate() {
                // The band follows the gap's diagonal, whatever its shape.
                let mid = oi * news.len() / olds.len();
                let lo = mid.saturating_sub(BAND);
                let hi = (mid + BAND + 1).min(news.len());
                let same = by_key.get(&self.old.key(i)).copied();
                for nj in (lo..hi).chain(same) {
                    if seen.insert((oi, nj)) {
                        consider(self, oi, nj);
                    }
                }
            }
        }
        self.pair_greedy(cands);
    }

    /// Pairs what is left anywhere in the text by similarity, through an index of bigrams.
    fn pair_similar_anywhere(&mut self, olds: &[usize], news: &[usize]) {
        let mut postings: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
        for &i in olds {
            for &s in self.old.shingles(i) {
                postings.entry(s).or_default().push(i);
            }
        }
        // The numbers still held by an unpaired new section: an old article of such a number
        // that lasts keeps it unless its words clearly went elsewhere (see below).
        let held: FxHashSet<Key> = news.iter().map(|&j| self.new.key(j)).collect();
        // And the other way round, so that the text read backwards pairs alike: a new article
        // of a number an unpaired old section holds takes it unless its words clearly came
        // from elsewhere.
        let held_old: FxHashSet<Key> = olds.iter().map(|&i| self.old.key(i)).collect();
        let mut cands = Vec::new();
        for &j in news {
            let mut counts: FxHashMap<usize, usize> = FxHashMap::default();
            for s in self.new.shingles(j) {
                if let Some(p) = postings.get(s).filter(|p| p.len() <= POSTING_LIMIT) {
                    for &i in p {
                        *counts.entry(i).or_default() += 1;
                    }
                }
            }
            let mut best: Vec<(usize, usize)> = counts.into_iter().collect();
            best.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            for &(i, _) in best.iter().take(TOP_CANDIDATES) {
                if !self.same_kind(i, j) || self.article_stubs_of_other_numbers(i, j) {
                    continue;
                }
                let sim = dice(self.old.shingles(i), self.new.shingles(j));
                let (ki, kj) = (self.old.key(i), self.new.key(j));
                // Stock clauses make short articles alike: the Code de procédure pénale's
                // art. 712-22 (`Un décret précise les conditions d'application …`, its number
                // given new words) was paired with the new art. 706-140 (`Un décret précise
                // les modalités d'application …`, 0.55) and reported moved there.
                let kept = ki != kj
                    && ((ki.0 == HeadingKind::Article
                        && self.old.lasting(i)
                        && held.contains(&ki))
                        || (kj.0 == HeadingKind::Article
                            && self.new.lasting(j)
                            && held_old.contains(&kj)));
                let needed = if kept {
                    MOVED_OFF_THRESHOLD
                } else {
                    OTHER_THRESHOLD
                };
                if sim >= needed {
                    cands.push(Candidate {
                        rank: sim,
                        sim,
                        same_key: ki == kj,
                        i,
                        j,
                    });
                }
            }
        }
        // A move to another number whose longest run of shared words recurs is a stock clause.
        let mut stock = StockCheck::default();
        cands.retain(|c| {
            c.same_key || c.sim >= MOVED_OFF_THRESHOLD || !stock.explains(self, c.i, c.j)
        });
        self.pair_greedy(cands);
    }

    /// Undoes the renumberings of a gap that leave both their numbers behind: old `i` paired
    /// with new `j` of another number while the gap's old text has `j`'s number unpaired and
    /// its new text `i`'s, among units whose numbers last (see [`Side::lasting`]) and where
    /// no shared title confirms the renumbering (`§ 3 Verbreitung` → `§ 4 Verbreitung`). Two
    /// articles changed under their own numbers is the reading with fewer events, and the one
    /// the law makes: the Spanish LO 14/2022 rewrote arts. 248 and
    /// 249 of the Código Penal, the words of 249 now in 248, and was read as 249 renumbered
    /// 248, 248 removed and 249 added.
    fn undo_crossed_renumbers(&mut self, olds: &[usize], news: &[usize]) {
        let in_gap: FxHashSet<usize> = olds.iter().copied().collect();
        let mut old_free = self.unpaired_by_key(olds, true);
        let mut new_free = self.unpaired_by_key(news, false);
        for &j in news {
            let Some(i) = self.new_to_old[j].filter(|i| in_gap.contains(i)) else {
                continue;
            };
            let (ki, kj) = (self.old.key(i), self.new.key(j));
            let (os, ns) = (&self.old.sections[i], &self.new.sections[j]);
            let titled = !os.title.is_empty() && os.title == ns.title;
            if ki == kj || titled || !self.old.lasting(i) || !self.new.lasting(j) {
                continue;
            }
            let (Some(i2), Some(j2)) = (first_free(&old_free, kj), first_free(&new_free, ki))
            else {
                continue;
            };
            self.old_to_new[i] = None;
            self.new_to_old[j] = None;
            self.pair_by_number(i, j2);
            self.pair_by_number(i2, j);
            take_first(&mut old_free, kj);
            take_first(&mut new_free, ki);
        }
    }

    /// Gives an article back its own number where its title says so: old `i` paired with new
    /// `j` of another number, both titled, while the new article of `i`'s number is unpaired
    /// and its title at least as close to `i`'s (by shared words) as `j`'s. A match on the
    /// boilerplate of penalties is no renumbering: the Karistusseadustik's § 208
    /// `Arvutiviiruse levitamine` was paired with the new § 300¹ `Toimingupiirangu rikkumine`
    /// (similarity 0.51), the new § 208 `Nuhkvara, pahavara ja arvutiviiruse levitamine`
    /// reported added. Untitled articles are left to their words. Then the same the other way
    /// round, so that a redline read backwards tells the same story: new `j` paired with old
    /// `i` of another number while the old article of `j`'s number is unpaired (the trestní
    /// zákoník's § 255 split into § 255 and § 255a, read from the later version back: the
    /// later § 255a was paired with the earlier § 255, and § 255 reported removed).
    fn prefer_titled_numbers(&mut self) {
        self.give_back_titled_numbers(true);
        self.give_back_titled_numbers(false);
    }

    /// [`Matcher::prefer_titled_numbers`] for the articles of one side (the old ones when
    /// `old`), each given the unpaired article of its own number on the other side, read in
    /// the other side's order.
    fn give_back_titled_numbers(&mut self, old: bool) {
        let all: Vec<usize> = match old {
            true => (0..self.new_to_old.len()).collect(),
            false => (0..self.old_to_new.len()).collect(),
        };
        let mut free = self.unpaired_by_key(&all, !old);
        for k in all {
            // `k` on the side read, `keeper` the article that may get its number back.
            let (i, j) = match old {
                true => match self.new_to_old[k] {
                    Some(i) => (i, k),
                    None => continue,
                },
                false => match self.old_to_new[k] {
                    Some(j) => (k, j),
                    None => continue,
                },
            };
            let (ki, kj) = (self.old.key(i), self.new.key(j));
            if ki == kj || !self.old.lasting(i) || !self.new.lasting(j) {
                continue;
            }
            let own_key = if old { ki } else { kj };
            let Some(k2) = first_free(&free, own_key) else {
                continue;
            };
            let (keeper, read) = match old {
                true => (&self.old.sections[i], &self.new.sections),
                false => (&self.new.sections[j], &self.old.sections),
            };
            let (title, to, tn) = (&keeper.title, &read[k].title, &read[k2].title);
            if title.is_empty() || to.is_empty() || tn.is_empty() {
                continue;
            }
            let (own, other) = (title_likeness(title, tn), title_likeness(title, to));
            if own > 0.0 && own >= other {
                self.old_to_new[i] = None;
                self.new_to_old[j] = None;
                match old {
                    true => self.pair_by_number(i, k2),
                    false => self.pair_by_number(k2, j),
                }
                take_first(&mut free, own_key);
            }
        }
    }

    /// Pairs the sections of a gap still unpaired that have the same lasting number (see
    /// [`Side::lasting`]): an article rewritten under its number (LO 14/2022 replaced the whole
    /// text of art. 557) is that article changed, not one removed and another added. Run after
    /// the moved sections are found, which a number given to other words must not hide.
    fn pair_same_numbers(&mut self, olds: &[usize], news: &[usize]) {
        let mut old_free = self.unpaired_by_key(olds, true);
        for &j in news {
            let kj = self.new.key(j);
            if self.new_to_old[j].is_some() || !self.new.lasting(j) {
                continue;
            }
            if let Some(i) = take_first(&mut old_free, kj) {
                self.pair_by_number(i, j);
            }
        }
    }

    /// The unpaired sections of `ids` (old ones with `old`) by key, in text order.
    fn unpaired_by_key(&self, ids: &[usize], old: bool) -> FxHashMap<Key<'a>, VecDeque<usize>> {
        let mut out: FxHashMap<Key, VecDeque<usize>> = FxHashMap::default();
        for &k in ids {
            let (side, free) = match old {
                true => (&self.old, self.old_to_new[k].is_none()),
                false => (&self.new, self.new_to_old[k].is_none()),
            };
            if free {
                out.entry(side.key(k)).or_default().push_back(k);
            }
        }
        out
    }

    /// Pairs the headings named only by their words (`#### Disposició final`) that have the
    /// same words once on each side of a gap between sections paired in order, however much
    /// text they gained or lost: step 1b pairs such a title only when the whole text has it
    /// once, and the Andorran Codi de procediment penal of 2008 has a second `Disposició final`
    /// (the law's, after the decree's), so the decree's, which gained the law's preamble, was
    /// removed and added.
    fn pair_titles_in_gap(&mut self, olds: &[usize], news: &[usize]) {
        let once = |side: &Side<'a>, at: &[usize]| {
            let mut seen: FxHashMap<(HeadingKind, &'a str), Option<usize>> = FxHashMap::default();
            for &k in at {
                if let Some(t) = words_title(&side.sections[k]) {
                    seen.entry(t).and_modify(|e| *e = None).or_insert(Some(k));
                }
            }
            seen
        };
        let (o, n) = (once(&self.old, olds), once(&self.new, news));
        let mut pairs: Vec<(usize, usize)> = o
            .iter()
            .filter_map(|(t, &i)| Some((i?, n.get(t).copied().flatten()?)))
            .collect();
        pairs.sort_unstable();
        for (i, j) in pairs {
            self.pair_scored(i, j);
        }
    }

    /// Pairs the articles still unpaired whose title is the same, two words at least, and
    /// found once among them on each side: the StGB's § 74e `Wirkung der Einziehung`,
    /// rewritten as § 75 by the 2017 reform, was reported removed and § 75 added.
    fn pair_same_titles(&mut self, olds: &[usize], news: &[usize]) {
        let title = |s: &'a Section| -> Option<&'a str> {
            let t = s.title.as_str();
            (s.kind == HeadingKind::Article && t.split_whitespace().nth(1).is_some()).then_some(t)
        };
        let mut by_title: FxHashMap<&str, (Vec<usize>, Vec<usize>)> = FxHashMap::default();
        for &i in olds.iter().filter(|&&i| self.old_to_new[i].is_none()) {
            if let Some(t) = title(&self.old.sections[i]) {
                by_title.entry(t).or_default().0.push(i);
            }
        }
        for &j in news.iter().filter(|&&j| self.new_to_old[j].is_none()) {
            if let Some(t) = title(&self.new.sections[j]) {
                by_title.entry(t).or_default().1.push(j);
            }
        }
        let mut pairs: Vec<(usize, usize)> = by_title
            .into_values()
            .filter_map(|(o, n)| match (o.as_slice(), n.as_slice()) {
                ([i], [j]) => Some((*i, *j)),
                _ => None,
            })
            .collect();
        pairs.sort_unstable();
        for (i, j) in pairs {
            self.pair_scored(i, j);
        }
    }

    /// Pairs the articles still unpaired that have the same lasting number, anywhere in the
    /// text, where the pair keeps the order of the articles already paired in order (divisions
    /// aside: a division restructured around an article must not keep it from its number).
    /// LO 1/2015 reworded art. 252 of the Código Penal inside a new Sección 2.ª, and it was
    /// reported removed and added. A pair that would cross the articles' order is left (the
    /// Code civil's leftovers under the numbers of its 2016 renumbering runs would make those
    /// runs read as moves).
    fn pair_same_numbers_in_place(&mut self) {
        let go = self.unpaired_old(0..self.old_to_new.len());
        let mut old_free = self.unpaired_by_key(&go, true);
        let gn = self.unpaired_new(0..self.new_to_old.len());
        // Most pairs of versions leave no number on both sides: the chain is not built then.
        if !gn.iter().any(|&j| old_free.contains_key(&self.new.key(j))) {
            return;
        }
        let article = |s: &Section| s.kind == HeadingKind::Article;
        let pairs: Vec<(usize, usize)> = (0..self.new_to_old.len())
            .filter_map(|j| self.new_to_old[j].map(|i| (j, i)))
            .filter(|&(j, i)| article(&self.new.sections[j]) && article(&self.old.sections[i]))
            .collect();
        let chain = in_order(&pairs);
        for j in gn {
            let kj = self.new.key(j);
            if kj.0 != HeadingKind::Article {
                continue;
            }
            let Some(i) = first_free(&old_free, kj) else {
                continue;
            };
            if !self.new.lasting(j) && !titled_alike(&self.old.sections[i], &self.new.sections[j]) {
                continue;
            }
            // The chain's pairs around `j` must lie around `i` too.
            let at = chain.partition_point(|&(cj, _)| cj < j);
            let after_pred = at == 0 || chain[at - 1].1 < i;
            let before_succ = chain.get(at).is_none_or(|&(_, ci)| i < ci);
            if after_pred && before_succ {
                take_first(&mut old_free, kj);
                self.pair_by_number(i, j);
            }
        }
    }

    /// Re-pairs divisions named alike in many places (the Code électoral's `Chapitre IV :
    /// Incompatibilités` under each election's title, the Code pénal's `Dispositions
    /// générales`): a division is the partner of the one of the same words that heads the
    /// partner of its first unit. Equal headings were paired in text order, and where the new
    /// text inserts a title with chapters named like the old ones, an old chapter was paired
    /// with the new title's and reported moved. The partners so displaced pair with each other
    /// (their words are the same too), or are left added or removed. Last first, so that a
    /// title over a chapter follows the chapter; a division so paired is not displaced again.
    fn pair_divisions_by_first_unit(&mut self) {
        let division = |s: &Section| s.kind == HeadingKind::Division;
        let n = self.new_to_old.len();
        let mut settled = vec![false; n];
        for j in (0..n.saturating_sub(1)).rev() {
            if !division(&self.new.sections[j]) {
                continue;
            }
            let Some(i) = self.new_to_old[j + 1].and_then(|i| i.checked_sub(1)) else {
                continue;
            };
            if self.new_to_old[j] == Some(i) {
                settled[j] = true;
                continue;
            }
            let holder = self.old_to_new[i];
            if !division(&self.old.sections[i])
                || holder.is_some_and(|h| settled[h])
                || !self.same_content(i, j)
            {
                continue;
            }
            let former = self.new_to_old[j];
            for k in [Some(j), holder].into_iter().flatten() {
                self.unpair_new(k);
            }
            self.pair(i, j, None);
            settled[j] = true;
            if let (Some(fi), Some(h)) = (former, holder)
                && self.same_content(fi, h)
            {
                self.pair(fi, h, None);
            }
        }
    }

    /// Pairs a division of each text left unpaired that stands right before the same unit,
    /// paired in order, and is numbered after the same keyword: the old one renumbered or
    /// retitled.
    /// The StPO's old `Vierter Abschnitt - Gerichtliche Entscheidungen …` is now `Abschnitt
    /// 4a - Gerichtliche Entscheidungen` over the same § 33, a new fourth Abschnitt inserted
    /// before it (the old one was removed and `Abschnitt 4a` added). Last first, so that a
    /// stack of divisions over one unit pairs from the innermost out.
    fn pair_divisions_over_same_units(&mut self, in_order: &mut [bool]) {
        let division = |s: &Section| s.kind == HeadingKind::Division && s.number.is_some();
        for j in (0..self.new_to_old.len().saturating_sub(1)).rev() {
            let (Some(next), None) = (self.new_to_old[j + 1], self.new_to_old[j]) else {
                continue;
            };
            let Some(i) = next.checked_sub(1) else {
                continue;
            };
            let (old, new) = (&self.old.sections[i], &self.new.sections[j]);
            if in_order[j + 1]
                && self.old_to_new[i].is_none()
                && division(old)
                && division(new)
                && old.keyword.to_lowercase() == new.keyword.to_lowercase()
            {
                self.pair_scored(i, j);
                in_order[j] = true;
            }
        }
    }

    /// Unpairs new section `j` from its partner, if any.
    fn unpair_new(&mut self, j: usize) {
        if let Some(i) = self.new_to_old[j].take() {
            self.old_to_new[i] = None;
        }
        self.similarity[j] = None;
        self.replaced[j] = false;
    }

    /// Pairs `i` and `j`, of the same lasting number, with their similarity, and marks the
    /// text replaced whole where that is too low to pair them by their words and neither is a
    /// bare heading.
    fn pair_by_number(&mut self, i: usize, j: usize) {
        self.pair_scored(i, j);
        self.replaced[j] = self.similarity[j].is_some_and(|s| s < SAME_NUMBER_THRESHOLD)
            && self.old.shingles(i).len() > STUB_BIGRAMS
            && self.new.shingles(j).len() > STUB_BIGRAMS;
    }

    /// Pairs `i` and `j` with the similarity of their words.
    fn pair_scored(&mut self, i: usize, j: usize) {
        let a = self.old.shingles(i).to_vec();
        let sim = dice(&a, self.new.shingles(j));
        self.pair(i, j, Some(sim));
    }

    fn unpaired_old(&self, range: std::ops::Range<usize>) -> Vec<usize> {
        range.filter(|&i| self.old_to_new[i].is_none()).collect()
    }

    fn unpaired_new(&self, range: std::ops::Range<usize>) -> Vec<usize> {
        range.filter(|&j| self.new_to_old[j].is_none()).collect()
    }
}

/// The first section of `key` in `free`.
fn first_free<'a>(free: &FxHashMap<Key<'a>, VecDeque<usize>>, key: Key<'a>) -> Option<usize> {
    free.get(&key).and_then(|q| q.front().copied())
}

/// Takes the first section of `key` out of `free`.
fn take_first<'a>(free: &mut FxHashMap<Key<'a>, VecDeque<usize>>, key: Key<'a>) -> Option<usize> {
    free.get_mut(&key).and_then(VecDeque::pop_front)
}

/// The pairs of [`longest_chain`] themselves, (new, old), in order.
fn in_order(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    pairs
        .iter()
        .zip(longest_chain(pairs))
        .filter_map(|(&p, k)| k.then_some(p))
        .collect()
}

/// The pairs (sorted by new index) that form the longest chain increasing in old index too.
/// Returns a flag per pair. Ties go to the chain found first (deterministic).
pub(crate) fn longest_chain(pairs: &[(usize, usize)]) -> Vec<bool> {
    // pairs: (new j, old i), sorted by j. Patience sorting on i.
    let mut tails: Vec<usize> = Vec::new(); // index into pairs
    let mut prev: Vec<Option<usize>> = vec![None; pairs.len()];
    for (k, &(_, i)) in pairs.iter().enumerate() {
        let pos = tails.partition_point(|&t| pairs[t].1 < i);
        if pos > 0 {
            prev[k] = Some(tails[pos - 1]);
        }
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut keep = vec![false; pairs.len()];
    let mut cur = tails.last().copied();
    while let Some(k) = cur {
        keep[k] = true;
        cur = prev[k];
    }
    keep
}

/// The pairs (sorted by new index) of the heaviest chain increasing in old index too, each
/// pair weighing `weight(k)`; a flag per pair. Ties go to the chain found first.
pub(crate) fn heaviest_chain(
    pairs: &[(usize, usize)],
    weight: impl Fn(usize) -> u128,
) -> Vec<bool> {
    // Ranks of the old indices (equal ones share a rank, and never chain).
    let mut olds: Vec<usize> = pairs.iter().map(|&(_, i)| i).collect();
    olds.sort_unstable();
    olds.dedup();
    // A Fenwick tree over ranks of the best (weight, pair) of a chain ending there.
    let mut tree: Vec<(u128, Option<usize>)> = vec![(0, None); olds.len() + 1];
    let mut prev: Vec<Option<usize>> = vec![None; pairs.len()];
    let mut best: (u128, Option<usize>) = (0, None);
    for (k, &(_, i)) in pairs.iter().enumerate() {
        let rank = olds.partition_point(|&o| o < i);
        // The best chain over ranks below this one.
        let mut below = (0, None);
        let mut r = rank;
        while r > 0 {
            if tree[r].0 > below.0 {
                below = tree[r];
            }
            r &= r - 1;
        }
        prev[k] = below.1;
        let here = (below.0 + weight(k), Some(k));
        if here.0 > best.0 {
            best = here;
        }
        let mut r = rank + 1;
        while r < tree.len() {
            if here.0 > tree[r].0 {
                tree[r] = here;
            }
            r += r & r.wrapping_neg();
        }
    }
    let mut keep = vec![false; pairs.len()];
    let mut cur = best.1;
    while let Some(k) = cur {
        keep[k] = true;
        cur = prev[k];
    }
    keep
}

/// Indices of the old and of the new sections that share a key.
type Classes = (Vec<usize>, Vec<usize>);

/// The kind and words of a heading named only by its words (`## Context`, `#### Disposició
/// final`): no number, not the preamble.
fn words_title(s: &Section) -> Option<(HeadingKind, &str)> {
    (s.number.is_none() && s.kind != HeadingKind::Preamble).then_some((s.kind, s.label.as_str()))
}

/// How many sections of each text have one content hash, and where the old one stands when
/// it is alone.
#[derive(Default)]
struct Unique {
    old: u32,
    new: u32,
    old_at: usize,
}

/// Aligns the sections of two texts.
pub(crate) fn align(old: &str, olds: &[Section], new: &str, news: &[Section]) -> Alignment {
    let mut m = Matcher {
        old: Side::new(old, olds),
        new: Side::new(new, news),
        new_to_old: vec![None; news.len()],
        old_to_new: vec![None; olds.len()],
        similarity: vec![None; news.len()],
        replaced: vec![false; news.len()],
    };

    // 1. Unique equal contents: per content hash, how many sections of each side have it,
    // and the old one (counts, not lists: most hashes are held by one section a side).
    let mut classes: FxHashMap<u64, Unique> = FxHashMap::default();
    classes.reserve(olds.len());
    for (i, &h) in m.old.hashes.iter().enumerate() {
        let c = classes.entry(h).or_default();
        c.old += 1;
        c.old_at = i;
    }
    for &h in &m.new.hashes {
        classes.entry(h).or_default().new += 1;
    }
    for j in 0..news.len() {
        if let Some(&Unique {
            old: 1,
            new: 1,
            old_at: i,
        }) = classes.get(&m.new.hashes[j])
            && m.same_content(i, j)
            && !m.stubs_of_other_numbers(i, j)
        {
            m.pair(i, j, None);
        }
    }

    // 1b. Headings named only by their words (Markdown `## Context`): the same title, once on
    // each side, is the same unit, however much of its text moved out or in.
    let mut titles: FxHashMap<(HeadingKind, &str), Classes> = FxHashMap::default();
    for (i, s) in olds.iter().enumerate() {
        if let Some(t) = words_title(s) {
            titles.entry(t).or_default().0.push(i);
        }
    }
    for (j, s) in news.iter().enumerate() {
        if let Some(t) = words_title(s) {
            titles.entry(t).or_default().1.push(j);
        }
    }
    for (j, s) in news.iter().enumerate() {
        let Some((o, n)) = words_title(s).and_then(|t| titles.get(&t)) else {
            continue;
        };
        if let ([i], [_]) = (o.as_slice(), n.as_slice())
            && m.new_to_old[j].is_none()
            && m.old_to_new[*i].is_none()
        {
            m.pair_scored(*i, j);
        }
    }

    // 2. Gaps between in-order anchors.
    let pairs: Vec<(usize, usize)> = (0..news.len())
        .filter_map(|j| m.new_to_old[j].map(|i| (j, i)))
        .collect();
    let mut anchors: Vec<(usize, usize)> =
        in_order(&pairs).into_iter().map(|(j, i)| (i, j)).collect();
    anchors.push((olds.len(), news.len()));
    let (mut oi, mut nj) = (0, 0);
    let mut gaps = Vec::new();
    for (ai, aj) in anchors {
        let go = m.unpaired_old(oi..ai);
        let gn = m.unpaired_new(nj..aj);
        if !go.is_empty() && !gn.is_empty() {
            // The numbers around the gap are kept: its anchors have the same number.
            let kept = |i: usize, j: usize| {
                i >= olds.len() || j >= news.len() || m.old.key(i) == m.new.key(j)
            };
            let by_number = kept(ai, aj) && (oi == 0 || nj == 0 || kept(oi - 1, nj - 1));
            m.pair_equal(&go, &gn, Scope::Gap { by_number });
            m.pair_titles_in_gap(&m.unpaired_old(oi..ai), &m.unpaired_new(nj..aj));
            let go = m.unpaired_old(oi..ai);
            let gn = m.unpaired_new(nj..aj);
            if !go.is_empty() && !gn.is_empty() {
                m.pair_similar_in_gap(&go, &gn);
                m.undo_crossed_renumbers(&go, &gn);
                gaps.push((go, gn));
            }
        }
        oi = ai + 1;
        nj = aj + 1;
    }

    // 3. Anywhere (moved sections).
    let go = m.unpaired_old(0..olds.len());
    let gn = m.unpaired_new(0..news.len());
    if !go.is_empty() && !gn.is_empty() {
        m.pair_equal(&go, &gn, Scope::Text);
        let go = m.unpaired_old(0..olds.len());
        let gn = m.unpaired_new(0..news.len());
        if !go.is_empty() && !gn.is_empty() {
            m.pair_similar_anywhere(&go, &gn);
        }
    }

    // 3b. Titled articles whose own number is free; same numbers left in a gap; the same
    // titles left anywhere.
    m.prefer_titled_numbers();
    for (go, gn) in &gaps {
        m.pair_same_numbers(go, gn);
    }
    m.pair_same_numbers_in_place();
    let go = m.unpaired_old(0..olds.len());
    let gn = m.unpaired_new(0..news.len());
    m.pair_same_titles(&go, &gn);

    // 3c. Divisions of the same words under which the same units stand.
    m.pair_divisions_by_first_unit();

    // 4. In order or moved: the longest chain of pairs in order, of those the one that keeps
    // the most numbers, and of those the one with the most articles. Where a renumbered
    // article crosses one that kept its number, the renumbered one moved (the Czech trestní
    // zákon's § 251a, re-enacted as § 252a after § 252: § 252 was reported moved); where a
    // division crosses an article, the division moved (the StPO's `§ 32 (weggefallen)`, given
    // a text under a new fourth Abschnitt inserted before it, was reported moved).
    let pairs: Vec<(usize, usize)> = (0..news.len())
        .filter_map(|j| m.new_to_old[j].map(|i| (j, i)))
        .collect();
    // One more pair in order outweighs any number of kept numbers, one more kept number any
    // number of articles.
    let n = pairs.len() as u128 + 1;
    let weight = |k: usize| {
        let (j, i) = pairs[k];
        let kept = u128::from(olds[i].same_full_label(&news[j]));
        let article = u128::from(news[j].kind == HeadingKind::Article);
        n * (n + 1) + kept * n + article
    };
    // Most texts move nothing: the longest chain is then all the pairs.
    let mut keep = longest_chain(&pairs);
    if keep.contains(&false) {
        keep = heaviest_chain(&pairs, weight);
    }
    let mut in_order = vec![false; news.len()];
    for (&(j, i), k) in pairs.iter().zip(keep) {
        in_order[j] = k;
        // A pair out of order whose text was replaced is the same unit in nothing but its
        // number, which did not keep its place: the old one was removed, the new one added,
        // none moved (the StPO's old `Vierter Abschnitt - Gerichtliche Entscheidungen …`, now
        // `Abschnitt 4a`, against the new `Vierter Abschnitt - Aktenführung …` inserted before
        // it; its old § 431, now § 424, against a new § 431 across the renumbered §§ 432-441).
        if !k && m.replaced[j] {
            m.new_to_old[j] = None;
            m.old_to_new[i] = None;
            m.similarity[j] = None;
            m.replaced[j] = false;
        }
    }

    // 5. Divisions left over that head the same units.
    m.pair_divisions_over_same_units(&mut in_order);
    Alignment {
        new_to_old: m.new_to_old,
        old_to_new: m.old_to_new,
        in_order,
        similarity: m.similarity,
        replaced: m.replaced,
    }
}

/// The numeric value of a section number: leading digits, a Roman numeral, a letter or a
/// Greek numeral.
pub(crate) fn number_value(n: &str) -> Option<i64> {
    let digits = n.len() - n.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 {
        return n[..digits].parse().ok();
    }
    if let Some(letters) = n.strip_suffix(super::heading::KERAIA) {
        return greek_value(letters);
    }
    let roman = |c: char| match c {
        'I' | super::heading::GREEK_IOTA => Some(1),
        'V' => Some(5),
        'X' | super::heading::GREEK_CHI => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let values: Option<Vec<i64>> = n.chars().map(roman).collect();
    match values {
        Some(v) if !v.is_empty() => {
            let mut total = 0;
            for (k, &x) in v.iter().enumerate() {
                if v.get(k + 1).is_some_and(|&y| y > x) {
                    total -= x;
                } else {
                    total += x;
                }
            }
            Some(total)
        }
        _ => {
            let mut cs = n.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) if c.is_ascii_uppercase() => Some(i64::from(c as u8 - b'A' + 1)),
                // Greek letters without their keraia (`ΚΕΦΑΛΑΙΟ Β`).
                _ if n.chars().count() <= 2 && !n.is_ascii() => greek_value(n),
                _ => None,
            }
        }
    }
}

/// The value of the letters of a Greek numeral (`ΙΒ` → 12, `ΣΤ` and `Ϛ` → 6, `ΚΓ` → 23).
fn greek_value(letters: &str) -> Option<i64> {
    // Units, tens and hundreds in alphabetical order, with the archaic letters in their
    // places (stigma 6, koppa 90, sampi 900).
    const DIGITS: [char; 27] = [
        'Α', 'Β', 'Γ', 'Δ', 'Ε', 'Ϛ', 'Ζ', 'Η', 'Θ', 'Ι', 'Κ', 'Λ', 'Μ', 'Ν', 'Ξ', 'Ο', 'Π', 'Ϙ',
        'Ρ', 'Σ', 'Τ', 'Υ', 'Φ', 'Χ', 'Ψ', 'Ω', 'Ϡ',
    ];
    let letters = letters.replace("ΣΤ", "Ϛ");
    let mut total = 0;
    for c in letters.chars() {
        let c = super::heading::greek_letter(c)?;
        let k = DIGITS.iter().position(|&d| d == c)?;
        total += [1, 10, 100][k / 9] * (k % 9 + 1) as i64;
    }
    (total > 0).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_is_longest_increasing() {
        let pairs = [(0, 0), (1, 5), (2, 1), (3, 2), (4, 3)];
        assert_eq!(longest_chain(&pairs), [true, false, true, true, true]);
        assert!(longest_chain(&[]).is_empty());
    }

    #[test]
    fn words_are_counted_up_to_a_limit() {
        // `§` is a word, as every byte beyond ASCII is a word's.
        assert_eq!(words_up_to("§ ", " (weggefallen)", 9), 2);
        assert_eq!(
            words_up_to("Artikel ", " 1. Wer tötet, wird bestraft.", 9),
            6
        );
        // Counting stops at the limit; a word does not run on from one part to the next.
        assert_eq!(words_up_to("a b c d e f", "g h i j k", 4), 4);
        assert_eq!(words_up_to("ab", "cd", 9), 2);
    }

    #[test]
    fn the_heaviest_chain_keeps_the_heavy_pairs_in_order() {
        // By count, the chain would keep 1, 2, 3 and take 4 for moved; 4 weighs more.
        let pairs = [(0, 0), (1, 40), (2, 10), (3, 20), (4, 30)];
        let heavy = |k: usize| if k == 1 { 10 } else { 1 };
        assert_eq!(
            heaviest_chain(&pairs, heavy),
            [true, true, false, false, false]
        );
        assert_eq!(
            heaviest_chain(&pairs, |_| 1),
            [true, false, true, true, true]
        );
        assert!(heaviest_chain(&[], |_| 1).is_empty());
        // Equal old indices never chain.
        assert_eq!(heaviest_chain(&[(0, 5), (1, 5)], |_| 1), [true, false]);
    }

    #[test]
    fn values_of_numbers() {
        assert_eq!(number_value("12"), Some(12));
        assert_eq!(number_value("184b"), Some(184));
        assert_eq!(number_value("IV"), Some(4));
        assert_eq!(number_value("XIV"), Some(14));
        assert_eq!(number_value("B"), Some(2));
        assert_eq!(number_value("ab"), None);
        // Greek numerals (`ΚΕΦΑΛΑΙΟ Α΄`, `ΜΕΡΟΣ ΙΒ’`), with any of the marks printed for the
        // keraia; without it, more than two letters are no numeral.
        assert_eq!(number_value("Α΄"), Some(1));
        assert_eq!(number_value("ΣΤ’"), Some(6));
        assert_eq!(number_value("ΙΒ΄"), Some(12));
        assert_eq!(number_value("ΚΓ'"), Some(23));
        assert_eq!(number_value("Ϙ΄"), Some(90));
        assert_eq!(number_value("ΡΙΑ΄"), Some(111));
        assert_eq!(number_value("ΑΒΓΔΕ"), None);
        // Without the keraia, one or two letters; Latin capitals typed for Greek ones.
        assert_eq!(number_value("Β"), Some(2));
        assert_eq!(number_value("ΣΤ"), Some(6));
        assert_eq!(number_value("B’"), Some(2));
        assert_eq!(number_value("IA΄"), Some(11));
    }

    #[test]
    fn word_bytes_are_letters_digits_and_non_ascii() {
        for b in 0..=255u8 {
            assert_eq!(
                IN_WORD[usize::from(b)],
                b.is_ascii_alphanumeric() || b >= 0x80,
                "{b:#x}"
            );
        }
        // Words of other scripts stay whole: `zákoník` is one word, `§ 1` one after the mark.
        assert_eq!(
            shingles("trestní zákoník", ""),
            shingles("trestní  zákoník.", "")
        );
    }

    #[test]
    fn dice_of_sets() {
        assert_eq!(dice(&[1, 2, 3], &[2, 3, 4]), 2.0 * 2.0 / 6.0);
        assert_eq!(dice(&[], &[]), 1.0);
        assert_eq!(dice(&[1], &[]), 0.0);
    }
}
