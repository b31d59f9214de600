"""The editable report's territory map: the PDF's map page as a described picture, its legend
and its key in text, only when an organisation of the workshop has a point."""

from __future__ import annotations

import dataclasses
import io
import re
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from PIL import Image

from workshop.demo import load_demo
from workshop.domain.vocabulary import KIND_COLOURS
from workshop.report.data import ReportData, collect
from workshop.report.editable import write_editable_report
from workshop.report.territory_map import workshop_selection
from workshop.report.territory_map_image import territory_map_image
from workshop.storage.store import Store

MAP_HEADING = "Annexe A\u00a0: la carte du territoire"
DOC_PR = qn("wp:docPr")
NASTY = (
    '<b>Dupont & Fils</b> <w:fldSimple w:instr="PAGE"/> { DDEAUTO c:\\\\x } '
    "\x00\x01\x08\x0b\x0c\x1b[31mrouge\x1b[0m \ufffe\ufeff fin"
)
NASTY_SHOWN = '<b>Dupont & Fils</b> <w:fldSimple w:instr="PAGE"/> { DDEAUTO c:\\\\x } rouge'


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ReportData, Path]]:
    """The demo's data and its French DOCX, built once for the module."""
    folder = tmp_path_factory.mktemp("editable_map")
    store = Store.open(folder / "demo.sqlite")
    data = collect(store, load_demo(store).id)
    path = folder / "demo.docx"
    write_editable_report(data, path, "fr")
    yield data, path
    store.close()


def body(path: Path) -> list[tuple[str, str, object]]:
    """The body's paragraphs in order: (style name, text, the paragraph's element)."""
    document = docx.Document(str(path))
    return [
        (p.style.name if p.style else "", p.text, element)
        for element in document.element.body.iterchildren(qn("w:p"))
        for p in [Paragraph(element, document)]
    ]


def map_section(path: Path) -> list[tuple[str, str, object]]:
    """The paragraphs from the map's heading to the next heading."""
    paragraphs = body(path)
    start = paragraphs.index(next(p for p in paragraphs if p[:2] == ("Heading 2", MAP_HEADING)))
    end = next(
        i for i in range(start + 1, len(paragraphs)) if paragraphs[i][0].startswith("Heading")
    )
    return paragraphs[start:end]


def media(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {n: package.read(n) for n in package.namelist() if n.startswith("word/media/")}


def png_chunks(png: bytes) -> list[bytes]:
    """The chunk types of a PNG, in order."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = [], 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        chunks.append(png[at + 4 : at + 8])
        at += 12 + length
    return chunks


def territory_map_image_kinds(data: ReportData) -> list[tuple[object, int]]:
    """The kinds the map draws, in the legend's order."""
    selection, territory = workshop_selection(data)
    return list(territory_map_image(selection, territory, 480.0, 380.0, dpi=72).picture.kinds())


def key_text(path: Path) -> str:
    """The numbers' key: the paragraph after the picture."""
    section = map_section(path)
    picture = next(i for i, (_, _, e) in enumerate(section) if e.findall(f".//{qn('w:drawing')}"))  # type: ignore[attr-defined]
    return section[picture + 1][1]


def test_the_demo_has_one_described_picture_under_the_map_heading(
    demo: tuple[ReportData, Path],
) -> None:
    """The map is the document's one picture, a PNG the text's width, in its own paragraph
    after the map's heading, caption and legend, kept with the key, with its alternative text
    (the territory, how many organisations, how many alliance lines, the neighbouring
    agglomeration drawn around it)."""
    _, path = demo
    section = map_section(path)
    drawings = [e for _, _, e in section if e.findall(f".//{qn('w:drawing')}")]  # type: ignore[attr-defined]
    assert len(drawings) == 1
    with zipfile.ZipFile(path) as package:
        assert package.read("word/document.xml").count(b"<w:drawing>") == 1
    (png,) = media(path).values()
    assert png_chunks(png) == [b"IHDR", *[b"IDAT"] * (len(png_chunks(png)) - 2), b"IEND"]
    picture = drawings[0]
    (described,) = picture.findall(f".//{DOC_PR}")  # type: ignore[attr-defined]
    assert described.get("descr").replace("\u00a0", " ") == (
        "Carte de « Communauté de communes du Val de Lise » : les organisations de l'atelier "
        "(29) en disques colorés selon leur nature, numérotés comme dans la liste qui suit ; "
        "les alliances en lignes, du pilote vers chaque partenaire (11) ; en plus pâle, les "
        "territoires voisins où sont d'autres organisations : « Agglomération de Bourg-Lise »."
    )
    extent = picture.find(f".//{qn('wp:extent')}")  # type: ignore[attr-defined]
    assert int(extent.get("cx")) == 170 * 36000  # the text's width: 170 mm
    width, height = Image.open(io.BytesIO(png)).size
    assert abs(int(extent.get("cy")) / int(extent.get("cx")) - height / width) < 0.01
    assert picture.find(f".//{qn('w:keepNext')}") is not None  # type: ignore[attr-defined]
    # the caption under the heading names the paler neighbour too, as the PDF's does
    assert "« Agglomération de Bourg-Lise »" in section[1][1].replace("\u00a0", " ")
    texts = [text for _, text, _ in section]
    assert texts[1].startswith("Les organisations de l'atelier qui ont une commune")
    legend = texts[2].replace("\u00a0", " ")
    assert "● Collectivité territoriale (4)   ● Intercommunalité (EPCI) (2)" in legend
    assert legend.endswith("\n—— Alliance : du pilote vers chaque partenaire")
    marks = [
        run.find(f"{qn('w:rPr')}/{qn('w:color')}").get(qn("w:val"))
        for run in section[2][2].iter(qn("w:r"))  # type: ignore[attr-defined]
        if (run.findtext(qn("w:t")) or "").strip() == "●"
    ]
    kinds = [kind for kind, _ in territory_map_image_kinds(demo[0])]
    assert marks == [KIND_COLOURS[kind].removeprefix("#") for kind in kinds]  # each in its colour
    assert texts[-1].startswith("Communes\u00a0: INSEE, DGCL, La Poste")


def test_the_key_numbers_the_demos_organisations_as_the_map_does(
    demo: tuple[ReportData, Path],
) -> None:
    """'1 Agglomération de Bourg-Lise (Bourg-Lise) · 2 …': every organisation on the map, by
    its number, with its commune, and nothing else."""
    data, path = demo
    selection, _ = workshop_selection(data)
    key = key_text(path)
    entries = key.split(" · ")
    assert len(entries) == len(selection.actors) == 29
    assert entries[0] == "1\u00a0Agglomération de Bourg-Lise (Bourg-Lise)"
    assert entries[-1] == "29\u00a0Université de Bourg-Lise – laboratoire TERRA (Bourg-Lise)"
    for number, (entry, actor) in enumerate(zip(entries, selection.actors, strict=True), 1):
        assert entry == f"{number}\u00a0{actor.name} ({actor.commune_name})"


def test_the_picture_puts_each_disc_in_its_kinds_colour_where_the_map_has_it(
    demo: tuple[ReportData, Path],
) -> None:
    """Each disc apart from the others is in its kind's colour at its place, north up (a map
    drawn upside down, or its discs mirrored, fails), on white; the neighbouring agglomeration
    holding some of them is filled, paler."""
    data, _ = demo
    selection, territory = workshop_selection(data)
    image = territory_map_image(selection, territory, 480.0, 380.0, dpi=144)
    png = Image.open(io.BytesIO(image.png)).convert("RGB")
    left, top, w, h = image.picture.bounds
    scale = image.height / h
    offset = (image.width - w * scale) / 2
    pixels = 144 / 72
    points = image.picture.points
    alone = [
        p
        for p in points
        if all(q is p or (q.x - p.x) ** 2 + (q.y - p.y) ** 2 > (15 / scale) ** 2 for q in points)
    ]
    assert len(alone) >= 5
    for point in alone:  # 4.5 points above the centre: in the disc, above its number
        x = (offset + (point.x - left) * scale) * pixels
        y = ((point.y - top) * scale - 4.5) * pixels
        found = png.getpixel((round(x), round(y)))
        expected = tuple(int(point.colour[i : i + 2], 16) for i in (1, 3, 5))
        assert all(abs(a - b) <= 12 for a, b in zip(found, expected, strict=True)), point.actor
    assert png.getpixel((0, 0)) == (255, 255, 255)
    # around the Val de Lise, the Bourg-Lise agglomeration's pale fill, for its discs
    assert [n.name for n in image.picture.neighbours] == ["Agglomération de Bourg-Lise"]
    pale = (0xF7, 0xF9, 0xFA)
    counts = {colour: n for n, colour in png.getcolors(png.width * png.height) or []}
    assert counts.get(pale, 0) > png.width * png.height / 20


def test_a_workshop_whose_organisations_have_no_point_has_no_map(
    demo: tuple[ReportData, Path], tmp_path: Path
) -> None:
    """Without a point among the workshop's organisations: no map heading, no picture, and the
    other appendices keep their letters from A."""
    data, _ = demo
    unplaced = {
        i: dataclasses.replace(o, latitude=None, longitude=None)
        for i, o in data.organisations.items()
    }
    path = tmp_path / "sans-carte.docx"
    write_editable_report(dataclasses.replace(data, organisations=unplaced), path, "fr")
    headings = [text for style, text, _ in body(path) if style == "Heading 2"]
    assert not any("carte" in h for h in headings)
    assert headings[-2:] == [
        "Annexe A\u00a0: toutes les contributions du tableau",
        "Annexe B\u00a0: couverture des ODD",
    ]
    assert media(path) == {}


def test_the_same_content_gives_the_same_bytes(
    demo: tuple[ReportData, Path], tmp_path: Path
) -> None:
    """Written again, the document with its map is the same file, byte for byte."""
    data, path = demo
    again = tmp_path / "again.docx"
    write_editable_report(data, again, "fr")
    assert again.read_bytes() == path.read_bytes()


def test_a_hostile_name_shows_literally_in_the_key(
    demo: tuple[ReportData, Path], tmp_path: Path
) -> None:
    """Markup, a Word field typed as text and control characters in an organisation's name print
    as its readable text in the key, and the document still opens."""
    data, _ = demo
    selection, _ = workshop_selection(data)
    organisation = data.organisations[selection.actors[0].id]
    renamed = {**data.organisations, organisation.id: dataclasses.replace(organisation, name=NASTY)}
    path = tmp_path / "hostile.docx"
    write_editable_report(dataclasses.replace(data, organisations=renamed), path, "fr")
    key = key_text(path)
    entry = next(e for e in key.split(" · ") if "Dupont" in e)
    assert re.fullmatch(r"\d+\u00a0" + re.escape(NASTY_SHOWN) + r".*", entry)
    with zipfile.ZipFile(path) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    assert "<w:fldSimple" not in xml
    assert not re.search("[\x00-\x08\x0b\x0c\x1b]", xml)


def test_the_english_report_has_the_map_in_english(
    demo: tuple[ReportData, Path], tmp_path: Path
) -> None:
    """In English: the map's heading, its legend's line and the picture's description."""
    data, _ = demo
    path = tmp_path / "report.docx"
    write_editable_report(data, path, "en")
    paragraphs = body(path)
    heading = ("Heading 2", "Appendix A: the map of the territory")
    start = next(i for i, p in enumerate(paragraphs) if p[:2] == heading)
    texts = [t for _, t, _ in paragraphs[start : start + 6]]
    assert any(t.endswith("—— Alliance: from the pilot to each partner") for t in texts)
    described = [e.get("descr") for _, _, p in paragraphs for e in p.iter(DOC_PR)]  # type: ignore[attr-defined]
    assert described == [
        "Map of \u201cCommunauté de communes du Val de Lise\u201d: the workshop's organisations "
        "(29) as discs coloured by kind, numbered as in the list that follows; the alliances "
        "as lines, from the pilot to each partner (11); paler, the neighbouring territories "
        "where other organisations are: \u201cAgglomération de Bourg-Lise\u201d."
    ]


def test_an_organisation_without_a_point_is_named_under_the_key(
    demo: tuple[ReportData, Path], tmp_path: Path
) -> None:
    """An organisation of the workshop without a point is not in the key but named after it,
    as the PDF names it; the others keep a number each."""
    data, _ = demo
    selection, _ = workshop_selection(data)
    first = data.organisations[selection.actors[0].id]
    moved = {
        **data.organisations,
        first.id: dataclasses.replace(first, latitude=None, longitude=None),
    }
    path = tmp_path / "sans-point.docx"
    write_editable_report(dataclasses.replace(data, organisations=moved), path, "fr")
    texts = [text for _, text, _ in map_section(path)]
    key = key_text(path)
    assert len(key.split(" · ")) == 28 and first.name not in key
    assert texts[-2].replace("\u00a0", " ") == f"Sans commune, hors de la carte : {first.name}."
