"""Reuse templates on the Tehran Times: how many sampled reuse passages are template sentences.

Usage (from the repository root; the corpus is read in place from ../shared)::

    nice -n 10 .venv/bin/python bench/reuse_templates_tehran.py                 # align the corpus here
    nice -n 10 .venv/bin/python bench/reuse_templates_tehran.py --db STORE      # a store `analyze` wrote
    nice -n 10 .venv/bin/python bench/reuse_templates_tehran.py --population before --seed 7

Prints the counts of passages (boilerplate, template, reuse) and of template clusters, then a
random sample of each population asked for (fixed seed; default: all three) for reading by hand,
each passage with both sides and the words that differ between them:

- ``--population before``: passages that are not boilerplate (what was reported as reuse before
  templates were told apart), each with the label it gets now;
- ``--population after`` (default): passages reported as reuse now (neither boilerplate nor template);
- ``--population template``: passages labelled template (to read the label's precision);
- ``--population missed``: reuse passages now whose two sides differ in a number on both sides
  (where a missed template would hide: to read the recall).

Read each pair and count those that are the same sentence frame with different facts (other
figures, months, periods, places of a recurring report) against those that are the same text.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from refrain.reuse import Passage, ReuseDoc, align  # noqa: E402

TEHRAN = REPO.parent / "shared" / "data" / "tehran-times" / "tehran_times_33k.jsonl.gz"
_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+")


def load_corpus(path: Path = TEHRAN) -> list[ReuseDoc]:
    """The corpus as ReuseDocs in file order (ids repeated in the file get a #n suffix)."""
    docs: list[ReuseDoc] = []
    seen: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            row = json.loads(line)
            key = str(row["id"])
            seen[key] = seen.get(key, 0) + 1
            name = key if seen[key] == 1 else f"{key}#{seen[key]}"
            docs.append(ReuseDoc(name=name, text=row["text"], outlet=row.get("outlet"), order=i))
    return docs


def from_store(db: str) -> tuple[list[Passage], dict[str, str], dict[int, tuple[int, bool]]]:
    """Passages, texts and {cluster: (documents, template)} as a store holds them."""
    import duckdb

    with duckdb.connect(db, read_only=True) as con:
        rows = con.execute(
            "SELECT a_doc, a_start, a_end, b_doc, b_start, b_end, score, cluster, boilerplate, "
            "coalesce(template, false) FROM passages"
        ).fetchall()
        texts = dict(con.execute("SELECT id, text FROM documents").fetchall())
        clusters = {
            cid: (size, bool(t))
            for cid, size, t in con.execute(
                "SELECT id, size, coalesce(template, false) FROM clusters"
            ).fetchall()
        }
    return [Passage(*r) for r in rows], texts, clusters


def differing_words(a: str, b: str) -> list[tuple[str, str]]:
    wa, wb = _WORD.findall(a.lower()), _WORD.findall(b.lower())
    ops = difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
    return [(" ".join(wa[i1:i2]), " ".join(wb[j1:j2])) for op, i1, i2, j1, j2 in ops if op != "equal"]


def numbers_differ(a_text: str, b_text: str, p: Passage) -> bool:
    """Whether a number was replaced by another between the passage's two sides."""
    a, b = a_text[p.a_start : p.a_end], b_text[p.b_start : p.b_end]
    if a == b:
        return False
    return any(
        any(c.isdigit() for c in left) and any(c.isdigit() for c in right)
        for left, right in differing_words(a, b)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="read passages from this store instead of aligning the corpus")
    parser.add_argument(
        "--population",
        choices=("before", "after", "template", "missed"),
        action="append",
        help="default: all four",
    )
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--chars", type=int, default=320, help="characters of each side printed")
    args = parser.parse_args()

    t0 = time.perf_counter()
    if args.db:
        passages, texts, clusters = from_store(args.db)
    else:
        if not TEHRAN.exists():
            sys.exit(f"Error: {TEHRAN}: not found (the shared data sits beside the repository)")
        docs = load_corpus()
        result = align(docs, workers=args.workers)
        passages, texts = result.passages, {d.name: d.text for d in docs}
        clusters = {c.id: (len(c.documents), c.template) for c in result.clusters}
        del docs, result
    elapsed = time.perf_counter() - t0
    boiler = sum(p.boilerplate for p in passages)
    template = sum(p.template for p in passages)
    template_nb = sum(p.template and not p.boilerplate for p in passages)
    reuse = sum(not p.boilerplate and not p.template for p in passages)
    print(
        f"{len(passages):,} passages in {elapsed:.1f} s: {boiler:,} boilerplate, {template:,} template "
        f"({template_nb:,} of them not boilerplate), {reuse:,} reuse; "
        f"{sum(t for _, t in clusters.values()):,} template clusters of {len(clusters):,}"
    )
    populations = {
        "before": [p for p in passages if not p.boilerplate],
        "after": [p for p in passages if not p.boilerplate and not p.template],
        "template": [p for p in passages if p.template],
        "missed": [
            p
            for p in passages
            if not p.boilerplate and not p.template and numbers_differ(texts[p.a], texts[p.b], p)
        ],
    }
    for name in args.population or list(populations):
        show_sample(name, populations[name], texts, clusters, args)


def show_sample(
    name: str,
    population: list[Passage],
    texts: dict[str, str],
    clusters: dict[int, tuple[int, bool]],
    args: argparse.Namespace,
) -> None:
    chosen = random.Random(args.seed).sample(population, min(args.sample, len(population)))
    print(f"== sample: {len(chosen)} of {len(population):,} passages ({name}), seed {args.seed}\n")
    for k, p in enumerate(chosen, 1):
        a, b = texts[p.a][p.a_start : p.a_end], texts[p.b][p.b_start : p.b_end]
        size, cluster_template = clusters.get(p.cluster, (0, False)) if p.cluster is not None else (0, False)
        print(
            f"#{k} {p.a} -> {p.b}  template={p.template}  cluster {p.cluster} "
            f"({size} documents, template={cluster_template})  score {p.score}"
        )
        print("  A:", " ".join(a.split())[: args.chars])
        print("  B:", " ".join(b.split())[: args.chars])
        print("  differs:", differing_words(a, b)[:12] or "nothing (same words)")
        print()


if __name__ == "__main__":
    main()
