"""Alias files: TOML lists of names that are one entity, or that must never be merged.

```toml
[[same]]
kind = "org"            # optional: "person" or "org"
names = ["MEK", "PMOI", "People's Mojahedin Organization of Iran"]

[[different]]
names = ["Maryam Rajavi", "Massoud Rajavi"]
```

refrain ships a default file (``aliases.toml`` beside this module) for well-known cases; a user's
file is applied on top of it, and its ``[[different]]`` entries win over default ``[[same]]`` ones.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from os import PathLike
from typing import Any

from refrain.entities.names import ascii_fold, parse, strip_article
from refrain.errors import Errors, RefrainError


class AliasFileError(RefrainError, ValueError):
    """An alias file that cannot be read or does not have the expected shape (a ValueError too, as before)."""


@dataclass(frozen=True, slots=True)
class AliasGroup:
    names: tuple[str, ...]
    kind: str | None = None

    @property
    def keys(self) -> frozenset[str]:
        return _keys_of(self.names, self.kind)  # cached: asked once per name merged or resolved

    def entry_for(self, name: str) -> str | None:
        """The entry of this group a name stands for: same folded spelling, else same skeleton."""
        return _entry_for(self, name)  # cached: merging asks it for every name of both sides


@lru_cache(maxsize=1 << 16)
def _entry_for(group: AliasGroup, name: str) -> str | None:
    folded = ascii_fold(strip_article(name))
    for entry in group.names:
        if ascii_fold(strip_article(entry)) == folded:
            return entry
    key = parse(name, group.kind).key
    for entry in group.names:
        if parse(entry, group.kind).key == key:
            return entry
    return None


@dataclass(slots=True)
class AliasFile:
    """Forced merges (``same``) and forbidden merges (``different``)."""

    same: list[AliasGroup] = field(default_factory=list)
    different: list[AliasGroup] = field(default_factory=list)
    # skeleton -> its first group, and the groups it was built from (rebuilt when ``same`` changes):
    # asked for every name merged or resolved, so a lookup, not a scan of every group
    _group_of_key: dict[str, AliasGroup] = field(default_factory=dict, repr=False, compare=False)
    _indexed: tuple[AliasGroup, ...] = field(default=(), repr=False, compare=False)

    def __add__(self, other: AliasFile) -> AliasFile:
        return AliasFile(self.same + other.same, self.different + other.different)

    def same_group_of(self, key: str) -> AliasGroup | None:
        """The first ``[[same]]`` group holding a name whose skeleton is ``key``."""
        if self._indexed != tuple(self.same):
            self._group_of_key = {}
            for group in reversed(self.same):  # the first group holding a key wins
                self._group_of_key.update(dict.fromkeys(group.keys, group))
            self._indexed = tuple(self.same)
        return self._group_of_key.get(key)

    def forbidden(self, names_a: Iterable[str], names_b: Iterable[str]) -> bool:
        """Whether a ``[[different]]`` entry separates a name of one side from a name of the other.

        A name is matched to an entry by its folded spelling first, by transliteration skeleton
        only when no entry is spelled like it (so "Dialameh" vs "Diyalameh" can be forbidden).
        """
        side_a, side_b = list(names_a), list(names_b)
        for group in self.different:
            hits_a = {group.entry_for(n) for n in side_a} - {None}
            hits_b = {group.entry_for(n) for n in side_b} - {None}
            if any(a != b for a in hits_a for b in hits_b):
                return True
        return False


@lru_cache(maxsize=4096)
def _keys_of(names: tuple[str, ...], kind: str | None) -> frozenset[str]:
    return frozenset(parse(n, kind).key for n in names)


def _groups(data: dict[str, Any], section: str, where: str) -> list[AliasGroup]:
    entries = data.get(section, [])
    if not isinstance(entries, list):
        raise AliasFileError(Errors.E401, where=where, section=section)
    groups: list[AliasGroup] = []
    for i, entry in enumerate(entries):
        names = entry.get("names") if isinstance(entry, dict) else None
        if not isinstance(names, list) or len(names) < 2 or not all(isinstance(n, str) for n in names):
            raise AliasFileError(Errors.E402, where=where, section=section, entry=i + 1)
        kind = entry.get("kind")
        if kind not in (None, "person", "org"):
            raise AliasFileError(Errors.E403, where=where, section=section, entry=i + 1)
        groups.append(AliasGroup(tuple(names), kind))
    return groups


def parse_aliases(text: str, where: str = "<alias file>") -> AliasFile:
    """Read alias TOML from a string."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise AliasFileError(Errors.E404, where=where, error=err) from err
    unknown = set(data) - {"same", "different"}
    if unknown:
        raise AliasFileError(Errors.E405, where=where, sections=sorted(unknown))
    return AliasFile(_groups(data, "same", where), _groups(data, "different", where))


@cache
def default_aliases() -> AliasFile:
    """The alias file shipped with refrain."""
    text = resources.files(__package__).joinpath("aliases.toml").read_text(encoding="utf-8")
    return parse_aliases(text, "refrain/entities/aliases.toml")


def load_aliases(path: str | PathLike[str], *, with_defaults: bool = True) -> AliasFile:
    """Load a user's alias file, on top of the shipped defaults unless ``with_defaults=False``."""
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as err:
        raise AliasFileError(Errors.E406, path=path, reason=err.strerror) from err
    user = parse_aliases(text, str(path))
    return default_aliases() + user if with_defaults else user
