#!/usr/bin/env python3
"""Draw new documents for the speaker gold (testdata/speakers), reproducibly.

Usage: sample_gold.py SEED N [--shared ../shared] [--only PREFIX]
Prints N document ids: FNC-1 bodies and BBC articles of 2-6 KB that quote
someone (a quotation mark and at least three "said"), are not already in
testdata/speakers/split.txt, and share no 8-word run with an annotated one
(FNC-1 reprints the same story under several ids).
"""
import json, random, re, sys, os

def shingles(text, n=8):
    w = re.findall(r"\w+", text.lower())
    return {" ".join(w[i:i+n]) for i in range(max(0, len(w)-n+1))}

def main():
    seed, n = int(sys.argv[1]), int(sys.argv[2])
    args = sys.argv[3:]
    opt = {args[i]: args[i + 1] for i in range(0, len(args) - 1, 2)}
    shared = opt.get("--shared", "../shared")
    only = opt.get("--only", "")
    here = os.path.dirname(os.path.abspath(__file__))
    split = os.path.join(here, "..", "..", "testdata", "speakers", "split.txt")
    taken = {l.split("\t")[0] for l in open(split) if l.strip() and not l.startswith("#")}
    docs = {}
    for name in ("fnc1.jsonl", "bbc.jsonl"):
        for line in open(os.path.join(shared, "data", "corpus", name)):
            d = json.loads(line)
            docs[d["id"]] = d["text"]
    seen = set()
    for t in taken:
        if t in docs:
            seen |= shingles(docs[t])
    pool = sorted(i for i, t in docs.items()
                  if i not in taken and i.startswith(only) and 2000 <= len(t.encode()) <= 6000
                  and re.search("[\"\u201c]", t) and len(re.findall(r"\bsaid\b", t)) >= 3)
    rng = random.Random(seed)
    rng.shuffle(pool)
    out = []
    for i in pool:
        s = shingles(docs[i])
        if s & seen:
            continue
        out.append(i)
        seen |= s
        if len(out) == n:
            break
    print("\n".join(out))

main()
