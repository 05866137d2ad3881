"""Scoring quote finding against PolNeAR (Newell et al., LREC 2018) gold attributions.

Definitions (stated once, used by the test floor and by bench/quotes.py):

* gold *direct* quote: an attribution whose content is wrapped in double quotation marks: the
  first piece starts with an opening mark or right after one, and the last piece ends with a
  closing mark or just before one (after trailing ``.,!?;:``). Other attributions are *indirect
  or mixed* ("said that the plan had “failed”").
* a gold direct quote is *found* when one predicted non-scare quote covers at least half of its
  characters (pieces against pieces).
* the speaker is *correct* when that quote's ``speaker_mention`` overlaps the gold Source span
  (gold quotes without a Source are left out of speaker accuracy).
* a predicted non-scare quote is *correct* when it covers at least half of some gold direct quote;
  one that instead overlaps a gold indirect/mixed attribution's content is *neutral* (a real
  quotation the annotators folded into a mixed attribution: neither right nor wrong); any other
  predicted quote (including quotes the annotators left unannotated) is a false positive.
* one annotator per article: the first one in ``metadata.tsv`` with a file.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .model import Quote

OPEN = '"“«'
CLOSE = '"”»'
_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t", re.MULTILINE)
_E_LINE = re.compile(r"^E\d+\t(.*)$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    content: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]
    direct: bool


@dataclass(frozen=True, slots=True)
class Article:
    name: str
    text: str
    date: str | None
    attributions: tuple[GoldAttribution, ...]

    @property
    def direct(self) -> list[GoldAttribution]:
        return [a for a in self.attributions if a.direct]


def _opens(text: str, s: int, e: int) -> bool:
    while s < e and text[s].isspace():
        s += 1
    return (s < e and text[s] in OPEN) or (s > 0 and text[s - 1] in OPEN)


def _closes(text: str, s: int, e: int) -> bool:
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and text[e - 1] in CLOSE:
        return True
    j = e
    while j < len(text) and text[j] in ".,!?;:":
        j += 1
    return j < len(text) and text[j] in CLOSE


def parse_ann(raw: str, text: str) -> list[GoldAttribution]:
    spans = {
        m.group(1): tuple(tuple(int(x) for x in part.split()) for part in m.group(3).split(";"))
        for m in _T_LINE.finditer(raw)
    }
    out = []
    for m in _E_LINE.finditer(raw):
        roles = dict(part.split(":", 1) for part in m.group(1).split() if ":" in part)
        content = spans.get(roles.get("Content", ""))
        if not content:
            continue
        source = spans.get(roles.get("Source", ""), ())
        direct = _opens(text, *content[0]) and _closes(text, *content[-1])
        out.append(GoldAttribution(content, source, direct))  # type: ignore[arg-type]
    return out


def load(root: Path, split: str) -> Iterator[Article]:
    """Articles of ``split`` ("train", "dev") with their first annotator's attributions."""
    meta = {
        row["filename"]: row
        for row in csv.DictReader((root / "metadata.tsv").open(encoding="utf-8"), delimiter="\t")
    }
    for path in sorted((root / split / "text").glob("*.txt")):
        name = path.stem
        text = path.read_text(encoding="utf-8")
        row = meta.get(name, {})
        attributions: list[GoldAttribution] = []
        for annotator in (row.get("annotators") or "").split("|"):
            ann = root / split / "attributions" / f"{name}_{annotator}.ann"
            if ann.exists():
                attributions = parse_ann(ann.read_text(encoding="utf-8"), text)
                break
        date = row.get("publication_date") or None
        yield Article(name, text, date if date and date != "None" else None, tuple(attributions))


def _covered(pred: tuple[tuple[int, int], ...], gold: tuple[tuple[int, int], ...]) -> int:
    return sum(max(0, min(pe, ge) - max(ps, gs)) for ps, pe in pred for gs, ge in gold)


def _length(spans: tuple[tuple[int, int], ...]) -> int:
    return sum(e - s for s, e in spans)


@dataclass(slots=True)
class Score:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    neutral: int = 0
    speaker_total: int = 0
    speaker_correct: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)
    false_positives: list[tuple[str, str]] = field(default_factory=list)
    wrong_speakers: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        judged = self.predicted - self.neutral
        return self.correct / judged if judged else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_total if self.speaker_total else 0.0


def score_article(article: Article, quotes: list[Quote], score: Score) -> None:
    preds = [q for q in quotes if q.kind != "scare"]
    gold = article.direct
    text = article.text
    for g in gold:
        score.gold += 1
        best, best_cov = None, 0
        for q in preds:
            cov = _covered(q.pieces, g.content)
            if cov > best_cov:
                best, best_cov = q, cov
        if best is None or best_cov * 2 < _length(g.content):
            score.misses.append((article.name, text[g.content[0][0] : g.content[-1][1]][:120]))
            continue
        score.found += 1
        if g.source:
            score.speaker_total += 1
            m = best.speaker_mention
            if m is not None and any(m.start < e and s < m.end for s, e in g.source):
                score.speaker_correct += 1
            else:
                gold_src = " / ".join(text[s:e] for s, e in g.source)
                score.wrong_speakers.append((article.name, best.text[:80], m.text if m else "-", gold_src))
    others = [a for a in article.attributions if not a.direct]
    for q in preds:
        score.predicted += 1
        if any(_covered(q.pieces, g.content) * 2 >= _length(g.content) for g in gold):
            score.correct += 1
        elif any(_covered(q.pieces, a.content) > 0 for a in others):
            score.neutral += 1
        else:
            score.false_positives.append((article.name, q.text[:120]))


def evaluate(articles: list[Article], finder: Callable[[str, str | None], list[Quote]]) -> Score:
    score = Score()
    for article in articles:
        score_article(article, finder(article.text, article.date), score)
    return score
