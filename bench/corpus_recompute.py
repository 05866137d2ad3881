"""Time the corpus stage of `refrain analyze` alone on a copy of a store, per step (wall and CPU).

    .venv/bin/python bench/corpus_recompute.py SRC.duckdb COPY.duckdb [--from-scratch] [--profile OUT]

Copies SRC to COPY and runs ``refrain.analyze.corpus.recompute_corpus_links`` on the copy (two
workers), printing each step's wall and CPU time (CPU of this process; the CPU of worker
processes, reuse alignment's pool and the entity merge's process, is printed as a total).
``--from-scratch`` empties every memo and index the stage keeps (reuse, quote links, conflicts)
first, so every link is recomputed as on a store never analysed: the
reference an incremental run must equal (``bench/analyze.py --from-store ... --identity COPY``).
SRC is never written.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import resource
import shutil
import time

from refrain.analyze.corpus import recompute_corpus_links
from refrain.analyze.run import links_fingerprint
from refrain.store import Store

MEMO_TABLES = (
    "quote_link_memo",
    "quote_link_index",
    "reuse_memo_docs",
    "reuse_memo_pairs",
    "conflict_memo",
    "conflict_figures",
)
STEPS = ["read", "reuse", "quote families", "entities", "conflict groups + write"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("copy")
    parser.add_argument("--from-scratch", action="store_true", help="empty the stage's memos first")
    parser.add_argument("--profile", default=None, help="write a cProfile of the stage here")
    args = parser.parse_args()
    print(f"uptime: {os.popen('uptime').read().strip()}")
    shutil.copy(args.source, args.copy)
    marks: list[tuple[int, float, float]] = []
    with Store(args.copy) as store:
        if args.from_scratch:
            for table in MEMO_TABLES:
                store.con.execute(f"DELETE FROM {table}")
        profile = cProfile.Profile() if args.profile else None
        t0, c0 = time.perf_counter(), time.process_time()
        if profile:
            profile.enable()
        recompute_corpus_links(
            store,
            workers=2,
            progress=lambda _stage, done, _total: marks.append(
                (done, time.perf_counter(), time.process_time())
            ),
            fingerprint=links_fingerprint(store, None),
        )
        if profile:
            profile.disable()
            profile.dump_stats(args.profile)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    for (done, w0, cpu0), (_next, w1, cpu1) in zip(marks, marks[1:], strict=False):
        print(f"    corpus: {STEPS[done]:26s} wall {w1 - w0:7.1f} s  CPU {cpu1 - cpu0:7.1f} s")
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # pool workers, ended by now
    print(
        f"corpus stage: wall {wall:.1f} s, CPU {cpu:.1f} s (+ {children.ru_utime + children.ru_stime:.1f} s "
        f"in worker processes); uptime after: {os.popen('uptime').read().strip()}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
