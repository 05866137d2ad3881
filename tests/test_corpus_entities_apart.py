"""Entities merged in a second process while reuse is computed give the store one process gives.

The invented conflicts corpus (tests/data/conflicts) is analysed with one worker (entities merged
in this process) and with two, the mention threshold lowered so the merge runs in a forked
process: every table is the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from refrain import api
from refrain.analyze import analyze
from refrain.analyze import corpus as corpus_stage
from refrain.errors import RefrainError
from refrain.store import Store

ARTICLES = Path(__file__).parent / "data" / "conflicts" / "articles.jsonl"


def _analysed(db: Path, workers: int) -> dict[str, tuple[int, str]]:
    api.ingest([str(ARTICLES)], db)
    analyze(db, workers=workers, search_index=False)
    with Store(db, read_only=True) as store:
        return {t: d for t, d in store.digest().items() if t not in {"documents", "meta"}}


def test_entities_from_a_second_process_are_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    alone = _analysed(tmp_path / "one.duckdb", 1)
    started: list[int] = []
    real = corpus_stage.entities_meanwhile

    def watched(mentions: list, aliases: str | None, workers: int):  # type: ignore[no-untyped-def]
        started.append(len(mentions))
        return real(mentions, aliases, workers)

    monkeypatch.setattr(corpus_stage, "_MIN_MENTIONS_APART", 1)
    monkeypatch.setattr(corpus_stage, "entities_meanwhile", watched)
    apart = _analysed(tmp_path / "two.duckdb", 2)
    assert started and started[0] >= 1  # mentions there were, so the process was started
    assert apart == alone
    assert alone["entities"][0] >= 1


def test_a_bad_alias_file_is_said_before_the_process_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "aliases.toml"
    bad.write_text("[[same]\nnames = 3\n", encoding="utf-8")
    monkeypatch.setattr(corpus_stage, "_MIN_MENTIONS_APART", 1)
    with pytest.raises(RefrainError):
        corpus_stage.entities_meanwhile([("q1", "Orla Pennick", None)] * 2, str(bad), 2)
