"""The `refrain` command: one verb a command, each a thin layer over the Python API.

Every command parses options, calls one library function and prints its rows. Errors refrain
raises on purpose (RefrainError) become one line `Error: …` on stderr and exit code 1; usage
errors exit 2.

Size: about 500 lines on purpose: it is only the typer declarations of every command
(options, help texts, which docs/cli.md is generated from) and the one call each makes; the work
is in refrain.api and below.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import duckdb
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from refrain import api
from refrain.errors import IngestError, RefrainError, error_line
from refrain.output import write_rows
from refrain.settings import Limits
from refrain.store import DEFAULT_DB
from refrain.text.visible import visible
from refrain.writes import reason_of

app = typer.Typer(
    name="refrain",
    help="Who said what, who printed it first, who repeated it, and which figures don't add up.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)
DEFAULT_MAX_FILE_BYTES = Limits().max_file_bytes
DEFAULT_SECONDS_PER_DOCUMENT = Limits().max_seconds_per_document


class Fmt(StrEnum):
    jsonl = "jsonl"
    table = "table"
    csv = "csv"


class ExportFmt(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class SpeakerKind(StrEnum):
    named = "named"
    person = "person"
    organisation = "organisation"
    document = "document"
    unnamed = "unnamed"
    unknown = "unknown"
    all = "all"


class Engine(StrEnum):
    local = "local"
    spark = "spark"


class ReuseEngine(StrEnum):
    local = "local"
    disk = "disk"
    spark = "spark"


DbOption = Annotated[str, typer.Option("--db", help="The DuckDB store file.")]
FormatOption = Annotated[Fmt, typer.Option("--format", "-f", help="Output format.")]
PathsArg = Annotated[list[str], typer.Argument(help="Files or folders ('-' reads standard input).")]
RawCsvOption = Annotated[
    bool,
    typer.Option(
        "--raw-csv",
        help="CSV cells exactly as stored: without it, a text cell starting with = + - @, tab or CR "
        "gets a leading ' so a spreadsheet never runs it as a formula.",
    ),
]
SecondsOption = Annotated[
    float,
    typer.Option(
        "--max-seconds-per-document",
        min=0,
        help="Skip (and name) a document whose analysis takes longer than this; 0: no limit.",
    ),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace output files that exist.")]
MaxBytesOption = Annotated[int, typer.Option("--max-file-bytes", help="Skip files larger than this.")]


def _say_error(message: str) -> None:
    # One line, never markup, never a raw control character: file names and reasons come from outside.
    err.print(f"Error: {visible(message)}", markup=False, soft_wrap=True)


def _bad_file(error: IngestError) -> None:
    _say_error(error_line(error))


def _collect(failures: list[IngestError]) -> Callable[[IngestError], None]:
    """Print each file that cannot be read as it comes, and keep it (the exit code says so)."""

    def failed(error: IngestError) -> None:
        _bad_file(error)
        failures.append(error)

    return failed


def _failed_documents(failures: list[Any]) -> Callable[[Any], None]:
    """Name each document skipped (over its time budget, or an analyser failed) on one line."""

    def failed(failure: Any) -> None:
        _say_error(f"{failure.name}: {failure.reason}" + (f" [{failure.code}]" if failure.code else ""))
        failures.append(failure)

    return failed


def _findings_of_files(
    find: Callable[..., Any], paths: list[str], fmt: Fmt, raw_csv: bool, seconds: float, columns: list[str]
) -> None:
    """Print what ``find`` (api.quotes or api.claims) finds in files, naming each file that cannot be
    read and each document skipped as it comes; exit 1 when any was."""
    failures: list[Any] = []
    write_rows(
        find(
            paths,
            on_error=_collect(failures),
            limits=Limits(max_seconds_per_document=seconds),
            on_failure=_failed_documents(failures),
        ),
        fmt.value,
        csv_safe=not raw_csv,
        columns=columns,
    )
    raise typer.Exit(1 if failures else 0)


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


def _print_version(value: bool) -> None:
    if value:
        from refrain import __version__

        print(f"refrain {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Who said what, who printed it first, who repeated it, and which figures don't add up."""


# -- ingest & extract -------------------------------------------------------------------------------
@app.command()
def ingest(
    paths: PathsArg,
    db: DbOption = DEFAULT_DB,
    max_file_bytes: MaxBytesOption = DEFAULT_MAX_FILE_BYTES,
    outlet: Annotated[
        str | None, typer.Option(help="The outlet of articles that do not name one (plain text files).")
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(help="The date (YYYY-MM-DD) of articles that do not give one.", metavar="YYYY-MM-DD"),
    ] = None,
    language: Annotated[
        str | None, typer.Option(help="The language code (en, fa ...) of articles that do not give one.")
    ] = None,
) -> None:
    """Read files and folders into the store (each article once, by content)."""
    try:
        fill = api.metadata_defaults(outlet=outlet, date=date, language=language)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    with _progress() as bar:
        task = bar.add_task("ingesting", total=None)
        report = api.ingest(
            paths,
            db,
            limits=Limits(max_file_bytes=max_file_bytes),
            on_error=_bad_file,
            progress=lambda read: bar.update(task, completed=read),
            fill=fill,
        )
    err.print(
        f"{report.read} articles read, {report.new} new, {len(report.failed)} files failed", markup=False
    )
    raise typer.Exit(1 if report.failed else 0)


@app.command()
def extract(
    paths: PathsArg,
    format: FormatOption = Fmt.jsonl,
    max_file_bytes: MaxBytesOption = DEFAULT_MAX_FILE_BYTES,
    raw_csv: RawCsvOption = False,
) -> None:
    """Print the articles found in files (no store needed)."""
    failures: list[IngestError] = []
    rows = api.extract(paths, limits=Limits(max_file_bytes=max_file_bytes), on_error=_collect(failures))
    write_rows(
        rows,
        format.value,
        csv_safe=not raw_csv,
        columns=["source", "index", "title", "date", "outlet", "language", "start", "end", "text"],
    )
    raise typer.Exit(1 if failures else 0)


# -- quotes ------------------------------------------------------------------------------------------
QUOTE_COLUMNS = ["doc", "article", "start", "end", "kind", "speaker", "role", "cue", "text"]
FAMILY_COLUMNS = ["family", "position", "language", "outlet", "date", "doc", "speaker", "text"]


@app.command()
def quotes(
    paths: Annotated[list[str] | None, typer.Argument(help="Files or folders.")] = None,
    db: Annotated[str | None, typer.Option("--db", help="Query a store instead of files.")] = None,
    speaker: Annotated[str | None, typer.Option(help="Only quotes of this speaker (store).")] = None,
    family: Annotated[
        int | None,
        typer.Option(help="The members of one cross-language quote family, earliest first (store)."),
    ] = None,
    format: FormatOption = Fmt.jsonl,
    raw_csv: RawCsvOption = False,
    max_seconds_per_document: SecondsOption = DEFAULT_SECONDS_PER_DOCUMENT,
) -> None:
    """Direct quotations with their speakers, from files or from a store."""
    if db and family is not None:
        write_rows(api.quote_family(db, family), format.value, csv_safe=not raw_csv, columns=FAMILY_COLUMNS)
        return
    if db:
        write_rows(
            api.stored_quotes(db, speaker=speaker), format.value, csv_safe=not raw_csv, columns=QUOTE_COLUMNS
        )
        return
    if not paths:
        raise typer.BadParameter("give files or folders, or --db")
    if speaker or family is not None:  # store-only filters: refused, not silently ignored
        raise typer.BadParameter(
            f"{'--speaker' if speaker else '--family'} works on a store only: run `refrain ingest FILES` and "
            "`refrain analyze`, then `refrain quotes --db STORE "
            + ("--speaker NAME`" if speaker else "--family N`")
        )
    _findings_of_files(api.quotes, paths, format, raw_csv, max_seconds_per_document, QUOTE_COLUMNS)


# -- reuse -------------------------------------------------------------------------------------------
@app.command()
def reuse(
    paths: PathsArg,
    format: FormatOption = Fmt.jsonl,
    raw_csv: RawCsvOption = False,
    engine: Annotated[
        ReuseEngine, typer.Option(help="local; disk for corpora larger than memory; spark for a cluster.")
    ] = ReuseEngine.local,
    master: Annotated[str, typer.Option(help="Spark master URL.")] = "local[*]",
    memory_mb: Annotated[
        float | None, typer.Option(help="With --engine disk: the memory its batches are sized to (MB).")
    ] = None,
    show_boilerplate: Annotated[
        bool, typer.Option(help="Also print boilerplate and template passages (a frame with other facts).")
    ] = False,
) -> None:
    """Passages shared between articles, aligned with offsets on both sides."""
    failures: list[IngestError] = []
    rows = api.reuse(
        paths,
        engine=engine.value,
        master=master,
        memory_mb=memory_mb,
        boilerplate=show_boilerplate,
        on_error=_collect(failures),
        # What max_df / boilerplate_min_docs left out: one line, never silence.
        on_cutoffs=lambda line: err.print(line, markup=False, soft_wrap=True),
    )
    write_rows(
        rows,
        format.value,
        csv_safe=not raw_csv,
        columns=[
            "a",
            "a_start",
            "a_end",
            "b",
            "b_start",
            "b_end",
            "cluster",
            "score",
            "boilerplate",
            "template",
        ],
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
    raw_csv: RawCsvOption = False,
    max_seconds_per_document: SecondsOption = DEFAULT_SECONDS_PER_DOCUMENT,
) -> None:
    """Numeric claims and the figures that conflict."""
    if db:
        write_rows(
            api.stored_claims(db, conflicts_only=conflicts),
            format.value,
            csv_safe=not raw_csv,
            columns=CLAIM_COLUMNS,
        )
        return
    if not paths:
        raise typer.BadParameter("give files or folders, or --db")
    if conflicts:  # conflicts are grouped across a store: refused for files, not silently ignored
        raise typer.BadParameter(
            "--conflicts works on a store only: run `refrain ingest FILES` and `refrain analyze`, "
            "then `refrain claims --db STORE --conflicts`"
        )
    _findings_of_files(api.claims, paths, format, raw_csv, max_seconds_per_document, CLAIM_COLUMNS)


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
    if engine is Engine.spark:
        counts = api.analyze_spark(db, master=master, aliases=aliases)
        err.print(", ".join(f"{n} {table}" for table, n in counts.items()) + " (Spark)", markup=False)
        said = api.stored_reuse_cutoffs(db)  # what max_df / boilerplate_min_docs left out, as locally
        if said:
            err.print(said, markup=False, soft_wrap=True)
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

        report = api.analyze(
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
    if report.reuse_cutoffs:  # what max_df / boilerplate_min_docs left out: one line, never silence
        err.print(report.reuse_cutoffs, markup=False, soft_wrap=True)
    raise typer.Exit(1 if report.failed else 0)


@app.command()
def load_parquet(
    directory: Annotated[Path, typer.Argument(help="A folder written by `analyze --engine spark`.")],
    db: DbOption = DEFAULT_DB,
    aliases: Annotated[str | None, typer.Option(help="TOML alias file to force or forbid merges.")] = None,
) -> None:
    """Load a Spark run's Parquet tables (documents and findings) into the store; safe to repeat."""
    counts, index = api.load_parquet(directory, db, aliases=aliases)
    err.print(
        ", ".join(f"{n} {table}" for table, n in counts.items()) + f"; search index {index}", markup=False
    )


@app.command()
def summary(db: DbOption = DEFAULT_DB) -> None:
    """Counts of articles, outlets, quotes, speakers, reuse and conflicts in a store."""
    s = api.summary(db)
    for k, v in s.items():
        typer.echo(f"{k:>16}: {v}")


@app.command()
def speakers(
    db: DbOption = DEFAULT_DB,
    format: FormatOption = Fmt.table,
    raw_csv: RawCsvOption = False,
    limit: Annotated[int, typer.Option(help="How many, most quoted first.")] = 50,
    kind: Annotated[
        SpeakerKind,
        typer.Option(
            help="Which speakers: named (people, organisations, and those stored before kinds were, "
            "shown as unknown); person; organisation; document; unnamed (descriptions such as "
            "'an official'); unknown; or all."
        ),
    ] = SpeakerKind.named,
) -> None:
    """People and organisations quoted in the store, most quoted first, each with its kind."""
    write_rows(api.speakers(db, limit=limit, kind=kind.value), format.value, csv_safe=not raw_csv)


@app.command()
def export(
    db: DbOption = DEFAULT_DB,
    format: Annotated[ExportFmt, typer.Option("--format", "-f")] = ExportFmt.jsonl,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write one file per table.")] = Path(
        "export"
    ),
    force: ForceOption = False,
    raw_csv: RawCsvOption = False,
) -> None:
    """Write documents and findings as JSONL, CSV or Parquet files (one per table).

    All files or none: a failure leaves no partial file; files that exist are refused unless --force."""
    for path in api.export(db, out, format.value, force=force, csv_safe=not raw_csv):
        err.print(visible(str(path)), markup=False)


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
) -> None:
    """Browse the store in a local web UI (read-only)."""
    api.serve(db, host=host, port=port)


@app.command()
def report(
    db: DbOption = DEFAULT_DB,
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("report.html"),
    force: ForceOption = False,
) -> None:
    """Write one self-contained HTML report of the store (whole or not at all; an existing file only with --force)."""
    err.print(f"wrote {visible(str(api.report(db, out, force=force)))}", markup=False)


def main() -> None:
    try:
        app()
    except RefrainError as exc:
        _say_error(error_line(exc))
        sys.exit(1)
    except (OSError, duckdb.Error) as exc:
        # A write (or read) the OS or DuckDB refused, wherever it happened: one line, path and reason.
        where = getattr(exc, "filename", None)
        _say_error(f"{where}: {reason_of(exc)}" if where else reason_of(exc))
        sys.exit(1)
    except KeyboardInterrupt:
        _say_error("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
