"""Pieces of one quotation joined: a quotation running over paragraphs, a quote split around its
cue ("“A,” he said, “B.”"), and a quote after the cue sentence that goes on with the same words
("“A,” X said. “B.”").

Split from :mod:`refrain.quotes.attribute` (which attributes each group).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import MASK, tokens
from .cues import find_cues, subject_of
from .leads import bare_cue_clause
from .marks import RawQuote
from .speakers import NounPhrase

_GAP_MAX = 120


@dataclass(slots=True)
class Group:
    """Pieces of one quotation, with what attribution found."""

    pieces: list[RawQuote]
    kind: str = "direct"
    subject: NounPhrase | None = None
    cue: str | None = None
    cue_at: int | None = None  # where the cue clause is, for date/venue look-up
    sentence: tuple[int, int] | None = None
    inherited: bool = False
    reported: bool = False  # the speaker is from the reporting clause closing the quote's sentence

    def cued_before(self, open_at: int) -> bool:
        """Whether a speaker was found by a cue in the quote's own sentence, before ``open_at``
        ("Rouhani said it was “unwise”")."""
        return (
            self.subject is not None
            and self.cue_at is not None
            and (self.sentence or (open_at, 0))[0] <= self.cue_at < open_at
        )


def group_pieces(text: str, masked: str, raws: list[RawQuote]) -> list[Group]:
    """Join pieces of one quotation: multi-paragraph runs and quotes split around a cue."""
    groups: list[Group] = []
    for q in raws:
        if groups:
            prev = groups[-1].pieces[-1]
            # the next paragraph, or the rest of one whose paragraph break was lost (“A. “B”)
            follows = q.paragraph == prev.paragraph + 1 or (
                q.paragraph == prev.paragraph and prev.close_at is None
            )
            if prev.continues and follows and not q.single:
                if not (_split_by_cue(groups[-1]) and _has_own_cue(masked, q, text)):
                    groups[-1].pieces.append(q)
                    continue
                # “A,” Rubio said. “B … ¶ “C,” he continued.: each paragraph has its own attribution
                groups.append(Group([q]))
                continue
            if _split_around_cue(text, masked, prev, q):
                groups[-1].pieces.append(q)
                continue
        groups.append(Group([q]))
    return groups


def _split_around_cue(text: str, masked: str, a: RawQuote, b: RawQuote) -> bool:
    if a.paragraph != b.paragraph or a.close_at is None or a.single != b.single:
        return False
    gap = masked[a.outer_end : b.open_at]
    if not gap.strip() or len(gap) > _GAP_MAX or MASK in gap or "\n" in gap:
        return False
    stripped = gap.strip()
    inner = text[a.start : a.end].rstrip()
    if not (stripped.startswith(",") or inner.endswith(",")):
        return False
    if _inside_its_sentence(masked, a, inner):
        return False  # "In an interview with the “Evening Desk”, Harlow said: “…”": a name, not A of “A,” he said, “B”
    # "“A,” he said, adding that “B.”": the participle's that-clause quotes the same speaker on
    adding_that = _PARTICIPLE_THAT.search(stripped) is not None
    if not (stripped.endswith((",", ":", ".", "—")) or adding_that):
        return False
    if stripped.endswith(".") and not inner.endswith(","):
        return False
    toks = tokens(masked, a.outer_end, b.open_at)
    if any(t.text in {".", "?", "!"} and nxt.is_cap for t, nxt in zip(toks, toks[1:], strict=False)):
        return False  # “…,” Smith said. He added, “…”: the cue sentence ends, a new one opens
    cues = [c for c in find_cues(toks) if not c.according]
    if not cues or subject_of(toks, cues[0]) is None:
        return False
    if cues[0].participle and not cues[0].coordinated and not adding_that:
        return False  # “A,” Last week Tom Berg rejected it, saying, “B”: a new sentence leads into B
    return not (stripped.endswith(".") and _has_own_cue(masked, b, text))


def _inside_its_sentence(masked: str, a: RawQuote, inner: str) -> bool:
    """Whether ``a`` is a short phrase inside the writer's sentence (words before it, no mark of its
    own at its end): a title, venue or label, which opens no quotation split around its cue."""
    if len(inner.split()) > 6 or inner[-1:] in {",", ".", "!", "?", "…"}:
        return False
    lead = re.split(r"[.!?:\n]", masked[max(0, a.open_at - 200) : a.open_at])[-1]
    return any(c.isalnum() for c in lead)


# ", adding that", ", noting that": a participle cue whose clause goes on with the next piece
_PARTICIPLE_THAT = re.compile(r",\s*(?:adding|noting|saying|stressing|explaining|insisting)\s+that$")


def _split_by_cue(g: Group) -> bool:
    """Whether the group already holds a quote split around its cue (two pieces in one paragraph)."""
    return any(a.paragraph == b.paragraph for a, b in zip(g.pieces, g.pieces[1:], strict=False))


def _has_own_cue(masked: str, b: RawQuote, text: str | None = None) -> bool:
    """Whether the quote after a full stop has its own cue and speaker (“A,” X said. “B,” said Y.).

    With ``text``: a clause that leads into a further quote ("“B.” He adds, “C.”") is that quote's
    cue, and after a quote ending its own sentence ("“B.” Kimball said that …") only a bare cue
    clause ("Smith said.") is B's."""
    if b.close_at is None:
        return False
    window = masked[b.outer_end : b.outer_end + _GAP_MAX]
    stop = re.search(r"[.!?\n]", window)
    end = b.outer_end + (stop.start() if stop else len(window))
    toks = tokens(masked, b.outer_end, end)
    cues = [c for c in find_cues(toks) if not c.according]
    if not cues or subject_of(toks, cues[0]) is None:
        return False
    if text is None:
        return True
    if text[b.start : b.end].rstrip().endswith(","):
        return True  # "“B,” X said, noting, “C.”": B's own reporting clause, which goes on into C
    if toks[-1].text == MASK or (
        toks[-1].text in {",", ":"} and masked[end : end + 3].lstrip().startswith(MASK)
    ):
        return False  # "“B.” He adds, “C.”": the clause introduces C
    if text[b.start : b.end].rstrip().endswith((".", "!", "?")) and toks[0].is_cap:
        return bare_cue_clause(toks, cues[0])
    return True
