"""refrain.reuse.quote_links: which quotations are the same, found without testing every pair.

``linked_groups`` must give exactly what testing every pair that shares an uncommon 3-gram gives
(the reference below, the way quote families were first computed). All word lists are invented.
"""

from __future__ import annotations

import random
from collections import defaultdict

import pytest

from refrain.reuse import quote_links
from refrain.reuse.quote_links import (
    MIN_CONTAINED_WORDS,
    cut_lcs,
    grams,
    linked,
    linked_groups,
    longest_similar,
    shortest_similar,
    similar_lcs,
)

VOCABULARY = (
    "we will not raise the toll on the old bridge this year whatever council decides "
    "harbour ferry port tax plan mayor budget next month"
).split()


def reference_groups(word_lists: list[list[str]]) -> list[list[int]]:
    """Every pair sharing a 3-gram held by at most MAX_SHINGLE_DF lists, tested with ``linked``."""
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for idx, words in enumerate(word_lists):
        for gram in grams(tuple(words)):
            postings[gram].append(idx)
    parent = list(range(len(word_lists)))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for members in postings.values():
        if len(members) <= quote_links.MAX_SHINGLE_DF:
            for i, x in enumerate(members):
                for y in members[i + 1 :]:
                    if linked(word_lists[x], word_lists[y]):
                        parent[find(y)] = find(x)
    # Verbatim copies of six words or more are one quotation even with every gram over the cap.
    first_copy: dict[tuple[str, ...], int] = {}
    for idx, words in enumerate(word_lists):
        over_cap = all(len(postings[g]) > quote_links.MAX_SHINGLE_DF for g in grams(tuple(words)))
        if over_cap and len(words) >= MIN_CONTAINED_WORDS:
            parent[find(idx)] = find(first_copy.setdefault(tuple(words), idx))
    groups: dict[int, list[int]] = defaultdict(list)
    for idx in range(len(word_lists)):
        groups[find(idx)].append(idx)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def edited(words: list[str], rng: random.Random) -> list[str]:
    """A reprint: verbatim, a word dropped, changed or added, a cut, or words added at the end."""
    out = list(words)
    roll = rng.random()
    if roll < 0.2 and out:
        del out[rng.randrange(len(out))]
    elif roll < 0.4 and out:
        out[rng.randrange(len(out))] = rng.choice(VOCABULARY)
    elif roll < 0.55:
        out.insert(rng.randrange(len(out) + 1), rng.choice(VOCABULARY))
    elif roll < 0.7 and len(out) > 4:
        start = rng.randrange(len(out) // 2)
        out = out[start : start + rng.randrange(3, len(out) - start + 1)]
    elif roll < 0.8:
        out += [rng.choice(VOCABULARY) for _ in range(rng.randrange(1, 12))]
    return out


def invented_quotations(seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    # A small vocabulary, so that unrelated quotations share words and 3-grams all the time.
    originals = [
        [rng.choice(VOCABULARY[: rng.randrange(4, len(VOCABULARY) + 1)]) for _ in range(rng.randrange(0, 30))]
        for _ in range(rng.randrange(1, 20))
    ]
    quotations = []
    for _ in range(rng.randrange(1, 90)):
        words = rng.choice(originals)
        for _ in range(rng.randrange(0, 3)):
            words = edited(words, rng)
        quotations.append(words)
    return quotations


@pytest.mark.parametrize("cap", [2, 6, 500])
def test_the_groups_are_those_of_testing_every_pair_that_shares_an_uncommon_gram(
    cap: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quote_links, "MAX_SHINGLE_DF", cap)
    linked_somewhere = 0
    for seed in range(250):
        quotations = invented_quotations(seed)
        expected = reference_groups(quotations)
        assert linked_groups(quotations) == expected, f"seed {seed}"
        linked_somewhere += len(expected)
    assert linked_somewhere > 250  # the invented data does link quotations, often


def test_a_cut_of_a_long_quotation_is_found_through_its_rarest_words() -> None:
    long_quote = "the new ferry to the outer islands will run twice a day from the first of june".split()
    cut = long_quote[1:9]  # 8 words of 18: far shorter, so only the cut test can link them
    similar = long_quote[:-1] + ["july"]
    other = "the council will meet twice a day from the first of june onwards".split()
    assert linked_groups([long_quote, other, cut, similar]) == [[0, 2, 3]]


def test_short_copies_link_only_when_their_wording_has_a_gram_under_the_cap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    phrase = "not raise the toll again".split()  # five words: a phrase as much as a quotation
    monkeypatch.setattr(quote_links, "MAX_SHINGLE_DF", 3)
    assert linked_groups([phrase, phrase, phrase]) == [[0, 1, 2]]
    # Four copies: every gram is held by four lists, over the cap, and no pair shares a gram
    # under it, so none is linked.
    assert linked_groups([phrase] * 4) == []
    # Six words or more reprinted verbatim over the cap are still one quotation: the quotation
    # recycled most widely is the one a reader most needs the family of.
    quote = "we will not raise the toll".split()
    assert linked_groups([quote] * 4 + [phrase]) == [[0, 1, 2, 3]]
    assert linked_groups([[], [], ["yes"], ["yes"]]) == [[2, 3]]  # an empty wording links nothing


def test_the_length_and_lcs_bounds_hold_for_every_pair_linked_accepts() -> None:
    """S of s words, L of l words sharing exactly c words in order: whenever ``linked`` accepts
    them, c reaches the bound the look-ups rely on."""
    for s in range(1, 45):
        assert longest_similar(shortest_similar(s)) >= s > longest_similar(shortest_similar(s) - 1) or (
            shortest_similar(s) == 1
        )
        short = [f"s{i}" for i in range(s)]
        for l_ in range(s, 3 * s + 8):
            for c in range(s + 1):
                long_ = short[:c] + [f"l{i}" for i in range(l_ - c)]
                if not linked(short, long_):
                    continue
                if l_ <= longest_similar(s):
                    assert c >= similar_lcs(s), (s, l_, c)
                    assert c >= similar_lcs(shortest_similar(l_)), (s, l_, c)
                else:
                    assert s >= MIN_CONTAINED_WORDS and c >= cut_lcs(s), (s, l_, c)
