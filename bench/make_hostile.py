#!/usr/bin/env python3
"""Hostile redline workloads: texts shaped to find costs that grow faster than the text.

usage: bench/make_hostile.py DIR

Writes DIR/<name>/old.txt and new.txt for (deterministic, seeded):
  stubs    60,000 articles that all read `Repealed.`, every seventh one dropped
  paras    one article of 40,000 unnumbered paragraphs, shuffled
  edits    a text with no headings: 30,000 paragraphs, one word changed in every tenth
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


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
