"""The sign-in sheet PDF lists everyone registered, escapes user text and is reproducible."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from workshop.domain.records import Organisation, Person
from workshop.queries.registry import attendance_rows
from workshop.report.signin_sheet import build_signin_sheet, write_signin_sheet


def pdf_text(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages"))
    )


def page_texts(path: Path) -> list[str]:
    """Each page's text, its lines joined (a sentence may wrap)."""
    return [
        " ".join(
            subprocess.run(
                ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
        )
        for page in range(1, pdf_pages(path) + 1)
    ]


needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="pdftotext and pdfinfo (poppler-utils) read the PDF's text",
)


def test_sheet_lists_every_registered_person_with_page_numbers(
    demo_store: Any, tmp_path: Path
) -> None:
    """Each registered person's name and organisation is printed, with "page x / y" footers."""
    out = tmp_path / "sheet.pdf"
    count = write_signin_sheet(demo_store, demo_store.demo_id, out)
    assert count == 44
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    text = pdf_text(out)
    if text is None:
        assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 2
        return
    for row in attendance_rows(demo_store, demo_store.demo_id):
        assert row.person.first_name in text
    pages = pdf_pages(out)
    assert pages >= 2 and f"page 1 / {pages}" in text and "Signature" in text


def test_markup_in_names_prints_literally(store: Any, tmp_path: Path) -> None:
    """A name written as HTML prints as typed, and two builds are byte-identical."""
    from workshop.domain.records import Workshop

    workshop = store.workshops.add(Workshop(title="<b>Atelier</b> & co"))
    organisation = store.organisations.add(Organisation(name='<img src="x"> Dupont & Fils'))
    person = store.people.add(
        Person(first_name="<i>Zoé</i>", last_name="Ünal", organisation_id=organisation.id)
    )
    store.attendance.register(workshop.id, [person.id])
    rows = attendance_rows(store, workshop.id)
    first, second = io.BytesIO(), io.BytesIO()
    build_signin_sheet(workshop, rows, first)
    build_signin_sheet(workshop, rows, second)
    assert first.getvalue() == second.getvalue()
    out = tmp_path / "sheet.pdf"
    out.write_bytes(first.getvalue())
    text = pdf_text(out)
    if text is not None:
        text = " ".join(text.split())  # a name may wrap inside its cell
        assert '<img src="x"> Dupont & Fils' in text
        assert "<i>Zoé</i>" in text and "<b>Atelier</b> & co" in text


def test_huge_names_do_not_break_the_sheet(store: Any, tmp_path: Path) -> None:
    """A 100,000-character organisation name is cut, and the sheet still builds."""
    from workshop.domain.records import Workshop

    workshop = store.workshops.add(Workshop(title="Atelier " * 2000))
    organisation = store.organisations.add(Organisation(name="Très longue structure " * 5000))
    people = [
        store.people.add(
            Person(first_name="Ana", last_name=f"N{i}", organisation_id=organisation.id)
        )
        for i in range(30)
    ]
    store.attendance.register(workshop.id, [p.id for p in people])
    out = tmp_path / "sheet.pdf"
    assert write_signin_sheet(store, workshop.id, out) == 30
    assert out.read_bytes().startswith(b"%PDF")


@needs_poppler
def test_every_page_says_who_keeps_the_sheet_and_how_to_have_data_erased(
    demo_store: Any, tmp_path: Path
) -> None:
    """Each page (passed round on its own) names who keeps it, what for, and how to erase."""
    out = tmp_path / "sheet.pdf"
    write_signin_sheet(demo_store, demo_store.demo_id, out)
    facilitator = demo_store.workshops.get(demo_store.demo_id).facilitator
    texts = page_texts(out)
    assert len(texts) >= 2
    for text in texts:
        assert f"Données personnelles : cette feuille est conservée par {facilitator}" in text
        assert f"faire effacer vos données, adressez-vous à {facilitator}" in text
        assert "Accord photo : cochez la case si vous acceptez" in text


@needs_poppler
def test_each_row_has_a_photo_consent_box_to_tick(store: Any, tmp_path: Path) -> None:
    """A photo-consent column with one box per person and per blank row, in French or English."""
    from workshop.domain.records import Workshop

    workshop = store.workshops.add(Workshop(title="Atelier"))  # no facilitator named
    people = [store.people.add(Person(first_name="Ana", last_name=f"N{i}")) for i in range(3)]
    store.attendance.register(workshop.id, [p.id for p in people])
    out = tmp_path / "sheet.pdf"
    write_signin_sheet(store, workshop.id, out)
    (text,) = page_texts(out)
    assert "Accord photo" in text and text.count("\u2610") == 3 + 5  # people and blank rows
    assert "conservée par l'équipe d'animation de l'atelier" in text
    write_signin_sheet(store, workshop.id, out, "en")
    (text,) = page_texts(out)
    assert "Photo consent" in text and text.count("\u2610") == 8
    assert "kept by the workshop's facilitators" in text and "have your data erased" in text
