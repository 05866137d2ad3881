"""English quotations and resolved speakers scored on the Tehran Times gold-dev articles.

    .venv/bin/python bench/quotes_tehran.py [--show] [--gold DIR] [--spacy]
    .venv/bin/python bench/quotes_tehran.py --fresh 12 [--seed 7]

``--fresh N`` scores nothing: it draws N random articles (with at least one quotation) from the
33k corpus outside gold-dev and prints each found quotation with its speaker and the words around
it, for reading by hand (the figures in docs/bench/quotes-tehran.md were read that way).

Runs ``refrain.quotes.find`` on ``../shared/data/tehran-times/gold-dev/text/*.txt`` and scores it
against ``annotations.jsonl`` ``quotes`` (GUIDELINE.md there says what counts). The text stays
there (third-party): only ``--show`` prints short spans, for reading on screen.

How it is scored:

- a found quotation is any refrain quote whose kind is not "scare" (direct or partial); it matches
  a gold *direct* quotation when one of its pieces overlaps one of the gold pieces (each gold quote
  pairs with the found one overlapping it most, each found one is used once).
- precision / recall / F1: found quotes in a pair / all found; gold direct quotes in a pair / all.
- speaker accuracy (strict): over matched pairs, the resolved speaker equals the gold ``speaker``
  or one of ``speaker_accept``, compared case- and space-insensitively (a leading "the" ignored).
  Also given over all gold direct quotes (a missed quote counts wrong).
- speaker accuracy (surname, lenient): the last word of the found speaker equals the last word of
  the gold speaker or of an accepted string; reported separately, never as the main figure.
- scare quotes attributed: gold scare quotes that a found quote with a speaker overlaps (want 0).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from refrain.quotes import Quote, find

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "tehran-times" / "gold-dev"
CORPUS = ROOT.parent / "shared" / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"


def norm_name(name: str | None) -> str:
    """Case- and space-folded name with a leading article and possessive left out."""
    if not name:
        return ""
    s = re.sub(r"[’']s\b", "", name.lower())
    s = re.sub(r"[^\w\s-]", " ", s)
    words = s.split()
    while words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


def speaker_right(found: str | None, gold: dict[str, Any]) -> bool:
    accepted = {norm_name(gold.get("speaker"))} | {norm_name(x) for x in gold.get("speaker_accept") or []}
    accepted.discard("")
    return norm_name(found) in accepted if found else False


def surname_right(found: str | None, gold: dict[str, Any]) -> bool:
    names = [gold.get("speaker") or ""] + list(gold.get("speaker_accept") or [])
    lasts = {norm_name(x).split()[-1] for x in names if norm_name(x)}
    f = norm_name(found)
    return bool(f) and f.split()[-1] in lasts


def overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    """Characters shared by two lists of pieces."""
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


@dataclass(slots=True)
class Miss:
    doc: str
    start: int
    quote: str
    gold: str | None
    found: str | None
    mention: str | None


@dataclass(slots=True)
class Score:
    found: int = 0
    gold: int = 0
    matched: int = 0
    speaker_right: int = 0
    surname_right: int = 0
    scare_gold: int = 0
    scare_attributed: int = 0
    wrong: list[Miss] = field(default_factory=list)
    missed: list[tuple[str, int, str]] = field(default_factory=list)
    spurious: list[tuple[str, int, str]] = field(default_factory=list)
    scare_hits: list[tuple[str, int, str, str | None]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 0.0

    @property
    def surname_accuracy(self) -> float:
        return self.surname_right / self.matched if self.matched else 0.0


def score_article(doc: str, quotes: list[Quote], gold_quotes: list[dict[str, Any]], score: Score) -> None:
    found = [q for q in quotes if q.kind != "scare"]
    gold = [g for g in gold_quotes if g["kind"] == "direct"]
    score.found += len(found)
    score.gold += len(gold)
    used: set[int] = set()
    for g in gold:
        gp = [tuple(p) for p in g["pieces"]]
        best, best_ov = None, 0
        for k, q in enumerate(found):
            if k in used:
                continue
            ov = overlap(list(q.pieces), gp)
            if ov > best_ov:
                best, best_ov = k, ov
        if best is None:
            score.missed.append((doc, gp[0][0], g["text"]))
            continue
        used.add(best)
        q = found[best]
        score.matched += 1
        if speaker_right(q.speaker, g):
            score.speaker_right += 1
        else:
            mention = q.speaker_mention.text if q.speaker_mention else None
            score.wrong.append(Miss(doc, gp[0][0], g["text"], g.get("speaker"), q.speaker, mention))
        score.surname_right += surname_right(q.speaker, g)
    for k, q in enumerate(found):
        if k not in used:
            score.spurious.append((doc, q.start, q.text))
    for g in gold_quotes:
        if g["kind"] != "scare":
            continue
        score.scare_gold += 1
        gp = [tuple(p) for p in g["pieces"]]
        for q in quotes:
            if q.speaker is not None and overlap(list(q.pieces), gp) > 0:
                score.scare_attributed += 1
                score.scare_hits.append((doc, gp[0][0], g["text"], q.speaker))
                break


def evaluate(gold_dir: Path = GOLD, *, use_spacy: bool = False) -> Score:
    score = Score()
    for line in (gold_dir / "annotations.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        ann = json.loads(line)
        path = gold_dir / "text" / f"{ann['doc']}.txt"
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            print(f"{path}: cannot read ({exc.strerror}); skipped", file=sys.stderr)
            continue
        score_article(ann["doc"], find(text, use_spacy=use_spacy), ann.get("quotes") or [], score)
    return score


def _short(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def fresh_sample(n: int, seed: int, gold_dir: Path = GOLD) -> list[tuple[str, str]]:
    """(doc, text) of ``n`` random corpus articles outside gold-dev that hold a quotation mark."""
    gold = {p.stem.removeprefix("tt-") for p in (gold_dir / "text").glob("*.txt")}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    pool = [r for r in rows if r["id"] not in gold and ("“" in r["text"] or '"' in r["text"])]
    picked = random.Random(seed).sample(pool, n)
    return [(f"tt-{r['id']}", r["text"]) for r in picked]


def show_fresh(n: int, seed: int, use_spacy: bool) -> None:
    for doc, text in fresh_sample(n, seed):
        print(f"=== {doc}")
        for q in find(text, use_spacy=use_spacy):
            who = q.speaker if q.kind != "scare" else "-"
            mention = q.speaker_mention.text if q.speaker_mention else None
            lo = max(0, q.start - 160)
            hi = min(len(text), q.end + 100)
            around = " ".join(text[lo:hi].split())
            print(f"  {q.start:>6} {q.kind:<7} {who!r} [{mention}]\n         …{around}…")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold folder (text/ and annotations.jsonl)")
    parser.add_argument("--show", action="store_true", help="list every wrong speaker, miss and extra quote")
    parser.add_argument("--spacy", action="store_true", help="let spaCy's parser try unattributed quotes")
    parser.add_argument("--fresh", type=int, default=0, help="print N random non-gold articles' quotes")
    parser.add_argument("--seed", type=int, default=7, help="random seed of --fresh")
    args = parser.parse_args()
    if args.fresh:
        show_fresh(args.fresh, args.seed, args.spacy)
        return
    if not (args.gold / "annotations.jsonl").exists():
        sys.exit(f"{args.gold}: no annotations.jsonl (needs ../shared, third-party data)")
    s = evaluate(args.gold, use_spacy=args.spacy)
    print(f"gold direct quotes {s.gold}, found {s.found}, matched {s.matched}")
    print(f"quotes: precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}")
    print(
        f"speaker accuracy (strict, over matched): {s.speaker_right}/{s.matched} = {s.speaker_accuracy:.3f}"
    )
    overall = s.speaker_right / s.gold if s.gold else 0.0
    print(f"speaker accuracy (strict, over all gold direct): {s.speaker_right}/{s.gold} = {overall:.3f}")
    print(f"speaker accuracy (surname, lenient): {s.surname_right}/{s.matched} = {s.surname_accuracy:.3f}")
    print(f"scare quotes attributed: {s.scare_attributed} of {s.scare_gold}")
    if args.show:
        print("\nwrong speakers (doc, quote start, gold, found [mention], quote):")
        for m in s.wrong:
            print(
                f"  {m.doc} {m.start:>6}  gold={m.gold!r}  found={m.found!r} [{m.mention}]  {_short(m.quote)}"
            )
        print("\nmissed gold quotes:")
        for doc, start, text in s.missed:
            print(f"  {doc} {start:>6}  {_short(text)}")
        print("\nfound quotes matching no gold direct quote:")
        for doc, start, text in s.spurious:
            print(f"  {doc} {start:>6}  {_short(text)}")
        print("\nscare quotes attributed:")
        for doc, start, text, who in s.scare_hits:
            print(f"  {doc} {start:>6}  {_short(text)} -> {who!r}")


if __name__ == "__main__":
    main()
