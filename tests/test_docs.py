"""The reference docs are complete and current: every command in docs/cli.md, every error code in
docs/errors.md, both as scripts/write_docs.py writes them today."""

from __future__ import annotations

import importlib.util
import re

from conftest import REPO

from refrain.errors import Errors, Message


def write_docs():
    spec = importlib.util.spec_from_file_location("write_docs", REPO / "scripts" / "write_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_command_has_a_section_in_the_cli_reference() -> None:
    documented = set(re.findall(r"^## refrain (\S+)$", (REPO / "docs" / "cli.md").read_text(), re.M))
    missing = set(write_docs().commands()) - documented
    assert not missing, (
        f"commands missing from docs/cli.md: {sorted(missing)} (run python scripts/write_docs.py)"
    )


def test_the_cli_reference_is_what_the_script_writes_today() -> None:
    assert (REPO / "docs" / "cli.md").read_text() == write_docs().cli_markdown(), (
        "docs/cli.md is out of date: run python scripts/write_docs.py"
    )


def test_the_error_reference_is_what_the_script_writes_today() -> None:
    assert (REPO / "docs" / "errors.md").read_text() == write_docs().errors_markdown(), (
        "docs/errors.md is out of date: run python scripts/write_docs.py"
    )


def test_every_error_has_a_unique_code_a_text_and_a_fix() -> None:
    messages = Errors.all()
    assert len(messages) >= 50
    assert len({m.code for m in messages}) == len(messages)
    for message in messages:
        assert re.fullmatch(r"E\d{3}", message.code), message
        assert message.text and message.fix, message.code


def test_every_code_named_in_src_is_in_the_catalogue() -> None:
    known = {m.code for m in Errors.all()}
    named = {
        code
        for path in (REPO / "src" / "refrain").rglob("*.py")
        for code in re.findall(r"\bErrors\.(E\d{3})\b", path.read_text(encoding="utf-8"))
    }
    assert named, "no code named in src/"
    assert named <= known, sorted(named - known)


def test_a_code_is_set_once_per_message() -> None:
    assert isinstance(Errors.E113, Message) and Errors.E113.code == "E113"
    assert Errors.E110.format(size=2_000_000, limit=1_000) == (
        "file is 2,000,000 bytes, over the limit of 1,000 (Limits.max_file_bytes)"
    )
