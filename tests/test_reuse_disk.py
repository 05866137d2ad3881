"""The out-of-core reuse engine gives exactly what the in-memory engine gives, whatever its bound.

Texts are invented here (a made-up word list, paragraphs reprinted with a word changed, an
outlet's tag line, a story printed everywhere); the larger check builds bench/make_corpus.py's
synthetic corpus from ../shared and reads it in place.
"""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, shared_path

from refrain.reuse import ReuseDoc, ReuseParams, align, outofcore
from refrain.reuse.outofcore import DiskLimits, align_on_disk

WORDS = (
    "brisket cormorant dulcimer escarpment filigree gantry hopscotch isobar jamboree kestrel "
    "lodestar marzipan nightjar obelisk parapet quagmire rotunda sextant tamarind upland "
    "vellum wainscot yardarm zither almanac bulwark cistern dirigible estuary foundry"
).split()


def _prose(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def invented_corpus(seed: int, n: int) -> list[ReuseDoc]:
    """``n`` documents of four outlets (one unknown), given out of ingest order, with reprinted
    paragraphs, a tag line one outlet ends most articles with, and a story printed by most."""
    rng = random.Random(seed)
    paragraphs = [_prose(rng, 40) for _ in range(5)]
    story = _prose(rng, 35)
    tag = "Subscribe to the Kestrel Almanac for gantry news, isobar charts and the foundry column."
    docs = []
    for i in range(n):
        outlet = ["Kestrel Almanac", "Upland Vellum", "Rotunda Post", None][i % 4]
        parts = [_prose(rng, 25)]
        if rng.random() < 0.6:
            words = rng.choice(paragraphs).split()
            if rng.random() < 0.5:
                words[rng.randrange(len(words))] = "quince"
            parts.append(" ".join(words))
        if rng.random() < 0.7:
            parts.append(story)
        parts.append(_prose(rng, 20))
        if outlet == "Kestrel Almanac" and rng.random() < 0.8:
            parts.append(tag)
        date = f"2025-06-{1 + i % 28:02d}" if i % 5 else None
        # Orders repeat and come shuffled: ingest order is (order, then as given).
        docs.append(ReuseDoc(f"item-{i}", "\n\n".join(parts), date=date, outlet=outlet, order=(i * 7) % 23))
    rng.shuffle(docs)
    return docs


# Small limits so that the invented corpus has frequent shingles, boilerplate and wide stories.
PARAMS = ReuseParams(max_df=12, boilerplate_min_docs=6, min_shared=3)


@pytest.mark.parametrize("params", [PARAMS, ReuseParams()], ids=["small-limits", "defaults"])
def test_the_disk_engine_gives_the_in_memory_result(params: ReuseParams) -> None:
    docs = invented_corpus(3, 60)
    expected = align(docs, params=params, workers=1)
    got = align_on_disk(docs, params, workers=1)
    assert expected.passages, "the invented corpus must have reuse for this test to mean anything"
    assert got.passages == expected.passages
    assert got.clusters == expected.clusters
    assert got.cutoffs == expected.cutoffs


def test_a_tiny_memory_bound_splits_the_work_and_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = invented_corpus(5, 60)
    expected = align(docs, params=PARAMS, workers=1)
    assert expected.cutoffs is not None and expected.cutoffs.frequent_shingles > 0
    assert any(c.boilerplate for c in expected.clusters)
    blocks: list[int] = []
    bits: list[int] = []
    align_block, partitions = outofcore._align_block, outofcore.ShinglePartitions

    def counting_block(pairs, *args, **kwargs):  # type: ignore[no-untyped-def]
        blocks.append(len(pairs))
        return align_block(pairs, *args, **kwargs)

    def recording_partitions(folder: Path, n_bits: int) -> outofcore.ShinglePartitions:
        bits.append(n_bits)
        return partitions(folder, n_bits)

    monkeypatch.setattr(outofcore, "_align_block", counting_block)
    monkeypatch.setattr(outofcore, "ShinglePartitions", recording_partitions)
    got = align_on_disk(docs, PARAMS, workers=1, limits=DiskLimits(memory_mb=0.02))
    assert bits[-1] >= 2 and len(blocks) > 3  # several shingle files, many alignment blocks
    assert got.passages == expected.passages and got.clusters == expected.clusters
    assert got.cutoffs == expected.cutoffs
    blocks.clear()
    align_on_disk(docs, PARAMS, workers=1, limits=DiskLimits(memory_mb=512))
    assert bits[-1] == 0 and len(blocks) == 1  # a roomy bound: one file, one block


def test_the_work_folder_is_removed_and_bad_input_refused(tmp_path: Path) -> None:
    docs = invented_corpus(7, 12)
    align_on_disk(docs, PARAMS, workers=1, limits=DiskLimits(workdir=str(tmp_path)))
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError, match="names must be unique"):
        align_on_disk([docs[0], docs[0]], PARAMS, limits=DiskLimits(workdir=str(tmp_path)))
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError, match="memory_mb"):
        DiskLimits(memory_mb=0)
    assert align_on_disk([], PARAMS).passages == []


def test_a_text_with_a_lone_surrogate_and_an_empty_text_keep_their_offsets() -> None:
    shared = " ".join(WORDS) + " " + " ".join(reversed(WORDS))
    docs = [
        ReuseDoc("one", "\ud800 lead " + shared, order=0),
        ReuseDoc("two", "", order=1),
        ReuseDoc("three", "Other lead. " + shared, order=2),
    ]
    expected = align(docs, workers=1)
    assert expected.passages
    assert align_on_disk(docs, ReuseParams(), workers=1, limits=DiskLimits(memory_mb=0.001)) == expected


def test_synthetic_corpus_of_two_thousand_articles(tmp_path: Path) -> None:
    source = shared_path("data", "tehran-times", "tehran_times_33k.jsonl.gz")
    out = tmp_path / "corpus"
    command = [sys.executable, str(REPO / "bench" / "make_corpus.py"), "--n", "2000", "--out", str(out)]
    subprocess.run([*command, "--source", str(source)], check=True, capture_output=True)
    docs = []
    with gzip.open(out / "corpus-00000.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            docs.append(ReuseDoc(r["id"], r["text"], r["date"], r["outlet"], int(r["id"][1:])))
    expected = align(docs)
    got = align_on_disk(iter(docs), ReuseParams(), limits=DiskLimits(memory_mb=16))
    assert len(expected.passages) > 500
    assert got.passages == expected.passages and got.clusters == expected.clusters
    assert got.cutoffs == expected.cutoffs


def test_refrain_reuse_engine_disk_prints_what_the_local_engine_prints(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from refrain.cli import app

    for doc in invented_corpus(11, 16):
        (tmp_path / f"{doc.name}.txt").write_text(doc.text, encoding="utf-8")
    local = CliRunner().invoke(app, ["reuse", str(tmp_path), "--show-boilerplate"])
    disk = CliRunner().invoke(
        app, ["reuse", str(tmp_path), "--show-boilerplate", "--engine", "disk", "--memory-mb", "0.05"]
    )
    assert local.exit_code == 0 and disk.exit_code == 0, disk.output
    assert local.stdout.count("\n") > 3
    assert disk.stdout == local.stdout
