"""Word-level differences between two wordings of a quote or passage.

>>> [op for op, _ in word_diff("we will never give up", "we shall never give up")]
['same', 'removed', 'added', 'same']
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from refrain.text import fold

_WORD = re.compile(r"\S+\s*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_diff(reference: str, other: str) -> list[tuple[str, str]]:
    """``other`` as a list of (op, text) runs against ``reference``: op is same, added or removed.

    Words are compared without their trailing spaces and case-sensitively, so a changed word shows;
    Persian spellings are folded (ي/ك, ZWNJ, digits: a re-spelled reprint is the same wording).

    >>> [op for op, _ in word_diff("ذخاير سد ۶/۵ درصد", "ذخایر سد 6/5 درصد")]
    ['same']
    """
    a, b = _words(reference), _words(other)
    matcher = SequenceMatcher(
        a=[fold(w.strip(), "fa") for w in a], b=[fold(w.strip(), "fa") for w in b], autojunk=False
    )
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            runs.append(("same", "".join(b[j1:j2])))
            continue
        if i2 > i1:
            runs.append(("removed", "".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("added", "".join(b[j1:j2])))
    return runs


def with_family_diffs(data: dict[str, Any] | None) -> dict[str, Any] | None:
    """A family page (``refrain.store.queries.family``) with each wording's ``diff`` against the
    first wording added."""
    if data is not None:
        for variant in data["variants"]:
            variant["diff"] = word_diff(data["reference"], variant["text"])
    return data


def with_pair_diffs(data: dict[str, Any] | None) -> dict[str, Any] | None:
    """A pair's page (``refrain.store.queries.reuse_pair``) with each passage's ``diff`` (the
    second article's wording against the first's) added."""
    if data is not None:
        for passage in data["passages"]:
            passage["diff"] = word_diff(passage["a_text"], passage["b_text"])
    return data
