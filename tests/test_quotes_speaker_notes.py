"""What a quote's speaker leaves behind for the pronouns after it: a name given with a post is a
person "he" can refer to; a post "of" something is not that thing; and "he" is never someone the
quotation itself names in the third person. Invented text."""

from refrain.quotes import find
from refrain.quotes.context import tokens
from refrain.quotes.resolve import _name_is_holder
from refrain.quotes.speakers import NounPhrase


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in find(text)}


def test_he_is_not_the_subject_the_quotation_names() -> None:
    text = (
        "Deputy Mayor Piet Orlan opened the meeting on Sunday, said the port plan was good. Harbour Plan"
        " was approved in May. He added that “Harbour Plan is still on the table for the workers of the port.”"
    )
    assert _speakers(text)["Harbour Plan is still on the table for the workers of the port."] == "Piet Orlan"


def _np(text: str, phrase: str) -> NounPhrase:
    lo = text.index(phrase)
    toks = tokens(text, lo, lo + len(phrase))
    return NounPhrase(toks[0].start, toks[-1].end, tuple(toks))


def test_post_of_a_named_thing_is_not_its_holder() -> None:
    text = "the 2015 winner of the Blue Planet Engineering Prize said"
    np = _np(text, "the 2015 winner of the Blue Planet Engineering Prize")
    assert not _name_is_holder(np, ("Blue Planet Engineering Prize", "2015 winner of", None))
    text = "Tarsk's Foreign Minister Ali bin Omar Vaez said"
    np = _np(text, "Tarsk's Foreign Minister Ali bin Omar Vaez")
    assert _name_is_holder(np, ("Ali bin Omar Vaez", "Foreign Minister", "Tarsk"))
