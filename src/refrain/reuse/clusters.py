"""Clusters: the same passage across many documents, and who printed it first.

Passages are linked when, in a document they share, their spans overlap by at least
``cluster_overlap`` of the longer one. Not transitive over whole documents, and not on any
overlap: if article X reprints all of W, and Y quotes one sentence of X while Z quotes another,
the reprint X–W, the quote Y and the quote Z stay three clusters.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from refrain.reuse.model import Cluster, ReuseDoc
from refrain.reuse.params import ReuseParams
from refrain.unionfind import UnionFind

SNIPPET_CHARS = 200
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class RawPassage:
    """A passage between documents number ``a`` < ``b`` (indices into the ingest-ordered docs)."""

    a: int
    a_start: int
    a_end: int
    b: int
    b_start: int
    b_end: int
    score: float
    boilerplate: bool
    facts: int = 0  # facts changed between the two sides, the other words kept (templates.fact_changes)


def _same_text(s1: int, e1: int, s2: int, e2: int, min_overlap: float) -> bool:
    overlap = min(e1, e2) - max(s1, s2)
    return overlap > 0 and overlap >= min_overlap * max(e1 - s1, e2 - s2)


def group_passages(passages: Sequence[RawPassage], min_overlap: float) -> list[int]:
    """Cluster number (0..k-1, in order of first passage) of every passage."""
    uf = UnionFind(len(passages))
    # Spans per document; identical spans are joined at once (verbatim copies give many).
    spans: dict[int, dict[tuple[int, int], int]] = defaultdict(dict)
    for idx, p in enumerate(passages):
        for doc, start, end in ((p.a, p.a_start, p.a_end), (p.b, p.b_start, p.b_end)):
            first = spans[doc].setdefault((start, end), idx)
            if first != idx:
                uf.union(first, idx)
    for doc_spans in spans.values():
        ordered = sorted(doc_spans.items())
        active: list[tuple[int, int, int]] = []  # (end, start, passage) still open
        for (start, end), idx in ordered:
            active = [item for item in active if item[0] > start]
            for other_end, other_start, other in active:
                if _same_text(start, end, other_start, other_end, min_overlap):
                    uf.union(idx, other)
            active.append((end, start, idx))
    numbering: dict[int, int] = {}
    return [numbering.setdefault(uf.find(i), len(numbering)) for i in range(len(passages))]


def _merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def build_clusters(
    docs: Sequence[ReuseDoc],
    passages: Sequence[RawPassage],
    labels: Sequence[int],
    outlet_thresholds: dict[str | None, int],
    params: ReuseParams,
) -> tuple[list[Cluster], dict[int, int]]:
    """One :class:`Cluster` per label, numbered by where its earliest member stands in ingest order,
    and the map from label to cluster id.

    A cluster is boilerplate when it spans, in one outlet, at least that outlet's threshold of
    documents (``outlet_thresholds``), or when most passages in it were flagged by their shingles.
    It is a template when its documents print at least ``params.template_min_versions`` versions of
    the facts (:func:`fact_versions`) and at least ``params.template_share`` of its passages have
    facts that differ (:mod:`refrain.reuse.templates`).
    """
    by_label: dict[int, list[RawPassage]] = defaultdict(list)
    for p, label in zip(passages, labels, strict=True):
        by_label[label].append(p)
    drafts = []
    for label, group in by_label.items():
        spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for p in group:
            spans[p.a].append((p.a_start, p.a_end))
            spans[p.b].append((p.b_start, p.b_end))
        members = [(d, s, e) for d in sorted(spans) for s, e in _merged_spans(spans[d])]
        member_docs = sorted(spans)
        if all(docs[d].date for d in member_docs):
            first = min(member_docs, key=lambda d: (docs[d].date, d))
            earliest_by = "date"
        else:
            first = member_docs[0]  # docs are numbered in ingest order
            earliest_by = "ingest order"
        first_span = next((s, e) for d, s, e in members if d == first)
        per_outlet: dict[str | None, int] = defaultdict(int)
        for d in member_docs:
            per_outlet[docs[d].outlet] += 1
        boilerplate = any(count >= outlet_thresholds[o] for o, count in per_outlet.items()) or (
            2 * sum(p.boilerplate for p in group) > len(group)
        )
        template = (
            sum(p.facts > 0 for p in group) >= params.template_share * len(group)
            and fact_versions(group) >= params.template_min_versions
        )
        drafts.append((first, first_span, label, members, earliest_by, boilerplate, template))
    drafts.sort(key=lambda d: (d[0], d[1]))
    clusters = []
    relabel: dict[int, int] = {}
    for new_id, (first, (start, end), label, members, earliest_by, boilerplate, template) in enumerate(
        drafts
    ):
        relabel[label] = new_id
        clusters.append(
            Cluster(
                id=new_id,
                members=tuple((docs[d].name, s, e) for d, s, e in members),
                earliest=docs[first].name,
                earliest_by=earliest_by,
                snippet=snippet(docs[first].text[start:end]),
                boilerplate=boilerplate,
                template=template,
            )
        )
    return clusters, relabel


def fact_versions(group: Sequence[RawPassage]) -> int:
    """How many versions of the facts a cluster's documents print: documents joined by a passage
    whose facts agree are one version. Two copies of one report and a correction of it make two, a
    frame reprinted every month makes one a month (the frame recurs "over time")."""
    docs = sorted({d for p in group for d in (p.a, p.b)})
    index = {d: i for i, d in enumerate(docs)}
    uf = UnionFind(len(docs))
    for p in group:
        if p.facts == 0:
            uf.union(index[p.a], index[p.b])
    return len({uf.find(i) for i in range(len(docs))})


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """``text`` on one line, cut at a word boundary near ``limit`` characters."""
    if len(text) > 4 * limit:
        # A long passage: flattening its start is enough (flattening a prefix gives a prefix of
        # the flattened whole), once that start is longer than the cut.
        head = _SPACES.sub(" ", text[: 4 * limit]).lstrip()
        if len(head) > limit + 1:
            cut = head.rfind(" ", 0, limit)
            return head[: cut if cut > limit // 2 else limit] + "…"
    flat = _SPACES.sub(" ", text).strip()
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    return flat[: cut if cut > limit // 2 else limit] + "…"
