//! The `lexgap` command: parses arguments, calls the library, maps results to exit codes
//! (0 success, 1 findings at or above `--fail-on`, 2 bad input or usage).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use lexgap::app::{
    self, Common, CompareRequest, DiffRequest, FailOn, InitRequest, Outcome, RedlineRequest,
    ReportRequest, ShowRequest,
};
use lexgap::render::{Format, Style};

/// Check national legislation against Council of Europe treaties.
///
/// lexgap holds article-by-article models of the Lanzarote Convention (CETS 201), the Budapest
/// Convention on Cybercrime (ETS 185) and related treaties. Refer to provisions as
/// `lanzarote:20.1.a`, `Lanzarote Art. 20(1)(a)` or `Article 20 paragraph 1 letter a of CETS 201`.
#[derive(Parser)]
#[command(
    name = "lexgap",
    version,
    max_term_width = 100,
    after_help = "Exit codes: 0 success; 1 findings at or above --fail-on; 2 bad input or usage.\nExample data (fictional countries): jurisdictions/. Start with: lexgap report jurisdictions/xa-examplia.toml"
)]
struct Cli {
    /// Also load the standards (*.toml) in this folder, in the same format as the built-in ones.
    #[arg(long, global = true, value_name = "DIR")]
    standards_dir: Option<PathBuf>,
    /// When to use colour (NO_COLOR turns it off for `auto`).
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// The largest input file lexgap reads (profiles, standards, bill texts), e.g. `64M`.
    #[arg(long, global = true, value_name = "SIZE", default_value = "16M", value_parser = lexgap::input::parse_size)]
    max_input_size: u64,
    /// The folder that `extends` in profiles may reach into (default: the profile's own folder).
    #[arg(long, global = true, value_name = "DIR")]
    extends_root: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Table,
    Md,
    Json,
    Csv,
    Html,
    /// Word document (report; redline with tracked changes; needs --output).
    Docx,
    /// Excel workbook (report, compare; needs --output).
    Xlsx,
    /// Synopsis of a redline: old | new | change, per unit (HTML, A4 landscape).
    SynopsisHtml,
    /// Synopsis of a redline as a Markdown table.
    SynopsisMd,
    /// Amending instructions (redline; --lang en, de, fr, nl or pl).
    Instructions,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Table => Format::Table,
            FormatArg::Md => Format::Md,
            FormatArg::Json => Format::Json,
            FormatArg::Csv => Format::Csv,
            FormatArg::Html => Format::Html,
            FormatArg::Docx => Format::Docx,
            FormatArg::Xlsx => Format::Xlsx,
            FormatArg::SynopsisHtml => Format::SynopsisHtml,
            FormatArg::SynopsisMd => Format::SynopsisMd,
            FormatArg::Instructions => Format::Instructions,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOnArg {
    /// Exit 1 if a mandatory provision has a gap (status none).
    Gap,
    /// Exit 1 on gaps or partial implementation.
    Partial,
    /// Exit 1 on gaps, partial or unknown.
    Unknown,
}

impl From<FailOnArg> for FailOn {
    fn from(f: FailOnArg) -> Self {
        match f {
            FailOnArg::Gap => FailOn::Gap,
            FailOnArg::Partial => FailOn::Partial,
            FailOnArg::Unknown => FailOn::Unknown,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFailOn {
    /// Any mandatory provision whose result got worse.
    Regression,
}

#[derive(Clone, Copy, ValueEnum)]
enum ByArg {
    Provision,
    Article,
}

#[derive(Clone, Copy, ValueEnum)]
enum SortArg {
    /// By jurisdiction code.
    Code,
    /// By mean score, best first.
    Score,
}

/// Filters shared by report, compare and diff.
#[derive(Args)]
struct ScopeArgs {
    /// Only this standard (repeatable).
    #[arg(long = "standard", value_name = "S")]
    standards: Vec<String>,
    /// Only these provisions, e.g. `lanzarote:18-24,budapest:9`.
    #[arg(long, value_name = "SELECTION")]
    only: Option<String>,
    /// Only provisions with this topic (`lexgap topics` lists them).
    #[arg(long)]
    tag: Option<String>,
}

#[derive(Args)]
struct OutputArgs {
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = FormatArg::Table)]
    format: FormatArg,
    /// Write to this file (atomically) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
}

/// The drafting style of amending instructions.
#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    /// English (UK Office of the Parliamentary Counsel style).
    En,
    /// German (Handbuch der Rechtsförmlichkeit).
    De,
    /// French (Guide de légistique).
    Fr,
    /// Dutch (Aanwijzingen voor de regelgeving).
    Nl,
    /// Polish (Zasady techniki prawodawczej).
    Pl,
}

impl From<LangArg> for lexgap::redline::instructions::Lang {
    fn from(l: LangArg) -> Self {
        use lexgap::redline::instructions::Lang;
        match l {
            LangArg::En => Lang::En,
            LangArg::De => Lang::De,
            LangArg::Fr => Lang::Fr,
            LangArg::Nl => Lang::Nl,
            LangArg::Pl => Lang::Pl,
        }
    }
}

/// How much of a changed section a redline shows.
#[derive(Clone, Copy, ValueEnum)]
enum RedlineContextArg {
    /// The changed lines only.
    Lines,
    /// The whole section, unchanged lines included.
    Section,
}

#[derive(Subcommand)]
enum Command {
    /// List the standards lexgap knows, with article and provision counts.
    Standards {
        #[command(flatten)]
        out: OutputArgs,
    },
    /// List the topics (grooming, csam, online-trafficking, ...) with their provisions per standard.
    Topics {
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Show a standard, chapter, article or provision: summary, elements, checks, clauses, links.
    #[command(
        after_help = "Examples:\n  lexgap show lanzarote:23\n  lexgap show \"ETS 185 art 9(3)\"\n  lexgap show lanzarote --tag grooming\n  lexgap show --tag csam --format md"
    )]
    Show {
        /// What to show: `lanzarote`, `lanzarote:chapter-vi`, `budapest:9`, `budapest:9.3`, ...
        reference: Option<String>,
        /// Only provisions with this topic (`lexgap topics` lists them).
        #[arg(long)]
        tag: Option<String>,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// List the monitoring rounds and assessments (GRETA, Lanzarote Committee, T-CY) with sources.
    #[command(
        after_help = "Examples:\n  lexgap rounds\n  lexgap rounds --format md\n  lexgap report jurisdictions/xa-examplia.toml --round greta-3"
    )]
    Rounds {
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Validate jurisdiction profiles; exit 2 on any error (nothing else is written).
    Check {
        /// Profile files (TOML).
        #[arg(required = true)]
        profiles: Vec<PathBuf>,
        /// Print the result and warnings as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Gap report of a profile: summary first, then gaps, partial, unknown and reserved provisions.
    #[command(
        after_help = "Examples:\n  lexgap report jurisdictions/xa-examplia.toml\n  lexgap report jurisdictions/xa-examplia.toml --format html --output xa.html\n  lexgap report P --standard budapest --fail-on gap"
    )]
    Report {
        /// The profile (TOML).
        profile: PathBuf,
        #[command(flatten)]
        scope: ScopeArgs,
        /// Exit 1 when a mandatory provision is at or below this level.
        #[arg(long, value_enum)]
        fail_on: Option<FailOnArg>,
        /// Also list fully implemented provisions.
        #[arg(long)]
        all: bool,
        /// Point out linked provisions of other treaties whose evidence may answer a provision.
        #[arg(long)]
        suggest: bool,
        /// Only the provisions a monitoring round's questionnaire addresses (`lexgap rounds`).
        #[arg(long, value_name = "ROUND")]
        round: Option<String>,
        /// The date printed as "generated" (YYYY-MM-DD); default: SOURCE_DATE_EPOCH, else today.
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Compare jurisdictions: a matrix of provisions (or articles) × jurisdictions, with scores.
    #[command(
        after_help = "Cells: ✔ full, ◐ partial, ✘ none, R reserved, ? unknown, — not assessed (--ascii: Y P N R ? -).\n\nExamples:\n  lexgap compare --dir jurisdictions --by article\n  lexgap compare jurisdictions/xa-examplia.toml jurisdictions/xb-fictonia.toml --standard budapest\n  lexgap compare --dir jurisdictions --format html --output matrix.html"
    )]
    Compare {
        /// Profile files (TOML).
        profiles: Vec<PathBuf>,
        /// Also every profile (*.toml) in this folder.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
        /// One row per article (`article`) instead of per provision.
        #[arg(long, value_enum, default_value_t = ByArg::Provision)]
        by: ByArg,
        /// Order of the jurisdiction columns.
        #[arg(long, value_enum, default_value_t = SortArg::Code)]
        sort: SortArg,
        #[command(flatten)]
        scope: ScopeArgs,
        /// ASCII cells and borders instead of symbols.
        #[arg(long)]
        ascii: bool,
        /// Only the provisions a monitoring round's questionnaire addresses (`lexgap rounds`).
        #[arg(long, value_name = "ROUND")]
        round: Option<String>,
        /// A matrix of recommendations × jurisdictions with their latest follow-up instead.
        #[arg(long)]
        recommendations: bool,
        /// Only the provisions where some jurisdiction falls short (none, partial, unknown).
        #[arg(long)]
        gaps: bool,
        /// Only the newest version (latest `as_of`) of each jurisdiction code.
        #[arg(long)]
        latest: bool,
        /// With --format csv: one row per jurisdiction × provision, with the reasons.
        #[arg(long)]
        long: bool,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Compare two versions of a profile: status changes, scores, parameters, citations, text.
    #[command(
        after_help = "Examples:\n  lexgap diff jurisdictions/xa-examplia-2023.toml jurisdictions/xa-examplia.toml\n  lexgap diff OLD NEW --fail-on regression     # exit 1 if any mandatory provision got worse"
    )]
    Diff {
        /// The old version (TOML).
        old: PathBuf,
        /// The new version (TOML).
        new: PathBuf,
        #[command(flatten)]
        scope: ScopeArgs,
        /// Exit 1 when a mandatory provision regressed.
        #[arg(long, value_enum)]
        fail_on: Option<DiffFailOn>,
        /// One row per article (`article`): an article-level change is counted once.
        #[arg(long, value_enum, default_value_t = ByArg::Provision)]
        by: ByArg,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Redline two versions of a bill: sections added, removed, changed, moved, renumbered.
    #[command(
        after_help = "Headings recognised, with or without Markdown `#`: the words for article, section and their\ndivisions in English, French, German, Dutch, Italian, Spanish, Catalan, Portuguese, the Nordic languages\n(`§ 1`, `1 §`, `8 a §`), Estonian, Latvian (`60. pants`), Lithuanian (`47 straipsnis`), Polish,\nCzech, Slovak, Slovenian, Croatian/Serbian/Bosnian, Romanian, Hungarian, Greek, Turkish, Ukrainian\nand Russian (`Article L. 227-22-1`, `§ 176b`, `Artikel 240b`, `Art. 5a`, `Clause 3`, `Chapter II`);\nbare clause numbers (`1 Title`); dotted numbers (`7.1`); paragraphs and items inside articles\n(`(1)`, `1.`, `(a)`, `a)`, `a.`, `(i)`, `1°`). The output says which style it recognised, and\nwarns when it found too few headings.\n\nExamples:\n  lexgap redline bill-v1.txt bill-v2.txt\n  lexgap redline old.txt new.txt --format html --output redline.html\n  lexgap redline old.txt new.txt --unit '^Regulation (\\d+)'\n  lexgap redline old.txt new.txt --format synopsis-html --output synopsis.html\n  lexgap redline old.txt new.txt --format instructions --lang de\n  lexgap redline old.docx new.docx --format docx --output redline.docx --author \"Legislation Unit\"\n  lexgap redline old.txt new.txt --profile jurisdictions/xa-examplia.toml --law cc"
    )]
    Redline {
        /// The old version (plain UTF-8 text, or a Word .docx).
        old: PathBuf,
        /// The new version (plain UTF-8 text, or a Word .docx).
        new: PathBuf,
        /// A profile whose citations of the law to check against the changes.
        #[arg(long, requires = "law")]
        profile: Option<PathBuf>,
        /// The id of the law (declared in the profile) that the texts are versions of.
        #[arg(long, requires = "profile")]
        law: Option<String>,
        /// The heading pattern of the units of an unusual text (a regular expression; its
        /// first group, if any, is the number), e.g. '^Reg\. (\d+)'.
        #[arg(long, value_name = "REGEX")]
        unit: Option<String>,
        /// Name of the old text in the output (default: its file name).
        #[arg(long, value_name = "NAME")]
        old_label: Option<String>,
        /// Name of the new text in the output (default: its file name).
        #[arg(long, value_name = "NAME")]
        new_label: Option<String>,
        /// How much of a changed section to show: the changed lines, or the whole section.
        #[arg(long, value_enum, default_value_t = RedlineContextArg::Lines)]
        context: RedlineContextArg,
        /// With --format docx: the author of the tracked changes (default: lexgap).
        #[arg(long, value_name = "NAME")]
        author: Option<String>,
        /// With --format docx: the date of the tracked changes (YYYY-MM-DD); default:
        /// SOURCE_DATE_EPOCH, else the time the new text was last modified.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// With --format instructions: the drafting style of the instructions (default: the
        /// language of the texts where lexgap has its style, else English).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// With --format instructions: leave out changes of line breaks, spacing, Markdown
        /// heading marks and Markdown links alone (the instructions then give the new text's
        /// words, not its exact layout).
        #[arg(long)]
        ignore_layout: bool,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Write a profile skeleton: every assessable provision as a question, status "unknown".
    Init {
        /// Standard to include (repeatable; implied by --only).
        #[arg(long = "standard", value_name = "S")]
        standards: Vec<String>,
        /// Only these provisions (`lanzarote:18-24, budapest:9`); written as the profile's [scope].
        #[arg(long, value_name = "SELECTION")]
        only: Option<String>,
        /// Only provisions with this topic; written as the profile's [scope].
        #[arg(long, value_name = "TOPIC")]
        tag: Option<String>,
        /// Jurisdiction code (ISO 3166, or XA–XZ for examples).
        #[arg(long)]
        code: String,
        /// Jurisdiction name.
        #[arg(long)]
        name: String,
        /// Write to this file (atomically) instead of standard output.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Print shell completions: `lexgap completions bash > /etc/bash_completion.d/lexgap`.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `lexgap man > lexgap.1 && man ./lexgap.1`.
    Man,
    /// Print the JSON Schema of the profile format (for editors and taplo).
    Schema {
        /// Write to this file (atomically) instead of standard output.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

fn style(choice: ColorChoice) -> Style {
    let tty = std::io::stdout().is_terminal();
    let color = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    Style {
        color,
        ..Style::default()
    }
}

/// Shell completions and the manual page, from the same definitions as the parser.
fn shell_help(command: &Command) -> String {
    let mut cmd = <Cli as clap::CommandFactory>::command();
    let mut out: Vec<u8> = Vec::new();
    if let Command::Completions { shell } = command {
        clap_complete::generate(*shell, &mut cmd, "lexgap", &mut out);
    } else {
        clap_mangen::Man::new(cmd)
            .render(&mut out)
            .expect("rendering into memory");
    }
    String::from_utf8(out).expect("generated text is UTF-8")
}

fn run(cli: Cli) -> Result<Outcome, lexgap::Error> {
    let mut common = Common {
        standards_dir: cli.standards_dir,
        output: None,
        style: style(cli.color),
        inputs: lexgap::profile::LoadOptions {
            max_input_bytes: cli.max_input_size,
            extends_root: cli.extends_root,
        },
    };
    match cli.command {
        Command::Standards { out } => {
            common.output = out.output;
            app::standards(&common, out.format.into())
        }
        Command::Show {
            reference,
            tag,
            out,
        } => {
            common.output = out.output;
            app::show(
                &common,
                &ShowRequest {
                    reference,
                    tag,
                    format: out.format.into(),
                },
            )
        }
        Command::Rounds { out } => {
            common.output = out.output;
            app::rounds(&common, out.format.into())
        }
        Command::Topics { out } => {
            common.output = out.output;
            app::topics(&common, out.format.into())
        }
        Command::Compare {
            profiles,
            dir,
            by,
            sort,
            scope,
            ascii,
            round,
            recommendations,
            gaps,
            latest,
            long,
            out,
        } => {
            common.output = out.output;
            common.style.ascii = ascii;
            let generated = app::generation_date(
                None,
                std::env::var("SOURCE_DATE_EPOCH").ok().as_deref(),
                std::time::SystemTime::now(),
            )?;
            let req = CompareRequest {
                generated: Some(generated),
                profiles,
                dir,
                by_article: matches!(by, ByArg::Article),
                sort: match sort {
                    SortArg::Code => lexgap::compare::SortBy::Code,
                    SortArg::Score => lexgap::compare::SortBy::Score,
                },
                standards: scope.standards,
                only: scope.only,
                tag: scope.tag,
                round,
                recommendations,
                gaps,
                latest,
                long,
                format: out.format.into(),
            };
            app::compare(&common, &req)
        }
        Command::Diff {
            old,
            new,
            scope,
            fail_on,
            by,
            out,
        } => {
            common.output = out.output;
            let req = DiffRequest {
                by_article: matches!(by, ByArg::Article),
                old,
                new,
                standards: scope.standards,
                only: scope.only,
                tag: scope.tag,
                fail_on_regression: fail_on.is_some(),
                format: out.format.into(),
            };
            app::diff(&common, &req)
        }
        Command::Redline {
            old,
            new,
            profile,
            law,
            unit,
            old_label,
            new_label,
            context,
            author,
            date,
            lang,
            ignore_layout,
            out,
        } => {
            common.output = out.output;
            app::redline(
                &common,
                &RedlineRequest {
                    old,
                    new,
                    profile,
                    law,
                    format: out.format.into(),
                    unit,
                    old_label,
                    new_label,
                    whole_sections: matches!(context, RedlineContextArg::Section),
                    author,
                    date,
                    source_date_epoch: std::env::var("SOURCE_DATE_EPOCH").ok(),
                    lang: lang.map(Into::into),
                    ignore_layout,
                },
            )
        }
        Command::Check { profiles, json } => app::check(&common, &profiles, json),
        Command::Report {
            profile,
            scope,
            fail_on,
            all,
            suggest,
            round,
            date,
            out,
        } => {
            common.output = out.output;
            let generated = app::generation_date(
                date.as_deref(),
                std::env::var("SOURCE_DATE_EPOCH").ok().as_deref(),
                std::time::SystemTime::now(),
            );
            let generated = generated?;
            let req = ReportRequest {
                generated: Some(generated),
                suggest,
                profile,
                standards: scope.standards,
                only: scope.only,
                tag: scope.tag,
                fail_on: fail_on.map(Into::into),
                all,
                round,
                format: out.format.into(),
            };
            app::report(&common, &req)
        }
        Command::Init {
            standards,
            only,
            tag,
            code,
            name,
            output,
        } => {
            common.output = output;
            app::init(
                &common,
                &InitRequest {
                    standards,
                    only,
                    tag,
                    code,
                    name,
                },
            )
        }
        Command::Schema { output } => {
            common.output = output;
            app::schema(&common)
        }
        command @ (Command::Completions { .. } | Command::Man) => Ok(Outcome {
            stdout: shell_help(&command),
            ..Outcome::default()
        }),
    }
}

/// Writes to a stream; a closed pipe (`lexgap … | head`) is not an error.
fn emit(mut stream: impl Write, text: &str) -> std::io::Result<()> {
    match stream
        .write_all(text.as_bytes())
        .and_then(|()| stream.flush())
    {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Writes a stream of output to standard output; a closed pipe is not an error (as in
/// [`emit`]).
fn emit_stream(stream: app::Stream) -> std::io::Result<()> {
    let written = match unbuffered_stdout() {
        Some(mut out) => stream(&mut out).and_then(|()| out.flush()),
        None => {
            let mut out = std::io::stdout().lock();
            stream(&mut out).and_then(|()| out.flush())
        }
    };
    // The process exits next: freeing the redline the stream holds, allocation by allocation,
    // would cost 2-5 % of the run on a whole code (callgrind), for memory the exit frees anyway.
    std::mem::forget(stream);
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Standard output as a plain file, without the standard library's line buffer: that buffer
/// searches every block written for a line break, a byte-by-byte pass over megabytes of JSON
/// (1.6 % of the redline of a whole code, callgrind). The stream brings its own buffer. `None`
/// where standard output cannot be duplicated (closed, or not Unix): then the usual handle.
fn unbuffered_stdout() -> Option<std::fs::File> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let stdout = std::io::stdout();
        stdout.lock().flush().ok()?;
        stdout
            .as_fd()
            .try_clone_to_owned()
            .ok()
            .map(std::fs::File::from)
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// Output that could not be written to standard output: said on standard error, exit 2.
fn stdout_failed(e: &std::io::Error) -> ExitCode {
    let _ = emit(
        std::io::stderr(),
        &format!(
            "error: cannot write to standard output: {}\n",
            lexgap::input::os_reason(e)
        ),
    );
    ExitCode::from(2)
}

/// Tells glibc's allocator to keep the memory lexgap frees for its next allocations rather
/// than hand it back to the kernel, and to serve large blocks from the heap too: a run is
/// short, and every page taken anew from the kernel costs a page fault when first touched
/// (on a 1.6 MB code pair, some 150 faults of 1,100; `bench/redline.sh`).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn keep_freed_memory() {
    // glibc's largest mmap threshold (32 MiB on 64-bit); blocks above it are still mapped.
    const HEAP_UP_TO: libc::c_int = 32 << 20;
    const KEEP: libc::c_int = 1 << 30;
    // SAFETY: mallopt only sets allocator parameters; it is called before any thread starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, HEAP_UP_TO);
        libc::mallopt(libc::M_TRIM_THRESHOLD, KEEP);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn keep_freed_memory() {}

fn main() -> ExitCode {
    keep_freed_memory();
    let cli = Cli::parse();
    let color = style(cli.color).color;
    match run(cli) {
        Ok(outcome) => {
            let _ = emit(std::io::stderr(), &outcome.stderr);
            if let Err(e) = emit(std::io::stdout(), &outcome.stdout) {
                return stdout_failed(&e);
            }
            if let Some(stream) = outcome.stream
                && let Err(e) = emit_stream(stream)
            {
                return stdout_failed(&e);
            }
            ExitCode::from(if outcome.findings { 1 } else { 0 })
        }
        Err(e) => {
            let _ = emit(std::io::stdout(), e.stdout());
            let _ = emit(std::io::stderr(), &e.render(color));
            ExitCode::from(2)
        }
    }
}
