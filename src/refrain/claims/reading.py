"""What a figure states, read around it, so that two figures can be told to state the same quantity.

A figure is compared with another only on what both articles make plain: the counted thing and
event, the place, the period (a year named, a span such as "the first quarter", the article's
date), the words tying it to one event or subject, and whether it is a part of a larger figure
("the remaining $450 million") or an update of an earlier count ("the toll rose to 42"). Values
are read as the range of values they allow: the hedge ("about", "more than"), a range
("10 to 15 million") and the rounding of the figure as written ("four million").

The word lists are per language, in ``conflicts.toml`` beside this module.

Size: about 530 lines, one concern (every field of :class:`Figure` read from a claim's sentence,
article and title); the word lists, value ranges and comparisons are already apart
(conflict_words.py, ranges.py, conflicts.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from refrain.claims.conflict_words import Words, kinds_in, language_of, words
from refrain.claims.lexicon import lexicon
from refrain.claims.model import Claim
from refrain.claims.patterns import word_alternation
from refrain.claims.ranges import PERSIAN_DIGITS, value_range
from refrain.entities.names import skeleton
from refrain.text import fold_fa_figures, is_word_char

PERSON = "person"  # the counted thing of people not said to be anyone in particular
_WORD = re.compile(r"[^\W\d_][\w'’\u200c-]*")
_YEAR = re.compile(r"(?<![\d.,/])(1[89]\d\d|20\d\d|1[34]\d\d)(?!\d|[.,]\d)")
_SMALL_NUMBERS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Source:
    """What is known of the article a figure comes from."""

    outlet: str | None = None
    date: str | None = None  # YYYY-MM-DD
    title: str | None = None
    text: str | None = None  # the article, for the sentence before the figure's


@dataclass(slots=True)
class Figure:
    """A claim read for comparison: the values it allows and what pins it to one quantity."""

    doc: str
    claim: Claim
    language: str
    low: float
    high: float
    unit: str | None
    event: str | None  # the event class: "kill" for killed and died
    thing: str | None  # the counted thing: "person", "home"
    org: str | None  # the group the counted belong to, as the claim's key names it: "mek"
    periods: frozenset[str]  # spans named: "q:first quarter", "months:9", "per:day"
    years: frozenset[int]  # years named in the sentence or its resolved time
    date: date | None  # the article's
    places: frozenset[str]  # skeletons of the places named
    subject: frozenset[str]  # content words of the figure's sentence (places left out)
    context: frozenset[str]  # the subject, the title and the sentence before
    names: frozenset[str]  # capitalised words of the sentence, places included, claimant left out
    context_names: frozenset[str]  # ... and of the sentence before
    base: frozenset[str]  # what a share is of: "15.7 percent of GDP" -> {"gdp"}
    what: frozenset[str]  # content words of the counted thing as written
    people: str | None  # the kind of people counted, when the word says: "soldier", "civilian"
    nationality: str | None  # whose people: "palestinian" for "50 Palestinians"
    kinds: frozenset[str]  # kinds of event the sentence and the title name: "explosion", "clash"
    weekdays: frozenset[str]  # weekdays the sentence names
    months: frozenset[str]  # months the sentence names: "march", "mehr"
    deictic: bool  # the sentence gives its time from the article's day ("on Tuesday", "this year")
    disputes: bool  # the sentence sets its figure against another ("three times the official figure")
    article_disputes: bool  # ... or the article does, in any sentence
    source: str  # who states it: the claimant named, else the outlet
    outlet: str | None
    rare_names: frozenset[str] = frozenset()  # the names few figures of the corpus give (set by group)
    named: bool = False  # the claimant has a name in it ("NATO", "Zarif"), not only "officials"
    plan: bool = False  # a plan, promise or need ("planned to open", "vowed to create", "requires")
    forecast: bool = False  # a forecast, plan or target ("will reach", "projected"), not an outcome
    measures: frozenset[str] = frozenset()  # how a rate is measured: "point" (point-to-point), "average"

    @property
    def keys(self) -> frozenset[str]:
        """What may tie this figure to another: context words, names, its group, its years."""
        extra = {f"year:{y}" for y in self.years} | ({f"org:{self.org}"} if self.org else set())
        extra.add(f"doc:{self.doc}")  # figures of one article set against each other
        return self.context | self.names | extra

    @property
    def pinned(self) -> bool:
        """A count of an event ("31 people were killed"): the event fixes its time."""
        return self.event is not None and (self.unit == "people" or self.thing is not None)


def _has_phrase(text: str, phrases: tuple[str, ...], *, at_end: bool = False, at_start: bool = False) -> bool:
    """Whether one of ``phrases`` is in ``text`` as whole words (at its end, at its start, or anywhere)."""
    if not phrases:
        return False
    pattern = _phrase_pattern(phrases, "end" if at_end else "start" if at_start else "any")
    return (pattern.match(text) if at_start and not at_end else pattern.search(text)) is not None


@lru_cache(maxsize=256)
def _phrase_pattern(phrases: tuple[str, ...], where: str) -> re.Pattern[str]:
    """One pattern for a word list (compiled once, not a pattern per phrase and call), its phrases
    as a tree of shared prefixes: tried at every character of every figure's sentence, a plain
    alternation of dozens of phrases was a tenth of the reading. Only whether it matches is
    asked, so "not after a word character" (a lookbehind) says what "at the start or after a
    non-word character" said."""
    if "" in phrases:  # an empty phrase matches anywhere: the plain form says what that means
        alternatives = "(?:" + "|".join(map(re.escape, phrases)) + ")"
    else:
        alternatives = "(?:" + word_alternation(phrases) + ")"
    if where == "end":
        return re.compile(r"(?<!\w)" + alternatives + r"\W*$")
    if where == "start":
        return re.compile(r"\W*" + alternatives + r"(?:\W|$)")
    return re.compile(r"(?<!\w)" + alternatives + r"(?!\w)")


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


@lru_cache(maxsize=4096)  # an article's title and sentences are read once for each of its figures
def _content(text: str, stop: frozenset[str]) -> frozenset[str]:
    out = set()
    for w in _WORD.findall(text):
        w = w.lower()
        if not w.isascii():
            w = fold_fa_figures(w)  # ي/ك as ی/ک (an ASCII word has nothing to fold)
        w = w.removesuffix("'s").removesuffix("’s").strip("'’-")
        if len(w) >= 3 and w not in stop:  # "oil", "gas", "tax"; "for", "its" are stop words
            out.add(w)
    return frozenset(out)


def _places(claim: Claim, sentence: str, w: Words) -> frozenset[str]:
    found = set()
    if claim.where is not None and claim.where.text.strip():
        found.add(skeleton(claim.where.text))
    tokens = sentence.split()
    for i, tok in enumerate(tokens[:-1]):
        if tok.lower() in w.place_before:
            name = tokens[i + 1].strip(".,;:()\"'’“”").removesuffix("'s").removesuffix("’s")
            if name[:1].isupper() and name.lower() not in w.stop and name.lower() != "the":
                found.add(skeleton(name))
    return frozenset(p for p in found if p)


_PART_OF_BEFORE = re.compile(
    r"\b(?:of|out of) (?:the |a |an )?[$€£]?\d[\d,.]*(?:\s?(?:million|billion|thousand|trillion|m|bn))?"
    r"\b[^.;:]{0,40},\s*(?:only |just |some |about )?[$€£]?$"
)
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_NAME = re.compile(r"(?<![\w'’])([A-Z][\w'’-]+)")


@lru_cache(maxsize=4096)
def _inside_sentence(name: str) -> re.Pattern[str]:
    """``name`` written after a word or comma: not opening a sentence."""
    return re.compile(r"[\w,;] " + re.escape(name) + r"\b")


@lru_cache(maxsize=4096)  # asked of an article for each figure whose sentence opens with the word
def _written_inside(name: str, article: str) -> bool:
    """Whether ``article`` writes ``name`` after a word or comma somewhere (not opening a sentence):
    ``_inside_sentence(name).search(article)``, by finding the name's occurrences (a scan of the
    article in C) rather than trying the pattern at every character of it."""
    target, end = " " + name, len(name) + 1
    at = article.find(target, 1)
    while at >= 0:
        before, after = article[at - 1], at + end
        if is_word_char(before) or before in ",;":
            # ``\b`` after the name: a word character on one side of it only
            if is_word_char(article[after - 1]) != (after < len(article) and is_word_char(article[after])):
                return True
        at = article.find(target, at + 1)
    return False


def _names(text: str, w: Words, leave_out: set[str], article: str = "") -> set[str]:
    """Capitalised words ("Kestrel", "KABUL"), lower case; one opening a sentence only when the
    article capitalises it elsewhere too ("Africa", not "The")."""
    out = set()
    for m in _NAME.finditer(text):
        k = m.start() - 1
        while k >= 0 and text[k].isspace():  # the last character before it that is no space
            k -= 1
        if (k < 0 or text[k] in '.!?:"“‘(\n—–-') and not _written_inside(m.group(1), article):
            continue  # a sentence's first word is capitalised whatever it is
        name = m.group(1).lower().removesuffix("'s").removesuffix("’s")
        if len(name) >= 3 and name not in w.names_stop and name not in leave_out:
            out.add(name)
    return out


def _base(claim: Claim, after: str, w: Words) -> frozenset[str]:
    if claim.unit != "%":
        return frozenset()
    m = re.match(r"\s*of\s+((?:[\w'’-]+\s*){1,4})", after)
    return frozenset(_content(m.group(1), w.stop)) if m else frozenset()


_PEOPLE_SCAN_STOP = frozenset(
    {"were", "was", "had", "have", "has", "are", "is", "who", "in", "on", "at", "and"}
)


def _people(claim: Claim, after: str, w: Words) -> tuple[str | None, str | None]:
    """The kind of people a count names in the few words after it ("soldiers", "members of the
    security forces" -> "soldier"), when it is one of the kinds that exclude one another, and
    their nationality when said ("50 Palestinians", "32 Israeli officers" -> "israeli")."""
    if claim.unit != "people":
        return None, None
    kind = nationality = None
    for word in _WORD.findall(after)[:6]:
        word = word.lower()
        if nationality is None and (word in w.demonyms or word.removesuffix("s") in w.demonyms):
            nationality = word.removesuffix("s") if word not in w.demonyms else word
        if kind is None and word in w.people_kinds:
            kind = w.people_kinds[word]
        if word in _PEOPLE_SCAN_STOP:
            break
    return kind, nationality


@lru_cache(maxsize=1024)  # a sentence with its title: asked once for each of its figures
def _event_kinds(text: str, language: str) -> frozenset[str]:
    lower = text.lower()
    return kinds_in(words(language).event_kinds, lower)


class _SentenceMarks(NamedTuple):
    """What a figure's sentence says of every figure in it (read once a sentence, not a figure)."""

    periods: frozenset[str]
    forecast: bool
    plan: bool
    measures: frozenset[str]
    weekdays: frozenset[str]
    months: frozenset[str]
    deictic: bool
    disputes: bool


@lru_cache(maxsize=1024)
def _sentence_marks(sentence: str, language: str) -> _SentenceMarks:
    w = words(language)
    lower = sentence.lower()
    return _SentenceMarks(
        periods=periods_named(sentence, w),
        forecast=_has_phrase(lower, w.forecast),
        plan=_has_phrase(lower, w.plan),
        measures=kinds_in(w.measure_kinds, lower),
        weekdays=frozenset(_WEEKDAY.findall(lower)),
        months=frozenset(m.lower() for m in w.months.findall(sentence)) if w.months else frozenset(),
        deictic=_has_phrase(lower, w.deictic),
        disputes=any(d in lower for d in w.disputes),
    )


def periods_named(sentence: str, w: Words) -> frozenset[str]:
    """The spans of time a text names ("the past 12 months", "first quarter"), as the keys of the
    language's period patterns (conflicts.toml): two figures over different periods differ."""
    lower = sentence.lower()
    keys = set()
    for pattern, key in w.periods:
        for m in pattern.finditer(lower):
            groups = [_SMALL_NUMBERS.get(g, g) for g in m.groups()]
            filled = key
            for i, g in enumerate(groups, 1):
                filled = filled.replace(f"\\{i}", g or "")
            keys.add(filled)
    return frozenset(keys)


_NAMED_YEAR_BEFORE = re.compile(
    r"(?:\bthe|\b(?!(?:In|By|Since|From|Until|Till|During|For|Of|To|And|Between|Before|After)\b)[A-Z][\w-]*)\s+$"
)
_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?$", re.IGNORECASE
)


def _years(claim: Claim, sentence: str, figure_span: tuple[int, int]) -> frozenset[int]:
    """The years a figure's sentence gives as a time: not a year in a name ("the 2015 nuclear
    deal", "IPhO 2018", "Vision 2030"), but "in 2015", "March 2016", "(2010-2015)"."""
    text = sentence.translate(PERSIAN_DIGITS)
    years = set()
    for m in _YEAR.finditer(text):
        if figure_span[0] <= m.start() < figure_span[1]:
            continue  # the figure itself
        before = text[max(0, m.start() - 30) : m.start()]
        if _NAMED_YEAR_BEFORE.search(before) and not _MONTH_BEFORE.search(before):
            continue  # a year in a name
        y = int(m.group(1))
        years.add(y + 621 if y < 1500 else y)  # a Persian solar year, to the Gregorian it mostly is
    if claim.when_iso and not (claim.when and _YEAR.search(claim.when.text.translate(PERSIAN_DIGITS))):
        years |= {int(y) for y in re.findall(r"\d{4}", claim.when_iso)}  # "last year", resolved
    return frozenset(years)


def _source(claim: Claim, source: Source, doc: str, named: bool) -> str:
    """Who states a figure: "by:<claimant>" when one is named, "outlet:<outlet>" else. A claimant
    that is a description ("officials", "the regional police") is of its outlet: the officials of
    two outlets' reports need not be the same people."""
    outlet = (source.outlet or "").strip()
    claimant = (claim.claimant or "").strip()
    if claimant and claimant.lower() != outlet.lower():
        key = "by:" + (skeleton(claimant) or claimant.lower())
        described = claimant.split()[-1].lower().strip(".,") in lexicon().bodies and not named
        return key + "@" + (outlet.lower() or doc) if described else key
    return "outlet:" + (outlet.lower() or doc)


def _named_claimant(claimant: str, sentence: str, article: str, w: Words) -> bool:
    """Whether a claimant has a name in it ("NATO", "the Orlen Bank", "Zarif"): a capitalised word
    that is no role, body noun or stop word ("Provincial police", "Other local officials", "the
    director" have none). A word opening the sentence counts when the article capitalises it
    elsewhere too."""
    at = sentence.find(claimant)
    for i, token in enumerate(re.findall(r"[\w'’-]+", claimant)):
        lower = token.lower()
        if not token[:1].isupper() or lower in w.names_stop or lower in lexicon().bodies:
            continue
        opening = i == 0 and (at <= 0 or sentence[:at].rstrip()[-1:] in '.!?:"“‘(')
        if not opening or (len(token) >= 2 and token.isupper()):
            return True
        if token in article and _inside_sentence(token).search(article):
            return True
    return False


def _event_and_thing(
    claim: Claim, sentence: str, span: tuple[int, int], w: Words
) -> tuple[str | None, str | None]:
    event, _, thing = (claim.what_key or "").partition("|")
    head = thing.split()[-1] if thing.split() else ""
    if not event:
        event = _event_near(sentence, span[1], span[0]) or ""
    if claim.unit == "people":
        head = PERSON  # farmers, protesters, members arrested at one protest are one count; the
        # kinds that exclude one another (soldiers, civilians) are told apart by ``people``
    event = w.same_event.get(event, event)
    return event or None, head or None


def _event_near(sentence: str, at: int, start: int) -> str | None:
    """The nearest event word after the figure (within its clause), else just before it
    ("saffron exports in 2022 were 145 tonnes")."""
    lex = lexicon()
    after = re.split(r"[,;:]| and | while | but ", sentence[at:].lower(), maxsplit=1)[0]
    before = re.split(r"[,;:]| and | while | but ", sentence[:start].lower())[-1]
    for tokens in (_WORD.findall(after)[:8], _WORD.findall(before)[-5:]):
        for i in range(len(tokens)):
            for n in range(min(lex.max_event_words, len(tokens) - i), 0, -1):
                phrase = " ".join(tokens[i : i + n])
                if phrase in lex.events:
                    return lex.events[phrase]
    return None


def _scope(claim: Claim, sentence: str, w: Words) -> frozenset[str]:
    """The places a figure is of: those named, or the whole world, or the whole country."""
    if _has_phrase(sentence.lower(), w.worldwide):
        return frozenset({"worldwide"})  # of the whole world: not of any country in it
    places = _places(claim, sentence, w)
    if not places and _has_phrase(sentence.lower(), w.nationwide):
        return frozenset({"nationwide"})  # of the whole country: not of any city in it
    return places


def _not_a_whole_figure(claim: Claim, before: str, after: str, w: Words) -> bool:
    """Whether a figure is a part of a larger one, an end of a change, an update of an earlier
    count or a list number: not a quantity of its own to set against another's."""
    lower = claim.text.lower()
    if before.rstrip().endswith("(") and after.lstrip().startswith(")"):
        return True  # a list number: "(3)"
    if _has_phrase(before[-40:], w.part_before, at_end=True):
        return True
    if claim.unit != "%" and _has_phrase(after[:20], w.part_after, at_start=True):
        return True
    if _has_phrase(lower, w.list_words):
        return True  # "46, 73 and 74 deaths respectively": one figure of a list, each of its own
    if _PART_OF_BEFORE.search(before[-80:]):
        return True  # "of the $50 million pledged, $41.2 million ...": a part of the figure before
    if re.search(r"(?:^|\n)\s*$", before) and re.match(r"[.)]\s", after):
        return True  # a numbered list: "3. Fines double"
    if (
        _has_phrase(before[-12:], w.change_before, at_end=True)
        or re.match(r"\s*(?:" + "|".join(map(re.escape, w.change_after)) + r")\s+\S*\d", after)
        if w.change_after
        else False
    ):
        return True  # an end of a change: "from 0.46 percent to 0.51 percent"
    # an update of an earlier count: "the toll rose to 42"
    return _has_phrase(before[-45:], w.update_before, at_end=True) or _has_phrase(lower, w.update_words)


def read(doc: str, claim: Claim, source: Source | None = None) -> Figure | None:
    """The figure a claim states, or None when it cannot be compared: a part of a larger figure,
    an update of an earlier one, or a bare number with nothing counted."""
    source = source or Source()
    whole_claim, claim = claim, _within_reach(claim)
    sentence = claim.text
    language = language_of(sentence)
    w = words(language)
    vt = claim.value_text
    if vt is not None and claim.start <= vt.start <= vt.end <= claim.start + len(sentence):
        span = (vt.start - claim.start, vt.end - claim.start)
    else:
        span = (0, 0)
    before, after = sentence[: span[0]].lower(), sentence[span[1] :].lower()
    if _not_a_whole_figure(claim, before, after, w) or claim.unit == "times":
        return None  # "twice", "three times as many": relative to a figure not given here
    event, thing = _event_and_thing(claim, sentence, span, w)
    people_kind, nationality = _people(claim, after, w)
    unit = claim.unit
    if unit is not None and _has_phrase(after[:25], w.rate_after, at_start=True):
        unit += " rate"  # "2.7 per 1,000 births" is no count of people
    if event is None and thing is None and claim.unit is None:
        return None  # nothing says what is counted
    low, high = value_range(claim, sentence[: span[0]])
    places = _scope(claim, sentence, w)
    place_words = {p for name in places for p in name.split()}
    subject = frozenset(_content(sentence[: span[0]] + " " + sentence[span[1] :], w.stop) - place_words)
    context = set(subject) | place_words
    if source.title:
        context |= _content(source.title.replace("-", " "), w.stop)
    if source.text and claim.start > 0:
        context |= _content(_sentence_before(source.text, claim.start), w.stop)
    claimant_words = {x.lower() for x in _WORD.findall(claim.claimant or "")}
    if language == "en":
        names = _names(sentence, w, claimant_words, source.text or "") | place_words
    else:  # a script without capitals: the sentence's content words stand for its names
        names = set(subject) | place_words
    context_names = set(names)
    if source.text and claim.start > 0:
        context_names |= _names(_sentence_before(source.text, claim.start), w, claimant_words)
    marks = _sentence_marks(sentence, language)
    named = bool(claim.claimant) and _named_claimant(
        claim.claimant or "", sentence, source.text or sentence, w
    )
    return Figure(
        doc=doc,
        claim=whole_claim,
        language=language,
        low=low,
        high=high,
        unit=unit,
        event=event,
        thing=thing,
        org=" ".join((claim.what_key or "").partition("|")[2].split()[:-1]) or None,
        periods=marks.periods,
        years=_years(claim, sentence, span),
        date=_date(source.date),
        places=places,
        subject=subject,
        context=frozenset(context),
        names=frozenset(names),
        context_names=frozenset(context_names),
        base=_base(claim, after, w),
        what=frozenset(_content(claim.what.text, w.stop)) if claim.what else frozenset(),
        people=people_kind,
        nationality=nationality,
        kinds=_event_kinds(sentence + " \n " + (source.title or ""), language),
        forecast=marks.forecast,
        plan=marks.plan,
        measures=marks.measures,
        weekdays=marks.weekdays,
        months=marks.months,
        deictic=marks.deictic,
        disputes=marks.disputes,
        article_disputes=_disputes(source.text or sentence, language),
        source=_source(claim, source, doc, named),
        named=named,
        outlet=source.outlet,
    )


# A "sentence" longer than this (a table or list run together; 3 of 127,926 figures' sentences in
# the 33,724 Tehran Times articles) is read only within _REACH characters of the figure (a
# usual sentence is under 600 characters long), so that
# reading its n figures costs n times a constant, not n times the sentence (quadratic).
_LONGEST_SENTENCE = 4000
_REACH = 400


def _within_reach(claim: Claim) -> Claim:
    """The claim with its sentence cut to the figure's reach when the sentence is very long."""
    if len(claim.text) <= _LONGEST_SENTENCE:
        return claim
    at = claim.value_text.start - claim.start
    first = max(0, at - _REACH)
    last = min(len(claim.text), at + _REACH)
    if first > 0:  # start and end at a word's edge
        first = claim.text.find(" ", first, at) + 1 or first
    if last < len(claim.text):
        space = claim.text.rfind(" ", at, last)
        last = space if space > at else last
    return replace(claim, start=claim.start + first, end=claim.start + last, text=claim.text[first:last])


def _sentence_before(text: str, start: int) -> str:
    window = text[max(0, start - 400) : start].rstrip()
    cut = max(window.rfind(". ", 0, len(window) - 1), window.rfind("\n", 0, len(window) - 1))
    return window[cut + 1 :] if cut >= 0 else window


@lru_cache(maxsize=4096)  # asked once a figure; an article holds several
def _disputes(text: str, language: str) -> bool:
    lower = text.lower()
    return any(d in lower for d in words(language).disputes)
