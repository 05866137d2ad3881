"""The speakers lists (store query, web list and its JSON/CSV, CLI, report) hold named speakers by
default, each row with its kind, and a ``kind`` facet shows the others (issue 13: descriptions such
as "an official" crowded the most quoted). Everything here is invented text on a store built here."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from refrain.cli import app as cli_app
from refrain.document import Document
from refrain.entities.kinds import KINDS
from refrain.report import report_data
from refrain.store import Store
from refrain.store import queries as store_queries
from refrain.store.lists import SPEAKER_KINDS
from refrain.store.queries.filters import SPEAKER_KIND_CHOICES, Filters
from refrain.web import create_app

TEXT = (
    "\u201cThe weir holds,\u201d said Mira Tolan. \u201cWe check it daily,\u201d an official said. "
    "The statement said the gates were shut. Harrow Water Board said it would reopen them. "
    "Osk Benn said the fish had gone. Jon Pell, the minister, said rain was due."
)
DOC = Document(
    source="invented/harrow.txt", title="Harrow weir", date="2024-06-01", outlet="Harrow Times", text=TEXT
)

# (printed speaker, its kind as stored, entity id, quotes): "an official" is the most quoted, as
# descriptions were on the Tehran Times store; "Osk Benn" was stored before kinds existed (NULL);
# "Jon Pell" is one entity printed as his name twice and as "the minister" once.
SPEAKERS = [
    ("an official", "unnamed", None, 6),
    ("Mira Tolan", "person", None, 4),
    ("the statement", "document", None, 3),
    ("Harrow Water Board", "organisation", None, 2),
    ("Jon Pell", "person", "e-pell", 2),
    ("the minister", "unnamed", "e-pell", 1),
    ("Osk Benn", None, None, 1),
]
EXPECTED_KINDS = {
    "an official": "unnamed",
    "Mira Tolan": "person",
    "the statement": "document",
    "Harrow Water Board": "organisation",
    "Jon Pell": "person",  # two quotes as a person outweigh one as "the minister"
    "Osk Benn": None,
}
NAMED = ["Mira Tolan", "Jon Pell", "Harrow Water Board", "Osk Benn"]  # most quoted first, ties by name


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("speaker-kinds") / "store.duckdb"
    with Store(path) as store:
        store.add_documents([DOC])
        rows = []
        for speaker, kind, entity, n in SPEAKERS:
            for i in range(n):
                rows.append(
                    [f"{DOC.id}:{speaker}:{i}", DOC.id, 0, 10, "[[0, 10]]", "The weir holds", "direct",
                     speaker, speaker, "said", entity, kind]
                )  # fmt: skip
        # a scare quote of a description counts for no one
        rows.append([f"{DOC.id}:scare", DOC.id, 0, 10, "[[0, 10]]", "weir", "scare", "a source", "a source",
                     None, None, "unnamed"])  # fmt: skip
        store.con.executemany(
            "INSERT INTO quotes (id, doc_id, start_offset, end_offset, pieces, text, kind, speaker, mention_text, "
            "cue, entity_id, speaker_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        store.con.execute("INSERT INTO entities (id, name, kind) VALUES ('e-pell', 'Jon Pell', 'person')")
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(db))) as c:
        yield c


def _names(rows: list[dict[str, object]]) -> list[object]:
    return [r["speaker"] for r in rows]


def test_the_list_knows_every_kind_the_quote_finder_writes() -> None:
    assert SPEAKER_KINDS == KINDS


def test_descriptions_are_left_out_by_default_and_each_row_says_its_kind(db: Path) -> None:
    with Store(db, read_only=True) as store:
        rows = store_queries.top_speakers(store, limit=50)
        assert _names(rows) == NAMED
        assert {r["speaker"]: r["kind"] for r in rows} == {n: EXPECTED_KINDS[n] for n in NAMED}
        assert rows[1]["quotes"] == 3  # Jon Pell: his own two and "the minister"'s one
        assert store_queries.speakers(store, page=1)["total"] == len(NAMED)
        assert _names(store_queries.top_speakers(store, limit=50, kind="named")) == NAMED


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("unnamed", ["an official"]), ("document", ["the statement"]), ("organisation", ["Harrow Water Board"]),
     ("person", ["Mira Tolan", "Jon Pell"]), ("unknown", ["Osk Benn"]),
     ("all", ["an official", "Mira Tolan", "Jon Pell", "the statement", "Harrow Water Board", "Osk Benn"])],
)  # fmt: skip
def test_the_kind_facet_shows_one_kind_or_all(db: Path, kind: str, expected: list[str]) -> None:
    with Store(db, read_only=True) as store:
        assert _names(store_queries.top_speakers(store, limit=50, kind=kind)) == expected
        listed = store_queries.speakers(store, page=1, filters=Filters(kind=kind), sort="speaker")
        assert _names(listed["rows"]) == sorted(expected, key=str.lower)


def test_the_kind_facet_combines_with_the_name_facet(db: Path) -> None:
    with Store(db, read_only=True) as store:
        got = store_queries.speakers(store, page=1, filters=Filters(speaker="o", kind="unnamed"))
        assert _names(got["rows"]) == ["an official"]
        got = store_queries.speakers(store, page=1, filters=Filters(speaker="o"))
        assert "an official" not in _names(got["rows"]) and "Osk Benn" in _names(got["rows"])


def test_an_unknown_kind_is_refused(db: Path) -> None:
    with Store(db, read_only=True) as store, pytest.raises(ValueError, match="no speaker kind 'direct'"):
        store_queries.top_speakers(store, limit=5, kind="direct")


def test_web_list_json_and_csv_agree_and_keep_the_kind_in_links(client: TestClient) -> None:
    default = client.get("/api/speakers").json()
    assert _names(default["rows"]) == NAMED and default["rows"][0]["kind"] == "person"
    for kind in ("unnamed", "all"):
        data = client.get(f"/api/speakers?kind={kind}").json()
        assert "an official" in _names(data["rows"]) and data["filters"] == {"kind": kind}
        table = list(csv.DictReader(io.StringIO(client.get(f"/speakers?kind={kind}&format=csv").text)))
        assert [(r["speaker"], r["kind"], int(r["quotes"])) for r in table] == [
            (r["speaker"], r["kind"] or "", r["quotes"]) for r in data["rows"]
        ]
    page = client.get("/speakers?kind=unnamed").text
    assert 'href="/speakers/an%20official"' in page and "Mira Tolan" not in page
    assert "kind=unnamed&amp;format=csv" in page and "kind=unnamed&amp;sort=speaker" in page
    assert '<option value="unnamed" selected>' in page
    default_page = client.get("/speakers").text
    assert (
        'href="/speakers/an%20official"' not in default_page and 'href="/speakers/Osk%20Benn"' in default_page
    )
    assert "<td>unknown</td>" in default_page and "<td>person</td>" in default_page


@pytest.mark.parametrize(
    "kind", ["direct", "%3Cscript%3E", "person%27--", "PERSON", "person%20OR%201", "x" * 30, "people"]
)
def test_hostile_or_unknown_kinds_are_client_errors(client: TestClient, kind: str) -> None:
    for fmt in ("html", "json", "csv"):
        r = client.get(f"/speakers?kind={kind}&format={fmt}")
        assert r.status_code == 400, (kind, fmt, r.status_code)
        assert "Traceback" not in r.text and "<script>" not in r.text


def test_every_choice_the_web_offers_answers(client: TestClient) -> None:
    for kind in SPEAKER_KIND_CHOICES:
        assert client.get(f"/api/speakers?kind={kind}").status_code == 200


def test_cli_lists_named_speakers_unless_told(db: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(cli_app, ["speakers", "--db", str(db), "-f", "jsonl"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines() if line.strip()]
    assert _names(rows) == NAMED and rows[-1]["kind"] is None
    out = runner.invoke(cli_app, ["speakers", "--db", str(db), "-f", "csv", "--kind", "unnamed"])
    assert out.exit_code == 0, out.output
    assert [r["speaker"] for r in csv.DictReader(io.StringIO(out.output))] == ["an official"]
    bad = runner.invoke(cli_app, ["speakers", "--db", str(db), "--kind", "direct"])
    assert bad.exit_code == 2


def test_the_report_lists_named_speakers(db: Path) -> None:
    with Store(db, read_only=True) as store:
        assert _names(report_data(store)["speakers"]) == NAMED
