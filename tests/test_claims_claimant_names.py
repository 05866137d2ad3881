"""Claimants on invented text: patterns an independent hand check of fresh Tehran Times articles
found (every figure of a reported-speech clause has the clause's speaker; a surname is credited in
the fullest form the article gives)."""

from __future__ import annotations

from refrain.claims import find as find_claims
from refrain.quotes import find as find_quotes


def claimants(text: str) -> list[tuple[float, str | None]]:
    quotes = find_quotes(text, language="en")
    return [
        (c.value, c.claimant) for c in find_claims(text, outlet="Tehran Times", quotes=quotes, language="en")
    ]


def test_every_figure_of_a_saying_that_clause_has_its_speaker():
    text = (
        "Agriculture Minister Reza Nouri spoke at a farm fair. He also pointed to "
        "home-grown food, saying that today 25 percent of wheat and over 600,000 tons of "
        "cooking oil are imported."
    )
    assert claimants(text) == [(25, "Reza Nouri"), (600_000, "Reza Nouri")]


def test_a_surname_is_credited_in_the_fullest_form_the_article_gives():
    text = (
        "South Korean Prime Minister Kim Doyun arrived in Tehran on Friday. Kim noted that trade "
        "between the two countries had grown by 40 percent since 2016."
    )
    assert claimants(text) == [(40, "Kim Doyun")]


def test_a_western_surname_is_credited_with_the_given_name_written_before():
    text = (
        "Varnian Trade Minister Ilse Marten opened the fair on Monday. Marten said exports had "
        "risen by 12 percent."
    )
    assert claimants(text) == [(12, "Ilse Marten")]


def test_a_country_named_alone_is_not_expanded_to_a_longer_name():
    text = "The Islamic Republic of Varnia held talks. Varnia said 30 ships had docked."
    assert [c for _, c in claimants(text)] != ["The Islamic Republic of Varnia"]


def _fullest_by_scanning(text: str, pos: int, name: str) -> str:
    """The fullest name as first written: every run before ``pos`` scanned again at each call."""
    import re

    from refrain.claims.patterns import _NAME_RUN
    from refrain.claims.persons import _candidate, _fullest_of

    scanned = [_candidate(text, m) for m in re.finditer(rf"({_NAME_RUN})", text[:pos])]
    return _fullest_of(name, [c for c in scanned if c is not None])


def test_the_indexed_fullest_name_is_the_scanned_one_at_every_position() -> None:
    from refrain.claims.persons import _fullest

    # Invented: names cut at every offset, a family name written first, a place after a preposition.
    text = (
        "Envoy to Tarsk Pavel Ohr met Ilse Marten and Xi Lanbo on Monday. Marten said 40 boats "
        "sailed; Ohr added that Deputy Ilse Marten and Xi would meet again. Xi said 12 left, "
        "Dara Kian Farsad noted, and Farsad said 3 stayed with Pavel."
    )
    for name in ("Marten", "Ohr", "Xi", "Farsad", "Pavel", "Ilse Marten", "Kian Farsad"):
        for pos in range(len(text) + 1):
            assert _fullest(text, pos, name) == _fullest_by_scanning(text, pos, name), (name, pos)
