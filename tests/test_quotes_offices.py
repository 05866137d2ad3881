"""Speakers named with a ministry's title, and papers described by the body they are close to
(issue 13). Every text here is invented for the test; the names are invented.
"""

from __future__ import annotations

from quote_speakers import quoted_speakers

from refrain.entities.names import split_name
from refrain.quotes import find
from refrain.quotes.context import tokens
from refrain.quotes.entities import build_index


def _people(text: str) -> set[str]:
    index = build_index(text, tokens(text, 0, len(text)))
    return {e.name for e in index.entities.values() if e.kind == "person"}


def test_an_office_with_and_before_the_name_is_one_role() -> None:
    text = "Minister of Culture and Islamic Guidance Farhad Nouri said, “Cinema attendance rose this year.”"
    assert quoted_speakers(text) == ["Farhad Nouri"]


def test_an_office_with_and_after_the_verb_is_one_role() -> None:
    text = "“Ten new roads will open,” said Minister of Roads and Urban Development Kaveh Rostami."
    assert quoted_speakers(text) == ["Kaveh Rostami"]


def test_an_office_with_and_keeps_a_three_word_name() -> None:
    text = "Minister of Water and Energy Ali Akbar Tabrizi told reporters that “the dams are full.”"
    assert quoted_speakers(text) == ["Ali Akbar Tabrizi"]
    assert _people(text) == {"Ali Akbar Tabrizi"}


def test_split_name_keeps_the_office_fields_in_the_role() -> None:
    head, tail, is_org = split_name("Minister of Culture and Islamic Guidance Farhad Nouri".split())
    assert (head[-1], tail, is_org) == ("Guidance", ["Farhad", "Nouri"], False)
    assert split_name("Ministry of Water and Energy".split())[2] is True


def test_a_ministry_with_and_is_no_person() -> None:
    text = (
        "The Ministry of Water and Energy said on Monday that the dams were full.\n\n"
        "“Reservoirs are at 80 percent,” it said."
    )
    assert "Energy" not in _people(text)
    assert quoted_speakers(text) == ["Ministry of Water and Energy"]


def test_a_field_word_after_a_comma_list_office_is_not_the_name() -> None:
    text = "Minister of Cooperatives, Labor and Social Welfare Reza Farzin said, “Wages will rise.”"
    assert _people(text) == {"Reza Farzin"}


def test_the_body_a_daily_is_linked_to_does_not_speak() -> None:
    text = "The talks have failed, an op-ed in a daily close to the Harbour Guards said on Monday."
    text += "\n\nIt said, “Nobody trusts the envoys any more.”"
    assert quoted_speakers(text) == ["op-ed"]


def test_it_after_an_op_ed_described_by_its_backer_is_the_op_ed() -> None:
    text = (
        "An op-ed in the Evening Courier, a daily linked to the Harbour Guards, said on Monday that "
        "the talks had failed.\n\n“Nobody trusts the envoys any more,” it added."
    )
    assert quoted_speakers(text) == ["op-ed"]


def test_he_after_a_person_describing_another_is_the_subject() -> None:
    text = (
        "Parliament Speaker Javad Karimi met Leon Voss, the envoy of Ruritania, on Monday.\n\n"
        "Karimi described Voss as a friend of the nation. “Our doors are open to every partner,” he said."
    )
    assert quoted_speakers(text) == ["Javad Karimi"]


def test_a_name_written_twice_in_a_row_is_one_name() -> None:
    text = (
        "Envoys are not to blame: Lena Moreau Lena Moreau, the Ruritanian foreign minister, said on Monday "
        "that no arms came from abroad. “We make our own tools,” she said."
    )
    assert quoted_speakers(text) == ["Lena Moreau"]


def test_a_surname_goes_to_the_person_named_before_it() -> None:
    text = (
        "TEHRAN — Dara Moshiri remains the sole candidate for the chair of the city council.\n\n"
        "“The new mayor will rely on the council,” Moshiri said during the session.\n\n"
        "Moshiri, whose father was the late Ayatollah Kamran Moshiri Dehkordi, received the most votes."
    )
    assert quoted_speakers(text) == ["Dara Moshiri"]


def test_a_sentence_whose_verb_has_its_own_object_does_not_report_the_quote_before_it() -> None:
    text = (
        "“We will not start a war,” Karl Brandt warned. “So there will be no short war either.” "
        "Two analysts later echoed that warning."
    )
    assert quoted_speakers(text) == ["Karl Brandt"]


def test_an_addressee_after_the_verb_still_reports_the_quote() -> None:
    text = "“The bridge will open in May.” Karl Brandt told the reporters."
    assert quoted_speakers(text) == ["Karl Brandt"]


def test_a_country_in_what_was_said_does_not_tie_the_speaker_to_it() -> None:
    text = (
        "TEHRAN — Iran’s policies will not be swayed by the vote in the U.S., says Deputy Foreign "
        "Minister Karim Sadeghi. “The vote abroad will not change our course,” Sadeghi said.\n\n"
        "“We will adopt new solutions when new facts arise,” the senior Iranian diplomat said."
    )
    assert quoted_speakers(text) == ["Karim Sadeghi", "Karim Sadeghi"]


def test_a_holiday_is_no_person_for_he() -> None:
    text = (
        "The aid was cut by President Karl Brandt in his angry New Year tweet, when he accused "
        "Norland of “nothing but lies and deceit”."
    )
    assert quoted_speakers(text) == ["Karl Brandt"]
    assert _people(text) == {"Karl Brandt"}


def test_a_capitalised_title_posted_to_a_body_is_a_description_before_the_verb() -> None:
    text = (
        "In a statement to the assembly on Thursday, Lena Moreau, Norland’s Deputy Permanent "
        "Representative to the UN, said, “We reject the draft in its entirety.”"
    )
    assert quoted_speakers(text) == ["Lena Moreau"]


def test_a_title_posted_to_a_place_before_a_name_still_names_the_speaker() -> None:
    text = "Later, Norland’s Ambassador to Iraq Lena Moreau said, “The border stays open.”"
    assert quoted_speakers(text) == ["Lena Moreau"]


def test_a_quote_after_respond_to_is_not_the_responders_words() -> None:
    text = (
        "Government spokesman Karl Brandt warned on Wednesday that Norland will respond to "
        "“any strategic mistake” by its rivals, hours after the threat."
    )
    assert quoted_speakers(text) == ["Karl Brandt"]


def test_to_after_an_earlier_quote_piece_still_goes_with_its_speaker() -> None:
    text = (
        "President Karl Brandt spoke on Monday. The president added “a truce matters to us and we "
        "expect both sides” to “show restraint” in the coming days."
    )
    assert quoted_speakers(text) == ["Karl Brandt", "Karl Brandt"]


def test_pledged_to_before_a_quote_is_the_pledgers_words() -> None:
    text = "Foreign Minister Karl Brandt pledged to “exercise every option” to extend the ban."
    assert quoted_speakers(text) == ["Karl Brandt"]


def test_the_leads_source_named_next_and_a_counselor_is_a_post() -> None:
    text = (
        "OSLO- A Pakistani trade team will visit Oslo next week, according to the trade counselor "
        "of Pakistan in Norland. Omar Rami Khalid, heading a group of traders to the fair, "
        "made the announcement in an interview.\n"
        "Speaking of the trade goals, the Pakistani counselor said: “Some goals are met.”"
    )
    assert [q.speaker for q in find(text)] == ["Omar Rami Khalid"]


def test_an_indefinite_diplomat_in_the_lead_is_the_representative_named_next() -> None:
    text = (
        "OSLO – An Iranian diplomat on Thursday rejected “baseless allegations” against its programs. "
        "Omar Rami Khalid, representative of Iran to the UN disarmament panel, said in a "
        "statement that the programs are peaceful."
    )
    assert [q.speaker for q in find(text)] == ["Omar Rami Khalid"]


def test_a_circumstance_set_off_after_a_name_is_no_post() -> None:
    # "in a phone call with the emir of X" names no post of the president's
    text = (
        "OSLO - President Karl Ross, in a telephone call with the emir of Tarsk Sheikh Omar Rami on "
        "Saturday, called for cooperation. “The outbreak is a global problem,” Ross underscored. "
        "The Tarskian emir, for his part, said, “We stand with the people of Norland.”"
    )
    assert [q.speaker for q in find(text)][-1] != "Karl Ross"


def test_a_director_is_the_head_named_before() -> None:
    text = (
        "Karl Ross, who is head of the Norland Space Agency (NSA), stated on Monday "
        "that talks go on. On Saturday, the NSA director said the deal should steer away from "
        "“the present troubles.”"
    )
    assert [q.speaker for q in find(text)] == ["Karl Ross"]


def test_a_navy_chief_after_a_naval_rank_but_not_after_an_army_one() -> None:
    navy = "Rear Admiral Karl Ross told a local paper on Tuesday that “boats are on the way.” The Navy chief said, “The guns are hidden.”"
    army = "Brigadier General Karl Ross said “the army is ready.” Later, the Navy chief said, “The guns are hidden.”"
    assert [q.speaker for q in find(navy)][-1] == "Karl Ross"
    assert [q.speaker for q in find(army)][-1] != "Karl Ross"
