"""Conflicts on an invented corpus of real conflicts and look-alike traps, case by case.

    .venv/bin/python bench/conflicts_corpus.py [--corpus tests/data/conflicts]

The corpus folder holds ``articles.jsonl`` (id, outlet, date, title, text) and ``manifest.json``
(each case: kind conflict or trap, and its two figures as [article id, value]). The articles are
read as ``refrain claims`` reads files; a conflict is found, and a trap flagged, when one conflict
group holds both of its figures. Prints every case, every conflict group and the totals.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "tests" / "data" / "conflicts")
    args = parser.parse_args()
    from refrain import api

    cases = json.loads((args.corpus / "manifest.json").read_text(encoding="utf-8"))["cases"]
    t0 = time.process_time()
    rows = api.claims([str(args.corpus / "articles.jsonl")])
    cpu = time.process_time() - t0
    groups: dict[int, list[dict]] = defaultdict(list)
    for r in rows:
        if r["conflict_group"] is not None:
            groups[r["conflict_group"]].append(r)

    def holds(members: list[dict], doc: str, value: float) -> bool:
        return any(
            m["doc"].rsplit("#", 1)[-1] == doc and abs(m["value"] - value) <= 1e-6 * max(1.0, abs(value))
            for m in members
        )

    found = flagged = 0
    for case in cases:
        hit = any(all(holds(m, d, v) for d, v in case["figures"]) for m in groups.values())
        found += hit and case["kind"] == "conflict"
        flagged += hit and case["kind"] == "trap"
        label = case.get("what") or case.get("trap") or ""
        status = (
            ("found" if hit else "MISSED")
            if case["kind"] == "conflict"
            else ("FLAGGED" if hit else "left alone")
        )
        print(f"{case['id']:4} {case['kind']:8} {status:10} {label}")
    print()
    for gid, members in sorted(groups.items()):
        figures = ", ".join(
            f"{m['doc'].rsplit('#', 1)[-1]}={m['value']:g} ({m['claimant']})" for m in members
        )
        print(f"group {gid}: {figures}")
    conflicts = sum(c["kind"] == "conflict" for c in cases)
    traps = len(cases) - conflicts
    print(f"\nconflicts found {found}/{conflicts}, traps flagged {flagged}/{traps}, "
          f"{len(rows)} figures, {cpu:.1f} s CPU (2 shared cores: noisy)")  # fmt: skip


if __name__ == "__main__":
    main()
