"""refrain.claims conflicts: each rule on invented sentences (outlets, places and people made up)."""

from __future__ import annotations

from refrain import api
from refrain.claims import ConflictGroup, Source, find, group
from refrain.claims.reading import read


def articles(*items: tuple[str, str, str]) -> list[ConflictGroup]:
    """Group the figures of (outlet, date, text) articles, each its own document."""
    pairs, sources = [], {}
    for i, (outlet, date, text) in enumerate(items):
        doc = f"doc{i}"
        sources[doc] = Source(outlet=outlet, date=date, text=text)
        pairs += [(doc, c) for c in find(text, date=date or None, outlet=outlet)]
    return group(pairs, sources)


def conflicts(*items: tuple[str, str, str]) -> list[ConflictGroup]:
    return [g for g in articles(*items) if not g.agree]


def figure_of(text: str, value: float):
    (claim,) = [c for c in find(text, outlet="Bugle") if c.value == value]
    return read("doc", claim, Source(outlet="Bugle", text=text))


# --- values: hedges, ranges, rounding -------------------------------------------------------------


def test_compatible_hedges_agree() -> None:
    (g,) = articles(
        ("Bugle", "2024-04-03", "About four million visitors came to the Orlen spring fair this year, its organisers said."),
        ("Wire", "2024-04-04", "More than 3 million visitors came to the Orlen spring fair this year, the tourism office said."),
    )  # fmt: skip
    assert g.agree is True and g.sources == 0


def test_a_floor_above_a_figure_disagrees() -> None:
    (g,) = conflicts(
        ("Bugle", "2024-03-04", "The coroner said 14 people died when the ferry capsized on Lake Orlen on Sunday."),
        ("Wire", "2024-03-05", "At least 31 people were killed when the ferry sank on Lake Orlen on Sunday, survivors said."),
    )  # fmt: skip
    assert sorted(c.value for _, c in g.claims) == [14, 31] and g.sources == 2


def test_rounding_as_written() -> None:
    a = figure_of("Exports of dates reached 4.5 million tonnes, the Orlen customs office said.", 4.5e6)
    b = figure_of("Four million tonnes of dates were exported, the Orlen customs office said.", 4e6)
    assert a is not None and b is not None
    assert (a.low, a.high) == (4.45e6, 4.55e6)
    assert (b.low, b.high) == (3.6e6, 4.4e6)  # "four million": to the million, a tenth at most
    exact = figure_of("The Orlen guild counted 14 boats.", 14)
    assert exact is not None and exact.low == exact.high == 14


# --- not the same quantity ----------------------------------------------------------------------


def test_cumulative_periods_are_not_one_quantity() -> None:
    assert articles(
        ("Bugle", "2023-04-25", "Non-oil exports from Orlen were $12 billion in the first quarter of 2023, the trade office said."),
        ("Wire", "2023-10-30", "Non-oil exports from Orlen were $38 billion in the first nine months of 2023, the trade office said."),
    ) == []  # fmt: skip


def test_a_daily_figure_is_not_a_total() -> None:
    assert articles(
        ("Bugle", "2024-01-10", "The Orlen refinery produced 400,000 barrels a day in 2023, its director said."),
        ("Wire", "2024-01-12", "The Orlen refinery produced 120 million barrels in 2023, the ministry said."),
    ) == []  # fmt: skip


def test_a_part_of_a_total_is_left_out() -> None:
    text = "The ministry said the remaining $450 million of the $600 million pledged for Orlen will be paid next year."
    assert figure_of(text, 450e6) is None
    assert figure_of(text, 600e6) is not None


def test_an_update_is_no_rival_to_the_count_it_updates() -> None:
    assert figure_of("The death toll from the Orlen mine collapse rose to 42 on Wednesday.", 42) is None
    assert conflicts(
        ("Bugle", "2024-02-06", "At least 17 miners were killed when a tunnel collapsed at the Orlen coal mine on Monday."),
        ("Wire", "2024-02-08", "The death toll from the Orlen coal mine collapse rose to 42 on Wednesday, officials said."),
    ) == []  # fmt: skip


def test_list_numbers_are_not_figures_to_compare() -> None:
    # whether or not the figure finder reads "(3)" as a figure, it is never compared
    text = "Its points are: (3) fines double for illegal wells."
    assert all(read("doc", c, Source(text=text)) is None for c in find(text) if c.value == 3)


def test_different_places_and_years_are_different_quantities() -> None:
    assert articles(
        ("Bugle", "2024-05-02", "Unemployment in Varnes province stood at 12 percent in 2023, the governor said."),
        ("Wire", "2024-05-06", "Unemployment in Tarsk province stood at 9 percent in 2023, the statistics office said."),
        ("Post", "2020-01-20", "Unemployment in Varnes province stood at 17 percent in 2019, the governor said."),
    ) == []  # fmt: skip


def test_the_same_count_in_unrelated_events() -> None:
    assert articles(
        ("Bugle", "2024-03-15", "Twelve people were killed when a bus overturned near Qorveh on Thursday, police said."),
        ("Wire", "2024-03-16", "Thirty people were killed when a fire broke out at a factory in Selk on Friday."),
    ) == []  # fmt: skip


def test_soldiers_are_not_civilians() -> None:
    assert articles(
        ("Bugle", "", "Twelve civilians were killed in the air strike on Orlen on Tuesday, officials said."),
        ("Wire", "", "Seven soldiers were killed in the air strike on Orlen on Tuesday, the army said."),
    ) == []  # fmt: skip


# --- time: dated articles, undated ones --------------------------------------------------------


def test_undated_levels_with_no_period_are_not_compared() -> None:
    # inflation of which month? Without a date or a period named, nothing says they are one quantity.
    assert articles(
        ("Bugle", "", "Inflation in Orlen stood at 40 percent, the central bank of Orlen said."),
        ("Wire", "", "Inflation in Orlen stood at 35 percent, the central bank of Orlen said."),
    ) == []  # fmt: skip


def test_undated_counts_of_one_named_event_are_compared() -> None:
    (g,) = conflicts(
        ("Bugle", "", "Police arrested 45 people at the Dorrin square protest, police chief Omid Rahbar said."),
        ("Wire", "", "The Dorrin Bar Association said 120 protesters were detained at the Dorrin square protest."),
    )  # fmt: skip
    assert sorted(c.value for _, c in g.claims) == [45, 120]


def test_dated_articles_months_apart_are_different_times() -> None:
    assert articles(
        ("Bugle", "2024-01-10", "Police arrested 45 people at the Dorrin square protest, police chief Omid Rahbar said."),
        ("Wire", "2024-09-20", "The Dorrin Bar Association said 120 protesters were detained at the Dorrin square protest."),
    ) == []  # fmt: skip


# --- sources -----------------------------------------------------------------------------------


def test_one_source_reprinted_is_not_two_sources() -> None:
    groups = articles(
        ("Bugle", "", "Three exhibitions are being held at the Orlen fairgrounds, according to the Orlen Broadcasting Agency."),
        ("Bugle", "", "Two exhibitions are being held at the Orlen fairgrounds, the Orlen Broadcasting Agency reported."),
    )  # fmt: skip
    assert all(g.agree for g in groups)


def test_ranked_by_sources_disagreeing() -> None:
    groups = conflicts(
        ("Bugle", "2024-06-10", "The Red Crescent said 300 people were injured in the Sarvan earthquake on Monday."),
        ("Wire", "2024-06-11", "Doctors in Sarvan said 1,200 people were injured in Monday's Sarvan earthquake."),
        ("Post", "2024-06-11", "The Sarvan governor said 700 people were injured in Monday's Sarvan earthquake."),
        ("Bugle", "2024-08-19", "Floods destroyed 800 homes in the Tazeh valley last week, the crisis agency said."),
        ("Wire", "2024-08-21", "Village councils said 2,500 homes were destroyed by last week's floods in the Tazeh valley."),
    )  # fmt: skip
    assert [g.sources for g in groups] == [3, 2]
    assert [g.id for g in groups] == [1, 2]


# --- Persian ------------------------------------------------------------------------------------


def test_the_persian_examples_conflict_is_found(examples) -> None:
    # the dam serves 2.5 million people (two outlets) or 4 million (an unnamed source); its
    # reserves rose 6.5 or 2 percent: Persian counts group on the words their sentences share
    rows = api.claims([str(examples / "persian" / "articles.jsonl")])
    groups: dict[int, set[float]] = {}
    for r in rows:
        if r["conflict_group"] is not None:
            groups.setdefault(r["conflict_group"], set()).add(r["value"])
    assert {2_500_000.0, 4_000_000.0} in groups.values()
    assert {6.5, 2.0} in groups.values()


def test_a_start_said_on_one_side_only_is_no_other_period() -> None:
    (g,) = conflicts(
        ("Bugle", "2024-07-20", "The health ministry said 212 people had died of cholera in Harran since the outbreak began in June."),
        ("Wire", "2024-07-22", "Aid groups in Harran say the cholera outbreak has killed at least 540 people since June."),
    )  # fmt: skip
    assert sorted(c.value for _, c in g.claims) == [212, 540]
    assert conflicts(
        ("Bugle", "2024-07-20", "Israeli strikes have killed 15 people in Harran since Friday, medics said."),
        ("Wire", "2024-07-22", "Strikes have killed 285 people in Harran since the war began in June, officials said."),
    ) == []  # fmt: skip


def test_undated_this_week_names_no_time() -> None:
    # "over the past 24 hours" in two undated articles: two days nobody can name
    assert articles(
        ("Bugle", "", "Over the past 24 hours, 2,472 new cases of the virus were found in Orlen, the ministry said."),
        ("Wire", "", "Over the past 24 hours, 2,573 new cases of the virus were found in Orlen, the ministry said."),
    ) == []  # fmt: skip
    (g,) = conflicts(
        ("Bugle", "2024-03-02", "Over the past 24 hours, 2,472 new cases of the virus were found in Orlen, the ministry said."),
        ("Wire", "2024-03-02", "Over the past 24 hours, 3,910 new cases of the virus were found in Orlen, doctors said."),
    )  # fmt: skip
    assert sorted(c.value for _, c in g.claims) == [2472, 3910]


def test_one_speaker_named_two_ways_is_one_source() -> None:
    groups = articles(
        ("Bugle", "2024-02-01", "Iran Air will receive four Airbus planes in 2017, Farhad Parvaresh said."),
        ("Wire", "2024-02-03", "Iran Air will receive eight Airbus planes in 2017, said Iran Air chief Parvaresh."),
    )  # fmt: skip
    assert all(g.agree for g in groups)


def test_one_article_sets_two_sources_against_each_other() -> None:
    text = (
        "The Orlen Farmers' Union said more than 120 of its members were arrested at the Selvan dam, "
        "nearly three times the figure given by the authorities. Provincial police said 45 people had been detained."
    )
    (g,) = conflicts(("Bugle", "2024-03-05", text))
    assert sorted(c.value for _, c in g.claims) == [45, 120]
    plain = "Police said 45 people were detained at the Selvan dam. Guards said 120 people were detained at the Orlen gate."
    assert conflicts(("Bugle", "2024-03-05", plain)) == []


def test_a_reprinted_sentence_with_two_figures_is_two_quantities() -> None:
    text = "The global device market will reach $430 billion by 2020, while Orlen's share will be $7.2 billion, Reza Masaeli said."
    assert (
        conflicts(("Bugle", "", text), ("Wire", "", text.replace("Reza Masaeli said", "the agency said")))
        == []
    )


def test_a_year_in_a_name_is_no_time() -> None:
    f = figure_of("After six rounds of talks on the 2015 Orlen accord, the Vienna talks reached 7 points.", 7)
    assert f is not None and f.years == frozenset()
    g = figure_of("In 2015, 12 people died in the Orlen floods.", 12)
    assert g is not None and g.years == frozenset({2015})


def test_figures_of_a_list_given_respectively_are_not_compared() -> None:
    text = "Ilam, Yazd and Orlen had 46, 73 and 74 road deaths respectively."
    assert all(read("doc", c, Source(text=text)) is None for c in find(text))


def test_undated_figures_need_their_sentences_in_common() -> None:
    assert articles(
        ("Bugle", "", "A total of 83 countries said all Orlen plasma products are imported, the agency said."),
        ("Wire", "", "Some 90 countries import most medicines they use, according to a trade report."),
    ) == []  # fmt: skip
