"""A word's sense given in quotes ("an epithet that meant “devil”") and the first item of a list
after a colon ("consists of five parts: “smart housing”, social services …") are nobody's words;
a reporting clause after a quote set off by a comma still attributes it."""

from __future__ import annotations

from refrain.quotes import find


def test_a_gloss_after_meant_or_meaning_is_scare() -> None:
    text = (
        "The novelist called the old king “Malgor,” a mocking name given to him by his rivals that meant "
        "“wolf” or “false shepherd.”"
    )
    assert [(q.kind, q.speaker) for q in find(text)][1:] == [("scare", None), ("scare", None)]


def test_a_list_item_after_a_colon_is_scare() -> None:
    text = "The plan for the new villages consists of five parts: “smart housing”, social services, farming and energy."
    assert [(q.kind, q.speaker) for q in find(text)] == [("scare", None)]


def test_a_short_quote_after_a_colon_with_its_reporting_participle_is_attributed() -> None:
    [quote] = find("Minister Ivo Lenk told reporters: “Never again”, adding that the talks were over.")
    assert (quote.kind, quote.speaker) == ("direct", "Ivo Lenk")
