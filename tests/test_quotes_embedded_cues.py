"""Which verb before a quoted phrase reports it: a speech verb inside someone's reported clause
("warned that Norland would answer “…”"), "continue to", and "…, saying that “…”" (invented text)."""

from __future__ import annotations

from refrain.quotes import find


def only(text: str):
    [q] = [q for q in find(text) if q.kind != "scare"]
    return q


def test_a_modal_speech_verb_inside_a_saying_clause_is_not_the_cue():
    q = only(
        "Norland’s envoy Tomas Brek cautioned Castavia on Friday, saying that Norland would answer "
        "“with full force” should the army cross the river."
    )
    assert q.speaker == "Tomas Brek"


def test_continue_with_an_object_inside_a_note_gives_its_author():
    q = only(
        "Mayor Ada Brek put out a note late on Friday stating that the guild would continue its "
        "“firm” bond with Castavia despite the row."
    )
    assert q.speaker == "Ada Brek"


def test_continue_to_is_no_speech_verb():
    q = only(
        "Lena Ortiz toured the docks. On Friday, Marshal Pol Rask said the federation, led by its "
        "council, continues to build toward a “harbour league” in every province."
    )
    assert q.speaker_mention is not None and q.speaker_mention.text == "Marshal Pol Rask"


def test_saying_that_before_the_quote_wins_over_a_clause_after_it():
    q = only(
        "HALDEN – Castavian Trade Minister Ilse Varga on Friday teased Premier Olo Denn, saying that "
        "“next he will blame us for the rain” after Denn had that morning faulted Castavia in a statement "
        "praising Norland."
    )
    assert q.speaker == "Ilse Varga"


def test_a_modal_verb_that_attributes_on_its_own_stays_a_cue():
    q = only("After her latest tour, Tom Vell can add one more label to her list: “road poet.”")
    assert q.speaker == "Tom Vell"
    q = only(
        "“The ferry must run every hour,” the new harbour chief will say, according to notes from her office."
    )
    assert q.speaker_mention is not None and q.speaker_mention.text == "the new harbour chief"


def test_adding_that_after_a_cue_keeps_that_cues_speaker():
    q = only(
        "The old mayor will lean on the harbour vote, Rita Moss said, adding that the only answer "
        "“is to show up in every ward.”"
    )
    assert q.speaker == "Rita Moss"


def test_with_or_of_a_name_saying_that_gives_the_name():
    q = only("Fishers joined the row, with Tom Vell posting that the quota was a “farce” for the coast.")
    assert q.speaker == "Tom Vell"
    q = only("Her speech took me back to Abe Lindqvist saying that “a harbour is only as deep as its keel.”")
    assert q.speaker == "Abe Lindqvist"


def test_a_clause_is_no_speaker_of_a_far_saying_that():
    qs = find(
        "However, the guild sounds muddled whenever it turns to the ferry union, claiming that it has "
        "hardly any members and that it is a “spent force”."
    )
    assert all(q.speaker is None or "muddled" not in q.speaker for q in qs)


def test_a_name_with_an_appositive_left_open_before_the_verb_speaks():
    q = only(
        "Marta Quill, Director of Halden’s Water Safety Office said “the river checks are late” on Monday."
    )
    assert q.speaker == "Marta Quill"
    q = only(
        "Professor Jon Arvid, Chair of the Centre for Nordic Studies at Halden College believes "
        "“the ferry reform is running out of time.”"
    )
    assert q.speaker == "Jon Arvid"


def test_a_place_time_or_list_before_the_comma_is_no_name():
    q = only("In Halden, the director of the port said “the cranes are idle” on Monday.")
    assert q.speaker_mention is not None and q.speaker_mention.text == "the director of the port"
    q = only("Last Monday, the director of the port said “the cranes are idle” again.")
    assert q.speaker_mention is not None and q.speaker_mention.text == "the director of the port"


def test_a_translation_gloss_is_a_scare_quote():
    [q] = find(
        "Tarn relaunched his show on a new station called Radio Sol, which is translated as “sun radio”."
    )
    assert q.kind == "scare" and q.speaker is None
    [q] = find("The village is named Vardak, which means “the windy hill” in the old dialect.")
    assert q.kind == "scare" and q.speaker is None


def test_a_naming_with_referred_to_as_stays_a_scare_quote():
    [q] = find("The envoy has often referred to the premier as “Mr. Broken Promise” in his speeches.")
    assert q.speaker is None


def test_an_inverted_cue_before_a_participle_names_its_speaker():
    q = only(
        "The next summit will be held in Halden, said the minister, adding, “Norland is now serious about it.”"
    )
    assert q.speaker_mention is not None and q.speaker_mention.text == "the minister"


def test_a_word_opening_the_sentence_is_no_speaker_of_a_participle():
    qs = find(
        "Amidst the grim figures, the head of Bolt, the largest grocer in Norland, has brought more bad "
        "news, warning that the worst of the bread prices is “yet to come” for the poor."
    )
    assert all(q.speaker != "Amidst" for q in qs)


def test_a_cue_verb_right_before_the_next_quote_belongs_to_it():
    qs = [
        q
        for q in find(
            "Ada Brek runs the Bolt chain. Speaking to local radio, she says “how do we shield the families "
            "with the least?” The Bolt chair has cautioned “bread will cost more by spring as the mills raise prices”."
        )
        if q.kind != "scare"
    ]
    assert [q.speaker_mention.text for q in qs if q.speaker_mention] == ["she", "The Bolt chair"]


def test_a_new_sentence_between_two_quotes_does_not_join_them():
    qs = find(
        "The mayor spoke to the board. He added, “In short, the ferry deal should be dropped by Halden,” "
        "Last week, Tom Berg, the head of the port committee, also rejected the plan, saying, “This shows "
        "two things. First, the port is alone.”"
    )
    assert len(qs) == 2
    assert qs[0].speaker_mention is not None and qs[0].speaker_mention.text == "He"


def test_a_relative_clause_with_an_adverb_keeps_its_verb() -> None:
    # "that" opens the clause here, not a noun phrase ("that timely reply"): the verb is the cue
    text = (
        "At the rally, the envoy faced an angry crowd that apparently yelled, “Go home now.” Police stood by."
    )
    assert [(q.speaker, q.cue) for q in find(text)] == [("angry crowd", "yelled")]
