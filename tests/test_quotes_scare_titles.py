"""A title with its subtitle ("“Salt Roads: A History of …”") and a phrase put under a title, name,
banner or slogan ("under the title of “…”") are scare quotes, whoever's sentence holds them; a
quotation that holds a colon stays someone's words. Invented text."""

from refrain.quotes import find


def _kinds(text: str) -> dict[str, tuple[str, str | None]]:
    return {q.text: (q.kind, q.speaker) for q in find(text)}


def test_title_and_subtitle_is_scare() -> None:
    text = (
        "Written by Tom Berk, a professor at Kelmar University, “Salt Roads: The Essence of the"
        " Caravan Trade of Dalvania” was released by a publishing house in Kelmar."
    )
    assert _kinds(text)["Salt Roads: The Essence of the Caravan Trade of Dalvania"] == ("scare", None)


def test_event_theme_with_subtitle_is_scare() -> None:
    text = "Minister Ilsa Marden said the fair will be held under “Rivers of Dalvania: Water for All” next month."
    assert _kinds(text)["Rivers of Dalvania: Water for All"] == ("scare", None)


def test_under_the_title_of_is_scare() -> None:
    text = "Norland has negated any right of the valley under the title of “one river state”."
    assert _kinds(text)["one river state"] == ("scare", None)


def test_under_the_banner_of_is_scare() -> None:
    text = "Minister Tom Berk said the council acts under the banner of “open doors” in Kelmar."
    assert _kinds(text)["open doors"] == ("scare", None)


def test_quotation_with_a_colon_stays_direct() -> None:
    found = _kinds("Tom Berk told reporters: “Our answer: We will never accept the plan.”")
    assert found["Our answer: We will never accept the plan."] == ("direct", "Tom Berk")
    found = _kinds(
        "Tom Berk told reporters “Say to them: If you love the river, keep it clean, and it stays”."
    )
    assert found["Say to them: If you love the river, keep it clean, and it stays"][1] == "Tom Berk"
