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


def test_the_dots_of_an_acronym_do_not_end_the_clause_of_the_speaker():
    text = 'وزیر خارجه «حسن مرادی» در گفت‌وگو با "آر. ان. ای" گفت: مذاکرات ادامه دارد.'
    [q] = direct(text)
    assert (q.speaker, q.role) == ("حسن مرادی", "وزیر خارجه")


def test_an_acronym_in_marks_opening_the_clause_is_a_body_not_a_person():
    text = 'حسن مرادی وزیر خارجه گفت: مذاکرات ادامه دارد.\n\n"آر.ان.ای" سپس نوشت: وزیر خوش‌بین است.'
    assert speakers(text) == ["حسن مرادی", "آر.ان.ای"]


def test_a_title_in_marks_before_a_post_is_not_a_person():
    text = "در نشست «آینده آب» رئیس سازمان محیط زیست گفت: آب کم است."
    [q] = direct(text)
    assert q.speaker == q.role == "رئیس سازمان محیط زیست"


def test_a_name_in_marks_opening_a_clause_before_a_post_is_a_person():
    text = "«طارق هاشمی» معاون رئیس جمهور عراق امروز به بغداد رفت.\n\nوی گفت: انتخابات برگزار می‌شود."
    assert speakers(text) == ["طارق هاشمی"]
    event = "کتاب «باغ انار» مدیر نشر امروز رونمایی شد.\n\nوی گفت: چاپ دوم در راه است."
    assert speakers(event) == [None]


def test_a_post_after_a_fronted_adverbial_and_a_comma_is_the_speaker():
    [q] = direct("در ادامه، رئیس سازمان محیط زیست گفت: آب کم است.")
    assert q.role == "رئیس سازمان محیط زیست"


def test_a_short_name_in_marks_opening_a_colon_speech_is_part_of_the_speech():
    [q] = direct('مهدی کاظمی افزود: "لوفسا" تضمین می‌کند که کالاها سالم برسند.')
    assert q.text == '"لوفسا" تضمین می‌کند که کالاها سالم برسند.'
    assert q.speaker == "مهدی کاظمی"


def test_a_colon_speech_wholly_in_marks_is_still_the_content_inside_them():
    [q] = direct("مهدی کاظمی افزود: «لوفسا تضمین می‌کند که کالاها سالم برسند.»")
    assert q.text == "لوفسا تضمین می‌کند که کالاها سالم برسند."


def test_a_two_word_surname_after_a_post_is_kept_whole():
    text = "رئیس دانشگاه تهران محمدباقر صابری زفرقندی گفت: کلاس‌ها حضوری است.\n\nصابری افزود: خوابگاه‌ها آماده است."
    assert speakers(text) == ["محمدباقر صابری زفرقندی"] * 2


def test_a_surname_alone_is_the_fullest_name_the_article_writes():
    text = (
        "محمدباقر صابری زفرقندی، رئیس دانشگاه تهران، امروز به مشهد رفت.\n\n"
        "صابری در این سفر گفت: کلاس‌ها حضوری است."
    )
    assert speakers(text) == ["محمدباقر صابری زفرقندی"]


def test_a_name_does_not_run_into_a_preposition_or_a_cue():
    assert speakers("علی احمدی در جلسه حاضر شد.\n\nاحمدی گفت: کار ادامه دارد.") == ["علی احمدی"]
    assert speakers("علی احمدی بیان کرد که کار ادامه دارد.\n\nاحمدی گفت: کار ادامه دارد.") == ["علی احمدی"]


def test_a_post_is_resolved_to_a_surname_set_off_by_commas_elsewhere():
    text = (
        "رئیس دانشگاه صنعتی گفت: پذیرش افزایش می‌یابد.\n\n"
        "این طرح را نوروزی، رئیس دانشگاه صنعتی، سال گذشته آغاز کرد."
    )
    assert speakers(text) == ["نوروزی"]
    place = "رئیس دانشگاه صنعتی گفت: پذیرش افزایش می‌یابد.\n\nپس از جلسه، رئیس دانشگاه صنعتی، به تهران رفت."
    assert speakers(place) == ["رئیس دانشگاه صنعتی"]


def test_a_name_after_a_post_and_a_comma_is_the_speaker():
    [q] = direct("به گزارش فارس؛ رئیس دانشگاه تبریز، علی احمدی در نشست خبری گفت: بودجه کم است.")
    assert (q.speaker, q.role) == ("علی احمدی", "رئیس دانشگاه تبریز")


def test_a_post_after_a_name_and_a_comma_is_its_role_and_names_it_later():
    text = (
        "علی احمدی، نماینده مردم تبریز در مجلس گفت: بودجه کم است.\n\n"
        "رضا کریمی، نماینده مردم ارومیه در مجلس گفت: آب کم است.\n\n"
        "نماینده مردم تبریز در مجلس افزود: باید کار کرد."
    )
    found = direct(text)
    assert [q.speaker for q in found] == ["علی احمدی", "رضا کریمی", "علی احمدی"]
    assert found[0].role == "نماینده مردم تبریز"


def test_foreign_names_with_a_post_after_a_comma():
    [q] = direct("امانوئل مکرون، رئیس جمهور فرانسه اعلام کرد: گفت‌وگو ادامه دارد.")
    assert (q.speaker, q.role) == ("امانوئل مکرون", "رئیس جمهور فرانسه")


def test_a_name_in_marks_inside_a_post_keeps_its_closing_mark():
    [q] = direct("رئیس کمیته «امداد» در حالی که از همه تشکر می‌کرد، اظهار داشت: کار ادامه دارد.")
    assert q.speaker == q.role == "رئیس کمیته «امداد»"


def test_adverbs_of_frequency_are_not_part_of_the_speaker():
    [q] = direct("مادرم همیشه می‌گوید: صبر کن.")
    assert q.speaker == "مادرم"


def test_a_credit_quoting_a_body_before_a_comma_is_not_the_speaker():
    text = (
        "به گزارش گروه شهری خبرگزاری فارس استان کوهسار به نقل از روابط‌عمومی شهرداری نسترن‌آباد، "
        "علی‌رضا کریمی با اشاره به اهمیت کار بیان داشت: کار آغاز شده است."
    )
    assert speakers(text) == ["علی‌رضا کریمی"]


def test_one_of_a_group_is_kept_as_the_description_and_followed_by_this_official():
    text = (
        "به دنبال این اقدام، یکی از مقامات ارشد سازمان مالی جزیره (OFSA) در حالی که نخواست نامش "
        "فاش شود به خبرگزاری فرانسه اعلام کرد: تحریم اثری ندارد.\n\nاین مقام در ادامه افزود: کار ادامه دارد."
    )
    assert speakers(text) == ["یکی از مقامات ارشد سازمان مالی جزیره"] * 2


def test_one_of_a_group_named_after_a_comma_is_that_person():
    [q] = direct("یکی از نمایندگان مجلس، علی احمدی گفت: کار ادامه دارد.")
    assert (q.speaker, q.role) == ("علی احمدی", "یکی از نمایندگان مجلس")


def test_a_nickname_after_a_name_is_not_part_of_it():
    text = "لوسیانو پریرا ملقب به شیر طلایی در جمع هواداران حاضر شد.\n\nپریرا گفت: تیم آماده است."
    assert speakers(text) == ["لوسیانو پریرا"]
    assert speakers("لوسیانو پریرا ملقب به شیر طلایی گفت: تیم آماده است.") == ["لوسیانو پریرا"]


def test_a_foreign_given_name_opening_a_clause_completes_a_surname():
    text = "آنتونیو گوترش امروز به ژنو رفت.\n\nگوترش گفت: صلح ممکن است."
    assert speakers(text) == ["آنتونیو گوترش"]
    news = "دیدار احمدی با وزیر امروز انجام شد.\n\nاحمدی گفت: کار ادامه دارد."
    assert speakers(news) == ["احمدی"]


def test_a_cue_with_no_subject_goes_on_with_the_named_subject_of_the_sentence_before():
    text = "کاوه گفت: برو.\n\nمریم نگاهش کرد و چیزی نگفت. بعد از مدتی آرام گفت: باشد.\n\nکاوه می‌گوید: حالا برویم."
    assert speakers(text) == ["کاوه", "مریم", "کاوه"]
    news = "علی احمدی امروز در جلسه حاضر شد. سپس گفت: کار ادامه دارد.\n\nاحمدی افزود: پایان."
    assert speakers(news) == ["علی احمدی", "علی احمدی"]


def test_a_post_in_the_lead_is_the_person_the_article_names_with_it_later():
    text = (
        "معاون اقتصادی استانداری گفت: خروج مرغ ممنوع است.\n\n"
        "یکی از شهروندان گفت: قیمت‌ها بالاست.\n\n"
        "ارژنگ عزیزی معاون اقتصادی استانداری افزود: نظارت ادامه دارد."
    )
    assert speakers(text) == ["ارژنگ عزیزی", "یکی از شهروندان", "ارژنگ عزیزی"]


def test_a_time_before_a_stop_word_is_not_part_of_the_name():
    [q] = direct("فرهاد سبزپوش دقایقی پیش به خبرنگار ما اظهار داشت: پل چوبی بسته است.")
    assert q.speaker == "فرهاد سبزپوش"


def test_a_name_set_off_before_a_post_at_a_clause_start_is_a_person():
    text = (
        "خبرگزاری فارس:\nبوش، رئیس جمهور آمریکا از همسایگان خواست تا مرزها را ببندند.\n\n"
        "به گزارش خبرگزاری فرانسه، وی ضمن اعلام این مطلب گفت: ما امیدواریم.\n\n"
        "رئیس جمهور آمریکا تصریح کرد: همکاری لازم است."
    )
    assert speakers(text) == ["بوش", "بوش"]
    connective = "بنابراین، رئیس جمهور آمریکا از همسایگان خواست.\n\nوی گفت: ما امیدواریم."
    assert speakers(connective) == [None]


def test_two_spellings_of_one_post_ending_alike_are_the_same_post():
    text = (
        "مدیرعامل شرکت آب و فاضلاب استان کوهسار گفت: مخزن تازه پر شد.\n\n"
        "به گزارش فارس، علیرضا قاسمی اظهار داشت: اعتبار کافی است.\n\n"
        "مدیرعامل شرکت آبفای استان کوهسار افزود: لوله‌ها نو می‌شود."
    )
    assert speakers(text) == ["علیرضا قاسمی"] * 3


def test_a_direction_mark_written_for_a_zwnj_keeps_the_word_whole():
    text = "به گزارش فارس، هاشم ولی\u200eپور مطلق صبح امروز اظهار کرد: قنات‌ها خشک است.\n\nولی‌پور مطلق ادامه داد: پایان."
    assert speakers(text) == ["هاشم ولی\u200eپور مطلق"] * 2


def test_a_name_before_an_object_with_ra_is_the_given_name_and_surname():
    text = (
        "علیرضا جزء‌قاسمی اظهار داشت: اعتبار کافی است.\n\n"
        "جزء قاسمی طول خط انتقال این طرح را بیش از یک کیلومتر اعلام کرد و افزود: کار ادامه دارد.\n\n"
        "علی احمدی طول خط را کوتاه دانست و گفت: پایان."
    )
    assert speakers(text) == ["علیرضا جزء‌قاسمی", "علیرضا جزء‌قاسمی", "علی احمدی"]


def test_a_foreign_name_in_marks_after_a_credit_and_before_a_post_is_a_person():
    text = (
        "به نوشته رسانه‌ها «دانیل هارکورت» وزیر خارجه انگلستان درباره بندر تازه سخن گفت.\n\n"
        "وی در گفت‌وگو با رادیو گفت «اگر کشتی‌ها دیر برسند زمستان سختی خواهیم داشت.»"
    )
    assert speakers(text) == ["دانیل هارکورت"]


def test_a_determiner_of_the_object_ends_the_post():
    text = (
        "محمود احمدی‌نژاد رئیس جمهور کشورمان گفت: مردم آمدند.\n\n"
        "رئیس جمهور این حضور پرشور را نعمتی بزرگ خواند و گفت: سپاسگزاریم."
    )
    found = direct(text)
    assert [q.speaker for q in found] == ["محمود احمدی‌نژاد"] * 2
    assert found[1].role == "رئیس جمهور"


def test_a_first_pronoun_is_the_source_opening_the_paragraph_before_not_a_name_in_the_title():
    text = (
        "تاراج آثار به دست رابرت ملر\n\n"
        "یک منبع آگاه از خروج آثار باستانی از سوی حاکم سابق خبر داد.\n\n"
        "وی افزود: «رابرت ملر هنگام خروج آثار زیادی را با خود برد.»"
    )
    assert speakers(text) == ["یک منبع آگاه"]
    named = "علی احمدی از افتتاح طرح خبر داد.\n\nوی افزود: کار ادامه دارد."
    assert speakers(named) == ["علی احمدی"]


def test_four_words_from_a_given_name_to_the_stop_word_are_one_name():
    assert speakers("به گزارش فارس، محمد حسن اکبری مطلق در نشست مدیران گفت: توجه ضروری است.") == [
        "محمد حسن اکبری مطلق"
    ]
    assert speakers("به نقل از وزارت کشور، سید عبدالواحد موسوی لاری در این همایش گفت: کار ادامه دارد.") == [
        "سید عبدالواحد موسوی لاری"
    ]


def test_a_surname_is_completed_by_a_foreign_given_name_written_in_marks():
    text = (
        "حساب منتسب به «حجت کیانفر»، سفیر ایران در بولیوی شایعه‌ها را رد کرد.\n\n"
        "آقای کیانفر در پیامی نوشت: این شایعه است."
    )
    assert speakers(text) == ["حجت کیانفر"]


def test_a_digest_headline_without_a_stop_does_not_run_into_the_speaker():
    text = (
        "مهم‌ترین رویدادهای استان\n\n"
        "معاون استاندار: * پایانه بار در منطقه آزاد کوهسار ساخته می‌شود "
        "معاون هماهنگی امور اقتصادی استاندار گفت: ساخت آغاز شد.\n\n"
        "مدیرکل هواشناسی: * آسمان استان بارانی می‌شود مدیرکل هواشناسی استان گفت: باران می‌بارد."
    )
    found = direct(text)
    assert [q.role for q in found] == ["معاون هماهنگی امور اقتصادی استاندار", "مدیرکل هواشناسی استان"]
    assert [q.speaker for q in found] == [q.role for q in found]


def test_a_surname_ending_like_a_verb_is_still_a_name_before_a_post():
    text = (
        "نماینده پیشین مردم نیلوفرآباد گفت: باید پل ساخته شود.\n\n"
        "درباره پل تازه با بهمن کرمانوند نماینده پیشین مردم نیلوفرآباد گفت‌وگو کردیم."
    )
    assert speakers(text) == ["بهمن کرمانوند"]


def test_a_lead_post_is_not_the_next_speaker_brought_in_with_also():
    # the lead's governor is named in the next paragraph without a colon; the next named speaker
    # is introduced with "نیز": a further speaker
    text = (
        "ممنوعیت کار در باغ‌ها\n\n"
        "فرماندار شهرستان نیلوفرآباد گفت: باغداران موظف هستند نکات بهداشتی را رعایت کنند.\n\n"
        "به گزارش خبرنگار ما، بهمن کرمانوند امروز در جلسه ستاد کشاورزی خواستار همکاری بانک‌ها شد.\n\n"
        "وی گفت: باغداران موظف هستند نکات بهداشتی را رعایت کنند.\n\n"
        "محمود فلاحتی مدیر جهاد کشاورزی شهرستان نیلوفرآباد نیز گفت: مجوزهای زیادی صادر شده است."
    )
    assert speakers(text) == ["بهمن کرمانوند", "بهمن کرمانوند", "محمود فلاحتی"]


def test_this_official_with_nobody_quoted_before_is_the_post_that_reported_two_paragraphs_up():
    text = (
        "درگیری مرزی\n\n"
        "سخنگوی وزارت دفاع نیلوفرآباد امروز از تیراندازی در نزدیکی پاسگاه شمالی خبر داد.\n\n"
        "به گفته وی، دو خودرو آسیب دید.\n\n"
        "این مقام افزود: کسی زخمی نشده است."
    )
    assert speakers(text) == ["سخنگوی وزارت دفاع نیلوفرآباد"]


def test_a_surname_alone_after_a_fronted_adverbial_is_the_speaker():
    text = (
        "به گزارش خبرگزاری فارس، کامران نیک‌سیرت، رئیس انجمن گفت: بودجه کافی نیست.\n\n"
        "سپیده لاجوردی، عضو انجمن گفت: باید صبر کرد.\n\n"
        "در همین راستا نیک‌سیرت نیز گفت: صبر ما حدی دارد.\n\n"
        "در پایان این نشست لاجوردی تصریح کرد: جلسه بعدی هفته آینده است."
    )
    assert speakers(text) == ["کامران نیک‌سیرت", "سپیده لاجوردی", "کامران نیک‌سیرت", "سپیده لاجوردی"]


def test_a_verb_after_a_given_name_is_no_surname_for_a_fronted_clause():
    # "محمود بود" makes no surname "بود": "معلوم بود که … گفت" has no speaker written
    text = (
        "سپیده لاجوردی گفت: کار تمام شد.\n\n"
        "همه نگران محمود بود و هست.\n\n"
        "از چهره‌اش معلوم بود که خسته است و آرام گفت: فردا برمی‌گردیم."
    )
    assert speakers(text)[-1] != "بود"


def test_a_paragraph_about_a_named_person_is_who_a_later_vey_means():
    text = (
        "به گزارش خبرگزاری فارس، کامران نیک‌سیرت، رئیس انجمن گفت: بودجه کافی نیست.\n\n"
        "سپیده لاجوردی، عضو انجمن نیز امروز از کارگاه بازدید کرد و خواستار تسریع کار شد.\n\n"
        "وی افزود: کارگاه تا پایان سال آماده می‌شود."
    )
    assert speakers(text) == ["کامران نیک‌سیرت", "سپیده لاجوردی"]
    # two people, or a person as the object, introduce nobody
    for opening in ("سپیده لاجوردی و کاوه آذرپاد امروز از کارگاه بازدید کردند.",
                    "سپیده لاجوردی را امروز در کارگاه دیدیم."):  # fmt: skip
        other = text.replace(text.split("\n\n")[1], opening)
        assert speakers(other) == ["کامران نیک‌سیرت", "کامران نیک‌سیرت"]


def test_a_cue_glued_to_the_word_before_its_colon():
    text = "خبرگزاری فارس: وزیر نیروگفت: سد تا پایان سال آماده است."
    [q] = direct(text)
    assert q.role == "وزیر نیرو" and q.text == "سد تا پایان سال آماده است."
    # a cue's own prefix is no glued word: «میگفت:» stays one word
    from refrain.quotes.persian.words import words

    assert [w.text for w in words("او میگفت: بله")][:2] == ["او", "میگفت"]


def test_two_words_the_article_writes_each_alone_are_one_name():
    # a given name the lists do not hold, which the article also writes alone
    text = (
        "زوران میتکوویچ: آماده‌ایم\n\n"
        "زوران میتکوویچ روز شنبه در گفت‌وگو با فارس اظهار داشت: تیم آماده است.\n\n"
        "زوران با اشاره به اردو افزود: اردو خوب بود.\n\n"
        "میتکوویچ متذکر شد: بازی بعدی سخت است."
    )
    assert set(speakers(text)) == {"زوران میتکوویچ"}


def test_a_compound_given_name_the_lists_lack_still_opens_a_name_before_its_post():
    # "امیدعلی" (a name also a common word, then a given name) before "رئیس …": the post's holder
    text = (
        "رئیس سازمان بنادر گفت: کار لایروبی آغاز شد.\n\n"
        "به گزارش خبرگزاری فارس، امیدعلی نیک‌سیرت رئیس سازمان بنادر و کاوه آذرپاد عضو کمیسیون "
        "عمران مجلس امروز در برنامه‌ای تلویزیونی حاضر شدند.\n\n"
        "کاوه آذرپاد عضو کمیسیون عمران مجلس گفت: بودجه کافی نیست."
    )
    assert speakers(text) == ["امیدعلی نیک‌سیرت", "کاوه آذرپاد"]


def test_words_in_marks_closing_a_reported_speech_are_the_speakers():
    text = (
        "نشست شورا\n\n"
        "کاوه آذرپاد، رئیس شورای شهر گفت که اگر بودجه نرسد، شورا «همه طرح‌های عمرانی شهر را تا پایان سال متوقف خواهد کرد».\n\n"
        "او همچنین گفت که «شعار» کافی نیست."
    )
    found = [q for q in find(text, language="fa")]
    assert [(q.kind, q.speaker) for q in found][0] == ("direct", "کاوه آذرپاد")
    assert found[1].kind == "scare"  # a short term in marks stays a term


def test_surname_then_post_written_again_is_the_name_alone():
    # "… رضوانفر مدیر …" appears twice: the second time the post is no part of the name
    text = (
        "کامران رضوانفر مدیر آموزش منطقه دو گفت: مدارس باز می‌شوند.\n\n"
        "رضوانفر مدیر آموزش منطقه دو در این باره گفت: کلاس‌ها از شنبه آغاز می‌شود."
    )
    assert [q.speaker for q in find(text, language="fa")] == ["کامران رضوانفر", "کامران رضوانفر"]


def test_name_in_marks_after_ke_speaks():
    # a name after «که» (here in marks) before a post and the cue is the speaker, not the one before
    text = (
        "کامران رضوانفر مدیر آموزش گفت: مدارس باز می‌شوند.\n\n"
        "موضوع را از اداره پیگیر شدیم که «نیما آذرخش» معاون حقوقی استان در این باره تاکید کرد: "
        "هیچ مجوزی صادر نشده است."
    )
    assert [q.speaker for q in find(text, language="fa") if q.kind == "direct"] == [
        "کامران رضوانفر",
        "نیما آذرخش",
    ]


def test_name_in_a_clause_of_its_own_after_ke_does_not_speak():
    # «با اشاره به این که "X" … بوده است، گفت»: X is what the clause is about; the speaker is named before
    text = (
        "کامران رضوانفر در گفت‌وگو با خبرنگار با اشاره به این که «نیما آذرخش» از بزرگان شهر بوده است، "
        "گفت: یاد او همیشه زنده است."
    )
    assert [q.speaker for q in find(text, language="fa") if q.kind == "direct"] == ["کامران رضوانفر"]


def test_an_occupation_after_a_given_name_alone_is_the_surname():
    # «زارع» (farmer) and «دانشجو» (student) are common surnames: right after a given name, the name
    text = (
        "نیما دانشجو ظهر امروز در حاشیه جلسه شورا گفت: مسیر اتوبوس تغییر می‌کند.\n\n"
        "کامران زارع مغانلو رئیس اداره آب گفت: سد پر است."
    )
    found = [(q.speaker, q.role) for q in find(text, language="fa")]
    assert found == [("نیما دانشجو", None), ("کامران زارع مغانلو", "رئیس اداره آب")]
