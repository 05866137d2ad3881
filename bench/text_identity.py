"""Do two checkouts read English text the same way? Quotes and claims, article by article.

    .venv/bin/python bench/text_identity.py --a /work/wt-base/src --b src [--n 2000] [--show 3]
    .venv/bin/python bench/text_identity.py --a BASE/src --b src --store STORE.duckdb --seed 1717 [--n 2000]

Runs ``refrain.quotes.find`` and ``refrain.claims.find`` (as the per-document stage does) on the
first ``--n`` Tehran Times articles with each ``src/`` tree, and prints how many articles differ and
the first ``--show`` of them (finding removed ``-`` / added ``+``). Used to check that the text layer
changed no English output, and to measure what a candidate change (one list instead of two, one
splitter rule instead of two) would move, before the store-level proof of bench/digest.py.
The corpus is read in place from ../shared (never copied into the repo).

``--store``: the articles are instead ``--n`` documents drawn at random (``--seed``) from an ingested
store (opened read-only), analysed exactly as `refrain analyze` does (``analyse_document``: the
document's own language, date and outlet), and the stored rows are compared too. Each tree's CPU
time per article over the sample is printed (``process_time`` of the analysing loop alone, after a
warm-up): the per-document speed check, before and after a change, on the same articles.
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"
_DUMP = """
import gzip, json, pickle, re, sys
from refrain import claims, quotes
rows = []
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as src:
    for k, line in enumerate(src):
        if k >= int(sys.argv[2]):
            break
        row = json.loads(line)
        text, date = row["text"], row.get("date")
        found = quotes.find(text, date=date)
        figures = claims.find(text, date=date, outlet=row.get("outlet"), quotes=found)
        # one span type since the text layer (Mention and claims' Part became TextSpan): compare
        # what the findings hold, not what their span class is called
        same = lambda x: re.sub(r"\\b(?:Mention|Part)\\(", "TextSpan(", repr(x))
        rows.append((str(row["id"]), [same(q) for q in found], [same(c) for c in figures]))
pickle.dump(rows, open(sys.argv[3], "wb"))
"""
_DUMP_STORE = """
import pickle, random, re, sys, time
from refrain.analyze.document import analyse_document, warm_worker
from refrain.store import Store
from refrain.store.rows import claim_rows, quote_rows
store = Store(sys.argv[1], read_only=True)
store.con.execute("SET enable_progress_bar = false")
docs = list(store.documents())
store.close()
docs = random.Random(int(sys.argv[4])).sample(docs, min(int(sys.argv[2]), len(docs)))
warm_worker()
cpu = time.process_time()
found = [analyse_document(d) for d in docs]
cpu = time.process_time() - cpu
same = lambda x: re.sub(r"\\b(?:Mention|Part)\\(", "TextSpan(", repr(x))
rows = [
    (i, [same(q) for q in qs] + [repr(r) for r in quote_rows(i, qs)],
     [same(c) for c in cs] + [repr(r) for r in claim_rows(i, cs)])
    for i, qs, cs in found
]
pickle.dump((rows, cpu), open(sys.argv[3], "wb"))
"""


def dump(src: Path, n: int, out: Path) -> list[tuple[str, list[str], list[str]]]:
    env = dict(os.environ, PYTHONPATH=str(src.resolve()))
    subprocess.run([sys.executable, "-c", _DUMP, str(CORPUS), str(n), str(out)], env=env, check=True, cwd="/")
    with open(out, "rb") as f:
        return pickle.load(f)


def dump_store(src: Path, store: Path, n: int, seed: int, out: Path) -> tuple[list, float]:
    """(rows per sampled document, CPU seconds of the analysis) with the code of ``src``."""
    env = dict(os.environ, PYTHONPATH=str(src.resolve()))
    command = [sys.executable, "-c", _DUMP_STORE, str(store.resolve()), str(n), str(out), str(seed)]
    subprocess.run(command, env=env, check=True, cwd="/")
    with open(out, "rb") as f:
        return pickle.load(f)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a", type=Path, required=True, help="the src/ tree before")
    parser.add_argument("--b", type=Path, required=True, help="the src/ tree after")
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--show", type=int, default=3)
    parser.add_argument("--store", type=Path, default=None, help="sample documents from this store")
    parser.add_argument("--seed", type=int, default=1717, help="the sample's seed (with --store)")
    args = parser.parse_args()
    if args.store is None and not CORPUS.exists():
        print(f"needs {CORPUS} (third-party data, not in this repo)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        if args.store is None:
            before = dump(args.a, args.n, Path(tmp) / "a.pkl")
            after = dump(args.b, args.n, Path(tmp) / "b.pkl")
        else:
            before, cpu_a = dump_store(args.a, args.store, args.n, args.seed, Path(tmp) / "a.pkl")
            after, cpu_b = dump_store(args.b, args.store, args.n, args.seed, Path(tmp) / "b.pkl")
            n = max(1, len(before))
            print(
                f"CPU per article: a {cpu_a / n * 1000:.2f} ms, b {cpu_b / n * 1000:.2f} ms (b/a {cpu_b / cpu_a:.2f})"
            )
    print(f"articles: {len(before):,}  a: {args.a}  b: {args.b}")
    for kind, col in (("quotes", 1), ("claims", 2)):
        differ = [(x[0], x[col], y[col]) for x, y in zip(before, after, strict=True) if x[col] != y[col]]
        print(f"{kind}: {len(differ)} article(s) differ")
        for doc, old, new in differ[: args.show]:
            print(f"  article {doc}")
            for item in sorted(set(old) - set(new)):
                print(f"    - {item[:300]}")
            for item in sorted(set(new) - set(old)):
                print(f"    + {item[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
