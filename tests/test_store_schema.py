"""The schema version a store was written with is checked on every open.

A store from a newer refrain is refused; one from an older refrain is migrated in place when every
change since is additive, refused otherwise; each refusal is one coded line and leaves the file as
it was. The "older" stores here are made by writing a lower version into a store of today and
declaring, for the test, a newer current version.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import refrain

from refrain.document import Document
from refrain.errors import StoreError
from refrain.store import Store, schema


def a_store(path: Path, version: int) -> Path:
    with Store(path) as store:
        store.add_documents([Document(text="The council met on Monday and voted.", source="a.txt")])
        store.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
    return path


def version_of(path: Path) -> str:
    with Store(path, read_only=True) as store:
        return store.get_meta("schema_version")


def test_a_store_of_this_version_opens_and_keeps_its_version(tmp_path: Path) -> None:
    db = a_store(tmp_path / "s.duckdb", schema.SCHEMA_VERSION)
    with Store(db) as store:
        assert store.count("documents") == 1
    assert version_of(db) == str(schema.SCHEMA_VERSION)


def test_a_store_from_a_newer_refrain_is_refused_with_one_coded_line(tmp_path: Path) -> None:
    db = a_store(tmp_path / "s.duckdb", schema.SCHEMA_VERSION + 1)
    before = db.read_bytes()
    for read_only in (False, True):
        with pytest.raises(StoreError, match="written by a newer refrain") as caught:
            Store(db, read_only=read_only)
        assert caught.value.code == "E211"
    assert db.read_bytes() == before
    run = refrain("summary", "--db", str(db), timeout=120)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == [
        f"Error: {db}: the store was written by a newer refrain (schema {schema.SCHEMA_VERSION + 1}; "
        f"this refrain reads up to {schema.SCHEMA_VERSION}) [E211]"
    ]


def test_an_older_store_is_migrated_when_the_change_is_additive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = schema.SCHEMA_VERSION
    db = a_store(tmp_path / "s.duckdb", old)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", old + 1)
    monkeypatch.setattr(
        schema, "MIGRATIONS", {old: ("ALTER TABLE documents ADD COLUMN IF NOT EXISTS section VARCHAR",)}
    )
    with pytest.raises(StoreError, match="open it for writing once to migrate it") as caught:
        Store(db, read_only=True)  # a reader cannot migrate
    assert caught.value.code == "E213"
    with Store(db) as store:
        assert store.get_meta("schema_version") == str(old + 1)
        assert store.query("SELECT text, section FROM documents") == [
            {"text": "The council met on Monday and voted.", "section": None}
        ]
    with Store(db, read_only=True) as store:  # now it is current: readers open it
        assert store.count("documents") == 1


def test_an_older_store_with_a_change_that_is_not_additive_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = schema.SCHEMA_VERSION
    db = a_store(tmp_path / "s.duckdb", old)
    before = db.read_bytes()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", old + 2)
    monkeypatch.setattr(schema, "MIGRATIONS", {old: ()})  # old -> old+1 additive, old+1 -> old+2 not
    with pytest.raises(
        StoreError, match=f"schema {old} is older than {old + 2} and cannot be migrated"
    ) as caught:
        Store(db)
    assert caught.value.code == "E212"
    assert db.read_bytes() == before


def test_a_version_that_is_not_a_number_is_a_damaged_store(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.con.execute("UPDATE meta SET value = 'one' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 'one' is not a number") as caught:
        Store(db, read_only=True)
    assert caught.value.code == "E214"


def test_a_reader_opens_an_older_store_when_only_tables_were_added_since(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = schema.SCHEMA_VERSION
    db = a_store(tmp_path / "s.duckdb", old)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", old + 1)
    monkeypatch.setattr(schema, "MIGRATIONS", {old: ()})  # a new table only: nothing to migrate
    with Store(db, read_only=True) as store:  # read as it is, left at its version
        assert store.count("documents") == 1
        assert store.get_meta("schema_version") == str(old)
    with Store(db) as store:  # a writer still brings it up to date
        assert store.get_meta("schema_version") == str(old + 1)
