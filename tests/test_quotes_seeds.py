"""refrain.quotes.find end to end on the seed pages (curly quotes, Iran/MEK politics).

The pages stay in ../shared; these tests name only the people and outlets, never their sentences.
"""

from __future__ import annotations

import pytest
from conftest import shared_path

from refrain.quotes import Quote, find


@pytest.fixture(scope="module")
def seeds() -> dict[str, list[Quote]]:
    folder = shared_path("seeds")
    return {path.name[:3]: find(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.txt"))}


def test_scare_quotes_are_never_attributed(seeds: dict[str, list[Quote]]) -> None:
    scare = [q for quotes in seeds.values() for q in quotes if q.kind == "scare"]
    assert len(scare) >= 15
    assert all(q.speaker is None and q.speaker_mention is None and q.cue is None for q in scare)


def test_a_bare_word_in_quotes_is_scare(seeds: dict[str, list[Quote]]) -> None:
    briefed = [q for q in seeds["001"] if q.text.strip(".").lower() == "briefed"]
    assert len(briefed) == 2 and all(q.kind == "scare" for q in briefed)


def test_he_said_colon_goes_to_the_official_named_before(seeds: dict[str, list[Quote]]) -> None:
    hits = [q for q in seeds["001"] if q.speaker == "Qodrat Dialameh" and q.speaker_mention.text == "He"]
    assert len(hits) == 1 and hits[0].kind == "direct"


def test_minister_quoted_by_surname_gets_full_name_and_role(seeds: dict[str, list[Quote]]) -> None:
    alavi = [q for q in seeds["001"] if q.speaker == "Mahmoud Alavi"]
    assert any(q.kind == "direct" for q in alavi)
    assert all(q.role == "Minister of Intelligence" for q in alavi)


def test_quoted_as_saying_in_the_next_paragraph(seeds: dict[str, list[Quote]]) -> None:
    (q,) = [q for q in seeds["001"] if q.cue == "was quoted as saying"]
    assert (q.speaker, q.role, q.date) == ("Ali Rabiei", "Labor Minister", "2018-07-21")


def test_outlet_as_speaker(seeds: dict[str, list[Quote]]) -> None:
    assert sum(q.speaker == "Tehran Press" for q in seeds["001"]) >= 2


def test_every_quote_of_the_single_speaker_page_is_his(seeds: dict[str, list[Quote]]) -> None:
    direct = [q for q in seeds["003"] if q.kind == "direct"]
    assert len(direct) == 5 and {q.speaker for q in direct} == {"Ali Khamenei"}


def test_most_statements_are_attributed(seeds: dict[str, list[Quote]]) -> None:
    statements = [q for quotes in seeds.values() for q in quotes if q.kind == "direct"]
    attributed = [q for q in statements if q.speaker is not None]
    assert len(attributed) / len(statements) >= 0.9
