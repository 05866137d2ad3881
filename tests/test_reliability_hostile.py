"""Hostile names and cells: what reaches a terminal or a table is shown, never obeyed.

A file name is outside data: it may hold an escape sequence that recolours the terminal, sets the
window title or clears the screen, a bidi override that reverses what follows, or a newline that
forges a second ``Error:`` line. Run as a user runs refrain (a subprocess, and in a real
pseudo-terminal through ``script``), every such character comes out escaped (``\\x1b``,
``\\u202e``, ``\\n``) and every bad file is exactly one error line.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import REFRAIN, error_lines, refrain

ESC_TITLE = "\x1b]0;pwned\x07"  # sets the terminal window's title
ESC_CLEAR = "\x1b[2J"  # clears the screen
RED = "\x1b[31m"
RLO = "\u202e"  # right-to-left override: "txt.exe" shown reversed
CSI_C1 = "\x9b"  # the one-byte CSI some terminals obey

HOSTILE_NAMES = [
    f"{RED}red{ESC_CLEAR}.txt",
    f"title{ESC_TITLE}.txt",
    f"invoice{RLO}txt.exe",
    "fake.txt\nError: fake.txt: injected line",
    f"c1{CSI_C1}2J.txt",
]
RAW = [ESC_TITLE, ESC_CLEAR, RED, RLO, CSI_C1, "injected line\n"]
ARTICLE = "The ferry company said on Monday that 12 boats would run all winter, its director told reporters."


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for name in HOSTILE_NAMES:
        (root / name).write_bytes(b"")  # empty: every one is a bad file
    return root


def _no_raw(output: str) -> None:
    for raw in RAW:
        assert raw not in output, f"{raw!r} reached the output"


def test_each_bad_file_with_a_hostile_name_is_one_escaped_error_line(
    hostile_folder: Path, tmp_path: Path
) -> None:
    result = refrain("ingest", str(hostile_folder), "--db", str(tmp_path / "s.duckdb"))
    assert result.returncode == 1
    lines = error_lines(result.stderr)
    assert len(lines) == len(HOSTILE_NAMES), result.stderr
    assert len(result.stderr.splitlines()) == len(HOSTILE_NAMES) + 1  # and the summary line
    _no_raw(result.stderr)
    assert any("\\x1b]0;pwned\\x07" in line for line in lines)
    assert any("invoice\\u202etxt.exe" in line for line in lines)
    assert any("fake.txt\\nError: fake.txt: injected line" in line for line in lines)


@pytest.mark.skipif(shutil.which("script") is None, reason="needs util-linux script(1)")
def test_a_real_terminal_sees_the_names_escaped(hostile_folder: Path, tmp_path: Path) -> None:
    # script(1) runs the command on a pseudo-terminal: stderr is a TTY, as for a user at a shell.
    command = " ".join(
        [*(f"'{a}'" for a in REFRAIN), "ingest", f"'{hostile_folder}'", "--db", f"'{tmp_path / 's.duckdb'}'"]
    )
    typescript = tmp_path / "typescript"
    subprocess.run(
        ["script", "-qec", command, str(typescript)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=300,
    )
    seen = typescript.read_bytes().decode("utf-8", "replace")
    _no_raw(seen)
    assert seen.count(f"Error: {hostile_folder}/") == len(HOSTILE_NAMES)  # one line per bad file
    assert "title\\x1b]0;pwned\\x07.txt" in seen


@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_table_and_csv_cells_show_names_escaped(tmp_path: Path, fmt: str) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for name in HOSTILE_NAMES:
        (root / name).write_text(ARTICLE, encoding="utf-8")
    result = refrain("extract", str(root), "--format", fmt)
    assert result.returncode == 0, result.stderr
    _no_raw(result.stdout)
    assert "\\u202e" in result.stdout
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(result.stdout)))
        assert len(rows) == len(HOSTILE_NAMES) + 1  # the newline in a name does not make a row


def test_jsonl_keeps_names_exact_but_escaped(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for name in HOSTILE_NAMES:
        (root / name).write_text(ARTICLE, encoding="utf-8")
    result = refrain("extract", str(root))
    _no_raw(result.stdout)
    # JSON's own \\u escapes: the data read back is the name, byte for byte.
    sources = {Path(json.loads(line)["source"]).name for line in result.stdout.splitlines()}
    assert sources == set(HOSTILE_NAMES)


def test_visible_escapes_controls_and_bidi_only() -> None:
    from refrain.text.visible import visible

    assert visible("a\x1b[31mb") == "a\\x1b[31mb"
    assert visible("x\u202ey\u2066z") == "x\\u202ey\\u2066z"
    assert visible("line\nnext\ttab") == "line\\nnext\\ttab"
    assert visible("line\nnext", keep="\n") == "line\nnext"
    assert visible("مي\u200cشود — café “quoted”") == "مي\u200cشود — café “quoted”"  # ZWNJ is writing
    assert visible("back\\slash") == "back\\slash"
