"""A Persian given name written alone ("حاج مجید می‌گوید") read as the one full name the article
opens with it ("مجید ایافت"): split from :mod:`.resolve`, whose Resolver calls it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .phrase import cue_start, not_surname_words
from .words import Word, given_names


def lone_given(
    ws: list[Word],
    at_words: Iterable[int],
    at: int,
    known: Callable[[str], bool],
    adjacent: Callable[[Word, Word], bool],
) -> str | None:
    """The one "<given> <surname>" the article writes for the listed given name at word indices
    ``at_words`` (a surname ``known`` to the article, letters only), the mention at ``at`` left out;
    None when the word is no listed given name or the article writes two such names or none."""
    found: list[str] = []
    for i in at_words:
        if ws[i].key not in given_names() or ws[i].start == at or i + 1 >= len(ws):
            continue  # (the mention itself: "حاج مجید می‌گوید" writes a verb after the name)
        nxt = ws[i + 1]
        if (
            not adjacent(ws[i], nxt)
            or nxt.key in given_names()
            or nxt.key in not_surname_words()
            or cue_start(nxt.key)  # "کاوه می‌گوید": a verb after the name
            or not known(nxt.key)
            or not re.fullmatch(r"[^\W\d_]{3,}", nxt.text.replace("\u200c", ""))  # "حسین 19", "صادق(ع"
        ):
            continue
        name = f"{ws[i].text} {nxt.text}"
        if name not in found:
            found.append(name)
    return found[0] if len(found) == 1 else None
