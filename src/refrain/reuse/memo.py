"""ReuseMemo: the pure, expensive parts of a reuse run, kept so the next run can skip them.

:func:`refrain.reuse.align` over a corpus that grew by a few documents redoes little that the new
documents can change if it is given the memo of the previous run:

- per document, its word shingles (tokenising is a function of the text alone), keyed by a hash of
  the text and of what shingles depend on (``ngram``, the tokeniser's version);
- per candidate pair, the raw passages its alignment gave, keyed by everything that alignment
  reads: both texts (in ingest order: the earlier is ``a``), the parameters, and, for each of the
  two documents, the set of its shingles that are boilerplate of its outlet. That set is the only
  corpus-wide input of a pair's alignment (it flags seeds, see :mod:`refrain.reuse.seeds`): a
  new document can make an old shingle boilerplate, or change an outlet's threshold, and then the
  old pairs of that outlet's documents get new keys and are aligned again. Seed tables also drop
  shingles no other document has, but a seed is a shingle both documents share, so that filter
  changes no seed and is not part of the key.

Candidate pairs, boilerplate and clusters are recomputed from the shingles every run (numpy over
the corpus), so a memo entry is only ever the result of the same computation on the same inputs:
the result is exactly the result of a full run. Keys are 128-bit hashes (two for a pair, one per
document); a run notes which keys it used (``live_*``), so the caller can drop every other entry
and the memo does not outgrow the corpus. (Outlets enter only through the boilerplate flags;
boilerplate is matched on 64-bit outlet-keyed hashes, as in a run without a memo.)

A change to the tokeniser or the aligner that changes their output must bump ``TOKENS_VERSION``
or ``ALIGNER_VERSION``: entries made by the old code then stop matching.

The memo is plain memory: keeping it between runs (a store's tables) is the caller's business.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

import numpy as np
import xxhash

from refrain.reuse.params import ReuseParams

# Bump when tokenising/shingling (TOKENS) or aligning (ALIGNER) changes what it gives for the same
# input: old memo entries then stop matching and are dropped.
TOKENS_VERSION = "tokens-1"
ALIGNER_VERSION = "aligner-2"  # 2: raw passages carry the facts changed (templates)

# One raw passage of a pair, as stored (offsets are code points in the pair's two texts).
PASSAGE_DTYPE = np.dtype(
    [
        ("a_start", "<i4"),
        ("a_end", "<i4"),
        ("b_start", "<i4"),
        ("b_end", "<i4"),
        ("score", "<f8"),
        ("boilerplate", "?"),
        ("facts", "<i2"),
    ]
)
_SHINGLE_DTYPE = np.dtype("<u8")
_NO_FLAGS = b""


def shingle_fingerprint(params: ReuseParams) -> bytes:
    return f"{TOKENS_VERSION}:ngram={params.ngram}".encode()


def pair_fingerprint(params: ReuseParams) -> bytes:
    # wide_stories decides which pairs are proposed, not how a pair aligns: a memo made without it holds
    listed = ",".join(
        f"{f.name}={getattr(params, f.name)!r}" for f in fields(params) if f.name != "wide_stories"
    )
    return f"{TOKENS_VERSION}:{ALIGNER_VERSION}:{listed}".encode()


def doc_key(text: str, params: ReuseParams) -> bytes:
    """The memo key of a text's shingles (16 bytes)."""
    h = xxhash.xxh3_128(shingle_fingerprint(params))
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.digest()


def flags_digest(boiler_hashes: np.ndarray) -> bytes:
    """Digest of the sorted distinct shingle hashes of a document that are boilerplate of its outlet."""
    if len(boiler_hashes) == 0:
        return _NO_FLAGS
    return xxhash.xxh3_128(np.ascontiguousarray(boiler_hashes, dtype=_SHINGLE_DTYPE).tobytes()).digest()


def pair_side(key: bytes, flags: bytes, fingerprint: bytes) -> bytes:
    """One document's half of a pair key (16 bytes): its text key, its boilerplate shingles'
    digest (:func:`flags_digest`) and the settings. A pair's key is ``side(a) + side(b)``, ``a``
    the earlier in ingest order."""
    h = xxhash.xxh3_128(fingerprint)
    # Lengths first, so that no two different tuples of fields hash the same bytes.
    for part in (key, flags):
        h.update(len(part).to_bytes(2, "little"))
        h.update(part)
    return h.digest()


def encode_shingles(values: np.ndarray) -> bytes:
    return np.ascontiguousarray(values, dtype=_SHINGLE_DTYPE).tobytes()


def decode_shingles(blob: bytes) -> np.ndarray:
    """The shingle hashes of a stored blob (ValueError when it is not a whole number of them): a
    read-only view of it where the machine is little-endian (no copy: a run loads one per
    document), a native copy elsewhere."""
    values = np.frombuffer(blob, dtype=_SHINGLE_DTYPE)
    return values if values.dtype.isnative else values.astype(np.uint64)


def encode_passages(rows: np.ndarray) -> bytes:
    return np.ascontiguousarray(rows, dtype=PASSAGE_DTYPE).tobytes()


def decode_passages(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=PASSAGE_DTYPE)


def blob_check(blob: bytes) -> int:
    """A checksum kept beside a stored blob (signed, to fit a BIGINT column): a damaged blob is a miss."""
    return xxhash.xxh3_64_intdigest(blob) - (1 << 63)


@dataclass
class ReuseMemo:
    """Shingles per document and raw passages per aligned pair, by key (see the module docstring).

    ``shingles`` and ``pairs`` are what earlier runs left; a run reads them and records, in
    ``added_shingles`` and ``added_pairs``, what it computed that was not there, and in
    ``live_shingles`` and ``live_pairs`` every key the current corpus needs (hits and additions).
    Entries that are not live can be dropped. ``aligned_pairs`` and ``reused_pairs`` count, for
    the last run, the candidate pairs aligned and those taken from the memo.
    """

    shingles: dict[bytes, np.ndarray] = field(default_factory=dict)
    pairs: dict[bytes, np.ndarray] = field(default_factory=dict)
    added_shingles: dict[bytes, np.ndarray] = field(default_factory=dict)
    added_pairs: dict[bytes, np.ndarray] = field(default_factory=dict)
    live_shingles: set[bytes] = field(default_factory=set)
    live_pairs: set[bytes] = field(default_factory=set)
    aligned_pairs: int = 0
    reused_pairs: int = 0

    def start_run(self) -> None:
        """Fold the last run's additions in and forget its bookkeeping (a memo serves many runs)."""
        self.shingles.update(self.added_shingles)
        self.pairs.update(self.added_pairs)
        self.added_shingles, self.added_pairs = {}, {}
        self.live_shingles, self.live_pairs = set(), set()
        self.aligned_pairs = self.reused_pairs = 0

    def prune(self) -> None:
        """Fold the last run's additions in, keeping only the entries that run used."""
        merged = {**self.shingles, **self.added_shingles}
        self.shingles = {k: v for k, v in merged.items() if k in self.live_shingles}
        merged_pairs = {**self.pairs, **self.added_pairs}
        self.pairs = {k: v for k, v in merged_pairs.items() if k in self.live_pairs}
        self.added_shingles, self.added_pairs = {}, {}
