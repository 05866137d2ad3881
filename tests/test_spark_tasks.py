"""The Spark reuse engine's task functions, run without Spark: the shuffles are played by grouping
rows by their partition label, so the candidate, boilerplate and alignment rules can be compared
with the local engine's in a second, on invented texts (a few thousand random pairs included)."""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any

import numpy as np
import pytest

pa = pytest.importorskip("pyarrow")

from refrain.reuse import ReuseDoc, align  # noqa: E402
from refrain.reuse.candidates import boilerplate_thresholds, candidates, frequency_cutoffs  # noqa: E402
from refrain.reuse.clusters import RawPassage  # noqa: E402
from refrain.reuse.engine import build_result, prepare_docs  # noqa: E402
from refrain.reuse.params import ReuseParams  # noqa: E402
from refrain.spark.reuse import _figures  # noqa: E402
from refrain.spark.tasks import (  # noqa: E402
    BOILER_HASHES,
    align_partition,
    bucket_candidates,
    candidate_blobs,
    pair_rows,
    shingle_blobs,
    summed_pairs,
)

WORDS = (
    "river lantern copper meadow harbour violet tunnel orchard ledger falcon quarry saddle "
    "beacon thistle garnet pylon canyon ferry marble willow cobalt anchor bramble summit "
    "glacier hollow juniper kettle lattice mosaic nectar oyster pebble quiver raven spindle"
).split()


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _corpus(seed: int) -> list[ReuseDoc]:
    """Invented articles of four outlets: copied paragraphs, one outlet's tag line (boilerplate),
    and a line printed everywhere (over ``max_df`` below)."""
    rng = random.Random(seed)
    tag = "Read the Willow Ledger every morning for the news of the hollow and the summit."
    everywhere = "The council of the nine valleys met again on the ninth day of the month of rain."
    docs: list[ReuseDoc] = []
    for i in range(60):
        outlet = f"Outlet {i % 4}"
        parts = [_sentence(rng, rng.randint(12, 30)) for _ in range(rng.randint(2, 5))]
        if docs and rng.random() < 0.5:
            source = rng.choice(docs).text.split("\n\n")[0]
            parts.insert(rng.randint(0, len(parts)), source)
        if outlet == "Outlet 1":
            parts.append(tag)
        if rng.random() < 0.4:
            parts.append(everywhere)
        docs.append(ReuseDoc(f"d{i}", "\n\n".join(parts), f"2024-01-{1 + i % 28:02d}", outlet, i))
    return docs


PARAMS = ReuseParams(max_df=12, boilerplate_min_docs=6, min_shared=3)


def _partitions(rows: list[dict[str, Any]], key: str, labels: np.ndarray) -> list[list[dict[str, Any]]]:
    """A shuffle: rows grouped by the partition their label names (labels[k] → partition k)."""
    where = {int(label): k for k, label in enumerate(labels)}
    out: list[list[dict[str, Any]]] = [[] for _ in labels]
    for row in rows:
        out[where[row[key]]].append(row)
    return out


def _batches(rows: list[dict[str, Any]], schema: Any) -> list[Any]:
    return [pa.RecordBatch.from_pylist(rows[i : i + 7], schema=schema) for i in range(0, len(rows), 7)]


def _spark_like(
    docs: list[ReuseDoc], params: ReuseParams, buckets: int, aligners: int
) -> tuple[list[RawPassage], Any, Any]:
    """The Spark engine's stages with its task functions, shuffles played in Python."""
    ordered = prepare_docs(docs)
    outlet_ids: dict[str | None, int] = {}
    outlets = np.array([outlet_ids.setdefault(d.outlet, len(outlet_ids)) for d in ordered])
    thresholds = boilerplate_thresholds(outlets, params, outlet_ids.get(None))
    labels = np.array([5 * k + 3 for k in range(buckets)], dtype=np.int32)  # any distinct ints
    align_labels = np.array([7 * k + 1 for k in range(aligners)], dtype=np.int32)
    doc_rows = [{"doc": i, "text": d.text, "outlet": int(outlets[i])} for i, d in enumerate(ordered)]
    doc_schema = pa.schema([("doc", pa.int32()), ("text", pa.string()), ("outlet", pa.int32())])
    blobs = [
        r
        for half in (doc_rows[::2], doc_rows[1::2])  # two document partitions
        for b in shingle_blobs(iter(_batches(half, doc_schema)), params.ngram, labels)
        for r in b.to_pylist()
    ]
    counted = []
    for part in _partitions(blobs, "bucket", labels):
        batches = [pa.RecordBatch.from_pylist(part)] if part else []
        counted += [
            r
            for b in candidate_blobs(iter(batches), thresholds, params, labels, len(ordered))
            for r in b.to_pylist()
        ]
    boiler, cutoffs = _figures([r for r in counted if r["kind"] >= BOILER_HASHES], len(ordered), params)
    pair_list = []
    for part in _partitions([r for r in counted if r["kind"] < BOILER_HASHES], "q", labels):
        batches = [pa.RecordBatch.from_pylist(part)] if part else []
        pair_list += [
            r for b in pair_rows(iter(batches), params.min_shared, align_labels) for r in b.to_pylist()
        ]
    needs = {(r["q"], d) for r in pair_list for d in (r["a"], r["b"])}
    work = [{"q": r["q"], "a": r["a"], "b": r["b"], "text": None, "outlet": None} for r in pair_list]
    work += [
        {"q": q, "a": d, "b": None, "text": ordered[d].text, "outlet": int(outlets[d])} for q, d in needs
    ]
    schema = pa.schema(
        [
            ("q", pa.int32()),
            ("a", pa.int32()),
            ("b", pa.int32()),
            ("text", pa.string()),
            ("outlet", pa.int32()),
        ]
    )
    raw = []
    for part in _partitions(work, "q", align_labels):
        for batch in align_partition(iter(_batches(part, schema)), boiler, params):
            raw += [RawPassage(*r.values()) for r in batch.to_pylist()]
    pairs = sorted((r["a"], r["b"]) for r in pair_list)
    return raw, cutoffs, (ordered, outlet_ids, thresholds, pairs)


@pytest.mark.parametrize(("buckets", "aligners"), [(1, 1), (3, 2), (8, 3)])
def test_spark_tasks_give_the_local_engines_pairs_cutoffs_and_passages(buckets: int, aligners: int) -> None:
    docs = _corpus(11)
    raw, cutoffs, (ordered, outlet_ids, thresholds, pairs) = _spark_like(docs, PARAMS, buckets, aligners)
    from refrain.reuse.tokens import shingles, tokenize_many

    doc_shingles = [shingles(t.hashes, PARAMS.ngram) for t in tokenize_many([d.text for d in ordered])]
    outlets = np.array([outlet_ids[d.outlet] for d in ordered])
    local = candidates(doc_shingles, outlets, thresholds, PARAMS)
    assert pairs == [tuple(p) for p in local.pairs.tolist()]
    assert cutoffs == frequency_cutoffs(doc_shingles, outlets, thresholds, PARAMS)
    # The corpus exercises every rule: boilerplate, shingles over max_df, and star pairs.
    assert cutoffs.boilerplate_shingles > 0 and cutoffs.frequent_shingles > 0 and len(pairs) > 10
    want = align(docs, params=PARAMS, workers=1)
    got = build_result(ordered, raw, PARAMS, {name: int(thresholds[i]) for name, i in outlet_ids.items()})
    assert {p.boilerplate for p in want.passages} == {True, False}
    assert got.passages == want.passages
    assert got.clusters == want.clusters


def test_partial_counts_summed_over_partitions_equal_the_whole_count() -> None:
    """A pair's shared shingles fall in different hash buckets: each bucket counts a part, and
    only the sum decides; random shingle sets, compared with the local candidate stage."""
    rng = np.random.default_rng(5)
    vocab = rng.integers(1, 2**63, size=300, dtype=np.int64).astype(np.uint64)
    per_doc = [np.unique(vocab[rng.integers(0, 300, size=rng.integers(0, 40))]) for _ in range(200)]
    outlets = rng.integers(0, 5, size=200)
    params = ReuseParams(max_df=6, boilerplate_min_docs=5)
    thresholds = boilerplate_thresholds(outlets, params)
    hashes = np.concatenate(per_doc)
    docs = np.repeat(np.arange(200), [len(s) for s in per_doc]).astype(np.int32)
    parts = [
        bucket_candidates(hashes[sel], docs[sel], outlets[docs[sel]].astype(np.int32), thresholds, params)
        for sel in (hashes % np.uint64(4) == k for k in range(4))
    ]
    found: dict[str, Any] = defaultdict(list)
    for p in parts:
        for name in ("pairs", "pair_counts", "wide", "wide_counts"):
            found[name].append(getattr(p, name))
    chosen = np.union1d(
        summed_pairs(np.concatenate(found["pairs"]), np.concatenate(found["pair_counts"]), params.min_shared),
        summed_pairs(np.concatenate(found["wide"]), np.concatenate(found["wide_counts"]), params.min_shared),
    )
    local = candidates(per_doc, outlets, thresholds, params)
    assert np.array_equal(np.stack((chosen >> 32, chosen & 0xFFFFFFFF), axis=1), local.pairs.astype(np.int64))
    assert np.array_equal(np.unique(np.concatenate([p.boiler for p in parts])), local.boiler)
    assert len(local.pairs) > 20 and len(local.boiler) > 0
