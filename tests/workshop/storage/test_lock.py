"""One writer per database file, whatever its name; a writer whose file or lock is taken away
stops writing instead of writing where nobody reads."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from workshop.domain.records import Organisation, Workshop
from workshop.errors import DatabaseInUse, DatabaseLost
from workshop.lock import lock_path
from workshop.storage.store import Store


def _add_workshop(store: Store, title: str) -> None:
    with store.atomic():
        store.workshops.add(Workshop(title=title))


@pytest.mark.parametrize("link", ["hard", "symbolic"])
def test_a_second_writer_through_another_name_is_refused(
    db_path: Path, tmp_path: Path, link: str
) -> None:
    """The same file opened through a hard link or a symlink is refused while it is open (two
    writers through two names made it "malformed")."""
    first = Store.open(db_path)
    other = tmp_path / "other-name.sqlite"
    if link == "hard":
        os.link(db_path, other)
    else:
        other.symlink_to(db_path)
    with pytest.raises(DatabaseInUse, match="already open"):
        Store.open(other)
    first.close()
    Store.open(other).close()


def test_a_deleted_lock_file_stops_the_writing(db_path: Path) -> None:
    """With its lock file deleted while it runs, the app refuses to write (a restore could
    run beside it), with a message, and what it had saved is still there."""
    store = Store.open(db_path)
    _add_workshop(store, "Avant")
    lock_path(db_path).unlink()
    with pytest.raises(DatabaseLost, match="stopped writing"):
        _add_workshop(store, "Après")
    store.close()
    with Store.open(db_path, read_only=True) as reader:
        assert [w.title for w in reader.workshops.all()] == ["Avant"]


def test_a_database_replaced_under_its_name_stops_the_writing(
    db_path: Path, tmp_path: Path
) -> None:
    """When another program puts another file in the database's place, cards typed afterwards
    are not saved into the file nobody sees: the write is refused."""
    store = Store.open(db_path)
    _add_workshop(store, "Avant")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(db_path, copy)
    os.replace(copy, db_path)
    with pytest.raises(DatabaseLost), store.atomic():
        store.organisations.add(Organisation(name="Perdue", kind="association"))
    store.close()


def test_a_held_file_is_refused_in_the_interface_language(db_path: Path) -> None:
    """A file another window holds is refused in French for the French interface, naming the
    process and the computer that hold it; in English for the English one."""
    import socket

    with Store.open(db_path):
        with pytest.raises(DatabaseInUse) as french:
            Store.open(db_path, lang="fr")
        with pytest.raises(DatabaseInUse) as english:
            Store.open(db_path, lang="en")
    holder = f"{os.getpid()} sur {socket.gethostname()}"
    assert str(french.value) == (
        f"{db_path} est déjà ouvert dans une autre fenêtre de Catalyse (processus {holder})"
    )
    assert "already open in another Catalyse window (process" in str(english.value)
    assert "process" not in str(french.value).replace("processus", "")
