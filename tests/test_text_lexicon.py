"""refrain.text.lexicon: word lists as data files per language; script detection."""

from __future__ import annotations

from refrain.text import fold, lexicon, lexicon_lines, lexicon_words, script_of


def test_lists_are_read_from_the_language_folder():
    assert "sen" in lexicon("en", "honorifics")
    assert all(not line.startswith("#") for line in lexicon_lines("en", "honorifics"))


def test_missing_list_or_language_is_empty():
    assert lexicon("en", "no_such_list") == frozenset()
    assert lexicon_lines("zz", "honorifics") == ()


def test_lines_with_several_words_split_into_words():
    assert {"say", "said", "says"} <= lexicon_words("en", "speech_verbs")


def test_persian_entries_are_normalised_for_lookup():
    # written with ZWNJ in the file; found whatever the spelling of the word in a text
    assert fold("حجت" + "\u200c" + "الاسلام", "fa") in lexicon("fa", "honorifics")
    assert fold("حجتالاسلام", "fa") in lexicon("fa", "honorifics")


def test_script_of():
    assert script_of("The minister said") == "Latn"
    assert script_of("وزیر امور خارجه گفت") == "Arab"
    assert script_of("Москва") == "Cyrl"
    assert script_of("12 %") is None
