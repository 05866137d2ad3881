"""Units written after a figure, on invented text: grams, a rate "a day" / "per day" after
barrels (three words), a currency after a demonym ("Bahraini dinars"): shapes a hand check of a
fresh random sample of Tehran Times articles found without a unit."""

from __future__ import annotations

from refrain.claims import find as find_claims


def units(text: str) -> list[tuple[float, float | None, str | None]]:
    return [(c.value, c.value_high, c.unit) for c in find_claims(text, outlet="Daily Lark", language="en")]


def test_grams_and_kilograms_are_units():
    text = "Each pupil eats 320 grams of bread, 150-210 grams of rice and 12 kilograms of fruit a year."
    assert units(text) == [(320, None, "g"), (150, 210, "g"), (12, None, "kg")]


def test_barrels_a_day_and_per_day_are_a_rate():
    text = (
        "The field pumps 40,000 barrels a day, up from 35,000 barrels per day, and stores 9 million barrels."
    )
    assert units(text) == [(40_000, None, "bbl/day"), (35_000, None, "bbl/day"), (9e6, None, "bbl")]


def test_a_currency_after_a_demonym_is_the_currency():
    text = "The court fined each bank 3 million Kuwaiti dinars and 2 million Saudi riyals."
    assert units(text) == [(3e6, None, "DINAR"), (2e6, None, "SAR")]


def test_a_demonym_before_a_noun_that_is_no_currency_is_no_unit():
    assert units("Some 300 Kuwaiti pilgrims arrived.") == [(300, None, "people")]


def test_a_change_and_the_new_level_each_with_its_unit_are_two_figures():
    text = "Output rose 930 tons to 26,190 tons, and sales rose 10 to 15 percent."
    assert units(text) == [(930, None, "t"), (26_190, None, "t"), (10, 15, "%")]


def test_a_range_after_a_word_of_change_stays_a_range_when_its_ends_are_near():
    text = "The economy of Varnia is expected to grow 5 percent to 7 percent next year, the fund said."
    figs = [
        (c.value, c.value_high) for c in find_claims(text, outlet="Tehran Times", quotes=[], language="en")
    ]
    assert figs == [(5, 7)]
