"""Reuse, quote families and their words on Persian text, compared normalised.

A Persian article reprinted with the Arabic letters ي/ك, without the zero-width non-joiner, or with
other digits is the same text word for word: it aligns over its whole length, and its quotations
are the same wording. Offsets still point into each text as given. Latin text splits as before.

The Persian texts here are invented, except the real-data test, which reads a Fars News article in
place from ../shared (never copied).
"""

from __future__ import annotations

import ast
import json

import numpy as np
import pytest
from conftest import shared_path

from refrain.reuse import QuoteOccurrence, ReuseDoc, ReuseParams, align, align_pair, quote_provenance
from refrain.reuse.tokens import tokenize, tokenize_many

Z = "\u200c"  # zero-width non-joiner

ARTICLE = (
    f"به گزارش خبرگزاری پارس{Z}نو، مدیرکل بنادر و دریانوردی استان روز دوشنبه در جمع خبرنگاران گفت: "
    f"ظرفیت اسکله{Z}های جدید بندر تا پایان سال ۱۴۰۳ به ۱۲ میلیون تن می{Z}رسد.\n\n"
    f"وی افزود: کار ساخت دو اسکله دیگر از ماه آینده آغاز می{Z}شود و ۳۵۰ نفر در آن مشغول به کار خواهند شد.\n\n"
    f"این مقام مسئول تأکید کرد: «هیچ کشتی{Z}ای بیش از دو روز در صف تخلیه نمی{Z}ماند.»"
)
_ARABIC_LETTERS = str.maketrans({"ی": "ي", "ک": "ك"})
_NO_ZWNJ = str.maketrans({Z: None})
_ASCII_DIGITS = str.maketrans({c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})


def respelled(text: str) -> str:
    """The copy a site that prints Arabic letters, drops ZWNJ and uses ASCII digits would make."""
    return text.translate(_ARABIC_LETTERS).translate(_NO_ZWNJ).translate(_ASCII_DIGITS)


def test_a_respelled_word_hashes_as_the_persian_spelling() -> None:
    for a, b in [
        ("آمريكا", "آمریکا"),
        (f"مي{Z}شود", "میشود"),
        ("۱۴۰۳", "1403"),
        ("٤٥", "45"),
        ("كتـــاب", "کتاب"),
    ]:
        assert tokenize(a).hashes.tolist() == tokenize(b).hashes.tolist(), (a, b)
    assert tokenize("آمریکا").hashes[0] != tokenize("آمریکایی").hashes[0]


def test_a_word_with_zwnj_or_harakat_inside_is_one_token_with_offsets_into_the_text() -> None:
    text = f"او گفت: «نمی{Z}شود»، مُحَمَّد آمد."
    t = tokenize(text)
    words = [text[s:e] for s, e in zip(t.starts.tolist(), t.ends.tolist(), strict=True)]
    assert words == ["او", "گفت", f"نمی{Z}شود", "مُحَمَّد", "آمد"]


def test_latin_text_splits_as_before() -> None:
    text = "word\u200bword ab\u200ecd co\u200cop The People’s Party"
    t = tokenize(text)
    words = [text[s:e] for s, e in zip(t.starts.tolist(), t.ends.tolist(), strict=True)]
    assert words == ["word", "word", "ab", "cd", "co", "op", "The", "People", "s", "Party"]


def test_tokenize_many_gives_each_text_its_own_tokens() -> None:
    texts = [ARTICLE, "An English line, for company.", respelled(ARTICLE), ""]
    for one, many in zip([tokenize(t) for t in texts], tokenize_many(texts), strict=True):
        assert np.array_equal(one.hashes, many.hashes)
        assert np.array_equal(one.starts, many.starts) and np.array_equal(one.ends, many.ends)


@pytest.mark.parametrize(
    "copy",
    [respelled, lambda t: t.translate(_ARABIC_LETTERS), lambda t: t.translate(_NO_ZWNJ)],
    ids=["all", "arabic-letters", "no-zwnj"],
)
def test_a_respelled_copy_aligns_over_its_whole_length(copy) -> None:
    b = copy(ARTICLE)
    found = align_pair(ARTICLE, b, ReuseParams(min_words=10))
    assert [(s, e, bs, be) for s, e, bs, be, _ in found] == [(0, len(ARTICLE), 0, len(b))]


def test_the_corpus_finder_sees_the_reprint() -> None:
    b = "خبر کوتاه دیگری از شهر.\n\n" + respelled(ARTICLE)
    result = align([ReuseDoc("wire", ARTICLE), ReuseDoc("reprint", b, order=1)], workers=1)
    covered = sum(p.a_end - p.a_start for p in result.passages)
    assert covered == len(ARTICLE)
    assert {(p.a, p.b) for p in result.passages} == {("wire", "reprint")}


def test_a_respelled_quotation_is_the_same_wording_of_one_family() -> None:
    quote = f"هیچ کشتی{Z}ای بیش از دو روز در صف تخلیه نمی{Z}ماند"
    occ = [
        QuoteOccurrence("wire", 10, 60, quote, "مدیرکل بنادر", "2024-05-01", 0),
        QuoteOccurrence("reprint", 12, 58, respelled(quote), None, "2024-05-02", 1),
        QuoteOccurrence("other", 0, 40, "هیچ کشتی بیش از سه روز در صف نمی ماند", None, "2024-05-03", 2),
    ]
    families = quote_provenance(occ)
    assert len(families) == 1
    family = families[0]
    assert [o.doc for o in family.occurrences][:2] == ["wire", "reprint"]
    first_wording = family.variants[0]
    assert {o.doc for o in first_wording.occurrences} == {"wire", "reprint"}


def _fars_article() -> str:
    path = shared_path("data", "fars-news", "fars-news-1.json")
    for item in json.loads(path.read_text(encoding="utf-8")):
        paragraphs = item["paragraphs"]
        if isinstance(paragraphs, str):
            paragraphs = ast.literal_eval(paragraphs)
        text = "\n\n".join(p.strip() for p in paragraphs if p.strip())
        if len(text) > 1000 and Z in text and ("ي" in text or "ی" in text):
            return text
    pytest.fail("no Fars article long enough")


def test_a_respelled_copy_of_a_fars_article_aligns_over_its_whole_length() -> None:
    text = _fars_article()
    # Both ways round: Fars prints a mix of Arabic and Persian letters.
    persian = text.translate(str.maketrans({"ي": "ی", "ك": "ک"})).translate(_NO_ZWNJ)
    for a, b in [(text, respelled(text)), (text, persian)]:
        found = align_pair(a, b)
        covered = sum(e - s for s, e, _, _, _ in found)
        words = tokenize(a)
        first, last = int(words.starts[0]), int(words.ends[-1])
        assert covered >= last - first, (covered, len(a))
