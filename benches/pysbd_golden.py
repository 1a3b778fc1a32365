#!/usr/bin/env python3
"""pysbd on the golden-rule sets: share of cases whose sentence list matches exactly.

    pysbd_golden.py [SHARED]   (run with the peers' venv python)

Sets: pysbd-golden-rules/english_golden_rules.json (pysbd's own test set, so pysbd is
tuned to it) and pragmatic-segmenter-golden-rules/golden_rules_from_README.json
(English). As in `newsclaims eval sentences`: the README's
Ruby-literal `\\n` and `\\"` are unescaped, and sentences are compared after white-space
normalization (runs → one space, trimmed).
"""
import json
import os
import sys
from pathlib import Path

import pysbd

shared = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get(
    "NEWSCLAIMS_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared"))
seg = pysbd.Segmenter(language="en", clean=False)
sets = {
    "pysbd_golden": json.loads((shared / "corpora/segment/pysbd-golden-rules/english_golden_rules.json").read_text()),
    "pragmatic_golden": json.loads((shared / "corpora/segment/pragmatic-segmenter-golden-rules/golden_rules_from_README.json").read_text())["English"],
}


def norm(s):
    return " ".join(s.split())


def unruby(s):
    return s.replace("\\n", "\n").replace('\\"', '"')


for name, cases in sets.items():
    ok = 0
    fix = unruby if name == "pragmatic_golden" else (lambda s: s)
    for c in cases:
        got = [norm(s) for s in seg.segment(fix(c["text"])) if s.strip()]
        ok += got == [norm(fix(s)) for s in c["expected"] if s.strip()]
    print(f"[pysbd {name}] cases={len(cases)} exact={ok} accuracy={ok / len(cases):.3f}")
