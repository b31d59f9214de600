"""`catalyse report -o FILE`: the suffix chooses the PDF or the editable DOCX; anything else
exits 2 with one line and leaves the file there as it was."""

from __future__ import annotations

import stat
from pathlib import Path

import docx
import pytest

from workshop.cli import main


@pytest.fixture
def demo_db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["demo", "--db", str(db_path)]) == 0
    capsys.readouterr()
    return db_path


def _refused(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(args) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and error[0].startswith("catalyse: error: ")
    return error[0]


def test_a_docx_output_is_the_editable_report(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-o r.docx` writes a Word document of the report (in English with --lang en), private,
    and prints its path."""
    out = tmp_path / "r.docx"
    assert main(["report", "--db", str(demo_db), "-o", str(out), "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    document = docx.Document(str(out))
    titles = [p.text for p in document.paragraphs if p.style and p.style.name == "Heading 1"]
    assert titles[:2] == ["Alliances", "The board"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".catalyse-*"))  # no temporary file left


def test_a_docx_output_with_an_upper_case_suffix_is_a_docx_too(
    demo_db: Path, tmp_path: Path
) -> None:
    """`RAPPORT.DOCX` is a Word document, not a PDF."""
    out = tmp_path / "RAPPORT.DOCX"
    assert main(["report", "--db", str(demo_db), "-o", str(out)]) == 0
    assert out.read_bytes()[:2] == b"PK"


def test_odt_is_refused_with_the_way_to_get_one(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-o r.odt` exits 2 with one line naming .docx (which Writer saves as .odt); a file
    already there is left byte for byte."""
    out = tmp_path / "r.odt"
    out.write_bytes(b"mon document")
    line = _refused(["report", "--db", str(demo_db), "-o", str(out)], capsys)
    assert ".docx" in line and ".odt" in line
    assert out.read_bytes() == b"mon document"


def test_an_unknown_suffix_names_both_formats(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-o r.txt` exits 2: the message names .pdf and .docx, and the file is untouched."""
    out = tmp_path / "r.txt"
    out.write_text("notes")
    line = _refused(["report", "--db", str(demo_db), "-o", str(out)], capsys)
    assert ".pdf" in line and ".docx" in line
    assert out.read_text() == "notes"


def test_a_database_named_docx_is_never_overwritten(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The database itself, reached through a .docx link, is refused and unchanged."""
    before = demo_db.read_bytes()
    link = tmp_path / "lien.docx"
    link.symlink_to(demo_db)
    _refused(["report", "--db", str(demo_db), "-o", str(link)], capsys)
    assert demo_db.read_bytes() == before


def test_a_failed_build_leaves_the_previous_docx(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When writing the document fails, one error line, and the .docx already there is kept."""
    import workshop.cli.report

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workshop.cli.report, "write_editable_report", fail)
    monkeypatch.delenv("CATALYSE_DEBUG", raising=False)
    out = tmp_path / "r.docx"
    out.write_bytes(b"previous")
    _refused(["report", "--db", str(demo_db), "-o", str(out)], capsys)
    assert out.read_bytes() == b"previous"
    assert not list(tmp_path.glob(".catalyse-*"))
