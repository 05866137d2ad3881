"""Whether two figures state the same quantity: counted thing and event, subject, place and period.

A figure is compared with another only on what both articles make plain (see
:mod:`refrain.claims.reading` for what is read around each figure, :mod:`refrain.claims.ranges`
for the values it allows).
"""

from __future__ import annotations

import re

from refrain.claims.conflict_words import words
from refrain.claims.reading import PERSON, Figure
from refrain.text import is_word_char

MAX_DAYS_APART = 60  # two dated figures further apart than this are of different times
UNDATED_OVERLAP = 0.25  # undated figures: the share of their sentences' content words in common


def compatible(a: Figure, b: Figure) -> bool:
    """Whether the values two figures allow have one in common."""
    return max(a.low, b.low) <= min(a.high, b.high)


def _places_agree(a: Figure, b: Figure) -> bool:
    if not a.places or not b.places:
        return True
    return any(p in q or q in p for p in a.places for q in b.places)


def _states(a: Figure, b: Figure) -> bool:
    """Whether a's sentence also gives b's figure as written ("30 billion ... to 2.5 billion")."""
    written = b.claim.value_text.text if b.claim.value_text else ""
    return bool(written) and written_alone(written, a.claim.text)


def written_alone(written: str, text: str) -> bool:
    r"""Whether ``text`` holds ``written`` not inside a longer number or word: what the pattern
    ``(?<![\w.,])WRITTEN(?![\w]|[.,]\d)`` finds, by the occurrences of ``written`` (asked for
    pairs of figures by the million: a pattern made and tried at every character was a quarter
    of the grouping)."""
    at, size = text.find(written), len(written)
    while at >= 0:
        end = at + size
        if not (at and _word_or_mark(text[at - 1])):
            nxt = text[end : end + 1]
            if not (nxt and (is_word_char(nxt) or (nxt in ".," and text[end + 1 : end + 2].isdecimal()))):
                return True
        at = text.find(written, at + 1)
    return False


def _word_or_mark(char: str) -> bool:
    return is_word_char(char) or char in ".,"


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _occurrence(f: Figure) -> bool:
    """A count of something that happens at one time ("31 killed", "45 arrested"), which one named
    event pins in time; not a flow (exports, spending) over a period that must be said."""
    return f.pinned and f.event in words(f.language).occurrences


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
    if a.doc == b.doc or (_occurrence(a) and _occurrence(b) and not a.rare_names.isdisjoint(b.rare_names)):
        return None  # one article's time, or one named event's
    return "undated, not one named event"


def same_quantity(a: Figure, b: Figure, rare: frozenset[str] | None = None) -> bool:
    """Whether two figures state the same quantity: the same counted thing and event, the same
    subject (rare words in common), place and period."""
    return _fields_apart(a, b) is None and apart(a, b, rare) is None


def _fields_apart(a: Figure, b: Figure) -> str | None:
    """The reasons of ``apart`` that compare fields only (after unit and language). Any of them
    makes ``apart`` give a reason whatever its earlier tests say, so ``same_quantity`` asks them
    first: they spare most pairs the costlier tests (a sentence searched for the other's figure)."""
    if a.unit != b.unit or a.language != b.language:
        return "unit"
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
    if a.measures and b.measures and a.measures.isdisjoint(b.measures):
        return "measure"  # point-to-point inflation and the twelve-month average
    if a.forecast != b.forecast:
        return "forecast and outcome"  # "will reach 3 million" and "reached 2 million"
    if a.what and b.what and a.what.isdisjoint(b.what) and not (a.pinned and b.pinned):
        return "what"  # "seafood exports value" and "budget bill"
    if a.unit is None and not (a.event and b.event) and not (a.thing and b.thing):
        return "nothing counted in common"  # no unit, event or counted thing in common
    if a.base != b.base:
        return "base"  # "5.4 percent" growth and "15.7 percent of GDP"
    return None


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
    if (why := _fields_apart(a, b)) is not None:
        return why
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


def _named(f: Figure) -> bool:
    """A source named by a name ("NATO", "the World Bank", "Zarif"), not an outlet's own words nor
    a description ("officials", "the director", "Other local officials")."""
    return f.source.startswith("by:") and "@" not in f.source and f.named


def _event_in_clause(f: Figure, event: str | None) -> bool:
    """Whether ``f`` reads no event but its clause after the figure says ``event`` ("a ten-year
    embargo ... was lifted", where the other figure's event is "lift"); not another clause's ("2.5
    million pupils, 9,000 of them were tested" says nothing of the 2.5 million)."""
    if f.event is not None or not event or f.claim.value_text is None:
        return False
    at = f.claim.value_text.end - f.claim.start
    clause = re.split(r"[,;:]| and | while | but ", f.claim.text[at:].lower(), maxsplit=1)[0]
    stem = event[: max(4, len(event) - 1)]  # "diagnose" -> "diagnos": "diagnosed"
    return any(word.startswith(stem) for word in re.findall(r"[^\W\d_]+", clause))


def _thing_said(a: Figure, b: Figure) -> bool:
    """Whether both sentences say what they count, and the same: the same event or none on both
    sides ("screened" children are not "diagnosed" ones; an event read on one side only counts
    when the other's clause says it), and words of the counted thing in common
    ("unemployment rate"), what a share is of, or one event counting people or one named thing
    (not "three raids" against a toll of no unit; not money "spent" by two different spenders)."""
    if a.event != b.event and not (_event_in_clause(a, b.event) or _event_in_clause(b, a.event)):
        return False
    if a.what & b.what or (a.base and a.base == b.base):
        return True
    counted = a.unit == b.unit == "people" or (a.thing is not None and a.thing == b.thing)
    return bool(a.event and counted)


def one_articles_times_differ(a: Figure, b: Figure) -> bool:
    """Whether two sentences of one article name two times: two years, months or weekdays, or a
    running total ("since April 11") against a day's figure ("last night")."""
    for x, y in ((a.years, b.years), (a.months, b.months), (a.weekdays, b.weekdays)):
        if x and y and x.isdisjoint(y):
            return True
    since_a = {p for p in a.periods if p.startswith("since:")}
    since_b = {p for p in b.periods if p.startswith("since:")}
    return since_a != since_b and (
        a.deictic if since_b and not since_a else b.deictic if since_a and not since_b else True
    )


def _time_said(a: Figure, b: Figure) -> bool:
    """Whether the two figures are of one time by what is written, not by default: one article
    whose two sentences name no two times ("last night" and "since April 11" are two),
    one year named in both, or one named event counted in both."""
    if a.doc == b.doc:
        return not one_articles_times_differ(a, b)
    if a.years & b.years:
        return True
    return _occurrence(a) and _occurrence(b) and not a.rare_names.isdisjoint(b.rare_names)


def _sets_against(f: Figure) -> bool:
    """Whether a figure's sentence sets it against another figure ("three times the official count")."""
    lower = f.claim.text.lower()
    return any(phrase in lower for phrase in words(f.language).rival_figure)


def disputed(a: Figure, b: Figure) -> str | None:
    """Why two figures of one quantity (see :func:`apart`) are not a conflict to report, or None
    when they are: values with none in common; and, unless two dated articles of two outlets give
    them (the dates and outlets then pin time and sources), each sentence saying the same counted
    thing, the time pinned by what is written, and, in one outlet's articles, two sources each named
    by name (its unattributed figures and its "officials" may all be one source)."""
    if compatible(a, b):
        return "values agree"
    if a.date is not None and b.date is not None and a.outlet != b.outlet:
        return None
    if a.plan or b.plan:
        return "a plan, a promise or a need"  # "planned to open", "vowed to create", "requires"
    if not _thing_said(a, b):
        return "counted thing not said"
    if not _time_said(a, b):
        return "time not said"
    rival = _sets_against(a) or _sets_against(b)
    if a.outlet and a.outlet == b.outlet and not (_named(a) and _named(b) or rival):
        return "one outlet, a source not named"  # unless a sentence sets its figure against the other
    return None
