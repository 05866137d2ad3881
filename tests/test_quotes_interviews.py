"""Speakers in interview-style articles and unnamed descriptions: one invented text per rule.

Every text here is written for the test (no third-party sentence); the names and places are invented.
"""

from __future__ import annotations

from quote_speakers import quoted_speakers

from refrain.quotes import find


def test_a_pronoun_in_a_trailing_reporting_clause_skips_its_sentences_subject() -> None:
    text = (
        "Farid Nouri, head of the Velmar water office, spoke to reporters on Monday.\n\n"
        "Currently, the Velmar farming office is teaching growers to save water, he noted. "
        "“Every family uses four buckets a day.”"
    )
    assert quoted_speakers(text) == ["Farid Nouri"]


def test_a_capitalised_common_word_opening_a_sentence_is_no_speaker() -> None:
    text = (
        "Farid Nouri, head of the Velmar water office, spoke to reporters on Monday.\n\n"
        "Old pumps waste water in many villages, and the old canals leak. "
        "He went on to say that growers need help. “We cannot watch every field,” he said."
    )
    assert quoted_speakers(text) == ["Farid Nouri"]


def test_a_plural_acronym_is_no_person() -> None:
    text = (
        "Farid Nouri, head of the Velmar water office, spoke to reporters on Monday.\n\n"
        "NGOs visit the villages every week. “We also put up signs in every market,” he said."
    )
    assert quoted_speakers(text) == ["Farid Nouri"]


def test_an_unnamed_official_is_not_the_named_person_nearby() -> None:
    text = (
        "Secretary of State Jonas Pell said the waivers would end in May.\n\n"
        "“We are letting the projects go on while the pressure grows,” one official said."
    )
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("one official", "unnamed")]


def test_a_senior_diplomat_stays_a_description() -> None:
    text = (
        "Foreign Minister Karl Brandt met envoys in Lindau on Monday.\n\n"
        "“The talks will go on next week,” a senior diplomat said."
    )
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("senior diplomat", "unnamed")]


def test_a_description_beside_a_name_is_that_person() -> None:
    text = (
        "Tara Quill, an adviser to the mayor, said on Monday that the city will not pay twice, "
        "calling the fees “two sides of one coin”. “We will not pay,” Quill said."
    )
    assert quoted_speakers(text) == ["Tara Quill", "Tara Quill"]


def test_a_document_speaker_stops_before_its_participle() -> None:
    text = (
        "According to the joint statement put out by the two states, “The two countries will "
        "reopen their consulates before the spring fair.”"
    )
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("joint statement", "document")]


def test_a_document_put_out_by_named_states_is_theirs() -> None:
    text = (
        "According to the joint statement put out by Chile and Norway, “The two countries will "
        "reopen their consulates before the spring fair.”"
    )
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Chile and Norway", "organisation")]


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in find(text)]


def test_a_closing_reporting_clause_attributes_a_phrase_inside_its_sentence() -> None:
    text = (
        "Mayor Tara Quill spoke on Monday. Closing the bridge acted like “salt on a wound” and "
        "showed that the plan was rushed, she argued."
    )
    assert _kinds(text) == [("partial", "Tara Quill")]


def test_a_closing_reporting_clause_names_the_speaker_of_the_next_quote() -> None:
    text = (
        "Farid Nouri, head of the Velmar water office, spoke to reporters on Monday.\n\n"
        "Volunteers visit the farms and inform the growers of the rules, he explained. "
        "“We also put up signs in every market.”"
    )
    assert quoted_speakers(text) == ["Farid Nouri"]


def test_an_outlet_relaying_is_no_closing_reporting_clause() -> None:
    text = (
        "Commander Reza Tavani spoke at a ceremony in Lindau.\n\n"
        "Air defence has grown stronger, Velmar News reported. “Our radars see further,” he said."
    )
    assert quoted_speakers(text) == ["Reza Tavani"]


def test_a_capitalised_term_the_reported_sentence_is_about_stays_a_label() -> None:
    text = "“Patience” and “unity” are needed to win, Mayor Tara Quill added."
    assert [k for k, _ in _kinds(text)][:1] == ["scare"]


def test_the_leader_is_the_one_named_with_the_role_since_the_last_speaker() -> None:
    text = (
        "Shutting the roads acted like “water on fire”, Minister Omid Rasti argued. "
        "Soon after the unrest began, Leader of the Velmar Revolution Ayatollah Karim Sadri backed "
        "the decision. “All the centres of evil have been encouraging such acts,” the Leader stated."
    )
    assert quoted_speakers(text)[-1] == "Karim Sadri"


def test_a_stance_verb_makes_a_short_phrase_its_named_subjects_words() -> None:
    assert _kinds("Speaker Omid Rasti reaffirmed Velmar’s “active support” for the talks.") == [
        ("partial", "Omid Rasti")
    ]
    text = (
        "Soon after the vote, Leader of the Velmar Revolution Ayatollah Karim Sadri backed the "
        "decision and condemned the acts of some “hooligans” in the city."
    )
    assert _kinds(text) == [("partial", "Karim Sadri")]


def test_a_naming_participle_takes_the_clauses_subject() -> None:
    assert _kinds("The ministry rejected the report, terming it “fallacious”.") == [("partial", "ministry")]


def test_a_label_or_a_passive_stays_a_scare_quote() -> None:
    assert _kinds("Velmar crews started their so-called exercise “Lantern” on Monday.") == [("scare", None)]
    assert _kinds("Lindau has been the target of ire and labeled part of an “axis of gloom.”") == [
        ("scare", None)
    ]
    assert _kinds(
        "The term Caravan comes from the word ‘caravan’ meaning group and ‘serai’ meaning house."
    ) == [
        ("scare", None),
        ("scare", None),
    ]
    assert _kinds("President Ana Ruiz hailed the “Lindau Accord” as a turning point.") == [("scare", None)]


def test_a_quote_after_a_cue_sentence_continues_the_same_quotation() -> None:
    text = (
        "“The plan has failed,” Lino Verdi tells the Velmar Post. “The costs were massive.” "
        "He adds, “Many gains will be lost.”"
    )
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert [(len(q.pieces), q.speaker) for q in quotes] == [(2, "Lino Verdi"), (1, "Lino Verdi")]


def test_a_new_sentence_with_its_own_speaker_is_not_a_continuation() -> None:
    text = (
        "“They always elect tyrants,” said Tom Reyes, head of Velmar Watch. “It is a feature.” "
        "Ana Ruiz said that the council still does good work."
    )
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert [(len(q.pieces), q.speaker) for q in quotes] == [(2, "Tom Reyes")]


def test_being_of_the_view_is_a_cue() -> None:
    text = "Italian expert Lino Verdi is of the view that the mission in Velmar was “disappointing”."
    assert _kinds(text) == [("partial", "Lino Verdi")]


def test_a_name_a_speaker_gives_their_own_thing_is_a_scare_quote() -> None:
    text = "Mayor Ana Ruiz has called her likely administration “the government of greetings”."
    assert _kinds(text) == [("scare", None)]
    assert _kinds("Mayor Ana Ruiz called the deal “the worst deal ever”.") == [("partial", "Ana Ruiz")]


def test_an_offices_last_words_are_not_part_of_the_name() -> None:
    text = (
        "Speaking to the Velmar Times, the Director for Development and Supervision of Projects "
        "Ali-Reza Bosaq said the company runs many projects. “We will build more plants,” he said."
    )
    assert quoted_speakers(text) == ["Ali-Reza Bosaq"]
    text = "Ursula von der Leyen spoke in Brussels. “Europe has to move faster,” Von der Leyen said."
    assert quoted_speakers(text) == ["Von der Leyen"]  # a particle opening the name stays


def test_what_someone_called_is_their_words() -> None:
    text = "On Friday, President Tom Reyes showed a video of what he called a “terrible mishap”."
    assert _kinds(text) == [("partial", "Tom Reyes")]
    text = "The ministry rejected what Velmar described as “harassment” of its ships."
    assert _kinds(text) == [("partial", "Velmar")]


def test_one_of_the_sources_stays_whole() -> None:
    text = (
        "Two refiners will import oil, the sources said. "
        "“The refiners decided to buy it as it suits them,” said one of the sources."
    )
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("one of the sources", "unnamed")]


def test_a_description_after_then_beside_a_name_is_that_person() -> None:
    text = (
        "At the time, Omid Rasti, then a spokesman for the Velmar Foreign Ministry, said the decision "
        "was part of a “staged conspiracy” against Velmar."
    )
    assert _kinds(text) == [("partial", "Omid Rasti")]
