"""Quote speakers known by their tie to someone else ("the daughter of X", "X's son"), and people of
one family in one article: invented text, each case a rule of refrain.quotes.resolve."""

from __future__ import annotations

from quote_speakers import quoted_speakers

from refrain.entities.kinds import speaker_kind


def test_the_son_of_a_named_man_is_not_that_man() -> None:
    found = quoted_speakers("The son of Kamal Dorvani said the harbour was “ready for the storm”.")
    assert found == ["The son of Kamal Dorvani"]
    assert speaker_kind(found[0]) == "unnamed"


def test_a_named_mans_son_is_a_description_with_no_entity() -> None:
    found = quoted_speakers("Kamal Dorvani’s son told the court that the harbour was “ready for the storm”.")
    assert found == ["Kamal Dorvani’s son"]
    assert speaker_kind(found[0]) == "unnamed"


def test_the_leads_relative_is_the_one_named_speaking_next() -> None:
    text = (
        "PORTVALE – The daughter of Varnia’s late admiral, Martyr Kamal Dorvani, has praised her father "
        "as the “keeper of the coast”. In an interview on Monday, Leila Dorvani said he was a “patient "
        "and careful sailor.”"
    )
    assert quoted_speakers(text) == ["Leila Dorvani", "Leila Dorvani"]


def test_the_name_after_a_relatives_description_ending_in_a_name_is_the_relative() -> None:
    text = "The daughter of Kamal Dorvani, Leila, said the harbour was “ready for the storm”."
    assert quoted_speakers(text) == ["Leila"]


def test_her_father_leaves_a_he_in_the_same_sentence_to_him() -> None:
    # "he" is the father, so it gives Leila no gender, and the "she" that follows is hers
    text = (
        "On Monday, Leila Dorvani said what set her father apart was that he was a “patient sailor.” "
        "She said the old admiral “never lost a ship in forty years.”"
    )
    assert quoted_speakers(text) == ["Leila Dorvani", "Leila Dorvani"]


def test_a_surname_two_people_share_is_the_one_speaking_last() -> None:
    text = (
        "Admiral Kamal Dorvani died in 2019. In an interview, his daughter Leila Dorvani said: “He was "
        "patient with everyone.” Dorvani concluded that the harbour would remember him “for a long time.” "
        "Admiral Dorvani was buried in Portvale."
    )
    assert quoted_speakers(text) == ["Leila Dorvani", "Leila Dorvani"]


def test_spellings_of_one_name_are_not_two_people_sharing_a_surname() -> None:
    text = (
        "Trade Minister Rafael Tomasi said the port was “open again”. Raphael Tomasi spoke on Monday. "
        "Tomasi added that prices were “falling slowly”."
    )
    assert all(s is not None and s.endswith("Tomasi") for s in quoted_speakers(text))
