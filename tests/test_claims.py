"""refrain.claims: figures stated in text, what they count, and conflicting figures.

Every sentence here is invented.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refrain.claims import Claim, find, group


def only(text: str, **kwargs) -> Claim:
    claims = find(text, **kwargs)
    assert len(claims) == 1, [c.value_text.text for c in claims]
    return claims[0]


# --- values as written -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "unit"),
    [
        ("The ministry said 30,000 farmers lost crops.", "30,000", 30000, "people"),
        ("About thirty thousand farmers lost crops.", "thirty thousand", 30000, "people"),
        ("The app has 40 million users in the region.", "40 million", 40_000_000, "people"),
        ("Officials say 70% of wells are dry.", "70%", 70, "%"),
        ("The survey found 12 percent of shops closed.", "12 percent", 12, "%"),
        ("He was offered $80,000 to stay silent.", "$80,000", 80000, "USD"),
        ("The studio made nineteen films about the river.", "nineteen", 19, None),
        ("Exports reached 1.5 billion dollars.", "1.5 billion dollars", 1.5e9, "USD"),
        ("The tanker carried 1,600 tons of fuel.", "1,600 tons", 1600, "t"),
        ("Sixty-two villages were flooded.", "Sixty-two", 62, None),
        ("A dozen boats sank near the pier.", "A dozen", 12, None),
    ],
)
def test_values_are_normalised(sentence: str, figure: str, value: float, unit: str | None) -> None:
    claim = only(sentence)
    assert claim.value_text.text == figure
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit
    assert sentence[claim.value_text.start : claim.value_text.end] == figure


@pytest.mark.parametrize(
    ("sentence", "approx"),
    [
        ("More than 30,000 birds died.", "more than"),
        ("Over 500 boats were sold.", "more than"),
        ("About 40 houses burned.", "about"),
        ("Nearly 900 pupils were absent.", "nearly"),
        ("Up to 200 guards were hired.", "up to"),
        ("At least 15 miners were trapped.", "at least"),
        ("Fewer than 60 voters came.", "less than"),
        ("Exactly 12 donkeys arrived.", None),
    ],
)
def test_hedges_become_approx(sentence: str, approx: str | None) -> None:
    assert only(sentence).approx == approx


def test_a_range_is_one_figure_valued_at_its_lower_bound() -> None:
    claim = only("Between 10 and 20 fishermen were rescued.")
    assert (claim.value, claim.approx, claim.value_text.text) == (10, "between", "10 and 20")


# --- what is not a claim ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge opened in 2018.",  # year
        "The talks began on January 9 in a hotel.",  # date
        "They met on 24th April.",  # ordinal date
        "The farmer, aged 45, spoke first.",  # age
        "A 45-year-old teacher was hired.",  # age
        "Jonas Berg, 52, runs the mill.",  # age after a name
        "The meeting starts at 10:30 in the hall.",  # time
        "The bus leaves at 5 pm.",  # time
        "The talks ended two years ago.",  # a time (a length of time is a figure: test_claims_trust.py)
        "Banner slot 728 x 90 here.",  # page furniture
        "Article 5 of the charter applies.",  # section number
        "Resolution 2231 was cited again.",  # label
        "Call +44 20 7946 0958 for tickets.",  # phone number
        "The F-35 flew over the coast.",  # model name
        "It was the 21st meeting of the club.",  # ordinal
        "Music of the 1980s filled the room.",  # decade
        "One of them left early.",  # "one" alone
        "The two towns signed a pact.",  # a reference, not a count
    ],
)
def test_years_dates_ages_times_labels_are_not_claims(sentence: str) -> None:
    assert find(sentence) == []


def test_list_numbers_at_line_start_are_not_claims() -> None:
    assert find("Agenda\n1. Welcome\n2. Budget") == []


# --- what, when, where, who -----------------------------------------------------------------------


def test_counted_thing_with_its_event_verb() -> None:
    claim = only("Police said 60 ZRF units were arrested in 2018.")
    assert claim.what is not None and claim.what.text == "ZRF units were arrested"
    assert claim.what_key == "arrest|zrf unit"  # an acronym unknown to the alias files is its own key
    assert (claim.when.text, claim.when_iso) == ("2018", "2018")


def test_event_before_the_figure() -> None:
    claim = only("Police fired on the crowds, killing over 1,500 protesters in November 2019.")
    assert claim.what_key == "kill|protester"
    assert claim.when_iso == "2019-11"


def test_event_nouns_count_people() -> None:
    assert only("The 3,000 executions shocked the town.").what_key == "kill|person"


def test_a_second_figure_borrows_the_counted_thing_of_the_first() -> None:
    first, second = find("In May, 40 students were detained and 12 more were questioned.")
    assert first.what_key == "arrest|student"
    assert second.what_key == "brief|student"


def test_organisation_names_go_through_entity_aliases() -> None:
    a = only("Last spring 40 teams tied to PMOI/MEK were dealt with.")
    b = only("Officials said 55 members of the People's Mojahedin Organization of Iran were detained.")
    assert a.what_key == b.what_key == "arrest|mek unit"


def test_percent_of_something() -> None:
    claim = only("He said 90 percent of the city's parks are controlled by one firm.")
    assert claim.what_key == "control|park"


def test_percent_change_counts_its_subject() -> None:
    claim = only("Since then thefts have increased by 40 percent.")
    assert claim.what_key == "increase|theft"


@pytest.mark.parametrize(
    ("sentence", "date", "when", "iso"),
    [
        ("Last year 300 wells were dug.", "2019-04-24", "Last year", "2018"),
        ("In November 2019, 300 wells were dug.", None, "November 2019", "2019-11"),
        ("In March, 300 wells were dug.", "2019-04-24", "March", "2019-03"),
        ("In March, 300 wells were dug.", None, "March", None),
        ("Over the past year, 300 wells were dug.", "2019-04-24", "the past year", "2018-04/2019-04"),
        ("On July 3, 2018, 300 wells were dug.", None, "July 3, 2018", "2018-07-03"),
    ],
)
def test_when_is_resolved_against_the_article_date(
    sentence: str, date: str | None, when: str, iso: str | None
) -> None:
    claim = only(sentence, date=date)
    assert claim.when is not None and claim.when.text == when
    assert claim.when_iso == iso


def test_where() -> None:
    claim = only("In East Varnia Province, 80 shops were closed.")
    assert claim.where is not None and claim.where.text == "East Varnia Province"


def test_claimant_is_the_outlet_unless_someone_is_quoted() -> None:
    assert only("The river flooded 20 farms.", outlet="Daily Bugle").claimant == "Daily Bugle"
    text = "Mayor Lena Olsen spoke. “We rebuilt 40 bridges,” Olsen said."
    assert only(text, outlet="Daily Bugle").claimant == "Lena Olsen"  # the fullest form written


def test_claimant_from_quotes_passed_in_by_duck_typing() -> None:
    @dataclass
    class FakeQuote:  # any object with start, end, speaker will do
        start: int
        end: int
        speaker: str | None

    text = "“We rebuilt 40 bridges,” the engineer added."
    claim = only(text, outlet="Daily Bugle", quotes=[FakeQuote(0, 24, "Tom Field")])
    assert claim.claimant == "Tom Field"


def test_reported_speech_names_the_claimant() -> None:
    claim = only("Governor Ana Ruiz announced the arrests of 60 smugglers.", outlet="Bugle")
    assert claim.claimant == "Ana Ruiz"


def test_to_dict_holds_every_part() -> None:
    data = only("More than 30,000 birds died in 2020.").to_dict()
    assert data["value_text"]["text"] == "30,000" and data["when_iso"] == "2020"


# --- conflicts and agreement ---------------------------------------------------------------------


def test_different_figures_for_the_same_thing_conflict() -> None:
    a = only("Officials said 60 ZRF cells were arrested in 2018.")
    b = only("In 2018, 116 ZRF teams have been dealt with.")
    (g,) = group([("a.txt", a), ("b.txt", b)])
    assert g.agree is False and g.what_key == "arrest|zrf unit"
    assert [doc for doc, _ in g.claims] == ["a.txt", "b.txt"]


def test_consistent_repeats_agree() -> None:
    a = only("In 1990, 30,000 prisoners were executed.")
    b = only("More than 30,000 prisoners were executed in 1990.")
    (g,) = group([("a", a), ("b", b)])
    assert g.agree is True


def test_different_periods_are_not_grouped() -> None:
    a = only("In 2015, 60 ZRF units were arrested.")
    b = only("In 2019, 116 ZRF units were arrested.")
    assert group([("a", a), ("b", b)]) == []


def test_different_groups_are_not_grouped() -> None:
    a = only("In 2018, 60 MEK members were arrested.")
    b = only("In 2018, 116 IRGC members were arrested.")
    assert group([("a", a), ("b", b)]) == []


# --- robustness -----------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("0123456789 ,.%$-:x\n“”\"abcMEKthousandmillion'")), max_size=120)
)
def test_random_text_never_raises_and_offsets_stay_inside(text: str) -> None:
    for claim in find(text, date="2020-01-15", outlet="X"):
        parts = [claim.value_text, claim.what, claim.when, claim.where]
        assert 0 <= claim.start <= claim.end <= len(text)
        for part in parts:
            if part is not None:
                assert 0 <= part.start <= part.end <= len(text)
                assert text[part.start : part.end] == part.text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_text_never_raises(text: str) -> None:
    find(text)
