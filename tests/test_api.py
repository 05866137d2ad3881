"""The Python API behind the command line (refrain.api) and the file-mode analysis it calls
(refrain.analyze.files), on invented articles; and the layers: what may import what."""

from __future__ import annotations

from pathlib import Path

from test_import_graph import import_graph

from refrain import api
from refrain.analyze.files import display_name, to_source
from refrain.document import Document

TWO_ARTICLES = (
    "Harbour board reopens the quay\n\n"
    "“We will reopen the quay in March,” said Ilse Marnet, the board chair. Officials said 40 workers were hired.\n\n\n"
    "Flood toll rises in Ostervik\n\n"
    "Officials said 12 people were killed in the flood in Ostervik on Monday.\n"
)


def test_ingest_reads_files_into_the_store_and_reports_each_unreadable_file(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("“The bridge stays shut,” said Mara Quell, the mayor.", encoding="utf-8")
    (news / "empty.txt").write_text("", encoding="utf-8")
    heard: list[str] = []
    report = api.ingest([str(news)], tmp_path / "s.duckdb", on_error=lambda e: heard.append(e.path))
    assert (report.read, report.new) == (1, 1)
    assert [f.path for f in report.failed] == heard == [str(news / "empty.txt")]
    again = api.ingest([str(news)], tmp_path / "s.duckdb")
    assert (again.read, again.new) == (1, 0)  # each article once, by content
    assert api.summary(tmp_path / "s.duckdb")["errors"] == 1  # the same failure is recorded once


def test_a_document_is_named_by_its_path_its_record_key_or_its_place_in_a_text_file() -> None:
    one = Document(text="One.", source="a.txt")
    first, second = (Document(text=t, source="b.txt", index=i) for i, t in enumerate(("One.", "Two.")))
    record = Document(text="Three.", source="c.jsonl", key="17")
    assert display_name(one, [one]) == "a.txt"
    assert [display_name(d, [first, second]) for d in (first, second)] == ["b.txt#0", "b.txt#1"]
    assert display_name(record, [record, Document(text="Four.", source="c.jsonl", key="18")]) == "c.jsonl#17"


def test_offsets_point_into_the_source_file_for_articles_cut_from_a_text_file() -> None:
    doc = Document(text="Body.", source="a.txt", start=120, end=125)
    assert (to_source(doc, 0), to_source(doc, None)) == (120, None)
    assert to_source(Document(text="Body.", source="a.html"), 3) == 3


def test_quotes_and_claims_in_files_have_offsets_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "two.txt"
    path.write_text(TWO_ARTICLES, encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    quotes = list(api.quotes([str(path)]))
    assert quotes and all(q["text"] in text[q["start"] : q["end"]] for q in quotes)  # marks included
    assert quotes[0]["speaker"] == "Ilse Marnet"
    claims = api.claims([str(path)])
    assert len(claims) >= 2
    assert all(text[c["start"] : c["end"]] == c["text"] for c in claims)


def test_the_same_claims_in_two_files_form_a_conflict_group_when_their_figures_differ(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Officials said 12 people were killed in the flood in Ostervik.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Officials said 30 people were killed in the flood in Ostervik.", encoding="utf-8"
    )
    claims = api.claims([str(tmp_path)])
    groups = {c["conflict_group"] for c in claims if c["value"] in (12, 30)}
    assert len(groups) == 1 and None not in groups


def _imports(graph: dict[str, set[str]], prefix: str) -> set[str]:
    return {target for name, targets in graph.items() if name == prefix or name.startswith(prefix + ".")
            for target in targets}  # fmt: skip


def test_web_and_report_share_views_and_queries_and_never_import_each_other() -> None:
    graph = import_graph()
    assert not {t for t in _imports(graph, "refrain.report") if t.startswith("refrain.web")}
    assert not {t for t in _imports(graph, "refrain.web") if t.startswith("refrain.report")}
    assert not {t for t in _imports(graph, "refrain.store") if t.startswith(("refrain.web", "refrain.report",
                "refrain.views", "refrain.analyze"))}  # fmt: skip


def test_the_command_line_calls_the_api_and_reads_no_store_itself() -> None:
    reached = _imports(import_graph(), "refrain.cli")
    assert "refrain.api" in reached
    assert not {t for t in reached if t.startswith(("refrain.analyze", "refrain.ingest", "refrain.quotes",
                "refrain.claims", "refrain.reuse", "refrain.store.queries", "refrain.spark",
                "refrain.crosslingual"))}  # fmt: skip
