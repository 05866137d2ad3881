"""Scare quotes are nobody's words (issue 13): labels, coined terms, programme titles and headings
in quotation marks get no speaker. All text here is invented."""

from __future__ import annotations

import pytest

from refrain.quotes import Quote, find


def _only(text: str, words: str) -> Quote:
    (quote,) = [q for q in find(text) if q.text.strip(" .,") == words]
    return quote


def _unattributed(quote: Quote) -> bool:
    return quote.speaker is None and quote.speaker_mention is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Relations between the two capitals are said to be in “good shape” after the visit.", "good shape"),
        ("Talks are said to have been “constructive.” Both sides left early.", "constructive"),
        ("The two sides are reported to be “close to a deal” this week.", "close to a deal"),
        ("Such groups are described as “armed gangs” in the ministry's paper.", "armed gangs"),
    ],
)
def test_an_agentless_passive_names_no_speaker(text: str, words: str) -> None:
    # "X is said to be in “…”": words said about X by nobody named; X says nothing
    quote = _only(text, words)
    assert quote.kind == "scare" and _unattributed(quote)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The new tariffs were described as “unjustified and invalid” by Ruritanian Foreign Ministry"
            " spokesman Tomas Verlaine, who spoke to reporters on Monday.",
            "unjustified and invalid",
            "Tomas Verlaine",
        ),
        (
            "The tariffs were described as “illegal” by trade minister Lena Moreau.",
            "illegal",
            "Lena Moreau",
        ),
        (
            "The deal was described as “a plain violation of every rule of trade we know” by"
            " spokesman Tomas Verlaine.",
            "a plain violation of every rule of trade we know",
            "Tomas Verlaine",
        ),
    ],
)
def test_a_passive_with_its_agent_after_the_quote_is_the_agents_words(
    text: str, words: str, speaker: str
) -> None:
    # the agentless rule above must not swallow "described as “…” by X": X said it, however short
    quote = _only(text, words)
    assert quote.kind != "scare" and quote.speaker == speaker


def test_quoted_as_saying_is_no_agentless_passive() -> None:
    text = "Karim Nouri was quoted as saying the plan was “a total failure” by the agency."
    assert _only(text, "a total failure").speaker == "Karim Nouri"


def test_an_impersonal_stressed_that_stays_a_cue() -> None:
    text = "At the meeting it was stressed that the delay was caused by “human error” and nothing else."
    assert _only(text, "human error").speaker is None


def test_a_phrase_the_sentence_runs_on_from_is_not_given_to_a_later_clause() -> None:
    text = "Many pensioners live in “survival mode” this winter, and charities warn of worse to come."
    assert _unattributed(_only(text, "survival mode"))


def test_a_quotation_with_no_comma_before_its_cue_keeps_its_speaker() -> None:
    text = "“We will not wait” the minister said on Monday. He then left the hall."
    assert _only(text, "We will not wait").speaker_mention.text == "the minister"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Jane Porter dubbed the old library a “warm bank” and urged the elderly to use it.",
        "The mayor opened a heated hall, dubbed a “warm bank”, for elderly residents last week.",
        "Residents have nicknamed Porter’s scheme “warm bank” since it opened.",
    ],
)
def test_a_coined_name_is_not_the_words_of_the_one_who_coined_it(text: str) -> None:
    quote = _only(text, "warm bank")
    assert quote.kind == "scare" and _unattributed(quote)


def test_calling_something_a_phrase_is_still_a_partial_quotation() -> None:
    text = "Foreign Minister Karim Nouri called the plan a “dangerous gamble” on Monday."
    assert _only(text, "dangerous gamble").speaker == "Karim Nouri"


def test_every_item_of_a_quoted_list_shares_the_label_cue_before_the_first() -> None:
    text = "Diplomats worked on a draft called “complementary” or “secondary” agreement for months."
    quotes = find(text)
    assert [q.kind for q in quotes] == ["scare", "scare"] and all(_unattributed(q) for q in quotes)


def test_a_quoted_list_item_after_an_article_shares_the_label_cue() -> None:
    quotes = find("There are no stable things called ‘faiths’ or the ‘faithful’ out there.")
    assert [q.kind for q in quotes] == ["scare", "scare"]


def test_a_list_of_words_someone_said_stays_his() -> None:
    text = "Karim Nouri said the plan was “bad” or “terrible” for the region."
    assert [q.speaker for q in find(text)] == ["Karim Nouri", "Karim Nouri"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Secretary of State Tom Harlow told “Sunday Morning Report” that the talks would go on.",
            "Sunday Morning Report",
        ),
        (
            "Speaking in an interview with “Face the Region”, Tom Harlow said sanctions would stay.",
            "Face the Region",
        ),
        ("Tom Harlow, speaking to the “Evening Desk” programme, said Iran was isolated.", "Evening Desk"),
        ("Harlow made the remarks on “Meet the Voters” on Sunday.", "Meet the Voters"),
    ],
)
def test_a_programme_title_is_a_venue_not_a_quotation(text: str, title: str) -> None:
    quote = _only(text, title)
    assert quote.kind == "scare" and _unattributed(quote)


def test_a_programme_title_before_a_real_quotation_leaves_that_quotation_attributed() -> None:
    text = "Harlow told Channel 9’s “Face the Region” on Sunday: “We are not going to wait forever.”"
    quotes = find(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("scare", None), ("direct", "Harlow")]


@pytest.mark.parametrize(
    "text",
    [
        "The court ruled against the claim. “Legal victory” Foreign Minister Ali Karimi welcomed the ruling.",
        "Talks ended late, Karimi said. ===== ‘Legal victory’ Foreign Minister Ali Karimi welcomed it.",
        "The two men met in Doha. “Background” The dispute began in 2019, Karimi said.",
    ],
)
def test_a_heading_run_into_the_next_paragraph_is_nobodys_words(text: str) -> None:
    (quote,) = [q for q in find(text) if q.text in {"Legal victory", "Background"}]
    assert quote.kind == "scare" and _unattributed(quote)


def test_reported_as_saying_after_a_quotation_keeps_its_speaker() -> None:
    text = (
        "The council's head criticised the envoy. “We are in a state of no peace and no war. The "
        "envoy's visit derailed the talks,” Karim Nouri was reported as saying by the state agency."
    )
    assert _only(
        text, "We are in a state of no peace and no war. The envoy's visit derailed the talks"
    ).speaker == ("Karim Nouri")


def test_a_passage_quoted_after_the_writers_summary_goes_to_the_author_last_cued() -> None:
    text = (
        "In his op-ed, Tom Harlow accuses Lena Voss of missing the point. If, as Voss claims, the "
        "party has “no support at home”, why would the government fear it so, writes Harlow?\n\n"
        "There are signs at home that the party enjoys support. Protests have swept the country's towns "
        "and cities for months.\n\n"
        "“Since last winter the government has faced waves of protest in every province. Students, "
        "merchants and drivers have called for change, and many of them carry the party's flag.”\n\n"
        "Harlow adds that the crackdown proves his point."
    )
    (passage,) = [q for q in find(text) if q.text.startswith("Since last winter")]
    assert passage.speaker == "Tom Harlow"


def test_a_passage_after_a_heading_is_not_given_to_the_last_section_speaker() -> None:
    text = (
        "Tom Harlow writes that the party has support at home, and he adds that it is growing.\n\n"
        "Protests at home\n\n"
        "“Since last winter the government has faced waves of protest in every province. Students, "
        "merchants and drivers have called for change, and many of them carry the party's flag.”"
    )
    (passage,) = [q for q in find(text) if q.text.startswith("Since last winter")]
    assert passage.speaker is None


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (
            "At the seminary, clerics opposed to the president held a placard aimed at him which read, "
            "“Your time is up”.",
            "clerics",
        ),
        ("Students held up a sign that said: “We want jobs”.", "Students"),
    ],
)
def test_a_placard_speaks_for_those_holding_it_not_for_its_target(text: str, holders: str) -> None:
    (quote,) = find(text)
    assert quote.speaker == holders


def test_chanted_exclamations_are_quotations_not_labels() -> None:
    text = "Chants of “Death to the tyrant!” and “Down with the council!” were heard in several towns."
    quotes = find(text)
    assert [q.kind for q in quotes] == ["direct", "direct"] and all(q.speaker is None for q in quotes)


def test_a_slogan_or_title_with_an_exclamation_mark_stays_a_label() -> None:
    assert [q.kind for q in find("He wrote a book titled “Wake Up!” last year.")] == ["scare"]
    assert [q.kind for q in find("Under the slogan “Stop the war!” thousands marched.")] == ["scare"]


@pytest.mark.parametrize(
    "text",
    [
        "In the words of Seyed Ali Karimi, “the enemy wants to drive us out.”",
        "Words of Seyed Ali Karimi\n\n“They want to drive us out.”",
        "Words of Seyed Ali Karimi: “They want to drive us out.”",
    ],
)
def test_words_of_names_the_speaker_and_is_no_part_of_the_name(text: str) -> None:
    (quote,) = find(text)
    assert quote.speaker == "Seyed Ali Karimi" and quote.speaker_mention.text == "Seyed Ali Karimi"


@pytest.mark.parametrize(
    "text",
    [
        'In an interview with the "Morning Ledger", Harlow, the secretary of state, said: "The deal is dead."',
        "At a meeting with students of the “Paths of Light Camps”, Harlow stated, “The deal is dead.”",
    ],
)
def test_a_name_before_a_cue_is_not_the_first_half_of_a_split_quotation(text: str) -> None:
    quotes = find(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("scare", None), ("direct", "Harlow")]


def test_a_split_quotation_around_its_cue_still_joins() -> None:
    (quote,) = find("“The deal”, Harlow said, “is dead.”")
    assert len(quote.pieces) == 2 and quote.speaker == "Harlow"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('In an interview with "Hard talk", Harlow said the deal was dead.', "Hard talk"),
        ("Harlow told Channel 9’s “State of things” that the deal was dead.", "State of things"),
        ("Harlow wrote in “The Monthly” that the deal was dead.", "The Monthly"),
    ],
)
def test_a_programme_or_publication_after_a_venue_lead_is_a_name(text: str, title: str) -> None:
    quote = _only(text, title)
    assert quote.kind == "scare" and _unattributed(quote)


def test_words_told_to_reporters_stay_a_quotation() -> None:
    assert (
        _only("Harlow told reporters “the deal is dead” on Monday.", "the deal is dead").speaker == "Harlow"
    )


def test_an_adverb_inside_a_label_cue_keeps_it_a_label() -> None:
    text = "The hall, known locally as a “warm bank”, was opened by Mayor Jane Porter, who said: “Stay warm.”"
    quotes = find(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("scare", None), ("direct", "Jane Porter")]


def test_a_term_the_article_keeps_using_unquoted_is_a_scare_quote_in_anyones_sentence() -> None:
    text = (
        "Cold hubs are opening across the north. Cold hubs are halls where people can sit in the warm. "
        "The council runs twelve cold hubs.\n\n"
        "Ann Lee says that in recent weeks she has taken refuge at a “cold hub” near the station."
    )
    quote = _only(text, "cold hub")
    assert quote.kind == "scare" and _unattributed(quote)


def test_an_evaluation_repeated_once_stays_the_speakers_words() -> None:
    text = (
        "The attack was a heinous crime, residents said. Karim Nouri condemned the “heinous crime” on "
        "Monday. Police called it a heinous crime too."
    )
    assert _only(text, "heinous crime").speaker == "Karim Nouri"


def test_a_single_word_used_elsewhere_is_no_term() -> None:
    text = "War is near. The war goes on. A war costs. Karim Nouri said it would mean “war” for the region."
    assert _only(text, "war").speaker == "Karim Nouri"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Karimi revealed his fear by mocking Tom Harlow’s wish that the party could “celebrate the new "
            "year in the capital”.",
            "Tom Harlow",
        ),
        (
            "The two leaders pledged to keep the deal, despite Harlow’s campaign promise to “tear up” it.",
            "Harlow",
        ),
        (
            "Lena Voss told reporters, echoing Harlow’s earlier comments that more cases were “likely.”",
            "Harlow",
        ),
    ],
)
def test_a_quotation_in_the_clause_of_someones_claim_is_theirs(text: str, owner: str) -> None:
    (quote,) = find(text)
    assert quote.speaker == owner


def test_a_claim_to_a_place_is_no_claim_clause() -> None:
    text = "When did Vesland’s claim to Port Arun become a “basic truth”? Nobody could say."
    assert find(text)[0].speaker is None
