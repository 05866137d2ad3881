"""Quote speakers on invented text: a person named with their post, however it is written — "said
Professor Bruce Kane of the University of Norland", "Piet Jonkers, onetime Envoy to the WTO and
OSCE says that …" (an appositive left open before the verb, a dateline before the name), "Outgoing
Governor Gray Dovis, meanwhile, met … and urged" (an adjective in -ing before a title opens no
participle phrase), "Secretary of Varnia’s Security Board Omid Kalani" — is the person, not the
body in the post; a role the lead gives nobody is the one the lead names next; the one told is
not the teller."""

from __future__ import annotations

from quote_speakers import speakers


def test_a_titled_person_of_a_body_is_the_person() -> None:
    text = "“Voters want to see what they can really do,” said Professor Bruce Kane of the University of Norland."
    assert speakers(text) == ["Bruce Kane"]


def test_an_open_appositive_ending_in_a_post_s_object_is_the_person_s() -> None:
    text = (
        "VESK - Piet Jonkers, onetime Norlandic Envoy to the WTO and OSCE says that “In trade terms, "
        "the northern states will hunt for ways to make good that shortfall.”"
    )
    assert speakers(text) == ["Piet Jonkers"]


def test_an_adjective_in_ing_before_a_title_is_part_of_the_subject() -> None:
    text = (
        "Outgoing Governor Gray Dovis, meanwhile, met his aides for a tearful farewell and urged "
        "them to “give the incoming team every help they ask for.”"
    )
    assert speakers(text) == ["Gray Dovis"]
    text = (
        "Congratulating Omid Vaez on his reelection, President Lena Holm issued a statement noting "
        "that her country would keep working with his “in what boosts security in the region”."
    )
    assert speakers(text) == ["Lena Holm"]


_LEAD = (
    "The Varnian Coast Guard commander has declared that his crews will hold a rescue exercise in "
    "the coming weeks. {setting}, Rear Admiral Omid Kalani said, “the exercise will test how fast our "
    "boats reach a ship in distress.” He said, “The day of the exercise will be set once the plan is "
    "ready.” “The Coast Guard will open a clinic at the harbour by spring,” the Coast Guard "
    "commander explained."
)


def test_a_role_the_lead_gives_nobody_is_the_one_the_lead_names_next() -> None:
    text = "VESK - " + _LEAD.format(setting="Talking to a radio station on Tuesday")
    assert speakers(text)[-1] == "Omid Kalani"


def test_a_lead_role_with_a_nationality_and_a_place_in_its_clause() -> None:
    # a place further off in the clause that names him ties the person to no other country
    text = "VESK - " + _LEAD.format(
        setting="In a talk with Varn University News Agency (VNA) aired on Tuesday"
    )
    text = text.replace("Varnian", "Iranian")
    assert speakers(text)[-1] == "Omid Kalani"


def test_a_lead_role_with_a_nationality_is_not_another_country_s_person() -> None:
    text = (
        "The Omani foreign minister has slammed a threat against his country as “reckless”. "
        "According to a report, Jordanian King Harald Vesk has written a letter threatening to act. "
        "“We are seeking formal confirmation of the letter,” the foreign minister said."
    )
    assert "Vesk" not in str(speakers(text)[-1])


def test_a_post_of_a_body_followed_by_the_name_is_the_person() -> None:
    text = (
        "Talking to reporters on Friday, Secretary of Varnia’s Security Board Omid Kalani "
        "described the deal as “the worst bargain of the decade”."
    )
    assert speakers(text) == ["Omid Kalani"]


def test_the_one_told_is_not_the_teller() -> None:
    text = (
        "In a talk with Radio Vesk on Friday, Secretary of Varnia’s Security Board Omid Kalani spoke "
        "of the tariffs. Radio Vesk correspondent in Tarsk asked Kalani for his view of the northern "
        "states. “Sadly, that man is a liar who piles tariffs on us,” he told Radio Vesk."
    )
    assert speakers(text)[-1] == "Omid Kalani"
