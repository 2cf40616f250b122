// Rebuild when a standards file changes, so rust-embed picks it up.
fn main() {
    println!("cargo:rerun-if-changed=standards");
}
