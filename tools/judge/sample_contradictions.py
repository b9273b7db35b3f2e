#!/usr/bin/env python3
"""Draw a random sample of stored contradictions for blind judging (../shared/JUDGING.md).

Usage: python3 tools/judge/sample_contradictions.py STORE.db N SEED within|across [KNOWN.tsv ...] > sample.json
Reads a SQLite store built by `claimgraph ingest`, takes every contradiction
whose two claims are in one document (within) or in two (across), drops those
whose key is already in one of the KNOWN verdict files (judge only what is
new), orders the rest by key and draws N with random.Random(SEED).

Each item carries its key (the two quotes as document id and byte offsets,
smaller first: the same key `claimgraph eval contradictions` computes), and
for each side the article's title, outlet and date, the speaker as stored,
the quote and its paragraph. It carries neither the topic nor the reason the
code gives, so the judge reads the texts blind. The output holds article
text: keep it out of the repository.
"""
import json
import random
import sqlite3
import sys


def side(db, seq, cache):
    row = db.execute("SELECT c.doc_seq, c.qid, COALESCE(s.name, '') FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id "
                     "WHERE c.seq = ?", (seq,)).fetchone()
    doc_seq, qid, speaker = row
    if doc_seq not in cache:
        cache[doc_seq] = db.execute("SELECT id, title, outlet, published, text, record FROM documents WHERE seq = ?",
                                    (doc_seq,)).fetchone()
    did, title, outlet, published, text, rec = cache[doc_seq]
    q = next(x for x in json.loads(rec)["quotes"] if x["id"] == qid)
    a = q["start"]
    m = q.get("speaker_mention")
    if m:
        a = min(a, m["start"])
    b = max(q["end"], m["end"] if m else q["end"])
    s0 = max(text.rfind("\n", 0, a) + 1, 0)
    e0 = text.find("\n", b)
    e0 = len(text) if e0 < 0 else e0
    if e0 - s0 > 1500:
        s0, e0 = max(s0, a - 500), min(e0, b + 500)
    return {"doc": did, "start": q["start"], "end": q["end"], "title": title, "outlet": outlet, "published": published,
            "speaker": speaker, "quote": q["text"], "paragraph": text[s0:e0].strip()}


def key_of(x, y):
    ka, kb = "%s:%d-%d" % (x["doc"], x["start"], x["end"]), "%s:%d-%d" % (y["doc"], y["start"], y["end"])
    return " | ".join(sorted([ka, kb]))


def known_keys(paths):
    keys = set()
    for p in paths:
        for line in open(p, encoding="utf-8"):
            if line.startswith("#") or "\t" not in line:
                continue
            keys.add(line.split("\t")[0])
    return keys


def main(db_path, n, seed, where, known):
    db = sqlite3.connect(db_path)
    same = "=" if where == "within" else "<>"
    pairs = db.execute("SELECT x.a_claim, x.b_claim FROM contradictions x JOIN claims a ON a.seq = x.a_claim "
                       "JOIN claims b ON b.seq = x.b_claim WHERE a.doc_seq " + same + " b.doc_seq").fetchall()
    cache, items = {}, {}
    skip = known_keys(known)
    for a, b in pairs:
        x, y = side(db, a, cache), side(db, b, cache)
        k = key_of(x, y)
        if k not in skip:
            items[k] = (x, y)
    keys = sorted(items)
    picked = random.Random(int(seed)).sample(keys, min(n, len(keys)))
    json.dump([{"key": k, "a": items[k][0], "b": items[k][1]} for k in picked], sys.stdout, indent=1, ensure_ascii=False)
    print("%d %s pairs, %d new, %d drawn" % (len(pairs), where, len(keys), len(picked)), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5:])
