"""Quote speakers on invented text: who goes on speaking. "The Esterby foreign minister further
mentioned …" right after a named speaker is that speaker; "the second official" is another one,
never the last named; "One of the officials …" is one of them; "This was confirmed by the
rapporteur, X. He said" is X; "…” to end the war, X said, adding that …" is X, not the speaker of
the quotation before; "X, who served as a fellow at the Y Institute (YI), also says" is X; "the
tests had added a “new layer …”" reports nobody's words; "according to the veteran journalist" after
the named author just quoted is that author; a description set off after an object does not say
what ", saying" reports; "issued a brief statement late on Sunday saying" and "The ministry denounced “…”,
Varan News reported" are the body's; "Describing X as “…”, the chancellor furthered that" is the
chancellor's."""

from __future__ import annotations

from quote_speakers import speakers

from refrain import quotes


def test_a_post_that_goes_on_after_its_named_speaker_is_that_speaker() -> None:
    text = (
        "Asked about the talks, Omid Karan stressed “there can only be talks”. “We have had four "
        "wars in four decades,” he said. “We cannot take more,” stressed Karan. The Iranian interior "
        "minister further noted that trust must grow between the states. “Norland has missiles "
        "with a longer range than ours. Ours are not built that way.”"
    )
    assert speakers(text) == ["Omid Karan"] * 4


def test_a_post_after_another_person_was_named_does_not_go_on() -> None:
    text = (
        "Omid Karan met Ivan Petrovsky in Moscow. “We talked about the river,” said Karan. The "
        "Russian foreign minister also said “the talks were good.”"
    )
    assert speakers(text)[1] != "Omid Karan"


def test_the_second_official_and_one_of_the_officials_are_no_one_named_before() -> None:
    text = (
        "Karel Vandos, the Norland envoy, praised the talks. According to the two Varan officials, "
        "the meeting took place last month. One of the officials, who works at the Varan foreign "
        "ministry, said there was “a warm answer from both sides.” The second official said, “The "
        "aim is calm.”"
    )
    assert speakers(text) == ["one of the officials", "second official"]


def test_he_after_a_passive_agent_is_the_agent() -> None:
    text = (
        "The second official said, “The aim is calm.” This account was confirmed by the reporter of "
        "the assembly's border panel, Amer Al-Fayez. He said, “Varan has begun to mediate.”"
    )
    assert speakers(text) == ["second official", "Amer Al-Fayez"]


def test_a_closing_clause_before_adding_that_names_the_speaker() -> None:
    text = (
        "The envoy came to Varan. “Nobody may rule these people as they like,” Vandos was "
        "quoted as saying by the Varan daily. In a meeting in November, Omid Karan, a senior aide to "
        "the foreign minister, spoke about the region.  “A quick stop to the clashes, an end to the "
        "siege and talks among the Esterby sides are some basic needs” to end the five-year war "
        "there, Karan said, adding that Norland would welcome more work on it."
    )
    found = quotes.find(text, language="en")
    assert [q.speaker for q in found] == ["Vandos", "Omid Karan"]
    # the speaker's span is the name in the closing clause, not the words from the quote up to it
    assert found[1].speaker_mention is not None and found[1].speaker_mention.text == "Karan"


def test_a_relative_clause_with_brackets_before_the_verb_leaves_the_name() -> None:
    text = (
        "“The deal will hold for a while,” Karel Vandos tells the Tehran Times. The lesson is plain. "
        "Vandos, who was for years a fellow at the Norland Institute of Sea Studies "
        "(NISS), also says “the raid was probably carried out by a neighbour.”"
    )
    assert speakers(text) == ["Karel Vandos", "Karel Vandos"]


def test_adding_a_thing_reports_no_words() -> None:
    text = (
        "Karel Vandos said the tests by rivals Esterby and Norland three years ago had added a “new "
        "layer to the old tensions” that threaten the region."
    )
    assert speakers(text) == ["Karel Vandos"]


def test_a_wide_description_after_a_named_speaker_with_a_post_is_that_speaker() -> None:
    text = (
        "Former Norland Times correspondent Karel Vandos has written on the region for decades. "
        'Vandos, the author of the book "The River Men", points out that "for a long time, the court '
        'was above the fray."   "But that is no longer so. The judges often vote by party," according '
        "to the veteran journalist. A second matter is the old voting system."
    )
    assert speakers(text)[-1] == "Karel Vandos"


def test_a_description_set_off_after_an_object_is_no_speaker_of_saying() -> None:
    text = (
        "Karel Vandos denounced as “harmful” Norland’s policies toward the River Accord (RA), the "
        "official name for the water pact, saying those plans are “bound to go nowhere”."
    )
    assert speakers(text) == ["Karel Vandos", "Karel Vandos"]


def test_a_statement_saying_without_a_comma_is_the_issuers() -> None:
    text = (
        "TEHRAN – The Esterby Foreign Office issued a brief statement late on Sunday saying Norland’s "
        "cabinet bears “the whole blame” for the cartoons."
    )
    assert speakers(text) == ["Esterby Foreign Office"]


def test_a_body_whose_words_an_outlet_relays_speaks_them() -> None:
    text = (
        "The Esterby Foreign Ministry summoned the envoy. The ministry denounced “in the sharpest "
        "words” the weekly’s choice “to mock what the people hold dear,” Varan News reported."
        "\n\nIn Varan, prices rose “sharply” last week, Varan News reported."
    )
    assert speakers(text) == ["Esterby Foreign Ministry", "Esterby Foreign Ministry", None]


def test_an_opening_labelling_participle_belongs_to_the_subject_after_it() -> None:
    text = (
        "Norland Chancellor Karel Vandos posted a video in which he repeated his stance. Describing "
        "the unrest as a “brave fight for freedom” and claiming “a harsh crackdown” in Esterby, the "
        "Norland chancellor furthered that “sanctions are one way to add pressure on Esterby.”"
    )
    assert speakers(text) == ["Karel Vandos"] * 3


def test_guards_of_the_going_on_rules() -> None:
    # a fronted phrase before a post set off by commas is no subject ("Relevant to this, the
    # president, …, saying"); a magazine that reports is no speaker of its own subject's words; a
    # verb capitalised by mistake after a name is still the cue
    text = (
        "President Karel Vandos met Omid Karan. Relevant to this, the Norland president called "
        "unity needed, saying, “There should be no rift between us.”\n\n"
        "The Norland weekly magazine reports, “Esterby officials said in January that they would "
        "build more dams.”\n\n"
        "Referring to press reports about a plot, Vandos Tweeted, “Any attack on us will be met with "
        "a far greater one!”"
    )
    found = speakers(text)
    assert found[0] not in {"Relevant", None}
    assert found[1] not in {"Norland", "Norland weekly"}
    assert found[2] == "Karel Vandos"


def test_a_wide_description_of_another_country_is_not_the_last_speaker() -> None:
    text = (
        "Iran’s ambassador to Norland, Karel Vandos, accused Norland of meddling. “They are "
        "behind the unrest,” Vandos said. The American expert drew attention to “the latest attempts by "
        "Iran to meddle in other affairs.”"
    )
    assert speakers(text)[-1] != "Karel Vandos"


def test_a_statement_saying_is_its_issuers_not_the_sentences_it() -> None:
    text = (
        "Karel Vandos spoke with UN Secretary-General Omid Karan on Friday, the ministry website "
        "said. That was hours after the UN secretary-general had issued a short statement saying he "
        "“is glad of the pause in the fighting.”"
    )
    assert speakers(text) == ["Omid Karan"]


def test_a_post_of_a_body_set_off_before_adding_speaks() -> None:
    text = (
        "Housing loans  Under the bill the ministry must set aside a tenth of new houses for people "
        "with disabilities, and in this regard it should offer cheap loans to buyers, the head of the "
        "Welfare Office said, adding, “Couples with disabilities come first.”"
    )
    assert speakers(text) == ["head of the Welfare Office"]


def test_a_body_with_its_acronym_in_brackets_that_issued_a_statement_saying() -> None:
    text = (
        "The Norland Border Guard (NBG) Navy issued a statement saying it will respond to any "
        "mistake. The statement called the claims about the boats “fake”."
    )
    assert speakers(text) == ["Norland Border Guard Navy"]
