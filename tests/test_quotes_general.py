"""Quotation bounds and speakers on invented text: the general error classes of issue 13 (a paragraph
break lost inside a long quotation, role words glued to names, copular introductions, joint
statements, nouns taken as speakers, titles in quotation marks)."""

from __future__ import annotations

from quote_speakers import quoted_speakers

from refrain.quotes import find


def _pieces(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in q.pieces] for q in find(text) if q.kind != "scare"]


def test_lost_paragraph_break_ends_the_quotation_where_the_next_one_opens() -> None:
    text = (
        "Asked about it, Dara Ovan said: “We were once many. “Now we are few,” he said. "
        "“It pains me.” Lina Roe, a lawyer, disagreed. “Survival is all,” said Lina Roe."
    )
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert [q.speaker for q in quotes] == ["Dara Ovan", "Lina Roe"]
    assert [text[a:b] for a, b in quotes[0].pieces] == [
        "We were once many.",
        "Now we are few,",
        "It pains me.",
    ]


def test_a_quotation_nested_after_a_colon_stays_inside() -> None:
    text = "Mira Sol wrote: “He says a grocer asked: “Where is my shop?” It is unclear why.” Then she left."
    assert _pieces(text) == [["He says a grocer asked: “Where is my shop?” It is unclear why."]]


def test_a_role_set_off_by_a_comma_is_not_glued_to_the_name() -> None:
    text = "Sales rose. “Trade is strong”, KTWO Secretary-General, Zora Pelikan said."
    (q,) = [q for q in find(text) if q.kind != "scare"]
    assert q.speaker == "Zora Pelikan" and "Secretary-General" in (q.role or "")


def test_a_name_introduced_by_is_takes_the_next_he() -> None:
    text = (
        "Several officials spoke this week.\n\nThe latest official to comment on the strikes is "
        "Chief Auditor Tarek Volan. In an interview with a radio station, he said, “The losses are grave.”"
    )
    assert quoted_speakers(text) == ["Tarek Volan"]


def test_his_words_are_the_words_of_the_man_named_before() -> None:
    text = (
        "On Friday, Karim Dastani, the prayer leader in Yazd, gave a sermon. His words showed the "
        "fear of the council. “They want to remove us,” his remarks warned."
    )
    assert quoted_speakers(text) == ["Karim Dastani"]


def test_a_role_with_for_resolves_to_the_person_named_next() -> None:
    text = (
        "TEHRAN – The harvest is not hurt by “one envoy’s loose talk,” the vice president for "
        "economic affairs told reporters on Wednesday. Speaking after a cabinet meeting, Tomas Varandi said the "
        "talk could not change that."
    )
    assert quoted_speakers(text) == ["Tomas Varandi"]


def test_a_capitalised_plural_group_is_not_the_next_he() -> None:
    text = (
        "The author writes about Loyalists and others. Loyalists do not have the power because "
        "“none of them are prepared to fight.” He also notes that “the left is weak.”"
    )
    assert quoted_speakers(text) == ["author", "author"]


def test_a_place_ending_a_description_is_not_the_speaker() -> None:
    text = (
        "Talks resumed on Monday. Teymur Bardan, Iran’s former ambassador to Korvia, has told a news "
        "agency that the railway is a “strategic move” for the region."
    )
    assert quoted_speakers(text) == ["Teymur Bardan"]


def test_a_hyphenated_role_of_a_body_is_the_speaker_not_the_body() -> None:
    text = (
        "TEHRAN – The secretary-general of the Union of Grain Exporting Countries (UGEC) said it is "
        "“impossible” to replace the crop. Talo Menard made the remarks on Thursday."
    )
    assert quoted_speakers(text) != ["Countries"] and quoted_speakers(text)[0] is not None


def test_a_gerund_opening_the_sentence_is_nobody() -> None:
    text = (
        "Threatening to cut aid to those who voted for the plan by saying: “we are taking names” is "
        "one example of pressure on the assembly."
    )
    assert quoted_speakers(text) == [None]


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in find(text)]


def test_a_list_of_quoted_titles_gets_no_speaker() -> None:
    text = (
        "The book, printed in three languages, holds three tales: “The Last Ferry of Spring”, "
        "“The Lone Walnut Tree” and “A Boy In a Felt Hat”."
    )
    assert _kinds(text) == [("scare", None)] * 3


def test_a_quoted_title_opening_its_sentence_gets_no_speaker() -> None:
    text = (
        "The institute is holding the event with the city council, the agency reported. "
        "“Heritage and Sustainable Growth” has been chosen as the theme of the meeting."
    )
    assert _kinds(text) == [("scare", None)]


def test_a_quoted_web_address_gets_no_speaker() -> None:
    text = "Rana Pell said in the meantime that the paper can be read at “Dailyvoran.ir” for now."
    assert _kinds(text) == [("scare", None)]


def test_a_two_word_heading_before_a_paragraph_gets_no_speaker() -> None:
    text = "“We will answer,” he said.\n“Cyber Phobia” The council said the charges were baseless."
    assert _kinds(text)[-1] == ("scare", None)


def test_quoted_words_a_speaker_warned_against_stay_theirs() -> None:
    text = "Dara Ovan warned against “double standards” and “selfish interests” in the talks."
    assert [s for _, s in _kinds(text)] == ["Dara Ovan", "Dara Ovan"]


def test_a_joint_statement_of_a_minister_and_his_counterpart_is_both_of_theirs() -> None:
    text = (
        "Foreign Minister Ali Farda and his Korvian counterpart Omar Kest said in a joint statement: "
        "“The talks were fruitful.”"
    )
    assert quoted_speakers(text) == ["Ali Farda and Omar Kest"]


def test_the_two_ministers_are_the_two_people_named_before() -> None:
    text = (
        "Foreign Minister Hamid Sorani met his Omani counterpart Badr Saif in Muscat on Monday. "
        "“We discussed the region,” the two ministers said at a joint press conference."
    )
    assert quoted_speakers(text) == ["Hamid Sorani and Badr Saif"]


def test_a_day_before_and_is_no_joint_speaker() -> None:
    text = "The fair opened on Friday and the mayor said “the city has waited years for this”."
    assert "Friday" not in (quoted_speakers(text)[0] or "")


def test_the_statement_speaks_for_the_bodies_that_issued_it() -> None:
    text = (
        "Korvia, Vesland and the United Marches have issued a joint statement on trade. "
        "“This step strengthens the channel,” read the statement."
    )
    assert quoted_speakers(text) == ["Korvia, Vesland and the United Marches"]


def test_a_statement_issued_by_a_body_is_not_the_sentence_subjects() -> None:
    text = (
        "Dara Ovan met the envoy, according to a statement issued by the Korvian Foreign Ministry. "
        "“They focused on trade,” the statement said."
    )
    assert quoted_speakers(text) != ["Dara Ovan"]


def test_secretary_of_state_is_a_role_not_a_speech_verb() -> None:
    text = (
        "In a post on Tuesday, U.S. Secretary of State Mira Lund claimed that the plan works. Earlier, "
        "the U.S. secretary of state had also told the radio that Vesland must bend “if it wants calm”."
    )
    assert quoted_speakers(text) == ["Mira Lund"]


def test_an_impersonal_it_was_stressed_names_no_speaker() -> None:
    text = (
        "The Korvian Foreign Ministry sent a delegation to Vesland. In that meeting, it was emphasized "
        "that the fire was due to “faulty wiring” and was “an accident”."
    )
    assert quoted_speakers(text) == [None, None]


def test_a_name_opened_by_an_acronym_is_no_dateline() -> None:
    text = (
        "On July 14, KDF Brigadier General Tavan, commander of the “Quiet Shield Unit” gave an "
        "interview to a news agency. In this interview, he said, “The harbour needs two more tugs.”"
    )
    assert quoted_speakers(text) == ["Tavan"]


def test_which_after_a_name_is_a_thing_not_the_person() -> None:
    text = "Clerics held a placard directed at Dara Ovan which read, “The pool is your fate”."
    assert quoted_speakers(text) == ["Clerics"]  # those holding the placard (test_quotes_scare), not Ovan


def test_he_is_not_the_one_the_quotation_speaks_of() -> None:
    text = (
        "Tomas Varandi recalled a trip to the south.\n\nOn that journey, he shared a car with a young "
        "teacher. The teacher and Varandi argued about football. “I kept looking at the young teacher "
        "while he talked”, he said, adding, “he talked like a coach”."
    )
    assert quoted_speakers(text) == ["Tomas Varandi"]


def test_a_quotation_a_copula_defines_does_not_go_on_with_the_last_speaker() -> None:
    text = (
        "“They are good people,” Mr. Dastan said.\nThey do not preach. Their basic doctrine is a "
        "simple precept: “good thoughts, good words, good deeds.”"
    )
    assert quoted_speakers(text) == ["Dastan", None]


def test_a_title_after_report_is_a_name_and_who_in_capitals_is_no_relative() -> None:
    text = (
        "According to the WHO report ‘Preventing Chronic Lung Diseases (CLDs) by Reducing Household "
        "and Outdoor Smoke Risks’, indoor air kills millions each year."
    )
    assert _kinds(text) == [("scare", None)]


def test_he_after_a_role_subject_is_the_person_holding_it() -> None:
    text = (
        "“Trade must grow,” Iran’s ambassador to India, Dara Ovan, said on Monday. Oil sales fell last "
        "year. The envoy criticized India for its delays. “It is unfortunate that promises were broken,” he said."
    )
    assert quoted_speakers(text) == ["Dara Ovan", "Dara Ovan"]


def test_the_official_is_the_subject_of_the_sentence_before() -> None:
    text = (
        "TEHRAN – Ali Vardan, secretary of the Korvian Security Council, has spelled out what a fair "
        "bargain needs, saying that broken promises are the biggest risk. “A fair bargain must pay off for "
        "years,” the top security official said in a post."
    )
    assert quoted_speakers(text) == ["Ali Vardan"]


def test_speaker_of_glued_sentences_is_the_name_alone():
    # "added.But": two sentences with no space between (a scraped paragraph join)
    text = "“We wrote the bill,” Dana Corvel added.But she noted that “times change and the law must too.”"
    quotes = find(text)
    assert [q.speaker for q in quotes] == ["Dana Corvel", "Dana Corvel"]


def test_day_and_its_part_between_subject_and_verb():
    text = "Senator Alva Reddick on Thursday night warned donors that “the count will be contested in court.”"
    assert [q.speaker for q in find(text)] == ["Alva Reddick"]


def test_passive_agent_named_after_the_verb_speaks():
    text = "The shelling was described by the Red Cross as “a grave breach of the truce”."
    assert [q.speaker for q in find(text)] == ["Red Cross"]
    text = "The offer was described by Foreign Minister Lena Oddi as “a step back for everyone”."
    assert [q.speaker for q in find(text)] == ["Lena Oddi"]


def test_signs_held_in_a_participle_clause_are_its_subjects_words():
    text = "Thousands of farmers rallied in Varnholm, burning tyres and holding signs that read, “Water is life.”"
    assert [q.speaker for q in find(text)] == ["Thousands of farmers"]


def test_passive_agent_without_a_quote_is_no_speaker():
    # "announced by X in 2014": an agent, but of no quotation; the "he" after stays the speaker's
    text = (
        "Deputy minister Karl Lind said the rate fell. He went on to explain that the rules were announced "
        "by President Ali Kemal in 2014 when he stressed that families matter. “But the rate declined,” he lamented."
    )
    assert [q.speaker for q in find(text)] == ["Karl Lind"]


def test_it_after_a_body_named_by_its_head_before_of():
    text = (
        "In a statement, the ministry of water affairs said, “The dams are full.” "
        "“There is no need to ration water this summer,” it said."
    )
    assert [q.speaker for q in find(text)] == ["ministry of water affairs", "ministry of water affairs"]


def test_two_people_named_together_are_they_and_the_two_officials():
    text = (
        "In an essay on Monday, former Premier Karl Lund and Ivo Marek, the former alliance chief, "
        "faulted the council. “It is puzzling that it has waited,” the two former senior officials wrote. "
        "The two also expressed dismay. “The vote asked for far more,” they regretted."
    )
    assert [q.speaker for q in find(text)] == ["Karl Lund and Ivo Marek", "Karl Lund and Ivo Marek"]


def test_source_cited_in_brackets_after_the_quote_speaks():
    text = (
        "As Lena Varga writes in her study (1994), the texts agree. "
        "“Whoever plants a tree shall be rewarded” (Quran 4:12). She added that “the lesson is plain.”"
    )
    assert [q.speaker for q in find(text)] == ["Quran", "Lena Varga"]
    assert [q.speaker for q in find("“The count rose,” the report said (2019).")] == ["report"]


def test_name_set_off_after_an_indefinite_description():
    text = "Crews worked all night. “The street is a river of mud,” said one rescuer, Tomas Elling."
    assert [(q.speaker, q.role) for q in find(text)] == [("Tomas Elling", "rescuer")]


def test_subject_after_an_opener_ending_in_a_day_is_the_named_body():
    text = (
        "In a report on Thursday, the Norland Herald, citing unnamed officials, said the port was being "
        "dredged. The report said officials have tracked the work for a year, “but are not alarmed”."
    )
    assert [q.speaker for q in find(text)] == ["Norland Herald"]


def test_they_after_a_group_that_spoke():
    text = (
        "In a letter, 150 Norland lawmakers condemned the move. “It runs against the interests of the region,” "
        "the Norland lawmakers said in the letter. They added, “This step will cost the government dearly.”"
    )
    assert [q.speaker for q in find(text)] == ["Norland lawmakers", "Norland lawmakers"]


def test_the_cleric_is_the_ayatollah_speaking():
    text = (
        "Friday prayer leader Ayatollah Reza Tavan warned the council, saying “the people will answer.” "
        "“They do not see it,” he said. “Many nations have questioned the move,” the senior cleric said."
    )
    assert [q.speaker for q in find(text)] == ["Reza Tavan", "Reza Tavan", "Reza Tavan"]


def test_document_author_is_no_verb_phrase():
    # the letter's sentence has a second speech verb ("keep … informed"): its object is no author
    text = (
        "Senator Ana Ruiz warned in a May 3 letter that the cabinet had a duty to keep the committee chairs "
        "informed of any escalation. “The law requires you to consult us first,” read the letter, which was "
        "seen by the Norland Herald."
    )
    assert [q.speaker for q in find(text)] == ["Ana Ruiz"]


def test_the_director_is_the_filmmaker_named():
    text = (
        "Filmmaker Davud Rahnama has criticised this year’s festival. He singled out a few films for praise. "
        "“I saw five very good films that made me proud,” the director told reporters."
    )
    assert [q.speaker for q in find(text)] == ["Davud Rahnama"]


def test_aside_set_off_by_dashes_between_subject_and_verb():
    text = "And Varga – the veteran senator from Eastmoor who is making a second run – said that Holm was “wrong big time” on the war."
    assert [q.speaker for q in find(text)] == ["Varga"]


def test_the_post_for_a_place_is_no_place():
    text = (
        "Ten firms applied, according to Omid Farzin, a lawmaker. He said the scheme no longer worked. "
        "The MP for Varnholm told reporters: “A new plan must be put forward.”"
    )
    assert [q.speaker for q in find(text)] == ["Omid Farzin"]
    assert [q.speaker for q in find("The MP for Varnholm told reporters: “A plan is needed.”")] == [
        "MP for Varnholm"
    ]


def test_the_us_president_is_the_united_states_president_named():
    text = (
        "The United States President Carl Hollis met the Norland leader on Tuesday. The leader hailed the talks. "
        "“We had a great meeting,” the U.S. president said."
    )
    assert [q.speaker for q in find(text)] == ["Carl Hollis"]


def test_an_acronym_opening_an_inverted_subject_is_no_relative_pronoun():
    text = "“We stand with our partners,” said WHO Director General Lena Okafor."
    assert [q.speaker for q in find(text)] == ["Lena Okafor"]


def test_statement_released_by_a_body_set_off_by_commas():
    text = "A second statement, issued by the Norland Foreign Ministry, claimed that the talks “did not go as required”."
    assert [q.speaker for q in find(text)] == ["Norland Foreign Ministry"]
