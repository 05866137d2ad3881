"""Entity keys on normalised Persian: a name printed with ي/ك or a ZWNJ is the same person.

All names here are invented.
"""

from __future__ import annotations

from refrain.entities.merge import merge
from refrain.entities.names import ascii_fold, skeleton


def test_persian_spellings_of_a_name_have_one_key() -> None:
    assert ascii_fold("بهرام كاوياني") == ascii_fold("بهرام کاویانی")
    assert skeleton("عبدالله\u200cزاده") == skeleton("عبداللهزاده")
    assert ascii_fold("بهرام کاویانی") != ascii_fold("بهروز کاویانی")


def test_mentions_in_either_spelling_merge_into_one_entity() -> None:
    entities = merge([("بهرام كاوياني", None), ("بهرام کاویانی", None), ("سارا توکلی", None)])
    assert len(entities) == 2


def test_latin_names_fold_as_before() -> None:
    assert ascii_fold("  José  O’Neil ") == "jose o'neil"


def test_a_persian_entity_id_is_readable() -> None:
    ids = sorted(e.id for e in merge([("بهرام كاوياني", None), ("سارا توکلی", None)]))
    assert ids == ["person:بهرام-کاویانی", "person:سارا-توکلی"]
    assert [e.id for e in merge([("Mira Castell", None)])] == ["person:mira-castell"]
