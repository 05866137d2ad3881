"""A speech verb's form read as a noun from the words before it: "the U.S. claims", "a timely
reply", "the chief demand of the union" name no speech act, so they are no cue; nor does a verb
of speech meaning "go on doing" ("continues to build", "was continuing the campaign")."""

from __future__ import annotations

from refrain.text.lexicon import lexicon as text_lexicon

from .appositives import CALENDAR as _CALENDAR
from .context import MASK, Token
from .lexicon import lexicon
from .speakers import DETERMINERS, states_noun

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
        # "the Western press reports", "the Russian demand for": a nationality is an adjective there,
        # not a name; "as the Chinese stress, …", "the Chinese say the …" keep their verb
        and (
            not toks[i - 1].is_cap
            or (prev in text_lexicon("en", "demonyms") and _noun_goes_on(toks, lows, i))
        )
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


def _noun_goes_on(toks: list[Token], lows: list[str], i: int) -> bool:
    """Whether the word after ``i`` goes on a noun phrase ("press reports", "demand for"), not a
    clause a verb would open ("stress that", "say the", a comma)."""
    if i + 1 >= len(toks) or not toks[i + 1].is_word or toks[i + 1].is_cap:
        return False
    return lows[i + 1] not in NOUN_MARKERS | {"to", "it", "he", "she", "they", "we"}


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


# Speech verbs whose bare and -s forms are more often nouns ("his previous comments", "one or two
# comments", "Trump's latest hostile comments"): a verb only right after its subject, an auxiliary,
# a coordinator or a comma ("Zarif commented", "he also comments", "and commented")
_NOUN_FIRST = {"comment", "remark"}
_BEFORE_NOUN_FIRST_VERB = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "and", "but", ",", "has", "have", "had", "did", "does", "do", "will", "would", "could", "may", "might", "not", "also", "then", "later", "further"}  # fmt: skip


def noun_first(toks: list[Token], lows: list[str], i: int) -> bool:
    """Whether the form at ``i`` of a noun-first speech verb (``_NOUN_FIRST``) is a noun here."""
    if lexicon().speech_verb_lemma.get(lows[i]) not in _NOUN_FIRST or lows[i].endswith(("ed", "ing")):
        return False
    k = i - 1
    while k >= 0 and lows[k].endswith("ly") and not toks[k].is_cap:
        k -= 1
    if k < 0:
        return True
    prev = toks[k]
    subject = prev.is_cap and prev.lower not in DETERMINERS and not prev.lower.endswith(("’s", "'s"))
    return not (subject or prev.lower in _BEFORE_NOUN_FIRST_VERB)


def hyphened_modifier(word: str) -> bool:
    """ "anti-Iran", "pro-Western", "long-standing": a modifier, not a name ("al-Assad tells")."""
    return "-" in word and (word.islower() or word.lower().startswith(("anti-", "pro-", "non-")))


def plural_after_modifier(toks: list[Token], lows: list[str], i: int) -> bool:
    """ "was closely pursuing reports with “concern”", "anti-Iran remarks made by X were “…”": a
    plural form after a participle or a hyphenated modifier is a noun; so is one before a modal or
    an auxiliary ("the littoral states would adopt “…” policies")."""
    if i > 0 and states_noun(lows[i - 1], lows[i]):
        return True  # "member states", "the Arab states", "two separate states"
    low, prev = lows[i], lows[i - 1] if i else ""
    plural = low.endswith("s") and not low.endswith("ss") and low not in PAST_FORMS
    if plural and i + 1 < len(lows) and lows[i + 1] in _FINITE_AFTER_SUBJECT:
        return True
    if plural and _counted_or_owned(toks, lows, i):
        return True
    return (
        plural
        and i > 0
        and not toks[i - 1].is_cap
        and ((prev.endswith("ing") and len(prev) > 4) or hyphened_modifier(toks[i - 1].text))
    )


def _counted_or_owned(toks: list[Token], lows: list[str], i: int) -> bool:
    """ "In two separate reports", "several reports", "the farmers’ demands": a plural after a count
    (one lower-case word may stand between) or after a plural owner's mark is a noun."""
    counts = text_lexicon("en", "number_words") | _COUNT_WORDS
    if any(lows[k] in counts and not toks[k].is_cap for k in range(max(0, i - 2), i)) and (
        lows[i - 1] in counts or (toks[i - 1].is_word and not toks[i - 1].is_cap)
    ):
        return True
    return (
        i >= 2
        and lows[i - 1] in {"’", "'"}
        and toks[i - 2].end == toks[i - 1].start
        and lows[i - 2].endswith("s")
        and toks[i - 2].is_word
    )


_COUNT_WORDS = frozenset({"several", "many", "both", "few", "numerous", "multiple", "various"})

_FINITE_AFTER_SUBJECT = {
    "would",
    "will",
    "can",
    "could",
    "should",
    "must",
    "may",
    "might",
    "have",
    "are",
    "were",
}


def adds_a_thing(lows: list[str], i: int) -> bool:
    """ "the tests had added a “new layer to the tensions”": "add" with an indefinite object puts
    something somewhere, it reports no words (an inverted "…,” added the minister" stays a cue)."""
    return (
        lows[i] in {"add", "adds", "added", "adding"}
        and i + 1 < len(lows)
        and lows[i + 1] in {"a", "an"}
        # after its subject, not inverted after a quote ("“…,” added a Nevada Democrat"), and not
        # a word of speech it introduces ("she added a caveat: “…”")
        and i > 0
        and lows[i - 1][:1].isalnum()
        and ":" not in lows[i + 2 : i + 5]
    )


_OBJECT_OPENERS = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those"}


# "would have become assured that", "felt convinced": a linking verb makes the participle after it
# an adjective, no speech
_LINKING = frozenset(
    {"become", "became", "becomes", "becoming", "feel", "feels", "felt", "seem", "seemed", "seems"}
)


def aspectual(lows: list[str], i: int, toks: list[Token]) -> bool:
    """ "continues to advance", "went on to win": an aspect verb before an infinitive is no speech,
    unless the infinitive is one ("continued to insist that": the speaker goes on speaking); nor is
    a participle after a linking verb ("they would have become assured that …")."""
    if i > 0 and lows[i - 1] in _LINKING and lows[i].endswith("ed"):
        return True
    aspect = lexicon().speech_verb_lemma.get(lows[i]) in text_lexicon("en", "aspect_speech_verbs")
    to, verb = [*lows[i + 1 : i + 3], "", ""][:2]
    # "was continuing the bloc's “…” campaign", "continuing Lisbor's": an object after it, no speech
    # either (not the inverted "“…,” continued Ali Vaez": the name after it speaks)
    after_quote = i == 0 or toks[i - 1].text in {",", MASK}
    named = i + 1 < len(toks) and toks[i + 1].is_cap and lows[i + 1] not in _CALENDAR and not after_quote
    talk = verb in text_lexicon("en", "speech_nouns") or verb.rstrip("s") in text_lexicon(
        "en", "speech_nouns"
    )
    return aspect and (  # "continued his remarks": still speech
        (to == "to" and verb not in lexicon().speech_verb_forms)
        or (to in _OBJECT_OPENERS and not talk)
        or named
    )
