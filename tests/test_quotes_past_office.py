"""A past office ("the former army chief stated") right after a quotation of a named person is that
person, whatever office the article gives them now; "a former …" introduces someone else."""

from __future__ import annotations

from refrain.quotes import find


def test_former_office_after_a_named_quote_is_that_person() -> None:
    text = (
        "Major General Ivo Rask, a top military adviser to the president, also spoke at the ceremony. "
        "“The coalition of our rivals has failed,” Rask said. "
        "“The resistance and its victories will go on,” the former army chief stated."
    )
    assert [q.speaker for q in find(text)] == ["Ivo Rask", "Ivo Rask"]


def test_former_office_introduced_as_someone_else_is_not_the_last_speaker() -> None:
    text = (
        "Major General Ivo Rask, a top military adviser to the president, also spoke at the ceremony. "
        "“The coalition of our rivals has failed,” Rask said. "
        "A former army chief, Lena Kovac, disagreed: “Nothing has failed yet, and nothing has been won.”"
    )
    assert [q.speaker for q in find(text)] == ["Ivo Rask", "Lena Kovac"]


def test_former_office_far_from_the_last_quote_stays_a_description() -> None:
    text = (
        "Major General Ivo Rask, a top military adviser to the president, also spoke at the ceremony. "
        "“The coalition of our rivals has failed,” Rask said. "
        "The ceremony ended at noon. Crowds left the square. Buses took the guests to the station. "
        "Rain fell in the evening. "
        "“The resistance and its victories will go on,” the former army chief stated."
    )
    assert find(text)[1].speaker != "Ivo Rask"
