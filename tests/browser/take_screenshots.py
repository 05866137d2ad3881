"""Refresh docs/screenshots/: one PNG per page type, from the example corpus (run by hand).

    .venv/bin/python tests/browser/take_screenshots.py [--out docs/screenshots]

Serves the test corpus (examples analysed by the real pipeline, plus the hostile articles) with
uvicorn on 127.0.0.1 and drives /usr/bin/chromium through Playwright.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from test_pages import CHROMIUM, CHROMIUM_ARGS, _free_port  # noqa: E402
from test_web_corpus import CONFLICT_ID, web_corpus  # noqa: E402

from refrain.report import write_report  # noqa: E402
from refrain.store import Store  # noqa: E402


def _pick(db: Path) -> dict[str, str]:
    """The most telling page of each type in the example corpus."""
    with Store(db, read_only=True) as s:
        one = lambda sql: s.con.execute(sql).fetchone()  # noqa: E731
        article = one("SELECT d.id FROM documents d JOIN quotes q ON q.doc_id = d.id WHERE d.source NOT LIKE 'invented%' "
                      "AND d.language IS DISTINCT FROM 'fa' GROUP BY d.id ORDER BY count(*) DESC, d.id LIMIT 1")[0]  # fmt: skip
        speaker = one("SELECT coalesce(e.name, q.speaker) FROM quotes q LEFT JOIN entities e ON e.id = q.entity_id "
                      "WHERE q.speaker IS NOT NULL AND q.doc_id NOT IN (SELECT id FROM documents WHERE source LIKE "
                      "'invented%') GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")[0]  # fmt: skip
        family = one("SELECT id FROM quote_families ORDER BY size DESC, id LIMIT 1")[0]
        pair = one(
            "SELECT a_doc, b_doc FROM passages WHERE NOT boilerplate ORDER BY a_end - a_start DESC LIMIT 1"
        )
        persian = s.con.execute(  # the invented Persian examples (examples/persian/), when present
            "SELECT d.id, min(q.id) FROM documents d JOIN quotes q ON q.doc_id = d.id WHERE d.language = 'fa' "
            "AND q.kind <> 'scare' GROUP BY d.id ORDER BY count(*) DESC, d.id LIMIT 1"
        ).fetchone()
        persian_family = s.con.execute(
            "SELECT f.id FROM quote_families f JOIN documents d ON d.id = f.first_doc WHERE d.language = 'fa' "
            "ORDER BY f.size DESC, f.id LIMIT 1"
        ).fetchone()
    shots = {
        "overview": "/",
        "article": f"/articles/{article}",
        "speaker": f"/speakers/{quote(speaker, safe='')}",
        "provenance": f"/families/{family}",
        "reuse": f"/reuse/{pair[0]}/{pair[1]}",
        "conflicts": "/conflicts",
        "conflict": f"/conflicts/{CONFLICT_ID}",
        "search": "/search?q=dam",
        "articles-filtered": "/articles?outlet=Valley+Post&sort=-date",
        "families-filtered": "/families?outlet=Valley+Post&sort=date",
        "speakers-filtered": "/speakers?speaker=vell&sort=speaker",
        "search-filtered": "/search?q=water&outlet=Valley+Post",
        "reuse-filtered": "/reuse?outlet=Valley+Post&sort=-passages",
        "conflicts-sorted": "/conflicts?sort=-spread",
        "reuse-list": "/reuse",
        "hostile-article": f"/articles/{web_corpus().hostile_a}",
    }
    if persian:
        shots["persian-article"] = f"/articles/{persian[0]}"
        shots["persian-quote"] = f"/quotes/{quote(persian[1], safe='')}"
        shots["persian-search"] = "/search?q=" + quote("آمريكا سلوان")
    if persian_family:
        shots["persian-provenance"] = f"/families/{persian_family[0]}"
    return shots


def _serve(db: Path) -> tuple[subprocess.Popen, str]:
    """`refrain serve` of ``db`` on a free port of 127.0.0.1, answering: (the process, its base URL)."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    code = f"from refrain.web import run; run({str(db)!r}, host='127.0.0.1', port={port})"
    server = subprocess.Popen([sys.executable, "-c", code])
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/static/style.css", timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    return server, base


def _crosslingual_shot(page: object, out: Path) -> None:
    """The cross-language family of the invented store of tests/test_web_crosslingual.py (the
    example corpus has no statement in two languages)."""
    from test_web_crosslingual import FAMILY, build_store

    server, base = _serve(build_store(Path(tempfile.mkdtemp()) / "xl.duckdb"))
    try:
        page.goto(f"{base}/crosslingual/{FAMILY}", wait_until="load")  # type: ignore[attr-defined]
        page.screenshot(path=str(out / "crosslingual.png"), full_page=True)  # type: ignore[attr-defined]
        print(out / "crosslingual.png")
    finally:
        server.terminate()
        server.wait(timeout=5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE.parent.parent / "docs" / "screenshots")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    db = web_corpus().path
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    code = f"from refrain.web import run; run({str(db)!r}, host='127.0.0.1', port={port})"
    server = subprocess.Popen([sys.executable, "-c", code])
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/static/style.css", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            for name, path in _pick(db).items():
                page.goto(base + path, wait_until="load")
                page.screenshot(path=str(args.out / f"{name}.png"), full_page=True)
                print(args.out / f"{name}.png")
            report = Path(tempfile.mkdtemp()) / "report.html"
            with Store(db, read_only=True) as store:
                write_report(store, report)
            page.goto(report.as_uri(), wait_until="load")
            page.screenshot(path=str(args.out / "report.png"), full_page=True)
            print(args.out / "report.png")
            _crosslingual_shot(page, args.out)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=5)


if __name__ == "__main__":
    main()
