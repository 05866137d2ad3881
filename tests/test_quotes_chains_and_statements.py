"""Speakers read back over longer stretches: a statement's author named once ("a statement
released by Norland's foreign ministry") for every later "the statement said"; a "he" that opens
sentence after sentence for the man the chain began with, not the last one quoted or named in
passing; "the MP" for the MP, not the Leader the MP cited; a compass word and a name ("South
Varan") is a place; the one an agency quoted is the "he" after; a spokeswoman for someone is not
that someone; "the paper" is the newspaper named before; a post, its place, then its holder.
Invented text."""

from refrain.quotes import find


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text.rstrip(",."): q.speaker for q in find(text)}


STATEMENT = (
    "VARAN - Norland has scolded its neighbours for keeping quiet about the spring floods in its valleys."
    " In a text put out by Norland's foreign ministry on Monday, it listed dozens of cut-off villages, a"
    " statement released by Norland's foreign ministry that reached the press late. The statement also"
    " listed the bridges lost in the north. The statement added, “Norland thanks each nation that sent"
    " boats, blankets and bread to the valley families.” “Quiet neighbours in a time of flood send one"
    " message only, that they do not care about the valley people,” it underlined. The statement"
    " emphasized that, under the river treaty, the Republic of Norland maintains the right to ask for"
    " repairs. “Every channel our diplomats have will be used until the valley families get their homes"
    " back,” the statement concluded."
)


def test_a_statement_is_its_named_authors_every_time() -> None:
    speakers = _speakers(STATEMENT)
    assert set(speakers.values()) == {"Norland foreign ministry"}, speakers


def test_what_a_statement_says_is_not_its_author() -> None:
    # "the Republic of Norland maintains the right" is inside what the statement says
    assert "Republic of Norland" not in _speakers(STATEMENT).values()


SPEECH = (
    "NEW YORK - Norland's President Karl Brandt took the podium of the assembly on Tuesday and gave a long"
    " speech. Brandt began with praise of his own government. He then claimed his cabinet was “standing"
    " tall for Norland”. He needs to be told what his nation's founder Olaf Berg famously said. “A river"
    " runs deep, but a lie runs shallow and dries in the first hot summer.” The history of Norland is full"
    " of such stories. Brandt is only following his predecessors. He further talked about his “warm chats”"
    " with the leader of Esteland. It is naive of Brandt to think so. Then he referred to the south, and his"
    " visit to Esteland last year, where he famously danced with King Harald. He said the southern"
    " countries are working with Norland to “stop smuggling along their own shores”, and are “trying"
    " several roads” to end the war. He accused the rebels of “spreading fear and ruin” and said they"
    " respect no border."
)


def test_a_chain_of_he_is_the_man_it_began_with() -> None:
    speakers = _speakers(SPEECH)
    for quote in ("stop smuggling along their own shores", "trying several roads", "spreading fear and ruin"):
        assert speakers[quote] == "Karl Brandt", (quote, speakers)
    assert (
        speakers["A river runs deep, but a lie runs shallow and dries in the first hot summer"] == "Olaf Berg"
    )


def test_the_mp_is_the_mp_not_the_leader_the_mp_cited() -> None:
    text = (
        "VARAN - Lawmaker Farid Hamzavi urged the cabinet to heed the Leader's advice. “Each cabinet that"
        " heeded this advice did better in its term,” MP Hamzavi said. Leader Ayatollah Omid Kermani has"
        " called these days “hard”. Hamzavi also said fairness is among the Leader's chief worries. “The"
        " cabinet must end the unfairness that has angered the farmers.” He added as the Leader advised the"
        " cabinet's motto should be kept with care. “The cabinet came in with a bold motto, but as the Leader"
        " reminded us, boldness must walk with reason.” “Beside acting quickly, ministers should ask the"
        " experts and study each step,” the MP remarked. Hamzavi went on to say the troubles can be solved."
    )
    speakers = _speakers(text)
    assert speakers["Beside acting quickly, ministers should ask the experts and study each step"] == (
        "Farid Hamzavi"
    )
    assert speakers["hard"] == "Omid Kermani"


def test_the_mp_after_a_committee_member_is_that_member() -> None:
    text = (
        "VARAN - MP Omid Sarvan said the envoys must leave no gaps in the accord. “Our envoys must be"
        " careful with the other side so that not one error slips in,” Sarvan remarked. Similarly, Reza"
        " Tavakol Nouri, a member of the Outside Affairs Committee of the assembly, told the radio that"
        " nations everywhere share these troubles. The MP also called the other side's stance “meddling”,"
        " saying, “In many lands people march and rally in town squares for all sorts of causes.”"
    )
    speakers = _speakers(text)
    assert speakers["In many lands people march and rally in town squares for all sorts of causes"] == (
        "Reza Tavakol Nouri"
    )


def test_a_compass_word_and_a_name_is_a_place() -> None:
    text = (
        "VARAN - The first auction of the new harbour leases will take place by late October, Omid Farsan,"
        " the managing director of the Norland Harbours Company (NHC), told reporters on Tuesday. According to"
        " Farsan, South Varan harbour comes first in the auction. South Varan is one of five harbours on the"
        " coast. The official also noted that the ministers signed off on the lease model on Monday. He noted"
        " that quiet harbours come first. “The lease term stays as it was, twenty years for each harbour,” he"
        " added. South African President Lena Dube said on Monday, “We welcome the auction and our firms will"
        " bid for a lease.”"
    )
    speakers = _speakers(text)
    assert speakers["The lease term stays as it was, twenty years for each harbour"] == "Omid Farsan"
    assert speakers["We welcome the auction and our firms will bid for a lease"] == "Lena Dube"


def test_a_spokeswoman_for_a_named_person_is_not_that_person() -> None:
    text = (
        "ESTERBY - The bloc says Tarsk cannot restart the old penalties. “Since Tarsk walked out of the accord"
        " two springs ago, it cannot call itself a member of the accord now,” the radio quoted a spokeswoman"
        " for Norland's foreign minister Marta Lindqvist as saying. An aide to President Karl Brandt, Ali"
        " Vaez, said on Monday, “The next round will open in the capital in a week.”"
    )
    speakers = _speakers(text)
    spokeswoman = speakers["Since Tarsk walked out of the accord two springs ago, it cannot call itself a member"
                           " of the accord now"]  # fmt: skip
    assert (
        spokeswoman is not None and spokeswoman.startswith("spokeswoman for") and "Lindqvist" in spokeswoman
    )
    assert speakers["The next round will open in the capital in a week"] == "Ali Vaez"


def test_the_one_an_agency_quoted_is_the_he_that_follows() -> None:
    text = (
        "VARAN - Givers across Norland put one billion crowns in alms boxes over four months, an official"
        " with the alms fund said on Tuesday. Most of it came from Varan, Varan Shomali, Esterby and Gilan"
        " provinces, the radio quoted Omid Rastkar as saying. He said that most of the money came from street"
        " boxes. “Still, the fund wants more people to give through their phones next year,” he explained."
    )
    assert _speakers(text)["Still, the fund wants more people to give through their phones next year"] == (
        "Omid Rastkar"
    )


def test_the_paper_is_the_newspaper_named_before_and_an_unnamed_post_keeps_its_full_words() -> None:
    text = (
        "The Norland Daily Herald has accused the harbour board of hiding losses. Citing new sums, the"
        " paper wrote: “The board has lost money for three years and told nothing to the people who pay"
        " for it.” Officials in the south have honoured the police. Speaking at a gathering, the mayor of"
        " Varan's District 7 praised the force. According to the mayor, “The success of every official is"
        " owed to the cooperation of the people.”"
    )
    speakers = _speakers(text)
    assert speakers["The board has lost money for three years and told nothing to the people who pay for"
                    " it"] == "Norland Daily Herald"  # fmt: skip
    assert speakers["The success of every official is owed to the cooperation of the people"] == (
        "mayor of Varan's District 7"
    )


def test_a_post_and_its_place_then_the_holder_set_off_after_it() -> None:
    text = (
        "The fund welcomes a gift of 2 million crowns for the valley camps. “It is a joy for my country to"
        " stand with the valley families in this hard season,” said Ambassador of the Republic of Tarsk to"
        " Norland, Ryu Min-Ho. Norland shelters many families from the valleys."
    )
    speakers = _speakers(text)
    assert speakers["It is a joy for my country to stand with the valley families in this hard season"] == (
        "Ryu Min-Ho"
    )


def test_a_statement_issued_by_someone_is_theirs_before_the_sentence_s_subject() -> None:
    text = (
        "Delegates gathered in Esterby. In a statement issued by Lena Holm, the Union’s deputy director, "
        "all parties to the river pact confirmed their support. “On the pact's second birthday every "
        "member restated its firm support for the shared weirs,” read the statement. It added, “The "
        "members will gather again in spring.”"
    )
    assert set(_speakers(text).values()) == {"Lena Holm"}
