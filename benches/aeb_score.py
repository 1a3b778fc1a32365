#!/usr/bin/env python3
"""Score extractor outputs on the article-extraction-benchmark (AEB) with its own metric.

    aeb_score.py GROUND_TRUTH.json PRED [PRED...]

PRED is either a peer output JSONL ({doc_id, text}; doc_id = the page's file stem,
e.g. `<id>.html` after unzipping `<id>.html.gz`) or an AEB `output/*.json` file
({id: {articleBody}} optionally wrapped as {"version", "output"}).
Prints one line per PRED: name, docs, P, R, F1, empty.

Metric: a small port of AEB evaluate.py (the same one crates/eval/src/extraction/metric.rs
ports): 4-token shingles over \\w+ tokens (case kept), per-doc tp/fp/fn over shingle
multisets normalised to sum 1, precision averaged over docs with a non-empty prediction,
recall over docs with a non-empty truth, F1 from the two means.
"""
import collections
import json
import re
import sys
from pathlib import Path

TOKEN = re.compile(r"\w+")


def shingles(text, n=4):
    toks = TOKEN.findall(text or "")
    out = collections.Counter()
    for i in range(max(1, len(toks) - n + 1)):
        sh = tuple(toks[i:i + n])
        if sh:
            out[sh] += 1
    return out


def match(truth, pred):
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fn = sum((t - p).values())
    fp = sum((p - t).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def prec(tp, fp, fn):
    return 1.0 if fp == 0 and fn == 0 else 0.0 if tp == 0 and fp == 0 else tp / (tp + fp)


def rec(tp, fp, fn):
    return 1.0 if fp == 0 and fn == 0 else 0.0 if tp == 0 and fn == 0 else tp / (tp + fn)


def aggregate(docs):
    ps = [prec(*d) for d in docs if d[0] + d[1] > 0]
    rs = [rec(*d) for d in docs if d[0] + d[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_pred(path):
    path = Path(path)
    if path.suffix == ".jsonl":
        out = {}
        for line in path.open(encoding="utf-8"):
            d = json.loads(line)
            key = d["doc_id"].split(".")[0]
            out[key] = d.get("text") or ""
        return out
    d = json.loads(path.read_text(encoding="utf-8"))
    if "output" in d and "version" in d:
        d = d["output"]
    return {k: (v or {}).get("articleBody") or "" for k, v in d.items()}


def main():
    truth = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for p in sys.argv[2:]:
        pred = load_pred(p)
        docs = [match(v["articleBody"], pred.get(k, "")) for k, v in truth.items()]
        P, R, F = aggregate(docs)
        empty = sum(1 for k in truth if not pred.get(k))
        print(f"{Path(p).stem}: docs={len(truth)} P={P:.3f} R={R:.3f} F1={F:.3f} empty={empty}")


if __name__ == "__main__":
    main()
