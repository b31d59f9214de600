"""Backups are consistent private copies, rotated, listed without changes and restored safely."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from workshop.backup import (
    KEEP_DAILY_DAYS,
    KEEP_LATEST,
    backup_name,
    list_backups,
    read_figures,
    restore,
    rotate,
    take_backup,
)
from workshop.cli import main as cli_main
from workshop.domain.records import Card, Workshop
from workshop.errors import CatalyseError, DatabaseInUse
from workshop.paths import backups_dir
from workshop.storage.store import Store

NOON = dt.datetime(2026, 11, 26, 12, 0, 0)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def card_texts(path: Path) -> list[str]:
    with Store.open(path, read_only=True) as store:
        return sorted(c.text for c in store.board.cards.all())


def test_backup_is_a_private_consistent_copy_in_the_data_folder(demo_store: Store) -> None:
    """A backup holds everything committed (even still in the WAL), is 0600 and not in WAL mode."""
    card = demo_store.board.cards.add(Card(workshop_id=demo_store.demo_id, text="Dernière idée"))  # type: ignore[attr-defined]
    copy = take_backup(demo_store)
    assert copy.parent == backups_dir()
    assert copy.name.startswith(demo_store.path.stem + "-")
    assert copy.stat().st_mode & 0o777 == 0o600
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        texts = [r[0] for r in conn.execute("SELECT text FROM cards WHERE id = ?", [card.id])]
    finally:
        conn.close()
    assert texts == ["Dernière idée"]
    assert not list(copy.parent.glob("*.partial"))


def test_two_backups_in_the_same_second_both_exist(demo_store: Store, tmp_path: Path) -> None:
    """Backups taken in the same second get distinct names; none overwrites another."""
    first = take_backup(demo_store, folder=tmp_path / "b", now=NOON)
    second = take_backup(demo_store, folder=tmp_path / "b", now=NOON)
    assert first != second
    assert first.exists() and second.exists()


def test_rotation_keeps_the_last_ten_and_one_a_day_for_thirty_days(
    store: Store, tmp_path: Path
) -> None:
    """After 32 days of three backups a day, the last 10 and each day's newest of 30 days remain
    (the two first days' are rotated out)."""
    folder = tmp_path / "b"
    start = NOON - dt.timedelta(days=31)
    taken = []
    for day in range(32):
        for hour in (9, 12, 17):
            when = (start + dt.timedelta(days=day)).replace(hour=hour)
            taken.append(when)
            take_backup(store, folder=folder, now=when)
    now = taken[-1]
    remaining = {info.taken_at for info in list_backups(store.path, folder=folder)}
    expected = set(taken[-KEEP_LATEST:])
    first_day = now.date() - dt.timedelta(days=KEEP_DAILY_DAYS - 1)
    expected |= {w for w in taken if w.hour == 17 and w.date() >= first_day}
    assert remaining == expected
    assert len(remaining) == KEEP_LATEST + KEEP_DAILY_DAYS - 4  # last 4 days are in both sets


def test_a_copy_kept_aside_by_a_restore_joins_the_rotation(store: Store, tmp_path: Path) -> None:
    """The file a restore kept aside (which holds people erased since) is rotated with the
    backups: it was kept for ever while the erasure said the copies go with the rotation."""
    import shutil

    from workshop.backup import copies_of

    folder = tmp_path / "b"
    database = Path(store.path)
    old_aside = database.with_name(f"{database.stem}.before-restore-20260901-090000.sqlite")
    recent_aside = database.with_name(f"{database.stem}.before-restore-20261201-083000.sqlite")
    for aside in (old_aside, recent_aside):
        shutil.copyfile(database, aside)
    assert set(copies_of(database, folder=folder)) == {old_aside, recent_aside}
    for day in range(12):  # twelve backups, the last ones of the rotation's days
        take_backup(store, folder=folder, now=NOON + dt.timedelta(minutes=day))
    assert not old_aside.exists()
    assert recent_aside.exists()
    assert recent_aside in copies_of(database, folder=folder)


def test_rotation_leaves_other_databases_backups_alone(store: Store, tmp_path: Path) -> None:
    """Rotating one database's backups never deletes another file of the folder."""
    folder = tmp_path / "b"
    folder.mkdir()
    other = folder / "atelier-2-20200101-000000.sqlite"
    other.write_bytes(b"x")
    namesake = tmp_path / "ailleurs" / store.path.name  # same file name, another folder
    namesake.parent.mkdir()
    namesakes = folder / backup_name(namesake, NOON - dt.timedelta(days=300))
    namesakes.write_bytes(b"y")
    notes = folder / "notes.txt"
    notes.write_text("à garder")
    for minute in range(KEEP_LATEST + 3):
        take_backup(store, folder=folder, now=NOON + dt.timedelta(minutes=minute))
    rotate(store.path, folder=folder, now=NOON + dt.timedelta(days=400))
    assert other.exists() and notes.exists() and namesakes.exists()
    assert len(list_backups(store.path, folder=folder)) == KEEP_LATEST


def test_list_shows_date_and_figures_newest_first_without_changing_files(
    demo_store: Store, tmp_path: Path
) -> None:
    """The list gives each backup's date and counts, newest first, and reading alters nothing."""
    folder = tmp_path / "b"
    older = take_backup(demo_store, folder=folder, now=NOON)
    demo_store.workshops.add(Workshop(title="Deuxième atelier"))
    newer = take_backup(demo_store, folder=folder, now=NOON + dt.timedelta(hours=1))
    unreadable = folder / backup_name(demo_store.path, NOON + dt.timedelta(hours=2))
    unreadable.write_bytes(b"pas une base")
    before = {p: digest(p) for p in folder.iterdir()}
    infos = list_backups(demo_store.path, folder=folder)
    assert {p: digest(p) for p in folder.iterdir()} == before
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in before)
    assert [i.path for i in infos][1:] == [newer, older]
    assert infos[0].figures is None  # the unreadable one is listed, marked as such
    figures = infos[1].figures
    assert figures is not None
    assert (figures.workshops, figures.people, figures.organisations) == (2, 44, 29)
    assert (figures.cards, figures.commitments) == (22, 14)
    assert read_figures(older) is not None and read_figures(older).workshops == 1  # type: ignore[union-attr]


def test_restore_keeps_the_current_file_aside(db_path: Path, tmp_path: Path) -> None:
    """Restoring puts the backup in place and moves the current file aside, holding its data."""
    with Store.open(db_path) as store:
        workshop = store.workshops.add(Workshop(title="Atelier"))
        store.board.cards.add(Card(workshop_id=workshop.id, text="avant"))
        backup = take_backup(store, folder=tmp_path / "b")
        store.board.cards.add(Card(workshop_id=workshop.id, text="après"))
    aside = restore(backup, db_path, now=NOON)
    assert card_texts(db_path) == ["avant"]
    assert aside is not None and aside.name == "atelier.before-restore-20261126-120000.sqlite"
    assert card_texts(aside) == ["après", "avant"]
    assert db_path.stat().st_mode & 0o777 == 0o600
    with Store.open(db_path) as store:
        assert store.check() == []
    second_aside = restore(backup, db_path, now=NOON)
    assert second_aside is not None and second_aside != aside
    assert card_texts(aside) == ["après", "avant"]


def test_restore_is_refused_while_the_database_is_open(db_path: Path, tmp_path: Path) -> None:
    """A database open in another window is not replaced under its feet."""
    store = Store.open(db_path)
    try:
        store.workshops.add(Workshop(title="Atelier"))
        backup = take_backup(store, folder=tmp_path / "b")
        before = digest(db_path)
        with pytest.raises(DatabaseInUse):
            restore(backup, db_path)
        assert digest(db_path) == before
        assert not list(db_path.parent.glob("*before-restore*"))
    finally:
        store.close()


@pytest.mark.parametrize("content", [b"Nom;Prenom\n", b"SQLite format 3\x00" + b"\x00" * 300, b""])
def test_restoring_something_that_is_not_a_backup_changes_nothing(
    demo_store: Store, tmp_path: Path, content: bytes
) -> None:
    """A file that is not a sound Catalyse database is refused and the database is untouched."""
    db_path = demo_store.path
    demo_store.close()
    before = digest(db_path)
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(content)
    with pytest.raises(CatalyseError):
        restore(bogus, db_path)
    assert digest(db_path) == before
    assert not list(db_path.parent.glob("*before-restore*"))


def test_cli_backup_backups_and_restore(
    demo_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """`catalyse backup` prints the copy, `backups` lists it, `restore` brings it back."""
    db_path = demo_store.path
    demo_store.close()
    assert cli_main(["backup", "--db", str(db_path)]) == 0
    copy = Path(capsys.readouterr().out.strip())
    assert copy.is_file() and copy.parent == backups_dir()
    assert cli_main(["backups", "--db", str(db_path)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(str(copy) + "\t")
    assert "44 people, 29 organisations, 22 cards, 14 commitments" in line
    with Store.open(db_path) as store:
        store.workshops.add(Workshop(title="Après la sauvegarde"))
    assert cli_main(["restore", str(copy), "--db", str(db_path)]) == 0
    assert "before-restore" in capsys.readouterr().out
    with Store.open(db_path, read_only=True) as store:
        assert "Après la sauvegarde" not in [w.title for w in store.workshops.all()]
        assert store.workshops.count() == 1


def test_cli_restore_while_open_is_one_clear_line(
    demo_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """Restoring over a database open elsewhere exits 2 with one `catalyse: error:` line."""
    copy = take_backup(demo_store)
    assert cli_main(["restore", str(copy), "--db", str(demo_store.path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("catalyse: error: ") and err.count("\n") == 1
    assert "already open" in err


def test_cli_backup_of_a_missing_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Backing up a file that does not exist exits 2 and creates nothing."""
    missing = tmp_path / "absent.sqlite"
    assert cli_main(["backup", "--db", str(missing)]) == 2
    assert capsys.readouterr().err.startswith("catalyse: error: ")
    assert not missing.exists()


def test_database_companions_and_backups_are_private_whatever_the_umask(
    tmp_path: Path,
) -> None:
    """With a permissive umask, the database, its -wal, -shm and lock files, the backups and
    the file set aside by a restore are all readable by their owner only."""
    old_umask = os.umask(0)
    try:
        db_path = tmp_path / "prive.sqlite"
        store = Store.open(db_path)
        try:
            store.workshops.add(Workshop(title="Atelier"))
            companions = [Path(str(db_path) + end) for end in ("", "-wal", "-shm", ".lock")]
            assert all(p.exists() for p in companions)
            modes = {p.name: p.stat().st_mode & 0o777 for p in companions}
            copy = take_backup(store)
        finally:
            store.close()
        assert modes == {p.name: 0o600 for p in companions}
        assert copy.stat().st_mode & 0o777 == 0o600
        assert copy.parent.stat().st_mode & 0o777 == 0o700
        aside = restore(copy, db_path)
        assert aside is not None
        assert aside.stat().st_mode & 0o777 == 0o600
        assert db_path.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old_umask)


def test_a_restore_cut_just_before_the_swap_leaves_the_database_whole(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed at the worst moment of a restore, the database still holds all it held."""
    with Store.open(db_path) as store:
        workshop = store.workshops.add(Workshop(title="Atelier"))
        backup = take_backup(store, folder=tmp_path / "b")
    writer = sqlite3.connect(db_path)  # a crashed session's last commit, still in the WAL
    writer.execute("INSERT INTO cards (workshop_id, text) VALUES (?, 'dans le WAL')", [workshop.id])
    writer.commit()
    assert Path(str(db_path) + "-wal").stat().st_size > 0

    def killed(source: object, target: object) -> None:
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr("workshop.backup.os.replace", killed)
    with pytest.raises(KeyboardInterrupt):
        restore(backup, db_path)
    writer.close()
    assert card_texts(db_path) == ["dans le WAL"]
    aside = next(db_path.parent.glob("*before-restore*.sqlite"))
    assert card_texts(aside) == ["dans le WAL"]
