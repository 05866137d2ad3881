"""Claimants named by a body noun, initials and a sentence's closing attribution, on invented text:
"…, Varnia news reported", "the refinery's operator announced", "according to the U.S. …
Administration", a report "seen by" an agency, and reported clauses that name no speaker."""

from __future__ import annotations

from claimant_readings import claimants


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


def test_a_subject_whose_second_verb_is_a_speech_verb_states_the_figure() -> None:
    assert claimants("Rex Tolman visited the port on Monday and said that 40 ships were waiting.") == [
        ("40", "Rex Tolman")
    ]
    # an opening word is no subject, nor is a name the first verb's object
    assert claimants("Initial drafts and reports are due within six weeks.")[0][1] == "Tehran Times"
    assert claimants("The minister met Rex Tolman at the port and said that 40 ships were waiting.")[0][
        1
    ] != ("Rex Tolman")


def test_as_per_cites_like_according_to_and_media_and_data_are_sources() -> None:
    text = (
        "As per the figures issued by the Varnia Drought Center on Sunday, the plain got 186.7 millimeters."
    )
    assert claimants(text) == [("186.7", "Varnia Drought Center")]
    assert claimants("According to the local Varnian media, 13 people were killed.") == [
        ("13", "local Varnian media")
    ]
    assert claimants("Imports fell to 1.05 million tons in October, Varnian customs data shows.") == [
        ("1.05 million tons", "Varnian customs data")
    ]
    assert claimants("A majority of voters, 59 percent, backed the plan, the poll found.") == [
        ("59 percent", "poll")
    ]


def test_the_particle_al_opens_a_name_only_as_a_word() -> None:
    assert claimants("According to al Varnia, at least eight boats sank.") == [("eight", "al Varnia")]
    text = "Earlier, environmental official Rex Tolman said that 132 wells had dried up."
    assert claimants(text) == [("132", "Rex Tolman")]
