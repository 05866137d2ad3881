"""The source credit that opens a Persian clause of speech (``به گزارش …``، ``به نقل از …``، the
dateline ``خبرگزاری فارس -``), skipped before the speaker phrase is read: the agency is never the
speaker, but a name written at the end of the credit (``به نقل از روابط عمومی … جاسم جادری``) is."""

from __future__ import annotations

from collections.abc import Callable

from .phrase import COMMAS, MAX_NAME_WORDS, PREPOSITIONS, name_starts, quoted_name_length, speaker_like
from .words import (
    Word,
    credits,
    given_names,
    key,
    pronouns,
    roles,
    starts_with,
    subject_stops,
    word_keys,
)

_CREDIT_AGENCY = key("فارس")
_AGENCY = key("خبرگزاری")
_CREDIT_PLACE = word_keys("quote_credit_places")
_PLACE_HEADS = word_keys("quote_place_heads")


def skip_credit(ws: list[Word], i: int, known: Callable[[str], bool]) -> int:
    """Index after the source credit(s) that open the clause at ``i``."""
    while i < len(ws) and (n := starts_with(ws, i, credits())):
        j = i + n
        comma = next((k for k in range(j, len(ws)) if ws[k].text in COMMAS), None)
        agency = next((k for k in range(j, min(len(ws), j + 6)) if ws[k].key == _CREDIT_AGENCY), None)
        if agency is not None and (comma is None or agency < comma):
            k = agency + 1
            near = next((c for c in range(k, min(len(ws), k + 5)) if ws[c].text in COMMAS), None)
            if near is not None and not any(
                name_starts(ws, c) or speaker_like(ws, c, known) for c in range(k, near)
            ):
                k = near  # "از جنوب استان تهران،"
            elif comma is not None and _long_credit(ws, k, comma, known):
                k = comma  # "… فارس کوهسار از دومین جشنواره ملی کتاب، کامران نیک‌پور … گفت"
            elif k < len(ws) and ws[k].key in _CREDIT_PLACE:  # "از قم", "از استان سمنان"
                k += 1
                for _ in range(2):
                    if (
                        k >= len(ws)
                        or not ws[k].is_word
                        or starts_with(ws, k, credits())
                        or name_starts(ws, k)
                    ):
                        break
                    if ws[k].key in subject_stops() or ws[k].key in roles() or ws[k].key in pronouns():
                        break
                    k += 1
                    if ws[k - 1].key not in _PLACE_HEADS:
                        break
            if comma is not None and comma - k <= 1 and not name_starts(ws, k):
                k = comma  # "از خرم آباد،"
            i = k
        elif name_starts(ws, j):  # "بنا بر همین گزارش سید علی …، مدیر … گفت"
            i = j
        elif comma is not None:
            i = _name_in_credit(ws, j, comma, known)
        else:
            return len(ws)
        while i < len(ws) and not ws[i].is_word:
            i += 1
    return i


def _long_credit(ws: list[Word], k: int, comma: int, known: Callable[[str], bool]) -> bool:
    """Whether the credit runs on past the agency to its comma (where it came from: a place, an
    event): a name or title opens the words after the comma, and none stands between, nor a
    speaker right after the agency ("فارس وزیر نیرو در نشست …، …", a surname the article knows,
    "وی": that is the speaker, the name after the comma maybe an object)."""
    named = name_starts(ws, comma + 1) or quoted_name_length(ws, comma + 1) > 0
    if not named or speaker_like(ws, k, known):
        return False
    return not any(name_starts(ws, c) for c in range(k, comma))


def _name_in_credit(ws: list[Word], j: int, comma: int, known: Callable[[str], bool]) -> int:
    """Where the speaker starts inside a credit that runs to ``comma``: the name written at the
    end of the credited body (``به نقل از روابط عمومی استانداری جاسم جادری در آیین …،`` or
    ``… علی رهایی، رئیس دانشگاه``), else the comma."""
    names = given_names()
    stop = next((k for k in range(j, comma) if ws[k].key in subject_stops()), comma)
    for k in range(stop - 1, j, -1):
        if known(ws[k].key) or (ws[k].key in names and k + 1 < stop and ws[k - 1].key not in PREPOSITIONS):
            p = k
            while p - 1 > j and ws[p - 1].key in names:
                p -= 1
            return p
    for k in range(max(stop, comma - MAX_NAME_WORDS), comma - 1):  # "… در مراسم علی رهایی، رئیس …"
        if ws[k].key in names and ws[k - 1].key not in PREPOSITIONS:
            return k
    return comma


def skip_agency(ws: list[Word], i: int) -> int:
    """Index after a dateline "خبرگزاری فارس -" (or "_") opening the clause."""
    if i + 1 < len(ws) and ws[i].key == _AGENCY and ws[i + 1].key.startswith(_CREDIT_AGENCY):
        i += 2
        while i < len(ws) and not ws[i].is_word:
            i += 1
    return i
