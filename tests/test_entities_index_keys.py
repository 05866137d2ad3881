"""EntityIndex looks names up by merge's rule-1 key (refrain.entities.name_keys.same_name_key):
a name resolves to an entity by that key exactly when merge would have joined the two names.
Invented names."""

from __future__ import annotations

from refrain.entities import merge
from refrain.entities.index import EntityIndex
from refrain.entities.name_keys import same_name_key
from refrain.entities.names import parse


def test_the_same_skeleton_resolves_a_full_name() -> None:
    index = EntityIndex(merge([("Qorban Taleshvari", "mayor"), ("Orla Pennick", None)]))
    assert index.resolve("Ghorban Taleshvari").name == "Qorban Taleshvari"


def test_a_lone_surname_only_spelled_alike() -> None:
    entities = merge([("Velmari", "spokesman"), ("Orla Pennick", None)])
    index = EntityIndex(entities)
    assert index.resolve("Velmari").name == "Velmari"
    # one skeleton, other letters: merge keeps such lone surnames apart, so does the index
    assert same_name_key(parse("Velmary")) != same_name_key(parse("Velmari"))
    assert index.resolve("Velmary") is None


def test_an_acronym_only_with_its_own_letters() -> None:
    index = EntityIndex(merge([("Norland Energy Exchange", None), ("NEE", None)]))
    assert index.resolve("NEE") is not None
    assert index.resolve("NME") is None
