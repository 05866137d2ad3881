"""Benchmark refrain.claims on 1,000 Tehran Times articles, and draw the sample for hand-checking.

    .venv/bin/python bench/claims.py [--articles 1000] [--sample 100] [--seed 7] [--sample-out FILE]

Prints claims/s and articles/s (best of 3 runs) and writes a JSONL sample of claims (fixed seed) for
reading by eye: each row holds the claim's sentence, figure, counted thing, time, place and
claimant. The sample stays outside the repo (third-party text): default /tmp/refrain-claims-sample.jsonl.
No peer tool extracts claims the same way; the reference figure printed beside refrain is a bare
regex that only finds numbers (the floor any extractor pays to read the text).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from pathlib import Path

from refrain.claims import find, group

CORPUS = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"
)


def load(n: int) -> list[dict]:
    rows = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            rows.append(json.loads(line))
            if len(rows) >= n:
                break
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sample-out", default="/tmp/refrain-claims-sample.jsonl")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"needs {CORPUS} (third-party data, not in this repo)", file=sys.stderr)
        return 2
    rows = load(args.articles)
    chars = sum(len(r["text"]) for r in rows)
    find("warm up 12 people")  # load word lists before timing

    best = float("inf")
    results: list[tuple[str, list]] = []
    for _ in range(3):
        t0 = time.perf_counter()
        results = [(r["id"], find(r["text"], outlet=r.get("outlet"))) for r in rows]
        best = min(best, time.perf_counter() - t0)
    n_claims = sum(len(c) for _, c in results)

    number = re.compile(r"\d[\d,.]*")
    t0 = time.perf_counter()
    n_numbers = sum(len(number.findall(r["text"])) for r in rows)
    regex_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    groups = group((doc, c) for doc, cs in results for c in cs)
    group_s = time.perf_counter() - t0

    print(f"articles: {len(rows)}  characters: {chars:,}  claims: {n_claims}  (bare digit runs: {n_numbers})")
    print(
        f"refrain.claims.find: {best:.2f} s  -> {n_claims / best:,.0f} claims/s, {len(rows) / best:,.0f} articles/s, "
        f"{chars / best / 1e6:.2f} M chars/s"
    )
    print(f"bare regex \\d[\\d,.]*: {regex_s:.3f} s  (find is {best / regex_s:,.0f}x slower)")
    conflicts = sum(1 for g in groups if not g.agree)
    print(f"refrain.claims.group: {group_s:.2f} s -> {len(groups)} groups, {conflicts} with differing values")
    with_what = sum(1 for _, cs in results for c in cs if c.what is not None)
    with_when = sum(1 for _, cs in results for c in cs if c.when is not None)
    print(
        f"claims with a counted thing: {with_what / max(1, n_claims):.0%}, with a time: {with_when / max(1, n_claims):.0%}"
    )

    flat = [(doc, c) for doc, cs in results for c in cs]
    sample = random.Random(args.seed).sample(flat, min(args.sample, len(flat)))
    with open(args.sample_out, "w", encoding="utf-8") as out:
        for k, (doc, c) in enumerate(sample, 1):
            out.write(json.dumps({
                "n": k, "doc": doc, "sentence": c.text, "figure": c.value_text.text, "value": c.value,
                "approx": c.approx, "unit": c.unit, "what": c.what.text if c.what else None,
                "what_key": c.what_key, "when": c.when.text if c.when else None, "when_iso": c.when_iso,
                "where": c.where.text if c.where else None, "claimant": c.claimant,
            }, ensure_ascii=False) + "\n")  # fmt: skip
    print(f"sample of {len(sample)} claims (seed {args.seed}) written to {args.sample_out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
