"""The static report: one HTML file that opens offline, shows the corpus and never runs its text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_web_corpus import PAYLOAD_IMG, PAYLOAD_SCRIPT, web_corpus

from refrain.report import report_data, write_report
from refrain.store import Store, queries


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("report") / "report.html"
    with Store(web_corpus().path, read_only=True) as store:
        write_report(store, out)
    return out.read_text(encoding="utf-8")


def test_report_is_one_self_contained_file_without_scripts(report: str) -> None:
    assert report.startswith("<!doctype html>")
    assert "<script" not in report.lower() and "<link" not in report.lower()
    # Nothing is fetched: no src anywhere; the only addresses outside the file are the links
    # (<a href>) to the articles' sources, which a reader follows, never loaded by the page.
    assert re.findall(r"<\w+[^>]*\bsrc\s*=", report) == []
    outside = re.findall(r'<(\w+)[^>]*\bhref\s*=\s*"([^"#][^"]*)"', report)
    assert all(tag == "a" and link.startswith(("http://", "https://")) for tag, link in outside), outside


def test_report_shows_overview_speakers_charts_and_conflicts(report: str) -> None:
    with Store(web_corpus().path, read_only=True) as store:
        counts = queries.summary(store)
    assert f"<strong>{counts['documents']:,}</strong> articles" in report
    assert "Ada Vell" in report
    # volume over time, the quote timeline, who copies whom, the reuse network
    assert report.count("<svg") == 4
    assert report.count("<circle") >= 4
    assert "300 families" in report and "900 families" in report and "500 families" in report


def test_report_escapes_article_text(report: str) -> None:
    assert PAYLOAD_SCRIPT not in report and PAYLOAD_IMG not in report
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report


def test_report_is_the_same_every_time(report: str, tmp_path: Path) -> None:
    with Store(web_corpus().path, read_only=True) as store:
        write_report(store, tmp_path / "again.html")
    assert (tmp_path / "again.html").read_text(encoding="utf-8") == report


def test_reuse_network_joins_the_articles_that_share_passages() -> None:
    corpus = web_corpus()
    with Store(corpus.path, read_only=True) as store:
        net = report_data(store)["network"]
    ids = [n["id"] for n in net["nodes"]]
    assert corpus.hostile_a in ids and corpus.hostile_b in ids
    assert (ids.index(corpus.hostile_a), ids.index(corpus.hostile_b)) in {(a, b) for a, b, _ in net["edges"]}


def test_report_of_an_empty_store(tmp_path: Path) -> None:
    write_report(Store(":memory:"), tmp_path / "empty.html")
    text = (tmp_path / "empty.html").read_text(encoding="utf-8")
    assert "<strong>0</strong> articles" in text and "No conflicting figures" in text
