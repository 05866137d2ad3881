"""'continue to' before a speech verb is still speech ("continued to insist that “…”"), while
before any other verb it reports nothing ("continues to build a “…”"); invented text."""

from __future__ import annotations

from refrain.quotes import find


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in find(text)]


def test_continue_to_before_a_speech_verb_keeps_the_speaker() -> None:
    assert _speakers("Lena Ortiz continued to warn that “the river is low.”") == [("partial", "Lena Ortiz")]
    text = "Tomas Velin continues to insist that the plan is “a fair deal for the coast.”"
    assert _speakers(text) == [("partial", "Tomas Velin")]
    assert _speakers("“The river is low,” Lena Ortiz continued to warn.") == [("direct", "Lena Ortiz")]


def test_continue_to_before_another_verb_is_no_cue() -> None:
    text = "The port authority continues to build a “harbour league” along the coast."
    assert _speakers(text) == [("scare", None)]
