//! How a text nests its divisions (book, title, chapter, section…), read from the text itself:
//! so that two sections named alike (`Section 2` in two chapters) can be named by the divisions
//! they stand in, as amending acts do ("la section 2 du chapitre III du titre II"), rather than
//! by a count a reader would have to make.
//!
//! No fixed order of keywords serves every legal order (a UK Part holds Chapters, an
//! Australian Chapter holds Parts; the Code civil opens with a `Titre préliminaire` before its
//! first `Livre`). The evidence is where numbering starts again: a keyword whose first number
//! (`1`, `I`, `Ier`) comes right after a heading of another keyword stands below it (`Section
//! 1` after each `Chapitre`). One keyword is taken to stand above another when that happens
//! more often than the reverse. Markdown depth, where a text has it, says more (see
//! [`Nesting::parents_at_depths`]).

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use super::align::number_value;
use super::style::{STYLES, ordinal_value};
use super::{HeadingKind, Section};

/// Which division keywords stand above which, as a text nests them.
#[derive(Debug, Default)]
pub(crate) struct Nesting {
    /// The keywords of the text's numbered divisions, each with its index.
    keywords: FxHashMap<String, usize>,
    /// `holds[a][b]`: divisions of keyword `a` hold those of keyword `b`.
    holds: Vec<Vec<bool>>,
}

impl Nesting {
    /// The nesting of the numbered divisions of `sections` (a text's, in order).
    pub fn of(sections: &[Section]) -> Nesting {
        // Where a keyword's numbering starts again, the division right before it holds it
        // (not every division met since its last heading: in the BGB a `Kapitel 1` comes
        // after the `Unterkapitel`s of the chapter before, and after its own `Untertitel`).
        let mut counts: FxHashMap<(&str, &str), usize> = FxHashMap::default();
        let mut met: Vec<&str> = Vec::new();
        let mut last: Option<&str> = None;
        for s in sections.iter().filter(|s| numbered_division(s)) {
            let k = s.keyword.as_str();
            if let Some(parent) = last.filter(|&p| p != k)
                && first_number(s.number.as_deref().unwrap_or(""))
            {
                *counts.entry((parent, k)).or_default() += 1;
            }
            if !met.contains(&k) {
                met.push(k);
            }
            last = Some(k);
        }
        let mut above: BTreeSet<(String, String)> = counts
            .iter()
            .filter(|&(&(a, b), &n)| n > counts.get(&(b, a)).copied().unwrap_or(0))
            .map(|(&(a, b), _)| (a.to_string(), b.to_string()))
            .collect();
        schedules_hold(sections, &mut above);
        // What holds a keyword holds what it holds (a `Partie` holds the `Titre`s of its
        // `Livre`s, whether or not a title ever came straight after a part), unless the text
        // says otherwise.
        loop {
            let implied: Vec<(String, String)> = above
                .iter()
                .flat_map(|(a, b)| {
                    above
                        .range((b.clone(), String::new())..)
                        .take_while(move |(b2, _)| b2 == b)
                        .map(move |(_, c)| (a.clone(), c.clone()))
                })
                .filter(|(a, c)| a != c && !above.contains(&(c.clone(), a.clone())))
                .filter(|pair| !above.contains(pair))
                .collect();
            if implied.is_empty() {
                break;
            }
            // One at a time: of two that contradict each other, the first in order stands.
            above.insert(implied[0].clone());
        }
        let keywords: FxHashMap<String, usize> = met
            .iter()
            .enumerate()
            .map(|(k, m)| (m.to_string(), k))
            .collect();
        let mut holds = vec![vec![false; keywords.len()]; keywords.len()];
        for (a, b) in &above {
            holds[keywords[a]][keywords[b]] = true;
        }
        Nesting { keywords, holds }
    }

    /// For each section of `sections` (in the order of a text), the index of the division it
    /// stands in: an article or an unnumbered heading in the nearest numbered division before
    /// it, a numbered division in the nearest one whose keyword holds its own. The preamble
    /// stands in none; only numbered divisions hold others.
    pub fn parents<'s>(&self, sections: impl Iterator<Item = &'s Section>) -> Vec<Option<usize>> {
        let sections: Vec<&Section> = sections.collect();
        self.parents_of(&sections, &[])
    }

    /// [`Nesting::parents`], where `depths` gives the Markdown depth of each section's heading
    /// (`Some(3)` for `### …`; `None`, or a slice too short, for a line without one). A
    /// Markdown text states its nesting: of two numbered divisions at different depths, the
    /// shallower holds the deeper: the text says so, where the keywords' order is only
    /// inferred from where numbering starts again. The keywords decide where a depth is
    /// missing or the depths are the same (the Wetboek van Strafrecht prints its `Boek`s and
    /// its `Titel`s at one depth). A division without a number holds the divisions deeper than
    /// it where the first of them comes right after it and numbers from the start: the StGB's
    /// `## Besonderer Teil` and its `### Erster Abschnitt`. (Elsewhere such a heading is a
    /// title on a line of its own or a place kept for repealed sections, and holds nothing.)
    pub fn parents_at_depths(
        &self,
        sections: &[Section],
        depths: &[Option<u8>],
    ) -> Vec<Option<usize>> {
        let sections: Vec<&Section> = sections.iter().collect();
        self.parents_of(&sections, depths)
    }

    fn parents_of(&self, sections: &[&Section], depths: &[Option<u8>]) -> Vec<Option<usize>> {
        let depth_of = |k: usize| depths.get(k).copied().flatten();
        let mut open: Vec<Open> = Vec::new();
        let mut out = Vec::with_capacity(sections.len());
        let mut runs = Runs::default();
        for (k, s) in sections.iter().enumerate() {
            let depth = depth_of(k);
            // A division numbered without a keyword (`## I. - Steuerpflicht`, `### 1. -
            // Sachliche Voraussetzungen`) nests by its Markdown depth alone.
            let by_depth = depth.is_some() && s.kind == HeadingKind::Division && s.number.is_some();
            if !numbered_division(s) && !by_depth {
                let opens = opens_series(sections, depths, k);
                if opens {
                    while open
                        .last()
                        .is_some_and(|o| o.depth.zip(depth).is_some_and(|(a, d)| a >= d))
                    {
                        open.pop();
                    }
                }
                out.push(match s.kind {
                    HeadingKind::Preamble => None,
                    _ => open.last().map(|o| o.index),
                });
                if opens {
                    open.push(Open {
                        index: k,
                        keyword: None,
                        depth,
                        schedule: false,
                    });
                }
                continue;
            }
            let keyword = self.keywords.get(&s.keyword).copied();
            let in_schedule = |open: &[Open]| open.iter().any(|o| o.schedule);
            if in_schedule(&open) && runs.leaves_schedule(s) {
                while in_schedule(&open) {
                    open.pop();
                }
            }
            runs.note(s, in_schedule(&open));
            let holds = |o: &Open| match (o.depth, depth) {
                (Some(a), Some(b)) if a != b => a < b,
                _ => match (o.keyword, keyword) {
                    (Some(a), Some(b)) => self.holds[a][b],
                    _ => false,
                },
            };
            while open.last().is_some_and(|o| !holds(o)) {
                open.pop();
            }
            out.push(open.last().map(|o| o.index));
            open.push(Open {
                index: k,
                keyword,
                depth,
                schedule: is_schedule(&s.keyword),
            });
        }
        out
    }
}

/// The numbers of the last divisions of each keyword met in the body of a text and in the
/// Schedule being read, for [`Nesting::parents_at_depths`].
#[derive(Default)]
struct Runs<'s> {
    body: FxHashMap<&'s str, i64>,
    schedule: FxHashMap<&'s str, i64>,
}

impl<'s> Runs<'s> {
    /// Whether division `s`, met in a Schedule, ends it: a Schedule an amendment sets out (a
    /// revised text prints it without quotation marks) ends where the body goes on (`PART 2`
    /// after `PART 1`, the Schedule A1 that a section of Part 1 inserts between them), unless
    /// the Schedule's own divisions go on alike (Schedule 7 to the Coronavirus Act 2020 has a
    /// `PART 3` after its `PART 2`, and so has the Act).
    fn leaves_schedule(&self, s: &Section) -> bool {
        let Some(v) = s.number.as_deref().and_then(number_value) else {
            return false;
        };
        let follows = |run: &FxHashMap<&str, i64>| run.get(s.keyword.as_str()) == Some(&(v - 1));
        follows(&self.body)
            && !follows(&self.schedule)
            && !first_number(s.number.as_deref().unwrap_or(""))
    }

    /// Notes division `s`, standing in a Schedule or not.
    fn note(&mut self, s: &'s Section, in_schedule: bool) {
        if is_schedule(&s.keyword) {
            self.schedule.clear();
        } else if let Some(v) = s.number.as_deref().and_then(number_value) {
            let run = if in_schedule {
                &mut self.schedule
            } else {
                &mut self.body
            };
            run.insert(s.keyword.as_str(), v);
        }
    }
}

/// Whether section `k`, a heading without a number, opens a series of divisions deeper than
/// it: the next section is a numbered division at a greater Markdown depth, numbered from the
/// start (`## Besonderer Teil - `, then `### Erster Abschnitt`).
fn opens_series(sections: &[&Section], depths: &[Option<u8>], k: usize) -> bool {
    let depth_of = |k: usize| depths.get(k).copied().flatten();
    let (Some(d), Some(next)) = (depth_of(k), sections.get(k + 1)) else {
        return false;
    };
    sections[k].kind == HeadingKind::Division
        && numbered_division(next)
        && depth_of(k + 1).is_some_and(|n| n > d)
        && first_number(next.number.as_deref().unwrap_or(""))
}

/// A division open at a point of a text, for [`Nesting::parents_at_depths`].
struct Open {
    index: usize,
    /// Its keyword's index; none for a keyword the text does not use (a division inserted:
    /// it holds nothing and is held by nothing, as far as keywords tell).
    keyword: Option<usize>,
    /// Its Markdown depth, if it has one.
    depth: Option<u8>,
    /// Whether it is a Schedule (see [`Runs`]).
    schedule: bool,
}

/// For each section of `sections`, given their `parents` (see [`Nesting::parents`]): whether
/// the divisions it holds number one keyword from the start more than once (`Capitolul I` …
/// `Capitolul V`, then `Capitolul I` again, all in one `Titlul`). Such a division cannot be
/// the one they stand in: the text left out the divisions between (legalize-ro prints each
/// law's divisions first, all of them, as a contents list, then its articles).
pub fn numbered_again(sections: &[Section], parents: &[Option<usize>]) -> Vec<bool> {
    let mut firsts: FxHashMap<(usize, &str), usize> = FxHashMap::default();
    for (s, parent) in sections.iter().zip(parents) {
        if let (Some(p), true) = (parent, numbered_division(s))
            && first_number(s.number.as_deref().unwrap_or(""))
        {
            *firsts.entry((*p, s.keyword.as_str())).or_default() += 1;
        }
    }
    let mut again = vec![false; sections.len()];
    for ((p, _), n) in firsts {
        again[p] |= n > 1;
    }
    again
}

/// A division with a keyword and a number (`Chapitre II`), the kind that nests; an Act's only
/// Schedule (`SCHEDULE`) nests alike without one.
pub(crate) fn numbered_division(s: &Section) -> bool {
    s.kind == HeadingKind::Division
        && !s.keyword.is_empty()
        && (s.number.is_some() || is_schedule(&s.keyword))
}

/// Whether `keyword` heads a Schedule in a style that has them (see
/// [`super::style::Style::schedules`]).
pub(crate) fn is_schedule(keyword: &str) -> bool {
    STYLES
        .iter()
        .any(|style| style.schedules.contains(&keyword))
}

/// Puts the Schedules above every other division after the first of them, and under none: a
/// Schedule follows the body of an Act, not its last Part, and holds the Parts it is divided
/// into (the Police (Northern Ireland) Act 2000's Schedule 1 holds a `Part I` to `Part VI`
/// of its own; where numbering starts again, `Part IX` then `Schedule 1` counted as often
/// as `Schedule 1` then `Part I`, and neither stood above the other).
fn schedules_hold(sections: &[Section], above: &mut BTreeSet<(String, String)>) {
    let mut divisions = sections
        .iter()
        .filter(|s| numbered_division(s))
        .skip_while(|s| !is_schedule(&s.keyword));
    let Some(schedule) = divisions.next().map(|s| s.keyword.clone()) else {
        return;
    };
    above.retain(|(_, b)| !is_schedule(b));
    for s in divisions {
        if s.keyword != schedule {
            above.remove(&(s.keyword.clone(), schedule.clone()));
            above.insert((schedule.clone(), s.keyword.clone()));
        }
    }
}

/// Whether `n` is the first number of a series: `1`, `I`, `A`, `Ier`, `1er`, `1re`, and the
/// ordinal words (`Erster`, `PRVNÍ`, `Eerste`); not `1a`.
fn first_number(n: &str) -> bool {
    let plain = n
        .strip_suffix("er")
        .or_else(|| n.strip_suffix("re"))
        .unwrap_or(n);
    // `1a` is inserted after `1`: it starts nothing (the BGB's `Kapitel 1a`, `Untertitel 1a`).
    let inserted = plain.starts_with(|c: char| c.is_ascii_digit())
        && !plain.bytes().all(|b| b.is_ascii_digit());
    match number_value(plain) {
        Some(v) => v == 1 && !inserted,
        None => {
            plain.eq_ignore_ascii_case("premier")
                || plain == "préliminaire"
                || ordinal_value(n) == Some(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::detect::split_pair;
    use super::*;

    fn sections(text: &str) -> Vec<Section> {
        split_pair(text, text, None).old
    }

    fn parent_labels(text: &str) -> Vec<(String, Option<String>)> {
        let secs = sections(text);
        let nesting = Nesting::of(&secs);
        let parents = nesting.parents(secs.iter());
        secs.iter()
            .zip(parents)
            .map(|(s, p)| (s.label.clone(), p.map(|p| secs[p].label.clone())))
            .collect()
    }

    /// For `text`: the label of the division the `nth` section labelled `label` stands in.
    fn parent_of(text: &str) -> impl Fn(&str, usize) -> Option<String> {
        let p = parent_labels(text);
        move |label, nth| {
            p.iter()
                .filter(|(l, _)| l == label)
                .nth(nth)
                .and_then(|(_, parent)| parent.clone())
        }
    }

    #[test]
    fn numbering_that_starts_again_gives_the_nesting() {
        let text = "Titre préliminaire : De la loi\n\nArticle 1\n\nTexte.\n\nLivre Ier : Des personnes\n\nTitre Ier : Des droits\n\nChapitre Ier : Général\n\nSection 1 : A\n\nArticle 2\n\nTexte.\n\nSection 2 : B\n\nArticle 3\n\nTexte.\n\nChapitre II : Autre\n\nSection 1 : C\n\nArticle 4\n\nTexte.\n\nTitre II : Des biens\n\nChapitre Ier : Biens\n\nSection 1 : D\n\nArticle 5\n\nTexte.\n\nLivre II : Des choses\n\nTitre Ier : Choses\n\nArticle 6\n\nTexte.\n";
        let of = parent_of(text);
        // The preliminary title stands alone; a book is in no title.
        assert_eq!(of("Titre préliminaire", 0), None);
        assert_eq!(of("Livre Ier", 0), None);
        assert_eq!(of("Titre Ier", 0).as_deref(), Some("Livre Ier"));
        assert_eq!(of("Titre Ier", 1).as_deref(), Some("Livre II"));
        assert_eq!(of("Chapitre II", 0).as_deref(), Some("Titre Ier"));
        assert_eq!(of("Section 1", 1).as_deref(), Some("Chapitre II"));
        assert_eq!(of("Section 1", 2).as_deref(), Some("Chapitre Ier"));
        assert_eq!(of("Article 1", 0).as_deref(), Some("Titre préliminaire"));
        assert_eq!(of("Article 3", 0).as_deref(), Some("Section 2"));
        assert_eq!(of("Article 6", 0).as_deref(), Some("Titre Ier"));
    }

    #[test]
    fn what_holds_a_keyword_holds_what_it_holds() {
        // The Code de procédure pénale: a title before the first book, inside the legislative
        // part. No title ever opens a part, yet the part holds it (it was taken out of the
        // part, and the book after it with it).
        let text = "Partie législative\n\nTitre préliminaire : De l'action\n\nArticle 1\n\nTexte.\n\nLivre Ier : De l'action publique\n\nTitre Ier : Des autorités\n\nArticle 2\n\nTexte.\n\nTitre II : Des enquêtes\n\nArticle 3\n\nTexte.\n\nLivre II : Des juridictions\n\nTitre Ier : De la cour\n\nArticle 4\n\nTexte.\n\nLivre III : Des voies\n\nTitre Ier : Des recours\n\nArticle 5\n\nTexte.\n\nPartie réglementaire - Décrets\n\nLivre Ier : De l'action publique\n\nArticle R1\n\nTexte.\n";
        let of = parent_of(text);
        assert_eq!(
            of("Titre préliminaire", 0).as_deref(),
            Some("Partie législative")
        );
        assert_eq!(of("Livre Ier", 0).as_deref(), Some("Partie législative"));
        assert_eq!(of("Livre Ier", 1).as_deref(), Some("Partie réglementaire"));
        assert_eq!(of("Article R1", 0).as_deref(), Some("Livre Ier"));
    }

    #[test]
    fn parts_above_chapters_or_chapters_above_parts_as_the_text_has_it() {
        let uk = "Part 1 General\n\nChapter 1 Scope\n\nSection 1 Scope\n\n(1) Text.\n\nChapter 2 Terms\n\nSection 2 Terms\n\n(1) Text.\n\nPart 2 Offences\n\nChapter 1 Abuse\n\nSection 3 Abuse\n\n(1) Text.\n";
        let au = "Chapter 1 General\n\nPart 1 Scope\n\nSection 1 Scope\n\n(1) Text.\n\nPart 2 Terms\n\nSection 2 Terms\n\n(1) Text.\n\nChapter 2 Offences\n\nPart 1 Abuse\n\nSection 3 Abuse\n\n(1) Text.\n";
        let last = |text| {
            parent_labels(text)
                .into_iter()
                .rfind(|(l, _)| l.ends_with(" 1"))
                .and_then(|(_, p)| p)
        };
        assert_eq!(last(uk).as_deref(), Some("Part 2"));
        assert_eq!(last(au).as_deref(), Some("Chapter 2"));
    }
}
