"""A subheading in quotation marks that repeats the words of the speaker under it.

News sites often head a section with a short quoted line run into the section's first sentence
("… the talks.” ‘Rivers cannot be sold’ Tom Berk, the envoy, said rivers cannot be sold …"). Attribution
reads such a line as a heading, nobody's words (a headline such as ‘Council to meet on Monday’
is the writer's). When the words of the heading come back, in order, in the next sentences
(articles and punctuation aside: "a “step forward”" under ‘Step forward’), they are the words of
whoever says them there: the heading is that speaker's quotation, with no cue of its own.
"""

from __future__ import annotations

import re

from .context import MASK, tokens
from .cues import find_cues, subject_of
from .grouping import Group
from .lexicon import lexicon
from .speakers import NounPhrase

_WINDOW = 600  # characters after the heading where its words may come back: the next sentences
_WORD = re.compile(r"[\w’'.-]*\w")
_SKIP = {"a", "an", "the"}


def _words(text: str) -> list[tuple[str, int, int]]:
    """Lower-case words with their offsets, articles left out."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group().lower()
        if w not in _SKIP:
            out.append((w, m.start(), m.end()))
    return out


def is_heading(text: str, masked: str, g: Group, sent_lo: int) -> bool:
    """Whether the quote stands as a heading: one closed piece opening its sentence, its words
    ending with no punctuation, a capitalised word right after the closing mark."""
    piece = g.pieces[0]
    if len(g.pieces) > 1 or piece.close_at is None:
        return False
    lead = re.split(r"[.!?][\"”’\x00]*\s", masked[sent_lo : piece.open_at])[-1]
    inner = text[piece.start : piece.end].strip()
    if any(c.isalnum() or c == MASK for c in lead) or not inner[-1:].isalnum():
        return False
    return re.match(r"\s+[A-Z]", masked[piece.outer_end : piece.outer_end + 3]) is not None


def echo_at(text: str, g: Group) -> int | None:
    """Where the heading's words (two or more) come back in order in the text after it, or None."""
    piece = g.pieces[0]
    head = [w for w, _, _ in _words(text[piece.start : piece.end])]
    if len(head) < 2:
        return None
    lo = piece.outer_end
    after = _words(text[lo : lo + _WINDOW])
    seq = [w for w, _, _ in after]
    for k in range(len(seq) - len(head) + 1):
        if seq[k : k + len(head)] == head:
            return lo + after[k][1]
    return None


def echo_speaker(masked: str, at: int, sentence: tuple[int, int]) -> tuple[NounPhrase, str, int] | None:
    """The speaker of the sentence ``[lo, hi)`` where the heading's words come back: the subject of
    its last cue before the words (a person or body named, or a pronoun)."""
    lo, hi = sentence
    toks = tokens(masked, lo, hi)
    lex = lexicon()
    best = None
    for cue in find_cues(toks):
        if toks[cue.index].start > at:
            break
        subj = subject_of(toks, cue)
        if (
            subj is not None
            and subj.tokens
            and (subj.tokens[0].is_cap or subj.tokens[0].lower in lex.pronouns)
        ):
            best = (subj, cue.text, toks[cue.index].start)
    return best
