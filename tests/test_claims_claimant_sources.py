"""Claimants on invented text (issue 13): classes of claimant error found on a second Tehran Times
dev set and checked on fresh random articles: a short quotation inside reported speech, a document
("the report") standing for the source named before it, a role phrase standing for the person the
article names in that role, plural sources ("local media"), a subject pronoun of a claim verb."""

from __future__ import annotations

from refrain.claims import find as find_claims
from refrain.quotes import find as find_quotes


def claimants(text: str) -> list[tuple[float, str | None]]:
    quotes = find_quotes(text, language="en")
    return [
        (c.value, c.claimant) for c in find_claims(text, outlet="Tehran Times", quotes=quotes, language="en")
    ]


# --- a short quotation inside what someone is reported to say --------------------------------


def test_a_short_quotation_inside_reported_speech_keeps_the_speaker():
    text = (
        "In May, Piet Vos said the ministry had used several strategies. He went on to say that "
        "states sheltering the band must answer for hiding “these outlaws” who killed 1,700 villagers."
    )
    assert claimants(text) == [(1700, "Piet Vos")]


def test_a_quoted_word_in_a_reported_clause_is_still_the_speakers_clause():
    text = "Lena Holm said the “so-called reform” had cost 40 jobs in Tarsk."
    assert claimants(text) == [(40, "Lena Holm")]


def test_a_full_quotation_before_the_figure_still_ends_the_report():
    text = "Lena Holm said, “We will win the vote and go on.” The board counted 40 ballots."
    assert claimants(text) == [(40, "Tehran Times")]
