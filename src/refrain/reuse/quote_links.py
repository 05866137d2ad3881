"""Which quotations are the same: word lists linked when close as wholes or one a cut of the other.

``linked_groups(word_lists)`` gives the connected components of the graph whose edges are the
pairs of word lists that share a word 3-gram found in at most MAX_SHINGLE_DF of the lists and
that ``linked`` accepts. Testing every pair that shares such a gram (what this module did first)
grows with the square of the corpus: a phrase common to 500 quotations alone is 125,000 pairs,
and the 97,725 quotations of 33,694 articles took 347 s of CPU. The same components come out of
far fewer tests (49 s there, see ``linked_groups``): identical word lists are tested once, and a
pair is only looked at when the shorter's rarest words include one the longer holds, as every
linked pair's must.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Hashable, Sequence

import numpy as np
from rapidfuzz.distance import Indel

from refrain.reuse.clusters import _UnionFind

SHINGLE = 3
MAX_SHINGLE_DF = 500
MIN_SIMILARITY = 0.8  # word-level similarity of two wordings of one quotation
MIN_CONTAINED_WORDS = 6  # a cut of a longer quotation must keep at least this many words
MIN_CUT_SHARE = 0.9  # ... and nearly all of them, in order


def linked(w1: Sequence[Hashable], w2: Sequence[Hashable]) -> bool:
    """Same quotation: close as wholes, or the shorter a near-verbatim cut of the longer."""
    if not w1 or not w2:
        return False
    if Indel.normalized_similarity(w1, w2) >= MIN_SIMILARITY:
        return True
    short, long_ = (w1, w2) if len(w1) <= len(w2) else (w2, w1)
    if len(short) < MIN_CONTAINED_WORDS:
        return False
    # A cut: nearly all of the shorter one's words appear in order in the longer one.
    return _lcs_length(short, long_) >= MIN_CUT_SHARE * len(short)


def _lcs_length(x: Sequence[Hashable], y: Sequence[Hashable]) -> int:
    # Indel distance = len(x) + len(y) - 2 * LCS.
    return (len(x) + len(y) - Indel.distance(x, y)) // 2


def grams(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The word 3-grams of a list; a list shorter than a gram is one gram: itself."""
    return {words[i : i + SHINGLE] for i in range(max(1, len(words) - SHINGLE + 1))}


# -- bounds on the longest common subsequence (LCS) of a linked pair, S no longer than L ---------


def _at_least(share: float, length: int) -> int:
    # LCS is an integer: the least one >= share * length. The 1e-9 keeps a float product such as
    # 0.8 * 15 = 12.000000000000002 from rounding the bound up (it only has to be a lower bound).
    return max(1, math.ceil(share * length - 1e-9))


def longest_similar(s: int) -> int:
    """The longest L the similarity test can accept beside an S of ``s`` words.

    2 * LCS / (s + l) >= MIN_SIMILARITY with LCS <= s gives l <= s * (2 - MIN_SIMILARITY) /
    MIN_SIMILARITY; the + 1 is a margin for float rounding (a looser bound only costs look-ups).
    Past it, only the cut test can link them.
    """
    return math.floor(s * (2 - MIN_SIMILARITY) / MIN_SIMILARITY + 1e-9) + 1


def shortest_similar(l_: int) -> int:
    """The shortest S whose ``longest_similar`` reaches an L of ``l_`` words."""
    s = max(1, math.floor(l_ * MIN_SIMILARITY / (2 - MIN_SIMILARITY)) - 1)  # always short of it
    while longest_similar(s) < l_:
        s += 1
    return s


def similar_lcs(s: int) -> int:
    """The least LCS of a linked pair with S of ``s`` words and L within ``longest_similar(s)``.

    The similarity test gives LCS >= MIN_SIMILARITY * (s + l) / 2 >= MIN_SIMILARITY * s (as
    l >= s), the cut test LCS >= MIN_CUT_SHARE * s.
    """
    return _at_least(min(MIN_SIMILARITY, MIN_CUT_SHARE), s)


def cut_lcs(s: int) -> int:
    """The least LCS of a pair only the cut test can link, S of ``s`` words."""
    return _at_least(MIN_CUT_SHARE, s)


def linked_groups(word_lists: Sequence[Sequence[str]]) -> list[list[int]]:
    """Indices of ``word_lists`` grouped by quotation: the groups of two or more, in order of
    their first index, each in index order.

    The groups are the connected components of the graph whose edges are the pairs sharing a
    3-gram found in at most MAX_SHINGLE_DF of the lists that ``linked`` accepts. How every edge
    is found without testing every pair that shares such a gram:

    1. Identical lists are one node: a quotation reprinted verbatim 300 times is tested once.
       Two copies share every gram and ``linked`` accepts equal non-empty lists, so the copies
       are one group when the wording has a gram under the cap; when it has none, no pair
       involving it can pass the first test, so its copies are one group only if it has at least
       MIN_CONTAINED_WORDS words (a six-word quotation reprinted 600 times is still one
       quotation; "the enemy" in 600 articles is a phrase, not a quotation).
    2. An edge between two nodes needs both tests, so each node S only tests the lists L after
       it in (length, node) order that pass two necessary conditions, found with numpy over
       inverted indexes:
       a. L shares a gram under the cap with S (the first test itself);
       b. L holds one of S's rarest words (prefix filtering). Words are numbered rarest first,
          and a list taken as its set of (word, repeat) tokens in that order. If two token sets
          share at least T tokens, the rarest token they share lies within the first n - T + 1
          tokens of each (n: the set's size), since at least T tokens of each are no rarer than
          it. A linked pair shares at least its LCS in tokens, and its LCS is bounded below:
          - L within ``longest_similar(s)``: LCS >= T = ``similar_lcs(s)``. L must be in the
            index of the first l - T' + 1 tokens of every list under one of S's first s - T + 1
            tokens, where T' = ``similar_lcs(shortest_similar(l))`` <= T is the least T over
            every S that L is within reach of: both prefixes hold the rarest shared token.
          - L longer: only a cut can link them, LCS >= T = ``cut_lcs(s)`` (s >= 6): L must
            hold one of S's first s - T + 1 tokens.
       Then, before ``linked`` itself, the number of tokens they share must reach the least LCS
       that could link them (count filtering: shared tokens >= LCS).
       The same edges come out as from testing every pair sharing a gram under the cap, so the
       same groups; the work is about the pairs sharing both a gram and a rare word.
    """
    node_of: dict[tuple[str, ...], int] = {}
    copies: list[list[int]] = []
    for idx, words in enumerate(word_lists):
        node = node_of.setdefault(tuple(words), len(node_of))
        if node == len(copies):
            copies.append([])
        copies[node].append(idx)
    texts = list(node_of)
    gram_lists = [grams(words) for words in texts]
    gram_df: dict[tuple[str, ...], int] = defaultdict(int)  # in how many lists (copies count)
    for gs, members in zip(gram_lists, copies, strict=True):
        for gram in gs:
            gram_df[gram] += len(members)
    gram_id = {g: i for i, g in enumerate(g for g, df in gram_df.items() if df <= MAX_SHINGLE_DF)}
    rare_grams = [frozenset(gram_id[g] for g in gs if g in gram_id) for gs in gram_lists]
    del gram_lists, gram_df, gram_id
    live = [n for n, words in enumerate(texts) if words and rare_grams[n]]

    # Words numbered rarest first: by how many live lists hold them, then the word (stable).
    word_df: dict[str, int] = defaultdict(int)
    for n in live:
        for word in set(texts[n]):
            word_df[word] += 1
    number = {w: i for i, w in enumerate(sorted(word_df, key=lambda w: (word_df[w], w)))}
    words_of: dict[int, tuple[int, ...]] = {n: tuple(number[w] for w in texts[n]) for n in live}
    size_of = {n: len(words_of[n]) for n in live}
    # A list as a sorted set of tokens: the k-th repeat of word w is w * most + k, so the tokens
    # two lists share are their multiset overlap (at least their LCS), rarest words first.
    most = max(size_of.values(), default=0) + 1
    tokens: dict[int, list[int]] = {}
    for n in live:
        repeats: dict[int, int] = defaultdict(int)
        found = []
        for w in words_of[n]:
            found.append(w * most + repeats[w])
            repeats[w] += 1
        found.sort()
        tokens[n] = found

    # Lists are numbered by (length, node): a prober S only looks at the lists after it, and the
    # lists within reach of the similarity test are a range of these numbers.
    order = sorted(live, key=lambda n: (size_of[n], n))
    lengths = [size_of[n] for n in order]
    gram_lists: dict[int, list[int]] = defaultdict(list)  # gram -> the lists holding it
    token_lists: dict[int, list[int]] = defaultdict(list)  # token -> the lists holding it
    prefix_lists: dict[int, list[int]] = defaultdict(list)  # token -> lists with it in their prefix
    for rank, n in enumerate(order):
        size = size_of[n]
        indexed = size - similar_lcs(shortest_similar(size)) + 1
        for j, token in enumerate(tokens[n]):
            token_lists[token].append(rank)
            if j < indexed:
                prefix_lists[token].append(rank)
        for gram in rare_grams[n]:
            gram_lists[gram].append(rank)
    by_gram = {g: np.array(r, dtype=np.int64) for g, r in gram_lists.items()}
    by_token = {t: np.array(r, dtype=np.int64) for t, r in token_lists.items()}
    by_prefix = {t: np.array(r, dtype=np.int64) for t, r in prefix_lists.items()}
    del gram_lists, token_lists, prefix_lists
    token_sets = {n: frozenset(tokens[n]) for n in live}
    nothing = np.empty(0, dtype=np.int64)

    uf = _UnionFind(len(texts))
    half = MIN_SIMILARITY / 2  # the similarity test: LCS >= MIN_SIMILARITY * (s + l) / 2
    for rank, n in enumerate(order):
        shared = [by_gram[g] for g in rare_grams[n] if len(by_gram[g]) > 1]
        if not shared:
            continue  # no gram under the cap held by another list
        size = size_of[n]
        longest = longest_similar(size)
        reach = bisect_right(lengths, longest)  # lists numbered below it are within reach
        cut_need = cut_lcs(size) if size >= MIN_CONTAINED_WORDS else size + 1
        # a. the later lists sharing a gram under the cap (none past reach below 6 words)
        by_grams = np.concatenate(shared)
        by_grams = by_grams[(by_grams > rank) & ((by_grams < reach) | (size >= MIN_CONTAINED_WORDS))]
        if not by_grams.size:
            continue
        # b. the later lists holding one of the tokens the rarest shared token must be among
        near = [by_prefix.get(t, nothing) for t in tokens[n][: size - similar_lcs(size) + 1]]
        far = [by_token[t] for t in tokens[n][: size - cut_need + 1]]  # none below 6 words
        near_found = np.concatenate(near)
        near_found = near_found[(near_found > rank) & (near_found < reach)]
        if far:
            far_found = np.concatenate(far)
            near_found = np.concatenate((near_found, far_found[far_found >= max(reach, rank + 1)]))
        my_tokens = token_sets[n]
        for c in np.intersect1d(by_grams, near_found).tolist():
            other = order[c]
            l_ = lengths[c]
            need = min(_at_least(half, size + l_), cut_need) if l_ <= longest else cut_need
            if (
                len(my_tokens & token_sets[other]) >= need  # shared tokens >= LCS >= need
                and uf.find(n) != uf.find(other)
                and linked(words_of[n], words_of[other])
            ):
                uf.union(n, other)

    groups: dict[int, list[int]] = {}
    for n in live:
        groups.setdefault(uf.find(n), []).extend(copies[n])
    for n, words in enumerate(texts):
        # Verbatim copies of a quotation of six words or more are the same quotation even when
        # every gram is over the cap: the cap bounds candidate pairs, and copies need none.
        if n not in words_of and len(words) >= MIN_CONTAINED_WORDS and len(copies[n]) > 1:
            groups[uf.find(n)] = list(copies[n])
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])
