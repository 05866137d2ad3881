"""Clusters of parsed names being merged (refrain.entities.merge): a UnionFind that refuses the
merges an alias file forbids, that mix people and organisations, or that would put two people
whose full names fit nothing in common, or whose roles conflict, under one entity.
"""

from __future__ import annotations

from refrain.entities.aliases import AliasFile
from refrain.entities.matching import is_role_only, roles_conflict, tokens_fit
from refrain.entities.names import ParsedName
from refrain.text import lexicon
from refrain.unionfind import UnionFind


class Clusters:
    """Clusters of parsed names (a UnionFind) that refuse merges the alias file forbids or that mix kinds."""

    def __init__(self, names: list[ParsedName], aliases: AliasFile, roles: list[frozenset[str]]) -> None:
        self.names = names
        self.aliases = aliases
        self.sets = UnionFind(len(names))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(names))}
        self.role_words = {i: roles[i] for i in range(len(names))}  # by root: the cluster's role nouns

    def find(self, i: int) -> int:
        return self.sets.find(i)

    def written(self, root: int) -> list[str]:
        return [self.names[m].written for m in self.members[root]]

    def union(self, a: int, b: int, *, checked: bool = False, roles_checked: bool = False) -> bool:
        """Join the clusters of ``a`` and ``b``; ``checked``: a merge by name likeness, which people
        must also pass ``_people_fit`` for (not one by the alias file); ``roles_checked``: a merge
        of one name's spellings, refused between a cleric and a layman (``_cleric_and_layman``)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.names[ra].kind != self.names[rb].kind:
            return False
        if self.aliases.forbidden(self.written(ra), self.written(rb)):
            return False
        if checked and not self._people_fit(ra, rb):
            return False
        if roles_checked and self._cleric_and_layman(ra, rb):
            return False
        root = self.sets.union(ra, rb)
        self.members[root].extend(self.members.pop(rb if root == ra else ra))
        self.role_words[root] = self.role_words.pop(ra) | self.role_words.pop(rb)
        return True

    def join_spellings(self, same: list[int], times_written: list[int]) -> None:
        """Join the spellings ``same`` of one name, the most written first; a cleric and a layman
        of one name stay apart (``_cleric_and_layman``: "Seyyed X" the museum director and
        "Ayatollah X" are two men). A spelling with no role joins the most written bearer."""
        roots: list[int] = []
        for i in sorted(same, key=lambda k: (-times_written[k], k)):
            if not any(self.union(root, i, roles_checked=True) for root in roots):
                roots.append(self.find(i))

    def _people_fit(self, ra: int, rb: int) -> bool:
        """Two clusters of people may be one: no role conflict, and every full name of one agrees
        with every full name of the other: one fits the other, or both fit a third name of the two
        clusters that is longer than both ("Javad Zarif" and "Mohammad Zarif" both fit "Mohammad
        Javad Zarif"; "Lina Varga" and "Lars Varga" both fit "L. Varga", which joins nothing). So A ~ B and
        B ~ C never chain A and C that nothing joins ("Lina Varga", "L. Varga", "Lars Varga")."""
        if self._roles_conflict(ra, rb):
            return False
        if self.names[ra].kind != "person":
            return True
        full_a, full_b = self._full_names(ra), self._full_names(rb)
        every = full_a | full_b
        return all(
            fit(a, b) or any(len(c) > max(len(a), len(b)) and fit(a, c) and fit(b, c) for c in every)
            for a in full_a
            for b in full_b
        )

    def _roles_conflict(self, ra: int, rb: int) -> bool:
        """Two clusters of people whose role nouns fall in no common family (``roles_conflict``)."""
        return self.names[ra].kind == "person" and roles_conflict(self.role_words[ra], self.role_words[rb])

    def _cleric_and_layman(self, ra: int, rb: int) -> bool:
        """One cluster of people holds a clerical role (``clerical_roles.txt``), the other does not,
        and their roles conflict: a cleric and a director of one name are two men."""
        clerics = lexicon("en", "clerical_roles")
        return self._roles_conflict(ra, rb) and bool(self.role_words[ra] & clerics) != bool(
            self.role_words[rb] & clerics
        )

    def _full_names(self, root: int) -> set[tuple[str, ...]]:
        """The full names of a cluster (two words or more; not a role such as "Supreme Leader")."""
        found = (self.names[m] for m in self.members[root])
        return {p.tokens for p in found if len(p.tokens) > 1 and not is_role_only(p)}

    def roots(self) -> list[int]:
        return [r for r in self.members if self.find(r) == r]


def fit(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The shorter of two full names fits the longer (``tokens_fit``), or they are one name's
    letters with words run together or apart ("Ali Reza Tovar" = "Alireza Tovar")."""
    return "".join(a) == "".join(b) or tokens_fit(*sorted((a, b), key=len))
