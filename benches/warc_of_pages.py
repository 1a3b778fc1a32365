#!/usr/bin/env python3
"""Write a multi-member .warc.gz of HTML pages repeated N times (one gzip member per
response record), for the scaling and memory runs of BENCHMARKS.md:

    python3 benches/warc_of_pages.py ../shared/corpora/extract/article-extraction-benchmark/html 16 /tmp/aeb_x16.warc.gz
    /usr/bin/time newsclaims extract /tmp/aeb_x16.warc.gz -j 2 -o /tmp/out.jsonl
"""
import glob
import gzip
import os
import sys
import uuid


def record(i, body):
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Content-Length: %d\r\n\r\n" % len(body)
    ) + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=i)}>\r\n"
        "WARC-Date: 2021-06-08T00:00:00Z\r\n"
        f"WARC-Target-URI: https://example.org/news/{i}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n", compresslevel=6)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    src, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    pages = []
    for f in sorted(glob.glob(os.path.join(src, "*"))):
        opener = gzip.open if f.endswith(".gz") else open
        with opener(f, "rb") as fh:
            pages.append(fh.read())
    if not pages:
        sys.exit(f"no pages in {src}")
    with open(out, "wb") as o:
        i = 0
        for _ in range(n):
            for p in pages:
                o.write(record(i, p))
                i += 1
    print(f"{out}: {i} records, {os.path.getsize(out)} bytes")


if __name__ == "__main__":
    main()
