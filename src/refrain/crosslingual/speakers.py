"""Speakers across scripts: one entity for «محمدجواد ظریف» and "Mohammad Javad Zarif" when the
evidence says so — a quotation of one rendered as a quotation of the other (a link, which itself
needs the two names to agree by :func:`refrain.crosslingual.names.same_person`).

Works on the entity rows the entity merger made (``refrain.entities``), so it stays a small step
after it, whatever that merger does: the Persian entity is folded into the other-language one (its
name and aliases become aliases), and its quotations point at the kept entity.
"""

from __future__ import annotations

import json
from typing import Any

from refrain.unionfind import UnionFind

from .link import Link

Rows = list[dict[str, Any]]


def speaker_pairs(links: list[Link], speaker_of: dict[str, str | None]) -> set[tuple[str, str]]:
    """(Persian name, other-language name) pairs that linked quotations show to be one person."""
    out = set()
    for x in links:
        fa, en = speaker_of.get(x.fa), speaker_of.get(x.en)
        if fa and en:
            out.add((fa, en))
    return out


def merge_speaker_entities(
    entities: tuple[Rows, dict[str, str]], links: list[Link]
) -> tuple[Rows, dict[str, str]]:
    """Entity rows and {quote id: entity id} with the two speakers of every link made one entity
    (kept: the entity of the non-Persian quotation)."""
    rows, entity_of = entities
    if not links:
        return entities
    ids = [r["id"] for r in rows]
    index = {e: i for i, e in enumerate(ids)}
    sets = UnionFind(len(ids))
    english: set[int] = set()
    for x in links:
        a, b = entity_of.get(x.en), entity_of.get(x.fa)
        if a is None or b is None or a == b or a not in index or b not in index:
            continue
        sets.union(index[a], index[b])
        english.add(index[a])
    groups = sets.groups()
    if all(len(g) == 1 for g in groups.values()):
        return entities
    new_id: dict[str, str] = {}
    merged: Rows = []
    for members in groups.values():
        kept = next((m for m in members if m in english), members[0])
        row = dict(rows[kept])
        if len(members) > 1:
            aliases, roles = set(json.loads(row["aliases"] or "[]")), set(json.loads(row["roles"] or "[]"))
            for m in members:
                if m == kept:
                    continue
                other = rows[m]
                aliases |= {other["name"], *json.loads(other["aliases"] or "[]")}
                roles |= set(json.loads(other["roles"] or "[]"))
                new_id[other["id"]] = row["id"]
            row["aliases"] = json.dumps(sorted(aliases - {row["name"]}), ensure_ascii=False)
            row["roles"] = json.dumps(sorted(roles), ensure_ascii=False)
        merged.append(row)
    order = {r["id"]: i for i, r in enumerate(rows)}
    merged.sort(key=lambda r: order[r["id"]])
    return merged, {q: new_id.get(e, e) for q, e in entity_of.items()}
