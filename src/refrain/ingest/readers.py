"""Readers for one file's bytes: plain text, HTML, WARC and RSS/Atom feeds.

Each reader is a generator of Documents and IngestError values (a record that fails does not
stop its neighbours); a failure of the whole file is raised as IngestError.
"""

from __future__ import annotations

import calendar
import contextlib
import io
import re
import time
from collections.abc import Iterator
from typing import Any

from refrain.document import Document
from refrain.errors import Errors, IngestError
from refrain.ingest.archive import split_archive
from refrain.ingest.encoding import decode_bytes
from refrain.ingest.extraction import extract_html, html_to_text
from refrain.ingest.language import detect_language
from refrain.settings import Limits

Item = Document | IngestError

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)


def read_text(data: bytes, source: str, limits: Limits) -> Iterator[Item]:
    """A plain-text file: one Document per article slice, ``text == decoded[start:end]``."""
    text = decode_bytes(data, path=source)
    slices = split_archive(text)
    if not slices:
        raise IngestError(source, Errors.E125)
    for index, (start, end, title) in enumerate(slices):
        body = text[start:end]
        yield Document(
            text=body,
            source=source,
            index=index,
            title=title,
            language=detect_language(body),
            start=start,
            end=end,
        )


def decode_html(data: bytes, source: str) -> str:
    """HTML bytes to text: the declared charset when the bytes are not UTF-8, else decode_bytes."""
    declared = _META_CHARSET_RE.search(data[:4096])
    if declared and b"\x00" not in data[:4096]:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_bytes(data, path=source)


def read_html(data: bytes, source: str, limits: Limits) -> Iterator[Item]:
    documents = extract_html(decode_html(data, source), source=source, limits=limits)
    if not documents:
        raise IngestError(source, Errors.E126)
    yield from documents


def read_warc(data: bytes, source: str, limits: Limits) -> Iterator[Item]:
    """Each HTTP response (or resource) record with an HTML payload, keyed by its target URI."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not data.lstrip().startswith(b"WARC/"):
        raise IngestError(source, Errors.E127)
    index = records = html_records = 0
    try:
        for record in _quiet_records(ArchiveIterator(io.BytesIO(data))):
            if record.rec_type not in ("response", "resource"):
                continue
            records += 1
            if records > limits.max_records:
                yield IngestError(source, Errors.E128, limit=limits.max_records, things="records")
                return
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"record-{records}"
            content_type = (
                record.http_headers.get_header("Content-Type") if record.http_headers else None
            ) or record.rec_headers.get_header("Content-Type", "")
            if "html" not in content_type.lower():
                continue
            html_records += 1
            payload = record.content_stream().read()
            missing = getattr(record.raw_stream, "limit", 0)
            if missing > 0:  # the record declares more bytes than the file holds
                yield IngestError(f"{source}#{uri}", Errors.E129, missing=missing)
                return
            try:
                documents = extract_html(
                    decode_html(payload, f"{source}#{uri}"), url=uri, source=source, limits=limits
                )
            except IngestError as error:
                yield error.at(f"{source}#{uri}")
                continue
            if not documents:
                yield IngestError(f"{source}#{uri}", Errors.E126)
            for document in documents:
                document.index, document.key = index, uri
                index += 1
                yield document
    except ArchiveLoadFailed as error:
        raise IngestError(source, Errors.E130, records=records, detail=_first_line(error)) from None
    except (EOFError, ValueError, OSError, AttributeError, TypeError, KeyError, IndexError) as error:
        # warcio trips over records missing required headers (AttributeError on a None URI).
        raise IngestError(source, Errors.E131, records=records, kind=type(error).__name__) from None
    if html_records == 0:
        raise IngestError(source, Errors.E132, records=records)


def _quiet_records(archive: Iterator[Any]) -> Iterator[Any]:
    """warcio's records, without the warnings it writes straight to stderr (one line per failure is ours)."""
    records = iter(archive)
    while True:
        with contextlib.redirect_stderr(io.StringIO()):  # only while warcio reads, never across a yield
            record = next(records, None)
        if record is None:
            return
        yield record


def read_feed(data: bytes, source: str, limits: Limits) -> Iterator[Item]:
    """One Document per RSS/Atom entry: content (or summary) as text, the feed's title as outlet."""
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except ValueError as error:  # an encoding name with a NUL in it, and the like
        raise IngestError(source, Errors.E133, detail=f" ({_first_line(error)})") from None
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        raise IngestError(source, Errors.E133, detail=f" ({_first_line(problem)})" if problem else "")
    outlet = parsed.feed.get("title") or None
    for index, entry in enumerate(parsed.entries[: limits.max_records]):
        key = entry.get("id") or entry.get("link") or str(index)
        html = ""
        if entry.get("content"):
            html = max((part.get("value", "") for part in entry.content), key=len)
        html = html or entry.get("summary", "")
        try:
            text = html_to_text(html, limits=limits, name=f"{source}#{key}")
        except IngestError as error:
            yield error
            continue
        if not text:
            yield IngestError(f"{source}#{key}", Errors.E134)
            continue
        yield Document(
            text=text,
            source=source,
            index=index,
            title=entry.get("title") or None,
            date=_struct_date(entry.get("published_parsed") or entry.get("updated_parsed")),
            author=entry.get("author") or None,
            outlet=outlet,
            language=detect_language(text),
            url=entry.get("link") or None,
            key=key,
        )


def _struct_date(value: time.struct_time | None) -> str | None:
    if not value:
        return None
    try:
        return time.strftime("%Y-%m-%d", time.gmtime(calendar.timegm(value)))
    except (OverflowError, ValueError, TypeError):
        return None


def _first_line(error: object) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:200]
