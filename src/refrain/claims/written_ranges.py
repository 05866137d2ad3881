"""Figures written as one range or one change: "thirty to forty-five", "between 10 and 20", "rose
from 9 to 13", "rose 930 tons to 26,190 tons"."""

from __future__ import annotations

import re
from dataclasses import replace

from refrain.claims.lexicon import lexicon
from refrain.claims.model import Figure
from refrain.text import lexicon as lexicon_set


def _scale_in_words(written: str) -> float:
    """The multiplier ending a number written in words ("four million" 1e6, "five hundred thousand"
    1e5), 1.0 when none: the lower bound's too in "three and a half to four million"."""
    scales = lexicon().scale
    words = re.findall(r"[a-z]+", written.lower())
    last = max((i for i, w in enumerate(words) if w in scales and len(w) > 1), default=0)
    scale = 1.0
    while last > 0 and words[last] in scales:  # "five million tons": the run before "tons"
        scale *= scales[words[last]]
        last -= 1
    return scale if words and words[last] not in scales else 1.0  # "million" alone is a number


_CHANGE_WORDS = lexicon_set("en", "figure_change_words")


def _change_from(text: str, start: int) -> bool:
    """Whether the figure at ``start`` follows "from" and a word of change in its clause ("the
    number rose sharply from", "an increase in exports from"): the old figure of a change."""
    m = re.search(
        r"([^,;.:()“”\"]{0,80})\bfrom\s+(?:about\s+|around\s+|some\s+)?$",
        text[max(0, start - 100) : start],
        re.IGNORECASE,
    )
    return m is not None and not _CHANGE_WORDS.isdisjoint(re.findall(r"[a-z]+", m.group(1).lower()))


# how many times the change a new level written after it is at least: "rose 930 tons to 26,190
# tons" is a change and a level, "grow 5 percent to 7 percent" a range
_LEVEL_OVER_CHANGE = 4


def _changed_by(text: str, start: int) -> bool:
    """Whether the figure at ``start`` follows a word of change ("rose", "fell by"): the amount
    of a change."""
    m = re.search(
        r"\b([a-z]+)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+)?$", text[max(0, start - 40) : start]
    )
    return m is not None and m.group(1) in _CHANGE_WORDS


def join_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """ "thirty to forty-five", "30-40", "between 10 and 20", "three or four": one figure, its value
    the lower bound, ``value_high`` the upper. A multiplier written once after the upper bound is
    the lower bound's too ("4 to 6 million" is 4 million to 6 million)."""
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        f = figures[i]
        if i + 1 < len(figures):
            g = figures[i + 1]
            between = text[f.end : g.start]
            low = f.value
            scale = g.scale if g.scale > 1.0 else _scale_in_words(text[g.start : g.end])
            if f.scale == 1.0 and scale > 1.0 and f.unit in (None, g.unit) and low * scale <= g.value:
                low *= scale
            word = between.strip()
            # "three or four" are alternatives close together; "10 or 100" are two figures
            alternative = word == "or" and low < g.value <= 2 * low + 1
            # not "by 2.7% to 11 million barrels", nor "halved to 120" (a multiplier, then the count)
            same_unit = (f.unit is None or g.unit is None or f.unit == g.unit) and (
                f.unit not in {"times", "fraction"} or f.unit == g.unit
            )
            if word == "to" and same_unit and _change_from(text, f.start):
                # "rose from 9 to 13": the old figure and the new; "fell from 9 to 4 million": the
                # multiplier and unit written once are the old figure's too
                scaled = f.scale == 1.0 and scale > 1.0 and f.unit in (None, g.unit)
                old = replace(f, value=f.value * scale, scale=scale) if scaled else f
                out.append(replace(old, unit=f.unit or g.unit))
                i += 1
                continue
            if (
                word == "to"
                and f.unit is not None
                and g.unit is not None
                and g.value >= _LEVEL_OVER_CHANGE * f.value
                and _changed_by(text, f.start)
            ):
                out.append(f)  # "rose 930 tons to 26,190 tons": the change, then the new level
                i += 1
                continue
            if re.fullmatch(r"\s*(?:to|-|–|and|or)\s*", between) and g.value > low and same_unit:
                is_between = re.search(r"between\s+$", text[max(0, f.start - 9) : f.start].lower())
                if word in {"to", "-", "–"} or alternative or (word == "and" and is_between):
                    approx_start = f.start - 8 if is_between else f.approx_start
                    out.append(
                        Figure(
                            f.start,
                            g.end,
                            low,
                            g.unit or f.unit,
                            "between",
                            approx_start,
                            f.end,
                            value_high=g.value,
                            scale=g.scale,
                        )
                    )
                    i += 2
                    continue
        out.append(f)
        i += 1
    return out
