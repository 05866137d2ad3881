"""The DuckDB store: documents once by content, findings replaced per document, exports."""

from __future__ import annotations

import json

import duckdb
import pyarrow.parquet as pq
import pytest

from refrain.document import Document
from refrain.errors import StoreError
from refrain.store import Store


def doc(text: str, source: str = "a.txt", **kw: object) -> Document:
    return Document(text=text, source=source, **kw)  # type: ignore[arg-type]


def test_documents_are_stored_once_by_content(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        assert store.add_documents([doc("One."), doc("Two.")]) == 2
        assert store.add_documents([doc("One."), doc("Three.")]) == 1
        assert store.add_documents([doc("Four."), doc("Four.")]) == 1  # duplicates inside one batch too
    with Store(path) as store:  # reopening keeps everything
        texts = [d.text for d in store.documents()]
    assert texts == ["One.", "Two.", "Three.", "Four."]  # ingest order


def test_a_stored_document_comes_back_equal():
    original = doc(
        "Body text.",
        source="x.jsonl",
        index=3,
        title="T",
        date="2024-03-04",
        author="A",
        outlet="O",
        language="en",
        url="https://o.example/1",
        key="r1",
    )
    with Store(":memory:") as store:
        store.add_documents([original])
        (back,) = store.documents()
    assert back == original
    assert back.name == "x.jsonl#r1"


def test_findings_are_replaced_per_document_and_marked_analysed():
    with Store(":memory:") as store:
        d1, d2 = doc("First text."), doc("Second text.")
        store.add_documents([d1, d2])
        assert store.not_analysed("x") == [d1.id, d2.id]
        row = {"id": f"{d1.id}:c0", "doc_id": d1.id, "start_offset": 0, "end_offset": 5, "text": "First"}
        store.write_document_findings("x", {d1.id: [row]}, "claims")
        store.write_document_findings("x", {d1.id: [row]}, "claims")  # re-running adds nothing
        assert store.count("claims") == 1
        assert store.not_analysed("x") == [d2.id]


def test_a_failed_write_leaves_the_store_as_it_was():
    with Store(":memory:") as store:
        d1 = doc("Text.")
        store.add_documents([d1])
        bad = {"id": "q", "doc_id": d1.id, "start_offset": 0, "end_offset": 1, "no_such_column": 1}
        with pytest.raises(duckdb.Error):
            store.write_document_findings("x", {d1.id: [bad]}, "claims")
        assert store.not_analysed("x") == [d1.id]
        assert store.count("claims") == 0


def test_read_only_store_refuses_writes_and_missing_files(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.add_documents([doc("Kept.")])
    with Store(path, read_only=True) as store:
        assert [d.text for d in store.documents()] == ["Kept."]
        with pytest.raises(duckdb.Error):
            store.add_documents([doc("New.")])
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.duckdb", read_only=True)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_writes_one_file_per_table(tmp_path, fmt):
    with Store(":memory:") as store:
        store.add_documents([doc("Exported “text”.", title="Title")])
        files = store.export(tmp_path, fmt)
    names = {f.name for f in files}
    assert f"documents.{fmt}" in names and f"quotes.{fmt}" in names
    documents = tmp_path / f"documents.{fmt}"
    if fmt == "jsonl":
        (row,) = [json.loads(line) for line in documents.read_text(encoding="utf-8").splitlines()]
        assert row["text"] == "Exported “text”." and row["title"] == "Title"
    elif fmt == "parquet":
        assert pq.read_table(documents).column("text").to_pylist() == ["Exported “text”."]
    else:
        assert "Exported “text”." in documents.read_text(encoding="utf-8")


def test_export_rejects_unknown_formats(tmp_path):
    with Store(":memory:") as store, pytest.raises(StoreError, match="unknown export format"):
        store.export(tmp_path, "xml")
