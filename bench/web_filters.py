"""Time the investigator's queries (issue 16) on a store, one client, cold then warm (kept lists).

    .venv/bin/python bench/web_filters.py --db STORE

Prints, for each query: the first call (computes and keeps the filtered list while the file is
open, as the web app does) and the median of 5 later calls, wall and CPU; and the time and peak
Python memory (tracemalloc) to stream whole lists as CSV, page by page, as ``?format=csv`` does
(articles, speakers, repeated quotes, the quotes a search finds).
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from refrain.store import queries
from refrain.store.queries.filters import Filters
from refrain.store.queries.search import search
from refrain.web.db import ReadOnlyDatabase
from refrain.web.export import csv_rows


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def cpu_timed(fn: Callable[[], Any]) -> tuple[float, float]:
    """(wall, CPU of this process) seconds of one call: on a loaded machine the CPU is the figure."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    database = ReadOnlyDatabase(args.db)
    with database.store() as store:
        outlet, first, last = store.con.execute(
            "SELECT coalesce(outlet, '(unknown)'), min(date), max(date) FROM documents GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()  # type: ignore[misc]
        speaker = store.con.execute(
            "SELECT split_part(speaker, ' ', -1) FROM quotes WHERE speaker LIKE '% %' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        surname = speaker[0] if speaker else "minister"
        month = (first or "2024-01-01")[:7]
        docs = store.con.execute("SELECT count(*) FROM documents").fetchone()[0]  # type: ignore[index]
    print(f"store: {docs:,} documents; outlet {outlet!r}, month {month}, speaker part {surname!r}")
    cases: dict[str, Callable[[Any], Any]] = {
        "articles, page 1": lambda s: queries.articles(s, page=1),
        "articles, outlet + month": lambda s: queries.articles(s, page=3, filters=Filters(outlet=outlet, date_from=month, date_to=month)),
        "articles, speaker part": lambda s: queries.articles(s, page=1, filters=Filters(speaker=surname)),
        "articles, sort -title": lambda s: queries.articles(s, page=200, sort="-title"),
        "search 'oil', outlet filter": lambda s: search(s, "oil", page=1, filters=Filters(outlet=outlet)),
        "reuse, outlet filter": lambda s: queries.reuse_pairs(s, page=1, filters=Filters(outlet=outlet)),
        "who copies whom": lambda s: queries.outlet_flows(s, limit=30),
        "volume per month": lambda s: queries.volume(s),
        "overview": lambda s: queries.overview(s),
        "families, speaker part, by date": lambda s: queries.families(s, page=1, filters=Filters(speaker=surname), sort="date"),
        "families, outlet, largest": lambda s: queries.families(s, page=2, filters=Filters(outlet=outlet)),
        "speakers, speaker part, by name": lambda s: queries.speakers(s, page=1, filters=Filters(speaker=surname), sort="speaker"),
        "speakers, outlet (quotes there)": lambda s: queries.speakers(s, page=3, filters=Filters(outlet=outlet)),
        "conflicts, widest gap": lambda s: queries.conflicts(s, page=2, sort="-spread"),
        "conflicts, source part": lambda s: queries.conflicts(s, page=1, filters=Filters(speaker=surname)),
        "reuse, most passages": lambda s: queries.reuse_pairs(s, page=5, sort="-passages"),
        "cross-language families": lambda s: queries.crosslingual_families(s, page=1),
    }  # fmt: skip
    for name, case in cases.items():
        with database.store() as store:
            cold, cold_cpu = cpu_timed(lambda case=case, store=store: case(store))
        warm = []
        for _ in range(5):
            with database.store() as store:
                warm.append(cpu_timed(lambda case=case, store=store: case(store)))
        print(
            f"{name:32s} first {cold * 1000:8.1f} ms ({cold_cpu * 1000:7.1f} ms CPU)   then median "
            f"{statistics.median(w for w, _ in warm) * 1000:8.1f} ms ({statistics.median(c for _, c in warm) * 1000:6.1f} ms CPU)"
        )
    tracemalloc.start()
    start, cpu = time.perf_counter(), time.process_time()
    size = rows = 0
    for chunk in csv_rows(database.store, lambda s, p: queries.articles(s, page=p)):
        size += len(chunk)
        rows += chunk.count("\n")
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"CSV of all articles: {rows:,} lines, {size / 1e6:.1f} MB in {elapsed:.1f} s ({cpu:.1f} s CPU), "
        f"peak Python memory {peak / 1e6:.1f} MB"
    )
    # The other long lists, streamed the same way (issue 16: every list as CSV).
    for name, page_of_rows in {
        "speakers": lambda s, p: queries.speakers(s, page=p),
        "repeated quotes": lambda s, p: queries.families(s, page=p),
        "quotes found for 'nuclear'": lambda s, p: search(s, "nuclear", page=p, only="quotes")["quotes"],
    }.items():
        tracemalloc.start()
        start, cpu = time.perf_counter(), time.process_time()
        size = rows = 0
        for chunk in csv_rows(database.store, page_of_rows):
            size += len(chunk)
            rows += chunk.count("\n")
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(
            f"CSV of {name}: {rows:,} lines, {size / 1e6:.1f} MB in {elapsed:.1f} s ({cpu:.1f} s CPU), "
            f"peak Python memory {peak / 1e6:.1f} MB"
        )
    database.close()


if __name__ == "__main__":
    main()
