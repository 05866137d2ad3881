"""The `refrain` command, run as a user runs it: exit codes, one-line errors, idempotent ingest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLES
from helpers import refrain

ARCHIVE = EXAMPLES / "free-voice" / "archive-march.txt"


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_extract_splits_an_archive_page_with_offsets_into_the_file():
    result = refrain("extract", str(ARCHIVE))
    assert result.returncode == 0, result.stderr
    articles = jsonl(result.stdout)
    assert [a["title"] for a in articles] == [
        "Farmers Vow To Return To Selvan Dam",
        "Nine Protesters To Face Court In Dovra",
        "Ministry Doubles Dam Budget",
        "Police Chief Defends Handling Of Dam Protest",
    ]
    page = ARCHIVE.read_text(encoding="utf-8")
    for a in articles:
        assert page[a["start"] : a["end"]] == a["text"]
        for furniture in ("Continue Reading", "728 x 90", "Staff Writer", "Tarsk,", "Exit mobile version"):
            assert furniture not in a["text"]


def test_ingest_stores_each_article_once_and_reports_bad_files(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(
        "A council voted on Tuesday to close the old bridge.\n", encoding="utf-8"
    )
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    db = str(tmp_path / "s.duckdb")

    first = refrain("ingest", str(corpus), "--db", db)
    assert first.returncode == 1
    error_lines = [line for line in first.stderr.splitlines() if line.startswith("Error:")]
    assert len(error_lines) == 2
    assert any("empty.txt" in line for line in error_lines) and any(
        "binary.txt" in line for line in error_lines
    )
    assert "Traceback" not in first.stderr

    again = refrain("ingest", str(corpus / "good.txt"), "--db", db)
    assert again.returncode == 0
    assert "0 new" in again.stderr

    export = refrain("export", "--db", db, "--format", "jsonl", "-o", str(tmp_path / "out"))
    assert export.returncode == 0, export.stderr
    docs = jsonl((tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8"))
    # The article is the file's text (page furniture and edge whitespace left outside its offsets).
    assert [(d["text"], d["start_offset"], d["end_offset"]) for d in docs] == [
        ("A council voted on Tuesday to close the old bridge.", 0, 51)
    ]
    errors = jsonl((tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8"))
    assert {Path(e["path"]).name for e in errors} == {"empty.txt", "binary.txt"}


def test_stdin_is_read_with_a_dash():
    result = refrain("extract", "-", input="A short note from standard input about a vote.\n")
    assert result.returncode == 0, result.stderr
    (article,) = jsonl(result.stdout)
    assert article["text"].startswith("A short note")


def test_usage_errors_exit_2():
    assert refrain("extract", "--format", "xml", str(ARCHIVE)).returncode == 2
    assert refrain("no-such-command").returncode == 2


def test_store_commands_name_a_missing_store_in_one_line(tmp_path):
    result = refrain("summary", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {tmp_path / 'none.duckdb'}: no such store (run `refrain ingest` first) [E201]"
    ]


@pytest.fixture(scope="module")
def analysed_examples(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("demo") / "demo.duckdb")
    assert refrain("ingest", str(EXAMPLES), "--db", db).returncode == 0
    result = refrain("analyze", "--db", db)
    assert result.returncode == 0, result.stderr
    return db


def test_analyze_is_idempotent(analysed_examples):
    before = refrain("summary", "--db", analysed_examples).stdout
    again = refrain("analyze", "--db", analysed_examples)
    assert again.returncode == 0, again.stderr
    assert "0 new" in again.stderr and "up to date" in again.stderr
    assert refrain("summary", "--db", analysed_examples).stdout == before


def test_quotes_of_a_speaker_from_the_store(analysed_examples):
    result = refrain("quotes", "--db", analysed_examples, "--speaker", "Mira Castell")
    assert result.returncode == 0, result.stderr
    quotes = jsonl(result.stdout)
    assert len(quotes) >= 4
    assert all(q["speaker"] == "Mira Castell" for q in quotes)
    assert {q["outlet"] for q in quotes} >= {"Harbor Daily", "Coastal Radio News"}


def test_conflicting_arrest_figures_are_grouped(analysed_examples):
    result = refrain("claims", "--db", analysed_examples, "--conflicts")
    assert result.returncode == 0, result.stderr
    by_group: dict[int, set[float]] = {}
    for c in jsonl(result.stdout):
        by_group.setdefault(c["conflict_group"], set()).add(c["value"])
    assert any({45.0, 120.0} <= values for values in by_group.values())


def test_split_quote_from_a_file_has_two_pieces_with_file_offsets():
    path = EXAMPLES / "northern-ledger" / "2024-03-05-dam-arrests.txt"
    result = refrain("quotes", str(path))
    assert result.returncode == 0, result.stderr
    text = path.read_text(encoding="utf-8")
    (quote,) = [q for q in jsonl(result.stdout) if "know this valley" in q["text"]]
    assert quote["speaker"] == "Mira Castell"
    assert len(quote["pieces"]) == 2
    assert "go home" in text[quote["pieces"][0][0] : quote["pieces"][0][1]]
    assert "valley" in text[quote["pieces"][1][0] : quote["pieces"][1][1]]


def test_reprinted_wire_paragraph_is_found_with_exact_edges():
    wire_sentence = "The Selvan dam supplies drinking water to 1.2 million people"
    result = refrain("reuse", str(EXAMPLES / "northern-ledger"), str(EXAMPLES / "free-voice"))
    assert result.returncode == 0, result.stderr
    ledger = (EXAMPLES / "northern-ledger" / "2024-03-05-dam-arrests.txt").read_text(encoding="utf-8")
    archive = ARCHIVE.read_text(encoding="utf-8")
    texts = {"ledger": ledger, "archive": archive}
    passages = jsonl(result.stdout)
    assert passages, "the reprinted paragraph was not found"
    hits = []
    for p in passages:
        for side in ("a", "b"):
            which = "ledger" if "northern-ledger" in p[side] else "archive"
            hits.append(texts[which][p[f"{side}_start"] : p[f"{side}_end"]])
    assert any(wire_sentence.lower()[4:] in h.lower() and h.endswith("three dry summers.") for h in hits)
