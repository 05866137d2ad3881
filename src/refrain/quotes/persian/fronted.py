"""Where the speaker phrase starts in a clause that opens with an adverbial ("در ادامه این
مراسم رضا نیکو، مسئول … گفت", "در همین راستا نیکو گفت"): past the adverbial, at the first word
that can open a speaker phrase and is not governed by a preposition or a speech noun."""

from __future__ import annotations

from collections.abc import Callable

from .phrase import COMMAS, PREPOSITIONS, SPEECH_NOUNS, ends_clause, quoted_name_length, surname_like
from .words import Word, given_names, key, pronouns, roles, subject_stops, title_heads

_WHO = key("که")
_CLAUSE_MARKS = {"،", ",", "»", "”", '"'}
# nouns an ordinal follows in an adverbial ("در وهله نخست", "در مرحله اول"): that ordinal opens no post
_STEPS = frozenset(key(w) for w in ("وهله", "مرحله", "گام", "قدم", "درجه"))


def fronted_start(ws: list[Word], i: int, known: Callable[[str], bool], skip_relative: bool = True) -> int:
    """Where the speaker phrase starts when the clause opens with an adverbial (``در ادامه این
    مراسم رضا نیکو، مسئول … گفت``): the first role word, given name or surname the article
    gives elsewhere (``در همین راستا نیکو گفت``) not governed by a preposition or a speech
    noun (``با اشاره به سخنان رضا نیکو`` names someone else), nor inside
    a relative clause (``در مراسمی که در آستانه میلاد … برگزار شد، …``) unless only there (``به
    طوری که یکی از مقامات … اعلام کرد``). ``i`` itself (no speaker written) when there is none."""
    relative = False
    for k in range(i + 1, len(ws)):
        w = ws[k]
        if skip_relative and w.key == _WHO:
            relative = True
            continue
        if relative:
            relative = not ends_clause(w)
            continue
        if w.text == "«" and (n := quoted_name_length(ws, k)) >= 2:
            post = k + n + 2 < len(ws) and ws[k + n + 2].key in roles()
            after_word = ws[k - 1].key not in PREPOSITIONS and ws[k - 1].key not in title_heads()
            if ws[k - 1].text in COMMAS or (post and after_word):  # not "در نشست «آینده آب» رئیس …"
                # "… برگزار شد، «پیتر هالوران» رئیس …", "در ادامه «پیتر هالوران» رهبر ارکستر …":
                # a name in marks after the adverbial (before a post when no comma sets it off)
                return k
        if not w.is_word or w.key in pronouns():
            continue
        if w.key in roles() or w.key in given_names() or _surname_alone(ws, k, known):
            prev = ws[k - 1]
            if prev.key in _STEPS:
                continue  # "در وهله نخست وزارت …": "in the first place", not "نخست وزیر"
            after_mark = prev.text in _CLAUSE_MARKS  # "در ادامه، رئیس …", "در نشست «…» رئیس …"
            if prev.key in PREPOSITIONS or prev.key in SPEECH_NOUNS or not (prev.is_word or after_mark):
                continue
            if w.key in given_names() and (k + 1 >= len(ws) or not ws[k + 1].is_word):
                continue
            return k
    return fronted_start(ws, i, known, skip_relative=False) if skip_relative else i


def _surname_alone(ws: list[Word], k: int, known: Callable[[str], bool]) -> bool:
    """Whether the word at ``k`` is a surname the article gives elsewhere written alone as the
    subject: the cue or a stop word ("در همین راستا نیکو نیز گفت") right after it, not another
    word of a noun phrase ("تیم انگلیس حتی …") nor a comma ("در ادامه پیگیری موضوع، …": the
    adverbial's own last word)."""
    if not known(ws[k].key) or not surname_like(ws[k]):  # "معلوم بود که …": a verb
        return False
    if ws[k - 1].key in given_names():  # the end of a name already passed ("سخنان مهدی کاظمی")
        return False
    return k + 1 == len(ws) or ws[k + 1].key in subject_stops()
