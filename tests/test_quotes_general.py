"""Quotation bounds and speakers on invented text: the general error classes of issue 13 (a paragraph
break lost inside a long quotation, role words glued to names, copular introductions, joint
statements, nouns taken as speakers, titles in quotation marks)."""

from __future__ import annotations

from refrain.quotes import find


def _pieces(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in q.pieces] for q in find(text) if q.kind != "scare"]


def test_lost_paragraph_break_ends_the_quotation_where_the_next_one_opens() -> None:
    text = (
        "Asked about it, Dara Ovan said: “We were once many. “Now we are few,” he said. "
        "“It pains me.” Lina Roe, a lawyer, disagreed. “Survival is all,” said Lina Roe."
    )
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert [q.speaker for q in quotes] == ["Dara Ovan", "Lina Roe"]
    assert [text[a:b] for a, b in quotes[0].pieces] == [
        "We were once many.",
        "Now we are few,",
        "It pains me.",
    ]


def test_a_quotation_nested_after_a_colon_stays_inside() -> None:
    text = "Mira Sol wrote: “He says a grocer asked: “Where is my shop?” It is unclear why.” Then she left."
    assert _pieces(text) == [["He says a grocer asked: “Where is my shop?” It is unclear why."]]
