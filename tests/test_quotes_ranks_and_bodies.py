"""Quote speakers on invented text: "the commander" after someone quoted with a military rank is
them; a parliament's name ("State Duma") ends a post before the name; "the Leader of the
<Body>" unnamed is the post, not a person called after the body; a span of time ("this week")
speaks for no one."""

from __future__ import annotations

from quote_speakers import speakers

from refrain import quotes


def test_the_commander_after_a_ranked_person_is_that_person() -> None:
    text = (
        "Rear Admiral Omid Karan spoke at a harbour review. “We keep calm when the fleets sail near,” "
        "the agency quoted Karan as saying. The commander then dismissed the warnings of some "
        "neighbours. “Such warnings do not worry our sailors,” he remarked."
    )
    assert speakers(text) == ["Omid Karan", "Omid Karan"]


def test_a_parliament_s_name_ends_the_post_before_the_name() -> None:
    text = (
        "OSLO - Vice Speaker of the Norland State Duma Karel Olegovich Vandos has said that hostility "
        "will harm the region. “The coastal states will be harmed by this hostility,” he told the agency."
    )
    found = quotes.find(text, language="en")
    assert [(q.speaker, q.role) for q in found] == [
        ("Karel Olegovich Vandos", "Vice Speaker of the Norland State Duma")
    ]


def test_the_leader_of_a_body_unnamed_is_the_post() -> None:
    text = (
        "Over the past months the Leader of the Harbour Guild has urged the use of local boats. Backing "
        "the plea, the Leader of the Harbour Guild sent a note to Mayor Lena Holm in which he asked "
        "whether the news is “accurate, since it would ruin the small net makers of the coast.”"
    )
    assert speakers(text) == ["Leader of the Harbour Guild"]


def test_a_span_of_time_speaks_for_no_one() -> None:
    text = (
        "Exports fell, the bureau said. The choice of two ports this week suggested that the smugglers "
        "were weaker. “I see panic among them,” came the reply."
    )
    assert "week" not in speakers(text)


def test_according_to_a_name_makes_the_sentence_theirs() -> None:
    text = (
        "Exports from the free ports rose, the Council of Free Ports announced. According to Omid Karan, "
        "the value of exports from the ports has reached $850 million. The official added that the "
        "sum a year ago was $650 million. “By the year end the ports will ship a third more than "
        "last year,” he added."
    )
    assert speakers(text) == ["Omid Karan"]


def test_the_source_named_in_an_as_clause_is_not_the_next_he() -> None:
    text = (
        "Harbour board chairman Karel Vandos spoke to the weekly. Elsewhere in his remarks, the chairman "
        "stated that as Omid Karan announced on Monday, the ports drew $10 billion in the year. He also "
        "noted that a pact was signed with the fund. “We will send trade missions to nine countries next "
        "year,” the official announced."
    )
    assert speakers(text) == ["Karel Vandos"]


def test_quoted_as_having_said_gives_the_one_quoted() -> None:
    text = (
        "Deputy premier Omid Karan met the defence minister in Esterby on Saturday, the agency reported. "
        "“Both countries agreed to deepen technical ties after the sanctions,” the insider was quoted as "
        "having said."
    )
    assert speakers(text) == ["insider"]


def test_a_confederation_is_a_body_named_whole() -> None:
    text = (
        "Small firms are struggling too. The Confederation of Varan Industry has warned that many mills "
        "will face “ruin” before the spring."
    )
    assert speakers(text) == ["Confederation of Varan Industry"]
