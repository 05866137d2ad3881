"""English figures (refrain.claims) scored on the Tehran Times gold-dev articles, every error listed.

    .venv/bin/python bench/claims_tehran.py [--show] [--gold DIR]

Runs refrain as the pipeline does (quotes.find, then claims.find with outlet "Tehran Times") on
``../shared/data/tehran-times/gold-dev/text/*.txt`` and scores the figures against
``annotations.jsonl`` ``figures`` (GUIDELINE.md there says what counts). The text stays there
(third-party): this prints offsets and short spans only with ``--show``, for reading on screen.

How each figure is scored (a gold figure and a found one are a pair when their spans overlap; each
gold figure pairs with the found one overlapping it most, each found one is used once):

- precision / recall: found figures in a pair / all found; gold figures in a pair / all gold.
- value right: the found value equals the gold ``value`` (multiplier applied) and, for a range,
  its ``value_high`` equals the gold one (a single figure found for a range is wrong, as is a
  range found for a single figure). Given over pairs and over all gold figures (a miss is wrong).
- unit right: the found unit and the gold unit name the same unit after folding codes and
  spellings ("USD" = "dollar", "%" = "percent", "t" = "tons", plural = singular); gold units that
  are counted nouns ("students") accept refrain's "people" when refrain says the noun counts
  people, and accept no unit only when gold has none either.
- what right (lenient, head-word overlap): some content word of refrain's counted thing (its
  ``what`` text, singular, lower case, stop words left out) is also a content word of the gold
  ``what`` or ``unit``.
- claimant right: equal to the gold claimant or one contains the other (case-insensitive); the
  outlet default "Tehran Times" is right only when gold says "Tehran Times".
- when right: both none, or both given and one's words contain the other's (case-insensitive).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from refrain import claims, quotes
from refrain.claims.keys import singular

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "tehran-times" / "gold-dev"
OUTLET = "Tehran Times"

# refrain's unit codes and gold's unit words folded to one name each
_UNIT_FOLD = {
    "usd": "dollar",
    "dollar": "dollar",
    "cent": "dollar",
    "%": "percent",
    "percent": "percent",
    "t": "ton",
    "ton": "ton",
    "tonne": "ton",
    "irr": "rial",
    "rial": "rial",
    "irt": "toman",
    "toman": "toman",
    "eur": "euro",
    "euro": "euro",
    "km": "kilometer",
    "kilometer": "kilometer",
    "m": "meter",
    "meter": "meter",
    "kg": "kilogram",
    "kilogram": "kilogram",
    "l": "liter",
    "liter": "liter",
    "bbl": "barrel",
    "barrel": "barrel",
    "bbl/day": "barrels per day",
    "mw": "megawatt",
    "megawatt": "megawatt",
}
_STOP = set(
    "a an the of in on at to for by from with and or its their his her this that these those which who "
    "was were is are be been has have had per each every some all more than about over under into as "
    "since during after before up down out it they he she we our".split()
)


def fold_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    words = unit.lower().split()
    first = singular(words[0]) if words else ""
    key = _UNIT_FOLD.get(unit.lower()) or _UNIT_FOLD.get(first)
    if key:
        return key + (" " + " ".join(words[1:]) if len(words) > 1 and key == first else "")
    return " ".join(singular(w) for w in words)


def content_words(text: str | None) -> set[str]:
    if not text:
        return set()
    return {singular(w) for w in re.findall(r"[a-z][a-z'’-]+", text.lower()) if w not in _STOP}


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    pairs: int = 0
    value: int = 0
    unit: int = 0
    what: int = 0
    claimant: int = 0
    when: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("gold", "found", "pairs", "value", "unit", "what", "claimant", "when"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    def figures(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        precision, recall = ratio(self.pairs, self.found), ratio(self.pairs, self.gold)
        return {
            "precision": precision,
            "recall": recall,
            "f1": ratio(2 * precision * recall, precision + recall) if precision + recall else 0.0,
            "value_right": ratio(self.value, self.pairs),
            "value_right_of_gold": ratio(self.value, self.gold),
            "unit_right": ratio(self.unit, self.pairs),
            "what_right": ratio(self.what, self.pairs),
            "claimant_right": ratio(self.claimant, self.pairs),
            "when_right": ratio(self.when, self.pairs),
        }


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def value_right(found: Any, gold: dict[str, Any]) -> bool:
    return _close(found.value, gold["value"]) and _close(
        getattr(found, "value_high", None), gold.get("value_high")
    )


def unit_right(found: Any, gold: dict[str, Any], people: bool) -> bool:
    g, f = fold_unit(gold.get("unit")), fold_unit(found.unit)
    if g is None or f is None:
        return g is None and f is None
    if g == f or g.split()[0] == f.split()[0]:
        return True
    return f == "people" and people and g not in _UNIT_FOLD.values()


def what_right(found: Any, gold: dict[str, Any]) -> bool:
    mine = content_words(found.what.text if found.what else None)
    return bool(mine & (content_words(gold.get("what")) | content_words(gold.get("unit"))))


def claimant_right(found: Any, gold: dict[str, Any]) -> bool:
    g, f = (gold.get("claimant") or "").lower().strip(), (found.claimant or "").lower().strip()
    if not g or not f:
        return g == f
    if OUTLET.lower() in (g, f):
        return g == f
    return g in f or f in g


def when_right(found: Any, gold: dict[str, Any]) -> bool:
    g, f = (gold.get("when") or "").lower().strip(), (found.when.text if found.when else "").lower().strip()
    if not g or not f:
        return g == f
    return g in f or f in g


def run_refrain(text: str) -> list[Any]:
    return claims.find(text, outlet=OUTLET, quotes=quotes.find(text))


def score_article(doc: str, text: str, gold: list[dict[str, Any]], found: list[Any]) -> Score:
    s = Score(gold=len(gold), found=len(found))
    used: set[int] = set()
    for g in sorted(gold, key=lambda x: x["start"]):
        best, best_overlap = None, 0
        for k, c in enumerate(found):
            overlap = min(g["end"], c.value_text.end) - max(g["start"], c.value_text.start)
            if k not in used and overlap > best_overlap:
                best, best_overlap = k, overlap
        if best is None:
            s.errors.append(f"{doc} {g['start']}: MISSED {g['text']!r} ({g['value']} {g.get('unit')})")
            continue
        used.add(best)
        c = found[best]
        s.pairs += 1
        people = c.unit == "people"
        checks = {
            "value": value_right(c, g),
            "unit": unit_right(c, g, people),
            "what": what_right(c, g),
            "claimant": claimant_right(c, g),
            "when": when_right(c, g),
        }
        for name, ok in checks.items():
            setattr(s, name, getattr(s, name) + int(ok))
        wrong = [n for n, ok in checks.items() if not ok]
        if wrong:
            got = {
                "value": f"{c.value}-{getattr(c, 'value_high', None)} vs {g['value']}-{g.get('value_high')}",
                "unit": f"{c.unit!r} vs {g.get('unit')!r}",
                "what": f"{c.what.text if c.what else None!r} vs {g.get('what')!r}",
                "claimant": f"{c.claimant!r} vs {g.get('claimant')!r}",
                "when": f"{c.when.text if c.when else None!r} vs {g.get('when')!r}",
            }
            detail = "; ".join(f"{n}: {got[n]}" for n in wrong)
            s.errors.append(f"{doc} {g['start']}: {g['text']!r} WRONG {detail}")
    for k, c in enumerate(found):
        if k not in used:
            v = c.value_text
            context = text[max(0, v.start - 30) : v.end + 30].replace("\n", " ")
            s.errors.append(f"{doc} {v.start}: EXTRA {v.text!r} ({c.value} {c.unit}) in …{context}…")
    return s


def load_gold(folder: Path) -> list[tuple[str, str, list[dict[str, Any]]]]:
    rows = []
    for line in (folder / "annotations.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            ann = json.loads(line)
            text = (folder / "text" / f"{ann['doc']}.txt").read_text("utf-8")
            rows.append((ann["doc"], text, ann["figures"]))
    return rows


def evaluate(folder: Path = GOLD) -> Score:
    total = Score()
    for doc, text, gold in load_gold(folder):
        total.add(score_article(doc, text, gold, run_refrain(text)))
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every error")
    parser.add_argument("--gold", type=Path, default=GOLD)
    args = parser.parse_args()
    if not (args.gold / "annotations.jsonl").exists():
        print(f"needs {args.gold}/annotations.jsonl (third-party data, not in this repo)", file=sys.stderr)
        return 2
    score = evaluate(args.gold)
    if args.show:
        for line in score.errors:
            print(line)
        print()
    print(f"gold figures: {score.gold}  found: {score.found}  paired: {score.pairs}")
    for name, value in score.figures().items():
        print(f"{name:>20}: {value:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
