"""Conflict groups in the corpus stage, made from what changed when the store allows it.

A full run reads a figure from every claim (``refrain.claims.reading.read``: most of the stage's
time, about 2 ms a claim) and clusters them all. The clustering is greedy in canonical order
(document ingest order, then offset): each figure joins the first earlier cluster every member
of which states the same quantity, looking only at figures sharing a rare key with it. So when
the new claims all come after the old ones and no word changes from rare to common or back,
the old clusters stay exactly as they were, and a new figure can only join a cluster holding a
figure that shares a rare key with it. ``group_figures`` over those clusters' figures followed by
the new ones (in canonical order, with the corpus's rare words) makes exactly the clusters a full
run makes of them: each old figure meets the same earlier clusters it met then, less some it did
not join. The memo (:mod:`refrain.store.conflict_memo`) keeps what this needs of every claim.

Otherwise every claim is grouped again and the memo replaced: with no memo, another version of
the rules, or a claim changed or gone, every claim is read again; with a new claim among old
ones or a word whose rarity changed, the old claims' figures come from the memo
(``conflict_figures``), only the new ones are read. A run in which the new claims join old
clusters takes those clusters' figures from the memo as well.
Groups are numbered as a full run numbers them (conflicts first by sources disagreeing, size,
what is counted, then first claim); renumbering moves only the ids that change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from refrain.analyze.rules_hash import package_digest
from refrain.store import Store
from refrain.store.conflict_memo import (
    cluster_claims,
    clusters_holding,
    decode_figure,
    encode_figure,
    key_counts,
    memo_figures,
    memo_usable,
    new_claims,
    ranked_conflict_group_ids,
    save_conflict_memo,
)
from refrain.store.corpus import (
    claim_sources,
    drop_linked,
    linked_ids,
    move_ids,
    replace_column,
    replace_table,
    set_column,
    stored_claims,
)
from refrain.store.rows import conflict_group_row, insert_rows

Claims = list[tuple[str, str, Any]]  # (claim id, document id, Claim)


def rules_format() -> str:
    """A hash of the code and word lists figures are read and grouped with (the claims package
    and the text and entities packages it reads names and sentences with): groups made by other
    rules are not reused."""
    return package_digest("claims", "text", "entities")


@dataclass
class ConflictInputs:
    """What the stage read: every claim (``full``), or the new claims and the old clusters they
    may join, with the corpus's rare words and the new claims' figures already read."""

    full: bool
    claims: Claims
    sources: dict[str, Any]
    rules: str
    rare: frozenset[str] = frozenset()
    new_figures: dict[str, Any] = field(default_factory=dict)  # new claim id -> Figure or None
    old_groups: list[int] = field(default_factory=list)  # stored groups of the clusters re-made
    how: str = "grouped every claim"
    # old claim id -> its figure as the memo keeps it (encoded), or None: it gave none
    known: dict[str, bytes | None] = field(default_factory=dict)


def read_conflict_inputs(store: Store) -> ConflictInputs:
    """What the stage needs from the open store (see the module's docstring)."""
    rules = rules_format()
    if not memo_usable(store, rules):
        return ConflictInputs(True, stored_claims(store), claim_sources(store), rules)
    new, after = new_claims(store)
    figures: dict[str, Any] = {}
    if after:
        found = _incremental_inputs(store, new, rules, figures)
        if found is not None:
            return found
    # every claim grouped again, but the old ones' figures taken from the memo, not read again
    claims = stored_claims(store)
    known = memo_figures(store)
    unread = sorted({doc for claim_id, doc, _ in claims if claim_id not in known and claim_id not in figures})
    how = f"grouped every claim ({len(known)} figures kept, {len(new)} claims new)"
    return ConflictInputs(
        True, claims, claim_sources(store, unread), rules, new_figures=figures, known=known, how=how
    )


def _incremental_inputs(
    store: Store, new: Claims, rules: str, figures: dict[str, Any]
) -> ConflictInputs | None:
    """The new claims and the old clusters they may join; None when a word changed rarity (then
    ``figures`` holds the new claims' figures, read here)."""
    from refrain.claims.group import topic_cap
    from refrain.claims.reading import read

    sources = claim_sources(store, sorted({doc for _, doc, _ in new}))
    figures.update({claim_id: read(doc, claim, sources.get(doc)) for claim_id, doc, claim in new})
    old_df, old_n = key_counts(store)
    df = dict(old_df)
    for f in figures.values():
        for w in f.keys if f else ():
            df[w] = df.get(w, 0) + 1
    new_n = old_n + sum(1 for f in figures.values() if f)
    old_cap, cap = topic_cap(old_n), topic_cap(new_n)
    if any((n <= old_cap) != (df[w] <= cap) for w, n in old_df.items()):
        return None  # a word the old figures hold became rare or common: their clusters may change
    rare = frozenset(w for w, n in df.items() if n <= cap)
    postings = {(f.unit, f.language, w) for f in figures.values() if f for w in f.keys & rare}
    clusters = clusters_holding(store, postings)
    old = cluster_claims(store, clusters)
    old_ids = [claim_id for claim_id, _, _ in old]
    old_groups = linked_ids(store.con, "claims", "conflict_group", old_ids)
    known = memo_figures(store, old_ids)
    unread = {doc for claim_id, doc, _ in old if claim_id not in known} - set(sources)
    sources.update(claim_sources(store, sorted(unread)))
    how = f"grouped {len(new)} new claims with {len(clusters)} clusters ({len(old)} claims) they may join"
    return ConflictInputs(False, old + new, sources, rules, rare, figures, old_groups, how, known)


@dataclass
class ConflictUpdate:
    """The stage's result: group rows (ids as a full run numbers them when ``full``, else
    temporary negative ones), {claim id: group id}, memo rows, and what to replace."""

    full: bool
    rows: list[dict[str, Any]]
    group_of: dict[str, int]
    memo: list[dict[str, Any]]
    rules: str
    old_groups: list[int]
    how: str


def conflict_update(inputs: ConflictInputs) -> ConflictUpdate:
    """Read the figures (those not read yet) and group them (with the store released)."""
    from refrain.claims.group import group_figures, rare_words
    from refrain.claims.reading import read

    figure_of: dict[str, Any] = {}
    for claim_id, doc, claim in inputs.claims:
        if claim_id in inputs.new_figures:
            figure_of[claim_id] = inputs.new_figures[claim_id]
        elif claim_id in inputs.known:
            blob = inputs.known[claim_id]
            figure_of[claim_id] = None if blob is None else decode_figure(blob, claim)
        else:
            figure_of[claim_id] = read(doc, claim, inputs.sources.get(doc))
    figures = [f for f in figure_of.values() if f is not None]
    rare = rare_words(figures) if inputs.full else inputs.rare
    groups = group_figures(figures, rare)
    id_of = {id(f.claim): claim_id for claim_id, f in figure_of.items() if f is not None}
    cluster_of: dict[str, str] = {}
    rows, group_of = [], {}
    for g in groups:
        members = [id_of[id(claim)] for _doc, claim in g.claims]
        for claim_id in members:
            cluster_of[claim_id] = members[0]  # a cluster is named by its first claim
        if len(g.claims) < 2 or g.agree:
            continue  # an agreeing group is no conflict
        if not inputs.full:
            g.id = -g.id  # renumbered with the stored groups when written
        rows.append(conflict_group_row(g))
        group_of.update((claim_id, g.id) for claim_id in members)
    memo_ids = figure_of if inputs.full else inputs.new_figures
    memo = [_memo_row(claim_id, figure_of[claim_id], cluster_of, inputs.known) for claim_id in memo_ids]
    return ConflictUpdate(inputs.full, rows, group_of, memo, inputs.rules, inputs.old_groups, inputs.how)


def _memo_row(
    claim_id: str, figure: Any, cluster_of: dict[str, str], known: dict[str, bytes | None]
) -> dict[str, Any]:
    if figure is None:
        return {
            "claim_id": claim_id,
            "figure": False,
            "unit": None,
            "language": None,
            "keys": [],
            "cluster": None,
            "read": None,
        }
    return {
        "claim_id": claim_id,
        "figure": True,
        "unit": figure.unit,
        "language": figure.language,
        "keys": sorted(figure.keys),
        "cluster": cluster_of.get(claim_id, claim_id),
        "read": known.get(claim_id) or encode_figure(figure),  # the same bytes either way
    }


def write_conflicts(store: Store, con: Any, update: ConflictUpdate) -> None:
    """Write the groups and the claims' links, then the memo, inside the caller's transaction."""
    if update.full:
        replace_table(con, "conflict_groups", update.rows)
        replace_column(con, "claims", "conflict_group", update.group_of)
    else:
        if update.old_groups:
            drop_linked(con, "conflict_groups", "claims", "conflict_group", update.old_groups)
        insert_rows(con, "conflict_groups", update.rows)
        set_column(con, "claims", "conflict_group", update.group_of)
        move_ids(con, "conflict_groups", "claims", "conflict_group", ranked_conflict_group_ids(con))
    save_conflict_memo(store, con, update.memo, update.rules, replace=update.full)
