"""The session report PDF: contents, escaping, typography, determinism and validity."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph, Table

from tests.workshop.report.conftest import page_count, pdf_text, printed_texts, qpdf_check
from tools.report_sample import LONG_NAME, MARKUP_NAME
from workshop.domain.records import OrganisationId
from workshop.domain.vocabulary import CommitmentStatus
from workshop.ops.alliances import set_commitments_status
from workshop.queries.commitments import commitment_views
from workshop.report.data import ReportData, collect
from workshop.report.document import Writer, build_report
from workshop.storage.store import Store


@pytest.fixture(scope="module")
def demo_pdf(
    demo_template: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """The demo's report in French and in English, built once for the tests that only read it."""
    template, demo_id = demo_template
    folder = tmp_path_factory.mktemp("demo-report")
    shutil.copy(template, folder / "demo.sqlite")
    with Store.open(folder / "demo.sqlite") as store:
        data = collect(store, demo_id)  # type: ignore[arg-type]
    paths = {lang: folder / f"{lang}.pdf" for lang in ("fr", "en")}
    for lang, path in paths.items():
        build_report(data, path, lang=lang)  # type: ignore[arg-type]
    return paths


def _build(data: ReportData, **options: object) -> bytes:
    out = io.BytesIO()
    build_report(data, out, **options)  # type: ignore[arg-type]
    return out.getvalue()


def test_two_builds_are_byte_identical(demo_data: ReportData) -> None:
    """Building the report twice from the same data gives the same bytes (reports compare)."""
    first = _build(demo_data)
    assert first.startswith(b"%PDF-")
    assert first == _build(demo_data)
    assert first != _build(demo_data, lang="en")


def test_demo_report_is_valid_and_has_every_section(
    demo_data: ReportData, demo_pdf: dict[str, Path]
) -> None:
    """The demo report passes qpdf; it holds the summary, the contents, the alliances, the
    board, the participants and the appendices, and the duplicate listings are gone."""
    path = demo_pdf["fr"]
    qpdf_check(path)
    text = pdf_text(path)
    pages = page_count(path.read_bytes())
    assert pages >= 6
    for expected in (
        "Qui était là",
        "Les alliances formées",
        "Les engagements",
        "Sommaire",
        "Le tableau",
        "Les contributions les plus votées",
        "Participants par organisation",
        "Annexe A : la carte des alliances",
        "Annexe B : la carte du territoire",  # the demo's organisations have a commune
        "Annexe C : toutes les contributions du tableau",
        "Restos du Cœur",
        "26 novembre 2026",
        f"page 1 / {pages}",
        f"page {pages} / {pages}",
    ):
        assert expected in text.replace("\u00a0", " "), expected
    for gone in ("Qui s'engage à quoi", "Prochaines étapes", "Chiffres clés", "Aucun"):
        assert gone not in text, gone
    names = {p.full_name for p in demo_data.present_people()}
    flat = " ".join(text.replace("\u00a0", " ").split())
    assert all(name in flat for name in names)


def test_each_commitment_is_printed_once(demo_data: ReportData) -> None:
    """A commitment's description appears once in the report (it was printed three times)."""
    texts = [_squeezed(t) for t in printed_texts(Writer(demo_data, "fr", False).flowables())]
    for commitment in demo_data.commitments:
        found = sum(t.count(_squeezed(commitment.description)) for t in texts)
        assert found == 1, (commitment.description, found)


def _squeezed(text: str) -> str:
    """The text without spaces nor hyphens (the lines of a cell are wrapped and hyphenated)."""
    return "".join(text.replace("-", "").split())


def test_metadata_and_language(demo_data: ReportData) -> None:
    """The PDF declares its language and carries a title, author and subject."""
    pdf = _build(demo_data)
    assert b"/Lang (fr-FR)" in pdf
    assert b"/Author (Claire Fontaine)" in pdf
    assert b"/Title" in pdf and b"/Subject" in pdf
    assert b"/Lang (en-GB)" in _build(demo_data, lang="en")


def test_markup_in_user_text_prints_literally(demo_data: ReportData, tmp_path: Path) -> None:
    """An organisation named with tags and '&' prints as typed; no image is fetched."""
    first = next(iter(demo_data.organisations))
    organisations = dict(demo_data.organisations)
    organisations[first] = dataclasses.replace(organisations[first], name=MARKUP_NAME)
    data = dataclasses.replace(demo_data, organisations=organisations)
    flowables = Writer(data, "fr", False).flowables()
    assert any(MARKUP_NAME in text for text in printed_texts(flowables))
    for paragraph in _paragraphs(flowables):
        for frag in paragraph.frags:
            assert not getattr(frag, "cbDefn", None), "an <img> or other tag was interpreted"
            assert "<img" not in getattr(frag, "text", "") or not frag.bold
    path = tmp_path / "r.pdf"
    build_report(data, path)
    # a 9 pt cell may wrap it over two lines, with the next column's text between them
    printed = pdf_text(path).replace('"', "").split()
    assert all(word in printed for word in MARKUP_NAME.replace('"', "").split())


def test_contacts_only_when_asked(demo_data: ReportData) -> None:
    """E-mails print only with contacts=True; names print either way."""
    person = demo_data.present_people()[0]
    without = printed_texts(Writer(demo_data, "fr", False).participants())
    with_contacts = printed_texts(Writer(demo_data, "fr", True).participants())
    assert person.email and not any(person.email in t for t in without)
    assert any(person.email in t for t in with_contacts)
    assert any(person.full_name in t for t in without)


def test_english_report_uses_english_labels_and_dates(
    demo_data: ReportData, demo_pdf: dict[str, Path]
) -> None:
    """With lang='en', labels, vocabulary and dates are English."""
    texts = " ".join(printed_texts(Writer(demo_data, "en", False).flowables()))
    assert "Who came" in texts and "The alliances formed" in texts
    assert "Qui était là" not in texts
    text = pdf_text(demo_pdf["en"])
    assert "26 November 2026" in text and "page 1 /" in text


def test_french_spacing_in_printed_text(demo_data: ReportData) -> None:
    """In French, a no-break space precedes ':' and '?' of user text (the title and question)."""
    texts = printed_texts(Writer(demo_data, "fr", False).summary())
    assert any("Val de Lise\u00a0: atelier" in t for t in texts)
    assert any(t.endswith("accessible\u00a0?") for t in texts)


def test_long_tables_split_with_repeated_headers(medium_data: ReportData, medium_pdf: Path) -> None:
    """A table longer than a page continues on the next with its header row repeated."""
    tables = [f for f in Writer(medium_data, "fr", False).flowables() if isinstance(f, Table)]
    assert all(t.repeatRows == 1 for t in tables if len(t._cellvalues) > 40)
    pages = pdf_text(medium_pdf).split("\f")
    participant_pages = [p for p in pages if "Organisation" in p and "Courriel" in p]
    assert len(participant_pages) >= 2


def test_hard_texts_keep_the_layout(medium_data: ReportData, medium_pdf: Path) -> None:
    """A 500-character card, a 200-character name and non-Latin names build a valid PDF."""
    assert any(len(c.text) >= 500 for c in medium_data.cards)
    assert LONG_NAME in {o.name for o in medium_data.organisations.values()}
    assert page_count(medium_pdf.read_bytes()) > 15
    qpdf_check(medium_pdf)
    text = pdf_text(medium_pdf)
    assert "Иван" in text and "Þóra" in text
    assert "<b>Dupont & Fils</b>" in text


def _page_text(path: Path, page: int | None = None) -> str:
    """One page's text (or the whole PDF's) through pdftotext, every space made plain."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    text = subprocess.run(
        ["pdftotext", *pages, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_page_one_gives_confirmed_and_proposed_commitments_apart(
    demo_pdf: dict[str, Path],
) -> None:
    """Page 1 says 4 500 € are confirmed and 37 000 € only proposed; 41 500 € is printed nowhere."""
    path = demo_pdf["fr"]
    first = _page_text(path, 1)
    confirmed = first.index("Engagements confirmés (7)")
    proposed = first.index("Engagements proposés (7)")
    assert confirmed < first.index("Financier : 4 500 €") < proposed
    assert proposed < first.index("Financier : 37 000 €")
    assert "Humain / bénévolat : 14 heures" in first[confirmed:proposed]
    assert "Données / études : 1 étude" in first[proposed:]
    assert "41 500" not in pdf_text(path).replace("\u00a0", " ")


def test_each_alliance_totals_its_commitments_with_each_status_apart(
    demo_data: ReportData, demo_pdf: dict[str, Path]
) -> None:
    """Under an alliance's commitments, its totals by kind: what is confirmed, what is proposed."""
    text = _page_text(demo_pdf["fr"])
    totals = " ".join(printed_texts(Writer(demo_data, "fr", False).alliances()))
    assert (
        "Financier : 4 500 € confirmés ; Humain / bénévolat : 8 heures confirmées · "
        "6 personnes proposées ; Matériel / locaux : 150 objets confirmés · 40 jours proposés"
    ) in totals.replace("\u00a0", " ").replace("\u202f", " ")
    assert "Financier : 25 000 € proposés" in text
    assert "Financier : 12 000 € proposés" in text


def test_english_totals_put_the_euro_first_and_say_each_status(
    demo_pdf: dict[str, Path],
) -> None:
    """The English report reads "Financial: €4,500" confirmed and "€37,000" proposed."""
    first = _page_text(demo_pdf["en"], 1)
    assert first.index("Commitments confirmed (7)") < first.index("Financial: €4,500")
    assert first.index("Commitments proposed (7)") < first.index("Financial: €37,000")
    assert "Data / studies: 1 study" in first


def test_done_and_dropped_commitments_are_printed_apart_or_not_summed(
    demo_store: Store, tmp_path: Path
) -> None:
    """A done pledge gets its own line and column; a dropped one is only said to be left out."""
    views = commitment_views(demo_store, workshop_id=demo_store.demo_id)  # type: ignore[attr-defined]
    region = next(v for v in views if v.commitment.quantity == 25000)
    dropped = next(v for v in views if v.commitment.quantity == 12000)
    set_commitments_status(demo_store, [region.id], CommitmentStatus.REALISE)
    set_commitments_status(demo_store, [dropped.id], CommitmentStatus.ABANDONNE)
    path = tmp_path / "r.pdf"
    build_report(collect(demo_store, demo_store.demo_id), path)  # type: ignore[attr-defined]
    first = _page_text(path, 1)
    assert first.index("Engagements réalisés (1) Financier : 25 000 €") < first.index(
        "Engagements confirmés (7) Financier : 4 500 €"
    )
    assert "Financier" not in first[first.index("Engagements proposés (5)") :]
    assert "1 engagement abandonné n'est pas compté." in first
    text = _page_text(path)
    assert "Annexe D : engagements abandonnés" in text
    assert "1 engagement abandonné figure en annexe." in text


def test_empty_workshop_still_reports(store: object, tmp_path: Path) -> None:
    """A workshop with no people, cards or alliances gives a one-page valid report, with no
    empty section ("Aucune alliance.")."""
    from workshop.domain.records import Workshop
    from workshop.report.data import collect

    workshop = store.workshops.add(Workshop(title="Atelier vide"))  # type: ignore[attr-defined]
    data = collect(store, workshop.id)  # type: ignore[arg-type]
    path = tmp_path / "empty.pdf"
    build_report(data, path)
    qpdf_check(path)
    assert "Aucun" not in pdf_text(path)
    assert page_count(path.read_bytes()) == 1
    assert OrganisationId(0) not in data.organisations


def _paragraphs(flowables: list[object]) -> list[Paragraph]:
    found: list[Paragraph] = []
    for flowable in flowables:
        if isinstance(flowable, Paragraph):
            found.append(flowable)
        elif isinstance(flowable, Table):
            found += [c for row in flowable._cellvalues for c in row if isinstance(c, Paragraph)]
    return found


def test_huge_and_binary_texts_never_break_the_build(demo_data: ReportData) -> None:
    """A 100 KB card text, a 100 KB question and control characters still give a valid PDF."""
    huge = "mot " * 25_000
    card = dataclasses.replace(demo_data.cards[0], text=huge + "\x00\x07<b>fin</b>")
    workshop = dataclasses.replace(demo_data.workshop, question=huge, title="Titre\x00 ☃ 😀")
    data = dataclasses.replace(
        demo_data, cards=(card, *demo_data.cards[1:]), workshop=workshop, votes={card.id: 99}
    )
    pdf = _build(data)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
