"""Speakers a little further from their quotation: a person of a body ("Tom Reyes of the Norland
Institute said"), a surname given alone and quoted sentences back ("ISNA quoted Vahidi as saying
…. He said that …. He said that …. “…,” he explained"), a named subject taking a stance right
before the article's first quotation, and "what the X regime refer to as “…”"."""

from __future__ import annotations

from quote_speakers import quoted_speakers

from refrain.quotes import find


def test_a_person_of_a_body_speaks_not_the_body() -> None:
    assert quoted_speakers("Tom Reyes of the Norland Institute said: “We answer directly.”") == ["Tom Reyes"]
    assert quoted_speakers("President Omid Kalani of the Varnian Republic said: “No.”") == ["Omid Kalani"]
    assert quoted_speakers("The Ministry of Foreign Affairs said: “No.”") == ["Ministry of Foreign Affairs"]
    text = "As Tom Reyes of the Norland Institution commented after the address, its aim was “to answer directly.”"
    assert quoted_speakers(text) == ["Tom Reyes"]


def test_a_surname_alone_quoted_sentences_back_is_whom_he_means() -> None:
    text = (
        "“At present, pupils can only study the arts,” ISNA quoted Vahidi as saying. "
        "He said that 3,000 pupils study there. He said that 350 pupils passed the exam. "
        "“We aim to create jobs,” he explained."
    )
    assert quoted_speakers(text) == ["Vahidi", "Vahidi"]


def test_the_first_quotation_after_a_named_stance_is_that_persons() -> None:
    text = (
        "Addressing worshippers in Lindau, Ayatollah Omid Kalani termed the raid on the border a "
        "blatant aggression, calling on the neighbours not to repeat a mistake. “Our stance is an "
        "advising one which means an immediate halt and a withdrawal of the forces.”"
    )
    assert quoted_speakers(text) == ["Omid Kalani"]


def test_what_a_body_refers_to_as_is_its_words_not_the_relaying_outlet() -> None:
    text = "The teams would deal with what the Norland regime refer to as “the Varnian threat,” according to Lindau TV."
    assert quoted_speakers(text) == ["Norland regime"]


def test_according_to_closing_the_sentence_names_a_short_phrases_speaker() -> None:
    text = "The network aired “biased and inaccurate” coverage of the riots, according to Foreign Minister Omid Kalani."
    assert quoted_speakers(text) == ["Omid Kalani"]
    assert quoted_speakers("The corridor is instead a “fresh design” according to President Kalani.") == [
        "Kalani"
    ]


def test_according_to_after_a_cue_relays_and_does_not_speak() -> None:
    text = "Tom Reyes said in Lindau on Friday that “every choice” remains open, according to Lindau Post."
    assert quoted_speakers(text) == ["Tom Reyes"]
    assert quoted_speakers("“We are ready,” he said, according to Lindau TV.") != ["Lindau TV"]


def test_quoted_the_described_source_as_saying() -> None:
    text = (
        "Blame rests on whoever began this “ugly contest,” Lindau News quoted a well-placed source as saying."
    )
    assert quoted_speakers(text) == ["well-placed source"]


def test_remarks_after_a_possessive_and_an_adjective_are_a_noun() -> None:
    text = "The ministry summoned the envoy over Norland’s meddlesome remarks about its affairs. “Varnia rejects it.”"
    assert all(q.speaker is None or "meddlesome" not in q.speaker for q in find(text))
