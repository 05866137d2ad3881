"""Claimants carried over from an earlier sentence, on invented text: "As reported, …" goes on with
the source last named; "The report continues that …" is the source of the report named before;
"according to the results of X" names X (shapes a hand check of a fresh random sample of Tehran
Times articles found credited to the outlet)."""

from __future__ import annotations

from refrain.claims import find as find_claims
from refrain.quotes import find as find_quotes


def claimants(text: str) -> list[tuple[float, str | None]]:
    quotes = find_quotes(text, language="en")
    return [
        (c.value, c.claimant) for c in find_claims(text, outlet="Tehran Times", quotes=quotes, language="en")
    ]


def test_as_reported_goes_on_with_the_source_named_before():
    text = (
        "Sales of seed drills rose 12 percent in spring, Varpress reported on Friday. As reported, "
        "400 drills worth 52 billion rials were sold in the month."
    )
    assert claimants(text) == [(12, "Varpress"), (400, "Varpress"), (52e9, "Varpress")]


def test_as_reported_keeps_the_outlets_own_conversion():
    text = (
        "Sales of seed drills rose 12 percent in spring, Varpress reported on Friday. As reported, "
        "drills worth 52 billion rials (about $1.2 million) were sold."
    )
    assert claimants(text)[-1] == (1.2e6, "Tehran Times")


def test_as_reported_with_no_source_before_is_the_outlets():
    text = "As reported, 400 drills were sold in the month."
    assert claimants(text) == [(400, "Tehran Times")]


def test_an_unattributed_sentence_stays_the_outlets():
    text = (
        "Sales of seed drills rose 12 percent in spring, Varpress reported on Friday. Some 400 drills "
        "were sold in the month."
    )
    assert claimants(text) == [(12, "Varpress"), (400, "Tehran Times")]


def test_the_report_continues_is_the_source_of_the_report_named_before():
    text = (
        "According to a report by the Lumen Grain Institute, 30 percent of the barley rots. Some 9 "
        "percent is eaten by mice. The report continues that only 7 percent of the crop is kept in silos."
    )
    assert claimants(text) == [
        (30, "Lumen Grain Institute"),
        (9, "Tehran Times"),
        (7, "Lumen Grain Institute"),
    ]


def test_according_to_the_results_of_names_what_gave_the_results():
    text = "According to the results of regional surveys, about 20 percent of pupils walk to school."
    assert claimants(text) == [(20, "regional surveys")]
    text = (
        "About 20 percent of pupils walk to school, according to the latest findings of the Lumen Institute."
    )
    assert claimants(text) == [(20, "Lumen Institute")]


def test_the_state_run_body_is_the_source_named_before():
    text = (
        "According to a report by the Statistical Office of Norland, the economy grew by 5.6 percent. "
        "The state-owned body also put the price rise at 8 percent."
    )
    assert claimants(text) == [(5.6, "Statistical Office of Norland"), (8, "Statistical Office of Norland")]


def test_research_conducted_by_a_body_is_the_bodys():
    text = "According to a large research done by Lumen University of Sciences, 4,485 grafts were made."
    assert claimants(text) == [(4485, "Lumen University of Sciences")]


def test_an_agency_quoting_someone_as_saying_that_credits_the_one_quoted():
    text = "Late last month, Varpress quoted an unnamed Norland source as saying that the port held 700,000 barrels."
    assert claimants(text) == [(700_000, "unnamed Norland source")]


def test_quoted_as_saying_gives_way_to_a_body_that_speaks_nearer_the_figure():
    text = (
        "Varpress quoted the dock warden as saying the plan was sound, but customs data showed 40 barges "
        "were sent back."
    )
    assert claimants(text) == [(40, "customs data")]
