"""The `refrain` command: one verb a command, each a thin layer over the Python API.

Every command parses options, calls one library function and prints its rows. Errors refrain
raises on purpose (RefrainError) become one line `Error: …` on stderr and exit code 1; usage
errors exit 2.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from refrain.document import Document
from refrain.errors import IngestError, RefrainError, error_line
from refrain.output import write_rows
from refrain.settings import SETTINGS, Limits
from refrain.store import DEFAULT_DB, Store

app = typer.Typer(
    name="refrain",
    help="Who said what, who printed it first, who repeated it, and which figures don't add up.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)
DEFAULT_MAX_FILE_BYTES = Limits().max_file_bytes


class Fmt(StrEnum):
    jsonl = "jsonl"
    table = "table"
    csv = "csv"


class ExportFmt(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class Engine(StrEnum):
    local = "local"
    spark = "spark"


DbOption = Annotated[str, typer.Option("--db", help="The DuckDB store file.")]
FormatOption = Annotated[Fmt, typer.Option("--format", "-f", help="Output format.")]
PathsArg = Annotated[list[str], typer.Argument(help="Files or folders ('-' reads standard input).")]
MaxBytesOption = Annotated[int, typer.Option("--max-file-bytes", help="Skip files larger than this.")]


def _say_error(message: str) -> None:
    # One line, never markup: file names and reasons come from outside.
    err.print(f"Error: {message}", markup=False, soft_wrap=True)


def read_documents(paths: list[str], limits: Limits, failures: list[IngestError]) -> Iterator[Document]:
    """Documents from files, printing one line per bad file and collecting the failures."""
    from refrain.ingest import read_paths

    for item in read_paths(paths, limits=limits):
        if isinstance(item, IngestError):
            _say_error(error_line(item))
            failures.append(item)
        else:
            yield item


def reuse_name(doc: Document, docs: list[Document]) -> str:
    """``path``, ``path#id`` inside containers, ``path#index`` for one article of a multi-article text."""
    if doc.key is None and sum(1 for d in docs if d.source == doc.source) > 1:
        return f"{doc.source}#{doc.index}"
    return doc.name


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


def _shift(doc: Document, start: int | None) -> int | None:
    """Offsets into the source file's text for plain-text inputs, else into the document text."""
    if start is None:
        return None
    return start + (doc.start or 0)


# -- ingest & extract -------------------------------------------------------------------------------
@app.command()
def ingest(
    paths: PathsArg, db: DbOption = DEFAULT_DB, max_file_bytes: MaxBytesOption = DEFAULT_MAX_FILE_BYTES
) -> None:
    """Read files and folders into the store (each article once, by content)."""
    failures: list[IngestError] = []
    limits = Limits(max_file_bytes=max_file_bytes)
    new = seen = 0
    Store(db).close()  # create the store, or fail now (one line) on a file that is not one

    def store_batch(docs: list[Document]) -> int:
        # Opened per batch (one transaction each) and let go while files are read, so that
        # `refrain serve` can read the store between batches.
        with Store(db) as store:
            return store.add_documents(docs)

    with _progress() as bar:
        task = bar.add_task("ingesting", total=None)
        batch: list[Document] = []
        for doc in read_documents(paths, limits, failures):
            batch.append(doc)
            seen += 1
            if len(batch) >= SETTINGS.batches.ingest:
                new += store_batch(batch)
                batch.clear()
                bar.update(task, completed=seen)
        new += store_batch(batch)
        with Store(db) as store:
            store.add_errors((f.path, f.reason) for f in failures)
    err.print(f"{seen} articles read, {new} new, {len(failures)} files failed", markup=False)
    raise typer.Exit(1 if failures else 0)


@app.command()
def extract(
    paths: PathsArg, format: FormatOption = Fmt.jsonl, max_file_bytes: MaxBytesOption = DEFAULT_MAX_FILE_BYTES
) -> None:
    """Print the articles found in files (no store needed)."""
    failures: list[IngestError] = []
    rows = (
        {
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
        for d in read_documents(paths, Limits(max_file_bytes=max_file_bytes), failures)
    )
    write_rows(
        rows,
        format.value,
        columns=["source", "index", "title", "date", "outlet", "language", "start", "end", "text"],
    )
    raise typer.Exit(1 if failures else 0)


# -- quotes ------------------------------------------------------------------------------------------
QUOTE_COLUMNS = ["doc", "article", "start", "end", "kind", "speaker", "role", "cue", "text"]


@app.command()
def quotes(
    paths: Annotated[list[str] | None, typer.Argument(help="Files or folders.")] = None,
    db: Annotated[str | None, typer.Option("--db", help="Query a store instead of files.")] = None,
    speaker: Annotated[str | None, typer.Option(help="Only quotes of this speaker (store).")] = None,
    format: FormatOption = Fmt.jsonl,
) -> None:
    """Direct quotations with their speakers, from files or from a store."""
    from refrain import quotes as quotes_api
    from refrain.store import queries

    if db:
        with Store(db, read_only=True) as store:
            write_rows(queries.quotes(store, speaker=speaker), format.value, columns=QUOTE_COLUMNS)
        return
    if not paths:
        raise typer.BadParameter("give files or folders, or --db")
    failures: list[IngestError] = []

    def rows() -> Iterator[dict[str, Any]]:
        for doc in read_documents(paths, Limits(), failures):
            for q in quotes_api.find(doc.text, date=doc.date):
                row = q.to_dict()
                m = row.get("speaker_mention")
                if m:
                    m = {**m, "start": _shift(doc, m["start"]), "end": _shift(doc, m["end"])}
                yield {
                    "doc": doc.name,
                    "article": doc.index,
                    **row,
                    "start": _shift(doc, q.start),
                    "end": _shift(doc, q.end),
                    "pieces": [[_shift(doc, s), _shift(doc, e)] for s, e in q.pieces],
                    "speaker_mention": m,
                }

    write_rows(rows(), format.value, columns=QUOTE_COLUMNS)
    raise typer.Exit(1 if failures else 0)


# -- reuse -------------------------------------------------------------------------------------------
@app.command()
def reuse(
    paths: PathsArg,
    format: FormatOption = Fmt.jsonl,
    engine: Annotated[Engine, typer.Option(help="local, or spark for a cluster.")] = Engine.local,
    master: Annotated[str, typer.Option(help="Spark master URL.")] = "local[*]",
    show_boilerplate: Annotated[bool, typer.Option(help="Also print boilerplate passages.")] = False,
) -> None:
    """Passages shared between articles, aligned with offsets on both sides."""
    from refrain import reuse as reuse_api

    failures: list[IngestError] = []
    docs = list(read_documents(paths, Limits(), failures))
    by_name = {reuse_name(d, docs): d for d in docs}
    rdocs = [
        reuse_api.ReuseDoc(name=name, text=d.text, date=d.date, outlet=d.outlet, order=i)
        for i, (name, d) in enumerate(by_name.items())
    ]
    if engine is Engine.spark:
        from refrain.spark import align_spark

        result = align_spark(rdocs, master=master)
    else:
        result = reuse_api.align(rdocs)

    def rows() -> Iterator[dict[str, Any]]:
        for p in result.passages:
            if p.boilerplate and not show_boilerplate:
                continue
            da, dbb = by_name[p.a], by_name[p.b]
            yield {
                **p.to_dict(),
                "a_start": _shift(da, p.a_start),
                "a_end": _shift(da, p.a_end),
                "b_start": _shift(dbb, p.b_start),
                "b_end": _shift(dbb, p.b_end),
            }

    write_rows(
        rows(),
        format.value,
        columns=["a", "a_start", "a_end", "b", "b_start", "b_end", "cluster", "score", "boilerplate"],
    )
    raise typer.Exit(1 if failures else 0)


# -- claims ------------------------------------------------------------------------------------------
CLAIM_COLUMNS = [
    "doc",
    "start",
    "end",
    "value",
    "approx",
    "what",
    "when",
    "where",
    "claimant",
    "conflict_group",
    "text",
]


@app.command()
def claims(
    paths: Annotated[list[str] | None, typer.Argument(help="Files or folders.")] = None,
    db: Annotated[str | None, typer.Option("--db", help="Query a store instead of files.")] = None,
    conflicts: Annotated[bool, typer.Option(help="Only figures that conflict (store).")] = False,
    format: FormatOption = Fmt.jsonl,
) -> None:
    """Numeric claims and the figures that conflict."""
    from refrain import claims as claims_api
    from refrain import quotes as quotes_api
    from refrain.store import queries

    if db:
        with Store(db, read_only=True) as store:
            write_rows(queries.claims(store, conflicts_only=conflicts), format.value, columns=CLAIM_COLUMNS)
        return
    if not paths:
        raise typer.BadParameter("give files or folders, or --db")
    failures: list[IngestError] = []
    found: list[tuple[Document, Any]] = []
    for doc in read_documents(paths, Limits(), failures):
        qs = quotes_api.find(doc.text, date=doc.date)
        for c in claims_api.find(doc.text, date=doc.date, outlet=doc.outlet, quotes=qs):
            found.append((doc, c))
    groups = claims_api.group((f"{d.name}@{d.index}", c) for d, c in found)
    group_of = {(name, id(c)): g.id for g in groups if len(g.claims) > 1 for name, c in g.claims}

    def rows() -> Iterator[dict[str, Any]]:
        for d, c in found:
            row = c.to_dict()
            yield {
                "doc": d.name,
                "article": d.index,
                **row,
                "start": _shift(d, c.start),
                "end": _shift(d, c.end),
                "what": c.what.text if c.what else None,
                "when": c.when_iso or (c.when.text if c.when else None),
                "where": c.where.text if c.where else None,
                "conflict_group": group_of.get((f"{d.name}@{d.index}", id(c))),
            }

    write_rows(rows(), format.value, columns=CLAIM_COLUMNS)
    raise typer.Exit(1 if failures else 0)


# -- store-wide commands -------------------------------------------------------------------------------
@app.command()
def analyze(
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int | None, typer.Option(help="Worker processes (default: all cores).")] = None,
    aliases: Annotated[str | None, typer.Option(help="TOML alias file to force or forbid merges.")] = None,
    engine: Annotated[Engine, typer.Option(help="local, or spark for a cluster.")] = Engine.local,
    force: Annotated[bool, typer.Option(help="Recompute corpus-wide links even if nothing changed.")] = False,
    master: Annotated[str, typer.Option(help="Spark master URL (with --engine spark).")] = "local[*]",
    max_seconds_per_document: Annotated[
        float,
        typer.Option(
            "--max-seconds-per-document",
            min=0,
            help="Skip (and record) a document whose analysis takes longer than this; 0: no limit.",
        ),
    ] = Limits().max_seconds_per_document,
    search_index: Annotated[
        bool,
        typer.Option(
            help="Build the full-text index `refrain serve` searches with, when the corpus changed."
        ),
    ] = True,
) -> None:
    """Find quotes, claims, reuse and conflicts in every new document of the store."""
    from refrain.analyze import analyze as run_analyze

    if engine is Engine.spark:
        from refrain.spark import analyze_store_spark

        with Store(db) as store:
            counts = analyze_store_spark(store, master=master, aliases=aliases)
        err.print(", ".join(f"{n} {table}" for table, n in counts.items()) + " (Spark)", markup=False)
        return
    limits = Limits(max_seconds_per_document=max_seconds_per_document)
    # The store is opened per batch (not held): `refrain serve` can read it between batches.
    with _progress() as bar:
        tasks: dict[str, Any] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        def failed(name: str, reason: str) -> None:
            _say_error(f"{name}: {reason}")

        report = run_analyze(
            db,
            workers=workers,
            aliases=aliases,
            progress=progress,
            force=force,
            limits=limits,
            on_failure=failed,
            search_index=search_index,
        )
    err.print(
        f"{report.analysed_now} new of {report.documents} documents analysed"
        + (f", {len(report.failed)} skipped" if report.failed else "")
        + ("; corpus links recomputed" if report.corpus_recomputed else "; corpus links up to date")
        + (f"; search index {report.search_index}" if search_index else ""),
        markup=False,
    )
    raise typer.Exit(1 if report.failed else 0)


@app.command()
def load_parquet(
    directory: Annotated[Path, typer.Argument(help="A folder written by `analyze --engine spark`.")],
    db: DbOption = DEFAULT_DB,
    aliases: Annotated[str | None, typer.Option(help="TOML alias file to force or forbid merges.")] = None,
) -> None:
    """Load a Spark run's Parquet tables (documents and findings) into the store; safe to repeat."""
    from refrain.analyze import links_fingerprint, refresh_search_index
    from refrain.spark.load import load_parquet as load_tables

    with Store(db) as store:
        counts = load_tables(store, directory, aliases=aliases)
        index = refresh_search_index(store, links_fingerprint(store, aliases))
    err.print(
        ", ".join(f"{n} {table}" for table, n in counts.items()) + f"; search index {index}", markup=False
    )


@app.command()
def summary(db: DbOption = DEFAULT_DB) -> None:
    """Counts of articles, outlets, quotes, speakers, reuse and conflicts in a store."""
    from refrain.store import queries

    with Store(db, read_only=True) as store:
        s = queries.summary(store)
    for k, v in s.items():
        typer.echo(f"{k:>16}: {v}")


@app.command()
def speakers(
    db: DbOption = DEFAULT_DB,
    format: FormatOption = Fmt.table,
    limit: Annotated[int, typer.Option(help="How many, most quoted first.")] = 50,
) -> None:
    """People and organisations quoted in the store, most quoted first."""
    from refrain.store import queries

    with Store(db, read_only=True) as store:
        write_rows(queries.top_speakers(store, limit=limit), format.value)


@app.command()
def export(
    db: DbOption = DEFAULT_DB,
    format: Annotated[ExportFmt, typer.Option("--format", "-f")] = ExportFmt.jsonl,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write one file per table.")] = Path(
        "export"
    ),
) -> None:
    """Write documents and findings as JSONL, CSV or Parquet files (one per table)."""
    with Store(db, read_only=True) as store:
        for path in store.export(out, format.value):
            err.print(str(path), markup=False)


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
) -> None:
    """Browse the store in a local web UI (read-only)."""
    try:
        from refrain.web import run
    except ImportError as exc:
        raise RefrainError("the web UI is not available yet (issue 6)") from exc
    run(db, host=host, port=port)


@app.command()
def report(
    db: DbOption = DEFAULT_DB,
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("report.html"),
) -> None:
    """Write one self-contained HTML report of the store."""
    try:
        from refrain.report import write_report
    except ImportError as exc:
        raise RefrainError("the static report is not available yet (issue 6)") from exc
    with Store(db, read_only=True) as store:
        write_report(store, out)
    err.print(f"wrote {out}", markup=False)


def main() -> None:
    try:
        app()
    except RefrainError as exc:
        _say_error(error_line(exc))
        sys.exit(1)
    except KeyboardInterrupt:
        _say_error("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
