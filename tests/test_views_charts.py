"""The inline SVG charts shared by the web UI and the report (refrain.views.charts)."""

from __future__ import annotations

import numpy as np

from refrain.views.charts import timeline
from refrain.views.network import components, force_layout, network, packed_layout


def test_force_layout_is_deterministic_and_pulls_linked_nodes_together() -> None:
    edges = [(0, 1, 1.0), (2, 3, 1.0)]
    pos = force_layout(4, edges)
    assert np.array_equal(pos, force_layout(4, edges))
    assert pos.min() >= 0 and pos.max() <= 1
    linked = np.linalg.norm(pos[0] - pos[1])
    assert linked < np.linalg.norm(pos[0] - pos[2]) and linked < np.linalg.norm(pos[0] - pos[3])


def test_empty_charts_say_so_instead_of_drawing_nothing() -> None:
    assert "No dated items" in timeline([{"date": None, "who": "x"}], lane_key="who", title="t")
    assert "No reused passages" in network([], [], group_key="outlet", title="t")


def test_packed_layout_keeps_each_group_in_its_own_region() -> None:
    edges = [(0, 1, 1.0), (1, 2, 1.0), (3, 4, 1.0), (5, 6, 2.0)]
    assert components(8, edges) == [[0, 1, 2], [3, 4], [5, 6], [7]]
    pos = packed_layout(8, edges)
    assert pos.min() >= 0 and pos.max() <= 1
    boxes = [(pos[g].min(axis=0), pos[g].max(axis=0)) for g in components(8, edges)]
    for i, (lo_a, hi_a) in enumerate(boxes):
        for lo_b, hi_b in boxes[i + 1 :]:
            assert (hi_a < lo_b).any() or (hi_b < lo_a).any()  # separated along x or y


def test_timeline_of_an_undated_corpus_falls_back_to_ingest_order() -> None:
    points = [{"date": None, "order": i, "who": w} for i, w in enumerate(["a", "b", "a"])]
    svg = str(timeline(points, lane_key="who", title="t"))
    assert svg.count("<circle") == 3 and "ingest order (no dates in this corpus)" in svg
    dated = str(
        timeline([{"date": "2024-01-02", "order": 0, "who": "a"}, *points], lane_key="who", title="t")
    )
    assert dated.count("<circle") == 1 and "ingest order" not in dated  # dates win when there are any
