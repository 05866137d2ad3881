"""Language identification: Persian and Arabic told apart even on a title of a few words.

All texts here are invented.
"""

from __future__ import annotations

import pytest

from refrain.ingest import detect_language


@pytest.mark.parametrize(
    "title",
    [
        # Persian letters Arabic lacks (گ، چ، پ، ژ) or the Persian forms of yeh and kaf.
        "گزارش تازه بانک مرکزی",
        "چهار پروژه جدید",
        # Printed with the Arabic letters ي and ك, as some Persian sites do: told by Persian words.
        "قيمت برنج در بازار كاهش يافت",
        "صادرات فرش دستباف افزايش داشت",
        "اين طرح عملي نيست",
        # A zero-width non-joiner inside a word.
        "تيم\u200cهاي ملي",
        # Plain nouns with no evidence either way and no Arabic article: Persian.
        "سفر رئيس مجلس به مشهد",
    ],
)
def test_short_persian_titles_are_persian(title):
    assert detect_language(title) == "fa"


@pytest.mark.parametrize(
    "text",
    [
        "قال المتحدث إن الاجتماع سيعقد في العاصمة",
        "ارتفاع أسعار القمح في الأسواق",
        "وزير الزراعة يزور المعرض",
        "مدينة جديدة على الساحل",
    ],
)
def test_arabic_stays_arabic(text):
    assert detect_language(text) == "ar"


def test_one_or_two_words_without_evidence_are_unknown():
    assert detect_language("سفر رسمي") is None
    assert detect_language("گزارش") == "fa"  # one word, but a Persian letter


def test_persian_article_text_is_persian():
    text = (
        "به گزارش خبرنگار ما، مدير كل اداره آب استان روز گذشته گفت: "
        "مصرف آب در شهر امسال ده درصد كمتر از سال قبل بوده است."
    )
    assert detect_language(text) == "fa"


@pytest.mark.parametrize(
    ("text", "language"),
    [("The minister said that the talks were over.", "en"), ("Short English", None), ("2024 03", None)],
)
def test_latin_text_as_before(text, language):
    assert detect_language(text) == language
