#!/usr/bin/env bash
# Benchmarks of lexgap's everyday commands, with hyperfine (apt-get install hyperfine).
#
#   bench/cli.sh            # show, report, check x1000 (and taplo as the peer, if installed)
#
# Inputs are made by lexgap itself: `lexgap init` writes a profile that lists every assessable
# provision of both treaties; the script marks them all "full" so every check runs, and copies
# it 1,000 times for `check`. Peers measured in the same run:
#   - show:   Python's tomllib parsing standards/budapest.toml alone (no model, no output);
#   - check:  taplo 0.9.3 (pip install taplo==0.9.3) validating the same 1,000 files against
#             `lexgap schema` (types only, none of lexgap's treaty checks).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/lexgap
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin" init --standard lanzarote --standard budapest --code XZ --name "Benchmark" \
  | sed 's/^status = "unknown"/status = "full"/; s/^status = "not-signed"/status = "ratified"/' > "$work/full.toml"
cat >> "$work/full.toml" <<'TOML'
[parameters]
TOML
# Parameters go in the [parameters] table init wrote (commented); append real values there.
python3 - "$work/full.toml" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read().replace("\n[parameters]\n", "\n", 1)
s = s.replace("[parameters]\n", "[parameters]\nchild_age_limit = 18\ncsam_age_limit = 18\nage_of_sexual_consent = 15\npreservation_period_days = 90\nmla_preservation_period_days = 60\nlimitation_runs_from_majority = true\ncontact_point_24_7 = true\n", 1)
open(p, "w").write(s)
PY
"$bin" check "$work/full.toml" >/dev/null
entries=$(grep -c '^\[provisions\.' "$work/full.toml")
mkdir -p "$work/many" "$work/many500"
for i in $(seq 1 1000); do cp "$work/full.toml" "$work/many/p$i.toml"; done
for i in $(seq 1 500); do cp "$work/full.toml" "$work/many500/p$i.toml"; done
"$bin" schema > "$work/schema.json"

echo "profile: $entries provision entries; $(nproc) cores"
hf() { hyperfine --style basic --warmup 3 --export-json "$work/$1.json" "${@:2}" >/dev/null; python3 - "$work/$1.json" <<'PY'
import json, sys
rs = json.load(open(sys.argv[1]))["results"]
base = rs[0]["median"]
for r in rs:
    print(f"  {r['command'][:90]:90}  median {r['median']*1000:8.1f} ms  ratio {r['median']/base:5.2f}")
PY
}
echo "start-up in instructions (callgrind: the same count whatever else the machine does)"
if command -v valgrind >/dev/null; then
  for cmd in "/bin/true" "$bin show budapest:9.3"; do
    n=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null $cmd 2>&1 >/dev/null | sed -n 's/.*refs: *//p')
    echo "  $cmd: $n instructions"
  done
fi
echo "start-up: show budapest:9.3 against the process floor (/bin/true)"
hf startup --runs 50 -N "/bin/true" "$bin show budapest:9.3"
echo "show budapest:9.3"
hf show --runs 30 "$bin show budapest:9.3" "python3 -c \"import tomllib; tomllib.load(open('standards/budapest.toml','rb'))\""
echo "report of a profile listing every provision of both treaties"
hf report --runs 30 "$bin report $work/full.toml --format json" "$bin report $work/full.toml"
echo "check of 500 and 1,000 such profiles (linear: the second should take about twice the first)"
runs=(--runs 5 "$bin check $work/many500/*.toml" "$bin check $work/many/*.toml")
if command -v taplo >/dev/null; then
  runs+=("taplo lint --no-auto-config --schema file://$work/schema.json $work/many/*.toml")
fi
hf check "${runs[@]}"
echo "check of 1,000 profiles on all $(nproc) cores against one thread (RAYON_NUM_THREADS=1)"
hf parallel --runs 5 "RAYON_NUM_THREADS=1 $bin check $work/many/*.toml" "$bin check $work/many/*.toml"
