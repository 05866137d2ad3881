"""Grouping keys of the claims' counted things: an organisation's short key through the alias file,
a crude English singular, and a crude lemma of a past participle.
"""

from __future__ import annotations

import re
from functools import cache

from refrain.entities.aliases import default_aliases
from refrain.entities.names import skeleton
from refrain.text import Token

__all__ = ["known_org_in", "org_in", "org_keys", "singular", "verb_lemma"]


@cache
def org_keys() -> dict[str, str]:
    """Skeleton of every organisation name in the default alias file -> a short group key ("mek")."""
    out: dict[str, str] = {}
    for group in default_aliases().same:
        if group.kind != "org":
            continue
        short = min((n for n in group.names if n.isupper() and "/" not in n), key=len, default=group.names[0])
        for name in group.names:
            out[skeleton(name)] = short.lower()
    return out


def org_in(words: list[Token]) -> str | None:
    """The organisation named among ``words`` (through the entities aliases), as a short key.

    An acronym the alias files do not know ("40 ZRF members") is its own key.
    """
    keys = org_keys()
    found = known_org_in(words, keys)
    if found is None:
        found = next((t.text.lower() for t in words if re.fullmatch(r"[A-Z]{2,7}", t.text)), None)
    return found


def known_org_in(words: list[Token], keys: dict[str, str]) -> str | None:
    for i, tok in enumerate(words):
        for part in tok.text.split("/"):
            hit = keys.get(skeleton(part))
            if hit:
                return hit
        for width in (5, 4, 3, 2):  # long forms: "People's Mojahedin Organization of Iran"
            if i + width <= len(words):
                hit = keys.get(skeleton(" ".join(t.text for t in words[i : i + width])))
                if hit:
                    return hit
    return None


def singular(word: str) -> str:
    """A crude English singular, enough for grouping keys."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("men") and not w.endswith("imen"):  # fishermen, women (not specimen)
        return w[:-3] + "man"
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and re.search(r"(?:ss|sh|ch|x)es$", w):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def verb_lemma(word: str) -> str:
    """A crude lemma of a past participle: arrested -> arrest, engaged -> engage, controlled -> control."""
    w = word.lower()
    if w.endswith("ied"):
        return w[:-3] + "y"
    if not w.endswith("ed") or w.endswith("eed") or len(w) < 5:
        return w
    if w[-3] == w[-4] and w[-3] in "pbtmgnr":
        return w[:-3]  # stopped -> stop, planned -> plan
    if w[-3] in "cgsvuz" and w[-4] != w[-3]:
        return w[:-1]
    return w[:-2]
