"""refrain.text.normalize: Persian normalisation for comparison, and the map back to the stored text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refrain.text import fold, normalize

ZWNJ = "\u200c"


def test_english_is_left_as_stored():
    n = normalize("The minister’s aide said 6.5%", "en")
    assert n.text == n.stored
    assert not n.changed_offsets
    assert n.span_to_stored(4, 12) == (4, 12)


def test_unknown_language_and_none_change_nothing():
    text = "كاظم" + ZWNJ + "ي"
    assert normalize(text, None).text == text
    assert normalize(text, "xx").text == text


def test_arabic_letters_become_persian():
    assert normalize("كاظم جلالي", "fa").text == "کاظم جلالی"
    assert normalize("مصطفى", "fa").text == "مصطفی"
    assert normalize("خانۀ", "fa").text == "خانه"


def test_digits_and_separators_become_ascii():
    assert normalize("۶٫۵ درصد از ۱٬۲۰۰ و ٣٤", "fa").text == "6.5 درصد از 1,200 و 34"


def test_removed_characters_and_the_map_back():
    stored = "مي" + ZWNJ + "شود، كتـــاب\u064e «ها»\u200f"
    n = normalize(stored, "fa")
    assert n.text == "میشود، کتاب «ها»"
    assert n.changed_offsets
    # every kept character maps back to a stored character it was made from
    for i, ch in enumerate(n.text):
        assert fold(stored[n.to_stored(i)], "fa") == ch
    # a word found in the normalised text is the whole written word in the stored text
    start = n.text.index("کتاب")
    s, e = n.span_to_stored(start, start + 4)
    assert stored[s:e] == "كتـــاب"
    s, e = n.span_to_stored(0, 5)
    assert stored[s:e] == "مي" + ZWNJ + "شود"
    assert n.to_stored(len(n.text)) == len(stored)


def test_stored_offsets_map_to_normalised_ones():
    stored = "a" + ZWNJ + ZWNJ + "b"
    n = normalize(stored, "fa")
    assert [n.to_normalized(j) for j in range(len(stored) + 1)] == [0, 1, 1, 1, 2]
    assert n.span_to_normalized(0, 4) == (0, 2)


def test_respelled_copies_normalise_alike():
    a = normalize("آمريكا مي" + ZWNJ + "گويد", "fa").text
    b = normalize("آمریکا میگوید", "fa").text
    assert a == b


_persian = st.text(alphabet="كيىیکابت ۱۲٫٬" + ZWNJ + "\u064e\u0640\u200f\u0670«»،.", max_size=40)


@given(_persian)
def test_map_round_trips_on_any_text(stored: str):
    n = normalize(stored, "fa")
    assert len(n.text) == len(stored) - sum(length for _, length in n.removed_at)
    for i in range(len(n.text) + 1):
        j = n.to_stored(i)
        assert 0 <= j <= len(stored)
        assert n.to_normalized(j) == i
    for i in range(len(n.text)):
        assert fold(stored[n.to_stored(i)], "fa") == n.text[i]


@pytest.mark.parametrize("language", ["en", "fa"])
def test_empty_text(language: str):
    n = normalize("", language)
    assert n.text == "" and n.to_stored(0) == 0 and n.span_to_stored(0, 0) == (0, 0)


@given(st.lists(_persian, min_size=8, max_size=12))
def test_long_texts_normalise_as_short_ones(parts: list[str]):
    # long texts take the str.replace path, short ones str.translate: the same result
    stored = " ".join(parts) * 3
    assert normalize(stored, "fa").text == "".join(fold(ch, "fa") for ch in stored)


def test_persian_presentation_forms_fold_to_letters_offsets_kept():
    stored = "ﺑﯿﮋن ﺟﻨﺘﯽ گفت"  # letter shapes stored instead of letters
    n = normalize(stored, "fa")
    assert n.text == "بیژن جنتی گفت" and not n.changed_offsets
    assert fold("ﻻ", "fa") == "ﻻ"  # a ligature stays: it would change the length
