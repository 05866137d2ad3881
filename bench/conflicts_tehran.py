"""Conflict groups on Tehran Times articles, drawn at random for reading by hand.

    nice -n 10 .venv/bin/python bench/conflicts_tehran.py [--n 3000] [--store PATH] [--draw 10] [--seed 13 ...]

Builds a store of the first ``--n`` articles of ../shared/data/tehran-times (``refrain ingest`` and
``refrain analyze``, the corpus read in place and never copied into the repo) unless ``--store``
already holds one, then groups the stored claims with the current grouping code (so a change to
the grouping needs no new analysis), prints the counts (figures, groups, conflicts, time) and
``--draw`` conflict groups picked at random for each ``--seed`` (every group when ``--draw 0``),
each figure with its source, value and sentence. The store is opened read-only.
The articles have no dates: see docs/bench/conflicts.md for what that means for 'same period'.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"


def build(store: Path, n: int) -> None:
    jsonl = store.with_suffix(".jsonl")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as src, open(jsonl, "w", encoding="utf-8") as out:
        for i, line in enumerate(src):
            if i >= n:
                break
            row = json.loads(line)
            record = {
                "id": str(row["id"]),
                "text": row["text"],
                "outlet": row.get("outlet"),
                "title": row.get("title_slug"),
            }
            out.write(json.dumps(record) + "\n")
    refrain = str(Path(sys.executable).parent / "refrain")
    subprocess.run([refrain, "ingest", str(jsonl), "--db", str(store)], check=True)
    subprocess.run([refrain, "analyze", "--db", str(store), "--workers", "1"], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--draw", type=int, default=10)
    parser.add_argument("--seed", type=int, nargs="+", default=[13])
    args = parser.parse_args()
    store_path = args.store or Path(f"/tmp/refrain-conflicts-tt{args.n}.duckdb")
    if not store_path.exists():
        build(store_path, args.n)

    from refrain.claims import group
    from refrain.store import Store
    from refrain.store.corpus import claim_sources, stored_claims

    with Store(store_path, read_only=True) as store:  # a shared store is never written
        claims = stored_claims(store)
        sources = claim_sources(store)
    t0, c0 = time.perf_counter(), time.process_time()
    groups = group([(doc, claim) for _, doc, claim in claims], sources)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    conflicts = [g for g in groups if not g.agree]
    print(
        f"store {store_path}: {len({d for _, d, _ in claims})} articles with figures, {len(claims)} figures"
    )
    print(f"groups {len(groups)} (agreeing {len(groups) - len(conflicts)}), conflicts {len(conflicts)}")
    print(f"grouping: {wall:.1f} s wall, {cpu:.1f} s CPU (2 shared cores: noisy)")
    for seed in args.seed:
        rng = random.Random(seed)
        drawn = rng.sample(conflicts, min(args.draw, len(conflicts))) if args.draw else conflicts
        print(f"\n=== seed {seed}: {len(drawn)} of {len(conflicts)} conflict groups")
        for g in sorted(drawn, key=lambda g: g.id):
            show(g, sources)


def show(g: Any, sources: dict[str, Any]) -> None:
    """A conflict group as read by hand: what, where, when, and each figure with its source."""
    from refrain.claims.group import Source

    print(
        f"\n#{g.id} {g.what_key} | topic: {g.topic} | where: {g.where} | when: {g.when} | sources disagreeing: {g.sources}"
    )
    for doc, c in g.claims:
        s = sources.get(doc, Source())
        hedge = f"{c.approx} " if c.approx else ""
        written = c.value_text.text if c.value_text else ""
        print(f"  [{doc}] {hedge}{c.value:g} {c.unit or ''} ({written}) by {c.claimant}")
        print(f"      {' '.join(c.text.split())[:400]}")
        if s.title:
            print(f"      title: {s.title}")


if __name__ == "__main__":
    main()
