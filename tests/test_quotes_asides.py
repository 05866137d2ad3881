"""Speakers named by an aside or a clause around a short quotation: an opening labelling
participle before "the president said"; "issued a statement … reiterating"; a reporting aside set
off by commas after the quote (", he continued,"); a relative clause still open after a name
("Vandos - who has described the accord as a “…” - was")."""

from __future__ import annotations

from refrain.quotes import find


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find(text, language="en")]


def test_an_opening_labelling_participle_before_a_post_that_said() -> None:
    text = (
        "President Omid Karan spoke in Varan on Monday. Calling the present moment very “delicate”, "
        "the president said the people have always stood firm."
    )
    found = find(text, language="en")
    assert [(q.kind, q.speaker) for q in found] == [("partial", "Omid Karan")]


def test_a_statement_issued_with_a_speech_participle_other_than_saying() -> None:
    text = (
        "Norland farm ministers also issued a statement on May 4 reiterating the union’s “steady” "
        "backing for the grain accord."
    )
    assert speakers(text) == ["Norland farm ministers"]


def test_a_reporting_aside_after_the_quote_inside_its_sentence() -> None:
    text = (
        "Foreign Minister Omid Karan spoke on Monday. The “unfair” tariffs, he continued, are plain "
        "proof of “bad faith”. The “harsh” Norland tariffs, he added, hurt farmers most."
    )
    assert speakers(text) == ["Omid Karan"] * 3


def test_a_quote_inside_a_relative_clause_open_after_a_name() -> None:
    text = (
        "Karel Vandos heads the Norland board. A senior aide said on Friday that Vandos - who has "
        "described the accord as a “disgrace” and “the worst bargain ever struck,” - was expected "
        "to leave it."
    )
    assert speakers(text) == ["Karel Vandos", "Karel Vandos"]


def test_guards_of_the_aside_and_relative_rules() -> None:
    # a relative clause closed before the quote leaves it to the sentence's speaker; a name after
    # the quote with its own verb is still that speaker
    text = (
        "Karel Vandos said Omid Karan, who was elected in May, is “a true friend”.\n\n"
        "“We will go,” Ana Ruiz, the farmer who was there, told me."
    )
    assert speakers(text) == ["Karel Vandos", "Ana Ruiz"]


def test_the_leads_own_post_is_the_one_named_speaking_next() -> None:
    text = (
        "TEHRAN – The Norland Navy commander has said no ship will be allowed to stir trouble in the "
        "“vital” Strait of Varan. In an interview with a news agency on Monday, Rear Admiral Karel "
        "Vandos said, “It is a key waterway for us all.”"
    )
    assert speakers(text) == ["Karel Vandos", "Karel Vandos"]


def test_the_leads_post_of_another_country_is_not_the_one_named_next() -> None:
    text = (
        "VARAN – The Iranian Navy chief has declared no ship will be allowed to stir trouble in the "
        "“vital” Strait of Varan. In an interview on Monday, U.S. Admiral Karel Vandos said, “It is "
        "a key waterway for us all.”"
    )
    assert speakers(text)[0] != "Karel Vandos"


def test_a_name_before_an_unclosed_from_aside_speaks() -> None:
    text = (
        "Karel Vandos wrote on Monday. On the same day, Omid Karan, also from The Varan Post wrote "
        "“Norland has lost the trust it built over decades.”"
    )
    assert speakers(text) == ["Omid Karan"]


def test_an_aside_between_spaced_hyphens_before_the_verb_is_skipped() -> None:
    text = (
        "Earlier, Varan, Norland and Esterby - three parties to the grain accord - released a joint "
        "statement telling Tarsk that it could not use “snapback” levies against them."
    )
    assert speakers(text) == ["Varan Norland and Esterby"]


def test_a_verb_after_an_aside_that_opens_the_next_quote_is_no_aside() -> None:
    text = (
        "Karel Vandos spoke on Monday. Asked about the “thousand cuts” plan that rivals dream of, "
        "Vandos said, “That is not how it works.”"
    )
    assert speakers(text)[0] is None


def test_the_leads_post_is_not_one_named_next_with_another_office() -> None:
    text = (
        "VARAN – The Norland foreign ministry spokesman has urged Esterby to keep holy sites out of "
        "its “petty” games.   The remarks came after Esterby Foreign Minister Omid Karan claimed "
        "Norland arms the rebels."
    )
    assert speakers(text)[0] != "Omid Karan"


def test_a_relative_clause_with_its_own_subject_is_that_subjects() -> None:
    text = "Omid Karan rebuked Vandos, who Karan said last month “did a poor job in Varan”."
    assert speakers(text) == ["Omid Karan"]


def test_no_aside_of_hyphens_reaches_back_past_the_speech_verb() -> None:
    text = (
        "VARAN - Foreign Minister Omid Karan said on Friday that the accord - formally called the "
        "Grain Pact- “cannot be reopened”."
    )
    assert speakers(text)[0] != "VARAN"


def test_a_she_is_not_the_man_named_alone_in_a_sentence_with_his_he() -> None:
    text = (
        "Farm chief Ana Ruiz said on Wednesday that the pact is a “shared deal” and that she is tasked "
        "to guard it.\nSenator Omid Karan, who won the vote on Tuesday, had argued during his campaign "
        "that he would reopen the pact.   “The pact is not a deal between two states,” she said."
    )
    assert speakers(text) == ["Ana Ruiz", "Ana Ruiz"]


def test_the_official_after_another_office_holder_spoke_is_that_speaker() -> None:
    text = (
        "Karel Vandos, an official of the Trade Zones Council, told a news agency on Friday that trade "
        "rose. The official further put the value at 100 billion. Two weeks ago, the council’s secretary "
        "Omid Karan said that new zones will open. “We can use the capacity of the "
        "centre,” the official noted."
    )
    assert speakers(text) == ["Omid Karan"]


def test_a_statement_issued_that_explained_is_its_issuers() -> None:
    text = (
        "Karel Vandos posted on Monday. The Norland Treasury issued a statement that explained its new "
        "rules. “All assets of the listed firms must be frozen at once,” the statement said."
    )
    assert speakers(text) == ["Norland Treasury"]


def test_two_described_speakers_after_inverted_cues_stay_apart() -> None:
    text = (
        "“The gap is too wide,” said a Varan farmer. “She needs more.”\n\n"
        "“Look, we needed to split the two votes,” added a Norland farmer. “That is done.”\n\n"
        "The tests had added a “new layer of tension” to the talks, Karel Vandos said."
    )
    assert speakers(text) == ["Varan farmer", "Norland farmer", "Karel Vandos"]


def test_a_pronoun_a_speaker_reports_gives_no_gender_to_the_speaker() -> None:
    # "Vandos said she had …" talks of someone else: Vandos may still be the later "he"
    text = (
        "Court spokesman Karel Vandos said she had confessed to the charges. Lena Holm was held "
        "in May. The spokesman also confirmed the sentence, adding it was “already in force”. "
        "“She was found because of her work,” he added."
    )
    assert speakers(text)[-1] == "Karel Vandos"


def test_a_quote_in_a_fronted_while_clause_is_its_subjects() -> None:
    text = (
        "VARAN – While the Norland Cabinet portrays the pacts between some states as “the dawn of a "
        "new era”, an expert tells the Varan Times that the pacts will fail.\n\n"
        "While officials called it “a success”, Karel Vandos said it failed."
    )
    assert speakers(text)[0] == "Norland Cabinet"
    assert speakers(text)[1] != "officials"  # an unnamed subject is left to the other rules


def test_a_he_after_a_fronted_phrase_is_not_the_person_the_phrase_names() -> None:
    text = (
        "Prime Minister Omid Karan quit on Monday. He announced it on a visit abroad, he maintained. "
        "To learn more, the news agency reached out to "
        "Karel Vandos, a member of parliament. Turning to the main reason behind the exit of Prime "
        "Minister Omid Karan, he said: “It is too early to know the main reason.”"
    )
    assert speakers(text) == ["Karel Vandos"]


def test_the_scholar_is_not_a_president_who_spoke_last() -> None:
    text = (
        "VARAN - A prominent scholar says that Norland lacks the “tools” to act.\n"
        "“Norland is no great power anymore,” Karel Vandos told the Varan Times on Wednesday. On "
        "April 7, Norland fired missiles at a base from which President Omid Karan claimed an attack "
        "had come. The scholar said the strike was meant to show that “they can do something”."
    )
    assert speakers(text)[-1] == "Karel Vandos"


def test_a_newspaper_speaking_after_the_quote_relays_the_sentences_speaker() -> None:
    text = (
        'Karel Vandos, special inspector general, said at a forum in May that the effort "has been a '
        'failure", the Business Insider said on Monday.\n\n“The effort has failed,” the Washington '
        "Post wrote in an editorial."
    )
    assert speakers(text) == ["Karel Vandos", "Washington Post"]


def test_a_post_with_its_body_in_brackets_closes_the_aside() -> None:
    text = (
        "As Karel Vandos, head of the Norland state-run South Gas Co. (SGC), said last week “We need "
        "at least two years to start.”"
    )
    assert speakers(text) == ["Karel Vandos"]


def test_a_fronted_time_phrase_is_no_bodys_name() -> None:
    text = (
        "Karel Vandos spoke on Monday. In October, the Norland mission to the Arctic Council put out a "
        "paper on its stance.  “Our stance on the war is clear,” the mission said."
    )
    assert "October" not in (speakers(text)[0] or "")


def test_a_surname_with_a_joined_arabic_article_is_a_name() -> None:
    text = (
        "Spokeswoman Lolwah al-Rami spoke on Monday. According to al-Rami, Varan has come out of the "
        "crisis stronger, as it has “spread its supply chains.”"
    )
    assert speakers(text) == ["Lolwah al-Rami"]


def test_a_post_set_after_a_name_owning_the_claim() -> None:
    text = (
        "Responding to Ana Ruiz, Norland Foreign Secretary’s comments that “we will rethink our "
        "approach”, Karan said the comments were a ploy."
    )
    assert speakers(text) == ["Ana Ruiz"]


def test_a_date_before_the_subjects_post_is_no_part_of_it() -> None:
    text = (
        "Research head Omid Karan also explained that drugs are made at home. In November 7 Food "
        "Agency Director Karel Vandos said that two thirds of raw materials are made at home.  “The "
        "output has risen to 67 percent,” he added."
    )
    assert speakers(text) == ["Karel Vandos"]


def test_a_nationality_on_a_thing_near_a_name_ties_nobody_to_that_country() -> None:
    text = (
        "VARAN – Posting in the Chinese language late on Sunday, Foreign Minister Karel "
        "Vandos said Iran “will remember its friends”. The post comes as China marks its national "
        "day. “Once again, we congratulate China,” the Iranian foreign minister wrote."
    )
    assert speakers(text) == ["Karel Vandos", "Karel Vandos"]


def test_an_accusation_x_has_called_names_x() -> None:
    # a relative without its "that" in the perfect ("an accusation Norland has called “…”"); a
    # participle naming something ("a conference in Varan called “…”") is no speaker's
    text = (
        "Varan has claimed that Norland was behind the raids, an accusation Norland has called “pure "
        "deceit”.\n\nThey met at a conference in Varan called “Hope for All”."
    )
    assert speakers(text) == ["Norland", None]
