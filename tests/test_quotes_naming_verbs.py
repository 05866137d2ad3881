"""A short phrase after a naming speech verb ("calling it “…”", "referred to “…”", "describing X as
“…”") with a named subject is that subject's words; names, plans, demands and passives are not."""

from __future__ import annotations

import pytest

from refrain.quotes import find


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Last spring Senator Hal Morrow left the accord, calling the treaty “defective” at its core.",
            "Hal Morrow",
        ),
        (
            "The deputy minister Ivo Lenk further referred to “lower tariffs” as a way to more trade.",
            "Ivo Lenk",
        ),
        (
            "Envoy Mara Tisch went online describing the year of talks as a “long and grueling marathon,” on Friday.",
            "Mara Tisch",
        ),
        ("Minister Oren Vale referred to the raid on the ship as “piracy” in a post.", "Oren Vale"),
    ],
)
def test_named_subject_of_a_naming_verb_says_the_phrase(text: str, speaker: str) -> None:
    quote = find(text)[0]
    assert (quote.kind, quote.speaker) == ("partial", speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Many voters may think so, but calling it a “swindle” shows no grasp of the facts.",  # a gerund subject
        "Undoubtedly, the council is not calling for “fresh guarantees” at this stage.",  # a demand
        "Lake Varn is widely referred to as a “must see” spot by its visitors.",  # a passive
        "Minister Oren Vale referred to Judge Pell as “Mr. Always Late” in a post.",  # a nickname
        "Minister Oren Vale referred to ‘the clean harbour plan’ that the council approved.",  # a plan's name
    ],
)
def test_naming_verb_leaves_names_demands_and_passives_scare(text: str) -> None:
    quote = find(text)[0]
    assert (quote.kind, quote.speaker) == ("scare", None)
