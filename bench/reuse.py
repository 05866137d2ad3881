"""Reuse detection: accuracy on PAN-13, throughput and memory on the Tehran Times corpus.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python bench/reuse.py pan13
    PYTHONPATH=src .venv/bin/python bench/reuse.py tehran --workers 2 --sizes 5000,10000,20000,33724
    PYTHONPATH=src .venv/bin/python bench/reuse.py all

PAN-13 is scored with PAN's plagdet (Potthast et al., "An Evaluation Framework for Plagiarism
Detection", COLING 2010): macro character precision and recall over detections and cases,
granularity, plagdet = F1 / log2(1 + granularity). The peer measured in the same run is
datasketch MinHash-LSH at paragraph level (it finds which paragraphs are near-duplicates; it has
no passage edges, so on PAN-13 it is scored with whole paragraphs as detections).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import re
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
PAN13 = SHARED / "data" / "pan13"
TEHRAN = SHARED / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"


# ---------------------------------------------------------------- PAN plagdet ----------------


@dataclass(frozen=True, slots=True)
class Alignment:
    """A case or a detection: a span of ``susp`` copied from a span of ``src``."""

    susp: str
    susp_start: int
    susp_end: int
    src: str
    src_start: int
    src_end: int

    def __len__(self) -> int:
        return (self.susp_end - self.susp_start) + (self.src_end - self.src_start)


def _overlap(s1: int, e1: int, s2: int, e2: int) -> tuple[int, int] | None:
    start, end = max(s1, s2), min(e1, e2)
    return (start, end) if start < end else None


def _union_length(intervals: Iterable[tuple[int, int]]) -> int:
    total, cur_start, cur_end = 0, None, None
    for start, end in sorted(intervals):
        if cur_end is None or start > cur_end:
            if cur_end is not None:
                total += cur_end - cur_start
            cur_start, cur_end = start, end
        else:
            cur_end = max(cur_end, end)
    if cur_end is not None:
        total += cur_end - cur_start
    return total


def _detects(case: Alignment, det: Alignment) -> bool:
    return (
        case.susp == det.susp
        and case.src == det.src
        and _overlap(case.susp_start, case.susp_end, det.susp_start, det.susp_end) is not None
        and _overlap(case.src_start, case.src_end, det.src_start, det.src_end) is not None
    )


def _covered(target: Alignment, others: Sequence[Alignment]) -> int:
    """Characters of ``target`` (susp side plus src side) covered by ``others`` that detect it."""
    susp = [_overlap(target.susp_start, target.susp_end, o.susp_start, o.susp_end) for o in others]
    src = [_overlap(target.src_start, target.src_end, o.src_start, o.src_end) for o in others]
    return _union_length(x for x in susp if x) + _union_length(x for x in src if x)


def _key(a: Alignment) -> tuple[str, int, int, str, int, int]:
    return (a.susp, a.susp_start, a.susp_end, a.src, a.src_start, a.src_end)


@dataclass(frozen=True, slots=True)
class Plagdet:
    precision: float
    recall: float
    granularity: float
    f1: float
    plagdet: float
    cases: int
    detections: int
    detected_cases: int


def plagdet(cases: Iterable[Alignment], detections: Iterable[Alignment]) -> Plagdet:
    """PAN's macro-averaged character precision/recall, granularity and plagdet.

    The same rules as PAN's own measures script (pan09 measures, used through PAN-15):

    - cases and detections are sets: a detection reported twice counts once;
    - a detection's precision is the share of its characters (suspicious side plus source side)
      inside the union of the cases it overlaps, where overlapping means the same document pair
      and overlap on both sides; a detection in a pair without any case scores 0 and still counts
      in the average (PAN scores every listed pair, negative pairs included);
    - a case's recall is the share of its characters inside the union of the detections that
      overlap it, so overlapping detections are not counted twice for recall, but each of them is
      a detection of its own for precision and for granularity (detections per detected case);
    - no cases and no detections score 1, one of the two empty scores 0.
    """
    cases, detections = sorted(set(cases), key=_key), sorted(set(detections), key=_key)
    by_pair: dict[tuple[str, str], list[Alignment]] = defaultdict(list)
    for d in detections:
        by_pair[(d.susp, d.src)].append(d)
    cases_by_pair: dict[tuple[str, str], list[Alignment]] = defaultdict(list)
    for c in cases:
        cases_by_pair[(c.susp, c.src)].append(c)
    recall_sum, gran_sum, detected = 0.0, 0, 0
    for c in cases:
        hits = [d for d in by_pair[(c.susp, c.src)] if _detects(c, d)]
        recall_sum += _covered(c, hits) / len(c)
        if hits:
            detected += 1
            gran_sum += len(hits)
    precision_sum = 0.0
    for d in detections:
        hits = [c for c in cases_by_pair[(d.susp, d.src)] if _detects(c, d)]
        precision_sum += _covered(d, hits) / len(d) if len(d) else 0.0
    if not cases and not detections:
        recall = precision = 1.0
    else:
        recall = recall_sum / len(cases) if cases and detections else 0.0
        precision = precision_sum / len(detections) if cases and detections else 0.0
    granularity = gran_sum / detected if detected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Plagdet(
        precision,
        recall,
        granularity,
        f1,
        f1 / math.log2(1 + granularity),
        len(cases),
        len(detections),
        detected,
    )


# ---------------------------------------------------------------- PAN-13 ---------------------


def load_pan13(root: Path = PAN13):
    """Suspicious and source documents (susp first, in file order), listed pairs and gold cases."""
    from refrain.reuse import ReuseDoc

    docs = []
    for folder in ("susp", "src"):
        for path in sorted((root / folder).glob("*.txt")):
            docs.append(
                ReuseDoc(name=f"{folder}/{path.name}", text=path.read_text(encoding="utf-8"), order=len(docs))
            )
    pairs = {tuple(line.split()) for line in (root / "pairs").read_text().splitlines() if line.strip()}
    cases = []
    for line in (root / "truth.jsonl").read_text().splitlines():
        row = json.loads(line)
        cases.append(
            Alignment(
                row["suspicious"],
                row["this_offset"],
                row["this_offset"] + row["this_length"],
                row["source"],
                row["source_offset"],
                row["source_offset"] + row["source_length"],
            )
        )
    return docs, pairs, cases


def pan13_detections(passages, pairs: set[tuple[str, str]]) -> list[Alignment]:
    """Passages between a listed (suspicious, source) pair, as PAN detections (boilerplate kept:
    PAN's gold does not know about it)."""
    out = []
    for p in passages:
        for (x, xs, xe), (y, ys, ye) in (
            ((p.a, p.a_start, p.a_end), (p.b, p.b_start, p.b_end)),
            ((p.b, p.b_start, p.b_end), (p.a, p.a_start, p.a_end)),
        ):
            if x.startswith("susp/") and y.startswith("src/"):
                susp, src = x.removeprefix("susp/"), y.removeprefix("src/")
                if (susp, src) in pairs:
                    out.append(Alignment(susp, xs, xe, src, ys, ye))
    return out


@dataclass(frozen=True, slots=True)
class Pan13Diagnostics:
    """Where precision goes on PAN-13: detections outside the gold, and edges past it.

    ``unmatched``: detections that overlap no gold case of their pair; of them,
    ``in_negative_pairs`` lie in listed pairs without any gold case, ``under_other_case`` overlap,
    in the suspicious text, a gold case of another source (the same text found in a second
    source), and ``same_words`` have the same word sequence on both sides (a verbatim copy but
    for line breaks, spaces and punctuation; ``same_words_matched``: the same count for the
    detections that do overlap a gold case, for comparison). ``edge_loss``: precision lost by
    matched detections reaching past their case; ``overshoots``: how many edges do, and
    ``overshoots_same_words``: how many of those take in only words that are the same in both texts
    (the copy really goes on; the gold edge stops short). ``precision_without_unmatched``: the
    precision the same detections would have without the unmatched ones (an upper bound for any
    filter that keeps every gold case)."""

    unmatched: list[Alignment]
    in_negative_pairs: int
    under_other_case: int
    same_words: int
    same_words_matched: int
    edge_loss: float
    overshoots: int
    overshoots_same_words: int
    precision_without_unmatched: float


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def pan13_diagnostics(docs, cases: Sequence[Alignment], detections: Sequence[Alignment]) -> Pan13Diagnostics:
    text = {d.name: d.text for d in docs}
    cases_by_pair: dict[tuple[str, str], list[Alignment]] = defaultdict(list)
    for c in cases:
        cases_by_pair[(c.susp, c.src)].append(c)
    gold_pairs = set(cases_by_pair)
    unmatched, matched = [], []
    for d in sorted(set(detections), key=_key):
        hits = [c for c in cases_by_pair[(d.susp, d.src)] if _detects(c, d)]
        (matched if hits else unmatched).append((d, hits))

    def same_words(d: Alignment) -> bool:
        susp = text[f"susp/{d.susp}"][d.susp_start : d.susp_end]
        return _words(susp) == _words(text[f"src/{d.src}"][d.src_start : d.src_end])

    edge_loss, overshoots, overshoots_same = 0.0, 0, 0
    for d, hits in matched:
        edge_loss += 1 - _covered(d, hits) / len(d)
        susp, src = text[f"susp/{d.susp}"], text[f"src/{d.src}"]
        first, last = min(hits, key=lambda c: c.susp_start), max(hits, key=lambda c: c.susp_end)
        extra = []
        if d.susp_start < first.susp_start:
            extra.append(
                (susp[d.susp_start : first.susp_start], src[d.src_start : max(d.src_start, first.src_start)])
            )
        if d.susp_end > last.susp_end:
            extra.append((susp[last.susp_end : d.susp_end], src[min(d.src_end, last.src_end) : d.src_end]))
        for a, b in extra:
            overshoots += 1
            overshoots_same += _words(a) == _words(b)
    kept = [d for d, _ in matched]
    return Pan13Diagnostics(
        unmatched=[d for d, _ in unmatched],
        in_negative_pairs=sum((d.susp, d.src) not in gold_pairs for d, _ in unmatched),
        under_other_case=sum(
            any(c.susp == d.susp and c.susp_start < d.susp_end and d.susp_start < c.susp_end for c in cases)
            for d, _ in unmatched
        ),
        same_words=sum(same_words(d) for d, _ in unmatched),
        same_words_matched=sum(same_words(d) for d in kept),
        edge_loss=edge_loss / len(detections) if detections else 0.0,
        overshoots=overshoots,
        overshoots_same_words=overshoots_same,
        precision_without_unmatched=plagdet(cases, kept).precision,
    )


def run_pan13(workers: int | None, peer: bool = True) -> dict:
    from refrain.reuse import align

    docs, pairs, cases = load_pan13()
    result, wall, peak, cpu = timed(lambda: align(docs, workers=workers))
    detections = pan13_detections(result.passages, pairs)
    gold_pairs = {(c.susp, c.src) for c in cases}
    return {
        "refrain": plagdet(cases, detections),
        "diagnostics": pan13_diagnostics(docs, cases, detections),
        # The listed pairs that have a gold case only (the others are negative pairs).
        "on_gold_pairs": plagdet(cases, [d for d in detections if (d.susp, d.src) in gold_pairs]),
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_mb": peak,
        "passages": len(result.passages),
        "minhash": minhash_pan13(docs, pairs, cases) if peer else None,
    }


# ---------------------------------------------------------------- MinHash-LSH peer -----------

_PARA = re.compile(r"\S(?:.*?\S)?(?=\n\s*\n|\Z)", re.S)
_WORD = re.compile(r"\w+")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans (blank-line separated)."""
    return [(m.start(), m.end()) for m in _PARA.finditer(text)]


def minhash_pairs(docs, num_perm: int = 64, threshold: float = 0.5, shingle: int = 5):
    """datasketch MinHash-LSH over paragraphs: pairs of near-duplicate paragraphs across documents.

    Returns (paragraph records, list of (i, j) record pairs, pairs of documents)."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    records = []
    para_pairs = []
    for d_idx, doc in enumerate(docs):
        for start, end in paragraphs(doc.text):
            words = [w.lower() for w in _WORD.findall(doc.text[start:end])]
            if len(words) < shingle + 5:
                continue
            grams = {" ".join(words[i : i + shingle]).encode() for i in range(len(words) - shingle + 1)}
            mh = MinHash(num_perm=num_perm)
            mh.update_batch(list(grams))
            key = len(records)
            for other in lsh.query(mh):
                if records[other][0] != d_idx:
                    para_pairs.append((other, key))
            lsh.insert(key, mh)
            records.append((d_idx, start, end))
    doc_pairs = {(records[i][0], records[j][0]) for i, j in para_pairs}
    return records, para_pairs, doc_pairs


def minhash_pan13(docs, pairs, cases) -> Plagdet:
    records, para_pairs, _ = minhash_pairs(docs)
    dets = []
    for i, j in para_pairs:
        for x, y in ((records[i], records[j]), (records[j], records[i])):
            a, b = docs[x[0]].name, docs[y[0]].name
            if a.startswith("susp/") and b.startswith("src/"):
                susp, src = a.removeprefix("susp/"), b.removeprefix("src/")
                if (susp, src) in pairs:
                    dets.append(Alignment(susp, x[1], x[2], src, y[1], y[2]))
    return plagdet(cases, dets)


# ---------------------------------------------------------------- Tehran Times ---------------


def load_tehran(limit: int | None = None):
    """Tehran Times articles in id order (ids grow with time: that is the ingest order)."""
    from refrain.reuse import ReuseDoc

    rows = []
    with gzip.open(TEHRAN, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            rows.append((int(row["id"]), row["id"], row["text"], row.get("outlet")))
    rows.sort()
    if limit:
        rows = rows[:limit]
    # Three ids occur twice (same text): the second copy is named id#2 so names stay unique.
    seen: dict[str, int] = {}
    docs = []
    for i, (_, key, text, outlet) in enumerate(rows):
        seen[key] = seen.get(key, 0) + 1
        name = key if seen[key] == 1 else f"{key}#{seen[key]}"
        docs.append(ReuseDoc(name=name, text=text, outlet=outlet, order=i))
    return docs


class PeakMemory:
    """Peak resident memory of this process plus its live children, sampled every 250 ms (PSS where
    the kernel offers it, so pages shared by forked workers are counted once).

    Reading PSS is not free (the kernel walks the page tables: ~14 ms for a 700 MB process on a
    busy machine), so sampling is not too frequent, and the sampler's own CPU time is kept in
    ``sampler_cpu_s`` for :func:`timed` to leave out."""

    def __init__(self) -> None:
        self.peak_mb = 0.0
        self.sampler_cpu_s = 0.0
        self._stop = threading.Event()

    @staticmethod
    def _pss_kb(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        return int(line.split()[1])
        except OSError:
            return 0
        return 0

    def _children(self) -> list[int]:
        import os

        pid = os.getpid()
        try:
            with open(f"/proc/{pid}/task/{pid}/children") as f:
                return [int(x) for x in f.read().split()]
        except OSError:
            return []

    def _sample(self) -> None:
        import os

        while not self._stop.is_set():
            start = time.thread_time()
            total = self._pss_kb(os.getpid()) + sum(self._pss_kb(c) for c in self._children())
            self.peak_mb = max(self.peak_mb, total / 1024)
            self.sampler_cpu_s += time.thread_time() - start
            self._stop.wait(0.25)

    def __enter__(self) -> PeakMemory:
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def cpu_seconds() -> float:
    """CPU time of this process and its finished worker processes (user + system): on a machine
    shared with other work, what the run cost, where wall time says how busy the machine was."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(fn: Callable[[], object]) -> tuple[object, float, float, float]:
    """``fn()``, its wall seconds, peak memory (MB) and CPU seconds."""
    with PeakMemory() as mem:
        cpu = cpu_seconds()
        start = time.perf_counter()
        out = fn()
        wall = time.perf_counter() - start
        cpu = cpu_seconds() - cpu
    return out, wall, mem.peak_mb, cpu - mem.sampler_cpu_s


def run_tehran(sizes: list[int], workers: int | None, peer: bool) -> list[dict]:
    from refrain.reuse import align

    all_docs = load_tehran()
    rows = []
    for size in sizes:
        docs = all_docs[:size]
        result, wall, peak, cpu = timed(lambda docs=docs: align(docs, workers=workers))
        reuse = result.reuse
        row = {
            "docs": len(docs),
            "wall_s": round(wall, 2),
            "cpu_s": round(cpu, 2),
            "load_avg_1m": os.getloadavg()[0],
            "peak_mb": round(peak),
            "passages": len(result.passages),
            "reuse_passages": len(reuse),
            "boilerplate_passages": len(result.passages) - len(reuse),
            "clusters": len(result.clusters),
            "docs_with_reuse": len({p.a for p in reuse} | {p.b for p in reuse}),
            "doc_pairs": len({(p.a, p.b) for p in result.passages}),
        }
        if peer:
            (records, para_pairs, doc_pairs), m_wall, m_peak, m_cpu = timed(
                lambda docs=docs: minhash_pairs(docs)
            )
            row.update(
                minhash_wall_s=round(m_wall, 2),
                minhash_cpu_s=round(m_cpu, 2),
                minhash_peak_mb=round(m_peak),
                minhash_doc_pairs=len(doc_pairs),
                cpu_ratio_minhash_over_refrain=round(m_cpu / cpu, 2) if cpu else None,
            )
        rows.append(row)
        print(json.dumps(row), flush=True)
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["pan13", "tehran", "all"])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sizes", default="5000,10000,20000,33724")
    parser.add_argument("--no-peer", action="store_true", help="skip the MinHash-LSH reference")
    args = parser.parse_args(argv)
    print(
        f"python {sys.version.split()[0]}, workers={args.workers}, cores={os.cpu_count()}, "
        f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}",
        flush=True,
    )
    if args.what in ("pan13", "all"):
        out = run_pan13(args.workers, not args.no_peer)
        r, diag = out["refrain"], out["diagnostics"]
        print(
            f"PAN-13: refrain plagdet {r.plagdet:.4f} P {r.precision:.4f} R {r.recall:.4f} "
            f"gran {r.granularity:.4f} ({r.detections} detections, {r.detected_cases}/{r.cases} cases) "
            f"in {out['wall_s']:.2f} s (CPU {out['cpu_s']:.2f} s), peak {out['peak_mb']:.0f} MB"
        )
        lengths = sorted((d.susp_end - d.susp_start) for d in diag.unmatched)
        print(
            f"PAN-13: {len(diag.unmatched)} detections overlap no gold case of their pair "
            f"({diag.in_negative_pairs} in listed pairs with no gold case, {diag.under_other_case} under a "
            f"gold case of another source); {diag.same_words} of them have the same words on both sides "
            f"(matched detections: {diag.same_words_matched} of {r.detections - len(diag.unmatched)}); "
            f"their lengths in the suspicious text: {lengths} characters"
        )
        print(
            f"PAN-13: edges: precision lost past gold edges {diag.edge_loss:.4f}; {diag.overshoots} edges reach "
            f"past the gold, {diag.overshoots_same_words} of them over words that are the same in both texts; "
            f"precision without the unmatched detections: {diag.precision_without_unmatched:.4f}"
        )
        g = out["on_gold_pairs"]
        print(
            f"PAN-13 diagnostic, listed pairs with a gold case only: plagdet {g.plagdet:.4f} "
            f"P {g.precision:.4f} R {g.recall:.4f} gran {g.granularity:.4f} ({g.detections} detections)"
        )
        if (m := out["minhash"]) is not None:
            print(
                f"PAN-13: MinHash-LSH paragraphs plagdet {m.plagdet:.4f} P {m.precision:.4f} R {m.recall:.4f} "
                f"gran {m.granularity:.4f} ({m.detections} detections, {m.detected_cases}/{m.cases} cases)"
            )
    if args.what in ("tehran", "all"):
        run_tehran([int(s) for s in args.sizes.split(",")], args.workers, not args.no_peer)


if __name__ == "__main__":
    main()
