"""Shared test helpers.

Tests that read the real data in ``../shared/`` use the ``shared`` fixture (or ``shared_path``):
without the data they skip with a clear reason on a user's machine, but fail in CI (CI=true),
where the data must be present.
"""

from __future__ import annotations

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
