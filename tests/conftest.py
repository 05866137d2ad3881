"""Shared test helpers, and the markers that let a developer run the fast part of the suite.

Tests that read the real data in ``../shared/`` use the ``shared`` fixture (or ``shared_path``):
without the data they skip with a clear reason on a user's machine, but fail in CI (CI=true),
where the data must be present.

Markers (registered in pyproject.toml; `make test` runs every test whatever its markers):

- ``realdata``: set here on every test that reads ../shared, found by the ``shared`` fixture or a
  call to ``shared_path(`` in the test or in any fixture it uses;
- ``spark``, ``browser``, ``slow``: set here on the files and tests named in ``MARKED`` (Spark
  needs Java, the browser tests Chromium, the slow ones kill -9 runs and processes racing).

The fast part: ``pytest -m "not slow and not realdata and not spark and not browser"``.
"""

from __future__ import annotations

import inspect
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


def shared_path(*parts: str) -> Path:
    """Path under ../shared/, or skip (fail in CI) when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        reason = f"needs ../shared/{'/'.join(parts)} (third-party data, not in this repo)"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"CI=true but {reason} is missing")
        pytest.skip(reason)
    return path


@pytest.fixture
def shared() -> Path:
    return shared_path()


@pytest.fixture
def examples() -> Path:
    return EXAMPLES


# Path (relative to tests/, a file or a folder ending in "/") or node id -> marker.
MARKED: dict[str, str] = {
    "test_spark.py": "spark",
    "browser/": "browser",
    "test_reliability_crash.py::test_kill_9_during_ingest_and_analyze_then_rerun_gives_the_same_store": "slow",
    "test_reliability_crash.py::test_the_reference_run_has_findings_of_every_kind": "slow",
    "test_reliability_concurrency.py": "slow",
}


def _marker_for(nodeid: str) -> list[str]:
    # node ids are relative to the rootdir: "tests/test_spark.py::test_x"
    rel = nodeid.removeprefix("tests/")
    path = rel.split("::", 1)[0]
    found = []
    for where, marker in MARKED.items():
        if (
            rel == where
            or rel.startswith(where + "[")
            or path == where
            or (where.endswith("/") and path.startswith(where))
        ):
            found.append(marker)
    return found


def _reads_shared(item: pytest.Item) -> bool:
    """Whether the test, or a fixture it uses, reads ../shared."""
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return False
    if "shared" in info.names_closure:
        return True
    functions = [getattr(item, "function", None)]
    functions += [d.func for defs in info.name2fixturedefs.values() for d in defs]
    for function in functions:
        try:
            source = inspect.getsource(function) if function is not None else ""
        except (OSError, TypeError):
            continue
        if "shared_path(" in source:
            return True
    return False


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        for marker in _marker_for(item.nodeid):
            item.add_marker(marker)
        if _reads_shared(item):
            item.add_marker("realdata")
