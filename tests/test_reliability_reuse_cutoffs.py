"""Reuse cut-offs stated: when shingles are left out of pairing for frequency (``max_df``,
``boilerplate_min_docs``), the run says how many and why, instead of showing nothing silently."""

from __future__ import annotations

from pathlib import Path

from helpers import refrain

from refrain.reuse import ReuseDoc, ReuseParams, align

STORY = (
    "The regional water board said on Wednesday that the reservoir above the valley had reached its "
    "lowest level in thirty years, and that farmers downstream would receive half of their usual share "
    "until the autumn rains. Engineers will inspect the old dam wall next month, the board added."
)


def _copies(n: int, outlet: str | None = None) -> list[ReuseDoc]:
    return [
        ReuseDoc(name=f"d{i}", text=f"Report {i}. {STORY} Filed by desk {i}.", outlet=outlet, order=i)
        for i in range(n)
    ]


def test_a_story_in_more_than_max_df_documents_is_counted_not_silent() -> None:
    result = align(_copies(8), params=ReuseParams(max_df=5, wide_stories=False), workers=1)
    assert result.passages == []  # no pairs proposed: the limit at work
    assert result.cutoffs is not None
    assert result.cutoffs.frequent_shingles > 20 and result.cutoffs.frequent_documents == 8
    assert "more than 5 documents (max_df)" in result.cutoffs.line()
    assert "not matched at all" in result.cutoffs.line()


def test_a_story_in_500_documents_is_one_cluster_not_nothing() -> None:
    # 500 copies: far over max_df (200); paired with the first copy each (499 pairs, not 124,750)
    result = align(_copies(500, outlet=None), workers=1)
    (cluster,) = result.clusters
    assert len(cluster.documents) == 500 and cluster.earliest == "d0"
    assert cluster.boilerplate  # 500 copies with no outlet named: boilerplate, shown as such
    assert len(result.passages) == 499 and all(p.a == "d0" for p in result.passages)
    assert result.cutoffs is not None and "matched with the first holding it only" in result.cutoffs.line()


def test_a_story_reprinted_by_500_outlets_is_reuse() -> None:
    docs = [
        ReuseDoc(name=d.name, text=d.text, outlet=f"outlet {d.order}", order=d.order) for d in _copies(500)
    ]
    result = align(docs, workers=1)
    (cluster,) = result.clusters
    assert len(cluster.documents) == 500 and not cluster.boilerplate  # a widely reprinted story
    assert len(result.reuse) == 499


def test_ten_copies_without_an_outlet_are_shown_as_boilerplate() -> None:
    result = align(_copies(12), workers=1)
    assert result.reuse == [] and len(result.passages) == 11 and result.clusters[0].boilerplate


def test_copies_without_an_outlet_are_counted_as_boilerplate() -> None:
    result = align(_copies(12), workers=1)
    assert result.cutoffs is not None and result.cutoffs.boilerplate_documents == 12
    assert "boilerplate_min_docs" in result.cutoffs.line()


def test_a_plain_pair_reports_no_cutoff() -> None:
    result = align(_copies(2), workers=1)
    assert result.passages and result.cutoffs is not None and result.cutoffs.line() == ""


def test_the_reuse_command_says_what_was_left_out(tmp_path: Path) -> None:
    for doc in _copies(12):
        (tmp_path / f"{doc.name}.txt").write_text(doc.text, encoding="utf-8")
    run = refrain("reuse", str(tmp_path), "--show-boilerplate")
    assert run.returncode == 0, run.stderr
    (line,) = [line for line in run.stderr.splitlines() if line.startswith("reuse: ")]
    assert "12 documents" in line and "boilerplate_min_docs" in line


def test_analyze_records_the_cutoffs_in_the_store_and_says_them(tmp_path: Path) -> None:
    import duckdb

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for doc in _copies(12):
        (corpus / f"{doc.name}.txt").write_text(doc.text, encoding="utf-8")
    db = str(tmp_path / "store.duckdb")
    assert refrain("ingest", str(corpus), "--db", db).returncode == 0
    run = refrain("analyze", "--db", db, "--workers", "1", "--no-search-index")
    assert run.returncode == 0, run.stderr
    (line,) = [line for line in run.stderr.splitlines() if line.startswith("reuse: ")]
    assert "boilerplate_min_docs" in line and "12 documents" in line
    with duckdb.connect(db, read_only=True) as con:
        row = con.execute(
            "SELECT max_df, boilerplate_min_docs, boilerplate_documents, frequent_shingles FROM reuse_cutoffs"
        ).fetchall()
    assert row == [(200, 10, 12, 0)]
    # A second run with nothing new still says it (read from the store).
    again = refrain("analyze", "--db", db, "--workers", "1", "--no-search-index")
    assert again.returncode == 0 and line in again.stderr
    # What `analyze --engine spark` prints after loading its run (the Spark rows: tests/test_spark.py)
    from refrain.api import stored_reuse_cutoffs

    assert stored_reuse_cutoffs(db) == line
