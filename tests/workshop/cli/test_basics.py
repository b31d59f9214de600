"""The headless commands: demo, workshops, check, and their error contract."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.storage.store import Store


def test_demo_prints_its_id_and_is_idempotent(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`catalyse demo` run twice prints the same id and adds nothing the second time."""
    assert main(["demo", "--db", str(db_path)]) == 0
    first = capsys.readouterr().out.strip()
    with Store.open(db_path) as store:
        counts = (store.organisations.count(), store.people.count(), store.board.cards.count())
    assert main(["demo", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.strip() == first
    with Store.open(db_path) as store:
        assert (
            store.organisations.count(),
            store.people.count(),
            store.board.cards.count(),
        ) == counts
        figures = store.workshops.figures(int(first))  # type: ignore[arg-type]
    assert counts[0] >= 25 and figures.people >= 40 and figures.alliances == 3
    assert figures.present > figures.people // 2 and figures.commitments >= 10


def test_demo_covers_every_kind_and_every_zone(db_path: Path) -> None:
    """The demo has organisations of every kind and cards in every zone of its board."""
    from workshop.demo import load_demo
    from workshop.domain.vocabulary import OrganisationKind

    with Store.open(db_path) as store:
        workshop = load_demo(store)
        kinds = {o.kind for o in store.organisations.all()}
        zones = store.board.zones.of_workshop(workshop.id)
        assert kinds == set(OrganisationKind)
        assert all(store.board.cards.in_zone(z.id) for z in zones)


def test_workshops_lists_id_date_title(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`catalyse workshops` prints one line per workshop: id, date, title."""
    main(["demo", "--db", str(db_path)])
    capsys.readouterr()
    assert main(["workshops", "--db", str(db_path)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.split("\t")[:2] == ["1", "2026-11-26"]
    assert "Alimentation durable" in line


def test_check_passes_on_a_healthy_database(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`catalyse check` exits 0 on a healthy database."""
    main(["demo", "--db", str(db_path)])
    assert main(["check", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.strip().endswith(": ok")


def test_check_reports_broken_links_with_exit_1(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A card pointing at a missing workshop is reported by `check`, which exits 1."""
    main(["demo", "--db", str(db_path)])
    with Store.open(db_path) as store:
        store.db.execute("PRAGMA foreign_keys = OFF")
        store.db.execute("UPDATE cards SET workshop_id = 999 WHERE id = 1")
        store.db.conn.commit()
    capsys.readouterr()
    assert main(["check", "--db", str(db_path)]) == 1
    assert "cards row 1" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["bogus"], "invalid choice"),
        (["workshops", "--db", "{missing}"], "does not exist"),
        (["workshops", "--db", "{text}"], "not a Catalyse database"),
        (["demo", "--frobnicate"], "unrecognized arguments"),
        ([], "no command"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    """Bad arguments or an unusable file: exit 2 and a single `catalyse: error:` line."""
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    args = [a.format(missing=tmp_path / "nope.sqlite", text=text) for a in args]
    assert main(args) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("catalyse: error: ")
    assert message in lines[0]


def test_the_installed_command_never_prints_a_traceback(tmp_path: Path) -> None:
    """The real entry point, on a file it cannot use, prints one line and exits 2."""
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 500)
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "check", "--db", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode in (1, 2)
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "workshops", "--db", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("catalyse: error: ") and "Traceback" not in result.stderr


def test_headless_commands_do_not_import_qt(db_path: Path) -> None:
    """Subcommands run without loading PySide6 (they work on a server and start fast)."""
    code = (
        "import sys; from workshop.cli import main; "
        f"main(['demo', '--db', {str(db_path)!r}]); "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
