"""Quote speakers on invented text: bodies speaking together are all named — a list with "the"
inside it or a serial comma, two bodies joined by "and", "the Netherlands, along with Chile and
Kenya, released a statement", and a verb coordinated after the list's first verb."""

from __future__ import annotations

from quote_speakers import speakers


def test_a_list_of_issuers_with_the_inside_is_all_of_them() -> None:
    text = (
        "Chile, Bolivia, the Netherlands, Kenya, Tanzania and Cyprus released a joint statement late on "
        "Monday. “Our six capitals welcome the new channel and will back it,” the statement said."
    )
    assert speakers(text) == ["Chile, Bolivia, the Netherlands, Kenya, Tanzania and Cyprus"]


def test_issuers_along_with_others_are_all_of_them() -> None:
    text = (
        "Earlier on Sunday, the Netherlands, along with Chile and Kenya, released a statement urging "
        "Tarsk to halt. “Our capitals view the fresh report with deep unease,” the statement said."
    )
    assert speakers(text) == ["Netherlands, Chile and Kenya"]


def test_a_verb_coordinated_after_a_listed_subject_is_all_of_theirs() -> None:
    text = (
        "Tanzania, Bolivia, Cyprus and the African Union released a joint statement late on Monday "
        "faulting the step and vowed to shield traders doing “lawful” trade with Tarsk."
    )
    assert speakers(text) == ["Tanzania, Bolivia, Cyprus and the African Union"]
    text = (
        "Chile, Bolivia, the Netherlands, Kenya, and Cyprus released a statement and "
        "called it “a fine step forward for the whole coast”."
    )
    assert speakers(text) == ["Chile, Bolivia, the Netherlands, Kenya, and Cyprus"]


def test_two_bodies_speak_together_but_two_people_stay_people() -> None:
    assert speakers("“We will never accept it,” Bolivia and Kenya declared on Friday.") == [
        "Bolivia and Kenya"
    ]
    text = "Ali Vaez and Omid Kalani said on Monday that “the deal is dead for now”."
    assert speakers(text) == ["Ali Vaez and Omid Kalani"]


def test_a_statement_quoted_again_after_another_sentence_keeps_its_author() -> None:
    text = (
        "The Norland foreign ministry said in a statement that the talks went well. "
        "“The minister stressed the policy of closer ties,” the statement said. "
        "It added, “He described Velm as a reliable partner.” "
        "The statement further said, “The minister said the expansion of ties will help the region.”"
    )
    assert speakers(text) == ["Norland foreign ministry"] * 3
