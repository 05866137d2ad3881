"""The claim types: a figure with its parts, each part a span of the article's text."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from refrain.document import TextSpan

# A piece of the article as written, with its half-open code-point offsets: the shared TextSpan.
Part = TextSpan


@dataclass(frozen=True, slots=True)
class Claim:
    """A figure stated as fact or quoted, with what it counts, when, where, and who states it."""

    start: int  # the sentence holding the figure
    end: int
    text: str
    value: float
    approx: str | None  # "more than", "about", "up to", "at least", "nearly", "less than", "between"
    value_text: Part  # the figure as written: "thirty thousand", "40 million", "70%", "$80,000"
    unit: str | None  # "%", "USD", "people", "t", ...
    what: Part | None  # the counted thing as written: "MEK units arrested"
    what_key: str | None  # "event|org head" for grouping: "arrest|mek unit"
    when: Part | None
    when_iso: str | None  # "2018", "2019-11", "2019-04-24", or an interval "2018-04/2019-04"
    where: Part | None
    claimant: str | None  # quoted/reporting speaker, else the outlet
    value_high: float | None = None  # a range's upper bound ("4 to 6 million": 6e6); value is its lower

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"Claim offsets must satisfy 0 <= start <= end, got [{self.start}, {self.end})")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as found in the text (``figures.find_figures``), before a claim is made of it;
    ``reading.Figure`` is what conflict grouping reads around a stored claim."""

    start: int  # the figure as written, currency/percent included
    end: int
    value: float
    unit: str | None  # "USD", "%", "t", ... when glued to the figure
    approx: str | None
    approx_start: int | None  # where the hedge begins, when there is one
    low_end: int | None = None  # for ranges ("thirty to forty-five"): end of the first number
    value_high: float | None = None  # for ranges: the upper bound
    scale: float = 1.0  # the multiplier written after the number ("million"), already in value
