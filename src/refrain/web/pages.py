"""Turning query results into what a template shows: highlighted text, legends, charts.

Kept apart from the queries so that the JSON answer stays plain data and the HTML gets the extras.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote as urlquote

from markupsafe import Markup

from refrain.store.queries.names import safe_url
from refrain.views.charts import number_line, timeline, volume
from refrain.views.flows import flow_graph
from refrain.web.highlight import Mark, highlight

SPEAKER_COLOURS = 9  # CSS classes sp-0 … sp-8


def _u(value: Any) -> str:
    return urlquote(str(value), safe="")


def article_view(data: dict[str, Any]) -> dict[str, Any]:
    """The article's text with quotes (coloured by speaker), speaker mentions, claims and reuse marked."""
    doc = data["document"]
    text: str = doc["text"]
    speakers: dict[str, dict[str, Any]] = {}
    marks: list[Mark] = []
    for q in data["quotes"]:
        if q["kind"] == "scare":
            marks.append(Mark(q["start"], q["end"], classes=("scare",), title="scare quote"))
            continue
        name = q["speaker"] or "unattributed"
        if name not in speakers:
            attributed = sum(1 for sp in speakers.values() if sp["linked"])
            cls = f"sp-{attributed % SPEAKER_COLOURS}" if q["speaker"] else "sp-none"
            speakers[name] = {"name": name, "cls": cls, "quotes": 0, "linked": bool(q["speaker"])}
        entry = speakers[name]
        entry["quotes"] += 1
        title = name + (f", {q['role']}" if q["role"] else "")
        for i, (s, e) in enumerate(q["pieces"]):
            marks.append(
                Mark(
                    s,
                    e,
                    classes=("quote", entry["cls"]),
                    title=title,
                    anchor=f"q-{q['id']}" if i == 0 else "",
                    link=f"/quotes/{_u(q['id'])}" if i == 0 else "",
                    link_label="q" if i == 0 else "",
                    link_title=f"quote by {title}: provenance",
                )
            )
        if q["mention_start"] is not None and q["mention_end"] is not None:
            marks.append(
                Mark(q["mention_start"], q["mention_end"], classes=("mention", entry["cls"]), title=name)
            )
    for c in data["claims"]:
        conflict = c["conflict_group"] is not None and c["conflict_agree"] is False
        what = " ".join(str(x) for x in (c["value_text"], c["what"], c["when_iso"] or c["when_text"]) if x)
        marks.append(
            Mark(
                c["start"],
                c["end"],
                classes=("claim", "conflict") if conflict else ("claim",),
                title=("figure in conflict: " if conflict else "figure: ") + what,
                link=f"/conflicts/{c['conflict_group']}" if conflict else "",
                link_label="≠" if conflict else "",
                link_title="other sources give a different figure",
            )
        )
        if c["value_start"] is not None and c["value_end"] is not None:
            marks.append(Mark(c["value_start"], c["value_end"], classes=("figure",)))
    passages = []
    for i, p in enumerate(data["passages"], start=1):
        href = f"/reuse/{_u(doc['id'])}/{_u(p['twin'])}"
        twin = p["twin_title"] or p["twin_name"]
        marks.append(
            Mark(
                p["start"],
                p["end"],
                classes=("reuse",),
                title=f"also in: {twin}",
                anchor=f"p-{i}",
                link=href,
                link_label=f"↔{i}",
                link_title=f"compare with {twin}",
            )
        )
        passages.append({**p, "n": i, "href": href})
    return {
        **data,
        "html": highlight(text, marks),
        "legend": list(speakers.values()),
        "passage_list": passages,
        "source_url": safe_url(doc.get("url")),
    }


def speaker_view(data: dict[str, Any]) -> dict[str, Any]:
    points = [
        {
            "date": p["date"],
            "order": p["order"],
            "outlet": p["outlet"],
            "label": p["title"] or "",
            "href": f"/articles/{_u(p['doc_id'])}#q-{_u(p['id'])}",
        }
        for p in data["timeline"]
    ]
    chart = timeline(points, lane_key="outlet", title=f"Quotes of {data['speaker']} by date and outlet")
    return {**data, "chart": chart}


def reuse_pair_view(data: dict[str, Any]) -> dict[str, Any]:
    a, b = data["a"], data["b"]

    def marks(side: str) -> list[Mark]:  # each passage on one side, linked to its row below
        return [
            Mark(
                p[f"{side}_start"],
                p[f"{side}_end"],
                classes=("reuse",),
                anchor=f"{side}-{p['n']}",
                link=f"#p{p['n']}",
                link_label=f"{p['n']}",
                link_title="passage",
            )
            for p in data["passages"]
        ]

    return {
        **data,
        "html_a": highlight(a["text"], marks("a")),
        "html_b": highlight(b["text"], marks("b")),
        "url_a": safe_url(a.get("url")),
        "url_b": safe_url(b.get("url")),
    }


def value_sentence(text: str, span: list[int] | None) -> Markup:
    if not span:
        return highlight(text, [])
    return highlight(text, [Mark(span[0], span[1], classes=("figure",))])


def overview_view(data: dict[str, Any]) -> dict[str, Any]:
    """The overview with its chart of articles and quotes over time."""
    vol = data["volume"]
    chart = volume(vol["rows"], series=("articles", "quotes"), title=f"Articles and quotes per {vol['step']}")
    return {**data, "volume_chart": chart}


def reuse_list_view(data: dict[str, Any]) -> dict[str, Any]:
    """The list of shared passages with who copies whom drawn (the table beside it gives the figures)."""
    chart = flow_graph(
        data.get("flows") or [],
        title="Who copies whom: outlet that printed first → outlet that printed later",
    )
    return {**data, "flows_chart": chart}


def family_view(data: dict[str, Any]) -> dict[str, Any]:
    """A quote family with the timeline of its spread across outlets."""
    points = [{**p, "href": f"/articles/{_u(p['doc_id'])}#q-{_u(p['id'])}"} for p in data.get("spread", [])]
    chart = timeline(points, lane_key="outlet", title="Where and when the quotation was printed")
    return {**data, "spread_chart": chart}


def conflict_view(data: dict[str, Any]) -> dict[str, Any]:
    """A conflict group with its figures on a number line, each with its source, place and date."""
    group = data["group"]
    points = []
    for c in group["claims"]:
        where = f"in {c['where_text']}" if c.get("where_text") else ""
        when = c.get("when_iso") or c.get("when_text") or ""
        label = " · ".join(
            x
            for x in (
                c.get("claimant") or "no named source",
                c.get("outlet") or "",
                where,
                when,
                c.get("date") or "",
            )
            if x
        )
        points.append(
            {
                "value": c["value"],
                "shown": c.get("value_text"),
                "label": label,
                "href": f"/articles/{_u(c['doc_id'])}",
            }
        )
    chart = number_line(
        points,
        title="The figures, smallest to largest",
        unit=group["claims"][0].get("unit") or "" if group["claims"] else "",
    )
    return {**data, "number_line": chart}


# A number written in digits, in any of the scripts a quotation is printed in (Latin, Persian,
# Arabic-Indic), with thousands separators or a decimal point or slash.
_DIGITS = re.compile(
    r"[0-9\u06f0-\u06f9\u0660-\u0669]+(?:[.,/\u066b\u066c][0-9\u06f0-\u06f9\u0660-\u0669]+)*"
)
_TO_ASCII = str.maketrans("\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
                          "01234567890123456789")  # fmt: skip


def _digit_value(written: str, language: str) -> float | None:
    """The value of a number written in digits ("4,500", "۴۵۰۰", "6/5" in Persian is 6.5)."""
    text = written.translate(_TO_ASCII).replace("\u066c", "").replace("\u066b", ".")
    text = text.replace("/", ".") if language == "fa" else text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def shared_number_marks(text: str, language: str, shared: set[float]) -> Markup:
    """``text`` escaped, with each number written in digits whose value is in ``shared`` marked."""
    marks = [
        Mark(m.start(), m.end(), classes=("shared-number",), title="also stated in the other language")
        for m in _DIGITS.finditer(text)
        if _digit_value(m.group(0), language) in shared
    ]
    return highlight(text, marks)


def crosslingual_view(data: dict[str, Any]) -> dict[str, Any]:
    """A cross-language family side by side: each member's text with the numbers that members in
    another language also state marked (read by the linker's own number readers)."""
    from refrain.crosslingual.numbers import numbers_en, numbers_fa

    stated = {
        m["id"]: (numbers_fa(m["text"] or "") if m["language"] == "fa" else numbers_en(m["text"] or ""))
        for m in data["members"]
    }
    by_language: dict[str, set[float]] = {}
    for m in data["members"]:
        by_language.setdefault(m["language"], set()).update(stated[m["id"]])
    columns = []
    for column in data["by_language"]:
        others = set().union(*(v for k, v in by_language.items() if k != column["language"]))
        members = [
            {**m, "marked": shared_number_marks(m["text"] or "", m["language"], stated[m["id"]] & others)}
            for m in column["members"]
        ]
        columns.append({**column, "members": members})
    shared = sorted(set.intersection(*by_language.values())) if len(by_language) > 1 else []
    return {**data, "columns": columns, "shared_numbers": shared}
