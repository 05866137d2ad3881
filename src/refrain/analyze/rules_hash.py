"""A hash of the code and word lists of some refrain packages: what a corpus-stage memo was made by.

A memo made by other rules (another version of the code or of a word list) is not reused.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

_RULE_FILES = {".py", ".toml", ".txt", ".json", ".tsv"}


@functools.cache
def package_digest(*packages: str) -> str:
    """A hash of every rule file (code and word lists) of the ``refrain.<package>`` packages, in
    the order given. Computed once a process: the rules a process runs are those it loaded."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.blake2b(digest_size=12)
    for package in packages:
        files = (p for p in (root / package).rglob("*") if p.is_file() and p.suffix in _RULE_FILES)
        for path in sorted(files):
            h.update(path.relative_to(root).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()
