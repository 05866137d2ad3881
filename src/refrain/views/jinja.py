"""The Jinja2 environment the web UI and the report render with: the same escaping, whitespace
rules and formatting filters (figures, links, plurals, writing direction), so a value reads the
same on a page and in the report. Each adds what only it shows."""

from __future__ import annotations

from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape

from refrain.views.direction import direction_attrs, quoted
from refrain.views.format import href, number, plural, shorten

SHARED = Path(__file__).resolve().parent / "templates"


def environment(templates: Path) -> Environment:
    """An environment reading ``templates``, then the pieces both show (``views/templates``), every
    value escaped unless marked safe."""
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(templates), FileSystemLoader(SHARED)]),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = number
    env.filters["href"] = href
    env.filters["plural"] = plural
    env.filters["shorten"] = shorten
    env.filters["textdir"] = direction_attrs
    env.filters["quoted"] = quoted
    return env
