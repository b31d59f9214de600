"""Handing a workshop over: `catalyse share export` then `share import` into another database
(created, matched, updated), twice without change, undone as one; bad bundles refused."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from workshop import ops
from workshop.cli import main
from workshop.domain.records import Organisation
from workshop.domain.vocabulary import OrganisationKind
from workshop.importing.share import import_share, read_bundle
from workshop.storage.store import Store

COUNTED = ("workshops", "organisations", "people", "cards", "alliances", "partners", "commitments")


def _counts(path: Path) -> dict[str, int]:
    with Store.open(path) as store:
        return {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


@pytest.fixture
def bundle(db_path: Path, tmp_path: Path) -> Path:
    """The demo workshop exported as a bundle (without contacts)."""
    assert main(["demo", "--db", str(db_path)]) == 0
    out = tmp_path / "atelier.catalyse"
    assert main(["share", "export", "-o", str(out), "--db", str(db_path)]) == 0
    return out


def test_a_workshop_moves_to_another_database_whole(
    db_path: Path, bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Imported into an empty database, the workshop arrives with its board, alliances and
    commitments; no e-mail travels without --contacts; the bundle is private to the user."""
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600
    assert "@" not in bundle.read_text(encoding="utf-8")
    other = tmp_path / "other.sqlite"
    capsys.readouterr()
    assert main(["share", "import", str(bundle), "--db", str(other)]) == 0
    said = capsys.readouterr().out
    assert said.startswith("imported ") and "0 matched" in said
    source, target = _counts(db_path), _counts(other)
    assert target == source
    with Store.open(other) as store:
        (workshop,) = store.workshops.all()
        assert workshop.origin and store.board.zones.of_workshop(workshop.id)
        assert all(not p.email for p in store.people.all())
    assert main(["check", "--db", str(other)]) == 0


def test_importing_the_same_bundle_twice_changes_nothing(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The second import finds the workshop it made and writes nothing."""
    other = tmp_path / "other.sqlite"
    assert main(["share", "import", str(bundle), "--db", str(other)]) == 0
    before = _counts(other)
    capsys.readouterr()
    assert main(["share", "import", str(bundle), "--db", str(other)]) == 0
    assert "already imported" in capsys.readouterr().out
    assert _counts(other) == before


def test_organisations_are_matched_by_siren_then_name_and_filled_in(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An organisation known here under another spelling (case, accents) is matched, not
    doubled, and gets the SIREN the bundle knows; the dry run says so and writes nothing."""
    data = json.loads(bundle.read_text(encoding="utf-8"))
    first = data["organisations"][0]
    other = tmp_path / "other.sqlite"
    with Store.open(other) as store:
        kind = OrganisationKind(first["kind"])
        store.organisations.add(Organisation(name=first["name"].upper(), kind=kind))
    data["organisations"][0]["siren"] = "123456789"
    bundle.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert main(["share", "import", str(bundle), "--dry-run", "--db", str(other)]) == 0
    said = capsys.readouterr().out
    assert "0 matched, 1 updated" in said and _counts(other)["workshops"] == 0
    assert main(["share", "import", str(bundle), "--db", str(other)]) == 0
    with Store.open(other) as store:
        known = store.organisations.find("siren = '123456789'")
        assert len(known) == 1 and known[0].name == first["name"].upper()
        assert store.organisations.count() == len(data["organisations"])


def test_an_import_is_undone_as_one(bundle: Path, tmp_path: Path) -> None:
    """One undo takes the whole import back, matched records' fills included."""
    other = tmp_path / "other.sqlite"
    with Store.open(other) as store:
        applied = import_share(store, read_bundle(bundle))
        assert store.board.cards.count() > 0
        assert applied.undo is not None
        ops.revert(store, applied.undo)
        assert store.workshops.count() == 0 and store.organisations.count() == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"SQLite format 3\x00 not json", "is not a Catalyse workshop bundle"),
        (b'{"format": "catalyse-workshop", "version": 7}', "comes from a newer Catalyse"),
        (b'{"format": "other", "version": 1}', "is not a Catalyse workshop bundle"),
        (
            b'{"format": "catalyse-workshop", "version": 1, "workshop": {"title": "t"},'
            b' "organisations": [{"id": 1, "name": "x", "kind": "pirate"}]}',
            "is damaged: organisations.kind",
        ),
    ],
)
def test_a_bad_bundle_is_refused_in_one_line_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    """Not a bundle, a newer one, a damaged one: exit 2, one line, the file left as it was and
    the database untouched."""
    path = tmp_path / "x.catalyse"
    path.write_bytes(content)
    other = tmp_path / "other.sqlite"
    assert main(["share", "import", str(path), "--db", str(other)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("catalyse: error: ") and expected in err and err.count("\n") == 1
    assert path.read_bytes() == content
    assert not other.exists() or _counts(other)["workshops"] == 0


def test_contacts_travel_only_with_a_basis(
    db_path: Path, bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--contacts without --basis is refused; with it, e-mails travel and the basis is noted."""
    out = tmp_path / "with.catalyse"
    capsys.readouterr()
    assert main(["share", "export", "--contacts", "-o", str(out), "--db", str(db_path)]) == 2
    assert "--basis" in capsys.readouterr().err and not out.exists()
    arguments = ["share", "export", "--contacts", "--basis", "consent", "-o", str(out)]
    assert main([*arguments, "--db", str(db_path)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["gdpr_basis"] == "consent" and any(p.get("email") for p in data["people"])
