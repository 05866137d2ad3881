"""Quote speakers on invented text: bodies speaking together are all named — a list with "the"
inside it or a serial comma, two bodies joined by "and", "the UK, along with France and Germany,
issued a statement", and a verb coordinated after the list's first verb."""

from __future__ import annotations

from refrain import quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes.find(text, language="en")]


def test_a_list_of_issuers_with_the_inside_is_all_of_them() -> None:
    text = (
        "Belgium, Denmark, Finland, the Netherlands, Norway and Sweden issued a joint statement on "
        "Monday. “We welcome the new channel and will support it,” the statement said."
    )
    assert speakers(text) == ["Belgium, Denmark, Finland, the Netherlands, Norway and Sweden"]


def test_issuers_along_with_others_are_all_of_them() -> None:
    text = (
        "Earlier on Friday, the UK, along with France and Germany, issued a statement calling on "
        "Tarsk to stop. “We note with grave concern the new report,” the statement said."
    )
    assert speakers(text) == ["UK, France and Germany"]


def test_a_verb_coordinated_after_a_listed_subject_is_all_of_theirs() -> None:
    text = (
        "France, Germany, Britain and the European Union issued a joint statement on Monday "
        "condemning the move and vowed to protect firms doing “legitimate” business with Tarsk."
    )
    assert speakers(text) == ["France, Germany, Britain and the European Union"]
    text = (
        "Belgium, Denmark, Finland, the Netherlands, Norway, and Sweden issued a statement and "
        "called it “a good step forward for the region”."
    )
    assert speakers(text) == ["Belgium, Denmark, Finland, the Netherlands, Norway, and Sweden"]


def test_two_bodies_speak_together_but_two_people_stay_people() -> None:
    assert speakers("“We will not accept it,” Russia and China said in a statement.") == ["Russia and China"]
    text = "Ali Vaez and Omid Kalani said on Monday that “the deal is dead for now”."
    assert speakers(text) == ["Ali Vaez and Omid Kalani"]
