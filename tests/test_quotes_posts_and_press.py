"""Quote speakers behind a post's body ("the chief of the X Council"), a post "to" a body, a
described outlet ("the U.S. magazine"), a lone surname that speaks, and cue clauses that add the
next quote: invented text, each case a rule of refrain.quotes."""

from __future__ import annotations

from quote_speakers import quoted_speakers

from refrain import quotes


def test_a_clause_adding_the_next_quote_also_attributes_the_one_before() -> None:
    text = (
        "TEHRAN – Omid Varan, head of the Norland media office, was in Tarsk this week.  "
        "“The mania for bans has become viral!” Varan said in a note on his channel, adding, "
        "“The papers are next.”"
    )
    assert quoted_speakers(text) == ["Omid Varan", "Omid Varan"]


def test_a_full_stop_inside_the_marks_and_adding_with_a_colon() -> None:
    text = (
        "Omid Varan met the envoy. “The talks were useful.” Varan said on Monday in a short note, "
        "adding: “We will meet again.”"
    )
    assert quoted_speakers(text) == ["Omid Varan", "Omid Varan"]


def test_a_pronoun_reporting_a_clause_of_its_own_does_not_take_the_quote_before() -> None:
    text = (
        "The interview was held in May. In the interview, Lena Ortiz said that she believes the long war "
        "in Kestria was “futile.” She also said that the movement was merely “defending their country.”"
    )
    found = quotes.find(text)
    assert [q.kind for q in found] == ["partial", "partial"]
    assert [q.speaker for q in found] == ["Lena Ortiz", "Lena Ortiz"]


def test_a_lone_surname_opening_a_sentence_with_said_is_the_next_he() -> None:
    text = (
        "The president of Tarsk invited Norland firms to invest, he said. Varan said that Norland regards "
        "Tarsk’s progress as its own.  “Mr. Kolb is popular in Norland,” he added."
    )
    assert quoted_speakers(text) == ["Varan"]


def test_the_head_of_a_body_is_its_chief_named_before_but_not_its_deputy_chief() -> None:
    said = (
        "Varan said, “We thank the government.” He highlighted that all was well. Elsewhere, Varan "
        "spoke of the past. He also met the envoy of Tarsk. The head of the Fuel Cycle "
        "Agency added, “First, the talks advanced.”"
    )
    chief = "TEHRAN– Omid Varan, chief of the Fuel Cycle Agency of Norland, met the president. "
    deputy = "TEHRAN– Omid Varan, deputy chief of the Fuel Cycle Agency of Norland, met the president. "
    assert quoted_speakers(chief + said) == ["Omid Varan", "Omid Varan"]
    assert quoted_speakers(deputy + said)[1] == "head of the Fuel Cycle Agency"


def test_an_envoy_to_a_body_is_the_subject_not_the_body() -> None:
    text = (
        "The former Norland envoy to the United Nations Omid Varan spoke on Monday.  The former Norland "
        "envoy to the United Nations described the plan as “signs of the determination of Norland.”"
    )
    assert quoted_speakers(text) == ["Omid Varan"]


def test_the_chief_of_a_council_on_a_field_is_its_president_named_before() -> None:
    later = (
        " spoke on Monday. Varan said the region needs talks. He met the envoy of Tarsk. Later in "
        "his talk, the chief of the Policy Council on Trade Relations described ties as central.  "
        "“Norland and Tarsk can complement each other,” he said."
    )
    president = "TEHRAN – Omid Varan, President of Norland’s Policy Council on Trade Relations,"
    deputy = "TEHRAN – Omid Varan, deputy head of the Policy Council on Trade Relations,"
    assert quoted_speakers(president + later) == ["Omid Varan"]
    # a deputy's post is no "chief": the post as written, not the council's name
    assert quoted_speakers(deputy + later) == ["chief of the Policy Council on Trade Relations"]


def test_a_described_magazine_is_the_outlet_quoted_before_not_a_state_body() -> None:
    magazine = (
        "Pressure is no strategy.  Vantage Review argues, “By reviving the accord, Tarsk will not squander "
        "its leverage.” In response, Norland sought leverage. The U.S. conservative magazine reports, "
        "“Norland officials hinted in spring at a larger fuel plan.” It explains the "
        "strategy. “To limit the sanctions, Norland has focused on exports,” it wrote."
    )
    assert quoted_speakers(magazine) == ["Vantage Review"] * 3
    council = (
        "The Tarsk Council said, “We are ready.” Then the U.S. magazine reports, “Norland officials "
        "hinted in spring at a larger fuel plan.”"
    )
    assert quoted_speakers(council) == ["Tarsk Council", "U.S. magazine"]


def test_a_described_newspaper_is_the_one_named_after_its_noun_not_an_administration() -> None:
    named = "The talks stalled, the Lebanese newspaper Al-Vantage wrote on Sunday.  "
    rest = (
        "As for guarantees, the Kolb administration keeps saying it will not bind whoever comes next. "
        "Citing a source, the Lebanese newspaper said the topics are “the number of sanctions”."
    )
    assert quoted_speakers(named + rest) == ["Al-Vantage"]
    assert quoted_speakers("The talks stalled.  " + rest) == ["Lebanese newspaper"]


def test_a_described_magazine_is_the_one_named_before_its_noun() -> None:
    text = (
        "Vantage Review magazine ran a long piece on the deal this week. Kolb is right, it says. Tarsk "
        "has leverage. Norland drilled ships. The U.S. conservative magazine reports, “Norland hinted "
        "in spring at a larger fuel plan.”"
    )
    assert quoted_speakers(text) == ["Vantage Review"]


def test_a_country_owning_the_title_before_a_name_outweighs_a_country_near_a_later_mention() -> None:
    text = (
        "TEHRAN – Pakistan’s Foreign Minister Hugo Kolb saw Iranian officials on Thursday. In the capital, "
        "the visiting Pakistani envoy talked with his Iranian opposite number Omid Varan. Varan has, on "
        "his first day as Iran’s foreign minister, sat with Kolb for an hour. After his hour with Kolb, "
        "Varan stressed that trade came first. “Pleased to host my brother Kolb on my first day,” the "
        "Iranian foreign minister posted online."
    )
    assert quoted_speakers(text) == ["Omid Varan"]


def test_a_post_possessive_inside_a_body_name_keeps_the_name_whole() -> None:
    text = (
        "KOLBO – The court has banned the app, a wire service wrote late Monday, citing the Kolbo "
        "Prosecutor’s Office.  “The court has banned its use,” the prosecutor’s office said."
    )
    assert quoted_speakers(text) == ["Kolbo Prosecutor Office"]
    assert quoted_speakers("Iran’s Foreign Ministry said, “We are ready.”") == ["Iran Foreign Ministry"]


def test_a_time_adverb_after_a_name_ends_the_name() -> None:
    text = "“We will respect the pact,” said President Omid Varan back in October, in reply to Tarsk."
    assert quoted_speakers(text) == ["Omid Varan"]


def test_diplomacy_as_an_office_field_stays_in_the_title_not_the_name() -> None:
    text = (
        "Norland Deputy Foreign Minister for Economic Diplomacy Omid Varan says Norland is studying the "
        "request. The deputy foreign minister said, “The tankers reached Tarsk.”"
    )
    assert quoted_speakers(text) == ["Omid Varan"]
