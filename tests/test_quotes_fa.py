"""Persian quotations and speakers (refrain.quotes.persian), on invented text, and the floor on
the Fars News gold (bench/quotes_fa.py prints the full figures)."""

from __future__ import annotations

import sys

import pytest
from conftest import REPO, shared_path
from hypothesis import given, settings
from hypothesis import strategies as st

from refrain.quotes import find

sys.path.insert(0, str(REPO / "bench"))
from quotes_fa_gold import load, name_key, score_article, totals  # noqa: E402


def direct(text: str) -> list:
    return [q for q in find(text, language="fa") if q.kind == "direct"]


def test_colon_speech_runs_from_the_colon_to_the_paragraph_end():
    text = "وزیر نیرو گفت: آب سدها کافی است و جیره‌بندی نداریم.  \n\nپاراگراف بعدی خبر است."
    [q] = direct(text)
    assert q.text == "آب سدها کافی است و جیره‌بندی نداریم."
    assert text[q.pieces[0][0] : q.pieces[0][1]] == q.text
    assert (q.start, q.end) == q.pieces[0]
    assert q.cue == "گفت"


@pytest.mark.parametrize(
    "cue",
    [
        "افزود",
        "اظهار داشت",
        "اظهارداشت",
        "خاطر\u200cنشان کرد",
        "تصريح كرد",
        "تأکید کرد",
        "یادآور شد",
        "وافزود",
    ],
)
def test_cue_verbs_match_in_every_spelling(cue):
    [q] = direct(f"مهدی کاظمی {cue}: طرح تا پایان سال تمام می‌شود.")
    assert q.speaker == "مهدی کاظمی"


def test_honorific_plural_cues_are_cues():
    assert direct("سید علی موسوی فرمودند: مردم صبور باشند.")


def test_a_space_before_the_colon_is_allowed():
    assert direct("مهدی کاظمی گفت : کار ادامه دارد.")[0].text == "کار ادامه دارد."


def test_indirect_speech_and_colons_without_a_cue_are_not_quotations():
    text = "وزیر گفت که کار ادامه دارد.\n\nفهرست طرح‌ها به شرح زیر است: جاده، پل و سد.\n\nکاظمی: دولت کوتاه نمی‌آید"
    assert direct(text) == []


def test_a_colon_speech_that_opens_a_mark_is_the_content_inside_the_marks():
    text = "وی گفت: «ما عقب نمی‌نشینیم.» سپس جلسه تمام شد."
    [q] = direct(text)
    assert q.text == "ما عقب نمی‌نشینیم."
    assert text[q.start] == "«" and text[q.end - 1] == "»"


def test_names_and_terms_in_marks_are_not_quotations():
    text = "نمایش «باغ سیب» و روزنامه «صبح امید» امروز معرفی شدند.\n\n«طرح مهر» در مدارس اجرا می‌شود."
    found = find(text, language="fa")
    assert [q.kind for q in found] == ["scare", "scare", "scare"]
    assert all(q.speaker is None for q in found)


def test_a_long_marked_stretch_is_a_quotation_when_a_cue_verb_ends_its_sentence():
    text = "مهدی کاظمی مدیر بندر است.\n\n«این بندر تا سال آینده دو برابر بزرگ می‌شود»، وی افزود."
    [q] = direct(text)
    assert q.text == "این بندر تا سال آینده دو برابر بزرگ می‌شود"
    assert q.speaker == "مهدی کاظمی"


def test_a_marked_name_after_a_cue_in_a_running_sentence_is_not_a_quotation():
    assert direct("مرکز خبر داد و افزود «رضا نیکو فرد شماره یک» در بازداشت است.") == []


def test_marks_inside_a_colon_speech_belong_to_it():
    text = "خطیب نماز گفت: پیامبر فرمود «علم بیاموزید از گهواره تا گور» و این راه ماست."
    [q] = direct(text)
    assert q.text.startswith("پیامبر فرمود") and q.text.endswith("راه ماست.")


def test_the_source_credit_is_not_the_speaker():
    text = "به گزارش خبرگزاری فارس از قم، حجت‌الاسلام رضا نیکو امروز در جلسه شورا گفت: کار تمام است."
    [q] = direct(text)
    assert q.speaker == "رضا نیکو"  # title left out, credit skipped


def test_credit_without_a_comma_before_the_name():
    [q] = direct("به گزارش خبرنگار فارس از یزد مهدی کاظمی اظهار کرد: باران آمد.")
    assert q.speaker == "مهدی کاظمی"


def test_the_person_quoted_through_a_channel_is_the_speaker():
    [q] = direct("به گزارش فارس، رادیو شهر به نقل از رضا نیکو افزود: بازار آرام است.")
    assert q.speaker == "رضا نیکو"


def test_pronouns_and_surnames_resolve_to_the_full_name():
    text = (
        "به گزارش خبرگزاری فارس، مهدی کاظمی شهردار شهر نمونه گفت: پل ساخته شد.\n\n"
        "وی افزود: جاده هم ساخته می‌شود.\n\nکاظمی ادامه داد: بودجه کافی است."
    )
    quotes = direct(text)
    assert [q.speaker for q in quotes] == ["مهدی کاظمی"] * 3
    assert quotes[0].role == "شهردار شهر نمونه"
    assert quotes[1].speaker_mention is not None and quotes[1].speaker_mention.text == "وی"


def test_a_role_that_opens_the_article_is_the_person_named_next():
    text = (
        "مدیرکل بنادر استان گفت: صادرات بیشتر شد.\n\n"
        "به گزارش خبرگزاری فارس، رضا نیکو امروز در نشست خبری اظهار داشت: واردات کمتر شد.\n\n"
        "مدیرکل بنادر استان افزود: کشتی‌ها منتظر نمی‌مانند."
    )
    assert [q.speaker for q in direct(text)] == ["رضا نیکو"] * 3


def test_a_role_with_also_introduces_the_next_named_speaker():
    text = (
        "رضا نیکو گفت: کار شروع شد.\n\n"
        "معاون فنی شهرداری نیز در این مراسم گفت: ماشین‌ها آماده‌اند.\n\n"
        "مهدی کاظمی با اشاره به بودجه افزود: پول هم هست."
    )
    assert [q.speaker for q in direct(text)] == ["رضا نیکو", "مهدی کاظمی", "مهدی کاظمی"]


def test_a_role_written_next_to_a_name_elsewhere_resolves_to_it():
    text = (
        "در این جلسه مهدی کاظمی فرماندار شهر نمونه حضور داشت.\n\n"
        "رضا نیکو گفت: جلسه خوب بود.\n\nفرماندار شهر نمونه گفت: کار ادامه دارد."
    )
    assert direct(text)[1].speaker == "مهدی کاظمی"


def test_a_role_then_a_name_in_one_phrase():
    [q] = direct("مسئول بسیج کارگری شهر رضا نیکو گفت: کارگران آماده‌اند.")
    assert (q.speaker, q.role) == ("رضا نیکو", "مسئول بسیج کارگری شهر")


def test_a_name_then_a_role_keeps_them_apart():
    [q] = direct("مهدی کاظمی سخنگوی ستاد بحران در جمع خبرنگاران گفت: آب وصل شد.")
    assert (q.speaker, q.role) == ("مهدی کاظمی", "سخنگوی ستاد بحران")


def test_an_unnamed_role_and_an_anonymous_source_stay_as_written():
    text = "سخنگوی ستاد بحران گفت: آب وصل شد.\n\nاین منبع آگاه گفت: برق هم وصل می‌شود."
    assert [q.speaker for q in direct(text)] == ["سخنگوی ستاد بحران", "این منبع آگاه"]


def test_an_object_after_a_surname_is_not_part_of_the_name():
    text = "مهدی کاظمی مدیر بندر است.\n\nکاظمی قانون تازه بندر را ناقص دانست و گفت: باید اصلاح شود."
    assert direct(text)[0].speaker == "مهدی کاظمی"


def test_a_topic_clause_before_the_speaker_is_skipped():
    [q] = direct("پرونده دوم مربوط به برنج بود، مهدی کاظمی مدیرکل تعزیرات گفت: برنج ضبط شد.")
    assert q.speaker == "مهدی کاظمی"


def test_a_question_put_to_someone_has_no_speaker_and_ends_before_the_answer():
    text = "رضا نیکو گفت: سلام.\n\nاز نیکو سوال شد: نظر شما درباره طرح چیست؟ وی گفت: طرح خوبی است."
    q1, q2, q3 = direct(text)
    assert (q2.text, q2.speaker) == ("نظر شما درباره طرح چیست؟", None)
    assert (q3.text, q3.speaker) == ("طرح خوبی است.", "رضا نیکو")


def test_an_honorific_plural_after_a_pronoun_is_the_revered_person_named_later():
    text = (
        "مهدی کاظمی گفت: جلسه برگزار شد.\n\n"
        "ایشان افزودند: مردم صبور باشند.\n\n"
        "آیت‌الله رضا نیکو تاکید کردند: وحدت لازم است."
    )
    assert [q.speaker for q in direct(text)] == ["مهدی کاظمی", "رضا نیکو", "رضا نیکو"]


def test_a_condition_before_the_cue_gives_no_speaker():
    [q] = direct("اگر این راه را برویم همان می‌شود که فرمود: صبر کلید است.")
    assert q.speaker is None


def test_arabic_letter_spellings_are_read_like_persian_ones():
    [q] = direct("به گزارش خبرگزاري فارس، مهدي كاظمي اظهار داشت: كار تمام است.")
    assert q.speaker == "مهدي كاظمي"  # the name as the article writes it
    assert name_key(q.speaker) == name_key("مهدی کاظمی")


def test_language_none_reads_mostly_arabic_script_text_as_persian():
    text = "مهدی کاظمی گفت: کار تمام است."
    assert [q.text for q in find(text)] == ["کار تمام است."]
    assert [q.text for q in find(text, language="en")] == []


def test_english_text_is_read_the_same_with_language_none_or_en():
    text = "“We will not back down,” Jane Doe, the party leader, said on Tuesday. Doe: fine."
    assert find(text) == find(text, language="en")


@pytest.fixture(scope="module")
def gold_figures():
    articles = load(shared_path("data", "fars-news", "gold-dev"))
    scores = [score_article(a, find(a.text, language="fa")) for a in articles]
    return totals(scores, {a.doc: a.text for a in articles})


def test_fars_dev_quote_f1_floor(gold_figures):
    assert gold_figures.f1 >= 0.97


def test_fars_dev_resolved_speaker_floor(gold_figures):
    assert gold_figures.speaker_accuracy >= 0.95


def test_a_speaker_after_a_fronted_adverbial_is_read():
    text = "رضا نیکو گفت: سلام.\n\nدر ادامه این مراسم مهدی کاظمی، مسئول برنامه بیان داشت: برنامه خوب بود."
    assert direct(text)[1].speaker == "مهدی کاظمی"


def test_names_after_a_preposition_in_a_fronted_adverbial_are_not_the_speaker():
    text = "رضا نیکو گفت: سلام.\n\nدر پایان با اشاره به سخنان مهدی کاظمی افزود: باید کار کرد."
    assert direct(text)[1].speaker == "رضا نیکو"


def test_a_name_at_the_end_of_a_credited_body_is_the_speaker():
    text = (
        "به گزارش فارس به نقل از روابط عمومی دانشگاه شهر در مراسم امروز مهدی کاظمی، رئیس دانشگاه گفت: "
        "کلاس‌ها باز است."
    )
    assert direct(text)[0].speaker == "مهدی کاظمی"


def test_a_surname_known_from_a_paragraph_start_ends_a_credit():
    text = (
        "به گزارش فارس به نقل از دفتر استانداری جاوید کیانفر در آیین امروز، گفت: راه باز شد.\n\n"
        "کیانفر در ادامه افزود: پل هم باز شد."
    )
    assert [q.speaker for q in direct(text)] == ["کیانفر", "کیانفر"]


def test_items_of_a_list_of_roles_are_not_one_person():
    text = "- معاون وزیر راه اعلام کرد: جاده باز است.\n\n- سخنگوی دولت اعلام کرد: جلسه فردا است."
    assert [q.speaker for q in direct(text)] == ["معاون وزیر راه", "سخنگوی دولت"]


def test_a_name_and_a_role_apart_by_a_comma_keep_the_name():
    text = "مربی تیم شهر گفت: بازی سخت است.\n\nژوزه کاروالو، دستیار مربی تیم شهر اظهار داشت: آماده‌ایم."
    assert [q.speaker for q in direct(text)] == ["ژوزه کاروالو", "ژوزه کاروالو"]


def test_a_new_post_after_a_fronted_adverbial_is_the_person_named_next():
    text = (
        "مهدی کاظمی گفت: جلسه آغاز شد.\n\n"
        "در ادامه نماینده مردم شهر در مجلس اظهار داشت: بودجه کم است.\n\n"
        "رضا نیکو افزود: باید بیشتر شود."
    )
    assert [q.speaker for q in direct(text)] == ["مهدی کاظمی", "رضا نیکو", "رضا نیکو"]


def test_a_weekday_after_the_name_is_not_part_of_it():
    assert direct("مهدی کاظمی سه‌شنبه در جلسه گفت: کار تمام شد.")[0].speaker == "مهدی کاظمی"


def test_a_two_word_place_in_the_credit_is_skipped():
    text = "به گزارش خبرنگار فارس از جنوب استان نمونه، مهدی کاظمی اظهار داشت: کار تمام شد."
    assert direct(text)[0].speaker == "مهدی کاظمی"


def test_a_title_in_marks_before_a_long_clause_with_a_cue_is_not_a_quotation():
    text = "وی از برگزاری دوره‌ای با عنوان «فنون نگارش و ویرایش متن» برای کارکنان شهرداری خبر داد."
    assert direct(text) == []


def test_a_perfect_tense_cue_is_a_cue():
    assert direct("مهدی کاظمی تاکید کرده است: راه باز می‌ماند.")[0].speaker == "مهدی کاظمی"


def test_a_cue_a_comma_and_marks():
    text = "مهدی کاظمی مدیر بندر است.\n\nوی می‌افزاید، «بندر تا سال آینده دو برابر بزرگ می‌شود.»"
    [q] = direct(text)
    assert q.speaker == "مهدی کاظمی"


def test_a_paragraph_all_in_marks_goes_on_with_the_last_speaker():
    text = "مهدی کاظمی گفت: بازی سختی بود.\n\n«از بودن در این تیم خوشحالم و قراردادم را تمدید کردم.»"
    assert [q.speaker for q in direct(text)] == ["مهدی کاظمی", "مهدی کاظمی"]


def test_words_quoted_inside_a_statement_belong_to_the_one_quoted():
    text = (
        "مهدی کاظمی گفت: سلام.\n\n"
        "وی با اشاره به روایتی از پیامبر اکرم(ص) که فرمودند: «هر که چهل روز خالص شود حکمت می‌یابد»، "
        "گفت: این طرح همین را می‌خواهد."
    )
    quotes = direct(text)
    assert [(q.text, q.speaker) for q in quotes[1:]] == [
        ("هر که چهل روز خالص شود حکمت می‌یابد", "پیامبر اکرم"),
        ("این طرح همین را می‌خواهد.", "مهدی کاظمی"),
    ]


def test_a_name_in_marks_before_a_role_is_the_person_a_pronoun_stands_for():
    text = "به گزارش فارس، «طارق نوری» معاون وزیر دیروز در نشست خبری حاضر شد.\n\nوی اظهار داشت: قانون وتو نشده است."
    assert direct(text)[0].speaker == "طارق نوری"


def test_credits_naming_this_report_are_skipped():
    text = "بنا بر این گزارش، مهدی کاظمی تهیه کننده فیلم می‌گوید: فیلم پاسخ کسی نیست."
    assert direct(text)[0].speaker == "مهدی کاظمی"


def test_some_of_a_group_is_kept_as_the_description():
    [q] = direct("برخی از اهالی روستا با خود می‌گویند «این جاده هیچ وقت تمام نمی‌شود.»")
    assert q.speaker == "برخی از اهالی روستا"


def test_a_mark_left_open_to_the_paragraph_end_gives_the_words_inside():
    [q] = direct("وی گفت: «ما به راه خود ادامه می‌دهیم و کوتاه نمی‌آییم\n\nپاراگراف بعد.")
    assert q.text == "ما به راه خود ادامه می‌دهیم و کوتاه نمی‌آییم"


def test_imam_before_a_name_is_a_title_and_before_jomeh_a_post():
    assert direct("امام خمینی فرمودند: مجلس در رأس امور است.")[0].speaker == "خمینی"
    assert direct("امام جمعه شهر گفت: این سخن راهنماست.")[0].speaker == "امام جمعه شهر"


def test_a_revered_role_with_a_plural_cue_is_not_the_last_speaker():
    text = "مهدی کاظمی گفت: جلسه برگزار شد.\n\nمقام معظم رهبری فرمودند: کار و تلاش لازم است."
    assert direct(text)[1].speaker == "مقام معظم رهبری"


def test_the_reporter_asking_is_not_resolved_to_a_speaker():
    text = "مهدی کاظمی گفت: جلسه برگزار شد.\n\nخبرنگار فارس پرسید: بودجه چقدر است؟"
    assert direct(text)[1].speaker == "خبرنگار فارس"


_PIECES = [
    "گفت",
    "افزود",
    "اظهار داشت",
    "وی",
    "مهدی",
    "کاظمی",
    "رئیس",
    "به گزارش",
    "فارس",
    "در",
    "که",
    "برخی",
    "از",
]
_PUNCT = [":", "«", "»", '"', "،", ".", "؟", "\n", "\n\n", " ", "-", "(", ")", "\u200c", "ي", "ك"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + _PUNCT), max_size=60))
def test_any_persian_text_gives_quotes_whose_spans_fit(parts):
    text = " ".join(parts)
    for q in find(text, language="fa"):
        assert 0 <= q.start <= q.pieces[0][0] <= q.pieces[-1][1] <= q.end <= len(text)
        assert q.text == text[q.pieces[0][0] : q.pieces[-1][1]]
        if q.speaker_mention is not None:
            m = q.speaker_mention
            assert text[m.start : m.end] == m.text


def test_a_name_right_after_a_credit_without_an_agency():
    text = "بنا بر همین گزارش سید رضا نیکو، مدیر شعب بانک گفت: ورزش لازم است."
    assert direct(text)[0].speaker == "سید رضا نیکو"


def test_present_tense_cues_are_cues():
    assert direct("این کارشناس تأکید می‌کند: بازار آرام می‌شود.")
    assert direct("مهدی کاظمی معتقد است: بازار آرام می‌شود.")[0].speaker == "مهدی کاظمی"


def test_a_name_in_marks_is_taken_whole():
    [q] = direct("«یولیا اوسوا» دکترای علوم سیاسی از دانشگاه مسکو معتقد است: بحران ادامه دارد.")
    assert q.speaker == "یولیا اوسوا"


def test_a_group_speaks_as_a_group_and_is_not_the_next_pronoun():
    text = (
        "مهدی کاظمی گفت: بازار آرام است.\n\n"
        "کارشناسان منطقه معتقدند: بحران ادامه دارد.\n\n"
        "وی افزود: باید صبر کرد."
    )
    assert [q.speaker for q in direct(text)] == ["مهدی کاظمی", "کارشناسان منطقه", "مهدی کاظمی"]


def test_a_surname_shared_by_two_people_goes_to_the_nearest_full_name_before_it():
    text = (
        "رضا نیکو و مهدی نیکو در جلسه بودند.\n\nسید علی کاظمی گفت: سلام.\n\n"
        "در ادامه مهدی نیکو سخن گفت.\n\nنیکو افزود: کار تمام است."
    )
    assert direct(text)[-1].speaker == "مهدی نیکو"


def test_a_lead_role_is_the_person_named_at_the_start_of_the_next_paragraph():
    text = (
        "فرمانده انتظامی استان نمونه از کشف کالای قاچاق خبر داد و گفت: کالاها ضبط شد.\n\n"
        "سردار رضا نیکو امروز در گفت‌وگو با خبرنگاران از جزئیات این طرح سخن گفت.\n\n"
        "فرمانده انتظامی استان نمونه تصریح کرد: طرح ادامه دارد."
    )
    assert [q.speaker for q in direct(text)] == ["رضا نیکو", "رضا نیکو"]


def test_after_a_title_comes_a_name_even_when_it_is_also_a_word():
    [q] = direct("حجت‌الاسلام قهرمان احمدی امروز در خطبه‌ها گفت: وحدت لازم است.")
    assert q.speaker == "قهرمان احمدی"


def test_a_four_word_name_in_marks_and_allah_written_apart():
    text = "«سید عزت الله نیکو» رئیس سازمان گفت: برنامه‌ها تغییر می‌کند."
    assert direct(text)[0].speaker == "سید عزت الله نیکو"


def test_a_long_phrase_without_a_name_is_a_description_resolved_like_a_role():
    text = (
        "پیشگام تیم فوتبال شهر نمونه گفت: من بدون مدرک مربی شدم.\n\n"
        "رضا نیکو در گفت‌وگو با خبرنگار فارس درباره این موضوع سخن گفت."
    )
    assert direct(text)[0].speaker == "رضا نیکو"


def test_the_same_post_at_another_club_is_another_person():
    text = (
        "سرمربی تیم فوتبال راه آهن گفت: سقوط نمی‌کنیم.\n\n"
        "به گزارش فارس، مهدی کاظمی در مورد بازی گفت: داوری خوب بود.\n\n"
        "سرمربی سپاهان در مورد بازی گفت: پیروزی حق ما بود."
    )
    assert [q.speaker for q in direct(text)] == ["مهدی کاظمی", "مهدی کاظمی", "سرمربی سپاهان"]


def test_a_two_word_surname_known_from_the_full_name():
    text = "رامین پاشایی فام مدیر دفتر است.\n\nپاشایی فام گفت: صادرات بیشتر شد."
    assert direct(text)[0].speaker == "رامین پاشایی فام"
