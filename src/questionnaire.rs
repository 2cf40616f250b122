//! `lexgap init`: a profile skeleton listing every assessable provision as a question.

use std::fmt::Write;

use crate::standard::Catalog;

/// Quotes a string for TOML.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// A profile that `lexgap check` accepts: every assessable provision of the standards, with its
/// summary as a comment and status "unknown".
pub fn skeleton(catalog: &Catalog, standards: &[usize], code: &str, name: &str) -> String {
    let mut out = String::new();
    out.push_str(
        "# lexgap jurisdiction profile: a questionnaire. For each provision, set status to\n",
    );
    out.push_str(
        "# full, partial, none or unknown, cite the domestic law in `by`, and list the elements\n",
    );
    out.push_str("# it covers. `lexgap check` validates this file; `lexgap report` makes the gap report.\n\n");
    let _ = writeln!(
        out,
        "[jurisdiction]\ncode = {}\nname = {}\nstage = \"in-force\"\n",
        quoted(code),
        quoted(name)
    );
    for &s in standards {
        let std = catalog.standard(s);
        let _ = writeln!(
            out,
            "# {} ({})\n[treaties.{}]\nstatus = \"not-signed\"   # not-signed | signed | ratified | acceded | denounced",
            std.meta.short_title, std.meta.number, std.meta.id
        );
        if let Some(c) = std.reservations.iter().find(|c| c.validity.is_some()) {
            // Time-limited reservations need the dates they run from.
            let _ = writeln!(
                out,
                "# in_force = YYYY-MM-DD   # entry into force for the Party: its reservations lapse unless renewed\n# reservations = [\"{rel}\"]\n# [treaties.{id}.reservation_dates.\"{rel}\"]\n# made = YYYY-MM-DD\n# renewed = [YYYY-MM-DD]",
                rel = c.rel,
                id = std.meta.id
            );
        }
        out.push('\n');
    }
    out.push_str("[parameters]\n");
    for p in catalog.parameters() {
        let _ = writeln!(
            out,
            "# {} = ?   # {} ({})",
            p.id,
            p.summary,
            if p.unit.is_empty() {
                "true or false"
            } else {
                &p.unit
            }
        );
    }
    out.push_str(
        "\n# Declare each law you cite:\n# [[laws]]\n# id = \"cc\"\n# title = \"Criminal Code\"\n",
    );
    for &s in standards {
        let std = catalog.standard(s);
        for (i, p) in std
            .provisions
            .iter()
            .enumerate()
            .filter(|(_, p)| p.assessable)
        {
            let article = &std.articles[p.article];
            let _ = writeln!(
                out,
                "\n# Art. {} {} — {}",
                article.number, article.heading, p.summary
            );
            let elements: Vec<&str> = std
                .elements_of(i)
                .into_iter()
                .map(|(e, _)| e.id.as_str())
                .collect();
            if !elements.is_empty() {
                let _ = writeln!(out, "# elements: {}", elements.join(", "));
            }
            let _ = writeln!(
                out,
                "[provisions.{}]\nstatus = \"unknown\"",
                quoted(&std.reference(i).to_string())
            );
        }
    }
    out
}
