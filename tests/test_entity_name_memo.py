"""The entity name memo: names parsed by an earlier run are not parsed again, the entities are
the same, and the store keeps exactly the names of the last run. Invented names only."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from refrain.entities.merge import merge
from refrain.store import Store
from refrain.store.entity_name_memo import load_name_memo, save_name_memo

# the module (the package's own name `merge` is the function)
merge_module = importlib.import_module("refrain.entities.merge")

FIRST = [
    ("Qorban Veltani", "foreign minister"),
    ("Veltani", None),
    ("the Ministry of Tidal Affairs", None),
    ("an official", None),
    ("MTA/Ministry of Tidal Affairs", None),
]
LATER = [*FIRST, ("Sayyed Qorban Veltani", "minister"), ("Darya Felmo", "analyst")]


def _entities(mentions, **kw):
    return [e.to_dict() for e in merge(mentions, **kw)]


def test_a_name_parsed_once_is_not_parsed_again_and_merges_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: dict = {}
    assert _entities(FIRST, parsed=parsed) == _entities(FIRST)
    assert "Veltani" in parsed and parsed["an official"] is None  # descriptions are remembered too
    seen: list[str] = []
    real = merge_module.parse_mention

    def counting(name, aliases):
        seen.append(name)
        return real(name, aliases)

    monkeypatch.setattr(merge_module, "parse_mention", counting)
    assert _entities(LATER, parsed=parsed) == _entities(LATER, parsed={})
    seen.clear()
    _entities(LATER, parsed=parsed)
    assert seen == []
    _entities(LATER, parsed={name: p for name, p in parsed.items() if name != "Darya Felmo"})
    assert seen == ["Darya Felmo"]


def _save(store: Store, memo) -> None:
    with store.transaction() as con:
        save_name_memo(store, con, memo)


def test_the_store_keeps_the_names_of_the_last_run(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        memo = load_name_memo(store, "rules 1")
        merge(LATER, parsed=memo)
        _save(store, memo)
        again = load_name_memo(store, "rules 1")
        assert again.held == memo.added and len(again.held) >= 6
        merge(FIRST, parsed=again)  # two names no longer written
        assert again.added == {}
        _save(store, again)
        kept = load_name_memo(store, "rules 1").held
        assert set(kept) == set(again.used) and "Darya Felmo" not in kept
        assert kept == {name: p for name, p in memo.added.items() if name in kept}
        assert load_name_memo(store, "rules 2").held == {}  # other rules: parsed again
