//! Whether a time-limited reservation still holds at a profile's date (CETS 210 Art. 79): valid
//! for a period from the treaty's entry into force for the Party, renewable for as long again;
//! unrenewed, it runs on for a grace period and then lapses.

use std::fmt;

use serde::Serialize;

use crate::standard::Validity;

/// A calendar date, as profiles write it (`2025-03-01`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
}

impl Date {
    /// Reads `YYYY-MM-DD`; `None` for anything else.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month: u32 = parts.next()?.parse().ok()?;
        let day: u32 = parts.next()?.parse().ok()?;
        ((1..=12).contains(&month) && (1..=days_in(year, month)).contains(&day)).then_some(Date {
            year,
            month,
            day,
        })
    }

    /// The same day `n` months later; the 29th to 31st fall back to the month's last day.
    pub fn add_months(self, n: u32) -> Date {
        let index = self.year as i64 * 12 + (self.month as i64 - 1) + n as i64;
        let year = index.div_euclid(12) as i32;
        let month = index.rem_euclid(12) as u32 + 1;
        Date {
            year,
            month,
            day: self.day.min(days_in(year, month)),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Where a time-limited reservation stands at the profile's `as_of` date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum Standing {
    /// Valid, and its current period ends more than a year after `as_of`.
    Valid {
        /// End of the current period.
        expires: String,
    },
    /// Valid, but its current period ends within a year of `as_of`.
    ExpiresSoon {
        /// End of the current period.
        expires: String,
        /// When it lapses if not renewed.
        lapses: String,
    },
    /// Its period has ended unrenewed; it still holds until it lapses.
    RunningOn {
        /// End of the last period.
        expired: String,
        /// When it lapses if not renewed.
        lapses: String,
    },
    /// Lapsed: it no longer sets anything aside.
    Lapsed {
        /// The day it lapsed.
        on: String,
    },
    /// Cannot be judged: the profile lacks the date named.
    Unknown {
        /// The missing profile field (`in_force`, `as_of`).
        missing: String,
    },
}

impl Standing {
    /// Whether the reservation no longer holds.
    pub fn is_lapsed(&self) -> bool {
        matches!(self, Standing::Lapsed { .. })
    }
}

/// Where a reservation stands at `as_of`, given the treaty's entry into force for the Party and
/// the dates it was renewed. A renewal counts when it falls after the current period began and
/// before the reservation lapsed; renewals after `as_of` are not yet known at that date.
pub fn standing(
    validity: &Validity,
    in_force: Option<&str>,
    renewed: &[String],
    as_of: Option<&str>,
) -> Standing {
    let unknown = |missing: &str| Standing::Unknown {
        missing: missing.into(),
    };
    let Some(start) = in_force.and_then(Date::parse) else {
        return unknown("in_force");
    };
    let Some(at) = as_of.and_then(Date::parse) else {
        return unknown("as_of");
    };
    let period = validity.years * 12;
    let mut renewals: Vec<Date> = renewed
        .iter()
        .filter_map(|d| Date::parse(d))
        .filter(|d| *d <= at)
        .collect();
    renewals.sort();
    let (mut begun, mut expires) = (start, start.add_months(period));
    for r in renewals {
        if r > expires.add_months(validity.grace_months) {
            break;
        }
        if r > begun {
            (begun, expires) = (expires, expires.add_months(period));
        }
    }
    let lapses = expires.add_months(validity.grace_months);
    if at >= lapses {
        Standing::Lapsed {
            on: lapses.to_string(),
        }
    } else if at >= expires {
        Standing::RunningOn {
            expired: expires.to_string(),
            lapses: lapses.to_string(),
        }
    } else if at.add_months(12) >= expires {
        Standing::ExpiresSoon {
            expires: expires.to_string(),
            lapses: lapses.to_string(),
        }
    } else {
        Standing::Valid {
            expires: expires.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ART_79: Validity = Validity {
        years: 5,
        grace_months: 6,
        by: 0,
    };

    fn at(in_force: &str, renewed: &[&str], as_of: &str) -> Standing {
        let renewed: Vec<String> = renewed.iter().map(|s| s.to_string()).collect();
        standing(&ART_79, Some(in_force), &renewed, Some(as_of))
    }

    #[test]
    fn dates_read_and_add_months_clamping_to_the_month_end() {
        assert_eq!(
            Date::parse("2016-02-29")
                .unwrap()
                .add_months(60)
                .to_string(),
            "2021-02-28"
        );
        assert_eq!(
            Date::parse("2015-08-31").unwrap().add_months(6).to_string(),
            "2016-02-29"
        );
        assert!(Date::parse("2015-02-30").is_none());
        assert!(Date::parse("2015-13-01").is_none());
        assert!(Date::parse("1 May 2015").is_none());
    }

    #[test]
    fn five_years_from_entry_into_force_then_six_months_more_then_lapsed() {
        let f = "2015-05-01";
        assert_eq!(
            at(f, &[], "2019-01-01"),
            Standing::Valid {
                expires: "2020-05-01".into()
            }
        );
        assert_eq!(
            at(f, &[], "2019-06-01"),
            Standing::ExpiresSoon {
                expires: "2020-05-01".into(),
                lapses: "2020-11-01".into()
            }
        );
        assert_eq!(
            at(f, &[], "2020-05-01"),
            Standing::RunningOn {
                expired: "2020-05-01".into(),
                lapses: "2020-11-01".into()
            }
        );
        assert_eq!(
            at(f, &[], "2020-11-01"),
            Standing::Lapsed {
                on: "2020-11-01".into()
            }
        );
    }

    #[test]
    fn each_renewal_in_time_adds_one_period() {
        let f = "2015-05-01";
        assert_eq!(
            at(f, &["2020-02-01"], "2024-01-01"),
            Standing::Valid {
                expires: "2025-05-01".into()
            }
        );
        // Within the six months' grace still counts.
        assert_eq!(
            at(f, &["2020-10-01"], "2024-01-01"),
            Standing::Valid {
                expires: "2025-05-01".into()
            }
        );
        // Two notices in one period renew it once.
        assert_eq!(
            at(f, &["2020-01-01", "2020-02-01"], "2026-01-01"),
            Standing::Lapsed {
                on: "2025-11-01".into()
            }
        );
        assert_eq!(
            at(f, &["2020-02-01", "2025-02-01"], "2026-01-01"),
            Standing::Valid {
                expires: "2030-05-01".into()
            }
        );
    }

    #[test]
    fn a_renewal_after_the_lapse_or_after_as_of_does_not_count() {
        let f = "2015-05-01";
        assert_eq!(
            at(f, &["2021-01-01"], "2022-01-01"),
            Standing::Lapsed {
                on: "2020-11-01".into()
            }
        );
        assert_eq!(
            at(f, &["2020-02-01"], "2019-01-01"),
            Standing::Valid {
                expires: "2020-05-01".into()
            }
        );
    }

    #[test]
    fn without_the_dates_it_cannot_be_judged() {
        assert_eq!(
            standing(&ART_79, None, &[], Some("2020-01-01")),
            Standing::Unknown {
                missing: "in_force".into()
            }
        );
        assert_eq!(
            standing(&ART_79, Some("2015-05-01"), &[], None),
            Standing::Unknown {
                missing: "as_of".into()
            }
        );
    }
}
