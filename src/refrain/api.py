"""The Python API behind the `refrain` command: one function a command, with the same name.

The command line only parses options, calls one of these and prints what it returns; whatever
refrain decides (how files become documents in the store, how a document is named, where an
offset points) is decided here or below, so that a script gets exactly what the command prints.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> (folder / "news").mkdir()
>>> _ = (folder / "news" / "a.txt").write_text("“We will reopen the quay,” said Ilse Marnet, the board chair.")
>>> report = ingest([str(folder / "news")], str(folder / "store.duckdb"))
>>> (report.read, report.new, report.failed)
(1, 1, [])
>>> [q["speaker"] for q in quotes([str(folder / "news" / "a.txt")])]
['Ilse Marnet']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from refrain.analyze import analyze, links_fingerprint, refresh_search_index
from refrain.analyze.document import DocumentFailure
from refrain.analyze.files import claim_rows_of, display_name, quote_rows_of, reuse_rows_of, to_source
from refrain.document import Document
from refrain.errors import IngestError
from refrain.settings import DEFAULT_LIMITS, SETTINGS, Limits
from refrain.store import Store
from refrain.store import queries as store_queries

OnError = Callable[[IngestError], None]


def read_documents(
    paths: Iterable[str], *, limits: Limits = DEFAULT_LIMITS, on_error: OnError | None = None
) -> Iterator[Document]:
    """The documents in files and folders (``-``: standard input); each file that cannot be
    read goes to ``on_error`` and is skipped."""
    from refrain.ingest import read_paths

    for item in read_paths(list(paths), limits=limits):
        if isinstance(item, IngestError):
            if on_error:
                on_error(item)
        else:
            yield item


@dataclass
class IngestReport:
    read: int = 0  # articles read
    new: int = 0  # of them, not in the store before
    failed: list[IngestError] = field(default_factory=list)  # files that could not be read


def metadata_defaults(
    *, outlet: str | None = None, date: str | None = None, language: str | None = None
) -> dict[str, str]:
    """The metadata ``ingest`` gives articles that lack it, checked (ValueError with the reason).

    >>> metadata_defaults(outlet=" Harbor Daily ", date="2024-03-04")
    {'outlet': 'Harbor Daily', 'date': '2024-03-04'}
    """
    out: dict[str, str] = {}
    if outlet is not None and outlet.strip():
        out["outlet"] = " ".join(outlet.split())
    if date is not None:
        import datetime as dt

        try:
            out["date"] = dt.date.fromisoformat(date.strip()).isoformat()
        except ValueError:
            raise ValueError(f"--date {date!r} is not a date: give it as YYYY-MM-DD") from None
    if language is not None:
        if not re.fullmatch(r"[a-z]{2,3}", language.strip()):
            raise ValueError(f"--language {language!r} is not a language code (en, fa ...)")
        out["language"] = language.strip()
    return out


def ingest(
    paths: Iterable[str],
    db: str | Path,
    *,
    limits: Limits = DEFAULT_LIMITS,
    on_error: OnError | None = None,
    progress: Callable[[int], None] | None = None,
    fill: dict[str, str] | None = None,
) -> IngestReport:
    """Read files and folders into the store at ``db`` (each article once, by content).

    ``fill`` (from :func:`metadata_defaults`) gives the outlet, date or language of the articles
    whose files do not say them (plain text files); what a file says is never replaced.

    Documents are written ``SETTINGS.batches.ingest`` at a time, the store opened for each batch
    (one transaction) and let go while files are read, so that `refrain serve` can read it
    meanwhile. Files that cannot be read are recorded in the store's errors table, reported to
    ``on_error`` and listed in the report; ``progress(read)`` hears after each batch.
    """
    report = IngestReport()
    Store(db).close()  # create the store, or fail now on a file that is not one

    def failed(error: IngestError) -> None:
        report.failed.append(error)
        if on_error:
            on_error(error)

    def store_batch(docs: list[Document]) -> None:
        with Store(db) as store:
            report.new += store.add_documents(docs)

    batch: list[Document] = []
    for doc in read_documents(paths, limits=limits, on_error=failed):
        missing = {k: v for k, v in (fill or {}).items() if getattr(doc, k) is None}
        batch.append(replace(doc, **missing) if missing else doc)
        report.read += 1
        if len(batch) >= SETTINGS.batches.ingest:
            store_batch(batch)
            batch.clear()
            if progress:
                progress(report.read)
    store_batch(batch)
    with Store(db) as store:
        store.add_errors((f.path, f.reason) for f in report.failed)
    return report


def extract(
    paths: Iterable[str], *, limits: Limits = DEFAULT_LIMITS, on_error: OnError | None = None
) -> Iterator[dict[str, Any]]:
    """The articles found in files, one row each (no store needed)."""
    for d in read_documents(paths, limits=limits, on_error=on_error):
        yield {
            "source": d.source,
            "index": d.index,
            "title": d.title,
            "text": d.text,
            "date": d.date,
            "author": d.author,
            "outlet": d.outlet,
            "language": d.language,
            "url": d.url,
            "start": d.start,
            "end": d.end,
        }


def quotes(
    paths: Iterable[str],
    *,
    on_error: OnError | None = None,
    limits: Limits = DEFAULT_LIMITS,
    on_failure: Callable[[DocumentFailure], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """Quotations in files with their speakers, offsets into the source files. A document whose
    analysis runs over ``limits.max_seconds_per_document`` is skipped and given to ``on_failure``."""
    return quote_rows_of(
        read_documents(paths, on_error=on_error),
        seconds=limits.max_seconds_per_document,
        on_failure=on_failure,
    )


def claims(
    paths: Iterable[str],
    *,
    on_error: OnError | None = None,
    limits: Limits = DEFAULT_LIMITS,
    on_failure: Callable[[DocumentFailure], None] | None = None,
) -> list[dict[str, Any]]:
    """Numeric claims in files, with the conflict groups they form among them (a document over
    ``limits.max_seconds_per_document`` skipped and given to ``on_failure``)."""
    return claim_rows_of(
        read_documents(paths, on_error=on_error),
        seconds=limits.max_seconds_per_document,
        on_failure=on_failure,
    )


def reuse(
    paths: Iterable[str],
    *,
    engine: str = "local",
    master: str = "local[*]",
    memory_mb: float | None = None,
    boilerplate: bool = False,
    on_error: OnError | None = None,
    on_cutoffs: Callable[[str], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """Passages shared between the articles of files, aligned with offsets on both sides
    (``engine="disk"``: the out-of-core engine, its batches sized to ``memory_mb``)."""
    docs = list(read_documents(paths, on_error=on_error))
    return reuse_rows_of(
        docs,
        engine=engine,
        master=master,
        memory_mb=memory_mb,
        boilerplate=boilerplate,
        on_cutoffs=on_cutoffs,
    )


def stored_quotes(db: str | Path, *, speaker: str | None = None) -> list[dict[str, Any]]:
    """The store's quotations (of one speaker: resolved name, alias or entity id)."""
    with Store(db, read_only=True) as store:
        return store_queries.quotes(store, speaker=speaker)


def quote_family(db: str | Path, family: int) -> list[dict[str, Any]]:
    """The members of one cross-language quote family of the store, earliest first."""
    from refrain.store.crosslingual import stored_family

    return stored_family(db, family)


def stored_claims(db: str | Path, *, conflicts_only: bool = False) -> list[dict[str, Any]]:
    """The store's claims (only those in a group whose figures disagree, when asked)."""
    with Store(db, read_only=True) as store:
        return store_queries.claims(store, conflicts_only=conflicts_only)


def speakers(db: str | Path, *, limit: int = 50, kind: str | None = None) -> list[dict[str, Any]]:
    """The store's speakers of one kind, most quoted first: named ones (people, organisations and
    those stored before kinds were) unless ``kind`` says otherwise (person, organisation, document,
    unnamed, unknown, all; ValueError for another)."""
    with Store(db, read_only=True) as store:
        return store_queries.top_speakers(store, limit=limit, kind=kind)


def summary(db: str | Path) -> dict[str, Any]:
    """The store's counts: articles, outlets, dates, quotes, speakers, claims, reuse, conflicts."""
    with Store(db, read_only=True) as store:
        return store_queries.summary(store)


def export(
    db: str | Path, out: str | Path, fmt: str = "jsonl", *, force: bool = False, csv_safe: bool = True
) -> list[Path]:
    """Every table of the store as one file in ``out`` (jsonl, csv or parquet); the files written.

    All or none; existing files refused unless ``force``; CSV cells that a spreadsheet would run as
    a formula prefixed with ``'`` unless not ``csv_safe``."""
    with Store(db, read_only=True) as store:
        return store.export(out, fmt, force=force, csv_safe=csv_safe)


def load_parquet(
    directory: str | Path, db: str | Path, *, aliases: str | None = None
) -> tuple[dict[str, int], str]:
    """Load a Spark run's Parquet tables into the store; its rows per table, and what happened
    to the search index."""
    from refrain.spark.load import load_parquet as load_tables

    with Store(db) as store:
        counts = load_tables(store, directory, aliases=aliases)
        return counts, refresh_search_index(store, links_fingerprint(store, aliases))


def analyze_spark(db: str | Path, *, master: str = "local[*]", aliases: str | None = None) -> dict[str, int]:
    """`analyze` on Spark: every document of the store, rows per table written back."""
    from refrain.spark import analyze_store_spark

    with Store(db) as store:
        return analyze_store_spark(store, master=master, aliases=aliases)


def stored_reuse_cutoffs(db: str | Path) -> str:
    """The one line saying what reuse's frequency limits left out of the store's last corpus run
    ('' when nothing was, or no run recorded it)."""
    from refrain.analyze.corpus import stored_cutoff_line

    with Store(db, read_only=True) as store:
        return stored_cutoff_line(store)


def report(db: str | Path, out: str | Path, *, force: bool = False) -> Path:
    """Write one self-contained HTML report of the store to ``out`` (an existing file only with ``force``)."""
    from refrain.report import write_report

    with Store(db, read_only=True) as store:
        write_report(store, Path(out), force=force)
    return Path(out)


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the web UI over the store, read-only, until interrupted."""
    from refrain.web import run

    run(str(db), host=host, port=port)


__all__ = [
    "IngestReport",
    "analyze",
    "analyze_spark",
    "stored_reuse_cutoffs",
    "claims",
    "display_name",
    "export",
    "extract",
    "ingest",
    "load_parquet",
    "quotes",
    "read_documents",
    "report",
    "reuse",
    "serve",
    "speakers",
    "stored_claims",
    "stored_quotes",
    "summary",
    "to_source",
]
