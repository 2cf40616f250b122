#!/usr/bin/env bash
# Redline benchmark: lexgap against git's word diff and wdiff on synthetic bill revisions.
#
# usage: bench/redline.sh [--python] [--runs N] [--sizes "1000 5000"] [--real] [--hostile]
#                         [--format FMT] [--peer BIN] [--callgrind]
#
# Builds release, generates bill pairs (examples/make_bill.rs by default; with --python,
# ../shared/bench/make-bill.py), then times for each size, N runs each (default 7); with
# --real, also the real legislation pairs of bench/legislation.sh (run that first); with
# --hostile, also the hostile pairs of bench/make_hostile.py (costs that grow faster than the
# text: equal stubs, a shuffled article, a text without headings edited throughout):
#   lexgap redline OLD NEW --format json
#   git diff --no-index --word-diff=porcelain OLD NEW
#   wdiff OLD NEW                             (skipped when wdiff is not installed)
# and prints median CPU times (user + system, of the tool's process alone: bench/cputime.py),
# the ratio lexgap/git and lexgap's peak RSS against the input. --format FMT times another
# output format (instructions, html, ...) in place of json. --peer BIN also times another lexgap
# binary (an earlier build: `git worktree add /tmp/peer <commit>` and `cargo build --release`
# there) in the same interleaved runs, with the ratio lexgap/peer. --callgrind also counts each
# tool's instructions on each pair under valgrind's callgrind (one run each: the count does not
# depend on the machine's load, as CPU time does), with the same ratios.
set -euo pipefail

cd "$(dirname "$0")/.."
python=0
runs=7
sizes="1000 5000"
real=0
hostile=0
format=json
peer=""
callgrind=0
while [ $# -gt 0 ]; do
    case "$1" in
        --python) python=1 ;;
        --real) real=1 ;;
        --hostile) hostile=1 ;;
        --runs) runs="$2"; shift ;;
        --sizes) sizes="$2"; shift ;;
        --format) format="$2"; shift ;;
        --peer) peer="$2"; shift ;;
        --callgrind) callgrind=1 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done
[ "$runs" -ge 5 ] || { echo "at least 5 runs" >&2; exit 2; }

cargo build --release --quiet --example make_bill --bin lexgap

lexgap=target/release/lexgap
redline=("$lexgap" redline)
suffix=(--format "$format")
measured="lexgap redline OLD NEW --format $format"

have_time=1
[ -x /usr/bin/time ] || { have_time=0; echo "note: /usr/bin/time missing (apt-get install -y time): no peak RSS"; }
have_wdiff=1
command -v wdiff >/dev/null || { have_wdiff=0; echo "note: wdiff not installed (apt-get install -y wdiff): skipped"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# CPU time (user + system) in seconds of one run of the command given as arguments.
cpu() {
    python3 bench/cputime.py "$@" || true
}

# Median of the numbers on stdin, four decimals.
median() {
    sort -g | awk '{a[NR] = $1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.4f", m}'
}

echo "measured: $measured"
echo "generator: $([ $python = 1 ] && echo ../shared/bench/make-bill.py || echo examples/make_bill.rs), $runs runs each, median CPU time (s)"
[ -z "$peer" ] || echo "peer: $peer (same arguments)"
printf '\n%-16s %12s %10s %10s %10s %12s %12s %10s' pair input_bytes lexgap_s git_s wdiff_s lexgap/git peak_rss_KB rss/input
[ -z "$peer" ] && echo || printf ' %10s %12s\n' peer_s lexgap/peer

# Pairs timed, for the instruction counts (--callgrind): "NAME OLD NEW" per line.
: >"$work/pairs"

# time_pair NAME OLD NEW DIR: one row of the table.
time_pair() {
    local name="$1" old="$2" new="$3" dir="$4"
    echo "$name $old $new" >>"$work/pairs"
    local bytes t_lex t_git t_wdiff ratio rss per
    bytes=$(($(stat -c %s "$old") + $(stat -c %s "$new")))
    # Warm the page cache.
    cat "$old" "$new" >/dev/null
    "${redline[@]}" "$old" "$new" "${suffix[@]}" >/dev/null

    # Runs interleave the tools, so that changes in machine load touch them alike.
    : >"$dir/lex" ; : >"$dir/git" ; : >"$dir/wdiff" ; : >"$dir/peer"
    for ((i = 0; i < runs; i++)); do
        cpu "${redline[@]}" "$old" "$new" "${suffix[@]}" >>"$dir/lex"
        cpu git diff --no-index --word-diff=porcelain "$old" "$new" >>"$dir/git"
        [ $have_wdiff = 1 ] && cpu wdiff "$old" "$new" >>"$dir/wdiff"
        [ -z "$peer" ] || cpu "$peer" redline "$old" "$new" "${suffix[@]}" >>"$dir/peer"
    done
    t_lex=$(median <"$dir/lex")
    t_git=$(median <"$dir/git")
    if [ $have_wdiff = 1 ]; then t_wdiff=$(median <"$dir/wdiff"); else t_wdiff=skipped; fi
    ratio=$(echo "$t_lex / $t_git" | bc -l)
    if [ $have_time = 1 ]; then
        rss=$( { /usr/bin/time -f %M "${redline[@]}" "$old" "$new" "${suffix[@]}" >/dev/null; } 2>&1 | tail -1)
        per=$(echo "$rss * 1024 / $bytes" | bc -l)
    else
        rss=n/a
        per=0
    fi
    printf '%-16s %12s %10s %10s %10s %12.2f %12s %10.2f' "$name" "$bytes" "$t_lex" "$t_git" "$t_wdiff" "$ratio" "$rss" "$per"
    if [ -z "$peer" ]; then
        echo
    else
        local t_peer
        t_peer=$(median <"$dir/peer")
        printf ' %10s %12.2f\n' "$t_peer" "$(echo "$t_lex / $t_peer" | bc -l)"
    fi
}

for n in $sizes; do
    dir="$work/$n"
    if [ $python = 1 ]; then
        [ -f ../shared/bench/make-bill.py ] || { echo "../shared/bench/make-bill.py not found" >&2; exit 1; }
        python3 ../shared/bench/make-bill.py "$n" "$dir"
    else
        target/release/examples/make_bill "$n" "$dir"
    fi
    time_pair "bill-$n" "$dir/old.txt" "$dir/new.txt" "$dir"
done

if [ $real = 1 ]; then
    [ -d bench/corpus/legislation ] || { echo "bench/corpus/legislation missing: run bench/legislation.sh" >&2; exit 1; }
    for d in bench/corpus/legislation/*/; do
        name=$(basename "$d")
        mkdir -p "$work/$name"
        time_pair "$name" "$d/old.md" "$d/new.md" "$work/$name"
    done
fi

if [ $hostile = 1 ]; then
    python3 bench/make_hostile.py "$work/hostile"
    for d in "$work"/hostile/*/; do
        name=$(basename "$d")
        time_pair "hostile-$name" "$d/old.txt" "$d/new.txt" "$d"
    done
fi

# Instructions of one run of the command given as arguments, under callgrind.
# (The tools exit 1 when the texts differ; stdin is kept from them, it holds the pairs read.)
instructions() {
    { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" </dev/null 2>&1 >/dev/null || true; } |
        sed -n 's/.*refs: *//p' | tr -d ,
}

if [ $callgrind = 1 ]; then
    command -v valgrind >/dev/null || { echo "--callgrind: valgrind not installed (apt-get install -y valgrind)" >&2; exit 1; }
    printf '\ninstructions (callgrind, millions)\n%-16s %10s %10s %10s' pair lexgap git lexgap/git
    [ -z "$peer" ] && echo || printf ' %10s %12s\n' peer lexgap/peer
    while read -r name old new; do
        i_lex=$(instructions "${redline[@]}" "$old" "$new" "${suffix[@]}")
        i_git=$(instructions git diff --no-index --word-diff=porcelain "$old" "$new")
        printf '%-16s %10.1f %10.1f %10.2f' "$name" "$(echo "$i_lex / 1000000" | bc -l)" \
            "$(echo "$i_git / 1000000" | bc -l)" "$(echo "$i_lex / $i_git" | bc -l)"
        if [ -z "$peer" ]; then
            echo
        else
            i_peer=$(instructions "$peer" redline "$old" "$new" "${suffix[@]}")
            printf ' %10.1f %12.2f\n' "$(echo "$i_peer / 1000000" | bc -l)" "$(echo "$i_lex / $i_peer" | bc -l)"
        fi
    done <"$work/pairs"
fi
