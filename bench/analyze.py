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

``--from-store STORE`` skips steps 1 and 2: a copy of an analysed STORE (kept in ``--workdir``) gets
the ``--add`` articles and only the incremental run is timed, with the CPU time of the analysing
process per corpus step. ``--identity FULL`` then compares that store, table by table (digests,
``meta`` and ``documents`` left out: run marks, file names), with FULL: the same documents with
every corpus link recomputed from scratch (no memo), e.g. the same STORE plus the same articles,
analysed per document and then ``recompute_corpus_links`` with the memo tables emptied.

``--per-document N`` times only the per-document analysers, in this process, on every 16th of the
first 16*N articles: CPU seconds per 1,000 articles of quotes, claims and their store rows
(warm-up excluded). ``--rows FILE`` writes every document's quote and claim rows as JSON lines, so
two trees' outputs can be compared byte for byte: run it once per tree
(``PYTHONPATH=SNAPSHOT/src``, a ``git archive`` extract) and ``cmp`` the files.

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
    marks.append((stage, done, total, time.perf_counter() - t0, time.process_time()))
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
    corpus = [(done, at) for stage, done, _total, at, *_cpu in run["marks"] if stage == "corpus links"]
    for (done_a, at_a), (_done_b, at_b) in zip(corpus, corpus[1:], strict=False):
        if done_a < len(CORPUS_STEPS):
            out.append((f"corpus: {CORPUS_STEPS[done_a]}", at_b - at_a))
    if not corpus:
        out.append(("corpus links", run["timings"].get("corpus", 0.0)))
    out.append(("other (store opening, setup, waits)", run["total_s"] - sum(s for _, s in out)))
    return out


def corpus_cpu(run: dict) -> list[tuple[str, float]]:
    """CPU seconds of the analysing process (not its pool workers) per corpus step."""
    corpus = [(m[1], m[4]) for m in run["marks"] if m[0] == "corpus links" and len(m) > 4]
    return [
        (f"corpus: {CORPUS_STEPS[done_a]}", cpu_b - cpu_a)
        for (done_a, cpu_a), (_done_b, cpu_b) in zip(corpus, corpus[1:], strict=False)
        if done_a < len(CORPUS_STEPS)
    ]


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
    for name, seconds in corpus_cpu(run):
        print(f"    CPU (main process) {name:34s} {seconds:8.1f} s")


def incremental_only(analysed: Path, args: argparse.Namespace) -> int:
    """Time the incremental run alone, on a copy of an already analysed store (in --workdir: the
    copy is kept, so the run's result can be compared with a full recompute of the same store)."""
    work = Path(args.workdir or tempfile.mkdtemp())
    db, extra = work / "store.duckdb", work / "extra.jsonl"
    shutil.copy(analysed, db)
    added = write_jsonl(extra, 1 << 30, args.add)  # past the corpus's end: new variants of its first articles
    print(f"ingest of {added} more into a copy of {analysed}: {ingest(db, extra):.1f} s")
    run = timed_analyze(db, args.workers)
    report(f"incremental analyze (+{added})", run, run["documents"])
    print(f"store kept at {db}; uptime after: {os.popen('uptime').read().strip()}")
    return compare_stores(db, Path(args.identity)) if args.identity else 0


def compare_stores(incremental: Path, full: Path) -> int:
    """Print, per table, whether the two stores' digests agree; 1 when a derived table differs."""
    from refrain.store import Store

    digests = []
    for path in (incremental, full):
        with Store(path, read_only=True) as store:
            digests.append(store.digest())
    differ = 0
    for table in sorted(digests[0]):
        a, b = digests[0][table], digests[1].get(table)
        same = a == b
        if table not in {"meta", "documents"}:
            differ += not same
        print(f"    {table:24s} {a[0]:>9,} rows  {'identical' if same else 'DIFFERENT'}  {a[1][:12]}")
    print(f"identity with the full recompute: {'yes' if not differ else f'NO ({differ} tables differ)'}")
    return 1 if differ else 0


def per_document(n: int, rows_path: str | None, step: int = 16) -> int:
    """CPU seconds per 1,000 articles of each per-document analyser on a fixed sample (see the
    module docstring); the rows of every document to ``rows_path`` when given."""
    from refrain import claims, quotes
    from refrain.analyze.document import warm_worker
    from refrain.ingest import read_file
    from refrain.store.rows import claim_rows, quote_rows

    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with gzip.open(CORPUS, "rt", encoding="utf-8") as src, open(sample, "w", encoding="utf-8") as out:
            for i, line in enumerate(src):
                if i >= n * step:
                    break
                if i % step == 0:
                    row = json.loads(line)
                    out.write(
                        json.dumps({"id": str(row["id"]), "text": row["text"], "outlet": row.get("outlet")})
                    )
                    out.write("\n")
        docs = [d for d in read_file(str(sample)) if not isinstance(d, Exception)]
    warm_worker()
    cpu = {"quotes": 0.0, "claims": 0.0, "rows": 0.0}
    out_rows = open(rows_path, "w", encoding="utf-8") if rows_path else None
    for doc in docs:
        t0 = time.process_time()
        found_quotes = quotes.find(doc.text, date=doc.date, language=doc.language)
        t1 = time.process_time()
        found_claims = claims.find(
            doc.text, date=doc.date, outlet=doc.outlet, quotes=found_quotes, language=doc.language
        )
        t2 = time.process_time()
        rows = (doc.id, quote_rows(doc.id, found_quotes), claim_rows(doc.id, found_claims))
        cpu["quotes"] += t1 - t0
        cpu["claims"] += t2 - t1
        cpu["rows"] += time.process_time() - t2
        if out_rows:
            out_rows.write(json.dumps(rows, sort_keys=True, default=repr) + "\n")
    if out_rows:
        out_rows.close()
    chars = sum(len(d.text) for d in docs)
    per = {k: v / len(docs) * 1000 for k, v in cpu.items()}
    print(
        f"per-document analysers on {len(docs):,} articles (every {step}th; {chars / 1e6:.1f} M characters)"
    )
    print("CPU s per 1,000 articles: " + ", ".join(f"{k} {v:.2f}" for k, v in per.items()))
    print(f"total {sum(per.values()):.2f}; uptime: {os.popen('uptime').read().strip()}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=33_724, help="articles in the first store")
    parser.add_argument("--add", type=int, default=10, help="articles added for the incremental run")
    parser.add_argument("--workers", type=int, default=0, help="0: the CLI default (all cores)")
    parser.add_argument("--workdir", default=None, help="where the store goes (default: a temp folder)")
    parser.add_argument("--cli", action="store_true", help="also time the plain `refrain analyze` command")
    parser.add_argument("--keep", default=None, help="copy the analysed store (before the additions) here")
    parser.add_argument(
        "--from-store",
        default=None,
        help="skip the full run: copy this analysed store into --workdir and time only the incremental run",
    )
    parser.add_argument(
        "--identity", default=None, help="with --from-store: compare with this fully recomputed store"
    )
    parser.add_argument("--per-document", type=int, default=0, help="time only the per-document analysers")
    parser.add_argument("--rows", default=None, help="with --per-document: write every document's rows here")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"needs {CORPUS} (third-party data, not in this repo)", file=sys.stderr)
        return 2
    if args.per_document:
        return per_document(args.per_document, args.rows)
    print(f"uptime: {os.popen('uptime').read().strip()}  cores: {os.cpu_count()}")
    if args.from_store:
        return incremental_only(Path(args.from_store), args)
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
