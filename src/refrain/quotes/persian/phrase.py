"""The words of a Persian speaker phrase: the small word classes a clause is cut by (commas,
prepositions, speech nouns, clause verbs), the phrase itself from a word to its first stop, and the
readers of its parts (a name from its given names to its surname, a name or a body in marks).
Shared by :mod:`.speaker`, :mod:`.credit` and :mod:`.resolve`."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..model import Mention
from .words import (
    Word,
    anaphors,
    anonymous,
    complements,
    cues,
    given_names,
    key,
    kinship,
    not_speakers,
    organisations,
    pronouns,
    role_compounds,
    roles,
    starts_with,
    subject_stops,
    titles,
    word_keys,
)

MAX_NAME_WORDS = 4
COMMAS = {"،", ",", "؛", ";"}
_SKIP = {"«", "»", '"', "“", "”", "(", ")"}
_LIGHT_VERBS = word_keys("quote_light_verbs")
SURNAME_TAILS = word_keys("quote_surname_tails")
PREPOSITIONS = word_keys("quote_prepositions")
SPEECH_NOUNS = word_keys("quote_speech_nouns")
_CLAUSE_VERBS = word_keys("quote_clause_verbs")
# a name in marks and the word after it, a comma between allowed ("«…»، استاد …")
QUOTED_NAME = re.compile(r'[«"“]([^«»"“”\n]{3,40})[»"”]\s*(?P<comma>[،,]\s*)?(?P<post>[^\s«»"،,]+)')
_ALLAH = (key("الله"), key("اله"))
ONE = key("یک")  # "علی کریمی یک مقام پلیس": the indefinite opening a post, never a name's word


def drop_one(ws: list[Word], *, end: bool) -> list[Word]:
    """``ws`` without :data:`ONE` at its end (a name before "یک مقام …") or its start (the post)."""
    if ws and (ws[-1] if end else ws[0]).key == ONE:
        return ws[:-1] if end else ws[1:]
    return ws


FROM_WORD = key("از")
OBJECT_MARK = key("را")
_PARTITIVES = word_keys("quote_partitives")
HONORIFIC_SIGNS = word_keys("quote_honorific_signs")


def mention_of(text: str, ws: list[Word]) -> Mention:
    s, e = ws[0].start, ws[-1].end
    if e < len(text) and text[e] == "»" and text.count("«", s, e) > text.count("»", s, e):
        e += 1  # "رئیس کمیته «امداد»": the closing mark of a name inside the phrase
    return Mention(text[s:e], s, e)


def name_starts(ws: list[Word], i: int) -> bool:
    return i < len(ws) and (ws[i].key in given_names() or starts_with(ws, i, titles()) > 0)


def speaker_phrase(ws: list[Word], i: int) -> list[Word]:
    """The speaker phrase from ``i``: up to the first stop word or comma, or the noun that opens
    the verb's complement (:func:`_opens_complement`); words in parentheses (an acronym) left out."""
    out: list[Word] = []
    stops = subject_stops()
    while i < len(ws) and not ws[i].is_word:  # "- معاون وزیر …" in a list of items
        i += 1
    depth = 0
    for k in range(i, len(ws)):
        w = ws[k]
        if w.text == "(":
            depth += 1
            continue
        if w.text == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        partitive = (
            len(out) == 1 and out[0].key in _PARTITIVES and w.key == FROM_WORD
        )  # "برخی از اصحاب رسانه"
        post = bool(out) and (out[0].key in roles() or out[0].key in organisations())
        # "ستاد مبارزه با مواد مخدر": inside a post, the preposition belongs to the body's name
        compound = post and k > i and w.key in PREPOSITIONS and starts_with(ws, k - 1, role_compounds()) == 2
        # "نماینده ولی فقیه": a stop word opening a listed compound is part of the post
        compound = compound or (post and k > i and starts_with(ws, k, role_compounds()) >= 2)
        if w.text in COMMAS or (w.is_word and w.key in stops and not partitive and not compound):
            break
        if w.is_word and out and _opens_complement(ws, k, post):
            break
        if w.key == OBJECT_MARK:  # "… نقش دولت را برشمرد": the word before "را" is the object
            out = out[:-1]
            break
        if w.text in _SKIP or w.key in HONORIFIC_SIGNS:
            continue
        out.append(w)
    while out and (not out[-1].is_word or (len(out) > 1 and out[-1].key in anaphors())):
        out.pop()  # "رئیس جمهور این حضور را …": a determiner ends no speaker phrase
    if out and out[-1].key == "و":  # "… خبر داد و گفت": the phrase ran into a verb
        out.pop()
        while out and out[-1].key in _LIGHT_VERBS:
            out = out[:-2]
    return out


def has_verb(ws: list[Word]) -> bool:
    """Whether a light verb with a person's ending («کردیم», «شدیم») is among ``ws``: words no
    name holds (the bare «کرد» may be one: «غلامرضا کرد زنگنه»)."""
    return any(w.key not in _LIGHT_VERBS and _PERSON_ENDING.sub("", w.key) in _LIGHT_VERBS for w in ws)


_PERSON_ENDING = re.compile(r"(?:یم|م)$")


def _opens_complement(ws: list[Word], k: int, post: bool) -> bool:
    """Whether word ``k`` opens the complement of the verb ("دعوت از اساتید را", "نقش دولت را"):
    a complement noun followed by a preposition (not inside a post), or by "را" within four words."""
    if ws[k].key not in complements():
        return False
    nxt = ws[k + 1] if k + 1 < len(ws) else None
    if nxt is not None and nxt.key in PREPOSITIONS and not post:
        return True
    return any(w.key == OBJECT_MARK for w in ws[k + 1 : k + 5])


def ends_clause(w: Word) -> bool:
    """Whether a word before a comma ends a clause of its own (a verb: "بود"، "شد"، "است" …)."""
    k = w.key
    return k in _CLAUSE_VERBS or k.endswith(("ند", "شد", "بود", "است", "شود", "کند", "دهد", "یابد", "رسد"))


def speaker_like(ws: list[Word], i: int, known: Callable[[str], bool]) -> bool:
    """Whether a speaker phrase can start at word ``i``."""
    if i >= len(ws) or not ws[i].is_word:
        return False
    k = ws[i].key
    if k in pronouns() or k in given_names() or k in roles() or k in organisations() or known(k):
        return True
    if starts_with(ws, i, titles()) or starts_with(ws, i, anonymous()):
        return True
    return (
        k in anaphors()
        and i + 1 < len(ws)
        and (ws[i + 1].key in roles() or bool(starts_with(ws, i + 1, anonymous())))
    )


def quoted_body(ws: list[Word], i: int) -> list[Word] | None:
    """The words in marks at ``i`` when they name a body, not a person: an acronym (dots inside)
    or a single word that is not a given name, and the marks close within five tokens."""
    if i >= len(ws) or ws[i].text not in ("«", '"', "“"):
        return None
    for k in range(i + 1, min(len(ws), i + 8)):
        if ws[k].text in ("»", '"', "”"):
            inside = ws[i + 1 : k]
            named = [w for w in inside if w.is_word]
            if not named or any(w.key in given_names() for w in named):
                return None
            if len(named) == 1 or any(w.text == "." for w in inside):
                return inside
            return None
    return None


def quoted_name_length(ws: list[Word], i: int) -> int:
    """Words of a name written in marks at ``i`` ("«یولیا اوسوا» دکترای …"), else 0."""
    if i >= len(ws) or ws[i].text not in ("«", '"', "“"):
        return 0
    for k in range(i + 1, min(len(ws), i + 6)):
        if ws[k].text in ("»", '"', "”"):
            inside = ws[i + 1 : k]
            return len(inside) if 2 <= len(inside) <= 4 and all(w.is_word for w in inside) else 0
    return 0


def whole_name(ws: list[Word]) -> list[Word] | None:
    """All of ``ws`` when they are one name to the end of the speaker phrase ("محمدباقر صابری
    زفرقندی" before the cue): a given name first, at most :data:`MAX_NAME_WORDS` words, none a
    post, body, title, stop or complement word; else None."""
    if not ws or len(ws) > MAX_NAME_WORDS or ws[0].key not in given_names():
        return None
    for w in ws[1:]:
        k = w.key
        if (
            not w.is_word
            or k in roles()
            or k in kinship()
            or k in organisations()
            or k in subject_stops()
            or k in complements()
        ):
            return None
        if k in pronouns() or k in anaphors() or starts_with([w], 0, titles()):
            return None
    return ws


def name_at_start(ws: list[Word]) -> list[Word]:
    """Given names, then the surname (one word, two when the second is a surname ending written
    apart: "رفیع زاده"), stopping early at a role or organisation word."""
    out: list[Word] = []
    names = given_names()
    for w in ws:
        if not w.is_word or w.key in roles() or w.key in organisations() or starts_with([w], 0, titles()):
            break
        if (w.key in kinship() and out) or w.key == ONE:  # "… فرزند …", "… یک مقام …": no name's word
            break
        if len(out) == MAX_NAME_WORDS:
            break
        if w.key in _ALLAH and out and out[-1].key in names:  # "عزت الله" / "عزت اله" written apart
            out.append(w)
            continue
        out.append(w)
        if w.key not in names:  # the surname
            break
    if out and out[-1].key not in names:
        k = ws.index(out[-1]) + 1
        if k < len(ws) and ws[k].is_word and ws[k].key in SURNAME_TAILS:
            out.append(ws[k])
    return out


@cache
def not_surname_words() -> frozenset[str]:
    """Words that are never a surname after a given name: posts, bodies, stops, pronouns, …"""
    return (
        roles()
        | organisations()
        | subject_stops()
        | pronouns()
        | anaphors()
        | not_speakers()
        | complements()
        | frozenset(PREPOSITIONS)
        | frozenset(SPEECH_NOUNS)
        | {key("را")}
        | word_keys("quote_connectives")  # "بنابراین، رئیس …": a connective before a comma
    )


@cache
def cue_start(word_key: str) -> bool:
    """Whether a word is a cue verb or the first word of one ("بیان" of "بیان کرد")."""
    return any(c == word_key or c.startswith(word_key) for c in cues())


def surname_like(w: Word) -> bool:
    """Whether a word after a given name can be its surname: no given name, post, body, stop,
    verb or participle ("هدایت شده", "ولی شد" are no names), nor a verb's prefix written apart
    ("محمود می گوید")."""
    k = w.key
    return not (
        k in given_names() or k in not_surname_words() or plain_verb(w) or ends_clause(w) or k in _PREFIXES
    )


_PREFIXES = frozenset(key(w) for w in ("می", "نمی", "همی"))


def plain_verb(w: Word) -> bool:
    """Whether a word is plainly a verb ("می‌شود", "است"), not a surname ending alike ("بیرانوند")."""
    return w.key.startswith("می") and ends_clause(w) or w.key in word_keys("quote_plain_verbs")
