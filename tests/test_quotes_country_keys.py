"""A nationality and its country have one key, so a role phrase with a nationality ("the Russian
diplomat") reaches a person the article ties to the country by name ("Russia's envoy X", "the
envoy of Russia X"). Invented text."""

from __future__ import annotations

import pytest

from refrain.quotes import find
from refrain.quotes.names import country_key


@pytest.mark.parametrize(
    ("nationality", "country"),
    [
        ("Iranian", "Iran"),
        ("Syrian", "Syria"),
        ("Russian", "Russia"),
        ("Italian", "Italy"),
        ("Indian", "India"),
        ("Azerbaijani", "Azerbaijan"),
        ("Jordanian", "Jordan"),
        ("Kazakh", "Kazakhstan"),
        ("Argentine", "Argentina"),
        ("Norwegian", "Norway"),
        ("German", "Germany"),
        ("American", "US"),
        ("American", "U.S."),
        ("Chinese", "China"),
    ],
)
def test_a_nationality_and_its_country_agree(nationality: str, country: str) -> None:
    assert country_key(nationality) == country_key(country.replace(".", ""))


def test_different_countries_stay_apart() -> None:
    keys = {country_key(w) for w in ("Iranian", "Iraqi", "Austrian", "Australian", "Nigerian", "Algerian")}
    assert len(keys) == 6


def test_an_unknown_nationality_is_keyed_by_its_stem() -> None:
    assert country_key("Tarskian") == country_key("Tarskian") == "tarsk"


@pytest.mark.parametrize(
    "intro",
    [
        "Russia's envoy to the talks Ivan Petrov",
        "Ivan Petrov, Russia's envoy to the talks,",
        "Ivan Petrov, the envoy of Russia to the talks,",
    ],
)
def test_the_nationality_phrase_reaches_the_person_tied_by_the_country_name(intro: str) -> None:
    text = (
        f"VIENNA – {intro} has criticised the delay. Petrov spoke after a meeting with Ana Ruiz. "
        "“The delay is a clumsy excuse,” the Russian diplomat said."
    )
    assert [q.speaker for q in find(text)] == ["Ivan Petrov"]
