#!/usr/bin/env python3
"""Markdown tables from a peers.sh run:  summarize.py OUT_DIR"""
import json
import re
import sys
from pathlib import Path

out = Path(sys.argv[1])
stats, loads = {}, []
for line in (out / "results.txt").read_text(encoding="utf-8").splitlines():
    if line.startswith("# load"):
        loads.append(line[2:])
    m = re.match(r"\[([^\]]+)\] (.*)", line)
    if not m:
        continue
    name, rest = m.groups()
    kv = dict(re.findall(r"(\w+)=(\S+)", rest.split("::")[0]))
    s = re.search(r"newsclaims: (\d+) documents.* in ([\d.]+) s \(([\d.]+) MB/s", rest)
    if s:  # our extract summary line (wall, its own clock)
        kv.update(summary_MB_per_s=s.group(3))
    if name == "aeb_score":
        name = "aeb_" + rest.split(":")[0]
        kv = dict(re.findall(r"(\w+)=(\S+)", rest))
    stats.setdefault(name, {}).update(kv)


def jload(name):
    p = out / name
    return json.loads(p.read_text()) if p.exists() else {}


def num(name, key):
    try:
        return float(stats[name][key])
    except (KeyError, ValueError):
        return None


def f(x, d=3):
    return "–" if x is None else (f"{x:.{d}f}" if isinstance(x, float) else str(x))


def speed(name):
    """(docs/s, MB/s) on CPU time, MB/s on wall time."""
    b, w = num(name, "bytes"), num(name, "real_wall_s")
    return num(name, "docs_per_s"), num(name, "MB_per_s"), (b / 1e6 / w if b and w else None)


def table(title, header, rows):
    print(f"\n### {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for r in rows:
        print("| " + " | ".join(r) + " |")


def ratio(a, b):
    if not (a and b):
        return "–"
    return f"{a / b:,.0f}×" if a / b >= 10 else f"{a / b:.2f}×"


# ---- quotes
so, st = jload("score_ours.json"), jload("score_textacy.json")
sod, std = jload("score_ours_direct.json"), jload("score_textacy_direct.json")
if st:
    q = lambda s: s.get("quote", {})
    peer = speed("quotes_textacy")
    rows = [["spaCy sm + textacy `direct_quotations`", f(q(std).get("end_to_end", {}).get("f1")),
             f(q(st).get("end_to_end", {}).get("f1")), f(q(st).get("f1")), f(peer[0], 1), f(peer[1], 4), f(peer[2], 4), "1×"]]
    for name, label in [("nc_quotes_j1", "newsclaims `--only quotes -j 1`"),
                        ("nc_all_j1", "newsclaims full pipeline `-j 1`"),
                        ("nc_quotes_j2", "newsclaims `--only quotes -j 2`")]:
        sp = speed(name)
        rows.append([label, f(q(sod).get("end_to_end", {}).get("f1")), f(q(so).get("end_to_end", {}).get("f1")),
                     f(q(so).get("f1")), f(sp[0], 0), f(sp[1], 2), f(sp[2], 2), ratio(sp[1], peer[1])])
    table("Quotes (dev gold, 25 articles)",
          ["tool", "e2e F1 direct-only gold", "e2e F1 all quotes", "detect F1 all", "docs/s CPU", "MB/s CPU", "MB/s wall",
           "newsclaims/peer (MB/s CPU)"], rows)

# ---- dates
if stats.get("dates_dateparser"):
    d = lambda s: s.get("date", {})
    rows = []
    base = speed("dates_dateparser")
    for name, label in [("dates_dateparser", "dateparser `search_dates` (default)"),
                        ("dates_dateparser_past", "dateparser `search_dates --prefer past`")]:
        s, sp = jload(f"score_{name}.json"), speed(name)
        rows.append([label, f(d(s).get("f1")), f(d(s).get("end_to_end", {}).get("f1")), f(sp[0], 1), f(sp[1], 4), f(sp[2], 4), "1×"])
    for name, label in [("nc_dates_j1", "newsclaims `--only dates -j 1`"), ("nc_dates_j2", "newsclaims `--only dates -j 2`")]:
        sp = speed(name)
        rows.append([label, f(d(so).get("f1")), f(d(so).get("end_to_end", {}).get("f1")), f(sp[0], 0), f(sp[1], 2),
                     f(sp[2], 2), ratio(sp[1], base[1])])
    table("Dates (dev gold, 25 articles)", ["tool", "detect F1", "e2e F1 (value)", "docs/s CPU", "MB/s CPU", "MB/s wall",
                                            "newsclaims/dateparser (MB/s)"], rows)

# ---- sentences
if stats.get("sentences_pysbd"):
    es = jload("eval_sentences.json")
    cs = lambda k: (es.get(k) or {}).get("accuracy")
    gum = ((es.get("gum_news") or {}).get("all") or {}).get("f1")
    pb = speed("sentences_pysbd")
    rows = [["pySBD", f(num("pysbd pysbd_golden", "accuracy")), f(num("pysbd pragmatic_golden", "accuracy")), "–",
             f(pb[0], 1), f(pb[1], 3), f(pb[2], 3), "1×"]]
    for name, label in [("sentences_spacy", "spaCy sm parser"), ("sentences_spacy_senter", "spaCy sm senter")]:
        sp = speed(name)
        rows.append([label, "–", "–", "–", f(sp[0], 1), f(sp[1], 3), f(sp[2], 3), "–"])
    for name, label in [("newsclaims_split_sentences", "newsclaims `split_sentences`"),
                        ("newsclaims_segment_full", "newsclaims `segment` (paragraphs+sentences+tokens)")]:
        sp = speed(name)
        rows.append([label, f(cs("pysbd_golden")), f(cs("pragmatic_golden")), f(gum), f(sp[0], 0), f(sp[1], 1),
                     f(sp[2], 1), ratio(sp[1], pb[1])])
    table("Sentence segmentation (speed: dev texts)", ["tool", "pySBD golden (48)", "pragmatic golden (52)",
                                                      "GUM news boundary F1", "docs/s CPU", "MB/s CPU", "MB/s wall",
                                                      "newsclaims/pySBD (MB/s)"], rows)

# ---- extraction
if stats.get("extract_trafilatura"):
    ee = jload("eval_extraction.json").get("aeb") or {}
    rows = []
    cpu = num("nc_eval_extraction", "cpu_s")
    hb = num("nc_eval_extraction", "bytes")
    ours_cpu = hb / 1e6 / cpu if cpu and hb else None
    for name, label, sc in [("extract_trafilatura", "trafilatura `bare_extraction`", "aeb_extract_trafilatura"),
                            ("extract_resiliparse", "resiliparse `extract_plain_text(main_content)`",
                             "aeb_extract_resiliparse")]:
        sp = speed(name)
        rows.append([label, f(num(sc, "F1")), f(num(sc, "P")), f(num(sc, "R")), f(sp[0], 1), f(sp[1], 2), f(sp[2], 2),
                     ratio(ours_cpu, sp[1])])
    rows.append(["newsclaims `eval extraction --set aeb` (1 thread; CPU = whole eval process)", f(ee.get("f1")),
                 f(ee.get("precision")), f(ee.get("recall")), f(181 / cpu, 0) if cpu else "–",
                 f(ours_cpu, 1), f(ee.get("mb_per_s"), 1), "–"])
    sp = speed("nc_html_all_j1")
    rows.append(["newsclaims `extract DIR -j 1` (HTML → claims, full pipeline)", "", "", "", f(sp[0], 0),
                 f(sp[1], 1), f(sp[2], 1), ""])
    rows.append(["(published AEB output) trafilatura / rs_trafilatura",
                 f"{f(num('aeb_trafilatura', 'F1'))} / {f(num('aeb_rs_trafilatura', 'F1'))}", "", "", "", "", "", ""])
    table("HTML main-text extraction (AEB, 181 pages)", ["tool", "AEB F1", "P", "R", "docs/s CPU", "MB/s CPU (HTML)",
                                                        "MB/s wall", "newsclaims eval/peer (MB/s CPU)"], rows)

print("\nLoad (1/5/15 min) during the run: " + "; ".join(loads))
