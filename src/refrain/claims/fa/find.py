"""find_persian(): every figure in a Persian article as a ``Claim``, the same type English gives.

Offsets are into the stored text: matching runs on a folded copy (``refrain.text.fold_fa_figures``) of the same length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any

from refrain.claims.fa.dates import DateRef, find_dates
from refrain.claims.fa.figures import PersianFigure, find_figures
from refrain.claims.fa.lexicon import figure_words, lexicon
from refrain.claims.fa.numbers import has_number, number_like, word_value
from refrain.claims.model import Claim, Part
from refrain.text import NumberToken, fold_fa_figures, number_tokens, sentence_spans

_MAX_WHAT_WORDS = 3
_LINKS = figure_words("figure_links")  # "قیمت گندم به ۱۷۰۰ تومان": skipped looking back
_BEFORE, _AFTER = 80, 160  # characters read around a number
_EVENT_AFTER, _EVENT_BEFORE = 12, 4  # tokens looked through for the event
_MONEY_BEFORE = 12  # tokens looked back through for what a sum is
_LIGHT_VERBS = tuple(sorted(figure_words("figure_light_verbs")))  # for str.startswith
# "می" and "نمی" followed by a ZWNJ or a space
_VERB_PREFIXES = tuple(
    p + sep for p in sorted(figure_words("figure_verb_prefixes")) for sep in ("\u200c", " ")
)


def _windows(folded: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of the sentences around each number, wide enough for its hedge, label, unit, range
    and counted thing, cut at spaces and merged where they meet."""
    spans: list[tuple[int, int]] = []
    for s_start, s_end in sentences:
        for m in number_like().finditer(folded, s_start, s_end):
            a = max(s_start, m.start() - _BEFORE)
            if a > s_start:
                space = folded.find(" ", a, m.start())
                a = space + 1 if space >= 0 else a
            b = min(s_end, m.end() + _AFTER)
            if b < s_end:
                space = folded.find(" ", b, s_end)
                b = space if space >= 0 else s_end
            if spans and a <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(b, spans[-1][1]))
            else:
                spans.append((a, b))
    return spans


def _light_verb(word: str) -> bool:
    """ "شدند", "کرد", "می‌شود": the verb of a compound verb ("بازداشت شدند")."""
    return word.startswith(_LIGHT_VERBS) or word.startswith(_VERB_PREFIXES)


def _content(tok: NumberToken) -> bool:
    lex = lexicon()
    return (
        tok.kind in ("word", "latin")
        and tok.text not in lex.function_words
        and tok.text not in lex.approx_words
        and word_value(tok.text) is None
        and not tok.text.startswith(_VERB_PREFIXES)
    )


def _money_thing(
    tokens: list[NumberToken], fig: PersianFigure, first_token: int, sentence: tuple[int, int]
) -> tuple[int, int] | None:
    """What a sum is: a money noun right after the currency ("۷ میلیارد ریال خسارت"), else the nearest
    one before the figure in its sentence ("قیمت خرید گندم ... ۱۷۰۰ تومان"), with up to two content
    words after it."""
    things = lexicon().money_things
    k = fig.after
    if k < len(tokens) and tokens[k].start < sentence[1] and tokens[k].text in things:
        start = k
    else:
        start = next(
            (
                i
                for i in range(first_token - 1, max(-1, first_token - 1 - _MONEY_BEFORE), -1)
                if tokens[i].start >= sentence[0] and tokens[i].text in things
            ),
            None,
        )
    if start is None:
        return None
    limit = min(len(tokens), start + _MAX_WHAT_WORDS)
    if start < first_token:
        limit = min(limit, first_token)  # a thing named before the figure stops at the figure
    end = start
    while end + 1 < limit:
        nxt = tokens[end + 1]
        if not _content(nxt) or nxt.start >= sentence[1]:
            break
        if end + 2 < len(tokens) and _light_verb(tokens[end + 2].text):
            break
        end += 1
    closing = (
        end + 1 >= len(tokens) or tokens[end + 1].kind == "punct" or tokens[end + 1].start >= sentence[1]
    )
    if end > start and closing:
        end -= 1  # the clause's last word is its verb ("... خسارت زد.")
    return tokens[start].start, tokens[end].end


def _what(
    tokens: list[NumberToken], fig: PersianFigure, first_token: int, sentence: tuple[int, int]
) -> tuple[int, int] | None:
    """The counted thing: the counted noun and up to two content words after it; the content words
    after a money/measure/time unit ("۶۱۷ تن برنج"); else, for money, measures and bare numbers, the
    content words just before the figure ("قیمت گندم به ۱۷۰۰ تومان"). A duration or a
    classifier with nothing after it counts its unit ("۹ ماه", "۳۸ نفر")."""
    if fig.unit is not None and fig.unit.kind == "money":
        money = _money_thing(tokens, fig, first_token, sentence)
        if money is not None:
            return money
    words: list[NumberToken] = []
    if fig.unit is not None and fig.unit.kind == "count" and fig.unit_start is not None:
        k = next(i for i in range(first_token, len(tokens)) if tokens[i].start == fig.unit_start)
    else:
        k = fig.after
    if fig.unit is not None and fig.unit.kind == "classifier" and k < len(tokens) and tokens[k].text == "از":
        k += 1  # "۲۰ نفر از دانشجویان": the students
    while k < len(tokens) and len(words) < _MAX_WHAT_WORDS and tokens[k].end <= sentence[1]:
        if not _content(tokens[k]) or (k + 1 < len(tokens) and _light_verb(tokens[k + 1].text)):
            break  # "... بازداشت شدند": the noun of a compound verb is not counted
        words.append(tokens[k])
        k += 1
    # the last word of a sentence or clause is mostly its verb ("... ۲۰ تن گندم خرید."): not counted
    if words and (k >= len(tokens) or tokens[k].kind == "punct" or tokens[k].start >= sentence[1]):
        if len(words) > 1 or not (fig.unit and fig.unit.kind == "count"):
            words.pop()
    if not words and (fig.unit is None or fig.unit.kind in ("money", "measure")):
        k = first_token - 1
        while k >= 0 and (tokens[k].text in lexicon().approx_words or tokens[k].text in _LINKS):
            k -= 1
        while (
            k >= 0 and tokens[k].start >= sentence[0] and len(words) < _MAX_WHAT_WORDS and _content(tokens[k])
        ):
            words.insert(0, tokens[k])
            k -= 1
    if (
        not words
        and fig.unit is not None
        and fig.unit.kind in ("time", "classifier")
        and fig.unit_start is not None
    ):
        return fig.unit_start, fig.unit_end  # "۹ ماه", "۳۸ نفر": months, persons are what is counted
    if not words:
        return None
    return words[0].start, words[-1].end


@cache
def _event_patterns() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]]:
    """One pattern telling whether an event phrase starts at a position, and one per event to name it;
    the last word of a phrase is a prefix ("کشته" in "کشته‌شدگان")."""
    each = []
    for words, name in sorted(lexicon().events.items(), key=lambda e: -len(e[0])):
        each.append((re.compile(r"\s+".join(map(re.escape, words))), name))
    return re.compile("|".join(p.pattern for p, _ in each)), tuple(each)


def event_near(folded: str, tokens: list[NumberToken], i: int, sentence: tuple[int, int]) -> str | None:
    """The event of the figure at token ``i``: the first event word after it in its clause (Persian
    puts the verb last: "۳۰ نفر ... کشته شدند"), else one of the few words before it."""
    anywhere, each = _event_patterns()

    def at(k: int) -> str | None:
        if tokens[k].kind != "word" or not anywhere.match(folded, tokens[k].start, sentence[1]):
            return None
        return next((name for p, name in each if p.match(folded, tokens[k].start, sentence[1])), None)

    for k in range(i + 1, min(len(tokens), i + 1 + _EVENT_AFTER)):
        if tokens[k].start >= sentence[1] or tokens[k].text in ("،", "؛", "."):
            break
        if (name := at(k)) is not None:
            return name
    for k in range(i - 1, max(-1, i - 1 - _EVENT_BEFORE), -1):
        if tokens[k].start < sentence[0]:
            break
        if (name := at(k)) is not None:
            return name
    return None


def _what_key(fig: PersianFigure, what: tuple[int, int] | None, event: str | None, text: str) -> str | None:
    """ "kill|person", "build|project": the event and the counted thing, in the English claims' form, so
    ``claims.group`` can pair counts of one event across articles; money, measures and bare numbers
    keep a bare thing ("|گندم"), which pairs nothing."""
    if fig.unit is not None and fig.unit.kind in ("count", "classifier"):
        head = "person" if fig.unit.code == "people" else fig.unit.code
        return f"{event or ''}|{head}"
    # money, measures, bare numbers: the thing is not known well enough to pair across articles
    head = fold_fa_figures(text[what[0] : what[1]]).split()[0] if what else ""
    return f"|{head}" if head else None


def _nearest(dates: list[DateRef], start: int, end: int, sentence: tuple[int, int]) -> DateRef | None:
    inside = [d for d in dates if d.iso and d.start >= sentence[0] and d.end <= sentence[1]]
    inside = [d for d in inside if d.end <= start or d.start >= end]
    return min(inside, key=lambda d: abs(d.start - start)) if inside else None


def _claimant(start: int, quotes: Sequence[Any], outlet: str | None) -> str | None:
    for q in quotes:
        if q.start <= start < q.end and getattr(q, "speaker", None):
            return str(q.speaker)
    return outlet


def find_persian(
    text: str,
    *,
    date: str | None = None,
    outlet: str | None = None,
    quotes: Sequence[Any] = (),
) -> list[Claim]:
    """Every figure in Persian ``text`` (see ``refrain.claims.find``).

    >>> [(c.value, c.unit, c.what.text) for c in find_persian("دولت دو میلیون و ۵۰۰ هزار تن گندم خرید.")]
    [(2500000.0, 't', 'گندم')]
    """
    folded = fold_fa_figures(text)
    base = _parse_date(date)
    dates = find_dates(folded, base)
    # only the stretches around a digit or a number word are read further (most text has none)
    sentences = [s for s in sentence_spans(text, "fa") if has_number(folded, s[0], s[1])]
    tokens = [t for a, b in _windows(folded, sentences) for t in number_tokens(folded, a, b)]
    quotes = [q for q in quotes if isinstance(getattr(q, "start", None), int)]
    starts = {t.start: i for i, t in enumerate(tokens)}
    sentence_starts = [s[0] for s in sentences]
    claims: list[Claim] = []
    figures = find_figures(folded, tokens)
    for n, fig in enumerate(figures):
        at = bisect_right(sentence_starts, fig.start) - 1
        sentence = sentences[at] if at >= 0 and fig.start < sentences[at][1] else (0, len(text))
        sentence = (sentence[0], max(sentence[1], fig.end))
        counted = fig
        if fig.approx == "between" and fig.unit_start is None and n + 1 < len(figures):
            counted = figures[n + 1]  # the low end of a range counts what the high end counts
        what = _what(tokens, counted, starts[counted.start], sentence)
        when = _nearest(dates, fig.start, fig.end, sentence)
        unit = fig.unit.code if fig.unit else None
        counts = fig.unit is not None and fig.unit.kind in ("count", "classifier")
        event = event_near(folded, tokens, starts[fig.start], sentence) if counts else None
        what_key = _what_key(fig, what, event, text)
        claims.append(
            Claim(
                start=sentence[0],
                end=sentence[1],
                text=text[sentence[0] : sentence[1]],
                value=fig.value,
                approx=fig.approx,
                value_text=Part(text[fig.start : fig.end], fig.start, fig.end),
                unit=unit,
                what=Part(text[what[0] : what[1]], what[0], what[1]) if what else None,
                what_key=what_key,
                when=Part(text[when.start : when.end], when.start, when.end) if when else None,
                when_iso=when.iso if when else None,
                where=None,
                claimant=_claimant(fig.start, quotes, outlet),
            )
        )
    return claims


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
