"""`refrain analyze` gives the same store however it runs: in one process or over a pool of
workers fed batches ahead of the writes, and in one run or in several as documents come in.

Invented articles only: a few speakers, quotations reprinted (verbatim, cut, lightly edited) by
several articles, and figures that disagree, so quote families, entities and conflict groups are
all non-empty.
"""

from __future__ import annotations

import pytest

from refrain.analyze import analyze
from refrain.analyze import run as analyze_run
from refrain.document import Document
from refrain.reuse import quote_links
from refrain.store import Store

SPEAKERS = ["Ilse Marnet", "Tavo Brennick", "Oda Lisvane", "Pell Quarrington"]
QUOTES = [
    "We will reopen the northern quay before the spring tides come in",
    "Nobody on the council was told about the night shifts at the depot",
    "The harbour fund has paid every worker and every supplier on time this year",
    "Our engineers found cracks in two of the four pillars under the old bridge",
]


def article(i: int) -> str:
    """Article ``i``: two quotations (one reprinted elsewhere, sometimes cut or edited), a figure."""
    speaker, other = SPEAKERS[i % 4], SPEAKERS[(i + 1) % 4]
    shared = QUOTES[i % 4]
    if i % 3 == 1:
        shared = shared.replace("every", "each")  # a lightly edited wording
    elif i % 3 == 2:
        shared = " ".join(shared.split()[:9])  # a cut
    own = f"The vote on item {i} of the harbour plan waits until the board meets in week {i % 7 + 1}"
    workers = 40 + (i % 5) * 3  # figures that disagree about one thing
    return (
        f"Harbour report {i}.\n\n"
        f"“{shared},” {speaker}, the board chair, said on Tuesday.\n\n"
        f"Officials said {workers} workers were hired for the quay repairs last year.\n\n"
        f"“{own},” said {other}.\n"
    )


def documents(first: int, count: int) -> list[Document]:
    return [
        Document(
            text=article(i), source=f"art-{i}.txt", outlet=f"Outlet {i % 3}", date=f"2024-03-{i % 28 + 1:02d}"
        )
        for i in range(first, first + count)
    ]


def digest(store: Store) -> dict[str, tuple[int, str]]:
    found = store.digest()
    found.pop("meta", None)  # fingerprints and format marks, not findings
    return found


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of 5 documents and a pool from 2 up, so 40 documents make 8 batches over the pool."""
    monkeypatch.setattr(analyze_run, "BATCH", 5)
    monkeypatch.setattr(analyze_run, "_MIN_POOL_BATCH", 2)


def test_pool_with_batches_ahead_writes_what_one_process_writes(small_batches: None) -> None:
    stores = []
    for workers in (1, 2):
        store = Store(":memory:")
        store.add_documents(documents(0, 40))
        report = analyze(store, workers=workers, search_index=False)
        assert report.analysed_now == 40 and not report.failed
        stores.append(store)
    serial, parallel = (digest(s) for s in stores)
    assert serial["quotes"][0] >= 80 and serial["claims"][0] >= 40
    assert serial["quote_families"][0] > 0 and serial["entities"][0] > 0
    assert parallel == serial


def test_analysing_in_two_runs_gives_the_store_of_one_run(
    small_batches: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    at_once = Store(":memory:")
    at_once.add_documents(documents(0, 40))
    analyze(at_once, workers=1, search_index=False)
    in_two = Store(":memory:")
    in_two.add_documents(documents(0, 30))
    analyze(in_two, workers=1, search_index=False)
    assert in_two.count("quote_link_memo") == in_two.count("quotes")  # the memo the second run uses
    in_two.add_documents(documents(30, 10))
    with monkeypatch.context() as patch:  # the second run links only the new quotations
        patch.setattr(quote_links, "linked_groups", _not_called)
        analyze(in_two, workers=1, search_index=False)
    assert digest(in_two) == digest(at_once)
    assert at_once.query("SELECT count(*) AS n FROM quotes WHERE family IS NOT NULL")[0]["n"] > 20


def _not_called(*_args: object) -> None:
    raise AssertionError("quote families were linked from scratch")
