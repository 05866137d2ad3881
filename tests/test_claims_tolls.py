"""A bare count given for a toll ("put the toll at 120", "put it at about 300"), and a change
written as a verb of multiplying ("doubled", "halved") or "by half" (invented text)."""

from __future__ import annotations

import pytest

from refrain import claims


def _claims(text: str) -> list[tuple[str, float, str | None, str | None, str | None]]:
    return [
        (c.value_text.text, c.value, c.unit, c.what.text if c.what else None, c.what_key)
        for c in claims.find(text, outlet="The Daily Lark", language="en")
    ]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Officials in Tarsk put the toll at 120.", "toll"),
        ("The Varnian ministry put the death toll at 64 on Friday.", "death toll"),
        ("Police put the number of dead at 45.", "number of dead"),
        ("The death toll in Lumen stood at 38.", "death toll"),
        ("Medics said the toll had reached 17.", "toll"),
        ("A Dorsk radio put the death toll at 28 late on Sunday.", "death toll"),  # "late" counts nothing
    ],
)
def test_a_bare_count_for_a_toll_counts_people_who_died(text: str, what: str) -> None:
    (found,) = _claims(text)
    assert found[2:] == ("people", what, "die|person")


def test_a_rival_toll_given_as_it_restates_the_toll() -> None:
    found = _claims("Officials put the toll at 120, while aid groups in Dorsk put it at about 300.")
    assert [(w, v, u, key) for w, v, u, _, key in found] == [
        ("120", 120.0, "people", "die|person"),
        ("300", 300.0, "people", "die|person"),
    ]


def test_it_restates_only_after_a_verb_of_estimating() -> None:
    found = _claims("Officials put the toll at 120. The mayor saw it as 2 problems.")
    assert found[1][4] != "die|person"


@pytest.mark.parametrize(
    "text",
    [
        "The death toll stood at 45 soldiers.",  # the counted thing is named after the figure
        "The bridge toll was raised to $5.",  # a toll paid, not a count of the dead
        "The toll at the bridge was 3 cars.",
    ],
)
def test_not_a_bare_toll(text: str) -> None:
    assert all(key != "die|person" for *_, key in _claims(text))


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("Rice prices in Tarsk doubled last year.", "doubled", 2.0, "times"),
        ("The Lumen harvest has tripled since 2019.", "tripled", 3.0, "times"),
        ("Visitors to Dorsk quadrupled.", "quadrupled", 4.0, "times"),
        ("Kite sales in Lumen doubled over the past year.", "doubled", 2.0, "times"),
        ("Varnian imports of kites halved in March.", "halved", 0.5, "fraction"),
        ("Exports of salt fell by half.", "half", 0.5, "fraction"),
        ("The mill doubled its output.", "doubled", 2.0, "times"),
    ],
)
def test_a_change_written_as_a_multiplying_verb(text: str, written: str, value: float, unit: str) -> None:
    assert [(w, v, u) for w, v, u, _, _ in _claims(text)] == [(written, value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "The council is doubling down on the plan.",  # an idiom
        "Dorsk doubled as the host city.",  # served as
        "The guards doubled their efforts in Tarsk.",  # more of it, no figure
        "The plan is doubling the doubts in Tarsk.",  # a progressive, mostly figurative
        "The ferry left by half past.",  # a time
        "The plan was cut by half-measures.",
        "It was a double blow for Lumen.",  # an adjective
    ],
)
def test_not_a_multiplying_change(text: str) -> None:
    assert all(u not in {"times", "fraction"} for _, _, u, _, _ in _claims(text))


def test_a_multiplying_verb_and_the_count_it_reached_are_two_figures() -> None:
    found = _claims("Road accidents in Tarsk halved to 120 since 2019.")
    assert [(w, v, u) for w, v, u, _, _ in found][:2] == [("halved", 0.5, "fraction"), ("120", 120.0, None)]
