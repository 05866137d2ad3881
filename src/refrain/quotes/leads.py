"""What the words around a quotation say about its speaker when no plain cue does.

A linking word before it ("But “…”"), a verb taking it as object ("Trump issued a statement, “…”"),
a source before a colon ("… - Ann Bell: “…”"), a capitals headline, the last clause before a colon,
a cue right before it, and whether a clause after a closed quotation only attributes it.
"""

from __future__ import annotations

import re

from refrain.text.lexicon import lexicon as text_lexicon

from .appositives import unclosed_appositive
from .context import MASK, Token, tokens
from .cues import Cue, find_cues, subject_of
from .layout import DASHES
from .lexicon import lexicon
from .speakers import (
    DETERMINERS,
    NP_STOP,
    PERSONAL_SUBJECTS,
    NounPhrase,
    sentence_subject,
    subject_after,
    subject_before,
)

_LEAD_LINKS = {"but", "and", "so", "yet", "still", "also", "then", "or", "plus"}


def bare_lead(lead: str) -> bool:
    """Whether the words before a quote in its sentence are at most a linking word ("But “…”")."""
    words = []
    for m in _LEAD_WORD.finditer(lead.lower()):
        words.append(m.group())
        if len(words) > 1:
            return False  # two words: no need to read a long sentence to its end (once per quote)
    return all(w in _LEAD_LINKS for w in words) and not re.search(r"[^\w\s’',]", lead)


_LEAD_WORD = re.compile(r"[\w’']+")


# What a speaker issues: "Trump issued a statement, “…”" is Trump's statement.
_ISSUED = {
    "statement",
    "tweet",
    "post",
    "message",
    "release",
    "letter",
    "memo",
    "ad",
    "video",
    "note",
    "email",
}


def object_quote_subject(left: list[Token]) -> NounPhrase | None:
    """The subject of a sentence whose verb takes the quote as its object.

    "Nordhaus, co-founder of …, welcomed “…”", "The team cited “…”", "Trump issued a statement, “…”".
    """
    if len(left) < 2:
        return None
    last = left[-1]
    if last.text in {",", ":"} and left[-2].lower in _ISSUED:
        subj = sentence_subject(left)
        return subj if subj is not None and subj.tokens[0].lower not in NP_STOP else None
    low = last.lower
    if not (last.is_word and not last.is_cap and len(low) > 4 and low.endswith(("ed", "s"))):
        return None
    if low in NP_STOP or low.endswith(("ss", "us", "ous", "ics")):
        return None
    subj = subject_before(left, len(left) - 1)
    named = unclosed_appositive(left, subj) if subj is not None else None
    if (
        subj is not None
        and named is not None
        and not any(t.text in {",", MASK} for t in left if t.start > subj.start)
    ):
        return named  # "Ana Ruiz, Director of the Centre for Sea Studies at Halden believes “…”"
    if subj is None or subj.end != left[-2].end and left[-2].text not in {",", ")"}:
        return None
    head = subj.tokens[0]
    if len(subj.tokens) == 1 and head.lower in DETERMINERS:
        return None
    if not (head.is_cap or head.lower in DETERMINERS or head.lower in lexicon().pronouns):
        return None
    return subj


def colon_source(left: list[Token]) -> NounPhrase | None:
    """The source named right before a colon after a dash or "from": "… - Ann Bell:", "More from Ann Bell:"."""
    body = left[:-1]
    d = max((k for k, t in enumerate(body) if t.text in DASHES), default=-1)
    f = max((k for k, t in enumerate(body) if t.lower == "from"), default=-1)
    tail = body[max(d, f) + 1 :] if max(d, f) >= 0 else []
    while tail and tail[0].lower in {"more", "from"}:
        tail = tail[1:]
    if not tail or len(tail) > 8 or not (tail[0].is_cap or tail[0].lower in DETERMINERS):
        return None
    if any(not t.is_word and t.text not in {"’s", "'s", "-", "."} for t in tail):
        return None
    if any(t.lower in {"is", "are", "was", "were"} for t in tail):
        return None  # "what I learned from the War on Terror is this:": a definition, not a source
    return NounPhrase(tail[0].start, tail[-1].end, tuple(tail))


_TEXT_OF = {"text", "transcript", "excerpt", "excerpts", "translation"}


def text_of_owner(left: list[Token]) -> NounPhrase | None:
    """ "Below is the text of the envoy's letter:", "Following is the full text of Ali Vaez's
    speech:": the one whose words follow the colon; None for any other lead."""
    clause = last_clause(left[:-1]) if left and left[-1].text == ":" else []
    low = [t.lower for t in clause]
    if (
        len(low) < 5
        or low[0] not in {"below", "following", "here", "hereunder"}
        or low[1] not in {"is", "are"}
    ):
        return None
    at = next((k for k, w in enumerate(low[2:6], 2) if w in _TEXT_OF), None)
    if at is None or at + 2 >= len(low) or low[at + 1] != "of":
        return None
    owner = clause[at + 2 :]
    cut = next((k for k, t in enumerate(owner) if t.text.endswith(("’s", "'s", "’", "'"))), None)
    if cut is None:
        # "the text of the letter:": the document speaks (its issuer found as for any document);
        # "the text of the interview": whose words, the lead does not say
        words = [t for t in owner if t.is_word]
        if 0 < len(words) <= 3 and words[-1].lower in text_lexicon("en", "speaker_documents"):
            return NounPhrase(words[0].start, words[-1].end, tuple(words))
        return None
    words = [t for t in owner[: cut + 1] if t.is_word]
    return NounPhrase(words[0].start, words[-1].end, tuple(words)) if words else None


def caps_headline(left: list[Token]) -> bool:
    """An all-capitals run of two or more words before a quote: a digest's headline that attributes it."""
    words = [t for t in left if t.is_word]
    return (
        len(words) >= 2
        and all(t.text.isupper() or t.text[0].isdigit() for t in words)
        and any(len(t.text) > 2 for t in words)
    )


def last_clause(left: list[Token]) -> list[Token]:
    """The words after the last "but he" / "; she" clause break (or all of them)."""
    for k in range(len(left) - 2, 0, -1):
        if left[k].lower in {"but", "and", "while", ";"} and left[k + 1].lower in {
            "he",
            "she",
            "they",
            "we",
            "i",
        }:
            return left[k + 1 :]
    return left


def cue_ends_lead(left: list[Token]) -> bool:
    """Whether a speech verb stands within the last few words before the quote, then "," or ":" (or
    the sentence opens with "According to …,"), or right before "that" ("…, saying that “…” after
    …": the words after the quote are not its cue)."""
    if len(left) >= 2 and left[-1].lower == "that":
        return any(c.end_index == len(left) - 2 and c.participle for c in find_cues(left))
    if len(left) < 2 or left[-1].text not in {",", ":"}:
        return False
    cues = find_cues(left)
    # "According to a statement from the ministry, “…” It also warned …": the opening source is
    # the quote's, not the sentence after it
    opening_source = len(left) <= 16 and len(cues) == 1 and cues[0].according and cues[0].index == 0
    return opening_source or any(c.index >= len(left) - 4 and not c.according for c in cues)


_CIRCUMSTANCE = {"in", "on", "at", "after", "during", "before", "while", "by", "from", "last", "this", "earlier",
                 "later", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
                 "saturday", "sunday"}  # fmt: skip


def bare_cue_clause(toks: list[Token], cue: Cue, *, quote_opens_sentence: bool = False) -> bool:
    """ "Smith said." / "Smith said on Monday.": a short clause that only attributes what came before."""
    rest = toks[cue.end_index + 1 :]
    if cue.quoted_as:
        return cue.index <= 4  # "IRNA quoted Ali Vaez as saying on the sidelines of …"
    if cue.according or any(t.lower in lexicon().pronouns or t.lower == "that" for t in rest):
        return False
    if _common_object(cue, rest):
        return False  # “…” Analysts also echoed the same warning.: a sentence of its own
    if cue.index <= 4 and len(rest) <= 3:
        return True
    # "Abbas Vali, the deputy minister for legal affairs, said in an interview on April 24.": a named
    # subject with its appositive opens the sentence and only where/when follows the verb
    if not quote_opens_sentence or cue.index > 24 or len(rest) > 10:
        return False
    if (rest and rest[0].lower not in _CIRCUMSTANCE) or any(t.text == "," for t in rest):
        return False
    subj = subject_before(toks, cue.index)
    return subj is not None and subj.start == toks[0].start and toks[0].is_cap


_TIME_NOUNS = {"day", "week", "month", "year", "morning", "afternoon", "evening", "night", "time", "weekend"}


def own_report(toks: list[Token], cue: Cue) -> bool:
    """Whether the verb reports a clause of its own with "that" ("The Daily reported that …"; not
    "asked that day"): no cue of a quotation before it."""
    rest = [t.lower for t in toks[cue.end_index + 1 : cue.end_index + 3]]
    return rest[:1] == ["that"] and not (len(rest) > 1 and rest[1] in _TIME_NOUNS)


def _common_object(cue: Cue, rest: list[Token]) -> bool:
    """Whether the verb takes a lower-case object ("echoed the same warning", "voiced a concern"):
    a verb with its own object reports no quotation before it; an addressee ("told the Tehran
    Times", "told the reporters") or a time ("said the next day") does not count."""
    lex = lexicon()
    words = [t for t in rest if t.is_word]
    return (
        len(words) >= 2
        and words[0].lower in {"the", "a", "an"}
        and all(not t.is_cap for t in words[1:])
        and words[-1].lower not in _TIME_NOUNS
        and lex.speech_verb_lemma.get(cue.text.split()[0].lower()) not in {"tell", "inform", "assure"}
    )


def _parenthetical(toks: list[Token], cue: Cue) -> bool:
    """Whether the cue is a reporting aside set off by commas inside the sentence, its subject a
    pronoun or a name of at most three words: ", he continued," / ", Vaez added,"."""
    after = cue.end_index + 1
    if after >= len(toks) or toks[after].text != "," or cue.end_index != cue.index:
        return False
    if after + 1 >= len(toks) or not toks[after + 1].is_word:
        return False  # "… about “…” strategy, Bennett said, “…”": the verb opens the next quote
    k = cue.index - 1
    while k >= 0 and toks[k].is_word and toks[k].is_cap and cue.index - k <= 3:
        k -= 1
    if k == cue.index - 1 and k >= 0 and toks[k].lower in PERSONAL_SUBJECTS:
        k -= 1
    return k < cue.index - 1 and k >= 0 and toks[k].text == ","


def report_clause(toks: list[Token]) -> tuple[Cue, NounPhrase] | None:
    """The reporting clause that closes a sentence, set off by a comma: "…, he argued.", "…,
    Ali Vaez, the director, told the Tehran Times." It attributes the whole sentence (a quoted
    phrase inside it, or the quotation that follows it), whatever verbs the content has."""
    while toks and toks[-1].text in {".", "!", "?", "…"}:
        toks = toks[:-1]
    found = find_cues(toks)
    going_on = next(
        (c for c in found if c.participle and c.index > 1 and toks[c.index - 1].text == ","), None
    )
    if going_on is not None and any(not c.participle and c.index < going_on.index for c in found):
        toks = toks[: going_on.index - 1]  # "…, Khaji said, adding that …": the clause before ", adding"
    cues = [c for c in find_cues(toks) if not (c.according or c.participle or c.quoted_as or c.coordinated)]
    if not cues:
        return None
    cue = cues[-1]
    lemma = lexicon().speech_verb_lemma.get(cue.text.split()[0].lower())
    if lemma == "report":
        return None  # "…, Al Alam reported.": the outlet relays someone the sentence names
    inverted = _inverted_report(toks, cue, lemma)
    if inverted is not None:
        return cue, inverted
    rest = toks[cue.end_index + 1 :]
    # after the verb, only whom and when ("the Tehran Times", "on Monday"): no clause of its own;
    # or where, however long ("in an interview with the daily that was published on Monday")
    aside = _parenthetical(toks, cue)  # "The “unjust” sanctions, he continued, are …"
    if (
        not aside
        and (len(rest) > 6 or any(t.text in {",", MASK} or t.lower == "that" for t in rest))
        and not _setting(rest)
    ):
        return None
    subj = subject_of(toks, cue)
    if subj is None or not subj.tokens:
        return None
    opening = subj.tokens[0] if subj.start < toks[cue.index].start else toks[cue.index]
    k = next((n for n, t in enumerate(toks) if t.start == opening.start), 0)
    if k == 0 or toks[k - 1].text != ",":
        return None
    first = subj.tokens[0]
    if not (first.is_cap or first.lower in lexicon().pronouns or first.lower in DETERMINERS):
        return None
    return cue, subj


_SETTING_OPENERS = frozenset({"in", "at", "during", "on"})
_RELATIVE_VERBS = frozenset({"was", "were", "is", "are", "has", "had", "have"})


def _setting(rest: list[Token]) -> bool:
    """Whether the words after a closing clause's verb only say where it was said: a phrase opened
    by "in", "at", "during" or "on", with no comma, quotation or speech verb, and a "that" only as
    a relative ("the newspaper that was published"), never opening what was said."""
    if not rest or rest[0].lower not in _SETTING_OPENERS or len(rest) > 20:
        return False
    if any(t.text in {",", MASK} for t in rest) or find_cues(rest):
        return False
    return all(
        k + 1 < len(rest) and rest[k + 1].lower in _RELATIVE_VERBS
        for k, t in enumerate(rest)
        if t.lower == "that"
    )


_ADDRESSING = frozenset({"tell", "inform", "assure", "brief"})  # their object is the one addressed


def _inverted_report(toks: list[Token], cue: Cue, lemma: str | None) -> NounPhrase | None:
    """The speaker of an inverted reporting clause closing the sentence: "…, said Ali Vaez." or
    "…, said Ali Vaez, the head of the council." (a comma before the verb; after the name only a
    description: no verb, no quotation, no clause of its own); ``lemma``: the verb's."""
    if cue.index == 0 or toks[cue.index - 1].text != "," or cue.end_index + 1 >= len(toks):
        return None
    if lemma in _ADDRESSING:
        return None  # "…, Ali Vaez, the director, told the Tehran Times.": whom, not who
    subj = subject_after(toks, cue.end_index)
    if subj is None or not subj.tokens or not subj.tokens[-1].is_cap:
        return None
    after = [t for t in toks if t.start >= subj.end]
    if after and (
        after[0].text != ","
        or len(after) > 16
        or any(t.text == MASK or t.lower == "that" for t in after)
        # "and" only inside a body's name ("the Academy of Poetry and Prose"), no second clause
        or any(
            t.lower == "and" and not (k + 1 < len(after) and after[k + 1].is_cap) for k, t in enumerate(after)
        )
        or find_cues(after)
    ):
        return None
    return subj


_LABELLING = frozenset({"describing", "calling", "terming", "branding", "labelling", "labeling", "dubbing"})


def opening_participle_subject(
    left: list[Token], masked: str, lo: int, hi: int
) -> tuple[Token, NounPhrase] | None:
    """ "Stressing that the nation cannot be put in “nuclear custody,” Ayatollah Ali Kemal ordered
    …": a speech participle with "that" (or a labelling one: "Describing the unrest as a “…”, the
    chancellor said") opening the sentence belongs to the main clause's subject,
    named right after the clause the quote ends (``masked[lo:hi]``: from the quote to the
    sentence's end, read only when the sentence opens so). Returns the participle and that
    subject, or None."""
    if len(left) < 3:
        return None
    said_that = left[1].lower == "that" and left[0].lower.endswith("ing")
    labels = left[0].lower in _LABELLING  # "Describing the unrest as a “…”, the chancellor …"
    if not (said_that and left[0].lower in lexicon().speech_verb_forms) and not labels:
        return None
    after = tokens(masked, lo, hi)
    rest = after[1:] if after and after[0].text == "," else after
    if labels and rest and not (rest[0].is_cap or rest[0].lower in lexicon().pronouns):
        # "… as a “…” and claiming “…” in X, the chancellor said": past the opening phrase's comma
        comma = next((k for k, t in enumerate(rest[:12]) if t.text == ","), None)
        rest = rest[comma + 1 :] if comma is not None else []
    if not rest or not (
        rest[0].is_cap or rest[0].lower in lexicon().pronouns or (labels and rest[0].lower == "the")
    ):
        return None
    subj = sentence_subject(rest)
    if subj is None or not subj.tokens or subj.start != rest[0].start:
        return None
    following = next((t for t in rest if t.start >= subj.end), None)
    if following is None or not following.is_word or following.is_cap:
        return None  # the subject needs its verb ("… Ali Kemal ordered")
    return left[0], subj
