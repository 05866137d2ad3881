"""Phrase lists kept as data files in ``refrain/ingest/data`` and loaded once."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def phrase_lines(name: str) -> tuple[str, ...]:
    """Non-comment, non-blank lines of ``data/<name>.txt``."""
    text = resources.files("refrain.ingest").joinpath(f"data/{name}.txt").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def whole_line_regex(name: str) -> re.Pattern[str]:
    """One case-insensitive regex matching a whole line against any pattern of ``data/<name>.txt``."""
    alternatives = "|".join(f"(?:{pattern})" for pattern in phrase_lines(name))
    return re.compile(f"^(?:{alternatives})$", re.IGNORECASE)
