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
from .speakers import NounPhrase, sentence_subject

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


def echo_at(text: str, g: Group, masked: str | None = None) -> int | None:
    """Where the heading's words (two or more) come back in order in the text after it, or None.
    With ``masked`` (quotations masked), also where the next sentence restates it (:func:`_loose_echo`)."""
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
    return _loose_echo(head, masked, lo, text) if masked is not None else None


# Words too common to tell a heading's words from others' ("of", "is", "that").
_COMMON = frozenset(
    "about after also and are but for from has have into its not that the their them they this "
    "was were what when which will with would".split()
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']*\s")
_LOOSE_SHARE = 0.6  # of a heading's content words that its restatement must hold


def _loose_echo(head: list[str], masked: str, lo: int, text: str) -> int | None:
    """Where the sentence right after a heading has someone restate it in other order or with
    other words around (‘Trade is the basis of peace’ ¶ "Berk also said that trade is, as always,
    the basis of lasting peace"): after a cue whose subject is named, a pronoun or a role, most
    of the heading's content words (``_LOOSE_SHARE``, at least two, matched on their first five
    letters: "Iran" and "Iranian") recur after the cue, in its reported words or its quotation
    ("…, saying “the guards can strike …”"). The cue's offset, or None (a news
    line such as ‘Five hurt in crash’ ¶ "Five people were hurt …, witnesses say" has no cue first)."""
    content = {w[:5] for w in head if len(w) > 2 and w not in _COMMON}
    if len(content) < 2:
        return None
    end = _SENTENCE_END.search(masked, lo, lo + _WINDOW)
    hi = end.start() if end else min(len(masked), lo + _WINDOW)
    toks = tokens(masked, lo, hi)
    lex = lexicon()
    for cue in find_cues(toks):
        subj = subject_of(toks, cue)
        if subj is None or not subj.tokens:
            continue
        first = subj.tokens[0]
        if not (first.is_cap or first.lower in lex.pronouns or first.lower == "the"):
            continue
        at = toks[cue.index].end
        said = {w[:5] for w, _, _ in _words(text[at:hi])}
        if len(content & said) >= max(2, _LOOSE_SHARE * len(content)):
            return at
        return None
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
            if subj.tokens[0].lower in lex.pronouns:
                # "X also met Y, during which he said …": the heading is read before the
                # sentences under it, so its pronoun is the named subject opening that sentence
                opening = sentence_subject(toks[: cue.index])
                if opening is not None and opening.tokens and opening.tokens[0].is_cap:
                    subj = opening
            best = (subj, cue.text, toks[cue.index].start)
    return best
