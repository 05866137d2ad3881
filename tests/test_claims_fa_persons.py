"""Persian figures: "تن" counts persons when the clause after it tells of harm or it is a share of
a group (invented text)."""

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
