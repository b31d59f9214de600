"""`catalyse remind`: one draft per partner concerned, read back by any mail program, each
reminder recorded on its commitments; bad input refused in one line."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import stat
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.domain.vocabulary import CommitmentStatus
from workshop.storage.store import Store


def _demo_due_near_today(db_path: Path) -> dict[str, set[str]]:
    """The demo with its due dates moved around today (one overdue, the others within 20 days,
    one in 90 days); returns, per partner organisation due within 30 days, its recipients'
    addresses."""
    assert main(["demo", "--db", str(db_path)]) == 0
    today = dt.date.today()
    expected: dict[str, set[str]] = {}
    with Store.open(db_path) as store:
        commitments = store.commitments.all()
        for n, commitment in enumerate(commitments):
            days = 90 if n == len(commitments) - 1 else (n % 21) - 1  # -1 … 19, then 90
            store.db.execute(
                "UPDATE commitments SET due_date = ? WHERE id = ?",
                [(today + dt.timedelta(days=days)).isoformat(), commitment.id],
            )
        for commitment in store.commitments.all():
            open_ = commitment.status in (CommitmentStatus.PROPOSE, CommitmentStatus.CONFIRME)
            assert commitment.due_date is not None
            if not open_ or commitment.due_date > today + dt.timedelta(days=30):
                continue
            partner = store.partners.get(commitment.partner_id)
            organisation = store.organisations.get(partner.organisation_id).name
            person_id = commitment.signatory_id or partner.contact_person_id
            address = store.people.get(person_id).email if person_id else ""
            expected.setdefault(organisation, set()).add(address)
    return expected


def test_remind_writes_one_draft_per_partner_concerned(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On the demo with dates near today, `remind --days 30` writes one .eml per partner and
    recipient, which Python's parser reads back with the recipient, a subject and a body naming
    each commitment; the files are private and the reminders are recorded."""
    expected = _demo_due_near_today(db_path)
    out = tmp_path / "out"
    capsys.readouterr()
    assert main(["remind", "--days", "30", "-o", str(out), "--db", str(db_path)]) == 0
    files = sorted(out.glob("*.eml"))
    assert len(files) == sum(len(addresses) for addresses in expected.values())
    assert f"{len(files)} reminders written" in capsys.readouterr().out
    seen: dict[str, set[str]] = {}
    with Store.open(db_path) as store:
        descriptions = {c.description for c in store.commitments.all()}
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            assert message["Subject"].startswith("Relance")
            assert message["X-Unsent"] == "1"
            body = message.get_body(preferencelist=("plain",)).get_content()
            assert "Échéance" in body and any(d in body for d in descriptions if d)
            (sheet,) = list(message.iter_attachments())
            assert sheet.get_filename().endswith(".csv")
            lines = sheet.get_content().splitlines()
            assert lines[0].lstrip("\ufeff").startswith("Réf.;Alliance;Engagement")
            assert len(lines) == 1 + body.count("\n- ")
            to = message["To"].addresses[0].addr_spec if message["To"] else ""
            organisation = next(o for o in expected if o in body)
            seen.setdefault(organisation, set()).add(to)
        assert seen == expected
        recorded = store.reminders.count()
    assert recorded == sum(
        1
        for c in Store.open(db_path).commitments.all()
        if c.status in (CommitmentStatus.PROPOSE, CommitmentStatus.CONFIRME)
        and c.due_date is not None
        and c.due_date <= dt.date.today() + dt.timedelta(days=30)
    )


def test_remind_in_english_and_nothing_due(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In English the drafts say "Reminder" and "Due"; with nothing due, no file is written."""
    _demo_due_near_today(db_path)
    assert (
        main(
            [
                "remind",
                "--days",
                "0",
                "--lang",
                "en",
                "-o",
                str(tmp_path / "en"),
                "--db",
                str(db_path),
            ]
        )
        == 0
    )
    message = email.message_from_bytes(
        next((tmp_path / "en").glob("*.eml")).read_bytes(), policy=email.policy.default
    )
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert message["Subject"].startswith("Reminder") and "Due: " in body
    assert "one day overdue" in body or "(today)" in body
    with Store.open(db_path) as store:
        store.db.execute("UPDATE commitments SET due_date = '2099-01-01'")
    capsys.readouterr()
    assert main(["remind", "-o", str(tmp_path / "none"), "--db", str(db_path)]) == 0
    assert "no open commitment is due" in capsys.readouterr().out
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["--workshop", "999"], "no workshop with id 999"),
        (["--days", "soon"], "not a number of days"),
        (["--days", "-3"], "days must be between"),
    ],
)
def test_remind_refuses_bad_input_in_one_line(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    expected: str,
) -> None:
    """An unknown workshop or a bad number of days: exit 2, one line, nothing written."""
    _demo_due_near_today(db_path)
    capsys.readouterr()
    out = tmp_path / "out"
    assert main(["remind", *arguments, "-o", str(out), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("catalyse: error: ") and expected in err and err.count("\n") == 1
    assert not out.exists()


def test_remind_refuses_a_folder_that_is_a_file(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-o naming a file: exit 2 with one line, and the file is left byte for byte."""
    _demo_due_near_today(db_path)
    target = tmp_path / "notes.txt"
    target.write_bytes(b"mes notes\n")
    capsys.readouterr()
    assert main(["remind", "-o", str(target), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert err == f"catalyse: error: {target} is not a folder\n"
    assert target.read_bytes() == b"mes notes\n"
    with Store.open(db_path) as store:
        assert store.reminders.count() == 0
