"""The public result types: Quote and Mention."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from refrain.document import TextSpan
from refrain.entities.kinds import speaker_kind

# A stretch of the article as written (``text == article[start:end]``): the shared TextSpan.
Mention = TextSpan


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation.

    ``start``/``end`` run from the first opening mark to the last closing mark (marks included);
    ``pieces`` are the quoted words *inside* the marks, one per quoted piece ("“A,” he said, “B.”"
    has two). All offsets are half-open code-point offsets into the article text.
    ``kind`` is "direct" (a quoted statement), "partial" (quoted words woven into the writer's
    sentence, still attributed) or "scare" (a label, title or name in quotes: no speaker).
    """

    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]
    text: str
    kind: str
    speaker: str | None
    speaker_mention: Mention | None
    role: str | None
    organisation: str | None
    cue: str | None
    date: str | None
    venue: str | None
    # person, organisation, document or unnamed (refrain.entities.kinds); from ``speaker`` when not given
    speaker_kind: str | None = None

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"Quote offsets must satisfy 0 <= start <= end, got [{self.start}, {self.end})")
        for piece_start, piece_end in self.pieces:
            if not (self.start <= piece_start <= piece_end <= self.end):
                raise ValueError(
                    f"Quote piece [{piece_start}, {piece_end}) is not inside the quote [{self.start}, {self.end})"
                )
        if self.speaker_kind is None and self.speaker is not None:
            object.__setattr__(self, "speaker_kind", speaker_kind(self.speaker))

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "pieces": [list(p) for p in self.pieces],
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_kind": self.speaker_kind,
            "speaker_mention": None
            if self.speaker_mention is None
            else {
                "text": self.speaker_mention.text,
                "start": self.speaker_mention.start,
                "end": self.speaker_mention.end,
            },
            "role": self.role,
            "organisation": self.organisation,
            "cue": self.cue,
            "date": self.date,
            "venue": self.venue,
        }
