"""Crash safety: `kill -9` during `refrain ingest` and `refrain analyze`, then run again.

The store must end identical to an uninterrupted run (every table compared in a canonical order,
clock columns aside), never corrupted, never duplicated. The corpus is invented here (articles
with quotes, figures and reprinted paragraphs, so every analyser has work), big enough for several
ingest and analyse batches. bench/crash.py does the same on all 33,724 Tehran Times articles.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from helpers import refrain, start_refrain

from refrain.analyze import BATCH, PER_DOCUMENT
from refrain.document import Document
from refrain.store import Store

FIRST = ["Ilse", "Tomas", "Noor", "Arvid", "Keiko", "Bram", "Sefa", "Oona", "Dario", "Mirela"]
LAST = ["Marnet", "Quill", "Ostrander", "Velko", "Hanami", "Drost", "Ekwueme", "Lindqvist", "Pardo", "Sorn"]
ROLES = ["the harbour board chair", "the union secretary", "a council spokesman", "the farm minister"]
THINGS = ["protesters were detained", "schools were closed", "workers went on strike", "homes were flooded"]
PLACES = ["the delta region", "the northern valley", "the capital", "the port city"]
SAYINGS = [
    "We will not accept a plan that leaves the eastern districts behind",
    "The repairs are on schedule and the quay will reopen in spring",
    "Nobody told the farmers that the reservoir would be drained",
    "This strike is about pay, and it will go on until the offer changes",
]
ARTICLES = 520  # 2 ingest batches (500 + 20), 3 analyse batches (256 + 256 + 8)
FILES = 13  # 40 articles a file


def invented_article(rng: random.Random, i: int, earlier: list[str]) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    paragraphs = [
        f"Officials said {rng.randint(2, 900)} {rng.choice(THINGS)} in {rng.choice(PLACES)} on day {i % 28 + 1}.",
        f"“{rng.choice(SAYINGS)},” {name}, {rng.choice(ROLES)}, said on Tuesday.",
        f"Another {rng.randint(2, 90)} percent of residents said they had not been told, {name} added later.",
    ]
    if earlier and rng.random() < 0.3:  # a reprint: a whole earlier paragraph, word for word
        paragraphs.insert(1, rng.choice(rng.choice(earlier).split("\n\n")))
    return "\n\n".join(paragraphs)


def write_corpus(folder: Path, articles: int = ARTICLES, files: int = FILES) -> Path:
    """``articles`` invented articles as JSONL, spread over ``files`` files."""
    rng = random.Random(2024)
    folder.mkdir(parents=True, exist_ok=True)
    texts: list[str] = []
    for i in range(articles):
        texts.append(invented_article(rng, i, texts[-50:]))
    per_file = -(-articles // files)
    for f in range(files):
        with (folder / f"wire-{f:02d}.jsonl").open("w", encoding="utf-8") as out:
            for j in range(f * per_file, min(articles, (f + 1) * per_file)):
                record = {
                    "id": f"a{j}",
                    "text": texts[j],
                    "outlet": f"Outlet {j % 7}",
                    "date": f"2024-03-{j % 28 + 1:02d}",
                }
                out.write(json.dumps(record) + "\n")
    return folder


def start(*args: str) -> subprocess.Popen[str]:
    # A session of its own, so that kill -9 takes the analyser's worker processes too.
    return start_refrain(*args, start_new_session=True)


def finish(proc: subprocess.Popen[str]) -> None:
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert "Traceback" not in out + err


def kill9(proc: subprocess.Popen[str]) -> bool:
    """SIGKILL the process group; True when it was still running (the kill landed mid-work)."""
    running = proc.poll() is None
    if running:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    return running


def count_when_free(db: Path, sql: str) -> int | None:
    """A count read while another process may hold the store (None when it is busy)."""
    try:
        with Store(db, read_only=True, lock_wait_s=0) as store:
            return store.con.execute(sql).fetchone()[0]  # type: ignore[index]
    except Exception:  # noqa: BLE001 - busy, or not created yet: try again later
        return None


def wait_for(
    proc: subprocess.Popen[str], db: Path, sql: str, at_least: int, timeout: float = 300
) -> int | None:
    """Poll until ``sql`` counts ``at_least`` (or the process ends); the count seen, or None."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        seen = count_when_free(db, sql)
        if seen is not None and seen >= at_least:
            return seen
        time.sleep(0.05)
    return None


ANALYSED = f"SELECT count(*) FROM analysed WHERE analyser = '{PER_DOCUMENT}'"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("crash") / "corpus")


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, float]:
    db = tmp_path_factory.mktemp("reference") / "store.duckdb"
    t0 = time.monotonic()
    finish(start("ingest", str(corpus), "--db", str(db)))
    ingest_s = time.monotonic() - t0
    finish(start("analyze", "--db", str(db), "--workers", "2"))
    with Store(db, read_only=True) as store:
        return store.digest(), ingest_s


def test_the_reference_run_has_findings_of_every_kind(reference: tuple[dict, float]) -> None:
    digest, _ = reference
    assert digest["documents"][0] == ARTICLES
    for table in ("quotes", "claims", "passages", "clusters", "entities", "analysed"):
        assert digest[table][0] > 0, table


def test_kill_9_during_ingest_and_analyze_then_rerun_gives_the_same_store(
    corpus: Path, reference: tuple[dict, float], tmp_path: Path
) -> None:
    expected, ingest_s = reference
    db = tmp_path / "store.duckdb"
    # ingest, killed at two moments; what a kill leaves is always whole batches (of 500)
    for fraction in (0.45, 0.8):
        proc = start("ingest", str(corpus), "--db", str(db))
        time.sleep(ingest_s * fraction)
        landed = kill9(proc)
        stored = count_when_free(db, "SELECT count(*) FROM documents")
        assert stored is None or stored in (0, 500, ARTICLES), f"half a batch stored: {stored}"
        if landed and stored is not None:
            with Store(db, read_only=True) as store:
                assert store.count("documents") == stored
    finish(start("ingest", str(corpus), "--db", str(db)))
    # analyze, killed after its first batch, then in the corpus-wide stage
    proc = start("analyze", "--db", str(db), "--workers", "2")
    seen = wait_for(proc, db, ANALYSED, at_least=BATCH)
    kill9(proc)
    # What a kill leaves is whole batches (the poll may see a later batch than the first).
    assert seen in (BATCH, 2 * BATCH, ARTICLES), f"a batch half written: {seen} analysed"
    proc = start("analyze", "--db", str(db), "--workers", "2")
    wait_for(proc, db, ANALYSED, at_least=ARTICLES)
    kill9(proc)
    with Store(db, read_only=True) as store:  # after two kills: readable, whole batches
        assert store.count("documents") == ARTICLES
    finish(start("analyze", "--db", str(db), "--workers", "2"))
    with Store(db, read_only=True) as store:
        assert store.digest() == expected
        dupes = store.con.execute(
            "SELECT count(*) - count(DISTINCT (doc_id, analyser)) FROM analysed"
        ).fetchone()
    assert dupes == (0,)


def test_a_file_that_is_not_a_store_is_never_overwritten(tmp_path: Path) -> None:
    notes = tmp_path / "notes.duckdb"
    notes.write_text("my notes, not a database\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(invented_article(random.Random(1), 1, []), encoding="utf-8")
    run = refrain("ingest", str(article), "--db", str(notes), timeout=120)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.strip().startswith(f"Error: {notes}: cannot open the store:")
    assert notes.read_text(encoding="utf-8") == "my notes, not a database\n"


def test_a_damaged_store_is_one_clear_line_and_left_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    with Store(db) as store:
        store.add_documents(
            Document(text=invented_article(random.Random(i), i, []), source=f"{i}.txt") for i in range(300)
        )
    damaged = db.read_bytes()[: db.stat().st_size // 3]
    db.write_bytes(damaged)
    for args in (["summary"], ["analyze"]):
        run = refrain(*args, "--db", str(db), timeout=120)
        assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
        assert run.stderr.strip().startswith(f"Error: {db}: cannot open the store:"), run.stderr
    assert db.read_bytes() == damaged
