//! The sections as they stand at one point of a list of instructions executed in order, as
//! a reader of an amending act sees them: which old sections still stand, the number each
//! bears now (after the renumberings read so far), and the sections inserted so far. The
//! wording names sections by this state, the reader resolves references by it, and the
//! applier checks at every step that no two sections bear the same number.

use std::collections::{HashMap, HashSet};

use super::super::align::number_value;
use super::super::nesting::Nesting;
use super::super::{HeadingKind, Section, Subheading};
use super::Place;
use super::doc::{OldDoc, same_family, shift_number};
use super::{Instruction, TextEdit};

/// A section's kind, keyword and number (see [`bearer_key`]).
pub(crate) type NumberKey = (HeadingKind, String, String);
/// The standing sections by kind, keyword and number (see [`Numbering::bearers`]).
pub(crate) type Bearers = HashMap<NumberKey, Vec<Option<usize>>>;

/// A numbered section's kind, keyword and number (none for a preamble or an unnumbered one).
fn bearer_key(s: &Section) -> Option<NumberKey> {
    let number = s
        .number
        .as_ref()
        .filter(|_| s.kind != HeadingKind::Preamble)?;
    Some((s.kind, s.keyword.clone(), number.clone()))
}

/// Whether a section is a Schedule (a division of a style's Schedule keyword: see
/// [`super::super::nesting::is_schedule`]): its paragraphs are named with it.
pub(crate) fn is_schedule(s: &Section) -> bool {
    s.kind == HeadingKind::Division && super::super::nesting::is_schedule(&s.keyword)
}

/// Gives each of `sections` that is a Schedule's paragraph, as its chapter, the number of the
/// Schedule above it among them (empty for an unnumbered one), and no other a chapter: the
/// convention of [`Numbering`]'s views, for old sections and sections inserted alike.
pub(crate) fn place_in_schedules(sections: &mut [Section]) {
    let mut schedule: Option<String> = None;
    for s in sections {
        if is_schedule(s) {
            schedule = Some(s.number.clone().unwrap_or_default());
        }
        s.chapter = schedule.clone().filter(|_| s.in_schedule);
    }
}

/// The sections standing at one point of a list of instructions.
#[derive(Clone, Debug)]
pub(crate) struct Numbering {
    /// Each old section as it stands now: its kind, keyword, current number and label (its
    /// paragraphs and items left out; they are the old text's). A Schedule's paragraph's
    /// `chapter` is the number its Schedule bears now (empty for an Act's only Schedule,
    /// unnumbered; see [`Numbering::schedules_renumbered`]); no other view has a chapter.
    views: Vec<Section>,
    /// Whether each old section still stands (not omitted).
    live: Vec<bool>,
    /// How many times each old section took another number (see [`Numbering::renumbered`]).
    renumbered: Vec<u32>,
    /// The standing sections in the order of the text.
    slots: Vec<Slot>,
    /// How many sections were inserted so far (the serial of the next one).
    inserted: u32,
    /// Paragraphs and items renumbered so far, by section and subsection, as they stand.
    subs: HashMap<(usize, usize), Subheading>,
    /// Paragraphs and items omitted so far, by section and subsection.
    subs_gone: HashSet<(usize, usize)>,
    /// The standing sections placed in their divisions, once asked for, and kept past the
    /// instructions that leave every division standing as it was (see [`Placement`]).
    placement: std::cell::OnceCell<Placement>,
}

/// The standing sections placed in their divisions (see [`Numbering::placement`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Placement {
    /// For each standing section, the division it stands in ([`Nesting::parents`]).
    pub parents: Vec<Option<usize>>,
    /// Where the divisions stand among the standing sections, in order.
    pub divisions: Vec<usize>,
}

impl Placement {
    /// The sections of `standing` placed by `nesting`.
    fn of(standing: &[&Section], nesting: &Nesting) -> Self {
        Placement {
            parents: nesting.parents(standing.iter().copied()),
            divisions: (0..standing.len())
                .filter(|&k| standing[k].kind == HeadingKind::Division)
                .collect(),
        }
    }

    /// Past the removal of the standing section at `at`, no division.
    fn remove(&mut self, at: usize) {
        self.parents.remove(at);
        self.reindex(|k| if k > at { k - 1 } else { k });
    }

    /// Every place held (of a division, as a parent or in the list) moved by `to`.
    fn reindex(&mut self, to: impl Fn(usize) -> usize) {
        for k in self.parents.iter_mut().flatten().chain(&mut self.divisions) {
            *k = to(*k);
        }
    }

    /// Past the insertion of `count` sections at `at`, none a division; `standing` gives
    /// each standing section, by its place, after the insertion. A section that is no
    /// division opens none: each stands in the division open before it, and every other
    /// section stays where it stood.
    fn insert<'s>(&mut self, at: usize, count: usize, standing: impl Fn(usize) -> &'s Section) {
        self.reindex(|k| if k >= at { k + count } else { k });
        // The division open after the sections before `at`, as `Nesting::parents` leaves
        // it: the last numbered division, or the one the last section that is not a
        // preamble stands in.
        let parent = (0..at)
            .rev()
            .find_map(|j| {
                if super::super::nesting::numbered_division(standing(j)) {
                    Some(Some(j))
                } else if standing(j).kind != HeadingKind::Preamble {
                    Some(self.parents[j])
                } else {
                    None
                }
            })
            .flatten();
        let placed = (at..at + count).map(|k| match standing(k).kind {
            HeadingKind::Preamble => None,
            _ => parent,
        });
        self.parents.splice(at..at, placed);
    }
}

/// The paragraphs and items of one section renumbered or omitted so far: all that changes
/// of words in the section alter of the point reached (see [`Numbering::units_of`]).
#[derive(Clone, Debug, Default)]
pub(crate) struct UnitState {
    subs: Vec<((usize, usize), Subheading)>,
    gone: Vec<(usize, usize)>,
}

/// A standing section: one of the old text, or one inserted.
#[derive(Clone, Debug)]
pub(crate) enum Slot {
    /// An old section, by index.
    Old(usize),
    /// A section inserted, where its insertion was placed, and its serial (see
    /// [`Standing::New`]).
    New(Box<Section>, Place, u32),
}

/// Which section a standing one is, for the names made of it to be kept: an old section by
/// its index, or a section inserted by its serial, the order of its insertion (an inserted
/// section is never changed or taken out: its name is made once).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Standing {
    /// Old section `s`.
    Old(usize),
    /// The section inserted with this serial.
    New(u32),
}

impl Standing {
    /// The old section's index; `None` for a section inserted.
    pub fn old(self) -> Option<usize> {
        match self {
            Standing::Old(s) => Some(s),
            Standing::New(_) => None,
        }
    }
}

impl Numbering {
    /// The old text before any instruction.
    pub fn new(doc: &OldDoc) -> Self {
        let views = doc
            .sections
            .iter()
            .map(|s| Section {
                subsections: Vec::new(),
                ..s.clone()
            })
            .collect();
        let mut numbering = Numbering {
            views,
            live: vec![true; doc.sections.len()],
            renumbered: vec![0; doc.sections.len()],
            slots: (0..doc.sections.len()).map(Slot::Old).collect(),
            inserted: 0,
            subs: HashMap::new(),
            subs_gone: HashSet::new(),
            placement: std::cell::OnceCell::new(),
        };
        place_in_schedules(&mut numbering.views);
        numbering
    }

    /// Whether `ins` renumbers a Schedule (its paragraphs' names then change with it).
    pub fn schedules_renumbered(&self, ins: &Instruction) -> bool {
        match ins {
            Instruction::Renumber { first, .. } => is_schedule(&self.views[*first]),
            _ => false,
        }
    }

    /// The paragraphs and items of section `s` renumbered or omitted so far, to be put back
    /// with [`Numbering::set_units_of`] (cheaper than the whole point reached, where only
    /// changes of words in `s` came between).
    pub fn units_of(&self, s: usize) -> UnitState {
        UnitState {
            subs: self
                .subs
                .iter()
                .filter(|(k, _)| k.0 == s)
                .map(|(k, v)| (*k, *v))
                .collect(),
            gone: self
                .subs_gone
                .iter()
                .copied()
                .filter(|k| k.0 == s)
                .collect(),
        }
    }

    /// Puts the paragraphs and items of section `s` back as `units` took them.
    pub fn set_units_of(&mut self, s: usize, units: UnitState) {
        self.subs.retain(|k, _| k.0 != s);
        self.subs_gone.retain(|k| k.0 != s);
        self.subs.extend(units.subs);
        self.subs_gone.extend(units.gone);
    }

    /// Subsection `k` of old section `s` as it stands now (its number in force).
    pub fn sub(&self, doc: &OldDoc, s: usize, k: usize) -> Subheading {
        self.subs
            .get(&(s, k))
            .copied()
            .unwrap_or(doc.sections[s].subsections[k])
    }

    /// Whether subsection `k` of old section `s` still stands (not omitted).
    pub fn sub_live(&self, s: usize, k: usize) -> bool {
        !self.subs_gone.contains(&(s, k))
    }

    /// How many times old section `s` took another number so far: what was made of its
    /// number before stands while this count does (comparing the count costs less than
    /// comparing numbers, for a code of thousands of sections named after each instruction).
    pub fn renumbered(&self, s: usize) -> u32 {
        self.renumbered[s]
    }

    /// The standing section at place `k` (in the order of the text).
    fn slot_section(&self, k: usize) -> &Section {
        match &self.slots[k] {
            Slot::Old(s) => &self.views[*s],
            Slot::New(sec, ..) => sec,
        }
    }

    /// The standing sections placed in their divisions by `nesting` (the old text's, the
    /// same at every point): made when first asked, then carried past each instruction that
    /// omits, inserts or renumbers sections other than divisions, the common case in a
    /// code amended throughout, and made again after one that touches a division.
    pub fn placement(&self, nesting: &Nesting) -> &Placement {
        let placement = self.placement.get_or_init(|| {
            let standing: Vec<&Section> = self.standing_ids().map(|(_, sec)| sec).collect();
            Placement::of(&standing, nesting)
        });
        #[cfg(debug_assertions)]
        {
            let standing: Vec<&Section> = self.standing_ids().map(|(_, sec)| sec).collect();
            debug_assert_eq!(
                *placement,
                Placement::of(&standing, nesting),
                "carried past"
            );
        }
        placement
    }

    /// Old section `s` as it stands now.
    pub fn view(&self, s: usize) -> &Section {
        &self.views[s]
    }

    /// Gives old section `s`, a division cited by its heading, the label its heading's words
    /// give now that an instruction changed them.
    pub fn relabel(&mut self, s: usize, label: String) {
        self.views[s].label = label;
    }

    /// Whether old section `s` still stands.
    pub fn live(&self, s: usize) -> bool {
        self.live[s]
    }

    /// The standing sections in order: the old section's index (`None` for one inserted)
    /// and the section as it stands.
    pub fn standing(&self) -> impl Iterator<Item = (Option<usize>, &Section)> {
        self.standing_ids().map(|(id, sec)| (id.old(), sec))
    }

    /// [`Numbering::standing`], each section with which one it is.
    pub fn standing_ids(&self) -> impl Iterator<Item = (Standing, &Section)> {
        self.slots.iter().map(|slot| match slot {
            Slot::Old(s) => (Standing::Old(*s), &self.views[*s]),
            Slot::New(sec, _, id) => (Standing::New(*id), &**sec),
        })
    }

    /// The sections a renumbering from `first` to `last` touches: every standing section of
    /// the first one's kind and keyword between them.
    pub fn run_members(&self, first: usize, last: usize) -> impl Iterator<Item = usize> + '_ {
        let f = &self.views[first];
        (first..=last).filter(move |&j| self.live[j] && same_family(f, &self.views[j]))
    }

    /// The new numbers a renumbering gives, by the numbers in force: every standing section
    /// of the first one's kind and keyword from `first` to `last`, shifted alike.
    pub fn run(
        &self,
        first: usize,
        last: usize,
        new_first: &str,
        new_last: &str,
    ) -> Result<Vec<(usize, String)>, String> {
        if !self.live[first] || !self.live[last] {
            return Err("it names a section that no longer stands".into());
        }
        if first == last {
            return Ok(vec![(first, new_first.to_string())]);
        }
        let f = &self.views[first];
        let old_first = f.number.as_deref().unwrap_or("");
        let (Some(a), Some(b)) = (number_value(old_first), number_value(new_first)) else {
            return Err(format!("cannot count from {old_first} to {new_first}"));
        };
        let shift = b - a;
        let mut out = Vec::new();
        for j in self.run_members(first, last) {
            let n = self.views[j].number.as_deref().unwrap_or("");
            let m =
                shift_number(n, shift).ok_or_else(|| format!("cannot renumber {n} by {shift}"))?;
            out.push((j, m));
        }
        match out.last() {
            Some((_, m)) if m == new_last => Ok(out),
            _ => Err(format!("the run does not end at {new_last}")),
        }
    }

    /// Carries out `ins` on the numbering; returns whether any section's name changed (a
    /// section omitted, inserted or renumbered).
    pub fn advance(&mut self, doc: &OldDoc, ins: &Instruction) -> Result<bool, String> {
        let gone = || "it names a section that no longer stands".to_string();
        match ins {
            Instruction::Note { .. } => Ok(false),
            Instruction::Edit { at, edit } if self.live[at.section] => {
                self.advance_units(doc, at.section, &at.path, edit)?;
                Ok(false)
            }
            Instruction::Replace { section, .. } if self.live[*section] => Ok(false),
            Instruction::Edit { .. } | Instruction::Replace { .. } => Err(gone()),
            Instruction::Omit { section } => {
                if !self.live[*section] {
                    return Err(gone());
                }
                self.live[*section] = false;
                // An old section stands once.
                let at = self
                    .slots
                    .iter()
                    .position(|slot| matches!(slot, Slot::Old(s) if s == section));
                if let Some(at) = at {
                    self.slots.remove(at);
                }
                let division = self.views[*section].kind == HeadingKind::Division;
                match (at, self.placement.get_mut()) {
                    (Some(at), Some(placement)) if !division => placement.remove(at),
                    _ => self.placement = Default::default(),
                }
                Ok(true)
            }
            Instruction::Insert { place, text, .. } => {
                let at = self.insertion_point(place).ok_or_else(gone)?;
                let mut new = doc.sections_in(text);
                place_in_schedules(&mut new);
                let changed = !new.is_empty();
                let first = self.inserted;
                self.inserted += u32::try_from(new.len()).expect("fewer sections than 2^32");
                let division = new.iter().any(|s| s.kind == HeadingKind::Division);
                let count = new.len();
                let slots = new
                    .into_iter()
                    .zip(first..)
                    .map(|(s, id)| Slot::New(Box::new(s), place.clone(), id));
                self.slots.splice(at..at, slots);
                match self.placement.take() {
                    Some(mut placement) if !division => {
                        placement.insert(at, count, |j| self.slot_section(j));
                        self.placement = placement.into();
                    }
                    _ => {}
                }
                Ok(changed)
            }
            Instruction::Renumber {
                first,
                last,
                new_first,
                new_last,
            } => {
                for (j, m) in self.run(*first, *last, new_first, new_last)? {
                    self.renumbered[j] += 1;
                    let v = &mut self.views[j];
                    // Divisions nest by their numbers (a Schedule's run, numbering again).
                    if v.kind == HeadingKind::Division {
                        self.placement = Default::default();
                    }
                    let old = v.number.replace(m.clone()).unwrap_or_default();
                    if let Some(k) = v.label.rfind(&old).filter(|_| !old.is_empty()) {
                        v.label.replace_range(k..k + old.len(), &m);
                    }
                }
                // Each paragraph keeps the Schedule above it in the old text, omitted or
                // not, by the number that Schedule bears now.
                if self.schedules_renumbered(ins) {
                    place_in_schedules(&mut self.views);
                }
                Ok(true)
            }
        }
    }

    /// Carries out on the paragraphs and items of section `s` a change of words in the unit
    /// at `path`: a renumbering gives its members their numbers, an omission takes the unit
    /// away.
    fn advance_units(
        &mut self,
        doc: &OldDoc,
        s: usize,
        path: &[usize],
        edit: &TextEdit,
    ) -> Result<(), String> {
        match edit {
            TextEdit::RenumberUnits { units } => {
                for u in units {
                    let now = self.sub(doc, s, u.sub);
                    if now.number() != u.old || !self.sub_live(s, u.sub) {
                        return Err(format!("it names {} which no longer stands", u.old));
                    }
                    let renumbered = now
                        .renumbered(&u.new)
                        .ok_or_else(|| format!("{} is too long a number", u.new))?;
                    self.subs.insert((s, u.sub), renumbered);
                }
            }
            TextEdit::OmitUnit => {
                if let Some(&k) = path.last() {
                    self.subs_gone.insert((s, k));
                }
            }
            TextEdit::OmitUnits { subs } => {
                for &k in subs {
                    if !self.sub_live(s, k) {
                        return Err("it names a paragraph or item which no longer stands".into());
                    }
                    self.subs_gone.insert((s, k));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Where sections inserted at `place` go among the slots: after the old section and
    /// what was inserted after it before, right before it, or after what was inserted at
    /// the beginning before.
    fn insertion_point(&self, place: &Place) -> Option<usize> {
        let pos = |s: usize| {
            self.slots
                .iter()
                .position(|slot| matches!(slot, Slot::Old(k) if *k == s))
        };
        let after_run = |from: usize, p: &Place| {
            from + self.slots[from..]
                .iter()
                .take_while(|slot| matches!(slot, Slot::New(_, q, _) if q == p))
                .count()
        };
        match place {
            Place::After(s) => Some(after_run(pos(*s)? + 1, place)),
            Place::Before(s) => pos(*s),
            Place::Start => Some(after_run(0, place)),
        }
    }

    /// For each standing section in the order of the text, the place (in that order) of the
    /// division it stands in, as the wording places sections to name them
    /// ([`Nesting::parents`]).
    fn parents(&self, nesting: &Nesting) -> Vec<Option<usize>> {
        nesting.parents(self.standing().map(|(_, s)| s))
    }

    /// The labels of the numbers two or more standing sections of one kind and keyword bear
    /// now, divisions in the same division (placed by `nesting`, as the wording names them),
    /// in the order of the text. A `Titel 1` in each `Abschnitt`, an `Abschnitt 7` in two
    /// `Buch`s, share no name; two `§ 5` do wherever they stand (a code numbers its articles
    /// through, and cites them by number alone).
    pub fn shared(&self, nesting: &Nesting) -> Vec<String> {
        let standing: Vec<&Section> = self.standing().map(|(_, s)| s).collect();
        let parents = self.parents(nesting);
        // A division is placed in the one it stands in; an article's number is the code's.
        let place = |k: usize| (standing[k].kind == HeadingKind::Division).then_some(parents[k]);
        let keys: Vec<Option<(NumberKey, Option<Option<usize>>)>> = (0..standing.len())
            .map(|k| bearer_key(standing[k]).map(|key| (key, place(k))))
            .collect();
        let mut count: HashMap<&(NumberKey, Option<Option<usize>>), usize> = HashMap::new();
        for key in keys.iter().flatten() {
            *count.entry(key).or_default() += 1;
        }
        let mut out: Vec<String> = Vec::new();
        for (k, key) in keys.iter().enumerate() {
            let more = key.as_ref().is_some_and(|key| count[key] > 1);
            if more && !out.contains(&standing[k].label) {
                out.push(standing[k].label.clone());
            }
        }
        out
    }

    /// For each standing old section, the old section of the division it stands in (see
    /// [`Numbering::shared`]; `None`: in none, or in an inserted one).
    pub fn divisions(&self, nesting: &Nesting) -> HashMap<usize, Option<usize>> {
        let ids: Vec<Option<usize>> = self.standing().map(|(s, _)| s).collect();
        let parents = self.parents(nesting);
        ids.iter()
            .zip(parents)
            .filter_map(|(&s, p)| Some((s?, p.and_then(|p| ids[p]))))
            .collect()
    }

    /// The standing numbered sections by kind, keyword and number, wherever they stand (an
    /// inserted one as `None`), in the order they stand.
    pub fn bearers(&self) -> Bearers {
        let mut out: Bearers = HashMap::new();
        for (s, sec) in self.standing() {
            if let Some(k) = bearer_key(sec) {
                out.entry(k).or_default().push(s);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Address, Lang};
    use super::*;

    fn numbers(n: &Numbering) -> Vec<String> {
        n.standing()
            .map(|(_, s)| s.number.clone().unwrap_or_default())
            .collect()
    }

    #[test]
    fn a_number_borne_in_another_division_is_no_clash() {
        // Each Abschnitt numbers its Titel from 1: `Titel 2` in both is named by its
        // Abschnitt. Renumbering Abschnitt 2's Titel 1 to 2 before its Titel 2 moved up
        // leaves two `Titel 2` in one Abschnitt (the ZPO's Buch 8 Abschnitt 2, stated from
        // its first Titel while another Abschnitt's `Titel 2` made no number look free).
        let text = "### Abschnitt 1 Eins\n\n#### Titel 1 A\n\n§ 1 A\n\n#### Titel 2 B\n\n§ 2 B\n\n\
                    ### Abschnitt 2 Zwei\n\n#### Titel 1 C\n\n§ 3 C\n\n#### Titel 2 D\n\n§ 4 D\n";
        let doc = OldDoc::new(text, None, Lang::En);
        let mut n = Numbering::new(&doc);
        assert!(n.shared(&doc.nesting).is_empty());
        let titel = |label: &str| {
            (0..doc.sections.len())
                .filter(|&k| doc.sections[k].label == label)
                .collect::<Vec<_>>()
        };
        let (t1, t2) = (titel("Titel 1"), titel("Titel 2"));
        let divisions = n.divisions(&doc.nesting);
        assert_ne!(
            divisions[&t2[0]], divisions[&t2[1]],
            "each Titel 2 in its Abschnitt"
        );
        assert_eq!(divisions[&t1[1]], divisions[&t2[1]]);
        let run = Instruction::Renumber {
            first: t1[1],
            last: t1[1],
            new_first: "2".into(),
            new_last: "2".into(),
        };
        n.advance(&doc, &run).unwrap();
        assert_eq!(n.shared(&doc.nesting), ["Titel 2"]);
    }

    #[test]
    fn two_articles_of_one_number_clash_in_any_divisions() {
        // A code numbers its articles through and cites them by number alone: a `§ 2` in
        // another Abschnitt is no other name.
        let text = "### Abschnitt 1 Eins\n\n§ 1 A\n\n§ 2 B\n\n### Abschnitt 2 Zwei\n\n§ 3 C\n";
        let doc = OldDoc::new(text, None, Lang::En);
        let mut n = Numbering::new(&doc);
        let s3 = doc.sections.iter().position(|s| s.label == "§ 3").unwrap();
        let run = Instruction::Renumber {
            first: s3,
            last: s3,
            new_first: "2".into(),
            new_last: "2".into(),
        };
        n.advance(&doc, &run).unwrap();
        assert_eq!(n.shared(&doc.nesting), ["§ 2"]);
    }

    #[test]
    fn renumbering_then_inserting_never_lets_two_sections_share_a_number() {
        let text = "§ 1 A\n\n§ 2 B\n\n§ 3 C\n\n§ 4 D\n";
        let doc = OldDoc::new(text, None, Lang::En);
        let mut n = Numbering::new(&doc);
        n.advance(&doc, &Instruction::Omit { section: 3 }).unwrap();
        assert_eq!(numbers(&n), ["1", "2", "3"]);
        let run = Instruction::Renumber {
            first: 2,
            last: 2,
            new_first: "4".into(),
            new_last: "4".into(),
        };
        // The number the omitted § 4 left free.
        n.advance(&doc, &run).unwrap();
        assert_eq!(numbers(&n), ["1", "2", "4"]);
        assert_eq!(n.view(2).label, "§ 4");
        let ins = Instruction::Insert {
            place: Place::After(1),
            text: "§ 3 N\n\n".into(),
            units: Vec::new(),
        };
        n.advance(&doc, &ins).unwrap();
        assert_eq!(numbers(&n), ["1", "2", "3", "4"]);
        assert!(n.shared(&doc.nesting).is_empty());
        // Inserting a second § 3 makes the number shared.
        n.advance(&doc, &ins).unwrap();
        assert_eq!(n.shared(&doc.nesting), ["§ 3"]);
        let edit = Instruction::Edit {
            at: Address {
                section: 3,
                path: Vec::new(),
            },
            edit: super::super::TextEdit::OmitUnit,
        };
        assert!(n.advance(&doc, &edit).is_err(), "the omitted § 4 is gone");
    }

    #[test]
    fn a_run_shifts_the_sections_standing_between_its_ends() {
        let text = "§ 1 A\n\n§ 2 B\n\n§ 3 C\n\n§ 4 D\n";
        let doc = OldDoc::new(text, None, Lang::En);
        let mut n = Numbering::new(&doc);
        n.advance(&doc, &Instruction::Omit { section: 1 }).unwrap();
        // § 2 omitted: §§ 3 to 4 become §§ 2 to 3, and a run from § 1 skips the gap.
        assert_eq!(
            n.run(2, 3, "2", "3").unwrap(),
            [(2, "2".to_string()), (3, "3".to_string())]
        );
        assert_eq!(n.run(0, 3, "2", "5").unwrap().len(), 3);
        assert!(n.run(2, 3, "2", "4").is_err(), "the run ends at 3");
        assert!(n.run(1, 3, "2", "3").is_err(), "§ 2 no longer stands");
    }

    /// The placement carried past `n`'s last instruction, and the one made anew.
    fn placements(n: &Numbering, nesting: &Nesting) -> (Placement, Placement) {
        let carried = n.placement.get().expect("carried").clone();
        let standing: Vec<&Section> = n.standing_ids().map(|(_, sec)| sec).collect();
        (carried, Placement::of(&standing, nesting))
    }

    #[test]
    fn sections_stay_placed_in_their_divisions_past_instructions() {
        // A code amended throughout: articles omitted, inserted after a division's heading
        // and after an article, and renumbered keep every section in the division a fresh
        // reading finds; a division omitted makes the placement again.
        let text = "# Preamble words\n\n## Chapter 1 One\n\nArticle 1\n\nOne.\n\nArticle 2\n\nTwo.\n\n\
                    ## Chapter 2 Two\n\nArticle 3\n\nThree.\n\nArticle 4\n\nFour.\n\n\
                    Article 5\n\nFive.\n";
        let doc = OldDoc::new(text, None, Lang::En);
        // A section by its keyword and number (`Article 2`).
        let named = |s: &Section, name: &str| {
            let number = s.number.as_deref().unwrap_or("");
            name.strip_prefix(s.keyword.as_str()).map(str::trim) == Some(number)
        };
        let label = |l: &str| doc.sections.iter().position(|s| named(s, l)).unwrap();
        let mut n = Numbering::new(&doc);
        let before = n.placement(&doc.nesting).clone();
        let chapter_2 = label("Chapter 2");
        assert_eq!(before.parents[label("Article 3")], Some(chapter_2));
        let insert = |place, text: &str| Instruction::Insert {
            place,
            text: text.into(),
            units: Vec::new(),
        };
        let steps = [
            Instruction::Omit {
                section: label("Article 2"),
            },
            insert(Place::After(chapter_2), "Article 2a\n\nX.\n\n"),
            insert(
                Place::After(label("Article 4")),
                "Article 4a\n\nY.\n\nArticle 4b\n\nZ.\n\n",
            ),
            insert(Place::Before(label("Chapter 1")), "Article 0\n\nW.\n\n"),
            Instruction::Renumber {
                first: label("Article 4"),
                last: label("Article 5"),
                new_first: "6".into(),
                new_last: "7".into(),
            },
        ];
        for step in &steps {
            n.advance(&doc, step).unwrap();
            let (carried, fresh) = placements(&n, &doc.nesting);
            assert_eq!(carried, fresh, "past {step:?}");
        }
        let placed = n.placement(&doc.nesting);
        let at = |l: &str| n.standing().position(|(_, s)| named(s, l)).unwrap();
        assert_eq!(placed.parents[at("Article 2a")], Some(at("Chapter 2")));
        assert_eq!(placed.parents[at("Article 4b")], Some(at("Chapter 2")));
        // The unnumbered heading first, a division too.
        assert_eq!(placed.divisions, [0, at("Chapter 1"), at("Chapter 2")]);
        let chapter_1 = at("Chapter 1");
        // A division omitted: made again when next asked for.
        n.advance(&doc, &Instruction::Omit { section: chapter_2 })
            .unwrap();
        assert!(n.placement.get().is_none());
        assert_eq!(n.placement(&doc.nesting).divisions, [0, chapter_1]);
    }
}
