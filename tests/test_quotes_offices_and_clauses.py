"""Quote speakers: reporting clauses that close a sentence, relative clauses without their opening
comma, offices written with a body's acronym or a deputy's rank, and who "they" may be.
All text invented."""

from __future__ import annotations

from tests.quote_speakers import speakers


def test_inverted_clause_closing_the_sentence_attributes_a_quoted_phrase_in_it() -> None:
    lead = "Parviz Naderi spoke on Monday. Amid “hostile cultural campaigns” the rivals squeeze the economy, "
    assert speakers(lead + "said Naderi.") == ["Parviz Naderi"]
    assert speakers(lead + "said Naderi, head of the Poetry Council.") == ["Parviz Naderi"]
    assert speakers(lead + "said Naderi, president of the Academy of Poetry and Prose.") == ["Parviz Naderi"]
    assert speakers(lead + "said Naderi, and the crowd cheered.") == [None]


def test_the_one_told_in_a_closing_clause_is_no_speaker() -> None:
    text = (
        "Soil “knowledge” is the key to saving farms, Omid Rasti, head of the county office, "
        "told the Valley Herald."
    )
    assert speakers(text) == ["Omid Rasti"]


def test_relative_clause_without_its_opening_comma_hangs_on_the_name() -> None:
    lead = "Parviz Naderi spoke on Monday. Naderi who chaired the council "
    assert speakers(lead + "from 1999 to 2011, added that “this plan must fail.”") == ["Parviz Naderi"]
    assert speakers(lead + "for many years, added that “this plan must fail.”") == ["Parviz Naderi"]


def test_a_year_is_never_a_speaker() -> None:
    assert speakers("In the league of 2011, 2016 added “five new teams”.") == [None]


def test_office_of_the_navy_before_a_name() -> None:
    text = (
        "TEHRAN - Deputy Chief of the Navy Karim Dorani said on Monday that the coast is safe.\n"
        "“We are ready,” he said."
    )
    assert speakers(text) == ["Karim Dorani"]


def test_a_bodys_acronym_in_brackets_cuts_neither_office_nor_name() -> None:
    text = (
        "TEHRAN - Chief of the Coastal Guards Corps (CGC) Karim Dorani said on Monday that "
        "the coast is safe. “We are ready,” he said. President Tom Walker has admitted that the war "
        "is long. Elsewhere in his remarks, the top CGC commander said that the fleet is “ready”."
    )
    assert speakers(text) == ["Karim Dorani", "Karim Dorani"]


def test_a_person_spoken_of_is_not_the_role_phrase_that_speaks() -> None:
    text = (
        "Omid Rasti toured the port on Monday. Elsewhere, the top CGC commander said that "
        "Lieutenant General Nasser Jalali had a “key” part in the campaign."
    )
    assert speakers(text) != ["Nasser Jalali"]
    later = (
        text
        + " He said the youth will follow him. “We must use our means,” he said. General Jalali died in May."
    )
    assert "Nasser Jalali" not in speakers(later)


def test_an_office_set_off_before_a_titled_name_is_theirs() -> None:
    text = (
        "Commander of the Coastal Guard Corps General Karim Dorani said the rivals are weak. "
        "“A new era has begun,” General Dorani told a broadcaster. The CGC Sea Force Commander, "
        "General Ali Vaez, also issued a warning. “I advise them to leave,” Vaez said, according to "
        "a news agency. “Many of their sites are within reach of our missiles,” the Sea Force chief added."
    )
    assert speakers(text) == ["Karim Dorani", "Ali Vaez", "Ali Vaez"]


def test_they_is_not_a_body_whose_sentence_others_speak() -> None:
    text = (
        "Lawmakers have praised the fleet. Norland’s Navy had served the coast well for decades, 150 "
        "deputies said in a letter on Friday. “The fleet is a source of pride,” they added."
    )
    assert speakers(text) != ["Norland Navy"]
    body = "The Norland Navy said on Tuesday that the fleet was home. “The fleet is our pride,” it added."
    assert speakers(body) == ["Norland Navy"]


def test_a_deputy_is_not_the_office_holder() -> None:
    text = (
        "Deputy Commander of the Navy Ali Vaez said the sea is calm. Also, Major General Karim "
        "Dorani said at a conference that it was ready. The Navy chief said all units are set, "
        "adding, “We are strong.”"
    )
    assert speakers(text) != ["Ali Vaez"]
    deputy = "Deputy Commander of the Navy Ali Vaez said the sea is calm. “We are strong,” the deputy commander added."
    assert speakers(deputy) == ["Ali Vaez"]


def test_the_field_chief_is_the_minister_of_that_field() -> None:
    text = (
        "Intelligence Minister Karim Dorani said the rivals were weak. “We know them,” the minister "
        "added. The president met envoys on Monday. The intelligence chief added that the file was no "
        "mere “guess” but a “fact”."
    )
    assert speakers(text) == ["Karim Dorani"] * 3


def test_state_before_officials_is_no_cue() -> None:
    text = (
        "Ayatollah Ali Kemal, at a gathering of senior state officials, stressed the need for "
        "unity. “Hostile powers are trying to damage us.” “We will go on,” Kemal said."
    )
    assert speakers(text) == ["Ali Kemal", "Ali Kemal"]


def test_remarks_made_are_no_cue() -> None:
    text = "Norland’s aide Tom Berg made derogatory remarks against Tarsk and called it “old Europe”."
    assert speakers(text) != ["derogatory"]
    said = "Prices rose. One of the marchers raised this issue and said; “Bread costs too much.”"
    assert speakers(said) == ["One of the marchers"]


def test_characterized_as_names_the_phrase_its_subjects() -> None:
    assert speakers(
        'Parviz Naderi spoke. On Monday, Naderi also characterized the protests as a "revolution".'
    ) == ["Parviz Naderi"]


def test_the_one_told_is_no_speaker() -> None:
    text = (
        "Later, the ministry summoned the envoy, Tom Reed. He was told that the move was “maritime piracy.”"
    )
    assert speakers(text) == [None]


def test_closing_clause_with_where_it_was_said() -> None:
    text = (
        "Parviz Naderi spoke. Whether the role was “good or bad” the names are recorded, the minister "
        "said at a forum hosted by the Valley Daily that was held on Sunday."
    )
    assert speakers(text) == ["Parviz Naderi"]


def test_he_is_not_a_woman_the_article_calls_she() -> None:
    text = (
        "Britain must pay, Mina Sadri said in an interview. “Nearly 2 million barrels were seized,” "
        "she said. “Iran can complain,” Sadri suggested. Later, the ministry summoned the envoy, Tom "
        "Reed. He said the move was “maritime piracy.”"
    )
    assert speakers(text) == ["Mina Sadri", "Mina Sadri", "Tom Reed"]


def test_a_rank_title_is_no_office_that_keeps_the_leader_from_its_holder() -> None:
    text = (
        "Ayatollah Ali Kemal said on Monday that unity is a need. “Only then will people be happy,” "
        "Ayatollah Kemal said. “It does not matter if the world agrees,” the Leader said. Ayatollah "
        "Kemal also slammed the rivals for their claims. “Are those who armed them real friends?” the "
        "Leader asked."
    )
    assert speakers(text) == ["Ali Kemal"] * 3


def test_a_city_is_no_person() -> None:
    text = (
        "Iran’s Ambassador to Seoul Karim Dorani met traders. “Trade ties are growing fast,” Dorani "
        "said. Visitors from Kashan met the envoy. Later, a guide from Kashan spoke. “It was full,” she said."
    )
    found = speakers(text)
    assert found[0] == "Karim Dorani"
    assert found[1] != "Kashan"


def test_an_open_appositive_after_an_opening_phrase_names_the_one_before_it() -> None:
    kin = "In an interview, Tom Berg, son of crash victim Carl Berg says “we are angry”."
    assert speakers(kin) == ["Tom Berg"]
    source = "Meanwhile there was news. According to Al Review, Tom Berg, a former adviser to the mayor says “the plan failed”."
    assert speakers(source) == ["Tom Berg"]
    # a name apposed to the office before it is not the subject of the verb after
    apposed = (
        "Ana Lind told the Valley Herald that upon the order of the President, Karim Dorani, the "
        "council said “we act now”."
    )
    assert speakers(apposed) != ["Karim Dorani"]


def test_saying_opens_what_the_clause_subject_said() -> None:
    text = "Ali Vaez has mocked the raids, saying everyone involved would be handled “firmly”."
    assert speakers(text) == ["Ali Vaez"]
    moved = "Ana Ruiz, a Vale senator, faulted the plan, saying it was an “error”."
    assert speakers(moved) == ["Ana Ruiz"]
    former = (
        "Former Democratic presidential candidate Ana Ruiz has dismissed an argument by the council, "
        "saying such an argument “makes no sense”."
    )
    assert speakers(former) == ["Ana Ruiz"]


def test_an_opening_participle_belongs_to_the_main_clause_subject() -> None:
    text = "Stressing that the nation cannot be put in “nuclear custody,” Ayatollah Ali Kemal ordered the agency to act."
    assert speakers(text) == ["Ali Kemal"]
    assert speakers("Stressing that the nation cannot accept “nuclear custody,” the decision was made.") == [
        None
    ]


def test_lashing_out_names_the_phrase_its_subjects() -> None:
    assert speakers("The envoy Tom Berg lashed out at the union for its “wholly insufficient” response.") == [
        "Tom Berg"
    ]


def test_a_letter_is_no_speaker() -> None:
    assert speakers(
        'Q: Tom Berg, head of the Vale Council, has compared Reed with Bush, said "axis of evil".'
    ) != ["Q"]


def test_an_office_for_a_field_before_a_name() -> None:
    text = (
        "Deputy Oil Minister for Refining and Oil Products Abbas Kazemi signed the deal. “It is large,” "
        "Kazemi told a news agency. Deputy oil minister noted that one firm will build it. “Output will "
        "fall,” he said."
    )
    assert speakers(text) == ["Abbas Kazemi", "Abbas Kazemi"]
    field = "UN High Commissioner for Human Rights Lena Moss said the camps were “overcrowded”."
    assert speakers(field) == ["Lena Moss"]
    body = "“Sanctions failed,” the Center for Strategic Studies said in a report."
    assert speakers(body) == ["Center for Strategic Studies"]


def test_a_post_for_a_country_ties_no_one_to_it() -> None:
    text = (
        "US Special Representative for Iran Tom Hook said the threat was real. On Friday, "
        "Iranian permanent envoy to the UN Ali Vaez rejected the charges, saying they rested "
        "on “forged reports”."
    )
    assert speakers(text) != ["Tom Hook"]


def test_a_diplomat_may_be_the_envoy_named_before() -> None:
    text = (
        "Lin Bo, Beijing’s Chinese envoy at the Geneva bodies, said the talks were going well. “We see "
        "progress,” Lin said. President Tom Reed quit the deal in 2018. Reed also added new sanctions "
        "on Iran. Iran waited for a year. “Sanctions must end,” the Chinese diplomat said."
    )
    assert speakers(text) == ["Lin Bo", "Lin Bo"]


def test_a_whole_word_title_ends_a_sentence() -> None:
    text = (
        "The team said it would reopen the pact, agreed while he served as vice president. "
        'Ali Vaez, by contrast, stressed that "not in any case" would Norland reopen it.'
    )
    assert speakers(text) == ["Ali Vaez"]
    short = "The talks went on, said Sen. Tom Reed. “We are close,” Reed added."
    assert speakers(short) == ["Tom Reed"]


def test_a_day_is_never_a_speaker() -> None:
    text = (
        "Also on Saturday, the army chief said the fight of the groups, which after 12 days led to a "
        "truce, revealed that the “glass of the occupiers” has broken."
    )
    assert speakers(text) != ["Saturday"]


def test_a_name_in_marks_after_a_post_is_no_quotation() -> None:
    text = (
        'Senators have turned on the president. Recent remarks by Republican Senator, "Tom Reed", '
        "suggest the party may drop him."
    )
    assert speakers(text) == [None]
    said = 'Tom Reed, the senator, said, "We Win".'
    assert speakers(said) == ["Tom Reed"]


def test_shaikh_is_a_title_like_sheikh() -> None:
    text = (
        "TEHRAN- Norland’s Foreign Minister Shaikh Karim Lutfi Al-Karim Al-Rami, in a call with his "
        "counterpart Ali Vaez on Tuesday, said aid was sent. “We stand with you,” the Norland foreign minister said."
    )
    assert speakers(text) == ["Karim Lutfi Al-Karim Al-Rami"]


def test_a_spokesman_may_be_the_press_secretary_named_before() -> None:
    text = (
        "Pentagon Press Secretary Tom Kirk said the strikes were ordered. “The raid hit a depot,” "
        "Kirk claimed. Later the Pentagon spokesman argued the raid would “calm things down,” which "
        "critics doubt."
    )
    assert speakers(text) == ["Tom Kirk", "Tom Kirk"]
