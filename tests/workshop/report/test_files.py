"""write_report_file: the Report screen's export, PDF or DOCX by the file's suffix."""

from __future__ import annotations

import stat
from pathlib import Path

import docx
import pytest

from workshop.errors import CatalyseError
from workshop.report.data import ReportData
from workshop.report.files import write_report_file


def test_the_suffix_chooses_the_format(demo_data: ReportData, tmp_path: Path) -> None:
    """'.pdf' gives a PDF and '.docx' a Word document (whatever the case), both private."""
    folder = tmp_path / "exports"
    folder.mkdir()
    pdf = write_report_file(demo_data, folder / "cr.pdf", lang="fr", contacts=False)
    editable = write_report_file(demo_data, folder / "cr.Docx", lang="fr", contacts=False)
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert docx.Document(str(editable)).core_properties.language == "fr-FR"
    for path in (pdf, editable):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["cr.Docx", "cr.pdf"]  # no temporary


@pytest.mark.parametrize(
    ("name", "expected"),
    [("cr.odt", "LibreOffice Writer"), ("cr.txt", ".pdf ou un .docx")],
)
def test_another_suffix_is_refused_in_the_users_language(
    demo_data: ReportData, tmp_path: Path, name: str, expected: str
) -> None:
    """An .odt (or any other suffix) is refused with a French message, the file left as it was."""
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / name
    target.write_bytes(b"avant")
    with pytest.raises(CatalyseError, match=expected):
        write_report_file(demo_data, target, lang="fr", contacts=False)
    assert target.read_bytes() == b"avant"
    assert [p.name for p in folder.iterdir()] == [name]
