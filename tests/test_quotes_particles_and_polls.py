"""Quote speakers on invented text: a name that runs on over lower-case particles ("von der",
"de la") is whole, a poll or survey named last, or a thing named with "The", is no "he", "the veteran
politician" is the person named speaking before, "the statement from the V4" is the V4's, and a comma inside brackets cuts no clause."""

from __future__ import annotations

from quote_speakers import speakers


def test_a_name_with_particles_inside_is_kept_whole() -> None:
    text = "Commission head Ursula von der Lenne said, “The port will open in May and ships will come.”"
    assert speakers(text) == ["Ursula von der Lenne"]
    text = "“The port will open in May and ships will come,” said Tomas de la Pena, the envoy."
    assert speakers(text) == ["Tomas de la Pena"]


def test_a_poll_named_last_is_not_the_he_who_speaks() -> None:
    text = (
        "Dara Kelso, the ministry spokesman, wrote in tweets on Sunday, days after the Varnia Civic "
        "Issues Poll revealed that 20% of voters think so. “This is a shift in opinion,” he noted."
    )
    assert speakers(text) == ["Dara Kelso"]


def test_the_politician_is_the_person_named_speaking_before() -> None:
    text = (
        "Mohsen Varzi, the head of the council, spoke in Tarsk on Monday. “We will defend our gains "
        "to the last,” the veteran politician remarked."
    )
    assert speakers(text) == ["Mohsen Varzi"]


def test_a_thing_named_with_the_is_not_the_he_who_speaks() -> None:
    text = (
        "“The extract killed the cells in our tests,” the head of the research team Saeid Varzi said. "
        "The Allium Varnianum mostly grows in western Tarsk and is known by the locals as a painkiller. "
        "“We will now look for the main factor in the extract,” he explained."
    )
    assert speakers(text) == ["Saeid Varzi", "Saeid Varzi"]


def test_a_statement_from_a_body_is_the_body_s() -> None:
    text = "“March has been the busiest month of these talks so far,” said the statement from the V4."
    assert speakers(text) == ["V4"]


def test_a_comma_inside_brackets_cuts_no_clause() -> None:
    text = (
        "After the agency asked for it, the V4 (Norland, Tarsk, and Varnia) issued a statement claiming "
        "that the ports were “not fully open to the inspectors of the board”."
    )
    assert speakers(text) == ["V4"]


def test_a_long_name_with_particles_holds_its_post() -> None:
    text = (
        "DOHA – Qatari Foreign Minister Omar bin Khalid bin Saad Al Rami held talks with his Iranian "
        "counterpart Ali Vaez in Tehran on Monday. Vaez spoke of the region. "
        "“We work for calm,” the Qatari chief diplomat said."
    )
    assert speakers(text) == ["Omar bin Khalid bin Saad Al Rami"]


def test_one_word_is_the_surname_before_a_given_name() -> None:
    text = (
        "Foreign Minister Omar Hasan travelled to Oslo. Pilgrims mark the anniversary of Imam Hasan "
        "ibn Ali this week. During his meeting with the president, Hasan said, “The talks are going well.”"
    )
    assert speakers(text) == ["Omar Hasan"]


def test_a_capitalised_particle_opening_a_sentence_is_the_same_name() -> None:
    text = (
        "Karim al-Tayeb, the head of the Tarsk Forces, spoke in Oslo. Ali Vaez said the attack was "
        "“a slap in the face” for the U.S. In his speech, al-Tayeb said “the victory is a source of pride.” "
        "Al-Tayeb stressed that “we are all brothers” in keeping the peace. Those who fell, he said, "
        "are “the first in our prayers.”"
    )
    assert speakers(text) == ["Ali Vaez", "Karim al-Tayeb", "Karim al-Tayeb", "Karim al-Tayeb"]
