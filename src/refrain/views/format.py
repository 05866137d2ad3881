"""Formatting shared by the web UI and the static report."""

from __future__ import annotations

from typing import Any


def number(value: Any) -> str:
    """A figure as people read it: thousands separated, no trailing zeros ("1,500", "2.5")."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
