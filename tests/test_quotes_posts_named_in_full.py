"""Quote speakers: a post phrase that ends by naming its holder, "it" and plural subjects,
professions as roles ("the legislator", "the physicist"), documents that stipulate.
All text invented."""

from __future__ import annotations

from refrain import quotes
from tests.quote_speakers import speakers

_TWO_OF_ONE_NAME = (
    "In reply to a call from the Speaker of the Assembly of Norland Tarek Vossberg on Tuesday, "
    "President Karim Adlan congratulated him. Norland Assembly Speaker Tarek Vossberg also thanked "
    "Adlan for his efforts. In his first call with Adlan after the vote, the new President of "
    "Norland Ivo Vossberg thanked President Adlan for his message, saying, “My door stays open to "
    "your ministers.”"
)


def test_a_post_phrase_ending_in_a_full_name_is_that_person() -> None:
    assert speakers(_TWO_OF_ONE_NAME) == ["Ivo Vossberg"]
    # the same with a place the country's other official is tied to
    assert speakers(_TWO_OF_ONE_NAME.replace("Norland", "Estland")) == ["Ivo Vossberg"]


def test_the_body_named_in_a_post_is_no_person() -> None:
    text = (
        "Leader of the Islamic Revolution Ayatollah Karim Hosseini met the envoys on Monday. "
        "“We are ready for talks,” the Leader of the Islamic Revolution said."
    )
    assert speakers(text) == ["Karim Hosseini"]


def test_it_never_refers_to_a_plural_noun() -> None:
    text = (
        "TEHRAN – Coastal nations will never back the canal, according to Leader Ayatollah Karim "
        "Hosseini. “If rivals believe pressure will work, they are mistaken,” the online page of the "
        "Leader, managed by aides, wrote late on Tuesday. “Every government that deals with them "
        "will fall,” it added."
    )
    # the Leader's own page speaks for him, and "it" goes on with the page (not the nations)
    assert speakers(text) == ["Karim Hosseini", "Karim Hosseini"]
    body = "The Grain Board warned of shortages on Monday. “Stocks are low,” it said."
    assert speakers(body) == ["Grain Board"]
    # a verb ending in "s" after a body's name is no plural noun
    again = body + " The Grain Board says wheat is scarce. “Prices will rise,” it said."
    assert speakers(again) == ["Grain Board", "Grain Board"]


def test_a_speakers_own_website_carries_their_words() -> None:
    lead = "Karim Hosseini met the envoys. “If rivals believe pressure will work, they are mistaken,” "
    assert speakers(lead + "Hosseini’s official website wrote.") == ["Karim Hosseini"]
    assert speakers(lead + "the page of the Norland Times wrote.") == ["Norland Times"]


def test_the_legislator_is_the_parliamentarian_quoted_before() -> None:
    text = (
        "Lawmakers on Wednesday voted for a motion on fines. Karim Dastjerdi, a parliamentarian from "
        "Sari, said most of those fined are traders. “Rival papers blew this "
        "out of all proportion” and traders have paid a “steep” cost, he explained. “Under the motion, warnings "
        "would take the place of fines,” the legislator pointed out."
    )
    assert speakers(text) == ["Karim Dastjerdi"] * 3


def test_a_document_that_stipulates_speaks_its_words() -> None:
    text = "The accord stipulates that “every road across the valley must reopen within a year.”"
    assert speakers(text) == ["accord"]


def test_a_post_to_a_place_or_body_before_the_holders_name() -> None:
    text = "“We are ready to widen ties,” Ambassador to Norland Levan Petrov said."
    assert speakers(text) == ["Levan Petrov"]
    at_un = (
        "“Norland is watching the events,” Norland’s Foreign Office spokeswoman Hua Lin told reporters. "
        "Earlier, Norland’s Ambassador to the UN Zhang Wei had called on all sides to “stay calm.” “It is vital "
        "now to avoid fueling tensions,” he said at the meeting."
    )
    assert speakers(at_un) == ["Hua Lin", "Zhang Wei", "Zhang Wei"]


def test_the_envoy_to_a_place_is_the_ambassador_named_before() -> None:
    text = (
        "Levan Petrov, the Russian ambassador to Norland, spoke on Monday. “We are ready to widen "
        "ties,” the top Russian diplomat to Norland said."
    )
    assert speakers(text) == ["Levan Petrov"]


def test_a_province_is_no_person() -> None:
    found = list(quotes.find("“It is early,” the governor of Sari Province said."))
    assert [q.speaker_kind for q in found] != ["person"]


def test_a_holder_named_paragraphs_later_is_not_the_one_just_quoted() -> None:
    text = (
        "TEHRAN – Karim Adlan who has won the backing of lawmakers and the faith of the "
        "president to once more steer Norland’s foreign policy has said Norland will widen ties with the "
        "world in the coming years. “Wide ties with the world are on our mind and the coming years "
        "will be years of growing ties,” he said in an interview with a state site on Saturday. He "
        "said that it is vital to have ties with the whole world, not one region, to have a “sound "
        "foreign policy”. Norland has always sought good ties in the region, the chief diplomat "
        "further noted. “Our policy rests on dialogue with neighbors,” he asserted. He added that crime "
        "is a shared threat. Commenting on Estland Ambassador to the UN Lena Voss’s push for "
        "inspections, Adlan said that Voss is not informed."
    )
    assert speakers(text) == ["Karim Adlan"] * 3


def test_the_statement_is_its_issuers_not_the_site_that_carried_it() -> None:
    text = (
        "The Grain Office stated in a release on Friday that the figures were wrong, the office "
        "portal reported. “The figures are a reckless fiction,” the release said."
    )
    assert speakers(text) == ["Grain Office"]
    assert speakers("“The bill is a crime,” Grain Office portal wrote.") == ["Grain Office"]
    # a statement only carried by a site stays the statement's
    carried = "“The force has launched a new drone,” said a statement carried by the Norland Daily website."
    assert speakers(carried) != ["Norland Daily"]


def test_had_this_to_say_and_recommends_are_cues() -> None:
    said = 'Former President Lena Park spoke last week. The former President had this to say: "why is nobody looking into the May vote?"'
    assert [(q.speaker, q.cue) for q in quotes.find(said)] == [("Lena Park", "had this to say")]
    advice = "Tom Berk, an analyst at a policy institute, wrote a paper. The expert recommends: “Start with calm at sea.”"
    assert speakers(advice) == ["Tom Berk"]
    assert speakers("The place is lovely. Absolutely recommended! ‘Dinner only’ A fine spot.") == [None]


def test_a_word_in_marks_closed_by_its_speakers_clause_is_theirs() -> None:
    assert speakers(
        "The talks with the partners were “useful”, Deputy Minister Karim Rahbar said on Sunday."
    ) == ["Karim Rahbar"]
    assert speakers("Karim Rahbar met the envoys. The visit was “fruitful”, he said.") == ["Karim Rahbar"]
    # a title closed by a speaker's clause is still a title
    assert speakers("The guests watched “Dunkirk”, Karim Rahbar said.") == [None]


def test_the_two_men_are_the_two_named_just_before() -> None:
    text = (
        "Foreign Minister Karl Brandt held a phone call with his Norland counterpart Ivo Lund. "
        "According to the ministry, the two men agreed to go on with talks with “a common goal of "
        "preventing more violence”."
    )
    assert speakers(text) == ["Karl Brandt and Ivo Lund"]


def test_days_and_rights_bodies_are_no_people() -> None:
    from refrain.entities.kinds import speaker_kind

    assert speaker_kind("Harvest Day") == "unnamed"
    assert speaker_kind("Human Rights") != "person"
    assert speaker_kind("Norland Observatory for Human Rights") == "organisation"
    assert speaker_kind("Ivo Lund") == "person"


def test_a_post_in_a_relative_clause_is_the_post_alone() -> None:
    text = "Tomas Berk, who is also the director of the Film Center, spoke on Monday. “We made ten films,” he said."
    (found,) = quotes.find(text)
    assert (found.speaker, found.role) == ("Tomas Berk", "director")


def test_he_after_a_possessive_post_is_the_holder_named_before() -> None:
    text = (
        "Ambassador Hamid Rostami says the plan will fail. Iran’s top envoy to Paris then noted that "
        "many firms are keen. “We keep in touch with each of them,” he explained."
    )
    assert speakers(text) == ["Hamid Rostami"]
    # the possessive post as a quote's own speaker introduces someone: not the ambassador of another post
    assert speakers(
        "Foreign Minister Karim Adlan met the emir. “We talked about ports,” Iran’s president said."
    ) == ["Iran president"]
