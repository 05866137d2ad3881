"""The Persian word lists figures are found with: data files in refrain/text/data/fa/ (figure_*.txt).

Entries are written with Persian ی/ک; the text is folded the same way (``refrain.text.fold_fa_figures``) before matching, with
one code point out for one code point in, so every offset in the folded text is an offset in the stored text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from refrain.text import fold_fa_figures


def _rows(name: str) -> list[list[str]]:
    rows = []
    path = resources.files("refrain.text").joinpath("data", "fa", name)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append([fold_fa_figures(cell.strip()) for cell in line.split("\t")])
    return rows


@cache
def figure_words(name: str) -> frozenset[str]:
    """The first field of every line of ``data/fa/<name>.txt``, folded (a plain word list)."""
    return frozenset(r[0] for r in _rows(f"{name}.txt"))


@dataclass(frozen=True, slots=True)
class Unit:
    code: str  # "IRR", "%", "t", "year", "people", "project"
    kind: str  # money | measure | time | count


@dataclass(frozen=True, slots=True)
class PersianLexicon:
    numbers: dict[str, float]  # number words: "بیست" -> 20
    scales: dict[str, float]  # multipliers: "میلیون" -> 1e6
    approx: dict[tuple[str, ...], str]  # hedge words before a figure -> canonical approx
    approx_words: frozenset[str]  # every word of a hedge
    units: dict[tuple[str, ...], Unit]  # unit or counted noun words after a figure
    function_words: frozenset[str]
    label_words: frozenset[str]  # "ماده 5": the number is a label
    months: dict[str, tuple[str, int]]  # month name -> (calendar, month number)
    events: dict[tuple[str, ...], str]  # words of a clause -> canonical event ("کشته" -> "kill")
    money_things: frozenset[str]  # what a sum of money is: "قیمت", "خسارت"
    max_unit_words: int
    max_approx_words: int


@cache
def lexicon() -> PersianLexicon:
    approx = {tuple(r[0].split()): r[1] for r in _rows("figure_approx.txt")}
    units = {tuple(r[0].split()): Unit(r[1], r[2]) for r in _rows("figure_units.txt")}
    return PersianLexicon(
        numbers={r[0]: float(r[1]) for r in _rows("figure_numbers.txt")},
        scales={r[0]: float(r[1]) for r in _rows("figure_scales.txt")},
        approx=approx,
        approx_words=frozenset(w for k in approx for w in k),
        units=units,
        function_words=frozenset(r[0] for r in _rows("figure_function_words.txt")),
        label_words=frozenset(r[0] for r in _rows("figure_label_words.txt")),
        months={r[0]: (r[1], int(r[2])) for r in _rows("figure_months.txt")},
        events={tuple(r[0].split()): r[1] for r in _rows("figure_events.txt")},
        money_things=frozenset(r[0] for r in _rows("figure_money_things.txt")),
        max_unit_words=max(len(k) for k in units),
        max_approx_words=max(len(k) for k in approx),
    )
