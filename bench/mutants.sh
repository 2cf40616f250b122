#!/usr/bin/env bash
# Mutation testing of the engine and the gates with cargo-mutants (not in CI: too slow for 2 cores).
#
# cargo-mutants changes the code one mutation at a time (a function returns a default, a `&&`
# becomes `||`, a `==` becomes `!=` ...) and runs the tests against each mutant. A mutant the tests
# catch (some test fails) or that does not compile (unviable) is fine; a surviving ("missed")
# mutant is a change of behaviour no test notices.
#
#   cargo install cargo-mutants --locked      # once
#   bench/mutants.sh                          # every target below, one after the other
#   bench/mutants.sh src/diff.rs              # one file (or folder)
#
# Each target writes mutants.out/<name>/ (outcomes.json, caught.txt, missed.txt, unviable.txt,
# timeout.txt); the summary at the end gives caught + unviable as a share of all mutants.
# Environment: JOBS (default 1), TIMEOUT seconds per test run (default 300), BASELINE=skip to
# skip the unmutated baseline run after a first good one, IN_PLACE=1 to mutate this tree itself
# (no copy, no rebuild of the dependencies: use a scratch clone with a copy of target/, and do not
# edit it meanwhile). The tests run are the library's unit tests and the one integration binary
# (`cargo test --lib --test lexgap`): the binary's own test harness has no tests. MUTANTS_ARGS
# adds cargo-mutants options, e.g. MUTANTS_ARGS="--shard 0/3" for a third of the mutants, or
# MUTANTS_ARGS="--re has_regression" for some functions only. Faster first passes:
# FILTER="profile hostile" runs only the tests whose names contain one of the words; LIB_ONLY=1
# builds and runs only the unit tests (for src/citation/: FILTER=citation LIB_ONLY=1). A mutant
# such a pass misses is not yet a survivor: run the full suite on it (MUTANTS_ARGS="--iterate"
# with no filter retests what was not caught).
set -euo pipefail
cd "$(dirname "$0")/.."

command -v cargo-mutants >/dev/null || {
    echo "cargo-mutants is not installed: cargo install cargo-mutants --locked" >&2
    exit 2
}

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    # The gates and the engine first.
    targets=(src/output.rs src/diff.rs src/assess.rs src/compare.rs src/profile src/citation)
fi

jobs=${JOBS:-1}
timeout=${TIMEOUT:-300}
baseline=${BASELINE:-run}
# One at a time in place (cargo-mutants refuses --jobs there); JOBS copies otherwise.
parallel=(-j "$jobs")
if [ -n "${IN_PLACE:-}" ]; then parallel=(--in-place); fi

for t in "${targets[@]}"; do
    name=$(echo "$t" | tr '/.' '__')
    files=()
    if [ -d "$t" ]; then
        while IFS= read -r f; do files+=(--file "$f"); done < <(find "$t" -name '*.rs' | sort)
    else
        files=(--file "$t")
    fi
    echo "== $t"
    mkdir -p "mutants.out/$name"
    tests=(--lib --test lexgap) lib=()
    if [ -n "${LIB_ONLY:-}" ]; then tests=() lib=(-C --lib); fi
    if [ -n "${FILTER:-}" ]; then tests+=(-- ${FILTER}); fi
    cargo mutants --no-shuffle "${parallel[@]}" "${lib[@]}" --timeout "$timeout" --baseline "$baseline" \
        ${MUTANTS_ARGS:-} "${files[@]}" --output "mutants.out/$name" -- "${tests[@]}" || true
    # Only the first target needs the baseline: the tree does not change between targets.
    baseline=skip
done

echo
# With --iterate the figures are those of the mutants tested in the last run only (mutants
# caught before are skipped and, once lines move, may no longer exist).
# A timeout is a mutant under which some test never finished (a reader waiting on a FIFO the
# mutant never writes): not a pass, but shown apart from caught.
printf '%-16s %7s %7s %8s %7s %7s %16s %12s\n' target mutants caught unviable missed timeout caught+unviable +timeouts
for t in "${targets[@]}"; do
    d="mutants.out/$(echo "$t" | tr '/.' '__')/mutants.out"
    count() { if [ -f "$d/$1.txt" ]; then grep -c . "$d/$1.txt" || true; else echo 0; fi; }
    c=$(count caught) u=$(count unviable) m=$(count missed) o=$(count timeout)
    n=$((c + u + m + o))
    pct() { awk -v a="$1" -v n=$n 'BEGIN { if (n) printf "%.1f%%", 100 * a / n; else print "-" }'; }
    printf '%-16s %7d %7d %8d %7d %7d %16s %12s\n' "$t" "$n" "$c" "$u" "$m" "$o" "$(pct $((c + u)))" "$(pct $((c + u + o)))"
done
