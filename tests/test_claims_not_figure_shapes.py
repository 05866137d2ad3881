"""Numbers that are no figures, on invented text: shapes a hand check of a fresh random sample of
Tehran Times articles found read as figures (age ranges, inline list numbers "1)", a name's number
word "Gate Three", an ordinal before a plan's length, a rate's divisor, an era's years)."""

from __future__ import annotations

from refrain.claims import find as find_claims


def values(text: str) -> list[float]:
    return [c.value for c in find_claims(text, outlet="Daily Lark", language="en")]


def test_age_ranges_and_age_thresholds_are_no_figures():
    assert values("Pupils aged 6 to 17 years will be weighed in 300 schools.") == [300]
    assert values("Of those between the ages of 20 and 59 years, 12 percent smoke.") == [12]
    assert values("Gout is common among people aging 60 or more.") == []
    assert values("Herders between ages 3 and 9 show the trait, a survey found.") == []
    assert values("The grant is for weavers aged between 20 and 59, some 900 in all.") == [900]


def test_inline_list_numbers_are_no_figures():
    text = "The mayor named three aims, namely 1) clean air, 2) safe roads and 3) parks."
    assert values(text) == [3]
    assert values("The levy (about 5) was dropped.") == [5]


def test_a_capitalised_number_word_after_a_name_is_a_label():
    assert values("It was the first time the harbour had closed since Gate Three burned.") == []


def test_an_ordinal_before_a_plans_length_makes_a_name_but_first_counts():
    assert values("The 4th five-year plan of Norland calls for 40 dams.") == [40]
    assert values("The third five year plan ends soon.") == []
    assert values("Exports rose in the first seven months.") == [7]
    assert values("The port took the first four of the ordered cranes.") == [4]


def test_a_rates_divisor_is_no_figure():
    assert values("Norland leads with 35.3 donors per million.") == [35.3]
    assert values("Some 9 deaths per 100,000 people were counted.") == [9]
    assert values("Annually, per 4,000 cases only 900 donate.") == [4000, 900]


def test_an_eras_years_are_no_figures():
    assert values("The valley holds Kushan-era (224–651) forts over 7,800 hectares.") == [7800]


def test_a_label_word_before_a_comma_does_not_label_the_next_number():
    # "Week 5" and "section 3" are labels; "… a week, 150 tons" and "In the fleet section, 780 …" count
    assert values("The mill grinds 320 tons of wheat a week, 150 tons of rice and more.") == [320, 150]
    assert values("In the bus fleet section, 780 new buses are to be added.") == [780]
    assert values("The plan is in section 3 of the bill.") == []
