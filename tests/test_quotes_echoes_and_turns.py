"""Quote speakers: words said by an unnamed official that come back in a named person's quotation,
a "he added" after the article has turned to another person, an office whose fields are listed
with commas, a dateline glued to an outlet's name and a question opened by "Is": invented text,
each case a rule of refrain.quotes."""

from __future__ import annotations

from quote_speakers import quoted_speakers

from refrain import quotes


def test_words_of_an_unnamed_official_that_come_back_in_a_named_quote_are_that_persons() -> None:
    text = (
        "The Kelmar round opened on Sunday. A senior Norlandic official said on Wednesday the Tarsk round "
        'was tough yet there was "plenty of space for a deal," adding that the next round would start soon. '
        '"We go on at noon. Gaps remain, yet there is plenty of space for a deal," '
        "posted Omid Varan, an aide to the Norlandic premier."
    )
    assert quoted_speakers(text) == ["Omid Varan", "Omid Varan"]


def test_an_unnamed_officials_own_words_stay_his_when_no_named_quote_repeats_them() -> None:
    text = (
        "The Kelmar round between Norland and Tarsk opened on Sunday. It had stalled for a month. "
        'A senior Norlandic official said there was "plenty of space for a deal" in the round. '
        '"We go on at noon and will see," posted Omid Varan, an aide to the Norlandic premier.'
    )
    found = quotes.find(text)
    assert found[0].speaker == "senior Norlandic official"
    assert found[0].speaker_kind == "unnamed"


def test_he_added_after_the_article_turns_to_another_named_person_is_that_person() -> None:
    text = (
        "Kolb Tessin, the secretary of the Tarsk security council, met Sheikh Omar Varan on Monday. "
        "“We want closer ties,” Tessin said.\n"
        "Sheikh Varan, in reply, praised the plan to widen trade. He called the room for joint work "
        "between the two sides wide. He added, “We must first clear the hurdles on the road.”"
    )
    assert quoted_speakers(text) == ["Kolb Tessin", "Omar Varan"]


def test_he_added_right_after_the_quote_stays_with_the_one_quoted() -> None:
    text = (
        "Kolb Tessin met Omar Varan on Monday. “We want closer ties,” Tessin said. "
        "He added, “We must first clear the hurdles on the road.”"
    )
    assert quoted_speakers(text) == ["Kolb Tessin", "Kolb Tessin"]


def test_an_office_whose_fields_are_listed_with_commas_is_the_name_after_it() -> None:
    text = (
        "Omid Varan hosted Ghana's Minister of Culture, Sports and Youth Kolb Tessin in Kelmar on Sunday. "
        "Ghana's Deputy Foreign Minister Ansel Brud sat in on the talks too. "
        "The Ghanaian minister then called his country a “door to the region for trade with Norland.”"
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
        "Omid Varan met Tarsk's Health Minister Kolb Tessin on Monday. Tarsk's Deputy Foreign Minister "
        "Ansel Brud joined them. The minister said the two sides had signed "
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
        "In Tarsk, UN envoy Kolb Tessin doubted the militia's will to settle, telling the council the "
        "conflict had moved into a bloodier stage “recalling the darkest years of the old war.”"
    )
    assert quoted_speakers(text) == ["Kolb Tessin"]
    warning = text.replace("telling the council the conflict", "warning the conflict")
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
        "“These fears are baseless,” President Kolb Tessin said. The president added that had this idea "
        "not been in their heads, the critics would by now have become assured that the people value "
        "“faith and moral questions” in all their work."
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
        "meeting, the Azeri official said, “Your visit marks a turning point for both our peoples.”"
    )
    assert quoted_speakers(text) == ["Kolb Tessin"]


def test_as_a_named_person_announced_opening_a_sentence_makes_it_theirs() -> None:
    text = (
        "Ore sales grew this spring. As Deputy Industry Minister Kolb Tessin has said, ore sales abroad "
        "reached $4 billion in the last year. He said steel sales hit 5 million tons. "
        "“That year, Norland sold 300,000 tons of pig iron abroad,” the official added."
    )
    assert quoted_speakers(text) == ["Kolb Tessin"]


def test_an_opening_according_to_is_the_quotes_source_not_the_sentence_after() -> None:
    text = (
        "KELMAR- Norland on Sunday put out a travel notice. According to a statement from the Norland "
        'Foreign Ministry, "Given the present unrest, nationals should avoid all but essential trips to '
        'Tarsk." It also told nationals living there to stay alert.'
    )
    assert quoted_speakers(text) == ["Norland Foreign Ministry"]


def test_a_body_set_off_after_a_post_is_the_posts_not_the_speaker() -> None:
    text = (
        "Cases rose this year. Leila Varan, chair of the governing board, Association of Tarsk "
        "Lawyers' Welfare, said, “Some 110 cases have been logged at the center since spring.”"
    )
    assert quoted_speakers(text) == ["Leila Varan"]


def test_the_newspaper_is_the_one_named_with_that_noun_before() -> None:
    text = (
        "Very few details are known. The London-based Kelmaryoum newspaper said the room would be small. "
        "Citing Tarsk sources close to the plan, the newspaper said, “The army wants one joint room for "
        "all its partners in the region.”"
    )
    assert quoted_speakers(text) == ["Kelmaryoum"]


def test_an_adverb_between_subject_and_verb_is_no_part_of_the_speaker() -> None:
    text = (
        "Kolb Tessin met the premier on Monday. The Norland vice president meanwhile stressed, "
        "“tourism should be a ground for closer ties between the two nations.”"
    )
    assert quoted_speakers(text) == ["Norland vice president"]


def test_a_capitalised_quoted_ends_a_name_and_elsewhere_is_no_subject() -> None:
    text = (
        "Norland would not last this way, the Independent Quoted Kolb Tessin as saying. “If we lose "
        "the deal, we will face one more crisis,” he noted. Elsewhere he said, “Our pledge will last "
        "for good.”"
    )
    assert quoted_speakers(text) == ["Kolb Tessin", "Kolb Tessin"]


def test_a_body_the_copula_names_speaks_through_a_relative_clause() -> None:
    text = (
        "The group backs the bill. The Norland Peace Caucus is a group that says it is “devoted to "
        "giving the parliament back its say over war and peace.”"
    )
    assert quoted_speakers(text) == ["Norland Peace Caucus"]


def test_a_stance_taken_in_words_makes_the_next_he_added_theirs() -> None:
    text = (
        '"The plan is a success," envoy Omid Varan wrote to the council. On Sunday, Leader Kolb Tessin '
        'dismissed the plan as stale. "When have you not wanted to change our system?" he said, adding, '
        '"You have failed every time and always will."'
    )
    assert quoted_speakers(text) == ["Omid Varan", "Kolb Tessin", "Kolb Tessin"]


def test_a_bare_noun_doing_something_inside_anothers_words_is_no_speaker() -> None:
    text = (
        "KELMAR – Norland President Kolb Tessin said on Sunday that piracy is threatening all the coasts "
        "like a “spreading illness”, calling for a firm fight against it."
    )
    assert quoted_speakers(text) == ["Kolb Tessin"]
