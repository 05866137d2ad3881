"""The values reuse detection takes and gives: documents in, passages and clusters out."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from refrain.document import Span


@dataclass(frozen=True, slots=True)
class ReuseDoc:
    """One text to compare. ``order`` is ingest order (what "earliest" falls back to without dates);
    ``date`` an ISO 8601 date (YYYY-MM-DD) when known; ``outlet`` who published it (boilerplate is
    judged per outlet)."""

    name: str
    text: str
    date: str | None = None
    outlet: str | None = None
    order: int = 0


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage of ``a`` reused in ``b`` (or the reverse): half-open code-point spans in each text.

    ``a`` comes before ``b`` in ingest order. ``score`` is the share of words that match (1.0 for
    a verbatim copy). ``cluster`` is the id of the :class:`Cluster` holding it. ``boilerplate``
    marks text an outlet repeats across many of its articles (tag lines, bylines, disclaimers):
    it is kept so it can be shown, but it is not reuse. ``template`` marks a recurring sentence
    frame whose facts differ between the two sides (a monthly figure, a weekly price: the same
    words, other news; see :mod:`refrain.reuse.templates`): kept and shown, not reuse either.
    """

    a: str
    a_start: int
    a_end: int
    b: str
    b_start: int
    b_end: int
    score: float
    cluster: int | None
    boilerplate: bool
    template: bool = False

    def __post_init__(self) -> None:  # both sides' offsets checked when made, as every finding's
        Span(self.a_start, self.a_end)
        Span(self.b_start, self.b_end)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Cluster:
    """The same passage across several documents.

    ``members`` are ``(document name, start, end)`` spans, in ingest order. ``earliest`` names the
    first document to carry it, judged by publication date when every member has one, else by
    ingest order; ``earliest_by`` says which (``"date"`` or ``"ingest order"``). ``snippet`` is the
    start of the passage as the earliest document prints it. ``template``: the passage is a
    sentence frame that recurs across its documents with other facts (its passages whose facts
    differ are labelled ``Passage.template``).
    """

    id: int
    members: tuple[tuple[str, int, int], ...]
    earliest: str
    earliest_by: str
    snippet: str
    boilerplate: bool = False
    template: bool = False

    @property
    def documents(self) -> tuple[str, ...]:
        """Distinct member documents, in ingest order."""
        return tuple(dict.fromkeys(name for name, _, _ in self.members))

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["members"] = [list(m) for m in self.members]
        return out


@dataclass(frozen=True, slots=True)
class CutOffs:
    """What the frequency limits left out of a run (stated, never silent).

    ``frequent_shingles``: distinct word shingles found in more than ``max_df`` documents (they
    propose no pairs), held by ``frequent_documents`` documents; ``boilerplate_shingles``:
    shingles recurring in ``boilerplate_min_docs`` (or, for a small outlet, its share) documents of
    one outlet, held by ``boilerplate_documents`` documents (they propose no pairs either).
    """

    max_df: int
    boilerplate_min_docs: int
    frequent_shingles: int = 0
    frequent_documents: int = 0
    boilerplate_shingles: int = 0
    boilerplate_documents: int = 0
    wide_stories: bool = True  # their documents were still paired with the first one holding them

    def line(self) -> str:
        """One line saying what was left out and why ('' when nothing was)."""
        said = []
        if self.frequent_shingles:
            said.append(
                f"{self.frequent_shingles:,} shingles in more than {self.max_df} documents (max_df) "
                f"left out, in {self.frequent_documents:,} documents"
            )
        if self.boilerplate_shingles:
            said.append(
                f"{self.boilerplate_shingles:,} shingles recurring in {self.boilerplate_min_docs}+ documents "
                f"of one outlet (boilerplate_min_docs) left out, in {self.boilerplate_documents:,} documents"
            )
        if not said:
            return ""
        how = (
            " (of all-pairs matching: each document holding one is matched with the first holding it only)"
            if self.wide_stories
            else " (wide_stories off: their documents are not matched at all)"
        )
        return "reuse: " + "; ".join(said) + how


@dataclass(slots=True)
class ReuseResult:
    """What :func:`refrain.reuse.align` finds: passages (boilerplate and template ones flagged)
    and clusters, and what the frequency limits left out (``cutoffs``)."""

    passages: list[Passage] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    cutoffs: CutOffs | None = None

    @property
    def reuse(self) -> list[Passage]:
        """Passages that are reuse (boilerplate and templates left out)."""
        return [p for p in self.passages if not p.boilerplate and not p.template]
