"""Speaker entities scored pairwise on the Tehran Times gold-dev quotations.

    .venv/bin/python bench/entities_tehran.py [--show] [--store STORE.duckdb] [--aliases FILE]
    .venv/bin/python bench/entities_tehran.py --sample STORE.duckdb [--n 30] [--seed 13] [--relink]

Scoring (nothing of the gold text is printed without ``--show``):

1. refrain finds the quotations of the 40 gold-dev articles (``refrain.quotes.find``); each gold
   *direct* quotation is matched to the found quotation overlapping its pieces most (as
   bench/quotes_tehran.py does).
2. The found quotations' speakers are merged into entities exactly as ``refrain analyze`` does
   (``refrain.analyze.corpus.entity_links``: kinds, merging, resolving). ``--store`` adds every
   speaker mention of a store (e.g. 3,000 other Tehran Times articles) to the merge, so the gold
   quotations' speakers must stay apart from many more names, as in a real store.
3. Gold identity: two gold quotations name the same speaker when their normalised ``speaker``
   strings are equal, or when one's ``speaker`` or ``speaker_accept`` shares with the other's a
   string of two or more words that is a person's or organisation's name (``Mohammad Javad
   Zarif`` in both; a bare surname or a role phrase such as "the foreign minister" is not
   enough), the same letters with words run together or apart counting as the same string
   ("Jalil Rahimi Jahanabadi", "Jalil Rahimi Jahan Abadi": one MP, annotated two ways in two
   articles); closed transitively. Only gold speakers of kind person or organisation have an
   identity: descriptions ("an official") and documents name nobody in particular.
4. Over every pair of gold direct quotations in *different* articles: a true pair has one gold
   identity; a predicted pair has both quotations matched to found quotations with the same
   entity id. Precision = true predicted pairs / predicted pairs; recall = true predicted pairs /
   true pairs. A gold quotation refrain missed, or whose speaker it left without an entity, is in
   no predicted pair (a recall loss).
5. The same over only the gold quotations whose found speaker is right (equal to the gold
   ``speaker`` or an accepted string, normalised) and a name (a person's or an organisation's:
   an accepted role phrase such as "the commander" is right but by design never merged): the
   merging alone, with speaker resolution's errors left out ("merging only").

``--sample STORE`` reads no gold: it draws ``--n`` random entities of a store that hold two or
more distinct names and prints their names and ids, for reading by hand; with ``--relink`` the
store's speaker mentions are first merged again by this refrain (the store is not changed), so
the same store shows merges before and after a change.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from quotes_tehran import norm_name, overlap  # the same name folding and piece overlap as the quote scorer

from refrain.analyze.corpus import entity_links
from refrain.entities.kinds import speaker_kind
from refrain.quotes import Quote, find
from refrain.unionfind import UnionFind

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "tehran-times" / "gold-dev"
NAMED_KINDS = ("person", "organisation")


@dataclass
class GoldQuote:
    doc: str
    index: int
    speaker: str | None
    kind: str | None
    accept: list[str]
    pieces: list[tuple[int, int]]
    found_id: str | None = None  # the matched refrain quote's id ("<doc>:q<n>")


@dataclass
class Result:
    pairs_true: int = 0
    pairs_predicted: int = 0
    pairs_right: int = 0
    gold_quotes: int = 0
    matched: int = 0
    with_entity: int = 0
    wrong: list[tuple[GoldQuote, GoldQuote, str]] = field(default_factory=list)
    missed: list[tuple[GoldQuote, GoldQuote]] = field(default_factory=list)
    merging: Result | None = None  # over the quotations whose found speaker is right

    @property
    def precision(self) -> float:
        return self.pairs_right / self.pairs_predicted if self.pairs_predicted else 1.0

    @property
    def recall(self) -> float:
        return self.pairs_right / self.pairs_true if self.pairs_true else 1.0


def load_gold(gold_dir: Path = GOLD) -> tuple[dict[str, str], list[GoldQuote]]:
    """(doc -> text, every gold direct quotation)."""
    texts: dict[str, str] = {}
    quotes: list[GoldQuote] = []
    for line in (gold_dir / "annotations.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        ann = json.loads(line)
        doc = ann["doc"]
        texts[doc] = (gold_dir / "text" / f"{doc}.txt").read_text(encoding="utf-8")
        for i, q in enumerate(ann.get("quotes") or []):
            if q.get("kind") != "direct":
                continue
            pieces = [(int(s), int(e)) for s, e in q["pieces"]]
            accept = list(q.get("speaker_accept") or [])
            quotes.append(GoldQuote(doc, i, q.get("speaker"), q.get("speaker_kind"), accept, pieces))
    return texts, quotes


def gold_identities(quotes: list[GoldQuote]) -> list[int | None]:
    """The gold identity of each quotation (an int), None for descriptions and documents."""
    sets = UnionFind(len(quotes))
    by_string: dict[str, int] = {}
    for i, q in enumerate(quotes):
        if q.kind not in NAMED_KINDS or not q.speaker:
            continue
        strings = {norm_name(q.speaker)}
        for other in [q.speaker, *q.accept]:
            key = norm_name(other)
            if len(key.split()) >= 2 and speaker_kind(other) in NAMED_KINDS:
                strings.add(key)
                strings.add("joined:" + re.sub(r"[\s-]+", "", key))  # "Jahan Abadi" = "Jahanabadi"
        for key in strings:
            if key in by_string:
                sets.union(by_string[key], i)
            else:
                by_string[key] = i
    return [sets.find(i) if q.kind in NAMED_KINDS and q.speaker else None for i, q in enumerate(quotes)]


def match_found(quotes: list[GoldQuote], found: dict[str, list[Quote]]) -> None:
    """Point each gold quotation at the found one overlapping its pieces most (each used once)."""
    by_doc: dict[str, list[GoldQuote]] = defaultdict(list)
    for q in quotes:
        by_doc[q.doc].append(q)
    for doc, gold_quotes in by_doc.items():
        used: set[int] = set()
        for g in gold_quotes:
            best, best_overlap = None, 0
            for j, f in enumerate(found.get(doc, [])):
                if j in used or f.kind == "scare":
                    continue
                ov = overlap(g.pieces, [tuple(p) for p in f.pieces])
                if ov > best_overlap:
                    best, best_overlap = j, ov
            if best is not None:
                used.add(best)
                g.found_id = f"{doc}:q{best}"


def store_mentions(store_path: str) -> list[tuple[str, str, str | None]]:
    """Every speaker mention of a store, as ``refrain analyze`` reads them for merging."""
    from refrain.store import Store
    from refrain.store.corpus import speaker_mentions

    with Store(store_path, read_only=True) as store:
        return [(f"store:{qid}", speaker, role) for qid, speaker, role in speaker_mentions(store)]


def evaluate(
    gold_dir: Path = GOLD, *, store: str | None = None, aliases: str | None = None
) -> tuple[Result, list[GoldQuote], dict[str, str], dict[str, str]]:
    """Score; returns (result, gold quotations, {found quote id: entity id}, {quote id: speaker})."""
    texts, quotes = load_gold(gold_dir)
    found = {doc: list(find(text)) for doc, text in texts.items()}
    match_found(quotes, found)
    mentions = [
        (f"{doc}:q{j}", q.speaker, q.role)
        for doc, qs in found.items()
        for j, q in enumerate(qs)
        if q.speaker and q.kind != "scare"
    ]
    speakers = {qid: s for qid, s, _ in mentions}
    if store:
        mentions += store_mentions(store)
    _rows, entity_of = entity_links(mentions, aliases)
    identity = gold_identities(quotes)
    result = score_pairs(quotes, identity, entity_of)
    right = [
        i
        for i, q in enumerate(quotes)
        if q.found_id
        and speaker_kind(speakers.get(q.found_id)) in NAMED_KINDS
        and norm_name(speakers.get(q.found_id)) in {norm_name(x) for x in [q.speaker, *q.accept]}
    ]
    result.merging = score_pairs([quotes[i] for i in right], [identity[i] for i in right], entity_of)
    return result, quotes, entity_of, speakers


def score_pairs(quotes: list[GoldQuote], identity: list[int | None], entity_of: dict[str, str]) -> Result:
    """Pairwise figures of ``quotes`` (with their gold identities) against found entity ids."""
    result = Result(gold_quotes=len(quotes))
    result.matched = sum(1 for q in quotes if q.found_id)
    result.with_entity = sum(1 for q in quotes if q.found_id and entity_of.get(q.found_id))
    for (a, qa), (b, qb) in combinations(enumerate(quotes), 2):
        if qa.doc == qb.doc:
            continue
        true = identity[a] is not None and identity[a] == identity[b]
        ea = entity_of.get(qa.found_id or "")
        eb = entity_of.get(qb.found_id or "")
        predicted = ea is not None and ea == eb
        result.pairs_true += true
        result.pairs_predicted += predicted
        result.pairs_right += true and predicted
        if predicted and not true:
            result.wrong.append((qa, qb, ea or ""))
        elif true and not predicted:
            result.missed.append((qa, qb))
    return result


def _print_result(result: Result, entity_of: dict[str, str], speakers: dict[str, str], show: bool) -> None:
    print(f"gold direct quotations: {result.gold_quotes}")
    print(f"  matched to a found quotation: {result.matched}")
    print(f"  whose speaker has an entity: {result.with_entity}")
    print(
        f"pairs across articles: true {result.pairs_true}, predicted {result.pairs_predicted}, right {result.pairs_right}"
    )
    print(f"pairwise precision: {result.precision:.3f}")
    print(f"pairwise recall:    {result.recall:.3f}")
    if result.merging is not None:
        m = result.merging
        print(f"merging only (the {m.gold_quotes} gold quotations whose found speaker is right):")
        print(f"  pairs: true {m.pairs_true}, predicted {m.pairs_predicted}, right {m.pairs_right}")
        print(f"  precision {m.precision:.3f}, recall {m.recall:.3f}")
        if show:
            for qa, qb in m.missed:
                print(f"  missed: {speakers.get(qa.found_id or '')!r} | {speakers.get(qb.found_id or '')!r}")
    if not show:
        return
    seen: set[tuple[str, str]] = set()
    print("\nwrong merges (gold speakers, entity):")
    for qa, qb, ent in result.wrong:
        key = (qa.speaker or "", qb.speaker or "")
        if key not in seen:
            seen.add(key)
            print(f"  {qa.speaker!r} ({qa.kind}) + {qb.speaker!r} ({qb.kind}) -> {ent}")
    seen.clear()
    print("\nmissed pairs (gold speaker: found speaker -> entity, twice):")
    for qa, qb in result.missed:
        sides = []
        for q in (qa, qb):
            found = speakers.get(q.found_id or "") if q.found_id else None
            ent = entity_of.get(q.found_id or "")
            sides.append(f"{q.speaker}: {found!r} -> {ent}")
        key = (sides[0], sides[1])
        if key not in seen:
            seen.add(key)
            print(f"  {sides[0]}  |  {sides[1]}")


def sample_entities(store_path: str, n: int, seed: int, *, relink: bool, aliases: str | None) -> None:
    """Print ``n`` random entities of a store holding two or more distinct names."""
    from refrain.store import Store
    from refrain.store.corpus import speaker_mentions

    with Store(store_path, read_only=True) as store:
        if relink:
            mentions = speaker_mentions(store)
            rows, entity_of = entity_links(mentions, aliases)
            names_of: dict[str, set[str]] = defaultdict(set)
            count: dict[str, int] = defaultdict(int)
            spoken = {qid: s for qid, s, _ in mentions}
            for qid, ent in entity_of.items():
                names_of[ent].add(spoken[qid])
                count[ent] += 1
        else:
            names_of, count = defaultdict(set), defaultdict(int)
            for ent, speaker in store.con.execute(
                "SELECT entity_id, speaker FROM quotes WHERE entity_id IS NOT NULL AND kind <> 'scare'"
            ).fetchall():
                names_of[ent].add(speaker)
                count[ent] += 1
    merged = sorted(e for e, names in names_of.items() if len(names) >= 2)
    print(f"entities with quotations: {len(names_of)}; with 2+ distinct names: {len(merged)}")
    for ent in random.Random(seed).sample(merged, min(n, len(merged))):
        print(f"{ent}\t{count[ent]} quotes\t{' | '.join(sorted(names_of[ent]))}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--store", help="add this store's speaker mentions to the merge")
    parser.add_argument("--aliases", help="a TOML alias file, as refrain analyze --aliases")
    parser.add_argument("--show", action="store_true", help="list wrong and missed pairs (speaker names)")
    parser.add_argument("--sample", metavar="STORE", help="draw merged entities of a store to read by hand")
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--relink", action="store_true", help="with --sample: merge the store's mentions again"
    )
    args = parser.parse_args(argv)
    if args.sample:
        sample_entities(args.sample, args.n, args.seed, relink=args.relink, aliases=args.aliases)
        return 0
    if not (args.gold / "annotations.jsonl").exists():
        print(f"needs {args.gold} (third-party data, not in this repo)", file=sys.stderr)
        return 2
    result, _quotes, entity_of, speakers = evaluate(args.gold, store=args.store, aliases=args.aliases)
    _print_result(result, entity_of, speakers, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["GoldQuote", "Result", "evaluate", "gold_identities", "load_gold", "norm_name"]
