"""Search over article text, quotes and speakers: DuckDB full-text search, or ILIKE without an index.

The rows only: each document found comes with its text, from which the web UI cuts a marked
snippet (``refrain.web.search``).

The FTS index lives in the store (schemas ``fts_main_documents`` and ``fts_main_quotes``) and can
only be built by a writer: ``refrain analyze`` builds or updates it (``refrain.store.search_index``,
which also loads the extension: ``load_fts``). The ``fts`` extension ships as the
``duckdb-extension-fts`` package and is loaded from its file, so nothing is downloaded at run time.

A query is folded as the index's fields are (``fold_query``: Persian spellings and joiners), so a
search in any spelling (آمريكا / آمریکا, میشود / می‌شود) finds the same rows; without an index the
substring match folds both sides the same way, and a snippet marks a word in any of its spellings.
"""

from __future__ import annotations

import bisect
import math
from typing import Any

from refrain.store import Store
from refrain.store.lists import lowered_speaker_names, memo
from refrain.store.queries import paging
from refrain.store.queries.filters import NO_FILTERS, Filters
from refrain.store.queries.names import named
from refrain.store.queries.paging import documents_by_id, page_of
from refrain.store.search_index import (
    INDEXED,
    POSTINGS,
    fold_query,
    fold_sql,
    has_index,
    load_fts,
)

_PERSIAN_PUNCTUATION = " ،؛؟«»"


INDEXES = tuple(f"fts_main_{table}" for table, _, _ in INDEXED)


def has_postings(store: Store, index: str) -> bool:
    row = store.con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = ? AND table_name = ?", [index, POSTINGS]
    ).fetchone()
    return bool(row and row[0])


def _like_pattern(q: str) -> str:
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _page_of_hits(
    store: Store, hits_sql: str, params: list[Any], order: str, size: int, offset: int
) -> tuple[int, list[str]]:
    """(how many hits in all, the ids on this page, in rank order) in one pass over the hits."""
    rows = store.con.execute(
        f"SELECT id, count(*) OVER () AS total FROM ({hits_sql}) ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, size, offset],
    ).fetchall()
    if rows:
        return rows[0][1], [r[0] for r in rows]
    total = store.con.execute(f"SELECT count(*) FROM ({hits_sql})", params).fetchone()[0]  # type: ignore[index]
    return total, []


# The fts extension's defaults, so that ranks are match_bm25's.
BM25_K = 1.2
BM25_B = 0.75


def _bm25_scores(store: Store, index: str, q: str, stems: list[str] | None = None) -> str | None:
    """SQL for (docid, score) of every row of ``index`` matching a word of ``q``, or None when none can.

    The same BM25 as the extension's ``match_bm25`` (any word, every field; its log is base 10),
    from the postings of the query's words only: ``match_bm25`` is a correlated macro evaluated for
    every row of the table, which at 33,000 articles cost seconds a query. The query's term ids and
    weights are read first and written into the SQL as numbers (ints and doubles from the index,
    never user text), so that DuckDB filters the postings table while it scans it.
    """
    stems = _stems(store, index, q) if stems is None else stems
    if not stems:
        return None
    terms = _terms(store, index, stems)
    stats = memo(
        store,
        ("fts stats", index),
        lambda: store.con.execute(f"SELECT num_docs, avgdl FROM {index}.stats").fetchone(),
    )
    if not terms or not stats or not stats[1]:
        return None
    num_docs, avgdl = int(stats[0]), float(stats[1])
    weights = ", ".join(
        f"({int(termid)}, {math.log10((num_docs - df + 0.5) / (df + 0.5) + 1)!r}::DOUBLE)"
        for termid, df in terms
    )
    ids = ", ".join(str(int(termid)) for termid, _ in terms)
    if memo(store, ("postings", index), lambda: has_postings(store, index)):
        postings = f"(SELECT docid, termid, tf, len FROM {index}.postings WHERE termid IN ({ids}))"
    else:  # an index built before postings existed: count the occurrences in terms
        postings = (
            f"(SELECT t.docid, t.termid, count(*) AS tf, any_value(d.len) AS len FROM {index}.terms t "
            f"JOIN {index}.docs d ON d.docid = t.docid WHERE t.termid IN ({ids}) GROUP BY t.docid, t.termid)"
        )
    return (
        f"SELECT t.docid, sum(w.idf * t.tf * {BM25_K + 1!r}::DOUBLE / "
        f"(t.tf + {BM25_K!r}::DOUBLE * ({1 - BM25_B!r}::DOUBLE + {BM25_B!r}::DOUBLE * t.len / {avgdl!r}::DOUBLE))) "
        f"AS score FROM {postings} t JOIN (VALUES {weights}) w(termid, idf) ON w.termid = t.termid GROUP BY t.docid"
    )


def _stems(store: Store, index: str, q: str) -> list[str]:
    """The index's stemmed words of ``q``."""
    return [r[0] for r in store.con.execute(
        f"SELECT DISTINCT stem(unnest({index}.tokenize(?)), 'porter')", [fold_query(q)]
    ).fetchall() if r[0]]  # fmt: skip


def _same_tokenizer(store: Store, indexes: tuple[str, ...]) -> bool:
    """Whether these indexes split and stem text alike (one definition in
    ``refrain.store.search_index``), so a query's words are found once for all of them."""
    definitions = memo(store, ("fts tokenizers", indexes), lambda: {_tokenizer(store, i) for i in indexes})
    return len(definitions) == 1 and None not in definitions


def _tokenizer(store: Store, index: str) -> str | None:
    row = store.con.execute(
        "SELECT macro_definition FROM duckdb_functions() WHERE schema_name = ? AND function_name = 'tokenize'",
        [index],
    ).fetchone()
    return str(row[0]) if row and row[0] else None


def _terms(store: Store, index: str, stems: list[str]) -> list[tuple[int, int]]:
    """(term id, document frequency) of the stems the index holds. The web app keeps the index's
    whole dictionary while the file is open (88,000 words for 33,694 articles, read in 0.4 s):
    looking words up in it costs nothing, where the SQL scans the dictionary (4-8 ms a search)."""
    if getattr(store, "memo", None) is not None:
        kept: dict[str, tuple[int, int]] = memo(
            store,
            ("fts dict", index),
            lambda: {t: (int(i), int(df)) for t, i, df in store.con.execute(
                f"SELECT term, termid, df FROM {index}.dict"
            ).fetchall()},
        )  # fmt: skip
        return [kept[t] for t in dict.fromkeys(stems) if t in kept]
    return store.con.execute(
        f"SELECT termid, df FROM {index}.dict WHERE term IN ({', '.join('?' * len(stems))})", stems
    ).fetchall()


def _bm25_hits(store: Store, index: str, q: str, exclude_sql: str = "") -> str | None:
    """SQL for (id, score) of the rows matching ``q`` (``_bm25_scores`` with the rows' ids)."""
    scores = _bm25_scores(store, index, q)
    if scores is None:
        return None
    exclude = f"WHERE d.name NOT IN ({exclude_sql})" if exclude_sql else ""
    return (
        f"SELECT d.name AS id, s.score FROM ({scores}) s JOIN {index}.docs d ON d.docid = s.docid {exclude}"
    )


def _index_names(store: Store, index: str) -> dict[int, str]:
    """docid -> the row's id, for an index (kept while the file is open: no join to the index's docs)."""
    return memo(
        store,
        ("fts names", index),
        lambda: dict(store.con.execute(f"SELECT docid, name FROM {index}.docs").fetchall()),
    )


def _scare_docids(store: Store) -> set[int]:
    """The docids of scare quotes in the quotes index (kept while the file is open)."""
    return memo(
        store,
        "fts scare docids",
        lambda: {r[0] for r in store.con.execute(
            "SELECT d.docid FROM fts_main_quotes.docs d JOIN quotes q ON q.id = d.name WHERE q.kind = 'scare'"
        ).fetchall()},
    )  # fmt: skip


def ranked_page(
    store: Store,
    index: str,
    q: str,
    size: int,
    offset: int,
    *,
    leave_out: set[int] | None = None,
    keep: frozenset[str] | None = None,
    stems: list[str] | None = None,
) -> tuple[int, list[str]]:
    """(how many rows match ``q``, the ids of one page of them by BM25, ties by id).

    Scores are summed per docid (an integer) and only the rows ranked up to the page's end (ties
    included) come back with the total; ids come from a kept map, not a join with the index's
    docs. With ``leave_out`` (docids not to show: scare quotes) every match comes back and is
    filtered here (quotes match a few thousand rows at most).
    """
    scores = _bm25_scores(store, index, q, stems)
    if scores is None:
        return 0, []
    names = _index_names(store, index)
    if keep is not None:  # filtered: every match, then those kept (by the row's id)
        leave_out = leave_out or set()
        hits = [
            (docid, score)
            for docid, score in store.con.execute(scores).fetchall()
            if docid not in leave_out and names.get(docid) in keep
        ]
        total = len(hits)
    elif leave_out is None:
        rows = store.con.execute(
            f"SELECT docid, score, count(*) OVER () AS total, rank() OVER (ORDER BY score DESC) AS r "
            f"FROM ({scores}) QUALIFY r <= ?",
            [offset + size],
        ).fetchall()
        total = rows[0][2] if rows else store.con.execute(f"SELECT count(*) FROM ({scores})").fetchone()[0]  # type: ignore[index]
        hits = [(docid, score) for docid, score, _, _ in rows]
    else:
        hits = [
            (docid, score) for docid, score in store.con.execute(scores).fetchall() if docid not in leave_out
        ]
        total = len(hits)
    ranked = sorted(((-score, names[docid]) for docid, score in hits if docid in names))
    return total, [name for _, name in ranked[offset : offset + size]]


def matching_speakers(store: Store, q: str, limit: int = 20) -> list[dict[str, Any]]:
    """Speakers whose name (resolved or as printed) contains ``q``, ignoring case, most quoted first.

    Cut from the list of all speaker names the web app keeps while the file is open, instead of
    grouping every quote again for each search: the lower-cased names are one string, searched
    with ``str.find`` (C speed; a loop over 20,000 names cost 10 ms a search).
    """
    needle = fold_query(q.lower())
    entries = lowered_speaker_names(store)
    haystack, starts = memo(store, "speaker_haystack", lambda: _haystack(entries))
    counts: dict[str, int] = {}
    if needle and not set(needle) & {_ENTRY, _FIELD}:
        at = haystack.find(needle)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            name, n = entries[i][0], entries[i][4]
            counts[name] = counts.get(name, 0) + n
            next_entry = starts[i + 1] if i + 1 < len(starts) else len(haystack)
            at = haystack.find(needle, next_entry)  # one count per entry, however often it matches
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return [{"speaker": name, "quotes": n} for name, n in ranked]


_ENTRY, _FIELD = "\x00", "\x01"  # separators no query can contain (checked), so no match spans two names


def _haystack(entries: list[tuple[str, str | None, str, str | None, int]]) -> tuple[str, list[int]]:
    parts, starts, at = [], [], 0
    for _, _, name_lower, raw_lower, _ in entries:
        part = fold_query(name_lower + _FIELD + (raw_lower or "")) + _ENTRY
        starts.append(at)
        parts.append(part)
        at += len(part)
    return "".join(parts), starts


def _quotes_of(store: Store, filters: Filters) -> frozenset[str]:
    """The ids of the quotes printed in the documents ``filters`` keep (kept while the file is open)."""

    def compute() -> frozenset[str]:
        where, params = filters.where("d", store)
        sql = f"SELECT q.id FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE {where}"
        return frozenset(r[0] for r in store.con.execute(sql, params).fetchall())

    return memo(store, ("filtered quotes", filters.key()), compute)


Hits = tuple[int, list[str]]  # how many match, and the ids of one page of them in rank order


def _ranked_hits(
    store: Store, q: str, filters: Filters, size: int, offset: int, want: tuple[bool, bool]
) -> tuple[Hits, Hits]:
    """Articles and quotes of ``q`` ranked by BM25 in the search index (``want``: whether each is
    looked for). Ids are ranked first and text fetched for one page only: the index answers, the
    tables are read little."""
    kept_docs = filters.document_ids(store) if filters.active else None
    kept_quotes = _quotes_of(store, filters) if filters.active else None
    # The query's words, found once for both indexes when they tokenize alike.
    stems = _stems(store, "fts_main_documents", q) if _same_tokenizer(store, INDEXES) else None
    docs = (
        ranked_page(store, "fts_main_documents", q, size, offset, keep=kept_docs, stems=stems)
        if want[0]
        else (0, [])
    )
    quotes = (
        ranked_page(
            store,
            "fts_main_quotes",
            q,
            size,
            offset,
            leave_out=_scare_docids(store),
            keep=kept_quotes,
            stems=stems,
        )
        if want[1]
        else (0, [])
    )
    return docs, quotes


def _substring_hits(
    store: Store, q: str, filters: Filters, size: int, offset: int, want: tuple[bool, bool]
) -> tuple[Hits, Hits]:
    """Articles and quotes holding ``q`` (folded, case-insensitive), in ingest order: the search
    without an index."""
    where, where_params = filters.where("d", store)
    # Persian punctuation around the words is not looked for (as the index never holds it).
    like = _like_pattern(fold_query(q).strip(_PERSIAN_PUNCTUATION) or q)
    doc_hits = (
        f"SELECT id, NULL AS score, seq FROM documents d WHERE ({fold_sql('title')} ILIKE ? ESCAPE '\\' "
        f"OR {fold_sql('text')} ILIKE ? ESCAPE '\\') AND {where}"
    )
    quote_hits = (
        "SELECT q.id, NULL AS score, d.seq FROM quotes q JOIN documents d ON d.id = q.doc_id "
        f"WHERE q.kind <> 'scare' AND ({fold_sql('q.text')} ILIKE ? ESCAPE '\\' "
        f"OR {fold_sql('q.speaker')} ILIKE ? ESCAPE '\\') AND {where}"
    )
    params = [like, like, *where_params]
    no_hits: Hits = (0, [])
    docs = _page_of_hits(store, doc_hits, params, "seq, id", size, offset) if want[0] else no_hits
    quotes = _page_of_hits(store, quote_hits, params, "seq, id", size, offset) if want[1] else no_hits
    return docs, quotes


def _quote_rows(store: Store, quote_page: list[str]) -> list[dict[str, Any]]:
    """The page's quotes by id, in rank order, each with its article's title, date, outlet, name and URL."""
    by_id = {
        r["id"]: r
        for r in store.query(
            "SELECT id, doc_id, text, speaker FROM quotes WHERE id IN (SELECT unnest(?))", [quote_page]
        )
    } if quote_page else {}  # fmt: skip
    quote_docs = documents_by_id(
        store, sorted({r["doc_id"] for r in by_id.values()}), "id, title, date, outlet, name, url"
    )
    return [
        named(
            {
                **by_id[i],
                **{k: quote_docs[by_id[i]["doc_id"]][k] for k in ("title", "date", "outlet", "name", "url")},
            }
        )
        for i in quote_page
        if i in by_id and by_id[i]["doc_id"] in quote_docs
    ]


def search(
    store: Store, q: str, *, page: int, filters: Filters = NO_FILTERS, only: str | None = None
) -> dict[str, Any]:
    """Articles, quotes and speakers matching ``q``: ranked by BM25 with an index, else substring match;
    with ``filters``, only the articles they keep and the quotes printed in those. ``only``
    ("documents" or "quotes", as for a CSV of one of them) ranks that one alone; the other comes
    back empty and no speakers are looked for."""
    want = (only in (None, "documents"), only in (None, "quotes"))
    q = q.strip()
    # Whether there is an index, and the extension loaded (once per opening of the file in the app).
    fts = memo(store, "fts", lambda: has_index(store.con) and load_fts(store.con))
    size = paging.PAGE_SIZE
    hits = _ranked_hits if fts else _substring_hits
    (doc_total, doc_page), (quote_total, quote_page) = hits(store, q, filters, size, (page - 1) * size, want)
    # The page's rows by id, in rank order; each document's text too, for the page to cut its
    # snippet from (see refrain.web.search).
    found = documents_by_id(store, doc_page, "id, title, date, outlet, name, url, text")
    docs = [named(found[doc_id]) for doc_id in doc_page if doc_id in found]
    quotes = _quote_rows(store, quote_page)
    speakers = matching_speakers(store, q) if only is None else []
    return {
        "query": q,
        "mode": "fts" if fts else "substring",
        "filters": filters.params(),
        "page": page,
        "page_size": size,
        "speakers": speakers,
        "documents": page_of(docs, page=page, total=doc_total),
        "quotes": page_of(quotes, page=page, total=quote_total),
    }
