"""Running the `refrain` command from tests, the way a user does: a separate process.

One place for it, so that every test calls the command the same way (this Python, the module's
entry point, a timeout so that a hung command fails the test instead of the suite).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

# The command as a user runs it, with the interpreter running the tests.
REFRAIN = [sys.executable, "-m", "refrain.cli"]


def refrain(
    *args: str,
    input: str | bytes | None = None,
    cwd: str | Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[Any]:
    """Run ``refrain ARGS`` to the end and capture its output (text, or bytes when ``input`` is bytes)."""
    return subprocess.run(
        [*REFRAIN, *args],
        input=input,
        capture_output=True,
        text=not isinstance(input, bytes),
        cwd=cwd,
        env=env,
        timeout=timeout,
    )


def start_refrain(*args: str, **popen: Any) -> subprocess.Popen[str]:
    """Start ``refrain ARGS`` without waiting, its output piped as text (``popen`` adds or overrides)."""
    options: dict[str, Any] = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True}
    return subprocess.Popen([*REFRAIN, *args], **{**options, **popen})


def error_lines(stderr: str) -> list[str]:
    """The ``Error: …`` lines a command printed."""
    return [line for line in stderr.splitlines() if line.startswith("Error: ")]
