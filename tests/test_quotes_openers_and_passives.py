"""Quote speakers past a sentence's opening phrase, in passives with their agent, and in role
phrases that go on with the last speaker: invented text, each case a rule of refrain.quotes."""

from __future__ import annotations

from quote_speakers import quoted_speakers

from refrain import quotes


def test_an_adverb_with_its_phrase_opens_the_sentence_and_is_no_speaker() -> None:
    text = (
        "TEHRAN - Farhad Kosari, head of the port authority, spoke on Monday. Elsewhere in his remarks, "
        "Kosari pointed to the growth of shipping lines and said, “We will have forty new lines by May.”"
    )
    assert quoted_speakers(text) == ["Farhad Kosari"]


def test_back_in_a_month_opens_the_sentence_before_its_subject() -> None:
    text = (
        "Minister Jon Berg has softened President Karl Lund’s stance on the pact. “We have doubts,” Berg "
        "told diplomats. The pact was signed in 2015. Back in October, Lund declined to back the pact, "
        "which he has described as “the worst ever” bargain."
    )
    assert quoted_speakers(text) == ["Jon Berg", "Karl Lund"]


def test_the_country_and_noun_of_a_body_named_before_is_that_body() -> None:
    text = (
        "Last week the Norwegian Defense Ministry said its jets had begun flying from the field. “The jets "
        "took off from the field at dawn,” the Norwegian ministry said."
    )
    assert quoted_speakers(text) == ["Norwegian Defense Ministry"]


def test_the_country_of_another_body_does_not_take_its_name() -> None:
    text = "The Danish Foreign Ministry issued a note. “We are concerned,” the Swedish ministry said."
    assert quoted_speakers(text) == ["Swedish ministry"]


def test_a_participle_opener_before_a_body_and_its_apposition_is_no_speaker() -> None:
    text = (
        "Citing new images of the plant, the Lindqvist Institute, a group of experts, reported that "
        "“major new work” was underway."
    )
    assert quoted_speakers(text) == ["Lindqvist Institute"]


def test_a_wide_description_goes_on_with_the_speaker_of_that_country_just_before() -> None:
    text = (
        "TEHRAN – Envoy Reza Kamali, Iran’s special envoy for Sudan, met the UN team.\n\n"
        "Saeed Bahrami, head of the Africa desk at the Iranian Foreign Ministry, went to Khartoum "
        "last week.\n\n“The talks must go on,” Bahrami told reporters. He added, “We are ready.”\n\n"
        "The Iranian diplomat noted, “The UN should act now.”"
    )
    assert quoted_speakers(text) == ["Saeed Bahrami"] * 3


def test_a_post_that_also_speaks_goes_on_with_a_speaker_named_by_surname_only() -> None:
    text = (
        "“The new administration should rethink its ways,” Sorvani said on Tuesday. The president also "
        "said, “Now, a door has opened.”"
    )
    assert quoted_speakers(text) == ["Sorvani", "Sorvani"]


def test_a_post_of_another_country_does_not_go_on_with_a_surname_alone() -> None:
    text = (
        "“The new administration should rethink its ways,” Sorvani said on Tuesday. The French "
        "president also said, “Now, a door has opened.”"
    )
    assert quoted_speakers(text)[1] != "Sorvani"


def test_things_going_on_in_the_next_sentence_are_no_speaker() -> None:
    text = "Tarsk called the barter “a shameless and cruel act.” The talks went on."
    assert quoted_speakers(text) == ["Tarsk"]


def test_the_agent_of_a_passive_judging_verb_before_the_quote_speaks() -> None:
    text = (
        "Norland proposed a barter of frozen funds for test kits, a proposal decried by Tarsk as "
        "“shameless.” The talks stalled."
    )
    found = [q for q in quotes.find(text, language="en")]
    assert [(q.kind, q.speaker) for q in found] == [("partial", "Tarsk")]


def test_the_subject_of_a_passive_with_an_agent_is_no_speaker() -> None:
    text = "The film was described by critics as “a brilliant and moving work.”"
    assert quoted_speakers(text) == [None]


def test_one_quoted_by_an_agency_still_speaks() -> None:
    text = "“The tours start soon,” tourism chief Omid Varan was quoted by the Norland Post as saying."
    assert quoted_speakers(text) == ["Omid Varan"]


def test_a_long_post_before_a_name_keeps_the_whole_name() -> None:
    text = (
        "At the forum, Deputy Head of the Tarsk-Norland Chamber of Trade Abdollah Varzani pointed to the "
        "good ties between the two states and said: “We have not used the capacities.”"
    )
    assert quoted_speakers(text) == ["Abdollah Varzani"]


def test_the_field_chief_after_the_secretary_of_that_field_s_council_is_that_secretary() -> None:
    text = (
        "Ali Varzani, secretary of the Norland Security Council, repeated the stance in March, "
        "saying the troops stay on request. “We will stay as long as we are asked to,” the security "
        "chief added."
    )
    assert quoted_speakers(text) == ["Ali Varzani"]


def test_a_chief_of_another_field_is_not_the_secretary() -> None:
    text = (
        "Ali Varzani, secretary of the Norland Security Council, repeated the stance in March, "
        "saying the troops stay on request. “We will stay as long as we are asked to,” the army chief added."
    )
    assert quoted_speakers(text) == ["army chief"]


def test_the_owner_of_an_admission_speaks_in_its_participle() -> None:
    text = (
        "Berg’s grudging admission was followed by yet another attack on Tarsk, claiming Tarsk is "
        "“the leading sponsor of unrest.”"
    )
    assert quoted_speakers(text) == ["Berg"]


def test_the_envoy_of_a_minister_holds_the_envoy_post_not_the_ministers() -> None:
    text = (
        "“Tarsk is trying to keep the current structures,” Khatibi said. Omid Varan Fard, the special "
        "envoy of Tarsk’s foreign minister for Norland, went to Oslo last week and met Norland Foreign "
        "Minister Jon Berg. During the meeting, the envoy backed the talks, calling them “important.”"
    )
    assert quoted_speakers(text) == ["Khatibi", "Omid Varan Fard"]


def test_the_signers_of_a_letter_speak_in_it_not_its_addressee() -> None:
    text = (
        "OSLO – 220 Norland MPs signed a letter for the cabinet on Tuesday, which urged it to answer in kind.\n"
        "“We, members of the assembly, ask the cabinet to enforce the law,” read the letter, the Post reported."
    )
    assert quoted_speakers(text) == ["Norland MPs"]


def test_last_week_between_a_name_and_its_verb_is_no_part_of_the_name() -> None:
    text = "Norland envoy to Oslo Omid Varan last week said that the cabinet is “filled with cautious hope”."
    assert quoted_speakers(text) == ["Omid Varan"]


def test_a_source_familiar_with_the_matter_is_the_source_not_the_matter() -> None:
    text = (
        "“We saw it as of little use,” said one source familiar with the talks who declined to be named, "
        "adding Berg had opposed the step “for the time being.”"
    )
    assert quoted_speakers(text) == ["source", "source"]


def test_the_capitalised_noun_of_a_body_named_before_is_that_body() -> None:
    text = (
        "TEHRAN – The Tarskian Foreign Ministry has said that Norland broke the law. “Norland committed a "
        "serious violation,” the Ministry said on Twitter."
    )
    assert quoted_speakers(text) == ["Tarskian Foreign Ministry"]


def test_the_spokesperson_is_the_spokesman_named_before() -> None:
    text = (
        "Foreign Ministry spokesman Omid Varan spoke on Monday. “We regret it,” Varan said. “The winner is "
        "not the region,” the spokesperson added."
    )
    assert quoted_speakers(text) == ["Omid Varan", "Omid Varan"]


def test_an_unnamed_spokesperson_since_is_not_the_one_named_before() -> None:
    text = (
        "Spokesman Nabil Rudeina said the vote was a win. “We are pleased,” Rudeina said. The Council failed "
        "to pass a similar text on Monday. A spokesperson for the Norland mission pushed back on those "
        'calling the vote a rebuke. "The tally says something else," the spokesperson told the Post.'
    )
    assert quoted_speakers(text) == ["Nabil Rudeina", "spokesperson"]


def test_two_words_of_a_field_before_a_post_keep_the_subject_whole() -> None:
    text = (
        "“It was a step forward,” Omid Varan told reporters. EU foreign policy chief Federica Lindqvist "
        "said that the tool is working. “On Friday we gave an important notice,” she said."
    )
    assert quoted_speakers(text) == ["Omid Varan", "Federica Lindqvist"]


def test_a_verb_and_a_possessive_before_a_post_end_the_subject() -> None:
    text = (
        "Kimia Varzani adores her coach Mahsa Omidi, saying she made her who she is today. "
        "“Ms Omidi has coached me since I was seven,” she went on to say."
    )
    assert quoted_speakers(text) == ["Kimia Varzani"]


def test_a_long_title_joined_by_of_before_a_name_quoted_by_a_channel_is_kept_whole() -> None:
    text = (
        "OSLO – The navy will hold a drill near the coasts, top commanders announced on Monday. “The navy "
        "will stage a drill tomorrow near the coasts,” Chief of Staff of Norland Naval Forces Rear Admiral Omid "
        "Varan was quoted by the Norland news channel as saying."
    )
    assert quoted_speakers(text) == ["Omid Varan"]


def test_a_day_after_a_body_is_no_part_of_its_name() -> None:
    text = (
        "The Norland Foreign Ministry on Monday denounced as “cruel” the curbs, the Post reported. "
        "The curbs are a barrier, the ministry said in a note. “Illegal curbs are a powerful "
        "obstacle,” it said."
    )
    assert quoted_speakers(text) == ["Norland Foreign Ministry", "Norland Foreign Ministry"]


def test_a_dotted_country_ending_a_sentence_is_no_part_of_the_next_name() -> None:
    text = (
        "Foreign Ministry spokesman Omid Varzani spoke on Monday. The group was taken off the lists of "
        "Western states, including the U.S. Varzani further said that “the reliance on criminals shows "
        "that it has run out of options.”"
    )
    assert quoted_speakers(text) == ["Omid Varzani"]


def test_one_who_likens_a_thing_to_a_quoted_phrase_said_it() -> None:
    text = "Envoy Omid Varan has likened the channel to a “fine car without fuel” in remarks on Monday."
    assert quoted_speakers(text) == ["Omid Varan"]


def test_the_statement_after_a_country_s_ministry_said_is_that_ministry_s() -> None:
    text = (
        "Varnia cut ties on Monday. The statement seemed timed with an earlier one. Norland’s foreign "
        "ministry said it was sorry for the steps. “The steps are unjust and rest on nothing,” the "
        "statement said."
    )
    assert quoted_speakers(text) == ["Norland foreign ministry"]


def test_a_post_of_two_offices_after_a_name_is_theirs_even_when_long() -> None:
    text = (
        "OSLO - Omid Varan, Norland’s ambassador and permanent envoy to the Geneva-based international "
        "trade and labour bodies, has said that Norland seized 800 tonnes of drugs in 2019. In a note on "
        "Friday, he said "
        "that most of it was opium. “Other drugs seized include hashish,” the ambassador explained."
    )
    assert quoted_speakers(text) == ["Omid Varan"]


def test_a_long_clause_after_a_place_and_a_comma_is_no_post() -> None:
    text = (
        "Omid Varan, the top security official, will fly to Oslo on Monday. During his stay in Bergen, the "
        "top Norland security official will also meet the city's high-ranking officials and talk trade. "
        "“Warm ties with neighbours are our main priority,” the top Norland security official told his host."
    )
    assert quoted_speakers(text) == ["Omid Varan"]
