"""Numbers after a plural label word are labels of a list, not figures ("lines 6 and 7", "phases
22, 23 and 24", "paragraphs 26 and 36"), while a count after such a word keeps its noun."""

from __future__ import annotations

from refrain.claims import find


def figures(text: str) -> list[str]:
    return [c.value_text.text for c in find(text, outlet="Tehran Times", language="en")]


def test_numbers_listed_after_a_plural_label_are_labels() -> None:
    assert figures("The metro lines 6 and 7 of Varna will open next year.") == []
    assert figures("The rigs belong to phases 19, 20 and 21 of the Lumen field.") == []
    assert figures("The deal's paragraphs 26 and 36 let either side step back.") == []


def test_a_count_after_a_plural_label_word_is_a_figure() -> None:
    assert figures("Once both new lines open, 70 kilometers of track join the Varna grid.") == [
        "70 kilometers"
    ]
    assert figures("Road levels three times lower were seen in May.") == ["three times"]
    assert figures("Lumen Day By 2050, 2 billion people will be old.") == ["2 billion"]
