"""Figures an article sets against each other: a figure restating an earlier one of the same
article as another source's value.

"... prices rose 6 percent, the wire reported. This is while the bureau had put the figure at 5
percent"; "officials say 400 people died. Rebels put the toll at about 900"; "one agency put the
death toll at 12, while another said it stood at 30". The
writer says the two figures are of one quantity ("the figure", "the toll", "it"), so no shared
word, date or unit reading is needed to tie them; and the words between them say another source
gives the second ("while", "but", "other officials", "some reports"), or two sources are named by
name. The first figure is the nearest earlier one of the same unit in the same sentence or the one
before (a figure itself given as "put ... at" first: "put the rate at 9.8 percent, showing a 4.5
percent drop, while the CBI put it at nine percent"), of no other event, period or time.

In a corpus without dates (the Tehran Times archive) this is most of the conflicts an article can
be shown to hold: two articles' figures are rarely tied in time by what is written.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from refrain.claims.conflict_words import Words, words
from refrain.claims.conflicts import one_articles_times_differ
from refrain.claims.ranges import INFINITY
from refrain.claims.reading import Figure, periods_named

__all__ = ["rival_incompatible", "rival_pairs"]

_NUMBER = re.compile(r"\d[\d,.]*")
_PERCENT_WORD = re.compile(r"^(?:percent|per cent|%)\s*")
_WORD = re.compile(r"[^\W\d_]+")
LIST_SIZE = 3  # figures of one unit in one sentence making a list
MAX_GAP = 3  # characters between one sentence's end and the next one's start (space, newline)


def _before(f: Figure) -> str:
    """The figure's sentence up to the figure, lower case."""
    return f.claim.text[: f.claim.value_text.start - f.claim.start].lower()


def _after(f: Figure) -> str:
    return f.claim.text[f.claim.value_text.end - f.claim.start :].lower()


def _restated(f: Figure, w: Words) -> bool:
    return w.restate is not None and w.restate.search(_before(f)) is not None


def _restated_what(f: Figure, w: Words) -> frozenset[str]:
    """The content words of what a "put ... at" phrase of any words puts at the figure
    ("estimated the region's output in 2019 at": output); empty when there is no such phrase."""
    m = w.restate_any.search(_before(f)) if w.restate_any is not None else None
    return _content_words(m.group(1), w) if m else frozenset()


def _content_words(text: str, w: Words) -> frozenset[str]:
    return frozenset(x for x in _WORD.findall(text.lower()) if len(x) > 2 and x not in w.stop)


def _between(a: Figure, b: Figure) -> str:
    """The text between the end of figure ``a`` and the start of figure ``b`` (``a`` first)."""
    if a.claim.start == b.claim.start:
        return b.claim.text[
            a.claim.value_text.end - a.claim.start : b.claim.value_text.start - b.claim.start
        ].lower()
    return _after(a) + " " + _before(b)


def _window(a: Figure, b: Figure) -> bool:
    """Whether ``a`` comes before ``b`` in the same sentence or in the sentence right before."""
    if a.claim.value_text.end > b.claim.value_text.start:
        return False
    if a.claim.start == b.claim.start:
        return True
    return a.claim.end <= b.claim.start <= a.claim.end + MAX_GAP


def _antecedent(b: Figure, earlier: list[tuple[int, Figure]], w: Words) -> tuple[int, Figure] | None:
    """The figure ``b`` restates (index, figure): of the same unit (or ``b`` of none: "put the
    figure at 68"), ``b``'s event if it is a count of one ("the death toll" restates deaths, not a
    "70-vehicle convoy"), no other event,
    and no other period, measure ("point-to-point" against a 12-month average) or time; a
    parallel "put ... at" figure first, else the nearest."""
    fits = [
        (i, a)
        for i, a in earlier
        if _window(a, b)
        and (a.unit == b.unit or b.unit is None)
        and (a.event == b.event or (b.event not in w.occurrences and not (a.event and b.event)))
        and not (a.periods and b.periods and a.periods != b.periods)
        and not (a.measures and b.measures and a.measures.isdisjoint(b.measures))
        and not one_articles_times_differ(a, b)
    ]
    fits = [(i, a) for i, a in fits if not _change(a, w)]
    if not fits:
        return None
    parallel = [(i, a) for i, a in fits if _restated(a, w)]
    return max(parallel or fits, key=lambda item: item[1].claim.value_text.start)


def _change(f: Figure, w: Words) -> bool:
    """Whether a figure is a change ("down 115,000 bpd from June", "a 4.5 percent drop"), not a
    level another source could restate."""
    before = _before(f).rstrip()
    after = _PERCENT_WORD.sub("", _after(f).lstrip())  # "4.5 percent drop"
    return any(before.endswith(" " + p) or before == p for p in w.restate_change_before) or any(
        re.match(re.escape(p) + r"\b", after) for p in w.restate_change_after
    )


def _a_list(a: Figure, figures: list[Figure]) -> bool:
    """Whether ``a``'s sentence gives three figures or more of its unit: a list of items
    ("110,000 bpd for South Azadegan, 10,000 bpd for ..."), any of which a later figure may be set
    against."""
    return sum(f.claim.start == a.claim.start and f.unit == a.unit for f in figures) >= LIST_SIZE


def _unread_number(a: Figure, b: Figure, spans: list[tuple[int, int]]) -> bool:
    """Whether a number no figure was read from, given as a part ("146 Palestinians, including 34
    children (some put the number at 36)"), stands between ``a`` and ``b``: it may be what ``b``
    restates."""
    pieces = [(a.claim.value_text.end, b.claim.value_text.start)]
    if a.claim.start != b.claim.start:
        pieces = [(a.claim.value_text.end, a.claim.end), (b.claim.start, b.claim.value_text.start)]
    for start, end in pieces:
        text = (a if start < b.claim.start else b).claim
        for m in _NUMBER.finditer(text.text, start - text.start, end - text.start):
            at = text.start + m.start()
            if any(lo <= at < hi for lo, hi in spans):
                continue
            if _has_part_word(text.text[: m.start()].lower(), words(b.language)):
                return True
    return False


def _has_part_word(before: str, w: Words) -> bool:
    """Whether ``before`` ends with a word making the next number a part ("including", "of them")."""
    return any(before.rstrip().endswith(" " + p) or before.rstrip() == p for p in w.part_before)


def rival_pairs(
    figures: list[Figure], same_source: Callable[[Figure, Figure], bool]
) -> list[tuple[int, int]]:
    """(earlier, later) indices of the figures an article sets against each other (see the module).

    With a contrast between them ("while", "but") the later is another source's even when the
    claimant read is the same (one sentence's claimant is read for all its figures); without one,
    both must be named by name and differ."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(figures):
        if f.claim.value_text is not None:
            by_doc[f.doc].append(i)
    pairs: list[tuple[int, int]] = []
    for ids in by_doc.values():
        ids.sort(key=lambda i: figures[i].claim.value_text.start)
        spans = [(figures[i].claim.value_text.start, figures[i].claim.value_text.end) for i in ids]
        for n, j in enumerate(ids):
            b = figures[j]
            w = words(b.language)
            restated = _restated(b, w)
            what = frozenset() if restated else _restated_what(b, w)
            if not (restated or what):
                continue
            found = _antecedent(b, [(i, figures[i]) for i in ids[:n]], w)
            if found is None or _unread_number(found[1], b, spans):
                continue
            if _a_list(found[1], [figures[k] for k in ids]):
                continue
            i, a = found
            between = _between(a, b)
            if w.restate_same is not None and w.restate_same.search(between):
                continue  # "the ministry also put the number at": one source going on
            contrast_at = _last_contrast(between, w)
            contrast = contrast_at is not None
            if what and not (contrast and what & _content_words(_before(a), w)):
                continue  # "put <any words> at": set against, and what is put is what a states
            if a.claim.start == b.claim.start and _clauses_of_two_periods(a, b, contrast_at, w):
                continue  # "8.4 percent in the 12 months to Azar, while the board put it at 9.9 in the first quarter"
            # without a contrast word: a count of one event ("52 died ... the Ostrel agency put
            # the number of the dead at 75"), two sources named or the outlet's own against one
            # named by name; not a new statement of a rate ("... put the inflation rate at 9.8")
            named = b.named and b.source.startswith("by:") and (a.named or a.source.startswith("outlet:"))
            one_count = a.event is not None and a.event == b.event
            if contrast or (named and one_count and not same_source(a, b)):
                pairs.append((i, j))
    return pairs


def _last_contrast(between: str, w: Words) -> int | None:
    """Where the last contrast word between two figures starts in ``between``, or None."""
    if w.restate_contrast is None:
        return None
    found = list(w.restate_contrast.finditer(between))
    return found[-1].start() if found else None


def _clauses_of_two_periods(a: Figure, b: Figure, contrast_at: int | None, w: Words) -> bool:
    """Whether one sentence's two clauses (split at the contrast word, else after ``a``) name two
    different spans of time: the sentence's periods are read for both figures alike."""
    split = a.claim.value_text.end - a.claim.start + (contrast_at or 0)
    first, second = periods_named(a.claim.text[:split], w), periods_named(a.claim.text[split:], w)
    return bool(first and second and first != second)


def _reach(f: Figure, w: Words) -> tuple[float, float]:
    """The values a figure allows, an open hedge ("more than N") reaching ``restate_open_reach`` N."""
    high = f.high if f.high != INFINITY else max(f.claim.value, f.low) * w.restate_open_reach
    return f.low, high


def rival_incompatible(a: Figure, b: Figure) -> bool:
    """Whether two figures set against each other allow no value in common: hedges, ranges and
    rounding respected, an open hedge reaching only so far (``restate_open_reach``)."""
    w = words(a.language)
    (lo_a, hi_a), (lo_b, hi_b) = _reach(a, w), _reach(b, w)
    return max(lo_a, lo_b) > min(hi_a, hi_b)
