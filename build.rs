//! Checks the embedded standards when lexgap is built, and embeds them ready to use.
//!
//! The build script compiles lexgap's own loader (the modules below, shared with the library)
//! and runs it on `standards/`: an error in a standards file fails the build with the same
//! diagnostics `lexgap` would print, and a run of `lexgap` never parses or re-checks them.
#![allow(dead_code, unused_imports, clippy::result_large_err)]

#[path = "src/citation/mod.rs"]
mod citation;
#[path = "src/diagnostic.rs"]
mod diagnostic;
#[path = "src/escape.rs"]
mod escape;
#[path = "src/input.rs"]
mod input;
#[path = "src/standard/mod.rs"]
mod standard;
#[path = "src/suggest.rs"]
mod suggest;

fn main() {
    for watched in [
        "standards",
        "src/standard",
        "src/citation",
        "src/diagnostic.rs",
        "src/escape.rs",
        "src/input.rs",
        "src/suggest.rs",
    ] {
        println!("cargo::rerun-if-changed={watched}");
    }
    println!("cargo::rustc-check-cfg=cfg(lexgap_prebuilt)");
    let catalog = match standard::Catalog::parse_embedded() {
        Ok(c) => c,
        Err(e) => {
            eprint!("{}", e.sources.render(&e.diagnostics, false));
            eprintln!(
                "the embedded standards (standards/*.toml) have errors: fix them to build lexgap"
            );
            std::process::exit(1);
        }
    };
    for w in &catalog.warnings {
        println!("cargo::warning=standards: {}", w.message);
    }
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("catalog.postcard"), catalog.to_prebuilt())
        .expect("writing the prebuilt catalog");
    println!("cargo::rustc-cfg=lexgap_prebuilt");
    pack_relocations();
}

/// Start-up: a position-independent lexgap carries some 17,000 relocations, which the loader
/// reads (0.4 MB) and applies at every start. Packed (RELR, glibc 2.36 and binutils 2.38 or
/// later; an older GNU ld ignores the option with a warning), they take a few kilobytes and far
/// fewer page faults, and the binary stays position-independent (address randomisation kept).
fn pack_relocations() {
    let var = |k: &str| std::env::var(k).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo::rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}
