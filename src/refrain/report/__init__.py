"""One self-contained HTML report of a store: inline CSS and SVG, no scripts, no network.

>>> from refrain.store import Store
>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "r.html"
>>> write_report(Store(":memory:"), out)
>>> "<script" in out.read_text()
False
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from refrain.settings import SETTINGS
from refrain.store import Store, queries
from refrain.views.charts import timeline, volume
from refrain.views.flows import flow_graph
from refrain.views.jinja import environment
from refrain.views.network import network
from refrain.writes import atomic_path

HERE = Path(__file__).resolve().parent
TOP_SPEAKERS = SETTINGS.views.report_top_speakers
TIMELINE_POINTS = SETTINGS.views.report_timeline_points
NETWORK_EDGES = SETTINGS.views.report_network_edges
CONFLICT_GROUPS = SETTINGS.views.report_conflict_groups
CROSSLINGUAL_FAMILIES = SETTINGS.views.report_crosslingual_families  # shown in full, most appearances first
FAMILIES = SETTINGS.views.report_families
OUTLETS = SETTINGS.views.report_outlets
FLOWS = SETTINGS.views.outlet_flows


def report_data(store: Store) -> dict[str, Any]:
    """Everything the report shows, as plain data (from the store's queries, as the web UI's)."""
    families = queries.top_families(store, limit=FAMILIES)
    languages = queries.family_languages(store, [f["id"] for f in families])
    crosslingual = [
        queries.crosslingual_family(store, row["id"])
        for row in queries.crosslingual_families(store, page=1)["rows"][:CROSSLINGUAL_FAMILIES]
    ]
    return {
        "summary": queries.summary(store),
        "outlets": queries.outlet_counts(store, limit=OUTLETS),
        "speakers": queries.top_speakers(store, limit=TOP_SPEAKERS),
        "timeline_points": queries.quote_timeline(store, limit=TIMELINE_POINTS),
        "families": [{**f, "languages": languages.get(f["id"], [])} for f in families],
        "crosslingual": [x for x in crosslingual if x],
        "conflicts": queries.disagreeing_groups(store, limit=CONFLICT_GROUPS),
        "network": queries.reuse_network(store, edges=NETWORK_EDGES),
        "flows": queries.outlet_flows(store, limit=FLOWS),
        "volume": queries.volume(store),
    }


def render_report(store: Store) -> str:
    data = report_data(store)
    env = environment(HERE / "templates")
    net = data["network"]
    vol = data["volume"]
    charts = {
        "volume": volume(
            vol["rows"], series=("articles", "quotes"), title=f"Articles and quotes per {vol['step']}"
        ),
        "timeline": timeline(
            [
                {"date": p["date"], "order": p["order"], "speaker": p["speaker"], "label": p["title"] or ""}
                for p in data["timeline_points"]
            ],
            lane_key="speaker",
            title="Quotes of the most quoted speakers, by article date",
        ),
        "network": network(
            net["nodes"], net["edges"], group_key="outlet", title="Articles linked by the passages they share"
        ),
        "flows": flow_graph(
            data["flows"],
            title="Who copies whom: outlet that printed first → outlet that printed later",
            marker_id="report-flow-arrow",
        ),
    }
    return env.get_template("report.html").render(**data, charts=charts)


def write_report(store: Store, out: Path, *, force: bool = True) -> None:
    """Write the report of ``store`` to ``out`` (one HTML file that opens offline, without scripts).

    Written aside and renamed when whole (a failure leaves no partial file); an existing ``out`` is
    replaced only with ``force``.
    """
    html = render_report(store)
    with atomic_path(Path(out), force=force) as tmp:
        tmp.write_text(html, encoding="utf-8")


__all__ = ["write_report", "render_report", "report_data"]
