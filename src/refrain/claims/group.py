"""Grouping figures that state the same quantity, and telling agreement from conflict.

Two figures are in one group when they state the same quantity (see
:func:`refrain.claims.conflicts.same_quantity`: the same counted thing and event, subject, place
and period, neither a part of a larger figure nor an update of an earlier one). A group is a
conflict when two of its figures, from different sources, allow no value in common given their
hedges, ranges and rounding: "about four million" and "more than 3 million" agree; "14 died" and
"at least 31 were killed" do not. Conflicts come first, the most independent sources disagreeing
first.

Candidates are found through the rare words the figures' contexts share (a word in more than
``TOPIC_MAX_SHARE`` of the figures, and ``TOPIC_MIN_DF`` at least, ties nothing: "Iran" in a
corpus about Iran), so a corpus of 30,000 articles is not compared pair by pair.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from refrain.claims.conflicts import disputed, same_quantity
from refrain.claims.lexicon import lexicon
from refrain.claims.model import Claim
from refrain.claims.ranges import value_range
from refrain.claims.reading import Figure, Source, read
from refrain.claims.rivals import rival_incompatible, rival_pairs

__all__ = ["ConflictGroup", "Source", "group", "values_agree"]

TOPIC_MIN_DF = 30  # a word may tie this many figures ...
TOPIC_MAX_SHARE = 0.002  # ... or this share of them, whichever is more


@dataclass(slots=True)
class ConflictGroup:
    """Figures (with the name of the document each comes from) stating one quantity."""

    id: int
    what_key: str  # "event|thing": "kill|person"
    when: str | None  # the time the figures name: "2023", "first quarter 2023"
    claims: list[tuple[str, Claim]] = field(default_factory=list)
    agree: bool = True
    sources: int = 0  # independent sources whose figures disagree with another source's
    where: str | None = None
    topic: str = ""  # the words the figures share: "ferry varnes"

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "what_key": self.what_key,
            "topic": self.topic,
            "where": self.where,
            "when": self.when,
            "agree": self.agree,
            "sources": self.sources,
            "claims": [{"doc": doc, **claim.to_dict()} for doc, claim in self.claims],
        }


def values_agree(claims: Iterable[Claim]) -> bool:
    """Whether the values the claims allow (hedges, ranges, rounding) have one in common."""
    ranges = [value_range(c) for c in claims]
    return max(lo for lo, _ in ranges) <= min(hi for _, hi in ranges)


def _same_source(a: Figure, b: Figure) -> bool:
    """One source: the same claimant or outlet, or one's claimant named in the other's sentence
    that names no claimant of its own ("according to IRIB", and "..., IRIB reported" where the
    claimant was not read). A sentence naming a rival's figure ("four times the number the Red
    Crescent gave") has its own claimant."""
    if a.source == b.source:
        return True
    if (
        a.source.startswith("by:")
        and b.source.startswith("by:")
        and "@" not in a.source + b.source  # a description of one outlet's is never a surname
        and a.source[3:].split()[-1:] == b.source[3:].split()[-1:]
    ):
        return True  # "Deputy Energy Minister Houshang Falahatian" and "Houshang Falahatian"
    return any(
        x.source.startswith("by:")
        and y.source.startswith("outlet:")
        and x.claim.claimant is not None
        and _attributed_to(x.claim.claimant, y.claim.text)
        for x, y in ((a, b), (b, a))
    )


def _attributed_to(claimant: str, sentence: str) -> bool:
    """Whether the sentence gives its figure to ``claimant``: "according to [the] X", "X said",
    "X (IRIB) reported", a few words allowed between."""
    name = re.escape(claimant.lower())
    verbs = "|".join(re.escape(v) for v in sorted(lexicon().speech_verbs, key=len, reverse=True))
    lower = sentence.lower()
    return bool(
        re.search(r"according to (?:[\w'’()-]+\s+){0,3}?" + name, lower)
        or re.search(name + r"(?:[\s\w'’()-]{0,40}?)\s(?:" + verbs + r")\b", lower)
    )


def disagreeing_sources(figures: list[Figure]) -> set[str]:
    """The sources whose figure no figure of another source can be true with."""
    out: set[str] = set()
    for i, a in enumerate(figures):
        for b in figures[i + 1 :]:
            if not _same_source(a, b) and disputed(a, b) is None:
                out |= {a.source, b.source}
    return out


def _rival_clusters(figures: list[Figure]) -> list[list[int]]:
    """Figures an article sets against each other (:mod:`refrain.claims.rivals`), chained: "Reuters
    put the toll at 28, while Xinhua said it stood at 70" after "at least 55 were killed"."""
    parent = list(range(len(figures)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    linked: set[int] = set()
    for i, j in rival_pairs(figures, _same_source):
        parent[root(j)] = root(i)
        linked |= {i, j}
    chains: dict[int, list[int]] = defaultdict(list)
    for i in sorted(linked):
        chains[root(i)].append(i)
    return list(chains.values())


def _rivals_disagreeing(members: list[Figure]) -> set[str]:
    """The sources of figures set against each other whose values allow none in common (an open
    hedge reaching only so far); a restating sentence's own source may be unread (the outlet), so
    each figure counts as its own source."""
    out: set[str] = set()
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if rival_incompatible(a, b):
                out |= {f"{a.source}#{a.claim.value_text.start}", f"{b.source}#{b.claim.value_text.start}"}
    return out


def _clusters(figures: list[Figure], rare: frozenset[str]) -> list[list[int]]:
    """Figures stating one quantity, each cluster's members all pairwise the same (greedy, in order)."""
    postings: dict[tuple[object, ...], list[int]] = defaultdict(list)
    keys = [f.keys & rare for f in figures]
    for i, f in enumerate(figures):
        for w in sorted(keys[i]):
            postings[(f.unit, f.language, w)].append(i)
    clusters: list[list[int]] = []
    cluster_of: dict[int, int] = {}
    same: dict[tuple[int, int], bool] = {}

    def is_same(i: int, j: int) -> bool:
        key = (j, i) if j < i else (i, j)
        if key not in same:
            same[key] = same_quantity(figures[i], figures[j], rare)
        return same[key]

    for i, f in enumerate(figures):
        earlier: set[int] = set()
        for w in keys[i]:
            ids = postings[(f.unit, f.language, w)]
            earlier.update(ids[: bisect_left(ids, i)])
        tried: set[int] = set()
        for j in sorted(earlier):
            c = cluster_of[j]
            if c in tried or not is_same(i, j):
                continue
            tried.add(c)
            if all(is_same(i, k) for k in clusters[c]):
                clusters[c].append(i)
                cluster_of[i] = c
                break
        else:
            cluster_of[i] = len(clusters)
            clusters.append([i])
    return [c for c in clusters if len(c) > 1]


def _ranked(counts: Counter) -> list[tuple[Any, int]]:
    """Most common first, ties by value: the same on every run (sets of words iterate in hash order)."""
    return sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))


def _top(counts: Counter) -> Any:
    return _ranked(counts)[0][0]


def _describe(members: list[Figure]) -> tuple[str, str | None, str | None, str]:
    """(what_key, when, where, topic) of a group, from what most of its figures say."""
    events = Counter(f.event for f in members if f.event)
    things = Counter(f.thing or f.unit for f in members if f.thing or f.unit)
    event = _top(events) if events else ""
    thing = _top(things) if things else ""
    keys = Counter(f.claim.what_key for f in members if f.claim.what_key and f.claim.what_key.split("|")[0])
    key = _top(keys) if keys else f"{event}|{thing}"  # "arrest|mek unit" as the claims say
    periods = Counter(" ".join(sorted(p.split(":", 1)[-1] for p in f.periods)) for f in members if f.periods)
    years = Counter(y for f in members for y in f.years)
    whens = Counter(f.claim.when_iso for f in members if f.claim.when_iso)
    when_parts = []
    if periods:
        when_parts.append(_top(periods))
    if years:
        when_parts.append(str(_top(years)))
    elif whens:
        when_parts.append(_top(whens) or "")
    places = Counter(f.claim.where.text for f in members if f.claim.where and f.claim.where.text)
    where = _top(places) if places else None
    shared = Counter(w for f in members for w in f.subject | f.context)
    topic = " ".join(w for w, n in _ranked(shared)[:4] if n == len(members))
    return key, " ".join(when_parts) or None, where, topic


def group(
    claims: Iterable[tuple[str, Claim]], sources: Mapping[str, Source] | None = None
) -> list[ConflictGroup]:
    """Group ``(document name, claim)`` pairs stating the same quantity; only groups of two or more.

    ``sources``: what is known of each document (outlet, date, title, text); without it the
    claimant alone tells sources apart and no article date pins a figure in time.
    ``agree`` is False when two figures of different sources cannot both be true.
    """
    figures = [f for doc, claim in claims if (f := read(doc, claim, sources.get(doc) if sources else None))]
    return group_figures(figures, rare_words(figures))


def rare_words(figures: list[Figure]) -> frozenset[str]:
    """The words that may tie figures: those of at most ``TOPIC_MIN_DF`` figures' keys, or of
    ``TOPIC_MAX_SHARE`` of them when that is more."""
    df = Counter(w for f in figures for w in f.keys)
    cap = topic_cap(len(figures))
    return frozenset(w for w, n in df.items() if n <= cap)


def topic_cap(figures: int) -> int:
    """How many of ``figures`` figures a rare word may be in."""
    return max(TOPIC_MIN_DF, int(TOPIC_MAX_SHARE * figures))


def group_figures(figures: list[Figure], rare: frozenset[str]) -> list[ConflictGroup]:
    """``group`` of figures already read, ``rare`` the words that may tie them (``rare_words`` of
    the whole corpus's figures: a caller may pass a part of them, whole clusters of it, with the
    corpus's rare words). Groups in order of conflict, numbered from 1."""
    for f in figures:
        f.rare_names = f.names & rare
    rivals = _rival_clusters(figures)
    in_rivals = {i for c in rivals for i in c}
    rest = [i for i in range(len(figures)) if i not in in_rivals]
    clusters = [[rest[k] for k in c] for c in _clusters([figures[i] for i in rest], rare)]
    groups: list[ConflictGroup] = []
    for k, cluster in enumerate(clusters + rivals):
        members = [figures[i] for i in cluster]
        disagreeing = _rivals_disagreeing(members) if k >= len(clusters) else disagreeing_sources(members)
        what_key, when, where, topic = _describe(members)
        groups.append(
            ConflictGroup(
                id=0,
                what_key=what_key,
                when=when,
                claims=[(f.doc, f.claim) for f in members],
                agree=not disagreeing,
                sources=len(disagreeing),
                where=where,
                topic=topic,
            )
        )
    groups.sort(key=lambda g: (g.agree, -g.sources, -len(g.claims), g.what_key))
    for i, g in enumerate(groups, 1):
        g.id = i
    return groups
