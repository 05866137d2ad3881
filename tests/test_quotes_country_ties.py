"""A nationality role phrase ("the Tarskian president") goes to the person the article ties to that
country: by a country after the name ("President Lars Berg of Norway"), and never by another
person's nationality written just before the name ("with Danish Premier Per Olsen on Monday,
President Lars Berg"). Invented text."""

from __future__ import annotations

import pytest

from refrain.quotes import find


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find(text)]


CALL = (
    "OSLO – In a telephone call with {other} Prime Minister Per Olsen on Wednesday, President Lars Berg"
    "{of} said a war between the two islands is not a proper way.\n"
    "Berg said, “Our region cannot bear new war.” Pointing to peace, the {nat} president said, “Calm is "
    "the base of progress.” The {nat} president added “ending clashes matters to us.”"
)


@pytest.mark.parametrize(
    ("other", "of", "nat"),
    [
        ("Armenian", " of Norway", "Norwegian"),
        ("Armenian", "", "Norwegian"),
        ("Danish", " of Iran", "Iranian"),
        ("Armenian", " of Iran", "Iranian"),
    ],
)
def test_the_other_persons_nationality_is_not_the_speakers(other: str, of: str, nat: str) -> None:
    text = CALL.format(other=other, of=of, nat=nat)
    assert _speakers(text) == ["Lars Berg"] * 3


def test_a_country_after_the_name_ties_the_person_to_it() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Iraq met Foreign Minister Jan Berg of Iran on Monday. "
        "“We agreed on fishing,” the Iranian foreign minister said. “Talks go on,” the Iraqi "
        "foreign minister said."
    )
    assert _speakers(text) == ["Jan Berg", "Ana Ruiz"]
