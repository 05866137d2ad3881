"""Crash safety at full size: kill -9 `refrain ingest` and `refrain analyze` at several points.

Runs the whole Tehran Times corpus (33,724 articles) twice: once without interruption (the
reference), once killed with SIGKILL (the whole process group, workers included) at several
moments of `ingest` and `analyze` and restarted each time until it finishes. Then compares every
table of the two stores in a canonical order (``Store.digest``, clock columns aside) and writes
the figures to docs/bench/crash.md.

    .venv/bin/python bench/crash.py [--limit N] [--workers 2] [--out docs/bench/crash.md]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from refrain.analyze import PER_DOCUMENT
from refrain.store import Store

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"
ANALYSED = f"SELECT count(*) FROM analysed WHERE analyser = '{PER_DOCUMENT}'"


# Every run uses a snapshot of the source taken at the start: others editing the working tree
# while the bench runs must not make the reference and the crashed run use different code.
SNAPSHOT_ENV: dict[str, str] = {}


def snapshot_source(work: Path) -> str:
    target = work / "src"
    shutil.copytree(
        REPO / "src" / "refrain", target / "refrain", ignore=shutil.ignore_patterns("__pycache__")
    )
    SNAPSHOT_ENV.update(os.environ, PYTHONPATH=str(target))
    where = subprocess.run(
        [sys.executable, "-c", "import refrain; print(refrain.__file__)"],
        env=SNAPSHOT_ENV,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not where.startswith(str(target)):
        raise SystemExit(f"the source snapshot is not the one imported ({where})")
    return where


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "refrain.cli", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env=SNAPSHOT_ENV,
    )


def finish(proc: subprocess.Popen[str]) -> float:
    t0 = time.monotonic()
    _, err = proc.communicate()
    if proc.returncode != 0 or "Traceback" in err:
        raise SystemExit(f"run failed ({proc.returncode}): {err[-2000:]}")
    return time.monotonic() - t0


def kill9(proc: subprocess.Popen[str]) -> bool:
    running = proc.poll() is None
    if running:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
    return running


def count(db: Path, sql: str) -> int | None:
    try:
        with Store(db, read_only=True, lock_wait_s=0) as store:
            return store.con.execute(sql).fetchone()[0]  # type: ignore[index]
    except Exception:  # noqa: BLE001 - busy or not there yet
        return None


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", default=str(REPO / "docs" / "bench" / "crash.md"))
    args = parser.parse_args()
    if not DATA.exists():
        raise SystemExit(f"needs {DATA} (third-party data, not in this repo)")
    work = Path(tempfile.mkdtemp(prefix="refrain-crash-"))
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    snapshot_source(work)
    source = DATA
    if args.limit:
        source = work / "corpus.jsonl"
        with gzip.open(DATA, "rt", encoding="utf-8") as f, source.open("w", encoding="utf-8") as out:
            out.writelines(itertools.islice(f, args.limit))
    workers = str(args.workers)
    log: list[str] = []

    def say(line: str) -> None:
        print(line, flush=True)
        log.append(line)

    # -- the reference: no interruption
    ref = work / "reference.duckdb"
    t0 = time.monotonic()
    finish(start("ingest", str(source), "--db", str(ref)))
    ingest_s = time.monotonic() - t0
    t0 = time.monotonic()
    finish(start("analyze", "--db", str(ref), "--workers", workers))
    analyze_s = time.monotonic() - t0
    with Store(ref, read_only=True) as store:
        expected = store.digest()
    total = expected["documents"][0]
    say(f"reference: {total:,} documents; ingest {ingest_s:.0f} s, analyze {analyze_s:.0f} s")

    # -- the crashed run
    db = work / "crashed.duckdb"
    rows: list[tuple[str, float, bool, str]] = []
    # Each restart runs for a share of the reference time before its kill, so the kills land
    # further and further into the work (a restart resumes where the previous run stopped).
    for fraction in (0.3, 0.4):
        proc = start("ingest", str(source), "--db", str(db))
        time.sleep(ingest_s * fraction)
        landed = kill9(proc)
        state = f"{count(db, 'SELECT count(*) FROM documents')} documents stored"
        rows.append(("ingest", fraction, landed, state))
        say(
            f"ingest killed after {fraction:.0%} of the reference time ({'mid-run' if landed else 'already done'}): {state}"
        )
    resume = finish(start("ingest", str(source), "--db", str(db)))
    say(f"ingest resumed and finished in {resume:.0f} s")
    for fraction in (0.2, 0.25, 0.3):
        proc = start("analyze", "--db", str(db), "--workers", workers)
        time.sleep(analyze_s * fraction)
        landed = kill9(proc)
        state = f"{count(db, ANALYSED)} of {total:,} analysed, links {'set' if count(db, 'SELECT count(*) FROM meta WHERE key = ' + repr('corpus_fingerprint')) else 'not set'}"
        rows.append(("analyze", fraction, landed, state))
        say(
            f"analyze killed at {fraction:.0%} of the reference time ({'mid-run' if landed else 'already done'}): {state}"
        )
    resume = finish(start("analyze", "--db", str(db), "--workers", workers))
    say(f"analyze resumed and finished in {resume:.0f} s")
    with Store(db, read_only=True) as store:
        got = store.digest()
    same = got == expected
    differing = [t for t in expected if got.get(t) != expected[t]]
    say(f"stores identical: {same}" + (f" (differ: {', '.join(differing)})" if differing else ""))

    cmd = "   .venv/bin/python bench/crash.py" + (f" --limit {args.limit}" if args.limit else "")
    lines = [
        "# Crash safety (bench/crash.py)",
        "",
        f"Date: {date.today().isoformat()}. Machine: {os.cpu_count()} cores, {platform.machine()}, shared with other",
        "work (timings noisy). Command:",
        "",
        cmd,
        "",
        f"Corpus: {'the first ' + format(args.limit, ',') + ' articles of ' if args.limit else ''}Tehran Times "
        f"(`../shared/data/tehran-times/tehran_times_33k.jsonl.gz`), {total:,} documents; `--workers {workers}`.",
        f"Code: a snapshot of `src/refrain` taken when the run started (HEAD {commit} plus the working tree),",
        "used by every command of both runs.",
        "Reference: `refrain ingest` then `refrain analyze` without interruption. Crashed run: the same",
        "commands killed with SIGKILL (whole process group, worker processes included) at a fraction of",
        "the reference's time after each (re)start, restarted, killed again, and finally let finish. Then every table of both",
        "stores is compared row by row in a canonical order (`Store.digest()`, clock columns left out).",
        "",
        f"Reference: ingest {ingest_s:.0f} s, analyze {analyze_s:.0f} s.",
        "",
        "| command | killed after (share of the reference's time, from this restart) | kill landed mid-run | state after the kill |",
        "|---|---|---|---|",
        *[
            f"| {c} | {f:.0%} | {'yes' if landed else 'no (had finished)'} | {s} |"
            for c, f, landed, s in rows
        ],
        "",
        "| table | rows (reference) | rows (crashed and resumed) | same contents |",
        "|---|---|---|---|",
        *[
            f"| {t} | {expected[t][0]:,} | {got[t][0]:,} | {'yes' if got[t] == expected[t] else 'NO'} |"
            for t in expected
        ],
        "",
        f"**Result: the crashed-and-resumed store is {'identical to' if same else 'DIFFERENT from'} the reference.**",
        "",
        "Log:",
        "",
        *[f"    {line}" for line in log],
        "",
    ]
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
