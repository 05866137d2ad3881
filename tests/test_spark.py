"""refrain on Spark gives exactly what the local engine gives.

One Spark session (``local[2]``) serves the module. The corpus is the project's invented
``examples/`` plus invented wire copy with planted reuse: a paragraph reprinted with a changed
word, straight instead of curly quotes and a dropped sentence, a quotation reprinted by a third
outlet, and a tag line every article of one outlet ends with (boilerplate).

Skips without pyspark or Java (fails under CI=true, where both must be installed).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from refrain.document import Document
from refrain.reuse import ReuseDoc, align
from refrain.store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _need_spark() -> None:
    missing = []
    try:
        import pyspark  # noqa: F401
    except ImportError:
        missing.append("pyspark (pip install pyspark==4.3.0)")
    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        missing.append("Java 17+ (apt-get install default-jre-headless)")
    if missing:
        reason = "Spark tests need " + " and ".join(missing)
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def spark() -> Any:
    _need_spark()
    from refrain.spark import spark_session

    session = spark_session("local[2]", config={"spark.sql.shuffle.partitions": "2"})
    yield session
    session.stop()


REPORT = (
    "The water ministry said on Monday that the northern reservoir had fallen to 31 percent of its "
    "capacity, the lowest level recorded since the dam was completed in 1998, and that rationing "
    "would begin in four districts next week unless heavy rain arrived."
)
QUOTE = (
    "\u201cWe will not let the valley go dry while the rich fill their swimming pools,\u201d said Mara Tellen, "
    "the regional governor, speaking to farmers in Osk on Sunday."
)
TAG = "Follow the Lantern Post for more news from the valley and beyond, every day of the week."


def _wire_records() -> list[dict[str, Any]]:
    copy = REPORT.replace("heavy rain", "steady rain").replace(", and that", ". It said")
    straight = QUOTE.replace("\u201c", '"').replace("\u201d", '"')
    filler = [
        "Farmers in the eastern plain began the barley harvest early this year because of the heat.",
        "The city council approved a new bus route linking the old market to the university campus.",
        "A local choir won second prize at the national festival held in the capital on Saturday.",
        "Engineers inspected the coastal bridge after residents reported cracks in two of its pillars.",
    ]
    records = [
        {"id": "w1", "outlet": "Valley Wire", "date": "2024-05-02", "text": f"{REPORT}\n\n{QUOTE}"},
        {
            "id": "l1",
            "outlet": "Lantern Post",
            "date": "2024-05-03",
            "text": f"{copy}\n\n{filler[0]}\n\n{TAG}",
        },
        {
            "id": "l2",
            "outlet": "Lantern Post",
            "date": "2024-05-04",
            "text": f"{filler[1]}\n\n{straight}\n\n{TAG}",
        },
        {"id": "l3", "outlet": "Lantern Post", "date": "2024-05-05", "text": f"{filler[2]}\n\n{TAG}"},
        {"id": "l4", "outlet": "Lantern Post", "date": "2024-05-06", "text": f"{filler[3]}\n\n{TAG}"},
        {"id": "r1", "outlet": "River Courier", "date": "2024-05-04", "text": f"{filler[3]} {QUOTE}"},
    ]
    return records


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    wire = tmp_path_factory.mktemp("wire") / "wire.jsonl"
    wire.write_text("\n".join(json.dumps(r) for r in _wire_records()) + "\n", encoding="utf-8")
    return [str(EXAMPLES), str(wire)]


def _local_store(paths: list[str]) -> Store:
    from refrain.analyze import analyze
    from refrain.ingest import read_paths

    store = Store(":memory:")
    store.add_documents(d for d in read_paths(paths) if isinstance(d, Document))
    analyze(store, workers=1)
    return store


TABLES = {
    "documents": "id, seq, name, source, idx, key, title, date, author, outlet, language, url, start_offset, end_offset, text",
    "quotes": "*",
    "claims": "*",
    "passages": "*",
    "clusters": "*",
    "cluster_members": "*",
    "quote_families": "*",
    "entities": "*",
    "conflict_groups": "*",
    "analysed": "*",
    "reuse_cutoffs": "*",
}


def _dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table: sorted(store.con.execute(f"SELECT {cols} FROM {table}").fetchall(), key=repr)
        for table, cols in TABLES.items()
    }


@pytest.fixture(scope="module")
def both(
    spark: Any, corpus: list[str], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Store, Store, Path]:
    from refrain.spark import analyze_spark, load_parquet

    out = tmp_path_factory.mktemp("spark-out")
    analyze_spark(corpus, out, master="local[2]")
    spark_store = Store(":memory:")
    load_parquet(spark_store, out)
    return _local_store(corpus), spark_store, out


def test_analyze_on_spark_gives_the_local_tables_row_for_row(both: tuple[Store, Store, Path]) -> None:
    local, on_spark, _ = both
    want, got = _dump(local), _dump(on_spark)
    assert len(want["passages"]) >= 3  # the planted reuse was found at all
    for table in TABLES:
        assert got[table] == want[table], table


def test_analyze_engine_spark_on_a_store_gives_the_local_tables(
    both: tuple[Store, Store, Path], corpus: list[str], tmp_path: Path
) -> None:
    """`refrain analyze --engine spark`: the store's documents go out as Parquet and come back."""
    from refrain.ingest import read_paths
    from refrain.spark import analyze_store_spark
    from refrain.store.corpus import corpus_fingerprint

    local, _, _ = both
    store = Store(":memory:")
    store.add_documents(d for d in read_paths(corpus) if isinstance(d, Document))
    analyze_store_spark(store, master="local[2]", work_dir=tmp_path)
    assert _dump(store) == _dump(local)
    # The links are complete, so a later local `analyze` has nothing to recompute.
    assert store.get_meta("corpus_fingerprint") == corpus_fingerprint(store) + ":"


def test_planted_reuse_and_boilerplate_are_found(both: tuple[Store, Store, Path]) -> None:
    _, on_spark, _ = both
    rows = on_spark.query(
        "SELECT a.key AS a, b.key AS b, p.boilerplate FROM passages p "
        "JOIN documents a ON a.id = p.a_doc JOIN documents b ON b.id = p.b_doc"
    )
    found = {(r["a"], r["b"]): r["boilerplate"] for r in rows}
    assert found[("w1", "l1")] is False  # the reprinted report, edited
    assert found[("w1", "r1")] is False  # the reprinted quotation
    # The tag line all four Lantern Post articles end with is that outlet's boilerplate: it
    # proposes no pair, and is never reported as reuse.
    assert all(found.get((a, b), True) for a in ("l1", "l2", "l3") for b in ("l2", "l3", "l4") if a < b)


def test_loading_the_same_folder_twice_changes_nothing(both: tuple[Store, Store, Path]) -> None:
    from refrain.spark import load_parquet

    _, on_spark, out = both
    before = _dump(on_spark)
    counts = load_parquet(on_spark, out)
    assert counts["documents"] == 0
    assert _dump(on_spark) == before


def test_align_spark_on_a_list_matches_align(spark: Any) -> None:
    from refrain.spark import align_spark

    docs = [
        ReuseDoc(name=r["id"], text=r["text"], date=r["date"], outlet=r["outlet"], order=i)
        for i, r in enumerate(_wire_records())
    ]
    want = align(docs, workers=1)
    got = align_spark(list(reversed(docs)), master="local[2]")  # order comes from ReuseDoc.order
    assert got.passages == want.passages
    assert got.clusters == want.clusters
    assert got.cutoffs == want.cutoffs


def test_spark_records_what_the_frequency_limits_left_out(both: tuple[Store, Store, Path]) -> None:
    """The tag line of the Lantern Post is its boilerplate: left out of pairing, and the Spark run
    records that in ``reuse_cutoffs`` as the local analyze does (compared above row for row)."""
    _, on_spark, _ = both
    (row,) = on_spark.query("SELECT * FROM reuse_cutoffs")
    assert row["boilerplate_shingles"] > 0 and row["boilerplate_documents"] == 4
    assert (row["max_df"], row["boilerplate_min_docs"]) == (200, 10)


def test_load_parquet_command(both: tuple[Store, Store, Path], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from refrain.cli import app

    _, on_spark, out = both
    db = tmp_path / "loaded.duckdb"
    result = CliRunner().invoke(app, ["load-parquet", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        for table in ("documents", "quotes", "claims", "passages", "clusters"):
            assert store.count(table) == on_spark.count(table), table


def test_partition_labels_put_one_label_in_each_partition(spark: Any) -> None:
    """The labels computed in Python with Spark's own hash send exactly one to each partition."""
    from pyspark.sql import functions as F

    from refrain.spark.reuse import partition_labels

    for partitions in (2, 7, 8):
        labels = partition_labels(partitions)
        frame = spark.createDataFrame([(int(label),) for label in labels], "q int")
        placed = frame.repartition(partitions, "q").select(F.spark_partition_id().alias("p"), "q").collect()
        assert sorted(r["p"] for r in placed) == list(range(partitions)), partitions
