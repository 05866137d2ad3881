"""Quote speakers on invented text: who a relayed or issued quotation belongs to, and words that
are no speaker. "According to Varan News, X said …" leaves the next bare quotation X's; a statement
after a body "voiced an appeal" (an opening phrase before it) is that body's; a joint statement
"put out by A, B, and C" is theirs; "the international rights group" is the rights body named
before; a body known by name ("Human Rights Watch", "Hamas") is never a "he"; "According to
Fisheries Minister, X," is X; "X two centuries ago wrote" is X; "the aide" of an article that says
its aide asked not to be named is nobody named; "they" after "Members of the
guild criticized …" is the members, never a body named before them, nor an outlet ("Varan News
asked the officials, but they refused"). No speaker is made of a plural
noun after a count ("two separate reports"), of a plural owner's noun ("farmers’ demands"), of
an aside after a dash ("– what he called"), or of a verb before a relative's antecedent ("have
waved away opponents who")."""

from __future__ import annotations

from quote_speakers import speakers

from refrain.entities.kinds import speaker_kind


def test_an_outlet_cited_with_according_to_only_relays_the_speaker_of_the_next_quote() -> None:
    text = (
        "According to Varan News, Karel Vandos said that a “strong Esterby” could help the region. "
        "“Esterby must stand on its own feet.” The roads were discussed later."
    )
    assert speakers(text) == ["Karel Vandos", "Karel Vandos"]


def test_a_statement_after_a_body_voiced_an_appeal_is_the_bodys() -> None:
    text = (
        "Flood relief Worried by the rising water, the Norland Relief Fund (NRF) voiced an appeal to "
        "all sides on Monday to keep the roads open. “Families continue to pay the highest price,” "
        "the statement declared."
    )
    assert speakers(text) == ["Norland Relief Fund"]


def test_a_statement_before_whose_author_is_unread_is_no_earlier_bodys() -> None:
    text = (
        "The Norland Relief Fund urged calm on Monday. Members of a growers’ guild attacked the new "
        "port fees on Tuesday. They voiced their anger in a statement handed to the chamber late in "
        "the day, Varan News reported. “These fees insult every grower,” the statement read."
    )
    assert speakers(text)[0] not in {"Norland Relief Fund", "Varan News"}


def test_a_joint_statement_put_out_by_a_list_of_states_is_theirs() -> None:
    text = (
        "Esterby and Norland will swap envoys again. According to the joint communique put out by "
        "Esterby, Norland, and Varan, “The border line is settled for good.” The communique added, "
        "“Trade posts open in May.”"
    )
    assert speakers(text) == ["Esterby, Norland, and Varan"] * 2


def test_the_rights_group_is_the_rights_body_named_before() -> None:
    text = (
        "Amnesty International has raised the case of two Esterby activists sent into exile. Karel "
        "Vandos was beaten in his cell, Amnesty said.\n"
        "The international rights group listed more such cases and said, “No one should be exiled "
        "for a song.”"
    )
    assert speakers(text) == ["Amnesty International"]


def test_a_body_known_by_name_is_no_he() -> None:
    text = (
        "President Karel Vandos of Esterby faces new questions. There is more than enough evidence "
        "for an inquiry, and the reports of Human Rights Watch add to it. If the findings are not "
        "enough, there are Vandos’s own harsh words. “I would be happy to crush them all,” he told "
        "reporters."
    )
    assert speakers(text) == ["Karel Vandos"]
    assert speaker_kind("Hamas") == speaker_kind("Amnesty International") == "organisation"


def test_according_to_a_post_set_off_before_its_holder_is_the_holder() -> None:
    text = (
        "TEHRAN – The Roads and Housing Ministry has set up a fund. According to Roads and Housing "
        "Minister, Omid Karan, “The fund was planned in the last budget.”\n\n"
        "According to Fisheries Minister, Karel Vandos, “The catch is up.”"
    )
    assert speakers(text) == ["Omid Karan", "Karel Vandos"]


def test_a_time_phrase_with_ago_is_no_part_of_the_speaker() -> None:
    text = "The poet Karel Vandos two centuries ago wrote: “The river keeps its own time.”"
    assert speakers(text) == ["Karel Vandos"]


def test_plural_nouns_after_a_count_or_an_owner_make_no_speaker() -> None:
    text = (
        "Karel Vandos in a televised address on Sunday pledged to build a “house of fairness and "
        "peace” and to work to meet farmers’ demands for roads.\n\n"
        "In two separate reports, the Norland rights group has given details about a trial which "
        "relied on “admissions” made under pressure. Two brothers were expelled, the group said."
    )
    found = speakers(text)
    assert found[0] in {None, "Karel Vandos"}
    assert found[1] is None or "separate" not in found[1]


def test_a_dash_aside_and_a_verb_before_a_relative_make_no_speaker() -> None:
    text = (
        'Q: You have waved away opponents who are asking for more boats as "little children" on the '
        "web. A: People are on edge.\n\n"
        "It is the old warning: the loss of “common bonds” – what he called in Varan “hamdeli”. "
        "And the trend goes on."
    )
    found = speakers(text)
    assert found[0] not in {"waved away opponents", "waved opponents"}
    assert found[1] is None or "what" not in found[1]


def test_a_post_the_article_leaves_anonymous_is_nobody_named() -> None:
    text = (
        "President Karel Vandos met the envoys. Vandos “wants a deal” and would sit down with anyone, "
        "the aide said. “He dislikes all this war talk,” which to his mind recalls the river war, "
        "said the aide, who asked not to be named."
    )
    assert speakers(text) == ["aide", "aide"]


def test_an_outlet_is_no_they() -> None:
    text = (
        "Al-Monitor asked several Esterby officials for a view, but they declined, calling the matter "
        "“too touchy” for now."
    )
    assert speakers(text) == [None]
