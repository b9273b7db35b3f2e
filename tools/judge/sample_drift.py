#!/usr/bin/env python3
"""Draw drift entries for blind judging (../shared/JUDGING.md).

Usage:
  claimgraph drift --db STORE.db --format json --limit 100000 > drift.json
  python3 tools/judge/sample_drift.py STORE.db drift.json N SEED [KNOWN.tsv ...] > sample.json

Each drift entry says "reports of one story give this count as LOW to HIGH".
The item judged is that claim: the entry's lowest and its highest figure
(from two articles). Its key is the two figures as document id and byte
offsets, smaller first, so verdicts survive reruns that regroup entries.
Items whose key is in a KNOWN verdict file are dropped (judge only what is
new); of the rest, ordered by key, N are drawn with random.Random(SEED), or
all when fewer.

Each item carries, for each figure, the article's title, outlet and date,
the figure as written and its paragraph; not the noun, event or place the
code keyed it by, so the judge reads the texts blind. The output holds
article text: keep it out of the repository.
"""
import json
import random
import sqlite3
import sys


def paragraph(text, a, b):
    """The paragraph of text (bytes) holding [a, b), at most about 1500 bytes."""
    s0 = text.rfind(b"\n", 0, a) + 1
    e0 = text.find(b"\n", b)
    e0 = len(text) if e0 < 0 else e0
    if e0 - s0 > 1500:
        s0, e0 = max(s0, a - 700), min(e0, b + 700)
    return text[s0:e0].decode("utf-8", "replace")


def side(db, rep):
    row = db.execute("SELECT title, outlet, published, text FROM documents WHERE id = ?", (rep["doc_id"],)).fetchone()
    title, outlet, published, text = row
    text = text.encode("utf-8")  # offsets are Go byte offsets
    return {"doc": rep["doc_id"], "title": title or "", "outlet": outlet or "", "published": published or "",
            "figure": text[rep["start"]:rep["end"]].decode("utf-8", "replace"), "start": rep["start"], "end": rep["end"],
            "paragraph": paragraph(text, rep["start"], rep["end"])}


def key(a, b):
    ka, kb = "%s:%d-%d" % (a["doc_id"], a["start"], a["end"]), "%s:%d-%d" % (b["doc_id"], b["start"], b["end"])
    return "|".join(sorted([ka, kb]))


def main():
    store, drift, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    known = set()
    for path in sys.argv[5:]:
        with open(path) as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    known.add(line.split("\t")[0])
    db = sqlite3.connect(store)
    items = {}
    for entry in json.load(open(drift)):
        reps = entry["reports"]
        lo = min(reps, key=lambda r: r["value"])
        hi = next(r for r in sorted(reps, key=lambda r: -r["value"]) if r["doc_id"] != lo["doc_id"])
        k = key(lo, hi)
        if k not in known:
            items[k] = (lo, hi)
    keys = sorted(items)
    if len(keys) > n:
        keys = random.Random(seed).sample(keys, n)
    out = []
    for k in sorted(keys):
        lo, hi = items[k]
        out.append({"key": k, "a": side(db, lo), "b": side(db, hi)})
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
