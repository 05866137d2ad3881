"""Figures formatted for the web UI and the report (refrain.views.format)."""

from __future__ import annotations

from refrain.views.format import number


def test_figures_read_as_people_write_them() -> None:
    assert [number(v) for v in (1500, 2.5, 3.0, 1234567.891, None, "n/a")] == [
        "1,500",
        "2.5",
        "3",
        "1,234,567.89",
        "",
        "n/a",
    ]
