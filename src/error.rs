//! The errors lexgap reports to people, and their exit codes.

use crate::diagnostic::{Diagnostic, Sources};
use crate::standard::{LoadError, ReferenceError};

/// Something that stops a command: bad input or bad usage (exit code 2).
pub enum Error {
    /// Problems in input files, with the sources to show them.
    Input {
        /// Source texts the diagnostics point into.
        sources: Sources,
        /// Every problem found.
        diagnostics: Vec<Diagnostic>,
    },
    /// A reference that cannot be read or names nothing.
    Reference(ReferenceError),
    /// A command line that does not make sense.
    Usage(String),
    /// A file that cannot be read or written.
    Io(String),
    /// Bad input already rendered for a machine reader (`check --json`): JSON on standard output.
    Json(String),
}

impl Error {
    /// The message for people, with colour if asked.
    pub fn render(&self, color: bool) -> String {
        match self {
            Error::Input {
                sources,
                diagnostics,
            } => {
                let errors = diagnostics.iter().filter(|d| d.is_error()).count();
                let mut text = sources.render(diagnostics, color);
                text.push_str(&format!(
                    "lexgap: stopped: {errors} error{} in the input\n",
                    if errors == 1 { "" } else { "s" }
                ));
                text
            }
            Error::Reference(e) => {
                format!("error: {}\n", crate::escape::terminal(&e.to_string()))
            }
            Error::Usage(m) | Error::Io(m) => {
                format!("error: {}\n", crate::escape::terminal(m))
            }
            Error::Json(_) => String::new(),
        }
    }

    /// What goes to standard output despite the error (JSON diagnostics), if anything.
    pub fn stdout(&self) -> &str {
        match self {
            Error::Json(text) => text,
            _ => "",
        }
    }
}

impl std::fmt::Debug for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl From<LoadError> for Error {
    fn from(e: LoadError) -> Self {
        Error::Input {
            sources: e.sources,
            diagnostics: e.diagnostics,
        }
    }
}

impl From<ReferenceError> for Error {
    fn from(e: ReferenceError) -> Self {
        Error::Reference(e)
    }
}
