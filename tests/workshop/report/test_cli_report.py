"""`catalyse report`: the PDF from the command line, with clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workshop.report.conftest import pdf_text
from workshop.cli import main
from workshop.domain.records import Workshop
from workshop.storage.store import Store


def test_report_of_the_only_workshop(
    demo_store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With one workshop in the database, --workshop may be left out."""
    demo_store.close()
    out = tmp_path / "rapport.pdf"
    assert main(["report", "--db", str(db_path), "-o", str(out), "--lang", "en"]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert "Who came" in pdf_text(out)
    assert capsys.readouterr().out.strip() == str(out)


def test_unknown_workshop_exits_2_with_one_line(
    demo_store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown id exits 2 with one line and writes nothing."""
    demo_store.close()
    out = tmp_path / "r.pdf"
    assert main(["report", "--db", str(db_path), "--workshop", "999", "-o", str(out)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "999" in error
    assert not out.exists()


def test_two_workshops_need_an_id_and_partner_sheets_go_to_a_folder(
    demo_store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With two workshops --workshop is required; --partner-sheets writes one PDF per partner."""
    demo_store.workshops.add(Workshop(title="Deuxième atelier"))
    demo_id = demo_store.demo_id  # type: ignore[attr-defined]
    demo_store.close()
    out = tmp_path / "r.pdf"
    assert main(["report", "--db", str(db_path), "-o", str(out)]) == 2
    assert "--workshop" in capsys.readouterr().err
    sheets = tmp_path / "fiches"
    args = ["report", "--db", str(db_path), "--workshop", str(demo_id), "--partner-sheets"]
    assert main([*args, str(sheets), "--contacts", "-o", str(out)]) == 0
    assert len(list(sheets.glob("*.pdf"))) > 3 and out.exists()


def test_output_must_be_a_pdf(demo_store: Store, db_path: Path, tmp_path: Path) -> None:
    """-o must name a .pdf file; a missing folder is a clear error, not a traceback."""
    demo_store.close()
    assert main(["report", "--db", str(db_path), "-o", str(tmp_path / "r.txt")]) == 2
    assert main(["report", "--db", str(db_path), "-o", str(tmp_path / "no" / "r.pdf")]) == 2


def test_a_layout_failure_is_one_line(
    demo_store: Store,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whatever fails while the PDF is laid out, the command prints one 'catalyse: error:' line."""
    from reportlab.platypus.doctemplate import LayoutError

    import workshop.cli.report

    def fail(*args: object, **kwargs: object) -> None:
        raise LayoutError("Flowable <Table> with cell(0,0) containing\n'" + "x" * 5000 + "'")

    monkeypatch.setattr(workshop.cli.report, "build_report", fail)
    monkeypatch.delenv("CATALYSE_DEBUG", raising=False)
    demo_store.close()
    out = tmp_path / "r.pdf"
    assert main(["report", "--db", str(db_path), "-o", str(out)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("catalyse: error: ") and error.count("\n") == 1
    assert len(error) < 500
    assert not out.exists()
