"""Quote speakers on invented text: who goes on speaking. "The Esterby foreign minister further
mentioned …" right after a named speaker is that speaker; "the second official" is another one,
never the last named; "One of the officials …" is one of them; "This was confirmed by the
rapporteur, X. He said" is X; "…” to end the war, X said, adding that …" is X, not the speaker of
the quotation before; "X, who served as a fellow at the Y Institute (YI), also says" is X; "the
tests had added a “new layer …”" reports nobody's words."""

from __future__ import annotations

from quote_speakers import speakers

from refrain import quotes


def test_a_post_that_goes_on_after_its_named_speaker_is_that_speaker() -> None:
    text = (
        "Asked about the talks, Omid Karan stressed “there can only be talks”. “We have had four "
        "wars in four decades,” he said. “We cannot take more,” stressed Karan. The Iranian interior "
        "minister further noted that trust must grow between the states. “Norland has missiles "
        "with a longer range than ours. Ours are not built that way.”"
    )
    assert speakers(text) == ["Omid Karan"] * 4


def test_a_post_after_another_person_was_named_does_not_go_on() -> None:
    text = (
        "Omid Karan met Ivan Petrovsky in Moscow. “We talked about the river,” said Karan. The "
        "Russian foreign minister also said “the talks were good.”"
    )
    assert speakers(text)[1] != "Omid Karan"


def test_the_second_official_and_one_of_the_officials_are_no_one_named_before() -> None:
    text = (
        "Karel Vandos, the Norland envoy, praised the talks. According to the two Varan officials, "
        "the meeting took place last month. One of the officials, who works at the Varan foreign "
        "ministry, said there was “a warm answer from both sides.” The second official said, “The "
        "aim is calm.”"
    )
    assert speakers(text) == ["one of the officials", "second official"]


def test_he_after_a_passive_agent_is_the_agent() -> None:
    text = (
        "The second official said, “The aim is calm.” This account was confirmed by the reporter of "
        "the assembly's border panel, Amer Al-Fayez. He said, “Varan has begun to mediate.”"
    )
    assert speakers(text) == ["second official", "Amer Al-Fayez"]


def test_a_closing_clause_before_adding_that_names_the_speaker() -> None:
    text = (
        "The envoy came to Varan. “Nobody may rule these people as they like,” Vandos was "
        "quoted as saying by the Varan daily. In a meeting in November, Omid Karan, a senior aide to "
        "the foreign minister, spoke about the region.  “A quick stop to the clashes, an end to the "
        "siege and talks among the Esterby sides are some basic needs” to end the five-year war "
        "there, Karan said, adding that Norland would welcome more work on it."
    )
    found = quotes.find(text, language="en")
    assert [q.speaker for q in found] == ["Vandos", "Omid Karan"]
    # the speaker's span is the name in the closing clause, not the words from the quote up to it
    assert found[1].speaker_mention is not None and found[1].speaker_mention.text == "Karan"


def test_a_relative_clause_with_brackets_before_the_verb_leaves_the_name() -> None:
    text = (
        "“The deal will hold for a while,” Karel Vandos tells the Tehran Times. The lesson is plain. "
        "Vandos, who was for years a fellow at the Norland Institute of Sea Studies "
        "(NISS), also says “the raid was probably carried out by a neighbour.”"
    )
    assert speakers(text) == ["Karel Vandos", "Karel Vandos"]


def test_adding_a_thing_reports_no_words() -> None:
    text = (
        "Karel Vandos said the tests by rivals Esterby and Norland three years ago had added a “new "
        "layer to the old tensions” that threaten the region."
    )
    assert speakers(text) == ["Karel Vandos"]
