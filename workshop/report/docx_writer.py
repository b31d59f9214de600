"""A Word document (python-docx) for the editable report: plain text only, A4, real headings,
tables with repeated header rows, metadata, and the same bytes for the same content."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from lxml import etree  # type: ignore[import-untyped]

from workshop.domain.validation import clean_text
from workshop.report.pages import LANG_TAGS, make_private, metadata

MUTED = RGBColor(0x5F, 0x6B, 0x76)
MUTED_HEX = str(MUTED)
HEADER_FILL = "E8EEF3"
BODY_PT = 10.0
SECONDARY_PT = 8.5
TABLE_PT = 9.0
CONTENTS_LEVELS = 2  # headings listed in the table of contents
MARGIN_MM = 20
A4_MM = (210, 297)
# XML 1.0 refuses these even after the core's cleaning (non-characters, lone surrogates).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
Cell = str | tuple[str, str]  # a table cell: its text, or a bold line and the text under it
_PICTURE_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_SEPARATORS = " \u00a0\u2002\u2003\n"  # what a piece of a paragraph may start or end with
_APPLICATION = re.compile(rb"<Application>[^<]*</Application>")
_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can carry


def plain(text: str) -> str:
    """User text as a document can hold it: the core's cleaning (control characters, escapes,
    bidirectional overrides removed; line breaks kept), and nothing XML refuses."""
    return _NOT_XML.sub("", clean_text(text, multiline=True)) if text else ""


@dataclass(frozen=True)
class Piece:
    """A run of a paragraph made of several: its text (made plain, its spaces and line breaks
    at either end kept), bold or not, its colour (hex, 'RRGGBB')."""

    text: str
    bold: bool = False
    colour: str | None = None


def _plain_inside(text: str) -> str:
    """plain() for a piece of a paragraph: its spaces and line breaks at either end (the
    separators between pieces) are kept."""
    inside = text.strip(_SEPARATORS)
    if not inside:
        return text
    start = len(text) - len(text.lstrip(_SEPARATORS))
    return text[:start] + plain(inside) + text[start + len(inside) :]


class WordDocument:
    """A python-docx document being written: headings, paragraphs and tables of plain text."""

    def __init__(self, lang: str) -> None:
        self.doc: Document = docx.Document()
        self._lang_tag = LANG_TAGS.get(lang, lang)
        self._page_setup()
        self._styles()
        self._settings()
        body = self.doc.element.body
        self._end = body[-1]  # the section properties stay last
        self._contents: tuple[etree._Element] | None = None
        self._entries: list[tuple[int, str, str]] = []

    # Set-up ----------------------------------------------------------------------------------

    def _page_setup(self) -> None:
        for section in self.doc.sections:
            section.page_width, section.page_height = Mm(A4_MM[0]), Mm(A4_MM[1])
            for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
                setattr(section, side, Mm(MARGIN_MM))

    @property
    def text_width(self) -> int:
        return int(Mm(A4_MM[0] - 2 * MARGIN_MM))

    def _styles(self) -> None:
        """Body 10 pt in the headings' sans-serif font (the template's body font is a serif),
        tables 9 pt, secondary lines 8.5 pt, the document's language on every run."""
        styles = self.doc.styles
        styles["Normal"].font.size = Pt(BODY_PT)
        defaults = styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            run_defaults = defaults.find(qn("w:rPrDefault"))
            properties = run_defaults.find(qn("w:rPr")) if run_defaults is not None else None
            if properties is not None:
                fonts = properties.find(qn("w:rFonts"))
                if fonts is not None:
                    for script in ("w:asciiTheme", "w:hAnsiTheme"):
                        fonts.set(qn(script), "majorHAnsi")
                language = properties.find(qn("w:lang"))
                if language is None:
                    language = OxmlElement("w:lang")
                    properties.append(language)
                language.set(qn("w:val"), self._lang_tag)

    def _settings(self) -> None:
        """Automatic hyphenation (in the document's language), placed where the schema wants it."""
        settings = self.doc.settings.element
        hyphenation = OxmlElement("w:autoHyphenation")
        tab_stop = settings.find(qn("w:defaultTabStop"))
        if tab_stop is not None:
            tab_stop.addnext(hyphenation)
        else:
            settings.insert(0, hyphenation)

    def properties(self, *, title: str, author: str, subject: str, created: dt.date | None) -> None:
        """Title, author, subject, language; created and modified on the workshop's date."""
        core = self.doc.core_properties
        core.title = metadata(title)
        core.author = metadata(author)
        core.last_modified_by = metadata(author)
        core.subject = metadata(subject)
        core.language = self._lang_tag
        core.comments = ""
        core.keywords = ""
        core.category = ""
        core.revision = 1
        if created is not None:
            moment = dt.datetime(created.year, created.month, created.day, tzinfo=dt.UTC)
            core.created = moment
            core.modified = moment
        else:  # no date: none rather than the template's
            element = core._element
            for tag in ("dcterms:created", "dcterms:modified"):
                found = element.find(qn(tag))
                if found is not None:
                    element.remove(found)
        package = self.doc.part.package
        for rid, rel in list(package.rels.items()):  # the template's thumbnail is not ours
            if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
                del package.rels[rid]

    def footer(self, text: str, page_label: str) -> None:
        """Every page's footer: `text` at the left, 'page x / y' (Word fields) at the right."""
        for section in self.doc.sections:
            paragraph = section.footer.paragraphs[0]
            paragraph.paragraph_format.tab_stops.add_tab_stop(
                self.text_width, WD_TAB_ALIGNMENT.RIGHT
            )
            self._run(paragraph, plain(text), size=SECONDARY_PT, colour=MUTED)
            self._run(paragraph, "\t", size=SECONDARY_PT, colour=MUTED)
            before, _, rest = page_label.partition("{page}")
            middle, _, after = rest.partition("{pages}")
            for piece, field in ((before, "PAGE"), (middle, "NUMPAGES"), (after, "")):
                if piece:
                    self._run(paragraph, piece, size=SECONDARY_PT, colour=MUTED)
                if field:
                    self._field(paragraph, field)

    # Content -----------------------------------------------------------------------------------
    # Paragraphs, runs and table rows are built as WordprocessingML elements directly: python-docx
    # builds a run character by character and looks a style up by name each time, which made a
    # large workshop's document take seconds.

    def _add(self, element: etree._Element) -> None:
        """Append a block (paragraph or table) to the body, before its section properties."""
        self._end.addprevious(element)

    def heading(self, text: str, level: int, *, new_page: bool = False) -> None:
        """A Word heading (Heading 1, 2…): the navigation pane and a table of contents see it;
        after contents_here(), levels 1 and 2 are listed in the contents."""
        text = plain(text)
        paragraph = _paragraph(text, style=f"Heading{level}", page_break=new_page)
        if self._contents is not None and level <= CONTENTS_LEVELS and text:
            name = f"_Toc{len(self._entries) + 1:06d}"  # Word's own bookmark names for a TOC
            start = etree.Element(_W["bookmarkStart"])
            start.set(_W["id"], str(len(self._entries)))
            start.set(_W["name"], name)
            end = etree.Element(_W["bookmarkEnd"])
            end.set(_W["id"], str(len(self._entries)))
            properties = paragraph.find(_W["pPr"])
            if properties is not None:
                properties.addnext(start)
            else:
                paragraph.insert(0, start)
            paragraph.append(end)
            self._entries.append((level, text, name))
        self._add(paragraph)

    def contents_here(self, title: str) -> None:
        """The table of contents goes here: a Word TOC field (levels 1 and 2) whose entries,
        links to the headings that follow, are written at save time; Word's or Writer's
        'update' adds the page numbers."""
        self._contents = (_paragraph(plain(title), style="TOCHeading"),)
        self._add(self._contents[0])

    def _write_contents(self) -> None:
        if self._contents is None:
            return
        heading = self._contents[0]
        if not self._entries:
            heading.getparent().remove(heading)
            return
        paragraphs = []
        for index, (level, text, name) in enumerate(self._entries):
            paragraph = etree.Element(_W["p"])
            properties = etree.SubElement(paragraph, _W["pPr"])
            if index < len(self._entries) - 1:  # the contents stay on one page where they fit
                etree.SubElement(properties, _W["keepNext"])
            spacing = etree.SubElement(properties, _W["spacing"])
            spacing.set(_W["before"], "120" if level == 1 else "0")
            spacing.set(_W["after"], "40")
            indent = etree.SubElement(properties, _W["ind"])
            indent.set(_W["left"], str((level - 1) * 440))
            if index == 0:  # the field opens before the first entry
                _field_char(paragraph, "begin")
                instruction = etree.SubElement(
                    etree.SubElement(paragraph, _W["r"]), _W["instrText"]
                )
                instruction.set(_PRESERVE, "preserve")
                instruction.text = f' TOC \\o "1-{CONTENTS_LEVELS}" \\h \\z \\u '
                _field_char(paragraph, "separate")
            link = etree.SubElement(paragraph, _W["hyperlink"])
            link.set(_W["anchor"], name)
            link.set(_W["history"], "1")
            _run(link, text, bold=level == 1)
            paragraphs.append(paragraph)
        _field_char(paragraphs[-1], "end")
        for paragraph in reversed(paragraphs):
            heading.addnext(paragraph)

    def title(self, subtitle: str, title: str) -> None:
        self.paragraph(subtitle, colour=MUTED_HEX)
        self._add(_paragraph(plain(title), style="Title"))

    def paragraph(
        self,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
        colour: str | None = None,
        keep_with_next: bool = False,
    ) -> None:
        paragraph = _paragraph("", keep_with_next=keep_with_next)
        _run(paragraph, plain(text), bold=bold, italic=italic, size=size, colour=colour)
        self._add(paragraph)

    def note(self, text: str, *, keep_with_next: bool = False) -> None:
        self.paragraph(
            text, italic=True, size=SECONDARY_PT, colour=MUTED_HEX, keep_with_next=keep_with_next
        )

    def pieces(
        self, pieces: Sequence[Piece], *, size: float | None = None, keep_with_next: bool = False
    ) -> None:
        """One paragraph of several runs (a bold number, a coloured mark), each plain text."""
        paragraph = _paragraph("", keep_with_next=keep_with_next)
        for piece in pieces:
            text = _plain_inside(piece.text)
            _run(paragraph, text, bold=piece.bold, size=size, colour=piece.colour)
        self._add(paragraph)

    def picture(self, png: bytes, width_mm: float, description: str) -> None:
        """An image in a paragraph of its own, `width_mm` wide (its height in proportion), kept
        on the page of what follows; `description` is its alternative text (the drawing's
        descr, what a screen reader says of it)."""
        inline = self.doc.part.new_pic_inline(io.BytesIO(png), width=Mm(width_mm))
        text = plain(description).replace("\n", " ")
        inline.docPr.set("descr", text)
        for properties in inline.iter(f"{{{_PICTURE_NS}}}cNvPr"):  # the picture's own, too
            properties.set("descr", text)
        paragraph = _paragraph("", keep_with_next=True)
        drawing = etree.SubElement(etree.SubElement(paragraph, _W["r"]), _W["drawing"])
        drawing.append(inline)
        self._add(paragraph)

    def lines(self, title: str, lines: Sequence[str]) -> None:
        """A bold title with lines under it, in one paragraph (a total and its kinds)."""
        paragraph = _paragraph(plain(title), bold=True, keep_together=True)
        _run(paragraph, "\n" + plain("\n".join(lines)))
        self._add(paragraph)

    def entry(self, text: str, details: str) -> None:
        """A text with a secondary line under it (a card and its author, cluster, votes)."""
        paragraph = _paragraph(plain(text), keep_together=True)
        details = plain(details)
        if details:
            _run(paragraph, "\n" + details, size=SECONDARY_PT, colour=MUTED_HEX)
        self._add(paragraph)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *,
        header_row: bool = True,
    ) -> None:
        """A grid of plain text: the header row bold, shaded and repeated on every page; a row
        never splits across pages. `widths` are fractions of the text width. Without a header
        row, the first column is bold (a label and its value)."""
        twips = [int(self.text_width * f / 635) for f in widths]  # 635 EMU to the twip
        table = etree.Element(_W["tbl"])
        properties = etree.SubElement(table, _W["tblPr"])
        etree.SubElement(properties, _W["tblStyle"]).set(_W["val"], "TableGrid")
        width = etree.SubElement(properties, _W["tblW"])
        width.set(_W["w"], str(sum(twips)))
        width.set(_W["type"], "dxa")
        etree.SubElement(properties, _W["tblLayout"]).set(_W["type"], "fixed")
        margins = etree.SubElement(properties, _W["tblCellMar"])
        for side, size in (("top", 30), ("left", 85), ("bottom", 30), ("right", 85)):
            margin = etree.SubElement(margins, qn(f"w:{side}"))
            margin.set(_W["w"], str(size))
            margin.set(_W["type"], "dxa")
        etree.SubElement(properties, _W["tblLook"]).set(_W["val"], "04A0")
        grid = etree.SubElement(table, _W["tblGrid"])
        for size in twips:
            etree.SubElement(grid, _W["gridCol"]).set(_W["w"], str(size))
        if header_row:
            _row(table, header, twips, bold_columns=len(twips), fill=HEADER_FILL, header=True)
        for values in rows:
            _row(table, values, twips, bold_columns=0 if header_row else 1)
        self._add(table)
        self._add(_spacer())  # Word wants a paragraph between two tables: a 6 pt one

    @staticmethod
    def _run(
        paragraph: Paragraph,
        text: str,
        *,
        size: float | None = None,
        colour: RGBColor | None = None,
    ) -> None:
        if not text:
            return
        run = paragraph.add_run(text)
        if size is not None:
            run.font.size = Pt(size)
        if colour is not None:
            run.font.color.rgb = colour

    @staticmethod
    def _field(paragraph: Paragraph, instruction: str) -> None:
        """A Word field the program writes (PAGE, NUMPAGES); never made from user text."""
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), instruction)
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        paragraph._p.append(field)

    # Saving ------------------------------------------------------------------------------------

    def save(self, path: Path, date: dt.date | None) -> None:
        """Write the document to `path` (readable by its owner only), byte-identical for the same
        content: zip entries in python-docx's order, all dated on the workshop's day."""
        self._write_contents()
        raw = io.BytesIO()
        self.doc.save(raw)
        stamp = (date.year, date.month, date.day, 0, 0, 0) if date and date.year >= 1980 else _EPOCH
        out = io.BytesIO()
        with (
            zipfile.ZipFile(raw) as source,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
        ):
            for info in source.infolist():
                entry = zipfile.ZipInfo(info.filename, date_time=stamp)
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o600 << 16
                entry.create_system = 3  # Unix, on every platform
                blob = source.read(info.filename)
                if info.filename == "docProps/app.xml":  # the template names another program
                    blob = _APPLICATION.sub(b"<Application>Catalyse</Application>", blob)
                target.writestr(entry, blob)
        make_private(path)
        with path.open("r+b") as handle:
            handle.truncate()
            handle.write(out.getvalue())


_W = {
    name: qn(f"w:{name}")
    for name in [
        "p",
        "pPr",
        "pStyle",
        "keepNext",
        "keepLines",
        "pageBreakBefore",
        "r",
        "rPr",
        "b",
        "i",
        "color",
        "sz",
        "szCs",
        "t",
        "br",
        "tbl",
        "tblPr",
        "tblStyle",
        "tblW",
        "tblLayout",
        "tblCellMar",
        "tblLook",
        "tblGrid",
        "gridCol",
        "tr",
        "trPr",
        "cantSplit",
        "tblHeader",
        "tc",
        "tcPr",
        "tcW",
        "shd",
        "val",
        "w",
        "type",
        "fill",
        "bookmarkStart",
        "bookmarkEnd",
        "id",
        "name",
        "spacing",
        "before",
        "after",
        "ind",
        "left",
        "fldChar",
        "fldCharType",
        "instrText",
        "hyperlink",
        "anchor",
        "history",
        "drawing",
    ]
}
_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"


def _paragraph(
    text: str,
    *,
    style: str = "",
    page_break: bool = False,
    keep_with_next: bool = False,
    keep_together: bool = False,
    bold: bool = False,
    size: float | None = None,
) -> etree._Element:
    """A w:p (its properties in the schema's order) holding `text` as one run, if any."""
    paragraph = etree.Element(_W["p"])
    if style or page_break or keep_with_next or keep_together:
        properties = etree.SubElement(paragraph, _W["pPr"])
        if style:
            etree.SubElement(properties, _W["pStyle"]).set(_W["val"], style)
        if keep_with_next:
            etree.SubElement(properties, _W["keepNext"])
        if keep_together:
            etree.SubElement(properties, _W["keepLines"])
        if page_break:
            etree.SubElement(properties, _W["pageBreakBefore"])
    _run(paragraph, text, bold=bold, size=size)
    return paragraph


def _spacer() -> etree._Element:
    """An empty paragraph 6 pt high (its mark 4 pt, no space before or after)."""
    paragraph = etree.Element(_W["p"])
    properties = etree.SubElement(paragraph, _W["pPr"])
    spacing = etree.SubElement(properties, _W["spacing"])
    spacing.set(_W["before"], "0")
    spacing.set(_W["after"], "0")
    spacing.set(qn("w:line"), "120")
    spacing.set(qn("w:lineRule"), "exact")
    mark = etree.SubElement(properties, _W["rPr"])
    etree.SubElement(mark, _W["sz"]).set(_W["val"], "8")
    return paragraph


def _run(
    paragraph: etree._Element,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
    colour: str | None = None,
) -> None:
    """A w:r of plain text; each line break a w:br (never markup: lxml escapes the text)."""
    if not text:
        return
    run = etree.SubElement(paragraph, _W["r"])
    if bold or italic or size or colour:
        properties = etree.SubElement(run, _W["rPr"])
        if bold:
            etree.SubElement(properties, _W["b"])
        if italic:
            etree.SubElement(properties, _W["i"])
        if colour:
            etree.SubElement(properties, _W["color"]).set(_W["val"], colour)
        if size:
            half_points = str(round(size * 2))
            etree.SubElement(properties, _W["sz"]).set(_W["val"], half_points)
            etree.SubElement(properties, _W["szCs"]).set(_W["val"], half_points)
    for index, line in enumerate(text.split("\n")):
        if index:
            etree.SubElement(run, _W["br"])
        if line:
            element = etree.SubElement(run, _W["t"])
            element.text = line
            if line[0].isspace() or line[-1].isspace():
                element.set(_PRESERVE, "preserve")


def _field_char(paragraph: etree._Element, kind: str) -> None:
    run = etree.SubElement(paragraph, _W["r"])
    etree.SubElement(run, _W["fldChar"]).set(_W["fldCharType"], kind)


def _row(
    table: etree._Element,
    values: Sequence[Cell],
    twips: Sequence[int],
    *,
    bold_columns: int,
    fill: str = "",
    header: bool = False,
) -> None:
    """A w:tr that never splits across pages (repeated on each page when `header`)."""
    row = etree.SubElement(table, _W["tr"])
    properties = etree.SubElement(row, _W["trPr"])
    etree.SubElement(properties, _W["cantSplit"])
    if header:
        etree.SubElement(properties, _W["tblHeader"])
    for index, (text, size) in enumerate(zip(values, twips, strict=True)):
        cell = etree.SubElement(row, _W["tc"])
        cell_properties = etree.SubElement(cell, _W["tcPr"])
        width = etree.SubElement(cell_properties, _W["tcW"])
        width.set(_W["w"], str(size))
        width.set(_W["type"], "dxa")
        if fill:
            shading = etree.SubElement(cell_properties, _W["shd"])
            shading.set(_W["val"], "clear")
            shading.set(qn("w:color"), "auto")
            shading.set(_W["fill"], fill)
        if isinstance(text, tuple):  # a bold first line, then the rest
            paragraph = _paragraph(plain(text[0]), bold=True, size=TABLE_PT)
            rest = plain(text[1])
            if rest:
                _run(paragraph, "\n" + rest, size=TABLE_PT)
        else:
            paragraph = _paragraph(plain(text), bold=index < bold_columns, size=TABLE_PT)
        cell.append(paragraph)
