"""Claimants named by a body noun, initials and a sentence's closing attribution, on invented text:
"…, Varnia news reported", "the refinery's operator announced", "according to the U.S. …
Administration", a report "seen by" an agency, and reported clauses that name no speaker."""

from __future__ import annotations

from refrain import quotes
from refrain.claims import find


def claimants(text: str) -> list[tuple[str, str | None]]:
    found = quotes.find(text, language="en")
    return [
        (c.value_text.text, c.claimant)
        for c in find(text, outlet="Tehran Times", quotes=found, language="en")
    ]


def test_a_news_service_or_an_operator_closing_the_sentence_states_the_figure() -> None:
    assert claimants("Imports rose. The port took 76,715 cars last year, Varnia news reported.") == [
        ("76,715", "Varnia news")
    ]
    assert claimants(
        "The refinery produced 10 billion cubic meters of gas, the refinery's operator announced."
    ) == [("10 billion cubic meters", "refinery's operator")]


def test_a_body_that_puts_a_figure_at_a_value_states_it() -> None:
    assert claimants("The statistical center of Varnia has put the jobless rate in May at 8 percent.") == [
        ("8 percent", "statistical center")
    ]


def test_initials_open_a_name_but_do_not_glue_onto_the_next_sentence() -> None:
    text = "Output was steady. According to the U.S. Varnia Fisheries Administration, the catch was 40 tons."
    assert claimants(text) == [("40 tons", "U.S. Varnia Fisheries Administration")]
    text = (
        "Piet Holm spoke about the talks between Varnia and the U.S. He said 40 ships were waiting. "
        "Courts froze funds in the U.S. Iran announced that 12 shipments had arrived."
    )
    assert claimants(text) == [("40", "Piet Holm"), ("12", "Iran")]


def test_body_nouns_in_a_row_are_one_claimant() -> None:
    assert claimants("Sales fell 9 percent, according to news reports.") == [("9 percent", "news reports")]
    assert claimants("According to official reports, 40 houses were lost.") == [("40", "official reports")]


def test_a_report_seen_by_an_agency_is_the_report_s() -> None:
    text = "The stock was 88.4 kg, according to a confidential report sent to members and seen by Varpress."
    assert claimants(text) == [("88.4 kg", "confidential report")]


def test_who_a_relative_clause_describes_does_not_state_its_figure() -> None:
    text = "Ms. Lund, who sailed with Mr. Holm for 30 years, said the old captain must not be doubted."
    assert claimants(text) == [("30 years", "Tehran Times")]
