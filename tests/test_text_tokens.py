"""refrain.text.tokenize: one tokeniser, English and Persian."""

from __future__ import annotations

from refrain.text import MASK, is_abbreviation, tokenize

ZWNJ = "\u200c"


def words(text: str, **kw) -> list[str]:
    return [t.text for t in tokenize(text, **kw)]


def test_english_words_keep_apostrophes_hyphens_and_slashes():
    assert words("The People’s al-Sadr group (PMOI/MEK) said.") == [
        "The", "People’s", "al-Sadr", "group", "(", "PMOI/MEK", ")", "said", ".",
    ]  # fmt: skip


def test_offsets_point_into_the_text_and_respect_the_window():
    text = "one, two three"
    toks = tokenize(text, 3, 9)
    assert [(t.text, t.start, t.end) for t in toks] == [(",", 3, 4), ("two", 5, 8)]
    assert all(text[t.start : t.end] == t.text for t in tokenize(text))


def test_token_views():
    tok = tokenize("People’s")[0]
    assert tok.lower == "people’s" and tok.low == "people's" and tok.is_word and tok.is_cap


def test_abbreviation_view_keeps_periods_of_abbreviations_only():
    assert words("Sen. J. Smith of the U.S. left Jan. 5. Then", abbreviations=True) == [
        "Sen.", "J.", "Smith", "of", "the", "U.S.", "left", "Jan.", "5.", "Then",
    ]  # fmt: skip
    assert words("the team. Then", abbreviations=True) == ["the", "team", ".", "Then"]


def test_abbreviation_view_reads_a_masked_run_as_one_token():
    masked = "He said " + MASK * 6 + " today"
    toks = tokenize(masked, abbreviations=True)
    assert [t.text for t in toks] == ["He", "said", MASK, "today"]
    assert (toks[2].start, toks[2].end) == (8, 14)


def test_is_abbreviation():
    assert is_abbreviation("Dr.") and is_abbreviation("Inc") and is_abbreviation("e.g.")
    assert not is_abbreviation("house.")


def test_persian_word_with_zwnj_is_one_token():
    text = "این کار انجام می" + ZWNJ + "شود."
    assert words(text, language="fa") == ["این", "کار", "انجام", "می" + ZWNJ + "شود", "."]


def test_persian_punctuation_is_never_part_of_a_word():
    text = "وی گفت: «ایران، عراق؛ چرا؟»"
    assert words(text, language="fa") == ["وی", "گفت", ":", "«", "ایران", "،", "عراق", "؛", "چرا", "؟", "»"]


def test_persian_letters_are_not_split_into_letters():
    # the old English word pattern started words only on Latin letters
    assert words("كاظم جلالي", language="fa") == ["كاظم", "جلالي"]
    assert words("كاظم جلالي", language="fa", abbreviations=True) == ["كاظم", "جلالي"]


def test_persian_diacritics_tatweel_and_decimals_stay_inside():
    assert words("كتـــاب\u064e ۶٫۵ ۱٬۲۰۰ 6/5", language="fa") == [
        "كتـــاب\u064e",
        "۶٫۵",
        "۱٬۲۰۰",
        "6",
        "/",
        "5",
    ]


def test_persian_invisible_controls_are_not_tokens():
    text = "\u200fسلام" + ZWNJ + " دنیا\u200e"
    toks = tokenize(text, language="fa")
    assert [t.text for t in toks] == ["سلام", "دنیا"]
    assert [t.text for t in tokenize(text, language="fa", abbreviations=True)] == ["سلام", "دنیا"]


def test_mixed_persian_and_english():
    assert words("شرکت Apple Inc گفت", language="fa") == ["شرکت", "Apple", "Inc", "گفت"]
