#!/usr/bin/env python3
"""Scores lexgap on the alignment benchmark of houfu/redlines, with its metric definitions.

usage: bench/score_redlines.py LEXGAP ROOT [--explain]   (--explain lists the links that differ)

ROOT holds `benchmark/corpus/<tier>/<pair>/{source.*, test.*, labels.yaml}` as in the
redlines repository (bench/redlines.sh fetches it into bench/corpus/redlines/). The metric
is redlines' `benchmark/score.py`, restated:

- correspondence precision |C ∩ C*| / |C|, recall |C ∩ C*| / |C*|, F1 their harmonic mean,
  over (source address, test address) links only; inserted and deleted blocks are in neither
  denominator; addresses named by a split, a merge or an unscored region are dropped from both;
- move recall |M ∩ M*| / |M*| and precision, M* being the rows of kind `move`;
- renumber recall over (source, test, source label, test label), for rows whose labels differ;
- counts are summed over pairs before dividing (micro-average), per tier and per family.

lexgap reports units, not redlines' blocks: each unit of lexgap's JSON tree (article,
paragraph, item) is mapped to a block address through redlines' own digest (sha256 of
`label \\x1f text`, whitespace collapsed, first 16 hex digits), computed on the unit's own
text (its lines up to the next unit). A unit no block has the digest of stays unmapped: a
link lexgap reports for it counts in |C| and can never be a hit.
"""

import hashlib
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import yaml

PLANS = ("renumber-storm", "move-heavy", "structure", "heavy", "light", "mixed", "table")


def digest(label, text):
    content = " ".join(text.split())
    if label:
        content = f"{label}\x1f{content}"
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]


def redlines_label(label):
    """lexgap's label in redlines' convention: `7.` → `7`, `(a)` stays."""
    if label is None or label == "preamble":
        return None
    return label[:-1] if re.fullmatch(r"\d+\.", label) else label


def walk(units, depth=0):
    for u in units:
        yield u
        yield from walk(u.get("children", []), depth + 1)


def own_texts(text, starts):
    """For each unit start line (1-based), the unit's own text: its lines up to the next start."""
    lines = text.split("\n")
    order = sorted(set(starts))
    ends = {s: (order[k + 1] if k + 1 < len(order) else len(lines) + 1) for k, s in enumerate(order)}
    return {s: "\n".join(lines[s - 1 : ends[s] - 1]) for s in order}


def strip_label(first, label):
    body = first.lstrip().lstrip("#").lstrip()
    if label and body.startswith(label):
        return body[len(label) :]
    return body


class Mapper:
    """Maps units of one side to block addresses by digest, k-th occurrence to k-th block."""

    def __init__(self, by_digest):
        self.by_digest = {d: sorted(a, key=order_key) for d, a in by_digest.items()}
        self.used = defaultdict(int)

    def take(self, d):
        addrs = self.by_digest.get(d, [])
        k = self.used[d]
        self.used[d] += 1
        return addrs[k] if k < len(addrs) else None


def order_key(addr):
    return [int(x) for x in re.findall(r"\[(\d+)\]", addr)]


def side_digests(labels, side):
    out = defaultdict(list)
    for c in labels.get("correspondences", []):
        out[c[f"{side}_digest"]].append(c[side])
    key = "inserted" if side == "test" else "deleted"
    for e in labels.get(key, []):
        out[e[f"{side}_digest"]].append(e[side])
    # Split and merge blocks too, so that lexgap's units for them map (and are then dropped).
    for e in (labels.get("splits") or []) + (labels.get("merges") or []):
        plural = "tests" if side == "test" else "sources"
        if plural in e and f"{side}_digests" in e:
            for address, dg in zip(e[plural], e[f"{side}_digests"]):
                out[dg].append(address)
        elif side in e and f"{side}_digest" in e:
            out[e[f"{side}_digest"]].append(e[side])
    return out


def excluded(labels):
    src, tst = set(), set()
    for s in labels.get("splits", []) or []:
        src.add(s["source"])
        tst.update(s["tests"])
    for m in labels.get("merges", []) or []:
        src.update(m["sources"])
        tst.add(m["test"])
    for u in labels.get("unscored", []) or []:
        (src if u.get("side") == "source" else tst).add(u.get("region", ""))
    return src, tst


def score_pair(lexgap, d):
    labels = yaml.safe_load((d / "labels.yaml").read_text(encoding="utf-8"))
    src = next(p for p in d.iterdir() if p.name.startswith("source."))
    tst = next(p for p in d.iterdir() if p.name.startswith("test."))
    r = json.loads(
        subprocess.run(
            [lexgap, "redline", str(src), str(tst), "--format", "json"],
            check=True,
            capture_output=True,
        ).stdout
    )
    units = [u for u in walk(r["units"]) if u["level"] > 0 or u.get("old_label") != "preamble"]
    old_text, new_text = src.read_text(encoding="utf-8"), tst.read_text(encoding="utf-8")
    old_own = own_texts(old_text, [u["old_line"] for u in units if "old_line" in u])
    new_own = own_texts(new_text, [u["new_line"] for u in units if "new_line" in u])
    old_map, new_map = Mapper(side_digests(labels, "source")), Mapper(side_digests(labels, "test"))

    def addr(u, which, own, mapper):
        if f"{which}_line" not in u:
            return None
        label = u.get(f"{which}_label")
        text = own[u[f"{which}_line"]]
        first, _, rest = text.partition("\n")
        body = strip_label(first, label) + "\n" + rest
        return mapper.take(digest(redlines_label(label), body)) or f"?{which}:{u[which + '_line']}"

    # Map in document order on each side.
    old_addr, new_addr = {}, {}
    for u in sorted((u for u in units if "old_line" in u), key=lambda u: u["old_line"]):
        old_addr[id(u)] = addr(u, "old", old_own, old_map)
    for u in sorted((u for u in units if "new_line" in u), key=lambda u: u["new_line"]):
        new_addr[id(u)] = addr(u, "new", new_own, new_map)

    ex_src, ex_tst = excluded(labels)
    truth = {(c["source"], c["test"]) for c in labels["correspondences"]}
    truth = {p for p in truth if p[0] not in ex_src and p[1] not in ex_tst}
    moves_t = {(c["source"], c["test"]) for c in labels["correspondences"] if c["kind"] == "move"}
    renum_t = {
        (c["source"], c["test"], c["source_label"], c["test_label"])
        for c in labels["correspondences"]
        if c["source_label"] != c["test_label"]
    }
    reported, moves, renums = set(), set(), set()
    for u in units:
        if u["status"] not in ("unchanged", "changed"):
            continue
        p = (old_addr[id(u)], new_addr[id(u)])
        if p[0] in ex_src or p[1] in ex_tst:
            continue
        reported.add(p)
        if u.get("moved", False):
            moves.add(p)
        ol, nl = redlines_label(u.get("old_label")), redlines_label(u.get("new_label"))
        if ol != nl:
            renums.add((p[0], p[1], ol, nl))
    if "--explain" in sys.argv:
        for p in sorted(reported - truth, key=str):
            print(f"  {d.name}: reported, not in the labels: {p}")
        for p in sorted(truth - reported, key=str):
            print(f"  {d.name}: in the labels, not reported: {p}")
    return {
        "links": (len(reported), len(truth), len(reported & truth)),
        "moves": (len(moves), len(moves_t), len(moves & moves_t)),
        "renumbers": (len(renums), len(renum_t), len(renums & renum_t)),
    }


def ratio(a, b):
    return f"{a / b:.3f}" if b else "  n/a"


def line(name, s):
    rep, tru, hit = s["links"]
    p, r = (hit / rep if rep else None), (hit / tru if tru else None)
    f1 = f"{2 * p * r / (p + r):.3f}" if p and r else "  n/a"
    mr, mt, mh = s["moves"]
    rr, rt, rh = s["renumbers"]
    return (f"{name:32} {ratio(hit, rep):>6} {ratio(hit, tru):>6} {f1:>6}  "
            f"{ratio(mh, mt):>6} {ratio(mh, mr):>6}  {ratio(rh, rt):>6}   {tru:>5} {mt:>4} {rt:>4}")


def add(a, b):
    return {k: tuple(x + y for x, y in zip(a[k], b[k])) for k in a}


def main():
    args = [a for a in sys.argv if a != "--explain"]
    if len(args) != 3:
        print(__doc__)
        sys.exit(2)
    lexgap, root = args[1], Path(args[2]) / "benchmark" / "corpus"
    zero = {"links": (0, 0, 0), "moves": (0, 0, 0), "renumbers": (0, 0, 0)}
    print(f"{'pair / family / tier':32} {'P':>6} {'R':>6} {'F1':>6}  {'mv R':>6} {'mv P':>6}  "
          f"{'ren R':>6}   {'links':>5} {'mv':>4} {'ren':>4}")
    for tier in ("synthetic", "hand"):
        if not (root / tier).is_dir():
            continue
        pairs = sorted(p for p in (root / tier).iterdir() if (p / "labels.yaml").exists())
        families = defaultdict(lambda: dict(zero))
        total = dict(zero)
        for d in pairs:
            s = score_pair(lexgap, d)
            print(line(d.name, s))
            family = next((d.name[: -len(p) - 1] for p in PLANS if d.name.endswith("-" + p)), d.name)
            families[family] = add(families[family], s)
            total = add(total, s)
        for f in sorted(families):
            print(line(f"family {f}", families[f]))
        print(line(f"tier {tier} ({len(pairs)} pairs)", total))


if __name__ == "__main__":
    main()
