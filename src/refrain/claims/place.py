"""Where a figure happened: the place named nearest to it in its sentence."""

from __future__ import annotations

import re

from refrain.claims.keys import org_keys
from refrain.claims.not_figures import MONTH_NUMBER
from refrain.claims.patterns import _PLACE_WORDS, _REACH
from refrain.entities.names import looks_like_org, skeleton
from refrain.text import lexicon as lexicon_set

_WEEKDAYS = lexicon_set("en", "weekdays")
_DEMONYM = re.compile(
    r"(?:ian|ish|ese|['’]s)$|^(?:Israeli|Iraqi|Saudi|Kuwaiti|Pakistani|Bangladeshi|Omani|Qatari|Yemeni|Emirati|Somali|Afghani)$"
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
