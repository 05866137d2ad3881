"""Whether a capitalised run names a place or part of a body's name, read from the words around
it ("the village of X", "the X dam", "the X, Y and Z Department"): such a run is no person in the
article's entities; and the lines whose runs are read at all (no heading, byline or tag list).
Split from :mod:`refrain.quotes.entities` (which reads the runs)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from refrain.text.lexicon import lexicon as text_lexicon

from .context import MASK, Token
from .lexicon import Lexicon


@cache
def _place_of() -> re.Pattern[str]:
    # a holiday's name after "the festival of" is no person either ("the feast of Ghadir")
    nouns = "|".join(sorted(text_lexicon("en", "place_of_nouns") | text_lexicon("en", "event_of_nouns")))
    name = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    # the run right after "of", or the last of a list ending in "and" ("… of A, B and C"); not a
    # name after a comma alone ("the city of Qom, Ayatollah X said": a person)
    return re.compile(rf"\b(?:{nouns})\s+of\s+(?:the\s+)?(?:(?:{name},\s+)*{name},?\s+and\s+)?\Z")


def named_place(masked: str, run: list[Token]) -> bool:
    """Whether a run names a place by the noun before or after it: "the village of Deh Sarvi",
    "the villages of Tolvand and Deh Sarvi", "the Darreh Shir dam" (a name there is no person's);
    or a holiday by the event noun before it ("the festival of Eid al-Fitr")."""
    start, end = run[0].start, run[-1].end
    if _place_of().search(masked, max(0, start - 120), start) is not None:
        return True
    head = re.match(r" ([a-z]+)\b", masked[end : end + 16])
    return (
        head is not None
        and head.group(1) in text_lexicon("en", "speaker_place_heads")
        and masked[max(0, start - 4) : start].lower().endswith("the ")
    )


_CAPS = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_LISTED_TO_ORG = re.compile(rf"(?:,\s+{_CAPS})+,?\s+and\s+(?:[A-Z][\w’'-]*\s+)*([A-Z][\w’'-]*)\b")


def first_of_body_list(masked: str, run: list[Token], lex: Lexicon) -> bool:
    """Whether a run after "the", "of" or a possessive opens a list of capitalised words that ends
    in a body's word: "the Rural Water, Roads and Energy Department" is one body, not a person "Rural Water"."""
    before = masked[max(0, run[0].start - 4) : run[0].start].lower()
    if not before.endswith(("the ", "of ", "’s ", "'s ")):
        return False
    m = _LISTED_TO_ORG.match(masked, run[-1].end, min(len(masked), run[-1].end + 120))
    return m is not None and m.group(1).lower() in lex.org_words


_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]{3,}\b")
# a short lower-case word no heading writes in lower case (its function words are)
_SHORT_WORD = re.compile(
    r"\b(?!(?:of|in|on|at|to|for|and|the|an?|by|with|from|as|or|nor|but|vs)\b)[a-z]{2,3}\b"
)


def _in_heading(masked: str, pos: int) -> bool:
    """Whether ``pos`` sits in a line with no lowercase word (a heading, a byline) or in a tag list."""
    lo = masked.rfind("\n", 0, pos) + 1
    hi = masked.find("\n", pos)
    line = masked[lo : hi if hi >= 0 else len(masked)]
    if _LOWER_WORD.search(line) is None:
        # but "President Ali Vaez met Omar Kest in Tarsk on Monday.": a sentence with a short verb
        return not (line.rstrip().endswith((".", "!", "?")) and _SHORT_WORD.search(line))
    # a tag list: short, comma-separated, no sentence end, no quotation ("Vaez, the aide, said, “…”")
    return (
        len(line) < 200
        and line.count(",") >= 3
        and MASK not in line
        and not re.search(r"[.!?:;]\s|[.!?]$", line)
    )


def body_tokens(masked: str, toks: list[Token]) -> list[Token]:
    """The tokens outside headings, bylines and tag lists (``_in_heading``), each line read once
    (not once per token: quadratic on a long line)."""
    line_starts = [0, *(m.end() for m in re.finditer("\n", masked))]
    heading: dict[int, bool] = {}
    kept: list[Token] = []
    for t in toks:
        line = line_starts[bisect_right(line_starts, t.start) - 1]
        if line not in heading:
            heading[line] = _in_heading(masked, line)
        if not heading[line]:
            kept.append(t)
    return kept
