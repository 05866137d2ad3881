"""Fuzzing every reader through ``refrain.ingest``: random and mutated files never raise.

Each example is a file on disk (as a crawler leaves it): a valid seed of one format (text, HTML,
JSONL, CSV, RSS, WARC, any of them gzipped), mutated by flipping, cutting, repeating and splicing
hostile bytes into it, or plain random bytes. ``iter_file`` must yield only Documents and
IngestError values (never raise), ``read_file`` must raise nothing but IngestError, and every
Document must be well formed: non-empty text, offsets that fit it, a one-line error otherwise.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from refrain.document import Document
from refrain.errors import IngestError
from refrain.ingest import iter_file, read_file
from refrain.settings import Limits

BODY = (
    "“The quay reopens in March,” Ilse Marnet, the board chair, said on Tuesday. "
    "Officials said 40 workers were hired for the repairs, about 12 percent more than planned."
)
HTML = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Quay Reopens</title>"
    "<meta name='author' content='Tom Reyes'></head><body><nav><a href='/'>Home</a></nav>"
    f"<article><h1>Quay Reopens</h1><p>{BODY}</p><p>{BODY[::-1]}</p></article></body></html>"
)
RSS = (
    "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Harbour Post</title>"
    f"<item><title>Quay</title><link>https://h.example/q</link><description>{BODY}</description></item>"
    "<item><title>Ferries</title><guid>f-1</guid><description>&lt;p&gt;Fares rise.&lt;/p&gt;</description></item>"
    "</channel></rss>"
)


def _warc(html: str) -> bytes:
    http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html).encode()
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://h.example/q\r\n"
        "WARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


SEEDS: dict[str, bytes] = {
    "a.txt": f"Tag One, Tag Two, Tag Three\n\nQuay Reopens\n\n{BODY}\n\nContinue Reading\n\nFerries\n\n{BODY}\n".encode(),
    "a.html": HTML.encode(),
    "a.jsonl": "\n".join(json.dumps({"id": i, "text": BODY, "title": "T", "date": "2024-03-01"}) for i in range(3)).encode(),
    "a.csv": b'id,title,text\n1,Quay,"' + BODY.encode() + b'"\n2,"Two, with comma","Second ""quoted"" body here"\n',
    "a.rss": RSS.encode(),
    "a.warc": _warc(HTML),
    "b.txt": BODY.encode("cp1256", "replace"),
    "c.txt": BODY.encode("utf-16"),
}  # fmt: skip
HOSTILE = [b"\x00", b"\xff\xfe", b"<div>" * 50, b"</p>", b'"', b"\n", b"\r\n\r\n", b"{", b"}", b",", b"\x1f\x8b",
           b"WARC/1.0\r\n", b"Content-Length: 999999\r\n", b"<![CDATA[", b"&#x0;", b"\xe2\x80", b"\xd9\x85",
           "«»“”„‘’".encode(), b"\\u0000", b"<script>", b"]]>", b"\t"]  # fmt: skip


@st.composite
def mutated_file(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(SEEDS)))
    data = bytearray(SEEDS[name])
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "repeat", "delete"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[at:]
        elif op == "insert":
            data[at:at] = draw(st.sampled_from(HOSTILE))
        elif op == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 200))] * draw(st.integers(2, 20))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 50))]
    if draw(st.booleans()):
        gz = gzip.compress(bytes(data), mtime=0)
        data = bytearray(gz[: draw(st.integers(len(gz) // 2, len(gz)))])  # sometimes truncated
        name += ".gz"
    return name, bytes(data)


def check_items(path: Path, limits: Limits) -> None:
    for item in iter_file(str(path), limits=limits):
        if isinstance(item, IngestError):
            assert "\n" not in str(item) and item.reason, repr(item)
            assert str(item).startswith(str(path)), str(item)
            # The catch-all in iter_file keeps a run going, but a reader should name the problem.
            assert not item.reason.startswith("unexpected"), str(item)
            continue
        assert isinstance(item, Document)
        assert item.text.strip(), "a Document with no text"
        if item.start is not None:
            assert 0 <= item.start <= item.end and item.end - item.start == len(item.text)  # type: ignore[operator]
    try:
        read_file(str(path), limits=limits)
    except IngestError:
        pass


_counter = itertools.count()
# Small limits make the guards themselves part of what is fuzzed.
SMALL_LIMITS = Limits(
    max_file_bytes=200_000, max_html_depth=40, max_decompressed_bytes=300_000, max_records=50
)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-readers")


@FUZZ
@given(mutated_file(), st.sampled_from([Limits(), SMALL_LIMITS]))
def test_mutated_files_of_every_format_never_raise(
    folder: Path, case: tuple[str, bytes], limits: Limits
) -> None:
    name, data = case
    path = folder / f"{next(_counter)}-{name}"
    path.write_bytes(data)
    check_items(path, limits)


@settings(max_examples=60, deadline=None)
@given(
    st.binary(max_size=4000),
    st.sampled_from(["x.txt", "x.html", "x.warc", "x.rss", "x.jsonl", "x.csv", "x.tsv", "x"]),
)
def test_random_bytes_under_any_name_never_raise(folder: Path, data: bytes, name: str) -> None:
    path = folder / f"{next(_counter)}-{name}"
    path.write_bytes(data)
    check_items(path, Limits())


TAGS = ["<div>", "</div>", "<p>", "</p>", "<br>", "<script>", "</script>", "<table><tr><td>", "<!--", "-->",
        "<article>", "</article>", "<h1>", "</h1>", "&amp;", "&#0;", "<![CDATA[", "<svg onload=x>", "<"]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TAGS), st.text(max_size=40)), max_size=60))
def test_random_html_soup_never_raises(folder: Path, parts: list[str]) -> None:
    path = folder / f"{next(_counter)}-soup.html"
    path.write_bytes(("<html><body>" + "".join(parts) + BODY).encode("utf-8", "surrogatepass"))
    check_items(path, Limits())


@settings(max_examples=25, deadline=None)  # dates that are not ISO go through dateparser: slow
@given(
    st.lists(
        st.one_of(st.none(), st.integers(), st.text(max_size=30), st.lists(st.integers(), max_size=3)),
        min_size=1,
        max_size=6,
    )
)
def test_jsonl_records_with_odd_field_types_never_raise(folder: Path, values: list[object]) -> None:
    fields = ["id", "text", "html", "title", "date", "url", "outlet"]
    record = dict(zip(fields, values, strict=False))
    path = folder / f"{next(_counter)}-odd.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps({"text": BODY}) + "\n", encoding="utf-8")
    items = list(iter_file(str(path)))
    assert any(isinstance(i, Document) and i.text == BODY for i in items)  # the good neighbour survives
    check_items(path, Limits())


def test_fuzz_seeds_are_valid_files(folder: Path) -> None:
    # The mutations start from files every reader accepts, so the fuzzing reaches past the sniffing.
    for name, data in SEEDS.items():
        path = folder / f"seed-{name}"
        path.write_bytes(data)
        assert read_file(str(path)), name
    assert io.BytesIO(SEEDS["a.warc"]).read(5) == b"WARC/"
