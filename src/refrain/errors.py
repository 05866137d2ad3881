"""Coded, one-line errors that every part of refrain raises (or yields, at the edges).

Every message refrain gives on purpose is in one catalogue, :class:`Errors`: a code (``E113``), a
text with ``{placeholders}`` and a fix (what to do about it). An error raised from the catalogue
carries its code; the command line prints it after the message (``Error: a.txt: no such file
[E113]``) so that a user can look it up in docs/errors.md, which is written from this catalogue.

The text of an error is its meaning and is kept stable: an ingest error's reason is stored in the
store's ``errors`` table, so changing a text changes what a store holds.

>>> error = IngestError("news/a.txt", Errors.E113)
>>> str(error), error.code
('news/a.txt: no such file', 'E113')
>>> error_line(StoreError(Errors.E205, table="nope"))
"unknown table 'nope' [E205]"
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Message:
    """One entry of the catalogue: ``text`` with ``{placeholders}``, and the ``fix`` a user can apply.

    The code is the name the message is given in :class:`Errors` (set when the class is made).
    """

    text: str
    fix: str = ""
    code: str = ""

    def __set_name__(self, owner: type, name: str) -> None:
        object.__setattr__(self, "code", name)

    def format(self, **fields: Any) -> str:
        """The text with its placeholders filled.

        >>> Errors.E205.format(table="nope")
        "unknown table 'nope'"
        """
        return self.text.format(**fields)


class Errors:
    """The catalogue of every error refrain reports, by code.

    E0xx: settings; E1xx: reading files (ingest); E2xx: the store; E3xx: analysis; E4xx: the
    alias file; E5xx: writing files and the store.
    """

    # -- settings -----------------------------------------------------------------------------------
    E002 = Message(
        "{env}={raw!r} is not a number of seconds", "Set it to a number of seconds, 0 or more (or unset it)."
    )
    E003 = Message("{env} must be 0 or more seconds, got {raw}", "Set it to 0 or more seconds (or unset it).")

    # -- ingest: one file, or one record in it (the text is the ``reason`` stored in ``errors``) --------
    E100 = Message(
        "unexpected {kind}{detail}",
        "A reader failed in a way refrain did not foresee: please report it with the file, if you can share it.",
    )
    E101 = Message(
        "structure nested too deeply to read", "The file nests too deeply to read safely: skip it."
    )
    E102 = Message(
        "ran out of memory reading this file", "Split the file, or raise the memory available to refrain."
    )
    E103 = Message("empty file", "Nothing to read: remove the file or fill it.")
    E104 = Message("empty file (after gunzip)", "The compressed file holds nothing: remove it.")
    E105 = Message(
        "binary data (NUL bytes), not text", "Give refrain text, HTML, WARC, feeds, JSONL or CSV files."
    )
    E106 = Message(
        "binary or undecodable data ({controls} control characters)",
        "Give refrain text, HTML, WARC, feeds, JSONL or CSV files; convert other formats to text first.",
    )
    E107 = Message(
        "HTML nested deeper than {depth} levels (Limits.max_html_depth)",
        "The page nests too deeply to parse safely; raise Limits.max_html_depth if you trust it.",
    )
    E108 = Message("HTML nested too deeply to parse", "The page cannot be parsed safely: skip it.")
    E109 = Message(
        "HTML could not be parsed ({kind}: {error})", "The page is not HTML lxml can read: check the file."
    )
    E110 = Message(
        "file is {size:,} bytes, over the limit of {limit:,} (Limits.max_file_bytes)",
        "Split the file, or raise the limit with --max-file-bytes.",
    )
    E111 = Message(
        "input is over the limit of {limit:,} bytes (Limits.max_file_bytes)",
        "Split the input, or raise the limit with --max-file-bytes.",
    )
    E112 = Message("is a directory", "Name the folder itself: refrain reads every file below it.")
    E113 = Message("no such file", "Check the path.")
    E114 = Message("permission denied", "Give the user running refrain read access to the file.")
    E115 = Message("could not be read ({reason})", "Check the file and the disk it is on.")
    E116 = Message(
        "gzip data inflates past {cap:,} bytes (zip-bomb guard, Limits.max_decompressed_bytes)",
        "Decompress the file yourself and split it, or raise Limits.max_decompressed_bytes if you trust it.",
    )
    E117 = Message("corrupt gzip data ({error})", "The compressed file is damaged: fetch it again.")
    E118 = Message(
        "truncated gzip file (the compressed stream ends early)",
        "The compressed file was cut short: fetch it again.",
    )
    E119 = Message("trailing garbage after gzip data", "The compressed file is damaged: fetch it again.")
    E120 = Message("no such file or directory", "Check the path.")
    E121 = Message("broken symlink", "The link points nowhere: fix or remove it.")
    E122 = Message(
        "folder could not be listed ({reason})", "Give the user running refrain access to the folder."
    )
    E123 = Message("vanished while reading", "The file was removed while refrain read the folder: run again.")
    E124 = Message("not a regular file", "refrain reads files and folders, not devices, pipes or sockets.")
    E125 = Message("no text (only whitespace)", "Nothing to read: remove the file or fill it.")
    E126 = Message(
        "no article text found in the HTML page",
        "The page holds no article (a menu, an index, an error page): nothing to do.",
    )
    E127 = Message(
        "not a WARC file (it does not start with a 'WARC/' version line)",
        "Give a WARC file, or rename the file so its ending says what it holds.",
    )
    E128 = Message(
        "more than {limit:,} {things} (Limits.max_records)",
        "Split the file, or raise Limits.max_records; the records before the limit were read.",
    )
    E129 = Message(
        "truncated WARC record ({missing:,} declared bytes missing at the end of the file)",
        "The archive was cut short: fetch it again; the records before were read.",
    )
    E130 = Message(
        "invalid WARC record after {records} records ({detail})",
        "The archive is damaged after the records read: fetch it again.",
    )
    E131 = Message(
        "truncated or invalid WARC record after {records} records ({kind})",
        "The archive is damaged after the records read: fetch it again.",
    )
    E132 = Message(
        "WARC file holds no HTML response records ({records} other records)",
        "The archive holds no pages to read: nothing to do.",
    )
    E133 = Message("not an RSS/Atom feed{detail}", "Give an RSS or Atom feed, or rename the file.")
    E134 = Message("feed entry has no content or summary", "The entry holds no text: nothing to do.")
    E135 = Message("broken JSON ({reason})", "Fix the line: one JSON object a line, with a 'text' field.")
    E136 = Message(
        "a JSON {kind}, not an object with a 'text' field",
        "Write one JSON object a line, with a 'text' (or 'html') field.",
    )
    E137 = Message("broken CSV header ({error})", "Fix the first line: the column names.")
    E138 = Message(
        "CSV has no 'text' or 'html' column (columns: {columns})",
        "Name the column that holds the article 'text' (or 'html').",
    )
    E139 = Message("broken CSV ({error})", "Fix the line named; the other rows were read.")
    E140 = Message(
        "Parquet has no 'text' column (columns: {columns})", "Name the column that holds the article 'text'."
    )
    E141 = Message(
        "record has no 'text' (or 'html') content", "Give every record a non-empty 'text' (or 'html') field."
    )
    E142 = Message(
        "an HTML attribute value of {size:,} characters is over the HTML parser's limit of {limit:,}",
        "The page cannot be parsed whole (libxml2 refuses such attributes): remove the attribute, or skip the page.",
    )

    # -- the store ----------------------------------------------------------------------------------
    E201 = Message(
        "{path}: no such store (run `refrain ingest` first)",
        "Check --db, or make the store with `refrain ingest`.",
    )
    E202 = Message(
        "{path}: cannot open the store: {detail}", "Check that --db names a refrain store (a DuckDB file)."
    )
    E203 = Message(
        "{path}: the store is busy: another refrain process holds it (gave up after {wait:g} s; "
        "wait for it to finish, or set REFRAIN_LOCK_WAIT_S to wait longer)",
        "Wait for the other refrain command to finish, or set REFRAIN_LOCK_WAIT_S to wait longer.",
    )
    E205 = Message("unknown table {table!r}", "Use one of the tables in refrain.store.schema.TABLES.")
    E206 = Message("unknown export format {fmt!r} (use jsonl, csv or parquet)", "Use jsonl, csv or parquet.")
    E207 = Message(
        "the search index can only be built on a store opened for writing",
        "Open the store for writing (`refrain analyze` builds the index).",
    )
    E208 = Message(
        "the DuckDB fts extension is missing (expected {path})",
        "Install the DuckDB fts extension where refrain expects it (see README).",
    )
    E209 = Message(
        "{folder}: no documents/ Parquet here (write one with `refrain analyze --engine spark`)",
        "Name the folder a Spark run wrote.",
    )
    E210 = Message(
        "{folder}: a folder name with a quote mark cannot be read", "Rename the folder without a quote mark."
    )
    E211 = Message(
        "{path}: the store was written by a newer refrain (schema {found}; this refrain reads up to {current})",
        "Upgrade refrain, or ingest into a new store.",
    )
    E212 = Message(
        "{path}: the store's schema {found} is older than {current} and cannot be migrated",
        "Ingest the articles again into a new store (--db another file).",
    )
    E213 = Message(
        "{path}: the store's schema {found} is older than {current}: open it for writing once to migrate it",
        "Run `refrain analyze` on the store once; it migrates the store in place.",
    )
    E214 = Message("{path}: schema version {found!r} is not a number", "The store is damaged: ingest again.")

    # -- analysis -----------------------------------------------------------------------------------
    E301 = Message(
        "a worker process died while analysing documents {first}-{last} of {total} (out of memory?); "
        "{done} analysed documents are saved, run `refrain analyze` again to go on "
        "(with --workers 1 to find the document)",
        "Run `refrain analyze` again; with --workers 1 the document that fails is found.",
    )

    E302 = Message(
        "analysis took longer than {seconds:g} s (Limits.max_seconds_per_document, "
        "--max-seconds-per-document); skipped",
        "The document is recorded in the errors table and the run goes on; raise "
        "--max-seconds-per-document (0: no limit) to analyse it.",
    )
    E303 = Message(
        "analysis failed ({kind}{detail}); skipped",
        "An analyser failed on this document (recorded in the errors table; the run goes on): "
        "please report it with the document, if you can share it.",
    )

    # -- the alias file -----------------------------------------------------------------------------
    E401 = Message(
        "{where}: [[{section}]] must be an array of tables", "Write each group as [[same]] or [[different]]."
    )
    E402 = Message(
        "{where}: [[{section}]] entry {entry} needs names = [at least two strings]",
        'Give each group names = ["one name", "another"].',
    )
    E403 = Message(
        "{where}: [[{section}]] entry {entry}: kind must be 'person' or 'org'",
        'Write kind = "person" or kind = "org", or leave kind out.',
    )
    E404 = Message("{where}: not valid TOML ({error})", "Fix the TOML syntax at the place named.")
    E405 = Message(
        "{where}: unknown section(s) {sections}; expected [[same]] / [[different]]",
        "Use only [[same]] and [[different]] groups.",
    )
    E406 = Message("{path}: cannot read alias file ({reason})", "Check the path given with --aliases.")

    # -- writing files and the store ------------------------------------------------------------------
    E501 = Message(
        "{path}: already exists (give --force to replace it)",
        "Choose another output path, or give --force to replace what is there.",
    )
    E502 = Message(
        "{path}: cannot write ({reason}); nothing was left there",
        "Check the folder exists and is writable, the disk has room and no file-size limit (ulimit -f) applies.",
    )
    E503 = Message(
        "{path}: the store could not be written ({reason}); the last whole batch is kept",
        "Free disk space or lift the file-size limit (ulimit -f), then run the command again: it goes on.",
    )

    @classmethod
    def all(cls) -> list[Message]:
        """Every message, in code order."""
        return sorted((m for m in vars(cls).values() if isinstance(m, Message)), key=lambda m: m.code)


def _restore(cls: type[RefrainError], args: tuple[Any, ...], state: dict[str, Any]) -> RefrainError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class RefrainError(Exception):
    """Base of every error refrain raises on purpose; its message is one clear line.

    Made from the catalogue (``RefrainError(Errors.E301, first=1, ...)``) it carries the entry's
    ``code`` and ``fix``; made from a plain string, ``code`` is None.
    """

    code: str | None = None
    fix: str = ""

    def __init__(self, message: str | Message = "", /, **fields: Any) -> None:
        if isinstance(message, Message):
            self.code, self.fix = message.code, message.fix
            message = message.format(**fields)
        super().__init__(message)

    @classmethod
    def from_error(cls, error: BaseException) -> RefrainError:
        """An error of this class saying what ``error`` says, with its code and fix when it has them.

        >>> wrapped = StoreError.from_error(SettingsError(Errors.E002, env="REFRAIN_LOCK_WAIT_S", raw="soon"))
        >>> type(wrapped).__name__, wrapped.code, str(wrapped)
        ('StoreError', 'E002', "REFRAIN_LOCK_WAIT_S='soon' is not a number of seconds")
        """
        made = cls(str(error))
        made.code, made.fix = getattr(error, "code", None), getattr(error, "fix", "")
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        # Picklable with code and fields (errors cross process boundaries in Spark and pools).
        return (_restore, (self.__class__, self.args, dict(self.__dict__)))


class IngestError(RefrainError):
    """A file (or one record in it) that could not be read.

    ``path`` is the path as given (``path:line N`` or ``path#key`` for one record), ``reason`` a
    short phrase (a catalogue entry with its fields, or a string); ``str(error) == f"{path}: {reason}"``
    (a control character in the path shown escaped, so the message is one line).

    >>> str(IngestError("news/a.txt", "empty file"))
    'news/a.txt: empty file'
    >>> IngestError("news/a.txt", Errors.E110, size=2_000, limit=1_000).reason
    'file is 2,000 bytes, over the limit of 1,000 (Limits.max_file_bytes)'
    """

    def __init__(self, path: str, reason: str | Message, /, **fields: Any) -> None:
        if isinstance(reason, Message):
            self.code, self.fix = reason.code, reason.fix
            reason = reason.format(**fields)
        self.path = path
        # One line, always: a reason built from a library's message may hold newlines, and a
        # record's key (a feed entry's link) control characters, shown escaped ("\\n")
        self.reason = " ".join(str(reason).split()) or "unreadable"
        shown = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in path)
        Exception.__init__(self, f"{shown}: {self.reason}")

    def at(self, path: str) -> IngestError:
        """The same error, said of another path (a record inside the file).

        >>> inner = IngestError("page.html", Errors.E126)
        >>> outer = inner.at("a.warc#http://example.org/")
        >>> str(outer), outer.code
        ('a.warc#http://example.org/: no article text found in the HTML page', 'E126')
        """
        moved = IngestError(path, self.reason)
        moved.code, moved.fix = self.code, self.fix
        return moved


class SettingsError(RefrainError, ValueError):
    """A setting (an environment variable, a limit) with a value refrain cannot use."""


class StoreError(RefrainError):
    """The store cannot be opened, or a request to it is malformed."""


class WriteError(RefrainError):
    """An output file (export, report) or the store that could not be written."""


class UsageError(RefrainError):
    """A command was called with options that do not fit together."""


def error_line(error: BaseException) -> str:
    """The one line the command line prints for ``error``: its message, then its code when it has one.

    >>> error_line(RefrainError("something odd"))
    'something odd'
    """
    code = getattr(error, "code", None)
    return f"{error} [{code}]" if code else str(error)
