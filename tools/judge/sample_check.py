#!/usr/bin/env python3
"""Top matches of claim check for blind judging.

usage: sample_check.py CLAIMGRAPH STORE CLAIMS.txt N [KNOWN.tsv ...] > items.json

Matches already judged in a KNOWN verdict file (claim, key, verdict, reason)
are left out: judge only what is new.

Runs `claimgraph check --format json --limit N` for every claim of CLAIMS.txt
(one per line, # comments) and writes, per match, what a judge needs and no
more: the claim, the speaker, the quoted words and the article (doc_id, to be
read in ../shared/data/corpus/*.jsonl). The system's stance is left out (the
judge labels blind); it goes to standard error, as the key to score verdicts with.
"""
import json
import subprocess
import sys


def main(argv):
    exe, store, claims_path, n = argv[1], argv[2], argv[3], int(argv[4])
    known = set()
    for path in argv[5:]:
        for line in open(path, encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if len(p) >= 3 and not line.startswith("#"):
                known.add((p[0], p[1]))
    items, key = [], []
    for line in open(claims_path, encoding="utf-8"):
        claim = line.strip()
        if not claim or claim.startswith("#"):
            continue
        out = subprocess.run([exe, "check", "--db", store, "--format", "json", "--limit", str(n), claim],
                             check=True, capture_output=True, text=True).stdout
        for m in json.loads(out)["matches"]:
            k = f"{m['doc_id']}:{m['quote_id']}"
            if (claim, k) in known:
                continue
            items.append({"item": len(items) + 1, "claim": claim, "speaker": m["speaker"], "quote": m["quote"],
                          "doc_id": m["doc_id"], "quote_id": m["quote_id"]})
            key.append({"item": len(key) + 1, "claim": claim, "key": k, "stance": m["stance"], "why": m.get("why", "")})
    json.dump(items, sys.stdout, indent=1, ensure_ascii=False)
    with open("/dev/stderr", "w") as err:
        json.dump(key, err, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv)
