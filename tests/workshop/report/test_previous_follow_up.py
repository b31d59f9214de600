"""The report of a workshop that follows another has a section "Suite des engagements
précédents": what became of each earlier commitment, and how often it was reminded."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from workshop.domain.records import Workshop
from workshop.domain.vocabulary import CommitmentStatus
from workshop.ops.alliances import set_commitments_status
from workshop.ops.reminders import Reminded, record_reminders
from workshop.report.data import collect
from workshop.report.document import build_report
from workshop.storage.store import Store


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0,
    reason="pdftotext (poppler-utils) is not installed",
)
def test_the_next_workshops_report_says_what_became_of_the_last_ones_commitments(
    demo_store: Store, tmp_path: Path
) -> None:
    """Two commitments done and one reminded: the section counts the statuses in words and
    lists the reminder; a workshop that follows none has no such section."""
    first = demo_store.workshops.get(demo_store.demo_id)
    done = demo_store.commitments.of_workshop(first.id)[:2]
    set_commitments_status(demo_store, [c.id for c in done], CommitmentStatus.REALISE)
    record_reminders(demo_store, [Reminded(done[0].id, "Louise Roux")], made_at=dt.datetime.now())
    second = demo_store.workshops.add(
        Workshop(title="Point d'étape", date=dt.date(2027, 3, 4), previous_workshop_id=first.id)
    )
    out = tmp_path / "suite.pdf"
    build_report(collect(demo_store, second.id), out)
    text = " ".join(_text(out).split())
    assert "Suite des engagements précédents" in text
    assert f"« {first.title.split(' :')[0]}" in text
    realised = sum(
        c.status == CommitmentStatus.REALISE for c in demo_store.commitments.of_workshop(first.id)
    )
    assert f"{realised} réalisés" in text
    assert done[0].description.split()[0] in text
    alone = tmp_path / "alone.pdf"
    build_report(collect(demo_store, first.id), alone)
    assert "Suite des engagements précédents" not in _text(alone)


def test_the_editable_report_has_the_same_section(demo_store: Store, tmp_path: Path) -> None:
    """The Word version of the follow-up workshop's report carries the same section."""
    import docx

    from workshop.report.editable import write_editable_report

    first = demo_store.workshops.get(demo_store.demo_id)
    second = demo_store.workshops.add(Workshop(title="Suite", previous_workshop_id=first.id))
    out = tmp_path / "suite.docx"
    write_editable_report(collect(demo_store, second.id), out, lang="fr", contacts=False)
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Suite des engagements précédents" in headings
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert demo_store.commitments.of_workshop(first.id)[0].description in cells
