"""A process killed at any moment loses nothing it reported as saved, and leaves a sound file."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from tools.crash.actions import run as run_worker
from tools.crash.check import (
    CrashFigures,
    ExpectedState,
    _counts,
    _import_file,
    _start_import,
    check_after_kill,
    run_kills,
)
from workshop.storage.schema import SCHEMA_VERSION, migrations
from workshop.storage.store import Store


def test_ten_kills_lose_no_committed_action(tmp_path: Path) -> None:
    """After each of 10 SIGKILLs the database opens, passes its checks and holds every action
    (the crash benchmark kills 200 times)."""
    figures = run_kills(tmp_path, 10, seed=7, max_delay=0.3)
    assert figures.problems == []
    assert figures.kills == 10
    assert figures.unopenable == 0
    assert figures.lost_actions == 0
    assert figures.torn_actions == 0
    # The worker really worked between kills (at least one action per kill on average: a
    # loaded machine spends most of each 0.3 s starting Python, a quiet one does ~10 actions).
    assert figures.actions_committed > figures.kills


def test_the_checker_notices_a_lost_action(tmp_path: Path) -> None:
    """A committed action missing from the database is counted as lost (the check can fail)."""
    database, log = tmp_path / "db.sqlite", tmp_path / "actions.log"
    run_worker(database, log, seed=3, max_actions=60)
    with Store.open(database) as store:
        card = store.db.execute("SELECT max(id) FROM cards").fetchone()[0]
        store.db.execute("DELETE FROM cards WHERE id = ?", [card])
    figures = CrashFigures()
    assert check_after_kill(database, log, ExpectedState(), figures)
    assert figures.lost_actions >= 1
    assert figures.problems


def test_the_checker_notices_a_half_done_action(tmp_path: Path) -> None:
    """An unfinished action whose rows are partly written is reported as torn."""
    database, log = tmp_path / "db.sqlite", tmp_path / "actions.log"
    run_worker(database, log, seed=4, max_actions=30)
    with Store.open(database) as store:
        first, second = [r[0] for r in store.db.execute("SELECT id FROM cards LIMIT 2")]
        store.db.execute("UPDATE cards SET x = 12345 WHERE id = ?", [first])
    effects = [
        ["cards", {"id": first}, {"x": 0.5}, {"x": 12345.0}],
        ["cards", {"id": second}, {"x": 0.5}, {"x": 54321.0}],
    ]
    with log.open("a", encoding="utf-8") as f:
        f.write("begin 99: " + json.dumps({"kind": "move_cards", "effects": effects}) + "\n")
    figures = CrashFigures()
    check_after_kill(database, log, ExpectedState(), figures)
    assert figures.torn_actions == 1
    assert figures.kills_mid_action == 1


def test_a_log_line_cut_by_the_kill_is_ignored(tmp_path: Path) -> None:
    """The last log line, cut short by the kill, neither breaks the check nor counts."""
    database, log = tmp_path / "db.sqlite", tmp_path / "actions.log"
    run_worker(database, log, seed=5, max_actions=10)
    with log.open("a", encoding="utf-8") as f:
        f.write('begin 77: {"kind": "add_ca')
    figures = CrashFigures()
    assert check_after_kill(database, log, ExpectedState(), figures)
    assert figures.problems == []
    assert figures.actions_committed == 10


def test_a_creation_killed_before_the_first_migration_opens(db_path: Path) -> None:
    """A new database killed just after sqlite-utils made its migrations table still opens."""
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.ensure_migrations_table(Database(conn))
    conn.close()
    with Store.open(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.check() == []


# SQLite holds this byte of a WAL database's "-shm" file locked (a POSIX lock) exactly while
# a write transaction is open (WAL_WRITE_LOCK at UNIX_SHM_BASE, os_unix.c).
WAL_WRITE_LOCK_BYTE = 120


def _write_lock_taken(database: Path, process: subprocess.Popen[bytes]) -> bool:
    """Wait, without sleeping and without taking any lock (F_GETLK only asks), until another
    process opens a write transaction on the database; False if the process ended first.

    Its "-shm" must exist already, made by a connection kept open: a WAL file's first
    connection takes the write lock too while it builds that index."""
    import fcntl

    query = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, WAL_WRITE_LOCK_BYTE, 1, 0)
    fd = os.open(f"{database}-shm", os.O_RDONLY)
    try:
        while process.poll() is None:
            answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
            if struct.unpack("hhqqi4x", answer)[0] != fcntl.F_UNLCK:
                return True
            os.sched_yield()  # the import first, on a busy machine
        return False
    finally:
        os.close(fd)


@pytest.mark.skipif(sys.platform != "linux", reason="F_GETLK's struct flock is Linux's here")
def test_an_import_killed_in_its_transaction_leaves_none_of_it(tmp_path: Path) -> None:
    """`catalyse import` killed while its transaction is open leaves a sound database with none
    of the file (or all of it, had the kill come just after the commit); run to its end, all
    of it. The crash benchmark kills the import at 30 random moments."""
    from workshop.cli import main
    from workshop.demo import load_demo

    source, pristine = tmp_path / "import.csv", tmp_path / "pristine.sqlite"
    _import_file(source, 300)
    with Store.open(pristine) as store:
        workshop_id = load_demo(store).id
    before = _counts(pristine)
    complete, killed = tmp_path / "complete.sqlite", tmp_path / "killed.sqlite"
    shutil.copyfile(pristine, complete)
    shutil.copyfile(pristine, killed)
    arguments = ["import", str(source), "--workshop", str(workshop_id)]
    assert main([*arguments, "--db", str(complete)]) == 0
    after = _counts(complete)
    assert isinstance(before, tuple) and isinstance(after, tuple)
    assert after[0] == before[0] + 300  # the import adds 300 people

    # A reader kept open: the write lock is then taken by write transactions only (the first
    # connection to a WAL file takes it too while it rebuilds the "-shm" index).
    reader = sqlite3.connect(killed)
    reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
    process = _start_import(source, killed, workshop_id)
    try:
        in_transaction = _write_lock_taken(killed, process)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
        reader.close()
    assert in_transaction, "the import ended before the kill"
    assert _counts(killed) in (before, after)


def test_a_log_line_cut_inside_a_character_is_ignored(tmp_path: Path) -> None:
    """A kill can cut the last line of the log in the middle of "é": the lines before count."""
    from tools.crash.check import parse_log

    log = tmp_path / "actions.log"
    line = (
        "begin 1: " + json.dumps({"kind": "add_card", "effects": []}) + "\ncommitted 1: add_card\n"
    )
    log.write_bytes(line.encode() + 'begin 2: {"kind": "é'.encode()[:-1])
    parsed = parse_log(log)
    assert parsed.committed == {"1"} and parsed.order == ["1"]
