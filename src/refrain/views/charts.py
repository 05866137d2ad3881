"""Inline SVG pictures shared by the web pages and the static report: a timeline, a network,
bars of volume over time, a number line of figures and who copies whom (a flow graph).

Pure functions from rows to escaped SVG markup (no scripts, no external references, no style
attributes, so they pass a strict Content-Security-Policy and open offline). One module of about
480 lines on purpose: each picture is a public function with its drawing helpers beside it, all
sharing one palette and one way of escaping, which is what keeps every picture CSP-safe.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import numpy as np
from markupsafe import Markup, escape

from refrain.unionfind import UnionFind

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
            f"{escape(_short(name, 24))}</text>"
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
        href = p.get("href")
        parts.append(f'<a href="{escape(href)}">{dot}</a>' if href else dot)
    parts.append("</svg>")
    return Markup("".join(parts))


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def force_layout(
    n: int, edges: Sequence[tuple[int, int, float]], *, iterations: int = 300, seed: int = 7
) -> np.ndarray:
    """Fruchterman–Reingold positions in [0, 1]² for ``n`` nodes; the same input gives the same picture."""
    if n == 0:
        return np.zeros((0, 2))
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    if n == 1:
        return np.array([[0.5, 0.5]])
    k = 1.0 / np.sqrt(n)
    src = np.array([e[0] for e in edges], dtype=int)
    dst = np.array([e[1] for e in edges], dtype=int)
    weight = np.array([e[2] for e in edges], dtype=float)
    if len(weight):
        weight = 0.5 + weight / weight.max()
    temperature = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.linalg.norm(delta, axis=2) + 1e-9
        force = (k * k / dist**2)[:, :, None] * delta  # repulsion, pointing away
        np.fill_diagonal(force[:, :, 0], 0)
        np.fill_diagonal(force[:, :, 1], 0)
        disp = force.sum(axis=1)
        if len(src):
            d = pos[src] - pos[dst]
            length = np.linalg.norm(d, axis=1)[:, None] + 1e-9
            pull = d * (length / k) * weight[:, None]
            np.add.at(disp, src, -pull)
            np.add.at(disp, dst, pull)
        disp += (0.5 - pos) * 0.05  # a weak pull to the centre keeps components on the page
        length = np.linalg.norm(disp, axis=1)[:, None] + 1e-9
        pos += disp / length * np.minimum(length, temperature)
        temperature = max(temperature * 0.985, 0.002)
    pos -= pos.min(axis=0)
    scale = pos.max(axis=0)
    scale[scale == 0] = 1
    return pos / scale


def components(n: int, edges: Sequence[tuple[int, int, float]]) -> list[list[int]]:
    """Connected components (lists of node indices), largest first, ties by smallest member."""
    sets = UnionFind(n)
    for a, b, _ in edges:
        sets.union(a, b)
    return sorted(sets.groups().values(), key=lambda g: (-len(g), g[0]))


def packed_layout(n: int, edges: Sequence[tuple[int, int, float]], *, aspect: float = 1.6) -> np.ndarray:
    """Each connected component laid out on its own, then packed in rows: small groups stay readable.

    Returns positions in [0, 1]² (x stretched by ``aspect`` when drawn).
    """
    pos = np.zeros((n, 2))
    if n == 0:
        return pos
    comps = components(n, edges)
    sides = [0.6 + np.sqrt(len(c)) for c in comps]  # area grows with the number of nodes
    row_width = max(max(sides), np.sqrt(sum(s * s for s in sides) * aspect))
    x = y = row_h = 0.0
    boxes = []
    for side in sides:
        if x > 0 and x + side > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        boxes.append((x, y, side))
        x += side
        row_h = max(row_h, side)
    width, height = row_width, y + row_h
    for comp, (bx, by, side) in zip(comps, boxes, strict=True):
        local = {old: new for new, old in enumerate(comp)}
        sub = [(local[a], local[b], w) for a, b, w in edges if a in local and b in local]
        inner = force_layout(len(comp), sub) if len(comp) > 1 else np.array([[0.5, 0.5]])
        margin = 0.3
        pos[comp] = np.column_stack(
            [bx + margin + inner[:, 0] * (side - 2 * margin), by + margin + inner[:, 1] * (side - 2 * margin)]
        )
    return pos / np.array([width, height])


def network(
    nodes: Sequence[dict[str, Any]],
    edges: Sequence[tuple[int, int, float]],
    *,
    group_key: str,
    title: str,
    width: int = 860,
    height: int = 560,
) -> Markup:
    """Nodes (with ``label`` and ``group_key``) placed by ``force_layout``, coloured by group, with a legend."""
    if not nodes:
        return Markup('<p class="muted">No reused passages to draw.</p>')
    groups = lanes_of(nodes, group_key, max_lanes=len(PALETTE) - 1)
    gi = {g: i for i, g in enumerate(groups)}
    pos = packed_layout(len(nodes), edges)
    legend_h = 22 * ((len(groups) + 3) // 4) + 8
    pad = 24
    xy = pad + pos * np.array([width - 2 * pad, height - legend_h - 2 * pad])
    degree = np.zeros(len(nodes))
    for a, b, _ in edges:
        degree[a] += 1
        degree[b] += 1
    wmax = max((w for _, _, w in edges), default=1.0) or 1.0
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for a, b, w in edges:
        (x1, y1), (x2, y2) = xy[a], xy[b]
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#9aa5b1" '
            f'stroke-opacity="0.6" stroke-width="{0.6 + 3 * w / wmax:.2f}"/>'
        )
    for i, node in enumerate(nodes):
        x, y = xy[i]
        g = str(node[group_key])
        c = colour(gi.get(g, gi.get(OTHER, 0)))
        r = 4 + min(8.0, 1.5 * float(np.sqrt(degree[i])))
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{c}" stroke="#fff" stroke-width="1.2">'
            f"<title>{escape(node.get('label') or '')}</title></circle>"
        )
    ly = height - legend_h + 10
    for i, g in enumerate(groups):
        lx = pad + (i % 4) * ((width - 2 * pad) / 4)
        y = ly + 22 * (i // 4)
        parts.append(
            f'<circle cx="{lx + 6:.1f}" cy="{y:.1f}" r="6" fill="{colour(i)}"/>'
            f'<text x="{lx + 18:.1f}" y="{y + 4:.1f}" font-size="12" fill="#333">{escape(_short(g, 28))}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


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
            f'<text x="{x + 9:.1f}" y="{y + 4:.1f}" font-size="11" fill="#333">{escape(_short(text, 90))}</text>'
        )
        href = p.get("href")
        parts.append(f'<a href="{escape(href)}">{item}</a>' if href else item)
    parts.append("</svg>")
    return Markup("".join(parts))


def _flow_weights(flows: Sequence[dict[str, Any]]) -> tuple[dict[str, int], dict[str, int]]:
    """Article pairs by outlet (as source or copier) and, apart, pairs within one outlet."""
    weight: dict[str, int] = {}
    within: dict[str, int] = {}
    for f in flows:
        source, copier, pairs = str(f["source"]), str(f["copier"]), int(f["pairs"] or 0)
        weight[source] = weight.get(source, 0) + pairs
        if copier != source:
            weight[copier] = weight.get(copier, 0) + pairs
        else:
            within[source] = within.get(source, 0) + pairs
    return weight, within


def _flow_arrow(
    f: dict[str, Any],
    ends: tuple[tuple[float, float], tuple[float, float]],
    radii: tuple[float, float],
    colour_of: str,
    widest: int,
    marker_id: str,
) -> str:
    """One flow's arrow (a curve between two outlets' circles, ``ends`` their centres) and its label."""
    (x1, y1), (x2, y2) = ends
    dx, dy = x2 - x1, y2 - y1
    length = float(np.hypot(dx, dy)) or 1.0
    ux, uy = dx / length, dy / length
    # Bend to the left of the direction of copying: A->B and B->A take opposite sides.
    mx, my = (x1 + x2) / 2 - uy * length * 0.18, (y1 + y2) / 2 + ux * length * 0.18
    # Start and end at the circles' edges, along the curve's first and last direction.
    sx, sy = mx - x1, my - y1
    s_len = float(np.hypot(sx, sy)) or 1.0
    ex, ey = x2 - mx, y2 - my
    e_len = float(np.hypot(ex, ey)) or 1.0
    start = (x1 + sx / s_len * (radii[0] + 2), y1 + sy / s_len * (radii[0] + 2))
    end = (x2 - ex / e_len * (radii[1] + 3), y2 - ey / e_len * (radii[1] + 3))
    pairs = int(f["pairs"] or 0)
    lag = f.get("lag_days")
    tip = (
        f"{f['source']} printed first, {f['copier']} later: {pairs:,} article pairs, "
        f"{int(f.get('chars') or 0):,} characters shared"
        + (f", median {float(lag):g} days between" if lag is not None else "")
        + (f", {int(f['by_order']):,} ordered by ingest order" if f.get("by_order") else "")
    )
    label_x, label_y = (start[0] + 2 * mx + end[0]) / 4, (start[1] + 2 * my + end[1]) / 4
    return (
        f'<g><title>{escape(tip)}</title><path d="M{start[0]:.1f},{start[1]:.1f} Q{mx:.1f},{my:.1f} '
        f'{end[0]:.1f},{end[1]:.1f}" fill="none" stroke="{colour_of}" stroke-opacity="0.75" '
        f'stroke-width="{1 + 7 * pairs / widest:.2f}" marker-end="url(#{escape(marker_id)})"/>'
        f'<text x="{label_x:.1f}" y="{label_y:.1f}" text-anchor="middle" font-size="11" fill="#222" '
        f'stroke="#fff" stroke-width="3" paint-order="stroke">{pairs:,}</text></g>'
    )


def _outlet_node(
    i: int,
    outlet: str,
    xy: tuple[float, float],
    cos: float,
    radius: float,
    cy: float,
    weight: int,
    within: int | None,
) -> str:
    """One outlet's circle, named beside it on the side away from the ring's centre."""
    x, y = xy
    anchor = "start" if cos > 0.3 else ("end" if cos < -0.3 else "middle")
    lx = x + (radius + 6) * (1 if anchor == "start" else -1 if anchor == "end" else 0)
    ly = y + (4 if anchor != "middle" else (-(radius + 6) if y < cy else radius + 16))
    name = _short(outlet, 28) + (f" ({within:,} within)" if within is not None else "")
    return (
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{colour(i)}" stroke="#fff" '
        f'stroke-width="1.5"><title>{escape(outlet)}: in {weight:,} article pairs</title></circle>'
        f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}" font-size="12" fill="#222">'
        f"{escape(name)}</text>"
    )


def flow_graph(
    flows: Sequence[dict[str, Any]],
    *,
    title: str,
    width: int = 860,
    height: int = 520,
    max_outlets: int = 10,
    marker_id: str = "flow-arrow",
) -> Markup:
    """Who copies whom, drawn: outlets on a circle, an arrow from the outlet that printed first
    (``source``) to the one that printed later (``copier``), as wide as its number of ``pairs``,
    labelled with that number; the two directions between two outlets bend apart. Pairs within one
    outlet are said beside its name. Only the ``max_outlets`` outlets in most pairs are drawn; the
    flows left out are counted under the picture (the table beside it lists them all).

    ``marker_id`` names the arrowhead: one per chart on a page.
    """
    if not flows:
        return Markup('<p class="muted">No shared passages between outlets to draw.</p>')
    weight, within = _flow_weights(flows)
    outlets = sorted(weight, key=lambda o: (-weight[o], o))[:max_outlets]
    index = {o: i for i, o in enumerate(outlets)}
    edges = [f for f in flows if f["source"] != f["copier"] and f["source"] in index and f["copier"] in index]
    left_out = sum(
        1
        for f in flows
        if f["source"] not in index or (f["copier"] not in index and f["copier"] != f["source"])
    )
    cx, cy = width / 2, (height - 24) / 2
    ring = min(cx - 190, cy - 40)
    n = len(outlets)
    angle = [(-np.pi / 2 + 2 * np.pi * i / n) if n > 1 else -np.pi / 2 for i in range(n)]
    xy = [(cx + ring * np.cos(a), cy + ring * np.sin(a)) if n > 1 else (cx, cy) for a in angle]
    heaviest = max(weight[o] for o in outlets) or 1
    radius = [6 + 12 * float(np.sqrt(weight[o] / heaviest)) for o in outlets]
    widest = max((int(f["pairs"] or 0) for f in edges), default=1) or 1
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>',
        f'<defs><marker id="{escape(marker_id)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" '
        'markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#555"/>'
        "</marker></defs>",
    ]
    for f in edges:
        a, b = index[f["source"]], index[f["copier"]]
        parts.append(_flow_arrow(f, (xy[a], xy[b]), (radius[a], radius[b]), colour(a), widest, marker_id))
    for i, outlet in enumerate(outlets):
        cos = float(np.cos(angle[i])) if n > 1 else 0.0
        parts.append(_outlet_node(i, outlet, xy[i], cos, radius[i], cy, weight[outlet], within.get(outlet)))
    note = "Arrows point from the outlet that printed first to the one that printed it later; the number is article pairs."
    if left_out:
        note += f" {left_out:,} smaller flows of outlets not drawn (in the table)."
    parts.append(f'<text x="12" y="{height - 8}" font-size="11" fill="#555">{escape(note)}</text></svg>')
    return Markup("".join(parts))
