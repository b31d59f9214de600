"""The editable report (DOCX): read back with python-docx as Word or LibreOffice Writer would."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import stat
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from workshop.domain.records import CHECKED_IN_BY_PHONE, Organisation
from workshop.domain.vocabulary import CommitmentStatus
from workshop.ops.decisions import add_decision, set_next_meeting
from workshop.report.data import ReportData, collect
from workshop.report.editable import write_editable_report
from workshop.storage.store import Store

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
NASTY = (
    '<b>Dupont & Fils</b> <w:fldSimple w:instr="PAGE"/> { DDEAUTO c:\\\\x } '
    "\x00\x01\x08\x0b\x0c\x1b[31mrouge\x1b[0m \ufffe\ufeff fin"
)
NASTY_SHOWN = '<b>Dupont & Fils</b> <w:fldSimple w:instr="PAGE"/> { DDEAUTO c:\\\\x } rouge'


def blocks(path: Path) -> list[tuple[str, str]]:
    """The body in order: ("Heading 1", text) for a paragraph, ("table", cells joined) for a
    table (rows on lines, cells split by ' | ')."""
    document = docx.Document(str(path))
    found = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            if paragraph.text:
                found.append((paragraph.style.name if paragraph.style else "", paragraph.text))
        elif tag == "tbl":
            table = Table(element, document)
            text = "\n".join(" | ".join(c.text for c in row.cells) for row in table.rows)
            found.append(("table", text))
    return found


def headings(path: Path, level: int) -> list[str]:
    return [text for style, text in blocks(path) if style == f"Heading {level}"]


def all_text(path: Path) -> str:
    return "\n".join(text for _, text in blocks(path))


@pytest.fixture
def demo_docx(demo_data: ReportData, tmp_path: Path) -> Path:
    path = tmp_path / "compte-rendu.docx"
    write_editable_report(demo_data, path, "fr")
    return path


def test_sections_come_in_the_reports_order_as_word_headings(demo_docx: Path) -> None:
    """The summary comes first (question, who came, commitments, alliances), then the alliances,
    the board, the participants and the appendices, as Heading 1/2 styles Word's navigation
    pane lists."""
    assert headings(demo_docx, 1) == [
        "Alliances",
        "Le tableau",
        "Participants par organisation",
        "Annexes",
    ]
    level_2 = headings(demo_docx, 2)
    summary = level_2[: level_2.index("1. Zéro invendu en Val de Lise")]
    assert summary == [
        "La question travaillée",
        "Qui était là",
        "Les engagements",
        "Les alliances formées",
    ]
    assert level_2[-3:] == [
        "Annexe A\u00a0: la carte du territoire",  # the demo's organisations have a commune
        "Annexe B\u00a0: toutes les contributions du tableau",
        "Annexe C\u00a0: couverture des ODD",
    ]
    texts = blocks(demo_docx)
    assert texts[1] == (
        "Title",
        "Alimentation durable en Val de Lise\u00a0: atelier de co-construction",
    )
    first_heading_1 = next(i for i, (style, _) in enumerate(texts) if style == "Heading 1")
    assert any(
        "Financier | 4\u00a0500\u00a0€ | 37\u00a0000\u00a0€" in t
        for _, t in texts[:first_heading_1]
    )


def test_confirmed_and_proposed_totals_are_never_added(demo_docx: Path) -> None:
    """The summary's table has a column for confirmed and one for proposed commitments, and
    4 500 € confirmed beside 37 000 € proposed never becomes 41 500 €."""
    tables = [t for style, t in blocks(demo_docx) if style == "table"]
    totals = next(t for t in tables if t.startswith("Ressource | "))
    lines = totals.splitlines()
    assert lines[0] == "Ressource | Confirmés (7) | Proposés (7)"
    assert "Financier | 4\u00a0500\u00a0€ | 37\u00a0000\u00a0€" in lines
    assert "41\u00a0500" not in all_text(demo_docx)


def test_each_commitment_is_printed_once_with_partner_quantity_due_date_and_status(
    demo_docx: Path,
) -> None:
    """A commitment appears in its alliance's table only, with its partner, resource, quantity
    and unit, due date and status."""
    text = all_text(demo_docx)
    row = (
        "Fonds de dotation Lise Avenir | Financer l'achat de caisses isothermes | Financier"
        " | 4\u00a0500\u00a0€ | 31/03/2027 | Confirmé"
    )
    assert text.count(row) == 1
    assert text.count("Financer l'achat de caisses isothermes") == 1


def test_the_contents_link_to_the_sections_after_the_summary(demo_docx: Path) -> None:
    """A 'Sommaire' after the summary lists the sections and alliances, each a link to a bookmark
    on its heading (Word's TOC field: 'update' adds the page numbers)."""
    texts = blocks(demo_docx)
    start = texts.index(("TOC Heading", "Sommaire"))
    assert texts[start - 1][1].startswith("Alliance | Pilote")  # the summary's last table
    entries = [text for _, text in texts[start + 1 : start + 4]]
    assert entries == ["Alliances", "1. Zéro invendu en Val de Lise", "2. Cantines du Val"]
    with zipfile.ZipFile(demo_docx) as package:
        body = package.read("word/document.xml").decode("utf-8")
    anchors = re.findall(r'<w:hyperlink w:anchor="([^"]+)"', body)
    bookmarks = re.findall(r'<w:bookmarkStart w:id="\d+" w:name="([^"]+)"', body)
    listed = [t for style, t in texts[start:] if style in ("Heading 1", "Heading 2")]
    assert len(anchors) == len(listed) > 5
    assert anchors == bookmarks


def test_tables_repeat_their_header_row_and_keep_rows_whole(demo_docx: Path) -> None:
    """Every table with a header has it repeated on each page it spans, in bold, and no row is
    split across two pages."""
    document = docx.Document(str(demo_docx))
    with_header = 0
    for table in document.tables:
        first = table.rows[0]._tr
        if first.find(qn("w:trPr")) is not None and first.trPr.find(qn("w:tblHeader")) is not None:
            with_header += 1
            assert all(run.bold for cell in table.rows[0].cells for run in cell.paragraphs[0].runs)
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    assert with_header >= 8  # totals, alliances, partners, commitments, zones, votes…


def test_no_email_without_contacts(demo_data: ReportData, tmp_path: Path) -> None:
    """Without contacts no participant's e-mail or phone is written (not even in the file's
    XML); with them the participants' table has them."""
    without, with_contacts = tmp_path / "sans.docx", tmp_path / "avec.docx"
    write_editable_report(demo_data, without, "fr", contacts=False)
    write_editable_report(demo_data, with_contacts, "fr", contacts=True)
    people = [p for p in demo_data.people.values() if p.email]
    with zipfile.ZipFile(without) as package:
        xml = "".join(package.read(n).decode("utf-8") for n in package.namelist() if ".xml" in n)
    assert people and not any(p.email in xml for p in people)
    assert not EMAIL.search(all_text(without))
    assert "Courriel" in all_text(with_contacts)
    assert any(p.email in all_text(with_contacts) for p in people)


def test_user_text_stays_plain_text_whatever_was_typed(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """Markup, a Word field typed as text and control characters print as the readable text:
    no field is made of it, and the document opens (lxml refuses control characters)."""
    organisation = next(iter(demo_data.organisations.values()))
    data = dataclasses.replace(
        demo_data,
        workshop=dataclasses.replace(demo_data.workshop, title=NASTY),
        organisations={
            **demo_data.organisations,
            organisation.id: dataclasses.replace(organisation, name=NASTY),
        },
        cards=(dataclasses.replace(demo_data.cards[0], text=NASTY), *demo_data.cards[1:]),
    )
    path = tmp_path / "r.docx"
    write_editable_report(data, path, "fr")
    text = all_text(path)
    assert NASTY_SHOWN in text
    assert text.count("<b>Dupont & Fils</b>") >= 3  # title, card, organisation
    with zipfile.ZipFile(path) as package:
        body = package.read("word/document.xml").decode("utf-8")
        footer = package.read("word/footer1.xml").decode("utf-8")
    fields = re.findall(r"<w:instrText[^>]*>([^<]*)<", body)
    assert fields == [' TOC \\o "1-2" \\h \\z \\u ']  # the contents, the program's only field
    assert "<w:fldSimple" not in body
    assert footer.count("<w:fldSimple") == 2  # the page number and count only
    assert not re.search("[\x00-\x08\x0b\x0c\x1b]", body)


def test_two_builds_give_the_same_bytes_in_a_private_file(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """The same data gives the same file, byte for byte, readable by its owner only."""
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    write_editable_report(demo_data, first, "fr")
    write_editable_report(demo_data, second, "fr")
    assert first.read_bytes() == second.read_bytes()
    assert stat.S_IMODE(first.stat().st_mode) == 0o600


def test_properties_name_the_workshop_in_its_language_and_on_its_date(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """Title, author, subject and language are the workshop's; it was created on its date."""
    path = tmp_path / "report.docx"
    write_editable_report(demo_data, path, "en")
    core = docx.Document(str(path)).core_properties
    workshop = demo_data.workshop
    assert core.title == f"Workshop report: {workshop.title}"
    assert core.author == workshop.facilitator
    assert workshop.question in core.subject
    assert core.language == "en-GB"
    assert workshop.date is not None
    assert core.created == dt.datetime(*workshop.date.timetuple()[:3], tzinfo=dt.UTC)
    with zipfile.ZipFile(path) as package:
        styles = package.read("word/styles.xml").decode("utf-8")
        assert "docProps/thumbnail.jpeg" not in package.namelist()
    assert '<w:lang w:val="en-GB"' in styles
    assert headings(path, 1)[:2] == ["Alliances", "The board"]
    text = all_text(path)
    assert "€4,500" in text and "1\u00a0study" in text
    assert "· SDG\u00a012" in text and "SDGs\u00a012" not in text  # a card's one SDG


def test_decisions_and_next_meeting_close_the_summary(demo_store: Store, tmp_path: Path) -> None:
    """Decisions (text, owner, due date) and the next meeting are on the summary, before the
    alliances."""
    workshop_id = demo_store.demo_id  # type: ignore[attr-defined]
    add_decision(demo_store, workshop_id, "Rédiger la convention", "Mairie", dt.date(2027, 1, 15))
    set_next_meeting(demo_store, workshop_id, dt.date(2027, 2, 3), "Salle du conseil")
    path = tmp_path / "r.docx"
    write_editable_report(collect(demo_store, workshop_id), path, "fr")
    level_2 = headings(path, 2)
    first_alliance = level_2.index("1. Zéro invendu en Val de Lise")
    assert level_2[first_alliance - 2 : first_alliance] == [
        "Décisions et suites",
        "Prochain rendez-vous",
    ]
    text = all_text(path)
    assert "Rédiger la convention | Mairie | 15\u00a0janvier\u00a02027" in text
    assert "3\u00a0février\u00a02027, Salle du conseil" in text


def test_sections_without_content_are_left_out(store: Store, tmp_path: Path) -> None:
    """A workshop with nothing yet gives its title and details only: no empty section."""
    from workshop.domain.records import Workshop

    workshop = store.workshops.add(Workshop(title="Atelier vide", place="Mairie"))
    store.organisations.add(Organisation(name="Seule"))
    path = tmp_path / "vide.docx"
    write_editable_report(collect(store, workshop.id), path, "fr")
    assert headings(path, 1) == [] and headings(path, 2) == []
    assert "Mairie" in all_text(path)


def test_phones_are_counted_and_marked_not_described(demo_data: ReportData, tmp_path: Path) -> None:
    """Someone who checked in from a phone counts among those present; a commitment typed on
    a phone has the ☎ mark, not the phone page's note."""
    attendance = list(demo_data.attendance)
    index = next(i for i, a in enumerate(attendance) if a.present)
    attendance[index] = dataclasses.replace(attendance[index], checked_in_via=CHECKED_IN_BY_PHONE)
    first = demo_data.commitments[0]
    phoned = dataclasses.replace(first, note="Proposé depuis un téléphone")
    data = dataclasses.replace(
        demo_data,
        attendance=tuple(attendance),
        commitments=(phoned, *demo_data.commitments[1:]),
    )
    path = tmp_path / "r.docx"
    write_editable_report(data, path, "fr")
    text = all_text(path)
    present = sum(1 for a in attendance if a.present)
    assert f"{present}\u00a0personnes présentes, dont 1 depuis un téléphone, sur 44" in text
    assert f"{first.description} ☎" in text
    assert "Proposé depuis un téléphone" not in text
    assert "☎\u00a0: proposé depuis un téléphone." in text


def test_a_dropped_commitment_leaves_its_alliance_for_the_appendix(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """An abandoned commitment is not in its alliance's table (a note says where it is) but in
    an appendix of its own, and counted in no total."""
    first = demo_data.commitments[0]
    dropped = dataclasses.replace(first, status=CommitmentStatus.ABANDONNE)
    data = dataclasses.replace(demo_data, commitments=(dropped, *demo_data.commitments[1:]))
    path = tmp_path / "r.docx"
    write_editable_report(data, path, "fr")
    texts = blocks(path)
    appendix = texts.index(("Heading 2", "Annexe C\u00a0: engagements abandonnés"))
    assert sum(first.description in t for _, t in texts) == 1
    assert any(first.description in t for _, t in texts[appendix:])
    notes = [t.replace("\u00a0", " ") for _, t in texts[:appendix]]
    assert "1 engagement abandonné figure en annexe." in notes
    assert "Confirmés (6)" in all_text(path) or "Proposés (6)" in all_text(path)


def test_participants_are_one_line_per_organisation_without_contacts(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """Without contacts, an organisation's people present share one line (by surname); with
    contacts each person has a line with title, e-mail and phone."""
    without, with_contacts = tmp_path / "sans.docx", tmp_path / "avec.docx"
    write_editable_report(demo_data, without, "fr")
    write_editable_report(demo_data, with_contacts, "fr", contacts=True)
    people = next(t for _, t in blocks(without) if t.startswith("Organisation | Personnes"))
    assert "Association Zéro Gâchis Lise | Nathan Lefèvre, Margaux Morin" in people
    table = next(t for _, t in blocks(with_contacts) if t.startswith("Organisation | Nom"))
    assert table.splitlines()[0] == "Organisation | Nom | Fonction | Courriel | Téléphone"
    present = sum(1 for a in demo_data.attendance if a.present)
    assert len(table.splitlines()) == present + 1


def test_organisations_by_kind_keep_their_acronyms(demo_data: ReportData, tmp_path: Path) -> None:
    """'Intercommunalité (EPCI)' reads 'intercommunalité (EPCI) (2)' in the summary's line."""
    path = tmp_path / "r.docx"
    write_editable_report(demo_data, path, "fr")
    line = next(t for _, t in blocks(path) if "organisations représentées" in t)
    assert "intercommunalité (EPCI) (2)" in line and "établissement public / État (3)" in line


def test_the_sdg_appendix_has_no_row_of_zeros(demo_data: ReportData, tmp_path: Path) -> None:
    """Only the SDGs an alliance or a card takes up, or the workshop targets, have a row."""
    path = tmp_path / "r.docx"
    write_editable_report(demo_data, path, "fr")
    table = next(t for _, t in blocks(path) if t.startswith("ODD | Alliances | Contributions"))
    for row in table.splitlines()[1:]:
        _, alliances, cards, targeted = row.split(" | ")
        assert alliances != "0" or cards != "0" or targeted == "oui"
    assert len(table.splitlines()) - 1 < 17


def _writer() -> str | None:
    """LibreOffice's soffice when its Writer module is installed (Calc alone cannot open it)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    program = Path(soffice).resolve().parent
    return soffice if (program / "libswlo.so").exists() or os.name == "nt" else None


@pytest.mark.skipif(_writer() is None, reason="LibreOffice Writer is not installed")
def test_libreoffice_writer_opens_it_with_the_totals_apart_on_page_1(
    demo_docx: Path, tmp_path: Path
) -> None:
    """LibreOffice Writer opens the document (and prints it): page 1 has the confirmed and the
    proposed totals in their own columns, and the footer numbers the pages."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    subprocess.run(
        [
            str(_writer()),
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(demo_docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "compte-rendu.pdf"
    page_1 = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert re.search(r"Confirmés \(7\)\s+Proposés \(7\)", page_1)
    assert re.search(r"Financier\s+4\s500\s€\s+37\s000\s€", page_1)
    assert re.search(r"page 1 / \d+", page_1)
