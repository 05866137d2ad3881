"""Synthetic corpora of any size, built from the Tehran Times articles, with planted reuse.

    .venv/bin/python bench/make_corpus.py --n 100000 --out /tmp/refrain-corpus-100k [--seed 7]

Articles: the 33,724 Tehran Times articles (read in place from ../shared, never copied into the
repo) are drawn without replacement in rounds. Round 0 uses the texts as they are; round r > 0
passes every text through a letter permutation of its own (a derangement of a–z, same for upper
case), so a round-r article has the same length, word lengths, word frequencies and internal
reuse as its original but shares no words with other rounds. The corpus thus grows with the
same reuse density per article (the originals' own reprinted agency copy recurs within a round)
instead of filling up with exact copies.

Planted reuse, recorded in ``truth.jsonl.gz`` with code-point offsets into both texts:

* ``paragraph``: 2–5 consecutive sentences (25+ words) of an earlier article inserted into a
  later one of another outlet, with small edits: one word changed, a comma turned into a
  semicolon or dropped, straight and curly quotes swapped;
* ``quote``: one sentence (15+ words) of an earlier article reprinted as a quotation, in curly or
  straight marks, with an invented attribution.

Each article gets an invented outlet (``Outlet 000`` …) and a date (article order = date order,
so the source of a planted passage is always earlier). Output: ``corpus-NNNNN.jsonl.gz`` shards
(``--shard-size`` articles each; fields id, outlet, date, title, url, text) and ``manifest.json``.
Deterministic for a seed; memory bounded (the 33k originals plus a window of recent articles),
whatever ``--n``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import re
import string
import sys
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO.parent / "shared" / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"\u201d]))\s+(?=[A-Z\"\u201c])")
WORD = re.compile(r"\w+")
SPEAKERS = ["Dara Velt", "Imre Kaszon", "Lotte Ambary", "Nour Fessan", "Tavi Ormond", "Selin Markov"]
ROLES = ["a ministry spokesperson", "an analyst", "the council chair", "a senior official", "the envoy"]
START_DATE = dt.date(2015, 1, 1)
RECENT = 4000  # articles a planted passage may be taken from


def load_originals(path: Path) -> list[tuple[str, str, str]]:
    """(id, title, text) of every source article with at least 60 words."""
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            text = r.get("text") or ""
            if len(WORD.findall(text)) >= 60:
                out.append((str(r["id"]), r.get("title_slug") or "", text))
    return out


def letter_permutation(rng: random.Random) -> dict[int, int]:
    """A derangement of a–z (no letter maps to itself), applied to upper case alike."""
    letters = list(string.ascii_lowercase)
    while True:
        shuffled = letters[:]
        rng.shuffle(shuffled)
        if all(a != b for a, b in zip(letters, shuffled, strict=True)):
            break
    table = {ord(a): ord(b) for a, b in zip(letters, shuffled, strict=True)}
    table.update({ord(a.upper()): ord(b.upper()) for a, b in zip(letters, shuffled, strict=True)})
    return table


def sentences(text: str) -> list[tuple[int, int]]:
    """Code-point spans of the sentences of ``text``."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def swap_quotes(text: str) -> str:
    if "\u201c" in text or "\u201d" in text:
        return text.replace("\u201c", '"').replace("\u201d", '"')
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def edit_paragraph(text: str, rng: random.Random) -> str:
    """One word changed, one comma changed or dropped, quote marks swapped."""
    words = list(WORD.finditer(text))
    if len(words) > 12:
        w = words[rng.randrange(5, len(words) - 5)]
        replacement = rng.choice(["reportedly", "also", "recently", "officially", "largely"])
        text = text[: w.start()] + replacement + text[w.end() :]
    comma = text.find(", ")
    if comma > 0:
        text = text[:comma] + (";" if rng.random() < 0.5 else "") + text[comma + 1 :]
    return swap_quotes(text)


class Planter:
    """Remembers recent articles' sentences and plants copies of them into new articles."""

    def __init__(self, rng: random.Random, rate: float) -> None:
        self.rng = rng
        self.rate = rate
        self.recent: deque[tuple[str, str, str, list[tuple[int, int]]]] = deque(maxlen=RECENT)

    def remember(self, doc_id: str, outlet: str, text: str) -> None:
        self.recent.append((doc_id, outlet, text, sentences(text)))

    def plant(self, doc_id: str, outlet: str, text: str) -> tuple[str, dict | None]:
        if not self.recent or self.rng.random() >= self.rate:
            return text, None
        for _ in range(10):
            src_id, src_outlet, src_text, spans = self.recent[self.rng.randrange(len(self.recent))]
            if src_outlet == outlet or len(spans) < 2:
                continue
            if self.rng.random() < 0.6:
                kind, piece, span = self._paragraph(src_text, spans)
            else:
                kind, piece, span = self._quote(src_text, spans)
            if piece is None:
                continue
            cuts = [0] + [e for _, e in sentences(text)]
            at = cuts[self.rng.randrange(len(cuts))]
            glue_before = " " if at > 0 else ""
            glue_after = " " if at < len(text) else ""
            new_text = text[:at] + glue_before + piece + glue_after + text[at:]
            start = at + len(glue_before)
            truth = {
                "kind": kind,
                "source": src_id,
                "source_start": span[0],
                "source_end": span[1],
                "target": doc_id,
                "target_start": start,
                "target_end": start + len(piece),
            }
            return new_text, truth
        return text, None

    def _paragraph(self, text: str, spans: list[tuple[int, int]]) -> tuple[str, str | None, tuple[int, int]]:
        k = self.rng.randint(2, 5)
        i = self.rng.randrange(max(1, len(spans) - k + 1))
        start, end = spans[i][0], spans[min(len(spans), i + k) - 1][1]
        if len(WORD.findall(text[start:end])) < 25:
            return "paragraph", None, (0, 0)
        return "paragraph", edit_paragraph(text[start:end], self.rng), (start, end)

    def _quote(self, text: str, spans: list[tuple[int, int]]) -> tuple[str, str | None, tuple[int, int]]:
        start, end = spans[self.rng.randrange(len(spans))]
        body = text[start:end].rstrip(".!? ")
        if len(WORD.findall(body)) < 15 or '"' in body or "\u201c" in body:
            return "quote", None, (0, 0)
        end = start + len(body)
        open_, close = ("\u201c", "\u201d") if self.rng.random() < 0.5 else ('"', '"')
        who = f"{self.rng.choice(SPEAKERS)}, {self.rng.choice(ROLES)}"
        quoted = f"{open_}{body},{close} said {who}."
        # The truth span is the quotation's words, as copied (the marks and attribution are new).
        return "quote", quoted, (start, end)


def generate(
    originals: list[tuple[str, str, str]], n: int, seed: int, outlets: int, rate: float
) -> Iterator[tuple[dict, dict | None]]:
    rng = random.Random(seed)
    planter = Planter(random.Random(seed + 1), rate)
    per_round = len(originals)
    order: list[int] = []
    table: dict[int, int] = {}
    for i in range(n):
        round_no, pos = divmod(i, per_round)
        if pos == 0:
            order = list(range(per_round))
            random.Random(seed * 7919 + round_no).shuffle(order)
            table = letter_permutation(random.Random(seed * 104729 + round_no)) if round_no else {}
        base_id, title, text = originals[order[pos]]
        if table:
            text, title = text.translate(table), title.translate(table)
        doc_id = f"s{i:07d}"
        outlet = f"Outlet {rng.randrange(outlets):03d}"
        text, truth = planter.plant(doc_id, outlet, text)
        if truth is not None:
            truth["round"] = round_no
            # The quotation kind's truth span in the target is the words inside the marks.
            if truth["kind"] == "quote":
                truth["target_start"] += 1
                truth["target_end"] = truth["target_start"] + (truth["source_end"] - truth["source_start"])
        planter.remember(doc_id, outlet, text)
        record = {
            "id": doc_id,
            "outlet": outlet,
            "date": (START_DATE + dt.timedelta(days=i * 3650 // max(n, 1))).isoformat(),
            "title": title,
            "url": f"https://example.invalid/{doc_id}",
            "text": text,
            "base": f"{base_id}/{round_no}",
        }
        yield record, truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles to write")
    ap.add_argument("--out", type=Path, required=True, help="folder for shards, truth and manifest")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--shard-size", type=int, default=10_000)
    ap.add_argument("--outlets", type=int, default=200, help="invented outlets")
    ap.add_argument("--plant-rate", type=float, default=0.1, help="share of articles given a planted passage")
    ap.add_argument("--source", type=Path, default=SOURCE)
    args = ap.parse_args(argv)
    if not args.source.exists():
        print(f"needs {args.source} (the Tehran Times corpus in ../shared)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    originals = load_originals(args.source)
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("corpus-*.jsonl.gz"):
        old.unlink()
    shard = None
    planted = 0
    with gzip.open(args.out / "truth.jsonl.gz", "wt", encoding="utf-8") as truth_fh:
        for i, (record, truth) in enumerate(
            generate(originals, args.n, args.seed, args.outlets, args.plant_rate)
        ):
            if i % args.shard_size == 0:
                if shard is not None:
                    shard.close()
                shard = gzip.open(
                    args.out / f"corpus-{i // args.shard_size:05d}.jsonl.gz",
                    "wt",
                    encoding="utf-8",
                    compresslevel=3,
                )
            shard.write(json.dumps(record, ensure_ascii=False) + "\n")
            if truth is not None:
                truth_fh.write(json.dumps(truth) + "\n")
                planted += 1
    if shard is not None:
        shard.close()
    manifest = {
        "articles": args.n,
        "planted": planted,
        "seed": args.seed,
        "outlets": args.outlets,
        "plant_rate": args.plant_rate,
        "shard_size": args.shard_size,
        "source": str(args.source),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(manifest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
