//! One integration-test binary (faster to link on small machines).

mod cli;
mod gates;
mod hardening;
mod hostile;
mod model;
mod monitoring;
mod profiles;
mod promises;
mod redline;
mod reports;
