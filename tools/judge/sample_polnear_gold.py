#!/usr/bin/env python3
"""Draw PolNeAR documents for the speaker gold's modern-news dev part, reproducibly.

Usage: sample_polnear_gold.py SEED N [--shared ../shared]
Prints N ids of PolNeAR articles from its own *train* split only (orig_split
"train": PolNeAR's test split stays held out for `eval attribution`), from
the mainstream publishers (NYT, Washington Post, Politico, USA Today,
HuffPost), 3-7 KB, with quotation marks of any kind (curly, straight, NYT's doubled apostrophes) and at least three "said",
not already in testdata/speakers/split.txt; drawn in turn from each
publisher so that no one house style fills the set.
"""
import json, os, random, re, sys

PUBLISHERS = {"nyt", "wash-post", "politico", "usa-today", "huff-post"}

def main():
    seed, n = int(sys.argv[1]), int(sys.argv[2])
    args = sys.argv[3:]
    opt = {args[i]: args[i + 1] for i in range(0, len(args) - 1, 2)}
    shared = opt.get("--shared", "../shared")
    here = os.path.dirname(os.path.abspath(__file__))
    split = os.path.join(here, "..", "..", "testdata", "speakers", "split.txt")
    taken = {l.split("\t")[0] for l in open(split) if l.strip() and not l.startswith("#")}
    pool = {p: [] for p in PUBLISHERS}
    for line in open(os.path.join(shared, "data", "attribution", "polnear.dev.jsonl")):
        d = json.loads(line)
        t = d["text"]
        if (d["orig_split"] == "train" and d["publisher"] in PUBLISHERS and d["id"] not in taken
                and 3000 <= len(t.encode()) <= 7000 and ("\u201c" in t or "\"" in t or "''" in t) and len(re.findall(r"\bsaid\b", t)) >= 3):
            pool[d["publisher"]].append(d["id"])
    rng = random.Random(seed)
    for p in sorted(pool):
        pool[p].sort()
        rng.shuffle(pool[p])
    out = []
    while len(out) < n and any(pool.values()):
        for p in sorted(pool):
            if pool[p] and len(out) < n:
                out.append(pool[p].pop(0))
    print("\n".join(out))

main()
