#!/usr/bin/env python3
"""CPU time (user + system, seconds) of one run of the command given as arguments.

usage: bench/cputime.py CMD [ARG...]

The kernel's account of the child alone (wait4), so the interpreter's own start-up is not
counted; output is discarded. Prints the seconds with six decimals; exits with the command's
status.
"""

import os
import subprocess
import sys

with open(os.devnull, "wb") as null:
    p = subprocess.Popen(sys.argv[1:], stdout=null, stderr=null)
    _, status, ru = os.wait4(p.pid, 0)
p.returncode = os.waitstatus_to_exitcode(status)
print(f"{ru.ru_utime + ru.ru_stime:.6f}")
