"""A paragraph quoted from its start whose opening mark was lost: the closing mark and the cue after it
make the sentence before the mark a quotation; a closing mark with no cue stays a stray mark.
Invented text."""

from refrain.quotes import find


def test_paragraph_without_its_opening_mark_is_a_quote() -> None:
    text = (
        "Minister Tomas Verlund spoke in Dalvania on Monday.\n"
        "Our view is that without the farmers of the valley no plan for the river can last,”"
        " Verlund told the council on Monday.\n"
    )
    quotes = find(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text.startswith("Our view is") and q.text.endswith("can last,")
    assert q.kind == "direct" and q.speaker == "Tomas Verlund"


def test_only_the_quoted_sentence_of_a_run_together_paragraph() -> None:
    text = (
        "Envoy Ilsa Marden visited Kelmar on Friday. She met the port council there."
        ' Once the port opens, which we hope will be next year, trade will double," Marden told reporters.\n'
    )
    (q,) = find(text)
    assert q.text.startswith("Once the port opens") and q.speaker == "Ilsa Marden"


def test_closing_mark_without_a_cue_is_stray() -> None:
    text = "The council of Dalvania met for the third time this week in the old hall.” Then the rain came.\n"
    assert find(text) == []


def test_short_clause_before_the_mark_is_not_enough() -> None:
    assert find("He went home,” he said on Monday.\n") == []


def test_a_run_on_quote_ended_by_another_s_sentence_stays_one_quote() -> None:
    # paragraphs run together (“A. “B.”): B goes on with A's speaker, although the next sentence
    # has a cue of its own (it is the next speaker's, not B's)
    text = (
        "“Defending the country is a top priority,” said Lena Vos, the minister, according to Radio "
        "Norland. “As part of our work we have set up a small team of experts to answer. “This work "
        "includes regular talks with the firms, which are well placed to act.” Tarsk’s Foreign Ministry "
        "spokesman Omid Kalani said he welcomed the unit."
    )
    found = find(text)
    assert [q.speaker for q in found] == ["Lena Vos"]
    assert len(found[0].pieces) == 3
