#!/usr/bin/env python3
"""Hostile redline workloads: texts shaped to find costs that grow faster than the text.

usage: bench/make_hostile.py DIR

Writes DIR/<name>/old.txt and new.txt for (deterministic, seeded):
  stubs    60,000 articles that all read `Repealed.`, every seventh one dropped
  paras    one article of 40,000 unnumbered paragraphs, shuffled
  edits    a text with no headings: 30,000 paragraphs, one word changed in every tenth
  rewrite  the same, every tenth paragraph rewritten in other words (a move is looked for)
  closing  a list whose last item runs on for 8,000 indented paragraphs; one word changed
  cells    a table of 5,000 rows of ten small numbers, a third of the cells revised
  numbers  50 articles, each a line of 4,000 numbers 0 and 1, a third flipped
  marks    20,000 articles whose sentences open alike, each marked as a heading in the new
           text and broken after its words (lines read as the old text reads them)
  satz     a German § whose two Absätze are one line each of 60,000 sentences (numbers
           before their stops) and 40,000 footnote calls left open, a word changed in each
           (the sentences a change is cited by are counted)
"""

import os
import random
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"]


def write(root, name, old, new):
    d = os.path.join(root, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "old.txt"), "w") as f:
        f.write(old)
    with open(os.path.join(d, "new.txt"), "w") as f:
        f.write(new)


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) + str(rng.randint(0, 9)) for _ in range(n))


def main(root):
    rng = random.Random(1)
    stub = "Article {}\nRepealed.\n\n"
    write(
        root,
        "stubs",
        "".join(stub.format(i) for i in range(1, 60001)),
        "".join(stub.format(i) for i in range(1, 60001) if i % 7),
    )
    paras = [sentence(rng, 20) for _ in range(40000)]
    old = "Article 1\n\n" + "\n\n".join(paras) + "\n"
    rng.shuffle(paras)
    write(root, "paras", old, "Article 1\n\n" + "\n\n".join(paras) + "\n")
    paras = [sentence(rng, 30) for _ in range(30000)]
    old = "\n\n".join(paras) + "\n"
    for k in range(0, len(paras), 10):
        paras[k] = "changed " + paras[k]
    write(root, "edits", old, "\n\n".join(paras) + "\n")
    paras = [sentence(rng, 30) for _ in range(30000)]
    old = "\n\n".join(paras) + "\n"
    for k in range(0, len(paras), 10):
        paras[k] = " ".join("new%d" % rng.randint(0, 10**9) for _ in range(30))
    write(root, "rewrite", old, "\n\n".join(paras) + "\n")
    paras = ["    " + sentence(rng, 12) for _ in range(8000)]
    head = "Article 1\n\nThe following apply:\n\n(a) first item\n\n(b) second item\n\n"
    old = head + "\n\n".join(paras) + "\n"
    paras[-1] += " changed"
    write(root, "closing", old, head + "\n\n".join(paras) + "\n")
    rows = [[str(rng.randint(0, 3)) for _ in range(10)] for _ in range(5000)]
    head = "Article 1 Rates\n\n| " + " | ".join("abcdefghij") + " |\n|" + "---|" * 10 + "\n"
    table = lambda rows: head + "".join("| " + " | ".join(r) + " |\n" for r in rows)
    old = table(rows)
    rows = [[str(rng.randint(0, 3)) if rng.random() < 0.33 else x for x in r] for r in rows]
    write(root, "cells", old, table(rows))
    old, new = [], []
    for a in range(1, 51):
        w = [rng.choice("01") for _ in range(4000)]
        old.append("Article %d\n\n%s\n\n" % (a, " ".join(w)))
        w = [("1" if x == "0" else "0") if rng.random() < 0.33 else x for x in w]
        new.append("Article %d\n\n%s\n\n" % (a, " ".join(w)))
    write(root, "numbers", "".join(old), "".join(new))
    old, new = [], []
    for a in range(1, 20001):
        words = "Lorem ipsum dolor sit amet consectetur %d" % a
        head = "##### Article %d\n\nThe article opens.\n\n" % a
        old.append("%s%s [source](/eli/%d).\n\n" % (head, words, a))
        new.append("%s##### %s\n[source](/eli/%d)\n.\n\n" % (head, words, a))
    write(root, "marks", "".join(old), "".join(new))
    first = "(1) " + " ".join(["Der Satz 1. Die Regel gilt."] * 60000)
    second = "(2) " + " ".join(["Es gilt. [^1 und mehr"] * 40000)
    old = "#### § 1 Satz\n\n%s\n\n%s\n\n#### § 2 Weiter\n\n(1) Die Regel.\n" % (first, second)
    new = old.replace("Die Regel gilt.", "Die Regel gilt nicht.", 1)
    write(root, "satz", old, new.replace("[^1 und mehr", "[^1 und weniger", 1))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
