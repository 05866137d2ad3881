"""Persian speakers: the general rules added after an independent reading of fresh Fars articles
(issue 14), each on invented text. The dev-gold floor is in tests/test_quotes_fa.py."""

from __future__ import annotations

from refrain.quotes import find


def direct(text: str) -> list:
    return [q for q in find(text, language="fa") if q.kind == "direct"]


def speakers(text: str) -> list:
    return [q.speaker for q in direct(text)]


def test_a_name_stops_before_the_noun_that_opens_the_verbs_complement():
    text = (
        "مهدی بنی‌طالبی دعوت از اساتید را ضروری دانست و افزود: کار باید ادامه یابد.\n\n"
        "بنی‌طالبی دعوت از دانشجویان را هم خواست و گفت: همه باید بیایند.\n\n"
        "وی گفت: جلسه تمام شد."
    )
    assert speakers(text) == ["مهدی بنی‌طالبی"] * 3


def test_a_post_stops_before_the_object_of_the_verb():
    [q] = direct("رئیس سازمان برنامه نقش دولت را در اقتصاد مهم برشمرد و گفت: باید اصلاح شود.")
    assert q.role == "رئیس سازمان برنامه"


def test_a_preposition_inside_the_name_of_a_body_stays_in_the_post():
    text = (
        "مدیرکل درمان ستاد مبارزه با مواد مخدر گفت: مراکز تازه باز می‌شود.\n\n"
        "به گفته رضا کریمی مدیرکل درمان ستاد مبارزه با مواد مخدر کار ادامه دارد."
    )
    [q] = direct(text)
    assert (q.speaker, q.role) == ("رضا کریمی", "مدیرکل درمان ستاد مبارزه با مواد مخدر")


def test_a_post_is_not_cut_at_a_complement_noun_followed_by_a_preposition():
    [q] = direct("مدیرکل حمایت از کالای ایرانی گفت: تولید بیشتر شد.")
    assert q.role == "مدیرکل حمایت از کالای ایرانی"


def test_an_acronym_in_parentheses_is_left_out_of_the_post():
    [q] = direct("دبیر کل سازمان ملی استاندارد (سما) در حالی که از کمبود بودجه گله داشت، گفت: کار دشوار است.")
    assert q.speaker == q.role == "دبیر کل سازمان ملی استاندارد"


def test_adverbs_after_a_name_in_narrative_are_not_part_of_it():
    text = "کاوه همینطور گفت: بیا برویم.\n\nکاوه سریع گفت: دیر شد.\n\nموقع رفتن گفت: خداحافظ."
    assert speakers(text) == ["کاوه"] * 3
