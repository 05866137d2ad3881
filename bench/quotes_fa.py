"""Persian quote finding and speakers on the Fars News gold (``../shared/data/fars-news/gold-dev``).

    .venv/bin/python bench/quotes_fa.py [--gold DIR] [--misses /tmp/quotes_fa_misses.txt] [--speed]

Prints quote precision / recall / F1, exact-edge count and resolved speaker accuracy, overall and
per form (marked « » / colon speech), with the matching rule of ``bench/quotes_fa_gold.py``
(content spans overlapping by at least half of the longer one, one to one; speaker names compared
after Persian letter folding). Every missed gold quote, spurious prediction and wrong speaker is
written to the misses file so a reader can see why.

``--sample N --seed S`` writes N quotations drawn at random from the unannotated Fars articles
(one article drawn at a time, one of its quotations at random) with their context to
``/tmp/quotes_fa_sample.txt``, for reading by hand (outside the repo: third-party text), and prints
how the quotations of all 1,500 articles split by kind and speaker.

``--read N --seed S`` writes whole unannotated articles (not in the gold folder), drawn in the
order ``random.Random(S)`` shuffles them, each with every quotation found (speaker, role, mention),
until N quotations, to ``/tmp/quotes_fa_read.txt``: the hand reading of docs/accuracy.md (seeds
9107 and 9108; 6601-6606 with ``--exclude /work/team/h6_ids.txt``: held-out ids, one a line, never drawn).

``--speed`` also times ``refrain.quotes.find`` on the 1,500 unannotated Fars articles (Persian path)
and on as many characters of Tehran Times English articles (English path), in the same run, and
prints characters per CPU second of both (``time.process_time``: the machine is shared) and
their ratio.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import time
from pathlib import Path

from quotes_fa_gold import content_span, load, predicted_form, score_article, totals

from refrain.quotes import find

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "fars-news" / "gold-dev"
FARS = ROOT.parent / "shared" / "data" / "fars-news"
TEHRAN_TIMES = ROOT.parent / "shared" / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"


def fars_articles() -> list[str]:
    """The unannotated Fars articles as stored text: title, abstract, paragraphs, blank lines between."""
    out = []
    for n in range(1, 6):
        for row in json.loads((FARS / f"fars-news-{n}.json").read_text(encoding="utf-8")):
            paragraphs = row["paragraphs"]
            if isinstance(paragraphs, str):
                paragraphs = ast.literal_eval(paragraphs)
            parts = [row.get("title") or "", row.get("abstract") or "", *(p for p in paragraphs if p)]
            out.append("\n\n".join(parts))
    return out


def english_articles(chars: int) -> list[str]:
    out, total = [], 0
    with gzip.open(TEHRAN_TIMES, "rt", encoding="utf-8") as src:
        for line in src:
            text = json.loads(line)["text"]
            out.append(text)
            total += len(text)
            if total >= chars:
                break
    return out


def sample(n: int, seed: int, out_path: Path, exclude: Path | None = None) -> None:
    import random
    from collections import Counter

    articles = fars_articles()
    names = [f"fars-{k}-{i:03d}" for k in range(1, 6) for i in range(len(_rows(k)))]
    held_out = excluded_ids(exclude)
    found = [find(t, language="fa") for t in articles]
    kinds = Counter(q.kind for qs in found for q in qs)
    direct = [q for qs in found for q in qs if q.kind == "direct"]
    print(
        f"unannotated: {len(articles)} articles, {kinds['direct']} quotations, {kinds['scare']} names/terms in marks; "
        f"quotations without a speaker {sum(q.speaker is None for q in direct)}, "
        f"speaker left as a role {sum(q.speaker is not None and q.speaker == q.role for q in direct)}"
    )
    rng = random.Random(seed)
    order = list(range(len(articles)))
    rng.shuffle(order)
    written = 0
    with out_path.open("w", encoding="utf-8") as out:
        for i in order:
            quotes = [q for q in found[i] if q.kind == "direct"]
            if not quotes or names[i] in held_out:
                continue
            q = rng.choice(quotes)
            text = articles[i]
            s, e = q.pieces[0][0], q.pieces[-1][1]
            para = text.rfind("\n", 0, q.start) + 1
            written += 1
            out.write(f"## {written} article {i} speaker={q.speaker} role={q.role} mention=")
            out.write(f"{q.speaker_mention.text if q.speaker_mention else None}\n")
            out.write(f"ARTICLE START: {_show(text, 0, 600, 600)}\n")
            out.write(f"BEFORE: {text[max(para, q.start - 300) : q.start]}\n")
            out.write(f"QUOTE: {_show(text, s, e, 300)}\nAFTER: {_show(text, e, e + 60, 60)}\n\n")
            if written == n:
                break
    print(f"{written} quotations to read by hand: {out_path}")


def excluded_ids(path: Path | None) -> set[str]:
    """Doc ids listed one a line in ``path`` (held-out sets: never to be read), as ``fars-<file>-<iii>``;
    "fars-3-23" and "fars-3-023" are the same article."""
    if path is None:
        return set()
    out = set()
    for line in path.read_text(encoding="utf-8").split():
        parts = line.strip().split("-")
        if len(parts) == 3 and parts[0] == "fars" and parts[1].isdigit() and parts[2].isdigit():
            out.add(f"fars-{int(parts[1])}-{int(parts[2]):03d}")
    return out


def read_sample(n: int, seed: int, gold: Path, out_path: Path, exclude: Path | None = None) -> None:
    import random

    annotated = {p.stem for p in (gold / "text").glob("*.txt")} | excluded_ids(exclude)
    names = [f"fars-{k}-{i:03d}" for k in range(1, 6) for i in range(len(_rows(k)))]
    order = [(name, text) for name, text in zip(names, fars_articles(), strict=True) if name not in annotated]
    random.Random(seed).shuffle(order)
    count = 0
    with out_path.open("w", encoding="utf-8") as out:
        for name, text in order:
            found = find(text, language="fa")
            direct = [q for q in found if q.kind != "scare"]
            out.write(f"######## {name}  ({len(text)} chars, {len(direct)} quotes)\n{text}\n---- quotes\n")
            for q in found:
                s, e = content_span(q)
                mention = q.speaker_mention.text if q.speaker_mention else None
                out.write(f"[{q.kind}] [{s}:{e}] speaker={q.speaker!r} role={q.role!r} mention={mention!r}\n")
                out.write(f"    {_show(text, s, e, 160)}\n")
            out.write("\n")
            count += len(direct)
            if count >= n:
                break
    print(f"{count} quotations in whole articles to read by hand: {out_path}")


def _rows(n: int) -> list:
    return json.loads((FARS / f"fars-news-{n}.json").read_text(encoding="utf-8"))


def speed() -> None:
    fa = fars_articles()
    fa_chars = sum(len(t) for t in fa)
    en = english_articles(fa_chars)
    en_chars = sum(len(t) for t in en)
    t0 = time.process_time()
    fa_quotes = sum(len(find(t, language="fa")) for t in fa)
    fa_s = time.process_time() - t0
    t0 = time.process_time()
    en_quotes = sum(len(find(t, language="en")) for t in en)
    en_s = time.process_time() - t0
    print(
        f"speed  Persian: {len(fa)} Fars articles, {fa_chars:,} chars, {fa_quotes} quotes, {fa_s:.1f} s = {fa_chars / fa_s:,.0f} chars/s"
    )
    print(
        f"speed  English: {len(en)} Tehran Times articles, {en_chars:,} chars, {en_quotes} quotes, {en_s:.1f} s = {en_chars / en_s:,.0f} chars/s"
    )
    print(f"speed  Persian / English characters per second: {(fa_chars / fa_s) / (en_chars / en_s):.2f}")


def _show(text: str, s: int, e: int, width: int = 70) -> str:
    body = text[s:e].replace("\n", " ⏎ ")
    return body if len(body) <= width else body[: width // 2] + " … " + body[-width // 2 :]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--misses", type=Path, default=Path("/tmp/quotes_fa_misses.txt"))
    ap.add_argument("--speed", action="store_true", help="also time the Persian and English paths")
    ap.add_argument("--sample", type=int, default=0, help="draw this many quotations to read by hand")
    ap.add_argument("--seed", type=int, default=4242)
    ap.add_argument("--read", type=int, default=0, help="write whole articles holding this many quotations")
    ap.add_argument("--exclude", type=Path, default=None, help="file of held-out doc ids never drawn")
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
    if args.sample:
        sample(args.sample, args.seed, Path("/tmp/quotes_fa_sample.txt"), args.exclude)
    if args.read:
        read_sample(args.read, args.seed, args.gold, Path("/tmp/quotes_fa_read.txt"), args.exclude)
    if args.speed:
        speed()


if __name__ == "__main__":
    main()
