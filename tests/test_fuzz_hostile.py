"""Hypothesis on hostile inputs: invisible characters, long runs of marks and numbers, hostile names.

The analysers (quotes, claims, reuse) never raise on them and every span they report lies inside the text; the terminal
sanitiser leaves no control character or bidi override in anything it returns, and table, CSV
and JSONL output of rows with hostile names and cells is one line a row (CSV: one record a row).
"""

from __future__ import annotations

import csv
import io
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from refrain.claims import find as find_claims
from refrain.output import write_rows
from refrain.quotes import cues
from refrain.quotes import find as find_quotes
from refrain.quotes.context import MASK, _uncontracted, tokens
from refrain.quotes.cues import find_cues
from refrain.reuse import ReuseDoc, align
from refrain.text import tokenize
from refrain.text.visible import has_unsafe, visible

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
             "\u2060", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u061c"]  # fmt: skip
MARKS = list("“”„‟«»\"‘’'")
WORDS = [
    "said",
    "Smith",
    "John",
    "Mira",
    "Holt",
    "the",
    "minister",
    "told",
    "reporters",
    "percent",
    "people",
    "in",
    "2024",
]
CONTROLS = [chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]]

piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(INVISIBLE),
    st.sampled_from(MARKS),
    st.sampled_from([" ", " ", ", ", ". ", "\n", ": "]),
    st.builds(lambda m, n: m * n, st.sampled_from(MARKS), st.integers(1, 300)),  # a run of marks
    st.builds(lambda n: ", ".join(str(10 + i) for i in range(n)), st.integers(1, 60)),  # a run of numbers
    st.builds(
        lambda w, c, w2: w + c + w2,
        st.sampled_from(WORDS),
        st.sampled_from(INVISIBLE),
        st.sampled_from(WORDS),
    ),
)
hostile_text = st.lists(piece, min_size=1, max_size=80).map("".join)
hostile_name = st.text(
    alphabet=st.one_of(st.sampled_from(CONTROLS + INVISIBLE + ["\u2028", "\u2029", "\\"]), st.characters()),
    min_size=1,
    max_size=40,
)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(hostile_text)
def test_quotes_on_hostile_text(text: str) -> None:
    for q in find_quotes(text):
        assert 0 <= q.start <= q.end <= len(text)
        for start, end in q.pieces:
            assert 0 <= start <= end <= len(text)


@FAST
@given(hostile_text)
def test_claims_on_hostile_text(text: str) -> None:
    for c in find_claims(text):
        assert 0 <= c.start <= c.end <= len(text)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(hostile_text, min_size=2, max_size=4), hostile_text)
def test_reuse_on_hostile_text(texts: list[str], shared: str) -> None:
    # hostile texts, each also carrying one shared stretch (so pairs are proposed and aligned)
    docs = [ReuseDoc(f"d{i}", f"{t} {shared} {shared}", order=i) for i, t in enumerate(texts)]
    result = align(docs, workers=1)
    lengths = {d.name: len(d.text) for d in docs}
    for p in result.passages:
        assert 0 <= p.a_start <= p.a_end <= lengths[p.a] and 0 <= p.b_start <= p.b_end <= lengths[p.b]
    for c in result.clusters:
        assert all(0 <= s <= e <= lengths[name] for name, s, e in c.members)


@settings(max_examples=300, deadline=None)
@given(hostile_name)
def test_visible_leaves_nothing_a_terminal_obeys(name: str) -> None:
    shown = visible(name)
    assert not has_unsafe(shown)
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]", shown)
    assert len(shown.splitlines()) <= 1


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(hostile_name, hostile_name), min_size=1, max_size=5))
def test_rows_with_hostile_names_stay_one_row_each(cells: list[tuple[str, str]]) -> None:
    rows = [{"doc": a, "text": b} for a, b in cells]
    for fmt in ("jsonl", "csv", "table"):
        out = io.StringIO()
        write_rows(rows, fmt, out=out)
        written = out.getvalue()
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", written), fmt
        if fmt == "jsonl":
            assert [json.loads(line) for line in written.splitlines()] == rows
        if fmt == "csv":
            assert len(list(csv.reader(io.StringIO(written)))) == len(rows) + 1


# A text with masked (quoted) runs, abbreviations, glued marks and invisible characters.
masked_text = st.lists(
    st.one_of(
        piece, st.sampled_from([MASK, MASK * 3, "U.S.", "Sen.", "J.", "e.g.", "Smith.", "Jo-", "’s", "/X"])
    ),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(masked_text, st.lists(st.tuples(st.integers(-2, 400), st.integers(-2, 400)), min_size=1, max_size=20))
def test_quote_tokens_of_a_stretch_equal_tokenising_it_alone(
    masked: str, spans: list[tuple[int, int]]
) -> None:
    # the quote finder cuts stretches out of the whole text's tokens (linear on many quotes): the
    # same tokens as tokenising each stretch alone, wherever the stretch starts and ends (in the
    # finder's view, where a contracted pronoun is the pronoun: a stretch starting inside "the’s"
    # reads "he’s" as "he")
    for a, b in spans:
        lo, hi = min(a, len(masked)), min(b, len(masked))
        if lo < 0:
            continue
        assert tokens(masked, lo, hi) == _uncontracted(tokenize(masked, lo, hi, abbreviations=True))


CUE_WORDS = ["said", "according", "to", "quoted", "as", "saying", "told", "reporters", "and", "was", "by", "IRNA",
             "Smith", "the", "telling", "added", "that", "expressed", "claims", ",", ":", ".", MASK, "then", "also"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(CUE_WORDS), min_size=1, max_size=90),
    st.lists(st.tuples(st.integers(0, 90), st.booleans()), min_size=1, max_size=12),
    st.booleans(),
)
def test_cues_of_growing_stretches_equal_a_fresh_scan(
    words: list[str], cuts: list[tuple[int, bool]], growing: bool
) -> None:
    # find_cues takes what an earlier run on a shared prefix found: same cues as scanning anew
    toks = tokenize(" ".join(words), abbreviations=True)
    for cut, drop_masks in sorted(cuts) if growing else cuts:
        stretch = [t for t in toks[:cut] if not (drop_masks and t.text == MASK)]
        found = find_cues(stretch)
        cues._SCANS.clear()
        assert found == find_cues(stretch)


def test_a_cue_decided_by_the_stretch_end_is_decided_again_when_it_grows() -> None:
    # ", explaining to Reuters" ends the words before a quote (a cue) or sits mid-sentence (none);
    # ("telling" opens its clause's words wherever it stands: clause_participles.txt)
    toks = tokenize(
        "a b c d e f g h i j k l m n o p q r s t u v w x , explaining to Reuters", abbreviations=True
    )
    longer = toks + tokenize(" y z a b c d e f g h i j k l m", abbreviations=True)
    assert [c.text for c in find_cues(toks)] == ["explaining"]
    assert find_cues(longer) == []
    assert [c.text for c in find_cues(toks)] == ["explaining"]


def test_a_sentence_crowded_with_quotations_is_cut_after_each() -> None:
    from refrain.quotes.context import MAX_QUOTES_PER_SENTENCE, mask_quotes, sentence_starts
    from refrain.quotes.marks import find_raw

    def starts(n: int) -> tuple[int, list[int]]:
        text = "The minister said " + " ".join(f"w{i} “q{i}” w{i}" for i in range(n)) + "."
        raws = find_raw(text)
        return len(raws), sentence_starts(text, mask_quotes(text, raws), 0, len(text), raws)

    pieces, cut = starts(MAX_QUOTES_PER_SENTENCE)
    assert pieces == MAX_QUOTES_PER_SENTENCE and cut == [0]  # a long sentence of quotes stays one
    pieces, cut = starts(MAX_QUOTES_PER_SENTENCE + 1)
    assert len(cut) == pieces + 1  # one more: a sentence after each quotation (the last ends the text)
