"""Names and numbers across scripts that other romanisations write differently: a Turkish or
Arabic spelling of a given name, ض written d, one-word surnames, "n-fold", and «نه» as "not".
Names are invented (a Persian spelling and the Latin one a paper would print)."""

from __future__ import annotations

from refrain.crosslingual.names import same_person
from refrain.crosslingual.numbers import numbers_en, numbers_fa


def test_a_given_name_in_another_romanisation_is_a_weak_match() -> None:
    # «رجب» printed "Recep" (Turkish): the surnames agree, every given name opens alike
    assert same_person("رجب کامل اوزتورک", "Recep Kamil Ozturk") is not None
    # another given name of another class stays another person
    assert same_person("رجب اوزتورک", "Nihat Ozturk") is None


def test_zad_written_d_is_near_z() -> None:
    assert same_person("ریاض الحسنی", "Riyad al-Hasani") is not None


def test_one_word_surnames_with_the_same_letters() -> None:
    assert same_person("تقوی", "Taghavi") is not None
    # a Latin v between vowels needs its و in the Persian
    assert same_person("تقی", "Tavaghi") is None


def test_fold_is_a_multiplier_and_na_before_tanha_is_not_nine() -> None:
    assert 5.0 in numbers_en("exports rose fivefold last year")
    assert 3.0 in numbers_en("a 3-fold rise")
    assert 9.0 not in numbers_fa("نه تنها صادرات بلکه واردات هم افزایش یافت")
    assert 9.0 in numbers_fa("نه نفر در این حادثه زخمی شدند")
