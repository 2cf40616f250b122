//! The embedded treaty models: integrity, counts and headings against the research reference,
//! and the reference grammar's round trip over every provision.

use lexgap::standard::{Catalog, Target};

fn catalog() -> Catalog {
    match Catalog::embedded() {
        Ok(c) => c,
        Err(e) => panic!(
            "embedded standards do not load:\n{}",
            e.sources.render(&e.diagnostics, false)
        ),
    }
}

#[test]
fn embedded_standards_pass_every_integrity_check_without_warnings() {
    let c = catalog();
    assert!(
        c.warnings.is_empty(),
        "{}",
        c.sources.render(&c.warnings, false)
    );
}

fn expected(file: &str) -> Vec<Vec<String>> {
    let path = format!(
        "{}/tests/fixtures/reference/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(String::from).collect())
        .collect()
}

fn check_headings(id: &str, count: usize) {
    let c = catalog();
    let std = c.standard(c.standard_by_name(id).unwrap());
    let want = expected(&format!("{id}-headings.tsv"));
    assert_eq!(std.articles.len(), count, "{id}: article count");
    assert_eq!(want.len(), count, "{id}: reference fixture count");
    for (article, row) in std.articles.iter().zip(&want) {
        assert_eq!(article.number, row[0], "{id}: article order");
        assert_eq!(article.heading, row[1], "{id}: heading of Art. {}", row[0]);
    }
}

#[test]
fn lanzarote_has_the_fifty_articles_and_headings_of_the_reference() {
    check_headings("lanzarote", 50);
}

#[test]
fn budapest_has_the_forty_eight_articles_and_headings_of_the_reference() {
    check_headings("budapest", 48);
}

fn check_divisions(id: &str, chapters: usize) {
    let c = catalog();
    let std = c.standard(c.standard_by_name(id).unwrap());
    assert_eq!(std.chapters.len(), chapters, "{id}: chapter count");
    let mut got = Vec::new();
    fn walk(
        std: &lexgap::standard::Standard,
        ds: &[lexgap::standard::Division],
        level: usize,
        prefix: &str,
        out: &mut Vec<Vec<String>>,
    ) {
        const LEVELS: [&str; 3] = ["chapter", "section", "title"];
        for d in ds {
            let number = if prefix.is_empty() {
                d.number.clone()
            } else {
                format!("{prefix}.{}", d.number)
            };
            let (a, b) = (&std.articles[d.first].number, &std.articles[d.last].number);
            let range = if a == b {
                a.clone()
            } else {
                format!("{a}-{b}")
            };
            out.push(vec![
                LEVELS[level].to_string(),
                number.clone(),
                d.heading.clone(),
                range,
            ]);
            walk(std, &d.parts, level + 1, &number, out);
        }
    }
    walk(std, &std.chapters, 0, "", &mut got);
    let want = expected(&format!("{id}-divisions.tsv"));
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g[0], w[0], "{id}: level of {}", w[1]);
        assert_eq!(g[1], w[1], "{id}: number");
        assert!(
            g[2].eq_ignore_ascii_case(&w[2]),
            "{id}: heading of {} {}: {} != {}",
            w[0],
            w[1],
            g[2],
            w[2]
        );
        assert_eq!(g[3], w[3], "{id}: articles of {} {}", w[0], w[1]);
    }
    assert_eq!(
        got.len(),
        want.len(),
        "{id}: number of chapters, sections and titles"
    );
}

#[test]
fn lanzarote_chapters_match_the_reference() {
    check_divisions("lanzarote", 13);
}

#[test]
fn budapest_chapters_sections_and_titles_match_the_reference() {
    check_divisions("budapest", 4);
}

#[test]
fn every_provision_round_trips_through_the_grammar() {
    let c = catalog();
    for (s, std) in c.standards.iter().enumerate() {
        for (p, prov) in std.provisions.iter().enumerate() {
            let canonical = std.reference(p).to_string();
            let target = c
                .resolve(&canonical)
                .unwrap_or_else(|e| panic!("{canonical}: {e}"));
            let expected_target = match std.article_idx(&prov.rel) {
                Some(a) => Target::Article(s, a),
                None => Target::Provision(s, p),
            };
            assert_eq!(target, expected_target, "{canonical}");
            // The human form resolves to the same node.
            let segs: Vec<&str> = prov.rel.split('.').collect();
            let human = format!(
                "{} Art. {}{}",
                std.meta.number,
                segs[0],
                segs[1..]
                    .iter()
                    .map(|s| format!("({s})"))
                    .collect::<String>()
            );
            assert_eq!(
                c.resolve(&human).unwrap_or_else(|e| panic!("{human}: {e}")),
                expected_target,
                "{human}"
            );
        }
    }
}

#[test]
fn budapest_reservations_are_exactly_the_article_42_list_and_declarations_the_article_40_list() {
    let c = catalog();
    let std = c.standard(c.standard_by_name("budapest").unwrap());
    let reservations: Vec<&str> = std.reservations.iter().map(|r| r.rel.as_str()).collect();
    assert_eq!(
        reservations,
        [
            "4.2", "6.3", "9.4", "10.3", "11.3", "14.3", "22.2", "29.4", "41.1"
        ]
    );
    let declarations: Vec<&str> = std.declarations.iter().map(|r| r.rel.as_str()).collect();
    assert_eq!(declarations, ["2", "3", "6.1.b", "7", "9.3", "27.9.e"]);
    assert_eq!(std.reservations_closed_by.as_deref(), Some("42"));
    assert_eq!(std.declarations_closed_by.as_deref(), Some("40"));
}

#[test]
fn lanzarote_reservation_clauses_are_those_the_treaty_provides() {
    let c = catalog();
    let std = c.standard(c.standard_by_name("lanzarote").unwrap());
    let reservations: Vec<&str> = std.reservations.iter().map(|r| r.rel.as_str()).collect();
    assert_eq!(
        reservations,
        ["20.3", "20.4", "21.2", "24.3", "25.3", "25.5"]
    );
}

#[test]
fn synthetic_indents_of_lanzarote_18_1_b_are_marked_unofficial() {
    let c = catalog();
    let std = c.standard(c.standard_by_name("lanzarote").unwrap());
    for r in ["18.1.b.i", "18.1.b.ii", "18.1.b.iii"] {
        let p = std.provision(r).unwrap_or_else(|| panic!("{r} missing"));
        assert!(!p.official, "{r} must be marked official = false");
    }
}

/// Every provision a provision is linked with, by its own `see` or by the other's.
fn crosswalk(c: &Catalog, r: &str) -> Vec<String> {
    let (s, p) = c.provision(&parse(r)).unwrap();
    let own = c.standard(s).provisions[p]
        .see
        .iter()
        .map(|r| r.to_string());
    let back = c.linked_from(s, p).into_iter().map(|r| r.to_string());
    own.chain(back).collect()
}

#[test]
fn the_crosswalk_named_in_the_brief_is_present_from_both_ends() {
    let c = catalog();
    for (from, to) in [
        ("budapest:9.1.a", "lanzarote:20.1.a"),
        ("budapest:11.1", "lanzarote:24.1"),
        ("budapest:12.1", "lanzarote:26.1"),
        ("budapest:13.1", "lanzarote:27.1"),
    ] {
        let there = crosswalk(&c, from);
        assert!(there.contains(&to.to_string()), "{from} → {to}: {there:?}");
        let back = crosswalk(&c, to);
        assert!(back.contains(&from.to_string()), "{to} → {from}: {back:?}");
    }
    // Not every pair is linked: an unrelated provision is not.
    assert!(!crosswalk(&c, "budapest:9.1.a").contains(&"lanzarote:24.1".to_string()));
}

fn parse(r: &str) -> lexgap::citation::ProvisionRef {
    let (s, p) = r.split_once(':').unwrap();
    lexgap::citation::ProvisionRef::new(s, p)
}

#[test]
fn loaded_standards_are_checked_like_embedded_ones() {
    let dir = format!(
        "{}/tests/fixtures/standards/invalid",
        env!("CARGO_MANIFEST_DIR")
    );
    let err = Catalog::load(Some(std::path::Path::new(&dir)))
        .err()
        .expect("invalid standards must not load");
    let codes: Vec<&str> = err.diagnostics.iter().map(|d| d.code).collect();
    for code in [
        "missing-parent",
        "unknown-topic",
        "ref-outside-article",
        "unknown-parameter",
        "missing-elements",
        "bad-toml",
    ] {
        assert!(codes.contains(&code), "{code} not reported: {codes:?}");
    }
    let valid = format!(
        "{}/tests/fixtures/standards/valid",
        env!("CARGO_MANIFEST_DIR")
    );
    let c = Catalog::load(Some(std::path::Path::new(&valid)))
        .unwrap_or_else(|e| panic!("{}", e.sources.render(&e.diagnostics, false)));
    assert!(c.standard_by_name("ML 1").is_some());
}

#[test]
fn trafficking_has_the_forty_seven_articles_chapters_and_headings_of_the_reference() {
    check_headings("trafficking", 47);
    check_divisions("trafficking", 10);
}

#[test]
fn trafficking_permits_only_the_article_31_2_reservation_closed_by_article_45() {
    let c = catalog();
    let std = c.standard(c.standard_by_name("cets197").unwrap());
    let reservations: Vec<&str> = std.reservations.iter().map(|r| r.rel.as_str()).collect();
    assert_eq!(reservations, ["31.2"]);
    assert_eq!(std.reservations_closed_by.as_deref(), Some("45"));
    let p = std.provision("14.1").unwrap();
    assert!(p.alternatives, "14.1: a residence permit on either ground");
}

#[test]
fn budapest_protocols_have_their_articles_chapters_and_headings() {
    check_headings("budapest-p1", 16);
    check_divisions("budapest-p1", 4);
    check_headings("budapest-p2", 25);
    check_divisions("budapest-p2", 4);
}

#[test]
fn the_second_protocol_is_flagged_as_not_verified_wherever_unverified() {
    let c = catalog();
    let std = c.standard(c.standard_by_name("CETS 224").unwrap());
    let unverified = std.provisions.iter().filter(|p| !p.verified).count();
    assert!(
        unverified > 0,
        "the CETS 224 model rests on unverified research and must say so"
    );
    let (code, text) = {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_lexgap"))
            .args(["show", "budapest-p2:7.1", "--format", "md"])
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8(out.stdout).unwrap())
    };
    assert_eq!(code, Some(0));
    assert!(text.contains("NOT VERIFIED"), "{text}");
}

mod resolution_never_panics {
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn catalog() -> &'static lexgap::standard::Catalog {
        static CATALOG: OnceLock<lexgap::standard::Catalog> = OnceLock::new();
        CATALOG.get_or_init(super::catalog)
    }

    proptest! {
        /// No panic (the only property): any reference-shaped text resolves or is an error.
        #[test]
        fn no_panic_on_any_reference_text(input in "(lanzarote|budapest|trafficking|CETS 201|ets185|Art\\.|Article| |:|[0-9]{1,3}|\\.|\\(|\\)|[a-z]|ii|,|of|-){0,12}") {
            let c = catalog();
            if let Err(e) = c.resolve(&input) {
                prop_assert!(!e.to_string().is_empty());
            }
            if let Err(e) = c.select(&input) {
                prop_assert!(!e.to_string().is_empty());
            }
        }
    }
}

#[test]
fn istanbul_has_the_eighty_one_articles_twelve_chapters_and_headings_of_the_source() {
    check_headings("istanbul", 81);
    check_divisions("istanbul", 12);
}

#[test]
fn istanbul_reservations_are_exactly_the_article_78_list_and_each_lapses_under_article_79() {
    let c = catalog();
    let std = c.standard(c.standard_by_name("CETS No. 210").unwrap());
    let reservations: Vec<&str> = std.reservations.iter().map(|r| r.rel.as_str()).collect();
    assert_eq!(
        reservations,
        ["30.2", "44.1.e", "44.3", "44.4", "55.1", "58", "59", "78.3"]
    );
    assert!(std.declarations.is_empty());
    assert_eq!(std.reservations_closed_by.as_deref(), Some("78"));
    for r in &std.reservations {
        let v = r
            .validity
            .unwrap_or_else(|| panic!("{}: no time limit", r.rel));
        assert_eq!((v.years, v.grace_months), (5, 6), "{}", r.rel);
        assert_eq!(std.provisions[v.by].rel, "79.1");
    }
    let affected = |rel: &str| -> Vec<String> {
        std.clause(lexgap::standard::ClauseKind::Reservation, rel)
            .unwrap()
            .affects
            .iter()
            .map(|(t, e)| format!("{t} {}", e.as_str()))
            .collect()
    };
    assert_eq!(affected("78.3"), ["33 part", "34 part"]);
    assert_eq!(
        affected("55.1"),
        ["55.1 part"],
        "only Art. 35 minor offences"
    );
    assert_eq!(affected("58"), ["58 part"], "only Arts 37 to 39");
}

#[test]
fn istanbul_33_and_34_accept_non_criminal_sanctions_only_under_78_3() {
    let c = catalog();
    let std = c.standard(c.standard_by_name("istanbul").unwrap());
    for r in ["33", "34"] {
        let p = std.provision(r).unwrap();
        let e = p
            .elements
            .iter()
            .find(|e| e.id == "criminal-offence")
            .unwrap();
        let alts: Vec<(&str, &str)> = e
            .instead
            .iter()
            .map(|x| (x.id.as_str(), x.allowed_by.as_str()))
            .collect();
        assert_eq!(alts, [("non-criminal-sanction", "78.3")], "{r}");
    }
    let p40 = std.provision("40").unwrap();
    assert!(
        p40.elements.iter().all(|e| e.instead.is_empty()),
        "Art. 40 itself allows other legal sanctions"
    );
}

#[test]
fn istanbul_unlettered_indents_are_marked_unofficial() {
    let c = catalog();
    let std = c.standard(c.standard_by_name("istanbul").unwrap());
    for r in ["4.2.i", "18.3.vi", "45.2.ii", "53.2.v", "78.2.v"] {
        let p = std.provision(r).unwrap_or_else(|| panic!("{r} missing"));
        assert!(!p.official, "{r} must be marked official = false");
    }
    let official = std.provisions.iter().filter(|p| p.official).count();
    assert_eq!(official, 267 - 3 - 6 - 2 - 5 - 5);
}

#[test]
fn time_limits_and_substitute_elements_must_point_at_real_clauses_and_provisions() {
    let dir = format!(
        "{}/tests/fixtures/standards/invalid-reservations",
        env!("CARGO_MANIFEST_DIR")
    );
    let err = Catalog::load(Some(std::path::Path::new(&dir)))
        .err()
        .expect("invalid standards must not load");
    let found: Vec<(&str, String)> = err
        .diagnostics
        .iter()
        .map(|d| (d.code, d.message.clone()))
        .collect();
    for (code, words) in [
        ("bad-validity", "0 years"),
        ("unknown-ref", "`3.1` is not a provision"),
        (
            "unknown-clause",
            "`2.9` is not a reservation or declaration clause",
        ),
    ] {
        assert!(
            found.iter().any(|(c, m)| *c == code && m.contains(words)),
            "{code} ({words}) not reported: {found:?}"
        );
    }
}

#[test]
fn istanbul_has_a_ref_for_every_paragraph_and_item_of_the_source() {
    let c = catalog();
    let std = c.standard(c.standard_by_name("istanbul").unwrap());
    let want: Vec<String> = expected("istanbul-refs.tsv")
        .into_iter()
        .map(|row| row[0].clone())
        .collect();
    let got: Vec<&str> = std
        .provisions
        .iter()
        .filter(|p| p.official)
        .map(|p| p.rel.as_str())
        .collect();
    assert_eq!(got, want);
}
