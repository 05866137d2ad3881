"""The store the web, report and browser tests read: the example corpus plus two hostile articles.

``web_corpus()`` builds it once per test process: the examples are ingested and analysed by the
real pipeline when it is importable (it is written in parallel), else loaded from the JSONL
example only. Two invented articles are then added whose title, text, outlet, URL and speaker
names carry HTML/JS payloads, with hand-written quotes, claims, a quote family, a conflict group
and a shared passage on them, so every page type has data whose content the tests know.
"""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from conftest import EXAMPLES

from refrain.document import Document
from refrain.store import Store, queries

PAYLOAD_SCRIPT = "<script>alert(1)</script>"
PAYLOAD_IMG = "<img src=x onerror=alert(1)>"
PAYLOAD_URL = "javascript:alert(1)"
HOSTILE_SPEAKER = "Ada Vell <script>alert(3)</script>"
FAMILY_ID = 900_001
CONFLICT_ID = 900_001
CLUSTER_ID = 900_001

SHARED_SENTENCE = "The water board will meet again on Friday to review the plans for the Lorn valley."

HOSTILE_A = Document(
    source="invented/lorn-courier.txt",
    title=f"{PAYLOAD_SCRIPT}Lorn reservoir: families moved {PAYLOAD_IMG}",
    date="2024-05-02",
    outlet='Lorn Courier"><script>alert(2)</script>',
    url=PAYLOAD_URL,
    text=(
        f"Officials at the Lorn reservoir said on Tuesday that 300 families had been moved. {PAYLOAD_SCRIPT}\n\n"
        f"\u201cWe moved 300 families {PAYLOAD_IMG} before the water rose,\u201d said Ada Vell, the director.\n\n"
        f'A reader wrote <a href="{PAYLOAD_URL}">click here</a> and {PAYLOAD_URL} in a letter.\n\n'
        "A local group said at least 900 families were moved. "
        f"\u201cNobody asked us,\u201d said {HOSTILE_SPEAKER}.\n\n"
        f"{SHARED_SENTENCE}"
    ),
)
HOSTILE_B = Document(
    source="invented/valley-post.txt",
    title="Valley Post: the Lorn move, a second account",
    date="2024-05-04",
    outlet="Valley Post",
    url="https://valley-post.example/lorn",
    text=(
        "Some 500 families left the Lorn valley this spring, the Valley Post has learned.\n\n"
        "\u201cWe moved 300 families before the rising water,\u201d said Ada Vell.\n\n"
        f"{SHARED_SENTENCE}"
    ),
)


@dataclass(frozen=True)
class WebCorpus:
    path: Path  # a store with the full-text index
    path_without_index: Path  # the same store, without it
    real_pipeline: bool
    hostile_a: str
    hostile_b: str


def _span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def _quote(doc: Document, n: int, words: str, speaker: str, mention: str, family: int | None) -> dict:
    start, end = _span(doc.text, words)
    m_start, m_end = _span(doc.text, mention)
    return {
        "id": f"{doc.id}:hq{n}", "doc_id": doc.id, "start_offset": start, "end_offset": end,
        "pieces": json.dumps([[start, end]]), "text": words.strip("\u201c\u201d,"), "kind": "direct",
        "speaker": speaker, "mention_text": mention, "mention_start": m_start, "mention_end": m_end,
        "role": "director" if "Ada" in speaker else None, "organisation": None, "cue": "said",
        "stated_date": None, "venue": None, "entity_id": None, "family": family,
    }  # fmt: skip


def _claim(doc: Document, n: int, sentence: str, value_text: str, value: float, group: int | None) -> dict:
    start, end = _span(doc.text, sentence)
    v_start = start + sentence.index(value_text)
    v_end = v_start + len(value_text)
    return {
        "id": f"{doc.id}:hc{n}", "doc_id": doc.id, "start_offset": start, "end_offset": end, "text": sentence,
        "value": value, "approx": None, "unit": None, "value_text": value_text, "value_start": v_start,
        "value_end": v_end, "what": "families", "what_start": None, "what_end": None, "what_key": "family|moved",
        "when_text": None, "when_iso": "2024", "where_text": "Lorn", "claimant": None, "conflict_group": group,
    }  # fmt: skip


def _insert(store: Store, table: str, rows: list[dict]) -> None:
    cols = list(rows[0])
    store.con.executemany(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [[r[c] for c in cols] for r in rows],
    )


def add_hostile_articles(store: Store) -> None:
    """The two invented articles and their findings (ids chosen not to collide with the analysers')."""
    a, b = HOSTILE_A, HOSTILE_B
    store.add_documents([a, b])
    quote_a = "\u201cWe moved 300 families " + PAYLOAD_IMG + " before the water rose,\u201d"
    quotes = [
        _quote(a, 0, quote_a, "Ada Vell", "Ada Vell", FAMILY_ID),
        _quote(a, 1, "\u201cNobody asked us,\u201d", HOSTILE_SPEAKER, HOSTILE_SPEAKER, None),
        _quote(
            b,
            0,
            "\u201cWe moved 300 families before the rising water,\u201d",
            "Ada Vell",
            "Ada Vell",
            FAMILY_ID,
        ),
    ]
    _insert(store, "quotes", quotes)
    claims = [
        # Overlaps the quote in article A: the highlighting must nest both.
        _claim(a, 0, "We moved 300 families", "300 families", 300, CONFLICT_ID),
        _claim(a, 1, "at least 900 families were moved", "900 families", 900, CONFLICT_ID),
        _claim(b, 0, "Some 500 families left the Lorn valley", "500 families", 500, CONFLICT_ID),
    ]
    _insert(store, "claims", claims)
    _insert(store, "conflict_groups", [
        {"id": CONFLICT_ID, "what_key": "family|moved", "when_iso": "2024", "agree": False, "size": 3}])  # fmt: skip
    _insert(store, "quote_families", [{
        "id": FAMILY_ID, "text": quotes[0]["text"], "speaker": "Ada Vell", "first_doc": a.id,
        "first_by": "date", "size": 2, "variants": json.dumps([quotes[2]["text"]]),
    }])  # fmt: skip
    a_start, a_end = _span(a.text, SHARED_SENTENCE)
    b_start, b_end = _span(b.text, SHARED_SENTENCE)
    _insert(store, "passages", [{
        "a_doc": a.id, "a_start": a_start, "a_end": a_end, "b_doc": b.id, "b_start": b_start, "b_end": b_end,
        "score": 1.0, "cluster": CLUSTER_ID, "boilerplate": False,
    }])  # fmt: skip


def _load_examples(store: Store) -> bool:
    """Ingest and analyse the examples with the real pipeline; False (JSONL only) when it is not there yet."""
    try:
        from refrain.analyze import analyze
        from refrain.ingest import read_paths
    except ImportError:
        docs = []
        for line in (EXAMPLES / "mpa-wire.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            docs.append(Document(text=row["text"], source="examples/mpa-wire.jsonl", key=row["id"],
                                 title=row.get("title"), date=row.get("date"), outlet=row.get("outlet"),
                                 url=row.get("url")))  # fmt: skip
        store.add_documents(docs)
        return False
    store.add_documents(d for d in read_paths([str(EXAMPLES)]) if isinstance(d, Document))
    analyze(store, workers=1, search_index=False)  # the index is built below, once the hostile rows are in
    return True


@cache
def web_corpus() -> WebCorpus:
    from refrain.store.search_index import build_index

    folder = Path(tempfile.mkdtemp(prefix="refrain-web-"))
    atexit.register(shutil.rmtree, folder, True)
    plain = folder / "no-index.duckdb"
    with Store(plain) as store:
        real = _load_examples(store)
        add_hostile_articles(store)
    indexed = folder / "corpus.duckdb"
    shutil.copyfile(plain, indexed)
    with Store(indexed) as store:
        build_index(store)
    return WebCorpus(indexed, plain, real, HOSTILE_A.id, HOSTILE_B.id)


def test_the_corpus_has_data_for_every_page_type() -> None:
    corpus = web_corpus()
    with Store(corpus.path, read_only=True) as store:
        counts = queries.summary(store)
        assert counts["documents"] >= 6
        assert counts["quotes"] >= 3 and counts["speakers"] >= 2
        assert counts["conflicts"] >= 1 and counts["reused_passages"] >= 1
        assert store.count("quote_families") >= 1
        assert store.document(corpus.hostile_a).title.startswith(PAYLOAD_SCRIPT)


def test_hand_written_spans_cover_the_text_they_name() -> None:
    with Store(web_corpus().path, read_only=True) as store:
        for row in store.query("SELECT q.text AS q, d.text AS body, q.start_offset AS s, q.end_offset AS e "
                               "FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE q.id LIKE '%:hq%'"):  # fmt: skip
            assert row["q"] in row["body"][row["s"] : row["e"]]
