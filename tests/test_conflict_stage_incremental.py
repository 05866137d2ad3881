"""Conflict groups made from the new claims only give the store a full run gives.

The invented conflicts corpus (tests/data/conflicts: 30 articles of figures that agree, conflict
or only look alike) is analysed at once, and again ingested and analysed in parts: the stores'
digests (every table: groups, claims' links, the memo) must be equal, and the later runs must
not read every claim again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from refrain import api
from refrain.analyze import analyze, conflict_stage
from refrain.store import Store

ARTICLES = Path(__file__).parent / "data" / "conflicts" / "articles.jsonl"


def _store_in_parts(tmp_path: Path, cuts: list[int], name: str) -> Store:
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()
    db = tmp_path / f"{name}.duckdb"
    for i, (start, end) in enumerate(zip([0, *cuts], [*cuts, len(lines)], strict=True)):
        part = tmp_path / f"{name}-{i}.jsonl"
        part.write_text("\n".join(lines[start:end]) + "\n", encoding="utf-8")
        api.ingest([str(part)], db)
        analyze(db, workers=1, search_index=False)
    return Store(db, read_only=True)


def _derived(store: Store) -> dict[str, tuple[int, str]]:
    # documents name the file they came from (here a different part file) and meta the run
    return {table: d for table, d in store.digest().items() if table not in {"documents", "meta"}}


def _no_full_read(*_args: object) -> None:
    raise AssertionError("every claim was read again")


@pytest.mark.parametrize("cuts", [[12, 21], [5, 6, 7, 29]])
def test_grouping_the_new_claims_gives_the_groups_of_a_full_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cuts: list[int]
) -> None:
    with _store_in_parts(tmp_path, [], "at-once") as store:
        at_once = _derived(store)
        groups = store.count("conflict_groups")
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()
    db = tmp_path / "parts.duckdb"
    for i, (start, end) in enumerate(zip([0, *cuts], [*cuts, len(lines)], strict=True)):
        part = tmp_path / f"parts-{i}.jsonl"
        part.write_text("\n".join(lines[start:end]) + "\n", encoding="utf-8")
        api.ingest([str(part)], db)
        with monkeypatch.context() as patch:
            if i:  # after the first run, only the new claims and their clusters are read
                patch.setattr(conflict_stage, "stored_claims", _no_full_read)
            analyze(db, workers=1, search_index=False)
    with Store(db, read_only=True) as store:
        assert _derived(store) == at_once
        assert store.count("conflict_memo") == store.count("claims")
    assert groups >= 7  # the corpus's conflicts are found at all


def test_other_rules_group_every_claim_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with _store_in_parts(tmp_path, [], "at-once") as store:
        at_once = _derived(store)
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()
    db = tmp_path / "parts.duckdb"
    for i, (start, end) in enumerate([(0, 15), (15, len(lines))]):
        part = tmp_path / f"parts-{i}.jsonl"
        part.write_text("\n".join(lines[start:end]) + "\n", encoding="utf-8")
        api.ingest([str(part)], db)
        with monkeypatch.context() as patch:
            patch.setattr(conflict_stage, "rules_format", lambda i=i: f"rules {i}")  # the rules changed
            analyze(db, workers=1, search_index=False)
    with Store(db, read_only=True) as store:
        assert _derived(store) == at_once


def test_an_emptied_memo_groups_every_claim_again(tmp_path: Path) -> None:
    """A memo emptied while its format mark stays (write_derived_links does so) must not take
    every claim for new beside the stored groups: the next run groups them all, as a fresh one."""
    with _store_in_parts(tmp_path, [], "at-once") as store:
        at_once = _derived(store)
    db = tmp_path / "emptied.duckdb"
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()
    for i, (start, end) in enumerate([(0, 20), (20, len(lines))]):
        part = tmp_path / f"emptied-{i}.jsonl"
        part.write_text("\n".join(lines[start:end]) + "\n", encoding="utf-8")
        api.ingest([str(part)], db)
        if i:
            with Store(db) as store:
                store.con.execute("DELETE FROM conflict_memo")
        analyze(db, workers=1, search_index=False)
    with Store(db, read_only=True) as store:
        assert _derived(store) == at_once
