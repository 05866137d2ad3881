"""A bare document ("the report", "its latest statement") is the figure of whoever the article
says issued it; and other claimants the fresh hand-judged sample found wrong, on invented text."""

from __future__ import annotations

from claimant_readings import claimants


def test_the_report_is_the_figure_of_the_body_that_issued_it() -> None:
    issued = [
        "The Varnia Statistical Center released its latest report on Sunday.",
        "The Varnia Statistical Center's quarterly report came out on Sunday.",
        "A report released by the Varnia Statistical Center came out on Sunday.",
        "The recent report of the Varnia Statistical Center came out on Sunday.",
    ]
    for first in issued:
        text = first + " According to the report, the economy grew 4.4 percent in the quarter."
        assert claimants(text) == [("4.4 percent", "Varnia Statistical Center")], first


def test_a_report_whose_issuer_is_not_said_or_that_names_its_source_stays_as_written() -> None:
    assert claimants("According to the report, the economy grew 4.4 percent in the quarter.") == [
        ("4.4 percent", "report")
    ]
    text = "The Varnia Board met. Oil rose by 2 percent, media reports said."
    assert claimants(text) == [("2 percent", "media reports")]
    # an agreement has parties, not one issuer
    text = "Varnia and Lumenia signed an agreement. The agreement states that 5,000 prisoners will go free."
    assert claimants(text)[0][1] == "agreement"


def test_a_title_with_commas_before_the_name_quoted_as_saying() -> None:
    text = (
        "TEHRAN- Exports will reach $5.5 billion this year, Varpress quoted Deputy Fisheries, Ports and "
        "Shipping Minister Rex Tolman as saying. Over six months, the official added, exports were "
        "worth $4.5 billion."
    )
    assert claimants(text) == [
        ("$5.5 billion", "Rex Tolman"),
        ("six months", "Rex Tolman"),
        ("$4.5 billion", "Rex Tolman"),
    ]


def test_a_sentence_adverb_is_no_claimant_and_a_phrasal_verb_no_claim() -> None:
    text = (
        "Lina Holm, head of the Varnia board, said the port was ready. Fortunately, the chief said, "
        "it has been two months since the port reopened."
    )
    assert claimants(text) == [("two months", "Lina Holm")]
    text = (
        "The Lumen Corridor Initiative put forward by Varnia and the 25-year plan show the country's place."
    )
    assert claimants(text) == [("25-year", "Tehran Times")]


def test_the_person_whose_name_closes_a_cited_title() -> None:
    assert claimants("According to the head of the Varnia Fund Rex Tolman, exports rose 12 percent.") == [
        ("12 percent", "Rex Tolman")
    ]
    assert claimants(
        "According to the Varnian Ambassador to Lumenia Hadi Varjand, 80 firms will attend."
    ) == [("80", "Hadi Varjand")]
    assert claimants("According to Lumen University of Medical Sciences, 40 students fell ill.") == [
        ("40", "Lumen University of Medical Sciences")
    ]


def test_a_body_whose_name_runs_over_a_preposition_speaks_whole() -> None:
    text = "Meantime, the Varnia Organization for Migration (VOM) says nearly 21,000 people have fled."
    assert claimants(text) == [("21,000", "Varnia Organization for Migration")]
    # a post in the body speaks, not the body
    text = "TEHRAN - An official with the Varnia Ministry of Fisheries has told us 66 wards were opened."
    assert claimants(text)[0][1] != "Varnia Ministry of Health"


def test_what_a_law_or_a_dated_report_lays_down_is_its_figure() -> None:
    assert claimants("The bill requires at least 1,000 new machines.") == [("1,000", "bill")]
    assert claimants("Lumen Crop Survey 2019 estimates 91 percent of the harvest was lost.") == [
        ("91 percent", "Lumen Crop Survey")
    ]
    # an action is no statement: "allocated"
    text = "The Varnia Roads Ministry announced the cabinet allocated 190 billion crowns to bridges."
    assert claimants(text) == [("190 billion", "Varnia Roads Ministry")]


def test_as_opens_a_source_clause_without_being_part_of_it() -> None:
    assert claimants("As Varnia news agency reported, nearly 45,274 tons of tin were shipped.") == [
        ("45,274 tons", "Varnia news agency")
    ]


def test_a_breakdown_of_the_figure_before_goes_on_with_its_source() -> None:
    text = "According to the Varnia Drug Survey, 29.5 million people used drugs in 2019. Of these, 0.6 percent died."
    assert claimants(text) == [("29.5 million", "Varnia Drug Survey"), ("0.6 percent", "Varnia Drug Survey")]
    # only right after it: a sentence between breaks the chain
    text = (
        "According to the Varnia Drug Survey, 29.5 million people used drugs in 2019. Prices rose. "
        "Of these, 0.6 percent died."
    )
    assert claimants(text)[1] == ("0.6 percent", "Tehran Times")


def test_what_a_plan_lays_down_under_it_is_the_plan_s() -> None:
    assert claimants(
        "Under the Varnia Harbour Vision Plan, the port expects 20 million visitors by 2030."
    ) == [("20 million", "Varnia Harbour Vision Plan")]
    assert claimants("Under Holm, the port grew 40 percent.") == [("40 percent", "Tehran Times")]
    assert claimants("Under pressure from the unions, the firm hired 40 workers.") == [("40", "Tehran Times")]


def test_a_memorandum_or_contract_cited_is_a_source() -> None:
    assert claimants("As per a memorandum of understanding, Varnia will pay 40 million crowns.") == [
        ("40 million", "memorandum")
    ]


def test_it_is_the_body_that_issued_a_statement_before() -> None:
    text = (
        "The Varnia harbour board issued a statement on Monday. It also warned that 40 ships could be held."
    )
    assert claimants(text) == [("40", "Varnia harbour board")]
