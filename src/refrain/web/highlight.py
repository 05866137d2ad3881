"""Article text as HTML with findings marked, built from offsets.

The text is cut at every span boundary; each piece is escaped and wrapped in one ``<span>`` that
carries the classes of every mark covering it, so overlapping and nested findings never produce
broken markup. Stored text is never trusted as HTML.

>>> str(highlight("a <b> c", [Mark(2, 5, classes=("quote",))]))
'a <span class="quote">&lt;b&gt;</span> c'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Mark:
    """A span to mark: CSS classes and a tooltip for the covered text; optionally a link at its start."""

    start: int
    end: int
    classes: tuple[str, ...] = ()
    title: str = ""
    anchor: str = ""  # id placed at the start of the span
    link: str = ""  # href of a small marker link placed at the start
    link_label: str = ""
    link_title: str = ""


def _marker(mark: Mark) -> str:
    out = ""
    if mark.anchor:
        out += f'<span class="anchor" id="{escape(mark.anchor)}"></span>'
    if mark.link:
        out += (
            f'<a class="marker" href="{escape(mark.link)}" title="{escape(mark.link_title)}">'
            f"{escape(mark.link_label)}</a>"
        )
    return out


def highlight(text: str, marks: Sequence[Mark]) -> Markup:
    """Escaped ``text`` with every mark applied; marks out of range are clipped, empty ones keep only markers."""
    n = len(text)
    clipped = []
    for m in marks:
        s, e = max(0, min(m.start, n)), max(0, min(m.end, n))
        if e < s:
            continue
        clipped.append((s, e, m))
    bounds = sorted({0, n, *(s for s, _, _ in clipped), *(e for _, e, _ in clipped)})
    starts: dict[int, list[Mark]] = {}
    for s, _, m in clipped:
        starts.setdefault(s, []).append(m)
    by_start = sorted(clipped, key=lambda t: t[0])
    active: list[tuple[int, int, Mark]] = []
    nxt = 0
    parts: list[str] = []
    for i, pos in enumerate(bounds):
        for m in starts.get(pos, ()):
            parts.append(_marker(m))
        if i + 1 == len(bounds):
            break
        end = bounds[i + 1]
        active = [t for t in active if t[1] > pos]
        while nxt < len(by_start) and by_start[nxt][0] <= pos:
            if by_start[nxt][1] > pos:
                active.append(by_start[nxt])
            nxt += 1
        piece = escape(text[pos:end])
        if not active:
            parts.append(str(piece))
            continue
        classes: list[str] = []
        titles: list[str] = []
        for _, _, m in active:
            classes.extend(c for c in m.classes if c not in classes)
            if m.title and m.title not in titles:
                titles.append(m.title)
        if not classes and not titles:
            parts.append(str(piece))
            continue
        title_attr = f' title="{escape(" · ".join(titles))}"' if titles else ""
        parts.append(f'<span class="{escape(" ".join(classes))}"{title_attr}>{piece}</span>')
    return Markup("".join(parts))
