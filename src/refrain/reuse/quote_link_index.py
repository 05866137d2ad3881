"""Linking new quotations against the quotations already grouped, without relinking the corpus.

``linked_groups`` (:mod:`refrain.reuse.quote_links`) finds the groups of every word list at once.
When the corpus grows, the old groups stay as they were unless a 3-gram held by an old list
crosses MAX_SHINGLE_DF (then the links through it no longer count): the only new links have a
new list at one end, and each is found by testing the new list with ``linked`` against every list
sharing a gram under the cap with it. ``new_links`` does that from an index of the old lists'
grams (kept in the store: :mod:`refrain.store.quote_link_memo`), reading only the old lists that
share a gram with a new one.

Grams are named by a 64-bit hash (``gram_keys``): two distinct grams with one hash would count
together (a wrong count at the cap, or one more candidate pair tested by ``linked``); at about
two million distinct grams the chance of any such pair is about 1e-7.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from refrain.reuse.quote_links import MAX_SHINGLE_DF, MIN_CONTAINED_WORDS, SHINGLE, linked

_MIX_A = np.uint64(0x9E3779B97F4A7C15)
_MIX_B = np.uint64(0xC2B2AE3D27D4EB4F)


def _word_hash(word: str) -> int:
    digest = hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little") | 1  # never 0: 0 stands for "past the list's end"


def _mix(x: np.ndarray) -> np.ndarray:
    # splitmix64's finaliser: every bit of the three words' combination moves every bit of the key
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def gram_keys(word_lists: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Each (list, gram) once, as two arrays: the list's index and the gram's key (signed 64-bit,
    as DuckDB's BIGINT holds it). A list's grams are its word 3-grams, or the list itself when it
    is shorter than a gram; an empty list has none (as in ``linked_groups``)."""
    vocab: dict[str, int] = {}
    hashes: list[int] = []
    flat: list[int] = []
    sizes = np.fromiter((len(ws) for ws in word_lists), dtype=np.int64, count=len(word_lists))
    for words in word_lists:
        for w in words:
            i = vocab.get(w)
            if i is None:
                i = vocab[w] = len(hashes)
                hashes.append(_word_hash(w))
            flat.append(i)
    if not flat:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    word = np.array(hashes, dtype=np.uint64)[np.array(flat, dtype=np.int64)]
    starts = np.concatenate(([0], np.cumsum(sizes)))
    list_of = np.repeat(np.arange(len(word_lists), dtype=np.int64), sizes)
    pos = np.arange(word.size, dtype=np.int64) - starts[list_of]
    left = sizes[list_of] - pos
    after = np.concatenate((word, np.zeros(2, dtype=np.uint64)))
    second = np.where(left > 1, after[1 : word.size + 1], np.uint64(0))
    third = np.where(left > 2, after[2 : word.size + 2], np.uint64(0))
    begins = (pos == 0) | (left >= SHINGLE)  # where a full gram starts, or a short list's one gram
    with np.errstate(over="ignore"):  # wrapping arithmetic is the point
        key = _mix(word[begins] * _MIX_A + second[begins] * _MIX_B + third[begins]).view(np.int64)
    pairs = np.unique(np.stack((list_of[begins], key), axis=1), axis=0)  # each (list, gram) once
    return pairs[:, 0].copy(), pairs[:, 1].copy()


def grams_of_lists(word_lists: Sequence[Sequence[str]]) -> list[list[int]]:
    """Each list's distinct gram keys (``gram_keys``), in ascending order."""
    lists, keys = gram_keys(word_lists)
    held: list[list[int]] = [[] for _ in word_lists]
    for i, g in zip(lists.tolist(), keys.tolist(), strict=True):
        held[i].append(g)
    return held


@dataclass(slots=True)
class OldLists:
    """What the index says of the old lists around the new ones.

    ``df``: {gram: old lists holding it} for every gram of a new list; ``holders``: {gram: the
    old lists' names} for the grams a new list holds under the cap; ``words``: {old name: its
    words} for every holder; ``same_words``: {new index: old names with exactly its words}.
    """

    df: Mapping[int, int]
    holders: Mapping[int, Sequence[str]]
    words: Mapping[str, Sequence[str]]
    same_words: Mapping[int, Sequence[str]]


Link = tuple[int, "int | str"]  # (new index, another new index or an old list's name)


def new_links(
    new_words: Sequence[Sequence[str]],
    grams: Mapping[int, set[int]],
    old: OldLists,
    *,
    max_tests: int = 1_000_000,
) -> list[Link] | None:
    """The links that ``linked_groups`` over old and new lists has and the old lists' groups lack:
    each with a new list (an index into ``new_words``; ``grams`` its gram keys) at one end.

    None when the old groups no longer hold: a gram held by an old list crossed MAX_SHINGLE_DF
    with the new lists; or more than ``max_tests`` pairs to test (a large addition: link from
    scratch). Verbatim copies of a list of MIN_CONTAINED_WORDS words or more are linked even when
    every gram is over the cap (as ``linked_groups`` keeps them one group).
    """
    new_df: dict[int, int] = {}
    new_holders: dict[int, list[int]] = {}
    for i in range(len(new_words)):
        for g in grams.get(i, ()):
            new_df[g] = new_df.get(g, 0) + 1
            new_holders.setdefault(g, []).append(i)
    for g, n in new_df.items():
        before = old.df.get(g, 0)
        if 0 < before <= MAX_SHINGLE_DF < before + n:
            return None
    links: list[Link] = []
    tests = 0
    for i, words in enumerate(new_words):
        under = [g for g in grams.get(i, ()) if old.df.get(g, 0) + new_df[g] <= MAX_SHINGLE_DF]
        if not under:  # dead: only verbatim copies of six words or more join it
            if len(words) >= MIN_CONTAINED_WORDS:
                links.extend((i, name) for name in old.same_words.get(i, ()))
                links.extend(
                    (i, j) for j in range(i) if not _live(j, grams, old, new_df) and new_words[j] == words
                )
            continue
        old_found = sorted({name for g in under for name in old.holders.get(g, ())})
        new_found = sorted({j for g in under for j in new_holders[g] if j > i})  # each new pair once
        tests += len(old_found) + len(new_found)
        if tests > max_tests:
            return None
        links.extend((i, name) for name in old_found if linked(words, old.words[name]))
        links.extend((i, j) for j in new_found if linked(words, new_words[j]))
    return links


def _live(j: int, grams: Mapping[int, set[int]], old: OldLists, new_df: Mapping[int, int]) -> bool:
    return any(old.df.get(g, 0) + new_df[g] <= MAX_SHINGLE_DF for g in grams.get(j, ()))
