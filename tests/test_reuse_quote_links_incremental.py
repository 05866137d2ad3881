"""Quote families made incrementally: ``linked_groups_after`` (the old groups joined by the new
lists' links) gives exactly ``linked_groups`` over everything, or says it cannot (None).

Invented word lists: a small vocabulary so that lists share grams, are near-copies, cuts and
verbatim copies of each other; a small gram cap so that grams cross it as lists come in.
"""

from __future__ import annotations

import random

import pytest

from refrain.reuse import quote_links
from refrain.reuse.quote_links import linked_groups, linked_groups_after

VOCAB = "we will reopen the quay before spring tides come in nobody was told about night shifts".split()


def word_lists(rng: random.Random, n: int) -> list[list[str]]:
    base = [[rng.choice(VOCAB) for _ in range(rng.randint(2, 14))] for _ in range(max(1, n // 4))]
    out = []
    for _ in range(n):
        words = list(rng.choice(base))
        roll = rng.random()
        if roll < 0.3 and words:
            words[rng.randrange(len(words))] = rng.choice(VOCAB)  # an edit
        elif roll < 0.5:
            words = words[rng.randint(0, 2) :]  # a cut
        elif roll < 0.6:
            words = [rng.choice(VOCAB) for _ in range(rng.randint(0, 9))]  # unrelated (or empty)
        out.append(words)
    return out


def after(lists: list[list[str]], is_old: list[bool], max_tests: int = 1_000_000) -> list[list[int]] | None:
    old_index = [i for i, old in enumerate(is_old) if old]
    old_groups = [[old_index[j] for j in g] for g in linked_groups([lists[i] for i in old_index])]
    return linked_groups_after(lists, is_old, old_groups, max_tests=max_tests)


@pytest.mark.parametrize("cap", [2, 4, 500])
def test_incremental_groups_are_the_full_groups_or_none(monkeypatch: pytest.MonkeyPatch, cap: int) -> None:
    monkeypatch.setattr(quote_links, "MAX_SHINGLE_DF", cap)
    rng = random.Random(cap)
    answered = 0
    for _ in range(150):
        lists = word_lists(rng, rng.randint(1, 40))
        is_old = [rng.random() < 0.8 for _ in lists]
        got = after(lists, is_old)
        if got is not None:
            answered += 1
            assert got == linked_groups(lists)
    assert answered >= 30  # it answers most of the time (None only when a gram crossed the cap)


def test_nothing_new_gives_the_old_groups_and_too_many_tests_give_none() -> None:
    lists = word_lists(random.Random(7), 60)
    assert after(lists, [True] * len(lists)) == linked_groups(lists)
    assert after(lists, [False] * len(lists)) == linked_groups(lists)  # everything new
    assert after(lists, [i < 30 for i in range(60)], max_tests=0) is None


def test_persian_folding_leaves_ascii_alone() -> None:
    """provenance._compared skips folding for ASCII words: it must change no ASCII character."""
    from refrain.reuse.provenance import _compared
    from refrain.text import fold

    ascii_text = "".join(chr(c) for c in range(128))
    assert fold(ascii_text, "fa") == ascii_text and fold(ascii_text * 3, "fa") == ascii_text * 3
    assert _compared("Tehran") == "tehran" and _compared("مي") == fold("مي", "fa").lower()
