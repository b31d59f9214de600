"""The stakeholder commands: import, export stakeholders, person export/erase, purge."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.domain.records import Person
from workshop.storage.store import Store

SAMPLES = Path(__file__).parent.parent / "importing" / "samples"


def test_import_prints_counts_then_rejected_rows(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`catalyse import` prints what it created and each rejected row as "ligne N : raison"."""
    assert main(["import", str(SAMPLES / "helloasso_participants.csv"), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "personnes : 3 créées, 0 mises à jour, 0 inchangées"
    assert out[1] == "structures : 3 créées, 0 mises à jour, 0 inchangées"
    assert out[-1] == "ligne 4 : adresse e-mail invalide « pas-une-adresse »"
    assert main(["import", str(SAMPLES / "helloasso_participants.csv"), "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.startswith("personnes : 0 créées, 0 mises à jour, 3 inchangées")


def test_import_registers_for_a_workshop(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With --workshop, the imported people are registered for the demo workshop (the row
    with a formula-looking job title is left out)."""
    assert main(["demo", "--db", str(db_path)]) == 0
    workshop_id = int(capsys.readouterr().out)
    with Store.open(db_path) as store:
        before = len(store.attendance.of_workshop(workshop_id))  # type: ignore[arg-type]
    args = ["import", str(SAMPLES / "eventbrite_attendees.csv"), "--db", str(db_path)]
    assert main([*args, "--workshop", str(workshop_id)]) == 0
    assert "inscriptions à l'atelier : 3" in capsys.readouterr().out
    with Store.open(db_path) as store:
        assert len(store.attendance.of_workshop(workshop_id)) == before + 3  # type: ignore[arg-type]


def test_unreadable_file_and_unknown_workshop_exit_2_with_one_line(
    db_path: Path, tmp_path: Path
) -> None:
    """A binary file or an unknown workshop: exit 2, one line, and the database is untouched."""
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    command = [sys.executable, "-m", "ui.launcher", "import", str(binary), "--db", str(db_path)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "catalyse: error: photo.csv is not a text file nor a spreadsheet"
    ]
    assert not db_path.exists()
    sample = str(SAMPLES / "eventbrite_attendees.csv")
    command = [sys.executable, "-m", "ui.launcher", "import", sample, "--db", str(db_path)]
    done = subprocess.run(
        [*command, "--workshop", "42"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr.strip() == "catalyse: error: no workshop with id 42"
    with Store.open(db_path) as store:
        assert store.people.count() == 0


def test_export_stakeholders_neutralises_formulas(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A job title "=HYPERLINK(…)" in the registry is written as text, behind a quote."""
    main(["import", str(SAMPLES / "eventbrite_attendees.csv"), "--db", str(db_path)])
    with Store.open(db_path) as store:  # the import leaves such a cell out; typed by hand
        store.people.add(Person(first_name="Léa", last_name="Nguyen", title='=HYPERLINK("x")'))
    out = tmp_path / "annuaire.csv"
    assert main(["export", "stakeholders", "-o", str(out), "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.strip().endswith(f"écrites dans {out}")
    text = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text
    assert (
        main(["export", "stakeholders", "-o", str(tmp_path / "a.pdf"), "--db", str(db_path)]) == 2
    )


def test_person_export_erase_and_purge(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A person's data is exported to JSON, then erased; erasing again is an error."""
    main(["import", str(SAMPLES / "google_forms_inscriptions.csv"), "--db", str(db_path)])
    with Store.open(db_path) as store:
        anne = store.people.by_email("anne.girard@cc-valdelise.fr")
    assert anne is not None
    capsys.readouterr()
    out = tmp_path / "anne.json"
    assert main(["person", "export", str(anne.id), "-o", str(out), "--db", str(db_path)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["first_name"] == "Anne"
    assert main(["person", "erase", str(anne.id), "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.splitlines()[-3] == "personnes effacées : 1"
    assert main(["person", "erase", str(anne.id), "--db", str(db_path)]) == 2
    assert f"no person with id {anne.id}" in capsys.readouterr().err
    assert main(["purge", "--dry-run", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.strip() == (
        "0 personne à effacer (pas vues depuis plus de 3 ans)"
    )
    assert main(["purge", "--years", "zero", "--db", str(db_path)]) == 2


def test_erasure_warns_that_earlier_backups_still_hold_the_person(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """After a backup, erasing someone says that backup still holds their data."""
    from workshop.backup import take_backup

    main(["import", str(SAMPLES / "google_forms_inscriptions.csv"), "--db", str(db_path)])
    with Store.open(db_path) as store:
        anne = store.people.by_email("anne.girard@cc-valdelise.fr")
        take_backup(store)
    assert anne is not None
    capsys.readouterr()
    assert main(["person", "erase", str(anne.id), "--db", str(db_path)]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("1 sauvegarde antérieure les contient encore")
