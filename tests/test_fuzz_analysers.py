"""Fuzzing the analysers on mutated news text: quotes, claims and reuse never raise, spans always fit.

Unlike the analysers' own property tests (random soups of marks), these start from realistic
articles and mutate them the way crawled text is broken: marks dropped or doubled, lines cut,
numbers and scripts spliced in, invisible characters, whole stretches repeated. Checked:
nothing raises; every offset lies inside the text and slices to the text it claims; quote pieces
never overlap; reuse edges lie within both documents.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from refrain.claims import find as find_claims
from refrain.quotes import find as find_quotes
from refrain.reuse import ReuseDoc, align, align_pair

ARTICLE = (
    "Tag One, Tag Two, Tag Three\n\n"
    "Reservoir Levels Fall\n\n"
    "“We will not ration water this summer,” Ilse Marnet, the water minister, told reporters on Tuesday. "
    "She said the Karaj dam held 40 percent of its capacity, down from 62 percent a year earlier.\n\n"
    "But the farmers’ union said more than 3,000 wells had run dry since March, and that “nobody "
    "in the capital is listening”. «Ce n'est pas fini», a French visitor said.\n\n"
    "Officials said about 1.2 million people in 14 towns were affected in 2023, the ministry's "
    "spokesman, Tomas Quill, added on Wednesday. ‘It is a crisis,’ he said.\n\n"
    "Continue Reading"
)
SPLICES = ['"', "“", "”", "‘", "’", "«", "»", "'", "„", "‹", "›", "''", "``", "\u200b", "\u200f", "\ufeff",
           "\n", "\n\n", " said ", " he said, ", "—", "...", "%", "$", "1,000", "3.5 million", "٣٠", "۴۰",
           "nearly", "in 2019", "last year", "\u0301", "\U0001f600", "\x00", "\t", "Mr. ", "Dr. Anna Berg, "]  # fmt: skip


@st.composite
def mutated_article(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from([ARTICLE, ARTICLE.replace("“", '"').replace("”", '"'), ARTICLE[::-1]]))
    for _ in range(draw(st.integers(0, 12))):
        at = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "insert", "delete", "repeat", "cut"]))
        if op == "insert":
            text = text[:at] + draw(st.sampled_from(SPLICES) | st.text(max_size=6)) + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 30)) :]
        elif op == "repeat":
            text = text[:at] + text[at : at + draw(st.integers(1, 80))] * draw(st.integers(2, 6)) + text[at:]
        else:
            text = text[:at]
    return text


ANALYSERS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_quotes(text: str) -> list:
    quotes = find_quotes(text, date="2024-02-29")
    last_end = -1
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert q.pieces, "a quote has at least one piece"
        words = " ".join(q.text.split())  # the text is the pieces' words (spaces at the edges trimmed)
        assert all(" ".join(text[s:e].split()) in words for s, e in q.pieces), "a quote's text is its pieces"
        for start, end in q.pieces:
            assert q.start <= start <= end <= q.end
            assert start >= last_end, "quote pieces never overlap"
            last_end = end
        m = q.speaker_mention
        if m is not None:
            assert 0 <= m.start <= m.end <= len(text) and text[m.start : m.end] == m.text
    return quotes


@ANALYSERS
@given(mutated_article())
def test_quotes_on_mutated_articles(text: str) -> None:
    check_quotes(text)


@ANALYSERS
@given(mutated_article(), st.sampled_from([None, "2024-02-29", "1999-12-31", "not a date", "0001-01-01"]))
def test_claims_on_mutated_articles(text: str, date: str | None) -> None:
    quotes = check_quotes(text)
    for c in find_claims(text, date=date, outlet="Outlet", quotes=quotes):
        assert 0 <= c.start <= c.end <= len(text)
        assert c.text == text[c.start : c.end]
        for part in (c.value_text, c.what, c.when, c.where):
            if part is not None:
                assert 0 <= part.start <= part.end <= len(text)
                assert text[part.start : part.end] == part.text, part
        assert c.value == c.value  # never NaN


def _reuse_docs(texts: list[str]) -> list[ReuseDoc]:
    return [ReuseDoc(name=f"d{i}", text=t, outlet=f"o{i % 2}", order=i) for i, t in enumerate(texts)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(mutated_article(), min_size=2, max_size=5))
def test_reuse_edges_lie_within_both_documents(texts: list[str]) -> None:
    texts = [t for i, t in enumerate(texts) if t not in texts[:i]]  # names are unique, texts may repeat
    docs = _reuse_docs(texts)
    result = align(docs, workers=1)
    by_name = {d.name: d.text for d in docs}
    for p in result.passages:
        assert p.a != p.b
        assert 0 <= p.a_start < p.a_end <= len(by_name[p.a])
        assert 0 <= p.b_start < p.b_end <= len(by_name[p.b])
    for cluster in result.clusters:
        for name, start, end in cluster.members:
            assert 0 <= start < end <= len(by_name[name])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_article(), mutated_article())
def test_align_pair_edges_lie_within_both_texts(a: str, b: str) -> None:
    for a_start, a_end, b_start, b_end, score in align_pair(a, b):
        assert 0 <= a_start < a_end <= len(a)
        assert 0 <= b_start < b_end <= len(b)
        assert 0 < score <= 1


def test_the_seed_article_has_findings_for_every_analyser() -> None:
    # The mutations start from text every analyser finds things in, so the fuzzing exercises them.
    quotes = find_quotes(ARTICLE)
    assert {q.speaker for q in quotes} >= {"Ilse Marnet"}
    assert len(find_claims(ARTICLE)) >= 3
    assert align_pair(ARTICLE, "Intro line here. " + ARTICLE[100:600])


def test_two_quotations_with_two_speakers_stay_two_quotes() -> None:
    text = "“We will win,” said Jane Doe. “The budget is fine,” said John Roe."
    assert [(q.speaker, q.pieces) for q in find_quotes(text)] == [
        ("Jane Doe", ((1, 13),)),
        ("John Roe", ((31, 50),)),
    ]


def test_a_repeated_quotation_is_found_each_time() -> None:
    text = "“We will win,” said Jane Doe on Monday. Later, “we will win,” said John Roe on Tuesday."
    assert len(find_quotes(text)) == 2
