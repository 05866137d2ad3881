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

from jinja2 import Environment, FileSystemLoader, select_autoescape

from refrain.direction import direction_attrs, quoted
from refrain.format import number
from refrain.report.svg import network, timeline
from refrain.store import Store
from refrain.web.queries import top_speakers

HERE = Path(__file__).resolve().parent
TOP_SPEAKERS = 20
TIMELINE_POINTS = 4000
NETWORK_EDGES = 150
CONFLICT_GROUPS = 50


def report_data(store: Store) -> dict[str, Any]:
    """Everything the report shows, as plain data."""
    speakers = top_speakers(store, limit=TOP_SPEAKERS)
    outlets = store.query(
        "SELECT coalesce(outlet, '(unknown)') AS outlet, count(*) AS articles, min(date) AS first_date, "
        "max(date) AS last_date FROM documents GROUP BY 1 ORDER BY articles DESC, outlet LIMIT 30"
    )
    points = store.query(
        'SELECT d.date, d.seq AS "order", coalesce(e.name, q.speaker) AS speaker, d.title FROM quotes q '
        "JOIN documents d ON d.id = q.doc_id LEFT JOIN entities e ON e.id = q.entity_id "
        "WHERE q.kind <> 'scare' AND q.speaker IS NOT NULL ORDER BY d.date NULLS LAST, d.seq LIMIT ?",
        [TIMELINE_POINTS],
    )
    families = store.query(
        "SELECT f.id, f.text, f.speaker, f.size, f.first_by, d.outlet AS first_outlet, d.title AS first_title, d.date AS first_date "
        "FROM quote_families f LEFT JOIN documents d ON d.id = f.first_doc ORDER BY f.size DESC, f.id LIMIT 10"
    )
    groups = store.query(
        "SELECT id, what_key, when_iso, size FROM conflict_groups WHERE NOT agree ORDER BY size DESC, id LIMIT ?",
        [CONFLICT_GROUPS],
    )
    claims = store.query(
        "SELECT c.conflict_group, c.value, c.value_text, c.unit, c.claimant, c.text, d.title, d.outlet, d.date "
        "FROM claims c JOIN documents d ON d.id = c.doc_id WHERE c.conflict_group IN (SELECT unnest(?)) "
        "ORDER BY c.value NULLS LAST, d.date NULLS LAST, d.seq, c.id",
        [[g["id"] for g in groups]],
    )
    for g in groups:
        g["claims"] = [c for c in claims if c["conflict_group"] == g["id"]]
    return {
        "summary": store.summary(),
        "outlets": outlets,
        "speakers": speakers,
        "timeline_points": points,
        "families": families,
        "conflicts": groups,
        "network": reuse_network(store),
    }


def reuse_network(store: Store) -> dict[str, Any]:
    """Documents linked by the passages they share (the pairs sharing most text), for the network picture."""
    pairs = store.query(
        "SELECT a_doc, b_doc, sum(a_end - a_start) AS chars, count(*) AS passages FROM passages "
        "WHERE NOT coalesce(boilerplate, false) GROUP BY a_doc, b_doc ORDER BY chars DESC, a_doc, b_doc LIMIT ?",
        [NETWORK_EDGES],
    )
    ids = sorted({p["a_doc"] for p in pairs} | {p["b_doc"] for p in pairs})
    docs = {
        d["id"]: d
        for d in store.query(
            "SELECT id, seq, title, name, coalesce(outlet, '(unknown)') AS outlet, date FROM documents "
            "WHERE id IN (SELECT unnest(?))",
            [ids],
        )
    }
    ordered = sorted(docs.values(), key=lambda d: d["seq"])  # ingest order: a stable layout
    index = {d["id"]: i for i, d in enumerate(ordered)}
    nodes = [
        {"id": d["id"], "outlet": d["outlet"],
         "label": f"{d['title'] or d['name']} · {d['outlet']}" + (f" · {d['date']}" if d["date"] else "")}
        for d in ordered
    ]  # fmt: skip
    edges = [(index[p["a_doc"]], index[p["b_doc"]], float(p["chars"])) for p in pairs if p["a_doc"] in index
             and p["b_doc"] in index]  # fmt: skip
    return {"nodes": nodes, "edges": edges, "pairs": len(pairs)}


def render_report(store: Store) -> str:
    data = report_data(store)
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = number
    env.filters["textdir"] = direction_attrs
    env.filters["quoted"] = quoted
    net = data["network"]
    charts = {
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
    }
    return env.get_template("report.html").render(**data, charts=charts)


def write_report(store: Store, out: Path) -> None:
    """Write the report of ``store`` to ``out`` (one HTML file that opens offline, without scripts)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(store), encoding="utf-8")


__all__ = ["write_report", "render_report", "report_data"]
