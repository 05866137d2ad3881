"""Claimants a sentence names in less common ways (invented text): joint claimants closing the
sentence, studies that "suggest", a person citing data, a body named "… of the Imam", a body's
full "of" name after "according to", and an interview's answers when its introduction names the
interviewee only indirectly."""

from __future__ import annotations

import pytest

from refrain import claims


def _claimants(text: str) -> list[tuple[str, str | None]]:
    return [
        (c.value_text.text, c.claimant) for c in claims.find(text, outlet="The Daily Lark", language="en")
    ]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Some 40 firms have left Dorsk, Piet Vos and Lena Holm said in a joint statement given to The Daily Lark.",
            "Piet Vos and Lena Holm",
        ),
        (
            "Some 40 firms have left Dorsk, the Lumen Guild and the Dorsk Union said.",
            "Lumen Guild and the Dorsk Union",
        ),
        ("Recent studies suggest that 40 percent of the rivers in Varnia are polluted.", "Recent studies"),
        ("Several surveys have found that 12 percent of pupils skip school.", "Several surveys"),
        (
            "The ministry's data show that 40 firms left, Piet Vos, an economist at Lumen University, told The Daily Lark.",
            "Piet Vos",
        ),
        (
            "The Martyrs Foundation of the Imam announced that 300 families received aid.",
            "Martyrs Foundation of the Imam",
        ),
        ("According to the Ministry of Health, 300 clinics opened in Tarsk.", "Ministry of Health"),
        (
            "Some 300 clinics opened in Tarsk, according to the Statistical Center of Varnia.",
            "Statistical Center of Varnia",
        ),
    ],
)
def test_claimant_named_in_the_sentence(text: str, claimant: str) -> None:
    assert _claimants(text)[0][1] == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Provincial police said 45 people were arrested, Varpress reported.",
            "Provincial police",
        ),  # relayed
        (
            "Recent studies suggest that 40 percent of rivers are polluted, Varpress reported.",
            "Recent studies",
        ),
        (
            "Some 300 clinics opened, according to Ali Vos of the Lumen Guild.",
            "Ali Vos",
        ),  # a person stays a name
        (
            "Some 40 ships docked, Fisheries and Coastal Affairs Minister Lio Brandt said.",
            "Lio Brandt",
        ),  # one title
    ],
)
def test_claimant_not_taken_too_far(text: str, claimant: str) -> None:
    assert _claimants(text)[0][1] == claimant


def test_an_answer_glued_to_its_marker_is_the_interviewees() -> None:
    text = (
        "TEHRAN - Lena Holm, a historian of the Dorsk valley, says the old mills matter.\n"
        "This is the text of the interview:\n"
        "Q: How many mills are left?\n"
        "A:We counted 40 mills in the valley last spring.\n"
    )
    assert ("40", "Lena Holm") in _claimants(text)


def test_the_interviewee_named_before_a_department_of_state() -> None:
    text = (
        "TEHRAN - Piet Vos, a professor at Lumen University, said the talks would fail.\n"
        "A former analyst at the Department of State further stated that the talks would stall.\n"
        "This is the text of the interview:\n"
        "Q: How long will the talks last?\n"
        "A: I expect some 14 rounds before anything is signed.\n"
    )
    assert ("14", "Piet Vos") in _claimants(text)


def test_the_interviewee_of_a_biography_style_introduction() -> None:
    text = (
        "Dr Ilse Marten Brook was born in the village of Orvel in 1950. Brook studied medicine in "
        "Lumen. In 1980 Brook opened a clinic in Dorsk.\n"
        "Q: Why did you open the clinic?\n"
        "A: We had 12 beds and no doctor for the whole valley.\n"
    )
    assert ("12", "Ilse Marten Brook") in _claimants(text)


def test_an_interview_with_an_outlet_is_no_interviewee() -> None:
    text = (
        "TEHRAN - Piet Vos said in an interview with Lumen Radio that prices will rise.\n"
        "The following is the text of the interview with Piet Vos:\n"
        "Q: Will prices rise?\n"
        "A: By some 12 percent, I think.\n"
    )
    assert ("12 percent", "Piet Vos") in _claimants(text)


def test_an_agency_quoting_a_role_gives_the_role() -> None:
    text = "Feedstock capacity will rise by 15 million tons, Varpress reported quoting the head of the Varnian Oil Company."
    assert _claimants(text) == [("15 million tons", "head of the Varnian Oil Company")]


def test_an_agency_quoting_a_role_named_later_gives_the_person() -> None:
    text = (
        "Feedstock capacity will rise by 15 million tons, Varpress reported quoting the head of the "
        "Varnian Oil Company. “With six new wells, output will rise,” Lio Brandt said."
    )
    assert _claimants(text)[0] == ("15 million tons", "Lio Brandt")


def test_answers_of_an_interview_without_turn_markers() -> None:
    text = (
        "TEHRAN - To shed light on the strike, the Daily Lark reached out to Jared A Holm, a professor "
        "at Lumen University. Here is the full text of the interview:  Where will the strike lead? "
        "It is hard to say, but some 40 mills have already closed in Dorsk.  2. What can the city do? "
        "It can pay the 300 workers it owes."
    )
    found = _claimants(text)
    assert ("40", "Jared A Holm") in found
    assert ("300", "Jared A Holm") in found


def test_the_interviewee_is_not_a_name_inside_a_body() -> None:
    text = (
        "TEHRAN - Ilse Brook, a fellow at the Lumen Institute, says the talks will fail. A scholar at "
        "Harvard adds that “the talks will stall.” Following is the full text of the interview: "
        "Q: How long will the talks last? A: I expect some 14 rounds."
    )
    assert ("14", "Ilse Brook") in _claimants(text)


def test_an_inline_turn_after_the_transcript_line() -> None:
    text = (
        "TEHRAN - Piet Vos says prices will rise. In an interview with Lumen Radio in May, Vos said the "
        "same. Following is the text of the Daily Lark’s interview with Vos: Q: Will prices rise? "
        "A: By some 12 percent, I think."
    )
    assert ("12 percent", "Piet Vos") in _claimants(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 firms have left Dorsk, Dr. Piet Vos, head of the Lumen Guild, said.",
        "Some 40 firms have left Dorsk, said Gen. Piet Vos.",
        "Dr. Piet Vos said 40 firms have left Dorsk.",
    ],
)
def test_a_title_with_a_period_before_the_name(text: str) -> None:
    assert _claimants(text) == [("40", "Piet Vos")]


def test_he_is_the_person_before_a_role_not_the_end_of_a_university_name() -> None:
    text = (
        "Kits will be made soon, Piet Vos, vice chancellor of Lumen University of Dental Sciences has "
        "stated. The kits take 20 minutes, he said."
    )
    assert _claimants(text) == [("20 minutes", "Piet Vos")]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "More than 40 firms have left Dorsk, according to a joint statement given to The Daily Lark by "
            "the Lumen Guild and the Dorsk Union.",
            "Lumen Guild and the Dorsk Union",
        ),
        ("According to a statement issued by the Lumen Guild, 40 firms have left.", "Lumen Guild"),
        ("According to the statement, 40 firms have left by May.", "statement"),  # no author given
    ],
)
def test_a_documents_author(text: str, claimant: str) -> None:
    assert _claimants(text)[0][1] == claimant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dorsk resident Aimal Vos earlier told Varpress that 10 farmers were shot while U.S. officials "
            "have admitted three farmers had died.",
            [("10", "Aimal Vos"), ("three", "U.S. officials")],
        ),
        (
            "The Lumen Food Office’s latest assessment says that 12 of the 34 provinces lack food.",
            [
                ("12", "Lumen Food Office’s latest assessment"),
                ("34", "Lumen Food Office’s latest assessment"),
            ],
        ),
    ],
)
def test_more_speakers_before_the_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert _claimants(text) == expected


def test_a_quote_speaker_with_digits_is_read_again() -> None:
    from types import SimpleNamespace

    text = "As Lio Brandt, the head of the fund, said in 1393: “We will sell 300 firms this year.”"
    start = text.index("“")
    quote = SimpleNamespace(start=start, end=len(text), speaker="calendar year 1393")
    found = claims.find(text, outlet="The Daily Lark", quotes=[quote], language="en")
    assert [(c.value_text.text, c.claimant) for c in found] == [("300", "Lio Brandt")]
