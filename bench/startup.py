#!/usr/bin/env python3
"""Start-up cost of lexgap, as CPU time above the process floor, in a paired run.

usage: bench/startup.py [--runs N] [--baseline BIN] [LEXGAP]

Runs `/bin/true`, `LEXGAP show budapest:9.3`, `LEXGAP report` of the shipped example and, with
--baseline, the same two commands of another lexgap binary (an older release), interleaved
round by round, so that whatever else the machine does falls on every command alike. Each
run's CPU time (user + system) is read from the kernel with wait4(); the medians are printed
with the difference to /bin/true. Default: 400 rounds, target/release/lexgap.
"""

import argparse
import os
import statistics
import subprocess
import sys


def cpu_ms(argv):
    """CPU time (user + system) of one run of argv, in milliseconds."""
    with open(os.devnull, "wb") as null:
        p = subprocess.Popen(argv, stdout=null, stderr=null)
        _, status, ru = os.wait4(p.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(argv)}")
    p.returncode = 0
    return (ru.ru_utime + ru.ru_stime) * 1e3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("lexgap", nargs="?", default="target/release/lexgap")
    ap.add_argument("--runs", type=int, default=400)
    ap.add_argument("--baseline")
    args = ap.parse_args()

    example = "jurisdictions/xa-examplia.toml"
    commands = {"/bin/true": ["/bin/true"]}
    bins = [("", args.lexgap)] + ([("baseline ", args.baseline)] if args.baseline else [])
    for tag, b in bins:
        commands[f"{tag}show budapest:9.3"] = [b, "show", "budapest:9.3"]
        commands[f"{tag}report {example}"] = [b, "report", example]

    times = {name: [] for name in commands}
    for _ in range(20):  # warm-up: page cache, CPU frequency
        for argv in commands.values():
            cpu_ms(argv)
    for _ in range(args.runs):
        for name, argv in commands.items():
            times[name].append(cpu_ms(argv))

    floor = statistics.median(times["/bin/true"])
    print(f"{args.runs} interleaved rounds; CPU time (user + system) per run, median")
    print(f"{'command':<48} {'median':>9} {'above /bin/true':>16}")
    for name, t in times.items():
        m = statistics.median(t)
        above = "" if name == "/bin/true" else f"{m - floor:13.2f} ms"
        print(f"{name:<48} {m:6.2f} ms {above:>16}")


if __name__ == "__main__":
    main()
