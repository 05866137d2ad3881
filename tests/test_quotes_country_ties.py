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


def test_a_countrys_post_after_its_holder_spoke_is_the_holder() -> None:
    text = (
        "OSLO - Norway's envoy to the United Nations on Thursday thanked the council for its work. "
        "Speaking at the council, Ambassador Lena Varga said the "
        "talks must go on. Varga remarked, “No new event has occurred since the last session.” "
        "“Today's session confirms that monthly meetings are a waste of time,” Norway's ambassador reaffirmed."
    )
    assert _speakers(text) == ["Lena Varga", "Lena Varga"]


def test_a_countrys_post_introducing_someone_new_is_not_the_last_speaker() -> None:
    text = (
        "Ali Vaez met officials in Oslo on Monday. “We agreed on trade,” Vaez said. "
        "“The talks were good,” Norway's ambassador said."
    )
    assert _speakers(text)[-1] != "Ali Vaez"


def test_a_clause_before_a_name_is_no_post_of_theirs() -> None:
    # "the spokesman noted that head of X, Ali Vaez," gives Vaez no spokesman's post
    text = (
        "OSLO – Unity is the way forward, the spokesman for Norland’s Foreign Ministry says. "
        "At his regular briefing on Tuesday, Karl Ross said, “Unity won.” "
        "“Messages are being exchanged,” Ross noted. "
        "Tarsk's Foreign Minister Omar Rami visited Oslo on May 29. The foreign minister said he "
        "carried a message. “Tarsk is a friendly country,” the ministry spokesman remarked. "
        "In addition, the spokesman noted that head of the Security Council (SC), Ali Vaez, "
        "will visit Rome."
    )
    assert "Ali Vaez" not in _speakers(text)  # he is named only after, holding no spokesman's post


def test_a_nationality_of_a_smaller_country_ties_the_post() -> None:
    # "Swedish" is a nationality: the Swedish foreign minister is not the Iranian one just quoted
    text = (
        "Iranian Foreign Minister Omid Karan met Swedish Foreign Minister Karel Vandos in Esterby on "
        "Monday. “We discussed the dams on the river,” Karan said. The Swedish foreign minister said, "
        "“Our ties with the region are strong.”"
    )
    assert [q.speaker for q in find(text, language="en")] == ["Omid Karan", "Karel Vandos"]
