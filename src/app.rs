//! The commands, as library calls: each takes a request and returns what to print.
//! The binary maps command-line arguments to requests and outcomes to exit codes.

use std::path::PathBuf;

use crate::error::Error;
use crate::output::write_atomic;
use crate::render::{self, Format, Style};
use crate::show;
use crate::standard::{Catalog, Target};
use crate::suggest::did_you_mean;

/// What a command produced.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Text for standard output (empty when written to `--output`).
    pub stdout: String,
    /// Warnings and notes for standard error.
    pub stderr: String,
    /// Whether findings reached the `--fail-on` threshold (exit code 1).
    pub findings: bool,
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
}

/// Loads the catalog (embedded standards plus `--standards-dir`), once per command.
pub fn load_catalog(common: &Common) -> Result<Catalog, Error> {
    Ok(Catalog::load(common.standards_dir.as_deref())?)
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
            write_atomic(path, &text)?;
            Ok(Outcome {
                stdout: String::new(),
                stderr,
                findings: false,
            })
        }
        None => Ok(Outcome {
            stdout: text,
            stderr,
            findings: false,
        }),
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
    let catalog = load_catalog(common)?;
    let rows = show::standards(&catalog);
    let text = match format {
        Format::Table => render::show::standards_table(&rows, &common.style),
        Format::Md => render::show::standards_md(&rows),
        Format::Json => render::json(&rows),
        other => {
            return Err(unsupported(
                other,
                "standards",
                &[Format::Table, Format::Md, Format::Json],
            ));
        }
    };
    finish(common, &catalog, text)
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
    let catalog = load_catalog(common)?;
    if let Some(tag) = &req.tag {
        check_topic(&catalog, tag)?;
    }
    let view = match (&req.reference, &req.tag) {
        (Some(r), tag) => {
            let target = catalog.resolve(r)?;
            show::view(
                &catalog,
                target,
                tag.as_deref(),
                &scope_name(&catalog, target),
            )
        }
        (None, Some(tag)) => {
            let pool: Vec<(usize, usize)> = (0..catalog.standards.len())
                .flat_map(|s| show::provisions_under(&catalog, Target::Standard(s)))
                .collect();
            show::View::Tagged(show::tagged(&catalog, &pool, tag, "all standards"))
        }
        (None, None) => {
            return Err(Error::Usage(
                "name what to show, e.g. `lexgap show lanzarote:23`, or give `--tag`".into(),
            ));
        }
    };
    let text = match req.format {
        Format::Table => render::show::view_table(&view, &common.style),
        Format::Md => render::show::view_md(&view),
        Format::Json => render::json(&view),
        other => {
            return Err(unsupported(
                other,
                "show",
                &[Format::Table, Format::Md, Format::Json],
            ));
        }
    };
    finish(common, &catalog, text)
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
