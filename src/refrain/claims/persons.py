"""People behind a claimant phrase: a name cleaned of what is glued before it, the person a
pronoun or a role phrase ("the envoy") points to, the fullest form of a name the article writes."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from typing import Any

from refrain.claims.keys import singular
from refrain.claims.lexicon import lexicon
from refrain.claims.patterns import (
    _APPOSITIVE,
    _AUX,
    _NAME,
    _NAME_CUT,
    _NAME_RUN,
    _NOT_NAMES,
    _PLACE_WORDS,
    _PRONOUNS,
    _ROLES,
    _after_preposition,
    _role_words,
    _speech_verb_pattern,
)
from refrain.entities.kinds import speaker_kind
from refrain.entities.names import looks_like_org, org_words, split_title


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


# "Kamal Tavi made the remarks at …": the sentence after a lead that gave his words without his name
_MADE_REMARKS = r"made\s+the\s+remarks?"


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
    # "Joss Amberly said" (or "made the remarks", after a lead giving the words), and the inverted
    # "…, said Joss Amberly, the head of …" or "according to Joss Amberly"
    pattern = (
        rf"({_NAME_RUN}){_APPOSITIVE}{_AUX}\s+(?:{verbs}|{_MADE_REMARKS})\b|,\s*(?:{verbs})\s+({_NAME_RUN})"
        rf"|\b[Aa]ccording\s+to\s+({_NAME_RUN})"
        # "Varpress quoted Deputy Fisheries, Ports and Shipping Minister Tova Linn as saying"
        rf"|\bquoted\s+[^.;“”\"]{{0,120}}?\b({_NAME_RUN})\s+as\s+saying"
    )
    for m in re.finditer(pattern, text[window_start:pos]):
        if m.group(1) is None:
            name = _clean_name(m.group(2) or m.group(3) or m.group(4))
            if (
                name
                and len(name.split()) >= 2
                and not looks_like_org(name)
                and speaker_kind(name) == "person"
            ):
                found, found_at = name, window_start + m.start()
            continue
        name = _clean_name(m.group(1))
        if name and person and _inside_body_name(text, window_start + m.start(1)):
            # "Piet Vos, vice chancellor of Lumen University of Dental Sciences has stated": the
            # person the role follows, not the end of the university's name
            holder = re.search(
                rf"({_NAME_RUN}),\s+[^,.;“”\"]{{1,120}}$", text[window_start : window_start + m.start(1)]
            )
            name = _clean_name(holder.group(1)) if holder else None
            if not name or speaker_kind(name) != "person":
                continue
        if name and name.lower() not in _PRONOUNS and not looks_like_org(name):
            if not (person and speaker_kind(name) == "organisation"):
                found, found_at = name, window_start + m.start()
    if person:
        role = _last_role_speaker(text, max(found_at, window_start), pos)
        if role is not None:
            return role
        subject = _subject_after(text, found_at + 1, pos) if found is not None else None
        if subject is not None:
            return subject
    return found or (_last_person_before(text, pos, person=person) if any_name else None)


def _inside_body_name(text: str, start: int) -> bool:
    """Whether the name at ``start`` ends a longer name after "of", "at" or "for" ("University of
    Medical Sciences", "Centre for Security Policy")."""
    return bool(re.search(r"\b(?:of|at|for)\s+(?:the\s+)?$", text[max(0, start - 12) : start]))


def _subject_after(text: str, start: int, pos: int) -> str | None:
    """The last person named as a sentence's subject in ``text[start:pos]`` ("Harbour chief Kerim
    Odell met the press. He added …"): nearer to a "he" than a speaker named before."""
    found = None
    pattern = (
        rf"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?:[\w’'\-]+\s+){{0,4}}?({_NAME_RUN}){_APPOSITIVE}{_AUX}\s+[a-z]+ed\b"
    )
    for m in re.finditer(pattern, text[start:pos], re.MULTILINE):
        name = _clean_name(m.group(1))
        if name and len(name.split()) >= 2 and speaker_kind(name) == "person" and not looks_like_org(name):
            found = name
    return found


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


def _last_person_before(text: str, pos: int, *, person: bool = False) -> str | None:
    """The last multi-word capitalised name before ``pos`` that is not an organisation; with
    ``person`` (a "he" or "she"), one that names a person ("the Karun River" is not "he")."""
    window_start = max(0, pos - 800)
    found = None
    for m in re.finditer(rf"(?<![\w.])({_NAME}(?:\s+{_NAME}){{1,6}})", text[window_start:pos]):
        name = _clean_name(m.group(1))
        if name and len(name.split()) >= 2 and not looks_like_org(name):
            if not person or speaker_kind(name) == "person":
                found = name
    return found


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
    if not fallback or head not in _ROLES:
        return None  # "the foreign ministers" (a plural) are not the one person last named speaking
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
    ("Varpress quoted Ilka Morrow as saying", "Morrow said", "said Morrow", "Morrow made the
    remarks")."""
    verbs = _speech_verb_pattern()
    # from the end of the sentence the role speaks in: its own verb ("the secretary of the Varnian
    # Congress on Port Safety has said") follows the body's name, which is no speaker
    end = re.search(r"[.!?][”\"’]?(?:\s|$)", text[pos : pos + 400])
    window = text[pos + end.end() if end else pos : pos + 400]
    pattern = (
        rf"\bquoted\s+({_NAME_RUN})\s+as\s+saying|({_NAME_RUN}){_APPOSITIVE}{_AUX}\s+(?:{verbs}|{_MADE_REMARKS})\b"
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
    return _fullest_of(name, _names_before(text, pos, surname, name if " " not in name else None))


def _fullest_of(name: str, candidates: list[str]) -> str:
    """The fullest form of ``name`` among the names written before it, in order: the first of the
    longest ending with its surname, else the one full name starting with a lone family name."""
    surname = name.split()[-1]
    best = name
    family_first: set[str] = set()
    for candidate in candidates:
        words = candidate.split()
        if words[-1] == surname and len(words) > len(best.split()):
            best = candidate
        elif " " not in name and len(words) >= 2 and words[0] == name:
            family_first.add(candidate)
    if best == name and len(family_first) == 1 and speaker_kind(next(iter(family_first))) == "person":
        return next(iter(family_first))
    return best


def _names_before(text: str, pos: int, surname: str, first: str | None) -> list[str]:
    """The names written before ``pos`` (in order) that end with ``surname`` or start with ``first``:
    the runs of the whole text that end by ``pos``, read once a text (asking once a figure was
    quadratic in a long article of figures), and the run ``pos`` cuts, read as cut there."""
    runs = _name_runs(text)
    done = bisect_right(runs.ends, pos)
    whole_before = runs.starts[done] if done < len(runs.starts) else len(text) + 1
    indexed = [runs.by_last.get(surname, [])] + ([runs.by_first.get(first, [])] if first is not None else [])
    found = [(start, c) for named in indexed for start, c in named if start < whole_before]
    if whole_before < pos:  # a run cut by pos
        for m in _name_run_pattern().finditer(text, whole_before, pos):
            candidate = _candidate(text, m)
            if candidate is not None:
                found.append((m.start(), candidate))
    return [c for _, c in sorted(set(found))]


class _NameRuns:
    """Every run of capitalised words in a text, with the name each gives, indexed by last and
    first word."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.by_last: dict[str, list[tuple[int, str]]] = {}
        self.by_first: dict[str, list[tuple[int, str]]] = {}
        for m in _name_run_pattern().finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
            candidate = _candidate(text, m)
            if candidate is None:
                continue
            words = candidate.split()
            self.by_last.setdefault(words[-1], []).append((m.start(), candidate))
            if len(words) >= 2:
                self.by_first.setdefault(words[0], []).append((m.start(), candidate))


@lru_cache(maxsize=4)
def _name_runs(text: str) -> _NameRuns:
    return _NameRuns(text)


@cache
def _name_run_pattern() -> re.Pattern[str]:
    return re.compile(rf"({_NAME_RUN})")


def _candidate(text: str, m: re.Match[str]) -> str | None:
    """The person's name a run of capitalised words gives, or None (an organisation, too long)."""
    run = m.group(1)
    if _after_preposition(text, m.start()) and " " in run:
        run = run.split(" ", 1)[1]  # "Envoy to Tarsk Pavel Ohr": the place before the name
    candidate = _clean_name(run)
    if not candidate or len(candidate.split()) > 4 or looks_like_org(candidate):
        return None
    return candidate


@cache
def _body_nouns() -> str:
    """The claimant body nouns that may stand before a name ("network Al Sahel", "agency Varpress")."""
    return "|".join(sorted((re.escape(b) for b in lexicon().bodies), key=len, reverse=True))


@cache
def _body_noun_at_end() -> re.Pattern[str]:
    """A body noun then spaces up to the end (of the text before a name: compiled once, where a
    pattern holding the name was compiled per name, and evicted the others from re's cache)."""
    return re.compile(rf"\b(?:{_body_nouns()})\s+$")


def _post_or_holder(name: str) -> str:
    """A post with its body ("secretary of the Asian Conference on Clinical Pharmacy"), or the
    person named after the body ("CEO of the Varnel free zone Piet Vos", "Director of Trade
    Organization of Varnia Piet Vos"): a run of names after a preposition is the body's own end,
    unless a place or body word glued before the person is cut from it."""
    named = re.search(rf"(\S+)\s+({_NAME_RUN})$", name)
    if named:
        person = _clean_name(named.group(2))
        glued = named.group(1).lower() not in {"of", "on", "for", "and", "at", "in", "the"}
        if person and (glued or person != named.group(2)) and len(person.split()) >= 2:
            if speaker_kind(person) == "person":
                return person
    return name


def _tidy(name: str) -> str | None:
    """A claimant phrase without its leading article; a person's name without titles glued before it."""
    name = re.sub(r"^[A-Z]{2,}(?:\s+[A-Z]{2,})*\s*[-–—]+\s*", "", name.strip())  # "TEHRAN - "
    name = re.sub(r"^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+", "", name)
    if not name:
        return None
    words = name.split()
    if len(words) > 2 and words[0].lower() in _ROLES and words[1] in ("of", "for", "at"):
        return _post_or_holder(name)
    named = re.search(rf"\s({_NAME_RUN})$", name)
    if named and name[0].islower() and speaker_kind(named.group(1)) == "person":
        return _clean_name(named.group(1))  # "the contest's secretary Lina Morrow": the name
    if named and _body_noun_at_end().search(name, 0, named.start(1)):
        return named.group(1)  # "Varnia's Arabic-language television network Al Sahel": the name
    last = name.split()[-1].lower()
    if looks_like_org(name) or last in lexicon().bodies or last in _ROLES or singular(last) in _ROLES:
        return name
    return _clean_name(name)
