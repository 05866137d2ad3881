"""Speed of the text layer on real news: English (Tehran Times) against Persian (Fars News).

    .venv/bin/python bench/text_speed.py [--n 300] [--repeat 3]

Times, per million characters, what runs on every document: normalize, tokenize (plain and the
quote finder's abbreviation view), sentence_spans, and the reuse finder's vectorised tokenizer.
Persian is read with language="fa", English with "en"; the ratio fa/en says whether Persian costs
more per character. Best of ``--repeat`` runs. The corpora are read in place from ../shared.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from refrain.reuse.tokens import tokenize as reuse_tokenize
from refrain.text import normalize, sentence_spans, tokenize

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
ENGLISH = SHARED / "tehran-times" / "tehran_times_33k.jsonl.gz"
PERSIAN = SHARED / "fars-news" / "fars-news-1.json"


def english(n: int) -> list[str]:
    out = []
    with gzip.open(ENGLISH, "rt", encoding="utf-8") as src:
        for line in src:
            if len(out) >= n:
                break
            out.append(json.loads(line)["text"])
    return out


def persian(n: int) -> list[str]:
    rows = json.loads(PERSIAN.read_text(encoding="utf-8"))[:n]
    return ["\n\n".join([row["title"], *row["paragraphs"]]) for row in rows]


def best_seconds(step: Callable[[str], object], texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for text in texts:
            step(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not (ENGLISH.exists() and PERSIAN.exists()):
        print(f"needs {ENGLISH} and {PERSIAN} (third-party data, not in this repo)", file=sys.stderr)
        return 2
    corpora = {"en": english(args.n), "fa": persian(args.n)}
    sizes = {lang: sum(map(len, texts)) for lang, texts in corpora.items()}
    print(f"articles: {args.n} each; characters: en {sizes['en']:,}, fa {sizes['fa']:,}")
    steps: dict[str, Callable[[str, str], object]] = {
        "normalize": lambda t, lang: normalize(t, lang),
        "tokenize": lambda t, lang: tokenize(t, language=lang),
        "tokenize (abbreviation view)": lambda t, lang: tokenize(t, language=lang, abbreviations=True),
        "sentence_spans": lambda t, lang: sentence_spans(t, lang),
        "reuse tokenize (numpy)": lambda t, lang: reuse_tokenize(t),
    }
    reuse_tokenize("warm up the tables")
    print(f"{'step':30s} {'en s/Mchar':>11s} {'fa s/Mchar':>11s} {'fa/en':>6s}")
    for name, step in steps.items():
        per = {}
        for lang, texts in corpora.items():
            seconds = best_seconds(lambda t, s=step, lg=lang: s(t, lg), texts, args.repeat)
            per[lang] = seconds / sizes[lang] * 1e6
        print(f"{name:30s} {per['en']:11.3f} {per['fa']:11.3f} {per['fa'] / per['en']:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
