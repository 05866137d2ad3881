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
    return (
        noun_after_name
        or noun_after_adverb
        or noun_after_adjective
        or _compound_head(lows, i)
        or _light_verb_object(toks, lows, i)
    )


# "made derogatory remarks", "gave a statement", "issued strong warnings": the form is the object
_LIGHT_VERBS = {"make", "makes", "made", "making", "give", "gives", "gave", "giving", "issued", "issuing"}  # fmt: skip


def _light_verb_object(toks: list[Token], lows: list[str], i: int) -> bool:
    """Whether the form at ``i`` is the object of "made", "gave", "issued", one lower-case word at
    most between them ("made derogatory remarks"); a past form stays a verb ("made it and said")."""
    if lows[i] in PAST_FORMS or lows[i].endswith("ed"):
        return False
    for back in (1, 2):
        k = i - back
        if k < 0:
            return False
        if lows[k] in _LIGHT_VERBS:
            return True
        if toks[k].is_cap or not toks[k].is_word:
            return False
    return False


# "high-ranking state officials", "state media": a bare form before these is a noun's modifier
_COMPOUND_HEADS = {"officials", "media", "tv", "television", "broadcaster", "news", "run", "owned", "funded"}  # fmt: skip


def _compound_head(lows: list[str], i: int) -> bool:
    """Whether the bare form at ``i`` modifies the noun after it ("state officials")."""
    return lows[i] == "state" and i + 1 < len(lows) and lows[i + 1] in _COMPOUND_HEADS
