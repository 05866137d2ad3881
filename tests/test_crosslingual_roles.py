"""English quotations attributed by post find the Persian speaker the article gives that post."""

import pytest

from refrain.crosslingual import QuoteItem, link
from refrain.crosslingual.link import candidates
from refrain.crosslingual.roles import describes, read_description


@pytest.mark.parametrize(
    ("english", "posts"),
    [
        ("the manager of Abadan airport", ["مدیر فرودگاه آبادان"]),
        ("Basht's Friday prayer leader", ["امام جمعه باشت"]),
        ("an American major", ["یک سرگرد آمریکایی"]),
        ("the Muslim Brotherhood", ["سخنگوی اخوان‌المسلمین مصر"]),
        ("the governor of Varamin", ["فرماندار ورامین"]),
        ("Iran's oil minister", ["وزیر نفت"]),  # a field narrows the post
        ("the health ministry's spokesman", ["سخنگوی وزارت بهداشت"]),
        ("Iran's ambassador to Germany", ["سفیر ایران در آلمان"]),  # a place translated, by the anchor list
        ("Varnamo's new head coach", ["سرمربی جدید وارنامو"]),  # "head coach" read before "head"
        ("the Department of Environment", ["معاون سازمان محیط زیست کشور"]),  # a body: its deputy's words
        # a ministry's official English name: its capitalised words are translated, not names
        ("Minister of Culture and Islamic Guidance", ["وزیر فرهنگ و ارشاد"]),
        ("Minister of Roads and Urban Development", ["وزیر راه و شهرسازی"]),
    ],
)
def test_a_post_in_english_fits_the_persian_post(english: str, posts: list[str]) -> None:
    assert describes(english, posts)


@pytest.mark.parametrize(
    ("english", "posts"),
    [
        ("the manager of Abadan airport", ["مدیر فرودگاه اهواز"]),  # another city
        ("the governor of Varamin", ["امام جمعه ورامین"]),  # another post
        ("the minister", ["وزیر نفت"]),  # nothing to narrow on: too many fit
        ("Iran's minister", ["وزیر نفت"]),  # "Iran" narrows nothing in a Persian report
        ("the oil minister", ["وزیر نیرو"]),  # another field
        ("the oil", ["وزیر نفت"]),  # a field alone is no post
        ("the Iranian foreign minister", ["وزیر امور خارجه برزیل"]),  # another country's minister
        ("Iran's ambassador to France", ["سفیر ایران در آلمان"]),  # another place
        ("Minister of Roads and Urban Development", ["وزیر نفت"]),  # another ministry
    ],
)
def test_a_post_that_does_not_fit_or_narrow_is_no_candidate(english: str, posts: list[str]) -> None:
    assert not describes(english, posts)


def test_iran_and_determiners_are_not_proper_words_to_match() -> None:
    assert (
        read_description("Iran's manager of Abadan airport").anchors
        == read_description("the manager of Abadan airport").anchors
    )


EN = QuoteItem(
    "e1", "en-1", "en", "Fuel deliveries to the airport rose sharply over the year and there were more flights too.",
    "manager of Abadan airport",
)  # fmt: skip
FA_POST = QuoteItem(
    "f1", "fa-1", "fa", "تحویل سوخت به فرودگاه در طول سال بسیار افزایش یافت و پروازها هم بیشتر شد.",
    "محمد کاظمی", role="مدیر فرودگاه آبادان",
)  # fmt: skip
FA_POST_AGAIN = QuoteItem(
    "f2", "fa-1", "fa", "فرودگاه آبادان در سال آینده پایانه‌های تازه خواهد داشت و مسافران بیشتری می‌پذیرد.",
    "محمد کاظمی",
)  # fmt: skip
FA_OTHER = QuoteItem(
    "f3", "fa-2", "fa", "تحویل سوخت به فرودگاه در طول سال بسیار افزایش یافت و پروازها هم بیشتر شد.",
    "علی رضایی", role="مدیر فرودگاه اهواز",
)  # fmt: skip


def test_the_speaker_given_the_post_is_a_candidate_in_all_their_quotations() -> None:
    pairs = {(e.id, f.id, how) for e, f, how, _ in candidates([EN, FA_POST, FA_POST_AGAIN, FA_OTHER])}
    assert pairs == {("e1", "f1", "role"), ("e1", "f2", "role")}


def test_without_the_model_a_post_links_nothing() -> None:
    assert link([EN, FA_POST, FA_POST_AGAIN, FA_OTHER], model=None).links == []


def test_a_named_speakers_post_finds_a_persian_speaker_known_by_the_post_alone() -> None:
    en = QuoteItem(
        "e2", "en-2", "en", "Our talks with the neighbours will go on next week in the capital.",
        "Tomas Vaezi", role="Foreign Ministry spokesman",
    )  # fmt: skip
    by_post = QuoteItem(
        "f4", "fa-4", "fa", "گفت‌وگوهای ما با همسایگان هفته آینده در پایتخت ادامه خواهد داشت.",
        "سخنگوی وزارت امور خارجه", role="سخنگوی وزارت امور خارجه",
    )  # fmt: skip
    named_other = QuoteItem(
        "f5", "fa-5", "fa", "گفت‌وگوهای ما با همسایگان هفته آینده در پایتخت ادامه خواهد داشت.",
        "رضا کریمی", role="سخنگوی وزارت امور خارجه",
    )  # fmt: skip
    pairs = {(e.id, f.id, how) for e, f, how, _ in candidates([en, by_post, named_other])}
    assert pairs == {("e2", "f4", "role")}


def test_a_country_written_short_in_english_is_the_persian_post_s_country() -> None:
    # "US" is «آمریکا»: the Persian post naming it is that country's, not another one
    assert describes("chairman of the US Federal Reserve", ["رئیس کل بانک مرکزی آمریکا"])
    assert not describes("chairman of the US Federal Reserve", ["رئیس کل بانک مرکزی عراق"])
