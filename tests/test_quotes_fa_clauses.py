"""Persian speakers: rules from the sixth session's reading of fresh Fars articles, each on
invented text (a second cue colon inside colon speech; a name in marks set off before a post)."""

from __future__ import annotations

from refrain.quotes import find


def direct(text: str) -> list:
    return [q for q in find(text, language="fa") if q.kind == "direct"]


def test_a_second_cue_inside_colon_speech_after_a_comma_is_a_new_speaker():
    # the words after the first colon are speech, not the second cue's speaker
    text = (
        "وزیر نیروی تارسک نیز گفت: کشور ما از همسایگان آب نخواهد خواست، ژاکوب ولنتر با اشاره "
        "به نگرانی مردم افزود: کمبود آب جدی است.\n\nوی گفت: باید صبر کرد."
    )
    qs = direct(text)
    assert [q.text for q in qs] == [
        "کشور ما از همسایگان آب نخواهد خواست",
        "کمبود آب جدی است.",
        "باید صبر کرد.",
    ]
    assert [q.speaker for q in qs] == ["ژاکوب ولنتر"] * 3


def test_a_repeated_cue_after_a_comma_goes_on_with_the_same_speaker():
    text = (
        "رضا کیانفر گفت: کار خوب است.\n\n"
        "کیانفر گفت: ولی متاسفانه هنوز سالانه 40 مدرسه تعطیل می‌شود، گفت: این آمار نشان می‌دهد "
        "که مشکل جدی است.\n\nوی افزود: باید کار کرد."
    )
    qs = direct(text)
    assert [q.speaker for q in qs] == ["رضا کیانفر"] * 4
    assert qs[1].text == "ولی متاسفانه هنوز سالانه 40 مدرسه تعطیل می‌شود"


def test_a_second_cue_without_a_clause_ending_comma_keeps_one_speech():
    # no verb before a comma: nothing to split at, the speech runs on as before
    [q] = direct("مهدی رازقی گفت: شهر بزرگ، پرجمعیت و زیبا است.")
    assert q.speaker == "مهدی رازقی"


def test_a_name_in_marks_set_off_before_a_post_is_the_person_a_later_pronoun_names():
    text = (
        "خبرگزاری فارس: «کارلوس ماندرانو»، استاد سابق دانشگاه که سال گذشته بازنشسته شد، گفت آب "
        "شهر کم است.\n\nوی در گفت‌وگو با رادیو گفت: «ما باید صرفه‌جویی کنیم و همه مردم باید کمک "
        "کنند تا شهر آب داشته باشد.»\n\nوی افزود: «سدها خالی است.»"
    )
    assert [q.speaker for q in direct(text)] == ["کارلوس ماندرانو"] * 2


def test_a_name_in_marks_after_a_conjunction_is_not_the_subject():
    # "پس از آنکه «…»، رئیس … استعفا کرد": the name is inside a subordinate clause, not the
    # subject of the sentence; a pronoun later stays unresolved rather than go to it
    text = (
        "شورا پس از آنکه «ژرژ پالمیر لاندو»، رئیس جمهوری تارسک استعفا کرد، تشکیل شد.\n\n"
        "این در حالی است که دبیر شورا اعلام کرد کار ادامه دارد.\n\n"
        "وی در جمع خبرنگاران افزود: «ما کنار آنان ایستاده‌ایم و کمک خواهیم کرد.»"
    )
    assert [q.speaker for q in direct(text)] != ["ژرژ پالمیر لاندو"]


def test_a_scientist_is_a_post():
    text = "«هانس کوبلر»، دانشمند سابق تارسک، گفت: «ما این کار را با دقت انجام دادیم و نتیجه خوب بود.»"
    [q] = direct(text)
    assert q.speaker == "هانس کوبلر"


def test_a_post_head_glued_to_the_next_word_is_read_as_a_post():
    text = (
        "خبرگزاری فارس: مدیربندر تارسک گفت: کشتی‌ها امروز می‌آیند.\n\n"
        "حمید رادفر امروز در نشست خبری بندر تارسک اظهار داشت: کار بندر خوب است.\n\n"
        "مدیربندر تارسک ادامه داد: ما آماده‌ایم."
    )
    qs = direct(text)
    assert [q.speaker for q in qs] == ["حمید رادفر"] * 3
    assert qs[0].role == "مدیربندر تارسک"


def test_words_that_only_start_like_a_post_head_stay_whole():
    from refrain.quotes.persian.words import words

    for w in ("مدیریت", "مدیریتی", "مدیرانی", "مدیرکل", "مدیرعامل", "مدیر"):
        assert [x.text for x in words(w)] == [w]
    assert [x.text for x in words("مدیرفرودگاه")] == ["مدیر", "فرودگاه"]


def test_the_pronoun_after_ke_answers_not_the_one_who_asked():
    text = (
        "سامان کاویانی گفت: برنامه ما روشن است.\n\n"
        "خبرنگاری از کاویانی درباره بودجه پرسید که وی در پاسخ گفت: بودجه کافی نیست.\n\n"
        "خبرنگار رادیو از کاویانی درباره آب سوال کرد که وی پاسخ داد: آب هم کم است.\n\n"
        "وی افزود: باید صبر کرد."
    )
    assert [q.speaker for q in direct(text)] == ["سامان کاویانی"] * 4


def test_a_pronoun_object_after_ke_is_not_the_speaker():
    text = "هفته‌نامه نورلند از قول مردی که او را از نزدیکان وزیر تارسک می‌داند، نوشت: «ما آماده پاسخ به هر حمله‌ای هستیم.»"
    [q] = direct(text)
    assert q.speaker != "وی" and q.speaker_mention is not None and q.speaker_mention.text != "او"


def test_a_body_that_has_set_down_words_in_a_statement_speaks_them():
    text = (
        "سپاه پاسداران استان تارسک در بیانیه ای آورده است: درخت طیبه سپاه در این باغ پربار است.\n\n"
        "به گزارش خبرگزاری فارس، سپاه امام حسن عسکری استان تارسک در بیانیه ای آورده است: این نقش ادامه دارد."
    )
    assert [q.speaker for q in direct(text)] == [
        "سپاه پاسداران استان تارسک",  # "طیبه سپاه" is no name: a body's head is no surname
        "سپاه امام حسن عسکری استان تارسک",  # a body named after an imam, not a person "حسن عسکری"
    ]


def test_the_agency_before_the_comma_of_its_credit_is_no_name_set_off_before_a_post():
    text = (
        "روابط عمومی دبیرخانه شورای تارسک توضیحاتی به خبرگزاری فارس ارسال کرد.\n\n"
        "به گزارش خبرگزاری فارس، روابط عمومی دبیرخانه شورای تارسک، در اطلاعیه ای خود آورده است: "
        "در این مصوبه هیچ ذکری از سهمیه نشده است."
    )
    [q] = direct(text)
    assert q.speaker == "روابط عمومی دبیرخانه شورای تارسک"


def test_this_report_goes_on_in_the_words_of_the_body_the_credit_names():
    text = (
        "به گزارش روابط عمومی سازمان بازرسی تارسک، 40 دفتر متخلف شناسایی شد و پروانه کسب آنها باطل شد.\n\n"
        "این گزارش می‌افزاید: بازرسی‌ها ادامه خواهد داشت."
    )
    [q] = direct(text)
    assert q.speaker == "روابط عمومی سازمان بازرسی تارسک"


def test_this_report_after_a_credit_quoting_a_body_is_that_body():
    text = (
        "به گزارش خبرگزاری فارس از تارسک به نقل از دفتر طرح گندم تارسک، خرید گندم 14 درصد رشد داشت.\n\n"
        "این گزارش می‌افزاید: خرید تا پایان ماه ادامه دارد."
    )
    [q] = direct(text)
    assert q.speaker == "دفتر طرح گندم تارسک"


def test_this_statement_is_written_by_the_subject_that_issued_it():
    text = (
        "خبرگزاری فارس: انجمن هنرمندان تارسک با انتشار بیانیه‌ای از مردم خواست در جشن شرکت کنند.\n\n"
        "به گزارش خبرنگار خبرگزاری فارس، مردم در جشن حضور یافتند.\n\n"
        "این بیانیه در ادامه می‌افزاید: حضور مردم پشتوانه کشور است."
    )
    [q] = direct(text)
    assert q.speaker == "انجمن هنرمندان تارسک"


def test_the_agencys_own_report_keeps_its_old_reading():
    # "به گزارش خبرنگار خبرگزاری فارس": no other author; the rule does not apply
    text = "به گزارش خبرنگار خبرگزاری فارس، جلسه برگزار شد.\n\nاین گزارش می‌افزاید: جلسه دو ساعت طول کشید."
    [q] = direct(text)
    assert q.speaker != "فارس"


def test_a_person_introduced_by_indirect_speech_is_who_the_next_vey_means():
    text = (
        "سامان کاویانی از فعالان صنعت گفت: کار خوب است.\n\n"
        "وی افزود: باید صبر کرد.\n\n"
        "مهرداد پویان، مدیرعامل شرکت نورلند، در این نشست یادآور شد که بازار آرام است.\n\n"
        "وی تأکید کرد: قیمت‌ها بالا رفته است."
    )
    assert [q.speaker for q in direct(text)] == ["سامان کاویانی", "سامان کاویانی", "مهرداد پویان"]


def test_indirect_speech_of_the_same_speaker_changes_nothing():
    text = (
        "سامان کاویانی گفت: کار خوب است.\n\n"
        "این مسئول در ادامه یادآور شد که بازار آرام است.\n\n"
        "وی تأکید کرد: قیمت‌ها بالا رفته است."
    )
    assert [q.speaker for q in direct(text)] == ["سامان کاویانی"] * 2


def test_hamzaman_opens_an_adverbial_not_a_speaker():
    for text in (
        "همزمان با این مراسم، رضا کیانی، مدیر کل تارسک گفت: کار تمام شد.",
        "همزمان با این مراسم رضا کیانی مدیر کل تارسک گفت: کار تمام شد.",
    ):
        [q] = direct(text)
        assert q.speaker == "رضا کیانی"


def test_a_name_in_marks_before_a_post_after_an_opening_adverbial_speaks():
    text = (
        "خبرگزاری فارس: «ژان کولبر» گفت: کار خوب است.\n\n"
        "در ادامه«پیر لاوال»رهبر ارکستر به آهنگسازان گذشته اشاره کرد و افزود: آهنگسازان خوبی بودند."
    )
    assert [q.speaker for q in direct(text)] == ["ژان کولبر", "پیر لاوال"]


def test_an_event_title_in_marks_before_a_post_is_no_speaker():
    text = "در نشست «آینده آب تارسک» رئیس سازمان آب گفت: آب کم است."
    [q] = direct(text)
    assert q.speaker != "آینده آب تارسک"


def test_a_post_after_a_vey_read_as_a_named_person_is_that_person():
    text = (
        "به گزارش خبرگزاری فارس، رضا کلمن دوست دارد با تیم کشورش موفق شود.\n\n"
        "به باور او، تیم وضعیت بهتری دارد.\n\n"
        "وی در گفت وگویی با تلویزیون گفت: شرایط بهتر است.\n\n"
        "بازیکن خط حمله تیم نورلند افزود: خوب عمل کردیم."
    )
    assert [q.speaker for q in direct(text)] == ["رضا کلمن"] * 2


def test_a_body_that_states_in_its_own_statement_is_its_author():
    text = (
        "خبرگزاری فارس: سازمان بانوان حزب تارسک به مناسبت روز زن در بیانیه‌ خود انقلاب را ستود.\n\n"
        "به گزارش خبرگزاری فارس، در این بیانیه‌ ضمن تبریک آمده است: انقلاب یک حرکت بزرگ بود.\n\n"
        "این بیانیه می‌افزاید: زن ایرانی جایگاه خود را می‌شناسد."
    )
    assert [q.speaker for q in direct(text)] == ["سازمان بانوان حزب تارسک"] * 2


def test_khod_after_a_name_is_no_part_of_it():
    text = (
        "معاون فنی کشتیرانی تارسک گفت: کار خوب است.\n\n"
        "نیکدلی خود تصریح کرد: کشتی‌ها آماده‌اند.\n\nوی افزود: کار ادامه دارد."
    )
    assert [q.speaker for q in direct(text)] == ["نیکدلی"] * 3


def test_the_statement_alone_as_subject_is_written_by_its_author():
    text = (
        "خبرگزاری فارس: حزب تارسک بیانیه‌ای صادر کرد.\n\n"
        "در ابتدای این بیانیه آمده است: انتخابات مهم است.\n\n"
        "بیانیه در ادامه می افزاید: همه باید رای بدهند.\n\n"
        "بیانیه با اشاره به احزاب تاکید کرده است: احزاب باید آزاد باشند."
    )
    assert [q.speaker for q in direct(text)] == ["حزب تارسک"] * 3


def test_vali_faqih_inside_a_post_is_part_of_it():
    text = (
        "مسئول نمایندگی ولی فقیه در ناحیه تارسک گفت: جوانان باید بیشتر کتاب بخوانند.\n\n"
        "به گزارش خبرگزاری فارس، همایش با حضور رضا نیک‌اندیش مسئول نمایندگی ولی فقیه در ناحیه تارسک "
        "برگزار شد."
    )
    [q] = direct(text)
    assert (q.speaker, q.role) == ("رضا نیک‌اندیش", "مسئول نمایندگی ولی فقیه")


def test_a_holy_figure_with_an_honorific_sign_is_no_speaker_named_after_a_post():
    text = (
        "مسئول نمایندگی ولی فقیه در ناحیه تارسک گفت: جوانان باید بیشتر کتاب بخوانند.\n\n"
        "به گزارش خبرگزاری فارس، در این همایش الگوها حضرت فاطمه زهرا (س) و حضرت معصومه (س) معرفی شدند."
    )
    [q] = direct(text)
    assert q.speaker is not None and "(س" not in q.speaker and "معصومه" not in q.speaker


def test_a_person_whose_first_sentence_ends_with_a_speech_verb_is_the_next_vey():
    text = (
        "سامان کاویانی گفت: کار خوب است.\n\n"
        "مریم امینی نیز در آغاز مراسم سخنانی درباره کار خیر بیان کرد.\n\n"
        "وی در ادامه افزود: غیبت کار بدی است."
    )
    assert [q.speaker for q in direct(text)] == ["سامان کاویانی", "مریم امینی"]


def test_a_name_after_a_title_right_before_the_post_holds_it():
    text = (
        "مسئول نمایندگی ولی فقیه در ناحیه تارسک گفت: جوانان باید بیشتر کتاب بخوانند.\n\n"
        "به گزارش خبرگزاری فارس، همایش با حضور حجت‌الاسلام کاوه‌علی نیک‌اندیش مسئول نمایندگی ولی فقیه "
        "در ناحیه تارسک برگزار شد."
    )
    [q] = direct(text)
    assert q.speaker == "کاوه‌علی نیک‌اندیش"


def test_a_given_name_before_a_participle_is_no_person_named_before():
    text = (
        "خبرگزاری فارس: «کامیل داوران»، پژوهشگر امور اسرا در بیانیه‌ای تاکید کرد بازداشت‌ها به "
        "صورت هدایت شده ای شدت گرفته است.\n\n"
        "این محقق تارسکی تاکید کرد: رژیم همسران اسرا را می‌رباید."
    )
    [q] = direct(text)
    assert q.speaker == "کامیل داوران"


def test_a_name_written_with_another_post_is_not_the_holder_of_the_lead_post():
    text = (
        "استاندار تارسک گفت: مهارت‌آموزی طلاق را کم می‌کند.\n\n"
        "به گزارش خبرگزاری فارس، جلسه با حضور مدیران، رضا فرهمند فرماندار تارسک و اعضای ستاد برگزار شد."
    )
    [q] = direct(text)
    assert q.speaker != "رضا فرهمند"


def test_a_report_that_claims_or_stresses_is_quoted_as_a_document():
    text = (
        "در بخش «تارسک» از گزارش وزارت خارجه نورلند ادعا شده است: «دولت تارسک ملاک‌های حداقلی را "
        "برآورده نکرده و تلاشی انجام نمی‌دهد.»"
    )
    qs = direct(text)
    assert [q.speaker for q in qs] == ["وزارت خارجه نورلند"]


def test_a_surname_of_two_words_named_after_a_post_is_kept_whole():
    text = (
        "کوه نوایی: امتیاز گرفتم\n\n"
        "سرمربی تیم تارسک گفت: من یک امتیاز گرفتم.\n\n"
        "به گزارش خبرگزاری فارس، امیر کوه نوایی که در مصاحبه‌ای انتقاد کرده بود در برنامه دیشب حاضر شد."
    )
    [q] = direct(text)
    assert q.speaker == "امیر کوه نوایی"


def test_a_word_after_a_name_is_no_second_surname_word():
    text = (
        "فرماندار تارسک گفت: کار خوب است.\n\n"
        "رضا کیانی امروز در جلسه حاضر شد و رضا کیانی امروز سخن گفت.\n\nکیانی امروز گفت: باید کار کرد."
    )
    assert all(q.speaker in ("رضا کیانی", "کیانی") for q in direct(text))


def test_a_period_glued_between_a_verb_and_the_next_word_ends_the_sentence():
    text = (
        "رضا کیانی گفت: کار خوب است.\n\n"
        "وی افزود: مسجد در جنگ تخریب شد و این نقشه نقش برآب شد.وی یادآور شد: پرسنل خوب جنگیدند."
    )
    qs = direct(text)
    assert [q.speaker for q in qs] == ["رضا کیانی"] * 3
    assert qs[1].text.endswith("نقش برآب شد.")


def test_pour_written_apart_opens_the_surname_not_a_post():
    text = (
        "مدیر عامل شرکت تارسک گفت: قطارها آماده‌اند.\n\n"
        "به گزارش خبرگزاری فارس، پور سید کاظمی در جشنواره هدف را خواند و افزود: کار خوب است.\n\n"
        "پور سید کاظمی در ادامه گفت: باید کار کرد."
    )
    assert [q.speaker for q in direct(text)] == ["پور سید کاظمی"] * 3


def test_each_speaker_by_the_fullest_name_the_article_gives():
    text = (
        "وزیر فرهنگ تارسک گفت: کار خوب است.\n\n"
        "رضا کیانی مقدم در ابتدای سخنان گفت: هنر مهم است.\n\n"
        "کیانی مقدم افزود: باید کار کرد.\n\nرضا کیانی همچنین گفت: همه باید بیایند."
    )
    assert {q.speaker for q in direct(text)} == {"رضا کیانی مقدم"}


def test_a_longer_name_ending_in_a_post_word_is_no_fuller_form():
    from dataclasses import replace

    from refrain.quotes.persian.people import fullest_names

    [q] = direct("رضا کیانی گفت: کار خوب است.")
    out = fullest_names([q, replace(q, speaker="رضا کیانی مدیر")])
    assert [x.speaker for x in out] == ["رضا کیانی", "رضا کیانی مدیر"]


def test_after_a_concessive_and_but_the_speaker_follows_but():
    text = (
        "مؤسسه تارسک اعلام کرده که ذخایر کاهش یافته است.\n\n"
        "علی‌رغم ادعای مؤسسه تارسک اما یک کارگزار با سابقه نفت می‌گوید: میزان واقعی کمتر است."
    )
    [q] = direct(text)
    assert q.speaker_mention is not None and q.speaker_mention.text.startswith("یک کارگزار")


def test_meanwhile_opens_a_clause_whose_subject_follows_ke():
    text = (
        "کنت کالمن گفت: روسیه طرحی دارد.\n\n"
        "این در حالی است که حمید رضایی سخنگوی وزارت خارجه تارسک با تاکید بر این که طرحی نرسیده، "
        "گفت: «هر طرحی که حقوق ما را تامین کند بررسی می‌شود.»"
    )
    assert [q.speaker for q in direct(text)] == ["کنت کالمن", "حمید رضایی"]


def test_bana_be_gozaresh_is_a_credit():
    text = (
        "«رضا قراخانی» رئیس کمیته تارسک گفت: سال سختی بود.\n\n"
        "بنا به گزارش وبگاه خبری «نورلند»، قراخانی در دیدار با خبرنگاران افزود: بیش از صد نفر آزاد شدند."
    )
    assert [q.speaker for q in direct(text)] == ["رضا قراخانی"] * 2


def test_a_promise_with_a_colon_is_colon_speech():
    text = "رئیس بانک مرکزی تارسک روز گذشته وعده داد: طی نیمه دوم سال رشد اقتصادی افزایش خواهد یافت."
    qs = direct(text)
    assert [q.text for q in qs] == ["طی نیمه دوم سال رشد اقتصادی افزایش خواهد یافت."]
    assert [q.cue for q in qs] == ["وعده داد"]


def test_a_body_named_again_by_its_last_word_is_the_body_not_a_person():
    # «بلومبرگ» after «شبکه خبری بلومبرگ»: the network again; a post after it is someone else
    text = (
        "شبکه خبری نورلند پست گزارش داد: نرخ بیکاری در تارسک به بیشترین میزان رسیده است.\n\n"
        "پست گزارش داد: حدود ۳۰ هزار نفر در ماه گذشته بیکار شدند.\n\n"
        "رئیس کل بانک مرکزی تارسک روز گذشته گفت: رشد اقتصادی افزایش خواهد یافت."
    )
    assert [q.speaker for q in direct(text)] == [
        "شبکه خبری نورلند پست",
        "شبکه خبری نورلند پست",
        "رئیس کل بانک مرکزی تارسک",
    ]


def test_a_post_named_before_with_an_object_run_into_it_is_its_holder():
    # the object of «… را … خواند» ran into the subject: its first words are the post named before
    text = (
        "رئیس شورای عالی آب تارسک رضا کیانفر گفت: سدها باید دوباره ساخته شوند.\n\n"
        "ناصر بهرامی کارشناس آب گفت: چاه‌ها خشک شده‌اند.\n\n"
        "رئیس شورای عالی آب تارسک سدهای کوچک، کانال‌ها و چاه‌ها را مایه امید کشور خواند و تأکید کرد: "
        "باید از هدر رفتن آب جلوگیری کرد.\n\n"
        "رئیس شورای عالی آب نورلند نیز گفت: ما با این طرح مخالفیم."
    )
    assert [q.speaker for q in direct(text)] == [
        "رضا کیانفر",
        "ناصر بهرامی",
        "رضا کیانفر",
        "رئیس شورای عالی آب نورلند",
    ]


def test_a_post_written_with_and_without_a_demonstrative_is_one_post():
    # «مدیر این طرح» named with the person; «مدیر طرح» later is the same post
    text = (
        "رضا کیانفر مدیر این طرح گفت: آب شهر سالم است.\n\n"
        "ناصر بهرامی کارشناس آب گفت: چاه‌ها خشک شده‌اند.\n\n"
        "مدیر طرح در پایان نشست یادآور شد: کار ادامه دارد."
    )
    assert [q.speaker for q in direct(text)] == ["رضا کیانفر", "ناصر بهرامی", "رضا کیانفر"]


def test_a_paragraph_in_marks_after_a_named_persons_reported_words_is_theirs():
    # the article's first quotation, all in marks, after "X … در مصاحبه‌ای اعلام کرده که …"
    text = (
        "توماس وردال: از ماندن خوشحالم\n\n"
        "به گزارش خبرنگار ما، توماس وردال که تازه پیمانش را با باشگاه تمدید کرده است در مصاحبه‌ای اعلام کرده "
        "که از ماندن در این باشگاه خشنود است.\n\n"
        "«از بودن در این تیم خوشحالم و به همین خاطر قراردادم را تا پایان فصل آینده تمدید کردم.»"
    )
    qs = direct(text)
    assert [q.speaker for q in qs] == ["توماس وردال"]
    # words the subject reader runs into after "که" are no person the article names again
    other = text.replace("که تازه پیمانش را با باشگاه تمدید کرده است", "که پیمان تازه‌ای با باشگاه بسته است")
    assert "پیمان تازه‌ای" not in [q.speaker for q in direct(other)]


def test_a_paragraph_in_marks_after_a_line_of_verse_gets_no_speaker():
    text = (
        "شاعران در این شب شعر خواندند.\n\nباغ سبز و آسمان روشن و دل‌های ما پر از امید است.\n\n"
        "«کرم نما و فرود آ که خانه خانه توست و دل ما همیشه منتظر آمدن توست.»"
    )
    assert [q.speaker for q in direct(text)] in ([], [None])


def test_a_paragraph_in_marks_after_a_line_that_is_a_name_and_a_colon_is_that_persons():
    text = (
        "بیانیه انجمن منتشر شد\n\nدر این بیانیه آمده است:\n\nعلی کریمی:\n\n"
        "«این وظیفه‌ای است که همه ما باید به آن عمل کنیم و در انتخابات شرکت کنیم.»"
    )
    assert [q.speaker for q in direct(text)] == ["علی کریمی"]
