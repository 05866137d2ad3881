"""Readers for record files: JSON Lines and CSV/TSV, one Document per record.

Fields: ``text`` or ``html`` (required), and optionally ``id``, ``url``, ``title``, ``date``,
``outlet``, ``author``. The key is the id, else the line (JSONL) or row (CSV) number.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from refrain.document import Document
from refrain.errors import Errors, IngestError
from refrain.ingest.encoding import decode_bytes
from refrain.ingest.extraction import extract_html, html_to_text
from refrain.ingest.language import detect_language
from refrain.settings import Limits

Item = Document | IngestError

_ISO_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def read_jsonl(data: bytes, source: str, limits: Limits) -> Iterator[Item]:
    index = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if number > limits.max_records:
            yield IngestError(source, Errors.E128, limit=limits.max_records, things="lines")
            return
        if not raw.strip():
            continue
        where = f"{source}:line {number}"
        try:
            record = json.loads(raw)
        except (ValueError, RecursionError) as error:
            reason = error.msg if isinstance(error, json.JSONDecodeError) else type(error).__name__
            yield IngestError(where, Errors.E135, reason=reason)
            continue
        if not isinstance(record, dict):
            yield IngestError(where, Errors.E136, kind=type(record).__name__)
            continue
        item = _record_document(record, source, where, index, str(number), limits)
        if isinstance(item, Document):
            index += 1
        yield item


def read_csv(data: bytes, source: str, limits: Limits, *, delimiter: str = ",") -> Iterator[Item]:
    text = decode_bytes(data, path=source)
    csv.field_size_limit(limits.max_field_bytes)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        columns = [name.strip().lower() for name in reader.fieldnames or []]
    except csv.Error as error:
        raise IngestError(source, Errors.E137, error=error) from None
    if "text" not in columns and "html" not in columns:
        shown = ", ".join(columns[:10]) or "none"
        raise IngestError(source, Errors.E138, columns=shown)
    reader.fieldnames = columns
    index = 0
    number = 1
    while True:
        first_line = reader.line_num + 1  # where the next record starts
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            # This record only: the reader starts afresh on the next line, so later rows are read.
            yield IngestError(f"{source}:line {first_line}", Errors.E139, error=error)
            number += 1
            continue
        number += 1
        if number > limits.max_records + 1:
            yield IngestError(source, Errors.E128, limit=limits.max_records, things="rows")
            return
        item = _record_document(
            row, source, f"{source}:line {reader.line_num}", index, str(number - 1), limits
        )
        if isinstance(item, Document):
            index += 1
        yield item


def _record_document(
    record: Mapping[str, Any], source: str, where: str, index: int, number: str, limits: Limits
) -> Item:
    key = _text(record.get("id")) or number
    url = _text(record.get("url"))
    text = _text(record.get("text"))
    extracted: Document | None = None
    if not text and _text(record.get("html")):
        html = _text(record.get("html")) or ""
        try:
            found = extract_html(html, url=url, source=source, limits=limits)
            extracted = found[0] if found else None
            text = extracted.text if extracted else html_to_text(html, limits=limits, name=where)
        except IngestError as error:
            return error.at(where)
    if not text or not text.strip():
        return IngestError(where, Errors.E141)
    return Document(
        text=text,
        source=source,
        index=index,
        title=_text(record.get("title")) or (extracted.title if extracted else None),
        date=iso_date(record.get("date")) or (extracted.date if extracted else None),
        author=_text(record.get("author")) or (extracted.author if extracted else None),
        outlet=_text(record.get("outlet")) or (extracted.outlet if extracted else None) or _domain(url),
        language=_text(record.get("language")) or detect_language(text),
        url=url,
        key=key,
    )


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value)
    return text if text.strip() else None


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def iso_date(value: Any) -> str | None:
    """A record's date as ISO YYYY-MM-DD, or None when it cannot be read.

    >>> iso_date("2019-04-24T10:00:00Z"), iso_date("24 April 2019"), iso_date("soon")
    ('2019-04-24', '2019-04-24', None)
    """
    text = _text(value)
    if text is None:
        return None
    match = _ISO_DATE_RE.match(text.strip())
    if match:
        return match.group(0)
    import dateparser  # slow to import: only when a date is not already ISO

    try:
        parsed = dateparser.parse(text, settings={"STRICT_PARSING": True})
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date().isoformat() if parsed else None
