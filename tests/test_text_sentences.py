"""refrain.text.sentence_spans: English with case, Persian without."""

from __future__ import annotations

from refrain.text import Sentences, sentence_spans


def sentences(text: str, language: str | None = None) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, language)]


def test_english_needs_a_capital_or_digit_after_the_stop():
    assert sentences("It rose. prices fell. It ended. 2024 came.") == [
        "It rose. prices fell.", "It ended.", "2024 came.",
    ]  # fmt: skip


def test_english_abbreviations_and_initials_are_no_boundary():
    assert sentences("Gen. Brown met J. Smith in the U.S. Senate. They left.") == [
        "Gen. Brown met J. Smith in the U.S. Senate.", "They left.",
    ]  # fmt: skip


def test_english_closing_quotes_stay_with_their_sentence():
    assert sentences("He said “never.” Then “Yes,” she said.") == [
        "He said “never.”",
        "Then “Yes,” she said.",
    ]


def test_line_breaks_end_sentences():
    assert sentences("Headline here\n\nBody starts. Body ends") == [
        "Headline here",
        "Body starts.",
        "Body ends",
    ]


def test_persian_breaks_without_case():
    text = "قیمت نفت بالا رفت. وی افزود: این کافی نیست! چرا؟ پاسخ روشن است؛ باید صبر کرد…"
    assert sentences(text, "fa") == [
        "قیمت نفت بالا رفت.", "وی افزود: این کافی نیست!", "چرا؟", "پاسخ روشن است؛", "باید صبر کرد…",
    ]  # fmt: skip


def test_persian_decimals_are_no_boundary():
    text = "تورم 6.5 درصد و ۶٫۵ درصد و 6/5 درصد بود. پایان"
    assert sentences(text, "fa") == ["تورم 6.5 درصد و ۶٫۵ درصد و 6/5 درصد بود.", "پایان"]


def test_persian_dotted_abbreviations_and_quotes():
    text = "در سال ۱۴۰۲ ه.ش. این قانون آمد. او گفت: «تمام شد.» بعد رفت"
    assert sentences(text, "fa") == ["در سال ۱۴۰۲ ه.ش. این قانون آمد.", "او گفت: «تمام شد.»", "بعد رفت"]


def test_persian_paragraph_end():
    assert sentences("خبر اول\nخبر دوم", "fa") == ["خبر اول", "خبر دوم"]


def test_sentence_lookup_by_offset():
    s = Sentences("One. Two. Three")
    assert s.at(0) == (0, 4) and s.at(6) == (5, 9) and s.index_at(14) == 2
    assert Sentences("").at(0) == (0, 0)


def test_sentences_glued_at_a_paragraph_join_are_two():
    # scraped pages often lose the space after a period where two paragraphs were joined
    text = "The wall kept out the floods.This is a quiet town. Mr.Tell came to gazette.ir today."
    assert sentences(text) == [
        "The wall kept out the floods.",
        "This is a quiet town.",
        "Mr.Tell came to gazette.ir today.",
    ]


def test_glued_sentences_are_two_in_the_masked_reading():
    def sentences_masked(text: str) -> list[str]:
        return [text[s:e] for s, e in sentence_spans(text, masked=True)]

    text = "Rates rose.But the bank held. The U.S.Senate met."
    assert sentences_masked(text) == ["Rates rose.", "But the bank held.", "The U.S.Senate met."]


def test_a_dotted_acronym_ends_a_sentence_before_a_word_that_only_opens_one():
    text = (
        "Ties soured with the U.S. In his speech, he said more. He met the U.S. President. See the U.K. Navy."
    )
    assert [text[s:e] for s, e in sentence_spans(text, "en")] == [
        "Ties soured with the U.S.",
        "In his speech, he said more.",
        "He met the U.S. President.",
        "See the U.K. Navy.",
    ]
    assert len(sentence_spans(text, "en", masked=True)) == 4


def test_a_typed_apostrophe_may_open_a_sentence():
    # a subheading in typed marks run into the text after it: "… matter. 'Talks were hard’ Ana …"
    text = "Holm ordered an inquiry into the matter. 'Talks were hard’ Ana Berg said on Friday."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Holm ordered an inquiry into the matter.",
        "'Talks were hard’ Ana Berg said on Friday.",
    ]
    assert [text[s:e] for s, e in sentence_spans(text, masked=True)][1].startswith("'Talks")
    # an apostrophe before a lower-case word opens nothing
    text = "Exports rose in the '90s. 'twas a good year."
    assert len(sentence_spans(text)) == 1
