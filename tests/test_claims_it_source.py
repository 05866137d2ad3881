"""Claimants the figure's sentence names indirectly: "it" (the body or document named speaking before), a
name closing an appositive, the head of a body named beside it."""

from refrain.claims import find


def _claimants(text: str) -> list[str | None]:
    return [c.claimant for c in find(text, outlet="Tehran Times")]


def test_it_added_after_a_statement_is_the_statement() -> None:
    text = "The battle left 24 militants dead, the statement said. Some 12 vehicles were destroyed, it added."
    assert _claimants(text) == ["statement", "statement"]


def test_it_said_opening_a_sentence_is_the_body_named_before() -> None:
    text = (
        "The Varnian refugee agency said in a statement that the camps were full. It also said 780,000 "
        "people had arrived since May."
    )
    assert _claimants(text) == ["Varnian refugee agency"]


def test_a_name_after_the_and_a_modifier_is_a_body_for_it() -> None:
    text = (
        "The talks will open on Monday, the pan-Arab Al-Corvia said. A 45-strong team of businessmen "
        "will join the delegation, it said."
    )
    assert _claimants(text)[-1] == "Al-Corvia"


def test_it_is_never_a_person() -> None:
    from refrain.claims.discourse import it_source

    text = "Tomas Ardell, the head of the port, said 300 ships docked. Exports rose 5 percent, it added."
    second = text.index("Exports")
    assert it_source(text, (second, len(text))) is None
    assert _claimants(text)[0] == "Tomas Ardell"


def test_a_body_inside_the_subject_gives_way_to_the_subject() -> None:
    text = (
        "The Harbour Board run by the Varnian port agency said the strike was planned. It also "
        "said 200 ships had waited since September."
    )
    assert _claimants(text) == ["Harbour Board"]


def test_the_hearer_of_told_is_not_it() -> None:
    text = (
        "Piet Vos, who served in the navy, told the Corvia Post. The suit seeks damages. It claims the "
        "charity paid 4 million dollars to the group."
    )
    assert "Corvia Post" not in _claimants(text)


def test_a_bare_report_is_the_report_named_fuller_before() -> None:
    text = (
        "Output stood at 3.7 million bpd, according to the OPEC’s monthly report. The report also put "
        "the price at $50.27. It says the average price was $51.71 this year."
    )
    assert _claimants(text)[-1] == "OPEC’s monthly report"


def test_a_name_closing_an_appositive_states_the_figure() -> None:
    text = "The governor of Tarsk province, Mohsen Vahedi, estimated the losses at $2 million."
    assert _claimants(text) == ["Mohsen Vahedi"]


def test_the_head_of_a_body_named_in_apposition_is_the_claimant_not_the_body() -> None:
    text = "The head of the Varnian customs office, Tomas Ardell, said exports grew 12 percent."
    assert _claimants(text) == ["Tomas Ardell"]


def test_the_head_of_a_body_unnamed_is_the_head_not_the_body() -> None:
    assert _claimants("The head of the Varnian customs office said exports grew 12 percent.") == [
        "head of the Varnian customs office"
    ]
    assert _claimants("According to the head of the Corvia Oil Company, output rose 5 percent.") == [
        "head of the Corvia Oil Company"
    ]


def test_the_person_named_after_head_of_a_body_is_the_claimant() -> None:
    text = "Exports rose 8 percent, according to Director of Varnian Customs Authority Kamel Vostad."
    assert _claimants(text) == ["Kamel Vostad"]
    text = "Over 70 million tons were loaded, according to the Head of Varnia’s Ports and Maritime Organization (VPMO) Kamel Vostad."
    assert _claimants(text) == ["Kamel Vostad"]
