"""Figures one article sets against each other: "X said N. This is while Y had put the figure at M"
(refrain.claims.rivals; invented text, no real events or people)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from refrain import api
from refrain.claims import ConflictGroup, Source, find, group

CORPUS = Path(__file__).parent / "data" / "conflicts_rivals"


def conflicts(text: str, outlet: str = "Orlen Daily") -> list[ConflictGroup]:
    """The conflict groups of one undated article."""
    source = {"doc": Source(outlet=outlet, text=text)}
    return [g for g in group([("doc", c) for c in find(text, outlet=outlet)], source) if not g.agree]


def values(g: ConflictGroup) -> list[float]:
    return sorted(c.value for _, c in g.claims)


def test_a_figure_put_by_another_body_after_this_is_while_conflicts() -> None:
    (g,) = conflicts(
        "The Harlow Bureau of Statistics said inflation in Varnes hit 8.4 percent in Azar, the Wire "
        "reported on Monday. This is while the Kestrel Monetary Board had put the figure at 11.2 percent."
    )
    assert values(g) == [8.4, 11.2]


def test_a_toll_put_lower_by_the_government_conflicts() -> None:
    (g,) = conflicts(
        "At least 30 people were killed in the Tarsk market blast, but the regional governor has put "
        "the number of fatalities at 22."
    )
    assert values(g) == [22, 30]


def test_one_sentence_of_two_agencies_conflicts() -> None:
    (g,) = conflicts(
        "The Ostrel agency put the death toll at 16, while the Marlow Wire put the death toll at 41."
    )
    assert values(g) == [16, 41]


def test_an_open_hedge_reaches_only_so_far_against_a_rival() -> None:
    # "more than 50" is not "between 90 and 110" once another source sets its figure against it
    (g,) = conflicts(
        "Medics said more than 50 people were killed in the Orlen bridge collapse. Other officials "
        "put the number of dead at between 90 and 110."
    )
    assert values(g) == [50, 90]


def test_a_rival_figure_within_the_hedge_agrees() -> None:
    assert not conflicts(
        "At least 30 people were killed in the Tarsk market blast, but hospital staff put the "
        "death toll at 34."
    )


def test_a_part_given_between_may_be_what_is_restated() -> None:
    # "some reports put the number at 36" is of the 34 children, not of the 146 people
    assert not conflicts(
        "Soldiers killed at least 146 villagers in Varnes last year, including 34 children (some "
        "reports put the number at 36), the Harlow Rights Group said."
    )


def test_the_same_source_going_on_is_no_rival() -> None:
    assert not conflicts(
        "The Varnes health office said 1,200 people were treated in its hospitals. The office also "
        "put the number at 900 in its clinics."
    )


def test_a_restatement_without_contrast_or_names_is_one_source_going_on() -> None:
    assert not conflicts(
        "The official said 305 travelers visited the Tarsk caves in the spring. The official put the "
        "figure at 907 for the whole year."
    )


def test_two_periods_are_two_quantities() -> None:
    assert not conflicts(
        "The bureau said inflation hit 8.4 percent in the twelve months to the end of Azar, while the "
        "board put the figure at 9.9 percent in the first quarter."
    )


def test_invented_one_outlet_corpus_of_rival_figures() -> None:
    # tests/data/conflicts_rivals: 7 conflicts an article sets out, 8 look-alikes, one per guard
    cases = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))["cases"]
    groups: dict[int, set[tuple[str, float]]] = defaultdict(set)
    for row in api.claims([str(CORPUS / "articles.jsonl")]):
        if row["conflict_group"] is not None:
            groups[row["conflict_group"]].add((row["doc"].rsplit("#", 1)[-1], row["value"]))
    hits = {c["id"] for c in cases if any({tuple(f) for f in c["figures"]} <= g for g in groups.values())}
    found = [c["id"] for c in cases if c["kind"] == "conflict" and c["id"] in hits]
    flagged = [c["id"] for c in cases if c["kind"] == "trap" and c["id"] in hits]
    assert len(found) >= 6, f"found {found}"
    assert not flagged, f"traps flagged {flagged}"
