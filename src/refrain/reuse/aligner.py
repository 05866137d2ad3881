"""Local alignment of two texts: every reused passage, with exact edges on both sides.

Seed and extend, on words:

1. seeds: positions where the two texts share a word ``n``-shingle;
2. runs: seeds on one diagonal (same offset between the texts) with small gaps;
3. chains: runs joined across small gaps and diagonal shifts (a changed, added or dropped word);
4. edges: each chain's ends are extended word by word with an X-drop score, so a passage ends on
   the last copied word, not on a seed boundary and not 100 characters past it;
5. characters: word edges become code-point offsets, then take in the punctuation both texts share
   around them (a closing quote mark, a full stop), compared after folding curly quotes to straight.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from refrain.reuse.params import DEFAULT_PARAMS, ReuseParams
from refrain.reuse.seeds import pair_seeds, seed_table
from refrain.reuse.tokens import Tokens, shingles, tokenize

# Punctuation variants folded together when deciding whether an edge character is shared.
_PUNCT_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u2026": ".",
    }
)


@dataclass(slots=True)
class TokenMatch:
    """One aligned passage in word positions: ``[a0, a1)`` in A and ``[b0, b1)`` in B."""

    a0: int
    a1: int
    b0: int
    b1: int
    matched: int  # words of A covered by shared shingles
    boilerplate: bool = False  # seeded by shingles that are boilerplate for this pair

    @property
    def score(self) -> float:
        return min(1.0, self.matched / max(self.a1 - self.a0, self.b1 - self.b0, 1))


def _runs(seeds: list[tuple[int, int]], n: int, max_gap: int) -> list[tuple[int, int, int, int, int]]:
    """Seeds ``(i, j)`` grouped into diagonal runs ``(a0, a1, b0, b1, words covered)`` (word
    ranges, half-open), sorted. Plain Python: a pair has a dozen seeds, not thousands."""
    runs: list[tuple[int, int, int, int, int]] = []
    diag: int | None = None
    first = last = cover = -1
    for d, i in sorted((j - i, i) for i, j in seeds):
        gap = i - last
        if d == diag and gap <= max_gap + 1:
            # Words covered by a run's shingles: n for the first seed, min(gap, n) for each next.
            cover += gap if gap < n else n
            last = i
            continue
        if diag is not None:
            runs.append((first, last + n, first + diag, last + n + diag, cover))
        diag, first, last, cover = d, i, i, n
    if diag is not None:
        runs.append((first, last + n, first + diag, last + n + diag, cover))
    runs.sort()
    return runs


def _extend(
    ha: list[int],
    hb: list[int],
    i: int,
    j: int,
    x_drop: int,
    penalty: int,
    stop: set[int] | None = None,
    backward: bool = False,
) -> tuple[int, int, int]:
    """Extend forward from ``(i, j)`` (next words to compare): the end after the best match, and
    how many matching words the extension took in.

    Match +1; a changed word (both advance), an added or a dropped word each cost ``penalty``.
    Stops when the score falls ``x_drop`` below the best, or at a word of A in ``stop`` (word
    positions of A; ``backward``: ``ha``/``hb`` are the texts reversed, ``stop`` is not);
    the best point is always just after a matching word, so edges land on copied words.
    """
    best_i, best_j = i, j
    score = best = matched = best_matched = 0
    la, lb = len(ha), len(hb)
    while i < la and j < lb:
        if stop and ((la - 1 - i) if backward else i) in stop:
            break  # boilerplate: a reused passage must not swallow the tag line next to it
        if ha[i] == hb[j]:
            i += 1
            j += 1
            score += 1
            matched += 1
            if score > best:
                best, best_i, best_j, best_matched = score, i, j, matched
            continue
        score -= penalty
        if score < best - x_drop:
            break
        if i + 1 < la and ha[i + 1] == hb[j]:
            i += 1  # a word added in A
        elif j + 1 < lb and ha[i] == hb[j + 1]:
            j += 1  # a word added in B
        else:
            i += 1  # a changed word
            j += 1
    return best_i, best_j, best_matched


def align_tokens(
    a: Tokens,
    b: Tokens,
    params: ReuseParams = DEFAULT_PARAMS,
    boiler_a: np.ndarray | None = None,
    shingles_ab: tuple[np.ndarray, np.ndarray] | None = None,
) -> list[TokenMatch]:
    """Reused passages between two tokenised texts, in word positions, ordered by A position.

    ``boiler_a`` marks the shingle positions of A that are boilerplate for this pair: they seed
    passages of their own, flagged, and reused passages are not extended into them.
    ``shingles_ab``: the two texts' ``params.ngram``-shingles when already computed.
    """
    n = params.ngram
    sa, sb = shingles_ab if shingles_ab is not None else (shingles(a.hashes, n), shingles(b.hashes, n))
    none = np.zeros(0, dtype=np.uint64)
    ia, jb, _ = pair_seeds(
        seed_table(sa, params.max_repeats, 0, none), seed_table(sb, params.max_repeats, 0, none)
    )
    flags = boiler_a[ia] if boiler_a is not None else None
    return align_seeded(a.hashes, b.hashes, ia, jb, flags, params)


def align_seeded(
    ha: np.ndarray,
    hb: np.ndarray,
    ia: np.ndarray,
    jb: np.ndarray,
    flags: np.ndarray | None,
    params: ReuseParams = DEFAULT_PARAMS,
) -> list[TokenMatch]:
    """Reused passages from seeds: the texts' word hashes ``ha``/``hb`` and the positions
    ``(ia[k], jb[k])`` where they share a shingle (:func:`refrain.reuse.seeds.pair_seeds`);
    ``flags[k]`` says seed k is boilerplate for this pair (``None``: none is)."""
    if len(ia) == 0:
        return []
    seeds = list(zip(ia.tolist(), jb.tolist(), strict=True))
    if flags is None or not flags.any():
        return _one_to_one(_matches(seeds, ha, hb, params, None, False))
    n = params.ngram
    flagged = flags.tolist()
    boiler_seeds = [s for s, f in zip(seeds, flagged, strict=True) if f]
    # Each kind of passage stops where the words seeded by the other kind begin.
    boiler_words = {i + k for i, _ in boiler_seeds for k in range(n)}
    reuse_words = {
        i + k for (i, _), f in zip(seeds, flagged, strict=True) if not f for k in range(n)
    } - boiler_words
    # A shingle that reaches into boilerplate words does not seed reuse either.
    clean = [(i, j) for i, j in seeds if boiler_words.isdisjoint(range(i, i + n))]
    reuse = _matches(clean, ha, hb, params, boiler_words, False)
    boiler = _matches(boiler_seeds, ha, hb, params, reuse_words, True)
    return _one_to_one(reuse + boiler)


def _matches(
    seeds: list[tuple[int, int]],
    ha: np.ndarray,
    hb: np.ndarray,
    params: ReuseParams,
    stop: set[int] | None,
    boilerplate: bool,
) -> list[TokenMatch]:
    """Chain seeds into passages and extend their edges."""
    if not seeds:
        return []
    n = params.ngram
    max_gap = params.max_gap
    chains: list[list[int]] = []  # [a0, a1, b0, b1, words covered]
    for a0, a1, b0, b1, cover in _runs(seeds, n, max_gap):
        best, best_gap = -1, None
        for c, chain in enumerate(chains):
            gap_a, gap_b = a0 - chain[1], b0 - chain[3]
            # A gap is bridged only between stretches at least as long as it: a stray shared
            # phrase a sentence away must not drag the edge out to it.
            widest = max(gap_a, gap_b)
            if (
                -n <= gap_a <= max_gap
                and -n <= gap_b <= max_gap
                and (widest <= n or min(cover, chain[4]) >= widest)
            ):
                gap = widest + abs(gap_a - gap_b)
                if best_gap is None or gap < best_gap:
                    best, best_gap = c, gap
        if best < 0:
            chains.append([a0, a1, b0, b1, cover])
            continue
        chain = chains[best]
        overlap = max(0, chain[1] - a0)
        chain[1], chain[3] = max(chain[1], a1), max(chain[3], b1)
        chain[4] += max(0, cover - overlap)
    la, lb = len(ha), len(hb)
    words: tuple[list[int], list[int], list[int], list[int]] | None = None
    out: list[TokenMatch] = []
    for a0, a1, b0, b1, cover in chains:
        if cover < params.min_words - 2 * n:  # edges may still add up to n words each side
            continue
        if words is None:  # Python ints for the word-by-word walks, made once per pair
            fa, fb = ha.tolist(), hb.tolist()
            words = fa, fb, fa[::-1], fb[::-1]
        fa, fb, ra, rb = words
        a1, b1, gained = _extend(fa, fb, a1, b1, params.x_drop, params.edit_penalty, stop)
        cover += gained
        back_a, back_b, gained = _extend(
            ra, rb, la - a0, lb - b0, params.x_drop, params.edit_penalty, stop, backward=True
        )
        cover += gained
        a0, b0 = la - back_a, lb - back_b
        if cover >= params.min_words:
            out.append(TokenMatch(a0, a1, b0, b1, cover, boilerplate))
    return out


def _one_to_one(matches: list[TokenMatch]) -> list[TokenMatch]:
    """Keep one of any two passages that overlap on either side (the one with more matched words).

    When a text repeats a paragraph, the other text's copy is aligned to its best match only:
    each stretch of text is reused from one place, not from every repetition.
    """
    matches.sort(key=lambda m: -m.matched)
    kept: list[TokenMatch] = []
    for m in matches:
        if any((m.a0 < k.a1 and k.a0 < m.a1) or (m.b0 < k.b1 and k.b0 < m.b1) for k in kept):
            continue
        kept.append(m)
    kept.sort(key=lambda m: (m.a0, m.b0))
    return kept


def _fold(ch: str) -> str:
    return ch.translate(_PUNCT_FOLD)


def char_edges(a_text: str, a: Tokens, b_text: str, b: Tokens, m: TokenMatch) -> tuple[int, int, int, int]:
    """Code-point edges of a word-level match, widened over the punctuation both sides share."""
    a_start, a_end = int(a.starts[m.a0]), int(a.ends[m.a1 - 1])
    b_start, b_end = int(b.starts[m.b0]), int(b.ends[m.b1 - 1])
    # Leading punctuation: an opening quote mark or bracket right before the first word.
    while (
        a_start > 0
        and b_start > 0
        and _is_edge_punct(a_text[a_start - 1])
        and _fold(a_text[a_start - 1]) == _fold(b_text[b_start - 1])
    ):
        a_start -= 1
        b_start -= 1
    # Trailing punctuation: full stop, closing quote, bracket.
    while (
        a_end < len(a_text)
        and b_end < len(b_text)
        and _is_edge_punct(a_text[a_end])
        and _fold(a_text[a_end]) == _fold(b_text[b_end])
    ):
        a_end += 1
        b_end += 1
    return a_start, a_end, b_start, b_end


def _is_edge_punct(ch: str) -> bool:
    return not ch.isspace() and not ch.isalnum() and ch != "_"


def align_pair(
    a_text: str, b_text: str, params: ReuseParams = DEFAULT_PARAMS
) -> list[tuple[int, int, int, int, float]]:
    """Reused passages between two texts: ``(a_start, a_end, b_start, b_end, score)`` in code points.

    The local aligner alone (no candidate stage, no boilerplate, no clusters): for tests, and for
    engines that produce their own candidate pairs (Spark).

    >>> a = "Intro. The minister said the budget would cut spending on roads by a fifth next year."
    >>> b = "Elsewhere: the minister said the budget would cut spending on roads by a fifth next year! End"
    >>> [(a[s:e], b[bs:be]) for s, e, bs, be, _ in align_pair(a, b, ReuseParams(min_words=10))]
    [('The minister said the budget would cut spending on roads by a fifth next year', 'the minister said the budget would cut spending on roads by a fifth next year')]
    """
    a, b = tokenize(a_text), tokenize(b_text)
    out = []
    for m in align_tokens(a, b, params):
        a_start, a_end, b_start, b_end = char_edges(a_text, a, b_text, b, m)
        out.append((a_start, a_end, b_start, b_end, round(m.score, 4)))
    return out
