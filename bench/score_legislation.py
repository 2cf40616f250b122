#!/usr/bin/env python3
"""Scores lexgap's redline on the real legislation pairs of bench/legislation.sh.

usage: bench/score_legislation.py LEXGAP [DIR]   (DIR defaults to bench/corpus/legislation)

For each pair it runs `LEXGAP redline old.md new.md --format json` and reports:
- recognised: the share of the articles of each version (found by an independent,
  per-language regular expression below) that lexgap split as article units;
- added/removed: the articles whose number is only in the new (old) version, and how many of
  them lexgap reported as added (removed) or as the target (source) of a renumbering;
- kept: the numbers in both versions that lexgap reported as added, removed or renumbered.
  Each must be a real renumbering: the article moved on and its number given to a new one
  (de-stgb's 11 are: §§ 114, 127, 176a-b, 184e-g and 315d moved on by the 2017-2021 reforms,
  and the new §§ that took their numbers). Anything else is an article amended under its own
  number and reported as something else;
- rebuild: whether the JSON operations rebuild the new text byte for byte.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

# The heading of an article in each pair, as its source prints it; group 1 is the number.
ARTICLE = {
    "de-stgb": r"^#+\s*§\s*(\d+[a-z]*)\b",
    "nl-sr": r"^#+\s*Artikel\s+(\S+)",
    "fr-code-civil": r"^Article\s+(\S+)\s*$",
    "es-pe-const": r"^Artículo\s+(\d+(?:-[A-Z])?)\.",
    "cs-tz": r"^#+\s*§\s*(\d+[a-z]*)\s*$",
    "sk-tz": r"^#+\s*§\s*(\d+[a-z]*)\s*$",
    "et-ks": r"^#+\s*§\s*(\d+(?:<sup>\d+</sup>)?)\.",
    "ro-31": r"^#+\s*Articolul\s+(\d+(?:\^\d+)?)\s*$",
}

RAISED = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def numbers(text, pattern):
    """The article numbers; HTML's raised digits (12<sup>1</sup>) as lexgap labels them (12¹)."""
    raised = lambda m: m.group(1).translate(RAISED)
    return {
        re.sub(r"<sup>(\d+)</sup>", raised, m.group(1)) for m in re.finditer(pattern, text, re.M)
    }


def apply(old, ops):
    data = old.encode("utf-8")
    out = bytearray()
    for op in ops:
        if op["op"] == "copy":
            out += data[op["start"] : op["end"]]
        elif op["op"] == "insert":
            out += op["text"].encode("utf-8")
    return out.decode("utf-8")


def section_numbers(sections):
    return {s["number"] for s in sections if s["kind"] == "article" and s.get("number")}


def score(lexgap, d):
    # Bytes decoded as they are: read_text() would turn CRLF into LF, and the ops' offsets
    # count the bytes of the files.
    old = (d / "old.md").read_bytes().decode("utf-8")
    new = (d / "new.md").read_bytes().decode("utf-8")
    out = subprocess.run(
        [lexgap, "redline", str(d / "old.md"), str(d / "new.md"), "--format", "json"],
        check=True,
        capture_output=True,
    ).stdout
    r = json.loads(out)
    pattern = ARTICLE[d.name]
    truth_old, truth_new = numbers(old, pattern), numbers(new, pattern)
    lex_old, lex_new = section_numbers(r["old_sections"]), section_numbers(r["new_sections"])
    reported_added, reported_removed, renumbered = set(), set(), set()
    for c in r["sections"]:
        o = r["old_sections"][c["old"]]["number"] if "old" in c else None
        n = r["new_sections"][c["new"]]["number"] if "new" in c else None
        if c["status"] == "added" or (c.get("renumbered", False) and n not in truth_old):
            reported_added.add(n)
        if c["status"] == "removed" or (c.get("renumbered", False) and o not in truth_new):
            reported_removed.add(o)
        if c.get("renumbered", False):
            renumbered |= {o, n}
    added, removed = truth_new - truth_old, truth_old - truth_new

    def share(a, b):
        return f"{len(a & b)}/{len(b)}" if b else "0/0"

    return {
        "pair": d.name,
        "style": r["structure"]["style_id"],
        "recognised_old": share(lex_old, truth_old),
        "recognised_new": share(lex_new, truth_new),
        "pct": 100.0 * min(
            len(lex_old & truth_old) / max(1, len(truth_old)),
            len(lex_new & truth_new) / max(1, len(truth_new)),
        ),
        "added": share(reported_added, added),
        "removed": share(reported_removed, removed),
        "changed": r["summary"]["changed"],
        "kept": len((reported_added | reported_removed | renumbered) & truth_old & truth_new),
        "rebuild": apply(old, r["ops"]) == new,
    }


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    lexgap = sys.argv[1]
    root = Path(sys.argv[2] if len(sys.argv) > 2 else "bench/corpus/legislation")
    print(f"{'pair':16} {'style':7} {'recognised old':>15} {'recognised new':>15} {'min %':>6} "
          f"{'added':>7} {'removed':>7} {'changed':>7} {'kept':>5} rebuild")
    for d in sorted(p for p in root.iterdir() if p.name in ARTICLE):
        s = score(lexgap, d)
        print(f"{s['pair']:16} {s['style']:7} {s['recognised_old']:>15} {s['recognised_new']:>15} "
              f"{s['pct']:6.1f} {s['added']:>7} {s['removed']:>7} {s['changed']:>7} {s['kept']:>5} "
              f"{'exact' if s['rebuild'] else 'FAILED'}")


if __name__ == "__main__":
    main()
