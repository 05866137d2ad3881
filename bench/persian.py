"""Persian end to end on the 1,500 Fars News articles: ingest, analyse, errors, search, reuse, web pages, speed.

    .venv/bin/python bench/persian.py [--src DIR] [--pages 1500] [--respelled 300] [--workdir DIR]

The Fars articles are read in place from ../shared/data/fars-news/fars-news-*.json (``paragraphs``
is a Python list literal: parsed with ast.literal_eval) and written as JSON lines (title; text =
abstract and paragraphs, blank lines between) into a temporary folder, never into the repo. The
same number of characters of English Tehran Times articles (the first articles of the corpus) is
ingested and analysed in the same run, by the same command line, so that the time per character
of the two languages is compared on the same machine under the same load.

Prints: ingest and analyse time (wall and CPU of the child processes) per language and per
character, and the CPU per character of each stage measured in this process (quotes, figures,
reuse tokens, search index: where the time goes); the errors the store recorded (must be none); what was found; the language detected for
every title; search: articles found for each spelling of a word against the articles whose
normalised text holds it; reuse: how much of a re-spelled copy (ي/ك, no ZWNJ, ASCII digits) of an
article aligns with it; the web UI: every Persian article page (and a quote page per article with
quotes) requested, status codes counted.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FARS = REPO.parent / "shared" / "data" / "fars-news"
TEHRAN = REPO.parent / "shared" / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"
_CLI = "import sys; from refrain.cli import main; sys.argv[0] = 'refrain'; main()"

# Words to search for in several spellings (Arabic letters, no ZWNJ, punctuation glued on).
SEARCHES = [
    ("آمريكا", "آمریکا"),
    ("ميشود", "میشود", "می\u200cشود"),
    ("ايران،", "ایران", "«ايران»"),
    ("كشور", "کشور"),
]
_RESPELL = str.maketrans(
    {"ی": "ي", "ک": "ك", "\u200c": None, **{c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")}}
)


def fars_records() -> list[dict[str, str]]:
    records = []
    for path in sorted(FARS.glob("fars-news-*.json")):
        for i, item in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            paragraphs = item.get("paragraphs") or []
            if isinstance(paragraphs, str):
                paragraphs = ast.literal_eval(paragraphs)
            parts = [item.get("abstract") or "", *paragraphs]
            text = "\n\n".join(p.strip() for p in parts if p and p.strip())
            records.append(
                {
                    "id": f"{path.stem}-{i}",
                    "title": item.get("title") or "",
                    "text": text,
                    "outlet": "Fars News",
                    "url": item.get("link") or "",
                }
            )
    return records


def english_records(chars: int) -> list[dict[str, str]]:
    """The first Tehran Times articles, up to ``chars`` characters of text in all."""
    out, total = [], 0
    with gzip.open(TEHRAN, "rt", encoding="utf-8") as src:
        for line in src:
            if total >= chars:
                break
            row = json.loads(line)
            out.append(
                {"id": str(row["id"]), "text": row["text"], "outlet": row.get("outlet") or "Tehran Times"}
            )
            total += len(row["text"])
    return out


def write_jsonl(path: Path, records: list[dict[str, str]]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")


def run(src: Path, args: list[str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child and its workers) of one refrain command."""
    env = dict(os.environ, PYTHONPATH=str(src))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CLI, *args], env=env, cwd=cwd, capture_output=True, text=True
    )
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{args[0]} failed ({done.returncode}): {done.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def ingest_and_analyse(src: Path, work: Path, name: str, records: list[dict[str, str]]) -> dict[str, float]:
    jsonl, db = work / f"{name}.jsonl", work / f"{name}.duckdb"
    write_jsonl(jsonl, records)
    ingest = run(src, ["ingest", str(jsonl), "--db", str(db), "--max-file-bytes", str(1 << 31)], work)
    analyse = run(src, ["analyze", "--db", str(db)], work)
    chars = sum(len(r["text"]) + len(r.get("title") or "") for r in records)
    return {
        "articles": len(records),
        "chars": chars,
        "ingest_wall": ingest[0],
        "ingest_cpu": ingest[1],
        "analyze_wall": analyse[0],
        "analyze_cpu": analyse[1],
    }


def report_speed(runs: dict[str, dict[str, float]]) -> None:
    print("\n## Speed (same run, same command line; CPU = the refrain processes' user+system time)")
    print(
        f"{'':10s} {'articles':>8s} {'chars':>11s} {'ingest s':>9s} {'analyse s':>10s} {'CPU s':>7s} {'µs CPU/char':>12s} {'µs wall/char':>13s}"
    )
    for name, r in runs.items():
        cpu = r["ingest_cpu"] + r["analyze_cpu"]
        wall = r["ingest_wall"] + r["analyze_wall"]
        print(
            f"{name:10s} {int(r['articles']):>8,} {int(r['chars']):>11,} {r['ingest_wall']:>9.1f} {r['analyze_wall']:>10.1f} "
            f"{cpu:>7.1f} {cpu / r['chars'] * 1e6:>12.2f} {wall / r['chars'] * 1e6:>13.2f}"
        )
    fa, en = runs["persian"], runs["english"]
    ratio = ((fa["ingest_cpu"] + fa["analyze_cpu"]) / fa["chars"]) / (
        (en["ingest_cpu"] + en["analyze_cpu"]) / en["chars"]
    )
    print(f"Persian CPU time per character / English: {ratio:.2f} (goal: at most 1.00)")


def report_stages(work: Path, records: dict[str, list[dict[str, str]]]) -> None:
    """CPU per character of each stage, in this process, on the same articles (where the time goes)."""
    from refrain import claims, quotes
    from refrain.document import Document
    from refrain.reuse.tokens import tokenize_many
    from refrain.store import Store
    from refrain.store.search_index import build_index

    print("\n## Where the time goes (this process, one core; µs CPU per character)")
    print(f"{'':10s} {'quotes':>8s} {'figures':>8s} {'reuse tokens':>13s} {'search index':>13s}")
    for name, recs in records.items():
        language = "fa" if name == "persian" else "en"
        docs = [
            Document(text=r["text"], source=r["id"], title=r.get("title") or None, language=language)
            for r in recs
            if r["text"]
        ]
        chars = sum(len(d.text) for d in docs)
        quotes.find(docs[0].text, language=language)  # lexicons loaded before the clock starts
        claims.find(docs[0].text, language=language)
        tq = tc = 0.0
        for d in docs:
            t0 = time.process_time()
            found = quotes.find(d.text, date=d.date, language=d.language)
            t1 = time.process_time()
            claims.find(d.text, date=d.date, outlet=d.outlet, quotes=found, language=d.language)
            tc += time.process_time() - t1
            tq += t1 - t0
        t0 = time.process_time()
        tokenize_many([d.text for d in docs])
        tt = time.process_time() - t0
        with Store(work / f"{name}.duckdb") as store:
            t0 = time.process_time()
            build_index(store)
            ti = time.process_time() - t0
        print(
            f"{name:10s} {tq / chars * 1e6:>8.2f} {tc / chars * 1e6:>8.2f} {tt / chars * 1e6:>13.3f} {ti / chars * 1e6:>13.2f}"
        )


def report_store(db: Path, records: list[dict[str, str]]) -> None:
    from refrain.ingest.language import detect_language
    from refrain.store import Store

    with Store(db, read_only=True) as store:
        one = lambda sql: store.con.execute(sql).fetchone()[0]  # noqa: E731
        print("\n## The Persian store")
        print(f"documents: {one('SELECT count(*) FROM documents'):,} of {len(records):,} articles")
        print(f"errors recorded: {one('SELECT count(*) FROM errors'):,}")
        langs = store.con.execute(
            "SELECT coalesce(language, '?'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC"
        ).fetchall()
        print("document language: " + ", ".join(f"{lang} {n:,}" for lang, n in langs))
        print(f"analysed: {one('SELECT count(*) FROM analysed'):,}")
        kinds = store.con.execute("SELECT kind, count(*) FROM quotes GROUP BY 1 ORDER BY 2 DESC").fetchall()
        print("quotes: " + ", ".join(f"{k} {n:,}" for k, n in kinds))
        print(f"quotes with a speaker: {one('SELECT count(*) FROM quotes WHERE speaker IS NOT NULL'):,}")
        print(
            f"claims (figures): {one('SELECT count(*) FROM claims'):,}; conflict groups: {one('SELECT count(*) FROM conflict_groups'):,}"
        )
        print(
            f"reused passages: {one('SELECT count(*) FROM passages'):,}; clusters: {one('SELECT count(*) FROM clusters'):,}"
        )
        print(
            f"quote families: {one('SELECT count(*) FROM quote_families'):,}; entities: {one('SELECT count(*) FROM entities'):,}"
        )
    titles = Counter(detect_language(r["title"]) for r in records if r["title"].strip())
    print(
        "title language (detect_language on the title alone): "
        + ", ".join(f"{k} {n:,}" for k, n in titles.most_common())
    )


def _as_indexed(text: str) -> str:
    """``text`` folded as the index folds it, marks stripped as its strip_accents does (آ -> ا)."""
    from refrain.text import fold

    decomposed = unicodedata.normalize("NFD", fold(text, "fa"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def report_search(db: Path, records: list[dict[str, str]]) -> None:
    from refrain.store import Store
    from refrain.store.queries.search import search

    print(
        "\n## Search (the full-text index analyse built; 'hold it' = distinct articles whose title or text "
        "holds the word, both folded and with marks stripped as the index does: آ = ا)"
    )
    distinct = {r["title"] + "\n" + r["text"] for r in records}
    folded = [_as_indexed(text) for text in distinct]
    with Store(db, read_only=True) as store:
        for spellings in SEARCHES:
            word = _as_indexed(spellings[0]).strip("،«»")
            pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
            hold = sum(1 for t in folded if pattern.search(t))
            found = [search(store, q, page=1)["documents"]["total"] for q in spellings]
            print(f"{' / '.join(spellings)}: found {' / '.join(f'{n:,}' for n in found)}; {hold:,} hold it")


def report_reuse(records: list[dict[str, str]], n: int) -> None:
    from refrain.reuse import align_pair
    from refrain.reuse.tokens import tokenize

    print(
        f"\n## Reuse: a re-spelled copy (ي/ك, no ZWNJ, ASCII digits) of each of the first {n} articles over 500 characters"
    )
    shares, whole, t0 = [], 0, time.perf_counter()
    for r in [r for r in records if len(r["text"]) > 500][:n]:
        a = r["text"]
        b = a.translate(_RESPELL)
        words = tokenize(a)
        span = int(words.ends[-1]) - int(words.starts[0])
        covered = sum(e - s for s, e, _, _, _ in align_pair(a, b))
        shares.append(min(covered / span, 1.0))
        whole += covered >= span
    mean = sum(shares) / len(shares)
    print(
        f"copies aligned over their whole length: {whole} of {len(shares)}; mean share aligned {mean:.4f}; lowest {min(shares):.4f} ({time.perf_counter() - t0:.1f} s)"
    )


def report_web(db: Path, pages: int) -> None:
    from urllib.parse import quote

    from fastapi.testclient import TestClient

    from refrain.store import Store
    from refrain.web import create_app

    with Store(db, read_only=True) as store:
        ids = [
            r[0]
            for r in store.con.execute("SELECT id FROM documents ORDER BY seq LIMIT ?", [pages]).fetchall()
        ]
        quote_ids = [r[0] for r in store.con.execute(
            "SELECT min(id) FROM quotes WHERE kind <> 'scare' AND doc_id IN (SELECT unnest(?)) GROUP BY doc_id", [ids]
        ).fetchall()]  # fmt: skip
    statuses: Counter[int] = Counter()
    rtl = 0
    t0 = time.perf_counter()
    with TestClient(create_app(str(db))) as client:
        for doc_id in ids:
            r = client.get(f"/articles/{doc_id}")
            statuses[r.status_code] += 1
            rtl += '<div class="text" dir="rtl" lang="fa">' in r.text
        for quote_id in quote_ids:
            statuses[client.get(f"/quotes/{quote(quote_id, safe='')}").status_code] += 1
        for url in (
            "/",
            "/articles",
            "/speakers",
            "/families",
            "/reuse",
            "/conflicts",
            "/search?q=" + quote("آمريكا"),
        ):
            statuses[client.get(url).status_code] += 1
    seconds = time.perf_counter() - t0
    print(
        f"\n## Web UI: {len(ids):,} article pages, {len(quote_ids):,} quote pages, 7 list/search pages in {seconds:.1f} s"
    )
    print("status codes: " + ", ".join(f"{code}: {n:,}" for code, n in sorted(statuses.items())))
    print(f'article pages with the text right to left (dir="rtl" lang="fa"): {rtl:,} of {len(ids):,}')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", default=str(REPO / "src"), help="the src/ folder of the code to run")
    parser.add_argument("--pages", type=int, default=1500, help="article pages to request from the web UI")
    parser.add_argument(
        "--respelled", type=int, default=300, help="articles whose re-spelled copy is aligned"
    )
    parser.add_argument("--workdir", default=None, help="where the stores go (default: a temp folder)")
    args = parser.parse_args()
    if not FARS.exists() or not TEHRAN.exists():
        print(f"needs {FARS} and {TEHRAN} (third-party data, not in this repo)", file=sys.stderr)
        return 2
    src = Path(args.src).resolve()
    sys.path.insert(0, str(src))
    print(f"code: {src}; uptime: {os.popen('uptime').read().strip()}; cores: {os.cpu_count()}")
    persian = fars_records()
    persian_chars = sum(len(r["text"]) + len(r["title"]) for r in persian)
    english = english_records(persian_chars)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        runs = {
            "english": ingest_and_analyse(src, work, "english", english),
            "persian": ingest_and_analyse(src, work, "persian", persian),
        }
        report_speed(runs)
        report_stages(work, {"english": english, "persian": persian})
        db = work / "persian.duckdb"
        report_store(db, persian)
        report_search(db, persian)
        report_reuse(persian, args.respelled)
        report_web(db, args.pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
