"""The full-text index the web UI searches with: DuckDB's fts extension over documents and quotes.

``create_fts_index`` can only build an index from scratch, over every row (about 4 s for 5,000
articles, growing with the corpus), so a `refrain analyze` that added 10 articles to 33,000 would
spend most of its time rebuilding what it already had. ``update_index`` instead brings an index up
to date with the rows added, changed or removed since it was built, writing the extension's own
tables (docs, terms, dict, stats) as its build does, plus the ``postings`` table the web UI's
search reads; with the same tokenizer macro, stop words and stemmer, document length = number of
kept terms, df = number of rows holding the term, stats = count and mean length. A search then
scores every row as a fresh build would (a test checks it against one). Which rows changed is told
by a digest of each row's indexed fields kept beside the index (``refrain_digest``, in the index's
schema, so that a rebuild by anything else drops it and the next update rebuilds too).

The ``fts`` extension ships as the ``duckdb-extension-fts`` package and is loaded from its file,
so nothing is downloaded at run time. This module lives in the store package (not the web UI) so
that `refrain analyze` does not import the web framework to refresh the index.

Terms are normalised text: Persian punctuation splits words as ASCII punctuation does
(``_IGNORE``), and each indexed field is folded before it is split
(``fold_sql``: Persian spellings — ي/ى -> ی, ك -> ک, ۀ -> ه, digits — with ZWNJ, tatweel, harakat and
bidi controls removed, by :func:`refrain.text.fold`), so that «آمريكا» and «آمریکا», «میشود» and
«می‌شود» are one term; punctuation (، « ») is never part of one. A query is folded the same way
(``fold_query``). The extension's build cannot fold, so a build has it make the index's schema
over the key column alone and makes the fields' terms itself, folded, as the extension would
(Latin text is left as it was: its terms, lengths and scores are the extension's own, tested).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import duckdb

from refrain.errors import Errors, StoreError
from refrain.settings import SETTINGS
from refrain.text import fold

# (table, key column, indexed fields): the same index as the web UI's search reads.
INDEXED: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("documents", "id", ("title", "text")),
    ("quotes", "id", ("text", "speaker")),
)
# The extension's default ``ignore`` (the characters that split words: ASCII digits and punctuation)
# and Persian punctuation (، ؛ ؟ « » ٪ ٫ ٬), so that «ایران،» is the term ایران. Latin text splits
# as before: its terms are the extension's own.
_IGNORE = "[0-9!@#$%^&*()_+={}\\[\\]:;<>,.?~\\\\/\\|''\"`،؛؟«»٪٫٬۔-]+"
_OPTIONS = f"stemmer='porter', stopwords='english', strip_accents=1, lower=1, overwrite=1, ignore='{_IGNORE}'"
# The rules of this language fold every indexed row: they only change Arabic-script text.
FOLD_LANGUAGE = "fa"
# Past this share of a table's rows changed, building afresh costs less than updating.
REBUILD_SHARE = SETTINGS.store.index_rebuild_share
# What an index built here holds, versioned (2: with postings and digests; 3: Arabic-script terms,
# folded). `refrain analyze` keeps it in the index's fingerprint, so an index of an older format is
# rebuilt by the next run.
INDEX_FORMAT = 3


@cache
def fold_table() -> tuple[str, str]:
    """(characters folding changes, what they become), as SQL ``translate`` takes them: the characters mapped
    to one character first, with their images, then the removed ones (``translate`` drops the
    characters of its second argument that have no counterpart in the third)."""
    mapped, images, removed = [], [], []
    for code in range(0x80, 0x10000):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        out = fold(ch, FOLD_LANGUAGE)
        if out == ch:
            continue
        if out:
            mapped.append(ch)
            images.append(out)
        else:
            removed.append(ch)
    return "".join(mapped) + "".join(removed), "".join(images)


def fold_sql(expression: str) -> str:
    """SQL folding ``expression`` as :func:`fold_query` folds a string (see the module doc)."""
    source, target = fold_table()
    return f"translate({expression}, '{source}', '{target}')"


def _column(alias: str, name: str) -> str:
    return f'{alias}."{name}"'


def fold_query(text: str) -> str:
    """``text`` folded as the index's fields are, before the index's tokenizer splits it.

    >>> fold_query("آمريكا مي\u200cشود") == fold_query("آمریکا میشود")
    True
    >>> fold_query("Reservoirs, dams")
    'Reservoirs, dams'
    """
    return fold(text, FOLD_LANGUAGE)


def fts_extension_path() -> Path:
    """The fts extension file shipped by ``duckdb-extension-fts`` for the installed DuckDB version."""
    import duckdb_extension_fts

    return (
        Path(duckdb_extension_fts.__file__).parent
        / "extensions"
        / f"v{duckdb.__version__}"
        / "fts.duckdb_extension"
    )


def load_fts(con: duckdb.DuckDBPyConnection) -> bool:
    """Load the fts extension into a connection; False when the package or file is missing."""
    try:
        path = fts_extension_path()
    except ImportError:
        return False
    if not path.exists():
        return False
    try:
        con.execute(f"LOAD '{path.as_posix()}'")  # a path from the installed package, not user input
    except duckdb.Error:
        return False
    return True


def _writable(store: Any) -> duckdb.DuckDBPyConnection:
    if store.read_only:
        raise StoreError(Errors.E207)
    if not load_fts(store.con):
        raise StoreError(Errors.E208, path=fts_extension_path())
    return store.con


def _digest_sql(key: str, fields: tuple[str, ...]) -> str:
    """Each row's key and a 64-bit hash of its indexed fields (what the index was built from)."""
    listed = ", ".join(f'"{f}"' for f in fields)
    return f'"{key}" AS name, hash({listed}) AS digest'


def build_index(store: Any) -> None:
    """(Re)build the full-text indexes over documents (title, text) and quotes (text, speaker)."""
    con = _writable(store)
    for table, key, fields in INDEXED:
        _build(con, table, key, fields)


def _build(con: duckdb.DuckDBPyConnection, table: str, key: str, fields: tuple[str, ...]) -> None:
    """A fresh index, its terms folded.

    The extension makes the index's schema, macros, stop words and rows (``docs``), over the key
    column alone (its own terms then cost nothing); the fields' terms, which it cannot fold, are
    made here in one pass as its build makes them (``_fold_terms``), then the term dictionary
    (ids in term order), the rows' lengths, the statistics, the postings and the digests.
    """
    fts = f"fts_main_{table}"
    con.execute(f"PRAGMA create_fts_index('{table}', '{key}', '{key}', {_OPTIONS})")
    con.execute(f"DELETE FROM {fts}.fields")
    numbered = ", ".join(f"({i}, '{f}')" for i, f in enumerate(fields))
    con.execute(f"INSERT INTO {fts}.fields VALUES {numbered}")
    listed = ", ".join(f"{_column(table, f)}" for f in fields)
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _new_rows AS SELECT d.docid, d.name, {listed} FROM {table} "
        f"JOIN {fts}.docs d ON d.name = {_column(table, key)}"
    )
    _fold_terms(con, fts, fields)
    con.execute(
        f"CREATE OR REPLACE TABLE {fts}.dict AS SELECT (row_number() OVER (ORDER BY term) - 1)::BIGINT "
        "AS termid, term, count(DISTINCT docid)::BIGINT AS df FROM _new_terms GROUP BY term"
    )
    con.execute(
        f"CREATE OR REPLACE TABLE {fts}.terms AS SELECT t.docid::BIGINT AS docid, t.fieldid::BIGINT AS fieldid, "
        f"w.termid FROM _new_terms t JOIN {fts}.dict w USING (term) ORDER BY t.docid"
    )
    con.execute(
        f"CREATE OR REPLACE TABLE {fts}.docs AS SELECT d.docid, d.name, count(t.term)::BIGINT AS len "
        f"FROM {fts}.docs d LEFT JOIN _new_terms t ON t.docid = d.docid GROUP BY d.docid, d.name ORDER BY d.docid"
    )
    con.execute(f"DELETE FROM {fts}.stats")
    con.execute(f"INSERT INTO {fts}.stats SELECT count(docid), sum(len) / count(len) FROM {fts}.docs")
    con.execute(f"CREATE TABLE {fts}.{POSTINGS} AS {_postings_sql(fts)}")
    con.execute(f"CREATE TABLE {fts}.refrain_digest AS SELECT {_digest_sql(key, fields)} FROM {table}")
    for temp in ("_new_rows", "_new_terms"):
        con.execute(f"DROP TABLE IF EXISTS temp.{temp}")


# The web UI's search reads ``postings`` (its ``refrain.web.search.build_postings`` defines it):
# the index's terms grouped by (term, row) with the row's length, sorted by term so that a query
# reads only the blocks of its words. Kept here too, so that analyze need not import the web UI,
# and kept up to date by the in-place update (rows appended there are not in term order: one
# more block to read per query until the next full build).
POSTINGS = "postings"


def _postings_sql(fts: str, docids: str | None = None) -> str:
    where = f" WHERE t.docid IN {docids}" if docids else ""
    return (
        f"SELECT t.termid, t.docid, count(*)::INTEGER AS tf, any_value(d.len)::INTEGER AS len "
        f"FROM {fts}.terms t JOIN {fts}.docs d ON d.docid = t.docid{where} "
        "GROUP BY t.termid, t.docid ORDER BY t.termid, t.docid"
    )


def update_index(store: Any) -> dict[str, str]:
    """Bring both indexes up to date with their tables; say for each what was done.

    An index without its digest table (never built, or built by something else), or one whose
    table changed in more than REBUILD_SHARE of its rows, is built afresh; otherwise the rows
    added, changed or removed are taken out of it and put back in, in one transaction.
    """
    con = _writable(store)
    done = {}
    for table, key, fields in INDEXED:
        done[table] = _update(con, table, key, fields)
    return done


def _has_digest(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    """Whether the index was made here (digest and postings both beside it)."""
    row = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = ? AND table_name IN (?, 'refrain_digest')",
        [f"fts_main_{table}", POSTINGS],
    ).fetchone()
    return bool(row and row[0] == 2)


def _update(con: duckdb.DuckDBPyConnection, table: str, key: str, fields: tuple[str, ...]) -> str:
    if not _has_digest(con, table):
        _build(con, table, key, fields)
        return "built"
    fts = f"fts_main_{table}"
    con.execute(f"CREATE OR REPLACE TEMP TABLE _now AS SELECT {_digest_sql(key, fields)} FROM {table}")
    # Rows to take out: gone, or changed; rows to put in: new, or changed.
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _out AS SELECT d.name FROM {fts}.refrain_digest d "
        "ANTI JOIN _now n ON n.name = d.name AND n.digest = d.digest"
    )
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _in AS SELECT n.name, n.digest FROM _now n "
        f"ANTI JOIN {fts}.refrain_digest d ON n.name = d.name AND n.digest = d.digest"
    )
    out, into, total = con.execute(
        "SELECT (SELECT count(*) FROM _out), (SELECT count(*) FROM _in), (SELECT count(*) FROM _now)"
    ).fetchone()  # type: ignore[misc]
    if out == 0 and into == 0:
        return "up to date"
    if out + into > REBUILD_SHARE * max(total, 1):
        _build(con, table, key, fields)
        return "rebuilt"
    con.execute("BEGIN TRANSACTION")
    try:
        _take_out(con, fts)
        _put_in(con, fts, table, key, fields)
        con.execute(f"DELETE FROM {fts}.stats")
        con.execute(f"INSERT INTO {fts}.stats SELECT count(docid), sum(len) / count(len) FROM {fts}.docs")
        con.execute(f"DELETE FROM {fts}.refrain_digest WHERE name IN (SELECT name FROM _out)")
        con.execute(f"INSERT INTO {fts}.refrain_digest SELECT name, digest FROM _in")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    for temp in ("_now", "_out", "_in", "_new_rows", "_new_terms"):
        con.execute(f"DROP TABLE IF EXISTS temp.{temp}")
    return f"updated ({into} in, {out} out)"


def _take_out(con: duckdb.DuckDBPyConnection, fts: str) -> None:
    gone = f"(SELECT docid FROM {fts}.docs WHERE name IN (SELECT name FROM _out))"
    con.execute(f"DELETE FROM {fts}.{POSTINGS} WHERE docid IN {gone}")
    con.execute(
        f"UPDATE {fts}.dict SET df = dict.df - x.n FROM (SELECT termid, count(DISTINCT docid) AS n "
        f"FROM {fts}.terms WHERE docid IN {gone} GROUP BY termid) x WHERE dict.termid = x.termid"
    )
    con.execute(f"DELETE FROM {fts}.terms WHERE docid IN {gone}")
    con.execute(f"DELETE FROM {fts}.docs WHERE name IN (SELECT name FROM _out)")
    con.execute(f"DELETE FROM {fts}.dict WHERE df = 0")  # a fresh build has no term held by no row


def _fold_terms(con: duckdb.DuckDBPyConnection, fts: str, fields: tuple[str, ...]) -> None:
    """``_new_terms`` (term, docid, fieldid) of the rows of ``_new_rows``, folded, as the
    extension's build makes them: split with its tokenize macro, empty words and stop words
    dropped (before stemming), the rest stemmed."""
    tokenized = " UNION ALL ".join(
        f"SELECT unnest({fts}.tokenize({fold_sql(_column('r', f))})) AS w, r.docid, "
        f"(SELECT fieldid FROM {fts}.fields WHERE field = '{f}') AS fieldid FROM _new_rows r"
        for f in fields
    )
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _new_terms AS WITH tokenized AS ({tokenized}) "
        "SELECT stem(t.w, 'porter') AS term, t.docid, t.fieldid FROM tokenized t "
        f"WHERE t.w NOT NULL AND len(t.w) > 0 AND t.w NOT IN (SELECT sw FROM {fts}.stopwords)"
    )


def _put_in(con: duckdb.DuckDBPyConnection, fts: str, table: str, key: str, fields: tuple[str, ...]) -> None:
    listed = ", ".join(f'"{f}"' for f in fields)
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _new_rows AS SELECT (SELECT coalesce(max(docid), -1) FROM {fts}.docs) "
        f'+ row_number() OVER () AS docid, "{key}" AS name, {listed} FROM {table} '
        f'WHERE "{key}" IN (SELECT name FROM _in)'
    )
    _fold_terms(con, fts, fields)
    con.execute(
        f"INSERT INTO {fts}.docs SELECT r.docid, r.name, count(t.term) FROM _new_rows r "
        "LEFT JOIN _new_terms t ON t.docid = r.docid GROUP BY r.docid, r.name"
    )
    con.execute(
        f"INSERT INTO {fts}.dict SELECT (SELECT coalesce(max(termid), -1) FROM {fts}.dict) "
        f"+ row_number() OVER (ORDER BY term), term, 0 FROM (SELECT DISTINCT term FROM _new_terms "
        f"WHERE term NOT IN (SELECT term FROM {fts}.dict))"
    )
    con.execute(
        f"UPDATE {fts}.dict SET df = dict.df + x.n FROM (SELECT term, count(DISTINCT docid) AS n "
        "FROM _new_terms GROUP BY term) x WHERE dict.term = x.term"
    )
    con.execute(
        f"INSERT INTO {fts}.terms SELECT t.docid, t.fieldid, d.termid FROM _new_terms t "
        f"JOIN {fts}.dict d ON d.term = t.term"
    )
    con.execute(f"INSERT INTO {fts}.{POSTINGS} {_postings_sql(fts, '(SELECT docid FROM _new_rows)')}")


def has_index(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute(
        "SELECT count(*) FROM duckdb_schemas() WHERE schema_name IN "
        f"({', '.join(repr(f'fts_main_{t}') for t, _, _ in INDEXED)})"
    ).fetchone()
    return bool(row and row[0] == len(INDEXED))
