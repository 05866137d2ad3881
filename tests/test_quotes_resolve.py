"""Speaker resolution to the person an article names: one invented article per rule.

Every text here is written for the test (no third-party sentence); the names are invented.
"""

from __future__ import annotations

from quote_speakers import quoted_speakers

from refrain.quotes import Quote, find


def _quote(text: str, start: str) -> Quote:
    return next(q for q in find(text) if q.text.startswith(start))


def test_a_name_stops_at_of_and_a_country() -> None:
    text = "President Tomas Verlaine of Ruritania said, “We will build the bridge.”"
    assert quoted_speakers(text) == ["Tomas Verlaine"]


def test_a_country_subject_is_no_antecedent_for_he() -> None:
    text = (
        "Foreign Minister Karl Brandt met envoys in the capital on Monday.\n\n"
        "Iran rejected the plan last week. “We will keep talking to every side,” he said."
    )
    assert quoted_speakers(text) == ["Karl Brandt"]


def test_a_place_before_a_name_is_not_part_of_it() -> None:
    text = "Indian Ambassador to Tehran Ravi Kumar said, “The port matters to both sides.”"
    assert quoted_speakers(text) == ["Ravi Kumar"]


def test_a_hyphenated_role_is_not_part_of_the_name() -> None:
    text = "“The accord was a real achievement,” said Secretary-General Lena Moreau on Friday."
    assert quoted_speakers(text) == ["Lena Moreau"]


def test_the_leader_of_the_revolution_is_the_person_named_with_that_role() -> None:
    text = (
        "Ayatollah Darius Kemal, Leader of the Islamic Revolution, met students on Sunday.\n\n"
        "The crowd listened in silence for an hour.\n\n"
        "The Leader of the Revolution described the duty of the young. “Knowing one's duty comes first.”"
    )
    assert quoted_speakers(text) == ["Darius Kemal"]


def test_his_eminence_is_the_person_speaking() -> None:
    text = (
        "Ayatollah Darius Kemal met clerics in the city of Qom on Sunday.\n\n"
        "Turning to the budget, his Eminence said: “Waste is a betrayal of trust.”"
    )
    assert quoted_speakers(text) == ["Darius Kemal"]


def test_a_long_participle_opener_is_not_the_speaker() -> None:
    text = (
        "Mara Lindqvist, an arms control analyst, spoke to reporters on Tuesday.\n\n"
        "Pointing to the role of the European Union in the talks with the two capitals, she "
        "emphasized, “The talks are about sequencing.”"
    )
    assert quoted_speakers(text) == ["Mara Lindqvist"]


def test_the_president_goes_to_the_president_who_spoke() -> None:
    text = (
        "In a phone call with Prime Minister Anders Holm on Wednesday, President Yusuf Daran said the war "
        "would only make things worse. Daran said, “Our region cannot bear another war.”\n\n"
        "The president added, “We expect both sides to show restraint.”"
    )
    assert quoted_speakers(text) == ["Yusuf Daran", "Yusuf Daran"]


def test_the_mp_goes_to_the_member_of_parliament_speaking_not_an_earlier_mp() -> None:
    text = (
        "MP Omid Farsi told reporters on Monday that the deal was weak.\n\n"
        "Similarly, Reza Tavana, a member of the parliament's security committee, told the agency "
        "that the talks had stalled.\n\n"
        "The MP said, “Nobody trusts these promises any more.”"
    )
    assert _quote(text, "Nobody").speaker == "Reza Tavana"


def test_an_unnamed_official_in_between_keeps_the_role_phrase_unresolved() -> None:
    text = (
        "Minister Hana Berg said on Friday that aid would continue.\n\n"
        "A senior defense official told reporters the package included trucks. "
        "“We want a steady supply,” the defense official added."
    )
    assert _quote(text, "We want").speaker != "Hana Berg"


def test_a_role_phrase_in_the_lead_goes_to_the_person_named_just_after() -> None:
    text = (
        "The Norland trade minister has said that neighbors cannot “buy calm” with cash.\n\n"
        "“Shipments of arms never bring lasting calm,” Piotr Lang said on Monday."
    )
    assert quoted_speakers(text) == ["Piotr Lang", "Piotr Lang"]


def test_an_outlet_that_reports_is_not_the_speaker_the_sentence_names() -> None:
    text = "Prime Minister Eli Navon claimed on Thursday that the deal is “the worst in history”, Channel Nine reported."
    assert quoted_speakers(text) == ["Eli Navon"]


def test_a_quote_after_a_relayed_sentence_goes_to_the_speaker_not_the_outlet() -> None:
    text = (
        "General Kaveh Sarami stressed that air defense grows stronger every day, Al Noor reported. "
        "“Our systems are all made at home.”"
    )
    assert quoted_speakers(text) == ["Kaveh Sarami"]


def test_a_standalone_quote_goes_on_from_the_main_clause_not_a_clause_inside_it() -> None:
    text = (
        "Lawmaker Nima Sadr said on Monday that the talks were stuck.\n\n"
        "The MP stressed that Iran has agreed to return to the deal but the other side stalls. "
        "“They do not understand how to deal with others.”"
    )
    assert quoted_speakers(text) == ["Nima Sadr"]


def test_a_bare_role_phrase_introduces_someone_new() -> None:
    text = (
        "MP Farid Jokari said on Monday that nothing would change.\n\n"
        "Meanwhile, EU trade chief said the round had ended “better than hoped” after all."
    )
    quote = _quote(text, "better")
    assert quote.speaker != "Farid Jokari"


def test_he_goes_to_the_one_who_speaks_in_the_sentence_not_its_subject() -> None:
    text = (
        "Saffron is the most valuable crop exported this year, Ardalan Vossoughi said. "
        "“Exports grew by a fifth in the first half,” he added."
    )
    assert quoted_speakers(text) == ["Ardalan Vossoughi"]


def test_a_prepositions_object_before_the_verb_is_not_the_subject() -> None:
    text = "Sara Kim in her speech in Warsaw on March 26 says that “this fight will be long.”"
    assert quoted_speakers(text) == ["Sara Kim"]


def test_an_organisation_with_and_in_its_name_is_not_a_person() -> None:
    text = (
        "TEHRAN – Director of the Institute for Energy and Water Studies at Nordvik University says that "
        "the plan “cannot work” in its present form.\n\n"
        "“Nobody has costed it,” Lars Ekdahl tells the Tehran Times."
    )
    assert quoted_speakers(text) == ["Lars Ekdahl", "Lars Ekdahl"]


def _kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.kind, q.speaker) for q in find(text)]


def test_a_single_word_someone_is_said_to_utter_is_their_quote() -> None:
    text = "President Omar Tal said on Monday that it was “unwise” to cut the budget."
    assert _kinds(text) == [("unwise", "partial", "Omar Tal")]


def test_a_so_called_label_stays_a_scare_quote() -> None:
    text = "Minister Ana Pires said the so-called “green wave” would pass."
    assert _kinds(text) == [("green wave", "scare", None)]


def test_a_title_ending_the_sentence_inside_the_marks_is_not_attributed() -> None:
    text = "Delegates in Oslo didn't talk about the creation of a “United Coastal Guard.”"
    assert [(k, s) for _, k, s in _kinds(text)] == [("scare", None)]


def test_a_quoted_term_the_sentence_describes_is_a_scare_quote() -> None:
    text = "“Haft Peykar” is a long poem written in rhyming couplets by a twelfth-century poet."
    assert [(k, s) for _, k, s in _kinds(text)] == [("scare", None)]


def test_a_nationality_in_the_role_phrase_picks_the_person_of_that_country() -> None:
    text = (
        "Iranian Foreign Minister Hamid Sorani met his Armenian counterpart Vardan Petrosyan in Yerevan.\n\n"
        "Petrosyan renewed his offer of a tour of the border towns. "
        "“We are ready to host trade delegations,” the Armenian foreign minister told the visitor."
    )
    assert _quote(text, "We are ready").speaker == "Vardan Petrosyan"


def test_the_capitalised_title_goes_to_the_minister_speaking() -> None:
    text = (
        "Foreign Minister Hamid Sorani met the UN chief in New York on Monday.\n\n"
        "Sorani said: “Sanctions hurt ordinary people.” "
        "Stressing the role of the UN, the Foreign Minister stated: “The world must act.”"
    )
    assert _quote(text, "The world").speaker == "Hamid Sorani"


def test_an_appositive_after_an_opening_phrase_is_not_the_subject() -> None:
    text = (
        "TEHRAN – Elise Marchand, the president of Fravia, met officials on Monday. "
        "During a press conference with Yosef Adler, the prime minister of Norland, Marchand voiced concern. "
        "He then said: “We must extend the deal.”"
    )
    assert _quote(text, "We must").speaker != "Yosef Adler"


def test_weekdays_adverbs_and_adjectives_do_not_cut_the_subject() -> None:
    text = (
        "The Front earlier Monday said it hoped for “serious talks” soon. "
        "Western news outlets have long agreed on “changing the deal” this year."
    )
    assert [q.speaker for q in find(text)] == ["Front", "Western news outlets"]


def test_a_lower_case_particle_with_a_hyphen_stays_in_the_name() -> None:
    text = "Minister Samer al-Khouri said: “We want wide cooperation.”"
    assert quoted_speakers(text) == ["Samer al-Khouri"]


def test_a_title_with_for_and_a_place_before_the_name() -> None:
    text = "The ceasefire, according to UN Special Envoy for Somalia Hans Lindgren, “gives families time to breathe.”"
    assert quoted_speakers(text) == ["Hans Lindgren"]


def test_a_subheading_in_quotation_marks_is_not_attributed() -> None:
    text = (
        "“We will decide soon,” he said.\n\n"
        "‘Committee to hold emergency meeting’ Reza Tavana, the committee spokesman, said lawmakers "
        "would meet on Sunday."
    )
    heading = _quote(text, "Committee")
    assert heading.kind == "scare" and heading.speaker is None


def test_sentences_that_are_only_quotations_do_not_push_the_speaker_out_of_reach() -> None:
    text = (
        "Ayatollah Darius Kemal, Leader of the Islamic Revolution, met clerics on Sunday. "
        "The Leader of the Revolution said, “Insight comes first.” “Knowledge follows it.” "
        "“Duty binds them.” “Courage completes them.”\n\n"
        "Turning to the budget, his Eminence said: “Waste is a betrayal of trust.”"
    )
    assert _quote(text, "Waste").speaker == "Darius Kemal"


def test_a_noun_after_a_past_tense_verb_is_no_cue() -> None:
    text = (
        "Spokesman Omid Rahbar expressed regret that the rulers keep ignoring the “daily crimes of the regime” "
        "and said such moves will fail."
    )
    assert quoted_speakers(text) == ["Omid Rahbar"]


def test_the_premier_is_the_prime_minister_named_before() -> None:
    text = (
        "Prime Minister Yoav Adler called the Ukrainian foreign minister on Friday.\n\n"
        "The premier stated that he had voiced “great worry about the arms ties” in the call."
    )
    assert quoted_speakers(text) == ["Yoav Adler"]


def test_an_opening_time_phrase_without_a_comma_is_skipped() -> None:
    text = (
        "Prime Minister Yoav Adler spoke to reporters on Friday.\n\n"
        "In recent days War Minister Dov Gal has reaffirmed that the army “will not send weapons abroad”. "
        "He has also said the country “will not supply any missile systems.”"
    )
    assert _quote(text, "will not supply").speaker == "Dov Gal"


def test_it_after_a_report_is_the_report() -> None:
    text = (
        "TEHRAN- The annual threat report was published on Wednesday.\n\n"
        "The report warned that the region “faces a long crisis.” "
        "Since the summer, it said, “the risks have grown.”"
    )
    report = _quote(text, "faces").speaker
    assert report is not None and _quote(text, "the risks").speaker == report


def test_he_further_said_goes_to_the_person_quoted_before() -> None:
    text = (
        "“The new envoy prefers quiet talks,” Hassan Qorbani told the agency on Saturday. "
        "Markus Lind took over the post from the Danish diplomat Lia Conti last year. "
        "He further said, “Lind is a steady hand after Conti.”"
    )
    assert _quote(text, "Lind is").speaker == "Hassan Qorbani"


def test_he_added_after_another_speaker_noted_something_is_that_speaker() -> None:
    text = (
        "“We are talking to a Turkish company,” Kamran Sadri said.\n\n"
        "In a separate meeting, Mohsen Tabari, a tourism official, noted that the province could grow. "
        "“Visitors from the region are very interested,” he added."
    )
    assert _quote(text, "Visitors").speaker == "Mohsen Tabari"


def test_a_name_after_chamber_of_commerce_loses_the_organisations_last_word() -> None:
    text = (
        "“Two banks will open branches in the port,” said the Secretary General of the Joint Chamber of "
        "Commerce Mozaffar Alavi-Nia. “Trade is growing,” Alavi-Nia added."
    )
    assert quoted_speakers(text) == ["Mozaffar Alavi-Nia", "Mozaffar Alavi-Nia"]


def test_a_clerical_title_and_a_long_participle_opener() -> None:
    text = (
        "Hojjat al-Islam Esmail Kharrazi visited the border on Monday.\n\n"
        "Speaking at a gathering of teachers in the western town of Sanandaj attended by the mayor and "
        "several school heads, Hojjat al-Islam Kharrazi thanked the council and said, “We must work hard.”"
    )
    assert quoted_speakers(text) == ["Esmail Kharrazi"]


def test_an_organisation_run_after_for_does_not_break_the_finder() -> None:
    text = "Director for Research Ali Moradi of the Center for Studies said: “It works.”"
    assert [q.kind for q in find(text)] == ["direct"]


def test_a_hyphenated_role_and_a_synonym_reach_the_commander() -> None:
    text = (
        "IRGC Commander Major General Hamid Sadeqi spoke to volunteers on Tuesday.\n\n"
        "“We will never be defeated,” he said. The crowd cheered. "
        "The IRGC commander-in-chief stated, “Our force is ready.” "
        "Later the IRGC chief said the islands are “sacred ground for the nation.”"
    )
    assert [_quote(text, w).speaker for w in ("Our force", "sacred")] == ["Hamid Sadeqi"] * 2


def test_a_named_owners_statement_is_the_owner_speaking() -> None:
    text = (
        "Foreign Minister Jon Barrow closed the embassy.\n\n"
        "Barrow’s statement stressed that the government “has shown disregard for the convention.”"
    )
    assert quoted_speakers(text) == ["Jon Barrow"]


def test_an_adverb_opening_a_sentence_is_no_antecedent() -> None:
    text = (
        "“We hope for good talks,” spokesman Reza Haddad said.\n\n"
        "Currently, the main dispute is the war. “It is a human tragedy,” he said."
    )
    assert _quote(text, "It is").speaker == "Reza Haddad"


def test_the_official_some_sentences_after_the_official_spoke() -> None:
    text = (
        "“The review is nearly over,” spokesman Reza Haddad told the channel.\n\n"
        "The two sides disagreed on a few issues. The union acted as a mediator. "
        "The other side took part only indirectly.\n\n"
        "“Results will be examined soon,” the official highlighted."
    )
    assert _quote(text, "Results").speaker == "Reza Haddad"


def test_a_quote_in_the_that_clause_of_a_past_tense_verb_is_the_subjects() -> None:
    text = (
        "In recent days War Minister Dov Gal has reaffirmed several times that the army "
        "“will not send weapons to the front”."
    )
    assert quoted_speakers(text) == ["Dov Gal"]


def test_an_organisation_name_is_not_cut_at_and() -> None:
    text = "“Dams are full this year,” said the Ministry of Water and Energy in a statement."
    assert quoted_speakers(text) == ["Ministry of Water and Energy"]


def test_an_official_with_an_organisation_is_not_the_organisation() -> None:
    text = (
        "An official with the Road Maintenance and Transportation Organization announced a new corridor. "
        "“We proposed the route to both neighbours,” the official said."
    )
    assert all(s != "Transportation Organization" for s in quoted_speakers(text))


def test_the_countrys_claims_is_a_noun_not_a_cue() -> None:
    text = (
        "Government spokesman Ali Razavi stated on Tuesday that the U.S. claims about the fire were "
        "“rushed” and unhelpful for trade."
    )
    assert quoted_speakers(text) == ["Ali Razavi"]


def test_a_sea_and_two_countries_are_no_people() -> None:
    text = (
        "A canal would join the Caspian Sea to the Gulf of Oman, officials said.\n\n"
        "France and Germany said the deal must stay “alive and working” for now."
    )
    assert quoted_speakers(text) == ["France and Germany"]


def test_an_interview_leads_description_is_the_person_named_speaking_next() -> None:
    text = (
        "TEHRAN - A well-known Iranian sociologist says the mayor is “reckless” for the city.\n\n"
        "“An angry man with a budget can waste it quickly,” Kaveh Nouri told the Tehran Times."
    )
    assert quoted_speakers(text) == ["Kaveh Nouri", "Kaveh Nouri"]


def test_a_lead_member_of_a_committee_is_the_member_named_next() -> None:
    text = (
        "TEHRAN – A member of the Majlis Energy and Water Committee has criticized the agency for its “harsh tone”.\n\n"
        "“The statement shows heavy pressure,” Hamid Rostami said, ISNA reported."
    )
    assert quoted_speakers(text) == ["Hamid Rostami", "Hamid Rostami"]


def test_an_unnamed_description_later_in_the_article_stays_unnamed() -> None:
    text = (
        "Prosecutor Ali Nemati opened the case on Monday.\n\n"
        "A court head in the city of Qazvin told reporters the paper was closed. "
        "“The weekly is banned until further notice,” he said. Minister Reza Amini said, “We respect the court.”"
    )
    assert _quote(text, "The weekly").speaker != "Reza Amini"


def test_the_statement_goes_to_the_body_it_is_from() -> None:
    text = (
        "Police detained six people, according to a statement from the Interior Ministry.\n\n"
        "“The suspects were armed,” the statement said. It added that “two of them fled abroad.”"
    )
    assert quoted_speakers(text) == ["Interior Ministry", "Interior Ministry"]


def test_elsewhere_is_no_antecedent() -> None:
    text = (
        "“Hospitals have enough beds,” President Omar Tal said.\n\nElsewhere, he said, “Health comes first.”"
    )
    assert quoted_speakers(text) == ["Omar Tal", "Omar Tal"]


def test_a_role_phrase_with_another_nationality_is_not_the_person_named() -> None:
    text = (
        "U.S. President-elect Tom Brady divided American society during the campaign.\n\n"
        "The French president said Brady's win “starts a season of doubt” for Europe."
    )
    assert quoted_speakers(text) == ["French president"]


def test_two_people_after_an_office_are_not_one_name() -> None:
    text = (
        "After lunch at the White House Karl Brandt and Tomas Verlaine went over the fishing pact.\n\n"
        "Brandt said, “We will build the bridge.”\n\n"
        "Verlaine said, “The bridge will be long.”"
    )
    assert quoted_speakers(text) == ["Karl Brandt", "Tomas Verlaine"]


def test_the_agent_of_a_passive_is_the_name_not_by_and_who() -> None:
    text = (
        "The plan was described as “a reckless gamble that will cost the nation dearly for years to come”"
        " by Ruritanian Foreign Ministry spokesman Tomas Verlaine, who spoke to reporters on Monday."
    )
    assert quoted_speakers(text) == ["Tomas Verlaine"]


def test_a_list_of_bodies_speaking_jointly_is_the_whole_list() -> None:
    text = (
        "“The accord must be kept alive,” Austria, Norway, Chile and the EU said in a joint"
        " statement on Monday.\n\n"
        "Austria, Norway and the OSCE said in a letter, “The accord is the best way forward.”"
    )
    assert quoted_speakers(text) == ["Austria, Norway, Chile and the EU", "Austria, Norway and the OSCE"]


def test_a_list_of_people_speaking_together_names_each() -> None:
    text = "“The accord must be kept alive,” Karl Brandt, Lena Moreau and Tomas Verlaine said on Monday."
    assert quoted_speakers(text) == ["Karl Brandt, Lena Moreau and Tomas Verlaine"]


def test_an_adverb_opening_the_sentence_is_no_member_of_the_list() -> None:
    text = "Meanwhile, France and Germany said in a joint statement, “The accord is the best way forward.”"
    assert quoted_speakers(text) == ["France and Germany"]


def test_a_role_phrase_goes_to_the_one_named_speaking_next() -> None:
    text = (
        "That was the view the Leader of the Islamic Revolution stressed on Saturday. “Diplomacy must not"
        " stop,” the Leader remarked in a meeting. “The talks are a test,” Ayatollah Kemal stated."
    )
    assert quoted_speakers(text) == ["Kemal", "Kemal"]


def test_a_role_phrase_goes_to_a_full_name_speaking_next() -> None:
    text = (
        "That was the view the Leader of the Islamic Revolution stressed on Saturday. “Diplomacy must not"
        " stop,” the Leader remarked in a meeting. “The talks are a test,” Ayatollah Darius Kemal stated."
    )
    assert quoted_speakers(text) == ["Darius Kemal", "Darius Kemal"]


def test_a_role_phrase_is_not_someone_with_another_office_speaking_next() -> None:
    text = (
        "Reporters waited outside the building for hours on Monday. “The talks will go on,” the"
        " spokesman said. “We are not so sure,” Foreign Minister Karl Brandt replied."
    )
    assert quoted_speakers(text)[0] != "Karl Brandt"


def test_an_ambassador_to_a_place_is_the_diplomat_of_the_next_sentence() -> None:
    text = (
        "Ruritanian Ambassador to Vienna Tomas Verlaine talked with students on Monday. Underlining"
        " the old ties, the diplomat said, “Relations grew in the nineteenth century.”"
    )
    assert quoted_speakers(text) == ["Tomas Verlaine"]


def test_the_organization_is_the_body_the_article_called_one() -> None:
    text = (
        "The OKC is an international organization founded in 1970 with forty members. The organization"
        " states that it is “the voice of the member states” and works for “peace among nations”."
    )
    assert quoted_speakers(text) == ["OKC", "OKC"]


def test_the_ministry_is_the_ministry_named_before() -> None:
    text = (
        "The Ruritanian Transport Ministry sent two ships to the burning tanker on Sunday.\n\n"
        "“The tanker is still burning and we are pushing on with the rescue,” the ministry said."
    )
    assert quoted_speakers(text) == ["Ruritanian Transport Ministry"]


def test_the_ministry_with_no_ministry_named_stays_a_description() -> None:
    text = "“The tanker is still burning and we are pushing on with the rescue,” the ministry said."
    assert quoted_speakers(text) == ["ministry"]


def test_a_plural_possessive_opens_a_role_phrase_not_a_speaker() -> None:
    text = (
        "The parliament met in an open session on Monday to debate the fuel prices. Lena Moreau, who was"
        " addressing the session, said, “The path is clear.” Touching upon the budget, the Tarskers’"
        " representative in the parliament said, “Why did you do nothing?”"
    )
    assert quoted_speakers(text) == ["Lena Moreau", "Lena Moreau"]


def test_a_comma_before_the_speaker_without_and_makes_no_list() -> None:
    text = (
        "The letter was sent on Friday after a week of talks.\n\n"
        "In a joint letter to the head of the Security Council, the OSCE said, “The notice has no legal effect.”"
    )
    assert quoted_speakers(text) == ["OSCE"]


def test_the_interior_minister_is_not_the_foreign_minister_named_last() -> None:
    text = (
        "TARSK - Omar Kest, Norland’s acting foreign minister, said on Thursday that the two governments"
        " would cooperate closely.\n\n"
        "During talks with Interior Minister Ali Farda, Kest thanked him for the work on border posts."
        " Farda, for his part, said that the new deal is a big step forward. The deal was signed on"
        " Thursday by Ruritanian Foreign Minister Lena Moreau and Kest. “Mr. Kest told us that the deal"
        " takes effect in the spring,” the interior minister said after the talks."
    )
    assert quoted_speakers(text)[-1] == "Ali Farda"


def test_a_mission_to_a_body_is_the_mission_not_the_body() -> None:
    text = (
        "Envoys of the UN Security Council gathered on Thursday to hear the complaint.\n\n"
        "“The request rests on nothing in law,” Norland’s permanent mission to the UN said on Thursday."
    )
    assert quoted_speakers(text) == ["Norland’s permanent mission to the UN"]


_RAID = (
    "Troops carried out a night raid on the hill quarter of Tarsk and arrested five students on Tuesday.\n\n"
)


def test_an_adverb_and_participle_stay_inside_the_subject() -> None:
    text = _RAID + (
        "The newly formed resistance factions in Tarsk have promised to keep going, saying they will"
        " “never give up a single rifle while the siege of the quarter lasts”."
    )
    assert quoted_speakers(text) == ["newly formed resistance factions"]


def test_a_determiner_opening_the_sentence_is_no_part_of_a_body_name() -> None:
    text = _RAID + (
        "The Vardan government in Norland also denounced the raid and affirmed that “the troops would never"
        " dare such a move in the quarter without foreign backing”."
    )
    assert quoted_speakers(text) == ["Vardan"]


def test_it_and_the_group_are_the_body_seen_speaking_before() -> None:
    text = _RAID + (
        "After the night raid, the Lions’ Den faction declared that “the raid will be met with a firm"
        " reply from the quarter”. In a statement shared online, it said “the troops will regret"
        " every door they broke in the hill quarter”. The group stressed that"
        " “asking outsiders for help is a waste of breath and of hope”."
    )
    assert quoted_speakers(text) == ["Lions Den faction"] * 3


def test_a_name_followed_by_movement_is_an_it() -> None:
    text = _RAID + (
        "The Vardan Jihad movement has also warned the troops, saying that “the quarter can hurt"
        " them many times over”. It stressed, “our reply to the night raid is coming soon.”"
    )
    assert quoted_speakers(text) == ["Vardan Jihad", "Vardan Jihad"]


def test_a_statement_after_in_is_not_the_it_that_speaks() -> None:
    text = _RAID + (
        "After the night raid, the Lions’ Den faction declared that “the raid will be met with a firm"
        " reply from the quarter”. In a statement shared online, it said “the troops will regret"
        " every door they broke in the hill quarter”. It warned them “every broken door will be"
        " paid for, one by one, in the months to come”."
    )
    assert quoted_speakers(text) == ["Lions Den faction"] * 3


def test_a_lone_article_opening_a_sentence_is_no_speaker() -> None:
    text = (
        "A well-placed source in the Tarsk Harbor Police has firmly denied claims by smugglers about"
        " capturing Captain Omar Kest, calling it “a silly pile of fiction from top to bottom”."
    )
    assert all(speaker not in {"A", ""} for speaker in quoted_speakers(text))


def test_she_with_no_person_subject_near_is_the_person_quoted_last() -> None:
    text = (
        "The regional office opened a new center in the capital on Monday to study river floods.\n\n"
        "Lena Moreau, the head of the office, spoke to reporters after the opening. “We hope our"
        " neighbours will build centers like this one,” she said. Referring to the regional plan, she said,"
        " “The plan gives every country a common map of the risks.” Thirty countries signed the Regional"
        " Flood Warning Charter at a meeting in Hanoi in June. Norland is one of the few"
        " countries with a national flood committee. “Water ignores borders, so early warnings save"
        " lives on both banks of every river,” she noted."
    )
    assert quoted_speakers(text) == ["Lena Moreau"] * 3


def test_the_name_before_a_description_with_a_parenthesis_speaks() -> None:
    text = _RAID + (
        "Brigadier-General Omar Kest, the spokesman for the Norland Border Guard Command (BGC), said"
        " on Sunday that the Defense Ministry “has begun a review of the night raid.”"
    )
    assert quoted_speakers(text) == ["Omar Kest"]


def test_an_adverb_after_an_inverted_name_is_not_part_of_it() -> None:
    text = _RAID + (
        "“Tarsk is following the clashes in the south with worry. Both sides must hold fire,”"
        " tweeted Foreign Minister Karl Brandt shortly after the raid began."
    )
    assert quoted_speakers(text) == ["Karl Brandt"]


def test_and_goes_on_in_a_body_name_when_a_body_word_follows() -> None:
    from refrain.quotes.context import tokens
    from refrain.quotes.entities import build_index

    text = (
        "Thirty countries backed a charter drafted by the United Nations Economic and Social Commission"
        " for Fisheries in Riga on Monday after a long debate."
    )
    names = {o.entity.name: o.entity.kind for o in build_index(text, tokens(text, 0, len(text))).occurrences}
    assert "Economic" not in names
    assert any("Economic and Social Commission" in name and kind == "org" for name, kind in names.items())


def test_a_short_paragraph_with_a_quote_is_no_tag_list() -> None:
    text = (
        "Tomas Verlaine, the head of Sunrise Petrochemical Company, said, “The plant will open in May.”\n\n"
        "“The Sunrise project will need 300 workers,” he said.\n\n"
        "“Sunrise Petrochemical will export half its output.”"
    )
    assert quoted_speakers(text) == ["Tomas Verlaine"] * 3


_HEALTH = "Officials met in the capital to discuss the new health plan on Monday.\n\n"


def test_a_role_between_a_name_and_of_is_no_part_of_the_body() -> None:
    text = _HEALTH + (
        "“Some 50,000 inmates will get the jab each year,” IRNA quoted Karl Brandt head of"
        " Norland’s Hepatitis Network as saying."
    )
    assert quoted_speakers(text) == ["Karl Brandt"]


def test_a_weekday_inside_a_title_does_not_end_the_subject() -> None:
    text = _HEALTH + (
        "Tarsk Friday prayer leader Ayatollah Omar Kest has condemned the vote, blaming the"
        " neighbours for “open meddling in our own matters”."
    )
    assert quoted_speakers(text) == ["Omar Kest"]


def test_a_mission_to_a_body_speaks_and_its_message_too() -> None:
    text = _HEALTH + (
        "Norland’s permanent mission to the United Nations said late on Sunday in a message that “the"
        " embargo starves the sick first”. “Any embargo on medicine hits the weakest people,” the message said."
    )
    assert quoted_speakers(text) == ["Norland’s permanent mission to the United Nations"] * 2


def test_a_name_running_on_into_its_verb_is_the_name() -> None:
    text = _HEALTH + (
        "Karl Brandt expressed deep regret that an “endless loop of false charges against us” still"
        " continues in the region."
    )
    assert quoted_speakers(text) == ["Karl Brandt"]


def test_the_professor_is_the_one_quoted_when_nobody_holds_the_role() -> None:
    text = _HEALTH + (
        "A professor of economics at Tarsk University says embargoes fail. “Embargoes are blunt"
        " tools and they rarely work,” Karl Brandt tells the Tehran Times. Brandt is one of the"
        " economists who think so. The professor of Tarsk University is known for his plan of a"
        " grain-backed coin, saying, “A coin tied to wheat would keep its value.”"
    )
    assert quoted_speakers(text) == ["Karl Brandt", "Karl Brandt"]


def test_a_disease_opening_a_sentence_is_no_he() -> None:
    text = _HEALTH + (
        "“Some 50,000 inmates will get the jab each year,” IRNA quoted Karl Brandt head of"
        " Norland’s Vaccine Network as saying. Since hepatitis spreads fast in crowded cells, the"
        " plan starts in two jails, Brandt added.\n\n"
        "Hepatitis C harms the liver slowly over many years. The virus travels in blood."
        " In Norland it mostly spreads through reused syringes. About 900,000 residents carry"
        " hepatitis B and 150,000 carry hepatitis C in Norland, he said. “Since babies get the shot"
        " at birth, hepatitis is rare among teenagers.”"
    )
    assert quoted_speakers(text) == ["Karl Brandt", "Karl Brandt"]


def test_a_bare_role_subject_is_read_again_for_he() -> None:
    text = (
        "Officials met in the capital to discuss the coming election on Monday.\n\n"
        "Ayatollah Darius Kemal, Leader of the Islamic Revolution, spoke to lawmakers on Thursday."
        " “Candidates should present their plans,” Ayatollah Kemal said. Leader asks candidates to keep"
        " to ethics  Closing his remarks, Ayatollah Kemal gave the candidates some counsel,"
        " urging them to stay honest during the race. He stated, “My main counsel to every candidate is"
        " to avoid turning the vote into a street fight.”"
    )
    assert quoted_speakers(text) == ["Darius Kemal", "Darius Kemal"]


def test_a_participle_after_by_name_is_that_name_speaking() -> None:
    text = (
        "Officials met in the capital to discuss the refugees on Monday.\n\n"
        "“Now they lecture us on the rights of migrants!” the ministry said in its reply. That reply"
        " answered a tweet by Assistant Secretary Karl Brandt claiming, “We are shocked"
        " by reports of people beaten at the fence.”"
    )
    assert quoted_speakers(text)[-1] == "Karl Brandt"


def test_an_irregular_past_verb_ends_the_subject() -> None:
    text = (
        "Officials met in the capital to discuss the refugees on Monday.\n\n"
        "The old envoy came to the talks late. “We are not here to quarrel,” he said."
    )
    assert quoted_speakers(text) == ["old envoy"]


def test_he_far_from_any_subject_is_no_description_seen_speaking() -> None:
    text = (
        "Diplomats met in Vienna to discuss the new submarine pact on Wednesday.\n\n"
        "Ambassador Karl Brandt spoke to the board on Wednesday. “We ask for access at any time,” Brandt"
        " said.\n\n"
        "Each member of the board says it may run a civil program of its own. It is vital that"
        " Norland settle an inspection plan with the agency for the submarine fuel, he said, adding that inspectors must be"
        " able to see the fuel at any agreed time and that no delay can be tolerated."
        " While stressing that the agency must keep the board up to date on the new"
        " pact, the Norland diplomat raised the alarm over the danger to the treaty. “This pact puts"
        " the treaty and its checks in danger for years,” he said."
    )
    assert quoted_speakers(text) == ["Karl Brandt", "Karl Brandt"]


def test_a_name_before_an_article_or_dash_description_is_the_name() -> None:
    law = "Lawmakers met in the capital to discuss the new election law on Monday.\n\n"
    assert quoted_speakers(
        law + "“The law will not pass in this form,” said Lena Moreau an MP from the north."
    ) == ["Lena Moreau"]
    text = law + "“The law will not pass,” said Omar Kest -- secretary-general of the Norland Unity Party."
    assert quoted_speakers(text) == ["Omar Kest"]
    text = law + "“The law will not pass,” said Omar al-Kest -- secretary-general of the Norland Unity Party."
    assert quoted_speakers(text) == ["Omar al-Kest"]


def test_adviser_and_advisor_are_one_role() -> None:
    text = (
        "Officials reacted to the plan on Wednesday.\n\nOmar Kest, a senior advisor to the president, met"
        " reporters in the capital. Several journalists asked about the plan. “The plan is shameful and"
        " will fail,” the adviser said."
    )
    assert quoted_speakers(text) == ["Omar Kest"]


def test_an_aside_between_a_subject_and_its_speech_verb_leaves_the_subject_speaking() -> None:
    opening = (
        "OSLO – Port Minister Edda Tavang said on Saturday that a deal is near after meeting "
        "Tarskian Trade Minister Jan Morvik. “We will announce our decisions,” she noted. "
    )
    for aside in ("Morvik for his part said", "Morvik, for his part, said", "Morvik in turn said"):
        text = opening + f"{aside} that prices will rise. “We have offered a cut of 600 tonnes,” he added."
        assert quoted_speakers(text)[-1] == "Jan Morvik", aside


def test_a_description_with_a_nationality_read_as_a_named_person_is_no_unnamed_one() -> None:
    text = (
        "TEHRAN – Mark Tilley said the United States is weaker. “The world is changing,” Tilley told "
        "the cadets. The U.S. general added, “We keep our old drills in mind.” The U.S. general "
        "believes that machines are “changing everything.”"
    )
    assert quoted_speakers(text) == ["Mark Tilley"] * 3


def test_a_lake_is_a_place_no_she_can_mean() -> None:
    text = (
        "TEHRAN – Faezeh Tavangar, a young engineer, started a travel firm. For example, a local "
        "fisherman takes you to the Zaribar Lake to fish. She called the environment their main "
        "concern. “We hold sessions with locals about nature,” she said."
    )
    assert quoted_speakers(text) == ["Faezeh Tavangar"]


def test_a_post_goes_on_past_on_and_its_field_before_the_name() -> None:
    text = (
        "TEHRAN – The meeting was chaired by Reza Tavana and Norway’s Adviser to Prime Minister on "
        "Trade and Investment Jan Morvik. “We want more flights,” Morvik said."
    )
    assert quoted_speakers(text) == ["Jan Morvik"]


def test_a_colon_after_a_noun_opens_the_clause_a_participle_hangs_on() -> None:
    text = (
        "TEHRAN – A brief review of Jan Morvik's words at the assembly shows the same thesis:  "
        "Morvik has taken the podium to speak of the deal, warning that a failure to honor it will "
        "be “utterly irresponsible for all.”"
    )
    assert quoted_speakers(text) == ["Jan Morvik"]
    # after a speech verb the colon opens the words said, not a clause with a subject
    text = "TEHRAN – Jan Morvik said: the harvest is good, adding that a failure would be “a loss for all.”"
    assert quoted_speakers(text) == ["Jan Morvik"]


def test_a_surname_written_with_an_apostrophe_is_the_person_named_without_it() -> None:
    text = (
        "TEHRAN – Karim Mohseni Saidi said the port faces a new season. Sai’di said reopening is a "
        "“public duty,” adding that trade matters. He pointed out that the port is different. "
        "Pointing to the difference, the port official said, “In the port of Bandar, ships are safe.”"
    )
    assert quoted_speakers(text) == ["Karim Mohseni Saidi"] * 2


def test_a_day_between_a_subject_and_its_verb() -> None:
    assert quoted_speakers(
        "OSLO – Karl Brandt on Tuesday said the plan is “a blatant interference in our affairs”."
    ) == ["Karl Brandt"]
    # a stance verb's short phrase is the subject's word (GUIDELINE: someone is said to utter it)
    assert quoted_speakers("OSLO – Karl Brandt on Tuesday denounced the plan as a “reckless” move.") == [
        "Karl Brandt"
    ]
    # past the day, an object ending a relative clause is no subject
    text = (
        "OSLO – Trade Minister Jan Morvik who went to Bergen to attend the Harbour Summit on Sunday "
        "told reporters that two deals were signed. The first deal covers fish, the minister said. "
        "“Both sides will pay in their own money,” he added."
    )
    assert quoted_speakers(text) == ["Jan Morvik"]


def test_a_subject_opening_with_former_after_a_time_adverbial_owns_the_phrase() -> None:
    text = (
        "OSLO – Mark Tilley spoke on Monday. “The world is changing,” Tilley told the cadets. On "
        "Thursday, former Tarskian President Karl Brandt condemned the “choice of one man to start "
        "a wholly needless war against a neighbour”. “I mean the other one,” he added a second later."
    )
    assert quoted_speakers(text) == ["Mark Tilley", "Karl Brandt", "Karl Brandt"]


def test_a_quote_after_a_named_persons_stance_sentence_is_theirs_not_the_last_speakers() -> None:
    text = (
        "OSLO – “We feel the pain of the families,” Jan Morvik, who visited a fire station, said. "
        "Team head coach Karl Brandt, whose row with Jan Morvik became a hot topic in the media, "
        "also expressed his sorrow over the deaths. “Pictures taken close to the site show two "
        "firemen at work. No words can praise their courage enough.”"
    )
    assert quoted_speakers(text) == ["Jan Morvik", "Karl Brandt"]
    # a sentence about a thing, not a person's stance, leaves the quote with the last speaker
    text = text.replace("also expressed his sorrow over the deaths", "was not at the station")
    assert quoted_speakers(text) == ["Jan Morvik", "Jan Morvik"]


def test_a_hyphenated_post_after_a_bodys_acronym_is_the_persons_role() -> None:
    text = (
        "GENEVA – UN Secretary-General Karl Brandt has urged coastal states to ease the fishing ban, an "
        "agency wrote. Its note was sent a week before the UN body meets. "
        "“I ask the coastal states to ease the ban,” said the UN chief."
    )
    [q] = [q for q in find(text) if q.kind != "scare"]
    assert (q.speaker, q.role) == ("Karl Brandt", "UN Secretary-General")


def test_a_country_in_the_clause_before_a_verb_is_not_the_named_persons() -> None:
    # the words that may tie a name to a country start after the last verb taking it as object
    from refrain.quotes.resolve import _after_speech_verb

    before = "the letter that norway’s harbour master sent to iaea director-general "
    assert _after_speech_verb(before) == "to iaea director-general "
    assert _after_speech_verb("the note norway’s envoy handed to the agency chief ") == "to the agency chief "
    assert _after_speech_verb("norway’s foreign minister ") == "norway’s foreign minister "


def test_a_leads_post_is_the_person_the_next_sentence_names_as_its_subject() -> None:
    text = (
        "OSLO – “We live in a dry land and must change how we use water,” the deputy water chief "
        "has said.  Karl Brandt voiced his deep concern over the drought on a radio show. "
        "“The lakes are drying,” he said."
    )
    assert quoted_speakers(text) == ["Karl Brandt", "Karl Brandt"]


def test_according_to_the_press_relays_the_speaker_the_sentence_names() -> None:
    text = (
        "OSLO – Foreign Ministry spokesman Karl Brandt rejected the claims, saying that they come from the "
        "“reckless plans of a small group of hawks,” according to IRNA."
    )
    assert quoted_speakers(text) == ["Karl Brandt"]
    # with no one named in the sentence, the outlet is the source
    assert quoted_speakers(
        "OSLO – The harbour will open “within the next three weeks,” according to IRNA."
    ) == ["IRNA"]


def test_a_name_set_off_after_a_post_is_the_subject() -> None:
    text = (
        "OSLO – Brandt’s spokesperson, Jan Morvik, made it plain that the draft will not change and, as he "
        "put it, it is “the hour to choose.”"
    )
    assert quoted_speakers(text) == ["Jan Morvik"]


def test_a_response_verb_inside_what_a_speaker_reports_does_not_take_the_quote() -> None:
    text = (
        "OSLO — In an interview on Sunday, Norway's envoy to Rome Jan Morvik said that his government "
        "has responded to the demands of the fishermen, and the cabinet has a “firm will to settle the "
        "row through talks.”"
    )
    assert quoted_speakers(text) == ["Jan Morvik"]


def test_a_name_after_an_intransitive_cue_set_off_by_a_comma_is_its_subject() -> None:
    text = (
        "OSLO – Makers do not ship to Tarsk since the bank has warned them of heavy fines, "
        "added Morvik. “There are many ways in which the pressure reaches the sick.”"
    )
    assert quoted_speakers(text) == ["Morvik"]
    # "told" takes an object: the name after it is the one told
    text = "OSLO – “Prices will fall,” Jan Morvik, a trader in Bergen, said on Monday, told the radio."
    assert quoted_speakers(text) == ["Jan Morvik"]


def test_last_month_opening_a_sentence_is_no_speaker() -> None:
    text = (
        "OSLO – Two airlines said the route is not viable. Last month, Tarsk Air, a sister airline of "
        "Nordair, also publicized that it would halt the Oslo route due to “poor results and a weak "
        "outlook.”"
    )
    assert quoted_speakers(text) == ["Tarsk Air"]
