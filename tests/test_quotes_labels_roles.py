"""Role phrases and unnamed sources on invented text: patterns an independent hand check of fresh
Tehran Times articles found (a role phrase goes to the person who holds the role, not to the person
named last; an unnamed source stays unnamed; scare quotes are never attributed)."""

from __future__ import annotations

import pytest

from refrain.quotes import find


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in find(text, language="en")]


def test_the_leader_is_the_person_named_with_that_title_not_the_last_person_named():
    text = (
        "TEHRAN – Leader of the Islamic Revolution Ayatollah Ali Khamenei met on Monday with members "
        "of the national cyber council. Council secretary Reza Jalali presented a report on the "
        "council's work over the past year.\n\n"
        "“Our universities must train the engineers of tomorrow,” the Leader stated."
    )
    assert speakers(text) == [("direct", "Ali Khamenei")] or speakers(text) == [
        ("direct", "Ayatollah Ali Khamenei")
    ]


def test_the_minister_is_the_minister_named_before_not_his_counterpart():
    text = (
        "Foreign Minister Abbas Araghchi arrived in Oslo on Tuesday. He met Norwegian counterpart "
        "Espen Barth Eide and the two discussed trade.\n\n"
        "“Sanctions have hurt ordinary people most,” the minister said."
    )
    assert speakers(text) == [("direct", "Abbas Araghchi")]


def test_the_spokeswoman_is_the_spokeswoman_not_the_president_named_after_her():
    text = (
        "Government spokeswoman Fatemeh Mohajerani spoke to reporters after the cabinet session, "
        "which President Masoud Pezeshkian chaired.\n\n"
        "“The budget bill will reach parliament next week,” the spokeswoman said."
    )
    assert speakers(text) == [("direct", "Fatemeh Mohajerani")]


def test_an_unnamed_official_is_never_the_person_quoted_before():
    text = (
        "Daryl Kimball, who heads an arms control group, urged restraint. “Both sides should step "
        "back,” Kimball said.\n\n"
        "“We are not going to rush into anything,” one official said, speaking on condition of "
        "anonymity."
    )
    found = speakers(text)
    assert found[0] == ("direct", "Daryl Kimball")
    assert found[1][1] is not None and "Kimball" not in found[1][1]
    assert "official" in found[1][1]


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “maximum pressure” campaign has failed, Foreign Minister Hossein "
        "Amir-Abdollahian said on Sunday.",
        # a short quoted phrase used as a modifier of the noun after it names a policy: a label
        "President Hassan Rouhani said the U.S. “maximum pressure” policy had failed and would keep failing.",
        "Officials said the “zero tolerance” approach of the new police chief had backfired.",
        "Analysts call it the “Balfour Declaration II”, a label the ministry rejects.",
    ],
)
def test_scare_quotes_and_titles_have_no_speaker(text: str):
    assert all(speaker is None for kind, speaker in speakers(text) if kind != "direct")
    assert not [s for s in speakers(text) if s[0] == "direct"]
