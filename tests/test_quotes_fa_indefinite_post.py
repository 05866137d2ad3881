"""«یک» before a post ("علی کریمی یک مقام پلیس این شهر گفت:") is the indefinite opening the
post, never the last word of the name before it."""

from __future__ import annotations

import pytest

from refrain.quotes import find


@pytest.mark.parametrize(
    "text",
    [
        "به گزارش خبرگزاری محلی، سرهنگ بهرام نیک‌نام یک مقام پلیس این شهر گفت: موشک‌ها به دیوار شهرداری اصابت کرد.",
        "به گزارش خبرگزاری محلی، بهرام نیک‌نام یک مقام پلیس این شهر گفت: موشک‌ها به دیوار شهرداری اصابت کرد.",
    ],
)
def test_the_indefinite_before_a_post_is_no_part_of_the_name(text: str) -> None:
    (quote,) = find(text, language="fa")
    assert quote.speaker == "بهرام نیک‌نام"


def test_a_name_then_the_indefinite_and_a_post_keeps_the_post() -> None:
    text = "بهرام نیک‌نام یک مقام پلیس این شهر گفت: موشک‌ها به دیوار شهرداری اصابت کرد."
    (quote,) = find(text, language="fa")
    assert quote.role is not None and quote.role.startswith("مقام")
