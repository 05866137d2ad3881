"""Worker processes that die with their parent.

When only the main ``refrain analyze`` process dies (the OOM killer picks one process, a user
kills one PID), its pool workers would otherwise sleep on forever, each holding its memory. Each
worker calls :func:`die_with_parent` first: on Linux the kernel sends it SIGKILL when its parent
dies (``prctl(PR_SET_PDEATHSIG)``), and everywhere a watchdog thread checks once a second that the
parent is still the one that started it. A worker never writes the store, so ending it abruptly
loses nothing that is saved.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
WATCH_INTERVAL_S = 1.0


def _kernel_kills_on_parent_death() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while True:
        if os.getppid() != parent:
            os._exit(1)  # the parent is gone: this worker was reparented
        time.sleep(WATCH_INTERVAL_S)


def die_with_parent(parent: int) -> None:
    """End this process when process ``parent`` (the one that started it) dies."""
    _kernel_kills_on_parent_death()
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="refrain-lifeline", daemon=True).start()
