"""refrain.reuse: passages shared across texts, with exact edges, clustered, earliest source.

All texts here are invented for these tests.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refrain.reuse import Cluster, Passage, ReuseDoc, ReuseParams, align, align_pair

COPIED = (
    "The harbour authority said on Thursday that the northern pier would stay closed until the end "
    "of March while divers inspect the foundations, and that ferries to the islands would leave from "
    "the old fish market instead."
)
OTHER_A = "Weather in the valley stayed mild all week. Farmers began the late harvest of pears."
OTHER_B = "A new bakery opened near the station. Its owner trained in a small town in the hills."


def test_verbatim_copy_has_exact_edges_on_both_sides() -> None:
    a = f"{OTHER_A}\n\n{COPIED}\n\nIn other news, the choir sang."
    b = f"Local round-up. {COPIED} {OTHER_B}"
    [(a_start, a_end, b_start, b_end, score)] = align_pair(a, b)
    assert a[a_start:a_end] == COPIED
    assert b[b_start:b_end] == COPIED
    assert score == 1.0


def test_a_changed_word_keeps_one_passage_with_the_true_edges() -> None:
    edited = COPIED.replace("northern pier", "eastern pier")
    a = f"{OTHER_A} {COPIED}"
    b = f"{edited} {OTHER_B}"
    [(a_start, a_end, b_start, b_end, score)] = align_pair(a, b)
    assert a[a_start:a_end] == COPIED
    assert b[b_start:b_end] == edited
    assert 0.9 < score < 1.0


def test_curly_and_straight_quotes_match_and_the_edge_takes_in_the_quote_marks() -> None:
    quote = (
        "“We will not reopen the pier before every pillar has been checked by two independent "
        "engineers,” the harbour master told reporters."
    )
    straight = quote.replace("“", '"').replace("”", '"')
    a = f"{OTHER_A} {quote}"
    b = f"Earlier: {straight} Later the rain came."
    [(a_start, a_end, b_start, b_end, _)] = align_pair(a, b)
    assert a[a_start:a_end] == quote
    assert b[b_start:b_end] == straight


def test_rewrapped_lines_still_align_and_edges_stay_on_the_copied_text() -> None:
    wrapped = COPIED.replace(" would stay ", "\nwould stay ").replace(" ferries ", "\n  ferries ")
    a = f"{OTHER_A}\n{COPIED}"
    b = f"{wrapped}\n{OTHER_B}"
    [(a_start, a_end, b_start, b_end, score)] = align_pair(a, b)
    assert (a[a_start:a_end], b[b_start:b_end], score) == (COPIED, wrapped, 1.0)


def test_edges_do_not_run_into_unrelated_neighbouring_text() -> None:
    # The words around the copy differ; a seed-based aligner that pads edges would take them in.
    a = f"Breaking: {COPIED} Officials added nothing more."
    b = f"As reported yesterday, {COPIED} The mayor was not available."
    [(a_start, a_end, b_start, b_end, _)] = align_pair(a, b)
    assert a[a_start:a_end] == COPIED and b[b_start:b_end] == COPIED


def test_texts_sharing_nothing_give_no_passage() -> None:
    assert align_pair(OTHER_A, OTHER_B) == []
    assert align_pair("", COPIED) == []


def test_align_names_a_before_b_in_ingest_order_and_offsets_point_into_each_text() -> None:
    docs = [
        ReuseDoc("late.txt", f"{OTHER_B} {COPIED}", order=5),
        ReuseDoc("early.txt", f"{COPIED} {OTHER_A}", order=1),
    ]
    result = align(docs, workers=1)
    [passage] = result.passages
    assert isinstance(passage, Passage)
    assert (passage.a, passage.b) == ("early.txt", "late.txt")
    texts = {d.name: d.text for d in docs}
    assert texts[passage.a][passage.a_start : passage.a_end] == COPIED
    assert texts[passage.b][passage.b_start : passage.b_end] == COPIED
    assert passage.to_dict()["cluster"] == passage.cluster == result.clusters[0].id


def test_duplicate_names_are_refused_with_a_clear_error() -> None:
    with pytest.raises(ValueError, match="names must be unique"):
        align([ReuseDoc("x", COPIED), ReuseDoc("x", COPIED)], workers=1)


def test_bad_parameters_are_named() -> None:
    with pytest.raises(ValueError, match="min_words"):
        ReuseParams(min_words=2)
    with pytest.raises(ValueError, match="workers"):
        align([], workers=0)


# -- boilerplate ---------------------------------------------------------------------------------

TAGLINE = (
    "The Harbour Gazette is an independent weekly paper owned by its readers and staff, and all of "
    "its reporting may be republished freely with a link back to the original article."
)
STORIES = [
    "The school board met on Monday to discuss the new bus routes for the autumn term.",
    "A storm knocked down three old oaks along the river path late on Sunday night.",
    "The library will extend its opening hours on weekdays starting next month.",
    "Two local runners finished in the top ten of the regional marathon this weekend.",
    "The market square will be repaved in stages so that stalls can stay open.",
    "Volunteers counted more than four hundred swans on the lake during the annual survey.",
]


def test_a_tag_line_repeated_across_an_outlets_articles_is_flagged_boilerplate_not_reuse() -> None:
    docs = [
        ReuseDoc(f"gazette-{i}", f"{story}\n\n{TAGLINE}", outlet="Gazette", order=i)
        for i, story in enumerate(STORIES)
    ]
    # Another outlet genuinely reprints one of the Gazette's stories.
    docs.append(ReuseDoc("herald-1", f"From our neighbours: {COPIED}", outlet="Herald", order=10))
    docs.append(ReuseDoc("gazette-9", f"{COPIED}\n\n{TAGLINE}", outlet="Gazette", order=9))
    texts = {d.name: d.text for d in docs}
    result = align(docs, params=ReuseParams(boilerplate_min_docs=5), workers=1)
    # Boilerplate proposes no pairs; where it is aligned anyway it is flagged, never reuse.
    assert all(texts[p.a][p.a_start : p.a_end] == TAGLINE for p in result.passages if p.boilerplate)
    [reuse] = result.reuse
    assert {reuse.a, reuse.b} == {"gazette-9", "herald-1"}
    assert texts[reuse.a][reuse.a_start : reuse.a_end] == COPIED
    # Boilerplate is judged per outlet: the same text across seven outlets is reuse.
    lenient = align([replace(d, outlet=f"outlet-{i}") for i, d in enumerate(docs)], workers=1)
    assert sum(texts[p.a][p.a_start : p.a_end] == TAGLINE for p in lenient.reuse) == 21


def test_a_pair_aligned_for_real_reuse_still_flags_the_tag_line_it_also_shares() -> None:
    docs = [
        ReuseDoc(f"gazette-{i}", f"{story}\n\n{TAGLINE}", outlet="Gazette", order=i)
        for i, story in enumerate(STORIES)
    ]
    docs.append(ReuseDoc("gazette-8", f"{COPIED}\n\nSports next.\n\n{TAGLINE}", outlet="Gazette", order=8))
    docs.append(
        ReuseDoc("gazette-9", f"Again: {COPIED}\n\nWeather next.\n\n{TAGLINE}", outlet="Gazette", order=9)
    )
    texts = {d.name: d.text for d in docs}
    result = align(docs, params=ReuseParams(boilerplate_min_docs=5), workers=1)
    assert {texts[p.a][p.a_start : p.a_end]: p.boilerplate for p in result.passages} == {
        COPIED: False,
        TAGLINE: True,
    }


def test_the_same_passage_in_two_articles_of_one_outlet_is_reuse_not_boilerplate() -> None:
    docs = [
        ReuseDoc("g1", f"{STORIES[0]} {COPIED}", outlet="Gazette", order=0),
        ReuseDoc("g2", f"{COPIED} {STORIES[1]}", outlet="Gazette", order=1),
    ]
    [p] = align(docs, workers=1).passages
    assert not p.boilerplate


# -- clusters --------------------------------------------------------------------------------------

QUOTE_ONE = (
    "“Our budget for schools will grow by a tenth next year, and every new teacher will be paid from "
    "the first day of training,” the finance minister said."
)
QUOTE_TWO = (
    "The opposition leader replied that the promise had been made twice before and that not a single "
    "extra classroom had been built in the northern districts since then."
)


def test_one_long_reprint_does_not_chain_two_different_quotes_into_one_cluster() -> None:
    article = f"{OTHER_A} {QUOTE_ONE} {OTHER_B} Later in the debate: {QUOTE_TWO} The session closed at six."
    docs = [
        ReuseDoc("original", article, order=0),
        ReuseDoc("full-reprint", f"Reprinted with permission. {article}", order=1),
        ReuseDoc("quotes-one", f"Budget day. {QUOTE_ONE} Markets were calm.", order=2),
        ReuseDoc("quotes-two", f"Reaction. {QUOTE_TWO} No vote was held.", order=3),
    ]
    result = align(docs, workers=1)
    by_docs = {frozenset(c.documents) for c in result.clusters}
    assert frozenset({"original", "full-reprint"}) in by_docs
    assert frozenset({"original", "full-reprint", "quotes-one"}) in by_docs
    assert frozenset({"original", "full-reprint", "quotes-two"}) in by_docs
    assert len(result.clusters) == 3
    texts = {d.name: d.text for d in docs}
    quote_one = next(c for c in result.clusters if "quotes-one" in c.documents)
    assert all(texts[name][s:e] == QUOTE_ONE for name, s, e in quote_one.members)


def test_earliest_is_by_date_when_every_member_has_one() -> None:
    docs = [
        ReuseDoc("first-ingested", f"{OTHER_A} {COPIED}", date="2021-03-05", order=0),
        ReuseDoc("printed-first", f"{COPIED} {OTHER_B}", date="2021-03-01", order=1),
        ReuseDoc("third", f"Noted: {COPIED}", date="2021-03-09", order=2),
    ]
    [cluster] = align(docs, workers=1).clusters
    assert isinstance(cluster, Cluster)
    assert (cluster.earliest, cluster.earliest_by) == ("printed-first", "date")
    assert cluster.snippet.startswith("The harbour authority said on Thursday")
    assert [m[0] for m in cluster.members] == ["first-ingested", "printed-first", "third"]


def test_earliest_falls_back_to_ingest_order_when_a_date_is_missing() -> None:
    docs = [
        ReuseDoc("undated", f"{OTHER_A} {COPIED}", order=3),
        ReuseDoc("dated", f"{COPIED} {OTHER_B}", date="2021-03-01", order=4),
    ]
    [cluster] = align(docs, workers=1).clusters
    assert (cluster.earliest, cluster.earliest_by) == ("undated", "ingest order")


def test_worker_processes_give_the_same_result_as_one_process() -> None:
    docs = [ReuseDoc(f"d{i}", f"{STORIES[i % len(STORIES)]} {COPIED} Item {i}.", order=i) for i in range(12)]
    assert align(docs, workers=1) == align(docs, workers=2)


# -- properties ----------------------------------------------------------------------------------

WORDS = ["pier", "harbour", "ferry", "island", "said", "the", "a", "on", "of", "divers", "closed", "March"]
sentences = st.lists(st.sampled_from(WORDS), min_size=0, max_size=60).map(" ".join)
punctuation = st.sampled_from([" ", ". ", ", ", "\n", " “", "” ", "'s "])


@settings(max_examples=60, deadline=None)
@given(
    prefix_a=sentences,
    prefix_b=sentences,
    shared=st.lists(st.sampled_from(WORDS), min_size=0, max_size=80).map(" ".join),
    suffix=sentences,
    glue=punctuation,
)
def test_passages_always_lie_within_both_texts(
    prefix_a: str, prefix_b: str, shared: str, suffix: str, glue: str
) -> None:
    a = prefix_a + glue + shared + glue + suffix
    b = prefix_b + glue + shared
    for a_start, a_end, b_start, b_end, score in align_pair(a, b, ReuseParams(min_words=5)):
        assert 0 <= a_start < a_end <= len(a)
        assert 0 <= b_start < b_end <= len(b)
        assert 0.0 < score <= 1.0
        # Edges land on word characters or on punctuation both texts share, never on spaces.
        assert not a[a_start].isspace() and not a[a_end - 1].isspace()
        assert not b[b_start].isspace() and not b[b_end - 1].isspace()
