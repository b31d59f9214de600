"""A process killed at any moment loses nothing it reported as saved, and leaves a sound file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from tools.crash.actions import run as run_worker
from tools.crash.check import (
    CrashFigures,
    ExpectedState,
    check_after_kill,
    run_import_kills,
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


def test_an_import_killed_at_any_moment_leaves_none_or_all_of_it(tmp_path: Path) -> None:
    """`catalyse import` killed mid-way leaves a sound database with none or all of the file."""
    figures = run_import_kills(tmp_path, 4, rows=1500, seed=3)
    assert figures.problems == []
    assert figures.kills == 4 and figures.while_running >= 1
    assert figures.none + figures.all == 4
    assert figures.partial == 0 and figures.unopenable == 0


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
