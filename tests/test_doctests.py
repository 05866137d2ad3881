"""The examples in refrain's docstrings run, and print what they say they print.

Every module of src/refrain whose docstrings hold an example (``>>>``) is imported and its
examples are run with doctest, one test a module. A module that needs an optional package that
is not installed (pyspark) skips with the reason.
"""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
OPTIONAL = {"pyspark", "playwright"}


def modules_with_examples() -> list[str]:
    names = []
    for path in sorted((SRC / "refrain").rglob("*.py")):
        if ">>>" not in path.read_text(encoding="utf-8"):
            continue
        parts = path.relative_to(SRC).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_examples_are_found() -> None:
    assert len(modules_with_examples()) >= 20


@pytest.mark.parametrize("name", modules_with_examples())
def test_docstring_examples_run(name: str) -> None:
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in OPTIONAL:
            pytest.skip(f"{name} needs {exc.name}, not installed")
        raise
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    for test in finder.find(module, name):
        if test.filename and Path(test.filename).resolve() != Path(module.__file__ or "").resolve():
            continue  # an object imported from another module: its own module runs it
        runner.run(test, out=report.append)
    outcome = runner.summarize(verbose=False)
    assert outcome.attempted > 0, f"{name} holds '>>>' but no example doctest can run"
    assert outcome.failed == 0, "".join(report)
