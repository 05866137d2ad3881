"""CPU per request of each page type of the web UI, one request at a time, in-process.

    .venv/bin/python bench/web_cpu.py --db STORE [--n 12] [--only "search" "articles list, filtered"]

The URLs are bench/web.py's (the same draw from the store, fixed seed): each request asks for
another id, filter value or page, so the answer cache never serves it. Each URL is asked once of
a FastAPI TestClient over the store (read-only), after one warm-up request per page type (which
fills the corpus-wide lists kept while the file is open, as the first request of a running server
does). Prints, per page type, the median and the highest process CPU time (every DuckDB thread
included) and wall time. CPU time is the figure to compare on a loaded machine: wall time there
is mostly waiting for a core; the load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))
from web import sample_urls  # noqa: E402

from refrain.web import create_app  # noqa: E402


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--n", type=int, default=12, help="requests per page type (each another URL)")
    parser.add_argument("--only", nargs="*", default=None, help="page types to measure (default: all)")
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"no store at {args.db}")
    urls = sample_urls(args.db, n=max(200, args.n + 1))
    if args.only:
        urls = {k: v for k, v in urls.items() if k in args.only}
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, store {args.db}, load average {_load()}")
    print("\n| page type | n | CPU p50 ms | CPU max ms | wall p50 ms | wall max ms | statuses |")
    print("|---|---:|---:|---:|---:|---:|---|")
    failed = 0
    # A long idle close, so that the file (and what is kept while it is open) stays open throughout.
    with TestClient(create_app(str(args.db), idle_close_s=3600)) as http:
        for kind, kind_urls in urls.items():
            http.get(kind_urls[-1])  # warm-up: the kept corpus-wide lists this page type reads
            cpu, wall, statuses = [], [], []
            for url in kind_urls[: args.n]:
                c0, w0 = _cpu(), time.perf_counter()
                r = http.get(url)
                cpu.append(_cpu() - c0)
                wall.append(time.perf_counter() - w0)
                statuses.append(r.status_code)
                failed += r.status_code >= 500
            codes = ", ".join(f"{s}x{statuses.count(s)}" for s in sorted(set(statuses)))
            print(
                f"| {kind} | {len(cpu)} | {statistics.median(cpu) * 1000:,.1f} | {max(cpu) * 1000:,.1f} | "
                f"{statistics.median(wall) * 1000:,.1f} | {max(wall) * 1000:,.1f} | {codes} |",
                flush=True,
            )
    print(f"\nload average at the end {_load()}; {failed} server errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
