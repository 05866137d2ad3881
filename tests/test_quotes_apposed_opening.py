"""'the <role>' right after a name that opens its clause is that person, also when a phrase set
off by a comma stands before the name ("In a statement, X Y, the chief of Z said"); after an
object ("with X Y, the chief of Z said") it is someone else. Invented text."""

from __future__ import annotations

from refrain.quotes import find


def _speaker(text: str) -> str | None:
    (quote,) = find(text)
    return quote.speaker


def test_a_name_after_an_opening_phrase_and_its_comma_is_the_role_holder() -> None:
    tail = "Tomas Velin, the chief executive of Norland Rail said “the trains will run on time.”"
    assert _speaker("In a statement, " + tail) == "Tomas Velin"
    assert _speaker("Last week, " + tail) == "Tomas Velin"
    assert _speaker("In May, " + tail) == "Tomas Velin"


def test_a_name_right_after_a_preposition_is_no_role_holder() -> None:
    text = "In a meeting with Tomas Velin, the chief executive of Norland Rail said “the trains will run on time.”"
    assert _speaker(text) != "Tomas Velin"
