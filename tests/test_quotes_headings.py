"""A subheading in quotation marks whose words come back below it is the words of whoever says them
there (direct, no cue of its own); a headline that nobody says below stays a heading (scare), and
a heading repeated inside a title in marks too. Invented text."""

from refrain.quotes import find

_BEFORE = "Envoy Tom Berk said the talks went well. “We will meet again,” he said.  "


def _kinds(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {q.text: (q.kind, q.speaker, q.cue) for q in find(text)}


def test_heading_repeated_by_the_next_sentence_speaker() -> None:
    text = _BEFORE + (
        "‘Black stain on the name of the cartel’ Ilsa Marden, a former minister who sits on the river"
        " committee, said the raid is a “black stain on the name of the cartel” and must be answered."
    )
    assert _kinds(text)["Black stain on the name of the cartel"] == ("direct", "Ilsa Marden", None)


def test_heading_repeated_in_reported_speech() -> None:
    text = _BEFORE + (
        "‘River trade cannot be stopped with threats’ Ilsa Marden, who leads the farmers’ union, said the"
        " river trade cannot be stopped with threats. “The enemy thinks trade depends on one port,” she said."
    )
    assert _kinds(text)["River trade cannot be stopped with threats"] == ("direct", "Ilsa Marden", None)


def test_heading_repeated_with_no_cue_takes_the_next_speaker() -> None:
    text = _BEFORE + (
        "‘Rivers are not for sale’ Later in the day the minister received the farmers of Kelmar, telling"
        " them rivers are not for sale in any season. “Nobody will sell the water of this valley,”"
        " Ilsa Marden told the farmers."
    )
    assert _kinds(text)["Rivers are not for sale"] == ("direct", "Ilsa Marden", None)


def test_headline_not_said_below_stays_scare() -> None:
    text = _BEFORE + (
        "‘Council to hold emergency meeting’  Ilsa Marden, the council spokeswoman, said lawmakers plan to"
        " hold an extra session. “Lawmakers will meet in the next day,” Marden said."
    )
    assert _kinds(text)["Council to hold emergency meeting"] == ("scare", None, None)


def test_heading_repeated_inside_a_title_stays_scare() -> None:
    text = (
        "The ratio of men to women in Dalvania is 97 to 100.  “Walking into tomorrow” As announced by"
        " the league, the theme of this year's day is “Walking into Tomorrow: Music, Gardens"
        " and Care of Older People”."
    )
    assert _kinds(text)["Walking into tomorrow"][0] == "scare"


def test_heading_adds_no_speaker_to_later_pronouns() -> None:
    text = _BEFORE + (
        "‘High goals’ The council chief said the farmers have high goals for the valley."
        " “We will double the harvest,” he said."
    )
    found = _kinds(text)
    assert found["High goals"][0] == "direct"
    assert found["We will double the harvest,"][1] == found["High goals"][1]


def test_heading_restated_in_other_words_by_the_next_speaker() -> None:
    text = _BEFORE + (
        "“Trade is the basis of lasting peace” Ilsa Marden also said that trade is, as always, the "
        "basis of lasting peace between neighbours.\n“Foreign minister speaks for the whole nation” "
        "Pointing to new penalties on the envoy, Marden said that the Norland foreign minister speaks "
        "for the nation more than ever."
    )
    kinds = _kinds(text)
    assert kinds["Trade is the basis of lasting peace"][:2] == ("direct", "Ilsa Marden")
    assert kinds["Foreign minister speaks for the whole nation"][:2] == ("direct", "Ilsa Marden")


def test_news_line_restated_with_no_speaker_first_stays_scare() -> None:
    text = _BEFORE + (
        "“At least five hurt at the river port” At least five people were hurt at the port as crowds "
        "pushed to board ships, witnesses tell the Herald."
    )
    assert _kinds(text)["At least five hurt at the river port"][:2] == ("scare", None)


def test_heading_sharing_one_word_with_the_next_sentence_stays_scare() -> None:
    text = _BEFORE + "“Oil tanker” Asked about the port, Marden said that the river is calm again."
    assert _kinds(text)["Oil tanker"][:2] == ("scare", None)


def test_heading_restated_inside_the_quotation_under_it() -> None:
    text = (
        "The council put the command on its list as a “reciprocal measure” against the move. "
        "‘The guards can strike any base if ordered’ Friday prayer leader Ayatollah Ivo Kerman warned "
        "the president about the consequences, saying “the guards can strike any base if the leader "
        "gives the order.”"
    )
    heading = find(text)[1]
    assert (heading.kind, heading.speaker) == ("direct", "Ivo Kerman")


def test_heading_restated_by_a_pronoun_is_the_named_subject_of_that_sentence() -> None:
    text = (
        "“Our ties with the port cities are strong,” Tamim said. "
        "‘Norland interested in expanding ties with Velm’ Premier Hal Morrow also met separately with "
        "the Velmish president, during which he said Norland is interested in expanding ties with Velm."
    )
    heading = find(text)[1]
    assert (heading.kind, heading.speaker) == ("direct", "Hal Morrow")


def test_a_subheading_in_typed_marks_run_into_the_next_sentence_leaves_its_subject() -> None:
    # the subheading opens with a typed apostrophe and closes with a curly one: no quotation is
    # found there, and the name after it is still the sentence's subject, whom "He" goes on with
    text = (
        "Adviser Omid Karan wrote on Friday that Mayor Lena Holm “sent flowers to the homes of the two "
        "sailors, and wished the crew a quick return to sea.” 'Harbour talks were slow but kept the "
        "ferries running’ Karel Vandos, a member of the harbour board, said on Friday that the storm won't "
        "change the timetable. He stressed that “losing a ferry in that storm was a heavy blow for the "
        "whole island.”"
    )
    assert [q.speaker for q in find(text)] == ["Omid Karan", "Karel Vandos"]


def test_a_plural_possessive_inside_single_marks_does_not_close_them() -> None:
    text = (
        "Leader Omid Karan said that “patient work” is the only way. ‘Council is obliged to settle "
        "farmers’ debts’ The Leader then said the council must act to settle farmers’ old debts. Critics "
        "call them ‘dreamers’ and ‘builders’ alike."
    )
    found = {q.text: q.speaker for q in find(text)}
    assert found["Council is obliged to settle farmers’ debts"] == "Omid Karan"
    assert "dreamers" in found and "builders" in found
