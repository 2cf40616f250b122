//! The commands, as library calls: each takes a request and returns what to print.
//! The binary maps command-line arguments to requests and outcomes to exit codes.

use std::path::PathBuf;

use crate::error::Error;
use crate::output::write_output;
use crate::render::{self, Format, Style};
use crate::show;
use crate::standard::{Catalog, Target};
use crate::suggest::did_you_mean;

/// Output the caller writes to standard output as it is produced, so that a large document is
/// never held in memory whole. It holds what it writes from (a whole redline), which a caller
/// about to exit may leave to the operating system rather than free piece by piece.
pub type Stream = Box<dyn Fn(&mut dyn std::io::Write) -> std::io::Result<()>>;

/// What a command produced.
#[derive(Default)]
pub struct Outcome {
    /// Text for standard output (empty when written to `--output`).
    pub stdout: String,
    /// More for standard output, written after `stdout` as it is produced (the JSON redline).
    pub stream: Option<Stream>,
    /// Warnings and notes for standard error.
    pub stderr: String,
    /// Whether findings reached the `--fail-on` threshold (exit code 1).
    pub findings: bool,
}

impl std::fmt::Debug for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Outcome")
            .field("stdout", &self.stdout)
            .field("stream", &self.stream.as_ref().map(|_| "…"))
            .field("stderr", &self.stderr)
            .field("findings", &self.findings)
            .finish()
    }
}

/// Options every command shares.
#[derive(Clone, Debug, Default)]
pub struct Common {
    /// More standards to load.
    pub standards_dir: Option<PathBuf>,
    /// Where to write the result instead of standard output.
    pub output: Option<PathBuf>,
    /// Terminal style.
    pub style: Style,
    /// Limits on input files, and how far `extends` may reach.
    pub inputs: crate::profile::LoadOptions,
}

/// Loads the catalog (embedded standards plus `--standards-dir`), once per command.
///
/// The catalog lives as long as the process: one command loads it once, and leaving it to the
/// operating system at exit saves freeing some 40,000 strings (a tenth of `show`'s start-up).
pub fn load_catalog(common: &Common) -> Result<&'static Catalog, Error> {
    let catalog = Catalog::load_with_limit(
        common.standards_dir.as_deref(),
        common.inputs.max_input_bytes,
    )?;
    Ok(Box::leak(Box::new(catalog)))
}

fn finish(common: &Common, catalog: &Catalog, text: String) -> Result<Outcome, Error> {
    let stderr = if catalog.warnings.is_empty() {
        String::new()
    } else {
        catalog
            .sources
            .render(&catalog.warnings, common.style.color)
    };
    match &common.output {
        Some(path) => {
            write_output(path, text.as_bytes())?;
            Ok(Outcome {
                stderr,
                ..Outcome::default()
            })
        }
        None => Ok(Outcome {
            stdout: text,
            stderr,
            ..Outcome::default()
        }),
    }
}

/// Terminal text with control, bidirectional and invisible characters from the inputs shown as
/// code points (colours lexgap adds are kept when colour is on).
fn terminal(text: String, style: &Style) -> String {
    match crate::escape::terminal_output(&text, style.color) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(safe) => safe,
    }
}

/// Formats of commands that print listings.
const TEXT_FORMATS: &[Format] = &[Format::Table, Format::Md, Format::Json];
/// Formats of commands that print documents.
const DOC_FORMATS: &[Format] = &[Format::Table, Format::Md, Format::Json, Format::Html];

/// Formats of the gap report.
const REPORT_FORMATS: &[Format] = &[
    Format::Table,
    Format::Md,
    Format::Json,
    Format::Csv,
    Format::Html,
    Format::Docx,
    Format::Xlsx,
];

/// Writes a binary file (Word, Excel) to `--output`; they never go to a terminal.
fn finish_binary(common: &Common, catalog: &Catalog, bytes: &[u8]) -> Result<Outcome, Error> {
    let path = common
        .output
        .as_ref()
        .expect("checked by ensure_file_output before any work");
    write_output(path, bytes)?;
    Ok(Outcome {
        stderr: catalog
            .sources
            .render(&catalog.warnings, common.style.color),
        ..Outcome::default()
    })
}

/// Word and Excel files need `--output FILE`.
fn ensure_file_output(format: Format, common: &Common) -> Result<(), Error> {
    if format.is_binary() && common.output.is_none() {
        return Err(Error::Usage(format!(
            "a {} file cannot be shown on the terminal\nhint: add --output FILE.{}",
            if format == Format::Docx {
                "Word"
            } else {
                "Excel"
            },
            format.as_str()
        )));
    }
    Ok(())
}

/// Refuses a format a command cannot write, before any work is done.
fn ensure(format: Format, command: &str, allowed: &[Format]) -> Result<(), Error> {
    if allowed.contains(&format) {
        Ok(())
    } else {
        Err(unsupported(format, command, allowed))
    }
}

fn unsupported(format: Format, command: &str, allowed: &[Format]) -> Error {
    let list: Vec<&str> = allowed.iter().map(|f| f.as_str()).collect();
    Error::Usage(format!(
        "`{command}` cannot write {}; choose one of: {}",
        format.as_str(),
        list.join(", ")
    ))
}

/// `lexgap standards`: the standards in play, with counts.
pub fn standards(common: &Common, format: Format) -> Result<Outcome, Error> {
    ensure(format, "standards", TEXT_FORMATS)?;
    let catalog = load_catalog(common)?;
    let rows = show::standards(catalog);
    let text = match format {
        Format::Table => terminal(
            render::show::standards_table(&rows, &common.style),
            &common.style,
        ),
        Format::Md => render::show::standards_md(&rows),
        Format::Json => render::json(&rows),
        other => return Err(unsupported(other, "standards", TEXT_FORMATS)),
    };
    finish(common, catalog, text)
}

/// `lexgap topics`: every topic with its provisions per standard.
pub fn topics(common: &Common, format: Format) -> Result<Outcome, Error> {
    ensure(format, "topics", TEXT_FORMATS)?;
    let catalog = load_catalog(common)?;
    let rows = show::topics(catalog);
    let text = match format {
        Format::Table => terminal(
            render::show::topics_table(&rows, &common.style),
            &common.style,
        ),
        Format::Md => render::show::topics_md(&rows),
        Format::Json => render::json(&rows),
        other => return Err(unsupported(other, "topics", TEXT_FORMATS)),
    };
    finish(common, catalog, text)
}

/// `lexgap rounds`: the monitoring rounds and assessments, with their sources.
pub fn rounds(common: &Common, format: Format) -> Result<Outcome, Error> {
    ensure(format, "rounds", TEXT_FORMATS)?;
    let catalog = load_catalog(common)?;
    let m = &catalog.monitoring;
    let text = match format {
        Format::Table => terminal(
            render::monitoring::rounds_table(m, &common.style),
            &common.style,
        ),
        Format::Md => render::monitoring::rounds_md(m),
        Format::Json => render::json(m),
        other => return Err(unsupported(other, "rounds", TEXT_FORMATS)),
    };
    finish(common, catalog, text)
}

/// A `lexgap show` request.
#[derive(Clone, Debug)]
pub struct ShowRequest {
    /// The reference to show; `None` with a tag means every standard.
    pub reference: Option<String>,
    /// Only provisions with this topic.
    pub tag: Option<String>,
    /// Output format.
    pub format: Format,
}

/// Checks that a topic exists, suggesting the nearest ones if not.
pub fn check_topic(catalog: &Catalog, tag: &str) -> Result<(), Error> {
    if catalog.vocabulary.topic(tag).is_some() {
        return Ok(());
    }
    let ids: Vec<&str> = catalog.topics().iter().map(|t| t.id.as_str()).collect();
    let hint = did_you_mean(tag, ids.iter().copied())
        .unwrap_or_else(|| format!("topics: {}", ids.join(", ")));
    Err(Error::Usage(format!(
        "unknown topic `{tag}`\nhint: {hint} (`lexgap topics` lists them)"
    )))
}

/// `lexgap show REF`: a standard, chapter, article or provision, optionally filtered by topic.
pub fn show(common: &Common, req: &ShowRequest) -> Result<Outcome, Error> {
    ensure(req.format, "show", TEXT_FORMATS)?;
    let catalog = load_catalog(common)?;
    if let Some(tag) = &req.tag {
        check_topic(catalog, tag)?;
    }
    let view = match (&req.reference, &req.tag) {
        (Some(r), tag) => {
            let target = catalog.resolve(r)?;
            show::view(
                catalog,
                target,
                tag.as_deref(),
                &scope_name(catalog, target),
            )
        }
        (None, Some(tag)) => {
            let pool: Vec<(usize, usize)> = (0..catalog.standards.len())
                .flat_map(|s| show::provisions_under(catalog, Target::Standard(s)))
                .collect();
            show::View::Tagged(show::tagged(catalog, &pool, tag, "all standards"))
        }
        (None, None) => {
            return Err(Error::Usage(
                "name what to show, e.g. `lexgap show lanzarote:23`, or give `--tag`".into(),
            ));
        }
    };
    let text = match req.format {
        Format::Table => terminal(
            render::show::view_table(&view, &common.style),
            &common.style,
        ),
        Format::Md => render::show::view_md(&view),
        Format::Json => render::json(&view),
        other => return Err(unsupported(other, "show", TEXT_FORMATS)),
    };
    finish(common, catalog, text)
}

fn scope_name(catalog: &Catalog, target: Target) -> String {
    let std = catalog.standard(target.standard());
    match target {
        Target::Standard(_) => std.meta.short_title.clone(),
        Target::Chapter(_, c) => format!(
            "{} Chapter {}",
            std.meta.short_title, std.chapters[c].number
        ),
        Target::Article(_, a) => format!("{}:{}", std.meta.id, std.articles[a].number),
        Target::Provision(_, p) => std.reference(p).to_string(),
    }
}

/// The lowest result that counts as a finding for `--fail-on`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailOn {
    /// Gaps (`none`).
    Gap,
    /// Gaps and partial implementation.
    Partial,
    /// Gaps, partial and unknown.
    Unknown,
}

impl FailOn {
    fn hits(self, status: crate::assess::Status) -> bool {
        use crate::assess::Status;
        match self {
            FailOn::Gap => status == Status::None,
            FailOn::Partial => matches!(status, Status::None | Status::Partial),
            FailOn::Unknown => matches!(status, Status::None | Status::Partial | Status::Unknown),
        }
    }
}

/// A `lexgap report` request.
#[derive(Clone, Debug)]
pub struct ReportRequest {
    /// The profile.
    pub profile: PathBuf,
    /// Only these standards (ids or aliases).
    pub standards: Vec<String>,
    /// Only this selection.
    pub only: Option<String>,
    /// Only provisions with this topic.
    pub tag: Option<String>,
    /// Exit 1 when a mandatory provision is at or below this.
    pub fail_on: Option<FailOn>,
    /// Also list full provisions.
    pub all: bool,
    /// Add suggestions from linked provisions of other treaties.
    pub suggest: bool,
    /// Only the provisions of this monitoring round (`greta-3`).
    pub round: Option<String>,
    /// The date the report says it was generated (YYYY-MM-DD).
    pub generated: Option<String>,
    /// Output format.
    pub format: Format,
}

/// The date a report says it was generated: `--date` if given (YYYY-MM-DD), else
/// `SOURCE_DATE_EPOCH` (seconds since 1970, for reproducible builds), else `now`, in UTC.
pub fn generation_date(
    flag: Option<&str>,
    source_date_epoch: Option<&str>,
    now: std::time::SystemTime,
) -> Result<String, Error> {
    if let Some(d) = flag {
        return match d.parse::<toml::value::Datetime>() {
            Ok(dt) if dt.date.is_some() && dt.time.is_none() => Ok(d.to_string()),
            _ => Err(Error::Usage(format!(
                "`--date {d}` is not a date\nhint: write it as YYYY-MM-DD, e.g. --date 2025-03-01"
            ))),
        };
    }
    let seconds = match source_date_epoch {
        Some(s) => s.trim().parse::<u64>().map_err(|_| {
            Error::Usage(format!(
                "SOURCE_DATE_EPOCH=`{s}` is not a number of seconds since 1970\nhint: unset it, or give --date YYYY-MM-DD"
            ))
        })?,
        None => now
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
    };
    Ok(civil_date(seconds / 86_400))
}

/// The calendar date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_date(days: u64) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn scope(
    catalog: &Catalog,
    standards: &[String],
    only: Option<&str>,
    tag: Option<&str>,
) -> Result<crate::assess::Scope, Error> {
    let mut out = crate::assess::Scope::default();
    for name in standards {
        let s = catalog.standard_by_name(name).ok_or_else(|| {
            let ids: Vec<&str> = catalog
                .standards
                .iter()
                .map(|s| s.meta.id.as_str())
                .collect();
            let hint = did_you_mean(name, ids.iter().copied())
                .unwrap_or_else(|| format!("standards: {}", ids.join(", ")));
            Error::Usage(format!("unknown standard `{name}`\nhint: {hint}"))
        })?;
        out.standards.push(s);
    }
    if let Some(sel) = only {
        out.only = Some(catalog.select(sel)?);
    }
    if let Some(t) = tag {
        check_topic(catalog, t)?;
        out.tag = Some(t.to_string());
    }
    Ok(out)
}

/// Filters that leave nothing to assess are an error (exit 2), never an empty report that
/// passes a `--fail-on` gate: it names the filters that emptied the scope.
fn ensure_in_scope(
    assessments: &[&crate::assess::Assessment],
    standards: &[String],
    only: Option<&str>,
    tag: Option<&str>,
) -> Result<(), Error> {
    let any = assessments
        .iter()
        .any(|a| a.standards.iter().any(|s| !s.provisions.is_empty()));
    if any {
        return Ok(());
    }
    let mut filters: Vec<String> = standards
        .iter()
        .map(|s| format!("--standard {s}"))
        .collect();
    filters.extend(only.map(|o| format!("--only {o}")));
    filters.extend(tag.map(|t| format!("--tag {t}")));
    let message = if filters.is_empty() {
        "nothing to assess: the profile declares none of lexgap's treaties".to_string()
    } else {
        format!(
            "nothing to assess: {} select{} no provision of the treaties in the profile",
            filters.join(" with "),
            if filters.len() == 1 { "s" } else { "" }
        )
    };
    Err(Error::Usage(format!(
        "{message}\nhint: `lexgap show` lists what a reference or topic holds; check that the filters overlap"
    )))
}

/// CSV stays a plain table, so the round a result is scoped to is said on standard error.
fn csv_round_note(format: Format, round: Option<&crate::monitoring::scope::RoundScope>) -> String {
    match (format, round) {
        (Format::Csv, Some(r)) => format!("note: {}\n", r.statement().replace('\n', "\nnote: ")),
        _ => String::new(),
    }
}

/// The command-line filters of a report or comparison.
#[derive(Clone, Copy, Debug)]
struct Filters<'a> {
    standards: &'a [String],
    only: Option<&'a str>,
    tag: Option<&'a str>,
    round: Option<&'a str>,
}

impl Filters<'_> {
    /// The filters as typed, for the scope statement.
    fn words(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .standards
            .iter()
            .map(|s| format!("--standard {s}"))
            .collect();
        out.extend(self.only.map(|o| format!("--only {o}")));
        out.extend(self.tag.map(|t| format!("--tag {t}")));
        out.extend(self.round.map(|r| format!("--round {r}")));
        out
    }
}

/// The scope of a report: the command-line filters, narrowed by the scope the profile declares
/// (`[scope]`), with the statement every format prints and the round, if any.
fn full_scope(
    catalog: &Catalog,
    filters: Filters<'_>,
    declared: Option<&crate::profile::DeclaredScope>,
) -> Result<
    (
        crate::assess::Scope,
        Option<crate::monitoring::scope::RoundScope>,
    ),
    Error,
> {
    let mut scope = scope(catalog, filters.standards, filters.only, filters.tag)?;
    let mut round = filters
        .round
        .map(|id| crate::monitoring::scope::apply(catalog, id, &mut scope))
        .transpose()?;
    if let Some(d) = declared {
        if let Some(only) = &d.only {
            let set = catalog.select(only)?;
            scope.only = Some(match scope.only.take() {
                Some(o) => o.intersection(&set).copied().collect(),
                None => set,
            });
        }
        if !d.tags.is_empty() {
            let tagged = catalog.tagged_any(&d.tags);
            scope.only = Some(match scope.only.take() {
                Some(o) => o.intersection(&tagged).copied().collect(),
                None => tagged,
            });
        }
        if let Some(id) = &d.round {
            let r = crate::monitoring::scope::apply(catalog, id, &mut scope)?;
            round.get_or_insert(r);
        }
        scope.statement.push(declared_words(d));
    }
    let typed = filters.words();
    if !typed.is_empty() {
        scope
            .statement
            .push(format!("Command-line filters: {}.", typed.join(", ")));
    }
    Ok((scope, round))
}

/// A declared scope in words.
fn declared_words(d: &crate::profile::DeclaredScope) -> String {
    let mut parts = Vec::new();
    parts.extend(d.only.as_ref().map(|o| format!("only {o}")));
    if !d.tags.is_empty() {
        parts.push(format!("topics {}", d.tags.join(", ")));
    }
    parts.extend(d.round.as_ref().map(|r| format!("round {r}")));
    let mut text = format!("Scope declared in the profile: {}.", parts.join("; "));
    if let Some(note) = &d.note {
        text.push(' ');
        text.push_str(note.trim());
    }
    text
}

/// `lexgap report PROFILE`: the gap report.
pub fn report(common: &Common, req: &ReportRequest) -> Result<Outcome, Error> {
    ensure(req.format, "report", REPORT_FORMATS)?;
    ensure_file_output(req.format, common)?;
    let catalog = load_catalog(common)?;
    let loaded = load_profiles(catalog, std::slice::from_ref(&req.profile), common)?;
    let warnings = loaded.warnings_text(common.style.color);
    let profile = &loaded.profiles[0];
    let filters = Filters {
        standards: &req.standards,
        only: req.only.as_deref(),
        tag: req.tag.as_deref(),
        round: req.round.as_deref(),
    };
    let (scope, mut round) = full_scope(catalog, filters, profile.scope.as_ref())?;
    if let Some(&missing) = scope.standards.iter().find(|&&s| {
        !profile.treaties.contains_key(&s)
            && catalog.standard(s).meta.kind == crate::standard::StandardKind::Treaty
    }) {
        let id = &catalog.standard(missing).meta.id;
        let covered: Vec<&str> = profile
            .treaties
            .values()
            .map(|t| t.standard.as_str())
            .collect();
        return Err(Error::Usage(format!(
            "the profile has no [treaties.{id}], so there is nothing to report for it\nhint: the profile covers: {}",
            covered.join(", ")
        )));
    }
    let mut assessment = crate::assess::assess(catalog, profile, &scope);
    assessment.generated = req.generated.clone();
    ensure_in_scope(
        &[&assessment],
        &req.standards,
        req.only.as_deref(),
        req.tag.as_deref(),
    )?;
    if let Some(r) = &mut round {
        r.add_coverage(&assessment);
    }
    let listing = render::report::Listing {
        all: req.all,
        suggest: req.suggest,
    };
    let findings = req.fail_on.is_some_and(|f| {
        assessment
            .standards
            .iter()
            .flat_map(|s| &s.provisions)
            .any(|r| r.mandatory && f.hits(r.status))
    });
    let binary = match req.format {
        Format::Docx => Some(render::docx::report_docx(&assessment, listing)),
        Format::Xlsx => Some(
            render::xlsx::report_xlsx(&assessment, listing)
                .map_err(|e| Error::Io(format!("cannot make the Excel workbook: {e}")))?,
        ),
        _ => None,
    };
    if let Some(bytes) = binary {
        let mut outcome = finish_binary(common, catalog, &bytes)?;
        outcome.stderr.push_str(&warnings);
        outcome.findings = findings;
        return Ok(outcome);
    }
    let text = match req.format {
        Format::Table => terminal(
            render::report::report_table(&assessment, listing, &common.style),
            &common.style,
        ),
        Format::Md => render::report::report_md(&assessment, listing),
        Format::Json => render::json(&assessment),
        Format::Csv => render::report::report_csv(&assessment),
        Format::Html => render::report::report_html(&assessment, listing),
        Format::Docx
        | Format::Xlsx
        | Format::SynopsisHtml
        | Format::SynopsisMd
        | Format::Instructions => unreachable!("written above or refused"),
    };
    let text = render::monitoring::decorate(text, req.format, round.as_ref());
    let review = crate::monitoring::followup::review(profile, &assessment);
    let text = render::monitoring::with_review(text, req.format, review.as_ref(), &common.style);
    let mut outcome = finish(common, catalog, text)?;
    outcome.stderr.push_str(&warnings);
    outcome
        .stderr
        .push_str(&csv_round_note(req.format, round.as_ref()));
    outcome.findings = findings;
    Ok(outcome)
}

/// `lexgap check PROFILE...`: validation only; every problem in every profile is reported.
pub fn check(common: &Common, profiles: &[PathBuf], json: bool) -> Result<Outcome, Error> {
    let catalog = load_catalog(common)?;
    let loaded = match load_profiles(catalog, profiles, common) {
        Err(Error::Input {
            sources,
            diagnostics,
        }) if json => {
            return Err(Error::Json(render::json(
                &serde_json::json!({ "valid": false, "profiles": profiles.len(), "diagnostics": sources.to_json(&diagnostics) }),
            )));
        }
        other => other?,
    };
    let stdout = if json {
        render::json(
            &serde_json::json!({ "valid": true, "profiles": profiles.len(), "diagnostics": loaded.sources.to_json(&loaded.warnings) }),
        )
    } else {
        profiles
            .iter()
            .zip(&loaded.profiles)
            .map(|(path, p)| {
                format!(
                    "ok: {} ({} {})\n",
                    crate::escape::terminal(&path.display().to_string()),
                    p.jurisdiction.code,
                    crate::escape::terminal(&p.jurisdiction.name.replace(['\n', '\r'], " "))
                )
            })
            .collect()
    };
    Ok(Outcome {
        stdout,
        stderr: loaded.warnings_text(common.style.color),
        ..Outcome::default()
    })
}

/// A `lexgap init` request.
#[derive(Clone, Debug)]
pub struct InitRequest {
    /// Standards to include (ids or aliases).
    pub standards: Vec<String>,
    /// Only this selection (also written as the profile's `[scope]`).
    pub only: Option<String>,
    /// Only provisions with this topic (likewise).
    pub tag: Option<String>,
    /// Jurisdiction code.
    pub code: String,
    /// Jurisdiction name.
    pub name: String,
}

/// `lexgap init`: a profile skeleton that is a questionnaire over every assessable provision.
pub fn init(common: &Common, req: &InitRequest) -> Result<Outcome, Error> {
    if !crate::profile::valid_code(&req.code) {
        let upper = req.code.to_uppercase();
        let hint = if crate::profile::valid_code(&upper) {
            format!("did you mean `{upper}`? codes are written in capitals")
        } else {
            "use ISO 3166-1 alpha-2 (two capital letters), ISO 3166-2 for a sub-national unit, or a user-assigned code from XA to XZ".into()
        };
        return Err(Error::Usage(format!(
            "`{}` is not a jurisdiction code\nhint: {hint}",
            req.code
        )));
    }
    let catalog = load_catalog(common)?;
    let mut scope = scope(
        catalog,
        &req.standards,
        req.only.as_deref(),
        req.tag.as_deref(),
    )?;
    if let Some(tag) = &scope.tag {
        let tagged = catalog.tagged_any(std::slice::from_ref(tag));
        scope.only = Some(match scope.only.take() {
            Some(o) => o.intersection(&tagged).copied().collect(),
            None => tagged,
        });
    }
    if let Some(set) = &scope.only {
        if !scope.standards.is_empty() {
            let keep = scope.standards.clone();
            scope.only = Some(
                set.iter()
                    .filter(|(s, _)| keep.contains(s))
                    .copied()
                    .collect(),
            );
        } else {
            scope.standards = set.iter().map(|&(s, _)| s).collect();
            scope.standards.dedup();
        }
    }
    if scope.standards.is_empty() {
        return Err(Error::Usage(
            "name at least one standard, e.g. `--standard lanzarote`, or a selection with `--only`"
                .into(),
        ));
    }
    let selection = crate::questionnaire::Selection {
        provisions: scope.only.as_ref(),
        only: req.only.as_deref(),
        tag: req.tag.as_deref(),
    };
    let text =
        crate::questionnaire::skeleton(catalog, &scope.standards, &req.code, &req.name, &selection);
    finish(common, catalog, text)
}

/// `lexgap schema`: the JSON Schema of the profile format.
pub fn schema(common: &Common) -> Result<Outcome, Error> {
    let catalog = load_catalog(common)?;
    finish(
        common,
        catalog,
        render::json(&crate::profile::json_schema()),
    )
}

/// Validated profiles with the warnings found while loading them.
struct Loaded {
    profiles: Vec<crate::profile::Profile>,
    sources: crate::diagnostic::Sources,
    warnings: Vec<crate::diagnostic::Diagnostic>,
}

impl Loaded {
    fn warnings_text(&self, color: bool) -> String {
        self.sources.render(&self.warnings, color)
    }
}

/// Loads several profiles on all cores, collecting every problem of every file in the order
/// the files were named.
fn load_profiles(catalog: &Catalog, paths: &[PathBuf], common: &Common) -> Result<Loaded, Error> {
    use rayon::prelude::*;
    let load_one = |path: &PathBuf| {
        let mut own = crate::diagnostic::Sources::new();
        let result = crate::profile::load(path, catalog, &mut own, &common.inputs);
        (own, result)
    };
    // One or two profiles (report, diff) are not worth starting a thread pool for.
    let results: Vec<_> = if paths.len() > 2 {
        paths.par_iter().map(load_one).collect()
    } else {
        paths.iter().map(load_one).collect()
    };
    let mut sources = crate::diagnostic::Sources::new();
    let mut problems = Vec::new();
    let mut profiles = Vec::new();
    for (own, result) in results {
        let shift = sources.absorb(own);
        let (found, profile) = match result {
            Ok((profile, warnings)) => (warnings, Some(profile)),
            Err(diagnostics) => (diagnostics, None),
        };
        problems.extend(found.into_iter().map(|d| d.shifted(shift)));
        profiles.extend(profile);
    }
    if problems.iter().any(|d| d.is_error()) {
        return Err(Error::Input {
            sources,
            diagnostics: problems,
        });
    }
    Ok(Loaded {
        profiles,
        sources,
        warnings: problems,
    })
}

/// Profiles named on the command line plus every `*.toml` in `dir`, sorted, without repeats.
fn profile_paths(paths: &[PathBuf], dir: Option<&std::path::Path>) -> Result<Vec<PathBuf>, Error> {
    let mut out: Vec<PathBuf> = paths.to_vec();
    if let Some(d) = dir {
        let entries = std::fs::read_dir(d)
            .map_err(|e| Error::Io(format!("cannot read the folder {}: {e}", d.display())))?;
        let mut found: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        found.sort();
        out.extend(found);
    }
    out.dedup();
    if out.is_empty() {
        return Err(Error::Usage(
            "name the profiles to compare, or a folder with --dir".into(),
        ));
    }
    Ok(out)
}

/// A `lexgap compare` request.
#[derive(Clone, Debug)]
pub struct CompareRequest {
    /// Profiles.
    pub profiles: Vec<PathBuf>,
    /// A folder of profiles.
    pub dir: Option<PathBuf>,
    /// Rows per article instead of per provision.
    pub by_article: bool,
    /// Column order.
    pub sort: crate::compare::SortBy,
    /// Only these standards.
    pub standards: Vec<String>,
    /// Only this selection.
    pub only: Option<String>,
    /// Only this topic.
    pub tag: Option<String>,
    /// Only the provisions of this monitoring round (`greta-3`).
    pub round: Option<String>,
    /// A recommendation × jurisdiction follow-up matrix instead of provisions.
    pub recommendations: bool,
    /// Only rows where some jurisdiction falls short.
    pub gaps: bool,
    /// Only the newest version (by `as_of`) of each jurisdiction code.
    pub latest: bool,
    /// CSV in long form: one row per jurisdiction × provision, with reasons.
    pub long: bool,
    /// The date the workbook says it was made (YYYY-MM-DD).
    pub generated: Option<String>,
    /// Output format.
    pub format: Format,
}

/// Keeps the newest version (latest `as_of`; undated counts as oldest) of each jurisdiction
/// code, in the given order; returns a note naming the versions left out.
fn keep_latest(profiles: &mut Vec<crate::profile::Profile>) -> String {
    let newest = |code: &str| {
        profiles
            .iter()
            .enumerate()
            .filter(|(_, p)| p.jurisdiction.code == code)
            .max_by(|(i, a), (j, b)| {
                (&a.jurisdiction.as_of, std::cmp::Reverse(*i))
                    .cmp(&(&b.jurisdiction.as_of, std::cmp::Reverse(*j)))
            })
            .map(|(i, _)| i)
    };
    let keep: Vec<bool> = profiles
        .iter()
        .enumerate()
        .map(|(i, p)| newest(&p.jurisdiction.code) == Some(i))
        .collect();
    let mut note = String::new();
    for (p, _) in profiles.iter().zip(&keep).filter(|(_, k)| !**k) {
        note.push_str(&format!(
            "note: --latest leaves out {} as of {} ({})\n",
            p.jurisdiction.code,
            p.jurisdiction
                .as_of
                .as_deref()
                .unwrap_or("an undated version"),
            p.jurisdiction
                .files
                .first()
                .map(|f| crate::escape::terminal(&f.display().to_string()).into_owned())
                .unwrap_or_default()
        ));
    }
    let mut flags = keep.into_iter();
    profiles.retain(|_| flags.next().unwrap_or(true));
    note
}

/// A note naming the profiles whose declared scope `compare` does not apply.
fn declared_scopes_ignored(profiles: &[crate::profile::Profile]) -> String {
    let codes: Vec<&str> = profiles
        .iter()
        .filter(|p| p.scope.is_some())
        .map(|p| p.jurisdiction.code.as_str())
        .collect();
    if codes.is_empty() {
        return String::new();
    }
    format!(
        "note: {} declare{} a [scope]; compare applies only the command-line filters, the same for every jurisdiction, so that the scores count the same provisions\n",
        codes.join(", "),
        if codes.len() == 1 { "s" } else { "" }
    )
}

/// `lexgap compare`: the matrix of provisions × jurisdictions.
pub fn compare(common: &Common, req: &CompareRequest) -> Result<Outcome, Error> {
    ensure(
        req.format,
        "compare",
        &[
            Format::Table,
            Format::Md,
            Format::Json,
            Format::Csv,
            Format::Html,
            Format::Xlsx,
        ],
    )?;
    ensure_file_output(req.format, common)?;
    let catalog = load_catalog(common)?;
    let filters = Filters {
        standards: &req.standards,
        only: req.only.as_deref(),
        tag: req.tag.as_deref(),
        round: req.round.as_deref(),
    };
    // One scope for every column, so that the scores count the same provisions.
    let (scope, mut round) = full_scope(catalog, filters, None)?;
    if req.long && req.format != Format::Csv {
        return Err(Error::Usage(
            "--long lays the matrix out as one CSV row per jurisdiction and provision\nhint: add --format csv".into(),
        ));
    }
    let paths = profile_paths(&req.profiles, req.dir.as_deref())?;
    let mut loaded = load_profiles(catalog, &paths, common)?;
    let mut warnings = loaded.warnings_text(common.style.color);
    if req.latest {
        warnings.push_str(&keep_latest(&mut loaded.profiles));
    }
    warnings.push_str(&declared_scopes_ignored(&loaded.profiles));
    if req.recommendations {
        let m = crate::monitoring::followup::matrix(&loaded.profiles, req.round.as_deref());
        let text = match req.format {
            Format::Table => terminal(
                render::monitoring::matrix_table(&m, &common.style),
                &common.style,
            ),
            Format::Md => render::monitoring::matrix_md(&m),
            Format::Json => render::json(&m),
            Format::Csv => render::monitoring::matrix_csv(&m),
            Format::Html => render::monitoring::matrix_html(&m),
            other => {
                return Err(unsupported(
                    other,
                    "compare --recommendations",
                    &[
                        Format::Table,
                        Format::Md,
                        Format::Json,
                        Format::Csv,
                        Format::Html,
                    ],
                ));
            }
        };
        let mut outcome = finish(common, catalog, text)?;
        outcome.stderr.push_str(&warnings);
        return Ok(outcome);
    }
    let assessments: Vec<_> = loaded
        .profiles
        .iter()
        .map(|p| crate::assess::assess(catalog, p, &scope))
        .collect();
    ensure_in_scope(
        &assessments.iter().collect::<Vec<_>>(),
        &req.standards,
        req.only.as_deref(),
        req.tag.as_deref(),
    )?;
    if let Some(r) = &mut round {
        assessments.iter().for_each(|a| r.add_coverage(a));
    }
    let granularity = if req.by_article {
        crate::compare::Granularity::Article
    } else {
        crate::compare::Granularity::Provision
    };
    let options = crate::compare::Options {
        granularity,
        sort: req.sort,
        gaps: req.gaps,
    };
    let matrix = crate::compare::compare(catalog, &assessments, options);
    if req.format == Format::Xlsx {
        let bytes = render::xlsx::compare_xlsx(&matrix, req.generated.as_deref())
            .map_err(|e| Error::Io(format!("cannot make the Excel workbook: {e}")))?;
        let mut outcome = finish_binary(common, catalog, &bytes)?;
        outcome.stderr.push_str(&warnings);
        return Ok(outcome);
    }
    let text = match req.format {
        Format::Table => terminal(
            render::compare::compare_table(&matrix, &common.style),
            &common.style,
        ),
        Format::Md => render::compare::compare_md(&matrix),
        Format::Json => render::json(&matrix),
        Format::Csv if req.long => render::compare::compare_csv_long(&matrix),
        Format::Csv => render::compare::compare_csv(&matrix),
        Format::Html => render::compare::compare_html(&matrix),
        Format::Docx
        | Format::Xlsx
        | Format::SynopsisHtml
        | Format::SynopsisMd
        | Format::Instructions => {
            unreachable!("refused or written above")
        }
    };
    let text = render::monitoring::decorate(text, req.format, round.as_ref());
    let mut outcome = finish(common, catalog, text)?;
    outcome.stderr.push_str(&warnings);
    outcome
        .stderr
        .push_str(&csv_round_note(req.format, round.as_ref()));
    Ok(outcome)
}

/// A `lexgap diff` request.
#[derive(Clone, Debug)]
pub struct DiffRequest {
    /// The old version.
    pub old: PathBuf,
    /// The new version.
    pub new: PathBuf,
    /// Only these standards.
    pub standards: Vec<String>,
    /// Only this selection.
    pub only: Option<String>,
    /// Only this topic.
    pub tag: Option<String>,
    /// Exit 1 when a mandatory provision regressed.
    pub fail_on_regression: bool,
    /// One row per article and status change instead of per provision.
    pub by_article: bool,
    /// Output format.
    pub format: Format,
}

/// `lexgap diff OLD NEW`: what a new version of a profile changes.
pub fn diff(common: &Common, req: &DiffRequest) -> Result<Outcome, Error> {
    ensure(req.format, "diff", DOC_FORMATS)?;
    let catalog = load_catalog(common)?;
    let filters = Filters {
        standards: &req.standards,
        only: req.only.as_deref(),
        tag: req.tag.as_deref(),
        round: None,
    };
    // Both versions are assessed over the same provisions: the command-line filters only.
    let (scope, _) = full_scope(catalog, filters, None)?;
    let loaded = load_profiles(catalog, &[req.old.clone(), req.new.clone()], common)?;
    let warnings = loaded.warnings_text(common.style.color);
    let profiles = &loaded.profiles;
    let (old, new) = (&profiles[0], &profiles[1]);
    let (a, b) = (
        crate::assess::assess(catalog, old, &scope),
        crate::assess::assess(catalog, new, &scope),
    );
    ensure_in_scope(
        &[&a, &b],
        &req.standards,
        req.only.as_deref(),
        req.tag.as_deref(),
    )?;
    let granularity = if req.by_article {
        crate::compare::Granularity::Article
    } else {
        crate::compare::Granularity::Provision
    };
    let d = crate::diff::diff(catalog, (old, &a), (new, &b), granularity);
    let follow_up = crate::monitoring::followup::changes(old, new);
    let mut warnings = warnings;
    if old.jurisdiction.code != new.jurisdiction.code {
        warnings.push_str(&format!(
            "warning: the two profiles describe different jurisdictions ({} and {}); `lexgap compare` sets countries side by side\n",
            old.jurisdiction.code, new.jurisdiction.code
        ));
    }
    let text = match req.format {
        Format::Table => terminal(render::diff::diff_table(&d, &common.style), &common.style),
        Format::Md => render::diff::diff_md(&d),
        Format::Json => render::json(&d),
        Format::Html => render::diff::diff_html(&d),
        other => return Err(unsupported(other, "diff", DOC_FORMATS)),
    };
    let text = render::monitoring::with_changes(text, req.format, &follow_up);
    let mut outcome = finish(common, catalog, text)?;
    outcome.stderr.push_str(&warnings);
    outcome.findings = req.fail_on_regression && d.has_regression();
    Ok(outcome)
}

/// A `lexgap redline` request.
#[derive(Clone, Debug)]
pub struct RedlineRequest {
    /// The old text.
    pub old: PathBuf,
    /// The new text.
    pub new: PathBuf,
    /// A profile whose citations of `law` to check against the changes.
    pub profile: Option<PathBuf>,
    /// The law id (declared in the profile) the texts are versions of.
    pub law: Option<String>,
    /// Output format.
    pub format: Format,
    /// `--unit`: the heading pattern of the texts' units.
    pub unit: Option<String>,
    /// `--old-label`: the old text's name in the output.
    pub old_label: Option<String>,
    /// `--new-label`: the new text's name in the output.
    pub new_label: Option<String>,
    /// `--context section`: show changed sections whole.
    pub whole_sections: bool,
    /// `--lang`: the drafting style of `--format instructions`.
    pub lang: Option<crate::redline::instructions::Lang>,
    /// `--ignore-layout`: leave changes of layout alone out of the instructions.
    pub ignore_layout: bool,
    /// `--author`: the author of the tracked changes of the Word output.
    pub author: Option<String>,
    /// `--date`: the date of the tracked changes of the Word output (YYYY-MM-DD).
    pub date: Option<String>,
    /// The `SOURCE_DATE_EPOCH` environment variable, if set.
    pub source_date_epoch: Option<String>,
}

/// The date of the tracked changes in a Word redline, `YYYY-MM-DDThh:mm:ssZ`: `--date`, else
/// `SOURCE_DATE_EPOCH`, else the time the new text was last modified, so that the same files
/// give the same document byte for byte (the clock would not).
fn revision_date(req: &RedlineRequest) -> Result<String, Error> {
    if req.date.is_some() || req.source_date_epoch.is_some() {
        let day = generation_date(
            req.date.as_deref(),
            req.source_date_epoch.as_deref(),
            std::time::UNIX_EPOCH,
        )?;
        let seconds = match (&req.date, &req.source_date_epoch) {
            (None, Some(s)) => s.trim().parse::<u64>().unwrap_or(0) % 86_400,
            _ => 0,
        };
        return Ok(format!("{day}T{}Z", clock_time(seconds)));
    }
    let modified = std::fs::metadata(&req.new)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    Ok(format!(
        "{}T{}Z",
        civil_date(modified / 86_400),
        clock_time(modified % 86_400)
    ))
}

/// `hh:mm:ss` of a number of seconds into a day.
fn clock_time(seconds: u64) -> String {
    format!(
        "{:02}:{:02}:{:02}",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// The options of a redline request, the `--unit` pattern checked.
fn redline_options(req: &RedlineRequest) -> Result<crate::redline::Options, Error> {
    let unit = match &req.unit {
        None => None,
        Some(p) => Some(crate::redline::Regex::new(p).map_err(|e| {
            Error::Usage(format!(
                "--unit {p:?} is not a valid pattern: {e}\nhint: e.g. --unit '^Regulation (\\d+)' (the first group is the number)"
            ))
        })?),
    };
    Ok(crate::redline::Options {
        unit,
        whole_sections: req.whole_sections,
    })
}

/// The names of the two texts: the labels given, else the file names.
fn redline_view(req: &RedlineRequest) -> render::redline::View {
    let name = |label: &Option<String>, path: &std::path::Path| {
        label.clone().unwrap_or_else(|| {
            path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        })
    };
    render::redline::View {
        old_name: Some(name(&req.old_label, &req.old)),
        new_name: Some(name(&req.new_label, &req.new)),
    }
}

fn read_text(path: &std::path::Path, max_bytes: u64) -> Result<crate::input::Text, Error> {
    let bytes = crate::input::read_mapped(path, max_bytes).map_err(|e| {
        Error::Io(format!(
            "cannot read {}: {e}\nhint: {}",
            path.display(),
            e.hint()
        ))
    })?;
    // A Word document: its text as a reader sees it, tracked changes accepted.
    if crate::word::is_zip(&bytes) {
        let text = crate::word::docx_text(&bytes, max_bytes).map_err(|e| {
            Error::Io(format!(
                "cannot read {}: {e}\nhint: give a Word document (.docx) or a plain text file",
                path.display()
            ))
        })?;
        return Ok(crate::input::Text::from(text));
    }
    crate::input::decode_text(bytes).map_err(|bad| {
        let mut sources = crate::diagnostic::Sources::new();
        let diagnostics = vec![bad.diagnostic(path, &mut sources)];
        Error::Input {
            diagnostics,
            sources,
        }
    })
}

/// `lexgap redline OLD NEW`: a section-aware redline of two versions of a bill; with
/// `--profile P --law ID`, the treaty provisions whose evidence cites a touched section.
pub fn redline(common: &Common, req: &RedlineRequest) -> Result<Outcome, Error> {
    const REDLINE_FORMATS: &[Format] = &[
        Format::Table,
        Format::Md,
        Format::Json,
        Format::Html,
        Format::Csv,
        Format::SynopsisHtml,
        Format::SynopsisMd,
        Format::Docx,
        Format::Instructions,
    ];
    ensure(req.format, "redline", REDLINE_FORMATS)?;
    ensure_file_output(req.format, common)?;
    if (req.lang.is_some() || req.ignore_layout) && req.format != Format::Instructions {
        let flag = if req.lang.is_some() {
            "--lang sets the drafting style of"
        } else {
            "--ignore-layout leaves changes of layout out of"
        };
        return Err(Error::Usage(format!(
            "{flag} amending instructions\nhint: add --format instructions"
        )));
    }
    let opts = redline_options(req)?;
    let view = redline_view(req);
    let limit = common.inputs.max_input_bytes;
    let (old, new) = (read_text(&req.old, limit)?, read_text(&req.new, limit)?);
    let affected = match (&req.profile, &req.law) {
        (Some(p), Some(law)) => {
            let catalog = load_catalog(common)?;
            let loaded = load_profiles(catalog, std::slice::from_ref(p), common)?;
            let profile = &loaded.profiles[0];
            if !profile.laws.iter().any(|l| &l.id == law) {
                let ids: Vec<&str> = profile.laws.iter().map(|l| l.id.as_str()).collect();
                let hint = did_you_mean(law, ids.iter().copied()).unwrap_or_else(|| format!("laws in the profile: {}", ids.join(", ")));
                return Err(Error::Usage(format!("the profile declares no law `{law}`\nhint: {hint}")));
            }
            Some((profile.clone(), law.clone()))
        }
        (None, None) => None,
        _ => return Err(Error::Usage("--profile and --law go together: the profile, and the id of the law the texts are versions of".into())),
    };
    // Instructions give the new text with the old front matter and title notes: their
    // redline is of that text, so that they need no second one.
    let instructed = match req.format {
        Format::Instructions => crate::redline::instructions::instructed_text(&old, &new),
        _ => std::borrow::Cow::Borrowed(&new[..]),
    };
    let r = crate::redline::redline_with(&old, &instructed, &opts);
    if req.format == Format::Docx {
        let tracking = render::redline_docx::Tracking {
            author: req.author.clone().unwrap_or_else(|| "lexgap".into()),
            date: revision_date(req)?,
        };
        let bytes = render::redline_docx::redline_docx(&r, &old, &new, &tracking);
        let path = common
            .output
            .as_ref()
            .expect("checked by ensure_file_output");
        write_output(path, &bytes)?;
        return Ok(Outcome {
            stderr: render::redline::redline_warnings(&r),
            ..Outcome::default()
        });
    }
    if req.format == Format::Json && affected.is_none() && common.output.is_none() {
        // Megabytes for a whole code: written as it is produced rather than built first.
        return Ok(Outcome {
            stream: Some(Box::new(move |out| {
                let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
                render::redline::write_redline_json(&r, &mut buffered)?;
                std::io::Write::flush(&mut buffered)
            })),
            ..Outcome::default()
        });
    }
    let impact = affected
        .as_ref()
        .map(|(p, law)| crate::impact::affected(p, law, &r));
    let (lang, lang_note) = instructions_lang(req.lang, &r.structure);
    let text = match req.format {
        Format::Table => terminal(
            render::redline::redline_table_view(&r, common.style.color, &view)
                + &render::impact::impact_text(impact.as_deref()),
            &common.style,
        ),
        Format::Md => {
            render::redline::redline_md_view(&r, &view)
                + &render::impact::impact_md(impact.as_deref())
        }
        Format::Html => render::impact::with_impact_html(
            render::redline::redline_html_view(&r, &view),
            impact.as_deref(),
        ),
        Format::Csv => render::redline::redline_csv(&r),
        Format::SynopsisHtml => render::synopsis::synopsis_html(&r, &old, &new, &view),
        Format::SynopsisMd => render::synopsis::synopsis_md(&r, &old, &new, &view),
        Format::Instructions => render::instructions::instructions_text(
            &old,
            &instructed,
            &r,
            lang,
            opts.unit.as_ref(),
            if req.ignore_layout {
                crate::redline::instructions::Layout::Words
            } else {
                crate::redline::instructions::Layout::Exact
            },
        ),
        Format::Json => match &impact {
            None => render::redline::redline_json(&r),
            Some(list) => {
                let mut v = serde_json::to_value(&r).expect("a redline is JSON");
                if let Some(obj) = v.as_object_mut() {
                    obj.insert(
                        "affected_provisions".into(),
                        serde_json::to_value(list).expect("JSON"),
                    );
                }
                render::json(&v)
            }
        },
        other => return Err(unsupported(other, "redline", REDLINE_FORMATS)),
    };
    // Formats whose body has no place for the redline's warnings give them on standard error.
    let stderr = match req.format {
        Format::Csv => render::redline::redline_warnings(&r),
        Format::Instructions => {
            use crate::redline::instructions::{front_matter_change, title_notes_change};
            let front = front_matter_change(&old, &new)
                .map(|c| render::instructions::front_matter_note(&c));
            let notes =
                title_notes_change(&old, &new).map(|c| render::instructions::title_notes_note(&c));
            let layout = crate::redline::instructions::layout_only_changes(&old, &instructed, &r);
            let layout = (!req.ignore_layout && !layout.is_empty())
                .then(|| render::instructions::layout_note(&layout));
            render::redline::redline_warnings(&r)
                + front.as_deref().unwrap_or_default()
                + notes.as_deref().unwrap_or_default()
                + layout.as_deref().unwrap_or_default()
                + lang_note.as_deref().unwrap_or_default()
        }
        _ => String::new(),
    };
    match &common.output {
        Some(path) => {
            write_output(path, text.as_bytes())?;
            Ok(Outcome {
                stderr,
                ..Outcome::default()
            })
        }
        None => Ok(Outcome {
            stdout: text,
            stderr,
            ..Outcome::default()
        }),
    }
}

/// The drafting style of amending instructions: `--lang`, else the language of the texts
/// where lexgap has its drafting style ([`Lang::of_style`]), else English, with a note saying
/// so for standard error.
///
/// [`Lang::of_style`]: crate::redline::instructions::Lang::of_style
fn instructions_lang(
    chosen: Option<crate::redline::instructions::Lang>,
    structure: &crate::redline::Structure,
) -> (crate::redline::instructions::Lang, Option<String>) {
    use crate::redline::instructions::Lang;
    if let Some(lang) = chosen {
        return (lang, None);
    }
    if let Some(lang) = Lang::of_style(&structure.style_id) {
        return (lang, None);
    }
    let language = structure
        .style
        .split(" (")
        .next()
        .unwrap_or(&structure.style);
    let note = format!(
        "note: the texts read as {language}, and lexgap words amending instructions in \
         English, German, French, Dutch and Polish only: these are in English\n\
         hint: --lang en, de, fr, nl or pl chooses the language\n"
    );
    (Lang::En, Some(note))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generation_date_comes_from_the_flag_the_epoch_or_the_clock() {
        let now = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000);
        assert_eq!(
            generation_date(Some("2025-03-01"), Some("0"), now).unwrap(),
            "2025-03-01"
        );
        assert_eq!(generation_date(None, Some("0"), now).unwrap(), "1970-01-01");
        assert_eq!(
            generation_date(None, Some("951782400"), now).unwrap(),
            "2000-02-29"
        );
        assert_eq!(generation_date(None, None, now).unwrap(), "2023-11-14");
        assert!(generation_date(Some("1 March"), None, now).is_err());
        assert!(generation_date(None, Some("soon"), now).is_err());
    }
}
