"""refrain.claims on the seed pages (../shared/seeds, read in place): the figures they state."""

from __future__ import annotations

import pytest
from conftest import shared_path

from refrain.claims import Claim, find, group
from refrain.entities import merge


@pytest.fixture(scope="module")
def seed_claims() -> list[tuple[str, Claim]]:
    folder = shared_path("seeds")
    found: list[tuple[str, Claim]] = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found += [(path.name, c) for c in find(text, outlet=path.stem)]
    return found


def figures(claims: list[tuple[str, Claim]], value: float) -> list[Claim]:
    return [c for _, c in claims if c.value == value]


@pytest.mark.parametrize(
    ("value", "approx", "what_key"),
    [
        (60, None, "arrest|mek unit"),  # MEK units arrested in 2018
        (116, None, "arrest|mek unit"),  # teams related to PMOI/MEK dealt with
        (50, None, "brief|mek unit"),  # 50 more "briefed"
        (140_000, "more than", "die|person"),  # deaths in the pandemic
        (40_000_000, "more than", "|user"),  # Telegram users
        (90, None, "control|cyberspace"),  # percent of cyberspace controlled by foreigners
        (80_000, "up to", "offer|"),  # the $80,000 offer
        (19, None, "produce|film"),  # films, series and documentaries
        (30_000, None, "kill|mek person"),  # supporters executed in 1988
        (1_500, "more than", "kill|protester"),  # protesters killed in November 2019
        (8_000, "more than", "arrest|protester"),  # protestors detained in January
    ],
)
def test_key_figures_are_found_with_their_counted_thing(seed_claims, value, approx, what_key) -> None:
    hits = [c for c in figures(seed_claims, value) if c.what_key == what_key]
    assert hits, [(c.value_text.text, c.what_key) for c in figures(seed_claims, value)]
    assert any(c.approx == approx for c in hits)


def test_years_and_dates_in_the_seeds_are_not_claims(seed_claims) -> None:
    texts = {c.value_text.text for _, c in seed_claims}
    assert not texts & {"2018", "2019", "1988", "2017", "24th", "9", "728", "90 "}
    assert all(not (c.value == 728 or (1900 <= c.value <= 2100 and c.unit is None and "," not in c.value_text.text))
               for _, c in seed_claims)  # fmt: skip


def test_the_arrest_figures_conflict(seed_claims) -> None:
    groups = [g for g in group(seed_claims) if g.what_key == "arrest|mek unit"]
    assert len(groups) == 1
    (g,) = groups
    assert g.agree is False
    assert {c.value for _, c in g.claims} == {60, 116}


def test_the_1988_figures_agree(seed_claims) -> None:
    (g,) = [g for g in group(seed_claims) if g.what_key == "kill|mek person"]
    assert g.agree is True and g.when == "1988"


def test_quoted_figures_name_their_speaker(seed_claims) -> None:
    by_value = {c.value: c for _, c in seed_claims if c.what_key == "arrest|mek unit" and c.claimant}
    assert by_value[116].claimant == "Mahmoud Alavi"  # the fullest form the article gives
    assert "Dialameh" in by_value[60].claimant or any(
        "Dialameh" in (c.claimant or "") for c in figures(seed_claims, 60)
    )


def test_seed_officials_merge_across_spellings() -> None:
    # a bare surname joins a full name only when something else agrees (here the role); with
    # nothing but the surname it stays apart: two different people may share it (issue 13)
    mentions = [
        ("Qodrat Dialameh", "Director General of Intelligence in East Azerbaijan Province"),
        ("Diyalameh", "Director General of Intelligence"),
        ("Mahmoud Alavi", "Minister of Intelligence"),
        ("Alavi", "Intelligence Minister"),
        ("PMOI/MEK", None),
        ("Mojahedin", None),
        ("People’s Mujahedin Organisation of Iran", None),
        ("Ali Khamenei", None),
        ("the Supreme Leader", None),
    ]
    assert len(merge(mentions)) == 4
    bare = [(name, None) if name in {"Diyalameh", "Alavi"} else (name, role) for name, role in mentions]
    assert len(merge(bare)) == 6
