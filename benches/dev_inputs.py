#!/usr/bin/env python3
"""Export the dev gold articles as JSONL {doc_id, text, published} for the benchmarks.

    dev_inputs.py OUT.jsonl [--shared DIR] [--repeat N]

Reads the gold files of SHARED/gold/dev at run time (SHARED defaults to
$NEWSCLAIMS_SHARED or <repo>/../shared) and resolves each `source` per
spec/claims-gold.md: a text file (the ` date … By …` header line and a `By Author`
line are dropped, as newsclaims' text ingest does: the body starts after them and
the blank lines that follow), `FILE#KEY` of a JSONL file (the record whose doc_id
is KEY, its `content`) or of a JSON file (the object under KEY, its `articleBody`).
With --repeat N every article is written N times, copies k>0 with doc_id `ID~k`
(a bigger input for steadier timing). Nothing is written into the repository.
"""
import argparse
import json
import os
import re
from pathlib import Path

DATE_LINE = re.compile(r"^\s*(date |Date: |Date )")


def byline(line):
    rest = line.strip()
    for p in ("By ", "BY "):
        if rest.startswith(p):
            rest = rest[len(p):].strip()
            break
    else:
        return False
    if not rest or len(rest) > 120 or rest[-1] in ".!?:":
        return False
    names = [n.strip() for part in re.split(r"[,;]", rest) for n in part.split(" and ") if n.strip()]
    return bool(names) and all(len(n.split()) <= 5 and n[0].isupper() for n in names)


def strip_header(text):
    """Body of a text article, mirroring newsclaims-ingest parse_text_header."""
    text = text.removeprefix("\ufeff")
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        if raw.strip():
            lines.append((pos, raw.rstrip("\r\n")))
        pos += len(raw)
    end = None
    i = 0
    if lines and DATE_LINE.match(lines[0][1]) and re.search(r"\d{4}-\d{2}-\d{2}|\d{4}", lines[0][1]):
        end = lines[0][0] + len(lines[0][1])
        i = 1
    if i < len(lines) and byline(lines[i][1]):
        end = lines[i][0] + len(lines[i][1])
    if end is None:
        return text
    return text[end:].lstrip()


def resolve(shared, source, cache):
    path, _, key = source.partition("#")
    f = shared / path
    if not key:
        return strip_header(f.read_text(encoding="utf-8"))
    if f not in cache:
        if f.suffix == ".jsonl":
            cache[f] = {r["doc_id"]: r for r in map(json.loads, f.open(encoding="utf-8"))}
        else:
            cache[f] = json.loads(f.read_text(encoding="utf-8"))
    rec = cache[f][key]
    return rec["content"] if f.suffix == ".jsonl" else rec["articleBody"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--shared", default=os.environ.get("NEWSCLAIMS_SHARED",
                                                       str(Path(__file__).resolve().parents[1] / ".." / "shared")))
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    shared = Path(a.shared)
    cache, docs = {}, []
    for g in sorted((shared / "gold" / "dev").glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        docs.append({"doc_id": gold["doc_id"], "text": resolve(shared, gold["source"], cache),
                     "published": gold["published"]})
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as out:
        for k in range(a.repeat):
            for d in docs:
                r = dict(d, doc_id=d["doc_id"] if k == 0 else f"{d['doc_id']}~{k}")
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(docs)} articles x{a.repeat} -> {a.out}")


if __name__ == "__main__":
    main()
