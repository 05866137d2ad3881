"""Cross-language quote families: linked quotations, in both languages, earliest first."""

from __future__ import annotations

from dataclasses import dataclass

from refrain.unionfind import UnionFind

from .link import Link, QuoteItem


@dataclass(frozen=True, slots=True)
class Family:
    """One statement in several languages. ``members`` earliest first: by date when every member
    has one, else by ingest order (``ordered_by`` says which)."""

    id: int
    members: tuple[QuoteItem, ...]
    ordered_by: str  # "date" or "ingest order (dates missing)"

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted({m.language or "en" for m in self.members}))

    @property
    def first(self) -> QuoteItem:
        return self.members[0]


def families(
    quotes: list[QuoteItem], links: list[Link], same_language: dict[str, int] | None = None
) -> list[Family]:
    """Families of the linked quotations (numbered 1.. in order of their first member).
    ``same_language``: {quote id: same-language family id} (reprints of one quotation in one
    language): a linked quotation brings its reprints into the family."""
    index = {q.id: i for i, q in enumerate(quotes)}
    sets = UnionFind(len(quotes))
    linked: set[int] = set()
    for link in links:
        if link.en in index and link.fa in index:
            a, b = index[link.en], index[link.fa]
            sets.union(a, b)
            linked |= {a, b}
    if same_language:
        first_of: dict[int, int] = {}
        for q in quotes:
            fam = same_language.get(q.id)
            if fam is None:
                continue
            i = index[q.id]
            if fam in first_of:
                sets.union(first_of[fam], i)
            else:
                first_of[fam] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(quotes)):
        root = sets.find(i)
        groups.setdefault(root, []).append(i)
    out = []
    for members in groups.values():
        if not any(i in linked for i in members):
            continue
        items = [quotes[i] for i in members]
        if all(m.date for m in items):
            items.sort(key=lambda m: (m.date or "", m.order, m.id))
            ordered_by = "date"
        else:
            items.sort(key=lambda m: (m.order, m.id))
            ordered_by = "ingest order (dates missing)"
        out.append((items, ordered_by))
    out.sort(key=lambda g: (g[0][0].date or "", g[0][0].order, g[0][0].id))
    return [Family(n, tuple(items), how) for n, (items, how) in enumerate(out, 1)]
