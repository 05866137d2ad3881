"""Persian figures (invented text): "تن" counts persons when the clause after it tells of harm or it
is a share of a group; "بین" before a number is a range only when a second number follows."""

from __future__ import annotations

from refrain import claims


def units(text: str) -> list[tuple[float, str | None]]:
    return [(c.value, c.unit) for c in claims.find(text, language="fa")]


def test_a_harm_word_later_in_the_clause_makes_tan_persons():
    assert units("انتظار می‌رود دست کم ۶۰ تن در این حادثه کشته شده باشند.") == [(60.0, "people")]
    assert units("نیروهای تارسک در این حمله ظاهرا سه تن را کشتند.") == [(3.0, "people")]
    assert units("پزشکان گفتند ۷۴ تن با گلوله زخمی شده‌اند.") == [(74.0, "people")]


def test_a_share_of_a_group_is_persons():
    assert units("در این مسابقه دو تن از آن‌ها جایزه گرفتند.") == [(2.0, "people")]


def test_tonnes_stay_tonnes():
    assert units("امسال ۵۰۰ تن گندم در استان تارسک تولید شد.") == [(500.0, "t")]
    assert units("۳ هزار تن کالا از بندر صادر شد و کارگران زخمی نشدند.") == [(3000.0, "t")]


def hedges(text: str) -> list[tuple[float, str | None]]:
    return [(c.value, c.approx) for c in claims.find(text, language="fa")]


def test_between_two_countries_is_no_range():
    assert hedges("روابط خوب بین دو کشور تارسک و نورلند ادامه دارد.") == [(2.0, None)]
    assert hedges("از بین ۴۰ شرکت‌کننده ۱۰ نفر برگزیده شدند.")[0] == (40.0, None)


def test_a_range_after_between_keeps_its_hedge():
    assert hedges("بین ۱۰ و ۲۰ خانه تخریب شد.") == [(10.0, "between"), (20.0, "between")]
    assert hedges("قیمت بین ۲۰۰۰ ریال و ۳۰۰۰ ریال است.")[0] == (2000.0, "between")


def test_a_day_of_a_hijri_month_written_in_two_words_is_a_date():
    assert units("میلاد در 12 ربیع الاول است و 17 ربيع الاول نیز گفته شده.") == []
    assert units("مراسم تا 18 ذی الحجه ادامه دارد و 5 هزار نفر آمدند.") == [(5000.0, "people")]


def test_millions_and_thousands_of_billions_are_one_amount():
    assert units("ارزش سهام نورلند به 7 میلیون و 315 هزار میلیارد تومان بالغ شد.") == [(7.315e15, "IRT")]
    assert units("جمعیت 7 میلیون و 315 هزار نفر است.") == [(7315000.0, "people")]


def test_days_listed_before_a_month_and_a_day_glued_by_zwnj_are_dates():
    assert units("نمایش در روزهای (10، 12 و 14 آوریل) است.") == []
    assert units("نشست سران قرار است 10 و 11 مه برگزار شود.") == []
    assert units("او در (۱۳\u200cآبان‌ماه) آمد.") == []
    assert units("10، 12 و 14 نفر آمدند.")[-1] == (14.0, "people")


def test_a_unit_with_a_possessive_suffix_is_the_unit():
    assert units("روستاهایی هست که ۹۰ درصدشان زیر پوشش هستند.") == [(90.0, "%")]


def test_an_aircraft_model_number_is_a_label():
    assert units("پرواز هواپیماهای بوئینگ 737 در تارسک متوقف شد.") == []
    assert units("شرکت نورلند 3 فروند ایرباس خرید.") == [(3.0, "aircraft")]
