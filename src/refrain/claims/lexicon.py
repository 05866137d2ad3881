"""The word lists claims are found with, read once: plain lists from the text layer's data files
(``refrain/text/data/en/``: approximators, number_words, figure_labels, figure_speech_verbs,
counted_stop, counted_linkers, claimant_bodies, figure_time_after, calendar_months), tables from the TOML files beside this module."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from refrain.text import lexicon_lines


def _text(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _lines(name: str) -> tuple[str, ...]:
    return lexicon_lines("en", name)


@dataclass(frozen=True, slots=True)
class Lexicon:
    approx: dict[str, str]  # hedge phrase -> canonical approx
    number_words: frozenset[str]
    currency: dict[str, str]  # symbol/word -> ISO-ish code
    currency_before: frozenset[str]  # currency words written before a figure: "Rs 100"
    currency_before_cased: tuple[str, ...]  # the same, as written: "TRY 5" is money, "try 5" not
    currency_as_written: dict[str, str]  # lowered -> the only case read after a figure: "TRY"
    scale: dict[str, float]
    measure: dict[str, str]  # unit word(s) -> canonical unit
    people: frozenset[str]  # counted nouns whose unit is "people"
    period: frozenset[str]  # time words: a figure before one is a time or, if in duration, a duration
    duration: dict[str, str]  # time unit as written -> canonical unit of a duration ("days" -> "day")
    time_after: frozenset[str]  # "ago", "earlier": a duration before one dates something
    other_months: frozenset[str]  # Solar Hijri and Hijri month names ("Esfand", "Muharram")
    fraction: dict[str, float]  # "thirds" -> 3: "two-thirds" is 2/3
    excluded_before: frozenset[str]  # label words: "Article 5"
    speech_verbs: frozenset[str]
    events: dict[str, str]  # verb/noun phrase as written -> canonical event
    heads: dict[str, str]  # head noun as written -> canonical counted thing
    max_event_words: int
    np_stop: frozenset[str]  # words that end the counted thing
    linkers: tuple[tuple[str, ...], ...]  # "related to", "of": join the counted thing to its owner
    money_events: dict[str, str]  # for money figures: "reached" -> "pay"
    figure_words: frozenset[str]  # "the figure", "the toll": restate the thing counted before
    link_verbs: tuple[tuple[str, ...], ...]  # "stood at", "was": the subject before is counted
    currencies: frozenset[str]  # the codes a money figure's unit can be
    bodies: frozenset[str]  # claimants named by a common noun: "the police", "a report"


@cache
def lexicon() -> Lexicon:
    units = tomllib.loads(_text("units.toml"))
    synonyms = tomllib.loads(_text("synonyms.toml"))
    approx = {}
    for line in _lines("approximators"):
        phrase, _, canonical = line.partition("\t")
        approx[phrase.strip()] = canonical.strip() or phrase.strip()
    events = {w.lower(): canon for canon, ws in synonyms["events"].items() for w in ws}
    heads = {w.lower(): canon for canon, ws in synonyms["heads"].items() for w in ws}
    return Lexicon(
        approx=approx,
        number_words=frozenset(_lines("number_words")),
        currency={k.lower(): v for k, v in units["currency"].items()},
        currency_before=frozenset(w.lower() for w in units["currency_before"]["words"]),
        currency_before_cased=tuple(units["currency_before"]["words"]),
        currency_as_written={w.lower(): w for w in units["currency_before"]["as_written"]},
        scale={k.lower(): float(v) for k, v in units["scale"].items()},
        measure={k.lower(): v for k, v in units["measure"].items()},
        people=frozenset(w.lower() for w in units["people"]["words"]),
        period=frozenset(w.lower() for w in units["period"]["words"]),
        duration={k.lower(): v for k, v in units["duration"].items()},
        time_after=frozenset(_lines("figure_time_after")),
        other_months=frozenset(_lines("calendar_months")),
        fraction={k.lower(): float(v) for k, v in units["fraction"].items()},
        excluded_before=frozenset(w.lower() for w in _lines("figure_labels")),
        speech_verbs=frozenset(_lines("figure_speech_verbs")),
        events=events,
        heads=heads,
        max_event_words=max(len(e.split()) for e in events),
        np_stop=frozenset(w for line in _lines("counted_stop") for w in line.split()),
        linkers=tuple(sorted((tuple(x.split()) for x in _lines("counted_linkers")), key=len, reverse=True)),
        money_events={w.lower(): canon for canon, ws in synonyms["money_events"].items() for w in ws},
        figure_words=frozenset(w.lower() for w in synonyms["figure_words"]["words"]),
        link_verbs=tuple(
            sorted((tuple(w.lower().split()) for w in synonyms["link_verbs"]["words"]), key=len, reverse=True)
        ),
        currencies=frozenset(units["currency"].values()),
        bodies=frozenset(_lines("claimant_bodies")),
    )


@cache
def currency_pattern() -> str:
    """The regex of a currency written before a figure: a symbol, or a word or code glued or spaced."""
    lex = lexicon()
    # a symbol led by letters ("HK$", "S$") starts a word: "costs$5" is no Singapore dollar
    symbols = "|".join(
        (r"\b" if c[0].isalpha() else "") + re.escape(c)
        for c in sorted(lex.currency, key=len, reverse=True)
        if not c.isalpha()
    )
    # a word or code ("Rs 100 crore", "RM4.5 billion"): a whole word in its case as written, so
    # "hours 100" is no rupees and "try 5" no lira
    words = "|".join(re.escape(w) for w in sorted(lex.currency_before_cased, key=len, reverse=True))
    return rf"{symbols}|\b(?-i:{words})\.?(?=\s?\d)" if words else symbols
