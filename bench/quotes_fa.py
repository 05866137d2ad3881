"""Persian quote finding and speakers on the Fars News gold (``../shared/data/fars-news/gold-dev``).

    .venv/bin/python bench/quotes_fa.py [--gold DIR] [--misses /tmp/quotes_fa_misses.txt]

Prints quote precision / recall / F1, exact-edge count and resolved speaker accuracy, overall and
per form (marked « » / colon speech), with the matching rule of ``refrain.quotes.persian.gold``
(content spans overlapping by at least half of the longer one, one to one; speaker names compared
after Persian letter folding). Every missed gold quote, spurious prediction and wrong speaker is
written to the misses file so a reader can see why.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from refrain.quotes import find
from refrain.quotes.persian.gold import content_span, load, predicted_form, score_article, totals

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "fars-news" / "gold-dev"


def _show(text: str, s: int, e: int, width: int = 70) -> str:
    body = text[s:e].replace("\n", " ⏎ ")
    return body if len(body) <= width else body[: width // 2] + " … " + body[-width // 2 :]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--misses", type=Path, default=Path("/tmp/quotes_fa_misses.txt"))
    args = ap.parse_args()
    articles = load(args.gold)
    texts = {a.doc: a.text for a in articles}
    t0 = time.perf_counter()
    found = {a.doc: find(a.text, language="fa") for a in articles}
    elapsed = time.perf_counter() - t0
    scores = [score_article(a, found[a.doc]) for a in articles]
    chars = sum(len(t) for t in texts.values())
    print(f"Fars gold: {len(articles)} articles, {chars:,} characters, analysed in {elapsed:.2f} s")
    for form in (None, "marked", "colon"):
        f = totals(scores, texts, form)
        label = form or "all"
        print(
            f"{label:7s} gold {f.gold:4d}  predicted {f.predicted:4d}  matched {f.matched:4d}  "
            f"P {f.precision:.3f}  R {f.recall:.3f}  F1 {f.f1:.3f}  exact edges {f.exact}/{f.matched}  "
            f"speaker {f.speaker_right}/{f.matched} = {f.speaker_accuracy:.3f}"
        )
    with args.misses.open("w", encoding="utf-8") as out:
        for sc in scores:
            text = texts[sc.doc]
            for g in sc.missed:
                out.write(
                    f"{sc.doc} MISSED {g.form} [{g.start}:{g.end}] {g.speaker}: {_show(text, g.start, g.end)}\n"
                )
                out.write(f"    before: {_show(text, max(0, g.start - 120), g.start, 120)}\n")
            for q in sc.spurious:
                s, e = content_span(q)
                form = predicted_form(text, q)
                out.write(f"{sc.doc} SPURIOUS {form} [{s}:{e}] {q.speaker}: {_show(text, s, e)}\n")
            for p in sc.pairs:
                if not p.speaker_ok:
                    out.write(
                        f"{sc.doc} SPEAKER gold={p.gold.speaker} got={p.quote.speaker} role={p.quote.role} "
                        f"mention={p.quote.speaker_mention.text if p.quote.speaker_mention else None}\n"
                    )
                if not p.exact:
                    s, e = content_span(p.quote)
                    out.write(
                        f"{sc.doc} EDGES gold [{p.gold.start}:{p.gold.end}] got [{s}:{e}]: "
                        f"{_show(text, min(s, p.gold.start), max(e, p.gold.end), 120)}\n"
                    )
    print(f"misses and wrong speakers: {args.misses}")


if __name__ == "__main__":
    main()
