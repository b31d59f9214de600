"""The crash harness: kill a worker doing random actions, reopen, check nothing committed is lost.

After each SIGKILL the database must open, pass the integrity and foreign-key checks, hold every
action the worker logged as committed, and hold either none or all of the action it was in.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.crash.actions import Effect, read_row
from workshop.errors import CatalyseError
from workshop.storage.store import Store

Key = tuple[str, str]  # table, JSON of the key

REPO = Path(__file__).resolve().parents[2]


@dataclass
class CrashFigures:
    """What a crash run found, kill after kill."""

    kills: int = 0
    actions_committed: int = 0
    lost_actions: int = 0
    torn_actions: int = 0
    kills_mid_action: int = 0
    unopenable: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass
class ExpectedState:
    """What the database must hold: for each row touched, its columns (None: no row)."""

    rows: dict[Key, dict[str, Any] | None] = field(default_factory=dict)
    owner: dict[Key, str] = field(default_factory=dict)

    def apply(self, number: str, effects: list[Effect]) -> None:
        for effect in effects:
            key = (effect.table, json.dumps(effect.key, sort_keys=True))
            current = self.rows.get(key)
            if effect.after is None or effect.before is None or current is None:
                self.rows[key] = effect.after
            else:
                self.rows[key] = {**current, **effect.after}
            self.owner[key] = number

    def missing(self, store: Store) -> dict[str, str]:
        """The actions (by number) some of whose changes the database does not hold, each
        with the first difference found."""
        lost: dict[str, str] = {}
        for (table, key_json), expected in self.rows.items():
            key = json.loads(key_json)
            if not matches(store, table, key, expected):
                found = read_row(store, table, key)
                lost.setdefault(
                    self.owner[(table, key_json)], f"{table} {key}: {expected} != {found}"
                )
        return lost


def matches(store: Store, table: str, key: dict[str, Any], expected: dict[str, Any] | None) -> bool:
    row = read_row(store, table, key)
    if expected is None or row is None:
        return expected is None and row is None
    return all(row.get(column) == value for column, value in expected.items())


@dataclass
class ParsedLog:
    """The actions a worker began and those it reported committed."""

    begun: dict[str, tuple[str, list[Effect]]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    committed: set[str] = field(default_factory=set)


def parse_log(path: Path) -> ParsedLog:
    """Read a worker's log; a last line cut by the kill (no newline) is ignored."""
    parsed = ParsedLog()
    data = path.read_bytes() if path.exists() else b""
    # The part after the last newline is incomplete: the kill may even have cut a character.
    lines = [raw.decode("utf-8") for raw in data.split(b"\n")[:-1]]
    for line in lines:
        head, _, rest = line.partition(": ")
        phase, _, number = head.partition(" ")
        if phase == "begin":
            entry = json.loads(rest)
            effects = [Effect.from_json(item) for item in entry["effects"]]
            parsed.begun[number] = (entry["kind"], effects)
            parsed.order.append(number)
        elif phase == "committed":
            parsed.committed.add(number)
    return parsed


def check_after_kill(
    database: Path, log: Path, expected: ExpectedState, figures: CrashFigures
) -> bool:
    """Reopen the database after a kill and check it; returns whether it could be opened."""
    parsed = parse_log(log)
    pending = [n for n in parsed.order if n not in parsed.committed]
    for number in parsed.order:
        if number in parsed.committed:
            expected.apply(number, parsed.begun[number][1])
    figures.actions_committed += len(parsed.committed)
    try:
        store = Store.open(database)
    except CatalyseError as error:
        figures.unopenable += 1
        figures.problems.append(f"kill {figures.kills}: cannot open: {error}")
        return False
    with store:
        problems = store.check()
        if problems:
            figures.unopenable += 1
            figures.problems.append(f"kill {figures.kills}: check: {problems[:3]}")
            return False
        if len(pending) > 1 or (pending and pending[-1] != parsed.order[-1]):
            figures.problems.append(f"kill {figures.kills}: several unfinished actions {pending}")
        if pending:
            figures.kills_mid_action += 1
            number = pending[-1]
            kind, effects = parsed.begun[number]
            done = all(matches(store, e.table, e.key, e.after) for e in effects)
            undone = all(matches(store, e.table, e.key, e.before) for e in effects)
            if done:
                expected.apply(number, effects)
            elif not undone:
                figures.torn_actions += 1
                figures.problems.append(f"kill {figures.kills}: action {number} ({kind}) half done")
        lost = expected.missing(store)
        figures.lost_actions += len(lost)
        for number, difference in sorted(lost.items())[:5]:
            figures.problems.append(f"kill {figures.kills}: lost action {number}: {difference}")
    return True


def _worker(database: Path, log: Path, seed: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tools.crash.actions", str(database), str(log), str(seed)],
        cwd=REPO,  # tools/ is not installed: run from the checkout
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_kills(
    folder: Path, kills: int, *, seed: int = 0, max_delay: float = 0.4, early: float = 0.1
) -> CrashFigures:
    """Start the worker, SIGKILL it after a random delay, check the database; `kills` times.

    The delay counts from the worker's "ready" line (the store is open), or, with probability
    `early`, from its start, so that some kills land while the database is being created or
    opened. A database found unopenable is set aside and the run goes on with a new one.
    """
    rng = random.Random(seed)
    figures = CrashFigures()
    folder.mkdir(parents=True, exist_ok=True)
    generation = 0
    database = folder / "crash-0.sqlite"
    expected = ExpectedState()
    for kill in range(kills):
        log = folder / f"crash-{generation}-{kill}.log"
        process = _worker(database, log, seed * 100_000 + kill + 1)
        assert process.stdout is not None
        if rng.random() >= early:
            process.stdout.readline()
        time.sleep(rng.uniform(0, max_delay))
        if process.poll() is not None:
            stderr = process.stderr.read() if process.stderr else ""
            raise RuntimeError(f"the crash worker stopped on its own:\n{stderr}")
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        process.stdout.close()
        if process.stderr:
            process.stderr.close()
        figures.kills += 1
        if not check_after_kill(database, log, expected, figures):
            generation += 1
            database = folder / f"crash-{generation}.sqlite"
            expected = ExpectedState()
    return figures


@dataclass
class ImportKillFigures:
    """What killing `catalyse import` found: each database holds none or all of the import."""

    kills: int = 0
    while_running: int = 0
    none: int = 0
    all: int = 0
    partial: int = 0
    unopenable: int = 0
    problems: list[str] = field(default_factory=list)


IMPORT_COMMAND = "import sys; from workshop.cli import main; sys.exit(main())"
COUNTED = ("people", "organisations", "attendance")


def _import_file(path: Path, rows: int) -> None:
    """A registration export: first name, last name, e-mail, organisation (semicolons)."""
    lines = ["Prénom;Nom;Email;Organisation"]
    lines += [f"Zoé{i};Martin{i};p{i}@example.org;Association n°{i % 97}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _counts(database: Path) -> tuple[int, ...] | str:
    """The rows an import adds to, or why the database cannot be used."""
    try:
        with Store.open(database) as store:
            problems = store.check()
            if problems:
                return f"check: {problems[:3]}"
            return tuple(store.db.table(table).count for table in COUNTED)
    except CatalyseError as error:
        return f"cannot open: {error}"


def _start_import(source: Path, database: Path, workshop_id: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            *(sys.executable, "-c", IMPORT_COMMAND, "import", str(source)),
            *("--db", str(database), "--workshop", str(workshop_id)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def run_import_kills(
    folder: Path, kills: int, *, rows: int = 2000, seed: int = 0
) -> ImportKillFigures:
    """Kill `catalyse import` at random moments on copies of the demo database; check each."""
    from workshop.demo import load_demo

    rng = random.Random(seed)
    figures = ImportKillFigures()
    folder.mkdir(parents=True, exist_ok=True)
    source, pristine = folder / "import.csv", folder / "pristine.sqlite"
    _import_file(source, rows)
    with Store.open(pristine) as store:
        workshop_id = load_demo(store).id
    before = _counts(pristine)
    complete = folder / "complete.sqlite"
    shutil.copyfile(pristine, complete)
    started = time.perf_counter()
    if _start_import(source, complete, workshop_id).wait() != 0:
        raise RuntimeError("the import used by the crash test fails on its own")
    duration = time.perf_counter() - started
    after = _counts(complete)
    for kill in range(kills):
        database = folder / f"import-{kill}.sqlite"
        shutil.copyfile(pristine, database)
        process = _start_import(source, database, workshop_id)
        time.sleep(rng.uniform(0.3, 1.15) * duration)  # most kills land in the import
        figures.while_running += process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait()
        figures.kills += 1
        found = _counts(database)
        if isinstance(found, str):
            figures.unopenable += 1
            figures.problems.append(f"import kill {kill}: {found}")
        elif found == before:
            figures.none += 1
        elif found == after:
            figures.all += 1
        else:
            figures.partial += 1
            figures.problems.append(f"import kill {kill}: {found}, not {before} nor {after}")
    return figures
