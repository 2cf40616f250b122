#!/usr/bin/env bash
# Real legislation: version pairs extracted from public repositories with version history,
# in German, Dutch, French, Spanish, Czech, Slovak, Estonian and Romanian, into
# bench/corpus/legislation/ (ignored by git).
#
# usage: bench/legislation.sh [--repos DIR]
#
# Each repository is read from DIR/<owner>+<name>/repo when that exists (a local clone or
# mirror), else cloned from GitHub into bench/corpus/repos/. Each pair is the same law at two
# commits (old.md, new.md), with a SOURCE file naming repository, path and commits.
#
#   de-stgb         bundestag/gesetze            s/stgb/index.md (Strafgesetzbuch) as last amended
#                                                5.12.2012 → as last amended 30.3.2021
#   nl-sr           statengeneraal/laws-markdown Wetboek van Strafrecht (BWBR0001854), 2015-06 → 2015-11
#   fr-code-civil   steeve/france.code-civil     Code civil, one file per article, concatenated
#                                                in article order; before the 2014-08-04 law → after
#                                                the 2015-02-16 law
#   es-pe-const     crafter-research/legalize-pe Constitución Política del Perú (Spanish; Peru is
#                                                not a Council of Europe state), 2018 → 2019; the
#                                                repository's article text is the same in both (its
#                                                commits change the metadata), so this pair measures
#                                                recognition and speed, not changes
#   cs-tz           legalize-dev/legalize-cz     Trestní zákoník 40/2009 (Czech criminal code),
#                                                as of 2025-01-01 → 2026-01-01
#   sk-tz           legalize-dev/legalize-sk     Trestný zákon 300/2005 (Slovak criminal code),
#                                                as of 2025-07-01 → 2026-07-01
#   et-ks           legalize-dev/legalize-ee     Karistusseadustik (Estonian penal code),
#                                                as of 2018-01-01 → 2026-01-01
#   ro-31           legalize-dev/legalize-ro     Legea societăților 31/1990 (Romanian company
#                                                law), 2023-07 → 2024-12
set -euo pipefail

cd "$(dirname "$0")/.."
repos=""
while [ $# -gt 0 ]; do
    case "$1" in
        --repos) repos="$2"; shift ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done

out=bench/corpus/legislation
mkdir -p "$out" bench/corpus/repos

# The git directory of a repository: the local copy when given, else a fresh clone.
repo() {
    local name="$1" local_dir="${repos:+$repos/${1/\//+}/repo}"
    if [ -n "$local_dir" ] && [ -d "$local_dir" ]; then
        echo "$local_dir"
        return
    fi
    local dir="bench/corpus/repos/${name/\//+}"
    [ -d "$dir" ] || git clone --quiet --filter=blob:none --no-checkout "https://github.com/$name" "$dir" >&2
    echo "$dir"
}

# pair NAME REPO PATH OLD NEW: one file at two commits.
pair() {
    local name="$1" r path="$3" old="$4" new="$5"
    r=$(repo "$2")
    mkdir -p "$out/$name"
    git -C "$r" show "$old:$path" >"$out/$name/old.md"
    git -C "$r" show "$new:$path" >"$out/$name/new.md"
    printf 'repository: https://github.com/%s\npath: %s\nold: %s\nnew: %s\n' "$2" "$path" "$old" "$new" >"$out/$name/SOURCE"
}

# concat NAME REPO OLD NEW: every `Article *.md` file at a commit, in article order.
concat() {
    local name="$1" r old="$3" new="$4"
    r=$(repo "$2")
    mkdir -p "$out/$name"
    for side in old new; do
        local commit
        commit=$([ $side = old ] && echo "$old" || echo "$new")
        git -C "$r" ls-tree -r --name-only "$commit" | grep '/Article [^/]*\.md$' |
            python3 -c '
import re, sys
def key(p):
    n = re.search(r"Article (.*)\.md$", p).group(1)
    return [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", n)]
for p in sorted(sys.stdin.read().splitlines(), key=key):
    print(p)' |
            while IFS= read -r f; do
                git -C "$r" show "$commit:$f"
                printf '\n\n'
            done >"$out/$name/$side.md"
    done
    printf 'repository: https://github.com/%s\npath: Article *.md, concatenated in article order\nold: %s\nnew: %s\n' "$2" "$old" "$new" >"$out/$name/SOURCE"
}

pair de-stgb bundestag/gesetze s/stgb/index.md 10d4e650 5710c0a6
pair nl-sr statengeneraal/laws-markdown wet/wet/van/3/maart/1881/BWBR0001854/README.md f2493be023 53c197fdbd
concat fr-code-civil steeve/france.code-civil dfd5918f90~1 0d53376225
pair es-pe-const crafter-research/legalize-pe pe/CON-1993.md b347d5dca c5b059b4d
pair cs-tz legalize-dev/legalize-cz cz/SB-2009-40.md 27e6824082c5 6263a28c3d0a
pair sk-tz legalize-dev/legalize-sk sk/ZZ-2005-300.md 5490b75e0e02 a0392d2a0ffc
pair et-ks legalize-dev/legalize-ee ee/184411.md a099b3519320 b2ef0bf13f3b
pair ro-31 legalize-dev/legalize-ro ro/RO-798.md 60be48f5536d a4eb84c956ea

for d in "$out"/*/; do
    printf '%-16s %9s %9s bytes\n' "$(basename "$d")" "$(stat -c %s "$d/old.md")" "$(stat -c %s "$d/new.md")"
done
