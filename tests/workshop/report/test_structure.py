"""The report's structure as a reader meets it: page 1 the summary, working bookmarks and a
clickable table of contents, sections only with content, headings that stay with what follows
and come back with '(suite)', tables within the margins, and a main report of a large
workshop of at most 20 pages before its appendices."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reportlab.platypus import KeepTogether, Paragraph, Table

from tests.workshop.report.conftest import page_count, printed_texts
from tools.report_sample import make_large_workshop
from workshop.domain.records import CHECKED_IN_BY_PHONE, Decision, DecisionId
from workshop.ops.live import PHONE_NOTE
from workshop.report.data import ReportData, collect
from workshop.report.document import CONTENT_WIDTH, Writer, build_report
from workshop.report.flow import ReportTable
from workshop.report.styles import data_table
from workshop.storage.store import Store


def _pdf(data: ReportData, **options: Any) -> bytes:
    out = io.BytesIO()
    build_report(data, out, **options)
    return out.getvalue()


def _write(tmp_path: Path, data: ReportData, **options: Any) -> Path:
    path = tmp_path / "r.pdf"
    path.write_bytes(_pdf(data, **options))
    return path


def _pages(path: Path) -> list[str]:
    """Each page's text (pdftotext, reading order), every space made plain."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [p.replace("\u00a0", " ").replace("\u202f", " ") for p in text.split("\f")]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _outline(path: Path) -> list[tuple[int, str, int]]:
    """(level, title, page) of every outline entry, in order, read by qpdf."""
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed")
    result = subprocess.run(
        ["qpdf", "--json", "--json-key=outlines", str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    entries: list[tuple[int, str, int]] = []

    def walk(items: list[dict[str, Any]], level: int) -> None:
        for item in items:
            entries.append((level, item["title"], item["destpageposfrom1"]))
            walk(item.get("kids", []), level + 1)

    walk(json.loads(result.stdout)["outlines"], 0)
    return entries


# Navigation and metadata ---------------------------------------------------------------------


def test_bookmarks_point_to_the_pages_of_their_sections(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """The outline's entries open the pages their sections start on (they all opened page 1)."""
    path = _write(tmp_path, demo_data)
    outline = _outline(path)
    pages = _pages(path)
    titles = [title for _, title, _ in outline]
    assert titles[0] == "Synthèse" and "Alliances" in titles and "Annexes" in titles
    assert len({page for _, _, page in outline}) >= 5
    for _, title, page in outline[1:]:
        if title != "Annexes":
            assert _flat(title) in _flat(pages[page - 1]), title
    numbers = [page for _, _, page in outline]
    assert numbers == sorted(numbers)


def test_table_of_contents_gives_each_sections_page_and_links_to_it(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """Page 2 lists the sections with the pages the outline gives, each line a link."""
    path = _write(tmp_path, demo_data)
    contents = _flat(_pages(path)[1])
    assert contents.startswith("Compte rendu d'atelier Sommaire")
    for _, title, page in _outline(path):
        assert re.search(re.escape(_flat(title)) + r"\s+" + str(page) + r"\b", contents), title
    assert path.read_bytes().count(b"/Subtype /Link") >= len(_outline(path))


def test_pdf_is_dated_on_the_workshop_day_and_stays_reproducible(demo_data: ReportData) -> None:
    """The PDF's creation date is the workshop's (not 1 January 2000), and two builds match."""
    pdf = _pdf(demo_data)
    assert b"/CreationDate (D:20261126" in pdf and b"D:2000" not in pdf
    assert pdf == _pdf(demo_data)
    assert b"/Lang (fr-FR)" in pdf and b"/Author (Claire Fontaine)" in pdf


# Page 1 ----------------------------------------------------------------------------------------


def test_page_one_counts_phone_check_ins_among_the_people_present(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """People who checked in from their phone are counted, and said to be, on page 1."""
    present = [a for a in demo_data.attendance if a.present][:5]
    attendance = tuple(
        dataclasses.replace(a, checked_in_via=CHECKED_IN_BY_PHONE) if a in present else a
        for a in demo_data.attendance
    )
    data = dataclasses.replace(demo_data, attendance=attendance)
    first = _flat(_pages(_write(tmp_path, data))[0])
    assert "38 personnes présentes, dont 5 depuis un téléphone, sur 44 inscrites" in first


def test_page_one_gives_the_decisions_and_the_next_meeting(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """The decisions (what, who, by when) and the next meeting are on the summary."""
    workshop = dataclasses.replace(
        demo_data.workshop,
        next_meeting_date=dt.date(2027, 1, 15),
        next_meeting_place="Mairie de Saint-Aubin",
    )
    decisions = (
        Decision(
            id=DecisionId(1),
            workshop_id=workshop.id,
            text="Écrire la convention de la légumerie",
            owner="Ville de Lise",
            due_date=dt.date(2027, 2, 1),
        ),
    )
    data = dataclasses.replace(demo_data, workshop=workshop, decisions=decisions)
    summary = _flat(" ".join(printed_texts(Writer(data, "fr", False).summary())))
    summary = summary.replace("\u00a0", " ")
    assert "Décisions et suites" in summary
    assert "Écrire la convention de la légumerie" in summary
    assert "Ville de Lise 01/02/2027" in summary
    assert "Prochain rendez-vous 15 janvier 2027, Mairie de Saint-Aubin" in summary
    pages = _pages(_write(tmp_path, data))
    assert "Écrire la convention" in pages[0] + pages[1]


def test_sections_with_nothing_to_say_are_left_out(demo_data: ReportData) -> None:
    """Without decisions, next meeting, clusters or votes, their headings are not printed."""
    data = dataclasses.replace(demo_data, clusters=(), votes={})
    texts = " ".join(printed_texts(Writer(data, "fr", False).flowables()))
    for absent in ("Décisions et suites", "Prochain rendez-vous", "Regroupements", "Aucun"):
        assert absent not in texts, absent
    assert "Les contributions les plus votées" not in texts


# Commitments -----------------------------------------------------------------------------------


def test_a_pledge_from_a_phone_is_marked_not_annotated(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """A commitment typed on a phone prints '☎', not "(Proposé depuis un téléphone)"."""
    first = dataclasses.replace(demo_data.commitments[0], note=PHONE_NOTE[0])
    data = dataclasses.replace(demo_data, commitments=(first, *demo_data.commitments[1:]))
    text = _flat(" ".join(_pages(_write(tmp_path, data))))
    assert "depuis un téléphone)" not in text and "Proposé depuis" not in text
    assert "☎" in text


def test_a_commitment_without_quantity_prints_its_resource_alone(demo_data: ReportData) -> None:
    """With no quantity, the resource is printed once, and in English after 'Financial:' no
    space comes before the colon."""
    first = dataclasses.replace(demo_data.commitments[0], quantity=None)
    data = dataclasses.replace(demo_data, commitments=(first, *demo_data.commitments[1:]))
    kind = first.resource_kind.label("fr")
    texts = _flat(" ".join(printed_texts(Writer(data, "fr", False).alliances())))
    assert f"— {kind} Confirmé" in texts or f"— {kind}" in texts
    assert f"{kind} : {kind}" not in texts
    english = _flat(" ".join(printed_texts(Writer(demo_data, "en", False).alliances())))
    assert "Financial: €4,500 confirmed" in english.replace("\u00a0", " ")
    assert " : " not in english


# Layout ----------------------------------------------------------------------------------------


def _tables(flowables: list[Any]) -> Iterator[Table]:
    for flowable in flowables:
        if isinstance(flowable, Table):
            yield flowable
        elif isinstance(flowable, KeepTogether):
            yield from _tables(flowable._content)


def test_tables_end_at_the_right_margin(demo_data: ReportData) -> None:
    """Every table's columns add up to the frame's inner width at most (they overran it by
    about 6 points)."""
    tables = list(_tables(Writer(demo_data, "fr", True).flowables()))
    assert len(tables) > 5
    for table in tables:
        assert sum(table._colWidths) <= CONTENT_WIDTH + 0.01, table


def _split_table(rows: int, height: float) -> list[Any]:
    table = ReportTable.adopt(
        data_table(
            ["Organisation", "Nom"], [["", f"Personne {i}"] for i in range(rows)], [200, 281]
        ),
        groups=["Mairie"] * rows,
        continued=lambda name: Paragraph(f"{name} (suite)"),
    )
    table.wrap(CONTENT_WIDTH, 10_000)
    return table.split(CONTENT_WIDTH, height)


def test_a_table_never_leaves_one_row_alone_at_a_page_bottom() -> None:
    """Room for the header and one row: the table goes whole to the next page."""
    header_and_one_row = 2 * 20.0
    assert _split_table(10, header_and_one_row) == []
    parts = _split_table(10, 5 * 20.0)
    assert len(parts) == 2 and len(parts[0]._cellvalues) >= 3


def test_a_group_continued_on_the_next_page_is_named_again() -> None:
    """The organisation whose people go on to the next page opens it with '(suite)'."""
    parts = _split_table(30, 8 * 20.0)
    continued = parts[1]._cellvalues[1][0]
    assert isinstance(continued, Paragraph) and continued.getPlainText() == "Mairie (suite)"
    assert parts[0]._cellvalues[1][0] == ""  # the table printed first is left as it was


# The large sample --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ReportData, Path]]:
    """The large sample (120 people, 1,000 cards, 15 alliances, 300 commitments), built once."""
    store = Store.open(tmp_path_factory.mktemp("large") / "large.sqlite")
    data = collect(store, make_large_workshop(store).id)
    path = tmp_path_factory.mktemp("large-pdf") / "large.pdf"
    path.write_bytes(_pdf(data))
    yield data, path
    store.close()


def test_large_main_report_is_at_most_twenty_pages(large: tuple[ReportData, Path]) -> None:
    """Summary to participants of a large workshop: 20 pages at most; the cards are in the
    appendices (where the outline's 'Annexes' points)."""
    _, path = large
    outline = _outline(path)
    appendix = next(page for level, title, page in outline if title == "Annexes")
    assert appendix - 1 <= 20
    assert page_count(path.read_bytes()) > appendix


def test_an_alliance_continued_on_the_next_page_keeps_its_heading(
    large: tuple[ReportData, Path],
) -> None:
    """A page an alliance goes on to opens with its name and '(suite)', then the partner's
    row (with '(suite)' when its commitments go on)."""
    _, path = large
    pages = [_flat(p) for p in _pages(path)]
    continued = [p for p in pages if re.match(r"Compte rendu d'atelier \d+\. .* \(suite\)", p)]
    assert len(continued) >= 5
    roles = "pilote|partenaire|financeur|soutien|catalyseur"
    partner_continued = re.compile(rf"\(suite\) [^·]+ · ({roles}) · [^·]+ \(suite\)")
    assert any(partner_continued.search(p) for p in continued)


def test_no_page_ends_with_a_heading(large: tuple[ReportData, Path]) -> None:
    """An alliance's or a section's heading is never the last line of a page."""
    data, path = large
    headings = {f"{n}. {a.name}" for n, a in enumerate(data.alliances, start=1)}
    headings |= {"Le tableau", "Les zones", "Regroupements", "Participants par organisation"}
    layout = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    for number, page in enumerate(layout.split("\f")[:-1], start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = lines[:-1]  # the footer's line
        assert body and body[-1] not in headings, (number, body[-1])
