"""Latency of each page type of the web UI under concurrent clients, and a memory soak.

    .venv/bin/python bench/web.py --db STORE [--seconds 30] [--clients 20] [--check] [--by-type 30]
    .venv/bin/python bench/web.py --db /tmp/tt.duckdb --build-tehran-times   # build the store first
    .venv/bin/python bench/web.py --db STORE --soak 300 [--clients 5]

Starts `refrain serve` (uvicorn, one process) on 127.0.0.1 with a free port and drives it with
``--clients`` concurrent clients (one asyncio task each, httpx) for ``--seconds``; every client
walks the page types in turn. The URLs are drawn (fixed seed) from the store, up to ``--pool``
per page type, and handed out without repetition (one shared queue per page type), so that each
request asks for another article / speaker / quote family / pair / conflict group / list page /
search word and the server's answer cache cannot serve it (only the overview has one URL).
List pages are drawn over all their pages (deep ones included) and search words from the
openings of the drawn articles. Prints p50/p99 latency and requests/s per page type, and the same
figures for a static file served by the same server (the floor: HTTP, routing and the security
middleware without any store access) with each page's p50 as a multiple of it.

``--by-type S`` instead loads one page type at a time for S seconds each (same clients), so that
a slow page type does not slow the figures of the others.
``--check`` first asks for a few URLs of every page type and says whether each is a real page
(status 200, its heading, no error text) and whether unknown ids get 404.

``--soak N`` runs the same load for N seconds, samples the server's resident memory (RSS) every
5 s and prints the growth from the first to the last minute and the number of failed requests.
Requests only ever go to 127.0.0.1; every loop is bounded by the clock.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
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

from refrain.store import Store, queries

TEHRAN_TIMES = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"
)
STOP_WORDS = frozenset(
    "about after again against also among been before being between could from have into more most "
    "other over said says some such than that their there these they this those through under until "
    "very were what when where which while will with would year years".split()
)


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
    from refrain.store.search_index import build_index, has_index

    with Store(db) as store:
        if has_index(store.con):
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


def _pages(total: int, size: int = 50) -> int:
    return max(1, -(-total // size))


def sample_urls(db: Path, n: int = 2000, seed: int = 7) -> dict[str, list[str]]:
    """For every page type, up to ``n`` distinct URLs on ids drawn from the store (the same every run)."""
    rng = random.Random(seed)

    def draw(rows: list[tuple]) -> list[tuple]:
        return rng.sample(rows, min(n, len(rows)))

    def page_urls(path: str, total: int) -> list[str]:
        pages = list(range(1, _pages(total) + 1))
        return [f"{path}?page={p}" for p in rng.sample(pages, min(n, len(pages)))]

    with Store(db, read_only=True) as s:
        q = lambda sql: s.con.execute(sql).fetchall()  # noqa: E731
        one = lambda sql: s.con.execute(sql).fetchone()[0]  # noqa: E731
        docs = draw(q("SELECT id FROM documents ORDER BY id"))
        quoted = draw(q("SELECT DISTINCT doc_id FROM quotes WHERE kind <> 'scare' ORDER BY 1"))
        speakers = draw(q("SELECT speaker FROM quotes WHERE speaker IS NOT NULL AND kind <> 'scare' GROUP BY 1 "
                          "HAVING count(*) > 1 ORDER BY 1"))  # fmt: skip
        quotes = draw(q("SELECT id FROM quotes WHERE kind <> 'scare' ORDER BY id"))
        families = draw(q("SELECT id FROM quote_families ORDER BY id"))
        pairs = draw(
            q(
                "SELECT DISTINCT a_doc, b_doc FROM passages WHERE NOT coalesce(boilerplate, false) ORDER BY 1, 2"
            )
        )
        groups = draw(q("SELECT id FROM conflict_groups WHERE NOT agree ORDER BY id"))
        # Search words from the opening of the drawn articles (titles may be missing, as in the Tehran Times JSONL).
        openings = s.con.execute(
            "SELECT coalesce(title, '') || ' ' || left(text, 300) FROM documents WHERE id IN (SELECT unnest(?)) ORDER BY id",
            [[d for (d,) in docs]],
        ).fetchall()
        n_docs = s.count("documents")
        n_speakers = queries.speakers(s, page=1)["total"]  # as the list counts them (named speakers)
        n_families = s.count("quote_families")
        n_pairs = queries.reuse_pairs(s, page=1)["total"]  # as the list counts them (templates left out too)
        n_conflicts = one("SELECT count(*) FROM conflict_groups WHERE NOT agree")
        # For the filtered lists (issue 16): the outlets, and the cross-language families when any.
        outlets = [o for (o,) in q("SELECT DISTINCT coalesce(outlet, '(unknown)') FROM documents ORDER BY 1")]
        crosslingual = draw(q("SELECT DISTINCT family FROM crosslingual_members ORDER BY 1"))
    # Search words: words of those openings (4+ letters, not the commonest), one or two a query; the
    # deeper search pages (2 to 5) ask for the words found in most openings (so that they exist).
    seen: dict[str, int] = defaultdict(int)
    for (t,) in openings:
        for w in set(re.findall(r"[A-Za-z]{4,}", t.lower())) - STOP_WORDS:
            seen[w] += 1
    words = rng.sample(sorted(seen), min(2 * n, len(seen)))
    searches = [w if i % 3 else f"{w} {words[i - 1]}" for i, w in enumerate(words)][:n]
    frequent = sorted(seen, key=lambda w: (-seen[w], w))[: max(1, n // 4)]
    deep = [(w, p) for w in frequent for p in range(2, 6)]
    deep_searches = [f"/search?q={_u(w)}&page={p}" for w, p in rng.sample(deep, min(n, len(deep)))]
    urls = {
        "static file (floor)": ["/static/style.css"],
        "overview": ["/"],
        "articles list": page_urls("/articles", n_docs),
        "article": [f"/articles/{_u(d)}" for (d,) in quoted + docs],
        "article JSON": [f"/api/articles/{_u(d)}" for (d,) in docs],
        "speakers list": page_urls("/speakers", n_speakers),
        "speaker": [f"/speakers/{_u(sp)}" for (sp,) in speakers],
        "quote": [f"/quotes/{_u(i)}" for (i,) in quotes],
        "families list": page_urls("/families", n_families),
        "family (provenance)": [f"/families/{i}" for (i,) in families],
        "reuse list": page_urls("/reuse", n_pairs),
        "reuse pair": [f"/reuse/{_u(a)}/{_u(b)}" for a, b in pairs],
        "conflicts list": page_urls("/conflicts", n_conflicts),
        "conflict": [f"/conflicts/{i}" for (i,) in groups],
        "search": [f"/search?q={_u(w)}" for w in searches],
        "search, page 2-5": deep_searches,
    }
    # Filtered and sorted lists (issue 16): each URL another filter value or page, so the server's
    # answer cache cannot serve it. Speaker filters are surnames (the last word) of drawn speakers.
    surnames = sorted({str(sp).split()[-1] for (sp,) in speakers if str(sp).split()})
    pick = lambda values, k: rng.sample(values, min(k, len(values)))  # noqa: E731
    urls |= {
        "articles list, filtered": [
            f"/articles?speaker={_u(w)}&sort=-length&outlet={_u(rng.choice(outlets))}" if i % 2 else
            f"/articles?speaker={_u(w)}&sort=title"
            for i, w in enumerate(pick(surnames, n))
        ],
        "speakers list, filtered": [
            f"/speakers?speaker={_u(w)}&sort=speaker" for w in pick(surnames, n)
        ] + [f"/speakers?outlet={_u(o)}" for o in outlets[:20]],
        "families list, filtered": [f"/families?speaker={_u(w)}&sort=date" for w in pick(surnames, n)],
        "conflicts list, sorted": [
            f"/conflicts?sort={key}&page={p}" for key in ("-spread", "what", "-when", "size")
            for p in range(1, _pages(n_conflicts) + 1)
        ],
        "reuse list, sorted": [
            f"/reuse?sort={key}&page={p}" for key in ("passages", "-passages", "chars")
            for p in range(1, _pages(n_pairs) + 1)
        ],
        "reuse list, filtered": [f"/reuse?outlet={_u(o)}&page=1" for o in outlets]
        + [f"/reuse?speaker={_u(w)}" for w in pick(surnames, n)],
        "search, filtered": [f"/search?q={_u(w)}&speaker={_u(sp)}" for w, sp in zip(searches, surnames, strict=False)],
        "cross-language family": [f"/crosslingual/{i}" for (i,) in crosslingual],
    }  # fmt: skip
    for urls_of_kind in urls.values():
        rng.shuffle(urls_of_kind)
    return {k: v for k, v in urls.items() if v}


# -- is every page type a real page? ------------------------------------------------------------------
HEADINGS = {
    "overview": "<h1>Corpus overview</h1>",
    "articles list": "<h1>Articles",
    "article": "<h1>",
    "speakers list": "<h1>Speakers</h1>",
    "speaker": "<h1>",
    "quote": "<h1>Quote</h1>",
    "families list": "<h1>Repeated quotes</h1>",
    "family (provenance)": "<h1>Provenance of a quote</h1>",
    "reuse list": "<h1>Shared passages</h1>",
    "reuse pair": "<h1>Compare two articles</h1>",
    "conflicts list": "<h1>Figures that disagree</h1>",
    "conflict": "<h1>Figures",
    "search": "<h1>Search:",
    "search, page 2-5": "<h1>Search:",
    "articles list, filtered": "<h1>Articles",
    "speakers list, filtered": "<h1>Speakers</h1>",
    "families list, filtered": "<h1>Repeated quotes</h1>",
    "conflicts list, sorted": "<h1>Figures that disagree</h1>",
    "reuse list, filtered": "<h1>Shared passages</h1>",
    "reuse list, sorted": "<h1>Shared passages</h1>",
    "search, filtered": "<h1>Search:",
    "cross-language family": "<h1>One statement in",
}
UNKNOWN = {
    "article": "/articles/no-such-article-0000",
    "speaker": "/speakers/No%20Such%20Speaker%20Zzzq",
    "quote": "/quotes/no-such-quote%3Aq0",
    "family (provenance)": "/families/999999999",
    "reuse pair": "/reuse/no-such-a/no-such-b",
    "conflict": "/conflicts/999999999",
    "cross-language family": "/crosslingual/999999999",
}


def _rows_in(html: str) -> int:
    return html.count("<li") + html.count("<tr")


def check_pages(base: str, urls: dict[str, list[str]], per_kind: int = 3) -> bool:
    """Ask for a few URLs of each page type: status, heading, size; unknown ids must be 404."""
    ok = True
    print("\n| page type | URL | status | heading | KiB | list items |\n|---|---|---:|---|---:|---:|")
    with httpx.Client(base_url=base, timeout=60) as http:
        for kind, kind_urls in urls.items():
            if kind == "static file (floor)":
                continue
            for url in kind_urls[:per_kind]:
                r = http.get(url)
                if kind == "article JSON":
                    good = r.status_code == 200 and bool(r.json().get("document", {}).get("text"))
                    heading = "document with text" if good else "MISSING"
                else:
                    good = (
                        r.status_code == 200
                        and HEADINGS[kind] in r.text
                        and "Something went wrong" not in r.text
                    )
                    heading = "yes" if good else "MISSING"
                ok &= good
                print(
                    f"| {kind} | `{url[:70]}` | {r.status_code} | {heading} | {len(r.content) / 1024:.0f} | {_rows_in(r.text)} |"
                )
        for kind, url in UNKNOWN.items():
            r = http.get(url)
            ok &= r.status_code == 404
            print(
                f"| {kind}, unknown id | `{url}` | {r.status_code} | {'404 as it should' if r.status_code == 404 else 'NOT 404'} | | |"
            )
    print(f"\ncheck: {'every page type answers a real page; unknown ids are 404' if ok else 'FAILED'}")
    return ok


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    failures: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    statuses: dict[int | str, int] = field(default_factory=lambda: defaultdict(int))
    repeated: dict[str, int] = field(default_factory=lambda: defaultdict(int))


class UrlQueues:
    """Each page type's URLs handed out in turn, none twice until all have been (then counted as repeats)."""

    def __init__(self, urls: dict[str, list[str]]) -> None:
        self.urls = urls
        self.next = dict.fromkeys(urls, 0)

    def take(self, kind: str, tally: Tally) -> str:
        i = self.next[kind]
        self.next[kind] = i + 1
        pool = self.urls[kind]
        if i >= len(pool) and len(pool) > 1:
            tally.repeated[kind] += 1
        return pool[i % len(pool)]


async def drive(
    base: str,
    urls: dict[str, list[str]],
    *,
    clients: int,
    seconds: float,
    tally: Tally,
    queues: UrlQueues | None = None,
) -> None:
    kinds = list(urls)
    queues = queues or UrlQueues(urls)
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(i: int, http: httpx.AsyncClient) -> None:
        k = i
        while time.monotonic() < deadline:  # bounded by the clock
            kind = kinds[k % len(kinds)]
            k += 1
            url = queues.take(kind, tally)
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

    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as http:
        await asyncio.gather(*(client(i, http) for i in range(clients)))


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(tally: Tally, seconds: float, per_kind_seconds: float | None = None) -> None:
    """The table; with ``per_kind_seconds`` (one page type at a time) requests/s is per page type's own run."""
    floor = (
        statistics.median(tally.latencies["static file (floor)"])
        if tally.latencies["static file (floor)"]
        else 0
    )
    print(
        "\n| page type | requests | req/s | p50 ms | p95 ms | p99 ms | p50 / floor | failed | repeats |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    )
    total = 0
    for kind, values in tally.latencies.items():
        total += len(values)
        p50, p95, p99 = _pct(values, 50), _pct(values, 95), _pct(values, 99)
        ratio = f"{p50 / floor:.1f}x" if floor else "-"
        rate = len(values) / (per_kind_seconds or seconds)
        print(
            f"| {kind} | {len(values):,} | {rate:.1f} | {p50 * 1000:,.0f} | {p95 * 1000:,.0f} | {p99 * 1000:,.0f} | {ratio} | "
            f"{tally.failures[kind]} | {tally.repeated[kind]} |"
        )
    for kind, n in tally.failures.items():
        if kind not in tally.latencies:
            print(f"| {kind} | 0 | 0 | - | - | - | - | {n} | |")
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


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="the store to serve")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--pool", type=int, default=2000, help="distinct URLs drawn per page type")
    parser.add_argument(
        "--by-type",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="load one page type at a time, this long each",
    )
    parser.add_argument("--only", nargs="*", default=None, help="page types to load (default: all)")
    parser.add_argument(
        "--check", action="store_true", help="check that every page type answers a real page first"
    )
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
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=Path(__file__).parent, check=False).stdout.strip()  # fmt: skip
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit {commit}, load average {_load()}")
    with Store(args.db, read_only=True) as s:
        print(f"store {args.db}: {queries.summary(s)}")
    started = time.perf_counter()
    urls = sample_urls(args.db, n=args.pool)
    if args.only:
        urls = {k: v for k, v in urls.items() if k in args.only or k == "static file (floor)"}
    print(
        f"URLs drawn in {time.perf_counter() - started:.1f} s: "
        + ", ".join(f"{k} {len(v)}" for k, v in urls.items())
    )
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    code = f"from refrain.web import run; run({str(args.db)!r}, host='127.0.0.1', port={port})"
    server = subprocess.Popen([sys.executable, "-c", code])
    ok = True
    try:
        for _ in range(300):  # up to 30 s to start
            try:
                urllib.request.urlopen(base + "/static/style.css", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit("the server did not start")
        queues = UrlQueues(urls)
        if args.check:
            ok = check_pages(base, urls)
            queues = UrlQueues({k: v[3:] or v for k, v in urls.items()})  # the load asks for other ids
        # Warm up: the overview and the static file (first loads: templates, fts extension, pages of the file).
        asyncio.run(drive(base, {k: urls[k] for k in ("overview", "static file (floor)") if k in urls},
                          clients=1, seconds=2, tally=Tally()))  # fmt: skip
        print(f"server pid {server.pid}, RSS {rss_mib(server.pid):.0f} MiB after warm-up; "
              f"{args.clients} clients, {os.cpu_count()} cores; load average {_load()}")  # fmt: skip
        if args.soak:
            soaked = asyncio.run(soak(base, urls, server.pid, clients=args.clients, seconds=args.soak))
            return 0 if soaked and ok else 1
        tally = Tally()
        if args.by_type:
            for kind in urls:  # the static file (floor) first, alone like every page type
                asyncio.run(
                    drive(
                        base,
                        {kind: urls[kind]},
                        clients=args.clients,
                        seconds=args.by_type,
                        tally=tally,
                        queues=queues,
                    )
                )
                print(f"  {kind}: {len(tally.latencies[kind])} requests, load average {_load()}", flush=True)
            report(tally, args.by_type * len(urls), per_kind_seconds=args.by_type)
        else:
            asyncio.run(
                drive(base, urls, clients=args.clients, seconds=args.seconds, tally=tally, queues=queues)
            )
            report(tally, args.seconds)
        print(f"server RSS after the run: {rss_mib(server.pid):.0f} MiB; load average {_load()}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
