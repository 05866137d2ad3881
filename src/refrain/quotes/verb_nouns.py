"""A speech verb's form read as a noun from the words before it: "the U.S. claims", "a timely
reply", "the chief demand of the union" name no speech act, so they are no cue."""

from __future__ import annotations

from .context import Token
from .speakers import DETERMINERS

NOUN_MARKERS = DETERMINERS | {"this", "that", "these", "those", "such", "whose"}
PAST_FORMS = {"said", "told", "wrote", "read", "reads", "says"}
# plural in sense though not in form: "the people demand" keeps its verb
_COLLECTIVE_NOUNS = {"people", "police", "media", "public", "staff", "clergy", "youth", "military", "government"}  # fmt: skip


def noun_after_modifier(toks: list[Token], lows: list[str], i: int) -> bool:
    """Whether the speech verb form at ``i`` is a noun after a determiner and a modifier."""
    low = lows[i]
    prev = lows[i - 1] if i else ""
    # "the U.S. claims", "the Pentagon reports": a noun after "the" and a name, not a verb
    noun_after_name = (
        low.endswith("s")
        and not low.endswith("ss")
        and i >= 2
        and toks[i - 1].is_cap
        and lows[i - 2] in {"the", "a", "an"}
    )
    # "the only answer", "a timely reply": a word in -ly between a determiner and it makes a noun
    # ("a crowd that apparently yelled": "that" opens a relative clause, the verb stays a verb)
    noun_after_adverb = prev.endswith("ly") and i >= 2 and lows[i - 2] in NOUN_MARKERS - {"that"}
    # "the chief demand of the union", "a lengthy press conference": a bare verb form after a
    # determiner and a singular word is a noun ("the officials demand", "the people demand" stay verbs)
    noun_after_adjective = (
        i >= 2
        and lows[i - 2] in {"the", "a", "an"}
        and toks[i - 1].is_word
        and not toks[i - 1].is_cap
        and not prev.endswith("s")
        and prev not in _COLLECTIVE_NOUNS
        and not low.endswith(("ed", "ing"))
        and not (low.endswith("s") and not low.endswith("ss"))  # "press" is bare, "presses" is not
        and low not in PAST_FORMS
    )
    return noun_after_name or noun_after_adverb or noun_after_adjective
