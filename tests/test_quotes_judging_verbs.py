"""Verbs of judging with a named subject make a short quoted phrase that subject's words
("castigated X for “negligence”", "considered the visit as a “turning point”", "also refers to the
pact as a “catastrophe”"); "consider" and its kind only with "as", and a present form only right
after its subject."""

from __future__ import annotations

import pytest

from refrain.quotes import find


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Minister Hal Ostrander castigated the harbour board for “negligence” in the spring.",
            "Hal Ostrander",
        ),
        (
            "Velmar pulled its team out of the games, blaming “Norland obstruction” for the decision.",
            "Velmar",
        ),
        ("Envoy Ines Koral encouraged both sides to be “realistic and flexible” in the talks.", "Ines Koral"),
        ("Dumont scorned the old premier as a “tired clerk” during the debate.", "Dumont"),
        (
            "Envoy Pieter Helm considered the planned visit of the premier as a “turning point” for the region.",
            "Pieter Helm",
        ),
        ("Okafor has classified the four envoys as “the spoilers” who stalled the talks.", "Okafor"),
        (
            "Senator Mara Quist also refers to the 2015 trade pact, which her party left in 2018, as a “catastrophe.”",
            "Mara Quist",
        ),
        ("Later Ines Koral hails the “historic meeting” with her neighbour.", "Ines Koral"),
    ],
)
def test_named_subject_of_a_judging_verb_says_the_phrase(text: str, speaker: str) -> None:
    quote = find(text)[0]
    assert (quote.kind, quote.speaker) == ("partial", speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry line is considered a “lifeline” by many islanders.",  # no "as": no one takes it so
        "Minister Hal Ostrander considered the “harbour fund” at length.",  # no "as"
        "Velmar's calls for “restraint” went unheeded by its neighbours.",  # a noun after a possessive
        "The old mill regards the river with its “twin wheels” still turning.",  # not after a name
    ],
)
def test_judging_verb_without_its_frame_leaves_scare(text: str) -> None:
    quote = find(text)[0]
    assert (quote.kind, quote.speaker) == ("scare", None)
