#!/usr/bin/env bash
# Amending instructions on the real legislation pairs of bench/legislation.sh (run that first):
# for each pair and each language, generate the instructions, read them back, apply them to the
# old text and check the result is the new text byte for byte; then again with the layout left
# out (--ignore-layout), checking the words.
#
# usage: bench/instructions.sh
# Writes bench/corpus/legislation/<pair>/instructions-<lang>.txt; exit 1 when one is not exact.
set -euo pipefail

cd "$(dirname "$0")/.."
dir=bench/corpus/legislation
[ -d "$dir" ] || { echo "no pairs: run bench/legislation.sh first" >&2; exit 2; }
cargo build --quiet --example check_instructions
bin=target/debug/examples/check_instructions
status=0
printf '%-16s %-4s %-7s %s\n' pair lang layout result
for pair in "$dir"/*/; do
    name=$(basename "$pair")
    for lang in en de fr nl pl; do
        result=$("$bin" "$pair/old.md" "$pair/new.md" "$lang" "$pair/instructions-$lang.txt") || status=1
        printf '%-16s %-4s %-7s %s\n' "$name" "$lang" exact "$result"
        result=$("$bin" "$pair/old.md" "$pair/new.md" "$lang" "$pair/instructions-$lang-words.txt" --ignore-layout) || status=1
        printf '%-16s %-4s %-7s %s\n' "$name" "$lang" ignored "$result"
    done
done
exit $status
