"""What a reported conflict must carry when no date and no second outlet pin it (invented text).

Two dated articles of two outlets pin the time and tell the sources apart. Without them (one
outlet's undated archive), a conflict needs each sentence to say the counted thing, the time
pinned by what is written (a year, one article, one named event), and two sources named by name.
"""

from __future__ import annotations

from dataclasses import replace

from refrain.claims import ConflictGroup, Source, find, group
from refrain.claims.conflicts import disputed
from refrain.claims.reading import read


def one_outlet(*texts: str, outlet: str = "Orlen Daily", dated: bool = False) -> list[ConflictGroup]:
    """Conflict groups of undated (or same-day) articles of one outlet, one per text."""
    pairs, sources = [], {}
    for i, text in enumerate(texts):
        date = "2024-05-02" if dated else None
        sources[f"doc{i}"] = Source(outlet=outlet, date=date, text=text)
        pairs += [(f"doc{i}", c) for c in find(text, date=date, outlet=outlet)]
    return [g for g in group(pairs, sources) if not g.agree]


def test_two_named_sources_of_one_outlet_conflict() -> None:
    (g,) = one_outlet(
        "Saffron exports reached 210 tonnes in 2022, the Kestrel Customs Administration said.",
        "Saffron exports were 145 tonnes in 2022, the Varnes Growers Union said.",
    )
    assert sorted(c.value for _, c in g.claims) == [145, 210]


def test_an_outlets_own_figure_and_a_named_source_are_not_two_sources() -> None:
    # the outlet's unattributed figure may be the union's, reported twice
    assert not one_outlet(
        "Saffron exports reached 210 tonnes in 2022.",
        "Saffron exports were 145 tonnes in 2022, the Varnes Growers Union said.",
    )


def test_an_outlets_officials_are_not_a_named_source() -> None:
    assert not one_outlet(
        "Saffron exports reached 210 tonnes in 2022, officials said.",
        "Saffron exports were 145 tonnes in 2022, the Varnes Growers Union said.",
    )


def test_undated_figures_naming_no_year_are_no_conflict() -> None:
    assert not one_outlet(
        "Saffron exports from Varnes reached 210 tonnes, the Kestrel Customs Administration said.",
        "Saffron exports from Varnes were 145 tonnes, the Varnes Growers Union said.",
    )


def test_one_article_setting_a_figure_against_another_needs_no_names() -> None:
    (g,) = one_outlet(
        "Doctors in Sarvan said about 1,200 people were injured in the Sarvan earthquake, "
        "four times the official figure. Officials said 300 people were injured in the Sarvan earthquake."
    )
    assert sorted(c.value for _, c in g.claims) == [300, 1200]


def test_two_outlets_dated_need_no_names() -> None:
    pairs, sources = [], {}
    for i, (outlet, text) in enumerate(
        [
            ("Orlen Daily", "Saffron exports reached 210 tonnes in 2022, officials said."),
            ("Varnes Wire", "Saffron exports in 2022 were 145 tonnes, the growers' union said."),
        ]
    ):
        sources[f"doc{i}"] = Source(outlet=outlet, date="2023-02-14", text=text)
        pairs += [(f"doc{i}", c) for c in find(text, date="2023-02-14", outlet=outlet)]
    (g,) = [g for g in group(pairs, sources) if not g.agree]
    assert sorted(c.value for _, c in g.claims) == [145, 210]


def test_a_role_or_a_capitalised_description_is_not_a_name() -> None:
    assert not one_outlet(
        "Saffron exports reached 210 tonnes in 2022, the director said.",
        "Saffron exports were 145 tonnes in 2022, the Varnes Growers Union said.",
    )
    assert not one_outlet(
        "Saffron exports reached 210 tonnes in 2022, Other local officials said.",
        "Saffron exports were 145 tonnes in 2022, the Varnes Growers Union said.",
    )


def test_one_event_with_nothing_counted_on_one_side_is_no_conflict() -> None:
    # "killed" in both, but "three raids" counts raids and a bare toll of no unit says neither
    text = "Forty fighters were killed in Varnes in 2023, the Orlen Defence Ministry said."
    (claim,) = [c for c in find(text, outlet="Orlen Daily") if c.value == 40]
    source = Source(outlet="Orlen Daily", text=text)
    toll = read("doc0", claim, source)
    other = replace(toll, doc="doc1", low=60.0, high=85.0)
    assert toll is not None and toll.event == "kill" and disputed(toll, other) is None
    bare = replace(other, unit=None, thing=None, what=frozenset())
    assert disputed(toll, bare) == "counted thing not said"


def test_a_forecast_and_an_outcome_are_two_quantities() -> None:
    assert not one_outlet(
        "Saffron exports will reach 210 tonnes in 2022, the Kestrel Customs Administration said.",
        "Saffron exports were 145 tonnes in 2022, the Varnes Growers Union said.",
    )


def test_two_forecasts_of_one_quantity_conflict() -> None:
    (g,) = one_outlet(
        "The Kestrel Monetary Fund predicted a 3.3 percent GDP growth for Varnes in 2017.",
        "The Orlen Bank forecast a 4.1 percent GDP growth for Varnes in 2017.",
    )
    assert sorted(c.value for _, c in g.claims) == [3.3, 4.1]


def test_a_rate_measured_two_ways_is_two_quantities() -> None:
    assert not one_outlet(
        "Point-to-point inflation in Varnes stood at 41.2 percent in 2021, the Varnes Statistics Centre said.",
        "Average inflation in Varnes stood at 35.5 percent in 2021, the Orlen Central Bank said.",
    )
    (g,) = one_outlet(
        "Point-to-point inflation in Varnes stood at 41.2 percent in 2021, the Varnes Statistics Centre said.",
        "Point-to-point inflation in Varnes stood at 35.5 percent in 2021, the Orlen Central Bank said.",
    )
    assert sorted(c.value for _, c in g.claims) == [35.5, 41.2]


def test_plans_promises_and_needs_are_no_facts_to_conflict() -> None:
    assert not one_outlet(
        "Six tram lines are planned to open in Varnes in 2021, Laleh Fard said.",
        "Nine tram lines are planned to open in Varnes in 2021, Omid Rahbar said.",
    )
    assert not one_outlet(
        "Omid Rahbar vowed to create 1.5 million jobs in Varnes in 2021. "
        "Laleh Fard vowed to create 5 million jobs in Varnes in 2021. Rahbar denied the report."
    )  # "denied" lets one article's figures of two named sources be compared


def test_children_screened_are_not_children_diagnosed() -> None:
    assert not one_outlet(
        "Eye screening reached 3.2 million children in Varnes in 2018, Laleh Fard said.",
        "In 2018, 75,000 children were diagnosed with lazy eye in Varnes, Omid Rahbar said.",
    )


def test_one_article_a_night_and_a_running_total_are_two_times() -> None:
    assert not one_outlet(
        "Laleh Fard said 8,000 cubic meters of water entered the Tazeh dam last night. "
        "Omid Rahbar said that since March 2 some one billion cubic meters of floodwater has flowed into the Tazeh dam. "
        "The ministry denied the report."
    )


def test_an_event_read_on_one_side_only_counts_when_the_other_clause_says_it() -> None:
    text = "The Orlen Herald said a ten-year arms embargo on Varnes was lifted in 2020."
    (claim,) = [c for c in find(text, outlet="Orlen Daily") if c.value == 10]
    ten = read("doc0", claim, Source(outlet="Orlen Daily", text=text))
    assert ten is not None and ten.event is None
    thirteen = replace(ten, doc="doc1", low=13.0, high=13.0, event="lift", source="by:omid rahbar")
    assert disputed(ten, thirteen) is None  # "was lifted" in the ten-year embargo's clause
    assert disputed(ten, replace(thirteen, event="extend")) == "counted thing not said"


def test_about_a_figure_written_to_many_digits_claims_its_precision() -> None:
    # "some 15,932" is within 1 %: "some 15,532" of the same year is another count
    (g,) = one_outlet(
        "According to the Varnian Coroners Office, some 15,932 people were killed in road accidents in 2021.",
        "Some 15,532 people were killed in road accidents in 2021, Coroners Office head Lena Holm said.",
    )
    assert sorted(c.value for _, c in g.claims) == [15_532, 15_932]


def test_about_a_round_figure_still_reaches_fifteen_percent() -> None:
    assert not one_outlet(
        "According to the Varnian Coroners Office, some 17,000 people were killed in road accidents in 2021.",
        "Some 16,000 people were killed in road accidents in 2021, Coroners Office head Lena Holm said.",
    )
