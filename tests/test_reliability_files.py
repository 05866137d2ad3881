"""`refrain ingest` on what a crawler brings back: good articles among broken, hostile and huge files.

Run as a user runs it (a subprocess): every good article is kept, every bad file is named on one
line ``Error: <path>: <reason>``, nothing prints a traceback, the exit code is 1, and a second run
adds nothing. Every file is made here, in tmp_path, from invented text (no committed binaries).
"""

from __future__ import annotations

import gzip
import json
import os
import random
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from helpers import error_lines, refrain

from refrain.store import Store

# Invented articles, each long enough to be prose.
GOOD_ARTICLES = {
    "harbour.txt": (
        "The harbour board said on Monday that the northern quay would reopen in March after repairs. "
        "“We expect the first ferries within a week of the reopening,” the board’s chair, Ilse Marnet, told reporters."
    ),
    "orchard.txt": (
        "Farmers in the valley picked 40 percent fewer apples this year after a late frost, the growers' union said. "
        "The union asked the province for an emergency loan of 12 million to cover the lost harvest."
    ),
    "tramway.md": (
        "The city council voted on Thursday to extend the tramway to the airport by 2031. "
        "Opponents said the 900 million plan would leave nothing for buses in the eastern districts."
    ),
}
JSONL_GOOD = [
    {"id": "w1", "text": "The rail union called a two-day strike over pay, its secretary told a rally of 3,000 workers on Friday."},
    {"id": "w2", "text": "Flooding closed 14 schools in the delta region, the education office said, and classes moved online for a week."},
]  # fmt: skip
# Persian as Windows-1256 writes it (Arabic yeh: the Persian one has no cp1256 byte).
PERSIAN = "وزير نيرو گفت که سد کرج تا پايان تابستان پر خواهد شد و کشاورزان نگران آب نباشند. اين خبر را خبرگزاري دولتي منتشر کرد."
HTML_GOOD = (
    "<!DOCTYPE html><html><head><title>Bridge Tolls Rise</title></head><body><article><h1>Bridge Tolls Rise</h1>"
    "<p>The bridge authority will raise tolls by ten percent in May, its director said in a statement on Tuesday.</p>"
    "<p>Hauliers said the rise would be passed on to shoppers within weeks, and asked for a delay until autumn.</p>"
    "</article></body></html>"
)

HUGE_BYTES = 60_000_000  # over the default Limits.max_file_bytes (50 MB)


@dataclass
class HostileFolder:
    root: Path
    good_texts: list[str] = field(default_factory=list)  # texts that must be stored, exactly
    bad: dict[str, str] = field(default_factory=dict)  # path prefix of the error line -> words of its reason
    huge: Path | None = None


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def _warc(uri: str, html: bytes, *, lie_by: int = 0) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{len(uri) % 10}>\r\n"
        f"WARC-Date: 2024-02-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http) + lie_by}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def _zip_bomb() -> bytes:
    """A small gzip file that inflates to 300 MB of zeros (past Limits.max_decompressed_bytes)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1 << 20)
    return b"".join(packer.compress(zeros) for _ in range(300)) + packer.flush()


def _undecodable() -> bytes:
    """Bytes no text encoding makes sense of: control bytes among cp1252's undefined ones."""
    rng = random.Random(9)
    return bytes(rng.choice(b"\x01\x02\x03\x04\x05\x06\x81\x8d\x8f\x90\x9d") for _ in range(5000))


def make_hostile_folder(root: Path, *, huge: bool = True) -> HostileFolder:
    """Good articles mixed with every kind of bad file refrain must survive."""
    root.mkdir(parents=True, exist_ok=True)
    folder = HostileFolder(root)
    for name, text in GOOD_ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
        folder.good_texts.append(text)
    (root / "persian-1256.txt").write_bytes(PERSIAN.encode("cp1256"))  # must be read, not rejected
    folder.good_texts.append(PERSIAN)
    lines = [
        json.dumps(JSONL_GOOD[0]),
        '{"id": "w-broken", "text": "cut off in the mid',
        json.dumps(JSONL_GOOD[1]),
    ]
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    folder.good_texts += [r["text"] for r in JSONL_GOOD]
    folder.bad[f"{root / 'wire.jsonl'}:line 2"] = "broken JSON"
    (root / "bridge.html").write_text(HTML_GOOD, encoding="utf-8")
    good_warc = _warc("https://news.example/tolls", HTML_GOOD.encode())
    (root / "crawl.warc.gz").write_bytes(_gzip(good_warc))

    bad_files: dict[str, tuple[bytes, str]] = {
        "empty.txt": (b"", "empty"),
        "random.bin": (random.Random(8).randbytes(64_000), "binary"),
        "nul-bytes.txt": (b"Some words\x00\x00 then\x00 zeros " * 50, "binary"),
        "undecodable.txt": (_undecodable(), "binary or undecodable"),
        "truncated.txt.gz": (_gzip(GOOD_ARTICLES["orchard.txt"].encode() * 20)[:150], "truncated gzip"),
        "truncated.warc.gz": (_gzip(_warc("https://news.example/cut", HTML_GOOD.encode()))[:200], "truncated"),
        "lying.warc": (_warc("https://news.example/lie", HTML_GOOD.encode(), lie_by=5000), "truncated WARC record"),
        "no-text-column.csv": (b"id,title,body\n1,Hello,World of words here\n", "no 'text' or 'html' column"),
        "deep.html": (b"<html><body>" + b"<div>" * 200_000 + b"deep words" + b"</div>" * 200_000 + b"</body></html>", "nested deeper"),
        "bomb.txt.gz": (_zip_bomb(), "zip-bomb guard"),
    }  # fmt: skip
    for name, (data, reason) in bad_files.items():
        (root / name).write_bytes(data)
        folder.bad[str(root / name)] = reason
    folder.bad[f"{root / 'lying.warc'}#https://news.example/lie"] = folder.bad.pop(str(root / "lying.warc"))
    # A symlink pointing at itself (ELOOP) and a folder linking back to its parent (walked once).
    os.symlink("self-loop.txt", root / "self-loop.txt")
    folder.bad[str(root / "self-loop.txt")] = "symbolic links"
    (root / "sub").mkdir()
    os.symlink("..", root / "sub" / "back-to-top")
    if huge:
        folder.huge = root / "huge-one-line.txt"
        words = (b"reservoir council budget farmers said water north ") * (HUGE_BYTES // 50 + 1)
        folder.huge.write_bytes(words[:HUGE_BYTES])
        folder.bad[str(folder.huge)] = "over the limit"
    return folder


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> HostileFolder:
    return make_hostile_folder(tmp_path_factory.mktemp("crawl") / "in")


@pytest.fixture(scope="module")
def ingested(hostile: HostileFolder, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    db = tmp_path_factory.mktemp("db") / "store.duckdb"
    first = refrain("ingest", str(hostile.root), "--db", str(db))
    second = refrain("ingest", str(hostile.root), "--db", str(db))
    return db, [first, second]


def test_every_good_article_is_kept_exactly(hostile: HostileFolder, ingested: tuple[Path, list]) -> None:
    db, _ = ingested
    with Store(db, read_only=True) as store:
        texts = [d.text for d in store.documents()]
    for text in hostile.good_texts:
        assert text in texts, f"lost a good article: {text[:60]!r}"
    assert "Bridge Tolls Rise" not in texts  # titles are stored apart, not in the text
    assert sum("bridge authority will raise tolls" in t for t in texts) == 1  # HTML and WARC copies: once


def test_windows_1256_persian_is_read_not_rejected(
    hostile: HostileFolder, ingested: tuple[Path, list]
) -> None:
    db, _ = ingested
    with Store(db, read_only=True) as store:
        rows = store.query("SELECT text, language FROM documents WHERE source LIKE '%persian-1256.txt'")
    assert rows == [{"text": PERSIAN, "language": "fa"}]


def test_every_bad_file_is_named_once_with_a_reason(
    hostile: HostileFolder, ingested: tuple[Path, list]
) -> None:
    _, (first, _) = ingested
    lines = error_lines(first.stderr)
    for prefix, reason in hostile.bad.items():
        named = [line for line in lines if line.startswith(f"Error: {prefix}: ")]
        assert len(named) == 1, f"{prefix} named {len(named)} times in:\n{first.stderr}"
        assert reason.lower() in named[0].lower(), named[0]
    assert len(lines) == len(hostile.bad), "\n".join(lines)
    # Nothing else on stderr (no library warnings): the error lines, then one summary line.
    others = [line for line in first.stderr.splitlines() if line.strip() and not line.startswith("Error: ")]
    assert len(others) == 1 and others[0].endswith(f"{len(hostile.bad)} files failed"), others
    assert "Traceback" not in first.stderr + first.stdout
    assert first.returncode == 1


def test_errors_are_stored_and_a_rerun_adds_nothing(
    hostile: HostileFolder, ingested: tuple[Path, list]
) -> None:
    db, (first, second) = ingested
    assert second.returncode == 1 and "Traceback" not in second.stderr
    assert error_lines(second.stderr) == error_lines(first.stderr)
    assert ", 0 new," in second.stderr
    with Store(db, read_only=True) as store:
        assert store.count("errors") == len(hostile.bad)
        paths = {r["path"] for r in store.query("SELECT path FROM errors")}
    assert paths == set(hostile.bad)


def test_a_raised_size_limit_reads_the_huge_one_line_file(hostile: HostileFolder, tmp_path: Path) -> None:
    assert hostile.huge is not None
    db = tmp_path / "huge.duckdb"
    run = refrain("ingest", str(hostile.huge), "--db", str(db), "--max-file-bytes", str(HUGE_BYTES + 1))
    assert run.returncode == 0, run.stderr
    with Store(db, read_only=True) as store:
        (length,) = store.con.execute("SELECT length(text) FROM documents").fetchone()
    # One article: the text without the trailing space the repeated words leave.
    assert length == len(hostile.huge.read_bytes().rstrip())


def test_stdin_garbage_is_one_error_line() -> None:
    run = refrain("extract", "-", input=b"\x00\x01\x02" * 1000, timeout=120)
    assert run.returncode == 1
    assert run.stderr.decode().strip().splitlines() == ["Error: -: binary data (NUL bytes), not text [E105]"]
