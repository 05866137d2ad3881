"""A quoted phrase in the object of a sentence's main verb, with no speech verb in the sentence, is
the words of the sentence's subject when that subject is a person ("The minister referred to “…”");
not after another clause opens, not after a copula, not when the subject is a thing or a quantifier,
not a capitalised phrase (a name given). Invented text."""

import pytest

from refrain.quotes import find


def _partials(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in find(text) if q.kind != "scare"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilsa Marden referred to “the failures of the old harbour board over many years” in her talk.",
        "Ilsa Marden also alerted the council to “serious gaps in the flood plans of the northern towns”.",
        "Ilsa Marden has repeatedly described the deal as “a gift to the smugglers of the Kelmar coast”.",
    ],
)
def test_named_subject_of_main_verb_speaks(sentence: str) -> None:
    text = "Ilsa Marden, the mayor of Kelmar, spoke on Monday. " + sentence
    (q,) = find(text)
    assert q.speaker == "Ilsa Marden"


def test_role_subject_resolves_to_the_named_holder() -> None:
    text = (
        "Mayor Ilsa Marden of Kelmar spoke at the harbour on Monday. “We will rebuild the piers,” Marden"
        " said. The mayor divided the town's troubles into “failures of the old harbour board” and"
        " “the damage done by the winter storms”."
    )
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert [q.speaker for q in quotes] == ["Ilsa Marden"] * 3


@pytest.mark.parametrize(
    "sentence",
    [
        # another clause opens before the quote: its subject is not the speaker
        "Ilsa Marden visited the port, which the papers call “the saddest dock on the whole coast”.",
        # a copula: what the plan is, nobody's words
        "The mayor was in Kelmar and is bound by the charter “except where the harbour board rules”.",
        # a thing as subject
        "The decision covered all families “living within two miles of the old salt works”.",
        # some of a group, nobody named
        "Other winners include “a study of the salt trade of the northern coast”.",
        # a capitalised phrase after the verb: a name given, not words said
        "Ilsa Marden has referred to the harbour chief as “Mister Never Finished The Job”.",
    ],
)
def test_no_speaker_from_other_sentence_shapes(sentence: str) -> None:
    text = "Ilsa Marden, the mayor of Kelmar, spoke on Monday. " + sentence
    for speaker, body in _partials(text):
        assert speaker != "Ilsa Marden", body
