"""Pairing quotation marks into quoted spans, paragraph by paragraph.

Rules (why they are bounded): a quote never crosses a paragraph break unless the next paragraph
opens with a quotation mark while the quote is still open (the news convention for quotes that
run over several paragraphs). An opening mark left unclosed at the end of its paragraph is kept
only when it looks like the start of a statement (paragraph or sentence start, after a colon or
a comma); otherwise it is a stray mark and is ignored. So one stray mark can never swallow the
rest of an article.

Offsets: a :class:`RawQuote` piece spans the text *between* the marks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .lexicon import lexicon

DOUBLE_OPEN = "“„‟«"
DOUBLE_CLOSE = "”»"
STRAIGHT = '"'
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT
_MARK_RE = re.compile(r"[“„‟«”»\"‘’]")
_PARA_RE = re.compile(r"[^\n]+")
_OPEN_CONTEXT = set(" \t([{—–-/\u00a0") | set(DOUBLE_OPEN) | {"‘", "'"}


@dataclass(slots=True)
class RawQuote:
    """One quoted piece: content ``[start, end)``; ``open_at``/``close_at`` are the marks (close may be None)."""

    open_at: int
    close_at: int | None
    start: int
    end: int
    paragraph: int
    single: bool = False  # delimited by single marks ‘…’
    continues: bool = False  # the quote goes on in the next piece (multi-paragraph)

    @property
    def outer_end(self) -> int:
        return self.close_at + 1 if self.close_at is not None else self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as ``(start, end)``: the paragraph unit quotes may not cross."""
    spans = []
    for m in _PARA_RE.finditer(text):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans


def _role(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'ambig' for the double mark at ``i`` inside paragraph ``[lo, hi)``."""
    ch = text[i]
    if ch in DOUBLE_OPEN:
        return "open"
    if ch in DOUBLE_CLOSE:
        return "close"
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    left_space = prev in _OPEN_CONTEXT or prev.isspace()
    right_space = nxt.isspace() or nxt in ".,;:!?)]}—–-”’'…"
    if left_space and not right_space:
        return "open"
    if right_space and not left_space:
        return "close"
    return "ambig"


def _statement_start(text: str, i: int, lo: int) -> bool:
    """Whether an opening mark at ``i`` stands where a statement would start."""
    j = i
    while j > lo and text[j - 1].isspace():  # only the spaces before the mark: never the paragraph
        j -= 1
    if j == lo:
        return True
    return text[j - 1] in ".!?:,;…—–"


def _restarts(text: str, i: int, lo: int, role: str) -> bool:
    """Whether the curly opener at ``i`` opens a new sentence right after one ended (". “"): inside an
    open quotation that is a new paragraph of it, not a quotation nested in it."""
    if role != "open" or text[i] == STRAIGHT:
        return False
    j = i
    while j > lo and text[j - 1].isspace():
        j -= 1
    return j > lo and text[j - 1] in ".!?…" and i + 1 < len(text) and not text[i + 1].isspace()


class _Closers:
    """Where the quote opened at mark ``k`` closes, for every ``k`` of a paragraph, in O(log n) each.

    A curly opener counts nesting: a later curly (or glued) opener deepens it, a closing or
    ambiguous mark closes one level; the quote closes where the depth comes back to zero, that is
    the first ``j`` where the running sum of those steps (``+1`` a closer, ``-1`` a curly opener)
    reaches one more than at ``k``. A straight opener closes at the next closing or ambiguous mark.
    """

    def __init__(self, text: str, marks: list[int], roles: list[str]) -> None:
        n = len(marks)
        level = 0
        self._levels = [0]  # running sum after mark j is self._levels[j + 1]
        self._where: dict[int, list[int]] = {0: [0]}
        self._next_close = [n] * (n + 1)
        for j, (i, role) in enumerate(zip(marks, roles, strict=True)):
            if role in ("close", "ambig"):
                level += 1
            elif text[i] != STRAIGHT:
                level -= 1
            self._levels.append(level)
            self._where.setdefault(level, []).append(j + 1)
        for j in range(n - 1, -1, -1):
            self._next_close[j] = j if roles[j] in ("close", "ambig") else self._next_close[j + 1]
        self._n = n

    def close_of(self, k: int, straight: bool) -> int | None:
        if straight:
            j = self._next_close[k + 1]
            return j if j < self._n else None
        positions = self._where.get(self._levels[k + 1] + 1, [])
        at = bisect_right(positions, k + 1)
        return positions[at] - 1 if at < len(positions) else None


def _pair_paragraph(text: str, lo: int, hi: int, index: int) -> list[RawQuote]:
    marks = [m.start() for m in _MARK_RE.finditer(text, lo, hi) if text[m.start()] not in "‘’"]
    roles = [_role(text, i, lo, hi) for i in marks]
    closers = _Closers(text, marks, roles)
    # Whether any mark after k is not a clear opener (the glued-closer rule below), for every k.
    later_not_open = [False] * (len(marks) + 1)
    for j in range(len(marks) - 1, -1, -1):
        later_not_open[j] = later_not_open[j + 1] or roles[j] != "open"
    restarts = [j for j, i in enumerate(marks) if _restarts(text, i, lo, roles[j])]
    found: list[RawQuote] = []
    k = 0
    head = _lost_opener(text, lo, hi, marks, roles, index)
    if head is not None:
        found.append(head)
        k = 1
    n = len(marks)
    while k < n:
        i, role = marks[k], roles[k]
        if role == "close":
            # A closing curly mark glued to a following word (“said.”Pay a visit”) is a typo for an opener.
            nxt = text[i + 1] if i + 1 < hi else " "
            if not (nxt.isalnum() and later_not_open[k + 1]):
                k += 1
                continue
        close = closers.close_of(k, text[i] == STRAIGHT)
        at = bisect_right(restarts, k)
        again = restarts[at] if at < len(restarts) else None
        if text[i] != STRAIGHT and again is not None and (close is None or again < close):
            # “A. “B,” he said.: a paragraph break lost between A and B (the convention opens each
            # paragraph of a long quotation with a mark and closes only the last): A ends where B opens
            end = marks[again]
            while end > i + 1 and text[end - 1].isspace():
                end -= 1
            found.append(RawQuote(i, None, i + 1, end, index, continues=True))
            k = again
            continue
        if close is not None:
            found.append(RawQuote(i, marks[close], i + 1, marks[close], index))
            k = close + 1
            continue
        # unclosed to the end of the paragraph
        if _statement_start(text, i, lo):
            end = hi
            while end > i + 1 and text[end - 1].isspace():
                end -= 1
            found.append(RawQuote(i, None, i + 1, end, index))
            break
        k += 1  # stray mark: skip it and go on pairing after it
    found.extend(_single_quotes(text, lo, hi, index, found))
    return found


_SENTENCE_END = re.compile(r"[.!?][”’\"]?\s+(?=[A-Z])|\S[ \u00a0]{2,}(?=[A-Z])")


def _lost_opener(
    text: str, lo: int, hi: int, marks: list[int], roles: list[str], index: int
) -> RawQuote | None:
    """A paragraph quoted from its start whose opening mark was lost ("We will stay until the end,”
    he said."): the first mark of the paragraph closes, after a clause of six words or more ending
    in punctuation, and a speech verb follows within the next few words. Without the cue the mark
    is left a stray one (a closing mark after a plain sentence proves nothing)."""
    if not marks or roles[0] != "close":
        return None
    i = marks[0]
    # the quoted sentence only: a paragraph run together with the writer's sentences before it (a
    # lost paragraph break) would otherwise be quoted whole
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, i)]
    lo = ends[-1] if ends else lo
    while lo < i and text[lo].isspace():
        lo += 1
    body = text[lo:i].rstrip()
    if "‘" in body or body[-1:] not in {",", ".", "?", "!"} or len(body.split()) < 6:
        return None
    clause = re.split(r"[.;:“”\"‘]", text[i + 1 : hi], maxsplit=1)[0]
    words = re.findall(r"[A-Za-z’'-]+", clause)[:8]
    if not any(w.lower() in lexicon().speech_verb_forms for w in words):
        return None
    return RawQuote(lo, i, lo, i, index)


# An opening ‘ at a line's start or after a space, bracket or dash. The mark comes first and what
# stands before it is looked at behind it, so the engine jumps from one ‘ to the next instead of
# trying the pattern at every character (the same matches as testing before the mark).
# A plural possessive inside ("‘Government must solve workers’ problems’") is no closing mark:
# an s’ before a lower-case word, with a closing ’ still to come before the next ‘.
_SINGLE_RE = re.compile(
    r"‘(?:(?<=^‘)|(?<=[\s(\[—–-]‘))((?:[^‘’\n]|’(?=[A-Za-z])|(?<=s)’(?=\s+[a-z][^‘’\n]{0,80}’(?![A-Za-z]))){1,200}?)"
    r"’(?![A-Za-z])(?!(?<=s’)\s+[a-z][^‘’\n]{0,80}’(?![A-Za-z]))",
    re.MULTILINE,
)


def _single_quotes(text: str, lo: int, hi: int, index: int, doubles: list[RawQuote]) -> list[RawQuote]:
    """Top-level ‘…’ spans (not inside a double quote): British-style quotes, titles, scare quotes."""
    out = []
    opens = [q.open_at for q in doubles]  # in order and never overlapping
    for m in _SINGLE_RE.finditer(text, lo, hi):
        s = m.start()
        at = bisect_right(opens, s) - 1
        if at >= 0 and s < doubles[at].outer_end:
            continue
        out.append(RawQuote(s, m.end() - 1, m.start(1), m.end(1), index, single=True))
    return out


def find_raw(text: str) -> list[RawQuote]:
    """All quoted pieces in ``text``, sorted, never overlapping; multi-paragraph runs are flagged ``continues``."""
    paras = paragraphs(text)
    pieces: list[RawQuote] = []
    for index, (lo, hi) in enumerate(paras):
        pieces.extend(_pair_paragraph(text, lo, hi, index))
    pieces.sort(key=lambda q: q.open_at)
    # Multi-paragraph: an unclosed quote whose next paragraph starts with an opening mark.
    by_para: dict[int, RawQuote] = {}
    for q in pieces:
        by_para.setdefault(q.paragraph, q)
    for q in pieces:
        if q.close_at is None and not q.single:
            nxt = by_para.get(q.paragraph + 1)
            if nxt is not None and not nxt.single and nxt.open_at == paras[q.paragraph + 1][0]:
                q.continues = True
    # Drop empty pieces and any overlap left by odd nesting (keep the earlier, longer one).
    result: list[RawQuote] = []
    for q in pieces:
        if q.end <= q.start or not text[q.start : q.end].strip():
            continue
        if result and q.open_at < result[-1].outer_end:
            continue
        result.append(q)
    return result
