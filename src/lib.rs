//! lexgap checks national legislation against Council of Europe treaties.
//!
//! The flow runs one way: load (standards, profiles) → validate → assess / compare / diff →
//! render. The library never prints; the `lexgap` binary prints what it returns.

// Diagnostics carry spans, hints and labels; they are returned rarely, so their size is fine.
#![allow(clippy::result_large_err)]

pub mod app;
pub mod assess;
pub mod citation;
pub mod compare;
pub mod diagnostic;
pub mod diff;
mod error;
pub mod escape;
pub mod impact;
pub mod input;
mod interpretive;
pub mod monitoring;
pub mod output;
pub mod render;
pub mod reservation;
pub mod show;
pub mod standard;
pub mod suggest;
pub mod word;

pub use error::Error;
pub mod profile;
pub mod questionnaire;
pub mod redline;
