"""Quote speakers given by a post that runs into its verb, a document's issuer in an opening "In a
statement," phrase, a participle after a quote, and role words for one office: invented text,
each case a rule of refrain.quotes."""

from __future__ import annotations

from quote_speakers import quoted_speakers

from refrain import quotes
from refrain.quotes.context import tokens
from refrain.quotes.speakers import sentence_subject


def test_a_post_running_into_its_verb_ties_the_nationality_to_the_name() -> None:
    text = (
        "In this regard, Kerem Aslan, a Turkish lawyer tells the Vantage Daily that “the Gulf states are "
        "afraid.” He adds, “They fear the street.” Aslan says, “We shall see.” Asked about trade, the "
        "Turkish lawyer says, “Trade will grow.” The Turkish writer adds, “It is clear.”"
    )
    assert quoted_speakers(text) == ["Kerem Aslan"] * 5


def test_the_subject_after_an_opening_in_a_statement_issued_it() -> None:
    text = (
        "KOLBO – In a brief statement released Sunday, the Iranian embassy in Tarsk denounced the "
        "weekend blast at the port.  “We denounce the blast that hit the dock workers,” the statement "
        "read. “Our sympathy goes to their families,” it added."
    )
    assert quoted_speakers(text) == ["Iranian embassy", "Iranian embassy"]


def test_a_participle_after_a_quote_has_the_main_clause_subject() -> None:
    text = (
        "TEHRAN – Norland Foreign Minister Omid Varan said on Monday that Norland-Tarsk relations are "
        "“strategic,” describing ties as “growing.” He met the envoy."
    )
    assert quoted_speakers(text) == ["Omid Varan", "Omid Varan"]


def test_the_central_banker_is_the_bank_governor_named_before() -> None:
    text = (
        "Norland’s central bank governor Omid Varan called on Tarsk to act. “Tarsk must release the "
        "funds,” Varan said after his meeting.  “I reminded the Tarskians,” the central banker insisted."
    )
    assert quoted_speakers(text) == ["Omid Varan", "Omid Varan"]


def test_the_legislator_is_not_a_president_named_alone_since() -> None:
    text = (
        "In an interview, Omid Varan said the talks would go on. “Paris wants a role,” said Varan, who "
        "sits on the Majlis security committee. “Norland’s economy has suffered,” said the legislator.  "
        "Former Tarsk President Hugo Kolb quit the deal in 2018.  The legislator said the West lost most. "
        "“Has Norland stopped its work?” the MP asked."
    )
    assert quoted_speakers(text) == ["Omid Varan"] * 3


def test_adding_right_after_a_quote_has_the_main_clause_subject_and_stays_direct() -> None:
    text = (
        "Hugo Kolb also said the threat to punish anyone selling arms to Norland “makes no sense,” "
        "adding, “Tarsk opposes unilateral sanctions.”"
    )
    found = quotes.find(text)
    assert [(q.kind, q.speaker) for q in found] == [("partial", "Hugo Kolb"), ("direct", "Hugo Kolb")]


def test_the_n_year_old_is_the_person_the_lead_is_about_after_a_dateline_with_a_country() -> None:
    text = (
        "KOLBO, Tarsk — Norland midfielder Omid Varan shrugged off the jeers on his return to his old "
        "club, in a 0-0 draw on Friday. Asked about the crowd, the 24-year-old said: “It is normal.”"
    )
    assert quoted_speakers(text) == ["Omid Varan"]


def test_the_person_before_posts_left_unclosed_speaks_not_the_body_ending_them() -> None:
    lab = (
        "Back in Norland, Cynthia Varan, director of Tarsk University's Polarization and Research Lab "
        'says "Folks use this to air old grudges." One convoy raised money.'
    )
    assert quoted_speakers(lab) == ["Cynthia Varan"]
    center = (
        "Speaking of the protests, Hugo Kolb, a research fellow with the Kolbo Institute, a Tarsk "
        "policy group told reporters that “there is a worry that this will grow.”"
    )
    assert quoted_speakers(center) == ["Hugo Kolb"]


def test_based_on_opens_a_sentence_and_is_no_subject() -> None:
    text = "Based on reports, the Syrian army units will move north soon."
    subject = sentence_subject(tokens(text, 0, len(text)))
    assert subject is not None and text[subject.start : subject.end] == "the Syrian army units"
