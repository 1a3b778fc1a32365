#!/usr/bin/env python3
"""Run a peer script (shared/peers/*.py) with its clock switched to process CPU time.

    cpu_clock.py SCRIPT ARGS...

The peers time processing with time.perf_counter (wall). On a shared, overloaded
machine wall time mostly measures waiting for a core, so here perf_counter is
replaced by time.process_time: the peer's own stats line (load_s, wall_s, docs_per_s,
MB_per_s) then holds CPU seconds. The real wall time of the processing is printed
on a second line `[name] real_wall_s=…`. The peer scripts are run unchanged.
"""
import os
import runpy
import sys
import time

real = time.perf_counter
time.perf_counter = time.process_time
script = os.path.abspath(sys.argv[1])
sys.argv = sys.argv[1:]
sys.path.insert(0, os.path.dirname(script))
import common  # noqa: E402  (the peer's shared module, clock already patched)

orig_run = common.run


def run(name, args, docs, process_all, load_s, **kw):
    box = {}

    def timed(d):
        t = real()
        r = process_all(d)
        box["wall"] = real() - t
        return r

    orig_run(name, args, docs, timed, load_s, **kw)
    print(f"[{name}] real_wall_s={box['wall']:.4f}", file=sys.stderr)


common.run = run
runpy.run_path(script, run_name="__main__")
