//! Standards: the embedded, article-by-article treaty models, and loading further ones.

mod build;
mod catalog;
mod interpretive;
mod model;
mod raw;
pub mod rounds;
mod standards;
mod vocabulary;

pub use catalog::{Catalog, LoadError, ProvisionSet, ReferenceError, Target};
pub use interpretive::{Comparison, Relation, StandardKind};
pub use model::*;
pub use standards::Standards;
pub use vocabulary::{ParamType, Parameter, Topic, Vocabulary};
