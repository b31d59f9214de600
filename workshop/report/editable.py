"""The editable report (DOCX): the PDF's content in the same order, for the facilitator to edit
before sending it. Page 1 is the summary; then one section per alliance, the board, the
participants and the appendices, each written only when it has something to say."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from workshop.domain.records import (
    Alliance,
    Commitment,
    Decision,
    Organisation,
    Partner,
    Person,
    PersonId,
    ZoneId,
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
from workshop.domain.vocabulary import CommitmentStatus, Lang, PartnerRole
from workshop.report.data import ReportData
from workshop.report.docx_writer import WordDocument
from workshop.report.i18n import (
    NBSP,
    format_date,
    format_number,
    format_quantity,
    format_short_date,
    format_time,
    tr,
)
from workshop.report.typography import typography

MOST_VOTED = 10  # cards listed under "most voted" in the board's summary (all in the appendix)
PHONE = "phone"  # Attendance.checked_in_via of someone who named themselves on a phone
# The note the phone server puts on a commitment: the report says nothing of where it was typed.
PHONE_NOTES = frozenset({"Proposé depuis un téléphone", "Proposed from a phone"})

LABELS: dict[str, tuple[str, str]] = {
    "facilitator_contact": ("Contact", "Contact"),
    "who_came": ("Qui était là", "Who came"),
    "present_count": ("Personnes présentes", "People present"),
    "by_phone_count": ("dont arrivées par téléphone", "of whom joined by phone"),
    "registered_count": ("Personnes inscrites", "People registered"),
    "organisations_count": ("Organisations représentées", "Organisations represented"),
    "alliances_formed": ("Les alliances formées", "The alliances formed"),
    "commitments_heading": ("Les engagements", "The commitments"),
    "decisions": ("Décisions et suites", "Decisions and follow-ups"),
    "decision": ("Décision", "Decision"),
    "owner": ("Porteur", "Owner"),
    "next_meeting": ("Prochain rendez-vous", "Next meeting"),
    "board_zones": ("Zones du tableau", "Zones of the board"),
    "most_voted": ("Les contributions les plus votées", "The most voted cards"),
    "participants_present": (
        "Participants présents, par organisation",
        "Participants present, by organisation",
    ),
    "by_phone": ("par téléphone", "by phone"),
    "absent_one": (
        "1 autre personne était inscrite.",
        "1 other person was registered.",
    ),
    "absent_many": (
        "{n} autres personnes étaient inscrites.",
        "{n} other people were registered.",
    ),
    "appendices": ("Annexes", "Appendices"),
    "all_cards": ("Toutes les contributions", "All the cards"),
    "targeted": ("Visé par l'atelier", "Targeted by the workshop"),
    "yes": ("oui", "yes"),
    "votes_one": ("1 vote", "1 vote"),
    "votes_many": ("{n} votes", "{n} votes"),
}


def label(key: str, lang: Lang) -> str:
    """A label of the editable report: its own, else the PDF's (with French typography)."""
    if key in LABELS:
        return typography(LABELS[key][0] if lang == "fr" else LABELS[key][1], lang)
    return tr(key, lang)


class EditableReport:
    """Writes one workshop's report into a WordDocument, in one language."""

    def __init__(self, data: ReportData, lang: Lang, contacts: bool) -> None:
        self.data = data
        self.lang = lang
        self.contacts = contacts
        self.doc = WordDocument(lang)

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def text(self, value: str) -> str:
        """User text with French typography in French."""
        return typography(value, self.lang)

    def number(self, value: float) -> str:
        return format_number(value, self.lang)

    def date(self) -> str:
        return format_date(self.data.workshop.date, self.lang)

    def votes(self, n: int) -> str:
        return self.t("votes_one") if n == 1 else self.t("votes_many").format(n=n)

    # The whole document --------------------------------------------------------------------

    def write(self, path: Path) -> None:
        workshop = self.data.workshop
        report = tr("report", self.lang)
        colon = f"{NBSP}: " if self.lang == "fr" else ": "
        self.doc.properties(
            title=f"{report}{colon}{self.text(workshop.title)}",
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
        self.board()
        self.participants()
        self.appendices()
        self.doc.save(path, workshop.date)

    # Page 1: the summary -------------------------------------------------------------------

    def summary(self) -> None:
        workshop = self.data.workshop
        doc = self.doc
        doc.title(tr("report", self.lang), self.text(workshop.title))
        times = " – ".join(
            t
            for t in (
                format_time(workshop.start_time, self.lang),
                format_time(workshop.end_time, self.lang),
            )
            if t
        )
        details = [
            (self.t("territory"), self.text(workshop.territory)),
            (self.t("date"), self.date()),
            (self.t("time"), times),
            (self.t("place"), self.text(workshop.place)),
            (self.t("facilitator"), self.text(workshop.facilitator)),
            (self.t("facilitator_contact"), self.text(workshop.facilitator_contact)),
        ]
        rows = [[k, v] for k, v in details if v]
        if rows:
            doc.table([], rows, [0.25, 0.75], header_row=False)
        if workshop.question:
            doc.heading(self.t("question"), 2)
            doc.paragraph(self.text(workshop.question))
        if workshop.sdgs:
            doc.heading(self.t("target_sdgs"), 2)
            doc.paragraph(self.sdg_names(workshop.sdgs))
        self.who_came()
        self.alliances_formed()
        self.commitment_totals()
        self.decisions()
        self.next_meeting()

    def who_came(self) -> None:
        data = self.data
        present = [a for a in data.attendance if a.present]
        if not data.attendance:
            return
        by_phone = sum(1 for a in present if a.checked_in_via == PHONE)
        organisations = {
            data.people[a.person_id].organisation_id
            for a in present
            if data.people[a.person_id].organisation_id
        }
        rows = [[self.t("present_count"), self.number(len(present))]]
        if by_phone:
            rows.append([self.t("by_phone_count"), self.number(by_phone)])
        rows.append([self.t("registered_count"), self.number(len(data.attendance))])
        if organisations:
            rows.append([self.t("organisations_count"), self.number(len(organisations))])
        self.doc.heading(self.t("who_came"), 2)
        self.doc.table([], rows, [0.5, 0.2], header_row=False)
        kinds = data.present_organisations_by_kind()
        if kinds:
            self.doc.table(
                [self.t("kind"), self.t("count")],
                [[kind.label(self.lang), self.number(n)] for kind, n in kinds],
                [0.5, 0.2],
            )

    def alliances_formed(self) -> None:
        data = self.data
        if not data.alliances:
            return
        rows = []
        for alliance in data.alliances:
            partners = self.sorted_partners(alliance)
            pilots = [
                data.organisations[p.organisation_id].name
                for p in partners
                if p.role == PartnerRole.PILOTE
            ]
            others = [
                data.organisations[p.organisation_id].name
                for p in partners
                if p.role != PartnerRole.PILOTE
            ]
            rows.append(
                [
                    self.text(alliance.name),
                    self.text(", ".join(pilots)),
                    self.text(", ".join(others)),
                    self.text(alliance.objective),
                    ", ".join(str(n) for n in sorted(alliance.sdgs)),
                ]
            )
        self.doc.heading(self.t("alliances_formed"), 2)
        self.doc.table(
            [
                self.t("alliance"),
                PartnerRole.PILOTE.label(self.lang),
                self.t("partners"),
                self.t("objective"),
                self.t("sdgs"),
            ],
            rows,
            [0.2, 0.17, 0.25, 0.28, 0.1],
        )

    def commitment_totals(self) -> None:
        """Per resource kind, what is confirmed and what is only proposed (and done), in columns
        of their own: never one sum."""
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
                word = self.t("commitments")
                parts.append(
                    f"{n}{NBSP}{word if n > 1 or (self.lang == 'en' and n != 1) else word[:-1]}"
                )
        return ", ".join(parts) or self.t("none")

    def decisions(self) -> None:
        decisions: Sequence[Decision] = getattr(self.data, "decisions", ())
        if not decisions:
            return
        self.doc.heading(self.t("decisions"), 2)
        self.doc.table(
            [self.t("decision"), self.t("owner"), self.t("due")],
            [
                [
                    self.text(d.text),
                    self.text(d.owner),
                    format_date(d.due_date, self.lang),
                ]
                for d in decisions
            ],
            [0.58, 0.24, 0.18],
        )

    def next_meeting(self) -> None:
        workshop = self.data.workshop
        rows = [
            [k, v]
            for k, v in (
                (self.t("date"), format_date(workshop.next_meeting_date, self.lang)),
                (self.t("place"), self.text(workshop.next_meeting_place)),
            )
            if v
        ]
        if rows:
            self.doc.heading(self.t("next_meeting"), 2)
            self.doc.table([], rows, [0.25, 0.75], header_row=False)

    # One section per alliance --------------------------------------------------------------

    def sorted_partners(self, alliance: Alliance) -> list[Partner]:
        data = self.data
        roles = list(PartnerRole)
        return sorted(
            data.partners_of(alliance.id),
            key=lambda p: (
                roles.index(p.role),
                sort_key(data.organisations[p.organisation_id].name),
            ),
        )

    def alliances(self) -> None:
        if not self.data.alliances:
            return
        self.doc.heading(tr("alliances", self.lang).capitalize(), 1, new_page=True)
        for alliance in self.data.alliances:
            self.alliance(alliance)

    def alliance(self, alliance: Alliance) -> None:
        data = self.data
        doc = self.doc
        doc.heading(self.text(alliance.name), 2)
        details = []
        if alliance.objective:
            details.append([self.t("objective"), self.text(alliance.objective)])
        if alliance.partnership_type:
            details.append([self.t("partnership_type"), alliance.partnership_type.label(self.lang)])
        details.append([self.t("status"), alliance.status.label(self.lang)])
        if alliance.sdgs:
            details.append([self.t("sdgs"), self.sdg_names(alliance.sdgs)])
        doc.table([], details, [0.25, 0.75], header_row=False)
        partners = self.sorted_partners(alliance)
        if partners:
            doc.table(
                [self.t("partners"), self.t("role"), self.t("contact")],
                [
                    [
                        self.text(data.organisations[p.organisation_id].name),
                        p.role.label(self.lang),
                        self.text(self.contact(p.contact_person_id)),
                    ]
                    for p in partners
                ],
                [0.4, 0.2, 0.4],
            )
        commitments = data.commitments_of(alliance.id)
        if commitments:
            self.commitments_table(commitments)

    def sdg_names(self, numbers: Sequence[int]) -> str:
        goals = {g.number: g for g in all_sdgs()}
        return "; ".join(
            f"{n}. {goals[n].title(self.lang)}" for n in sorted(set(numbers)) if n in goals
        )

    def contact(self, person_id: PersonId | None) -> str:
        person = self.data.people.get(person_id) if person_id else None
        if person is None:
            return ""
        if not self.contacts:
            return person.full_name
        return " · ".join(x for x in (person.full_name, person.email, person.phone) if x)

    def commitments_table(self, commitments: list[Commitment]) -> None:
        """Each commitment once: partner, what, resource, quantity and unit, due date, status;
        then, for several, one line per resource kind with each status apart."""
        data = self.data
        rows = []
        for c in commitments:
            note = c.note if c.note and c.note not in PHONE_NOTES else ""
            rows.append(
                [
                    self.text(data.organisation_of_partner(c.partner_id).name),
                    self.text(c.description + (f" ({note})" if note else "")),
                    c.resource_kind.label(self.lang),
                    format_quantity(c.quantity, c.unit, self.lang),
                    format_short_date(c.due_date, self.lang),
                    c.status.label(self.lang),
                ]
            )
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
            [0.2, 0.3, 0.14, 0.12, 0.12, 0.12],
        )
        if len(commitments) > 1:
            totals = commitment_totals(commitments)
            colon = f"{NBSP}: " if self.lang == "fr" else ": "
            lines = [
                f"{kind.label(self.lang)}{colon}{resource_line(group, self.lang, NBSP)}"
                for kind, group in totals.by_kind()
            ]
            if lines:
                self.doc.paragraph(self.t("total"), bold=True, keep_with_next=True)
                self.doc.paragraph("\n".join(lines))

    # The board ---------------------------------------------------------------------------------

    def board(self) -> None:
        data = self.data
        if not data.cards:
            return
        doc = self.doc
        doc.heading(self.t("board"), 1, new_page=True)
        zone_rows = []
        for zone_id, name in self.zone_names():
            cards = [c for c in data.cards if c.zone_id == zone_id]
            if cards:
                votes = sum(data.votes.get(c.id, 0) for c in cards)
                zone_rows.append([self.text(name), self.number(len(cards)), self.number(votes)])
        doc.heading(self.t("board_zones"), 2)
        doc.table(
            [self.t("zone"), self.t("cards").capitalize(), self.t("votes")],
            zone_rows,
            [0.6, 0.2, 0.2],
        )
        if data.clusters:
            rows = []
            for cluster in data.clusters:
                cards = [c for c in data.cards if c.cluster_id == cluster.id]
                if not cards:
                    continue
                zones = sorted({data.zone_name(c.zone_id) for c in cards} - {""}, key=sort_key)
                votes = sum(data.votes.get(c.id, 0) for c in cards)
                rows.append((votes, cluster.label, zones, len(cards)))
            rows.sort(key=lambda r: (-r[0], sort_key(r[1])))
            if rows:
                doc.heading(self.t("clusters"), 2)
                doc.table(
                    [
                        self.t("cluster"),
                        self.t("zone"),
                        self.t("cards").capitalize(),
                        self.t("votes"),
                    ],
                    [
                        [self.text(lab), self.text(", ".join(z)), self.number(n), self.number(v)]
                        for v, lab, z, n in rows
                    ],
                    [0.35, 0.35, 0.15, 0.15],
                )
        self.most_voted()

    def zone_names(self) -> list[tuple[ZoneId | None, str]]:
        """The zones in board order, then 'outside any zone' for cards in none."""
        known = {z.id for z in self.data.zones}
        names: list[tuple[ZoneId | None, str]] = [(z.id, z.name) for z in self.data.zones]
        if any(c.zone_id not in known for c in self.data.cards):
            names.append((None, self.t("no_zone")))
        return names

    def most_voted(self) -> None:
        data = self.data
        voted = sorted(
            (c for c in data.cards if data.votes.get(c.id)), key=lambda c: (-data.votes[c.id], c.id)
        )
        if not voted:
            return
        rows = []
        rank, previous = 0, None
        for position, card in enumerate(voted, start=1):
            if data.votes[card.id] != previous:
                rank, previous = position, data.votes[card.id]
            if rank > MOST_VOTED:
                break
            rows.append(
                [
                    str(rank),
                    self.text(card.text),
                    self.text(data.card_author(card)),
                    self.text(data.zone_name(card.zone_id)),
                    self.number(data.votes[card.id]),
                ]
            )
        self.doc.heading(self.t("most_voted"), 2)
        self.doc.table(
            [self.t("rank"), self.t("card"), self.t("author"), self.t("zone"), self.t("votes")],
            rows,
            [0.07, 0.45, 0.22, 0.16, 0.1],
        )

    # Participants ------------------------------------------------------------------------------

    def participants(self) -> None:
        data = self.data
        present = [a for a in data.attendance if a.present]
        if not present:
            return
        groups: dict[Organisation | None, list[tuple[Person, bool]]] = defaultdict(list)
        for attendance in present:
            person = data.people[attendance.person_id]
            organisation = (
                data.organisations.get(person.organisation_id) if person.organisation_id else None
            )
            groups[organisation].append((person, attendance.checked_in_via == PHONE))
        ordered = sorted(
            groups.items(),
            key=lambda item: (item[0] is None, sort_key(item[0].name) if item[0] else ""),
        )
        header = [self.t("organisation"), self.t("name")]
        widths = [0.45, 0.55]
        if self.contacts:
            header += [self.t("role_title"), self.t("email"), self.t("phone")]
            widths = [0.22, 0.2, 0.16, 0.26, 0.16]
        rows = []
        for organisation, people in ordered:
            name = organisation.name if organisation else self.t("no_organisation")
            people.sort(key=lambda pp: (sort_key(pp[0].last_name), sort_key(pp[0].first_name)))
            for index, (person, by_phone) in enumerate(people):
                full = person.full_name + (f" ({self.t('by_phone')})" if by_phone else "")
                row = [self.text(name) if index == 0 else "", self.text(full)]
                if self.contacts:
                    row += [self.text(person.title), person.email, person.phone]
                rows.append(row)
        self.doc.heading(self.t("participants_present"), 1, new_page=True)
        self.doc.table(header, rows, widths)
        absent = len(data.attendance) - len(present)
        if absent:
            self.doc.note(
                self.t("absent_one") if absent == 1 else self.t("absent_many").format(n=absent)
            )

    # Appendices --------------------------------------------------------------------------------

    def appendices(self) -> None:
        coverage = self.sdg_rows()
        if not self.data.cards and not coverage:
            return
        self.doc.heading(self.t("appendices"), 1, new_page=True)
        if self.data.cards:
            self.all_cards()
        if coverage:
            self.doc.heading(self.t("sdg_coverage"), 2)
            self.doc.table(
                [
                    self.t("sdgs"),
                    tr("alliances", self.lang).capitalize(),
                    self.t("cards").capitalize(),
                    self.t("targeted"),
                ],
                coverage,
                [0.55, 0.15, 0.15, 0.15],
            )

    def all_cards(self) -> None:
        data = self.data
        self.doc.heading(self.t("all_cards"), 2)
        for zone_id, name in self.zone_names():
            cards = sorted(
                (c for c in data.cards if c.zone_id == zone_id), key=lambda c: (c.y, c.x, c.id)
            )
            if not cards:
                continue
            self.doc.heading(f"{self.text(name)} ({self.number(len(cards))})", 3)
            for card in cards:
                votes = data.votes.get(card.id, 0)
                details = [
                    self.text(data.card_author(card)),
                    self.text(data.cluster_label(card.cluster_id)),
                    self.votes(votes) if votes else "",
                    f"{self.t('sdgs')} {', '.join(map(str, card.sdgs))}" if card.sdgs else "",
                ]
                self.doc.entry(self.text(card.text), " · ".join(d for d in details if d))

    def sdg_rows(self) -> list[list[str]]:
        """One row per SDG that an alliance or a card takes up, or the workshop targets."""
        data = self.data
        rows = []
        targets = set(data.workshop.sdgs)
        for goal in all_sdgs():
            alliances = sum(1 for a in data.alliances if goal.number in a.sdgs)
            cards = sum(1 for c in data.cards if goal.number in c.sdgs)
            if alliances or cards or goal.number in targets:
                rows.append(
                    [
                        f"{goal.number}. {goal.title(self.lang)}",
                        self.number(alliances),
                        self.number(cards),
                        self.t("yes") if goal.number in targets else "",
                    ]
                )
        return rows


def write_editable_report(
    data: ReportData, path: str | Path, lang: Lang = "fr", contacts: bool = False
) -> None:
    """Write the workshop's report as a Word document (DOCX) that Word and LibreOffice Writer
    open and edit: same content as the PDF, byte-identical for the same data and options, the
    file readable by its owner only. Participants' e-mails and phones only with `contacts`."""
    EditableReport(data, lang, contacts).write(Path(path))
