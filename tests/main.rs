//! One integration-test binary (faster to link on small machines).

mod changes;
mod cli;
mod drafting;
mod gates;
mod hardening;
mod hostile;
mod instructions;
mod matrix;
mod model;
mod monitoring;
mod office;
mod profiles;
mod promises;
mod readable;
mod redline;
mod reports;
mod scope;
