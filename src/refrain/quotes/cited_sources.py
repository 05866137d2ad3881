"""Words that cite a source the way "according to" does: "Per X, “…”", "In the words of X, “…”"
(the name after them speaks; the words are no part of the speaker)."""

from __future__ import annotations

from .context import Token


def per_source(toks: list[Token], lows: list[str], i: int) -> bool:
    """Whether "per" at ``i`` cites a source: opening the sentence or after a comma, a name after it
    (not "per capita", "$5 per barrel")."""
    if i > 0 and toks[i - 1].text not in {",", "(", "—", "–"}:
        return False
    k = i + 2 if i + 1 < len(toks) and lows[i + 1] == "the" else i + 1
    return k < len(toks) and toks[k].is_cap and toks[k].is_word


def words_of_opens(lows: list[str], i: int) -> bool:
    """Whether "words of" at ``i`` opens its clause: the line's first words ("Words of X"), or after
    "in the" / "in his" ("in the words of X"), not "recalled the words of" (someone quoting)."""
    return i == 0 or (i >= 2 and lows[i - 2] == "in" and lows[i - 1] in {"the", "his", "her", "their"})
