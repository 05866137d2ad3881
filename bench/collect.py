"""Gather the per-topic results in docs/bench/*.md into docs/benchmarks.md.

Each bench script writes its own section (docs/bench/<topic>.md) with the date, the machine, the
command and the figures, beside the peer measured in the same run; this joins them in a fixed order.

    python bench/collect.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
ORDER = [
    "extraction",
    "quotes",
    "reuse",
    "reuse_incremental",
    "claims",
    "analyze",
    "corpus-stages",
    "web",
    "scale",
    "crash",
]

HEADER = """# Benchmarks

Every figure here comes from a script in `bench/` that anyone can rerun; each section names the
command, the date, the machine and the peer measured in the same run. The machine is the project's
standard one: 2 cores, 24 GiB. Several sections were measured while other heavy jobs shared those
2 cores (the load average is given where it was recorded): their wall times are upper bounds, and
the ratios against a peer measured in the same run are the figures to compare.

Accuracy floors live in the tests (`make test`); the full accuracy figures are below and in
`docs/accuracy.md`.
"""


def demote_headings(markdown: str) -> str:
    """Each heading one level down (under this page's title), leaving fenced code alone."""
    out, fenced = [], False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        out.append("#" + line if line.startswith("#") and not fenced else line)
    return "\n".join(out)


def main() -> None:
    parts = [HEADER]
    sections = {p.stem: p for p in (DOCS / "bench").glob("*.md")}
    for name in ORDER + sorted(set(sections) - set(ORDER)):
        if name in sections:
            body = sections[name].read_text(encoding="utf-8").strip()
            # Links to files beside the section (plots) are relative to docs/bench/.
            for asset in (DOCS / "bench").glob("*.svg"):
                body = body.replace(f"]({asset.name})", f"](bench/{asset.name})")
            parts.append(demote_headings(body))
    (DOCS / "benchmarks.md").write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / 'benchmarks.md'} from {len(sections)} sections")


if __name__ == "__main__":
    main()
