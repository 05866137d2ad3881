"""Quote speakers on invented text: a person named with their post, however it is written — "said
Professor Bruce Kane of the University of Norland", "Peter Jonkers, former UK Ambassador to the
IAEA and UN says that …" (an appositive left open before the verb, a dateline before the name),
"Outgoing Governor Gray Dovis, meanwhile, held … and urged" (an adjective in -ing before a title
opens no participle phrase) — is the person, not the body in the post."""

from __future__ import annotations

from refrain import quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes.find(text, language="en")]


def test_a_titled_person_of_a_body_is_the_person() -> None:
    text = "“Voters want to see what they can really do,” said Professor Bruce Kane of the University of Norland."
    assert speakers(text) == ["Bruce Kane"]


def test_an_open_appositive_ending_in_a_post_s_object_is_the_person_s() -> None:
    text = (
        "VESK - Peter Jonkers, former UK Ambassador to the IAEA and UN says that “Politically, the "
        "Europeans are likely to look for ways of making up for that loss.”"
    )
    assert speakers(text) == ["Peter Jonkers"]


def test_an_adjective_in_ing_before_a_title_is_part_of_the_subject() -> None:
    text = (
        "Outgoing Governor Gray Dovis, meanwhile, held an emotional meeting with his staff and urged "
        "them to “extend the hand of cooperation to the new team.”"
    )
    assert speakers(text) == ["Gray Dovis"]
    text = (
        "Congratulating Omid Vaez on his reelection, President Lena Holm issued a statement noting "
        "that her country would keep working with his “in what boosts security in the region”."
    )
    assert speakers(text) == ["Lena Holm"]
