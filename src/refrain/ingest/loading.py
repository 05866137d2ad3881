"""Getting a file's bytes safely: size limit, gzip with a decompression cap, kind sniffing, folder walks."""

from __future__ import annotations

import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from refrain.errors import Errors, IngestError, Message
from refrain.settings import Limits

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20

# File kinds by (lower-cased) extension, after a ".gz" is taken off.
_KIND_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".warc": "warc",
    ".arc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
}


def read_bytes(path: str, limits: Limits) -> bytes:
    """The file's bytes, gunzipped when they are gzip; IngestError for anything over the limits."""
    try:
        size = os.stat(path).st_size
        if size > limits.max_file_bytes:
            raise IngestError(path, Errors.E110, size=size, limit=limits.max_file_bytes)
        with open(path, "rb") as handle:
            data = handle.read(limits.max_file_bytes + 1)
    except IsADirectoryError:
        raise IngestError(path, Errors.E112) from None
    except FileNotFoundError:
        raise IngestError(path, Errors.E113) from None
    except PermissionError:
        raise IngestError(path, Errors.E114) from None
    except OSError as error:
        raise IngestError(path, Errors.E115, reason=error.strerror or error) from None
    return unpack(data, path, limits)


def unpack(data: bytes, path: str, limits: Limits) -> bytes:
    """Check size and emptiness; gunzip gzip data with a cap on the inflated size."""
    if len(data) > limits.max_file_bytes:
        raise IngestError(path, Errors.E111, limit=limits.max_file_bytes)
    if not data.strip():
        raise IngestError(path, Errors.E103)
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, path, limits.max_decompressed_bytes)
        if not data.strip():
            raise IngestError(path, Errors.E104)
    return data


def gunzip(data: bytes, path: str, cap: int) -> bytes:
    """Inflate every gzip member of ``data``, refusing more than ``cap`` bytes out (zip-bomb guard)."""
    out = bytearray()
    rest = data
    while rest:
        inflater = zlib.decompressobj(wbits=31)
        pending = rest
        try:
            while not inflater.eof:
                chunk = inflater.decompress(pending, cap + 1 - len(out))
                pending = inflater.unconsumed_tail
                out += chunk
                if len(out) > cap:
                    raise IngestError(path, Errors.E116, cap=cap)
                if not chunk and not pending:
                    break
        except zlib.error as error:
            raise IngestError(path, Errors.E117, error=error) from None
        if not inflater.eof:
            raise IngestError(path, Errors.E118)
        rest = inflater.unused_data
        if not rest.strip(b"\x00"):
            break  # trailing padding after the last member
        if not rest.startswith(GZIP_MAGIC):
            raise IngestError(path, Errors.E119)
    return bytes(out)


def kind_of(name: str, data: bytes) -> str:
    """The reader a file needs: from its extension, else from a sniff of its first bytes."""
    lowered = name.lower().removesuffix(".gz").removesuffix(".gzip")
    kind = _KIND_BY_SUFFIX.get(Path(lowered).suffix)
    if kind is not None:
        return kind
    return sniff(data)


def sniff(data: bytes) -> str:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith((b"<rss", b"<feed", b"<rdf:rdf")) or (
        head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head)
    ):
        return "feed"
    if (
        head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))
        or b"<body" in head
        or b"<html" in head
    ):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def walk(paths: Iterable[str]) -> Iterator[str | IngestError]:
    """Files under ``paths`` in sorted order; '-' passes through; hidden files and symlink loops are skipped."""
    seen_dirs: set[tuple[int, int]] = set()
    for path in paths:
        if path == "-":
            yield path
            continue
        info = _stat(path, missing=Errors.E120)
        if isinstance(info, IngestError):
            yield info
        elif stat.S_ISDIR(info.st_mode):
            yield from _walk_dir(path, info, seen_dirs)
        else:
            yield path


def _stat(path: str, *, missing: Message) -> os.stat_result | IngestError:
    """``os.stat(path)``, or the error to report: a broken symlink, ``missing``, or unreadable."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return IngestError(path, Errors.E121 if os.path.islink(path) else missing)
    except OSError as error:
        return IngestError(path, Errors.E115, reason=error.strerror or error)


def _walk_dir(
    path: str, info: os.stat_result, seen_dirs: set[tuple[int, int]]
) -> Iterator[str | IngestError]:
    identity = (info.st_dev, info.st_ino)
    if identity in seen_dirs:
        return  # a symlink loop or a folder reached twice: read it once
    seen_dirs.add(identity)
    try:
        names = sorted(os.listdir(path))
    except OSError as error:
        yield IngestError(path, Errors.E122, reason=error.strerror or error)
        return
    for name in names:
        if name.startswith("."):
            continue
        child = os.path.join(path, name)
        child_info = _stat(child, missing=Errors.E123)  # listed a moment ago: it vanished
        if isinstance(child_info, IngestError):
            yield child_info
        elif stat.S_ISDIR(child_info.st_mode):
            yield from _walk_dir(child, child_info, seen_dirs)
        elif stat.S_ISREG(child_info.st_mode):
            yield child
        else:
            yield IngestError(child, Errors.E124)
