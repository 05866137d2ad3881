"""Quote speakers on invented text: a speaker the article names by a surname alone, with no post
known, is the one a description as wide as "the lawmaker" goes on with, not a lawmaker named
paragraphs before; someone holding the post named since is still the one meant."""

from __future__ import annotations

from quote_speakers import speakers

_OPENING = (
    "A number of lawmakers reacted to the agreement. Earlier, lawmaker Ali Vandos had criticized the "
    "agreement. “This is beyond our commitments,” the lawmaker said.\n\nBut Esterman and Sara Kolb, the "
    "head of the committee, rejected the claims. “The organization acted within the law,” Esterman said. "
    "He added, “No violation has been observed.”\n\n"
)


def test_the_lawmaker_after_a_surname_speaker_is_that_speaker() -> None:
    text = (
        _OPENING + "The lawmaker said, “The director is in coordination with the president on these issues.”"
    )
    assert speakers(text)[-1] == "Esterman"


def test_a_holder_of_the_post_named_since_is_the_one_meant() -> None:
    text = (
        _OPENING
        + "Lawmaker Omid Karan disagreed. The lawmaker said, “The director is acting alone on these issues.”"
    )
    assert speakers(text)[-1] == "Omid Karan"


def test_a_surname_written_inside_a_full_name_keeps_the_full_name() -> None:
    # "Vandi" is the end of "al-Vandi": the person named in full, not a new one-word speaker
    text = (
        "Iraqi politician Karim al-Vandi met the envoy on Monday. “We share a long border,” Vandi said. "
        "The politician said, “Nobody here is willing to start a war.”"
    )
    assert speakers(text)[-1] == "Karim al-Vandi"
