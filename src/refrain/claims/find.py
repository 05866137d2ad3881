"""find(): every figure in an article, with what it counts, when, where and who states it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from refrain.claims.attribution import claimant, where
from refrain.claims.context import Counted, Sentences, counted, tokens
from refrain.claims.discourse import carried_source, it_source
from refrain.claims.fa import find_persian, mostly_arabic_script
from refrain.claims.figures import find_figures
from refrain.claims.lexicon import lexicon
from refrain.claims.model import Claim, Part
from refrain.claims.when import TimeRef, find_times, parse_date


def _what_key(c: Counted) -> str | None:
    if not c.head and not c.event:
        return None
    thing = " ".join(x for x in (c.org, c.head) if x)
    return f"{c.event or ''}|{thing}"


def _time_unit(text: str, start: int, end: int) -> Part | None:
    """The time unit word written with a duration ("years" of "70 years", "day" of "a 5-day")."""
    m = re.search(r"([A-Za-z]+)$", text[start:end])
    return Part(m.group(1), end - len(m.group(1)), end) if m else None


def _nearest(times: list[TimeRef], start: int, end: int) -> TimeRef | None:
    """The time expression nearest to ``[start, end)`` and outside it, the earlier on a tie.

    ``times`` come from one left-to-right scan (in order, not overlapping), so the candidates are the
    last one ending before ``start`` and the first one starting after ``end``: found by bisection,
    not by a pass over every time of a sentence of thousands of figures for each figure."""
    before = bisect_right(times, start, key=lambda t: t.end) - 1
    after = bisect_left(times, end, key=lambda t: t.start)
    best = times[before] if before >= 0 else None
    if after < len(times) and (best is None or times[after].start - end < start - best.end):
        best = times[after]
    return best


def _stated(
    text: str,
    fig_start: int,
    fig_end: int,
    sentence: tuple[int, int],
    quotes: Sequence[Any],
    outlet: str | None,
    sources: list[tuple[int, int, str]],
) -> str | None:
    """Who states the figure: its sentence's claimant, or the source an earlier sentence named
    ("As reported, …"); the first source each sentence names is added to ``sources``."""
    name = claimant(text, fig_start, fig_end, sentence, quotes, outlet)
    name = carried_source(text, sentence[0], name, outlet, sources)
    name = it_source(text, sentence) or name
    if name is not None and name != outlet and (not sources or sources[-1][0] != sentence[0]):
        sources.append((sentence[0], sentence[1], name))
    return name


def find(
    text: str,
    *,
    date: str | None = None,
    outlet: str | None = None,
    quotes: Sequence[Any] = (),
    language: str | None = None,
) -> list[Claim]:
    """Every numeric claim in ``text``.

    ``language`` "fa" (or, when None, text mostly in Arabic script) reads the figures as Persian
    (``refrain.claims.fa``); any other language, English.

    ``date`` (ISO, the article's) resolves "last year"; ``outlet`` is the claimant of figures nobody
    is quoted stating; ``quotes`` are any objects with ``start``, ``end`` and ``speaker``
    (``refrain.quotes.find`` gives them), used to name who states a quoted figure.

    >>> [(c.value, c.approx, c.what.text, c.what_key) for c in find("Police said more than 30,000 protesters were detained.")]
    [(30000.0, 'more than', 'protesters were detained', 'arrest|protester')]
    """
    if language == "fa" or (language is None and mostly_arabic_script(text)):
        return find_persian(text, date=date, outlet=outlet, quotes=quotes)
    base = parse_date(date)
    sentences = Sentences(text)
    quotes = [q for q in quotes if isinstance(getattr(q, "start", None), int)]
    claims: list[Claim] = []
    cache: dict[int, tuple[list, list[TimeRef]]] = {}
    previous: tuple[int, Counted] | None = None
    last_money: int | None = None  # where the last sum of money ends
    sources: list[tuple[int, int, str]] = []  # sentences naming a source, for "As reported, …"
    for fig in find_figures(text):
        # "900 tomans (21 cents)", "(about $1.7 billion)": a conversion the outlet adds
        converted = last_money is not None and bool(
            re.fullmatch(r"\s*\(\s*(?:[A-Za-z]+\s+){0,2}", text[last_money : fig.start])
        )
        last_money = fig.end if fig.unit is not None and fig.unit in lexicon().currencies else None
        index = sentences.index_at(fig.start)
        s_start, s_end = sentences.spans[index] if sentences.spans else (0, len(text))
        s_end = max(s_end, fig.end)
        if index not in cache:
            cache[index] = (tokens(text, s_start, s_end), find_times(text, s_start, s_end, base))
        toks, times = cache[index]
        prev = previous[1] if previous is not None and previous[0] == index else None
        money = fig.unit is not None and fig.unit in lexicon().currencies
        thing = counted(text, toks, fig.start, fig.end, prev, money=money)
        previous = (index, thing)
        what = (
            Part(text[thing.start : thing.end], thing.start, thing.end) if thing.start is not None else None
        )
        if what is None and fig.unit in lexicon().duration.values():
            what = _time_unit(text, fig.start, fig.end)  # "for 70 years": what is counted is years
        time = _nearest(times, fig.start, fig.end)
        place = where(text, (s_start, s_end), fig.start)
        unit = fig.unit or ("people" if thing.people else None)
        stated = (
            outlet
            if converted
            else _stated(text, fig.start, fig.end, (s_start, s_end), quotes, outlet, sources)
        )
        claims.append(
            Claim(
                start=s_start,
                end=s_end,
                text=text[s_start:s_end],
                value=fig.value,
                approx=fig.approx,
                value_text=Part(text[fig.start : fig.end], fig.start, fig.end),
                unit=unit,
                what=what,
                what_key=_what_key(thing),
                when=Part(text[time.start : time.end], time.start, time.end) if time else None,
                when_iso=time.iso if time else None,
                where=Part(text[place[0] : place[1]], place[0], place[1]) if place else None,
                claimant=stated,
                value_high=fig.value_high,
            )
        )
    return claims
