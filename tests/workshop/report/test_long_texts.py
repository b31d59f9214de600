"""Long and large texts in the report, the partner sheets and the sign-in sheet: they print
(wrapped, long words broken, cut with '…' and a note), never an error, in linear time."""

from __future__ import annotations

import dataclasses
import io
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.workshop.report.conftest import page_count, pdf_text, qpdf_check
from workshop.domain.vocabulary import CommitmentStatus
from workshop.queries.registry import attendance_rows
from workshop.report.data import ReportData
from workshop.report.document import build_report
from workshop.report.partner_sheets import build_partner_sheets
from workshop.report.signin_sheet import build_signin_sheet
from workshop.report.styles import styles
from workshop.report.text_fit import ELLIPSIS, fit_lines, text_width, truncate
from workshop.storage.store import Store

JOB_TITLE = ("Chargée de mission développement territorial et transition alimentaire " * 13)[:900]
URL = ("https://example.org/alliances/" + "a1b2c3d4e5" * 80)[:700]
UNIT = "heures de bénévolat accompagnées par un référent " * 6
CUT_FR, CUT_EN = "(texte trop long, coupé)", "(text too long, cut)"
# Fields that are not free text (a colour, where a card came from) keep their values.
NOT_TEXT = {"colour", "source"}


def _build(data: ReportData, **options: object) -> bytes:
    out = io.BytesIO()
    build_report(data, out, **options)  # type: ignore[arg-type]
    return out.getvalue()


def _every_text(data: ReportData, make: Callable[[str], str]) -> ReportData:
    """The data with every free-text field of every record replaced by `make(field name)`."""

    def hostile(record: object) -> object:
        changes = {
            f.name: make(f.name)
            for f in dataclasses.fields(record)  # type: ignore[arg-type]
            if f.type == "str" and f.name not in NOT_TEXT
        }
        return dataclasses.replace(record, **changes)  # type: ignore[type-var]

    return dataclasses.replace(
        data,
        workshop=hostile(data.workshop),
        people={k: hostile(v) for k, v in data.people.items()},
        organisations={k: hostile(v) for k, v in data.organisations.items()},
        zones=tuple(hostile(z) for z in data.zones),
        cards=tuple(hostile(c) for c in data.cards),
        clusters=tuple(hostile(c) for c in data.clusters),
        alliances=tuple(hostile(a) for a in data.alliances),
        commitments=tuple(hostile(c) for c in data.commitments),
    )  # type: ignore[arg-type]


def _first_alliance(data: ReportData) -> ReportData:
    """The data with its first alliance only, for the partner sheets: its partners' sheets (a
    third of the demo's) hold commitments proposed and confirmed, as the others do, and the
    same texts; the others' sheets would be built by the same code again."""
    alliance = data.alliances[0]
    partners = tuple(p for p in data.partners if p.alliance_id == alliance.id)
    ids = {p.id for p in partners}
    commitments = tuple(c for c in data.commitments if c.partner_id in ids)
    assert {c.status for c in commitments} >= {CommitmentStatus.PROPOSE, CommitmentStatus.CONFIRME}
    return dataclasses.replace(
        data, alliances=(alliance,), partners=partners, commitments=commitments
    )


def _with_organisation_name(data: ReportData, name: str) -> ReportData:
    first = next(iter(data.organisations))
    organisations = dict(data.organisations)
    organisations[first] = dataclasses.replace(organisations[first], name=name)
    return dataclasses.replace(data, organisations=organisations)


def test_a_900_character_job_title_prints_with_contacts(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """An imported 900-character job title prints in the contacts table, cut with a note."""
    people = {k: dataclasses.replace(p, title=JOB_TITLE) for k, p in demo_data.people.items()}
    path = tmp_path / "r.pdf"
    build_report(dataclasses.replace(demo_data, people=people), path, contacts=True)
    qpdf_check(path)
    text = pdf_text(path)
    assert "Chargée" in text and "(texte trop" in text and "coupé)" in text  # a narrow column


def test_a_700_character_url_as_alliance_name_prints_everywhere(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """A pasted 700-character URL as an alliance name prints, broken across lines, in the
    report (both languages) and the partner sheets."""
    alliances = (dataclasses.replace(demo_data.alliances[0], name=URL), *demo_data.alliances[1:])
    data = dataclasses.replace(demo_data, alliances=alliances)
    path = tmp_path / "r.pdf"
    build_report(data, path, contacts=True)
    qpdf_check(path)
    assert "https://example.org/alliances/a1b2" in pdf_text(path)
    assert _build(data, lang="en").startswith(b"%PDF-")
    sheets = build_partner_sheets(_first_alliance(data), tmp_path / "sheets")  # the URL's
    assert sheets and all(p.read_bytes().startswith(b"%PDF-") for p in sheets)


def test_a_long_commitment_unit_prints(demo_data: ReportData, tmp_path: Path) -> None:
    """A 300-character unit prints in the tables, the totals and page 1, in both languages."""
    commitments = tuple(
        dataclasses.replace(c, unit=UNIT) if c.quantity is not None else c
        for c in demo_data.commitments
    )
    data = dataclasses.replace(demo_data, commitments=commitments)
    path = tmp_path / "r.pdf"
    build_report(data, path)
    qpdf_check(path)
    assert "heures de bénévolat accompagnées" in pdf_text(path)
    assert _build(data, lang="en").startswith(b"%PDF-")
    assert build_partner_sheets(_first_alliance(data), tmp_path / "sheets", "en")


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda field: field + "-" + "x" * 3000, id="one-word"),
        pytest.param(lambda field: ("W" * 40 + " ") * 60, id="wide-words"),
        pytest.param(lambda field: "ligne\n" * 400, id="many-lines"),
        pytest.param(lambda field: "合作社" * 600, id="cjk"),
        pytest.param(lambda field: f"<b>{field}</b> & " * 150, id="markup"),
    ],
)
def test_every_text_of_every_record_prints_however_long(
    demo_data: ReportData, demo_store: Store, tmp_path: Path, make: Callable[[str], str]
) -> None:
    """Every name, title, objective, unit, card, decision and zone at thousands of characters:
    the report (with contacts), partner sheets and sign-in sheet all print.

    In French only: French typography rewrites the text (spaces before ':', '»'…), English
    prints it as typed; the English report is built with texts too long for their cells in
    test_a_cut_text_says_so_in_the_reports_language and the two tests above."""
    data = _every_text(demo_data, make)
    path = tmp_path / "r.pdf"
    build_report(data, path, contacts=True)
    qpdf_check(path)
    assert page_count(path.read_bytes()) < 200
    assert build_partner_sheets(_first_alliance(data), tmp_path / "sheets")
    rows = [
        dataclasses.replace(
            row,
            person=data.people.get(row.person.id, row.person),
            organisation_name=make("organisation"),
        )
        for row in attendance_rows(demo_store, demo_store.demo_id)  # type: ignore[attr-defined]
    ]
    sheet = io.BytesIO()
    build_signin_sheet(data.workshop, rows, sheet)
    assert sheet.getvalue().startswith(b"%PDF-")


def test_a_cut_text_says_so_in_the_reports_language(demo_data: ReportData, tmp_path: Path) -> None:
    """A text too long for its cell ends with '…' and '(text too long, cut)'; the demo's
    report, whose texts fit, has no such note."""
    path = tmp_path / "demo.pdf"
    build_report(demo_data, path, lang="en", contacts=True)
    assert CUT_EN not in " ".join(pdf_text(path).split())
    build_report(_every_text(demo_data, lambda field: "mot " * 4000), path, lang="en")
    text = " ".join(pdf_text(path).split())
    assert f"mot{ELLIPSIS} {CUT_EN}" in text and CUT_FR not in text


def test_wrapped_lines_fit_their_box_and_break_long_words() -> None:
    """Each line fits the box, a word longer than the box is broken, and a cut ends with '…'."""
    font = styles().fonts.regular
    lines, cut = fit_lines("1. " + URL, font, 8, 90, 5)
    assert cut and len(lines) == 5 and lines[-1].endswith(ELLIPSIS)
    assert lines[0].startswith("1. https")  # the long word starts on the line it follows
    assert all(text_width(line, font, 8) <= 90 for line in lines)
    assert fit_lines("court " * 3, font, 8, 90, 5) == (["court court court"], False)
    assert "".join(fit_lines(URL, font, 8, 90, 100)[0]) == URL  # nothing lost when it fits
    assert truncate(URL, font, 8, 90).endswith(ELLIPSIS)


def test_fitting_a_huge_word_costs_what_is_printed() -> None:
    """Fitting 1,000,000 characters without a space into 3 lines takes a few milliseconds (only
    the characters printed are measured)."""
    font = styles().fonts.regular
    start = time.perf_counter()
    for _ in range(10):
        fit_lines("x" * 1_000_000, font, 8, 90, 3)
        truncate("y" * 1_000_000, font, 8, 90)
    assert time.perf_counter() - start < 1.0


def _seconds(data: ReportData) -> float:
    start = time.perf_counter()
    _build(data)
    return time.perf_counter() - start


def test_a_15000_character_organisation_name_renders_in_linear_time(
    demo_data: ReportData,
) -> None:
    """A 15,000-character organisation name (without spaces) renders within a few seconds,
    and twice the length takes about twice the time, not four times."""
    _build(demo_data)  # fonts registered, caches warm
    word = "Associationintercommunalepourledéveloppementdurable" * 300
    short = min(_seconds(_with_organisation_name(demo_data, word[:7500])) for _ in range(2))
    long = min(_seconds(_with_organisation_name(demo_data, word[:15000])) for _ in range(2))
    assert long < 5.0
    assert long <= 3 * short


def test_french_spacing_of_thousands_of_spaces_is_one_pass() -> None:
    """A text of 30,000 spaces (a pasted blank column) gets its French spacing at once."""
    from workshop.report.typography import french_typography

    start = time.perf_counter()
    for text in (" " * 30_000 + "x", "\u00a0" * 30_000 + "x :", "a" + " " * 30_000 + "»"):
        french_typography(text)
    assert time.perf_counter() - start < 0.5
    assert french_typography("a   : « b »") == "a\u00a0: «\u00a0b\u00a0»"


def test_document_properties_stay_one_short_line(demo_data: ReportData) -> None:
    """A 16,000-character workshop title gives the PDF a title a reader can show (cut)."""
    import re

    workshop = dataclasses.replace(demo_data.workshop, title="Atelier " * 2000)
    pdf = _build(dataclasses.replace(demo_data, workshop=workshop))
    title = re.search(rb"/Title \((.*?)\)", pdf)
    assert title and b"Atelier" in title.group(1) and len(title.group(1)) < 400
