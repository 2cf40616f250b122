#!/usr/bin/env python3
"""Scores lexgap on the alignment benchmark of houfu/redlines, with its metric definitions.

usage: bench/score_redlines.py LEXGAP ROOT [--explain] [--only PAIR] [--md]

--md prints the family and tier rows as a Markdown table (for the README).

ROOT holds `benchmark/corpus/<tier>/<pair>/{source.*, test.*, labels.yaml}` as in the
redlines repository. The metric is redlines' `benchmark/score.py`, restated:

- correspondence precision |C ∩ C*| / |C|, recall |C ∩ C*| / |C*|, F1 their harmonic mean,
  over (source address, test address) links of labelled blocks only (the root and the
  containers `document`, `section`, `table` are in neither set); inserted and deleted blocks
  are in neither denominator; an address named by a split, a merge or an unscored region (or
  lying inside one) is dropped from both sets;
- move recall |M ∩ M*| / |M*| and precision, M* being the rows of kind `move`;
- renumber recall over (source, test, source label, test label), for rows whose labels differ;
- counts are summed over pairs before dividing (micro-average), per tier and per family.

lexgap reports units, redlines labels blocks. Each block of the labels is found in its text
by redlines' own digest (sha256 of `label \\x1f text`, whitespace collapsed, first 16 hex
digits): every run of lines is tried, with and without a leading label, and the block is
placed at the first line of the run whose digest is its own (the k-th block of a digest at
the k-th run, in reading order). A lexgap unit stands for the block that starts on the
unit's first line (the k-th unit starting on a line, in reading order of the tree, for the
k-th block starting there: a table row, then its cells); a link between two aligned units (status unchanged or changed) is a link
between those blocks. A unit no block starts on maps to nothing: a link lexgap reports for it
counts in |C| and is never a hit. Nothing else is inferred: a block lexgap has no unit for
is never reported.
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
CONTAINERS = ("section", "table", "document")


def digest(label, text):
    content = " ".join(text.split())
    if label:
        content = f"{label}\x1f{content}"
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]


def redlines_label(label):
    """lexgap's label in redlines' convention: `7.` → `7`, `## 3.` → `3`, `(a)` stays."""
    if label is None or label == "preamble":
        return None
    label = label.lstrip("#").strip()
    return label[:-1] if re.fullmatch(r"\w+(\.\w+)*\.", label) else label


def walk(units):
    for u in units:
        yield u
        yield from walk(u.get("children", []))


def order_key(addr):
    return [int(x) for x in re.findall(r"\[(\d+)\]", addr)]


def readings(text):
    """The (label, body) readings of a run of lines: unlabelled, and split after one or two
    leading tokens, each with Markdown heading, list and quote marks taken off."""
    bodies = {text}
    m = re.match(r"\s*(#{1,6}|[-*+>]|\d+[.)])\s+(.*)", text, re.S)
    if m:
        bodies.add(m.group(2))
    out = []
    for body in bodies:
        out.append((None, body))
        for n in (1, 2):
            m = re.match(r"\s*((?:\S+\s+){%d})" % (n - 1) + r"(\S+)(?:\s+(.*))?$", body, re.S)
            if not m:
                continue
            label = (m.group(1) + m.group(2)).strip()
            rest = m.group(3) or ""
            for lab in {label, label.rstrip(".:"), label.strip("*_"), label.strip("*_").rstrip(".:")}:
                if lab:
                    out.append((lab, rest))
    return out


def locate(text, wanted):
    """First line (1-based) of each wanted block, from its digest. `wanted` maps a digest to
    its addresses; returns address → line."""
    lines = text.split("\n")
    found = defaultdict(list)  # digest -> [first line]
    n = len(lines)
    i = 0
    while i < n:
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < n and lines[j].strip():
            j += 1
        for a in range(i, j):
            row = lines[a].strip()
            if row.startswith("|"):
                # A Markdown table row: its digest is its cells' texts joined by \x1f.
                cells = [" ".join(c.split()) for c in row.strip("|").split("|")]
                for d in [hashlib.sha256("\x1f".join(cells).encode()).hexdigest()[:16]] + [
                    digest(None, c) for c in cells
                ]:
                    if d in wanted and (not found[d] or found[d][-1] != a + 1):
                        found[d].append(a + 1)
            for b in range(a + 1, min(j, a + 60) + 1):
                run = "\n".join(lines[a:b])
                for label, body in readings(run):
                    d = digest(label, body)
                    if d in wanted and (not found[d] or found[d][-1] != a + 1):
                        found[d].append(a + 1)
        i = j
    where = {}
    for d, addrs in wanted.items():
        starts = sorted(set(found.get(d, [])))
        for k, addr in enumerate(sorted(addrs, key=order_key)):
            if k < len(starts):
                where[addr] = starts[k]
    return where


def kind_of(addr):
    m = re.search(r"/([a-z_]+)\[\d+\]$", addr)
    return m.group(1) if m else "document"


def side_blocks(labels, side):
    """digest → addresses of every labelled block of one side."""
    out = defaultdict(list)
    for c in labels.get("correspondences") or []:
        out[c[f"{side}_digest"]].append(c[side])
    for e in labels.get("inserted" if side == "test" else "deleted") or []:
        out[e[f"{side}_digest"]].append(e[side])
    plural = "tests" if side == "test" else "sources"
    for e in (labels.get("splits") or []) + (labels.get("merges") or []):
        if plural in e:
            for a, d in zip(e[plural], e[f"{side}_digests"]):
                out[d].append(a)
        else:
            out[e[f"{side}_digest"]].append(e[side])
    return out


def under(addr, prefix):
    return addr == prefix or addr.startswith(prefix.rstrip("/") + "/")


def excluded(labels):
    src, tst = set(), set()
    for s in labels.get("splits") or []:
        src.add(s["source"])
        tst.update(s["tests"])
    for m in labels.get("merges") or []:
        src.update(m["sources"])
        tst.add(m["test"])
    for u in labels.get("unscored") or []:
        side = u.get("side", "both")
        if side in ("source", "both"):
            src.add(u["region"])
        if side in ("test", "both"):
            tst.add(u["region"])
    return src, tst


def run_lexgap(lexgap, src, tst):
    out = subprocess.run(
        [lexgap, "redline", str(src), str(tst), "--format", "json"], check=True, capture_output=True
    ).stdout
    return json.loads(out)


def score_pair(lexgap, d, explain=False):
    labels = yaml.safe_load((d / "labels.yaml").read_text(encoding="utf-8"))
    src = d / labels["source"]["file"]
    tst = d / labels["test"]["file"]
    for f, side in ((src, "source"), (tst, "test")):
        if hashlib.sha256(f.read_bytes()).hexdigest() != labels[side]["sha256"]:
            sys.exit(f"{d.name}: {f.name} is not the file the labels were made for (sha256)")
    r = run_lexgap(lexgap, src, tst)
    old_where = locate(src.read_text(encoding="utf-8"), side_blocks(labels, "source"))
    new_where = locate(tst.read_text(encoding="utf-8"), side_blocks(labels, "test"))
    old_at, new_at = defaultdict(list), defaultdict(list)
    for where, at in ((old_where, old_at), (new_where, new_at)):
        for a, line in sorted(where.items(), key=lambda x: order_key(x[0])):
            at[line].append(a)
    # The k-th unit starting on a line (in reading order of the tree) stands for the k-th
    # block starting there: a table row, then its cells.
    old_of, new_of, seen = {}, {}, defaultdict(int)
    for u in walk(r["units"]):
        for side, at, of in (("old", old_at, old_of), ("new", new_at, new_of)):
            line = u.get(f"{side}_line")
            if line is None:
                continue
            k = seen[(side, line)]
            seen[(side, line)] += 1
            blocks = at.get(line, [])
            of[id(u)] = blocks[k] if k < len(blocks) else f"?{side}:{line}:{k}"
    lost = [a for ds in side_blocks(labels, "source").values() for a in ds if a not in old_where]
    lost += [a for ds in side_blocks(labels, "test").values() for a in ds if a not in new_where]

    ex_src, ex_tst = excluded(labels)

    def scored(s, t):
        if kind_of(s) in CONTAINERS or kind_of(t) in CONTAINERS:
            return False
        return not any(under(s, p) for p in ex_src) and not any(under(t, p) for p in ex_tst)

    rows = labels.get("correspondences") or []
    truth = {(c["source"], c["test"]) for c in rows if scored(c["source"], c["test"])}
    moves_t = {(c["source"], c["test"]) for c in rows if c["kind"] == "move"}
    renum_t = {
        (c["source"], c["test"], c["source_label"], c["test_label"])
        for c in rows
        if c["source_label"] != c["test_label"]
    }
    reported, moves, renums = set(), set(), set()
    for u in walk(r["units"]):
        if u["status"] not in ("unchanged", "changed"):
            continue
        s, t = old_of[id(u)], new_of[id(u)]
        if not scored(s, t):
            continue
        p = (s, t)
        reported.add(p)
        if u.get("moved", False):
            moves.add(p)
        ol, nl = redlines_label(u.get("old_label")), redlines_label(u.get("new_label"))
        if ol != nl:
            renums.add((s, t, ol, nl))
    if explain:
        for a in lost:
            print(f"  {d.name}: block not found in its text: {a}")
        for p in sorted(reported - truth, key=str):
            print(f"  {d.name}: reported, not in the labels: {p}")
        for p in sorted(truth - reported, key=str):
            print(f"  {d.name}: in the labels, not reported: {p}")
        for p in sorted(moves_t - moves, key=str):
            print(f"  {d.name}: move not reported: {p}")
        for p in sorted(moves - moves_t, key=str):
            print(f"  {d.name}: move reported, not in the labels: {p}")
        for p in sorted(renum_t - renums, key=str):
            print(f"  {d.name}: renumber not reported: {p}")
    return {
        "links": (len(reported), len(truth), len(reported & truth)),
        "moves": (len(moves), len(moves_t), len(moves & moves_t)),
        "renumbers": (len(renums), len(renum_t), len(renums & renum_t)),
    }


def ratio(a, b):
    return f"{a / b:.3f}" if b else "  n/a"


def f1(s):
    rep, tru, hit = s["links"]
    p, r = (hit / rep if rep else None), (hit / tru if tru else None)
    return 2 * p * r / (p + r) if p and r else None


def line(name, s):
    rep, tru, hit = s["links"]
    mr, mt, mh = s["moves"]
    rr, rt, rh = s["renumbers"]
    f = f1(s)
    f = f"{f:.3f}" if f is not None else "  n/a"
    return (
        f"{name:34} {ratio(hit, rep):>6} {ratio(hit, tru):>6} {f:>6}  "
        f"{ratio(mh, mt):>6} {ratio(mh, mr):>6}  {ratio(rh, rt):>6}   {tru:>5} {mt:>4} {rt:>4}"
    )


def md_line(name, s):
    rep, tru, hit = s["links"]
    mr, mt, mh = s["moves"]
    rr, rt, rh = s["renumbers"]
    f = f1(s)
    f = f"{f:.3f}" if f is not None else "n/a"
    return (
        f"| {name} | {ratio(hit, rep).strip()} / {ratio(hit, tru).strip()} / {f} | "
        f"{ratio(mh, mt).strip()} ({mh}/{mt}) | {ratio(mh, mr).strip()} | "
        f"{ratio(rh, rt).strip()} ({rh}/{rt}) | {tru} |"
    )


def add(a, b):
    return {k: tuple(x + y for x, y in zip(a[k], b[k])) for k in a}


def main():
    args = sys.argv[1:]
    explain = "--explain" in args
    md = "--md" in args
    args = [a for a in args if a != "--md"]
    only = None
    if "--only" in args:
        only = args[args.index("--only") + 1]
        args = [a for a in args if a not in ("--only", only)]
    args = [a for a in args if a != "--explain"]
    if len(args) != 2:
        print(__doc__)
        sys.exit(2)
    lexgap, root = args[0], Path(args[1]) / "benchmark" / "corpus"
    zero = {"links": (0, 0, 0), "moves": (0, 0, 0), "renumbers": (0, 0, 0)}
    show = (lambda name, s: print(md_line(name, s))) if md else (lambda name, s: print(line(name, s)))
    if md:
        print("| pairs | correspondence P / R / F1 | move recall | move precision | renumber recall | links |")
        print("|---|---:|---:|---:|---:|---:|")
    else:
        print(
            f"{'pair / family / tier':34} {'P':>6} {'R':>6} {'F1':>6}  {'mv R':>6} {'mv P':>6}  "
            f"{'ren R':>6}   {'links':>5} {'mv':>4} {'ren':>4}"
        )
    for tier in ("synthetic", "hand"):
        if not (root / tier).is_dir():
            continue
        pairs = sorted(p for p in (root / tier).iterdir() if (p / "labels.yaml").exists())
        if only:
            pairs = [p for p in pairs if p.name == only]
        families = defaultdict(lambda: dict(zero))
        total = dict(zero)
        for d in pairs:
            s = score_pair(lexgap, d, explain)
            if not md:
                print(line(d.name, s))
            family = next((d.name[: -len(p) - 1] for p in PLANS if d.name.endswith("-" + p)), d.name)
            families[family] = add(families[family], s)
            total = add(total, s)
        if tier == "synthetic":
            for f in sorted(families):
                n = sum(1 for d in pairs if d.name.startswith(f + "-") or d.name == f)
                show(f"{f} ({n})" if md else f"family {f}", families[f])
        show(f"**{tier} tier ({len(pairs)} pairs)**" if md else f"tier {tier} ({len(pairs)} pairs)", total)


if __name__ == "__main__":
    main()
