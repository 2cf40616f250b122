#!/usr/bin/env bash
# The alignment benchmark of houfu/redlines, scored for lexgap with redlines' own metric.
#
# usage: bench/redlines.sh [--corpus DIR]
#
# Fetches the redlines repository at a commit that carries benchmark/corpus/ (synthetic and
# hand-labelled tiers, labels.yaml per pair) into bench/corpus/redlines/ (ignored by git),
# builds lexgap (release) and runs bench/score_redlines.py on it: correspondence precision,
# recall and F1, move recall and precision, renumber recall, per pair, family and tier.
# With --corpus DIR, scores the copy in DIR instead (DIR/benchmark/corpus/<tier>/<pair>/).
set -euo pipefail

cd "$(dirname "$0")/.."
commit=766969604c6e325d8b6991bc766da4e6e2a5f478
corpus=bench/corpus/redlines
while [ $# -gt 0 ]; do
    case "$1" in
        --corpus) corpus="$2"; shift ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done

if [ ! -d "$corpus/benchmark/corpus" ]; then
    mkdir -p bench/corpus
    git clone --quiet --filter=blob:none --no-checkout https://github.com/houfu/redlines "$corpus"
    git -C "$corpus" checkout --quiet "$commit" -- benchmark/corpus
fi
python3 -c 'import yaml' 2>/dev/null || { echo "needs PyYAML (apt-get install python3-yaml)" >&2; exit 1; }
cargo build --release --quiet --bin lexgap
python3 bench/score_redlines.py target/release/lexgap "$corpus"
