"""When and where a statement was made, when the text says so.

Dates: "On July 21, 2018", "April 24th", "on Wednesday", "yesterday"; relative ones resolve
against the article date (ISO) when it is given. Venues: "in a speech in Qom", "in an interview
with the Fars News Agency", "at a press conference", "on Twitter".
"""

from __future__ import annotations

import datetime as dt
import re

from refrain.text.lexicon import lexicon as text_lexicon

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")  # fmt: skip
MONTHS = {m: i + 1 for i, m in enumerate(MONTH_NAMES)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE_RE = re.compile(
    rf"\b(?:(?:on|On)\s+)?(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    rf"(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(?P<year2>(?:19|20)\d\d))?)"
    rf"|\b(?:on\s+|On\s+|last\s+|Last\s+)?(?P<wdonly>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    rf"|\b(?P<rel>yesterday|today|Yesterday|Today)\b"
)
_VENUE_RE = re.compile(
    r"\b(?:in|at|during|on|In|At|During|On)\s+(?:a|an|the|his|her|their|its|one)\s+"
    r"(?:(?:televised|live|recent|weekly|joint|official|public|private|separate|written|radio|TV|television|"
    r"exclusive|phone|telephone|video|online|closed-door|annual)\s+)*"
    r"(?:speech|interview|statement|press conference|news conference|press briefing|briefing|op-ed|opinion piece|"
    r"article|letter|meeting|rally|debate|sermon|address|remarks|hearing|session|gathering|conference|summit|"
    r"podcast|tweet|post|video|broadcast|ceremony|event|panel|forum|column|editorial|report|book|memo|message)"
    r"(?:\s+(?:in|at|with|to|on|before|for)\s+[^,.;:\x00\n]{2,60}?)?(?=[,.;:\x00\n]|\s+(?:on|that|he|she|where|which|who)\b|$)"
    r"|\b(?:on|On)\s+(?:Twitter|Facebook|Instagram|Telegram|YouTube|X|Truth Social|state TV|state television|CNN|Fox News|MSNBC)\b"
)


def is_date_word(word: str) -> bool:
    """A weekday or a month ("monday", "march", "esfand"), lower case."""
    return (
        word in text_lexicon("en", "weekdays")
        or word in MONTH_NAMES
        or word in text_lexicon("en", "calendar_months")
    )


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(window: str, article_date: str | None) -> str | None:
    """ISO date of the first date expression in ``window`` (a year-less date takes the article's year)."""
    ref: dt.date | None = None
    if article_date:
        try:
            ref = dt.date.fromisoformat(article_date[:10])
        except ValueError:
            ref = None
    m = _DATE_RE.search(window)
    if not m:
        return None
    month_name = m.group("month") or m.group("month2")
    if month_name:
        month = MONTHS[month_name.lower().rstrip(".")[:3] if month_name.lower()[:4] != "sept" else "sept"]
        day = int(m.group("day") or m.group("day2"))
        year_s = m.group("year") or m.group("year2")
        if year_s:
            return _iso(int(year_s), month, day)
        if ref is None:
            return None
        year = (
            ref.year - 1 if (month, day) > (ref.month, ref.day) else ref.year
        )  # statements precede the article
        return _iso(year, month, day)
    if ref is None:
        return None
    if m.group("wdonly"):
        back = (ref.weekday() - WEEKDAYS[m.group("wdonly").lower()]) % 7
        return (ref - dt.timedelta(days=back)).isoformat()
    rel = (m.group("rel") or "").lower()
    if rel == "yesterday":
        return (ref - dt.timedelta(days=1)).isoformat()
    if rel == "today":
        return ref.isoformat()
    return None


def find_venue(window: str) -> str | None:
    m = _VENUE_RE.search(window)
    return m.group().strip() if m else None
