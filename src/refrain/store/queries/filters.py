"""Facets a list or a search is narrowed by (outlet, date range, language, speaker, quote kind), as
parameterised SQL over the documents: user text only ever travels as a parameter.

Dates are compared as the ISO text they are stored as; a bound may be a year or a month
(``date_to=2024-03`` keeps all of March). ``speaker`` keeps articles quoting someone whose name
(resolved or as printed) contains it, ignoring case; ``kind`` keeps articles with a quote of that
kind (direct, indirect ...). On the speakers list, whose rows are speakers, ``kind`` is the
speaker's kind instead (see :func:`speaker_kinds_kept`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from refrain.store import Store
from refrain.store.lists import SPEAKER_KINDS, lowered_speaker_names, memo, speaker_quotes

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def like_contains(text: str) -> str:
    """An ILIKE pattern matching ``text`` anywhere, its wildcards escaped (ESCAPE '\\')."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass(frozen=True)
class Filters:
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    language: str | None = None
    speaker: str | None = None
    kind: str | None = None

    @property
    def active(self) -> bool:
        return any(v for v in asdict(self).values())

    def key(self) -> tuple[Any, ...]:
        return tuple(asdict(self).values())

    def params(self) -> dict[str, str]:
        """The filters set, as URL query parameters (to keep them in links and pagers)."""
        return {k: v for k, v in asdict(self).items() if v}

    def where(self, alias: str = "d", store: Store | None = None) -> tuple[str, list[Any]]:
        """A WHERE condition over ``documents <alias>`` and its parameters ("true" when nothing is set).

        With the web app's ``store``, a ``speaker`` (without ``kind``) is the ids of the documents
        quoting them, cut from the speaker lists kept while the file is open (``speaker_documents``),
        instead of a case-blind match over every quote's names in the SQL (a scan of all quotes per
        request; for a single query, as from the command line, that scan is the cheaper)."""
        if _keeps_lists(store) and self.speaker and not self.kind:
            where, params = replace(self, speaker=None).where(alias)
            kept = sorted(speaker_documents(store, self.speaker))
            return f"{where} AND {alias}.id IN (SELECT unnest(?::VARCHAR[]))", [*params, kept]
        clauses: list[str] = []
        params: list[Any] = []
        if self.outlet:
            clauses.append(f"coalesce({alias}.outlet, '(unknown)') = ?")
            params.append(self.outlet)
        if self.date_from:
            clauses.append(f"{alias}.date >= ?")
            params.append(self.date_from)
        if self.date_to:
            # "2024-03" keeps every day of March: compare the date cut to the bound's length.
            clauses.append(f"left({alias}.date, length(?)) <= ?")
            params += [self.date_to, self.date_to]
        if self.language:
            clauses.append(f"{alias}.language = ?")
            params.append(self.language)
        if self.speaker or self.kind:
            quote_where, quote_params = ["q.kind <> 'scare'"], []
            if self.speaker:
                quote_where.append(
                    "(coalesce(e.name, q.speaker) ILIKE ? ESCAPE '\\' OR q.speaker ILIKE ? ESCAPE '\\')"
                )
                quote_params += [like_contains(self.speaker)] * 2
            if self.kind:
                quote_where.append("q.kind = ?")
                quote_params.append(self.kind)
            clauses.append(
                f"{alias}.id IN (SELECT q.doc_id FROM quotes q LEFT JOIN entities e ON e.id = q.entity_id "
                f"WHERE {' AND '.join(quote_where)})"
            )
            params += quote_params
        return (" AND ".join(clauses) or "true"), params

    def document_ids(self, store: Store) -> frozenset[str]:
        """The ids of the documents these filters keep (kept while the store file stays open)."""

        def compute() -> frozenset[str]:
            if _keeps_lists(store) and self.speaker and not replace(self, speaker=None).active:
                return speaker_documents(store, self.speaker)
            where, params = self.where("d", store)
            rows = store.con.execute(f"SELECT d.id FROM documents d WHERE {where}", params).fetchall()
            return frozenset(r[0] for r in rows)

        return memo(store, ("filtered documents", self.key()), compute)


NO_FILTERS = Filters()


def _keeps_lists(store: Store | None) -> bool:
    """Whether ``store`` is the web app's, which keeps corpus-wide lists while the file is open."""
    return getattr(store, "memo", None) is not None


def speaker_documents(store: Store, speaker: str) -> frozenset[str]:
    """The ids of the documents quoting (scare quotes left out) someone whose name, resolved or as
    printed, contains ``speaker`` ignoring case: the ``speaker`` facet's documents.

    The same rows as the facet's SQL (``ILIKE '%speaker%'`` on both names), from the names and the
    quotes by name that the web app keeps while the file is open: a pass over the distinct names
    (some thousands) and the matching speakers' quotes, not over every quote.
    """
    needle = speaker.lower()
    matched: dict[str, set[str | None]] = {}
    for name, printed, name_lower, printed_lower, _ in lowered_speaker_names(store):
        if needle in name_lower or (printed_lower is not None and needle in printed_lower):
            matched.setdefault(name, set()).add(printed)
    by_name = speaker_quotes(store).by_name
    return frozenset(
        q.doc_id for name, printed in matched.items() for q in by_name.get(name, ()) if q.printed in printed
    )


# The speakers list's ``kind``: "named" (the default: people, organisations and the unknown, which
# are mostly names and would otherwise vanish from a store written before the kind existed), one
# speaker kind, "unknown" (quotes stored before kinds were) or "all".
SPEAKER_KIND_CHOICES = ("named", *SPEAKER_KINDS, "unknown", "all")
NAMED_SPEAKERS: frozenset[str | None] = frozenset({"person", "organisation", None})


def speaker_kinds_kept(kind: str | None) -> frozenset[str | None]:
    """The speaker kinds (None: unknown) the speakers list keeps for a ``kind`` facet value.

    >>> sorted(speaker_kinds_kept("unknown")), sorted(speaker_kinds_kept("unnamed"))
    ([None], ['unnamed'])
    """
    if not kind or kind == "named":
        return NAMED_SPEAKERS
    if kind == "all":
        return frozenset({*SPEAKER_KINDS, None})
    if kind == "unknown":
        return frozenset({None})
    if kind in SPEAKER_KINDS:
        return frozenset({kind})
    raise ValueError(f"no speaker kind {kind!r}: one of {', '.join(SPEAKER_KIND_CHOICES)}")


# Sortable columns of the articles list: the SQL for each is fixed here, never read from a request.
ARTICLE_SORTS = {
    "date": "d.date NULLS LAST, d.seq",
    "-date": "d.date DESC NULLS LAST, d.seq",
    "title": "lower(d.title) NULLS LAST, d.seq",
    "-title": "lower(d.title) DESC NULLS LAST, d.seq",
    "outlet": "coalesce(d.outlet, '(unknown)'), d.date NULLS LAST, d.seq",
    "-outlet": "coalesce(d.outlet, '(unknown)') DESC, d.date NULLS LAST, d.seq",
    "length": "length(d.text), d.seq",
    "-length": "length(d.text) DESC, d.seq",
}


def on_documents(filters: Filters) -> Filters:
    """Only the facets that are about the article (outlet, dates, language): lists whose rows are not
    articles (families, speakers, conflicts) apply speaker and kind to their own rows instead."""
    return Filters(outlet=filters.outlet, date_from=filters.date_from, date_to=filters.date_to,
                   language=filters.language)  # fmt: skip


# Sortable columns of the other lists, each a fixed whitelist (the first is the default).
# Families: the SQL over ``quote_families f`` joined to its first document ``d``.
FAMILY_SORTS = {
    "-size": "f.size DESC, f.id",
    "size": "f.size, f.id",
    "date": "d.date NULLS LAST, d.seq NULLS LAST, f.id",
    "-date": "d.date DESC NULLS LAST, d.seq NULLS LAST, f.id",
    "speaker": "lower(f.speaker) NULLS LAST, f.size DESC, f.id",
    "-speaker": "lower(f.speaker) DESC NULLS LAST, f.size DESC, f.id",
}
# Speakers and conflicts are sorted in Python from kept lists: the keys only.
SPEAKER_SORTS = ("-quotes", "quotes", "speaker", "-speaker")
CONFLICT_SORTS = ("-size", "size", "-spread", "spread", "what", "-what", "when", "-when")
# Pairs sharing passages: sorted from the kept ranking by its numbers (most shared text first by default).
REUSE_SORTS = ("-chars", "chars", "-passages", "passages", "-score", "score")
