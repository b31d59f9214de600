"""The session report: `build_report(data, out)` lays out small sections of flowables.

Page 1 is the summary (what was asked, who came, the alliances, the commitments confirmed and
proposed, the decisions, the next meeting); then a clickable table of contents, one section
per alliance (its commitments printed once), the board in summary, the people present, and
the appendices (every card in full, the SDG coverage). A section with nothing to say is left
out. Headings stay with what follows them and are repeated with '(suite)' where a section
goes on to the next page.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    SetTopFlowables,
    Spacer,
    Table,
    TableStyle,
)

from workshop.domain.records import (
    Alliance,
    Card,
    Commitment,
    Partner,
    Person,
)
from workshop.domain.text import sort_key
from workshop.domain.totals import (
    SUMMED_STATUSES,
    CommitmentTotals,
    ResourceTotal,
    commitment_totals,
    resource_line,
    status_line,
    status_word,
)
from workshop.domain.vocabulary import CommitmentStatus, Lang, PartnerRole
from workshop.report.alliance_map import alliance_map_section
from workshop.report.board import zone_blocks
from workshop.report.charts import sdg_coverage, sdg_tiles
from workshop.report.data import ReportData
from workshop.report.flow import (
    Anchor,
    Contents,
    RefitParagraph,
    ReportTable,
    keep_headings_with_next,
)
from workshop.report.fonts import markup
from workshop.report.i18n import (
    NBSP,
    format_date,
    format_quantity,
    format_short_date,
    format_time,
    tr,
)
from workshop.report.open_space_section import open_space_section
from workshop.report.pages import Outline, canvas_maker, make_document, metadata, page_decoration
from workshop.report.polls_section import polls_section
from workshop.report.previous import (
    has_previous,
    previous_header,
    previous_intro,
    previous_rows,
)
from workshop.report.styles import (
    ACCENT,
    CELL_PADDING,
    FRAME_WIDTH,
    HEADER_FILL,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MAX_CELL_LINES,
    PAGE_HEIGHT,
    RULE,
    data_table,
    fit_cell,
    fit_paragraph,
    styles,
)
from workshop.report.tables_section import tables_section
from workshop.report.territory_map import has_territory_map, territory_map_section
from workshop.report.territory_map import title as territory_map_title
from workshop.report.text_fit import wrap
from workshop.report.typography import typography

MAX_PARAGRAPH_LINES = 40  # lines of one paragraph of body text (a question, the totals)
MAX_HEADING_LINES = 6  # lines of a title or a heading (a name pasted twice over)
PERSON_LINES = 6  # lines of a name, a job title or an e-mail in the participants' table
HEADINGS = frozenset({"title", "subtitle", "h1", "h2"})
FRAME_PADDING = 6.0  # reportlab's frame keeps 6 pt free on each side
TABLE_PADDING = 6.0  # reportlab's default cell padding, in the tables that keep it
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 12  # inside the frame's 6 pt padding
CONTENT_WIDTH = FRAME_WIDTH - 2 * FRAME_PADDING  # what a table or drawing may take
ROOM_H1 = 90.0  # points a section heading needs below it, or it opens the next page
ROOM_H2 = 60.0  # the same for a sub-heading (an alliance, a zone)
TOP_CARDS = 10  # most voted cards printed in the board's summary (all are in the appendix)
# The commitments' columns: what, with the resource and quantity; status and due date.
COMMITMENT_COLUMNS = (361.0, 120.0)
# Page 1 gives each alliance's objective up to this many alliances (past it, the objectives
# are in the alliances' own sections: page 1 stays a summary).
SUMMARY_OBJECTIVES = 8
SDG_TILES_WIDTH = 150.0  # an alliance's SDG tiles, right of its type and status
PARTNER_FILL = colors.HexColor("#F0F3F6")  # a partner's row above its commitments
LIST_ENTRY_CHARACTERS = 400  # of one organisation's name or people in the list of people present
KEY_WIDTH = 100.0  # the labels' column of page 1's tables
CONTENTS_ROOM = 120.0  # the table of contents starts under the summary if this is left
APPENDIX_KEY = "appendix"  # the outline key where the appendices start


class Writer:
    """Builds the report's flowables in one language, escaping every piece of user text."""

    def __init__(self, data: ReportData, lang: Lang, contacts: bool) -> None:
        self.data = data
        self.lang = lang
        self.contacts = contacts
        self.s = styles(self.lang)
        self.outlines: list[Outline] = []  # the headings of the outline, in order
        # The people present flow as one paragraph, never hyphenated (names).
        self.list_style = ParagraphStyle("list", parent=self.s.cell, hyphenationLang="")

    # Text helpers --------------------------------------------------------------------------

    def t(self, key: str) -> str:
        return tr(key, self.lang)

    def p(
        self,
        text: str,
        style: str = "body",
        *,
        line_breaks: bool = False,
        max_lines: int | None = None,
    ) -> Paragraph:
        """User or label text as a Paragraph the page's width: escaped, with French typography
        in French, long words broken, cut with '…' and a note past `max_lines` lines (a few
        for a title or heading, more for body text)."""
        if max_lines is None:
            max_lines = MAX_HEADING_LINES if style in HEADINGS else MAX_PARAGRAPH_LINES
        return self.fit(
            text,
            FRAME_WIDTH,
            style,
            line_breaks=line_breaks,
            max_lines=max_lines,
            padding=FRAME_PADDING,
        )

    def fit(
        self,
        text: str,
        width: float,
        style: str = "cell",
        *,
        line_breaks: bool = False,
        max_lines: int = MAX_CELL_LINES,
        padding: float = 0.0,
    ) -> Paragraph:
        """User text as a Paragraph for a box `width` points wide (`padding` on each side), at
        most `max_lines` lines: table rows always fit on a page, whatever was typed."""
        text = self.cell(text)
        paragraph_style = getattr(self.s, style)

        def make(inner: float) -> Paragraph:
            return fit_paragraph(
                text,
                inner,
                self.lang,
                style=paragraph_style,
                max_lines=max_lines,
                padding=0.0,
                line_breaks=line_breaks,
            )

        return RefitParagraph(make, width - 2 * padding)

    def cell(self, text: str) -> str:
        """A data_table cell (drawn as a plain string if it fits, else as a bounded Paragraph):
        French typography in French. data_table fits it into its column's width."""
        return typography(text, self.lang)

    def table(
        self,
        header: list[str],
        rows: Sequence[Sequence[object]],
        widths: list[float],
        *,
        extra: Sequence[tuple[Any, ...]] = (),
        max_lines: Sequence[int] | None = None,
        groups: Sequence[str] | None = None,
        continued: Callable[[str], Any] | None = None,
        header_width: float | None = None,
    ) -> Table:
        """A data_table in the report's language (its cut texts say so in that language) that
        leaves no row alone at a page's bottom or top; a row of group `groups[i]` opening a
        page gets `continued(group)` in its empty first cell."""
        table = data_table(header, rows, widths, extra=extra, lang=self.lang, max_lines=max_lines)
        adopted = ReportTable.adopt(table, groups, continued)
        if header_width is not None:  # a header row spanning the table: fitted to its width
            adopted.cells[0][0] = fit_cell(
                header[0], header_width, self.lang, style=self.s.cell_bold, max_lines=4
            )
        return adopted

    def h1(self, key: str) -> Paragraph:
        return self.p(self.t(key), "h1")

    def date(self) -> str:
        return format_date(self.data.workshop.date, self.lang)

    def partner_name(self, commitment: Commitment) -> str:
        return self.data.organisation_of_partner(commitment.partner_id).name

    def alliance_name(self, commitment: Commitment) -> str:
        return self.data.alliance(self.data.partner(commitment.partner_id).alliance_id).name

    def quantity(self, commitment: Commitment) -> str:
        return format_quantity(commitment.quantity, commitment.unit, self.lang)

    def status_header(self, status: CommitmentStatus) -> str:
        """'Confirmés', 'Proposés', 'Réalisés' (the domain's words, for a column of totals)."""
        return status_word(status, self.lang, plural=True, feminine=False).capitalize()

    def status_amounts(self, totals: list[ResourceTotal], status: CommitmentStatus) -> str:
        """One kind's amounts of one status, unit by unit ('4 500 €', '14 heures, 6 personnes')."""
        parts = []
        for total in totals:
            if total.amount(status):
                parts.append(format_quantity(total.amount(status), total.unit, self.lang))
            elif total.count(status):
                parts.append(self.commitments_count(total.count(status)))
        return ", ".join(parts) or self.t("none")

    def commitments_count(self, n: int) -> str:
        word = self.t("commitments")
        return f"{n}{NBSP}{word if n > 1 or (self.lang == 'en' and n != 1) else word[:-1]}"

    def dropped_note(self, totals: CommitmentTotals) -> str:
        """' 1 engagement abandonné n'est pas compté.' (or that none would be, when none is)."""
        n = totals.dropped
        if not n:
            return " " + self.t("dropped_none")
        return " " + (self.t("dropped_one") if n == 1 else self.t("dropped_many").format(n=n))

    def kind_totals(
        self, commitments: list[Commitment], label: str = "total", note: str = ""
    ) -> list[Flowable]:
        """Under a table of several commitments, one line per kind, each status apart:

        'Financier : 4 500 € confirmés · 37 000 € proposés' (nothing under a single one).
        """
        if len(commitments) < 2:
            return []
        totals = commitment_totals(commitments)
        colon = " : " if self.lang == "fr" else ": "
        lines = [
            f"{kind.label(self.lang)}{colon}{resource_line(group, self.lang, NBSP)}"
            for kind, group in totals.by_kind()
        ]
        if not lines:
            return []
        separator = " ; " if self.lang == "fr" else "; "
        value: list[Flowable] = [self.value(separator.join(lines), 60)]
        if note:  # under the totals: where the dropped commitments are
            value.append(self.fit(note, CONTENT_WIDTH - 60, "note", padding=TABLE_PADDING))
        row = [self.p(self.t(label), "cell_bold"), value]
        table = Table([row], colWidths=[60, CONTENT_WIDTH - 60], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.6, ACCENT),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return [table]

    # Structure -----------------------------------------------------------------------------

    def heading(
        self,
        text: str,
        style: str = "h1",
        *,
        key: str = "",
        level: int = 0,
        title: str = "",
    ) -> list[Flowable]:
        """A heading kept with what follows (it never ends a page alone), an outline entry and
        a line of the table of contents when it has a `key`."""
        paragraph = self.p(text, style)
        paragraph.heading = True  # type: ignore[attr-defined]  # kept with what follows
        if key:
            outline = Outline(key, metadata(typography(title or text, self.lang)), level)
            paragraph.outline = outline  # type: ignore[attr-defined]
            self.outlines.append(outline)
        return [CondPageBreak(ROOM_H1 if style == "h1" else ROOM_H2), paragraph]

    def intro(self, text: str) -> Paragraph:
        """A note under a heading, kept with the heading and what follows."""
        note = self.p(text, "note")
        note.heading = True  # type: ignore[attr-defined]
        return note

    def continued_heading(self, text: str) -> Paragraph:
        return self.p(f"{text} {self.t('continued')}", "h2")

    def group(self, text: str, body: list[Flowable], **outline: Any) -> list[Flowable]:
        """An h2 heading and its body; a page the body continues on opens with the heading
        and '(suite)'."""
        return [
            *self.heading(text, "h2", **outline),
            SetTopFlowables([self.continued_heading(text)]),
            *body,
            SetTopFlowables([]),
        ]

    def widths(self, widths: Sequence[float]) -> list[float]:
        """Column widths scaled to the frame's inner width: a table ends at the right margin."""
        total = sum(widths)
        return [w * CONTENT_WIDTH / total for w in widths]

    def key_value_table(self, rows: list[list[object]], key_width: float = KEY_WIDTH) -> Table:
        table = Table(rows, colWidths=[key_width, CONTENT_WIDTH - key_width], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return ReportTable.adopt(table)

    def value(self, text: str, key_width: float = KEY_WIDTH, *, max_lines: int = 8) -> Paragraph:
        return self.fit(
            text, CONTENT_WIDTH - key_width, "body", max_lines=max_lines, padding=TABLE_PADDING
        )

    def shortened(self, text: str, width: float, lines: int) -> str:
        """A summary's cell: at most `lines` lines of `text`, the last ending with '…' when the
        rest is left out (the full text is in the alliance's own section)."""
        style = self.s.cell
        wrapped = wrap(
            self.cell(" ".join(text.split())),
            style.fontName,
            style.fontSize,
            width - 2 * CELL_PADDING - 1,
            lines,
            self.lang,
        )
        if wrapped and wrapped[-1].endswith("-…"):  # no hyphen before the ellipsis
            wrapped[-1] = wrapped[-1][:-2] + "…"
        return "\n".join(wrapped)

    def plural(self, n: int, one: str, many: str) -> str:
        return self.t(one).format(n=n) if n == 1 else self.t(many).format(n=n)

    # Sections ------------------------------------------------------------------------------

    def flowables(self) -> list[Flowable]:
        """Page 1, the summary; the table of contents; the sections; the appendices."""
        self.outlines = []
        summary = self.summary()
        sections = [
            *self.alliances(),
            *self.previous_follow_up(),
            *self.board(),
            *tables_section(self, self.data.seating),
            *open_space_section(self, self.data.open_space),
            *polls_section(self, self.data.polls),
            *self.participants(),
        ]
        appendices = self.appendices()
        contents: list[Flowable] = []
        if len(self.outlines) > 1:
            contents = [
                CondPageBreak(CONTENTS_ROOM),
                *self.heading(self.t("contents")),
                Contents(self.outlines),
                Spacer(1, 18),
            ]
        return keep_headings_with_next(
            [*summary, *contents, *sections, *appendices],
            lambda f: getattr(f, "heading", False) is True,
        )

    def summary(self) -> list[Flowable]:
        """Page 1: the question, when and where, who came, the alliances, the commitments
        confirmed and proposed, the decisions and the next meeting (each when it has content)."""
        workshop = self.data.workshop
        title = self.p(workshop.title, "title")
        outline = Outline("summary", metadata(self.t("summary")), 0)
        title.outline = outline  # type: ignore[attr-defined]
        self.outlines.append(outline)
        flowables: list[Flowable] = [self.p(self.t("report"), "subtitle"), title]
        if workshop.question:
            flowables += [self.question_box(workshop.question), Spacer(1, 8)]
        details = self.details()
        if details:
            flowables.append(self.key_value_table(details))
        flowables += self.who_came()
        flowables += self.commitments_summary()
        flowables += self.alliances_formed()
        flowables += self.decisions()
        flowables += self.next_meeting()
        return flowables

    def question_box(self, question: str) -> Table:
        box = Table(
            [
                [self.p(self.t("question"), "cell_bold")],
                [
                    self.fit(
                        question,
                        CONTENT_WIDTH - 10 - TABLE_PADDING,
                        "body",
                        line_breaks=True,
                        max_lines=12,
                    )
                ],
            ],
            colWidths=[CONTENT_WIDTH],
        )
        box.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, 0), 6),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
                ]
            )
        )
        return ReportTable.adopt(box)

    def details(self) -> list[list[object]]:
        """When, where, who facilitated, and the SDGs the workshop aims at."""
        workshop = self.data.workshop
        times = " – ".join(
            t
            for t in (
                format_time(workshop.start_time, self.lang),
                format_time(workshop.end_time, self.lang),
            )
            if t
        )
        pairs = [
            (self.t("date"), self.date()),
            (self.t("time"), times),
            (self.t("place"), workshop.place),
            (self.t("territory"), workshop.territory),
            (self.t("facilitator"), workshop.facilitator),
        ]
        rows: list[list[object]] = [[self.p(k, "cell_bold"), self.value(v)] for k, v in pairs if v]
        if workshop.sdgs:
            rows.append(
                [
                    self.p(self.t("target_sdgs"), "cell_bold"),
                    sdg_tiles(
                        workshop.sdgs,
                        CONTENT_WIDTH - KEY_WIDTH - 10,
                        size=16,
                        lang=self.lang,
                        titles=False,
                    ),
                ]
            )
        return rows

    def who_came(self) -> list[Flowable]:
        """People present (those from a phone among them) and organisations by kind."""
        data = self.data
        figures = data.figures
        rows: list[list[object]] = []
        if figures.present or figures.people:
            n = figures.present
            people = f"{n}{NBSP}" + self.t("person_present" if n == 1 else "people_present")
            phones = len(data.phone_people())
            if phones:
                people += ", " + self.t("by_phone").format(n=phones)
            if figures.people > n:
                people += ", " + self.t("out_of_registered").format(n=figures.people)
            rows.append([self.p(self.t("people"), "cell_bold"), self.value(people)])
        kinds = data.present_organisations_by_kind()
        if kinds:
            count = sum(n for _, n in kinds)
            text = self.plural(count, "organisation_one", "organisation_many")
            text += " : " if self.lang == "fr" else ": "
            text += ", ".join(f"{kind.label(self.lang)} ({n})" for kind, n in kinds)
            rows.append(
                [self.p(self.t("organisations").capitalize(), "cell_bold"), self.value(text)]
            )
        if data.cards:
            rows.append(
                [
                    self.p(self.t("cards_line"), "cell_bold"),
                    self.value(self.plural(len(data.cards), "card_one", "card_many")),
                ]
            )
        if not rows:
            return []
        return [*self.heading(self.t("who_came"), "h2"), self.key_value_table(rows)]

    def alliances_formed(self) -> list[Flowable]:
        """One row per alliance: its name and objective, its pilot, its partners, its SDGs."""
        data = self.data
        if not data.alliances:
            return []
        widths = self.widths([190, 95, 150, 45])
        rows = []
        for alliance in data.alliances:
            partners = data.partners_by_role(alliance.id)
            pilots = [p for p in partners if p.role is PartnerRole.PILOTE]
            others = [p for p in partners if p.role is not PartnerRole.PILOTE]
            name: list[Flowable] = [
                self.fit(alliance.name, widths[0], "cell_bold", max_lines=3, padding=CELL_PADDING)
            ]
            if alliance.objective and len(data.alliances) <= SUMMARY_OBJECTIVES:
                name.append(self.fit(self.shortened(alliance.objective, widths[0], 2), widths[0]))
            rows.append(
                [
                    name,
                    self.shortened(
                        ", ".join(data.organisations[p.organisation_id].name for p in pilots),
                        widths[1],
                        3,
                    ),
                    self.shortened(
                        ", ".join(data.organisations[p.organisation_id].name for p in others),
                        widths[2],
                        3 if len(data.alliances) <= SUMMARY_OBJECTIVES else 2,
                    ),
                    ", ".join(str(n) for n in alliance.sdgs),
                ]
            )
        table = self.table(
            [self.t("alliance"), self.t("pilot"), self.t("partners"), self.t("sdgs")],
            rows,
            widths,
            max_lines=[4, 3, 3, 2],
        )
        return [*self.heading(self.t("alliances_formed"), "h2"), table]

    def commitments_summary(self) -> list[Flowable]:
        """Page 1's lines: what is confirmed, what is only proposed (and done), never added up."""
        totals = self.data.totals()
        rows: list[list[object]] = [
            [
                self.p(
                    f"{self.t(f'commitments_{status.value}')} ({totals.count(status)})", "cell_bold"
                ),
                self.value(status_line(totals, status, self.lang, NBSP), 150, max_lines=12),
            ]
            for status in SUMMED_STATUSES
            if totals.count(status)
        ]
        if not rows:
            return []
        flowables: list[Flowable] = [
            *self.heading(self.t("commitments_heading"), "h2"),
            self.key_value_table(rows, 150),
        ]
        if totals.dropped:
            flowables.append(self.p(self.dropped_note(totals).strip(), "note"))
        return flowables

    def decisions(self) -> list[Flowable]:
        """The decisions and follow-ups: what, who carries it, by when."""
        decisions = self.data.decisions
        if not decisions:
            return []
        rows = [
            [
                self.cell(d.text),
                self.cell(d.owner),
                format_short_date(d.due_date, self.lang),
            ]
            for d in decisions
        ]
        table = self.table(
            [self.t("decision"), self.t("owner"), self.t("due")],
            rows,
            self.widths([300, 120, 60]),
        )
        return [*self.heading(self.t("decisions"), "h2"), table]

    def next_meeting(self) -> list[Flowable]:
        workshop = self.data.workshop
        when = format_date(workshop.next_meeting_date, self.lang)
        text = ", ".join(x for x in (when, workshop.next_meeting_place) if x)
        if not text:
            return []
        return [*self.heading(self.t("next_meeting"), "h2"), self.p(text)]

    def previous_follow_up(self) -> list[Flowable]:
        """The commitments of the workshop this one follows, as they stand now: what became of
        each (done, confirmed, carried over, dropped) and how often its partner was reminded."""
        if not has_previous(self.data):
            return []
        rows = [
            [self.cell(row[0]), self.cell(row[1]), *row[2:]]
            for row in previous_rows(self.data, self.lang)
        ]
        table = self.table(previous_header(self.lang), rows, self.widths([122, 196, 58, 62, 52]))
        return [
            *self.heading(self.t("previous_title"), key="previous"),
            self.intro(previous_intro(self.data, self.lang)),
            table,
        ]

    def alliances(self) -> list[Flowable]:
        """One section per alliance: what it is, its partners and roles, its commitments."""
        if not self.data.alliances:
            return []
        flowables = self.heading(self.t("alliances").capitalize(), key="alliances")
        if any(self.data.from_phone(c) for c in self.data.commitments):
            flowables.append(self.intro(self.t("phone_mark")))
        for number, alliance in enumerate(self.data.alliances, start=1):
            flowables += self.alliance(number, alliance)
        return flowables

    def alliance(self, number: int, alliance: Alliance) -> list[Flowable]:
        data = self.data
        kind = " · ".join(
            x
            for x in (
                alliance.partnership_type.label(self.lang) if alliance.partnership_type else "",
                alliance.status.label(self.lang),
                ", ".join(need.label(self.lang) for need in alliance.needs),  # the catalyst needs
            )
            if x
        )
        about: list[object] = [self.fit(kind, CONTENT_WIDTH - SDG_TILES_WIDTH, "note")]
        if alliance.sdgs:  # the SDGs' tiles at the right of the same line
            about.append(sdg_tiles(alliance.sdgs, SDG_TILES_WIDTH, size=14, titles=False))
        line = Table(
            [about],
            colWidths=[CONTENT_WIDTH - SDG_TILES_WIDTH, SDG_TILES_WIDTH][: len(about)],
            hAlign="LEFT",
            style=[
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ],
        )
        body: list[Flowable] = []
        if alliance.objective:
            body.append(
                self.fit(
                    alliance.objective,
                    CONTENT_WIDTH,
                    "body",
                    line_breaks=True,
                    max_lines=MAX_PARAGRAPH_LINES,
                )
            )
        body.append(line)
        name = f"{number}. {alliance.name}"
        partners = data.partners_by_role(alliance.id)
        if partners:
            body.append(Spacer(1, 4))
        for partner in partners:
            body.append(self.partner_table(partner))
        commitments = data.commitments_of(alliance.id)
        dropped = [c for c in commitments if c.status is CommitmentStatus.ABANDONNE]
        note = self.plural(len(dropped), "dropped_listed_one", "dropped_listed_many")
        body += self.kind_totals(commitments, note=note if dropped else "")
        return self.group(name, body, key=f"alliance{number}", level=1)

    def partner_label(self, partner: Partner) -> str:
        """'Organisation · role · contact' (the contact's e-mail and phone only when asked)."""
        name = self.data.organisations[partner.organisation_id].name
        parts = [
            name,
            partner.role.label(self.lang).lower(),
            self.data.contact(partner.contact_person_id, self.contacts),
        ]
        return " · ".join(x for x in parts if x)

    def partner_table(self, partner: Partner) -> Table:
        """A partner's row (name, role, contact) then its commitments, each once: what, with
        the resource and how much; the status and due date. On a page it continues on, the
        partner's row is repeated with '(suite)'."""
        commitments = [
            c
            for c in self.data.commitments
            if c.partner_id == partner.id and c.status is not CommitmentStatus.ABANDONNE
        ]
        widths = self.widths(COMMITMENT_COLUMNS)
        label = self.partner_label(partner)
        rows = [
            [
                self.cell(f"{self.description(c)} — {self.resource(c)}"),
                self.cell(
                    " · ".join(
                        x
                        for x in (
                            c.status.label(self.lang),
                            format_short_date(c.due_date, self.lang),
                        )
                        if x
                    )
                ),
            ]
            for c in commitments
        ]
        table = self.table(
            [label, ""],
            rows,
            widths,
            extra=[
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), PARTNER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, 0), 2),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
                ("TOPPADDING", (0, 1), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 1),
            ],
            max_lines=[10, 2],
            header_width=CONTENT_WIDTH,
        )
        continued = self.fit(
            f"{label} {self.t('continued')}",
            CONTENT_WIDTH,
            "cell_bold",
            max_lines=4,
            padding=CELL_PADDING,
        )
        return ReportTable.adopt(table, header=continued)

    def description(self, commitment: Commitment) -> str:
        """What the partner commits to, with the facilitator's note; a pledge typed on a phone
        gets the phone mark instead of the note the phone page writes."""
        if self.data.from_phone(commitment):
            return f"{commitment.description} ☎"
        note = commitment.note.strip()
        return commitment.description + (f" ({note})" if note else "")

    def resource(self, commitment: Commitment) -> str:
        """'Financier : 4 500 €', or the resource alone for a commitment with no quantity."""
        kind = commitment.resource_kind.label(self.lang)
        quantity = self.quantity(commitment)
        if not quantity:
            return kind
        return f"{kind} : {quantity}" if self.lang == "fr" else f"{kind}: {quantity}"

    def alliance_map(self, heading: list[Flowable]) -> list[Flowable]:
        """The alliance map under `heading` (one map per group of alliances when many)."""
        room = FRAME_HEIGHT - 40  # under the heading (the section subtracts its caption, legend)
        return [
            *heading,
            *alliance_map_section(self.data, CONTENT_WIDTH, self.lang, max_height=room),
        ]

    def board(self) -> list[Flowable]:
        """The board in summary: its zones, its clusters and the most voted cards."""
        data = self.data
        if not data.cards:
            return []
        zone_ids = {z.id for z in data.zones}
        zones: list[tuple[str, list[Card]]] = [
            (z.name, [c for c in data.cards if c.zone_id == z.id]) for z in data.zones
        ]
        stray = [c for c in data.cards if c.zone_id not in zone_ids]
        if stray:
            zones.append((self.t("no_zone"), stray))
        zones = [(name, cards) for name, cards in zones if cards]
        counted = self.t("board_summary").format(
            cards=self.plural(len(data.cards), "card_one", "card_many"),
            zones=self.plural(len(zones), "zone_one", "zone_many"),
        )
        flowables = [*self.heading(self.t("board"), key="board"), self.intro(counted)]
        rows = [
            [self.cell(name), str(len(cards)), str(sum(data.votes.get(c.id, 0) for c in cards))]
            for name, cards in zones
        ]
        flowables += [
            *self.heading(self.t("zones"), "h2"),
            self.table(
                [self.t("zone"), self.t("cards").capitalize(), self.t("votes")],
                rows,
                self.widths([300, 100, 81]),
                extra=[("ALIGN", (1, 1), (2, -1), "RIGHT")],
                max_lines=[3, 1, 1],
            ),
        ]
        flowables += self.clusters()
        flowables += self.top_cards()
        return flowables

    def clusters(self) -> list[Flowable]:
        data = self.data
        if not data.clusters:
            return []
        rows = []
        widths = self.widths([120, 290, 45, 35])
        for cluster in sorted(data.clusters, key=lambda c: (sort_key(c.label), c.id)):
            cards = [c for c in data.cards if c.cluster_id == cluster.id]
            zones = sorted({data.zone_name(c.zone_id) for c in cards} - {""})
            votes = sum(data.votes.get(c.id, 0) for c in cards)
            rows.append(
                [
                    self.cell(cluster.label),
                    self.shortened(", ".join(zones), widths[1], 1),
                    str(len(cards)),
                    str(votes),
                ]
            )
        rows.sort(key=lambda r: -int(str(r[3])))
        table = self.table(
            [self.t("cluster"), self.t("zone"), self.t("cards").capitalize(), self.t("votes")],
            rows,
            widths,
            extra=[("ALIGN", (2, 1), (-1, -1), "RIGHT")],
        )
        return [*self.heading(self.t("clusters"), "h2"), table]

    def top_cards(self) -> list[Flowable]:
        """The most voted cards (ties share a rank); the others are in the appendix."""
        data = self.data
        voted = sorted(
            (c for c in data.cards if data.votes.get(c.id)), key=lambda c: (-data.votes[c.id], c.id)
        )
        if not voted:
            return []
        rows = []
        rank = 0
        previous = None
        for position, card in enumerate(voted[:TOP_CARDS], start=1):
            if data.votes[card.id] != previous:
                rank, previous = position, data.votes[card.id]
            rows.append(
                [
                    str(rank),
                    self.cell(card.text),
                    self.cell(data.card_author(card)),
                    self.cell(data.zone_name(card.zone_id)),
                    str(data.votes[card.id]),
                ]
            )
        flowables = self.heading(self.t("top_cards"), "h2")
        if len(voted) > TOP_CARDS:
            note = self.t("top_cards_note").format(n=TOP_CARDS, m=len(voted))
            flowables.append(self.intro(note))
        flowables.append(
            self.table(
                [self.t("rank"), self.t("card"), self.t("author"), self.t("zone"), self.t("votes")],
                rows,
                self.widths([36, 240, 110, 65, 30]),
                extra=[("ALIGN", (-1, 1), (-1, -1), "RIGHT")],
                max_lines=[1, 3, 3, 2, 1],
            )
        )
        return flowables

    def participants(self) -> list[Flowable]:
        """The people present, by organisation (contacts only when asked)."""
        data = self.data
        ordered = data.present_by_organisation()
        if not ordered:
            return []
        present = sum(len(people) for _, people in ordered)
        flowables = [
            *self.heading(self.t("participants"), key="participants"),
            self.intro(self.t("present_note")),
        ]
        absent = len(data.attendance) - present
        if absent:
            flowables.append(self.intro(self.plural(absent, "absent_one", "absent_many")))
        names = [o.name if o else self.t("no_organisation") for o, _ in ordered]
        if not self.contacts:
            flowables.append(self.present_list(names, [people for _, people in ordered]))
            return flowables
        widths = self.widths([104, 95, 72, 138, 70])
        rows = []
        groups_of_rows: list[str] = []
        for name, (_, people) in zip(names, ordered, strict=True):
            for index, person in enumerate(people):
                rows.append(
                    [
                        self.fit(
                            name,
                            widths[0],
                            "cell_bold",
                            max_lines=PERSON_LINES,
                            padding=CELL_PADDING,
                        )
                        if index == 0
                        else "",
                        self.cell(person.full_name),
                        self.cell(person.title),
                        self.cell(person.email),
                        self.cell(person.phone.replace(" ", NBSP)),
                    ]
                )
                groups_of_rows.append(name)
        table = self.table(
            [
                self.t("organisation"),
                self.t("name"),
                self.t("role_title"),
                self.t("email"),
                self.t("phone"),
            ],
            rows,
            widths,
            max_lines=[PERSON_LINES] * len(widths),
            groups=groups_of_rows,
            continued=lambda name: self.fit(
                f"{name} {self.t('continued')}",
                widths[0],
                "cell_bold",
                max_lines=PERSON_LINES,
                padding=CELL_PADDING,
            ),
        )
        flowables.append(table)
        return flowables

    def present_list(self, names: list[str], people: list[list[Person]]) -> Paragraph:
        """'Organisation : Name, Name · Organisation : Name…' as one flowing paragraph, the
        organisations in bold; a name never broken nor hyphenated (a pasted text is cut)."""
        bold = self.s.fonts.bold
        colon = f"{NBSP}: " if self.lang == "fr" else ": "
        entries = []
        for name, group in zip(names, people, strict=True):
            who = ", ".join(p.full_name.replace(" ", NBSP) for p in group)
            organisation = markup(self.cell(_bounded(name)))
            present = markup(self.cell(_bounded(who)))
            entries.append(f'<font name="{bold}">{organisation}</font>{colon}{present}')
        return Paragraph(" · ".join(entries), self.list_style)

    def appendices(self) -> list[Flowable]:
        """The alliance map, every card in full zone by zone, and the SDG coverage, each on
        new pages and only when it has content."""
        data = self.data
        parts: list[tuple[str, str, Callable[[list[Flowable]], list[Flowable]]]] = []
        if data.partners:
            parts.append(("map", self.t("alliance_map"), self.alliance_map))
        if has_territory_map(data):  # the workshop's organisations on its territory
            room = FRAME_HEIGHT - 40
            parts.append(
                (
                    "territory",
                    territory_map_title(self.lang),
                    lambda head: [
                        *head,
                        *territory_map_section(data, CONTENT_WIDTH, self.lang, max_height=room),
                    ],
                )
            )
        if data.cards:
            parts.append(("cards", self.t("all_cards"), lambda head: [*head, *self.all_cards()]))
        if any(c.status is CommitmentStatus.ABANDONNE for c in data.commitments):
            parts.append(("dropped", self.t("dropped_appendix"), self.dropped_commitments))
        if data.workshop.sdgs or any(a.sdgs for a in data.alliances):
            parts.append(("sdgs", self.t("sdg_appendix"), self.sdg_coverage))
        if not parts:
            return []
        appendix = Outline(APPENDIX_KEY, metadata(self.t("appendices")), 0)
        self.outlines.append(appendix)
        flowables: list[Flowable] = []
        for index, (key, title, make) in enumerate(parts):
            text = self.t("appendix").format(letter=chr(ord("A") + index), title=title)
            head = self.heading(text, key=f"appendix-{key}", level=1)
            if index == 0:  # the first appendix also carries the 'Annexes' entry
                head = [head[0], Anchor(appendix), head[1]]
            flowables += [PageBreak(), *make(head)]
        return flowables

    def dropped_commitments(self, heading: list[Flowable]) -> list[Flowable]:
        """The commitments abandoned, alliance by alliance: what was offered, by whom."""
        data = self.data
        rows = [
            [
                self.cell(self.alliance_name(c)),
                self.cell(self.partner_name(c)),
                self.cell(f"{self.description(c)} — {self.resource(c)}"),
                format_short_date(c.due_date, self.lang),
            ]
            for alliance in data.alliances
            for c in data.commitments_of(alliance.id)
            if c.status is CommitmentStatus.ABANDONNE
        ]
        table = self.table(
            [self.t("alliance"), self.t("partner"), self.t("what_resource"), self.t("due")],
            rows,
            self.widths([110, 100, 210, 61]),
            max_lines=[3, 3, 10, 1],
        )
        return [*heading, self.intro(self.t("dropped_appendix_note")), table]

    def sdg_coverage(self, heading: list[Flowable]) -> list[Flowable]:
        return [
            *heading,
            self.intro(self.t("sdg_coverage_note")),
            Spacer(1, 4),
            sdg_coverage(self.data, CONTENT_WIDTH, self.lang),
        ]

    def all_cards(self) -> list[Flowable]:
        """The board's zones, each a block of its cards, the zone's name repeated with
        '(suite)' on the pages it continues on."""
        data = self.data
        flowables: list[Flowable] = [self.intro(self.t("board_note"))]
        zone_ids = {z.id for z in data.zones}
        for zone in data.zones:
            cards = tuple(c for c in data.cards if c.zone_id == zone.id)
            if cards:
                flowables += self.zone(
                    zone.name, dataclasses.replace(data, zones=(zone,), cards=cards)
                )
        stray = tuple(c for c in data.cards if c.zone_id not in zone_ids)
        if stray:
            flowables += self.zone(
                self.t("no_zone"), dataclasses.replace(data, zones=(), cards=stray)
            )
        return flowables

    def zone(self, name: str, data: ReportData) -> list[Flowable]:
        continued = self.p(f"{name} {self.t('continued')}", "h2")
        head, *rows = zone_blocks(data, CONTENT_WIDTH, self.t("no_zone"), self.lang)
        return [
            CondPageBreak(ROOM_H2),
            head,
            SetTopFlowables([continued]),
            *rows,
            SetTopFlowables([]),
        ]


def _bounded(text: str, limit: int = LIST_ENTRY_CHARACTERS) -> str:
    """`text` on one line, cut with '…' past `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def build_report(
    data: ReportData, out: str | Path | BinaryIO, *, lang: Lang = "fr", contacts: bool = False
) -> None:
    """Write the workshop's report as an A4 PDF (byte-identical for the same data and options)."""
    writer = Writer(data, lang, contacts)
    workshop = data.workshop
    footer = " · ".join(x for x in (workshop.title, writer.date()) if x)
    document = make_document(
        out,
        title=typography(f"{tr('report', lang)} : {workshop.title}", lang)
        if lang == "fr"
        else f"{tr('report', lang)}: {workshop.title}",
        author=workshop.facilitator or "Catalyse",
        subject=" · ".join(
            x for x in (workshop.question or workshop.title, workshop.territory) if x
        ),
        lang=lang,
    )
    decorate = page_decoration(tr("report", lang), typography(footer, lang))
    document.build(
        writer.flowables(),
        onFirstPage=page_decoration("", typography(footer, lang)),
        onLaterPages=decorate,
        canvasmaker=canvas_maker(tr("page", lang), workshop.date),
    )
