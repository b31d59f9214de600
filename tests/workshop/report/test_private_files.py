"""The documents that hold names are written readable by their owner only, as the database."""

from __future__ import annotations

import stat
from pathlib import Path

from workshop.report.data import ReportData
from workshop.report.document import build_report
from workshop.report.partner_sheets import build_partner_sheets
from workshop.report.signin_sheet import write_signin_sheet
from workshop.storage.store import Store


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_report_partner_sheets_and_sign_in_sheet_are_0600(
    demo_store: Store, demo_data: ReportData, tmp_path: Path
) -> None:
    """The report saved from the Report screen was 0644 (readable by every account of the
    laptop), as were the partner sheets; now each is 0600."""
    report = tmp_path / "compte-rendu.pdf"
    build_report(demo_data, report)
    sheets = build_partner_sheets(demo_data, tmp_path / "fiches")
    signin = tmp_path / "emargement.pdf"
    write_signin_sheet(demo_store, demo_data.workshop.id, signin)
    assert sheets
    for path in (report, signin, *sheets):
        assert _mode(path) == 0o600, path
