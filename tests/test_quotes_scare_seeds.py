"""The scare-quote and seed-page rules of issue 13 on the seed pages (read in place from ../shared;
these tests name only people, never the pages' sentences)."""

from __future__ import annotations

import pytest
from conftest import shared_path

from refrain.quotes import Quote, find


@pytest.fixture(scope="module")
def seeds() -> dict[str, list[Quote]]:
    folder = shared_path("seeds")
    return {path.name[:3]: find(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.txt"))}


def test_a_placard_speaks_for_the_clerics_holding_it(seeds: dict[str, list[Quote]]) -> None:
    (placard,) = [q for q in seeds["001"] if q.cue == "read"]
    assert placard.speaker is not None and placard.speaker.endswith("clerics")


def test_an_op_ed_passage_quoted_after_the_summary_goes_to_its_author(seeds: dict[str, list[Quote]]) -> None:
    ereli = [q for q in seeds["001"] if q.speaker == "Joseph Adam Ereli" and q.kind == "direct"]
    assert len(ereli) >= 5 and any(q.cue == "write" for q in ereli)


def test_chants_are_quotations_with_nobody_named(seeds: dict[str, list[Quote]]) -> None:
    chants = [q for q in seeds["001"] if q.text.endswith("!") and len(q.text.split()) <= 4]
    assert len(chants) == 2 and all(q.kind == "direct" and q.speaker is None for q in chants)


def test_words_in_the_clause_of_boltons_wish_are_his(seeds: dict[str, list[Quote]]) -> None:
    assert [q.cue for q in seeds["000"] if q.speaker == "John Bolton"] == ["wish"]
