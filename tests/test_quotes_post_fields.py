"""Quote speakers on invented text: a post whose field is written in lower case before the name
("UN commissioner for river rights Varek Senni", "standing delegate to river councils in Geneva
Karel Vand") is the named person's; "member states", "the Arab states" name states, never the
speech verb "states"; a long present post in a relative clause ("who is Norland's Ambassador and
Standing Delegate to … in Esterby") is the person's, so "the ambassador" later is them, but not
"the Russian ambassador" when the post is another country's; a dateline and a body's acronym are no part of
a post."""

from __future__ import annotations

from quote_speakers import speakers

from refrain import quotes


def test_a_post_with_a_lower_case_field_before_the_name_is_the_named_person() -> None:
    text = (
        "Esterby councillors backed the dam plan on Tuesday, the Varan Courier wrote. UN commissioner "
        "for river rights Varek Dal’ur Al Senni condemned the plan. “The valley people must keep their "
        "wells,” the Courier quoted him as saying. He added, “Every one of these dams breaks the old "
        "water pact of the valley.”"
    )
    assert speakers(text) == ["Varek Dal’ur Al Senni", "Varek Dal’ur Al Senni"]
    text = (
        "Norland’s standing delegate to river councils in Geneva Karel Vand wrote on Saturday that the "
        "fund has no clear rule. “The council must settle these doubts before the next session,” he posted."
    )
    assert speakers(text) == ["Karel Vand"]


def test_the_field_must_run_on_to_a_name() -> None:
    # "for years" then a lower-case verb: no field, no name; the minister stays the description
    text = (
        "The minister for years said little. “We will not sign this pact under pressure,” the minister said."
    )
    assert speakers(text) == ["minister"]


def test_states_after_a_modifier_of_states_is_the_noun_not_the_speech_verb() -> None:
    text = (
        "The envoy Karel Vandos said Norland hopes for steps taken by the Council and its "
        "river-sharing member states against such dams.\n\n“The blame for any flood in the valley will "
        "rest with the Council alone,” he continued."
    )
    assert speakers(text) == ["Karel Vandos"]
    text = (
        "The Arab states said in a statement: “We reject the dam plan and ask for talks.” Gulf states "
        "said, “We reject the dam plan.” The charter states that “the river belongs to every shore”."
    )
    assert speakers(text) == ["Arab states", "Gulf states", "charter"]
    # a number before it too: "two separate states" is no one speaking
    text = (
        "Lena Holm, the Union’s river commissioner, said “any dam that would cut the flow” to create "
        "two separate states “must never be built.”"
    )
    assert speakers(text) == ["Lena Holm", "Lena Holm"]


_LONG_POST = (
    "The diplomat, Karel Vandos, who is Norland’s Ambassador and Standing Delegate to the northern river "
    "and harbour councils in Esterby, spoke first. “We will answer the council,” Vandos wrote.\n\n"
)


def test_a_long_present_post_in_a_relative_clause_is_the_person_s() -> None:
    text = _LONG_POST + (
        "The ambassador said Norland hopes for steps taken by the Council. “The blame rests with the "
        "Council,” he continued."
    )
    assert speakers(text) == ["Karel Vandos", "Karel Vandos"]


def test_a_post_held_in_one_country_is_not_another_country_s() -> None:
    # the relative clause gives Vandos China's post; "the Russian ambassador" is still not him
    text = (
        "Chinese envoy Karel Vandos met reporters. "
        + _LONG_POST.replace("Norland’s", "China’s")
        + (
            "Earlier that day, the Russian ambassador had said the council would meet later. “The council "
            "session moves to Friday,” he added."
        )
    )
    assert speakers(text)[-1] != "Karel Vandos"


def test_a_dateline_is_no_part_of_the_post() -> None:
    text = (
        "OSLO - Harbour Ministry spokesman Karel Vandos has reiterated Norland’s wish to widen ferry links "
        "with its neighbours. In a talk with the radio aired on Tuesday, he said the visits showed "
        "Norland’s “open hand” toward the islands."
    )
    found = quotes.find(text, language="en")
    assert [(q.speaker, q.role) for q in found] == [("Karel Vandos", "Harbour Ministry spokesman")]


def test_a_body_s_acronym_in_parentheses_is_no_part_of_the_post() -> None:
    text = (
        "Karel Vandos warned that the ferry plan would fail. As Vandos, who is Norland Ferry Company's "
        "(NFC) former chief planner for routes, put it: “The timetable cannot hold for long.”"
    )
    found = quotes.find(text, language="en")
    assert [(q.speaker, q.role) for q in found] == [("Karel Vandos", "former chief planner for routes")]


def test_a_list_ending_a_post_set_off_by_commas_is_still_the_post() -> None:
    text = (
        "The ceremony was moved to the old hall. Karel Vandos, the Harbour Ministry’s director general "
        "for Rivers, Lakes and Wells, said on the eve of the event: “Under the new plan, some 7,000 "
        "pupils will gather at the hall tomorrow morning”."
    )
    assert speakers(text) == ["Karel Vandos"]
