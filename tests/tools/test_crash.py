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
from typing import Any

import pytest
from sqlite_utils import Database

from tools.crash.actions import run as run_worker
from tools.crash.check import (
    CrashFigures,
    ExpectedState,
    _counts,
    _import_file,
    _start_import,
    _worker,
    check_after_kill,
)
from workshop.storage.schema import SCHEMA_VERSION, migrations
from workshop.storage.store import Store

# SQLite holds this byte of a WAL database's "-shm" file locked (a POSIX lock) exactly while
# a write transaction is open (WAL_WRITE_LOCK at UNIX_SHM_BASE, os_unix.c).
WAL_WRITE_LOCK_BYTE = 120


def _write_lock_held(fd: int) -> bool:
    """Whether a process holds the write lock of the WAL database whose "-shm" is open as
    `fd`; F_GETLK only asks, it takes no lock."""
    import fcntl

    query = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, WAL_WRITE_LOCK_BYTE, 1, 0)
    return struct.unpack("hhqqi4x", fcntl.fcntl(fd, fcntl.F_GETLK, query))[0] != fcntl.F_UNLCK


def _last_lines(log: Path) -> tuple[int, str]:
    """How many actions a worker's log reports committed, and its last complete line."""
    lines = log.read_bytes().split(b"\n")[:-1] if log.exists() else []
    committed = sum(line.startswith(b"committed ") for line in lines)
    return committed, lines[-1].decode("utf-8", "replace") if lines else ""


def _kill_in_a_transaction(
    process: subprocess.Popen[Any],
    database: Path,
    *,
    inside_a_begun_action: Path | None = None,
    committed: int = 0,
) -> None:
    """SIGKILL the process, without sleeping, as soon as it holds the database's write lock
    (a write transaction is open); with a worker's log, only once the log reports `committed`
    actions and its last line is the "begin" of the one under way. Fails if it ends first.

    A WAL file's first connection takes the write lock too while it builds the "-shm" index:
    to see transactions only, keep a connection open (the index built) while it runs."""
    shm = Path(f"{database}-shm")
    fd = -1
    try:
        while process.poll() is None:
            os.sched_yield()  # the process first, on a busy machine
            if fd < 0:
                try:
                    fd = os.open(shm, os.O_RDONLY)
                except FileNotFoundError:  # a new database, not yet in WAL mode
                    continue
            if inside_a_begun_action is not None:
                done, last = _last_lines(inside_a_begun_action)
                if done < committed or not last.startswith("begin "):
                    continue
            if _write_lock_held(fd):
                process.send_signal(signal.SIGKILL)
                break
    finally:
        if fd >= 0:
            os.close(fd)
        ended_first = process.poll() is not None and process.returncode != -signal.SIGKILL
        process.kill()
        process.wait()
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()
    assert not ended_first, "the process ended before the kill"


@pytest.mark.skipif(sys.platform != "linux", reason="F_GETLK's struct flock is Linux's here")
def test_kills_while_creating_and_inside_an_action_lose_nothing(tmp_path: Path) -> None:
    """Killed while it creates the database, then, reopened, inside an action it has begun
    (logged, not yet reported committed) after five committed ones: each time the database
    opens, passes its checks, holds every committed action and none or all of the one it was
    in. The crash benchmark kills at 200 random moments."""
    database = tmp_path / "crash.sqlite"
    figures, expected = CrashFigures(), ExpectedState()

    log = tmp_path / "creating.log"
    worker = _worker(database, log, seed=1)
    _kill_in_a_transaction(worker, database)  # its first write lock: creating the schema
    figures.kills += 1
    assert check_after_kill(database, log, expected, figures)

    log = tmp_path / "acting.log"
    reader = sqlite3.connect(database)  # see _kill_in_a_transaction
    reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
    worker = _worker(database, log, seed=2)
    mid_action = figures.kills_mid_action
    try:
        _kill_in_a_transaction(worker, database, inside_a_begun_action=log, committed=5)
    finally:
        reader.close()
    figures.kills += 1
    assert check_after_kill(database, log, expected, figures)

    assert figures.problems == []
    assert figures.unopenable == 0
    assert figures.lost_actions == 0
    assert figures.torn_actions == 0
    assert figures.kills_mid_action == mid_action + 1
    assert figures.actions_committed >= 5


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
        _kill_in_a_transaction(process, killed)
    finally:
        reader.close()
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
