"""Claimants carried over from the sentences around a figure, on invented text: an interview's
answers, a role in one sentence and the name in the next, "X, who argued that", "In a statement,
X …", a participle after any verb, "according to him", a quotation right after "…, he noted."."""

from __future__ import annotations

from types import SimpleNamespace

from refrain.claims import find as find_claims


def claimants(text: str, quotes: tuple = ()) -> list[tuple[float, str | None]]:
    return [
        (c.value, c.claimant) for c in find_claims(text, outlet="Tehran Times", quotes=quotes, language="en")
    ]


def test_an_interview_answer_is_the_interviewee_s_and_a_question_the_outlet_s():
    text = (
        "TEHRAN - Dara Kelso, a professor of economics at Varnia University, tells the Tehran Times "
        "that the port will grow. Following is the text of the interview:\n"
        "Q: Will the 12 new docks be enough?\n"
        "A: The port needs 20 more cranes by next year.\n"
        "Q: And the ships? A: About 300 ships wait every month."
    )
    assert claimants(text) == [(12, "Tehran Times"), (20, "Dara Kelso"), (300, "Dara Kelso")]


def test_no_interview_without_questions_and_answers():
    text = "Dara Kelso said the port will grow. A: The port needs 20 more cranes."
    assert claimants(text) == [(20, "Tehran Times")]


def test_a_role_without_a_name_is_the_person_named_speaking_next():
    text = (
        "Head of Varnia province Fisheries Department said here Monday that the catch rose 12 percent "
        "last year. Tomas Ardell said new boats had helped.\n"
        "TEHRAN - A senior cleric representing the coastal province has confirmed that two fishermen "
        "died in the storm. Ayatollah Rasul Mehrabi noted that one of them died at sea."
    )
    assert claimants(text) == [(12, "Tomas Ardell"), (2, "Rasul Mehrabi")]


def test_a_role_is_not_given_to_somebody_who_does_not_speak_next():
    text = "An official said 40 houses were lost. The mayor visited the town."
    assert claimants(text) == [(40, "official")]


def test_a_relative_clause_speaker_states_the_figure():
    text = (
        "The council sided with Finance Chief Pavel Ohr, who argued that the city should spend "
        "40 million on the bridge."
    )
    assert claimants(text) == [(40_000_000, "Pavel Ohr")]


def test_what_the_subject_does_in_a_statement_it_states():
    text = (
        "In a statement on March 3, U.S. President Dara Holm gave the shipping firms only 90 days to "
        "pay the fees."
    )
    assert claimants(text) == [(90, "Dara Holm")]


def test_a_delegation_is_a_claimant():
    text = "The Norvian delegation said Norvia wants to raise its trade with Varnia to $30 billion."
    assert claimants(text) == [(30e9, "Norvian delegation")]


def test_a_participle_after_any_verb_is_said_by_the_sentence_s_subject():
    text = (
        "Rina Holm said the port was closed. The top Varnian lawmaker also rejected the charges, "
        "underscoring that the ships had waited for about 45 hours. Iran also rejected the report, "
        "stressing that 30 ships had passed."
    )
    assert claimants(text) == [(45, "Rina Holm"), (30, "Iran")]


def test_according_to_him_is_the_person_named_speaking_before():
    text = (
        "Harbour chief Kerim Odell said the port was busy. According to him, the port will hire 300 workers."
    )
    assert claimants(text) == [(300, "Kerim Odell")]


def test_he_after_a_speaker_is_the_person_named_as_the_subject_since():
    text = (
        "Mayor Tomas Ardell said the bridge was safe. Harbour chief Kerim Odell visited the port on "
        "Monday. He added that the port would hire 300 workers."
    )
    assert claimants(text) == [(300, "Kerim Odell")]


def test_an_unattributed_quotation_after_he_noted_is_his_and_a_modifier_is_no_speaker():
    text = (
        "Harbour chief Kerim Odell spoke on Monday. Currently, the Varnia fisheries office is "
        "teaching the fishermen about clean nets, he noted. “On average nets are lost four times a "
        "year per boat.”"
    )
    start = text.index("“")
    # a quote finder that took the place before "fisheries office" for the speaker
    wrong = SimpleNamespace(start=start, end=len(text), speaker="Varnia")
    assert claimants(text, (wrong,)) == [(4, "Kerim Odell")]
    assert claimants(text) == [(4, "Kerim Odell")]


def test_a_quotation_in_a_speech_is_the_speaker_s_without_a_speech_verb():
    text = (
        "Prices rose again.\u00a0 In a speech in May 2016, Harbour Minister Dara Holm expressed hope to "
        "end the year, which ends in March, “with a 5-percent growth rate and 700,000 new jobs.”"
    )
    assert claimants(text) == [(5, "Dara Holm"), (700_000, "Dara Holm")]


def test_an_appositive_may_hold_a_list_of_capitalised_words():
    text = (
        "Tara Voss, the director general at the Ministry of Science, Research and Technology, later "
        "said that 24,000 students study in Varnia. Ali Venn, the deputy head of the Ministry of "
        "Cooperatives, Labor, and Social Welfare, said 40 hotels will be built."
    )
    assert claimants(text) == [(24_000, "Tara Voss"), (40, "Ali Venn")]


def test_a_person_named_in_apposition_to_a_body_is_the_speaker():
    text = (
        "In March, the head of the Varnian Space Center, Hossein Samimi, announced five projects. "
        "The Varnian Space Center, the country’s main agency, announced 12 more."
    )
    assert claimants(text) == [(5, "Hossein Samimi"), (12, "Varnian Space Center")]


def test_attributions_after_the_figure_with_affiliations_abbreviations_and_a_role_after_a_name():
    text = (
        "Varnia has freed seven sailors, Norvia's Arabic-language television network Al Sahel "
        "reported on Thursday.\n"
        "TEHRAN - An official with the Ministry of Roads has said that 66 rural bridges were "
        "rebuilt this year.\n"
        "But in May, Rami Ghani, the head of Varnian state-run North Salt Co. (NSC), told "
        "reporters that the mines needed at least 12 years to recover.\n"
        "In June, Dara Holm, the then caretaker of the roads, housing and transport ministry, said "
        "that roughly 7.3 million people rent their homes.\n"
        "The group grows 40 percent of the region's tea, Varnia Tea Corp. Chief Executive "
        "Officer Rex Tolman said.\n"
        "Spending of 63 trillion rials on ports is proposed, Rouhollah Varzi, deputy head of the Varnian Fund said.\n"
        "The Varnian Ministry of Health announced that 17 miners were hurt.\n"
        "The new wing, which is 800 square meters, will be added soon, Dara Holm concluded."
    )
    assert claimants(text) == [
        (7, "Al Sahel"),
        (66, "official"),
        (12, "Rami Ghani"),
        (7_300_000, "Dara Holm"),
        (40, "Rex Tolman"),
        (63e12, "Rouhollah Varzi"),
        (17, "Varnian Ministry of Health"),
        (800, "Dara Holm"),
    ]


def test_according_to_a_demonym_s_data_and_a_possessive_and_an_ian_surname():
    text = (
        "According to Norvian data, trade grew 12 percent since 2013. "
        "Varnia Air’s fleet has 40 planes, Varnia Air’s chief said. "
        "According to Jalilian, the smugglers had 18 handguns."
    )
    found = claimants(text)
    assert found[0] == (12, "Norvian data")
    assert found[2] == (18, "Jalilian")


def test_interview_turns_written_with_a_period():
    text = (
        "TEHRAN - In an interview with Lark Daily, Dara Kelso – a Varnian writer and former adviser "
        "– speaks about the port. Q. Will the 12 new docks be enough? A. The port needs 20 more cranes "
        "by next year. Q. And the ships? A. In May, based on our count, about 300 ships waited."
    )
    assert claimants(text) == [(12, "Tehran Times"), (20, "Dara Kelso"), (300, "Dara Kelso")]


def test_an_initial_alone_is_no_answer_turn():
    text = "Dara Kelso said the port will grow. A. Vos said the port needs 20 more cranes."
    assert claimants(text)[0][1] != "Dara Kelso"


def test_he_added_is_the_person_who_spoke_not_a_place_named_since():
    text = (
        "Tomas Ardell, deputy chief of the Varnia fisheries department, for his part said the catch "
        "from the Varga Sea fell last year. The sturgeon stock has dropped 30 percent, he added."
    )
    assert claimants(text) == [(30, "Tomas Ardell")]
