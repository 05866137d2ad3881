"""Money written with a currency code or symbol before the figure, glued or spaced, and currency
names after it (invented text)."""

import pytest

from refrain.claims import find


def _money(text: str) -> list[tuple[float, str | None]]:
    return [(c.value, c.unit) for c in find(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Orvel Holdings said its trade rose to RM4.52 billion in 2019.", 4.52e9, "MYR"),
        ("Orvel Holdings said the dam cost RM 4.52 billion.", 4.52e9, "MYR"),
        ("The Tamsin board said exports reached Rs500 million last year.", 5e8, "RUPEE"),
        ("The Tamsin board said the road cost Rs.80 crore.", 8e8, "RUPEE"),
        ("The Kelvar mayor said the port earned Rp 12,000 billion.", 1.2e13, "IDR"),
        ("The Brisa fund said sales hit HK$3.2 billion.", 3.2e9, "HKD"),
        ("The Brisa fund said it raised S$40 million.", 4e7, "SGD"),
        ("The Brisa fund said it raised A$7 million.", 7e6, "AUD"),
        ("The Brisa fund said it raised NZ$9 million.", 9e6, "NZD"),
        ("The Brisa fund said it raised C$2 million.", 2e6, "CAD"),
        ("The Brisa fund said it raised US$2 million.", 2e6, "USD"),
        ("The Marro council said the bridge cost USD 6 billion.", 6e9, "USD"),
        ("The Marro council said the bridge cost USD6 billion.", 6e9, "USD"),
        ("The Marro council said the bridge cost EUR 3.5 million.", 3.5e6, "EUR"),
        ("The Marro council said the school cost IRR 900 billion.", 9e11, "IRR"),
        ("The Marro council said the school cost Rls.140 million.", 1.4e8, "IRR"),
        ("The Marro council said the mall cost AED 75 million.", 7.5e7, "AED"),
        ("The Marro council said the mall cost SAR 12 million.", 1.2e7, "SAR"),
        ("The Marro council said the mill cost CNY 8 billion.", 8e9, "CNY"),
        ("The Marro council said the mill cost TRY 30 million.", 3e7, "TRY"),
        ("The Marro council said the mill cost RUB 30 million.", 3e7, "RUB"),
        ("The Marro council said the mill cost ₺30 million.", 3e7, "TRY"),
        ("The Marro council said the mill cost €30 million.", 3e7, "EUR"),
        ("The Marro council said the mill cost ₹30 crore.", 3e8, "RUPEE"),
        ("The Marro council said the mill cost Dh45.5 billion.", 4.55e10, "DIRHAM"),
        ("The Marro council said the mill cost euro2.5 million.", 2.5e6, "EUR"),
        ("The Marro council said the mill cost CHF90 million.", 9e7, "CHF"),
    ],
)
def test_currency_before_the_figure(text: str, value: float, unit: str) -> None:
    assert _money(text) == [(pytest.approx(value), unit)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Orvel Holdings said the dam cost 4.52 billion ringgit.", 4.52e9, "MYR"),
        ("Orvel Holdings said the dam cost 80 billion rupiah.", 8e10, "IDR"),
        ("Orvel Holdings said the dam cost 80 billion renminbi.", 8e10, "CNY"),
        ("Orvel Holdings said the dam cost 80 million dirhams.", 8e7, "DIRHAM"),
        ("Orvel Holdings said the dam cost 80 million manats.", 8e7, "MANAT"),
        ("Orvel Holdings said the dam cost 80 million somoni.", 8e7, "TJS"),
        ("Orvel Holdings said the dam cost 80 million afghanis.", 8e7, "AFN"),
        ("Orvel Holdings said the dam cost 80 million liras.", 8e7, "LIRA"),
        ("Orvel Holdings said the dam cost 80 million roubles.", 8e7, "RUB"),
        ("Orvel Holdings said the dam cost 80 billion TRY.", 8e10, "TRY"),
    ],
)
def test_currency_after_the_figure(text: str, value: float, unit: str) -> None:
    assert _money(text) == [(pytest.approx(value), unit)]


def test_scale_word_after_unread_glued_digits_is_no_figure() -> None:
    # "XQ4.5": digits glued to letters that are no currency are not read; "billion" alone is no figure
    assert _money("The Quarn report said trade hit XQ4.5 billion in 2019.") == []


def test_codes_that_are_words_need_capitals() -> None:
    assert [u for _, u in _money("Of the 9 boats, 5 try to reach the Quarn shore.")] == [None, None]
    assert _money("The Quarn bank said try 5 options.")[0][1] is None


def test_capitalised_afghani_is_people_not_money() -> None:
    assert _money("Some 4,300 Afghani guards joined the Quarn patrol.")[0][1] != "AFN"


def test_letter_symbol_starts_a_word() -> None:
    # "HK$" is Hong Kong dollars, never US dollars; a plain "$" stays USD
    assert _money("The Brisa fund said it paid $3 million.") == [(pytest.approx(3e6), "USD")]
