"""Entities: people and organisations named across articles, merged under one id.

>>> from refrain.entities import merge, resolve
>>> found = merge([("PMOI", None), ("People's Mojahedin Organization of Iran", None), ("MEK", None)])
>>> [(e.kind, e.name) for e in found]
[('org', "People's Mojahedin Organization of Iran")]
"""

from refrain.entities.aliases import (
    AliasFile,
    AliasFileError,
    AliasGroup,
    default_aliases,
    load_aliases,
    parse_aliases,
)
from refrain.entities.index import EntityIndex, resolve
from refrain.entities.matching import Entity
from refrain.entities.merge import merge
from refrain.entities.names import parse as parse_name
from refrain.entities.names import skeleton

__all__ = [
    "AliasFile",
    "AliasFileError",
    "AliasGroup",
    "Entity",
    "EntityIndex",
    "default_aliases",
    "load_aliases",
    "merge",
    "parse_aliases",
    "parse_name",
    "resolve",
    "skeleton",
]
