"""Benchmark `refrain analyze` on the Tehran Times corpus: a full run, then an incremental one.

    .venv/bin/python bench/analyze.py [--n 33724] [--add 10] [--workers N] [--workdir DIR] [--cli]

1. Writes the first ``--n`` Tehran Times articles (read in place from ../shared, never copied into
   the repo) to a JSONL file in a temporary folder (fields id, text, outlet) and ingests it with
   ``refrain ingest`` (a subprocess).
2. Times the full analysis: a subprocess running ``refrain.analyze.analyze`` on the store path,
   the function ``refrain analyze`` calls, with the CLI's defaults (all cores, the file released
   between batches), and a progress hook that timestamps each stage, so the breakdown comes out
   of the same run (per-document analysers, then the corpus-wide steps: read, reuse, quote
   families, entities, conflict groups, write).
3. Ingests ``--add`` further articles (the next ones in the corpus) and times the second analysis
   the same way: per-document work runs only on the new documents, but every corpus-wide link is
   recomputed over the whole store. Prints the ratio of the incremental run to the full one.

``--cli`` also times the plain ``refrain analyze --db ...`` command (no breakdown) on a second
copy of the ingested store, as a cross-check of the driver's figure.
No peer tool does this whole job; the reference figure is the full run itself (the ratio).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"
REFRAIN = Path(sys.executable).with_name("refrain")

# Runs in a subprocess: the same call `refrain analyze --db PATH` makes, with stage timestamps.
_DRIVER = r"""
import json, sys, time
from refrain.analyze import analyze
marks = []
t0 = time.perf_counter()
def progress(stage, done, total):
    marks.append((stage, done, total, time.perf_counter() - t0))
workers = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] != "0" else None
report = analyze(sys.argv[1], workers=workers, progress=progress)
total = time.perf_counter() - t0
open(sys.argv[3], "w").write(json.dumps({"total_s": total, "timings": report.timings, "marks": marks,
                  "analysed_now": report.analysed_now, "documents": report.documents,
                  "failed": len(report.failed), "corpus_recomputed": report.corpus_recomputed}))
"""
CORPUS_STEPS = ["read", "reuse", "quote families", "entities", "conflict groups + write"]


def write_jsonl(path: Path, start: int, count: int) -> int:
    """Articles ``[start, start + count)`` of the corpus as JSONL (id, text, outlet).

    Past the corpus's end (the incremental step of a full run) the first articles come back as
    new documents: their text gets a closing line, so their content (and id) differs.
    """
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        for round_ in range(2):
            with gzip.open(CORPUS, "rt", encoding="utf-8") as src:
                for i, line in enumerate(src):
                    if written >= count:
                        return written
                    if round_ == 0 and i < start:
                        continue
                    row = json.loads(line)
                    text, ident = row["text"], str(row["id"])
                    if round_ == 1:
                        text, ident = text + "\n\n(Reprinted for the benchmark.)", f"{ident}-again"
                    out.write(json.dumps({"id": ident, "text": text, "outlet": row.get("outlet")}) + "\n")
                    written += 1
    return written


def ingest(db: Path, jsonl: Path) -> float:
    t0 = time.perf_counter()
    # one JSONL file holds the whole corpus (84 MB at 33k): lift the per-file size guard
    command = [str(REFRAIN), "ingest", str(jsonl), "--db", str(db), "--max-file-bytes", str(1 << 31)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"ingest failed: {done.stderr[-2000:]}")
    return time.perf_counter() - t0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the driver and its pool workers, once ended
    return usage.ru_utime + usage.ru_stime


def timed_analyze(db: Path, workers: int) -> dict:
    result = db.with_suffix(".timing.json")  # a file: anything else on stdout cannot spoil it
    cpu0 = _children_cpu()
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, str(db), str(workers), str(result)], capture_output=True, text=True
    )
    if done.returncode != 0 or not result.exists():
        raise SystemExit(f"analyze failed ({done.returncode}): {done.stdout[-1000:]} {done.stderr[-2000:]}")
    timing = json.loads(result.read_text())
    timing["cpu_s"] = _children_cpu() - cpu0
    return timing


def stages(run: dict) -> list[tuple[str, float]]:
    """Seconds per stage, from the progress timestamps."""
    out = [("per-document (quotes+claims)", run["timings"].get("per_document", 0.0))]
    corpus = [(done, at) for stage, done, _total, at in run["marks"] if stage == "corpus links"]
    for (done_a, at_a), (_done_b, at_b) in zip(corpus, corpus[1:], strict=False):
        if done_a < len(CORPUS_STEPS):
            out.append((f"corpus: {CORPUS_STEPS[done_a]}", at_b - at_a))
    if not corpus:
        out.append(("corpus links", run["timings"].get("corpus", 0.0)))
    out.append(("other (store opening, setup, waits)", run["total_s"] - sum(s for _, s in out)))
    return out


def report(label: str, run: dict, docs: int) -> None:
    rate = run["analysed_now"] / run["total_s"] if run["total_s"] else 0.0
    print(
        f"{label}: {run['total_s']:.1f} s for {run['analysed_now']} new of {run['documents']} documents "
        f"({rate:,.1f} new articles/s; {docs / run['total_s']:,.1f} store articles/s), "
        f"failed {run['failed']}, corpus recomputed: {run['corpus_recomputed']}; "
        f"CPU {run['cpu_s']:.1f} s (all processes; {run['cpu_s'] / run['total_s']:.2f} cores busy on average)"
    )
    for name, seconds in stages(run):
        print(f"    {name:34s} {seconds:8.1f} s  ({seconds / run['total_s']:.0%})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=33_724, help="articles in the first store")
    parser.add_argument("--add", type=int, default=10, help="articles added for the incremental run")
    parser.add_argument("--workers", type=int, default=0, help="0: the CLI default (all cores)")
    parser.add_argument("--workdir", default=None, help="where the store goes (default: a temp folder)")
    parser.add_argument("--cli", action="store_true", help="also time the plain `refrain analyze` command")
    parser.add_argument("--keep", default=None, help="copy the analysed store (before the additions) here")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"needs {CORPUS} (third-party data, not in this repo)", file=sys.stderr)
        return 2
    print(f"uptime: {os.popen('uptime').read().strip()}  cores: {os.cpu_count()}")
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        base, extra, db = work / "base.jsonl", work / "extra.jsonl", work / "store.duckdb"
        n = write_jsonl(base, 0, args.n)
        added = write_jsonl(extra, n, args.add)
        chars = sum(len(json.loads(line)["text"]) for line in open(base, encoding="utf-8"))
        print(f"articles: {n:,} ({chars / 1e6:.1f} M characters); then {added} more")
        print(f"ingest: {ingest(db, base):.1f} s")
        if args.cli:
            copy = work / "cli.duckdb"
            shutil.copy(db, copy)
            t0 = time.perf_counter()
            subprocess.run([str(REFRAIN), "analyze", "--db", str(copy)], check=True, capture_output=True)
            print(f"`refrain analyze` (CLI, no breakdown): {time.perf_counter() - t0:.1f} s")
            copy.unlink()
        full = timed_analyze(db, args.workers)
        report("full analyze", full, n)
        if args.keep:
            shutil.copy(db, args.keep)
        print(f"ingest of {added} more: {ingest(db, extra):.1f} s")
        incremental = timed_analyze(db, args.workers)
        report(f"incremental analyze (+{added})", incremental, n + added)
        ratio = incremental["total_s"] / full["total_s"]
        per_doc = incremental["timings"].get("per_document", 0.0)
        print(
            f"incremental / full: {ratio:.1%}  (per-document part {per_doc:.1f} s; "
            f"corpus-wide part {incremental['timings'].get('corpus', 0.0):.1f} s, recomputed over all "
            f"{n + added:,} documents)"
        )
        print(f"uptime after: {os.popen('uptime').read().strip()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
