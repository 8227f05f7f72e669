#!/usr/bin/env python3
"""Scores event places against the (LOC: ...) spans of the PLOVER-GSR dev markup.

Usage:  python3 tools/places-eval/score_gsr_places.py make ../shared/data/plover-gsr/dev.jsonl > /tmp/gsr-in.jsonl
        ./argus analyze -q --format jsonl /tmp/gsr-in.jsonl > /tmp/gsr-out.jsonl
        python3 tools/places-eval/score_gsr_places.py score ../shared/data/plover-gsr/dev.jsonl /tmp/gsr-out.jsonl

A sentence with a gold location counts as found when one of Argus's events in it has a place whose
name shares a capitalised word with the location text ("in the northern city of Kirkuk" ~ "Kirkuk").
Sentences without a gold location that get a place are listed for reading (the markup leaves many
locations unmarked, so they are not all errors).
"""
import json
import re
import sys

LOC = re.compile(r"\(LOC: ((?:[^()]|\([^)]*\))*)\)")


def gold(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        locs = LOC.findall(d.get("markup") or "")
        out[d["id"]] = (d["text"], [re.sub(r"\((?:SRC|TAR|EVT|SRC/TAR): ([^)]*)\)", r"\1", l) for l in locs])
    return out


def words(s):
    return {w.lower() for w in re.findall(r"[A-Z][\w'-]+", s)}


def main():
    if sys.argv[1] == "make":
        for i, (text, _) in gold(sys.argv[2]).items():
            print(json.dumps({"id": i, "text": text, "published": "2000-01-01"}))
        return
    g = gold(sys.argv[2])
    system = {}
    for line in open(sys.argv[3], encoding="utf-8"):
        d = json.loads(line)
        system[d["id"]] = [e["place"] for e in d["events"] if e.get("place")]
    with_loc = found = 0
    for i, (text, locs) in g.items():
        places = system.get(i, [])
        if locs:
            with_loc += 1
            ok = any(words(p["name"]) & words(" ".join(locs)) for p in places)
            found += ok
            print(("FOUND " if ok else "MISS  ") + i, locs, [(p["name"], p["country"]) for p in places])
        elif places:
            print("EXTRA " + i, [(p["name"], p["country"]) for p in places])
    print(f"sentences with a gold location: {with_loc}; found by an event place: {found} ({found / max(1, with_loc):.2f})")
    print(f"sentences without a gold location that got a place: {sum(1 for i, (t, l) in g.items() if not l and system.get(i))}")


if __name__ == "__main__":
    main()
