"""Quote speakers on invented text: "the parliamentarian" and a lone "MP said" are the lawmaker
named speaking before; a site ("… Energy Zone", "Bandar Abbas") is a place
or body in the article's name index, never a person a "he" could be; "the statement by the
Norlandic embassy" is the embassy's words; "underlined" and "reaffirmed" are cues."""

from __future__ import annotations

from quote_speakers import speakers

from refrain.quotes.context import tokens
from refrain.quotes.entities import build_index


def test_the_parliamentarian_is_the_lawmaker_named_speaking_before() -> None:
    text = (
        "Speaking to reporters about the talks, Omid Farsani said the other side broke the terms "
        "of the deal. “We kept every promise we made, all of them,” the parliamentarian added."
    )
    assert speakers(text) == ["Omid Farsani"]


def test_a_lone_role_word_refers_back_like_the_role_phrase() -> None:
    text = (
        "Speaking to reporters about the talks, Omid Farsani said the other side broke the terms "
        "of the deal. Farsani went on to say that the country stood firm. "
        "“We have shown them the way out,” MP said."
    )
    assert speakers(text) == ["Omid Farsani"]


def kinds(text: str) -> dict[str, str]:
    index = build_index(text, tokens(text, 0, len(text)))
    return {text[o.start : o.end]: o.entity.kind for o in index.occurrences}


def test_a_site_is_no_person() -> None:
    found = kinds(
        "Darius Kalani said 91 million barrels were shipped from Tarvan Special Economic Energy "
        "Zone during the period, and a new plant will open in Bandar Abbas."
    )
    assert found["Darius Kalani"] == "person"
    assert found["Tarvan Special Economic Energy Zone"] != "person"
    assert found["Bandar Abbas"] != "person"


def test_a_name_opened_like_a_place_with_a_particle_is_a_person() -> None:
    assert kinds("Prince Bandar bin Talal met the envoy on Monday.")["Prince Bandar bin Talal"] == "person"


def test_a_speech_noun_after_an_adjective_is_no_cue() -> None:
    text = "Vandor repeated that the chief demand of the union stayed “a pay rise for every nurse” this year."
    assert speakers(text) == ["Vandor"]
    text = "The move by the board, announced at a lengthy press conference, was “deeply careless”, critics wrote."
    assert "lengthy" not in speakers(text)
    text = "Officials met on Monday. “We will stay until the end of the year,” the villagers demand."
    assert speakers(text) == ["villagers"]


def test_a_statement_by_a_body_is_the_body_s_words() -> None:
    text = (
        "“We are saddened by the loss and call for an inquiry,” the statement by the Norlandic embassy said."
    )
    assert speakers(text) == ["Norlandic embassy"]
    text = "“We are saddened by the loss and call for an inquiry,” the statement from the Norlandic embassy said."
    assert speakers(text) == ["Norlandic embassy"]
    text = "Vera Lind heads the bloc’s policy. “We back the plan in full,” said a statement from Vera Lind’s office."
    assert speakers(text) == ["Vera Lind"]


def test_underlined_and_reaffirmed_introduce_quotes() -> None:
    text = (
        "Deputy Foreign Minister Omid Kalani spoke on Monday. The top Tarskian negotiator "
        "underlined, “At the same time, it is the national interest that decides the talks.”"
    )
    assert speakers(text) == ["Omid Kalani"]
    text = "President Lina Vos reaffirmed that “our support for the treaty is not up for debate”."
    assert speakers(text) == ["Lina Vos"]


def test_a_speaker_cut_down_to_a_modifier_is_no_speaker() -> None:
    text = (
        "The press office waved away as “false” recent claims pinned on the chief "
        "of the body, according to which “the minister’s phone was tapped last month.”"
    )
    assert "recent" not in speakers(text)
    text = "“You are out, the young are in the streets,” some screamed in the square."
    assert speakers(text) == ["some"]
