"""Corpus stages of two checkouts fed the same stored rows: where do their outputs differ?

    .venv/bin/python bench/corpus_stage_identity.py --a BASE/src --b src --store STORE.duckdb
        [--stages tokens,reuse,entities] [--show 10]

When two full-corpus digests differ (bench/digest.py) in the corpus stages, this tells a change
of code from a change of input: each stage runs, in a process with ``PYTHONPATH`` at each
checkout's ``src/``, on the same rows read from one analysed store (opened read-only with DuckDB
directly, so a store of either schema does):

- ``tokens``: the reuse tokeniser (``refrain.reuse.tokens.tokenize``) on every document;
  the documents whose words (hashes and offsets) differ.
- ``reuse``: reuse alignment (``refrain.reuse.align``, one worker, no memo) over every document;
  the passages only one side finds (all their columns, the score included).
- ``entities``: the speaker merge (``refrain.entities.merge``) of the stored speaker mentions;
  the entities only one side makes.
- ``families``: quote families (``refrain.reuse.quote_provenance``) of the stored quotations,
  those printed by two articles or more as the store keeps them; the families only one side makes
  (id, first article, how it was ordered, speaker, size, and each variant's articles and edits).

Documents are named by their ``key`` (the corpus id) when the store has one. Prints, per stage,
the rows differing and the CPU time of each side; exit 1 when any stage differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

STAGES = ("tokens", "reuse", "entities", "families")
_QUOTES = (
    "SELECT q.doc_id, q.start_offset, q.end_offset, q.text, q.speaker, d.date, d.seq FROM quotes q "
    "JOIN documents d ON d.id = q.doc_id WHERE q.kind <> 'scare' ORDER BY d.seq, q.start_offset, q.id"
)
_MENTIONS = (
    "SELECT q.speaker, q.role FROM quotes q JOIN documents d ON d.id = q.doc_id "
    "WHERE q.speaker IS NOT NULL AND q.kind <> 'scare' ORDER BY d.seq, q.start_offset, q.id"
)


def _documents(con: Any) -> list[tuple[str, str, str | None, str | None, str]]:
    """(id, text, date, outlet, name) of every document in ingest order; name: the corpus key."""
    columns = {r[0] for r in con.execute("DESCRIBE documents").fetchall()}
    name = "coalesce(key, id)" if "key" in columns else "id"
    sql = f"SELECT id, text, date, outlet, {name} FROM documents ORDER BY seq"
    return con.execute(sql).fetchall()


def worker(stage: str, store: str, out: str) -> None:
    """One stage with the code on ``sys.path``: its rows, one JSON line each, written to ``out``."""
    import time

    import duckdb

    con = duckdb.connect(store, read_only=True)
    docs = _documents(con)
    names = {d[0]: d[4] for d in docs}
    mentions = con.execute(_MENTIONS).fetchall() if stage == "entities" else []
    quotes = con.execute(_QUOTES).fetchall() if stage == "families" else []
    con.close()
    start = time.process_time()
    rows: list[str] = []
    if stage == "tokens":
        from refrain.reuse.tokens import tokenize

        for _, text, _, _, name in docs:
            t = tokenize(text)
            digest = hashlib.sha256(t.hashes.tobytes() + t.starts.tobytes() + t.ends.tobytes()).hexdigest()
            rows.append(json.dumps([name, digest[:16]]))
    elif stage == "reuse":
        from refrain.reuse import ReuseDoc, align

        inputs = [
            ReuseDoc(name=i, text=t, date=d, outlet=o, order=n) for n, (i, t, d, o, _) in enumerate(docs)
        ]
        for p in align(inputs, workers=1).passages:
            fields = [names[p.a], p.a_start, p.a_end, names[p.b], p.b_start, p.b_end, p.score]
            rows.append(json.dumps([*fields, p.cluster, p.boilerplate]))
    elif stage == "families":
        from refrain.reuse import QuoteOccurrence, quote_provenance

        occurrences = [
            QuoteOccurrence(names[d], s, e, t, sp, date, seq) for d, s, e, t, sp, date, seq in quotes
        ]
        for f in quote_provenance(occurrences):
            if len({o.doc for o in f.occurrences}) < 2:
                continue  # as the store keeps them: a quotation printed by more than one article
            variants = [
                [v.text, [o.doc for o in v.occurrences], [[w.op, w.first, w.variant] for w in v.edits]]
                for v in f.variants
            ]
            speaker = f.speakers[0] if f.speakers else None
            rows.append(
                json.dumps(
                    [f.id, f.first.doc, f.first_by, speaker, len(f.occurrences), variants], ensure_ascii=False
                )
            )
    else:
        from refrain.entities import merge

        for e in merge(mentions):
            rows.append(
                json.dumps([e.id, e.name, e.kind, sorted(e.aliases), sorted(e.roles)], ensure_ascii=False)
            )
    cpu = time.process_time() - start
    Path(out).write_text(json.dumps({"cpu_s": round(cpu, 1), "rows": sorted(rows)}), encoding="utf-8")


def _run(src: Path, stage: str, store: Path, out: Path) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(src))
    cmd = [sys.executable, __file__, "--worker", stage, "--store", str(store), "--out", str(out)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{stage} with {src} failed: {done.stderr[-2000:]}")
    return json.loads(out.read_text(encoding="utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a", help="the src/ folder of one checkout (the baseline)")
    parser.add_argument("--b", help="the src/ folder of the other")
    parser.add_argument("--store", required=True, help="an analysed store, read-only: the rows both are fed")
    parser.add_argument("--stages", default=",".join(STAGES), help=f"comma-separated, of {', '.join(STAGES)}")
    parser.add_argument("--show", type=int, default=10, help="differing rows shown per stage and side")
    parser.add_argument("--worker", choices=STAGES, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.store, args.out)
        return 0
    if not (args.a and args.b):
        parser.error("--a and --b are required")
    store = Path(args.store).resolve()
    differ = 0
    with tempfile.TemporaryDirectory() as tmp:
        for stage in args.stages.split(","):
            a = _run(Path(args.a).resolve(), stage, store, Path(tmp) / f"{stage}-a.json")
            b = _run(Path(args.b).resolve(), stage, store, Path(tmp) / f"{stage}-b.json")
            rows_a, rows_b = set(a["rows"]), set(b["rows"])
            only_a, only_b = sorted(rows_a - rows_b), sorted(rows_b - rows_a)
            differ += bool(only_a or only_b)
            print(
                f"{stage:9s} rows {len(rows_a):>8,} / {len(rows_b):>8,}  only in A: {len(only_a):>6,}  "
                f"only in B: {len(only_b):>6,}  CPU {a['cpu_s']} s / {b['cpu_s']} s"
            )
            for mark, rows in (("-", only_a), ("+", only_b)):
                for row in rows[: args.show]:
                    print(f"  {mark} {row[:300]}")
    print("identical" if not differ else f"{differ} stage(s) differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
