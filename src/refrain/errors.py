"""Coded, one-line errors that every part of refrain raises (or yields, at the edges).

Each message is one clear line that says what went wrong and, where it helps, what to do.
"""

from __future__ import annotations


class RefrainError(Exception):
    """Base of every error refrain raises on purpose; its message is one clear line."""


class IngestError(RefrainError):
    """A file (or one record in it) that could not be read.

    ``path`` is the path as given (``path:line N`` or ``path#key`` for one record), ``reason`` a
    short phrase; ``str(error) == f"{path}: {reason}"``.

    >>> str(IngestError("news/a.txt", "empty file"))
    'news/a.txt: empty file'
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        # One line, always: a reason built from a library's message may hold newlines.
        self.reason = " ".join(str(reason).split()) or "unreadable"
        super().__init__(f"{self.path}: {self.reason}")

    def __reduce__(self) -> tuple[type[IngestError], tuple[str, str]]:
        # Picklable with both arguments (errors cross process boundaries in Spark and pools).
        return (self.__class__, (self.path, self.reason))


class StoreError(RefrainError):
    """The store cannot be opened, or a request to it is malformed."""


class UsageError(RefrainError):
    """A command was called with options that do not fit together."""
