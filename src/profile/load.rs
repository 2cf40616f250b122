//! Reading a profile and the profiles it extends, merging them, and validating every value
//! against the catalog. Every problem is collected; none stops the others being found.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;

use super::raw::*;
use super::{
    Entry, EntryTarget, Jurisdiction, Law, LoadOptions, Profile, ReservationDates, Treaty,
};
use crate::citation::ProvisionRef;
use crate::diagnostic::{Diagnostic, FileId, Sources};
use crate::reservation::Standing;
use crate::standard::{Catalog, ClauseKind, ParamType, ParamValue, Standard, Target};
use crate::suggest::did_you_mean;

/// Loads and validates a profile. On success returns it with any warnings; on failure every
/// problem found (the diagnostics point into `sources`).
pub fn load(
    path: &Path,
    catalog: &Catalog,
    sources: &mut Sources,
    options: &LoadOptions,
) -> Result<(Profile, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (chain, problems) = read_chain(path, sources, options)?;
    let mut v = Validator {
        catalog,
        diagnostics: problems,
        pending_by: Vec::new(),
    };
    let mut merged = Merged::default();
    // Apply the furthest ancestor first, so each profile overrides what it extends.
    for (file, raw) in chain.iter().rev() {
        v.apply(*file, raw, &mut merged);
    }
    merged.jurisdiction.files = chain
        .iter()
        .map(|(f, _)| sources.path(*f).to_path_buf())
        .collect();
    let (first_file, first_raw) = &chain[0];
    v.finish(*first_file, first_raw, &merged);
    v.unstated_parameters(&merged);
    v.standings(&mut merged);
    // Report in file order, not in the order the checks ran.
    v.diagnostics
        .sort_by_key(|d| d.location.as_ref().map(|(f, span)| (*f, span.start)));
    if v.diagnostics.iter().any(Diagnostic::is_error) {
        return Err(v.diagnostics);
    }
    let profile = Profile {
        jurisdiction: merged.jurisdiction,
        scope: merged.scope,
        treaties: merged
            .treaties
            .into_iter()
            .map(|(s, (t, _))| (s, t))
            .collect(),
        parameters: merged.parameters,
        laws: merged.laws.into_values().collect(),
        entries: merged
            .entries
            .into_iter()
            .map(|(k, (e, _, _))| (k, e))
            .collect(),
        recommendations: merged.recommendations,
    };
    Ok((profile, v.diagnostics))
}

/// The deepest `extends` chain lexgap follows (a federation with states and regions needs 3).
const MAX_CHAIN: usize = 64;

/// The profiles of a chain (the given one first) with the problems found while parsing them.
type Chain = (Vec<(FileId, RawProfile)>, Vec<Diagnostic>);

/// One step of reading an `extends` chain: the file to read and, after the first, where the
/// previous profile named it.
struct Link {
    path: PathBuf,
    from: Option<(FileId, Range<usize>)>,
}

impl Link {
    /// A diagnostic at the `extends` that named this file, or about the file itself.
    fn problem(&self, code: &'static str, message: String, hint: String) -> Diagnostic {
        match &self.from {
            Some((file, span)) => Diagnostic::error(code, message)
                .at(*file, span.clone(), "extended here")
                .hint(hint),
            None => Diagnostic::error(code, message).hint(hint),
        }
    }
}

fn read_chain(
    path: &Path,
    sources: &mut Sources,
    options: &LoadOptions,
) -> Result<Chain, Vec<Diagnostic>> {
    let mut chain: Vec<(FileId, RawProfile)> = Vec::new();
    let mut problems = Vec::new();
    let mut visited: HashSet<PathBuf> = HashSet::new();
    let mut link = Link {
        path: path.to_path_buf(),
        from: None,
    };
    let root = extends_root(path, options);
    loop {
        let canonical = std::fs::canonicalize(&link.path).unwrap_or_else(|_| link.path.clone());
        if link.from.is_some() {
            check_extends_target(&link, &canonical, root.as_deref(), chain.len())?;
        }
        if !visited.insert(canonical) {
            return Err(vec![cycle(&chain, &link, sources)]);
        }
        let (file, raw, found) = read_one(&link, sources, options)?;
        problems.extend(found);
        let extends = raw.jurisdiction.get_ref().extends.clone();
        chain.push((file, raw));
        match extends {
            Some(rel) => {
                let base = link
                    .path
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_default();
                link = Link {
                    path: base.join(rel.get_ref()),
                    from: Some((file, rel.span())),
                };
            }
            None => return Ok((chain, problems)),
        }
    }
}

/// The folder `extends` must stay inside: `--extends-root`, else the first profile's folder.
fn extends_root(path: &Path, options: &LoadOptions) -> Option<PathBuf> {
    let root = match &options.extends_root {
        Some(r) => r.clone(),
        None => match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        },
    };
    std::fs::canonicalize(root).ok()
}

/// An `extends` target must be a `.toml` file inside the root folder, and the chain not too deep.
fn check_extends_target(
    link: &Link,
    canonical: &Path,
    root: Option<&Path>,
    depth: usize,
) -> Result<(), Vec<Diagnostic>> {
    let shown = link.path.display();
    if depth >= MAX_CHAIN {
        return Err(vec![link.problem(
            "extends-too-deep",
            format!("`extends` chains more than {MAX_CHAIN} profiles"),
            "a profile usually extends one other (a federal profile); shorten the chain".into(),
        )]);
    }
    if link.path.extension().is_none_or(|x| x != "toml") {
        return Err(vec![link.problem(
            "extends-not-profile",
            format!("`extends` must name a profile (a .toml file), not {shown}"),
            "write the path of another profile, e.g. extends = \"xa-federal.toml\"".into(),
        )]);
    }
    if let Some(root) = root
        && canonical.exists()
        && !canonical.starts_with(root)
    {
        return Err(vec![link.problem(
            "extends-outside",
            format!(
                "`extends` leads outside the folder {} to {shown}",
                root.display()
            ),
            "profiles may extend profiles in their own folder tree; to allow another folder, pass `--extends-root DIR`".into(),
        )]);
    }
    Ok(())
}

fn cycle(chain: &[(FileId, RawProfile)], link: &Link, sources: &Sources) -> Diagnostic {
    let mut names: Vec<String> = chain
        .iter()
        .map(|(f, _)| sources.path(*f).display().to_string())
        .collect();
    names.push(link.path.display().to_string());
    let (file, span) = link.from.clone().expect("a cycle needs an extends");
    Diagnostic::error(
        "extends-cycle",
        format!("`extends` goes round in a circle: {}", names.join(" → ")),
    )
    .at(
        file,
        span,
        "this leads back to a profile already in the chain",
    )
    .hint("remove `extends` from one of these profiles")
}

/// Reads, decodes and parses one profile of the chain. The content of a file that `extends`
/// names is shown in diagnostics only if it is a profile.
fn read_one(
    link: &Link,
    sources: &mut Sources,
    options: &LoadOptions,
) -> Result<(FileId, RawProfile, Vec<Diagnostic>), Vec<Diagnostic>> {
    let shown = link.path.display();
    let bytes = crate::input::read_bytes(&link.path, options.max_input_bytes).map_err(|e| {
        let (code, what) = match link.from {
            Some(_) => ("extends-missing", "the profile this one extends"),
            None => ("unreadable", "the profile"),
        };
        let mut hint = e.hint();
        if link.from.is_some() && matches!(e, crate::input::ReadProblem::Io(_)) {
            hint = "`extends` is a path relative to the folder of the profile that says it".into();
        }
        vec![link.problem(code, format!("cannot read {what} {shown}: {e}"), hint)]
    })?;
    let text = match crate::input::decode(bytes) {
        Ok(t) => t,
        Err(bad) if link.from.is_some() => {
            return Err(vec![link.problem(
                "encoding",
                format!(
                    "cannot read the profile this one extends, {shown}: {}",
                    bad.message()
                ),
                bad.hint().into(),
            )]);
        }
        Err(bad) => {
            return Err(vec![bad.diagnostic(&link.path, sources)]);
        }
    };
    if link.from.is_some() && !super::parse::is_profile(&text) {
        return Err(vec![link.problem(
            "extends-not-profile",
            format!("{shown} is not a lexgap profile (no [jurisdiction] table)"),
            "`extends` must name another profile; its content is not shown".into(),
        )]);
    }
    let file = sources.add(&link.path, text);
    // A file with type errors is still read on, so that the rest of it is checked too.
    match super::parse::parse(file, sources.text(file)) {
        (Some(raw), problems) => Ok((file, raw, problems)),
        (None, problems) => Err(problems),
    }
}

#[derive(Default)]
struct Merged {
    jurisdiction: Jurisdiction,
    code: Option<(String, FileId, Range<usize>)>,
    treaties: BTreeMap<usize, (Treaty, FileId)>,
    parameters: BTreeMap<String, ParamValue>,
    laws: BTreeMap<String, Law>,
    law_order: Vec<String>,
    /// Law ids and treaties of parts that could not be read (already reported).
    unreadable_laws: HashSet<String>,
    unreadable_treaties: HashSet<usize>,
    unreadable_jurisdiction: bool,
    entries: BTreeMap<EntryTarget, (Entry, FileId, Range<usize>)>,
    recommendations: Vec<crate::monitoring::Recommendation>,
    scope: Option<super::DeclaredScope>,
    /// Where each invoked reservation is written: (standard, clause) → (file, span).
    reservation_spans: BTreeMap<(usize, String), (FileId, Range<usize>)>,
}

struct Validator<'c> {
    catalog: &'c Catalog,
    diagnostics: Vec<Diagnostic>,
    /// `by` citations to check once every law of the chain is known: (file, span, law id).
    pending_by: Vec<(FileId, Range<usize>, String)>,
}

fn date(d: &Option<Spanned<toml::value::Datetime>>) -> Option<(String, Range<usize>)> {
    d.as_ref().map(|d| (d.get_ref().to_string(), d.span()))
}

/// Years a profile's `as_of` may name: from the Council of Europe's founding to well beyond any
/// bill being drafted now.
const PLAUSIBLE_YEARS: (u32, u32) = (1949, 2100);

/// The values a number of this unit can take (below the first is an error) and above which it
/// is unusual enough to warn.
fn plausible(unit: &str) -> Option<(i64, i64)> {
    match unit {
        "years" => Some((1, 25)),
        "days" => Some((1, 3650)),
        _ => None,
    }
}

/// Whether a jurisdiction code is ISO 3166-1 alpha-2 (or user-assigned), optionally with an
/// ISO 3166-2 subdivision (`XA-NO`).
pub fn valid_code(code: &str) -> bool {
    let (country, sub) = code.split_once('-').unwrap_or((code, ""));
    country.len() == 2
        && country.chars().all(|c| c.is_ascii_uppercase())
        && (sub.is_empty()
            || (sub.len() <= 3
                && sub
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())))
}

impl Validator<'_> {
    fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    fn error(
        &mut self,
        code: &'static str,
        file: FileId,
        span: Range<usize>,
        message: String,
        label: &str,
        hint: impl Into<String>,
    ) {
        self.push(
            Diagnostic::error(code, message)
                .at(file, span, label)
                .hint(hint),
        );
    }

    fn apply(&mut self, file: FileId, raw: &RawProfile, m: &mut Merged) {
        m.unreadable_laws
            .extend(raw.salvaged.law_ids.iter().cloned());
        m.unreadable_treaties.extend(
            raw.salvaged
                .treaties
                .iter()
                .filter_map(|t| self.catalog.standard_by_name(t)),
        );
        m.unreadable_jurisdiction |= raw.salvaged.jurisdiction;
        self.jurisdiction(file, raw.jurisdiction.get_ref(), m);
        if let Some(scope) = &raw.scope {
            m.scope = Some(self.scope(file, scope.get_ref()));
        }
        for (key, treaty) in &raw.treaties {
            self.treaty(file, key, treaty, m);
        }
        for (key, value) in &raw.parameters {
            self.parameter(file, key, value, m);
        }
        self.laws(file, &raw.laws, m);
        let mut seen: BTreeMap<EntryTarget, Range<usize>> = BTreeMap::new();
        for (key, entry) in &raw.provisions {
            self.entry(file, key, entry, m, &mut seen);
        }
        let recommendations = crate::monitoring::recommendations::validate(
            &raw.recommendations,
            file,
            self.catalog,
            &mut self.diagnostics,
        );
        crate::monitoring::recommendations::merge(&mut m.recommendations, recommendations);
    }

    fn jurisdiction(&mut self, file: FileId, j: &RawJurisdiction, m: &mut Merged) {
        if let Some(code) = &j.code {
            if !valid_code(code.get_ref()) {
                self.error(
                    "bad-code",
                    file,
                    code.span(),
                    format!("`{}` is not a jurisdiction code", code.get_ref()),
                    "expected a code such as `XA` or `XA-NO`",
                    "use ISO 3166-1 alpha-2 (two capital letters), ISO 3166-2 for a sub-national unit, or a user-assigned code from XA to XZ",
                );
            }
            m.code = Some((code.get_ref().clone(), file, code.span()));
            m.jurisdiction.code = code.get_ref().clone();
        }
        let target = &mut m.jurisdiction;
        if let Some(n) = &j.name {
            target.name = n.clone();
        }
        if let Some((d, span)) = date(&j.as_of) {
            if d.contains('T') || d.contains(':') {
                self.error(
                    "bad-date",
                    file,
                    span.clone(),
                    format!("`{d}` is not a plain date"),
                    "expected YYYY-MM-DD",
                    "write dates as 2025-03-01",
                );
            }
            if let Some(year) = d.get(..4).and_then(|y| y.parse::<u32>().ok())
                && !(PLAUSIBLE_YEARS.0..=PLAUSIBLE_YEARS.1).contains(&year)
            {
                self.error(
                    "implausible-date",
                    file,
                    span.clone(),
                    format!("`{d}` is not a plausible date for the law described"),
                    "year out of range",
                    format!(
                        "as_of is the date of the legal situation, between {} and {}",
                        PLAUSIBLE_YEARS.0, PLAUSIBLE_YEARS.1
                    ),
                );
            }
            m.jurisdiction.as_of = Some(d);
        }
        let target = &mut m.jurisdiction;
        target.version = j.version.clone().or(target.version.take());
        target.stage = j.stage.or(target.stage);
        target.fictional |= j.fictional;
        target.note = j.note.clone().or(target.note.take());
    }

    fn standard_for_key(&mut self, file: FileId, key: &Spanned<String>) -> Option<usize> {
        let found = self.catalog.standard_by_name(key.get_ref());
        if found.is_none() {
            let ids: Vec<&str> = self
                .catalog
                .standards
                .iter()
                .map(|s| s.meta.id.as_str())
                .collect();
            let hint = did_you_mean(key.get_ref(), ids.iter().copied())
                .unwrap_or_else(|| format!("known treaties: {}", ids.join(", ")));
            self.error(
                "unknown-treaty",
                file,
                key.span(),
                format!("unknown treaty `{}`", key.get_ref()),
                "not a standard lexgap knows",
                hint,
            );
        }
        found
    }

    fn treaty(
        &mut self,
        file: FileId,
        key: &Spanned<String>,
        raw: &Spanned<RawTreaty>,
        m: &mut Merged,
    ) {
        let Some(s) = self.standard_for_key(file, key) else {
            return;
        };
        let std = self.catalog.standard(s);
        let t = raw.get_ref();
        self.dates(file, std, t);
        let reservations = self.clauses(file, std, &t.reservations, ClauseKind::Reservation);
        let declarations = self.clauses(file, std, &t.declarations, ClauseKind::Declaration);
        let reservation_dates = self.reservation_dates(file, t, &reservations);
        let treaty = Treaty {
            standard: std.meta.id.clone(),
            status: t.status,
            signed: date(&t.signed).map(|d| d.0),
            ratified: date(&t.ratified).map(|d| d.0),
            acceded: date(&t.acceded).map(|d| d.0),
            denounced: date(&t.denounced).map(|d| d.0),
            in_force: date(&t.in_force).map(|d| d.0),
            reservations,
            reservation_dates,
            standing: BTreeMap::new(),
            declarations,
            note: t.note.clone(),
        };
        m.reservation_spans.retain(|(std_idx, _), _| *std_idx != s);
        for c in &t.reservations {
            m.reservation_spans
                .insert((s, normalise_clause(c.get_ref())), (file, c.span()));
        }
        m.treaties.insert(s, (treaty, file));
    }

    /// A date that contradicts the status: ratified (or acceded) but only signed or not signed,
    /// signed but not signed.
    fn status_dates(&mut self, file: FileId, t: &RawTreaty) {
        use TreatyStatus::*;
        let (ratified, acceded, signed) = (date(&t.ratified), date(&t.acceded), date(&t.signed));
        let contradiction = match t.status {
            NotSigned => signed
                .map(|d| ("signed", d))
                .or(ratified.map(|d| ("ratified", d)))
                .or(acceded.map(|d| ("acceded", d))),
            Signed => ratified
                .map(|d| ("ratified", d))
                .or(acceded.map(|d| ("acceded", d))),
            _ => None,
        };
        if let Some((label, (d, span))) = contradiction {
            self.error(
                "status-date",
                file,
                span,
                format!(
                    "a {label} date ({d}) is given, but the status is `{}`",
                    t.status.as_str()
                ),
                "contradicts the status",
                format!("set status = \"{label}\" or remove the date"),
            );
        }
    }

    /// `reservation_dates`: each for a reservation the Party made, renewals after it was made.
    fn reservation_dates(
        &mut self,
        file: FileId,
        t: &RawTreaty,
        reservations: &[String],
    ) -> BTreeMap<String, ReservationDates> {
        let mut out = BTreeMap::new();
        for (key, raw) in &t.reservation_dates {
            let rel = normalise_clause(key.get_ref());
            if !reservations.contains(&rel) {
                self.error(
                    "dates-without-reservation",
                    file,
                    key.span(),
                    format!("dates are given for a reservation under {rel}, which the profile does not list"),
                    "not in `reservations`",
                    format!("add \"{rel}\" to `reservations`, or remove these dates"),
                );
            }
            let made = date(&raw.made);
            let mut renewed = Vec::new();
            for r in &raw.renewed {
                let (d, span) = (r.get_ref().to_string(), r.span());
                if let Some((m, _)) = &made
                    && d <= *m
                {
                    self.error(
                        "impossible-date",
                        file,
                        span,
                        format!("renewed on {d}, not after the reservation was made on {m}"),
                        "renewal before the reservation",
                        "check both dates",
                    );
                }
                renewed.push(d);
            }
            renewed.sort();
            out.insert(
                rel,
                ReservationDates {
                    made: made.map(|d| d.0),
                    renewed,
                },
            );
        }
        out
    }

    /// Judges every time-limited reservation at the profile's date, and warns where one has
    /// lapsed, lapses within a year, or cannot be judged for want of a date.
    fn standings(&mut self, m: &mut Merged) {
        let as_of = m.jurisdiction.as_of.clone();
        for (&s, (treaty, _)) in m.treaties.iter_mut() {
            let std = self.catalog.standard(s);
            for rel in &treaty.reservations {
                let Some(v) = std
                    .clause(ClauseKind::Reservation, rel)
                    .and_then(|c| c.validity)
                else {
                    continue;
                };
                let renewed = treaty
                    .reservation_dates
                    .get(rel)
                    .map(|d| d.renewed.clone())
                    .unwrap_or_default();
                let standing = crate::reservation::standing(
                    &v,
                    treaty.in_force.as_deref(),
                    &renewed,
                    as_of.as_deref(),
                );
                let Some((file, span)) = m.reservation_spans.get(&(s, rel.clone())) else {
                    continue;
                };
                let by = format!("{}:{}", std.meta.id, std.provisions[v.by].rel);
                let name = format!("{}:{rel}", std.meta.id);
                let warning = match &standing {
                    Standing::Lapsed { on } => Some((
                        "reservation-lapsed",
                        format!(
                            "the reservation under {name} lapsed on {on}, by the profile's date: it no longer sets anything aside ({by})"
                        ),
                        "lapsed",
                        format!(
                            "if the Party renewed it in time, record the date under [treaties.{}.reservation_dates.\"{rel}\"] renewed = [...]",
                            std.meta.id
                        ),
                    )),
                    Standing::ExpiresSoon { expires, lapses } => Some((
                        "reservation-expiring",
                        format!(
                            "the reservation under {name} expires on {expires} and lapses on {lapses} unless renewed ({by})"
                        ),
                        "expires within a year",
                        "the Party must say whether it upholds it before it expires".to_string(),
                    )),
                    Standing::RunningOn { expired, lapses } => Some((
                        "reservation-expiring",
                        format!(
                            "the reservation under {name} expired on {expired} unrenewed and lapses on {lapses} ({by})"
                        ),
                        "running on after expiry",
                        "the Party must say whether it upholds it before it lapses".to_string(),
                    )),
                    Standing::Unknown { missing } => Some((
                        "reservation-undated",
                        format!(
                            "the reservation under {name} is valid only for a limited time ({by}), but the profile has no `{missing}`, so lexgap cannot tell whether it has lapsed"
                        ),
                        "time-limited",
                        if missing == "as_of" {
                            "add as_of = YYYY-MM-DD under [jurisdiction]".to_string()
                        } else {
                            format!(
                                "add in_force = YYYY-MM-DD (entry into force for the Party) under [treaties.{}]",
                                std.meta.id
                            )
                        },
                    )),
                    Standing::Valid { .. } => None,
                };
                if let Some((code, message, label, hint)) = warning {
                    self.push(
                        Diagnostic::warning(code, message)
                            .at(*file, span.clone(), label)
                            .hint(hint),
                    );
                }
                treaty.standing.insert(rel.clone(), standing);
            }
        }
    }

    fn dates(&mut self, file: FileId, std: &Standard, t: &RawTreaty) {
        let opened = std.meta.opened.clone();
        let signed = date(&t.signed);
        for (label, d) in [
            ("signed", &signed),
            ("ratified", &date(&t.ratified)),
            ("acceded", &date(&t.acceded)),
        ] {
            let Some((value, span)) = d else { continue };
            if value.get(..4).and_then(|y| y.parse::<u32>().ok()) > Some(PLAUSIBLE_YEARS.1) {
                self.error(
                    "implausible-date",
                    file,
                    span.clone(),
                    format!("{label} on {value}: that is not a plausible date"),
                    "far in the future",
                    "check the year",
                );
                continue;
            }
            if let Some(open) = &opened
                && value < open
            {
                self.error(
                    "impossible-date",
                    file,
                    span.clone(),
                    format!(
                        "{label} on {value}, before the {} was opened for signature on {open}",
                        std.meta.short_title
                    ),
                    "too early",
                    "check the date",
                );
            }
        }
        if let (Some((s, _)), Some((r, rspan))) = (&signed, date(&t.ratified))
            && r < *s
        {
            self.error(
                "impossible-date",
                file,
                rspan,
                format!("ratified on {r}, before it was signed on {s}"),
                "ratification cannot precede signature",
                "check both dates",
            );
        }
        self.status_dates(file, t);
        if let Some((f, span)) = date(&t.in_force) {
            let joined = date(&t.ratified).or(date(&t.acceded)).map(|d| d.0);
            let problem = match (&joined, &std.meta.in_force) {
                (Some(j), _) if f < *j => Some(format!(
                    "in force for the Party on {f}, before it ratified or acceded on {j}"
                )),
                (_, Some(general)) if f < *general => Some(format!(
                    "in force for the Party on {f}, before the {} itself entered into force on {general}",
                    std.meta.short_title
                )),
                _ => None,
            };
            if let Some(message) = problem {
                self.error(
                    "impossible-date",
                    file,
                    span,
                    message,
                    "too early",
                    "in_force is the date the treaty entered into force for this Party",
                );
            }
        }
        if let (Some((d, span)), false) = (date(&t.denounced), t.status == TreatyStatus::Denounced)
        {
            self.error(
                "status-date",
                file,
                span,
                format!("a denunciation date ({d}) is given, but the status is not `denounced`"),
                "inconsistent",
                "set status = \"denounced\" or remove the date",
            );
        }
    }

    fn clauses(
        &mut self,
        file: FileId,
        std: &Standard,
        raw: &[Spanned<String>],
        kind: ClauseKind,
    ) -> Vec<String> {
        let mut out = Vec::new();
        for c in raw {
            let rel = crate::citation::parse_relative(c.get_ref())
                .map(|s| s.join("."))
                .unwrap_or_else(|| c.get_ref().clone());
            if std.clause(kind, &rel).is_some() {
                out.push(rel);
                continue;
            }
            let list: Vec<&str> = match kind {
                ClauseKind::Reservation => {
                    std.reservations.iter().map(|c| c.rel.as_str()).collect()
                }
                ClauseKind::Declaration => {
                    std.declarations.iter().map(|c| c.rel.as_str()).collect()
                }
            };
            let closing = match kind {
                ClauseKind::Reservation => &std.reservations_closed_by,
                ClauseKind::Declaration => &std.declarations_closed_by,
            };
            let by = closing
                .as_ref()
                .map(|a| format!(" (Art. {a})"))
                .unwrap_or_default();
            let permitted = if list.is_empty() {
                "none".to_string()
            } else {
                list.join(", ")
            };
            self.error(
                if kind == ClauseKind::Reservation {
                    "reservation-not-permitted"
                } else {
                    "declaration-not-permitted"
                },
                file,
                c.span(),
                format!(
                    "the {} permits no {} under {}{by}",
                    std.meta.short_title,
                    kind.as_str(),
                    c.get_ref()
                ),
                &format!("not a permitted {}", kind.as_str()),
                format!("{}s permitted{by}: {permitted}", capitalise(kind.as_str())),
            );
        }
        out
    }

    fn parameter(
        &mut self,
        file: FileId,
        key: &Spanned<String>,
        value: &Spanned<toml::Value>,
        m: &mut Merged,
    ) {
        let Some(def) = self.catalog.vocabulary.parameter(key.get_ref()) else {
            let ids = self.catalog.parameters().iter().map(|p| p.id.as_str());
            let hint = did_you_mean(key.get_ref(), ids).unwrap_or_else(|| {
                "parameters are listed in `lexgap show` output and the README".into()
            });
            self.error(
                "unknown-parameter",
                file,
                key.span(),
                format!("unknown parameter `{}`", key.get_ref()),
                "not a parameter",
                hint,
            );
            return;
        };
        let v = match (def.kind, value.get_ref()) {
            (ParamType::Integer, toml::Value::Integer(n)) => {
                self.plausible_number(file, value.span(), &def.id, &def.unit, *n);
                ParamValue::Int(*n)
            }
            (ParamType::Boolean, toml::Value::Boolean(b)) => ParamValue::Bool(*b),
            (kind, other) => {
                let (want, example) = match kind {
                    ParamType::Integer => (
                        format!("a whole number of {}", def.unit),
                        format!("{} = 18", def.id),
                    ),
                    ParamType::Boolean => {
                        ("true or false".to_string(), format!("{} = true", def.id))
                    }
                };
                self.error(
                    "parameter-type",
                    file,
                    value.span(),
                    format!("`{}` must be {want}, not {}", def.id, other.type_str()),
                    "wrong type",
                    format!("write it as `{example}`"),
                );
                return;
            }
        };
        m.parameters.insert(def.id.clone(), v);
    }

    /// Ages and periods must be positive; unusually large ones are worth a second look.
    fn plausible_number(&mut self, file: FileId, span: Range<usize>, id: &str, unit: &str, n: i64) {
        let Some((min, warn_above)) = plausible(unit) else {
            return;
        };
        if n < min {
            self.error(
                "implausible-value",
                file,
                span,
                format!("`{id} = {n}`: {unit} must be at least {min}"),
                "not a possible value",
                format!("write the number of {unit} the law sets, e.g. `{id} = 18`"),
            );
        } else if n > warn_above {
            self.push(
                Diagnostic::warning(
                    "unusual-value",
                    format!("`{id} = {n}` {unit} is unusually high"),
                )
                .at(file, span, "check this value")
                .hint(format!(
                    "values above {warn_above} {unit} are rare; check the unit"
                )),
            );
        }
    }

    fn laws(&mut self, file: FileId, raw: &[Spanned<RawLaw>], m: &mut Merged) {
        let mut here = HashSet::new();
        for law in raw {
            let l = law.get_ref();
            let id = l.id.get_ref();
            let ok = !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !ok {
                self.error(
                    "bad-law-id",
                    file,
                    l.id.span(),
                    format!("`{id}` is not a usable law id"),
                    "bad id",
                    "use letters, digits, `-` or `_`, e.g. `cc`",
                );
            }
            if !here.insert(id.clone()) {
                self.error(
                    "duplicate-law",
                    file,
                    l.id.span(),
                    format!("the law id `{id}` is declared twice"),
                    "second declaration",
                    "give each law its own id",
                );
            }
            if !m.laws.contains_key(id) {
                m.law_order.push(id.clone());
            }
            m.laws.insert(
                id.clone(),
                Law {
                    id: id.clone(),
                    title: l.title.clone(),
                    citation: l.citation.clone(),
                    url: l.url.clone(),
                },
            );
        }
    }

    fn entry(
        &mut self,
        file: FileId,
        key: &Spanned<String>,
        raw: &Spanned<RawEntry>,
        m: &mut Merged,
        seen: &mut BTreeMap<EntryTarget, Range<usize>>,
    ) {
        let target = match self.catalog.resolve(key.get_ref()) {
            Ok(t) => t,
            Err(e) => {
                let (message, hint) = reference_problem(&e);
                let code = match e {
                    crate::standard::ReferenceError::Syntax(_) => "bad-ref",
                    crate::standard::ReferenceError::Unknown { .. } => "unknown-ref",
                };
                self.error(code, file, key.span(), message, "not a provision", hint);
                return;
            }
        };
        let (s, target, reference) = match target {
            Target::Provision(s, p) => (
                s,
                EntryTarget::Provision(s, p),
                self.catalog.standard(s).reference(p),
            ),
            Target::Article(s, a) => {
                let std = self.catalog.standard(s);
                let number = &std.articles[a].number;
                let r = ProvisionRef::new(&std.meta.id, number.clone());
                match std.provision_idx(number) {
                    Some(p) => (s, EntryTarget::Provision(s, p), r),
                    None => (s, EntryTarget::Article(s, a), r),
                }
            }
            _ => {
                self.error(
                    "not-a-provision",
                    file,
                    key.span(),
                    format!("`{}` names a whole standard or chapter", key.get_ref()),
                    "too broad",
                    "give a status per article or provision, e.g. \"lanzarote:23\"",
                );
                return;
            }
        };
        if seen.insert(target, key.span()).is_some() {
            self.error(
                "duplicate-provision",
                file,
                key.span(),
                format!(
                    "`{}` is the same provision as an earlier key ({reference})",
                    key.get_ref()
                ),
                "second entry for this provision",
                "merge the two entries",
            );
            return;
        }
        let pool = self.pool(target);
        self.warn_if_not_assessable(file, key, s, &pool);
        let e = raw.get_ref();
        let known = self.check_elements(file, s, &pool, e, &reference);
        for b in &e.by {
            match b.get_ref().split_once(':') {
                Some((law, section)) if !law.is_empty() && !section.trim().is_empty() => {
                    self.pending_by.push((file, b.span(), law.to_string()))
                }
                _ => self.error(
                    "bad-citation",
                    file,
                    b.span(),
                    format!("`{}` is not a citation", b.get_ref()),
                    "expected LAW-ID:section",
                    "cite a declared law and its section, e.g. \"cc:201(1)\"",
                ),
            }
        }
        let entry = Entry {
            reference,
            status: e.status,
            by: e.by.iter().map(|b| b.get_ref().clone()).collect(),
            elements: e.elements.as_ref().map(|l| {
                let listed: Vec<String> = l.iter().map(|x| x.get_ref().clone()).collect();
                let known: Vec<&str> = known.iter().map(String::as_str).collect();
                super::aliases::canonical(&listed, &known)
            }),
            narrowing: e.narrowing.iter().map(|x| x.get_ref().clone()).collect(),
            text: e.text.clone(),
            note: e.note.clone(),
        };
        m.entries.insert(target, (entry, file, key.span()));
    }

    /// The provisions an entry covers.
    fn pool(&self, target: EntryTarget) -> Vec<usize> {
        match target {
            EntryTarget::Provision(s, p) => self.catalog.standard(s).subtree(p),
            EntryTarget::Article(s, a) => self.catalog.standard(s).articles[a].provisions.clone(),
        }
    }

    fn warn_if_not_assessable(
        &mut self,
        file: FileId,
        key: &Spanned<String>,
        s: usize,
        pool: &[usize],
    ) {
        let std = self.catalog.standard(s);
        if pool.iter().any(|&p| std.provisions[p].assessable) {
            return;
        }
        self.push(
            Diagnostic::warning(
                "not-assessable",
                format!(
                    "`{}` is not assessed: it is a definition, final clause or similar",
                    key.get_ref()
                ),
            )
            .at(file, key.span(), "nothing here is assessed")
            .hint(
                "remove the entry, or give the status on the provisions that carry the obligation",
            ),
        );
    }

    fn check_elements(
        &mut self,
        file: FileId,
        s: usize,
        pool: &[usize],
        e: &RawEntry,
        reference: &ProvisionRef,
    ) -> Vec<String> {
        let std = self.catalog.standard(s);
        let known: Vec<&str> = pool
            .iter()
            .flat_map(|&p| std.elements_of(p))
            .flat_map(|(el, _)| {
                std::iter::once(el.id.as_str()).chain(el.instead.iter().map(|x| x.id.as_str()))
            })
            .collect();
        let extra: Vec<&str> = pool
            .iter()
            .flat_map(|&p| std.additional_elements_of(p))
            .map(|el| el.id.as_str())
            .collect();
        let mut problems = Vec::new();
        let listed: Vec<String> = e
            .elements
            .iter()
            .flatten()
            .map(|x| x.get_ref().clone())
            .collect();
        let read_as = super::aliases::canonical(&listed, &known);
        for el in e.elements.iter().flatten() {
            if !known.contains(&el.get_ref().as_str()) && read_as.contains(el.get_ref()) {
                problems.push((el, "unknown-element", &known));
            }
        }
        for el in &e.narrowing {
            if !extra.contains(&el.get_ref().as_str()) {
                problems.push((el, "unknown-narrowing", &extra));
            }
        }
        for (el, code, list) in problems {
            let hint = did_you_mean(el.get_ref(), list.iter().copied()).unwrap_or_else(|| {
                if list.is_empty() {
                    "this provision lists no such elements".into()
                } else {
                    format!("elements of {reference}: {}", dedup(list).join(", "))
                }
            });
            self.error(
                code,
                file,
                el.span(),
                format!("{reference} has no element `{}`", el.get_ref()),
                "unknown element",
                hint,
            );
        }
        known.into_iter().map(str::to_string).collect()
    }

    /// A `full` entry whose provisions are checked against a parameter the profile does not
    /// state: the report cannot confirm it and shows those provisions as unknown, so say so now.
    fn unstated_parameters(&mut self, m: &Merged) {
        for (target, (entry, file, span)) in &m.entries {
            if entry.status != super::Declared::Full {
                continue;
            }
            let s = match target {
                EntryTarget::Provision(s, _) | EntryTarget::Article(s, _) => *s,
            };
            let std = self.catalog.standard(s);
            let mut missing: Vec<(String, String)> = Vec::new();
            for p in self.pool(*target) {
                if !std.provisions[p].assessable || self.nearer_entry(m, *target, s, p) {
                    continue;
                }
                let relations = std.lineage(p).into_iter().flat_map(|i| {
                    std.provisions[i]
                        .relations
                        .iter()
                        .flat_map(move |r| [(&r.parameter, i), (&r.other, i)])
                });
                let checks = std
                    .checks_of(p)
                    .into_iter()
                    .map(|(c, from)| (&c.parameter, from));
                for (param, from) in checks.chain(relations) {
                    let pair = (param.clone(), std.human_reference(from));
                    if !m.parameters.contains_key(param) && !missing.contains(&pair) {
                        missing.push(pair);
                    }
                }
            }
            if missing.is_empty() {
                continue;
            }
            let list: Vec<String> = missing
                .iter()
                .map(|(param, from)| format!("`{param}` (checked by {from})"))
                .collect();
            let first = &missing[0].0;
            self.push(
                Diagnostic::warning(
                    "unstated-parameter",
                    format!(
                        "{} is declared full, but the profile does not state {}: the report shows the provisions that depend on it as unknown",
                        entry.reference,
                        list.join(", ")
                    ),
                )
                .at(*file, span.clone(), "declared full")
                .hint(format!(
                    "state it under [parameters], e.g. {first} = ... (`lexgap show {}` says what the check needs)",
                    entry.reference
                )),
            );
        }
    }

    /// Whether a provision under `target` has an entry of its own (or on a paragraph between).
    fn nearer_entry(&self, m: &Merged, target: EntryTarget, s: usize, p: usize) -> bool {
        let std = self.catalog.standard(s);
        std.lineage(p).into_iter().any(|q| {
            let t = EntryTarget::Provision(s, q);
            t != target
                && m.entries.contains_key(&t)
                && !matches!(target, EntryTarget::Provision(_, r) if std.lineage(r).contains(&q))
        })
    }

    /// `[scope]`: the selection parses, the topics and the round exist.
    fn scope(&mut self, file: FileId, raw: &RawScope) -> super::DeclaredScope {
        if let Some(only) = &raw.only
            && let Err(e) = self.catalog.select(only.get_ref())
        {
            let (message, hint) = reference_problem(&e);
            self.error(
                "bad-scope",
                file,
                only.span(),
                message,
                "in [scope] only",
                hint,
            );
        }
        for tag in &raw.tags {
            if self.catalog.vocabulary.topic(tag.get_ref()).is_none() {
                let ids: Vec<&str> = self
                    .catalog
                    .topics()
                    .iter()
                    .map(|t| t.id.as_str())
                    .collect();
                let hint = did_you_mean(tag.get_ref(), ids.iter().copied())
                    .unwrap_or_else(|| format!("topics: {} (`lexgap topics`)", ids.join(", ")));
                self.error(
                    "bad-scope",
                    file,
                    tag.span(),
                    format!("unknown topic `{}`", tag.get_ref()),
                    "in [scope] tags",
                    hint,
                );
            }
        }
        if let Some(round) = &raw.round {
            let m = &self.catalog.monitoring;
            if m.round(round.get_ref()).is_none() {
                let ids = m.round_ids();
                let hint = did_you_mean(round.get_ref(), ids.iter().copied())
                    .unwrap_or_else(|| format!("rounds: {} (`lexgap rounds`)", ids.join(", ")));
                self.error(
                    "bad-scope",
                    file,
                    round.span(),
                    format!("unknown round `{}`", round.get_ref()),
                    "in [scope] round",
                    hint,
                );
            }
        }
        super::DeclaredScope {
            only: raw.only.as_ref().map(|o| o.get_ref().clone()),
            tags: raw.tags.iter().map(|t| t.get_ref().clone()).collect(),
            round: raw.round.as_ref().map(|r| r.get_ref().clone()),
            note: raw.note.clone(),
        }
    }

    /// Checks that need the whole chain: law ids in `by`, treaties for every entry, a code.
    fn finish(&mut self, file: FileId, raw: &RawProfile, m: &Merged) {
        for (f, span, law) in std::mem::take(&mut self.pending_by) {
            if !m.laws.contains_key(&law) && !m.unreadable_laws.contains(&law) {
                let hint = did_you_mean(&law, m.law_order.iter().map(String::as_str))
                    .unwrap_or_else(|| format!("declare it under [[laws]] with id = \"{law}\""));
                self.error(
                    "undeclared-law",
                    f,
                    span,
                    format!("the law `{law}` is not declared under [[laws]]"),
                    "undeclared law id",
                    hint,
                );
            }
        }
        for (target, (entry, f, span)) in &m.entries {
            let s = match target {
                EntryTarget::Provision(s, _) | EntryTarget::Article(s, _) => *s,
            };
            // Opinions, guidance notes and model laws apply without being ratified.
            let treaty =
                self.catalog.standard(s).meta.kind == crate::standard::StandardKind::Treaty;
            if treaty && !m.treaties.contains_key(&s) && !m.unreadable_treaties.contains(&s) {
                let id = &self.catalog.standard(s).meta.id;
                self.error(
                    "treaty-missing",
                    *f,
                    span.clone(),
                    format!(
                        "{} is assessed, but the profile has no [treaties.{id}]",
                        entry.reference
                    ),
                    "treaty not declared",
                    format!(
                        "add [treaties.{id}] with its status (ratified, signed, not-signed ...)"
                    ),
                );
            }
        }
        if m.code.is_none() && !m.unreadable_jurisdiction {
            self.error(
                "missing-code",
                file,
                raw.jurisdiction.span(),
                "the profile has no jurisdiction code".into(),
                "[jurisdiction] without `code`",
                "add code = \"XA\" (ISO 3166 code, or XA–XZ for examples)",
            );
        }
    }
}

/// A clause ref as written in a profile, in the catalog's form (`Art. 78.3` → `78.3`).
fn normalise_clause(raw: &str) -> String {
    crate::citation::parse_relative(raw)
        .map(|s| s.join("."))
        .unwrap_or_else(|| raw.to_string())
}

fn dedup<'a>(list: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for x in list {
        if !out.contains(x) {
            out.push(x);
        }
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn reference_problem(e: &crate::standard::ReferenceError) -> (String, String) {
    match e {
        crate::standard::ReferenceError::Syntax(s) => (
            format!(
                "cannot read the reference `{}`: expected {}, found {}",
                s.input,
                s.expected,
                s.input[s.offset..]
                    .chars()
                    .next()
                    .map_or("the end".into(), crate::escape::describe_char)
            ),
            "write refs like \"lanzarote:20.1.a\"".to_string(),
        ),
        crate::standard::ReferenceError::Unknown {
            message,
            suggestions,
            ..
        } => {
            let hint = if suggestions.is_empty() {
                "`lexgap show STANDARD` lists the provisions".to_string()
            } else {
                format!(
                    "did you mean {}?",
                    suggestions
                        .iter()
                        .take(6)
                        .map(|s| format!("`{s}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            (message.clone(), hint)
        }
    }
}
