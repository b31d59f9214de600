"""Every command that writes a file refuses the database itself, through any name, and any
other database; the refused file is left byte for byte as it was."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from workshop.cli import main

WRITERS = [
    ["person", "export", "1", "-o"],
    ["export", "stakeholders", "-o"],
    ["export", "commitments", "-o"],
    ["report", "-o"],
]
SUFFIX = {"person": ".json", "export": ".csv", "report": ".pdf"}


@pytest.fixture
def demo_db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["demo", "--db", str(db_path)]) == 0
    capsys.readouterr()
    return db_path


def _refused(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(args) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and error[0].startswith("catalyse: error: ")
    return error[0]


@pytest.mark.parametrize("command", WRITERS, ids=lambda c: " ".join(c[:2]))
def test_the_database_is_never_overwritten_by_an_export(
    command: list[str], demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`catalyse person export 1 -o db.sqlite` (or any writer, any suffix trick, a hard link or
    a symlink to the database, another database renamed) exits 2 and changes nothing."""
    before = demo_db.read_bytes()
    suffix = SUFFIX[command[0]]
    hard = tmp_path / f"hard{suffix}"
    os.link(demo_db, hard)
    soft = tmp_path / f"soft{suffix}"
    soft.symlink_to(demo_db)
    other = tmp_path / f"other{suffix}"
    shutil.copyfile(demo_db, other)
    other_bytes = other.read_bytes()
    for target in (demo_db, hard, soft, other):
        _refused([*command, str(target), "--db", str(demo_db)], capsys)
    assert demo_db.read_bytes() == before
    assert other.read_bytes() == other_bytes


def test_a_file_with_the_wrong_suffix_is_refused(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The person export writes .json only; the message names the suffix expected."""
    target = tmp_path / "notes.txt"
    target.write_text("mes notes")
    line = _refused(["person", "export", "1", "-o", str(target), "--db", str(demo_db)], capsys)
    assert ".json" in line
    assert target.read_text() == "mes notes"
