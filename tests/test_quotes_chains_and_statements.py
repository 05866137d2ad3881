"""Speakers read back over longer stretches: a statement's author named once ("a statement
released by Norland's foreign ministry") for every later "the statement said"; a "he" that opens
sentence after sentence for the man the chain began with, not the last one quoted or named in
passing; "the MP" for the MP, not the Leader the MP cited; a compass word and a name ("South
Varan") is a place. Invented text."""

from refrain.quotes import find


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text.rstrip(",."): q.speaker for q in find(text)}


STATEMENT = (
    "TEHRAN - Norland has criticised the silence of its neighbours on the recent floods, saying that the"
    " region ignores ordinary people. According to a statement released by Norland's foreign ministry on"
    " Monday, dozens of villages were cut off by the water. The statement also mentioned the damage done to"
    " roads in the north. The statement added, “The Ministry of Foreign Affairs of Norland thanks every"
    " country that has sent help to the families who lost their homes.” “The silence of the neighbours in"
    " the face of this disaster sends no message other than indifference to the people,” it underlined."
    " The statement emphasized that, under the treaty of 1990, the Republic of Norland maintains the right to ask"
    " for compensation. “We will use every diplomatic means we have to make sure the people who suffered"
    " are helped without any delay,” the statement concluded."
)


def test_a_statement_is_its_named_authors_every_time() -> None:
    speakers = _speakers(STATEMENT)
    assert set(speakers.values()) == {"Norland foreign ministry"}, speakers


def test_what_a_statement_says_is_not_its_author() -> None:
    # "the Republic of Norland maintains the right" is inside what the statement says
    assert "Republic of Norland" not in _speakers(STATEMENT).values()


SPEECH = (
    "NEW YORK - Norland's President Karl Brandt took the podium of the assembly on Tuesday and gave a long"
    " speech. Brandt began with praise of his own government. He went on to say that his government was"
    " “standing up for Norland”. He needs to be reminded of what his country's founder Olaf Berg famously"
    " said. “You can fool some of the people all the time, but not all of the people all the time.” The"
    " history of Norland is full of such stories. Brandt is only following his predecessors. He further"
    " talked about his “very good talks” with the leader of Esteland. It is naive of Brandt to think so."
    " Then he referred to the south, and his visit to Esteland last year, where he famously danced with"
    " King Harald. He said the southern countries are working with Norland to “fight smuggling in their own"
    " waters”, and are “pursuing several avenues” to end the war. He accused the rebels of “sowing chaos"
    " and fear” and said they respect no border."
)


def test_a_chain_of_he_is_the_man_it_began_with() -> None:
    speakers = _speakers(SPEECH)
    for quote in ("fight smuggling in their own waters", "pursuing several avenues", "sowing chaos and fear"):
        assert speakers[quote] == "Karl Brandt", (quote, speakers)
    assert speakers[
        "You can fool some of the people all the time, but not all of the people all the time"
    ] == ("Olaf Berg")


def test_the_mp_is_the_mp_not_the_leader_the_mp_cited() -> None:
    text = (
        "TEHRAN - Lawmaker Farid Hamzavi said the government must follow the guidelines of the Leader."
        " “Every government that has used these guidelines has been more successful,” MP Hamzavi said."
        " Leader of the Islamic Revolution Ayatollah Seyed Ali Kermani has called the present time “difficult”."
        " Hamzavi also said that justice is among the Leader's main concerns. “The government is expected to"
        " end discrimination that has made people angry.” He added as the Leader suggested the government's"
        " slogan should be kept with care. “Although the government took office with a revolutionary slogan,"
        " as the Leader of the Revolution pointed out this must go with reason.” “So that in addition to"
        " carrying out programs with speed, they should ask experts and act with enough study,” the MP"
        " remarked. Hamzavi went on to say that the problems can be solved."
    )
    speakers = _speakers(text)
    assert speakers["So that in addition to carrying out programs with speed, they should ask experts and act"
                    " with enough study"] == "Farid Hamzavi"  # fmt: skip
    assert speakers["difficult"] == "Seyed Ali Kermani"


def test_a_compass_word_and_a_name_is_a_place() -> None:
    text = (
        "TEHRAN - The first tender for the new port contracts will be held by mid October, Omid Farsan, the"
        " managing director of the National Ports Company (NPC), announced in a press conference on Tuesday."
        " According to Farsan, South Varan port will be the priority for the first tender. South Varan is one"
        " of the five ports on the coast. The official also mentioned that the general framework has been"
        " approved by the cabinet on Monday. He noted that ports with low traffic are the top priority. “The"
        " duration has not been changed and it is still 20 years,” he added. South African President Lena"
        " Dube said on Monday, “We welcome the new tender and we will send our companies to take part.”"
    )
    speakers = _speakers(text)
    assert speakers["The duration has not been changed and it is still 20 years"] == "Omid Farsan"
    assert speakers["We welcome the new tender and we will send our companies to take part"] == "Lena Dube"


def test_the_mp_after_a_committee_member_is_that_member() -> None:
    text = (
        "TEHRAN - MP Omid Sarvan said the negotiators must leave no loopholes. “Our team must deal with the"
        " other side wisely so that there is no room for the slightest mistake,” Sarvan remarked. Similarly,"
        " Reza Tavakol Nouri, a member of the Foreign Policy Committee of the parliament, told the news agency"
        " that people across the world face the same problems. The MP also called the stance of the"
        " government “interventionist”, saying, “In many countries people protest and gather in the streets"
        " for various reasons.”"
    )
    speakers = _speakers(text)
    assert speakers["In many countries people protest and gather in the streets for various reasons"] == (
        "Reza Tavakol Nouri"
    )


def test_a_spokeswoman_for_a_named_person_is_not_that_person() -> None:
    text = (
        "BRUSSELS - The bloc has said the U.S. has no right to trigger the return of sanctions. “Given that"
        " the US withdrew from the deal in May, it cannot claim to be a participant in the deal today,” the"
        " news agency quoted a spokeswoman for EU foreign policy chief Marta Lindqvist as saying. An aide to"
        " President Karl Brandt, Ali Vaez, said on Monday, “The talks will go on next week in the capital.”"
    )
    speakers = _speakers(text)
    assert speakers["Given that the US withdrew from the deal in May, it cannot claim to be a participant in the"
                    " deal today"] == "spokeswoman for EU foreign policy chief Marta Lindqvist"  # fmt: skip
    assert speakers["The talks will go on next week in the capital"] == "Ali Vaez"


def test_the_one_an_agency_quoted_is_the_he_that_follows() -> None:
    text = (
        "TEHRAN - Donors across the country gave one trillion rials in alms in four months, an official with"
        " the relief foundation said on Tuesday. Most of the sum came from Tehran, Varan Shomali, Khuzestan and"
        " Gilan provinces, the news agency quoted Omid Rastkar as saying. He said that 95 percent of the money"
        " came from charity boxes. “However, the foundation aims to promote online giving in the months to"
        " come,” he explained."
    )
    assert _speakers(text)["However, the foundation aims to promote online giving in the months to come"] == (
        "Omid Rastkar"
    )


def test_the_paper_is_the_newspaper_named_before_and_an_unnamed_post_keeps_its_full_words() -> None:
    text = (
        "The Norland Daily Herald has accused the port authority of hiding losses. Citing new figures, the"
        " paper wrote: “The authority has lost money for three years and said nothing to the people who pay"
        " for it.” Officials in the south have honoured the police. Speaking at a gathering, the mayor of"
        " Varan's District 7 praised the force. According to the mayor, “The success of every official is"
        " owed to the cooperation of the people.”"
    )
    speakers = _speakers(text)
    assert speakers["The authority has lost money for three years and said nothing to the people who pay for"
                    " it"] == "Norland Daily Herald"  # fmt: skip
    assert speakers["The success of every official is owed to the cooperation of the people"] == (
        "mayor of Varan's District 7"
    )


def test_a_post_and_its_place_then_the_holder_set_off_after_it() -> None:
    text = (
        "The agency welcomes a gift of $2 million to support refugees. “It is my great pleasure to be able to"
        " make this contribution to the people of the region,” said Ambassador of the Republic of Tarsk to"
        " Norland, Ryu Min-Ho. Norland hosts many refugees."
    )
    speakers = _speakers(text)
    assert speakers[
        "It is my great pleasure to be able to make this contribution to the people of the region"
    ] == ("Ryu Min-Ho")
