"""`refrain analyze --engine spark --master spark://…` on a real (if small) Spark cluster.

A standalone master and two workers (one core, 1 GiB each) are started on 127.0.0.1 from the
scripts and jars the pyspark package carries; the command runs against them as a user runs it (a
separate process) and must give the local engine's tables row for row. Each daemon runs in its own
process group, so stopping the group also stops the executors and Python workers it started; the
cluster is stopped by the test (which checks nothing is left) and again by a finaliser if the test
fails first. Logs, work and scratch folders live under the test's ``tmp_path``.

Skips without pyspark or Java (fails under CI=true), like tests/test_spark.py.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from helpers import refrain
from test_spark import _dump, _local_store, _need_spark, _wire_records

from refrain.document import Document
from refrain.ingest import read_paths
from refrain.store import Store

pytestmark = pytest.mark.spark

# Java under a loaded machine can take a while to start; a daemon that is not up by then has failed.
START_SECONDS = 180.0
STOP_SECONDS = 20.0
RUN_SECONDS = 600.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _spark_class() -> Path:
    import pyspark

    return Path(pyspark.__file__).resolve().parent / "bin" / "spark-class"


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # a process of the group exists but belongs to someone else
        return True
    return True


@dataclass
class Cluster:
    """A standalone master and its workers, each the leader of its own process group."""

    base: Path
    env: dict[str, str]
    port: int = field(default_factory=_free_port)
    ui_port: int = field(default_factory=_free_port)
    daemons: list[tuple[str, subprocess.Popen[bytes]]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"spark://127.0.0.1:{self.port}"

    def _start(self, name: str, *args: str) -> None:
        log = (self.base / f"{name}.log").open("wb")
        proc = subprocess.Popen(
            [str(_spark_class()), *args],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=self.env,
            cwd=self.base,
            start_new_session=True,  # its own process group: executors and Python workers join it
        )
        log.close()
        self.daemons.append((name, proc))

    def log_tail(self, name: str, lines: int = 30) -> str:
        path = self.base / f"{name}.log"
        text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
        return f"--- {name}.log ---\n" + "\n".join(text.splitlines()[-lines:])

    def state(self) -> dict[str, Any]:
        """The master's own JSON status page (workers, applications)."""
        with urllib.request.urlopen(f"http://127.0.0.1:{self.ui_port}/json/", timeout=5) as page:
            return dict(json.load(page))

    def start(self, workers: int) -> None:
        self._start(
            "master",
            "org.apache.spark.deploy.master.Master",
            "--host", "127.0.0.1",
            "--port", str(self.port),
            "--webui-port", str(self.ui_port),
        )  # fmt: skip
        for n in range(1, workers + 1):
            work = self.base / f"worker{n}"
            work.mkdir()
            self._start(
                f"worker{n}",
                "org.apache.spark.deploy.worker.Worker",
                self.url,
                "--host", "127.0.0.1",
                "--webui-port", str(_free_port()),
                "--cores", "1",
                "--memory", "1g",
                "--work-dir", str(work),
            )  # fmt: skip
        deadline = time.monotonic() + START_SECONDS
        while True:
            dead = [name for name, proc in self.daemons if proc.poll() is not None]
            if dead:
                raise RuntimeError(f"{', '.join(dead)} exited\n" + "\n".join(self.log_tail(d) for d in dead))
            try:
                if self.state().get("aliveworkers") == workers:
                    return
            except OSError:
                pass  # the master's web page is not up yet
            if time.monotonic() > deadline:
                logs = "\n".join(self.log_tail(name) for name, _ in self.daemons)
                raise RuntimeError(f"the cluster was not up after {START_SECONDS:.0f} s\n{logs}")
            time.sleep(1)

    def stop(self) -> None:
        """SIGTERM every group (workers first, so they stop their executors), then SIGKILL what is left."""
        for _, proc in reversed(self.daemons):
            if _group_alive(proc.pid):
                os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_SECONDS
        while any(_group_alive(p.pid) for _, p in self.daemons) and time.monotonic() < deadline:
            for _, proc in self.daemons:
                proc.poll()  # reap the daemon itself, or its group never empties
            time.sleep(0.2)
        for _, proc in self.daemons:
            if _group_alive(proc.pid):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=STOP_SECONDS)

    def leftovers(self) -> list[str]:
        return [name for name, proc in self.daemons if _group_alive(proc.pid)]


def _cluster_env(base: Path) -> dict[str, str]:
    scratch = base / "scratch"
    scratch.mkdir()
    env = dict(os.environ)
    env.update(
        {
            "SPARK_LOCAL_IP": "127.0.0.1",
            "SPARK_LOCAL_DIRS": str(scratch),  # shuffle files
            "SPARK_DAEMON_MEMORY": "256m",  # the master and worker JVMs themselves
            "SPARK_LOG_DIR": str(base),
            "PYSPARK_PYTHON": sys.executable,  # executors run this interpreter, which has refrain
            # refrain's Parquet hand-over folder: on this one machine every worker can read it.
            "TMPDIR": str(scratch),
        }
    )
    env.pop("SPARK_HOME", None)  # pyspark's own scripts find its jars
    return env


@pytest.fixture
def cluster(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Cluster]:
    _need_spark()
    base = tmp_path / "cluster"
    base.mkdir()
    running = Cluster(base=base, env=_cluster_env(base))
    request.addfinalizer(running.stop)  # registered before starting: a failed start is cleaned up too
    running.start(workers=2)
    yield running


def test_analyze_on_a_standalone_cluster_gives_the_local_tables(cluster: Cluster, tmp_path: Path) -> None:
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in _wire_records()) + "\n", encoding="utf-8")
    db = tmp_path / "corpus.duckdb"
    with Store(db) as store:
        store.add_documents(d for d in read_paths([str(corpus)]) if isinstance(d, Document))

    # Spark's own way to pass settings to a session that pyspark starts: a few shuffle partitions
    # (Spark's default of 200 tasks per shuffle is made for big data) and small executors.
    settings = {
        "spark.sql.shuffle.partitions": "4",
        "spark.default.parallelism": "4",
        "spark.executor.memory": "512m",
        "spark.ui.enabled": "false",
    }
    submit = " ".join(f"--conf {key}={value}" for key, value in settings.items())
    env = {
        **cluster.env,
        "REFRAIN_SPARK_DRIVER_MEMORY": "1g",
        "PYSPARK_SUBMIT_ARGS": f"{submit} pyspark-shell",
    }
    result = refrain(
        "analyze", "--db", str(db), "--engine", "spark", "--master", cluster.url, env=env, timeout=RUN_SECONDS
    )
    assert result.returncode == 0, result.stderr[-3000:] + "\n" + cluster.log_tail("master")

    # The run was the cluster's: the master saw the application finish, and both workers ran an
    # executor for it (each has one core, and an application takes every core it is offered).
    apps = cluster.state().get("completedapps", [])
    assert [app["name"] for app in apps] == ["refrain"], apps
    for n in (1, 2):
        assert list((cluster.base / f"worker{n}").glob("app-*")), f"worker{n} ran no executor"

    with Store(db, read_only=True) as on_cluster:
        got = _dump(on_cluster)
    want = _dump(_local_store([str(corpus)]))
    assert len(want["passages"]) >= 2  # the planted reuse was found at all
    for table, rows in want.items():
        assert got[table] == rows, table

    cluster.stop()
    assert cluster.leftovers() == [], "processes of the cluster outlived stop()"
