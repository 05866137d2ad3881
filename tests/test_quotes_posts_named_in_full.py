"""Quote speakers: a post phrase that ends by naming its holder, "it" and plural subjects,
professions as roles ("the legislator", "the physicist"), documents that stipulate.
All text invented."""

from __future__ import annotations

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
    # the Leader's own page speaks for him; "it" is not the nations, and no other body is in view
    assert speakers(text) == ["Karim Hosseini", None]
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
