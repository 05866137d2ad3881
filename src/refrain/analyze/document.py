"""The per-document stage: every per-document analyser over one document, within a time limit.

A pure function of the document (:func:`analyse_document`), run in worker processes, in this
process, or inside Spark tasks; :func:`analyse_within` bounds it in time and turns a failure into
a value (DocumentFailure), so that one document never stops a run.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from refrain.document import Document
from refrain.errors import Errors


@dataclass(frozen=True, slots=True)
class DocumentFailure:
    """A document the analysers could not finish: over its time limit, or an analyser raised."""

    doc_id: str
    name: str
    reason: str  # stored in the errors table
    code: str | None = None  # in refrain.errors.Errors


Outcome = tuple[str, list[Any], list[Any]] | DocumentFailure
T = TypeVar("T")


def analyse_document(doc: Document) -> tuple[str, list[Any], list[Any]]:
    """The per-document analysers, as one pure function: (document id, quotes, claims)."""
    from refrain import claims, quotes

    found_quotes = quotes.find(doc.text, date=doc.date, language=doc.language)
    found_claims = claims.find(
        doc.text, date=doc.date, outlet=doc.outlet, quotes=found_quotes, language=doc.language
    )
    return doc.id, found_quotes, found_claims


class DocumentTimeout(Exception):
    """Raised by the SIGALRM handler inside the analysis of a document that ran over its limit."""


def _on_alarm(_signum: int, _frame: Any) -> None:
    raise DocumentTimeout


def run_within(doc: Document, seconds: float, work: Callable[[], T]) -> T | DocumentFailure:
    """``work()`` (an analysis of ``doc``), or a DocumentFailure when it runs over ``seconds`` or raises.

    The limit is a SIGALRM interval timer, so it works only in a process's main thread (worker
    processes, the CLI); elsewhere, and with ``seconds == 0``, the document runs unbounded.
    """
    timed = seconds > 0 and threading.current_thread() is threading.main_thread()
    previous: Any = None
    try:
        if timed:
            previous = signal.signal(signal.SIGALRM, _on_alarm)
            signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return work()
        finally:
            if timed:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
    except DocumentTimeout:
        return DocumentFailure(
            doc.id,
            doc.name,
            Errors.E302.format(seconds=seconds),
            Errors.E302.code,
        )
    except Exception as exc:  # noqa: BLE001 - one document must never stop the run
        detail = (str(exc).strip().splitlines() or [""])[0][:200]
        return DocumentFailure(
            doc.id,
            doc.name,
            Errors.E303.format(kind=type(exc).__name__, detail=f": {detail}" if detail else ""),
            Errors.E303.code,
        )


def analyse_within(doc: Document, seconds: float) -> Outcome:
    """``analyse_document(doc)``, or a DocumentFailure when it runs over ``seconds`` or raises."""
    return run_within(doc, seconds, lambda: analyse_document(doc))


_WARM_UP = Document(
    text="“We will reopen the quay in March,” Ilse Marnet, the board chair, said on Tuesday. "
    "Officials said 40 workers were hired last year, about 12 percent more than in 2019.",
    source="<warm-up>",
    date="2024-03-01",
    outlet="Warm-up",
)
_warmed = False


def warm_worker() -> None:
    """Import the analysers and fill their lazy caches before any document's timer starts."""
    global _warmed
    if not _warmed:
        _warmed = True
        try:
            analyse_document(_WARM_UP)  # word lists, patterns, number parsing: not a document's time
        except Exception:  # noqa: BLE001 - a warm-up must never break the pool; documents will say
            pass
