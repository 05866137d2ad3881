"""Scoring Persian quote finding against the Fars News gold (``fars-news/gold-dev``).

Definitions (stated once, used by the test floor and by ``bench/quotes_fa.py``):

* a *gold quote* is one entry of ``quotes`` in ``annotations.jsonl`` (form "marked": the words
  inside « » or " "; form "colon": from the first word after a cue verb's colon to the end of its
  paragraph).
* the *content span* of a predicted quote runs from the start of its first piece to the end of its
  last piece (marks excluded); scare quotes (``kind == "scare"``) are not predictions.
* a predicted quote and a gold quote *match* when their content spans overlap by at least half of
  the longer of the two (so a quote cut at the wrong sentence or run one paragraph too far does not
  count); pairs are made one to one, largest overlap first.
* quote precision = matched / predicted, recall = matched / gold, F1 their harmonic mean.
  *Exact edges* counts matched pairs whose spans are equal after trimming spaces and a final
  closing mark.
* the speaker of a matched pair is *right* when the predicted ``speaker`` equals the gold
  ``speaker`` or one of its ``speaker_accept`` strings after :func:`name_key` (Persian letter
  folding, no diacritics, no spaces or ZWNJ); a gold speaker of null is right only when the
  prediction has no speaker. *Resolved speaker accuracy* = right / matched.
* the *form* of a predicted quote is "marked" when a quotation mark stands just before its
  content, otherwise "colon".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from refrain.quotes.model import Quote

_FOLD = str.maketrans(
    {"ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و"}
)
_DROP = re.compile(r"[\u064b-\u065f\u0670\u0640\u200c\u200d\u200e\u200f\s]+")
_OPEN = '«"“'


def name_key(name: str) -> str:
    """A speaker name reduced for comparison: ي/ك folded, hamza seats and diacritics dropped,
    no spaces or ZWNJ ("محمد‌رضا" and "محمد رضا" compare equal)."""
    return _DROP.sub("", name.translate(_FOLD))


@dataclass(frozen=True, slots=True)
class GoldQuote:
    start: int
    end: int
    form: str
    speaker: str | None
    accept: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldArticle:
    doc: str
    text: str
    quotes: tuple[GoldQuote, ...]


def load(gold_dir: Path) -> list[GoldArticle]:
    """Every annotated article of a gold folder (``annotations.jsonl`` + ``text/<doc>.txt``)."""
    out = []
    for line in (gold_dir / "annotations.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = (gold_dir / "text" / f"{row['doc']}.txt").read_text(encoding="utf-8")
        quotes = tuple(
            GoldQuote(q["start"], q["end"], q["form"], q.get("speaker"), tuple(q.get("speaker_accept") or ()))
            for q in row["quotes"]
        )
        out.append(GoldArticle(row["doc"], text, quotes))
    return out


def content_span(q: Quote) -> tuple[int, int]:
    return q.pieces[0][0], q.pieces[-1][1]


def predicted_form(text: str, q: Quote) -> str:
    s = content_span(q)[0]
    while s > 0 and text[s - 1].isspace():
        s -= 1
    return "marked" if s > 0 and text[s - 1] in _OPEN else "colon"


def speaker_right(gold: GoldQuote, speaker: str | None) -> bool:
    if gold.speaker is None:
        return speaker is None
    if speaker is None:
        return False
    key = name_key(speaker)
    return any(key == name_key(g) for g in (gold.speaker, *gold.accept))


@dataclass
class Pair:
    gold: GoldQuote
    quote: Quote
    exact: bool
    speaker_ok: bool


@dataclass
class ArticleScore:
    doc: str
    pairs: list[Pair] = field(default_factory=list)
    missed: list[GoldQuote] = field(default_factory=list)
    spurious: list[Quote] = field(default_factory=list)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and (text[e - 1].isspace() or text[e - 1] in '»"”'):
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return s, e


def score_article(article: GoldArticle, found: Iterable[Quote]) -> ArticleScore:
    preds = [q for q in found if q.kind != "scare"]
    candidates = []
    for gi, g in enumerate(article.quotes):
        for pi, q in enumerate(preds):
            s, e = content_span(q)
            overlap = min(e, g.end) - max(s, g.start)
            if overlap > 0 and overlap * 2 >= max(e - s, g.end - g.start):
                candidates.append((overlap, gi, pi))
    score = ArticleScore(article.doc)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in sorted(candidates, reverse=True):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, q = article.quotes[gi], preds[pi]
        exact = _trim(article.text, *content_span(q)) == _trim(article.text, g.start, g.end)
        score.pairs.append(Pair(g, q, exact, speaker_right(g, q.speaker)))
    score.missed = [g for i, g in enumerate(article.quotes) if i not in used_g]
    score.spurious = [q for i, q in enumerate(preds) if i not in used_p]
    return score


@dataclass(frozen=True, slots=True)
class Figures:
    gold: int
    predicted: int
    matched: int  # matched pairs counted by gold form (all pairs when no form is asked)
    matched_predicted: int  # matched pairs counted by predicted form
    exact: int
    speaker_right: int

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 0.0

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


def totals(scores: Iterable[ArticleScore], texts: dict[str, str], form: str | None = None) -> Figures:
    """Figures over all articles, or over one form (gold form for recall, predicted form for precision)."""
    gold = predicted = matched = matched_pred = exact = right = 0
    for sc in scores:
        text = texts[sc.doc]
        pairs = [p for p in sc.pairs if form is None or p.gold.form == form]
        gold += len(pairs) + len([g for g in sc.missed if form is None or g.form == form])
        hits = len([p for p in sc.pairs if form is None or predicted_form(text, p.quote) == form])
        matched_pred += hits
        predicted += hits
        predicted += len([q for q in sc.spurious if form is None or predicted_form(text, q) == form])
        matched += len(pairs)
        exact += sum(p.exact for p in pairs)
        right += sum(p.speaker_ok for p in pairs)
    return Figures(gold, predicted, matched, matched_pred, exact, right)
