"""Quote speakers: words said by an unnamed official that come back in a named person's quotation,
a "he added" after the article has turned to another person, an office whose fields are listed
with commas, a dateline glued to an outlet's name and a question opened by "Is": invented text,
each case a rule of refrain.quotes."""

from __future__ import annotations

from quote_speakers import quoted_speakers

from refrain import quotes


def test_words_of_an_unnamed_official_that_come_back_in_a_named_quote_are_that_persons() -> None:
    text = (
        "Talks resumed on Tuesday. A senior Norlandic official said on Tuesday that talks with Tarsk "
        'were hard but said there was "certainly room for compromise," adding that talks would go on. '
        '"We will go on tomorrow. There are deep differences but there is certainly room for compromise," '
        "tweeted Omid Varan, an adviser to the Norlandic president."
    )
    assert quoted_speakers(text) == ["Omid Varan", "Omid Varan"]


def test_an_unnamed_officials_own_words_stay_his_when_no_named_quote_repeats_them() -> None:
    text = (
        "Talks between Norland and Tarsk resumed on Tuesday. They had stalled for a week. "
        'A senior Norlandic official said there was "certainly room for compromise" in the talks. '
        '"We will go on tomorrow and see," tweeted Omid Varan, an adviser to the Norlandic president.'
    )
    found = quotes.find(text)
    assert found[0].speaker == "senior Norlandic official"
    assert found[0].speaker_kind == "unnamed"


def test_he_added_after_the_article_turns_to_another_named_person_is_that_person() -> None:
    text = (
        "Kolb Tessin, the secretary of the Tarsk security council, met Sheikh Omar Varan on Monday. "
        "“We want closer ties,” Tessin said.\n"
        "Sheikh Varan, for his part, welcomed the proposal to expand trade. He described the potential "
        "of the two countries as very broad. He added, “It is necessary to remove the obstacles ahead.”"
    )
    assert quoted_speakers(text) == ["Kolb Tessin", "Omar Varan"]


def test_he_added_right_after_the_quote_stays_with_the_one_quoted() -> None:
    text = (
        "Kolb Tessin met Omar Varan on Monday. “We want closer ties,” Tessin said. "
        "He added, “It is necessary to remove the obstacles ahead.”"
    )
    assert quoted_speakers(text) == ["Kolb Tessin", "Kolb Tessin"]


def test_an_office_whose_fields_are_listed_with_commas_is_the_name_after_it() -> None:
    text = (
        "Omid Varan met Ghana's Minister of Culture, Arts and Tourism Kolb Tessin in Tehran. "
        "The meeting was also attended by Ghana's Deputy Foreign Minister Ansel Brud. "
        "The Ghanaian minister then described Ghana as a “gateway to the region for trade with Iran.”"
    )
    assert quoted_speakers(text) == ["Kolb Tessin"]
    assert "Minister of Culture" in (quotes.find(text)[0].role or "")


def test_a_comma_after_an_office_before_a_name_lists_no_field() -> None:
    text = "The Minister of Culture, Kolb Tessin, met Ansel Brud. “We will open the museums,” Tessin said."
    assert quoted_speakers(text) == ["Kolb Tessin"]


def test_a_dateline_glued_to_an_outlets_name_is_not_the_outlets() -> None:
    text = (
        "TEHRAN- The Norland Times reported on Monday that trade grew. The daily added that "
        "“the new route changed the balance of the region.”"
    )
    assert quoted_speakers(text) == ["Norland Times"]


def test_an_auxiliary_opening_a_question_is_no_part_of_a_name() -> None:
    text = (
        "Q: Does Kolb Tessin want talks with Norland?\n"
        'A: Tessin said, "We want peace with all our neighbours."'
    )
    assert quoted_speakers(text) == ["Kolb Tessin"]


def test_a_deputy_with_a_field_word_before_the_office_is_not_the_minister() -> None:
    text = (
        "Omid Varan met Tarsk's Health Minister Kolb Tessin on Monday. The meeting was also attended by "
        "Tarsk's Deputy Foreign Minister Ansel Brud. The minister said the two sides had signed "
        "“a plan to build three new hospitals.”"
    )
    assert quoted_speakers(text) == ["Kolb Tessin"]


def test_a_reflexive_after_a_name_is_no_part_of_it() -> None:
    text = (
        "Q: What is the party of Kolb Tessin Himself?\n"
        'A: Tessin is no classic conservative. As Tessin has said, "put Norland first."'
    )
    assert quoted_speakers(text) == ["Kolb Tessin"]


def test_a_full_name_after_of_keeps_its_given_name() -> None:
    text = 'The views of Kolb Amir Tessin were clear. "We will win," Tessin said.'
    assert quoted_speakers(text) == ["Kolb Amir Tessin"]


def test_a_name_after_an_office_cut_at_of_loses_the_field_word() -> None:
    text = 'The head of the Tarsk Chamber of Commerce Kolb Tessin spoke. "Trade will grow," Tessin said.'
    assert quoted_speakers(text) == ["Kolb Tessin"]


def test_a_post_in_lower_case_after_a_body_is_the_names_post() -> None:
    text = (
        "Omid Varan met Norland Atomic Agency chief Kolb Tessin on Monday. "
        '"The case is still open," the agency chief said.'
    )
    assert quoted_speakers(text) == ["Kolb Tessin"]


def test_a_lower_case_post_says_more_than_a_title() -> None:
    text = (
        "Omid Varan's remarks drew a rebuke from Judiciary chief Ayatollah Kolb Tessin on Monday. "
        '"The case is still open," the Judiciary chief said.'
    )
    assert quoted_speakers(text) == ["Kolb Tessin"]


def test_a_wide_word_in_lower_case_is_no_office() -> None:
    text = (
        "Iran's top diplomat Kolb Tessin spoke on Monday. The Iranian foreign minister warned "
        'Norland, saying an attack would amount to "a grave mistake for everyone." '
        '"An attack would be a grave mistake for everyone," Tessin told a television network.'
    )
    assert quoted_speakers(text)[0] == "Kolb Tessin"


def test_a_speech_participle_after_a_comma_opens_the_subjects_words() -> None:
    text = (
        "In Tarsk, UN envoy Kolb Tessin questioned the militia's commitment to a settlement, telling the "
        "council the war had entered a deadlier phase “reminiscent of the worst years of the last war.”"
    )
    assert quoted_speakers(text) == ["Kolb Tessin"]
    warning = text.replace("telling the council the war", "warning the war")
    assert quoted_speakers(warning) == ["Kolb Tessin"]


def test_a_pull_quote_said_again_far_below_in_a_named_answer_is_that_persons() -> None:
    filler = (
        "Q: How do the families remember them?\nA: They meet each spring in the capital. The ministry "
        "pays for the trip and the hall, and a choir sings the old songs of the south. Many of the "
        "families have become friends over the years.\n"
    ) * 3
    text = (
        "In an interview, Kolb Tessin, Tarsk's ambassador to Norland, said Tarsk has paid each family.  "
        "“Undoubtedly, one of the factors that led to this bitter event was the attack on the general”  "
        "The following is the text of the interview.\n" + filler + "Q: What caused the crash?\n"
        "A: “Undoubtedly, one of the factors that led to this bitter event was the attack on the general. "
        "The pilots were under great stress that night,” Tessin said."
    )
    found = [q for q in quotes.find(text) if q.kind != "scare"]
    assert [q.speaker for q in found] == ["Kolb Tessin", "Kolb Tessin"]
    assert found[0].kind == "direct"


def test_a_post_for_a_field_in_lower_case_speaks_not_the_field() -> None:
    text = (
        "Ties were tense. The Norland commissioner for internal markets told reporters that "
        '"something is broken between our two governments."'
    )
    assert quoted_speakers(text) == ["Norland commissioner for internal markets"]


def test_a_participle_after_a_linking_verb_is_no_speech() -> None:
    text = (
        "“These worries are baseless,” President Kolb Tessin said. The president added that if this idea "
        "had not been in their minds they would have become assured that the nation cares about "
        "“religious and ethical issues” in all its work."
    )
    assert quoted_speakers(text) == ["Kolb Tessin", "Kolb Tessin"]


def test_a_name_without_its_middle_word_is_the_person_named_in_full() -> None:
    text = (
        "Foreign Minister Kolb Amir Tessin traveled to Tarsk on Monday. After the trip, Kolb Tessin said "
        "a “new chapter” had opened in the ties between the two countries."
    )
    found = [q for q in quotes.find(text) if q.kind != "scare"]
    assert [q.speaker for q in found] == ["Kolb Amir Tessin"]
    assert found[0].role == "Foreign Minister"


def test_azeri_is_azerbaijans_nationality() -> None:
    text = (
        "On Thursday, President Omid Varan received Azerbaijani Deputy Prime Minister Kolb Tessin. In the "
        "meeting, the Azeri official said, “Your visit is historic and has opened new pages in our ties.”"
    )
    assert quoted_speakers(text) == ["Kolb Tessin"]


def test_as_a_named_person_announced_opening_a_sentence_makes_it_theirs() -> None:
    text = (
        "Exports rose in the first quarter. As Deputy Industry Minister Kolb Tessin has announced, exports "
        "from the mining sector stood at $9 billion last year. He said exports of steel reached 9 million "
        "tons. “In that year, Norland exported 740,000 tons of sponge iron,” the official added."
    )
    assert quoted_speakers(text) == ["Kolb Tessin"]


def test_an_opening_according_to_is_the_quotes_source_not_the_sentence_after() -> None:
    text = (
        "TEHRAN- Norland on Tuesday issued a travel warning. According to a statement from the Norland "
        'Foreign Ministry, "Due to the unstable situation, citizens are advised not to visit the country '
        'unless necessary." It also warned citizens who are abroad.'
    )
    assert quoted_speakers(text) == ["Norland Foreign Ministry"]
