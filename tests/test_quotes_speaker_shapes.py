"""Speakers that were words of the sentence, not people: a noun read as a speech verb ("following
reports", "anti-Norland remarks made by", "his previous comments"), a body's name cut in two
("the National Institute of Building Sciences"), an acronym glued to a name ("the UN Karl Ross"),
a definition before a colon ("… is this:"); and who speaks after "cited X as saying", "As X
commented …," and a post set off before a name ("the envoy to the UN, Ana Berg,")."""

from __future__ import annotations

import pytest
from quote_speakers import quoted_speakers

from refrain.quotes import find


@pytest.mark.parametrize(
    "text",
    [
        "The ministry added that Varnia was closely following reports with “alarm” about the drills.",
        "Later, he said that anti-Varnia remarks made by the Norland premier were “insulting and far from reality”.",
        "Ana Berg said, echoing her previous comments, that any strike would bring “an all-out war”.",
        "She added that they also answered warmly in two or three comments “since neighbours are tired of quarrels”.",
        "The council censured the premier’s latest hostile comments against the nation as “ugly”.",
    ],
)
def test_a_noun_read_as_a_speech_verb_is_no_speaker(text: str) -> None:
    for q in find(text):
        assert q.speaker is None or q.speaker[0].isupper() or q.speaker in {"ministry", "council"}, q.speaker
        assert q.speaker not in {"closely following", "anti-Varnia", "previous of Ana Berg", "two"}


def test_a_hyphenated_name_before_an_s_form_keeps_the_verb() -> None:
    text = "“They are not serious about ending the siege,” Karim al-Hadi tells the Norland Post."
    assert quoted_speakers(text) == ["Karim al-Hadi"]


def test_comment_is_a_speech_verb_after_its_subject() -> None:
    assert quoted_speakers("“We will not retreat,” Ana Berg commented.") == ["Ana Berg"]
    text = "As Tom Reyes commented after the address, one of its aims was “to answer the rival narrative directly.”"
    assert quoted_speakers(text) == ["Tom Reyes"]


def test_cited_as_saying_gives_the_one_cited() -> None:
    text = "The daily cited Ana Berg as saying the talks were “going nowhere”."
    assert quoted_speakers(text) == ["Ana Berg"]
    text = "The report cited a senior Norland official as saying that the two capitals “see eye to eye”."
    assert quoted_speakers(text) == ["senior Norland official"]


def test_a_body_of_one_field_word_stays_whole() -> None:
    text = "Barriers now stand outside “military and civic buildings,” according to the Varnian Institute of Building Sciences."
    assert quoted_speakers(text) == ["Varnian Institute of Building Sciences"]


def test_an_acronym_before_a_name_is_the_post_not_the_name() -> None:
    text = (
        "Varnia’s ambassador to the UN Karl Rostami has said Varnia backs the process. "
        "“Varnia supports any peace process,” he said."
    )
    assert quoted_speakers(text) == ["Karl Rostami"]


def test_a_post_to_the_un_before_the_name_and_a_participle() -> None:
    text = (
        "Also, Varnian Ambassador to the UN Karl Rostami, issued a statement on Thursday calling "
        "the claims “irresponsible and provocative”."
    )
    assert quoted_speakers(text) == ["Karl Rostami"]


def test_a_name_set_off_after_a_post_to_the_un() -> None:
    text = "Norland’s ambassador to the UN, Ana Berg, defended the veto and said: “No one acts with more restraint.”"
    assert quoted_speakers(text) == ["Ana Berg"]


def test_an_advisor_to_the_leader_of_a_body_is_not_read_past_the_body() -> None:
    text = (
        "An advisor to the Leader of the Varnian Council on army affairs spoke on Sunday. "
        "General Omid Kalani said the region mattered. “The region is at a turning point,” Kalani said. "
        "Later on, the advisor to the Leader argued that the alliance was growing. “This is a clear example,” he said."
    )
    assert quoted_speakers(text)[-1] == "Omid Kalani"


def test_a_definition_before_a_colon_is_no_source() -> None:
    text = (
        "One thing I learned from the Long Border War is this: “Always remember the other side has a story”."
    )
    assert quoted_speakers(text) == [None]


def test_two_posts_after_a_name_left_open_before_the_verb() -> None:
    text = (
        "Professor Karl Ross, researcher at the Norland Cancer Institute and invited speaker of the "
        "15th Lindau Congress also said “we are impressed by the work.”"
    )
    assert quoted_speakers(text) == ["Karl Ross"]


def test_a_post_longer_than_a_phrase_left_open_before_the_verb() -> None:
    # the post runs past the phrase length limit: the phrase read back opens with "of"
    text = (
        "OSLO - Lena Varga, Chair of Department of History and Music of Arden College says “The old "
        "towns were richer than we think.”"
    )
    assert quoted_speakers(text) == ["Lena Varga"]


def test_per_cites_a_source_like_according_to() -> None:
    text = (
        "As Karl Vora reported earlier this month, a rocket flew over the sea in 1998. "
        "Per Vora, “That test generated immense controversy.” Oil sold at $60 per barrel."
    )
    assert quoted_speakers(text) == ["Karl Vora"]


@pytest.mark.parametrize(
    "between",
    ["earlier in March", "in May 2020", "after the attack", "following the vote"],
)
def test_a_time_or_event_phrase_between_the_name_and_its_verb(between: str) -> None:
    text = f"Norland's army chief Gen. Karl Ross {between} said the line was “active” this week."
    assert quoted_speakers(text) == ["Karl Ross"]


def test_after_the_minister_said_is_the_ministers_clause() -> None:
    text = "Prices rose sharply in Oslo after the minister said “we will cut taxes.”"
    assert quoted_speakers(text) == ["minister"]


def test_a_continuing_pronoun_of_the_other_gender_is_not_the_last_speaker() -> None:
    text = (
        "Karl Ross, a Norland activist, stated: “The issue is very important.” He continued “justice "
        "falls short.” Ms. Lena Varga, director of the Oslo Academy, pointed to the remarks and said "
        "“I want to talk about civilians.” She added that “aid must be given.”"
    )
    assert quoted_speakers(text) == ["Karl Ross", "Karl Ross", "Lena Varga", "Lena Varga"]


def test_the_one_a_paper_quoted_speaks_and_a_profession_refers_back() -> None:
    text = (
        "Exports rose, an Iranian economy official said. “Prices are up,” the Norland Daily quoted "
        "Karl Ross, a member of the trade board, on Sunday. Later, a team found a tomb in the south. "
        "“We found a tomb,” Lena Varga, who leads the dig, was quoted as saying. “The grave also held "
        "a jar,” the archaeologist said."
    )
    assert quoted_speakers(text) == ["Karl Ross", "Lena Varga", "Lena Varga"]


def test_a_long_post_set_off_after_a_name_at_the_end_of_reported_words() -> None:
    text = (
        "The first stage began with room for 2 million units, Karl Ross, the head of the Office "
        "for Carrying Out the Orders of the Imam said. “Stage two comes in June,” he explained."
    )
    assert quoted_speakers(text) == ["Karl Ross"]
