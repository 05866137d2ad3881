"""Which quotations are the same: word lists linked when close as wholes or one a cut of the other.

``linked_groups(word_lists)`` gives the connected components of the graph whose edges are the
pairs of word lists that share a word 3-gram found in at most MAX_SHINGLE_DF of the lists and
that ``linked`` accepts. Testing every pair that shares such a gram (what this module did first)
grows with the square of the corpus: a phrase common to 500 quotations alone is 125,000 pairs,
and the 97,725 quotations of 33,694 articles took 347 s of CPU. The same components come out of
far fewer tests (see ``linked_groups``): identical word lists are tested once, and a pair is only
looked at when the shorter's rarest words include one the longer holds, as every linked pair's
must. The indexes are flat numpy arrays (CSR: the values of every key in one array, and where
each key's values start), not dicts of millions of small arrays: 48 s there, then 26 s.

Size: over 400 lines because it is one algorithm: the filters of ``linked_groups``, the bounds
they rest on and the flat indexes they share, kept beside the argument that they find every link.
Linking new quotations against a stored index is :mod:`refrain.reuse.quote_link_index`.
"""

from __future__ import annotations

import hashlib
import itertools
import math
from bisect import bisect_right
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Indel

from refrain.unionfind import UnionFind

SHINGLE = 3
MAX_SHINGLE_DF = 500
MIN_SIMILARITY = 0.8  # word-level similarity of two wordings of one quotation
MIN_CONTAINED_WORDS = 6  # a cut of a longer quotation must keep at least this many words
MIN_CUT_SHARE = 0.9  # ... and nearly all of them, in order
# What linked groups depend on besides the words: a memo of groups made with other settings (or an
# older linking rule: bump the first number when ``linked`` or the filters change) is not reused.
LINK_FORMAT = f"1:{SHINGLE}:{MAX_SHINGLE_DF}:{MIN_SIMILARITY}:{MIN_CONTAINED_WORDS}:{MIN_CUT_SHARE}"


def words_key(words: Sequence[str]) -> int:
    """A 64-bit hash of a word list (signed, as DuckDB's BIGINT holds it), stable across runs."""
    joined = "\x1f".join(words).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(joined, digest_size=8).digest(), "little", signed=True)


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
       that could link them (count filtering: shared tokens >= LCS), counted for all of a
       prober's candidates at once (binary search of (list, token) pairs).
       The same edges come out as from testing every pair sharing a gram under the cap, so the
       same groups; the work is about the pairs sharing both a gram and a rare word.
    """
    lists = _Lists.of(word_lists)
    probes = _Probes(lists)
    uf = UnionFind(len(lists.texts))
    for rank, n in enumerate(probes.order_list):
        for c in probes.candidates(rank):
            other = probes.order_list[c]
            if uf.find(n) != uf.find(other) and linked(
                _word_ids(lists.flat, lists.starts, n), _word_ids(lists.flat, lists.starts, other)
            ):
                uf.union(n, other)
    return _groups(lists, probes, uf)


@dataclass(slots=True)
class _Lists:
    """The distinct word lists (step 1: identical lists are one node) as flat numpy arrays.

    Everything is flat arrays (CSR: one array of values, one of offsets), not dicts of small
    arrays: 97,725 quotations make millions of (list, word) entries. Node n's words are
    ``flat[starts[n]:starts[n + 1]]``; ``copies[n]`` the indices of the input lists it stands for.
    """

    texts: list[tuple[str, ...]]
    copies: list[list[int]]
    vocab: dict[str, int]
    flat: np.ndarray  # word ids, list after list
    sizes: np.ndarray
    starts: np.ndarray
    list_of: np.ndarray  # the node of each entry of flat
    pos: np.ndarray  # the position of each entry in its list
    left: np.ndarray  # words from each entry to the end of its list

    @classmethod
    def of(cls, word_lists: Sequence[Sequence[str]]) -> _Lists:
        node_of: dict[tuple[str, ...], int] = {}
        copies: list[list[int]] = []
        for idx, words in enumerate(word_lists):
            node = node_of.setdefault(tuple(words), len(node_of))
            if node == len(copies):
                copies.append([])
            copies[node].append(idx)
        texts = list(node_of)
        vocab = {w: i for i, w in enumerate(dict.fromkeys(itertools.chain.from_iterable(texts)))}
        flat = np.fromiter(map(vocab.__getitem__, itertools.chain.from_iterable(texts)), dtype=np.int64)
        sizes = np.array([len(ws) for ws in texts], dtype=np.int64)
        starts = np.concatenate(([0], np.cumsum(sizes)))
        list_of = np.repeat(np.arange(len(texts), dtype=np.int64), sizes)
        pos = np.arange(flat.size, dtype=np.int64) - starts[list_of]
        left = sizes[list_of] - pos
        return cls(texts, copies, vocab, flat, sizes, starts, list_of, pos, left)


def _held_grams(lists: _Lists) -> tuple[np.ndarray, np.ndarray, int]:
    """Each (node, gram) pair once: (nodes, grams, number of grams)."""
    flat, pos, left, list_of = lists.flat, lists.pos, lists.left, lists.list_of
    # Grams: the words at i, i + 1, i + 2 (word ids + 1, 0 past the list's end) at every start
    # of a full gram, or at 0 for a list shorter than a gram (its one gram, itself). Numbered in
    # two steps so that no code overflows: (a, b) first, then (that, c).
    base = len(lists.vocab) + 1
    after = np.concatenate((flat + 1, [0, 0]))
    second = np.where(left > 1, after[1 : flat.size + 1], 0)
    third = np.where(left > 2, after[2 : flat.size + 2], 0)
    starts_gram = (pos == 0) | (left >= SHINGLE)
    _, head = np.unique((flat + 1)[starts_gram] * base + second[starts_gram], return_inverse=True)
    _, gram = np.unique(head.ravel() * base + third[starts_gram], return_inverse=True)
    gram = gram.ravel()
    gram_list = list_of[starts_gram]
    n_grams = int(gram.max()) + 1 if gram.size else 0
    held = _distinct(gram_list * max(n_grams, 1) + gram)  # each (list, gram) once
    return held // max(n_grams, 1), held % max(n_grams, 1), n_grams


def _rare_grams(lists: _Lists) -> tuple[np.ndarray, np.ndarray, int, np.ndarray]:
    """Each (node, gram) with the gram in at most MAX_SHINGLE_DF input lists (copies counted):
    (nodes, grams, number of grams, which nodes hold one: the live nodes)."""
    held_list, held_gram, n_grams = _held_grams(lists)
    copy_count = np.array([len(c) for c in lists.copies], dtype=np.int64)
    gram_df = np.bincount(held_gram, weights=copy_count[held_list], minlength=n_grams)  # copies count
    under_cap = gram_df[held_gram] <= MAX_SHINGLE_DF
    rare_list, rare_gram = held_list[under_cap], held_gram[under_cap]
    is_live = np.zeros(len(lists.texts), dtype=bool)
    is_live[rare_list] = True  # a non-empty list with a gram under the cap
    return rare_list, rare_gram, n_grams, is_live


def _rarity_tokens(lists: _Lists, is_live: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The live lists as sorted sets of tokens, rarest words first: (token, its node) per entry.

    Words are numbered rarest first: by how many live lists hold them, then the word (stable).
    The k-th repeat of word w is the token w * most + k, so the tokens two lists share are their
    multiset overlap (at least their LCS).
    """
    flat, list_of, vocab = lists.flat, lists.list_of, lists.vocab
    n_words = len(vocab)
    in_live = is_live[list_of]
    word_held = _distinct(list_of[in_live] * max(n_words, 1) + flat[in_live])
    word_df = np.bincount(word_held % max(n_words, 1), minlength=n_words)
    spelled = np.empty(n_words, dtype=np.int64)
    spelled[[vocab[w] for w in sorted(vocab)]] = np.arange(n_words)
    number = np.empty(n_words, dtype=np.int64)
    number[np.lexsort((spelled, word_df))] = np.arange(n_words)
    live = np.flatnonzero(is_live)
    size_of = lists.sizes[live]
    most = int(size_of.max()) + 1 if live.size else 1
    live_list, live_word = list_of[in_live], number[flat[in_live]]
    by_word = np.lexsort((live_word, live_list))  # stable: positions in order within a word
    word_sorted, list_sorted = live_word[by_word], live_list[by_word]
    new_run = np.ones(by_word.size, dtype=bool)
    new_run[1:] = (word_sorted[1:] != word_sorted[:-1]) | (list_sorted[1:] != list_sorted[:-1])
    run_start = np.maximum.accumulate(np.where(new_run, np.arange(by_word.size), 0))
    token_value = word_sorted * most + (np.arange(by_word.size) - run_start)
    _, token = np.unique(token_value, return_inverse=True)  # numbered in token order
    return token.ravel(), list_sorted


class _Probes:
    """The inverted indexes of step 2: for each prober S (a rank), the later lists that pass
    conditions a and b and count filtering (``candidates``)."""

    def __init__(self, lists: _Lists) -> None:
        rare_list, rare_gram, n_grams, is_live = _rare_grams(lists)
        token, list_sorted = _rarity_tokens(lists, is_live)
        self.is_live = is_live
        live = np.flatnonzero(is_live)
        sizes = lists.sizes
        # Lists are numbered by (length, node): a prober S only looks at the lists after it, and
        # the lists within reach of the similarity test are a range of these numbers.
        order = live[np.lexsort((live, sizes[live]))]
        lengths = sizes[order]
        rank_of = np.full(len(lists.texts), -1, dtype=np.int64)
        rank_of[order] = np.arange(order.size)
        token_rank = rank_of[list_sorted]
        by_rank = np.lexsort((token, token_rank))
        tokens_flat, tokens_rank = token[by_rank], token_rank[by_rank]  # each rank's tokens, sorted
        token_start = np.concatenate(([0], np.cumsum(lengths)))
        indexed_of = {int(s): int(s) - similar_lcs(shortest_similar(int(s))) + 1 for s in np.unique(lengths)}
        indexed = np.array([indexed_of[s] for s in lengths.tolist()], dtype=np.int64)
        in_prefix = (np.arange(tokens_flat.size) - token_start[tokens_rank]) < indexed[tokens_rank]

        n_tokens = int(token.max()) + 1 if token.size else 0
        self.token_lists, token_off = _postings(tokens_flat, tokens_rank, n_tokens)  # token -> lists
        self.prefix_lists, prefix_off = _postings(tokens_flat[in_prefix], tokens_rank[in_prefix], n_tokens)
        self.gram_lists, gram_off = _postings(rare_gram, rank_of[rare_list], n_grams)  # gram -> lists
        self.gram_count = gram_count = np.diff(gram_off)
        # a prober none of whose grams under the cap a later list holds has nothing to look at
        last_holder = np.full(n_grams, -1, dtype=np.int64)
        last_holder[gram_count > 0] = self.gram_lists[gram_off[1:][gram_count > 0] - 1]
        has_later = np.zeros(order.size, dtype=bool)
        has_later[rank_of[rare_list][last_holder[rare_gram] > rank_of[rare_list]]] = True
        self.has_later_list = has_later.tolist()
        by_rank_gram = np.lexsort((rare_gram, rank_of[rare_list]))
        self.rank_grams = rare_gram[by_rank_gram]
        self.rank_gram_start = np.concatenate(
            ([0], np.cumsum(np.bincount(rank_of[rare_list], minlength=order.size)))
        )
        self.tokens_flat, self.token_start, self.n_tokens, self.lengths = (
            tokens_flat,
            token_start,
            n_tokens,
            lengths,
        )
        self.token_start_list = token_start.tolist()
        self.rank_token = tokens_rank * n_tokens + tokens_flat  # (rank, token), ascending
        self.order_list, self.lengths_list = order.tolist(), lengths.tolist()
        self.token_off_list, self.prefix_off_list, self.gram_off_list = (
            token_off.tolist(),
            prefix_off.tolist(),
            gram_off.tolist(),
        )
        # mark[c] == rank + 1: list c passed condition b for the prober ``rank`` (an intersection
        # in one pass, no sorting of either side)
        self.mark = np.zeros(order.size, dtype=np.int64)

    def candidates(self, rank: int) -> list[int]:
        """The later lists (ranks) that prober ``rank`` must test with ``linked``."""
        if not self.has_later_list[rank]:
            return []  # no gram under the cap held by a later list
        gram_lists, gram_off_list, gram_count = self.gram_lists, self.gram_off_list, self.gram_count
        mine = self.rank_grams[self.rank_gram_start[rank] : self.rank_gram_start[rank + 1]]
        shared = [
            gram_lists[gram_off_list[g] : gram_off_list[g + 1]] for g in mine[gram_count[mine] > 1].tolist()
        ]
        if not shared:
            return []  # no gram under the cap held by another list
        size = self.lengths_list[rank]
        longest = longest_similar(size)
        reach = bisect_right(self.lengths_list, longest)  # lists numbered below it are within reach
        cut_need = cut_lcs(size) if size >= MIN_CONTAINED_WORDS else size + 1
        # a. the later lists sharing a gram under the cap (none past reach below 6 words)
        by_grams = np.concatenate(shared)
        by_grams = by_grams[(by_grams > rank) & ((by_grams < reach) | (size >= MIN_CONTAINED_WORDS))]
        if not by_grams.size:
            return []
        # b. the later lists holding one of the tokens the rarest shared token must be among
        tokens_flat, prefix_lists, prefix_off = self.tokens_flat, self.prefix_lists, self.prefix_off_list
        token_lists, token_off = self.token_lists, self.token_off_list
        first = self.token_start_list[rank]  # S's tokens, rarest first, from here
        near = [
            prefix_lists[prefix_off[t] : prefix_off[t + 1]]
            for t in tokens_flat[first : first + size - similar_lcs(size) + 1].tolist()
        ]
        far = [
            token_lists[token_off[t] : token_off[t + 1]]
            for t in tokens_flat[first : first + max(0, size - cut_need + 1)].tolist()
        ]
        near_found = np.concatenate(near)
        near_found = near_found[(near_found > rank) & (near_found < reach)]
        if far:  # none below 6 words
            far_found = np.concatenate(far)
            near_found = np.concatenate((near_found, far_found[far_found >= max(reach, rank + 1)]))
        self.mark[near_found] = rank + 1
        found = np.sort(by_grams[self.mark[by_grams] == rank + 1])  # a and b
        if not found.size:
            return []
        found = found[np.concatenate(([True], found[1:] != found[:-1]))]  # each once
        # the least LCS that could link each (as ``_at_least``, in the same float arithmetic)
        found_lengths = self.lengths[found]
        half = MIN_SIMILARITY / 2  # the similarity test: LCS >= MIN_SIMILARITY * (s + l) / 2
        similar_need = np.maximum(1, np.ceil(half * (size + found_lengths) - 1e-9)).astype(np.int64)
        need = np.where(found_lengths <= longest, np.minimum(similar_need, cut_need), cut_need)
        # count filtering, all candidates at once: is each of S's tokens among each candidate's?
        n_tokens, rank_token = self.n_tokens, self.rank_token
        my_tokens_arr = tokens_flat[self.token_start[rank] : self.token_start[rank + 1]]
        wanted = found[:, None] * n_tokens + my_tokens_arr[None, :]
        at = np.minimum(np.searchsorted(rank_token, wanted), rank_token.size - 1)
        shared_count = (rank_token[at] == wanted).sum(axis=1)  # shared tokens >= LCS >= need
        return found[shared_count >= need].tolist()


def _groups(lists: _Lists, probes: _Probes, uf: UnionFind) -> list[list[int]]:
    """The groups of two or more input lists, in order of their first index, each in index order."""
    return _groups_of(lists, probes.is_live, probes.order_list, uf)


def _groups_of(lists: _Lists, is_live: np.ndarray, live: Sequence[int], uf: UnionFind) -> list[list[int]]:
    copies = lists.copies
    groups: dict[int, list[int]] = {}
    for n in live:
        groups.setdefault(uf.find(n), []).extend(copies[n])
    for n, words in enumerate(lists.texts):
        # Verbatim copies of a quotation of six words or more are the same quotation even when
        # every gram is over the cap: the cap bounds candidate pairs, and copies need none.
        if not is_live[n] and len(words) >= MIN_CONTAINED_WORDS and len(copies[n]) > 1:
            groups[uf.find(n)] = list(copies[n])
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def linked_groups_after(
    word_lists: Sequence[Sequence[str]],
    is_old: Sequence[bool],
    old_groups: Sequence[Sequence[int]],
    *,
    max_tests: int = 1_000_000,
) -> list[list[int]] | None:
    """``linked_groups(word_lists)`` from what it gave before the new lists came: the groups
    ``old_groups`` of the lists marked in ``is_old`` (indices into ``word_lists``), joined by the
    links of the lists not marked. None when that cannot give the same groups (then call
    ``linked_groups``): a gram held by an old list went over MAX_SHINGLE_DF with the new lists
    (the old links through it no longer count), or more than ``max_tests`` pairs to look at (a
    large addition: the full run's filters are cheaper).

    Why it is exact: a gram's count only grows as lists come in, so when none held by an old list
    crosses the cap, every old list keeps the same grams under the cap: the same old lists are
    live, the pairs of old lists are linked as before, and the old groups are the components of
    those links (dead lists are never linked). The only new links have a new list at one end, and
    each is found by testing the new list with ``linked`` against every list sharing a gram under
    the cap with it (the definition of an edge). Components do not depend on the order of unions.
    """
    lists = _Lists.of(word_lists)
    n_nodes = len(lists.texts)
    node_of = np.empty(len(word_lists), dtype=np.int64)
    for node, members in enumerate(lists.copies):
        node_of[members] = node
    old_mask = np.asarray(is_old, dtype=bool)
    old_copies = np.bincount(node_of[old_mask], minlength=n_nodes)
    all_copies = np.array([len(c) for c in lists.copies], dtype=np.int64)
    held_list, held_gram, n_grams = _held_grams(lists)
    df_now = np.bincount(held_gram, weights=all_copies[held_list], minlength=n_grams)
    df_before = np.bincount(held_gram, weights=old_copies[held_list], minlength=n_grams)
    if np.any((df_before > 0) & (df_before <= MAX_SHINGLE_DF) & (df_now > MAX_SHINGLE_DF)):
        return None
    under_cap = df_now[held_gram] <= MAX_SHINGLE_DF
    rare_list, rare_gram = held_list[under_cap], held_gram[under_cap]
    is_live = np.zeros(n_nodes, dtype=bool)
    is_live[rare_list] = True
    uf = UnionFind(n_nodes)
    for group in old_groups:  # one old component (or one dead list's copies: a single node)
        nodes = {int(node_of[i]) for i in group}
        first = min(nodes)
        for n in nodes:
            if is_live[n]:
                uf.union(first, n)
    new_live = np.flatnonzero((old_copies == 0) & is_live)
    if new_live.size:
        gram_nodes, gram_off = _postings(rare_gram, rare_list, n_grams)
        node_grams, node_off = _postings(rare_list, rare_gram, n_nodes)
        tests = 0
        for x in new_live.tolist():
            mine = node_grams[node_off[x] : node_off[x + 1]]
            found = _distinct(
                np.concatenate([gram_nodes[gram_off[g] : gram_off[g + 1]] for g in mine.tolist()])
            )
            found = found[found != x]
            tests += found.size
            if tests > max_tests:
                return None
            words_x = _word_ids(lists.flat, lists.starts, x)
            for y in found.tolist():
                if uf.find(x) != uf.find(y) and linked(words_x, _word_ids(lists.flat, lists.starts, y)):
                    uf.union(x, y)
    return _groups_of(lists, is_live, np.flatnonzero(is_live).tolist(), uf)


def _distinct(values: np.ndarray) -> np.ndarray:
    # np.unique without its hash table: a sort is faster on millions of int64
    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))] if values.size else values


def _word_ids(flat: np.ndarray, starts: np.ndarray, node: int) -> list[int]:
    # a list's words as numbers (one number a word): what ``linked`` compares
    return flat[starts[node] : starts[node + 1]].tolist()


def _postings(keys: np.ndarray, ranks: np.ndarray, n_keys: int) -> tuple[np.ndarray, np.ndarray]:
    """Inverted index as CSR: the ranks under key k, ascending, are values[offsets[k]:offsets[k + 1]]."""
    by_key = np.lexsort((ranks, keys))
    offsets = np.concatenate(([0], np.cumsum(np.bincount(keys, minlength=n_keys))))
    return ranks[by_key].astype(np.int64), offsets.astype(np.int64)
