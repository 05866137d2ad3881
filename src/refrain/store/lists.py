"""Corpus-wide lists that many pages cut from, computed once while the store file stays open.

The web app keeps the store open read-only between bursts of requests, and nobody can change the
file meanwhile; so a list every page of the articles, speakers or shared passages needs (the
order of all articles, the ranking of all speakers, of all pairs) is built once and sliced,
instead of sorting or grouping the whole table again for each page. Outside the app (a plain
Store) each call computes its list.
"""

from __future__ import annotations

import sys
from typing import Any, NamedTuple

from refrain.store import Store


def memo(store: Store, key: Any, compute: Any) -> Any:
    """``compute()``, once per opening of the file when the store is the web app's (see web.db)."""
    memo = getattr(store, "memo", None)
    return memo(key, compute) if memo else compute()


def article_order(store: Store, outlet: str | None = None) -> list[str]:
    """Every article id (of one outlet, or all) in list order: by date, undated last, then ingest order.

    Kept while the file is open, so that a page of the list (page 200 as cheaply as page 1) is a
    slice of it rather than a sort of the whole table with an offset.
    """

    def compute() -> list[str]:
        where, params = ("coalesce(outlet, '(unknown)') = ?", [outlet]) if outlet else ("true", [])
        sql = f"SELECT id FROM documents WHERE {where} ORDER BY date NULLS LAST, seq"
        return [r[0] for r in store.con.execute(sql, params).fetchall()]

    if outlet:
        outlets = memo(
            store,
            "outlets",
            lambda: {
                r[0]
                for r in store.con.execute(
                    "SELECT DISTINCT coalesce(outlet, '(unknown)') FROM documents"
                ).fetchall()
            },
        )
        if outlet not in outlets:
            return []
    return memo(store, ("article_order", outlet), compute)


def lowered_speaker_names(store: Store) -> list[tuple[str, str | None, str, str | None, int]]:
    """(resolved name, name as printed, both lower-cased by DuckDB, quotes) for every speaker, scare
    quotes left out.

    One pass over the quotes, kept while the file is open: the list of speakers (every page of it),
    a speaker's page and the speakers a search finds are cut from it instead of grouping or
    lower-casing every quote's names each time.
    """

    def compute() -> list[tuple[str, str | None, str, str | None, int]]:
        rows = store.con.execute(
            "SELECT coalesce(e.name, q.speaker), q.speaker, lower(coalesce(e.name, q.speaker)), lower(q.speaker), "
            "count(*) FROM quotes q LEFT JOIN entities e ON e.id = q.entity_id WHERE q.kind <> 'scare' "
            "AND coalesce(e.name, q.speaker) IS NOT NULL GROUP BY 1, 2, 3, 4"
        ).fetchall()
        return [
            (str(name), raw, str(lowered), raw_lowered, int(n)) for name, raw, lowered, raw_lowered, n in rows
        ]

    return memo(store, "lowered_speaker_names", compute)


def speaker_names(store: Store) -> list[tuple[str, str | None, int]]:
    """(resolved name, name as printed, quotes) for every speaker (see lowered_speaker_names)."""
    return memo(
        store,
        "speaker_names",
        lambda: [(name, raw, n) for name, raw, _, _, n in lowered_speaker_names(store)],
    )


def speaker_ranking(store: Store) -> list[tuple[str, int]]:
    """(speaker, quotes) most quoted first, ties by name: the order of the shared ``speakers`` query."""

    def compute() -> list[tuple[str, int]]:
        counts: dict[str, int] = {}
        for name, raw, n in speaker_names(store):
            if raw is not None:  # as printed with no name: not a speaker of the list
                counts[name] = counts.get(name, 0) + n
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    return memo(store, "speaker_ranking", compute)


# A quotation's speaker kinds (refrain.entities.kinds.KINDS, quotes.speaker_kind), in the order a
# tie between them is settled: a name whose quotes carry several kinds takes the one most carry.
SPEAKER_KINDS = ("person", "organisation", "document", "unnamed")


def speaker_kinds(store: Store) -> dict[str, str | None]:
    """Resolved name -> the kind most of its quotes carry (ties to the earlier of SPEAKER_KINDS), for
    every speaker of the ranking; None when none of its quotes has one (stored before the kind was)."""

    def compute() -> dict[str, str | None]:
        counts: dict[str, dict[str, int]] = {}
        for name, kind, n in store.con.execute(
            "SELECT coalesce(e.name, q.speaker), q.speaker_kind, count(*) FROM quotes q "
            "LEFT JOIN entities e ON e.id = q.entity_id WHERE q.kind <> 'scare' AND q.speaker IS NOT NULL "
            "AND q.speaker_kind IS NOT NULL GROUP BY 1, 2"
        ).fetchall():
            if kind in SPEAKER_KINDS:  # anything else written by hand is no kind this list knows
                counts.setdefault(name, {})[kind] = int(n)
        order = {kind: i for i, kind in enumerate(SPEAKER_KINDS)}
        chosen = {
            name: min(by_kind, key=lambda k: (-by_kind[k], order[k])) for name, by_kind in counts.items()
        }
        return {name: chosen.get(name) for name, _ in speaker_ranking(store)}

    return memo(store, "speaker_kinds", compute)


def reuse_ranking(store: Store) -> list[tuple[str, str, int, int, float | None]]:
    """(a_doc, b_doc, passages, characters, best score) of every pair sharing passages (boilerplate
    and templates left out), most shared text first: one aggregate of the passages, kept while the
    file is open."""

    def compute() -> list[tuple[str, str, int, int, float | None]]:
        return [
            (a, b, int(n), int(chars or 0), score)
            for a, b, n, chars, score in store.con.execute(
                "SELECT p.a_doc, p.b_doc, count(*) AS passages, sum(p.a_end - p.a_start) AS chars, max(p.score) "
                "FROM passages p WHERE NOT coalesce(p.boilerplate, false) AND NOT coalesce(p.template, false) "
                "AND p.a_doc IN (SELECT id FROM documents) AND p.b_doc IN (SELECT id FROM documents) "
                "GROUP BY p.a_doc, p.b_doc ORDER BY chars DESC, p.a_doc, p.b_doc"
            ).fetchall()
        ]

    return memo(store, "reuse_ranking", compute)


class SpeakerQuote(NamedTuple):
    id: str
    doc_id: str
    printed: str | None  # the speaker's name as printed in the article
    entity_id: str | None
    role: str | None


class SpeakerQuotes(NamedTuple):
    by_name: dict[str, list[SpeakerQuote]]  # resolved name -> its quotes (scare quotes left out)
    by_entity: dict[str, set[str]]  # entity id -> the resolved names of the quotes that carry it


def speaker_quotes(store: Store) -> SpeakerQuotes:
    """Every attributed quote's id, document, printed name, entity and role, by resolved name.

    Kept while the file is open (about 100,000 small tuples for the Tehran Times articles): a
    speaker's page and the details of a page of speakers then read no quote they do not show,
    where filtering the quotes table by name scans 120,000 names each time (25-50 ms).
    """

    def compute() -> SpeakerQuotes:
        by_name: dict[str, list[SpeakerQuote]] = {}
        by_entity: dict[str, set[str]] = {}
        intern = sys.intern
        rows = store.con.execute(
            "SELECT coalesce(e.name, q.speaker), q.id, q.doc_id, q.speaker, q.entity_id, q.role FROM quotes q "
            "LEFT JOIN entities e ON e.id = q.entity_id WHERE q.kind <> 'scare' AND coalesce(e.name, q.speaker) IS NOT NULL"
        ).fetchall()
        for name, quote_id, doc_id, printed, entity_id, role in rows:
            name = intern(name)
            by_name.setdefault(name, []).append(
                SpeakerQuote(
                    quote_id,
                    intern(doc_id),
                    intern(printed) if printed is not None else None,
                    intern(entity_id) if entity_id is not None else None,
                    intern(role) if role is not None else None,
                )
            )
            if entity_id is not None:
                by_entity.setdefault(entity_id, set()).add(name)
        return SpeakerQuotes(by_name, by_entity)

    return memo(store, "speaker_quotes", compute)


class ConflictGroups(NamedTuple):
    groups: list[dict[str, Any]]  # the groups whose figures disagree, largest first
    claims: dict[int, list[dict[str, Any]]]  # group id -> its claims


def conflict_groups(store: Store, claim_columns: str) -> ConflictGroups:
    """The disagreeing groups (id, what_key, when_iso, size, sources, topic, where_text) and their
    claims, read once; the most independent sources disagreeing first."""

    def compute() -> ConflictGroups:
        groups = store.query(
            "SELECT id, what_key, when_iso, size, sources, topic, where_text FROM conflict_groups WHERE NOT agree "
            "ORDER BY sources DESC NULLS LAST, size DESC, id"
        )
        claims: dict[int, list[dict[str, Any]]] = {}
        for c in store.query(
            f"SELECT {claim_columns} FROM claims c WHERE c.conflict_group IN "
            "(SELECT id FROM conflict_groups WHERE NOT agree)"
        ):
            claims.setdefault(c["conflict_group"], []).append(c)
        return ConflictGroups(groups, claims)

    return memo(store, ("conflict_groups", claim_columns), compute)
