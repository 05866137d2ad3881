"""Disjoint sets over the numbers 0..n-1: the one union-find refrain groups things with.

Reuse clusters passages and quotations with it, the entity merger names, the charts connected
components. A set's root is its smallest member, so the root (and any numbering made from the
roots) does not depend on the order of the unions.

>>> sets = UnionFind(5)
>>> sets.union(3, 1), sets.union(4, 3), sets.find(4)
(1, 1, 1)
>>> sets.groups()
{0: [0], 1: [1, 3, 4], 2: [2]}
"""

from __future__ import annotations


class UnionFind:
    """Union-find with path halving; ``union`` joins two sets under the smaller root."""

    __slots__ = ("parent",)

    def __init__(self, size: int) -> None:
        if size < 0:
            raise ValueError(f"UnionFind size must be 0 or more, got {size}")
        self.parent = list(range(size))

    def find(self, x: int) -> int:
        """The root (smallest member) of the set holding ``x``."""
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, x: int, y: int) -> int:
        """Join the sets of ``x`` and ``y``; return the root of the joined set."""
        rx, ry = self.find(x), self.find(y)
        if rx == ry:
            return rx
        root, other = (rx, ry) if rx < ry else (ry, rx)
        self.parent[other] = root
        return root

    def groups(self) -> dict[int, list[int]]:
        """``{root: members in increasing order}``, roots in increasing order."""
        found: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            found.setdefault(self.find(i), []).append(i)
        return found
