"""The cheap screening before the sentence model (refrain.crosslingual): stricter names across
scripts, and what a faithful rendering keeps (numbers, anchors). Invented names and text."""

from __future__ import annotations

import pytest

from refrain.crosslingual import QuoteItem, link, same_person
from refrain.crosslingual.anchors import anchors_en, anchors_fa
from refrain.crosslingual.link import can_render, candidates, facts_en, facts_fa

# --- names: first letters and -i endings -------------------------------------------------------


@pytest.mark.parametrize(
    ("persian", "latin"),
    [
        ("کیوان اسلامپور", "Keyvan Salampour"),  # ا opens the Persian surname: Eslampour, not Salampour
        ("کیوان سلامپور", "Keyvan Eslampour"),
        ("کامران باقرزاد", "Kamran Bagherzadi"),  # an -i surname is written with a final ی
        ("نگار دلاور", "Negar Delavari"),
        ("دلاور", "Negar Delavari"),  # a Persian given name alone is no -i surname
        ("کیان حسینی", "Kian Hasina"),  # an -i surname is no -a one
        ("خمینی", "Ali Khamenei"),  # the alias file gives "Khamenei" to «خامنه‌ای», same skeleton
        ("محمد تهرانچی", "Ahmad Tehranchi"),  # given names opening with other letters
        ("کاوه وحیدنیا", "Kaveh Hoveydnia"),  # و is v, not h
    ],
)
def test_names_whose_first_letters_or_endings_disagree_are_not_matched(persian: str, latin: str) -> None:
    assert same_person(persian, latin) is None


@pytest.mark.parametrize(
    ("persian", "latin"),
    [
        ("کیوان اسلامپور", "Keyvan Eslampour"),
        ("کامران باقرزادی", "Kamran Bagherzadi"),
        ("نگار دلاوری", "Negar Delavary"),
        ("سیدکامران ملکوتی", "Seyyed Kamran Malakouti"),  # a title written onto the given name
        ("بهروز سرخ کلاهی", "Behrouz Sorkh-Kolahi"),  # a hyphenated surname, two words in Persian
        ("بهروز سرخکلاهی", "Behrouz Sorkh-Kolahi"),  # ... or one
        ("عباس قربانلو", "Abbas Ghorbanlou"),  # ع opens a word romanised with a vowel
        ("کاوه رضایی", "Kaveh Rezaee"),  # "-ee" and "-ie" are English spellings of a final ی
        ("کاوه طباطبایی", "Kaveh Tabatabaie"),
        ("ابراهیم قربانلو", "Brahim Ghorbanlou"),  # a given name opened otherwise; the rest one skeleton
    ],
)
def test_names_whose_first_letters_and_endings_agree_still_match(persian: str, latin: str) -> None:
    assert same_person(persian, latin) is not None


# --- anchors and what a rendering keeps ----------------------------------------------------------


def test_anchors_are_found_in_both_languages() -> None:
    assert anchors_fa("نمایندگان اروپایی و مقامات سوری درباره برجام گفت‌وگو کردند") == {
        "اروپا",
        "سوریه",
        "هستهای",
    }
    assert anchors_en("European envoys and Syrian officials discussed the nuclear deal") == {
        "اروپا",
        "سوریه",
        "هستهای",
    }
    # a place word inside a longer capitalised name is a name, not the place, when asked
    assert anchors_en("the Washington Herald reported", in_names=False) == set()
    assert anchors_en("officials in Washington reported", in_names=False) == {"آمریکا"}


def test_a_rendering_keeps_the_anchors_and_numbers_of_its_first_sentence() -> None:
    fa = facts_fa("ما با عراق ۳ قرارداد امضا کردیم. این قراردادها مهم است.")
    assert can_render(facts_en("We signed 3 contracts with Iraq."), fa) == (True, 1)
    assert not can_render(facts_en("We signed 3 contracts with Syria."), fa)[0]  # a place it does not name
    assert not can_render(facts_en("We signed contracts with our neighbour."), fa)[0]  # the place dropped
    assert not can_render(facts_en("We signed contracts with Iraq."), fa)[0]  # the number dropped
    # an anchor the Persian names after its first sentence may be cut with the rest
    fa_long = facts_fa("قراردادهای زیادی امضا کردیم. این قراردادها با عراق است.")
    assert can_render(facts_en("We signed many contracts."), fa_long)[0]


def test_only_quotations_left_by_the_screening_are_embedded() -> None:
    from test_crosslingual import _CountingEmbedder

    fa = QuoteItem(
        "f1", "fa-1", "fa", "ما با عراق قراردادهای زیادی در حوزه انرژی امضا کردیم.", "کیوان اسلامپور"
    )
    kept = QuoteItem(
        "e1", "en-1", "en", "We signed many energy contracts with Iraq in recent months.", "Keyvan Eslampour"
    )
    other_place = QuoteItem("e2", "en-2", "en", "We signed many energy contracts with Turkey in recent months.", "Keyvan Eslampour")  # fmt: skip
    other_name = QuoteItem("e3", "en-3", "en", "We signed many energy contracts with Iraq in recent months.", "Keyvan Salampour")  # fmt: skip
    quotes = [fa, kept, other_place, other_name]
    assert [(e.id, f.id) for e, f, _, _ in candidates(quotes)] == [("e1", "f1")]
    model = _CountingEmbedder()
    result = link(quotes, model)
    assert set(result.embedded) == {"e1", "f1"}
    assert not any("Turkey" in t for t in model.texts)
