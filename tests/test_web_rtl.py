"""Persian in the web UI and the report: right to left, declared as Persian, highlighting kept.

The Persian articles are the invented ones of ``examples/persian/`` (in the web test corpus with
the other examples); ``refrain.views.direction`` is tested on invented strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from test_web_corpus import web_corpus

from refrain.report import render_report
from refrain.store import Store
from refrain.views.direction import direction_attrs, quoted, text_language
from refrain.web import create_app


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("سخنگوی وزارت نفت گفت", None, ' dir="rtl" lang="fa"'),
        ("قيمت برنج كاهش يافت", None, ' dir="rtl" lang="fa"'),  # Arabic letters, Persian words
        ("قال المتحدث إن الاجتماع سيعقد في العاصمة", None, ' dir="rtl" lang="ar"'),
        ("12 — «سد»", None, ' dir="rtl" lang="fa"'),  # the first letter decides, not digits or marks
        ("The minister said", None, ""),
        ("The minister گفت", None, ""),
        ("anything at all", "fa", ' dir="rtl" lang="fa"'),
        ("گزارش", "en", ""),  # the document's language wins
        (None, None, ""),
        ("", None, ""),
    ],
)
def test_direction_attributes(text: str | None, language: str | None, expected: str) -> None:
    assert str(direction_attrs(text, language)) == expected


def test_quotation_marks_follow_the_script_and_text_is_escaped() -> None:
    assert str(quoted("ما <b>صبر</b> نمی‌کنیم")) == "«ما &lt;b&gt;صبر&lt;/b&gt; نمی‌کنیم»"
    assert str(quoted("We <b>wait</b>")) == "“We &lt;b&gt;wait&lt;/b&gt;”"
    assert text_language("שלום עולם") == "he" and str(quoted("שלום")) == "“שלום”"


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(str(web_corpus().path))) as c:
        yield c


@pytest.fixture(scope="module")
def persian() -> dict[str, str]:
    """An invented Persian article of the examples, with a quote on it when the pipeline found one."""
    with Store(web_corpus().path, read_only=True) as store:
        row = store.con.execute(
            "SELECT d.id, d.title, count(q.id) AS n, min(q.id) FROM documents d LEFT JOIN quotes q ON q.doc_id = d.id "
            "WHERE d.language = 'fa' GROUP BY d.id, d.title ORDER BY n DESC, d.id LIMIT 1"
        ).fetchone()
    if row is None:
        pytest.skip("no Persian example in the web corpus")
    return {"id": row[0], "title": row[1], "quote": row[3]}


def test_a_persian_article_page_is_right_to_left(client: TestClient, persian: dict[str, str]) -> None:
    page = client.get(f"/articles/{persian['id']}").text
    assert re.search(r'<h1 dir="rtl" lang="fa">', page)
    assert '<div class="text" dir="rtl" lang="fa">' in page
    # The English page chrome stays left to right.
    assert '<html lang="en">' in page


def test_highlighting_spans_stay_inside_the_right_to_left_text(
    client: TestClient, persian: dict[str, str]
) -> None:
    if persian["quote"] is None:
        pytest.skip("no quote found on the Persian examples")
    page = client.get(f"/articles/{persian['id']}").text
    body = page.split('<div class="text" dir="rtl" lang="fa">', 1)[1].split("</div>", 1)[0]
    assert re.search(r'class="[^"]*\bquote\b', body)  # quoted words highlighted
    assert re.search(r'class="[^"]*\breuse\b', body)  # the respelled reprint is found


def test_a_persian_quote_page_uses_persian_quotation_marks(
    client: TestClient, persian: dict[str, str]
) -> None:
    if persian["quote"] is None:
        pytest.skip("no quote found on the Persian examples")
    page = client.get(f"/quotes/{quote(persian['quote'], safe='')}").text
    assert re.search(r'<blockquote class="big" dir="rtl" lang="fa">«[^<]+»</blockquote>', page)


def test_persian_titles_in_lists_and_search_are_right_to_left(
    client: TestClient, persian: dict[str, str]
) -> None:
    articles = client.get("/articles?outlet=" + quote("ترسک امروز")).text
    assert re.search(r'<a href="/articles/[^"]+" dir="rtl" lang="fa">', articles)
    found = client.get("/search?q=" + quote("سلوان")).text
    assert re.search(r'<a href="/articles/[^"]+" dir="rtl" lang="fa">', found)
    assert '<p class="snippet" dir="rtl" lang="fa">' in found


def test_english_pages_carry_no_direction(client: TestClient) -> None:
    page = client.get("/articles").text
    english = [m for m in re.findall(r'<a href="/articles/[^"]+"([^>]*)>([^<]*)</a>', page) if m[1].isascii()]
    assert english and all(attrs == "" for attrs, _ in english)


def test_the_report_declares_persian_text() -> None:
    with Store(web_corpus().path, read_only=True) as store:
        html = render_report(store)
    assert ":lang(fa)" in html
    if "«" in html:
        assert re.search(r'<blockquote dir="rtl" lang="fa">«', html)
