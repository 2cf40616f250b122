//! "Did you mean": the nearest known names to a misspelt one.

/// Up to `limit` candidates closest to `wanted`, nearest first; only reasonably close ones.
pub fn nearest<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    limit: usize,
) -> Vec<&'a str> {
    let wanted_lower = wanted.to_ascii_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|c| {
            (
                strsim::jaro_winkler(&wanted_lower, &c.to_ascii_lowercase()),
                c,
            )
        })
        .filter(|(score, _)| *score >= 0.75)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(limit).map(|(_, c)| c).collect()
}

/// "did you mean `a`, `b`?" or nothing.
pub fn did_you_mean<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let near = nearest(wanted, candidates, 3);
    if near.is_empty() {
        return None;
    }
    let list: Vec<String> = near.iter().map(|c| format!("`{c}`")).collect();
    Some(format!("did you mean {}?", list.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_close_names_only() {
        let known = ["csam_age_limit", "child_age_limit", "contact_point_24_7"];
        assert_eq!(nearest("csam_age_limt", known, 1), vec!["csam_age_limit"]);
        assert!(nearest("zzz", known, 3).is_empty());
        assert_eq!(
            did_you_mean("grooming", ["groming", "csam"]).as_deref(),
            Some("did you mean `groming`?")
        );
    }
}
