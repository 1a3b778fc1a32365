#!/usr/bin/env python3
"""Copy a gold dir keeping only direct quotes (textacy finds only those):
    gold_direct.py GOLD_DIR OUT_DIR            (OUT_DIR: outside the repo)
Also filters a claims JSONL to direct quotes: gold_direct.py --claims IN.jsonl OUT.jsonl"""
import json
import sys
from pathlib import Path

if sys.argv[1] == "--claims":
    with open(sys.argv[3], "w", encoding="utf-8") as out:
        for line in open(sys.argv[2], encoding="utf-8"):
            r = json.loads(line)
            if r.get("type") == "quote" and (r.get("quote") or {}).get("kind") == "direct":
                out.write(line)
    sys.exit()
out = Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
for f in Path(sys.argv[1]).glob("*.json"):
    d = json.loads(f.read_text(encoding="utf-8"))
    d["quotes"] = [q for q in d.get("quotes", []) if q.get("kind") == "direct"]
    (out / f.name).write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
