"""read_paths / read_file: every reader on tiny invented inputs, and bad input as IngestError values."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from refrain.document import Document
from refrain.errors import IngestError
from refrain.ingest import read_file, read_paths
from refrain.settings import Limits

PARAGRAPHS = [
    "The harbour authority said on Tuesday that the new quay would open in the spring, two years later than planned.",
    "“We had to rebuild the foundations twice,” the authority’s director, Lena Varga, told reporters at the site.",
    "Shipping companies welcomed the news but said the delay had already cost them several contracts with inland firms.",
    "The council will vote next week on whether to extend the night shifts that the builders asked for in January.",
]

ARTICLE_HTML = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>New Quay Opens in Spring | Harbour Post</title>
<meta property="og:title" content="New Quay Opens in Spring">
<meta property="og:site_name" content="Harbour Post">
<meta name="author" content="Tom Reyes">
<meta property="article:published_time" content="2023-03-14T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>New Quay Opens in Spring</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<footer>Copyright 2023 Harbour Post. All rights reserved.</footer>
</body></html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Harbour Post</title><link>https://harbour.example/</link><description>News</description>
<item><title>Quay delayed</title><link>https://harbour.example/quay</link>
<guid>quay-1</guid><pubDate>Tue, 14 Mar 2023 09:30:00 GMT</pubDate>
<description>&lt;p&gt;The new quay will open in the spring.&lt;/p&gt;&lt;p&gt;Builders asked for night shifts.&lt;/p&gt;</description></item>
<item><title>Ferry fares</title><link>https://harbour.example/fares</link>
<pubDate>Wed, 15 Mar 2023 10:00:00 GMT</pubDate>
<description>Ferry fares rise by five percent in April.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Valley Times</title><id>urn:valley</id><updated>2023-05-01T00:00:00Z</updated>
<entry><title>Dam inspected</title><id>urn:valley:dam</id>
<link href="https://valley.example/dam"/><published>2023-05-01T08:00:00Z</published>
<author><name>Ida Kern</name></author>
<content type="html">&lt;p&gt;Engineers inspected the dam on Monday and found no cracks.&lt;/p&gt;</content></entry>
</feed>
"""


def write(folder, name, data):
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(path)


def only_documents(items):
    return [item for item in items if isinstance(item, Document)]


def only_errors(items):
    return [item for item in items if isinstance(item, IngestError)]


# --- readers -----------------------------------------------------------------------------------


def test_plain_text_is_the_decoded_file_exactly(tmp_path):
    text = "Quay Delayed\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    path = write(tmp_path, "quay.txt", text)
    [document] = read_file(path)
    assert document.text == text.strip()
    assert text[document.start : document.end] == document.text
    assert document.title == "Quay Delayed"
    assert document.source == path and document.key is None and document.language == "en"


def test_unknown_extension_is_sniffed_as_text(tmp_path):
    path = write(tmp_path, "NOTES", "\n\n".join(PARAGRAPHS))
    [document] = read_file(path)
    assert document.text.startswith("The harbour authority")


@pytest.mark.parametrize("name", ["quay.html", "quay.htm", "quay.html.gz"])
def test_html_article_and_metadata(tmp_path, name):
    data = ARTICLE_HTML.encode()
    path = write(tmp_path, name, gzip.compress(data) if name.endswith(".gz") else data)
    [document] = read_file(path)
    for paragraph in PARAGRAPHS:
        assert paragraph in document.text
    assert "Home" not in document.text and "Copyright" not in document.text
    assert not document.text.startswith("New Quay")  # the headline is the title, not the body
    assert document.title == "New Quay Opens in Spring"
    assert document.date == "2023-03-14"
    assert document.author == "Tom Reyes"
    assert document.outlet == "Harbour Post"
    assert document.language == "en"
    assert document.start is None and document.end is None


def warc_bytes(records):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for uri, content_type, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
        )
    return buffer.getvalue()


def test_warc_response_records_keyed_by_uri(tmp_path):
    data = warc_bytes(
        [
            ("https://harbour.example/quay", "text/html; charset=utf-8", ARTICLE_HTML.encode()),
            ("https://harbour.example/logo.png", "image/png", b"\x89PNG\r\n"),
            ("https://harbour.example/quay2", "text/html", ARTICLE_HTML.replace("spring", "summer").encode()),
        ]
    )
    path = write(tmp_path, "crawl.warc.gz", data)
    documents = read_file(path)
    assert [d.key for d in documents] == ["https://harbour.example/quay", "https://harbour.example/quay2"]
    assert [d.index for d in documents] == [0, 1]
    assert documents[0].url == "https://harbour.example/quay"
    assert documents[0].name == f"{path}#https://harbour.example/quay"
    assert "open in the summer" in documents[1].text


def test_rss_entries(tmp_path):
    path = write(tmp_path, "feed.rss", RSS)
    first, second = read_file(path)
    assert first.text == "The new quay will open in the spring.\n\nBuilders asked for night shifts."
    assert (first.title, first.url, first.date, first.outlet, first.key) == (
        "Quay delayed",
        "https://harbour.example/quay",
        "2023-03-14",
        "Harbour Post",
        "quay-1",
    )
    assert second.key == "https://harbour.example/fares"  # no guid: the link is the key
    assert second.text == "Ferry fares rise by five percent in April."


def test_atom_entries_and_xml_feed_extension(tmp_path):
    for name in ("feed.atom", "feed.xml"):
        [entry] = read_file(write(tmp_path, name, ATOM))
        assert entry.text == "Engineers inspected the dam on Monday and found no cracks."
        assert (entry.title, entry.author, entry.date, entry.outlet, entry.key) == (
            "Dam inspected",
            "Ida Kern",
            "2023-05-01",
            "Valley Times",
            "urn:valley:dam",
        )


def test_xml_that_is_not_a_feed_is_an_error(tmp_path):
    path = write(tmp_path, "data.xml", "<?xml version='1.0'?><inventory><item>bolts</item></inventory>")
    with pytest.raises(IngestError, match="not an RSS/Atom feed"):
        read_file(path)


def test_jsonl_records_with_a_broken_line(tmp_path):
    lines = [
        json.dumps(
            {
                "id": "a1",
                "text": PARAGRAPHS[0],
                "url": "https://www.harbour.example/a1",
                "date": "2023-03-14T10:00:00",
            }
        ),
        '{"id": "a2", "text": "unterminated',
        json.dumps(
            {"text": PARAGRAPHS[1], "title": "Director speaks", "outlet": "Harbour Post", "author": "T. R."}
        ),
        json.dumps({"id": 7, "html": ARTICLE_HTML}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "empty", "text": "  "}),
    ]
    path = write(tmp_path, "news.jsonl", "\n".join(lines) + "\n")
    items = list(read_paths([path]))
    documents, errors = only_documents(items), only_errors(items)
    assert [d.key for d in documents] == ["a1", "3", "7"]
    assert [d.index for d in documents] == [0, 1, 2]
    assert documents[0].date == "2023-03-14" and documents[0].outlet == "harbour.example"
    assert (documents[1].title, documents[1].outlet, documents[1].author) == (
        "Director speaks",
        "Harbour Post",
        "T. R.",
    )
    assert documents[2].title == "New Quay Opens in Spring" and PARAGRAPHS[2] in documents[2].text
    assert [e.path for e in errors] == [f"{path}:line 2", f"{path}:line 5", f"{path}:line 6"]
    assert "broken JSON" in errors[0].reason
    with pytest.raises(IngestError, match="line 2"):
        read_file(path)


def test_jsonl_gz_and_ndjson(tmp_path):
    record = json.dumps({"id": "x", "text": PARAGRAPHS[0]}).encode()
    assert read_file(write(tmp_path, "a.jsonl.gz", gzip.compress(record)))[0].key == "x"
    assert read_file(write(tmp_path, "a.ndjson", record))[0].key == "x"


def test_csv_and_tsv_rows(tmp_path):
    csv_text = (
        'id,title,text,date\nr1,Quay,"' + PARAGRAPHS[0] + '",14 March 2023\n,Fares,"Line one,\nline two",\n'
    )
    first, second = read_file(write(tmp_path, "rows.csv", csv_text))
    assert (first.key, first.title, first.date, first.text) == ("r1", "Quay", "2023-03-14", PARAGRAPHS[0])
    assert (second.key, second.text) == ("2", "Line one,\nline two")
    [row] = read_file(write(tmp_path, "rows.tsv", "Text\tURL\n" + PARAGRAPHS[3] + "\thttps://x.example/1\n"))
    assert row.url == "https://x.example/1" and row.key == "1"


def test_csv_without_a_text_column_is_an_error_for_the_file(tmp_path):
    path = write(tmp_path, "people.csv", "name,age\nAna,31\n")
    with pytest.raises(IngestError) as caught:
        read_file(path)
    assert str(caught.value) == f"{path}: CSV has no 'text' or 'html' column (columns: name, age)"


def test_stdin_is_read_when_the_path_is_a_dash():
    script = (
        "from refrain.ingest import read_paths\n"
        "for item in read_paths(['-']):\n"
        "    print(type(item).__name__, item.source, item.title)\n"
    )
    text = "Quay Delayed\n\n" + PARAGRAPHS[0]
    result = subprocess.run(
        [sys.executable, "-c", script], input=text.encode(), capture_output=True, check=True, timeout=60
    )
    assert result.stdout.decode().split() == ["Document", "-", "Quay", "Delayed"]


# --- folders -----------------------------------------------------------------------------------


def test_folders_are_walked_sorted_skipping_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    write(tmp_path / "b", "2.txt", PARAGRAPHS[1])
    write(tmp_path, "a.txt", PARAGRAPHS[0])
    write(tmp_path, ".hidden.txt", PARAGRAPHS[2])
    write(tmp_path / ".git", "c.txt", PARAGRAPHS[3])
    sources = [d.source for d in read_paths([str(tmp_path)])]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt")]


def test_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "inner").mkdir()
    write(tmp_path / "inner", "a.txt", PARAGRAPHS[0])
    os.symlink(tmp_path, tmp_path / "inner" / "loop")
    os.symlink(tmp_path / "self", tmp_path / "self")  # a link to itself
    items = list(read_paths([str(tmp_path)]))
    assert len(only_documents(items)) == 1
    [error] = only_errors(items)
    assert error.path.endswith("self") and "symbolic links" in error.reason


def test_missing_path_is_an_error_value():
    [error] = list(read_paths(["/no/such/place.txt"]))
    assert str(error) == "/no/such/place.txt: no such file or directory"


# --- bad input ---------------------------------------------------------------------------------


def truncated_warc():
    data = warc_bytes([("https://harbour.example/quay", "text/html", ARTICLE_HTML.encode())])
    return gzip.decompress(data)[:-300]


def lying_warc():
    body = ARTICLE_HTML.encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    header = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://harbour.example/q\r\n"
        "WARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2023-03-14T00:00:00Z\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http) * 3}\r\n\r\n"
    ).encode()
    return header + http


BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b" \n\t\n", "empty file"),
    "binary.txt": (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4, "binary"),
    "noise.dat": (bytes(range(1, 9)) * 300, "binary or undecodable"),
    "truncated.txt.gz": (gzip.compress(("\n".join(PARAGRAPHS) * 50).encode())[:-40], "truncated gzip"),
    "corrupt.html.gz": (b"\x1f\x8b\x08\x00" + b"\xff" * 64, "corrupt gzip"),
    "truncated.warc": (truncated_warc(), "WARC"),
    "lying.warc": (lying_warc(), "WARC"),
    "notawarc.warc": (b"HELLO this is not a warc file at all\r\n\r\n", "WARC"),
    "deep.html": (
        b"<html><body>" + b"<div>" * 200_000 + b"text" + b"</div>" * 200_000,
        "nested deeper than 5000",
    ),
    "nohtml.html": (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gives_one_line_error_while_good_files_are_read(tmp_path, name):
    data, reason = BAD_INPUTS[name]
    write(tmp_path, "a_good.txt", PARAGRAPHS[0])
    bad = write(tmp_path, name, data)
    write(tmp_path, "z_good.txt", PARAGRAPHS[1])
    items = list(read_paths([str(tmp_path)]))
    assert [d.text for d in only_documents(items)] == [PARAGRAPHS[0], PARAGRAPHS[1]]
    [error] = only_errors(items)
    assert error.path.startswith(bad) and reason in error.reason  # "path" or "path#record"
    assert "\n" not in str(error) and str(error) == f"{error.path}: {error.reason}"


def test_file_over_the_size_limit(tmp_path):
    path = write(tmp_path, "big.txt", "word " * 1000)
    with pytest.raises(IngestError, match=r"over the limit of 1,000 \(Limits.max_file_bytes\)"):
        read_file(path, limits=Limits(max_file_bytes=1000))


def test_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    path = write(tmp_path, "bomb.txt.gz", gzip.compress(b"a" * 5_000_000))
    with pytest.raises(IngestError, match="zip-bomb guard"):
        read_file(path, limits=Limits(max_decompressed_bytes=1_000_000))


def test_html_depth_limit_is_a_setting(tmp_path):
    path = write(
        tmp_path,
        "nested.html",
        "<html><body>" + "<div>" * 60 + "<p>" + PARAGRAPHS[0] + "</p>" + "</div>" * 60,
    )
    with pytest.raises(IngestError, match="nested deeper than 50"):
        read_file(path, limits=Limits(max_html_depth=50))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.binary(max_size=3000),
    name=st.sampled_from(["x.txt", "x.html", "x.warc", "x.rss", "x.jsonl", "x.csv", "x.gz", "x"]),
)
def test_reading_random_bytes_never_raises_anything_but_ingest_error(tmp_path, data, name):
    path = write(tmp_path, name, data)
    try:
        read_file(path)
    except IngestError as error:
        assert "\n" not in str(error)
