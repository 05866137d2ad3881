"""A cross-language quote family on the web (issue 15): the Persian original right to left beside
its English renderings, each with outlet, date and a link to its span, earliest first; linked from
the quote and the repeated-quote pages; the report says in how many languages a repeated quote is
printed. All text is invented here."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from refrain.document import Document
from refrain.report import render_report
from refrain.store import Store
from refrain.web import create_app

FA_TEXT = "کاوه رستمی گفت: «امسال ۴۵۰۰ تن زعفران و ۱۲۰ تن پسته صادر خواهیم کرد.»"
EN_QUOTE = "We will export 4,500 tonnes of saffron and 120 tonnes of pistachio this year."
PERSIAN = Document(text=FA_TEXT, source="invented/fa.txt", title="صادرات زعفران", date="2024-05-01",
                   outlet="خبرگزاری نمونه", language="fa", url="https://fa.example/news/1")  # fmt: skip
ENGLISH_A = Document(
    text=f'"{EN_QUOTE}" Kaveh Rostami said on Thursday.',
    source="invented/en-a.txt", title="Saffron exports <b>to grow</b>", date="2024-05-03",
    outlet="Harbour Daily", language="en", url="https://harbour.example/saffron",
)  # fmt: skip
ENGLISH_B = Document(
    text=f'Kaveh Rostami told reporters: "{EN_QUOTE}"',
    source="invented/en-b.txt", title="Exports", date="2024-05-02", outlet="Valley Post", language="en",
)  # fmt: skip
FAMILY = 7  # the cross-language family's id
SAME_LANGUAGE = 41  # the English reprints' own quote family


def _quote(doc: Document, n: int, words: str, speaker: str, family: int | None) -> dict:
    start = doc.text.index(words)
    return {
        "id": f"{doc.id}:q{n}", "doc_id": doc.id, "start_offset": start, "end_offset": start + len(words),
        "pieces": json.dumps([[start, start + len(words)]]), "text": words, "kind": "direct",
        "speaker": speaker, "mention_text": speaker, "mention_start": 0, "mention_end": 1, "role": None,
        "organisation": None, "cue": "said", "stated_date": None, "venue": None, "entity_id": None,
        "family": family,
    }  # fmt: skip


def _insert(store: Store, table: str, rows: list[dict]) -> None:
    cols = list(rows[0])
    store.con.executemany(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [[r[c] for c in cols] for r in rows],
    )


def build_store(path: Path) -> Path:
    """A store of the three invented articles: one Persian statement and two English renderings in
    one cross-language family, the English two also one same-language family (the browser tests
    and the screenshots serve it too)."""
    fa_words = FA_TEXT[FA_TEXT.index("«") + 1 : FA_TEXT.index("»")]
    quotes = [
        _quote(PERSIAN, 0, fa_words, "کاوه رستمی", None),
        _quote(ENGLISH_B, 0, EN_QUOTE, "Kaveh Rostami", SAME_LANGUAGE),
        _quote(ENGLISH_A, 0, EN_QUOTE, "Kaveh Rostami", SAME_LANGUAGE),
    ]
    members = [  # earliest first, as refrain.crosslingual writes them
        (PERSIAN, quotes[0], 0, quotes[1]["id"], 0.912, "model; name: full name; numbers: 2"),
        (ENGLISH_B, quotes[1], 1, quotes[0]["id"], 0.912, "model; name: full name; numbers: 2"),
        (ENGLISH_A, quotes[2], 2, None, None, None),
    ]
    with Store(str(path)) as store:
        store.add_documents([PERSIAN, ENGLISH_A, ENGLISH_B])
        _insert(store, "quotes", quotes)
        _insert(store, "quote_families", [{
            "id": SAME_LANGUAGE, "text": EN_QUOTE, "speaker": "Kaveh Rostami", "first_doc": ENGLISH_B.id,
            "first_by": "date", "size": 2, "variants": "[]"}])  # fmt: skip
        _insert(store, "crosslingual_members", [
            {"family": FAMILY, "quote_id": q["id"], "doc_id": d.id, "language": d.language, "outlet": d.outlet,
             "date": d.date, "position": pos, "ordered_by": "date", "linked_to": to, "cosine": cos, "evidence": ev}
            for d, q, pos, to, cos, ev in members
        ])  # fmt: skip
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("xl") / "xl.duckdb")


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(db))) as c:
        yield c


def test_the_family_shows_persian_right_to_left_beside_english_earliest_first(client: TestClient) -> None:
    data = client.get(f"/api/crosslingual/{FAMILY}").json()
    assert [c["language"] for c in data["by_language"]] == ["fa", "en"]  # the first member's language first
    assert [m["outlet"] for m in data["members"]] == ["خبرگزاری نمونه", "Valley Post", "Harbour Daily"]
    assert [m["earlier"] for m in data["members"]] == ["first", "later", "later"]
    html = client.get(f"/crosslingual/{FAMILY}").text
    persian, english = html.index(">Persian <"), html.index(">English <")
    assert persian < english  # side by side, Persian column first
    assert 'dir="rtl" lang="fa"' in html[persian:english]
    assert 'dir="rtl"' not in html[english : html.index("Every appearance")]
    for doc in (PERSIAN, ENGLISH_A, ENGLISH_B):
        assert f'href="/articles/{doc.id}#q-{doc.id}%3Aq0"' in html  # each member links to its span
    assert "2024-05-01" in html and "Harbour Daily" in html and "Valley Post" in html
    assert "<b>to grow</b>" not in html and "&lt;b&gt;to grow&lt;/b&gt;" in html  # titles are text
    assert "https://fa.example/news/1" in html  # the source link


def test_numbers_both_languages_state_are_marked_in_each_text(client: TestClient) -> None:
    html = client.get(f"/crosslingual/{FAMILY}").text
    # 2 in the Persian text, 2 in each English one, 2 in the facts above them
    assert html.count('class="shared-number"') == 2 + 2 * 2 + 2
    assert (
        ">۴۵۰۰</span>" in html and ">4,500</span>" in html and ">۱۲۰</span>" in html and ">120</span>" in html
    )


def test_the_quote_and_repeated_quote_pages_lead_to_the_other_languages(client: TestClient) -> None:
    assert f'href="/crosslingual/{FAMILY}"' in client.get(f"/quotes/{ENGLISH_A.id}%3Aq0").text
    assert f'href="/crosslingual/{FAMILY}"' in client.get(f"/families/{SAME_LANGUAGE}").text
    listed = client.get("/api/crosslingual").json()["rows"]
    assert [(r["id"], r["size"], r["language_list"], r["first_outlet"]) for r in listed] == [
        (FAMILY, 3, ["fa", "en"], "خبرگزاری نمونه")
    ]
    assert client.get("/crosslingual/999").status_code == 404
    listed_csv = client.get("/crosslingual?format=csv").text
    assert "کاوه رستمی" in listed_csv and ",fa en," in listed_csv


def test_the_report_says_in_how_many_languages_a_repeated_quote_is_printed(db: Path) -> None:
    with Store(str(db), read_only=True) as store:
        html = render_report(store)
    families = html[html.index('id="families"') :]
    assert "2 languages" in families[: families.index("</table>")]
    assert 'id="crosslingual"' in html and 'dir="rtl" lang="fa"' in html[html.index('id="crosslingual"') :]
