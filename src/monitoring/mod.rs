//! Monitoring as the treaty bodies do it: rounds and their questionnaires
//! (standards/rounds.toml), recommendations addressed to a Party and their follow-up.

pub mod followup;
pub mod recommendations;
pub mod scope;

pub use crate::standard::rounds;
pub use recommendations::{FollowUp, FollowUpStatus, Recommendation};
pub use rounds::{Body, Monitoring, Round, RoundKind, Section};
