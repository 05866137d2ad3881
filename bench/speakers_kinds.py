"""How many of a store's most quoted speakers are descriptions, before and after the speakers list's
kind facet (issue 13: "8 of the 50 most quoted speakers are not people or bodies").

    .venv/bin/python bench/speakers_kinds.py --db STORE.duckdb [--top 50] [--show]

"Before" is the list with every kind (``kind=all``, what the list showed until now); "after" is the
default list (named speakers: person, organisation, and unknown — quotes stored before kinds
were). Prints, for each, how many of the top N have each kind; and over the whole ranking how many
speakers and quotes have each kind. ``--show`` also prints the top N names of both lists (store
text: read them, do not copy them into the repo).
"""

from __future__ import annotations

import argparse
from collections import Counter

from refrain.store import Store
from refrain.store.lists import speaker_kinds, speaker_ranking
from refrain.store.queries import top_speakers


def _kinds(rows: list[dict[str, object]]) -> Counter[str]:
    return Counter(str(r["kind"] or "unknown") for r in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    with Store(args.db, read_only=True) as store:
        kinds = speaker_kinds(store)
        ranking = speaker_ranking(store)
        speakers = Counter(kinds.get(name) or "unknown" for name, _ in ranking)
        quotes: Counter[str] = Counter()
        for name, n in ranking:
            quotes[kinds.get(name) or "unknown"] += n
        print(f"store: {args.db}: {len(ranking)} speakers, {sum(quotes.values())} attributed quotes")
        for kind in ("person", "organisation", "document", "unnamed", "unknown"):
            print(f"  {kind:<13} {speakers[kind]:>6} speakers {quotes[kind]:>7} quotes")
        for label, kind in (("before (kind=all)", "all"), ("after (default: named)", None)):
            rows = top_speakers(store, limit=args.top, kind=kind)
            by_kind = _kinds(rows)
            described = by_kind["document"] + by_kind["unnamed"]
            print(
                f"{label}: top {len(rows)}: {described} descriptions or documents; by kind {dict(sorted(by_kind.items()))}"
            )
            if args.show:
                for i, r in enumerate(rows, 1):
                    print(f"  {i:>3}. {r['quotes']:>5}  {str(r['kind'] or 'unknown'):<12} {r['speaker']}")


if __name__ == "__main__":
    main()
