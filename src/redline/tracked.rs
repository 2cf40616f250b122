//! The redline as one stream of tracked changes: the pieces of both texts in one reading
//! order, as a word processor keeps them. Equal, deleted and moved-from pieces, in order, are
//! the old text; equal, inserted and moved-to pieces, in order, are the new text.

use std::ops::Range;

use super::{Op, Redline};

/// What a piece of the stream is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PieceKind {
    /// In both texts.
    Equal,
    /// Only in the old text.
    Deleted,
    /// Only in the new text.
    Inserted,
    /// A moved section where it stood in the old text.
    MovedFrom,
    /// A moved section where it stands in the new text.
    MovedTo,
}

/// A piece of the stream: a byte range of the old text, of the new text, or of both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// What it is.
    pub kind: PieceKind,
    /// Its bytes in the old text (equal, deleted, moved-from pieces).
    pub old: Option<Range<usize>>,
    /// Its bytes in the new text (equal, inserted, moved-to pieces).
    pub new: Option<Range<usize>>,
    /// For moves: the number of the move (from 0), the same on both ends.
    pub move_id: Option<usize>,
}

impl Piece {
    fn of(kind: PieceKind, old: Option<Range<usize>>, new: Option<Range<usize>>) -> Self {
        Piece {
            kind,
            old,
            new,
            move_id: None,
        }
    }
}

/// The operations of a redline as pieces in the order of the new text, deleted pieces where
/// they were dropped; moved sections are equal, inserted and deleted pieces at their new place.
pub fn pieces(r: &Redline) -> Vec<Piece> {
    let mut out = Vec::with_capacity(r.ops.len());
    let mut at = 0;
    for op in &r.ops {
        match op {
            Op::Copy { start, end } => {
                let len = end - start;
                out.push(Piece::of(
                    PieceKind::Equal,
                    Some(*start..*end),
                    Some(at..at + len),
                ));
                at += len;
            }
            Op::Delete { start, end } => {
                out.push(Piece::of(PieceKind::Deleted, Some(*start..*end), None));
            }
            Op::Insert { text } => {
                out.push(Piece::of(
                    PieceKind::Inserted,
                    None,
                    Some(at..at + text.len()),
                ));
                at += text.len();
            }
        }
    }
    out
}

/// The stream with moves: each section the redline calls moved is one moved-to piece (its
/// whole new text) where it stands now and one moved-from piece (its whole old text) where it
/// stood, so that accepting every change gives the new text and rejecting every change the
/// old one. A moved section that was also edited is shown moved whole, its edits inside the
/// move not marked word by word. Line breaks are then kept as a word processor best keeps
/// them (see `compact_breaks`): `old` and `new` are the texts the redline compared.
pub fn tracked(r: &Redline, old: &str, new: &str) -> Vec<Piece> {
    compact_breaks(with_moves(r), old.as_bytes(), new.as_bytes())
}

/// [`tracked`] before its line breaks are compacted.
fn with_moves(r: &Redline) -> Vec<Piece> {
    let moves: Vec<(Range<usize>, Range<usize>)> = r
        .sections
        .iter()
        .filter(|c| c.moved)
        .filter_map(|c| {
            let (os, ns) = (&r.old_sections[c.old?], &r.new_sections[c.new?]);
            Some((os.start..os.end, ns.start..ns.end))
        })
        .collect();
    if moves.is_empty() {
        return pieces(r);
    }
    let raw = split_at_moves(pieces(r), &moves);
    let mut out: Vec<Piece> = Vec::with_capacity(raw.len() + 2 * moves.len());
    let mut emitted = vec![false; moves.len()];
    for p in raw {
        match move_of(&p, &moves) {
            None => out.push(p),
            Some(k) if !emitted[k] => {
                emitted[k] = true;
                out.push(Piece {
                    move_id: Some(k),
                    ..Piece::of(PieceKind::MovedTo, None, Some(moves[k].1.clone()))
                });
            }
            Some(_) => {}
        }
    }
    let mut by_old: Vec<usize> = (0..moves.len()).collect();
    by_old.sort_by_key(|&k| moves[k].0.start);
    for k in by_old {
        let from = moves[k].0.clone();
        let at = out
            .iter()
            .rposition(|p| p.old.as_ref().is_some_and(|o| o.end <= from.start))
            .map_or(0, |i| i + 1);
        out.insert(
            at,
            Piece {
                move_id: Some(k),
                ..Piece::of(PieceKind::MovedFrom, Some(from), None)
            },
        );
    }
    out
}

/// Whether a byte is part of a line break (a paragraph mark in a word processor).
fn is_break(b: u8) -> bool {
    b == b'\n' || b == b'\r'
}

/// The stream with its line breaks made equal wherever the texts allow, so that a tracked
/// paragraph mark is one the revision really adds or drops. A deletion and an insertion side
/// by side that start (or end) with the same line breaks keep those breaks as equal text
/// before (after) them; two insertions (deletions) with only line breaks between them, the
/// second ending with the same breaks, are one insertion (deletion) followed by those breaks.
/// The texts either way are unchanged. Word processors read fewer, plainer revisions, and
/// LibreOffice 7.4 rejects an inserted paragraph, an unchanged empty one and another inserted
/// paragraph as if the empty one had been inserted too (Trestní zákoník 2025 → 2026: a blank
/// line lost when every change was rejected).
fn compact_breaks(stream: Vec<Piece>, old: &[u8], new: &[u8]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::with_capacity(stream.len());
    for p in stream {
        push_compact(&mut out, p, old, new);
    }
    out
}

/// Pushes a piece, making its line breaks equal with the pieces before it where
/// [`compact_breaks`] says.
fn push_compact(out: &mut Vec<Piece>, p: Piece, old: &[u8], new: &[u8]) {
    use PieceKind::{Deleted, Equal, Inserted};
    match (out.last().map(|q| q.kind), p.kind) {
        (Some(Deleted), Inserted) | (Some(Inserted), Deleted) => {
            let q = out.pop().expect("a last piece");
            let (del, ins) = if q.kind == Deleted {
                (&q, &p)
            } else {
                (&p, &q)
            };
            let (d, i) = (
                del.old.clone().expect("deleted"),
                ins.new.clone().expect("inserted"),
            );
            let (ob, nb) = (&old[d.clone()], &new[i.clone()]);
            let same_break = |(a, b): &(&u8, &u8)| a == b && is_break(**a);
            let k = ob.iter().zip(nb).take_while(same_break).count();
            let (ob, nb) = (&ob[k..], &nb[k..]);
            let m = ob
                .iter()
                .rev()
                .zip(nb.iter().rev())
                .take_while(same_break)
                .count();
            if k + m == 0 {
                push_plain(out, q);
                return push_plain(out, p);
            }
            let equal = |o: Range<usize>, n: Range<usize>| Piece::of(Equal, Some(o), Some(n));
            let cut = |r: &Range<usize>| r.start + k..r.end - m;
            push_compact(
                out,
                equal(d.start..d.start + k, i.start..i.start + k),
                old,
                new,
            );
            for x in [q, p] {
                let x = match x.kind {
                    Deleted => Piece::of(Deleted, Some(cut(&d)), None),
                    _ => Piece::of(Inserted, None, Some(cut(&i))),
                };
                push_compact(out, x, old, new);
            }
            push_compact(out, equal(d.end - m..d.end, i.end - m..i.end), old, new);
        }
        (Some(Equal), Inserted | Deleted) => match slide(out, &p, old, new) {
            Some((change, equal)) => {
                out.truncate(out.len() - 2);
                push_compact(out, change, old, new);
                push_compact(out, equal, old, new);
            }
            None => push_plain(out, p),
        },
        _ => push_plain(out, p),
    }
}

/// For a change `p` pushed after a change of its kind and line breaks only: the one change
/// the two make with the breaks between them, and the breaks `p` ends with as equal text.
fn slide(out: &[Piece], p: &Piece, old: &[u8], new: &[u8]) -> Option<(Piece, Piece)> {
    let [.., x, e] = out else { return None };
    if x.kind != p.kind {
        return None;
    }
    let inserted = p.kind == PieceKind::Inserted;
    let text = if inserted { new } else { old };
    let range = |q: &Piece| {
        if inserted {
            q.new.clone()
        } else {
            q.old.clone()
        }
    };
    let (xr, er, yr) = (range(x)?, range(e)?, range(p)?);
    let n = er.len();
    let breaks = &text[er.clone()];
    let fits = xr.end == er.start
        && er.end == yr.start
        && yr.len() >= n
        && breaks.iter().all(|&b| is_break(b))
        && &text[yr.end - n..yr.end] == breaks;
    if !fits {
        return None;
    }
    let (joined, tail) = (xr.start..yr.end - n, yr.end - n..yr.end);
    Some(if inserted {
        (
            Piece::of(PieceKind::Inserted, None, Some(joined)),
            Piece::of(PieceKind::Equal, e.old.clone(), Some(tail)),
        )
    } else {
        (
            Piece::of(PieceKind::Deleted, Some(joined), None),
            Piece::of(PieceKind::Equal, Some(tail), e.new.clone()),
        )
    })
}

/// Pushes a piece as it is, joined to the last when both are equal, deleted or inserted text
/// and follow on in both texts; an empty piece is left out.
fn push_plain(out: &mut Vec<Piece>, p: Piece) {
    if p.old
        .as_ref()
        .or(p.new.as_ref())
        .is_none_or(|r| r.is_empty())
    {
        return;
    }
    let follows = |a: &Option<Range<usize>>, b: &Option<Range<usize>>| match (a, b) {
        (Some(a), Some(b)) => a.end == b.start,
        (None, None) => true,
        _ => false,
    };
    if let Some(q) = out.last_mut() {
        let plain = matches!(
            p.kind,
            PieceKind::Equal | PieceKind::Deleted | PieceKind::Inserted
        );
        if plain && q.kind == p.kind && follows(&q.old, &p.old) && follows(&q.new, &p.new) {
            let grow = |a: &mut Option<Range<usize>>, b: &Option<Range<usize>>| {
                if let (Some(a), Some(b)) = (a.as_mut(), b) {
                    a.end = b.end;
                }
            };
            grow(&mut q.old, &p.old);
            grow(&mut q.new, &p.new);
            return;
        }
    }
    out.push(p);
}

/// The move a piece belongs to: an equal or deleted piece inside a moved section's old bytes,
/// an inserted piece inside its new bytes.
fn move_of(p: &Piece, moves: &[(Range<usize>, Range<usize>)]) -> Option<usize> {
    let inside =
        |r: &Range<usize>, outer: &Range<usize>| outer.start <= r.start && r.end <= outer.end;
    moves.iter().position(|(o, n)| match p.kind {
        PieceKind::Inserted => p.new.as_ref().is_some_and(|r| inside(r, n)),
        _ => p.old.as_ref().is_some_and(|r| inside(r, o)),
    })
}

/// Splits pieces at the bounds of moved sections, so each piece lies inside one move or
/// outside all of them.
fn split_at_moves(raw: Vec<Piece>, moves: &[(Range<usize>, Range<usize>)]) -> Vec<Piece> {
    let mut old_cuts: Vec<usize> = moves.iter().flat_map(|(o, _)| [o.start, o.end]).collect();
    let mut new_cuts: Vec<usize> = moves.iter().flat_map(|(_, n)| [n.start, n.end]).collect();
    old_cuts.sort_unstable();
    new_cuts.sort_unstable();
    let mut out = Vec::with_capacity(raw.len());
    for p in raw {
        // Offsets inside the piece (from its start) where it must be cut.
        let mut cuts: Vec<usize> = Vec::new();
        if let Some(o) = &p.old {
            cuts.extend(
                old_cuts
                    .iter()
                    .filter(|&&c| o.start < c && c < o.end)
                    .map(|c| c - o.start),
            );
        }
        if let Some(n) = &p.new {
            cuts.extend(
                new_cuts
                    .iter()
                    .filter(|&&c| n.start < c && c < n.end)
                    .map(|c| c - n.start),
            );
        }
        if cuts.is_empty() {
            out.push(p);
            continue;
        }
        cuts.sort_unstable();
        cuts.dedup();
        let len = p.old.as_ref().or(p.new.as_ref()).map_or(0, |r| r.len());
        let mut from = 0;
        for to in cuts.into_iter().chain([len]) {
            let sub = |r: &Option<Range<usize>>| r.as_ref().map(|r| r.start + from..r.start + to);
            out.push(Piece::of(p.kind, sub(&p.old), sub(&p.new)));
            from = to;
        }
    }
    out
}

/// The old text (`old == true`) or the new text as the stream holds it: for checking.
pub fn rebuild(stream: &[Piece], old_text: &str, new_text: &str, old: bool) -> String {
    let mut out = String::new();
    for p in stream {
        match (p.kind, old) {
            (PieceKind::Equal | PieceKind::Deleted | PieceKind::MovedFrom, true) => {
                out.push_str(&old_text[p.old.clone().expect("old piece")]);
            }
            (PieceKind::Equal | PieceKind::Inserted | PieceKind::MovedTo, false) => {
                out.push_str(&new_text[p.new.clone().expect("new piece")]);
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redline::redline;

    fn check(old: &str, new: &str) -> Vec<Piece> {
        let r = redline(old, new);
        let s = tracked(&r, old, new);
        assert_eq!(rebuild(&s, old, new, true), old, "reject all");
        assert_eq!(rebuild(&s, old, new, false), new, "accept all");
        s
    }

    #[test]
    fn accepting_gives_the_new_text_and_rejecting_the_old() {
        check(
            "Section 1. A\n(1) ten days.\n\nSection 2. B\n(1) Gone.\n",
            "Section 1. A\n(1) five days.\n\nSection 2. C\n(1) New.\n",
        );
    }

    /// The pieces of a stream as text: `=`, `-`, `+` and the bytes of each.
    fn shown(s: &[Piece], old: &str, new: &str) -> Vec<String> {
        s.iter()
            .map(|p| match p.kind {
                PieceKind::Equal => format!("={}", &new[p.new.clone().unwrap()]),
                PieceKind::Deleted => format!("-{}", &old[p.old.clone().unwrap()]),
                _ => format!("+{}", &new[p.new.clone().unwrap()]),
            })
            .collect()
    }

    /// The stream `pieces` (`=` equal, `-` deleted, `+` inserted, and their text), compacted:
    /// both texts checked before and after, the pieces shown as [`shown`] shows them.
    fn compacted(pieces: &[(&str, &str)]) -> Vec<String> {
        let (mut old, mut new, mut raw) = (String::new(), String::new(), Vec::new());
        for &(kind, text) in pieces {
            let o = (kind != "+").then(|| old.len()..old.len() + text.len());
            let n = (kind != "-").then(|| new.len()..new.len() + text.len());
            let kind = match kind {
                "=" => PieceKind::Equal,
                "-" => PieceKind::Deleted,
                _ => PieceKind::Inserted,
            };
            if o.is_some() {
                old.push_str(text);
            }
            if n.is_some() {
                new.push_str(text);
            }
            raw.push(Piece::of(kind, o, n));
        }
        let s = compact_breaks(raw, old.as_bytes(), new.as_bytes());
        assert_eq!(rebuild(&s, &old, &new, true), old);
        assert_eq!(rebuild(&s, &old, &new, false), new);
        shown(&s, &old, &new)
    }

    #[test]
    fn line_breaks_either_side_of_a_change_stay_equal() {
        // The operations the redline gave for point f) added to § 205 of the Czech criminal
        // code (2025 -> 2026): LibreOffice, rejecting every change, lost the blank line.
        let s = compacted(&[
            ("=", "e) foo,"),
            ("-", "\n"),
            ("+", " nebo\n"),
            ("=", "\n"),
            ("+", "f) baz,\n\n"),
            ("=", "bude bar.\n"),
        ]);
        assert_eq!(s, ["=e) foo,", "+ nebo\n\nf) baz,", "=\n\nbude bar.\n"]);
    }

    #[test]
    fn a_deleted_and_an_inserted_line_keep_the_breaks_they_share() {
        // The Strafgesetzbuch 2012 -> 2021 shape: two breaks deleted, one inserted.
        let s = compacted(&[
            ("=", "A."),
            ("-", "\n\n"),
            ("+", "\n"),
            ("=", "\n"),
            ("+", "C.\n\n\n"),
            ("=", "B.\n"),
        ]);
        assert_eq!(s, ["=A.\n", "-\n", "=\n", "+C.\n\n\n", "=B.\n"]);
    }

    #[test]
    fn a_moved_section_is_one_move_from_and_one_move_to() {
        let old = "Article 1. One\nFirst rule about apples and pears.\n\nArticle 2. Two\nSecond rule about ships and harbours.\n\nArticle 3. Three\nThird rule about roads and bridges.\n\nArticle 4. Four\nFourth rule about rivers.\n";
        let new = "Article 1. One\nFirst rule about apples and pears.\n\nArticle 2. Three\nThird rule about roads and bridges.\n\nArticle 3. Four\nFourth rule about rivers.\n\nArticle 4. Two\nSecond rule about ships and harbours, amended.\n";
        let r = redline(old, new);
        assert!(r.sections.iter().any(|c| c.moved), "{:#?}", r.sections);
        let s = check(old, new);
        let from: Vec<_> = s
            .iter()
            .filter(|p| p.kind == PieceKind::MovedFrom)
            .collect();
        let to: Vec<_> = s.iter().filter(|p| p.kind == PieceKind::MovedTo).collect();
        assert_eq!((from.len(), to.len()), (1, 1));
        assert_eq!(from[0].move_id, to[0].move_id);
    }
}
