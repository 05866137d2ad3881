"""Quote speakers on invented text: a surname that is also a function word ("May", "Said", "Will")
stays in the name after a first name, and a month or modal elsewhere is no name."""

from __future__ import annotations

from quote_speakers import speakers


def test_a_modal_surname_after_a_first_name_is_the_name() -> None:
    text = "“We will not sign this week, or any week,” Corinna May said in Lisbon."
    assert speakers(text) == ["Corinna May"]
    text = "Prime Minister Corinna May met the envoy. “We will not sign this week, or any week,” May told reporters."
    assert speakers(text) == ["Corinna May"]


def test_a_surname_spelled_like_said_is_the_whole_name() -> None:
    text = (
        "Tarek Abu Said, a rights commissioner for the region, pointed to the rules. "
        "“No embassy may interfere in a host country,” Abu Said told reporters."
    )
    assert speakers(text) == ["Tarek Abu Said"]


def test_a_month_or_a_modal_is_still_no_name() -> None:
    text = "In May, “prices will rise again by autumn,” Oren Talvik said."
    assert speakers(text) == ["Oren Talvik"]
    text = "Oren Talvik met the board. “Prices will rise again by autumn,” the report he may sign said."
    assert "May" not in str(speakers(text))
