"""Inline SVG pictures shared by the web pages and the static report: a timeline, bars of volume
over time, a number line of figures, and the palette and label clipping every picture uses (the
network of speakers is in :mod:`refrain.views.network`, who copies whom in :mod:`refrain.views.flows`).

Pure functions from rows to escaped SVG markup (no scripts, no external references, no style
attributes, so they pass a strict Content-Security-Policy and open offline); text goes in only
through ``markupsafe.escape``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

# Okabe–Ito colours (readable for most colour-blind readers), then a few more.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C6D31", "#6B6ECF", "#7F7F7F"]
OTHER = "other"


def colour(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def _day(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def lanes_of(points: Sequence[dict[str, Any]], key: str, max_lanes: int = 8) -> list[str]:
    """The most frequent values of ``key``, then ``other`` for the rest."""
    counts: dict[str, int] = {}
    for p in points:
        counts[str(p[key])] = counts.get(str(p[key]), 0) + 1
    ranked = sorted(counts, key=lambda k: (-counts[k], k))
    return ranked[:max_lanes] + ([OTHER] if len(ranked) > max_lanes else [])


def timeline(
    points: Sequence[dict[str, Any]], *, lane_key: str, title: str, width: int = 860, max_lanes: int = 8
) -> Markup:
    """One row per lane (an outlet, a speaker), one dot per point at its date; dots link to ``href``.

    Each point needs ``date`` and ``lane_key``; ``href`` and ``label`` are optional. When no point
    has a date, points with an ``order`` (the article's ingest order) are placed by it instead, and
    the axis says so: undated corpora still show who was quoted early or late.
    """
    placed = [(d.toordinal(), d.isoformat(), p) for p in points if (d := _day(p.get("date"))) is not None]
    by_order = not placed
    if by_order:
        placed = [
            (int(p["order"]), f"article {int(p['order']) + 1:,}", p)
            for p in points
            if p.get("order") is not None
        ]
    if not placed:
        return Markup('<p class="muted">No dated items to plot.</p>')
    lanes = lanes_of([p for _, _, p in placed], lane_key, max_lanes)
    lane_index = {name: i for i, name in enumerate(lanes)}
    left, right, top, row_h = 170, 48, 16, 30
    height = top + row_h * len(lanes) + (58 if by_order else 40)
    first, last = min(x for x, _, _ in placed), max(x for x, _, _ in placed)
    plot_w = width - left - right

    def x_of(value: float) -> float:
        return left + plot_w * ((value - first) / (last - first) if last != first else 0.5)

    def tick_label(value: int) -> str:
        return f"{value + 1:,}" if by_order else dt.date.fromordinal(value).isoformat()

    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for name, i in lane_index.items():
        y = top + row_h * i + row_h / 2
        parts.append(
            f'<line x1="{left}" y1="{y}" x2="{width - right}" y2="{y}" stroke="#e3e3e3" stroke-width="1"/>'
            f'<text x="{left - 8}" y="{y + 4}" text-anchor="end" font-size="12" fill="#333">'
            f"{escape(clip_label(name, 24))}</text>"
        )
    axis_y = top + row_h * len(lanes) + 6
    parts.append(f'<line x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}" stroke="#888"/>')
    ticks = sorted({round(first + (last - first) * i / 4) for i in range(5)})
    for i, tick in enumerate(ticks):
        x = x_of(tick)
        anchor = "end" if i == len(ticks) - 1 and len(ticks) > 1 else "middle"
        parts.append(
            f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 5}" stroke="#888"/>'
            f'<text x="{x:.1f}" y="{axis_y + 18}" text-anchor="{anchor}" font-size="11" fill="#555">'
            f"{tick_label(tick)}</text>"
        )
    if by_order:
        parts.append(
            f'<text x="{left + plot_w / 2:.1f}" y="{axis_y + 36}" text-anchor="middle" font-size="11" fill="#555">'
            "articles in ingest order (no dates in this corpus)</text>"
        )
    stacked: dict[tuple[int, int], int] = {}
    for value, shown, p in placed:
        lane = str(p[lane_key])
        i = lane_index.get(lane, lane_index.get(OTHER, 0))
        x = x_of(value)
        k = stacked.get((i, round(x)), 0)
        stacked[(i, round(x))] = k + 1
        dy = (-1) ** k * ((k + 1) // 2) * 5 if k < 5 else 0
        y = top + row_h * i + row_h / 2 + dy
        label = escape(f"{shown} · {lane} · {p.get('label') or ''}".strip(" ·"))
        dot = (
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colour(i)}" fill-opacity="0.85" '
            f'stroke="#fff" stroke-width="1"><title>{label}</title></circle>'
        )
        parts.append(_linked(dot, p.get("href")))
    parts.append("</svg>")
    return Markup("".join(parts))


def _linked(svg: str, href: Any) -> str:
    """A point of a picture, wrapped in a link to what it stands for when it has one."""
    return f'<a href="{escape(href)}">{svg}</a>' if href else svg


def clip_label(text: str, n: int) -> str:
    """``text`` cut to ``n`` characters, the last an ellipsis when cut (a label in a picture)."""
    return text if len(text) <= n else text[: n - 1] + "…"


def volume(rows: Sequence[dict[str, Any]], *, series: Sequence[str], title: str, width: int = 860) -> Markup:
    """Side-by-side bars per period (``rows``: ``period`` and a count for each of ``series``), with
    the largest count on the axis and every bar's count in its tooltip; a table beside it gives
    the same figures (see the templates)."""
    height, left, top, bottom = 220, 46, 28, 44
    plot_w, plot_h = width - left - 12, height - top - bottom
    peak = max([int(r.get(s) or 0) for r in rows for s in series] or [0]) or 1
    slot = plot_w / max(1, len(rows))
    bar = max(1.0, slot * 0.8 / max(1, len(series)))
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>',
        f'<text x="{left}" y="16" font-size="12" fill="#333">{escape(title)}</text>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#999"/>',
        f'<text x="{left - 4}" y="{top + 4}" text-anchor="end" font-size="10" fill="#555">{peak:,}</text>',
        f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end" font-size="10" fill="#555">0</text>',
    ]
    every = max(1, round(len(rows) / 12))  # at most about 12 period labels
    for i, r in enumerate(rows):
        x0 = left + slot * i + slot * 0.1
        for k, name in enumerate(series):
            n = int(r.get(name) or 0)
            h = plot_h * n / peak
            parts.append(
                f'<rect x="{x0 + bar * k:.1f}" y="{top + plot_h - h:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{colour(k)}"><title>{escape(str(r["period"]))} · {escape(name)}: {n:,}</title></rect>'
            )
        if i % every == 0:
            parts.append(
                f'<text x="{left + slot * i + slot / 2:.1f}" y="{top + plot_h + 14}" text-anchor="middle" '
                f'font-size="10" fill="#555">{escape(str(r["period"]))}</text>'
            )
    for k, name in enumerate(series):
        x = left + 120 * k
        parts.append(
            f'<rect x="{x}" y="{height - 14}" width="10" height="10" fill="{colour(k)}"/>'
            f'<text x="{x + 14}" y="{height - 5}" font-size="11" fill="#333">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def number_line(points: Sequence[dict[str, Any]], *, title: str, unit: str = "", width: int = 860) -> Markup:
    """Figures on one axis from the smallest to the largest: a dot per figure (``value``) with its
    ``label`` (source, place, date) beside it, linked to ``href`` when given."""
    placed = sorted(
        ((float(p["value"]), p) for p in points if p.get("value") is not None), key=lambda vp: vp[0]
    )
    row_h, top, left, right = 22, 30, 24, 24
    height = top + 30 + row_h * max(1, len(placed))
    low, high = (placed[0][0], placed[-1][0]) if placed else (0.0, 1.0)
    span = (high - low) or 1.0
    plot_w = width - left - right

    def x_of(v: float) -> float:
        return left + plot_w * 0.05 + plot_w * 0.6 * (v - low) / span

    axis_y = top + 10
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>',
        f'<text x="{left}" y="16" font-size="12" fill="#333">{escape(title)}</text>',
        f'<line x1="{x_of(low):.1f}" y1="{axis_y}" x2="{x_of(high):.1f}" y2="{axis_y}" stroke="#999"/>',
    ]
    for v, anchor in ((low, "start"), (high, "end")):
        shown = f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}"
        parts.append(
            f'<text x="{x_of(v):.1f}" y="{axis_y - 5}" text-anchor="{anchor}" font-size="10" fill="#555">'
            f"{escape(shown + (' ' + unit if unit else ''))}</text>"
        )
    for i, (v, p) in enumerate(placed):
        x, y = x_of(v), axis_y + 20 + row_h * i
        figure = str(p.get("shown") or (f"{v:,.0f}" if v.is_integer() else f"{v:,.2f}"))
        text = f"{figure} · {p.get('label') or ''}".strip(" ·")
        item = (
            f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{y:.1f}" stroke="#ccc"/>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colour(i)}"><title>{escape(text)}</title></circle>'
            f'<text x="{x + 9:.1f}" y="{y + 4:.1f}" font-size="11" fill="#333">{escape(clip_label(text, 90))}</text>'
        )
        parts.append(_linked(item, p.get("href")))
    parts.append("</svg>")
    return Markup("".join(parts))
