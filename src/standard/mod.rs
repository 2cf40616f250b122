//! Standards: the embedded, article-by-article treaty models, and loading further ones.

mod build;
mod catalog;
mod model;
mod raw;
mod vocabulary;

pub use catalog::{Catalog, LoadError, ProvisionSet, ReferenceError, Target};
pub use model::*;
pub use vocabulary::{ParamType, Parameter, Topic, Vocabulary};
