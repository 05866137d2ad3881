"""An interview's answers are the interviewee's when the lead says who "has answered" the outlet's
questions (invented text; the shape a hand check of a fresh Tehran Times sample found credited to
the outlet)."""

from __future__ import annotations

from refrain.claims import find as find_claims


def test_the_person_who_answered_the_questions_states_the_answers_figures():
    text = (
        "Dara Venn, an adviser to the Norland harbour board, blames the dredging firms. According to "
        "Venn, the port lost trade. In what follows, Dara Venn has answered a few questions from our "
        "paper on the port.\n"
        "Q: Why did the port lose trade?\n"
        "A: Because the channel silted up. Ships carrying 40,000 tons could no longer enter."
    )
    found = [(c.value, c.claimant) for c in find_claims(text, outlet="Daily Lark", language="en")]
    assert found == [(40_000, "Dara Venn")]
