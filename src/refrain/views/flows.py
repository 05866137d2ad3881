"""Who copies whom, drawn as inline SVG: outlets on a circle, an arrow from the outlet that printed
a passage first to the one that printed it later. CSP-safe like every picture of :mod:`refrain.views`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from markupsafe import Markup, escape

from refrain.views.charts import clip_label, colour


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
    name = clip_label(outlet, 28) + (f" ({within:,} within)" if within is not None else "")
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
