"""The per-document time budget in every command on files: `refrain quotes` and `refrain claims`
skip a document that runs over ``--max-seconds-per-document``, name it on one line, and go on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import error_lines, refrain

GOOD = "“We will reopen the quay in March,” said Ilse Marnet, adding that 40 workers were hired."
# Closing marks glued to words, and numbers in one sentence: inputs the analysers once were
# quadratic on. Now linear, so they are made large (about 400 KB, many seconds of work) for the
# 1 s budget to stop them whatever the machine; the budget ends the run early, so size costs nothing.
HOSTILE = {
    "quotes": "The minister said " + " ".join(f"w{i}”w{i}" for i in range(40000)) + ".",
    "claims": "Officials said " + ", ".join(f"{i + 10} people" for i in range(30000)) + " were counted.",
}


@pytest.mark.parametrize("command", ["quotes", "claims"])
def test_a_document_over_its_budget_is_one_line_and_the_others_are_read(tmp_path: Path, command: str) -> None:
    (tmp_path / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b-hostile.txt").write_text(HOSTILE[command], encoding="utf-8")
    run = refrain(command, str(tmp_path), "--max-seconds-per-document", "1", timeout=120)
    assert run.returncode == 1, run.stderr
    (line,) = error_lines(run.stderr)
    assert "b-hostile.txt: analysis took longer than 1 s" in line and line.endswith("[E302]")
    rows = [json.loads(row) for row in run.stdout.splitlines()]
    assert rows and {Path(r["doc"]).name for r in rows} == {"a-good.txt"}
