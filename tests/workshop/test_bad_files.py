"""Unusable database files give one clear line (exit 2), never a traceback, and stay untouched."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.damaged_files import DAMAGES
from workshop.domain.records import Workshop
from workshop.errors import CatalyseError, DatabaseInUse
from workshop.storage.store import Store

# As root, file modes are not enforced: the commands then run without the capabilities that
# bypass them, so that a read-only file or folder is read-only for them too.
AS_ROOT = os.geteuid() == 0
DROP_ROOT_POWERS = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]
needs_modes = pytest.mark.skipif(
    AS_ROOT and shutil.which("setpriv") is None, reason="root without setpriv: modes not enforced"
)
# Runs steps in one process (the real entry point, or the store), printing [code, output] each.
STEPS_SCRIPT = """
import contextlib, io, json, os, resource, signal, sys
limit = int(sys.argv[1])
if limit:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from ui.launcher import main
from workshop.errors import CatalyseError, DatabaseInUse
from workshop.domain.records import Workshop
from workshop.storage.store import Store
results = []
for step in json.loads(sys.argv[2]):
    output = io.StringIO()
    with contextlib.redirect_stderr(output), contextlib.redirect_stdout(output):
        if step[0] == "cli":
            sys.argv = ["catalyse", *step[1:]]
            code = main()
        else:
            try:
                with Store.open(step[1], read_only=step[0] == "read") as store:
                    if step[0] == "write":
                        store.workshops.add(Workshop(title="x"))
                print("opened")
                code = 0
            except CatalyseError as error:
                print(type(error).__name__, error)
                code = 3
    results.append([code, output.getvalue()])
print(json.dumps(results))
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "-"


def run_steps(
    *steps: list[str], restricted: bool = False, size_limit: int = 0
) -> list[tuple[int, str]]:
    """Run CLI commands (["cli", args…]) or store opens (["open"|"read"|"write", path]) in one
    subprocess, optionally with a file-size limit or, as root, without root's file powers."""
    command = [sys.executable, "-c", STEPS_SCRIPT, str(size_limit), json.dumps(steps)]
    if restricted and AS_ROOT:
        command = DROP_ROOT_POWERS + command
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return [(code, out) for code, out in json.loads(result.stdout)]


def cli(*args: str) -> list[str]:
    return ["cli", *args]


def assert_one_error_line(code: int, out: str, fragment: str) -> None:
    assert "Traceback" not in out
    assert code == 2, out
    lines = out.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("catalyse: error: "), out
    assert fragment in lines[0], out


@pytest.fixture(scope="module")
def demo_original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once, closed (its WAL checkpointed into the file)."""
    from workshop.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with Store.open(path) as store:
        load_demo(store)
    return path


@pytest.fixture
def demo_file(demo_original: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo database for one test."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_original, path)
    return path


@pytest.mark.parametrize("case", list(DAMAGES))
def test_a_damaged_or_foreign_file_is_refused_untouched(demo_file: Path, case: str) -> None:
    """Each bad file gives one `catalyse: error:` line from the CLI, an error from the store,
    and stays byte for byte the same."""
    damage, fragment = DAMAGES[case]
    damage(demo_file)
    before = digest(demo_file)
    workshops, check, opened, read = run_steps(
        cli("workshops", "--db", str(demo_file)),
        cli("check", "--db", str(demo_file)),
        ["open", str(demo_file)],
        ["read", str(demo_file)],
    )
    assert_one_error_line(*workshops, fragment)
    code, out = check  # check reports a damaged file as its finding (1) or as an error (2)
    assert code in (1, 2) and len(out.strip().splitlines()) == 1 and fragment in out
    for code, out in (opened, read):
        assert code == 3 and fragment in out
    with pytest.raises(CatalyseError, match=fragment):
        Store.open(demo_file)
    assert digest(demo_file) == before


def test_a_folder_or_a_missing_folder_is_refused(tmp_path: Path) -> None:
    """A folder as --db, or a database in a folder that does not exist, gives one clear line."""
    missing = tmp_path / "absent" / "atelier.sqlite"
    as_folder_read, as_folder_write, missing_read, missing_backup = run_steps(
        cli("workshops", "--db", str(tmp_path)),
        cli("demo", "--db", str(tmp_path)),
        cli("workshops", "--db", str(missing)),
        cli("backup", "--db", str(missing)),
    )
    assert_one_error_line(*as_folder_read, "is a folder")
    assert_one_error_line(*as_folder_write, "is a folder")
    assert_one_error_line(*missing_read, "does not exist")
    assert_one_error_line(*missing_backup, "does not exist")
    assert not missing.parent.exists()
    with pytest.raises(CatalyseError, match="is a folder"):
        Store.open(tmp_path)


@needs_modes
def test_a_read_only_file_can_be_read_but_not_written(demo_file: Path) -> None:
    """A read-only file lists its workshops; opening it to write says why; bytes unchanged."""
    demo_file.chmod(0o444)
    before = digest(demo_file)
    workshops, check, write, read = run_steps(
        cli("workshops", "--db", str(demo_file)),
        cli("check", "--db", str(demo_file)),
        ["write", str(demo_file)],
        ["read", str(demo_file)],
        restricted=True,
    )
    assert workshops[0] == 0 and "Alimentation durable" in workshops[1]
    assert check[0] == 0 and check[1].strip().endswith(": ok")
    assert write[0] == 3 and "DatabaseUnavailable" in write[1] and "read-only" in write[1]
    assert read == (0, "opened\n")
    assert digest(demo_file) == before


@needs_modes
def test_a_database_in_a_read_only_folder_can_be_read_but_not_written(demo_file: Path) -> None:
    """In a read-only folder the database can be read; opening it to write says why it cannot."""
    folder = demo_file.parent
    before = digest(demo_file)
    folder.chmod(0o555)
    try:
        workshops, demo, write, read = run_steps(
            cli("workshops", "--db", str(demo_file)),
            cli("demo", "--db", str(demo_file)),
            ["write", str(demo_file)],
            ["read", str(demo_file)],
            restricted=True,
        )
    finally:
        folder.chmod(0o755)
    assert workshops[0] == 0 and "Alimentation durable" in workshops[1]
    assert_one_error_line(*demo, "read-only folder")
    assert write[0] == 3 and "read-only folder" in write[1]
    assert read == (0, "opened\n")
    assert digest(demo_file) == before


def test_a_full_disk_while_saving_changes_nothing(tmp_path: Path) -> None:
    """A write that hits a full disk exits 2 with one line; the file keeps its old content."""
    path = tmp_path / "atelier.sqlite"
    with Store.open(path) as store:
        store.workshops.add(Workshop(title="Mon atelier"))
    before = digest(path)
    ((code, out),) = run_steps(cli("demo", "--db", str(path)), size_limit=64_000)
    assert_one_error_line(code, out, "disk is full")
    assert digest(path) == before
    with Store.open(path) as store:
        assert store.check() == []
        assert [w.title for w in store.workshops.all()] == ["Mon atelier"]


def test_a_full_disk_while_creating_leaves_a_usable_file(tmp_path: Path) -> None:
    """A database whose creation hit a full disk is reported, and opens normally afterwards."""
    path = tmp_path / "nouveau.sqlite"
    ((code, out),) = run_steps(cli("demo", "--db", str(path)), size_limit=20_000)
    assert_one_error_line(code, out, "disk is full")
    with Store.open(path) as store:
        assert store.check() == []


def test_a_full_disk_while_backing_up_leaves_no_partial_backup(demo_file: Path) -> None:
    """A backup that cannot be written is reported in one line and leaves no half file."""
    ((code, out),) = run_steps(cli("backup", "--db", str(demo_file)), size_limit=60_000)
    assert_one_error_line(code, out, "disk is full")
    backups = Path(os.environ["CATALYSE_DATA_DIR"]) / "backups"
    assert not backups.exists() or not list(backups.iterdir())


HOLDER_SCRIPT = """
import sys
from workshop.domain.records import Workshop
from workshop.storage.store import Store
store = Store.open(sys.argv[1])
store.workshops.add(Workshop(title="Ouvert ailleurs"))
print("open", flush=True)
sys.stdin.readline()
store.close()
"""


def test_a_second_writer_is_refused_and_reading_still_works(tmp_path: Path) -> None:
    """While another process has the database open, writing is refused with a clear line (exit
    2), and reading (the CLI's listings, a read-only store) still works."""
    path = tmp_path / "partage.sqlite"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER_SCRIPT, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseInUse, match=f"process {holder.pid}"):
            Store.open(path)
        demo, workshops = run_steps(
            cli("demo", "--db", str(path)), cli("workshops", "--db", str(path))
        )
        assert_one_error_line(*demo, "already open in another Catalyse window")
        assert workshops[0] == 0 and "Ouvert ailleurs" in workshops[1]
        with Store.open(path, read_only=True) as reader:
            assert [w.title for w in reader.workshops.all()] == ["Ouvert ailleurs"]
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    with Store.open(path) as store:  # the lock went away with the other process
        assert store.check() == []
