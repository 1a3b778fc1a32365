#!/usr/bin/env bash
# Side-by-side speed and quality: newsclaims (release) vs the Python peers, one run.
#
#   benches/peers.sh [OUT]          # OUT: work dir outside the repo (default /tmp/newsclaims-bench)
#
# Env: PEERS_PY (default /work/.venv-peers/bin/python), NEWSCLAIMS_SHARED (default <repo>/../shared),
#      NC (newsclaims binary, default <repo>/target/release/newsclaims),
#      OURS_REPEAT (copies of the dev set for our timing, default 50),
#      PEER_REPEAT (--repeat for the fast peers, default 3), SEG_REPEAT (passes of segbench over the dev texts, default 1000), STAGES (default "quotes dates sentences extraction").
# Needs: `cargo build --release -p newsclaims`, and for the segmentation timing
#        `CARGO_TARGET_DIR=<repo>/target-bench cargo build --release --manifest-path benches/segbench/Cargo.toml`.
# Every tool runs single-threaded (newsclaims -j 1, OMP/BLAS threads 1); newsclaims -j 2 is
# measured too. Output: OUT/results.txt (all stat lines) and the tables via summarize.py.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
shared="${NEWSCLAIMS_SHARED:-$repo/../shared}"
py="${PEERS_PY:-/work/.venv-peers/bin/python}"
nc="${NC:-$repo/target/release/newsclaims}"
segbench="${SEGBENCH:-$repo/target-bench/release/newsclaims-segbench}"
out="${1:-/tmp/newsclaims-bench}"
rep="${OURS_REPEAT:-50}"
prep="${PEER_REPEAT:-3}"
seg_rep="${SEG_REPEAT:-1000}"
stages="${STAGES:-quotes dates sentences extraction}"
peers="$shared/peers"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 NEWSCLAIMS_SHARED="$shared"
mkdir -p "$out"
res="$out/results.txt"
: > "$res"
log() { echo "$*" | tee -a "$res"; }
load() { log "# load $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M:%S) ($1)"; }

# ours NAME BYTES DOCS ARGS... : `newsclaims extract ARGS`; logs CPU seconds (user+sys of the whole
# process: start-up, reading and JSON parsing included) and its own summary line (wall).
ours() {
  local name="$1" bytes="$2" docs="$3"; shift 3
  local o
  o=$(python3 "$here/cpu_run.py" "$nc" extract "$@" 2>&1 >/dev/null)
  local cpu real summary
  cpu=$(grep -o 'cpu_s=[0-9.]*' <<<"$o" | cut -d= -f2); real=$(grep -o 'real_s=[0-9.]*' <<<"$o" | cut -d= -f2)
  summary=$(grep '^newsclaims:' <<<"$o" | tail -1)
  log "[$name] docs=$docs bytes=$bytes wall_s=$cpu docs_per_s=$(echo "scale=1; $docs / $cpu" | bc) MB_per_s=$(echo "scale=3; $bytes / 1000000 / $cpu" | bc) real_wall_s=$real :: $summary"
}

log "# date $(date -u +%FT%TZ) host $(getconf _NPROCESSORS_ONLN) cores; newsclaims $(git -C "$repo" rev-parse --short HEAD)"
load start
"$py" "$here/dev_inputs.py" "$out/dev.jsonl" --shared "$shared" >/dev/null
"$py" "$here/dev_inputs.py" "$out/dev_x$rep.jsonl" --shared "$shared" --repeat "$rep" >/dev/null
dbytes=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$out/dev.jsonl")
ndocs=$(wc -l < "$out/dev.jsonl")
log "# dev.jsonl text bytes $dbytes; $(wc -l < "$out/dev.jsonl") docs $(wc -c < "$out/dev.jsonl") bytes; dev_x$rep.jsonl $(wc -l < "$out/dev_x$rep.jsonl") docs"

# Our claims on the dev set (all families; quality) — same JSONL input as the peers.
"$nc" extract "$out/dev.jsonl" -j 1 -q -o "$out/ours_claims.jsonl"
python3 "$shared/tools/score_claims.py" "$shared/gold/dev" "$out/ours_claims.jsonl" --json > "$out/score_ours.json"

peer() {  # peer SCRIPT OUTNAME INPUT ARGS...  (CPU clock: see cpu_clock.py)
  "$py" "$here/cpu_clock.py" "$peers/$1.py" "$3" "$out/$2.jsonl" "${@:4}" 2> "$out/$2.err" || log "FAILED: $1 $2"
  grep '^\[' "$out/$2.err" | sed "s/^\[$1\]/[$2]/" | tee -a "$res"
}

if [[ " $stages " == *" quotes "* ]]; then
  load quotes
  peer quotes_textacy quotes_textacy "$out/dev.jsonl" --repeat "$prep"
  python3 "$peers/to_claims.py" "$out/quotes_textacy.jsonl" > "$out/textacy_claims.jsonl"
  python3 "$shared/tools/score_claims.py" "$shared/gold/dev" "$out/textacy_claims.jsonl" --json > "$out/score_textacy.json"
  # Direct quotes only (what textacy looks for): gold and our claims filtered to kind=direct.
  python3 "$here/gold_direct.py" "$shared/gold/dev" "$out/gold_direct"
  python3 "$here/gold_direct.py" --claims "$out/ours_claims.jsonl" "$out/ours_direct.jsonl"
  python3 "$shared/tools/score_claims.py" "$out/gold_direct" "$out/ours_direct.jsonl" --json > "$out/score_ours_direct.json"
  python3 "$shared/tools/score_claims.py" "$out/gold_direct" "$out/textacy_claims.jsonl" --json > "$out/score_textacy_direct.json"
  ours nc_quotes_j1 $((dbytes * rep)) $((ndocs * rep)) "$out/dev_x$rep.jsonl" -j 1 --only quotes -o /dev/null
  ours nc_quotes_j2 $((dbytes * rep)) $((ndocs * rep)) "$out/dev_x$rep.jsonl" -j 2 --only quotes -o /dev/null
  ours nc_all_j1 $((dbytes * rep)) $((ndocs * rep)) "$out/dev_x$rep.jsonl" -j 1 -o /dev/null
fi

if [[ " $stages " == *" dates "* ]]; then
  load dates
  peer dates_dateparser dates_dateparser "$out/dev.jsonl"
  peer dates_dateparser dates_dateparser_past "$out/dev.jsonl" --prefer past
  for x in dates_dateparser dates_dateparser_past; do
    python3 "$peers/to_claims.py" "$out/$x.jsonl" > "$out/${x}_claims.jsonl"
    python3 "$shared/tools/score_claims.py" "$shared/gold/dev" "$out/${x}_claims.jsonl" --json > "$out/score_$x.json"
  done
  ours nc_dates_j1 $((dbytes * rep)) $((ndocs * rep)) "$out/dev_x$rep.jsonl" -j 1 --only dates -o /dev/null
  ours nc_dates_j2 $((dbytes * rep)) $((ndocs * rep)) "$out/dev_x$rep.jsonl" -j 2 --only dates -o /dev/null
fi

if [[ " $stages " == *" sentences "* ]]; then
  load sentences
  peer sentences_pysbd sentences_pysbd "$out/dev.jsonl" --repeat "$prep"
  peer sentences_spacy sentences_spacy "$out/dev.jsonl"
  peer sentences_spacy sentences_spacy_senter "$out/dev.jsonl" --senter
  if [[ -x "$segbench" ]]; then
    "$segbench" "$out/dev.jsonl" "$seg_rep" | tee -a "$res"
  else
    log "# segbench missing: build benches/segbench (see header)"
  fi
  "$py" "$here/pysbd_golden.py" "$shared" | tee -a "$res"
  "$nc" eval sentences --shared "$shared" --json > "$out/eval_sentences.json"
fi

if [[ " $stages " == *" extraction "* ]]; then
  load extraction
  aeb="$shared/corpora/extract/article-extraction-benchmark"
  mkdir -p "$out/aeb"
  for f in "$aeb"/html/*.html.gz; do
    b="$(basename "$f" .gz)"; [[ -s "$out/aeb/$b" ]] || gzip -dc "$f" > "$out/aeb/$b"
  done
  peer extract_trafilatura extract_trafilatura "$out/aeb"
  peer extract_resiliparse extract_resiliparse "$out/aeb" --repeat "$prep"
  python3 "$here/aeb_score.py" "$aeb/ground-truth.json" "$out/extract_trafilatura.jsonl" \
    "$out/extract_resiliparse.jsonl" "$aeb/output/trafilatura.json" "$aeb/output/rs_trafilatura.json" \
    | sed 's/^/[aeb_score] /' | tee -a "$res"
  hbytes=$(cat "$out"/aeb/*.html | wc -c)
  # eval: extraction-only wall MB/s (its own clock) + CPU of the whole eval process (gunzip, scoring included)
  o=$(python3 "$here/cpu_run.py" "$nc" eval extraction --set aeb --shared "$shared" --json 2>&1 >"$out/eval_extraction.json")
  log "[nc_eval_extraction] docs=181 bytes=$hbytes $o"
  # full pipeline HTML -> claims, one thread
  ours nc_html_all_j1 "$hbytes" 181 "$out/aeb" -j 1 -o /dev/null
fi
load end
python3 "$here/summarize.py" "$out" | tee "$out/tables.md"
