"""Claimants on invented text: attribution shapes a hand check of a fresh random sample of Tehran
Times articles found misread (a role apposition after a name, a body's name with "and" in it,
the person a quoting agency names, "according to delegates", a sentence adverb before "studies",
"the official" after "according to X")."""

from __future__ import annotations

from refrain.claims import find as find_claims
from refrain.quotes import find as find_quotes


def claimants(text: str) -> list[tuple[float, str | None]]:
    quotes = find_quotes(text, language="en")
    return [
        (c.value, c.claimant) for c in find_claims(text, outlet="Tehran Times", quotes=quotes, language="en")
    ]


def test_according_to_a_plural_common_noun_is_that_noun_not_a_name_particle():
    # "de" (a name particle) once matched the start of "delegates"
    text = "Talks had centred on a cut of 900,000 barrels a day, according to delegates."
    assert claimants(text) == [(900_000, "delegates")]


def test_a_delegate_said_names_the_delegate():
    text = "Norland had pitched a 40,000 to 60,000 barrel cut, a delegate said earlier."
    assert claimants(text) == [(40_000, "delegate")]


def test_a_sentence_adverb_is_not_part_of_the_body():
    text = "The issue surfaced only recently, however studies show that such mining has run for four years."
    assert claimants(text) == [(4, "studies")]
    text = "However studies show that 40 firms left the valley."
    assert claimants(text) == [(40, "studies")]


def test_a_person_whose_role_runs_on_to_the_verb_states_the_figure():
    text = (
        "A survey of the valleys shows that 11.9 percent of goats carry the tick, Lena Holm, head of "
        "herd care at the Varnian Grazing Board noted in the spring."
    )
    assert claimants(text) == [(11.9, "Lena Holm")]


def test_the_person_heading_a_body_speaks_not_the_body():
    text = (
        "On Saturday, Piet Vos, Head of the Budget and Planning Committee of the Norland "
        "assembly said the towns could not settle two disputes."
    )
    assert claimants(text) == [(2, "Piet Vos")]


def test_a_body_name_joined_by_and_is_kept_whole():
    text = (
        "On Sunday, the Harbour Lighting and Signal Company (HALSIG) announced that its lamps burn "
        "seven percent less oil."
    )
    assert claimants(text) == [(7, "Harbour Lighting and Signal Company")]


def test_quoting_a_role_with_the_name_after_it_credits_the_name():
    text = (
        "Norland has piped 1.2 billion cubic meters of gas to Varnia since June, Varpress wrote, "
        "quoting the chief executive for the Norland Pipe Company, Piet Vos, as saying on Saturday."
    )
    assert claimants(text) == [(1.2e9, "Piet Vos")]


def test_the_official_is_the_person_named_after_according_to():
    text = (
        "Barley harvests will reach 2.2 million tons, according to Kaveh Marand, the director of the "
        "Grain Bureau. The official also said that the mills need three million tons."
    )
    assert claimants(text) == [(2.2e6, "Kaveh Marand"), (3e6, "Kaveh Marand")]


def test_a_role_with_the_name_in_apposition_credits_the_name():
    text = "The Varnian farm minister, Lena Holm, has announced that 300 dams will be built."
    assert claimants(text) == [(300, "Lena Holm")]


def test_statistics_released_by_a_body_are_the_bodys():
    text = "According to new statistics issued by the Lumen Web of Science Index, 5,569 women write."
    assert claimants(text) == [(5569, "Lumen Web of Science Index")]


def test_an_agency_quoting_a_newsletter_credits_the_newsletter():
    text = "Output rose to 2.3 million barrels, Varpress quoted the industry newsletter as saying."
    assert claimants(text) == [(2.3e6, "industry newsletter")]


def test_an_acronym_in_brackets_before_the_verb_names_the_body():
    # the body's name has a lower-case word ("for nature"), so only its acronym runs up to the verb
    text = "The Lumen Fund for nature (LFN) said if there are 100,000 species, at least 10,000 go extinct."
    assert claimants(text) == [(100_000, "LFN"), (10_000, "LFN")]
