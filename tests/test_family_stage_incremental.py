"""Quote families made from the new quotations only give the store a full run gives.

Invented articles quote from a small pool of invented sayings (reprinted, edited, cut, some
verbatim, some sharing only a phrase, some said twice in one article), so that new articles join old families, make a family of a
quotation printed once before (its first appearance among the old articles: ids move), and
bridge two old groups. Analysed at once, and in parts: every derived table equal (families,
quotes' links, the link memo and index), and the later runs link only the new quotations.
"""

from __future__ import annotations

import random

import pytest

from refrain.analyze import analyze
from refrain.document import Document
from refrain.reuse import quote_link_index, quote_links
from refrain.store import Store

WORDS = (
    "we will rebuild the quay before winter and the council must pay every worker on time "
    "nobody told us about the night shifts at the depot or the cracks under the old bridge"
).split()


def _sayings(rng: random.Random) -> list[str]:
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 14))) for _ in range(12)]


def _articles(seed: int, n: int) -> list[Document]:
    rng = random.Random(seed)
    sayings = _sayings(rng)
    docs = []
    for i in range(n):
        quotes = []
        for _ in range(rng.randint(1, 3)):
            words = rng.choice(sayings).split()
            roll = rng.random()
            if roll < 0.25:
                words[rng.randrange(len(words))] = rng.choice(WORDS)  # an edit
            elif roll < 0.45:
                words = words[rng.randint(1, 3) :]  # a cut
            elif roll < 0.55:
                words = rng.choice(sayings).split()[:5] + words[-5:]  # a bridge of two sayings
            quotes.append(f"“{' '.join(words).capitalize()},” said Orla Venn{i % 4}.")
            if rng.random() < 0.2:  # said twice in one article: a linked group that is no family
                quotes.append(f"She repeated: “{' '.join(words).capitalize()}.”")
        date = f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}" if rng.random() < 0.7 else None
        text = f"Quay report {i}.\n\n" + "\n\n".join(quotes) + "\n"
        docs.append(Document(text=text, source=f"a{i}.txt", outlet=f"Outlet {i % 3}", date=date))
    return docs


def _derived(store: Store) -> dict[str, tuple[int, str]]:
    found = store.digest()
    found.pop("meta", None)  # fingerprints and format marks, not findings
    return found


def _not_called(*_args: object) -> None:
    raise AssertionError("every quotation was linked again")


@pytest.mark.parametrize(("seed", "cuts"), [(1, [20, 31]), (2, [8, 9, 25, 38]), (3, [30])])
def test_linking_the_new_quotations_gives_the_families_of_a_full_run(
    monkeypatch: pytest.MonkeyPatch, seed: int, cuts: list[int]
) -> None:
    docs = _articles(seed, 40)
    at_once = Store(":memory:")
    at_once.add_documents(docs)
    analyze(at_once, workers=1, search_index=False)
    in_parts = Store(":memory:")
    for i, (start, end) in enumerate(zip([0, *cuts], [*cuts, len(docs)], strict=True)):
        in_parts.add_documents(docs[start:end])
        with monkeypatch.context() as patch:
            if i:  # later runs link only the new quotations
                patch.setattr(quote_links, "linked_groups", _not_called)
            analyze(in_parts, workers=1, search_index=False)
    assert _derived(in_parts) == _derived(at_once)
    families = at_once.count("quote_families")
    assert families >= 5
    assert in_parts.count("quote_link_index") == in_parts.count("quote_link_memo") > 0


def test_a_gram_crossing_the_cap_links_every_quotation_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quote_links, "MAX_SHINGLE_DF", 6)  # grams held by many quotations cross it
    monkeypatch.setattr(quote_link_index, "MAX_SHINGLE_DF", 6)
    docs = _articles(4, 30)
    at_once = Store(":memory:")
    at_once.add_documents(docs)
    analyze(at_once, workers=1, search_index=False)
    in_parts = Store(":memory:")
    for part in (docs[:20], docs[20:]):
        in_parts.add_documents(part)
        analyze(in_parts, workers=1, search_index=False)
    assert _derived(in_parts) == _derived(at_once)
