"""Who the people of a Persian article are, read across its paragraphs: the person a paragraph of
indirect speech introduces for a later "وی", whether a speaker is a person's name, and each speaker
by the fullest name the article gives."""

from __future__ import annotations

from dataclasses import replace

from ..model import Quote
from .phrase import name_at_start, surname_like
from .resolve import Resolver
from .speaker import read_subject
from .speech import paragraphs
from .words import Tokens, Word, anaphors, given_names, key, match_cue, organisations, roles, words


def indirect_speakers(text: str, tokens: Tokens, resolver: Resolver) -> list[tuple[int, str]]:
    """(offset of its cue, name) of each paragraph that opens with a named person's indirect speech, a cue
    verb then "که", a comma or the sentence's end and no colon ("رضا کریمی، مدیر …، یادآور شد که
    …", "مریم امینی … سخنانی بیان کرد."; "وی می‌گوید، …" is no name): who a later "وی" means."""
    out = []
    for ps, pe in paragraphs(text):
        ws = tokens.between(ps, pe)
        for k in range(1, min(len(ws), _INDIRECT_WORDS)):
            if ws[k].text in _STOPS:
                if ws[k].text != ":" and (name := _narrative_subject(text, ws, k, tokens, resolver)):
                    out.append((ws[k].start, name))
                break
            direct = k + 1 < len(ws) and ws[k + 1].is_word and ws[k + 1].key != _THAT
            if (
                k + 1 == len(ws)
                or ws[k + 1].key != _THAT
                and ws[k + 1].text not in ("،", ",", ".")
                and not direct
            ):
                continue
            n = match_cue(ws[: k + 1])
            if not n or (direct and n < 2):
                continue  # a clause right after the verb: only a cue of two words ("اعلام کرد مسکو …")
            subject = read_subject(text, (ws[0].start, ws[k + 1 - n].start), resolver.known, tokens)
            if subject.kind == "name" and subject.name is not None and not subject.relative:
                if not direct or (_full_name(text, subject.name_words) and named_person(subject.name)):
                    # at the cue: a name in marks before it («ایگور سمیونوف») is no speech before it
                    out.append((ws[k].start, resolver.fullest(subject.name_words, subject.name)))
            break
    return out


def _full_name(text: str, name_ws: list[Word]) -> bool:
    """Whether a name is written in full: two words or more, opening with a given name or in
    marks («کنستانتین کوساچف»)."""
    return len(name_ws) >= 2 and (
        name_ws[0].key in given_names() or text[name_ws[0].start - 1 : name_ws[0].start] in '«"'
    )


def _narrative_subject(
    text: str, ws: list[Word], stop: int, tokens: Tokens, resolver: Resolver
) -> str | None:
    """The person a paragraph's first sentence (``ws[:stop]``, no speech) is about when it opens
    with their full name as its subject ("رضا کریمی، نماینده … نیز امروز از … بازدید کرد."):
    who a later "وی افزود" means. A given name first, one person (not "X و Y", not "X را …")."""
    subject = read_subject(text, (ws[0].start, ws[stop].start), resolver.known, tokens)
    if subject.kind != "name" or subject.name is None or subject.relative or subject.fronted:
        return None
    # given names and one surname word, not the verb ("رضا کلمن دوست دارد با …")
    name_ws = name_at_start(subject.name_words)
    name_ws = next((name_ws[: n + 1] for n, w in enumerate(name_ws) if w.key not in given_names()), name_ws)
    if len(name_ws) < 2 or name_ws[0].key not in given_names():
        return None
    after = ws.index(subject.name_words[-1]) + 1 if subject.name_words[-1] in ws else stop
    if any(w.key in _NOT_ALONE for w in ws[after : min(after + 2, stop)]):
        return None
    return text[name_ws[0].start : name_ws[-1].end]


_NOT_ALONE = frozenset(key(w) for w in ("و", "را", "یا"))


_INDIRECT_WORDS = 40  # words of a paragraph's first clause read for an indirect cue
_STOPS = {":", ".", "؟", "?", "!"}
_THAT = key("که")


def named_person(name: str) -> bool:
    """Whether a speaker "وی" was read as is a person's name: two words or more, a given name
    first or no word of a post, a body or an unnamed source ("ژان کولبر", not "یک منبع آگاه")."""
    ws = [w for w in words(name) if w.is_word]
    if len(ws) < 2:
        return False
    return ws[0].key in given_names() or not any(
        w.key in roles() or w.key in organisations() or w.key in anaphors() for w in ws
    )


def fullest_names(quotes: list[Quote]) -> list[Quote]:
    """Each speaker by the fullest name the article gives it: a name whose words open a longer
    speaker name of the same article ("رضا کیانی" and "رضا کیانی مقدم") is that longer name."""
    names = {q.speaker for q in quotes if q.speaker}
    split = {n: n.split() for n in names}
    longer: dict[str, str] = {}
    for n, ws in split.items():
        if len(ws) < 2 or key(ws[0]) not in given_names():
            continue
        ups = [
            m
            for m, vs in split.items()
            if len(vs) > len(ws)
            and vs[: len(ws)] == ws
            and all(map(surname_like, words(" ".join(vs[len(ws) :]))))
        ]  # the words added can be a surname's: no post, stop or verb ("رضا کیانی مدیر" is no name)
        if len(ups) == 1:  # one longer form only: two would be two people
            longer[n] = ups[0]
    return [replace(q, speaker=longer[q.speaker]) if q.speaker in longer else q for q in quotes]


def described_after(resolver: Resolver, at: int, post: tuple[str, ...], within: int = 800) -> str | None:
    """The name in marks written right before the head word of ``post`` (its word keys) after
    offset ``at``: the lead's "یک افسر سابق اطلاعاتی گفت: …" named next as "«جان کیریاکو» افسر
    سابق …"."""
    for start, end, name in resolver.marked_spans:
        if start <= at or not post:
            continue
        if start > at + within:
            break
        after = words(resolver.text[end : end + 40])
        if after and after[0].key == post[0]:
            return name
    return None
