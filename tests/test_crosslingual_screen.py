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
        ("رهبر انقلاب ایران", "Iran"),  # a short last word is a surname only given alone in Persian
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
        ("کاوه موسی", "Kaveh Moussa"),  # a final ی read "a" (data list names_final_ya_read_a)
        ("قمی", "Kaveh Qomi"),  # a short surname whose letters are the same on both sides
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
    # Persian punctuation ends a word: «کرونا،» and «عراق؛» are anchors
    assert anchors_fa("با توجه به شرایط کرونا، یک نفر در عراق؛ نه بیشتر") == {"کرونا", "عراق"}
    # a place word inside a longer capitalised name is a name, not the place, when asked
    assert anchors_en("the Washington Herald reported", in_names=False) == set()
    assert anchors_en("officials in Washington reported", in_names=False) == {"آمریکا"}
    # petrol is no oil anchor (a form matches at a word's start: "petro" would take "petrol")
    assert anchors_en("long queues at petrol stations") == set()
    assert anchors_en("petroleum and petrochemical exports") == {"نفت"}


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


def test_a_persian_year_may_be_rendered_as_its_gregorian_one() -> None:
    persian = facts_fa("در سال 1392 تعداد 57 پرواز در این فرودگاه انجام شد.")
    assert can_render(facts_en("In 2013, 57 flights were made at the airport."), persian) == (True, 2)
    # ... and a year alone is no number the rendering must keep
    assert can_render(
        facts_en("Flights were made at the airport that year."), facts_fa("در سال 1392 پرواز انجام شد.")
    )[0]


def test_a_jalali_date_may_be_rendered_as_its_gregorian_day() -> None:
    from refrain.crosslingual.numbers import gregorian_days

    assert gregorian_days("از ۱۱ فروردین تا 12 دي") == {30.0, 31.0, 1.0, 2.0}  # Nowruz on 20 or 21 March
    persian = facts_fa("هر گونه تغییر در نرخ آب در نشست 11 فروردین شورا بررسی خواهد شد.")
    assert can_render(
        facts_en("Any change in water prices will be weighed at the board's meeting on March 31."), persian
    )[0]
    assert not can_render(
        facts_en("Any change in water prices will be weighed at the meeting on March 14."), persian
    )[0]


def test_a_year_counts_in_either_calendar():
    from refrain.crosslingual.numbers import agreement, numbers_en, numbers_fa

    english = numbers_en("Since 2003 the town has lost 40 wells.")
    persian = numbers_fa("از سال 82 تاکنون 40 حلقه چاه از دست رفته است.")  # 1382, written short
    assert agreement(english, persian) == (2, 0)
    assert agreement(numbers_en("In 2005 it opened."), numbers_fa("در سال ۱۳۸۴ افتتاح شد.")) == (1, 0)


def test_hundreds_read_whole_and_a_flow_rate_is_no_dubai():
    from refrain.crosslingual.numbers import numbers_en

    assert numbers_en("they left for four or five hundred million tomans") == frozenset({4.0, 5e8})
    english = facts_en("The flow of the two springs has fallen by 80 percent this season.")
    persian = facts_fa("دبی دو چشمه به میزان 80 درصد کاهش یافته است.")  # «دبی»: a flow rate
    assert can_render(english, persian)[0]


def test_a_council_name_ending_in_security_council_is_no_un_anchor() -> None:
    un = anchors_en("the UN Security Council met")
    assert un and anchors_en("The Security Council met") == un
    assert anchors_en("the Supreme National Security Council met") == frozenset()
    assert anchors_en("The White House said") == anchors_en("Washington said")
