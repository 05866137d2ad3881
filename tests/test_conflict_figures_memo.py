"""The figures kept beside the conflict memo: old claims are never read again, and the groups stay
those of a full run, also when a word changes rarity and every claim is grouped again.

The invented conflicts corpus (tests/data/conflicts) is analysed at once and in parts; with the
rare-word floor lowered, adding articles makes words of the old figures common, which regroups
every claim (from the kept figures).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

from refrain import api
from refrain.analyze import analyze
from refrain.analyze import corpus as corpus_stage
from refrain.claims import reading
from refrain.store import Store
from refrain.store.conflict_memo import decode_figure, encode_figure

# the module (refrain.claims exports a function of the same name)
claims_group = importlib.import_module("refrain.claims.group")
ARTICLES = Path(__file__).parent / "data" / "conflicts" / "articles.jsonl"


def _derived(store: Store) -> dict[str, tuple[int, str]]:
    return {table: d for table, d in store.digest().items() if table not in {"documents", "meta"}}


def _run_in_parts(tmp_path: Path, cuts: list[int], monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[Any]]:
    """Ingest and analyse the corpus in parts; (store, per later run: (claims read, new claims, how))."""
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()
    db = tmp_path / f"parts-{len(cuts)}.duckdb"
    seen: list[Any] = []
    real_read, real_inputs = reading.read, corpus_stage.read_conflict_inputs
    for i, (start, end) in enumerate(zip([0, *cuts], [*cuts, len(lines)], strict=True)):
        part = tmp_path / f"part-{len(cuts)}-{i}.jsonl"
        part.write_text("\n".join(lines[start:end]) + "\n", encoding="utf-8")
        api.ingest([str(part)], db)
        with Store(db, read_only=True) as store:
            before = store.count("claims")
        calls: list[str] = []
        hows: list[str] = []

        def counting_read(doc: str, claim: Any, source: Any = None, calls: list[str] = calls) -> Any:
            calls.append(doc)
            return real_read(doc, claim, source)

        def inputs(store: Store, hows: list[str] = hows) -> Any:
            found = real_inputs(store)
            hows.append(found.how)
            return found

        with monkeypatch.context() as patch:
            patch.setattr(reading, "read", counting_read)
            patch.setattr(corpus_stage, "read_conflict_inputs", inputs)
            analyze(db, workers=1, search_index=False)
        with Store(db, read_only=True) as store:
            seen.append((len(calls), store.count("claims") - before, hows[0]))
    return db, seen


@pytest.mark.parametrize("floor", [30, 2])
def test_old_claims_are_not_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, floor: int) -> None:
    # floor 2: few figures may share a rare word, so each part turns some old rare words common
    monkeypatch.setattr(claims_group, "TOPIC_MIN_DF", floor)
    at_once, _ = _run_in_parts(tmp_path, [], monkeypatch)
    db, seen = _run_in_parts(tmp_path, [10, 18, 25], monkeypatch)
    with Store(at_once, read_only=True) as a, Store(db, read_only=True) as b:
        assert _derived(b) == _derived(a)
        assert (
            b.count("conflict_figures")
            == b.con.execute("SELECT count(*) FROM conflict_memo WHERE figure").fetchone()[0]
        )
    for reads, new, _how in seen[1:]:
        assert reads <= new  # only the new claims were read
    if floor == 2:  # the regrouping path was taken at least once
        assert any(how.startswith("grouped every claim (") for _r, _n, how in seen[1:])


def test_a_figure_is_kept_as_read_and_in_the_same_bytes(tmp_path: Path) -> None:
    db = tmp_path / "one.duckdb"
    api.ingest([str(ARTICLES)], db)
    analyze(db, workers=1, search_index=False)
    with Store(db, read_only=True) as store:
        rows = store.query(
            "SELECT c.*, d.title, d.text AS doc_text, d.date AS doc_date, d.outlet AS doc_outlet "
            "FROM claims c JOIN documents d ON d.id = c.doc_id ORDER BY d.seq, c.start_offset"
        )
    from refrain.store.rows import claim_from_row

    figures = 0
    for row in rows:
        claim = claim_from_row(row)
        source = reading.Source(
            outlet=row["doc_outlet"], date=row["doc_date"], title=row["title"], text=row["doc_text"]
        )
        figure = reading.read(row["doc_id"], claim, source)
        if figure is None:
            continue
        figures += 1
        blob = encode_figure(figure)
        back = decode_figure(blob, claim)
        assert back == figure
        assert encode_figure(back) == blob  # sets written sorted: the bytes do not depend on hash order
    assert figures >= 20


def test_the_clusters_a_new_figure_may_join_match_unit_language_and_word(tmp_path: Path) -> None:
    from refrain.store.conflict_memo import clusters_holding

    with Store(tmp_path / "memo.duckdb") as store:
        store.con.executemany(
            "INSERT INTO conflict_memo VALUES (?, '', ?, ?, ?, ?, ?)",
            [
                ("c1", True, "people", "en", ["flood", "varna"], "c1"),
                ("c2", True, "people", "en", ["flood"], "c1"),
                ("c3", True, "dollar", "en", ["flood"], "c3"),  # another unit
                ("c4", True, None, None, ["harbour"], "c4"),  # no unit, no language
                ("c5", True, "people", "fa", ["flood"], "c5"),  # another language
                ("c6", False, "people", "en", ["flood"], "c6"),  # no figure
            ],
        )
        assert clusters_holding(store, {("people", "en", "flood")}) == ["c1"]
        assert clusters_holding(store, {("people", "en", "varna"), (None, None, "harbour")}) == ["c1", "c4"]
        assert clusters_holding(store, {("dollar", "fa", "flood")}) == []
        assert clusters_holding(store, set()) == []
