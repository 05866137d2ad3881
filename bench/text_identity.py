"""Do two checkouts read English text the same way? Quotes and claims, article by article.

    .venv/bin/python bench/text_identity.py --a /work/wt-base/src --b src [--n 2000] [--show 3]

Runs ``refrain.quotes.find`` and ``refrain.claims.find`` (as the per-document stage does) on the
first ``--n`` Tehran Times articles with each ``src/`` tree, and prints how many articles differ and
the first ``--show`` of them (finding removed ``-`` / added ``+``). Used to check that the text layer
changed no English output, and to measure what a candidate change (one list instead of two, one
splitter rule instead of two) would move, before the store-level proof of bench/digest.py.
The corpus is read in place from ../shared (never copied into the repo).
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


def dump(src: Path, n: int, out: Path) -> list[tuple[str, list[str], list[str]]]:
    env = dict(os.environ, PYTHONPATH=str(src.resolve()))
    subprocess.run([sys.executable, "-c", _DUMP, str(CORPUS), str(n), str(out)], env=env, check=True, cwd="/")
    with open(out, "rb") as f:
        return pickle.load(f)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a", type=Path, required=True, help="the src/ tree before")
    parser.add_argument("--b", type=Path, required=True, help="the src/ tree after")
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--show", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"needs {CORPUS} (third-party data, not in this repo)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        before = dump(args.a, args.n, Path(tmp) / "a.pkl")
        after = dump(args.b, args.n, Path(tmp) / "b.pkl")
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
