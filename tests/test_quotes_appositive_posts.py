"""Quote speakers on invented text: a person named with their post, however it is written — "said
Professor Bruce Kane of the University of Norland", "Peter Jonkers, former UK Ambassador to the
IAEA and UN says that …" (an appositive left open before the verb, a dateline before the name),
"Outgoing Governor Gray Dovis, meanwhile, held … and urged" (an adjective in -ing before a title
opens no participle phrase) — is the person, not the body in the post."""

from __future__ import annotations

from refrain import quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes.find(text, language="en")]


def test_a_titled_person_of_a_body_is_the_person() -> None:
    text = "“Voters want to see what they can really do,” said Professor Bruce Kane of the University of Norland."
    assert speakers(text) == ["Bruce Kane"]


def test_an_open_appositive_ending_in_a_post_s_object_is_the_person_s() -> None:
    text = (
        "VESK - Peter Jonkers, former UK Ambassador to the IAEA and UN says that “Politically, the "
        "Europeans are likely to look for ways of making up for that loss.”"
    )
    assert speakers(text) == ["Peter Jonkers"]


def test_an_adjective_in_ing_before_a_title_is_part_of_the_subject() -> None:
    text = (
        "Outgoing Governor Gray Dovis, meanwhile, held an emotional meeting with his staff and urged "
        "them to “extend the hand of cooperation to the new team.”"
    )
    assert speakers(text) == ["Gray Dovis"]
    text = (
        "Congratulating Omid Vaez on his reelection, President Lena Holm issued a statement noting "
        "that her country would keep working with his “in what boosts security in the region”."
    )
    assert speakers(text) == ["Lena Holm"]


def test_a_role_the_lead_gives_nobody_is_the_one_the_lead_names_next() -> None:
    text = (
        "VESK - The Varnian Navy commander has announced that his forces will stage a joint drill "
        "soon. In an interview published on Tuesday, Rear Admiral Omid Kalani said, “the joint naval "
        "drill is aimed at countering any attack on the sea lanes.” He said, “The exact date of the "
        "drill will be announced after planning is done.” The rear admiral reiterated the position "
        "that the sea is one of peace. “From our point of view, the sea is a sea of peace.” He "
        "further touched upon work on the coast, saying, “Forces on the coast will help the region.” "
        "“The Navy will open a large hospital in the port by the yearend,” the Navy commander explained."
    )
    assert speakers(text)[-1] == "Omid Kalani"


def test_a_lead_role_with_a_nationality_is_not_another_country_s_person() -> None:
    text = (
        "The Omani foreign minister has slammed a threat against his country as “reckless”. "
        "According to a report, Jordanian King Harald Vesk has written a letter threatening to act. "
        "“We are seeking formal confirmation of the letter,” the foreign minister said."
    )
    assert "Vesk" not in str(speakers(text)[-1])


def test_a_lead_role_with_a_nationality_and_a_place_in_its_clause() -> None:
    # a place further off in the clause that names him ties the person to no other country
    text = (
        "TEHRAN - The Iranian Navy commander has announced that his forces and navies from the Caspian "
        "Sea littoral states will stage a joint drill soon. In an interview with Varn University News "
        "Agency (VNA) published on Tuesday, Rear Admiral Omid Kalani said, “the joint naval drill is "
        "aimed at countering any attack.” He said, “The exact date of the drill will be announced after "
        "planning is done.” “The Navy will open a large hospital in the port by the yearend,” the Navy "
        "commander explained."
    )
    assert speakers(text)[-1] == "Omid Kalani"


def test_a_post_of_a_body_followed_by_the_name_is_the_person() -> None:
    text = (
        "In an interview on Wednesday, Secretary of Varnia’s Supreme Security Council Omid Kalani "
        "described the plan as “the worst deal of the decade”."
    )
    assert speakers(text) == ["Omid Kalani"]


def test_the_one_told_is_not_the_teller() -> None:
    text = (
        "In an interview with Euronews on Wednesday, Secretary of Varnia’s Supreme Security Council Omid "
        "Kalani spoke of the sanctions. Euronews correspondent in Vesk asked Kalani for his view on ties "
        "with Europe. “Unfortunately, the man is a liar who imposes sanctions on us,” he told euronews."
    )
    assert speakers(text)[-1] == "Omid Kalani"
