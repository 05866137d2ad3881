"""The out-of-core engine: reuse over corpora larger than memory, with the in-memory engine's output.

    result = align_on_disk(docs, params, workers=None, limits=DiskLimits(memory_mb=2048))

Where :mod:`refrain.reuse.engine` holds every text, token and shingle at once, this engine holds
a bounded share of them (``DiskLimits.memory_mb`` sizes every batch) and keeps the rest in a work
folder:

1. texts are written to one file as they arrive (documents are an iterable, read once), with
   their names, dates and outlets kept in memory (small);
2. documents are tokenised in batches, in ingest order, and their distinct shingles appended to
   files by hash (:class:`~refrain.reuse.outofcore_pairs.ShinglePartitions`);
3. each shingle file alone gives its boilerplate, cut-offs and pair keys, and the pair keys are
   counted by ranges of the first document (:mod:`refrain.reuse.outofcore_pairs`);
4. the pairs of each range are aligned in blocks whose documents' texts and tokens (written in
   step 2) are read back and given seed tables for that block only, with the engine's own workers.

Every step calls the in-memory engine's functions (tokens, boilerplate, seeds, aligner, clusters),
so the passages and clusters are the same; the test suite compares them. No memo: a run computes
everything.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from refrain.reuse import engine
from refrain.reuse.candidates import boilerplate_thresholds
from refrain.reuse.clusters import RawPassage
from refrain.reuse.model import ReuseDoc, ReuseResult
from refrain.reuse.outofcore_pairs import BucketFacts, PairKeys, ShinglePartitions, scan_bucket
from refrain.reuse.params import ReuseParams
from refrain.reuse.seeds import seed_table
from refrain.reuse.tokens import Tokens, shingles

# Rough bytes of memory per character of text while it is tokenised and shingled (code points,
# token arrays, shingles, copies to and from workers), and per shingle row while one file is sorted.
_BYTES_PER_CHAR_TOKENISED = 48
_BYTES_PER_SHINGLE_ROW = 96
# ... and per character of a document held for alignment: its text, tokens, shingles, seed table.
_BYTES_PER_CHAR_ALIGNED = 24
_CHARS_PER_SHINGLE = 6
_MAX_BUCKET_BITS = 10


@dataclass(frozen=True, slots=True)
class DiskLimits:
    """``memory_mb``: the memory the engine's batches are sized to (the corpus's names, dates and
    outlets, and the passages found, are held besides); ``workdir``: where the work folder goes
    (default: the system's temporary folder); removed at the end."""

    memory_mb: float = 2048
    workdir: str | None = None

    def __post_init__(self) -> None:
        if not self.memory_mb > 0:
            raise ValueError(f"DiskLimits.memory_mb must be above 0, got {self.memory_mb}")

    @property
    def budget(self) -> int:
        return max(1, int(self.memory_mb * 2**20))


class TextFile:
    """Texts appended to one UTF-8 file, read back by number (arrival order).

    Read with ``pread`` rather than a memory map, so that texts read once do not stay counted in
    the process's resident memory."""

    def __init__(self, path: Path) -> None:
        self._out = path.open("w+b")
        self._offsets = [0]

    def add(self, text: str) -> None:
        data = text.encode("utf-8", "surrogatepass")  # a lone surrogate is kept, as in memory
        self._out.write(data)
        self._offsets.append(self._offsets[-1] + len(data))

    def close_writing(self) -> None:
        self._out.flush()
        self.offsets = np.array(self._offsets, dtype=np.int64)
        del self._offsets

    def text(self, number: int) -> str:
        lo, hi = int(self.offsets[number]), int(self.offsets[number + 1])
        return os.pread(self._out.fileno(), hi - lo, lo).decode("utf-8", "surrogatepass") if hi > lo else ""

    def close(self) -> None:
        self._out.close()


class TokenFile:
    """Each document's tokens, appended in document order and read back by number: tokenised once,
    when its shingles are written, not again for every block that aligns it."""

    _FIELDS = (("hashes", np.dtype("<u8")), ("starts", np.dtype("<i4")), ("ends", np.dtype("<i4")))

    def __init__(self, folder: Path) -> None:
        self._files = {name: (folder / f"tokens-{name}.bin").open("w+b") for name, _ in self._FIELDS}
        self._counts = [0]

    def add(self, tokens: list[Tokens]) -> None:
        for name, dtype in self._FIELDS:
            for t in tokens:
                getattr(t, name).astype(dtype, copy=False).tofile(self._files[name])
        self._counts.extend(len(t) for t in tokens)

    def close_writing(self) -> None:
        for fh in self._files.values():
            fh.flush()
        self.offsets = np.cumsum(np.array(self._counts, dtype=np.int64))
        del self._counts

    def tokens(self, number: int) -> Tokens:
        lo, hi = int(self.offsets[number]), int(self.offsets[number + 1])
        arrays = []
        for name, dtype in self._FIELDS:
            data = os.pread(self._files[name].fileno(), (hi - lo) * dtype.itemsize, lo * dtype.itemsize)
            arrays.append(np.frombuffer(data, dtype=dtype))
        return Tokens(*arrays)

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()


class _DocOnDisk:
    """A document whose text is read from the text file when asked for."""

    __slots__ = ("_doc", "_number", "_texts")

    def __init__(self, doc: ReuseDoc, texts: TextFile, number: int) -> None:
        self._doc, self._texts, self._number = doc, texts, number

    name = property(lambda self: self._doc.name)
    date = property(lambda self: self._doc.date)
    outlet = property(lambda self: self._doc.outlet)
    order = property(lambda self: self._doc.order)
    text = property(lambda self: self._texts.text(self._number))


class _DocsOnDisk(Sequence[ReuseDoc]):
    """The documents in ingest order, their texts left on disk until read."""

    def __init__(self, ordered: list[ReuseDoc], texts: TextFile, arrival: np.ndarray) -> None:
        self._ordered, self._texts, self._arrival = ordered, texts, arrival

    def __len__(self) -> int:
        return len(self._ordered)

    def __getitem__(self, d):  # type: ignore[no-untyped-def]  # an index only, never a slice
        return _DocOnDisk(self._ordered[d], self._texts, int(self._arrival[d]))


def _read_docs(docs: Iterable[ReuseDoc], texts: TextFile) -> list[ReuseDoc]:
    """Each document's text to ``texts``; the documents without text, both in arrival order, each
    checked by :func:`refrain.reuse.engine.checked_docs` (as the in-memory engine checks them)."""
    kept: list[ReuseDoc] = []
    for doc in engine.checked_docs(docs):
        texts.add(doc.text)
        kept.append(ReuseDoc(doc.name, "", doc.date, doc.outlet, doc.order))
    return kept


def align_on_disk(
    docs: Iterable[ReuseDoc],
    params: ReuseParams,
    workers: int | None = None,
    limits: DiskLimits | None = None,
) -> ReuseResult:
    """:func:`refrain.reuse.align` (without a memo) in bounded memory: the same result."""
    limits = limits or DiskLimits()
    folder = Path(tempfile.mkdtemp(prefix="refrain-reuse-", dir=limits.workdir))
    texts = TextFile(folder / "texts.bin")
    tokens = TokenFile(folder)
    try:
        arrived = _read_docs(docs, texts)
        texts.close_writing()
        return _run(arrived, texts, tokens, folder, params, engine.resolve_workers(workers), limits)
    finally:
        texts.close()
        tokens.close()
        engine.worker_state.clear()
        shutil.rmtree(folder, ignore_errors=True)


def _run(
    arrived: list[ReuseDoc],
    texts: TextFile,
    token_file: TokenFile,
    folder: Path,
    params: ReuseParams,
    n_workers: int,
    limits: DiskLimits,
) -> ReuseResult:
    # Document number = position in ingest order; ``arrival[d]`` finds its text.
    arrival = np.lexsort((np.arange(len(arrived)), np.array([d.order for d in arrived], dtype=np.int64)))
    ordered = [arrived[i] for i in arrival.tolist()]
    del arrived
    n_docs = len(ordered)
    outlet_ids: dict[str | None, int] = {}
    outlets = np.array([outlet_ids.setdefault(d.outlet, len(outlet_ids)) for d in ordered], dtype=np.int64)
    thresholds = boilerplate_thresholds(outlets, params, outlet_ids.get(None))
    sizes = np.diff(texts.offsets)[arrival] if n_docs else np.zeros(0, dtype=np.int64)
    est_rows = int(sizes.sum()) // _CHARS_PER_SHINGLE
    bits = 0
    while bits < _MAX_BUCKET_BITS and est_rows * _BYTES_PER_SHINGLE_ROW >> bits > limits.budget:
        bits += 1
    partitions = ShinglePartitions(folder / "shingles", bits)
    for lo, hi in _batches(sizes, max(1, limits.budget // _BYTES_PER_CHAR_TOKENISED)):
        batch = [texts.text(int(i)) for i in arrival[lo:hi]]
        tokens = engine.tokenize_docs(batch, n_workers)
        token_file.add(tokens)
        partitions.add([shingles(t.hashes, params.ngram) for t in tokens], lo)
    token_file.close_writing()
    keys = PairKeys(folder / "pairs", max(n_docs, 1))
    facts = BucketFacts(n_docs)
    for bucket in range(1 << bits):
        hashes, doc_numbers = partitions.read(bucket)
        scan_bucket(hashes, doc_numbers, outlets, thresholds, params, facts, keys)
        partitions.path(bucket).unlink(missing_ok=True)
    del hashes, doc_numbers
    boiler = facts.boiler()
    doc_cap = max(2, limits.budget // (_BYTES_PER_CHAR_ALIGNED * max(1, int(sizes.mean()) if n_docs else 1)))
    raw: list[RawPassage] = []
    engine.worker_state.update(params=params, outlets=outlets, boiler=boiler)
    for parts in keys.groups(limits.budget):
        pairs = keys.counted(parts, params.min_shared)
        for block in _pair_blocks(pairs, doc_cap):
            raw.extend(_align_block(block, texts, token_file, arrival, boiler, params, n_workers))
    engine.worker_state.clear()
    outlet_thresholds = {name: int(thresholds[i]) for name, i in outlet_ids.items()}
    # Clusters read their earliest member's text (the snippet): texts stay on disk until then.
    result = engine.build_result(_DocsOnDisk(ordered, texts, arrival), raw, params, outlet_thresholds)
    result.cutoffs = facts.cutoffs(params)
    return result


def _batches(sizes: np.ndarray, max_chars: int) -> Iterator[tuple[int, int]]:
    """Consecutive ranges of documents of at most ``max_chars`` characters (a longer one alone)."""
    lo, held = 0, 0
    for i, size in enumerate(sizes.tolist()):
        if i > lo and held + size > max_chars:
            yield lo, i
            lo, held = i, 0
        held += size
    if lo < len(sizes):
        yield lo, len(sizes)


def _pair_blocks(pairs: np.ndarray, doc_cap: int) -> Iterator[np.ndarray]:
    """Consecutive runs of ``pairs`` naming at most ``doc_cap`` documents (at least one pair each)."""
    start = 0
    seen: set[int] = set()
    for i, (a, b) in enumerate(pairs.tolist()):
        if i > start and len(seen | {a, b}) > doc_cap:
            yield pairs[start:i]
            start, seen = i, set()
        seen.update((a, b))
    if start < len(pairs):
        yield pairs[start:]


def _align_block(
    pairs: np.ndarray,
    texts: TextFile,
    token_file: TokenFile,
    arrival: np.ndarray,
    boiler: np.ndarray,
    params: ReuseParams,
    n_workers: int,
) -> list[RawPassage]:
    """The passages of ``pairs``, their documents' texts and tokens read back for this block only."""
    outlets = engine.worker_state["outlets"]
    involved = np.unique(pairs).tolist()
    block_texts = {d: texts.text(int(arrival[d])) for d in involved}
    tokens = {d: token_file.tokens(d) for d in involved}
    tables = {
        d: seed_table(shingles(t.hashes, params.ngram), params.max_repeats, int(outlets[d]), boiler)
        for d, t in tokens.items()
    }
    engine.worker_state.update(texts=block_texts, tokens=tokens, seed_tables=tables)
    try:
        return engine.align_all(pairs, n_workers)
    finally:
        for name in ("texts", "tokens", "seed_tables"):
            engine.worker_state.pop(name, None)
