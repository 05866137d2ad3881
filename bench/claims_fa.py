"""Score refrain's Persian figures against the Fars News gold (../shared/data/fars-news/gold-dev).

    .venv/bin/python bench/claims_fa.py [--gold DIR] [--language fa|en] [--quiet] [--speed]
        [--sample N --seed S] [--misses /tmp/refrain-claims-fa-misses.txt]

A gold figure is FOUND when a figure refrain finds (its ``value_text`` span) overlaps the gold span
(one-to-one, largest overlap first). For a found figure:
- VALUE right: equal to the gold ``value`` (relative difference under 1e-9); a gold ``value_high``
  (a range annotated as one figure) is right when refrain's next figure, the range's high end, equals it;
- UNIT right: refrain's unit and the gold unit name the same thing once both are put in one vocabulary
  (UNIT_NAMES below: "rial" = "IRR", "percent" = "%", plurals and case ignored); both empty is right;
- WHAT right (loose rule, the gold ``what`` is an English gloss and refrain's is the Persian text):
  refrain gives a counted thing that is not empty, whose first and last words are not function words
  (text/data/fa/figure_function_words.txt), inside the figure's sentence and within 60 characters
  of the figure.
Precision: found figures that overlap a gold figure / all figures refrain finds; value precision:
the same with a right value. Recall: gold figures found; values right: gold figures found with the
right value / all gold figures. Prints every gold and every found figure (third-party text: printed,
never stored in the repo) and writes the misses and false finds to --misses.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from refrain.claims import find
from refrain.claims.fa.lexicon import lexicon
from refrain.text import fold_fa_figures

GOLD = Path(__file__).resolve().parents[2] / "shared" / "data" / "fars-news" / "gold-dev"
TEHRAN = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"
)

# The gold names units in English words, refrain with the codes of the English claims.
UNIT_NAMES = {
    "rial": "IRR",
    "toman": "IRT",
    "dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "percent": "%",
    "tonne": "t",
    "ton": "t",
    "kilogram": "kg",
    "gram": "g",
    "litre": "l",
    "liter": "l",
    "hectare": "ha",
    "barrel": "bbl",
    "kilometre": "km",
    "kilometer": "km",
    "metre": "m",
    "meter": "m",
    "square metre": "m2",
    "square meter": "m2",
    "cubic metre": "m3",
    "megawatt": "MW",
    "person": "people",
}


def unit_key(unit: str | None) -> str:
    if not unit:
        return ""
    u = unit.strip()
    if u in UNIT_NAMES.values():
        return u
    u = u.lower()
    if u in UNIT_NAMES:
        return UNIT_NAMES[u]
    if u.endswith("s") and u[:-1] in UNIT_NAMES:
        return UNIT_NAMES[u[:-1]]
    return u[:-1] if u.endswith("s") and u != "people" else u


def what_ok(claim, start: int, end: int) -> bool:
    what = claim.what
    if what is None or not what.text.strip():
        return False
    words = fold_fa_figures(what.text).split()
    function = lexicon().function_words
    if words[0] in function or words[-1] in function:
        return False
    inside = claim.start <= what.start and what.end <= claim.end
    near = min(abs(what.start - end), abs(start - what.end)) <= 60
    return inside and near


def same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


@dataclass
class Score:
    gold: int = 0
    found_figures: int = 0
    matched: int = 0
    value_right: int = 0
    unit_right: int = 0
    what_right: int = 0
    lines: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        g, f, m = max(self.gold, 1), max(self.found_figures, 1), max(self.matched, 1)
        return {
            "gold": self.gold,
            "found": self.found_figures,
            "recall": self.matched / g,
            "precision": self.matched / f,
            "values_right": self.value_right / g,
            "value_precision": self.value_right / f,
            "unit_right_of_found": self.unit_right / m,
            "what_right_of_found": self.what_right / m,
        }


def load_gold(gold_dir: Path) -> list[tuple[str, str, list[dict]]]:
    docs = []
    for line in (gold_dir / "annotations.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = (gold_dir / "text" / f"{row['doc']}.txt").read_text(encoding="utf-8")
        docs.append((row["doc"], text, row["figures"]))
    return docs


def score(gold_dir: Path = GOLD, language: str = "fa") -> Score:
    s = Score()
    for doc, text, gold in load_gold(gold_dir):
        claims = find(text, language=language)
        s.gold += len(gold)
        s.found_figures += len(claims)
        pairs = []
        for gi, g in enumerate(gold):
            for ci, c in enumerate(claims):
                overlap = min(g["end"], c.value_text.end) - max(g["start"], c.value_text.start)
                if overlap > 0:
                    pairs.append((overlap, gi, ci))
        gold_to, used = {}, set()
        for _, gi, ci in sorted(pairs, reverse=True):
            if gi not in gold_to and ci not in used:
                gold_to[gi] = ci
                used.add(ci)
        for gi, g in enumerate(gold):
            ci = gold_to.get(gi)
            if ci is None:
                s.misses.append(f"MISS {doc} {g['text']!r} {g['value']} {g['unit']} | {_around(text, g)}")
                s.lines.append(f"{doc} gold {g['text']!r} = {g['value']} {g['unit']}: not found")
                continue
            c = claims[ci]
            s.matched += 1
            value = same(c.value, g["value"])
            if value and "value_high" in g:
                nxt = claims[ci + 1] if ci + 1 < len(claims) else None
                value = nxt is not None and same(nxt.value, g["value_high"])
            unit = unit_key(c.unit) == unit_key(g["unit"])
            what = what_ok(c, c.value_text.start, c.value_text.end)
            s.value_right += value
            s.unit_right += unit
            s.what_right += what
            marks = "".join(m if ok else "-" for m, ok in (("V", value), ("U", unit), ("W", what)))
            s.lines.append(
                f"{doc} {marks} gold {g['text']!r} = {g['value']} {g['unit']} | found {c.value_text.text!r}"
                f" = {c.value} {c.unit} {c.approx or ''} what={c.what.text if c.what else None!r}"
            )
            if not value or not unit:
                s.misses.append(
                    f"WRONG {doc} {marks} gold {g['value']} {g['unit']} found {c.value} {c.unit}"
                    f" | {_around(text, g)}"
                )
        for ci, c in enumerate(claims):
            if ci not in used:
                s.lines.append(f"{doc} extra {c.value_text.text!r} = {c.value} {c.unit}")
                s.misses.append(
                    f"EXTRA {doc} {c.value_text.text!r} {c.value} {c.unit} | "
                    f"{_around(text, {'start': c.value_text.start, 'end': c.value_text.end})}"
                )
    return s


def fars_articles(data: Path = GOLD.parent, unannotated: bool = False) -> list[tuple[str, str]]:
    """The Fars articles as (doc id, stored text): title, abstract, paragraphs, blank lines between;
    ``unannotated`` leaves out the gold-dev ones (doc id ``fars-<file>-<index>``)."""
    gold = {row[0] for row in load_gold(data / "gold-dev")} if unannotated else set()
    docs = []
    for n in range(1, 6):
        path = data / f"fars-news-{n}.json"
        if not path.exists():
            continue
        for i, row in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            paras = row["paragraphs"]
            paras = ast.literal_eval(paras) if isinstance(paras, str) else paras
            doc = f"fars-{n}-{i:03d}"
            if doc not in gold:
                docs.append((doc, "\n\n".join([row["title"], row["abstract"], *paras])))
    return docs


def sample(n: int, seed: int, exclude: Path | None = None) -> None:
    """``n`` figures drawn at random from 60 random unannotated articles, printed in context to be
    read by hand (third-party text: printed, never stored); ``exclude``: a file of held-out doc ids
    (one a line, "fars-3-23" or "fars-3-023") never drawn."""
    rng = random.Random(seed)
    held_out = set()
    for line in exclude.read_text(encoding="utf-8").split() if exclude else []:
        parts = line.split("-")
        if len(parts) == 3 and parts[0] == "fars" and parts[1].isdigit() and parts[2].isdigit():
            held_out.add(f"fars-{int(parts[1])}-{int(parts[2]):03d}")
    docs = rng.sample([d for d in fars_articles(unannotated=True) if d[0] not in held_out], 60)
    found = [(doc, text, c) for doc, text in docs for c in find(text, language="fa")]
    print(f"{len(found)} figures in {len(docs)} articles; {n} drawn (seed {seed}):")
    for doc, text, c in rng.sample(found, n):
        v = c.value_text
        context = f"{text[max(0, v.start - 60) : v.start]}[[{v.text}]]{text[v.end : v.end + 50]}"
        what = c.what.text if c.what else None
        print(f"{doc} value={c.value:g} unit={c.unit} approx={c.approx} what={what} when={c.when_iso}")
        print(f"    {context.replace(chr(10), ' / ')}")


def speed() -> None:
    """Characters a second: Persian figures on the Fars articles, English claims on as many Tehran Times
    characters, same run (best of 3)."""
    fa = [text for _, text in fars_articles()]
    en: list[str] = []
    with gzip.open(TEHRAN, "rt", encoding="utf-8") as handle:
        for line in handle:
            en.append(json.loads(line)["text"])
            if sum(map(len, en)) >= sum(map(len, fa)):
                break
    for name, texts, language in (("Persian (fa)", fa, "fa"), ("English (en)", en, "en")):
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            found = sum(len(find(t, language=language)) for t in texts)
            best = min(best, time.perf_counter() - t0)
        chars = sum(map(len, texts))
        print(
            f"{name}: {len(texts):,} articles, {chars:,} chars, {found:,} figures, {best:.2f} s, "
            f"{chars / best:,.0f} chars/s"
        )


def _around(text: str, span: dict) -> str:
    return text[max(0, span["start"] - 40) : span["end"] + 40].replace("\n", " / ")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument(
        "--language", default="fa", help='"fa" (the Persian path); "en" gives the English path, as before it'
    )
    parser.add_argument("--speed", action="store_true", help="also time Persian vs English figures")
    parser.add_argument(
        "--sample", type=int, default=0, help="also print N random figures of unannotated articles"
    )
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--exclude", type=Path, default=None, help="file of held-out doc ids never sampled")
    parser.add_argument("--quiet", action="store_true", help="figures only, not every figure")
    parser.add_argument("--misses", default="/tmp/refrain-claims-fa-misses.txt")
    args = parser.parse_args()
    if not (args.gold / "annotations.jsonl").exists():
        print(f"needs {args.gold} (third-party data, not in this repo)", file=sys.stderr)
        return 2
    s = score(args.gold, args.language)
    if not args.quiet:
        print("\n".join(s.lines))
    Path(args.misses).write_text("\n".join(s.misses) + "\n", encoding="utf-8")
    for name, value in s.figures().items():
        print(f"{name:22s} {value:.3f}" if isinstance(value, float) else f"{name:22s} {value}")
    print(f"misses and false finds: {args.misses}")
    if args.speed:
        speed()
    if args.sample:
        sample(args.sample, args.seed, args.exclude)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
