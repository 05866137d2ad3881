"""Quote families in the corpus stage, made from the new quotations when the store allows it.

The store keeps each linked quotation's group (``quote_link_memo``) and, per quotation, a hash of
its text and its 3-grams' keys (``quote_link_index``). A run then tokenises only the new
quotations, reads the old ones sharing a gram with them (``refrain.reuse.quote_link_index``:
the links a full linking would add), and remakes only the families of the groups they join; the
other families keep their rows, and ids move only where a full run numbers them differently
(by first appearance). Otherwise (no index, other linking settings, a quotation changed or gone,
a gram crossing the cap, cross-language families to make) every quotation is linked again
(:func:`refrain.analyze.corpus.quote_family_links_after`) and the index rewritten. The memo and
index are read and written through :mod:`refrain.store.family_memo`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from refrain.store import Store
from refrain.store.corpus import drop_linked, linked_ids, move_ids, set_column
from refrain.store.family_memo import (
    gram_holders,
    group_quote_occurrences,
    index_usable,
    memo_groups,
    memo_quotes_with_words,
    quote_texts,
    ranked_family_ids,
    set_memo_groups,
    unlinked_quote_occurrences,
    write_index,
)
from refrain.store.rows import insert_rows, quote_family_row

_PROBE = "“We will reopen the quay before the spring tides,” the harbour master said, 12-year-old’s ok."


def index_format() -> str:
    """The linking settings and the tokeniser (its words for an invented probe): an index made
    with others is not used."""
    from refrain.reuse.provenance import quote_words
    from refrain.reuse.quote_links import LINK_FORMAT

    probe = hashlib.blake2b("\x1f".join(quote_words(_PROBE)).encode(), digest_size=6).hexdigest()
    return f"{LINK_FORMAT}:{probe}"


@dataclass
class FamilyUpdate:
    """The families to replace and the memo and index rows to write."""

    old_families: list[int] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)  # new families, ids -1, -2, ...
    family_of: dict[str, int] = field(default_factory=dict)
    grp_of: dict[str, str | None] = field(default_factory=dict)  # memo: old quotes whose group changed
    new_memo: list[dict[str, Any]] = field(default_factory=list)
    new_index: list[dict[str, Any]] = field(default_factory=list)
    how: str = "nothing new"


def incremental_families(store: Store, fmt: str) -> FamilyUpdate | None:
    """The update of quote families for the new quotations, or None: link every quotation."""
    from refrain.reuse.provenance import quote_words
    from refrain.reuse.quote_link_index import OldLists, grams_of_lists, new_links
    from refrain.reuse.quote_links import MIN_CONTAINED_WORDS, words_key

    if not index_usable(store, fmt):
        return None
    new = unlinked_quote_occurrences(store)
    if not new:
        return FamilyUpdate()
    new_ids = [qid for qid, _ in new]
    words = [quote_words(o.text) for _, o in new]
    per_list = grams_of_lists(words)
    grams = {i: set(g) for i, g in enumerate(per_list) if g}
    holders_of: dict[int, list[str]] = {}
    for g, quote_id in gram_holders(store, sorted({g for gs in per_list for g in gs})):
        holders_of.setdefault(g, []).append(quote_id)
    df = {g: len(h) for g, h in holders_of.items()}
    held = sorted({q for h in holders_of.values() for q in h})
    old_words = {qid: quote_words(text) for qid, text in quote_texts(store, held)}
    long_keys = {i: words_key(w) for i, w in enumerate(words) if len(w) >= MIN_CONTAINED_WORDS}
    same: dict[int, list[str]] = {}
    if long_keys:
        by_key: dict[int, list[str]] = {}
        for quote_id, key in memo_quotes_with_words(store, sorted(set(long_keys.values()))):
            by_key.setdefault(key, []).append(quote_id)
        same = {i: by_key.get(k, []) for i, k in long_keys.items()}
    links = new_links(words, grams, OldLists(df, holders_of, old_words, same))
    if links is None:
        return None
    return _update(store, new, new_ids, words, links, keys_of=[words_key(w) for w in words], grams=per_list)


def _update(
    store: Store,
    new: list[tuple[str, Any]],
    new_ids: list[str],
    words: list[list[str]],
    links: list[tuple[int, int | str]],
    *,
    keys_of: list[int],
    grams: list[list[int]],
) -> FamilyUpdate:
    """The groups the links make (old groups joined by new quotations), and their families."""
    from refrain.reuse.provenance import families_of_groups, quote_words
    from refrain.unionfind import UnionFind

    old_linked = sorted({o for _, o in links if isinstance(o, str)})
    label = {q: grp or q for q, grp in memo_groups(store, old_linked)}  # an old quote's group
    names = new_ids + sorted(set(label.values()))
    index = {n: i for i, n in enumerate(names)}
    uf = UnionFind(len(names))
    for i, other in links:
        uf.union(i, index[label[other]] if isinstance(other, str) else other)
    components: dict[int, list[int]] = {}
    for i in range(len(names)):
        components.setdefault(uf.find(i), []).append(i)
    old_labels = [names[i] for c in components.values() for i in c if i >= len(new_ids)]
    members = group_quote_occurrences(store, old_labels)
    component_of_label = {names[i]: root for root, c in components.items() for i in c}
    label_of_member = dict(memo_groups(store, [q for q, _ in members]))
    occ_by_root: dict[int, list[tuple[str, Any]]] = {}
    for quote_id, o in members:
        grp = label_of_member.get(quote_id) or quote_id
        occ_by_root.setdefault(component_of_label[grp], []).append((quote_id, o))
    for i, (quote_id, o) in enumerate(new):
        occ_by_root.setdefault(uf.find(i), []).append((quote_id, o))
    update = FamilyUpdate(how=f"linked {len(new)} new quotations; {len(occ_by_root)} groups remade")
    update.old_families = linked_ids(store.con, "quotes", "family", [q for q, _ in members])
    occ: list[Any] = []
    ids: list[str] = []
    groups: list[list[int]] = []
    new_words = dict(zip(new_ids, words, strict=True))
    key_of = dict(zip(new_ids, keys_of, strict=True))
    for component in occ_by_root.values():
        component.sort(key=lambda item: (item[1].order, item[1].start, item[0]))  # canonical order
        name = component[0][0] if len(component) > 1 else None
        for quote_id, _o in component:
            if quote_id in new_words:
                continue
            if label_of_member.get(quote_id) != name:
                update.grp_of[quote_id] = name
        if name is not None:
            groups.append(list(range(len(occ), len(occ) + len(component))))
        ids.extend(q for q, _ in component)
        occ.extend(o for _, o in component)
        for quote_id, _ in component:
            if quote_id in new_words:
                update.new_memo.append({"quote_id": quote_id, "words": key_of[quote_id], "grp": name})
    word_lists = [
        new_words[q] if q in new_words else quote_words(o.text) for q, o in zip(ids, occ, strict=True)
    ]
    update.new_index = [{"quote_id": q, "grams": g} for q, g in zip(new_ids, grams, strict=True)]
    _add_families(update, ids, occ, families_of_groups(occ, word_lists, groups))
    return update


def _add_families(update: FamilyUpdate, ids: list[str], occ: list[Any], families: list[Any]) -> None:
    """The rows of the families printed by two articles or more (temporary ids -1, -2, ...) and
    their quotations' links."""
    by_key = {(o.doc, o.start, o.end): q for q, o in zip(ids, occ, strict=True)}
    for k, fam in enumerate(families):
        if len({o.doc for o in fam.occurrences}) < 2:
            continue  # a family is a quotation printed by more than one article
        row = quote_family_row(fam)
        row["id"] = -1 - k  # numbered with the stored families when written
        update.rows.append(row)
        for o in fam.occurrences:
            update.family_of[by_key[(o.doc, o.start, o.end)]] = row["id"]


def write_family_update(store: Store, con: Any, update: FamilyUpdate) -> None:
    """Replace the remade families, point their quotations at them, renumber as a full run
    numbers (by first appearance), and add to the memo and index."""
    if update.old_families:
        drop_linked(con, "quote_families", "quotes", "family", update.old_families)
    insert_rows(con, "quote_families", update.rows)
    set_column(con, "quotes", "family", update.family_of)
    if update.grp_of:
        set_memo_groups(con, update.grp_of)
    insert_rows(con, "quote_link_memo", update.new_memo)
    write_index(con, update.new_index, replace=False)
    if update.rows or update.old_families:  # numbered once the memo holds the new groups
        move_ids(con, "quote_families", "quotes", "family", ranked_family_ids(con))
