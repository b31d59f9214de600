"""The session report: `build_report(data, out)` lays out small sections of flowables."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workshop.domain.records import (
    Alliance,
    Commitment,
    Organisation,
    OrganisationId,
    Person,
    PersonId,
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
from workshop.domain.vocabulary import KIND_COLOURS, CommitmentStatus, Lang, PartnerRole
from workshop.report.alliance_map import alliance_map, map_layout
from workshop.report.board import zone_blocks
from workshop.report.charts import sdg_coverage, sdg_tiles
from workshop.report.data import ReportData
from workshop.report.i18n import (
    NBSP,
    format_date,
    format_number,
    format_quantity,
    format_short_date,
    format_time,
    tr,
)
from workshop.report.pages import canvas_maker, make_document, page_decoration
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
    fit_paragraph,
    styles,
)
from workshop.report.text_fit import rect
from workshop.report.typography import typography

MAX_PARAGRAPH_LINES = 40  # lines of one paragraph of body text (a question, the totals)
MAX_HEADING_LINES = 6  # lines of a title or a heading (a name pasted twice over)
PERSON_LINES = 6  # lines of a name, a job title or an e-mail in the participants' table
HEADINGS = frozenset({"title", "subtitle", "h1", "h2"})
FRAME_PADDING = 6.0  # reportlab's frame keeps 6 pt free on each side
TABLE_PADDING = 6.0  # reportlab's default cell padding, in the tables that keep it
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 12  # inside the frame's 6 pt padding
MIN_MAP_HEIGHT = 320.0  # the map never shrinks below this: long legends go on the next page
MAP_SLACK = 12.0  # points kept free under the map's page (spacer, table rounding)


class Writer:
    """Builds the report's flowables in one language, escaping every piece of user text."""

    def __init__(self, data: ReportData, lang: Lang, contacts: bool) -> None:
        self.data = data
        self.lang = lang
        self.contacts = contacts
        self.s = styles()

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
        return fit_paragraph(
            self.cell(text),
            width,
            self.lang,
            style=getattr(self.s, style),
            max_lines=max_lines,
            padding=padding,
            line_breaks=line_breaks,
        )

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
    ) -> Table:
        """A data_table in the report's language (its cut texts say so in that language)."""
        return data_table(header, rows, widths, extra=extra, lang=self.lang, max_lines=max_lines)

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

    def kind_totals(self, commitments: list[Commitment], label: str = "total") -> list[Flowable]:
        """Under a table of several commitments, one line per kind, each status apart:

        'Financier : 4 500 € confirmés · 37 000 € proposés' (nothing under a single one).
        """
        if len(commitments) < 2:
            return []
        totals = commitment_totals(commitments)
        lines = [
            f"{kind.label(self.lang)} : {resource_line(group, self.lang, NBSP)}"
            for kind, group in totals.by_kind()
        ]
        if not lines:
            return []
        return [
            Spacer(1, 3),
            KeepTogether(
                [
                    self.p(self.t(label), "cell_bold"),
                    self.p("\n".join(lines), "cell", line_breaks=True),
                ]
            ),
        ]

    def commitments_summary(self) -> list[Flowable]:
        """Page 1's lines: what is confirmed, what is only proposed (and done), never added up."""
        totals = self.data.totals()
        rows = [
            [
                self.p(
                    f"{self.t(f'commitments_{status.value}')} ({totals.count(status)})", "cell_bold"
                ),
                self.fit(
                    status_line(totals, status, self.lang, NBSP),
                    FRAME_WIDTH - 150,
                    "body",
                    max_lines=12,
                    padding=TABLE_PADDING,
                ),
            ]
            for status in SUMMED_STATUSES
            if totals.count(status)
        ]
        if not rows:
            return []
        table = Table(rows, colWidths=[150, FRAME_WIDTH - 150], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        flowables: list[Flowable] = [Spacer(1, 14), table]
        if totals.dropped:
            flowables.append(self.p(self.dropped_note(totals).strip(), "note"))
        return flowables

    # Sections ------------------------------------------------------------------------------

    def flowables(self) -> list[Flowable]:
        return [
            *self.cover(),
            *self.key_figures(),
            *self.participants(),
            *self.board(),
            *self.clusters_and_votes(),
            *self.alliances(),
            *self.who_committed_what(),
            *self.alliance_map(),
            *self.sdg_coverage(),
            *self.next_steps(),
        ]

    def cover(self) -> list[Flowable]:
        workshop = self.data.workshop
        times = " – ".join(
            t
            for t in (
                format_time(workshop.start_time, self.lang),
                format_time(workshop.end_time, self.lang),
            )
            if t
        )
        details = [
            (self.t("territory"), workshop.territory),
            (self.t("date"), self.date()),
            (self.t("time"), times),
            (self.t("place"), workshop.place),
            (self.t("facilitator"), workshop.facilitator),
        ]
        rows = [
            [
                self.p(k, "cell_bold"),
                self.fit(v, FRAME_WIDTH - 90, "body", max_lines=8, padding=TABLE_PADDING),
            ]
            for k, v in details
            if v
        ]
        flowables: list[Flowable] = [
            Spacer(1, 30),
            self.p(self.t("report"), "subtitle"),
            self.p(workshop.title, "title"),
            Spacer(1, 10),
        ]
        if rows:
            table = Table(rows, colWidths=[90, FRAME_WIDTH - 90], hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                        ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ]
                )
            )
            flowables.append(table)
        flowables += self.commitments_summary()
        if workshop.question:
            box = Table(
                [
                    [self.p(self.t("question"), "h2")],
                    [
                        self.fit(
                            workshop.question,
                            FRAME_WIDTH - 10 - TABLE_PADDING,
                            "body",
                            line_breaks=True,
                            max_lines=MAX_PARAGRAPH_LINES,
                        )
                    ],
                ],
                colWidths=[FRAME_WIDTH],
            )
            box.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
                        ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                        ("LEFTPADDING", (0, 0), (-1, -1), 10),
                        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                    ]
                )
            )
            flowables += [Spacer(1, 18), box]
        if workshop.sdgs:
            flowables += [
                Spacer(1, 18),
                self.p(self.t("target_sdgs"), "h2"),
                sdg_tiles(workshop.sdgs, FRAME_WIDTH, size=30, lang=self.lang, titles=True),
            ]
        return [*flowables, PageBreak()]

    def key_figures(self) -> list[Flowable]:
        data = self.data
        figures = [
            (data.figures.present, self.t("present_people")),
            (data.figures.people, self.t("registered_people")),
            (data.figures.organisations, self.t("organisations")),
            (data.figures.cards, self.t("cards")),
            (data.figures.alliances, self.t("alliances")),
            (data.figures.commitments, self.t("commitments")),
        ]
        width = FRAME_WIDTH / 3
        cells = [
            [self.p(format_number(n, self.lang), "figure"), self.p(text, "figure_label")]
            for n, text in figures
        ]
        grid = Table(
            [[cells[0], cells[1], cells[2]], [cells[3], cells[4], cells[5]]],
            colWidths=[width] * 3,
        )
        grid.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                    ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ]
            )
        )
        flowables: list[Flowable] = [self.h1("key_figures"), grid]
        kinds = data.present_organisations_by_kind()
        if kinds:
            rows = [
                [_chip(KIND_COLOURS[kind]), self.cell(kind.label(self.lang)), str(n)]
                for kind, n in kinds
            ]
            flowables += [
                self.p(self.t("orgs_by_kind"), "h2"),
                self.table(["", self.t("kind"), self.t("count")], rows, [16, 260, 60]),
            ]
        totals = data.totals()
        if totals:
            statuses = [s for s in SUMMED_STATUSES if totals.count(s)]
            rows = [
                [
                    self.cell(kind.label(self.lang)),
                    *(self.cell(self.status_amounts(group, status)) for status in statuses),
                ]
                for kind, group in totals.by_kind()
            ]
            width = (FRAME_WIDTH - 150) / len(statuses)
            flowables += [
                self.p(self.t("resources"), "h2"),
                self.table(
                    [self.t("resource"), *(self.status_header(s) for s in statuses)],
                    rows,
                    [150, *([width] * len(statuses))],
                ),
                Spacer(1, 3),
                self.p(self.t("resources_note") + self.dropped_note(totals), "note"),
            ]
        return [*flowables, PageBreak()]

    def participants(self) -> list[Flowable]:
        data = self.data
        flowables: list[Flowable] = [self.h1("participants")]
        if not data.attendance:
            return [*flowables, self.p(self.t("nobody")), CondPageBreak(200)]
        groups: dict[Organisation | None, list[tuple[Person, bool]]] = defaultdict(list)
        for attendance in data.attendance:
            person = data.people[attendance.person_id]
            organisation = (
                data.organisations.get(person.organisation_id) if person.organisation_id else None
            )
            groups[organisation].append((person, attendance.present))
        ordered = sorted(
            groups.items(),
            key=lambda item: (item[0] is None, sort_key(item[0].name) if item[0] else ""),
        )
        header = [self.t("organisation"), "✓", self.t("name")]
        widths = [190.0, 18.0, 200.0]
        if self.contacts:
            header += [self.t("role_title"), self.t("email"), self.t("phone")]
            widths = [104.0, 14.0, 95.0, 72.0, 138.0, 70.0]
        rows: list[list[object]] = []
        for organisation, people in ordered:
            people.sort(
                key=lambda pp: (sort_key(pp[0].last_name), sort_key(pp[0].first_name), pp[0].id)
            )
            for index, (person, present) in enumerate(people):
                name = organisation.name if organisation else self.t("no_organisation")
                row: list[object] = [
                    self.fit(
                        name, widths[0], "cell_bold", max_lines=PERSON_LINES, padding=CELL_PADDING
                    )
                    if index == 0
                    else "",
                    "✓" if present else "",
                    self.cell(person.full_name),
                ]
                if self.contacts:
                    row += [
                        self.cell(person.title),
                        self.cell(person.email),
                        self.cell(person.phone.replace(" ", NBSP)),
                    ]
                rows.append(row)
        flowables += [
            self.p(self.t("participants_note"), "note"),
            self.table(
                header,
                rows,
                widths,
                extra=[("ALIGN", (1, 0), (1, -1), "CENTER")],
                max_lines=[PERSON_LINES] * len(widths),
            ),
        ]
        return [*flowables, PageBreak()]

    def board(self) -> list[Flowable]:
        flowables: list[Flowable] = [self.h1("board"), self.p(self.t("board_note"), "note")]
        if not self.data.cards and not self.data.zones:
            return [*flowables, self.p(self.t("no_cards"))]
        blocks = zone_blocks(self.data, FRAME_WIDTH, self.t("no_zone"), self.lang)
        for block in blocks:
            flowables.append(block)
        return [*flowables, CondPageBreak(250)]

    def clusters_and_votes(self) -> list[Flowable]:
        data = self.data
        flowables: list[Flowable] = [self.h1("clusters_votes"), self.p(self.t("clusters"), "h2")]
        if data.clusters:
            rows = []
            for cluster in sorted(data.clusters, key=lambda c: (sort_key(c.label), c.id)):
                cards = [c for c in data.cards if c.cluster_id == cluster.id]
                zones = sorted({data.zone_name(c.zone_id) for c in cards} - {""})
                votes = sum(data.votes.get(c.id, 0) for c in cards)
                rows.append(
                    [
                        self.cell(cluster.label),
                        self.cell(", ".join(zones)),
                        str(len(cards)),
                        str(votes),
                    ]
                )
            rows.sort(key=lambda r: -int(str(r[3])))
            flowables.append(
                self.table(
                    [
                        self.t("cluster"),
                        self.t("zone"),
                        self.t("cards").capitalize(),
                        self.t("votes"),
                    ],
                    rows,
                    [215, 148, 75, 55],
                    extra=[("ALIGN", (2, 1), (-1, -1), "RIGHT")],
                )
            )
        else:
            flowables.append(self.p(self.t("no_clusters")))
        flowables.append(self.p(self.t("vote_results"), "h2"))
        voted = sorted(
            (c for c in data.cards if data.votes.get(c.id)), key=lambda c: (-data.votes[c.id], c.id)
        )
        if voted:
            rows = []
            rank = 0
            previous = None
            for position, card in enumerate(voted, start=1):
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
            flowables.append(
                self.table(
                    [
                        self.t("rank"),
                        self.t("card"),
                        self.t("author"),
                        self.t("zone"),
                        self.t("votes"),
                    ],
                    rows,
                    [30, 230, 115, 80, 38],
                    extra=[("ALIGN", (-1, 1), (-1, -1), "RIGHT")],
                )
            )
        else:
            flowables.append(self.p(self.t("no_votes")))
        return [*flowables, PageBreak()]

    def alliances(self) -> list[Flowable]:
        flowables: list[Flowable] = [self.p(self.t("alliances").capitalize(), "h1")]
        if not self.data.alliances:
            return [*flowables, self.p(self.t("no_alliances")), CondPageBreak(250)]
        for number, alliance in enumerate(self.data.alliances, start=1):
            flowables += self.alliance(number, alliance)
        return [*flowables, PageBreak()]

    def alliance(self, number: int, alliance: Alliance) -> list[Flowable]:
        data = self.data
        details: list[list[object]] = []
        if alliance.objective:
            details.append(
                [
                    self.p(self.t("objective"), "cell_bold"),
                    self.fit(
                        alliance.objective,
                        FRAME_WIDTH - 100,
                        line_breaks=True,
                        max_lines=40,
                        padding=TABLE_PADDING,
                    ),
                ]
            )
        if alliance.partnership_type:
            details.append(
                [
                    self.p(self.t("partnership_type"), "cell_bold"),
                    self.p(alliance.partnership_type.label(self.lang), "cell"),
                ]
            )
        details.append(
            [
                self.p(self.t("status"), "cell_bold"),
                self.p(alliance.status.label(self.lang), "cell"),
            ]
        )
        if alliance.sdgs:
            details.append(
                [
                    self.p(self.t("sdgs"), "cell_bold"),
                    sdg_tiles(alliance.sdgs, FRAME_WIDTH - 110, size=16, titles=False),
                ]
            )
        table = Table(details, colWidths=[100, FRAME_WIDTH - 100], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)]
            )
        )
        head = [CondPageBreak(160), self.p(f"{number}. {alliance.name}", "h2"), table]
        partners = sorted(
            data.partners_of(alliance.id),
            key=lambda p: (
                list(PartnerRole).index(p.role),
                sort_key(data.organisations[p.organisation_id].name),
            ),
        )
        rows = [
            [
                self.cell(data.organisations[p.organisation_id].name),
                self.cell(p.role.label(self.lang)),
                self.cell(self.contact(p.contact_person_id)),
            ]
            for p in partners
        ]
        flowables: list[Flowable] = [KeepTogether(head), Spacer(1, 6)]
        if rows:
            flowables.append(
                self.table(
                    [self.t("partners"), self.t("role"), self.t("contact")], rows, [200, 90, 203]
                )
            )
        commitments = data.commitments_of(alliance.id)
        flowables.append(Spacer(1, 6))
        if commitments:
            flowables.append(self.commitments_table(commitments, first="partner"))
            flowables += self.kind_totals(commitments)
        else:
            flowables.append(self.p(self.t("no_commitments"), "note"))
        return flowables

    def contact(self, person_id: PersonId | None) -> str:
        person = self.data.people.get(person_id) if person_id else None
        if person is None:
            return ""
        if not self.contacts:
            return person.full_name
        return " · ".join(x for x in (person.full_name, person.email, person.phone) if x)

    def commitments_table(self, commitments: list[Commitment], *, first: str) -> Table:
        """Commitments: partner (or alliance), what, resource, how much, when, status."""
        rows = [
            [
                self.cell(self.partner_name(c) if first == "partner" else self.alliance_name(c)),
                self.cell(c.description + (f" ({c.note})" if c.note else "")),
                self.cell(c.resource_kind.label(self.lang)),
                self.cell(self.quantity(c)),
                format_short_date(c.due_date, self.lang),
                self.cell(c.status.label(self.lang)),
            ]
            for c in commitments
        ]
        return self.table(
            [
                self.t("partner") if first == "partner" else self.t("alliance"),
                self.t("what"),
                self.t("resource"),
                self.t("quantity"),
                self.t("due"),
                self.t("status"),
            ],
            rows,
            [96, 156, 72, 58, 56, 55],
        )

    def who_committed_what(self) -> list[Flowable]:
        data = self.data
        flowables: list[Flowable] = [self.h1("who_committed")]
        if not data.commitments:
            return [*flowables, self.p(self.t("no_commitments")), CondPageBreak(250)]
        by_organisation: dict[OrganisationId, list[Commitment]] = defaultdict(list)
        for commitment in data.commitments:
            by_organisation[data.partner(commitment.partner_id).organisation_id].append(commitment)
        for organisation in sorted(
            (data.organisations[o] for o in by_organisation),
            key=lambda o: (sort_key(o.name), o.id),
        ):
            flowables += [
                CondPageBreak(80),
                self.p(organisation.name, "h2"),
                self.commitments_table(by_organisation[organisation.id], first="alliance"),
            ]
        return [*flowables, PageBreak()]

    def alliance_map(self) -> list[Flowable]:
        """The screen's map scaled to what the page leaves under the heading and legends."""
        data = self.data
        flowables: list[Flowable] = [self.h1("alliance_map")]
        if not data.partners:
            return [*flowables, self.p(self.t("no_alliances")), CondPageBreak(250)]
        note = self.p(self.t("alliance_map_note"), "note")
        names = [
            [f"{n}", self.fit(a.name, FRAME_WIDTH / 2 - 18, max_lines=4, padding=TABLE_PADDING)]
            for n, a in enumerate(data.alliances, start=1)
        ]
        half = -(-len(names) // 2)
        rows = [
            [*names[i], *(names[i + half] if i + half < len(names) else ["", ""])]
            for i in range(half)
        ]
        legend = Table(rows, colWidths=[18, FRAME_WIDTH / 2 - 18] * 2, hAlign="LEFT")
        legend.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.s.fonts.bold),
                    ("FONTSIZE", (0, 0), (-1, -1), 8),
                    ("TEXTCOLOR", (0, 0), (-1, -1), ACCENT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                    ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        layout = map_layout(data)
        kinds = sorted(
            {
                data.organisations[OrganisationId(n.ref_id)].kind
                for n in layout.nodes
                if n.kind == "organisation"
            },
            key=list(KIND_COLOURS).index,
        )
        chips = [[_chip(KIND_COLOURS[k]), self.p(k.label(self.lang), "cell")] for k in kinds]
        half = -(-len(chips) // 2)
        kind_rows = [
            [*chips[i], *(chips[i + half] if i + half < len(chips) else ["", ""])]
            for i in range(half)
        ]
        kind_legend = Table(kind_rows, colWidths=[16, FRAME_WIDTH / 2 - 16] * 2, hAlign="LEFT")
        kind_legend.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        kind_note = self.p(self.t("kind_legend"), "note")
        # The section opens a page: the map takes the height the other pieces leave on it.
        used = sum(
            f.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter()
            for f in (flowables[0], note, legend, kind_note, kind_legend)
        )
        room = max(MIN_MAP_HEIGHT, FRAME_HEIGHT - used - MAP_SLACK)
        return [
            *flowables,
            note,
            alliance_map(data, FRAME_WIDTH, room, layout),
            legend,
            Spacer(1, 6),
            KeepTogether([kind_note, kind_legend]),
            PageBreak(),
        ]

    def sdg_coverage(self) -> list[Flowable]:
        return [
            self.h1("sdg_coverage"),
            self.p(self.t("sdg_coverage_note"), "note"),
            Spacer(1, 4),
            sdg_coverage(self.data, FRAME_WIDTH, self.lang),
            Spacer(1, 12),
        ]

    def next_steps(self) -> list[Flowable]:
        data = self.data
        flowables: list[Flowable] = [
            CondPageBreak(200),
            self.h1("next_steps"),
            self.p(self.t("next_steps_note"), "note"),
        ]
        open_commitments = data.open_commitments()
        if not open_commitments:
            return [*flowables, self.p(self.t("no_open"))]
        rows = [
            [
                format_short_date(c.due_date, self.lang) or self.t("no_due"),
                self.cell(self.partner_name(c)),
                self.cell(self.alliance_name(c)),
                self.cell(c.description),
                self.cell(self.quantity(c)),
                self.cell(c.status.label(self.lang)),
            ]
            for c in open_commitments
        ]
        flowables.append(
            self.table(
                [
                    self.t("due"),
                    self.t("partner"),
                    self.t("alliance"),
                    self.t("what"),
                    self.t("quantity"),
                    self.t("status"),
                ],
                rows,
                [56, 96, 90, 138, 58, 55],
            )
        )
        return flowables


def _chip(colour: str) -> Drawing:
    drawing = Drawing(10, 9)
    drawing.add(rect(0, 0, 9, 9, colors.HexColor(colour)))
    return drawing


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
        canvasmaker=canvas_maker(tr("page", lang)),
    )
