"""Quote speakers read from a sentence's main clause, a piece of a document, a post named another
way, and words that are no name or no cue: invented text, each case a rule of refrain.quotes."""

from __future__ import annotations

from quote_speakers import quoted_speakers


def test_a_pronoun_goes_to_the_main_clause_subject_not_to_one_in_a_clause_after_it() -> None:
    text = (
        "Varnia’s envoy Dian Soto was answering a question. Harbour Ambassador Kelly Brand hit back "
        "after Soto spoke. “Let me be clear: we have no fear,” she told the council."
    )
    assert quoted_speakers(text) == ["Kelly Brand"]


def test_a_subject_after_when_opening_the_sentence_still_counts() -> None:
    text = "When Dian Soto spoke, the hall went quiet. “Let me be clear,” she said."
    assert quoted_speakers(text) == ["Dian Soto"]


def test_part_of_a_statement_by_a_body_is_the_bodys() -> None:
    text = "“Required conditions have been met for 800 pilgrims,” read part of a statement by the Varnian Pilgrimage Board on Friday."
    assert quoted_speakers(text) == ["Varnian Pilgrimage Board"]


def test_an_excerpt_of_the_letter_is_the_letters() -> None:
    assert quoted_speakers("“The conditions are met,” read an excerpt of the letter.") == ["letter"]


def test_the_chief_of_a_body_is_its_secretary_general() -> None:
    text = (
        "“The flood taught us much,” Ali Varan wrote to Kamal Dorvani, the Harbour League secretary "
        "general. Engineers were amazed by the League’s dikes. The League chief had earlier called "
        "the rebuilding a “holy and lasting triumph”."
    )
    assert quoted_speakers(text) == ["Ali Varan", "Kamal Dorvani"]


def test_the_general_staff_is_no_person() -> None:
    text = (
        "A chief voice of the General Staff at the Varnian Armed Forces, Brigadier General Kamal "
        "Dorvani, rejected the claims. “These rumours about the coast are a smear,” the Varnian "
        "general said."
    )
    assert quoted_speakers(text) == ["Kamal Dorvani"]


def test_the_press_after_a_nationality_is_a_noun_not_a_cue() -> None:
    text = "Kamal Dorvani called the Western press stories on the floods “a smear” and a distraction."
    assert quoted_speakers(text) == ["Kamal Dorvani"]


def test_a_sports_description_is_the_player_named_before() -> None:
    text = (
        "Tomas Verdal says he is glad to stay in the capital. Speaking after his new deal, the "
        "Varnian striker said: “I am happy to be in this team.”"
    )
    assert quoted_speakers(text) == ["Tomas Verdal"]


def test_a_post_of_a_body_placed_in_a_town_ends_before_the_name_speaks() -> None:
    text = (
        "Kamal Dorvani, acting head of the Roads, Ports and Shipping Office in Bel and Varo, said: "
        "“We will open the road next week.”"
    )
    assert quoted_speakers(text) == ["Kamal Dorvani"]


def test_a_dotted_country_in_the_title_ties_the_person_to_it() -> None:
    text = (
        "Talks in Vienna went on, the Verdal administration said. The pact got its end from U.S. "
        "President Tomas Verdal. “No,” Verdal told a voter. “It is over.” Pressed on the reason, the "
        "U.S. president answered, “Many reasons, all long.”"
    )
    assert quoted_speakers(text) == ["Tomas Verdal", "Tomas Verdal"]


def test_someone_else_of_the_country_in_another_office_leaves_the_post_to_the_speaker() -> None:
    text = (
        "The relatives of leading Iranian chemist Ilse Marnet received an award. “Everyone must know "
        "it,” President Tomas Verdal said. Verdal added that Iran would not be provoked by the “bait” "
        "of its rivals. “Our people are too wise for that,” the Iranian president said."
    )
    assert quoted_speakers(text) == ["Tomas Verdal"] * 3


def test_a_long_post_before_the_name_in_an_inverted_subject() -> None:
    text = (
        "“Trade is vital,” said the head of the supervisory council of managers of the Varnia Northern "
        "Harbour Fund, Ali Vahdat, at a summit. “We have great capacity,” he said."
    )
    assert quoted_speakers(text) == ["Ali Vahdat", "Ali Vahdat"]


def test_the_pentagon_is_a_body_an_it_refers_to() -> None:
    text = "The Pentagon claimed that Vos had planned the raids. “The raids were approved,” it claimed."
    assert quoted_speakers(text) == ["Pentagon"]


def test_believes_and_is_of_the_opinion_before_a_quotation_are_cues() -> None:
    assert quoted_speakers(
        "Ali Vaez believes, “If the sages were among us today, they would fight greed.”"
    ) == ["Ali Vaez"]
    text = "TEHRAN - Prof. Nader Vaez is of the opinion that “The port rules must be changed for the deal.”"
    assert quoted_speakers(text) == ["Nader Vaez"]


def test_a_subject_before_a_participle_cue_stops_at_believes() -> None:
    text = (
        "The Varnian foreign minister believes a pact of that kind might reach wider, claiming that a "
        "“pact++” deal could also cover the militias."
    )
    assert quoted_speakers(text) == ["Varnian foreign minister"]


def test_the_text_of_the_letter_below_is_the_letters_not_below() -> None:
    text = (
        "In the letter, the Leader Ali Vaez praised the group. Below is the text of the letter: "
        "“Dear brother, I received your kind letter and thank you.”"
    )
    assert quoted_speakers(text) != ["Below"]
    assert quoted_speakers(text)[0] in {"letter", "Ali Vaez"}
