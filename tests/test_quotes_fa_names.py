"""Persian speaker names: cleaned of quotation marks left unpaired by their phrase, ended by a kin word;
invented text (fresh Fars reading, issue 15)."""

from __future__ import annotations

from refrain.quotes import find
from refrain.quotes.persian import _clean_name


def speakers(text: str) -> list:
    return [q.speaker for q in find(text, language="fa") if q.kind == "direct"]


def test_a_closing_mark_of_a_credit_before_the_speaker_is_not_part_of_it():
    text = "به گزارش خبرنگار اقتصادی باشگاه خبری فارس «نورنا» روابط عمومی بانک کوهسار اعلام کرد: نرخ سود ثابت ماند."
    assert speakers(text) == ["روابط عمومی بانک کوهسار"]


def test_an_opening_mark_never_closed_is_dropped_from_the_name():
    text = 'روزنامه نورلندی "الصباح در شماره امروز نوشت: مذاکرات به بن‌بست رسیده است.'
    assert speakers(text) == ["روزنامه نورلندی الصباح"]


def test_a_closing_mark_ends_a_name_and_paired_marks_stay():
    assert _clean_name("رضا امینی» خواستار بازگشت") == "رضا امینی"
    assert _clean_name("وب‌سایت نورلندی «پیک»") == "وب‌سایت نورلندی «پیک»"
    assert _clean_name(None) is None


def test_a_kin_word_after_a_name_ends_it_and_opens_its_description():
    text = (
        "نادر کیانی‌فر فرزند مدیر پیشین کارخانه دشتک در جمع خبرنگاران "
        "اظهار داشت: پرونده باید بررسی شود.\n\nکیانی‌فر گفت: ما پیگیری می‌کنیم."
    )
    quotes = [q for q in find(text, language="fa") if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["نادر کیانی‌فر"] * 2
    assert quotes[0].role == "فرزند مدیر پیشین کارخانه دشتک"


def test_the_names_after_a_kin_word_are_the_relatives_not_the_speaker():
    text = (
        "مادر شهید کامران نیک‌پور در این مراسم گفت: فرزندم برای وطن رفت.\n\nوی افزود: به او افتخار می‌کنم.\n\n"
        "برکت‌الله سامانی پدر شهیدان رضا و مهدی سامانی در این دیدار گفت: آنها راه را نشان دادند."
    )
    assert speakers(text) == ["مادر شهید کامران نیک‌پور"] * 2 + ["برکت‌الله سامانی"]


def test_a_lead_quote_of_an_unnamed_speaker_is_the_named_person_who_says_the_same_words_later():
    text = (
        "پژوهش و صنعت\n\n"
        "یکی از استادان دانشگاه کوهسار گفت: پژوهش باید به صنعت گره بخورد.\n\n"
        "به گزارش خبرگزاری فارس، کامران نیک‌پور در همایش امروز گفت: پژوهش باید به صنعت گره بخورد و "
        "دانشگاه باید پاسخ دهد.\n\nیک مقام دیگر گفت: بودجه پژوهش کم است."
    )
    assert speakers(text) == ["کامران نیک‌پور", "کامران نیک‌پور", "یک مقام دیگر"]


def test_a_lead_quote_whose_words_a_long_later_quote_holds_by_chance_keeps_its_description():
    text = (
        "بازار و قیمت‌ها\n\n"
        "یک منبع آگاه گفت: این کار باید زودتر انجام شود.\n\n"
        "به گزارش خبرگزاری فارس، بهرام ساحلی رئیس اتاق بازرگانی نورآباد امروز گفت: بازار آرام است و این آرامش "
        "حاصل کار همه دستگاه‌هاست و باید ادامه یابد و هر کاری که لازم است زودتر انجام شود."
    )
    assert speakers(text) == ["یک منبع آگاه", "بهرام ساحلی"]


def test_a_lead_quote_with_other_words_keeps_its_description():
    text = (
        "پژوهش و صنعت\n\n"
        "یکی از استادان دانشگاه کوهسار گفت: بودجه پژوهش باید دو برابر شود.\n\n"
        "به گزارش خبرگزاری فارس، کامران نیک‌پور در همایش امروز گفت: دانشگاه باید به صنعت پاسخ دهد."
    )
    assert speakers(text)[0] == "یکی از استادان دانشگاه کوهسار"


def test_a_surname_alone_or_in_marks_is_the_full_name_the_article_writes_in_marks():
    text = (
        "«اوریانو کاستیا» از اعضای ارشد اتحادیه کشاورزان نورلند در گفت‌وگو با رادیو مونا تاکید کرد: ادامه می‌دهیم.\n\n"
        "«کاستیا» همچنین یادآور شد: مردم حمایت می‌کنند.\n\nکاستیا افزود: پیروز می‌شویم."
    )
    assert speakers(text) == ["اوریانو کاستیا"] * 3


def test_a_post_written_next_to_a_name_is_theirs_from_there_on():
    text = (
        "وزیر خارجه نورلند گفت: روابط گسترش می‌یابد.\n\n"
        "به گزارش خبرگزاری فارس، کامران نیک‌پور دبیر شورای امنیت دشتک در دیدار با وی گفت: همکاری لازم است.\n\n"
        "پیتر هالوران وزیر خارجه نورلند نیز در این دیدار گفت: ما آماده‌ایم.\n\n"
        "وزیر خارجه نورلند در پایان گفت: سفر ادامه دارد."
    )
    assert speakers(text)[1:] == ["کامران نیک‌پور", "پیتر هالوران", "پیتر هالوران"]


def test_a_lead_post_is_the_person_named_next_not_someone_dead_and_seyyed_opens_the_name():
    text = (
        "امام جمعه موقت کوهسار گفت: همه باید صرفه‌جویی کنند.\n\n"
        "به گزارش خبرگزاری فارس، سید رضا امینی در خطبه دوم نماز جمعه یاد مرحوم علی کیانی را گرامی داشت.\n\n"
        "امام جمعه موقت کوهسار افزود: کار ادامه دارد."
    )
    assert speakers(text) == ["سید رضا امینی"] * 2


def test_an_honorific_and_a_given_name_alone_is_the_one_full_name_opened_with_it() -> None:
    from refrain.quotes import find as find_quotes

    named = "بهترین کسی که می‌تواند کمک کند بهرام نیکنام است. "
    said = "حاج بهرام می‌گوید: «ما در آن روزها جوان بودیم و کار سخت بود.»"
    assert [q.speaker for q in find_quotes(named + said, language="fa")] == ["بهرام نیکنام"]
    # two people of that given name: the name stays as written
    two = "بهرام نیکنام و بهرام سلیمی آمدند. "
    assert [q.speaker for q in find_quotes(two + said, language="fa")] == ["بهرام"]


def test_a_foreign_name_whose_sentence_reports_speech_is_the_next_vi() -> None:
    # a name that is no known given name ("کارل برانت"), after "این در حالی است که", reported
    # speaking ("اعلام کرد"): the "وی" of the next paragraph is that person
    text = (
        "قرار بود طرحی در شورا تصویب شود که با مخالفت کارل برانت، رئیس کمیسیون، روبرو شد.\n\n"
        "این در حالی است که کارل برانت پس از رای‌گیری اعلام کرد کشورش از این طرح حمایت خواهد کرد.\n\n"
        "وی به خبرنگاران گفت: «ما این طرح را می‌پذیریم و برای اجرای آن تلاش خواهیم کرد.»"
    )
    assert [q.speaker for q in find(text, language="fa")] == ["کارل برانت"]
