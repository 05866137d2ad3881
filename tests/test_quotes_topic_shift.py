"""Role phrases: not the next person named after "Separately,"; a post with its "of" phrase is the post."""

from refrain.quotes import find


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find(text) if q.kind == "direct"]


def test_a_person_named_after_a_turn_to_another_matter_is_not_the_role_phrase() -> None:
    text = (
        "Crews are racing to restore power in Varnia. The energy minister told reporters: “Half of "
        "the lines will be repaired by Friday.” Separately, a deputy minister, Tomas Ardell, said: "
        "“The new bridge will open in the spring.”"
    )
    speakers = _speakers(text)
    assert speakers[0] != "Tomas Ardell" and "minister" in (speakers[0] or "")
    assert speakers[1] == "Tomas Ardell"


def test_the_next_person_named_speaking_still_names_a_lead_role_phrase() -> None:
    text = (
        "The defense minister of Varnia has said the drills will go on. “We will not stop,” Piotr Lang said."
    )
    assert _speakers(text) == ["Piotr Lang"]


def test_a_post_with_its_of_phrase_is_the_speaker_not_the_body_it_names() -> None:
    text = (
        "TARSK – Leader of the Varnian Republic told reporters on Tuesday it was “wrong” to trust the plan."
    )
    assert [q.speaker for q in find(text)] == ["Leader of the Varnian Republic"]
    text = (
        "Leader of the Varnian Republic Ayatollah Kamal Vostad met students. The Leader of the Varnian"
        " Republic told reporters on Tuesday it was “wrong” to trust the plan."
    )
    assert [q.speaker for q in find(text)] == ["Kamal Vostad"]
