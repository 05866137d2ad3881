"""A network of nodes (the report's articles linked by the passages they share) as inline SVG:
each connected component laid out on its own (Fruchterman–Reingold) and the components packed in
rows, so small groups stay readable; the same input gives the same picture. CSP-safe like every
picture of :mod:`refrain.views`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from markupsafe import Markup, escape

from refrain.unionfind import UnionFind
from refrain.views.charts import OTHER, PALETTE, clip_label, colour, lanes_of


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
            f'<text x="{lx + 18:.1f}" y="{y + 4:.1f}" font-size="12" fill="#333">{escape(clip_label(g, 28))}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
