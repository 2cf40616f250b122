//! The shared vocabularies: parameters (design §5) and topics (design §6).

use serde::{Deserialize, Serialize};

/// The type of a parameter's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParamType {
    /// A whole number (years, days).
    Integer,
    /// Yes or no.
    Boolean,
}

/// A fact about a jurisdiction's law that treaties constrain.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Parameter {
    /// Stable id (`csam_age_limit`).
    pub id: String,
    /// Integer or boolean.
    #[serde(rename = "type")]
    pub kind: ParamType,
    /// Unit shown next to values (`years`).
    pub unit: String,
    /// What it means, in one sentence.
    pub summary: String,
}

/// A topic that cuts across treaties.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    /// Stable id (`grooming`).
    pub id: String,
    /// One-line description.
    pub summary: String,
}

/// Parameters and topics.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Vocabulary {
    /// Known parameters, in file order.
    pub parameters: Vec<Parameter>,
    /// Known topics, in file order.
    pub topics: Vec<Topic>,
}

impl Vocabulary {
    /// The parameter with this id.
    pub fn parameter(&self, id: &str) -> Option<&Parameter> {
        self.parameters.iter().find(|p| p.id == id)
    }

    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }
}
