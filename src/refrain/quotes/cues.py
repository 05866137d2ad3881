"""Cue words: the speech verbs and phrases that introduce a quotation, and the speaker each one names.

"said", "told reporters", "according to", ", telling Reuters," (a participle: the clause's subject
speaks), "… and joked," (a coordinated verb: the first verb's subject speaks), "IRNA quoted X as
saying" (the object of "quoted" speaks).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from refrain.text.lexicon import lexicon as text_lexicon

from .appositives import CALENDAR as _CALENDAR
from .appositives import unclosed_appositive
from .cited_sources import per_source, post_then_name, reports_one_as, words_of_opens
from .context import MASK, Token, common_prefix
from .lexicon import Lexicon, lexicon
from .speakers import NounPhrase, clause_subject, passive_agent, passive_by, subject_after, subject_before
from .speakers import post_runs_on_to_name as _post_runs_on_to_name
from .subject_lists import (
    issuer_of_saying,
    names_someone,
    opening_adverb,
    opens_issued_words,
    past_apposition,
    with_listed,
)
from .verb_nouns import (
    NOUN_MARKERS,
    PAST_FORMS,
    adds_a_thing,
    aspectual,
    noun_after_modifier,
    noun_first,
    plural_after_modifier,
)


@dataclass(slots=True)
class Cue:
    index: int  # token index of the cue's first word (the verb, or "according")
    text: str
    end_index: int
    according: bool = False
    participle: bool = False  # ", writing:", "… and joked,": the subject is the clause's subject
    coordinated: bool = False  # "… and added,": a second verb sharing the first one's subject
    quoted_as: bool = False  # "IRNA quoted Ali Vaez as saying": the speaker is the object of "quoted"


@cache
def _phrases_by_first_word(phrases: tuple[str, ...]) -> dict[str, list[list[str]]]:
    """Each cue phrase's words under its first word, in the lexicon's order (longest first): a
    token is compared only with the phrases it can start, not with every phrase."""
    by_first: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        words = phrase.split()
        by_first.setdefault(words[0], []).append(words)
    return by_first


@dataclass(frozen=True, slots=True)
class _Scan:
    """One run of :func:`find_cues`: its tokens, their lower case, each place the scan stood at
    (``ats``, ascending), where it went next (``nexts``), and the cues found before each place
    (``found[k]``: cues at ``ats[:k]``)."""

    toks: list[Token]
    lows: list[str]
    ats: list[int]
    nexts: list[int]
    found: list[int]
    cues: list[Cue]


# Recent runs, by the id of their first token (kept alive by the run): a few per first token, since
# the words before a quote are asked for with and without the quotations in them.
_SCANS: dict[int, list[_Scan]] = {}
_MAX_SCANS = 8
_MAX_PER_TOKEN = 4


def find_cues(toks: list[Token]) -> list[Cue]:
    """Every cue in ``toks``, left to right.

    Attribution asks again for a growing stretch of one sentence (the words before each of its
    quotes): reading it anew each time is quadratic in a long sentence full of quotes. A decision at
    token ``i`` reads tokens ``i - …`` to ``i + 16`` and looks at the list's length only within 17
    tokens of its end, so the part of an earlier run that stood more than that before the end of
    the prefix both lists share is taken as it was, and only the rest is read.
    """
    if not toks:
        return []
    lex = lexicon()
    phrases = _phrases_by_first_word(lex.cue_phrases)
    safe = _reach(lex.cue_phrases)
    held = [scan for scan in _SCANS.get(id(toks[0]), []) if scan.toks[0] is toks[0]]
    prev, common = max(
        ((scan, common_prefix(scan.toks, toks)) for scan in held), key=lambda c: c[1], default=(None, 0)
    )
    if prev is not None and common >= safe:
        kept = bisect_right(prev.ats, common - safe)
        lows = prev.lows[:common] + [t.lower for t in toks[common:]]
        ats, nexts, found = prev.ats[:kept], prev.nexts[:kept], prev.found[: kept + 1]
        out = prev.cues[: found[-1]]
        i = nexts[-1] if kept else 0
    else:
        lows = [t.lower for t in toks]
        ats, nexts, found, out = [], [], [0], []
        i = 0
    while i < len(toks):
        ats.append(i)
        cue, i = _cue_at(toks, lows, i, lex, phrases)
        nexts.append(i)
        if cue is not None:
            out.append(cue)
        found.append(len(out))
    if id(toks[0]) not in _SCANS and len(_SCANS) >= _MAX_SCANS:
        _SCANS.pop(next(iter(_SCANS), None), None)
    # the run replaces the one it grew from (or the oldest); a copy, since callers may change theirs
    kept_scans = [scan for scan in held if scan is not prev][-(_MAX_PER_TOKEN - 1) :]
    _SCANS[id(toks[0])] = [*kept_scans, _Scan(list(toks), lows, ats, nexts, found, out)]
    return list(out)


@cache
def _reach(phrases: tuple[str, ...]) -> int:
    """How far past token ``i`` (plus one) a decision at ``i`` may read: "quoted … as saying" 16
    tokens, a cue phrase its length."""
    return max(17, *(len(p.split()) for p in phrases)) + 1


def _cue_at(
    toks: list[Token], lows: list[str], i: int, lex: Lexicon, phrases: dict[str, list[list[str]]]
) -> tuple[Cue | None, int]:
    """The cue starting at token ``i`` (or None) and where the scan goes next."""
    low = lows[i]
    if low == "according" and i + 1 < len(toks) and lows[i + 1] == "to":
        return Cue(i, "according to", i + 1, according=True), i + 2
    if low == "per" and per_source(toks, lows, i):  # "Per Vora, “…”", "…, per the Norland Times"
        return Cue(i, "per", i, according=True), i + 1
    if (
        low == "words"
        and i + 2 < len(toks)
        and lows[i + 1] == "of"
        and toks[i + 2].is_cap
        and words_of_opens(lows, i)
    ):
        # "In the words of Ali Karimi, “…”", a pull-quote line "Words of Ali Karimi": the name after
        # "of" speaks (as after "according to"), and "words of" is no part of it
        return Cue(i, "words of", i + 1, according=True), i + 2
    if low in {"quoted", "cited", "quotes", "cites"} or reports_one_as(toks, lows, i):
        as_at = next((k for k in range(i + 2, min(len(toks) - 1, i + 16)) if lows[k] == "as"), None)
        passive = i > 0 and lows[i - 1] in _AUXILIARIES
        if (
            as_at is not None
            and lows[as_at + 1] in lex.speech_verb_forms
            and (not passive or lows[i + 1] == "by")
        ):
            # "Reuters quoted Borrel as saying", "the report cited an official as saying": the one
            # quoted speaks, not the outlet; "Rouhani was quoted by IRNA as saying": the subject does
            return Cue(i, f"{low} as {toks[as_at + 1].text}", as_at + 1, quoted_as=not passive), as_at + 2
        # "A report quoted an official saying that …": no "as", the one quoted still speaks
        say_at = next(
            (k for k in range(i + 2, min(len(toks), i + 8)) if lows[k] in {"saying", "stating"}), None
        )
        if (
            low == "quoted"
            and not passive
            and as_at is None
            and say_at
            and all(t.is_word for t in toks[i:say_at])
        ):
            return Cue(i, f"{low} {toks[say_at].text}", say_at, quoted_as=True), say_at + 1
        name = toks[i + 1].text if i + 1 < len(toks) else ""  # "“…,” the daily quoted Ali Vaez, …"
        if low == "quoted" and not passive and as_at is None and len(name) > 2 and name[1:].islower():
            return Cue(i, low, i, quoted_as=True), i + 1
    for words in phrases.get(low, ()):
        if lows[i : i + len(words)] == words:
            return Cue(i, " ".join(t.text for t in toks[i : i + len(words)]), i + len(words) - 1), i + len(
                words
            )
    if low in lex.speech_verb_forms and (not toks[i].is_cap or _sentence_initial_inversion(toks, i)):
        prev = lows[i - 1] if i else ""
        # "that said" is a relative clause ("a message that said"), "that claim" a noun
        # ("another tweeted", "one said": a pronoun subject, not "another tweet")
        relative = prev in {"that", "another", "one"} and (low.endswith("ed") or low in PAST_FORMS)
        infinitive = prev == "to"  # "authorized to speak", "wants to say": no cue
        # "the secretary of state had told", "heads of state": a noun after "of", not a verb
        infinitive = infinitive or (prev == "of" and not low.endswith("ing"))
        # "expressed regret", "voiced concern": a noun after a past-tense verb, not a cue
        noun_object = (
            not low.endswith(("ed", "ing"))
            and low not in PAST_FORMS
            and prev.endswith("ed")
            and len(prev) > 4
            and not toks[i - 1].is_cap
            and prev not in lex.speech_verb_forms
        )
        if (
            not noun_after_modifier(toks, lows, i)
            and not noun_first(toks, lows, i)
            and not plural_after_modifier(toks, lows, i)
            and (prev not in NOUN_MARKERS or relative)
            and not prev.endswith(("’s", "'s"))
            and not infinitive
            and not noun_object
            and not adds_a_thing(lows, i)
        ):
            return _verb_cue(toks, lows, i), i + 1
    return None, i + 1


_AUXILIARIES = {"is", "was", "are", "were", "been", "be", "am", "'s", "’s"}
_BE_FORMS = _AUXILIARIES - {"'s", "’s"}  # "’s" is as often "has" ("he’s said")
_CLAUSE_LINKS = {",", "and", "by", "—", "–", "before", "then"}
_COORDINATORS = {"and", "but", "or", "then"}


def _sentence_initial_inversion(toks: list[Token], i: int) -> bool:
    """ "Said Dorothy Poynter, who grew up nearby, “…”": a capitalised cue opening an inverted clause;
    also a past form capitalised by mistake after a name, before the quote's comma ("Trump Tweeted,")."""
    if 0 < i < len(toks) - 1 and toks[i - 1].is_cap and toks[i + 1].text in {",", ":"}:
        return toks[i].lower.endswith("ed")
    return i == 0 and len(toks) > 1 and toks[1].is_cap and toks[0].lower in {"said", "says", "added", "asked"}


def _verb_cue(toks: list[Token], lows: list[str], i: int) -> Cue | None:
    """The cue for the speech verb at ``i``, or None where it does not introduce a quotation."""
    low = lows[i]
    k = i - 1
    while k >= 0 and (
        lows[k] in {"then", "also", "later", "again"} or (lows[k].endswith("ly") and not toks[k].is_cap)
    ):
        k -= 1  # "and then joked", ", again saying"
    prev = lows[k] if k >= 0 else ""
    if aspectual(lows, i, toks) or (
        prev in text_lexicon("en", "modals")
        and not toks[k].is_cap
        and any(
            w in lexicon().speech_verb_forms and not t.is_cap for w, t in zip(lows[:k], toks, strict=False)
        )
    ):
        # "the state continues to build a “harbour league”": "continue" meaning "go on doing"; "warned
        # that Norland would answer “with full force”": a speech act that may happen, told inside
        # someone's words (not the month "May"), reports no quotation: whoever says the clause speaks.
        # ("“…,” the president will say", "a spokesman could only quip:" stay cues.)
        return None
    if low.endswith("ing"):
        if prev in _AUXILIARIES:
            return Cue(i, toks[i].text, i)  # "is labeling", "was telling": the subject stands before
        if i + 1 < len(toks) and lows[i + 1] == "that" and prev not in _GERUND_OBJECT_LINKS:
            # "…, saying that the guild will keep its “firm” bond": what follows "that" is the
            # clause subject's words, however far the quote stands from the participle
            return Cue(i, toks[i].text, i, participle=True)
        # "…, saying all those behind it would be dealt with “decisively”", ", telling the council the war
        # had …" (clause_participles.txt; not ", warning of …"), "issued a statement saying …": it opens
        # what the clause's subject said, with or without "that"
        clause = (
            prev == "," and low in text_lexicon("en", "clause_participles") and lows[i + 1 : i + 2] != ["of"]
        )
        if (clause or opens_issued_words(lows, i)) and i + 1 < len(toks) and toks[i + 1].is_word:
            return Cue(i, toks[i].text, i, participle=True)
        # a gerund ("by admitting", "stating") is no cue unless it introduces the quote: ", writing:",
        # ", telling Reuters,", "began by saying,"
        near_end = len(toks) - i <= 6 and prev in _CLAUSE_LINKS
        if near_end or (len(toks) - i <= 4 and lows[-1] in {",", ":"}):
            return Cue(i, toks[i].text, i, participle=True)
        return None
    if (
        prev in _BE_FORMS
        and i + 1 < len(toks)
        and lows[i + 1] in {"to", "as"}
        and not any(w in lexicon().speech_verb_forms for w in lows[i + 2 : i + 5])
    ):
        # "ties are said to be in “good shape”", "the groups are described as “…”": a passive with
        # no agent says what is said about its subject, who says nothing ("it was stressed that"
        # stays a cue: the quote is the words of whoever stressed it; so do "was reported as
        # saying" and "is said to have told": the subject speaks)
        return None
    if prev in _BE_FORMS and lexicon().speech_verb_lemma.get(low) in {"tell", "inform"}:
        return None  # "He was told that …": the one told; whoever told him goes unnamed
    # "… and joked, “…”", "accused X of … and said …": a verb coordinated with an earlier one shares its subject
    return Cue(i, toks[i].text, i, participle=prev in _COORDINATORS, coordinated=prev in _COORDINATORS)


# "accused her of saying that", "asked about saying that": the one who said it is not the subject
_GERUND_OBJECT_LINKS = {"of", "about", "for", "without", "against", "from", "to"}


_SUBORDINATE = {"after", "when", "as", "before", "while", "because", "since", "if", "though", "although", "once"}  # fmt: skip
# "with Ana Ruiz saying that", "a clip of Ana Ruiz saying that", "back to Ana Ruiz saying that"
_ABSOLUTE = {"with", "of", "to", "from", "like"}


def _participle_subject(toks: list[Token], cue: Cue) -> NounPhrase | None:
    """Who a participle's clause belongs to. "…, Lena Ortiz said, adding that …" and "…,” the mayor
    told the radio on Monday, saying that …": the cue just before it names the speaker; "with Ana
    Ruiz saying that …", "of Abe Lind saying that …": the name it hangs on; else the clause's subject."""
    if cue.coordinated:
        subj = clause_subject(toks[: cue.index], coordinated=True)
        return with_listed(toks, subj) if subj is not None else None
    k = cue.index
    while k > 0 and toks[k - 1].is_cap and toks[k - 1].is_word:
        k -= 1
    if 0 < k < cue.index and toks[k - 1].lower in _ABSOLUTE and toks[k].lower not in _CALENDAR:
        run = toks[k : cue.index]
        return NounPhrase(run[0].start, run[-1].end, tuple(run))
    that = cue.end_index == cue.index and cue.index + 1 < len(toks) and toks[cue.index + 1].lower == "that"
    earlier = _earlier_cue_subject(toks, cue, that=that) or issuer_of_saying(toks, cue.index)
    if earlier is not None:
        return earlier
    if that:
        subj = clause_subject(toks[: cue.index])
        # far from the quote, only a name, pronoun, role or body: "the guild sounds muddled whenever
        # …, claiming that" is a clause, no speaker
        return subj if subj is not None and names_someone(subj, toks) else None
    subj = clause_subject(toks[: cue.index])
    return None if subj is not None and opening_adverb(subj, toks) else past_apposition(toks, subj, cue.index)


def _earlier_cue_subject(toks: list[Token], cue: Cue, *, that: bool) -> NounPhrase | None:
    """The speaker of the cue just before a participle set off by a comma: "…, said the minister,
    adding, “…”" (an inverted cue opening its clause: the name after the verb); with "that" also
    "…, Lena Ortiz said, adding that …" (the name before it)."""
    if cue.index < 2 or toks[cue.index - 1].text != ",":
        return None
    earlier = [
        c
        for c in find_cues(toks[: cue.index])
        if not (c.participle or c.according or c.quoted_as) and cue.index - c.end_index <= 12
    ]
    if not earlier:
        return None
    last = earlier[-1]
    if last.index == 0 or toks[last.index - 1].text == ",":
        after = subject_after(toks, last.end_index)
        if (
            after is not None
            and after.end == toks[cue.index - 2].end
            and last.end_index + 1 < cue.index - 1
            and names_someone(after, toks)  # not "…, criticized the move, saying": the move says nothing
        ):
            return after  # "…, said the minister, adding"
    subj = subject_of(toks, last, inverted=False)
    at = next((n for n, t in enumerate(toks) if subj is not None and t.start == subj.start), 0)
    # "“…,” he said, adding the move “…”": the cue right after a quotation (masked or cut out)
    closes = (
        last.end_index == cue.index - 2
        and at > 0
        and (toks[at - 1].text == MASK or toks[at].start - toks[at - 1].end > 3)
    )
    if (
        subj is None
        or (not that and not closes)
        or any(t.lower in _SUBORDINATE for t in toks[max(0, at - 3) : at])
    ):
        return None
    own = clause_subject(toks[: cue.index])
    return own if own is not None and own.start == subj.start else subj  # the same one: as before


def _intransitive(cue: Cue) -> bool:
    """Whether a cue takes no object, so a name right after it is its subject ("…, added Ali Vaez",
    "…, said Ali Vaez"; not "…, told IRNA", whose name is the one told)."""
    first = cue.text.split()[0].lower()
    lemma = lexicon().speech_verb_lemma.get(first, first)
    return " " not in cue.text and (lemma == "say" or lemma in text_lexicon("en", "continuation_cues"))


def subject_of(toks: list[Token], cue: Cue, *, inverted: bool = True) -> NounPhrase | None:
    if cue.quoted_as:  # "quoted the informed source as saying": the words before "as", whole
        between = toks[cue.index + 1 : cue.end_index - (toks[cue.end_index - 1].lower == "as")]
        if (after := subject_after(toks, cue.index)) is None or _post_runs_on_to_name(between, after.end):
            return NounPhrase.of(between) if after or 1 < len(between) <= 8 else None
        return after
    if cue.according:
        return post_then_name(toks, cue.end_index) or subject_after(toks, cue.end_index)
    if cue.participle:
        return _participle_subject(toks, cue)
    if cue.end_index == cue.index and (agent := passive_agent(toks, cue.index)) is not None:
        return agent  # "was described by the UN as “…”": the agent speaks
    if passive_by(toks, cue.index):
        return None  # "The film was described by critics as “…”": the film is what was described
    if inverted and cue.index > 0 and toks[cue.index - 1].text == "," and _intransitive(cue):
        # "… threatening them with penalties, added Ali Vaez.": the name after the verb, not the
        # noun before its comma
        after = subject_after(toks, cue.end_index)
        end = next((k for k, t in enumerate(toks) if after is not None and t.start >= after.end), len(toks))
        closed = end == len(toks) or toks[end].text in {".", ","}
        if after is not None and after.tokens[-1].is_cap and closed:
            return after
    before = subject_before(toks, cue.index)
    if before is not None:
        return unclosed_appositive(toks, before) or before
    if not inverted:
        return before
    return subject_after(toks, cue.end_index)
