"""How reuse detection scales: local, out-of-core and Spark engines on synthetic corpora of growing size.

    .venv/bin/python bench/scale.py                                  # quick: 5k articles, local
    .venv/bin/python bench/scale.py --sizes 33k,100k,300k,1M --engines local,spark
    .venv/bin/python bench/scale.py --sizes 33k --engines local,disk --memory-mb 1024

For each size a corpus is built once by bench/make_corpus.py (Tehran Times articles, planted
reuse with a truth file) under ``--work``. Each engine runs in a child process; the parent
measures wall time, peak memory (the child's process tree polled from /proc, summed, and
``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``, the largest single process), disk (corpus,
and the peak size of the run's output and Spark scratch folder), and the child reports recall of
the planted passages. With two or more sizes the growth of time is fitted on log-log axes (slope
1 = linear) and drawn to ``--plot`` (SVG, written here without plotting libraries). When both
engines run at a size, each one's passages are compared row for row with the first engine's.
The ``disk`` engine (:mod:`refrain.reuse.outofcore`) reads the shards as a stream, keeps its work
folder under the run's output folder (so the disk figure is its peak) and sizes its batches to
``--memory-mb``.

Peer: passim 2.0.1, the named peer of issue 17, is not installed on this machine; ``--peer``
says so in a result line rather than leaving it out.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
PLOT = REPO / "docs" / "bench" / "scale-growth.svg"


def parse_size(text: str) -> int:
    text = text.strip().lower()
    mult = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text[:-1] if mult > 1 else text) * mult)


# -- the child: one engine on one corpus ------------------------------------------------------------
def _stream_corpus(corpus: Path) -> Iterator[Any]:
    from refrain.reuse import ReuseDoc

    for shard in sorted(corpus.glob("corpus-*.jsonl.gz")):
        with gzip.open(shard, "rt", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                yield ReuseDoc(r["id"], r["text"], r.get("date"), r.get("outlet"), int(r["id"][1:]))


def _read_corpus(corpus: Path) -> list[Any]:
    return list(_stream_corpus(corpus))


def _recall(corpus: Path, passages: list[tuple[str, int, int, str, int, int, bool]]) -> dict[str, Any]:
    """Share of planted passages found: a non-boilerplate passage between the same two articles
    covering at least half of the planted span on both sides."""
    by_pair: dict[tuple[str, str], list[tuple[int, int, int, int]]] = {}
    for a, a0, a1, b, b0, b1, boiler in passages:
        if not boiler:
            by_pair.setdefault((a, b), []).append((a0, a1, b0, b1))

    def covers(s0: int, s1: int, t0: int, t1: int) -> bool:
        return min(s1, t1) - max(s0, t0) >= 0.5 * (t1 - t0)

    found: dict[str, list[int]] = {}
    with gzip.open(corpus / "truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            t = json.loads(line)
            hit = any(
                covers(a0, a1, t["source_start"], t["source_end"])
                and covers(b0, b1, t["target_start"], t["target_end"])
                for a0, a1, b0, b1 in by_pair.get((t["source"], t["target"]), [])
            )
            found.setdefault(t["kind"], [0, 0])
            found[t["kind"]][0] += hit
            found[t["kind"]][1] += 1
    total = sum(v[1] for v in found.values())
    return {
        "recall": round(sum(v[0] for v in found.values()) / total, 4) if total else None,
        "planted": total,
        "by_kind": {k: round(v[0] / v[1], 4) for k, v in found.items()},
    }


def run_child(engine: str, corpus: Path, out: Path, master: str, memory_mb: int) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    if engine == "passim":
        (out / "result.json").write_text(json.dumps(_run_passim(corpus, out)), encoding="utf-8")
        return
    t0 = time.perf_counter()
    stages: dict[str, float] = {}
    if engine == "local":
        from refrain.reuse import align

        docs = _read_corpus(corpus)
        stages["read"] = time.perf_counter() - t0
        result = align(docs)
        del docs
    elif engine == "disk":
        from refrain.reuse import DEFAULT_PARAMS
        from refrain.reuse.outofcore import DiskLimits, align_on_disk

        # Reading is part of the run here: the documents are a stream the engine consumes once.
        stages["read"] = 0.0
        limits = DiskLimits(memory_mb=memory_mb, workdir=str(out))
        result = align_on_disk(_stream_corpus(corpus), DEFAULT_PARAMS, limits=limits)
    else:
        from pyspark.sql import functions as F

        from refrain.spark import align_spark, spark_session

        spark = spark_session(master, config={"spark.local.dir": str(out / "spark-tmp")})
        shards = [str(p) for p in sorted(corpus.glob("corpus-*.jsonl.gz"))]
        frame = spark.read.schema("id string, outlet string, date string, text string").json(shards)
        frame = frame.select(
            F.col("id").alias("name"),
            "text",
            "date",
            "outlet",
            F.substring("id", 2, 20).cast("long").alias("order"),
        )
        stages["read"] = time.perf_counter() - t0
        result = align_spark(frame, master=master)
    stages["align"] = time.perf_counter() - t0 - stages["read"]
    rows = [(p.a, p.a_start, p.a_end, p.b, p.b_start, p.b_end, p.boilerplate) for p in result.passages]
    names = ["a", "a_start", "a_end", "b", "b_start", "b_end", "boilerplate"]
    pq.write_table(
        pa.Table.from_pylist([dict(zip(names, r, strict=True)) for r in rows]), out / "passages.parquet"
    )
    report = {
        "engine": engine,
        **({"memory_mb": memory_mb} if engine == "disk" else {}),
        "passages": len(rows),
        "reuse_passages": sum(1 for r in rows if not r[6]),
        "clusters": len(result.clusters),
        "stages_s": {k: round(v, 1) for k, v in stages.items()},
        **_recall(corpus, rows),
    }
    if engine == "spark":
        spark.stop()
    (out / "result.json").write_text(json.dumps(report), encoding="utf-8")


# -- the parent: measure children ----------------------------------------------------------------------
def _tree_rss(root: int, cpu: dict[int, float] | None = None) -> int:
    """Summed RSS (bytes) of ``root`` and its descendants (shared pages counted in each).

    ``cpu``, when given, keeps each descendant's largest CPU seconds seen (user + system): Spark's
    JVM and Python workers are never reaped by the child, so ``getrusage`` misses them.
    """
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    own_cpu: dict[int, float] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * page
        own_cpu[pid] = (int(fields[11]) + int(fields[12])) / tick
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        if cpu is not None and pid in own_cpu:
            cpu[pid] = max(cpu.get(pid, 0.0), own_cpu[pid])
        todo.extend(children.get(pid, []))
    return total


def _folder_bytes(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(root, name))
            except OSError:
                pass
    return total


def measure(engine: str, corpus: Path, out: Path, master: str, memory_mb: int) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "_run", engine, str(corpus), str(out), master, str(memory_mb)]
    usage0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    before = usage0.ru_maxrss
    peak = {"rss": 0, "disk": 0}
    tree_cpu: dict[int, float] = {}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    done = threading.Event()

    def poll() -> None:
        tick = 0
        while not done.is_set():
            peak["rss"] = max(peak["rss"], _tree_rss(proc.pid, tree_cpu))
            if tick % 4 == 0:
                peak["disk"] = max(peak["disk"], _folder_bytes(out))
            tick += 1
            done.wait(0.5)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    code = proc.wait()
    wall = time.perf_counter() - t0
    done.set()
    poller.join()
    if code != 0:
        return {"engine": engine, "error": f"exit code {code}", "wall_s": round(wall, 1)}
    report = json.loads((out / "result.json").read_text(encoding="utf-8"))
    usage1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    after = usage1.ru_maxrss
    cpu = (usage1.ru_utime + usage1.ru_stime) - (usage0.ru_utime + usage0.ru_stime)
    report.update(
        wall_s=round(wall, 1),
        # CPU seconds of the child and the descendants it waited for (less noisy than wall time
        # on a shared machine; Spark's JVM and Python workers count only if reaped in the tree).
        cpu_s=round(cpu, 1),
        # CPU seconds of every process of the tree, polled every 0.5 s (a process living less
        # than that is missed): with Spark, the JVM and its Python workers too.
        tree_cpu_s=round(sum(tree_cpu.values()), 1),
        peak_tree_rss_gib=round(peak["rss"] / 2**30, 2),
        ru_maxrss_children_gib=round(max(after, before) / 2**20, 2),  # KiB on Linux
        peak_out_disk_mib=round(max(peak["disk"], _folder_bytes(out)) / 2**20, 1),
    )
    return report


def run_peer(args: argparse.Namespace) -> dict[str, Any]:
    """passim 2.0.1 on ``--peer-size`` articles of the same synthetic corpus, measured as an engine
    (wall, CPU, peak RSS; no recall: its output format is not read here), or why it was not run."""
    n = parse_size(args.peer_size)
    if shutil.which("passim") is None:
        return {"engine": "passim", "articles": n, "error": "passim is not installed here (not run)"}
    corpus, _ = ensure_corpus(args.work, n, args.seed)
    out = args.work / f"run-{n}-passim"
    shutil.rmtree(out, ignore_errors=True)
    return {**measure("passim", corpus, out, args.master, args.memory_mb), "articles": n}


def _run_passim(corpus: Path, out: Path) -> dict[str, Any]:
    """passim's input (one JSON line per article: id, series, text) written, then passim run on it."""
    source = out / "passim-in.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        for doc in _stream_corpus(corpus):
            fh.write(json.dumps({"id": doc.name, "series": doc.outlet, "text": doc.text}) + "\n")
    subprocess.run(["passim", str(source), str(out / "passim-out")], check=True)
    return {"engine": "passim"}


def ensure_corpus(work: Path, n: int, seed: int) -> tuple[Path, dict[str, Any]]:
    corpus = work / f"corpus-{n}"
    manifest = corpus / "manifest.json"
    if manifest.exists():
        info = json.loads(manifest.read_text(encoding="utf-8"))
        if info.get("articles") == n and info.get("seed") == seed:
            return corpus, info
    subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "make_corpus.py"),
            "--n",
            str(n),
            "--seed",
            str(seed),
            "--out",
            str(corpus),
        ],
        check=True,
    )
    return corpus, json.loads(manifest.read_text(encoding="utf-8"))


def same_passages(out_a: Path, out_b: Path) -> bool:
    import pyarrow.parquet as pq

    def rows(p: Path) -> list[tuple[Any, ...]]:
        t = pq.read_table(p / "passages.parquet").to_pylist()
        return sorted(tuple(r.values()) for r in t)

    return rows(out_a) == rows(out_b)


def slope(points: list[tuple[int, float]]) -> float | None:
    if len(points) < 2:
        return None
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return round(sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den, 2) if den else None


def write_svg(series: dict[str, list[tuple[int, float]]], path: Path) -> None:
    """A log-log plot of wall time against articles, one line per engine, with a slope-1 guide."""
    pts = [p for s in series.values() for p in s]
    if not pts:
        return
    w, h, m = 640, 420, 60
    xs = [math.log10(n) for n, _ in pts]
    ys = [math.log10(t) for _, t in pts]
    x0, x1 = math.floor(min(xs)), math.ceil(max(xs) + 1e-9)
    y0, y1 = math.floor(min(ys)), math.ceil(max(ys) + 1e-9)
    x1, y1 = max(x1, x0 + 1), max(y1, y0 + 1)

    def px(n: float) -> float:
        return m + (math.log10(n) - x0) / (x1 - x0) * (w - 2 * m)

    def py(t: float) -> float:
        return h - m - (math.log10(t) - y0) / (y1 - y0) * (h - 2 * m)

    colours = {"local": "#1f6feb", "spark": "#d1242f"}
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">',
        f'<rect width="{w}" height="{h}" fill="white"/>',
        f'<text x="{w / 2}" y="20" text-anchor="middle" font-size="14">refrain reuse: wall time vs articles (log-log)</text>',
    ]
    for k in range(x0, x1 + 1):
        x = px(10**k)
        out.append(f'<line x1="{x}" y1="{m}" x2="{x}" y2="{h - m}" stroke="#ddd"/>')
        out.append(f'<text x="{x}" y="{h - m + 16}" text-anchor="middle">1e{k}</text>')
    for k in range(y0, y1 + 1):
        y = py(10**k)
        out.append(f'<line x1="{m}" y1="{y}" x2="{w - m}" y2="{y}" stroke="#ddd"/>')
        out.append(f'<text x="{m - 6}" y="{y + 4}" text-anchor="end">{10**k:g} s</text>')
    out.append(f'<text x="{w / 2}" y="{h - 15}" text-anchor="middle">articles</text>')
    for i, (engine, points) in enumerate(sorted(series.items())):
        colour = colours.get(engine, "#555")
        points = sorted(points)
        line = " ".join(f"{px(n):.1f},{py(t):.1f}" for n, t in points)
        out.append(f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for n, t in points:
            out.append(f'<circle cx="{px(n):.1f}" cy="{py(t):.1f}" r="4" fill="{colour}"/>')
        s = slope(points)
        label = f"{engine}" + (f" (slope {s})" if s is not None else "")
        out.append(f'<text x="{m + 10}" y="{m + 16 + 16 * i}" fill="{colour}">{label}</text>')
        if i == 0 and points:  # a slope-1 guide through the first engine's first point
            n0, t0 = points[0]
            n_end = min(10**x1, n0 * 10**y1 / t0)  # stop at the top or right edge
            out.append(
                f'<line x1="{px(n0):.1f}" y1="{py(t0):.1f}" x2="{px(n_end):.1f}" y2="{py(t0 * n_end / n0):.1f}" '
                'stroke="#888" stroke-dasharray="4 4"/>'
            )
    out.append(f'<text x="{w - m}" y="{m + 16}" text-anchor="end" fill="#888">dashed: linear growth</text>')
    out.append("</svg>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_run":
        run_child(argv[1], Path(argv[2]), Path(argv[3]), argv[4], int(argv[5]))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="5k", help="comma-separated article counts: 33k,100k,300k,1M")
    ap.add_argument("--engines", default="local", help="local, disk, spark, or several: local,disk")
    ap.add_argument("--memory-mb", type=int, default=2048, help="the disk engine's memory bound")
    ap.add_argument("--peer", action="store_true", help="also run passim 2.0.1 at --peer-size articles")
    ap.add_argument("--peer-size", default="3500")
    ap.add_argument("--work", type=Path, default=Path("/tmp/refrain-scale"))
    ap.add_argument("--master", default="local[*]")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--plot", type=Path, default=PLOT)
    ap.add_argument(
        "--results", type=Path, default=None, help="append JSON lines here (default: WORK/results.jsonl)"
    )
    ap.add_argument("--plot-only", action="store_true", help="run nothing: fit and plot the results file")
    args = ap.parse_args(argv)
    sizes = [] if args.plot_only else [parse_size(s) for s in args.sizes.split(",")]
    engines = [e.strip() for e in args.engines.split(",")]
    results_path = args.results or args.work / "results.jsonl"
    args.work.mkdir(parents=True, exist_ok=True)
    series: Any = {}
    print(f"machine: {os.cpu_count()} cores; shared with other work, so timings are noisy", flush=True)
    for n in sizes:
        corpus, info = ensure_corpus(args.work, n, args.seed)
        corpus_mib = _folder_bytes(corpus) / 2**20
        outs = {}
        ratios: dict[str, dict[str, float]] = {}
        for engine in engines:
            out = args.work / f"run-{n}-{engine}"
            subprocess.run(["rm", "-rf", str(out)], check=True)
            report = measure(engine, corpus, out, args.master, args.memory_mb)
            report.update(articles=n, corpus_mib=round(corpus_mib, 1), build_s=info.get("seconds"))
            if "error" not in report:
                outs[engine] = out
                ratios[engine] = {key: report[key] for key in ("wall_s", "tree_cpu_s")}
            print(json.dumps(report), flush=True)
            with results_path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps({"when": time.strftime("%Y-%m-%d %H:%M"), **report}) + "\n")
        first = next(iter(outs), None)
        for engine in list(outs)[1:]:
            same = same_passages(outs[first], outs[engine])
            print(
                json.dumps({"articles": n, "engines": [first, engine], "engines_identical": same}), flush=True
            )
        for engine in sorted(set(ratios) - {"local"}) if "local" in ratios else []:
            # Same-run ratios: on a shared machine the CPU ratio is the steadier of the two.
            over_local = {
                key: round(ratios[engine][key] / max(ratios["local"][key], 0.1), 2)
                for key in ("wall_s", "tree_cpu_s")
            }
            print(json.dumps({"articles": n, f"{engine}_over_local": over_local}), flush=True)
    if args.peer:
        print(json.dumps(run_peer(args)), flush=True)
    # The fit and the plot use every run recorded in the results file (the latest per engine and
    # size), so sizes run on different days end up on one plot.
    series = {}
    lines = results_path.read_text(encoding="utf-8").splitlines() if results_path.exists() else []
    for line in lines:
        row = json.loads(line)
        if "error" not in row:
            series.setdefault(row["engine"], {})[row["articles"]] = row["wall_s"]
    series = {e: sorted(points.items()) for e, points in series.items()}
    for engine, points in series.items():
        print(json.dumps({"engine": engine, "loglog_slope": slope(points), "points": points}))
    if any(len(p) >= 1 for p in series.values()):
        write_svg(series, args.plot)
        print(f"plot: {args.plot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
