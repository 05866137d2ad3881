"""Quote speakers on invented text: a post with "and" in it ("Deputy Foreign Minister for Asia and
Pacific Affairs Karel Vandos", "the deputy minister for legal and consular affairs") is one post,
its holder the speaker; "the X Plan of Action" is no person; "the artist" goes on with the painter
just quoted; a sentence "The Daily reported that …" after a quoted question is a report of its own;
"according to Reuters" after a sentence that names its speaker only relays; "X expressed
satisfaction … He added" is X; "While President X presented …, he admitted" is X; "the governor
of Esterbo" is no person named Esterbo; a deity and a newspaper are no people."""

from __future__ import annotations

from quote_speakers import speakers

from refrain.entities.kinds import speaker_kind


def test_quoted_as_saying_with_a_post_that_has_and_in_it() -> None:
    text = (
        "VARAN – The river pact will be signed soon, Esterby media reported on Friday. “Soon, the heads "
        "of the three river boards will hold a summit,” Daily Varan quoted Norland's Deputy Foreign "
        "Minister for Asia and Pacific Affairs Karel Vandos as saying. “They will talk about the water "
        "of the region,” he said earlier this week."
    )
    assert speakers(text) == ["Karel Vandos", "Karel Vandos"]


def test_a_subject_post_with_and_in_it_is_the_named_holder() -> None:
    text = (
        "The summit on river care was held in Varan in December with many health ministers. Norland "
        "Minister of Health and Medical Education Karel Vandos attended the three-day summit and said "
        "that Norland must change its old approach. Referring to Varan's drug makers, he said: “A large "
        "part of the river markets is held by Varan firms.”"
    )
    assert speakers(text) == ["Karel Vandos"]


def test_a_lower_case_post_whose_field_has_and_is_the_post_not_its_field() -> None:
    text = (
        "VARAN – Norland Deputy Foreign Minister Karel Vandos said on Tuesday that “river diplomacy” is "
        "the most urgent need in the dry north.\n“Issues of water in the north should be studied as "
        "matters of security,” the top diplomat said at a conference. The deputy foreign minister for "
        "legal and international affairs called water shortage the “gravest problem” in the region."
    )
    assert speakers(text) == ["Karel Vandos", "Karel Vandos", "Karel Vandos"]


def test_a_plan_of_action_named_with_the_is_no_one_a_pronoun_goes_to() -> None:
    text = (
        "European Union foreign policy chief Lena Holm has said that work to save the 2015 water pact, "
        "known as the Joint Water Plan of Action, will be continued in 2019.\n“In March – after a "
        "meeting with the Water Ministers of Norland, Esterby and Varan, on the sidelines of the River "
        "Summit – river states have started to build a fund to let our farms keep their water. The work "
        "continues in 2019,” she wrote in an article titled “Ten things for 2019”."
    )
    assert speakers(text) == ["Lena Holm", None]


def test_the_artist_goes_on_with_the_painter_or_sculptor_quoted() -> None:
    text = (
        "VARAN – Sculptor Lena Holm’s new series “River Stones” shows the old river in a dark mood. "
        "Speaking with the Varan Post, Holm said her new series reflects the mood of the town.\n“I made "
        "the stones grey because the river is tired,” she said.\nThe artist also said that she may show "
        "the series in other towns. She also regretted that the old boats are gone.\n“We have tried to "
        "keep the boats. Now nobody has the time,” she added."
    )
    assert speakers(text) == [None, "Lena Holm", "Lena Holm"]


def test_a_report_of_its_own_after_a_quoted_question_is_no_cue() -> None:
    text = (
        "“On the river questions, there were no deals” from the other parties, Lena Holm, Varan Party "
        "general secretary, said on River TV.  “The question was: is the overall direction right, do we "
        "share a view of what should be done in this town?”  The Daily Norland reported that failure "
        "to reach a deal could have wide effects for the region."
    )
    assert speakers(text) == ["Lena Holm", "Lena Holm"]
    # but "asked that day" is the question's cue
    assert speakers("“Who will pay?” The Varan Post asked that day.") == ["Varan Post"]


def test_according_to_an_outlet_after_the_speakers_own_sentence_only_relays() -> None:
    text = (
        "The Paris-based River Watch Body (RWB) announced on May 2 that Varan has until June to fix its "
        "rules. The RWB concluded at its May 2 meeting that “some items are not done” and said in a "
        "statement it “expects Varan to move swiftly on the reforms”, according to Reuters."
    )
    assert speakers(text) == ["RWB", "RWB"]
    assert speakers("“Water is scarce in the north,” according to Reuters.") == ["Reuters"]


def test_he_added_after_someone_else_expressed_satisfaction_is_that_person() -> None:
    text = (
        "Varan President Karel Vandos arrived in Norland on Sunday.\nLeader Ali Ramin added, “These "
        "plots can be overcome through cooperation.” He also said Norland is serious about trade with "
        "Varan. During the meeting, which was attended by Vice President Omid Karan, Vandos expressed "
        "satisfaction with his new visit to Norland. He added, “The late president of Varan knew "
        "Norland well.”"
    )
    assert speakers(text) == ["Ali Ramin", "Karel Vandos"]


def test_he_after_a_fronted_while_clause_is_its_subject() -> None:
    text = (
        "Omid Karan, director for the river desk at the Norland Water Ministry, said the board will "
        "send a note to the bank. Sanctions are nothing new for Norland. While President Karel Vandos "
        "presented next year's budget to the parliament, he admitted that the \"unjust\" sanctions will "
        "hurt growth, but will not bring Norland \"to its knees.\""
    )
    assert speakers(text) == ["Karel Vandos", "Karel Vandos"]


def test_the_governor_of_a_place_is_no_person_named_after_the_place() -> None:
    text = (
        "On Saturday, the regional governor of Esterbo said the troops had fired drones at the region "
        "overnight, inflicting \"some damage to roads and bridges\" at the Varan airfield."
    )
    assert speakers(text) == ["regional governor of Esterbo"]


def test_a_deity_and_an_arab_newspaper_are_no_people() -> None:
    assert speaker_kind("Almighty Allah") != "person"
    assert speaker_kind("God") != "person"
    assert speaker_kind("Alah") == "person"  # a man's name written like it stays one
    assert speaker_kind("Al Araby Al Jadeed") == "organisation"


def test_a_war_is_an_event_no_person_and_no_it_that_speaks() -> None:
    assert speaker_kind("Norland War") != "person"
    text = (
        "The Norland War on Drought started in 2001 and went on for years. But it was only Varan that "
        "did not fear and answered Vandos: \"We are neither with you, nor with the drought!\""
    )
    assert speakers(text) == [None]


def test_a_port_is_a_place_no_he_goes_to() -> None:
    text = (
        "Varan Port development, which has also received a waiver from Norland, is the sole deep sea port "
        "of the north.   During an interview with the Varan Times in January 2017, I had the pleasure of "
        "meeting Esterby Ambassador to Varan Karel Vandos, who will be ending his term in Varan in the "
        "near future. He emphasized that “Varan is a very important symbol of cooperation between "
        "Esterby and Varan,” adding the private sector will be the major investor."
    )
    assert speakers(text) == ["Karel Vandos"]


def test_they_after_a_counted_group_of_bodies_is_that_group() -> None:
    text = (
        "Over 50 river-care groups in Norland have slammed the dam plan, calling on the council to stand "
        "against it.\nIn a statement addressed to the council on Wednesday, the groups, which represent "
        "thousands of farmers, outlined their demands, according to rivernews.org. They also urged the "
        "council to drop the plan. They said that the dam would “dry out the lower valley,” “hurt the "
        "fish” and “break the old water pact.”"
    )
    assert speakers(text) == ["Over 50 river-care groups in Norland"] * 3


def test_even_opening_a_sentence_is_no_part_of_its_subject() -> None:
    text = (
        "Norland's leader Karel Vandos has refused to step down. Even the Varan ambassador has abandoned "
        "him, saying his boss has “put Norland on a dangerous path.”"
    )
    assert speakers(text) == ["Varan ambassador"]


def test_the_ministry_paragraphs_after_its_name_is_that_ministry() -> None:
    text = (
        "VARAN – The Norland Ministry of Water has put out a statement listing the dams it repaired "
        "over the last years.  The statement said the ministry had worked in every province.  The "
        "ministry said it repaired four dams in the north in May.  After that, a team in Esterby was "
        "formed. The team worked for six months.  It also said it fixed several canals in the south.  "
        "Also, the ministry said the teams had received money from the river fund.  The ministry said "
        "it has warned the river boards about the dry season.  “Norland is taking care of every "
        "river,” it said."
    )
    assert speakers(text) == ["Norland Ministry of Water"]


def test_the_statement_after_a_body_announced_something_is_that_bodys() -> None:
    text = (
        "The Water Ministry of Esterby announced last month that the river police raided the dam camp. "
        "The raid was carried out under the river laws.  “Today's raid was carried out in line with "
        "the law,” the statement said."
    )
    assert speakers(text) == ["Water Ministry of Esterby"]


def test_a_description_then_a_named_aside_after_the_quote_is_the_name() -> None:
    text = (
        "Karel Vandos told the state news agency VNA that the axis is now strong. On Sunday, a senior "
        "lawmaker said Norland's drone power ensures security at a time when military tools are deciding "
        "things.  “Today is not only the age of talks, but also the age of drones,” the lawmaker, Omid "
        "Karan, who is a member of the parliament’s presiding board, said, according to VNA."
    )
    assert speakers(text) == ["Omid Karan"]


def test_the_statement_as_a_subject_is_the_body_that_just_spoke() -> None:
    text = (
        "The Varan Guard declared on Monday that the river camp had been closed. The statement said the "
        "guards had left the camp at dawn. “The camp will stay closed until the spring,” it added."
    )
    assert speakers(text) == ["Varan Guard"]


def test_a_passive_inside_reported_speech_is_no_speaker_and_a_figure_never_is() -> None:
    text = (
        "Norland Foreign Minister Karel Vandos said earlier on Saturday that the truce was agreed upon "
        "after nearly 10 hours of “substantive” talks between Varan and Esterby."
    )
    assert speakers(text) == ["Karel Vandos"]
    text = (
        "At the vote of 31 March 1991, 99.08% of the people voted yes to one single question: “Do you "
        "back the return of the old river charter of Varan?”"
    )
    assert speakers(text) == [None]
