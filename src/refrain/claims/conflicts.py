"""What a figure states, read around it, so that two figures can be told to state the same quantity.

A figure is compared with another only on what both articles make plain: the counted thing and
event, the place, the period (a year named, a span such as "the first quarter", the article's
date), the words tying it to one event or subject, and whether it is a part of a larger figure
("the remaining $450 million") or an update of an earlier count ("the toll rose to 42"). Values
are read as the range of values they allow: the hedge ("about", "more than"), a range
("10 to 15 million") and the rounding of the figure as written ("four million").

The word lists are per language, in ``conflicts.toml`` beside this module.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import resources

from refrain.claims.fa.lexicon import fold
from refrain.claims.lexicon import lexicon
from refrain.claims.model import Claim
from refrain.entities.names import skeleton
from refrain.text import lexicon_words

INFINITY = math.inf
PERSON = "person"  # the counted thing of people not said to be anyone in particular
ABOUT = 0.15  # "about N": within 15 % of N
MAX_DAYS_APART = 60
UNDATED_OVERLAP = 0.25  # undated figures: the share of their sentences' content words in common  # two undated figures in articles further apart than this are of different times
_PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_WORD = re.compile(r"[^\W\d_][\w'’\u200c-]*")
_YEAR = re.compile(r"(?<![\d.,/])(1[89]\d\d|20\d\d|1[34]\d\d)(?!\d|[.,]\d)")
_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")
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
    event_kinds: tuple[tuple[re.Pattern[str], str], ...]  # "blast" -> "explosion"
    change_before: tuple[str, ...]
    nationwide: tuple[str, ...]
    worldwide: tuple[str, ...]
    deictic: tuple[str, ...]
    list_words: tuple[str, ...]
    disputes: tuple[str, ...]
    rate_after: tuple[str, ...]
    demonyms: frozenset[str]
    change_after: tuple[str, ...]


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
        event_kinds=tuple(
            (re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in ws) + r")(?!\w)"), kind)
            for kind, ws in lang.get("event_kinds", {}).items()
        ),
        change_before=tuple(lang.get("change_before", [])),
        nationwide=tuple(lang.get("nationwide", [])),
        worldwide=tuple(lang.get("worldwide", [])),
        deictic=tuple(lang.get("deictic", [])),
        list_words=tuple(lang.get("list_words", [])),
        disputes=tuple(lang.get("disputes", [])),
        rate_after=tuple(lang.get("rate_after", [])),
        demonyms=frozenset(lexicon_words("en", "demonyms")) if language == "en" else frozenset(),
        change_after=tuple(lang.get("change_after", [])),
    )


def _month_pattern(names: list[str], *, capitalised: bool) -> re.Pattern[str] | None:
    """Month names as whole words; in English capitalised ("May", not "may"), and "Mehr" not in
    "Mehr News Agency"."""
    if not names:
        return None
    forms = [n.capitalize() if capitalised else n for n in names]
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, forms)) + r")(?!\w)(?! news| agency| \(mna\))")


def language_of(text: str) -> str:
    return "fa" if _ARABIC_LETTER.search(text) else "en"


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
    for phrase in phrases:
        if at_end and re.search(r"(?:^|\W)" + re.escape(phrase) + r"\W*$", text):
            return True
        if at_start and re.match(r"\W*" + re.escape(phrase) + r"(?:\W|$)", text):
            return True
        if not at_end and not at_start and re.search(r"(?:^|\W)" + re.escape(phrase) + r"(?:\W|$)", text):
            return True
    return False


def _rounding(written: str, value: float) -> float:
    """Half the step the figure is written to: "4 million" +-0.5 million, "2.4 billion" +-0.05
    billion, "800" +-50 (at most a tenth of the value); a plain count or share is exact."""
    m = _DIGITS.search(written.translate(_PERSIAN_DIGITS))
    if m is None:  # a number word: "four million", "twelve"
        step = 10 ** math.floor(math.log10(value)) if value >= 100 else 1.0
        return min(step / 2, value / 10)
    literal = m.group(0).replace(",", "")
    try:
        number = float(literal)
    except ValueError:
        return 0.0
    scale = value / number if number else 1.0
    if m.group(1):
        return 0.5 * 10 ** -len(m.group(1)) * scale
    whole = literal.split(".")[0]
    zeros = len(whole) - len(whole.rstrip("0")) if number >= 100 else 0
    step = 10**zeros * scale
    return min(step / 2, value / 10) if zeros or scale > 1 else 0.0


def value_range(claim: Claim, before: str = "") -> tuple[float, float]:
    """The values a figure allows, given its hedge, range and rounding."""
    value = claim.value
    written = claim.value_text.text if claim.value_text else str(value)
    tol = _rounding(written, abs(value)) if value else 0.0
    high = getattr(claim, "value_high", None)
    if high is not None and high >= value:
        return value - tol, high + _rounding(written, abs(high))
    approx = claim.approx or _hedge_before(before)
    if approx == "about":
        return value * (1 - ABOUT) - tol, value * (1 + ABOUT) + tol
    if approx == "nearly":
        return value * (1 - ABOUT), value + tol
    if approx in ("more than", "at least", "between"):
        return value - tol, INFINITY
    if approx in ("up to", "less than"):
        return 0.0, value + tol
    return value - tol, value + tol


def _hedge_before(before: str) -> str | None:
    tail = before.lower().rstrip()
    for phrase, canonical in sorted(lexicon().approx.items(), key=lambda kv: -len(kv[0])):
        if re.search(r"(?:^|\W)" + re.escape(phrase) + r"$", tail):
            return canonical
    return None


def compatible(a: Figure, b: Figure) -> bool:
    """Whether the values two figures allow have one in common."""
    return max(a.low, b.low) <= min(a.high, b.high)


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _content(text: str, stop: frozenset[str]) -> set[str]:
    out = set()
    for w in _WORD.findall(text):
        w = fold(w.lower()).removesuffix("'s").removesuffix("’s").strip("'’-")  # ي/ك as ی/ک
        if len(w) >= 3 and w not in stop:  # "oil", "gas", "tax"; "for", "its" are stop words
            out.add(w)
    return out


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


def _names(text: str, w: Words, leave_out: set[str], article: str = "") -> set[str]:
    """Capitalised words ("Kestrel", "KABUL"), lower case; one opening a sentence only when the
    article capitalises it elsewhere too ("Africa", not "The")."""
    out = set()
    for m in _NAME.finditer(text):
        before = text[: m.start()].rstrip()
        if (not before or before[-1] in '.!?:"“‘(\n—–-') and not re.search(
            r"[\w,;] " + re.escape(m.group(1)) + r"\b", article
        ):
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


def _event_kinds(text: str, w: Words) -> frozenset[str]:
    lower = text.lower()
    return frozenset(kind for pattern, kind in w.event_kinds if pattern.search(lower))


def _periods(sentence: str, w: Words) -> frozenset[str]:
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
    text = sentence.translate(_PERSIAN_DIGITS)
    years = set()
    for m in _YEAR.finditer(text):
        if figure_span[0] <= m.start() < figure_span[1]:
            continue  # the figure itself
        before = text[max(0, m.start() - 30) : m.start()]
        if _NAMED_YEAR_BEFORE.search(before) and not _MONTH_BEFORE.search(before):
            continue  # a year in a name
        y = int(m.group(1))
        years.add(y + 621 if y < 1500 else y)  # a Persian solar year, to the Gregorian it mostly is
    if claim.when_iso and not (claim.when and _YEAR.search(claim.when.text.translate(_PERSIAN_DIGITS))):
        years |= {int(y) for y in re.findall(r"\d{4}", claim.when_iso)}  # "last year", resolved
    return frozenset(years)


def _source(claim: Claim, source: Source, doc: str) -> str:
    """Who states a figure: "by:<claimant>" when one is named, "outlet:<outlet>" else. A claimant
    that is a description ("officials", "the regional police") is of its outlet: the officials of
    two outlets' reports need not be the same people."""
    outlet = (source.outlet or "").strip()
    claimant = (claim.claimant or "").strip()
    if claimant and claimant.lower() != outlet.lower():
        key = "by:" + (skeleton(claimant) or claimant.lower())
        words_of = claimant.split()
        described = words_of[-1].lower().strip(".,") in lexicon().bodies and not any(
            w[:1].isupper() for w in words_of[1:-1]
        )
        return key + "@" + (outlet.lower() or doc) if described else key
    return "outlet:" + (outlet.lower() or doc)


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


def read(doc: str, claim: Claim, source: Source | None = None) -> Figure | None:
    """The figure a claim states, or None when it cannot be compared: a part of a larger figure,
    an update of an earlier one, or a bare number with nothing counted."""
    source = source or Source()
    sentence = claim.text
    language = language_of(sentence)
    w = words(language)
    vt = claim.value_text
    if vt is not None and claim.start <= vt.start <= vt.end <= claim.start + len(sentence):
        span = (vt.start - claim.start, vt.end - claim.start)
    else:
        span = (0, 0)
    before, after = sentence[: span[0]].lower(), sentence[span[1] :].lower()
    if before.rstrip().endswith("(") and after.lstrip().startswith(")"):
        return None  # a list number: "(3)"
    if _has_phrase(before[-40:], w.part_before, at_end=True):
        return None
    if claim.unit != "%" and _has_phrase(after[:20], w.part_after, at_start=True):
        return None
    if _has_phrase(sentence.lower(), w.list_words):
        return None  # "46, 73 and 74 deaths respectively": one figure of a list, each of its own
    if _PART_OF_BEFORE.search(before[-80:]):
        return None  # "of the $50 million pledged, $41.2 million ...": a part of the figure before
    if re.search(r"(?:^|\n)\s*$", before) and re.match(r"[.)]\s", after):
        return None  # a numbered list: "3. Fines double"
    if (
        _has_phrase(before[-12:], w.change_before, at_end=True)
        or re.match(r"\s*(?:" + "|".join(map(re.escape, w.change_after)) + r")\s+\S*\d", after)
        if w.change_after
        else False
    ):
        return None  # an end of a change: "from 0.46 percent to 0.51 percent"
    if _has_phrase(before[-45:], w.update_before, at_end=True) or _has_phrase(
        sentence.lower(), w.update_words
    ):
        return None
    event, thing = _event_and_thing(claim, sentence, span, w)
    people_kind, nationality = _people(claim, after, w)
    unit = claim.unit
    if unit is not None and _has_phrase(after[:25], w.rate_after, at_start=True):
        unit += " rate"  # "2.7 per 1,000 births" is no count of people
    if event is None and thing is None and claim.unit is None:
        return None  # nothing says what is counted
    low, high = value_range(claim, sentence[: span[0]])
    places = _places(claim, sentence, w)
    if _has_phrase(sentence.lower(), w.worldwide):
        places = frozenset({"worldwide"})  # of the whole world: not of any country in it
    elif not places and _has_phrase(sentence.lower(), w.nationwide):
        places = frozenset({"nationwide"})  # of the whole country: not of any city in it
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
    return Figure(
        doc=doc,
        claim=claim,
        language=language,
        low=low,
        high=high,
        unit=unit,
        event=event,
        thing=thing,
        org=" ".join((claim.what_key or "").partition("|")[2].split()[:-1]) or None,
        periods=_periods(sentence, w),
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
        kinds=_event_kinds(sentence + " \n " + (source.title or ""), w),
        weekdays=frozenset(_WEEKDAY.findall(sentence.lower())),
        months=frozenset(m.lower() for m in w.months.findall(sentence)) if w.months else frozenset(),
        deictic=_has_phrase(sentence.lower(), w.deictic),
        disputes=any(d in sentence.lower() for d in w.disputes),
        article_disputes=_disputes(source.text or sentence, language),
        source=_source(claim, source, doc),
        outlet=source.outlet,
    )


def _sentence_before(text: str, start: int) -> str:
    window = text[max(0, start - 400) : start].rstrip()
    cut = max(window.rfind(". ", 0, len(window) - 1), window.rfind("\n", 0, len(window) - 1))
    return window[cut + 1 :] if cut >= 0 else window


def _places_agree(a: Figure, b: Figure) -> bool:
    if not a.places or not b.places:
        return True
    return any(p in q or q in p for p in a.places for q in b.places)


def _states(a: Figure, b: Figure) -> bool:
    """Whether a's sentence also gives b's figure as written ("30 billion ... to 2.5 billion")."""
    written = b.claim.value_text.text if b.claim.value_text else ""
    return (
        bool(written)
        and re.search(r"(?<![\w.,])" + re.escape(written) + r"(?![\w]|[.,]\d)", a.claim.text) is not None
    )


@lru_cache(maxsize=4096)  # asked once a figure; an article holds several
def _disputes(text: str, language: str) -> bool:
    lower = text.lower()
    return any(d in lower for d in words(language).disputes)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _time_apart(a: Figure, b: Figure) -> str | None:
    """Why two figures are of different times, or None when they can be of one."""
    since_a = {p for p in a.periods if p.startswith("since:")}
    since_b = {p for p in b.periods if p.startswith("since:")}
    if a.periods - since_a != b.periods - since_b:
        return "periods"  # "the first quarter" and "nine months"; "per day" and a total
    if since_a and since_b and since_a.isdisjoint(since_b):
        return "since"  # "since Friday" and "since June"; one saying no start may mean either
    if a.months and b.months and a.months.isdisjoint(b.months):
        return "months"  # "in Mehr" and "in Aban"
    for x in (a, b):
        if x.deictic and x.date is None and not x.years and a.doc != b.doc:
            return "undated 'this week'"  # a time said from the article's day, and no day known
    if a.years and b.years:
        # the latest year each names: a span "from March 2018 to January 2019" ends in 2019
        return None if max(a.years) == max(b.years) else "years"
    if a.years or b.years:
        named, other = (a, b) if a.years else (b, a)
        if other.date is None:
            return "year on one side, undated"
        year_fits = other.date.year in named.years or other.date.year - 1 in named.years
        return None if year_fits else "year and date"
    if a.date is not None and b.date is not None:
        return None if abs((a.date - b.date).days) <= MAX_DAYS_APART else "dates apart"
    if a.weekdays and b.weekdays and a.weekdays.isdisjoint(b.weekdays):
        return "weekdays"  # undated, and "on Tuesday" against "on Saturday"
    # no year named and an article undated: only a count of one named event is pinned in time,
    # named by a word few figures of the corpus give ("Beit Hanoun", not "Gaza")
    if a.doc == b.doc or (a.pinned and b.pinned and not a.rare_names.isdisjoint(b.rare_names)):
        return None  # one article's time, or one named event's
    return "undated, not one named event"


def same_quantity(a: Figure, b: Figure, rare: frozenset[str] | None = None) -> bool:
    """Whether two figures state the same quantity: the same counted thing and event, the same
    subject (rare words in common), place and period."""
    return apart(a, b, rare) is None


def apart(a: Figure, b: Figure, rare: frozenset[str] | None = None) -> str | None:
    """Why two figures are not the same quantity (a short reason), or None when they are."""
    if a.unit != b.unit or a.language != b.language:
        return "unit"
    if a.doc == b.doc and a.claim.value != b.claim.value:
        # one article: a figure repeated, or two named sources giving a count of one named group
        # ("60 MEK units", "116 MEK teams"); other figures of one article are different things
        # ... or set against each other ("three times the figure given by the authorities")
        named = a.source.startswith("by:") and b.source.startswith("by:") and a.source != b.source
        tied = (a.org and a.org == b.org) or a.article_disputes
        if not (named and tied and a.claim.start != b.claim.start):
            return "one article"
    elif a.claim.value != b.claim.value and (_states(a, b) or _states(b, a)):
        return "both in one sentence"  # a reprint of a sentence giving both: two quantities
    if a.event and b.event and a.event != b.event:
        return "event"
    if a.org and b.org and a.org != b.org:
        return "group"  # "MEK members" and "IRGC members"
    if a.thing and b.thing and a.thing != b.thing and PERSON not in (a.thing, b.thing):
        return "thing"
    if a.people and b.people and a.people != b.people:
        return "kind of people"  # "12 civilians" and "seven members of the security forces"
    if a.nationality and b.nationality and a.nationality != b.nationality:
        return "nationality"  # "50 Palestinians" and "32 Israeli officers"
    if a.kinds and b.kinds and a.kinds.isdisjoint(b.kinds):
        return "kind of event"  # a blast and a clash, a crash and a fire
    if a.what and b.what and a.what.isdisjoint(b.what) and not (a.pinned and b.pinned):
        return "what"  # "seafood exports value" and "budget bill"
    if a.unit is None and not (a.event and b.event) and not (a.thing and b.thing):
        return "nothing counted in common"  # no unit, event or counted thing in common
    if a.base != b.base:
        return "base"  # "5.4 percent" growth and "15.7 percent of GDP"
    if not _places_agree(a, b):
        return "places"
    if (why := _time_apart(a, b)) is not None:
        return why
    if a.names and b.names and a.names.isdisjoint(b.names):
        return "names"  # each names who or where, and not the same: "Gaza" and "Helmand"
    undated = a.date is None or b.date is None
    if undated and a.rare_names and b.rare_names and a.rare_names.isdisjoint(b.rare_names):
        return "rare names"  # "Baghdad" in both, but one bomb on the Sarrafiya bridge, one on the Jadriya
    if a.doc != b.doc and (a.date is None or b.date is None):
        # undated: no day ties the two, so the sentences must: a running total ("since the start
        # of the year") is of an unknown day, and the words must mostly be the same
        if any(p.startswith(("since:", "to-date")) for p in a.periods | b.periods):
            return "undated running total"
        pinned = bool(a.years & b.years) and bool(
            (a.org and a.org == b.org) or (a.what & b.what) or (a.rare_names & b.rare_names)
        )  # the same year named, and the same group, thing or name
        similar = len(a.subject & b.subject) >= 2 and _overlap(a.subject, b.subject) >= UNDATED_OVERLAP
        if not (pinned or similar or a.disputes or b.disputes):
            return "undated, sentences differ"
    if a.doc == b.doc:
        return None  # one article setting two sources' figures of one thing against each other
    rare = rare if rare is not None else a.context | b.context
    same_year = bool(a.years & b.years)
    same_org = bool(a.org and a.org == b.org)
    if a.pinned and b.pinned:
        # a count of a named event may be tied through the title or the sentence before, twice,
        # and by a name or the year: "ferry" alone, or "suicide", ties every ferry or bombing
        ties = len(a.context & b.context & rare) + same_year + 2 * same_org  # a named group: name and word
        named = same_year or not a.context_names.isdisjoint(b.context_names) or a.language != "en"
        return None if ties >= 2 and named else "event not tied"
    # any other figure through its own sentence, twice: "saffron" and the same event ("exports"),
    # "unemployment" and the same place; one word in common ties too little ("projected")
    ties = len(a.subject & b.subject & rare)
    ties += bool(a.event and a.event == b.event) + bool(a.what & b.what) + bool(a.places & b.places)
    return None if ties + same_org >= 2 else "subject not tied"
