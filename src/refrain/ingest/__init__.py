"""Reading files into Documents: text, HTML, WARC, RSS/Atom, JSONL, CSV (gzip of any of them).

``read_paths`` is the tolerant entry point: it walks folders and yields a Document for each
article and an IngestError *value* for each file or record that fails, then goes on.
``read_file`` is the strict one: it raises the first IngestError.

>>> from refrain.ingest import decode_bytes, split_archive
>>> decode_bytes(b"caf\\xe9")
'café'
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator

from refrain.document import Document
from refrain.errors import Errors, IngestError
from refrain.ingest.archive import split_archive
from refrain.ingest.encoding import decode_bytes
from refrain.ingest.extraction import extract_html, html_to_text
from refrain.ingest.language import detect_language
from refrain.ingest.loading import kind_of, read_bytes, sniff, unpack, walk
from refrain.ingest.readers import read_feed, read_html, read_text, read_warc
from refrain.ingest.tabular import read_csv, read_jsonl
from refrain.settings import DEFAULT_LIMITS, Limits

__all__ = [
    "decode_bytes",
    "detect_language",
    "extract_html",
    "html_to_text",
    "iter_file",
    "read_file",
    "read_paths",
    "split_archive",
]

Item = Document | IngestError
Reader = Callable[[bytes, str, Limits], Iterator[Item]]

_READERS: dict[str, Reader] = {
    "text": read_text,
    "html": read_html,
    "warc": read_warc,
    "feed": read_feed,
    "jsonl": read_jsonl,
    "csv": read_csv,
    "tsv": lambda data, source, limits: read_csv(data, source, limits, delimiter="\t"),
}

STDIN = "-"


def read_paths(paths: Iterable[str], *, limits: Limits = DEFAULT_LIMITS) -> Iterator[Document | IngestError]:
    """Documents from files and folders (walked recursively, sorted; '-' is stdin).

    Yields an IngestError value for every file or record that fails, and goes on with the rest.
    """
    for path in walk(paths):
        if isinstance(path, IngestError):
            yield path
        else:
            yield from iter_file(path, limits=limits)


def read_file(path: str, *, limits: Limits = DEFAULT_LIMITS) -> list[Document]:
    """All Documents of one file; raises the first IngestError (of the file or of a record in it)."""
    documents: list[Document] = []
    for item in iter_file(path, limits=limits):
        if isinstance(item, IngestError):
            raise item
        documents.append(item)
    return documents


def iter_file(path: str, *, limits: Limits = DEFAULT_LIMITS) -> Iterator[Document | IngestError]:
    """Documents of one file, with IngestError values for what fails; never raises."""
    try:
        if path == STDIN:
            data = unpack(sys.stdin.buffer.read(limits.max_file_bytes + 1), path, limits)
            kind = sniff(data)
        else:
            data = read_bytes(path, limits)
            kind = kind_of(path, data)
        yield from _READERS[kind](data, path, limits)
    except IngestError as error:
        yield error
    except RecursionError:
        yield IngestError(path, Errors.E101)
    except MemoryError:
        yield IngestError(path, Errors.E102)
    except Exception as error:  # noqa: BLE001 - last resort: one odd file must never stop the rest
        detail = (str(error).strip().splitlines() or [""])[0][:200]
        yield IngestError(
            path, Errors.E100, kind=type(error).__name__, detail=f": {detail}" if detail else ""
        )
