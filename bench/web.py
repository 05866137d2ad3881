"""Latency of each page type of the web UI under concurrent clients, and a memory soak.

    .venv/bin/python bench/web.py --db STORE [--seconds 30] [--clients 20]
    .venv/bin/python bench/web.py --db /tmp/tt.duckdb --build-tehran-times   # build the store first
    .venv/bin/python bench/web.py --db STORE --soak 300 [--clients 5]

Starts `refrain serve` (uvicorn, one process) on 127.0.0.1 with a free port and drives it with
``--clients`` concurrent clients (one asyncio task each, httpx) for ``--seconds``; every client
walks the page types in turn, each time on another article / speaker / pair drawn (fixed seed)
from the store. Prints p50/p99 latency per page type, and the same figures for a static file
served by the same server (the floor: HTTP, routing and the security middleware without any
store access) with each page's p50 as a multiple of it.

``--soak N`` runs the same load for N seconds, samples the server's resident memory (RSS) every
5 s and prints the growth from the first to the last minute and the number of failed requests.
Requests only ever go to 127.0.0.1; every loop is bounded by the clock.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx

from refrain.store import Store

TEHRAN_TIMES = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"
)
SEARCH_WORDS = [
    "nuclear",
    "sanctions",
    "minister",
    "oil",
    "football",
    "tehran",
    "election",
    "iraq",
    "culture",
]


def build_tehran_times(db: Path) -> None:
    """`refrain ingest` + `refrain analyze` of all 33,724 Tehran Times articles into ``db``."""
    refrain = Path(sys.executable).with_name("refrain")
    for args in (["ingest", str(TEHRAN_TIMES)], ["analyze"]):
        started = time.perf_counter()
        done = subprocess.run([str(refrain), *args, "--db", str(db)], check=False)
        print(f"refrain {args[0]}: exit {done.returncode}, {time.perf_counter() - started:.0f} s", flush=True)
        if done.returncode != 0 and args[0] == "analyze":
            raise SystemExit("analyze failed: cannot measure the pages on findings that are not there")
    ensure_search_index(db)


def ensure_search_index(db: Path) -> None:
    """Build the full-text index when `refrain analyze` has not (it will call build_index once wired)."""
    from refrain.web.search import build_index, has_index

    with Store(db) as store:
        if has_index(store):
            return
        started = time.perf_counter()
        build_index(store)
        print(f"search index built in {time.perf_counter() - started:.1f} s", flush=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _u(value: object) -> str:
    return quote(str(value), safe="")


def sample_urls(db: Path, n: int = 40, seed: int = 7) -> dict[str, list[str]]:
    """For every page type, up to ``n`` URLs on ids drawn from the store (the same ones every run)."""
    rng = random.Random(seed)

    def draw(rows: list[tuple]) -> list[tuple]:
        return rng.sample(rows, min(n, len(rows)))

    with Store(db, read_only=True) as s:
        q = lambda sql: s.con.execute(sql).fetchall()  # noqa: E731
        docs = draw(q("SELECT id FROM documents ORDER BY id"))
        quoted = draw(q("SELECT DISTINCT doc_id FROM quotes ORDER BY 1"))
        speakers = draw(q("SELECT speaker FROM quotes WHERE speaker IS NOT NULL GROUP BY 1 HAVING count(*) > 1 "
                          "ORDER BY 1"))  # fmt: skip
        quotes = draw(q("SELECT id FROM quotes ORDER BY id LIMIT 100000"))
        families = draw(q("SELECT id FROM quote_families ORDER BY id"))
        pairs = draw(
            q("SELECT DISTINCT a_doc, b_doc FROM passages WHERE NOT boilerplate ORDER BY 1, 2 LIMIT 100000")
        )
        groups = draw(q("SELECT id FROM conflict_groups WHERE NOT agree ORDER BY id"))
        n_docs = s.count("documents")
    pages = max(1, n_docs // 50)
    urls = {
        "static file (floor)": ["/static/style.css"],
        "overview": ["/"],
        "articles list": [f"/articles?page={rng.randint(1, pages)}" for _ in range(n)],
        "article": [f"/articles/{_u(d)}" for (d,) in docs + quoted],
        "speakers list": [f"/speakers?page={p}" for p in range(1, 4)],
        "speaker": [f"/speakers/{_u(sp)}" for (sp,) in speakers],
        "quote": [f"/quotes/{_u(i)}" for (i,) in quotes],
        "families list": ["/families", "/families?page=2"],
        "family (provenance)": [f"/families/{i}" for (i,) in families],
        "reuse list": ["/reuse", "/reuse?page=2"],
        "reuse pair": [f"/reuse/{_u(a)}/{_u(b)}" for a, b in pairs],
        "conflicts list": ["/conflicts", "/conflicts?page=2"],
        "conflict": [f"/conflicts/{i}" for (i,) in groups],
        "search": [f"/search?q={w}" for w in SEARCH_WORDS],
        "article JSON": [f"/api/articles/{_u(d)}" for (d,) in docs[:10]],
    }
    return {k: v for k, v in urls.items() if v}


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    failures: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    statuses: dict[int | str, int] = field(default_factory=lambda: defaultdict(int))


async def drive(base: str, urls: dict[str, list[str]], *, clients: int, seconds: float, tally: Tally) -> None:
    kinds = list(urls)
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(i: int, http: httpx.AsyncClient) -> None:
        rng = random.Random(i)
        k = i
        while time.monotonic() < deadline:  # bounded by the clock
            kind = kinds[k % len(kinds)]
            k += 1
            url = rng.choice(urls[kind])
            started = time.perf_counter()
            try:
                r = await http.get(url)
                ok = r.status_code == 200
                tally.statuses[r.status_code] += 1
            except httpx.HTTPError as exc:
                ok = False
                tally.statuses[type(exc).__name__] += 1
            elapsed = time.perf_counter() - started
            if ok:
                tally.latencies[kind].append(elapsed)
            else:
                tally.failures[kind] += 1

    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as http:
        await asyncio.gather(*(client(i, http) for i in range(clients)))


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(tally: Tally, seconds: float) -> None:
    floor = (
        statistics.median(tally.latencies["static file (floor)"])
        if tally.latencies["static file (floor)"]
        else 0
    )
    print(
        "\n| page type | requests | p50 ms | p99 ms | p50 / floor | failed |\n|---|---:|---:|---:|---:|---:|"
    )
    total = 0
    for kind, values in tally.latencies.items():
        total += len(values)
        p50, p99 = _pct(values, 50), _pct(values, 99)
        ratio = f"{p50 / floor:.1f}x" if floor else "-"
        print(
            f"| {kind} | {len(values):,} | {p50 * 1000:.1f} | {p99 * 1000:.1f} | {ratio} | {tally.failures[kind]} |"
        )
    for kind, n in tally.failures.items():
        if kind not in tally.latencies:
            print(f"| {kind} | 0 | - | - | - | {n} |")
    print(
        f"\n{total:,} requests in {seconds:.0f} s: {total / seconds:.1f} requests/s; statuses {dict(tally.statuses)}"
    )


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def soak(base: str, urls: dict[str, list[str]], pid: int, *, clients: int, seconds: float) -> bool:
    tally = Tally()
    samples: list[tuple[float, float]] = []
    started = time.monotonic()

    async def sampler() -> None:
        while time.monotonic() - started < seconds:  # bounded by the clock
            samples.append((time.monotonic() - started, rss_mib(pid)))
            await asyncio.sleep(5)

    await asyncio.gather(sampler(), drive(base, urls, clients=clients, seconds=seconds, tally=tally))
    samples.append((time.monotonic() - started, rss_mib(pid)))
    report(tally, seconds)
    window = min(60.0, seconds / 3)
    first = statistics.median([m for t, m in samples if t <= window])
    last = statistics.median([m for t, m in samples if t >= samples[-1][0] - window])
    growth = (last - first) / first * 100
    failed = sum(tally.failures.values())
    print(f"\nRSS (MiB) every 5 s: {', '.join(f'{m:.0f}' for _, m in samples)}")
    print(
        f"RSS median first {window:.0f} s: {first:.1f} MiB, last {window:.0f} s: {last:.1f} MiB, growth {growth:+.1f} %"
    )
    flat = growth < 10
    print(
        f"soak: {failed} failed requests; memory {'flat' if flat else 'GROWING'} -> {'OK' if flat and not failed else 'FAIL'}"
    )
    return flat and not failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="the store to serve")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument(
        "--soak", type=float, default=0.0, metavar="SECONDS", help="run a memory soak this long"
    )
    parser.add_argument("--build-index", action="store_true", help="build the full-text index if missing")
    parser.add_argument(
        "--build-tehran-times", action="store_true", help="ingest + analyze the 33,724 articles first"
    )
    args = parser.parse_args()
    if args.build_tehran_times:
        if not TEHRAN_TIMES.exists():
            raise SystemExit(f"missing {TEHRAN_TIMES} (third-party data, not in the repo)")
        build_tehran_times(args.db)
    if not args.db.exists():
        raise SystemExit(f"no store at {args.db}")
    if args.build_index:
        ensure_search_index(args.db)
    with Store(args.db, read_only=True) as s:
        print(f"store {args.db}: {s.summary()}")
    urls = sample_urls(args.db)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    code = f"from refrain.web import run; run({str(args.db)!r}, host='127.0.0.1', port={port})"
    server = subprocess.Popen([sys.executable, "-c", code])
    try:
        for _ in range(300):  # up to 30 s to start
            try:
                urllib.request.urlopen(base + "/static/style.css", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit("the server did not start")
        # Warm up: one request of each page type (first loads: templates, fts extension, page cache).
        asyncio.run(drive(base, {k: v[:1] for k, v in urls.items()}, clients=1, seconds=3, tally=Tally()))
        print(f"server pid {server.pid}, RSS {rss_mib(server.pid):.0f} MiB after warm-up; "
              f"{args.clients} clients, {os.cpu_count()} cores")  # fmt: skip
        if args.soak:
            ok = asyncio.run(soak(base, urls, server.pid, clients=args.clients, seconds=args.soak))
            return 0 if ok else 1
        tally = Tally()
        asyncio.run(drive(base, urls, clients=args.clients, seconds=args.seconds, tally=tally))
        report(tally, args.seconds)
        print(f"server RSS after the run: {rss_mib(server.pid):.0f} MiB")
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
