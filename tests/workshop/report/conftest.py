"""Fixtures for the report tests: the demo's report data and a medium synthetic workshop."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tools.report_sample import make_large_workshop
from workshop.report.data import ReportData, collect
from workshop.storage.store import Store


@pytest.fixture
def demo_data(demo_store: Store) -> ReportData:
    return collect(demo_store, demo_store.demo_id)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def medium_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A workshop big enough for tables to span pages, with the hard names and texts in it."""
    store = Store.open(tmp_path_factory.mktemp("medium") / "medium.sqlite")
    store.medium_id = make_large_workshop(  # type: ignore[attr-defined]
        store, people=60, organisations=30, cards=120, alliances=6, commitments=90
    ).id
    yield store
    store.close()


@pytest.fixture(scope="module")
def medium_data(medium_store: Store) -> ReportData:
    return collect(medium_store, medium_store.medium_id)  # type: ignore[attr-defined]


def page_count(pdf: bytes) -> int:
    """Pages of a PDF written by reportlab, counted from its page objects (no PDF library)."""
    return len(re.findall(rb"/Type /Page[^s]", pdf))


def pdf_text(path: Path) -> str:
    """The PDF's text through poppler's pdftotext; the test is skipped where it is missing."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def qpdf_check(path: Path) -> None:
    """qpdf finds no structural error; skipped where qpdf is missing."""
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed")
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def printed_texts(flowables: list[object]) -> list[str]:
    """Every text the flowables print, as printed (Paragraph fragments, table cells, drawings).

    Pure Python: walks the flowables given to reportlab, so no PDF text extractor is needed.
    """
    from reportlab.graphics.shapes import Drawing, Group, String
    from reportlab.platypus import KeepTogether, Paragraph, Table

    texts: list[str] = []

    def walk(item: object) -> None:
        if isinstance(item, str):  # a cell's lines, joined as a Paragraph's fragments are
            texts.append(item.replace("\n", ""))
        elif isinstance(item, Paragraph):
            texts.append("".join(getattr(frag, "text", "") for frag in item.frags))
        elif isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    for part in cell if isinstance(cell, list | tuple) else [cell]:
                        walk(part)
        elif isinstance(item, KeepTogether):
            for part in item._content:
                walk(part)
        elif isinstance(item, Drawing | Group):
            for node in item.contents:
                walk(node)
        elif isinstance(item, String):
            texts.append(item.text)

    for flowable in flowables:
        walk(flowable)
    return texts


@pytest.fixture(scope="module")
def medium_pdf(medium_data: ReportData, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The medium workshop's report, with contacts, built once for the module."""
    from workshop.report.document import build_report

    path = tmp_path_factory.mktemp("medium-pdf") / "medium.pdf"
    build_report(medium_data, path, contacts=True)
    return path
