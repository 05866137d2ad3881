"""Grouping claims about the same thing, and telling agreement from conflict.

Two claims are about the same thing when their ``what_key`` has the same event and counted thing,
their groups (organisations) do not differ, their units match, and their periods and places can
be the same. A generic count (people killed, arrested, injured; an event with no counted thing)
also needs something tying the two to one event: the same named group, the same place, or a
topic word both sentences use that few claims of the corpus use (see ``TopicWords``). Without
that, a corpus of 30,000 articles puts every "N people were killed" of every war in one group.

Values agree when the ranges their hedges allow overlap: "30,000" and "more than 30,000" agree;
"60" and "116" do not.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice

from refrain.claims.context import PEOPLE_EVENTS
from refrain.claims.figures import MONTH_NUMBER
from refrain.claims.lexicon import lexicon
from refrain.claims.model import Claim
from refrain.claims.when import overlaps
from refrain.entities.names import skeleton
from refrain.text import lexicon_words

EXACT_TOLERANCE = 0.02  # a bare figure is usually rounded; allow 2 %
# The range each hedge allows around the figure v, as (low factor, high factor).
HEDGE_RANGE: dict[str | None, tuple[float, float]] = {
    None: (1 - EXACT_TOLERANCE, 1 + EXACT_TOLERANCE),
    "about": (0.85, 1.15),
    "more than": (1.0, 1.5),
    "at least": (1.0, 1.5),
    "nearly": (0.85, 1.0),
    "up to": (0.0, 1.0),
    "less than": (0.5, 1.0),
    "between": (1.0, 3.0),
}


@dataclass(slots=True)
class ConflictGroup:
    """Claims (with the name of the document each comes from) about one thing."""

    id: int
    what_key: str
    when: str | None
    claims: list[tuple[str, Claim]] = field(default_factory=list)
    agree: bool = True

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "what_key": self.what_key,
            "when": self.when,
            "agree": self.agree,
            "claims": [{"doc": doc, **claim.to_dict()} for doc, claim in self.claims],
        }


@lru_cache(maxsize=1 << 16)  # asked for every pair of claims compared
def split_key(what_key: str) -> tuple[str, str | None, str]:
    """("arrest|mek unit") -> ("arrest", "mek", "unit"); the org is the word before the head, if any."""
    event, _, thing = what_key.partition("|")
    words = thing.split()
    if len(words) >= 2:
        return event, " ".join(words[:-1]), words[-1]
    return event, None, thing


def value_range(claim: Claim) -> tuple[float, float]:
    low, high = HEDGE_RANGE.get(claim.approx, HEDGE_RANGE[None])
    return claim.value * low, claim.value * high


def values_agree(claims: Iterable[Claim]) -> bool:
    ranges = [value_range(c) for c in claims]
    return max(lo for lo, _ in ranges) <= min(hi for _, hi in ranges)


def _same_place(a: Claim, b: Claim) -> bool:
    if a.where is None or b.where is None:
        return True
    sa, sb = skeleton(a.where.text), skeleton(b.where.text)
    return sa in sb or sb in sa


_MONTH_WORD = re.compile(r"\b(" + "|".join(MONTH_NUMBER) + r")\b", re.IGNORECASE)


def _month_of(claim: Claim) -> int | None:
    """The month a claim's time names, resolved or not ("in January" without an article date)."""
    return None if claim.when is None else _month_in(claim.when.text)


@lru_cache(maxsize=1 << 16)  # asked for every pair of claims compared
def _month_in(text: str) -> int | None:
    m = _MONTH_WORD.search(text)
    return MONTH_NUMBER[m.group(1).lower()] if m else None


def _same_time(a: Claim, b: Claim) -> bool:
    if a.when_iso and b.when_iso:
        return overlaps(a.when_iso, b.when_iso)
    ma, mb = _month_of(a), _month_of(b)
    return ma is None or mb is None or ma == mb


_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
GENERIC_HEADS = frozenset({"person", ""})  # buckets whose claims need a topic in common
TOPIC_MIN_DF = 50  # a topic word may be in this many claims ...
TOPIC_MAX_SHARE = 0.005  # ... or this share of them, whichever is more


@cache
def _topic_stop() -> frozenset[str]:
    """Stop words, and every word naming an event ("killed", "detained"): the bucket shares those."""
    stop = lexicon_words("en", "topic_stop")
    return frozenset(stop | {w for phrase in lexicon().events for w in phrase.split()})


def _sentence_words(claim: Claim) -> frozenset[str]:
    stop = _topic_stop()
    words = (w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(claim.text))
    return frozenset(w for w in words if w not in stop)


class TopicWords:
    """The words of each claim's sentence that can tie it to another claim: not stop words, and
    used by few claims of the corpus (at most ``TOPIC_MIN_DF`` or ``TOPIC_MAX_SHARE`` of them), so
    that "Iran" in a corpus about Iran ties nothing together while "Qeshm" or "bridge" does."""

    def __init__(self, claims: list[Claim]) -> None:
        words = {id(c): _sentence_words(c) for c in claims}
        df: Counter[str] = Counter(w for ws in words.values() for w in ws)
        cap = max(TOPIC_MIN_DF, int(TOPIC_MAX_SHARE * len(claims)))
        self._of = {k: frozenset(w for w in ws if df[w] <= cap) for k, ws in words.items()}

    def of(self, claim: Claim) -> frozenset[str]:
        return self._of.get(id(claim), frozenset())


def _anchored(a: Claim, b: Claim, topics: TopicWords) -> bool:
    """Whether two compatible claims are tied to one event: a named place both give, or a topic word."""
    if a.where is not None and b.where is not None:
        return True  # compatible places (checked before): the same place
    return not topics.of(a).isdisjoint(topics.of(b))


def bucket_head(event: str, head: str, unit: str | None) -> str:
    """The counted thing two claims must share: people arrested are people, whatever they are called.

    Protesters, farmers, members and people detained at one protest are one count; so a figure
    counting people with an event that happens to people is keyed "person".
    """
    if event in PEOPLE_EVENTS and unit == "people":
        return "person"
    return head


def _tied_to_half(
    claim: Claim, members: list[tuple[str, Claim]], topics: TopicWords, org: str | None = None
) -> bool:
    """Whether ``claim`` is tied to at least half of ``members`` by the same named group ``org``,
    a place or a topic word.

    Half, not all: reports of one event rarely all share a word ("45 people were detained" and
    "the union's 120 members arrested at the dam" are tied through a third report naming both
    police and dam). Half, not one: one shared word at a time would chain every war's "N people
    were killed" into one group again.
    """
    ties = sum(
        bool(org and org == split_key(other.what_key or "")[1]) or _anchored(claim, other, topics)
        for _, other in members
    )
    return 2 * ties >= len(members)


def _fits(
    claim: Claim,
    org: str | None,
    head: str,
    members: list[tuple[str, Claim]],
    topics: TopicWords | None = None,
) -> bool:
    """Whether ``claim`` can join ``members``: compatible with each, and (``topics`` given, for a
    generic bucket) tied to at least half of them (:func:`_tied_to_half`)."""
    for _, other in members:
        _, other_org, other_head = split_key(other.what_key or "")
        if org != other_org:
            if org and other_org:
                return False
            if head != other_head:
                return False  # an organisation named on one side only: the same words at least
        if not _same_time(claim, other) or not _same_place(claim, other):
            return False
    return topics is None or _tied_to_half(claim, members, topics, org)


def _key_of(members: list[tuple[str, Claim]]) -> str:
    """The group's key: the most specific member key when all name the same thing, else the bucket's."""
    keys = Counter(c.what_key for _, c in members if split_key(c.what_key or "")[2])
    keys = keys or Counter(c.what_key for _, c in members)
    heads = {split_key(k or "")[2] for k in keys}
    if len(heads) == 1:
        return max(keys, key=lambda k: (len(k or ""), keys[k])) or ""  # the most specific key
    event, _, _ = split_key(next(iter(keys)) or "")
    orgs = {split_key(k or "")[1] for k in keys}
    org = orgs.pop() if len(orgs) == 1 else None
    unit = members[0][1].unit
    head = bucket_head(event, "", unit) or "thing"
    return f"{event}|{org + ' ' if org else ''}{head}"


def group(claims: Iterable[tuple[str, Claim]]) -> list[ConflictGroup]:
    """Group ``(document name, claim)`` pairs about the same thing; only groups of two or more.

    Claims share a group when their event and counted thing match (people counted for an event
    that happens to people are one thing: see ``bucket_head``), their times overlap and their
    places agree. A claim that names the event but not what it counts ("paid 18 million marks in
    compensation") joins the one group of that event and unit it fits, when there is exactly one.
    ``agree`` is False when the values cannot all be true at once given their hedges.
    """
    listed = list(claims)
    topics = TopicWords([c for _, c in listed if c.what_key])
    buckets: dict[tuple[str, str, str | None], list[list[tuple[str, Claim]]]] = defaultdict(list)
    headless: list[tuple[str, Claim, str, str | None]] = []
    for doc, claim in listed:
        if not claim.what_key:
            continue
        event, org, head = split_key(claim.what_key)
        if not event and not org:
            continue  # a bare counted thing ("|user") is too vague to pair across articles
        if not head and not org:
            headless.append((doc, claim, event, claim.unit))
            continue
        bucket = bucket_head(event, head, claim.unit)
        clusters = buckets[(event, bucket, claim.unit)]
        generic = topics if bucket in GENERIC_HEADS else None
        for members in clusters:
            if _fits(claim, org, head, members, generic):
                members.append((doc, claim))
                break
        else:
            clusters.append([(doc, claim)])
    # The buckets a headless claim may join, by event (looked up, not scanned: one scan of every
    # bucket per headless claim was most of this function's time on a large corpus). The loop
    # below only adds buckets with an empty head, never listed here, and grows member lists in
    # place, which these entries share.
    headed: dict[str, list[tuple[str | None, list[list[tuple[str, Claim]]]]]] = defaultdict(list)
    for (b_event, b_head, b_unit), clusters in buckets.items():
        if b_head:
            headed[b_event].append((b_unit, clusters))
    for doc, claim, event, unit in headless:
        units = {unit, "people"} if unit is None and event in PEOPLE_EVENTS else {unit}
        # Only whether exactly one group fits matters: stop looking at the second.
        fitting = list(
            islice(
                (
                    members
                    for b_unit, clusters in headed.get(event, ())
                    if b_unit in units
                    for members in clusters
                    if all(_same_time(claim, o) and _same_place(claim, o) for _, o in members)
                    and _tied_to_half(claim, members, topics)
                ),
                2,
            )
        )
        if len(fitting) == 1:
            fitting[0].append((doc, claim))
            continue
        clusters = buckets[(event, "", unit)]
        for members in clusters:
            if _fits(claim, None, "", members, topics):
                members.append((doc, claim))
                break
        else:
            clusters.append([(doc, claim)])
    groups: list[ConflictGroup] = []
    for clusters in buckets.values():
        for members in clusters:
            if len(members) < 2:
                continue
            whens = Counter(c.when_iso for _, c in members if c.when_iso)
            when = whens.most_common(1)[0][0] if whens else None
            agree = values_agree(c for _, c in members)
            groups.append(ConflictGroup(0, _key_of(members), when, members, agree))
    groups.sort(key=lambda g: (g.agree, -len(g.claims), g.what_key))
    for i, g in enumerate(groups, 1):
        g.id = i
    return groups
