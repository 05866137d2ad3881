"""Persian quotations of a document ("در این بیانیه آمده است: …"): the document's author is the
speaker; invented text (fresh Fars reading, issue 15)."""

from __future__ import annotations

from refrain.quotes import find


def quoted(text: str) -> list:
    return [(q.text, q.speaker) for q in find(text, language="fa") if q.kind == "direct"]


def test_a_statement_names_its_author_after_the_head_word_and_this_statement_goes_on_with_it():
    text = (
        "به گزارش خبرگزاری فارس از کوهسار، در بیانیه ستاد برگزاری جشنواره کوهسار آمده است: همه مردم دعوت می‌شوند.\n\n"
        "در ادامه این بیانیه آمده است: برنامه‌ها رایگان است."
    )
    assert quoted(text) == [
        ("همه مردم دعوت می‌شوند.", "ستاد برگزاری جشنواره کوهسار"),
        ("برنامه‌ها رایگان است.", "ستاد برگزاری جشنواره کوهسار"),
    ]


def test_this_statement_is_by_the_subject_of_the_sentence_that_introduced_it():
    text = (
        "وزارت خارجه نورلند طی بیانیه‌ای حمله به سفارت را محکوم کرد.\n\n"
        "در این بیانیه آمده است: این اقدام پذیرفتنی نیست.\n\n"
        "در بخش دیگری از این بیانیه آمده است: «ما پاسخ خواهیم داد.»"
    )
    assert quoted(text) == [
        ("این اقدام پذیرفتنی نیست.", "وزارت خارجه نورلند"),
        ("ما پاسخ خواهیم داد.", "وزارت خارجه نورلند"),
    ]


def test_a_message_of_a_named_person_is_theirs_by_the_fullest_name():
    text = (
        "به گزارش خبرگزاری فارس، سرهنگ کامران نیک‌پور رئیس پلیس دشتک در پیامی روز خبرنگار را تبریک گفت.\n\n"
        "در متن این پیام آمده است: خبرنگاران چشم بیدار جامعه‌اند.\n\n"
        "در پیام رضا امینی وزیر آموزش به مناسبت آغاز سال تحصیلی آمده است: سال خوبی در پیش است.\n\n"
        "در بخش پایانی پیام سرهنگ نیک‌پور آمده است: قلمتان استوار باد."
    )
    assert [s for _, s in quoted(text)] == ["کامران نیک‌پور", "رضا امینی", "کامران نیک‌پور"]


def test_a_number_a_participle_or_a_verb_around_the_author_is_not_part_of_it():
    text = (
        "در بیانیه شماره ۲ انجمن باغداران دشتک آمده است: قیمت‌ها باید ثابت بماند.\n\n"
        "در بیانیه صادره از سوی شورای شهر کوهسار آمده است: جلسه علنی است.\n\n"
        "«راه تازه» عنوان سرمقاله روزنامه پیک دشتک است که در آن آمده است: راه تازه‌ای لازم است."
    )
    assert [s for _, s in quoted(text)] == ["انجمن باغداران دشتک", "شورای شهر کوهسار", "روزنامه پیک دشتک"]


def test_the_agencys_own_report_a_law_and_a_verse_are_no_quotations():
    text = (
        "به گزارش خبرگزاری فارس، بودجه کوهسار بررسی شد.\n\n"
        "در این گزارش آمده است: بودجه کافی نیست.\n\n"
        "نمایندگان با ماده یک موافقت کردند.\n\n"
        "در ماده یک آمده است: عبارات این قانون چنین است."
    )
    assert quoted(text) == []


def test_the_kind_of_document_after_its_head_word_is_not_its_author():
    text = (
        "در پیام تبریک شورای شهر نورآباد آمده است: این موفقیت را به همه شهروندان شادباش می‌گوییم.\n\n"
        "در بیانیه پایانی این همایش آمده است: همکاری میان شهرها ادامه خواهد یافت.\n\n"
        "در نامه سرگشاده بهرام ساحلی آمده است: ما خواهان پاسخ روشن هستیم."
    )
    assert [s for _, s in quoted(text)] == ["شورای شهر نورآباد", None, "بهرام ساحلی"]


def test_signer_or_issuer_of_a_document_introduced_by_a_relative_clause():
    signed = "در نامه‌ای که به امضای «نیما آذرخش»، رئیس اداره رسیده و به کارکنان تسلیم شده، آمده است: «این نشریه باید تعطیل شود.»"
    issued = "در بیانیه‌ای که از سوی وزارت نیرو صادر شده آمده است: «قطعی برق تا هفته آینده ادامه دارد.»"
    assert [q.speaker for q in find(signed, language="fa") if q.kind == "direct"] == ["نیما آذرخش"]
    assert [q.speaker for q in find(issued, language="fa") if q.kind == "direct"] == ["وزارت نیرو"]
