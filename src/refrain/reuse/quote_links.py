"""Which quotations are the same: word lists linked when close as wholes or one a cut of the other.

``linked_groups(word_lists)`` gives the connected components of the graph whose edges are the
pairs of word lists that share a word 3-gram found in at most MAX_SHINGLE_DF of the lists and
that ``linked`` accepts. Testing every pair that shares such a gram (what this module did first)
grows with the square of the corpus: a phrase common to 500 quotations alone is 125,000 pairs,
and a corpus of 33,694 articles took six minutes. The same components come out of far fewer
tests, for two reasons (see ``linked_groups``): identical word lists are tested once, and a pair
is only looked at when both hold one of the other's rarest words, as every linked pair must.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Hashable, Sequence

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
       are one group when the wording has a gram under the cap; when it has none (or no words),
       no pair involving it can pass the first test, and every copy stays alone.
    2. An edge between two nodes needs both tests; any way of listing pairs that lists every
       edge, followed by both tests, gives the same edges. Each node S lists its partners L
       after it in (length, node) order one of two ways, whichever reads fewer index entries:
       a. through its grams under the cap: every pair sharing one is listed, as before;
       b. through its rarest words (prefix filtering), which lists every pair ``linked`` can
          accept. Words are numbered rarest first, and a list taken as its set of (word, repeat)
          tokens in that order. If two token sets share at least T tokens, the rarest token they
          share lies within the first n - T + 1 tokens of each (n: the set's size), since at
          least T tokens of each are no rarer than it. A linked pair shares at least its LCS in
          tokens, and its LCS is bounded below:
          - L within ``longest_similar(s)``: LCS >= T = ``similar_lcs(s)``. S looks up its
            first s - T + 1 tokens in an index of every L's first l - T' + 1 tokens, where
            T' = ``similar_lcs(shortest_similar(l))`` <= T is the least T over every S that L
            is within reach of: both prefixes hold the rarest shared token.
          - L longer: only a cut can link them, LCS >= T = ``cut_lcs(s)`` (s >= 6). S looks
            up its first s - T + 1 tokens among every token of the longer lists.
          The rarest shared token is met first (S's tokens are read in order), at position i
          of S and j of L, so they share at most min(s - i, l - j) tokens: fewer than the
          least LCS that could link them, and the pair is skipped (positional filtering).
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

    # Index entries are ints ordered like (length, node, position in the tokens), so that a
    # look-up starts right after the prober (bisect) and stops past its longest partner.
    order = sorted(live, key=lambda n: (size_of[n], n))
    per_node = most
    per_length = len(texts) * per_node
    similar_index: dict[int, list[int]] = defaultdict(list)
    full_index: dict[int, list[int]] = defaultdict(list)
    for n in order:
        size = size_of[n]
        base = size * per_length + n * per_node
        indexed = size - similar_lcs(shortest_similar(size)) + 1
        for j, token in enumerate(tokens[n]):
            full_index[token].append(base + j)
            if j < indexed:
                similar_index[token].append(base + j)

    uf = _UnionFind(len(texts))
    half = MIN_SIMILARITY / 2  # the similarity test: LCS >= MIN_SIMILARITY * (s + l) / 2
    for n in order:
        size = size_of[n]
        after = size * per_length + n * per_node + per_node - 1  # n's last entry
        stop = (longest_similar(size) + 1) * per_length  # the first entry past the similarity test
        cut_need = cut_lcs(size) if size >= MIN_CONTAINED_WORDS else size + 1
        partners: list[int] = []
        seen: set[int] = set()
        for i, token in enumerate(tokens[n][: size - similar_lcs(size) + 1]):
            posting = similar_index[token]
            for k in range(bisect_right(posting, after), len(posting)):
                if posting[k] >= stop:
                    break
                other, j = divmod(posting[k] % per_length, per_node)
                if other not in seen:
                    seen.add(other)
                    l_ = size_of[other]
                    if min(size - i, l_ - j) >= min(_at_least(half, size + l_), cut_need):
                        partners.append(other)
        if size >= MIN_CONTAINED_WORDS:
            for i, token in enumerate(tokens[n][: size - cut_need + 1]):
                posting = full_index[token]
                for k in range(bisect_right(posting, stop - 1), len(posting)):
                    other, j = divmod(posting[k] % per_length, per_node)
                    if other not in seen:
                        seen.add(other)
                        if min(size - i, size_of[other] - j) >= cut_need:
                            partners.append(other)
        mine = rare_grams[n]
        for other in partners:
            if not mine.isdisjoint(rare_grams[other]) and uf.find(n) != uf.find(other):
                if linked(words_of[n], words_of[other]):
                    uf.union(n, other)

    groups: dict[int, list[int]] = {}
    for n in live:
        groups.setdefault(uf.find(n), []).extend(copies[n])
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])
