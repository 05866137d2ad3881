"""The Spark session refrain runs in: any master URL, nothing downloaded at run time.

pyspark from PyPI carries Spark's jars, so ``local[*]`` needs only Java 17+. On a cluster the
session is the one ``spark-submit`` made (see docs/spark.md); refrain adds no packages or jars.
"""

from __future__ import annotations

import os
import shutil
import sys
from typing import Any

from refrain.errors import RefrainError

DEFAULT_MASTER = "local[*]"


class SparkUnavailable(RefrainError):
    """pyspark or Java is missing: the message says which, and how to install it."""


def check_spark() -> None:
    """Raise :class:`SparkUnavailable` unless pyspark imports and a Java runtime is on PATH."""
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise SparkUnavailable(
            "--engine spark needs pyspark: .venv/bin/pip install pyspark==4.3.0 (and Java 17+)"
        ) from exc
    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        raise SparkUnavailable(
            "--engine spark needs Java 17 or newer: install a JRE (apt-get install default-jre-headless) "
            "or set JAVA_HOME"
        )


# How many tasks align pairs (see refrain.spark.reuse): each gets the texts its pairs need, so
# every extra task tokenises documents again; on a cluster the shuffle partition count is used.
ALIGN_PARTITIONS = "spark.refrain.alignPartitions"


def _local_cores(master: str) -> int:
    """Cores of a ``local[…]`` master, 0 for any other master."""
    if not master.startswith("local"):
        return 0
    inner = master[master.find("[") + 1 : master.find("]")] if "[" in master else "1"
    return (os.cpu_count() or 1) if inner in {"*", ""} else int(inner.split(",")[0])


def _local_settings(master: str) -> dict[str, str]:
    """Settings for a ``local[…]`` master, where driver and executor are one JVM on this machine.

    Spark's default of 200 shuffle partitions makes a small local run spend its time on task
    start-up: a few tasks per core is enough. The JVM is started with the client compiler only
    and the serial collector, and without the web UI: on a few busy cores the default JIT and
    parallel GC threads cost more CPU than they save, as the JVM's own work here is moving a few
    large blobs (Python does the counting). On a cluster all of Spark's own settings are kept.
    """
    cores = _local_cores(master)
    if not cores:
        return {}
    return {
        "spark.sql.shuffle.partitions": str(max(2, 4 * cores)),
        "spark.default.parallelism": str(max(2, 4 * cores)),
        ALIGN_PARTITIONS: str(max(1, cores)),
        "spark.ui.enabled": "false",
        "spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
    }


def spark_session(master: str = DEFAULT_MASTER, *, config: dict[str, str] | None = None) -> Any:
    """The active SparkSession, or a new one on ``master`` (``local[*]``, ``spark://…``, ``yarn``, …).

    An already running session (from ``spark-submit`` or a notebook) is reused as it is.
    """
    check_spark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    # Python workers must run this interpreter (the one that has refrain and numpy installed).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.master(master).appName("refrain")
    settings = {
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.execution.arrow.pyspark.enabled": "true",
        "spark.driver.memory": os.environ.get("REFRAIN_SPARK_DRIVER_MEMORY", "4g"),
    }
    settings.update(_local_settings(master))
    settings.update(config or {})
    for key, value in settings.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session
