"""Store digest of a full `refrain ingest` + `refrain analyze` on the Tehran Times corpus.

    .venv/bin/python bench/digest.py [--n 33724] [--src DIR] [--out digest.json] [--workers N] [--split K]
        [--ids FILE] [--keep store.duckdb]
    .venv/bin/python bench/digest.py --compare A.json B.json
    .venv/bin/python bench/digest.py --diff A.duckdb B.duckdb [--show 5]

The proof that a restructuring changed no output: run it with the code before the change
(``--src`` pointing at that checkout's ``src/``, e.g. a ``git worktree``) and with the code after,
and compare the two digests table by table (``--compare A.json B.json``). The same code run with
``--workers 1`` and with a pool, or with ``--split K`` (the first K articles analysed, then the
rest added and analysed: an incremental run), must give the same digest too. The corpus is read in
place from ../shared (never copied into the repo). Prints the digest and the time each step took.

When two digests differ, ``--keep`` both stores and ``--diff`` them: per table, the rows only one
store has (clock columns left out, as in the digest). ``--ids FILE`` adds the articles FILE names
(one corpus id a line) to the first N, in corpus order: a small corpus holding the articles that
matter (those with a given character, and their reuse partners) instead of all 33,724.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"
_CLI = "import sys; from refrain.cli import main; sys.argv[0] = 'refrain'; main()"
_DIGEST = (
    "import json, sys; from refrain.store import Store; "
    "s = Store(sys.argv[1], read_only=True); json.dump(s.digest(), open(sys.argv[2], 'w'), indent=1)"
)


def write_jsonl(path: Path, count: int, extra: frozenset[str] = frozenset()) -> int:
    """The first ``count`` articles of the corpus and those whose id is in ``extra``, in corpus order."""
    written = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as src, open(path, "w", encoding="utf-8") as out:
        for index, line in enumerate(src):
            if index >= count and not extra:
                break
            row = json.loads(line)
            if index >= count and str(row["id"]) not in extra:
                continue
            out.write(
                json.dumps({"id": str(row["id"]), "text": row["text"], "outlet": row.get("outlet")}) + "\n"
            )
            written += 1
    return written


def run(src: Path, args: list[str], cwd: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(src))
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CLI, *args], env=env, cwd=cwd, capture_output=True, text=True
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"{args[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return time.perf_counter() - t0


def compare(a: Path, b: Path) -> int:
    left, right = json.loads(a.read_text()), json.loads(b.read_text())
    differ = 0
    for table in sorted(set(left) | set(right)):
        same = left.get(table) == right.get(table)
        differ += not same
        print(f"{table:24s} {'same' if same else 'DIFFERENT'}  {left.get(table)}  {right.get(table)}")
    print("identical" if not differ else f"{differ} table(s) differ")
    return 1 if differ else 0


def _columns(con: Any, database: str, table: str) -> list[str]:
    """The columns of ``table`` in the attached ``database``, clock columns left out (as in the digest)."""
    return [
        c
        for (c,) in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE database_name = ? AND schema_name = 'main' AND table_name = ? "
            "AND column_name NOT IN ('ingested_at', 'recorded_at') ORDER BY column_index",
            [database, table],
        ).fetchall()
    ]


def diff_stores(a: Path, b: Path, show: int) -> int:
    """Per table, the rows only one of two stores has (clock columns left out); 1 when any differ."""
    import duckdb

    con = duckdb.connect()
    con.execute(f"ATTACH '{a}' AS a (READ_ONLY)")
    con.execute(f"ATTACH '{b}' AS b (READ_ONLY)")
    in_both = "SELECT table_name FROM duckdb_tables() WHERE database_name = ? AND schema_name = 'main'"
    tables = sorted(
        {t for (t,) in con.execute(in_both, ["a"]).fetchall()}
        & {t for (t,) in con.execute(in_both, ["b"]).fetchall()}
    )
    differ = 0
    for table in tables:
        a_cols, b_cols = (_columns(con, side, table) for side in ("a", "b"))
        cols = [c for c in a_cols if c in b_cols]  # a column one schema lacks is left out, and said
        if len(cols) < max(len(a_cols), len(b_cols)):
            print(f"{table}: columns in one store only: {sorted(set(a_cols) ^ set(b_cols))}")
        listed = ", ".join(f'"{c}"' for c in cols)
        sides = []
        for x, y in (("a", "b"), ("b", "a")):
            query = f"SELECT {listed} FROM {x}.{table} EXCEPT ALL SELECT {listed} FROM {y}.{table}"
            sides.append(con.execute(f"SELECT * FROM ({query}) ORDER BY ALL").fetchall())
        differ += any(sides)
        print(f"{table:24s} only in A: {len(sides[0]):>7,}  only in B: {len(sides[1]):>7,}")
        for mark, rows in zip("-+", sides, strict=True):
            for row in rows[:show]:
                shown = json.dumps(dict(zip(cols, row, strict=True)), default=str, ensure_ascii=False)
                print(f"  {mark} {shown[:600]}")
    print("identical" if not differ else f"{differ} table(s) differ")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=33_724, help="articles (the first N of the corpus)")
    parser.add_argument("--src", default=str(REPO / "src"), help="the src/ folder of the code to run")
    parser.add_argument("--out", default=None, help="write the digest here as JSON")
    parser.add_argument("--workdir", default=None, help="where the store goes (default: a temp folder)")
    parser.add_argument("--compare", nargs=2, metavar="DIGEST", help="compare two digest files and exit")
    parser.add_argument(
        "--diff", nargs=2, metavar="STORE", help="the rows only one of two stores has, and exit"
    )
    parser.add_argument("--show", type=int, default=5, help="--diff: rows shown per table and side")
    parser.add_argument("--ids", default=None, help="a file of corpus ids (one a line) added to the first N")
    parser.add_argument("--keep", default=None, help="copy the analysed store here (for --diff)")
    parser.add_argument(
        "--workers", type=int, default=0, help="analyze --workers (0: its default, all cores)"
    )
    parser.add_argument(
        "--split",
        type=int,
        default=0,
        help="ingest and analyze the first SPLIT articles, then all N (the same file, grown): the store "
        "of an incremental run, to compare with the one-run digest",
    )
    args = parser.parse_args()
    if args.compare:
        return compare(Path(args.compare[0]), Path(args.compare[1]))
    if args.diff:
        return diff_stores(Path(args.diff[0]), Path(args.diff[1]), args.show)
    extra = frozenset(Path(args.ids).read_text().split()) if args.ids else frozenset()
    if not CORPUS.exists():
        print(f"needs {CORPUS} (third-party data, not in this repo)", file=sys.stderr)
        return 2
    src = Path(args.src).resolve()
    commit = subprocess.run(
        ["git", "-C", str(src), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    print(f"code: {src} (commit {commit or 'unknown'}); uptime: {os.popen('uptime').read().strip()}")
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        jsonl, db, out = work / "corpus.jsonl", work / "store.duckdb", work / "digest.json"
        # a relative path: documents.source must not hold the temporary folder's name
        ingest = ["ingest", jsonl.name, "--db", str(db), "--max-file-bytes", str(1 << 31)]
        analyze = ["analyze", "--db", str(db)] + (["--workers", str(args.workers)] if args.workers else [])
        for count in [args.split, args.n] if 0 < args.split < args.n else [args.n]:
            n = write_jsonl(jsonl, count, extra if count == args.n else frozenset())
            print(f"articles: {n:,}")
            print(f"ingest: {run(src, ingest, work):.1f} s")
            print(f"analyze: {run(src, analyze, work):.1f} s")
        env = dict(os.environ, PYTHONPATH=str(src))
        subprocess.run([sys.executable, "-c", _DIGEST, str(db), str(out)], env=env, check=True)
        digest = json.loads(out.read_text())
        if args.keep:
            shutil.copyfile(db, args.keep)
    for table, (rows, sha) in digest.items():
        print(f"{table:24s} {rows:>9,} rows  {sha}")
    if args.out:
        Path(args.out).write_text(json.dumps(digest, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
