"""Writing output files so that a failure leaves nothing that looks valid.

``export`` and ``report`` write each file under a temporary name in the target folder and rename
it into place only once it is whole: a full disk, a file-size limit or a kill leaves the old file
(or none), never a truncated one. A target that exists is refused unless the caller says
``force``. Every failure is one :class:`WriteError` naming the path and the reason.

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> with atomic_path(target) as tmp:
...     _ = tmp.write_text("whole")
>>> target.read_text()
'whole'
>>> with atomic_path(target) as tmp:
...     pass
Traceback (most recent call last):
refrain.errors.WriteError: ...a.txt: already exists (give --force to replace it)
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from refrain.errors import Errors, WriteError

# The first characters a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``value`` with a leading ``'`` when it is text a spreadsheet would run as a formula.

    >>> safe_cell("=1+1"), safe_cell("-5"), safe_cell(-5), safe_cell("plain")
    ("'=1+1", "'-5", -5, 'plain')
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def reason_of(error: BaseException) -> str:
    """A short reason for an OS or DuckDB error (``File too large``, ``Permission denied`` ...)."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return " ".join(str(error).split()) or type(error).__name__


def refuse_existing(targets: Sequence[Path], force: bool) -> None:
    """Raise E501 for the first target that exists, unless ``force``."""
    if force:
        return
    for target in targets:
        if target.exists() or target.is_symlink():
            raise WriteError(Errors.E501, path=str(target))


def prepare_folder(folder: Path) -> None:
    """Make ``folder`` (and its parents), or raise E502 naming it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(Errors.E502, path=str(folder), reason=reason_of(exc)) from None


def temporary_beside(target: Path) -> Path:
    """A fresh hidden name in the target's folder (same file system, so the rename is atomic)."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")


@contextmanager
def atomic_paths(targets: Sequence[Path], *, force: bool = False) -> Iterator[list[Path]]:
    """Temporary paths for ``targets``; renamed onto them, all, when the block ends without error.

    Any failure (an ``OSError``, a DuckDB error) removes every temporary file and becomes one
    :class:`WriteError` naming the target and the reason; nothing is renamed.
    """
    targets = [Path(t) for t in targets]
    refuse_existing(targets, force)
    for folder in {t.parent for t in targets}:
        prepare_folder(folder)
    temporaries = [temporary_beside(t) for t in targets]
    current = targets[0] if targets else Path()
    try:
        yield temporaries
        for tmp, target in zip(temporaries, targets, strict=True):
            current = target
            if not force and (target.exists() or target.is_symlink()):
                raise WriteError(Errors.E501, path=str(target))
            os.replace(tmp, target)
    except WriteError:
        _remove(temporaries)
        raise
    except Exception as exc:
        _remove(temporaries)
        if not _is_write_failure(exc):
            raise
        failed = getattr(exc, "filename", None)
        where = next((t for tmp, t in zip(temporaries, targets, strict=True) if str(tmp) == failed), current)
        raise WriteError(Errors.E502, path=str(where), reason=reason_of(exc)) from None


@contextmanager
def atomic_path(target: Path, *, force: bool = False) -> Iterator[Path]:
    """:func:`atomic_paths` for one file."""
    with atomic_paths([target], force=force) as (tmp,):
        yield tmp


def _is_write_failure(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return True
    try:
        import duckdb
    except ImportError:  # pragma: no cover - duckdb is a dependency
        return False
    return isinstance(exc, duckdb.Error)


def _remove(paths: Sequence[Path]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass  # the folder itself may be gone or unwritable: nothing more to clean
