#!/usr/bin/env python3
"""Regression set: real version pairs of legislation, read by two builds of lexgap.

usage:
  bench/regression.py build --mirrors DIR [--per-repo N]
  bench/regression.py run BIN [--formats json,md,instructions] [--jobs J]
  bench/regression.py compare OLD_BIN NEW_BIN [--formats ...]

`build` takes, from each repository under DIR (laid out as DIR/<owner>+<name>/repo, a bare git
directory or a clone: what the `fetch` of the search tool brings), up to N Markdown files
(default 80) that changed at least once, chosen by a hash of their path so that the set is the
same on every machine with the same snapshots; each file's first and last versions in the
history become bench/corpus/regression/<repo>/<k>/old.md and new.md, with a SOURCE naming
repository, path and commits. Files under 1 KB or over 3 MB are left out.

`run` reads every pair with BIN in each format into bench/corpus/regression-out/<BIN's
name>/<pair>.<format> (standard output, then a line `===== stderr` and standard error, then
the exit code), 30 s at most a run. `compare` runs both builds (where their outputs are
missing) and lists the pairs whose outputs differ, format by format, then counts panics
(exit code 101) and timeouts of each build. Nothing here is needed by the tests.
"""
import argparse
import concurrent.futures as futures
import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus" / "regression"
OUT = ROOT / "bench" / "corpus" / "regression-out"
MIN_BYTES, MAX_BYTES = 1024, 3 * 1024 * 1024


def git(repo, *args):
    return subprocess.run(
        ["git", "--git-dir", str(repo), *args], check=True, capture_output=True
    ).stdout


def git_dir(path):
    return path / ".git" if (path / ".git").is_dir() else path


def versions(repo):
    """Path -> commits that touched it, newest first (first parents only)."""
    log = git(repo, "log", "--first-parent", "--format=@%H", "--name-only", "HEAD", "--", "*.md")
    seen, commit = {}, None
    for line in log.decode("utf-8", "replace").splitlines():
        if line.startswith("@"):
            commit = line[1:]
        elif line.strip():
            seen.setdefault(line.strip(), []).append(commit)
    return seen


def build(args):
    mirrors = Path(args.mirrors)
    for entry in sorted(mirrors.iterdir()):
        repo = git_dir(entry / "repo")
        if not repo.is_dir():
            continue
        name = entry.name
        touched = {p: c for p, c in versions(repo).items() if len(c) >= 2}
        chosen = sorted(touched, key=lambda p: hashlib.sha256(p.encode()).hexdigest())
        made = 0
        for path in chosen:
            if made >= args.per_repo:
                break
            newest, oldest = touched[path][0], touched[path][-1]
            try:
                old = git(repo, "show", f"{oldest}:{path}")
                new = git(repo, "show", f"{newest}:{path}")
            except subprocess.CalledProcessError:
                continue
            if old == new or not all(MIN_BYTES <= len(t) <= MAX_BYTES for t in (old, new)):
                continue
            made += 1
            pair = CORPUS / name / f"{made:03}"
            pair.mkdir(parents=True, exist_ok=True)
            (pair / "old.md").write_bytes(old)
            (pair / "new.md").write_bytes(new)
            (pair / "SOURCE").write_text(
                f"repository {name.replace('+', '/')}\npath {path}\nold {oldest}\nnew {newest}\n"
            )
        print(f"{name}: {made} pairs", file=sys.stderr)


def pairs():
    return sorted(p.parent for p in CORPUS.glob("*/*/old.md"))


def run_one(binary, pair, fmt, out):
    target = out / f"{pair.parent.name}+{pair.name}.{fmt}"
    if target.exists():
        return
    cmd = [binary, "redline", str(pair / "old.md"), str(pair / "new.md"), "--format", fmt]
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=30)
        body = p.stdout + b"\n===== stderr\n" + p.stderr + f"\n===== exit {p.returncode}\n".encode()
    except subprocess.TimeoutExpired:
        body = b"===== timeout\n"
    target.write_bytes(body)


def run(binary, formats, jobs):
    binary = str(Path(binary).resolve())
    out = OUT / Path(binary).name
    out.mkdir(parents=True, exist_ok=True)
    work = [(pair, fmt) for pair in pairs() for fmt in formats]
    with futures.ThreadPoolExecutor(jobs) as pool:
        for f in [pool.submit(run_one, binary, p, fmt, out) for p, fmt in work]:
            f.result()
    return out


def compare(args):
    formats = args.formats.split(",")
    a = run(args.old, formats, args.jobs)
    b = run(args.new, formats, args.jobs)
    differ = 0
    for pair in pairs():
        for fmt in formats:
            name = f"{pair.parent.name}+{pair.name}.{fmt}"
            if (a / name).read_bytes() != (b / name).read_bytes():
                differ += 1
                print(f"differs: {pair.relative_to(CORPUS)} {fmt}")
    for out in (a, b):
        texts = [p.read_bytes() for p in out.iterdir()]
        panics = sum(b"===== exit 101" in t for t in texts)
        timeouts = sum(t.startswith(b"===== timeout") for t in texts)
        print(f"{out.name}: {len(texts)} outputs, {panics} panics, {timeouts} timeouts")
    print(f"{differ} of {len(pairs()) * len(formats)} outputs differ")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--mirrors", required=True)
    b.add_argument("--per-repo", type=int, default=80)
    for name in ("run", "compare"):
        s = sub.add_parser(name)
        if name == "run":
            s.add_argument("binary")
        else:
            s.add_argument("old")
            s.add_argument("new")
        s.add_argument("--formats", default="json,md,instructions")
        s.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    if args.cmd == "build":
        build(args)
    elif args.cmd == "run":
        print(run(args.binary, args.formats.split(","), args.jobs))
    else:
        compare(args)


if __name__ == "__main__":
    main()
