"""Figure forms news writes that a plain number reader gets wrong (invented text): shares written
as words or "out of", thousands with a space after the comma, a multiplier glued to the digits or
set apart from "fold", Indian scale words, small counts, and a change "from N to M" (two figures)."""

from __future__ import annotations

import pytest

from refrain import claims


def _figures(text: str) -> list[tuple[str, float, float | None, str | None]]:
    return [
        (c.value_text.text, round(c.value, 6), c.value_high, c.unit)
        for c in claims.find(text, outlet="The Daily Lark", language="en")
    ]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Two out of three voters in Dorsk backed the plan.", "Two out of three", round(2 / 3, 6)),
        ("Nine out of 10 wells in Tarsk are dry.", "Nine out of 10", 0.9),
        ("Half of the orchards in Varnia were flooded.", "Half", 0.5),
        ("The council spent half its budget on roads.", "half", 0.5),
        ("A third of the lambs were sold in Lumen.", "A third", round(1 / 3, 6)),
        ("Nearly a quarter of the ferries are idle.", "a quarter", 0.25),
    ],
)
def test_a_share_in_words(text: str, written: str, value: float) -> None:
    assert _figures(text) == [(written, value, None, "fraction")]


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in the first half of the year.",  # a part of a period
        "The Lumen side won the third round easily.",  # an ordinal
        "The other half of the team stayed home.",  # a part, named
    ],
)
def test_not_a_share(text: str) -> None:
    assert all(unit != "fraction" for _, _, _, unit in _figures(text))


def test_the_whole_of_a_large_count_out_of_is_still_a_count() -> None:
    assert _figures("Floods hit 28 out of 31 provinces.")[0][:2] == ("28", 28.0)


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("The port of Dorsk handled 96, 448 containers last year.", "96, 448", 96_448.0, None),
        ("The mill paid $1, 250 for the permit.", "$1, 250", 1250.0, "USD"),
        ("The fund holds 41million dollars.", "41million dollars", 41e6, "USD"),
        ("Tarsk spent Rs 100 crore on the bridge.", "Rs 100 crore", 1e9, "RUPEE"),
        ("The stall earned Rs. 2.5 lakh in a week.", "Rs. 2.5 lakh", 250_000.0, "RUPEE"),
        ("Sales of kites grew 3 fold in Lumen.", "3 fold", 3.0, "times"),
    ],
)
def test_one_figure_as_written(text: str, written: str, value: float, unit: str | None) -> None:
    assert _figures(text) == [(written, value, None, unit)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Of the 12, 500 were freed.", ["12", "500"]),  # a count referred back to, then another
        ("The tally was 2, 4, 6 points.", ["2", "4", "6"]),  # a list
        ("On May 12, 300 nurses marched.", ["300"]),  # a date, then a count
        ("It took 3 hours to walk 100 metres.", ["3 hours", "100 metres"]),  # "hours 100" is no rupees
    ],
)
def test_numbers_that_stay_apart(text: str, written: list[str]) -> None:
    assert [w for w, _, _, _ in _figures(text)] == written


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The talks in Lumen lasted two months.", "two months", 2.0),
        ("Ten countries signed the Dorsk accord.", "Ten", 10.0),
        ("The other three were released on Monday.", "three", 3.0),
        ("The mill took one and a half years to build.", "one and a half years", 1.5),
    ],
)
def test_small_counts_and_durations(text: str, written: str, value: float) -> None:
    assert [(w, v) for w, v, _, _ in _figures(text)] == [(written, value)]


@pytest.mark.parametrize(
    "text",
    [
        "The other two, Varnia and Tarsk, stayed out.",  # named next: a reference
        "Lena Holm, a mother of two, runs the bakery.",  # a description of a person
        "The Group of Seven met in Lumen.",  # a name
    ],
)
def test_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of clinics in Dorsk rose from 9 to 13 last year.", [(9.0, None), (13.0, None)]),
        ("Exports of wool fell from 9 to 4 million tons.", [(9e6, "t"), (4e6, "t")]),
        ("The share of women grew from 20 percent to 35 percent.", [(20.0, "%"), (35.0, "%")]),
    ],
)
def test_a_change_from_to_is_two_figures(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert [(v, u) for _, v, high, u in _figures(text) if high is None] == expected


def test_from_to_without_a_change_is_a_range() -> None:
    assert _figures("Jail terms in Tarsk range from 10 to 15 years.") == [
        ("10 to 15 years", 10.0, 15.0, "year")
    ]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "The war in Orvel is over.  3. What can the world do now? We saw 40 towns burn.",
            ["40"],
        ),  # a question's number
        ("Varnia’s four-point peace plan was backed by 12 states.", ["12"]),  # a kind of plan
        ("The Medes (550-612 B.C.) built 30 forts.", ["30"]),  # years before the era
        ("The city fell in 330 B.C. after 40 days.", ["40 days"]),
        ("Twenty or thirty years ago Lumen had 9 mills.", ["9"]),  # a time reference, then a count
        ("The team scored 3. The coach said 12 players were hurt.", ["3", "12"]),  # a count ends the sentence
    ],
)
def test_labels_years_and_list_numbers(text: str, written: list[str]) -> None:
    assert [w for w, _, _, _ in _figures(text)] == written


def test_a_hyphenated_half_in_a_range() -> None:
    assert _figures("The checks take three to three-and-a-half hours at the Lumen airport.") == [
        ("three to three-and-a-half hours", 3.0, 3.5, "hour")
    ]


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("There is a one-in-three chance of rain in Lumen.", "one-in-three", round(1 / 3, 6), "fraction"),
        ("Projects worth over $11b will open in Dorsk.", "$11b", 11e9, "USD"),
        ("A ticket to the Lumen fair costs ₹500.", "₹500", 500.0, "RUPEE"),
    ],
)
def test_more_written_forms(text: str, written: str, value: float, unit: str) -> None:
    assert _figures(text) == [(written, value, None, unit)]


def test_a_letter_after_digits_without_a_currency_is_a_label() -> None:
    assert _figures("See Article 11b of the Dorsk charter.") == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The Lumen air force flew Boeing 707 and 747 cargo planes over 12 towns.", ["12"]),  # models
        ("The Lark 1 and Lark 2 and 3 satellites mapped 40 valleys.", ["40"]),
        ("In Tarsk, 40 and 50 people were hurt.", ["40", "50"]),  # a place, then counts
    ],
)
def test_a_list_of_labels(text: str, written: list[str]) -> None:
    assert [w for w, _, _, _ in _figures(text)] == written
