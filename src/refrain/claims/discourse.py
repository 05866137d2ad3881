"""Claimants that the figure's own sentence does not name: the speaker carried over from the
sentences around it.

- an interview's answers ("Q: … A: …", or run-in questions after "the full text of the interview:")
  are the interviewee's: the person the lead says was interviewed or names speaking;
- "X, who argued that …" and "In a statement on Monday, X gave them 120 days": X states the figure;
- "Head of the provincial fisheries department said …. Tomas Ardell said …": the role's holder,
  named speaking at the start of the next sentence, not the department;
- an unattributed quotation right after "…, he noted." is his;
- a lone capitalised word the article only writes as a modifier ("the Hamedan agriculture office")
  is no speaker;
- "As reported, …" goes on with the source named last, and so does a breakdown of the figure
  before ("Of these, …", "Among them, …"); "The report continues that …" is the source of the
  report named before.

Size: about 410 lines, one concern (claimants carried from the sentences around a figure).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache

from refrain.claims.patterns import (
    _ACRONYM,
    _APPOSITIVE,
    _AUX,
    _IN_SENTENCE,
    _NAME_RUN,
    _PRONOUNS,
    _ROLES,
    _body_phrase,
    _role_words,
    _speech_verb_pattern,
)
from refrain.claims.persons import _clean_name, _fullest, _last_speaker_before, _pronoun_speaker, _tidy
from refrain.entities.kinds import speaker_kind
from refrain.entities.names import looks_like_org
from refrain.text import lexicon as lexicon_set

_SPEECH_EVENTS = lexicon_set("en", "claimant_speech_events")
# an interview's turn markers, at a line's start or after a sentence's end: "Q: …", "A: …", and
# "Q. …", "A. …" before a capital (an interview needs both kinds, so "A. Vos said" alone is none)
_TURN = re.compile(
    r"(?:^|(?<=[.?!”\"’):]\s)|(?<=\n))[^\S\n]*([QA])(?:\s?:(?:\s|(?=[A-Z“\"]))|\.\s+(?=[A-Z“\"]))",
    re.MULTILINE,
)


@lru_cache(maxsize=16)
def _interview(text: str) -> tuple[list[int], list[str], str | None]:
    """The article's question and answer turns (where each starts, "Q" or "A", in order) and the
    interviewee: the person last named speaking before the first turn. No turns unless the article
    has both a question and an answer."""
    starts: list[int] = []
    kinds: list[str] = []
    for m in _TURN.finditer(text):
        starts.append(m.start(1))
        kinds.append(m.group(1))
    if "Q" not in kinds or "A" not in kinds:
        starts, kinds = _unmarked_turns(text)
    if "Q" not in kinds or "A" not in kinds:
        return [], [], None
    person = _interviewee(text, starts[0])
    if person is None:
        return [], [], None
    return starts, kinds, _fullest(text, starts[0], person)


# the line that opens an interview's text: "Here is the full text of the interview:", "The following
# are excerpts of the conversation:"
_TRANSCRIPT = re.compile(
    r"(?i:(?:text|transcript|excerpts?)\s+of\s+(?:the|this|our)\s+(?:interview|conversation|exchange))"
    r"(?:\s+with\s+[^:.\n]{1,80})?\s*:"
)
_QUESTION = re.compile(r"[^.?!\n]*\?[”\"’]?(?=\s|$)")


def _unmarked_turns(text: str) -> tuple[list[int], list[str]]:
    """The turns of an interview whose questions carry no "Q:" (a run-in question, numbered or
    not, "3. What do you believe …?"): after the line that opens its text, each sentence ending
    in a question mark is a question and what follows it up to the next one an answer."""
    opening = _TRANSCRIPT.search(text)
    if opening is None:
        return [], []
    starts: list[int] = []
    kinds: list[str] = []
    pos = opening.end()
    for q in _QUESTION.finditer(text, pos):
        start = q.start() + len(q.group()) - len(q.group().lstrip())
        if not kinds or kinds[-1] != "Q":
            starts.append(start)
            kinds.append("Q")
        starts.append(q.end())
        kinds.append("A")
    return starts, kinds


def _person(name: str | None) -> str | None:
    return name if name and speaker_kind(name) == "person" and not looks_like_org(name) else None


def _interviewee(text: str, first_turn: int) -> str | None:
    """Who answers: the person the line before the first turn names ("the text of the interview
    with X:"), else the one the introduction says was interviewed ("reached out to X"), else the
    person last named speaking before it (not a name inside a body's: "the Department of State
    says", "a scholar at Harvard adds"), else the person the article opens with and names most often ("Dr
    Ibrahim Vos was born in …; Vos …")."""
    lead = text[:first_turn]
    named = re.search(rf"\binterview\s+with\s+(?!the\b)({_NAME_RUN}):?\s*$", lead[-200:])
    if named and _person(_clean_name(named.group(1))):
        return _clean_name(named.group(1))
    asked = _asked_person(lead)
    if asked:
        return asked
    # "In what follows, Dara Venn has answered a few of our questions": the one answering
    for m in reversed(list(_ANSWERED.finditer(lead))):
        if _person(_clean_name(m.group(1))):
            return _clean_name(m.group(1))
    pos = first_turn
    for _ in range(3):  # "… of the Department of State said": the speaker named before that
        speaker = _last_speaker_before(text, pos, person=True, any_name=False)
        if speaker is None:
            break
        # "Senior fellow of Oslo Institute for Peace Studies says", "Scholar at Harvard adds"
        inside = rf"\b(?:of|at|for|in)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){{0,3}}{re.escape(speaker)}\b"
        after_of = next(reversed(list(re.finditer(inside, lead[:pos]))), None)
        if _person(speaker) and not after_of:
            return speaker
        pos = after_of.start() if after_of else lead.rfind(speaker, 0, pos)
        if pos < 0:
            break
    return _most_named(lead)


_ANSWERED = re.compile(
    rf"({_NAME_RUN})\s+(?:has\s+|had\s+|have\s+)?(?:answered|responded\s+to|replied\s+to)\s+[^.?!]{{0,80}}?\bquestions\b"
)


def _asked_person(lead: str) -> str | None:
    """The person an introduction says the outlet interviewed ("reached out to Jared Vos, a
    professor …", "an interview was done with Lumen-based researcher Lena Holm"): the first full
    name (two words or more) of a person in that clause, not one inside a body's name ("professor
    of Lumen University of the Sacred Heart, Dr. Ilse Brook": Ilse Brook)."""
    trigger = (
        r"\b(?:[Ii]nterview(?:ed)?\s+(?:was\s+(?:done|conducted)\s+)?with|interviewed|reached\s+out\s+to"
        r"|spoke\s+(?:to|with)|talked\s+(?:to|with))\s+(?!the\b)"
    )
    for m in re.finditer(trigger, lead):
        # the clause, a period after a title or an initial not ending it ("Dr. Ilse Brook")
        clause = re.match(
            r"(?:[^.;:!?]|(?<=\bDr)\.|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bProf)\.|(?<=\b[A-Z])\.){0,160}",
            lead[m.end() :],
        ).group()
        for run in re.finditer(rf"{_NAME_RUN}(?:\s+[A-Z]\.?\s+{_NAME_RUN})?", clause):  # "Jared A Ball"
            if re.search(r"\bof\s+(?:the\s+)?$", clause[: run.start()]):
                continue
            name = _person(_clean_name(run.group()))
            if name and " " in name:
                return name
    return None


def _most_named(lead: str) -> str | None:
    """The person a biography-style introduction opens with (in its first 100 characters), when
    it names them at least three times and no other person it opens with as often."""
    counts: dict[str, int] = {}
    full: dict[str, str] = {}
    for m in re.finditer(_NAME_RUN, lead):
        name = _person(_clean_name(m.group()))
        if name:
            surname = name.split()[-1]
            counts[surname] = counts.get(surname, 0) + 1
            if " " in name and surname not in full and m.start() < 100:
                full[surname] = name
    best = max(counts.values(), default=0)
    top = [s for s in full if counts[s] == best]  # the opening person, named as often as any other
    return full[top[0]] if best >= 3 and len(top) == 1 else None


def answer_speaker(text: str, pos: int) -> str | None:
    """The interviewee, when ``pos`` is inside an answer of a question-and-answer interview."""
    starts, kinds, person = _interview(text)
    k = bisect_right(starts, pos) - 1
    if k < 0 or kinds[k] != "A":
        return None
    return person


def relative_speaker(text: str, start: int, fig_start: int) -> str | None:
    """ "… sided with Finance Chief Pavel Ohr, who argued that the city should spend 40 million":
    the person the relative clause's speech verb belongs to."""
    if text.find("who", start, fig_start) < 0:
        return None
    verbs = _speech_verb_pattern()
    m = re.search(
        rf"({_NAME_RUN}){_ACRONYM},\s+who{_AUX}\s+(?:{verbs})\b"
        rf"(?:{_IN_SENTENCE}{{0,60}}?\bthat\b{_IN_SENTENCE}{{0,200}}|{_IN_SENTENCE}{{0,150}})$",
        text[start:fig_start],
    )
    if m is None:
        return None
    name = _clean_name(m.group(1))
    if not name or speaker_kind(name) != "person" or looks_like_org(name):
        return None
    return name


@cache
def _speech_event_words() -> str:
    return "|".join(sorted((re.escape(w) for w in _SPEECH_EVENTS), key=len, reverse=True))


def event_subject(text: str, start: int, fig_start: int) -> str | None:
    """ "In a statement on March 3, Harbour Minister Lena Korsgaard gave the firms 90 days": what
    the sentence's subject does in a statement, speech or interview, it states."""
    events = _speech_event_words()
    m = re.match(
        rf"\s*(?:[A-Z]\w+,\s+)?[Ii]n\s+(?:an?|his|her|their|its|the)\s+(?:[\w’'\-]+\s+){{0,3}}?"
        rf"(?i:{events})\b[^,.;“”\"]{{0,150}},\s+(?:the\s+)?(?:[A-Z]\.(?:[A-Z]\.)+\s+)?"
        rf"({_NAME_RUN}|{_body_phrase()}|[Hh]e|[Ss]he)"
        rf"{_APPOSITIVE}{_AUX}\s+[a-z]+(?:{_IN_SENTENCE})*$",
        text[start:fig_start],
    )
    if m is None:
        return None
    name = m.group(1)
    if name.lower() in _PRONOUNS:
        return _pronoun_speaker(text, start, name)
    return _tidy(name)


def role_holder(text: str, start: int, end: int, fig_start: int, name: str | None) -> str | None:
    """The person named speaking at the start of the next sentence, when the figure's sentence gives
    its speaker by role only: "Head of Varnia province Fisheries Department said … 12 percent ….
    Tomas Ardell said …" (``name`` is the department), "A senior cleric representing the province
    has confirmed that two … . Ayatollah Rasul Mehr noted …" (a role phrase opens the sentence)."""
    verbs = _speech_verb_pattern()
    m = re.match(rf"\s*({_NAME_RUN}){_AUX}\s+(?:{verbs})\b", text[end : end + 300])
    if m is None:
        return None
    person = _clean_name(m.group(1))
    if not person or len(person.split()) < 2 or speaker_kind(person) != "person" or looks_like_org(person):
        return None
    roles = _role_words()
    head = text[start:fig_start]
    if name is not None and re.search(
        rf"(?:^|[,;:–—]\s*|\b(?:[Tt]he)\s+)\s*(?i:{roles})\s+of\s+(?:the\s+)?(?:[\w’'\-]+\s+){{0,5}}?"
        rf"{re.escape(name)}\b",
        head,
    ):
        return person
    # the sentence (after a dateline) opens with "A/The <up to 3 words> <role>" and its speech verb
    if re.match(
        rf"\s*(?:[A-Z]{{2,}}\s*[–—-]+\s*)?(?:An?|The)\s+(?:[\w’'\-]+\s+){{0,3}}?(?i:{roles})\b"
        rf"[^.;“”\"]{{0,150}}?\s(?:{verbs})\b",
        head,
    ):
        return person
    return None


def previous_sentence_speaker(text: str, para_start: int, quote_start: int) -> str | None:
    """An unattributed quotation right after "…, he noted." or "…, Odell said." in its paragraph."""
    verbs = _speech_verb_pattern()
    m = re.search(
        rf"(?:,|^)\s*({_NAME_RUN}|[Hh]e|[Ss]he){_AUX}\s+(?:{verbs})\.[”\"’]?\s*$",
        text[max(para_start, quote_start - 200) : quote_start],
    )
    if m is None:
        return None
    name = m.group(1)
    if name.lower() in _PRONOUNS:
        return _pronoun_speaker(text, quote_start, name)
    name = _clean_name(name)
    return name if name and speaker_kind(name) == "person" else None


def modifier_only(text: str, pos: int, name: str) -> bool:
    """Whether a one-word speaker is written before ``pos`` only as a modifier after "the" ("the
    Hamedan agriculture office"): a place or a body's name, not a person who speaks."""
    if " " in name or not name[:1].isupper():
        return False
    seen = False
    for m in re.finditer(rf"(?<![\w’'\-]){re.escape(name)}(?![\w’'\-])", text[:pos]):
        seen = True
        if not re.search(r"\b[Tt]he\s+$", text[max(0, m.start() - 5) : m.start()]):
            return False
        if not re.match(r"\s+[a-z]", text[m.end() : m.end() + 3]):
            return False
    return seen


# "As reported, …", "As was announced, …": the sentence goes on with what a source named before said
_AS_REPORTED = re.compile(
    r"\s*(?:[A-Z]{2,}\s*[-–—]+\s*)?As\s+(?:(?:was|it\s+was|previously|earlier|already)\s+)?"
    r"(?:reported|announced|mentioned|stated|noted)\s*,"
)
# a breakdown of the figure before: "Of these, 0.6 percent …", "Among them, …"
_PARTITIVE = re.compile(r"\s*(?:Of|Among)\s+(?:these|them|those|this|which|the\s+total|the\s+rest)\s*,")
# a source named only by its kind, anaphoric after "the": "The report continues that …", "The
# state-run body also put …" (a body: the source named last)
_DOCUMENT = re.compile(
    r"(?i:the\s+)?(?:[\w’'-]+\s+)?(report|study|survey|data|statement|findings|document|research|body)"
)


def carried_source(
    text: str, start: int, name: str | None, outlet: str | None, sources: list[tuple[int, int, str]]
) -> str | None:
    """The claimant of a figure in the sentence at ``start`` whose source an earlier sentence
    names: "As reported, 400 tractors were sold" goes on with the last source named (``sources``:
    earlier sentences' spans and the claimants read in them, in order); "The report continues
    that 7 percent …" is the source of the last sentence that spoke of a report. Else ``name``."""
    earlier = len(sources) - 1 if sources and sources[-1][0] >= start else len(sources)
    if earlier == 0:
        return name
    if (name is None or name == outlet) and _AS_REPORTED.match(text, start):
        return sources[earlier - 1][2]
    if (name is None or name == outlet) and _PARTITIVE.match(text, start):
        # only right after the sentence the figure broken down stands in
        return sources[earlier - 1][2] if not text[sources[earlier - 1][1] : start].strip() else name
    kind = _DOCUMENT.fullmatch(name or "")
    if kind is None or not re.match(
        rf"\s*[Tt]he\s+(?:[\w’'-]+\s+)?{kind.group(1)}\b", text[start : start + 40]
    ):
        return name
    if kind.group(1) == "body":
        return sources[earlier - 1][2]
    for s_start, s_end, source in reversed(sources[:earlier]):
        if re.search(rf"\b{kind.group(1)}\b", text[s_start:s_end], re.IGNORECASE):
            return source
    return name


@cache
def _it_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    verbs = _speech_verb_pattern()
    opens = re.compile(rf"\s*(?:[A-Z]{{2,}}\s*[-–—]+\s*)?It\s+(?:also\s+)?(?:{verbs})\b")
    closes = re.compile(rf",\s*it\s+(?:also\s+)?(?:{verbs})(?:\s+[\w’'\-]+){{0,4}}\s*[.”\"’]*\s*$")
    # "the pan-Arab Al-Hayat": a name after "the" and a modifier or two
    source = rf"(?:(?:[Tt]he|[Aa]n?)\s+(?:[\w’'\-]+\s+){{0,3}}?)?(?:{_body_phrase()}|{_NAME_RUN})"
    named = re.compile(
        rf"(?<![\w’'\-])({source})(?:\s+\w+ly)?\s+(?:also\s+)?(?:{verbs}|(?:has\s+|had\s+)?(?:issued|released|"
        rf"published)\s+(?:a|an|its)\s+(?:[\w\-]+\s+)?(?:statement|report|communiqu[eé]|declaration))\b"
        # "…, said the report" (not "…, told the Post": the hearer)
        rf"|,\s*(?!told\b|tells\b)(?:{verbs})\s+({source})|\b[Aa]ccording\s+to\s+({source})"
    )
    return opens, closes, named, re.compile(source)


def it_source(text: str, sentence: tuple[int, int]) -> str | None:
    """The source of a sentence attributed to "it" ("…, it added." or "It said …"): the body or
    document named speaking last within the sentences before ("the statement said", "according to
    the Corvia daily"). A person cannot be "it": a source read as a name counts only when written
    with "the" ("the pan-Arab Al-Hayat said"). A bare "the report" is the report named fuller
    before ("the Corvia Bank's report"). None when the sentence is not attributed so or no source
    fits."""
    opens, closes, named, source = _it_patterns()
    body = text[sentence[0] : sentence[1]]
    if not (opens.match(body) or closes.search(body)):
        return None
    found: list[str] = []
    for m in named.finditer(text, max(0, sentence[0] - 700), sentence[0]):
        at = m.start(1) if m.group(1) is not None else m.start()
        phrase = next(g for g in m.groups() if g is not None)
        if m.group(1) is not None and re.search(
            r"\b(?:by|of|for|at|in|from|with)\s+$", text[max(0, at - 6) : at]
        ):
            # "The Harbour Board run by the Varnian port agency said": the board
            stop = text.rfind(". ", 0, at)
            begins = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1, sentence[0] - 700)
            subject = source.match(text, begins)
            if subject is None:
                continue
            phrase = subject.group()
        name = _it_name(phrase)
        if name is not None:
            found.append(name)
    if not found:
        return None
    last = found[-1]
    if " " not in last and last.islower():
        fuller = [n for n in found if n.split()[-1].lower() == last and n != last]
        return fuller[-1] if fuller else last
    return last


def _it_name(phrase: str) -> str | None:
    """The source a phrase before a speech verb names, if "it" can point to it (not a person)."""
    determiner = re.match(r"(?:[Tt]he|[Aa]n?)\s+", phrase)
    name = phrase[determiner.end() :] if determiner else phrase
    if determiner and not name[:1].isupper():
        # "the pan-Arab Al-Hayat": the name; "the state statistics office": the whole phrase
        capital = re.search(r"(?<![\w’'\-])[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*$", name)
        name = capital.group() if capital else name
    head = name.split()[-1].lower()
    if head in _role_heads() or name.lower() in _PRONOUNS:
        return None
    kind = speaker_kind(name)
    return name if kind in ("organisation", "document") or (determiner and kind != "unnamed") else None


@cache
def _role_heads() -> frozenset[str]:
    return frozenset(r for r in _ROLES if r.isalpha()) | frozenset(r + "s" for r in _ROLES if r.isalpha())
