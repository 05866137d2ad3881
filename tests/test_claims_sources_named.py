"""Claimants the sentence or its neighbours name, found in a hand-judged fresh sample (invented text):
a web site after "according to", a role word before a document ("the official report"), a post
whose country is written with it ("quoting Varnia’s oil minister"), an attribution after a
quotation's closing comma, and a sentence inside a person's reported speech."""

from __future__ import annotations

import pytest

from refrain.claims import find
from refrain.quotes import find as find_quotes


def _claimants(text: str) -> list[tuple[float, str | None]]:
    return [(c.value, c.claimant) for c in find(text, outlet="Daily Lark", quotes=find_quotes(text))]


@pytest.mark.parametrize(
    "text",
    [
        "According to citypopulation.net, the population of Varnel is now over 4 million.",
        "The population of Varnel is now over 4 million, according to citypopulation.net.",
    ],
)
def test_a_web_site_cited(text: str) -> None:
    assert _claimants(text) == [(4_000_000, "citypopulation.net")]


def test_a_role_word_before_a_document_is_the_document() -> None:
    text = (
        "Kamal Vos, the head of the refugee office, spoke on Monday.\n\n"
        "Some 40,000 Varnian pupils live on the islands, according to the official report."
    )
    assert _claimants(text) == [(40_000, "official report")]


def test_a_post_with_its_country_quoted_by_an_agency() -> None:
    text = "Norland and Varnia discussed oil supplies for five years, Varpress reported quoting Varnia’s oil minister."
    assert _claimants(text) == [(5, "Varnia’s oil minister")]


def test_an_attribution_after_a_quotations_closing_comma() -> None:
    text = (
        'The envoy spent two hours in Varnia on Thursday discussing "the growing ties between the '
        'two ports," a U.S. Embassy statement said.'
    )
    assert _claimants(text) == [(2, "U.S. Embassy statement")]


def test_sentences_inside_reported_speech_are_the_speakers() -> None:
    text = (
        "Lena Holm rejected the claim and said that the density of Varnel is like no other city.\n\n"
        "Some 70 percent of the population lives above the standard capacity.\n\n"
        "In other words, the city can give decent lives to only 2.3 million of its residents.\n\n"
        "So it cannot be changed, she added, noting that the law stands."
    )
    assert _claimants(text) == [(70, "Lena Holm"), (2_300_000, "Lena Holm")]


@pytest.mark.parametrize(
    "text",
    [
        # nothing goes on with her speech after: the writer's own background
        "Lena Holm said that the city is full. Some 70 percent of the people live above capacity. "
        "The council will meet in June.",
        # "he" after is someone named between: not hers
        "Lena Holm said that the city is full. Piet Vos spoke next. Some 70 percent of the people "
        "live above capacity. The council cannot cope, he added.",
    ],
)
def test_a_sentence_after_someones_speech_is_not_always_theirs(text: str) -> None:
    assert _claimants(text) == [(70, "Daily Lark")]


def test_a_post_with_its_body_is_resolved_to_the_person_named_next() -> None:
    text = (
        "TEHRAN – Some 30 percent of Varnians aged 40 or over have high blood pressure, the "
        "secretary of the 9th Varnian Congress on Heart Care has said.\n\n"
        "Kamal Tavi made the remarks to reporters in Varnel on Monday.\n\n"
        "Only 40 percent of patients know of their disease, he remarked."
    )
    assert _claimants(text) == [(30, "Kamal Tavi"), (40, "Kamal Tavi")]


def test_a_bare_title_opening_the_article_is_the_person_named_next() -> None:
    text = (
        "TEHRAN – Varnian Roads and Harbours Minister told reporters that some 22 million crates of "
        "fruit left by road in the first half of the month.\n\n"
        "Speaking at a ceremony on Monday, Piet Vos said the economy is still turning."
    )
    assert _claimants(text) == [(22_000_000, "Piet Vos")]


def test_a_bare_title_after_a_named_speaker_is_not_given_to_the_next_one() -> None:
    text = (
        "Lena Holm said the port would reopen.\n\n"
        "Port Minister said some 9 million crates of fruit left the quay in May.\n\n"
        "Speaking on Monday, Piet Vos said the economy is still turning."
    )
    assert _claimants(text)[0][1] != "Piet Vos"
