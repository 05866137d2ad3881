"""Readers on records that fail: a bad record never stops its neighbours, and every reason is right.

One CSV field over the csv module's limit (``Limits.max_field_bytes``, 20 MB) is that row's error,
not the end of the file; Persian written as UTF-16LE without a BOM is text, not binary; a page
with a 20 MB attribute says so; a bad request's 400 page does not echo the request back.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from refrain.document import Document
from refrain.errors import IngestError
from refrain.ingest import decode_bytes, extract_html, read_csv
from refrain.settings import Limits
from refrain.store import Store

ROWS = [
    "The river authority said on Tuesday that 14 locks would close for repairs until May.",
    "Bakers in the old town raised bread prices by 8 percent after flour costs rose, their guild said.",
    "The school board hired 30 new teachers for the autumn term, its chair told parents on Friday.",
]
PERSIAN = "شهردار گفت که خط تازه مترو تا پایان سال باز می‌شود و مسافران منتظر نمانند. این خبر را روزنامه محلی منتشر کرد."


def test_a_csv_field_over_the_limit_is_one_error_and_later_rows_are_read() -> None:
    huge = "x" * (Limits().max_field_bytes + 1_000_000)
    data = "\n".join(
        ["id,text", f'a,"{ROWS[0]}"', f"big,{huge}", f'b,"{ROWS[1]}"', f'c,"{ROWS[2]}"', ""]
    ).encode()
    items = list(read_csv(data, "news.csv", Limits()))
    texts = [item.text for item in items if isinstance(item, Document)]
    errors = [item for item in items if isinstance(item, IngestError)]
    assert texts == ROWS
    (error,) = errors
    assert error.path == "news.csv:line 3" and "field larger than field limit" in error.reason


def test_every_bad_csv_record_is_named() -> None:
    limits = Limits(max_field_bytes=200)
    data = "\n".join(
        [
            "id,text",
            f'a,"{ROWS[0]}"',
            f"big1,{'y' * 300}",
            f'b,"{ROWS[1]}"',
            f"big2,{'z' * 300}",
            f'c,"{ROWS[2]}"',
        ]
    ).encode()
    items = list(read_csv(data, "news.csv", limits))
    assert [i.text for i in items if isinstance(i, Document)] == ROWS
    assert [i.path for i in items if isinstance(i, IngestError)] == ["news.csv:line 3", "news.csv:line 5"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_persian_utf16_without_a_bom_is_text(encoding: str) -> None:
    assert decode_bytes(PERSIAN.encode(encoding), path="fa.txt") == PERSIAN


def test_binary_is_still_binary() -> None:
    with pytest.raises(IngestError):
        decode_bytes(bytes(range(256)) * 40, path="x.bin")
    with pytest.raises(IngestError):
        decode_bytes(bytes(4096), path="zeros.bin")


def test_a_page_with_a_20_mb_attribute_says_so() -> None:
    body = "".join(f"<p>{row}</p>" for row in ROWS)
    html = f'<html><body><div data-x="{"A" * 20_000_000}"></div><article>{body}</article></body></html>'
    with pytest.raises(IngestError) as caught:
        extract_html(html, source="page.html")
    assert "attribute" in caught.value.reason and "20,000,000" in caught.value.reason


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    from refrain.web import create_app

    db = tmp_path_factory.mktemp("web") / "s.duckdb"
    with Store(db) as store:
        store.add_documents([Document(text=ROWS[0], source="a.txt")])
    with TestClient(create_app(str(db))) as c:
        yield c


@pytest.mark.parametrize("url", ["/search?q=", "/documents?outlet=", "/nowhere/"])
def test_an_error_page_does_not_echo_a_huge_request(client: TestClient, url: str) -> None:
    payload = "Q" * 60_000  # near the longest URL the test client sends
    answer = client.get(url + payload)
    assert 400 <= answer.status_code < 500
    assert payload[:5000] not in answer.text and len(answer.content) < 20_000


def test_an_error_about_a_record_whose_key_holds_a_newline_is_one_line() -> None:
    from refrain.errors import IngestError

    error = IngestError("feed.rss#https://a.example/\nx", "feed entry has no content or summary")
    assert str(error) == "feed.rss#https://a.example/\\nx: feed entry has no content or summary"
    assert error.path.endswith("\nx")  # the key itself is kept as read
