"""Who states a figure (claimant) and where it happened.

The claimant is the quoted speaker when the figure sits inside a quotation (taken from the
``quotes`` passed in, duck-typed, or else from a light reading of quotation marks and speech verbs
around it), the person a sentence reports ("X said 60 were arrested", "according to X"), and
otherwise the outlet.

Size: about 670 lines, one concern (the attribution of a figure in its sentence); its patterns,
name cleaning and discourse reading are already apart (patterns.py, persons.py, discourse.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from refrain.claims.continued import continued_speaker
from refrain.claims.discourse import (
    answer_speaker,
    event_subject,
    modifier_only,
    previous_sentence_speaker,
    relative_speaker,
    role_holder,
)
from refrain.claims.documents import bare_document, document_issuer
from refrain.claims.keys import singular
from refrain.claims.lexicon import lexicon
from refrain.claims.patterns import (
    _ACRONYM,
    _ADVERBS,
    _AFFILIATION,
    _APPOSITIVE,
    _AUX,
    _CITING,
    _CITING_WORDS,
    _CLOSING_EVIDENCE,
    _EVIDENCE_VERBS,
    _IN_REPORT,
    _IN_SENTENCE,
    _NAME,
    _NAME_RUN,
    _PARTICIPLES,
    _PRONOUNS,
    _REACH,
    _RESULTS_OF,
    _ROLES,
    _WEB_ADDRESS,
    _after_preposition,
    _body_phrase,
    _document_verbs,
    _participle_words,
    _role_words,
    _speech_verb_pattern,
    word_alternation,
)
from refrain.claims.persons import (
    _clean_name,
    _fullest,
    _last_speaker_before,
    _next_speaker,
    _pronoun_speaker,
    _resolve_role,
    _tidy,
    speaker_text,
)
from refrain.claims.place import _DEMONYM, where
from refrain.entities.kinds import speaker_kind
from refrain.entities.names import looks_like_org, org_words
from refrain.text import lexicon as lexicon_set

__all__ = ["claimant", "speaker_text", "where"]

# a name of two words or more ("Piet Vos", "the Lumen Guild"): one of joint claimants
_FULL_NAME = rf"[A-Z][\w’'\-]+(?:\s+{_NAME}){{1,6}}"


# what follows a speech verb: a "that" clause to its end, else a few words ("said 60 were held")
# (a period inside a word or after a capital, "U.S.", "2.5", does not end the sentence)
_REPORT_TAIL = rf"(?:{_IN_REPORT}{{0,60}}?\bthat\b{_IN_REPORT}{{0,200}}|{_IN_REPORT}{{0,150}})$"


def _speaker_near(
    text: str, region_start: int, region_end: int, anchor_before: int, anchor_after: int
) -> str | None:
    """A speaker named right before ``anchor_before`` or right after ``anchor_after`` ("..., he said")."""
    verbs = _speech_verb_pattern()
    after = text[anchor_after : min(region_end, anchor_after + 80)]
    m = re.match(rf"[\s,”\"’]*(?:{verbs})\s+({_NAME_RUN})", after) or re.match(
        rf"[\s,”\"’]*({_NAME_RUN}|he|she|they)\s+(?:{verbs})\b", after
    )
    name = None
    if m:
        name = m.group(1)
    elif _may_hold(text, "before", max(region_start, anchor_before - 300), anchor_before):
        before = _titles_unstopped(text[max(region_start, anchor_before - 300) : anchor_before])
        m = re.search(
            # (or the acronym in brackets after a name with a lower-case word: "Fund for nature (WWF) said")
            rf"({_NAME_RUN}|\b[Hh]e|\b[Ss]he|\b[Tt]hey|(?<=\()[A-Z]{{2,8}}(?=\)))\)?{_ACRONYM}{_APPOSITIVE}{_AUX}\s+(?:{verbs})\b"
            + _REPORT_TAIL,
            before,
        ) or _closing_appositive(before, verbs)
        m = m or _coordinated_subject(before, verbs, opens_sentence=anchor_before - 300 <= region_start)
        usable = m and (m.group(1).lower() in _PRONOUNS or _clean_name(m.group(1)))  # not "As reported"
        body = _body_around_preposition(before, m.start(1), m.group(1)) if m and usable else None
        if body is not None:
            name = body  # "The Varnia Organization for Migration says": the organisation, whole
        elif m and usable and not (_after_preposition(before, m.start(1)) and " " not in m.group(1)):
            name = _named_in_apposition(before, m.end(1), m.group(1))
            if name == m.group(1) and looks_like_org(name):
                name = _joined_before(before, 0, m.start(1)) + name  # "Lighting and Signal Company"
        else:
            m = re.search(
                # "According to X, ..." and "Based on X, ..." (not "is based on") govern the whole sentence
                rf"(?:\b{_CITING}|\bBased on|(?:^|,)\s*based on) (?:the\s+|an?\s+)?{_RESULTS_OF}({_WEB_ADDRESS}|{_NAME_RUN}|{_body_phrase()}|him\b|her\b)"
                rf"(?:[^.]|\.(?=\d)){{0,200}}$",
                before,
            )
            name = _with_of_name(before, m.end(1), m.group(1)) if m else None
            name = (_person_closing(before, m.start(1)) or name) if m else None
            under = _UNDER.search(before) if m is None else None
            if under is not None:
                return under.group(1)  # "Under the Varnia Harbour Plan, …": the plan's figure
            if (
                name
                and " " not in name
                and _DEMONYM.search(name)
                and re.match(r"\s+[a-z]", before[m.end(1) :])
            ):
                # "According to Italian data": the data, not a person named "Italian"
                body = re.match(_body_phrase(), before[m.start(1) :])
                name = body.group() if body else None
    if name is None:
        return None
    name = {"him": "he", "her": "she"}.get(name, name)  # "according to him"
    if name.lower() in _PRONOUNS:
        return _pronoun_speaker(text, anchor_before, name)
    if re.fullmatch(_WEB_ADDRESS, name):
        return name  # a web site, as written
    if name.split()[-1].lower() in org_words() or re.search(
        r" (?:of|for|on|and) ", name
    ):  # "The Marenia Press Agency", "the Organization for Migration": whole
        return re.sub(r"^(?:[Tt]he)\s+", "", name)
    return _clean_name(name)


# "Under the Varnia Harbour Plan, the port expects 20 million visitors": a document laying it down
_UNDER = re.compile(
    r"\bUnder\s+(?:the\s+|an?\s+|its\s+|their\s+)?((?:[\w’'\-]+\s+){0,5}?(?i:plan|law|bill|deal|agreement|"
    r"accord|resolution|programme|program|scheme|budget|contract|treaty|framework|roadmap|document|"
    r"regulations?|rules|guidelines))\s*,(?:[^.]|\.(?=\d)){0,200}$"
)


def _body_around_preposition(before: str, start: int, name: str) -> str | None:
    """ "the Varnia Organization for Migration says": the body whose name runs on over "for", "of"
    or "on" to the word before the verb (the one word alone, "Migration", is no speaker)."""
    if " " in name:
        return None
    joined = re.search(rf"({_NAME_RUN})\s+(of|for|on)\s+(?:the\s+)?$", before[:start])
    if (
        joined is None
        or _after_preposition(before, joined.start(1))
        or not re.search(r"(?:^|[.,;:!?–—-]\s*|\b[Tt]he\s+)$", before[: joined.start(1)])
    ):  # "the head of the Council of Elders", "deputy director of the … and Tourism Department of
        # Hamedan": a post in the body speaks, not the body
        return None
    body = before[joined.start(1) : start] + name
    body = re.sub(r"^(?:[A-Z]{2,}(?:\s+[A-Z]{2,})*\s*[-–—]+\s*)?(?:The|A|An)\s+", "", body)  # "TEHRAN- The"
    return body if looks_like_org(joined.group(1)) else None


def _person_closing(text: str, start: int) -> str | None:
    """ "According to Varnia Power's operator for rural lines Rex Tolman, …": the person whose
    name closes the cited phrase (up to its comma), after a title that runs on to it."""
    phrase = re.match(r"[^,.;:“”\"]{1,160}?(?=\s*,)", text[start:])
    if phrase is None:
        return None
    last = re.search(rf"({_NAME_RUN})$", phrase.group())
    if last is None or last.start() == 0:
        return None  # the phrase is the name itself: as read
    person = _clean_name(last.group(1))
    if not person or len(person.split()) < 2 or speaker_kind(person) != "person":
        return None
    inside = re.search(r"\b(of|for|at|and|on|the|to|in)\s*$", phrase.group()[: last.start()])
    if person == last.group(1) and inside:
        words = person.split()
        if (
            inside.group(1) in ("to", "in")
            and len(words) >= 3
            and speaker_kind(" ".join(words[-2:])) == "person"
        ):
            return " ".join(words[-2:])  # "the ambassador to Nairobi Hadi Farajvand": the place, then him
        return None  # "Lumen University of Medical Sciences": the end of a body's name
    return person


def _coordinated_subject(before: str, verbs: str, *, opens_sentence: bool) -> re.Match[str] | None:
    """ "Rex Tolman visited the port on Monday and said that 40 ships …": the subject opening the
    sentence (a name of two words or more, or a pronoun) of a speech verb joined by "and" to its
    first verb, with no comma between (a clause set off by commas may have a subject of its own).
    ``opens_sentence``: whether ``before`` starts where the sentence does. A one-word name is taken
    before "also" or a verb in -ed ("Khan also showed …"), not an opening word ("Initial review …")."""
    start = r"(?:^|(?<=[.!?–-] ))" if opens_sentence else r"(?<=[.!?–-] )"
    m = re.search(
        rf"{start}({_NAME_RUN}|He|She|They)\s+[a-z][^.;:,“”\"]{{0,150}}?\s+and\s+"
        rf"(?:{verbs})\b" + _REPORT_TAIL,
        before,
    )
    if m is None:
        return None
    one_word = len(m.group(1).split()) == 1 and m.group(1) not in ("He", "She", "They")
    if one_word and not re.match(r"\s+(?:also\b|[a-z]+ed\b)", before[m.end(1) :]):
        return None
    return m


def _closing_appositive(before: str, verbs: str) -> re.Match[str] | None:
    """ "The governor of Tarsk province, Mohsen Vahedi, estimated the losses at": a name that
    closes an appositive (a comma before it and after it) right before the verb."""
    m = re.search(rf"(?<=,\s)({_NAME_RUN}),{_AUX}\s+(?:{verbs})\b" + _REPORT_TAIL, before)
    return m if m and speaker_kind(m.group(1)) == "person" and " " in m.group(1) else None


_NOT_AUTHOR_BY = re.compile(
    r"\b(?:seen|obtained|reviewed|viewed|received|read|examined|cited|quoted|acquired|leaked to)\s+by\s"
)


def _with_of_name(text: str, end: int, name: str) -> str:
    """ "according to the Ministry of Health": a body's name with the "of" phrase that completes
    it (ending at ``end`` in ``text``); a person's name stays as it is ("Ali Vos of the guild")."""
    document = re.match(r"\s+(\w+)\b", text[end : end + 40])
    if document and document.group(1).lower() in _DOCUMENTS and name.split()[-1].lower() in _ROLES:
        # "according to the official report": the report, not an official (a role word read as
        # the claimant, then given to the last official named)
        name, end = name + document.group(), end + document.end()
    if name.split()[-1].lower() in _DOCUMENTS:
        # "according to a joint statement given to the Daily Lark by the Lumen Guild and Piet Vos"
        by = re.match(
            rf"[^,.;“”\"]{{0,80}}?\bby\s+(?:the\s+)?({_NAME_RUN}(?:,?\s+and\s+(?:the\s+)?{_NAME_RUN})*)",
            text[end : end + 200],
        )
        # "released by the Lumen Web of Science Database": with its "of" phrase; but a report
        # "seen by Varpress" is the report's, not the agency's that saw it
        if by and not _NOT_AUTHOR_BY.search(text, end, end + by.start(1)):
            return by.group(1) + _of_phrase(text, end + by.end(1))
    of = _of_phrase(text, end)
    if name.lower() in _ROLES:
        # "according to the head of the customs office": the head of it, not "head"
        body = re.match(rf"\s+of\s+(?:the\s+)?{_body_phrase()}", text[end : end + 80])
        return _post_holder(text, end, of) or name + (of or (body.group() if body else ""))
    return name + of if of and looks_like_org(name) else name


_BODY_ENDS = lexicon_set("en", "org_words_quotes") | lexicon_set("en", "speaker_organisation_words")


def _post_holder(text: str, end: int, of: str) -> str | None:
    """The person named right after "head of <body>": "Director of Varnian Customs Authority Kamel
    Vos" (the name run holds both: the words after the body's last word), "Head of Varnia's Ports
    and Maritime Organization (PMO) Kamel Vos" (after the body and its acronym)."""
    words = of.split()
    for k in range(len(words) - 2, 0, -1):
        if words[k].lower() in org_words() or words[k].lower() in _BODY_ENDS:
            person = _full_person(" ".join(words[k + 1 :]))
            if person:
                return person
            break
    after = re.match(
        rf"(?:\s+(?:and|&)\s+{_NAME_RUN})?{_ACRONYM},?\s+({_NAME_RUN})",
        text[end + len(of) : end + len(of) + 120],
    )
    return _full_person(after.group(1)) if after else None


def _of_phrase(text: str, end: int) -> str:
    """The "of" phrase completing a name that ends at ``end`` (" of the Varnian Oil Company"), else ""."""
    of = re.match(rf"\s+of\s+(?:the\s+)?{_NAME_RUN}", text[end : end + 80])
    return of.group() if of else ""


_DOCUMENTS = {
    "statement",
    "report",
    "letter",
    "communique",
    "communiqué",
    "declaration",
    "study",
    "survey",
    # "according to new figures put out by the Census Bureau": the bureau's
    "statistics",
    "data",
    "figures",
    "estimates",
    "research",  # "according to a research conducted by Lumen University"
}


def _named_in_apposition(text: str, end: int, name: str) -> str:
    """ "the head of the Varnian Space Center, Hossein Samimi, announced": the person the appositive
    after a body's name names, else ``name``."""
    if name.split()[-1].lower() not in org_words() and not looks_like_org(name):
        return name
    m = re.match(rf",\s*({_NAME_RUN})\s*,", text[end : end + 80])
    return _full_person(m.group(1) if m else None) or name


def _quote_span_at(text: str, pos: int) -> tuple[int, int] | None:
    """The quotation (curly or straight marks, within the paragraph) holding ``pos``."""
    para_start = text.rfind("\n", 0, pos) + 1
    para_end = text.find("\n", pos)
    para_end = len(text) if para_end < 0 else para_end
    closed, open_at = _paragraph_quotes(text, para_start, para_end)
    k = bisect_right(closed, (pos, len(text) + 1)) - 1  # the last quotation opened at or before pos
    if k >= 0 and pos < closed[k][1] - 1:
        return closed[k]
    if open_at is not None and open_at <= pos:
        return open_at, para_end  # a quote running on to the paragraph's end
    return None


@lru_cache(maxsize=16)
def _paragraph_quotes(text: str, para_start: int, para_end: int) -> tuple[list[tuple[int, int]], int | None]:
    """The quotations of a paragraph, read once for all its figures (a paragraph of a thousand
    figures was read a thousand times): the closed ones as (opening mark, after the closing mark)
    in order, and where one is left open at the paragraph's end. A second opening mark starts the
    quotation again; a closing mark with none open is ignored."""
    closed: list[tuple[int, int]] = []
    opened: int | None = None
    for m in _QUOTE_MARK.finditer(text, para_start, para_end):
        at = m.start()
        mark = m.group()
        if mark == "“" or (mark == '"' and opened is None):
            opened = at
        elif opened is not None:
            closed.append((opened, at + 1))
            opened = None
    return closed, opened


_SENTENCE_END = re.compile(r"[.!?][”\"’]?\s+")
_QUOTE_MARK = re.compile(r"[“”\"]")


def claimant(
    text: str,
    fig_start: int,
    fig_end: int,
    sentence: tuple[int, int],
    quotes: Sequence[Any],
    outlet: str | None,
) -> str | None:
    """Who states the figure at ``[fig_start, fig_end)``: a role phrase ("the envoy") is resolved to
    the person the article names in that role, or else to the person last named speaking."""
    name = _stray_initials(_stated_by(text, fig_start, fig_end, sentence, quotes))
    holder = role_holder(text, sentence[0], sentence[1], fig_start, name)
    if holder:
        return holder
    if name is None:
        return answer_speaker(text, fig_start) or continued_speaker(text, sentence) or outlet
    name = re.sub(r"(?<=\w)['’]s$", "", name)  # "According to OPEC’s latest report": OPEC
    resolved = _resolve_role(text, fig_start, name)
    role, of, _ = name.partition(" of ")
    if not resolved and of and role.lower() in _ROLES:  # "head of the Varnian Oil Company": its head
        resolved = _resolve_role(text, fig_start, role)
    if (
        not resolved
        and _bare_title(name)
        and _last_speaker_before(text, sentence[0], person=True, any_name=False) is None
    ):
        # "Varnian Roads and Urban Development Minister said …" opening the article, no name with
        # the title: the person named speaking right after ("… , Piet Vos said")
        resolved = _next_speaker(text, fig_start)
    if resolved:
        return resolved
    head = bare_document(name)
    if head is not None:
        # "According to the report, …": the report an issuer was named with before
        return document_issuer(text, fig_start, head) or name
    if " " not in name and name[:1].isupper() and speaker_kind(name) == "person":
        return _fullest(text, fig_start, name)  # "Kim noted" -> "Kim Doyun", named before
    return name


_COUNTRIES = lexicon_set("en", "countries")


def _stray_initials(name: str | None) -> str | None:
    """ "U.S. Iran" -> "Iran": a sentence ending "... issued in the U.S." read on into the next
    one's subject (initials before a name word are kept: "U.S. Navy")."""
    m = re.match(r"(?:[A-Z]\.){2,}\s+(\S+)", name or "")
    if m and m.group(1).lower() in _COUNTRIES:
        return name[m.start(1) :]  # type: ignore[index]
    return name


def _stated_by(
    text: str, fig_start: int, fig_end: int, sentence: tuple[int, int], quotes: Sequence[Any]
) -> str | None:
    for quote in quotes:
        q_start, q_end = getattr(quote, "start", None), getattr(quote, "end", None)
        if isinstance(q_start, int) and isinstance(q_end, int) and q_start <= fig_start and fig_end <= q_end:
            name = speaker_text(getattr(quote, "speaker", None))
            # a speaker with digits ("Iranian calendar year 1393") is a misreading: read our own
            if name and not re.search(r"\d", name) and not modifier_only(text, q_start, name):
                return name
    span = _quote_span_at(text, fig_start)
    para_start = text.rfind("\n", 0, fig_start) + 1
    if span is not None:
        para_end = text.find("\n", span[1])
        # "In a speech in May, Holm expressed hope for “… 700,000 new jobs.”": the sentence the
        # quotation opens in, from the last sentence end within 400 characters before it
        opened_in = max(para_start, span[0] - 400)
        for end_mark in _SENTENCE_END.finditer(text, opened_in, span[0]):
            opened_in = end_mark.end()
        name = (
            _speaker_near(text, para_start, len(text) if para_end < 0 else para_end, span[0], span[1])
            or previous_sentence_speaker(text, para_start, span[0])
            or event_subject(text, opened_in, span[0])
        )
        if name:
            return name
    else:
        # a sentence of thousands of characters (a list, a table run together) is read near the
        # figure only, so that the work per figure stays bounded
        sentence = (max(sentence[0], fig_start - _REACH), min(sentence[1], fig_end + _REACH))
        after = _reported_after(text, fig_end, sentence[1])
        cited = re.search(
            rf"(?:\b{_CITING}|\bBased on|(?:^|,)\s*based on)\b(.*)$",
            text[sentence[0] : fig_start],
            re.DOTALL,
        )
        spoken = cited and not re.search(rf"\b(?:{_speech_verb_pattern()})\b", cited.group(1))
        if after and spoken and speaker_kind(after) != "organisation":
            # "According to the deal, fares fall to 9 coins, he announced": his words; but "According
            # to harbour board data, …, Varpress reported": the agency only passes the data on
            return after
        # reported speech in the same sentence: before the figure ("X said 60 ..."), then after it
        # ("..., spokesman X said", "X told Reuters", "according to the Statistics Office")
        name = _speaker_near(text, sentence[0], sentence[1], fig_start, sentence[1])
        if name and _reported_before(text, sentence[0], fig_start):
            # "Lund said the board paid 9 million, while the guild put the figure at 2 million": the
            # body speaking nearer the figure
            body = _body_before_at(text, sentence[0], fig_start)
            if body is not None and body[1] > text.rfind(name.split()[-1], sentence[0], fig_start):
                return body[0]
            return name
        body = _body_before_at(text, sentence[0], fig_start)
        if body is not None and after and _evidence_cited_by(text, body[1], fig_start, after):
            return after  # "Data show that 40 firms left, Piet Vos told us": he cites the data
        name = (
            _quoted_as_saying(text, sentence[0], fig_start, body[1] if body else None)
            or (body[0] if body else None)
            or after
            or _participle_subject(text, sentence[0], fig_start)
            or _possessive_claim(text, sentence[0], fig_start)
            or _passive_agent(text, sentence[0], sentence[1])
            or relative_speaker(text, sentence[0], fig_start)
            or event_subject(text, sentence[0], fig_start)
        )
        if name:
            return name
    return None


def _quoted_as_saying(text: str, start: int, fig_start: int, body_at: int | None) -> str | None:
    """ "Varpress quoted an unnamed harbour source as saying that 40 ships …": the one quoted, unless
    a body speaks after that, nearer the figure ("…, but customs data showed 40 …": ``body_at``)."""
    if text.find("quoted", start, fig_start) < 0:
        return None
    m = re.search(
        rf"\bquoted\s+(?:the\s+|an?\s+)?({_NAME_RUN}|{_body_phrase()})\s+as\s+saying\b{_IN_SENTENCE}{{0,300}}$",
        text[start:fig_start],
    )
    if m is None or m.group(1).lower() in _PRONOUNS or (body_at is not None and body_at > start + m.end(1)):
        return None
    return _tidy(m.group(1))


def _evidence_cited_by(text: str, body_start: int, fig_start: int, after: str) -> bool:
    """Whether the body before a figure only shows it ("studies show", "the data indicate") and a
    person named after it states the sentence: the person is who the article says states it."""
    between = text[body_start:fig_start]
    if not _evidence_verb().search(between) or re.search(rf"\b(?:{_speech_verb_pattern()})\b", between):
        return False
    return len(after.split()) >= 2 and speaker_kind(after) == "person"  # "Varpress reported" relays


@cache
def _evidence_verb() -> re.Pattern[str]:
    """The verbs by which data or a study shows a figure ("show", "indicate"), not "put" or "state"."""
    return re.compile(rf"\b(?:{word_alternation(_EVIDENCE_VERBS - {'put', 'puts', 'states', 'stated'})})\b")


def _passive_agent(text: str, start: int, end: int) -> str | None:
    """ "... as announced by Colonel Anan", "figures released by the central bank": the agent after "by"."""
    if text.find("by", start, end) < 0:
        return None
    verbs = "announced|reported|stated|released|published|issued|confirmed|estimated|quoted|cited|given"
    who = rf"({_NAME_RUN}|{_body_phrase()})"
    m = re.search(rf"\b(?:{verbs})\s+by\s+(?:the\s+|an?\s+)?{who}", text[start:end])
    if not m or (m.group(1).lower() in _PRONOUNS):
        return None
    return _tidy(m.group(1))


def _possessive_claim(text: str, start: int, fig_start: int) -> str | None:
    """ "... denied the Varnia Post's claim that 210 people died": the figure is the Varnia Post's."""
    if text.find("that", start, fig_start) < 0:
        return None
    m = re.search(
        rf"({_NAME_RUN})['’]s?\s+(?:claims?|reports?|statements?|estimates?|figures?|data)\s+that\b[^.“\"]{{0,120}}$",
        text[start:fig_start],
    )
    return _clean_name(m.group(1)) if m else None


def _participle_subject(text: str, start: int, fig_start: int) -> str | None:
    """ "The UN has described the famine as dire, emphasizing that 17 million ...": the figure is
    stated by the sentence's subject, the one doing the "-ing" speech verb."""
    participles = list(re.finditer(rf",[”\"’]?\s*(?:{_participle_words()})\b", text[start:fig_start]))
    if not participles:
        return None
    participle = participles[-1]
    # the subject of the finite speech verb before the participle ("he said, adding, ...")
    who = rf"(?:\b(?:[Tt]he|[Aa]n?)\s+)?({_NAME_RUN}|{_body_phrase()}|\b[Hh]e|\b[Ss]he|\b[Tt]hey)"
    verbs = _speech_verb_pattern()
    found = None
    head = text[start : start + participle.start()]
    for m in re.finditer(rf"{who}{_ACRONYM}{_APPOSITIVE}{_AUX}\s+(?:{verbs})\b", head):
        if not (_after_preposition(head, m.start(1)) and " " not in m.group(1)):
            found = m
    if found is None:
        # "The top Varnian lawmaker also rejected the charges, underscoring that …": the subject
        # the sentence opens with, whatever its verb
        found = re.match(rf"\s*{who}{_ACRONYM}{_APPOSITIVE}{_AUX}\s+[a-z]+(?:ed|s)\b", head)
        if found is None or (found.group(1)[:1].isupper() and speaker_kind(found.group(1)) == "unnamed"):
            return None
    name = found.group(1)
    if name.lower() in _PRONOUNS:
        return _pronoun_speaker(text, start + found.start(1), name)
    return _tidy(name)


def _body_before(text: str, start: int, fig_start: int) -> str | None:
    """ "Provincial police said 45 ...", "the union put the figure at 6 million": the nearest one."""
    found = _body_before_at(text, start, fig_start)
    return found[0] if found else None


def _body_before_at(text: str, start: int, fig_start: int) -> tuple[str, int] | None:
    """:func:`_body_before` and where its claimant phrase starts."""
    # a document also states by a participle: "a tweet claiming 4 medals", "a statement saying"
    if not _may_hold(text, "document", start, fig_start):
        return None
    verbs = _document_verbs()
    # a clause opening "while U.S. officials have admitted three …" starts a body's phrase too
    # and after a sentence adverb: "However, studies show", "however studies show"
    anchor = (
        r"(?:^\s*|(?<=[,;:–—])\s*|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|while|whereas|but|[Aa]s)\s+"
        rf"|\b{_ADVERBS}\s+)"
    )
    found = None
    for m in re.finditer(
        rf"{anchor}({_body_phrase()})({_AFFILIATION}){_APPOSITIVE}{_AUX}\s+(?:{verbs})\b",
        text[start:fig_start],
    ):
        if m.group(2) and _after_preposition(text, start + m.start(1)):
            continue  # "a delegate to the Council of Elders has confirmed": not the council
        found = m
    if found is None:
        return None
    phrase = found.group(1)
    if phrase.split()[-1][:1].isupper() and found.group(2).lstrip().startswith("of "):
        phrase += found.group(2)  # "The Varnian Ministry of Health announced": the ministry's full name
    phrase_start = start + found.start(1)
    owner = re.search(rf"({_NAME_RUN})\s+of\s+(?:the\s+)?$", text[start:phrase_start])
    if owner and phrase[:1].isupper():
        # "The Martyrs Foundation of the Imam announced": the foundation, not a person "Imam"
        phrase_start = start + owner.start(1)
        phrase = text[phrase_start : start + found.end(1)]
    if phrase[:1].isupper():
        joined = _joined_before(text, start, phrase_start)
        phrase_start -= len(joined)
        phrase = joined + phrase
    named = re.match(rf",\s*({_NAME_RUN})\s*,", text[start + found.end(2) : start + found.end(2) + 80])
    # "The head of the customs office": the post whose "of" phrase the body is
    post = re.search(
        rf"\b((?i:{_role_words()}))\s+of\s+(?:the\s+)?$", text[max(start, phrase_start - 40) : phrase_start]
    )
    # "The Varnian farm minister, Lena Holm," and "The head of the customs office, Lena Holm,": the
    # person the role names
    held = phrase.split()[-1].lower() in _ROLES or post is not None
    person = _full_person(named.group(1) if named and held else None)
    if person:
        return person, phrase_start  # "The Varnian farm minister, Lena Holm, has announced"
    person = _holder_before(text, start, phrase_start, phrase)
    if person is not None:
        return person, phrase_start
    if post and not _after_preposition(text, phrase_start - len(post.group())):
        # "The head of the customs office said": the head (resolved to a name by the caller when
        # the article gives one), not the office
        phrase = post.group() + phrase
    name = _tidy(phrase)
    return (name, phrase_start) if name else None


_JOINED = re.compile(r"(?:(?:[A-Z][\w’']*(?:-[\w’']+)*\s+)+(?:and|&)\s+)+$")  # not "TEHRAN- "


def _joined_before(text: str, start: int, name_start: int) -> str:
    """The capitalised words joined by "and" before a body's name that starts at ``name_start``
    ("Harbour Lighting and " of "the Harbour Lighting and Signal Company"), else ""."""
    joined = _JOINED.search(text, max(start, name_start - 120), name_start)
    return joined.group() if joined else ""


def _holder_before(text: str, start: int, phrase_start: int, phrase: str) -> str | None:
    """ "Lena Holm, head of the Budget and Planning Committee of the assembly, said": the body ends
    (or the role opens) an appositive role after a person's name, so the person speaks, not the
    committee."""
    if phrase.split()[0].lower() in _ROLES:  # "Piet Vos, Head of the … Committee said"
        pattern = rf"({_NAME_RUN}),\s+(?:the\s+)?$"
    else:
        pattern = (
            rf"({_NAME_RUN}),\s+(?:the\s+)?(?:[\w’'\-]+\s+){{0,3}}?(?i:{_role_words()})\s+(?:of|at|for|in)\s+"
            rf"(?:the\s+)?(?:[\w’'\-]+\s+){{0,6}}$"
        )
    m = re.search(pattern, text[max(start, phrase_start - 200) : phrase_start])
    return _full_person(m.group(1) if m else None)


def _full_person(raw: str | None) -> str | None:
    """``raw`` cleaned when it is a person's name of two words or more (not a body's), else None."""
    person = _clean_name(raw) if raw else None
    if (
        person
        and len(person.split()) >= 2
        and speaker_kind(person) == "person"
        and not looks_like_org(person)
    ):
        return person
    return None


@cache
def _trigger_pattern(kind: str) -> re.Pattern[str]:
    """The words without which a reading cannot match: "after", the words every attribution after
    a figure holds; "before", those of one before it; "document", the verbs of a body's or a
    document's attribution (those of ``_document_verbs``). One prefix tree of plain words, each
    branch opening on a letter: the engine skips in one pass to the places such a letter stands
    (a zero-width lookahead was tried at every character, 3% of per-document time)."""
    speech = lexicon().speech_verbs
    if kind == "after":
        words = {*_CITING_WORDS, "quoted", "told", *speech, *_CLOSING_EVIDENCE}
    elif kind == "before":
        words = {*_CITING_WORDS, "Based on", "based on", "Under", *speech}
    else:
        words = speech | _EVIDENCE_VERBS | _PARTICIPLES
    return re.compile(word_alternation(words))


@lru_cache(maxsize=16)
def _trigger_starts(text: str, kind: str) -> list[int]:
    """Where a trigger word of ``kind`` starts, overlapping starts included (each search goes on
    one character after the last start, not after its end)."""
    pattern, found = _trigger_pattern(kind), []
    m = pattern.search(text)
    while m is not None:
        found.append(m.start())
        m = pattern.search(text, m.start() + 1)
    return found


def _may_hold(text: str, kind: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a trigger word of ``kind``: a reading's regular expressions
    are run only where one does (figure after figure, a sentence of thousands of numbers was
    searched for an attribution that none of its words could start)."""
    starts = _trigger_starts(text, kind)
    k = bisect_left(starts, start)
    return k < len(starts) and starts[k] < end


@cache
def _reported_after_patterns() -> tuple[re.Pattern[str], ...]:
    verbs = _speech_verb_pattern()
    who = rf"({_body_phrase()}\s+{_NAME_RUN}|{_NAME_RUN}|{_body_phrase()})"
    return tuple(
        re.compile(pattern)
        for pattern in (
            # "..., the head of the medical council, Mohammad Raisi, said": the name the role introduces
            # (first: of two attributions starting at one comma, the person)
            rf",\s*(?:the\s+|an?\s+)?(?:[\w’'\-]+\s+){{0,2}}(?i:{_role_words()})\b[^,.;“”\"]{{0,80}},\s*({_NAME_RUN})\s*,{_AUX}\s+(?:{verbs})\b",
            # "..., Lena Holm, head of herd care at the Varnian Grazing Board noted": the person
            # whose role runs on to the verb without a closing comma
            rf",\s*({_NAME_RUN}),\s+(?:the\s+|an?\s+)?(?:[\w’'\-]+\s+){{0,3}}?(?i:{_role_words()})\b[^,.;“”\"]{{0,100}}?{_AUX}\s+(?:{verbs})\b",
            # "..., Varpress reported quoting the head of the harbour board": the one quoted
            # ("quoting Varnia’s oil minister": the minister, not the country)
            rf",\s*{_NAME_RUN}\s+(?:reported|said|wrote)\s*,?\s+quoting\s+(?:the\s+|an?\s+)?({_NAME_RUN}[’']s\s+(?=[a-z]){_body_phrase()}|{_NAME_RUN}|{_body_phrase()})",
            # "..., Piet Vos and Lena Holm said in a joint statement": both, as written
            # (each a name of two words or more: "Fisheries and Coastal Affairs Minister X" is one title)
            rf",\s*(?:the\s+)?((?:{_FULL_NAME}|{_body_phrase()})(?:,\s+(?:the\s+)?{_FULL_NAME})*,?\s+and\s+(?:the\s+)?(?:{_FULL_NAME}|{_body_phrase()})){_AUX}\s+(?:{verbs})\b",
            rf"{_CITING}\s+(?:the\s+|an?\s+)?{_RESULTS_OF}{who}",  # "according to the Statistics Office"
            rf"[Aa]ccording to\s+({_WEB_ADDRESS})",  # "according to citypopulation.net"
            # "..., the secretary of the 18th Varnian Congress on Port Safety has said": the post with
            # its body (a number or lower-case word in the body's name breaks a run of names)
            rf",\s*the\s+((?i:{_role_words()})\s+(?:of|for|at)\s+(?:the\s+)?[A-Z0-9][^,.;“”\"]{{0,80}}?){_AUX}\s+(?:{verbs})\b",
            # "..., provincial spokesman Aldo Brenn said"
            # "..., Head of National Fee Administration Kamal Tavi has announced"
            # "..., Fisheries and Coastal Affairs Minister Lio Brandt has announced"
            rf",\s*(?:[a-z][\w’'\-]*\s+|[A-Z][\w’'\-]*\s+(?:of|and|for)\s+(?:the\s+)?){{0,4}}({_NAME_RUN}){_APPOSITIVE}{_AUX}"
            rf"\s+(?:{verbs})\b",
            rf",\s*(?:the\s+|an?\s+|its\s+|their\s+)?{who}{_AFFILIATION}{_APPOSITIVE}{_AUX}\s+(?:{verbs})\b",
            # "..., Varpress quoted Deputy Fisheries, Ports and Shipping Minister Tova Linn as saying": a
            # title with commas in it, the name at its end
            rf",\s*{_NAME_RUN}\s+quoted\s+[^.;“”\"]{{0,120}}?\b({_FULL_NAME})\s+as\s+saying",
            rf",\s*{_NAME_RUN}\s+quoted\s+({_NAME_RUN})",  # "..., Varpress quoted Tova Linn as saying"
            # "..., Varpress quoted the minister as saying"; "..., the official was quoted as saying",
            # "..., Linn was quoted by Varpress as saying": the one quoted, not the agency
            rf",\s*{_NAME_RUN}\s+quoted\s+(?:the\s+|an?\s+)?({_body_phrase()})\s+as\s+saying",
            rf",\s*(?:the\s+|an?\s+)?{who}{_APPOSITIVE}\s+(?:was|were|has\s+been|is)\s+(?:quoted|cited)\b",
            # "..., said Mira Castell", "…, said the minister on Monday": not "…, said the former
            # president should wait" (the subject of a reported clause, not who speaks)
            rf",\s*(?:{verbs})\s+(?:the\s+)?{who}\b(?!(?:\s+(?!and\b|or\b)[\w’'\-]+){{0,2}}?\s+(?:should|would|"
            rf"could|will|can|may|might|must|had|has|have|was|were|is|are|did|does|do|not)\b)",
            rf"\b({_NAME_RUN})\s+told\b",  # "X told Reuters"
            # "..., Varnian customs data shows", "..., the poll found": the data or the poll
            r",\s*(?:the\s+|an?\s+)?((?:[\w’'\-]+\s+){0,4}?(?i:data|figures|statistics|polls?|surveys?|stud(?:y|ies)|"
            rf"reports?|census))\s+(?:{'|'.join(_CLOSING_EVIDENCE)})\b",
            rf",\s*([Hh]e|[Ss]he|[Tt]hey){_AUX}\s+(?:{verbs})\b",  # "..., he announced."
            # the sentence ends "… Varnia Oil Co. Chief Executive Rex Tolman said."
            rf"\s({_NAME_RUN}){_AUX}\s+(?:{verbs})[.!]?[”\"’]?\s*$",
        )
    )


_TITLES = lexicon_set("en", "claimant_titles")


@cache
def _title_period() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{word_alternation(_TITLES)})(\.)(?=\s+[A-Z])")


def _titles_unstopped(text: str) -> str:
    """``text`` with the period after a title before a name made a space ("Dr. Piet Vos" -> "Dr
    Piet Vos", same length), so that the title and the name read as one run of names."""
    return _title_period().sub(lambda m: m.group()[:-1] + " ", text)


_COMMA_QUOTE = re.compile(r",[”\"]")


def _reported_after(text: str, fig_end: int, end: int) -> str | None:
    """An attribution after the figure, in the same sentence."""
    if not _may_hold(text, "after", fig_end, end):
        return None
    # '… discussing "the ties between the ports," a statement said': the comma closing a quotation
    # opens the attribution as a bare comma does (same length: offsets in the tail stay)
    tail = _COMMA_QUOTE.sub(", ", _titles_unstopped(text[fig_end:end]))
    nearest: re.Match[str] | None = None
    for pattern in _reported_after_patterns():
        m = pattern.search(tail)
        if m and m.group(1).lower() in _PRONOUNS and _COMMA_QUOTE.match(text, fig_end + m.start()):
            continue  # '…, “…,” he said': "he" says the quotation; the figure before it is not read as his
        # the attribution nearest the figure: "…, said Joss Amberly, the head of …, Azer Post reported"
        if m and (nearest is None or m.start() < nearest.start()):
            nearest = m
    if nearest is None:
        return None
    name = nearest.group(1)
    if name.lower() in _PRONOUNS:
        return _pronoun_speaker(text, fig_end, name)
    if re.search(r"\sand\s", name):
        return re.sub(r"^(?:[Tt]he)\s+", "", name)  # joint claimants: a phrase, not one name
    if "quoting" in nearest.group(0) and name.split()[-1].lower() in _ROLES:
        # "quoting the head for the Varnian Gas Company, Piet Vos, as saying": the person named
        named = re.match(
            rf"(?:\s+[a-z][\w’'\-]*){{0,2}}(?:\s+(?:of|for|at)\s+(?:the\s+)?{_NAME_RUN})?\s*,\s*({_NAME_RUN})\s*,",
            tail[nearest.end(1) :],
        )
        person = _clean_name(named.group(1)) if named else None
        if person and len(person.split()) >= 2 and speaker_kind(person) == "person":
            return person
        # "quoting the head of the Varnian Petrochemical Company": the role with whose it is
        return name + _of_phrase(tail, nearest.end(1))
    if nearest.group(0).lstrip().lower().startswith("according"):
        name = _with_of_name(tail, nearest.end(1), name)
        if " of " in name or " and " in name:
            return re.sub(r"^(?:[Tt]he)\s+", "", name)
    last = name.split()[-1].lower()
    role_first = re.match(rf",\s*(?:the\s+)?(?:[\w’'\-]+\s+){{0,2}}?(?i:{_role_words()})\b", nearest.group(0))
    if last in _ROLES or singular(last) in _ROLES or role_first:
        # "…, Rouhollah Varzi, deputy head of the Varnian Fund said": the person the role follows
        person = re.search(rf",\s*({_NAME_RUN})\s*$", tail[: nearest.start()])
        cleaned = _clean_name(person.group(1)) if person else None
        if cleaned and len(cleaned.split()) >= 2 and speaker_kind(cleaned) == "person":
            return cleaned
    return _tidy(name)


def _bare_title(name: str) -> bool:
    """Whether a claimant is a capitalised post with no name ("Urban Development Minister")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].lower() in _ROLES


def _reported_before(text: str, start: int, fig_start: int) -> bool:
    verbs = _speech_verb_pattern()
    return bool(
        re.search(
            rf"\b(?:{verbs}|{_CITING}|Based on|Under)\b|(?:^|,)\s*based on\b",
            text[start:fig_start],
        )
    )
