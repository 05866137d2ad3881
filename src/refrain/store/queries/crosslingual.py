"""Cross-language quote families (made by :mod:`refrain.crosslingual` at analysis): one statement
printed in several languages, its members earliest first, each with its article, outlet and date.

The store keeps one row a member (``crosslingual_members``: position 0 printed first, by date, or
by ingest order when a date is missing, as ``ordered_by`` says). These queries only read it.
"""

from __future__ import annotations

from typing import Any

from refrain.store import Store
from refrain.store.lists import memo
from refrain.store.queries.names import display_name, safe_url
from refrain.store.queries.paging import documents_by_id, page_of, page_size, page_start

LANGUAGE_NAMES = {"fa": "Persian", "en": "English", "ar": "Arabic", "fr": "French", "de": "German"}


def language_name(code: str | None) -> str:
    """A language code as a reader names it ("fa" -> "Persian"); the code itself when unknown."""
    return LANGUAGE_NAMES.get(code or "en", code or "en")


def _has_members(store: Store) -> bool:
    def compute() -> bool:
        row = store.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'crosslingual_members'"
        ).fetchone()
        return bool(row and row[0])

    return bool(memo(store, "has crosslingual_members", compute))


def _language(code: str | None) -> str:
    return code or "en"  # an article without a stored language is read as English (as the linker does)


def crosslingual_families(store: Store, *, page: int) -> dict[str, Any]:
    """Families of one statement in several languages, most members first: each with its languages
    (the first member's first) and its first member (text, speaker, article, outlet, date)."""
    if not _has_members(store):
        return page_of([], page=page, total=0)

    def compute() -> list[dict[str, Any]]:
        return store.query(
            "SELECT m.family AS id, count(*) AS size, count(DISTINCT coalesce(m.language, 'en')) AS languages, "
            "string_agg(DISTINCT coalesce(m.language, 'en'), ',' ORDER BY coalesce(m.language, 'en')) AS language_codes, "
            "any_value(m.ordered_by) AS ordered_by FROM crosslingual_members m GROUP BY m.family "
            "ORDER BY size DESC, m.family"
        )

    every = memo(store, "crosslingual families", compute)
    rows = [dict(r) for r in every[page_start(page) : page_start(page) + page_size()]]
    firsts = {
        r["family"]: r
        for r in store.query(
            "SELECT m.family, m.quote_id, m.doc_id, coalesce(m.language, 'en') AS language, q.text, "
            "coalesce(e.name, q.speaker) AS speaker FROM crosslingual_members m JOIN quotes q ON q.id = m.quote_id "
            "LEFT JOIN entities e ON e.id = q.entity_id WHERE m.position = 0 AND m.family IN (SELECT unnest(?))",
            [[r["id"] for r in rows]],
        )
    } if rows else {}  # fmt: skip
    docs = documents_by_id(store, sorted({f["doc_id"] for f in firsts.values()}))
    for r in rows:
        first = firsts.get(r["id"], {})
        d = docs.get(first.get("doc_id"), {})
        codes = (r.pop("language_codes") or "").split(",")
        lead = first.get("language")
        r["language_list"] = [lead, *[c for c in codes if c != lead]] if lead else codes
        r["language_codes"] = " ".join(r["language_list"])  # the same, as one CSV cell
        r.update(
            text=first.get("text"), speaker=first.get("speaker"), first_quote=first.get("quote_id"),
            first_doc=first.get("doc_id"), first_language=lead, first_outlet=d.get("outlet"),
            first_date=d.get("date"), first_label=display_name(d) if d else None,
            first_source_url=safe_url(d.get("url")),
        )  # fmt: skip
    return page_of(rows, page=page, total=len(every))


def crosslingual_family(store: Store, family_id: int) -> dict[str, Any] | None:
    """One cross-language family: every member earliest first (with its article's name, outlet,
    date and source link, the quotation it was linked to and how), and the members by language,
    the first member's language first."""
    if not _has_members(store):
        return None
    members = store.query(
        "SELECT m.position, m.quote_id AS id, m.doc_id, coalesce(m.language, 'en') AS language, m.ordered_by, "
        "m.linked_to, m.cosine, m.evidence, q.text, coalesce(e.name, q.speaker) AS speaker, q.speaker AS printed_speaker, "
        'q.start_offset AS start, q.end_offset AS "end", q.family AS same_language_family '
        "FROM crosslingual_members m JOIN quotes q ON q.id = m.quote_id LEFT JOIN entities e ON e.id = q.entity_id "
        "WHERE m.family = ? ORDER BY m.position, m.quote_id",
        [family_id],
    )
    if not members:
        return None
    docs = documents_by_id(
        store, sorted({m["doc_id"] for m in members}), "id, title, date, outlet, name, url, seq"
    )
    for m in members:
        d = docs.get(m["doc_id"], {"id": m["doc_id"]})
        m.update(title=d.get("title"), date=d.get("date"), outlet=d.get("outlet"), label=display_name(d),
                 source_url=safe_url(d.get("url")), order=d.get("seq"))  # fmt: skip
        m["earlier"] = "first" if m["position"] == 0 else "later"
    by_language: dict[str, list[dict[str, Any]]] = {}
    for m in members:
        by_language.setdefault(m["language"], []).append(m)
    first = members[0]
    return {
        "family": {
            "id": family_id,
            "size": len(members),
            "languages": list(by_language),
            "ordered_by": first["ordered_by"],
            "speaker": first["speaker"],
            "first_quote": first["id"],
        },
        "members": members,
        "by_language": [
            {"language": code, "name": language_name(code), "members": rows}
            for code, rows in by_language.items()
        ],
    }


def crosslingual_family_of_quotes(store: Store, quote_ids: list[str]) -> dict[str, int]:
    """{quote id: its cross-language family} for the quotes of ``quote_ids`` that have one."""
    if not quote_ids or not _has_members(store):
        return {}
    return {
        r[0]: r[1]
        for r in store.con.execute(
            "SELECT quote_id, family FROM crosslingual_members WHERE quote_id IN (SELECT unnest(?))",
            [quote_ids],
        ).fetchall()
    }


def crosslingual_of_family(store: Store, family_id: int) -> list[int]:
    """The cross-language families holding a member of the same-language quote family ``family_id``."""
    if not _has_members(store):
        return []
    return [
        r[0]
        for r in store.con.execute(
            "SELECT DISTINCT m.family FROM crosslingual_members m JOIN quotes q ON q.id = m.quote_id "
            "WHERE q.family = ? ORDER BY 1",
            [family_id],
        ).fetchall()
    ]


def family_languages(store: Store, family_ids: list[int]) -> dict[int, list[str]]:
    """For same-language quote families: the languages the statement is printed in, counting the
    cross-language families their members belong to ({family: sorted language codes})."""
    if not family_ids:
        return {}
    own = store.con.execute(
        "SELECT q.family, coalesce(d.language, 'en') FROM quotes q JOIN documents d ON d.id = q.doc_id "
        "WHERE q.family IN (SELECT unnest(?)) GROUP BY 1, 2",
        [family_ids],
    ).fetchall()
    languages: dict[int, set[str]] = {f: set() for f in family_ids}
    for family, language in own:
        languages[family].add(language)
    if _has_members(store):
        across = store.con.execute(
            "SELECT DISTINCT q.family, coalesce(m2.language, 'en') FROM quotes q "
            "JOIN crosslingual_members m ON m.quote_id = q.id JOIN crosslingual_members m2 ON m2.family = m.family "
            "WHERE q.family IN (SELECT unnest(?))",
            [family_ids],
        ).fetchall()
        for family, language in across:
            languages[family].add(language)
    return {f: sorted(v) for f, v in languages.items()}
