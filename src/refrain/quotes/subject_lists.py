"""A subject that opens a list of names: "France, Germany, Britain and the EU issued … and vowed"
is all of them, not its first name."""

from __future__ import annotations

from .context import Token
from .speakers import NounPhrase


def with_listed(toks: list[Token], np: NounPhrase) -> NounPhrase:
    """The subject with the names listed after it ("France, Germany, Britain and the EU issued …
    and vowed"), when a list of capitalised names with "and" goes on from it; else itself."""
    k = next((n for n, t in enumerate(toks) if t.start >= np.end), len(toks))
    end, seen_and = k, False
    while k + 1 < len(toks) and (toks[k].text == "," or toks[k].lower == "and"):
        seen_and = seen_and or toks[k].lower == "and"
        k += 1
        if toks[k].lower == "and":
            seen_and, k = True, k + 1  # ", and" (a serial comma)
        if k < len(toks) and toks[k].lower == "the":
            k += 1
        if k >= len(toks) or not toks[k].is_cap:
            break
        while k < len(toks) and (toks[k].is_cap or toks[k].lower == "of"):
            k += 1
        end = k
    if not seen_and or end == next((n for n, t in enumerate(toks) if t.start >= np.end), len(toks)):
        return np
    run = tuple(t for t in toks if np.start <= t.start and t.end <= toks[end - 1].end)
    return NounPhrase(np.start, toks[end - 1].end, run)
