"""Figures written as ratios, multipliers, halves and space-grouped thousands (invented text)."""

from __future__ import annotations

import pytest

from refrain import claims


def _figures(text: str) -> list[tuple[str, float, float | None, str | None]]:
    return [
        (c.value_text.text, round(c.value, 6), c.value_high, c.unit)
        for c in claims.find(text, outlet="The Daily Lark")
    ]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("One in five pupils in Varnia walks to school, the survey found.", "One in five", 0.2),
        ("About 1 in 8 homes in Dorsk has no heating.", "1 in 8", 0.125),
        ("He said 1 in every 4 bridges needs repair.", "1 in every 4", 0.25),
        ("One out of 1,000 lambs in Dorsk is born blind.", "One out of 1,000", 0.001),
        ("Two out of every three voters backed the plan.", "Two out of every three", round(2 / 3, 6)),
    ],
)
def test_a_ratio_is_one_share(text: str, written: str, value: float) -> None:
    assert _figures(text) == [(written, value, None, "fraction")]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 3 in 2 raids near the border.",  # the first larger: two counts
        "The team won 1 in 2019 and 4 the year after.",  # a year
        "Only 1 in 10 million tickets wins.",  # a count of 10 million
        "Floods hit 28 out of 31 provinces.",  # a count, and the whole it is of
    ],
)
def test_not_a_ratio(text: str) -> None:
    assert all(unit != "fraction" for _, _, _, unit in _figures(text))


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Exports of dates reached twice the level of the year before.", "twice", 2.0),
        ("The ferry sails thrice a week.", "thrice", 3.0),
        ("Sales of bicycles grew fourfold in Dorsk.", "fourfold", 4.0),
        ("Output rose 1.5-fold over the decade.", "1.5-fold", 1.5),
        ("The new dam holds three times as much water as the old one.", "three times", 3.0),
    ],
)
def test_a_multiplier_is_kept(text: str, written: str, value: float) -> None:
    assert (written, value, None, "times") in _figures(text)


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Nearly half a million visitors came to the Lark fair.", "half a million", 500_000.0),
        (
            "Some two and a half million tons of wheat were stored.",
            "two and a half million tons",
            2_500_000.0,
        ),
        ("The port handled 3 and a half billion dollars of goods.", "3 and a half billion dollars", 3.5e9),
        ("The dam was built in two and a half years.", "two and a half years", 2.5),
    ],
)
def test_a_half_before_a_multiplier(text: str, written: str, value: float) -> None:
    assert [(w, v) for w, v, _, _ in _figures(text)] == [(written, value)]


def test_a_range_from_a_number_and_a_half() -> None:
    text = "Some three and a half to four million pilgrims are expected in Dorsk."
    assert _figures(text) == [("three and a half to four million", 3_500_000.0, 4_000_000.0, "people")]


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u2009", "\u202f"])
def test_thousands_set_apart_by_a_space(space: str) -> None:
    text = f"The mill ground 12{space}500 tons of barley in Dorsk."
    assert _figures(text) == [(f"12{space}500 tons", 12_500.0, None, "t")]


def test_a_day_before_a_count_is_not_one_number() -> None:
    # "May 12" is a date; what follows is its own count, not 12,500
    assert all(v != 12_500 for _, v, _, _ in _figures("On May 12 500 nurses marched in Dorsk."))


def test_a_resolution_number_is_a_label() -> None:
    text = "Varnia cited the 2231 resolution, and Resolution 1701, in a letter on 40 ships."
    assert [w for w, _, _, _ in _figures(text)] == ["40"]


def test_two_sides_is_a_phrase() -> None:
    text = "Hunger and war are two sides of the same coin, and the two sides signed 14 deals."
    assert [w for w, _, _, _ in _figures(text)] == ["14"]


def test_think_twice_is_an_idiom() -> None:
    assert [w for w, _, _, _ in _figures("Dorsk may think twice before selling 40 ships.")] == ["40"]


def test_footnote_and_group_numbers_are_no_figures() -> None:
    text = "The Group of 20 cited the Dorsk accord [3] in a letter to 300 mayors."
    assert [w for w, _, _, _ in _figures(text)] == ["300"]


def test_a_multiplier_is_never_compared() -> None:
    from refrain.claims.reading import read

    text = "Saffron exports from Dorsk were twice the level of 2022, reaching 90 tonnes."
    readings = [read("doc", c) for c in claims.find(text, outlet="The Daily Lark")]
    assert [r.claim.value_text.text for r in readings if r is not None] == ["90 tonnes"]
