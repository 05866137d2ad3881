"""Digest layouts: the speaker named on a line of its own next to a paragraph that is only a quotation.

Vox pops, testimony collections and captioned quotes name the speaker on a short line of its own,
with no speech verb: above the quotation (a header, "Maria Lopez, 45, Phoenix" then "“…”") or below
it (a caption, "“…”" then "Maria Lopez, 45, Phoenix" or "— Maria Lopez"). One article keeps one
convention, so the article votes: whichever side has more name lines next to quotation paragraphs
wins, and each name line speaks for the run of quotation paragraphs on that side of it.

A name line must look like a name (capitalised words, at most five, no function words), and either
start with a dash or carry a description after a comma (an age, a place, a role: "Tom Reyes, 31,
Miami"). A bare name line ("Maria Lopez") counts only when the article has at least two name lines
next to quotations, because a lone short capitalised line is more often a subheading.
"""

from __future__ import annotations

from .context import MASK, Token, tokens
from .lexicon import lexicon
from .speakers import NAME_PARTICLES, NounPhrase, is_name_like

# "―" (U+2015) is the typographic quotation dash: "“…” ― Ana Ruiz"
DASHES = {"-", "—", "–", "―", "‒"}
_MAX_LINE = 120  # characters: a name line is short
_MAX_NAME = 5  # words in the name itself
_MAX_DESCRIPTION = 8  # words in each comma-set part after the name
_RUN = 4  # quotation paragraphs one name line may speak for
# lower-case words a description may hold besides roles: "a nurse from Phoenix", "mother of two"
_DESCRIPTION_WORDS = {"a", "an", "the", "of", "from", "in", "at", "and", "for", "on", "near", "two", "three"}


def name_line(toks: list[Token], *, bare_ok: bool = False, described: bool = False) -> NounPhrase | None:
    """The name a line of its own gives ("Maria Lopez, 45, Phoenix", "— Tom Reyes"), or None.

    ``bare_ok``: whether a bare name with neither dash nor description may count. ``described``:
    only a name with an age or an article-led description ("Tom Reyes, 31", "Ana Ruiz, a nurse"),
    where a title-case headline could stand instead.
    """
    lex = lexicon()
    dashed = bool(toks) and toks[0].text in DASHES
    while toks and toks[0].text in DASHES:
        toks = toks[1:]
    while toks and toks[-1].text in {".", ","}:
        toks = toks[:-1]
    if not toks or len(toks) > 16:
        return None
    segments: list[list[Token]] = [[]]
    for t in toks:
        if t.text == MASK or t.text in {".", "!", "?", ":", ";", "(", ")"} or t.text in DASHES:
            return None
        if t.text == ",":
            segments.append([])
        else:
            segments[-1].append(t)
    name, rest = segments[0], segments[1:]
    if not name or len(name) > _MAX_NAME or not is_name_like(name):
        return None
    if any(t.lower in lex.not_names and t.lower not in lex.titles | NAME_PARTICLES for t in name):
        return None  # "Undone By Trump", "In Iowa": a heading, not a name
    if any(t.lower in lex.speech_verb_forms for t in name):
        return None
    if rest:
        for seg in rest:
            if not seg or len(seg) > _MAX_DESCRIPTION:
                return None
            # "a nurse from Eastmoor", "45-year-old teacher": any words after an article or a number
            free = seg[0].lower in {"a", "an", "the"} or seg[0].text[0].isdigit()
            for t in seg:
                low = t.lower
                if low in lex.speech_verb_forms and not t.is_cap:
                    return None
                if not (
                    free or t.is_cap or t.text[0].isdigit() or low in _DESCRIPTION_WORDS or low in lex.roles
                ):
                    return None
    elif not dashed and not (bare_ok and len(name) >= 2):
        return None
    if described and not any(seg[0].text[0].isdigit() or seg[0].lower in {"a", "an"} for seg in rest):
        return None
    return NounPhrase(name[0].start, name[-1].end, tuple(name))


def _quote_only(masked: str, lo: int, hi: int) -> bool:
    """Whether the paragraph holds nothing but quoted words (and punctuation)."""
    rest = masked[lo:hi].replace(MASK, "")
    return MASK in masked[lo:hi] and not rest.strip(" \t.,;:—–-…")


def digest_speakers(masked: str, paras: list[tuple[int, int]]) -> dict[int, NounPhrase]:
    """Paragraph index of each quotation-only paragraph → the speaker its digest name line gives."""
    quote_only = [_quote_only(masked, lo, hi) for lo, hi in paras]
    if not any(quote_only):
        return {}
    lines: dict[int, list[Token]] = {}
    for k, (lo, hi) in enumerate(paras):
        if quote_only[k] or hi - lo > _MAX_LINE or MASK in masked[lo:hi]:
            continue
        if (k > 0 and quote_only[k - 1]) or (k + 1 < len(paras) and quote_only[k + 1]):
            lines[k] = tokens(masked, lo, hi)
    if not lines:
        return {}
    named = {k: name_line(toks) for k, toks in lines.items()}
    if sum(1 for np in named.values() if np is not None) + len(lines) >= 4:
        # enough short lines next to quotations for bare names to count ("Maria Lopez")
        bare = {k: name_line(toks, bare_ok=True) for k, toks in lines.items()}
        if sum(1 for np in bare.values() if np is not None) >= 2:
            named = bare
    found = {k: np for k, np in named.items() if np is not None}
    above = sum(1 for k in found if k + 1 < len(paras) and quote_only[k + 1])
    below = sum(1 for k in found if k > 0 and quote_only[k - 1])
    step = 1 if above >= below else -1  # header lines speak for what follows, captions for what precedes
    out: dict[int, NounPhrase] = {}
    for k, np in found.items():
        p = k + step
        for _ in range(_RUN):
            if not (0 <= p < len(paras)) or not quote_only[p] or p in found:
                break
            out.setdefault(p, np)
            p += step
    return out
