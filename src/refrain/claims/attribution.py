"""Who states a figure (claimant) and where it happened.

The claimant is the quoted speaker when the figure sits inside a quotation (taken from the
``quotes`` passed in, duck-typed, or else from a light reading of quotation marks and speech verbs
around it), the person a sentence reports ("X said 60 were arrested", "according to X"), and
otherwise the outlet.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from refrain.claims.context import org_keys, singular
from refrain.claims.figures import MONTH_NUMBER
from refrain.claims.lexicon import lexicon
from refrain.entities.kinds import speaker_kind
from refrain.entities.names import looks_like_org, org_words, skeleton, split_title
from refrain.text import lexicon as lexicon_set

_NAME = r"(?:[A-Z][\w’'\-]+|al-[A-Z][\w’'\-]+|bin|de|van|von)"
_NAME_RUN = rf"{_NAME}(?:\s+{_NAME}){{0,6}}"
_PLACE_WORDS = lexicon_set("en", "place_words")
_FUNCTION_WORDS = (
    "while|whereas|and|but|or|the|a|an|that|which|who|when|where|as|its|their|his|her|of|in|on|at|for|to|"
    "by|with|from|said|says|if|than|then|also|this|these|those|after|before"
)
_PRONOUNS = lexicon_set("en", "claimant_pronouns")
_WEEKDAYS = lexicon_set("en", "weekdays")
_NOT_NAMES = lexicon_set("en", "claimant_not_names")
_ROLES = lexicon_set("en", "roles")
_NAME_CUT = lexicon_set("en", "claimant_name_cut")
_EVIDENCE_VERBS = lexicon_set("en", "figure_evidence_verbs")
_PARTICIPLES = lexicon_set("en", "figure_speech_participles")  # ", adding that": said by the clause's subject
# between a claimant and its verb: an acronym in brackets, "also", "has" ("VSL) has also announced")
_ACRONYM = r"(?:\s*\([^()\n]{1,40}\))?"
# an appositive between a claimant and its verb: ", the head of the ministry's public relations centre,"
_APPOSITIVE = r"(?:,[^,.;“”\"]{0,150},)?"
_REACH = 600  # characters either side of a figure that its attribution and place are looked for in
_IN_SENTENCE = r"(?:[^.“\"]|\.(?=\S)|(?<=\b[A-Z])\.)"  # one character that does not end the sentence
# also a time between them: "The harbour board last week said", "the ministry on Sunday announced"
_AUX = (
    r"(?:\s+(?:"
    + "|".join(sorted(lexicon_set("en", "figure_claim_aux")))
    + r"|\w+ly|(?:on|last|this|earlier|early|late|in)\s+[A-Z]?[a-z]+))*"
)
_DEMONYM = re.compile(
    r"(?:ian|ish|ese|['’]s)$|^(?:Israeli|Iraqi|Saudi|Kuwaiti|Pakistani|Bangladeshi|Omani|Qatari|Yemeni|Emirati|Somali|Afghani)$"
)


def speaker_text(speaker: Any) -> str | None:
    """A quote's speaker as text, whatever its shape (str, object with ``name``/``text``, None)."""
    if speaker is None:
        return None
    if isinstance(speaker, str):
        return speaker.strip() or None
    for attr in ("name", "text"):
        value = getattr(speaker, attr, None)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


@cache
def _speech_verb_pattern() -> str:
    return r"(?:" + "|".join(sorted(lexicon().speech_verbs, key=len, reverse=True)) + r")"


@cache
def _role_words() -> str:
    return "|".join(sorted((r for r in _ROLES if r.isalpha()), key=len, reverse=True))


@cache
def _participle_words() -> str:
    return "|".join(sorted(_PARTICIPLES, key=len, reverse=True))


@cache
def _document_verbs() -> str:
    """Speech verbs, and the verbs by which a document states ("shows") or a participle ("claiming")."""
    more = sorted(_EVIDENCE_VERBS | _PARTICIPLES, key=len, reverse=True)
    return _speech_verb_pattern()[:-1] + "|" + "|".join(more) + ")"


def _clean_name(name: str) -> str | None:
    """A speaker's name without what glued before it: "East Azerbaijan Province Qodrat Dialameh" -> "Qodrat Dialameh"."""
    words = name.split()
    while words and words[0].lower() in _NOT_NAMES:
        words = words[1:]
    for k in range(len(words) - 2, -1, -1):  # cut after the last place/organisation word
        if (
            words[k].lower() in _PLACE_WORDS
            or words[k].lower() in org_words()
            or words[k].lower() in _NAME_CUT
        ):
            words = words[k + 1 :]
            break
    if len(words) >= 3 and re.fullmatch(r"[A-Z]{2,}", words[0]) and not looks_like_org(" ".join(words)):
        words = words[1:]  # "ICT Dara Vosk", "TARSK Ali Venn": an acronym glued before
    if (
        len(words) >= 3
        and speaker_kind(words[0]) == "organisation"
        and speaker_kind(" ".join(words[1:])) == "person"
    ):
        words = words[1:]  # "(Minister … of) Iran Dara Kian Farsad": the country glued before
    roles = [k for k, w in enumerate(words[:-2]) if w.lower() in _ROLES]
    if roles:  # "Managing Director Hamid Solvar", "Caretaker Prime Minister Omar Vell"
        words = words[roles[-1] + 1 :]
    core, _ = split_title(" ".join(words))
    return core or None


def _last_speaker_before(text: str, pos: int, *, person: bool = False, any_name: bool = True) -> str | None:
    """Whom a "he said" points to: the last named speaker before ``pos``, else the last full name.

    ``person``: the pronoun is "he" or "she", so a country or organisation ("Iran said") is skipped;
    and a speaker named by a role after the last named one ("the minister said") is resolved to the
    person in that role. ``any_name``: when nobody is named speaking, the last full name of anything
    ("Orvel Ridge Road") will do.
    """
    verbs = _speech_verb_pattern()
    window_start = max(0, pos - 1500)
    found = None
    found_at = -1
    # "Joss Amberly said", and the inverted "…, said Joss Amberly, the head of …"
    pattern = rf"({_NAME_RUN}){_APPOSITIVE}{_AUX}\s+(?:{verbs})\b|,\s*(?:{verbs})\s+({_NAME_RUN})"
    for m in re.finditer(pattern, text[window_start:pos]):
        if m.group(1) is None and m.group(2) is not None:
            name = _clean_name(m.group(2))
            if (
                name
                and len(name.split()) >= 2
                and not looks_like_org(name)
                and speaker_kind(name) == "person"
            ):
                found, found_at = name, window_start + m.start()
            continue
        name = _clean_name(m.group(1))
        if name and name.lower() not in _PRONOUNS and not looks_like_org(name):
            if not (person and speaker_kind(name) == "organisation"):
                found, found_at = name, window_start + m.start()
    if person:
        role = _last_role_speaker(text, max(found_at, window_start), pos)
        if role is not None:
            return role
    return found or (_last_person_before(text, pos) if any_name else None)


def _last_role_speaker(text: str, start: int, pos: int) -> str | None:
    """The person behind the last "the <role> said" in ``text[start:pos]``, when resolvable."""
    roles = _role_words()
    pattern = (
        rf"\b[Tt]he\s+((?:[\w’'\-]+\s+){{0,3}}?(?i:{roles}))(?:\s+\w+ly)?\s+(?:{_speech_verb_pattern()})\b"
    )
    last = None
    for m in re.finditer(pattern, text[start:pos]):
        last = m
    if last is None:
        return None
    return _resolve_role(text, start + last.start(1), last.group(1), fallback=False)


def _pronoun_speaker(text: str, pos: int, pronoun: str) -> str | None:
    return _last_speaker_before(text, pos, person=pronoun.lower() in {"he", "she"})


def _last_person_before(text: str, pos: int) -> str | None:
    """The last multi-word capitalised name before ``pos`` that is not an organisation."""
    window_start = max(0, pos - 800)
    found = None
    for m in re.finditer(rf"(?<![\w.])({_NAME}(?:\s+{_NAME}){{1,6}})", text[window_start:pos]):
        name = _clean_name(m.group(1))
        if name and len(name.split()) >= 2 and not looks_like_org(name):
            found = name
    return found


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
    else:
        before = text[max(region_start, anchor_before - 300) : anchor_before]
        m = re.search(
            rf"({_NAME_RUN}|\b[Hh]e|\b[Ss]he|\b[Tt]hey){_ACRONYM}{_APPOSITIVE}{_AUX}\s+(?:{verbs})\b"
            # what follows the verb: a "that" clause to its end, else a few words ("said 60 were held")
            # (a period inside a word or after a capital, "U.S.", "2.5", does not end the sentence)
            rf"(?:{_IN_SENTENCE}{{0,60}}?\bthat\b{_IN_SENTENCE}{{0,200}}|{_IN_SENTENCE}{{0,150}})$",
            before,
        )
        usable = m and (m.group(1).lower() in _PRONOUNS or _clean_name(m.group(1)))  # not "As reported"
        if m and usable and not (_after_preposition(before, m.start(1)) and " " not in m.group(1)):
            name = m.group(1)
        else:
            m = re.search(
                # "According to X, ..." and "Based on X, ..." (not "is based on") govern the whole sentence
                rf"(?:\b[Aa]ccording to|\bBased on|(?:^|,)\s*based on) (?:the\s+|an?\s+)?({_NAME_RUN}|{_body_phrase()})"
                rf"(?:[^.]|\.(?=\d)){{0,200}}$",
                before,
            )
            name = m.group(1) if m else None
    if name is None:
        return None
    if name.lower() in _PRONOUNS:
        return _pronoun_speaker(text, anchor_before, name)
    if name.split()[-1].lower() in org_words():  # "The Marenia Press Agency": an organisation, whole
        return re.sub(r"^(?:[Tt]he)\s+", "", name)
    return _clean_name(name)


def _after_preposition(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` is a preposition: "the Council of Elders has confirmed" is
    said by the council's member, not by "Elders" (a longer run, "Head of VPO Abdol Pouran said",
    still names the speaker)."""
    return bool(
        re.search(r"\b(?:of|in|at|from|for|with|by|on|to)\s+(?:the\s+)?$", text[max(0, pos - 12) : pos])
    )


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
    name = _stated_by(text, fig_start, fig_end, sentence, quotes)
    if name is None:
        return outlet
    resolved = _resolve_role(text, fig_start, name)
    if resolved:
        return resolved
    if " " not in name and name[:1].isupper() and speaker_kind(name) == "person":
        return _fullest(text, fig_start, name)  # "Kim noted" -> "Kim Doyun", named before
    return name


def _stated_by(
    text: str, fig_start: int, fig_end: int, sentence: tuple[int, int], quotes: Sequence[Any]
) -> str | None:
    for quote in quotes:
        q_start, q_end = getattr(quote, "start", None), getattr(quote, "end", None)
        if isinstance(q_start, int) and isinstance(q_end, int) and q_start <= fig_start and fig_end <= q_end:
            name = speaker_text(getattr(quote, "speaker", None))
            if name:
                return name
    span = _quote_span_at(text, fig_start)
    para_start = text.rfind("\n", 0, fig_start) + 1
    if span is not None:
        para_end = text.find("\n", span[1])
        name = _speaker_near(text, para_start, len(text) if para_end < 0 else para_end, span[0], span[1])
        if name:
            return name
    else:
        # a sentence of thousands of characters (a list, a table run together) is read near the
        # figure only, so that the work per figure stays bounded
        sentence = (max(sentence[0], fig_start - _REACH), min(sentence[1], fig_end + _REACH))
        after = _reported_after(text, fig_end, sentence[1])
        cited = re.search(
            r"(?:\b[Aa]ccording to|\bBased on|(?:^|,)\s*based on)\b(.*)$",
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
        name = (
            _body_before(text, sentence[0], fig_start)
            or _reported_after(text, fig_end, sentence[1])
            or _participle_subject(text, sentence[0], fig_start)
            or _possessive_claim(text, sentence[0], fig_start)
            or _passive_agent(text, sentence[0], sentence[1])
        )
        if name:
            return name
    return None


def _passive_agent(text: str, start: int, end: int) -> str | None:
    """ "... as announced by Colonel Anan", "figures released by the central bank": the agent after "by"."""
    verbs = "announced|reported|stated|released|published|issued|confirmed|estimated|quoted|cited|given"
    who = rf"({_NAME_RUN}|{_body_phrase()})"
    m = re.search(rf"\b(?:{verbs})\s+by\s+(?:the\s+|an?\s+)?{who}", text[start:end])
    if not m or (m.group(1).lower() in _PRONOUNS):
        return None
    return _tidy(m.group(1))


def _possessive_claim(text: str, start: int, fig_start: int) -> str | None:
    """ "... denied the Varnia Post's claim that 210 people died": the figure is the Varnia Post's."""
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
        return None
    name = found.group(1)
    if name.lower() in _PRONOUNS:
        return _pronoun_speaker(text, start + found.start(1), name)
    return _tidy(name)


def _resolve_role(text: str, pos: int, name: str, *, fallback: bool = True) -> str | None:
    """The person a definite role phrase points to ("the envoy", "the Iraqi foreign minister"), or
    None when ``name`` is not such a phrase or nobody fits.

    Preferred: the nearest person introduced with the role's head word before ``pos`` ("Foreign
    Minister Ilse Marten", "Ilse Marten, the foreign minister"); else the person last named
    speaking before it. Indefinite phrases ("an official") name somebody new and stay as written.
    """
    words = name.split()
    head = words[-1].lower() if words else ""
    if head not in _ROLES and singular(head) not in _ROLES:
        return None
    if any(w[:1].isupper() for w in words) and all(w[:1].isupper() for w in words) and len(words) > 1:
        if not re.search(rf"\b(?:[Tt]he)\s+{re.escape(name)}", text[max(0, pos - 1000) : pos + 1000]):
            return None  # "Foreign Minister" capitalised alone is a title before a name, kept as is
    determiner = None
    best = -1
    # the phrase as written nearest the figure: a long quotation may put it a thousand characters on
    for m in re.finditer(rf"\b([Tt]he|[Aa]n?)\s+{re.escape(name)}\b", text[max(0, pos - 1000) : pos + 1000]):
        at = max(0, pos - 1000) + m.start()
        if best < 0 or abs(at - pos) < abs(best - pos):
            best, determiner = at, m.group(1).lower()
    if determiner != "the":
        return None
    role = re.escape(head)
    found: tuple[int, str] | None = None
    for pattern in (
        # "Foreign Minister Ilse Marten", "Envoy to Tarsk Pavel Ohr", "Minister of Varnia, Ilse Marten"
        rf"(?i:\b{role})(?:\s+(?:to|of|for|in)\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)??)?,?\s+({_NAME_RUN})",
        # "Ilse Marten, the Varnian foreign minister", "Pavel Ohr, a senior diplomat"
        rf"({_NAME_RUN}),\s+(?:the|a|an|Iran['’]s|its)\s+[^,.;]{{0,60}}?\b(?i:{role})\b",
    ):
        # up to the end of the phrase itself: "Ilse Marten, the foreign minister, said" names her there
        for m in re.finditer(pattern, text[: best + len("the ") + len(name)]):
            person = _clean_name(m.group(1))
            if person and person.lower() not in _PRONOUNS and speaker_kind(person) == "person":
                if found is None or m.start() > found[0]:
                    found = (m.start(), person)
    if found:
        return _fullest(text, best, found[1])
    if not fallback:
        return None
    # no one introduced in that role: the person last named speaking, when the article gives a
    # full name for them ("Ohr noted ... the Varnian diplomat" -> "Pavel Ohr"); a single
    # word ("Russia", "August") is too weak a guess
    person = _last_speaker_before(text, best, person=True, any_name=False)
    fullest = _fullest(text, best, person) if person else None
    if fullest and len(fullest.split()) >= 2 and speaker_kind(fullest) == "person":
        return fullest
    return _next_speaker(text, best)


def _next_speaker(text: str, pos: int) -> str | None:
    """A lead that names a speaker by role only ("…, the Harbour Office director has said.")
    is followed by the name: the first person named speaking within 400 characters after ``pos``
    ("Varpress quoted Ilka Morrow as saying", "Morrow said", "said Morrow")."""
    verbs = _speech_verb_pattern()
    window = text[pos : pos + 400]
    pattern = (
        rf"\bquoted\s+({_NAME_RUN})\s+as\s+saying|({_NAME_RUN}){_APPOSITIVE}{_AUX}\s+(?:{verbs})\b"
        rf"|\b(?:{verbs})\s+({_NAME_RUN})"
    )
    for m in re.finditer(pattern, window):
        name = _clean_name(next(g for g in m.groups() if g))
        if name and len(name.split()) >= 2 and speaker_kind(name) == "person" and not looks_like_org(name):
            return name
    return None


def _fullest(text: str, pos: int, name: str) -> str:
    """The fullest form of a person's name written before ``pos`` ("Marten" -> "Ilse Marten"; a
    family name written first, "Xi" -> "Xi Jinping", when one full name alone starts with it)."""
    surname = name.split()[-1]
    best = name
    family_first: set[str] = set()
    for m in re.finditer(rf"({_NAME_RUN})", text[:pos]):
        run = m.group(1)
        if _after_preposition(text, m.start()) and " " in run:
            run = run.split(" ", 1)[1]  # "Envoy to Tarsk Pavel Ohr": the place before the name
        candidate = _clean_name(run)
        if not candidate or len(candidate.split()) > 4 or looks_like_org(candidate):
            continue
        words = candidate.split()
        if words[-1] == surname and len(words) > len(best.split()):
            best = candidate
        elif " " not in name and len(words) >= 2 and words[0] == name:
            family_first.add(candidate)
    if best == name and len(family_first) == 1 and speaker_kind(next(iter(family_first))) == "person":
        return next(iter(family_first))
    return best


@cache
def _body_phrase() -> str:
    """A claimant named by a common noun, with up to four words before it: "Tarsk provincial police",
    "the Varnian envoy" (a body, or a person's role, singular or plural)."""
    nouns = lexicon().bodies | {r for r in _ROLES if r.isalpha()} | {r + "s" for r in _ROLES if r.isalpha()}
    bodies = "|".join(sorted(nouns, key=len, reverse=True))
    modifier = rf"(?!(?:{_FUNCTION_WORDS})\b)[\w’'\-]+\s+"
    return rf"(?:{modifier}){{0,4}}?(?i:{bodies})s?\b"


def _tidy(name: str) -> str | None:
    """A claimant phrase without its leading article; a person's name without titles glued before it."""
    name = re.sub(r"^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+", "", name.strip())
    if not name:
        return None
    named = re.search(rf"\s({_NAME_RUN})$", name)
    if named and name[0].islower() and speaker_kind(named.group(1)) == "person":
        return _clean_name(named.group(1))  # "the contest's secretary Lina Morrow": the name
    last = name.split()[-1].lower()
    if looks_like_org(name) or last in lexicon().bodies or last in _ROLES or singular(last) in _ROLES:
        return name
    return _clean_name(name)


def _body_before(text: str, start: int, fig_start: int) -> str | None:
    """ "Provincial police said 45 ...", "the union put the figure at 6 million": the nearest one."""
    found = _body_before_at(text, start, fig_start)
    return found[0] if found else None


def _body_before_at(text: str, start: int, fig_start: int) -> tuple[str, int] | None:
    """:func:`_body_before` and where its claimant phrase starts."""
    # a document also states by a participle: "a tweet claiming 4 medals", "a statement saying"
    verbs = _document_verbs()
    anchor = r"(?:^\s*|(?<=[,;:–—])\s*|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)"
    found = None
    for m in re.finditer(
        rf"{anchor}({_body_phrase()}){_APPOSITIVE}{_AUX}\s+(?:{verbs})\b", text[start:fig_start]
    ):
        found = m
    if found is None:
        return None
    name = _tidy(found.group(1))
    return (name, start + found.start(1)) if name else None


def _reported_after(text: str, fig_end: int, end: int) -> str | None:
    """An attribution after the figure, in the same sentence."""
    verbs = _speech_verb_pattern()
    tail = text[fig_end:end]
    who = rf"({_body_phrase()}\s+{_NAME_RUN}|{_NAME_RUN}|{_body_phrase()})"
    nearest: re.Match[str] | None = None
    for pattern in (
        rf"[Aa]ccording to\s+(?:the\s+|an?\s+)?{who}",  # "according to the Statistics Office"
        # "..., provincial spokesman Aldo Brenn said"
        # "..., Head of National Fee Administration Kamal Tavi has announced"
        # "..., Fisheries and Coastal Affairs Minister Lio Brandt has announced"
        rf",\s*(?:[a-z][\w’'\-]*\s+|[A-Z][\w’'\-]*\s+(?:of|and|for)\s+(?:the\s+)?){{0,4}}({_NAME_RUN}){_APPOSITIVE}{_AUX}"
        rf"\s+(?:{verbs})\b",
        rf",\s*(?:the\s+|an?\s+|its\s+|their\s+)?{who}{_APPOSITIVE}{_AUX}\s+(?:{verbs})\b",
        rf",\s*{_NAME_RUN}\s+quoted\s+({_NAME_RUN})",  # "..., Varpress quoted Tova Linn as saying"
        rf",\s*(?:{verbs})\s+(?:the\s+)?{who}",  # "..., said Mira Castell"
        rf"\b({_NAME_RUN})\s+told\b",  # "X told Reuters"
        rf",\s*([Hh]e|[Ss]he|[Tt]hey){_AUX}\s+(?:{verbs})\b",  # "..., he announced."
    ):
        m = re.search(pattern, tail)
        # the attribution nearest the figure: "…, said Joss Amberly, the head of …, Azer Post reported"
        if m and (nearest is None or m.start() < nearest.start()):
            nearest = m
    if nearest is None:
        return None
    name = nearest.group(1)
    if name.lower() in _PRONOUNS:
        return _pronoun_speaker(text, fig_end, name)
    return _tidy(name)


def _reported_before(text: str, start: int, fig_start: int) -> bool:
    verbs = _speech_verb_pattern()
    return bool(
        re.search(rf"\b(?:{verbs}|[Aa]ccording to|Based on)\b|(?:^|,)\s*based on\b", text[start:fig_start])
    )


def where(text: str, sentence: tuple[int, int], fig_start: int) -> tuple[int, int] | None:
    """The place named nearest to the figure in its sentence ("in East Azerbaijan Province")."""
    sentence = (max(sentence[0], fig_start - _REACH), min(sentence[1], fig_start + _REACH))
    best: tuple[int, int] | None = None
    best_distance = 1 << 30
    orgs = org_keys()
    pattern = r"\b(?i:in|across|throughout|inside|at|near|from)\s+(?:the\s+)?((?:[A-Z][\w’'\-]+)(?:\s+(?:of\s+)?[A-Z][\w’'\-]+){0,3})"
    for m in re.finditer(pattern, text[sentence[0] : sentence[1]]):
        name = m.group(1)
        cut = [k for k, w in enumerate(name.split()) if w.lower() in _PLACE_WORDS]
        if cut:
            name = " ".join(name.split()[: cut[0] + 1])
        first = name.split()[0].lower().rstrip(".")
        if first in MONTH_NUMBER or first in _WEEKDAYS or skeleton(name) in orgs or looks_like_org(name):
            continue
        if re.fullmatch(r"\d+", name) or (" " not in name and _DEMONYM.search(name)):
            continue  # "from Iranian ...", "in Turkey's ..." are not places as written
        start = sentence[0] + m.start(1)
        distance = abs(start - fig_start)
        if distance < best_distance:
            best, best_distance = (start, start + len(name)), distance
    return best
