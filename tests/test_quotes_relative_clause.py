"""A relative clause without commas between a speaker and the verb ("Lena Holm who heads the fair
said", "X, who met envoys from A, B and C in …, said") does not give the speaker to the phrase
ending the clause, and two people with a plural verb are no later "he" (invented text)."""

from __future__ import annotations

import pytest

from refrain.quotes import find


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Visitors rose a lot,” Lena Holm who is secretary of the fair said in May.", "Lena Holm"),
        ("Lena Holm who heads the Varnel fair said: “We will open in June.”", "Lena Holm"),
        (
            "Port Minister Kamal Tavi who was in Norland for trade talks said the offer was “a step back.”",
            "Kamal Tavi",
        ),
        ("The man who met Piet Vos said: “We will open in June.”", "man"),
        # with commas, as before
        ("“We will open,” Lena Holm, who is secretary of the fair, said.", "Lena Holm"),
        ("An official who spoke to reporters said: “We will open in June.”", "official"),
        # a relative clause with commas of its own ends at the verb
        (
            "Omid Kalani, who worked with envoys from the Union, Norland and the five members of the "
            "council in crafting the agreement, said the plan holds “technical and legal details” to settle.",
            "Omid Kalani",
        ),
    ],
)
def test_speaker_before_a_relative_clause(text: str, speaker: str) -> None:
    quotes = find(text)
    assert quotes, text
    assert quotes[0].speaker == speaker


def test_two_people_with_a_plural_verb_are_no_later_he() -> None:
    text = (
        "Speaking to the press in Baku, Javad Karimi underlined the expansion of ties, saying: “The swap "
        "deal has opened the way for work in other fields.” The two sides agreed to open shared "
        "fields, he said, adding: the neighbour is ready to join some plans such as the coastal "
        "railway line, he noted, adding that the Islamic "
        "Republic’s Leader Ayatollah Omid Kemal and President Raji have both spoken for closer links with "
        "the neighbour. We are building the industry without outside help, he stressed, stating: “Our "
        "country holds the largest gas reserves.”"
    )
    assert [q.speaker for q in find(text)] == ["Javad Karimi", "Javad Karimi"]
