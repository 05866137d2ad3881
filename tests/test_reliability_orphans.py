"""Workers die with their parent: `refrain analyze` killed alone (as the OOM killer kills one process)
leaves no worker behind.

Only the main process is killed (``kill -9`` of its PID, not of its group); its worker processes,
busy with long documents, must end by themselves within seconds, not sleep on forever.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from helpers import start_refrain

from refrain.document import Document
from refrain.store import Store

HEAVY = "“We will not back down on the budget,” said Jane Doe, adding that 40 people were arrested. " * 3000
SMALL = (
    "The port authority said on Friday that 12 cranes were idle after a strike, its director told reporters."
)


def _children(pid: int) -> set[int]:
    """Every living process whose parent is ``pid`` (read from /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"  # a zombie has exited (only its parent has not reaped it)


def test_workers_exit_when_only_the_main_process_is_killed(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    with Store(db) as store:
        store.add_documents(Document(text=f"{SMALL} Item {i}.", source=f"small-{i}.txt") for i in range(40))
        store.add_documents(Document(text=f"{HEAVY} Copy {i}.", source=f"heavy-{i}.txt") for i in range(6))
    main = start_refrain(
        "analyze", "--db", str(db), "--workers", "2", "--max-seconds-per-document", "0", "--no-search-index"
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(workers) < 2 and main.poll() is None:
            time.sleep(0.2)
            workers = _children(main.pid)
        assert len(workers) >= 2, "the worker pool never started"
        time.sleep(1.0)  # the workers are busy with documents now
        os.kill(main.pid, signal.SIGKILL)
        main.wait(timeout=30)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.2)
        left = [w for w in workers if _alive(w)]
        assert not left, f"workers {left} outlived the killed main process"
    finally:
        for pid in {main.pid, *workers, *_children(main.pid)}:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        main.communicate(timeout=30)
