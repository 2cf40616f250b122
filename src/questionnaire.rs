//! `lexgap init`: a profile skeleton listing every assessable provision as a question.

use std::fmt::Write;

use crate::standard::Catalog;

/// Quotes a string for TOML.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// Which provisions a skeleton asks about, and the filters to write as its `[scope]`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Selection<'a> {
    /// Only these provisions; `None` = every assessable provision of the standards.
    pub provisions: Option<&'a crate::standard::ProvisionSet>,
    /// The `--only` selection as typed.
    pub only: Option<&'a str>,
    /// The `--tag` topic.
    pub tag: Option<&'a str>,
}

impl Selection<'_> {
    fn contains(&self, s: usize, p: usize) -> bool {
        self.provisions.is_none_or(|set| set.contains(&(s, p)))
    }
}

/// The parameters the selected provisions are checked against (all when nothing is selected).
fn parameters_used(catalog: &Catalog, standards: &[usize], sel: &Selection) -> Vec<String> {
    let mut used = Vec::new();
    for &s in standards {
        let std = catalog.standard(s);
        for p in (0..std.provisions.len()).filter(|&p| sel.contains(s, p)) {
            for (c, _) in std.checks_of(p) {
                used.push(c.parameter.clone());
            }
            for i in std.lineage(p) {
                for r in &std.provisions[i].relations {
                    used.push(r.parameter.clone());
                    used.push(r.other.clone());
                }
            }
        }
    }
    used
}

/// A profile that `lexgap check` accepts: every assessable provision of the standards (or of
/// the selection, written as `[scope]`), with its summary as a comment and status "unknown".
pub fn skeleton(
    catalog: &Catalog,
    standards: &[usize],
    code: &str,
    name: &str,
    sel: &Selection,
) -> String {
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
        "[jurisdiction]\ncode = {}\nname = {}\nstage = \"in-force\"\n# as_of = YYYY-MM-DD          # date of the legal situation described\n# version = \"Criminal Code as amended by Act ...\"   # which text of the law\n",
        quoted(code),
        quoted(name)
    );
    if sel.only.is_some() || sel.tag.is_some() {
        out.push_str(
            "# The provisions this profile answers (reports are scoped to them).\n[scope]\n",
        );
        if let Some(o) = sel.only {
            let _ = writeln!(out, "only = {}", quoted(o));
        }
        if let Some(t) = sel.tag {
            let _ = writeln!(out, "tags = [{}]", quoted(t));
        }
        out.push('\n');
    }
    for &s in standards {
        let std = catalog.standard(s);
        let _ = writeln!(
            out,
            "# {} ({})\n[treaties.{}]\nstatus = \"not-signed\"   # not-signed | signed | ratified | acceded | provisionally-applied | denounced\n# signed = YYYY-MM-DD\n# ratified = YYYY-MM-DD   # or acceded = YYYY-MM-DD",
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
    let used = parameters_used(catalog, standards, sel);
    for p in catalog
        .parameters()
        .iter()
        .filter(|p| sel.provisions.is_none() || used.contains(&p.id))
    {
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
            .filter(|&(i, p)| p.assessable && sel.contains(s, i))
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
