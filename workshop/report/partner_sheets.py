"""Partner sheets: one letter-like PDF per partner organisation, to send it after the workshop.

A sheet tells one partner what it committed (each commitment with its status and due date),
what it is asked to confirm and by when, the alliances it is part of with its co-partners (names
and roles; their e-mails and phones only with `contacts`), the next meeting, and whom to answer.

By when: a proposed commitment is to be confirmed before the next meeting when one is set, so
that the partners meet on firm resources; before its own due date when that comes first (or
when no meeting is set: after it, a confirmation is of no use); with neither, "as soon as
possible". The sheet's headline gives the earliest of these dates.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workshop.domain.records import Alliance, Commitment, Organisation, Partner, Person
from workshop.domain.text import sort_key
from workshop.domain.totals import commitment_totals, resource_line
from workshop.domain.vocabulary import CommitmentStatus, Lang, PartnerRole
from workshop.report.data import ReportData
from workshop.report.i18n import (
    NBSP,
    format_date,
    format_quantity,
    format_short_date,
    tr,
)
from workshop.report.pages import canvas_maker, make_document, page_decoration
from workshop.report.styles import (
    ACCENT,
    CELL_PADDING,
    FRAME_WIDTH,
    HEADER_FILL,
    INK,
    MUTED,
    RULE,
    ZEBRA,
    fit_paragraph,
    styles,
)
from workshop.report.typography import typography

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})
WIDTH = FRAME_WIDTH - 12  # inside the frame's 6 pt padding on each side
CALL_OUT = colors.HexColor("#FFF4D6")  # the "to confirm" heading's tint
CALL_OUT_RULE = colors.HexColor("#E0A800")
DONE_FILL = colors.HexColor("#E6F2EA")
DONE_RULE = colors.HexColor("#2E8B57")
COMMITMENT_WIDTHS = (128.0, 80.0, 82.0, 66.0, 60.0, WIDTH - 416.0)  # what … status
MAX_BROUGHT = 3  # a co-partner's commitments named in "what it brings"; then how many more
BROUGHT_CHARS = 70  # … each cut there (its own sheet and the report give it whole)
MAX_LINES = 12  # lines of one table cell (a pasted page never makes a row taller than a page)

_PHONE_SPACE = re.compile(r"(?<=\b\d\d) (?=\d\d\b)")  # "06 12 34 56 78" never breaks

_TEXT: dict[str, tuple[str, str]] = {
    "attention": ("À l'attention de {names}", "For the attention of {names}"),
    "intro": (
        "Le {date}, votre organisation a pris part à l'atelier « {title} »{place}. "
        "Cette fiche récapitule ce que vous y avez engagé, ce qu'il vous reste à confirmer, "
        "et les partenaires avec qui vous agissez.",
        "On {date}, your organisation took part in the workshop “{title}”{place}. "
        "This sheet sums up what you committed there, what is left for you to confirm, "
        "and the partners you act with.",
    ),
    "intro_undated": (
        "Votre organisation a pris part à l'atelier « {title} »{place}. "
        "Cette fiche récapitule ce que vous y avez engagé, ce qu'il vous reste à confirmer, "
        "et les partenaires avec qui vous agissez.",
        "Your organisation took part in the workshop “{title}”{place}. "
        "This sheet sums up what you committed there, what is left for you to confirm, "
        "and the partners you act with.",
    ),
    "at_place": (" ({place})", " ({place})"),
    "meeting_where": (", {place}", ", {place}"),
    "question": ("La question travaillée :", "The question worked on:"),
    "confirm_by": ("À confirmer avant le {date}", "To confirm by {date}"),
    "confirm_asap": ("À confirmer dès que possible", "To confirm as soon as possible"),
    "confirm_ask_one": (
        "Un engagement a été proposé au nom de votre organisation. Merci de le confirmer, "
        "de le corriger ou de le retirer {when} : {who}.",
        "One commitment was proposed in your organisation's name. Please confirm, correct or "
        "withdraw it {when}: {who}.",
    ),
    "confirm_ask_many": (
        "{n} engagements ont été proposés au nom de votre organisation. Merci de les confirmer, "
        "de les corriger ou de les retirer {when} : {who}.",
        "{n} commitments were proposed in your organisation's name. Please confirm, correct or "
        "withdraw them {when}: {who}.",
    ),
    "when_date": ("avant le {date}", "by {date}"),
    "when_asap": ("dès que possible", "as soon as possible"),
    "reason_meeting": ("date de la prochaine rencontre", "the date of the next meeting"),
    "reason_due": ("échéance de l'engagement", "the commitment's due date"),
    "nothing_to_confirm": ("Rien à confirmer", "Nothing to confirm"),
    "all_confirmed": (
        "Tous les engagements de votre organisation sont confirmés. Merci ! Pour tout changement, "
        "écrivez à {who}.",
        "All your organisation's commitments are confirmed. Thank you! For any change, "
        "write to {who}.",
    ),
    "none_noted": (
        "Aucun engagement n'a été noté au nom de votre organisation. Pour en proposer un, "
        "écrivez à {who}.",
        "No commitment was noted in your organisation's name. To offer one, write to {who}.",
    ),
    "answer_to": ("répondez à {who}", "answer {who}"),
    "facilitator_role": ("animation de l'atelier", "workshop facilitator"),
    "facilitators": ("l'équipe d'animation de l'atelier", "the workshop's facilitators"),
    "proposed_title": ("Vos engagements à confirmer", "Your commitments to confirm"),
    "firm_title": ("Vos engagements confirmés", "Your confirmed commitments"),
    "firm_title_mixed": ("Vos autres engagements", "Your other commitments"),
    "summary": ("En résumé", "In short"),
    "what": ("Engagement", "Commitment"),
    "alliance": ("Alliance", "Alliance"),
    "resource": ("Ressource", "Resource"),
    "quantity": ("Quantité", "Quantity"),
    "due": ("Échéance", "Due"),
    "status": ("Statut", "Status"),
    "confirm_before": ("À confirmer avant", "Confirm by"),
    "asap_short": ("dès que possible", "as soon as possible"),
    "alliances": ("Vos alliances", "Your alliances"),
    "your_role": ("votre rôle : {role}", "your role: {role}"),
    "pilot": ("Pilote : {names}", "Lead: {names}"),
    "state": ("État : {state}", "Status: {state}"),
    "sdgs": ("ODD : {numbers}", "SDGs: {numbers}"),
    "organisation": ("Organisation", "Organisation"),
    "role": ("Rôle", "Role"),
    "contact": ("Contact", "Contact"),
    "brings": ("Apporte à l'alliance", "Brings to the alliance"),
    "nothing_yet": ("rien de noté", "nothing noted"),
    "more_one": ("et 1 autre engagement", "and 1 more commitment"),
    "more_many": ("et {n} autres engagements", "and {n} more commitments"),
    "alone": ("Aucun autre partenaire pour l'instant.", "No other partner yet."),
    "next_meeting": ("Prochaine rencontre", "Next meeting"),
    "meeting_at": ("Le {date}{place}.", "On {date}{place}."),
    "meeting_place_only": (
        "À {place} ; la date vous sera communiquée par {who}.",
        "At {place}; {who} will let you know the date.",
    ),
    "meeting_unknown": (
        "Sa date vous sera communiquée par {who}.",
        "{who} will let you know its date.",
    ),
    "your_contact": ("Votre contact", "Your contact"),
    "contact_none": (
        "Pour toute question sur cette fiche, adressez-vous à {who}.",
        "For any question about this sheet, ask {who}.",
    ),
}


def _t(key: str, lang: Lang, **values: str) -> str:
    fr, en = _TEXT[key]
    text = fr if lang == "fr" else en
    return text.format(**values) if values else text


def _shortened(text: str, limit: int) -> str:
    """`text`, or its first words up to `limit` characters and '…'."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(" ,;:.") + "…"


def sheet_filename(organisation: Organisation) -> str:
    """'0012-restos-du-coeur.pdf': the id keeps names unique, the slug keeps them readable."""
    name = organisation.name.translate(_LIGATURES)
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-")
    return f"{organisation.id:04d}-{slug or 'organisation'}.pdf"


def confirm_by(commitment: Commitment, next_meeting: dt.date | None) -> dt.date | None:
    """The date a proposed commitment is to be confirmed by: the next meeting, or its due date
    when that comes first (or when no meeting is set); None: as soon as possible."""
    dates = [d for d in (next_meeting, commitment.due_date) if d is not None]
    return min(dates) if dates else None


def build_partner_sheets(
    data: ReportData, out_dir: Path, lang: Lang = "fr", *, contacts: bool = False
) -> list[Path]:
    """Write one PDF per partner organisation into `out_dir` (created if needed); their paths.

    Co-partners are named with their role and contact person; their e-mail addresses and
    phone numbers only with `contacts` (the sheets leave the room, as the report does). Each
    file is readable by its owner only, as the report is.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    workshop = data.workshop
    footer = typography(
        " · ".join(x for x in (workshop.title, format_date(workshop.date, lang)) if x), lang
    )
    written = []
    for organisation in data.partner_organisations():
        path = out_dir / sheet_filename(organisation)
        document = make_document(
            path,
            title=f"{tr('partner_sheet', lang)} · {organisation.name}",
            author=workshop.facilitator or "Catalyse",
            subject=workshop.title,
            lang=lang,
        )
        decorate = page_decoration(tr("partner_sheet", lang), footer)
        document.build(
            _Sheet(data, organisation, lang, contacts).flowables(),
            onFirstPage=decorate,
            onLaterPages=decorate,
            canvasmaker=canvas_maker(tr("page", lang)),
        )
        written.append(path)
    return written


# ---------------------------------------------------------------- styles


@dataclass(frozen=True)
class _Styles:
    """The sheet's paragraph styles: a letter's sizes (body 10 pt, tables 9 pt, notes 8.5 pt)."""

    meta: ParagraphStyle
    name: ParagraphStyle
    attention: ParagraphStyle
    body: ParagraphStyle
    plain: ParagraphStyle  # body text that is names and places: never hyphenated
    h2: ParagraphStyle
    h3: ParagraphStyle
    call_out: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    note: ParagraphStyle


@cache
def _styles(lang: Lang) -> _Styles:
    fonts = styles().fonts
    hyphenation = "fr" if lang == "fr" else "en_GB"
    body = ParagraphStyle(
        "sheet_body",
        fontName=fonts.regular,
        fontSize=10,
        leading=14,
        textColor=INK,
        spaceAfter=6,
        hyphenationLang=hyphenation,
        embeddedHyphenation=1,
        uriWasteReduce=0.3,
    )
    # Table cells hold names (organisations, people, places): they wrap between words only.
    cell = ParagraphStyle(
        "sheet_cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0, hyphenationLang=""
    )
    return _Styles(
        meta=ParagraphStyle("sheet_meta", parent=body, fontSize=9.5, textColor=MUTED, leading=13),
        # "h1": the organisation's name is the sheet's PDF bookmark (pages.ReportDocument).
        name=ParagraphStyle(
            "h1",
            parent=body,
            fontName=fonts.bold,
            fontSize=20,
            leading=24,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=2,
            hyphenationLang="",
        ),
        attention=ParagraphStyle("sheet_attention", parent=body, textColor=MUTED, spaceAfter=10),
        body=body,
        plain=ParagraphStyle("sheet_plain", parent=body, hyphenationLang=""),
        h2=ParagraphStyle(
            "sheet_h2",
            parent=body,
            fontName=fonts.bold,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
            hyphenationLang="",
        ),
        h3=ParagraphStyle(
            "sheet_h3",
            parent=body,
            fontName=fonts.bold,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=2,
            hyphenationLang="",
        ),
        call_out=ParagraphStyle(
            "sheet_call_out", parent=body, fontName=fonts.bold, fontSize=12, leading=16
        ),
        cell=cell,
        cell_bold=ParagraphStyle("sheet_cell_bold", parent=cell, fontName=fonts.bold),
        note=ParagraphStyle(
            "sheet_note", parent=body, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=2
        ),
    )


# ---------------------------------------------------------------- one sheet


class _Sheet:
    """The flowables of one partner's sheet, every piece of user text escaped."""

    def __init__(
        self, data: ReportData, organisation: Organisation, lang: Lang, contacts: bool
    ) -> None:
        self.data = data
        self.organisation = organisation
        self.lang = lang
        self.contacts = contacts
        self.s = _styles(lang)
        self.own = [p for p in data.partners if p.organisation_id == organisation.id]
        own_ids = {p.id for p in self.own}
        self.commitments = [c for c in data.commitments if c.partner_id in own_ids]
        self.proposed = [c for c in self.commitments if c.status == CommitmentStatus.PROPOSE]
        self.firm = [c for c in self.commitments if c.status != CommitmentStatus.PROPOSE]

    # Text ----------------------------------------------------------------------------------

    def t(self, key: str, **values: str) -> str:
        return _t(key, self.lang, **values)

    def ty(self, text: str) -> str:
        """Printed text: French spacing in French; a phone number's digit pairs held together."""
        return _PHONE_SPACE.sub(NBSP, typography(text, self.lang))

    def p(self, text: str, style: ParagraphStyle, *, max_lines: int = 12) -> Paragraph:
        """Text (user text in it escaped) as a Paragraph the frame's width, cut past
        `max_lines` lines with a mark."""
        return fit_paragraph(
            self.ty(text), WIDTH, self.lang, style=style, max_lines=max_lines, padding=0
        )

    def cell(self, text: str, width: float, *, bold: bool = False) -> Paragraph:
        """A table cell's text (its line breaks kept), cut past MAX_LINES lines with a mark."""
        style = self.s.cell_bold if bold else self.s.cell
        return fit_paragraph(self.ty(text), width, self.lang, style=style, max_lines=MAX_LINES)

    def who(self, *, reach: bool = True) -> str:
        """Whom to answer: 'Claire Fontaine (animation de l'atelier), claire@…' as known (without
        `reach`, the name only: the contact is printed beside)."""
        workshop = self.data.workshop
        name = workshop.facilitator.strip()
        contact = workshop.facilitator_contact.strip() if reach else ""
        if name and contact:
            return f"{name} ({self.t('facilitator_role')}), {contact}"
        if name:
            return f"{name} ({self.t('facilitator_role')})"
        if contact:
            return f"{self.t('facilitators')}, {contact}"
        return self.t("facilitators")

    def date(self, day: dt.date | None) -> str:
        return format_date(day, self.lang)

    # Sections ------------------------------------------------------------------------------

    def flowables(self) -> list[Flowable]:
        return [
            *self.heading(),
            *self.to_confirm(),
            *self.firm_commitments(),
            *self.summary(),
            *self.alliances(),
            *self.next_meeting_and_contact(),
        ]

    def heading(self) -> list[Flowable]:
        workshop = self.data.workshop
        flowables: list[Flowable] = [self.p(self.organisation.name, self.s.name, max_lines=4)]
        names = self._people_names(p.contact_person_id for p in self.own)
        if names:
            flowables.append(self.p(self.t("attention", names=names), self.s.attention))
        else:
            flowables.append(Spacer(1, 8))
        place = self.t("at_place", place=workshop.place) if workshop.place else ""
        if workshop.date:
            intro = self.t(
                "intro", date=self.date(workshop.date), title=workshop.title, place=place
            )
        else:
            intro = self.t("intro_undated", title=workshop.title, place=place)
        flowables.append(self.p(intro, self.s.body))
        if workshop.question.strip():
            flowables.append(
                self.p(f"{self.t('question')} {workshop.question}", self.s.note, max_lines=6)
            )
        return flowables

    def _people_names(self, ids: Any) -> str:
        names: list[str] = []
        for person_id in ids:
            person: Person | None = self.data.people.get(person_id) if person_id else None
            if person and person.full_name and person.full_name not in names:
                names.append(person.full_name)
        return ", ".join(names)

    def deadline(self) -> tuple[dt.date | None, str]:
        """The sheet's one date to confirm by (the earliest of its proposed commitments') and
        why ("date of the next meeting", "the commitment's due date"); (None, "") for ASAP."""
        meeting = self.data.workshop.next_meeting_date
        dated = [(d, c) for c in self.proposed if (d := confirm_by(c, meeting)) is not None]
        if not dated:
            return None, ""
        day, _ = min(dated, key=lambda pair: pair[0])
        reason = "reason_meeting" if day == meeting else "reason_due"
        return day, self.t(reason)

    def to_confirm(self) -> list[Flowable]:
        """The call to action: what to confirm, by when, to whom; or that nothing is left."""
        if not self.proposed:
            key = "all_confirmed" if self.commitments else "none_noted"
            return [
                Spacer(1, 6),
                self._banner(self.t("nothing_to_confirm"), self.t(key, who=self.who()), done=True),
            ]
        day, reason = self.deadline()
        if day is None:
            title, when = self.t("confirm_asap"), self.t("when_asap")
        else:
            title = self.t("confirm_by", date=self.date(day))
            when = self.t("when_date", date=f"{self.date(day)} ({reason})")
        n = len(self.proposed)
        ask = (
            self.t("confirm_ask_one", when=when, who=self.who())
            if n == 1
            else self.t("confirm_ask_many", n=str(n), when=when, who=self.who())
        )
        meeting = self.data.workshop.next_meeting_date
        header, rows = self._commitment_rows(
            self.proposed,
            self.t("confirm_before"),
            lambda c: (
                format_short_date(d, self.lang)
                if (d := confirm_by(c, meeting))
                else self.t("asap_short")
            ),
        )
        return [
            Spacer(1, 6),
            self._banner(title, ask, done=False),
            Spacer(1, 8),
            CondPageBreak(60),
            self.p(self.t("proposed_title"), self.s.h3),
            self._table(header, rows, list(COMMITMENT_WIDTHS), bold_last=True),
        ]

    def firm_commitments(self) -> list[Flowable]:
        if not self.firm:
            return []
        title = self.t("firm_title_mixed") if self._has_others() else self.t("firm_title")
        header, rows = self._commitment_rows(
            self.firm, self.t("status"), lambda c: c.status.label(self.lang)
        )
        return [
            CondPageBreak(60),
            self.p(title, self.s.h3),
            self._table(header, rows, list(COMMITMENT_WIDTHS)),
        ]

    def _commitment_rows(
        self,
        commitments: Sequence[Commitment],
        last_header: str,
        last: Callable[[Commitment], str],
    ) -> tuple[list[str], list[list[str]]]:
        """A commitments table's header and rows: what, alliance, resource, quantity, due date,
        then `last` (the date to confirm by, or the status)."""
        header = [
            self.t("what"),
            self.t("alliance"),
            self.t("resource"),
            self.t("quantity"),
            self.t("due"),
            last_header,
        ]
        rows = [
            [
                self._what(c),
                self._alliance_name(c),
                c.resource_kind.label(self.lang),
                format_quantity(c.quantity, c.unit, self.lang),
                format_short_date(c.due_date, self.lang),
                last(c),
            ]
            for c in commitments
        ]
        return header, rows

    def _has_others(self) -> bool:
        return any(c.status != CommitmentStatus.CONFIRME for c in self.firm)

    def summary(self) -> list[Flowable]:
        """'Financier : 4 000 € confirmés · 25 000 € proposés', by kind, never added up."""
        if len(self.commitments) < 2:
            return []
        colon = f"{NBSP}:" if self.lang == "fr" else ":"
        lines = [
            f"{kind.label(self.lang)}{colon} {resource_line(group, self.lang, NBSP)}"
            for kind, group in commitment_totals(self.commitments).by_kind()
        ]
        if not lines:
            return []
        return [
            Spacer(1, 4),
            KeepTogether(
                [
                    self.p(self.t("summary"), self.s.cell_bold),
                    *(self.p(line, self.s.cell) for line in lines),
                ]
            ),
        ]

    def alliances(self) -> list[Flowable]:
        if not self.own:
            return []
        flowables: list[Flowable] = [CondPageBreak(90), self.p(self.t("alliances"), self.s.h2)]
        for partner in self.own:
            flowables += self._alliance(partner, self.data.alliance(partner.alliance_id))
        return flowables

    def _alliance(self, partner: Partner, alliance: Alliance) -> list[Flowable]:
        data = self.data
        heading = (
            f"{alliance.name} — {self.t('your_role', role=partner.role.label(self.lang).lower())}"
        )
        others = [
            p for p in data.partners_of(alliance.id) if p.organisation_id != partner.organisation_id
        ]
        pilots = [  # the partner itself is told "your role: lead" in the heading
            data.organisations[p.organisation_id].name
            for p in others
            if p.role == PartnerRole.PILOTE
        ]
        facts = [
            self.t("pilot", names=", ".join(pilots)) if pilots else "",
            self.t("state", state=alliance.status.label(self.lang).lower()),
            self.t("sdgs", numbers=", ".join(map(str, alliance.sdgs))) if alliance.sdgs else "",
        ]
        top: list[Flowable] = [CondPageBreak(70), self.p(heading, self.s.h3, max_lines=4)]
        if alliance.objective.strip():
            top.append(self.p(alliance.objective, self.s.body, max_lines=8))
        top.append(self.p(" · ".join(f for f in facts if f), self.s.note, max_lines=4))
        if not others:
            return [*top, self.p(self.t("alone"), self.s.note)]
        widths = [130.0, 64.0, 120.0] if not self.contacts else [104.0, 56.0, 180.0]
        widths.append(WIDTH - sum(widths))
        header = [self.t("organisation"), self.t("role"), self.t("contact"), self.t("brings")]
        rows = []
        for other in sorted(
            others, key=lambda p: (p.role != PartnerRole.PILOTE, sort_key(self._org(p).name))
        ):
            rows.append(
                [
                    self._org(other).name,
                    other.role.label(self.lang),
                    self._contact(other),
                    self._brings(other),
                ]
            )
        return [*top, Spacer(1, 2), self._table(header, rows, widths), Spacer(1, 6)]

    def _org(self, partner: Partner) -> Organisation:
        return self.data.organisations[partner.organisation_id]

    def _contact(self, partner: Partner) -> str:
        """The co-partner's contact person; with `contacts`, their e-mail and phone too."""
        person = (
            self.data.people.get(partner.contact_person_id) if partner.contact_person_id else None
        )
        if person is None:
            return ""
        if not self.contacts:
            return person.full_name
        return "\n".join(x for x in (person.full_name, person.email, person.phone) if x)

    def _brings(self, partner: Partner) -> str:
        """What a co-partner committed to the alliance: 'Mettre à disposition un local (120 m²,
        confirmé)', its first few commitments then how many more (the sheet is a letter)."""
        own = [
            c
            for c in self.data.commitments
            if c.partner_id == partner.id and c.status != CommitmentStatus.ABANDONNE
        ]
        parts = []
        for c in own[:MAX_BROUGHT]:
            amount = format_quantity(c.quantity, c.unit, self.lang)
            status = c.status.label(self.lang).lower()
            what = _shortened(" ".join(c.description.split()), BROUGHT_CHARS)
            parts.append(f"{what} ({', '.join(x for x in (amount, status) if x)})")
        more = len(own) - MAX_BROUGHT
        if more > 0:
            parts.append(self.t("more_one" if more == 1 else "more_many", n=str(more)))
        return "\n".join(parts) or self.t("nothing_yet")

    def next_meeting_and_contact(self) -> list[Flowable]:
        """The letter's end, side by side: when and where the partners meet next, and whom to
        write to (the facilitator, with the contact they gave)."""
        half = WIDTH / 2 - 8
        workshop = self.data.workshop
        day, place = workshop.next_meeting_date, workshop.next_meeting_place.strip()
        if day:
            where = self.t("meeting_where", place=place) if place else ""
            text = self.t("meeting_at", date=self.date(day), place=where)
        elif place:
            text = self.t("meeting_place_only", place=place, who=self.who(reach=False))
        else:
            text = self.t("meeting_unknown", who=self.who(reach=False))
        meeting = [self._fit(self.t("next_meeting"), half, self.s.h2, 2)]
        meeting.append(self._fit(text, half, self.s.plain, 8))
        name = workshop.facilitator.strip()
        contact = workshop.facilitator_contact.strip()
        reach = [self._fit(self.t("your_contact"), half, self.s.h2, 2)]
        if name:
            reach.append(self._fit(name, half, self.s.h3, 3))
            reach.append(self._fit(self.t("facilitator_role").capitalize(), half, self.s.note, 2))
        if contact:
            reach.append(self._fit(contact, half, self.s.plain, 4))
        if not (name or contact):
            reach.append(self._fit(self.t("contact_none", who=self.who()), half, self.s.body, 6))
        table = Table([[meeting, reach]], colWidths=[WIDTH / 2, WIDTH / 2], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.6, ACCENT),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("LEFTPADDING", (1, 0), (1, 0), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return [Spacer(1, 12), table]  # one row: on the next page whole if it does not fit

    # Pieces --------------------------------------------------------------------------------

    def _what(self, commitment: Commitment) -> str:
        return " ".join(commitment.description.split()) + (
            f" ({commitment.note})" if commitment.note else ""
        )

    def _alliance_name(self, commitment: Commitment) -> str:
        return self.data.alliance(self.data.partner(commitment.partner_id).alliance_id).name

    def _fit(self, text: str, width: float, style: ParagraphStyle, max_lines: int) -> Paragraph:
        """Text as a Paragraph for a box `width` points wide, cut past `max_lines` lines."""
        return fit_paragraph(
            self.ty(text), width, self.lang, style=style, max_lines=max_lines, padding=0
        )

    def _banner(self, title: str, text: str, *, done: bool) -> Table:
        """A tinted box with a rule on its left: the sheet's call to action (or its thanks)."""
        fill, rule = (DONE_FILL, DONE_RULE) if done else (CALL_OUT, CALL_OUT_RULE)
        inner = WIDTH - 2 * 10 - 4
        cells = [
            [self._fit(title, inner, self.s.call_out, 3)],
            [self._fit(text, inner, self.s.body, 12)],
        ]
        table = Table(cells, colWidths=[WIDTH], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), fill),
                    ("LINEBEFORE", (0, 0), (0, -1), 4, rule),
                    ("LEFTPADDING", (0, 0), (-1, -1), 14),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, 0), 8),
                    ("TOPPADDING", (0, 1), (-1, 1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
                ]
            )
        )
        return table

    def _table(
        self,
        header: list[str],
        rows: Sequence[Sequence[str]],
        widths: list[float],
        *,
        bold_last: bool = False,
    ) -> Table:
        """A table at the sheet's sizes (9 pt), its header repeated on a next page, zebra rows."""
        head = [
            self.cell(text, width, bold=True) for text, width in zip(header, widths, strict=True)
        ]
        body = [
            [
                self.cell(value, width, bold=bold_last and index == len(widths) - 1)
                for index, (value, width) in enumerate(zip(row, widths, strict=True))
            ]
            for row in rows
        ]
        table = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ]
            )
        )
        return table
