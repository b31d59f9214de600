"""A refused or dry-run command writes nothing; odd files are refused in one clear line."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.errors import CorruptDatabase
from workshop.storage.store import Store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def rollback_mode_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The demo as another program or an old copy leaves it: in rollback-journal mode."""
    built = tmp_path / "built.sqlite"
    assert main(["demo", "--db", str(built)]) == 0
    capsys.readouterr()
    path = tmp_path / "copy.sqlite"
    conn = sqlite3.connect(built)
    conn.execute("VACUUM INTO ?", [str(path)])
    conn.close()
    return path


def _one_error_line(capsys: pytest.CaptureFixture[str], fragment: str) -> None:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("catalyse: error: "), lines
    assert fragment in lines[0], lines


def test_a_dry_run_purge_leaves_the_file_byte_for_byte(
    rollback_mode_demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`purge --dry-run` lists and changes nothing, not even the file's journal mode."""
    before = digest(rollback_mode_demo)
    assert main(["purge", "--dry-run", "--years", "1", "--db", str(rollback_mode_demo)]) == 0
    assert "à effacer" in capsys.readouterr().out
    assert digest(rollback_mode_demo) == before
    assert not Path(f"{rollback_mode_demo}-wal").exists()


def test_a_refused_erasure_leaves_the_file_byte_for_byte(
    rollback_mode_demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Erasing a person who does not exist is refused (exit 2, one line) and writes nothing."""
    before = digest(rollback_mode_demo)
    assert main(["person", "erase", "99999", "--db", str(rollback_mode_demo)]) == 2
    _one_error_line(capsys, "no person with id 99999")
    assert digest(rollback_mode_demo) == before


def test_a_file_check_calls_damaged_is_refused_by_writers(
    rollback_mode_demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rows pointing to missing records: `check` reports them, every writer refuses the file
    untouched, readers still read it."""
    conn = sqlite3.connect(rollback_mode_demo)  # foreign keys are off for a plain connection
    conn.execute("DELETE FROM zones WHERE id IN (SELECT zone_id FROM cards LIMIT 1)")
    conn.commit()
    conn.close()
    before = digest(rollback_mode_demo)
    assert main(["check", "--db", str(rollback_mode_demo)]) == 1
    capsys.readouterr()
    assert main(["demo", "--db", str(rollback_mode_demo)]) == 2
    _one_error_line(capsys, "damaged")
    with pytest.raises(CorruptDatabase, match="point to missing records"):
        Store.open(rollback_mode_demo)
    with Store.open(rollback_mode_demo, read_only=True) as reader:
        assert reader.workshops.all()
    assert digest(rollback_mode_demo) == before


def test_a_pipe_given_as_the_database_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A FIFO as --db: one line, exit 2, no hang (it hung waiting for a writer)."""
    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)
    run_cli = "import sys; from workshop.cli import main; sys.exit(main())"
    command = [sys.executable, "-c", run_cli, "demo", "--db", str(fifo)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"catalyse: error: {fifo} is not a regular file (a pipe or a device), "
        "not a Catalyse database"
    ]


def test_a_path_too_long_for_sqlite_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A path over SQLite's limit is refused as too long, not as a permissions problem."""
    folder = tmp_path / ("a" * 200) / ("b" * 200) / ("c" * 150)
    folder.mkdir(parents=True)
    assert main(["demo", "--db", str(folder / "atelier.sqlite")]) == 2
    _one_error_line(capsys, "too long")
    assert list(folder.iterdir()) == []


def test_a_hot_journal_is_rolled_back_as_sqlite_would(
    rollback_mode_demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A crash in the middle of another program's transaction left a "-journal": the file
    opens with the transaction rolled back (it was reported as "read-only")."""
    with Store.open(rollback_mode_demo, read_only=True) as reader:
        titles = [w.title for w in reader.workshops.all()]
    crash = f"""
import os, sqlite3
conn = sqlite3.connect({str(rollback_mode_demo)!r}, isolation_level=None)
conn.execute("PRAGMA cache_size = 1")
conn.execute("BEGIN")
conn.execute("UPDATE workshops SET title = 'à moitié écrit'")
conn.execute("UPDATE cards SET text = text || ' ' || text")
os._exit(0)
"""
    subprocess.run([sys.executable, "-c", crash], check=True, timeout=30)
    assert Path(f"{rollback_mode_demo}-journal").stat().st_size > 0
    assert main(["workshops", "--db", str(rollback_mode_demo)]) == 0
    assert all(title in capsys.readouterr().out for title in titles)
    with Store.open(rollback_mode_demo) as store:
        assert [w.title for w in store.workshops.all()] == titles
