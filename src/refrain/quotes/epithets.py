"""A well-known body named by a description ("the UN nuclear watchdog", "the UN cultural body"):
the body itself when the article names it, by the name the article gives it (``org_epithets.txt``)."""

from __future__ import annotations

import re
from functools import cache

from refrain.text import lexicon_lines

from .entities import ArticleEntities

_UN = re.compile(r"^(?:u\.n\.|united nations|un['’]s)\s+")


@cache
def _epithets() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in lexicon_lines("en", "org_epithets"):
        descriptions, _, names = line.partition(" = ")
        forms = tuple(n.strip() for n in names.split("|") if n.strip())
        for d in descriptions.split("|"):
            out[d.strip()] = forms
    return out


def body_described(phrase: str, index: ArticleEntities) -> str | None:
    """The body a description stands for, as the article names it; None when the article names
    no body the description fits (then it stays a description)."""
    key = _UN.sub("un ", phrase.lower().strip())
    forms = _epithets().get(key)
    if not forms:
        return None
    wanted = {f.lower() for f in forms}
    named = [e for e in index.entities.values() if e.kind == "org" and e.name.lower() in wanted]
    # the fullest of the names the article gives it ("International Atomic Energy Agency" over "IAEA")
    return max(named, key=lambda e: len(e.name)).name if named else None
