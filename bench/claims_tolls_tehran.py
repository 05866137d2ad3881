"""Tolls and multiplying verbs (refrain.claims) on a seeded sample of the Tehran Times 33k corpus.

    .venv/bin/python bench/claims_tolls_tehran.py [--seed 132026] [--n 200] [--show]

Draws ``--n`` articles of ../shared/data/tehran-times/tehran_times_33k.jsonl.gz holding a toll
("toll at", "toll of", "toll stood") or a multiplying verb ("doubled", "tripled", "quadrupled",
"halved", "by half"), and prints how many of those phrases refrain reads: a multiplying phrase
read as a figure of unit "times" or "fraction", a toll's bare count read as people who died
("die|person"). Then the conflict groups among all matching articles. The text stays there
(third-party): ``--show`` prints article ids, values and units only. Whether a reading is right
is read by hand (the session's counts are in the commit message and report).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

from refrain import claims
from refrain.claims import Source

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"
TOLL = re.compile(r"\btoll (?:at|stood|of)\b", re.IGNORECASE)
MULTIPLYING = re.compile(r"\b(?:halved|doubled|tripled|quadrupled)\b|\bby half\b", re.IGNORECASE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=132026)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        matching = [
            d
            for line in f
            if (d := json.loads(line)) and (TOLL.search(d["text"]) or MULTIPLYING.search(d["text"]))
        ]
    random.Random(args.seed).shuffle(matching)
    tolls = tolls_read = mult = mult_read = 0
    for d in matching[: args.n]:
        found = claims.find(d["text"], outlet="Tehran Times", language="en")
        for m in MULTIPLYING.finditer(d["text"]):
            mult += 1
            read = [
                c
                for c in found
                if m.start() <= c.value_text.start < m.end() and c.unit in {"times", "fraction"}
            ]
            mult_read += bool(read)
            if args.show:
                print(f"{d['id']} {m.start()}: {[(c.value, c.unit) for c in read]}")
        for m in TOLL.finditer(d["text"]):
            after = [c for c in found if 0 <= c.value_text.start - m.end() < 30]
            if not after:
                continue  # "the toll of the war": no figure given
            tolls += 1
            tolls_read += after[0].what_key == "die|person"
            if args.show:
                print(f"{d['id']} {m.start()}: {after[0].value} {after[0].unit} {after[0].what_key}")
    print(f"articles matching: {len(matching)}, drawn: {min(args.n, len(matching))} (seed {args.seed})")
    print(f"multiplying phrases read as a figure: {mult_read}/{mult}")
    print(f"toll figures read as people who died: {tolls_read}/{tolls}")
    pairs, sources = [], {}
    for d in matching:
        sources[d["id"]] = Source(outlet="Tehran Times", text=d["text"])
        pairs += [(d["id"], c) for c in claims.find(d["text"], outlet="Tehran Times", language="en")]
    groups = claims.group(pairs, sources)
    conflicts = [g for g in groups if not g.agree]
    print(f"all matching articles: {len(pairs)} figures, {len(groups)} groups, {len(conflicts)} conflicts")
    for g in conflicts if args.show else []:
        print(g.what_key, [(doc, c.value, c.unit) for doc, c in g.claims])


if __name__ == "__main__":
    main()
