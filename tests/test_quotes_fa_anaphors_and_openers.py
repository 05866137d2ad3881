"""Persian speakers read back past indirect speech and opening adverbials: "این مقام روسی"
after a new official's indirect speech («X»، رئیس … اعلام کرد …) is that official, not the one
quoted before; "در وهله نخست" is "in the first place", no prime minister's post; a clause that ran
into the cue ("موافقت کردیم بیاید و … گفت") or opens with "چند روز بعد" names no speaker.
Invented text."""

from __future__ import annotations

from refrain.quotes import find


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find(text, language="fa") if q.kind == "direct"]


def test_this_official_after_a_new_officials_indirect_speech_is_that_official() -> None:
    text = (
        "به گزارش خبرگزاری تاس، «آندری ولکوف» سخنگوی دولت روسیه گفت: «دولت از هر اقدامی در مبارزه با قاچاق"
        " استقبال می‌کند.»\n\nوی افزود: «همه طرف‌ها باید بدانند که تنها راه حل، گفت‌وگو میان همسایگان است.»\n\n"
        "به گزارش خبرگزاری تاس، «ایگور سمیونوف»، رییس کمیته امور بین‌الملل مجلس روسیه نیز اعلام کرد به شرط"
        " آنکه همسایگان مرزها را ببندند، مسکو از این طرح استقبال می‌کند.\n\nاین مقام روسی روز پنجشنبه در صفحه"
        " شخصی‌اش نوشت «اگر چه تصمیم همسایگان برای بستن مرزها دیر گرفته شده است، اما این کار به سود همه مردم"
        " منطقه خواهد بود.»"
    )
    assert _speakers(text) == ["آندری ولکوف", "آندری ولکوف", "ایگور سمیونوف"]


def test_in_the_first_place_is_no_post() -> None:
    text = (
        "در وهله نخست وزارت امور خارجه نورلند طی بیانیه‌ای انفجارها را محکوم کرد. در این بیانیه آمده است:"
        " دولت نورلند اقدامات تروریستی را در پایتخت به شدت محکوم می‌کند."
    )
    speakers = _speakers(text)
    assert not any(s and s.startswith("نخست") for s in speakers), speakers


def test_a_clause_that_ran_into_the_cue_names_no_speaker() -> None:
    text = (
        "پدر شهید می‌گوید: پسرم از جبهه زنگ زد.\n\nموافقت کردیم بیاید و شب بعد آمد، همین که مرا دید گفت:"
        " پدر جان من از رفتنم به آن شهر هیچ پشیمانی ندارم.\n\nچند روز بعد از این خواب، خبر را به مادرش دادم، رو به آسمان"
        " کرد و گفت: خدایا راضی‌ام به رضای تو."
    )
    speakers = _speakers(text)
    assert "موافقت کردیم بیاید" not in speakers and "چند" not in speakers, speakers
