"""Quote speakers on invented text: a post with "and" in it ("Deputy Water Minister for Lakes and
Coastal Affairs Karel Vandos", "the deputy water minister for lakes and coastal works") is one post,
its holder the speaker; "the X Plan of Action" is no person; "the artist" goes on with the sculptor
just quoted; a sentence "The Daily reported that …" after a quoted question is a report of its own;
"according to Reuters" after a sentence that names its speaker only relays; "X voiced satisfaction
… He added" is X; "While President X handed …, he conceded" is X; "the governor of Esterbo" is no
person named Esterbo; a war, a deity and a newspaper are no people; "the ministry" and "the
statement" stand for the body named or speaking before; a named aside after a description; "they"
after a counted group; a port is a place; a passive inside reported speech and a figure never
speak."""

from __future__ import annotations

from quote_speakers import speakers

from refrain.entities.kinds import speaker_kind


def test_quoted_as_saying_with_a_post_that_has_and_in_it() -> None:
    text = (
        "VARAN – The lake accord should be ready by spring, Esterby radio said on Friday. “By April the "
        "three lake boards will sit down together,” Daily Varan quoted Norland's Deputy Water Minister "
        "for Lakes and Coastal Affairs Karel Vandos as saying. “The boards will share out the summer "
        "water,” he told reporters this week."
    )
    assert speakers(text) == ["Karel Vandos", "Karel Vandos"]


def test_a_subject_post_with_and_in_it_is_the_named_holder() -> None:
    text = (
        "A bridge fair opened in Varan in December with road builders from six towns. Norland Minister "
        "of Roads and Urban Planning Karel Vandos toured the fair and said that Norland must rethink its "
        "old tolls. Turning to Varan's steel mills, he said: “Most of the bridge steel in the north now "
        "comes from Varan mills.”"
    )
    assert speakers(text) == ["Karel Vandos"]


def test_a_lower_case_post_whose_field_has_and_is_the_post_not_its_field() -> None:
    text = (
        "VARAN – Norland Deputy Water Minister Karel Vandos told a forum on Tuesday that “lake care” "
        "comes before every other task in the dry north.\n“Every lake plan must be weighed as a matter "
        "of safety,” the deputy minister stressed. The deputy water minister for lakes and coastal "
        "works called the drought the “worst in memory” for the north."
    )
    assert speakers(text) == ["Karel Vandos", "Karel Vandos", "Karel Vandos"]


def test_a_plan_of_action_named_with_the_is_no_one_a_pronoun_goes_to() -> None:
    text = (
        "European Union foreign policy chief Lena Holm has written that the 2015 water pact, known as the Joint "
        "Water Plan of Action, must be kept alive next year.\n“In March – after talks with the Water "
        "Ministers of Norland, Esterby and Varan, beside the River Summit – the river states began a "
        "fund so that our farms keep their water. That work goes on next year,” she wrote in a column "
        "titled “Ten tasks for the new year”."
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
        "“On the lake tolls, nobody gave ground” in the talks, Lena Holm, Varan Party general secretary, "
        "said on River TV.  “The question was: are we heading the same way, and do we share one idea of "
        "the town's future?”  The Daily Norland reported that a failed deal could unsettle the whole "
        "region."
    )
    assert speakers(text) == ["Lena Holm", "Lena Holm"]
    # but "asked that day" is the question's cue
    assert speakers("“Who will pay?” The Varan Post asked that day.") == ["Varan Post"]


def test_according_to_an_outlet_after_the_speakers_own_sentence_only_relays() -> None:
    text = (
        "The Paris-based River Watch Body (RWB) gave Varan until June to mend its lake rules. The RWB "
        "found at its May meeting that “some tasks are still open” and said in a note it “wants Varan "
        "to act fast on the reforms”, according to Reuters."
    )
    assert speakers(text) == ["RWB", "RWB"]
    assert speakers("“Water is scarce in the north,” according to Reuters.") == ["Reuters"]


def test_he_added_after_someone_else_voiced_satisfaction_is_that_person() -> None:
    text = (
        "Varan President Karel Vandos arrived in Norland on Sunday.\nLeader Ali Ramin added, “These "
        "schemes fail when neighbours work together.” He also said Norland wants more trade with Varan. "
        "At the talks, where Vice President Omid Karan was also present, Vandos voiced satisfaction "
        "with the trip. He added, “The late president of Varan knew Norland well.”"
    )
    assert speakers(text) == ["Ali Ramin", "Karel Vandos"]


def test_he_after_a_fronted_while_clause_is_its_subject() -> None:
    text = (
        "Omid Karan, head of the lake desk at the Norland Water Ministry, said the board will write to "
        "the bank. Tariffs are nothing new for Norland. While President Karel Vandos handed next year's "
        'budget to the assembly, he conceded that the "unfair" tariffs will slow trade, but will not '
        'bring Norland "to a halt."'
    )
    assert speakers(text) == ["Karel Vandos", "Karel Vandos"]


def test_the_governor_of_a_place_is_no_person_named_after_the_place() -> None:
    text = (
        "On Saturday, the regional governor of Esterbo said the troops had fired drones at the region "
        'overnight, inflicting "some damage to roads and bridges" at the Varan airfield.'
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
        'did not flinch and answered Vandos: "We side with neither you nor the drought!"'
    )
    assert speakers(text) == [None]


def test_a_port_is_a_place_no_he_goes_to() -> None:
    text = (
        "Varan Port expansion, exempt from Norland's levy, is the only deep harbour town of the north.   "
        "In an interview with the Varan Times in 2017, I met Esterby Ambassador to Varan Karel Vandos, "
        "who leaves his post next year. He stressed that “Varan is a key link between Esterby and the "
        "lake towns,” adding that private firms would fund most of the work."
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
        "Norland's leader Karel Vandos has refused to step down. Even the Varan ambassador has turned on "
        "him, warning that his leader has “led Norland down a risky road.”"
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
        "The raid followed the river laws.  “The raid today kept to the letter of the lake code,” the "
        "statement said."
    )
    assert speakers(text) == ["Water Ministry of Esterby"]


def test_a_description_then_a_named_aside_after_the_quote_is_the_name() -> None:
    text = (
        "Karel Vandos told the state news agency VNA that the lake front is now strong. On Sunday, a "
        "senior lawmaker said Norland's drones keep its borders safe now that arms decide disputes.  "
        "“We live in the era of drones, and drones keep the country safe,” the lawmaker, Omid Karan, "
        "who sits on the house's steering panel, said, according to VNA."
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
        "Norland Foreign Minister Karel Vandos said on Saturday that the truce was agreed on after "
        "almost a full day of “serious” talks between Varan and Esterby."
    )
    assert speakers(text) == ["Karel Vandos"]
    text = (
        "At the vote of 31 March 1991, 99.08% of the people voted yes to one single question: “Do you "
        "back the return of the old river charter of Varan?”"
    )
    assert speakers(text) == [None]


def test_a_one_sentence_lead_with_only_short_lower_case_words_is_no_heading() -> None:
    text = (
        "President Karel Vandos met Iraqi President Omid Karan in Tehran on Saturday.\n“We will open new "
        "rail links between the two nations,” Vandos said.\n“Iraq will never forget the help,” the Iraqi "
        "president said."
    )
    assert speakers(text) == ["Karel Vandos", "Omid Karan"]
    # a heading in title case stays one: its names are not read as the article's people
    from refrain.quotes.run_context import _in_heading

    assert _in_heading("Vandos Meets Karan in Tehran\nThe talks went well.", 0)


def test_a_countrys_top_diplomat_goes_on_with_the_person_speaking() -> None:
    text = (
        "VARAN- Iran would not allow more raids by armed groups based in the north, the Iranian foreign "
        "minister has told his Varani peer. Speaking by phone on Thursday to Omid Karan, "
        "Hossein Ramin said, “We will not accept more raids by groups that hide in the north.” To guard "
        "the border, the Guards have struck armed camps in the north with drones.   Ramin spoke about "
        "raids coming from the north, adding that they had gone on for forty years despite promises "
        "from the local government. “We will not tolerate more raids by these groups,” Iran’s top "
        "diplomat added."
    )
    assert speakers(text) == ["Hossein Ramin", "Hossein Ramin"]


def test_a_leads_indefinite_post_is_the_person_the_next_sentence_names_speaking() -> None:
    text = (
        "VARAN - A professor of water policy at Esterby University says Norland President Omid Karan’s "
        "“most costly blunder” in his trip to the north “lay in not rejoining the river pact.” "
        "Writing in River Review on July 22, Karel Vandos said Karan made “any return to the pact” "
        "harder. Vandos, also a former river engineer, said the trip “showed how weak Norland has "
        "become.”"
    )
    assert speakers(text) == ["Karel Vandos"] * 4
    # but not someone the lead itself names beside the description
    text = (
        "VARAN- A top Esterby diplomat on Saturday criticized Norland’s river adviser Omid Karan for "
        "making “muddled and odd” remarks on Varan. Speaking to a river forum on Thursday, Karan said "
        "Norland will take every step to guard the lake."
    )
    assert speakers(text) == ["top Esterby diplomat"]


def test_one_letter_of_a_given_name_spelled_two_ways_in_an_article_is_one_person() -> None:
    from refrain.quotes.context import tokens
    from refrain.quotes.entities import build_index

    text = (
        "The trip took place upon invitations by President Omed Karan. Vandos was welcomed by Iraqi "
        "President Omid Karan upon his arrival. Hamed Ramin and Hamid Ramin, two brothers, also spoke."
    )
    index = build_index(text, tokens(text, 0, len(text)))
    karan = {o.entity.name for o in index.occurrences if "Karan" in o.entity.name}
    assert len(karan) == 1  # one person, however the article spells him
    ramin = {o.entity.name for o in index.occurrences if "Ramin" in o.entity.name}
    assert ramin == {"Hamed Ramin", "Hamid Ramin"}  # names told apart by a vowel stay two


def test_a_document_named_with_its_issuer_is_the_issuers() -> None:
    text = (
        "“The ministers called for talks on the river dispute,” the RIVA statement said. RIVA also "
        "praised the new lake deal between Varan and Esterby. “They welcomed the extension of the lake "
        "understandings,” the statement added."
    )
    assert speakers(text) == ["RIVA", "RIVA"]
    # a nationality before the document names no issuer
    assert speakers("“The dam is safe,” the Iranian statement said.")[0] != "Iranian"


def test_the_research_fellow_goes_on_with_the_fellow_named() -> None:
    text = (
        "VARAN – Karel Vandos, a research fellow at the Lake Policy Centre at Esterby University, says "
        "Norland's dam plan has failed as the town has “found new water elsewhere.”\nThe research fellow "
        "at the Lake Policy Centre also says, “Varan holds far more water than it did before the pact.”"
    )
    assert speakers(text) == ["Karel Vandos", "Karel Vandos"]
