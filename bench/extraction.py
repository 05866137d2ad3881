"""Article extraction accuracy and ingest throughput.

Accuracy: the Zyte article-extraction benchmark (../shared/data/article-extraction, 121 pages),
scored as that benchmark does: shingles of 4 lower-cased word tokens, per-page precision and
recall, averaged over pages; F1 from the two means. refrain.ingest.extract_html is measured next
to plain ``trafilatura.extract`` with its defaults, in the same run.

Throughput: refrain.ingest.read_paths over ../shared/data/tehran-times/tehran_times_33k.jsonl.gz
(pages/s, MB/s of decompressed text, peak resident memory).

    .venv/bin/python bench/extraction.py [--limit N] [--skip-accuracy] [--skip-throughput]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from refrain.errors import IngestError
from refrain.ingest import extract_html, read_paths
from refrain.ingest.readers import decode_html

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
EXTRACTION = SHARED / "data" / "article-extraction"
TEHRAN_TIMES = SHARED / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"
_TOKEN_RE = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str | None) -> set[tuple[str, ...]]:
    tokens = _TOKEN_RE.findall((text or "").lower())
    return {tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


def precision_recall(truth: str, predicted: str | None) -> tuple[float, float]:
    """One page's shingle precision and recall (1, 1 when both are empty; 0, 0 when nothing matches)."""
    gold, found = shingles(truth), shingles(predicted)
    true_positive = len(gold & found)
    false_positive, false_negative = len(found - gold), len(gold - found)
    if false_positive == false_negative == 0:
        return 1.0, 1.0
    if true_positive == 0:
        return 0.0, 0.0
    return true_positive / (true_positive + false_positive), true_positive / (true_positive + false_negative)


def load_pages(limit: int | None = None) -> list[tuple[str, str, bytes, str]]:
    """(page id, url, html bytes, gold body) of the benchmark pages, sorted by id."""
    truth = json.loads((EXTRACTION / "ground-truth.json").read_text("utf-8"))
    pages = []
    for page_id in sorted(truth)[:limit]:
        html = gzip.decompress((EXTRACTION / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append((page_id, truth[page_id].get("url"), html, truth[page_id]["articleBody"]))
    return pages


def refrain_body(html: bytes, url: str | None) -> str:
    try:
        documents = extract_html(decode_html(html, url or "page"), url=url)
    except IngestError:
        return ""
    return documents[0].text if documents else ""


def trafilatura_body(html: bytes, url: str | None) -> str:
    return trafilatura.extract(html, url=url) or ""


def score(
    pages: list[tuple[str, str, bytes, str]], extractor: Callable[[bytes, str | None], str]
) -> dict[str, float]:
    precisions, recalls = [], []
    started = time.perf_counter()
    for _page_id, url, html, gold in pages:
        precision, recall = precision_recall(gold, extractor(html, url))
        precisions.append(precision)
        recalls.append(recall)
    seconds = time.perf_counter() - started
    precision = sum(precisions) / len(precisions)
    recall = sum(recalls) / len(recalls)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "seconds": seconds, "pages": len(pages)}


def accuracy(limit: int | None) -> None:
    pages = load_pages(limit)
    print(f"article extraction: {len(pages)} pages from {EXTRACTION}")
    print(f"{'extractor':<34} {'precision':>9} {'recall':>7} {'F1':>7} {'pages/s':>8}")
    results = {
        "refrain.ingest.extract_html": score(pages, refrain_body),
        "trafilatura.extract (defaults)": score(pages, trafilatura_body),
    }
    for name, figures in results.items():
        rate = figures["pages"] / figures["seconds"]
        print(
            f"{name:<34} {figures['precision']:>9.4f} {figures['recall']:>7.4f} {figures['f1']:>7.4f} {rate:>8.1f}"
        )
    ours, theirs = results["refrain.ingest.extract_html"], results["trafilatura.extract (defaults)"]
    print(f"F1 difference (refrain - trafilatura): {ours['f1'] - theirs['f1']:+.4f}")


def throughput(limit: int | None) -> None:
    print(
        f"\ningest throughput: read_paths over {TEHRAN_TIMES.name}"
        + (f" (first {limit} records)" if limit else "")
    )
    started = time.perf_counter()
    documents = errors = characters = 0
    for item in read_paths([str(TEHRAN_TIMES)]):
        if isinstance(item, IngestError):
            errors += 1
        else:
            documents += 1
            characters += len(item.text.encode("utf-8"))
        if limit and documents + errors >= limit:
            break
    seconds = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB
    print(f"documents {documents:,}, errors {errors:,}, {seconds:.1f} s")
    print(f"{documents / seconds:,.0f} pages/s, {characters / seconds / 1e6:.1f} MB/s of article text")
    print(f"peak resident memory of this process: {peak_mib:,.0f} MiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages / records")
    parser.add_argument("--skip-accuracy", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args(argv)
    if not args.skip_accuracy:
        accuracy(args.limit)
    if not args.skip_throughput:
        throughput(args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
