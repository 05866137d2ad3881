"""A chant, a shout or what a sign reads is its makers' words, capitalised or not, each item of a
list of them too ("signs that read “Boycott X”, “Free Y” and …"); a book read is no such thing. A
judgement after "called the plan" ("“dangerous”") is the caller's words; a capitalised name after
it ("called the operation “Desert Gale”") stays a name."""

from __future__ import annotations

from refrain.quotes import find


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in find(text)]


def test_slogans_on_signs_are_the_holders_words_every_item() -> None:
    text = "Marchers in Lindau carried signs that read “Boycott Norland”, “Freedom for Varnia” and “Walls = shame”."
    assert _kinds(text) == [("partial", "Marchers")] * 3


def test_a_capitalised_chant_is_the_chanters_words() -> None:
    assert _kinds("The protesters chanted “Down with the Regent”.") == [("partial", "protesters")]
    assert (
        _kinds("After the vote, deputies shouted “Long Live Varnia” and “No to Norland”.")
        == [("partial", "deputies")] * 2
    )


def test_a_book_read_or_a_song_sung_is_a_title() -> None:
    assert _kinds("He read “The Quiet Republic” as a boy.")[0][0] == "scare"
    assert _kinds("The choir sang “Evening Psalm”.")[0][0] == "scare"


def test_a_judgement_after_called_the_plan_is_the_callers() -> None:
    assert _kinds("Premier Omid Kalani called the plan “dangerous”.") == [("partial", "Omid Kalani")]
    assert _kinds("Kalani called the plan “a failure”.") == [("partial", "Kalani")]


def test_a_name_after_called_the_operation_stays_a_name() -> None:
    assert _kinds("The army called the operation “Desert Gale”.")[0][0] == "scare"
    assert _kinds("The army launched the so-called operation “Breakwater”.")[0][0] == "scare"


def test_a_judging_word_in_reported_speech_is_the_speakers() -> None:
    text = "Omid Kalani also said Norland’s “failed” policy of threats has proven “ineffective”."
    assert _kinds(text) == [("partial", "Omid Kalani")] * 2


def test_a_policy_label_or_a_colour_stays_a_label() -> None:
    assert _kinds("He said the “maximum pressure” policy had failed.")[0][0] == "scare"
    assert _kinds("She noted that “red” zones now cover Lindau and Varn.")[0][0] == "scare"
    assert _kinds("Critics of the “failed” policy gathered.")[0][0] == "scare"


def test_a_plural_before_a_modal_is_no_speech_verb() -> None:
    text = "Kalani hoped the littoral states would adopt “sensible” rules."
    assert all(q.speaker != "littoral" and "littoral" not in (q.speaker or "") for q in find(text))


def test_a_judging_word_after_a_verb_of_praise_or_blame_is_the_subjects() -> None:
    for verb in ("commended", "lauded", "applauded"):
        (quote,) = find(f"Lund {verb} Tarsk’s “constructive” role in the talks.")
        assert (quote.kind, quote.speaker) == ("partial", "Lund")
