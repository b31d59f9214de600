"""The app's private scratch folder: emptied of what crashed sessions left, at the next start."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

from workshop.paths import clean_scratch, scratch_dir, scratch_prefix


def test_what_a_crashed_session_left_is_removed_and_a_live_one_kept() -> None:
    """A preview folder of a process that is gone is removed; this process's stays; the folder
    is private to its owner."""
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead_pid = int(gone.stdout)
    folder = scratch_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    crashed = folder / f"{dead_pid}-apercu-abc123"
    crashed.mkdir()
    (crashed / "apercu-1.pdf").write_bytes(b"%PDF- Camille Roux")
    mine = folder / f"{scratch_prefix()}apercu-def456"
    mine.mkdir()
    assert clean_scratch() == [crashed]
    assert not crashed.exists() and mine.exists()
    assert os.getpid() == int(scratch_prefix().rstrip("-"))
