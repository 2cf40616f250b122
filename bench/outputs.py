#!/usr/bin/env python3
"""The drafter outputs of the redline judged by readers that are not lexgap's own, on the real
legislation pairs of bench/legislation.sh (run that first).

usage: bench/outputs.py [--bin PATH] [--no-office]

For each pair:
  md      the Markdown redline rendered by a CommonMark reader (markdown-it-py, strike-through
          on); each hunk read without its struck words must give the JSON hunk's new words,
          without its bold words its old words (blanks aside: Markdown keeps them outside marks)
  html    the HTML redline parsed as HTML; each hunk without <del> gives the new words, without
          <ins> the old ones, byte for byte
  accept  the Word redline in LibreOffice, every change accepted: the new text
  reject  the same, every change rejected: the old text
  resave  the Word redline saved again by LibreOffice, read back by lexgap (tracked changes
          accepted): the new text, byte for byte
Needs `pip install markdown-it-py beautifulsoup4`; the Word checks need soffice
(apt-get install libreoffice-writer-nogui) and are left out with --no-office. Exit 1 when a
check fails.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from bs4 import BeautifulSoup
from markdown_it import MarkdownIt

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAIRS = os.path.join(ROOT, "bench/corpus/legislation")


def lexgap(bin_, *args):
    return subprocess.run([bin_, *args], capture_output=True, check=True).stdout


def hunks(d):
    """The JSON's hunks in the order the md and html print them; None for whole sections."""
    out = []
    for s in d["sections"]:
        if s["status"] in ("added", "removed"):
            out.append(None)
        else:
            out.extend(s.get("hunks", []))
    return out


def sides(h):
    new = "".join(f["text"] for f in h["fragments"] if f["kind"] != "removed")
    old = "".join(f["text"] for f in h["fragments"] if f["kind"] != "added")
    return new, old


def without(node, tags):
    node = BeautifulSoup(str(node), "html.parser")
    for t in node.find_all(tags):
        t.decompose()
    return node.get_text()


def check_md(md, d):
    html = MarkdownIt("commonmark").enable("strikethrough").enable("table").render(md)
    quotes = BeautifulSoup(html, "html.parser").find_all("blockquote")
    squash = lambda t: re.sub(r"\s+", "", t)
    bad = 0
    for q, h in zip(quotes, hunks(d)):
        if h is None:
            continue
        new, old = sides(h)
        if squash(without(q, ["del", "s"])) != squash(new) or squash(
            without(q, ["strong", "ins"])
        ) != squash(old):
            bad += 1
    return bad


def check_html(page, d):
    soup = BeautifulSoup(page, "html.parser")
    pres = [p for p in soup.find_all("pre") if not p.find_parent(class_=["added", "removed"])]
    changed = [h for h in hunks(d) if h is not None]
    bad = 0
    for p, h in zip(pres, changed):
        new, old = sides(h)
        if without(p, "del").rstrip("\n") != new.rstrip("\n") or without(p, "ins").rstrip(
            "\n"
        ) != old.rstrip("\n"):
            bad += 1
    return bad + abs(len(pres) - len(changed))


class Office:
    """LibreOffice with a profile of its own holding the Basic macro of tests/drafting.rs."""

    def __init__(self, tmp):
        src = open(os.path.join(ROOT, "tests/drafting.rs"), encoding="utf-8").read()
        macro = re.search(r'const MACRO: &str = r#"(.*?)"#;', src, re.S).group(1)
        self.profile = f"-env:UserInstallation=file://{tmp}/lo"
        subprocess.run(["soffice", "--headless", "--norestore", "--terminate_after_init", self.profile],
                       capture_output=True, check=True)
        with open(f"{tmp}/lo/user/basic/Standard/Module1.xba", "w", encoding="utf-8") as f:
            f.write(macro)

    def text(self, docx, mode):
        out = f"{docx}.{mode}.txt"
        call = f'macro:///Standard.Module1.Convert("{docx}","{out}","{mode}")'
        subprocess.run(["soffice", "--headless", "--norestore", self.profile, call],
                       capture_output=True, check=True)
        return open(out, encoding="utf-8").read()

    def resave(self, docx, outdir):
        subprocess.run(["soffice", "--headless", "--norestore", self.profile, "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", outdir, docx],
                       capture_output=True, check=True)
        return os.path.join(outdir, os.path.basename(docx))


def trailing(s):
    """LibreOffice writes a byte-order mark; a tracked last line leaves an empty paragraph."""
    return s.lstrip("\ufeff").rstrip("\n")


def main():
    args = sys.argv[1:]
    bin_ = os.path.join(ROOT, "target/release/lexgap")
    if "--bin" in args:
        bin_ = args[args.index("--bin") + 1]
    office_wanted = "--no-office" not in args and shutil.which("soffice")
    if not os.path.isdir(PAIRS):
        sys.exit("no pairs: run bench/legislation.sh first")
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        office = Office(tmp) if office_wanted else None
        print(f"{'pair':<16}{'hunks':>7}{'md':>6}{'html':>6}  accept  reject  resave")
        for pair in sorted(os.listdir(PAIRS)):
            old, new = (os.path.join(PAIRS, pair, f) for f in ("old.md", "new.md"))
            d = json.loads(lexgap(bin_, "redline", old, new, "--format", "json"))
            md = check_md(lexgap(bin_, "redline", old, new, "--format", "md").decode(), d)
            html = check_html(lexgap(bin_, "redline", old, new, "--format", "html").decode(), d)
            word = ["-", "-", "-"]
            if office:
                docx = os.path.join(tmp, f"{pair}.docx")
                env = dict(os.environ, SOURCE_DATE_EPOCH="0")
                subprocess.run([bin_, "redline", old, new, "--format", "docx", "--output", docx],
                               env=env, capture_output=True, check=True)
                texts = [open(f, encoding="utf-8").read() for f in (new, old)]
                word = [
                    "exact" if trailing(office.text(docx, m)) == trailing(t) else "DIFF"
                    for m, t in zip(("accept", "reject"), texts)
                ]
                back = office.resave(docx, os.path.join(tmp, "resaved"))
                ops = json.loads(lexgap(bin_, "redline", new, back, "--format", "json"))["ops"]
                word.append("exact" if all(o["op"] == "copy" for o in ops) else "DIFF")
            failed |= md > 0 or html > 0 or "DIFF" in word
            n = sum(1 for h in hunks(d) if h is not None)
            print(f"{pair:<16}{n:>7}{md:>6}{html:>6}  {word[0]:<7} {word[1]:<7} {word[2]}")
    print("md, html: hunks a reader does not read as the JSON says (0 is right)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
