"""A short quote after a label's head and "of" ("a policy of “…”") or after "the terms" is a label,
not someone's words, whoever the sentence's subject is. Invented text."""

from refrain.quotes import find


def _kinds(text: str) -> dict[str, tuple[str, str | None]]:
    return {q.text: (q.kind, q.speaker) for q in find(text)}


def test_policy_of_short_quote_is_scare() -> None:
    text = "Minister Tomas Verlund said the council insists on a policy of “open-door” with its neighbours."
    kind, speaker = _kinds(text)["open-door"]
    assert kind == "scare" and speaker is None


def test_concept_of_short_quote_is_scare() -> None:
    text = "Senator Ilsa Marden warned that the concept of “river sovereignty” was spreading in Dalvania."
    assert _kinds(text)["river sovereignty"][0] == "scare"


def test_plural_terms_list_is_scare() -> None:
    text = "Elder Rasmo Quill praised the guards, stating that the terms “keeper” and “keepership” say it."
    found = _kinds(text)
    assert found["keeper"][0] == "scare" and found["keepership"][0] == "scare"


def test_words_said_stay_partial() -> None:
    text = "Minister Tomas Verlund said the plan was “reckless” and the talks “a failure”."
    found = _kinds(text)
    assert found["reckless"] == ("partial", "Tomas Verlund")
    assert found["a failure"][0] == "partial"


def test_mechanism_and_zone_name_their_label() -> None:
    found = _kinds("Minister Tomas Verlund said Dalvania may trigger the “fallback” mechanism next month.")
    assert found["fallback"] == ("scare", None)
    found = _kinds(
        "Health official Ilsa Marden said Kelmar and Dorvik were moved into “amber” zones on Monday."
    )
    assert found["amber"] == ("scare", None)
    found = _kinds("Minister Tomas Verlund said the mechanism was “unfair” to farmers.")
    assert found["unfair"] == ("partial", "Tomas Verlund")
