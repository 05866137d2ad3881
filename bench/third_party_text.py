"""Find third-party text copied into the repo: N-word windows of repo text that occur in ../shared.

    .venv/bin/python bench/third_party_text.py [PATH ...] [--words 7] [--shared ../shared]
        [--show-allowed]

The project must never copy text from ../shared (Tehran Times, Fars News, seeds, gold sets) into
the repo. This reads every text file under tests/, src/, docs/, bench/, examples/ and README.md
(or only the PATHs given, relative to the repo root), takes its windows of N consecutive words
(default 7), and streams the shared texts in place
(seeds/*.txt, data/tehran-times/gold-dev/**, the article texts of
data/tehran-times/tehran_times_33k.jsonl.gz, data/fars-news/**; JSON and gzip read here, every
string value on its own) with a rolling window, looking each one up in the set of repo windows.
Words are runs of letters and digits, lowercased, so punctuation, case and line wrapping do not
hide a copy.

It prints every window found in both, with its repo file(s) and its count in the shared texts,
then "<k> windows outside the allow-list". Windows the allow-list covers
(bench/data/third_party_allow.txt: standard formulas and proper names, one per line, each with
a comment saying why; an entry shorter than the window covers every window containing it, a
longer one every window inside it) are counted apart and listed only with --show-allowed. Exit status 1 when
a window outside the allow-list is found, so it can gate a release.

Windows with fewer than --min-letters letters (default 26) are skipped: runs of numbers, dates and
short function words are not text anyone could own.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared"
DEFAULT_ALLOW = REPO / "bench" / "data" / "third_party_allow.txt"
REPO_PARTS = ("tests", "src", "docs", "bench", "examples", "README.md")
TEXT_SUFFIXES = {".py", ".md", ".txt", ".jsonl", ".json", ".toml", ".html", ".csv", ".rst", ".cfg"}
# Globs under the shared folder, relative to it: what the project must not copy.
SHARED_GLOBS = (
    "seeds/*.txt",
    "data/tehran-times/gold-dev/**/*",
    "data/tehran-times/tehran_times_33k.jsonl.gz",
    "data/fars-news/**/*",
)
WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """Lowercased runs of letters and digits: the unit both sides are compared in."""
    return WORD.findall(text.lower())


def windows(tokens: list[str], size: int) -> Iterator[str]:
    """Every run of ``size`` consecutive tokens, joined by one space."""
    for start in range(len(tokens) - size + 1):
        yield " ".join(tokens[start : start + size])


def repo_files(repo: Path, parts: Iterable[str], skip: set[Path]) -> list[Path]:
    """Text files of the repo parts (a file or a folder searched recursively), minus ``skip``."""
    found: list[Path] = []
    for part in parts:
        path = repo / part
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found += sorted(
                f
                for f in path.rglob("*")
                if f.is_file() and f.suffix in TEXT_SUFFIXES and "__pycache__" not in f.parts
            )
    return [f for f in found if f.resolve() not in skip]


def repo_windows(files: list[Path], repo: Path, size: int, min_letters: int) -> dict[str, set[str]]:
    """Window -> the repo files (relative paths) it occurs in."""
    where: dict[str, set[str]] = defaultdict(set)
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"{path}: skipped, cannot be read as UTF-8 text ({exc})", file=sys.stderr)
            continue
        name = str(path.relative_to(repo))
        for window in windows(words(text), size):
            if sum(c.isalpha() for c in window) >= min_letters:
                where[window].add(name)
    return where


def json_strings(value: object) -> Iterator[str]:
    """Every string value (not key) in a parsed JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item)


def file_texts(path: Path) -> Iterator[str]:
    """The texts of one shared file: a plain text, or each string of a JSON / JSONL (.gz) file."""
    opener = gzip.open if path.suffix == ".gz" else open
    kind = path.suffixes[-2] if path.suffix == ".gz" and len(path.suffixes) > 1 else path.suffix
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            if kind == ".jsonl":
                for number, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    try:
                        yield from json_strings(json.loads(line))
                    except json.JSONDecodeError as exc:
                        print(f"{path}:{number}: skipped, not JSON ({exc})", file=sys.stderr)
            elif kind == ".json":
                yield from json_strings(json.load(handle))
            else:
                yield handle.read()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"{path}: skipped, cannot be read ({exc})", file=sys.stderr)


def shared_files(shared: Path) -> list[Path]:
    """The shared files named by SHARED_GLOBS (each once, in a stable order)."""
    found: set[Path] = set()
    for pattern in SHARED_GLOBS:
        found.update(p for p in shared.glob(pattern) if p.is_file())
    return sorted(found)


def count_in_shared(texts: Iterable[str], wanted: dict[str, set[str]], size: int) -> Counter[str]:
    """How often each wanted window occurs in the shared texts (windows never cross two texts)."""
    hits: Counter[str] = Counter()
    for text in texts:
        tokens = words(text)
        for start in range(len(tokens) - size + 1):
            window = " ".join(tokens[start : start + size])
            if window in wanted:
                hits[window] += 1
    return hits


def load_allow(path: Path, size: int) -> tuple[set[str], list[list[str]]]:
    """Allowed windows (every window of an entry of at least ``size`` words) and shorter entries.

    A line is an entry; ``#`` starts a comment (the reason), blank lines are skipped.
    """
    long_windows: set[str] = set()
    short: list[list[str]] = []
    if not path.exists():
        return long_windows, short
    for line in path.read_text(encoding="utf-8").splitlines():
        tokens = words(line.split("#", 1)[0])
        if len(tokens) >= size:
            long_windows.update(windows(tokens, size))
        elif tokens:
            short.append(tokens)
    return long_windows, short


def is_allowed(window: str, long_windows: set[str], short: list[list[str]]) -> bool:
    """True when the window lies inside a long entry or contains a short one."""
    if window in long_windows:
        return True
    tokens = window.split(" ")
    return any(
        tokens[i : i + len(entry)] == entry for entry in short for i in range(len(tokens) - len(entry) + 1)
    )


def check(
    repo: Path,
    shared: Path,
    allow: Path,
    size: int = 7,
    min_letters: int = 26,
    parts: Iterable[str] = REPO_PARTS,
) -> tuple[list[tuple[str, int, list[str]]], list[tuple[str, int, list[str]]]]:
    """(windows outside the allow-list, allowed windows), each as (window, shared count, files)."""
    files = repo_files(repo, parts, skip={allow.resolve()})
    wanted = repo_windows(files, repo, size, min_letters)
    hits = count_in_shared((text for path in shared_files(shared) for text in file_texts(path)), wanted, size)
    long_windows, short = load_allow(allow, size)
    outside: list[tuple[str, int, list[str]]] = []
    allowed: list[tuple[str, int, list[str]]] = []
    for window, count in hits.items():
        row = (window, count, sorted(wanted[window]))
        (allowed if is_allowed(window, long_windows, short) else outside).append(row)
    order = lambda row: (row[2], row[0])  # noqa: E731 - by file, then text
    return sorted(outside, key=order), sorted(allowed, key=order)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", help="repo parts to read (default: all of them)")
    parser.add_argument("--words", type=int, default=7, help="window size in words (default 7)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    parser.add_argument("--repo", type=Path, default=REPO, help="the repo root")
    parser.add_argument("--allow", type=Path, default=DEFAULT_ALLOW, help="the allow-list file")
    parser.add_argument("--min-letters", type=int, default=26, help="skip windows with fewer")
    parser.add_argument("--show-allowed", action="store_true", help="also list allowed windows")
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(f"{args.shared}: no such folder (the shared third-party data)", file=sys.stderr)
        return 2
    parts = args.paths or REPO_PARTS
    outside, allowed = check(args.repo, args.shared, args.allow, args.words, args.min_letters, parts)
    for window, count, files in outside:
        print(f"{count:6d}  {' '.join(files)}  ::  {window}")
    if args.show_allowed:
        for window, count, files in allowed:
            print(f"allowed {count:6d}  {' '.join(files)}  ::  {window}")
    print(f"{len(allowed)} windows inside the allow-list")
    print(f"{len(outside)} windows outside the allow-list")
    return 1 if outside else 0


if __name__ == "__main__":
    sys.exit(main())
