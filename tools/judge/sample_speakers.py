#!/usr/bin/env python3
"""Draw a random sample of corpus speakers for blind judging (../shared/JUDGING.md).

Usage: python3 tools/judge/sample_speakers.py STORE.db N SEED > sample.json
       python3 tools/judge/sample_speakers.py STORE.db N top > top.json
Reads a SQLite store built by `claimgraph ingest`, draws N speakers uniformly
with random.Random(SEED) from all stored speakers (ordered by key), or takes
the N with most quotes (ties by key) when SEED is "top", and writes
for each its key, name, type, counts and up to three of its quotes with the
article id, offsets and a short context, for a judge who reads the articles.
The output holds article text: keep it out of the repository. Offsets are
UTF-8 byte offsets into the article text, as in the store (judges slicing a
Python str by them land a few characters off after any non-ASCII mark).
"""
import json
import random
import sqlite3
import sys


def main(db_path, n, seed):
    db = sqlite3.connect(db_path)
    speakers = db.execute("SELECT s.id, s.skey, s.name, s.type, st.quotes, st.documents FROM speakers s "
                          "JOIN speaker_stats st ON st.speaker_id = s.id ORDER BY s.skey").fetchall()
    if seed == "top":
        picked = sorted(speakers, key=lambda s: (-s[4], s[1]))[:n]
    else:
        picked = random.Random(int(seed)).sample(speakers, n)
    out = []
    for sid, key, name, typ, nq, nd in picked:
        rows = db.execute("SELECT d.id, d.text, d.record, q.qid FROM quotes q JOIN documents d ON d.seq = q.doc_seq "
                          "WHERE q.speaker_id = ? ORDER BY d.id, q.qid", (sid,)).fetchall()
        examples = []
        for did, text, rec, qid in rows[:40]:
            q = next(x for x in json.loads(rec)["quotes"] if x["id"] == qid)
            m = q["speaker_mention"]
            a = min(q["start"], m["start"] if m else q["start"])
            b = max(q["end"], m["end"] if m else q["end"])
            s0 = max(text.rfind("\n", 0, a), a - 300, 0)
            e0 = text.find("\n", b)
            e0 = len(text) if e0 < 0 else min(e0, b + 200)
            examples.append({"doc": did, "quote_start": q["start"], "quote_end": q["end"],
                             "mention": m["text"] if m else None, "context": text[s0:e0].strip()})
        pick = random.Random(sid).sample(examples, min(3, len(examples)))
        out.append({"key": key + "\t" + typ, "name": name, "type": typ, "quotes": nq, "documents": nd, "examples": pick})
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
