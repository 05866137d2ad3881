"""A figure in a sentence that goes on with what a person said: the person's, not the outlet's.

"Lena Holm said that the city is full. | Some 70 percent of its people live above capacity. | The
council cannot cope, she added." The middle sentence names no source, yet the article reports it
as Holm's words: the sentence before reports her speech ("X said that …", "…, X said.") and the
sentence after goes on with it ("…, she added.", "She added that …"), its pronoun read as the same
person. Both sides are needed: an unattributed sentence after someone spoke is as often the
writer's own (background, the next topic), and is left to the outlet.
"""

from __future__ import annotations

import re
from functools import cache

from refrain.claims.patterns import _AUX, _NAME_RUN, _speech_verb_pattern
from refrain.claims.persons import _clean_name, _pronoun_speaker
from refrain.entities.kinds import speaker_kind

_SENTENCE_END = re.compile(r"[.!?][”\"’]?(?:\s+|$)")
_REACH = 400  # characters looked at on either side: one sentence of usual length
# a sentence whose subject is a pronoun (or a paragraph head): about someone, not their words
_OWN_SUBJECT = re.compile(r"\s*(?:He|She|They|It|His|Her)\b")
# "met on Friday Lena Holm noted that": a day written before the name, no comma between
_DAY_BEFORE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August"
    r"|September|October|November|December)\s+"
)


@cache
def _said_before() -> tuple[re.Pattern[str], ...]:
    verbs = _speech_verb_pattern()
    return (
        # "Lena Holm (, the head of X,) said that …", "the retired general Oren Balik stated that …",
        # "Lena Holm rejected the claim and said that …"
        re.compile(
            rf"({_NAME_RUN})(?:,[^,.;“”\"]{{1,100}},|(?:\s+[a-z][\w’'-]*){{1,6}}\s+and)?{_AUX}\s+(?:{verbs})\s+that\b"
        ),
        # "…, Lena Holm said." closing the sentence
        re.compile(rf",\s*({_NAME_RUN}){_AUX}\s+(?:{verbs})\.[”\"’]?\s*$"),
    )


@cache
def _goes_on_after() -> tuple[re.Pattern[str], ...]:
    verbs = r"added|continued|went\s+on|noted|said|stressed|explained|remarked|maintained"
    return (
        re.compile(rf"^\s*(He|She)\s+(?:also\s+|further\s+)?(?:{verbs})\b"),  # "She added that …"
        # "…, she added.", "…, he added, noting …"
        re.compile(rf",\s*(he|she)\s+(?:also\s+|further\s+)?(?:{verbs})\s*(?:[.,;:]|$)"),
    )


def continued_speaker(text: str, sentence: tuple[int, int]) -> str | None:
    """The person whose reported speech the sentence ``text[sentence[0]:sentence[1]]`` sits inside
    (see the module's docstring), or None. One sentence that names no source may stand between it
    and either side ("In other words, the city can house only 2 million.")."""
    if _OWN_SUBJECT.match(text, sentence[0]):
        return None  # "She made the remarks at …": the writer's words about her, not hers
    speaker = _speaker_before(text, sentence[0])
    if not speaker or speaker_kind(speaker) != "person":
        return None
    after = _sentence_after(text, sentence[1])
    for _ in range(2):
        if after is None:
            return None
        for pattern in _goes_on_after():
            m = pattern.search(after[0])
            if m:
                # the pronoun after must be read as the speaker before (not someone named between)
                resolved = _pronoun_speaker(text, after[1] + m.start(1), m.group(1).lower())
                if resolved and (resolved == speaker or resolved.split()[-1] == speaker.split()[-1]):
                    return speaker
                return None
        if not _unsourced(after[0]):
            return None
        after = _sentence_after(text, after[1] + len(after[0]))
    return None


def _speaker_before(text: str, start: int) -> str | None:
    """The person reported speaking in the sentence before ``start``, or in the one before it when
    the sentence between names no source."""
    for _ in range(2):
        before = _sentence_before(text, start)
        if before is None:
            return None
        for pattern in _said_before():
            m = pattern.search(before[0])
            if m:
                return _clean_name(_DAY_BEFORE.sub("", m.group(1)))
        if not _unsourced(before[0]):
            return None
        start = before[1]
    return None


def _unsourced(sentence: str) -> bool:
    """Whether a sentence names no source of its own: no quotation mark, "according to", speech
    verb or capitalised word after its first ("In other words, the city can house only 2 million")."""
    if re.search(r"[“”\"]|\baccording to\b", sentence, re.IGNORECASE):
        return False
    if re.search(rf"\b(?:{_speech_verb_pattern()})\b", sentence):
        return False
    return not re.search(r"(?<=\s)[A-Z]", sentence)


def _sentence_before(text: str, start: int) -> tuple[str, int] | None:
    """The sentence ending right before ``start`` (across one paragraph break at most) and where it
    starts."""
    lo = max(0, start - _REACH)
    window = text[lo:start].rstrip()
    if not window or window[-1] not in '.!?”"’':
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(window[:-1])]
    cut = max([*ends, window.rfind("\n") + 1, 0])
    sentence = window[cut:]
    lead = len(sentence) - len(sentence.lstrip())
    return (sentence.strip(), lo + cut + lead) if sentence.strip() else None


def _sentence_after(text: str, end: int) -> tuple[str, int] | None:
    """The sentence starting right after ``end`` and where it starts."""
    lead = len(text[end:]) - len(text[end:].lstrip())
    begin = end + lead
    window = text[begin : begin + _REACH]
    if not window:
        return None
    m = _SENTENCE_END.search(window)
    line = window.find("\n")
    stop = m.end() if m else len(window)
    if 0 <= line < stop:
        stop = line
    return window[:stop].rstrip(), begin
