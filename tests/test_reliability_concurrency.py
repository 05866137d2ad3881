"""Reading the store while `refrain analyze` writes it, from another process.

DuckDB lets one process write a file, or several read it, never both. refrain makes them take
turns: `analyze` (given a path) opens the store per batch and lets go of it while documents are
analysed; every open, reading or writing, retries with backoff while another process holds the
file (bounded by REFRAIN_LOCK_WAIT_S, then one clear error line).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import refrain, start_refrain
from test_reliability_crash import ANALYSED, write_corpus

from refrain.errors import StoreError
from refrain.ingest import read_paths
from refrain.store import Store, queries

ARTICLES = 150  # one analyse batch: readers get in while it is analysed and around each step


@pytest.fixture
def ingested(tmp_path: Path) -> Path:
    corpus = write_corpus(tmp_path / "corpus", articles=ARTICLES, files=3)
    db = tmp_path / "store.duckdb"
    with Store(db) as store:
        store.add_documents(d for d in read_paths([str(corpus)]) if not isinstance(d, Exception))
    return db


def start_analyze(db: Path, **env: str) -> subprocess.Popen[str]:
    return start_refrain("analyze", "--db", str(db), "--workers", "2", env={**os.environ, **env})


def test_read_only_queries_and_web_pages_in_a_loop_while_analyze_writes(ingested: Path) -> None:
    from fastapi.testclient import TestClient

    from refrain.web import create_app

    db = ingested
    app = create_app(str(db), idle_close_s=0.05)
    reads: list[int] = []
    statuses: list[int] = []
    with TestClient(app) as client:
        analyze = start_analyze(db)
        while analyze.poll() is None:
            with Store(db, read_only=True) as store:  # waits (bounded) while analyze holds the file
                reads.append(store.con.execute(ANALYSED).fetchone()[0])  # type: ignore[index]
                queries.summary(store)
            # A person clicking, not a load test: the app lets go of the store in between.
            statuses.append(client.get("/api/articles").status_code)
            time.sleep(0.2)
        _, err = analyze.communicate(timeout=60)
        statuses.append(client.get("/api/articles").status_code)
    assert analyze.returncode == 0, err
    assert "Traceback" not in err
    assert reads == sorted(reads), "a reader saw progress go backwards"
    assert len(reads) >= 3, f"the reader hardly got in: {reads}"
    assert set(statuses) <= {200, 503}, statuses  # busy is a 503 page with Retry-After, never a crash
    assert statuses[-1] == 200
    with Store(db, read_only=True) as store:
        assert store.count("analysed") == ARTICLES


def test_read_only_queries_in_a_loop_while_ingest_writes(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", articles=1200, files=12)
    db = tmp_path / "store.duckdb"
    ingest = start_refrain("ingest", str(corpus), "--db", str(db))
    seen: list[int] = []
    while ingest.poll() is None:
        if db.exists():
            try:
                with Store(db, read_only=True) as store:
                    seen.append(store.count("documents"))
            except StoreError as exc:  # only while ingest is creating the file (schema not there yet)
                assert "busy" not in str(exc), exc
        time.sleep(0.02)
    _, err = ingest.communicate(timeout=60)
    assert ingest.returncode == 0, err
    assert seen == sorted(seen) and set(seen) <= {0, 500, 1000, 1200}, seen  # whole batches only
    with Store(db, read_only=True) as store:
        assert store.count("documents") == 1200


def test_steady_web_traffic_does_not_starve_analyze(ingested: Path) -> None:
    from fastapi.testclient import TestClient

    from refrain.web import create_app

    db = ingested
    with TestClient(create_app(str(db))) as client:
        client.get("/api/articles")
        analyze = start_analyze(db, REFRAIN_LOCK_WAIT_S="3")
        while analyze.poll() is None:
            client.get("/api/articles")
            time.sleep(0.2)
        _, err = analyze.communicate(timeout=60)
    assert analyze.returncode == 0, err


def test_a_writer_gives_up_after_the_lock_wait_with_one_clear_line(ingested: Path) -> None:
    db = ingested
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, duckdb; c = duckdb.connect(sys.argv[1]); print('held', flush=True); sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        t0 = time.monotonic()
        with pytest.raises(StoreError, match="busy: another refrain process holds it .gave up after 0.5 s"):
            Store(db, lock_wait_s=0.5)
        assert time.monotonic() - t0 < 5
        run = refrain(
            "analyze", "--db", str(db), env={**os.environ, "REFRAIN_LOCK_WAIT_S": "0.3"}, timeout=120
        )
        assert run.returncode == 1
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"Error: {db}: the store is busy"), run.stderr
    finally:
        holder.communicate("", timeout=30)


def test_a_bad_lock_wait_setting_is_one_clear_line(tmp_path: Path) -> None:
    run = refrain(
        "analyze",
        "--db",
        str(tmp_path / "x.duckdb"),
        env={**os.environ, "REFRAIN_LOCK_WAIT_S": "soon"},
        timeout=120,
    )
    assert run.returncode == 1
    assert run.stderr.strip() == "Error: REFRAIN_LOCK_WAIT_S='soon' is not a number of seconds [E002]"
