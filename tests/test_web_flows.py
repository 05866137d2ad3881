"""Who copies whom, drawn: a directed outlet-to-outlet graph as inline SVG (no script, labels
escaped), on the reuse page and in the report, beside the table of the same flows."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from test_web_corpus import web_corpus

from refrain.report import render_report
from refrain.store import Store
from refrain.views.flows import flow_graph

HOSTILE = 'Fars"><script>alert(1)</script>'


def _flow(source: str, copier: str, pairs: int, lag: float | None = 1.0, by_order: int = 0) -> dict:
    return {"source": source, "copier": copier, "pairs": pairs, "chars": pairs * 100, "lag_days": lag,
            "by_order": by_order}  # fmt: skip


def test_an_arrow_a_flow_from_the_earlier_outlet_with_its_count_and_escaped_names() -> None:
    svg = str(
        flow_graph(
            [
                _flow("Alpha Daily", "Beta News", 40),
                _flow("Beta News", "Alpha Daily", 12),
                _flow(HOSTILE, "Beta News", 5),
            ],
            title="who copies whom",
        )
    )
    assert "<script" not in svg and "&lt;script&gt;" in svg
    paths = re.findall(r'<path d="M[^"]+"[^>]*marker-end="url\(#flow-arrow\)"', svg)
    assert len(paths) == 3  # one arrow a direction: Alpha->Beta and Beta->Alpha are two
    assert ">40<" in svg and ">12<" in svg and ">5<" in svg
    assert "Alpha Daily printed first, Beta News later: 40 article pairs" in svg
    # The two directions between one pair of outlets bend apart (different control points).
    controls = re.findall(r" Q([\d.]+,[\d.]+) ", svg)
    assert len(set(controls)) == 3


def test_pairs_within_one_outlet_are_said_beside_it_and_small_outlets_are_counted_not_drawn() -> None:
    flows = [_flow("Alpha Daily", "Alpha Daily", 7), _flow("Alpha Daily", "Beta News", 3)]
    flows += [_flow(f"Outlet {i}", "Beta News", 1) for i in range(12)]
    svg = str(flow_graph(flows, title="t", max_outlets=4))
    assert "Alpha Daily (7 within)" in svg
    assert "Outlet 11" not in svg and "smaller flows of outlets not drawn" in svg
    assert str(flow_graph([], title="t")).startswith('<p class="muted">')


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    from refrain.web import create_app

    with TestClient(create_app(str(web_corpus().path))) as c:
        yield c


def test_the_reuse_page_draws_who_copies_whom_beside_its_table(client: TestClient) -> None:
    flows = client.get("/api/reuse").json()["flows"]
    between = [f for f in flows if f["source"] != f["copier"]]
    assert between  # the corpus has outlets reprinting each other
    html = client.get("/reuse").text
    section = html[html.index('id="copying"') :]
    assert section.index("<svg") < section.index("<table")
    assert f"{between[0]['source']} printed first" in section.replace("&#34;", '"').replace("&#39;", "'")
    assert "<script" not in section[: section.index("</svg>")]


def test_the_report_draws_who_copies_whom() -> None:
    with Store(str(web_corpus().path), read_only=True) as store:
        html = render_report(store)
    section = html[html.index('id="copying"') :]
    assert "<svg" in section[: section.index("<table")]
    assert 'marker-end="url(#report-flow-arrow)"' in section
