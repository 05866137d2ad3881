"""`refrain --version` names the installed version and exits without needing a command."""

from __future__ import annotations

from helpers import refrain

import refrain as package


def test_version_prints_the_package_version_and_exits_0() -> None:
    done = refrain("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"refrain {package.__version__}"


def test_version_is_listed_in_the_help() -> None:
    assert "--version" in refrain("--help").stdout
