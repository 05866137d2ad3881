"""Where attribution's trigger words start: the prefix-tree search finds exactly the starts the
zero-width lookahead over the same words found, overlapping ones included (invented text)."""

from __future__ import annotations

import random
import re

from refrain.claims.attribution import _trigger_starts
from refrain.claims.patterns import _document_verbs, _speech_verb_pattern

_OLD_WORDS = {
    "after": rf"[Aa]ccording to|[Aa]s per|quoted|told|shows|showed|found|finds|indicates|indicated|reveals|"
    rf"revealed|{_speech_verb_pattern()}",
    "before": rf"[Aa]ccording to|[Aa]s per|[Bb]ased on|Under|{_speech_verb_pattern()}",
    "document": _document_verbs(),
}
_PIECES = ["said", "says", "told", "quoted", "According to", "according to", "Based on", "based on"]
_PIECES += ["showed", "shows", "claiming", "adding", "announced", "stated", "reported", "estimates"]
_PIECES += ["As per", "as per", "found", "reveals", "indicated", "Under", "under"]
_PIECES += ["Tovia", "the quay", "40", ",", ".", " ", " ", "“", "saidsaid", "went on to say", "accord", "sai"]


def _old_starts(text: str, kind: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?=(?:{_OLD_WORDS[kind]}))", text)]


def test_trigger_starts_as_the_lookahead_found():
    rng = random.Random(1717)
    texts = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(600)]
    for text in texts:
        for kind in _OLD_WORDS:
            assert _trigger_starts(text, kind) == _old_starts(text, kind), (kind, text)


def test_overlapping_starts_found():
    # "say" starts inside "went on to say": both starts are found
    assert _trigger_starts("Ilse Vo went on to say so", "after") == [8, 19]
