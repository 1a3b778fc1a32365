#!/usr/bin/env python3
"""Run a command; print `cpu_s=<user+sys of the child> real_s=<wall>` on stderr.

    cpu_run.py CMD ARGS...      (the command's own stderr is passed through)
"""
import resource
import subprocess
import sys
import time

t = time.perf_counter()
rc = subprocess.call(sys.argv[1:])
wall = time.perf_counter() - t
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"cpu_s={r.ru_utime + r.ru_stime:.4f} real_s={wall:.4f}", file=sys.stderr)
sys.exit(rc)
