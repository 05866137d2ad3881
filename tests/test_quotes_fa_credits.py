"""Persian speakers after a source credit or a fronted adverbial: skipped to where the speaker starts,
whatever its length or spelling; each rule on invented text (fresh Fars reading, issue 15)."""

from __future__ import annotations

from refrain.quotes import find


def speakers(text: str) -> list:
    return [q.speaker for q in find(text, language="fa") if q.kind == "direct"]


def test_a_long_credit_runs_to_its_comma_before_a_name():
    text = (
        "به گزارش خبرنگار اعزامی فارس کوهسار از دومین جشنواره ملی کتاب و کتابخوانی، کامران نیک‌پور "
        "هنگام دیدن بخش کودکان و نوجوانان کتابخانه‌های کوهسار اظهار داشت: این جشنواره ارزشمند است.\n\n"
        "وی افزود: کار ادامه دارد.\n\nنیک‌پور گفت: باید بیشتر خواند."
    )
    assert speakers(text) == ["کامران نیک‌پور"] * 3


def test_a_post_right_after_the_agency_is_still_the_speaker():
    text = "به گزارش فارس وزیر نیرو در نشست با استانداران کوهسار و دشتک، رضا امینی را معرفی کرد و گفت: کار آغاز شد."
    assert speakers(text) == ["وزیر نیرو"]


def test_a_known_surname_or_a_pronoun_right_after_the_agency_is_the_speaker_not_the_name_after_the_comma():
    text = (
        "به گزارش خبرگزاری فارس، بهرام ساحلی شهردار نورآباد در جلسه امروز گفت: کار پل تمام شد.\n\n"
        "به گزارش فارس ساحلی در پایان این جلسه، نادر کیانی‌فر را به عنوان معاون معرفی کرد و گفت: او تجربه دارد.\n\n"
        "به گزارش فارس وی در ادامه جلسه، مینا رستمی را معرفی کرد و گفت: کارها را پیگیری می‌کند."
    )
    assert speakers(text) == ["بهرام ساحلی"] * 3


def test_a_name_in_marks_after_a_quoted_outlet_and_a_comma_is_the_speaker():
    text = (
        "به گزارش خبرگزاری فارس و به نقل از رادیو مونا، «پیتر هالوران» نماینده ویژه نورلند در گفت‌وگو "
        "با این رادیو گفت: مذاکرات ادامه دارد.\n\nوی افزود: فرصت خوبی است."
    )
    assert speakers(text) == ["پیتر هالوران"] * 2


def test_quoting_written_with_a_zwnj_and_a_given_name_spelt_with_ale():
    text = (
        "معاون استاندار کوهسار گفت: کار خوب پیش می‌رود.\n\n"
        "به گزارش خبرگزاری فارس از جنوب استان کوهسار به‌نقل از دفتر خبری بخشداری دشتک، "
        "هدایت‌اله نوروزی‌فر در جلسه شورای اداری اظهار داشت: همه باید کمک کنند.\n\n"
        "وی افزود: بودجه کافی است."
    )
    assert speakers(text) == ["هدایت‌اله نوروزی‌فر"] * 3


def test_a_name_inside_a_relative_clause_of_the_fronted_adverbial_is_not_the_speaker():
    text = (
        "به گزارش خبرگزاری فارس از کوهسار، در این نشست که در آستانه میلاد حضرت رسول در تالار کوهسار "
        "برگزار شد پس از سخنان مجری، حجت‌الاسلام کامران نیک‌پور از استادان حوزه گفت: همه باید بکوشند.\n\n"
        "وی افزود: کار ادامه دارد."
    )
    assert speakers(text) == ["کامران نیک‌پور"] * 2


def test_a_speaker_only_inside_a_that_clause_is_still_the_speaker():
    text = (
        "در آن روزها کار ساخت سد نورآباد به کندی پیش می‌رفت به طوری که یکی از مهندسان شرکت سازنده "
        "در گفت‌وگو با خبرنگاران اعلام کرد: «ساخت سد تا پایان سال تمام نمی‌شود.»"
    )
    assert speakers(text) == ["یکی از مهندسان شرکت سازنده"]


def test_a_name_in_marks_after_the_fronted_adverbial_and_a_comma_is_the_speaker():
    text = (
        "در جلسه‌ای که عصر دیروز با حضور «رضا امینی» در تالار دشتک برگزار شد، «پیتر هالوران» رئیس "
        "ارکستر دشتک با بیان این مطلب گفت: اجراها ادامه دارد."
    )
    assert speakers(text) == ["پیتر هالوران"]
