#!/usr/bin/env python3
"""Publication dates: byline against htmldate, on the tune and check halves.

htmldate is the reference date extractor whose evaluation pages are
../shared/corpus/htmldate-*; this runs it (find_date with extensive_search
and original_date, its most thorough setting) on every page of the three
corpora with gold dates and scores it beside byline's predictions, split by
the same hash as `byline eval` (eval.Half: low bit of the first byte of the
SHA-1 of the file name without suffix; 0 is tune).

    python3 -m venv /tmp/hd && /tmp/hd/bin/pip install htmldate==1.11.0
    go build -o /tmp/byline ./cmd/byline
    /tmp/hd/bin/python eval/compare/dates_vs_htmldate.py /tmp/byline ../shared/corpus

Only aggregate figures are printed: the check half is for checking, not for
reading page by page.
"""
import gzip
import hashlib
import json
import os
import subprocess
import sys
import tempfile

from htmldate import find_date

SUFFIXES = (".html.gz", ".htm.gz", ".html", ".htm", ".gz")


def page_id(path):
    b = os.path.basename(path)
    for s in SUFFIXES:
        if b.endswith(s):
            return b[: -len(s)]
    return b


def half(path):
    return "tune" if hashlib.sha1(page_id(path).encode()).digest()[0] & 1 == 0 else "check"


def byline_dates(byline, corpus_dir, metric):
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as f:
        args = [byline, "eval", metric, "--pred", f.name]
        if metric == "dates":
            args.insert(3, corpus_dir)
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = {}
        for line in open(f.name):
            p = json.loads(line)
            out[os.path.basename(p["source"])] = (p.get("published_at") or "")[:10]
        return out


def main():
    byline, shared = sys.argv[1], sys.argv[2]
    print(f"{'corpus':18} {'half':6} {'pages':>5} {'byline':>7} {'htmldate':>9}")
    for name, metric in (("trafilatura", "snippets"), ("htmldate-news", "dates"), ("htmldate-default", "dates")):
        d = os.path.join(shared, name)
        ours = byline_dates(byline, d, metric)
        score = {"tune": [0, 0, 0], "check": [0, 0, 0]}
        for it in json.load(open(os.path.join(d, "gold.json"))):
            gold = (it.get("date") or "")[:10]
            if not gold or gold == "nan":
                continue
            html = gzip.open(os.path.join(d, it["html"])).read().decode("utf-8", "replace")
            try:
                theirs = (find_date(html, url=it.get("url"), original_date=True, extensive_search=True) or "")[:10]
            except Exception:  # htmldate raises on some malformed pages
                theirs = ""
            s = score[half(it["html"])]
            s[0] += 1
            s[1] += ours.get(os.path.basename(it["html"]), "") == gold
            s[2] += theirs == gold
        for h in ("tune", "check"):
            n, a, b = score[h]
            print(f"{name:18} {h:6} {n:5} {a / n:7.3f} {b / n:9.3f}")


if __name__ == "__main__":
    main()
