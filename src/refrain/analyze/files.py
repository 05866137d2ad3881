"""The analysers over documents read from files, without a store (`refrain quotes|claims|reuse FILE`).

The same per-document function as `refrain analyze` (:func:`refrain.analyze.analyse_document`)
and the same reuse engines; what is particular to files is said here once: offsets are into the
source file's decoded text for plain-text inputs (:func:`to_source`), and a document is named by
:func:`display_name`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from refrain.analyze.document import DocumentFailure, analyse_within, run_within
from refrain.document import Document

OnFailure = Callable[[DocumentFailure], None]


def to_source(doc: Document, offset: int | None) -> int | None:
    """An offset into ``doc.text`` as an offset into its source file's text (plain-text inputs:
    ``doc.start`` is where the article starts in the file; other inputs have none)."""
    if offset is None:
        return None
    return offset + (doc.start or 0)


def display_name(doc: Document, docs: Iterable[Document] = ()) -> str:
    """How refrain names a document to people: ``path``, ``path#id`` for a record of a container
    (JSONL, CSV, WARC, feed), and ``path#index`` for one of several articles of one text file
    (``docs``: the documents read with it; without them the file's article is not told apart).

    >>> a, b = Document(text="One.", source="a.txt", index=0), Document(text="Two.", source="a.txt", index=1)
    >>> display_name(b, [a, b]), display_name(b)
    ('a.txt#1', 'a.txt')
    """
    if doc.key is None and sum(1 for d in docs if d.source == doc.source) > 1:
        return f"{doc.source}#{doc.index}"
    return doc.name


def quote_rows_of(
    docs: Iterable[Document], *, seconds: float = 0, on_failure: OnFailure | None = None
) -> Iterator[dict[str, Any]]:
    """One row a quotation: the document's name and article index, then the quote's fields, with
    every offset into the source file (see :func:`to_source`). A document whose analysis runs over
    ``seconds`` (0: no limit) or fails is skipped and given to ``on_failure``."""
    from refrain import quotes

    for doc in docs:
        found = run_within(
            doc, seconds, lambda doc=doc: list(quotes.find(doc.text, date=doc.date, language=doc.language))
        )
        if isinstance(found, DocumentFailure):
            if on_failure:
                on_failure(found)
            continue
        for q in found:
            row = q.to_dict()
            m = row.get("speaker_mention")
            if m:
                m = {**m, "start": to_source(doc, m["start"]), "end": to_source(doc, m["end"])}
            yield {
                "doc": doc.name,
                "article": doc.index,
                **row,
                "start": to_source(doc, q.start),
                "end": to_source(doc, q.end),
                "pieces": [[to_source(doc, s), to_source(doc, e)] for s, e in q.pieces],
                "speaker_mention": m,
            }


def claim_rows_of(
    docs: Iterable[Document], *, seconds: float = 0, on_failure: OnFailure | None = None
) -> list[dict[str, Any]]:
    """One row a claim, with its conflict group among the claims of all ``docs`` (figures of one
    quantity that two sources give incompatibly), offsets into the source file. A document whose analysis runs over ``seconds``
    (0: no limit) or fails is skipped and given to ``on_failure``."""
    from refrain import claims

    found: list[tuple[Document, Any]] = []
    for doc in docs:
        outcome = analyse_within(doc, seconds)
        if isinstance(outcome, DocumentFailure):
            if on_failure:
                on_failure(outcome)
            continue
        _, _, doc_claims = outcome
        found.extend((doc, c) for c in doc_claims)
    sources = {d.name: claims.Source(d.outlet, d.date, d.title, d.text) for d, _ in found}
    groups = claims.group(((d.name, c) for d, c in found), sources)
    group_of = {id(c): g.id for g in groups if not g.agree for _, c in g.claims}  # conflicts only
    return [
        {
            "doc": d.name,
            "article": d.index,
            **c.to_dict(),
            "start": to_source(d, c.start),
            "end": to_source(d, c.end),
            "what": c.what.text if c.what else None,
            "when": c.when_iso or (c.when.text if c.when else None),
            "where": c.where.text if c.where else None,
            "conflict_group": group_of.get(id(c)),
        }
        for d, c in found
    ]


def reuse_rows_of(
    docs: list[Document],
    *,
    engine: str = "local",
    master: str = "local[*]",
    memory_mb: float | None = None,
    boilerplate: bool = False,
    on_cutoffs: Callable[[str], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """Passages shared between ``docs`` (each named by :func:`display_name`), offsets into the
    source files; boilerplate and template passages only when asked. ``engine``: "local", "disk"
    (out of core, batches sized to ``memory_mb``; the same passages) or "spark".
    ``on_cutoffs`` is given the one line saying what the frequency limits left out, if anything."""
    from refrain import reuse

    by_name = {display_name(d, docs): d for d in docs}
    inputs = [
        reuse.ReuseDoc(name=name, text=d.text, date=d.date, outlet=d.outlet, order=i)
        for i, (name, d) in enumerate(by_name.items())
    ]
    if engine == "spark":
        from refrain.spark import align_spark

        result = align_spark(inputs, master=master)
    elif engine == "disk":
        from refrain.reuse.outofcore import DiskLimits, align_on_disk

        limits = DiskLimits() if memory_mb is None else DiskLimits(memory_mb=memory_mb)
        result = align_on_disk(inputs, reuse.DEFAULT_PARAMS, limits=limits)
    else:
        result = reuse.align(inputs)
    said = result.cutoffs.line() if result.cutoffs else ""
    if said and on_cutoffs:
        on_cutoffs(said)
    for p in result.passages:
        if (p.boilerplate or p.template) and not boilerplate:
            continue
        a, b = by_name[p.a], by_name[p.b]
        yield {
            **p.to_dict(),
            "a_start": to_source(a, p.a_start),
            "a_end": to_source(a, p.a_end),
            "b_start": to_source(b, p.b_start),
            "b_end": to_source(b, p.b_end),
        }
