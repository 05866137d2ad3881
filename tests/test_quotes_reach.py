"""Speakers a little further from their quotation: a person of a body ("Tom Reyes of the Norland
Institute said"), a surname given alone and quoted sentences back ("ISNA quoted Vahidi as saying
…. He said that …. He said that …. “…,” he explained"), a named subject taking a stance right
before the article's first quotation, and "what the X regime refer to as “…”"."""

from __future__ import annotations

from refrain.quotes import find


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find(text) if q.kind != "scare"]


def test_a_person_of_a_body_speaks_not_the_body() -> None:
    assert _speakers("Tom Reyes of the Norland Institute said: “We answer directly.”") == ["Tom Reyes"]
    assert _speakers("President Omid Kalani of the Varnian Republic said: “No.”") == ["Omid Kalani"]
    assert _speakers("The Ministry of Foreign Affairs said: “No.”") == ["Ministry of Foreign Affairs"]
    text = "As Tom Reyes of the Norland Institution commented after the address, its aim was “to answer directly.”"
    assert _speakers(text) == ["Tom Reyes"]


def test_a_surname_alone_quoted_sentences_back_is_whom_he_means() -> None:
    text = (
        "“At present, pupils can only study the arts,” ISNA quoted Vahidi as saying. "
        "He said that 3,000 pupils study there. He said that 350 pupils passed the exam. "
        "“We aim to create jobs,” he explained."
    )
    assert _speakers(text) == ["Vahidi", "Vahidi"]


def test_the_first_quotation_after_a_named_stance_is_that_persons() -> None:
    text = (
        "Addressing worshippers in Lindau, Ayatollah Omid Kalani termed the raid on the border a "
        "blatant aggression, calling on the neighbours not to repeat a mistake. “Our stance is an "
        "advising one which means an immediate halt and a withdrawal of the forces.”"
    )
    assert _speakers(text) == ["Omid Kalani"]


def test_what_a_body_refers_to_as_is_its_words_not_the_relaying_outlet() -> None:
    text = "The teams would deal with what the Norland regime refer to as “the Varnian threat,” according to Lindau TV."
    assert _speakers(text) == ["Norland regime"]
