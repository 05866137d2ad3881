"""The word lists that tell two figures' quantities apart, per language (``conflicts.toml``)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from refrain.claims.lexicon import lexicon
from refrain.claims.patterns import word_alternation
from refrain.text import WORD_RE, lexicon_words

_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind named by a list of words ("explosion": "blast", "bombing", …): their pattern as whole
    words, and the first word of each (its leading run of word characters), a match's necessary
    sign: a text none of whose words is one of them is not searched (None: a phrase opens with no
    word character, so every text is)."""

    pattern: re.Pattern[str]
    name: str
    first_words: frozenset[str] | None

    def in_text(self, text: str, text_words: frozenset[str]) -> bool:
        """Whether ``text`` (whose ``\\w+`` runs are ``text_words``) holds one of the words."""
        if self.first_words is not None and self.first_words.isdisjoint(text_words):
            return False
        return self.pattern.search(text) is not None


def kinds_in(kinds: tuple[Kind, ...], text: str) -> frozenset[str]:
    """The names of the ``kinds`` whose words ``text`` holds (its word runs read once for all)."""
    runs = frozenset(WORD_RE.findall(text))
    return frozenset(kind.name for kind in kinds if kind.in_text(text, runs))


@dataclass(frozen=True, slots=True)
class Words:
    same_event: dict[str, str]  # canonical event -> the class of events counting the same thing
    part_before: tuple[str, ...]
    part_after: tuple[str, ...]
    update_before: tuple[str, ...]
    update_words: tuple[str, ...]
    periods: tuple[tuple[re.Pattern[str], str], ...]
    stop: frozenset[str]
    names_stop: frozenset[str]  # stop words, and titles and roles ("Governor Salar": "governor")
    place_before: frozenset[str]
    months: re.Pattern[str] | None  # month names as written ("March", "Mehr")
    people_kinds: dict[str, str]  # word -> the kind of people it names ("troops" -> "soldier")
    event_kinds: tuple[Kind, ...]  # "blast" -> "explosion"
    change_before: tuple[str, ...]
    nationwide: tuple[str, ...]
    worldwide: tuple[str, ...]
    deictic: tuple[str, ...]
    list_words: tuple[str, ...]
    disputes: tuple[str, ...]
    rate_after: tuple[str, ...]
    demonyms: frozenset[str]
    change_after: tuple[str, ...]
    rival_figure: tuple[str, ...]  # "three times the official count"
    plan: tuple[str, ...]  # "planned", "vowed", "requires"
    forecast: tuple[str, ...]  # "will", "projected", "target"
    measure_kinds: tuple[Kind, ...]  # "point-to-point" -> "point"
    occurrences: frozenset[str]  # canonical events that happen at one time: "kill", not "export"
    restate: re.Pattern[str] | None = None  # "put the figure at [about]" ending a figure's text before it
    restate_contrast: re.Pattern[str] | None = None  # "while", "but", "some experts" between two figures
    restate_same: re.Pattern[str] | None = None  # "also": the same source goes on
    restate_change_before: tuple[str, ...] = ()  # "down 115,000 bpd": a change, not a level
    restate_change_after: tuple[str, ...] = ()  # "4.5 percent drop"
    restate_any: re.Pattern[str] | None = None  # "estimated the region's output in 2019 at": what, group 1
    restate_open_reach: float = 1.25  # "more than N" set against a rival's figure reaches this many N


@cache
def words(language: str) -> Words:
    table = tomllib.loads(resources.files(__package__).joinpath("conflicts.toml").read_text("utf-8"))
    lang = table.get(language) or table["en"]
    same = {e: group[0] for group in lang.get("same_events", []) for e in group}
    stop = set(lang.get("anchor_stop", []))
    if language == "en":
        lex = lexicon()
        stop |= lexicon_words("en", "topic_stop") | set(lex.number_words)
        stop |= {w for phrase in [*lex.events, *lex.money_events, *lex.measure] for w in phrase.split()}
        stop |= lexicon_words("en", "place_words")
        # titles and roles name no one; nationalities and countries are too broad to tell events
        # apart ("Palestinian" in a Tel Aviv bombing and a Gaza protest)
        names_stop = set(stop) | lexicon_words("en", "name_titles") | lexicon_words("en", "roles")
        names_stop |= lexicon_words("en", "demonyms") | lexicon_words("en", "countries")
    else:
        names_stop = set(stop)
    return Words(
        same_event=same,
        part_before=tuple(lang.get("part_before", [])),
        part_after=tuple(lang.get("part_after", [])),
        update_before=tuple(lang.get("update_before", [])),
        update_words=tuple(lang.get("update_words", [])),
        periods=tuple((re.compile(p["pattern"]), p["key"]) for p in lang.get("periods", [])),
        stop=frozenset(stop),
        names_stop=frozenset(names_stop),
        place_before=frozenset(lang.get("place_before", [])),
        months=_month_pattern(lang.get("months", []), capitalised=language == "en"),
        people_kinds={w: kind for kind, ws in lang.get("people_kinds", {}).items() for w in ws},
        event_kinds=_kinds(lang.get("event_kinds", {})),
        measure_kinds=_kinds(lang.get("measure_kinds", {})),
        forecast=tuple(lang.get("forecast", [])),
        plan=tuple(lang.get("plan", [])),
        change_before=tuple(lang.get("change_before", [])),
        nationwide=tuple(lang.get("nationwide", [])),
        worldwide=tuple(lang.get("worldwide", [])),
        deictic=tuple(lang.get("deictic", [])),
        list_words=tuple(lang.get("list_words", [])),
        disputes=tuple(lang.get("disputes", [])),
        rate_after=tuple(lang.get("rate_after", [])),
        demonyms=frozenset(lexicon_words("en", "demonyms")) if language == "en" else frozenset(),
        change_after=tuple(lang.get("change_after", [])),
        occurrences=frozenset(lang.get("occurrences", [])),
        rival_figure=tuple(lang.get("rival_figure", [])),
        restate=_restate_pattern(lang),
        restate_any=_restate_any_pattern(lang),
        restate_change_before=tuple(lang.get("restate_change_before", [])),
        restate_change_after=tuple(lang.get("restate_change_after", [])),
        restate_contrast=_whole_words(
            lang.get("restate_contrast", []),
            tuple(rf"some (?:[\w-]+ )?{re.escape(n)}" for n in lang.get("restate_contrast_some", [])),
        ),
        restate_same=_whole_words(lang.get("restate_same", [])),
        restate_open_reach=float(lang.get("restate_open_reach", 1.25)),
    )


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def _whole_words(phrases: list[str], patterns: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """The phrases (and patterns) as whole words, lower case; None when there are none."""
    parts = [_alternation(phrases)] if phrases else []
    parts += list(patterns)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)") if parts else None


def _restate_any_pattern(lang: dict) -> re.Pattern[str] | None:
    """A restating verb, any few words (group 1: what is put at a figure) and a link ending the
    text before a figure, lower case: "estimated the region's output in 2019 at"."""
    verbs, links = lang.get("restate_verbs", []), lang.get("restate_links", [])
    if not (verbs and links):
        return None
    hedges = _alternation([*lexicon().approx, *lang.get("restate_range", [])])
    return re.compile(
        rf"\b(?:{_alternation(verbs)})\s+((?:[\w'’()-]+\s+){{1,8}}?)(?:{_alternation(links)})"
        rf"\s+(?:(?:{hedges})\s+)?$"
    )


def _restate_pattern(lang: dict) -> re.Pattern[str] | None:
    """A restatement ending the text before a figure, lower case: "put the death toll at about",
    "had put the figure at", "said it stood at"; a hedge may stand before the figure."""
    verbs, nouns, links = (lang.get(k, []) for k in ("restate_verbs", "restate_nouns", "restate_links"))
    said = lang.get("restate_said", [])
    if not (verbs and nouns and links) and not said:
        return None
    hedges = _alternation([*lexicon().approx, *lang.get("restate_range", [])])
    forms = []
    if verbs and nouns and links:
        forms.append(
            rf"\b(?:{_alternation(verbs)})\s+(?:(?:the|its|their|this|that)\s+)?(?:[\w'’-]+\s+){{0,2}}?"
            rf"(?:{_alternation(nouns)})\s+(?:{_alternation(links)})"
        )
    if said:
        forms.append(rf"\b(?:{_alternation(said)})")
    return re.compile(r"(?:" + "|".join(forms) + rf")\s+(?:(?:{hedges})\s+)?$")


def _kinds(table: dict[str, list[str]]) -> tuple[Kind, ...]:
    """Each kind of a table, its words matched as whole words (a tree of shared prefixes: the
    same matches as their alternation, failing a place on its first letter)."""
    out = []
    for kind, ws in table.items():
        firsts = [re.match(r"\w+", w) for w in ws]
        out.append(
            Kind(
                re.compile(r"(?<!\w)(?:" + word_alternation(ws) + r")(?!\w)"),
                kind,
                None if not ws or not all(firsts) else frozenset(m.group() for m in firsts if m),
            )
        )
    return tuple(out)


def _month_pattern(names: list[str], *, capitalised: bool) -> re.Pattern[str] | None:
    """Month names as whole words; in English capitalised ("May", not "may"), and "Mehr" not in
    "Mehr News Agency"."""
    if not names:
        return None
    forms = [n.capitalize() if capitalised else n for n in names]
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, forms)) + r")(?!\w)(?! news| agency| \(mna\))")


def language_of(text: str) -> str:
    return "fa" if _ARABIC_LETTER.search(text) else "en"
