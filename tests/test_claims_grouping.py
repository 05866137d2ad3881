"""refrain.claims: which figures are about the same thing, and who states them. Invented sentences."""

from __future__ import annotations

from refrain.claims import Claim, find, group


def only(text: str, **kwargs) -> Claim:
    claims = find(text, **kwargs)
    assert len(claims) == 1, [c.value_text.text for c in claims]
    return claims[0]


def groups_of(*texts: str) -> list:
    return group([(f"doc{i}", c) for i, t in enumerate(texts) for c in find(t, outlet=f"Outlet {i}")])


# --- people counted for one event are one count, whatever they are called -------------------------


def test_protesters_and_people_detained_at_one_protest_are_one_count() -> None:
    (g,) = groups_of(
        # undated articles: "on Friday" would name no day, so the sentences name none
        "Police detained 32 people at the Orlen bridge protest.",
        "Guards detained 32 people at the Orlen bridge protest.",
        "More than 90 protesters were arrested at the Orlen bridge protest, the guild said.",
    )
    assert g.agree is False and g.what_key.startswith("arrest|")
    assert sorted(c.value for _, c in g.claims) == [32, 32, 90]


def test_soldiers_are_not_civilians() -> None:
    assert (
        groups_of(
            "Twelve civilians were killed in the air strike on Orlen, officials said.",
            "Seven soldiers were killed in the air strike on Orlen, the army said.",
        )
        == []
    )


def test_a_participle_naming_who_is_counted_does_not_hide_the_main_verb() -> None:
    claim = only("Six people detained at the bridge will appear before a judge on Monday.")
    assert claim.what_key == "appear|person"
    assert (
        groups_of(
            "Police detained 32 people at the bridge.",
            "Six people detained at the bridge will appear in court.",
        )
        == []
    )


def test_the_partitive_of_its_members() -> None:
    claim = only("The guild said 90 of its members were arrested.")
    assert claim.what is not None and claim.what.text == "members were arrested"
    assert claim.unit == "people"


def test_people_of_another_named_group_stay_apart() -> None:
    a = only("In 2021, 40 ZRF members were arrested.")
    b = only("In 2021, 70 protesters were arrested.")
    assert group([("a", a), ("b", b)]) == []


# --- money: who got it, what for -----------------------------------------------------------------


def test_money_paid_to_someone_and_money_that_reached_them_conflict() -> None:
    (g,) = groups_of(
        "The Varnes council said it had paid 9 million marks to fishermen in 2023.",
        "Only 2 million marks had reached Varnes fishermen in 2023, their guild said.",
    )
    assert g.what_key == "pay|fisherman" and g.agree is False


def test_the_figure_restated_in_the_same_sentence() -> None:
    first, second = find(
        "Lund said the board had paid 9 million euros to growers, while the guild put the figure at 2 million euros."
    )
    assert first.what_key == second.what_key == "pay|grower"
    assert second.claimant == "guild"


def test_a_payment_naming_no_recipient_joins_the_one_payment_it_fits() -> None:
    (g,) = groups_of(
        "The Orlen board paid 9 million euros to growers in 2022.",
        "Only 2 million euros reached Orlen growers in 2022, their union said.",
        "Lund said the Orlen board had paid 9 million euros in compensation to growers in 2022.",
    )
    assert len(g.claims) == 3 and g.agree is False


def test_money_spent_on_something_is_not_money_paid_to_someone() -> None:
    spend = only("The ministry will spend 300 million euros on the new harbour.")
    assert spend.what_key == "spend|harbour"
    assert (
        groups_of(
            "The board paid 9 million euros to growers.",
            "The ministry will spend 300 million euros on the new harbour.",
        )
        == []
    )


# --- the counted thing before the figure ---------------------------------------------------------


def test_counted_thing_before_a_linking_verb() -> None:
    rate = only("Last year the divorce rate was 9 percent.")
    assert rate.what is not None and rate.what.text == "divorce rate was"
    assert rate.what_key == "|rate"
    oil = only("Oil production stood at 21 million barrels.")
    assert oil.what is not None and oil.what.text.startswith("Oil production")


# --- who states it, when the attribution follows the figure ---------------------------------------


def test_spokesman_named_after_the_figure() -> None:
    claim = only("Some 400 homes were flooded, provincial spokesman Aldo Brenn said.", outlet="Bugle")
    assert claim.claimant == "Aldo Brenn"


def test_told_a_news_agency() -> None:
    claim = only("The plant will hire 300 workers, Mina Solberg told Reuters.", outlet="Bugle")
    assert claim.claimant == "Mina Solberg"


def test_according_to_an_office_after_the_figure() -> None:
    claim = only("Exports fell by 12 percent, according to the Statistics Office.", outlet="Bugle")
    assert claim.claimant == "Statistics Office"


def test_a_body_named_by_a_common_noun() -> None:
    claim = only("Guards detained 32 people, the regional police said in a statement.", outlet="Bugle")
    assert claim.claimant == "regional police"
    before = only("Regional police said 32 people had been detained.", outlet="Bugle")
    assert before.claimant == "Regional police"


def test_no_attribution_still_means_the_outlet() -> None:
    assert only("The storm destroyed 40 boats while the harbour slept.", outlet="Bugle").claimant == "Bugle"


# --- a generic count needs its event in common: a name and another word, or the year --------------


def test_people_killed_in_unrelated_events_are_not_one_count() -> None:
    # No time, place or named group in common: "N people were killed" alone says nothing about
    # which event, and a large corpus would otherwise put every war's toll in one group.
    assert (
        groups_of(
            "A ferry capsized off Marlow Point, and 12 people were killed.",
            "The earthquake in the Vessel hills killed 40 people.",
        )
        == []
    )


def test_one_shared_word_does_not_tie_two_tolls() -> None:
    # "ferry" alone ties every ferry disaster of a corpus together
    assert (
        groups_of(
            "A ferry capsized off Marlow Point, and 12 people were killed.",
            "At least 19 people were killed when a ferry sank, the coastguard said.",
        )
        == []
    )


def test_reports_of_one_event_are_tied_by_a_name_and_a_word_they_share() -> None:
    (g,) = groups_of(
        "A ferry capsized off Marlow Point, and 12 people were killed.",
        "At least 19 people were killed when the ferry sank off Marlow Point, the coastguard said.",
    )
    assert sorted(c.value for _, c in g.claims) == [12, 19] and g.agree is False
