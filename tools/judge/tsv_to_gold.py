#!/usr/bin/env python3
"""Turn annotators' quote lists into speaker gold lines (testdata/speakers).

Usage: tsv_to_gold.py INDEX.tsv ANNOTATION_DIR ARTICLES.jsonl... > gold-x.jsonl

INDEX.tsv maps each annotation file's name to a document id ("doc01<TAB>id").
Each ANNOTATION_DIR/<name>.tsv has one quote per line, in text order:
kind, speaker_kind, begin, end, speaker, body, note (GUIDE.md), where begin
and end are the content's first and last words copied exactly, speaker the
fullest name (or the unnamed description) as written, body the body an
unnamed source speaks for. This script finds them in the article and writes
UTF-8 byte offsets; a line it cannot place is reported on stderr and left
out, never guessed.
"""
import json, sys

def byte_off(text, i):
    return len(text[:i].encode("utf-8"))

def nearest(text, s, at):
    """The occurrence of s closest to character position at."""
    best, k = -1, text.find(s)
    while k >= 0:
        if best < 0 or abs(k - at) < abs(best - at):
            best = k
        k = text.find(s, k + 1)
    return best

def main():
    index = dict(l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip())
    texts = {}
    for path in sys.argv[3:]:
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            if d["id"] in index.values():
                texts[d["id"]] = d["text"]
    out, bad = [], 0
    for name, doc in sorted(index.items()):
        text = texts[doc]
        cursor = 0
        for n, line in enumerate(open(f"{sys.argv[2]}/{name}.tsv", encoding="utf-8"), 1):
            if not line.strip():
                continue
            f = (line.rstrip("\n").split("\t") + [""] * 7)[:7]
            kind, skind, begin, end, speaker, body, note = [x.strip() for x in f]
            b = text.find(begin, cursor)
            if b < 0:
                b = text.find(begin)
            e = text.find(end, b) if b >= 0 else -1
            if b < 0 or e < 0 or not begin or not end or e + len(end) - b > 3000:
                print(f"{name}:{n}: cannot place the quote ({begin[:40]!r} .. {end[:40]!r})", file=sys.stderr)
                bad += 1
                continue
            cursor = b + 1
            g = {"doc": doc, "start": byte_off(text, b), "end": byte_off(text, e + len(end)), "kind": kind,
                 "speaker_start": None, "speaker_end": None, "speaker_kind": skind}
            if skind != "none":
                k = text.find(speaker) if skind in ("person", "organization") else nearest(text, speaker, b)
                if not speaker or k < 0:
                    print(f"{name}:{n}: cannot find the speaker {speaker!r}", file=sys.stderr)
                    bad += 1
                    continue
                g["speaker_start"], g["speaker_end"] = byte_off(text, k), byte_off(text, k + len(speaker))
            if body:
                k = nearest(text, body, b)
                if k >= 0:
                    g["body_start"], g["body_end"] = byte_off(text, k), byte_off(text, k + len(body))
            g["note"] = note
            out.append(g)
    out.sort(key=lambda g: (g["doc"], g["start"]))
    for g in out:
        print(json.dumps(g, ensure_ascii=False))
    print(f"{len(out)} quotes placed, {bad} left out", file=sys.stderr)

main()
