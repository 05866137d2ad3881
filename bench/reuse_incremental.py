"""Reuse on a grown corpus: a full run against a run handed the previous run's memo.

The first N Tehran Times articles (``../shared/data/tehran-times``, read in place, as in
``bench/reuse.py``) are aligned three ways, each timed (wall and CPU of this process and its
workers):

1. full: ``align(all N)`` without a memo (what `analyze` did before: the reference);
2. fill: ``align(first N - ADDED)`` with an empty memo, which is then written to a throw-away
   DuckDB store the way `analyze` writes it (``refrain.store.reuse_memo.save_reuse_memo``);
3. grown: the memo read back (``load_reuse_memo``), ``align(all N)`` with it, the additions written.

It checks that the grown run's passages and clusters equal the full run's, and prints how many
candidate pairs were aligned and how many came from the memo.

    PYTHONPATH=src .venv/bin/python bench/reuse_incremental.py --n 33724 --added 10 --workers 2

``--store PATH`` takes the documents of an ingested store instead (opened read-only, in ingest
order, as `analyze` reads them: ``refrain.store.corpus.reuse_inputs``); ``--n`` is then ignored.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reuse import load_tehran  # noqa: E402  (bench/reuse.py: the same documents, names, outlet)

from refrain.reuse import ReuseMemo, align  # noqa: E402
from refrain.store import Store  # noqa: E402
from refrain.store.corpus import reuse_inputs  # noqa: E402
from refrain.store.reuse_memo import load_reuse_memo, save_reuse_memo  # noqa: E402


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(
    label: str, fn: Callable[[], Any], rows: list[tuple[str, float, float, str]], note: str = ""
) -> Any:
    load = os.getloadavg()[0]
    cpu, wall = cpu_seconds(), time.perf_counter()
    out = fn()
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    rows.append((label, wall, cpu, f"load {load:.1f}{'; ' + note if note else ''}"))
    print(f"{label}: {wall:.2f} s wall, {cpu:.2f} s CPU (load {load:.1f}) {note}", flush=True)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--added", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--store", default=None, help="read the documents from this store")
    args = parser.parse_args(argv)
    if args.store:
        with Store(args.store, read_only=True) as source:
            docs = reuse_inputs(source)
    else:
        docs = load_tehran(args.n)
    base = docs[: len(docs) - args.added]
    print(f"{len(docs)} documents ({len(base)} + {args.added}), workers={args.workers}", flush=True)
    rows: list[tuple[str, float, float, str]] = []
    full = timed("full run, no memo", lambda: align(docs, workers=args.workers), rows)

    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "memo.duckdb")
        memo = ReuseMemo()
        timed(
            "fill: first run with an empty memo", lambda: align(base, workers=args.workers, memo=memo), rows
        )
        with Store(path) as store:
            with store.transaction() as con:
                timed("fill: memo written", lambda: save_reuse_memo(con, memo), rows)
        size_mb = sum(f.stat().st_size for f in Path(tmp).iterdir()) / 1e6
        with Store(path) as store:
            grown_memo = timed("grown: memo read", lambda: load_reuse_memo(store), rows)
            grown = timed(
                f"grown: run with the memo (+{args.added} documents)",
                lambda: align(docs, workers=args.workers, memo=grown_memo),
                rows,
            )
            with store.transaction() as con:
                timed("grown: additions written", lambda: save_reuse_memo(con, grown_memo), rows)
    same = grown.passages == full.passages and grown.clusters == full.clusters
    print()
    print("| step | wall | CPU | note |")
    print("|---|---|---|---|")
    for label, wall, cpu, note in rows:
        print(f"| {label} | {wall:.2f} s | {cpu:.2f} s | {note} |")
    grown_wall = sum(w for label, w, _, _ in rows if label.startswith("grown"))
    print()
    print(f"passages {len(full.passages)}, clusters {len(full.clusters)}; grown == full: {same}")
    print(
        f"candidate pairs: {grown_memo.aligned_pairs} aligned, {grown_memo.reused_pairs} from the memo; "
        f"documents tokenised: {len(grown_memo.added_shingles)}"
    )
    print(f"memo in the store: {size_mb:.0f} MB")
    print(f"grown (read + run + write) / full: {grown_wall / rows[0][1]:.1%}")
    if not same:
        raise SystemExit("the run with the memo differs from the full run")


if __name__ == "__main__":
    main()
