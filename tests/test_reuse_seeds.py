"""refrain.reuse on the five seed pages: reprinted passages found with exact edges, tag lines not reuse.

Seed 001 is an archive page holding ten articles separated by "Continue Reading"; here it is split
there (as ingest's archive splitting would), its pieces sharing one outlet. Nothing from the seed
texts is written in this file: expectations are stated by document names and structure.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shared_path

from refrain.reuse import ReuseDoc, ReuseParams, align
from refrain.reuse.aligner import _fold
from refrain.reuse.tokens import WORD_RE


def _seed_docs(root: Path) -> list[ReuseDoc]:
    docs: list[ReuseDoc] = []
    for path in sorted(root.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        prefix = path.name[:3]
        if prefix == "001":
            for k, piece in enumerate(text.split("Continue Reading")):
                docs.append(ReuseDoc(f"001#{k}", piece, outlet="site-001", order=len(docs)))
        else:
            docs.append(ReuseDoc(prefix, text, outlet=f"site-{prefix}", order=len(docs)))
    return docs


@pytest.fixture(scope="module")
def seeds() -> list[ReuseDoc]:
    return _seed_docs(shared_path("seeds"))


def _words_before(text: str, start: int) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(text[:start])[-1:]]


def _words_after(text: str, end: int) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(text[end:])[:1]]


def test_reprinted_passages_between_seed_pages_are_found(seeds) -> None:
    result = align(seeds, workers=1)
    found = sorted((p.a, p.b) for p in result.reuse)
    # A sentence of 000 reprinted in an article of 001; a long passage shared by two articles of
    # 001; two quotations shared by an article of 001 and page 002.
    assert found == [("000", "001#6"), ("001#3", "001#4"), ("001#9", "002"), ("001#9", "002")]


def test_edges_are_exact_on_both_sides(seeds) -> None:
    texts = {d.name: d.text for d in seeds}
    for p in align(seeds, workers=1).reuse:
        a, b = texts[p.a], texts[p.b]
        span_a, span_b = a[p.a_start : p.a_end], b[p.b_start : p.b_end]
        # Edges sit on the copied text: no white space inside the edges ...
        assert span_a == span_a.strip() and span_b == span_b.strip()
        # ... and the word just outside differs on each side (or the text ends), so the passage
        # is neither short of the copy nor padded past it.
        assert not (
            _words_before(a, p.a_start) and _words_before(a, p.a_start) == _words_before(b, p.b_start)
        )
        assert not (_words_after(a, p.a_end) and _words_after(a, p.a_end) == _words_after(b, p.b_end))
        if p.score == 1.0:  # verbatim: the same words (punctuation and quote style may differ)
            assert _words(span_a) == _words(span_b)
            # ... and the first and last characters agree, up to quote style.
            assert _fold(span_a[0]) == _fold(span_b[0]) and _fold(span_a[-1]) == _fold(span_b[-1])


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(text)]


def _tag_lines(docs: list[ReuseDoc]) -> dict[str, list[tuple[int, int]]]:
    """Per piece of the archive page: its first non-empty line (the tag list) and every line that
    recurs word for word in three or more pieces (bylines, "continue" links, captions)."""
    pieces = [d for d in docs if d.name.startswith("001#")]
    counts: dict[str, int] = {}
    for d in pieces:
        for line in {ln.strip() for ln in d.text.splitlines() if ln.strip()}:
            counts[line] = counts.get(line, 0) + 1
    spans: dict[str, list[tuple[int, int]]] = {}
    for d in pieces:
        out, pos, first = [], 0, True
        for line in d.text.splitlines(keepends=True):
            stripped = line.strip()
            if stripped and (first or counts[stripped] >= 3):
                out.append((pos, pos + len(line)))
            first = first and not stripped
            pos += len(line)
        spans[d.name] = out
    return spans


def test_tag_lines_are_not_reported_as_reuse(seeds) -> None:
    tags = _tag_lines(seeds)
    assert sum(len(v) for v in tags.values()) >= 10
    # Even with passages as short as 8 words, a tag line is boilerplate or nothing.
    result = align(seeds, params=ReuseParams(min_words=8, min_shared=2), workers=1)
    for p in result.reuse:
        for name, start, end in ((p.a, p.a_start, p.a_end), (p.b, p.b_start, p.b_end)):
            for t_start, t_end in tags.get(name, []):
                assert not (start < t_end and t_start < end), (name, start, end)
    assert any(p.boilerplate for p in result.passages)
