//! Deterministic synthetic bill revisions for the redline benchmark (a Rust port of
//! `../shared/bench/make-bill.py`; same structure, not byte-identical output).
//!
//! usage: `make_bill SECTIONS OUT_DIR [--seed N]`
//!
//! Writes OUT_DIR/old.txt and OUT_DIR/new.txt: a bill of SECTIONS sections (`Section N. Title`
//! headings, numbered subsections `(k)`) and a revision with word edits in ~6% of sections,
//! ~2% new sections, ~1% deleted, 3 sections moved, and the sections renumbered after each
//! insertion or deletion, as drafters' revisions do.

use std::path::PathBuf;

const WORDS: &str = "person offence child computer system data provider authority court order period \
measure victim evidence preservation disclosure production search seizure traffic \
content interception intentionally without right shall may ensure punishable \
imprisonment fine years months days competent procedure safeguard jurisdiction \
territory national request assistance co-operation material image representation \
distribution possession access solicitation meeting proposal exploitation abuse \
trafficking recruitment transport transfer harbouring receipt threat force coercion \
deception vulnerability payment benefit consent purpose labour services removal organs";

/// SplitMix64: small, fast, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[self.below(words.len())]
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn sentence(rng: &mut Rng, words: &[&str]) -> String {
    let n = rng.between(12, 40);
    let mut w: Vec<String> = (0..n).map(|_| rng.pick(words).to_string()).collect();
    w[0] = capitalise(&w[0]);
    w.join(" ") + "."
}

fn section_body(rng: &mut Rng, words: &[&str]) -> Vec<String> {
    let subs = rng.between(2, 6);
    (1..=subs)
        .map(|k| {
            let n = rng.between(1, 3);
            let s: Vec<String> = (0..n).map(|_| sentence(rng, words)).collect();
            format!("({k}) {}", s.join(" "))
        })
        .collect()
}

fn render(sections: &[(String, Vec<String>)]) -> String {
    let mut out = String::new();
    for (i, (title, subs)) in sections.iter().enumerate() {
        out.push_str(&format!("Section {}. {title}\n", i + 1));
        for s in subs {
            out.push_str(s);
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut seed = 7u64;
    if let Some(k) = args.iter().position(|a| a == "--seed") {
        seed = args
            .get(k + 1)
            .and_then(|s| s.parse().ok())
            .expect("--seed takes a number");
        args.drain(k..k + 2);
    }
    let (Some(n), Some(dir)) = (
        args.first().and_then(|s| s.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: make_bill SECTIONS OUT_DIR [--seed N]");
        std::process::exit(2);
    };
    let words: Vec<&str> = WORDS.split_whitespace().collect();
    let mut rng = Rng(seed);
    let old: Vec<(String, Vec<String>)> = (0..n)
        .map(|_| {
            let t = rng.between(2, 5);
            let title: Vec<&str> = (0..t).map(|_| rng.pick(&words)).collect();
            (capitalise(&title.join(" ")), section_body(&mut rng, &words))
        })
        .collect();
    let mut new = old.clone();
    for s in &mut new {
        // word edits
        if rng.unit() < 0.06 {
            let k = rng.below(s.1.len());
            let mut w: Vec<String> = s.1[k].split(' ').map(str::to_string).collect();
            for _ in 0..rng.between(1, 4) {
                let at = 1 + rng.below(w.len() - 1);
                w[at] = rng.pick(&words).to_string();
            }
            s.1[k] = w.join(" ");
        }
    }
    for _ in 0..(n / 100).max(1) {
        // deletions
        if !new.is_empty() {
            let at = rng.below(new.len());
            new.remove(at);
        }
    }
    for _ in 0..(n / 50).max(1) {
        // insertions
        let at = rng.below(new.len() + 1);
        let title = format!("Inserted {}", rng.pick(&words));
        new.insert(at, (title, section_body(&mut rng, &words)));
    }
    for _ in 0..3.min(new.len() / 3) {
        // moves
        let s = new.remove(rng.below(new.len()));
        let at = rng.below(new.len() + 1);
        new.insert(at, s);
    }
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).expect("create the output directory");
    std::fs::write(dir.join("old.txt"), render(&old)).expect("write old.txt");
    std::fs::write(dir.join("new.txt"), render(&new)).expect("write new.txt");
}
