"""A post set off by commas before a name ("the current EU foreign policy chief, Ana Berg, said")
is that person's, so a later role phrase for it ("The EU foreign policy chief added") finds them;
a reporting clause after a name that is an object ("the execution of X, an EU spokesman said")
gives X no post."""

from __future__ import annotations

from refrain.quotes import find


def test_post_set_off_before_the_name_lets_a_later_role_phrase_find_them() -> None:
    text = (
        "After the envoy ended his visit, the current EU foreign policy chief, Ana Berg, said the sides "
        "would meet again. Berg said the talks had “gone better than expected”. "
        "The EU foreign policy chief added the “stalled” talks had been “reopened”."
    )
    assert [q.speaker for q in find(text)] == ["Ana Berg"] * 3


def test_a_reporting_clause_after_an_object_name_gives_it_no_post() -> None:
    text = (
        "The talks will go ahead despite the controversy over the arrest of Karel Vanek, an EU "
        "foreign service spokesman said on Monday. “I would not mix the two issues at all,” the EU "
        "spokesman said."
    )
    assert find(text)[0].speaker != "Karel Vanek"
