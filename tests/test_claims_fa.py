"""refrain.claims on Persian text: figures in every script and in words, multipliers, decimals, ranges,
units, hedges and the counted thing; dates, years, times, ordinals and labels are not figures.

Every Persian sentence here is invented. The accuracy floors on the Fars News gold (../shared) are
just below what bench/claims_fa.py measured on the dev set.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import REPO, shared_path
from hypothesis import given, settings
from hypothesis import strategies as st

from refrain.claims import Claim, find, group
from refrain.claims.fa import jalali_to_gregorian, mostly_arabic_script
from refrain.claims.fa.dates import find_dates, jalali_year_iso, numeric_date_iso
from refrain.text import fold_fa_figures


def figures(text: str, **kwargs) -> list[tuple[str, float]]:
    return [(c.value_text.text, c.value) for c in find(text, language="fa", **kwargs)]


def only(text: str) -> Claim:
    claims = find(text, language="fa")
    assert len(claims) == 1, [c.value_text.text for c in claims]
    return claims[0]


# --- digits, separators, decimals --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        ("شهرداری 45 اتوبوس تازه خرید.", "45", 45),  # ASCII digits
        ("شهرداری ۴۵ اتوبوس تازه خرید.", "۴۵", 45),  # Persian digits
        ("شهرداری ٤٥ اتوبوس تازه خرید.", "٤٥", 45),  # Arabic-Indic digits
        ("بودجه طرح 1,250,000 ریال است.", "1,250,000", 1_250_000),  # thousands separator
        ("بودجه طرح ۱٬۲۵۰٬۰۰۰ ریال است.", "۱٬۲۵۰٬۰۰۰", 1_250_000),  # Arabic thousands separator
        ("تورم ماهانه 6/5 درصد اعلام شد.", "6/5", 6.5),  # slash decimal
        ("تورم ماهانه ۶٫۵ درصد اعلام شد.", "۶٫۵", 6.5),  # Arabic decimal sign
        ("تولید روزانه به 3.25 میلیون بشکه رسید.", "3.25 میلیون", 3_250_000),
    ],
)
def test_digits_in_every_script_with_separators_and_decimals(sentence, figure, value):
    c = only(sentence)
    assert (c.value_text.text, c.value) == (figure, value)
    assert sentence[c.value_text.start : c.value_text.end] == figure


# --- number words, compounds, multipliers --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        ("در این نمایشگاه پنج هزار کتاب عرضه شد.", "پنج هزار", 5000),
        ("بیست و پنج دانش‌آموز در مسابقه شرکت کردند.", "بیست و پنج", 25),
        ("صد و بیست خانوار به شهرک منتقل شدند.", "صد و بیست", 120),
        ("دولت دو میلیون و ۵۰۰ هزار تن گندم خرید.", "دو میلیون و ۵۰۰ هزار", 2_500_000),
        ("این کارخانه ۳۰۰ هزار دستگاه یخچال ساخت.", "۳۰۰ هزار", 300_000),
        (
            "هزینه پروژه 4 میلیارد و 250 میلیون و 12 هزار و 9 ریال شد.",
            "4 میلیارد و 250 میلیون و 12 هزار و 9",
            4_250_012_009,
        ),
        ("ارزش کالاها ۱۰۰ هزار میلیارد ریال برآورد شد.", "۱۰۰ هزار میلیارد", 1e14),
        ("بدهی شرکت 2 تریلیون ریال است.", "2 تریلیون", 2e12),
        ("صادرات آن 5/8میلیارد دلار بود.", "5/8میلیارد", 5.8e9),
        ("این شهر ۹۰ میلیونی نیست.", "۹۰ میلیونی", 90_000_000),  # a multiplier as an adjective
        ("سالن ۶ هزار نفری شهر افتتاح شد.", "۶ هزار", 6000),  # after a label word, with a multiplier
        ("در این فصل 5 بازیکن خارجی آمدند.", "5", 5),  # "this season", not "season 5"
        ("در منطقه 5 نفر زخمی شدند.", "5", 5),  # "in the district five people", not "district 5"
        ("رانندگان به مدت۲۰دقیقه استراحت کنند.", "۲۰", 20),  # spaces missing around the number
        ("سه چهارم مخزن پر است.", "سه چهارم", 0.75),  # a fraction
        ("یک و نیم میلیون نفر آمدند.", "یک و نیم میلیون", 1_500_000),  # and a half
        ("کشتی یکهزار و 200 مسافر دارد.", "یکهزار و 200", 1200),  # "one-thousand" as one word
        ("بدهی دولت یک هزار و ۸۳۰ میلیارد تومان است.", "یک هزار و ۸۳۰ میلیارد", 1.83e12),  # (1,000 + 830) bn
        ("کشتی ۲ هزارو ۵۰۰ مسافر دارد.", "۲ هزارو ۵۰۰", 2500),  # "و" glued to the multiplier
        ("کشتی یک\u200eهزار و 200 مسافر دارد.", "یک\u200eهزار و 200", 1200),  # a direction mark inside
    ],
)
def test_number_words_compounds_and_multipliers(sentence, figure, value):
    c = only(sentence)
    assert (c.value_text.text, c.value) == (figure, value)


def test_arabic_letter_spellings_read_like_persian_ones():
    # ي/ك as Fars printed them in 2008: "يك ميليارد" is "یک میلیارد"
    assert figures("مبلغ جريمه يك ميليارد و ۲۰۰ ميليون ريال بود.") == [("يك ميليارد و ۲۰۰ ميليون", 1.2e9)]


def test_numbers_joined_by_va_without_a_multiplier_stay_apart():
    assert figures("در این دو روستا ۱۲ و ۱۵ خانه ساخته شد.") == [("دو", 2), ("۱۲", 12), ("۱۵", 15)]


# --- units, hedges, ranges, the counted thing ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("قیمت هر کیلو نان ۱۲۰۰ تومان شد.", "IRT"),
        ("این وام ۵۰ میلیون ریال است.", "IRR"),
        ("شرکت ۳ میلیون دلار سود برد.", "USD"),
        ("سهم بخش خصوصی ۴۰ درصد است.", "%"),
        ("سهم بخش خصوصی ۴۰٪ است.", "%"),
        ("افزایش ۱۲ درصدی دستمزد تصویب شد.", "%"),
        ("۲۰۰ نفر در همایش حاضر بودند.", "people"),
        ("روزانه ۹۰۰ هزار بشکه نفت صادر می‌شود.", "bbl"),
        ("کشاورزان ۷۰ تن گندم فروختند.", "t"),
        ("این جاده ۴۵ کیلومتر طول دارد.", "km"),
        ("نیروگاه ۵۰۰ مگاوات برق تولید می‌کند.", "MW"),
        ("آتش ۱۲ هکتار جنگل را سوزاند.", "ha"),
        ("ساخت سد هشت سال طول کشید.", "year"),
        ("شهرداری ۱۴ پروژه عمرانی را افتتاح کرد.", "project"),
        ("پلیس ۳ دستگاه کامیون را توقیف کرد.", "truck"),  # a classifier, then the counted noun
        ("حدود ۲۵ هزار نفر شرکت کرده بودند.", "people"),  # "شرکت کرده": took part, not a company
    ],
)
def test_units_and_counted_nouns(sentence, unit):
    assert only(sentence).unit == unit


@pytest.mark.parametrize(
    ("sentence", "approx"),
    [
        ("حدود ۳۰۰ نفر در تجمع بودند.", "about"),
        ("بیش از ۴۰ خانه تخریب شد.", "more than"),
        ("کمتر از ۱۰ درصد مردم رای ندادند.", "less than"),
        ("نزدیک به ۲ هزار زائر رسیدند.", "nearly"),
        ("دست کم ۱۵ نفر زخمی شدند.", "at least"),
        ("عددی بالای ۹۰۰ مطرح نشد.", "more than"),
        ("هر روسری تا ۲۰ هزار تومان ارزش دارد.", "up to"),
        ("بیش از200 تن آسیب دیدند.", "more than"),  # the space after the hedge missing
    ],
)
def test_hedges_before_the_figure(sentence, approx):
    assert only(sentence).approx == approx


def test_a_measure_with_its_smaller_part_is_one_figure():
    assert [(c.value, c.unit) for c in find("وزن مرغ باید یک کیلو و ۴۰۰ گرم باشد.", language="fa")] == [
        (1.4, "kg")
    ]
    assert [(c.value, c.unit) for c in find("پلیس ۲ تن و ۵۰۰ کیلوگرم برنج یافت.", language="fa")] == [
        (2.5, "t")
    ]


def test_a_measure_and_a_half():
    assert [(c.value, c.unit) for c in find("ساخت آن دو سال و نیم طول کشید.", language="fa")] == [
        (2.5, "year")
    ]


def test_tan_counts_persons_beside_death_or_injury():
    claims = find("تصادف به مرگ دو تن و مصدومیت سه تن دیگر انجامید.", language="fa")
    assert [(c.value, c.unit) for c in claims] == [(2, "people"), (3, "people")]
    assert only("کامیون ۲۰ تن بار داشت.").unit == "t"


def test_a_range_gives_both_ends_and_the_low_end_takes_the_multiplier_and_unit():
    claims = find("پیش بینی می‌شود ۱۰ تا ۱۵ هزار نفر بیایند.", language="fa")
    assert [(c.value, c.unit, c.approx) for c in claims] == [
        (10_000, "people", "between"),
        (15_000, "people", "between"),
    ]
    claims = find("بازیکنان ۳ یا ۴ روز تمرین می‌کنند.", language="fa")
    assert [(c.value, c.unit) for c in claims] == [(3, "day"), (4, "day")]
    claims = find("قیمت هر قطعه 2000 ریال تا 2200 ریال است.", language="fa")
    assert [(c.value, c.unit, c.approx) for c in claims] == [
        (2000, "IRR", "between"),
        (2200, "IRR", "between"),
    ]
    claims = find("بین ۱۰ و ۲۰ خانه خراب شد.", language="fa")
    assert [(c.value, c.unit, c.approx) for c in claims] == [
        (10, "house", "between"),
        (20, "house", "between"),
    ]
    claims = find("از 12 هزار تا 13 هزار عنوان کتاب عرضه شد.", language="fa")
    assert [(c.value, c.unit, c.approx) for c in claims] == [
        (12_000, "title", "between"),
        (13_000, "title", "between"),
    ]


def test_the_counted_thing_is_content_words_never_a_function_word():
    c = only("کشاورزان ۷۰ تن گندم و جو فروختند.")
    assert c.what is not None and c.what.text == "گندم"
    c = only("شهرداری ۱۴ پروژه عمرانی و فرهنگی را افتتاح کرد.")
    assert c.what is not None and c.what.text == "پروژه عمرانی"
    c = only("۲۰ نفر از دانشجویان بازداشت شدند.")
    assert c.what is not None and c.what.text == "دانشجویان"


def test_what_a_sum_of_money_is():
    assert only("دولت قیمت خرید گندم را ۱۷۰۰ تومان تعیین کرد.").what.text == "قیمت خرید گندم"
    assert only("سیل ۷ میلیارد ریال خسارت زد.").what.text == "خسارت"


def test_offsets_point_into_the_stored_text():
    text = "گزارش: در اين شهر ۱۷ هزار و ۵۰۰ خانوار زندگي مي‌كنند."
    (c,) = find(text, language="fa")
    assert text[c.value_text.start : c.value_text.end] == c.value_text.text == "۱۷ هزار و ۵۰۰"
    assert text[c.start : c.end] == c.text
    assert c.what is not None and text[c.what.start : c.what.end] == c.what.text


def test_figures_of_one_event_group_across_articles():
    a = find("در این حادثه ۳۰ نفر از مسافران کشته شدند.", language="fa")
    b = find("شمار مسافرانی که در این حادثه کشته شدند به ۴۵ نفر رسید.", language="fa")
    assert [c.what_key for c in a + b] == ["kill|person", "kill|person"]
    (g,) = group([("a", a[0]), ("b", b[0])])
    assert (g.what_key, g.agree) == ("kill|person", False)
    assert only("شهرداری ۱۴ پروژه عمرانی را افتتاح کرد.").what_key == "build|project"
    assert only("پلیس ۱۲ سارق را بازداشت کرد.").what_key == "arrest|person"
    assert only("قیمت نان ۲۰ درصد افزایش یافت.").what_key == "|افزایش"  # not paired


# --- not figures ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "این نامه در تاریخ 60/7/29 نوشته شد.",  # a Solar Hijri date
        "جلسه روز ۱۴۰۲/۰۵/۱۲ برگزار شد.",
        "راهپیمایی ۲۲ بهمن با شکوه برگزار شد.",  # day and month
        "او روز 18 اکتبر به تهران آمد.",
        "این قانون در سال ۱۳۸۷ تصویب شد.",  # a year
        "این طرح در سال 87 آغاز شد.",
        "او در سال‌های ۹۶ و ۹۷ مدیر بود.",  # both years
        "فیلم در المپیک 2016 پخش شد.",
        "جلسه ساعت ۲۱:۳۰ تمام شد.",  # a clock time
        "جلسه ساعت 14 تمام شد.",
        "بازی دوم، ساعت: 19 در ورزشگاه",
        "بازار از 9 صبح تا 7 شب باز است.",
        "طبق ماده 101 قانون عمل شد.",  # labels
        "قطعنامه 2231 اجرا شد.",
        "مدیر منطقه 22 شهرداری سخن گفت.",
        "ماموران کلانتری 13 شهید نواب آمدند.",  # a police station's number
        "مدل Nexa 10 عرضه شد.",  # a product name
        "سال تحصیلی 94-93 آغاز شد.",  # a school year
        "تیم زیر 23 سال برد.",  # an age class
        "این تیم در رتبه 4 جدول است.",
        "او در هفته بیست و هفتم بازی کرد.",  # an ordinal
        "یک مقام آگاه این را گفت.",  # "یک" as the article "a"
        "نه کشور همسایه و نه کشورهای دیگر کمک نکردند.",  # neither ... nor
        "کمیسیون ماده پنج استان تشکیل شد.",  # a label before a counted noun
        "مذاکره دو طرفه آغاز شد.",  # an adjective
        "جلسه سه شنبه برگزار شد.",  # a weekday
        "با شماره 02144556677 تماس بگیرید.",  # a phone number
        "انتهای پیام/86011/ح40",  # an agency code
        "منابع: [7] . روزنامه اطلاعات",  # a footnote number
        "فهرست: 9- آمل 10- ساری 11- بابل",  # item numbers in a running list
        "صدها هزار نفر آمدند.",  # hundreds of thousands: no figure
        "او از ثروت‌های میلیاردی سخن گفت.",  # "billion-rich": no number
        "ضد انقلاب در انتخابات 88 فعال شد.",  # the 1388 election
        "۱۰ها هزار نفر آمدند.",  # tens of thousands
        "مجلس مواد 5 طرح را تصویب کرد.",  # article numbers
    ],
)
def test_dates_years_times_labels_and_articles_are_not_figures(sentence):
    assert figures(sentence) == []


def test_a_list_number_at_a_line_start_is_not_a_figure():
    assert figures("منابع:\n1. کتاب اول\n2. کتاب دوم") == []


def test_one_is_a_count_beside_other_counts():
    assert figures("تیم ما ۳ پیروزی و یک باخت داشت.") == [("۳", 3), ("یک", 1)]
    assert figures("یک هفته بعد جلسه تشکیل شد.") == [("یک", 1)]  # with a time unit
    assert figures("آنجا بیش از یک شهر روسی باشد، به یک شهر چینی شبیه است.") == []  # two "a city"s


# --- dates as ISO --------------------------------------------------------------------------------


def test_solar_hijri_dates_convert_exactly():
    assert jalali_to_gregorian(1402, 1, 1) == date(2023, 3, 21)
    assert jalali_to_gregorian(1403, 1, 1) == date(2024, 3, 20)  # after the leap year 1402
    assert jalali_to_gregorian(1357, 11, 22) == date(1979, 2, 11)
    assert jalali_to_gregorian(1383, 12, 29) == date(2005, 3, 19)
    assert numeric_date_iso((60, 7, 29)) == "1981-10-21"
    assert numeric_date_iso((15, 7, 1383)) == "2004-10-06"
    assert jalali_year_iso(1402) == "2023-03/2024-03"
    with pytest.raises(ValueError):
        jalali_to_gregorian(1402, 7, 31)


def test_dates_in_text_and_the_when_of_a_figure():
    text = fold_fa_figures("در ۲۷ آذر ۱۳۹۷ و در 18 اکتبر")
    assert [d.iso for d in find_dates(text)] == ["2018-12-18", ""]
    assert [d.iso for d in find_dates(text, date(2020, 6, 1))] == ["2018-12-18", "2020-10-18"]
    (c,) = find("در سال ۱۴۰۰ حدود ۳۰۰ نفر آمدند.", language="fa")
    assert c.when is not None and c.when_iso == "2021-03/2022-03"
    (c,) = find("امسال ۳۴ نفر نجات یافتند.", language="fa")  # "امسال" (this year) is no "سال ۳۴"
    assert (c.value, c.when) == (34, None)


# --- dispatch ------------------------------------------------------------------------------------


def test_find_dispatches_persian_by_language_or_script():
    text = "بیش از ۳۰۰ هزار نفر آمدند."
    assert [c.value for c in find(text)] == [300_000]  # no language: mostly Arabic script
    assert [c.value for c in find(text, language="fa")] == [300_000]
    assert mostly_arabic_script(text) and not mostly_arabic_script("Officials said 300 people came.")
    english = find("Officials said more than 300,000 people came.")
    assert [(c.value, c.approx, c.unit) for c in english] == [(300_000, "more than", "people")]


def test_quoted_figures_name_their_speaker():
    from dataclasses import dataclass

    @dataclass
    class Quote:
        start: int
        end: int
        speaker: str

    text = "وزیر گفت: «۴۰ درصد پروژه‌ها تمام شد.»"
    (c,) = find(
        text, language="fa", outlet="Fars", quotes=[Quote(text.index("«") + 1, len(text) - 2, "وزیر")]
    )
    assert c.claimant == "وزیر"
    (c,) = find(text, language="fa", outlet="Fars")
    assert c.claimant == "Fars"


# --- accuracy on the Fars News gold (dev) -------------------------------------------------------


@pytest.fixture(scope="module")
def dev_score():
    gold = shared_path("data", "fars-news", "gold-dev")
    spec = importlib.util.spec_from_file_location("bench_claims_fa", REPO / "bench" / "claims_fa.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_claims_fa"] = module
    spec.loader.exec_module(module)
    return module.score(Path(gold)).figures()


def test_dev_figure_values_and_precision(dev_score):
    # measured 2026-12-02 (bench/claims_fa.py): values right 0.990, precision 0.995
    assert dev_score["values_right"] >= 0.95
    assert dev_score["precision"] >= 0.95
    assert dev_score["value_precision"] >= 0.95


def test_dev_units_and_counted_things(dev_score):
    # measured 2026-12-02: unit right 0.911, what right (loose rule) 0.964 of found figures
    assert dev_score["unit_right_of_found"] >= 0.87
    assert dev_score["what_right_of_found"] >= 0.93


# --- robustness ----------------------------------------------------------------------------------

_PIECES = [
    "۱۲",
    "3",
    "٤٥",
    "6/5",
    "۱۴۰۲/۰۵/۱۲",
    "هزار",
    "میلیون",
    "و",
    "تا",
    "از",
    "بیش",
    "یک",
    "دو",
    "نیم",
    "درصد",
    "ریال",
    "تن",
    "نفر",
    "سال",
    "آذر",
    "ماده",
    "«",
    "»",
    ".",
    "،",
    "\n",
    "\u200c",
    "\u200e",
    " ",
    "-",
    "ها",
    "م",
    "ي",
    "ك",
    "گندم",
    "شد",
    ":",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join), st.sampled_from([None, "2020-05-01"]))
def test_any_persian_text_gives_figures_whose_spans_fit(text, date_):
    for c in find(text, language="fa", date=date_):
        assert 0 <= c.start <= c.value_text.start < c.value_text.end <= c.end <= len(text)
        assert text[c.value_text.start : c.value_text.end] == c.value_text.text
        for part in (c.what, c.when):
            if part is not None:
                assert text[part.start : part.end] == part.text
