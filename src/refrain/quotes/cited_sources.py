"""Words that cite a source the way "according to" does: "Per X, “…”", "In the words of X, “…”"
(the name after them speaks; the words are no part of the speaker)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from refrain.text.lexicon import lexicon as text_lexicon

from .context import MASK, Token
from .lexicon import lexicon
from .speakers import NounPhrase


def per_source(toks: list[Token], lows: list[str], i: int) -> bool:
    """Whether "per" at ``i`` cites a source: opening the sentence or after a comma, a name after it
    (not "per capita", "$5 per barrel")."""
    if i > 0 and toks[i - 1].text not in {",", "(", "—", "–"}:
        return False
    k = i + 2 if i + 1 < len(toks) and lows[i + 1] == "the" else i + 1
    return k < len(toks) and toks[k].is_cap and toks[k].is_word


def reports_one_as(toks: Sequence[Token], lows: list[str], i: int) -> bool:
    """ "IRNA reported Ali Vaez as saying", "reported the governor as saying": read as "quoted …
    as saying" when a name or a noun phrase follows (never "reported that …")."""
    return (
        lows[i] in {"reported", "reports"}
        and i + 1 < len(toks)
        and (toks[i + 1].is_cap or lows[i + 1] in {"the", "a", "an"})
    )


def words_of_opens(lows: list[str], i: int) -> bool:
    """Whether "words of" at ``i`` opens its clause: the line's first words ("Words of X"), or after
    "in the" / "in his" ("in the words of X"), not "recalled the words of" (someone quoting)."""
    return i == 0 or (i >= 2 and lows[i - 2] == "in" and lows[i - 1] in {"the", "his", "her", "their"})


def is_press(source: Sequence[Token]) -> bool:
    """Whether a source's words name the press: an outlet ("Reuters", "Varan News") or a report of
    one ("a Reuters report"), which relays someone's words rather than saying them."""
    words = [t for t in source if t.is_word]
    # "according to Reuters": an outlet named alone relays as much as "a Reuters report" does
    outlet = " ".join(t.lower for t in words if t.lower != "the").replace("-", " ")
    if outlet in text_lexicon("en", "news_outlets"):
        return True
    press = text_lexicon("en", "press_words")
    return any(re.sub(r"[’']s$", "", t.lower).strip(".’'") in press for t in words)


def post_then_name(toks: list[Token], after: int) -> NounPhrase | None:
    """ "According to Roads and Housing Minister, Omid Karan, “…”": the name a post set off by a
    comma leads to, after ``after`` (the cue's last token); None when the words are no such post."""
    comma = next((k for k in range(after + 1, min(len(toks), after + 10)) if toks[k].text == ","), None)
    if comma is None or comma == after + 1:
        return None
    post = toks[after + 1 : comma]
    if post[-1].lower.rstrip(".") not in lexicon().roles or not all(
        t.is_cap or t.lower in {"and", "of", "for", "-"} for t in post
    ):
        return None
    name: list[Token] = []
    for t in toks[comma + 1 : comma + 6]:
        if not (t.is_word and t.is_cap):
            break
        name.append(t)
    end = comma + 1 + len(name)
    if not 2 <= len(name) <= 4 or (end < len(toks) and toks[end].text not in {",", MASK}):
        return None
    return NounPhrase(name[0].start, name[-1].end, tuple(name))
