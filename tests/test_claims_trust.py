"""refrain.claims on English news: the rules that make its figures trustworthy (issue 13).

Ranges and multipliers kept, lengths of time counted, dates / labels / list numbers left out,
the claimant taken from the sentence's attribution. Every sentence here is invented.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from refrain.claims import Claim, find


@dataclass
class FakeQuote:  # what claims.find reads of a quotation (refrain.quotes gives real ones)
    start: int
    end: int
    speaker: str | None


def only(text: str, **kwargs) -> Claim:
    claims = find(text, **kwargs)
    assert len(claims) == 1, [c.value_text.text for c in claims]
    return claims[0]


# --- ranges and multipliers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "value_high", "unit"),
    [
        ("The mill may grind 4 to 6 million metric tons of grain.", 4e6, 6e6, "t"),
        ("Between 10 and 20 fishermen were rescued.", 10, 20, None),
        ("Two or three ferries sank off the cape.", 2, 3, None),
        ("One or two villages voted against it.", 1, 2, None),
        ("The fleet could add two or three dozens gliders.", 24, 36, None),
        ("Tickets cost €40 to €60 at the gate.", 40, 60, "EUR"),
        ("The dam holds 2 to 3 billion cubic meters of water.", 2e9, 3e9, "m3"),
    ],
)
def test_a_range_keeps_both_ends_and_its_multiplier(
    sentence: str, value: float, value_high: float, unit: str | None
) -> None:
    claim = only(sentence)
    assert (claim.value, claim.value_high, claim.unit) == (value, value_high, unit)


def test_a_multiplier_stays_with_its_own_figure() -> None:
    assert [(c.value, c.value_high) for c in find("The port cost $1.5 billion to build.")] == [(1.5e9, None)]
    # not a range: the low end is already larger than the multiplier allows
    claim = only("Between 500 and 2 million herons nest there.")
    assert (claim.value, claim.value_high) == (500, 2e6)


def test_far_apart_alternatives_are_two_figures() -> None:
    assert [c.value for c in find("The valley has 10 or 100 wells, nobody knows.")] == [10, 100]


# --- lengths of time are figures; points in time are not ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The strike lasted three days.", 3, "day"),
        ("Farmers waited 27 hours at the border.", 27, "hour"),
        ("A 5-day workshop opened in the valley.", 5, "day"),
        ("The drought has lasted for 38-years now.", 38, "year"),
        ("The village fasted for one day.", 1, "day"),
        ("The dispute went on for four decades.", 4, "decade"),
    ],
)
def test_a_length_of_time_is_a_figure(sentence: str, value: float, unit: str) -> None:
    claim = only(sentence)
    assert (claim.value, claim.unit) == (value, unit)


def test_a_range_of_time_keeps_its_unit() -> None:
    claim = only("The envoys hoped to end it within two or three weeks.")
    assert (claim.value, claim.value_high, claim.unit) == (2, 3, "week")


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge closed two years ago.",  # a point in time
        "The minister came two days after the flood.",  # a point in time
        "One day earlier, the ferry sank.",  # a point in time
        "One day all the rivers will run dry.",  # the idiom
        "The harvest fair runs from May 3 to 7 in Varnia.",  # a span of dates
        "The fair runs 8-12 March each spring.",
        "The season (April 2-October 9) was long.",  # both ends dates
        "The boats left on July 10 and 11 last summer.",
        "The festival begins on Esfand 9 in the old calendar.",  # Solar Hijri month
        "Pilgrims gather on Muharram 3 every year.",  # Hijri month
        "The tower was built in the year 75 AH.",  # era year
        "Clinics now treat Type 2 patients for free.",  # a label
        "The team said the Lark 1 drone is ready.",  # a model name
        "Pilots praised the Russian MiG 29 at the show.",
        "Delegates of the Group 24 met in Varnia.",
        "The court cited Resolution 598 again.",
        "The Tarsk 300 rocket flew for the first time.",
    ],
)
def test_dates_labels_and_model_numbers_are_not_figures(sentence: str) -> None:
    assert find(sentence) == []


def test_list_and_footnote_numbers_are_not_figures() -> None:
    text = "The plan has these parts:\n(1) Roads.\n(2) Schools for 300 pupils.\n3) Clinics."
    assert [c.value for c in find(text)] == [300]


def test_sentence_openers_and_possessives_before_a_number_are_no_label() -> None:
    assert only("Some 30 boats sank.").value == 30
    assert only("The delta holds Varnia's 80 million herons.").value == 80e6


def test_a_percent_written_with_a_hyphen() -> None:
    claim = only("Prices saw a 17-percent rise.")
    assert (claim.value, claim.unit) == (17, "%")


# --- the claimant is who the sentence says states the figure ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Varnian police also announced that 17 boats were seized.", "Varnian police"),
        ("According to Petra Lindqvist, 40 wells have dried up.", "Petra Lindqvist"),
        ("According to the river authority, 40 wells have dried up.", "river authority"),
        (
            "Marlow Shipping Limited (MSL) announced that it will invest $300m in the port.",
            "Marlow Shipping Limited",
        ),
        ("The UN has described the drought as “grave,” emphasizing that 6 million herders lack water.", "UN"),
        ("Mayor Ines Tallo called on the council to cut fares by 2 percent.", "Ines Tallo"),
        ("The ministry's report shows 30 dams are empty.", "ministry's report"),
        ("Based on the plan, each farmer may draw 40 liters a day.", "plan"),
    ],
)
def test_the_claimant_comes_from_the_sentence_attribution(sentence: str, claimant: str) -> None:
    assert only(sentence, outlet="Daily Bugle").claimant == claimant


def test_a_pronoun_after_the_figure_points_to_the_last_speaker() -> None:
    text = "Harbour chief Omar Vell spoke on Monday. Fares fell from 30 to 9 coins, he announced."
    assert find(text, outlet="Daily Bugle")[-1].claimant == "Omar Vell"


def test_a_definite_role_phrase_is_resolved_to_the_person_named_in_that_role() -> None:
    text = (
        "The Foreign Minister of Varnia, Ilse Marten, met her Tarskan counterpart. "
        "The two delegations have held four rounds of trade talks, the Varnian foreign minister said."
    )
    assert find(text, outlet="Daily Bugle")[-1].claimant == "Ilse Marten"
    text = (
        "Envoy to Tarsk Pavel Ohr spoke to reporters. “We lost 90 days,” Ohr said. "
        "The envoy later said trade grew 12 percent."
    )
    assert find(text, outlet="Daily Bugle")[-1].claimant == "Pavel Ohr"


def test_an_indefinite_role_phrase_names_somebody_new() -> None:
    text = "Envoy Pavel Ohr left. An official said 40 trucks crossed."
    assert only(text, outlet="Daily Bugle").claimant == "official"


def test_a_name_after_a_preposition_is_not_the_speaker() -> None:
    text = "A delegate to the Council of Elders has confirmed that two boats sank."
    assert only(text, outlet="Daily Bugle").claimant == "Daily Bugle"


def test_is_based_on_is_not_an_attribution() -> None:
    assert only("The fare is based on the official rate of 42 coins.", outlet="Bugle").claimant == "Bugle"


def test_a_sentence_naming_no_source_keeps_the_outlet() -> None:
    assert (
        only("The river flooded 20 farms under the old pact.", outlet="Daily Bugle").claimant == "Daily Bugle"
    )


def test_a_speaker_closing_the_sentence_outranks_the_document_he_cites() -> None:
    text = "Harbour chief Omar Vell spoke. According to the deal, fares fall to 9 coins, he announced."
    assert only(text, outlet="Daily Bugle").claimant == "Omar Vell"


def test_according_to_an_indefinite_source() -> None:
    text = "Ports will reopen within 12 weeks, according to a statement issued by both sides."
    assert only(text, outlet="Daily Bugle").claimant == "statement"


def test_an_acronym_glued_before_a_name_is_dropped() -> None:
    text = "Trade fell, minister for ICT Tomas Erik Vell said. Fees drop to 9 coins, he added."
    assert find(text, outlet="Daily Bugle")[-1].claimant == "Tomas Erik Vell"


def test_a_speaker_inside_the_cited_source_keeps_the_figure() -> None:
    text = "According to Radio Tarsk, Varnia said two farmers had been hurt, the agency Varpress reported."
    assert only(text, outlet="Daily Bugle").claimant == "Varnia"


def test_a_reference_to_parties_named_before_is_not_a_count_but_a_numbered_thing_is() -> None:
    assert find("The two countries met. The three allies agreed.") == []
    assert [c.value for c in find("These seven songs are old. The nine years of drought ended.")] == [7, 9]
    assert only("At a two-day meeting, they agreed.").unit == "day"


def test_a_measure_glued_to_its_number() -> None:
    claim = only("The line runs 518km across the plain.")
    assert (claim.value, claim.unit) == (518, "km")


@pytest.mark.parametrize(
    "sentence",
    [
        "They backed a two-state solution at the talks.",  # a kind of thing, not a count
        "It was a three-party pact.",
        "Ada Varn, the forty-second mayor, spoke.",  # an ordinal in words
        "The Sixth Five-Year Plan ends soon.",  # a name
        "Children under 5 years of age need care.",  # an age
    ],
)
def test_compound_labels_ordinals_and_ages_in_words_are_not_figures(sentence: str) -> None:
    assert find(sentence) == []


def test_members_not_counted_before_are_a_count() -> None:
    # the annotators of the fresh Tehran Times sets count "the five permanent members"; "the three
    # countries" (named by the article) stays a reference
    assert [c.value for c in find("The five permanent members of the council met.")] == [5]
    assert find("Varnia, Tarsk and Dorsk met. The three countries agreed.") == []
    # counted once, then referred back to
    assert [
        c.value_text.start for c in find("Five permanent members met. The five permanent members agreed.")
    ] == [0]


def test_a_participle_clause_is_stated_by_the_speaker_of_the_clause_before() -> None:
    text = (
        "Mayor Ines Tallo said the fair opened. Boats met Tarsk Ferries, she said, adding that 12 were new."
    )
    assert find(text, outlet="Daily Bugle")[-1].claimant == "Ines Tallo"
    # a name that is only an object before the participle is not the speaker
    text = "Talks went on with Varko and Lumair, adding that the 17 jets were late."
    assert only(text, outlet="Daily Bugle").claimant == "Daily Bugle"


def test_he_is_a_person_not_the_country_last_quoted() -> None:
    text = "Rena Oduya, the port chief, said so. Iran said talks failed. He announced that 40 cranes arrived."
    assert find(text, outlet="Daily Bugle")[-1].claimant == "Rena Oduya"


def test_a_title_and_an_acronym_before_a_name_are_dropped() -> None:
    text = "VCE Managing Director Hamid Solvar said that the fair has nine stands."
    assert only(text, outlet="Daily Bugle").claimant == "Hamid Solvar"
    text = "Head of VPO Abdol Pouran announced that 70 mills will be sold."
    assert only(text, outlet="Daily Bugle").claimant == "Abdol Pouran"


def test_a_role_is_never_resolved_to_a_month() -> None:
    text = (
        "In late August, the oil minister said output was up. “We pump 3 million barrels,” the minister said."
    )
    quote = FakeQuote(text.index("“"), text.index("”") + 1, "minister")
    assert only(text, outlet="Daily Bugle", quotes=[quote]).claimant == "minister"


def test_a_document_states_by_a_participle() -> None:
    text = "Officials answered a Tarskan tweet claiming 6 trophies for the team."
    assert only(text, outlet="Daily Bugle").claimant == "Tarskan tweet"


def test_the_report_states_that() -> None:
    text = "Meanwhile the report states that injuries amounted to 264 among miners."
    assert only(text, outlet="Daily Bugle").claimant == "report"


def test_a_long_appositive_between_the_speaker_and_the_verb() -> None:
    text = (
        "Ilse Marten, the head of the press and visitor services office of the Varnian museums board "
        "and its archive, said on Sunday that 310 new paintings were listed."
    )
    assert only(text, outlet="Daily Bugle").claimant == "Ilse Marten"


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Based on the research, it was wettest in 6 springs.", "research"),
        ("The resolution, which was long, said damage was found at four farms.", "resolution"),
        ("Varpress cited two ministry sources as saying the port was closed.", "Varpress"),
        ("The ministry denied the Varnia Post's claim that 95 people had fallen ill.", "Varnia Post"),
        ("Petra Lind went on to say that some 25 drivers will join.", "Petra Lind"),
    ],
)
def test_documents_agencies_and_claims_named_as_the_source(sentence: str, claimant: str) -> None:
    assert only(sentence, outlet="Daily Bugle").claimant == claimant


def test_a_change_and_the_level_it_reaches_are_two_figures() -> None:
    claims = find("The dairy raised output by 3.1 percent to 8.4 million barrels of milk a day.")
    assert [(c.value, c.value_high, c.unit) for c in claims] == [(3.1, None, "%"), (8.4e6, None, "bbl")]


def test_according_to_reaches_past_a_decimal_point() -> None:
    text = "According to the water ministry, the province got 381.2 millimeters of rain, up 27.6 percent."
    assert [c.claimant for c in find(text, outlet="Daily Bugle")] == ["water ministry", "water ministry"]


def test_based_on_an_announcement() -> None:
    text = "Based on an announcement by the exchange, traders may sell within one month of joining."
    assert only(text, outlet="Daily Bugle").claimant == "announcement"


@pytest.mark.parametrize(
    ("sentence", "value", "value_high", "unit"),
    [
        ("The herd is likely 30-60 animals.", 30, 60, None),
        ("Yields rose by 10-12 percent per season.", 10, 12, "%"),
        ("Some 3-5 million pilgrims came.", 3e6, 5e6, "people"),
        ("Tickets cost $5-10 a day.", 5, 10, "USD"),
    ],
)
def test_a_range_written_with_a_dash(
    sentence: str, value: float, value_high: float, unit: str | None
) -> None:
    claim = only(sentence)
    assert (claim.value, claim.value_high, claim.unit) == (value, value_high, unit)


@pytest.mark.parametrize("sentence", ["Varnia beat Tarsk 1-0 on Thursday.", "In 2015-2016 the mill closed."])
def test_a_score_or_a_span_of_years_is_no_dash_range(sentence: str) -> None:
    assert find(sentence) == []


def test_a_role_in_apposition_to_a_name_is_that_person() -> None:
    text = (
        "Mayor Tomas Erik said on Monday that roads opened. Ilse Marten, the port authority chief, "
        "issued a statement late on Friday, saying that 16 berths are ready."
    )
    assert find(text, outlet="Daily Bugle")[-1].claimant == "Ilse Marten"


def test_a_role_is_not_resolved_to_a_place_name() -> None:
    text = "Carts queued near the Orvel Ridge Road. “More than 45 carts were held,” the official said."
    quote = FakeQuote(text.index("“"), text.index("”") + 1, "official")
    assert only(text, outlet="Daily Bugle", quotes=[quote]).claimant == "official"


def test_a_quadrillion() -> None:
    assert only("The state earned 1.98 quadrillion rials.").value == 1.98e15


def test_a_title_and_has_before_the_verb_after_the_figure() -> None:
    text = "Floods hit 400 villages, Interior Minister Abel Fazlan has said."
    assert only(text, outlet="Daily Bugle").claimant == "Abel Fazlan"
    text = "Tax reached eight percent of output, Head of National Tax Administration Kamal Tavi announced."
    assert only(text, outlet="Daily Bugle").claimant == "Kamal Tavi"


def test_an_agency_passing_on_cited_data_is_not_the_source() -> None:
    text = "According to the latest data released by the customs office, tax income rose 76 percent, IRNA reported."
    assert only(text, outlet="Daily Bugle").claimant == "latest data"


def test_a_length_of_time_counts_its_time_unit() -> None:
    claim = only("The alliance guarded the coast for 55 years.")
    assert claim.what is not None and claim.what.text == "years" and claim.what_key is None


def test_a_conversion_in_brackets_is_the_outlet_s() -> None:
    text = "Minister Ali Tavana said a loaf costs 900 tomans (21 cents)."
    assert [c.claimant for c in find(text, outlet="Daily Bugle")] == ["Ali Tavana", "Daily Bugle"]
    text = "Minister Ali Tavana said the canal cost 70 trillion rials (about $1.7 billion)."
    assert [c.claimant for c in find(text, outlet="Daily Bugle")] == ["Ali Tavana", "Daily Bugle"]


def test_he_after_the_minister_said_is_the_minister() -> None:
    text = (
        "Transport chief Omar Vell said roads were shut. So far 12 piers fell, Interior Minister "
        "Abel Fazlan said. Rain goes on, the minister said. He went on to say that 31 dykes burst."
    )
    assert find(text, outlet="Daily Bugle")[-1].claimant == "Abel Fazlan"


def test_list_numbers_in_brackets_inside_a_line_are_not_figures() -> None:
    text = "The eleven riders honoured, as announced by Colonel Rabi Anan: (1) Major Omar Vell; (2) Captain Ida Sol."
    claims = find(text, outlet="Daily Bugle")
    assert [(c.value, c.claimant) for c in claims] == [(11, "Rabi Anan")]


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Varpress last week said seven boats approached the pier.", "Varpress"),
        (
            "Nora Vell said that the bakery plans to start a first night shift at the new plant, which will be "
            "at 20,000 loaves per day.",
            "Nora Vell",
        ),
        (
            "TEHRAN – Varnia’s court spokesman announced on Sunday that courts convicted 35 traders.",
            "Varnia’s court spokesman",
        ),
        ("Gifts rose 212 percent over the years, the fund announced in May.", "fund"),
        ("Figures released by the central bank show 12 banks failed.", "central bank"),
    ],
)
def test_more_attributions(sentence: str, claimant: str) -> None:
    assert find(sentence, outlet="Daily Bugle")[0].claimant == claimant


def test_a_quantifier_is_no_name() -> None:
    assert only("Some reports indicate that the herd fell to 4,000.", outlet="Bugle").claimant == "reports"


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        (
            "Captain Ana Tarr said in May that the U.S. trawlers were asked to stay 9 miles offshore.",
            "Ana Tarr",
        ),
        (
            "Envoy Omar Vell said on the radio show of his home town on Sunday that the strike ended after 40 days.",
            "Omar Vell",
        ),
        (
            "A total of 64 bakers will compete at the fair, said the contest’s secretary Lina Morrow.",
            "Lina Morrow",
        ),
        ("Oduya referred to the rise in ferry fares from 3 coins to more than 5 coins.", "Oduya"),
    ],
)
def test_attributions_read_in_a_fourth_sample(sentence: str, claimant: str) -> None:
    assert find(sentence, outlet="Daily Bugle")[0].claimant == claimant


def test_a_role_named_after_a_long_quotation() -> None:
    text = (
        "“We test here,” museum chief Ada Vorn Castel explained. “"
        + "We work hard every day. " * 30
        + "Our collection reached 8,200 pieces,” the museum head stated."
    )
    quote = FakeQuote(text.index("“We work"), text.index("” the museum") + 1, "museum head")
    assert only(text, outlet="Daily Bugle", quotes=[quote]).claimant == "Ada Vorn Castel"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("About two-thirds of voters came.", 2 / 3),
        ("Nearly one third of the wells are dry.", 1 / 3),
        ("About 1/3 of the herders left.", 1 / 3),
    ],
)
def test_a_fraction_is_its_value(sentence: str, value: float) -> None:
    claim = only(sentence)
    assert (round(claim.value, 6), claim.unit) == (round(value, 6), "fraction")


@pytest.mark.parametrize("sentence", ["The shop runs 24/7.", "They recall 9/11 often."])
def test_a_slash_code_is_no_figure(sentence: str) -> None:
    assert find(sentence) == []


def test_the_other_two_is_a_reference_but_another_fifty_is_a_count() -> None:
    assert find("The other two, Varnia and Tarsk, stayed out.") == []
    assert only("Another fifty boats sank.").value == 50


def test_one_beside_another_count_is_a_count() -> None:
    claims = find("The choir took home one gold cup and three silver plates.")
    assert [c.value for c in claims] == [1, 3]
    assert find("One of them left early, on one side and the other.") == []


def test_the_official_named_by_an_inverted_said_before() -> None:
    text = (
        "A total of 118 permits were granted, said Joss Amberly, the head of records at the harbour. "
        "Top of the list is Varnia (4,073), the official said."
    )
    assert find(text, outlet="Daily Bugle")[-1].claimant == "Joss Amberly"


def test_a_said_clause_without_that_reaches_150_characters() -> None:
    text = (
        "Ida Marsh said the grain convoy, which was held up by snow on the mountain pass for a week, "
        "carried 3.5 tons of barley and 5.3 tons of oats, Varpress said."
    )
    assert [c.claimant for c in find(text, outlet="Daily Bugle")] == ["Ida Marsh", "Ida Marsh"]


def test_having_said_that_is_no_speaker_and_a_country_is_cut_from_a_name() -> None:
    text = "Rena Holt spoke. Having said that, the bridge is expected to take one year, Rena Holt added."
    assert only(text, outlet="Daily Bugle").claimant == "Rena Holt"
    text = "The Minister of Culture of Iran Dara Kian Farsad said fairs will earn 14 trillion rials."
    assert only(text, outlet="Daily Bugle").claimant == "Dara Kian Farsad"


def test_the_attribution_nearest_after_the_figure_wins() -> None:
    text = (
        "A total of 118 permits were granted, said Joss Amberly, the head of the harbour, Azer Post reported."
    )
    assert only(text, outlet="Daily Bugle").claimant == "Joss Amberly"


def test_a_body_named_with_four_words() -> None:
    text = "Gifts to the shelters rose by 35 percent, Saint Varna Relief Foundation director has said."
    assert only(text, outlet="Daily Bugle").claimant == "Saint Varna Relief Foundation director"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("Trade of $1-billion a year was set.", 1e9), ("Of the 1.79-billion tons made, most stayed.", 1.79e9)],
)
def test_a_multiplier_after_a_hyphen(sentence: str, value: float) -> None:
    assert find(sentence)[0].value == value


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        (
            "Grants reach 2 million coins for each mill, Varpress quoted Tova Linn, the farm chief, as saying.",
            "Tova Linn",
        ),
        (
            "Over 40% of the wool is sold abroad, Oren Dalk, the head of the Varnian Sheep and Goat Breeders "
            "Development and Renovation Organization (VSGBDRO), has recently announced.",
            "Oren Dalk",
        ),
        (
            "Fishing showed a 1.5 million surplus, Fisheries and Coastal Affairs Minister Lio Brandt has announced.",
            "Lio Brandt",
        ),
        ("As reported, based on the accord which has 12 clauses, 9,000 barges will cross.", "accord"),
    ],
)
def test_attributions_read_in_a_sixth_sample(sentence: str, claimant: str) -> None:
    assert find(sentence, outlet="Daily Bugle")[0].claimant == claimant


def test_a_lead_naming_a_role_takes_the_name_given_next() -> None:
    text = (
        "TARSK — Some 800 fishermen will be given boats this year, the Harbour Office director has said. "
        "All such fishermen will get boats, Varpress quoted Ilka Morrow as saying."
    )
    assert find(text, outlet="Daily Bugle")[0].claimant == "Ilka Morrow"


def test_of_this_number_is_a_count_not_a_label() -> None:
    assert only("Of this number 312 herons have flown south.").value == 312
    assert find("Bus number 5 left late.") == []
