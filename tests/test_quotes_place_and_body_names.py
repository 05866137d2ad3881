"""Capitalised names that are places or parts of a body's name are no people: they must not stand
between a role phrase ("the lawmaker", "the official") and the person it names."""

from __future__ import annotations

import pytest

from refrain.quotes import find


@pytest.mark.parametrize(
    "between",
    [
        "met farmers in the villages of Tolvand and Deh Sarvi",  # places after "villages of"
        "works for the province's Rural Water, Roads and Energy Department",  # a body's name as a list
    ],
)
def test_place_or_body_names_leave_the_role_to_its_holder(between: str) -> None:
    text = (
        f"Omid Farzin, the member of parliament for Tolvand, {between} on Monday. "
        "The lawmaker said that work had begun. "
        "He said: “The new pipes will reach every home by spring.”"
    )
    assert [q.speaker for q in find(text)] == ["Omid Farzin"]


def test_a_named_dam_and_a_listed_body_are_no_people() -> None:
    # both would stand between "the official" and the one it names: "Darreh Shir" before a place
    # head ("dam"), "Cultural Heritage" opening a body's name written as a list
    text = (
        "Omid Farzin, acting director-general of the province's Cultural Heritage, Crafts and Tourism "
        "Department, told a meeting with the deputy governor that approval had been secured for a camp "
        "beside the Darreh Shir dam in Dehdasht. Turning to the money behind the plan, the official said: "
        "“The credit is 70 billion rials.”"
    )
    assert [q.speaker for q in find(text)] == ["Omid Farzin"]


def test_an_event_named_after_a_place_is_no_person() -> None:
    text = (
        "Karl Ross, a field manager at an Indonesian oil firm, said “we are here for the first time.”\n"
        "Iran Oil Show 2018\n"
        "Speaking of his stand at the Iran Oil Show, the Indonesian official noted: “this is a great chance.”"
    )
    assert [q.speaker for q in find(text)][-1] != "Oil Show"
