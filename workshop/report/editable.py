"""The editable report (DOCX): the PDF's content in the same order, for the facilitator to edit
before sending it. Page 1 is the summary; then the contents, one section per alliance, the
board, the participants and the appendices, each written only when it has something to say."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from workshop.domain.communes import attribution
from workshop.domain.records import (
    CHECKED_IN_BY_PHONE,
    Alliance,
    Card,
    Commitment,
)
from workshop.domain.sdg import all_sdgs
from workshop.domain.text import sort_key
from workshop.domain.totals import (
    SUMMED_STATUSES,
    ResourceTotal,
    commitment_totals,
    resource_line,
    status_word,
)
from workshop.domain.vocabulary import KIND_COLOURS, CommitmentStatus, Lang, PartnerRole
from workshop.report.data import ReportData
from workshop.report.docx_writer import (
    A4_MM,
    MARGIN_MM,
    SECONDARY_PT,
    Cell,
    Piece,
    WordDocument,
    plain,
)
from workshop.report.i18n import (
    NBSP,
    format_date,
    format_number,
    format_quantity,
    format_short_date,
    format_time,
    tr,
)
from workshop.report.open_space_section import editable_open_space_section
from workshop.report.polls_section import editable_polls_section
from workshop.report.previous import (
    has_previous,
    previous_header,
    previous_intro,
    previous_rows,
)
from workshop.report.tables_section import editable_tables_section
from workshop.report.territory_map import (
    LINK_COLOUR,
    caption,
    has_territory_map,
    key_entries,
    unplaced_names,
    workshop_selection,
)
from workshop.report.territory_map import text as map_text
from workshop.report.territory_map import title as territory_map_title
from workshop.report.territory_map_image import description, territory_map_image
from workshop.report.typography import typography

TOP_CARDS = 10  # most voted cards in the board's summary (every card is in the appendix)
SUMMARY_OBJECTIVE = 100  # characters of an objective in the summary (in full in its section)
PHONE_MARK = "☎"
MAP_MAX_HEIGHT_MM = 135  # the territory map, the text's width: its page keeps room for its key
MM = 72 / 25.4  # points per millimetre
LEGEND_MARK = "●"
LINK_MARK = "——"

# Labels of the editable report only; every other key is the PDF's (workshop/report/i18n.py).
LABELS: dict[str, tuple[str, str]] = {
    "facilitator_contact": ("Contact", "Contact"),
    "all_cards_note": (
        "Chaque zone du tableau et ses contributions, dans l'ordre du tableau, avec leur auteur, "
        "leur regroupement, leurs votes et leurs ODD.",
        "Each zone of the board and its cards, in the board's order, with their author, "
        "cluster, votes and SDGs.",
    ),
    "sdg_one": ("ODD", "SDG"),
    "targeted": ("Visé par l'atelier", "Targeted by the workshop"),
    "yes": ("oui", "yes"),
    "votes_one": ("1 vote", "1 vote"),
    "votes_many": ("{n} votes", "{n} votes"),
}


def label(key: str, lang: Lang) -> str:
    """A label of the editable report: its own, else the PDF's (with French typography)."""
    if key in LABELS:
        fr, en = LABELS[key]
        return typography(fr, lang) if lang == "fr" else en
    return tr(key, lang)


class EditableReport:
    """Writes one workshop's report into a WordDocument, in one language."""

    def __init__(self, data: ReportData, lang: Lang, contacts: bool) -> None:
        self.data = data
        self.lang = lang
        self.contacts = contacts
        self.doc = WordDocument(lang)

    # Text helpers ------------------------------------------------------------------------------

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def plural(self, n: int, one: str, many: str) -> str:
        return self.t(one).format(n=n) if n == 1 else self.t(many).format(n=self.number(n))

    def text(self, value: str) -> str:
        """User text with French typography in French."""
        return typography(value, self.lang)

    def one_line(self, value: str) -> str:
        """User text made plain on one line (its line breaks and runs of spaces one space)."""
        return self.text(" ".join(plain(value).split()))

    def number(self, value: float) -> str:
        return format_number(value, self.lang)

    def colon(self) -> str:
        return f"{NBSP}: " if self.lang == "fr" else ": "

    def date(self) -> str:
        return format_date(self.data.workshop.date, self.lang)

    def sdg_names(self, numbers: Sequence[int]) -> str:
        """'2. Faim « zéro » ; 12. Consommation et production responsables'."""
        goals = {g.number: g for g in all_sdgs()}
        separator = f"{NBSP}; " if self.lang == "fr" else "; "
        return separator.join(
            self.text(f"{n}. {goals[n].title(self.lang)}")
            for n in sorted(set(numbers))
            if n in goals
        )

    # The whole document ------------------------------------------------------------------------

    def write(self, path: Path) -> None:
        workshop = self.data.workshop
        self.doc.properties(
            title=f"{tr('report', self.lang)}{self.colon()}{self.text(workshop.title)}",
            author=workshop.facilitator or "Catalyse",
            subject=" · ".join(
                x for x in (workshop.question or workshop.title, workshop.territory) if x
            ),
            created=workshop.date,
        )
        footer = " · ".join(x for x in (self.text(workshop.title), self.date()) if x)
        self.doc.footer(footer, tr("page", self.lang))
        self.summary()
        self.doc.contents_here(tr("contents", self.lang))
        self.alliances()
        self.previous_follow_up()
        self.board()
        editable_tables_section(self, self.data.seating)
        editable_open_space_section(self, self.data.open_space)
        editable_polls_section(self, self.data.polls)
        self.participants()
        self.appendices()
        self.doc.save(path, workshop.date)

    # Page 1: the summary -----------------------------------------------------------------------

    def summary(self) -> None:
        workshop = self.data.workshop
        doc = self.doc
        doc.title(tr("report", self.lang), self.text(workshop.title))
        if workshop.question:
            doc.heading(self.t("question"), 2)
            doc.paragraph(self.text(workshop.question))
        times = " – ".join(
            t
            for t in (
                format_time(workshop.start_time, self.lang),
                format_time(workshop.end_time, self.lang),
            )
            if t
        )
        details = [
            (self.t("date"), self.date()),
            (self.t("time"), times),
            (self.t("place"), self.text(workshop.place)),
            (self.t("territory"), self.text(workshop.territory)),
            (self.t("facilitator"), self.text(workshop.facilitator)),
            (self.t("facilitator_contact"), self.text(workshop.facilitator_contact)),
            (self.t("target_sdgs"), self.sdg_names(workshop.sdgs)),
        ]
        rows = [[k, v] for k, v in details if v]
        if rows:
            doc.table([], rows, [0.25, 0.75], header_row=False)
        self.who_came()
        self.commitment_totals()
        self.alliances_formed()
        self.decisions()
        self.next_meeting()

    def who_came(self) -> None:
        """People present (those from a phone among them), organisations by kind, cards."""
        data = self.data
        present = [a for a in data.attendance if a.present]
        rows = []
        if data.attendance:
            n = len(present)
            people = f"{self.number(n)}{NBSP}" + self.t(
                "person_present" if n == 1 else "people_present"
            )
            phones = sum(1 for a in present if a.checked_in_via == CHECKED_IN_BY_PHONE)
            if phones:
                people += ", " + self.t("by_phone").format(n=self.number(phones))
            if len(data.attendance) > n:
                people += ", " + self.t("out_of_registered").format(
                    n=self.number(len(data.attendance))
                )
            rows.append([self.t("people"), people])
        kinds = data.present_organisations_by_kind()
        if kinds:
            text = self.plural(sum(n for _, n in kinds), "organisation_one", "organisation_many")
            text += self.colon()
            text += ", ".join(f"{_lower_first(kind.label(self.lang))} ({n})" for kind, n in kinds)
            rows.append([tr("organisations", self.lang).capitalize(), text])
        if data.cards:
            rows.append(
                [self.t("cards_line"), self.plural(len(data.cards), "card_one", "card_many")]
            )
        if rows:
            self.doc.heading(self.t("who_came"), 2)
            self.doc.table([], rows, [0.25, 0.75], header_row=False)

    def alliances_formed(self) -> None:
        """One row per alliance: its name and objective, its pilot, its partners, its SDGs."""
        data = self.data
        if not data.alliances:
            return
        rows: list[list[Cell]] = []
        for alliance in data.alliances:
            partners = self.data.partners_by_role(alliance.id)
            names = {p.id: data.organisations[p.organisation_id].name for p in partners}
            pilots = [names[p.id] for p in partners if p.role is PartnerRole.PILOTE]
            others = [names[p.id] for p in partners if p.role is not PartnerRole.PILOTE]
            objective = " ".join(alliance.objective.split())
            if len(objective) > SUMMARY_OBJECTIVE:
                objective = objective[:SUMMARY_OBJECTIVE].rsplit(" ", 1)[0] + "…"
            rows.append(
                [
                    (self.text(alliance.name), self.text(objective)),
                    self.text(", ".join(pilots)),
                    self.text(", ".join(others)),
                    ", ".join(str(n) for n in sorted(alliance.sdgs)),
                ]
            )
        self.doc.heading(self.t("alliances_formed"), 2)
        self.doc.table(
            [self.t("alliance"), self.t("pilot"), self.t("partners"), self.t("sdgs")],
            rows,
            [0.4, 0.2, 0.3, 0.1],
        )

    def commitment_totals(self) -> None:
        """Per resource kind, what is confirmed and what is only proposed (and done), each in a
        column of its own: never one sum."""
        totals = self.data.totals()
        if not totals:
            return
        statuses = [s for s in SUMMED_STATUSES if totals.count(s)]
        header = [
            self.t("resource"),
            *(
                f"{status_word(s, self.lang, plural=True, feminine=False).capitalize()}"
                f" ({totals.count(s)})"
                for s in statuses
            ),
        ]
        rows = [
            [kind.label(self.lang), *(self.status_amounts(group, s) for s in statuses)]
            for kind, group in totals.by_kind()
        ]
        width = 0.7 / len(statuses)
        self.doc.heading(self.t("commitments_heading"), 2)
        self.doc.table(header, rows, [0.3, *([width] * len(statuses))])
        n = totals.dropped
        dropped = (
            self.t("dropped_none")
            if not n
            else (self.t("dropped_one") if n == 1 else self.t("dropped_many").format(n=n))
        )
        self.doc.note(f"{self.t('resources_note')} {dropped}")

    def status_amounts(self, group: list[ResourceTotal], status: CommitmentStatus) -> str:
        """One kind's amounts of one status, unit by unit ('4 500 €', '14 heures, 6 personnes')."""
        parts = []
        for total in group:
            if total.amount(status):
                parts.append(format_quantity(total.amount(status), total.unit, self.lang))
            elif total.count(status):
                n = total.count(status)
                word = tr("commitments", self.lang)
                plural = n > 1 if self.lang == "fr" else n != 1
                parts.append(f"{n}{NBSP}{word if plural else word[:-1]}")
        return ", ".join(parts) or self.t("none")

    def decisions(self) -> None:
        decisions = self.data.decisions
        if not decisions:
            return
        self.doc.heading(self.t("decisions"), 2)
        self.doc.table(
            [self.t("decision"), self.t("owner"), self.t("due")],
            [
                [self.text(d.text), self.text(d.owner), format_date(d.due_date, self.lang)]
                for d in decisions
            ],
            [0.58, 0.24, 0.18],
        )

    def previous_follow_up(self) -> None:
        """What became of the commitments of the workshop this one follows."""
        if not has_previous(self.data):
            return
        self.doc.heading(self.t("previous_title"), 1)
        self.doc.paragraph(self.text(previous_intro(self.data, self.lang)))
        self.doc.table(
            previous_header(self.lang),
            [[self.text(cell) for cell in row] for row in previous_rows(self.data, self.lang)],
            [0.26, 0.40, 0.12, 0.13, 0.09],
        )

    def next_meeting(self) -> None:
        workshop = self.data.workshop
        when = format_date(workshop.next_meeting_date, self.lang)
        text = ", ".join(x for x in (when, self.text(workshop.next_meeting_place)) if x)
        if text:
            self.doc.heading(self.t("next_meeting"), 2)
            self.doc.paragraph(text)

    # One section per alliance ------------------------------------------------------------------

    def alliances(self) -> None:
        if not self.data.alliances:
            return
        self.doc.heading(tr("alliances", self.lang).capitalize(), 1, new_page=True)
        if any(self.data.from_phone(c) for c in self.data.commitments):
            self.doc.note(self.t("phone_mark"))
        for number, alliance in enumerate(self.data.alliances, start=1):
            self.alliance(number, alliance)

    def alliance(self, number: int, alliance: Alliance) -> None:
        data = self.data
        doc = self.doc
        doc.heading(f"{number}. {self.text(alliance.name)}", 2)
        details = []
        if alliance.objective:
            details.append([self.t("objective"), self.text(alliance.objective)])
        kind = " · ".join(
            x
            for x in (
                alliance.partnership_type.label(self.lang) if alliance.partnership_type else "",
                alliance.status.label(self.lang),
            )
            if x
        )
        details.append([self.t("type_status"), kind])
        if alliance.sdgs:
            details.append([self.t("sdgs"), self.sdg_names(alliance.sdgs)])
        doc.table([], details, [0.25, 0.75], header_row=False)
        partners = self.data.partners_by_role(alliance.id)
        if partners:
            doc.table(
                [self.t("partners"), self.t("role"), self.t("contact")],
                [
                    [
                        self.text(data.organisations[p.organisation_id].name),
                        p.role.label(self.lang),
                        self.text(self.data.contact(p.contact_person_id, self.contacts)),
                    ]
                    for p in partners
                ],
                [0.4, 0.2, 0.4],
            )
        commitments = data.commitments_of(alliance.id)
        kept = [c for c in commitments if c.status is not CommitmentStatus.ABANDONNE]
        if kept:
            self.commitments_table(kept)
        dropped = len(commitments) - len(kept)
        if dropped:
            doc.note(self.plural(dropped, "dropped_listed_one", "dropped_listed_many"))

    def description(self, commitment: Commitment) -> str:
        """What the partner commits to, with the facilitator's note; one typed on a phone gets
        the phone mark instead of the note the phone page writes."""
        if self.data.from_phone(commitment):
            return self.text(f"{commitment.description} {PHONE_MARK}")
        note = commitment.note.strip()
        return self.text(commitment.description + (f" ({note})" if note else ""))

    def commitments_table(self, commitments: list[Commitment]) -> None:
        """Each commitment once: partner, what, resource, quantity and unit, due date, status;
        then, for several, one line per resource kind with each status apart."""
        data = self.data
        rows = [
            [
                self.text(data.organisation_of_partner(c.partner_id).name),
                self.description(c),
                c.resource_kind.label(self.lang),
                format_quantity(c.quantity, c.unit, self.lang),
                format_short_date(c.due_date, self.lang),
                c.status.label(self.lang),
            ]
            for c in commitments
        ]
        self.doc.table(
            [
                self.t("partner"),
                self.t("what"),
                self.t("resource"),
                self.t("quantity"),
                self.t("due"),
                self.t("status"),
            ],
            rows,
            [0.18, 0.25, 0.17, 0.15, 0.13, 0.12],
        )
        if len(commitments) > 1:
            lines = [
                f"{kind.label(self.lang)}{self.colon()}{resource_line(group, self.lang, NBSP)}"
                for kind, group in commitment_totals(commitments).by_kind()
            ]
            if lines:
                self.doc.lines(self.t("total"), lines)

    # The board ---------------------------------------------------------------------------------

    def zones(self) -> list[tuple[str, list[Card]]]:
        """The zones holding cards, in board order, then 'outside any zone' for the others."""
        data = self.data
        known = {z.id for z in data.zones}
        zones = [(z.name, [c for c in data.cards if c.zone_id == z.id]) for z in data.zones]
        zones.append((self.t("no_zone"), [c for c in data.cards if c.zone_id not in known]))
        return [(name, cards) for name, cards in zones if cards]

    def board(self) -> None:
        """The board in summary: its zones, its clusters and the most voted cards."""
        data = self.data
        if not data.cards:
            return
        doc = self.doc
        zones = self.zones()
        doc.heading(self.t("board"), 1, new_page=True)
        doc.note(
            self.t("board_summary").format(
                cards=self.plural(len(data.cards), "card_one", "card_many"),
                zones=self.plural(len(zones), "zone_one", "zone_many"),
            )
        )
        rows = []
        for name, cards in zones:
            votes = sum(data.votes.get(c.id, 0) for c in cards)
            top = max(cards, key=lambda c: (data.votes.get(c.id, 0), -c.id))
            rows.append(
                [
                    self.text(name),
                    self.number(len(cards)),
                    self.number(votes),
                    self.text(top.text) if data.votes.get(top.id) else "",
                ]
            )
        doc.heading(self.t("zones"), 2)
        doc.table(
            [
                self.t("zone"),
                self.t("cards").capitalize(),
                self.t("votes"),
                self.t("most_voted"),
            ],
            rows,
            [0.24, 0.17, 0.1, 0.49],
        )
        self.clusters()
        self.top_cards()

    def clusters(self) -> None:
        data = self.data
        rows = []
        for cluster in data.clusters:
            cards = [c for c in data.cards if c.cluster_id == cluster.id]
            zones = sorted({data.zone_name(c.zone_id) for c in cards} - {""}, key=sort_key)
            votes = sum(data.votes.get(c.id, 0) for c in cards)
            rows.append((votes, cluster.label, zones, len(cards)))
        if not rows:
            return
        rows.sort(key=lambda r: (-r[0], sort_key(r[1])))
        self.doc.heading(self.t("clusters"), 2)
        self.doc.table(
            [self.t("cluster"), self.t("zone"), self.t("cards").capitalize(), self.t("votes")],
            [
                [self.text(name), self.text(", ".join(z)), self.number(n), self.number(v)]
                for v, name, z, n in rows
            ],
            [0.33, 0.32, 0.18, 0.17],
        )

    def top_cards(self) -> None:
        """The most voted cards (ties share a rank); all of them are in the appendix."""
        data = self.data
        voted = sorted(
            (c for c in data.cards if data.votes.get(c.id)), key=lambda c: (-data.votes[c.id], c.id)
        )
        if not voted:
            return
        rows = []
        rank, previous = 0, -1
        for position, card in enumerate(voted[:TOP_CARDS], start=1):
            if data.votes[card.id] != previous:
                rank, previous = position, data.votes[card.id]
            rows.append(
                [
                    str(rank),
                    self.text(card.text),
                    self.text(data.card_author(card)),
                    self.text(data.zone_name(card.zone_id)),
                    self.number(data.votes[card.id]),
                ]
            )
        self.doc.heading(self.t("top_cards"), 2)
        if len(voted) > TOP_CARDS:
            self.doc.note(self.t("top_cards_note").format(n=TOP_CARDS, m=len(voted)))
        self.doc.table(
            [self.t("rank"), self.t("card"), self.t("author"), self.t("zone"), self.t("votes")],
            rows,
            [0.08, 0.44, 0.22, 0.16, 0.1],
        )

    # Participants ------------------------------------------------------------------------------

    def participants(self) -> None:
        """The people present, by organisation: one line per organisation, or with contacts
        one line per person with their title, e-mail and phone."""
        data = self.data
        ordered = data.present_by_organisation()
        if not ordered:
            return
        present = sum(len(people) for _, people in ordered)
        self.doc.heading(self.t("participants"), 1, new_page=True)
        self.doc.note(self.t("present_note"))
        absent = len(data.attendance) - present
        if absent:
            self.doc.note(self.plural(absent, "absent_one", "absent_many"))
        names = [self.text(o.name) if o else self.t("no_organisation") for o, _ in ordered]
        if not self.contacts:
            self.doc.table(
                [self.t("organisation"), self.t("people")],
                [
                    [name, self.text(", ".join(p.full_name for p in people))]
                    for name, (_, people) in zip(names, ordered, strict=True)
                ],
                [0.4, 0.6],
            )
            return
        rows = []
        for name, (_, people) in zip(names, ordered, strict=True):
            for index, person in enumerate(people):
                rows.append(
                    [
                        name if index == 0 else "",
                        self.text(person.full_name),
                        self.text(person.title),
                        person.email,
                        person.phone.replace(" ", NBSP),
                    ]
                )
        self.doc.table(
            [
                self.t("organisation"),
                self.t("name"),
                self.t("role_title"),
                self.t("email"),
                self.t("phone"),
            ],
            rows,
            [0.2, 0.18, 0.12, 0.31, 0.19],
        )

    # Appendices --------------------------------------------------------------------------------

    def appendices(self) -> None:
        """The territory map, every card in full zone by zone, the dropped commitments and the
        SDG coverage, lettered A, B, C… under 'Annexes', each only when it has content."""
        data = self.data
        coverage = self.sdg_rows()
        dropped = [c for c in data.commitments if c.status is CommitmentStatus.ABANDONNE]
        parts = [
            (territory_map_title(self.lang), self.territory_map, has_territory_map(data)),
            (self.t("all_cards"), self.all_cards, bool(data.cards)),
            (self.t("dropped_appendix"), lambda: self.dropped(dropped), bool(dropped)),
            (self.t("sdg_appendix"), lambda: self.sdg_coverage(coverage), bool(coverage)),
        ]
        parts = [part for part in parts if part[2]]
        if not parts:
            return
        self.doc.heading(self.t("appendices"), 1, new_page=True)
        for index, (title, write, _) in enumerate(parts):
            letter = chr(ord("A") + index)
            self.doc.heading(self.t("appendix").format(letter=letter, title=title), 2)
            write()

    def territory_map(self) -> None:
        """The PDF's map page: its caption, the legend as text (each kind's colour and count, the
        alliances' line), the map as a picture, the numbers' key, the organisations without a
        commune and the data's sources."""
        doc, lang = self.doc, self.lang
        selection, territory = workshop_selection(self.data)
        width_mm = A4_MM[0] - 2 * MARGIN_MM
        image = territory_map_image(selection, territory, width_mm * MM, MAP_MAX_HEIGHT_MM * MM)
        around = [n.name for n in image.picture.neighbours]
        doc.note(caption(territory, bool(image.numbers), lang, around), keep_with_next=True)
        legend: list[Piece] = []
        for index, (kind, count) in enumerate(image.picture.kinds()):
            separator = f"{NBSP}{NBSP} " if index else ""  # a line breaks between two kinds only
            name = f"{kind.label(lang)} ({self.number(count)})".replace(" ", NBSP)
            legend += [
                Piece(separator + LEGEND_MARK, colour=KIND_COLOURS[kind].removeprefix("#")),
                Piece(NBSP + name),
            ]
        if image.picture.links:
            line = LINK_COLOUR.hexval().removeprefix("0x").upper()
            legend += [Piece("\n" + LINK_MARK, colour=line), Piece(f" {map_text('link', lang)}")]
        doc.pieces(legend, size=SECONDARY_PT, keep_with_next=True)
        doc.picture(image.png, width_mm, description(image, territory, lang))
        if image.numbers:
            key: list[Piece] = []
            for index, (number, name) in enumerate(key_entries(selection.actors, image.numbers)):
                key += [
                    *([Piece(" · ")] if index else []),
                    Piece(str(number), bold=True),
                    Piece(NBSP + self.one_line(name)),
                ]
            doc.pieces(key, size=SECONDARY_PT)
        unplaced = [self.one_line(n) for n in unplaced_names(selection)]
        if unplaced:
            doc.note(map_text("unplaced", lang, names=", ".join(unplaced)))
        doc.note(self.text(attribution(lang)))

    def all_cards(self) -> None:
        data = self.data
        self.doc.note(self.t("all_cards_note"))
        for name, cards in self.zones():
            self.doc.heading(f"{self.text(name)} ({self.number(len(cards))})", 3)
            for card in sorted(cards, key=lambda c: (c.y, c.x, c.id)):
                votes = data.votes.get(card.id, 0)
                details = [
                    self.text(data.card_author(card)),
                    self.text(data.cluster_label(card.cluster_id)),
                    self.plural(votes, "votes_one", "votes_many") if votes else "",
                    self.card_sdgs(card.sdgs),
                ]
                self.doc.entry(self.text(card.text), " · ".join(d for d in details if d))

    def card_sdgs(self, numbers: Sequence[int]) -> str:
        """'ODD 2, 12' / 'SDGs 2, 12', 'SDG 12' for one."""
        if not numbers:
            return ""
        word = self.t("sdg_one") if len(numbers) == 1 else self.t("sdgs")
        return f"{word}{NBSP}{', '.join(map(str, sorted(numbers)))}"

    def dropped(self, commitments: list[Commitment]) -> None:
        data = self.data
        self.doc.note(self.t("dropped_appendix_note"))
        self.doc.table(
            [
                self.t("alliance"),
                self.t("partner"),
                self.t("what"),
                self.t("resource"),
                self.t("quantity"),
                self.t("due"),
            ],
            [
                [
                    self.text(data.alliance(data.partner(c.partner_id).alliance_id).name),
                    self.text(data.organisation_of_partner(c.partner_id).name),
                    self.description(c),
                    c.resource_kind.label(self.lang),
                    format_quantity(c.quantity, c.unit, self.lang),
                    format_short_date(c.due_date, self.lang),
                ]
                for c in commitments
            ],
            [0.16, 0.16, 0.23, 0.17, 0.15, 0.13],
        )

    def sdg_coverage(self, rows: list[list[str]]) -> None:
        self.doc.table(
            [
                self.t("sdgs"),
                tr("alliances", self.lang).capitalize(),
                self.t("cards").capitalize(),
                self.t("targeted"),
            ],
            rows,
            [0.5, 0.15, 0.18, 0.17],
        )

    def sdg_rows(self) -> list[list[str]]:
        """One row per SDG an alliance or a card takes up, or the workshop targets: no row of
        zeros."""
        data = self.data
        targets = set(data.workshop.sdgs)
        rows = []
        for goal in all_sdgs():
            alliances = sum(1 for a in data.alliances if goal.number in a.sdgs)
            cards = sum(1 for c in data.cards if goal.number in c.sdgs)
            if alliances or cards or goal.number in targets:
                rows.append(
                    [
                        self.text(f"{goal.number}. {goal.title(self.lang)}"),
                        self.number(alliances),
                        self.number(cards),
                        self.t("yes") if goal.number in targets else "",
                    ]
                )
        return rows


def _lower_first(text: str) -> str:
    """'intercommunalité (EPCI)', 'établissement public / État': acronyms and names kept."""
    return text[:1].lower() + text[1:]


def write_editable_report(
    data: ReportData, path: str | Path, lang: Lang = "fr", contacts: bool = False
) -> None:
    """Write the workshop's report as a Word document (DOCX) that Word and LibreOffice Writer
    open and edit: the PDF's content, byte-identical for the same data and options, the file
    readable by its owner only. Participants' e-mails and phones only with `contacts`."""
    EditableReport(data, lang, contacts).write(Path(path))
