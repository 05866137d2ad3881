"""Resource limits: a per-document time limit for analysis, and the settings that carry the limits.

A document whose analysis runs over ``Limits.max_seconds_per_document`` (``refrain analyze
--max-seconds-per-document``) is recorded in the errors table, named on one stderr line and
skipped; the run goes on. An analyser that raises on one document is treated the same way.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from helpers import error_lines, refrain

from refrain.analyze import PER_DOCUMENT, DocumentFailure, analyse_within, analyze
from refrain.analyze import document as per_document
from refrain.document import Document
from refrain.errors import RefrainError
from refrain.settings import Limits
from refrain.store import Store

SMALL = [
    "“The quay reopens in March,” Ilse Marnet, the board chair, said on Tuesday.",
    "Officials said 40 workers were hired for the repairs, about 12 percent more than planned.",
    "The council will vote next week on the night shifts that the builders asked for.",
]


def slow_or_broken(doc: Document) -> tuple[str, list, list]:
    """Stands in for the analysers: sleeps on SLOW, raises on BROKEN, else analyses for real."""
    if "SLOW" in doc.text:
        time.sleep(5)
    if "BROKEN" in doc.text:
        raise ValueError("an analyser tripped\non a second line")
    return ORIGINAL(doc)


ORIGINAL = per_document.analyse_document


def test_a_document_over_its_time_limit_becomes_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(per_document, "analyse_document", slow_or_broken)
    t0 = time.monotonic()
    outcome = analyse_within(Document(text="SLOW words here", source="slow.txt"), 0.2)
    assert time.monotonic() - t0 < 2
    assert isinstance(outcome, DocumentFailure) and outcome.name == "slow.txt"
    assert outcome.reason.startswith("analysis took longer than 0.2 s (Limits.max_seconds_per_document")


def test_an_analyser_that_raises_becomes_a_one_line_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(per_document, "analyse_document", slow_or_broken)
    outcome = analyse_within(Document(text="BROKEN words", source="b.txt", key="k1"), 5)
    assert isinstance(outcome, DocumentFailure) and outcome.name == "b.txt#k1"
    assert outcome.reason == "analysis failed (ValueError: an analyser tripped); skipped"


def test_no_limit_and_no_failure_gives_the_findings() -> None:
    doc_id, quotes, claims = analyse_within(Document(text=SMALL[0], source="a.txt"), 0)  # type: ignore[misc]
    assert quotes and quotes[0].speaker == "Ilse Marnet"


def test_analyze_records_skips_and_retries_failed_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(per_document, "analyse_document", slow_or_broken)
    store = Store(":memory:")
    store.add_documents(Document(text=t, source=f"{i}.txt") for i, t in enumerate(SMALL))
    store.add_documents(
        [Document(text="SLOW article", source="slow.txt"), Document(text="BROKEN one", source="bad.txt")]
    )
    heard: list[tuple[str, str]] = []
    report = analyze(
        store, workers=1, limits=Limits(max_seconds_per_document=0.3), on_failure=lambda *f: heard.append(f)
    )
    assert report.analysed_now == len(SMALL)
    assert [name for name, _ in heard] == ["slow.txt", "bad.txt"] == [name for name, _ in report.failed]
    assert {r["path"] for r in store.query("SELECT path FROM errors")} == {"slow.txt", "bad.txt"}
    assert len(store.not_analysed(PER_DOCUMENT)) == 2  # not marked: a re-run with a higher limit tries again
    again = analyze(store, workers=1, limits=Limits(max_seconds_per_document=0.3))
    assert again.analysed_now == 0 and len(again.failed) == 2
    assert store.count("errors") == 2  # the same failure is recorded once


def test_limits_refuse_nonsense() -> None:
    with pytest.raises(ValueError, match="max_seconds_per_document must be 0 .off. or positive"):
        Limits(max_seconds_per_document=-1)
    with pytest.raises(ValueError, match="max_file_bytes must be positive"):
        Limits(max_file_bytes=0)


def test_cli_names_the_document_that_ran_over_and_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    heavy = (
        "“We will not back down on the budget,” said Jane Doe, adding that 40 people were arrested. " * 3000
    )
    with Store(db) as store:
        # Enough documents for the worker pool: the limit is enforced inside the worker processes.
        store.add_documents(
            Document(text=f"{t} Item {i}.", source=f"small-{i}.txt") for i, t in enumerate(SMALL * 12)
        )
        store.add_documents([Document(text=heavy, source="heavy.txt")])
    run = refrain("analyze", "--db", str(db), "--workers", "2", "--max-seconds-per-document", "0.5")
    assert run.returncode == 1
    errors = error_lines(run.stderr)
    assert errors == [
        "Error: heavy.txt: analysis took longer than 0.5 s (Limits.max_seconds_per_document, "
        "--max-seconds-per-document); skipped"
    ]
    assert "36 new of 37 documents analysed, 1 skipped" in run.stderr
    with Store(db, read_only=True) as store:
        assert store.query("SELECT path FROM errors") == [{"path": "heavy.txt"}]
        assert store.count("analysed") == 36


def test_cli_refuses_a_negative_time_limit(tmp_path: Path) -> None:
    run = refrain(
        "analyze", "--db", str(tmp_path / "x.duckdb"), "--max-seconds-per-document", "-1", timeout=120
    )
    assert run.returncode == 2 and "Traceback" not in run.stderr


def dies_on_die(doc: Document) -> tuple[str, list, list]:
    if "DIE" in doc.text:
        os._exit(1)  # a worker killed under it (the OOM killer, a crash in a C extension)
    return ORIGINAL(doc)


def test_a_worker_that_dies_is_one_clear_error_and_saved_work_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(per_document, "analyse_document", dies_on_die)  # forked workers inherit it
    store = Store(":memory:")
    store.add_documents(Document(text=f"{SMALL[i % 3]} Item {i}.", source=f"{i}.txt") for i in range(40))
    store.add_documents([Document(text="DIE here", source="die.txt")])
    with pytest.raises(RefrainError, match="a worker process died while analysing documents 1-41 of 41"):
        analyze(store, workers=2)
    assert store.count("analysed") == 0 and store.count("quotes") == 0  # the batch is all or nothing
