"""A contracted pronoun ("they’ve", "he's", "I’m") is the pronoun: its mention is the pronoun and it
is resolved as one, never taken whole as a speaker's name. Invented text."""

import pytest

from refrain.quotes import find


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_contracted_he_resolves_to_the_named_person(apostrophe: str) -> None:
    text = f"Tomas Verlund spoke to reporters in Kelmar. He{apostrophe}s said that the deal was “dead”."
    (q,) = find(text)
    assert q.speaker == "Tomas Verlund"
    assert q.speaker_mention is not None and q.speaker_mention.text == "He"


def test_contracted_she_mention_is_the_pronoun() -> None:
    text = "Ilsa Marden spoke in Kelmar. She’s told reporters that the plan was “reckless”."
    (q,) = find(text)
    assert q.speaker == "Ilsa Marden"
    assert q.speaker_mention is not None and q.speaker_mention.text == "She"


@pytest.mark.parametrize("contracted", ["We’ve", "They’ve", "They're", "I’m"])
def test_contracted_pronoun_is_never_a_name(contracted: str) -> None:
    text = f"The Dalvanian envoys met in Kelmar. {contracted} said that the plan was “reckless”."
    for q in find(text):
        assert q.speaker != contracted
        if q.speaker_mention is not None:
            assert "’" not in q.speaker_mention.text and "'" not in q.speaker_mention.text


def test_possessive_name_is_not_cut() -> None:
    text = "Hella’s mayor Ilsa Marden said the plan was “reckless”."
    (q,) = find(text)
    assert q.speaker == "Ilsa Marden"
