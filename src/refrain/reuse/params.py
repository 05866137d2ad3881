"""ReuseParams: every knob of reuse detection, each default stated once, here."""

from __future__ import annotations

from dataclasses import dataclass

from refrain.reuse.tokens import MAX_NGRAM


@dataclass(frozen=True, slots=True)
class ReuseParams:
    """Settings for :func:`refrain.reuse.align`.

    Candidate stage: documents become a candidate pair when they share at least ``min_shared``
    word ``ngram``-shingles that occur in at most ``max_df`` documents (rarer shingles say more;
    the cap keeps boilerplate from proposing every pair of an outlet).

    Alignment: matching shingles are chained into passages allowing gaps of ``max_gap`` words
    (a changed, inserted or dropped word); edges are extended word by word (match +1, edit
    ``edit_penalty``) until the score falls ``x_drop`` below its best, so that a passage ends on
    the last copied word and not beyond. Passages with fewer than ``min_words`` matched words are
    dropped.

    Boilerplate: a shingle found in ``boilerplate_min_docs`` or more documents of one outlet (or,
    for a small outlet, in ``boilerplate_share`` of its documents and at least 3) is boilerplate
    there; a passage made mostly of such shingles, or whose cluster spans that many documents of
    one outlet, is flagged ``boilerplate=True``.

    Wide stories: a shingle left out of pairing for frequency (over ``max_df``, or boilerplate)
    still pairs each document holding it with the first one holding it (``wide_stories``), so a
    story in 500 documents is one cluster (flagged boilerplate where an outlet repeats it), not
    nothing; the cost is linear in its documents.

    Clusters: two passages are the same text when, in a document they share, their spans overlap
    by at least ``cluster_overlap`` of the longer span (so a long span holding two quotes does not
    chain the two quotes together).

    Templates (a sentence frame printed again with other facts, :mod:`refrain.reuse.templates`):
    a passage whose facts differ between its sides is a template when its cluster's documents print
    at least ``template_min_versions`` versions of the facts and at least ``template_share`` of the
    cluster's passages have facts that differ, or when ``template_min_facts`` or more facts changed
    in it.
    """

    ngram: int = 5
    max_df: int = 200
    min_shared: int = 4
    max_gap: int = 20
    min_words: int = 15
    x_drop: int = 4
    edit_penalty: int = 2
    max_repeats: int = 8
    boilerplate_min_docs: int = 10
    boilerplate_share: float = 0.25
    cluster_overlap: float = 0.5
    template_min_versions: int = 3
    template_share: float = 0.5
    template_min_facts: int = 2
    wide_stories: bool = True

    def __post_init__(self) -> None:
        if not 2 <= self.ngram <= MAX_NGRAM:
            raise ValueError(f"ReuseParams.ngram must be between 2 and {MAX_NGRAM}, got {self.ngram}")
        if self.max_df < 2:
            raise ValueError(f"ReuseParams.max_df must be at least 2 (a pair), got {self.max_df}")
        if self.min_shared < 1:
            raise ValueError(f"ReuseParams.min_shared must be at least 1, got {self.min_shared}")
        if self.min_words < self.ngram:
            raise ValueError(
                f"ReuseParams.min_words ({self.min_words}) must be at least ngram ({self.ngram})"
            )
        if self.max_gap < 0 or self.x_drop < 0 or self.edit_penalty < 1 or self.max_repeats < 1:
            raise ValueError("ReuseParams.max_gap/x_drop must be >= 0, edit_penalty/max_repeats >= 1")
        if self.boilerplate_min_docs < 2:
            raise ValueError(
                f"ReuseParams.boilerplate_min_docs must be at least 2, got {self.boilerplate_min_docs}"
            )
        if not 0.0 < self.boilerplate_share <= 1.0:
            raise ValueError(f"ReuseParams.boilerplate_share must be in (0, 1], got {self.boilerplate_share}")
        if not 0.0 < self.cluster_overlap <= 1.0:
            raise ValueError(f"ReuseParams.cluster_overlap must be in (0, 1], got {self.cluster_overlap}")
        if self.template_min_versions < 2 or self.template_min_facts < 1:
            raise ValueError("ReuseParams.template_min_versions must be >= 2, template_min_facts >= 1")
        if not 0.0 < self.template_share <= 1.0:
            raise ValueError(f"ReuseParams.template_share must be in (0, 1], got {self.template_share}")


DEFAULT_PARAMS = ReuseParams()
