"""Conflict groups made in a second process while reuse and quote families are computed give the
store one process gives.

The invented conflicts corpus (tests/data/conflicts) is analysed with one worker (groups made in
this process) and with two, the claim threshold lowered so the grouping runs in a forked process:
every table is the same, and the process was started."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from refrain import api
from refrain.analyze import analyze
from refrain.analyze import corpus as corpus_stage
from refrain.store import Store

ARTICLES = Path(__file__).parent / "data" / "conflicts" / "articles.jsonl"


def _analysed(db: Path, workers: int) -> dict[str, tuple[int, str]]:
    api.ingest([str(ARTICLES)], db)
    analyze(db, workers=workers, search_index=False)
    with Store(db, read_only=True) as store:
        return {t: d for t, d in store.digest().items() if t not in {"documents", "meta"}}


def _watch_conflict_process(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record, for each conflict grouping, whether it was sent to a second process."""
    forked: list[bool] = []
    real = corpus_stage.meanwhile

    def watched(work: Any, *args: Any, apart: bool) -> Any:
        if work is corpus_stage.conflict_update:
            forked.append(apart)
        return real(work, *args, apart=apart)

    monkeypatch.setattr(corpus_stage, "meanwhile", watched)
    return forked


def test_conflict_groups_from_a_second_process_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = _analysed(tmp_path / "one.duckdb", 1)
    forked = _watch_conflict_process(monkeypatch)
    monkeypatch.setattr(corpus_stage, "_MIN_CLAIMS_APART", 1)
    apart = _analysed(tmp_path / "two.duckdb", 2)
    assert forked == [True]
    assert apart == alone
    assert alone["conflict_groups"][0] >= 7  # the corpus's conflicts were found either way


def test_few_claims_are_grouped_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    forked = _watch_conflict_process(monkeypatch)
    _analysed(tmp_path / "few.duckdb", 2)
    assert forked == [False]  # 49 figures: starting a process costs more than reading them
