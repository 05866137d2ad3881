"""Templates: a recurring sentence frame whose facts differ is labelled, not reported as reuse.

Every text here is invented (a made-up country's monthly export lead, a weekly price, a flood).
"""

from __future__ import annotations

import pytest

from refrain.reuse import ReuseDoc, ReuseParams, align
from refrain.reuse.templates import fact_changes, template_facts

MONTHLY = (
    "The value of Freedonia's wool exports reached {value} million dollars in the first {months} months "
    "of the current farming year, which began on March 21, showing a rise of {rise} percent compared "
    "with the same period of the previous year, the national customs office announced on its website."
)
FILLERS = [
    "Shepherds in the high pastures expect a mild winter.",
    "A new bridge over the Varna river opened to lorries.",
    "The central bank kept its lending rate where it was.",
    "Rail workers ended a two-day strike after talks.",
    "The capital's orchestra toured three coastal towns.",
    "Rain delayed the harvest in the eastern valleys.",
    "A museum of old looms opened in the market square.",
]


def _monthly(i: int, value: str, months: str, rise: str) -> ReuseDoc:
    lead = MONTHLY.format(value=value, months=months, rise=rise)
    return ReuseDoc(name=f"m{i}", text=f"{FILLERS[i]} {lead} {FILLERS[(i + 3) % 7]}", order=i)


MONTHS = [("412", "two", "3.5"), ("655", "three", "4.1"), ("871", "four", "2.9"), ("1,090", "five", "6.2")]


def test_a_monthly_lead_with_other_figures_is_a_template_not_reuse() -> None:
    docs = [_monthly(i, *facts) for i, facts in enumerate(MONTHS)]
    result = align(docs, workers=1)
    assert result.passages, "the frame is aligned"
    assert all(p.template for p in result.passages)
    assert result.reuse == []
    (cluster,) = result.clusters
    assert cluster.template and len(cluster.documents) == 4


def test_two_copies_of_the_same_month_stay_reuse_inside_a_template() -> None:
    docs = [_monthly(i, *facts) for i, facts in enumerate(MONTHS)]
    docs.append(_monthly(4, *MONTHS[2]))  # another article printing month 4's report as it stands
    result = align(docs, workers=1)
    reused = [(p.a, p.b) for p in result.reuse]
    assert reused == [("m2", "m4")]
    assert sum(p.template for p in result.passages) == len(result.passages) - 1
    assert result.clusters[0].template


WEEKLY = (
    "Crude from the northern Ostra field sold at {price} dollars a barrel on the spot market last week, "
    "the oil ministry's bulletin said, adding that buyers from the coastal refineries took most cargoes."
)


def test_one_changed_figure_is_a_template_when_the_frame_recurs() -> None:
    prices = ["61.20", "63.05", "59.80"]
    docs = [
        ReuseDoc(name=f"w{i}", text=f"{FILLERS[i]} {WEEKLY.format(price=p)} {FILLERS[i + 3]}", order=i)
        for i, p in enumerate(prices)
    ]
    result = align(docs, workers=1)
    assert len(result.passages) == 3 and all(p.template for p in result.passages)
    # The same frame in two documents only, one figure changed: an update, reuse.
    pair = align(docs[:2], workers=1)
    assert pair.passages and not pair.passages[0].template and pair.reuse == pair.passages
    # Unless the setting asks for one version fewer.
    loose = align(docs[:2], params=ReuseParams(template_min_versions=2), workers=1)
    assert all(p.template for p in loose.passages)


def test_a_report_its_reprint_and_an_update_are_not_a_recurring_frame() -> None:
    # Three documents but two versions of the facts: the frame has not recurred "over time".
    texts = [WEEKLY.format(price="61.20"), WEEKLY.format(price="61.20"), WEEKLY.format(price="63.05")]
    docs = [
        ReuseDoc(name=f"w{i}", text=f"{FILLERS[i]} {t} {FILLERS[i + 3]}", order=i)
        for i, t in enumerate(texts)
    ]
    result = align(docs, workers=1)
    assert len(result.passages) == 3 and not any(p.template for p in result.passages)
    assert not result.clusters[0].template


def test_several_changed_figures_between_two_documents_are_a_template() -> None:
    docs = [_monthly(0, *MONTHS[0]), _monthly(1, *MONTHS[1])]
    result = align(docs, workers=1)
    assert result.passages and all(p.template for p in result.passages)
    assert not result.clusters[0].template  # two documents: the frame does not recur yet


FLOOD = (
    "At least {dead} people were killed when the Varna river burst its banks near the old mill town, "
    "and rescue teams from three provinces were still searching the flooded farms {when}for the missing, "
    "the regional governor told reporters at a briefing in the provincial capital."
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"dead": "13", "when": ""}, {"dead": "15", "when": ""}),  # a toll updated: the same story
        ({"dead": "seven", "when": ""}, {"dead": "7", "when": ""}),  # written another way
        ({"dead": "13", "when": "on Monday "}, {"dead": "13", "when": ""}),  # a date dropped
    ],
)
def test_an_updated_or_edited_copy_of_one_story_stays_reuse(
    first: dict[str, str], second: dict[str, str]
) -> None:
    docs = [
        ReuseDoc(name="a", text=f"{FILLERS[0]} {FLOOD.format(**first)} {FILLERS[1]}", order=0),
        ReuseDoc(name="b", text=f"{FILLERS[2]} {FLOOD.format(**second)} {FILLERS[3]}", order=1),
    ]
    result = align(docs, workers=1)
    assert len(result.passages) == 1 and result.reuse == result.passages
    assert not result.passages[0].template and not result.clusters[0].template


def test_fact_changes_counts_changed_facts_and_other_edits() -> None:
    # Months and numbers of one kind replaced by others: changed facts.
    assert fact_changes(
        "prices for the month to Mehr rose 4 percent", "prices for the month to Aban rose 5 percent"
    ) == (2, 0)
    # Weekday for month: the same time said another way, an edit (two words each side).
    assert fact_changes("he said on Thursday in Paris", "he said in November in Paris") == (0, 4)
    # Numbers with separators compare as one figure, a point grouping thousands as a comma does.
    assert fact_changes("nearly 2.500 years ago", "nearly 2,500 years ago") == (0, 0)
    assert fact_changes("a total of 1,487,913 births", "a total of 1487913 births") == (0, 0)
    assert fact_changes("a total of 1,487,913 births", "a total of 1,366,509 births") == (1, 0)
    # A figure changed among reworded words: the other edits count against it.
    assert (
        template_facts(
            "the floods caused major damage and left 67 dead",
            "the flooding inflicted considerable harm and left 70 dead",
        )
        == 0
    )


def test_persian_months_and_digits_are_facts() -> None:
    a = "ارزش صادرات پشم در هفت ماه نخست سال تا پایان مهر به ۴۱۲ میلیون دلار رسید"
    b = "ارزش صادرات پشم در هشت ماه نخست سال تا پایان آبان به ۶۵۵ میلیون دلار رسید"
    assert fact_changes(a, b) == (3, 0)
    assert template_facts(a, b.replace("۶۵۵", "۴۱۲")) == 2


def test_the_store_keeps_templates_labelled_and_out_of_reuse() -> None:
    from refrain.analyze import recompute_corpus_links
    from refrain.document import Document
    from refrain.store import Store
    from refrain.store.queries import passages, summary

    docs = [_monthly(i, *facts) for i, facts in enumerate(MONTHS)]
    docs.append(_monthly(4, *MONTHS[2]))
    store = Store(":memory:")
    store.add_documents(Document(text=d.text, source=f"{d.name}.txt") for d in docs)
    recompute_corpus_links(store, workers=1)
    stored = store.query("SELECT template, boilerplate FROM passages")
    assert sum(r["template"] for r in stored) == len(stored) - 1 and not any(r["boilerplate"] for r in stored)
    assert store.query("SELECT template FROM clusters") == [{"template": True}]
    assert len(passages(store)) == 1 and len(passages(store, include_boilerplate=True)) == len(stored)
    assert summary(store)["reused_passages"] == 1


def test_the_reuse_command_hides_templates_unless_asked(tmp_path) -> None:
    import json

    from helpers import refrain

    for doc in [_monthly(i, *facts) for i, facts in enumerate(MONTHS)]:
        (tmp_path / f"{doc.name}.txt").write_text(doc.text, encoding="utf-8")
    quiet = refrain("reuse", str(tmp_path))
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stdout.strip() == ""
    shown = refrain("reuse", str(tmp_path), "--show-boilerplate")
    rows = [json.loads(line) for line in shown.stdout.splitlines()]
    assert len(rows) == 6 and all(r["template"] and not r["boilerplate"] for r in rows)
