"""Conflict groups on Tehran Times articles, drawn at random for reading by hand.

    nice -n 10 .venv/bin/python bench/conflicts_tehran.py [--n 3000] [--store PATH] [--draw 10] [--seed 13 ...]

Builds a store of the first ``--n`` articles of ../shared/data/tehran-times (``refrain ingest`` and
``refrain analyze``, the corpus read in place and never copied into the repo) unless ``--store``
already holds one, then groups the stored claims with the current grouping code (so a change to
the grouping needs no new analysis), prints the counts (figures, groups, conflicts, time) and
``--draw`` conflict groups picked at random for each ``--seed`` (every group when ``--draw 0``),
each figure with its source, value and sentence. The store is opened read-only.
With ``--refind CACHE`` the figures are found again with the current code (quotes.find and
claims.find on every stored article, as ``analyze`` does) instead of read from the store, and kept
in CACHE (a pickle outside the repo; delete it after a change to the figure finder):

    nice -n 10 .venv/bin/python bench/conflicts_tehran.py --store STORE --refind /tmp/x/claims.pkl
The articles have no dates: see docs/bench/conflicts.md for what that means for 'same period'.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
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
    parser.add_argument("--refind", type=Path, default=None, help="find the figures again; cache file")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--read-cache",
        type=Path,
        default=None,
        help="each figure's reading, cached (delete after a change to reading.py)",
    )
    parser.add_argument(
        "--near",
        action="store_true",
        help="also every agreeing group holding two sources' incompatible values",
    )
    args = parser.parse_args()
    store_path = args.store or Path(f"/tmp/refrain-conflicts-tt{args.n}.duckdb")
    if not store_path.exists():
        build(store_path, args.n)

    from refrain.claims import group
    from refrain.store import Store
    from refrain.store.corpus import claim_sources, stored_claims

    with Store(store_path, read_only=True) as store:  # a shared store is never written
        if args.refind is None:
            claims = stored_claims(store)
            sources = claim_sources(store)
        else:
            claims, sources = refound_claims(store, args.refind, args.workers)
    if args.read_cache is not None:
        cache_readings(args.read_cache, claims, sources)
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
    if args.near:
        show_near(groups, sources)


def cache_readings(cache: Path, claims: list[tuple[str, str, Any]], sources: dict[str, Any]) -> None:
    """Have grouping take each figure's reading (refrain.claims.reading.read, most of its time)
    from ``cache``, made on the first run, its values allowed read again: for trying grouping
    rules (conflicts.py, group.py, ranges.py) on a large store again."""
    from refrain.claims import group as grouping
    from refrain.claims.ranges import value_range
    from refrain.claims.reading import _within_reach, read

    if cache.exists():
        readings = pickle.loads(cache.read_bytes())
    else:
        readings = [read(doc, claim, sources.get(doc)) for _, doc, claim in claims]
        cache.write_bytes(pickle.dumps(readings))
    for r in readings:  # the values allowed are read again: ranges.py changes more often than reading
        if r is not None and r.claim.value_text is not None:
            sentence = _within_reach(r.claim)
            r.low, r.high = value_range(sentence, sentence.text[: r.claim.value_text.start - sentence.start])
    by_claim = {id(claim): r for (_, _, claim), r in zip(claims, readings, strict=True)}
    grouping.read = lambda doc, claim, source=None: by_claim[id(claim)]  # type: ignore[attr-defined]


def _find_in(row: tuple[str, str, str | None, str | None]) -> tuple[str, list[Any]]:
    from refrain import claims, quotes

    doc, text, date, outlet = row
    found = quotes.find(text, date=date)
    return doc, claims.find(text, date=date, outlet=outlet, quotes=found)


def refound_claims(
    store: Any, cache: Path, workers: int
) -> tuple[list[tuple[str, str, Any]], dict[str, Any]]:
    """Every stored article's figures found again with the current code (cached in ``cache``), in
    ingest order, as (claim id, document id, Claim), and every article's Source."""
    from multiprocessing import Pool

    from refrain.claims import Source

    rows = store.query("SELECT id, outlet, date, title, text FROM documents ORDER BY seq")
    sources = {
        r["id"]: Source(outlet=r["outlet"], date=r["date"], title=r["title"], text=r["text"]) for r in rows
    }
    if cache.exists():
        found = pickle.loads(cache.read_bytes())
    else:
        t0 = time.process_time()
        work = [(r["id"], r["text"], r["date"], r["outlet"]) for r in rows]
        with Pool(workers) as pool:
            found = pool.map(_find_in, work, chunksize=64)
        print(f"figures found again: {time.process_time() - t0:.1f} s CPU in the parent, {workers} workers")
        cache.write_bytes(pickle.dumps(found))
    claims = [(f"{doc}:{i}", doc, c) for doc, cs in found for i, c in enumerate(cs)]
    return claims, {doc: sources[doc] for doc, cs in found if cs}


def show_near(groups: list[Any], sources: dict[str, Any]) -> None:
    """The agreeing groups holding two sources' figures that allow no value in common, each with
    why :func:`refrain.claims.conflicts.disputed` does not report them: where real conflicts are
    missed."""
    from collections import Counter

    from refrain.claims.conflicts import compatible, disputed
    from refrain.claims.group import _same_source
    from refrain.claims.reading import read

    near = []
    for g in groups:
        if not g.agree:
            continue
        figures = [f for doc, c in g.claims if (f := read(doc, c, sources.get(doc)))]
        reasons = Counter(
            disputed(a, b)
            for i, a in enumerate(figures)
            for b in figures[i + 1 :]
            if not _same_source(a, b) and not compatible(a, b)
        )
        if reasons:
            near.append((g, reasons))
    print(f"\n=== {len(near)} agreeing groups holding two sources' incompatible values")
    print("reasons (pairs):", dict(sum((r for _, r in near), Counter()).most_common()))
    for g, reasons in near:
        print(f"\n  not reported: {dict(reasons)}")
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
